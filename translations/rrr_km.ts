<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="49"/>
        <source>Add a user</source>
        <translation>បន្ថែមអ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="61"/>
        <source>Give the first passphrase to the person in private; they change it with Settings → Vault → Change my passphrase.</source>
        <translation>សូមផ្តល់ឃ្លាសម្ងាត់ដំបូងទៅបុគ្គលនោះដោយឯកជន៖ គាត់អាចប្តូរវាតាមរយៈ ការកំណត់ → ឃ្លាំងសុវត្ថិភាព → ប្តូរឃ្លាសម្ងាត់របស់ខ្ញុំ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="73"/>
        <source>&amp;User name</source>
        <translation>ឈ្មោះអ្នកប្រើ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="74"/>
        <source>&amp;Name shown</source>
        <translation>ឈ្មោះដែលបង្ហាញ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="75"/>
        <source>&amp;Role</source>
        <translation>តួនាទី(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="76"/>
        <source>First &amp;passphrase</source>
        <translation>ឃ្លាសម្ងាត់ដំបូង(&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="77"/>
        <source>Repeat the passphrase</source>
        <translation>បញ្ចូលឃ្លាសម្ងាត់ម្តងទៀត</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="281"/>
        <source>Import</source>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="287"/>
        <source>Import now</source>
        <translation>នាំចូលឥឡូវនេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="301"/>
        <source>{n} new cases will be created, all at once: if anything goes wrong, none is.</source>
        <translation>ករណីថ្មីចំនួន {n} នឹងត្រូវបង្កើតក្នុងពេលតែមួយ៖ ប្រសិនបើមានបញ្ហាណាមួយកើតឡើង នឹងគ្មានករណីណាមួយត្រូវបានបង្កើតទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="325"/>
        <source>Imported {n} cases.</source>
        <translation>បាននាំចូលករណីចំនួន {n}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="335"/>
        <source>The import failed; nothing was imported.</source>
        <translation>ការនាំចូលបរាជ័យ៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="55"/>
        <source>Assessment</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="59"/>
        <source>Save the assessment</source>
        <translation>រក្សាទុកការវាយតម្លៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="62"/>
        <source>The person: strengths, needs, health, skills</source>
        <translation>អ្នកទទួលជំនួយ៖ ចំណុចខ្លាំង តម្រូវការ សុខភាព ជំនាញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="63"/>
        <source>What they return to: family, community, safety</source>
        <translation>អ្វីដែលពួកគេនឹងវិលត្រឡប់ទៅរក៖ គ្រួសារ សហគមន៍ សុវត្ថិភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="71"/>
        <source>Family assessment (child)</source>
        <translation>ការវាយតម្លៃគ្រួសារ (កុមារ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="74"/>
        <source>No neglect or abuse found</source>
        <translation>មិនបានរកឃើញការធ្វេសប្រហែស ឬការរំលោភបំពានទេ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="75"/>
        <source>Neglect or abuse found</source>
        <translation>បានរកឃើញការធ្វេសប្រហែស ឬការរំលោភបំពាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="80"/>
        <source>Record the family assessment</source>
        <translation>កត់ត្រាការវាយតម្លៃគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="95"/>
        <source>Assessed on {on} by {by}.</source>
        <translation>បានវាយតម្លៃនៅថ្ងៃទី {on} ដោយ {by}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="97"/>
        <source>Not assessed yet.</source>
        <translation>មិនទាន់បានវាយតម្លៃនៅឡើយទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="104"/>
        <source>⚠ No family assessment yet: the child cannot go home to the family until one finds no neglect or abuse.</source>
        <translation>⚠ មិនទាន់មានការវាយតម្លៃគ្រួសារនៅឡើយទេ៖ កុមារមិនអាចត្រឡប់ទៅរស់នៅជាមួយគ្រួសារបានទេ រហូតដល់មានការវាយតម្លៃមួយដែលមិនរកឃើញការធ្វេសប្រហែស ឬការរំលោភបំពាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="110"/>
        <source>neglect or abuse found</source>
        <translation>បានរកឃើញការធ្វេសប្រហែស ឬការរំលោភបំពាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="112"/>
        <source>no neglect or abuse found</source>
        <translation>មិនបានរកឃើញការធ្វេសប្រហែស ឬការរំលោភបំពានទេ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="115"/>
        <source>Assessed on {on} by {by}: {found}.</source>
        <translation>បានវាយតម្លៃនៅថ្ងៃទី {on} ដោយ {by}៖ {found}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="128"/>
        <source>Say whether neglect or abuse was found.</source>
        <translation>សូមបញ្ជាក់ថា តើបានរកឃើញការធ្វេសប្រហែស ឬការរំលោភបំពានដែរឬទេ។</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/viewer.py" line="148"/>
        <source>Shown here: the first {shown} of {total} pages; use &quot;Save a copy&quot; to read the rest.</source>
        <translation>បង្ហាញនៅទីនេះ៖ {shown} ទំព័រដំបូងក្នុងចំណោម {total} ទំព័រ។ សូមប្រើ «រក្សាទុកច្បាប់ចម្លង» ដើម្បីអានផ្នែកដែលនៅសល់។</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="60"/>
        <source>Audit log</source>
        <translation>កំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="61"/>
        <source>Transfers</source>
        <translation>ការផ្ទេរទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="70"/>
        <source>a case reference</source>
        <translation>លេខយោងករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="72"/>
        <source>e.g. case.print</source>
        <translation>ឧ. case.print</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="73"/>
        <source>Only between</source>
        <translation>តែក្នុងចន្លោះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="82"/>
        <source>&amp;User</source>
        <translation>អ្នកប្រើ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="83"/>
        <source>&amp;Case</source>
        <translation>ករណី(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="84"/>
        <source>&amp;Action</source>
        <translation>សកម្មភាព(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="88"/>
        <source>and</source>
        <translation>និង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="91"/>
        <source>Dates</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="92"/>
        <source>&amp;Search</source>
        <translation>ស្វែងរក(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="94"/>
        <source>&amp;Export CSV…</source>
        <translation>នាំចេញ CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="96"/>
        <source>&amp;Verify the chain</source>
        <translation>ផ្ទៀងផ្ទាត់ខ្សែសង្វាក់(&amp;V)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="39"/>
        <source>Referral</source>
        <translation>ការបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="40"/>
        <source>Status report</source>
        <translation>របាយការណ៍ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="41"/>
        <source>Sync</source>
        <translation>សមកាលកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="52"/>
        <source>Only supervisors can read the audit log.</source>
        <translation>មានតែអ្នកត្រួតពិនិត្យប៉ុណ្ណោះ ដែលអាចអានកំណត់ហេតុសវនកម្មបាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="98"/>
        <source>Write a chec&amp;kpoint…</source>
        <translation>សរសេរចំណុចត្រួតពិនិត្យ(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="100"/>
        <source>C&amp;heck against a checkpoint…</source>
        <translation>ផ្ទៀងផ្ទាត់ធៀបនឹងចំណុចត្រួតពិនិត្យ(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>No.</source>
        <translation>លេខរៀង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <location filename="../rrr_desktop/ui/audit/page.py" line="279"/>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>User</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>What</source>
        <translation>អ្វីដែលបានធ្វើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/audit/page.py" line="188"/>
        <source>%n entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>បង្ហាញធាតុចំនួន %n តម្រៀបពីថ្មីបំផុតទៅចាស់បំផុត។</numerusform>
            <numerusform>បង្ហាញធាតុចំនួន %n តម្រៀបពីថ្មីបំផុតទៅចាស់បំផុត។</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="199"/>
        <source>Export the audit log</source>
        <translation>នាំចេញកំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="199"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/audit/page.py" line="208"/>
        <source>%n entry(ies) written.</source>
        <translation>
            <numerusform>បានសរសេរធាតុចំនួន %n។</numerusform>
            <numerusform>បានសរសេរធាតុចំនួន %n។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/audit/page.py" line="219"/>
        <source>The chain is intact: %n entry(ies).</source>
        <translation>
            <numerusform>ខ្សែសង្វាក់នៅល្អដដែល (គ្មានការកែប្រែ)៖ ធាតុចំនួន %n។</numerusform>
            <numerusform>ខ្សែសង្វាក់នៅល្អដដែល (គ្មានការកែប្រែ)៖ ធាតុចំនួន %n។</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="222"/>
        <source>The audit log was changed: {problems}</source>
        <translation>កំណត់ហេតុសវនកម្មត្រូវបានកែប្រែ៖ {problems}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="230"/>
        <source>Write an audit checkpoint</source>
        <translation>សរសេរចំណុចត្រួតពិនិត្យសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="232"/>
        <location filename="../rrr_desktop/ui/audit/page.py" line="249"/>
        <source>Checkpoint (*.json)</source>
        <translation>ចំណុចត្រួតពិនិត្យ (*.json)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="242"/>
        <source>Checkpoint of entry {seq} written. Keep a copy away from this laptop.</source>
        <translation>បានសរសេរចំណុចត្រួតពិនិត្យនៃធាតុលេខ {seq}។ សូមរក្សាទុកច្បាប់ចម្លងមួយនៅកន្លែងផ្សេង ក្រៅពីកុំព្យូទ័រយួរដៃនេះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="249"/>
        <source>Check against a checkpoint</source>
        <translation>ផ្ទៀងផ្ទាត់ធៀបនឹងចំណុចត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="260"/>
        <source>The log agrees with the checkpoint of entry {seq}.</source>
        <translation>កំណត់ហេតុត្រូវគ្នានឹងចំណុចត្រួតពិនិត្យនៃធាតុលេខ {seq}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="266"/>
        <source>The log does not match the checkpoint: {problems}</source>
        <translation>កំណត់ហេតុមិនត្រូវគ្នានឹងចំណុចត្រួតពិនិត្យទេ៖ {problems}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="280"/>
        <source>Direction</source>
        <translation>ទិស (ចេញ/ចូល)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="281"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="282"/>
        <source>Organisation</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="283"/>
        <source>Case</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="284"/>
        <source>Purpose and basis</source>
        <translation>គោលបំណង និងមូលដ្ឋានច្បាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="285"/>
        <source>Fields</source>
        <translation>វាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="296"/>
        <source>Received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="296"/>
        <source>Sent</source>
        <translation>បានផ្ញើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="309"/>
        <source>Every case sent to or received from another organisation. Prints and exports are in the audit log (actions case.print, report.export, audit.export).</source>
        <translation>ករណីទាំងអស់ដែលបានផ្ញើទៅ ឬទទួលពីអង្គការផ្សេង។ ការបោះពុម្ព និងការនាំចេញ មាននៅក្នុងកំណត់ហេតុសវនកម្ម (សកម្មភាព case.print, report.export, audit.export)។</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="138"/>
        <source>&amp;Save</source>
        <translation>រក្សាទុក(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="140"/>
        <source>&amp;Revert changes</source>
        <translation>បោះបង់ការផ្លាស់ប្តូរ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="142"/>
        <source>&amp;Undo last save</source>
        <translation>ត្រឡប់ការរក្សាទុកចុងក្រោយវិញ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="147"/>
        <source>Save (Ctrl+S) keeps what you type in {tabs}; the other tabs save each action as you make it.</source>
        <translation>“រក្សាទុក” (Ctrl+S) រក្សាទុកអ្វីដែលអ្នកវាយបញ្ចូលក្នុងផ្ទាំង {tabs}៖ ផ្ទាំងផ្សេងទៀតរក្សាទុកសកម្មភាពនីមួយៗភ្លាមៗ នៅពេលអ្នកធ្វើវា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="276"/>
        <source>{stage} · age {age} · caseworker {worker}</source>
        <translation>{stage} · អាយុ {age} · បុគ្គលិកទទួលបន្ទុកករណី {worker}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="282"/>
        <source>their reference {ref}</source>
        <translation>លេខយោងរបស់ពួកគេ {ref}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="286"/>
        <source>earlier {refs}</source>
        <translation>មុននេះ {refs}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="353"/>
        <source>Your unsaved changes from before the lock were kept. Check them, then save.</source>
        <translation>ការផ្លាស់ប្តូរដែលមិនទាន់រក្សាទុកមុនពេលចាក់សោ ត្រូវបានរក្សាទុក។ សូមពិនិត្យមើល រួចរក្សាទុក។</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/casefile/view.py" line="381"/>
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>មានវាលចំនួន %n ត្រូវការការពិនិត្យមុនពេលរក្សាទុក។</numerusform>
            <numerusform>មានវាលចំនួន %n ត្រូវការការពិនិត្យមុនពេលរក្សាទុក។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/casefile/view.py" line="413"/>
        <source>Saved. %n field(s) were also changed elsewhere meanwhile: both values are kept; choose one in Handoff → Conflicts.</source>
        <translation>
            <numerusform>បានរក្សាទុក។ ក្នុងអំឡុងពេលនោះ វាលចំនួន %n ក៏ត្រូវបានផ្លាស់ប្តូរនៅកន្លែងផ្សេងដែរ៖ តម្លៃទាំងពីរត្រូវបានរក្សាទុក។ សូមជ្រើសរើសតម្លៃមួយនៅក្នុង ការប្រគល់បន្ត → ភាពមិនស៊ីគ្នា។</numerusform>
            <numerusform>បានរក្សាទុក។ ក្នុងអំឡុងពេលនោះ វាលចំនួន %n ក៏ត្រូវបានផ្លាស់ប្តូរនៅកន្លែងផ្សេងដែរ៖ តម្លៃទាំងពីរត្រូវបានរក្សាទុក។ សូមជ្រើសរើសតម្លៃមួយនៅក្នុង ការប្រគល់បន្ត → ភាពមិនស៊ីគ្នា។</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="421"/>
        <source>Saved.</source>
        <translation>បានរក្សាទុក។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="428"/>
        <source>Changes discarded.</source>
        <translation>បានបោះបង់ការផ្លាស់ប្តូរ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="437"/>
        <source>The case changed since; the last save cannot be undone.</source>
        <translation>ករណីនេះបានផ្លាស់ប្តូរតាំងពីពេលនោះមក៖ មិនអាចត្រឡប់ការរក្សាទុកចុងក្រោយវិញបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="456"/>
        <source>The last save was undone.</source>
        <translation>ការរក្សាទុកចុងក្រោយត្រូវបានត្រឡប់វិញ។</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="186"/>
        <source>overdue</source>
        <translation>ហួសកាលកំណត់</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="43"/>
        <location filename="../rrr_desktop/ui/case_list.py" line="145"/>
        <source>Search by reference or name (Ctrl+F)</source>
        <translation>ស្វែងរកតាមលេខយោងករណី ឬឈ្មោះ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="53"/>
        <source>All stages</source>
        <translation>គ្រប់ដំណាក់កាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="57"/>
        <source>All origins</source>
        <translation>គ្រប់ប្រទេសកំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="62"/>
        <source>All caseworkers</source>
        <translation>បុគ្គលិកទទួលបន្ទុកករណីទាំងអស់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="68"/>
        <source>&amp;Overdue only</source>
        <translation>តែករណីហួសកាលកំណត់(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="69"/>
        <source>Search the no&amp;tes instead</source>
        <translation>ស្វែងរកក្នុងកំណត់ចំណាំជំនួសវិញ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="72"/>
        <source>Find cases whose notes or contact log hold every word typed</source>
        <translation>ស្វែងរកករណីដែលកំណត់ចំណាំ ឬកំណត់ត្រាទំនាក់ទំនងរបស់វា មានគ្រប់ពាក្យដែលបានវាយបញ្ចូល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="78"/>
        <source>&amp;New case…</source>
        <translation>ករណីថ្មី(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="143"/>
        <source>Words written in the notes (Ctrl+F)</source>
        <translation>ពាក្យដែលបានសរសេរក្នុងកំណត់ចំណាំ (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/case_list.py" line="154"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>ករណីចំនួន %n</numerusform>
            <numerusform>ករណីចំនួន %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="158"/>
        <source>Searching…</source>
        <translation>កំពុងស្វែងរក…</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="36"/>
        <source>Reference</source>
        <translation>លេខយោងករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="37"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="38"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="39"/>
        <source>Age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="40"/>
        <source>Stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="41"/>
        <source>Origin</source>
        <translation>ប្រទេសកំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="42"/>
        <source>Next action</source>
        <translation>សកម្មភាពបន្ទាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="43"/>
        <source>Updated</source>
        <translation>បានធ្វើបច្ចុប្បន្នភាព</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="35"/>
        <source>Case list</source>
        <translation>បញ្ជីករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="73"/>
        <source>Cannot open the case</source>
        <translation>មិនអាចបើកករណីបានទេ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="106"/>
        <source>Unsaved changes</source>
        <translation>ការផ្លាស់ប្តូរមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="107"/>
        <source>Case {reference} has unsaved changes. Save them?</source>
        <translation>ករណី {reference} មានការផ្លាស់ប្តូរដែលមិនទាន់រក្សាទុក។ តើចង់រក្សាទុកឬទេ?</translation>
    </message>
</context>
<context>
    <name>CheckPrintoutDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="28"/>
        <source>Check a printout</source>
        <translation>ពិនិត្យឯកសារបោះពុម្ព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="31"/>
        <source>The code in the footer, e.g. RRR-K7MX-3QAD</source>
        <translation>កូដនៅបាតទំព័រ ឧ. RRR-K7MX-3QAD</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="32"/>
        <source>Code of the printout</source>
        <translation>កូដនៃឯកសារបោះពុម្ព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="33"/>
        <source>&amp;Check the code</source>
        <translation>ពិនិត្យកូដ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="35"/>
        <source>Check a &amp;PDF file…</source>
        <translation>ពិនិត្យឯកសារ PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="54"/>
        <source>Choose the PDF to check</source>
        <translation>ជ្រើសរើសឯកសារ PDF ដែលត្រូវពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="54"/>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="71"/>
        <source>This code was not printed from this vault. Do not rely on the paper or file.</source>
        <translation>កូដនេះមិនត្រូវបានបោះពុម្ពចេញពីឃ្លាំងសុវត្ថិភាពនេះទេ។ កុំពឹងផ្អែកលើក្រដាស ឬឯកសារនេះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="74"/>
        <source>Printed on {when} by {who}.</source>
        <translation>បានបោះពុម្ពនៅ {when} ដោយ {who}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="79"/>
        <source>Case {reference}.</source>
        <translation>ករណី {reference}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="81"/>
        <source>Its signature does not match this installation&apos;s key.</source>
        <translation>ហត្ថលេខារបស់វា មិនត្រូវនឹងកូនសោនៃការដំឡើងនេះទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="84"/>
        <source>This file is not the one that was printed: it was changed afterwards.</source>
        <translation>ឯកសារនេះមិនមែនជាឯកសារដែលបានបោះពុម្ពទេ៖ វាត្រូវបានកែប្រែនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="87"/>
        <source>The file is exactly the one printed.</source>
        <translation>ឯកសារនេះដូចគ្នាបេះបិទនឹងឯកសារដែលបានបោះពុម្ព។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="89"/>
        <source>The case no longer exists here.</source>
        <translation>ករណីនេះលែងមាននៅទីនេះទៀតហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="92"/>
        <source>The case has changed since: print it again before relying on it.</source>
        <translation>ករណីនេះបានផ្លាស់ប្តូរតាំងពីពេលនោះមក៖ សូមបោះពុម្ពវាម្តងទៀត មុនពេលពឹងផ្អែកលើវា។</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="84"/>
        <source>Departure blocked because:</source>
        <translation>ការចាកចេញត្រូវបានរារាំង ដោយសារ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="84"/>
        <source>Nothing blocks departure.</source>
        <translation>គ្មានអ្វីរារាំងការចាកចេញទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="101"/>
        <source>Conditions: all 8 must be met before departure</source>
        <translation>លក្ខខណ្ឌ៖ ត្រូវបំពេញទាំង 8 មុនពេលចាកចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="104"/>
        <source>What the person has been told and given</source>
        <translation>អ្វីដែលបានប្រាប់ និងផ្តល់ជូនអ្នកទទួលជំនួយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="126"/>
        <source>The person&apos;s wish</source>
        <translation>បំណងរបស់អ្នកទទួលជំនួយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="128"/>
        <source>Wants to be met on arrival by a local NGO:</source>
        <translation>ចង់ឱ្យអង្គការមិនមែនរដ្ឋាភិបាលក្នុងតំបន់មកទទួលនៅពេលមកដល់៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="131"/>
        <source>Not asked yet</source>
        <translation>មិនទាន់បានសួរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="132"/>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="133"/>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="140"/>
        <source>Contacts handed over (from the directory)</source>
        <translation>ព័ត៌មានទំនាក់ទំនងដែលបានផ្តល់ជូន (ពីបញ្ជីសេវា)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="149"/>
        <source>Add contact</source>
        <translation>បន្ថែមទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="151"/>
        <source>Remove selected</source>
        <translation>ដកចេញធាតុដែលបានជ្រើស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="175"/>
        <source>A supervisor ({user}, {date}) let the person depart before every condition is met: {reason}</source>
        <translation>អ្នកត្រួតពិនិត្យ ({user}, {date}) បានអនុញ្ញាតឱ្យអ្នកទទួលជំនួយចាកចេញ មុនពេលបំពេញគ្រប់លក្ខខណ្ឌ៖ {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="186"/>
        <source>Removed from the directory ({id})</source>
        <translation>បានដកចេញពីបញ្ជីសេវា ({id})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="190"/>
        <source>(not verified in the last 6 months)</source>
        <translation>(មិនបានផ្ទៀងផ្ទាត់ក្នុងរយៈពេល 6 ខែចុងក្រោយ)</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="33"/>
        <source>(empty, or deleted)</source>
        <translation>(ទទេ ឬត្រូវបានលុប)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="48"/>
        <source>These fields were changed on two laptops that had not seen each other&apos;s change. Nothing was overwritten: choose the value to keep. Your choice goes to the other laptops with the next sync.</source>
        <translation>វាលទាំងនេះត្រូវបានផ្លាស់ប្តូរនៅលើកុំព្យូទ័រយួរដៃពីរ ដែលមិនទាន់បានឃើញការផ្លាស់ប្តូររបស់គ្នាទៅវិញទៅមក។ គ្មានអ្វីត្រូវបានសរសេរជាន់លើទេ៖ សូមជ្រើសរើសតម្លៃដែលត្រូវរក្សាទុក។ ជម្រើសរបស់អ្នកនឹងទៅដល់កុំព្យូទ័រយួរដៃផ្សេងទៀត នៅពេលធ្វើសមកាលកម្មលើកក្រោយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Choice</source>
        <translation>ជម្រើស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Case and field</source>
        <translation>ករណី និងវាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Values</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="79"/>
        <source>No open conflicts.</source>
        <translation>គ្មានភាពមិនស៊ីគ្នាដែលមិនទាន់ដោះស្រាយទេ។</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="82"/>
        <source>%n open conflict(s); the first %1 are shown.</source>
        <translation>
            <numerusform>ភាពមិនស៊ីគ្នាដែលមិនទាន់ដោះស្រាយចំនួន %n៖ បង្ហាញតែ %1 ដំបូង។</numerusform>
            <numerusform>ភាពមិនស៊ីគ្នាដែលមិនទាន់ដោះស្រាយចំនួន %n៖ បង្ហាញតែ %1 ដំបូង។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="87"/>
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>ភាពមិនស៊ីគ្នាដែលមិនទាន់ដោះស្រាយចំនួន %n។</numerusform>
            <numerusform>ភាពមិនស៊ីគ្នាដែលមិនទាន់ដោះស្រាយចំនួន %n។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="93"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>វាលចំនួន %n</numerusform>
            <numerusform>វាលចំនួន %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="94"/>
        <source>Take theirs for this whole case</source>
        <translation>យកតម្លៃរបស់ពួកគេសម្រាប់ករណីនេះទាំងមូល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="103"/>
        <source>A field here holds only values written on this laptop: choose on its own line.</source>
        <translation>វាលមួយនៅទីនេះមានតែតម្លៃដែលបានសរសេរនៅលើកុំព្យូទ័រយួរដៃនេះ៖ សូមជ្រើសរើសនៅលើបន្ទាត់របស់វា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="138"/>
        <source>Keep ours</source>
        <translation>រក្សាតម្លៃរបស់យើង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="138"/>
        <source>Take theirs</source>
        <translation>យកតម្លៃរបស់ពួកគេ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="141"/>
        <source>Keep %1</source>
        <translation>រក្សាតម្លៃទី %1</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="144"/>
        <source>New value...</source>
        <translation>តម្លៃថ្មី...</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="153"/>
        <source>this laptop</source>
        <translation>កុំព្យូទ័រយួរដៃនេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="155"/>
        <source>laptop %1</source>
        <translation>កុំព្យូទ័រយួរដៃ %1</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="158"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="166"/>
        <source>New value</source>
        <translation>តម្លៃថ្មី</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="104"/>
        <source>Purpose</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="68"/>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <source>Since</source>
        <translation>តាំងពី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="111"/>
        <source>Scope</source>
        <translation>វិសាលភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="67"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="106"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="69"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="107"/>
        <source>How</source>
        <translation>របៀប</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="70"/>
        <source>Basis</source>
        <translation>មូលដ្ឋាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="71"/>
        <source>Recorded by</source>
        <translation>កត់ត្រាដោយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="72"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="112"/>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="80"/>
        <source>Record what the person said</source>
        <translation>កត់ត្រាអ្វីដែលអ្នកទទួលជំនួយបាននិយាយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="92"/>
        <source>language it was explained in, e.g. km</source>
        <translation>ភាសាដែលបានប្រើដើម្បីពន្យល់ ឧ. km</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="95"/>
        <source>e.g. the named receiving organisation</source>
        <translation>ឧ. ឈ្មោះអង្គការទទួល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="97"/>
        <source>&amp;Record consent</source>
        <translation>កត់ត្រាការយល់ព្រម(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="99"/>
        <source>&amp;Withdraw selected purpose</source>
        <translation>ដកការយល់ព្រមវិញសម្រាប់គោលបំណងដែលបានជ្រើស(&amp;W)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="105"/>
        <source>Answer</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="108"/>
        <source>Legal basis</source>
        <translation>មូលដ្ឋានច្បាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="109"/>
        <source>Explained in</source>
        <translation>ពន្យល់ជាភាសា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="110"/>
        <source>Witness</source>
        <translation>សាក្សី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="122"/>
        <source>Consent in force, per purpose</source>
        <translation>ការយល់ព្រមដែលកំពុងមានសុពលភាព តាមគោលបំណងនីមួយៗ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="124"/>
        <source>History of the selected purpose</source>
        <translation>ប្រវត្តិនៃគោលបំណងដែលបានជ្រើស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="195"/>
        <source>Recorded: {purpose} — {state}.</source>
        <translation>បានកត់ត្រា៖ {purpose} — {state}។</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="55"/>
        <source>All types</source>
        <translation>គ្រប់ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="59"/>
        <source>Name, contact or note</source>
        <translation>ឈ្មោះ ទំនាក់ទំនង ឬកំណត់សម្គាល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="61"/>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="64"/>
        <source>Service</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="66"/>
        <source>Only entries to verify</source>
        <translation>តែធាតុដែលត្រូវផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="87"/>
        <source>Verification</source>
        <translation>ការផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="88"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="89"/>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="90"/>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="91"/>
        <source>Region</source>
        <translation>តំបន់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="92"/>
        <source>Languages</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="93"/>
        <source>Services</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="94"/>
        <source>Contact</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="111"/>
        <source>Add…</source>
        <translation>បន្ថែម…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="112"/>
        <source>Edit…</source>
        <translation>កែសម្រួល…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="113"/>
        <source>Mark as verified today</source>
        <translation>សម្គាល់ថាបានផ្ទៀងផ្ទាត់ថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="114"/>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="115"/>
        <source>Import CSV…</source>
        <translation>នាំចូល CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="116"/>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="117"/>
        <source>Add the starter examples</source>
        <translation>បន្ថែមឧទាហរណ៍ចាប់ផ្តើម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="125"/>
        <source>Service directory</source>
        <translation>បញ្ជីសេវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="128"/>
        <source>Check an entry with the organisation before giving it to a person: entries not verified in the last 6 months are marked ⚠.</source>
        <translation>សូមពិនិត្យធាតុមួយជាមួយអង្គការនោះ មុនពេលផ្តល់ឱ្យអ្នកទទួលជំនួយ៖ ធាតុដែលមិនបានផ្ទៀងផ្ទាត់ក្នុងរយៈពេល 6 ខែចុងក្រោយ ត្រូវបានសម្គាល់ដោយ ⚠។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="149"/>
        <source>All countries</source>
        <translation>គ្រប់ប្រទេស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="192"/>
        <source>{count} entries shown, {stale} to verify.</source>
        <translation>បង្ហាញធាតុចំនួន {count} ក្នុងនោះ {stale} ត្រូវផ្ទៀងផ្ទាត់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="209"/>
        <source>Directory entry added.</source>
        <translation>បានបន្ថែមធាតុក្នុងបញ្ជីសេវា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="214"/>
        <source>Directory entry saved.</source>
        <translation>បានរក្សាទុកធាតុក្នុងបញ្ជីសេវា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="223"/>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="225"/>
        <source>Marked as verified today.</source>
        <translation>បានសម្គាល់ថាបានផ្ទៀងផ្ទាត់ថ្ងៃនេះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="233"/>
        <source>Delete the entry?</source>
        <translation>លុបធាតុនេះឬ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="234"/>
        <source>Plans that name this organisation keep its id but no longer show its name.</source>
        <translation>ផែនការដែលបញ្ជាក់ឈ្មោះអង្គការនេះ នឹងរក្សាលេខសម្គាល់របស់វា ប៉ុន្តែនឹងលែងបង្ហាញឈ្មោះរបស់វាទៀតហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="238"/>
        <source>Directory entry deleted.</source>
        <translation>បានលុបធាតុក្នុងបញ្ជីសេវា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="244"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="279"/>
        <source>Not imported</source>
        <translation>មិនបាននាំចូល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="248"/>
        <source>{count} example entries added; each must be replaced by a verified one.</source>
        <translation>បានបន្ថែមធាតុឧទាហរណ៍ចំនួន {count}៖ ធាតុនីមួយៗត្រូវតែជំនួសដោយធាតុដែលបានផ្ទៀងផ្ទាត់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="256"/>
        <source>Import the directory</source>
        <translation>នាំចូលបញ្ជីសេវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="256"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="289"/>
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="282"/>
        <source>Imported: {new} new, {updated} updated.</source>
        <translation>បាននាំចូល៖ ថ្មី {new} ធ្វើបច្ចុប្បន្នភាព {updated}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="289"/>
        <source>Export the directory</source>
        <translation>នាំចេញបញ្ជីសេវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="306"/>
        <source>{count} entries exported.</source>
        <translation>បាននាំចេញធាតុចំនួន {count}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="316"/>
        <source>The file could not be read or written.</source>
        <translation>មិនអាចអាន ឬសរសេរឯកសារនេះបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="313"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="316"/>
        <source>Directory</source>
        <translation>បញ្ជីសេវា</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="41"/>
        <source>Documents</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="50"/>
        <source>Document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="51"/>
        <source>Number (last 4)</source>
        <translation>លេខ (4 ខ្ទង់ចុងក្រោយ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="52"/>
        <source>Expires</source>
        <translation>ផុតកំណត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="53"/>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="77"/>
        <source>In hand</source>
        <translation>នៅក្នុងដៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="54"/>
        <source>Copy given to the person</source>
        <translation>បានផ្តល់ច្បាប់ចម្លងជូនអ្នកទទួលជំនួយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="66"/>
        <source>e.g. passport, travel document, ID card</source>
        <translation>ឧ. លិខិតឆ្លងដែន ឯកសារធ្វើដំណើរ អត្តសញ្ញាណប័ណ្ណ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="69"/>
        <source>last 4</source>
        <translation>4 ខ្ទង់ចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="75"/>
        <source>no expiry</source>
        <translation>គ្មានថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="78"/>
        <source>Copy given</source>
        <translation>បានផ្តល់ច្បាប់ចម្លង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="79"/>
        <source>Save document</source>
        <translation>រក្សាទុកឯកសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="81"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="99"/>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="99"/>
        <source>no</source>
        <translation>ទេ</translation>
    </message>
</context>
<context>
    <name>EmbassyLetter</name>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="25"/>
        <source>about {year} (estimated)</source>
        <translation>ប្រហែលឆ្នាំ {year} (ប៉ាន់ស្មាន)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="28"/>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="62"/>
        <source>not known</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="35"/>
        <source>To the Embassy or Consulate of {country}</source>
        <translation>ជូនចំពោះ ស្ថានទូត ឬស្ថានកុងស៊ុលនៃ {country}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="38"/>
        <source>Subject: request for a {document}</source>
        <translation>កម្មវត្ថុ៖ សំណើសុំ {document}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="41"/>
        <source>We kindly ask you to issue a {document} to the national of {country} named below, who wishes to return home. Please let us know which further documents or photographs you need and when the person may come to the consulate.</source>
        <translation>យើងខ្ញុំសូមគោរពស្នើសុំឱ្យលោក/លោកស្រី ចេញ {document} ជូនពលរដ្ឋនៃ {country} ដែលមានឈ្មោះខាងក្រោម ដែលមានបំណងវិលត្រឡប់ទៅស្រុកកំណើតវិញ។ សូមមេត្តាជូនដំណឹងមកយើងខ្ញុំ អំពីឯកសារ ឬរូបថតបន្ថែមដែលលោក/លោកស្រីត្រូវការ និងពេលវេលាដែលសាមីខ្លួនអាចមកកាន់ស្ថានកុងស៊ុលបាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="50"/>
        <source>With the person&apos;s explicit consent, we inform you that they have been identified as a victim of trafficking in persons and are assisted by our organisation. We ask you to treat this information as confidential.</source>
        <translation>ដោយមានការយល់ព្រមយ៉ាងច្បាស់លាស់ពីសាមីខ្លួន យើងខ្ញុំសូមជម្រាបជូនថា សាមីខ្លួនត្រូវបានកំណត់អត្តសញ្ញាណថាជាជនរងគ្រោះនៃការជួញដូរមនុស្ស ហើយកំពុងទទួលជំនួយពីអង្គការរបស់យើងខ្ញុំ។ យើងខ្ញុំសូមស្នើឱ្យលោក/លោកស្រី ចាត់ទុកព័ត៌មាននេះជាការសម្ងាត់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="57"/>
        <source>Thank you for your help.</source>
        <translation>សូមអរគុណចំពោះជំនួយរបស់លោក/លោកស្រី។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="64"/>
        <source>Full name</source>
        <translation>ឈ្មោះពេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="65"/>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="67"/>
        <source>Place of birth</source>
        <translation>ទីកន្លែងកំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="71"/>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="74"/>
        <source>Document needed</source>
        <translation>ឯកសារដែលត្រូវការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="75"/>
        <source>Requested by</source>
        <translation>ស្នើសុំដោយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="76"/>
        <source>Our reference</source>
        <translation>លេខយោងរបស់យើង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="109"/>
        <source>Signature, name and position</source>
        <translation>ហត្ថលេខា ឈ្មោះ និងមុខតំណែង</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="93"/>
        <source>Choose the spreadsheet</source>
        <translation>ជ្រើសរើសសៀវភៅបញ្ជី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="96"/>
        <source>CSV (UTF-8 or UTF-16, as Excel saves it) or an .xlsx workbook; the first row must hold the column names.</source>
        <translation>CSV (UTF-8 ឬ UTF-16 ដូចដែល Excel រក្សាទុក) ឬសៀវភៅការងារ .xlsx៖ ជួរដេកទីមួយត្រូវតែមានឈ្មោះជួរឈរ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="105"/>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="119"/>
        <source>Spreadsheet to import</source>
        <translation>សៀវភៅបញ្ជីដែលត្រូវនាំចូល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="121"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>សៀវភៅបញ្ជី (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="136"/>
        <source>Reading the file…</source>
        <translation>កំពុងអានឯកសារ…</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="64"/>
        <source>May go with a referral (when the person consented to sharing)</source>
        <translation>អាចផ្ញើទៅជាមួយការបញ្ជូន (នៅពេលអ្នកទទួលជំនួយបានយល់ព្រមឱ្យចែករំលែក)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="66"/>
        <source>&amp;Attach a file…</source>
        <translation>ភ្ជាប់ឯកសារ(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="72"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="73"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="74"/>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="75"/>
        <source>Added</source>
        <translation>បានបន្ថែម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="76"/>
        <source>May go with a referral</source>
        <translation>អាចផ្ញើទៅជាមួយការបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="85"/>
        <source>&amp;Open</source>
        <translation>បើក(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="87"/>
        <source>Save a &amp;copy…</source>
        <translation>រក្សាទុកច្បាប់ចម្លង(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="89"/>
        <source>&amp;Remove from the case</source>
        <translation>ដកចេញពីករណី(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="94"/>
        <source>Files are kept inside the encrypted vault, never as loose copies. Up to {size} MB each. Opening a file shows it here; a copy outside the vault is made only with &quot;Save a copy&quot; and is recorded.</source>
        <translation>ឯកសារត្រូវបានរក្សាទុកនៅក្នុងឃ្លាំងសុវត្ថិភាពដែលបានអ៊ិនគ្រីប មិនដែលរក្សាទុកជាច្បាប់ចម្លងដាច់ដោយឡែកទេ។ ឯកសារនីមួយៗមានទំហំរហូតដល់ {size} MB។ ការបើកឯកសារ នឹងបង្ហាញវានៅទីនេះ៖ ច្បាប់ចម្លងនៅក្រៅឃ្លាំងសុវត្ថិភាព ត្រូវបានបង្កើតតែតាមរយៈ “រក្សាទុកច្បាប់ចម្លង” ប៉ុណ្ណោះ ហើយត្រូវបានកត់ត្រាទុក។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="103"/>
        <source>Kind of file</source>
        <translation>ប្រភេទឯកសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="137"/>
        <source>{name} (not on this laptop yet)</source>
        <translation>{name} (មិនទាន់មាននៅលើកុំព្យូទ័រយួរដៃនេះនៅឡើយទេ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="141"/>
        <source>{date} by {who}</source>
        <translation>{date} ដោយ {who}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="158"/>
        <source>No files yet. Attach a scan of a document, a signed checklist or a photo: choose its kind, then &quot;Attach a file&quot;.</source>
        <translation>មិនទាន់មានឯកសារនៅឡើយទេ។ សូមភ្ជាប់ច្បាប់ស្កេននៃឯកសារ បញ្ជីត្រួតពិនិត្យដែលបានចុះហត្ថលេខា ឬរូបថត៖ ជ្រើសរើសប្រភេទរបស់វា បន្ទាប់មកចុច “ភ្ជាប់ឯកសារ”។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="185"/>
        <source>This kind of file cannot be shown here. Use &quot;Save a copy&quot; to open it with another program (the copy is outside the vault: delete it afterwards).</source>
        <translation>មិនអាចបង្ហាញឯកសារប្រភេទនេះនៅទីនេះបានទេ។ សូមប្រើ “រក្សាទុកច្បាប់ចម្លង” ដើម្បីបើកវាដោយកម្មវិធីផ្សេង (ច្បាប់ចម្លងនោះនៅក្រៅឃ្លាំងសុវត្ថិភាព៖ សូមលុបវាចោលបន្ទាប់ពីប្រើរួច)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="194"/>
        <source>That did not work ({kind}).</source>
        <translation>សកម្មភាពនោះមិនបានសម្រេចទេ ({kind})។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="200"/>
        <source>Attach a file to the case</source>
        <translation>ភ្ជាប់ឯកសារទៅករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="213"/>
        <source>Attaching the file…</source>
        <translation>កំពុងភ្ជាប់ឯកសារ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="220"/>
        <source>Attached: {name}. The original file can now be deleted.</source>
        <translation>បានភ្ជាប់៖ {name}។ ឥឡូវនេះ អាចលុបឯកសារដើមចោលបានហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="238"/>
        <source>Opening…</source>
        <translation>កំពុងបើក…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="252"/>
        <source>Save a copy outside the vault</source>
        <translation>រក្សាទុកច្បាប់ចម្លងនៅក្រៅឃ្លាំងសុវត្ថិភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="264"/>
        <source>A copy was saved outside the vault. It is not encrypted: delete it when it is no longer needed.</source>
        <translation>ច្បាប់ចម្លងមួយត្រូវបានរក្សាទុកនៅក្រៅឃ្លាំងសុវត្ថិភាព។ វាមិនត្រូវបានអ៊ិនគ្រីបទេ៖ សូមលុបវាចោល នៅពេលលែងត្រូវការ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="276"/>
        <source>Remove the file</source>
        <translation>ដកឯកសារចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="278"/>
        <source>Remove this file from the case? It is deleted from this laptop unless another case holds it, and from the others at the next sync.</source>
        <translation>ដកឯកសារនេះចេញពីករណីឬ? វានឹងត្រូវលុបចេញពីកុំព្យូទ័រយួរដៃនេះ លើកលែងតែមានករណីផ្សេងទៀតប្រើវាដែរ ហើយនឹងត្រូវលុបចេញពីកុំព្យូទ័រយួរដៃផ្សេងទៀត នៅពេលធ្វើសមកាលកម្មលើកក្រោយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="289"/>
        <source>The file was removed from the case.</source>
        <translation>ឯកសារត្រូវបានដកចេញពីករណីហើយ។</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="73"/>
        <source>Scheduled</source>
        <translation>បានកំណត់ពេល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="74"/>
        <source>Made on</source>
        <translation>បានធ្វើនៅថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="75"/>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="76"/>
        <source>Scores</source>
        <translation>ពិន្ទុ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="77"/>
        <source>Warning signs</source>
        <translation>សញ្ញាព្រមាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="88"/>
        <source>Schedule visits from this return date</source>
        <translation>កំណត់ពេលការចុះជួបចាប់ពីកាលបរិច្ឆេទវិលត្រឡប់នេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="91"/>
        <source>Add a visit on this date</source>
        <translation>បន្ថែមការចុះជួបនៅកាលបរិច្ឆេទនេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="93"/>
        <source>Move the selected visit here</source>
        <translation>ផ្លាស់ទីការចុះជួបដែលបានជ្រើសមកទីនេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="95"/>
        <source>Remove the selected visit</source>
        <translation>ដកចេញការចុះជួបដែលបានជ្រើស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="98"/>
        <source>Day of return:</source>
        <translation>ថ្ងៃវិលត្រឡប់៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="101"/>
        <source>Other date:</source>
        <translation>កាលបរិច្ឆេទផ្សេង៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="106"/>
        <source>Visit schedule</source>
        <translation>កាលវិភាគចុះជួប</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="115"/>
        <source>How the person is doing, per domain (1 = very vulnerable, 5 = resilient)</source>
        <translation>ស្ថានភាពរបស់អ្នកទទួលជំនួយ តាមវិស័យនីមួយៗ (1 = ងាយរងគ្រោះខ្លាំង, 5 = មានភាពធន់)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="123"/>
        <source>Follow-up monitoring</source>
        <translation>ការតាមដានក្រោយការវិលត្រឡប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="135"/>
        <source>Record a visit</source>
        <translation>កត់ត្រាការចុះជួប</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="141"/>
        <source>Which visit:</source>
        <translation>ការចុះជួបណា៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="142"/>
        <source>Made on:</source>
        <translation>បានធ្វើនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="148"/>
        <source>not scored</source>
        <translation>មិនទាន់ដាក់ពិន្ទុ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="152"/>
        <source>{domain} (1-5):</source>
        <translation>{domain} (1-5)៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="162"/>
        <source>Another sign, in a few words</source>
        <translation>សញ្ញាផ្សេងទៀត ដោយពាក្យខ្លីៗ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="166"/>
        <source>Re-trafficking warning signs:</source>
        <translation>សញ្ញាព្រមាននៃការរងការជួញដូរមនុស្សម្តងទៀត៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="168"/>
        <source>Notes:</source>
        <translation>កំណត់សម្គាល់៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="169"/>
        <source>Record the visit</source>
        <translation>កត់ត្រាការចុះជួបនេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="177"/>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="184"/>
        <source>Close the case</source>
        <translation>បិទករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="179"/>
        <source>Choose a reason…</source>
        <translation>ជ្រើសរើសមូលហេតុ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="183"/>
        <source>Note (optional)</source>
        <translation>កំណត់សម្គាល់ (មិនចាំបាច់)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="217"/>
        <source>✓ Made</source>
        <translation>✓ បានធ្វើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="219"/>
        <source>{icon} Overdue</source>
        <translation>{icon} ហួសកាលកំណត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="221"/>
        <source>Planned</source>
        <translation>បានគ្រោងទុក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="253"/>
        <source>Closed on {on}: {reason}; kept until {until}.</source>
        <translation>បានបិទនៅថ្ងៃទី {on}៖ {reason}។ រក្សាទុករហូតដល់ {until}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="267"/>
        <source>{icon} {count} visit(s) overdue, the oldest planned for {day}.</source>
        <translation>{icon} ការចុះជួបចំនួន {count} ហួសកាលកំណត់ ដែលចាស់ជាងគេត្រូវបានគ្រោងសម្រាប់ថ្ងៃ {day}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="271"/>
        <source>Next visit: {day}.</source>
        <translation>ការចុះជួបបន្ទាប់៖ {day}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="273"/>
        <source>No visit is scheduled.</source>
        <translation>មិនមានការចុះជួបណាមួយត្រូវបានកំណត់ពេលទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="280"/>
        <source>Visit planned for {day}</source>
        <translation>ការចុះជួបគ្រោងសម្រាប់ថ្ងៃ {day}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="283"/>
        <source>An unscheduled visit</source>
        <translation>ការចុះជួបក្រៅកាលវិភាគ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="307"/>
        <source>Replace the schedule?</source>
        <translation>ជំនួសកាលវិភាគឬ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="308"/>
        <source>The visits not yet made will be replaced by a new schedule. Continue?</source>
        <translation>ការចុះជួបដែលមិនទាន់បានធ្វើ នឹងត្រូវជំនួសដោយកាលវិភាគថ្មី។ បន្តឬ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="341"/>
        <source>Nothing to record</source>
        <translation>គ្មានអ្វីត្រូវកត់ត្រាទេ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="342"/>
        <source>Score at least one domain, tick a sign or write a note.</source>
        <translation>សូមដាក់ពិន្ទុយ៉ាងហោចណាស់វិស័យមួយ គូសធីកសញ្ញាមួយ ឬសរសេរកំណត់សម្គាល់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="365"/>
        <source>Visit recorded.</source>
        <translation>បានកត់ត្រាការចុះជួប។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="371"/>
        <source>A reason is needed</source>
        <translation>ត្រូវការមូលហេតុ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="371"/>
        <source>Choose why the case is closed.</source>
        <translation>សូមជ្រើសរើសមូលហេតុដែលករណីនេះត្រូវបានបិទ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="82"/>
        <source>Close the case?</source>
        <translation>បិទករណីឬ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="83"/>
        <source>The case will be closed as “{reason}” and kept for 5 years, then anonymised on a supervisor&apos;s confirmation. Continue?</source>
        <translation>ករណីនេះនឹងត្រូវបិទដោយមូលហេតុ “{reason}” ហើយរក្សាទុករយៈពេល 5 ឆ្នាំ បន្ទាប់មកនឹងត្រូវធ្វើអនាមិកកម្ម នៅពេលអ្នកត្រួតពិនិត្យបញ្ជាក់។ បន្តឬ?</translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="17"/>
        <source>Handoff</source>
        <translation>ការប្រគល់បន្ត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="24"/>
        <source>Outbox</source>
        <translation>ប្រអប់ចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="25"/>
        <source>Inbox</source>
        <translation>ប្រអប់ចូល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="26"/>
        <source>Peers</source>
        <translation>ដៃគូ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="27"/>
        <source>Conflicts</source>
        <translation>ភាពមិនស៊ីគ្នា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="28"/>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="202"/>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="203"/>
        <source>Direction</source>
        <translation>ទិសដៅ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="204"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="205"/>
        <source>Peer</source>
        <translation>ដៃគូ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="206"/>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="207"/>
        <source>Counts</source>
        <translation>ចំនួន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="221"/>
        <source>This vault was put back from a backup on %1 (UTC). Sync with every other laptop of the organisation as usual: each sends back what it holds. Not yet synced since: %2.</source>
        <translation>ឃ្លាំងសុវត្ថិភាពនេះត្រូវបានស្តារឡើងវិញពីការបម្រុងទុក នៅ %1 (UTC)។ សូមធ្វើសមកាលកម្មជាមួយគ្រប់កុំព្យូទ័រយួរដៃផ្សេងទៀតរបស់អង្គការ ដូចធម្មតា៖ កុំព្យូទ័រនីមួយៗនឹងផ្ញើត្រឡប់មកវិញនូវទិន្នន័យដែលខ្លួនមាន។ កុំព្យូទ័រយួរដៃដែលមិនទាន់បានធ្វើសមកាលកម្មតាំងពីពេលនោះមក៖ %2។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="231"/>
        <source>sent</source>
        <translation>បានផ្ញើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="231"/>
        <source>received</source>
        <translation>បានទទួល</translation>
    </message>
</context>
<context>
    <name>HolidaysBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="37"/>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="68"/>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Day</source>
        <translation>ថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Holiday</source>
        <translation>ថ្ងៃឈប់សម្រាក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="46"/>
        <source>Day of the holiday to add</source>
        <translation>កាលបរិច្ឆេទនៃថ្ងៃឈប់សម្រាកដែលត្រូវបន្ថែម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="50"/>
        <source>Name of the day, e.g. a local festival</source>
        <translation>ឈ្មោះនៃថ្ងៃនោះ ឧ. ពិធីបុណ្យក្នុងតំបន់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="51"/>
        <source>Name of the holiday to add</source>
        <translation>ឈ្មោះនៃថ្ងៃឈប់សម្រាកដែលត្រូវបន្ថែម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="52"/>
        <source>&amp;Add the day</source>
        <translation>បន្ថែមថ្ងៃឈប់សម្រាក(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="54"/>
        <source>The chosen day is &amp;not a day off</source>
        <translation>ថ្ងៃដែលបានជ្រើសរើស មិនមែនជាថ្ងៃឈប់សម្រាកទេ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="56"/>
        <source>Back to the &amp;defaults…</source>
        <translation>ត្រឡប់ទៅលំនាំដើមវិញ(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="62"/>
        <source>Travel warnings use these days (offices closed, no escort, no embassy). The defaults come from a maintained calendar for every year; your changes sync to the organisation&apos;s other laptops.</source>
        <translation>ការព្រមានអំពីការធ្វើដំណើរ ប្រើថ្ងៃទាំងនេះ (ការិយាល័យបិទ គ្មានអ្នកអមដំណើរ ស្ថានទូតមិនបើក)។ ថ្ងៃលំនាំដើមមកពីប្រតិទិនដែលត្រូវបានធ្វើបច្ចុប្បន្នភាពជាប្រចាំសម្រាប់គ្រប់ឆ្នាំ៖ ការផ្លាស់ប្តូររបស់អ្នកនឹងត្រូវធ្វើសមកាលកម្មទៅកុំព្យូទ័រយួរដៃផ្សេងទៀតរបស់អង្គការ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="100"/>
        <source>added by the organisation</source>
        <translation>បន្ថែមដោយអង្គការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="102"/>
        <source>default</source>
        <translation>លំនាំដើម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="112"/>
        <source>No public holidays are known for this country; add the organisation&apos;s days off below.</source>
        <translation>មិនមានថ្ងៃបុណ្យសាធារណៈដែលស្គាល់សម្រាប់ប្រទេសនេះទេ៖ សូមបន្ថែមថ្ងៃឈប់សម្រាករបស់អង្គការនៅខាងក្រោម។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="130"/>
        <source>{day} is now a day off.</source>
        <translation>ឥឡូវនេះ {day} ជាថ្ងៃឈប់សម្រាក។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="135"/>
        <source>Choose a day in the list first.</source>
        <translation>សូមជ្រើសរើសថ្ងៃមួយក្នុងបញ្ជីជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="144"/>
        <source>{day} is no longer counted as a day off.</source>
        <translation>{day} លែងត្រូវបានរាប់ជាថ្ងៃឈប់សម្រាកទៀតហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="150"/>
        <source>Back to the defaults?</source>
        <translation>ត្រឡប់ទៅលំនាំដើមវិញឬ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="151"/>
        <source>Forget the organisation&apos;s changes to this country&apos;s holidays?</source>
        <translation>បោះបង់ការផ្លាស់ប្តូររបស់អង្គការ លើថ្ងៃឈប់សម្រាករបស់ប្រទេសនេះឬ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="161"/>
        <source>The country&apos;s holidays are the defaults again.</source>
        <translation>ថ្ងៃឈប់សម្រាករបស់ប្រទេសនេះ បានត្រឡប់ទៅលំនាំដើមវិញហើយ។</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="350"/>
        <source>Import cases from a spreadsheet</source>
        <translation>នាំចូលករណីពីសៀវភៅបញ្ជី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="364"/>
        <source>Cases imported from a spreadsheet.</source>
        <translation>ករណីដែលបាននាំចូលពីសៀវភៅបញ្ជី។</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="53"/>
        <source>Open bundle…</source>
        <translation>បើកកញ្ចប់ទិន្នន័យ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="57"/>
        <source>Passphrase (only for a passphrase bundle)</source>
        <translation>ឃ្លាសម្ងាត់ (សម្រាប់តែកញ្ចប់ទិន្នន័យដែលប្រើឃ្លាសម្ងាត់)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="61"/>
        <source>Open a bundle to see what it would change.</source>
        <translation>បើកកញ្ចប់ទិន្នន័យមួយ ដើម្បីមើលអ្វីដែលវានឹងផ្លាស់ប្តូរ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="86"/>
        <source>Case</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="87"/>
        <source>Change</source>
        <translation>ការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="88"/>
        <source>Fields</source>
        <translation>វាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="89"/>
        <source>Conflicts</source>
        <translation>ភាពមិនស៊ីគ្នា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="90"/>
        <source>Shared by the sender</source>
        <translation>ចែករំលែកដោយអ្នកផ្ញើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="75"/>
        <source>Apply all of it</source>
        <translation>អនុវត្តទាំងអស់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="96"/>
        <source>Open a bundle</source>
        <translation>បើកកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="96"/>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>កញ្ចប់ទិន្នន័យ RRR (*.rrrbundle)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="161"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="228"/>
        <source>Applying…</source>
        <translation>កំពុងអនុវត្ត…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="228"/>
        <source>Checking the bundle…</source>
        <translation>កំពុងពិនិត្យកញ្ចប់ទិន្នន័យ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="238"/>
        <source>Applied: {kind} bundle from {org} ({fpr}): {totals}.</source>
        <translation>បានអនុវត្ត៖ កញ្ចប់ទិន្នន័យ {kind} ពី {org} ({fpr})៖ {totals}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="240"/>
        <source>Verified {kind} bundle from {org} ({fpr}), made {when}: {totals}.</source>
        <translation>បានផ្ទៀងផ្ទាត់កញ្ចប់ទិន្នន័យ {kind} ពី {org} ({fpr}) បង្កើតនៅ {when}៖ {totals}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="176"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="247"/>
        <source>nothing to change</source>
        <translation>គ្មានអ្វីត្រូវផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="250"/>
        <source>Purpose: {purpose}; legal basis: {basis}.</source>
        <translation>គោលបំណង៖ {purpose}។ មូលដ្ឋានច្បាប់៖ {basis}។</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="208"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="257"/>
        <source>%n new case(s) may be a person already known here; check them: {cases}</source>
        <translation>
            <numerusform>ករណីថ្មី %n អាចជាមនុស្សដែលបានស្គាល់រួចហើយនៅទីនេះ សូមពិនិត្យ៖ {cases}</numerusform>
            <numerusform>ករណីថ្មី %n អាចជាមនុស្សដែលបានស្គាល់រួចហើយនៅទីនេះ សូមពិនិត្យ៖ {cases}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="119"/>
        <source>Bundle</source>
        <translation>កញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="119"/>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="122"/>
        <source>waiting</source>
        <translation>កំពុងរង់ចាំ</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="126"/>
        <source>%n bundle(s) chosen. Each is applied whole or not at all: one that is refused changes nothing, and the others still apply.</source>
        <translation>
            <numerusform>បានជ្រើសរើសកញ្ចប់ទិន្នន័យចំនួន %n។ កញ្ចប់ទិន្នន័យនីមួយៗត្រូវបានអនុវត្តទាំងស្រុង ឬមិនអនុវត្តសោះ៖ កញ្ចប់ទិន្នន័យដែលត្រូវបានបដិសេធ មិនផ្លាស់ប្តូរអ្វីទេ ហើយកញ្ចប់ទិន្នន័យផ្សេងទៀតនៅតែត្រូវបានអនុវត្ត។</numerusform>
            <numerusform>បានជ្រើសរើសកញ្ចប់ទិន្នន័យចំនួន %n។ កញ្ចប់ទិន្នន័យនីមួយៗត្រូវបានអនុវត្តទាំងស្រុង ឬមិនអនុវត្តសោះ៖ កញ្ចប់ទិន្នន័យដែលត្រូវបានបដិសេធ មិនផ្លាស់ប្តូរអ្វីទេ ហើយកញ្ចប់ទិន្នន័យផ្សេងទៀតនៅតែត្រូវបានអនុវត្ត។</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="175"/>
        <source>Applied: {totals}.</source>
        <translation>បានអនុវត្ត៖ {totals}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="183"/>
        <source>Refused: {reason}</source>
        <translation>ត្រូវបានបដិសេធ៖ {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="188"/>
        <source>Imported before; skipped.</source>
        <translation>បាននាំចូលពីមុនរួចហើយ៖ បានរំលង។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="191"/>
        <source>Not applied.</source>
        <translation>មិនបានអនុវត្ត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="194"/>
        <source>{done} of {total} bundles applied.</source>
        <translation>បានអនុវត្តកញ្ចប់ទិន្នន័យ {done} ក្នុងចំណោម {total}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="198"/>
        <source>Imported before, skipped: {count}.</source>
        <translation>បាននាំចូលពីមុនរួចហើយ ដូច្នេះបានរំលង៖ {count}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="202"/>
        <source>Refused, each changing nothing: {count}.</source>
        <translation>ត្រូវបានបដិសេធ (នីមួយៗមិនបានផ្លាស់ប្តូរអ្វីទេ)៖ {count}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="260"/>
        <source>ask your supervisor</source>
        <translation>សូមសួរអ្នកគ្រប់គ្រងរបស់អ្នក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="286"/>
        <source>new</source>
        <translation>ថ្មី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="287"/>
        <source>changed</source>
        <translation>បានផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="288"/>
        <source>conflict</source>
        <translation>ភាពមិនស៊ីគ្នា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="289"/>
        <source>deleted</source>
        <translation>បានលុប</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="290"/>
        <source>unchanged</source>
        <translation>មិនផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="291"/>
        <source>dropped (deleted or anonymised here)</source>
        <translation>បានទម្លាក់ចោល (ត្រូវបានលុប ឬធ្វើអនាមិកកម្មនៅទីនេះ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="185"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="296"/>
        <source>Nothing was imported.</source>
        <translation>គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="43"/>
        <source>Intake &amp;date</source>
        <translation>កាលបរិច្ឆេទទទួលករណី(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="44"/>
        <source>&amp;Referred by</source>
        <translation>បញ្ជូនមកដោយ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="45"/>
        <source>&amp;Identified as</source>
        <translation>កំណត់អត្តសញ្ញាណថាជា(&amp;I)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="46"/>
        <source>&amp;Exploitation</source>
        <translation>ការកេងប្រវ័ញ្ច(&amp;E)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="49"/>
        <source>Exploited in (country)</source>
        <translation>ត្រូវបានកេងប្រវ័ញ្ចនៅក្នុង (ប្រទេស)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="52"/>
        <source>&amp;Origin country</source>
        <translation>ប្រទេសកំណើត(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="53"/>
        <source>Origin region</source>
        <translation>តំបន់កំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="54"/>
        <source>&amp;Programme</source>
        <translation>កម្មវិធី(&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="55"/>
        <source>First &amp;needs</source>
        <translation>តម្រូវការដំបូង(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="56"/>
        <source>&amp;Screening notes</source>
        <translation>កំណត់សម្គាល់ការពិនិត្យបឋម(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="57"/>
        <source>&amp;Asylum</source>
        <translation>សិទ្ធិជ្រកកោន(&amp;A)</translation>
    </message>
</context>
<context>
    <name>LanguagesPicker</name>
    <message>
        <location filename="../rrr_desktop/ui/pickers.py" line="99"/>
        <source>e.g. Khmer, English (the one they read best first)</source>
        <translation>ឧ. ខ្មែរ, អង់គ្លេស (ដាក់ភាសាដែលគាត់អានបានល្អបំផុតមុនគេ)</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="48"/>
        <source>Leg of the journey</source>
        <translation>ផ្នែកនៃការធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="63"/>
        <source>Mode</source>
        <translation>មធ្យោបាយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="64"/>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="65"/>
        <source>To</source>
        <translation>ទៅ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="66"/>
        <source>Departs (local time)</source>
        <translation>ចេញដំណើរ (ម៉ោងក្នុងស្រុក)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="67"/>
        <source>Arrives (local time)</source>
        <translation>មកដល់ (ម៉ោងក្នុងស្រុក)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="68"/>
        <source>Carrier</source>
        <translation>ក្រុមហ៊ុនដឹកជញ្ជូន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="69"/>
        <source>Escort</source>
        <translation>អ្នកអមដំណើរ</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="43"/>
        <source>Caseload by caseworker</source>
        <translation>ចំនួនករណីតាមបុគ្គលិកទទួលបន្ទុកករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="44"/>
        <source>Follow-ups due in the next 14 days</source>
        <translation>ការតាមដានដែលត្រូវធ្វើក្នុងរយៈពេល 14 ថ្ងៃខាងមុខ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="45"/>
        <source>Time spent per stage (median days)</source>
        <translation>រយៈពេលក្នុងដំណាក់កាលនីមួយៗ (ចំនួនថ្ងៃមេដ្យាន)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="46"/>
        <source>Returns this month</source>
        <translation>ការវិលត្រឡប់ក្នុងខែនេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="47"/>
        <source>Show</source>
        <translation>បង្ហាញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="66"/>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="86"/>
        <source>Caseworker</source>
        <translation>បុគ្គលិកទទួលបន្ទុកករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="67"/>
        <source>Open cases</source>
        <translation>ករណីកំពុងដំណើរការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="68"/>
        <source>Overdue</source>
        <translation>ហួសកាលកំណត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="69"/>
        <source>By stage</source>
        <translation>តាមដំណាក់កាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="85"/>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="109"/>
        <source>Reference</source>
        <translation>លេខយោងករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="87"/>
        <source>Next action</source>
        <translation>សកម្មភាពបន្ទាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="88"/>
        <source>Due</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Completed stays</source>
        <translation>ការស្នាក់នៅដែលបានបញ្ចប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Median days</source>
        <translation>ចំនួនថ្ងៃមេដ្យាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="110"/>
        <source>Left on</source>
        <translation>ចាកចេញនៅថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="111"/>
        <source>Country of origin</source>
        <translation>ប្រទេសកំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="112"/>
        <source>Programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="138"/>
        <source>Rows: {n}</source>
        <translation>ជួរដេក៖ {n}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="144"/>
        <source>The list could not be made.</source>
        <translation>មិនអាចបង្កើតបញ្ជីនេះបានទេ។</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="60"/>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="117"/>
        <source>RRR Desktop is locked</source>
        <translation>RRR Desktop ត្រូវបានចាក់សោ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="77"/>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="79"/>
        <source>&amp;Unlock</source>
        <translation>ដោះសោ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="91"/>
        <source>Set up a new vault or open the demo…</source>
        <translation>រៀបចំឃ្លាំងសុវត្ថិភាពថ្មី ឬបើកកំណែសាកល្បង…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="96"/>
        <source>&amp;User</source>
        <translation>អ្នកប្រើ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="97"/>
        <source>&amp;Passphrase</source>
        <translation>ឃ្លាសម្ងាត់(&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="117"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="119"/>
        <source>Vault: {path}</source>
        <translation>ឃ្លាំងសុវត្ថិភាព៖ {path}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="127"/>
        <source>Demo vault with invented cases only.
User: {user}
Passphrase: {passphrase}</source>
        <translation>ឃ្លាំងសុវត្ថិភាពសាកល្បង ដែលមានតែករណីប្រឌិតប៉ុណ្ណោះ។
អ្នកប្រើ៖ {user}
ឃ្លាសម្ងាត់៖ {passphrase}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="155"/>
        <source>Enter your user name and passphrase.</source>
        <translation>សូមបញ្ចូលឈ្មោះអ្នកប្រើ និងឃ្លាសម្ងាត់របស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="158"/>
        <source>Unlocking…</source>
        <translation>កំពុងដោះសោ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="183"/>
        <source>The user name or passphrase is not correct.</source>
        <translation>ឈ្មោះអ្នកប្រើ ឬឃ្លាសម្ងាត់មិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="185"/>
        <source>The vault could not be opened ({kind}).</source>
        <translation>មិនអាចបើកឃ្លាំងសុវត្ថិភាពបានទេ ({kind})។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="194"/>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="211"/>
        <source>Please wait {seconds} s before the next try.</source>
        <translation>សូមរង់ចាំ {seconds} វិនាទី មុនពេលព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="207"/>
        <source>You can try again now.</source>
        <translation>ឥឡូវនេះ អ្នកអាចព្យាយាមម្តងទៀតបានហើយ។</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="136"/>
        <source>RRR Desktop — set up</source>
        <translation>RRR Desktop — ការរៀបចំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="146"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="148"/>
        <source>RRR Desktop — locked</source>
        <translation>RRR Desktop — បានចាក់សោ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="179"/>
        <source>No recovery key could be made; make one in Settings → Users and roles.</source>
        <translation>មិនអាចបង្កើតកូនសោសង្គ្រោះបានទេ៖ សូមបង្កើតមួយនៅក្នុង ការកំណត់ → អ្នកប្រើ និងតួនាទី។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="202"/>
        <location filename="../rrr_desktop/ui/main_window.py" line="206"/>
        <source>Read only</source>
        <translation>អានបានតែប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="255"/>
        <source>Checking and restoring the backup…</source>
        <translation>កំពុងពិនិត្យ និងស្តារការបម្រុងទុកឡើងវិញ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="235"/>
        <source>The backup was restored. Unlock it with its passphrases.</source>
        <translation>ការបម្រុងទុកត្រូវបានស្តារឡើងវិញ។ សូមដោះសោវាដោយប្រើឃ្លាសម្ងាត់នៃការបម្រុងទុកនោះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="239"/>
        <source>The vault it replaced is kept in {folder}.</source>
        <translation>ឃ្លាំងសុវត្ថិភាពដែលត្រូវបានជំនួស ត្រូវបានរក្សាទុកនៅក្នុង {folder}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="243"/>
        <source>Restored</source>
        <translation>បានស្តារឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="404"/>
        <location filename="../rrr_desktop/ui/main_window.py" line="422"/>
        <source>Vault: {path}</source>
        <translation>ឃ្លាំងសុវត្ថិភាព៖ {path}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="408"/>
        <source>Locked</source>
        <translation>បានចាក់សោ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="412"/>
        <source>User: {name} ({username})</source>
        <translation>អ្នកប្រើ៖ {name} ({username})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="417"/>
        <source>Organisation: {name}</source>
        <translation>អង្គការ៖ {name}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="427"/>
        <source>Unlocked — Ctrl+L locks, F12 quick exit</source>
        <translation>បានដោះសោ — Ctrl+L ដើម្បីចាក់សោ, F12 ដើម្បីចាកចេញរហ័ស</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="143"/>
        <source>Which column holds what?</source>
        <translation>ជួរឈរណាមានព័ត៌មានអ្វី?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="146"/>
        <source>Columns we recognised are already chosen. Columns set to &apos;not imported&apos; are left out. This choice is remembered for files with the same columns.</source>
        <translation>ជួរឈរដែលយើងស្គាល់ ត្រូវបានជ្រើសរើសរួចហើយ។ ជួរឈរដែលកំណត់ជា &apos;មិននាំចូល&apos; នឹងមិនត្រូវបាននាំចូលទេ។ ជម្រើសនេះនឹងត្រូវចងចាំសម្រាប់ឯកសារដែលមានជួរឈរដូចគ្នា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="154"/>
        <source>Column in the file</source>
        <translation>ជួរឈរក្នុងឯកសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="154"/>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="183"/>
        <source>(not imported)</source>
        <translation>(មិននាំចូល)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="213"/>
        <source>Checking every row…</source>
        <translation>កំពុងពិនិត្យជួរដេកនីមួយៗ…</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="59"/>
        <source>Message</source>
        <translation>សារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="60"/>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="61"/>
        <source>Sent</source>
        <translation>បានផ្ញើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="62"/>
        <source>Received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="63"/>
        <source>Due</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="64"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="77"/>
        <source>Date:</source>
        <translation>កាលបរិច្ឆេទ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="84"/>
        <source>Mark selected as sent</source>
        <translation>សម្គាល់ធាតុដែលបានជ្រើសថាបានផ្ញើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="86"/>
        <source>Mark selected as received</source>
        <translation>សម្គាល់ធាតុដែលបានជ្រើសថាបានទទួល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="91"/>
        <source>Answer expected within (days):</source>
        <translation>រំពឹងថានឹងមានចម្លើយក្នុងរយៈពេល (ថ្ងៃ)៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="110"/>
        <source>Referring organisation</source>
        <translation>អង្គការបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="112"/>
        <source>Receiving organisation</source>
        <translation>អង្គការទទួល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="135"/>
        <source>Next: {title}.</source>
        <translation>បន្ទាប់៖ {title}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="140"/>
        <source>All six messages are recorded.</source>
        <translation>សារទាំងប្រាំមួយត្រូវបានកត់ត្រារួចហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="143"/>
        <source>Overdue: {titles}.</source>
        <translation>ហួសកាលកំណត់៖ {titles}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="156"/>
        <source>Overdue</source>
        <translation>ហួសកាលកំណត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="158"/>
        <source>Next</source>
        <translation>បន្ទាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="158"/>
        <source>Not yet</source>
        <translation>មិនទាន់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="162"/>
        <source>Received</source>
        <comment>status of a message</comment>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="163"/>
        <source>Sent</source>
        <comment>status of a message</comment>
        <translation>បានផ្ញើ</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="37"/>
        <source>New case</source>
        <translation>ករណីថ្មី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="57"/>
        <source>&amp;Given name</source>
        <translation>នាមខ្លួន(&amp;G)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="58"/>
        <source>&amp;Family name</source>
        <translation>នាមត្រកូល(&amp;F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="59"/>
        <source>&amp;Sex</source>
        <translation>ភេទ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="60"/>
        <source>Date of &amp;birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត(&amp;B)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="61"/>
        <source>or estimated &amp;age</source>
        <translation>ឬអាយុប៉ាន់ស្មាន(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="62"/>
        <source>&amp;Nationality</source>
        <translation>សញ្ជាតិ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="63"/>
        <source>&amp;Intake date</source>
        <translation>កាលបរិច្ឆេទទទួលករណី(&amp;I)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="64"/>
        <source>&amp;Referred by</source>
        <translation>បញ្ជូនមកដោយ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="65"/>
        <source>&amp;Origin country</source>
        <translation>ប្រទេសកំណើត(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="74"/>
        <source>Open the selected case</source>
        <translation>បើកករណីដែលបានជ្រើស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="134"/>
        <source>Case {reference} created.</source>
        <translation>បានបង្កើតករណី {reference}។</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/new_case.py" line="143"/>
        <source>Possible duplicate: %n case(s) with a similar name, birth year and nationality. Open one of them, or press Save again to create a new case anyway.</source>
        <translation>
            <numerusform>អាចមានករណីស្ទួន៖ មានករណីចំនួន %n ដែលមានឈ្មោះ ឆ្នាំកំណើត និងសញ្ជាតិស្រដៀងគ្នា។ សូមបើកករណីមួយក្នុងចំណោមនោះ ឬចុច រក្សាទុក ម្តងទៀត ដើម្បីបង្កើតករណីថ្មីទោះយ៉ាងណាក៏ដោយ។</numerusform>
            <numerusform>អាចមានករណីស្ទួន៖ មានករណីចំនួន %n ដែលមានឈ្មោះ ឆ្នាំកំណើត និងសញ្ជាតិស្រដៀងគ្នា។ សូមបើកករណីមួយក្នុងចំណោមនោះ ឬចុច រក្សាទុក ម្តងទៀត ដើម្បីបង្កើតករណីថ្មីទោះយ៉ាងណាក៏ដោយ។</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="150"/>
        <source>A similar person may already be known; ask your supervisor. Press Save again to create a new case anyway.</source>
        <translation>ប្រហែលជាមានបុគ្គលស្រដៀងគ្នាម្នាក់នៅក្នុងប្រព័ន្ធរួចហើយ៖ សូមសួរអ្នកត្រួតពិនិត្យរបស់អ្នក។ ចុច រក្សាទុក ម្តងទៀត ដើម្បីបង្កើតករណីថ្មីទោះយ៉ាងណាក៏ដោយ។</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="47"/>
        <source>for a contact: the person, the family, a partner</source>
        <translation>សម្រាប់ការទំនាក់ទំនង៖ អ្នកទទួលជំនួយ គ្រួសារ ដៃគូ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="53"/>
        <source>&amp;Kind</source>
        <translation>ប្រភេទ(&amp;K)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="54"/>
        <source>&amp;With whom</source>
        <translation>ជាមួយនរណា(&amp;W)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="55"/>
        <source>&amp;New note</source>
        <translation>កំណត់ចំណាំថ្មី(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="58"/>
        <source>A new note is saved with Save (Ctrl+S) like the other sections, signed with your name and today&apos;s date. Saved notes are not changed: write a new note to correct one.</source>
        <translation>កំណត់ចំណាំថ្មីត្រូវបានរក្សាទុកដោយប្រើ “រក្សាទុក” (Ctrl+S) ដូចផ្នែកផ្សេងទៀតដែរ ហើយត្រូវបានចុះហត្ថលេខាដោយឈ្មោះរបស់អ្នក និងកាលបរិច្ឆេទថ្ងៃនេះ។ កំណត់ចំណាំដែលបានរក្សាទុករួច មិនត្រូវបានកែប្រែទេ៖ ដើម្បីកែតម្រូវ សូមសរសេរកំណត់ចំណាំថ្មីមួយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="72"/>
        <source>Notes written so far, newest first</source>
        <translation>កំណត់ចំណាំដែលបានសរសេររហូតមកដល់ពេលនេះ៖ ថ្មីបំផុតនៅខាងលើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="111"/>
        <source>No notes yet. Write what was said or done, and with whom; it stays in this case file and is never sent in a referral.</source>
        <translation>មិនទាន់មានកំណត់ចំណាំនៅឡើយទេ។ សូមសរសេរអ្វីដែលបាននិយាយ ឬបានធ្វើ ព្រមទាំងជាមួយនរណា៖ វានៅតែក្នុងសំណុំឯកសារករណីនេះ ហើយមិនដែលត្រូវបានផ្ញើទៅក្នុងការបញ្ជូនទេ។</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="118"/>
        <source>%n note(s), newest first</source>
        <translation>
            <numerusform>កំណត់ចំណាំចំនួន %n៖ ថ្មីបំផុតនៅខាងលើ</numerusform>
            <numerusform>កំណត់ចំណាំចំនួន %n៖ ថ្មីបំផុតនៅខាងលើ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="122"/>
        <source>{date} · {kind} · by {who}</source>
        <translation>{date} · {kind} · ដោយ {who}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="128"/>
        <source>with {whom}</source>
        <translation>ជាមួយ {whom}</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="42"/>
        <source>Recipient</source>
        <translation>អ្នកទទួល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="44"/>
        <source>Protect with a passphrase instead (recipient&apos;s card not known yet)</source>
        <translation>ការពារដោយឃ្លាសម្ងាត់ជំនួសវិញ (មិនទាន់ស្គាល់កាតទំនាក់ទំនងរបស់អ្នកទទួលនៅឡើយ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="49"/>
        <source>Receiving organisation, as named in the consent</source>
        <translation>អង្គការទទួល ដូចដែលបានបញ្ជាក់ឈ្មោះក្នុងការយល់ព្រម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="53"/>
        <source>Organisation</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="54"/>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="58"/>
        <source>Referral to a receiving organisation</source>
        <translation>ការបញ្ជូនទៅអង្គការទទួល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="59"/>
        <source>Status report to the referring organisation</source>
        <translation>របាយការណ៍ស្ថានភាពទៅអង្គការបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="60"/>
        <source>Sync with a device of this organisation</source>
        <translation>ធ្វើសមកាលកម្មជាមួយឧបករណ៍មួយរបស់អង្គការនេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="63"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="66"/>
        <source>Case references, separated by commas</source>
        <translation>លេខយោងករណី បំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="67"/>
        <source>Cases</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="71"/>
        <source>Choose folder or drive…</source>
        <translation>ជ្រើសរើសថត ឬដ្រាយ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="75"/>
        <source>Write to</source>
        <translation>សរសេរទៅកាន់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="78"/>
        <source>Show what will be sent</source>
        <translation>បង្ហាញអ្វីដែលនឹងត្រូវផ្ញើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="80"/>
        <source>Write bundle</source>
        <translation>សរសេរកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="89"/>
        <source>What leaves this organisation:</source>
        <translation>អ្វីដែលនឹងចេញពីអង្គការនេះ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="114"/>
        <source>Folder or removable drive</source>
        <translation>ថត ឬដ្រាយចល័ត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="132"/>
        <source>Only referrals are filtered by consent; a status report carries follow-up status and the six messages.</source>
        <translation>មានតែការបញ្ជូនប៉ុណ្ណោះដែលត្រូវបានចម្រាញ់តាមការយល់ព្រម៖ របាយការណ៍ស្ថានភាពមានស្ថានភាពតាមដាន និងសារទាំងប្រាំមួយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="146"/>
        <source>{ref}: {n} fields are sent</source>
        <translation>{ref}៖ វាលចំនួន {n} នឹងត្រូវផ្ញើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="161"/>
        <source>Never sent (kept in the organisation):</source>
        <translation>មិនផ្ញើទាល់តែសោះ (រក្សាទុកក្នុងអង្គការ)៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="163"/>
        <source>Kept here (files not marked as ones to share):</source>
        <translation>រក្សាទុកនៅទីនេះ (ឯកសារដែលមិនបានសម្គាល់ថាអាចចែករំលែក)៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="164"/>
        <source>Withheld until the person consents to: {purpose}</source>
        <translation>មិនផ្ញើរហូតដល់អ្នកទទួលជំនួយយល់ព្រមលើ៖ {purpose}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="171"/>
        <source>Choose a folder or drive to write the bundle to.</source>
        <translation>សូមជ្រើសរើសថត ឬដ្រាយ ដើម្បីសរសេរកញ្ចប់ទិន្នន័យទៅកាន់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="194"/>
        <source>Wrote {name}: {n} records.</source>
        <translation>បានសរសេរ {name}៖ កំណត់ត្រាចំនួន {n}។</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="37"/>
        <source>Save my contact card…</source>
        <translation>រក្សាទុកកាតទំនាក់ទំនងរបស់ខ្ញុំ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="38"/>
        <source>Add a contact card…</source>
        <translation>បន្ថែមកាតទំនាក់ទំនង…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="39"/>
        <source>Compare fingerprint and trust…</source>
        <translation>ផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃឌីជីថល និងទុកចិត្ត…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="49"/>
        <source>Organisation</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="50"/>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="51"/>
        <source>Device</source>
        <translation>ឧបករណ៍</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="52"/>
        <source>Fingerprint</source>
        <translation>ស្នាមម្រាមដៃឌីជីថល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="53"/>
        <source>Trusted</source>
        <translation>បានទុកចិត្ត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="69"/>
        <source>This installation&apos;s fingerprint: &lt;b&gt;{fpr}&lt;/b&gt;&lt;br&gt;Read it out to the other side, by phone or in person, before they trust your card.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលនៃការដំឡើងនេះ៖ &lt;b&gt;{fpr}&lt;/b&gt;&lt;br&gt;សូមអានវាឱ្យភាគីម្ខាងទៀតស្តាប់ តាមទូរសព្ទ ឬដោយផ្ទាល់ មុនពេលពួកគេទុកចិត្តកាតរបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="82"/>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="82"/>
        <source>no</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="90"/>
        <source>Save contact card</source>
        <translation>រក្សាទុកកាតទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="92"/>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="102"/>
        <source>Contact cards (*.rrrcard)</source>
        <translation>កាតទំនាក់ទំនង (*.rrrcard)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="102"/>
        <source>Add a contact card</source>
        <translation>បន្ថែមកាតទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="117"/>
        <source>Contact card added</source>
        <translation>បានបន្ថែមកាតទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="119"/>
        <source>{org} was added but is not trusted yet. Compare the fingerprint {fpr} with them by phone or in person, then trust the card.</source>
        <translation>{org} ត្រូវបានបន្ថែម ប៉ុន្តែមិនទាន់ត្រូវបានទុកចិត្តនៅឡើយទេ។ សូមផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃឌីជីថល {fpr} ជាមួយពួកគេ តាមទូរសព្ទ ឬដោយផ្ទាល់ បន្ទាប់មកទុកចិត្តកាតនេះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="134"/>
        <source>Compare the fingerprint</source>
        <translation>ផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃឌីជីថល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="135"/>
        <source>Ask the other side to read out their fingerprint and type it here:</source>
        <translation>សូមស្នើឱ្យភាគីម្ខាងទៀតអានស្នាមម្រាមដៃឌីជីថលរបស់ពួកគេ ហើយវាយបញ្ចូលវានៅទីនេះ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="144"/>
        <source>Fingerprints differ</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលមិនដូចគ្នាទេ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="146"/>
        <source>The fingerprint you typed is not the one on the card: do not trust this card; ask for a new one.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលដែលអ្នកបានវាយបញ្ចូល មិនដូចនឹងស្នាមនៅលើកាតទេ៖ កុំទុកចិត្តកាតនេះ ហើយសូមស្នើសុំកាតថ្មី។</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="40"/>
        <source>phone</source>
        <translation>ទូរសព្ទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="41"/>
        <source>email</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="42"/>
        <source>address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="43"/>
        <source>messenger</source>
        <translation>កម្មវិធីផ្ញើសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="61"/>
        <source>separated by commas</source>
        <translation>បំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="63"/>
        <source>as the person writes it, e.g. ស្រីមុំ</source>
        <translation>ដូចដែលអ្នកទទួលជំនួយសរសេរ ឧ. ស្រីមុំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="72"/>
        <source>&amp;Given name</source>
        <translation>នាមខ្លួន(&amp;G)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="73"/>
        <source>&amp;Family name</source>
        <translation>នាមត្រកូល(&amp;F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="74"/>
        <source>Other names</source>
        <translation>ឈ្មោះផ្សេងទៀត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="75"/>
        <source>Name in own scrip&amp;t</source>
        <translation>ឈ្មោះជាអក្សរភាសាផ្ទាល់ខ្លួន(&amp;T)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="76"/>
        <source>&amp;Sex</source>
        <translation>ភេទ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="77"/>
        <source>Date of &amp;birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត(&amp;B)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="78"/>
        <source>Estimated &amp;age</source>
        <translation>អាយុប៉ាន់ស្មាន(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="79"/>
        <source>&amp;Nationality</source>
        <translation>សញ្ជាតិ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="80"/>
        <source>&amp;Languages</source>
        <translation>ភាសា(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="81"/>
        <source>Own &amp;wishes</source>
        <translation>បំណងផ្ទាល់ខ្លួន(&amp;W)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="123"/>
        <source>Contact</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Safe to use</source>
        <translation>មានសុវត្ថិភាពក្នុងការប្រើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="93"/>
        <source>Add contact</source>
        <translation>បន្ថែមទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="95"/>
        <source>Remove contact</source>
        <translation>ដកទំនាក់ទំនងចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="100"/>
        <source>Guardian (required for a child)</source>
        <translation>អាណាព្យាបាល (ចាំបាច់សម្រាប់កុមារ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="112"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="114"/>
        <source>Relation</source>
        <translation>ទំនាក់ទំនងញាតិ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="118"/>
        <source>Organisation</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="127"/>
        <source>Appointed on</source>
        <translation>តែងតាំងនៅថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="136"/>
        <source>Contacts (mark unsafe ones)</source>
        <translation>ទំនាក់ទំនង (សម្គាល់ទំនាក់ទំនងដែលមិនមានសុវត្ថិភាព)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="178"/>
        <source>This person is a child: a guardian must be recorded.</source>
        <translation>អ្នកទទួលជំនួយនេះជាកុមារ៖ ត្រូវតែកត់ត្រាអាណាព្យាបាល។</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="62"/>
        <source>Reintegration plan</source>
        <translation>ផែនការសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="73"/>
        <source>Plan</source>
        <translation>ផែនការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="77"/>
        <source>Make a new version</source>
        <translation>បង្កើតកំណែថ្មី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="82"/>
        <source>Save this version as PDF…</source>
        <translation>រក្សាទុកកំណែនេះជា PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="85"/>
        <source>Version:</source>
        <translation>កំណែ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="92"/>
        <source>Write what the person wants, as they say it.</source>
        <translation>សរសេរអ្វីដែលអ្នកទទួលជំនួយចង់បាន តាមពាក្យដែលគាត់និយាយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="97"/>
        <source>&lt;b&gt;The person&apos;s wishes, in their own words&lt;/b&gt;</source>
        <translation>&lt;b&gt;បំណងរបស់អ្នកទទួលជំនួយ តាមពាក្យសម្តីរបស់គាត់ផ្ទាល់&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="98"/>
        <source>&lt;b&gt;The caseworker&apos;s proposal&lt;/b&gt;</source>
        <translation>&lt;b&gt;សំណើរបស់បុគ្គលិកទទួលបន្ទុកករណី&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="105"/>
        <source>Not chosen yet</source>
        <translation>មិនទាន់បានជ្រើសរើស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="108"/>
        <source>Set where the person goes</source>
        <translation>កំណត់ទីកន្លែងដែលអ្នកទទួលជំនួយនឹងទៅ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="111"/>
        <source>Where the person goes:</source>
        <translation>ទីកន្លែងដែលអ្នកទទួលជំនួយនឹងទៅ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="122"/>
        <source>Component / action</source>
        <translation>សមាសភាគ / សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="123"/>
        <source>Goal / description</source>
        <translation>គោលដៅ / ការពិពណ៌នា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="124"/>
        <source>Responsible</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="125"/>
        <source>Due</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="126"/>
        <source>Budget</source>
        <translation>ថវិកា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="127"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="135"/>
        <source>Add a component…</source>
        <translation>បន្ថែមសមាសភាគ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="137"/>
        <source>Add an action to the selected component…</source>
        <translation>បន្ថែមសកម្មភាពទៅសមាសភាគដែលបានជ្រើស…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="142"/>
        <source>Set the status of the selected line</source>
        <translation>កំណត់ស្ថានភាពនៃជួរដែលបានជ្រើស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="176"/>
        <source>{version} — {on}, {by}</source>
        <translation>{version} — {on}, {by}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="204"/>
        <source>An earlier version: read-only. The latest version is the plan in force.</source>
        <translation>កំណែមុន៖ អានបានតែប៉ុណ្ណោះ។ កំណែចុងក្រោយបំផុត គឺជាផែនការដែលកំពុងអនុវត្ត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="208"/>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="208"/>
        <source>Start the plan</source>
        <translation>ចាប់ផ្តើមផែនការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="325"/>
        <source>Select a component first.</source>
        <translation>សូមជ្រើសរើសសមាសភាគមួយជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="352"/>
        <source>Select a component or an action first.</source>
        <translation>សូមជ្រើសរើសសមាសភាគ ឬសកម្មភាពមួយជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="221"/>
        <source>Check before importing</source>
        <translation>ពិនិត្យមុនពេលនាំចូល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Row</source>
        <translation>ជួរដេក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Column</source>
        <translation>ជួរឈរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Why it is refused</source>
        <translation>មូលហេតុដែលត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="244"/>
        <source>{refused} of {total} rows are refused, listed below with the reason. Nothing will be imported until the file is corrected: fix it, then go back and choose it again.</source>
        <translation>ជួរដេកចំនួន {refused} ក្នុងចំណោម {total} ត្រូវបានបដិសេធ ដែលមានរាយខាងក្រោមព្រមទាំងមូលហេតុ។ គ្មានអ្វីនឹងត្រូវបាននាំចូលទេ រហូតដល់ឯកសារត្រូវបានកែតម្រូវ៖ សូមកែវា បន្ទាប់មកត្រឡប់ក្រោយ ហើយជ្រើសរើសវាម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="250"/>
        <source>The file has no rows to import.</source>
        <translation>ឯកសារនេះគ្មានជួរដេកសម្រាប់នាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="252"/>
        <source>All {n} rows can be imported. Columns left out: {ignored}.</source>
        <translation>ជួរដេកទាំង {n} អាចនាំចូលបាន។ ជួរឈរដែលមិននាំចូល៖ {ignored}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="253"/>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="257"/>
        <source>{n} rows look like persons already in the vault (rows {rows}); check this is not a file imported before.</source>
        <translation>ជួរដេកចំនួន {n} មើលទៅដូចជាបុគ្គលដែលមានក្នុងឃ្លាំងសុវត្ថិភាពរួចហើយ (ជួរដេក {rows})៖ សូមពិនិត្យថា នេះមិនមែនជាឯកសារដែលបាននាំចូលពីមុនទេ។</translation>
    </message>
</context>
<context>
    <name>PrintTab</name>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="118"/>
        <source>Pre-departure checklist</source>
        <translation>បញ្ជីត្រួតពិនិត្យមុនពេលចាកចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="119"/>
        <source>Information sheet for the person</source>
        <translation>សន្លឹកព័ត៌មានសម្រាប់អ្នកទទួលជំនួយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="121"/>
        <source>Travel-document request to the embassy</source>
        <translation>សំណើសុំឯកសារធ្វើដំណើរទៅស្ថានទូត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="123"/>
        <source>What we hold about the person (for them)</source>
        <translation>ព័ត៌មានអំពីអ្នកទទួលជំនួយដែលយើងរក្សាទុក (សម្រាប់គាត់)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="131"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="132"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="136"/>
        <source>Print the person&apos;s name (otherwise only the case reference)</source>
        <translation>បោះពុម្ពឈ្មោះអ្នកទទួលជំនួយ (បើមិនដូច្នោះទេ មានតែលេខយោងករណីប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="143"/>
        <source>The name the embassy will read: only a name a supervisor confirmed as neutral for this embassy.</source>
        <translation>ឈ្មោះដែលស្ថានទូតនឹងអាន៖ មានតែឈ្មោះដែលអ្នកត្រួតពិនិត្យបានបញ្ជាក់ថាអព្យាក្រឹតសម្រាប់ស្ថានទូតនេះប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="149"/>
        <source>Confirm as the neutral name for this embass&amp;y</source>
        <translation>បញ្ជាក់ថាជាឈ្មោះអព្យាក្រឹតសម្រាប់ស្ថានទូតនេះ(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="158"/>
        <source>travel document</source>
        <translation>ឯកសារធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="164"/>
        <source>&amp;Document:</source>
        <translation>ឯកសារ(&amp;D)៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="165"/>
        <source>&amp;Language of the person:</source>
        <translation>ភាសារបស់អ្នកទទួលជំនួយ(&amp;L)៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="166"/>
        <source>&amp;Paper:</source>
        <translation>ក្រដាស(&amp;P)៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="168"/>
        <source>Organisation in the &amp;letter:</source>
        <translation>អង្គការក្នុងលិខិត(&amp;L)៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="170"/>
        <source>Document &amp;needed:</source>
        <translation>ឯកសារដែលត្រូវការ(&amp;N)៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="173"/>
        <source>Pre&amp;view…</source>
        <translation>មើលជាមុន(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="174"/>
        <source>&amp;Save PDF…</source>
        <translation>រក្សាទុក PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="176"/>
        <source>P&amp;rint…</source>
        <translation>បោះពុម្ព(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="177"/>
        <source>C&amp;heck a printout…</source>
        <translation>ពិនិត្យឯកសារបោះពុម្ព(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="224"/>
        <source>No neutral name confirmed for this embassy yet</source>
        <translation>មិនទាន់មានឈ្មោះអព្យាក្រឹតដែលបានបញ្ជាក់សម្រាប់ស្ថានទូតនេះនៅឡើយទេ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="238"/>
        <source>Letters to this embassy will carry “{name}”.</source>
        <translation>លិខិតទៅស្ថានទូតនេះនឹងប្រើឈ្មោះ “{name}”។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="254"/>
        <source>The texts in this language are a draft that a native speaker still has to review.</source>
        <translation>អត្ថបទជាភាសានេះជាសេចក្តីព្រាង ដែលអ្នកនិយាយភាសាកំណើតត្រូវពិនិត្យនៅឡើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="294"/>
        <source>Not printed: {reason}</source>
        <translation>មិនបានបោះពុម្ព៖ {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="295"/>
        <source>Not printed</source>
        <translation>មិនបានបោះពុម្ព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="309"/>
        <source>Print preview</source>
        <translation>មើលមុនពេលបោះពុម្ព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="333"/>
        <source>Sent to the printer.</source>
        <translation>បានផ្ញើទៅម៉ាស៊ីនបោះពុម្ព។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="346"/>
        <source>Save PDF</source>
        <translation>រក្សាទុក PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="348"/>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="375"/>
        <source>Writing the PDF…</source>
        <translation>កំពុងសរសេរ PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="381"/>
        <source>Saved {file} ({pages} pages).</source>
        <translation>បានរក្សាទុក {file} ({pages} ទំព័រ)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="384"/>
        <source>The journey&apos;s dates are in the past: check them before the sheet is handed over (the sheet says so too).</source>
        <translation>កាលបរិច្ឆេទនៃការធ្វើដំណើរបានកន្លងផុតទៅហើយ៖ សូមពិនិត្យវាឡើងវិញ មុនពេលប្រគល់សន្លឹកព័ត៌មានជូន (សន្លឹកនេះក៏បញ្ជាក់ដូច្នេះដែរ)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="395"/>
        <source>The PDF could not be written.</source>
        <translation>មិនអាចសរសេរ PDF បានទេ។</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/common.py" line="19"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="17"/>
        <source>Recovery key</source>
        <translation>កូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="20"/>
        <source>Write this recovery key on paper, check it twice, and lock it away, apart from the laptop. It opens the vault when every passphrase is forgotten. It is shown only now; a new key can be made later, and the old one then stops working.</source>
        <translation>សូមសរសេរកូនសោសង្គ្រោះនេះលើក្រដាស ពិនិត្យវាពីរដង ហើយចាក់សោទុកវា ដាច់ដោយឡែកពីកុំព្យូទ័រយួរដៃ។ វាបើកឃ្លាំងសុវត្ថិភាព នៅពេលឃ្លាសម្ងាត់ទាំងអស់ត្រូវបានភ្លេច។ វាត្រូវបានបង្ហាញតែពេលនេះប៉ុណ្ណោះ៖ កូនសោថ្មីអាចបង្កើតបាននៅពេលក្រោយ ហើយពេលនោះកូនសោចាស់នឹងឈប់ដំណើរការ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="38"/>
        <source>I have written it down</source>
        <translation>ខ្ញុំបានសរសេរវាទុករួចហើយ</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="59"/>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="61"/>
        <source>Statistics</source>
        <translation>ស្ថិតិ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="63"/>
        <source>Operational lists</source>
        <translation>បញ្ជីប្រតិបត្តិការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="77"/>
        <source>(nothing: a simple table)</source>
        <translation>(គ្មាន៖ តារាងសាមញ្ញ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="82"/>
        <source>Standard donor tables (sex, age group, sector, country of origin)</source>
        <translation>តារាងស្តង់ដារសម្រាប់ម្ចាស់ជំនួយ (ភេទ ក្រុមអាយុ វិស័យ ប្រទេសកំណើត)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="86"/>
        <source>Count persons by</source>
        <translation>រាប់ចំនួនបុគ្គលតាម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="88"/>
        <source>and by</source>
        <translation>និងតាម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="91"/>
        <source>Only persons taken in from</source>
        <translation>តែបុគ្គលដែលបានទទួលចាប់ពី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="103"/>
        <source>to</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="107"/>
        <source>Programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="109"/>
        <source>Hide counts below</source>
        <translation>លាក់ចំនួនដែលតិចជាង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="118"/>
        <source>and the counts that would reveal them (needed for anything that leaves the organisation)</source>
        <translation>និងចំនួនដែលអាចបង្ហាញពួកវា (ចាំបាច់សម្រាប់អ្វីៗដែលចេញពីអង្គការ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="129"/>
        <source>Build the report</source>
        <translation>បង្កើតរបាយការណ៍</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="132"/>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="134"/>
        <source>Export PDF…</source>
        <translation>នាំចេញ PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="136"/>
        <source>Import cases from a spreadsheet…</source>
        <translation>នាំចូលករណីពីសៀវភៅបញ្ជី…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="165"/>
        <source>All programmes</source>
        <translation>គ្រប់កម្មវិធី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="199"/>
        <source>Counting…</source>
        <translation>កំពុងរាប់…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="217"/>
        <source>{n} persons counted.</source>
        <translation>បានរាប់បុគ្គលចំនួន {n}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="225"/>
        <source>The report could not be made.</source>
        <translation>មិនអាចបង្កើតរបាយការណ៍បានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="237"/>
        <source>Export without hiding small counts?</source>
        <translation>នាំចេញដោយមិនលាក់ចំនួនតូចៗឬ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="239"/>
        <source>This report shows every count, even of one or two persons. Files sent outside the organisation must hide small counts. Export anyway?</source>
        <translation>របាយការណ៍នេះបង្ហាញគ្រប់ចំនួន ទោះបីជាចំនួនមួយ ឬពីរនាក់ក៏ដោយ។ ឯកសារដែលផ្ញើទៅក្រៅអង្គការ ត្រូវតែលាក់ចំនួនតូចៗ។ នាំចេញទោះយ៉ាងណាក៏ដោយឬ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="257"/>
        <source>Export CSV</source>
        <translation>នាំចេញ CSV</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="257"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="268"/>
        <source>Writing the CSV…</source>
        <translation>កំពុងសរសេរ CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="276"/>
        <source>Saved {n} CSV file(s).</source>
        <translation>បានរក្សាទុកឯកសារ CSV ចំនួន {n}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="285"/>
        <source>Export PDF</source>
        <translation>នាំចេញ PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="285"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="294"/>
        <source>Writing the PDF…</source>
        <translation>កំពុងសរសេរ PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="303"/>
        <source>Saved the PDF ({n} pages).</source>
        <translation>បានរក្សាទុក PDF ({n} ទំព័រ)។</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="35"/>
        <source>Reference</source>
        <translation>លេខយោងករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="36"/>
        <source>Closed on</source>
        <translation>កាលបរិច្ឆេទបិទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="37"/>
        <source>Why closed</source>
        <translation>មូលហេតុនៃការបិទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="38"/>
        <source>Kept until</source>
        <translation>រក្សាទុករហូតដល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="41"/>
        <source>&amp;Review now</source>
        <translation>ពិនិត្យឥឡូវនេះ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="43"/>
        <source>A&amp;nonymise…</source>
        <translation>ធ្វើអនាមិកកម្ម(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="45"/>
        <source>&amp;Delete…</source>
        <translation>លុប(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="51"/>
        <source>Closed cases are kept for their retention period, then anonymised (the counts stay for reports, nothing that names or locates the person) or deleted. Both are final on every laptop of the organisation.</source>
        <translation>ករណីដែលបានបិទ ត្រូវបានរក្សាទុកក្នុងរយៈពេលរក្សាទុករបស់វា បន្ទាប់មកត្រូវបានធ្វើអនាមិកកម្ម (ចំនួននៅតែមានសម្រាប់របាយការណ៍ ប៉ុន្តែគ្មានអ្វីដែលបង្ហាញឈ្មោះ ឬទីតាំងរបស់បុគ្គលនោះទេ) ឬត្រូវបានលុប។ ទាំងពីរនេះមិនអាចត្រឡប់វិញបានទេ នៅលើកុំព្យូទ័រយួរដៃទាំងអស់របស់អង្គការ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="75"/>
        <source>Looking for closed cases past their retention date…</source>
        <translation>កំពុងស្វែងរកករណីដែលបានបិទ ហើយហួសកាលបរិច្ឆេទនៃរយៈពេលរក្សាទុក…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="83"/>
        <source>That did not work ({kind}).</source>
        <translation>សកម្មភាពនោះមិនបានសម្រេចទេ ({kind})។</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="102"/>
        <source>%n closed case(s) past their retention date.</source>
        <translation>
            <numerusform>ករណីដែលបានបិទចំនួន %n ហួសកាលបរិច្ឆេទនៃរយៈពេលរក្សាទុក។</numerusform>
            <numerusform>ករណីដែលបានបិទចំនួន %n ហួសកាលបរិច្ឆេទនៃរយៈពេលរក្សាទុក។</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="104"/>
        <source>No case is due. &quot;Review now&quot; looks again.</source>
        <translation>មិនមានករណីណាដល់កាលកំណត់ទេ។ “ពិនិត្យឥឡូវនេះ” នឹងស្វែងរកម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="112"/>
        <source>Choose a case in the list first.</source>
        <translation>សូមជ្រើសរើសករណីមួយក្នុងបញ្ជីជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="118"/>
        <source>Anonymise {reference}? Names, contacts, notes, files and the story are removed for good; the counts stay.</source>
        <translation>ធ្វើអនាមិកកម្មករណី {reference} ឬ? ឈ្មោះ ទំនាក់ទំនង កំណត់ចំណាំ ឯកសារ និងសេចក្តីរៀបរាប់ នឹងត្រូវលុបចេញជាស្ថាពរ៖ ចំនួននៅតែមាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="122"/>
        <source>Delete {reference}? Nothing of it stays, on any laptop.</source>
        <translation>លុបករណី {reference} ឬ? គ្មានអ្វីពីករណីនេះនៅសល់ទេ នៅលើកុំព្យូទ័រយួរដៃណាមួយឡើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="124"/>
        <source>Retention</source>
        <translation>រយៈពេលរក្សាទុក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="138"/>
        <source>{reference} was anonymised.</source>
        <translation>ករណី {reference} ត្រូវបានធ្វើអនាមិកកម្មហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="140"/>
        <source>{reference} was deleted.</source>
        <translation>ករណី {reference} ត្រូវបានលុបហើយ។</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="56"/>
        <source>Return cannot be marked ready because:</source>
        <translation>មិនអាចសម្គាល់ការវិលត្រឡប់ថារួចរាល់បានទេ ដោយសារ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="56"/>
        <source>Nothing blocks the return.</source>
        <translation>គ្មានអ្វីរារាំងការវិលត្រឡប់ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="82"/>
        <source>New security assessment</source>
        <translation>ការវាយតម្លៃសុវត្ថិភាពថ្មី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="85"/>
        <source>Factor</source>
        <translation>កត្តា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="86"/>
        <source>Concern</source>
        <translation>ការព្រួយបារម្ភ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="87"/>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="101"/>
        <source>Overall finding:</source>
        <translation>លទ្ធផលរួម៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="108"/>
        <source>Mitigations:</source>
        <translation>វិធានការកាត់បន្ថយ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="113"/>
        <source>Record assessment</source>
        <translation>កត់ត្រាការវាយតម្លៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="120"/>
        <source>Supervisor override</source>
        <translation>ការអនុញ្ញាតលើកលែងរបស់អ្នកត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="130"/>
        <source>Reason (required, at least {n} characters)</source>
        <translation>មូលហេតុ (ចាំបាច់ យ៉ាងហោចណាស់ {n} តួអក្សរ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="136"/>
        <source>Record override</source>
        <translation>កត់ត្រាការអនុញ្ញាតលើកលែង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="140"/>
        <source>Revoke this kind of override</source>
        <translation>ដកហូតការអនុញ្ញាតលើកលែងប្រភេទនេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="155"/>
        <source>No security assessment has been made yet.</source>
        <translation>មិនទាន់មានការវាយតម្លៃសុវត្ថិភាពនៅឡើយទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="164"/>
        <source>Latest assessment: {finding}, {date}, by {user}. Concerns: {concerns}</source>
        <translation>ការវាយតម្លៃចុងក្រោយ៖ {finding}, {date}, ដោយ {user}។ ការព្រួយបារម្ភ៖ {concerns}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="169"/>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="182"/>
        <source>Supervisor override in force ({kind}) by {user} on {date}: {reason}</source>
        <translation>ការអនុញ្ញាតលើកលែងរបស់អ្នកត្រួតពិនិត្យកំពុងមានសុពលភាព ({kind}) ដោយ {user} នៅថ្ងៃទី {date}៖ {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="229"/>
        <source>You are setting aside this safety check: {check}

Your reason, recorded under your name:
“{reason}”</source>
        <translation>អ្នកកំពុងលើកលែងការត្រួតពិនិត្យសុវត្ថិភាពនេះ៖ {check}

មូលហេតុរបស់អ្នក ដែលត្រូវកត់ត្រាក្រោមឈ្មោះរបស់អ្នក៖
“{reason}”</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="233"/>
        <source>This person is a child.</source>
        <translation>អ្នកទទួលជំនួយនេះជាកុមារ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="235"/>
        <source>Override a safety check?</source>
        <translation>អនុញ្ញាតលើកលែងការត្រួតពិនិត្យសុវត្ថិភាពឬ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="235"/>
        <source>Continue?</source>
        <translation>បន្តឬ?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="32"/>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="54"/>
        <source> min</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="59"/>
        <source>Interface &amp;language</source>
        <translation>ភាសាចំណុចប្រទាក់(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="62"/>
        <source>&amp;Lock after inactivity</source>
        <translation>ចាក់សោបន្ទាប់ពីអសកម្ម(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="63"/>
        <source>Vault folder</source>
        <translation>ថតឃ្លាំងសុវត្ថិភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="64"/>
        <source>Device</source>
        <translation>ឧបករណ៍</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="66"/>
        <source>Ctrl+L locks now. F12 or Esc twice: quick exit (hides everything and locks).</source>
        <translation>Ctrl+L ចាក់សោភ្លាមៗ។ F12 ឬ Esc ពីរដង៖ ចាកចេញរហ័ស (លាក់អ្វីៗទាំងអស់ ហើយចាក់សោ)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="77"/>
        <source>This computer</source>
        <translation>កុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="79"/>
        <source>Vault and backup</source>
        <translation>ឃ្លាំងសុវត្ថិភាព និងការបម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="85"/>
        <source>Users and roles</source>
        <translation>អ្នកប្រើ និងតួនាទី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="91"/>
        <source>Public holidays</source>
        <translation>ថ្ងៃបុណ្យសាធារណៈ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="93"/>
        <source>Retention</source>
        <translation>រយៈពេលរក្សាទុក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="107"/>
        <source>This translation was drafted by machine and awaits review by a native speaker. Tell your administrator about any wording that is wrong.</source>
        <translation>ការបកប្រែនេះត្រូវបានព្រាងដោយម៉ាស៊ីន ហើយកំពុងរង់ចាំការពិនិត្យដោយអ្នកនិយាយភាសាកំណើត។ សូមប្រាប់អ្នកគ្រប់គ្រងប្រព័ន្ធរបស់អ្នក អំពីពាក្យពេចន៍ណាដែលខុស។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="116"/>
        <source>The new language applies as soon as the case files with unsaved changes are saved or closed. Nothing you typed is lost.</source>
        <translation>ភាសាថ្មីនឹងចាប់ផ្តើមអនុវត្ត ភ្លាមៗនៅពេលដែលសំណុំឯកសារករណីដែលមានការផ្លាស់ប្តូរមិនទាន់រក្សាទុក ត្រូវបានរក្សាទុក ឬបិទ។ អ្វីដែលអ្នកបានវាយបញ្ចូលនឹងមិនបាត់បង់ទេ។</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="59"/>
        <source>Welcome to RRR Desktop</source>
        <translation>សូមស្វាគមន៍មកកាន់ RRR Desktop</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="66"/>
        <source>Case data stays on this computer, encrypted with your passphrase. Nobody can recover it if the passphrase is lost.</source>
        <translation>ទិន្នន័យករណីនៅលើកុំព្យូទ័រនេះ ដោយត្រូវបានអ៊ិនគ្រីបដោយឃ្លាសម្ងាត់របស់អ្នក។ គ្មាននរណាម្នាក់អាចយកវាមកវិញបានទេ ប្រសិនបើឃ្លាសម្ងាត់បាត់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="73"/>
        <source>← Back to the lock screen</source>
        <translation>← ត្រឡប់ទៅអេក្រង់ចាក់សោ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="89"/>
        <source>Set up your organisation&apos;s vault</source>
        <translation>រៀបចំឃ្លាំងសុវត្ថិភាពរបស់អង្គការអ្នក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="91"/>
        <source>e.g. Safe Home Foundation</source>
        <translation>ឧ. មូលនិធិផ្ទះសុវត្ថិភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="94"/>
        <source>lower-case, e.g. dara</source>
        <translation>អក្សរតូច ឧ. dara</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="110"/>
        <source>&amp;Create vault</source>
        <translation>បង្កើតឃ្លាំងសុវត្ថិភាព(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="125"/>
        <source>A vault already exists on this laptop. Go back to unlock it; to start again, an administrator wipes it first (Settings, or rrr wipe).</source>
        <translation>ឃ្លាំងសុវត្ថិភាពមួយមានរួចហើយនៅលើកុំព្យូទ័រយួរដៃនេះ។ សូមត្រឡប់ក្រោយ ដើម្បីដោះសោវា៖ ដើម្បីចាប់ផ្តើមឡើងវិញ អ្នកគ្រប់គ្រងប្រព័ន្ធត្រូវលុបសម្អាតឃ្លាំងសុវត្ថិភាពនេះជាមុនសិន (ការកំណត់ ឬ rrr wipe)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="134"/>
        <source>&amp;Organisation</source>
        <translation>អង្គការ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="135"/>
        <source>Coun&amp;try</source>
        <translation>ប្រទេស(&amp;T)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="136"/>
        <source>Your &amp;user name</source>
        <translation>ឈ្មោះអ្នកប្រើរបស់អ្នក(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="137"/>
        <source>Your &amp;name</source>
        <translation>ឈ្មោះរបស់អ្នក(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="138"/>
        <source>&amp;Passphrase</source>
        <translation>ឃ្លាសម្ងាត់(&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="141"/>
        <source>&amp;Repeat passphrase</source>
        <translation>បញ្ចូលឃ្លាសម្ងាត់ម្តងទៀត(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="142"/>
        <source>Working &amp;language</source>
        <translation>ភាសាការងារ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="168"/>
        <source>The two passphrases are not the same.</source>
        <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="209"/>
        <source>Just looking? Open the demo vault</source>
        <translation>គ្រាន់តែចង់មើល? បើកឃ្លាំងសុវត្ថិភាពសាកល្បង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="212"/>
        <source>A separate vault filled with {count} invented cases, for training and trying things out. Nothing you do there touches real data.</source>
        <translation>ឃ្លាំងសុវត្ថិភាពដាច់ដោយឡែកមួយ ដែលមានករណីប្រឌិតចំនួន {count} សម្រាប់ការបណ្តុះបណ្តាល និងការសាកល្បង។ អ្វីដែលអ្នកធ្វើនៅទីនោះ មិនប៉ះពាល់ដល់ទិន្នន័យពិតទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="219"/>
        <source>User: {user}
Passphrase: {passphrase}</source>
        <translation>អ្នកប្រើ៖ {user}
ឃ្លាសម្ងាត់៖ {passphrase}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="225"/>
        <source>Open &amp;demo vault</source>
        <translation>បើកឃ្លាំងសុវត្ថិភាពសាកល្បង(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="244"/>
        <source>Creating {count} invented cases…</source>
        <translation>កំពុងបង្កើតករណីប្រឌិតចំនួន {count}…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="246"/>
        <source>Opening the demo vault…</source>
        <translation>កំពុងបើកឃ្លាំងសុវត្ថិភាពសាកល្បង…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="275"/>
        <source>Creating the vault…</source>
        <translation>កំពុងបង្កើតឃ្លាំងសុវត្ថិភាព…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="297"/>
        <source>Something went wrong ({kind}).</source>
        <translation>មានបញ្ហាកើតឡើង ({kind})។</translation>
    </message>
</context>
<context>
    <name>ShelterTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="40"/>
        <source>&amp;Shelter</source>
        <translation>ទីជម្រក(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="41"/>
        <source>&amp;Admitted on</source>
        <translation>ចូលស្នាក់នៅថ្ងៃ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="42"/>
        <source>&amp;Left on</source>
        <translation>ចាកចេញនៅថ្ងៃ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="45"/>
        <source>Services &amp;received (one per line)</source>
        <translation>សេវាដែលបានទទួល (មួយក្នុងមួយបន្ទាត់)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="48"/>
        <source>Re&amp;ferrals (one per line)</source>
        <translation>ការបញ្ជូន (មួយក្នុងមួយបន្ទាត់)(&amp;F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="49"/>
        <source>Security &amp;measures</source>
        <translation>វិធានការសុវត្ថិភាព(&amp;M)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="55"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>កាលបរិច្ឆេទ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="56"/>
        <source>Service</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="57"/>
        <source>Voluntary test</source>
        <translation>ការធ្វើតេស្តដោយស្ម័គ្រចិត្ត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="58"/>
        <source>Consented</source>
        <translation>បានយល់ព្រម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="59"/>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="70"/>
        <source>Add medical entry</source>
        <translation>បន្ថែមកំណត់ត្រាវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="72"/>
        <source>Remove medical entry</source>
        <translation>ដកកំណត់ត្រាវេជ្ជសាស្ត្រចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="79"/>
        <source>Medical care (testing only ever voluntary)</source>
        <translation>ការថែទាំវេជ្ជសាស្ត្រ (ការធ្វើតេស្តត្រូវតែស្ម័គ្រចិត្តជានិច្ច)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="139"/>
        <source>Medical entry: {message}</source>
        <translation>កំណត់ត្រាវេជ្ជសាស្ត្រ៖ {message}</translation>
    </message>
</context>
<context>
    <name>StageTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="73"/>
        <source>Note for the history (optional)</source>
        <translation>កំណត់សម្គាល់សម្រាប់ប្រវត្តិ (មិនចាំបាច់)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="74"/>
        <source>Move the case to</source>
        <translation>ផ្លាស់ករណីនេះទៅ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="76"/>
        <source>&amp;Change stage</source>
        <translation>ប្តូរដំណាក់កាល(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="80"/>
        <source>Why the case is closed</source>
        <translation>មូលហេតុនៃការបិទករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="81"/>
        <source>Why is the case closed? Choose a reason…</source>
        <translation>ហេតុអ្វីបានជាបិទករណី? សូមជ្រើសរើសមូលហេតុ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>Who</source>
        <translation>អ្នកណា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="101"/>
        <source>Move to</source>
        <translation>ផ្លាស់ទៅ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="108"/>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="112"/>
        <source>Caseworker</source>
        <translation>បុគ្គលិកទទួលបន្ទុកករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="109"/>
        <source>&amp;Assign</source>
        <translation>ចាត់តាំង(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="125"/>
        <source>Timeline</source>
        <translation>ពេលវេលាតាមលំដាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="129"/>
        <source>Current stage: {stage}</source>
        <translation>ដំណាក់កាលបច្ចុប្បន្ន៖ {stage}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="156"/>
        <source>{reference} is now assigned to {name}.</source>
        <translation>ករណី {reference} ឥឡូវនេះត្រូវបានចាត់តាំងឱ្យ {name}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="165"/>
        <source>Stage: {old} → {new}</source>
        <translation>ដំណាក់កាល៖ {old} → {new}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="202"/>
        <source>Choose why the case is closed, beside &quot;Move to&quot;.</source>
        <translation>សូមជ្រើសរើសមូលហេតុនៃការបិទករណី នៅក្បែរ “ផ្លាស់ទៅ”។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="224"/>
        <source>The case cannot move to {stage} yet:</source>
        <translation>ករណីនេះមិនទាន់អាចផ្លាស់ទៅ {stage} បានទេ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="234"/>
        <source>Moved to {stage}.</source>
        <translation>បានផ្លាស់ទៅ {stage}។</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="33"/>
        <source>Today</source>
        <translation>ថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="42"/>
        <source>Everything</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="46"/>
        <source>&amp;Refresh</source>
        <translation>ផ្ទុកឡើងវិញ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="52"/>
        <source>Due</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="53"/>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="54"/>
        <source>Reference</source>
        <translation>លេខយោងករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="55"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="56"/>
        <source>Next step</source>
        <translation>ជំហានបន្ទាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="85"/>
        <source>Looking for what needs action…</source>
        <translation>កំពុងស្វែងរកអ្វីដែលត្រូវការសកម្មភាព…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="97"/>
        <source>The list could not be loaded.</source>
        <translation>មិនអាចផ្ទុកបញ្ជីនេះបានទេ។</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="106"/>
        <source>%n item(s) need action</source>
        <translation>
            <numerusform>មានធាតុចំនួន %n ត្រូវការសកម្មភាព</numerusform>
            <numerusform>មានធាតុចំនួន %n ត្រូវការសកម្មភាព</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="108"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>ហួសកាលកំណត់ %n</numerusform>
            <numerusform>ហួសកាលកំណត់ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="110"/>
        <source>the first %n are listed, overdue first</source>
        <translation>
            <numerusform>មាន %n ដំបូងត្រូវបានបង្ហាញ ដោយយឺតយ៉ាវមុនគេ</numerusform>
            <numerusform>មាន %n ដំបូងត្រូវបានបង្ហាញ ដោយយឺតយ៉ាវមុនគេ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="113"/>
        <source>Nothing needs action now: no visits due within a week, no departures blocked, no messages waiting for an answer.</source>
        <translation>មិនមានអ្វីត្រូវធ្វើឥឡូវនេះទេ៖ គ្មានការចុះជួបតាមដានដល់ពេលក្នុងរយៈពេលមួយសប្តាហ៍ គ្មានការចាកចេញដែលត្រូវបានរារាំង គ្មានសារដែលរង់ចាំចម្លើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="119"/>
        <source>overdue</source>
        <translation>ហួសកាលកំណត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="120"/>
        <source>child</source>
        <translation>កុមារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="132"/>
        <source>Record a supervisor&apos;s decision on the risk finding</source>
        <translation>កត់ត្រាសេចក្តីសម្រេចរបស់អ្នកត្រួតពិនិត្យលើលទ្ធផលវាយតម្លៃហានិភ័យ</translation>
    </message>
</context>
<context>
    <name>TravelTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="60"/>
        <source>Itinerary (local times)</source>
        <translation>ផែនការធ្វើដំណើរ (ម៉ោងក្នុងស្រុក)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="66"/>
        <source>Mode</source>
        <translation>មធ្យោបាយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="67"/>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="68"/>
        <source>To</source>
        <translation>ទៅ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="69"/>
        <source>Departs</source>
        <translation>ចេញដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="70"/>
        <source>Arrives</source>
        <translation>មកដល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="71"/>
        <source>Carrier</source>
        <translation>ក្រុមហ៊ុនដឹកជញ្ជូន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="72"/>
        <source>Escort</source>
        <translation>អ្នកអមដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="82"/>
        <source>Add leg</source>
        <translation>បន្ថែមផ្នែកធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="83"/>
        <source>Edit leg</source>
        <translation>កែសម្រួលផ្នែកធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="84"/>
        <source>Remove leg</source>
        <translation>ដកផ្នែកធ្វើដំណើរចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="102"/>
        <source>Arrival and travel grant</source>
        <translation>ការមកដល់ និងប្រាក់ឧបត្ថម្ភធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="111"/>
        <source>Destination country</source>
        <translation>ប្រទេសដែលត្រូវធ្វើដំណើរទៅ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="112"/>
        <source>Met on arrival by</source>
        <translation>អ្នកមកទទួលនៅពេលមកដល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="113"/>
        <source>Transit assistance</source>
        <translation>ជំនួយពេលឆ្លងកាត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="114"/>
        <source>Travel grant</source>
        <translation>ប្រាក់ឧបត្ថម្ភធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="115"/>
        <source>Grant details</source>
        <translation>ព័ត៌មានលម្អិតអំពីប្រាក់ឧបត្ថម្ភ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="116"/>
        <source>Save arrival and grant</source>
        <translation>រក្សាទុកការមកដល់ និងប្រាក់ឧបត្ថម្ភ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="155"/>
        <source>No travel warnings.</source>
        <translation>គ្មានការព្រមានអំពីការធ្វើដំណើរទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="157"/>
        <source>No legs yet: add the first one.</source>
        <translation>មិនទាន់មានផ្នែកធ្វើដំណើរនៅឡើយទេ៖ សូមបន្ថែមផ្នែកទីមួយ។</translation>
    </message>
</context>
<context>
    <name>UsersBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>User name</source>
        <translation>ឈ្មោះអ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Name shown</source>
        <translation>ឈ្មោះដែលបង្ហាញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="93"/>
        <source>&amp;Add a user…</source>
        <translation>បន្ថែមអ្នកប្រើ(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="95"/>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="174"/>
        <source>&amp;Disable</source>
        <translation>បិទដំណើរការ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="98"/>
        <source>Role of the chosen user</source>
        <translation>តួនាទីរបស់អ្នកប្រើដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="101"/>
        <source>Change the &amp;role</source>
        <translation>ប្តូរតួនាទី(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="103"/>
        <source>Re&amp;move…</source>
        <translation>ដកចេញ(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="105"/>
        <source>New recovery &amp;key…</source>
        <translation>កូនសោសង្គ្រោះថ្មី(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="107"/>
        <source>&amp;Change the vault&apos;s key</source>
        <translation>ប្តូរកូនសោរបស់ឃ្លាំងសុវត្ថិភាព(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="110"/>
        <source>Done by itself when a user is removed. Needs the vault closed in every other window and &apos;rrr&apos; command.</source>
        <translation>ធ្វើដោយស្វ័យប្រវត្តិ នៅពេលដកអ្នកប្រើចេញ។ ត្រូវបិទឃ្លាំងសុវត្ថិភាពនៅក្នុងបង្អួចផ្សេងទៀត និងពាក្យបញ្ជា &apos;rrr&apos; ទាំងអស់សិន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="119"/>
        <source>Removing a user deletes their key and changes the vault&apos;s key, so a copy of their key taken earlier opens nothing made from now on. Their name stays in the audit log.</source>
        <translation>ការដកអ្នកប្រើចេញ នឹងលុបកូនសោរបស់គាត់ ហើយប្តូរកូនសោរបស់ឃ្លាំងសុវត្ថិភាព ដូច្នេះច្បាប់ចម្លងនៃកូនសោរបស់គាត់ដែលបានយកទុកពីមុន នឹងមិនអាចបើកអ្វីដែលបង្កើតឡើងចាប់ពីពេលនេះតទៅបានទេ។ ឈ្មោះរបស់គាត់នៅតែមាននៅក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="156"/>
        <source>active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="156"/>
        <source>disabled</source>
        <translation>បានបិទដំណើរការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="174"/>
        <source>&amp;Enable</source>
        <translation>បើកដំណើរការ(&amp;E)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="189"/>
        <source>That did not work ({kind}).</source>
        <translation>សកម្មភាពនោះមិនបានសម្រេចទេ ({kind})។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="207"/>
        <source>The two passphrases are not the same.</source>
        <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="217"/>
        <source>Adding the user…</source>
        <translation>កំពុងបន្ថែមអ្នកប្រើ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="223"/>
        <source>{user} can now unlock this vault.</source>
        <translation>ឥឡូវនេះ {user} អាចដោះសោឃ្លាំងសុវត្ថិភាពនេះបានហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="236"/>
        <source>{user} is disabled: their passphrase opens nothing.</source>
        <translation>{user} ត្រូវបានបិទដំណើរការ៖ ឃ្លាសម្ងាត់របស់គាត់មិនអាចបើកអ្វីបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="240"/>
        <source>{user} can unlock again.</source>
        <translation>{user} អាចដោះសោបានម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="255"/>
        <source>{user} is now: {role}.</source>
        <translation>ឥឡូវនេះ {user} ជា៖ {role}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="265"/>
        <source>Remove the user?</source>
        <translation>ដកអ្នកប្រើចេញឬ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="267"/>
        <source>Remove {user}? Their key is deleted and the vault&apos;s key is changed (this takes a moment). Backups made before keep the old key.</source>
        <translation>ដក {user} ចេញឬ? កូនសោរបស់គាត់នឹងត្រូវលុប ហើយកូនសោរបស់ឃ្លាំងសុវត្ថិភាពនឹងត្រូវប្តូរ (ការនេះត្រូវការពេលបន្តិច)។ ការបម្រុងទុកដែលបានធ្វើពីមុន នៅតែប្រើកូនសោចាស់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="280"/>
        <source>Removing the user and changing the vault&apos;s key…</source>
        <translation>កំពុងដកអ្នកប្រើចេញ និងប្តូរកូនសោរបស់ឃ្លាំងសុវត្ថិភាព…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="286"/>
        <source>{user} was removed; the vault&apos;s key was changed.</source>
        <translation>{user} ត្រូវបានដកចេញ៖ កូនសោរបស់ឃ្លាំងសុវត្ថិភាពត្រូវបានប្តូរហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="295"/>
        <source>Changing the vault&apos;s key…</source>
        <translation>កំពុងប្តូរកូនសោរបស់ឃ្លាំងសុវត្ថិភាព…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="301"/>
        <source>The vault&apos;s key was changed: earlier copies of the key slots open nothing.</source>
        <translation>កូនសោរបស់ឃ្លាំងសុវត្ថិភាពត្រូវបានប្តូរហើយ៖ ច្បាប់ចម្លងចាស់ៗនៃរន្ធកូនសោ លែងបើកអ្វីបានទៀតហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="308"/>
        <source>New recovery key?</source>
        <translation>បង្កើតកូនសោសង្គ្រោះថ្មីឬ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="310"/>
        <source>A new recovery key is made and shown once; the old one stops working. Continue?</source>
        <translation>កូនសោសង្គ្រោះថ្មីនឹងត្រូវបង្កើត ហើយបង្ហាញតែម្តងប៉ុណ្ណោះ៖ កូនសោចាស់នឹងឈប់ដំណើរការ។ បន្តឬ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="321"/>
        <source>Making a new recovery key…</source>
        <translation>កំពុងបង្កើតកូនសោសង្គ្រោះថ្មី…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="325"/>
        <source>A new recovery key was made; the old one no longer works.</source>
        <translation>បានបង្កើតកូនសោសង្គ្រោះថ្មីហើយ៖ កូនសោចាស់លែងដំណើរការទៀតហើយ។</translation>
    </message>
</context>
<context>
    <name>VaultAdminBox</name>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="34"/>
        <source>Vault</source>
        <translation>ឃ្លាំងសុវត្ថិភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="36"/>
        <source>&amp;Back up to a folder…</source>
        <translation>បម្រុងទុកទៅក្នុងថត(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="43"/>
        <source>&amp;Restore from a backup…</source>
        <translation>ស្តារឡើងវិញពីការបម្រុងទុក(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="46"/>
        <source>&amp;Change my passphrase</source>
        <translation>ប្តូរឃ្លាសម្ងាត់របស់ខ្ញុំ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="54"/>
        <source>An encrypted copy; it opens with the same passphrases.</source>
        <translation>ច្បាប់ចម្លងដែលបានអ៊ិនគ្រីប៖ វាបើកដោយប្រើឃ្លាសម្ងាត់ដដែល។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="59"/>
        <source>Current passphrase</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="60"/>
        <source>New passphrase</source>
        <translation>ឃ្លាសម្ងាត់ថ្មី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="61"/>
        <source>Repeat new passphrase</source>
        <translation>បញ្ចូលឃ្លាសម្ងាត់ថ្មីម្តងទៀត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="69"/>
        <source>Typing it also destroys the real key slots on this laptop</source>
        <translation>ការវាយវាក៏បំផ្លាញរន្ធកូនសោពិតនៅលើកុំព្យូទ័រយួរដៃនេះដែរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="71"/>
        <source>Set the &amp;duress passphrase</source>
        <translation>កំណត់ឃ្លាសម្ងាត់បន្ទាន់(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="76"/>
        <source>A duress passphrase, typed at the lock screen when someone forces you to unlock, opens an empty vault of this organisation instead of this one.</source>
        <translation>ឃ្លាសម្ងាត់បន្ទាន់ ដែលវាយនៅអេក្រង់ចាក់សោ នៅពេលមាននរណាម្នាក់បង្ខំអ្នកឱ្យដោះសោ នឹងបើកឃ្លាំងសុវត្ថិភាពទទេមួយរបស់អង្គការនេះ ជំនួសឱ្យឃ្លាំងសុវត្ថិភាពនេះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="83"/>
        <source>Duress passphrase</source>
        <translation>ឃ្លាសម្ងាត់បន្ទាន់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="84"/>
        <source>Repeat duress passphrase</source>
        <translation>វាយឃ្លាសម្ងាត់បន្ទាន់ម្តងទៀត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="93"/>
        <source>Choose an empty folder</source>
        <translation>ជ្រើសរើសថតទទេមួយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="98"/>
        <source>Choose the backup folder</source>
        <translation>ជ្រើសរើសថតដែលមានការបម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="111"/>
        <source>The backup was made on {made}.</source>
        <translation>ការបម្រុងទុកត្រូវបានធ្វើឡើងនៅ {made}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="112"/>
        <source>The vault here was last changed on {changed}.</source>
        <translation>ឃ្លាំងសុវត្ថិភាពនៅទីនេះត្រូវបានផ្លាស់ប្តូរចុងក្រោយនៅ {changed}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="116"/>
        <source>There is no vault here yet.</source>
        <translation>មិនទាន់មានឃ្លាំងសុវត្ថិភាពនៅទីនេះនៅឡើយទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="119"/>
        <source>The backup is of ANOTHER vault.</source>
        <translation>ការបម្រុងទុកនេះជារបស់ឃ្លាំងសុវត្ថិភាពមួយផ្សេងទៀត មិនមែនឃ្លាំងសុវត្ថិភាពនេះទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="121"/>
        <source>Changes made here after the backup will be set aside.</source>
        <translation>ការផ្លាស់ប្តូរដែលបានធ្វើនៅទីនេះ បន្ទាប់ពីការបម្រុងទុក នឹងត្រូវដាក់ទុកដោយឡែក។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="124"/>
        <source>RRR Desktop locks, restores the backup, and keeps the vault it replaces in a folder beside it. Restore now?</source>
        <translation>RRR Desktop នឹងចាក់សោ ស្តារការបម្រុងទុកឡើងវិញ ហើយរក្សាទុកឃ្លាំងសុវត្ថិភាពដែលត្រូវបានជំនួស នៅក្នុងថតមួយនៅក្បែរថតឃ្លាំងសុវត្ថិភាព។ ស្តារឡើងវិញឥឡូវនេះឬ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="130"/>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="139"/>
        <source>Restore from a backup</source>
        <translation>ស្តារឡើងវិញពីការបម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="141"/>
        <source>Your passphrase in the backup. The backup is opened and checked with it before anything here is replaced.</source>
        <translation>ឃ្លាសម្ងាត់របស់អ្នកនៅក្នុងការបម្រុងទុក។ ការបម្រុងទុកត្រូវបានបើក និងពិនិត្យដោយប្រើឃ្លាសម្ងាត់នេះ មុនពេលជំនួសអ្វីមួយនៅទីនេះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="153"/>
        <source>Writing the encrypted backup…</source>
        <translation>កំពុងសរសេរការបម្រុងទុកដែលបានអ៊ិនគ្រីប…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="159"/>
        <source>Backup written to {folder}.</source>
        <translation>បានសរសេរការបម្រុងទុកទៅ {folder}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="166"/>
        <source>The two new passphrases differ.</source>
        <translation>ឃ្លាសម្ងាត់ថ្មីទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="169"/>
        <source>Changing the passphrase…</source>
        <translation>កំពុងប្តូរឃ្លាសម្ងាត់…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="174"/>
        <source>Passphrase changed.</source>
        <translation>បានប្តូរឃ្លាសម្ងាត់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="179"/>
        <source>The two duress passphrases differ.</source>
        <translation>ឃ្លាសម្ងាត់បន្ទាន់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="182"/>
        <source>Setting the duress passphrase…</source>
        <translation>កំពុងកំណត់ឃ្លាសម្ងាត់បន្ទាន់…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="190"/>
        <source>Duress passphrase set.</source>
        <translation>បានកំណត់ឃ្លាសម្ងាត់បន្ទាន់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="215"/>
        <source>That did not work; nothing was changed.</source>
        <translation>មិនបានសម្រេច៖ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
</context>
<context>
    <name>casetabs</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="46"/>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="47"/>
        <source>Intake</source>
        <translation>ការទទួលករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="48"/>
        <source>Shelter &amp; care</source>
        <translation>ទីជម្រក និងការថែទាំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="49"/>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="50"/>
        <source>Stage &amp; history</source>
        <translation>ដំណាក់កាល និងប្រវត្តិ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="80"/>
        <source>This tab could not be opened ({kind}).</source>
        <translation>មិនអាចបើកផ្ទាំងនេះបានទេ ({kind})។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/__init__.py" line="16"/>
        <source>Print</source>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/__init__.py" line="23"/>
        <source>Reintegration plan</source>
        <translation>ផែនការសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/__init__.py" line="24"/>
        <source>Follow-up</source>
        <translation>ការតាមដាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="11"/>
        <source>Risk assessment</source>
        <translation>ការវាយតម្លៃហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="13"/>
        <source>Pre-departure checklist</source>
        <translation>បញ្ជីត្រួតពិនិត្យមុនពេលចាកចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="15"/>
        <source>Travel</source>
        <translation>ការធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="16"/>
        <source>Messages</source>
        <translation>សារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/__init__.py" line="23"/>
        <source>Notes &amp; contacts</source>
        <translation>កំណត់ចំណាំ និងទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/__init__.py" line="24"/>
        <source>Files</source>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="11"/>
        <source>The person understands and consents to every departure procedure.</source>
        <translation>អ្នកទទួលជំនួយយល់ និងយល់ព្រមលើនីតិវិធីទាំងអស់នៃការចាកចេញ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="14"/>
        <source>A safe place to stay on arrival, at least temporary, has been agreed with the person.</source>
        <translation>កន្លែងស្នាក់នៅដែលមានសុវត្ថិភាពនៅពេលមកដល់ យ៉ាងហោចណាស់ជាបណ្តោះអាសន្ន ត្រូវបានព្រមព្រៀងជាមួយអ្នកទទួលជំនួយរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="18"/>
        <source>Every legal, administrative, identity and travel document is in hand.</source>
        <translation>ឯកសារច្បាប់ ឯកសាររដ្ឋបាល ឯកសារអត្តសញ្ញាណ និងឯកសារធ្វើដំណើរទាំងអស់ មាននៅក្នុងដៃរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="21"/>
        <source>Service referrals and follow-up care have been explained and given to the person.</source>
        <translation>ការបញ្ជូនទៅកាន់សេវា និងការថែទាំតាមដាន ត្រូវបានពន្យល់ និងផ្តល់ជូនអ្នកទទួលជំនួយរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="25"/>
        <source>Documents and security information have been sent to the receiving organisation.</source>
        <translation>ឯកសារ និងព័ត៌មានសុវត្ថិភាព ត្រូវបានផ្ញើទៅអង្គការទទួលរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="29"/>
        <source>Travel and services through partners in transit or at home are confirmed in advance, and the recommendations were sent and received.</source>
        <translation>ការធ្វើដំណើរ និងសេវាតាមរយៈដៃគូនៅតាមផ្លូវឆ្លងកាត់ ឬនៅស្រុកកំណើត ត្រូវបានបញ្ជាក់ជាមុន ហើយអនុសាសន៍ត្រូវបានផ្ញើ និងទទួលរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="34"/>
        <source>The person holds copies of their own documents (medical care, case progress).</source>
        <translation>អ្នកទទួលជំនួយមានច្បាប់ចម្លងឯកសាររបស់ខ្លួន (ការថែទាំវេជ្ជសាស្ត្រ វឌ្ឍនភាពនៃករណី)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="38"/>
        <source>The person has been told every step of departure, transport and follow-up.</source>
        <translation>អ្នកទទួលជំនួយត្រូវបានប្រាប់អំពីជំហាននីមួយៗនៃការចាកចេញ ការដឹកជញ្ជូន និងការតាមដាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="46"/>
        <source>Told their rights, options and the rules of return.</source>
        <translation>បានប្រាប់អំពីសិទ្ធិ ជម្រើស និងវិធាននៃការវិលត្រឡប់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="49"/>
        <source>Given the phone number of the receiving organisation and a named contact person.</source>
        <translation>បានផ្តល់លេខទូរសព្ទរបស់អង្គការទទួល និងឈ្មោះបុគ្គលទំនាក់ទំនង។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="53"/>
        <source>Told about the travel grant, if any.</source>
        <translation>បានប្រាប់អំពីប្រាក់ឧបត្ថម្ភធ្វើដំណើរ ប្រសិនបើមាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="54"/>
        <source>Told that alcohol is not allowed on the journey, especially with medication.</source>
        <translation>បានប្រាប់ថា មិនអនុញ្ញាតឱ្យផឹកគ្រឿងស្រវឹងក្នុងពេលធ្វើដំណើរទេ ជាពិសេសពេលកំពុងប្រើថ្នាំ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="57"/>
        <source>Told what help is realistically available at home.</source>
        <translation>បានប្រាប់អំពីជំនួយដែលអាចទទួលបានជាក់ស្តែងនៅស្រុកកំណើត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="60"/>
        <source>Told that the final reintegration plan is made by the receiving side.</source>
        <translation>បានប្រាប់ថា ផែនការសមាហរណកម្មឡើងវិញចុងក្រោយ ត្រូវរៀបចំឡើងដោយភាគីទទួល។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="63"/>
        <source>Given contact details of NGOs, lawyers, social welfare and a law-enforcement office at home.</source>
        <translation>បានផ្តល់ព័ត៌មានទំនាក់ទំនងរបស់អង្គការមិនមែនរដ្ឋាភិបាល មេធាវី សេវាសុខុមាលភាពសង្គម និងការិយាល័យអនុវត្តច្បាប់នៅស្រុកកំណើត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="68"/>
        <source>Asked whether they want to be met by a local NGO on arrival.</source>
        <translation>បានសួរថា តើចង់ឱ្យអង្គការមិនមែនរដ្ឋាភិបាលក្នុងតំបន់មកទទួលនៅពេលមកដល់ដែរឬទេ។</translation>
    </message>
</context>
<context>
    <name>consent_effects</name>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="15"/>
        <source>Return cannot be marked ready and the person cannot depart.</source>
        <translation>មិនអាចសម្គាល់ការវិលត្រឡប់ថារួចរាល់បានទេ ហើយអ្នកទទួលជំនួយមិនអាចចាកចេញបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="18"/>
        <source>The checklist tick &apos;consents to every departure procedure&apos; is removed.</source>
        <translation>សញ្ញាធីកក្នុងបញ្ជីត្រួតពិនិត្យ &apos;យល់ព្រមលើនីតិវិធីទាំងអស់នៃការចាកចេញ&apos; ត្រូវបានដកចេញ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="24"/>
        <source>Nothing more may be shared with the receiving organisation; departure is blocked.</source>
        <translation>មិនអាចចែករំលែកអ្វីបន្ថែមទៀតជាមួយអង្គការទទួលបានទេ៖ ការចាកចេញត្រូវបានរារាំង។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="30"/>
        <source>The embassy may not be contacted; no travel-document request letter can be made.</source>
        <translation>មិនអាចទាក់ទងស្ថានទូតបានទេ៖ មិនអាចបង្កើតលិខិតស្នើសុំឯកសារធ្វើដំណើរបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="36"/>
        <source>Letters to the embassy no longer mention trafficking.</source>
        <translation>លិខិតទៅស្ថានទូតលែងលើកឡើងអំពីការជួញដូរមនុស្សទៀតហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="41"/>
        <source>The person is no longer to be met on arrival by an NGO.</source>
        <translation>អ្នកទទួលជំនួយនឹងលែងមានអង្គការមិនមែនរដ្ឋាភិបាលមកទទួលនៅពេលមកដល់ទៀតហើយ។</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../rrr_desktop/ui/crash.py" line="32"/>
        <source>Something went wrong</source>
        <translation>មានបញ្ហាកើតឡើង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/crash.py" line="33"/>
        <source>Something went wrong ({kind}). What was saved is safe in the vault; lock and unlock (Ctrl+L) to keep any typing not yet saved, and tell your administrator.</source>
        <translation>មានបញ្ហាកើតឡើង ({kind})។ អ្វីដែលបានរក្សាទុករួច នៅគង់វង្សក្នុងឃ្លាំងសុវត្ថិភាព។ សូមចាក់សោ ហើយដោះសោវិញ (Ctrl+L) ដើម្បីកុំឱ្យបាត់អ្វីដែលបានវាយ តែមិនទាន់រក្សាទុក ហើយសូមប្រាប់អ្នកគ្រប់គ្រងប្រព័ន្ធរបស់អ្នក។</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="111"/>
        <source>Line {line}: the column &apos;{column}&apos; is empty.</source>
        <translation>បន្ទាត់ {line}៖ ជួរឈរ &apos;{column}&apos; ទទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="119"/>
        <source>Line {line}: unknown type &apos;{value}&apos;; use one of {allowed}.</source>
        <translation>បន្ទាត់ {line}៖ ប្រភេទ &apos;{value}&apos; មិនស្គាល់៖ សូមប្រើមួយក្នុងចំណោម {allowed}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="129"/>
        <source>Line {line}: the country must be a two-letter ISO code such as KH.</source>
        <translation>បន្ទាត់ {line}៖ ប្រទេសត្រូវតែជាកូដ ISO អក្សរពីរ ដូចជា KH។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="140"/>
        <source>Line {line}: the date last verified must look like 2026-05-31.</source>
        <translation>បន្ទាត់ {line}៖ កាលបរិច្ឆេទផ្ទៀងផ្ទាត់ចុងក្រោយត្រូវតែមានទម្រង់ដូចជា 2026-05-31។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="147"/>
        <source>Line {line}: is_example must be yes or no.</source>
        <translation>បន្ទាត់ {line}៖ is_example ត្រូវតែជា yes ឬ no។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="169"/>
        <source>Line {line}: the column &apos;{column}&apos; is not valid.</source>
        <translation>បន្ទាត់ {line}៖ ជួរឈរ &apos;{column}&apos; មិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="184"/>
        <source>The file has no header row with the columns name, type and country.</source>
        <translation>ឯកសារនេះគ្មានជួរដេកក្បាលដែលមានជួរឈរ name, type និង country ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="195"/>
        <source>A line of the file cannot be read (a cell larger than 128 KiB or a control character); nothing was imported.</source>
        <translation>មិនអាចអានបន្ទាត់មួយនៃឯកសារបានទេ (ក្រឡាមួយធំជាង 128 KiB ឬមានតួអក្សរបញ្ជា)៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="215"/>
        <source>Line {line}: more cells than columns (a comma inside an unquoted cell?).</source>
        <translation>បន្ទាត់ {line}៖ មានក្រឡាច្រើនជាងជួរឈរ (ប្រហែលជាមានសញ្ញាក្បៀសក្នុងក្រឡាដែលគ្មានសញ្ញាសម្រង់?)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="231"/>
        <source>Line {line}: the id is already used on line {other}.</source>
        <translation>បន្ទាត់ {line}៖ លេខសម្គាល់នេះត្រូវបានប្រើរួចហើយនៅបន្ទាត់ {other}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="210"/>
        <source>Line {line}: this id belongs to another record; clear it.</source>
        <translation>បន្ទាត់ {line}៖ លេខសម្គាល់នេះជារបស់កំណត់ត្រាផ្សេង៖ សូមលុបវាចេញ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="222"/>
        <source>Line {line}: this entry was verified by a person; only a supervisor may change it.</source>
        <translation>បន្ទាត់ {line}៖ ធាតុនេះត្រូវបានផ្ទៀងផ្ទាត់ដោយមនុស្ស។ មានតែអ្នកត្រួតពិនិត្យប៉ុណ្ណោះ ដែលអាចផ្លាស់ប្តូរវាបាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="38"/>
        <source>Directory entry</source>
        <translation>ធាតុក្នុងបញ្ជីសេវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="54"/>
        <source>shelter; legal aid; counselling</source>
        <translation>ទីជម្រក; ជំនួយផ្លូវច្បាប់; ការប្រឹក្សា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="56"/>
        <source>Verified on</source>
        <translation>ផ្ទៀងផ្ទាត់នៅថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="66"/>
        <source>Still an example (not a real, checked organisation)</source>
        <translation>នៅតែជាឧទាហរណ៍ (មិនមែនជាអង្គការពិត ដែលបានពិនិត្យ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="74"/>
        <source>⚠ This is an example entry: replace its name and details with a real organisation you have checked.</source>
        <translation>⚠ នេះជាធាតុឧទាហរណ៍៖ សូមជំនួសឈ្មោះ និងព័ត៌មានលម្អិតរបស់វា ដោយអង្គការពិតដែលអ្នកបានពិនិត្យ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="87"/>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="88"/>
        <source>Type:</source>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="89"/>
        <source>Country:</source>
        <translation>ប្រទេស៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="90"/>
        <source>Region or province:</source>
        <translation>តំបន់ ឬខេត្ត៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="91"/>
        <source>Address:</source>
        <translation>អាសយដ្ឋាន៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="92"/>
        <source>Phone:</source>
        <translation>ទូរសព្ទ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="93"/>
        <source>E-mail:</source>
        <translation>អ៊ីមែល៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="94"/>
        <source>Contact person:</source>
        <translation>បុគ្គលទំនាក់ទំនង៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="95"/>
        <source>Languages:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="96"/>
        <source>Services:</source>
        <translation>សេវា៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="99"/>
        <source>Last verified:</source>
        <translation>ផ្ទៀងផ្ទាត់ចុងក្រោយ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="100"/>
        <source>Notes:</source>
        <translation>កំណត់សម្គាល់៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="177"/>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="182"/>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="178"/>
        <source>An entry needs at least a name.</source>
        <translation>ធាតុមួយត្រូវមានយ៉ាងហោចណាស់ឈ្មោះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="33"/>
        <source>Import the directory from CSV</source>
        <translation>នាំចូលបញ្ជីសេវាពី CSV</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="44"/>
        <source>⚠ {refused} row(s) are refused. Nothing will be imported until the file is corrected ({new} new and {updated} updated entries are otherwise ready).</source>
        <translation>⚠ ជួរដេកចំនួន {refused} ត្រូវបានបដិសេធ។ គ្មានអ្វីនឹងត្រូវបាននាំចូលទេ រហូតដល់ឯកសារត្រូវបានកែតម្រូវ (បើមិនដូច្នោះទេ ធាតុថ្មីចំនួន {new} និងធាតុធ្វើបច្ចុប្បន្នភាពចំនួន {updated} បានរួចរាល់ហើយ)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="53"/>
        <source>The file holds no directory entries.</source>
        <translation>ឯកសារនេះគ្មានធាតុបញ្ជីសេវាទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="57"/>
        <source>Ready: {new} new and {updated} updated entries. Entries without a recent verification date will be flagged.</source>
        <translation>រួចរាល់៖ ធាតុថ្មីចំនួន {new} និងធាតុធ្វើបច្ចុប្បន្នភាពចំនួន {updated}។ ធាតុដែលគ្មានកាលបរិច្ឆេទផ្ទៀងផ្ទាត់ថ្មីៗ នឹងត្រូវបានសម្គាល់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="67"/>
        <source>Line</source>
        <translation>បន្ទាត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="68"/>
        <source>Why it was refused</source>
        <translation>មូលហេតុដែលត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="85"/>
        <source>Entry</source>
        <translation>ធាតុ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="86"/>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="87"/>
        <source>Now</source>
        <translation>តម្លៃបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="88"/>
        <source>From the file</source>
        <translation>ពីឯកសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="106"/>
        <source>Import</source>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="116"/>
        <source>Entries this file changes (✓: verified by a person; a changed contact must be verified again):</source>
        <translation>ធាតុដែលឯកសារនេះនឹងផ្លាស់ប្តូរ (✓៖ បានផ្ទៀងផ្ទាត់ដោយមនុស្ស។ ព័ត៌មានទំនាក់ទំនងដែលបានផ្លាស់ប្តូរ ត្រូវតែផ្ទៀងផ្ទាត់ម្តងទៀត)៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="11"/>
        <source>NGO</source>
        <translation>អង្គការមិនមែនរដ្ឋាភិបាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="12"/>
        <source>Lawyer</source>
        <translation>មេធាវី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="13"/>
        <source>Social welfare</source>
        <translation>សុខុមាលភាពសង្គម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="14"/>
        <source>Health</source>
        <translation>សុខភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="15"/>
        <source>Law enforcement</source>
        <translation>ការអនុវត្តច្បាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="16"/>
        <source>Shelter</source>
        <translation>ទីជម្រក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="17"/>
        <source>Embassy</source>
        <translation>ស្ថានទូត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="32"/>
        <source>Example: not a real entry</source>
        <translation>ឧទាហរណ៍៖ មិនមែនជាធាតុពិតទេ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="34"/>
        <source>Never verified</source>
        <translation>មិនធ្លាប់បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="37"/>
        <source>To verify (last {day})</source>
        <translation>ត្រូវផ្ទៀងផ្ទាត់ (ចុងក្រោយ {day})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="38"/>
        <source>✓ Verified {day}</source>
        <translation>✓ បានផ្ទៀងផ្ទាត់ {day}</translation>
    </message>
</context>
<context>
    <name>embassy</name>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="192"/>
        <source>The person&apos;s nationality is not recorded, so no embassy can be asked.</source>
        <translation>សញ្ជាតិរបស់អ្នកទទួលជំនួយមិនត្រូវបានកត់ត្រាទេ ដូច្នេះមិនអាចស្នើសុំស្ថានទូតណាមួយបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="202"/>
        <source>The requesting organisation&apos;s name is missing.</source>
        <translation>ខ្វះឈ្មោះអង្គការដែលស្នើសុំ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="211"/>
        <source>The organisation name or the document named would reveal the person&apos;s situation to the embassy; give a neutral name for the letter.</source>
        <translation>ឈ្មោះអង្គការ ឬឈ្មោះឯកសារ នឹងបង្ហាញស្ថានភាពរបស់អ្នកទទួលជំនួយដល់ស្ថានទូត៖ សូមផ្តល់ឈ្មោះអព្យាក្រឹតសម្រាប់លិខិតនេះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="229"/>
        <source>No name is confirmed as neutral for letters to the embassy of {country}; a supervisor confirms one first.</source>
        <translation>មិនទាន់មានឈ្មោះណាដែលត្រូវបានបញ្ជាក់ថាអព្យាក្រឹត សម្រាប់លិខិតទៅស្ថានទូតនៃប្រទេស {country} ទេ៖ អ្នកត្រួតពិនិត្យត្រូវបញ្ជាក់ឈ្មោះមួយជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="241"/>
        <source>Letters to this embassy carry only the name confirmed as neutral for it: {name}.</source>
        <translation>លិខិតទៅស្ថានទូតនេះ ប្រើតែឈ្មោះដែលត្រូវបានបញ្ជាក់ថាអព្យាក្រឹតសម្រាប់ស្ថានទូតនេះប៉ុណ្ណោះ៖ {name}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="96"/>
        <source>The letter would reveal the person&apos;s situation to the embassy without their consent.</source>
        <translation>លិខិតនេះនឹងបង្ហាញស្ថានភាពរបស់អ្នកទទួលជំនួយដល់ស្ថានទូត ដោយគ្មានការយល់ព្រមពីគាត់។</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="25"/>
        <source>Intake</source>
        <translation>ការទទួលករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="26"/>
        <source>Shelter and care</source>
        <translation>ទីជម្រក និងការថែទាំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="27"/>
        <source>Return preparation</source>
        <translation>ការរៀបចំការវិលត្រឡប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="28"/>
        <source>Travel</source>
        <translation>ការធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="29"/>
        <source>Reintegration</source>
        <translation>សមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="30"/>
        <source>Follow-up</source>
        <translation>ការតាមដាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="31"/>
        <location filename="../rrr_desktop/ui/labels.py" line="77"/>
        <source>Testimony</source>
        <translation>ការផ្តល់សក្ខីកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="32"/>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="33"/>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="34"/>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="35"/>
        <location filename="../rrr_desktop/ui/labels.py" line="42"/>
        <location filename="../rrr_desktop/ui/labels.py" line="56"/>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="36"/>
        <source>Unknown</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="37"/>
        <source>Police</source>
        <translation>ប៉ូលីស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="38"/>
        <source>Labour inspection</source>
        <translation>អធិការកិច្ចការងារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="39"/>
        <source>NGO</source>
        <translation>អង្គការមិនមែនរដ្ឋាភិបាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="40"/>
        <source>Self-referred</source>
        <translation>មកដោយខ្លួនឯង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="41"/>
        <source>Embassy</source>
        <translation>ស្ថានទូត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="43"/>
        <source>Identified victim of trafficking</source>
        <translation>ជនរងគ្រោះនៃការជួញដូរមនុស្សដែលត្រូវបានកំណត់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="46"/>
        <source>Deported migrant</source>
        <translation>ជនចំណាកស្រុកដែលត្រូវបាននិរទេស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="47"/>
        <source>Returned on their own</source>
        <translation>បានវិលត្រឡប់ដោយខ្លួនឯង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="48"/>
        <source>Domestic work</source>
        <translation>ការងារតាមផ្ទះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="49"/>
        <source>Sexual exploitation</source>
        <translation>ការកេងប្រវ័ញ្ចផ្លូវភេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="50"/>
        <source>Plantation</source>
        <translation>ចម្ការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="51"/>
        <source>Construction</source>
        <translation>សំណង់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="52"/>
        <source>Forced begging</source>
        <translation>ការបង្ខំឱ្យសុំទាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="53"/>
        <source>Restaurant</source>
        <translation>ភោជនីយដ្ឋាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="54"/>
        <source>Fishing</source>
        <translation>នេសាទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="55"/>
        <source>Factory</source>
        <translation>រោងចក្រ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="57"/>
        <source>No asylum application</source>
        <translation>គ្មានពាក្យស្នើសុំសិទ្ធិជ្រកកោន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="58"/>
        <source>Wishes to apply for asylum</source>
        <translation>មានបំណងដាក់ពាក្យស្នើសុំសិទ្ធិជ្រកកោន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="59"/>
        <source>Asylum procedure pending</source>
        <translation>នីតិវិធីស្នើសុំសិទ្ធិជ្រកកោនកំពុងរង់ចាំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="60"/>
        <source>Asylum decided (outcome not recorded)</source>
        <translation>មានការសម្រេចលើសិទ្ធិជ្រកកោនហើយ (មិនបានកត់ត្រាលទ្ធផល)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="61"/>
        <source>Asylum granted</source>
        <translation>បានទទួលសិទ្ធិជ្រកកោន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="62"/>
        <source>Asylum refused</source>
        <translation>សិទ្ធិជ្រកកោនត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="63"/>
        <source>Assistance</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="64"/>
        <source>Processing of personal data</source>
        <translation>ការដំណើរការទិន្នន័យផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="65"/>
        <source>Sharing with the receiving organisation</source>
        <translation>ការចែករំលែកជាមួយអង្គការទទួល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="68"/>
        <source>Contact with the embassy</source>
        <translation>ការទាក់ទងជាមួយស្ថានទូត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="69"/>
        <source>Telling the embassy about the trafficking</source>
        <translation>ការប្រាប់ស្ថានទូតអំពីការជួញដូរមនុស្ស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="72"/>
        <source>Family tracing</source>
        <translation>ការស្វែងរកគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="73"/>
        <source>Medical examination</source>
        <translation>ការពិនិត្យសុខភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="74"/>
        <source>Reintegration services</source>
        <translation>សេវាសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="75"/>
        <source>Being met on arrival</source>
        <translation>ការមកទទួលនៅពេលមកដល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="76"/>
        <source>Voluntary return</source>
        <translation>ការវិលត្រឡប់ដោយស្ម័គ្រចិត្ត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="78"/>
        <source>Not asked</source>
        <translation>មិនទាន់បានសួរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="79"/>
        <source>Given</source>
        <translation>បានផ្តល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="80"/>
        <source>Declined</source>
        <translation>បានបដិសេធ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="81"/>
        <source>Withdrawn</source>
        <translation>បានដកវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="82"/>
        <source>Written</source>
        <translation>ជាលាយលក្ខណ៍អក្សរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="83"/>
        <source>Verbal, with a witness</source>
        <translation>ដោយផ្ទាល់មាត់ មានសាក្សី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="84"/>
        <source>By the guardian</source>
        <translation>ដោយអាណាព្យាបាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="85"/>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="86"/>
        <source>Vital interest</source>
        <translation>ផលប្រយោជន៍សំខាន់ចំពោះជីវិត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="87"/>
        <source>Legal obligation</source>
        <translation>កាតព្វកិច្ចតាមច្បាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="88"/>
        <source>Administrator</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="89"/>
        <source>Supervisor</source>
        <translation>អ្នកត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="90"/>
        <source>Caseworker</source>
        <translation>បុគ្គលិកទទួលបន្ទុកករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="91"/>
        <source>Data officer</source>
        <translation>មន្ត្រីទទួលបន្ទុកទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="92"/>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="93"/>
        <source>Phone call</source>
        <translation>ការហៅទូរសព្ទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="94"/>
        <source>Visit</source>
        <translation>ការចុះជួប</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="95"/>
        <source>Meeting</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="96"/>
        <source>Message</source>
        <translation>សារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="97"/>
        <source>Identity or travel document</source>
        <translation>ឯកសារអត្តសញ្ញាណ ឬឯកសារធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="98"/>
        <source>Signed form or checklist</source>
        <translation>ទម្រង់ ឬបញ្ជីត្រួតពិនិត្យដែលបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="99"/>
        <source>Photo</source>
        <translation>រូបថត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="100"/>
        <source>Medical record</source>
        <translation>កំណត់ត្រាវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="101"/>
        <source>Letter</source>
        <translation>លិខិត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="102"/>
        <source>Other document</source>
        <translation>ឯកសារផ្សេងទៀត</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../rrr_desktop/cli/bundle.py" line="168"/>
        <source>No single peer matches {text}; use its fingerprint from &apos;rrr peer list&apos;.</source>
        <translation>គ្មានដៃគូតែមួយគត់ដែលត្រូវនឹង {text} ទេ៖ សូមប្រើស្នាមម្រាមដៃឌីជីថលរបស់ដៃគូនោះពី &apos;rrr peer list&apos;។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="276"/>
        <source>No embassy letter for {reference}: {reasons}</source>
        <translation>មិនអាចបង្កើតលិខិតទៅស្ថានទូតសម្រាប់ {reference} បានទេ៖ {reasons}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="40"/>
        <source>The user name or passphrase is not correct.</source>
        <translation>ឈ្មោះអ្នកប្រើ ឬឃ្លាសម្ងាត់មិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="46"/>
        <source>No vault found in {where}. Create one with &apos;rrr init&apos; or the set-up window.</source>
        <translation>រកមិនឃើញឃ្លាំងសុវត្ថិភាពនៅក្នុង {where} ទេ។ សូមបង្កើតឃ្លាំងសុវត្ថិភាពមួយដោយប្រើ &apos;rrr init&apos; ឬបង្អួចរៀបចំ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="57"/>
        <source>A vault already exists in {where}; refusing to overwrite it.</source>
        <translation>ឃ្លាំងសុវត្ថិភាពមួយមានរួចហើយនៅក្នុង {where}៖ បានបដិសេធមិនសរសេរជាន់លើវាទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="70"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>ឃ្លាំងសុវត្ថិភាពត្រូវបានចាក់សោ។ សូមដោះសោវា ដើម្បីបន្ត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="78"/>
        <source>The vault in {where} is on read-only media (a write-protected stick or a folder without permission): it is open for reading and reports only. Nothing can be recorded there, so nothing can be printed or copied out of it either. To work in it, copy the folder to a writable disk.</source>
        <translation>ឃ្លាំងសុវត្ថិភាពនៅក្នុង {where} ស្ថិតនៅលើឧបករណ៍ផ្ទុកដែលអានបានតែប៉ុណ្ណោះ (ដ្រាយ USB ដែលការពារការសរសេរ ឬថតដែលគ្មានសិទ្ធិសរសេរ)៖ វាបើកបានសម្រាប់តែការអាន និងការធ្វើរបាយការណ៍ប៉ុណ្ណោះ។ មិនអាចកត់ត្រាអ្វីនៅទីនោះបានទេ ដូច្នេះក៏មិនអាចបោះពុម្ព ឬចម្លងអ្វីចេញពីវាបានដែរ។ ដើម្បីធ្វើការក្នុងឃ្លាំងសុវត្ថិភាពនេះ សូមចម្លងថតនេះទៅថាសដែលអាចសរសេរបាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="112"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>ថាសពេញហើយ៖ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមធ្វើឱ្យមានទំហំទំនេរខ្លះ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="127"/>
        <source>This bundle was already imported; importing it again is refused.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះត្រូវបាននាំចូលរួចហើយ៖ ការនាំចូលវាម្តងទៀតត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="37"/>
        <source>This passphrase bundle asks for more memory to open than RRR Desktop allows; it was refused. Ask the sender to send it to this installation&apos;s contact card instead.</source>
        <translation>កញ្ចប់ទិន្នន័យដែលប្រើឃ្លាសម្ងាត់នេះ ទាមទារអង្គចងចាំដើម្បីបើកវា ច្រើនជាងអ្វីដែល RRR Desktop អនុញ្ញាត៖ វាត្រូវបានបដិសេធ។ សូមស្នើឱ្យអ្នកផ្ញើ ផ្ញើវាទៅកាតទំនាក់ទំនងនៃការដំឡើងនេះជំនួសវិញ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="47"/>
        <source>Cancelled: nothing was written or changed.</source>
        <translation>បានបោះបង់៖ គ្មានអ្វីត្រូវបានសរសេរ ឬផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="124"/>
        <source>This bundle is too large for a passphrase; add the recipient&apos;s contact card and send it to their key instead.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះធំពេកសម្រាប់ការការពារដោយឃ្លាសម្ងាត់៖ សូមបន្ថែមកាតទំនាក់ទំនងរបស់អ្នកទទួល ហើយផ្ញើវាទៅកូនសោរបស់ពួកគេជំនួសវិញ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="133"/>
        <source>This laptop would protect the bundle with a passphrase cost the receiver refuses; send it to the recipient&apos;s contact card instead.</source>
        <translation>កុំព្យូទ័រយួរដៃនេះនឹងការពារកញ្ចប់ទិន្នន័យដោយឃ្លាសម្ងាត់ ក្នុងកម្រិតការគណនាដែលអ្នកទទួលនឹងបដិសេធ៖ សូមផ្ញើវាទៅកាតទំនាក់ទំនងរបស់អ្នកទទួលជំនួសវិញ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="221"/>
        <source>This bundle is protected by a passphrase; enter the passphrase to open it.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះត្រូវបានការពារដោយឃ្លាសម្ងាត់៖ សូមបញ្ចូលឃ្លាសម្ងាត់ ដើម្បីបើកវា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="256"/>
        <source>This passphrase bundle is larger than allowed; it was refused.</source>
        <translation>កញ្ចប់ទិន្នន័យដែលប្រើឃ្លាសម្ងាត់នេះ ធំជាងទំហំដែលអនុញ្ញាត៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="239"/>
        <source>The passphrase is wrong or the bundle is damaged; nothing was imported.</source>
        <translation>ឃ្លាសម្ងាត់ខុស ឬកញ្ចប់ទិន្នន័យខូច៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="188"/>
        <source>This bundle is not addressed to this installation (or the passphrase is wrong); ask the sender to make it for this installation&apos;s contact card.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះមិនត្រូវបានផ្ញើមកការដំឡើងនេះទេ (ឬឃ្លាសម្ងាត់ខុស)៖ សូមស្នើឱ្យអ្នកផ្ញើបង្កើតវាសម្រាប់កាតទំនាក់ទំនងនៃការដំឡើងនេះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="195"/>
        <source>This file is not an RRR bundle or it is damaged.</source>
        <translation>ឯកសារនេះមិនមែនជាកញ្ចប់ទិន្នន័យ RRR ទេ ឬវាខូច។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="199"/>
        <source>The bundle is damaged or incomplete (it changed after it was made); copy it again from the sender.</source>
        <translation>កញ្ចប់ទិន្នន័យខូច ឬមិនពេញលេញ (វាបានផ្លាស់ប្តូរបន្ទាប់ពីត្រូវបានបង្កើត)៖ សូមចម្លងវាម្តងទៀតពីអ្នកផ្ញើ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="269"/>
        <source>The bundle&apos;s signature does not match its sender&apos;s key: it was changed or forged.</source>
        <translation>ហត្ថលេខារបស់កញ្ចប់ទិន្នន័យ មិនត្រូវនឹងកូនសោរបស់អ្នកផ្ញើទេ៖ វាត្រូវបានកែប្រែ ឬក្លែងបន្លំ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="277"/>
        <source>The bundle is damaged (its manifest is misplaced).</source>
        <translation>កញ្ចប់ទិន្នន័យខូច (បញ្ជីមាតិការបស់វាស្ថិតនៅខុសកន្លែង)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="283"/>
        <source>The bundle&apos;s contents do not match its signed manifest: it was changed after it was made.</source>
        <translation>ខ្លឹមសាររបស់កញ្ចប់ទិន្នន័យ មិនត្រូវនឹងបញ្ជីមាតិកាដែលបានចុះហត្ថលេខារបស់វាទេ៖ វាត្រូវបានកែប្រែបន្ទាប់ពីត្រូវបានបង្កើត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="42"/>
        <source>The bundle contains a member with a forbidden name (a path outside the bundle); it was refused.</source>
        <translation>កញ្ចប់ទិន្នន័យមានឯកសារខាងក្នុងមួយដែលមានឈ្មោះហាមឃាត់ (ផ្លូវទៅក្រៅកញ្ចប់ទិន្នន័យ)៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="143"/>
        <source>This file is not an RRR bundle of a known format.</source>
        <translation>ឯកសារនេះមិនមែនជាកញ្ចប់ទិន្នន័យ RRR ដែលមានទម្រង់ស្គាល់ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="174"/>
        <source>The bundle is damaged (a block is too large).</source>
        <translation>កញ្ចប់ទិន្នន័យខូច (ប្លុកមួយធំពេក)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="188"/>
        <source>The bundle is damaged (data after its end).</source>
        <translation>កញ្ចប់ទិន្នន័យខូច (មានទិន្នន័យនៅក្រោយចុងបញ្ចប់របស់វា)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="197"/>
        <source>The bundle contains a member with an unreadable name.</source>
        <translation>កញ្ចប់ទិន្នន័យមានឯកសារខាងក្នុងមួយដែលមានឈ្មោះមិនអាចអានបាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="201"/>
        <source>The bundle contains too many members; it was refused.</source>
        <translation>កញ្ចប់ទិន្នន័យមានឯកសារខាងក្នុងច្រើនពេក៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="206"/>
        <source>The bundle contains the same member twice; it was refused.</source>
        <translation>កញ្ចប់ទិន្នន័យមានឯកសារខាងក្នុងដដែលពីរដង៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="224"/>
        <source>The bundle contains a member larger than allowed; it was refused.</source>
        <translation>កញ្ចប់ទិន្នន័យមានឯកសារខាងក្នុងមួយដែលធំជាងទំហំដែលអនុញ្ញាត៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="246"/>
        <source>The bundle is incomplete (it was cut short); copy it again from the sender.</source>
        <translation>កញ្ចប់ទិន្នន័យមិនពេញលេញ (វាត្រូវបានកាត់ខ្លី)៖ សូមចម្លងវាម្តងទៀតពីអ្នកផ្ញើ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="163"/>
        <source>Case {reference} cannot be referred: {reason} Record that consent first.</source>
        <translation>មិនអាចបញ្ជូនករណី {reference} បានទេ៖ {reason} សូមកត់ត្រាការយល់ព្រមនោះជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="177"/>
        <source>A referral needs at least one case: name it with its reference.</source>
        <translation>ការបញ្ជូនត្រូវការយ៉ាងហោចណាស់ករណីមួយ៖ សូមបញ្ជាក់ករណីនោះតាមលេខយោងករណីរបស់វា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="243"/>
        <source>Case {reference} was not referred to us by the chosen organisation; a status report goes only back to the organisation that referred the case.</source>
        <translation>ករណី {reference} មិនត្រូវបានអង្គការដែលបានជ្រើសរើសបញ្ជូនមកយើងទេ៖ របាយការណ៍ស្ថានភាពត្រូវផ្ញើត្រឡប់ទៅតែអង្គការដែលបានបញ្ជូនករណីនោះមកប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="259"/>
        <source>The chosen organisation referred no case to us to report on.</source>
        <translation>អង្គការដែលបានជ្រើសរើស មិនបានបញ្ជូនករណីណាមួយមកយើង សម្រាប់ធ្វើរបាយការណ៍ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="89"/>
        <source>Record {reference} in the bundle is not a valid case; nothing was imported. Ask the sender to check their version of RRR Desktop.</source>
        <translation>កំណត់ត្រា {reference} ក្នុងកញ្ចប់ទិន្នន័យ មិនមែនជាករណីត្រឹមត្រូវទេ៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមស្នើឱ្យអ្នកផ្ញើពិនិត្យកំណែ RRR Desktop របស់ពួកគេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="148"/>
        <source>The bundle lists the same record twice; it was refused.</source>
        <translation>កញ្ចប់ទិន្នន័យរាយកំណត់ត្រាដដែលពីរដង៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="156"/>
        <source>A referral or status bundle may carry only cases; it was refused.</source>
        <translation>កញ្ចប់ទិន្នន័យនៃការបញ្ជូន ឬកញ្ចប់ទិន្នន័យរបាយការណ៍ស្ថានភាព អាចផ្ទុកបានតែករណីប៉ុណ្ណោះ៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="169"/>
        <source>The bundle would change a record into another kind; it was refused.</source>
        <translation>កញ្ចប់ទិន្នន័យនឹងប្តូរកំណត់ត្រាមួយទៅជាប្រភេទផ្សេង៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="308"/>
        <source>The status report is about a case that was not referred to its sender from here; it was refused.</source>
        <translation>របាយការណ៍ស្ថានភាពនេះ និយាយអំពីករណីមួយដែលមិនត្រូវបានបញ្ជូនពីទីនេះទៅអ្នកផ្ញើរបាយការណ៍នោះទេ៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="316"/>
        <source>The status report carries more than follow-up status; it was refused.</source>
        <translation>របាយការណ៍ស្ថានភាពនេះមានព័ត៌មានច្រើនជាងស្ថានភាពតាមដាន៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="89"/>
        <source>This installation has no handoff keys yet, so no bundle can be addressed to it; export its contact card first.</source>
        <translation>ការដំឡើងនេះមិនទាន់មានកូនសោសម្រាប់ការប្រគល់បន្តនៅឡើយទេ ដូច្នេះមិនអាចផ្ញើកញ្ចប់ទិន្នន័យណាមួយមកវាបានទេ៖ សូមនាំចេញកាតទំនាក់ទំនងរបស់វាជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="119"/>
        <source>The bundle has no manifest; it is damaged or not an RRR bundle.</source>
        <translation>កញ្ចប់ទិន្នន័យគ្មានបញ្ជីមាតិកាទេ៖ វាខូច ឬមិនមែនជាកញ្ចប់ទិន្នន័យ RRR ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="128"/>
        <source>This bundle comes from an unknown sender; add their contact card and compare its fingerprint before importing.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះមកពីអ្នកផ្ញើដែលមិនស្គាល់៖ សូមបន្ថែមកាតទំនាក់ទំនងរបស់ពួកគេ ហើយផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃឌីជីថលរបស់កាតនោះ មុនពេលនាំចូល។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="136"/>
        <source>The sender {org} is not trusted yet; compare the fingerprint {fingerprint} with them, then trust the card.</source>
        <translation>អ្នកផ្ញើ {org} មិនទាន់ត្រូវបានទុកចិត្តនៅឡើយទេ៖ សូមផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃឌីជីថល {fingerprint} ជាមួយពួកគេ បន្ទាប់មកទុកចិត្តកាតនេះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="147"/>
        <source>The bundle&apos;s sender does not match the trusted contact card.</source>
        <translation>អ្នកផ្ញើកញ្ចប់ទិន្នន័យ មិនត្រូវនឹងកាតទំនាក់ទំនងដែលបានទុកចិត្តទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="154"/>
        <source>This bundle was made for another recipient; it cannot be imported here.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះត្រូវបានបង្កើតសម្រាប់អ្នកទទួលផ្សេង៖ មិនអាចនាំចូលវានៅទីនេះបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="161"/>
        <source>A sync bundle comes only from a device of this organisation; this one is from {org}.</source>
        <translation>កញ្ចប់ទិន្នន័យសមកាលកម្ម មកពីឧបករណ៍របស់អង្គការនេះតែប៉ុណ្ណោះ៖ កញ្ចប់នេះមកពី {org}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="170"/>
        <source>Referrals and status reports come from another organisation.</source>
        <translation>ការបញ្ជូន និងរបាយការណ៍ស្ថានភាព មកពីអង្គការផ្សេង។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="179"/>
        <source>The bundle has no records; it is damaged.</source>
        <translation>កញ្ចប់ទិន្នន័យគ្មានកំណត់ត្រាទេ៖ វាខូច។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="206"/>
        <source>The bundle contains a file with an unknown name; it was refused.</source>
        <translation>កញ្ចប់ទិន្នន័យមានឯកសារមួយដែលមានឈ្មោះមិនស្គាល់៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="218"/>
        <source>The bundle contains an attached file larger than allowed; it was refused.</source>
        <translation>កញ្ចប់ទិន្នន័យមានឯកសារភ្ជាប់មួយដែលធំជាងទំហំដែលអនុញ្ញាត៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="229"/>
        <source>An attached file in the bundle does not match its fingerprint; nothing was imported.</source>
        <translation>ឯកសារភ្ជាប់មួយក្នុងកញ្ចប់ទិន្នន័យ មិនត្រូវនឹងស្នាមម្រាមដៃឌីជីថលរបស់វាទេ៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="268"/>
        <source>The bundle file changed while it was being read; nothing was imported.</source>
        <translation>ឯកសារកញ្ចប់ទិន្នន័យបានផ្លាស់ប្តូរ ខណៈពេលកំពុងអានវា៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="276"/>
        <source>The bundle&apos;s record count does not match its manifest; it was refused.</source>
        <translation>ចំនួនកំណត់ត្រារបស់កញ្ចប់ទិន្នន័យ មិនត្រូវនឹងបញ្ជីមាតិការបស់វាទេ៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="33"/>
        <source>The bundle contains a damaged record; it was refused. Ask the sender for a new bundle.</source>
        <translation>កញ្ចប់ទិន្នន័យមានកំណត់ត្រាខូចមួយ៖ វាត្រូវបានបដិសេធ។ សូមស្នើសុំកញ្ចប់ទិន្នន័យថ្មីពីអ្នកផ្ញើ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="46"/>
        <source>The bundle contains a record nested too deeply to be a case; it was refused.</source>
        <translation>កញ្ចប់ទិន្នន័យមានកំណត់ត្រាមួយដែលមានកម្រិតត្រួតគ្នាជ្រៅពេក មិនអាចជាករណីបានទេ៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="100"/>
        <source>The bundle contains a record larger than allowed; it was refused.</source>
        <translation>កញ្ចប់ទិន្នន័យមានកំណត់ត្រាមួយដែលធំជាងទំហំដែលអនុញ្ញាត៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/keys.py" line="149"/>
        <source>This file is not a valid RRR contact card; ask for a new card file.</source>
        <translation>ឯកសារនេះមិនមែនជាកាតទំនាក់ទំនង RRR ត្រឹមត្រូវទេ៖ សូមស្នើសុំឯកសារកាតថ្មី។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/keys.py" line="161"/>
        <source>This contact card comes from a newer version of RRR Desktop; update RRR Desktop here first.</source>
        <translation>កាតទំនាក់ទំនងនេះមកពីកំណែថ្មីជាងរបស់ RRR Desktop៖ សូមធ្វើបច្ចុប្បន្នភាព RRR Desktop នៅទីនេះជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="103"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="110"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="140"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="147"/>
        <source>The bundle&apos;s manifest is damaged; ask the sender for a new copy.</source>
        <translation>បញ្ជីមាតិការបស់កញ្ចប់ទិន្នន័យខូច៖ សូមស្នើសុំច្បាប់ចម្លងថ្មីពីអ្នកផ្ញើ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="119"/>
        <source>This bundle was made by a newer version of RRR Desktop; update this installation, then import it again.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះត្រូវបានបង្កើតដោយកំណែថ្មីជាងរបស់ RRR Desktop៖ សូមធ្វើបច្ចុប្បន្នភាពការដំឡើងនេះ បន្ទាប់មកនាំចូលវាម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="129"/>
        <source>This bundle was made by an older version of RRR Desktop (before sync format 2); ask the sender to update RRR Desktop and make a new bundle. Nothing was imported.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះត្រូវបានបង្កើតដោយកំណែចាស់ជាងរបស់ RRR Desktop (មុនទម្រង់សមកាលកម្ម 2)៖ សូមស្នើឱ្យអ្នកផ្ញើធ្វើបច្ចុប្បន្នភាព RRR Desktop ហើយបង្កើតកញ្ចប់ទិន្នន័យថ្មី។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="51"/>
        <source>Choose &apos;ours&apos;, &apos;theirs&apos;, the number of one of the values, or &apos;new&apos; with a value.</source>
        <translation>សូមជ្រើសរើស &apos;ours&apos; (របស់យើង), &apos;theirs&apos; (របស់ពួកគេ), លេខនៃតម្លៃណាមួយ ឬ &apos;new&apos; (ថ្មី) ព្រមទាំងតម្លៃមួយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="68"/>
        <location filename="../rrr_desktop/handoff/resolve.py" line="108"/>
        <source>Choose a value between 1 and {count}.</source>
        <translation>សូមជ្រើសរើសតម្លៃមួយចន្លោះពី 1 ដល់ {count}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="81"/>
        <source>Every value of this field was written on this laptop.</source>
        <translation>តម្លៃទាំងអស់នៃវាលនេះ ត្រូវបានសរសេរនៅលើកុំព្យូទ័រយួរដៃនេះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="92"/>
        <location filename="../rrr_desktop/handoff/resolve.py" line="148"/>
        <source>The record of this conflict no longer exists.</source>
        <translation>កំណត់ត្រានៃភាពមិនស៊ីគ្នានេះ លែងមានទៀតហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="115"/>
        <source>This conflict was already resolved.</source>
        <translation>ភាពមិនស៊ីគ្នានេះត្រូវបានដោះស្រាយរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="122"/>
        <source>That value would make the case invalid; choose another one.</source>
        <translation>តម្លៃនោះនឹងធ្វើឱ្យករណីនេះមិនត្រឹមត្រូវ៖ សូមជ្រើសរើសតម្លៃផ្សេង។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="137"/>
        <location filename="../rrr_desktop/services/handoff.py" line="793"/>
        <source>This conflict was already resolved or does not exist.</source>
        <translation>ភាពមិនស៊ីគ្នានេះត្រូវបានដោះស្រាយរួចហើយ ឬមិនមានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="90"/>
        <source>The letter would reveal the person&apos;s situation without their consent.</source>
        <translation>លិខិតនេះនឹងបង្ហាញស្ថានភាពរបស់អ្នកទទួលជំនួយ ដោយគ្មានការយល់ព្រមពីគាត់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/render.py" line="242"/>
        <source>The printer or PDF file could not be opened for writing.</source>
        <translation>មិនអាចបើកម៉ាស៊ីនបោះពុម្ព ឬឯកសារ PDF ដើម្បីសរសេរបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="43"/>
        <source>{folder} cannot be written (read-only media or no permission). Nothing was saved there; choose another place.</source>
        <translation>មិនអាចសរសេរទៅក្នុង {folder} បានទេ (ឧបករណ៍ផ្ទុកអានបានតែប៉ុណ្ណោះ ឬគ្មានសិទ្ធិសរសេរ)។ គ្មានអ្វីត្រូវបានរក្សាទុកនៅទីនោះទេ៖ សូមជ្រើសរើសកន្លែងផ្សេង។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="52"/>
        <location filename="../rrr_desktop/printing/render.py" line="328"/>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="290"/>
        <source>The folder {folder} does not exist.</source>
        <translation>ថត {folder} មិនមានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="56"/>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>{path} មានរួចហើយ៖ គ្មានអ្វីត្រូវបានសរសេរជាន់លើទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="61"/>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} គឺជាថតមួយ៖ សូមជ្រើសរើសឈ្មោះឯកសារ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="64"/>
        <source>{path} could not be written (the disk reported an error). Nothing was saved there; try another place or another stick.</source>
        <translation>មិនអាចសរសេរ {path} បានទេ (ថាសបានរាយការណ៍ពីកំហុសមួយ)។ គ្មានអ្វីត្រូវបានរក្សាទុកនៅទីនោះទេ៖ សូមសាកល្បងកន្លែងផ្សេង ឬដ្រាយ USB ផ្សេង។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="199"/>
        <source>{path} is too large for a file of this kind.</source>
        <translation>{path} ធំពេកសម្រាប់ឯកសារប្រភេទនេះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="209"/>
        <source>There is no file {path}.</source>
        <translation>គ្មានឯកសារ {path} ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="212"/>
        <source>{path} is a folder; choose a file.</source>
        <translation>{path} គឺជាថតមួយ៖ សូមជ្រើសរើសឯកសារមួយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="214"/>
        <source>{path} could not be read.</source>
        <translation>មិនអាចអាន {path} បានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="219"/>
        <source>{path} is not a file; choose a file.</source>
        <translation>{path} មិនមែនជាឯកសារទេ៖ សូមជ្រើសរើសឯកសារមួយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="318"/>
        <source>Cannot write the PDF file {file}.</source>
        <translation>មិនអាចសរសេរឯកសារ PDF {file} បានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="34"/>
        <location filename="../rrr_desktop/services/audit_service.py" line="156"/>
        <source>verify the audit log</source>
        <translation>ផ្ទៀងផ្ទាត់កំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="99"/>
        <source>This is not an audit checkpoint of RRR Desktop.</source>
        <translation>នេះមិនមែនជាចំណុចត្រួតពិនិត្យសវនកម្មរបស់ RRR Desktop ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="147"/>
        <source>write an audit checkpoint</source>
        <translation>សរសេរចំណុចត្រួតពិនិត្យសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="203"/>
        <source>read the audit log</source>
        <translation>អានកំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="59"/>
        <source>This case is not assigned to you.</source>
        <translation>ករណីនេះមិនត្រូវបានចាត់តាំងឱ្យអ្នកទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="77"/>
        <source>Only a supervisor may change records of the whole organisation.</source>
        <translation>មានតែអ្នកត្រួតពិនិត្យប៉ុណ្ណោះ ដែលអាចផ្លាស់ប្តូរកំណត់ត្រារបស់អង្គការទាំងមូលបាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="173"/>
        <source>A case reference cannot be changed.</source>
        <translation>មិនអាចផ្លាស់ប្តូរលេខយោងករណីបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="201"/>
        <location filename="../rrr_desktop/services/cases.py" line="224"/>
        <source>Only a supervisor may change {field}.</source>
        <translation>មានតែអ្នកត្រួតពិនិត្យប៉ុណ្ណោះ ដែលអាចផ្លាស់ប្តូរ {field} បាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="204"/>
        <source>{field} is not changed by editing the case: it has a command of its own, which checks what it must and records who did it. Nothing was saved.</source>
        <translation>មិនអាចផ្លាស់ប្តូរ {field} ដោយការកែសម្រួលករណីបានទេ៖ វាមានពាក្យបញ្ជាផ្ទាល់ខ្លួន ដែលពិនិត្យអ្វីដែលត្រូវពិនិត្យ និងកត់ត្រាថាអ្នកណាជាអ្នកធ្វើ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="229"/>
        <source>{field} has a command of its own: keep one of the values here, then change it with that command.</source>
        <translation>{field} មានពាក្យបញ្ជាផ្ទាល់ខ្លួន៖ សូមរក្សាតម្លៃមួយក្នុងចំណោមតម្លៃនៅទីនេះ បន្ទាប់មកផ្លាស់ប្តូរវាដោយពាក្យបញ្ជានោះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="257"/>
        <location filename="../rrr_desktop/services/cases.py" line="268"/>
        <source>assign cases</source>
        <translation>ចាត់តាំងករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="295"/>
        <source>{reference} cannot move to {stage}: {reasons}</source>
        <translation>{reference} មិនអាចផ្លាស់ទៅ {stage} បានទេ៖ {reasons}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="95"/>
        <source>No directory entry has this id.</source>
        <translation>គ្មានធាតុណាក្នុងបញ្ជីសេវាដែលមានលេខសម្គាល់នេះទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="142"/>
        <source>change a verified directory entry</source>
        <translation>ផ្លាស់ប្តូរធាតុក្នុងបញ្ជីសេវាដែលបានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="153"/>
        <source>This id belongs to another kind of record.</source>
        <translation>លេខសម្គាល់នេះជារបស់កំណត់ត្រាប្រភេទផ្សេង។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="167"/>
        <source>An example entry must be replaced by a real one, not verified.</source>
        <translation>ធាតុឧទាហរណ៍ត្រូវតែជំនួសដោយធាតុពិត មិនមែនសម្គាល់ថាបានផ្ទៀងផ្ទាត់ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="175"/>
        <source>A verification date cannot be in the future.</source>
        <translation>កាលបរិច្ឆេទផ្ទៀងផ្ទាត់មិនអាចស្ថិតនៅពេលអនាគតបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="250"/>
        <location filename="../rrr_desktop/services/return_prep.py" line="274"/>
        <location filename="../rrr_desktop/services/return_prep.py" line="281"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="76"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="248"/>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="256"/>
        <source>{count} row(s) of the file were refused, so nothing was imported; the first: {problem}</source>
        <translation>ជួរដេកចំនួន {count} នៃឯកសារត្រូវបានបដិសេធ ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ។ បញ្ហាដំបូង៖ {problem}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="265"/>
        <source>The file holds no directory entries.</source>
        <translation>ឯកសារនេះគ្មានធាតុបញ្ជីសេវាទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="271"/>
        <source>add contact cards of other installations</source>
        <translation>បន្ថែមកាតទំនាក់ទំនងនៃការដំឡើងផ្សេងទៀត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="277"/>
        <source>This is this installation&apos;s own contact card.</source>
        <translation>នេះជាកាតទំនាក់ទំនងផ្ទាល់របស់ការដំឡើងនេះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="282"/>
        <source>The card {fingerprint} was already added.</source>
        <translation>កាត {fingerprint} ត្រូវបានបន្ថែមរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="295"/>
        <source>No peer with the fingerprint {fingerprint}; run &apos;rrr peer list&apos;.</source>
        <translation>គ្មានដៃគូដែលមានស្នាមម្រាមដៃឌីជីថល {fingerprint} ទេ៖ សូមដំណើរការ &apos;rrr peer list&apos;។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="304"/>
        <source>trust other installations</source>
        <translation>ទុកចិត្តការដំឡើងផ្សេងទៀត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="317"/>
        <source>join this vault to another organisation</source>
        <translation>ភ្ជាប់ឃ្លាំងសុវត្ថិភាពនេះទៅអង្គការផ្សេង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="322"/>
        <source>Trust the peer&apos;s card before joining its organisation.</source>
        <translation>សូមទុកចិត្តកាតរបស់ដៃគូ មុនពេលចូលរួមជាមួយអង្គការរបស់ដៃគូនោះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="335"/>
        <source>This peer&apos;s card does not name a valid organisation (a name of at least two characters and a two-letter country code); ask the peer for a new card file.</source>
        <translation>កាតរបស់ដៃគូនេះមិនបញ្ជាក់អង្គការត្រឹមត្រូវទេ (ឈ្មោះយ៉ាងតិចពីរតួអក្សរ និងលេខកូដប្រទេសពីរតួអក្សរ)៖ សូមស្នើសុំឯកសារកាតថ្មីពីដៃគូ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="345"/>
        <source>Only an empty vault can join another organisation.</source>
        <translation>មានតែឃ្លាំងសុវត្ថិភាពទទេប៉ុណ្ណោះ ដែលអាចចូលរួមជាមួយអង្គការផ្សេងបាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="379"/>
        <source>write a sync bundle of all cases</source>
        <translation>សរសេរកញ្ចប់ទិន្នន័យសមកាលកម្មនៃករណីទាំងអស់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="389"/>
        <source>Choose a trusted peer, or a passphrase and the recipient organisation.</source>
        <translation>សូមជ្រើសរើសដៃគូដែលបានទុកចិត្ត ឬជ្រើសរើសឃ្លាសម្ងាត់ និងអង្គការអ្នកទទួល។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="396"/>
        <source>Trust {org} (compare the fingerprint) before sending.</source>
        <translation>សូមទុកចិត្ត {org} (ផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃឌីជីថល) មុនពេលផ្ញើ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="404"/>
        <source>A sync bundle goes only to a device of this organisation.</source>
        <translation>កញ្ចប់ទិន្នន័យសមកាលកម្មត្រូវផ្ញើទៅតែឧបករណ៍របស់អង្គការនេះប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="411"/>
        <source>Referrals and status reports go to another organisation.</source>
        <translation>ការបញ្ជូន និងរបាយការណ៍ស្ថានភាព ត្រូវផ្ញើទៅអង្គការផ្សេង។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="418"/>
        <source>A status report goes to the peer that referred the case.</source>
        <translation>របាយការណ៍ស្ថានភាពត្រូវផ្ញើទៅដៃគូដែលបានបញ្ជូនករណីនេះមក។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="569"/>
        <source>import a sync bundle</source>
        <translation>នាំចូលកញ្ចប់ទិន្នន័យសមកាលកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="816"/>
        <source>A new value is written one field at a time.</source>
        <translation>តម្លៃថ្មីត្រូវសរសេរម្តងមួយវាល។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="37"/>
        <location filename="../rrr_desktop/services/return_prep.py" line="314"/>
        <source>A country is a two-letter code, e.g. KH.</source>
        <translation>ប្រទេសគឺជាកូដអក្សរពីរ ឧ. KH។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="93"/>
        <source>A holiday needs a name.</source>
        <translation>ថ្ងៃឈប់សម្រាកត្រូវមានឈ្មោះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="105"/>
        <source>The holiday could not be added.</source>
        <translation>មិនអាចបន្ថែមថ្ងៃឈប់សម្រាកនេះបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="113"/>
        <source>{day} is not a holiday in {country}.</source>
        <translation>{day} មិនមែនជាថ្ងៃឈប់សម្រាកនៅ {country} ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="132"/>
        <source>Choose one to three weekend days, from Monday (0) to Sunday (6).</source>
        <translation>សូមជ្រើសរើសថ្ងៃចុងសប្តាហ៍ពីមួយទៅបីថ្ងៃ ចាប់ពីថ្ងៃច័ន្ទ (0) ដល់ថ្ងៃអាទិត្យ (6)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="149"/>
        <source>The file is not UTF-8 or UTF-16 text; save it from the spreadsheet program as &apos;CSV UTF-8&apos; or &apos;Unicode text&apos;.</source>
        <translation>ឯកសារនេះមិនមែនជាអត្ថបទ UTF-8 ឬ UTF-16 ទេ៖ សូមរក្សាទុកវាពីកម្មវិធីសៀវភៅបញ្ជីជា &apos;CSV UTF-8&apos; ឬ &apos;Unicode text&apos;។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="212"/>
        <source>The file is empty: it has no header row.</source>
        <translation>ឯកសារនេះទទេ៖ វាគ្មានជួរដេកក្បាលទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="165"/>
        <source>The file has more than {max} rows; split it into parts.</source>
        <translation>ឯកសារនេះមានជួរដេកច្រើនជាង {max}៖ សូមបំបែកវាជាផ្នែកៗ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="172"/>
        <source>The file has more than {max} columns; remove the columns that are not needed.</source>
        <translation>ឯកសារនេះមានជួរឈរច្រើនជាង {max}៖ សូមលុបជួរឈរដែលមិនត្រូវការចេញ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="227"/>
        <source>The file is not a readable .xlsx workbook.</source>
        <translation>ឯកសារនេះមិនមែនជាសៀវភៅការងារ .xlsx ដែលអាចអានបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="233"/>
        <source>The workbook unpacks to more than {max} MB; save it as CSV UTF-8 or split it into parts.</source>
        <translation>ពេលពន្លាចេញ សៀវភៅការងារនេះធំជាង {max} MB៖ សូមរក្សាទុកវាជា CSV UTF-8 ឬបំបែកវាជាផ្នែកៗ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="244"/>
        <source>The sheet has more than {max} cells, counting empty formatted ones; copy only the table into a new workbook.</source>
        <translation>សន្លឹកនេះមានក្រឡាច្រើនជាង {max} ដោយរាប់ទាំងក្រឡាទទេដែលបានធ្វើទ្រង់ទ្រាយ៖ សូមចម្លងតែតារាងទៅសៀវភៅការងារថ្មីមួយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="451"/>
        <source>The file is larger than {max} MB; split it into parts.</source>
        <translation>ឯកសារធំជាង {max} MB។ សូមបំបែកវាជាផ្នែកៗ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="468"/>
        <source>Old .xls workbooks cannot be read; save it as .xlsx or CSV UTF-8.</source>
        <translation>មិនអាចអានសៀវភៅការងារ .xls ចាស់បានទេ៖ សូមរក្សាទុកវាជា .xlsx ឬ CSV UTF-8។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="484"/>
        <source>Row {row} of the file cannot be read (a cell is larger than 128 KiB or holds a control character). Check the file in the spreadsheet program.</source>
        <translation>មិនអាចអានជួរដេក {row} នៃឯកសារបានទេ (ក្រឡាមួយធំជាង 128 KiB ឬមានតួអក្សរបញ្ជា)។ សូមពិនិត្យឯកសារនោះក្នុងកម្មវិធីសៀវភៅបញ្ជី។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="502"/>
        <source>The file has no column named {column}.</source>
        <translation>ឯកសារនេះគ្មានជួរឈរដែលមានឈ្មោះ {column} ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="507"/>
        <source>{field} is not a field; choose one of {fields}.</source>
        <translation>{field} មិនមែនជាវាលទេ៖ សូមជ្រើសរើសមួយក្នុងចំណោម {fields}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="520"/>
        <source>Several columns are mapped to {field}; map each field once.</source>
        <translation>ជួរឈរច្រើនត្រូវបានផ្គូផ្គងទៅ {field}៖ សូមផ្គូផ្គងវាលនីមួយៗតែម្តងប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="528"/>
        <source>No column is mapped to {field}; it is needed for every case.</source>
        <translation>គ្មានជួរឈរណាមួយត្រូវបានផ្គូផ្គងទៅ {field} ទេ៖ វាលនេះចាំបាច់សម្រាប់គ្រប់ករណី។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="776"/>
        <location filename="../rrr_desktop/services/importing.py" line="811"/>
        <source>{count} rows cannot be imported, so nothing was imported; correct them and try again.</source>
        <translation>ជួរដេកចំនួន {count} មិនអាចនាំចូលបាន ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ៖ សូមកែតម្រូវជួរដេកទាំងនោះ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="784"/>
        <source>The file has no rows to import.</source>
        <translation>ឯកសារនេះគ្មានជួរដេកសម្រាប់នាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="794"/>
        <source>Row {line}: the reference already exists; nothing was imported.</source>
        <translation>ជួរដេក {line}៖ លេខយោងករណីនេះមានរួចហើយ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="825"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>ការនាំចូលត្រូវបានបោះបង់៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="137"/>
        <source>No printout code was found (it looks like RRR-K7MX-3QAD, in the footer of every page).</source>
        <translation>រកមិនឃើញកូដឯកសារបោះពុម្ពទេ (វាមានទម្រង់ដូចជា RRR-K7MX-3QAD នៅបាតទំព័រនៃទំព័រនីមួយៗ)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="184"/>
        <source>Unknown document kind {kind}.</source>
        <translation>ប្រភេទឯកសារ {kind} មិនស្គាល់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="188"/>
        <source>The language must be a code such as km, th or ar.</source>
        <translation>ភាសាត្រូវតែជាកូដ ដូចជា km, th ឬ ar។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="59"/>
        <source>This case has no reintegration plan yet: start one first.</source>
        <translation>ករណីនេះមិនទាន់មានផែនការសមាហរណកម្មឡើងវិញនៅឡើយទេ៖ សូមចាប់ផ្តើមផែនការមួយជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="68"/>
        <source>The plan has no such component.</source>
        <translation>ផែនការនេះគ្មានសមាសភាគនោះទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="76"/>
        <source>The plan has no such action.</source>
        <translation>ផែនការនេះគ្មានសកម្មភាពនោះទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="82"/>
        <source>This case is closed: it is no longer followed up.</source>
        <translation>ករណីនេះត្រូវបានបិទហើយ៖ វាលែងត្រូវបានតាមដានទៀតហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="90"/>
        <source>The case has no such follow-up visit.</source>
        <translation>ករណីនេះគ្មានការចុះជួបតាមដាននោះទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="120"/>
        <source>A family assessment cannot be dated in the future.</source>
        <translation>ការវាយតម្លៃគ្រួសារមិនអាចមានកាលបរិច្ឆេទនៅពេលអនាគតបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="145"/>
        <source>Write down the person&apos;s own wishes, in their words.</source>
        <translation>សូមសរសេរបំណងផ្ទាល់ខ្លួនរបស់អ្នកទទួលជំនួយ តាមពាក្យសម្តីរបស់គាត់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="151"/>
        <source>This case already has a plan: make a new version instead.</source>
        <translation>ករណីនេះមានផែនការរួចហើយ៖ សូមបង្កើតកំណែថ្មីជំនួសវិញ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="184"/>
        <source>The person&apos;s wishes cannot be left empty.</source>
        <translation>បំណងរបស់អ្នកទទួលជំនួយ មិនអាចទុកទទេបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="200"/>
        <location filename="../rrr_desktop/services/reintegration.py" line="423"/>
        <source>{reasons}</source>
        <translation>{reasons}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="227"/>
        <location filename="../rrr_desktop/services/reintegration.py" line="257"/>
        <source>A plan component needs a goal.</source>
        <translation>សមាសភាគផែនការត្រូវមានគោលដៅ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="229"/>
        <location filename="../rrr_desktop/services/reintegration.py" line="259"/>
        <source>A budget cannot be negative.</source>
        <translation>ថវិកាមិនអាចជាចំនួនអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="286"/>
        <source>An action needs a description.</source>
        <translation>សកម្មភាពត្រូវមានការពិពណ៌នា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="331"/>
        <source>A visit already made cannot be moved.</source>
        <translation>មិនអាចផ្លាស់ទីការចុះជួបដែលបានធ្វើរួចហើយបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="342"/>
        <source>A visit already made cannot be removed.</source>
        <translation>មិនអាចដកចេញការចុះជួបដែលបានធ្វើរួចហើយបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="362"/>
        <source>A visit cannot be recorded in the future.</source>
        <translation>មិនអាចកត់ត្រាការចុះជួបនៅពេលអនាគតបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="367"/>
        <source>Each domain score must be from 1 (very vulnerable) to 5.</source>
        <translation>ពិន្ទុនៃវិស័យនីមួយៗត្រូវតែពី 1 (ងាយរងគ្រោះខ្លាំង) ដល់ 5។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="381"/>
        <source>This visit has already been recorded.</source>
        <translation>ការចុះជួបនេះត្រូវបានកត់ត្រារួចហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="405"/>
        <source>The retention period must be at least one year.</source>
        <translation>រយៈពេលរក្សាទុកត្រូវតែយ៉ាងហោចណាស់មួយឆ្នាំ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="418"/>
        <source>This case is already closed.</source>
        <translation>ករណីនេះត្រូវបានបិទរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="455"/>
        <source>This case has no such plan version.</source>
        <translation>ករណីនេះគ្មានកំណែផែនការនោះទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/report.py" line="21"/>
        <source>The start of the period is after its end.</source>
        <translation>ថ្ងៃចាប់ផ្តើមនៃរយៈពេល នៅក្រោយថ្ងៃបញ្ចប់របស់វា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="85"/>
        <source>Each table of a report counts something else.</source>
        <translation>តារាងនីមួយៗនៃរបាយការណ៍ត្រូវរាប់អ្វីផ្សេងគ្នា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="90"/>
        <source>A table counts by one field or by two different fields.</source>
        <translation>តារាងមួយរាប់តាមវាលមួយ ឬតាមវាលពីរផ្សេងគ្នា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="98"/>
        <source>Cannot count by {field}; choose one of {fields}.</source>
        <translation>មិនអាចរាប់តាម {field} បានទេ៖ សូមជ្រើសរើសមួយក្នុងចំណោម {fields}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="106"/>
        <source>The suppression threshold cannot be negative.</source>
        <translation>កម្រិតលាក់ចំនួនតូចៗ មិនអាចជាចំនួនអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="16"/>
        <source>review retention</source>
        <translation>ពិនិត្យរយៈពេលរក្សាទុក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="46"/>
        <source>{reference} is not a closed case past its retention date.</source>
        <translation>{reference} មិនមែនជាករណីដែលបានបិទ ហើយហួសកាលបរិច្ឆេទនៃរយៈពេលរក្សាទុករបស់វាទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="55"/>
        <source>anonymise a case</source>
        <translation>ធ្វើអនាមិកកម្មករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="67"/>
        <source>delete a case</source>
        <translation>លុបករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="69"/>
        <source>{field}: {problem}.</source>
        <translation>{field}៖ {problem}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="109"/>
        <source>Unknown risk factor {factor}; known: {known}.</source>
        <translation>កត្តាហានិភ័យ {factor} មិនស្គាល់។ កត្តាដែលស្គាល់៖ {known}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="115"/>
        <source>A finding of risk with mitigations needs the mitigations.</source>
        <translation>លទ្ធផល “មានហានិភ័យ ព្រមទាំងវិធានការកាត់បន្ថយ” ត្រូវតែរៀបរាប់វិធានការកាត់បន្ថយទាំងនោះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="123"/>
        <source>An assessment cannot be dated in the future.</source>
        <translation>ការវាយតម្លៃមិនអាចមានកាលបរិច្ឆេទនៅពេលអនាគតបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="145"/>
        <source>override a gate</source>
        <translation>កត់ត្រាការអនុញ្ញាតលើកលែងលើលក្ខខណ្ឌរារាំង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="148"/>
        <source>A supervisor decision is about the risk finding or the checklist.</source>
        <translation>សេចក្តីសម្រេចរបស់អ្នកត្រួតពិនិត្យ ត្រូវតែទាក់ទងនឹងលទ្ធផលវាយតម្លៃហានិភ័យ ឬបញ្ជីត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="155"/>
        <source>An override needs a reason of at least {min} characters.</source>
        <translation>ការអនុញ្ញាតលើកលែងត្រូវការមូលហេតុដែលមានយ៉ាងហោចណាស់ {min} តួអក្សរ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="168"/>
        <source>revoke an override</source>
        <translation>ដកហូតការអនុញ្ញាតលើកលែង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="174"/>
        <source>There is no active {kind} override on this case.</source>
        <translation>ករណីនេះគ្មានការអនុញ្ញាតលើកលែងប្រភេទ {kind} ដែលកំពុងមានសុពលភាពទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="188"/>
        <location filename="../rrr_desktop/services/return_prep.py" line="205"/>
        <source>Unknown checklist item {key}.</source>
        <translation>ធាតុក្នុងបញ្ជីត្រួតពិនិត្យ {key} មិនស្គាល់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="193"/>
        <source>A checklist item cannot be ticked for a future date.</source>
        <translation>មិនអាចគូសធីកធាតុក្នុងបញ្ជីត្រួតពិនិត្យសម្រាប់កាលបរិច្ឆេទនាពេលអនាគតបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="245"/>
        <source>A document needs a kind, e.g. passport.</source>
        <translation>ឯកសារត្រូវមានប្រភេទ ឧ. លិខិតឆ្លងដែន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="249"/>
        <source>Keep only the last four characters of a document number.</source>
        <translation>សូមរក្សាទុកតែតួអក្សរបួនចុងក្រោយនៃលេខឯកសារប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="263"/>
        <source>No such document on this case.</source>
        <translation>ករណីនេះគ្មានឯកសារនោះទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="290"/>
        <source>No such leg in this itinerary.</source>
        <translation>ផែនការធ្វើដំណើរនេះគ្មានផ្នែកធ្វើដំណើរនោះទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="308"/>
        <source>Unknown travel detail {detail}.</source>
        <translation>ព័ត៌មានលម្អិតអំពីការធ្វើដំណើរ {detail} មិនស្គាល់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="356"/>
        <source>A message date cannot be in the future.</source>
        <translation>កាលបរិច្ឆេទសារមិនអាចស្ថិតនៅពេលអនាគតបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="372"/>
        <source>A message cannot be received before it was sent.</source>
        <translation>សារមិនអាចត្រូវបានទទួលមុនពេលវាត្រូវបានផ្ញើទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="382"/>
        <source>The answer window is at least one day.</source>
        <translation>រយៈពេលរង់ចាំចម្លើយ ត្រូវមានយ៉ាងហោចណាស់មួយថ្ងៃ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="407"/>
        <source>Record the consent as withdrawn or as declined.</source>
        <translation>សូមកត់ត្រាការយល់ព្រមនេះថា បានដកការយល់ព្រមវិញ ឬថា បានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="32"/>
        <source>an administrator</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="33"/>
        <source>a supervisor</source>
        <translation>អ្នកត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="34"/>
        <source>a caseworker</source>
        <translation>បុគ្គលិកទទួលបន្ទុកករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="35"/>
        <source>a data officer</source>
        <translation>មន្ត្រីទទួលបន្ទុកទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="240"/>
        <source>This vault is open for reading only (read-only media or a full disk), so a print or a copy of a file could not be recorded in its audit log; nothing was written. Free some space, or copy the vault to a writable disk, and open it again.</source>
        <translation>ឃ្លាំងសុវត្ថិភាពនេះបើកសម្រាប់តែការអានប៉ុណ្ណោះ (ឧបករណ៍ផ្ទុកដែលអានបានតែប៉ុណ្ណោះ ឬថាសពេញ) ដូច្នេះការបោះពុម្ព ឬការចម្លងឯកសារ មិនអាចកត់ត្រាក្នុងកំណត់ហេតុសវនកម្មរបស់វាបានទេ៖ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមធ្វើឱ្យមានទំហំទំនេរខ្លះ ឬចម្លងឃ្លាំងសុវត្ថិភាពទៅថាសដែលអាចសរសេរបាន ហើយបើកវាម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="277"/>
        <source>User {user} has no account in this vault.</source>
        <translation>អ្នកប្រើ {user} មិនមានគណនីនៅក្នុងឃ្លាំងសុវត្ថិភាពនេះទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="285"/>
        <source>The account of {user} was changed outside RRR Desktop, so it does not open. Ask another administrator to run &apos;rrr audit verify&apos;, or restore a backup.</source>
        <translation>គណនីរបស់ {user} ត្រូវបានកែប្រែនៅខាងក្រៅ RRR Desktop ដូច្នេះមិនអាចបើកវាបានទេ។ សូមស្នើឱ្យអ្នកគ្រប់គ្រងប្រព័ន្ធម្នាក់ទៀតដំណើរការ &apos;rrr audit verify&apos; ឬស្តារការបម្រុងទុកឡើងវិញ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="295"/>
        <source>The user {user} is disabled. Ask your administrator.</source>
        <translation>អ្នកប្រើ {user} ត្រូវបានបិទដំណើរការ។ សូមសួរអ្នកគ្រប់គ្រងប្រព័ន្ធរបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="307"/>
        <source>Only {role} may {what}.</source>
        <translation>មានតែ {role} ប៉ុណ្ណោះ ដែលអាច {what} បាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="160"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="211"/>
        <source>set a duress passphrase</source>
        <translation>កំណត់ឃ្លាសម្ងាត់បន្ទាន់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="168"/>
        <source>The duress passphrase must differ from your passphrase.</source>
        <translation>ឃ្លាសម្ងាត់បន្ទាន់ត្រូវតែខុសពីឃ្លាសម្ងាត់របស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="243"/>
        <source>add users</source>
        <translation>បន្ថែមអ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="262"/>
        <source>User {user} already exists.</source>
        <translation>អ្នកប្រើ {user} មានរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="292"/>
        <source>The account {user} was saved, but not its key slot, so {user} cannot sign in yet: {reason} Then add {user} again with the same command.</source>
        <translation>គណនី {user} ត្រូវបានរក្សាទុក ប៉ុន្តែរន្ធកូនសោរបស់គណនីនេះមិនទាន់ត្រូវបានរក្សាទុកទេ ដូច្នេះ {user} មិនទាន់អាចចូលប្រើបានទេ៖ {reason} បន្ទាប់មក សូមបន្ថែម {user} ម្តងទៀតដោយពាក្យបញ្ជាដដែល។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="338"/>
        <source>The disk is full; free some space.</source>
        <translation>ថាសពេញហើយ៖ សូមធ្វើឱ្យមានទំហំទំនេរខ្លះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="347"/>
        <source>manage users</source>
        <translation>គ្រប់គ្រងអ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="356"/>
        <source>You cannot disable, remove or change your own account; ask another administrator.</source>
        <translation>អ្នកមិនអាចបិទដំណើរការ ដកចេញ ឬផ្លាស់ប្តូរគណនីផ្ទាល់ខ្លួនរបស់អ្នកបានទេ៖ សូមសួរអ្នកគ្រប់គ្រងប្រព័ន្ធម្នាក់ទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="383"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="412"/>
        <source>The last administrator cannot be disabled.</source>
        <translation>មិនអាចបិទដំណើរការអ្នកគ្រប់គ្រងប្រព័ន្ធតែម្នាក់គត់ដែលនៅសល់បានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="393"/>
        <source>A user needs at least one role.</source>
        <translation>អ្នកប្រើម្នាក់ត្រូវមានតួនាទីយ៉ាងហោចណាស់មួយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="399"/>
        <source>The last administrator keeps that role.</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធតែម្នាក់គត់ដែលនៅសល់ ត្រូវរក្សាតួនាទីនោះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="426"/>
        <source>{user} was disabled (their passphrase opens nothing in this program now), but their key slot was not deleted: {reason} Then remove {user} again.</source>
        <translation>{user} ត្រូវបានបិទដំណើរការ (ឃ្លាសម្ងាត់របស់គាត់លែងបើកអ្វីបានក្នុងកម្មវិធីនេះទៀតហើយ) ប៉ុន្តែរន្ធកូនសោរបស់គាត់មិនទាន់ត្រូវបានលុបទេ៖ {reason} បន្ទាប់មក សូមដក {user} ចេញម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="438"/>
        <source>{user} was removed (key slot deleted, account disabled), but the data key was not rotated: {reason} Then choose Settings → Users and roles → Change the vault&apos;s key (or run &apos;rrr rotate-key&apos;).</source>
        <translation>{user} ត្រូវបានដកចេញ (រន្ធកូនសោត្រូវបានលុប គណនីត្រូវបានបិទដំណើរការ) ប៉ុន្តែកូនសោទិន្នន័យមិនទាន់ត្រូវបានប្តូរទេ៖ {reason} បន្ទាប់មក សូមជ្រើសរើស ការកំណត់ → អ្នកប្រើ និងតួនាទី → ប្តូរកូនសោរបស់ឃ្លាំងសុវត្ថិភាព (ឬដំណើរការ &apos;rrr rotate-key&apos;)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="452"/>
        <source>rotate the data key</source>
        <translation>ប្តូរកូនសោទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="473"/>
        <source>create a recovery key</source>
        <translation>បង្កើតកូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="512"/>
        <source>An administrator&apos;s passphrase is reset only with another administrator&apos;s approval: {others}.</source>
        <translation>ឃ្លាសម្ងាត់របស់អ្នកគ្រប់គ្រងប្រព័ន្ធ អាចកំណត់ឡើងវិញបាន លុះត្រាតែមានការអនុម័តពីអ្នកគ្រប់គ្រងប្រព័ន្ធម្នាក់ទៀត៖ {others}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="564"/>
        <source>wipe this laptop</source>
        <translation>លុបសម្អាតកុំព្យូទ័រយួរដៃនេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="568"/>
        <source>Type the organisation&apos;s name exactly to confirm; nothing was wiped.</source>
        <translation>សូមវាយឈ្មោះអង្គការឱ្យដូចបេះបិទ ដើម្បីបញ្ជាក់៖ គ្មានអ្វីត្រូវបានលុបសម្អាតទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="274"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="352"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="500"/>
        <source>There is no user {user} in this vault.</source>
        <translation>គ្មានអ្នកប្រើ {user} នៅក្នុងឃ្លាំងសុវត្ថិភាពនេះទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="139"/>
        <source>The country must be a two-letter code such as KH.</source>
        <translation>ប្រទេសត្រូវតែជាកូដអក្សរពីរ ដូចជា KH។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="162"/>
        <source>{language} is not a language the list knows; choose one from the list that opens as you type.</source>
        <translation>{language} មិនមែនជាភាសាដែលមាននៅក្នុងបញ្ជីទេ៖ សូមជ្រើសរើសភាសាមួយពីបញ្ជីដែលបង្ហាញឡើងនៅពេលអ្នកវាយបញ្ចូល។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/errors.py" line="73"/>
        <source>Not done</source>
        <translation>មិនបានអនុវត្ត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/cases.py" line="97"/>
        <source>The case no longer exists.</source>
        <translation>ករណីនេះលែងមានទៀតហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/cases.py" line="441"/>
        <source>No case with reference {reference}.</source>
        <translation>គ្មានករណីដែលមានលេខយោងករណី {reference} ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="69"/>
        <source>The vault file in {folder} is damaged or is not the one these passphrases open. Nothing was changed. Restore the latest backup (rrr restore) or ask for help.</source>
        <translation>ឯកសារឃ្លាំងសុវត្ថិភាពនៅក្នុង {folder} ខូច ឬមិនមែនជាឯកសារដែលឃ្លាសម្ងាត់ទាំងនេះបើកបានទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមស្តារការបម្រុងទុកចុងក្រោយបំផុតឡើងវិញ (rrr restore) ឬស្នើសុំជំនួយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="80"/>
        <source>The vault in {folder} could not be read (the disk reported an error). Nothing was changed. Copy the folder to a healthy disk, or restore the latest backup.</source>
        <translation>មិនអាចអានឃ្លាំងសុវត្ថិភាពនៅក្នុង {folder} បានទេ (ថាសបានរាយការណ៍ពីកំហុសមួយ)។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមចម្លងថតនោះទៅថាសដែលដំណើរការល្អ ឬស្តារការបម្រុងទុកចុងក្រោយបំផុតឡើងវិញ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="172"/>
        <source>This vault on read-only media needs an upgrade by this version of RRR Desktop: copy it to a writable disk and open it there.</source>
        <translation>ឃ្លាំងសុវត្ថិភាពនេះស្ថិតនៅលើឧបករណ៍ផ្ទុកដែលអានបានតែប៉ុណ្ណោះ ហើយត្រូវតែដំឡើងកំណែដោយ RRR Desktop កំណែនេះ៖ សូមចម្លងវាទៅថាសដែលអាចសរសេរបាន ហើយបើកវានៅទីនោះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="207"/>
        <source>This vault uses schema {current}, newer than this program knows ({latest}). Update RRR Desktop.</source>
        <translation>ឃ្លាំងសុវត្ថិភាពនេះប្រើគ្រោងទិន្នន័យ {current} ដែលថ្មីជាងកំណែដែលកម្មវិធីនេះស្គាល់ ({latest})។ សូមធ្វើបច្ចុប្បន្នភាព RRR Desktop។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="390"/>
        <source>The copy failed its check; nothing was saved. Try another place or another stick.</source>
        <translation>ច្បាប់ចម្លងមិនបានឆ្លងកាត់ការត្រួតពិនិត្យទេ៖ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមសាកល្បងកន្លែងផ្សេង ឬដ្រាយ USB ផ្សេង។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="191"/>
        <source>A key slot uses an unknown key derivation.</source>
        <translation>រន្ធកូនសោ (key slot) មួយប្រើវិធីបង្កើតកូនសោ (key derivation) ដែលមិនស្គាល់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="324"/>
        <source>This vault was made by a newer version of RRR Desktop.</source>
        <translation>ឃ្លាំងសុវត្ថិភាពនេះត្រូវបានបង្កើតដោយកំណែថ្មីជាងរបស់ RRR Desktop។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="303"/>
        <source>The key slot file of this vault is damaged; restore it from a backup.</source>
        <translation>ឯកសាររន្ធកូនសោ (key slot) នៃឃ្លាំងសុវត្ថិភាពនេះខូច៖ សូមស្តារវាឡើងវិញពីការបម្រុងទុក។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/records.py" line="189"/>
        <source>This record was deleted or anonymised; it can no longer be changed.</source>
        <translation>កំណត់ត្រានេះត្រូវបានលុប ឬធ្វើអនាមិកកម្មរួចហើយ៖ វាមិនអាចផ្លាស់ប្តូរបានទៀតទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="54"/>
        <source>A passphrase needs at least {min} characters.</source>
        <translation>ឃ្លាសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ {min} តួអក្សរ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="59"/>
        <source>This passphrase is too easy to guess (a common word, a pattern or a date). Use a few unrelated words.</source>
        <translation>ឃ្លាសម្ងាត់នេះងាយទាយពេក (ពាក្យទូទៅ លំនាំ ឬកាលបរិច្ឆេទ)។ សូមប្រើពាក្យច្រើនដែលមិនទាក់ទងគ្នា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="72"/>
        <source>The vault was busy, so its key was not changed (nothing was lost). Wait for running work such as an import or a report to finish, then try again.</source>
        <translation>ឃ្លាំងសុវត្ថិភាពកំពុងរវល់ ដូច្នេះកូនសោរបស់វាមិនត្រូវបានប្តូរទេ (គ្មានអ្វីបាត់បង់ទេ)។ សូមរង់ចាំការងារដែលកំពុងដំណើរការ ដូចជាការនាំចូល ឬរបាយការណ៍ ឱ្យចប់សិន ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="362"/>
        <source>The key cannot be rotated yet: {users} must sign in once (their key slots are of an earlier kind); for the recovery key, make a new one.</source>
        <translation>មិនទាន់អាចប្តូរកូនសោបានទេ៖ {users} ត្រូវចូលប្រើម្តងសិន (រន្ធកូនសោរបស់ពួកគេជាប្រភេទចាស់)។ សម្រាប់កូនសោសង្គ្រោះ សូមបង្កើតថ្មីមួយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/audit.py" line="48"/>
        <source>The audit log of this vault was changed outside RRR Desktop (entries are missing or rewritten), so nothing more can be recorded. Tell your administrator; &apos;rrr audit verify&apos; shows where.</source>
        <translation>កំណត់ហេតុសវនកម្មនៃឃ្លាំងសុវត្ថិភាពនេះ ត្រូវបានកែប្រែនៅខាងក្រៅ RRR Desktop (មានធាតុបាត់ ឬត្រូវបានសរសេរឡើងវិញ) ដូច្នេះមិនអាចកត់ត្រាអ្វីបន្ថែមទៀតបានទេ។ សូមប្រាប់អ្នកគ្រប់គ្រងប្រព័ន្ធរបស់អ្នក៖ &apos;rrr audit verify&apos; បង្ហាញកន្លែងដែលមានបញ្ហា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="58"/>
        <source>{folder} is not a backup of RRR Desktop (its key slots are missing).</source>
        <translation>{folder} មិនមែនជាការបម្រុងទុករបស់ RRR Desktop ទេ (រន្ធកូនសោរបស់វាបាត់)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="74"/>
        <source>{folder} is not a folder with a backup.</source>
        <translation>{folder} មិនមែនជាថតដែលមានការបម្រុងទុកទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="102"/>
        <source>The backup in {folder} is incomplete.</source>
        <translation>ការបម្រុងទុកនៅក្នុង {folder} មិនពេញលេញទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="80"/>
        <source>The backup in {folder} is not encrypted; it was not restored.</source>
        <translation>ការបម្រុងទុកនៅក្នុង {folder} មិនត្រូវបានអ៊ិនគ្រីបទេ៖ វាមិនត្រូវបានស្តារឡើងវិញទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="155"/>
        <source>Your user name and passphrase do not open the backup in {folder}. Nothing was changed.</source>
        <translation>ឈ្មោះអ្នកប្រើ និងឃ្លាសម្ងាត់របស់អ្នក មិនអាចបើកការបម្រុងទុកនៅក្នុង {folder} បានទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="205"/>
        <source>Only an administrator may put a backup back, and {user} is not one in that backup. Nothing was changed.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប្រព័ន្ធប៉ុណ្ណោះ ដែលអាចស្តារការបម្រុងទុកឡើងវិញបាន ហើយ {user} មិនមែនជាអ្នកគ្រប់គ្រងប្រព័ន្ធនៅក្នុងការបម្រុងទុកនោះទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="216"/>
        <source>The backup in {folder} is damaged (it failed its check). Nothing was changed; the vault here is as it was. Try another copy of the backup.</source>
        <translation>ការបម្រុងទុកនៅក្នុង {folder} ខូច (វាមិនបានឆ្លងកាត់ការត្រួតពិនិត្យទេ)។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ៖ ឃ្លាំងសុវត្ថិភាពនៅទីនេះនៅដដែលដូចមុន។ សូមសាកល្បងច្បាប់ចម្លងផ្សេងទៀតនៃការបម្រុងទុក។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="29"/>
        <source>The file is larger than {limit} MB; scan it at a lower resolution or split it, then attach it again.</source>
        <translation>ឯកសារនេះធំជាង {limit} MB៖ សូមស្កេនវាដោយកម្រិតភាពច្បាស់ទាបជាងនេះ ឬបំបែកវា បន្ទាប់មកភ្ជាប់វាម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="58"/>
        <source>Write the note before saving it.</source>
        <translation>សូមសរសេរកំណត់ចំណាំ មុនពេលរក្សាទុកវា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="61"/>
        <source>A note holds at most {limit} characters; split it into several notes.</source>
        <translation>កំណត់ចំណាំមួយអាចមានយ៉ាងច្រើន {limit} តួអក្សរ៖ សូមបំបែកវាជាកំណត់ចំណាំច្រើន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="77"/>
        <source>The note holds characters that cannot be stored (control or direction characters); remove them and save again.</source>
        <translation>កំណត់ចំណាំនេះមានតួអក្សរដែលមិនអាចរក្សាទុកបាន (តួអក្សរបញ្ជា ឬតួអក្សរកំណត់ទិសអត្ថបទ)៖ សូមលុបតួអក្សរទាំងនោះចេញ ហើយរក្សាទុកម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="123"/>
        <source>The file is empty; nothing was attached.</source>
        <translation>ឯកសារនេះទទេ៖ គ្មានអ្វីត្រូវបានភ្ជាប់ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="141"/>
        <source>The file&apos;s name or note holds characters that cannot be stored; rename it and attach it again.</source>
        <translation>ឈ្មោះ ឬកំណត់សម្គាល់របស់ឯកសារ មានតួអក្សរដែលមិនអាចរក្សាទុកបាន៖ សូមប្តូរឈ្មោះវា ហើយភ្ជាប់វាម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="152"/>
        <source>A case holds at most {limit} attached files.</source>
        <translation>ករណីមួយអាចមានឯកសារភ្ជាប់បានយ៉ាងច្រើនបំផុតចំនួន {limit}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="169"/>
        <source>The attached file no longer exists.</source>
        <translation>ឯកសារភ្ជាប់នេះលែងមានទៀតហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="178"/>
        <source>This file has not arrived on this laptop yet (only its description did); it comes with the next sync from the laptop where it was attached.</source>
        <translation>ឯកសារនេះមិនទាន់មកដល់កុំព្យូទ័រយួរដៃនេះនៅឡើយទេ (មានតែការពិពណ៌នារបស់វាប៉ុណ្ណោះដែលបានមកដល់)៖ វានឹងមកដល់ នៅពេលធ្វើសមកាលកម្មលើកក្រោយ ពីកុំព្យូទ័រយួរដៃដែលបានភ្ជាប់វា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="186"/>
        <source>The stored file does not match its fingerprint; it was not opened. Run the vault check (rrr doctor).</source>
        <translation>ឯកសារដែលបានរក្សាទុក មិនត្រូវនឹងស្នាមម្រាមដៃឌីជីថលរបស់វាទេ៖ វាមិនត្រូវបានបើកទេ។ សូមដំណើរការការត្រួតពិនិត្យឃ្លាំងសុវត្ថិភាព (rrr doctor)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="22"/>
        <source>change the organisation</source>
        <translation>ផ្លាស់ប្តូរព័ត៌មានរបស់អង្គការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="30"/>
        <source>The address, phone or e-mail holds characters that cannot be printed.</source>
        <translation>អាសយដ្ឋាន ទូរសព្ទ ឬអ៊ីមែល មានតួអក្សរដែលមិនអាចបោះពុម្ពបាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="41"/>
        <source>confirm a name for letters</source>
        <translation>បញ្ជាក់ឈ្មោះសម្រាប់លិខិត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="46"/>
        <source>Give the embassy&apos;s country as a two-letter code, e.g. KH.</source>
        <translation>សូមផ្តល់ប្រទេសរបស់ស្ថានទូតជាកូដអក្សរពីរ ឧ. KH។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="49"/>
        <source>Give the name the letter carries.</source>
        <translation>សូមផ្តល់ឈ្មោះដែលលិខិតនឹងប្រើ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="53"/>
        <source>“{name}” would tell the embassy what the person went through ({words}); choose a neutral name.</source>
        <translation>“{name}” នឹងប្រាប់ស្ថានទូតអំពីអ្វីដែលអ្នកទទួលជំនួយបានឆ្លងកាត់ ({words})៖ សូមជ្រើសរើសឈ្មោះអព្យាក្រឹត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/inuse.py" line="43"/>
        <source>The vault is open in another window or &apos;rrr&apos; command on this computer: close it there, then try again.</source>
        <translation>ឃ្លាំងសុវត្ថិភាពកំពុងបើកនៅក្នុងបង្អួចផ្សេង ឬពាក្យបញ្ជា &apos;rrr&apos; នៅលើកុំព្យូទ័រនេះ៖ សូមបិទវានៅទីនោះ រួចសាកល្បងម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/inuse.py" line="56"/>
        <source>Another window or &apos;rrr&apos; command is changing this vault&apos;s key or restoring it. Try again in a minute.</source>
        <translation>បង្អួច ឬពាក្យបញ្ជា &apos;rrr&apos; ផ្សេងទៀត កំពុងប្តូរកូនសោរបស់ឃ្លាំងសុវត្ថិភាពនេះ ឬកំពុងស្តារវាឡើងវិញ។ សូមរង់ចាំមួយនាទី ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="8"/>
        <source>Case identifier (no personal data)</source>
        <translation>លេខសម្គាល់ករណី (គ្មានទិន្នន័យផ្ទាល់ខ្លួន)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="9"/>
        <source>Opened on</source>
        <translation>បើកករណីនៅថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="10"/>
        <source>Reference</source>
        <translation>លេខយោងករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="11"/>
        <source>Their reference</source>
        <translation>លេខយោងរបស់ពួកគេ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="12"/>
        <source>Referring organisation</source>
        <translation>អង្គការបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="13"/>
        <source>Referred to</source>
        <translation>បញ្ជូនទៅ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="14"/>
        <source>Earlier references</source>
        <translation>លេខយោងមុនៗ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="15"/>
        <source>Stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="16"/>
        <source>Stage history</source>
        <translation>ប្រវត្តិដំណាក់កាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="17"/>
        <source>Caseworker</source>
        <translation>បុគ្គលិកទទួលបន្ទុកករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="18"/>
        <source>Also assigned to</source>
        <translation>ចាត់តាំងឱ្យផងដែរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="19"/>
        <source>Receiving organisation</source>
        <translation>អង្គការទទួល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="20"/>
        <source>Name on printouts</source>
        <translation>ឈ្មោះលើឯកសារបោះពុម្ព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="21"/>
        <source>Asylum</source>
        <translation>សិទ្ធិជ្រកកោន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="22"/>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="23"/>
        <source>Given name</source>
        <translation>នាមខ្លួន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="24"/>
        <source>Family name</source>
        <translation>នាមត្រកូល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="25"/>
        <source>Other names</source>
        <translation>ឈ្មោះផ្សេងទៀត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="26"/>
        <source>Name in the person&apos;s own script</source>
        <translation>ឈ្មោះជាអក្សរភាសាផ្ទាល់ខ្លួនរបស់អ្នកទទួលជំនួយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="27"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="28"/>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="29"/>
        <source>Estimated age</source>
        <translation>អាយុប៉ាន់ស្មាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="30"/>
        <source>Age estimated on</source>
        <translation>ប៉ាន់ស្មានអាយុនៅថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="31"/>
        <source>Place of birth</source>
        <translation>ទីកន្លែងកំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="32"/>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="33"/>
        <source>Languages</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="34"/>
        <source>The person&apos;s wishes</source>
        <translation>បំណងរបស់អ្នកទទួលជំនួយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="35"/>
        <source>Guardian</source>
        <translation>អាណាព្យាបាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="36"/>
        <source>Contacts</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="37"/>
        <source>Intake</source>
        <translation>ការទទួលករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="38"/>
        <source>Intake date</source>
        <translation>កាលបរិច្ឆេទទទួលករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="39"/>
        <source>How the person was identified</source>
        <translation>របៀបដែលអ្នកទទួលជំនួយត្រូវបានកំណត់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="40"/>
        <source>Referred by</source>
        <translation>បញ្ជូនមកដោយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="41"/>
        <source>Country where it happened</source>
        <translation>ប្រទេសដែលហេតុការណ៍បានកើតឡើង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="42"/>
        <source>Country of origin</source>
        <translation>ប្រទេសកំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="43"/>
        <source>Region of origin</source>
        <translation>តំបន់កំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="44"/>
        <source>First needs</source>
        <translation>តម្រូវការដំបូង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="45"/>
        <source>Screening notes</source>
        <translation>កំណត់សម្គាល់ការពិនិត្យបឋម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="46"/>
        <source>Form of exploitation</source>
        <translation>ទម្រង់នៃការកេងប្រវ័ញ្ច</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="47"/>
        <source>Programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="48"/>
        <source>Shelter and care</source>
        <translation>ទីជម្រក និងការថែទាំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="49"/>
        <source>Medical services</source>
        <translation>សេវាវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="50"/>
        <source>Shelter</source>
        <translation>ទីជម្រក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="51"/>
        <source>Admitted on</source>
        <translation>ចូលស្នាក់នៅថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="52"/>
        <source>Left on</source>
        <translation>ចាកចេញនៅថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="53"/>
        <source>Services received</source>
        <translation>សេវាដែលបានទទួល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="54"/>
        <source>Referrals to services</source>
        <translation>ការបញ្ជូនទៅសេវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="55"/>
        <source>Security measures</source>
        <translation>វិធានការសុវត្ថិភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="56"/>
        <source>Consents</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="57"/>
        <source>Risk assessments</source>
        <translation>ការវាយតម្លៃហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="58"/>
        <source>Supervisor overrides</source>
        <translation>ការអនុញ្ញាតលើកលែងរបស់អ្នកត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="59"/>
        <source>Pre-departure checklist</source>
        <translation>បញ្ជីត្រួតពិនិត្យមុនពេលចាកចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="60"/>
        <source>Checklist items</source>
        <translation>ធាតុក្នុងបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="61"/>
        <source>Wishes to be met by a local organisation on arrival</source>
        <translation>ចង់ឱ្យអង្គការក្នុងតំបន់មកទទួលនៅពេលមកដល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="64"/>
        <source>Contacts handed over</source>
        <translation>ព័ត៌មានទំនាក់ទំនងដែលបានផ្តល់ជូន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="65"/>
        <source>Travel documents</source>
        <translation>ឯកសារធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="66"/>
        <source>Travel</source>
        <translation>ការធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="67"/>
        <source>Journey legs</source>
        <translation>ផ្នែកនៃការធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="68"/>
        <source>Messages between organisations</source>
        <translation>សាររវាងអង្គការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="69"/>
        <source>Reintegration</source>
        <translation>សមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="70"/>
        <source>Reintegration plans</source>
        <translation>ផែនការសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="71"/>
        <source>Follow-up visits</source>
        <translation>ការចុះជួបតាមដាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="72"/>
        <source>Assessment date</source>
        <translation>កាលបរិច្ឆេទវាយតម្លៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="73"/>
        <source>Assessed by</source>
        <translation>វាយតម្លៃដោយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="74"/>
        <source>Assessment: the person&apos;s own account</source>
        <translation>ការវាយតម្លៃ៖ ការរៀបរាប់ផ្ទាល់របស់អ្នកទទួលជំនួយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="77"/>
        <source>Assessment: the situation at home</source>
        <translation>ការវាយតម្លៃ៖ ស្ថានភាពនៅស្រុកកំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="80"/>
        <source>Family assessment</source>
        <translation>ការវាយតម្លៃគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="81"/>
        <source>Closure</source>
        <translation>ការបិទករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="82"/>
        <source>Notes and contact log</source>
        <translation>កំណត់ចំណាំ និងកំណត់ត្រាទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="83"/>
        <source>Attached documents</source>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="84"/>
        <source>Last changed</source>
        <translation>ផ្លាស់ប្តូរចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="86"/>
        <source>{list}: entry kept or deleted</source>
        <translation>{list}៖ ធាតុត្រូវបានរក្សាទុក ឬលុប</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="87"/>
        <source>{list}: {field}</source>
        <translation>{list}៖ {field}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="88"/>
        <source>{list}: one entry</source>
        <translation>{list}៖ ធាតុមួយ</translation>
    </message>
</context>
<context>
    <name>followup</name>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="41"/>
        <source>Financial</source>
        <translation>ហិរញ្ញវត្ថុ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="42"/>
        <source>Family and social</source>
        <translation>គ្រួសារ និងសង្គម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="43"/>
        <source>Employment and skills</source>
        <translation>ការងារ និងជំនាញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="44"/>
        <source>Medical and psychosocial</source>
        <translation>វេជ្ជសាស្ត្រ និងចិត្តសង្គម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="47"/>
        <source>Legal</source>
        <translation>ច្បាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="52"/>
        <source>Contact with a recruiter, broker or former exploiter</source>
        <translation>ទំនាក់ទំនងជាមួយអ្នកជ្រើសរើសពលករ ឈ្មួញកណ្តាល ឬអ្នកកេងប្រវ័ញ្ចពីមុន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="55"/>
        <source>An offer of work abroad or in another town</source>
        <translation>ការផ្តល់ការងារនៅបរទេស ឬនៅទីក្រុងផ្សេង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="56"/>
        <source>New or growing debt</source>
        <translation>បំណុលថ្មី ឬបំណុលកើនឡើង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="57"/>
        <source>Family pressure to earn money or migrate again</source>
        <translation>សម្ពាធពីគ្រួសារឱ្យរកលុយ ឬធ្វើចំណាកស្រុកម្តងទៀត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="60"/>
        <source>Threats or intimidation from traffickers</source>
        <translation>ការគំរាមកំហែង ឬការបំភិតបំភ័យពីជនជួញដូរមនុស្ស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="61"/>
        <source>Identity documents held by someone else</source>
        <translation>ឯកសារអត្តសញ្ញាណត្រូវបានរក្សាទុកដោយអ្នកផ្សេង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="62"/>
        <source>Unexplained money or gifts</source>
        <translation>ប្រាក់ ឬអំណោយដែលមិនអាចពន្យល់បាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="63"/>
        <source>Plans to leave without telling anyone</source>
        <translation>គម្រោងចាកចេញដោយមិនប្រាប់អ្នកណា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="64"/>
        <source>Isolation, alcohol or drug use</source>
        <translation>ភាពឯកោ ការប្រើប្រាស់គ្រឿងស្រវឹង ឬគ្រឿងញៀន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="65"/>
        <source>Dropped out of training, school or work</source>
        <translation>បានបោះបង់ការបណ្តុះបណ្តាល សាលារៀន ឬការងារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="19"/>
        <source>Reintegrated</source>
        <translation>បានធ្វើសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="20"/>
        <source>Declined further assistance</source>
        <translation>បានបដិសេធជំនួយបន្ថែម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="21"/>
        <source>Lost contact</source>
        <translation>បាត់ទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="22"/>
        <source>Moved on</source>
        <translation>បានផ្លាស់ទៅកន្លែងផ្សេង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="23"/>
        <source>Transferred to another organisation</source>
        <translation>បានផ្ទេរទៅអង្គការផ្សេង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="24"/>
        <source>Deceased</source>
        <translation>បានទទួលមរណភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="29"/>
        <source>Fin.</source>
        <translation>ហិរញ្ញ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="30"/>
        <source>Fam.</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="31"/>
        <source>Emp.</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="32"/>
        <source>Med.</source>
        <translation>វេជ្ជ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="33"/>
        <source>Leg.</source>
        <translation>ច្បាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="30"/>
        <source>Score trend per domain</source>
        <translation>និន្នាការពិន្ទុតាមវិស័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="44"/>
        <source>no score yet</source>
        <translation>មិនទាន់មានពិន្ទុ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="46"/>
        <source>improving</source>
        <translation>កំពុងប្រសើរឡើង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="47"/>
        <source>worse</source>
        <translation>កាន់តែអាក្រក់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="48"/>
        <source>steady</source>
        <translation>ថេរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="50"/>
        <source>{score}/5, {trend}</source>
        <translation>{score}/5, {trend}</translation>
    </message>
</context>
<context>
    <name>gates</name>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="50"/>
        <source>The person has not consented to return.</source>
        <translation>អ្នកទទួលជំនួយមិនទាន់បានយល់ព្រមលើការវិលត្រឡប់ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="58"/>
        <source>No security (risk) assessment has been made.</source>
        <translation>មិនទាន់មានការវាយតម្លៃសុវត្ថិភាព (ហានិភ័យ) នៅឡើយទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="67"/>
        <source>The risk assessment found reasonable suspicion of harm; a supervisor must record an override with a reason.</source>
        <translation>ការវាយតម្លៃហានិភ័យបានរកឃើញការសង្ស័យសមហេតុផលនៃគ្រោះថ្នាក់៖ អ្នកត្រួតពិនិត្យត្រូវតែកត់ត្រាការអនុញ្ញាតលើកលែង ព្រមទាំងមូលហេតុ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="79"/>
        <source>A child needs a recorded guardian.</source>
        <translation>កុមារត្រូវមានអាណាព្យាបាលដែលបានកត់ត្រា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="98"/>
        <source>{count} of 8 pre-departure conditions are not yet met: {missing}</source>
        <translation>លក្ខខណ្ឌមុនពេលចាកចេញចំនួន {count} ក្នុងចំណោម 8 មិនទាន់បានបំពេញនៅឡើយទេ៖ {missing}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="107"/>
        <source>No travel itinerary has been recorded.</source>
        <translation>មិនទាន់មានការកត់ត្រាផែនការធ្វើដំណើរនៅឡើយទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="115"/>
        <location filename="../rrr_desktop/domain/gates.py" line="188"/>
        <source>The person has not consented to share the case with {org}.</source>
        <translation>អ្នកទទួលជំនួយមិនទាន់បានយល់ព្រមឱ្យចែករំលែកករណីជាមួយ {org} ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="132"/>
        <source>An asylum procedure is pending: the embassy must not be contacted.</source>
        <translation>នីតិវិធីស្នើសុំសិទ្ធិជ្រកកោនកំពុងរង់ចាំ៖ មិនត្រូវទាក់ទងស្ថានទូតទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="141"/>
        <source>The person was granted asylum: the embassy of the country they fled must not be contacted.</source>
        <translation>អ្នកទទួលជំនួយបានទទួលសិទ្ធិជ្រកកោន៖ មិនត្រូវទាក់ទងស្ថានទូតនៃប្រទេសដែលគាត់បានភៀសខ្លួនចេញមកនោះទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="152"/>
        <source>An asylum decision is recorded without its outcome: record whether asylum was granted or refused before the embassy is contacted.</source>
        <translation>ការសម្រេចលើសិទ្ធិជ្រកកោនត្រូវបានកត់ត្រាដោយគ្មានលទ្ធផល៖ សូមកត់ត្រាថាតើសិទ្ធិជ្រកកោនត្រូវបានផ្តល់ ឬត្រូវបានបដិសេធ មុនពេលទាក់ទងស្ថានទូត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="163"/>
        <source>The person wishes to apply for asylum: the embassy must not be contacted.</source>
        <translation>អ្នកទទួលជំនួយមានបំណងដាក់ពាក្យស្នើសុំសិទ្ធិជ្រកកោន៖ មិនត្រូវទាក់ទងស្ថានទូតទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="173"/>
        <source>The person has not consented to contact with the embassy.</source>
        <translation>អ្នកទទួលជំនួយមិនទាន់បានយល់ព្រមឱ្យទាក់ទងស្ថានទូតទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="206"/>
        <source>A child returns to family only after a family assessment.</source>
        <translation>កុមារត្រឡប់ទៅរស់នៅជាមួយគ្រួសារបាន លុះត្រាតែមានការវាយតម្លៃគ្រួសាររួច។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="215"/>
        <source>The family assessment found neglect or abuse: choose family-based alternative care.</source>
        <translation>ការវាយតម្លៃគ្រួសារបានរកឃើញការធ្វេសប្រហែស ឬការរំលោភបំពាន៖ សូមជ្រើសរើសការថែទាំជំនួសដោយផ្អែកលើគ្រួសារ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="228"/>
        <source>Closing a case needs a reason.</source>
        <translation>ការបិទករណីត្រូវការមូលហេតុ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="263"/>
        <source>The person has not consented to receive assistance.</source>
        <translation>អ្នកទទួលជំនួយមិនទាន់បានយល់ព្រមទទួលជំនួយទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="274"/>
        <source>The person has not consented to reintegration services.</source>
        <translation>អ្នកទទួលជំនួយមិនទាន់បានយល់ព្រមលើសេវាសមាហរណកម្មឡើងវិញទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="286"/>
        <source>Testimony only with the person&apos;s full, recorded agreement.</source>
        <translation>ការផ្តល់សក្ខីកម្ម ត្រូវធ្វើលុះត្រាតែមានការព្រមព្រៀងពេញលេញ និងបានកត់ត្រាពីអ្នកទទួលជំនួយប៉ុណ្ណោះ។</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <location filename="../rrr_desktop/domain/handoff_rules.py" line="91"/>
        <source>never shared outside the organisation</source>
        <translation>មិនដែលចែករំលែកទៅក្រៅអង្គការទេ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/handoff_rules.py" line="92"/>
        <source>not marked by the caseworker as one to share</source>
        <translation>បុគ្គលិកទទួលបន្ទុកករណីមិនបានសម្គាល់ថាអាចចែករំលែកទេ</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="10"/>
        <source>Vault created</source>
        <translation>បានបង្កើតឃ្លាំងសុវត្ថិភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="11"/>
        <source>Backup written</source>
        <translation>បានសរសេរការបម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="12"/>
        <source>Replaced by a restored backup</source>
        <translation>ត្រូវបានជំនួសដោយការបម្រុងទុកដែលបានស្តារឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="13"/>
        <source>Recovery key made</source>
        <translation>បានបង្កើតកូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="14"/>
        <source>Signed in</source>
        <translation>បានចូលប្រើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="15"/>
        <source>User added</source>
        <translation>បានបន្ថែមអ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="16"/>
        <source>Passphrase changed</source>
        <translation>បានប្តូរឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="17"/>
        <source>Passphrase reset with the recovery key</source>
        <translation>បានកំណត់ឃ្លាសម្ងាត់ឡើងវិញដោយប្រើកូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="18"/>
        <source>User disabled</source>
        <translation>បានបិទដំណើរការអ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="19"/>
        <source>User enabled again</source>
        <translation>បានបើកដំណើរការអ្នកប្រើឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="20"/>
        <source>User&apos;s roles changed</source>
        <translation>បានប្តូរតួនាទីរបស់អ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="21"/>
        <source>User removed</source>
        <translation>បានដកអ្នកប្រើចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="22"/>
        <source>Laptop wiped</source>
        <translation>បានលុបសម្អាតកុំព្យូទ័រយួរដៃ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="26"/>
        <source>Demo cases added</source>
        <translation>បានបន្ថែមករណីសាកល្បង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="27"/>
        <source>Case created</source>
        <translation>បានបង្កើតករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="28"/>
        <source>Case opened</source>
        <translation>បានបើកករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="29"/>
        <source>Case edited</source>
        <translation>បានកែសម្រួលករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="30"/>
        <source>Last edit undone</source>
        <translation>បានត្រឡប់ការកែសម្រួលចុងក្រោយវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="31"/>
        <source>Stage changed</source>
        <translation>បានប្តូរដំណាក់កាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="32"/>
        <source>Consent recorded</source>
        <translation>បានកត់ត្រាការយល់ព្រម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="39"/>
        <source>Case closed</source>
        <translation>បានបិទករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="40"/>
        <source>Case assigned</source>
        <translation>បានចាត់តាំងករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="41"/>
        <source>Case anonymised</source>
        <translation>បានធ្វើអនាមិកកម្មករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="42"/>
        <source>Case deleted</source>
        <translation>បានលុបករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="43"/>
        <source>Case imported from a spreadsheet</source>
        <translation>បាននាំចូលករណីពីសៀវភៅបញ្ជី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="44"/>
        <source>Printed</source>
        <translation>បានបោះពុម្ព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="45"/>
        <source>Asylum status recorded</source>
        <translation>បានកត់ត្រាស្ថានភាពសិទ្ធិជ្រកកោន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="46"/>
        <source>Documents recorded</source>
        <translation>បានកត់ត្រាឯកសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="47"/>
        <source>Travel changed</source>
        <translation>បានផ្លាស់ប្តូរការធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="48"/>
        <source>Message recorded</source>
        <translation>បានកត់ត្រាសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="49"/>
        <source>Risk assessed</source>
        <translation>បានវាយតម្លៃហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="50"/>
        <source>Checklist item ticked</source>
        <translation>បានគូសធីកធាតុក្នុងបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="51"/>
        <source>Checklist tick removed</source>
        <translation>បានដកសញ្ញាធីកក្នុងបញ្ជីត្រួតពិនិត្យចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="52"/>
        <source>Handed-over contacts recorded</source>
        <translation>បានកត់ត្រាព័ត៌មានទំនាក់ទំនងដែលបានផ្តល់ជូន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="53"/>
        <source>Wish to be met on arrival by a local NGO recorded</source>
        <translation>បានកត់ត្រាបំណងចង់ឱ្យអង្គការមិនមែនរដ្ឋាភិបាលក្នុងតំបន់មកទទួលនៅពេលមកដល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="64"/>
        <source>New plan version made</source>
        <translation>បានបង្កើតកំណែផែនការថ្មី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="70"/>
        <source>Plan action added</source>
        <translation>បានបន្ថែមសកម្មភាពក្នុងផែនការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="71"/>
        <source>Plan action&apos;s status changed</source>
        <translation>បានប្តូរស្ថានភាពនៃសកម្មភាពក្នុងផែនការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="84"/>
        <source>Operational list made</source>
        <translation>បានបង្កើតបញ្ជីប្រតិបត្តិការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="56"/>
        <source>Supervisor decision on the risk finding</source>
        <translation>សេចក្តីសម្រេចរបស់អ្នកត្រួតពិនិត្យលើលទ្ធផលវាយតម្លៃហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="23"/>
        <source>Duress passphrase set</source>
        <translation>បានកំណត់ឃ្លាសម្ងាត់បន្ទាន់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="24"/>
        <source>Duress passphrase removed</source>
        <translation>បានលុបឃ្លាសម្ងាត់បន្ទាន់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="25"/>
        <source>Data key rotated</source>
        <translation>បានប្តូរកូនសោទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="33"/>
        <source>Note written</source>
        <translation>បានសរសេរកំណត់ចំណាំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="34"/>
        <source>File attached</source>
        <translation>បានភ្ជាប់ឯកសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="35"/>
        <source>Attached file opened</source>
        <translation>បានបើកឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="36"/>
        <source>Copy of an attached file saved</source>
        <translation>បានរក្សាទុកច្បាប់ចម្លងនៃឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="37"/>
        <source>File sharing changed</source>
        <translation>បានប្តូរការចែករំលែកឯកសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="38"/>
        <source>File removed</source>
        <translation>បានដកឯកសារចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="57"/>
        <source>Supervisor decision to depart with open checklist items</source>
        <translation>សេចក្តីសម្រេចរបស់អ្នកត្រួតពិនិត្យឱ្យចាកចេញ ទោះបីមានធាតុក្នុងបញ្ជីត្រួតពិនិត្យមិនទាន់បំពេញក៏ដោយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="60"/>
        <source>Risk decision revoked</source>
        <translation>បានដកហូតសេចក្តីសម្រេចលើហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="61"/>
        <source>Checklist decision revoked</source>
        <translation>បានដកហូតសេចក្តីសម្រេចលើបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="62"/>
        <source>Reintegration plan started</source>
        <translation>បានចាប់ផ្តើមផែនការសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="63"/>
        <source>Reintegration plan edited</source>
        <translation>បានកែសម្រួលផែនការសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="65"/>
        <source>Destination chosen</source>
        <translation>បានជ្រើសរើសទីកន្លែងដែលអ្នកទទួលជំនួយនឹងរស់នៅ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="66"/>
        <source>Reintegration assessed</source>
        <translation>បានវាយតម្លៃសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="67"/>
        <source>Family assessed</source>
        <translation>បានវាយតម្លៃគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="68"/>
        <source>Plan component added</source>
        <translation>បានបន្ថែមសមាសភាគផែនការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="69"/>
        <source>Plan component edited</source>
        <translation>បានកែសម្រួលសមាសភាគផែនការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="72"/>
        <source>Follow-up visits scheduled</source>
        <translation>បានកំណត់ពេលការចុះជួបតាមដាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="73"/>
        <source>Follow-up visit added</source>
        <translation>បានបន្ថែមការចុះជួបតាមដាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="74"/>
        <source>Follow-up visit moved</source>
        <translation>បានផ្លាស់ទីការចុះជួបតាមដាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="75"/>
        <source>Follow-up visit recorded</source>
        <translation>បានកត់ត្រាការចុះជួបតាមដាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="76"/>
        <source>Follow-up visit removed</source>
        <translation>បានដកចេញការចុះជួបតាមដាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="77"/>
        <source>Directory entry added</source>
        <translation>បានបន្ថែមធាតុក្នុងបញ្ជីសេវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="78"/>
        <source>Directory entry edited</source>
        <translation>បានកែសម្រួលធាតុក្នុងបញ្ជីសេវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="79"/>
        <source>Directory entry deleted</source>
        <translation>បានលុបធាតុក្នុងបញ្ជីសេវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="80"/>
        <source>Directory imported</source>
        <translation>បាននាំចូលបញ្ជីសេវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="81"/>
        <source>Directory exported</source>
        <translation>បាននាំចេញបញ្ជីសេវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="82"/>
        <source>Spreadsheet imported</source>
        <translation>បាននាំចូលសៀវភៅបញ្ជី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="83"/>
        <source>Report made</source>
        <translation>បានបង្កើតរបាយការណ៍</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="85"/>
        <source>Bundle written</source>
        <translation>បានសរសេរកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="86"/>
        <source>Bundle imported</source>
        <translation>បាននាំចូលកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="87"/>
        <source>Received from another organisation</source>
        <translation>បានទទួលពីអង្គការផ្សេង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="88"/>
        <source>Changed by a bundle</source>
        <translation>បានផ្លាស់ប្តូរដោយកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="89"/>
        <source>Conflicting edit received</source>
        <translation>បានទទួលការកែសម្រួលដែលមិនស៊ីគ្នា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="90"/>
        <location filename="../rrr_desktop/domain/audit_words.py" line="91"/>
        <source>Deleted by a bundle</source>
        <translation>បានលុបដោយកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="92"/>
        <source>Outdated data dropped from a bundle</source>
        <translation>បានទម្លាក់ចោលទិន្នន័យហួសសម័យពីកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="93"/>
        <source>Case renumbered</source>
        <translation>បានផ្តល់លេខយោងករណីថ្មី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="94"/>
        <source>Conflict resolved</source>
        <translation>បានដោះស្រាយភាពមិនស៊ីគ្នា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="95"/>
        <source>Referred to another organisation</source>
        <translation>បានបញ្ជូនទៅអង្គការផ្សេង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="96"/>
        <source>Status report sent</source>
        <translation>បានផ្ញើរបាយការណ៍ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="97"/>
        <source>Sent to another laptop</source>
        <translation>បានផ្ញើទៅកុំព្យូទ័រយួរដៃផ្សេង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="98"/>
        <source>Contact card written</source>
        <translation>បានសរសេរកាតទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="99"/>
        <source>Installation keys made</source>
        <translation>បានបង្កើតកូនសោនៃការដំឡើង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="100"/>
        <source>Laptop joined the organisation</source>
        <translation>កុំព្យូទ័រយួរដៃបានចូលរួមជាមួយអង្គការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="101"/>
        <source>Contact card added</source>
        <translation>បានបន្ថែមកាតទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="102"/>
        <source>Contact card trusted</source>
        <translation>បានទុកចិត្តកាតទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="103"/>
        <source>Audit log verified</source>
        <translation>បានផ្ទៀងផ្ទាត់កំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="104"/>
        <source>Stored records sealed in the log</source>
        <translation>បានបិទត្រាកំណត់ត្រាដែលបានរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="105"/>
        <source>User accounts sealed in the log</source>
        <translation>បានបិទត្រាគណនីអ្នកប្រើក្នុងកំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="106"/>
        <source>Audit log exported</source>
        <translation>បាននាំចេញកំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="107"/>
        <source>Audit checkpoint written</source>
        <translation>បានសរសេរចំណុចត្រួតពិនិត្យសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="58"/>
        <source>Sections: {names}</source>
        <translation>ផ្នែក៖ {names}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="48"/>
        <source>Earlier case number</source>
        <translation>លេខករណីពីមុន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="49"/>
        <source>Given name</source>
        <translation>នាមខ្លួន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="50"/>
        <source>Family name</source>
        <translation>នាមត្រកូល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="51"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="52"/>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="53"/>
        <source>Age at intake</source>
        <translation>អាយុនៅពេលទទួលករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="54"/>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="55"/>
        <source>Country of origin</source>
        <translation>ប្រទេសកំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="56"/>
        <source>Sector of exploitation</source>
        <translation>វិស័យនៃការកេងប្រវ័ញ្ច</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="57"/>
        <source>Country of exploitation</source>
        <translation>ប្រទេសដែលរងការកេងប្រវ័ញ្ច</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="58"/>
        <source>Intake date</source>
        <translation>កាលបរិច្ឆេទទទួលករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="59"/>
        <source>Programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="60"/>
        <source>Stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="61"/>
        <source>Reason for closure</source>
        <translation>មូលហេតុបិទករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="62"/>
        <source>Closure date</source>
        <translation>កាលបរិច្ឆេទបិទករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="76"/>
        <source>The given name in column {column} is empty.</source>
        <translation>នាមខ្លួននៅក្នុងជួរឈរ {column} ទទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="79"/>
        <source>The intake date in column {column} is empty.</source>
        <translation>កាលបរិច្ឆេទទទួលករណីនៅក្នុងជួរឈរ {column} ទទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="82"/>
        <source>The date in column {column} is not a date; use 2024-03-31 or 31/03/2024.</source>
        <translation>កាលបរិច្ឆេទនៅក្នុងជួរឈរ {column} មិនមែនជាកាលបរិច្ឆេទទេ៖ សូមប្រើ 2024-03-31 ឬ 31/03/2024។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="85"/>
        <source>The date in column {column} could be day/month or month/day; write 2024-03-31.</source>
        <translation>កាលបរិច្ឆេទនៅក្នុងជួរឈរ {column} អាចជា ថ្ងៃ/ខែ ឬ ខែ/ថ្ងៃ៖ សូមសរសេរ 2024-03-31។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="88"/>
        <source>The date in column {column} has a two-digit year; write all four digits.</source>
        <translation>កាលបរិច្ឆេទនៅក្នុងជួរឈរ {column} មានឆ្នាំតែពីរខ្ទង់៖ សូមសរសេរទាំងបួនខ្ទង់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="91"/>
        <source>The date in column {column} is in the future.</source>
        <translation>កាលបរិច្ឆេទនៅក្នុងជួរឈរ {column} ស្ថិតនៅពេលអនាគត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="92"/>
        <source>The date of birth is after the intake date.</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើតនៅក្រោយកាលបរិច្ឆេទទទួលករណី។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="95"/>
        <source>The age in column {column} is not a whole number of years.</source>
        <translation>អាយុនៅក្នុងជួរឈរ {column} មិនមែនជាចំនួនឆ្នាំគត់ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="98"/>
        <source>The age in column {column} is not between 0 and 120.</source>
        <translation>អាយុនៅក្នុងជួរឈរ {column} មិនស្ថិតនៅចន្លោះ 0 និង 120 ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="101"/>
        <source>The age and the date of birth disagree by more than a year.</source>
        <translation>អាយុ និងថ្ងៃខែឆ្នាំកំណើត ខុសគ្នាលើសពីមួយឆ្នាំ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="104"/>
        <source>The sex in column {column} is not recognised; use M, F or X.</source>
        <translation>ភេទនៅក្នុងជួរឈរ {column} មិនត្រូវបានស្គាល់ទេ៖ សូមប្រើ M, F ឬ X។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="107"/>
        <source>The exploitation sector in column {column} is not recognised.</source>
        <translation>វិស័យនៃការកេងប្រវ័ញ្ចនៅក្នុងជួរឈរ {column} មិនត្រូវបានស្គាល់ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="110"/>
        <source>The country in column {column} is not a recognised country or two-letter code.</source>
        <translation>ប្រទេសនៅក្នុងជួរឈរ {column} មិនមែនជាប្រទេស ឬកូដអក្សរពីរដែលត្រូវបានស្គាល់ទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="113"/>
        <source>The stage in column {column} is not one of the case stages.</source>
        <translation>ដំណាក់កាលនៅក្នុងជួរឈរ {column} មិនមែនជាដំណាក់កាលមួយនៃករណីទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="116"/>
        <source>The reason for closure in column {column} is not one of: reintegrated, declined assistance, lost contact, moved on, transferred, deceased.</source>
        <translation>មូលហេតុបិទករណីក្នុងជួរឈរ {column} មិនមែនជាតម្លៃមួយក្នុងចំណោមតម្លៃទាំងនេះទេ៖ reintegrated (បានធ្វើសមាហរណកម្មឡើងវិញ), declined assistance (បានបដិសេធជំនួយ), lost contact (បាត់ទំនាក់ទំនង), moved on (បានផ្លាស់ទៅកន្លែងផ្សេង), transferred (បានផ្ទេរទៅអង្គការផ្សេង), deceased (បានទទួលមរណភាព)។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="121"/>
        <source>The case is not closed, yet column {column} gives a closure reason or date.</source>
        <translation>ករណីនេះមិនទាន់បិទទេ ប៉ុន្តែជួរឈរ {column} មានមូលហេតុ ឬកាលបរិច្ឆេទបិទករណី។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="124"/>
        <source>The closure date is before the intake date.</source>
        <translation>កាលបរិច្ឆេទបិទករណី នៅមុនកាលបរិច្ឆេទទទួលករណី។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="127"/>
        <source>The earlier case number in column {column} may hold letters, digits and / . _ : # - only, at most 40 of them.</source>
        <translation>លេខករណីពីមុននៅក្នុងជួរឈរ {column} អាចមានតែអក្សរ លេខ និង / . _ : # - ប៉ុណ្ណោះ មិនលើសពី 40 តួ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="132"/>
        <source>The stage in column {column} comes after the departure gates (consent, risk, checklist), which an import cannot check: only a supervisor or a data officer imports cases at that stage.</source>
        <translation>ដំណាក់កាលក្នុងជួរឈរ {column} ស្ថិតនៅក្រោយលក្ខខណ្ឌមុនចាកចេញ (ការយល់ព្រម ការវាយតម្លៃហានិភ័យ បញ្ជីត្រួតពិនិត្យមុនពេលចាកចេញ) ដែលការនាំចូលមិនអាចពិនិត្យបាន៖ មានតែអ្នកត្រួតពិនិត្យ ឬមន្ត្រីទទួលបន្ទុកទិន្នន័យប៉ុណ្ណោះ ដែលអាចនាំចូលករណីនៅដំណាក់កាលនោះបាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="138"/>
        <source>The reference in column {column} appears on more than one row.</source>
        <translation>លេខយោងករណីនៅក្នុងជួរឈរ {column} បង្ហាញនៅលើជួរដេកច្រើនជាងមួយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="141"/>
        <source>The reference in column {column} already belongs to a case in the vault.</source>
        <translation>លេខយោងករណីនៅក្នុងជួរឈរ {column} ជារបស់ករណីមួយក្នុងឃ្លាំងសុវត្ថិភាពរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="144"/>
        <source>The text in column {column} is longer than 200 characters.</source>
        <translation>អត្ថបទនៅក្នុងជួរឈរ {column} វែងជាង 200 តួអក្សរ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="147"/>
        <source>The text in column {column} holds a line break or a control or direction character.</source>
        <translation>អត្ថបទនៅក្នុងជួរឈរ {column} មានការចុះបន្ទាត់ ឬតួអក្សរបញ្ជា ឬតួអក្សរទិសដៅ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="151"/>
        <source>The value in column {column} cannot be stored; check it in the spreadsheet.</source>
        <translation>តម្លៃនៅក្នុងជួរឈរ {column} មិនអាចរក្សាទុកបានទេ៖ សូមពិនិត្យវានៅក្នុងសៀវភៅបញ្ជី។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="82"/>
        <source>The file could not be read.</source>
        <translation>មិនអាចអានឯកសារនេះបានទេ។</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="23"/>
        <source>Request for assistance</source>
        <translation>សំណើសុំជំនួយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="24"/>
        <source>Confirmation of assistance</source>
        <translation>ការបញ្ជាក់អំពីជំនួយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="27"/>
        <source>Reintegration assistance request</source>
        <translation>សំណើសុំជំនួយសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="30"/>
        <source>Reintegration assistance confirmation</source>
        <translation>ការបញ្ជាក់អំពីជំនួយសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="33"/>
        <source>Post-departure confirmation</source>
        <translation>ការបញ្ជាក់ក្រោយការចាកចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="36"/>
        <source>Arrival confirmation</source>
        <translation>ការបញ្ជាក់ការមកដល់</translation>
    </message>
</context>
<context>
    <name>next</name>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="17"/>
        <source>Record consent to assistance</source>
        <translation>កត់ត្រាការយល់ព្រមទទួលជំនួយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="18"/>
        <source>Make the risk assessment</source>
        <translation>ធ្វើការវាយតម្លៃហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="19"/>
        <source>Complete the pre-departure checklist</source>
        <translation>បំពេញបញ្ជីត្រួតពិនិត្យមុនពេលចាកចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="20"/>
        <source>Plan the travel</source>
        <translation>រៀបចំផែនការធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="21"/>
        <source>Awaiting an answer from the partner organisation</source>
        <translation>កំពុងរង់ចាំចម្លើយពីអង្គការដៃគូ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="24"/>
        <source>Draw up the reintegration plan</source>
        <translation>រៀបចំផែនការសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="25"/>
        <source>Follow-up visit due</source>
        <translation>ដល់ពេលចុះជួបតាមដាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="26"/>
        <source>Follow-up visit overdue</source>
        <translation>ការចុះជួបតាមដានហួសកាលកំណត់</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../rrr_desktop/ui/directory/__init__.py" line="16"/>
        <source>Directory</source>
        <translation>បញ្ជីសេវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/__init__.py" line="16"/>
        <source>Handoff</source>
        <translation>ការប្រគល់បន្ត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/__init__.py" line="16"/>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="122"/>
        <source>Today</source>
        <translation>ថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="123"/>
        <source>Cases</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="124"/>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="196"/>
        <source>This page could not be opened ({kind}).</source>
        <translation>មិនអាចបើកទំព័រនេះបានទេ ({kind})។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/__init__.py" line="16"/>
        <source>Audit log</source>
        <translation>កំណត់ហេតុសវនកម្ម</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/common.py" line="81"/>
        <source>Handoff</source>
        <translation>ការប្រគល់បន្ត</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="28"/>
        <source>At least 10 characters: best a few unrelated words.</source>
        <translation>យ៉ាងហោចណាស់ 10 តួអក្សរ៖ ល្អបំផុតគឺពាក្យពីរបីដែលមិនទាក់ទងគ្នា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="31"/>
        <source>Too short: use at least 10 characters, best a few unrelated words.</source>
        <translation>ខ្លីពេក៖ សូមប្រើយ៉ាងហោចណាស់ 10 តួអក្សរ ល្អបំផុតគឺពាក្យពីរបីដែលមិនទាក់ទងគ្នា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="34"/>
        <source>Too easy to guess (a common word, a pattern or a date): use a few unrelated words.</source>
        <translation>ងាយទាយពេក (ពាក្យទូទៅ លំនាំ ឬកាលបរិច្ឆេទ)៖ សូមប្រើពាក្យពីរបីដែលមិនទាក់ទងគ្នា។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="38"/>
        <source>Weak: add another word or two.</source>
        <translation>ខ្សោយ៖ សូមបន្ថែមពាក្យមួយ ឬពីរទៀត។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="39"/>
        <source>Good.</source>
        <translation>ល្អ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="40"/>
        <source>Strong.</source>
        <translation>រឹងមាំ។</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="23"/>
        <source>Home to family</source>
        <translation>ត្រឡប់ទៅផ្ទះជាមួយគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="24"/>
        <source>Another community</source>
        <translation>សហគមន៍ផ្សេង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="25"/>
        <source>Independent living</source>
        <translation>រស់នៅដោយខ្លួនឯង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="26"/>
        <source>Stay in the destination country</source>
        <translation>ស្នាក់នៅក្នុងប្រទេសគោលដៅ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="29"/>
        <source>A third country</source>
        <translation>ប្រទេសទីបី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="30"/>
        <source>Family-based alternative care (child)</source>
        <translation>ការថែទាំជំនួសដោយផ្អែកលើគ្រួសារ (កុមារ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="36"/>
        <source>Family mediation and reunification</source>
        <translation>ការសម្រុះសម្រួលគ្រួសារ និងការជួបជុំគ្រួសារឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="37"/>
        <source>Medical and health</source>
        <translation>វេជ្ជសាស្ត្រ និងសុខភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="38"/>
        <source>Financial (reinstallation grant, dependants)</source>
        <translation>ហិរញ្ញវត្ថុ (ប្រាក់ឧបត្ថម្ភតាំងលំនៅឡើងវិញ អ្នកនៅក្នុងបន្ទុក)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="41"/>
        <source>Legal</source>
        <translation>ច្បាប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="42"/>
        <source>Education, vocational training, apprenticeship</source>
        <translation>ការអប់រំ ការបណ្តុះបណ្តាលវិជ្ជាជីវៈ ការហាត់ការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="45"/>
        <source>Income generation</source>
        <translation>ការបង្កើតប្រាក់ចំណូល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="46"/>
        <source>Security</source>
        <translation>សុវត្ថិភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="47"/>
        <source>Housing</source>
        <translation>លំនៅដ្ឋាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="48"/>
        <source>Counselling</source>
        <translation>ការប្រឹក្សា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="52"/>
        <source>Planned</source>
        <translation>បានគ្រោងទុក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="53"/>
        <source>In progress</source>
        <translation>កំពុងដំណើរការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="54"/>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="55"/>
        <source>Cancelled</source>
        <translation>បានលុបចោល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="84"/>
        <source>Family-based alternative care is an option for children only.</source>
        <translation>ការថែទាំជំនួសដោយផ្អែកលើគ្រួសារ ជាជម្រើសសម្រាប់តែកុមារប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="93"/>
        <source>A child cannot be placed in independent living.</source>
        <translation>មិនអាចដាក់កុមារឱ្យរស់នៅដោយខ្លួនឯងបានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="116"/>
        <source>Write down the person&apos;s own wishes, in their words, beside the proposal.</source>
        <translation>សូមសរសេរបំណងផ្ទាល់ខ្លួនរបស់អ្នកទទួលជំនួយ តាមពាក្យសម្តីរបស់គាត់ នៅក្បែរសំណើ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="124"/>
        <source>Choose where the person will live.</source>
        <translation>សូមជ្រើសរើសទីកន្លែងដែលអ្នកទទួលជំនួយនឹងរស់នៅ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="132"/>
        <source>The component &apos;{kind}&apos; has no goal.</source>
        <translation>សមាសភាគ &apos;{kind}&apos; មិនមានគោលដៅទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="141"/>
        <source>An action of the component &apos;{kind}&apos; has no description.</source>
        <translation>សកម្មភាពមួយនៃសមាសភាគ &apos;{kind}&apos; មិនមានការពិពណ៌នាទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="49"/>
        <source>{icon} not verified in 6 months</source>
        <translation>{icon} មិនបានផ្ទៀងផ្ទាត់ក្នុងរយៈពេល 6 ខែ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="67"/>
        <source>Pick an organisation from the directory or type a name</source>
        <translation>ជ្រើសរើសអង្គការពីបញ្ជីសេវា ឬវាយបញ្ចូលឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="82"/>
        <source>Due by</source>
        <translation>ត្រូវបញ្ចប់ត្រឹម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="103"/>
        <source>Add a plan component</source>
        <translation>បន្ថែមសមាសភាគផែនការ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="121"/>
        <source>Component:</source>
        <translation>សមាសភាគ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="122"/>
        <source>Goal:</source>
        <translation>គោលដៅ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="123"/>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="159"/>
        <source>Responsible:</source>
        <translation>អ្នកទទួលខុសត្រូវ៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="125"/>
        <source>Budget:</source>
        <translation>ថវិកា៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="152"/>
        <source>Add an action</source>
        <translation>បន្ថែមសកម្មភាព</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="158"/>
        <source>Action:</source>
        <translation>សកម្មភាព៖</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="35"/>
        <source>Save the plan as PDF</source>
        <translation>រក្សាទុកផែនការជា PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="76"/>
        <source>The PDF could not be written.</source>
        <translation>មិនអាចសរសេរ PDF បានទេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="78"/>
        <source>Writing the PDF…</source>
        <translation>កំពុងសរសេរ PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="83"/>
        <source>Saved {file} ({pages} pages).</source>
        <translation>បានរក្សាទុក {file} ({pages} ទំព័រ)។</translation>
    </message>
</context>
<context>
    <name>reintegration</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="72"/>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../rrr_desktop/printing/charts.py" line="34"/>
        <source>Dashed outline: hidden counts (disclosure control)</source>
        <translation>ស៊ុមដាច់ៗ៖ ចំនួនដែលត្រូវបានលាក់ (ការគ្រប់គ្រងការបង្ហាញព័ត៌មាន)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="55"/>
        <source>Persons assisted by {field}</source>
        <translation>បុគ្គលដែលបានទទួលជំនួយ តាម {field}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="57"/>
        <source>{rows} by {columns}</source>
        <translation>{rows} តាម {columns}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="64"/>
        <source>Period (intake date): all dates</source>
        <translation>រយៈពេល (កាលបរិច្ឆេទទទួលករណី)៖ គ្រប់កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="66"/>
        <source>first case</source>
        <translation>ករណីដំបូង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="68"/>
        <source>today</source>
        <translation>ថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="69"/>
        <source>Period (intake date): {start} to {end}</source>
        <translation>រយៈពេល (កាលបរិច្ឆេទទទួលករណី)៖ ពី {start} ដល់ {end}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="77"/>
        <source>Programme: {name}</source>
        <translation>កម្មវិធី៖ {name}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="81"/>
        <source>Programme: all programmes</source>
        <translation>កម្មវិធី៖ គ្រប់កម្មវិធី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="83"/>
        <source>Disclosure control: counts below {n} hidden, with counts that would reveal them</source>
        <translation>ការគ្រប់គ្រងការបង្ហាញព័ត៌មាន៖ ចំនួនដែលតិចជាង {n} ត្រូវបានលាក់ ព្រមទាំងចំនួនដែលអាចបង្ហាញពួកវា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="88"/>
        <source>Disclosure control: none (for internal use only)</source>
        <translation>ការគ្រប់គ្រងការបង្ហាញព័ត៌មាន៖ គ្មាន (សម្រាប់ប្រើប្រាស់ផ្ទៃក្នុងតែប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="91"/>
        <source>Generated: {when} UTC</source>
        <translation>បង្កើតនៅ៖ {when} UTC</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="94"/>
        <source>Cases counted: {n}</source>
        <translation>ករណីដែលបានរាប់៖ {n}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="245"/>
        <source>Persons assisted: statistics</source>
        <translation>បុគ្គលដែលបានទទួលជំនួយ៖ ស្ថិតិ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="308"/>
        <source>Statistics report</source>
        <translation>របាយការណ៍ស្ថិតិ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="332"/>
        <source>{org} - statistics - page {n} of {total}</source>
        <translation>{org} - ស្ថិតិ - ទំព័រ {n} នៃ {total}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="17"/>
        <source>&lt;{n}: fewer than {n} persons, hidden to protect them.</source>
        <translation>&lt;{n}៖ តិចជាង {n} នាក់ ត្រូវបានលាក់ដើម្បីការពារពួកគេ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="20"/>
        <source>x: hidden so that a small number cannot be worked out from the totals.</source>
        <translation>x៖ ត្រូវបានលាក់ ដើម្បីកុំឱ្យអាចគណនារកចំនួនតូចពីចំនួនសរុបបាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="23"/>
        <source>Count</source>
        <translation>ចំនួន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="24"/>
        <source>Percent</source>
        <translation>ភាគរយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="17"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="18"/>
        <source>Age group at intake</source>
        <translation>ក្រុមអាយុនៅពេលទទួលករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="19"/>
        <source>Sector of exploitation</source>
        <translation>វិស័យនៃការកេងប្រវ័ញ្ច</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="20"/>
        <source>Country of origin</source>
        <translation>ប្រទេសកំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="21"/>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="22"/>
        <source>Stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="23"/>
        <source>Programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="24"/>
        <source>Caseworker</source>
        <translation>បុគ្គលិកទទួលបន្ទុកករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="29"/>
        <source>Not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="32"/>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="33"/>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="34"/>
        <location filename="../rrr_desktop/reports/fields.py" line="52"/>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="35"/>
        <location filename="../rrr_desktop/reports/fields.py" line="41"/>
        <source>Unknown</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="38"/>
        <source>Infant (under 1)</source>
        <translation>ទារក (ក្រោម 1 ឆ្នាំ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="39"/>
        <source>Child (1-17)</source>
        <translation>កុមារ (1-17 ឆ្នាំ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="40"/>
        <source>Adult (18+)</source>
        <translation>មនុស្សពេញវ័យ (18 ឆ្នាំឡើង)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="44"/>
        <source>Domestic work</source>
        <translation>ការងារតាមផ្ទះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="45"/>
        <source>Sexual exploitation</source>
        <translation>ការកេងប្រវ័ញ្ចផ្លូវភេទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="48"/>
        <source>Forced begging</source>
        <translation>ការបង្ខំឱ្យសុំទាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="46"/>
        <source>Plantation, agriculture</source>
        <translation>ចម្ការ កសិកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="47"/>
        <source>Construction</source>
        <translation>សំណង់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="49"/>
        <source>Restaurant</source>
        <translation>ភោជនីយដ្ឋាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="50"/>
        <source>Fishing</source>
        <translation>នេសាទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="51"/>
        <source>Factory</source>
        <translation>រោងចក្រ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="55"/>
        <source>Intake</source>
        <translation>ការទទួលករណី</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="56"/>
        <source>Shelter</source>
        <translation>ទីជម្រក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="57"/>
        <source>Return preparation</source>
        <translation>ការរៀបចំការវិលត្រឡប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="58"/>
        <source>Travel</source>
        <translation>ការធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="59"/>
        <source>Reintegration</source>
        <translation>សមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="60"/>
        <source>Follow-up</source>
        <translation>ការតាមដាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="61"/>
        <source>Testimony</source>
        <translation>ការផ្តល់សក្ខីកម្ម</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="62"/>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/tables.py" line="19"/>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
</context>
<context>
    <name>returnprep</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="48"/>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="66"/>
        <source>{user}, {date}</source>
        <translation>{user}, {date}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/common.py" line="36"/>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="24"/>
        <source>Air</source>
        <translation>យន្តហោះ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="25"/>
        <source>Bus</source>
        <translation>ឡានក្រុង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="26"/>
        <source>Train</source>
        <translation>រថភ្លើង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="27"/>
        <source>Car</source>
        <translation>រថយន្ត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="28"/>
        <source>Boat</source>
        <translation>ទូក</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="29"/>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="37"/>
        <source>No known risk</source>
        <translation>គ្មានហានិភ័យដែលបានដឹង</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="38"/>
        <source>Risk, with mitigations</source>
        <translation>មានហានិភ័យ ព្រមទាំងវិធានការកាត់បន្ថយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="39"/>
        <source>Reasonable suspicion of harm</source>
        <translation>ការសង្ស័យសមហេតុផលនៃគ្រោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="42"/>
        <source>Risk: return despite suspicion of harm</source>
        <translation>ហានិភ័យ៖ វិលត្រឡប់ ទោះបីមានការសង្ស័យនៃគ្រោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="43"/>
        <source>Checklist: depart before all 8 conditions</source>
        <translation>បញ្ជីត្រួតពិនិត្យ៖ ចាកចេញមុនពេលបំពេញលក្ខខណ្ឌទាំង 8</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="44"/>
        <source>No travel grant</source>
        <translation>គ្មានប្រាក់ឧបត្ថម្ភធ្វើដំណើរ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="45"/>
        <source>In kind (meals, booked accommodation)</source>
        <translation>ជាសម្ភារៈ (អាហារ កន្លែងស្នាក់នៅដែលបានកក់)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="46"/>
        <source>Cash</source>
        <translation>សាច់ប្រាក់</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="22"/>
        <source>Initial causes of trafficking</source>
        <translation>មូលហេតុដើមនៃការជួញដូរមនុស្ស</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="23"/>
        <source>Socio-economic situation of the family</source>
        <translation>ស្ថានភាពសេដ្ឋកិច្ចសង្គមរបស់គ្រួសារ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="26"/>
        <source>Attitudes of the family and community</source>
        <translation>អាកប្បកិរិយារបស់គ្រួសារ និងសហគមន៍</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="29"/>
        <source>Criminal or civil sanctions on return</source>
        <translation>ទណ្ឌកម្មព្រហ្មទណ្ឌ ឬរដ្ឋប្បវេណី នៅពេលវិលត្រឡប់</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="30"/>
        <source>State of infrastructure in the country of origin</source>
        <translation>ស្ថានភាពហេដ្ឋារចនាសម្ព័ន្ធនៅក្នុងប្រទេសកំណើត</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="33"/>
        <source>Functioning witness protection programme</source>
        <translation>កម្មវិធីការពារសាក្សីដែលដំណើរការបាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="34"/>
        <source>Medical, psychological and legal services available</source>
        <translation>សេវាវេជ្ជសាស្ត្រ ចិត្តសាស្ត្រ និងច្បាប់ដែលមាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="37"/>
        <source>Training and education to reduce the risk of re-victimisation</source>
        <translation>ការបណ្តុះបណ្តាល និងការអប់រំ ដើម្បីកាត់បន្ថយហានិភ័យនៃការក្លាយជាជនរងគ្រោះម្តងទៀត</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="20"/>
        <source>Follow-up visit</source>
        <translation>ការចុះជួបតាមដាន</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="21"/>
        <source>Message awaiting an answer</source>
        <translation>សារកំពុងរង់ចាំចម្លើយ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="22"/>
        <source>Checklist blocks departure</source>
        <translation>បញ្ជីត្រួតពិនិត្យរារាំងការចាកចេញ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="23"/>
        <source>Supervisor approval needed</source>
        <translation>ត្រូវការការអនុម័តពីអ្នកត្រួតពិនិត្យ</translation>
    </message>
</context>
<context>
    <name>travel</name>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="105"/>
        <source>A leg needs a place of departure and of arrival.</source>
        <translation>ផ្នែកធ្វើដំណើរនីមួយៗត្រូវមានទីកន្លែងចេញដំណើរ និងទីកន្លែងមកដល់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="114"/>
        <source>Give both times of a leg with a UTC offset, or both without.</source>
        <translation>សូមផ្តល់ម៉ោងទាំងពីររបស់ផ្នែកធ្វើដំណើរ ដោយមានគម្លាតម៉ោង UTC ឬទាំងពីរដោយគ្មាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="125"/>
        <source>The leg from {origin} arrives before it departs.</source>
        <translation>ផ្នែកធ្វើដំណើរពី {origin} មកដល់មុនពេលវាចេញដំណើរ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="142"/>
        <source>The leg to {destination} is followed by a leg from {origin}.</source>
        <translation>ផ្នែកធ្វើដំណើរទៅ {destination} ត្រូវបានបន្តដោយផ្នែកធ្វើដំណើរពី {origin}។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="157"/>
        <source>The leg from {origin} leaves before the previous leg arrives.</source>
        <translation>ផ្នែកធ្វើដំណើរពី {origin} ចេញដំណើរមុនពេលផ្នែកមុនមកដល់។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="192"/>
        <source>The journey was planned to start on {date}, which has passed: update the itinerary.</source>
        <translation>ការធ្វើដំណើរត្រូវបានគ្រោងចាប់ផ្តើមនៅថ្ងៃ {date} ដែលបានកន្លងផុតហើយ៖ សូមធ្វើបច្ចុប្បន្នភាពផែនការធ្វើដំណើរ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="207"/>
        <source>Travel by bus from {origin}: air travel is more predictable and safer.</source>
        <translation>ធ្វើដំណើរដោយឡានក្រុងពី {origin}៖ ការធ្វើដំណើរតាមផ្លូវអាកាសអាចព្យាករបានច្បាស់ជាង និងមានសុវត្ថិភាពជាង។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="220"/>
        <source>Travel by train from {origin}: air travel is more predictable and safer.</source>
        <translation>ធ្វើដំណើរដោយរថភ្លើងពី {origin}៖ ការធ្វើដំណើរតាមផ្លូវអាកាសអាចព្យាករបានច្បាស់ជាង និងមានសុវត្ថិភាពជាង។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="234"/>
        <source>{count} transit points: use as few as possible.</source>
        <translation>ចំណុចឆ្លងកាត់ចំនួន {count}៖ សូមប្រើឱ្យតិចបំផុតតាមដែលអាចធ្វើបាន។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="254"/>
        <source>Arrival on {date}, a public holiday ({holiday}): offices may be closed.</source>
        <translation>មកដល់នៅថ្ងៃ {date} ដែលជាថ្ងៃបុណ្យសាធារណៈ ({holiday})៖ ការិយាល័យអាចបិទ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="268"/>
        <source>Arrival on {date}, a weekend day: arrive on a working day.</source>
        <translation>មកដល់នៅថ្ងៃ {date} ដែលជាថ្ងៃចុងសប្តាហ៍៖ សូមមកដល់នៅថ្ងៃធ្វើការ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="280"/>
        <source>Arrival at {time} local time: arrive as early in the day as possible.</source>
        <translation>មកដល់នៅម៉ោង {time} ម៉ោងក្នុងស្រុក៖ សូមមកដល់ឱ្យបានឆាប់តាមដែលអាចធ្វើបានក្នុងថ្ងៃ។</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="32"/>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="33"/>
        <source>This field is required.</source>
        <translation>វាលនេះត្រូវតែបំពេញ។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="34"/>
        <source>The number is too small.</source>
        <translation>លេខនេះតូចពេក។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="35"/>
        <source>The number is too large.</source>
        <translation>លេខនេះធំពេក។</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="36"/>
        <source>This is not a valid date.</source>
        <translation>នេះមិនមែនជាកាលបរិច្ឆេទត្រឹមត្រូវទេ។</translation>
    </message>
</context>
</TS>
