<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Area</name>
    <message>
        <source>Face</source>
        <translation>Face</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Scalp</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Neck</translation>
    </message>
    <message>
        <source>Décolletage</source>
        <translation>Décolletage</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hands</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Other area</source>
        <translation>Other area</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>exceptional improvement</source>
        <translation>exceptional improvement</translation>
    </message>
    <message>
        <source>very improved</source>
        <translation>very improved</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>improved</translation>
    </message>
    <message>
        <source>unaltered</source>
        <translation>unaltered</translation>
    </message>
    <message>
        <source>worsened</source>
        <translation>worsened</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>goal reached</translation>
    </message>
    <message>
        <source>goal partly reached</source>
        <translation>goal partly reached</translation>
    </message>
    <message>
        <source>goal not yet reached</source>
        <translation>goal not yet reached</translation>
    </message>
    <message>
        <source>goal not reached</source>
        <translation>goal not reached</translation>
    </message>
    <message>
        <source>observe at home</source>
        <translation>observe at home</translation>
    </message>
    <message>
        <source>call the clinic</source>
        <translation>call the clinic</translation>
    </message>
    <message>
        <source>urgent care</source>
        <translation>urgent care</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>mild</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>marked</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>swelling</translation>
    </message>
    <message>
        <source>redness</source>
        <translation>redness</translation>
    </message>
    <message>
        <source>bruising</source>
        <translation>bruising</translation>
    </message>
    <message>
        <source>nodules</source>
        <translation>nodules</translation>
    </message>
    <message>
        <source>signs of infection</source>
        <translation>signs of infection</translation>
    </message>
    <message>
        <source>asymmetry</source>
        <translation>asymmetry</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>GAIS %1</source>
        <translation>GAIS %1</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assess follow-up</source>
        <translation>Assess follow-up</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>Physician&apos;s assessment</source>
        <translation>Physician&apos;s assessment</translation>
    </message>
    <message>
        <source>Physician&apos;s GAIS (keys 1-5)</source>
        <translation>Physician&apos;s GAIS (keys 1-5)</translation>
    </message>
    <message>
        <source>Physician&apos;s GAIS %1: %2</source>
        <translation>Physician&apos;s GAIS %1: %2</translation>
    </message>
    <message>
        <source>&amp;Patient&apos;s GAIS</source>
        <translation>&amp;Patient&apos;s GAIS</translation>
    </message>
    <message>
        <source>Goal &amp;reached</source>
        <translation>Goal &amp;reached</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Tier</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>not judged</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>not decided</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examination</translation>
    </message>
    <message>
        <source>not examined</source>
        <translation>not examined</translation>
    </message>
    <message>
        <source>&amp;Findings of the examination</source>
        <translation>&amp;Findings of the examination</translation>
    </message>
    <message>
        <source>What only touch and examination show: temperature, pain, circulation, sensation</source>
        <translation>What only touch and examination show: temperature, pain, circulation, sensation</translation>
    </message>
    <message>
        <source>&amp;Next session</source>
        <translation>&amp;Next session</translation>
    </message>
    <message>
        <source>&amp;Advice and plan</source>
        <translation>&amp;Advice and plan</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Save assessment</translation>
    </message>
    <message>
        <source>Save the assessment (%1)</source>
        <translation>Save the assessment (%1)</translation>
    </message>
    <message>
        <source>Photos support follow-up; they never replace the examination. Touch, temperature, pain, circulation and neurology cannot be judged from a photo.</source>
        <translation>Photos support follow-up; they never replace the examination. Touch, temperature, pain, circulation and neurology cannot be judged from a photo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treatment goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Treatment goal:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treatment goal:&lt;/b&gt; not recorded; add it with Edit treatment.</source>
        <translation>&lt;b&gt;Treatment goal:&lt;/b&gt; not recorded; add it with Edit treatment.</translation>
    </message>
    <message>
        <source>Choose a follow-up to assess.</source>
        <translation>Choose a follow-up to assess.</translation>
    </message>
    <message>
        <source>A baseline is not assessed; choose a follow-up to assess its result.</source>
        <translation>A baseline is not assessed; choose a follow-up to assess its result.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assessment of %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Assessment of %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Only a physician records an assessment; shown here to read.</source>
        <translation>Only a physician records an assessment; shown here to read.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Not assessed yet.</translation>
    </message>
    <message>
        <source>Assessed %1 by %2</source>
        <translation>Assessed %1 by %2</translation>
    </message>
    <message>
        <source>Assessed %1</source>
        <translation>Assessed %1</translation>
    </message>
    <message>
        <source>Choose the physician&apos;s GAIS (1-5) first.</source>
        <translation>Choose the physician&apos;s GAIS (1-5) first.</translation>
    </message>
    <message>
        <source>An assessment is not saved. Save it before closing the comparison?</source>
        <translation>An assessment is not saved. Save it before closing the comparison?</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Only the &amp;patient shown</source>
        <translation>Only the &amp;patient shown</translation>
    </message>
    <message>
        <source>Every user</source>
        <translation>Every user</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Every action</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Since</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objects</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Save access &amp;log (CSV)…</source>
        <translation>Save access &amp;log (CSV)…</translation>
    </message>
    <message>
        <source>The shown patient&apos;s access log, for a subject-access request</source>
        <translation>The shown patient&apos;s access log, for a subject-access request</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Save access log</source>
        <translation>Save access log</translation>
    </message>
    <message>
        <source>Access log saved to %1</source>
        <translation>Access log saved to %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Not comparable with the baseline</source>
        <translation>Not comparable with the baseline</translation>
    </message>
    <message>
        <source>Failed: %1. Differences in these photos can mislead; consider a retake.</source>
        <translation>Failed: %1. Differences in these photos can mislead; consider a retake.</translation>
    </message>
    <message>
        <source>Review before comparing</source>
        <translation>Review before comparing</translation>
    </message>
    <message>
        <source>Warnings: %1.</source>
        <translation>Warnings: %1.</translation>
    </message>
</context>
<context>
    <name>CaptureDateDialog</name>
    <message>
        <source>Date taken</source>
        <translation>Date taken</translation>
    </message>
    <message>
        <source>&amp;Taken on:</source>
        <translation>&amp;Taken on:</translation>
    </message>
    <message>
        <source>Date and time the photos were taken</source>
        <translation>Date and time the photos were taken</translation>
    </message>
    <message>
        <source>The camera recorded no date. Type when these photos were taken, or confirm the file&apos;s date.</source>
        <translation>The camera recorded no date. Type when these photos were taken, or confirm the file&apos;s date.</translation>
    </message>
</context>
<context>
    <name>CaptureTime</name>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>from camera</source>
        <translation>from camera</translation>
    </message>
    <message>
        <source>from file date: check</source>
        <translation>from file date: check</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>Redness</source>
        <translation>Redness</translation>
    </message>
    <message>
        <source>Dark patches</source>
        <translation>Dark patches</translation>
    </message>
    <message>
        <source>Colour of dark patches</source>
        <translation>Colour of dark patches</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Swelling</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Forehead</translation>
    </message>
    <message>
        <source>Left cheek</source>
        <translation>Left cheek</translation>
    </message>
    <message>
        <source>Right cheek</source>
        <translation>Right cheek</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Chin</translation>
    </message>
    <message>
        <source>Around the mouth</source>
        <translation>Around the mouth</translation>
    </message>
    <message>
        <source>Around the left eye</source>
        <translation>Around the left eye</translation>
    </message>
    <message>
        <source>Around the right eye</source>
        <translation>Around the right eye</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Neck</translation>
    </message>
    <message>
        <source>Photo overlap</source>
        <translation>Photo overlap</translation>
    </message>
    <message>
        <source>erythema index (100 log10 red/green)</source>
        <translation>erythema index (100 log10 red/green)</translation>
    </message>
    <message>
        <source>% darker than the baseline&apos;s skin in the region</source>
        <translation>% darker than the baseline&apos;s skin in the region</translation>
    </message>
    <message>
        <source>% of the eye distance</source>
        <translation>% of the eye distance</translation>
    </message>
    <message>
        <source>yellowness index (100 log10 of the geometric mean of red and green over blue)</source>
        <translation>yellowness index (100 log10 of the geometric mean of red and green over blue)</translation>
    </message>
    <message>
        <source>Not measured: the brightness differs too much (%1)</source>
        <translation>Not measured: the brightness differs too much (%1)</translation>
    </message>
    <message>
        <source>Not measured: the colour of the light differs too much (%1)</source>
        <translation>Not measured: the colour of the light differs too much (%1)</translation>
    </message>
    <message>
        <source>Not measured: the light falls from another direction (%1)</source>
        <translation>Not measured: the light falls from another direction (%1)</translation>
    </message>
    <message>
        <source>Not measured: the flash differs (%1)</source>
        <translation>Not measured: the flash differs (%1)</translation>
    </message>
    <message>
        <source>Not measured: the make-up differs (%1)</source>
        <translation>Not measured: the make-up differs (%1)</translation>
    </message>
    <message>
        <source>Not measured: a check the change measures need failed (%1)</source>
        <translation>Not measured: a check the change measures need failed (%1)</translation>
    </message>
    <message>
        <source>Not measured: the face&apos;s regions need a face in both photos, and one was not found.</source>
        <translation>Not measured: the face&apos;s regions need a face in both photos, and one was not found.</translation>
    </message>
    <message>
        <source>Not measured: too little skin or background outside the treated area to match the colour of the photos.</source>
        <translation>Not measured: too little skin or background outside the treated area to match the colour of the photos.</translation>
    </message>
    <message>
        <source>Not measured: the photos could not be registered onto each other.</source>
        <translation>Not measured: the photos could not be registered onto each other.</translation>
    </message>
    <message>
        <source>These numbers describe the two photos; they do not diagnose.</source>
        <translation>These numbers describe the two photos; they do not diagnose.</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>±: the uncertainty of the change (about 95 %); a larger change shows in the photos.</source>
        <translation>±: the uncertainty of the change (about 95 %); a larger change shows in the photos.</translation>
    </message>
</context>
<context>
    <name>ChangeLegend</name>
    <message>
        <source>−%1 EI: less red</source>
        <translation>−%1 EI: less red</translation>
    </message>
    <message>
        <source>+%1 EI: redder</source>
        <translation>+%1 EI: redder</translation>
    </message>
</context>
<context>
    <name>ChangePanel</name>
    <message>
        <source>Show the change in redness on the follow-up</source>
        <translation>Show the change in redness on the follow-up</translation>
    </message>
    <message>
        <source>Red: redder than at baseline; blue: less red. The stronger the colour, the larger the change.</source>
        <translation>Red: redder than at baseline; blue: less red. The stronger the colour, the larger the change.</translation>
    </message>
    <message>
        <source>EI: erythema index, 100 × log10 of red over green light, after matching the follow-up&apos;s colour to the baseline&apos;s. Dark patches: % darker than the baseline&apos;s skin in the region. YI: their colour, 100 × log10 of red and green over blue light (above zero yellower, below zero bluer than the region at baseline). Swelling: the face&apos;s outline from the midline, in % of the eye distance. ±: the uncertainty (about 95 %).</source>
        <translation>EI: erythema index, 100 × log10 of red over green light, after matching the follow-up&apos;s colour to the baseline&apos;s. Dark patches: % darker than the baseline&apos;s skin in the region. YI: their colour, 100 × log10 of red and green over blue light (above zero yellower, below zero bluer than the region at baseline). Swelling: the face&apos;s outline from the midline, in % of the eye distance. ±: the uncertainty (about 95 %).</translation>
    </message>
    <message>
        <source>These numbers describe the two photos; they do not diagnose.</source>
        <translation>These numbers describe the two photos; they do not diagnose.</translation>
    </message>
    <message>
        <source>Measuring the change…</source>
        <translation>Measuring the change…</translation>
    </message>
    <message>
        <source>The change could not be measured: %1</source>
        <translation>The change could not be measured: %1</translation>
    </message>
    <message>
        <source>The change is measured when a follow-up is compared with its baseline.</source>
        <translation>The change is measured when a follow-up is compared with its baseline.</translation>
    </message>
    <message>
        <source>Not measured in this region</source>
        <translation>Not measured in this region</translation>
    </message>
    <message>
        <source>Baseline %1, follow-up %2</source>
        <translation>Baseline %1, follow-up %2</translation>
    </message>
    <message>
        <source>Redder than 9 in 10 of the region&apos;s points at baseline: %1 % of the region at baseline, %2 % in the follow-up</source>
        <translation>Redder than 9 in 10 of the region&apos;s points at baseline: %1 % of the region at baseline, %2 % in the follow-up</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Brightness</source>
        <translation>Brightness</translation>
    </message>
    <message>
        <source>Colour of the light</source>
        <translation>Colour of the light</translation>
    </message>
    <message>
        <source>Direction of the light</source>
        <translation>Direction of the light</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Framing</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>Tilt</translation>
    </message>
    <message>
        <source>Head angle</source>
        <translation>Head angle</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Lens</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Filters and editing</source>
        <translation>Filters and editing</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Date taken</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Make-up</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Baseline:</source>
        <translation>Baseline:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Follow-up:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict:</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limit</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>frontal</source>
        <translation>frontal</translation>
    </message>
    <message>
        <source>45° left oblique</source>
        <translation>45° left oblique</translation>
    </message>
    <message>
        <source>45° right oblique</source>
        <translation>45° right oblique</translation>
    </message>
    <message>
        <source>left profile</source>
        <translation>left profile</translation>
    </message>
    <message>
        <source>right profile</source>
        <translation>right profile</translation>
    </message>
    <message>
        <source>scalp vertex</source>
        <translation>scalp vertex</translation>
    </message>
    <message>
        <source>scalp centre part</source>
        <translation>scalp centre part</translation>
    </message>
    <message>
        <source>frontal hairline</source>
        <translation>frontal hairline</translation>
    </message>
    <message>
        <source>left temple</source>
        <translation>left temple</translation>
    </message>
    <message>
        <source>right temple</source>
        <translation>right temple</translation>
    </message>
    <message>
        <source>back of the head</source>
        <translation>back of the head</translation>
    </message>
    <message>
        <source>back of the hands</source>
        <translation>back of the hands</translation>
    </message>
    <message>
        <source>palms</source>
        <translation>palms</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>close-up</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Brightness of the face matches the baseline (%1 EV difference).</source>
        <translation>Brightness of the face matches the baseline (%1 EV difference).</translation>
    </message>
    <message>
        <source>Brightness of the centre of the photo matches the baseline (%1 EV difference).</source>
        <translation>Brightness of the centre of the photo matches the baseline (%1 EV difference).</translation>
    </message>
    <message>
        <source>Brightness of the part of the scene both photos show matches the baseline (%1 EV difference).</source>
        <translation>Brightness of the part of the scene both photos show matches the baseline (%1 EV difference).</translation>
    </message>
    <message>
        <source>The follow-up is %1 EV darker than the baseline: use the same lights and camera settings.</source>
        <translation>The follow-up is %1 EV darker than the baseline: use the same lights and camera settings.</translation>
    </message>
    <message>
        <source>The follow-up is %1 EV brighter than the baseline: use the same lights and camera settings.</source>
        <translation>The follow-up is %1 EV brighter than the baseline: use the same lights and camera settings.</translation>
    </message>
    <message>
        <source>The colour of the light matches the baseline (%1 mired difference).</source>
        <translation>The colour of the light matches the baseline (%1 mired difference).</translation>
    </message>
    <message>
        <source>The follow-up&apos;s light is warmer (more yellow) than the baseline&apos;s (about %1 K against %2 K, %3 mired apart): use the same lights and white balance.</source>
        <translation>The follow-up&apos;s light is warmer (more yellow) than the baseline&apos;s (about %1 K against %2 K, %3 mired apart): use the same lights and white balance.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s light is cooler (more blue) than the baseline&apos;s (about %1 K against %2 K, %3 mired apart): use the same lights and white balance.</source>
        <translation>The follow-up&apos;s light is cooler (more blue) than the baseline&apos;s (about %1 K against %2 K, %3 mired apart): use the same lights and white balance.</translation>
    </message>
    <message>
        <source>The light falls on the subject from the same side as in the baseline.</source>
        <translation>The light falls on the subject from the same side as in the baseline.</translation>
    </message>
    <message>
        <source>more from the left of the picture</source>
        <translation>more from the left of the picture</translation>
    </message>
    <message>
        <source>more from the right of the picture</source>
        <translation>more from the right of the picture</translation>
    </message>
    <message>
        <source>more from above</source>
        <translation>more from above</translation>
    </message>
    <message>
        <source>more from below</source>
        <translation>more from below</translation>
    </message>
    <message>
        <source>In the follow-up the light comes %1 than in the baseline (balance changed by %2; the head is also turned differently, which changes the shading by itself): place the lights as for the baseline.</source>
        <translation>In the follow-up the light comes %1 than in the baseline (balance changed by %2; the head is also turned differently, which changes the shading by itself): place the lights as for the baseline.</translation>
    </message>
    <message>
        <source>In the follow-up the light comes %1 than in the baseline (balance changed by %2): place the lights as for the baseline.</source>
        <translation>In the follow-up the light comes %1 than in the baseline (balance changed by %2): place the lights as for the baseline.</translation>
    </message>
    <message>
        <source>Whether the flash fired is recorded in neither photo.</source>
        <translation>Whether the flash fired is recorded in neither photo.</translation>
    </message>
    <message>
        <source>Whether the flash fired is not recorded in the baseline.</source>
        <translation>Whether the flash fired is not recorded in the baseline.</translation>
    </message>
    <message>
        <source>Whether the flash fired is not recorded in the follow-up.</source>
        <translation>Whether the flash fired is not recorded in the follow-up.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>baseline %1, follow-up %2</source>
        <translation>baseline %1, follow-up %2</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>Flash used in both photos.</source>
        <translation>Flash used in both photos.</translation>
    </message>
    <message>
        <source>Flash used in neither photo.</source>
        <translation>Flash used in neither photo.</translation>
    </message>
    <message>
        <source>The flash fired in the follow-up but not in the baseline: take it again without flash.</source>
        <translation>The flash fired in the follow-up but not in the baseline: take it again without flash.</translation>
    </message>
    <message>
        <source>The flash fired in the baseline but not in the follow-up: take it again with the flash.</source>
        <translation>The flash fired in the baseline but not in the follow-up: take it again with the flash.</translation>
    </message>
    <message>
        <source>The baseline has no detail to measure focus on (a blank area).</source>
        <translation>The baseline has no detail to measure focus on (a blank area).</translation>
    </message>
    <message>
        <source>The follow-up is as sharp as the baseline.</source>
        <translation>The follow-up is as sharp as the baseline.</translation>
    </message>
    <message>
        <source>The follow-up is less sharp than the baseline (focus measure %1% of the baseline&apos;s): hold the camera still and focus on the skin.</source>
        <translation>The follow-up is less sharp than the baseline (focus measure %1% of the baseline&apos;s): hold the camera still and focus on the skin.</translation>
    </message>
    <message>
        <source>The photos could not be matched to each other, so the distance cannot be compared.</source>
        <translation>The photos could not be matched to each other, so the distance cannot be compared.</translation>
    </message>
    <message>
        <source>The subject has the same size in the frame as in the baseline (%1 % difference).</source>
        <translation>The subject has the same size in the frame as in the baseline (%1 % difference).</translation>
    </message>
    <message>
        <source>The subject is %1 % larger in the follow-up: the camera was closer or zoomed in; stand at the baseline&apos;s distance.</source>
        <translation>The subject is %1 % larger in the follow-up: the camera was closer or zoomed in; stand at the baseline&apos;s distance.</translation>
    </message>
    <message>
        <source>The subject is %1 % smaller in the follow-up: the camera was farther away or zoomed out; stand at the baseline&apos;s distance.</source>
        <translation>The subject is %1 % smaller in the follow-up: the camera was farther away or zoomed out; stand at the baseline&apos;s distance.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the framing within %3 % of the frame: compare the photos by eye.</source>
        <translation>The face is %1 px wide; %2 px are needed to judge the framing within %3 % of the frame: compare the photos by eye.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the framing within %1 % of the frame: compare the photos by eye.</source>
        <translation>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the framing within %1 % of the frame: compare the photos by eye.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks and its skin features disagree about where the face is, as when light or shadow misleads one of them, so the framing cannot be judged within %1 % of the frame: compare the photos by eye.</source>
        <translation>The face&apos;s landmarks and its skin features disagree about where the face is, as when light or shadow misleads one of them, so the framing cannot be judged within %1 % of the frame: compare the photos by eye.</translation>
    </message>
    <message>
        <source>The photos could not be matched to each other, so the framing cannot be compared.</source>
        <translation>The photos could not be matched to each other, so the framing cannot be compared.</translation>
    </message>
    <message>
        <source>The subject sits in the same place of the frame as in the baseline.</source>
        <translation>The subject sits in the same place of the frame as in the baseline.</translation>
    </message>
    <message>
        <source>%1 % of the frame further right</source>
        <translation>%1 % of the frame further right</translation>
    </message>
    <message>
        <source>%1 % of the frame further left</source>
        <translation>%1 % of the frame further left</translation>
    </message>
    <message>
        <source>%1 % lower</source>
        <translation>%1 % lower</translation>
    </message>
    <message>
        <source>%1 % higher</source>
        <translation>%1 % higher</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>The subject sits %1 in the follow-up: centre it as in the baseline.</source>
        <translation>The subject sits %1 in the follow-up: centre it as in the baseline.</translation>
    </message>
    <message>
        <source>The follow-up is tilted %1° %2 compared with the baseline: keep the head or the camera level.</source>
        <translation>The follow-up is tilted %1° %2 compared with the baseline: keep the head or the camera level.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the tilt within %3°: compare the photos by eye.</source>
        <translation>The face is %1 px wide; %2 px are needed to judge the tilt within %3°: compare the photos by eye.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the tilt within %1°: compare the photos by eye.</source>
        <translation>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the tilt within %1°: compare the photos by eye.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks and its skin features disagree about the tilt, as when light or shadow misleads one of them, so the tilt cannot be judged within %1°: compare the photos by eye.</source>
        <translation>The face&apos;s landmarks and its skin features disagree about the tilt, as when light or shadow misleads one of them, so the tilt cannot be judged within %1°: compare the photos by eye.</translation>
    </message>
    <message>
        <source>The follow-up is tilted %1° %2 compared with the baseline: keep the camera level.</source>
        <translation>The follow-up is tilted %1° %2 compared with the baseline: keep the camera level.</translation>
    </message>
    <message>
        <source>The photos could not be matched to each other, so the tilt cannot be compared.</source>
        <translation>The photos could not be matched to each other, so the tilt cannot be compared.</translation>
    </message>
    <message>
        <source>The follow-up is level with the baseline (%1° difference).</source>
        <translation>The follow-up is level with the baseline (%1° difference).</translation>
    </message>
    <message>
        <source>clockwise</source>
        <translation>clockwise</translation>
    </message>
    <message>
        <source>anticlockwise</source>
        <translation>anticlockwise</translation>
    </message>
    <message>
        <source>No face was found in either photo, so the head angle cannot be compared.</source>
        <translation>No face was found in either photo, so the head angle cannot be compared.</translation>
    </message>
    <message>
        <source>No face was found in the baseline, so the head angle cannot be compared.</source>
        <translation>No face was found in the baseline, so the head angle cannot be compared.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up, so the head angle cannot be compared.</source>
        <translation>No face was found in the follow-up, so the head angle cannot be compared.</translation>
    </message>
    <message>
        <source>The head angle could not be worked out from the face found.</source>
        <translation>The head angle could not be worked out from the face found.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the head angle within %3°: compare the photos by eye.</source>
        <translation>The face is %1 px wide; %2 px are needed to judge the head angle within %3°: compare the photos by eye.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the distance within %3 % of the face&apos;s size: compare the photos by eye.</source>
        <translation>The face is %1 px wide; %2 px are needed to judge the distance within %3 % of the face&apos;s size: compare the photos by eye.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the distance within %1 % of the face&apos;s size: compare the photos by eye.</source>
        <translation>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the distance within %1 % of the face&apos;s size: compare the photos by eye.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks and its skin features disagree about its size, as when light or shadow misleads one of them, so the distance cannot be judged within %1 % of the face&apos;s size: compare the photos by eye.</source>
        <translation>The face&apos;s landmarks and its skin features disagree about its size, as when light or shadow misleads one of them, so the distance cannot be judged within %1 % of the face&apos;s size: compare the photos by eye.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the head angle within %1°: compare the photos by eye.</source>
        <translation>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the head angle within %1°: compare the photos by eye.</translation>
    </message>
    <message>
        <source>The head is at the same angle as in the baseline (turn %1°, nod %2°).</source>
        <translation>The head is at the same angle as in the baseline (turn %1°, nod %2°).</translation>
    </message>
    <message>
        <source>The head is turned %1° further towards the patient&apos;s right than in the baseline: ask the patient to face the camera as in the baseline.</source>
        <translation>The head is turned %1° further towards the patient&apos;s right than in the baseline: ask the patient to face the camera as in the baseline.</translation>
    </message>
    <message>
        <source>The head is turned %1° further towards the patient&apos;s left than in the baseline: ask the patient to face the camera as in the baseline.</source>
        <translation>The head is turned %1° further towards the patient&apos;s left than in the baseline: ask the patient to face the camera as in the baseline.</translation>
    </message>
    <message>
        <source>The head is tilted %1° further up (chin raised) than in the baseline: ask the patient to keep the head level as in the baseline.</source>
        <translation>The head is tilted %1° further up (chin raised) than in the baseline: ask the patient to keep the head level as in the baseline.</translation>
    </message>
    <message>
        <source>The head is tilted %1° further down (chin lowered) than in the baseline: ask the patient to keep the head level as in the baseline.</source>
        <translation>The head is tilted %1° further down (chin lowered) than in the baseline: ask the patient to keep the head level as in the baseline.</translation>
    </message>
    <message>
        <source>No view label was given and no face was found in the baseline to tell its view.</source>
        <translation>No view label was given and no face was found in the baseline to tell its view.</translation>
    </message>
    <message>
        <source>No view label was given and the baseline&apos;s head angle is unknown.</source>
        <translation>No view label was given and the baseline&apos;s head angle is unknown.</translation>
    </message>
    <message>
        <source>The baseline&apos;s head angle (%1°) lies between two standard views.</source>
        <translation>The baseline&apos;s head angle (%1°) lies between two standard views.</translation>
    </message>
    <message>
        <source>The view (%1) comes from the nurse&apos;s label; the head angle cannot confirm it.</source>
        <translation>The view (%1) comes from the nurse&apos;s label; the head angle cannot confirm it.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up (profiles often defeat face detection), so its view cannot be confirmed.</source>
        <translation>No face was found in the follow-up (profiles often defeat face detection), so its view cannot be confirmed.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up, so its view cannot be confirmed.</source>
        <translation>No face was found in the follow-up, so its view cannot be confirmed.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s head angle could not be worked out, so its view cannot be confirmed.</source>
        <translation>The follow-up&apos;s head angle could not be worked out, so its view cannot be confirmed.</translation>
    </message>
    <message>
        <source>The follow-up is a %1 view, as labelled.</source>
        <translation>The follow-up is a %1 view, as labelled.</translation>
    </message>
    <message>
        <source>The follow-up is a %1 view, as the baseline.</source>
        <translation>The follow-up is a %1 view, as the baseline.</translation>
    </message>
    <message>
        <source>The head is turned %1°, between standard views, but the photo should be a %2 view: retake it at the standard angle.</source>
        <translation>The head is turned %1°, between standard views, but the photo should be a %2 view: retake it at the standard angle.</translation>
    </message>
    <message>
        <source>The follow-up looks like a %1 view (head turned %2°) but it is labelled %3: check the label or retake it.</source>
        <translation>The follow-up looks like a %1 view (head turned %2°) but it is labelled %3: check the label or retake it.</translation>
    </message>
    <message>
        <source>The follow-up looks like a %1 view (head turned %2°) but the baseline is %3: check the label or retake it.</source>
        <translation>The follow-up looks like a %1 view (head turned %2°) but the baseline is %3: check the label or retake it.</translation>
    </message>
    <message>
        <source>35 mm equivalent</source>
        <translation>35 mm equivalent</translation>
    </message>
    <message>
        <source>focal length</source>
        <translation>focal length</translation>
    </message>
    <message>
        <source>Both photos were taken with the same lens.</source>
        <translation>Both photos were taken with the same lens.</translation>
    </message>
    <message>
        <source>The 35 mm-equivalent focal length is missing from both photos and the cameras differ, so the lens cannot be compared.</source>
        <translation>The 35 mm-equivalent focal length is missing from both photos and the cameras differ, so the lens cannot be compared.</translation>
    </message>
    <message>
        <source>The 35 mm-equivalent focal length is missing from the baseline and the cameras differ, so the lens cannot be compared.</source>
        <translation>The 35 mm-equivalent focal length is missing from the baseline and the cameras differ, so the lens cannot be compared.</translation>
    </message>
    <message>
        <source>The 35 mm-equivalent focal length is missing from the follow-up and the cameras differ, so the lens cannot be compared.</source>
        <translation>The 35 mm-equivalent focal length is missing from the follow-up and the cameras differ, so the lens cannot be compared.</translation>
    </message>
    <message>
        <source>The focal length is recorded in neither photo, so the lens cannot be compared.</source>
        <translation>The focal length is recorded in neither photo, so the lens cannot be compared.</translation>
    </message>
    <message>
        <source>The focal length is not recorded in the baseline, so the lens cannot be compared.</source>
        <translation>The focal length is not recorded in the baseline, so the lens cannot be compared.</translation>
    </message>
    <message>
        <source>The focal length is not recorded in the follow-up, so the lens cannot be compared.</source>
        <translation>The focal length is not recorded in the follow-up, so the lens cannot be compared.</translation>
    </message>
    <message>
        <source>The follow-up was taken at %1 mm (%2) and the baseline at %3 mm: use the same lens and zoom setting.</source>
        <translation>The follow-up was taken at %1 mm (%2) and the baseline at %3 mm: use the same lens and zoom setting.</translation>
    </message>
    <message>
        <source>The follow-up was taken with another lens (%1) than the baseline (%2): use the same camera lens.</source>
        <translation>The follow-up was taken with another lens (%1) than the baseline (%2): use the same camera lens.</translation>
    </message>
    <message>
        <source>The same lens and focal length as the baseline.</source>
        <translation>The same lens and focal length as the baseline.</translation>
    </message>
    <message>
        <source>The camera is recorded in neither photo.</source>
        <translation>The camera is recorded in neither photo.</translation>
    </message>
    <message>
        <source>The camera is not recorded in the baseline.</source>
        <translation>The camera is not recorded in the baseline.</translation>
    </message>
    <message>
        <source>The camera is not recorded in the follow-up.</source>
        <translation>The camera is not recorded in the follow-up.</translation>
    </message>
    <message>
        <source>Both photos were taken with the same camera (%1).</source>
        <translation>Both photos were taken with the same camera (%1).</translation>
    </message>
    <message>
        <source>The follow-up was taken with another camera (%1) than the baseline (%2): use the clinic&apos;s camera for both.</source>
        <translation>The follow-up was taken with another camera (%1) than the baseline (%2): use the clinic&apos;s camera for both.</translation>
    </message>
    <message>
        <source>The follow-up was processed with %1, a filter app: use the original, unfiltered photo.</source>
        <translation>The follow-up was processed with %1, a filter app: use the original, unfiltered photo.</translation>
    </message>
    <message>
        <source>The follow-up went through %1, a photo editor: use the original camera file.</source>
        <translation>The follow-up went through %1, a photo editor: use the original camera file.</translation>
    </message>
    <message>
        <source>no camera EXIF</source>
        <translation>no camera EXIF</translation>
    </message>
    <message>
        <source>The follow-up carries no camera information although the baseline does: it was probably sent through a messaging app or edited; use the original file.</source>
        <translation>The follow-up carries no camera information although the baseline does: it was probably sent through a messaging app or edited; use the original file.</translation>
    </message>
    <message>
        <source>re-encoded (quality %1)</source>
        <translation>re-encoded (quality %1)</translation>
    </message>
    <message>
        <source>The follow-up was saved again by another program than the camera (its JPEG tables differ from the camera&apos;s): use the original file.</source>
        <translation>The follow-up was saved again by another program than the camera (its JPEG tables differ from the camera&apos;s): use the original file.</translation>
    </message>
    <message>
        <source>The skin texture is %1% smoother in the follow-up than in the baseline while edges stay sharp (a beauty or smoothing filter): use the unfiltered photo.</source>
        <translation>The skin texture is %1% smoother in the follow-up than in the baseline while edges stay sharp (a beauty or smoothing filter): use the unfiltered photo.</translation>
    </message>
    <message>
        <source>The subject texture is %1% smoother in the follow-up than in the baseline while edges stay sharp (a beauty or smoothing filter): use the unfiltered photo.</source>
        <translation>The subject texture is %1% smoother in the follow-up than in the baseline while edges stay sharp (a beauty or smoothing filter): use the unfiltered photo.</translation>
    </message>
    <message>
        <source>No editing app or stripped metadata found; skin smoothing cannot be judged (the face is too small in the photo).</source>
        <translation>No editing app or stripped metadata found; skin smoothing cannot be judged (the face is too small in the photo).</translation>
    </message>
    <message>
        <source>No editing app or stripped metadata found; skin smoothing cannot be judged (the subject is overexposed).</source>
        <translation>No editing app or stripped metadata found; skin smoothing cannot be judged (the subject is overexposed).</translation>
    </message>
    <message>
        <source>No sign of editing or filters.</source>
        <translation>No sign of editing or filters.</translation>
    </message>
    <message>
        <source>%1 One more sign of editing was found.</source>
        <translation>%1 One more sign of editing was found.</translation>
    </message>
    <message>
        <source>%1 %2 more signs of editing were found.</source>
        <translation>%1 %2 more signs of editing were found.</translation>
    </message>
    <message>
        <source>%1×%2 against %3×%4</source>
        <translation>%1×%2 against %3×%4</translation>
    </message>
    <message>
        <source>The follow-up is portrait and the baseline is not (%1): hold the camera as for the baseline.</source>
        <translation>The follow-up is portrait and the baseline is not (%1): hold the camera as for the baseline.</translation>
    </message>
    <message>
        <source>The follow-up is landscape and the baseline is not (%1): hold the camera as for the baseline.</source>
        <translation>The follow-up is landscape and the baseline is not (%1): hold the camera as for the baseline.</translation>
    </message>
    <message>
        <source>portrait/landscape</source>
        <translation>portrait/landscape</translation>
    </message>
    <message>
        <source>same orientation</source>
        <translation>same orientation</translation>
    </message>
    <message>
        <source>Comparable size and shape (%1).</source>
        <translation>Comparable size and shape (%1).</translation>
    </message>
    <message>
        <source>The follow-up has %1% of the baseline&apos;s pixels (%2): use the original file, not a crop, screenshot or messenger copy.</source>
        <translation>The follow-up has %1% of the baseline&apos;s pixels (%2): use the original file, not a crop, screenshot or messenger copy.</translation>
    </message>
    <message>
        <source>The follow-up has another shape than the baseline (%1, %2% different): it was cropped or taken in another format; use the original file.</source>
        <translation>The follow-up has another shape than the baseline (%1, %2% different): it was cropped or taken in another format; use the original file.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>The follow-up has no capture date: check it was taken at this visit.</source>
        <translation>The follow-up has no capture date: check it was taken at this visit.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s camera clock says %1, a reset clock: check the date it was really taken.</source>
        <translation>The follow-up&apos;s camera clock says %1, a reset clock: check the date it was really taken.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s date (%1) lies in the future: the camera clock is wrong; check the date.</source>
        <translation>The follow-up&apos;s date (%1) lies in the future: the camera clock is wrong; check the date.</translation>
    </message>
    <message>
        <source>The follow-up carries no camera date, only the file&apos;s date, which copying changes: check when it was taken.</source>
        <translation>The follow-up carries no camera date, only the file&apos;s date, which copying changes: check when it was taken.</translation>
    </message>
    <message>
        <source>The baseline&apos;s camera clock says %1, a reset clock: check the date it was really taken.</source>
        <translation>The baseline&apos;s camera clock says %1, a reset clock: check the date it was really taken.</translation>
    </message>
    <message>
        <source>The baseline&apos;s date (%1) lies in the future: the camera clock is wrong; check the date.</source>
        <translation>The baseline&apos;s date (%1) lies in the future: the camera clock is wrong; check the date.</translation>
    </message>
    <message>
        <source>The baseline carries no camera date, only the file&apos;s date, which copying changes: check when it was taken.</source>
        <translation>The baseline carries no camera date, only the file&apos;s date, which copying changes: check when it was taken.</translation>
    </message>
    <message>
        <source>This photo was taken %1 after the treatment, so it cannot be a baseline: file it under the right visit.</source>
        <translation>This photo was taken %1 after the treatment, so it cannot be a baseline: file it under the right visit.</translation>
    </message>
    <message>
        <source>The follow-up was taken %1 before the treatment: file it under the right visit.</source>
        <translation>The follow-up was taken %1 before the treatment: file it under the right visit.</translation>
    </message>
    <message>
        <source>The baseline was taken %1 after the treatment: check it is really a baseline.</source>
        <translation>The baseline was taken %1 after the treatment: check it is really a baseline.</translation>
    </message>
    <message>
        <source>The follow-up was taken %1 after its visit&apos;s date: check it belongs to this visit.</source>
        <translation>The follow-up was taken %1 after its visit&apos;s date: check it belongs to this visit.</translation>
    </message>
    <message>
        <source>The follow-up was taken %1 before its visit&apos;s date: check it belongs to this visit.</source>
        <translation>The follow-up was taken %1 before its visit&apos;s date: check it belongs to this visit.</translation>
    </message>
    <message>
        <source>The follow-up was taken %1 before the baseline: check the photos and the camera clock.</source>
        <translation>The follow-up was taken %1 before the baseline: check the photos and the camera clock.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s date is plausible.</source>
        <translation>The follow-up&apos;s date is plausible.</translation>
    </message>
    <message>
        <source>Taken %1 after the treatment, as expected.</source>
        <translation>Taken %1 after the treatment, as expected.</translation>
    </message>
    <message>
        <source>Taken %1 after the baseline, as expected.</source>
        <translation>Taken %1 after the baseline, as expected.</translation>
    </message>
    <message>
        <source>%1 One more date problem was found.</source>
        <translation>%1 One more date problem was found.</translation>
    </message>
    <message>
        <source>%1 %2 more date problems were found.</source>
        <translation>%1 %2 more date problems were found.</translation>
    </message>
    <message>
        <source>No face was found in either photo, so the expression cannot be compared.</source>
        <translation>No face was found in either photo, so the expression cannot be compared.</translation>
    </message>
    <message>
        <source>No face was found in the baseline, so the expression cannot be compared.</source>
        <translation>No face was found in the baseline, so the expression cannot be compared.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up, so the expression cannot be compared.</source>
        <translation>No face was found in the follow-up, so the expression cannot be compared.</translation>
    </message>
    <message>
        <source>The expression is compared on frontal and oblique views only; this face is turned too far to read it.</source>
        <translation>The expression is compared on frontal and oblique views only; this face is turned too far to read it.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the expression within %3 % of the eye distance: compare the photos by eye.</source>
        <translation>The face is %1 px wide; %2 px are needed to judge the expression within %3 % of the eye distance: compare the photos by eye.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the expression within %1 % of the eye distance: compare the photos by eye.</source>
        <translation>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the expression within %1 % of the eye distance: compare the photos by eye.</translation>
    </message>
    <message>
        <source>The expression matches the baseline (mouth, eyes and brows).</source>
        <translation>The expression matches the baseline (mouth, eyes and brows).</translation>
    </message>
    <message>
        <source>The patient smiles in the follow-up but not in the baseline: ask for the baseline&apos;s neutral expression.</source>
        <translation>The patient smiles in the follow-up but not in the baseline: ask for the baseline&apos;s neutral expression.</translation>
    </message>
    <message>
        <source>The patient smiles in the baseline but not in the follow-up: ask for the baseline&apos;s expression.</source>
        <translation>The patient smiles in the baseline but not in the follow-up: ask for the baseline&apos;s expression.</translation>
    </message>
    <message>
        <source>The corners of the mouth are pulled down in the follow-up, unlike the baseline: ask for the baseline&apos;s relaxed expression.</source>
        <translation>The corners of the mouth are pulled down in the follow-up, unlike the baseline: ask for the baseline&apos;s relaxed expression.</translation>
    </message>
    <message>
        <source>The mouth is open in the follow-up (%1 % of the eye distance wider than in the baseline): ask the patient to close the lips as in the baseline.</source>
        <translation>The mouth is open in the follow-up (%1 % of the eye distance wider than in the baseline): ask the patient to close the lips as in the baseline.</translation>
    </message>
    <message>
        <source>The mouth is open in the baseline and closed in the follow-up (%1 % of the eye distance): ask for the baseline&apos;s expression.</source>
        <translation>The mouth is open in the baseline and closed in the follow-up (%1 % of the eye distance): ask for the baseline&apos;s expression.</translation>
    </message>
    <message>
        <source>The mouth is %1 % of the eye distance wider than in the baseline (lips stretched): ask for the baseline&apos;s relaxed expression.</source>
        <translation>The mouth is %1 % of the eye distance wider than in the baseline (lips stretched): ask for the baseline&apos;s relaxed expression.</translation>
    </message>
    <message>
        <source>The mouth is %1 % of the eye distance narrower than in the baseline (lips pursed): ask for the baseline&apos;s relaxed expression.</source>
        <translation>The mouth is %1 % of the eye distance narrower than in the baseline (lips pursed): ask for the baseline&apos;s relaxed expression.</translation>
    </message>
    <message>
        <source>The eyes are more closed in the follow-up than in the baseline (%1 % of the eye distance): ask the patient to keep the eyes open as in the baseline.</source>
        <translation>The eyes are more closed in the follow-up than in the baseline (%1 % of the eye distance): ask the patient to keep the eyes open as in the baseline.</translation>
    </message>
    <message>
        <source>The eyes are opened wider in the follow-up than in the baseline (%1 % of the eye distance): ask for the baseline&apos;s relaxed expression.</source>
        <translation>The eyes are opened wider in the follow-up than in the baseline (%1 % of the eye distance): ask for the baseline&apos;s relaxed expression.</translation>
    </message>
    <message>
        <source>The brows are raised in the follow-up (%1 % of the eye distance higher than in the baseline): ask for the baseline&apos;s relaxed expression.</source>
        <translation>The brows are raised in the follow-up (%1 % of the eye distance higher than in the baseline): ask for the baseline&apos;s relaxed expression.</translation>
    </message>
    <message>
        <source>The brows are lowered in the follow-up (%1 % of the eye distance lower than in the baseline, as in a frown): ask for the baseline&apos;s relaxed expression.</source>
        <translation>The brows are lowered in the follow-up (%1 % of the eye distance lower than in the baseline, as in a frown): ask for the baseline&apos;s relaxed expression.</translation>
    </message>
    <message>
        <source>The brows are drawn together in the follow-up (a frown, %1 % of the eye distance): ask for the baseline&apos;s relaxed expression.</source>
        <translation>The brows are drawn together in the follow-up (a frown, %1 % of the eye distance): ask for the baseline&apos;s relaxed expression.</translation>
    </message>
    <message>
        <source>The brows are further apart in the follow-up than in the baseline (%1 % of the eye distance): ask for the baseline&apos;s relaxed expression.</source>
        <translation>The brows are further apart in the follow-up than in the baseline (%1 % of the eye distance): ask for the baseline&apos;s relaxed expression.</translation>
    </message>
    <message>
        <source>%1 One more difference of expression was found.</source>
        <translation>%1 One more difference of expression was found.</translation>
    </message>
    <message>
        <source>%1 %2 more differences of expression were found.</source>
        <translation>%1 %2 more differences of expression were found.</translation>
    </message>
    <message>
        <source>No face was found in either photo, so make-up cannot be judged.</source>
        <translation>No face was found in either photo, so make-up cannot be judged.</translation>
    </message>
    <message>
        <source>No face was found in the baseline, so make-up cannot be judged.</source>
        <translation>No face was found in the baseline, so make-up cannot be judged.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up, so make-up cannot be judged.</source>
        <translation>No face was found in the follow-up, so make-up cannot be judged.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge make-up on the lips and eyelids: compare the photos by eye.</source>
        <translation>The face is %1 px wide; %2 px are needed to judge make-up on the lips and eyelids: compare the photos by eye.</translation>
    </message>
    <message>
        <source>The lips&apos; colour against the skin differs from the baseline (lipstick or gloss in one of the photos): make-up can hide the lips&apos; own colour and swelling; take both photos without make-up.</source>
        <translation>The lips&apos; colour against the skin differs from the baseline (lipstick or gloss in one of the photos): make-up can hide the lips&apos; own colour and swelling; take both photos without make-up.</translation>
    </message>
    <message>
        <source>The eyelids are darker or tinted against the skin, unlike the baseline (eye make-up in one of the photos): make-up can hide redness and bruising around the eyes; take both photos without make-up.</source>
        <translation>The eyelids are darker or tinted against the skin, unlike the baseline (eye make-up in one of the photos): make-up can hide redness and bruising around the eyes; take both photos without make-up.</translation>
    </message>
    <message>
        <source>The skin is evened in the follow-up (fine texture %1% and colour variation %2% of the baseline&apos;s, the surroundings unchanged): foundation or concealer can hide redness and bruising; ask the patient to remove it.</source>
        <translation>The skin is evened in the follow-up (fine texture %1% and colour variation %2% of the baseline&apos;s, the surroundings unchanged): foundation or concealer can hide redness and bruising; ask the patient to remove it.</translation>
    </message>
    <message>
        <source>No sign of make-up on the lips or eyelids; the skin&apos;s evenness cannot be judged because the light falls differently from the baseline.</source>
        <translation>No sign of make-up on the lips or eyelids; the skin&apos;s evenness cannot be judged because the light falls differently from the baseline.</translation>
    </message>
    <message>
        <source>No sign of make-up on the lips or eyelids; the skin&apos;s evenness cannot be judged (the face is too small in the photo).</source>
        <translation>No sign of make-up on the lips or eyelids; the skin&apos;s evenness cannot be judged (the face is too small in the photo).</translation>
    </message>
    <message>
        <source>No sign of make-up that the baseline does not show.</source>
        <translation>No sign of make-up that the baseline does not show.</translation>
    </message>
    <message>
        <source>%1 One more sign of make-up was found.</source>
        <translation>%1 One more sign of make-up was found.</translation>
    </message>
    <message>
        <source>%1 %2 more signs of make-up were found.</source>
        <translation>%1 %2 more signs of make-up were found.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>Photos next to each other</source>
        <translation>Photos next to each other</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Slider</translation>
    </message>
    <message>
        <source>Baseline left of a divider you drag, follow-up right of it</source>
        <translation>Baseline left of a divider you drag, follow-up right of it</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>The follow-up laid over the baseline, see-through</source>
        <translation>The follow-up laid over the baseline, see-through</translation>
    </message>
    <message>
        <source>Quick toggle</source>
        <translation>Quick toggle</translation>
    </message>
    <message>
        <source>One photo at a time; Space switches</source>
        <translation>One photo at a time; Space switches</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <source>Follow-up compared with the baseline</source>
        <translation>Follow-up compared with the baseline</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Opacity:</translation>
    </message>
    <message>
        <source>Opacity of the follow-up over the baseline</source>
        <translation>Opacity of the follow-up over the baseline</translation>
    </message>
    <message>
        <source>%1 and %2 step through the follow-ups</source>
        <translation>%1 and %2 step through the follow-ups</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Aligned</translation>
    </message>
    <message>
        <source>Align the follow-ups on the baseline</source>
        <translation>Align the follow-ups on the baseline</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Previous follow-up</source>
        <translation>Previous follow-up</translation>
    </message>
    <message>
        <source>Show the whole photo (%1)</source>
        <translation>Show the whole photo (%1)</translation>
    </message>
    <message>
        <source>One photo pixel per screen pixel (%1)</source>
        <translation>One photo pixel per screen pixel (%1)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Recovery chart</source>
        <translation>Recovery chart</translation>
    </message>
    <message>
        <source>Zoom to 100 per cent</source>
        <translation>Zoom to 100 per cent</translation>
    </message>
    <message>
        <source>Switch between baseline and follow-up</source>
        <translation>Switch between baseline and follow-up</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Showing: %1</translation>
    </message>
    <message>
        <source>Space switches to the %1</source>
        <translation>Space switches to the %1</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Left: %1</translation>
    </message>
    <message>
        <source>Under: %1</source>
        <translation>Under: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Right: %1</translation>
    </message>
    <message>
        <source>Over: %1</source>
        <translation>Over: %1</translation>
    </message>
    <message>
        <source>Baseline and follow-up photos</source>
        <translation>Baseline and follow-up photos</translation>
    </message>
    <message>
        <source>Warp each follow-up onto the baseline with the registration from the checks (A)</source>
        <translation>Warp each follow-up onto the baseline with the registration from the checks (A)</translation>
    </message>
    <message>
        <source>No alignment yet: the photos have not been checked, or they could not be registered.</source>
        <translation>No alignment yet: the photos have not been checked, or they could not be registered.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Comparison</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Export sheet…</source>
        <translation>&amp;Export sheet…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Lost the connection to the library&apos;s server %1; reconnecting… The window stays as it was; changes cannot be saved until the server is back, and nothing half-written is kept.</source>
        <translation>Lost the connection to the library&apos;s server %1; reconnecting… The window stays as it was; changes cannot be saved until the server is back, and nothing half-written is kept.</translation>
    </message>
    <message>
        <source>Connected again to the library&apos;s server %1; the window shows the library as it is now.</source>
        <translation>Connected again to the library&apos;s server %1; the window shows the library as it is now.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>clinical record</source>
        <translation>clinical record</translation>
    </message>
    <message>
        <source>sharing with other clinicians</source>
        <translation>sharing with other clinicians</translation>
    </message>
    <message>
        <source>teaching</source>
        <translation>teaching</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>Purpose: %1. No consent on record: de-identified.</source>
        <translation>Purpose: %1. No consent on record: de-identified.</translation>
    </message>
    <message>
        <source>Purpose: %1.</source>
        <translation>Purpose: %1.</translation>
    </message>
</context>
<context>
    <name>CorrectionActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>Rotate &amp;left</translation>
    </message>
    <message>
        <source>Rotate 18&amp;0°</source>
        <translation>Rotate 18&amp;0°</translation>
    </message>
    <message>
        <source>&amp;Move photo…</source>
        <translation>&amp;Move photo…</translation>
    </message>
    <message>
        <source>Change &amp;visit date or kind…</source>
        <translation>Change &amp;visit date or kind…</translation>
    </message>
    <message>
        <source>Change &amp;treatment date…</source>
        <translation>Change &amp;treatment date…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Rotate ri&amp;ght</source>
        <translation>Rotate ri&amp;ght</translation>
    </message>
    <message>
        <source>Tr&amp;ash…</source>
        <translation>Tr&amp;ash…</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>&amp;Delete patient…</translation>
    </message>
    <message>
        <source>&amp;Merge with another patient…</source>
        <translation>&amp;Merge with another patient…</translation>
    </message>
    <message>
        <source>E&amp;rase patient for good…</source>
        <translation>E&amp;rase patient for good…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Rotate left</translation>
    </message>
    <message>
        <source>Rotate 180°</source>
        <translation>Rotate 180°</translation>
    </message>
    <message>
        <source>Move photo…</source>
        <translation>Move photo…</translation>
    </message>
    <message>
        <source>Delete photo…</source>
        <translation>Delete photo…</translation>
    </message>
    <message>
        <source>Change visit date or kind…</source>
        <translation>Change visit date or kind…</translation>
    </message>
    <message>
        <source>Delete visit…</source>
        <translation>Delete visit…</translation>
    </message>
    <message>
        <source>Change treatment date…</source>
        <translation>Change treatment date…</translation>
    </message>
    <message>
        <source>Move treatment to another patient…</source>
        <translation>Move treatment to another patient…</translation>
    </message>
    <message>
        <source>Delete treatment…</source>
        <translation>Delete treatment…</translation>
    </message>
    <message>
        <source>Move the photo %1 (%2, %3) to the trash?</source>
        <translation>Move the photo %1 (%2, %3) to the trash?</translation>
    </message>
    <message>
        <source>Move the visit %1 of %2 to the trash, with its photos (%3)?</source>
        <translation>Move the visit %1 of %2 to the trash, with its photos (%3)?</translation>
    </message>
    <message>
        <source>Move the treatment of %1 to the trash, with its visits (%2) and photos (%3)?</source>
        <translation>Move the treatment of %1 to the trash, with its visits (%2) and photos (%3)?</translation>
    </message>
    <message>
        <source>Move the patient %1 to the trash, with their treatments (%2) and photos (%3)?</source>
        <translation>Move the patient %1 to the trash, with their treatments (%2) and photos (%3)?</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <source>Move every treatment, visit and photo of %1 to %2, and remove %1 from the patient list?</source>
        <translation>Move every treatment, visit and photo of %1 to %2, and remove %1 from the patient list?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>You can restore it from Edit ▸ Trash, or undo with Ctrl+Z.</source>
        <translation>You can restore it from Edit ▸ Trash, or undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Did you mean %1? That patient is already in the library.</source>
        <translation>Did you mean %1? That patient is already in the library.</translation>
    </message>
    <message>
        <source>A second record of one patient splits their photos; create %1 only if it is someone else.</source>
        <translation>A second record of one patient splits their photos; create %1 only if it is someone else.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Use %1</translation>
    </message>
    <message>
        <source>Create a new patient</source>
        <translation>Create a new patient</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>This library is empty. Would you like to look around in a demo library first? It holds a demo patient with a treatment, a baseline and two follow-ups; one follow-up was taken wrongly, so you can see what the checks find. Your own library is not changed.</source>
        <translation>This library is empty. Would you like to look around in a demo library first? It holds a demo patient with a treatment, a baseline and two follow-ups; one follow-up was taken wrongly, so you can see what the checks find. Your own library is not changed.</translation>
    </message>
    <message>
        <source>Open demo library</source>
        <translation>Open demo library</translation>
    </message>
    <message>
        <source>Open the demo library</source>
        <translation>Open the demo library</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Do not offer the demo library again</source>
        <translation>Do not offer the demo library again</translation>
    </message>
    <message>
        <source>Preparing the demo library…</source>
        <translation>Preparing the demo library…</translation>
    </message>
    <message>
        <source>Demo library</source>
        <translation>Demo library</translation>
    </message>
    <message>
        <source>The demo library could not be prepared: %1</source>
        <translation>The demo library could not be prepared: %1</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>move photo</source>
        <translation>move photo</translation>
    </message>
    <message>
        <source>change view</source>
        <translation>change view</translation>
    </message>
    <message>
        <source>rotate photo</source>
        <translation>rotate photo</translation>
    </message>
    <message>
        <source>change visit</source>
        <translation>change visit</translation>
    </message>
    <message>
        <source>change treatment date</source>
        <translation>change treatment date</translation>
    </message>
    <message>
        <source>move treatment</source>
        <translation>move treatment</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>restore from trash</source>
        <translation>restore from trash</translation>
    </message>
    <message>
        <source>separate patients</source>
        <translation>separate patients</translation>
    </message>
    <message>
        <source>merge patients</source>
        <translation>merge patients</translation>
    </message>
</context>
<context>
    <name>Elapsed</name>
    <message>
        <source>Date unknown</source>
        <translation>Date unknown</translation>
    </message>
    <message>
        <source>Baseline (%n min before)</source>
        <translation>Baseline (%n min before)</translation>
    </message>
    <message>
        <source>Baseline (%n h before)</source>
        <translation>Baseline (%n h before)</translation>
    </message>
    <message>
        <source>Baseline (1 week before)</source>
        <translation>Baseline (1 week before)</translation>
    </message>
    <message>
        <source>Baseline (%n weeks before)</source>
        <translation>Baseline (%n weeks before)</translation>
    </message>
    <message>
        <source>Baseline (%n months before)</source>
        <translation>Baseline (%n months before)</translation>
    </message>
    <message>
        <source>Baseline (1 year before)</source>
        <translation>Baseline (1 year before)</translation>
    </message>
    <message>
        <source>Baseline (%n years before)</source>
        <translation>Baseline (%n years before)</translation>
    </message>
    <message>
        <source>Baseline (1 day before)</source>
        <translation>Baseline (1 day before)</translation>
    </message>
    <message>
        <source>Baseline (%n days before)</source>
        <translation>Baseline (%n days before)</translation>
    </message>
    <message>
        <source>Day 0 (%n min)</source>
        <translation>Day 0 (%n min)</translation>
    </message>
    <message>
        <source>Day 0 (%n h)</source>
        <translation>Day 0 (%n h)</translation>
    </message>
    <message>
        <source>Day %n</source>
        <translation>Day %n</translation>
    </message>
    <message>
        <source>Week %n</source>
        <translation>Week %n</translation>
    </message>
    <message>
        <source>Month %n</source>
        <translation>Month %n</translation>
    </message>
    <message>
        <source>Year %n</source>
        <translation>Year %n</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase patient for good</source>
        <translation>Erase patient for good</translation>
    </message>
    <message>
        <source>Erasing removes %1 from the library for good: treatments, visits, symptom logs, the original photos, previews and measurements. It cannot be undone, and a restored backup will not bring the patient back. Use it for a patient&apos;s request to be erased; to remove a patient by mistake, use Delete patient (to the trash) instead.</source>
        <translation>Erasing removes %1 from the library for good: treatments, visits, symptom logs, the original photos, previews and measurements. It cannot be undone, and a restored backup will not bring the patient back. Use it for a patient&apos;s request to be erased; to remove a patient by mistake, use Delete patient (to the trash) instead.</translation>
    </message>
    <message>
        <source>&amp;Type the patient&apos;s name to confirm:</source>
        <translation>&amp;Type the patient&apos;s name to confirm:</translation>
    </message>
    <message>
        <source>The patient&apos;s name, to confirm the erasure</source>
        <translation>The patient&apos;s name, to confirm the erasure</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Erase for good</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>JPEG, HEIC, PNG, TIFF, WebP or AVIF</source>
        <translation>JPEG, HEIC, PNG, TIFF, WebP or AVIF</translation>
    </message>
    <message>
        <source>cannot be found. It may have been moved, renamed or deleted, or its drive disconnected.</source>
        <translation>cannot be found. It may have been moved, renamed or deleted, or its drive disconnected.</translation>
    </message>
    <message>
        <source>cannot be read: permission denied. Copy it to a folder of your own, or ask whoever manages this computer for access.</source>
        <translation>cannot be read: permission denied. Copy it to a folder of your own, or ask whoever manages this computer for access.</translation>
    </message>
    <message>
        <source>cannot be read (%1). Check the drive or network share and try again.</source>
        <translation>cannot be read (%1). Check the drive or network share and try again.</translation>
    </message>
    <message>
        <source>is an incomplete %1 file: the picture data stops early. Copy it again from the camera or phone.</source>
        <translation>is an incomplete %1 file: the picture data stops early. Copy it again from the camera or phone.</translation>
    </message>
    <message>
        <source>is an incomplete file: the picture data stops early. Copy it again from the camera or phone.</source>
        <translation>is an incomplete file: the picture data stops early. Copy it again from the camera or phone.</translation>
    </message>
    <message>
        <source>is a damaged %1 file that cannot be decoded. Copy it again from the camera or phone.</source>
        <translation>is a damaged %1 file that cannot be decoded. Copy it again from the camera or phone.</translation>
    </message>
    <message>
        <source>is a damaged file that cannot be decoded. Copy it again from the camera or phone.</source>
        <translation>is a damaged file that cannot be decoded. Copy it again from the camera or phone.</translation>
    </message>
    <message>
        <source>has %1 megapixels, more than the %2 megapixels PhotoFollow opens. Export a smaller copy (a photo needs at most about 50 megapixels) and import that.</source>
        <translation>has %1 megapixels, more than the %2 megapixels PhotoFollow opens. Export a smaller copy (a photo needs at most about 50 megapixels) and import that.</translation>
    </message>
    <message>
        <source>is larger than the %1 megapixels PhotoFollow opens. Export a smaller copy (a photo needs at most about 50 megapixels) and import that.</source>
        <translation>is larger than the %1 megapixels PhotoFollow opens. Export a smaller copy (a photo needs at most about 50 megapixels) and import that.</translation>
    </message>
    <message>
        <source>would need %1 MB of memory to open, more than the %2 MB PhotoFollow allows itself for one photo. Export a smaller copy (a photo needs at most about 50 megapixels) and import that.</source>
        <translation>would need %1 MB of memory to open, more than the %2 MB PhotoFollow allows itself for one photo. Export a smaller copy (a photo needs at most about 50 megapixels) and import that.</translation>
    </message>
    <message>
        <source>is not a photo PhotoFollow can read (%1 expected). Check the file you picked.</source>
        <translation>is not a photo PhotoFollow can read (%1 expected). Check the file you picked.</translation>
    </message>
    <message>
        <source>is a folder, not a photo file.</source>
        <translation>is a folder, not a photo file.</translation>
    </message>
    <message>
        <source>is empty (0 bytes). Copy it again from the camera or phone.</source>
        <translation>is empty (0 bytes). Copy it again from the camera or phone.</translation>
    </message>
    <message>
        <source>is a folder that cannot be read (%1), so its photos were not imported. Check its permissions or copy it to a folder of your own, then import it again.</source>
        <translation>is a folder that cannot be read (%1), so its photos were not imported. Check its permissions or copy it to a folder of your own, then import it again.</translation>
    </message>
    <message>
        <source>does not exist. Check the name and the folder.</source>
        <translation>does not exist. Check the name and the folder.</translation>
    </message>
    <message>
        <source>Photos can only be imported into a library opened for writing.</source>
        <translation>Photos can only be imported into a library opened for writing.</translation>
    </message>
    <message>
        <source>the photo was imported, but analysing it failed (%1)</source>
        <translation>the photo was imported, but analysing it failed (%1)</translation>
    </message>
    <message>
        <source>already in %1; the library&apos;s copy was missing or damaged and is now put back</source>
        <translation>already in %1; the library&apos;s copy was missing or damaged and is now put back</translation>
    </message>
    <message>
        <source>already in %1</source>
        <translation>already in %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>cannot be read (%1).</source>
        <translation>cannot be read (%1).</translation>
    </message>
    <message>
        <source>the preview could not be saved (%1)</source>
        <translation>the preview could not be saved (%1)</translation>
    </message>
    <message>
        <source>the thumbnail could not be saved (%1)</source>
        <translation>the thumbnail could not be saved (%1)</translation>
    </message>
    <message>
        <source>The copy in the library differs from the original (a disk or memory fault?). Nothing was stored; check the disk and import again.</source>
        <translation>The copy in the library differs from the original (a disk or memory fault?). Nothing was stored; check the disk and import again.</translation>
    </message>
    <message>
        <source>cannot be read (permission denied); check the file&apos;s permissions</source>
        <translation>cannot be read (permission denied); check the file&apos;s permissions</translation>
    </message>
    <message>
        <source>no longer exists (moved or deleted during the import)</source>
        <translation>no longer exists (moved or deleted during the import)</translation>
    </message>
    <message>
        <source>is a folder, not a photo</source>
        <translation>is a folder, not a photo</translation>
    </message>
    <message>
        <source>cannot be read (%1); copy it to a local disk and try again</source>
        <translation>cannot be read (%1); copy it to a local disk and try again</translation>
    </message>
    <message>
        <source>The disk holding the library is full. Free some space, then import this photo again.</source>
        <translation>The disk holding the library is full. Free some space, then import this photo again.</translation>
    </message>
    <message>
        <source>The library&apos;s photo folder %1 cannot be written to (%2). Check its permissions, or choose a library folder you may write to.</source>
        <translation>The library&apos;s photo folder %1 cannot be written to (%2). Check its permissions, or choose a library folder you may write to.</translation>
    </message>
    <message>
        <source>Writing into the library&apos;s photo folder %1 failed (%2). Check the disk, then import this photo again.</source>
        <translation>Writing into the library&apos;s photo folder %1 failed (%2). Check the disk, then import this photo again.</translation>
    </message>
    <message>
        <source>No patient with the chart number or name “%1” in this library. Did you mean %2?</source>
        <translation>No patient with the chart number or name “%1” in this library. Did you mean %2?</translation>
    </message>
    <message>
        <source>No patient with the chart number or name “%1” in this library. `photofollow patients` lists them.</source>
        <translation>No patient with the chart number or name “%1” in this library. `photofollow patients` lists them.</translation>
    </message>
    <message>
        <source>%1 patients are named “%2” (chart numbers: %3); give the chart number instead.</source>
        <translation>%1 patients are named “%2” (chart numbers: %3); give the chart number instead.</translation>
    </message>
    <message>
        <source>A patient needs a name.</source>
        <translation>A patient needs a name.</translation>
    </message>
    <message>
        <source>%1 patients are named “%2” (chart numbers: %3); give the chart number to choose one.</source>
        <translation>%1 patients are named “%2” (chart numbers: %3); give the chart number to choose one.</translation>
    </message>
    <message>
        <source>A patient like “%1” is in the library already: did you mean %2? Use that patient&apos;s chart number or name, or confirm that this is a new patient (--new-patient).</source>
        <translation>A patient like “%1” is in the library already: did you mean %2? Use that patient&apos;s chart number or name, or confirm that this is a new patient (--new-patient).</translation>
    </message>
    <message>
        <source>This patient has no treatment with id %1.</source>
        <translation>This patient has no treatment with id %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a treatment id nor a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation>&apos;%1&apos; is neither a treatment id nor a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>This patient has no treatment on %1 (treatments: %2).</source>
        <translation>This patient has no treatment on %1 (treatments: %2).</translation>
    </message>
    <message>
        <source>This patient had %1 treatments on %2: %3; add the time.</source>
        <translation>This patient had %1 treatments on %2: %3; add the time.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a visit id nor a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation>&apos;%1&apos; is neither a visit id nor a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>This treatment has no visit &apos;%1&apos;.</source>
        <translation>This treatment has no visit &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No visits were named; leave --visits out to use the default choice.</source>
        <translation>No visits were named; leave --visits out to use the default choice.</translation>
    </message>
    <message>
        <source>None of the visits has a photo of the view &apos;%1&apos;.</source>
        <translation>None of the visits has a photo of the view &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>This treatment has no visits with photos.</source>
        <translation>This treatment has no visits with photos.</translation>
    </message>
    <message>
        <source>The chosen visits have no view in common; choose one with --view to show it where it exists.</source>
        <translation>The chosen visits have no view in common; choose one with --view to show it where it exists.</translation>
    </message>
    <message>
        <source>A sheet of several views compares two visits, not %1; name two with --visits, or choose one view with --view for up to four visits.</source>
        <translation>A sheet of several views compares two visits, not %1; name two with --visits, or choose one view with --view for up to four visits.</translation>
    </message>
    <message>
        <source>A sheet shows at most %1 visits of one view.</source>
        <translation>A sheet shows at most %1 visits of one view.</translation>
    </message>
    <message>
        <source>No face was found on the %1 photo of %2, so its eyes cannot be hidden; choose other visits or views.</source>
        <translation>No face was found on the %1 photo of %2, so its eyes cannot be hidden; choose other visits or views.</translation>
    </message>
    <message>
        <source>This treatment has no visit with id %1 (any more).</source>
        <translation>This treatment has no visit with id %1 (any more).</translation>
    </message>
    <message>
        <source>The backup of the library at %1 could not be written (%2). Check the disk.</source>
        <translation>The backup of the library at %1 could not be written (%2). Check the disk.</translation>
    </message>
    <message>
        <source>The photo %1 is not among the unfiled photos any more.</source>
        <translation>The photo %1 is not among the unfiled photos any more.</translation>
    </message>
    <message>
        <source>Recovery needs the library opened for writing.</source>
        <translation>Recovery needs the library opened for writing.</translation>
    </message>
    <message>
        <source>The disk holding the library (%1) is full. Free some space and try again.</source>
        <translation>The disk holding the library (%1) is full. Free some space and try again.</translation>
    </message>
    <message>
        <source>%1 is a library on a database server already; library migrate moves a library folder to a server. Give the library&apos;s folder with --from.</source>
        <translation>%1 is a library on a database server already; library migrate moves a library folder to a server. Give the library&apos;s folder with --from.</translation>
    </message>
    <message>
        <source>%1 is not the address of a library on a database server. Write it as postgresql://USER@HOST:PORT/DATABASE?store=/path/to/share.</source>
        <translation>%1 is not the address of a library on a database server. Write it as postgresql://USER@HOST:PORT/DATABASE?store=/path/to/share.</translation>
    </message>
    <message>
        <source>There is no PhotoFollow library at %1. Check the folder name.</source>
        <translation>There is no PhotoFollow library at %1. Check the folder name.</translation>
    </message>
    <message>
        <source>The library at %1 was written by a newer PhotoFollow (schema revision %2). Move it with that version or a later one.</source>
        <translation>The library at %1 was written by a newer PhotoFollow (schema revision %2). Move it with that version or a later one.</translation>
    </message>
    <message>
        <source>The database %1 on %2 holds no PhotoFollow library yet. Importing photos into it creates one; or check the library&apos;s address.</source>
        <translation>The database %1 on %2 holds no PhotoFollow library yet. Importing photos into it creates one; or check the library&apos;s address.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2).</source>
        <translation>The backup %1 could not be written (%2).</translation>
    </message>
    <message>
        <source>The photo folder of the library %1 (%2) cannot be found. Is the shared folder mounted on this computer? Mount it, then try again.</source>
        <translation>The photo folder of the library %1 (%2) cannot be found. Is the shared folder mounted on this computer? Mount it, then try again.</translation>
    </message>
    <message>
        <source>PhotoFollow has the library %1 open on %2. Close it there first (a restore would take their work away under them), or restore anyway with --force.</source>
        <translation>PhotoFollow has the library %1 open on %2. Close it there first (a restore would take their work away under them), or restore anyway with --force.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a folder for the library.</source>
        <translation>%1 is a file, not a folder; choose a folder for the library.</translation>
    </message>
    <message>
        <source>%1 already holds other files (%2, ...) and is not a PhotoFollow library. Choose an empty or new folder for the library.</source>
        <translation>%1 already holds other files (%2, ...) and is not a PhotoFollow library. Choose an empty or new folder for the library.</translation>
    </message>
    <message>
        <source>The library folder %1 cannot be created (%2).</source>
        <translation>The library folder %1 cannot be created (%2).</translation>
    </message>
    <message>
        <source>The library at %1 cannot be written to (%2: %3). Choose a library folder you may write to, or ask for write access.</source>
        <translation>The library at %1 cannot be written to (%2: %3). Choose a library folder you may write to, or ask for write access.</translation>
    </message>
    <message>
        <source>The library&apos;s database %1 is a folder, not a file. Move that folder away, then restore the library from one of its backups (photofollow backup --library %2 list).</source>
        <translation>The library&apos;s database %1 is a folder, not a file. Move that folder away, then restore the library from one of its backups (photofollow backup --library %2 list).</translation>
    </message>
    <message>
        <source>The library&apos;s database %1 cannot be read (%2). Check its permissions and the disk.</source>
        <translation>The library&apos;s database %1 cannot be read (%2). Check its permissions and the disk.</translation>
    </message>
    <message>
        <source>The database of the library at %1 is damaged (%2); nothing was written to it. Restore it from a backup: File &gt; Restore from a backup… in PhotoFollow, or photofollow backup --library %1 list.</source>
        <translation>The database of the library at %1 is damaged (%2); nothing was written to it. Restore it from a backup: File &gt; Restore from a backup… in PhotoFollow, or photofollow backup --library %1 list.</translation>
    </message>
    <message>
        <source>The library at %1 is open for reading only, so this change was not saved. Open it where you may write to it (and where no other PhotoFollow is using it), then try again.</source>
        <translation>The library at %1 is open for reading only, so this change was not saved. Open it where you may write to it (and where no other PhotoFollow is using it), then try again.</translation>
    </message>
    <message>
        <source>The library at %1 cannot be written to. Choose a library folder you may write to, or ask for write access.</source>
        <translation>The library at %1 cannot be written to. Choose a library folder you may write to, or ask for write access.</translation>
    </message>
    <message>
        <source>The disk holding the library at %1 reported an error (%2); nothing was changed. Check the disk, then try again.</source>
        <translation>The disk holding the library at %1 reported an error (%2); nothing was changed. Check the disk, then try again.</translation>
    </message>
    <message>
        <source>The library at %1 cannot be written to (%2). Choose a library folder you may write to, or ask for write access.</source>
        <translation>The library at %1 cannot be written to (%2). Choose a library folder you may write to, or ask for write access.</translation>
    </message>
    <message>
        <source>Another PhotoFollow (process %1) is using the library at %2. Close it, then try again.</source>
        <translation>Another PhotoFollow (process %1) is using the library at %2. Close it, then try again.</translation>
    </message>
    <message>
        <source>Another PhotoFollow is using the library at %1. Close it, then try again.</source>
        <translation>Another PhotoFollow is using the library at %1. Close it, then try again.</translation>
    </message>
    <message>
        <source>The library at %1 cannot be written to (%2).</source>
        <translation>The library at %1 cannot be written to (%2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a PhotoFollow library. Choose another folder.</source>
        <translation>%1 is an SQLite database, but not a PhotoFollow library. Choose another folder.</translation>
    </message>
    <message>
        <source>The library at %1 was written by a newer PhotoFollow (schema revision %2). Install that version or a later one to open it; this version leaves it untouched.</source>
        <translation>The library at %1 was written by a newer PhotoFollow (schema revision %2). Install that version or a later one to open it; this version leaves it untouched.</translation>
    </message>
    <message>
        <source>Upgrading the library left %1 broken references; nothing was changed. Please report this, with the library&apos;s backups folder.</source>
        <translation>Upgrading the library left %1 broken references; nothing was changed. Please report this, with the library&apos;s backups folder.</translation>
    </message>
    <message>
        <source>This patient is no longer in the library. Choose the patient again in the patient list.</source>
        <translation>This patient is no longer in the library. Choose the patient again in the patient list.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file; attach the signed form as one.</source>
        <translation>%1 is not a PDF, JPEG or PNG file; attach the signed form as one.</translation>
    </message>
    <message>
        <source>This patient is no longer in the library.</source>
        <translation>This patient is no longer in the library.</translation>
    </message>
    <message>
        <source>There is no consent record %1; `photofollow consent list` shows them.</source>
        <translation>There is no consent record %1; `photofollow consent list` shows them.</translation>
    </message>
    <message>
        <source>The patient has not consented to %1: without that consent the sheet may only be de-identified.</source>
        <translation>The patient has not consented to %1: without that consent the sheet may only be de-identified.</translation>
    </message>
    <message>
        <source>The patient has not consented to %1; record their consent first (photofollow consent add).</source>
        <translation>The patient has not consented to %1; record their consent first (photofollow consent add).</translation>
    </message>
    <message>
        <source>This treatment is no longer in the library.</source>
        <translation>This treatment is no longer in the library.</translation>
    </message>
    <message>
        <source>This visit is no longer in the library.</source>
        <translation>This visit is no longer in the library.</translation>
    </message>
    <message>
        <source>This photo is no longer in the library.</source>
        <translation>This photo is no longer in the library.</translation>
    </message>
    <message>
        <source>Trash entry %1 does not exist (any more); `photofollow trash list` shows them.</source>
        <translation>Trash entry %1 does not exist (any more); `photofollow trash list` shows them.</translation>
    </message>
    <message>
        <source>This visit is no longer in the library. Open the patient again and choose the visit.</source>
        <translation>This visit is no longer in the library. Open the patient again and choose the visit.</translation>
    </message>
    <message>
        <source>%1: the policy file does not exist; check the path.</source>
        <translation>%1: the policy file does not exist; check the path.</translation>
    </message>
    <message>
        <source>%1: the policy file cannot be read (%2).</source>
        <translation>%1: the policy file cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1: the policy file is not valid TOML (%2).</source>
        <translation>%1: the policy file is not valid TOML (%2).</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos;; see the shipped policy.toml for the keys.</source>
        <translation>%1: unknown key &apos;%2&apos;; see the shipped policy.toml for the keys.</translation>
    </message>
    <message>
        <source>%1: &apos;change.skip_when_failed&apos; names an unknown check &apos;%2&apos;; checks are %3.</source>
        <translation>%1: &apos;change.skip_when_failed&apos; names an unknown check &apos;%2&apos;; checks are %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a table ([%2]).</source>
        <translation>%1: &apos;%2&apos; must be a table ([%2]).</translation>
    </message>
    <message>
        <source>%1: &apos;protocols&apos; must be a table ([protocols]).</source>
        <translation>%1: &apos;protocols&apos; must be a table ([protocols]).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a table.</source>
        <translation>%1: &apos;%2&apos; must be a table.</translation>
    </message>
    <message>
        <source>%1: the key &apos;%2&apos; is missing.</source>
        <translation>%1: the key &apos;%2&apos; is missing.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be true or false, not %3.</source>
        <translation>%1: &apos;%2&apos; must be true or false, not %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a whole number, not %3.</source>
        <translation>%1: &apos;%2&apos; must be a whole number, not %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a number, not %3.</source>
        <translation>%1: &apos;%2&apos; must be a number, not %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must not be negative (%3).</source>
        <translation>%1: &apos;%2&apos; must not be negative (%3).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be one of %3, not %4.</source>
        <translation>%1: &apos;%2&apos; must be one of %3, not %4.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list of names in quotes.</source>
        <translation>%1: &apos;%2&apos; must be a list of names in quotes.</translation>
    </message>
    <message>
        <source>%1: unknown area &apos;%2.%3&apos;; areas are %4.</source>
        <translation>%1: unknown area &apos;%2.%3&apos;; areas are %4.</translation>
    </message>
    <message>
        <source>%1: &apos;%2.%3&apos; must be a list of view names.</source>
        <translation>%1: &apos;%2.%3&apos; must be a list of view names.</translation>
    </message>
    <message>
        <source>%1: &apos;%2.%3&apos;: %4; views are %5.</source>
        <translation>%1: &apos;%2.%3&apos;: %4; views are %5.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has a type the policy does not know.</source>
        <translation>%1: &apos;%2&apos; has a type the policy does not know.</translation>
    </message>
    <message>
        <source>%1: the warn threshold of &apos;%2&apos; lies beyond its fail threshold.</source>
        <translation>%1: the warn threshold of &apos;%2&apos; lies beyond its fail threshold.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the preview %2 could not be written. Free some space and try again.</source>
        <translation>The disk holding %1 is full, so the preview %2 could not be written. Free some space and try again.</translation>
    </message>
    <message>
        <source>PhotoFollow may not write into %1, so the preview %2 could not be saved. Check the folder&apos;s permissions or choose another library folder.</source>
        <translation>PhotoFollow may not write into %1, so the preview %2 could not be saved. Check the folder&apos;s permissions or choose another library folder.</translation>
    </message>
    <message>
        <source>The original of the %1 photo (%2 visit, taken %3) is missing from the library (%4). Import that photo again into its visit to put it back, then export again.</source>
        <translation>The original of the %1 photo (%2 visit, taken %3) is missing from the library (%4). Import that photo again into its visit to put it back, then export again.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; choose an existing folder.</source>
        <translation>the folder %1 does not exist; choose an existing folder.</translation>
    </message>
    <message>
        <source>the image could not be written; check that the folder is writable and the disk is not full.</source>
        <translation>the image could not be written; check that the folder is writable and the disk is not full.</translation>
    </message>
    <message>
        <source>the PDF could not be written (%1); check that the folder is writable and the disk is not full.</source>
        <translation>the PDF could not be written (%1); check that the folder is writable and the disk is not full.</translation>
    </message>
    <message>
        <source>%1 already holds a library with patients; the demo needs a folder of its own. Choose an empty or new folder (for example “%2”).</source>
        <translation>%1 already holds a library with patients; the demo needs a folder of its own. Choose an empty or new folder (for example “%2”).</translation>
    </message>
    <message>
        <source>The demo could not import %1: %2</source>
        <translation>The demo could not import %1: %2</translation>
    </message>
    <message>
        <source>Only a physician records an assessment; %1 is not one.</source>
        <translation>Only a physician records an assessment; %1 is not one.</translation>
    </message>
    <message>
        <source>There is no visit %1 in this library. `photofollow timeline` lists the visits.</source>
        <translation>There is no visit %1 in this library. `photofollow timeline` lists the visits.</translation>
    </message>
    <message>
        <source>Visit %1 is a baseline: a result is assessed at a follow-up visit. Choose a follow-up.</source>
        <translation>Visit %1 is a baseline: a result is assessed at a follow-up visit. Choose a follow-up.</translation>
    </message>
    <message>
        <source>There is no backup called %1 in %2. List the backups with photofollow backup --library %3 list and give one of their names.</source>
        <translation>There is no backup called %1 in %2. List the backups with photofollow backup --library %3 list and give one of their names.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored (%2). Choose another backup of the library.</source>
        <translation>The backup %1 cannot be restored (%2). Choose another backup of the library.</translation>
    </message>
    <message>
        <source>The copy of the backup %1 in the library is damaged (%2); the library was left as it was. Check the disk, then try again.</source>
        <translation>The copy of the backup %1 in the library is damaged (%2); the library was left as it was. Check the disk, then try again.</translation>
    </message>
    <message>
        <source>The disk holding the library at %1 is too full to restore the backup; the library was left as it was. Free some space and try again.</source>
        <translation>The disk holding the library at %1 is too full to restore the backup; the library was left as it was. Free some space and try again.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the library at %1 (%2); the library was left as it was. Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>The backup could not be copied into the library at %1 (%2); the library was left as it was. Check the disk and the folder&apos;s permissions, then try again.</translation>
    </message>
    <message>
        <source>The list of erased patients %1 cannot be read (%2), so a restore could bring one back; nothing was restored into the database yet. Put that file back from a copy, then try again.</source>
        <translation>The list of erased patients %1 cannot be read (%2), so a restore could bring one back; nothing was restored into the database yet. Put that file back from a copy, then try again.</translation>
    </message>
    <message>
        <source>The library at %1 has named users: say who you are with --user NAME (or %2).</source>
        <translation>The library at %1 has named users: say who you are with --user NAME (or %2).</translation>
    </message>
    <message>
        <source>The library at %1 needs %2&apos;s password: type it at a terminal, or set %3.</source>
        <translation>The library at %1 needs %2&apos;s password: type it at a terminal, or set %3.</translation>
    </message>
    <message>
        <source>Sign in first: the library at %1 has named users (on the command line: --user NAME, or PHOTOFOLLOW_USER).</source>
        <translation>Sign in first: the library at %1 has named users (on the command line: --user NAME, or PHOTOFOLLOW_USER).</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3; ask a colleague whose role allows it.</source>
        <translation>%1 (%2) may not %3; ask a colleague whose role allows it.</translation>
    </message>
    <message>
        <source>The user name or password is wrong for the library at %1.</source>
        <translation>The user name or password is wrong for the library at %1.</translation>
    </message>
    <message>
        <source>%1 is disabled in this library; an administrator can enable them.</source>
        <translation>%1 is disabled in this library; an administrator can enable them.</translation>
    </message>
    <message>
        <source>%1 may no longer sign in to the library at %2.</source>
        <translation>%1 may no longer sign in to the library at %2.</translation>
    </message>
    <message>
        <source>This library requires a password for every user.</source>
        <translation>This library requires a password for every user.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>A password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>The first user of a library is its administrator: add %1 with the role administrator.</source>
        <translation>The first user of a library is its administrator: add %1 with the role administrator.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 64 printable characters.</source>
        <translation>A user name needs 1 to 64 printable characters.</translation>
    </message>
    <message>
        <source>There is a user named %1 already.</source>
        <translation>There is a user named %1 already.</translation>
    </message>
    <message>
        <source>There is no user named %1 in this library.</source>
        <translation>There is no user named %1 in this library.</translation>
    </message>
    <message>
        <source>%1 is the library&apos;s last administrator and stays enabled.</source>
        <translation>%1 is the library&apos;s last administrator and stays enabled.</translation>
    </message>
    <message>
        <source>The photo folder of the new library (%1) cannot be the library folder being moved (%2) or lie inside or around it. Choose a folder of its own on the share.</source>
        <translation>The photo folder of the new library (%1) cannot be the library folder being moved (%2) or lie inside or around it. Choose a folder of its own on the share.</translation>
    </message>
    <message>
        <source>The folder %1 holds a PhotoFollow library of its own; it cannot become the photo folder of another. Choose an empty folder on the share.</source>
        <translation>The folder %1 holds a PhotoFollow library of its own; it cannot become the photo folder of another. Choose an empty folder on the share.</translation>
    </message>
    <message>
        <source>The database %1 on %2 already holds a PhotoFollow library (or part of one: %3); a library is only moved into an empty database. Create a new database (createdb), or check the address.</source>
        <translation>The database %1 on %2 already holds a PhotoFollow library (or part of one: %3); a library is only moved into an empty database. Create a new database (createdb), or check the address.</translation>
    </message>
    <message>
        <source>A PhotoFollow is using the library at %1. Close it on every computer first: what it writes during the move would not reach the new library.</source>
        <translation>A PhotoFollow is using the library at %1. Close it on every computer first: what it writes during the move would not reach the new library.</translation>
    </message>
    <message>
        <source>The database of the library at %1 is damaged (%2); nothing was moved. Restore it from a backup first (photofollow backup --library %1 list).</source>
        <translation>The database of the library at %1 is damaged (%2); nothing was moved. Restore it from a backup first (photofollow backup --library %1 list).</translation>
    </message>
    <message>
        <source>An import into this library was interrupted and has not been settled yet. Open the library once with PhotoFollow (or run photofollow verify on it), then move it.</source>
        <translation>An import into this library was interrupted and has not been settled yet. Open the library once with PhotoFollow (or run photofollow verify on it), then move it.</translation>
    </message>
    <message>
        <source>The photo folder %1 already holds photos of another library (%2, ...). Choose an empty folder on the share for the new library.</source>
        <translation>The photo folder %1 already holds photos of another library (%2, ...). Choose an empty folder on the share for the new library.</translation>
    </message>
    <message>
        <source>The photo folder %1 cannot be written to (%2); nothing was moved. Check that the share is mounted for writing and that you may write to it.</source>
        <translation>The photo folder %1 cannot be written to (%2); nothing was moved. Check that the share is mounted for writing and that you may write to it.</translation>
    </message>
    <message>
        <source>The file %1 in the new library&apos;s photo folder is damaged (its bytes do not match its name); nothing was moved. Delete it, then move the library again.</source>
        <translation>The file %1 in the new library&apos;s photo folder is damaged (its bytes do not match its name); nothing was moved. Delete it, then move the library again.</translation>
    </message>
    <message>
        <source>The photo %1 that the library lists is missing from its photo folder; nothing was moved. Run photofollow verify on the library, put the photo back (or restore it), then move the library.</source>
        <translation>The photo %1 that the library lists is missing from its photo folder; nothing was moved. Run photofollow verify on the library, put the photo back (or restore it), then move the library.</translation>
    </message>
    <message>
        <source>The photo %1 no longer matches its name (its bytes changed: a disk fault?); nothing was moved. Run photofollow verify on the library, then move it.</source>
        <translation>The photo %1 no longer matches its name (its bytes changed: a disk fault?); nothing was moved. Run photofollow verify on the library, then move it.</translation>
    </message>
    <message>
        <source>The new library&apos;s folder already holds a different %1; nothing was moved. Choose an empty folder on the share for the new library.</source>
        <translation>The new library&apos;s folder already holds a different %1; nothing was moved. Choose an empty folder on the share for the new library.</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2 (%3); nothing was moved. Check the share, then try again.</source>
        <translation>%1 could not be copied to %2 (%3); nothing was moved. Check the share, then try again.</translation>
    </message>
    <message>
        <source>A row of the table %1 cannot be stored on the server %2 (%3); nothing was kept. Please report this, with the message.</source>
        <translation>A row of the table %1 cannot be stored on the server %2 (%3); nothing was kept. Please report this, with the message.</translation>
    </message>
    <message>
        <source>The table %1 holds %2 rows in the library but %3 in the copy on %4; nothing was kept. Please report this.</source>
        <translation>The table %1 holds %2 rows in the library but %3 in the copy on %4; nothing was kept. Please report this.</translation>
    </message>
    <message>
        <source>The library address %1 holds a password. Leave it out: PhotoFollow takes the password from PGPASSWORD or ~/.pgpass, so it is never stored in its settings.</source>
        <translation>The library address %1 holds a password. Leave it out: PhotoFollow takes the password from PGPASSWORD or ~/.pgpass, so it is never stored in its settings.</translation>
    </message>
    <message>
        <source>The library address %1 is incomplete: it needs the database and the shared photo folder, as in postgresql://USER@HOST:PORT/DATABASE?store=/path/to/share.</source>
        <translation>The library address %1 is incomplete: it needs the database and the shared photo folder, as in postgresql://USER@HOST:PORT/DATABASE?store=/path/to/share.</translation>
    </message>
    <message>
        <source>The library address %1 has an invalid port.</source>
        <translation>The library address %1 has an invalid port.</translation>
    </message>
    <message>
        <source>The database server %1 refused the sign-in (%2). Set the password in PGPASSWORD or ~/.pgpass for this user, then try again.</source>
        <translation>The database server %1 refused the sign-in (%2). Set the password in PGPASSWORD or ~/.pgpass for this user, then try again.</translation>
    </message>
    <message>
        <source>There is no database %1 on the server %2. Ask the administrator to create it (createdb %1), then try again.</source>
        <translation>There is no database %1 on the server %2. Ask the administrator to create it (createdb %1), then try again.</translation>
    </message>
    <message>
        <source>The database server %1 is out of disk space; nothing was changed. Tell the administrator.</source>
        <translation>The database server %1 is out of disk space; nothing was changed. Tell the administrator.</translation>
    </message>
    <message>
        <source>The library %1 is open for reading only, so this change was not saved.</source>
        <translation>The library %1 is open for reading only, so this change was not saved.</translation>
    </message>
    <message>
        <source>The database user may not change the library %1 on %2 (%3). Ask the administrator for write access.</source>
        <translation>The database user may not change the library %1 on %2 (%3). Ask the administrator for write access.</translation>
    </message>
    <message>
        <source>The database of the library %1 on %2 is damaged (%3). Tell the administrator.</source>
        <translation>The database of the library %1 on %2 is damaged (%3). Tell the administrator.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached (%2). Nothing half-written was kept; check the network and that the server runs, then try again.</source>
        <translation>The database server %1 cannot be reached (%2). Nothing half-written was kept; check the network and that the server runs, then try again.</translation>
    </message>
    <message>
        <source>%1 was removed from the library after you opened it; your change was not saved.</source>
        <translation>%1 was removed from the library after you opened it; your change was not saved.</translation>
    </message>
    <message>
        <source>%1 was changed on %2 by %3 (%4, %5) after you opened it; your change was not saved.</source>
        <translation>%1 was changed on %2 by %3 (%4, %5) after you opened it; your change was not saved.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 (%3, %4) after you opened it; your change was not saved.</source>
        <translation>%1 was changed by %2 (%3, %4) after you opened it; your change was not saved.</translation>
    </message>
    <message>
        <source>%1 was changed after you opened it; your change was not saved.</source>
        <translation>%1 was changed after you opened it; your change was not saved.</translation>
    </message>
    <message>
        <source>The patient %1</source>
        <translation>The patient %1</translation>
    </message>
    <message>
        <source>The treatment of %1</source>
        <translation>The treatment of %1</translation>
    </message>
    <message>
        <source>The visit of %1</source>
        <translation>The visit of %1</translation>
    </message>
    <message>
        <source>The photo %1</source>
        <translation>The photo %1</translation>
    </message>
    <message>
        <source>The symptom log of the visit of %1</source>
        <translation>The symptom log of the visit of %1</translation>
    </message>
    <message>
        <source>The assessment of the visit of %1</source>
        <translation>The assessment of the visit of %1</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>The patient</translation>
    </message>
    <message>
        <source>The treatment</source>
        <translation>The treatment</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>The visit</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>The photo</translation>
    </message>
    <message>
        <source>The symptom entry</source>
        <translation>The symptom entry</translation>
    </message>
    <message>
        <source>The assessment</source>
        <translation>The assessment</translation>
    </message>
    <message>
        <source>%1, PostgreSQL&apos;s program the server library&apos;s backups need, is not in %2 (set by %3). Point %3 at the folder holding PostgreSQL&apos;s client programs, or leave it unset.</source>
        <translation>%1, PostgreSQL&apos;s program the server library&apos;s backups need, is not in %2 (set by %3). Point %3 at the folder holding PostgreSQL&apos;s client programs, or leave it unset.</translation>
    </message>
    <message>
        <source>%1, PostgreSQL&apos;s program the server library&apos;s backups need, is not installed in version %2 or later (the server&apos;s). Install PostgreSQL&apos;s client programs (on Debian: postgresql-client-%2), or set %3 to the folder holding them.</source>
        <translation>%1, PostgreSQL&apos;s program the server library&apos;s backups need, is not installed in version %2 or later (the server&apos;s). Install PostgreSQL&apos;s client programs (on Debian: postgresql-client-%2), or set %3 to the folder holding them.</translation>
    </message>
    <message>
        <source>The folder %1 for the backup does not exist. Create it, or choose another file.</source>
        <translation>The folder %1 for the backup does not exist. Create it, or choose another file.</translation>
    </message>
    <message>
        <source>The backup of the library %1 could not be made: pg_dump failed (%2). Nothing was written to %3.</source>
        <translation>The backup of the library %1 could not be made: pg_dump failed (%2). Nothing was written to %3.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; the backup was not written. Free some space and try again.</source>
        <translation>The disk holding %1 is full; the backup was not written. Free some space and try again.</translation>
    </message>
    <message>
        <source>There is no backup called %1 in %2. List the backups with photofollow backup --library ... list and give one of their names, or the path to a backup file.</source>
        <translation>There is no backup called %1 in %2. List the backups with photofollow backup --library ... list and give one of their names, or the path to a backup file.</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored: pg_restore failed (%2). The library&apos;s database was left as it was.</source>
        <translation>The backup %1 could not be restored: pg_restore failed (%2). The library&apos;s database was left as it was.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export comparison sheet</source>
        <translation>Export comparison sheet</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>Paper &amp;size:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Automatic: landscape for three or four visits side by side, portrait otherwise.</source>
        <translation>Automatic: landscape for three or four visits side by side, portrait otherwise.</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Clinical record</source>
        <translation>Clinical record</translation>
    </message>
    <message>
        <source>Sharing with other clinicians</source>
        <translation>Sharing with other clinicians</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>&amp;Hide:</source>
        <translation>&amp;Hide:</translation>
    </message>
    <message>
        <source>Hide on a de-identified sheet</source>
        <translation>Hide on a de-identified sheet</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Nothing more</translation>
    </message>
    <message>
        <source>The eyes</source>
        <translation>The eyes</translation>
    </message>
    <message>
        <source>All above the mid face (crop)</source>
        <translation>All above the mid face (crop)</translation>
    </message>
    <message>
        <source>On a de-identified sheet: a bar over the eyes, or each photo cropped to the face below them.</source>
        <translation>On a de-identified sheet: a bar over the eyes, or each photo cropped to the face below them.</translation>
    </message>
    <message>
        <source>What the sheet is for, stated on it. A purpose beyond the patient&apos;s recorded consent is refused; teaching and publication without consent only de-identified.</source>
        <translation>What the sheet is for, stated on it. A purpose beyond the patient&apos;s recorded consent is refused; teaching and publication without consent only de-identified.</translation>
    </message>
    <message>
        <source>&amp;De-identify (pseudonym, no name or birth date)</source>
        <translation>&amp;De-identify (pseudonym, no name or birth date)</translation>
    </message>
    <message>
        <source>The sheet shows a pseudonym instead of the patient&apos;s name, chart number and birth date, and says that it is de-identified. The same patient keeps the same pseudonym in this library.</source>
        <translation>The sheet shows a pseudonym instead of the patient&apos;s name, chart number and birth date, and says that it is de-identified. The same patient keeps the same pseudonym in this library.</translation>
    </message>
    <message>
        <source>&amp;Aligned</source>
        <translation>&amp;Aligned</translation>
    </message>
    <message>
        <source>Show each follow-up aligned on its baseline where the photos could be registered.</source>
        <translation>Show each follow-up aligned on its baseline where the photos could be registered.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Preview of the sheet</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;image…</source>
        <translation>Save as &amp;image…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>Pre&amp;vious page</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <source>Save the sheet as a PDF file</source>
        <translation>Save the sheet as a PDF file</translation>
    </message>
    <message>
        <source>Save the sheet as PNG or JPEG images</source>
        <translation>Save the sheet as PNG or JPEG images</translation>
    </message>
    <message>
        <source>Print the sheet through the system dialog</source>
        <translation>Print the sheet through the system dialog</translation>
    </message>
    <message>
        <source>Show the previous page</source>
        <translation>Show the previous page</translation>
    </message>
    <message>
        <source>Show the next page</source>
        <translation>Show the next page</translation>
    </message>
    <message>
        <source>Close this dialog (%1)</source>
        <translation>Close this dialog (%1)</translation>
    </message>
    <message>
        <source>The sheet could not be made: %1</source>
        <translation>The sheet could not be made: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Writing the sheet…</source>
        <translation>Writing the sheet…</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <source>Automatic (landscape)</source>
        <translation>Automatic (landscape)</translation>
    </message>
    <message>
        <source>Automatic (portrait)</source>
        <translation>Automatic (portrait)</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Save the sheet as PDF</source>
        <translation>Save the sheet as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG image (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Save the sheet as an image</source>
        <translation>Save the sheet as an image</translation>
    </message>
    <message>
        <source>Print comparison sheet</source>
        <translation>Print comparison sheet</translation>
    </message>
    <message>
        <source>Sheet printed to %1</source>
        <translation>Sheet printed to %1</translation>
    </message>
    <message>
        <source>Sheet sent to the printer %1</source>
        <translation>Sheet sent to the printer %1</translation>
    </message>
    <message>
        <source>Sheet written to %1</source>
        <translation>Sheet written to %1</translation>
    </message>
    <message numerus="yes">
        <source>Sheet written to %1 and %n more page(s) next to it</source>
        <translation>
            <numerusform>Sheet written to %1 and %n more page next to it</numerusform>
            <numerusform>Sheet written to %1 and %n more pages next to it</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet was not written</source>
        <translation>The sheet was not written</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Checks of the follow-up against the baseline</source>
        <translation>Checks of the follow-up against the baseline</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>E&amp;xport sheet…</source>
        <translation>E&amp;xport sheet…</translation>
    </message>
    <message>
        <source>Export the comparison sheet of the treatment shown (%1)</source>
        <translation>Export the comparison sheet of the treatment shown (%1)</translation>
    </message>
    <message>
        <source>P&amp;rint sheet…</source>
        <translation>P&amp;rint sheet…</translation>
    </message>
    <message>
        <source>Print the comparison sheet of the treatment shown (%1)</source>
        <translation>Print the comparison sheet of the treatment shown (%1)</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Assess…</translation>
    </message>
    <message>
        <source>Export sheet…</source>
        <translation>Export sheet…</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>Print sheet…</translation>
    </message>
</context>
<context>
    <name>GuideTiers</name>
    <message>
        <source>What the guide says (information only)</source>
        <translation>What the guide says (information only)</translation>
    </message>
    <message>
        <source>Observe at home</source>
        <translation>Observe at home</translation>
    </message>
    <message>
        <source>mild pinpoint redness, small bumps, tenderness, small bruises, getting better.</source>
        <translation>mild pinpoint redness, small bumps, tenderness, small bruises, getting better.</translation>
    </message>
    <message>
        <source>Call the clinic</source>
        <translation>Call the clinic</translation>
    </message>
    <message>
        <source>increasing pain, spreading redness, firm nodules, drainage, worsening itch, marked swelling, colour change, unexpected asymmetry.</source>
        <translation>increasing pain, spreading redness, firm nodules, drainage, worsening itch, marked swelling, colour change, unexpected asymmetry.</translation>
    </message>
    <message>
        <source>Urgent care now</source>
        <translation>Urgent care now</translation>
    </message>
    <message>
        <source>breathing difficulty, widespread hives or allergic reaction, fever with infection, pus, rapidly increasing swelling, severe pain, vision or neurological symptoms.</source>
        <translation>breathing difficulty, widespread hives or allergic reaction, fever with infection, pus, rapidly increasing swelling, severe pain, vision or neurological symptoms.</translation>
    </message>
    <message>
        <source>Photos support follow-up; they never replace the examination. Vision, breathing or neurological symptoms and signs of a serious infection must not wait for photos.</source>
        <translation>Photos support follow-up; they never replace the examination. Vision, breathing or neurological symptoms and signs of a serious infection must not wait for photos.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Baseline: later follow-ups are checked against it</source>
        <translation>Baseline: later follow-ups are checked against it</translation>
    </message>
    <message>
        <source>Not checked: no baseline photo of this view</source>
        <translation>Not checked: no baseline photo of this view</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Could not be checked</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import photos</source>
        <translation>Import photos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Add f&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>&amp;Treatment:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Visit:</translation>
    </message>
    <message>
        <source>Type a name or chart number</source>
        <translation>Type a name or chart number</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>New patient…</translation>
    </message>
    <message>
        <source>New treatment…</source>
        <translation>New treatment…</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>New visit…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>View of %1</source>
        <translation>View of %1</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>typed in</translation>
    </message>
    <message>
        <source>from camera</source>
        <translation>from camera</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>file date: check</source>
        <translation>file date: check</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Since treatment</source>
        <translation>Since treatment</translation>
    </message>
    <message>
        <source>Goes to visit</source>
        <translation>Goes to visit</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Photos to import, where each goes and its problems</source>
        <translation>Photos to import, where each goes and its problems</translation>
    </message>
    <message>
        <source>Type &amp;date…</source>
        <translation>Type &amp;date…</translation>
    </message>
    <message>
        <source>The date the selected photos were taken, when the camera gave none</source>
        <translation>The date the selected photos were taken, when the camera gave none</translation>
    </message>
    <message>
        <source>File &amp;under…</source>
        <translation>File &amp;under…</translation>
    </message>
    <message>
        <source>Another visit or treatment for the selected photos</source>
        <translation>Another visit or treatment for the selected photos</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Leave out</translation>
    </message>
    <message>
        <source>&amp;Accept the dates as they are (photos far from their visit, or on the wrong side of the treatment)</source>
        <translation>&amp;Accept the dates as they are (photos far from their visit, or on the wrong side of the treatment)</translation>
    </message>
    <message>
        <source>By capture date (a visit per day)</source>
        <translation>By capture date (a visit per day)</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>Photos (%1);;All files (*)</source>
        <translation>Photos (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a folder of photos</source>
        <translation>Choose a folder of photos</translation>
    </message>
    <message>
        <source>looking at the head pose…</source>
        <translation>looking at the head pose…</translation>
    </message>
    <message>
        <source>no suggestion (no face found)</source>
        <translation>no suggestion (no face found)</translation>
    </message>
    <message>
        <source>%1, from the head pose</source>
        <translation>%1, from the head pose</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>reading…</translation>
    </message>
    <message>
        <source>left out: not imported</source>
        <translation>left out: not imported</translation>
    </message>
    <message>
        <source>Treatment of %1: </source>
        <translation>Treatment of %1: </translation>
    </message>
    <message>
        <source>a visit on the date you type</source>
        <translation>a visit on the date you type</translation>
    </message>
    <message>
        <source>new: %1 · %2</source>
        <translation>new: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Include</source>
        <translation>&amp;Include</translation>
    </message>
    <message>
        <source>New %1 visit on %2</source>
        <translation>New %1 visit on %2</translation>
    </message>
    <message>
        <source>Treatment of %1 (by capture date)</source>
        <translation>Treatment of %1 (by capture date)</translation>
    </message>
    <message>
        <source>Another patient&apos;s treatment…</source>
        <translation>Another patient&apos;s treatment…</translation>
    </message>
    <message>
        <source>&amp;Import: %1</source>
        <translation>&amp;Import: %1</translation>
    </message>
    <message>
        <source>Add photos with the buttons below, or drop files or folders here.</source>
        <translation>Add photos with the buttons below, or drop files or folders here.</translation>
    </message>
    <message>
        <source>Choose the patient, or create one.</source>
        <translation>Choose the patient, or create one.</translation>
    </message>
    <message>
        <source>Choose the treatment these photos belong to, or create it.</source>
        <translation>Choose the treatment these photos belong to, or create it.</translation>
    </message>
    <message>
        <source>Reading the files&apos; dates…</source>
        <translation>Reading the files&apos; dates…</translation>
    </message>
    <message>
        <source>Some photos are held back: select them and type their date, file them under another visit, leave them out, or accept the dates.</source>
        <translation>Some photos are held back: select them and type their date, file them under another visit, leave them out, or accept the dates.</translation>
    </message>
    <message>
        <source>Check each photo&apos;s view and visit before importing.</source>
        <translation>Check each photo&apos;s view and visit before importing.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the import results</source>
        <translation>Close the import results</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>Importing photos</source>
        <translation>Importing photos</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>%1 imported</source>
        <translation>%1 imported</translation>
    </message>
    <message>
        <source>%1 duplicate</source>
        <translation>%1 duplicate</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>%1 left out</source>
        <translation>%1 left out</translation>
    </message>
    <message>
        <source>%1 not imported (cancelled)</source>
        <translation>%1 not imported (cancelled)</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>%1 photo(s) into %2 visit(s) (%3 new)</source>
        <translation>%1 photo(s) into %2 visit(s) (%3 new)</translation>
    </message>
    <message>
        <source>%1 need(s) a date</source>
        <translation>%1 need(s) a date</translation>
    </message>
    <message>
        <source>%1 held back for their dates</source>
        <translation>%1 held back for their dates</translation>
    </message>
    <message>
        <source>%1 already in the library</source>
        <translation>%1 already in the library</translation>
    </message>
    <message>
        <source>%1 not a photo</source>
        <translation>%1 not a photo</translation>
    </message>
    <message>
        <source>no view could be suggested (no face found): filed as “other view”</source>
        <translation>no view could be suggested (no face found): filed as “other view”</translation>
    </message>
    <message>
        <source>taken on %1, before the treatment of %2, but filed as a follow-up: file it as a baseline or under the right treatment</source>
        <translation>taken on %1, before the treatment of %2, but filed as a follow-up: file it as a baseline or under the right treatment</translation>
    </message>
    <message>
        <source>taken on %1, after the treatment of %2, but filed as a baseline: file it as a follow-up or under the right treatment</source>
        <translation>taken on %1, after the treatment of %2, but filed as a baseline: file it as a follow-up or under the right treatment</translation>
    </message>
    <message>
        <source>taken on %1, %2 days from its visit of %3: choose the visit of that day</source>
        <translation>taken on %1, %2 days from its visit of %3: choose the visit of that day</translation>
    </message>
    <message>
        <source>no capture date in the file: type the date it was taken</source>
        <translation>no capture date in the file: type the date it was taken</translation>
    </message>
    <message>
        <source>no camera date; the file&apos;s date is %1: confirm it or type the date it was taken</source>
        <translation>no camera date; the file&apos;s date is %1: confirm it or type the date it was taken</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>ImportResultModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Against the baseline</source>
        <translation>Against the baseline</translation>
    </message>
    <message>
        <source>Imported, but %1</source>
        <translation>Imported, but %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Duplicate: %1</source>
        <translation>Duplicate: %1</translation>
    </message>
    <message>
        <source>Duplicate: already in the library</source>
        <translation>Duplicate: already in the library</translation>
    </message>
    <message>
        <source>Not imported: cancelled</source>
        <translation>Not imported: cancelled</translation>
    </message>
    <message>
        <source>Not imported: left out</source>
        <translation>Not imported: left out</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>warnings: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>photo %1</source>
        <translation>photo %1</translation>
    </message>
    <message>
        <source>an unknown patient</source>
        <translation>an unknown patient</translation>
    </message>
    <message>
        <source>%1, baseline visit of %2</source>
        <translation>%1, baseline visit of %2</translation>
    </message>
    <message>
        <source>%1, follow-up visit of %2</source>
        <translation>%1, follow-up visit of %2</translation>
    </message>
    <message>
        <source>%1, baseline visit of %2, %3</source>
        <translation>%1, baseline visit of %2, %3</translation>
    </message>
    <message>
        <source>%1, follow-up visit of %2, %3</source>
        <translation>%1, follow-up visit of %2, %3</translation>
    </message>
</context>
<context>
    <name>LibraryLocationDialog</name>
    <message>
        <source>Open library</source>
        <translation>Open library</translation>
    </message>
    <message>
        <source>A library folder, or the address of a library shared on a database server:</source>
        <translation>A library folder, or the address of a library shared on a database server:</translation>
    </message>
    <message>
        <source>Library folder or server address</source>
        <translation>Library folder or server address</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>A shared library: postgresql://USER@HOST:PORT/DATABASE?store=/path/to/shared/folder. The password is never written here: PhotoFollow takes it from PGPASSWORD or ~/.pgpass.</source>
        <translation>A shared library: postgresql://USER@HOST:PORT/DATABASE?store=/path/to/shared/folder. The password is never written here: PhotoFollow takes it from PGPASSWORD or ~/.pgpass.</translation>
    </message>
    <message>
        <source>Open a library folder</source>
        <translation>Open a library folder</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Shared library %1 on the server %2</source>
        <translation>Shared library %1 on the server %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>&amp;Open library…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>&amp;Unfiled photos…</source>
        <translation>&amp;Unfiled photos…</translation>
    </message>
    <message>
        <source>&amp;Import photos…</source>
        <translation>&amp;Import photos…</translation>
    </message>
    <message>
        <source>Import photos (Ctrl+I); you can also drop files on the window</source>
        <translation>Import photos (Ctrl+I); you can also drop files on the window</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;New patient…</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Edit patient…</translation>
    </message>
    <message>
        <source>New &amp;treatment…</source>
        <translation>New &amp;treatment…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Find patient</translation>
    </message>
    <message>
        <source>&amp;About PhotoFollow</source>
        <translation>&amp;About PhotoFollow</translation>
    </message>
    <message>
        <source>Search by name or chart number</source>
        <translation>Search by name or chart number</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Search patients</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>New patient…</translation>
    </message>
    <message>
        <source>Edit patient…</source>
        <translation>Edit patient…</translation>
    </message>
    <message>
        <source>New treatment…</source>
        <translation>New treatment…</translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation>Import photos…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose a patient on the left, or create one.

Drop photos or folders anywhere on this window to import them.</source>
        <translation>Choose a patient on the left, or create one.

Drop photos or folders anywhere on this window to import them.</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>Chart %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>1 treatment</source>
        <translation>1 treatment</translation>
    </message>
    <message numerus="yes">
        <source>%n treatments</source>
        <translation>
            <numerusform>%n treatment</numerusform>
            <numerusform>%n treatments</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Could not be checked</translation>
    </message>
    <message>
        <source>An import is running. Wait for it, or cancel it.</source>
        <translation>An import is running. Wait for it, or cancel it.</translation>
    </message>
    <message>
        <source>About PhotoFollow</source>
        <translation>About PhotoFollow</translation>
    </message>
    <message>
        <source>PhotoFollow %1 compares a patient&apos;s photos over time and checks that each follow-up was taken like its baseline.

Photos support follow-up; they never replace the examination.</source>
        <translation>PhotoFollow %1 compares a patient&apos;s photos over time and checks that each follow-up was taken like its baseline.

Photos support follow-up; they never replace the examination.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <source>The window now shows their version. Make your change again if it is still needed.</source>
        <translation>The window now shows their version. Make your change again if it is still needed.</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit?</source>
        <translation>An import is running. Cancel it and quit?</translation>
    </message>
    <message>
        <source>Stopping the import</source>
        <translation>Stopping the import</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Move treatment</source>
        <translation>Move treatment</translation>
    </message>
    <message>
        <source>The treatment of %1, with its visits and photos, moves from %2 to the patient you choose.</source>
        <translation>The treatment of %1, with its visits and photos, moves from %2 to the patient you choose.</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Move to:</translation>
    </message>
    <message>
        <source>Patient to move the treatment to</source>
        <translation>Patient to move the treatment to</translation>
    </message>
    <message>
        <source>Merge patients</source>
        <translation>Merge patients</translation>
    </message>
    <message>
        <source>The treatments, visits and photos of the patient you choose move to %1; that patient is then removed from the list (to the trash).</source>
        <translation>The treatments, visits and photos of the patient you choose move to %1; that patient is then removed from the list (to the trash).</translation>
    </message>
    <message>
        <source>&amp;Merge:</source>
        <translation>&amp;Merge:</translation>
    </message>
    <message>
        <source>Patient to merge</source>
        <translation>Patient to merge</translation>
    </message>
</context>
<context>
    <name>MovePhotoDialog</name>
    <message>
        <source>Move photo %1</source>
        <translation>Move photo %1</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>V&amp;isit:</source>
        <translation>V&amp;isit:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;View:</translation>
    </message>
    <message>
        <source>Treatment of %1 · %2 · %3</source>
        <translation>Treatment of %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>OtherPatientDialog</name>
    <message>
        <source>File under another patient</source>
        <translation>File under another patient</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>&amp;Treatment:</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
</context>
<context>
    <name>Pain</name>
    <message>
        <source>Pain: not recorded</source>
        <translation>Pain: not recorded</translation>
    </message>
    <message>
        <source>Pain %1/10</source>
        <translation>Pain %1/10</translation>
    </message>
</context>
<context>
    <name>PaneColumn</name>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Unlinked</translation>
    </message>
    <message>
        <source>Zoom and pan follow the other photos. Click to move this photo on its own.</source>
        <translation>Zoom and pan follow the other photos. Click to move this photo on its own.</translation>
    </message>
    <message>
        <source>This photo zooms and pans on its own. Click to link it to the others again.</source>
        <translation>This photo zooms and pans on its own. Click to link it to the others again.</translation>
    </message>
    <message>
        <source>Link zoom and pan of %1 with the other photos</source>
        <translation>Link zoom and pan of %1 with the other photos</translation>
    </message>
    <message>
        <source>Link zoom and pan with the other photos</source>
        <translation>Link zoom and pan with the other photos</translation>
    </message>
    <message>
        <source>Plus and minus zoom, 0 fits the photo, 1 shows it at 100 %, the arrow keys pan; in the slider, Shift with the left and right arrows moves the divider.</source>
        <translation>Plus and minus zoom, 0 fits the photo, 1 shows it at 100 %, the arrow keys pan; in the slider, Shift with the left and right arrows moves the divider.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Edit patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Chart number:</source>
        <translation>&amp;Chart number:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>As the clinic files the patient</source>
        <translation>As the clinic files the patient</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Patient name</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Chart number</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Notes about the patient</source>
        <translation>Notes about the patient</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>%1, chart number %2</source>
        <translation>%1, chart number %2</translation>
    </message>
</context>
<context>
    <name>PatientTimeline</name>
    <message>
        <source>Treatments and visits</source>
        <translation>Treatments and visits</translation>
    </message>
</context>
<context>
    <name>PhotoThumb</name>
    <message>
        <source>Enter opens the comparison. Shift+F10 or the Menu key files the photo under another view.</source>
        <translation>Enter opens the comparison. Shift+F10 or the Menu key files the photo under another view.</translation>
    </message>
    <message>
        <source>Change view</source>
        <translation>Change view</translation>
    </message>
    <message>
        <source>File this photo as:</source>
        <translation>File this photo as:</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>This clinic</source>
        <translation>This clinic</translation>
    </message>
    <message>
        <source>Photo policy thresholds</source>
        <translation>Photo policy thresholds</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Reset to defaults</translation>
    </message>
    <message>
        <source>Saved in %1. Double-click a value to change it.</source>
        <translation>Saved in %1. Double-click a value to change it.</translation>
    </message>
    <message>
        <source>Changed by the clinic</source>
        <translation>Changed by the clinic</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Consent: none recorded beyond the clinical record</source>
        <translation>Consent: none recorded beyond the clinical record</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Consent: %1</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Cancel the running operation</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>1 d</source>
        <translation>1 d</translation>
    </message>
    <message>
        <source>2 d</source>
        <translation>2 d</translation>
    </message>
    <message>
        <source>1 wk</source>
        <translation>1 wk</translation>
    </message>
    <message>
        <source>2 wk</source>
        <translation>2 wk</translation>
    </message>
    <message>
        <source>1 mo</source>
        <translation>1 mo</translation>
    </message>
    <message>
        <source>3 mo</source>
        <translation>3 mo</translation>
    </message>
    <message>
        <source>6 mo</source>
        <translation>6 mo</translation>
    </message>
    <message>
        <source>1 yr</source>
        <translation>1 yr</translation>
    </message>
    <message>
        <source>up: yellower, down: bluer</source>
        <translation>up: yellower, down: bluer</translation>
    </message>
    <message>
        <source>Time since treatment (log scale)</source>
        <translation>Time since treatment (log scale)</translation>
    </message>
    <message>
        <source>Pain score (right axis, 0–10)</source>
        <translation>Pain score (right axis, 0–10)</translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation>Symptom log</translation>
    </message>
    <message>
        <source>Usual course after this product</source>
        <translation>Usual course after this product</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <source>Filled: larger than its uncertainty</source>
        <translation>Filled: larger than its uncertainty</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>This library is on a database server, shared by several workstations, so it is restored from the command line: close PhotoFollow on every workstation, then run

photofollow backup --library %1 list
photofollow backup --library %1 restore NAME

The database as it was is kept as a backup first, and photos the backup does not know are kept as unfiled photos.</source>
        <translation>This library is on a database server, shared by several workstations, so it is restored from the command line: close PhotoFollow on every workstation, then run

photofollow backup --library %1 list
photofollow backup --library %1 restore NAME

The database as it was is kept as a backup first, and photos the backup does not know are kept as unfiled photos.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Pick the backup of the library at %1 to restore. The library&apos;s current database is kept in its backups folder, and photos the backup does not know are kept as unfiled photos.</source>
        <translation>Pick the backup of the library at %1 to restore. The library&apos;s current database is kept in its backups folder, and photos the backup does not know are kept as unfiled photos.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Newest photo</source>
        <translation>Newest photo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation>Can be restored</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>Damaged: %1</translation>
    </message>
    <message>
        <source>The library at %1 has no backups yet.</source>
        <translation>The library at %1 has no backups yet.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>%1 holds %2 patients and %3 photos, as on %4.</source>
        <translation>%1 holds %2 patients and %3 photos, as on %4.</translation>
    </message>
    <message>
        <source>%1 cannot be restored (%2). Choose another backup.</source>
        <translation>%1 cannot be restored (%2). Choose another backup.</translation>
    </message>
    <message>
        <source>Restore the library at %1 as it was on %2? PhotoFollow closes the library first; its current database is kept in the backups folder, and photos imported since become unfiled photos for you to file.</source>
        <translation>Restore the library at %1 as it was on %2? PhotoFollow closes the library first; its current database is kept in the backups folder, and photos imported since become unfiled photos for you to file.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Restored: %1 patients and %2 photos.</source>
        <translation>Restored: %1 patients and %2 photos.</translation>
    </message>
    <message>
        <source>%1 photos the backup did not know are kept as unfiled photos: file them with File &gt; Unfiled photos…</source>
        <translation>%1 photos the backup did not know are kept as unfiled photos: file them with File &gt; Unfiled photos…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Photo policy</source>
        <translation>Photo policy</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Library folder or server address:</source>
        <translation>&amp;Library folder or server address:</translation>
    </message>
    <message>
        <source>&amp;Clinic name:</source>
        <translation>&amp;Clinic name:</translation>
    </message>
    <message>
        <source>Clinic l&amp;ogo:</source>
        <translation>Clinic l&amp;ogo:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Choose the library folder</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Choose the logo image</translation>
    </message>
    <message>
        <source>The default library in your data folder</source>
        <translation>The default library in your data folder</translation>
    </message>
    <message>
        <source>Printed on comparison sheets</source>
        <translation>Printed on comparison sheets</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>As the system (%1)</translation>
    </message>
    <message>
        <source>A new library folder is opened the next time PhotoFollow starts. A library shared on a database server: postgresql://USER@HOST:PORT/DATABASE?store=/path/to/shared/folder, without the password (PhotoFollow takes it from PGPASSWORD or ~/.pgpass).</source>
        <translation>A new library folder is opened the next time PhotoFollow starts. A library shared on a database server: postgresql://USER@HOST:PORT/DATABASE?store=/path/to/shared/folder, without the password (PhotoFollow takes it from PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Library folder</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Clinic logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>This file is not an image.</source>
        <translation>This file is not an image.</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>Photo comparison</source>
        <translation>Photo comparison</translation>
    </message>
    <message>
        <source>Print comparison sheet</source>
        <translation>Print comparison sheet</translation>
    </message>
    <message>
        <source>Frontal</source>
        <translation>Frontal</translation>
    </message>
    <message>
        <source>45° left</source>
        <translation>45° left</translation>
    </message>
    <message>
        <source>45° right</source>
        <translation>45° right</translation>
    </message>
    <message>
        <source>90° left</source>
        <translation>90° left</translation>
    </message>
    <message>
        <source>90° right</source>
        <translation>90° right</translation>
    </message>
    <message>
        <source>Scalp, vertex</source>
        <translation>Scalp, vertex</translation>
    </message>
    <message>
        <source>Scalp, centre part</source>
        <translation>Scalp, centre part</translation>
    </message>
    <message>
        <source>Scalp, frontal hairline</source>
        <translation>Scalp, frontal hairline</translation>
    </message>
    <message>
        <source>Scalp, left temple</source>
        <translation>Scalp, left temple</translation>
    </message>
    <message>
        <source>Scalp, right temple</source>
        <translation>Scalp, right temple</translation>
    </message>
    <message>
        <source>Scalp, back of the head</source>
        <translation>Scalp, back of the head</translation>
    </message>
    <message>
        <source>Hands, back</source>
        <translation>Hands, back</translation>
    </message>
    <message>
        <source>Hands, palms</source>
        <translation>Hands, palms</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Close-up</translation>
    </message>
    <message>
        <source>Other view</source>
        <translation>Other view</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Face</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Scalp</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Neck</translation>
    </message>
    <message>
        <source>Décolletage</source>
        <translation>Décolletage</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hands</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Other area</source>
        <translation>Other area</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Brightness</translation>
    </message>
    <message>
        <source>Colour of light</source>
        <translation>Colour of light</translation>
    </message>
    <message>
        <source>Light direction</source>
        <translation>Light direction</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Sharpness</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Framing</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>Tilt</translation>
    </message>
    <message>
        <source>Head angle</source>
        <translation>Head angle</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Lens</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Editing or filter</source>
        <translation>Editing or filter</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>Capture time</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Make-up</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Warn</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Consistent with the baseline</source>
        <translation>Consistent with the baseline</translation>
    </message>
    <message>
        <source>Review: differs from the baseline</source>
        <translation>Review: differs from the baseline</translation>
    </message>
    <message>
        <source>Inconsistent with the baseline</source>
        <translation>Inconsistent with the baseline</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Worse</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>DE-IDENTIFIED</source>
        <translation>DE-IDENTIFIED</translation>
    </message>
    <message>
        <source>Pseudonym: </source>
        <translation>Pseudonym: </translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Patient %1</translation>
    </message>
    <message>
        <source>Patient: </source>
        <translation>Patient: </translation>
    </message>
    <message>
        <source>Chart no.: </source>
        <translation>Chart no.: </translation>
    </message>
    <message>
        <source>Born: </source>
        <translation>Born: </translation>
    </message>
    <message>
        <source>Treatment: </source>
        <translation>Treatment: </translation>
    </message>
    <message>
        <source>Area: </source>
        <translation>Area: </translation>
    </message>
    <message>
        <source>Product: </source>
        <translation>Product: </translation>
    </message>
    <message>
        <source>Physician: </source>
        <translation>Physician: </translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Photos support follow-up; they do not replace the examination. Symptoms such as trouble with vision or breathing, neurological symptoms or signs of a serious infection need urgent care and must not wait for photos.</source>
        <translation>Photos support follow-up; they do not replace the examination. Symptoms such as trouble with vision or breathing, neurological symptoms or signs of a serious infection need urgent care and must not wait for photos.</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>Made %1 by %2</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <source>de-identified sheet</source>
        <translation>de-identified sheet</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>pain not recorded</source>
        <translation>pain not recorded</translation>
    </message>
    <message>
        <source>Pain %1/10</source>
        <translation>Pain %1/10</translation>
    </message>
    <message>
        <source>aligned to the baseline</source>
        <translation>aligned to the baseline</translation>
    </message>
    <message>
        <source>Not checked against the baseline</source>
        <translation>Not checked against the baseline</translation>
    </message>
    <message>
        <source>Recovery after the treatment</source>
        <translation>Recovery after the treatment</translation>
    </message>
    <message>
        <source>Per measure, the largest change among the treated area&apos;s regions, each follow-up against the baseline, with its uncertainty; the shaded band is how long the sign usually lasts after this product (the clinic&apos;s policy). These numbers describe the photos; they do not diagnose.</source>
        <translation>Per measure, the largest change among the treated area&apos;s regions, each follow-up against the baseline, with its uncertainty; the shaded band is how long the sign usually lasts after this product (the clinic&apos;s policy). These numbers describe the photos; they do not diagnose.</translation>
    </message>
    <message>
        <source>Recovery after the treatment: %1 view</source>
        <translation>Recovery after the treatment: %1 view</translation>
    </message>
    <message>
        <source>Symptom log of the visits shown</source>
        <translation>Symptom log of the visits shown</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Associated symptoms</source>
        <translation>Associated symptoms</translation>
    </message>
    <message>
        <source>No symptoms were recorded at the visits shown.</source>
        <translation>No symptoms were recorded at the visits shown.</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>No photo of this view at this visit</source>
        <translation>No photo of this view at this visit</translation>
    </message>
    <message>
        <source>Physician&apos;s assessment</source>
        <translation>Physician&apos;s assessment</translation>
    </message>
    <message>
        <source>GAIS (physician): </source>
        <translation>GAIS (physician): </translation>
    </message>
    <message>
        <source>GAIS (patient): </source>
        <translation>GAIS (patient): </translation>
    </message>
    <message>
        <source>Goal: </source>
        <translation>Goal: </translation>
    </message>
    <message>
        <source>Tier: </source>
        <translation>Tier: </translation>
    </message>
    <message>
        <source>Examination: </source>
        <translation>Examination: </translation>
    </message>
    <message>
        <source>Findings: </source>
        <translation>Findings: </translation>
    </message>
    <message>
        <source>next session %1</source>
        <translation>next session %1</translation>
    </message>
    <message>
        <source>Plan: </source>
        <translation>Plan: </translation>
    </message>
    <message>
        <source>Assessed %1 by %2</source>
        <translation>Assessed %1 by %2</translation>
    </message>
    <message>
        <source>Assessed %1</source>
        <translation>Assessed %1</translation>
    </message>
    <message>
        <source>Not assessed by the physician</source>
        <translation>Not assessed by the physician</translation>
    </message>
    <message>
        <source>Visit notes: </source>
        <translation>Visit notes: </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>PhotoFollow was locked after a time without use. Sign in again, or as another user.</source>
        <translation>PhotoFollow was locked after a time without use. Sign in again, or as another user.</translation>
    </message>
    <message>
        <source>This library has named users. Who are you?</source>
        <translation>This library has named users. Who are you?</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>SymptomTable</name>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Severity (0-10)</source>
        <translation>Severity (0-10)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Associated symptoms</source>
        <translation>Associated symptoms</translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation>Symptom log</translation>
    </message>
    <message>
        <source>Started, entry %1</source>
        <translation>Started, entry %1</translation>
    </message>
    <message>
        <source>Area, entry %1</source>
        <translation>Area, entry %1</translation>
    </message>
    <message>
        <source>Severity from 0 to 10, entry %1</source>
        <translation>Severity from 0 to 10, entry %1</translation>
    </message>
    <message>
        <source>Trend, entry %1</source>
        <translation>Trend, entry %1</translation>
    </message>
    <message>
        <source>Associated symptoms, entry %1</source>
        <translation>Associated symptoms, entry %1</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
</context>
<context>
    <name>TrashWindow</name>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Deleted patients, treatments, visits and photos stay here, with everything that belonged to them, until the trash is emptied. Restore puts an entry back where it was.</source>
        <translation>Deleted patients, treatments, visits and photos stay here, with everything that belonged to them, until the trash is emptied. Restore puts an entry back where it was.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Empty trash…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Empty the trash? Its %1 entries, with their photos, are removed for good.</source>
        <translation>Empty the trash? Its %1 entries, with their photos, are removed for good.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Empty trash</translation>
    </message>
</context>
<context>
    <name>TreatmentDialog</name>
    <message>
        <source>Edit treatment</source>
        <translation>Edit treatment</translation>
    </message>
    <message>
        <source>New treatment</source>
        <translation>New treatment</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Ingredients:</source>
        <translation>&amp;Ingredients:</translation>
    </message>
    <message>
        <source>P&amp;hysician:</source>
        <translation>P&amp;hysician:</translation>
    </message>
    <message>
        <source>&amp;Session number:</source>
        <translation>&amp;Session number:</translation>
    </message>
    <message>
        <source>Skin quality</source>
        <translation>Skin quality</translation>
    </message>
    <message>
        <source>Hydration</source>
        <translation>Hydration</translation>
    </message>
    <message>
        <source>Scalp and hair support</source>
        <translation>Scalp and hair support</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not numbered</source>
        <translation>Not numbered</translation>
    </message>
</context>
<context>
    <name>TreatmentRecovery</name>
    <message numerus="yes">
        <source>Measuring %n follow-up(s)…</source>
        <translation>
            <numerusform>Measuring %n follow-up…</numerusform>
            <numerusform>Measuring %n follow-ups…</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery chart</source>
        <translation>Recovery chart</translation>
    </message>
    <message>
        <source>Redness, dark patches and swelling of each follow-up against the baseline, over the time since the treatment. The numbers describe the photos; they do not diagnose.</source>
        <translation>Redness, dark patches and swelling of each follow-up against the baseline, over the time since the treatment. The numbers describe the photos; they do not diagnose.</translation>
    </message>
    <message>
        <source>View of the recovery chart</source>
        <translation>View of the recovery chart</translation>
    </message>
</context>
<context>
    <name>TreatmentTimeline</name>
    <message>
        <source>No baseline</source>
        <translation>No baseline</translation>
    </message>
    <message>
        <source>Treatment of %1</source>
        <translation>Treatment of %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>session %1</translation>
    </message>
    <message>
        <source>Edit treatment…</source>
        <translation>Edit treatment…</translation>
    </message>
    <message>
        <source>GAIS course %1</source>
        <translation>GAIS course %1</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>New visit…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Compare the %1 photos</source>
        <translation>Compare the %1 photos</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>no photo</translation>
    </message>
    <message>
        <source>No visits yet. Add a visit, or drop photos on the window to import.</source>
        <translation>No visits yet. Add a visit, or drop photos on the window to import.</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation>Getting better</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>The same</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>Getting worse</translation>
    </message>
</context>
<context>
    <name>UnfiledDialog</name>
    <message>
        <source>Unfiled photos</source>
        <translation>Unfiled photos</translation>
    </message>
    <message>
        <source>These photos are in the library but belong to no visit (found after a restore). Pick photos and the visit they belong to, then file them; or import them again into their visit.</source>
        <translation>These photos are in the library but belong to no visit (found after a restore). Pick photos and the visit they belong to, then file them; or import them again into their visit.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visit:</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>File into this visit</source>
        <translation>File into this visit</translation>
    </message>
    <message>
        <source>Choose a patient in the main window first: their visits are offered here.</source>
        <translation>Choose a patient in the main window first: their visits are offered here.</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>ln ratio</source>
        <translation>ln ratio</translation>
    </message>
    <message>
        <source>° turn</source>
        <translation>° turn</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>days since treatment</source>
        <translation>days since treatment</translation>
    </message>
    <message>
        <source>% eye distance</source>
        <translation>% eye distance</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>nurse</source>
        <translation>nurse</translation>
    </message>
    <message>
        <source>physician</source>
        <translation>physician</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>see patients&apos; photos</source>
        <translation>see patients&apos; photos</translation>
    </message>
    <message>
        <source>import photos</source>
        <translation>import photos</translation>
    </message>
    <message>
        <source>change the record</source>
        <translation>change the record</translation>
    </message>
    <message>
        <source>export sheets</source>
        <translation>export sheets</translation>
    </message>
    <message>
        <source>print sheets</source>
        <translation>print sheets</translation>
    </message>
    <message>
        <source>erase patients or empty the trash</source>
        <translation>erase patients or empty the trash</translation>
    </message>
    <message>
        <source>record an assessment</source>
        <translation>record an assessment</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>read the audit trail</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>change the library&apos;s settings</source>
        <translation>change the library&apos;s settings</translation>
    </message>
</context>
<context>
    <name>UsersSettings</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation>&amp;Shown as:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes, 0 never):</source>
        <translation>&amp;Lock after (minutes, 0 never):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Shown as</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>A&amp;dd user</source>
        <translation>A&amp;dd user</translation>
    </message>
    <message>
        <source>Disa&amp;ble or enable</source>
        <translation>Disa&amp;ble or enable</translation>
    </message>
    <message>
        <source>Signing in needs a pass&amp;word</source>
        <translation>Signing in needs a pass&amp;word</translation>
    </message>
    <message>
        <source>A single-user practice may turn this off: the user still picks their name.</source>
        <translation>A single-user practice may turn this off: the user still picks their name.</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(disabled)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Consistent</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation>Inconsistent</translation>
    </message>
    <message>
        <source>This photo has not been checked against its baseline yet.</source>
        <translation>This photo has not been checked against its baseline yet.</translation>
    </message>
    <message>
        <source>Taken like its baseline: the comparison is fair.</source>
        <translation>Taken like its baseline: the comparison is fair.</translation>
    </message>
    <message>
        <source>Some differences from the baseline: look at the warnings before comparing.</source>
        <translation>Some differences from the baseline: look at the warnings before comparing.</translation>
    </message>
    <message>
        <source>Not taken like its baseline: differences in the photos can mislead. Consider a retake.</source>
        <translation>Not taken like its baseline: differences in the photos can mislead. Consider a retake.</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Frontal</source>
        <translation>Frontal</translation>
    </message>
    <message>
        <source>Oblique 45° left</source>
        <translation>Oblique 45° left</translation>
    </message>
    <message>
        <source>Oblique 45° right</source>
        <translation>Oblique 45° right</translation>
    </message>
    <message>
        <source>Lateral 90° left</source>
        <translation>Lateral 90° left</translation>
    </message>
    <message>
        <source>Lateral 90° right</source>
        <translation>Lateral 90° right</translation>
    </message>
    <message>
        <source>Scalp vertex</source>
        <translation>Scalp vertex</translation>
    </message>
    <message>
        <source>Scalp centre part</source>
        <translation>Scalp centre part</translation>
    </message>
    <message>
        <source>Frontal hairline</source>
        <translation>Frontal hairline</translation>
    </message>
    <message>
        <source>Left temple</source>
        <translation>Left temple</translation>
    </message>
    <message>
        <source>Right temple</source>
        <translation>Right temple</translation>
    </message>
    <message>
        <source>Back of the head</source>
        <translation>Back of the head</translation>
    </message>
    <message>
        <source>Back of the hands</source>
        <translation>Back of the hands</translation>
    </message>
    <message>
        <source>Palms</source>
        <translation>Palms</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Close-up</translation>
    </message>
    <message>
        <source>Other view</source>
        <translation>Other view</translation>
    </message>
</context>
<context>
    <name>VisitDateDialog</name>
    <message>
        <source>Change visit</source>
        <translation>Change visit</translation>
    </message>
    <message>
        <source>Change treatment date</source>
        <translation>Change treatment date</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Kind of visit</translation>
    </message>
    <message>
        <source>Labels such as Week 2, and the checks, follow the new date.</source>
        <translation>Labels such as Week 2, and the checks, follow the new date.</translation>
    </message>
    <message>
        <source>Every visit&apos;s time since treatment, and the checks, follow the new date.</source>
        <translation>Every visit&apos;s time since treatment, and the checks, follow the new date.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Edit visit</source>
        <translation>Edit visit</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>&amp;Pain score:</source>
        <translation>&amp;Pain score:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Kind of visit</translation>
    </message>
    <message>
        <source>Date and time of the visit</source>
        <translation>Date and time of the visit</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Pain score, 0 to 10</source>
        <translation>Pain score, 0 to 10</translation>
    </message>
    <message>
        <source>0 is no pain, 10 the worst pain imaginable, as the patient rates it.</source>
        <translation>0 is no pain, 10 the worst pain imaginable, as the patient rates it.</translation>
    </message>
    <message>
        <source>Notes about the visit</source>
        <translation>Notes about the visit</translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation>Symptom log</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>&amp;Add entry</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>&amp;Remove entry</translation>
    </message>
</context>
<context>
    <name>VisitHeader</name>
    <message numerus="yes">
        <source>%n symptom entries</source>
        <translation>
            <numerusform>%n symptom entry</numerusform>
            <numerusform>%n symptom entries</numerusform>
        </translation>
    </message>
    <message>
        <source>1 symptom entry</source>
        <translation>1 symptom entry</translation>
    </message>
    <message>
        <source>Edit visit…</source>
        <translation>Edit visit…</translation>
    </message>
    <message>
        <source>Edit visit %1</source>
        <translation>Edit visit %1</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Assess…</translation>
    </message>
    <message>
        <source>Assess follow-up %1</source>
        <translation>Assess follow-up %1</translation>
    </message>
    <message>
        <source>Drop photos here to import them into this visit.</source>
        <translation>Drop photos here to import them into this visit.</translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
</TS>
