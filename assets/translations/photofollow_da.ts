<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>Area</name>
    <message>
        <source>Face</source>
        <translation>Ansigt</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Hovedbund</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Décolletage</source>
        <translation>Dekolletage</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hænder</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Krop</translation>
    </message>
    <message>
        <source>Other area</source>
        <translation>Andet område</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>exceptional improvement</source>
        <translation>exceptionel forbedring</translation>
    </message>
    <message>
        <source>very improved</source>
        <translation>meget forbedret</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>forbedret</translation>
    </message>
    <message>
        <source>unaltered</source>
        <translation>uændret</translation>
    </message>
    <message>
        <source>worsened</source>
        <translation>forværret</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>mål nået</translation>
    </message>
    <message>
        <source>goal partly reached</source>
        <translation>mål delvist nået</translation>
    </message>
    <message>
        <source>goal not yet reached</source>
        <translation>mål endnu ikke nået</translation>
    </message>
    <message>
        <source>goal not reached</source>
        <translation>mål ikke nået</translation>
    </message>
    <message>
        <source>observe at home</source>
        <translation>observer derhjemme</translation>
    </message>
    <message>
        <source>call the clinic</source>
        <translation>ring til klinikken</translation>
    </message>
    <message>
        <source>urgent care</source>
        <translation>akut hjælp</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>let</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>udtalt</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>hævelse</translation>
    </message>
    <message>
        <source>redness</source>
        <translation>rødme</translation>
    </message>
    <message>
        <source>bruising</source>
        <translation>blå mærker</translation>
    </message>
    <message>
        <source>nodules</source>
        <translation>knuder</translation>
    </message>
    <message>
        <source>signs of infection</source>
        <translation>tegn på infektion</translation>
    </message>
    <message>
        <source>asymmetry</source>
        <translation>asymmetri</translation>
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
        <translation>Ikke vurderet</translation>
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
        <translation>Vurdér opfølgning</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>Physician&apos;s assessment</source>
        <translation>Lægens vurdering</translation>
    </message>
    <message>
        <source>Physician&apos;s GAIS (keys 1-5)</source>
        <translation>Lægens GAIS (tasterne 1-5)</translation>
    </message>
    <message>
        <source>Physician&apos;s GAIS %1: %2</source>
        <translation>Lægens GAIS %1: %2</translation>
    </message>
    <message>
        <source>&amp;Patient&apos;s GAIS</source>
        <translation>&amp;Patientens GAIS</translation>
    </message>
    <message>
        <source>Goal &amp;reached</source>
        <translation>&amp;Mål nået</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Hastegrad</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>ikke spurgt</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>ikke fastlagt</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Undersøgelse</translation>
    </message>
    <message>
        <source>not examined</source>
        <translation>ikke undersøgt</translation>
    </message>
    <message>
        <source>&amp;Findings of the examination</source>
        <translation>&amp;Fund ved undersøgelsen</translation>
    </message>
    <message>
        <source>What only touch and examination show: temperature, pain, circulation, sensation</source>
        <translation>Det, kun berøring og undersøgelse viser: temperatur, smerte, kredsløb, følesans</translation>
    </message>
    <message>
        <source>&amp;Next session</source>
        <translation>&amp;Næste session</translation>
    </message>
    <message>
        <source>&amp;Advice and plan</source>
        <translation>&amp;Råd og plan</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Gem vurdering</translation>
    </message>
    <message>
        <source>Save the assessment (%1)</source>
        <translation>Gem vurderingen (%1)</translation>
    </message>
    <message>
        <source>Photos support follow-up; they never replace the examination. Touch, temperature, pain, circulation and neurology cannot be judged from a photo.</source>
        <translation>Fotos understøtter opfølgningen; de erstatter aldrig undersøgelsen. Berøring, temperatur, smerte, kredsløb og neurologi kan ikke vurderes ud fra et foto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treatment goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Behandlingsmål:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treatment goal:&lt;/b&gt; not recorded; add it with Edit treatment.</source>
        <translation>&lt;b&gt;Behandlingsmål:&lt;/b&gt; ikke registreret; tilføj det med Redigér behandling.</translation>
    </message>
    <message>
        <source>Choose a follow-up to assess.</source>
        <translation>Vælg en opfølgning, der skal vurderes.</translation>
    </message>
    <message>
        <source>A baseline is not assessed; choose a follow-up to assess its result.</source>
        <translation>En baseline vurderes ikke; vælg en opfølgning for at vurdere resultatet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assessment of %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Vurdering af %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Only a physician records an assessment; shown here to read.</source>
        <translation>Kun en læge registrerer en vurdering; her kun til læsning.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ikke gemt endnu.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Ikke vurderet endnu.</translation>
    </message>
    <message>
        <source>Assessed %1 by %2</source>
        <translation>Vurderet %1 af %2</translation>
    </message>
    <message>
        <source>Assessed %1</source>
        <translation>Vurderet %1</translation>
    </message>
    <message>
        <source>Choose the physician&apos;s GAIS (1-5) first.</source>
        <translation>Vælg først lægens GAIS (1-5).</translation>
    </message>
    <message>
        <source>An assessment is not saved. Save it before closing the comparison?</source>
        <translation>En vurdering er ikke gemt. Vil du gemme den, før sammenligningen lukkes?</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Only the &amp;patient shown</source>
        <translation>Kun den viste &amp;patient</translation>
    </message>
    <message>
        <source>Every user</source>
        <translation>Alle brugere</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Siden</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekter</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbejdsstation</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
    <message>
        <source>Save access &amp;log (CSV)…</source>
        <translation>Gem &amp;adgangslog (CSV)…</translation>
    </message>
    <message>
        <source>The shown patient&apos;s access log, for a subject-access request</source>
        <translation>Adgangsloggen for den viste patient, til en anmodning om indsigt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Save access log</source>
        <translation>Gem adgangslog</translation>
    </message>
    <message>
        <source>Access log saved to %1</source>
        <translation>Adgangslog gemt i %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Not comparable with the baseline</source>
        <translation>Ikke sammenlignelig med baseline</translation>
    </message>
    <message>
        <source>Failed: %1. Differences in these photos can mislead; consider a retake.</source>
        <translation>Ikke bestået: %1. Forskelle mellem disse fotos kan vildlede; overvej at tage billedet om.</translation>
    </message>
    <message>
        <source>Review before comparing</source>
        <translation>Gennemgå før sammenligning</translation>
    </message>
    <message>
        <source>Warnings: %1.</source>
        <translation>Advarsler: %1.</translation>
    </message>
</context>
<context>
    <name>CaptureDateDialog</name>
    <message>
        <source>Date taken</source>
        <translation>Optagelsesdato</translation>
    </message>
    <message>
        <source>&amp;Taken on:</source>
        <translation>&amp;Taget den:</translation>
    </message>
    <message>
        <source>Date and time the photos were taken</source>
        <translation>Dato og tidspunkt, hvor fotoene blev taget</translation>
    </message>
    <message>
        <source>The camera recorded no date. Type when these photos were taken, or confirm the file&apos;s date.</source>
        <translation>Kameraet har ikke gemt nogen dato. Skriv, hvornår fotoene blev taget, eller bekræft filens dato.</translation>
    </message>
</context>
<context>
    <name>CaptureTime</name>
    <message>
        <source>date unknown</source>
        <translation>dato ukendt</translation>
    </message>
    <message>
        <source>from camera</source>
        <translation>fra kameraet</translation>
    </message>
    <message>
        <source>from file date: check</source>
        <translation>fra fildatoen: kontrollér</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>Redness</source>
        <translation>Rødme</translation>
    </message>
    <message>
        <source>Dark patches</source>
        <translation>Mørke pletter</translation>
    </message>
    <message>
        <source>Colour of dark patches</source>
        <translation>Mørke pletters farve</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Hævelse</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Pande</translation>
    </message>
    <message>
        <source>Left cheek</source>
        <translation>Venstre kind</translation>
    </message>
    <message>
        <source>Right cheek</source>
        <translation>Højre kind</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Hage</translation>
    </message>
    <message>
        <source>Around the mouth</source>
        <translation>Omkring munden</translation>
    </message>
    <message>
        <source>Around the left eye</source>
        <translation>Omkring venstre øje</translation>
    </message>
    <message>
        <source>Around the right eye</source>
        <translation>Omkring højre øje</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Photo overlap</source>
        <translation>Fotoenes overlap</translation>
    </message>
    <message>
        <source>erythema index (100 log10 red/green)</source>
        <translation>erytemindeks (100 log10 rød/grøn)</translation>
    </message>
    <message>
        <source>% darker than the baseline&apos;s skin in the region</source>
        <translation>% mørkere end huden på baselinefotoet i området</translation>
    </message>
    <message>
        <source>% of the eye distance</source>
        <translation>% af øjenafstanden</translation>
    </message>
    <message>
        <source>yellowness index (100 log10 of the geometric mean of red and green over blue)</source>
        <translation>gulhedsindeks (100 log10 af det geometriske gennemsnit af rødt og grønt divideret med blåt)</translation>
    </message>
    <message>
        <source>Not measured: the brightness differs too much (%1)</source>
        <translation>Ikke målt: lysstyrken er for forskellig (%1)</translation>
    </message>
    <message>
        <source>Not measured: the colour of the light differs too much (%1)</source>
        <translation>Ikke målt: lysets farve er for forskellig (%1)</translation>
    </message>
    <message>
        <source>Not measured: the light falls from another direction (%1)</source>
        <translation>Ikke målt: lyset falder fra en anden retning (%1)</translation>
    </message>
    <message>
        <source>Not measured: the flash differs (%1)</source>
        <translation>Ikke målt: blitzen er forskellig (%1)</translation>
    </message>
    <message>
        <source>Not measured: the make-up differs (%1)</source>
        <translation>Ikke målt: makeuppen er forskellig (%1)</translation>
    </message>
    <message>
        <source>Not measured: a check the change measures need failed (%1)</source>
        <translation>Ikke målt: en kontrol, som målingerne kræver, er ikke bestået (%1)</translation>
    </message>
    <message>
        <source>Not measured: the face&apos;s regions need a face in both photos, and one was not found.</source>
        <translation>Ikke målt: ansigtets områder kræver et ansigt på begge fotos, og ét blev ikke fundet.</translation>
    </message>
    <message>
        <source>Not measured: too little skin or background outside the treated area to match the colour of the photos.</source>
        <translation>Ikke målt: for lidt hud eller baggrund uden for det behandlede område til at afstemme fotoenes farve.</translation>
    </message>
    <message>
        <source>Not measured: the photos could not be registered onto each other.</source>
        <translation>Ikke målt: fotoene kunne ikke justeres ind på hinanden.</translation>
    </message>
    <message>
        <source>These numbers describe the two photos; they do not diagnose.</source>
        <translation>Disse tal beskriver de to fotos; de stiller ikke en diagnose.</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>measure</source>
        <translation>måling</translation>
    </message>
    <message>
        <source>region</source>
        <translation>område</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>opfølgning</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ændring</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enhed</translation>
    </message>
    <message>
        <source>±: the uncertainty of the change (about 95 %); a larger change shows in the photos.</source>
        <translation>±: usikkerheden på ændringen (ca. 95 %); en større ændring ses på fotoene.</translation>
    </message>
</context>
<context>
    <name>ChangeLegend</name>
    <message>
        <source>−%1 EI: less red</source>
        <translation>−%1 EI: mindre rød</translation>
    </message>
    <message>
        <source>+%1 EI: redder</source>
        <translation>+%1 EI: mere rød</translation>
    </message>
</context>
<context>
    <name>ChangePanel</name>
    <message>
        <source>Show the change in redness on the follow-up</source>
        <translation>Vis ændringen i rødme på opfølgningsfotoet</translation>
    </message>
    <message>
        <source>Red: redder than at baseline; blue: less red. The stronger the colour, the larger the change.</source>
        <translation>Rød: mere rød end ved baseline; blå: mindre rød. Jo stærkere farven er, jo større er ændringen.</translation>
    </message>
    <message>
        <source>EI: erythema index, 100 × log10 of red over green light, after matching the follow-up&apos;s colour to the baseline&apos;s. Dark patches: % darker than the baseline&apos;s skin in the region. YI: their colour, 100 × log10 of red and green over blue light (above zero yellower, below zero bluer than the region at baseline). Swelling: the face&apos;s outline from the midline, in % of the eye distance. ±: the uncertainty (about 95 %).</source>
        <translation>EI: erytemindeks, 100 × log10 af rødt divideret med grønt lys, efter at opfølgningsfotoets farve er afstemt med baselinefotoets. Mørke pletter: % mørkere end huden på baselinefotoet i området. YI: deres farve, 100 × log10 af rødt og grønt divideret med blåt lys (over nul mere gul, under nul mere blå end området på baselinefotoet). Hævelse: ansigtets omrids fra midterlinjen, i % af øjenafstanden. ±: usikkerheden (ca. 95 %).</translation>
    </message>
    <message>
        <source>These numbers describe the two photos; they do not diagnose.</source>
        <translation>Disse tal beskriver de to fotos; de stiller ikke en diagnose.</translation>
    </message>
    <message>
        <source>Measuring the change…</source>
        <translation>Ændringen måles…</translation>
    </message>
    <message>
        <source>The change could not be measured: %1</source>
        <translation>Ændringen kunne ikke måles: %1</translation>
    </message>
    <message>
        <source>The change is measured when a follow-up is compared with its baseline.</source>
        <translation>Ændringen måles, når et opfølgningsfoto sammenlignes med baseline.</translation>
    </message>
    <message>
        <source>Not measured in this region</source>
        <translation>Ikke målt i dette område</translation>
    </message>
    <message>
        <source>Baseline %1, follow-up %2</source>
        <translation>Baseline %1, opfølgningsfoto %2</translation>
    </message>
    <message>
        <source>Redder than 9 in 10 of the region&apos;s points at baseline: %1 % of the region at baseline, %2 % in the follow-up</source>
        <translation>Mere rød end 9 ud af 10 punkter i området ved baseline: %1 % af området ved baseline, %2 % på opfølgningsfotoet</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Brightness</source>
        <translation>Lysstyrke</translation>
    </message>
    <message>
        <source>Colour of the light</source>
        <translation>Lysets farve</translation>
    </message>
    <message>
        <source>Direction of the light</source>
        <translation>Lysets retning</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Blitz</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Skarphed</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Udsnit</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>Hældning</translation>
    </message>
    <message>
        <source>Head angle</source>
        <translation>Hovedstilling</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vinkel</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Objektiv</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Filters and editing</source>
        <translation>Filtre og redigering</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Opløsning</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Optagelsesdato</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Udtryk</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Makeup</translation>
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
        <translation>Opfølgningsfoto:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Konklusion:</translation>
    </message>
    <message>
        <source>check</source>
        <translation>kontrol</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>målt</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>grænse</translation>
    </message>
    <message>
        <source>message</source>
        <translation>forklaring</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>frontal</source>
        <translation>forfra</translation>
    </message>
    <message>
        <source>45° left oblique</source>
        <translation>skråt 45° venstre</translation>
    </message>
    <message>
        <source>45° right oblique</source>
        <translation>skråt 45° højre</translation>
    </message>
    <message>
        <source>left profile</source>
        <translation>profil venstre</translation>
    </message>
    <message>
        <source>right profile</source>
        <translation>profil højre</translation>
    </message>
    <message>
        <source>scalp vertex</source>
        <translation>isse</translation>
    </message>
    <message>
        <source>scalp centre part</source>
        <translation>midterskilning</translation>
    </message>
    <message>
        <source>frontal hairline</source>
        <translation>forreste hårgrænse</translation>
    </message>
    <message>
        <source>left temple</source>
        <translation>venstre tinding</translation>
    </message>
    <message>
        <source>right temple</source>
        <translation>højre tinding</translation>
    </message>
    <message>
        <source>back of the head</source>
        <translation>baghoved</translation>
    </message>
    <message>
        <source>back of the hands</source>
        <translation>håndrygge</translation>
    </message>
    <message>
        <source>palms</source>
        <translation>håndflader</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>nærbillede</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anden vinkel</translation>
    </message>
    <message>
        <source>Brightness of the face matches the baseline (%1 EV difference).</source>
        <translation>Ansigtets lysstyrke svarer til baseline (%1 EV forskel).</translation>
    </message>
    <message>
        <source>Brightness of the centre of the photo matches the baseline (%1 EV difference).</source>
        <translation>Lysstyrken midt i fotoet svarer til baseline (%1 EV forskel).</translation>
    </message>
    <message>
        <source>Brightness of the part of the scene both photos show matches the baseline (%1 EV difference).</source>
        <translation>Lysstyrken i den del, begge fotos viser, svarer til baseline (%1 EV forskel).</translation>
    </message>
    <message>
        <source>The follow-up is %1 EV darker than the baseline: use the same lights and camera settings.</source>
        <translation>Opfølgningsfotoet er %1 EV mørkere end baseline: brug samme lamper og kameraindstillinger.</translation>
    </message>
    <message>
        <source>The follow-up is %1 EV brighter than the baseline: use the same lights and camera settings.</source>
        <translation>Opfølgningsfotoet er %1 EV lysere end baseline: brug samme lamper og kameraindstillinger.</translation>
    </message>
    <message>
        <source>The colour of the light matches the baseline (%1 mired difference).</source>
        <translation>Lysets farve svarer til baseline (%1 mired forskel).</translation>
    </message>
    <message>
        <source>The follow-up&apos;s light is warmer (more yellow) than the baseline&apos;s (about %1 K against %2 K, %3 mired apart): use the same lights and white balance.</source>
        <translation>Lyset i opfølgningsfotoet er varmere (mere gult) end i baseline (ca. %1 K mod %2 K, %3 mired forskel): brug samme lamper og hvidbalance.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s light is cooler (more blue) than the baseline&apos;s (about %1 K against %2 K, %3 mired apart): use the same lights and white balance.</source>
        <translation>Lyset i opfølgningsfotoet er koldere (mere blåt) end i baseline (ca. %1 K mod %2 K, %3 mired forskel): brug samme lamper og hvidbalance.</translation>
    </message>
    <message>
        <source>The light falls on the subject from the same side as in the baseline.</source>
        <translation>Lyset falder på motivet fra samme side som i baseline.</translation>
    </message>
    <message>
        <source>more from the left of the picture</source>
        <translation>mere fra venstre i billedet</translation>
    </message>
    <message>
        <source>more from the right of the picture</source>
        <translation>mere fra højre i billedet</translation>
    </message>
    <message>
        <source>more from above</source>
        <translation>mere ovenfra</translation>
    </message>
    <message>
        <source>more from below</source>
        <translation>mere nedefra</translation>
    </message>
    <message>
        <source>In the follow-up the light comes %1 than in the baseline (balance changed by %2; the head is also turned differently, which changes the shading by itself): place the lights as for the baseline.</source>
        <translation>I opfølgningsfotoet kommer lyset %1 end i baseline (balancen ændret med %2; hovedet er også drejet anderledes, hvilket i sig selv ændrer skyggerne): placér lamperne som ved baseline.</translation>
    </message>
    <message>
        <source>In the follow-up the light comes %1 than in the baseline (balance changed by %2): place the lights as for the baseline.</source>
        <translation>I opfølgningsfotoet kommer lyset %1 end i baseline (balancen ændret med %2): placér lamperne som ved baseline.</translation>
    </message>
    <message>
        <source>Whether the flash fired is recorded in neither photo.</source>
        <translation>Ingen af fotoene registrerer, om blitzen blev udløst.</translation>
    </message>
    <message>
        <source>Whether the flash fired is not recorded in the baseline.</source>
        <translation>Baseline registrerer ikke, om blitzen blev udløst.</translation>
    </message>
    <message>
        <source>Whether the flash fired is not recorded in the follow-up.</source>
        <translation>Opfølgningsfotoet registrerer ikke, om blitzen blev udløst.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>til</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>baseline %1, follow-up %2</source>
        <translation>baseline %1, opfølgning %2</translation>
    </message>
    <message>
        <source>same</source>
        <translation>ens</translation>
    </message>
    <message>
        <source>Flash used in both photos.</source>
        <translation>Blitz brugt på begge fotos.</translation>
    </message>
    <message>
        <source>Flash used in neither photo.</source>
        <translation>Blitz ikke brugt på nogen af fotoene.</translation>
    </message>
    <message>
        <source>The flash fired in the follow-up but not in the baseline: take it again without flash.</source>
        <translation>Blitzen blev udløst i opfølgningsfotoet, men ikke i baseline: tag billedet om uden blitz.</translation>
    </message>
    <message>
        <source>The flash fired in the baseline but not in the follow-up: take it again with the flash.</source>
        <translation>Blitzen blev udløst i baseline, men ikke i opfølgningsfotoet: tag billedet om med blitz.</translation>
    </message>
    <message>
        <source>The baseline has no detail to measure focus on (a blank area).</source>
        <translation>Baseline har ingen detaljer at måle skarpheden på (en ensartet flade).</translation>
    </message>
    <message>
        <source>The follow-up is as sharp as the baseline.</source>
        <translation>Opfølgningsfotoet er lige så skarpt som baseline.</translation>
    </message>
    <message>
        <source>The follow-up is less sharp than the baseline (focus measure %1% of the baseline&apos;s): hold the camera still and focus on the skin.</source>
        <translation>Opfølgningsfotoet er mindre skarpt end baseline (skarphedsmål %1% af baselines): hold kameraet stille og fokusér på huden.</translation>
    </message>
    <message>
        <source>The photos could not be matched to each other, so the distance cannot be compared.</source>
        <translation>Fotoene kunne ikke matches med hinanden, så afstanden kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>The subject has the same size in the frame as in the baseline (%1 % difference).</source>
        <translation>Motivet har samme størrelse i billedet som i baseline (%1 % forskel).</translation>
    </message>
    <message>
        <source>The subject is %1 % larger in the follow-up: the camera was closer or zoomed in; stand at the baseline&apos;s distance.</source>
        <translation>Motivet er %1 % større i opfølgningsfotoet: kameraet var tættere på eller zoomet ind; stå i samme afstand som ved baseline.</translation>
    </message>
    <message>
        <source>The subject is %1 % smaller in the follow-up: the camera was farther away or zoomed out; stand at the baseline&apos;s distance.</source>
        <translation>Motivet er %1 % mindre i opfølgningsfotoet: kameraet var længere væk eller zoomet ud; stå i samme afstand som ved baseline.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the framing within %3 % of the frame: compare the photos by eye.</source>
        <translation>Ansigtet er %1 px bredt; der skal %2 px til for at vurdere udsnittet inden for %3 % af billedet: sammenlign fotoene med øjet.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the framing within %1 % of the frame: compare the photos by eye.</source>
        <translation>Ansigtets kendetegn er ikke stabile nok på disse fotos (ujævnt lys, skygge eller uskarphed) til at vurdere udsnittet inden for %1 % af billedet: sammenlign fotoene med øjet.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks and its skin features disagree about where the face is, as when light or shadow misleads one of them, so the framing cannot be judged within %1 % of the frame: compare the photos by eye.</source>
        <translation>Ansigtets kendetegn og hudens detaljer er uenige om, hvor ansigtet er, som når lys eller skygge snyder en af dem, så udsnittet kan ikke vurderes inden for %1 % af billedet: sammenlign fotoene med øjet.</translation>
    </message>
    <message>
        <source>The photos could not be matched to each other, so the framing cannot be compared.</source>
        <translation>Fotoene kunne ikke matches med hinanden, så udsnittet kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>The subject sits in the same place of the frame as in the baseline.</source>
        <translation>Motivet sidder samme sted i billedet som i baseline.</translation>
    </message>
    <message>
        <source>%1 % of the frame further right</source>
        <translation>%1 % af billedet længere til højre</translation>
    </message>
    <message>
        <source>%1 % of the frame further left</source>
        <translation>%1 % af billedet længere til venstre</translation>
    </message>
    <message>
        <source>%1 % lower</source>
        <translation>%1 % lavere</translation>
    </message>
    <message>
        <source>%1 % higher</source>
        <translation>%1 % højere</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>The subject sits %1 in the follow-up: centre it as in the baseline.</source>
        <translation>Motivet sidder %1 i opfølgningsfotoet: placér det i billedet som i baseline.</translation>
    </message>
    <message>
        <source>The follow-up is tilted %1° %2 compared with the baseline: keep the head or the camera level.</source>
        <translation>Opfølgningsfotoet hælder %1° %2 i forhold til baseline: hold hovedet eller kameraet lige.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the tilt within %3°: compare the photos by eye.</source>
        <translation>Ansigtet er %1 px bredt; der skal %2 px til for at vurdere hældningen inden for %3°: sammenlign fotoene med øjet.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the tilt within %1°: compare the photos by eye.</source>
        <translation>Ansigtets kendetegn er ikke stabile nok på disse fotos (ujævnt lys, skygge eller uskarphed) til at vurdere hældningen inden for %1°: sammenlign fotoene med øjet.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks and its skin features disagree about the tilt, as when light or shadow misleads one of them, so the tilt cannot be judged within %1°: compare the photos by eye.</source>
        <translation>Ansigtets kendetegn og hudens detaljer er uenige om hældningen, som når lys eller skygge snyder en af dem, så hældningen kan ikke vurderes inden for %1°: sammenlign fotoene med øjet.</translation>
    </message>
    <message>
        <source>The follow-up is tilted %1° %2 compared with the baseline: keep the camera level.</source>
        <translation>Opfølgningsfotoet hælder %1° %2 i forhold til baseline: hold kameraet lige.</translation>
    </message>
    <message>
        <source>The photos could not be matched to each other, so the tilt cannot be compared.</source>
        <translation>Fotoene kunne ikke matches med hinanden, så hældningen kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>The follow-up is level with the baseline (%1° difference).</source>
        <translation>Opfølgningsfotoet er lige så vandret som baseline (%1° forskel).</translation>
    </message>
    <message>
        <source>clockwise</source>
        <translation>med uret</translation>
    </message>
    <message>
        <source>anticlockwise</source>
        <translation>mod uret</translation>
    </message>
    <message>
        <source>No face was found in either photo, so the head angle cannot be compared.</source>
        <translation>Der blev ikke fundet et ansigt på nogen af fotoene, så hovedstillingen kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>No face was found in the baseline, so the head angle cannot be compared.</source>
        <translation>Der blev ikke fundet et ansigt i baseline, så hovedstillingen kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up, so the head angle cannot be compared.</source>
        <translation>Der blev ikke fundet et ansigt i opfølgningsfotoet, så hovedstillingen kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>The head angle could not be worked out from the face found.</source>
        <translation>Hovedstillingen kunne ikke bestemmes ud fra det fundne ansigt.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the head angle within %3°: compare the photos by eye.</source>
        <translation>Ansigtet er %1 px bredt; der skal %2 px til for at vurdere hovedstillingen inden for %3°: sammenlign fotoene med øjet.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the distance within %3 % of the face&apos;s size: compare the photos by eye.</source>
        <translation>Ansigtet er %1 px bredt; der skal %2 px til for at vurdere afstanden inden for %3 % af ansigtets størrelse: sammenlign fotoene med øjet.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the distance within %1 % of the face&apos;s size: compare the photos by eye.</source>
        <translation>Ansigtets kendetegn er ikke stabile nok på disse fotos (ujævnt lys, skygge eller uskarphed) til at vurdere afstanden inden for %1 % af ansigtets størrelse: sammenlign fotoene med øjet.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks and its skin features disagree about its size, as when light or shadow misleads one of them, so the distance cannot be judged within %1 % of the face&apos;s size: compare the photos by eye.</source>
        <translation>Ansigtets kendetegn og hudens detaljer er uenige om størrelsen, som når lys eller skygge snyder en af dem, så afstanden kan ikke vurderes inden for %1 % af ansigtets størrelse: sammenlign fotoene med øjet.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the head angle within %1°: compare the photos by eye.</source>
        <translation>Ansigtets kendetegn er ikke stabile nok på disse fotos (ujævnt lys, skygge eller uskarphed) til at vurdere hovedstillingen inden for %1°: sammenlign fotoene med øjet.</translation>
    </message>
    <message>
        <source>The head is at the same angle as in the baseline (turn %1°, nod %2°).</source>
        <translation>Hovedet har samme stilling som i baseline (drejning %1°, nik %2°).</translation>
    </message>
    <message>
        <source>The head is turned %1° further towards the patient&apos;s right than in the baseline: ask the patient to face the camera as in the baseline.</source>
        <translation>Hovedet er drejet %1° mere mod patientens højre side end i baseline: bed patienten vende ansigtet mod kameraet som ved baseline.</translation>
    </message>
    <message>
        <source>The head is turned %1° further towards the patient&apos;s left than in the baseline: ask the patient to face the camera as in the baseline.</source>
        <translation>Hovedet er drejet %1° mere mod patientens venstre side end i baseline: bed patienten vende ansigtet mod kameraet som ved baseline.</translation>
    </message>
    <message>
        <source>The head is tilted %1° further up (chin raised) than in the baseline: ask the patient to keep the head level as in the baseline.</source>
        <translation>Hovedet er bøjet %1° mere bagover (hagen løftet) end i baseline: bed patienten holde hovedet lige som ved baseline.</translation>
    </message>
    <message>
        <source>The head is tilted %1° further down (chin lowered) than in the baseline: ask the patient to keep the head level as in the baseline.</source>
        <translation>Hovedet er bøjet %1° mere forover (hagen sænket) end i baseline: bed patienten holde hovedet lige som ved baseline.</translation>
    </message>
    <message>
        <source>No view label was given and no face was found in the baseline to tell its view.</source>
        <translation>Der er ikke angivet en vinkel, og der blev ikke fundet et ansigt i baseline til at bestemme vinklen.</translation>
    </message>
    <message>
        <source>No view label was given and the baseline&apos;s head angle is unknown.</source>
        <translation>Der er ikke angivet en vinkel, og hovedstillingen i baseline er ukendt.</translation>
    </message>
    <message>
        <source>The baseline&apos;s head angle (%1°) lies between two standard views.</source>
        <translation>Hovedstillingen i baseline (%1°) ligger mellem to standardvinkler.</translation>
    </message>
    <message>
        <source>The view (%1) comes from the nurse&apos;s label; the head angle cannot confirm it.</source>
        <translation>Vinklen (%1) kommer fra sygeplejerskens angivelse; hovedstillingen kan ikke bekræfte den.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up (profiles often defeat face detection), so its view cannot be confirmed.</source>
        <translation>Der blev ikke fundet et ansigt i opfølgningsfotoet (ansigtsgenkendelse fejler ofte på profiler), så vinklen kan ikke bekræftes.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up, so its view cannot be confirmed.</source>
        <translation>Der blev ikke fundet et ansigt i opfølgningsfotoet, så vinklen kan ikke bekræftes.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s head angle could not be worked out, so its view cannot be confirmed.</source>
        <translation>Hovedstillingen i opfølgningsfotoet kunne ikke bestemmes, så vinklen kan ikke bekræftes.</translation>
    </message>
    <message>
        <source>The follow-up is a %1 view, as labelled.</source>
        <translation>Opfølgningsfotoets vinkel: %1, som angivet.</translation>
    </message>
    <message>
        <source>The follow-up is a %1 view, as the baseline.</source>
        <translation>Opfølgningsfotoets vinkel: %1, ligesom baseline.</translation>
    </message>
    <message>
        <source>The head is turned %1°, between standard views, but the photo should be a %2 view: retake it at the standard angle.</source>
        <translation>Hovedet er drejet %1°, mellem to standardvinkler, men fotoets vinkel skal være %2: tag billedet om i standardvinklen.</translation>
    </message>
    <message>
        <source>The follow-up looks like a %1 view (head turned %2°) but it is labelled %3: check the label or retake it.</source>
        <translation>Opfølgningsfotoet ligner vinklen %1 (hovedet drejet %2°), men er angivet som %3: kontrollér angivelsen eller tag billedet om.</translation>
    </message>
    <message>
        <source>The follow-up looks like a %1 view (head turned %2°) but the baseline is %3: check the label or retake it.</source>
        <translation>Opfølgningsfotoet ligner vinklen %1 (hovedet drejet %2°), men baseline er %3: kontrollér angivelsen eller tag billedet om.</translation>
    </message>
    <message>
        <source>35 mm equivalent</source>
        <translation>35 mm-ækvivalent</translation>
    </message>
    <message>
        <source>focal length</source>
        <translation>brændvidde</translation>
    </message>
    <message>
        <source>Both photos were taken with the same lens.</source>
        <translation>Begge fotos er taget med samme objektiv.</translation>
    </message>
    <message>
        <source>The 35 mm-equivalent focal length is missing from both photos and the cameras differ, so the lens cannot be compared.</source>
        <translation>Den 35 mm-ækvivalente brændvidde mangler i begge fotos, og kameraerne er forskellige, så objektivet kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>The 35 mm-equivalent focal length is missing from the baseline and the cameras differ, so the lens cannot be compared.</source>
        <translation>Den 35 mm-ækvivalente brændvidde mangler i baseline, og kameraerne er forskellige, så objektivet kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>The 35 mm-equivalent focal length is missing from the follow-up and the cameras differ, so the lens cannot be compared.</source>
        <translation>Den 35 mm-ækvivalente brændvidde mangler i opfølgningsfotoet, og kameraerne er forskellige, så objektivet kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>The focal length is recorded in neither photo, so the lens cannot be compared.</source>
        <translation>Brændvidden er ikke registreret i nogen af fotoene, så objektivet kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>The focal length is not recorded in the baseline, so the lens cannot be compared.</source>
        <translation>Brændvidden er ikke registreret i baseline, så objektivet kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>The focal length is not recorded in the follow-up, so the lens cannot be compared.</source>
        <translation>Brændvidden er ikke registreret i opfølgningsfotoet, så objektivet kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>The follow-up was taken at %1 mm (%2) and the baseline at %3 mm: use the same lens and zoom setting.</source>
        <translation>Opfølgningsfotoet er taget ved %1 mm (%2) og baseline ved %3 mm: brug samme objektiv og zoomindstilling.</translation>
    </message>
    <message>
        <source>The follow-up was taken with another lens (%1) than the baseline (%2): use the same camera lens.</source>
        <translation>Opfølgningsfotoet er taget med et andet objektiv (%1) end baseline (%2): brug samme objektiv.</translation>
    </message>
    <message>
        <source>The same lens and focal length as the baseline.</source>
        <translation>Samme objektiv og brændvidde som baseline.</translation>
    </message>
    <message>
        <source>The camera is recorded in neither photo.</source>
        <translation>Kameraet er ikke registreret i nogen af fotoene.</translation>
    </message>
    <message>
        <source>The camera is not recorded in the baseline.</source>
        <translation>Kameraet er ikke registreret i baseline.</translation>
    </message>
    <message>
        <source>The camera is not recorded in the follow-up.</source>
        <translation>Kameraet er ikke registreret i opfølgningsfotoet.</translation>
    </message>
    <message>
        <source>Both photos were taken with the same camera (%1).</source>
        <translation>Begge fotos er taget med samme kamera (%1).</translation>
    </message>
    <message>
        <source>The follow-up was taken with another camera (%1) than the baseline (%2): use the clinic&apos;s camera for both.</source>
        <translation>Opfølgningsfotoet er taget med et andet kamera (%1) end baseline (%2): brug klinikkens kamera til begge.</translation>
    </message>
    <message>
        <source>The follow-up was processed with %1, a filter app: use the original, unfiltered photo.</source>
        <translation>Opfølgningsfotoet er behandlet med %1, en filterapp: brug det originale, ufiltrerede foto.</translation>
    </message>
    <message>
        <source>The follow-up went through %1, a photo editor: use the original camera file.</source>
        <translation>Opfølgningsfotoet har været gennem %1, et billedbehandlingsprogram: brug kameraets originale fil.</translation>
    </message>
    <message>
        <source>no camera EXIF</source>
        <translation>ingen kamera-EXIF</translation>
    </message>
    <message>
        <source>The follow-up carries no camera information although the baseline does: it was probably sent through a messaging app or edited; use the original file.</source>
        <translation>Opfølgningsfotoet har ingen kameraoplysninger, selvom baseline har: det er sandsynligvis sendt via en beskedapp eller redigeret; brug den originale fil.</translation>
    </message>
    <message>
        <source>re-encoded (quality %1)</source>
        <translation>genkodet (kvalitet %1)</translation>
    </message>
    <message>
        <source>The follow-up was saved again by another program than the camera (its JPEG tables differ from the camera&apos;s): use the original file.</source>
        <translation>Opfølgningsfotoet er gemt igen af et andet program end kameraet (dets JPEG-tabeller afviger fra kameraets): brug den originale fil.</translation>
    </message>
    <message>
        <source>The skin texture is %1% smoother in the follow-up than in the baseline while edges stay sharp (a beauty or smoothing filter): use the unfiltered photo.</source>
        <translation>Hudens struktur er %1% glattere i opfølgningsfotoet end i baseline, mens kanterne forbliver skarpe (et skønheds- eller udglatningsfilter): brug det ufiltrerede foto.</translation>
    </message>
    <message>
        <source>The subject texture is %1% smoother in the follow-up than in the baseline while edges stay sharp (a beauty or smoothing filter): use the unfiltered photo.</source>
        <translation>Motivets struktur er %1% glattere i opfølgningsfotoet end i baseline, mens kanterne forbliver skarpe (et skønheds- eller udglatningsfilter): brug det ufiltrerede foto.</translation>
    </message>
    <message>
        <source>No editing app or stripped metadata found; skin smoothing cannot be judged (the face is too small in the photo).</source>
        <translation>Ingen redigeringsapp eller fjernede metadata fundet; udglatning af huden kan ikke vurderes (ansigtet er for lille på fotoet).</translation>
    </message>
    <message>
        <source>No editing app or stripped metadata found; skin smoothing cannot be judged (the subject is overexposed).</source>
        <translation>Ingen redigeringsapp eller fjernede metadata fundet; udglatning af huden kan ikke vurderes (motivet er overeksponeret).</translation>
    </message>
    <message>
        <source>No sign of editing or filters.</source>
        <translation>Ingen tegn på redigering eller filtre.</translation>
    </message>
    <message>
        <source>%1 One more sign of editing was found.</source>
        <translation>%1 Der blev fundet ét tegn mere på redigering.</translation>
    </message>
    <message>
        <source>%1 %2 more signs of editing were found.</source>
        <translation>%1 Der blev fundet %2 tegn mere på redigering.</translation>
    </message>
    <message>
        <source>%1×%2 against %3×%4</source>
        <translation>%1×%2 mod %3×%4</translation>
    </message>
    <message>
        <source>The follow-up is portrait and the baseline is not (%1): hold the camera as for the baseline.</source>
        <translation>Opfølgningsfotoet er i højformat og baseline ikke (%1): hold kameraet som ved baseline.</translation>
    </message>
    <message>
        <source>The follow-up is landscape and the baseline is not (%1): hold the camera as for the baseline.</source>
        <translation>Opfølgningsfotoet er i tværformat og baseline ikke (%1): hold kameraet som ved baseline.</translation>
    </message>
    <message>
        <source>portrait/landscape</source>
        <translation>højformat/tværformat</translation>
    </message>
    <message>
        <source>same orientation</source>
        <translation>samme format</translation>
    </message>
    <message>
        <source>Comparable size and shape (%1).</source>
        <translation>Sammenlignelig størrelse og form (%1).</translation>
    </message>
    <message>
        <source>The follow-up has %1% of the baseline&apos;s pixels (%2): use the original file, not a crop, screenshot or messenger copy.</source>
        <translation>Opfølgningsfotoet har %1% af baselines pixels (%2): brug den originale fil, ikke et udsnit, et skærmbillede eller en kopi fra en beskedapp.</translation>
    </message>
    <message>
        <source>The follow-up has another shape than the baseline (%1, %2% different): it was cropped or taken in another format; use the original file.</source>
        <translation>Opfølgningsfotoet har en anden form end baseline (%1, %2% forskel): det er beskåret eller taget i et andet format; brug den originale fil.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minut</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutter</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 time</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 timer</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dage</translation>
    </message>
    <message>
        <source>The follow-up has no capture date: check it was taken at this visit.</source>
        <translation>Opfølgningsfotoet har ingen optagelsesdato: kontrollér, at det er taget ved dette besøg.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s camera clock says %1, a reset clock: check the date it was really taken.</source>
        <translation>Kameraets ur viste %1 ved opfølgningsfotoet, et ur nulstillet til fabriksindstillingen: kontrollér, hvornår det faktisk er taget.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s date (%1) lies in the future: the camera clock is wrong; check the date.</source>
        <translation>Opfølgningsfotoets dato (%1) ligger i fremtiden: kameraets ur går forkert; kontrollér datoen.</translation>
    </message>
    <message>
        <source>The follow-up carries no camera date, only the file&apos;s date, which copying changes: check when it was taken.</source>
        <translation>Opfølgningsfotoet har ingen kameradato, kun filens dato, som ændres ved kopiering: kontrollér, hvornår det er taget.</translation>
    </message>
    <message>
        <source>The baseline&apos;s camera clock says %1, a reset clock: check the date it was really taken.</source>
        <translation>Kameraets ur viste %1 ved baseline, et ur nulstillet til fabriksindstillingen: kontrollér, hvornår fotoet faktisk er taget.</translation>
    </message>
    <message>
        <source>The baseline&apos;s date (%1) lies in the future: the camera clock is wrong; check the date.</source>
        <translation>Baselines dato (%1) ligger i fremtiden: kameraets ur går forkert; kontrollér datoen.</translation>
    </message>
    <message>
        <source>The baseline carries no camera date, only the file&apos;s date, which copying changes: check when it was taken.</source>
        <translation>Baseline har ingen kameradato, kun filens dato, som ændres ved kopiering: kontrollér, hvornår fotoet er taget.</translation>
    </message>
    <message>
        <source>This photo was taken %1 after the treatment, so it cannot be a baseline: file it under the right visit.</source>
        <translation>Dette foto er taget %1 efter behandlingen og kan derfor ikke være baseline: arkivér det under det rigtige besøg.</translation>
    </message>
    <message>
        <source>The follow-up was taken %1 before the treatment: file it under the right visit.</source>
        <translation>Opfølgningsfotoet er taget %1 før behandlingen: arkivér det under det rigtige besøg.</translation>
    </message>
    <message>
        <source>The baseline was taken %1 after the treatment: check it is really a baseline.</source>
        <translation>Baseline er taget %1 efter behandlingen: kontrollér, at det virkelig er en baseline.</translation>
    </message>
    <message>
        <source>The follow-up was taken %1 after its visit&apos;s date: check it belongs to this visit.</source>
        <translation>Opfølgningsfotoet er taget %1 efter besøgets dato: kontrollér, at det hører til dette besøg.</translation>
    </message>
    <message>
        <source>The follow-up was taken %1 before its visit&apos;s date: check it belongs to this visit.</source>
        <translation>Opfølgningsfotoet er taget %1 før besøgets dato: kontrollér, at det hører til dette besøg.</translation>
    </message>
    <message>
        <source>The follow-up was taken %1 before the baseline: check the photos and the camera clock.</source>
        <translation>Opfølgningsfotoet er taget %1 før baseline: kontrollér fotoene og kameraets ur.</translation>
    </message>
    <message>
        <source>The follow-up&apos;s date is plausible.</source>
        <translation>Opfølgningsfotoets dato er plausibel.</translation>
    </message>
    <message>
        <source>Taken %1 after the treatment, as expected.</source>
        <translation>Taget %1 efter behandlingen, som forventet.</translation>
    </message>
    <message>
        <source>Taken %1 after the baseline, as expected.</source>
        <translation>Taget %1 efter baseline, som forventet.</translation>
    </message>
    <message>
        <source>%1 One more date problem was found.</source>
        <translation>%1 Der blev fundet ét datoproblem mere.</translation>
    </message>
    <message>
        <source>%1 %2 more date problems were found.</source>
        <translation>%1 Der blev fundet %2 datoproblemer mere.</translation>
    </message>
    <message>
        <source>No face was found in either photo, so the expression cannot be compared.</source>
        <translation>Der blev ikke fundet et ansigt på nogen af fotoene, så udtrykket kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>No face was found in the baseline, so the expression cannot be compared.</source>
        <translation>Der blev ikke fundet et ansigt i baseline, så udtrykket kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up, so the expression cannot be compared.</source>
        <translation>Der blev ikke fundet et ansigt i opfølgningsfotoet, så udtrykket kan ikke sammenlignes.</translation>
    </message>
    <message>
        <source>The expression is compared on frontal and oblique views only; this face is turned too far to read it.</source>
        <translation>Udtrykket sammenlignes kun på fotos forfra og skråt; dette ansigt er drejet for meget til at aflæse det.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge the expression within %3 % of the eye distance: compare the photos by eye.</source>
        <translation>Ansigtet er %1 px bredt; der skal %2 px til for at vurdere udtrykket inden for %3 % af øjenafstanden: sammenlign fotoene med øjet.</translation>
    </message>
    <message>
        <source>The face&apos;s landmarks are not steady enough in these photos (uneven light, shadow or blur) to judge the expression within %1 % of the eye distance: compare the photos by eye.</source>
        <translation>Ansigtets kendetegn er ikke stabile nok på disse fotos (ujævnt lys, skygge eller uskarphed) til at vurdere udtrykket inden for %1 % af øjenafstanden: sammenlign fotoene med øjet.</translation>
    </message>
    <message>
        <source>The expression matches the baseline (mouth, eyes and brows).</source>
        <translation>Udtrykket svarer til baseline (mund, øjne og øjenbryn).</translation>
    </message>
    <message>
        <source>The patient smiles in the follow-up but not in the baseline: ask for the baseline&apos;s neutral expression.</source>
        <translation>Patienten smiler i opfølgningsfotoet, men ikke i baseline: bed om det neutrale udtryk fra baseline.</translation>
    </message>
    <message>
        <source>The patient smiles in the baseline but not in the follow-up: ask for the baseline&apos;s expression.</source>
        <translation>Patienten smiler i baseline, men ikke i opfølgningsfotoet: bed om udtrykket fra baseline.</translation>
    </message>
    <message>
        <source>The corners of the mouth are pulled down in the follow-up, unlike the baseline: ask for the baseline&apos;s relaxed expression.</source>
        <translation>Mundvigene er trukket ned i opfølgningsfotoet, modsat baseline: bed om det afslappede udtryk fra baseline.</translation>
    </message>
    <message>
        <source>The mouth is open in the follow-up (%1 % of the eye distance wider than in the baseline): ask the patient to close the lips as in the baseline.</source>
        <translation>Munden er åben i opfølgningsfotoet (%1 % af øjenafstanden mere end i baseline): bed patienten lukke læberne som ved baseline.</translation>
    </message>
    <message>
        <source>The mouth is open in the baseline and closed in the follow-up (%1 % of the eye distance): ask for the baseline&apos;s expression.</source>
        <translation>Munden er åben i baseline og lukket i opfølgningsfotoet (%1 % af øjenafstanden): bed om udtrykket fra baseline.</translation>
    </message>
    <message>
        <source>The mouth is %1 % of the eye distance wider than in the baseline (lips stretched): ask for the baseline&apos;s relaxed expression.</source>
        <translation>Munden er %1 % af øjenafstanden bredere end i baseline (læberne strakt): bed om det afslappede udtryk fra baseline.</translation>
    </message>
    <message>
        <source>The mouth is %1 % of the eye distance narrower than in the baseline (lips pursed): ask for the baseline&apos;s relaxed expression.</source>
        <translation>Munden er %1 % af øjenafstanden smallere end i baseline (spidsede læber): bed om det afslappede udtryk fra baseline.</translation>
    </message>
    <message>
        <source>The eyes are more closed in the follow-up than in the baseline (%1 % of the eye distance): ask the patient to keep the eyes open as in the baseline.</source>
        <translation>Øjnene er mere lukkede i opfølgningsfotoet end i baseline (%1 % af øjenafstanden): bed patienten holde øjnene åbne som ved baseline.</translation>
    </message>
    <message>
        <source>The eyes are opened wider in the follow-up than in the baseline (%1 % of the eye distance): ask for the baseline&apos;s relaxed expression.</source>
        <translation>Øjnene er åbnet mere i opfølgningsfotoet end i baseline (%1 % af øjenafstanden): bed om det afslappede udtryk fra baseline.</translation>
    </message>
    <message>
        <source>The brows are raised in the follow-up (%1 % of the eye distance higher than in the baseline): ask for the baseline&apos;s relaxed expression.</source>
        <translation>Øjenbrynene er løftet i opfølgningsfotoet (%1 % af øjenafstanden højere end i baseline): bed om det afslappede udtryk fra baseline.</translation>
    </message>
    <message>
        <source>The brows are lowered in the follow-up (%1 % of the eye distance lower than in the baseline, as in a frown): ask for the baseline&apos;s relaxed expression.</source>
        <translation>Øjenbrynene er sænket i opfølgningsfotoet (%1 % af øjenafstanden lavere end i baseline, som når man rynker panden): bed om det afslappede udtryk fra baseline.</translation>
    </message>
    <message>
        <source>The brows are drawn together in the follow-up (a frown, %1 % of the eye distance): ask for the baseline&apos;s relaxed expression.</source>
        <translation>Øjenbrynene er trukket sammen i opfølgningsfotoet (panderynken, %1 % af øjenafstanden): bed om det afslappede udtryk fra baseline.</translation>
    </message>
    <message>
        <source>The brows are further apart in the follow-up than in the baseline (%1 % of the eye distance): ask for the baseline&apos;s relaxed expression.</source>
        <translation>Øjenbrynene er længere fra hinanden i opfølgningsfotoet end i baseline (%1 % af øjenafstanden): bed om det afslappede udtryk fra baseline.</translation>
    </message>
    <message>
        <source>%1 One more difference of expression was found.</source>
        <translation>%1 Der blev fundet én forskel mere i udtrykket.</translation>
    </message>
    <message>
        <source>%1 %2 more differences of expression were found.</source>
        <translation>%1 Der blev fundet %2 forskelle mere i udtrykket.</translation>
    </message>
    <message>
        <source>No face was found in either photo, so make-up cannot be judged.</source>
        <translation>Der blev ikke fundet et ansigt på nogen af fotoene, så makeup kan ikke vurderes.</translation>
    </message>
    <message>
        <source>No face was found in the baseline, so make-up cannot be judged.</source>
        <translation>Der blev ikke fundet et ansigt i baseline, så makeup kan ikke vurderes.</translation>
    </message>
    <message>
        <source>No face was found in the follow-up, so make-up cannot be judged.</source>
        <translation>Der blev ikke fundet et ansigt i opfølgningsfotoet, så makeup kan ikke vurderes.</translation>
    </message>
    <message>
        <source>The face is %1 px wide; %2 px are needed to judge make-up on the lips and eyelids: compare the photos by eye.</source>
        <translation>Ansigtet er %1 px bredt; der skal %2 px til for at vurdere makeup på læber og øjenlåg: sammenlign fotoene med øjet.</translation>
    </message>
    <message>
        <source>The lips&apos; colour against the skin differs from the baseline (lipstick or gloss in one of the photos): make-up can hide the lips&apos; own colour and swelling; take both photos without make-up.</source>
        <translation>Læbernes farve i forhold til huden er anderledes end i baseline (læbestift eller lipgloss på et af fotoene): makeup kan skjule læbernes egen farve og hævelse; tag begge fotos uden makeup.</translation>
    </message>
    <message>
        <source>The eyelids are darker or tinted against the skin, unlike the baseline (eye make-up in one of the photos): make-up can hide redness and bruising around the eyes; take both photos without make-up.</source>
        <translation>Øjenlågene er mørkere eller farvede i forhold til huden, modsat baseline (øjenmakeup på et af fotoene): makeup kan skjule rødme og blå mærker omkring øjnene; tag begge fotos uden makeup.</translation>
    </message>
    <message>
        <source>The skin is evened in the follow-up (fine texture %1% and colour variation %2% of the baseline&apos;s, the surroundings unchanged): foundation or concealer can hide redness and bruising; ask the patient to remove it.</source>
        <translation>Huden er jævnet ud i opfølgningsfotoet (fin struktur %1% og farvevariation %2% af baselines, omgivelserne uændrede): foundation eller concealer kan skjule rødme og blå mærker; bed patienten fjerne det.</translation>
    </message>
    <message>
        <source>No sign of make-up on the lips or eyelids; the skin&apos;s evenness cannot be judged because the light falls differently from the baseline.</source>
        <translation>Intet tegn på makeup på læber eller øjenlåg; hudens jævnhed kan ikke vurderes, fordi lyset falder anderledes end i baseline.</translation>
    </message>
    <message>
        <source>No sign of make-up on the lips or eyelids; the skin&apos;s evenness cannot be judged (the face is too small in the photo).</source>
        <translation>Intet tegn på makeup på læber eller øjenlåg; hudens jævnhed kan ikke vurderes (ansigtet er for lille på fotoet).</translation>
    </message>
    <message>
        <source>No sign of make-up that the baseline does not show.</source>
        <translation>Intet tegn på makeup, som baseline ikke viser.</translation>
    </message>
    <message>
        <source>%1 One more sign of make-up was found.</source>
        <translation>%1 Der blev fundet ét tegn mere på makeup.</translation>
    </message>
    <message>
        <source>%1 %2 more signs of make-up were found.</source>
        <translation>%1 Der blev fundet %2 tegn mere på makeup.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Side by side</source>
        <translation>Side om side</translation>
    </message>
    <message>
        <source>Photos next to each other</source>
        <translation>Fotos ved siden af hinanden</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Skyder</translation>
    </message>
    <message>
        <source>Baseline left of a divider you drag, follow-up right of it</source>
        <translation>Baseline til venstre for en skillelinje, du trækker, opfølgningsfoto til højre for den</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Overlejring</translation>
    </message>
    <message>
        <source>The follow-up laid over the baseline, see-through</source>
        <translation>Opfølgningsfotoet lagt gennemsigtigt over baseline</translation>
    </message>
    <message>
        <source>Quick toggle</source>
        <translation>Hurtigt skift</translation>
    </message>
    <message>
        <source>One photo at a time; Space switches</source>
        <translation>Ét foto ad gangen; mellemrum skifter</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Opfølgningsfoto:</translation>
    </message>
    <message>
        <source>Follow-up compared with the baseline</source>
        <translation>Opfølgningsfoto sammenlignet med baseline</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>O&amp;pacitet:</translation>
    </message>
    <message>
        <source>Opacity of the follow-up over the baseline</source>
        <translation>Opfølgningsfotoets opacitet over baseline</translation>
    </message>
    <message>
        <source>%1 and %2 step through the follow-ups</source>
        <translation>%1 og %2 skifter mellem opfølgningsfotoene</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Justeret</translation>
    </message>
    <message>
        <source>Align the follow-ups on the baseline</source>
        <translation>Justér opfølgningsfotos efter baseline</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tilpas</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Næste opfølgningsfoto</translation>
    </message>
    <message>
        <source>Previous follow-up</source>
        <translation>Forrige opfølgningsfoto</translation>
    </message>
    <message>
        <source>Show the whole photo (%1)</source>
        <translation>Vis hele fotoet (%1)</translation>
    </message>
    <message>
        <source>One photo pixel per screen pixel (%1)</source>
        <translation>Én fotopixel pr. skærmpixel (%1)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Recovery chart</source>
        <translation>Helingsgraf</translation>
    </message>
    <message>
        <source>Zoom to 100 per cent</source>
        <translation>Zoom til 100 procent</translation>
    </message>
    <message>
        <source>Switch between baseline and follow-up</source>
        <translation>Skift mellem baseline og opfølgningsfoto</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Viser: %1</translation>
    </message>
    <message>
        <source>Space switches to the %1</source>
        <translation>Mellemrum skifter til %1</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>opfølgningsfoto</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Venstre: %1</translation>
    </message>
    <message>
        <source>Under: %1</source>
        <translation>Nederst: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Højre: %1</translation>
    </message>
    <message>
        <source>Over: %1</source>
        <translation>Øverst: %1</translation>
    </message>
    <message>
        <source>Baseline and follow-up photos</source>
        <translation>Baseline- og opfølgningsfotos</translation>
    </message>
    <message>
        <source>Warp each follow-up onto the baseline with the registration from the checks (A)</source>
        <translation>Tilpas hvert opfølgningsfoto til baseline med registreringen fra kontrollerne (A)</translation>
    </message>
    <message>
        <source>No alignment yet: the photos have not been checked, or they could not be registered.</source>
        <translation>Ingen justering endnu: fotoene er ikke kontrolleret, eller de kunne ikke registreres.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Comparison</source>
        <translation>Sammenligning</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Sammenligning</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Export sheet…</source>
        <translation>&amp;Eksportér ark…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Lost the connection to the library&apos;s server %1; reconnecting… The window stays as it was; changes cannot be saved until the server is back, and nothing half-written is kept.</source>
        <translation>Forbindelsen til bibliotekets server %1 er tabt; forbinder igen… Vinduet forbliver som det var; ændringer kan ikke gemmes, før serveren er tilbage, og intet halvt skrevet gemmes.</translation>
    </message>
    <message>
        <source>Connected again to the library&apos;s server %1; the window shows the library as it is now.</source>
        <translation>Forbundet igen til bibliotekets server %1; vinduet viser biblioteket, som det er nu.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>clinical record</source>
        <translation>journalen</translation>
    </message>
    <message>
        <source>sharing with other clinicians</source>
        <translation>deling med andre behandlere</translation>
    </message>
    <message>
        <source>teaching</source>
        <translation>undervisning</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>publicering</translation>
    </message>
    <message>
        <source>Purpose: %1. No consent on record: de-identified.</source>
        <translation>Formål: %1. Intet samtykke registreret: pseudonymiseret.</translation>
    </message>
    <message>
        <source>Purpose: %1.</source>
        <translation>Formål: %1.</translation>
    </message>
</context>
<context>
    <name>CorrectionActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigér</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>Drej til &amp;venstre</translation>
    </message>
    <message>
        <source>Rotate 18&amp;0°</source>
        <translation>Drej 18&amp;0°</translation>
    </message>
    <message>
        <source>&amp;Move photo…</source>
        <translation>&amp;Flyt foto…</translation>
    </message>
    <message>
        <source>Change &amp;visit date or kind…</source>
        <translation>Ændr besøgets &amp;dato eller type…</translation>
    </message>
    <message>
        <source>Change &amp;treatment date…</source>
        <translation>Ændr &amp;behandlingsdato…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Rotate ri&amp;ght</source>
        <translation>Drej til &amp;højre</translation>
    </message>
    <message>
        <source>Tr&amp;ash…</source>
        <translation>&amp;Papirkurv…</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>&amp;Slet patient…</translation>
    </message>
    <message>
        <source>&amp;Merge with another patient…</source>
        <translation>Sa&amp;mmenlæg med en anden patient…</translation>
    </message>
    <message>
        <source>E&amp;rase patient for good…</source>
        <translation>Slet patient &amp;endeligt…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Fortryd %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gentag %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Drej til højre</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Drej til venstre</translation>
    </message>
    <message>
        <source>Rotate 180°</source>
        <translation>Drej 180°</translation>
    </message>
    <message>
        <source>Move photo…</source>
        <translation>Flyt foto…</translation>
    </message>
    <message>
        <source>Delete photo…</source>
        <translation>Slet foto…</translation>
    </message>
    <message>
        <source>Change visit date or kind…</source>
        <translation>Ændr besøgets dato eller type…</translation>
    </message>
    <message>
        <source>Delete visit…</source>
        <translation>Slet besøg…</translation>
    </message>
    <message>
        <source>Change treatment date…</source>
        <translation>Ændr behandlingsdato…</translation>
    </message>
    <message>
        <source>Move treatment to another patient…</source>
        <translation>Flyt behandlingen til en anden patient…</translation>
    </message>
    <message>
        <source>Delete treatment…</source>
        <translation>Slet behandling…</translation>
    </message>
    <message>
        <source>Move the photo %1 (%2, %3) to the trash?</source>
        <translation>Flyt fotoet %1 (%2, %3) til papirkurven?</translation>
    </message>
    <message>
        <source>Move the visit %1 of %2 to the trash, with its photos (%3)?</source>
        <translation>Flyt besøget %1 den %2 til papirkurven med dets fotos (%3)?</translation>
    </message>
    <message>
        <source>Move the treatment of %1 to the trash, with its visits (%2) and photos (%3)?</source>
        <translation>Flyt behandlingen den %1 til papirkurven med dens besøg (%2) og fotos (%3)?</translation>
    </message>
    <message>
        <source>Move the patient %1 to the trash, with their treatments (%2) and photos (%3)?</source>
        <translation>Flyt patienten %1 til papirkurven med patientens behandlinger (%2) og fotos (%3)?</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Flyt til papirkurv</translation>
    </message>
    <message>
        <source>Move every treatment, visit and photo of %1 to %2, and remove %1 from the patient list?</source>
        <translation>Flyt alle behandlinger, besøg og fotos fra %1 til %2, og fjern %1 fra patientlisten?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sammenlæg</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Fortrudt: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Gentaget: %1</translation>
    </message>
    <message>
        <source>You can restore it from Edit ▸ Trash, or undo with Ctrl+Z.</source>
        <translation>Du kan gendanne det fra Redigér ▸ Papirkurv eller fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Did you mean %1? That patient is already in the library.</source>
        <translation>Mente du %1? Den patient findes allerede i biblioteket.</translation>
    </message>
    <message>
        <source>A second record of one patient splits their photos; create %1 only if it is someone else.</source>
        <translation>En ekstra journal for samme patient deler patientens fotos op; opret kun %1, hvis det er en anden person.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Brug %1</translation>
    </message>
    <message>
        <source>Create a new patient</source>
        <translation>Opret en ny patient</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>This library is empty. Would you like to look around in a demo library first? It holds a demo patient with a treatment, a baseline and two follow-ups; one follow-up was taken wrongly, so you can see what the checks find. Your own library is not changed.</source>
        <translation>Dette bibliotek er tomt. Vil du først se dig omkring i et demobibliotek? Det indeholder en demopatient med en behandling, en baseline og to opfølgninger; én opfølgning er fotograferet forkert, så du kan se, hvad kontrollerne finder. Dit eget bibliotek ændres ikke.</translation>
    </message>
    <message>
        <source>Open demo library</source>
        <translation>Åbn demobibliotek</translation>
    </message>
    <message>
        <source>Open the demo library</source>
        <translation>Åbn demobiblioteket</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <source>Do not offer the demo library again</source>
        <translation>Tilbyd ikke demobiblioteket igen</translation>
    </message>
    <message>
        <source>Preparing the demo library…</source>
        <translation>Demobiblioteket forberedes…</translation>
    </message>
    <message>
        <source>Demo library</source>
        <translation>Demobibliotek</translation>
    </message>
    <message>
        <source>The demo library could not be prepared: %1</source>
        <translation>Demobiblioteket kunne ikke forberedes: %1</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>move photo</source>
        <translation>flyt foto</translation>
    </message>
    <message>
        <source>change view</source>
        <translation>skift vinkel</translation>
    </message>
    <message>
        <source>rotate photo</source>
        <translation>drej foto</translation>
    </message>
    <message>
        <source>change visit</source>
        <translation>ret besøg</translation>
    </message>
    <message>
        <source>change treatment date</source>
        <translation>ret behandlingsdato</translation>
    </message>
    <message>
        <source>move treatment</source>
        <translation>flyt behandling</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>slet</translation>
    </message>
    <message>
        <source>restore from trash</source>
        <translation>gendan fra papirkurven</translation>
    </message>
    <message>
        <source>separate patients</source>
        <translation>adskil patienter igen</translation>
    </message>
    <message>
        <source>merge patients</source>
        <translation>flet patienter</translation>
    </message>
</context>
<context>
    <name>Elapsed</name>
    <message>
        <source>Date unknown</source>
        <translation>Dato ukendt</translation>
    </message>
    <message>
        <source>Baseline (%n min before)</source>
        <translation>Baseline (%n min. før)</translation>
    </message>
    <message>
        <source>Baseline (%n h before)</source>
        <translation>Baseline (%n t. før)</translation>
    </message>
    <message>
        <source>Baseline (1 week before)</source>
        <translation>Baseline (1 uge før)</translation>
    </message>
    <message>
        <source>Baseline (%n weeks before)</source>
        <translation>Baseline (%n uger før)</translation>
    </message>
    <message>
        <source>Baseline (%n months before)</source>
        <translation>Baseline (%n måneder før)</translation>
    </message>
    <message>
        <source>Baseline (1 year before)</source>
        <translation>Baseline (1 år før)</translation>
    </message>
    <message>
        <source>Baseline (%n years before)</source>
        <translation>Baseline (%n år før)</translation>
    </message>
    <message>
        <source>Baseline (1 day before)</source>
        <translation>Baseline (1 dag før)</translation>
    </message>
    <message>
        <source>Baseline (%n days before)</source>
        <translation>Baseline (%n dage før)</translation>
    </message>
    <message>
        <source>Day 0 (%n min)</source>
        <translation>Dag 0 (%n min.)</translation>
    </message>
    <message>
        <source>Day 0 (%n h)</source>
        <translation>Dag 0 (%n t.)</translation>
    </message>
    <message>
        <source>Day %n</source>
        <translation>Dag %n</translation>
    </message>
    <message>
        <source>Week %n</source>
        <translation>Uge %n</translation>
    </message>
    <message>
        <source>Month %n</source>
        <translation>Måned %n</translation>
    </message>
    <message>
        <source>Year %n</source>
        <translation>År %n</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase patient for good</source>
        <translation>Slet patient endeligt</translation>
    </message>
    <message>
        <source>Erasing removes %1 from the library for good: treatments, visits, symptom logs, the original photos, previews and measurements. It cannot be undone, and a restored backup will not bring the patient back. Use it for a patient&apos;s request to be erased; to remove a patient by mistake, use Delete patient (to the trash) instead.</source>
        <translation>Sletning fjerner %1 endeligt fra biblioteket: behandlinger, besøg, symptomlogs, de originale fotos, forhåndsvisninger og målinger. Det kan ikke fortrydes, og en gendannet sikkerhedskopi bringer ikke patienten tilbage. Brug det, når patienten beder om at blive slettet; til en patient oprettet ved en fejl bruger du i stedet Slet patient (til papirkurven).</translation>
    </message>
    <message>
        <source>&amp;Type the patient&apos;s name to confirm:</source>
        <translation>&amp;Skriv patientens navn for at bekræfte:</translation>
    </message>
    <message>
        <source>The patient&apos;s name, to confirm the erasure</source>
        <translation>Patientens navn, for at bekræfte sletningen</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>Slet &amp;endeligt</translation>
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
        <translation>JPEG, HEIC, PNG, TIFF, WebP eller AVIF</translation>
    </message>
    <message>
        <source>cannot be found. It may have been moved, renamed or deleted, or its drive disconnected.</source>
        <translation>kan ikke findes. Filen er måske flyttet, omdøbt eller slettet, eller drevet er frakoblet.</translation>
    </message>
    <message>
        <source>cannot be read: permission denied. Copy it to a folder of your own, or ask whoever manages this computer for access.</source>
        <translation>kan ikke læses: adgang nægtet. Kopiér filen til din egen mappe, eller bed den, der administrerer computeren, om adgang.</translation>
    </message>
    <message>
        <source>cannot be read (%1). Check the drive or network share and try again.</source>
        <translation>kan ikke læses (%1). Kontrollér drevet eller netværksdrevet, og prøv igen.</translation>
    </message>
    <message>
        <source>is an incomplete %1 file: the picture data stops early. Copy it again from the camera or phone.</source>
        <translation>er en ufuldstændig %1-fil: billeddataene slutter for tidligt. Kopiér den igen fra kameraet eller telefonen.</translation>
    </message>
    <message>
        <source>is an incomplete file: the picture data stops early. Copy it again from the camera or phone.</source>
        <translation>er en ufuldstændig fil: billeddataene slutter for tidligt. Kopiér den igen fra kameraet eller telefonen.</translation>
    </message>
    <message>
        <source>is a damaged %1 file that cannot be decoded. Copy it again from the camera or phone.</source>
        <translation>er en beskadiget %1-fil, der ikke kan afkodes. Kopiér den igen fra kameraet eller telefonen.</translation>
    </message>
    <message>
        <source>is a damaged file that cannot be decoded. Copy it again from the camera or phone.</source>
        <translation>er en beskadiget fil, der ikke kan afkodes. Kopiér den igen fra kameraet eller telefonen.</translation>
    </message>
    <message>
        <source>has %1 megapixels, more than the %2 megapixels PhotoFollow opens. Export a smaller copy (a photo needs at most about 50 megapixels) and import that.</source>
        <translation>har %1 megapixel, mere end de %2 megapixel, PhotoFollow åbner. Eksportér en mindre kopi (et foto behøver højst omkring 50 megapixel), og importér den.</translation>
    </message>
    <message>
        <source>is larger than the %1 megapixels PhotoFollow opens. Export a smaller copy (a photo needs at most about 50 megapixels) and import that.</source>
        <translation>er større end de %1 megapixel, PhotoFollow åbner. Eksportér en mindre kopi (et foto behøver højst omkring 50 megapixel), og importér den.</translation>
    </message>
    <message>
        <source>would need %1 MB of memory to open, more than the %2 MB PhotoFollow allows itself for one photo. Export a smaller copy (a photo needs at most about 50 megapixels) and import that.</source>
        <translation>ville kræve %1 MB hukommelse at åbne, mere end de %2 MB, PhotoFollow tillader sig til ét billede. Eksportér en mindre kopi (et billede behøver højst omkring 50 megapixel), og importér den.</translation>
    </message>
    <message>
        <source>is not a photo PhotoFollow can read (%1 expected). Check the file you picked.</source>
        <translation>er ikke et foto, PhotoFollow kan læse (forventet: %1). Kontrollér den valgte fil.</translation>
    </message>
    <message>
        <source>is a folder, not a photo file.</source>
        <translation>er en mappe, ikke en fotofil.</translation>
    </message>
    <message>
        <source>is empty (0 bytes). Copy it again from the camera or phone.</source>
        <translation>er tom (0 byte). Kopiér den igen fra kameraet eller telefonen.</translation>
    </message>
    <message>
        <source>is a folder that cannot be read (%1), so its photos were not imported. Check its permissions or copy it to a folder of your own, then import it again.</source>
        <translation>er en mappe, der ikke kan læses (%1), så billederne i den blev ikke importeret. Kontrollér rettighederne, eller kopiér den til en mappe, du selv ejer, og importér den igen.</translation>
    </message>
    <message>
        <source>does not exist. Check the name and the folder.</source>
        <translation>findes ikke. Kontrollér navnet og mappen.</translation>
    </message>
    <message>
        <source>Photos can only be imported into a library opened for writing.</source>
        <translation>Fotos kan kun importeres i et bibliotek, der er åbnet til skrivning.</translation>
    </message>
    <message>
        <source>the photo was imported, but analysing it failed (%1)</source>
        <translation>fotoet blev importeret, men analysen mislykkedes (%1)</translation>
    </message>
    <message>
        <source>already in %1; the library&apos;s copy was missing or damaged and is now put back</source>
        <translation>findes allerede i %1; bibliotekets kopi manglede eller var beskadiget og er nu lagt tilbage</translation>
    </message>
    <message>
        <source>already in %1</source>
        <translation>ligger allerede hos %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>cannot be read (%1).</source>
        <translation>kan ikke læses (%1).</translation>
    </message>
    <message>
        <source>the preview could not be saved (%1)</source>
        <translation>eksempelbilledet kunne ikke gemmes (%1)</translation>
    </message>
    <message>
        <source>the thumbnail could not be saved (%1)</source>
        <translation>miniaturen kunne ikke gemmes (%1)</translation>
    </message>
    <message>
        <source>The copy in the library differs from the original (a disk or memory fault?). Nothing was stored; check the disk and import again.</source>
        <translation>Kopien i biblioteket afviger fra originalen (en disk- eller hukommelsesfejl?). Intet blev gemt; kontrollér disken, og importér igen.</translation>
    </message>
    <message>
        <source>cannot be read (permission denied); check the file&apos;s permissions</source>
        <translation>kan ikke læses (adgang nægtet); kontrollér filens rettigheder</translation>
    </message>
    <message>
        <source>no longer exists (moved or deleted during the import)</source>
        <translation>findes ikke længere (flyttet eller slettet under importen)</translation>
    </message>
    <message>
        <source>is a folder, not a photo</source>
        <translation>er en mappe, ikke et foto</translation>
    </message>
    <message>
        <source>cannot be read (%1); copy it to a local disk and try again</source>
        <translation>kan ikke læses (%1); kopiér filen til et lokalt drev, og prøv igen</translation>
    </message>
    <message>
        <source>The disk holding the library is full. Free some space, then import this photo again.</source>
        <translation>Disken med biblioteket er fuld. Frigør plads, og importér derefter dette foto igen.</translation>
    </message>
    <message>
        <source>The library&apos;s photo folder %1 cannot be written to (%2). Check its permissions, or choose a library folder you may write to.</source>
        <translation>Der kan ikke skrives i bibliotekets fotomappe %1 (%2). Kontrollér mappens rettigheder, eller vælg en biblioteksmappe, du har skriveadgang til.</translation>
    </message>
    <message>
        <source>Writing into the library&apos;s photo folder %1 failed (%2). Check the disk, then import this photo again.</source>
        <translation>Skrivning i bibliotekets fotomappe %1 mislykkedes (%2). Kontrollér disken, og importér derefter dette foto igen.</translation>
    </message>
    <message>
        <source>No patient with the chart number or name “%1” in this library. Did you mean %2?</source>
        <translation>Ingen patient med journalnummeret eller navnet “%1” i dette bibliotek. Mente du %2?</translation>
    </message>
    <message>
        <source>No patient with the chart number or name “%1” in this library. `photofollow patients` lists them.</source>
        <translation>Ingen patient med journalnummeret eller navnet “%1” i dette bibliotek. `photofollow patients` viser dem alle.</translation>
    </message>
    <message>
        <source>%1 patients are named “%2” (chart numbers: %3); give the chart number instead.</source>
        <translation>%1 patienter hedder “%2” (journalnumre: %3); angiv journalnummeret i stedet.</translation>
    </message>
    <message>
        <source>A patient needs a name.</source>
        <translation>En patient skal have et navn.</translation>
    </message>
    <message>
        <source>%1 patients are named “%2” (chart numbers: %3); give the chart number to choose one.</source>
        <translation>%1 patienter hedder “%2” (journalnumre: %3); angiv journalnummeret for at vælge en af dem.</translation>
    </message>
    <message>
        <source>A patient like “%1” is in the library already: did you mean %2? Use that patient&apos;s chart number or name, or confirm that this is a new patient (--new-patient).</source>
        <translation>Der er allerede en patient som “%1” i biblioteket: mente du %2? Brug den patients journalnummer eller navn, eller bekræft, at det er en ny patient (--new-patient).</translation>
    </message>
    <message>
        <source>This patient has no treatment with id %1.</source>
        <translation>Denne patient har ingen behandling med id %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a treatment id nor a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation>&apos;%1&apos; er hverken et behandlings-id eller en dato; skriv YYYY-MM-DD eller YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>This patient has no treatment on %1 (treatments: %2).</source>
        <translation>Denne patient har ingen behandling den %1 (behandlinger: %2).</translation>
    </message>
    <message>
        <source>This patient had %1 treatments on %2: %3; add the time.</source>
        <translation>Denne patient havde %1 behandlinger den %2: %3; tilføj klokkeslættet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a visit id nor a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation>&apos;%1&apos; er hverken et besøgs-id eller en dato; skriv YYYY-MM-DD eller YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>This treatment has no visit &apos;%1&apos;.</source>
        <translation>Denne behandling har intet besøg &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No visits were named; leave --visits out to use the default choice.</source>
        <translation>Der blev ikke angivet nogen besøg; udelad --visits for at bruge standardvalget.</translation>
    </message>
    <message>
        <source>None of the visits has a photo of the view &apos;%1&apos;.</source>
        <translation>Ingen af besøgene har et foto fra vinklen &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>This treatment has no visits with photos.</source>
        <translation>Denne behandling har ingen besøg med fotos.</translation>
    </message>
    <message>
        <source>The chosen visits have no view in common; choose one with --view to show it where it exists.</source>
        <translation>De valgte besøg har ingen vinkel til fælles; vælg en med --view for at vise den, hvor den findes.</translation>
    </message>
    <message>
        <source>A sheet of several views compares two visits, not %1; name two with --visits, or choose one view with --view for up to four visits.</source>
        <translation>Et ark med flere vinkler sammenligner to besøg, ikke %1; angiv to med --visits, eller vælg én vinkel med --view for op til fire besøg.</translation>
    </message>
    <message>
        <source>A sheet shows at most %1 visits of one view.</source>
        <translation>Et ark viser højst %1 besøg for én vinkel.</translation>
    </message>
    <message>
        <source>No face was found on the %1 photo of %2, so its eyes cannot be hidden; choose other visits or views.</source>
        <translation>Der blev ikke fundet noget ansigt på %1-billedet fra %2, så øjnene kan ikke skjules; vælg andre besøg eller vinkler.</translation>
    </message>
    <message>
        <source>This treatment has no visit with id %1 (any more).</source>
        <translation>Denne behandling har ikke (længere) et besøg med id %1.</translation>
    </message>
    <message>
        <source>The backup of the library at %1 could not be written (%2). Check the disk.</source>
        <translation>Sikkerhedskopien af biblioteket i %1 kunne ikke skrives (%2). Kontrollér disken.</translation>
    </message>
    <message>
        <source>The photo %1 is not among the unfiled photos any more.</source>
        <translation>Billedet %1 er ikke længere blandt de ikke-arkiverede billeder.</translation>
    </message>
    <message>
        <source>Recovery needs the library opened for writing.</source>
        <translation>Gendannelse kræver, at biblioteket er åbnet til skrivning.</translation>
    </message>
    <message>
        <source>The disk holding the library (%1) is full. Free some space and try again.</source>
        <translation>Disken med biblioteket (%1) er fuld. Frigør plads, og prøv igen.</translation>
    </message>
    <message>
        <source>%1 is a library on a database server already; library migrate moves a library folder to a server. Give the library&apos;s folder with --from.</source>
        <translation>%1 er allerede et bibliotek på en databaseserver; library migrate flytter en biblioteksmappe til en server. Angiv bibliotekets mappe med --from.</translation>
    </message>
    <message>
        <source>%1 is not the address of a library on a database server. Write it as postgresql://USER@HOST:PORT/DATABASE?store=/path/to/share.</source>
        <translation>%1 er ikke adressen på et bibliotek på en databaseserver. Skriv den som postgresql://USER@HOST:PORT/DATABASE?store=/sti/til/delt/mappe.</translation>
    </message>
    <message>
        <source>There is no PhotoFollow library at %1. Check the folder name.</source>
        <translation>Der er intet PhotoFollow-bibliotek i %1. Kontrollér mappens navn.</translation>
    </message>
    <message>
        <source>The library at %1 was written by a newer PhotoFollow (schema revision %2). Move it with that version or a later one.</source>
        <translation>Biblioteket i %1 er skrevet af en nyere PhotoFollow (skemarevision %2). Flyt det med den version eller en senere.</translation>
    </message>
    <message>
        <source>The database %1 on %2 holds no PhotoFollow library yet. Importing photos into it creates one; or check the library&apos;s address.</source>
        <translation>Databasen %1 på %2 indeholder endnu ikke noget PhotoFollow-bibliotek. Når du importerer fotos i den, oprettes et; eller kontrollér bibliotekets adresse.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2).</source>
        <translation>Sikkerhedskopien %1 kunne ikke skrives (%2).</translation>
    </message>
    <message>
        <source>The photo folder of the library %1 (%2) cannot be found. Is the shared folder mounted on this computer? Mount it, then try again.</source>
        <translation>Fotomappen for biblioteket %1 (%2) kan ikke findes. Er den delte mappe tilsluttet på denne computer? Tilslut den, og prøv igen.</translation>
    </message>
    <message>
        <source>PhotoFollow has the library %1 open on %2. Close it there first (a restore would take their work away under them), or restore anyway with --force.</source>
        <translation>PhotoFollow har biblioteket %1 åbent på %2. Luk det der først (en gendannelse ville tage arbejdet væk under dem), eller gendan alligevel med --force.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a folder for the library.</source>
        <translation>%1 er en fil, ikke en mappe; vælg en mappe til biblioteket.</translation>
    </message>
    <message>
        <source>%1 already holds other files (%2, ...) and is not a PhotoFollow library. Choose an empty or new folder for the library.</source>
        <translation>%1 indeholder allerede andre filer (%2, ...) og er ikke et PhotoFollow-bibliotek. Vælg en tom eller ny mappe til biblioteket.</translation>
    </message>
    <message>
        <source>The library folder %1 cannot be created (%2).</source>
        <translation>Biblioteksmappen %1 kan ikke oprettes (%2).</translation>
    </message>
    <message>
        <source>The library at %1 cannot be written to (%2: %3). Choose a library folder you may write to, or ask for write access.</source>
        <translation>Der kan ikke skrives i biblioteket i %1 (%2: %3). Vælg en biblioteksmappe, du har skriveadgang til, eller bed om skriveadgang.</translation>
    </message>
    <message>
        <source>The library&apos;s database %1 is a folder, not a file. Move that folder away, then restore the library from one of its backups (photofollow backup --library %2 list).</source>
        <translation>Bibliotekets database %1 er en mappe, ikke en fil. Flyt mappen væk, og gendan derefter biblioteket fra en af dets sikkerhedskopier (photofollow backup --library %2 list).</translation>
    </message>
    <message>
        <source>The library&apos;s database %1 cannot be read (%2). Check its permissions and the disk.</source>
        <translation>Bibliotekets database %1 kan ikke læses (%2). Kontrollér rettighederne og disken.</translation>
    </message>
    <message>
        <source>The database of the library at %1 is damaged (%2); nothing was written to it. Restore it from a backup: File &gt; Restore from a backup… in PhotoFollow, or photofollow backup --library %1 list.</source>
        <translation>Databasen for biblioteket i %1 er beskadiget (%2); der er ikke skrevet noget i den. Gendan den fra en sikkerhedskopi: Filer &gt; Gendan fra en sikkerhedskopi… i PhotoFollow, eller photofollow backup --library %1 list.</translation>
    </message>
    <message>
        <source>The library at %1 is open for reading only, so this change was not saved. Open it where you may write to it (and where no other PhotoFollow is using it), then try again.</source>
        <translation>Biblioteket i %1 er kun åbnet til læsning, så ændringen blev ikke gemt. Åbn det, hvor du må skrive i det (og hvor ingen anden PhotoFollow bruger det), og prøv igen.</translation>
    </message>
    <message>
        <source>The library at %1 cannot be written to. Choose a library folder you may write to, or ask for write access.</source>
        <translation>Der kan ikke skrives i biblioteket i %1. Vælg en biblioteksmappe, du må skrive i, eller bed om skriveadgang.</translation>
    </message>
    <message>
        <source>The disk holding the library at %1 reported an error (%2); nothing was changed. Check the disk, then try again.</source>
        <translation>Disken med biblioteket i %1 meldte en fejl (%2); intet blev ændret. Kontrollér disken, og prøv igen.</translation>
    </message>
    <message>
        <source>The library at %1 cannot be written to (%2). Choose a library folder you may write to, or ask for write access.</source>
        <translation>Der kan ikke skrives i biblioteket i %1 (%2). Vælg en biblioteksmappe, du har skriveadgang til, eller bed om skriveadgang.</translation>
    </message>
    <message>
        <source>Another PhotoFollow (process %1) is using the library at %2. Close it, then try again.</source>
        <translation>En anden PhotoFollow (proces %1) bruger biblioteket i %2. Luk den, og prøv så igen.</translation>
    </message>
    <message>
        <source>Another PhotoFollow is using the library at %1. Close it, then try again.</source>
        <translation>En anden PhotoFollow bruger biblioteket i %1. Luk den, og prøv så igen.</translation>
    </message>
    <message>
        <source>The library at %1 cannot be written to (%2).</source>
        <translation>Der kan ikke skrives i biblioteket i %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a PhotoFollow library. Choose another folder.</source>
        <translation>%1 er en SQLite-database, men ikke et PhotoFollow-bibliotek. Vælg en anden mappe.</translation>
    </message>
    <message>
        <source>The library at %1 was written by a newer PhotoFollow (schema revision %2). Install that version or a later one to open it; this version leaves it untouched.</source>
        <translation>Biblioteket i %1 er skrevet af en nyere PhotoFollow (skemarevision %2). Installér den version eller en senere for at åbne det; denne version lader det være urørt.</translation>
    </message>
    <message>
        <source>Upgrading the library left %1 broken references; nothing was changed. Please report this, with the library&apos;s backups folder.</source>
        <translation>Opgraderingen af biblioteket efterlod %1 brudte henvisninger; intet blev ændret. Rapportér venligst dette sammen med bibliotekets backupmappe.</translation>
    </message>
    <message>
        <source>This patient is no longer in the library. Choose the patient again in the patient list.</source>
        <translation>Denne patient findes ikke længere i biblioteket. Vælg patienten igen på patientlisten.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kan ikke læses (%2).</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file; attach the signed form as one.</source>
        <translation>%1 er ikke en PDF-, JPEG- eller PNG-fil; vedhæft den underskrevne blanket som en af dem.</translation>
    </message>
    <message>
        <source>This patient is no longer in the library.</source>
        <translation>Denne patient er ikke længere i biblioteket.</translation>
    </message>
    <message>
        <source>There is no consent record %1; `photofollow consent list` shows them.</source>
        <translation>Der er intet samtykke %1; `photofollow consent list` viser dem.</translation>
    </message>
    <message>
        <source>The patient has not consented to %1: without that consent the sheet may only be de-identified.</source>
        <translation>Patienten har ikke givet samtykke til %1: uden det samtykke må arket kun være pseudonymiseret.</translation>
    </message>
    <message>
        <source>The patient has not consented to %1; record their consent first (photofollow consent add).</source>
        <translation>Patienten har ikke givet samtykke til %1; registrér først samtykket (photofollow consent add).</translation>
    </message>
    <message>
        <source>This treatment is no longer in the library.</source>
        <translation>Denne behandling er ikke længere i biblioteket.</translation>
    </message>
    <message>
        <source>This visit is no longer in the library.</source>
        <translation>Dette besøg er ikke længere i biblioteket.</translation>
    </message>
    <message>
        <source>This photo is no longer in the library.</source>
        <translation>Dette foto er ikke længere i biblioteket.</translation>
    </message>
    <message>
        <source>Trash entry %1 does not exist (any more); `photofollow trash list` shows them.</source>
        <translation>Element %1 findes ikke (længere) i papirkurven; `photofollow trash list` viser dem.</translation>
    </message>
    <message>
        <source>This visit is no longer in the library. Open the patient again and choose the visit.</source>
        <translation>Dette besøg findes ikke længere i biblioteket. Åbn patienten igen, og vælg besøget.</translation>
    </message>
    <message>
        <source>%1: the policy file does not exist; check the path.</source>
        <translation>%1: politikfilen findes ikke; kontrollér stien.</translation>
    </message>
    <message>
        <source>%1: the policy file cannot be read (%2).</source>
        <translation>%1: politikfilen kan ikke læses (%2).</translation>
    </message>
    <message>
        <source>%1: the policy file is not valid TOML (%2).</source>
        <translation>%1: politikfilen er ikke gyldig TOML (%2).</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos;; see the shipped policy.toml for the keys.</source>
        <translation>%1: ukendt nøgle &apos;%2&apos;; se nøglerne i den medfølgende policy.toml.</translation>
    </message>
    <message>
        <source>%1: &apos;change.skip_when_failed&apos; names an unknown check &apos;%2&apos;; checks are %3.</source>
        <translation>%1: &apos;change.skip_when_failed&apos; nævner en ukendt kontrol &apos;%2&apos;; kontrollerne er %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a table ([%2]).</source>
        <translation>%1: &apos;%2&apos; skal være en tabel ([%2]).</translation>
    </message>
    <message>
        <source>%1: &apos;protocols&apos; must be a table ([protocols]).</source>
        <translation>%1: &apos;protocols&apos; skal være en tabel ([protocols]).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a table.</source>
        <translation>%1: &apos;%2&apos; skal være en tabel.</translation>
    </message>
    <message>
        <source>%1: the key &apos;%2&apos; is missing.</source>
        <translation>%1: nøglen &apos;%2&apos; mangler.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be true or false, not %3.</source>
        <translation>%1: &apos;%2&apos; skal være true eller false, ikke %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a whole number, not %3.</source>
        <translation>%1: &apos;%2&apos; skal være et heltal, ikke %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a number, not %3.</source>
        <translation>%1: &apos;%2&apos; skal være et tal, ikke %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must not be negative (%3).</source>
        <translation>%1: &apos;%2&apos; må ikke være negativ (%3).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be one of %3, not %4.</source>
        <translation>%1: &apos;%2&apos; skal være en af %3, ikke %4.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list of names in quotes.</source>
        <translation>%1: &apos;%2&apos; skal være en liste af navne i anførselstegn.</translation>
    </message>
    <message>
        <source>%1: unknown area &apos;%2.%3&apos;; areas are %4.</source>
        <translation>%1: ukendt område &apos;%2.%3&apos;; områderne er %4.</translation>
    </message>
    <message>
        <source>%1: &apos;%2.%3&apos; must be a list of view names.</source>
        <translation>%1: &apos;%2.%3&apos; skal være en liste af navne på vinkler.</translation>
    </message>
    <message>
        <source>%1: &apos;%2.%3&apos;: %4; views are %5.</source>
        <translation>%1: &apos;%2.%3&apos;: %4; vinklerne er %5.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has a type the policy does not know.</source>
        <translation>%1: &apos;%2&apos; har en type, som fotopolitikken ikke kender.</translation>
    </message>
    <message>
        <source>%1: the warn threshold of &apos;%2&apos; lies beyond its fail threshold.</source>
        <translation>%1: grænseværdien for advarsel ved &apos;%2&apos; ligger ud over grænseværdien for &apos;ikke bestået&apos;.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the preview %2 could not be written. Free some space and try again.</source>
        <translation>Disken med %1 er fuld, så eksempelbilledet %2 kunne ikke skrives. Frigør plads, og prøv igen.</translation>
    </message>
    <message>
        <source>PhotoFollow may not write into %1, so the preview %2 could not be saved. Check the folder&apos;s permissions or choose another library folder.</source>
        <translation>PhotoFollow må ikke skrive i %1, så eksempelbilledet %2 kunne ikke gemmes. Kontrollér mappens rettigheder, eller vælg en anden biblioteksmappe.</translation>
    </message>
    <message>
        <source>The original of the %1 photo (%2 visit, taken %3) is missing from the library (%4). Import that photo again into its visit to put it back, then export again.</source>
        <translation>Originalen af billedet %1 (besøg: %2, taget %3) mangler i biblioteket (%4). Importér billedet igen i dets besøg for at lægge det tilbage, og eksportér derefter igen.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; choose an existing folder.</source>
        <translation>mappen %1 findes ikke; vælg en eksisterende mappe.</translation>
    </message>
    <message>
        <source>the image could not be written; check that the folder is writable and the disk is not full.</source>
        <translation>billedet kunne ikke skrives; kontrollér, at du har skriveadgang til mappen, og at disken ikke er fuld.</translation>
    </message>
    <message>
        <source>the PDF could not be written (%1); check that the folder is writable and the disk is not full.</source>
        <translation>PDF-filen kunne ikke skrives (%1); kontrollér, at du har skriveadgang til mappen, og at disken ikke er fuld.</translation>
    </message>
    <message>
        <source>%1 already holds a library with patients; the demo needs a folder of its own. Choose an empty or new folder (for example “%2”).</source>
        <translation>%1 indeholder allerede et bibliotek med patienter; demoen skal have sin egen mappe. Vælg en tom eller ny mappe (for eksempel “%2”).</translation>
    </message>
    <message>
        <source>The demo could not import %1: %2</source>
        <translation>Demoen kunne ikke importere %1: %2</translation>
    </message>
    <message>
        <source>Only a physician records an assessment; %1 is not one.</source>
        <translation>Kun en læge registrerer en vurdering; %1 er ikke læge.</translation>
    </message>
    <message>
        <source>There is no visit %1 in this library. `photofollow timeline` lists the visits.</source>
        <translation>Der er intet besøg %1 i dette bibliotek. `photofollow timeline` viser besøgene.</translation>
    </message>
    <message>
        <source>Visit %1 is a baseline: a result is assessed at a follow-up visit. Choose a follow-up.</source>
        <translation>Besøg %1 er en baseline: et resultat vurderes ved en opfølgning. Vælg en opfølgning.</translation>
    </message>
    <message>
        <source>There is no backup called %1 in %2. List the backups with photofollow backup --library %3 list and give one of their names.</source>
        <translation>Der er ingen sikkerhedskopi med navnet %1 i %2. Vis sikkerhedskopierne med photofollow backup --library %3 list, og angiv et af deres navne.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored (%2). Choose another backup of the library.</source>
        <translation>Sikkerhedskopien %1 kan ikke gendannes (%2). Vælg en anden sikkerhedskopi af biblioteket.</translation>
    </message>
    <message>
        <source>The copy of the backup %1 in the library is damaged (%2); the library was left as it was. Check the disk, then try again.</source>
        <translation>Kopien af sikkerhedskopien %1 i biblioteket er beskadiget (%2); biblioteket er efterladt, som det var. Kontrollér disken, og prøv igen.</translation>
    </message>
    <message>
        <source>The disk holding the library at %1 is too full to restore the backup; the library was left as it was. Free some space and try again.</source>
        <translation>Disken med biblioteket i %1 er for fuld til at gendanne sikkerhedskopien; biblioteket er efterladt, som det var. Frigør plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the library at %1 (%2); the library was left as it was. Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>Sikkerhedskopien kunne ikke kopieres ind i biblioteket i %1 (%2); biblioteket er efterladt, som det var. Kontrollér disken og mappens rettigheder, og prøv igen.</translation>
    </message>
    <message>
        <source>The list of erased patients %1 cannot be read (%2), so a restore could bring one back; nothing was restored into the database yet. Put that file back from a copy, then try again.</source>
        <translation>Listen over slettede patienter %1 kan ikke læses (%2), så en gendannelse kunne bringe en af dem tilbage; der er endnu ikke gendannet noget i databasen. Læg filen tilbage fra en kopi, og prøv igen.</translation>
    </message>
    <message>
        <source>The library at %1 has named users: say who you are with --user NAME (or %2).</source>
        <translation>Biblioteket i %1 har navngivne brugere: sig hvem du er med --user NAVN (eller %2).</translation>
    </message>
    <message>
        <source>The library at %1 needs %2&apos;s password: type it at a terminal, or set %3.</source>
        <translation>Biblioteket i %1 kræver adgangskoden for %2: skriv den i en terminal, eller sæt %3.</translation>
    </message>
    <message>
        <source>Sign in first: the library at %1 has named users (on the command line: --user NAME, or PHOTOFOLLOW_USER).</source>
        <translation>Log ind først: biblioteket i %1 har navngivne brugere (på kommandolinjen: --user NAVN, eller PHOTOFOLLOW_USER).</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3; ask a colleague whose role allows it.</source>
        <translation>%1 (%2) må ikke: %3; spørg en kollega, hvis rolle tillader det.</translation>
    </message>
    <message>
        <source>The user name or password is wrong for the library at %1.</source>
        <translation>Brugernavnet eller adgangskoden er forkert for biblioteket i %1.</translation>
    </message>
    <message>
        <source>%1 is disabled in this library; an administrator can enable them.</source>
        <translation>%1 er deaktiveret i dette bibliotek; en administrator kan aktivere vedkommende igen.</translation>
    </message>
    <message>
        <source>%1 may no longer sign in to the library at %2.</source>
        <translation>%1 må ikke længere logge ind i biblioteket i %2.</translation>
    </message>
    <message>
        <source>This library requires a password for every user.</source>
        <translation>Dette bibliotek kræver en adgangskode for hver bruger.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>En adgangskode skal have mindst 8 tegn.</translation>
    </message>
    <message>
        <source>The first user of a library is its administrator: add %1 with the role administrator.</source>
        <translation>Den første bruger af et bibliotek er dets administrator: tilføj %1 med rollen administrator.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 64 printable characters.</source>
        <translation>Et brugernavn skal have 1 til 64 skrivbare tegn.</translation>
    </message>
    <message>
        <source>There is a user named %1 already.</source>
        <translation>Der er allerede en bruger ved navn %1.</translation>
    </message>
    <message>
        <source>There is no user named %1 in this library.</source>
        <translation>Der er ingen bruger ved navn %1 i dette bibliotek.</translation>
    </message>
    <message>
        <source>%1 is the library&apos;s last administrator and stays enabled.</source>
        <translation>%1 er bibliotekets sidste administrator og forbliver aktiveret.</translation>
    </message>
    <message>
        <source>The photo folder of the new library (%1) cannot be the library folder being moved (%2) or lie inside or around it. Choose a folder of its own on the share.</source>
        <translation>Fotomappen for det nye bibliotek (%1) kan ikke være den biblioteksmappe, der flyttes (%2), og heller ikke ligge i eller omkring den. Vælg en mappe for sig på det delte drev.</translation>
    </message>
    <message>
        <source>The folder %1 holds a PhotoFollow library of its own; it cannot become the photo folder of another. Choose an empty folder on the share.</source>
        <translation>Mappen %1 indeholder sit eget PhotoFollow-bibliotek; den kan ikke blive fotomappe for et andet. Vælg en tom mappe på det delte drev.</translation>
    </message>
    <message>
        <source>The database %1 on %2 already holds a PhotoFollow library (or part of one: %3); a library is only moved into an empty database. Create a new database (createdb), or check the address.</source>
        <translation>Databasen %1 på %2 indeholder allerede et PhotoFollow-bibliotek (eller en del af et: %3); et bibliotek flyttes kun til en tom database. Opret en ny database (createdb), eller kontrollér adressen.</translation>
    </message>
    <message>
        <source>A PhotoFollow is using the library at %1. Close it on every computer first: what it writes during the move would not reach the new library.</source>
        <translation>En PhotoFollow bruger biblioteket i %1. Luk det først på alle computere: det, der skrives under flytningen, ville ikke nå det nye bibliotek.</translation>
    </message>
    <message>
        <source>The database of the library at %1 is damaged (%2); nothing was moved. Restore it from a backup first (photofollow backup --library %1 list).</source>
        <translation>Databasen for biblioteket i %1 er beskadiget (%2); intet blev flyttet. Gendan den først fra en sikkerhedskopi (photofollow backup --library %1 list).</translation>
    </message>
    <message>
        <source>An import into this library was interrupted and has not been settled yet. Open the library once with PhotoFollow (or run photofollow verify on it), then move it.</source>
        <translation>En import til dette bibliotek blev afbrudt og er endnu ikke afsluttet. Åbn biblioteket én gang med PhotoFollow (eller kør photofollow verify på det), og flyt det derefter.</translation>
    </message>
    <message>
        <source>The photo folder %1 already holds photos of another library (%2, ...). Choose an empty folder on the share for the new library.</source>
        <translation>Fotomappen %1 indeholder allerede fotos fra et andet bibliotek (%2, ...). Vælg en tom mappe på det delte drev til det nye bibliotek.</translation>
    </message>
    <message>
        <source>The photo folder %1 cannot be written to (%2); nothing was moved. Check that the share is mounted for writing and that you may write to it.</source>
        <translation>Der kan ikke skrives i fotomappen %1 (%2); intet blev flyttet. Kontrollér, at det delte drev er tilsluttet til skrivning, og at du må skrive i det.</translation>
    </message>
    <message>
        <source>The file %1 in the new library&apos;s photo folder is damaged (its bytes do not match its name); nothing was moved. Delete it, then move the library again.</source>
        <translation>Filen %1 i det nye biblioteks fotomappe er beskadiget (indholdet passer ikke til navnet); intet blev flyttet. Slet den, og flyt biblioteket igen.</translation>
    </message>
    <message>
        <source>The photo %1 that the library lists is missing from its photo folder; nothing was moved. Run photofollow verify on the library, put the photo back (or restore it), then move the library.</source>
        <translation>Fotoet %1, som biblioteket nævner, mangler i fotomappen; intet blev flyttet. Kør photofollow verify på biblioteket, læg fotoet tilbage (eller gendan det), og flyt derefter biblioteket.</translation>
    </message>
    <message>
        <source>The photo %1 no longer matches its name (its bytes changed: a disk fault?); nothing was moved. Run photofollow verify on the library, then move it.</source>
        <translation>Fotoet %1 passer ikke længere til sit navn (indholdet er ændret: en diskfejl?); intet blev flyttet. Kør photofollow verify på biblioteket, og flyt det derefter.</translation>
    </message>
    <message>
        <source>The new library&apos;s folder already holds a different %1; nothing was moved. Choose an empty folder on the share for the new library.</source>
        <translation>Det nye biblioteks mappe indeholder allerede en anden %1; intet blev flyttet. Vælg en tom mappe på det delte drev til det nye bibliotek.</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2 (%3); nothing was moved. Check the share, then try again.</source>
        <translation>%1 kunne ikke kopieres til %2 (%3); intet blev flyttet. Kontrollér det delte drev, og prøv igen.</translation>
    </message>
    <message>
        <source>A row of the table %1 cannot be stored on the server %2 (%3); nothing was kept. Please report this, with the message.</source>
        <translation>En række i tabellen %1 kan ikke gemmes på serveren %2 (%3); intet blev gemt. Rapportér det venligst, med meddelelsen.</translation>
    </message>
    <message>
        <source>The table %1 holds %2 rows in the library but %3 in the copy on %4; nothing was kept. Please report this.</source>
        <translation>Tabellen %1 har %2 rækker i biblioteket, men %3 i kopien på %4; intet blev gemt. Indberet det venligst.</translation>
    </message>
    <message>
        <source>The library address %1 holds a password. Leave it out: PhotoFollow takes the password from PGPASSWORD or ~/.pgpass, so it is never stored in its settings.</source>
        <translation>Biblioteksadressen %1 indeholder en adgangskode. Udelad den: PhotoFollow tager adgangskoden fra PGPASSWORD eller ~/.pgpass, så den aldrig gemmes i indstillingerne.</translation>
    </message>
    <message>
        <source>The library address %1 is incomplete: it needs the database and the shared photo folder, as in postgresql://USER@HOST:PORT/DATABASE?store=/path/to/share.</source>
        <translation>Biblioteksadressen %1 er ufuldstændig: den skal have databasen og den delte fotomappe, som i postgresql://USER@HOST:PORT/DATABASE?store=/sti/til/delt/mappe.</translation>
    </message>
    <message>
        <source>The library address %1 has an invalid port.</source>
        <translation>Biblioteksadressen %1 har en ugyldig port.</translation>
    </message>
    <message>
        <source>The database server %1 refused the sign-in (%2). Set the password in PGPASSWORD or ~/.pgpass for this user, then try again.</source>
        <translation>Databaseserveren %1 afviste logonnet (%2). Angiv adgangskoden for denne bruger i PGPASSWORD eller ~/.pgpass, og prøv igen.</translation>
    </message>
    <message>
        <source>There is no database %1 on the server %2. Ask the administrator to create it (createdb %1), then try again.</source>
        <translation>Der er ingen database %1 på serveren %2. Bed administratoren om at oprette den (createdb %1), og prøv igen.</translation>
    </message>
    <message>
        <source>The database server %1 is out of disk space; nothing was changed. Tell the administrator.</source>
        <translation>Databaseserveren %1 mangler diskplads; intet blev ændret. Giv administratoren besked.</translation>
    </message>
    <message>
        <source>The library %1 is open for reading only, so this change was not saved.</source>
        <translation>Biblioteket %1 er kun åbnet til læsning, så denne ændring blev ikke gemt.</translation>
    </message>
    <message>
        <source>The database user may not change the library %1 on %2 (%3). Ask the administrator for write access.</source>
        <translation>Databasebrugeren må ikke ændre biblioteket %1 på %2 (%3). Bed administratoren om skriveadgang.</translation>
    </message>
    <message>
        <source>The database of the library %1 on %2 is damaged (%3). Tell the administrator.</source>
        <translation>Databasen for biblioteket %1 på %2 er beskadiget (%3). Giv administratoren besked.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached (%2). Nothing half-written was kept; check the network and that the server runs, then try again.</source>
        <translation>Databaseserveren %1 kan ikke nås (%2). Intet halvt skrevet blev gemt; kontrollér netværket, og at serveren kører, og prøv igen.</translation>
    </message>
    <message>
        <source>%1 was removed from the library after you opened it; your change was not saved.</source>
        <translation>%1 er fjernet fra biblioteket, efter at du åbnede det; din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <source>%1 was changed on %2 by %3 (%4, %5) after you opened it; your change was not saved.</source>
        <translation>%1 blev ændret på %2 af %3 (%4, %5), efter at du åbnede det; din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 (%3, %4) after you opened it; your change was not saved.</source>
        <translation>%1 blev ændret af %2 (%3, %4), efter at du åbnede det; din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <source>%1 was changed after you opened it; your change was not saved.</source>
        <translation>%1 blev ændret, efter at du åbnede det; din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <source>The patient %1</source>
        <translation>Patienten %1</translation>
    </message>
    <message>
        <source>The treatment of %1</source>
        <translation>Behandlingen den %1</translation>
    </message>
    <message>
        <source>The visit of %1</source>
        <translation>Besøget den %1</translation>
    </message>
    <message>
        <source>The photo %1</source>
        <translation>Fotoet %1</translation>
    </message>
    <message>
        <source>The symptom log of the visit of %1</source>
        <translation>Symptomloggen for besøget den %1</translation>
    </message>
    <message>
        <source>The assessment of the visit of %1</source>
        <translation>Vurderingen af besøget den %1</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>The treatment</source>
        <translation>Behandlingen</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>Besøget</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>Fotoet</translation>
    </message>
    <message>
        <source>The symptom entry</source>
        <translation>Registreringen i symptomloggen</translation>
    </message>
    <message>
        <source>The assessment</source>
        <translation>Vurderingen</translation>
    </message>
    <message>
        <source>%1, PostgreSQL&apos;s program the server library&apos;s backups need, is not in %2 (set by %3). Point %3 at the folder holding PostgreSQL&apos;s client programs, or leave it unset.</source>
        <translation>%1, PostgreSQL-programmet som serverbibliotekets sikkerhedskopier kræver, findes ikke i %2 (sat med %3). Lad %3 pege på mappen med PostgreSQL&apos;s klientprogrammer, eller lad den være usat.</translation>
    </message>
    <message>
        <source>%1, PostgreSQL&apos;s program the server library&apos;s backups need, is not installed in version %2 or later (the server&apos;s). Install PostgreSQL&apos;s client programs (on Debian: postgresql-client-%2), or set %3 to the folder holding them.</source>
        <translation>%1, PostgreSQL-programmet som serverbibliotekets sikkerhedskopier kræver, er ikke installeret i version %2 eller nyere (serverens). Installér PostgreSQL&apos;s klientprogrammer (på Debian: postgresql-client-%2), eller sæt %3 til mappen, hvor de ligger.</translation>
    </message>
    <message>
        <source>The folder %1 for the backup does not exist. Create it, or choose another file.</source>
        <translation>Mappen %1 til sikkerhedskopien findes ikke. Opret den, eller vælg en anden fil.</translation>
    </message>
    <message>
        <source>The backup of the library %1 could not be made: pg_dump failed (%2). Nothing was written to %3.</source>
        <translation>Sikkerhedskopien af biblioteket %1 kunne ikke laves: pg_dump mislykkedes (%2). Intet blev skrevet til %3.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; the backup was not written. Free some space and try again.</source>
        <translation>Disken med %1 er fuld; sikkerhedskopien blev ikke skrevet. Frigør plads, og prøv igen.</translation>
    </message>
    <message>
        <source>There is no backup called %1 in %2. List the backups with photofollow backup --library ... list and give one of their names, or the path to a backup file.</source>
        <translation>Der er ingen sikkerhedskopi med navnet %1 i %2. Vis sikkerhedskopierne med photofollow backup --library ... list, og angiv et af deres navne eller stien til en sikkerhedskopifil.</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored: pg_restore failed (%2). The library&apos;s database was left as it was.</source>
        <translation>Sikkerhedskopien %1 kunne ikke gendannes: pg_restore mislykkedes (%2). Bibliotekets database blev efterladt, som den var.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export comparison sheet</source>
        <translation>Eksportér sammenligningsark</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>Papir&amp;størrelse:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Retning:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papirstørrelse</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Retning</translation>
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
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <source>Automatic: landscape for three or four visits side by side, portrait otherwise.</source>
        <translation>Automatisk: liggende ved tre eller fire besøg side om side, ellers stående.</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Form&amp;ål:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Clinical record</source>
        <translation>Journalen</translation>
    </message>
    <message>
        <source>Sharing with other clinicians</source>
        <translation>Deling med andre behandlere</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Undervisning</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicering</translation>
    </message>
    <message>
        <source>&amp;Hide:</source>
        <translation>S&amp;kjul:</translation>
    </message>
    <message>
        <source>Hide on a de-identified sheet</source>
        <translation>Skjul på et pseudonymiseret ark</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Intet mere</translation>
    </message>
    <message>
        <source>The eyes</source>
        <translation>Øjnene</translation>
    </message>
    <message>
        <source>All above the mid face (crop)</source>
        <translation>Alt over midten af ansigtet (beskær)</translation>
    </message>
    <message>
        <source>On a de-identified sheet: a bar over the eyes, or each photo cropped to the face below them.</source>
        <translation>På et pseudonymiseret ark: en bjælke over øjnene, eller hvert foto beskåret til ansigtet under dem.</translation>
    </message>
    <message>
        <source>What the sheet is for, stated on it. A purpose beyond the patient&apos;s recorded consent is refused; teaching and publication without consent only de-identified.</source>
        <translation>Hvad arket skal bruges til; det står på arket. Et formål ud over patientens registrerede samtykke afvises; undervisning og publicering uden samtykke kun pseudonymiseret.</translation>
    </message>
    <message>
        <source>&amp;De-identify (pseudonym, no name or birth date)</source>
        <translation>&amp;Pseudonymisér (pseudonym, intet navn eller fødselsdato)</translation>
    </message>
    <message>
        <source>The sheet shows a pseudonym instead of the patient&apos;s name, chart number and birth date, and says that it is de-identified. The same patient keeps the same pseudonym in this library.</source>
        <translation>Arket viser et pseudonym i stedet for patientens navn, journalnummer og fødselsdato og angiver, at det er pseudonymiseret. Den samme patient beholder det samme pseudonym i dette bibliotek.</translation>
    </message>
    <message>
        <source>&amp;Aligned</source>
        <translation>&amp;Justeret</translation>
    </message>
    <message>
        <source>Show each follow-up aligned on its baseline where the photos could be registered.</source>
        <translation>Vis hvert opfølgningsfoto justeret efter baseline, hvor fotoene kunne registreres.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbejder</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Eksempel på arket</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Gem som P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;image…</source>
        <translation>Gem som &amp;billede…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>&amp;Forrige side</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Næste side</translation>
    </message>
    <message>
        <source>Save the sheet as a PDF file</source>
        <translation>Gem arket som PDF-fil</translation>
    </message>
    <message>
        <source>Save the sheet as PNG or JPEG images</source>
        <translation>Gem arket som PNG- eller JPEG-billeder</translation>
    </message>
    <message>
        <source>Print the sheet through the system dialog</source>
        <translation>Udskriv arket via systemets udskriftsdialog</translation>
    </message>
    <message>
        <source>Show the previous page</source>
        <translation>Vis forrige side</translation>
    </message>
    <message>
        <source>Show the next page</source>
        <translation>Vis næste side</translation>
    </message>
    <message>
        <source>Close this dialog (%1)</source>
        <translation>Luk denne dialog (%1)</translation>
    </message>
    <message>
        <source>The sheet could not be made: %1</source>
        <translation>Arket kunne ikke laves: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Writing the sheet…</source>
        <translation>Arket gemmes…</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Eksemplet opdateres…</translation>
    </message>
    <message>
        <source>Automatic (landscape)</source>
        <translation>Automatisk (liggende)</translation>
    </message>
    <message>
        <source>Automatic (portrait)</source>
        <translation>Automatisk (stående)</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Eksemplet forberedes…</translation>
    </message>
    <message>
        <source>Save the sheet as PDF</source>
        <translation>Gem arket som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-billede (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG-billede (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Save the sheet as an image</source>
        <translation>Gem arket som billede</translation>
    </message>
    <message>
        <source>Print comparison sheet</source>
        <translation>Udskriv sammenligningsark</translation>
    </message>
    <message>
        <source>Sheet printed to %1</source>
        <translation>Arket er udskrevet til %1</translation>
    </message>
    <message>
        <source>Sheet sent to the printer %1</source>
        <translation>Arket er sendt til printeren %1</translation>
    </message>
    <message>
        <source>Sheet written to %1</source>
        <translation>Sammenligningsarket er gemt i %1</translation>
    </message>
    <message numerus="yes">
        <source>Sheet written to %1 and %n more page(s) next to it</source>
        <translation>
            <numerusform>Arket er gemt i %1 og %n side mere ved siden af</numerusform>
            <numerusform>Arket er gemt i %1 og %n sider mere ved siden af</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet was not written</source>
        <translation>Arket blev ikke gemt</translation>
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
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Målt</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Grænseværdi</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Betydning</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Checks of the follow-up against the baseline</source>
        <translation>Kontroller af opfølgningsfotoet i forhold til baseline</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>E&amp;xport sheet…</source>
        <translation>E&amp;ksportér ark…</translation>
    </message>
    <message>
        <source>Export the comparison sheet of the treatment shown (%1)</source>
        <translation>Eksportér sammenligningsarket for den viste behandling (%1)</translation>
    </message>
    <message>
        <source>P&amp;rint sheet…</source>
        <translation>Ud&amp;skriv ark…</translation>
    </message>
    <message>
        <source>Print the comparison sheet of the treatment shown (%1)</source>
        <translation>Udskriv sammenligningsarket for den viste behandling (%1)</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Vurdér…</translation>
    </message>
    <message>
        <source>Export sheet…</source>
        <translation>Eksportér ark…</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>Udskriv ark…</translation>
    </message>
</context>
<context>
    <name>GuideTiers</name>
    <message>
        <source>What the guide says (information only)</source>
        <translation>Hvad patientvejledningen siger (kun til orientering)</translation>
    </message>
    <message>
        <source>Observe at home</source>
        <translation>Observer derhjemme</translation>
    </message>
    <message>
        <source>mild pinpoint redness, small bumps, tenderness, small bruises, getting better.</source>
        <translation>mild prikformet rødme, små knopper, ømhed, små blå mærker, i bedring.</translation>
    </message>
    <message>
        <source>Call the clinic</source>
        <translation>Ring til klinikken</translation>
    </message>
    <message>
        <source>increasing pain, spreading redness, firm nodules, drainage, worsening itch, marked swelling, colour change, unexpected asymmetry.</source>
        <translation>tiltagende smerte, spredning af rødme, faste knuder, udsivning, forværret kløe, markant hævelse, farveændring, uventet asymmetri.</translation>
    </message>
    <message>
        <source>Urgent care now</source>
        <translation>Akut hjælp nu</translation>
    </message>
    <message>
        <source>breathing difficulty, widespread hives or allergic reaction, fever with infection, pus, rapidly increasing swelling, severe pain, vision or neurological symptoms.</source>
        <translation>vejrtrækningsbesvær, udbredt nældefeber eller allergisk reaktion, feber med infektion, pus, hurtigt stigende hævelse, stærke smerter, synsforstyrrelser eller neurologiske symptomer.</translation>
    </message>
    <message>
        <source>Photos support follow-up; they never replace the examination. Vision, breathing or neurological symptoms and signs of a serious infection must not wait for photos.</source>
        <translation>Fotos understøtter opfølgningen; de erstatter aldrig undersøgelsen. Syns-, vejrtræknings- eller neurologiske symptomer og tegn på en alvorlig infektion må ikke vente på fotos.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>Baseline: later follow-ups are checked against it</source>
        <translation>Baseline: senere opfølgningsfotos kontrolleres mod den</translation>
    </message>
    <message>
        <source>Not checked: no baseline photo of this view</source>
        <translation>Ikke kontrolleret: intet baselinefoto fra denne vinkel</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Kunne ikke kontrolleres</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import photos</source>
        <translation>Importér fotos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vinkel</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Tilføj &amp;filer…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Tilføj &amp;mappe…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>&amp;Behandling:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>Be&amp;søg:</translation>
    </message>
    <message>
        <source>Type a name or chart number</source>
        <translation>Skriv et navn eller journalnummer</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Ny patient…</translation>
    </message>
    <message>
        <source>New treatment…</source>
        <translation>Ny behandling…</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Nyt besøg…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>View of %1</source>
        <translation>Vinkel for %1</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>indtastet</translation>
    </message>
    <message>
        <source>from camera</source>
        <translation>fra kameraet</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>file date: check</source>
        <translation>fildato: kontrollér</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Since treatment</source>
        <translation>Siden behandling</translation>
    </message>
    <message>
        <source>Goes to visit</source>
        <translation>Til besøg</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Photos to import, where each goes and its problems</source>
        <translation>Fotos til import, hvor hvert foto skal hen og dets problemer</translation>
    </message>
    <message>
        <source>Type &amp;date…</source>
        <translation>Skriv &amp;dato…</translation>
    </message>
    <message>
        <source>The date the selected photos were taken, when the camera gave none</source>
        <translation>Datoen, hvor de valgte fotos blev taget, når kameraet ikke gav nogen</translation>
    </message>
    <message>
        <source>File &amp;under…</source>
        <translation>&amp;Placér under…</translation>
    </message>
    <message>
        <source>Another visit or treatment for the selected photos</source>
        <translation>Et andet besøg eller en anden behandling til de valgte fotos</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Udelad</translation>
    </message>
    <message>
        <source>&amp;Accept the dates as they are (photos far from their visit, or on the wrong side of the treatment)</source>
        <translation>&amp;Acceptér datoerne, som de er (fotos langt fra deres besøg eller på den forkerte side af behandlingen)</translation>
    </message>
    <message>
        <source>By capture date (a visit per day)</source>
        <translation>Efter optagelsesdato (ét besøg pr. dag)</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Vælg fotos</translation>
    </message>
    <message>
        <source>Photos (%1);;All files (*)</source>
        <translation>Fotos (%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose a folder of photos</source>
        <translation>Vælg en mappe med fotos</translation>
    </message>
    <message>
        <source>looking at the head pose…</source>
        <translation>ser på hovedstillingen…</translation>
    </message>
    <message>
        <source>no suggestion (no face found)</source>
        <translation>intet forslag (intet ansigt fundet)</translation>
    </message>
    <message>
        <source>%1, from the head pose</source>
        <translation>%1, ud fra hovedstillingen</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>læser…</translation>
    </message>
    <message>
        <source>left out: not imported</source>
        <translation>udeladt: importeres ikke</translation>
    </message>
    <message>
        <source>Treatment of %1: </source>
        <translation>Behandling den %1: </translation>
    </message>
    <message>
        <source>a visit on the date you type</source>
        <translation>et besøg på den dato, du skriver</translation>
    </message>
    <message>
        <source>new: %1 · %2</source>
        <translation>nyt: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Include</source>
        <translation>&amp;Medtag</translation>
    </message>
    <message>
        <source>New %1 visit on %2</source>
        <translation>Nyt besøg (%1) den %2</translation>
    </message>
    <message>
        <source>Treatment of %1 (by capture date)</source>
        <translation>Behandling den %1 (efter optagelsesdato)</translation>
    </message>
    <message>
        <source>Another patient&apos;s treatment…</source>
        <translation>En anden patients behandling…</translation>
    </message>
    <message>
        <source>&amp;Import: %1</source>
        <translation>&amp;Importér: %1</translation>
    </message>
    <message>
        <source>Add photos with the buttons below, or drop files or folders here.</source>
        <translation>Tilføj fotos med knapperne nedenfor, eller træk filer eller mapper hertil.</translation>
    </message>
    <message>
        <source>Choose the patient, or create one.</source>
        <translation>Vælg patienten, eller opret en ny.</translation>
    </message>
    <message>
        <source>Choose the treatment these photos belong to, or create it.</source>
        <translation>Vælg den behandling, fotoene hører til, eller opret den.</translation>
    </message>
    <message>
        <source>Reading the files&apos; dates…</source>
        <translation>Læser filernes datoer…</translation>
    </message>
    <message>
        <source>Some photos are held back: select them and type their date, file them under another visit, leave them out, or accept the dates.</source>
        <translation>Nogle fotos holdes tilbage: vælg dem, og skriv deres dato, placér dem under et andet besøg, udelad dem, eller acceptér datoerne.</translation>
    </message>
    <message>
        <source>Check each photo&apos;s view and visit before importing.</source>
        <translation>Kontrollér hvert fotos vinkel og besøg før importen.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Close the import results</source>
        <translation>Luk importresultaterne</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importresultater</translation>
    </message>
    <message>
        <source>Importing photos</source>
        <translation>Importerer fotos</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importen er færdig</translation>
    </message>
    <message>
        <source>%1 imported</source>
        <translation>%1 importeret</translation>
    </message>
    <message>
        <source>%1 duplicate</source>
        <translation>%1 fandtes allerede</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 mislykkedes</translation>
    </message>
    <message>
        <source>%1 left out</source>
        <translation>%1 udeladt</translation>
    </message>
    <message>
        <source>%1 not imported (cancelled)</source>
        <translation>%1 ikke importeret (annulleret)</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>%1 photo(s) into %2 visit(s) (%3 new)</source>
        <translation>%1 foto(s) i %2 besøg (%3 nye)</translation>
    </message>
    <message>
        <source>%1 need(s) a date</source>
        <translation>%1 mangler en dato</translation>
    </message>
    <message>
        <source>%1 held back for their dates</source>
        <translation>%1 holdt tilbage på grund af datoen</translation>
    </message>
    <message>
        <source>%1 already in the library</source>
        <translation>%1 allerede i biblioteket</translation>
    </message>
    <message>
        <source>%1 not a photo</source>
        <translation>%1 ikke et foto</translation>
    </message>
    <message>
        <source>no view could be suggested (no face found): filed as “other view”</source>
        <translation>ingen vinkel kunne foreslås (intet ansigt fundet): gemt som “anden vinkel”</translation>
    </message>
    <message>
        <source>taken on %1, before the treatment of %2, but filed as a follow-up: file it as a baseline or under the right treatment</source>
        <translation>taget %1, før behandlingen %2, men gemt som opfølgning: gem det som baseline eller under den rigtige behandling</translation>
    </message>
    <message>
        <source>taken on %1, after the treatment of %2, but filed as a baseline: file it as a follow-up or under the right treatment</source>
        <translation>taget %1, efter behandlingen %2, men gemt som baseline: gem det som opfølgning eller under den rigtige behandling</translation>
    </message>
    <message>
        <source>taken on %1, %2 days from its visit of %3: choose the visit of that day</source>
        <translation>taget %1, %2 dage fra besøget %3: vælg besøget fra den dag</translation>
    </message>
    <message>
        <source>no capture date in the file: type the date it was taken</source>
        <translation>ingen optagelsesdato i filen: skriv datoen, billedet blev taget</translation>
    </message>
    <message>
        <source>no camera date; the file&apos;s date is %1: confirm it or type the date it was taken</source>
        <translation>ingen kameradato; filens dato er %1: bekræft den, eller skriv datoen, billedet blev taget</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>udeladt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
</context>
<context>
    <name>ImportResultModel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vinkel</translation>
    </message>
    <message>
        <source>Against the baseline</source>
        <translation>I forhold til baseline</translation>
    </message>
    <message>
        <source>Imported, but %1</source>
        <translation>Importeret, men %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <source>Duplicate: %1</source>
        <translation>Findes allerede: %1</translation>
    </message>
    <message>
        <source>Duplicate: already in the library</source>
        <translation>Dublet: findes allerede i biblioteket</translation>
    </message>
    <message>
        <source>Not imported: cancelled</source>
        <translation>Ikke importeret: annulleret</translation>
    </message>
    <message>
        <source>Not imported: left out</source>
        <translation>Ikke importeret: udeladt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislykkedes: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ikke bestået: %1</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>advarsler: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
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
        <translation>en ukendt patient</translation>
    </message>
    <message>
        <source>%1, baseline visit of %2</source>
        <translation>%1, baselinebesøg den %2</translation>
    </message>
    <message>
        <source>%1, follow-up visit of %2</source>
        <translation>%1, opfølgningsbesøg den %2</translation>
    </message>
    <message>
        <source>%1, baseline visit of %2, %3</source>
        <translation>%1, baselinebesøg den %2, %3</translation>
    </message>
    <message>
        <source>%1, follow-up visit of %2, %3</source>
        <translation>%1, opfølgningsbesøg den %2, %3</translation>
    </message>
</context>
<context>
    <name>LibraryLocationDialog</name>
    <message>
        <source>Open library</source>
        <translation>Åbn bibliotek</translation>
    </message>
    <message>
        <source>A library folder, or the address of a library shared on a database server:</source>
        <translation>En biblioteksmappe, eller adressen på et bibliotek, der deles på en databaseserver:</translation>
    </message>
    <message>
        <source>Library folder or server address</source>
        <translation>Biblioteksmappe eller serveradresse</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Vælg mappe…</translation>
    </message>
    <message>
        <source>A shared library: postgresql://USER@HOST:PORT/DATABASE?store=/path/to/shared/folder. The password is never written here: PhotoFollow takes it from PGPASSWORD or ~/.pgpass.</source>
        <translation>Et delt bibliotek: postgresql://BRUGER@VÆRT:PORT/DATABASE?store=/sti/til/delt/mappe. Adgangskoden skrives aldrig her: PhotoFollow tager den fra PGPASSWORD eller ~/.pgpass.</translation>
    </message>
    <message>
        <source>Open a library folder</source>
        <translation>Åbn en biblioteksmappe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>Shared library %1 on the server %2</source>
        <translation>Delt bibliotek %1 på serveren %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>&amp;Åbn bibliotek…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Gendan fra en sikkerhedskopi…</translation>
    </message>
    <message>
        <source>&amp;Unfiled photos…</source>
        <translation>Ikke-&amp;arkiverede billeder…</translation>
    </message>
    <message>
        <source>&amp;Import photos…</source>
        <translation>&amp;Importér fotos…</translation>
    </message>
    <message>
        <source>Import photos (Ctrl+I); you can also drop files on the window</source>
        <translation>Importér fotos (Ctrl+I); du kan også trække filer ind i vinduet</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ind&amp;stillinger…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Ny patient…</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Ny patient</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Redigér patient…</translation>
    </message>
    <message>
        <source>New &amp;treatment…</source>
        <translation>Ny &amp;behandling…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Søg patient</translation>
    </message>
    <message>
        <source>&amp;About PhotoFollow</source>
        <translation>&amp;Om PhotoFollow</translation>
    </message>
    <message>
        <source>Search by name or chart number</source>
        <translation>Søg efter navn eller journalnummer</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Søg patienter</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienter</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Ny patient…</translation>
    </message>
    <message>
        <source>Edit patient…</source>
        <translation>Redigér patient…</translation>
    </message>
    <message>
        <source>New treatment…</source>
        <translation>Ny behandling…</translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation>Importér fotos…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Choose a patient on the left, or create one.

Drop photos or folders anywhere on this window to import them.</source>
        <translation>Vælg en patient til venstre, eller opret en ny.

Træk fotos eller mapper ind et vilkårligt sted i dette vindue for at importere dem.</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>Journal %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <source>1 treatment</source>
        <translation>1 behandling</translation>
    </message>
    <message numerus="yes">
        <source>%n treatments</source>
        <translation>
            <numerusform>%n behandling</numerusform>
            <numerusform>%n behandlinger</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Kunne ikke kontrolleres</translation>
    </message>
    <message>
        <source>An import is running. Wait for it, or cancel it.</source>
        <translation>En import er i gang. Vent på den, eller annullér den.</translation>
    </message>
    <message>
        <source>About PhotoFollow</source>
        <translation>Om PhotoFollow</translation>
    </message>
    <message>
        <source>PhotoFollow %1 compares a patient&apos;s photos over time and checks that each follow-up was taken like its baseline.

Photos support follow-up; they never replace the examination.</source>
        <translation>PhotoFollow %1 sammenligner en patients fotos over tid og kontrollerer, at hvert opfølgningsfoto er taget på samme måde som baseline.

Fotos understøtter opfølgningen; de erstatter aldrig undersøgelsen.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbejder…</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Noget gik galt: %1</translation>
    </message>
    <message>
        <source>The window now shows their version. Make your change again if it is still needed.</source>
        <translation>Vinduet viser nu deres version. Foretag din ændring igen, hvis den stadig er nødvendig.</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit?</source>
        <translation>En import er i gang. Vil du annullere den og afslutte?</translation>
    </message>
    <message>
        <source>Stopping the import</source>
        <translation>Stopper importen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Move treatment</source>
        <translation>Flyt behandling</translation>
    </message>
    <message>
        <source>The treatment of %1, with its visits and photos, moves from %2 to the patient you choose.</source>
        <translation>Behandlingen den %1 flyttes med sine besøg og fotos fra %2 til den patient, du vælger.</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Flyt til:</translation>
    </message>
    <message>
        <source>Patient to move the treatment to</source>
        <translation>Patient, som behandlingen flyttes til</translation>
    </message>
    <message>
        <source>Merge patients</source>
        <translation>Sammenlæg patienter</translation>
    </message>
    <message>
        <source>The treatments, visits and photos of the patient you choose move to %1; that patient is then removed from the list (to the trash).</source>
        <translation>Behandlinger, besøg og fotos fra den patient, du vælger, flyttes til %1; den patient fjernes derefter fra listen (til papirkurven).</translation>
    </message>
    <message>
        <source>&amp;Merge:</source>
        <translation>&amp;Sammenlæg:</translation>
    </message>
    <message>
        <source>Patient to merge</source>
        <translation>Patient, der skal sammenlægges</translation>
    </message>
</context>
<context>
    <name>MovePhotoDialog</name>
    <message>
        <source>Move photo %1</source>
        <translation>Flyt foto %1</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>V&amp;isit:</source>
        <translation>Be&amp;søg:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vinkel:</translation>
    </message>
    <message>
        <source>Treatment of %1 · %2 · %3</source>
        <translation>Behandling den %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>OtherPatientDialog</name>
    <message>
        <source>File under another patient</source>
        <translation>Placér under en anden patient</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>&amp;Behandling:</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
</context>
<context>
    <name>Pain</name>
    <message>
        <source>Pain: not recorded</source>
        <translation>Smertescore: ikke registreret</translation>
    </message>
    <message>
        <source>Pain %1/10</source>
        <translation>Smertescore %1/10</translation>
    </message>
</context>
<context>
    <name>PaneColumn</name>
    <message>
        <source>Linked</source>
        <translation>Koblet</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Frakoblet</translation>
    </message>
    <message>
        <source>Zoom and pan follow the other photos. Click to move this photo on its own.</source>
        <translation>Zoom og panorering følger de andre fotos. Klik for at flytte dette foto for sig selv.</translation>
    </message>
    <message>
        <source>This photo zooms and pans on its own. Click to link it to the others again.</source>
        <translation>Dette foto zoomer og panorerer for sig selv. Klik for at koble det til de andre igen.</translation>
    </message>
    <message>
        <source>Link zoom and pan of %1 with the other photos</source>
        <translation>Kobl zoom og panorering af %1 til de andre fotos</translation>
    </message>
    <message>
        <source>Link zoom and pan with the other photos</source>
        <translation>Kobl zoom og panorering til de andre fotos</translation>
    </message>
    <message>
        <source>Plus and minus zoom, 0 fits the photo, 1 shows it at 100 %, the arrow keys pan; in the slider, Shift with the left and right arrows moves the divider.</source>
        <translation>Plus og minus zoomer, 0 tilpasser fotoet, 1 viser det i 100 %, piletasterne panorerer; i skyderen flytter Shift med venstre og højre pil skillelinjen.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Redigér patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Ny patient</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Chart number:</source>
        <translation>&amp;Journalnummer:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Fødselsdato:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Kendt</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
    <message>
        <source>As the clinic files the patient</source>
        <translation>Som klinikken registrerer patienten</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfrit</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Patientens navn</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Journalnummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Notes about the patient</source>
        <translation>Noter om patienten</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>%1, chart number %2</source>
        <translation>%1, journalnummer %2</translation>
    </message>
</context>
<context>
    <name>PatientTimeline</name>
    <message>
        <source>Treatments and visits</source>
        <translation>Behandlinger og besøg</translation>
    </message>
</context>
<context>
    <name>PhotoThumb</name>
    <message>
        <source>Enter opens the comparison. Shift+F10 or the Menu key files the photo under another view.</source>
        <translation>Enter åbner sammenligningen. Med Shift+F10 eller menutasten arkiverer du fotoet under en anden vinkel.</translation>
    </message>
    <message>
        <source>Change view</source>
        <translation>Skift vinkel</translation>
    </message>
    <message>
        <source>File this photo as:</source>
        <translation>Arkivér dette foto som:</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Threshold</source>
        <translation>Grænseværdi</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>This clinic</source>
        <translation>Denne klinik</translation>
    </message>
    <message>
        <source>Photo policy thresholds</source>
        <translation>Grænseværdier i fotopolitikken</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Gendan standardværdier</translation>
    </message>
    <message>
        <source>Saved in %1. Double-click a value to change it.</source>
        <translation>Gemt i %1. Dobbeltklik på en værdi for at ændre den.</translation>
    </message>
    <message>
        <source>Changed by the clinic</source>
        <translation>Ændret af klinikken</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Skift &amp;bruger…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Revisionslog…</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Logget ind: %1</translation>
    </message>
    <message>
        <source>Consent: none recorded beyond the clinical record</source>
        <translation>Samtykke: intet registreret ud over journalen</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Samtykke: %1</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Annullér den igangværende handling</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>1 h</source>
        <translation>1 t</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 t</translation>
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
        <translation>1 uge</translation>
    </message>
    <message>
        <source>2 wk</source>
        <translation>2 uger</translation>
    </message>
    <message>
        <source>1 mo</source>
        <translation>1 md.</translation>
    </message>
    <message>
        <source>3 mo</source>
        <translation>3 mdr.</translation>
    </message>
    <message>
        <source>6 mo</source>
        <translation>6 mdr.</translation>
    </message>
    <message>
        <source>1 yr</source>
        <translation>1 år</translation>
    </message>
    <message>
        <source>up: yellower, down: bluer</source>
        <translation>op: mere gul, ned: mere blå</translation>
    </message>
    <message>
        <source>Time since treatment (log scale)</source>
        <translation>Tid siden behandlingen (logaritmisk skala)</translation>
    </message>
    <message>
        <source>Pain score (right axis, 0–10)</source>
        <translation>Smertescore (højre akse, 0–10)</translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation>Symptomlog</translation>
    </message>
    <message>
        <source>Usual course after this product</source>
        <translation>Sædvanligt forløb efter dette produkt</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Ikke målt</translation>
    </message>
    <message>
        <source>Filled: larger than its uncertainty</source>
        <translation>Udfyldt: større end usikkerheden</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>This library is on a database server, shared by several workstations, so it is restored from the command line: close PhotoFollow on every workstation, then run

photofollow backup --library %1 list
photofollow backup --library %1 restore NAME

The database as it was is kept as a backup first, and photos the backup does not know are kept as unfiled photos.</source>
        <translation>Dette bibliotek ligger på en databaseserver og deles af flere arbejdsstationer, så det gendannes fra kommandolinjen: luk PhotoFollow på alle arbejdsstationer, og kør derefter

photofollow backup --library %1 list
photofollow backup --library %1 restore NAME

Databasen, som den var, gemmes først som sikkerhedskopi, og billeder, som sikkerhedskopien ikke kender, gemmes som ikke-arkiverede billeder.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Pick the backup of the library at %1 to restore. The library&apos;s current database is kept in its backups folder, and photos the backup does not know are kept as unfiled photos.</source>
        <translation>Vælg den sikkerhedskopi af biblioteket i %1, der skal gendannes. Bibliotekets nuværende database gemmes i dets mappe med sikkerhedskopier, og billeder, som sikkerhedskopien ikke kender, gemmes som ikke-arkiverede billeder.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Lavet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienter</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Billeder</translation>
    </message>
    <message>
        <source>Newest photo</source>
        <translation>Nyeste billede</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Gendan denne sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation>Kan gendannes</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>Beskadiget: %1</translation>
    </message>
    <message>
        <source>The library at %1 has no backups yet.</source>
        <translation>Biblioteket i %1 har endnu ingen sikkerhedskopier.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Lavet manuelt</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Før en opgradering</translation>
    </message>
    <message>
        <source>%1 holds %2 patients and %3 photos, as on %4.</source>
        <translation>%1 indeholder %2 patienter og %3 billeder, som den %4.</translation>
    </message>
    <message>
        <source>%1 cannot be restored (%2). Choose another backup.</source>
        <translation>%1 kan ikke gendannes (%2). Vælg en anden sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Restore the library at %1 as it was on %2? PhotoFollow closes the library first; its current database is kept in the backups folder, and photos imported since become unfiled photos for you to file.</source>
        <translation>Gendan biblioteket i %1, som det var den %2? PhotoFollow lukker først biblioteket; dets nuværende database gemmes i mappen med sikkerhedskopier, og billeder importeret siden bliver ikke-arkiverede billeder, som du kan arkivere.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Gendanner…</translation>
    </message>
    <message>
        <source>Restored: %1 patients and %2 photos.</source>
        <translation>Gendannet: %1 patienter og %2 billeder.</translation>
    </message>
    <message>
        <source>%1 photos the backup did not know are kept as unfiled photos: file them with File &gt; Unfiled photos…</source>
        <translation>%1 billeder, som sikkerhedskopien ikke kendte, er gemt som ikke-arkiverede billeder: arkivér dem med Filer &gt; Ikke-arkiverede billeder…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Photo policy</source>
        <translation>Fotopolitik</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Brugere</translation>
    </message>
    <message>
        <source>&amp;Library folder or server address:</source>
        <translation>&amp;Biblioteksmappe eller serveradresse:</translation>
    </message>
    <message>
        <source>&amp;Clinic name:</source>
        <translation>&amp;Klinikkens navn:</translation>
    </message>
    <message>
        <source>Clinic l&amp;ogo:</source>
        <translation>Klinikkens &amp;logo:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Vælg biblioteksmappen</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Vælg logobilledet</translation>
    </message>
    <message>
        <source>The default library in your data folder</source>
        <translation>Standardbiblioteket i din datamappe</translation>
    </message>
    <message>
        <source>Printed on comparison sheets</source>
        <translation>Udskrives på sammenligningsark</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Som systemet (%1)</translation>
    </message>
    <message>
        <source>A new library folder is opened the next time PhotoFollow starts. A library shared on a database server: postgresql://USER@HOST:PORT/DATABASE?store=/path/to/shared/folder, without the password (PhotoFollow takes it from PGPASSWORD or ~/.pgpass).</source>
        <translation>En ny biblioteksmappe åbnes, næste gang PhotoFollow starter. Et bibliotek, der deles på en databaseserver: postgresql://BRUGER@VÆRT:PORT/DATABASE?store=/sti/til/delt/mappe, uden adgangskoden (PhotoFollow tager den fra PGPASSWORD eller ~/.pgpass).</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Biblioteksmappe</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Klinikkens logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Intet logo</translation>
    </message>
    <message>
        <source>This file is not an image.</source>
        <translation>Denne fil er ikke et billede.</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>Photo comparison</source>
        <translation>Fotosammenligning</translation>
    </message>
    <message>
        <source>Print comparison sheet</source>
        <translation>Udskriv sammenligningsark</translation>
    </message>
    <message>
        <source>Frontal</source>
        <translation>Forfra</translation>
    </message>
    <message>
        <source>45° left</source>
        <translation>45° venstre</translation>
    </message>
    <message>
        <source>45° right</source>
        <translation>45° højre</translation>
    </message>
    <message>
        <source>90° left</source>
        <translation>90° venstre</translation>
    </message>
    <message>
        <source>90° right</source>
        <translation>90° højre</translation>
    </message>
    <message>
        <source>Scalp, vertex</source>
        <translation>Hovedbund, isse</translation>
    </message>
    <message>
        <source>Scalp, centre part</source>
        <translation>Hovedbund, midterskilning</translation>
    </message>
    <message>
        <source>Scalp, frontal hairline</source>
        <translation>Hovedbund, forreste hårgrænse</translation>
    </message>
    <message>
        <source>Scalp, left temple</source>
        <translation>Hovedbund, venstre tinding</translation>
    </message>
    <message>
        <source>Scalp, right temple</source>
        <translation>Hovedbund, højre tinding</translation>
    </message>
    <message>
        <source>Scalp, back of the head</source>
        <translation>Hovedbund, baghoved</translation>
    </message>
    <message>
        <source>Hands, back</source>
        <translation>Hænder, håndryg</translation>
    </message>
    <message>
        <source>Hands, palms</source>
        <translation>Hænder, håndflader</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Nærbillede</translation>
    </message>
    <message>
        <source>Other view</source>
        <translation>Anden vinkel</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Ansigt</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Hovedbund</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Décolletage</source>
        <translation>Dekolletage</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hænder</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Krop</translation>
    </message>
    <message>
        <source>Other area</source>
        <translation>Andet område</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Lysstyrke</translation>
    </message>
    <message>
        <source>Colour of light</source>
        <translation>Lysets farve</translation>
    </message>
    <message>
        <source>Light direction</source>
        <translation>Lysretning</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Blitz</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Skarphed</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Udsnit</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>Hældning</translation>
    </message>
    <message>
        <source>Head angle</source>
        <translation>Hovedstilling</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vinkel</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Objektiv</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Editing or filter</source>
        <translation>Redigering eller filter</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Opløsning</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>Optagelsestidspunkt</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Udtryk</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Makeup</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Ikke bestået</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Ikke kontrolleret</translation>
    </message>
    <message>
        <source>Consistent with the baseline</source>
        <translation>Sammenlignelig med baseline</translation>
    </message>
    <message>
        <source>Review: differs from the baseline</source>
        <translation>Gennemgå: afviger fra baseline</translation>
    </message>
    <message>
        <source>Inconsistent with the baseline</source>
        <translation>Ikke sammenlignelig med baseline</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Bedre</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Værre</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>dato ukendt</translation>
    </message>
    <message>
        <source>DE-IDENTIFIED</source>
        <translation>PSEUDONYMISERET</translation>
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
        <translation>Journalnr.: </translation>
    </message>
    <message>
        <source>Born: </source>
        <translation>Født: </translation>
    </message>
    <message>
        <source>Treatment: </source>
        <translation>Behandling: </translation>
    </message>
    <message>
        <source>Area: </source>
        <translation>Område: </translation>
    </message>
    <message>
        <source>Product: </source>
        <translation>Produkt: </translation>
    </message>
    <message>
        <source>Physician: </source>
        <translation>Læge: </translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Photos support follow-up; they do not replace the examination. Symptoms such as trouble with vision or breathing, neurological symptoms or signs of a serious infection need urgent care and must not wait for photos.</source>
        <translation>Fotos understøtter opfølgningen; de erstatter ikke undersøgelsen. Symptomer som syns- eller vejrtrækningsbesvær, neurologiske symptomer eller tegn på en alvorlig infektion kræver akut hjælp og må ikke vente på fotos.</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>Udarbejdet %1 af %2</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>ukendt bruger</translation>
    </message>
    <message>
        <source>de-identified sheet</source>
        <translation>pseudonymiseret ark</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>pain not recorded</source>
        <translation>smertescore ikke registreret</translation>
    </message>
    <message>
        <source>Pain %1/10</source>
        <translation>Smertescore %1/10</translation>
    </message>
    <message>
        <source>aligned to the baseline</source>
        <translation>justeret efter baseline</translation>
    </message>
    <message>
        <source>Not checked against the baseline</source>
        <translation>Ikke kontrolleret i forhold til baseline</translation>
    </message>
    <message>
        <source>Recovery after the treatment</source>
        <translation>Heling efter behandlingen</translation>
    </message>
    <message>
        <source>Per measure, the largest change among the treated area&apos;s regions, each follow-up against the baseline, with its uncertainty; the shaded band is how long the sign usually lasts after this product (the clinic&apos;s policy). These numbers describe the photos; they do not diagnose.</source>
        <translation>For hver måling den største ændring blandt det behandlede områdes dele, hvert opfølgningsfoto i forhold til baseline, med usikkerheden; det skraverede bånd er, hvor længe tegnet sædvanligvis varer efter dette produkt (klinikkens politik). Disse tal beskriver fotoene; de stiller ikke en diagnose.</translation>
    </message>
    <message>
        <source>Recovery after the treatment: %1 view</source>
        <translation>Heling efter behandlingen: vinkel %1</translation>
    </message>
    <message>
        <source>Symptom log of the visits shown</source>
        <translation>Symptomlog for de viste besøg</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sværhedsgrad</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendens</translation>
    </message>
    <message>
        <source>Associated symptoms</source>
        <translation>Tilhørende symptomer</translation>
    </message>
    <message>
        <source>No symptoms were recorded at the visits shown.</source>
        <translation>Der blev ikke registreret symptomer ved de viste besøg.</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>No photo of this view at this visit</source>
        <translation>Intet foto fra denne vinkel ved dette besøg</translation>
    </message>
    <message>
        <source>Physician&apos;s assessment</source>
        <translation>Lægens vurdering</translation>
    </message>
    <message>
        <source>GAIS (physician): </source>
        <translation>GAIS (læge): </translation>
    </message>
    <message>
        <source>GAIS (patient): </source>
        <translation>GAIS (patient): </translation>
    </message>
    <message>
        <source>Goal: </source>
        <translation>Mål: </translation>
    </message>
    <message>
        <source>Tier: </source>
        <translation>Hastegrad: </translation>
    </message>
    <message>
        <source>Examination: </source>
        <translation>Undersøgelse: </translation>
    </message>
    <message>
        <source>Findings: </source>
        <translation>Fund: </translation>
    </message>
    <message>
        <source>next session %1</source>
        <translation>næste session %1</translation>
    </message>
    <message>
        <source>Plan: </source>
        <translation>Plan: </translation>
    </message>
    <message>
        <source>Assessed %1 by %2</source>
        <translation>Vurderet %1 af %2</translation>
    </message>
    <message>
        <source>Assessed %1</source>
        <translation>Vurderet %1</translation>
    </message>
    <message>
        <source>Not assessed by the physician</source>
        <translation>Ikke vurderet af lægen</translation>
    </message>
    <message>
        <source>Visit notes: </source>
        <translation>Noter fra besøget: </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>PhotoFollow was locked after a time without use. Sign in again, or as another user.</source>
        <translation>PhotoFollow blev låst efter et stykke tid uden brug. Log ind igen, eller som en anden bruger.</translation>
    </message>
    <message>
        <source>This library has named users. Who are you?</source>
        <translation>Dette bibliotek har navngivne brugere. Hvem er du?</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruger:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Log &amp;ind</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Not checked</source>
        <translation>Ikke kontrolleret</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestået</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Ikke bestået</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sprunget over</translation>
    </message>
</context>
<context>
    <name>SymptomTable</name>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Severity (0-10)</source>
        <translation>Sværhedsgrad (0-10)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendens</translation>
    </message>
    <message>
        <source>Associated symptoms</source>
        <translation>Tilhørende symptomer</translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation>Symptomlog</translation>
    </message>
    <message>
        <source>Started, entry %1</source>
        <translation>Startet, registrering %1</translation>
    </message>
    <message>
        <source>Area, entry %1</source>
        <translation>Område, registrering %1</translation>
    </message>
    <message>
        <source>Severity from 0 to 10, entry %1</source>
        <translation>Sværhedsgrad fra 0 til 10, registrering %1</translation>
    </message>
    <message>
        <source>Trend, entry %1</source>
        <translation>Tendens, registrering %1</translation>
    </message>
    <message>
        <source>Associated symptoms, entry %1</source>
        <translation>Tilhørende symptomer, registrering %1</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Ikke vurderet</translation>
    </message>
</context>
<context>
    <name>TrashWindow</name>
    <message>
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
    <message>
        <source>Deleted patients, treatments, visits and photos stay here, with everything that belonged to them, until the trash is emptied. Restore puts an entry back where it was.</source>
        <translation>Slettede patienter, behandlinger, besøg og fotos bliver her med alt, hvad der hørte til dem, indtil papirkurven tømmes. Gendan sætter et element tilbage, hvor det var.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Indeholder</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Slettede poster</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Tøm papirkurven…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Empty the trash? Its %1 entries, with their photos, are removed for good.</source>
        <translation>Tøm papirkurven? Dens %1 elementer fjernes endeligt sammen med deres fotos.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Tøm papirkurven</translation>
    </message>
</context>
<context>
    <name>TreatmentDialog</name>
    <message>
        <source>Edit treatment</source>
        <translation>Redigér behandling</translation>
    </message>
    <message>
        <source>New treatment</source>
        <translation>Ny behandling</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Dato og tid:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Ingredients:</source>
        <translation>&amp;Ingredienser:</translation>
    </message>
    <message>
        <source>P&amp;hysician:</source>
        <translation>&amp;Læge:</translation>
    </message>
    <message>
        <source>&amp;Session number:</source>
        <translation>&amp;Sessionsnummer:</translation>
    </message>
    <message>
        <source>Skin quality</source>
        <translation>Hudkvalitet</translation>
    </message>
    <message>
        <source>Hydration</source>
        <translation>Hydrering</translation>
    </message>
    <message>
        <source>Scalp and hair support</source>
        <translation>Støtte til hovedbund og hår</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Not numbered</source>
        <translation>Ikke nummereret</translation>
    </message>
</context>
<context>
    <name>TreatmentRecovery</name>
    <message numerus="yes">
        <source>Measuring %n follow-up(s)…</source>
        <translation>
            <numerusform>%n opfølgningsfoto måles…</numerusform>
            <numerusform>%n opfølgningsfotos måles…</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery chart</source>
        <translation>Helingsgraf</translation>
    </message>
    <message>
        <source>Redness, dark patches and swelling of each follow-up against the baseline, over the time since the treatment. The numbers describe the photos; they do not diagnose.</source>
        <translation>Rødme, mørke pletter og hævelse på hvert opfølgningsfoto i forhold til baseline, over tiden siden behandlingen. Tallene beskriver fotoene; de stiller ingen diagnose.</translation>
    </message>
    <message>
        <source>View of the recovery chart</source>
        <translation>Vinkel for helingsgrafen</translation>
    </message>
</context>
<context>
    <name>TreatmentTimeline</name>
    <message>
        <source>No baseline</source>
        <translation>Ingen baseline</translation>
    </message>
    <message>
        <source>Treatment of %1</source>
        <translation>Behandling den %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>session %1</translation>
    </message>
    <message>
        <source>Edit treatment…</source>
        <translation>Redigér behandling…</translation>
    </message>
    <message>
        <source>GAIS course %1</source>
        <translation>GAIS-forløb %1</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Nyt besøg…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>Compare the %1 photos</source>
        <translation>Sammenlign fotos: %1</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>intet foto</translation>
    </message>
    <message>
        <source>No visits yet. Add a visit, or drop photos on the window to import.</source>
        <translation>Ingen besøg endnu. Tilføj et besøg, eller træk fotos ind i vinduet for at importere dem.</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>Not recorded</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation>I bedring</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>Forværres</translation>
    </message>
</context>
<context>
    <name>UnfiledDialog</name>
    <message>
        <source>Unfiled photos</source>
        <translation>Ikke-arkiverede billeder</translation>
    </message>
    <message>
        <source>These photos are in the library but belong to no visit (found after a restore). Pick photos and the visit they belong to, then file them; or import them again into their visit.</source>
        <translation>Disse billeder er i biblioteket, men hører ikke til noget besøg (fundet efter en gendannelse). Vælg billeder og det besøg, de hører til, og arkivér dem, eller importér dem igen i deres besøg.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Besøg:</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>File into this visit</source>
        <translation>Arkivér i dette besøg</translation>
    </message>
    <message>
        <source>Choose a patient in the main window first: their visits are offered here.</source>
        <translation>Vælg først en patient i hovedvinduet: patientens besøg tilbydes her.</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>ratio</source>
        <translation>forhold</translation>
    </message>
    <message>
        <source>ln ratio</source>
        <translation>ln-forhold</translation>
    </message>
    <message>
        <source>° turn</source>
        <translation>° drejning</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <source>days since treatment</source>
        <translation>dage efter behandlingen</translation>
    </message>
    <message>
        <source>% eye distance</source>
        <translation>% øjenafstand</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>nurse</source>
        <translation>sygeplejerske</translation>
    </message>
    <message>
        <source>physician</source>
        <translation>læge</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>see patients&apos; photos</source>
        <translation>se patienters fotos</translation>
    </message>
    <message>
        <source>import photos</source>
        <translation>importere fotos</translation>
    </message>
    <message>
        <source>change the record</source>
        <translation>ændre journalen</translation>
    </message>
    <message>
        <source>export sheets</source>
        <translation>eksportere ark</translation>
    </message>
    <message>
        <source>print sheets</source>
        <translation>udskrive ark</translation>
    </message>
    <message>
        <source>erase patients or empty the trash</source>
        <translation>slette patienter eller tømme papirkurven</translation>
    </message>
    <message>
        <source>record an assessment</source>
        <translation>registrere en vurdering</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>læse revisionsloggen</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>administrere brugere</translation>
    </message>
    <message>
        <source>change the library&apos;s settings</source>
        <translation>ændre bibliotekets indstillinger</translation>
    </message>
</context>
<context>
    <name>UsersSettings</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation>&amp;Vist som:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes, 0 never):</source>
        <translation>&amp;Lås efter (minutter, 0 aldrig):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Vist som</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>A&amp;dd user</source>
        <translation>&amp;Tilføj bruger</translation>
    </message>
    <message>
        <source>Disa&amp;ble or enable</source>
        <translation>Deaktivér eller a&amp;ktivér</translation>
    </message>
    <message>
        <source>Signing in needs a pass&amp;word</source>
        <translation>Log-ind kræver a&amp;dgangskode</translation>
    </message>
    <message>
        <source>A single-user practice may turn this off: the user still picks their name.</source>
        <translation>En praksis med én bruger kan slå dette fra: brugeren vælger stadig sit navn.</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(deaktiveret)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to adgangskoder er forskellige.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 tilføjet.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Not checked</source>
        <translation>Ikke kontrolleret</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Sammenlignelig</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gennemgå</translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation>Ikke sammenlignelig</translation>
    </message>
    <message>
        <source>This photo has not been checked against its baseline yet.</source>
        <translation>Dette foto er endnu ikke kontrolleret i forhold til baseline.</translation>
    </message>
    <message>
        <source>Taken like its baseline: the comparison is fair.</source>
        <translation>Taget som baseline: sammenligningen er retvisende.</translation>
    </message>
    <message>
        <source>Some differences from the baseline: look at the warnings before comparing.</source>
        <translation>Nogle forskelle fra baseline: se advarslerne, før du sammenligner.</translation>
    </message>
    <message>
        <source>Not taken like its baseline: differences in the photos can mislead. Consider a retake.</source>
        <translation>Ikke taget som baseline: forskelle mellem fotoene kan vildlede. Overvej at tage billedet om.</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Frontal</source>
        <translation>Forfra</translation>
    </message>
    <message>
        <source>Oblique 45° left</source>
        <translation>Skråt 45° venstre</translation>
    </message>
    <message>
        <source>Oblique 45° right</source>
        <translation>Skråt 45° højre</translation>
    </message>
    <message>
        <source>Lateral 90° left</source>
        <translation>Profil 90° venstre</translation>
    </message>
    <message>
        <source>Lateral 90° right</source>
        <translation>Profil 90° højre</translation>
    </message>
    <message>
        <source>Scalp vertex</source>
        <translation>Isse</translation>
    </message>
    <message>
        <source>Scalp centre part</source>
        <translation>Midterskilning</translation>
    </message>
    <message>
        <source>Frontal hairline</source>
        <translation>Forreste hårgrænse</translation>
    </message>
    <message>
        <source>Left temple</source>
        <translation>Venstre tinding</translation>
    </message>
    <message>
        <source>Right temple</source>
        <translation>Højre tinding</translation>
    </message>
    <message>
        <source>Back of the head</source>
        <translation>Baghoved</translation>
    </message>
    <message>
        <source>Back of the hands</source>
        <translation>Håndrygge</translation>
    </message>
    <message>
        <source>Palms</source>
        <translation>Håndflader</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Nærbillede</translation>
    </message>
    <message>
        <source>Other view</source>
        <translation>Anden vinkel</translation>
    </message>
</context>
<context>
    <name>VisitDateDialog</name>
    <message>
        <source>Change visit</source>
        <translation>Ændr besøg</translation>
    </message>
    <message>
        <source>Change treatment date</source>
        <translation>Ændr behandlingsdato</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Dato og tidspunkt:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og tidspunkt</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Type besøg</translation>
    </message>
    <message>
        <source>Labels such as Week 2, and the checks, follow the new date.</source>
        <translation>Etiketter som Uge 2 og kontrollerne følger den nye dato.</translation>
    </message>
    <message>
        <source>Every visit&apos;s time since treatment, and the checks, follow the new date.</source>
        <translation>Hvert besøgs tid siden behandlingen og kontrollerne følger den nye dato.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Edit visit</source>
        <translation>Redigér besøg</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nyt besøg</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Dato og tid:</translation>
    </message>
    <message>
        <source>&amp;Pain score:</source>
        <translation>&amp;Smertescore:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Noter:</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Type besøg</translation>
    </message>
    <message>
        <source>Date and time of the visit</source>
        <translation>Dato og tid for besøget</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Pain score, 0 to 10</source>
        <translation>Smertescore, 0 til 10</translation>
    </message>
    <message>
        <source>0 is no pain, 10 the worst pain imaginable, as the patient rates it.</source>
        <translation>0 er ingen smerte, 10 den værst tænkelige smerte, som patienten selv vurderer den.</translation>
    </message>
    <message>
        <source>Notes about the visit</source>
        <translation>Noter om besøget</translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation>Symptomlog</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>Tilføj &amp;registrering</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>&amp;Fjern registrering</translation>
    </message>
</context>
<context>
    <name>VisitHeader</name>
    <message numerus="yes">
        <source>%n symptom entries</source>
        <translation>
            <numerusform>%n symptomregistrering</numerusform>
            <numerusform>%n symptomregistreringer</numerusform>
        </translation>
    </message>
    <message>
        <source>1 symptom entry</source>
        <translation>1 symptomregistrering</translation>
    </message>
    <message>
        <source>Edit visit…</source>
        <translation>Redigér besøg…</translation>
    </message>
    <message>
        <source>Edit visit %1</source>
        <translation>Redigér besøg %1</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Vurdér…</translation>
    </message>
    <message>
        <source>Assess follow-up %1</source>
        <translation>Vurdér opfølgning %1</translation>
    </message>
    <message>
        <source>Drop photos here to import them into this visit.</source>
        <translation>Træk fotos hertil for at importere dem til dette besøg.</translation>
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
        <translation>Opfølgning</translation>
    </message>
</context>
</TS>
