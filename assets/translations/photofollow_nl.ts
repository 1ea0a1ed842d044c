<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>Area</name>
    <message>
        <source>Face</source>
        <translation>Gezicht</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Hoofdhuid</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Décolletage</source>
        <translation>Decolleté</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Handen</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Lichaam</translation>
    </message>
    <message>
        <source>Other area</source>
        <translation>Ander gebied</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>exceptional improvement</source>
        <translation>uitzonderlijke verbetering</translation>
    </message>
    <message>
        <source>very improved</source>
        <translation>sterk verbeterd</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>verbeterd</translation>
    </message>
    <message>
        <source>unaltered</source>
        <translation>onveranderd</translation>
    </message>
    <message>
        <source>worsened</source>
        <translation>verslechterd</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>doel bereikt</translation>
    </message>
    <message>
        <source>goal partly reached</source>
        <translation>doel deels bereikt</translation>
    </message>
    <message>
        <source>goal not yet reached</source>
        <translation>doel nog niet bereikt</translation>
    </message>
    <message>
        <source>goal not reached</source>
        <translation>doel niet bereikt</translation>
    </message>
    <message>
        <source>observe at home</source>
        <translation>thuis observeren</translation>
    </message>
    <message>
        <source>call the clinic</source>
        <translation>bel de kliniek</translation>
    </message>
    <message>
        <source>urgent care</source>
        <translation>spoedeisende zorg</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>licht</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>duidelijk</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>zwelling</translation>
    </message>
    <message>
        <source>redness</source>
        <translation>roodheid</translation>
    </message>
    <message>
        <source>bruising</source>
        <translation>blauwe plekken</translation>
    </message>
    <message>
        <source>nodules</source>
        <translation>knobbeltjes</translation>
    </message>
    <message>
        <source>signs of infection</source>
        <translation>tekenen van infectie</translation>
    </message>
    <message>
        <source>asymmetry</source>
        <translation>asymmetrie</translation>
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
        <translation>Niet beoordeeld</translation>
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
        <translation>Vervolgbezoek beoordelen</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>Physician&apos;s assessment</source>
        <translation>Beoordeling door de arts</translation>
    </message>
    <message>
        <source>Physician&apos;s GAIS (keys 1-5)</source>
        <translation>GAIS van de arts (toetsen 1-5)</translation>
    </message>
    <message>
        <source>Physician&apos;s GAIS %1: %2</source>
        <translation>GAIS van de arts %1: %2</translation>
    </message>
    <message>
        <source>&amp;Patient&apos;s GAIS</source>
        <translation>GAIS van de &amp;patiënt</translation>
    </message>
    <message>
        <source>Goal &amp;reached</source>
        <translation>Doel be&amp;reikt</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Urgentie</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>niet gevraagd</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>niet bepaald</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <source>not examined</source>
        <translation>niet onderzocht</translation>
    </message>
    <message>
        <source>&amp;Findings of the examination</source>
        <translation>&amp;Bevindingen van het onderzoek</translation>
    </message>
    <message>
        <source>What only touch and examination show: temperature, pain, circulation, sensation</source>
        <translation>Wat alleen aanraken en onderzoek laten zien: temperatuur, pijn, doorbloeding, gevoel</translation>
    </message>
    <message>
        <source>&amp;Next session</source>
        <translation>&amp;Volgende sessie</translation>
    </message>
    <message>
        <source>&amp;Advice and plan</source>
        <translation>&amp;Advies en plan</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>Beoordeling op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the assessment (%1)</source>
        <translation>De beoordeling opslaan (%1)</translation>
    </message>
    <message>
        <source>Photos support follow-up; they never replace the examination. Touch, temperature, pain, circulation and neurology cannot be judged from a photo.</source>
        <translation>Foto&apos;s ondersteunen het vervolg; ze vervangen nooit het onderzoek. Aanraking, temperatuur, pijn, doorbloeding en neurologie zijn niet op een foto te beoordelen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treatment goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Behandeldoel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treatment goal:&lt;/b&gt; not recorded; add it with Edit treatment.</source>
        <translation>&lt;b&gt;Behandeldoel:&lt;/b&gt; niet vastgelegd; voeg het toe met Behandeling bewerken.</translation>
    </message>
    <message>
        <source>Choose a follow-up to assess.</source>
        <translation>Kies een vervolgbezoek om te beoordelen.</translation>
    </message>
    <message>
        <source>A baseline is not assessed; choose a follow-up to assess its result.</source>
        <translation>Een nulmeting wordt niet beoordeeld; kies een vervolgbezoek om het resultaat te beoordelen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assessment of %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Beoordeling van %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Only a physician records an assessment; shown here to read.</source>
        <translation>Alleen een arts legt een beoordeling vast; hier alleen om te lezen.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Nog niet beoordeeld.</translation>
    </message>
    <message>
        <source>Assessed %1 by %2</source>
        <translation>Beoordeeld %1 door %2</translation>
    </message>
    <message>
        <source>Assessed %1</source>
        <translation>Beoordeeld %1</translation>
    </message>
    <message>
        <source>Choose the physician&apos;s GAIS (1-5) first.</source>
        <translation>Kies eerst de GAIS van de arts (1-5).</translation>
    </message>
    <message>
        <source>An assessment is not saved. Save it before closing the comparison?</source>
        <translation>Een beoordeling is nog niet opgeslagen. Wilt u die opslaan voordat de vergelijking sluit?</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Only the &amp;patient shown</source>
        <translation>Alleen de getoonde &amp;patiënt</translation>
    </message>
    <message>
        <source>Every user</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Alle handelingen</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objecten</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Save access &amp;log (CSV)…</source>
        <translation>Toegangs&amp;logboek opslaan (CSV)…</translation>
    </message>
    <message>
        <source>The shown patient&apos;s access log, for a subject-access request</source>
        <translation>Het toegangslogboek van de getoonde patiënt, voor een inzageverzoek</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Save access log</source>
        <translation>Toegangslogboek opslaan</translation>
    </message>
    <message>
        <source>Access log saved to %1</source>
        <translation>Toegangslogboek opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Not comparable with the baseline</source>
        <translation>Niet vergelijkbaar met de nulmeting</translation>
    </message>
    <message>
        <source>Failed: %1. Differences in these photos can mislead; consider a retake.</source>
        <translation>Voldoet niet: %1. Verschillen tussen deze foto&apos;s kunnen misleiden; overweeg opnieuw te fotograferen.</translation>
    </message>
    <message>
        <source>Review before comparing</source>
        <translation>Nakijken vóór het vergelijken</translation>
    </message>
    <message>
        <source>Warnings: %1.</source>
        <translation>Waarschuwingen: %1.</translation>
    </message>
</context>
<context>
    <name>CaptureDateDialog</name>
    <message>
        <source>Date taken</source>
        <translation>Opnamedatum</translation>
    </message>
    <message>
        <source>&amp;Taken on:</source>
        <translation>&amp;Genomen op:</translation>
    </message>
    <message>
        <source>Date and time the photos were taken</source>
        <translation>Datum en tijd waarop de foto&apos;s zijn genomen</translation>
    </message>
    <message>
        <source>The camera recorded no date. Type when these photos were taken, or confirm the file&apos;s date.</source>
        <translation>De camera heeft geen datum vastgelegd. Typ wanneer deze foto&apos;s zijn genomen, of bevestig de datum van het bestand.</translation>
    </message>
</context>
<context>
    <name>CaptureTime</name>
    <message>
        <source>date unknown</source>
        <translation>datum onbekend</translation>
    </message>
    <message>
        <source>from camera</source>
        <translation>van de camera</translation>
    </message>
    <message>
        <source>from file date: check</source>
        <translation>uit de bestandsdatum: controleren</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>Redness</source>
        <translation>Roodheid</translation>
    </message>
    <message>
        <source>Dark patches</source>
        <translation>Donkere plekken</translation>
    </message>
    <message>
        <source>Colour of dark patches</source>
        <translation>Kleur van donkere plekken</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Zwelling</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Voorhoofd</translation>
    </message>
    <message>
        <source>Left cheek</source>
        <translation>Linkerwang</translation>
    </message>
    <message>
        <source>Right cheek</source>
        <translation>Rechterwang</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Kin</translation>
    </message>
    <message>
        <source>Around the mouth</source>
        <translation>Rond de mond</translation>
    </message>
    <message>
        <source>Around the left eye</source>
        <translation>Rond het linkeroog</translation>
    </message>
    <message>
        <source>Around the right eye</source>
        <translation>Rond het rechteroog</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Photo overlap</source>
        <translation>Overlap van de foto&apos;s</translation>
    </message>
    <message>
        <source>erythema index (100 log10 red/green)</source>
        <translation>erytheemindex (100 log10 rood/groen)</translation>
    </message>
    <message>
        <source>% darker than the baseline&apos;s skin in the region</source>
        <translation>% donkerder dan de huid op de nulmeting in het gebied</translation>
    </message>
    <message>
        <source>% of the eye distance</source>
        <translation>% van de oogafstand</translation>
    </message>
    <message>
        <source>yellowness index (100 log10 of the geometric mean of red and green over blue)</source>
        <translation>geelindex (100 log10 van het meetkundig gemiddelde van rood en groen gedeeld door blauw)</translation>
    </message>
    <message>
        <source>Not measured: the brightness differs too much (%1)</source>
        <translation>Niet gemeten: de helderheid verschilt te veel (%1)</translation>
    </message>
    <message>
        <source>Not measured: the colour of the light differs too much (%1)</source>
        <translation>Niet gemeten: de kleur van het licht verschilt te veel (%1)</translation>
    </message>
    <message>
        <source>Not measured: the light falls from another direction (%1)</source>
        <translation>Niet gemeten: het licht valt uit een andere richting (%1)</translation>
    </message>
    <message>
        <source>Not measured: the flash differs (%1)</source>
        <translation>Niet gemeten: de flitser verschilt (%1)</translation>
    </message>
    <message>
        <source>Not measured: the make-up differs (%1)</source>
        <translation>Niet gemeten: de make-up verschilt (%1)</translation>
    </message>
    <message>
        <source>Not measured: a check the change measures need failed (%1)</source>
        <translation>Niet gemeten: een controle die de metingen nodig hebben is afgekeurd (%1)</translation>
    </message>
    <message>
        <source>Not measured: the face&apos;s regions need a face in both photos, and one was not found.</source>
        <translation>Niet gemeten: voor de gebieden van het gezicht is op beide foto&apos;s een gezicht nodig, en er werd er een niet gevonden.</translation>
    </message>
    <message>
        <source>Not measured: too little skin or background outside the treated area to match the colour of the photos.</source>
        <translation>Niet gemeten: te weinig huid of achtergrond buiten het behandelde gebied om de kleur van de foto&apos;s gelijk te maken.</translation>
    </message>
    <message>
        <source>Not measured: the photos could not be registered onto each other.</source>
        <translation>Niet gemeten: de foto&apos;s konden niet op elkaar worden uitgelijnd.</translation>
    </message>
    <message>
        <source>These numbers describe the two photos; they do not diagnose.</source>
        <translation>Deze getallen beschrijven de twee foto&apos;s; ze stellen geen diagnose.</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>measure</source>
        <translation>meting</translation>
    </message>
    <message>
        <source>region</source>
        <translation>gebied</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>nulmeting</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>vervolgfoto</translation>
    </message>
    <message>
        <source>change</source>
        <translation>verandering</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <source>±: the uncertainty of the change (about 95 %); a larger change shows in the photos.</source>
        <translation>±: de onzekerheid van de verandering (ongeveer 95 %); een grotere verandering is in de foto&apos;s te zien.</translation>
    </message>
</context>
<context>
    <name>ChangeLegend</name>
    <message>
        <source>−%1 EI: less red</source>
        <translation>−%1 EI: minder rood</translation>
    </message>
    <message>
        <source>+%1 EI: redder</source>
        <translation>+%1 EI: roder</translation>
    </message>
</context>
<context>
    <name>ChangePanel</name>
    <message>
        <source>Show the change in redness on the follow-up</source>
        <translation>Verandering in roodheid op de vervolgfoto tonen</translation>
    </message>
    <message>
        <source>Red: redder than at baseline; blue: less red. The stronger the colour, the larger the change.</source>
        <translation>Rood: roder dan bij de nulmeting; blauw: minder rood. Hoe sterker de kleur, hoe groter de verandering.</translation>
    </message>
    <message>
        <source>EI: erythema index, 100 × log10 of red over green light, after matching the follow-up&apos;s colour to the baseline&apos;s. Dark patches: % darker than the baseline&apos;s skin in the region. YI: their colour, 100 × log10 of red and green over blue light (above zero yellower, below zero bluer than the region at baseline). Swelling: the face&apos;s outline from the midline, in % of the eye distance. ±: the uncertainty (about 95 %).</source>
        <translation>EI: erytheemindex, 100 × log10 van rood gedeeld door groen licht, nadat de kleur van de vervolgfoto gelijk is gemaakt aan die van de nulmeting. Donkere plekken: % donkerder dan de huid op de nulmeting in het gebied. YI: hun kleur, 100 × log10 van rood en groen gedeeld door blauw licht (boven nul geler, onder nul blauwer dan het gebied op de nulmeting). Zwelling: de omtrek van het gezicht vanaf de middellijn, in % van de oogafstand. ±: de onzekerheid (ongeveer 95 %).</translation>
    </message>
    <message>
        <source>These numbers describe the two photos; they do not diagnose.</source>
        <translation>Deze getallen beschrijven de twee foto&apos;s; ze stellen geen diagnose.</translation>
    </message>
    <message>
        <source>Measuring the change…</source>
        <translation>De verandering wordt gemeten…</translation>
    </message>
    <message>
        <source>The change could not be measured: %1</source>
        <translation>De verandering kon niet worden gemeten: %1</translation>
    </message>
    <message>
        <source>The change is measured when a follow-up is compared with its baseline.</source>
        <translation>De verandering wordt gemeten wanneer een vervolgfoto met de nulmeting wordt vergeleken.</translation>
    </message>
    <message>
        <source>Not measured in this region</source>
        <translation>Niet gemeten in dit gebied</translation>
    </message>
    <message>
        <source>Baseline %1, follow-up %2</source>
        <translation>Nulmeting %1, vervolgfoto %2</translation>
    </message>
    <message>
        <source>Redder than 9 in 10 of the region&apos;s points at baseline: %1 % of the region at baseline, %2 % in the follow-up</source>
        <translation>Roder dan 9 op de 10 punten van het gebied bij de nulmeting: %1 % van het gebied bij de nulmeting, %2 % op de vervolgfoto</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Brightness</source>
        <translation>Helderheid</translation>
    </message>
    <message>
        <source>Colour of the light</source>
        <translation>Kleur van het licht</translation>
    </message>
    <message>
        <source>Direction of the light</source>
        <translation>Richting van het licht</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flitser</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Scherpte</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Kadrering</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>Kanteling</translation>
    </message>
    <message>
        <source>Head angle</source>
        <translation>Hoofdhouding</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Aanzicht</translation>
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
        <translation>Filters en bewerking</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolutie</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Opnamedatum</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Uitdrukking</translation>
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
        <translation>Nulmeting:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Vervolgfoto:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Oordeel:</translation>
    </message>
    <message>
        <source>check</source>
        <translation>controle</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemeten</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>grens</translation>
    </message>
    <message>
        <source>message</source>
        <translation>toelichting</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>frontal</source>
        <translation>vooraanzicht</translation>
    </message>
    <message>
        <source>45° left oblique</source>
        <translation>schuin 45° links</translation>
    </message>
    <message>
        <source>45° right oblique</source>
        <translation>schuin 45° rechts</translation>
    </message>
    <message>
        <source>left profile</source>
        <translation>profiel links</translation>
    </message>
    <message>
        <source>right profile</source>
        <translation>profiel rechts</translation>
    </message>
    <message>
        <source>scalp vertex</source>
        <translation>kruin</translation>
    </message>
    <message>
        <source>scalp centre part</source>
        <translation>middenscheiding</translation>
    </message>
    <message>
        <source>frontal hairline</source>
        <translation>voorste haarlijn</translation>
    </message>
    <message>
        <source>left temple</source>
        <translation>linkerslaap</translation>
    </message>
    <message>
        <source>right temple</source>
        <translation>rechterslaap</translation>
    </message>
    <message>
        <source>back of the head</source>
        <translation>achterhoofd</translation>
    </message>
    <message>
        <source>back of the hands</source>
        <translation>handruggen</translation>
    </message>
    <message>
        <source>palms</source>
        <translation>handpalmen</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>close-up</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ander aanzicht</translation>
    </message>
    <message>
        <source>Brightness of the face matches the baseline (%1 EV difference).</source>
        <translation>De helderheid van het gezicht komt overeen met de nulmeting (%1 EV verschil).</translation>
    </message>
    <message>
        <source>Brightness of the centre of the photo matches the baseline (%1 EV difference).</source>
        <translation>De helderheid van het midden van de foto komt overeen met de nulmeting (%1 EV verschil).</translation>
    </message>
    <message>
        <source>Brightness of the part of the scene both photos show matches the baseline (%1 EV difference).</source>
        <translation>De helderheid van het deel dat op beide foto&apos;s staat komt overeen met de nulmeting (%1 EV verschil).</translation>
    </message>
    <message>
        <source>The follow-up is %1 EV darker than the baseline: use the same lights and camera settings.</source>
        <translation>De vervolgfoto is %1 EV donkerder dan de nulmeting: gebruik dezelfde lampen en camera-instellingen.</translation>
    </message>
    <message>
        <source>The follow-up is %1 EV brighter than the baseline: use the same lights and camera settings.</source>
        <translation>De vervolgfoto is %1 EV lichter dan de nulmeting: gebruik dezelfde lampen en camera-instellingen.</translation>
    </message>
    <message>
        <source>The colour of the light matches the baseline (%1 mired difference).</source>
        <translation>De kleur van het licht komt overeen met de nulmeting (%1 mired verschil).</translation>
    </message>
    <message>
        <source>The follow-up&apos;s light is warmer (more yellow) than the baseline&apos;s (about %1 K against %2 K, %3 mired apart): use the same lights and white balance.</source>
        <translation>Het licht van de vervolgfoto is warmer (geler) dan dat van de nulmeting (ongeveer %1 K tegenover %2 K, %3 mired verschil): gebruik dezelfde lampen en witbalans.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s light is cooler (more blue) than the baseline&apos;s (about %1 K against %2 K, %3 mired apart): use the same lights and white balance.</source>
        <translation>Het licht van de vervolgfoto is koeler (blauwer) dan dat van de nulmeting (ongeveer %1 K tegenover %2 K, %3 mired verschil): gebruik dezelfde lampen en witbalans.</translation>
    </message>
    <message>
        <source>The light falls on the subject from the same side as in the baseline.</source>
        <translation>Het licht valt van dezelfde kant op het onderwerp als bij de nulmeting.</translation>
    </message>
    <message>
        <source>more from the left of the picture</source>
        <translation>meer van links in het beeld</translation>
    </message>
    <message>
        <source>more from the right of the picture</source>
        <translation>meer van rechts in het beeld</translation>
    </message>
    <message>
        <source>more from above</source>
        <translation>meer van boven</translation>
    </message>
    <message>
        <source>more from below</source>
        <translation>meer van onder</translation>
    </message>
    <message>
        <source>In the follow-up the light comes %1 than in the baseline (balance changed by %2; the head is also turned differently, which changes the shading by itself): place the lights as for the baseline.</source>
        <translation>Op de vervolgfoto komt het licht %1 dan bij de nulmeting (balans %2 veranderd; het hoofd is ook anders gedraaid, wat de schaduwen op zich al verandert): zet de lampen zoals bij de nulmeting.</translation>
    </message>
    <message>
        <source>In the follow-up the light comes %1 than in the baseline (balance changed by %2): place the lights as for the baseline.</source>
        <translation>Op de vervolgfoto komt het licht %1 dan bij de nulmeting (balans %2 veranderd): zet de lampen zoals bij de nulmeting.</translation>
    </message>
    <message>
        <source>Whether the flash fired is recorded in neither photo.</source>
        <translation>Bij geen van beide foto&apos;s is vastgelegd of de flitser is afgegaan.</translation>
    </message>
    <message>
        <source>Whether the flash fired is not recorded in the baseline.</source>
        <translation>Bij de nulmeting is niet vastgelegd of de flitser is afgegaan.</translation>
    </message>
    <message>
        <source>Whether the flash fired is not recorded in the follow-up.</source>
        <translation>Bij de vervolgfoto is niet vastgelegd of de flitser is afgegaan.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>baseline %1, follow-up %2</source>
        <translation>nulmeting %1, vervolgfoto %2</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gelijk</translation>
    </message>
    <message>
        <source>Flash used in both photos.</source>
        <translation>Flitser gebruikt op beide foto&apos;s.</translation>
    </message>
    <message>
        <source>Flash used in neither photo.</source>
        <translation>Op geen van beide foto&apos;s een flitser gebruikt.</translation>
    </message>
    <message>
        <source>The flash fired in the follow-up but not in the baseline: take it again without flash.</source>
        <translation>De flitser is afgegaan bij de vervolgfoto maar niet bij de nulmeting: maak de foto opnieuw zonder flitser.</translation>
    </message>
    <message>
        <source>The flash fired in the baseline but not in the follow-up: take it again with the flash.</source>
        <translation>De flitser is afgegaan bij de nulmeting maar niet bij de vervolgfoto: maak de foto opnieuw met flitser.</translation>
    </message>
    <message>
        <source>The baseline has no detail to measure focus on (a blank area).</source>
        <translation>De nulmeting heeft geen detail om de scherpte aan te meten (een egaal vlak).</translation>
    </message>
    <message>
        <source>The follow-up is as sharp as the baseline.</source>
        <translation>De vervolgfoto is even scherp als de nulmeting.</translation>
    </message>
    <message>
        <source>The follow-up is less sharp than the baseline (focus measure %1% of the baseline&apos;s): hold the camera still and focus on the skin.</source>
        <translation>De vervolgfoto is minder scherp dan de nulmeting (scherptemaat %1% van die van de nulmeting): houd de camera stil en stel scherp op de huid.</translation>
    </message>
    <message>
        <source>The photos could not be matched to each other, so the distance cannot be compared.</source>
        <translation>De foto&apos;s konden niet op elkaar worden gelegd, dus de afstand kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>The subject has the same size in the frame as in the baseline (%1 % difference).</source>
        <translation>Het onderwerp is even groot in beeld als bij de nulmeting (%1 % verschil).</translation>
    </message>
    <message>
        <source>The subject is %1 % larger in the follow-up: the camera was closer or zoomed in; stand at the baseline&apos;s distance.</source>
        <translation>Het onderwerp is %1 % groter op de vervolgfoto: de camera was dichterbij of ingezoomd; fotografeer van dezelfde afstand als bij de nulmeting.</translation>
    </message>
    <message>
        <source>The subject is %1 % smaller in the follow-up: the camera was farther away or zoomed out; stand at the baseline&apos;s distance.</source>
        <translation>Het onderwerp is %1 % kleiner op de vervolgfoto: de camera was verder weg of uitgezoomd; fotografeer van dezelfde afstand als bij de nulmeting.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the framing within %3 % of the frame: compare the photos by eye.</source>
        <translation>Het gezicht is %1 px breed; er zijn %2 px nodig om de kadrering binnen %3 % van het beeld te beoordelen: vergelijk de foto&apos;s met het oog.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the framing within %1 % of the frame: compare the photos by eye.</source>
        <translation>De herkenningspunten van het gezicht zijn op deze foto&apos;s niet stabiel genoeg (ongelijk licht, schaduw of onscherpte) om de kadrering binnen %1 % van het beeld te beoordelen: vergelijk de foto&apos;s met het oog.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks and its skin features disagree about where the face is, as when light or shadow misleads one of them, so the framing cannot be judged within %1 % of the frame: compare the photos by eye.</source>
        <translation>De herkenningspunten van het gezicht en de kenmerken van de huid zijn het oneens over waar het gezicht staat, zoals wanneer licht of schaduw een van beide misleidt, dus de kadrering kan niet binnen %1 % van het beeld worden beoordeeld: vergelijk de foto&apos;s met het oog.</translation>
    </message>
    <message>
        <source>The photos could not be matched to each other, so the framing cannot be compared.</source>
        <translation>De foto&apos;s konden niet op elkaar worden gelegd, dus de kadrering kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>The subject sits in the same place of the frame as in the baseline.</source>
        <translation>Het onderwerp staat op dezelfde plek in beeld als bij de nulmeting.</translation>
    </message>
    <message>
        <source>%1 % of the frame further right</source>
        <translation>%1 % van het beeld verder naar rechts</translation>
    </message>
    <message>
        <source>%1 % of the frame further left</source>
        <translation>%1 % van het beeld verder naar links</translation>
    </message>
    <message>
        <source>%1 % lower</source>
        <translation>%1 % lager</translation>
    </message>
    <message>
        <source>%1 % higher</source>
        <translation>%1 % hoger</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>The subject sits %1 in the follow-up: centre it as in the baseline.</source>
        <translation>Het onderwerp staat op de vervolgfoto %1: plaats het in beeld zoals bij de nulmeting.</translation>
    </message>
    <message>
        <source>The follow-up is tilted %1° %2 compared with the baseline: keep the head or the camera level.</source>
        <translation>De vervolgfoto is %1° %2 gekanteld ten opzichte van de nulmeting: houd het hoofd of de camera recht.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the tilt within %3°: compare the photos by eye.</source>
        <translation>Het gezicht is %1 px breed; er zijn %2 px nodig om de kanteling binnen %3° te beoordelen: vergelijk de foto&apos;s met het oog.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the tilt within %1°: compare the photos by eye.</source>
        <translation>De herkenningspunten van het gezicht zijn op deze foto&apos;s niet stabiel genoeg (ongelijk licht, schaduw of onscherpte) om de kanteling binnen %1° te beoordelen: vergelijk de foto&apos;s met het oog.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks and its skin features disagree about the tilt, as when light or shadow misleads one of them, so the tilt cannot be judged within %1°: compare the photos by eye.</source>
        <translation>De herkenningspunten van het gezicht en de kenmerken van de huid zijn het oneens over de kanteling, zoals wanneer licht of schaduw een van beide misleidt, dus de kanteling kan niet binnen %1° worden beoordeeld: vergelijk de foto&apos;s met het oog.</translation>
    </message>
    <message>
        <source>The follow-up is tilted %1° %2 compared with the baseline: keep the camera level.</source>
        <translation>De vervolgfoto is %1° %2 gekanteld ten opzichte van de nulmeting: houd de camera recht.</translation>
    </message>
    <message>
        <source>The photos could not be matched to each other, so the tilt cannot be compared.</source>
        <translation>De foto&apos;s konden niet op elkaar worden gelegd, dus de kanteling kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>The follow-up is level with the baseline (%1° difference).</source>
        <translation>De vervolgfoto staat even recht als de nulmeting (%1° verschil).</translation>
    </message>
    <message>
        <source>clockwise</source>
        <translation>met de klok mee</translation>
    </message>
    <message>
        <source>anticlockwise</source>
        <translation>tegen de klok in</translation>
    </message>
    <message>
        <source>No face was found in either photo, so the head angle cannot be compared.</source>
        <translation>Op geen van beide foto&apos;s is een gezicht gevonden, dus de hoofdhouding kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>No face was found in the baseline, so the head angle cannot be compared.</source>
        <translation>Op de nulmeting is geen gezicht gevonden, dus de hoofdhouding kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up, so the head angle cannot be compared.</source>
        <translation>Op de vervolgfoto is geen gezicht gevonden, dus de hoofdhouding kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>The head angle could not be worked out from the face found.</source>
        <translation>De hoofdhouding kon niet worden bepaald uit het gevonden gezicht.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the head angle within %3°: compare the photos by eye.</source>
        <translation>Het gezicht is %1 px breed; er zijn %2 px nodig om de hoofdhouding binnen %3° te beoordelen: vergelijk de foto&apos;s met het oog.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the distance within %3 % of the face&apos;s size: compare the photos by eye.</source>
        <translation>Het gezicht is %1 px breed; er zijn %2 px nodig om de afstand binnen %3 % van de grootte van het gezicht te beoordelen: vergelijk de foto&apos;s met het oog.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the distance within %1 % of the face&apos;s size: compare the photos by eye.</source>
        <translation>De herkenningspunten van het gezicht zijn op deze foto&apos;s niet stabiel genoeg (ongelijk licht, schaduw of onscherpte) om de afstand binnen %1 % van de grootte van het gezicht te beoordelen: vergelijk de foto&apos;s met het oog.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks and its skin features disagree about its size, as when light or shadow misleads one of them, so the distance cannot be judged within %1 % of the face&apos;s size: compare the photos by eye.</source>
        <translation>De herkenningspunten van het gezicht en de kenmerken van de huid zijn het oneens over de grootte, zoals wanneer licht of schaduw een van beide misleidt, dus de afstand kan niet binnen %1 % van de grootte van het gezicht worden beoordeeld: vergelijk de foto&apos;s met het oog.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the head angle within %1°: compare the photos by eye.</source>
        <translation>De herkenningspunten van het gezicht zijn op deze foto&apos;s niet stabiel genoeg (ongelijk licht, schaduw of onscherpte) om de hoofdhouding binnen %1° te beoordelen: vergelijk de foto&apos;s met het oog.</translation>
    </message>
    <message>
        <source>The head is at the same angle as in the baseline (turn %1°, nod %2°).</source>
        <translation>Het hoofd staat in dezelfde hoek als bij de nulmeting (draaiing %1°, knik %2°).</translation>
    </message>
    <message>
        <source>The head is turned %1° further towards the patient&apos;s right than in the baseline: ask the patient to face the camera as in the baseline.</source>
        <translation>Het hoofd is %1° verder naar rechts (van de patiënt) gedraaid dan bij de nulmeting: vraag de patiënt de camera aan te kijken zoals bij de nulmeting.</translation>
    </message>
    <message>
        <source>The head is turned %1° further towards the patient&apos;s left than in the baseline: ask the patient to face the camera as in the baseline.</source>
        <translation>Het hoofd is %1° verder naar links (van de patiënt) gedraaid dan bij de nulmeting: vraag de patiënt de camera aan te kijken zoals bij de nulmeting.</translation>
    </message>
    <message>
        <source>The head is tilted %1° further up (chin raised) than in the baseline: ask the patient to keep the head level as in the baseline.</source>
        <translation>Het hoofd is %1° verder naar achteren gekanteld (kin omhoog) dan bij de nulmeting: vraag de patiënt het hoofd recht te houden zoals bij de nulmeting.</translation>
    </message>
    <message>
        <source>The head is tilted %1° further down (chin lowered) than in the baseline: ask the patient to keep the head level as in the baseline.</source>
        <translation>Het hoofd is %1° verder naar voren gekanteld (kin omlaag) dan bij de nulmeting: vraag de patiënt het hoofd recht te houden zoals bij de nulmeting.</translation>
    </message>
    <message>
        <source>No view label was given and no face was found in the baseline to tell its view.</source>
        <translation>Er is geen aanzicht opgegeven en op de nulmeting is geen gezicht gevonden om het aanzicht te bepalen.</translation>
    </message>
    <message>
        <source>No view label was given and the baseline&apos;s head angle is unknown.</source>
        <translation>Er is geen aanzicht opgegeven en de hoofdhouding op de nulmeting is onbekend.</translation>
    </message>
    <message>
        <source>The baseline&apos;s head angle (%1°) lies between two standard views.</source>
        <translation>De hoofdhouding op de nulmeting (%1°) ligt tussen twee standaardaanzichten in.</translation>
    </message>
    <message>
        <source>The view (%1) comes from the nurse&apos;s label; the head angle cannot confirm it.</source>
        <translation>Het aanzicht (%1) komt van de indeling door de verpleegkundige; de hoofdhouding kan het niet bevestigen.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up (profiles often defeat face detection), so its view cannot be confirmed.</source>
        <translation>Op de vervolgfoto is geen gezicht gevonden (bij profielopnamen lukt gezichtsherkenning vaak niet), dus het aanzicht kan niet worden bevestigd.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up, so its view cannot be confirmed.</source>
        <translation>Op de vervolgfoto is geen gezicht gevonden, dus het aanzicht kan niet worden bevestigd.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s head angle could not be worked out, so its view cannot be confirmed.</source>
        <translation>De hoofdhouding op de vervolgfoto kon niet worden bepaald, dus het aanzicht kan niet worden bevestigd.</translation>
    </message>
    <message>
        <source>The follow-up is a %1 view, as labelled.</source>
        <translation>Aanzicht van de vervolgfoto: %1, zoals ingedeeld.</translation>
    </message>
    <message>
        <source>The follow-up is a %1 view, as the baseline.</source>
        <translation>Aanzicht van de vervolgfoto: %1, net als de nulmeting.</translation>
    </message>
    <message>
        <source>The head is turned %1°, between standard views, but the photo should be a %2 view: retake it at the standard angle.</source>
        <translation>Het hoofd is %1° gedraaid, tussen twee standaardaanzichten in, terwijl het aanzicht %2 moet zijn: maak de foto opnieuw onder de standaardhoek.</translation>
    </message>
    <message>
        <source>The follow-up looks like a %1 view (head turned %2°) but it is labelled %3: check the label or retake it.</source>
        <translation>De vervolgfoto lijkt aanzicht %1 (hoofd %2° gedraaid), maar is ingedeeld als %3: controleer de indeling of maak de foto opnieuw.</translation>
    </message>
    <message>
        <source>The follow-up looks like a %1 view (head turned %2°) but the baseline is %3: check the label or retake it.</source>
        <translation>De vervolgfoto lijkt aanzicht %1 (hoofd %2° gedraaid), maar de nulmeting is %3: controleer de indeling of maak de foto opnieuw.</translation>
    </message>
    <message>
        <source>35 mm equivalent</source>
        <translation>35 mm-equivalent</translation>
    </message>
    <message>
        <source>focal length</source>
        <translation>brandpuntsafstand</translation>
    </message>
    <message>
        <source>Both photos were taken with the same lens.</source>
        <translation>Beide foto&apos;s zijn met dezelfde lens gemaakt.</translation>
    </message>
    <message>
        <source>The 35 mm-equivalent focal length is missing from both photos and the cameras differ, so the lens cannot be compared.</source>
        <translation>De 35 mm-equivalente brandpuntsafstand ontbreekt op beide foto&apos;s en de camera&apos;s verschillen, dus de lens kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>The 35 mm-equivalent focal length is missing from the baseline and the cameras differ, so the lens cannot be compared.</source>
        <translation>De 35 mm-equivalente brandpuntsafstand ontbreekt bij de nulmeting en de camera&apos;s verschillen, dus de lens kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>The 35 mm-equivalent focal length is missing from the follow-up and the cameras differ, so the lens cannot be compared.</source>
        <translation>De 35 mm-equivalente brandpuntsafstand ontbreekt bij de vervolgfoto en de camera&apos;s verschillen, dus de lens kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>The focal length is recorded in neither photo, so the lens cannot be compared.</source>
        <translation>De brandpuntsafstand is bij geen van beide foto&apos;s vastgelegd, dus de lens kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>The focal length is not recorded in the baseline, so the lens cannot be compared.</source>
        <translation>De brandpuntsafstand is bij de nulmeting niet vastgelegd, dus de lens kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>The focal length is not recorded in the follow-up, so the lens cannot be compared.</source>
        <translation>De brandpuntsafstand is bij de vervolgfoto niet vastgelegd, dus de lens kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>The follow-up was taken at %1 mm (%2) and the baseline at %3 mm: use the same lens and zoom setting.</source>
        <translation>De vervolgfoto is gemaakt op %1 mm (%2) en de nulmeting op %3 mm: gebruik dezelfde lens en zoomstand.</translation>
    </message>
    <message>
        <source>The follow-up was taken with another lens (%1) than the baseline (%2): use the same camera lens.</source>
        <translation>De vervolgfoto is met een andere lens (%1) gemaakt dan de nulmeting (%2): gebruik dezelfde lens.</translation>
    </message>
    <message>
        <source>The same lens and focal length as the baseline.</source>
        <translation>Dezelfde lens en brandpuntsafstand als bij de nulmeting.</translation>
    </message>
    <message>
        <source>The camera is recorded in neither photo.</source>
        <translation>De camera is bij geen van beide foto&apos;s vastgelegd.</translation>
    </message>
    <message>
        <source>The camera is not recorded in the baseline.</source>
        <translation>De camera is bij de nulmeting niet vastgelegd.</translation>
    </message>
    <message>
        <source>The camera is not recorded in the follow-up.</source>
        <translation>De camera is bij de vervolgfoto niet vastgelegd.</translation>
    </message>
    <message>
        <source>Both photos were taken with the same camera (%1).</source>
        <translation>Beide foto&apos;s zijn met dezelfde camera gemaakt (%1).</translation>
    </message>
    <message>
        <source>The follow-up was taken with another camera (%1) than the baseline (%2): use the clinic&apos;s camera for both.</source>
        <translation>De vervolgfoto is met een andere camera (%1) gemaakt dan de nulmeting (%2): gebruik voor beide de camera van de kliniek.</translation>
    </message>
    <message>
        <source>The follow-up was processed with %1, a filter app: use the original, unfiltered photo.</source>
        <translation>De vervolgfoto is bewerkt met %1, een filterapp: gebruik de originele foto zonder filter.</translation>
    </message>
    <message>
        <source>The follow-up went through %1, a photo editor: use the original camera file.</source>
        <translation>De vervolgfoto is bewerkt in %1, een fotobewerkingsprogramma: gebruik het originele bestand van de camera.</translation>
    </message>
    <message>
        <source>no camera EXIF</source>
        <translation>geen camera-EXIF</translation>
    </message>
    <message>
        <source>The follow-up carries no camera information although the baseline does: it was probably sent through a messaging app or edited; use the original file.</source>
        <translation>De vervolgfoto bevat geen camera-informatie, de nulmeting wel: de foto is waarschijnlijk via een berichtenapp verstuurd of bewerkt; gebruik het originele bestand.</translation>
    </message>
    <message>
        <source>re-encoded (quality %1)</source>
        <translation>opnieuw gecodeerd (kwaliteit %1)</translation>
    </message>
    <message>
        <source>The follow-up was saved again by another program than the camera (its JPEG tables differ from the camera&apos;s): use the original file.</source>
        <translation>De vervolgfoto is opnieuw opgeslagen door een ander programma dan de camera (de JPEG-tabellen wijken af van die van de camera): gebruik het originele bestand.</translation>
    </message>
    <message>
        <source>The skin texture is %1% smoother in the follow-up than in the baseline while edges stay sharp (a beauty or smoothing filter): use the unfiltered photo.</source>
        <translation>De huidstructuur is op de vervolgfoto %1% gladder dan bij de nulmeting terwijl randen scherp blijven (een beauty- of verzachtingsfilter): gebruik de foto zonder filter.</translation>
    </message>
    <message>
        <source>The subject texture is %1% smoother in the follow-up than in the baseline while edges stay sharp (a beauty or smoothing filter): use the unfiltered photo.</source>
        <translation>De structuur van het onderwerp is op de vervolgfoto %1% gladder dan bij de nulmeting terwijl randen scherp blijven (een beauty- of verzachtingsfilter): gebruik de foto zonder filter.</translation>
    </message>
    <message>
        <source>No editing app or stripped metadata found; skin smoothing cannot be judged (the face is too small in the photo).</source>
        <translation>Geen bewerkingsapp of verwijderde metadata gevonden; huidverzachting kan niet worden beoordeeld (het gezicht is te klein op de foto).</translation>
    </message>
    <message>
        <source>No editing app or stripped metadata found; skin smoothing cannot be judged (the subject is overexposed).</source>
        <translation>Geen bewerkingsapp of verwijderde metadata gevonden; huidverzachting kan niet worden beoordeeld (het onderwerp is overbelicht).</translation>
    </message>
    <message>
        <source>No sign of editing or filters.</source>
        <translation>Geen tekenen van bewerking of filters.</translation>
    </message>
    <message>
        <source>%1 One more sign of editing was found.</source>
        <translation>%1 Er is nog één teken van bewerking gevonden.</translation>
    </message>
    <message>
        <source>%1 %2 more signs of editing were found.</source>
        <translation>%1 Er zijn nog %2 tekenen van bewerking gevonden.</translation>
    </message>
    <message>
        <source>%1×%2 against %3×%4</source>
        <translation>%1×%2 tegenover %3×%4</translation>
    </message>
    <message>
        <source>The follow-up is portrait and the baseline is not (%1): hold the camera as for the baseline.</source>
        <translation>De vervolgfoto is staand en de nulmeting niet (%1): houd de camera zoals bij de nulmeting.</translation>
    </message>
    <message>
        <source>The follow-up is landscape and the baseline is not (%1): hold the camera as for the baseline.</source>
        <translation>De vervolgfoto is liggend en de nulmeting niet (%1): houd de camera zoals bij de nulmeting.</translation>
    </message>
    <message>
        <source>portrait/landscape</source>
        <translation>staand/liggend</translation>
    </message>
    <message>
        <source>same orientation</source>
        <translation>zelfde oriëntatie</translation>
    </message>
    <message>
        <source>Comparable size and shape (%1).</source>
        <translation>Vergelijkbare grootte en vorm (%1).</translation>
    </message>
    <message>
        <source>The follow-up has %1% of the baseline&apos;s pixels (%2): use the original file, not a crop, screenshot or messenger copy.</source>
        <translation>De vervolgfoto heeft %1% van het aantal pixels van de nulmeting (%2): gebruik het originele bestand, geen uitsnede, schermafbeelding of kopie uit een berichtenapp.</translation>
    </message>
    <message>
        <source>The follow-up has another shape than the baseline (%1, %2% different): it was cropped or taken in another format; use the original file.</source>
        <translation>De vervolgfoto heeft een andere vorm dan de nulmeting (%1, %2% verschil): hij is bijgesneden of in een ander formaat gemaakt; gebruik het originele bestand.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuut</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>The follow-up has no capture date: check it was taken at this visit.</source>
        <translation>De vervolgfoto heeft geen opnamedatum: controleer of hij bij dit bezoek is gemaakt.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s camera clock says %1, a reset clock: check the date it was really taken.</source>
        <translation>De cameraklok gaf bij de vervolgfoto %1 aan, een klok die op de fabrieksinstelling stond: controleer wanneer de foto echt is gemaakt.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s date (%1) lies in the future: the camera clock is wrong; check the date.</source>
        <translation>De datum van de vervolgfoto (%1) ligt in de toekomst: de klok van de camera staat verkeerd; controleer de datum.</translation>
    </message>
    <message>
        <source>The follow-up carries no camera date, only the file&apos;s date, which copying changes: check when it was taken.</source>
        <translation>De vervolgfoto heeft geen cameradatum, alleen de bestandsdatum, die bij kopiëren verandert: controleer wanneer hij is gemaakt.</translation>
    </message>
    <message>
        <source>The baseline&apos;s camera clock says %1, a reset clock: check the date it was really taken.</source>
        <translation>De cameraklok gaf bij de nulmeting %1 aan, een klok die op de fabrieksinstelling stond: controleer wanneer de foto echt is gemaakt.</translation>
    </message>
    <message>
        <source>The baseline&apos;s date (%1) lies in the future: the camera clock is wrong; check the date.</source>
        <translation>De datum van de nulmeting (%1) ligt in de toekomst: de klok van de camera staat verkeerd; controleer de datum.</translation>
    </message>
    <message>
        <source>The baseline carries no camera date, only the file&apos;s date, which copying changes: check when it was taken.</source>
        <translation>De nulmeting heeft geen cameradatum, alleen de bestandsdatum, die bij kopiëren verandert: controleer wanneer de foto is gemaakt.</translation>
    </message>
    <message>
        <source>This photo was taken %1 after the treatment, so it cannot be a baseline: file it under the right visit.</source>
        <translation>Deze foto is %1 na de behandeling gemaakt en kan dus geen nulmeting zijn: deel hem in bij het juiste bezoek.</translation>
    </message>
    <message>
        <source>The follow-up was taken %1 before the treatment: file it under the right visit.</source>
        <translation>De vervolgfoto is %1 vóór de behandeling gemaakt: deel hem in bij het juiste bezoek.</translation>
    </message>
    <message>
        <source>The baseline was taken %1 after the treatment: check it is really a baseline.</source>
        <translation>De nulmeting is %1 na de behandeling gemaakt: controleer of het echt een nulmeting is.</translation>
    </message>
    <message>
        <source>The follow-up was taken %1 after its visit&apos;s date: check it belongs to this visit.</source>
        <translation>De vervolgfoto is %1 na de datum van het bezoek gemaakt: controleer of hij bij dit bezoek hoort.</translation>
    </message>
    <message>
        <source>The follow-up was taken %1 before its visit&apos;s date: check it belongs to this visit.</source>
        <translation>De vervolgfoto is %1 vóór de datum van het bezoek gemaakt: controleer of hij bij dit bezoek hoort.</translation>
    </message>
    <message>
        <source>The follow-up was taken %1 before the baseline: check the photos and the camera clock.</source>
        <translation>De vervolgfoto is %1 vóór de nulmeting gemaakt: controleer de foto&apos;s en de klok van de camera.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s date is plausible.</source>
        <translation>De datum van de vervolgfoto is aannemelijk.</translation>
    </message>
    <message>
        <source>Taken %1 after the treatment, as expected.</source>
        <translation>Gemaakt %1 na de behandeling, zoals verwacht.</translation>
    </message>
    <message>
        <source>Taken %1 after the baseline, as expected.</source>
        <translation>Gemaakt %1 na de nulmeting, zoals verwacht.</translation>
    </message>
    <message>
        <source>%1 One more date problem was found.</source>
        <translation>%1 Er is nog één probleem met de datum gevonden.</translation>
    </message>
    <message>
        <source>%1 %2 more date problems were found.</source>
        <translation>%1 Er zijn nog %2 problemen met de datum gevonden.</translation>
    </message>
    <message>
        <source>No face was found in either photo, so the expression cannot be compared.</source>
        <translation>Op geen van beide foto&apos;s is een gezicht gevonden, dus de uitdrukking kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>No face was found in the baseline, so the expression cannot be compared.</source>
        <translation>Op de nulmeting is geen gezicht gevonden, dus de uitdrukking kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up, so the expression cannot be compared.</source>
        <translation>Op de vervolgfoto is geen gezicht gevonden, dus de uitdrukking kan niet worden vergeleken.</translation>
    </message>
    <message>
        <source>The expression is compared on frontal and oblique views only; this face is turned too far to read it.</source>
        <translation>De uitdrukking wordt alleen op vooraanzichten en schuine aanzichten vergeleken; dit gezicht is te ver gedraaid om haar te lezen.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the expression within %3 % of the eye distance: compare the photos by eye.</source>
        <translation>Het gezicht is %1 px breed; er zijn %2 px nodig om de uitdrukking binnen %3 % van de oogafstand te beoordelen: vergelijk de foto&apos;s met het oog.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the expression within %1 % of the eye distance: compare the photos by eye.</source>
        <translation>De herkenningspunten van het gezicht zijn op deze foto&apos;s niet stabiel genoeg (ongelijk licht, schaduw of onscherpte) om de uitdrukking binnen %1 % van de oogafstand te beoordelen: vergelijk de foto&apos;s met het oog.</translation>
    </message>
    <message>
        <source>The expression matches the baseline (mouth, eyes and brows).</source>
        <translation>De uitdrukking komt overeen met de nulmeting (mond, ogen en wenkbrauwen).</translation>
    </message>
    <message>
        <source>The patient smiles in the follow-up but not in the baseline: ask for the baseline&apos;s neutral expression.</source>
        <translation>De patiënt lacht op de vervolgfoto maar niet op de nulmeting: vraag om de neutrale uitdrukking van de nulmeting.</translation>
    </message>
    <message>
        <source>The patient smiles in the baseline but not in the follow-up: ask for the baseline&apos;s expression.</source>
        <translation>De patiënt lacht op de nulmeting maar niet op de vervolgfoto: vraag om de uitdrukking van de nulmeting.</translation>
    </message>
    <message>
        <source>The corners of the mouth are pulled down in the follow-up, unlike the baseline: ask for the baseline&apos;s relaxed expression.</source>
        <translation>De mondhoeken zijn op de vervolgfoto naar beneden getrokken, anders dan bij de nulmeting: vraag om de ontspannen uitdrukking van de nulmeting.</translation>
    </message>
    <message>
        <source>The mouth is open in the follow-up (%1 % of the eye distance wider than in the baseline): ask the patient to close the lips as in the baseline.</source>
        <translation>De mond is open op de vervolgfoto (%1 % van de oogafstand verder dan bij de nulmeting): vraag de patiënt de lippen te sluiten zoals bij de nulmeting.</translation>
    </message>
    <message>
        <source>The mouth is open in the baseline and closed in the follow-up (%1 % of the eye distance): ask for the baseline&apos;s expression.</source>
        <translation>De mond is open op de nulmeting en dicht op de vervolgfoto (%1 % van de oogafstand): vraag om de uitdrukking van de nulmeting.</translation>
    </message>
    <message>
        <source>The mouth is %1 % of the eye distance wider than in the baseline (lips stretched): ask for the baseline&apos;s relaxed expression.</source>
        <translation>De mond is %1 % van de oogafstand breder dan bij de nulmeting (lippen gespannen): vraag om de ontspannen uitdrukking van de nulmeting.</translation>
    </message>
    <message>
        <source>The mouth is %1 % of the eye distance narrower than in the baseline (lips pursed): ask for the baseline&apos;s relaxed expression.</source>
        <translation>De mond is %1 % van de oogafstand smaller dan bij de nulmeting (getuite lippen): vraag om de ontspannen uitdrukking van de nulmeting.</translation>
    </message>
    <message>
        <source>The eyes are more closed in the follow-up than in the baseline (%1 % of the eye distance): ask the patient to keep the eyes open as in the baseline.</source>
        <translation>De ogen zijn op de vervolgfoto verder gesloten dan bij de nulmeting (%1 % van de oogafstand): vraag de patiënt de ogen open te houden zoals bij de nulmeting.</translation>
    </message>
    <message>
        <source>The eyes are opened wider in the follow-up than in the baseline (%1 % of the eye distance): ask for the baseline&apos;s relaxed expression.</source>
        <translation>De ogen zijn op de vervolgfoto wijder open dan bij de nulmeting (%1 % van de oogafstand): vraag om de ontspannen uitdrukking van de nulmeting.</translation>
    </message>
    <message>
        <source>The brows are raised in the follow-up (%1 % of the eye distance higher than in the baseline): ask for the baseline&apos;s relaxed expression.</source>
        <translation>De wenkbrauwen zijn op de vervolgfoto opgetrokken (%1 % van de oogafstand hoger dan bij de nulmeting): vraag om de ontspannen uitdrukking van de nulmeting.</translation>
    </message>
    <message>
        <source>The brows are lowered in the follow-up (%1 % of the eye distance lower than in the baseline, as in a frown): ask for the baseline&apos;s relaxed expression.</source>
        <translation>De wenkbrauwen zijn op de vervolgfoto omlaag (%1 % van de oogafstand lager dan bij de nulmeting, zoals bij fronsen): vraag om de ontspannen uitdrukking van de nulmeting.</translation>
    </message>
    <message>
        <source>The brows are drawn together in the follow-up (a frown, %1 % of the eye distance): ask for the baseline&apos;s relaxed expression.</source>
        <translation>De wenkbrauwen zijn op de vervolgfoto samengetrokken (fronsen, %1 % van de oogafstand): vraag om de ontspannen uitdrukking van de nulmeting.</translation>
    </message>
    <message>
        <source>The brows are further apart in the follow-up than in the baseline (%1 % of the eye distance): ask for the baseline&apos;s relaxed expression.</source>
        <translation>De wenkbrauwen staan op de vervolgfoto verder uit elkaar dan bij de nulmeting (%1 % van de oogafstand): vraag om de ontspannen uitdrukking van de nulmeting.</translation>
    </message>
    <message>
        <source>%1 One more difference of expression was found.</source>
        <translation>%1 Er is nog één verschil in uitdrukking gevonden.</translation>
    </message>
    <message>
        <source>%1 %2 more differences of expression were found.</source>
        <translation>%1 Er zijn nog %2 verschillen in uitdrukking gevonden.</translation>
    </message>
    <message>
        <source>No face was found in either photo, so make-up cannot be judged.</source>
        <translation>Op geen van beide foto&apos;s is een gezicht gevonden, dus make-up kan niet worden beoordeeld.</translation>
    </message>
    <message>
        <source>No face was found in the baseline, so make-up cannot be judged.</source>
        <translation>Op de nulmeting is geen gezicht gevonden, dus make-up kan niet worden beoordeeld.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up, so make-up cannot be judged.</source>
        <translation>Op de vervolgfoto is geen gezicht gevonden, dus make-up kan niet worden beoordeeld.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge make-up on the lips and eyelids: compare the photos by eye.</source>
        <translation>Het gezicht is %1 px breed; er zijn %2 px nodig om make-up op de lippen en oogleden te beoordelen: vergelijk de foto&apos;s met het oog.</translation>
    </message>
    <message>
        <source>The lips&apos; colour against the skin differs from the baseline (lipstick or gloss in one of the photos): make-up can hide the lips&apos; own colour and swelling; take both photos without make-up.</source>
        <translation>De kleur van de lippen ten opzichte van de huid verschilt van de nulmeting (lippenstift of lipgloss op een van de foto&apos;s): make-up kan de eigen kleur en zwelling van de lippen verbergen; maak beide foto&apos;s zonder make-up.</translation>
    </message>
    <message>
        <source>The eyelids are darker or tinted against the skin, unlike the baseline (eye make-up in one of the photos): make-up can hide redness and bruising around the eyes; take both photos without make-up.</source>
        <translation>De oogleden zijn donkerder of gekleurd ten opzichte van de huid, anders dan bij de nulmeting (oogmake-up op een van de foto&apos;s): make-up kan roodheid en blauwe plekken rond de ogen verbergen; maak beide foto&apos;s zonder make-up.</translation>
    </message>
    <message>
        <source>The skin is evened in the follow-up (fine texture %1% and colour variation %2% of the baseline&apos;s, the surroundings unchanged): foundation or concealer can hide redness and bruising; ask the patient to remove it.</source>
        <translation>De huid is op de vervolgfoto egaler (fijne structuur %1% en kleurvariatie %2% van die bij de nulmeting, de omgeving onveranderd): foundation of concealer kan roodheid en blauwe plekken verbergen; vraag de patiënt deze te verwijderen.</translation>
    </message>
    <message>
        <source>No sign of make-up on the lips or eyelids; the skin&apos;s evenness cannot be judged because the light falls differently from the baseline.</source>
        <translation>Geen teken van make-up op de lippen of oogleden; de egaalheid van de huid kan niet worden beoordeeld, omdat het licht anders valt dan bij de nulmeting.</translation>
    </message>
    <message>
        <source>No sign of make-up on the lips or eyelids; the skin&apos;s evenness cannot be judged (the face is too small in the photo).</source>
        <translation>Geen teken van make-up op de lippen of oogleden; de egaalheid van de huid kan niet worden beoordeeld (het gezicht is te klein op de foto).</translation>
    </message>
    <message>
        <source>No sign of make-up that the baseline does not show.</source>
        <translation>Geen teken van make-up die de nulmeting niet toont.</translation>
    </message>
    <message>
        <source>%1 One more sign of make-up was found.</source>
        <translation>%1 Er is nog één teken van make-up gevonden.</translation>
    </message>
    <message>
        <source>%1 %2 more signs of make-up were found.</source>
        <translation>%1 Er zijn nog %2 tekenen van make-up gevonden.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Side by side</source>
        <translation>Naast elkaar</translation>
    </message>
    <message>
        <source>Photos next to each other</source>
        <translation>Foto&apos;s naast elkaar</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Schuifbalk</translation>
    </message>
    <message>
        <source>Baseline left of a divider you drag, follow-up right of it</source>
        <translation>Nulmeting links van een verschuifbare scheidslijn, vervolgfoto rechts ervan</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>The follow-up laid over the baseline, see-through</source>
        <translation>De vervolgfoto doorschijnend over de nulmeting</translation>
    </message>
    <message>
        <source>Quick toggle</source>
        <translation>Snel wisselen</translation>
    </message>
    <message>
        <source>One photo at a time; Space switches</source>
        <translation>Eén foto tegelijk; de spatiebalk wisselt</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Vervolgfoto:</translation>
    </message>
    <message>
        <source>Follow-up compared with the baseline</source>
        <translation>Vervolgfoto vergeleken met de nulmeting</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Dekking:</translation>
    </message>
    <message>
        <source>Opacity of the follow-up over the baseline</source>
        <translation>Dekking van de vervolgfoto over de nulmeting</translation>
    </message>
    <message>
        <source>%1 and %2 step through the follow-ups</source>
        <translation>Met %1 en %2 bladert u door de vervolgfoto&apos;s</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Uitgelijnd</translation>
    </message>
    <message>
        <source>Align the follow-ups on the baseline</source>
        <translation>Vervolgfoto&apos;s uitlijnen op de nulmeting</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Volgende vervolgfoto</translation>
    </message>
    <message>
        <source>Previous follow-up</source>
        <translation>Vorige vervolgfoto</translation>
    </message>
    <message>
        <source>Show the whole photo (%1)</source>
        <translation>De hele foto tonen (%1)</translation>
    </message>
    <message>
        <source>One photo pixel per screen pixel (%1)</source>
        <translation>Eén fotopixel per schermpixel (%1)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Recovery chart</source>
        <translation>Herstelgrafiek</translation>
    </message>
    <message>
        <source>Zoom to 100 per cent</source>
        <translation>Zoomen naar 100 procent</translation>
    </message>
    <message>
        <source>Switch between baseline and follow-up</source>
        <translation>Wisselen tussen nulmeting en vervolgfoto</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Getoond: %1</translation>
    </message>
    <message>
        <source>Space switches to the %1</source>
        <translation>De spatiebalk wisselt naar de %1</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>nulmeting</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>vervolgfoto</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <source>Under: %1</source>
        <translation>Onderlaag: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message>
        <source>Over: %1</source>
        <translation>Bovenlaag: %1</translation>
    </message>
    <message>
        <source>Baseline and follow-up photos</source>
        <translation>Foto&apos;s van nulmeting en vervolg</translation>
    </message>
    <message>
        <source>Warp each follow-up onto the baseline with the registration from the checks (A)</source>
        <translation>Elke vervolgfoto op de nulmeting passen met de registratie uit de controles (A)</translation>
    </message>
    <message>
        <source>No alignment yet: the photos have not been checked, or they could not be registered.</source>
        <translation>Nog geen uitlijning: de foto&apos;s zijn nog niet gecontroleerd, of ze konden niet worden geregistreerd.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Vergelijking</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Export sheet…</source>
        <translation>Blad &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Lost the connection to the library&apos;s server %1; reconnecting… The window stays as it was; changes cannot be saved until the server is back, and nothing half-written is kept.</source>
        <translation>De verbinding met de server van de bibliotheek, %1, is verbroken; opnieuw verbinden… Het venster blijft zoals het was; wijzigingen kunnen pas worden opgeslagen als de server terug is, en er wordt niets half geschreven bewaard.</translation>
    </message>
    <message>
        <source>Connected again to the library&apos;s server %1; the window shows the library as it is now.</source>
        <translation>Weer verbonden met de server van de bibliotheek, %1; het venster toont de bibliotheek zoals die nu is.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>clinical record</source>
        <translation>medisch dossier</translation>
    </message>
    <message>
        <source>sharing with other clinicians</source>
        <translation>delen met andere zorgverleners</translation>
    </message>
    <message>
        <source>teaching</source>
        <translation>onderwijs</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>publicatie</translation>
    </message>
    <message>
        <source>Purpose: %1. No consent on record: de-identified.</source>
        <translation>Doel: %1. Geen toestemming vastgelegd: gepseudonimiseerd.</translation>
    </message>
    <message>
        <source>Purpose: %1.</source>
        <translation>Doel: %1.</translation>
    </message>
</context>
<context>
    <name>CorrectionActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>Naar &amp;links draaien</translation>
    </message>
    <message>
        <source>Rotate 18&amp;0°</source>
        <translation>18&amp;0° draaien</translation>
    </message>
    <message>
        <source>&amp;Move photo…</source>
        <translation>Foto &amp;verplaatsen…</translation>
    </message>
    <message>
        <source>Change &amp;visit date or kind…</source>
        <translation>&amp;Datum of soort van bezoek wijzigen…</translation>
    </message>
    <message>
        <source>Change &amp;treatment date…</source>
        <translation>Datum van &amp;behandeling wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Rotate ri&amp;ght</source>
        <translation>Naar &amp;rechts draaien</translation>
    </message>
    <message>
        <source>Tr&amp;ash…</source>
        <translation>&amp;Prullenbak…</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>Patiënt verwij&amp;deren…</translation>
    </message>
    <message>
        <source>&amp;Merge with another patient…</source>
        <translation>&amp;Samenvoegen met een andere patiënt…</translation>
    </message>
    <message>
        <source>E&amp;rase patient for good…</source>
        <translation>Patiënt definitief &amp;wissen…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;opnieuw</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Naar rechts draaien</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Naar links draaien</translation>
    </message>
    <message>
        <source>Rotate 180°</source>
        <translation>180° draaien</translation>
    </message>
    <message>
        <source>Move photo…</source>
        <translation>Foto verplaatsen…</translation>
    </message>
    <message>
        <source>Delete photo…</source>
        <translation>Foto verwijderen…</translation>
    </message>
    <message>
        <source>Change visit date or kind…</source>
        <translation>Datum of soort van bezoek wijzigen…</translation>
    </message>
    <message>
        <source>Delete visit…</source>
        <translation>Bezoek verwijderen…</translation>
    </message>
    <message>
        <source>Change treatment date…</source>
        <translation>Datum van behandeling wijzigen…</translation>
    </message>
    <message>
        <source>Move treatment to another patient…</source>
        <translation>Behandeling naar een andere patiënt verplaatsen…</translation>
    </message>
    <message>
        <source>Delete treatment…</source>
        <translation>Behandeling verwijderen…</translation>
    </message>
    <message>
        <source>Move the photo %1 (%2, %3) to the trash?</source>
        <translation>De foto %1 (%2, %3) naar de prullenbak verplaatsen?</translation>
    </message>
    <message>
        <source>Move the visit %1 of %2 to the trash, with its photos (%3)?</source>
        <translation>Het bezoek %1 van %2 naar de prullenbak verplaatsen, met de foto&apos;s ervan (%3)?</translation>
    </message>
    <message>
        <source>Move the treatment of %1 to the trash, with its visits (%2) and photos (%3)?</source>
        <translation>De behandeling van %1 naar de prullenbak verplaatsen, met de bezoeken (%2) en foto&apos;s (%3) ervan?</translation>
    </message>
    <message>
        <source>Move the patient %1 to the trash, with their treatments (%2) and photos (%3)?</source>
        <translation>De patiënt %1 naar de prullenbak verplaatsen, met diens behandelingen (%2) en foto&apos;s (%3)?</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Naar prullenbak</translation>
    </message>
    <message>
        <source>Move every treatment, visit and photo of %1 to %2, and remove %1 from the patient list?</source>
        <translation>Alle behandelingen, bezoeken en foto&apos;s van %1 naar %2 verplaatsen, en %1 uit de patiëntenlijst halen?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Opnieuw gedaan: %1</translation>
    </message>
    <message>
        <source>You can restore it from Edit ▸ Trash, or undo with Ctrl+Z.</source>
        <translation>U kunt het terugzetten via Bewerken ▸ Prullenbak, of ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Did you mean %1? That patient is already in the library.</source>
        <translation>Bedoelt u %1? Die patiënt staat al in de bibliotheek.</translation>
    </message>
    <message>
        <source>A second record of one patient splits their photos; create %1 only if it is someone else.</source>
        <translation>Een tweede dossier van één patiënt verdeelt diens foto&apos;s; maak %1 alleen aan als het iemand anders is.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 gebruiken</translation>
    </message>
    <message>
        <source>Create a new patient</source>
        <translation>Nieuwe patiënt aanmaken</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>This library is empty. Would you like to look around in a demo library first? It holds a demo patient with a treatment, a baseline and two follow-ups; one follow-up was taken wrongly, so you can see what the checks find. Your own library is not changed.</source>
        <translation>Deze bibliotheek is leeg. Wilt u eerst rondkijken in een demobibliotheek? Daarin staat een demopatiënt met een behandeling, een nulmeting en twee vervolgbezoeken; één vervolgbezoek is verkeerd gefotografeerd, zodat u ziet wat de controles vinden. Uw eigen bibliotheek verandert niet.</translation>
    </message>
    <message>
        <source>Open demo library</source>
        <translation>Demobibliotheek openen</translation>
    </message>
    <message>
        <source>Open the demo library</source>
        <translation>De demobibliotheek openen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Do not offer the demo library again</source>
        <translation>De demobibliotheek niet meer aanbieden</translation>
    </message>
    <message>
        <source>Preparing the demo library…</source>
        <translation>Demobibliotheek wordt voorbereid…</translation>
    </message>
    <message>
        <source>Demo library</source>
        <translation>Demobibliotheek</translation>
    </message>
    <message>
        <source>The demo library could not be prepared: %1</source>
        <translation>De demobibliotheek kon niet worden voorbereid: %1</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>move photo</source>
        <translation>foto verplaatsen</translation>
    </message>
    <message>
        <source>change view</source>
        <translation>aanzicht wijzigen</translation>
    </message>
    <message>
        <source>rotate photo</source>
        <translation>foto draaien</translation>
    </message>
    <message>
        <source>change visit</source>
        <translation>bezoek wijzigen</translation>
    </message>
    <message>
        <source>change treatment date</source>
        <translation>behandeldatum wijzigen</translation>
    </message>
    <message>
        <source>move treatment</source>
        <translation>behandeling verplaatsen</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <source>restore from trash</source>
        <translation>terugzetten uit de prullenbak</translation>
    </message>
    <message>
        <source>separate patients</source>
        <translation>patiënten weer scheiden</translation>
    </message>
    <message>
        <source>merge patients</source>
        <translation>patiënten samenvoegen</translation>
    </message>
</context>
<context>
    <name>Elapsed</name>
    <message>
        <source>Date unknown</source>
        <translation>Datum onbekend</translation>
    </message>
    <message>
        <source>Baseline (%n min before)</source>
        <translation>Nulmeting (%n min ervoor)</translation>
    </message>
    <message>
        <source>Baseline (%n h before)</source>
        <translation>Nulmeting (%n uur ervoor)</translation>
    </message>
    <message>
        <source>Baseline (1 week before)</source>
        <translation>Nulmeting (1 week ervoor)</translation>
    </message>
    <message>
        <source>Baseline (%n weeks before)</source>
        <translation>Nulmeting (%n weken ervoor)</translation>
    </message>
    <message>
        <source>Baseline (%n months before)</source>
        <translation>Nulmeting (%n maanden ervoor)</translation>
    </message>
    <message>
        <source>Baseline (1 year before)</source>
        <translation>Nulmeting (1 jaar ervoor)</translation>
    </message>
    <message>
        <source>Baseline (%n years before)</source>
        <translation>Nulmeting (%n jaar ervoor)</translation>
    </message>
    <message>
        <source>Baseline (1 day before)</source>
        <translation>Nulmeting (1 dag ervoor)</translation>
    </message>
    <message>
        <source>Baseline (%n days before)</source>
        <translation>Nulmeting (%n dagen ervoor)</translation>
    </message>
    <message>
        <source>Day 0 (%n min)</source>
        <translation>Dag 0 (%n min)</translation>
    </message>
    <message>
        <source>Day 0 (%n h)</source>
        <translation>Dag 0 (%n uur)</translation>
    </message>
    <message>
        <source>Day %n</source>
        <translation>Dag %n</translation>
    </message>
    <message>
        <source>Week %n</source>
        <translation>Week %n</translation>
    </message>
    <message>
        <source>Month %n</source>
        <translation>Maand %n</translation>
    </message>
    <message>
        <source>Year %n</source>
        <translation>Jaar %n</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase patient for good</source>
        <translation>Patiënt definitief wissen</translation>
    </message>
    <message>
        <source>Erasing removes %1 from the library for good: treatments, visits, symptom logs, the original photos, previews and measurements. It cannot be undone, and a restored backup will not bring the patient back. Use it for a patient&apos;s request to be erased; to remove a patient by mistake, use Delete patient (to the trash) instead.</source>
        <translation>Wissen haalt %1 definitief uit de bibliotheek: behandelingen, bezoeken, symptoomlogboeken, de originele foto&apos;s, voorbeelden en metingen. Dit kan niet ongedaan worden gemaakt, en een teruggezette back-up brengt de patiënt niet terug. Gebruik dit voor een verzoek van de patiënt om gewist te worden; om een patiënt te verwijderen die per vergissing is aangemaakt, gebruikt u Patiënt verwijderen (naar de prullenbak).</translation>
    </message>
    <message>
        <source>&amp;Type the patient&apos;s name to confirm:</source>
        <translation>&amp;Typ de naam van de patiënt ter bevestiging:</translation>
    </message>
    <message>
        <source>The patient&apos;s name, to confirm the erasure</source>
        <translation>De naam van de patiënt, ter bevestiging van het wissen</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>Definitief &amp;wissen</translation>
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
        <translation>JPEG, HEIC, PNG, TIFF, WebP of AVIF</translation>
    </message>
    <message>
        <source>cannot be found. It may have been moved, renamed or deleted, or its drive disconnected.</source>
        <translation>is niet gevonden. Het bestand is misschien verplaatst, hernoemd of verwijderd, of de schijf is losgekoppeld.</translation>
    </message>
    <message>
        <source>cannot be read: permission denied. Copy it to a folder of your own, or ask whoever manages this computer for access.</source>
        <translation>kan niet worden gelezen: geen toegang. Kopieer het naar een eigen map, of vraag de beheerder van deze computer om toegang.</translation>
    </message>
    <message>
        <source>cannot be read (%1). Check the drive or network share and try again.</source>
        <translation>kan niet worden gelezen (%1). Controleer de schijf of netwerkmap en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>is an incomplete %1 file: the picture data stops early. Copy it again from the camera or phone.</source>
        <translation>is een onvolledig %1-bestand: de beeldgegevens houden te vroeg op. Kopieer het opnieuw van de camera of telefoon.</translation>
    </message>
    <message>
        <source>is an incomplete file: the picture data stops early. Copy it again from the camera or phone.</source>
        <translation>is een onvolledig bestand: de beeldgegevens houden te vroeg op. Kopieer het opnieuw van de camera of telefoon.</translation>
    </message>
    <message>
        <source>is a damaged %1 file that cannot be decoded. Copy it again from the camera or phone.</source>
        <translation>is een beschadigd %1-bestand dat niet kan worden gedecodeerd. Kopieer het opnieuw van de camera of telefoon.</translation>
    </message>
    <message>
        <source>is a damaged file that cannot be decoded. Copy it again from the camera or phone.</source>
        <translation>is een beschadigd bestand dat niet kan worden gedecodeerd. Kopieer het opnieuw van de camera of telefoon.</translation>
    </message>
    <message>
        <source>has %1 megapixels, more than the %2 megapixels PhotoFollow opens. Export a smaller copy (a photo needs at most about 50 megapixels) and import that.</source>
        <translation>heeft %1 megapixel, meer dan de %2 megapixel die PhotoFollow opent. Exporteer een kleinere kopie (een foto heeft hooguit zo&apos;n 50 megapixel nodig) en importeer die.</translation>
    </message>
    <message>
        <source>is larger than the %1 megapixels PhotoFollow opens. Export a smaller copy (a photo needs at most about 50 megapixels) and import that.</source>
        <translation>is groter dan de %1 megapixel die PhotoFollow opent. Exporteer een kleinere kopie (een foto heeft hooguit zo&apos;n 50 megapixel nodig) en importeer die.</translation>
    </message>
    <message>
        <source>would need %1 MB of memory to open, more than the %2 MB PhotoFollow allows itself for one photo. Export a smaller copy (a photo needs at most about 50 megapixels) and import that.</source>
        <translation>zou %1 MB geheugen nodig hebben om te openen, meer dan de %2 MB die PhotoFollow zich voor één foto toestaat. Exporteer een kleinere kopie (een foto heeft hooguit ongeveer 50 megapixel nodig) en importeer die.</translation>
    </message>
    <message>
        <source>is not a photo PhotoFollow can read (%1 expected). Check the file you picked.</source>
        <translation>is geen foto die PhotoFollow kan lezen (verwacht: %1). Controleer het gekozen bestand.</translation>
    </message>
    <message>
        <source>is a folder, not a photo file.</source>
        <translation>is een map, geen fotobestand.</translation>
    </message>
    <message>
        <source>is empty (0 bytes). Copy it again from the camera or phone.</source>
        <translation>is leeg (0 bytes). Kopieer het opnieuw van de camera of telefoon.</translation>
    </message>
    <message>
        <source>is a folder that cannot be read (%1), so its photos were not imported. Check its permissions or copy it to a folder of your own, then import it again.</source>
        <translation>is een map die niet kan worden gelezen (%1), dus de foto&apos;s erin zijn niet geïmporteerd. Controleer de rechten of kopieer hem naar een eigen map en importeer hem opnieuw.</translation>
    </message>
    <message>
        <source>does not exist. Check the name and the folder.</source>
        <translation>bestaat niet. Controleer de naam en de map.</translation>
    </message>
    <message>
        <source>Photos can only be imported into a library opened for writing.</source>
        <translation>Foto&apos;s kunnen alleen worden geïmporteerd in een bibliotheek die is geopend om in te schrijven.</translation>
    </message>
    <message>
        <source>the photo was imported, but analysing it failed (%1)</source>
        <translation>de foto is geïmporteerd, maar het analyseren is mislukt (%1)</translation>
    </message>
    <message>
        <source>already in %1; the library&apos;s copy was missing or damaged and is now put back</source>
        <translation>staat al in %1; de kopie in de bibliotheek ontbrak of was beschadigd en is nu teruggezet</translation>
    </message>
    <message>
        <source>already in %1</source>
        <translation>staat al bij %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>cannot be read (%1).</source>
        <translation>kan niet worden gelezen (%1).</translation>
    </message>
    <message>
        <source>the preview could not be saved (%1)</source>
        <translation>het voorbeeld kon niet worden opgeslagen (%1)</translation>
    </message>
    <message>
        <source>the thumbnail could not be saved (%1)</source>
        <translation>de miniatuur kon niet worden opgeslagen (%1)</translation>
    </message>
    <message>
        <source>The copy in the library differs from the original (a disk or memory fault?). Nothing was stored; check the disk and import again.</source>
        <translation>De kopie in de bibliotheek wijkt af van het origineel (een schijf- of geheugenfout?). Er is niets opgeslagen; controleer de schijf en importeer opnieuw.</translation>
    </message>
    <message>
        <source>cannot be read (permission denied); check the file&apos;s permissions</source>
        <translation>kan niet worden gelezen (geen toegang); controleer de rechten van het bestand</translation>
    </message>
    <message>
        <source>no longer exists (moved or deleted during the import)</source>
        <translation>bestaat niet meer (verplaatst of verwijderd tijdens de import)</translation>
    </message>
    <message>
        <source>is a folder, not a photo</source>
        <translation>is een map, geen foto</translation>
    </message>
    <message>
        <source>cannot be read (%1); copy it to a local disk and try again</source>
        <translation>kan niet worden gelezen (%1); kopieer het naar een lokale schijf en probeer het opnieuw</translation>
    </message>
    <message>
        <source>The disk holding the library is full. Free some space, then import this photo again.</source>
        <translation>De schijf met de bibliotheek is vol. Maak ruimte vrij en importeer deze foto daarna opnieuw.</translation>
    </message>
    <message>
        <source>The library&apos;s photo folder %1 cannot be written to (%2). Check its permissions, or choose a library folder you may write to.</source>
        <translation>In de fotomap van de bibliotheek (%1) kan niet worden geschreven (%2). Controleer de rechten van de map, of kies een bibliotheekmap waarin u mag schrijven.</translation>
    </message>
    <message>
        <source>Writing into the library&apos;s photo folder %1 failed (%2). Check the disk, then import this photo again.</source>
        <translation>Schrijven in de fotomap van de bibliotheek (%1) is mislukt (%2). Controleer de schijf en importeer deze foto daarna opnieuw.</translation>
    </message>
    <message>
        <source>No patient with the chart number or name “%1” in this library. Did you mean %2?</source>
        <translation>Geen patiënt met het dossiernummer of de naam “%1” in deze bibliotheek. Bedoelt u %2?</translation>
    </message>
    <message>
        <source>No patient with the chart number or name “%1” in this library. `photofollow patients` lists them.</source>
        <translation>Geen patiënt met het dossiernummer of de naam “%1” in deze bibliotheek. `photofollow patients` toont ze allemaal.</translation>
    </message>
    <message>
        <source>%1 patients are named “%2” (chart numbers: %3); give the chart number instead.</source>
        <translation>%1 patiënten heten “%2” (dossiernummers: %3); geef in plaats daarvan het dossiernummer op.</translation>
    </message>
    <message>
        <source>A patient needs a name.</source>
        <translation>Een patiënt heeft een naam nodig.</translation>
    </message>
    <message>
        <source>%1 patients are named “%2” (chart numbers: %3); give the chart number to choose one.</source>
        <translation>%1 patiënten heten “%2” (dossiernummers: %3); geef het dossiernummer op om er een te kiezen.</translation>
    </message>
    <message>
        <source>A patient like “%1” is in the library already: did you mean %2? Use that patient&apos;s chart number or name, or confirm that this is a new patient (--new-patient).</source>
        <translation>Er staat al een patiënt zoals “%1” in de bibliotheek: bedoelt u %2? Gebruik het dossiernummer of de naam van die patiënt, of bevestig dat dit een nieuwe patiënt is (--new-patient).</translation>
    </message>
    <message>
        <source>This patient has no treatment with id %1.</source>
        <translation>Deze patiënt heeft geen behandeling met id %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a treatment id nor a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation>&apos;%1&apos; is geen behandelings-id en ook geen datum; schrijf YYYY-MM-DD of YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>This patient has no treatment on %1 (treatments: %2).</source>
        <translation>Deze patiënt heeft geen behandeling op %1 (behandelingen: %2).</translation>
    </message>
    <message>
        <source>This patient had %1 treatments on %2: %3; add the time.</source>
        <translation>Deze patiënt had %1 behandelingen op %2: %3; voeg de tijd toe.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a visit id nor a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation>&apos;%1&apos; is geen bezoek-id en ook geen datum; schrijf YYYY-MM-DD of YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>This treatment has no visit &apos;%1&apos;.</source>
        <translation>Deze behandeling heeft geen bezoek &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No visits were named; leave --visits out to use the default choice.</source>
        <translation>Er zijn geen bezoeken genoemd; laat --visits weg voor de standaardkeuze.</translation>
    </message>
    <message>
        <source>None of the visits has a photo of the view &apos;%1&apos;.</source>
        <translation>Geen van de bezoeken heeft een foto van het aanzicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>This treatment has no visits with photos.</source>
        <translation>Deze behandeling heeft geen bezoeken met foto&apos;s.</translation>
    </message>
    <message>
        <source>The chosen visits have no view in common; choose one with --view to show it where it exists.</source>
        <translation>De gekozen bezoeken hebben geen aanzicht gemeen; kies er een met --view om het te tonen waar het bestaat.</translation>
    </message>
    <message>
        <source>A sheet of several views compares two visits, not %1; name two with --visits, or choose one view with --view for up to four visits.</source>
        <translation>Een blad met meerdere aanzichten vergelijkt twee bezoeken, niet %1; noem er twee met --visits, of kies één aanzicht met --view voor maximaal vier bezoeken.</translation>
    </message>
    <message>
        <source>A sheet shows at most %1 visits of one view.</source>
        <translation>Een blad toont maximaal %1 bezoeken van één aanzicht.</translation>
    </message>
    <message>
        <source>No face was found on the %1 photo of %2, so its eyes cannot be hidden; choose other visits or views.</source>
        <translation>Op de foto %1 van %2 is geen gezicht gevonden, dus de ogen kunnen niet worden afgedekt; kies andere bezoeken of aanzichten.</translation>
    </message>
    <message>
        <source>This treatment has no visit with id %1 (any more).</source>
        <translation>Deze behandeling heeft (niet langer) een bezoek met id %1.</translation>
    </message>
    <message>
        <source>The backup of the library at %1 could not be written (%2). Check the disk.</source>
        <translation>De back-up van de bibliotheek in %1 kon niet worden geschreven (%2). Controleer de schijf.</translation>
    </message>
    <message>
        <source>The photo %1 is not among the unfiled photos any more.</source>
        <translation>De foto %1 staat niet meer bij de niet-ingedeelde foto&apos;s.</translation>
    </message>
    <message>
        <source>Recovery needs the library opened for writing.</source>
        <translation>Voor herstel moet de bibliotheek geopend zijn om in te schrijven.</translation>
    </message>
    <message>
        <source>The disk holding the library (%1) is full. Free some space and try again.</source>
        <translation>De schijf met de bibliotheek (%1) is vol. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 is a library on a database server already; library migrate moves a library folder to a server. Give the library&apos;s folder with --from.</source>
        <translation>%1 is al een bibliotheek op een databaseserver; library migrate verplaatst een bibliotheekmap naar een server. Geef de map van de bibliotheek op met --from.</translation>
    </message>
    <message>
        <source>%1 is not the address of a library on a database server. Write it as postgresql://USER@HOST:PORT/DATABASE?store=/path/to/share.</source>
        <translation>%1 is geen adres van een bibliotheek op een databaseserver. Schrijf het als postgresql://USER@HOST:PORT/DATABASE?store=/pad/naar/gedeelde/map.</translation>
    </message>
    <message>
        <source>There is no PhotoFollow library at %1. Check the folder name.</source>
        <translation>Er is geen PhotoFollow-bibliotheek in %1. Controleer de naam van de map.</translation>
    </message>
    <message>
        <source>The library at %1 was written by a newer PhotoFollow (schema revision %2). Move it with that version or a later one.</source>
        <translation>De bibliotheek in %1 is geschreven door een nieuwere PhotoFollow (schemaversie %2). Verplaats haar met die versie of een latere.</translation>
    </message>
    <message>
        <source>The database %1 on %2 holds no PhotoFollow library yet. Importing photos into it creates one; or check the library&apos;s address.</source>
        <translation>De database %1 op %2 bevat nog geen PhotoFollow-bibliotheek. Door er foto&apos;s in te importeren ontstaat er een; of controleer het adres van de bibliotheek.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2).</source>
        <translation>De back-up %1 kon niet worden geschreven (%2).</translation>
    </message>
    <message>
        <source>The photo folder of the library %1 (%2) cannot be found. Is the shared folder mounted on this computer? Mount it, then try again.</source>
        <translation>De fotomap van de bibliotheek %1 (%2) is niet te vinden. Is de gedeelde map op deze computer gekoppeld? Koppel hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>PhotoFollow has the library %1 open on %2. Close it there first (a restore would take their work away under them), or restore anyway with --force.</source>
        <translation>PhotoFollow heeft de bibliotheek %1 open op %2. Sluit die daar eerst (terugzetten zou het werk daar onder hun handen wegnemen), of zet toch terug met --force.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a folder for the library.</source>
        <translation>%1 is een bestand, geen map; kies een map voor de bibliotheek.</translation>
    </message>
    <message>
        <source>%1 already holds other files (%2, ...) and is not a PhotoFollow library. Choose an empty or new folder for the library.</source>
        <translation>%1 bevat al andere bestanden (%2, ...) en is geen PhotoFollow-bibliotheek. Kies een lege of nieuwe map voor de bibliotheek.</translation>
    </message>
    <message>
        <source>The library folder %1 cannot be created (%2).</source>
        <translation>De bibliotheekmap %1 kan niet worden aangemaakt (%2).</translation>
    </message>
    <message>
        <source>The library at %1 cannot be written to (%2: %3). Choose a library folder you may write to, or ask for write access.</source>
        <translation>In de bibliotheek in %1 kan niet worden geschreven (%2: %3). Kies een bibliotheekmap waarin u mag schrijven, of vraag om schrijfrechten.</translation>
    </message>
    <message>
        <source>The library&apos;s database %1 is a folder, not a file. Move that folder away, then restore the library from one of its backups (photofollow backup --library %2 list).</source>
        <translation>De database van de bibliotheek, %1, is een map en geen bestand. Verplaats die map en zet de bibliotheek daarna terug uit een van haar back-ups (photofollow backup --library %2 list).</translation>
    </message>
    <message>
        <source>The library&apos;s database %1 cannot be read (%2). Check its permissions and the disk.</source>
        <translation>De database van de bibliotheek, %1, kan niet worden gelezen (%2). Controleer de rechten en de schijf.</translation>
    </message>
    <message>
        <source>The database of the library at %1 is damaged (%2); nothing was written to it. Restore it from a backup: File &gt; Restore from a backup… in PhotoFollow, or photofollow backup --library %1 list.</source>
        <translation>De database van de bibliotheek in %1 is beschadigd (%2); er is niets in geschreven. Zet hem terug uit een back-up: Bestand &gt; Terugzetten uit een back-up… in PhotoFollow, of photofollow backup --library %1 list.</translation>
    </message>
    <message>
        <source>The library at %1 is open for reading only, so this change was not saved. Open it where you may write to it (and where no other PhotoFollow is using it), then try again.</source>
        <translation>De bibliotheek in %1 is alleen geopend om te lezen, dus deze wijziging is niet opgeslagen. Open hem waar u erin mag schrijven (en waar geen andere PhotoFollow hem gebruikt) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The library at %1 cannot be written to. Choose a library folder you may write to, or ask for write access.</source>
        <translation>In de bibliotheek in %1 kan niet worden geschreven. Kies een bibliotheekmap waarin u mag schrijven, of vraag schrijfrechten aan.</translation>
    </message>
    <message>
        <source>The disk holding the library at %1 reported an error (%2); nothing was changed. Check the disk, then try again.</source>
        <translation>De schijf met de bibliotheek in %1 meldde een fout (%2); er is niets gewijzigd. Controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The library at %1 cannot be written to (%2). Choose a library folder you may write to, or ask for write access.</source>
        <translation>In de bibliotheek in %1 kan niet worden geschreven (%2). Kies een bibliotheekmap waarin u mag schrijven, of vraag om schrijfrechten.</translation>
    </message>
    <message>
        <source>Another PhotoFollow (process %1) is using the library at %2. Close it, then try again.</source>
        <translation>Een andere PhotoFollow (proces %1) gebruikt de bibliotheek in %2. Sluit die en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Another PhotoFollow is using the library at %1. Close it, then try again.</source>
        <translation>Een andere PhotoFollow gebruikt de bibliotheek in %1. Sluit die en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>The library at %1 cannot be written to (%2).</source>
        <translation>In de bibliotheek in %1 kan niet worden geschreven (%2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a PhotoFollow library. Choose another folder.</source>
        <translation>%1 is een SQLite-database, maar geen PhotoFollow-bibliotheek. Kies een andere map.</translation>
    </message>
    <message>
        <source>The library at %1 was written by a newer PhotoFollow (schema revision %2). Install that version or a later one to open it; this version leaves it untouched.</source>
        <translation>De bibliotheek in %1 is geschreven door een nieuwere PhotoFollow (schemaversie %2). Installeer die versie of een latere om haar te openen; deze versie laat haar ongemoeid.</translation>
    </message>
    <message>
        <source>Upgrading the library left %1 broken references; nothing was changed. Please report this, with the library&apos;s backups folder.</source>
        <translation>Het bijwerken van de bibliotheek liet %1 verbroken verwijzingen achter; er is niets gewijzigd. Meld dit alstublieft, samen met de back-upmap van de bibliotheek.</translation>
    </message>
    <message>
        <source>This patient is no longer in the library. Choose the patient again in the patient list.</source>
        <translation>Deze patiënt staat niet meer in de bibliotheek. Kies de patiënt opnieuw in de patiëntenlijst.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file; attach the signed form as one.</source>
        <translation>%1 is geen PDF-, JPEG- of PNG-bestand; voeg het ondertekende formulier als een daarvan toe.</translation>
    </message>
    <message>
        <source>This patient is no longer in the library.</source>
        <translation>Deze patiënt staat niet meer in de bibliotheek.</translation>
    </message>
    <message>
        <source>There is no consent record %1; `photofollow consent list` shows them.</source>
        <translation>Er is geen toestemming %1; `photofollow consent list` toont ze.</translation>
    </message>
    <message>
        <source>The patient has not consented to %1: without that consent the sheet may only be de-identified.</source>
        <translation>De patiënt heeft geen toestemming gegeven voor %1: zonder die toestemming mag het blad alleen gepseudonimiseerd.</translation>
    </message>
    <message>
        <source>The patient has not consented to %1; record their consent first (photofollow consent add).</source>
        <translation>De patiënt heeft geen toestemming gegeven voor %1; leg eerst de toestemming vast (photofollow consent add).</translation>
    </message>
    <message>
        <source>This treatment is no longer in the library.</source>
        <translation>Deze behandeling staat niet meer in de bibliotheek.</translation>
    </message>
    <message>
        <source>This visit is no longer in the library.</source>
        <translation>Dit bezoek staat niet meer in de bibliotheek.</translation>
    </message>
    <message>
        <source>This photo is no longer in the library.</source>
        <translation>Deze foto staat niet meer in de bibliotheek.</translation>
    </message>
    <message>
        <source>Trash entry %1 does not exist (any more); `photofollow trash list` shows them.</source>
        <translation>Item %1 staat niet (meer) in de prullenbak; `photofollow trash list` toont de items.</translation>
    </message>
    <message>
        <source>This visit is no longer in the library. Open the patient again and choose the visit.</source>
        <translation>Dit bezoek staat niet meer in de bibliotheek. Open de patiënt opnieuw en kies het bezoek.</translation>
    </message>
    <message>
        <source>%1: the policy file does not exist; check the path.</source>
        <translation>%1: het beleidsbestand bestaat niet; controleer het pad.</translation>
    </message>
    <message>
        <source>%1: the policy file cannot be read (%2).</source>
        <translation>%1: het beleidsbestand kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>%1: the policy file is not valid TOML (%2).</source>
        <translation>%1: het beleidsbestand is geen geldige TOML (%2).</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos;; see the shipped policy.toml for the keys.</source>
        <translation>%1: onbekende sleutel &apos;%2&apos;; de sleutels staan in het meegeleverde policy.toml.</translation>
    </message>
    <message>
        <source>%1: &apos;change.skip_when_failed&apos; names an unknown check &apos;%2&apos;; checks are %3.</source>
        <translation>%1: &apos;change.skip_when_failed&apos; noemt een onbekende controle &apos;%2&apos;; de controles zijn %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a table ([%2]).</source>
        <translation>%1: &apos;%2&apos; moet een tabel zijn ([%2]).</translation>
    </message>
    <message>
        <source>%1: &apos;protocols&apos; must be a table ([protocols]).</source>
        <translation>%1: &apos;protocols&apos; moet een tabel zijn ([protocols]).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a table.</source>
        <translation>%1: &apos;%2&apos; moet een tabel zijn.</translation>
    </message>
    <message>
        <source>%1: the key &apos;%2&apos; is missing.</source>
        <translation>%1: de sleutel &apos;%2&apos; ontbreekt.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be true or false, not %3.</source>
        <translation>%1: &apos;%2&apos; moet true of false zijn, niet %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a whole number, not %3.</source>
        <translation>%1: &apos;%2&apos; moet een geheel getal zijn, niet %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a number, not %3.</source>
        <translation>%1: &apos;%2&apos; moet een getal zijn, niet %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must not be negative (%3).</source>
        <translation>%1: &apos;%2&apos; mag niet negatief zijn (%3).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be one of %3, not %4.</source>
        <translation>%1: &apos;%2&apos; moet een van %3 zijn, niet %4.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list of names in quotes.</source>
        <translation>%1: &apos;%2&apos; moet een lijst van namen tussen aanhalingstekens zijn.</translation>
    </message>
    <message>
        <source>%1: unknown area &apos;%2.%3&apos;; areas are %4.</source>
        <translation>%1: onbekend gebied &apos;%2.%3&apos;; de gebieden zijn %4.</translation>
    </message>
    <message>
        <source>%1: &apos;%2.%3&apos; must be a list of view names.</source>
        <translation>%1: &apos;%2.%3&apos; moet een lijst van namen van aanzichten zijn.</translation>
    </message>
    <message>
        <source>%1: &apos;%2.%3&apos;: %4; views are %5.</source>
        <translation>%1: &apos;%2.%3&apos;: %4; de aanzichten zijn %5.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has a type the policy does not know.</source>
        <translation>%1: &apos;%2&apos; heeft een type dat het fotobeleid niet kent.</translation>
    </message>
    <message>
        <source>%1: the warn threshold of &apos;%2&apos; lies beyond its fail threshold.</source>
        <translation>%1: de drempelwaarde voor een waarschuwing bij &apos;%2&apos; ligt voorbij die voor &apos;voldoet niet&apos;.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the preview %2 could not be written. Free some space and try again.</source>
        <translation>De schijf met %1 is vol, dus het voorbeeld %2 kon niet worden geschreven. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>PhotoFollow may not write into %1, so the preview %2 could not be saved. Check the folder&apos;s permissions or choose another library folder.</source>
        <translation>PhotoFollow mag niet schrijven in %1, dus het voorbeeld %2 kon niet worden opgeslagen. Controleer de rechten van de map of kies een andere bibliotheekmap.</translation>
    </message>
    <message>
        <source>The original of the %1 photo (%2 visit, taken %3) is missing from the library (%4). Import that photo again into its visit to put it back, then export again.</source>
        <translation>Het origineel van de foto %1 (bezoek: %2, genomen %3) ontbreekt in de bibliotheek (%4). Importeer die foto opnieuw in zijn bezoek om hem terug te zetten en exporteer daarna opnieuw.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; choose an existing folder.</source>
        <translation>de map %1 bestaat niet; kies een bestaande map.</translation>
    </message>
    <message>
        <source>the image could not be written; check that the folder is writable and the disk is not full.</source>
        <translation>de afbeelding kon niet worden geschreven; controleer of u in de map mag schrijven en of de schijf niet vol is.</translation>
    </message>
    <message>
        <source>the PDF could not be written (%1); check that the folder is writable and the disk is not full.</source>
        <translation>het pdf-bestand kon niet worden geschreven (%1); controleer of u in de map mag schrijven en of de schijf niet vol is.</translation>
    </message>
    <message>
        <source>%1 already holds a library with patients; the demo needs a folder of its own. Choose an empty or new folder (for example “%2”).</source>
        <translation>%1 bevat al een bibliotheek met patiënten; de demo heeft een eigen map nodig. Kies een lege of nieuwe map (bijvoorbeeld “%2”).</translation>
    </message>
    <message>
        <source>The demo could not import %1: %2</source>
        <translation>De demo kon %1 niet importeren: %2</translation>
    </message>
    <message>
        <source>Only a physician records an assessment; %1 is not one.</source>
        <translation>Alleen een arts legt een beoordeling vast; %1 is geen arts.</translation>
    </message>
    <message>
        <source>There is no visit %1 in this library. `photofollow timeline` lists the visits.</source>
        <translation>Er is geen bezoek %1 in deze bibliotheek. `photofollow timeline` toont de bezoeken.</translation>
    </message>
    <message>
        <source>Visit %1 is a baseline: a result is assessed at a follow-up visit. Choose a follow-up.</source>
        <translation>Bezoek %1 is een nulmeting: een resultaat wordt bij een vervolgbezoek beoordeeld. Kies een vervolgbezoek.</translation>
    </message>
    <message>
        <source>There is no backup called %1 in %2. List the backups with photofollow backup --library %3 list and give one of their names.</source>
        <translation>Er is geen back-up met de naam %1 in %2. Toon de back-ups met photofollow backup --library %3 list en geef een van die namen op.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored (%2). Choose another backup of the library.</source>
        <translation>De back-up %1 kan niet worden teruggezet (%2). Kies een andere back-up van de bibliotheek.</translation>
    </message>
    <message>
        <source>The copy of the backup %1 in the library is damaged (%2); the library was left as it was. Check the disk, then try again.</source>
        <translation>De kopie van de back-up %1 in de bibliotheek is beschadigd (%2); de bibliotheek is gelaten zoals ze was. Controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The disk holding the library at %1 is too full to restore the backup; the library was left as it was. Free some space and try again.</source>
        <translation>De schijf met de bibliotheek in %1 is te vol om de back-up terug te zetten; de bibliotheek is gelaten zoals ze was. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the library at %1 (%2); the library was left as it was. Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>De back-up kon niet naar de bibliotheek in %1 worden gekopieerd (%2); de bibliotheek is gelaten zoals ze was. Controleer de schijf en de rechten van de map en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The list of erased patients %1 cannot be read (%2), so a restore could bring one back; nothing was restored into the database yet. Put that file back from a copy, then try again.</source>
        <translation>De lijst van gewiste patiënten %1 kan niet worden gelezen (%2), dus terugzetten zou er een kunnen terugbrengen; er is nog niets in de database teruggezet. Zet dat bestand terug uit een kopie en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The library at %1 has named users: say who you are with --user NAME (or %2).</source>
        <translation>De bibliotheek in %1 heeft gebruikers op naam: zeg wie u bent met --user NAAM (of %2).</translation>
    </message>
    <message>
        <source>The library at %1 needs %2&apos;s password: type it at a terminal, or set %3.</source>
        <translation>De bibliotheek in %1 vraagt het wachtwoord van %2: typ het in een terminal, of zet %3.</translation>
    </message>
    <message>
        <source>Sign in first: the library at %1 has named users (on the command line: --user NAME, or PHOTOFOLLOW_USER).</source>
        <translation>Meld u eerst aan: de bibliotheek in %1 heeft gebruikers op naam (op de opdrachtregel: --user NAAM, of PHOTOFOLLOW_USER).</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3; ask a colleague whose role allows it.</source>
        <translation>%1 (%2) mag niet: %3; vraag een collega wiens rol dat toestaat.</translation>
    </message>
    <message>
        <source>The user name or password is wrong for the library at %1.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet voor de bibliotheek in %1.</translation>
    </message>
    <message>
        <source>%1 is disabled in this library; an administrator can enable them.</source>
        <translation>%1 is uitgeschakeld in deze bibliotheek; een beheerder kan dit ongedaan maken.</translation>
    </message>
    <message>
        <source>%1 may no longer sign in to the library at %2.</source>
        <translation>%1 mag zich niet meer aanmelden bij de bibliotheek in %2.</translation>
    </message>
    <message>
        <source>This library requires a password for every user.</source>
        <translation>Deze bibliotheek vraagt een wachtwoord voor elke gebruiker.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Een wachtwoord heeft minstens 8 tekens nodig.</translation>
    </message>
    <message>
        <source>The first user of a library is its administrator: add %1 with the role administrator.</source>
        <translation>De eerste gebruiker van een bibliotheek is de beheerder: voeg %1 toe met de rol beheerder.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 64 printable characters.</source>
        <translation>Een gebruikersnaam heeft 1 tot 64 afdrukbare tekens nodig.</translation>
    </message>
    <message>
        <source>There is a user named %1 already.</source>
        <translation>Er is al een gebruiker met de naam %1.</translation>
    </message>
    <message>
        <source>There is no user named %1 in this library.</source>
        <translation>Er is geen gebruiker met de naam %1 in deze bibliotheek.</translation>
    </message>
    <message>
        <source>%1 is the library&apos;s last administrator and stays enabled.</source>
        <translation>%1 is de laatste beheerder van de bibliotheek en blijft ingeschakeld.</translation>
    </message>
    <message>
        <source>The photo folder of the new library (%1) cannot be the library folder being moved (%2) or lie inside or around it. Choose a folder of its own on the share.</source>
        <translation>De fotomap van de nieuwe bibliotheek (%1) kan niet de bibliotheekmap zijn die wordt verplaatst (%2), en er ook niet in of omheen liggen. Kies een eigen map op de gedeelde schijf.</translation>
    </message>
    <message>
        <source>The folder %1 holds a PhotoFollow library of its own; it cannot become the photo folder of another. Choose an empty folder on the share.</source>
        <translation>De map %1 bevat een eigen PhotoFollow-bibliotheek; hij kan niet de fotomap van een andere worden. Kies een lege map op de gedeelde schijf.</translation>
    </message>
    <message>
        <source>The database %1 on %2 already holds a PhotoFollow library (or part of one: %3); a library is only moved into an empty database. Create a new database (createdb), or check the address.</source>
        <translation>De database %1 op %2 bevat al een PhotoFollow-bibliotheek (of een deel ervan: %3); een bibliotheek wordt alleen naar een lege database verplaatst. Maak een nieuwe database aan (createdb), of controleer het adres.</translation>
    </message>
    <message>
        <source>A PhotoFollow is using the library at %1. Close it on every computer first: what it writes during the move would not reach the new library.</source>
        <translation>Een PhotoFollow gebruikt de bibliotheek in %1. Sluit hem eerst op elke computer: wat hij tijdens het verplaatsen schrijft, zou de nieuwe bibliotheek niet bereiken.</translation>
    </message>
    <message>
        <source>The database of the library at %1 is damaged (%2); nothing was moved. Restore it from a backup first (photofollow backup --library %1 list).</source>
        <translation>De database van de bibliotheek in %1 is beschadigd (%2); er is niets verplaatst. Zet hem eerst terug uit een back-up (photofollow backup --library %1 list).</translation>
    </message>
    <message>
        <source>An import into this library was interrupted and has not been settled yet. Open the library once with PhotoFollow (or run photofollow verify on it), then move it.</source>
        <translation>Een import in deze bibliotheek is onderbroken en nog niet afgehandeld. Open de bibliotheek eenmaal met PhotoFollow (of voer er photofollow verify op uit) en verplaats hem daarna.</translation>
    </message>
    <message>
        <source>The photo folder %1 already holds photos of another library (%2, ...). Choose an empty folder on the share for the new library.</source>
        <translation>De fotomap %1 bevat al foto&apos;s van een andere bibliotheek (%2, ...). Kies een lege map op de gedeelde schijf voor de nieuwe bibliotheek.</translation>
    </message>
    <message>
        <source>The photo folder %1 cannot be written to (%2); nothing was moved. Check that the share is mounted for writing and that you may write to it.</source>
        <translation>In de fotomap %1 kan niet worden geschreven (%2); er is niets verplaatst. Controleer of de gedeelde schijf is gekoppeld om te schrijven en of u erin mag schrijven.</translation>
    </message>
    <message>
        <source>The file %1 in the new library&apos;s photo folder is damaged (its bytes do not match its name); nothing was moved. Delete it, then move the library again.</source>
        <translation>Het bestand %1 in de fotomap van de nieuwe bibliotheek is beschadigd (de inhoud past niet bij de naam); er is niets verplaatst. Verwijder het en verplaats de bibliotheek opnieuw.</translation>
    </message>
    <message>
        <source>The photo %1 that the library lists is missing from its photo folder; nothing was moved. Run photofollow verify on the library, put the photo back (or restore it), then move the library.</source>
        <translation>De foto %1 die de bibliotheek noemt, ontbreekt in de fotomap; er is niets verplaatst. Voer photofollow verify uit op de bibliotheek, zet de foto terug (of herstel hem) en verplaats daarna de bibliotheek.</translation>
    </message>
    <message>
        <source>The photo %1 no longer matches its name (its bytes changed: a disk fault?); nothing was moved. Run photofollow verify on the library, then move it.</source>
        <translation>De foto %1 past niet meer bij zijn naam (de inhoud is veranderd: een schijffout?); er is niets verplaatst. Voer photofollow verify uit op de bibliotheek en verplaats hem daarna.</translation>
    </message>
    <message>
        <source>The new library&apos;s folder already holds a different %1; nothing was moved. Choose an empty folder on the share for the new library.</source>
        <translation>De map van de nieuwe bibliotheek bevat al een andere %1; er is niets verplaatst. Kies een lege map op de gedeelde schijf voor de nieuwe bibliotheek.</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2 (%3); nothing was moved. Check the share, then try again.</source>
        <translation>%1 kon niet naar %2 worden gekopieerd (%3); er is niets verplaatst. Controleer de gedeelde schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A row of the table %1 cannot be stored on the server %2 (%3); nothing was kept. Please report this, with the message.</source>
        <translation>Een rij van de tabel %1 kan niet op de server %2 worden opgeslagen (%3); er is niets bewaard. Meld dit alstublieft, met de melding.</translation>
    </message>
    <message>
        <source>The table %1 holds %2 rows in the library but %3 in the copy on %4; nothing was kept. Please report this.</source>
        <translation>De tabel %1 bevat %2 rijen in de bibliotheek maar %3 in de kopie op %4; er is niets bewaard. Meld dit alstublieft.</translation>
    </message>
    <message>
        <source>The library address %1 holds a password. Leave it out: PhotoFollow takes the password from PGPASSWORD or ~/.pgpass, so it is never stored in its settings.</source>
        <translation>Het bibliotheekadres %1 bevat een wachtwoord. Laat het weg: PhotoFollow neemt het wachtwoord uit PGPASSWORD of ~/.pgpass, zodat het nooit in de instellingen wordt bewaard.</translation>
    </message>
    <message>
        <source>The library address %1 is incomplete: it needs the database and the shared photo folder, as in postgresql://USER@HOST:PORT/DATABASE?store=/path/to/share.</source>
        <translation>Het bibliotheekadres %1 is onvolledig: het heeft de database en de gedeelde fotomap nodig, zoals in postgresql://USER@HOST:PORT/DATABASE?store=/pad/naar/gedeelde/map.</translation>
    </message>
    <message>
        <source>The library address %1 has an invalid port.</source>
        <translation>Het bibliotheekadres %1 heeft een ongeldige poort.</translation>
    </message>
    <message>
        <source>The database server %1 refused the sign-in (%2). Set the password in PGPASSWORD or ~/.pgpass for this user, then try again.</source>
        <translation>De databaseserver %1 weigerde het aanmelden (%2). Zet het wachtwoord voor deze gebruiker in PGPASSWORD of ~/.pgpass en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>There is no database %1 on the server %2. Ask the administrator to create it (createdb %1), then try again.</source>
        <translation>Er is geen database %1 op de server %2. Vraag de beheerder hem aan te maken (createdb %1) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database server %1 is out of disk space; nothing was changed. Tell the administrator.</source>
        <translation>De databaseserver %1 heeft geen schijfruimte meer; er is niets gewijzigd. Meld het aan de beheerder.</translation>
    </message>
    <message>
        <source>The library %1 is open for reading only, so this change was not saved.</source>
        <translation>De bibliotheek %1 is alleen geopend om te lezen, dus deze wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>The database user may not change the library %1 on %2 (%3). Ask the administrator for write access.</source>
        <translation>De databasegebruiker mag de bibliotheek %1 op %2 niet wijzigen (%3). Vraag de beheerder om schrijfrechten.</translation>
    </message>
    <message>
        <source>The database of the library %1 on %2 is damaged (%3). Tell the administrator.</source>
        <translation>De database van de bibliotheek %1 op %2 is beschadigd (%3). Meld het aan de beheerder.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached (%2). Nothing half-written was kept; check the network and that the server runs, then try again.</source>
        <translation>De databaseserver %1 is niet bereikbaar (%2). Er is niets half geschreven bewaard; controleer het netwerk en of de server draait, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 was removed from the library after you opened it; your change was not saved.</source>
        <translation>%1 is uit de bibliotheek verwijderd nadat u het opende; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>%1 was changed on %2 by %3 (%4, %5) after you opened it; your change was not saved.</source>
        <translation>%1 is gewijzigd op %2 door %3 (%4, %5) nadat u het opende; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 (%3, %4) after you opened it; your change was not saved.</source>
        <translation>%1 is gewijzigd door %2 (%3, %4) nadat u het opende; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>%1 was changed after you opened it; your change was not saved.</source>
        <translation>%1 is gewijzigd nadat u het opende; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>The patient %1</source>
        <translation>De patiënt %1</translation>
    </message>
    <message>
        <source>The treatment of %1</source>
        <translation>De behandeling van %1</translation>
    </message>
    <message>
        <source>The visit of %1</source>
        <translation>Het bezoek van %1</translation>
    </message>
    <message>
        <source>The photo %1</source>
        <translation>De foto %1</translation>
    </message>
    <message>
        <source>The symptom log of the visit of %1</source>
        <translation>Het symptoomlogboek van het bezoek van %1</translation>
    </message>
    <message>
        <source>The assessment of the visit of %1</source>
        <translation>De beoordeling van het bezoek van %1</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>De patiënt</translation>
    </message>
    <message>
        <source>The treatment</source>
        <translation>De behandeling</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>Het bezoek</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>De foto</translation>
    </message>
    <message>
        <source>The symptom entry</source>
        <translation>De notitie in het symptoomlogboek</translation>
    </message>
    <message>
        <source>The assessment</source>
        <translation>De beoordeling</translation>
    </message>
    <message>
        <source>%1, PostgreSQL&apos;s program the server library&apos;s backups need, is not in %2 (set by %3). Point %3 at the folder holding PostgreSQL&apos;s client programs, or leave it unset.</source>
        <translation>%1, het PostgreSQL-programma dat de back-ups van de serverbibliotheek nodig hebben, staat niet in %2 (ingesteld met %3). Laat %3 wijzen naar de map met de clientprogramma&apos;s van PostgreSQL, of stel het niet in.</translation>
    </message>
    <message>
        <source>%1, PostgreSQL&apos;s program the server library&apos;s backups need, is not installed in version %2 or later (the server&apos;s). Install PostgreSQL&apos;s client programs (on Debian: postgresql-client-%2), or set %3 to the folder holding them.</source>
        <translation>%1, het PostgreSQL-programma dat de back-ups van de serverbibliotheek nodig hebben, is niet geïnstalleerd in versie %2 of later (die van de server). Installeer de clientprogramma&apos;s van PostgreSQL (op Debian: postgresql-client-%2), of stel %3 in op de map waarin ze staan.</translation>
    </message>
    <message>
        <source>The folder %1 for the backup does not exist. Create it, or choose another file.</source>
        <translation>De map %1 voor de back-up bestaat niet. Maak haar aan, of kies een ander bestand.</translation>
    </message>
    <message>
        <source>The backup of the library %1 could not be made: pg_dump failed (%2). Nothing was written to %3.</source>
        <translation>De back-up van de bibliotheek %1 kon niet worden gemaakt: pg_dump mislukte (%2). Er is niets naar %3 geschreven.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; the backup was not written. Free some space and try again.</source>
        <translation>De schijf met %1 is vol; de back-up is niet geschreven. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>There is no backup called %1 in %2. List the backups with photofollow backup --library ... list and give one of their names, or the path to a backup file.</source>
        <translation>Er is geen back-up met de naam %1 in %2. Toon de back-ups met photofollow backup --library ... list en geef een van hun namen, of het pad naar een back-upbestand.</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored: pg_restore failed (%2). The library&apos;s database was left as it was.</source>
        <translation>De back-up %1 kon niet worden teruggezet: pg_restore mislukte (%2). De database van de bibliotheek is gebleven zoals ze was.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export comparison sheet</source>
        <translation>Vergelijkingsblad exporteren</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>Papier&amp;formaat:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Afdrukstand:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Afdrukstand</translation>
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
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <source>Automatic: landscape for three or four visits side by side, portrait otherwise.</source>
        <translation>Automatisch: liggend bij drie of vier bezoeken naast elkaar, anders staand.</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>D&amp;oel:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Clinical record</source>
        <translation>Medisch dossier</translation>
    </message>
    <message>
        <source>Sharing with other clinicians</source>
        <translation>Delen met andere zorgverleners</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicatie</translation>
    </message>
    <message>
        <source>&amp;Hide:</source>
        <translation>Verber&amp;gen:</translation>
    </message>
    <message>
        <source>Hide on a de-identified sheet</source>
        <translation>Verbergen op een gepseudonimiseerd blad</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Niets meer</translation>
    </message>
    <message>
        <source>The eyes</source>
        <translation>De ogen</translation>
    </message>
    <message>
        <source>All above the mid face (crop)</source>
        <translation>Alles boven het middengezicht (bijsnijden)</translation>
    </message>
    <message>
        <source>On a de-identified sheet: a bar over the eyes, or each photo cropped to the face below them.</source>
        <translation>Op een gepseudonimiseerd blad: een balk over de ogen, of elke foto bijgesneden tot het gezicht eronder.</translation>
    </message>
    <message>
        <source>What the sheet is for, stated on it. A purpose beyond the patient&apos;s recorded consent is refused; teaching and publication without consent only de-identified.</source>
        <translation>Waarvoor het blad dient; dat staat erop. Een doel buiten de vastgelegde toestemming van de patiënt wordt geweigerd; onderwijs en publicatie zonder toestemming alleen gepseudonimiseerd.</translation>
    </message>
    <message>
        <source>&amp;De-identify (pseudonym, no name or birth date)</source>
        <translation>&amp;Pseudonimiseren (pseudoniem, geen naam of geboortedatum)</translation>
    </message>
    <message>
        <source>The sheet shows a pseudonym instead of the patient&apos;s name, chart number and birth date, and says that it is de-identified. The same patient keeps the same pseudonym in this library.</source>
        <translation>Het blad toont een pseudoniem in plaats van de naam, het dossiernummer en de geboortedatum van de patiënt, en vermeldt dat het gepseudonimiseerd is. Dezelfde patiënt houdt in deze bibliotheek hetzelfde pseudoniem.</translation>
    </message>
    <message>
        <source>&amp;Aligned</source>
        <translation>&amp;Uitgelijnd</translation>
    </message>
    <message>
        <source>Show each follow-up aligned on its baseline where the photos could be registered.</source>
        <translation>Elke vervolgfoto uitgelijnd op de nulmeting tonen waar de foto&apos;s konden worden geregistreerd.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Voorbeeld van het blad</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;image…</source>
        <translation>Opslaan als af&amp;beelding…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Afd&amp;rukken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>&amp;Vorige pagina</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Volge&amp;nde pagina</translation>
    </message>
    <message>
        <source>Save the sheet as a PDF file</source>
        <translation>Het blad opslaan als PDF-bestand</translation>
    </message>
    <message>
        <source>Save the sheet as PNG or JPEG images</source>
        <translation>Het blad opslaan als PNG- of JPEG-afbeeldingen</translation>
    </message>
    <message>
        <source>Print the sheet through the system dialog</source>
        <translation>Het blad afdrukken via het afdrukvenster van het systeem</translation>
    </message>
    <message>
        <source>Show the previous page</source>
        <translation>De vorige pagina tonen</translation>
    </message>
    <message>
        <source>Show the next page</source>
        <translation>De volgende pagina tonen</translation>
    </message>
    <message>
        <source>Close this dialog (%1)</source>
        <translation>Dit venster sluiten (%1)</translation>
    </message>
    <message>
        <source>The sheet could not be made: %1</source>
        <translation>Het blad kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Writing the sheet…</source>
        <translation>Blad wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Voorbeeld wordt bijgewerkt…</translation>
    </message>
    <message>
        <source>Automatic (landscape)</source>
        <translation>Automatisch (liggend)</translation>
    </message>
    <message>
        <source>Automatic (portrait)</source>
        <translation>Automatisch (staand)</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Voorbeeld wordt voorbereid…</translation>
    </message>
    <message>
        <source>Save the sheet as PDF</source>
        <translation>Blad opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG-afbeelding (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Save the sheet as an image</source>
        <translation>Blad opslaan als afbeelding</translation>
    </message>
    <message>
        <source>Print comparison sheet</source>
        <translation>Vergelijkingsblad afdrukken</translation>
    </message>
    <message>
        <source>Sheet printed to %1</source>
        <translation>Blad afgedrukt naar %1</translation>
    </message>
    <message>
        <source>Sheet sent to the printer %1</source>
        <translation>Blad naar de printer %1 gestuurd</translation>
    </message>
    <message>
        <source>Sheet written to %1</source>
        <translation>Vergelijkingsblad opgeslagen in %1</translation>
    </message>
    <message numerus="yes">
        <source>Sheet written to %1 and %n more page(s) next to it</source>
        <translation>
            <numerusform>Blad opgeslagen in %1 en nog %n pagina ernaast</numerusform>
            <numerusform>Blad opgeslagen in %1 en nog %n pagina&apos;s ernaast</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet was not written</source>
        <translation>Het blad is niet opgeslagen</translation>
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
        <translation>Controle</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Drempelwaarde</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Betekenis</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Checks of the follow-up against the baseline</source>
        <translation>Controles van de vervolgfoto ten opzichte van de nulmeting</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>E&amp;xport sheet…</source>
        <translation>Blad e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the comparison sheet of the treatment shown (%1)</source>
        <translation>Het vergelijkingsblad van de getoonde behandeling exporteren (%1)</translation>
    </message>
    <message>
        <source>P&amp;rint sheet…</source>
        <translation>Blad af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print the comparison sheet of the treatment shown (%1)</source>
        <translation>Het vergelijkingsblad van de getoonde behandeling afdrukken (%1)</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Beoordelen…</translation>
    </message>
    <message>
        <source>Export sheet…</source>
        <translation>Blad exporteren…</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>Blad afdrukken…</translation>
    </message>
</context>
<context>
    <name>GuideTiers</name>
    <message>
        <source>What the guide says (information only)</source>
        <translation>Wat de patiëntengids zegt (alleen ter informatie)</translation>
    </message>
    <message>
        <source>Observe at home</source>
        <translation>Thuis observeren</translation>
    </message>
    <message>
        <source>mild pinpoint redness, small bumps, tenderness, small bruises, getting better.</source>
        <translation>milde puntvormige roodheid, kleine bultjes, gevoeligheid, kleine blauwe plekken, in verbetering.</translation>
    </message>
    <message>
        <source>Call the clinic</source>
        <translation>Bel de kliniek</translation>
    </message>
    <message>
        <source>increasing pain, spreading redness, firm nodules, drainage, worsening itch, marked swelling, colour change, unexpected asymmetry.</source>
        <translation>toenemende pijn, uitbreidende roodheid, stevige knobbeltjes, afscheiding, verergerende jeuk, duidelijke zwelling, kleurverandering, onverwachte asymmetrie.</translation>
    </message>
    <message>
        <source>Urgent care now</source>
        <translation>Direct spoedeisende zorg</translation>
    </message>
    <message>
        <source>breathing difficulty, widespread hives or allergic reaction, fever with infection, pus, rapidly increasing swelling, severe pain, vision or neurological symptoms.</source>
        <translation>ademhalingsmoeilijkheden, wijdverspreide netelroos of allergische reactie, koorts met infectie, etter, snel toenemende zwelling, hevige pijn, klachten van het zien of neurologische klachten.</translation>
    </message>
    <message>
        <source>Photos support follow-up; they never replace the examination. Vision, breathing or neurological symptoms and signs of a serious infection must not wait for photos.</source>
        <translation>Foto&apos;s ondersteunen het vervolg; ze vervangen nooit het onderzoek. Klachten van het zien, de ademhaling of neurologische klachten en tekenen van een ernstige infectie mogen niet wachten op foto&apos;s.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Baseline: later follow-ups are checked against it</source>
        <translation>Nulmeting: latere vervolgfoto&apos;s worden hiermee vergeleken</translation>
    </message>
    <message>
        <source>Not checked: no baseline photo of this view</source>
        <translation>Niet gecontroleerd: geen foto van dit aanzicht bij de nulmeting</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Kon niet worden gecontroleerd</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import photos</source>
        <translation>Foto&apos;s importeren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Aanzicht</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Bestanden toevoegen…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>&amp;Map toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patiënt:</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>Be&amp;handeling:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>Be&amp;zoek:</translation>
    </message>
    <message>
        <source>Type a name or chart number</source>
        <translation>Typ een naam of dossiernummer</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Nieuwe patiënt…</translation>
    </message>
    <message>
        <source>New treatment…</source>
        <translation>Nieuwe behandeling…</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Nieuw bezoek…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>View of %1</source>
        <translation>Aanzicht van %1</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>ingetypt</translation>
    </message>
    <message>
        <source>from camera</source>
        <translation>van de camera</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>file date: check</source>
        <translation>bestandsdatum: controleren</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genomen</translation>
    </message>
    <message>
        <source>Since treatment</source>
        <translation>Sinds behandeling</translation>
    </message>
    <message>
        <source>Goes to visit</source>
        <translation>Naar bezoek</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Photos to import, where each goes and its problems</source>
        <translation>Te importeren foto&apos;s, waar elke foto heen gaat en de problemen ervan</translation>
    </message>
    <message>
        <source>Type &amp;date…</source>
        <translation>&amp;Datum typen…</translation>
    </message>
    <message>
        <source>The date the selected photos were taken, when the camera gave none</source>
        <translation>De datum waarop de gekozen foto&apos;s zijn genomen, als de camera er geen gaf</translation>
    </message>
    <message>
        <source>File &amp;under…</source>
        <translation>&amp;Onderbrengen bij…</translation>
    </message>
    <message>
        <source>Another visit or treatment for the selected photos</source>
        <translation>Een ander bezoek of een andere behandeling voor de gekozen foto&apos;s</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Weglaten</translation>
    </message>
    <message>
        <source>&amp;Accept the dates as they are (photos far from their visit, or on the wrong side of the treatment)</source>
        <translation>Datums &amp;accepteren zoals ze zijn (foto&apos;s ver van hun bezoek, of aan de verkeerde kant van de behandeling)</translation>
    </message>
    <message>
        <source>By capture date (a visit per day)</source>
        <translation>Op opnamedatum (een bezoek per dag)</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Foto&apos;s kiezen</translation>
    </message>
    <message>
        <source>Photos (%1);;All files (*)</source>
        <translation>Foto&apos;s (%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose a folder of photos</source>
        <translation>Kies een map met foto&apos;s</translation>
    </message>
    <message>
        <source>looking at the head pose…</source>
        <translation>hoofdhouding bekijken…</translation>
    </message>
    <message>
        <source>no suggestion (no face found)</source>
        <translation>geen voorstel (geen gezicht gevonden)</translation>
    </message>
    <message>
        <source>%1, from the head pose</source>
        <translation>%1, op basis van de hoofdhouding</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lezen…</translation>
    </message>
    <message>
        <source>left out: not imported</source>
        <translation>weggelaten: niet geïmporteerd</translation>
    </message>
    <message>
        <source>Treatment of %1: </source>
        <translation>Behandeling van %1: </translation>
    </message>
    <message>
        <source>a visit on the date you type</source>
        <translation>een bezoek op de datum die u typt</translation>
    </message>
    <message>
        <source>new: %1 · %2</source>
        <translation>nieuw: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Include</source>
        <translation>&amp;Meenemen</translation>
    </message>
    <message>
        <source>New %1 visit on %2</source>
        <translation>Nieuw bezoek (%1) op %2</translation>
    </message>
    <message>
        <source>Treatment of %1 (by capture date)</source>
        <translation>Behandeling van %1 (op opnamedatum)</translation>
    </message>
    <message>
        <source>Another patient&apos;s treatment…</source>
        <translation>Behandeling van een andere patiënt…</translation>
    </message>
    <message>
        <source>&amp;Import: %1</source>
        <translation>&amp;Importeren: %1</translation>
    </message>
    <message>
        <source>Add photos with the buttons below, or drop files or folders here.</source>
        <translation>Voeg foto&apos;s toe met de knoppen hieronder, of sleep bestanden of mappen hierheen.</translation>
    </message>
    <message>
        <source>Choose the patient, or create one.</source>
        <translation>Kies de patiënt, of maak een nieuwe aan.</translation>
    </message>
    <message>
        <source>Choose the treatment these photos belong to, or create it.</source>
        <translation>Kies de behandeling waar deze foto&apos;s bij horen, of maak die aan.</translation>
    </message>
    <message>
        <source>Reading the files&apos; dates…</source>
        <translation>De datums van de bestanden worden gelezen…</translation>
    </message>
    <message>
        <source>Some photos are held back: select them and type their date, file them under another visit, leave them out, or accept the dates.</source>
        <translation>Sommige foto&apos;s worden tegengehouden: kies ze en typ hun datum, breng ze onder bij een ander bezoek, laat ze weg, of accepteer de datums.</translation>
    </message>
    <message>
        <source>Check each photo&apos;s view and visit before importing.</source>
        <translation>Controleer vóór het importeren het aanzicht en het bezoek van elke foto.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the import results</source>
        <translation>De importresultaten sluiten</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importresultaten</translation>
    </message>
    <message>
        <source>Importing photos</source>
        <translation>Foto&apos;s importeren</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import voltooid</translation>
    </message>
    <message>
        <source>%1 imported</source>
        <translation>%1 geïmporteerd</translation>
    </message>
    <message>
        <source>%1 duplicate</source>
        <translation>%1 al aanwezig</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 mislukt</translation>
    </message>
    <message>
        <source>%1 left out</source>
        <translation>%1 weggelaten</translation>
    </message>
    <message>
        <source>%1 not imported (cancelled)</source>
        <translation>%1 niet geïmporteerd (geannuleerd)</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>%1 photo(s) into %2 visit(s) (%3 new)</source>
        <translation>%1 foto(&apos;s) in %2 bezoek(en) (%3 nieuw)</translation>
    </message>
    <message>
        <source>%1 need(s) a date</source>
        <translation>%1 heeft/hebben een datum nodig</translation>
    </message>
    <message>
        <source>%1 held back for their dates</source>
        <translation>%1 tegengehouden vanwege de datum</translation>
    </message>
    <message>
        <source>%1 already in the library</source>
        <translation>%1 al in de bibliotheek</translation>
    </message>
    <message>
        <source>%1 not a photo</source>
        <translation>%1 geen foto</translation>
    </message>
    <message>
        <source>no view could be suggested (no face found): filed as “other view”</source>
        <translation>geen aanzicht voor te stellen (geen gezicht gevonden): opgeslagen als “ander aanzicht”</translation>
    </message>
    <message>
        <source>taken on %1, before the treatment of %2, but filed as a follow-up: file it as a baseline or under the right treatment</source>
        <translation>genomen op %1, vóór de behandeling van %2, maar opgeslagen als vervolgfoto: sla hem op als nulmeting of onder de juiste behandeling</translation>
    </message>
    <message>
        <source>taken on %1, after the treatment of %2, but filed as a baseline: file it as a follow-up or under the right treatment</source>
        <translation>genomen op %1, na de behandeling van %2, maar opgeslagen als nulmeting: sla hem op als vervolgfoto of onder de juiste behandeling</translation>
    </message>
    <message>
        <source>taken on %1, %2 days from its visit of %3: choose the visit of that day</source>
        <translation>genomen op %1, %2 dagen van het bezoek van %3: kies het bezoek van die dag</translation>
    </message>
    <message>
        <source>no capture date in the file: type the date it was taken</source>
        <translation>geen opnamedatum in het bestand: typ de datum waarop de foto is genomen</translation>
    </message>
    <message>
        <source>no camera date; the file&apos;s date is %1: confirm it or type the date it was taken</source>
        <translation>geen cameradatum; de bestandsdatum is %1: bevestig die of typ de datum waarop de foto is genomen</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>weggelaten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
<context>
    <name>ImportResultModel</name>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Aanzicht</translation>
    </message>
    <message>
        <source>Against the baseline</source>
        <translation>Ten opzichte van de nulmeting</translation>
    </message>
    <message>
        <source>Imported, but %1</source>
        <translation>Geïmporteerd, maar %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Duplicate: %1</source>
        <translation>Al aanwezig: %1</translation>
    </message>
    <message>
        <source>Duplicate: already in the library</source>
        <translation>Dubbel: staat al in de bibliotheek</translation>
    </message>
    <message>
        <source>Not imported: cancelled</source>
        <translation>Niet geïmporteerd: geannuleerd</translation>
    </message>
    <message>
        <source>Not imported: left out</source>
        <translation>Niet geïmporteerd: weggelaten</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>voldoet niet: %1</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>waarschuwingen: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>photo %1</source>
        <translation>foto %1</translation>
    </message>
    <message>
        <source>an unknown patient</source>
        <translation>een onbekende patiënt</translation>
    </message>
    <message>
        <source>%1, baseline visit of %2</source>
        <translation>%1, nulmeting van %2</translation>
    </message>
    <message>
        <source>%1, follow-up visit of %2</source>
        <translation>%1, vervolgbezoek van %2</translation>
    </message>
    <message>
        <source>%1, baseline visit of %2, %3</source>
        <translation>%1, nulmeting van %2, %3</translation>
    </message>
    <message>
        <source>%1, follow-up visit of %2, %3</source>
        <translation>%1, vervolgbezoek van %2, %3</translation>
    </message>
</context>
<context>
    <name>LibraryLocationDialog</name>
    <message>
        <source>Open library</source>
        <translation>Bibliotheek openen</translation>
    </message>
    <message>
        <source>A library folder, or the address of a library shared on a database server:</source>
        <translation>Een bibliotheekmap, of het adres van een bibliotheek die op een databaseserver wordt gedeeld:</translation>
    </message>
    <message>
        <source>Library folder or server address</source>
        <translation>Bibliotheekmap of serveradres</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <source>A shared library: postgresql://USER@HOST:PORT/DATABASE?store=/path/to/shared/folder. The password is never written here: PhotoFollow takes it from PGPASSWORD or ~/.pgpass.</source>
        <translation>Een gedeelde bibliotheek: postgresql://GEBRUIKER@HOST:POORT/DATABASE?store=/pad/naar/gedeelde/map. Het wachtwoord staat hier nooit: PhotoFollow neemt het uit PGPASSWORD of ~/.pgpass.</translation>
    </message>
    <message>
        <source>Open a library folder</source>
        <translation>Een bibliotheekmap openen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Shared library %1 on the server %2</source>
        <translation>Gedeelde bibliotheek %1 op de server %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patiënt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>Bibliotheek &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Terugzetten uit een &amp;back-up…</translation>
    </message>
    <message>
        <source>&amp;Unfiled photos…</source>
        <translation>&amp;Niet-ingedeelde foto&apos;s…</translation>
    </message>
    <message>
        <source>&amp;Import photos…</source>
        <translation>Foto&apos;s &amp;importeren…</translation>
    </message>
    <message>
        <source>Import photos (Ctrl+I); you can also drop files on the window</source>
        <translation>Foto&apos;s importeren (Ctrl+I); u kunt ook bestanden naar het venster slepen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nieuwe patiënt…</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nieuwe patiënt</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>Patiënt &amp;bewerken…</translation>
    </message>
    <message>
        <source>New &amp;treatment…</source>
        <translation>Nieuwe be&amp;handeling…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Patiënt &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;About PhotoFollow</source>
        <translation>&amp;Over PhotoFollow</translation>
    </message>
    <message>
        <source>Search by name or chart number</source>
        <translation>Zoeken op naam of dossiernummer</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patiënten zoeken</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patiënten</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Nieuwe patiënt…</translation>
    </message>
    <message>
        <source>Edit patient…</source>
        <translation>Patiënt bewerken…</translation>
    </message>
    <message>
        <source>New treatment…</source>
        <translation>Nieuwe behandeling…</translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation>Foto&apos;s importeren…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Choose a patient on the left, or create one.

Drop photos or folders anywhere on this window to import them.</source>
        <translation>Kies links een patiënt, of maak een nieuwe aan.

Sleep foto&apos;s of mappen naar een willekeurige plek in dit venster om ze te importeren.</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren %1</translation>
    </message>
    <message>
        <source>1 treatment</source>
        <translation>1 behandeling</translation>
    </message>
    <message numerus="yes">
        <source>%n treatments</source>
        <translation>
            <numerusform>%n behandeling</numerusform>
            <numerusform>%n behandelingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Kon niet worden gecontroleerd</translation>
    </message>
    <message>
        <source>An import is running. Wait for it, or cancel it.</source>
        <translation>Er loopt een import. Wacht tot die klaar is, of annuleer hem.</translation>
    </message>
    <message>
        <source>About PhotoFollow</source>
        <translation>Over PhotoFollow</translation>
    </message>
    <message>
        <source>PhotoFollow %1 compares a patient&apos;s photos over time and checks that each follow-up was taken like its baseline.

Photos support follow-up; they never replace the examination.</source>
        <translation>PhotoFollow %1 vergelijkt de foto&apos;s van een patiënt in de loop van de tijd en controleert of elke vervolgfoto op dezelfde manier is gemaakt als de nulmeting.

Foto&apos;s ondersteunen het vervolg; ze vervangen nooit het onderzoek.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
    <message>
        <source>The window now shows their version. Make your change again if it is still needed.</source>
        <translation>Het venster toont nu hun versie. Breng uw wijziging opnieuw aan als die nog nodig is.</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit?</source>
        <translation>Er loopt een import. Annuleren en afsluiten?</translation>
    </message>
    <message>
        <source>Stopping the import</source>
        <translation>De import wordt gestopt</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Move treatment</source>
        <translation>Behandeling verplaatsen</translation>
    </message>
    <message>
        <source>The treatment of %1, with its visits and photos, moves from %2 to the patient you choose.</source>
        <translation>De behandeling van %1, met de bezoeken en foto&apos;s ervan, gaat van %2 naar de patiënt die u kiest.</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Verplaatsen naar:</translation>
    </message>
    <message>
        <source>Patient to move the treatment to</source>
        <translation>Patiënt naar wie de behandeling gaat</translation>
    </message>
    <message>
        <source>Merge patients</source>
        <translation>Patiënten samenvoegen</translation>
    </message>
    <message>
        <source>The treatments, visits and photos of the patient you choose move to %1; that patient is then removed from the list (to the trash).</source>
        <translation>De behandelingen, bezoeken en foto&apos;s van de patiënt die u kiest gaan naar %1; die patiënt verdwijnt daarna uit de lijst (naar de prullenbak).</translation>
    </message>
    <message>
        <source>&amp;Merge:</source>
        <translation>&amp;Samenvoegen:</translation>
    </message>
    <message>
        <source>Patient to merge</source>
        <translation>Patiënt om samen te voegen</translation>
    </message>
</context>
<context>
    <name>MovePhotoDialog</name>
    <message>
        <source>Move photo %1</source>
        <translation>Foto %1 verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patiënt:</translation>
    </message>
    <message>
        <source>V&amp;isit:</source>
        <translation>Be&amp;zoek:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Aanzicht:</translation>
    </message>
    <message>
        <source>Treatment of %1 · %2 · %3</source>
        <translation>Behandeling van %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>OtherPatientDialog</name>
    <message>
        <source>File under another patient</source>
        <translation>Onderbrengen bij een andere patiënt</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patiënt:</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>Be&amp;handeling:</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandeling</translation>
    </message>
</context>
<context>
    <name>Pain</name>
    <message>
        <source>Pain: not recorded</source>
        <translation>Pijnscore: niet vastgelegd</translation>
    </message>
    <message>
        <source>Pain %1/10</source>
        <translation>Pijnscore %1/10</translation>
    </message>
</context>
<context>
    <name>PaneColumn</name>
    <message>
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Ontkoppeld</translation>
    </message>
    <message>
        <source>Zoom and pan follow the other photos. Click to move this photo on its own.</source>
        <translation>Zoomen en verschuiven volgen de andere foto&apos;s. Klik om deze foto los te verschuiven.</translation>
    </message>
    <message>
        <source>This photo zooms and pans on its own. Click to link it to the others again.</source>
        <translation>Deze foto zoomt en verschuift los van de andere. Klik om hem weer aan de andere te koppelen.</translation>
    </message>
    <message>
        <source>Link zoom and pan of %1 with the other photos</source>
        <translation>Zoomen en verschuiven van %1 koppelen aan de andere foto&apos;s</translation>
    </message>
    <message>
        <source>Link zoom and pan with the other photos</source>
        <translation>Zoomen en verschuiven koppelen aan de andere foto&apos;s</translation>
    </message>
    <message>
        <source>Plus and minus zoom, 0 fits the photo, 1 shows it at 100 %, the arrow keys pan; in the slider, Shift with the left and right arrows moves the divider.</source>
        <translation>Plus en min zoomen, 0 past de foto in het venster, 1 toont hem op 100 %, de pijltoetsen verschuiven; bij de schuifbalk verplaatst Shift met de pijl naar links of rechts de scheidslijn.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Patiënt bewerken</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nieuwe patiënt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Chart number:</source>
        <translation>&amp;Dossiernummer:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Opmerkingen:</translation>
    </message>
    <message>
        <source>As the clinic files the patient</source>
        <translation>Zoals de kliniek de patiënt registreert</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Naam van de patiënt</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Notes about the patient</source>
        <translation>Opmerkingen over de patiënt</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>%1, chart number %2</source>
        <translation>%1, dossiernummer %2</translation>
    </message>
</context>
<context>
    <name>PatientTimeline</name>
    <message>
        <source>Treatments and visits</source>
        <translation>Behandelingen en bezoeken</translation>
    </message>
</context>
<context>
    <name>PhotoThumb</name>
    <message>
        <source>Enter opens the comparison. Shift+F10 or the Menu key files the photo under another view.</source>
        <translation>Enter opent de vergelijking. Met Shift+F10 of de menutoets deelt u de foto in onder een ander aanzicht.</translation>
    </message>
    <message>
        <source>Change view</source>
        <translation>Aanzicht wijzigen</translation>
    </message>
    <message>
        <source>File this photo as:</source>
        <translation>Deze foto indelen als:</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Threshold</source>
        <translation>Drempelwaarde</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>This clinic</source>
        <translation>Deze kliniek</translation>
    </message>
    <message>
        <source>Photo policy thresholds</source>
        <translation>Drempelwaarden van het fotobeleid</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Standaardwaarden herstellen</translation>
    </message>
    <message>
        <source>Saved in %1. Double-click a value to change it.</source>
        <translation>Opgeslagen in %1. Dubbelklik op een waarde om die te wijzigen.</translation>
    </message>
    <message>
        <source>Changed by the clinic</source>
        <translation>Gewijzigd door de kliniek</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Andere &amp;gebruiker…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Audit&amp;logboek…</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Aangemeld: %1</translation>
    </message>
    <message>
        <source>Consent: none recorded beyond the clinical record</source>
        <translation>Toestemming: niets vastgelegd buiten het medisch dossier</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Toestemming: %1</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>De lopende bewerking annuleren</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>1 h</source>
        <translation>1 u</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 u</translation>
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
        <translation>1 mnd</translation>
    </message>
    <message>
        <source>3 mo</source>
        <translation>3 mnd</translation>
    </message>
    <message>
        <source>6 mo</source>
        <translation>6 mnd</translation>
    </message>
    <message>
        <source>1 yr</source>
        <translation>1 jr</translation>
    </message>
    <message>
        <source>up: yellower, down: bluer</source>
        <translation>omhoog: geler, omlaag: blauwer</translation>
    </message>
    <message>
        <source>Time since treatment (log scale)</source>
        <translation>Tijd sinds de behandeling (logaritmische schaal)</translation>
    </message>
    <message>
        <source>Pain score (right axis, 0–10)</source>
        <translation>Pijnscore (rechteras, 0–10)</translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation>Symptoomlogboek</translation>
    </message>
    <message>
        <source>Usual course after this product</source>
        <translation>Gebruikelijk verloop na dit product</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Niet gemeten</translation>
    </message>
    <message>
        <source>Filled: larger than its uncertainty</source>
        <translation>Gevuld: groter dan de onzekerheid</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>This library is on a database server, shared by several workstations, so it is restored from the command line: close PhotoFollow on every workstation, then run

photofollow backup --library %1 list
photofollow backup --library %1 restore NAME

The database as it was is kept as a backup first, and photos the backup does not know are kept as unfiled photos.</source>
        <translation>Deze bibliotheek staat op een databaseserver en wordt door meerdere werkplekken gedeeld; daarom wordt ze teruggezet vanaf de opdrachtregel: sluit PhotoFollow op elke werkplek en voer dan uit

photofollow backup --library %1 list
photofollow backup --library %1 restore NAME

De database zoals ze was wordt eerst als back-up bewaard, en foto&apos;s die de back-up niet kent worden bewaard als niet-ingedeelde foto&apos;s.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Terugzetten uit een back-up</translation>
    </message>
    <message>
        <source>Pick the backup of the library at %1 to restore. The library&apos;s current database is kept in its backups folder, and photos the backup does not know are kept as unfiled photos.</source>
        <translation>Kies de back-up van de bibliotheek in %1 die u wilt terugzetten. De huidige database van de bibliotheek wordt bewaard in haar back-upmap, en foto&apos;s die de back-up niet kent worden bewaard als niet-ingedeelde foto&apos;s.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patiënten</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Newest photo</source>
        <translation>Nieuwste foto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Deze back-up terugzetten…</translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation>Kan worden teruggezet</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>Beschadigd: %1</translation>
    </message>
    <message>
        <source>The library at %1 has no backups yet.</source>
        <translation>De bibliotheek in %1 heeft nog geen back-ups.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Met de hand gemaakt</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vóór een upgrade</translation>
    </message>
    <message>
        <source>%1 holds %2 patients and %3 photos, as on %4.</source>
        <translation>%1 bevat %2 patiënten en %3 foto&apos;s, zoals op %4.</translation>
    </message>
    <message>
        <source>%1 cannot be restored (%2). Choose another backup.</source>
        <translation>%1 kan niet worden teruggezet (%2). Kies een andere back-up.</translation>
    </message>
    <message>
        <source>Restore the library at %1 as it was on %2? PhotoFollow closes the library first; its current database is kept in the backups folder, and photos imported since become unfiled photos for you to file.</source>
        <translation>De bibliotheek in %1 terugzetten zoals ze was op %2? PhotoFollow sluit de bibliotheek eerst; haar huidige database wordt bewaard in de back-upmap, en foto&apos;s die sindsdien zijn geïmporteerd worden niet-ingedeelde foto&apos;s die u kunt indelen.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Bezig met terugzetten…</translation>
    </message>
    <message>
        <source>Restored: %1 patients and %2 photos.</source>
        <translation>Teruggezet: %1 patiënten en %2 foto&apos;s.</translation>
    </message>
    <message>
        <source>%1 photos the backup did not know are kept as unfiled photos: file them with File &gt; Unfiled photos…</source>
        <translation>%1 foto&apos;s die de back-up niet kende, zijn bewaard als niet-ingedeelde foto&apos;s: deel ze in met Bestand &gt; Niet-ingedeelde foto&apos;s…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Photo policy</source>
        <translation>Fotobeleid</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>&amp;Library folder or server address:</source>
        <translation>&amp;Bibliotheekmap of serveradres:</translation>
    </message>
    <message>
        <source>&amp;Clinic name:</source>
        <translation>&amp;Naam van de kliniek:</translation>
    </message>
    <message>
        <source>Clinic l&amp;ogo:</source>
        <translation>&amp;Logo van de kliniek:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Kies de bibliotheekmap</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Kies de afbeelding van het logo</translation>
    </message>
    <message>
        <source>The default library in your data folder</source>
        <translation>De standaardbibliotheek in uw gegevensmap</translation>
    </message>
    <message>
        <source>Printed on comparison sheets</source>
        <translation>Afgedrukt op vergelijkingsbladen</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <source>A new library folder is opened the next time PhotoFollow starts. A library shared on a database server: postgresql://USER@HOST:PORT/DATABASE?store=/path/to/shared/folder, without the password (PhotoFollow takes it from PGPASSWORD or ~/.pgpass).</source>
        <translation>Een nieuwe bibliotheekmap wordt geopend wanneer PhotoFollow de volgende keer start. Een bibliotheek die op een databaseserver wordt gedeeld: postgresql://GEBRUIKER@HOST:POORT/DATABASE?store=/pad/naar/gedeelde/map, zonder het wachtwoord (PhotoFollow neemt het uit PGPASSWORD of ~/.pgpass).</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Bibliotheekmap</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Logo van de kliniek</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>This file is not an image.</source>
        <translation>Dit bestand is geen afbeelding.</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>Photo comparison</source>
        <translation>Fotovergelijking</translation>
    </message>
    <message>
        <source>Print comparison sheet</source>
        <translation>Vergelijkingsblad afdrukken</translation>
    </message>
    <message>
        <source>Frontal</source>
        <translation>Vooraanzicht</translation>
    </message>
    <message>
        <source>45° left</source>
        <translation>45° links</translation>
    </message>
    <message>
        <source>45° right</source>
        <translation>45° rechts</translation>
    </message>
    <message>
        <source>90° left</source>
        <translation>90° links</translation>
    </message>
    <message>
        <source>90° right</source>
        <translation>90° rechts</translation>
    </message>
    <message>
        <source>Scalp, vertex</source>
        <translation>Hoofdhuid, kruin</translation>
    </message>
    <message>
        <source>Scalp, centre part</source>
        <translation>Hoofdhuid, middenscheiding</translation>
    </message>
    <message>
        <source>Scalp, frontal hairline</source>
        <translation>Hoofdhuid, voorste haarlijn</translation>
    </message>
    <message>
        <source>Scalp, left temple</source>
        <translation>Hoofdhuid, linkerslaap</translation>
    </message>
    <message>
        <source>Scalp, right temple</source>
        <translation>Hoofdhuid, rechterslaap</translation>
    </message>
    <message>
        <source>Scalp, back of the head</source>
        <translation>Hoofdhuid, achterhoofd</translation>
    </message>
    <message>
        <source>Hands, back</source>
        <translation>Handen, handrug</translation>
    </message>
    <message>
        <source>Hands, palms</source>
        <translation>Handen, handpalmen</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Close-up</translation>
    </message>
    <message>
        <source>Other view</source>
        <translation>Ander aanzicht</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Gezicht</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Hoofdhuid</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Décolletage</source>
        <translation>Decolleté</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Handen</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Lichaam</translation>
    </message>
    <message>
        <source>Other area</source>
        <translation>Ander gebied</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helderheid</translation>
    </message>
    <message>
        <source>Colour of light</source>
        <translation>Kleur van het licht</translation>
    </message>
    <message>
        <source>Light direction</source>
        <translation>Lichtrichting</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flitser</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Scherpte</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Kadrering</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>Kanteling</translation>
    </message>
    <message>
        <source>Head angle</source>
        <translation>Hoofdhouding</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Aanzicht</translation>
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
        <translation>Bewerking of filter</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolutie</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>Opnametijd</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Uitdrukking</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Make-up</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Voldoet niet</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>Consistent with the baseline</source>
        <translation>Vergelijkbaar met de nulmeting</translation>
    </message>
    <message>
        <source>Review: differs from the baseline</source>
        <translation>Nakijken: wijkt af van de nulmeting</translation>
    </message>
    <message>
        <source>Inconsistent with the baseline</source>
        <translation>Niet vergelijkbaar met de nulmeting</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Beter</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gelijk</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Slechter</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>datum onbekend</translation>
    </message>
    <message>
        <source>DE-IDENTIFIED</source>
        <translation>GEPSEUDONIMISEERD</translation>
    </message>
    <message>
        <source>Pseudonym: </source>
        <translation>Pseudoniem: </translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Patiënt %1</translation>
    </message>
    <message>
        <source>Patient: </source>
        <translation>Patiënt: </translation>
    </message>
    <message>
        <source>Chart no.: </source>
        <translation>Dossiernr.: </translation>
    </message>
    <message>
        <source>Born: </source>
        <translation>Geboren: </translation>
    </message>
    <message>
        <source>Treatment: </source>
        <translation>Behandeling: </translation>
    </message>
    <message>
        <source>Area: </source>
        <translation>Gebied: </translation>
    </message>
    <message>
        <source>Product: </source>
        <translation>Product: </translation>
    </message>
    <message>
        <source>Physician: </source>
        <translation>Arts: </translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sessie %1</translation>
    </message>
    <message>
        <source>Photos support follow-up; they do not replace the examination. Symptoms such as trouble with vision or breathing, neurological symptoms or signs of a serious infection need urgent care and must not wait for photos.</source>
        <translation>Foto&apos;s ondersteunen het vervolg; ze vervangen het onderzoek niet. Klachten zoals problemen met zien of ademhalen, neurologische klachten of tekenen van een ernstige infectie vragen om spoedeisende zorg en mogen niet wachten op foto&apos;s.</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>Gemaakt %1 door %2</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>onbekende gebruiker</translation>
    </message>
    <message>
        <source>de-identified sheet</source>
        <translation>gepseudonimiseerd blad</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>pain not recorded</source>
        <translation>pijnscore niet vastgelegd</translation>
    </message>
    <message>
        <source>Pain %1/10</source>
        <translation>Pijnscore %1/10</translation>
    </message>
    <message>
        <source>aligned to the baseline</source>
        <translation>uitgelijnd op de nulmeting</translation>
    </message>
    <message>
        <source>Not checked against the baseline</source>
        <translation>Niet gecontroleerd ten opzichte van de nulmeting</translation>
    </message>
    <message>
        <source>Recovery after the treatment</source>
        <translation>Herstel na de behandeling</translation>
    </message>
    <message>
        <source>Per measure, the largest change among the treated area&apos;s regions, each follow-up against the baseline, with its uncertainty; the shaded band is how long the sign usually lasts after this product (the clinic&apos;s policy). These numbers describe the photos; they do not diagnose.</source>
        <translation>Per meting de grootste verandering van de gebieden van het behandelde deel, elke vervolgfoto ten opzichte van de nulmeting, met de onzekerheid; de gearceerde band is hoe lang het verschijnsel na dit product gewoonlijk duurt (het beleid van de kliniek). Deze getallen beschrijven de foto&apos;s; ze stellen geen diagnose.</translation>
    </message>
    <message>
        <source>Recovery after the treatment: %1 view</source>
        <translation>Herstel na de behandeling: aanzicht %1</translation>
    </message>
    <message>
        <source>Symptom log of the visits shown</source>
        <translation>Symptoomlogboek van de getoonde bezoeken</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Associated symptoms</source>
        <translation>Bijbehorende symptomen</translation>
    </message>
    <message>
        <source>No symptoms were recorded at the visits shown.</source>
        <translation>Bij de getoonde bezoeken zijn geen symptomen vastgelegd.</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>No photo of this view at this visit</source>
        <translation>Geen foto van dit aanzicht bij dit bezoek</translation>
    </message>
    <message>
        <source>Physician&apos;s assessment</source>
        <translation>Beoordeling door de arts</translation>
    </message>
    <message>
        <source>GAIS (physician): </source>
        <translation>GAIS (arts): </translation>
    </message>
    <message>
        <source>GAIS (patient): </source>
        <translation>GAIS (patiënt): </translation>
    </message>
    <message>
        <source>Goal: </source>
        <translation>Doel: </translation>
    </message>
    <message>
        <source>Tier: </source>
        <translation>Urgentie: </translation>
    </message>
    <message>
        <source>Examination: </source>
        <translation>Onderzoek: </translation>
    </message>
    <message>
        <source>Findings: </source>
        <translation>Bevindingen: </translation>
    </message>
    <message>
        <source>next session %1</source>
        <translation>volgende sessie %1</translation>
    </message>
    <message>
        <source>Plan: </source>
        <translation>Plan: </translation>
    </message>
    <message>
        <source>Assessed %1 by %2</source>
        <translation>Beoordeeld %1 door %2</translation>
    </message>
    <message>
        <source>Assessed %1</source>
        <translation>Beoordeeld %1</translation>
    </message>
    <message>
        <source>Not assessed by the physician</source>
        <translation>Niet beoordeeld door de arts</translation>
    </message>
    <message>
        <source>Visit notes: </source>
        <translation>Notities bij het bezoek: </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>PhotoFollow was locked after a time without use. Sign in again, or as another user.</source>
        <translation>PhotoFollow is vergrendeld na een tijd zonder gebruik. Meld u opnieuw aan, of als een andere gebruiker.</translation>
    </message>
    <message>
        <source>This library has named users. Who are you?</source>
        <translation>Deze bibliotheek heeft gebruikers op naam. Wie bent u?</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Voldoet</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Voldoet niet</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
</context>
<context>
    <name>SymptomTable</name>
    <message>
        <source>Started</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Severity (0-10)</source>
        <translation>Ernst (0-10)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Associated symptoms</source>
        <translation>Bijbehorende symptomen</translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation>Symptoomlogboek</translation>
    </message>
    <message>
        <source>Started, entry %1</source>
        <translation>Begin, notitie %1</translation>
    </message>
    <message>
        <source>Area, entry %1</source>
        <translation>Gebied, notitie %1</translation>
    </message>
    <message>
        <source>Severity from 0 to 10, entry %1</source>
        <translation>Ernst van 0 tot 10, notitie %1</translation>
    </message>
    <message>
        <source>Trend, entry %1</source>
        <translation>Trend, notitie %1</translation>
    </message>
    <message>
        <source>Associated symptoms, entry %1</source>
        <translation>Bijbehorende symptomen, notitie %1</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>TrashWindow</name>
    <message>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Deleted patients, treatments, visits and photos stay here, with everything that belonged to them, until the trash is emptied. Restore puts an entry back where it was.</source>
        <translation>Verwijderde patiënten, behandelingen, bezoeken en foto&apos;s blijven hier, met alles wat erbij hoorde, tot de prullenbak wordt geleegd. Terugzetten zet een item terug waar het was.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Bevat</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Verwijderde gegevens</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>Prullenbak &amp;legen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Empty the trash? Its %1 entries, with their photos, are removed for good.</source>
        <translation>De prullenbak legen? De %1 items erin worden, met hun foto&apos;s, definitief verwijderd.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Prullenbak legen</translation>
    </message>
</context>
<context>
    <name>TreatmentDialog</name>
    <message>
        <source>Edit treatment</source>
        <translation>Behandeling bewerken</translation>
    </message>
    <message>
        <source>New treatment</source>
        <translation>Nieuwe behandeling</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum en tijd:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Gebied:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>D&amp;oel:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Ingredients:</source>
        <translation>&amp;Ingrediënten:</translation>
    </message>
    <message>
        <source>P&amp;hysician:</source>
        <translation>&amp;Arts:</translation>
    </message>
    <message>
        <source>&amp;Session number:</source>
        <translation>&amp;Sessienummer:</translation>
    </message>
    <message>
        <source>Skin quality</source>
        <translation>Huidkwaliteit</translation>
    </message>
    <message>
        <source>Hydration</source>
        <translation>Hydratatie</translation>
    </message>
    <message>
        <source>Scalp and hair support</source>
        <translation>Ondersteuning van hoofdhuid en haar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Not numbered</source>
        <translation>Niet genummerd</translation>
    </message>
</context>
<context>
    <name>TreatmentRecovery</name>
    <message numerus="yes">
        <source>Measuring %n follow-up(s)…</source>
        <translation>
            <numerusform>%n vervolgfoto wordt gemeten…</numerusform>
            <numerusform>%n vervolgfoto&apos;s worden gemeten…</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery chart</source>
        <translation>Herstelgrafiek</translation>
    </message>
    <message>
        <source>Redness, dark patches and swelling of each follow-up against the baseline, over the time since the treatment. The numbers describe the photos; they do not diagnose.</source>
        <translation>Roodheid, donkere plekken en zwelling van elke vervolgfoto ten opzichte van de nulmeting, over de tijd sinds de behandeling. De getallen beschrijven de foto&apos;s; ze stellen geen diagnose.</translation>
    </message>
    <message>
        <source>View of the recovery chart</source>
        <translation>Aanzicht van de herstelgrafiek</translation>
    </message>
</context>
<context>
    <name>TreatmentTimeline</name>
    <message>
        <source>No baseline</source>
        <translation>Geen nulmeting</translation>
    </message>
    <message>
        <source>Treatment of %1</source>
        <translation>Behandeling van %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>sessie %1</translation>
    </message>
    <message>
        <source>Edit treatment…</source>
        <translation>Behandeling bewerken…</translation>
    </message>
    <message>
        <source>GAIS course %1</source>
        <translation>GAIS-verloop %1</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Nieuw bezoek…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>Compare the %1 photos</source>
        <translation>Foto&apos;s vergelijken: %1</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>geen foto</translation>
    </message>
    <message>
        <source>No visits yet. Add a visit, or drop photos on the window to import.</source>
        <translation>Nog geen bezoeken. Voeg een bezoek toe, of sleep foto&apos;s naar het venster om ze te importeren.</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation>Verbetert</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Gelijk gebleven</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>Verergert</translation>
    </message>
</context>
<context>
    <name>UnfiledDialog</name>
    <message>
        <source>Unfiled photos</source>
        <translation>Niet-ingedeelde foto&apos;s</translation>
    </message>
    <message>
        <source>These photos are in the library but belong to no visit (found after a restore). Pick photos and the visit they belong to, then file them; or import them again into their visit.</source>
        <translation>Deze foto&apos;s staan in de bibliotheek maar horen bij geen enkel bezoek (gevonden na het terugzetten). Kies foto&apos;s en het bezoek waar ze bij horen en deel ze in, of importeer ze opnieuw in hun bezoek.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genomen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Bezoek:</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>File into this visit</source>
        <translation>In dit bezoek indelen</translation>
    </message>
    <message>
        <source>Choose a patient in the main window first: their visits are offered here.</source>
        <translation>Kies eerst een patiënt in het hoofdvenster: diens bezoeken worden hier aangeboden.</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>ratio</source>
        <translation>verhouding</translation>
    </message>
    <message>
        <source>ln ratio</source>
        <translation>ln-verhouding</translation>
    </message>
    <message>
        <source>° turn</source>
        <translation>° draaiing</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>days since treatment</source>
        <translation>dagen na de behandeling</translation>
    </message>
    <message>
        <source>% eye distance</source>
        <translation>% oogafstand</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>nurse</source>
        <translation>verpleegkundige</translation>
    </message>
    <message>
        <source>physician</source>
        <translation>arts</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>see patients&apos; photos</source>
        <translation>foto&apos;s van patiënten bekijken</translation>
    </message>
    <message>
        <source>import photos</source>
        <translation>foto&apos;s importeren</translation>
    </message>
    <message>
        <source>change the record</source>
        <translation>het dossier wijzigen</translation>
    </message>
    <message>
        <source>export sheets</source>
        <translation>bladen exporteren</translation>
    </message>
    <message>
        <source>print sheets</source>
        <translation>bladen afdrukken</translation>
    </message>
    <message>
        <source>erase patients or empty the trash</source>
        <translation>patiënten wissen of de prullenbak legen</translation>
    </message>
    <message>
        <source>record an assessment</source>
        <translation>een beoordeling vastleggen</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>het auditlogboek lezen</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gebruikers beheren</translation>
    </message>
    <message>
        <source>change the library&apos;s settings</source>
        <translation>de instellingen van de bibliotheek wijzigen</translation>
    </message>
</context>
<context>
    <name>UsersSettings</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation>&amp;Getoond als:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Nog &amp;eens:</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes, 0 never):</source>
        <translation>&amp;Vergrendelen na (minuten, 0 nooit):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Getoond als</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>A&amp;dd user</source>
        <translation>Gebruiker &amp;toevoegen</translation>
    </message>
    <message>
        <source>Disa&amp;ble or enable</source>
        <translation>Uit- of &amp;inschakelen</translation>
    </message>
    <message>
        <source>Signing in needs a pass&amp;word</source>
        <translation>Aan&amp;melden vraagt een wachtwoord</translation>
    </message>
    <message>
        <source>A single-user practice may turn this off: the user still picks their name.</source>
        <translation>Een praktijk met één gebruiker kan dit uitzetten: de gebruiker kiest dan nog steeds zijn naam.</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(uitgeschakeld)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 toegevoegd.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Vergelijkbaar</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Nakijken</translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation>Niet vergelijkbaar</translation>
    </message>
    <message>
        <source>This photo has not been checked against its baseline yet.</source>
        <translation>Deze foto is nog niet gecontroleerd ten opzichte van de nulmeting.</translation>
    </message>
    <message>
        <source>Taken like its baseline: the comparison is fair.</source>
        <translation>Gemaakt zoals de nulmeting: de vergelijking is betrouwbaar.</translation>
    </message>
    <message>
        <source>Some differences from the baseline: look at the warnings before comparing.</source>
        <translation>Enkele verschillen met de nulmeting: bekijk de waarschuwingen voordat u vergelijkt.</translation>
    </message>
    <message>
        <source>Not taken like its baseline: differences in the photos can mislead. Consider a retake.</source>
        <translation>Niet gemaakt zoals de nulmeting: verschillen tussen de foto&apos;s kunnen misleiden. Overweeg opnieuw te fotograferen.</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Frontal</source>
        <translation>Vooraanzicht</translation>
    </message>
    <message>
        <source>Oblique 45° left</source>
        <translation>Schuin 45° links</translation>
    </message>
    <message>
        <source>Oblique 45° right</source>
        <translation>Schuin 45° rechts</translation>
    </message>
    <message>
        <source>Lateral 90° left</source>
        <translation>Zijaanzicht 90° links</translation>
    </message>
    <message>
        <source>Lateral 90° right</source>
        <translation>Zijaanzicht 90° rechts</translation>
    </message>
    <message>
        <source>Scalp vertex</source>
        <translation>Kruin</translation>
    </message>
    <message>
        <source>Scalp centre part</source>
        <translation>Middenscheiding</translation>
    </message>
    <message>
        <source>Frontal hairline</source>
        <translation>Voorste haarlijn</translation>
    </message>
    <message>
        <source>Left temple</source>
        <translation>Linkerslaap</translation>
    </message>
    <message>
        <source>Right temple</source>
        <translation>Rechterslaap</translation>
    </message>
    <message>
        <source>Back of the head</source>
        <translation>Achterhoofd</translation>
    </message>
    <message>
        <source>Back of the hands</source>
        <translation>Handruggen</translation>
    </message>
    <message>
        <source>Palms</source>
        <translation>Handpalmen</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Close-up</translation>
    </message>
    <message>
        <source>Other view</source>
        <translation>Ander aanzicht</translation>
    </message>
</context>
<context>
    <name>VisitDateDialog</name>
    <message>
        <source>Change visit</source>
        <translation>Bezoek wijzigen</translation>
    </message>
    <message>
        <source>Change treatment date</source>
        <translation>Datum van behandeling wijzigen</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum en tijd:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Soort bezoek</translation>
    </message>
    <message>
        <source>Labels such as Week 2, and the checks, follow the new date.</source>
        <translation>Labels zoals Week 2, en de controles, volgen de nieuwe datum.</translation>
    </message>
    <message>
        <source>Every visit&apos;s time since treatment, and the checks, follow the new date.</source>
        <translation>De tijd sinds behandeling van elk bezoek, en de controles, volgen de nieuwe datum.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Edit visit</source>
        <translation>Bezoek bewerken</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nieuw bezoek</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum en tijd:</translation>
    </message>
    <message>
        <source>&amp;Pain score:</source>
        <translation>&amp;Pijnscore:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Opmerkingen:</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Soort bezoek</translation>
    </message>
    <message>
        <source>Date and time of the visit</source>
        <translation>Datum en tijd van het bezoek</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Pain score, 0 to 10</source>
        <translation>Pijnscore, 0 tot 10</translation>
    </message>
    <message>
        <source>0 is no pain, 10 the worst pain imaginable, as the patient rates it.</source>
        <translation>0 is geen pijn, 10 de ergst denkbare pijn, zoals de patiënt het zelf aangeeft.</translation>
    </message>
    <message>
        <source>Notes about the visit</source>
        <translation>Opmerkingen over het bezoek</translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation>Symptoomlogboek</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>Notitie &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>Notitie &amp;verwijderen</translation>
    </message>
</context>
<context>
    <name>VisitHeader</name>
    <message numerus="yes">
        <source>%n symptom entries</source>
        <translation>
            <numerusform>%n symptoomnotitie</numerusform>
            <numerusform>%n symptoomnotities</numerusform>
        </translation>
    </message>
    <message>
        <source>1 symptom entry</source>
        <translation>1 symptoomnotitie</translation>
    </message>
    <message>
        <source>Edit visit…</source>
        <translation>Bezoek bewerken…</translation>
    </message>
    <message>
        <source>Edit visit %1</source>
        <translation>Bezoek %1 bewerken</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Beoordelen…</translation>
    </message>
    <message>
        <source>Assess follow-up %1</source>
        <translation>Vervolgbezoek %1 beoordelen</translation>
    </message>
    <message>
        <source>Drop photos here to import them into this visit.</source>
        <translation>Sleep foto&apos;s hierheen om ze bij dit bezoek te importeren.</translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgbezoek</translation>
    </message>
</context>
</TS>
