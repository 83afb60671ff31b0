<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="257"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="263"/>
        <source>Import now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="275"/>
        <source>{n} new cases will be created, all at once: if anything goes wrong, none is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="297"/>
        <source>Imported {n} cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="305"/>
        <source>The import failed; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="55"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="59"/>
        <source>Save the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="62"/>
        <source>The person: strengths, needs, health, skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="63"/>
        <source>What they return to: family, community, safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="71"/>
        <source>Family assessment (child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="74"/>
        <source>No neglect or abuse found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="75"/>
        <source>Neglect or abuse found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="80"/>
        <source>Record the family assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="95"/>
        <source>Assessed on {on} by {by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="97"/>
        <source>Not assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="104"/>
        <source>⚠ No family assessment yet: the child cannot go home to the family until one finds no neglect or abuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="110"/>
        <source>neglect or abuse found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="112"/>
        <source>no neglect or abuse found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="115"/>
        <source>Assessed on {on} by {by}: {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="128"/>
        <source>Say whether neglect or abuse was found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="97"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="99"/>
        <source>&amp;Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="101"/>
        <source>&amp;Undo last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="190"/>
        <source>{stage} · age {age} · caseworker {worker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="194"/>
        <source>their reference {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="196"/>
        <source>earlier {refs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/casefile/view.py" line="263"/>
        <source>%n field(s) need attention before saving.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="287"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="294"/>
        <source>Changes discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="303"/>
        <source>The case changed since; the last save cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="322"/>
        <source>The last save was undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="42"/>
        <source>Search by reference or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="52"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="56"/>
        <source>All origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="60"/>
        <source>All caseworkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="66"/>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="70"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/case_list.py" line="124"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="128"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="35"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="37"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="38"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="39"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="40"/>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="41"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="42"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="32"/>
        <source>Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="72"/>
        <source>Cannot open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="102"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="103"/>
        <source>Case {reference} has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="78"/>
        <source>Departure blocked because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="79"/>
        <source>Nothing blocks departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="92"/>
        <source>Conditions: all 8 must be met before departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="94"/>
        <source>What the person has been told and given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="116"/>
        <source>The person&apos;s wish (seed 004, recommendation 44)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="118"/>
        <source>Wants to be met on arrival by a local NGO:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="121"/>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="122"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="123"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="130"/>
        <source>Contacts handed over (from the directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="139"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="141"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="164"/>
        <source>A supervisor ({user}, {date}) let the person depart before every condition is met: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="172"/>
        <source>Removed from the directory ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="176"/>
        <source>(not verified in the last 6 months)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="41"/>
        <source>(empty, or deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="57"/>
        <source>These fields were changed on two laptops that had not seen each other&apos;s change. Nothing was overwritten: choose the value to keep. Your choice goes to the other laptops with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="70"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="70"/>
        <source>Case and field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="70"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="81"/>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="84"/>
        <source>%n open conflict(s); the first %1 are shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="89"/>
        <source>%n open conflict(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="95"/>
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="96"/>
        <source>Take theirs for this whole case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="118"/>
        <source>Keep ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="119"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="120"/>
        <source>New value...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="133"/>
        <source>this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="135"/>
        <source>laptop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="137"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="146"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="52"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="96"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="52"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="64"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="52"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="52"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="103"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="64"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="98"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="64"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="99"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="64"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="65"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="65"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="104"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="72"/>
        <source>Record what the person said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="84"/>
        <source>language it was explained in, e.g. km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="87"/>
        <source>e.g. the named receiving organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="89"/>
        <source>&amp;Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="91"/>
        <source>&amp;Withdraw selected purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="97"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="100"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="101"/>
        <source>Explained in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="102"/>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="114"/>
        <source>Consent in force, per purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="116"/>
        <source>History of the selected purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="180"/>
        <source>Recorded: {purpose} — {state}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="53"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="57"/>
        <source>Name, contact or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="59"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="62"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="64"/>
        <source>Only entries to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="85"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="86"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="87"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="88"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="89"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="90"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="91"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="92"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="109"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="110"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="111"/>
        <source>Mark as verified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="112"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="113"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="114"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="115"/>
        <source>Add the starter examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="123"/>
        <source>Service directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="126"/>
        <source>Check an entry with the organisation before giving it to a person: entries not verified in the last 6 months are marked ⚠.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="147"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="190"/>
        <source>{count} entries shown, {stale} to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="207"/>
        <source>Directory entry added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="212"/>
        <source>Directory entry saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="221"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="223"/>
        <source>Marked as verified today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="231"/>
        <source>Delete the entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="232"/>
        <source>Plans that name this organisation keep its id but no longer show its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="236"/>
        <source>Directory entry deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="242"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="277"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="246"/>
        <source>{count} example entries added; each must be replaced by a verified one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="254"/>
        <source>Import the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="254"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="287"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="280"/>
        <source>Imported: {new} new, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="287"/>
        <source>Export the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="304"/>
        <source>{count} entries exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="311"/>
        <source>The file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="316"/>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="36"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="44"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="44"/>
        <source>Number (last 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="44"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="45"/>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="66"/>
        <source>In hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="45"/>
        <source>Copy given to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="55"/>
        <source>e.g. passport, travel document, ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="58"/>
        <source>last 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="64"/>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="67"/>
        <source>Copy given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="68"/>
        <source>Save document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="70"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="81"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="81"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbassyLetter</name>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="25"/>
        <source>about {year} (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="27"/>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="57"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="34"/>
        <source>To the Embassy or Consulate of {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="36"/>
        <source>Subject: request for a {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="38"/>
        <source>We kindly ask you to issue a {document} to the national of {country} named below, who wishes to return home. Please let us know which further documents or photographs you need and when the person may come to the consulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="46"/>
        <source>With the person&apos;s explicit consent, we inform you that they have been identified as a victim of trafficking in persons and are assisted by our organisation. We ask you to treat this information as confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="52"/>
        <source>Thank you for your help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="59"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="60"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="61"/>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="63"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="65"/>
        <source>Document needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="67"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="68"/>
        <source>Our reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="91"/>
        <source>Signature, name and position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="88"/>
        <source>Choose the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="89"/>
        <source>CSV (UTF-8 or UTF-16, as Excel saves it) or an .xlsx workbook; the first row must hold the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="96"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="109"/>
        <source>Spreadsheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="110"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="124"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="70"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="71"/>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="72"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="73"/>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="74"/>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="85"/>
        <source>Schedule visits from this return date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="88"/>
        <source>Add a visit on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="90"/>
        <source>Move the selected visit here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="92"/>
        <source>Remove the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="95"/>
        <source>Day of return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="98"/>
        <source>Other date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="103"/>
        <source>Visit schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="112"/>
        <source>How the person is doing, per domain (1 = very vulnerable, 5 = resilient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="120"/>
        <source>Follow-up monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="132"/>
        <source>Record a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="138"/>
        <source>Which visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="139"/>
        <source>Made on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="145"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="149"/>
        <source>{domain} (1-5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="159"/>
        <source>Another sign, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="163"/>
        <source>Re-trafficking warning signs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="165"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="166"/>
        <source>Record the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="174"/>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="181"/>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="176"/>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="180"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="214"/>
        <source>✓ Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="216"/>
        <source>{icon} Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="218"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="250"/>
        <source>Closed on {on}: {reason}; kept until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="264"/>
        <source>{icon} {count} visit(s) overdue, the oldest planned for {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="268"/>
        <source>Next visit: {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="270"/>
        <source>No visit is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="277"/>
        <source>Visit planned for {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="280"/>
        <source>An unscheduled visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="304"/>
        <source>Replace the schedule?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="305"/>
        <source>The visits not yet made will be replaced by a new schedule. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="338"/>
        <source>Nothing to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="339"/>
        <source>Score at least one domain, tick a sign or write a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="362"/>
        <source>Visit recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="368"/>
        <source>A reason is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="368"/>
        <source>Choose why the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="373"/>
        <source>Close the case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="375"/>
        <source>The case will be closed as “{reason}” and kept for 5 years, then anonymised on a supervisor&apos;s confirmation. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="24"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="25"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="26"/>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="27"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="28"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="178"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="179"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="180"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="181"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="182"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="183"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="195"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="195"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="318"/>
        <source>Import cases from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="332"/>
        <source>Cases imported from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="38"/>
        <source>Open bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="42"/>
        <source>Passphrase (only for a passphrase bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="46"/>
        <source>Open a bundle to see what it would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="55"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="56"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="57"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="58"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="59"/>
        <source>Shared by the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="68"/>
        <source>Apply all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="77"/>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="77"/>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="106"/>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="106"/>
        <source>Checking the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="116"/>
        <source>Applied: {kind} bundle from {org} ({fpr}): {totals}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="118"/>
        <source>Verified {kind} bundle from {org} ({fpr}), made {when}: {totals}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="125"/>
        <source>nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="128"/>
        <source>Purpose: {purpose}; legal basis: {basis}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="155"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="156"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="157"/>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="158"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="159"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="160"/>
        <source>dropped (deleted or anonymised here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="165"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="44"/>
        <source>Intake &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="45"/>
        <source>&amp;Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="46"/>
        <source>&amp;Identified as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="47"/>
        <source>&amp;Exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="48"/>
        <source>Exploited in (country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="50"/>
        <source>&amp;Origin country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="51"/>
        <source>Origin region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="52"/>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="53"/>
        <source>First &amp;needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="54"/>
        <source>&amp;Screening notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="55"/>
        <source>&amp;Asylum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="47"/>
        <source>Leg of the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="62"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="63"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="64"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="65"/>
        <source>Departs (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="66"/>
        <source>Arrives (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="67"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="68"/>
        <source>Escort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="41"/>
        <source>Caseload by caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="42"/>
        <source>Follow-ups due in the next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="43"/>
        <source>Time spent per stage (median days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="44"/>
        <source>Returns this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="45"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="62"/>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="69"/>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="62"/>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="62"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="63"/>
        <source>By stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="69"/>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="79"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="69"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="70"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="76"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="76"/>
        <source>Completed stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="76"/>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="79"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="79"/>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="80"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="104"/>
        <source>Rows: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="108"/>
        <source>The list could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="58"/>
        <source>RRR Desktop is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="74"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="76"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="88"/>
        <source>Set up a new vault or open the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="93"/>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="94"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="112"/>
        <source>Vault: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="120"/>
        <source>Demo vault with invented cases only.
User: {user}
Passphrase: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="139"/>
        <source>Enter your user name and passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="142"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="161"/>
        <source>The user name or passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="163"/>
        <source>The vault could not be opened ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="172"/>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="189"/>
        <source>Please wait {seconds} s before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="185"/>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="110"/>
        <source>RRR Desktop — set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="116"/>
        <source>RRR Desktop — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="207"/>
        <location filename="../rrr_desktop/ui/main_window.py" line="225"/>
        <source>Vault: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="211"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="215"/>
        <source>User: {name} ({username})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="220"/>
        <source>Organisation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="230"/>
        <source>Unlocked — Ctrl+L locks, F12 quick exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="131"/>
        <source>Which column holds what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="132"/>
        <source>Columns we recognised are already chosen. Columns set to &apos;not imported&apos; are left out. This choice is remembered for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="138"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="138"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="167"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="197"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="57"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="57"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="57"/>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="133"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="57"/>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="133"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="58"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="58"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="69"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="74"/>
        <source>Mark selected as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="76"/>
        <source>Mark selected as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="81"/>
        <source>Answer expected within (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="97"/>
        <source>Referring organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="98"/>
        <source>Receiving organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="114"/>
        <source>Next: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="117"/>
        <source>All six messages are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="119"/>
        <source>Overdue: {titles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="130"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="132"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="132"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="35"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="55"/>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="56"/>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="57"/>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="58"/>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="59"/>
        <source>or estimated &amp;age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="60"/>
        <source>&amp;Nationality (two letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="61"/>
        <source>&amp;Intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="62"/>
        <source>&amp;Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="63"/>
        <source>&amp;Origin country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="72"/>
        <source>Open the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="130"/>
        <source>Case {reference} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/new_case.py" line="139"/>
        <source>Possible duplicate: %n case(s) with a similar name, birth year and nationality. Open one of them, or press Save again to create a new case anyway.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="39"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="41"/>
        <source>Protect with a passphrase instead (recipient&apos;s card not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="46"/>
        <source>Receiving organisation, as named in the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="50"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="51"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="55"/>
        <source>Referral to a receiving organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="56"/>
        <source>Status report to the referring organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="57"/>
        <source>Sync with a device of this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="60"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="63"/>
        <source>Case references, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="64"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="68"/>
        <source>Choose folder or drive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="72"/>
        <source>Write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="75"/>
        <source>Show what will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="77"/>
        <source>Write bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="86"/>
        <source>What leaves this organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="111"/>
        <source>Folder or removable drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="129"/>
        <source>Only referrals are filtered by consent; a status report carries follow-up status and the six messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="143"/>
        <source>{ref}: {n} fields are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="146"/>
        <source>Withheld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="154"/>
        <source>needs consent: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="159"/>
        <source>Choose a folder or drive to write the bundle to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="182"/>
        <source>Wrote {name}: {n} records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="37"/>
        <source>Save my contact card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="38"/>
        <source>Add a contact card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="39"/>
        <source>Compare fingerprint and trust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="49"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="50"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="51"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="52"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="53"/>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="69"/>
        <source>This installation&apos;s fingerprint: &lt;b&gt;{fpr}&lt;/b&gt;&lt;br&gt;Read it out to the other side, by phone or in person, before they trust your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="82"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="82"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="90"/>
        <source>Save contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="92"/>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="102"/>
        <source>Contact cards (*.rrrcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="102"/>
        <source>Add a contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="117"/>
        <source>Contact card added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="119"/>
        <source>{org} was added but is not trusted yet. Compare the fingerprint {fpr} with them by phone or in person, then trust the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="134"/>
        <source>Compare the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="135"/>
        <source>Ask the other side to read out their fingerprint and type it here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="144"/>
        <source>Fingerprints differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="146"/>
        <source>The fingerprint you typed is not the one on the card: do not trust this card; ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="49"/>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="54"/>
        <source>two letters, e.g. KH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="57"/>
        <source>codes, preferred first, e.g. km, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="61"/>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="62"/>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="63"/>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="64"/>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="65"/>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="66"/>
        <source>Estimated &amp;age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="67"/>
        <source>&amp;Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="68"/>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="69"/>
        <source>Own &amp;wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="74"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="74"/>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="105"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="74"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="74"/>
        <source>Safe to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="81"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="83"/>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="88"/>
        <source>Guardian (required for a child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="100"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="101"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="103"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="107"/>
        <source>Appointed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="114"/>
        <source>Contacts (mark unsafe ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="154"/>
        <source>This person is a child: a guardian must be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="62"/>
        <source>Reintegration plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="73"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="77"/>
        <source>Make a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="82"/>
        <source>Save this version as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="85"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="92"/>
        <source>Write what the person wants, as they say it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="97"/>
        <source>&lt;b&gt;The person&apos;s wishes, in their own words&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="98"/>
        <source>&lt;b&gt;The caseworker&apos;s proposal&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="105"/>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="108"/>
        <source>Set where the person goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="111"/>
        <source>Where the person goes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="122"/>
        <source>Component / action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="123"/>
        <source>Goal / description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="124"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="125"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="126"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="127"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="135"/>
        <source>Add a component…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="137"/>
        <source>Add an action to the selected component…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="142"/>
        <source>Set the status of the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="176"/>
        <source>{version} — {on}, {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="204"/>
        <source>An earlier version: read-only. The latest version is the plan in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="208"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="208"/>
        <source>Start the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="325"/>
        <source>Select a component first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="352"/>
        <source>Select a component or an action first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="204"/>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="213"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="213"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="213"/>
        <source>Why it is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="225"/>
        <source>{refused} of {total} rows are refused, listed below with the reason. Nothing will be imported until the file is corrected: fix it, then go back and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="229"/>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="231"/>
        <source>All {n} rows can be imported. Columns left out: {ignored}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="233"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="236"/>
        <source>{n} rows look like persons already in the vault (rows {rows}); check this is not a file imported before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintTab</name>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="78"/>
        <source>Pre-departure checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="79"/>
        <source>Information sheet for the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="80"/>
        <source>Travel-document request to the embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="89"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="90"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="93"/>
        <source>Print the person&apos;s name (otherwise only the case reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="99"/>
        <source>The organisation&apos;s name as the embassy will read it: use a neutral name if yours reveals the person&apos;s situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="104"/>
        <source>travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="110"/>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="111"/>
        <source>&amp;Language of the person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="112"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="114"/>
        <source>Organisation in the &amp;letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="115"/>
        <source>Document &amp;needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="118"/>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="119"/>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="121"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="168"/>
        <source>The texts in this language are a draft that a native speaker still has to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="209"/>
        <source>Not printed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="210"/>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="224"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="236"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="241"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="242"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="264"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="270"/>
        <source>Saved {file} ({pages} pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="279"/>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/common.py" line="19"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="64"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="66"/>
        <source>Operational lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="80"/>
        <source>(nothing: a simple table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="84"/>
        <source>Standard donor tables (sex, age group, sector, country of origin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="88"/>
        <source>Count persons by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="90"/>
        <source>and by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="93"/>
        <source>Only persons taken in from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="105"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="109"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="111"/>
        <source>Hide counts below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="118"/>
        <source>and the counts that would reveal them (needed for anything that leaves the organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="126"/>
        <source>Build the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="129"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="131"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="133"/>
        <source>Import cases from a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="162"/>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="196"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="214"/>
        <source>{n} persons counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="220"/>
        <source>The report could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="230"/>
        <source>Export without hiding small counts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="231"/>
        <source>This report shows every count, even of one or two persons. Files sent outside the organisation must hide small counts. Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="246"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="247"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="262"/>
        <source>Saved {n} CSV file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="268"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="269"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="277"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="286"/>
        <source>Saved the PDF ({n} pages).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="54"/>
        <source>Return cannot be marked ready because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="54"/>
        <source>Nothing blocks the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="80"/>
        <source>New security assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="83"/>
        <source>Factor (seed 001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="84"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="85"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="99"/>
        <source>Overall finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="106"/>
        <source>Mitigations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="111"/>
        <source>Record assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="118"/>
        <source>Supervisor override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="128"/>
        <source>Reason (required, at least {n} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="134"/>
        <source>Record override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="138"/>
        <source>Revoke this kind of override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="153"/>
        <source>No security assessment has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="162"/>
        <source>Latest assessment: {finding}, {date}, by {user}. Concerns: {concerns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="167"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="180"/>
        <source>Supervisor override in force ({kind}) by {user} on {date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="27"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="35"/>
        <source>Pseudo (for testing layouts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="43"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="48"/>
        <source>Interface &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="50"/>
        <source>&amp;Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="51"/>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="52"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="54"/>
        <source>Ctrl+L locks now. F12 or Esc twice: quick exit (hides everything and locks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="71"/>
        <source>The new language shows fully the next time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="53"/>
        <source>Welcome to RRR Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="60"/>
        <source>Case data stays on this computer, encrypted with your passphrase. Nobody can recover it if the passphrase is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="67"/>
        <source>← Back to the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="83"/>
        <source>Set up your organisation&apos;s vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="85"/>
        <source>e.g. Safe Home Foundation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="90"/>
        <source>lower-case, e.g. dara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="106"/>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="118"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="119"/>
        <source>Coun&amp;try (two letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="120"/>
        <source>Your &amp;user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="121"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="122"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="125"/>
        <source>&amp;Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="126"/>
        <source>Working &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="143"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="147"/>
        <source>The passphrase needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="173"/>
        <source>Just looking? Open the demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="176"/>
        <source>A separate vault filled with {count} invented cases, for training and trying things out. Nothing you do there touches real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="183"/>
        <source>User: {user}
Passphrase: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="189"/>
        <source>Open &amp;demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="208"/>
        <source>Creating {count} invented cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="209"/>
        <source>Opening the demo vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="234"/>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="256"/>
        <source>Something went wrong ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShelterTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="40"/>
        <source>&amp;Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="41"/>
        <source>&amp;Admitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="42"/>
        <source>&amp;Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="43"/>
        <source>Services &amp;received (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="45"/>
        <source>Re&amp;ferrals (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="46"/>
        <source>Security &amp;measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="51"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="51"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="51"/>
        <source>Voluntary test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="52"/>
        <source>Consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="52"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="62"/>
        <source>Add medical entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="64"/>
        <source>Remove medical entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="71"/>
        <source>Medical care (testing only ever voluntary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="130"/>
        <source>Medical entry: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="68"/>
        <source>Note for the history (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="69"/>
        <source>&amp;Change stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="78"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="78"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="78"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="78"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="87"/>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="95"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="99"/>
        <source>Current stage: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="109"/>
        <source>Stage: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="140"/>
        <source>The case cannot move to {stage} yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="149"/>
        <source>Moved to {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="32"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="39"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="43"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="48"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="48"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="48"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="49"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="76"/>
        <source>Looking for what needs action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="83"/>
        <source>The list could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="92"/>
        <source>%n item(s) need action</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="93"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="105"/>
        <source>Record a supervisor&apos;s decision on the risk finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="59"/>
        <source>Itinerary (local times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="65"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="66"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="67"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="68"/>
        <source>Departs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="69"/>
        <source>Arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="70"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="71"/>
        <source>Escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="81"/>
        <source>Add leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="82"/>
        <source>Edit leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="83"/>
        <source>Remove leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="101"/>
        <source>Arrival and travel grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="105"/>
        <source>e.g. KH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="112"/>
        <source>Destination country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="113"/>
        <source>Met on arrival by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="114"/>
        <source>Transit assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="115"/>
        <source>Travel grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="116"/>
        <source>Grant details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="117"/>
        <source>Save arrival and grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="156"/>
        <source>No travel warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="158"/>
        <source>No legs yet: add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultAdminBox</name>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="28"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="30"/>
        <source>&amp;Back up to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="37"/>
        <source>&amp;Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="45"/>
        <source>An encrypted copy; it opens with the same passphrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="49"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="50"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="51"/>
        <source>Repeat new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="56"/>
        <source>Choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="62"/>
        <source>Writing the encrypted backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="68"/>
        <source>Backup written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="75"/>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="78"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="83"/>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="103"/>
        <source>That did not work; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casetabs</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="40"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="41"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="42"/>
        <source>Shelter &amp; care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="43"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="44"/>
        <source>Stage &amp; history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="70"/>
        <source>This tab could not be opened ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/__init__.py" line="16"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/__init__.py" line="23"/>
        <source>Reintegration plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/__init__.py" line="24"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="11"/>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="13"/>
        <source>Pre-departure checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="15"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="16"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="11"/>
        <source>The person understands and consents to every departure procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="14"/>
        <source>A safe place to stay on arrival, at least temporary, has been agreed with the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="18"/>
        <source>Every legal, administrative, identity and travel document is in hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="21"/>
        <source>Service referrals and follow-up care have been explained and given to the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="25"/>
        <source>Documents and security information have been sent to the receiving organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="29"/>
        <source>Travel and services through partners in transit or at home are confirmed in advance, and the recommendations were sent and received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="34"/>
        <source>The person holds copies of their own documents (medical care, case progress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="38"/>
        <source>The person has been told every step of departure, transport and follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="46"/>
        <source>Told their rights, options and the rules of return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="49"/>
        <source>Given the phone number of the receiving organisation and a named contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="53"/>
        <source>Told about the travel grant, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="56"/>
        <source>Told that alcohol is not allowed on the journey, especially with medication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="59"/>
        <source>Told what help is realistically available at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="62"/>
        <source>Told that the final reintegration plan is made by the receiving side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="65"/>
        <source>Given contact details of NGOs, lawyers, social welfare and a law-enforcement office at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="70"/>
        <source>Asked whether they want to be met by a local NGO on arrival.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>consent_effects</name>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="15"/>
        <source>Return cannot be marked ready and the person cannot depart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="18"/>
        <source>The checklist tick &apos;consents to every departure procedure&apos; is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="24"/>
        <source>Nothing more may be shared with the receiving organisation; departure is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="30"/>
        <source>The embassy may not be contacted; no travel-document request letter can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="36"/>
        <source>Letters to the embassy no longer mention trafficking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="41"/>
        <source>The person is no longer to be met on arrival by an NGO.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="105"/>
        <source>Line {line}: the column &apos;{column}&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="113"/>
        <source>Line {line}: unknown type &apos;{value}&apos;; use one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="123"/>
        <source>Line {line}: the country must be a two-letter ISO code such as KH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="134"/>
        <source>Line {line}: the date last verified must look like 2026-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="141"/>
        <source>Line {line}: is_example must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="163"/>
        <source>Line {line}: the column &apos;{column}&apos; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="178"/>
        <source>The file has no header row with the columns name, type and country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="194"/>
        <source>Line {line}: more cells than columns (a comma inside an unquoted cell?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="210"/>
        <source>Line {line}: the id is already used on line {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="149"/>
        <source>Line {line}: this id belongs to another record; clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="35"/>
        <source>Directory entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="51"/>
        <source>km; en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="54"/>
        <source>shelter; legal aid; counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="56"/>
        <source>Verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="66"/>
        <source>Still an example (not a real, checked organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="74"/>
        <source>⚠ This is an example entry: replace its name and details with a real organisation you have checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="87"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="88"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="89"/>
        <source>Country (ISO 2 letters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="90"/>
        <source>Region or province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="91"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="92"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="93"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="94"/>
        <source>Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="95"/>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="96"/>
        <source>Services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="99"/>
        <source>Last verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="100"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="138"/>
        <source>The country must be a two-letter code such as KH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="165"/>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="171"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="166"/>
        <source>An entry needs at least a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="33"/>
        <source>Import the directory from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="44"/>
        <source>⚠ {refused} row(s) are refused. Nothing will be imported until the file is corrected ({new} new and {updated} updated entries are otherwise ready).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="53"/>
        <source>The file holds no directory entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="57"/>
        <source>Ready: {new} new and {updated} updated entries. Entries without a recent verification date will be flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="67"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="68"/>
        <source>Why it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="85"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="10"/>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="11"/>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="12"/>
        <source>Social welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="13"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="14"/>
        <source>Law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="15"/>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="16"/>
        <source>Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="31"/>
        <source>Example: not a real entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="33"/>
        <source>Never verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="36"/>
        <source>To verify (last {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="37"/>
        <source>✓ Verified {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>embassy</name>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="78"/>
        <source>The person&apos;s nationality is not recorded, so no embassy can be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="81"/>
        <source>The requesting organisation&apos;s name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="86"/>
        <source>The organisation name or the document named would reveal the person&apos;s situation to the embassy; give a neutral name for the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="82"/>
        <source>The letter would reveal the person&apos;s situation to the embassy without their consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="22"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="23"/>
        <source>Shelter and care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="24"/>
        <source>Return preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="25"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="26"/>
        <source>Reintegration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="27"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="28"/>
        <location filename="../rrr_desktop/ui/labels.py" line="72"/>
        <source>Testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="29"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="30"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="31"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="32"/>
        <location filename="../rrr_desktop/ui/labels.py" line="39"/>
        <location filename="../rrr_desktop/ui/labels.py" line="53"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="33"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="34"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="35"/>
        <source>Labour inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="36"/>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="37"/>
        <source>Self-referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="38"/>
        <source>Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="40"/>
        <source>Identified victim of trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="43"/>
        <source>Deported migrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="44"/>
        <source>Returned on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="45"/>
        <source>Domestic work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="46"/>
        <source>Sexual exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="47"/>
        <source>Plantation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="48"/>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="49"/>
        <source>Forced begging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="50"/>
        <source>Restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="51"/>
        <source>Fishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="52"/>
        <source>Factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="54"/>
        <source>No asylum application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="55"/>
        <source>Wishes to apply for asylum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="56"/>
        <source>Asylum procedure pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="57"/>
        <source>Asylum decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="58"/>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="59"/>
        <source>Processing of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="60"/>
        <source>Sharing with the receiving organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="63"/>
        <source>Contact with the embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="64"/>
        <source>Telling the embassy about the trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="67"/>
        <source>Family tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="68"/>
        <source>Medical examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="69"/>
        <source>Reintegration services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="70"/>
        <source>Being met on arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="71"/>
        <source>Voluntary return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="73"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="74"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="75"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="76"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="77"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="78"/>
        <source>Verbal, with a witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="79"/>
        <source>By the guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="80"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="81"/>
        <source>Vital interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="82"/>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="8"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="9"/>
        <source>Their reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="10"/>
        <source>Earlier references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="11"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="12"/>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="13"/>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="14"/>
        <source>Also assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="15"/>
        <source>Receiving organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="16"/>
        <source>Name on printouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="17"/>
        <source>Asylum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="18"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="19"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="20"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="21"/>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="22"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="23"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="24"/>
        <source>Estimated age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="25"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="26"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="27"/>
        <source>The person&apos;s wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="28"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="29"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="30"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="31"/>
        <source>Intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="32"/>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="33"/>
        <source>Region of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="34"/>
        <source>First needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="35"/>
        <source>Screening notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="36"/>
        <source>Form of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="37"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="38"/>
        <source>Shelter and care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="39"/>
        <source>Medical services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="40"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="41"/>
        <source>Risk assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="42"/>
        <source>Supervisor overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="43"/>
        <source>Pre-departure checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="44"/>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="45"/>
        <source>Travel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="46"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="47"/>
        <source>Journey legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="48"/>
        <source>Messages between organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="49"/>
        <source>Reintegration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="50"/>
        <source>Reintegration plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="51"/>
        <source>Follow-up visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="52"/>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="53"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="55"/>
        <source>{list}: entry kept or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="56"/>
        <source>{list}: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="57"/>
        <source>{list}: one entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>followup</name>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="41"/>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="42"/>
        <source>Family and social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="43"/>
        <source>Employment and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="44"/>
        <source>Medical and psychosocial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="47"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="52"/>
        <source>Contact with a recruiter, broker or former exploiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="55"/>
        <source>An offer of work abroad or in another town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="56"/>
        <source>New or growing debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="57"/>
        <source>Family pressure to earn money or migrate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="60"/>
        <source>Threats or intimidation from traffickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="61"/>
        <source>Identity documents held by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="62"/>
        <source>Unexplained money or gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="63"/>
        <source>Plans to leave without telling anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="64"/>
        <source>Isolation, alcohol or drug use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="65"/>
        <source>Dropped out of training, school or work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="19"/>
        <source>Reintegrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="20"/>
        <source>Declined further assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="21"/>
        <source>Lost contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="22"/>
        <source>Moved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="23"/>
        <source>Transferred to another organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="24"/>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="29"/>
        <source>Fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="30"/>
        <source>Fam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="31"/>
        <source>Emp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="32"/>
        <source>Med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="33"/>
        <source>Leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="30"/>
        <source>Score trend per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="44"/>
        <source>no score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="46"/>
        <source>improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="47"/>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="48"/>
        <source>steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="50"/>
        <source>{score}/5, {trend}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gates</name>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="46"/>
        <source>The person has not consented to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="54"/>
        <source>No security (risk) assessment has been made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="63"/>
        <source>The risk assessment found reasonable suspicion of harm; a supervisor must record an override with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="75"/>
        <source>A child needs a recorded guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="94"/>
        <source>{count} of 8 pre-departure conditions are not yet met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="102"/>
        <source>No travel itinerary has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="110"/>
        <location filename="../rrr_desktop/domain/gates.py" line="161"/>
        <source>The person has not consented to share the case with {org}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="127"/>
        <source>An asylum procedure is pending: the embassy must not be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="136"/>
        <source>The person wishes to apply for asylum: the embassy must not be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="146"/>
        <source>The person has not consented to contact with the embassy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="179"/>
        <source>A child returns to family only after a family assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="188"/>
        <source>The family assessment found neglect or abuse: choose family-based alternative care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="201"/>
        <source>Closing a case needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="216"/>
        <source>The person has not consented to receive assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="227"/>
        <source>The person has not consented to reintegration services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="239"/>
        <source>Testimony only with the person&apos;s full, recorded agreement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <location filename="../rrr_desktop/domain/handoff_rules.py" line="87"/>
        <source>never shared outside the organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="32"/>
        <source>Case created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="33"/>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="34"/>
        <source>Case edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="35"/>
        <source>Last edit undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="36"/>
        <source>Stage changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="37"/>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="49"/>
        <source>Sections: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="27"/>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="28"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="29"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="30"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="31"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="32"/>
        <source>Age at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="33"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="34"/>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="35"/>
        <source>Sector of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="36"/>
        <source>Country of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="37"/>
        <source>Intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="38"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="39"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="47"/>
        <source>The given name in column {column} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="49"/>
        <source>The intake date in column {column} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="51"/>
        <source>The date in column {column} is not a date; use 2024-03-31 or 31/03/2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="53"/>
        <source>The date in column {column} could be day/month or month/day; write 2024-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="55"/>
        <source>The date in column {column} has a two-digit year; write all four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="57"/>
        <source>The date in column {column} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="58"/>
        <source>The date of birth is after the intake date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="60"/>
        <source>The age in column {column} is not a whole number of years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="62"/>
        <source>The age in column {column} is not between 0 and 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="64"/>
        <source>The age and the date of birth disagree by more than a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="66"/>
        <source>The sex in column {column} is not recognised; use M, F or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="68"/>
        <source>The exploitation sector in column {column} is not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="70"/>
        <source>The country in column {column} is not a recognised country or two-letter code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="72"/>
        <source>The stage in column {column} is not one of the case stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="74"/>
        <source>The reference in column {column} does not look like KH-2026-00042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="76"/>
        <source>The reference in column {column} appears on more than one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="78"/>
        <source>The reference in column {column} already belongs to a case in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="80"/>
        <source>The text in column {column} is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="78"/>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="23"/>
        <source>Request for assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="24"/>
        <source>Confirmation of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="27"/>
        <source>Reintegration assistance request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="30"/>
        <source>Reintegration assistance confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="33"/>
        <source>Post-departure confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="36"/>
        <source>Arrival confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>next</name>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="16"/>
        <source>Record consent to assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="17"/>
        <source>Make the risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="18"/>
        <source>Complete the pre-departure checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="19"/>
        <source>Plan the travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="20"/>
        <source>Awaiting an answer from the partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="23"/>
        <source>Draw up the reintegration plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="24"/>
        <source>Follow-up visit due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="25"/>
        <source>Follow-up visit overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../rrr_desktop/ui/directory/__init__.py" line="16"/>
        <location filename="../rrr_desktop/ui/workspace.py" line="35"/>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/__init__.py" line="16"/>
        <location filename="../rrr_desktop/ui/workspace.py" line="39"/>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/__init__.py" line="16"/>
        <location filename="../rrr_desktop/ui/workspace.py" line="44"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="36"/>
        <source>The directory of partner organisations is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="40"/>
        <source>Handing cases over to another organisation is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="45"/>
        <source>Reports are not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="115"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="116"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="117"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="167"/>
        <source>This page could not be opened ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/common.py" line="81"/>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../rrr_desktop/ui/passphrase.py" line="7"/>
        <source>Too short: use at least 10 characters, best a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/passphrase.py" line="10"/>
        <source>Weak: add another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/passphrase.py" line="11"/>
        <source>Fair: longer is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/passphrase.py" line="12"/>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/passphrase.py" line="13"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="23"/>
        <source>Home to family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="24"/>
        <source>Another community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="25"/>
        <source>Independent living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="26"/>
        <source>Stay in the destination country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="29"/>
        <source>A third country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="30"/>
        <source>Family-based alternative care (child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="36"/>
        <source>Family mediation and reunification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="37"/>
        <source>Medical and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="38"/>
        <source>Financial (reinstallation grant, dependants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="41"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="42"/>
        <source>Education, vocational training, apprenticeship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="45"/>
        <source>Income generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="46"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="47"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="48"/>
        <source>Counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="52"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="53"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="54"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="55"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="84"/>
        <source>Family-based alternative care is an option for children only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="93"/>
        <source>A child cannot be placed in independent living.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="116"/>
        <source>Write down the person&apos;s own wishes, in their words, beside the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="124"/>
        <source>Choose where the person will live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="132"/>
        <source>The component &apos;{kind}&apos; has no goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="141"/>
        <source>An action of the component &apos;{kind}&apos; has no description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="49"/>
        <source>{icon} not verified in 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="67"/>
        <source>Pick an organisation from the directory or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="82"/>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="103"/>
        <source>Add a plan component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="121"/>
        <source>Component:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="122"/>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="123"/>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="159"/>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="125"/>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="152"/>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="158"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="34"/>
        <source>Save the plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="36"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="73"/>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="75"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="80"/>
        <source>Saved {file} ({pages} pages).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reintegration</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="84"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../rrr_desktop/printing/charts.py" line="34"/>
        <source>Dashed outline: hidden counts (disclosure control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="52"/>
        <source>Persons assisted by {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="54"/>
        <source>{rows} by {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="61"/>
        <source>Period (intake date): all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="62"/>
        <source>first case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="64"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="65"/>
        <source>Period (intake date): {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="73"/>
        <source>Programme: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="76"/>
        <source>Programme: all programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="78"/>
        <source>Disclosure control: counts below {n} hidden, with counts that would reveal them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="83"/>
        <source>Disclosure control: none (for internal use only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="85"/>
        <source>Generated: {when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="87"/>
        <source>Cases counted: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="206"/>
        <source>Persons assisted: statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="256"/>
        <source>Statistics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="275"/>
        <source>{org} - statistics - page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="13"/>
        <source>&lt;{n}: fewer than {n} persons, hidden to protect them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="15"/>
        <source>x: hidden so that a small number cannot be worked out from the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="17"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="18"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="17"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="18"/>
        <source>Age group at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="19"/>
        <source>Sector of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="20"/>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="21"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="22"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="23"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="24"/>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="29"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="32"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="33"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="34"/>
        <location filename="../rrr_desktop/reports/fields.py" line="52"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="35"/>
        <location filename="../rrr_desktop/reports/fields.py" line="41"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="38"/>
        <source>Infant (under 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="39"/>
        <source>Child (1-17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="40"/>
        <source>Adult (18+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="44"/>
        <source>Domestic work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="45"/>
        <source>Sex work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="46"/>
        <source>Plantation, agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="47"/>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="48"/>
        <source>Begging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="49"/>
        <source>Restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="50"/>
        <source>Fishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="51"/>
        <source>Factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="55"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="56"/>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="57"/>
        <source>Return preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="58"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="59"/>
        <source>Reintegration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="60"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="61"/>
        <source>Testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="62"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/tables.py" line="19"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>returnprep</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="47"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="65"/>
        <source>{user}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/common.py" line="39"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="23"/>
        <source>Air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="24"/>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="25"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="26"/>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="27"/>
        <source>Boat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="28"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="35"/>
        <source>No known risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="36"/>
        <source>Risk, with mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="37"/>
        <source>Reasonable suspicion of harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="40"/>
        <source>Risk: return despite suspicion of harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="41"/>
        <source>Checklist: depart before all 8 conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="43"/>
        <source>No travel grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="44"/>
        <source>In kind (meals, booked accommodation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="45"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="22"/>
        <source>Initial causes of trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="23"/>
        <source>Socio-economic situation of the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="26"/>
        <source>Attitudes of the family and community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="29"/>
        <source>Criminal or civil sanctions on return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="30"/>
        <source>State of infrastructure in the country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="33"/>
        <source>Functioning witness protection programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="34"/>
        <source>Medical, psychological and legal services available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="37"/>
        <source>Training and education to reduce the risk of re-victimisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="20"/>
        <source>Follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="21"/>
        <source>Message awaiting an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="22"/>
        <source>Checklist blocks departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="23"/>
        <source>Supervisor approval needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travel</name>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="82"/>
        <source>A leg needs a place of departure and of arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="91"/>
        <source>Give both times of a leg with a UTC offset, or both without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="102"/>
        <source>The leg from {origin} arrives before it departs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="119"/>
        <source>The leg to {destination} is followed by a leg from {origin}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="134"/>
        <source>The leg from {origin} leaves before the previous leg arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="169"/>
        <source>The journey was planned to start on {date}, which has passed: update the itinerary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="184"/>
        <source>Travel by bus from {origin}: air travel is more predictable and safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="197"/>
        <source>Travel by train from {origin}: air travel is more predictable and safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="211"/>
        <source>{count} transit points: use as few as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="231"/>
        <source>Arrival on {date}, a public holiday ({holiday}): offices may be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="245"/>
        <source>Arrival on {date}, a weekend day: arrive on a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="257"/>
        <source>Arrival at {time} local time: arrive as early in the day as possible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="30"/>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="31"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="32"/>
        <source>The number is too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="33"/>
        <source>The number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="34"/>
        <source>This is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
