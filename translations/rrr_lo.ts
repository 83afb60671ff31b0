<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="49"/>
        <source>Add a user</source>
        <translation>ເພີ່ມຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="61"/>
        <source>Give the first passphrase to the person in private; they change it with Settings → Vault → Change my passphrase.</source>
        <translation>ກະລຸນາມອບວະລີລະຫັດຜ່ານເບື້ອງຕົ້ນໃຫ້ຜູ້ໃຊ້ຄົນນັ້ນເປັນການສ່ວນຕົວ; ເຂົາເຈົ້າປ່ຽນໄດ້ທີ່ ການຕັ້ງຄ່າ → ຄັງຂໍ້ມູນ → ປ່ຽນວະລີລະຫັດຜ່ານຂອງຂ້ອຍ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="73"/>
        <source>&amp;User name</source>
        <translation>ຊື່ຜູ້ໃຊ້(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="74"/>
        <source>&amp;Name shown</source>
        <translation>ຊື່ທີ່ສະແດງ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="75"/>
        <source>&amp;Role</source>
        <translation>ບົດບາດ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="76"/>
        <source>First &amp;passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານເບື້ອງຕົ້ນ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="77"/>
        <source>Repeat the passphrase</source>
        <translation>ປ້ອນວະລີລະຫັດຜ່ານຄືນ</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="281"/>
        <source>Import</source>
        <translation>ນຳເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="287"/>
        <source>Import now</source>
        <translation>ນຳເຂົ້າດຽວນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="301"/>
        <source>{n} new cases will be created, all at once: if anything goes wrong, none is.</source>
        <translation>ຈະສ້າງກໍລະນີໃໝ່ {n} ກໍລະນີພ້ອມກັນທັງໝົດ: ຖ້າມີບັນຫາໃດເກີດຂຶ້ນ, ຈະບໍ່ມີກໍລະນີໃດຖືກສ້າງເລີຍ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="325"/>
        <source>Imported {n} cases.</source>
        <translation>ນຳເຂົ້າແລ້ວ {n} ກໍລະນີ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="335"/>
        <source>The import failed; nothing was imported.</source>
        <translation>ການນຳເຂົ້າລົ້ມເຫຼວ; ບໍ່ມີຂໍ້ມູນໃດຖືກນຳເຂົ້າ.</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="55"/>
        <source>Assessment</source>
        <translation>ການປະເມີນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="59"/>
        <source>Save the assessment</source>
        <translation>ບັນທຶກການປະເມີນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="62"/>
        <source>The person: strengths, needs, health, skills</source>
        <translation>ບຸກຄົນ: ຈຸດແຂງ, ຄວາມຕ້ອງການ, ສຸຂະພາບ, ທັກສະ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="63"/>
        <source>What they return to: family, community, safety</source>
        <translation>ສິ່ງທີ່ເຂົາເຈົ້າຈະກັບໄປພົບ: ຄອບຄົວ, ຊຸມຊົນ, ຄວາມປອດໄພ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="71"/>
        <source>Family assessment (child)</source>
        <translation>ການປະເມີນຄອບຄົວ (ເດັກ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="74"/>
        <source>No neglect or abuse found</source>
        <translation>ບໍ່ພົບການລະເລີຍ ຫຼື ການລ່ວງລະເມີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="75"/>
        <source>Neglect or abuse found</source>
        <translation>ພົບການລະເລີຍ ຫຼື ການລ່ວງລະເມີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="80"/>
        <source>Record the family assessment</source>
        <translation>ບັນທຶກການປະເມີນຄອບຄົວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="95"/>
        <source>Assessed on {on} by {by}.</source>
        <translation>ປະເມີນວັນທີ {on} ໂດຍ {by}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="97"/>
        <source>Not assessed yet.</source>
        <translation>ຍັງບໍ່ໄດ້ປະເມີນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="104"/>
        <source>⚠ No family assessment yet: the child cannot go home to the family until one finds no neglect or abuse.</source>
        <translation>⚠ ຍັງບໍ່ມີການປະເມີນຄອບຄົວ: ເດັກບໍ່ສາມາດກັບໄປຢູ່ກັບຄອບຄົວໄດ້ ຈົນກວ່າຈະມີການປະເມີນທີ່ບໍ່ພົບການລະເລີຍ ຫຼື ການລ່ວງລະເມີດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="110"/>
        <source>neglect or abuse found</source>
        <translation>ພົບການລະເລີຍ ຫຼື ການລ່ວງລະເມີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="112"/>
        <source>no neglect or abuse found</source>
        <translation>ບໍ່ພົບການລະເລີຍ ຫຼື ການລ່ວງລະເມີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="115"/>
        <source>Assessed on {on} by {by}: {found}.</source>
        <translation>ປະເມີນວັນທີ {on} ໂດຍ {by}: {found}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="128"/>
        <source>Say whether neglect or abuse was found.</source>
        <translation>ກະລຸນາລະບຸວ່າພົບການລະເລີຍ ຫຼື ການລ່ວງລະເມີດຫຼືບໍ່.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/viewer.py" line="148"/>
        <source>Shown here: the first {shown} of {total} pages; use &quot;Save a copy&quot; to read the rest.</source>
        <translation>ສະແດງຢູ່ນີ້: {shown} ໜ້າທຳອິດຈາກ {total} ໜ້າ; ໃຊ້ “ບັນທຶກສຳເນົາ” ເພື່ອອ່ານສ່ວນທີ່ເຫຼືອ.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="60"/>
        <source>Audit log</source>
        <translation>ບັນທຶກປະຫວັດການນຳໃຊ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="61"/>
        <source>Transfers</source>
        <translation>ການໂອນຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="70"/>
        <source>a case reference</source>
        <translation>ເລກອ້າງອີງກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="72"/>
        <source>e.g. case.print</source>
        <translation>ຕົວຢ່າງ: case.print</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="73"/>
        <source>Only between</source>
        <translation>ສະເພາະລະຫວ່າງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="82"/>
        <source>&amp;User</source>
        <translation>ຜູ້ໃຊ້(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="83"/>
        <source>&amp;Case</source>
        <translation>ກໍລະນີ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="84"/>
        <source>&amp;Action</source>
        <translation>ການດຳເນີນການ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="88"/>
        <source>and</source>
        <translation>ແລະ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="91"/>
        <source>Dates</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="92"/>
        <source>&amp;Search</source>
        <translation>ຄົ້ນຫາ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="94"/>
        <source>&amp;Export CSV…</source>
        <translation>ສົ່ງອອກ CSV…(&amp;E)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="96"/>
        <source>&amp;Verify the chain</source>
        <translation>ກວດສອບຄວາມຖືກຕ້ອງຂອງຕ່ອງໂສ້ບັນທຶກ(&amp;V)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="39"/>
        <source>Referral</source>
        <translation>ການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="40"/>
        <source>Status report</source>
        <translation>ລາຍງານສະຖານະ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="41"/>
        <source>Sync</source>
        <translation>ການປະສານຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="52"/>
        <source>Only supervisors can read the audit log.</source>
        <translation>ສະເພາະຫົວໜ້າຄຸ້ມງານເທົ່ານັ້ນ ທີ່ສາມາດອ່ານບັນທຶກປະຫວັດການນຳໃຊ້ໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="98"/>
        <source>Write a chec&amp;kpoint…</source>
        <translation>ຂຽນຈຸດກວດສອບ…(&amp;K)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="100"/>
        <source>C&amp;heck against a checkpoint…</source>
        <translation>ກວດທຽບກັບຈຸດກວດສອບ…(&amp;H)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>No.</source>
        <translation>ລຳດັບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <location filename="../rrr_desktop/ui/audit/page.py" line="279"/>
        <source>When</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>User</source>
        <translation>ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>What</source>
        <translation>ສິ່ງທີ່ເຮັດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>Record</source>
        <translation>ລາຍການຂໍ້ມູນ</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/audit/page.py" line="188"/>
        <source>%n entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>ສະແດງ %n ລາຍການ, ລຽງຈາກໃໝ່ສຸດ.</numerusform>
            <numerusform>ສະແດງ %n ລາຍການ, ລຽງຈາກໃໝ່ສຸດ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="199"/>
        <source>Export the audit log</source>
        <translation>ສົ່ງອອກບັນທຶກປະຫວັດການນຳໃຊ້</translation>
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
            <numerusform>ຂຽນແລ້ວ %n ລາຍການ.</numerusform>
            <numerusform>ຂຽນແລ້ວ %n ລາຍການ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/audit/page.py" line="219"/>
        <source>The chain is intact: %n entry(ies).</source>
        <translation>
            <numerusform>ຕ່ອງໂສ້ບັນທຶກສົມບູນ ບໍ່ມີການປ່ຽນແປງ: %n ລາຍການ.</numerusform>
            <numerusform>ຕ່ອງໂສ້ບັນທຶກສົມບູນ ບໍ່ມີການປ່ຽນແປງ: %n ລາຍການ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="222"/>
        <source>The audit log was changed: {problems}</source>
        <translation>ບັນທຶກປະຫວັດການນຳໃຊ້ຖືກປ່ຽນແປງ: {problems}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="230"/>
        <source>Write an audit checkpoint</source>
        <translation>ຂຽນຈຸດກວດສອບຂອງບັນທຶກປະຫວັດການນຳໃຊ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="232"/>
        <location filename="../rrr_desktop/ui/audit/page.py" line="249"/>
        <source>Checkpoint (*.json)</source>
        <translation>ຈຸດກວດສອບ (*.json)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="242"/>
        <source>Checkpoint of entry {seq} written. Keep a copy away from this laptop.</source>
        <translation>ຂຽນຈຸດກວດສອບຂອງລາຍການທີ {seq} ແລ້ວ. ກະລຸນາເກັບສຳເນົາໜຶ່ງໄວ້ນອກແລັບທັອບເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="249"/>
        <source>Check against a checkpoint</source>
        <translation>ກວດທຽບກັບຈຸດກວດສອບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="260"/>
        <source>The log agrees with the checkpoint of entry {seq}.</source>
        <translation>ບັນທຶກປະຫວັດການນຳໃຊ້ກົງກັບຈຸດກວດສອບຂອງລາຍການທີ {seq}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="266"/>
        <source>The log does not match the checkpoint: {problems}</source>
        <translation>ບັນທຶກປະຫວັດການນຳໃຊ້ບໍ່ກົງກັບຈຸດກວດສອບ: {problems}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="280"/>
        <source>Direction</source>
        <translation>ທິດທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="281"/>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="282"/>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="283"/>
        <source>Case</source>
        <translation>ກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="284"/>
        <source>Purpose and basis</source>
        <translation>ຈຸດປະສົງ ແລະ ພື້ນຖານທາງກົດໝາຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="285"/>
        <source>Fields</source>
        <translation>ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="296"/>
        <source>Received</source>
        <translation>ໄດ້ຮັບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="296"/>
        <source>Sent</source>
        <translation>ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="309"/>
        <source>Every case sent to or received from another organisation. Prints and exports are in the audit log (actions case.print, report.export, audit.export).</source>
        <translation>ທຸກກໍລະນີທີ່ສົ່ງໄປຫາ ຫຼື ໄດ້ຮັບຈາກອົງການອື່ນ. ການພິມ ແລະ ການສົ່ງອອກ ແມ່ນຢູ່ໃນບັນທຶກປະຫວັດການນຳໃຊ້ (ການດຳເນີນການ case.print, report.export, audit.export).</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="138"/>
        <source>&amp;Save</source>
        <translation>ບັນທຶກ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="140"/>
        <source>&amp;Revert changes</source>
        <translation>ຍົກເລີກການປ່ຽນແປງ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="142"/>
        <source>&amp;Undo last save</source>
        <translation>ຍົກເລີກການບັນທຶກຄັ້ງລ່າສຸດ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="147"/>
        <source>Save (Ctrl+S) keeps what you type in {tabs}; the other tabs save each action as you make it.</source>
        <translation>“ບັນທຶກ” (Ctrl+S) ຈະບັນທຶກສິ່ງທີ່ທ່ານພິມໃນແຖບ {tabs}; ແຖບອື່ນໆຈະບັນທຶກແຕ່ລະການດຳເນີນການທັນທີທີ່ທ່ານເຮັດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="276"/>
        <source>{stage} · age {age} · caseworker {worker}</source>
        <translation>{stage} · ອາຍຸ {age} · ພະນັກງານຮັບຜິດຊອບກໍລະນີ {worker}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="282"/>
        <source>their reference {ref}</source>
        <translation>ເລກອ້າງອີງຂອງເຂົາເຈົ້າ {ref}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="286"/>
        <source>earlier {refs}</source>
        <translation>ກ່ອນໜ້ານີ້ {refs}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="353"/>
        <source>Your unsaved changes from before the lock were kept. Check them, then save.</source>
        <translation>ການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກກ່ອນການລັອກຖືກເກັບໄວ້ແລ້ວ. ກະລຸນາກວດເບິ່ງ ແລ້ວບັນທຶກ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/casefile/view.py" line="381"/>
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>ມີ %n ຊ່ອງຂໍ້ມູນທີ່ຕ້ອງກວດເບິ່ງກ່ອນບັນທຶກ.</numerusform>
            <numerusform>ມີ %n ຊ່ອງຂໍ້ມູນທີ່ຕ້ອງກວດເບິ່ງກ່ອນບັນທຶກ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/casefile/view.py" line="413"/>
        <source>Saved. %n field(s) were also changed elsewhere meanwhile: both values are kept; choose one in Handoff → Conflicts.</source>
        <translation>
            <numerusform>ບັນທຶກແລ້ວ. ໃນລະຫວ່າງນັ້ນ, ມີ %n ຊ່ອງຂໍ້ມູນທີ່ຖືກປ່ຽນແປງຢູ່ບ່ອນອື່ນນຳ: ທັງສອງຄ່າຖືກເກັບໄວ້; ກະລຸນາເລືອກຄ່າໜຶ່ງທີ່ ການສົ່ງມອບຂໍ້ມູນ → ຂໍ້ມູນຂັດແຍ່ງ.</numerusform>
            <numerusform>ບັນທຶກແລ້ວ. ໃນລະຫວ່າງນັ້ນ, ມີ %n ຊ່ອງຂໍ້ມູນທີ່ຖືກປ່ຽນແປງຢູ່ບ່ອນອື່ນນຳ: ທັງສອງຄ່າຖືກເກັບໄວ້; ກະລຸນາເລືອກຄ່າໜຶ່ງທີ່ ການສົ່ງມອບຂໍ້ມູນ → ຂໍ້ມູນຂັດແຍ່ງ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="421"/>
        <source>Saved.</source>
        <translation>ບັນທຶກແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="428"/>
        <source>Changes discarded.</source>
        <translation>ຍົກເລີກການປ່ຽນແປງແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="437"/>
        <source>The case changed since; the last save cannot be undone.</source>
        <translation>ກໍລະນີໄດ້ມີການປ່ຽນແປງຫຼັງຈາກນັ້ນ; ບໍ່ສາມາດຍົກເລີກການບັນທຶກຄັ້ງລ່າສຸດໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="456"/>
        <source>The last save was undone.</source>
        <translation>ຍົກເລີກການບັນທຶກຄັ້ງລ່າສຸດແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="186"/>
        <source>overdue</source>
        <translation>ເກີນກຳນົດ</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="43"/>
        <location filename="../rrr_desktop/ui/case_list.py" line="145"/>
        <source>Search by reference or name (Ctrl+F)</source>
        <translation>ຊອກຫາຕາມເລກອ້າງອີງ ຫຼື ຊື່ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="53"/>
        <source>All stages</source>
        <translation>ທຸກຂັ້ນຕອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="57"/>
        <source>All origins</source>
        <translation>ທຸກປະເທດຕົ້ນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="62"/>
        <source>All caseworkers</source>
        <translation>ພະນັກງານຮັບຜິດຊອບກໍລະນີທັງໝົດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="68"/>
        <source>&amp;Overdue only</source>
        <translation>ສະເພາະທີ່ເກີນກຳນົດ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="69"/>
        <source>Search the no&amp;tes instead</source>
        <translation>ຊອກຫາໃນບັນທຶກແທນ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="72"/>
        <source>Find cases whose notes or contact log hold every word typed</source>
        <translation>ຊອກຫາກໍລະນີທີ່ບັນທຶກ ຫຼື ບັນທຶກການຕິດຕໍ່ ມີທຸກຄຳທີ່ພິມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="78"/>
        <source>&amp;New case…</source>
        <translation>ກໍລະນີໃໝ່…(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="143"/>
        <source>Words written in the notes (Ctrl+F)</source>
        <translation>ຄຳທີ່ຂຽນໄວ້ໃນບັນທຶກ (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/case_list.py" line="154"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ກໍລະນີ</numerusform>
            <numerusform>%n ກໍລະນີ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="158"/>
        <source>Searching…</source>
        <translation>ກຳລັງຊອກຫາ…</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="36"/>
        <source>Reference</source>
        <translation>ເລກອ້າງອີງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="37"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="38"/>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="39"/>
        <source>Age</source>
        <translation>ອາຍຸ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="40"/>
        <source>Stage</source>
        <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="41"/>
        <source>Origin</source>
        <translation>ຕົ້ນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="42"/>
        <source>Next action</source>
        <translation>ວຽກຕໍ່ໄປ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="43"/>
        <source>Updated</source>
        <translation>ອັບເດດ</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="35"/>
        <source>Case list</source>
        <translation>ລາຍຊື່ກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="73"/>
        <source>Cannot open the case</source>
        <translation>ບໍ່ສາມາດເປີດກໍລະນີໄດ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="106"/>
        <source>Unsaved changes</source>
        <translation>ການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="107"/>
        <source>Case {reference} has unsaved changes. Save them?</source>
        <translation>ກໍລະນີ {reference} ມີການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກ. ຕ້ອງການບັນທຶກບໍ່?</translation>
    </message>
</context>
<context>
    <name>CheckPrintoutDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="28"/>
        <source>Check a printout</source>
        <translation>ກວດສອບເອກະສານພິມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="31"/>
        <source>The code in the footer, e.g. RRR-K7MX-3QAD</source>
        <translation>ລະຫັດຢູ່ທ້າຍໜ້າ, ຕົວຢ່າງ: RRR-K7MX-3QAD</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="32"/>
        <source>Code of the printout</source>
        <translation>ລະຫັດຂອງເອກະສານພິມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="33"/>
        <source>&amp;Check the code</source>
        <translation>ກວດສອບລະຫັດ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="35"/>
        <source>Check a &amp;PDF file…</source>
        <translation>ກວດສອບໄຟລ໌ PDF…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="54"/>
        <source>Choose the PDF to check</source>
        <translation>ເລືອກໄຟລ໌ PDF ທີ່ຈະກວດສອບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="54"/>
        <source>PDF files (*.pdf)</source>
        <translation>ໄຟລ໌ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="71"/>
        <source>This code was not printed from this vault. Do not rely on the paper or file.</source>
        <translation>ລະຫັດນີ້ບໍ່ໄດ້ພິມຈາກຄັງຂໍ້ມູນນີ້. ຢ່າເຊື່ອຖືເຈ້ຍ ຫຼື ໄຟລ໌ນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="74"/>
        <source>Printed on {when} by {who}.</source>
        <translation>ພິມເມື່ອ {when} ໂດຍ {who}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="79"/>
        <source>Case {reference}.</source>
        <translation>ກໍລະນີ {reference}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="81"/>
        <source>Its signature does not match this installation&apos;s key.</source>
        <translation>ລາຍເຊັນດິຈິຕອນຂອງມັນບໍ່ກົງກັບກະແຈຂອງການຕິດຕັ້ງນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="84"/>
        <source>This file is not the one that was printed: it was changed afterwards.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນໄຟລ໌ທີ່ຖືກພິມ: ມັນຖືກປ່ຽນແປງພາຍຫຼັງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="87"/>
        <source>The file is exactly the one printed.</source>
        <translation>ໄຟລ໌ນີ້ຄືກັບໄຟລ໌ທີ່ຖືກພິມທຸກປະການ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="89"/>
        <source>The case no longer exists here.</source>
        <translation>ກໍລະນີນີ້ບໍ່ມີຢູ່ທີ່ນີ້ອີກແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="92"/>
        <source>The case has changed since: print it again before relying on it.</source>
        <translation>ກໍລະນີໄດ້ມີການປ່ຽນແປງຫຼັງຈາກນັ້ນ: ກະລຸນາພິມໃໝ່ ກ່ອນນຳໄປໃຊ້.</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="84"/>
        <source>Departure blocked because:</source>
        <translation>ບໍ່ສາມາດເດີນທາງອອກໄດ້ ເນື່ອງຈາກ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="84"/>
        <source>Nothing blocks departure.</source>
        <translation>ບໍ່ມີສິ່ງໃດກີດຂວາງການເດີນທາງອອກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="101"/>
        <source>Conditions: all 8 must be met before departure</source>
        <translation>ເງື່ອນໄຂ: ຕ້ອງຄົບທັງ 8 ຂໍ້ກ່ອນການເດີນທາງອອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="104"/>
        <source>What the person has been told and given</source>
        <translation>ສິ່ງທີ່ໄດ້ແຈ້ງ ແລະ ມອບໃຫ້ຜູ້ຮັບການຊ່ວຍເຫຼືອແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="126"/>
        <source>The person&apos;s wish</source>
        <translation>ຄວາມປະສົງຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="128"/>
        <source>Wants to be met on arrival by a local NGO:</source>
        <translation>ຕ້ອງການໃຫ້ອົງການທີ່ບໍ່ແມ່ນລັດໃນທ້ອງຖິ່ນມາຮັບເມື່ອເດີນທາງຮອດ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="131"/>
        <source>Not asked yet</source>
        <translation>ຍັງບໍ່ໄດ້ຖາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="132"/>
        <source>Yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="133"/>
        <source>No</source>
        <translation>ບໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="140"/>
        <source>Contacts handed over (from the directory)</source>
        <translation>ຂໍ້ມູນຕິດຕໍ່ທີ່ມອບໃຫ້ແລ້ວ (ຈາກບັນຊີລາຍຊື່ບໍລິການ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="149"/>
        <source>Add contact</source>
        <translation>ເພີ່ມຂໍ້ມູນຕິດຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="151"/>
        <source>Remove selected</source>
        <translation>ເອົາລາຍການທີ່ເລືອກອອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="175"/>
        <source>A supervisor ({user}, {date}) let the person depart before every condition is met: {reason}</source>
        <translation>ຫົວໜ້າຄຸ້ມງານ ({user}, {date}) ໄດ້ອະນຸຍາດໃຫ້ຜູ້ຮັບການຊ່ວຍເຫຼືອເດີນທາງອອກ ກ່ອນທີ່ເງື່ອນໄຂທັງໝົດຈະຄົບ: {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="186"/>
        <source>Removed from the directory ({id})</source>
        <translation>ຖືກເອົາອອກຈາກບັນຊີລາຍຊື່ບໍລິການແລ້ວ ({id})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="190"/>
        <source>(not verified in the last 6 months)</source>
        <translation>(ບໍ່ໄດ້ກວດສອບໃນ 6 ເດືອນທີ່ຜ່ານມາ)</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="33"/>
        <source>(empty, or deleted)</source>
        <translation>(ຫວ່າງເປົ່າ ຫຼື ຖືກລຶບແລ້ວ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="48"/>
        <source>These fields were changed on two laptops that had not seen each other&apos;s change. Nothing was overwritten: choose the value to keep. Your choice goes to the other laptops with the next sync.</source>
        <translation>ຊ່ອງຂໍ້ມູນເຫຼົ່ານີ້ຖືກປ່ຽນແປງຢູ່ໃນແລັບທັອບສອງເຄື່ອງ ທີ່ຍັງບໍ່ເຫັນການປ່ຽນແປງຂອງກັນ ແລະ ກັນ. ບໍ່ມີຂໍ້ມູນໃດຖືກຂຽນທັບ: ກະລຸນາເລືອກຄ່າທີ່ຈະເກັບໄວ້. ການເລືອກຂອງທ່ານຈະຖືກສົ່ງໄປຫາແລັບທັອບເຄື່ອງອື່ນໃນການປະສານຂໍ້ມູນຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Choice</source>
        <translation>ການເລືອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Case and field</source>
        <translation>ກໍລະນີ ແລະ ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Values</source>
        <translation>ຄ່າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="79"/>
        <source>No open conflicts.</source>
        <translation>ບໍ່ມີຂໍ້ມູນຂັດແຍ່ງທີ່ຍັງຄ້າງຢູ່.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="82"/>
        <source>%n open conflict(s); the first %1 are shown.</source>
        <translation>
            <numerusform>ມີຂໍ້ມູນຂັດແຍ່ງທີ່ຍັງຄ້າງຢູ່ %n ລາຍການ; ສະແດງ %1 ລາຍການທຳອິດ.</numerusform>
            <numerusform>ມີຂໍ້ມູນຂັດແຍ່ງທີ່ຍັງຄ້າງຢູ່ %n ລາຍການ; ສະແດງ %1 ລາຍການທຳອິດ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="87"/>
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>ມີຂໍ້ມູນຂັດແຍ່ງທີ່ຍັງຄ້າງຢູ່ %n ລາຍການ.</numerusform>
            <numerusform>ມີຂໍ້ມູນຂັດແຍ່ງທີ່ຍັງຄ້າງຢູ່ %n ລາຍການ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="93"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n ຊ່ອງຂໍ້ມູນ</numerusform>
            <numerusform>%n ຊ່ອງຂໍ້ມູນ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="94"/>
        <source>Take theirs for this whole case</source>
        <translation>ເອົາຄ່າຂອງເຂົາເຈົ້າສຳລັບກໍລະນີນີ້ທັງໝົດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="103"/>
        <source>A field here holds only values written on this laptop: choose on its own line.</source>
        <translation>ຊ່ອງໜຶ່ງຢູ່ນີ້ມີແຕ່ຄ່າທີ່ຂຽນໃນແລັບທັອບເຄື່ອງນີ້: ເລືອກຢູ່ແຖວຂອງມັນເອງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="138"/>
        <source>Keep ours</source>
        <translation>ເກັບຄ່າຂອງພວກເຮົາໄວ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="138"/>
        <source>Take theirs</source>
        <translation>ເອົາຄ່າຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="141"/>
        <source>Keep %1</source>
        <translation>ເກັບຄ່າທີ %1 ໄວ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="144"/>
        <source>New value...</source>
        <translation>ຄ່າໃໝ່...</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="153"/>
        <source>this laptop</source>
        <translation>ແລັບທັອບເຄື່ອງນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="155"/>
        <source>laptop %1</source>
        <translation>ແລັບທັອບ %1</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="158"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="166"/>
        <source>New value</source>
        <translation>ຄ່າໃໝ່</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="104"/>
        <source>Purpose</source>
        <translation>ຈຸດປະສົງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="68"/>
        <source>State</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <source>Since</source>
        <translation>ຕັ້ງແຕ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="111"/>
        <source>Scope</source>
        <translation>ຂອບເຂດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="67"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="106"/>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="69"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="107"/>
        <source>How</source>
        <translation>ວິທີການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="70"/>
        <source>Basis</source>
        <translation>ພື້ນຖານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="71"/>
        <source>Recorded by</source>
        <translation>ບັນທຶກໂດຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="72"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="112"/>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="80"/>
        <source>Record what the person said</source>
        <translation>ບັນທຶກສິ່ງທີ່ຜູ້ຮັບການຊ່ວຍເຫຼືອໄດ້ເວົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="92"/>
        <source>language it was explained in, e.g. km</source>
        <translation>ພາສາທີ່ໃຊ້ອະທິບາຍ, ຕົວຢ່າງ: km</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="95"/>
        <source>e.g. the named receiving organisation</source>
        <translation>ຕົວຢ່າງ: ຊື່ອົງການຝ່າຍຮັບທີ່ລະບຸ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="97"/>
        <source>&amp;Record consent</source>
        <translation>ບັນທຶກການຍິນຍອມ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="99"/>
        <source>&amp;Withdraw selected purpose</source>
        <translation>ຖອນການຍິນຍອມສຳລັບຈຸດປະສົງທີ່ເລືອກ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="105"/>
        <source>Answer</source>
        <translation>ຄຳຕອບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="108"/>
        <source>Legal basis</source>
        <translation>ພື້ນຖານທາງກົດໝາຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="109"/>
        <source>Explained in</source>
        <translation>ອະທິບາຍເປັນພາສາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="110"/>
        <source>Witness</source>
        <translation>ພະຍານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="122"/>
        <source>Consent in force, per purpose</source>
        <translation>ການຍິນຍອມທີ່ມີຜົນບັງຄັບໃຊ້ ແຍກຕາມຈຸດປະສົງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="124"/>
        <source>History of the selected purpose</source>
        <translation>ປະຫວັດຂອງຈຸດປະສົງທີ່ເລືອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="195"/>
        <source>Recorded: {purpose} — {state}.</source>
        <translation>ບັນທຶກແລ້ວ: {purpose} — {state}.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="55"/>
        <source>All types</source>
        <translation>ທຸກປະເພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="59"/>
        <source>Name, contact or note</source>
        <translation>ຊື່, ຂໍ້ມູນຕິດຕໍ່ ຫຼື ໝາຍເຫດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="61"/>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="64"/>
        <source>Service</source>
        <translation>ບໍລິການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="66"/>
        <source>Only entries to verify</source>
        <translation>ສະເພາະລາຍການທີ່ຕ້ອງກວດສອບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="87"/>
        <source>Verification</source>
        <translation>ການກວດສອບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="88"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="89"/>
        <source>Type</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="90"/>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="91"/>
        <source>Region</source>
        <translation>ພາກ/ແຂວງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="92"/>
        <source>Languages</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="93"/>
        <source>Services</source>
        <translation>ບໍລິການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="94"/>
        <source>Contact</source>
        <translation>ຂໍ້ມູນຕິດຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="111"/>
        <source>Add…</source>
        <translation>ເພີ່ມ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="112"/>
        <source>Edit…</source>
        <translation>ແກ້ໄຂ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="113"/>
        <source>Mark as verified today</source>
        <translation>ໝາຍວ່າກວດສອບແລ້ວມື້ນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="114"/>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="115"/>
        <source>Import CSV…</source>
        <translation>ນຳເຂົ້າ CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="116"/>
        <source>Export CSV…</source>
        <translation>ສົ່ງອອກ CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="117"/>
        <source>Add the starter examples</source>
        <translation>ເພີ່ມລາຍການຕົວຢ່າງເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="125"/>
        <source>Service directory</source>
        <translation>ບັນຊີລາຍຊື່ບໍລິການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="128"/>
        <source>Check an entry with the organisation before giving it to a person: entries not verified in the last 6 months are marked ⚠.</source>
        <translation>ກະລຸນາກວດສອບລາຍການກັບອົງການກ່ອນມອບໃຫ້ຜູ້ຮັບການຊ່ວຍເຫຼືອ: ລາຍການທີ່ບໍ່ໄດ້ກວດສອບໃນ 6 ເດືອນທີ່ຜ່ານມາຈະມີເຄື່ອງໝາຍ ⚠.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="149"/>
        <source>All countries</source>
        <translation>ທຸກປະເທດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="192"/>
        <source>{count} entries shown, {stale} to verify.</source>
        <translation>ສະແດງ {count} ລາຍການ, ຕ້ອງກວດສອບ {stale} ລາຍການ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="209"/>
        <source>Directory entry added.</source>
        <translation>ເພີ່ມລາຍການໃນບັນຊີລາຍຊື່ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="214"/>
        <source>Directory entry saved.</source>
        <translation>ບັນທຶກລາຍການໃນບັນຊີລາຍຊື່ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="223"/>
        <source>Not saved</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="225"/>
        <source>Marked as verified today.</source>
        <translation>ໝາຍວ່າກວດສອບແລ້ວມື້ນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="233"/>
        <source>Delete the entry?</source>
        <translation>ລຶບລາຍການນີ້ບໍ່?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="234"/>
        <source>Plans that name this organisation keep its id but no longer show its name.</source>
        <translation>ແຜນການທີ່ລະບຸອົງການນີ້ ຈະຍັງເກັບລະຫັດຂອງອົງການໄວ້ ແຕ່ຈະບໍ່ສະແດງຊື່ອີກຕໍ່ໄປ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="238"/>
        <source>Directory entry deleted.</source>
        <translation>ລຶບລາຍການໃນບັນຊີລາຍຊື່ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="244"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="279"/>
        <source>Not imported</source>
        <translation>ບໍ່ໄດ້ນຳເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="248"/>
        <source>{count} example entries added; each must be replaced by a verified one.</source>
        <translation>ເພີ່ມລາຍການຕົວຢ່າງແລ້ວ {count} ລາຍການ; ແຕ່ລະລາຍການຕ້ອງຖືກແທນທີ່ດ້ວຍລາຍການທີ່ກວດສອບແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="256"/>
        <source>Import the directory</source>
        <translation>ນຳເຂົ້າບັນຊີລາຍຊື່ບໍລິການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="256"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="289"/>
        <source>CSV files (*.csv)</source>
        <translation>ໄຟລ໌ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="282"/>
        <source>Imported: {new} new, {updated} updated.</source>
        <translation>ນຳເຂົ້າແລ້ວ: ໃໝ່ {new}, ອັບເດດ {updated}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="289"/>
        <source>Export the directory</source>
        <translation>ສົ່ງອອກບັນຊີລາຍຊື່ບໍລິການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="306"/>
        <source>{count} entries exported.</source>
        <translation>ສົ່ງອອກແລ້ວ {count} ລາຍການ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="316"/>
        <source>The file could not be read or written.</source>
        <translation>ບໍ່ສາມາດອ່ານ ຫຼື ຂຽນໄຟລ໌ໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="313"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="316"/>
        <source>Directory</source>
        <translation>ບັນຊີລາຍຊື່ບໍລິການ</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="41"/>
        <source>Documents</source>
        <translation>ເອກະສານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="50"/>
        <source>Document</source>
        <translation>ເອກະສານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="51"/>
        <source>Number (last 4)</source>
        <translation>ເລກທີ (4 ຕົວສຸດທ້າຍ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="52"/>
        <source>Expires</source>
        <translation>ໝົດອາຍຸ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="53"/>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="77"/>
        <source>In hand</source>
        <translation>ຢູ່ກັບຕົວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="54"/>
        <source>Copy given to the person</source>
        <translation>ມອບສຳເນົາໃຫ້ຜູ້ຮັບການຊ່ວຍເຫຼືອແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="66"/>
        <source>e.g. passport, travel document, ID card</source>
        <translation>ຕົວຢ່າງ: ໜັງສືຜ່ານແດນ, ເອກະສານເດີນທາງ, ບັດປະຈຳຕົວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="69"/>
        <source>last 4</source>
        <translation>4 ຕົວສຸດທ້າຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="75"/>
        <source>no expiry</source>
        <translation>ບໍ່ມີວັນໝົດອາຍຸ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="78"/>
        <source>Copy given</source>
        <translation>ມອບສຳເນົາແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="79"/>
        <source>Save document</source>
        <translation>ບັນທຶກເອກະສານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="81"/>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="99"/>
        <source>yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="99"/>
        <source>no</source>
        <translation>ບໍ່</translation>
    </message>
</context>
<context>
    <name>EmbassyLetter</name>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="25"/>
        <source>about {year} (estimated)</source>
        <translation>ປະມານປີ {year} (ຄາດຄະເນ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="28"/>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="62"/>
        <source>not known</source>
        <translation>ບໍ່ຮູ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="35"/>
        <source>To the Embassy or Consulate of {country}</source>
        <translation>ຮຽນ: ສະຖານທູດ ຫຼື ສະຖານກົງສຸນ {country}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="38"/>
        <source>Subject: request for a {document}</source>
        <translation>ເລື່ອງ: ຂໍອອກ {document}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="41"/>
        <source>We kindly ask you to issue a {document} to the national of {country} named below, who wishes to return home. Please let us know which further documents or photographs you need and when the person may come to the consulate.</source>
        <translation>ພວກເຮົາຂໍຄວາມກະລຸນາໃຫ້ທ່ານອອກ {document} ໃຫ້ແກ່ພົນລະເມືອງ {country} ທີ່ມີລາຍຊື່ຂ້າງລຸ່ມນີ້ ຜູ້ທີ່ມີຄວາມປະສົງຈະກັບຄືນບ້ານເກີດ. ກະລຸນາແຈ້ງໃຫ້ພວກເຮົາຮູ້ວ່າຕ້ອງການເອກະສານ ຫຼື ຮູບຖ່າຍເພີ່ມເຕີມໃດແດ່ ແລະ ບຸກຄົນດັ່ງກ່າວສາມາດມາທີ່ສະຖານກົງສຸນໄດ້ເມື່ອໃດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="50"/>
        <source>With the person&apos;s explicit consent, we inform you that they have been identified as a victim of trafficking in persons and are assisted by our organisation. We ask you to treat this information as confidential.</source>
        <translation>ດ້ວຍການຍິນຍອມຢ່າງຊັດເຈນຂອງບຸກຄົນດັ່ງກ່າວ, ພວກເຮົາຂໍແຈ້ງໃຫ້ທ່ານຊາບວ່າ ບຸກຄົນນີ້ໄດ້ຖືກລະບຸວ່າເປັນຜູ້ເຄາະຮ້າຍຈາກການຄ້າມະນຸດ ແລະ ກຳລັງໄດ້ຮັບການຊ່ວຍເຫຼືອຈາກອົງການຂອງພວກເຮົາ. ພວກເຮົາຂໍໃຫ້ທ່ານຖືວ່າຂໍ້ມູນນີ້ເປັນຄວາມລັບ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="57"/>
        <source>Thank you for your help.</source>
        <translation>ຂໍຂອບໃຈສຳລັບການຊ່ວຍເຫຼືອຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="64"/>
        <source>Full name</source>
        <translation>ຊື່ ແລະ ນາມສະກຸນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="65"/>
        <source>Date of birth</source>
        <translation>ວັນເດືອນປີເກີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="67"/>
        <source>Place of birth</source>
        <translation>ສະຖານທີ່ເກີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="71"/>
        <source>Nationality</source>
        <translation>ສັນຊາດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="74"/>
        <source>Document needed</source>
        <translation>ເອກະສານທີ່ຕ້ອງການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="75"/>
        <source>Requested by</source>
        <translation>ຮ້ອງຂໍໂດຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="76"/>
        <source>Our reference</source>
        <translation>ເລກອ້າງອີງຂອງພວກເຮົາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="109"/>
        <source>Signature, name and position</source>
        <translation>ລາຍເຊັນ, ຊື່ ແລະ ຕຳແໜ່ງ</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="93"/>
        <source>Choose the spreadsheet</source>
        <translation>ເລືອກໄຟລ໌ຕາຕະລາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="96"/>
        <source>CSV (UTF-8 or UTF-16, as Excel saves it) or an .xlsx workbook; the first row must hold the column names.</source>
        <translation>ໄຟລ໌ CSV (UTF-8 ຫຼື UTF-16, ຕາມທີ່ Excel ບັນທຶກ) ຫຼື ໄຟລ໌ .xlsx; ແຖວທຳອິດຕ້ອງເປັນຊື່ຖັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="105"/>
        <source>Choose…</source>
        <translation>ເລືອກ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="119"/>
        <source>Spreadsheet to import</source>
        <translation>ໄຟລ໌ຕາຕະລາງທີ່ຈະນຳເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="121"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>ໄຟລ໌ຕາຕະລາງ (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="136"/>
        <source>Reading the file…</source>
        <translation>ກຳລັງອ່ານໄຟລ໌…</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="64"/>
        <source>May go with a referral (when the person consented to sharing)</source>
        <translation>ສົ່ງໄປພ້ອມການສົ່ງຕໍ່ໄດ້ (ເມື່ອຜູ້ຮັບການຊ່ວຍເຫຼືອຍິນຍອມໃຫ້ແບ່ງປັນຂໍ້ມູນແລ້ວ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="66"/>
        <source>&amp;Attach a file…</source>
        <translation>ແນບໄຟລ໌…(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="72"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="73"/>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="74"/>
        <source>Size</source>
        <translation>ຂະໜາດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="75"/>
        <source>Added</source>
        <translation>ເພີ່ມເມື່ອ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="76"/>
        <source>May go with a referral</source>
        <translation>ສົ່ງໄປພ້ອມການສົ່ງຕໍ່ໄດ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="85"/>
        <source>&amp;Open</source>
        <translation>ເປີດ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="87"/>
        <source>Save a &amp;copy…</source>
        <translation>ບັນທຶກສຳເນົາ…(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="89"/>
        <source>&amp;Remove from the case</source>
        <translation>ເອົາອອກຈາກກໍລະນີ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="94"/>
        <source>Files are kept inside the encrypted vault, never as loose copies. Up to {size} MB each. Opening a file shows it here; a copy outside the vault is made only with &quot;Save a copy&quot; and is recorded.</source>
        <translation>ໄຟລ໌ຖືກເກັບໄວ້ໃນຄັງຂໍ້ມູນທີ່ຖືກເຂົ້າລະຫັດ, ບໍ່ເກັບເປັນສຳເນົາແຍກໄວ້ຂ້າງນອກ. ຂະໜາດບໍ່ເກີນໄຟລ໌ລະ {size} MB. ການເປີດໄຟລ໌ຈະສະແດງໄຟລ໌ຢູ່ບ່ອນນີ້; ສຳເນົາທີ່ຢູ່ນອກຄັງຂໍ້ມູນຈະສ້າງໄດ້ດ້ວຍ “ບັນທຶກສຳເນົາ” ເທົ່ານັ້ນ ແລະ ລະບົບຈະບັນທຶກການສຳເນົານັ້ນໄວ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="103"/>
        <source>Kind of file</source>
        <translation>ປະເພດໄຟລ໌</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="137"/>
        <source>{name} (not on this laptop yet)</source>
        <translation>{name} (ຍັງບໍ່ມີຢູ່ໃນແລັບທັອບເຄື່ອງນີ້)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="141"/>
        <source>{date} by {who}</source>
        <translation>{date} ໂດຍ {who}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="158"/>
        <source>No files yet. Attach a scan of a document, a signed checklist or a photo: choose its kind, then &quot;Attach a file&quot;.</source>
        <translation>ຍັງບໍ່ມີໄຟລ໌. ກະລຸນາແນບໄຟລ໌ສະແກນເອກະສານ, ລາຍການກວດກາທີ່ລົງລາຍເຊັນແລ້ວ ຫຼື ຮູບຖ່າຍ: ເລືອກປະເພດຂອງໄຟລ໌, ຈາກນັ້ນກົດ “ແນບໄຟລ໌”.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="185"/>
        <source>This kind of file cannot be shown here. Use &quot;Save a copy&quot; to open it with another program (the copy is outside the vault: delete it afterwards).</source>
        <translation>ບໍ່ສາມາດສະແດງໄຟລ໌ປະເພດນີ້ຢູ່ບ່ອນນີ້ໄດ້. ກະລຸນາໃຊ້ “ບັນທຶກສຳເນົາ” ເພື່ອເປີດດ້ວຍໂປຣແກຣມອື່ນ (ສຳເນົານັ້ນຢູ່ນອກຄັງຂໍ້ມູນ: ກະລຸນາລຶບຖິ້ມຫຼັງຈາກໃຊ້ແລ້ວ).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="194"/>
        <source>That did not work ({kind}).</source>
        <translation>ດຳເນີນການບໍ່ສຳເລັດ ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="200"/>
        <source>Attach a file to the case</source>
        <translation>ແນບໄຟລ໌ເຂົ້າໃນກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="213"/>
        <source>Attaching the file…</source>
        <translation>ກຳລັງແນບໄຟລ໌…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="220"/>
        <source>Attached: {name}. The original file can now be deleted.</source>
        <translation>ແນບແລ້ວ: {name}. ດຽວນີ້ສາມາດລຶບໄຟລ໌ຕົ້ນສະບັບໄດ້ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="238"/>
        <source>Opening…</source>
        <translation>ກຳລັງເປີດ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="252"/>
        <source>Save a copy outside the vault</source>
        <translation>ບັນທຶກສຳເນົາໄວ້ນອກຄັງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="264"/>
        <source>A copy was saved outside the vault. It is not encrypted: delete it when it is no longer needed.</source>
        <translation>ໄດ້ບັນທຶກສຳເນົາໄວ້ນອກຄັງຂໍ້ມູນແລ້ວ. ສຳເນົານີ້ບໍ່ໄດ້ຖືກເຂົ້າລະຫັດ: ກະລຸນາລຶບຖິ້ມເມື່ອບໍ່ຕ້ອງການແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="276"/>
        <source>Remove the file</source>
        <translation>ເອົາໄຟລ໌ອອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="278"/>
        <source>Remove this file from the case? It is deleted from this laptop unless another case holds it, and from the others at the next sync.</source>
        <translation>ເອົາໄຟລ໌ນີ້ອອກຈາກກໍລະນີບໍ່? ໄຟລ໌ຈະຖືກລຶບອອກຈາກແລັບທັອບເຄື່ອງນີ້ ເວັ້ນເສຍແຕ່ມີກໍລະນີອື່ນໃຊ້ໄຟລ໌ນີ້ຢູ່, ແລະ ຈະຖືກລຶບອອກຈາກແລັບທັອບເຄື່ອງອື່ນໃນການປະສານຂໍ້ມູນຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="289"/>
        <source>The file was removed from the case.</source>
        <translation>ໄດ້ເອົາໄຟລ໌ອອກຈາກກໍລະນີແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="73"/>
        <source>Scheduled</source>
        <translation>ວັນທີນັດໝາຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="74"/>
        <source>Made on</source>
        <translation>ໄປຢ້ຽມວັນທີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="75"/>
        <source>State</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="76"/>
        <source>Scores</source>
        <translation>ຄະແນນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="77"/>
        <source>Warning signs</source>
        <translation>ສັນຍານເຕືອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="88"/>
        <source>Schedule visits from this return date</source>
        <translation>ກຳນົດຕາຕະລາງການຢ້ຽມຢາມນັບຈາກວັນທີກັບຄືນນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="91"/>
        <source>Add a visit on this date</source>
        <translation>ເພີ່ມການຢ້ຽມຢາມໃນວັນທີນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="93"/>
        <source>Move the selected visit here</source>
        <translation>ຍ້າຍການຢ້ຽມຢາມທີ່ເລືອກມາວັນທີນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="95"/>
        <source>Remove the selected visit</source>
        <translation>ເອົາການຢ້ຽມຢາມທີ່ເລືອກອອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="98"/>
        <source>Day of return:</source>
        <translation>ວັນທີກັບຄືນ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="101"/>
        <source>Other date:</source>
        <translation>ວັນທີອື່ນ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="106"/>
        <source>Visit schedule</source>
        <translation>ຕາຕະລາງການຢ້ຽມຢາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="115"/>
        <source>How the person is doing, per domain (1 = very vulnerable, 5 = resilient)</source>
        <translation>ສະພາບຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອ ແຍກຕາມດ້ານ (1 = ມີຄວາມສ່ຽງສູງຫຼາຍ, 5 = ເຂັ້ມແຂງ ແລະ ຟື້ນຕົວໄດ້ດີ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="123"/>
        <source>Follow-up monitoring</source>
        <translation>ການຕິດຕາມຜົນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="135"/>
        <source>Record a visit</source>
        <translation>ບັນທຶກການຢ້ຽມຢາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="141"/>
        <source>Which visit:</source>
        <translation>ການຢ້ຽມຢາມຄັ້ງໃດ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="142"/>
        <source>Made on:</source>
        <translation>ໄປຢ້ຽມວັນທີ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="148"/>
        <source>not scored</source>
        <translation>ບໍ່ໄດ້ໃຫ້ຄະແນນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="152"/>
        <source>{domain} (1-5):</source>
        <translation>{domain} (1-5):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="162"/>
        <source>Another sign, in a few words</source>
        <translation>ສັນຍານອື່ນ, ຂຽນສັ້ນໆ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="166"/>
        <source>Re-trafficking warning signs:</source>
        <translation>ສັນຍານເຕືອນການຖືກຄ້າມະນຸດຊ້ຳ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="168"/>
        <source>Notes:</source>
        <translation>ໝາຍເຫດ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="169"/>
        <source>Record the visit</source>
        <translation>ບັນທຶກການຢ້ຽມຢາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="177"/>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="184"/>
        <source>Close the case</source>
        <translation>ປິດກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="179"/>
        <source>Choose a reason…</source>
        <translation>ເລືອກເຫດຜົນ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="183"/>
        <source>Note (optional)</source>
        <translation>ໝາຍເຫດ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="217"/>
        <source>✓ Made</source>
        <translation>✓ ໄປຢ້ຽມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="219"/>
        <source>{icon} Overdue</source>
        <translation>{icon} ເກີນກຳນົດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="221"/>
        <source>Planned</source>
        <translation>ວາງແຜນໄວ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="253"/>
        <source>Closed on {on}: {reason}; kept until {until}.</source>
        <translation>ປິດວັນທີ {on}: {reason}; ເກັບຮັກສາໄວ້ຮອດ {until}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="267"/>
        <source>{icon} {count} visit(s) overdue, the oldest planned for {day}.</source>
        <translation>{icon} ມີການຢ້ຽມຢາມເກີນກຳນົດ {count} ຄັ້ງ, ຄັ້ງທີ່ເກົ່າສຸດວາງແຜນໄວ້ວັນທີ {day}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="271"/>
        <source>Next visit: {day}.</source>
        <translation>ການຢ້ຽມຢາມຄັ້ງຕໍ່ໄປ: {day}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="273"/>
        <source>No visit is scheduled.</source>
        <translation>ບໍ່ມີການຢ້ຽມຢາມທີ່ກຳນົດໄວ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="280"/>
        <source>Visit planned for {day}</source>
        <translation>ການຢ້ຽມຢາມທີ່ວາງແຜນໄວ້ວັນທີ {day}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="283"/>
        <source>An unscheduled visit</source>
        <translation>ການຢ້ຽມຢາມນອກຕາຕະລາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="307"/>
        <source>Replace the schedule?</source>
        <translation>ແທນທີ່ຕາຕະລາງບໍ່?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="308"/>
        <source>The visits not yet made will be replaced by a new schedule. Continue?</source>
        <translation>ການຢ້ຽມຢາມທີ່ຍັງບໍ່ໄດ້ໄປ ຈະຖືກແທນທີ່ດ້ວຍຕາຕະລາງໃໝ່. ສືບຕໍ່ບໍ່?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="341"/>
        <source>Nothing to record</source>
        <translation>ບໍ່ມີຫຍັງໃຫ້ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="342"/>
        <source>Score at least one domain, tick a sign or write a note.</source>
        <translation>ກະລຸນາໃຫ້ຄະແນນຢ່າງໜ້ອຍໜຶ່ງດ້ານ, ໝາຍສັນຍານ ຫຼື ຂຽນໝາຍເຫດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="365"/>
        <source>Visit recorded.</source>
        <translation>ບັນທຶກການຢ້ຽມຢາມແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="371"/>
        <source>A reason is needed</source>
        <translation>ຕ້ອງມີເຫດຜົນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="371"/>
        <source>Choose why the case is closed.</source>
        <translation>ກະລຸນາເລືອກເຫດຜົນທີ່ປິດກໍລະນີ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="82"/>
        <source>Close the case?</source>
        <translation>ປິດກໍລະນີບໍ່?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="83"/>
        <source>The case will be closed as “{reason}” and kept for 5 years, then anonymised on a supervisor&apos;s confirmation. Continue?</source>
        <translation>ກໍລະນີຈະຖືກປິດດ້ວຍເຫດຜົນ “{reason}” ແລະ ເກັບຮັກສາໄວ້ 5 ປີ, ຈາກນັ້ນຈະຖືກລຶບຂໍ້ມູນລະບຸຕົວຕົນ ເມື່ອຫົວໜ້າຄຸ້ມງານຢືນຢັນ. ສືບຕໍ່ບໍ່?</translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="17"/>
        <source>Handoff</source>
        <translation>ການສົ່ງມອບຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="24"/>
        <source>Outbox</source>
        <translation>ກ່ອງຂາອອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="25"/>
        <source>Inbox</source>
        <translation>ກ່ອງຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="26"/>
        <source>Peers</source>
        <translation>ຄູ່ແລກປ່ຽນຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="27"/>
        <source>Conflicts</source>
        <translation>ຂໍ້ມູນຂັດແຍ່ງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="28"/>
        <source>History</source>
        <translation>ປະຫວັດ</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="202"/>
        <source>When</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="203"/>
        <source>Direction</source>
        <translation>ທິດທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="204"/>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="205"/>
        <source>Peer</source>
        <translation>ຄູ່ແລກປ່ຽນຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="206"/>
        <source>By</source>
        <translation>ໂດຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="207"/>
        <source>Counts</source>
        <translation>ຈຳນວນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="221"/>
        <source>This vault was put back from a backup on %1 (UTC). Sync with every other laptop of the organisation as usual: each sends back what it holds. Not yet synced since: %2.</source>
        <translation>ຄັງຂໍ້ມູນນີ້ຖືກກູ້ຄືນຈາກການສຳຮອງຂໍ້ມູນເມື່ອ %1 (UTC). ກະລຸນາປະສານຂໍ້ມູນກັບແລັບທັອບເຄື່ອງອື່ນທຸກເຄື່ອງຂອງອົງການຕາມປົກກະຕິ: ແຕ່ລະເຄື່ອງຈະສົ່ງຂໍ້ມູນທີ່ຕົນມີຢູ່ກັບຄືນມາ. ແລັບທັອບທີ່ຍັງບໍ່ໄດ້ປະສານຂໍ້ມູນນັບແຕ່ນັ້ນມາ: %2.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="231"/>
        <source>sent</source>
        <translation>ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="231"/>
        <source>received</source>
        <translation>ໄດ້ຮັບແລ້ວ</translation>
    </message>
</context>
<context>
    <name>HolidaysBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="37"/>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="68"/>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Day</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Holiday</source>
        <translation>ວັນພັກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Source</source>
        <translation>ແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="46"/>
        <source>Day of the holiday to add</source>
        <translation>ວັນທີຂອງວັນພັກທີ່ຈະເພີ່ມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="50"/>
        <source>Name of the day, e.g. a local festival</source>
        <translation>ຊື່ຂອງວັນ, ເຊັ່ນ: ບຸນປະເພນີທ້ອງຖິ່ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="51"/>
        <source>Name of the holiday to add</source>
        <translation>ຊື່ຂອງວັນພັກທີ່ຈະເພີ່ມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="52"/>
        <source>&amp;Add the day</source>
        <translation>ເພີ່ມວັນພັກ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="54"/>
        <source>The chosen day is &amp;not a day off</source>
        <translation>ວັນທີ່ເລືອກບໍ່ແມ່ນວັນພັກ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="56"/>
        <source>Back to the &amp;defaults…</source>
        <translation>ກັບໄປໃຊ້ຄ່າເລີ່ມຕົ້ນ…(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="62"/>
        <source>Travel warnings use these days (offices closed, no escort, no embassy). The defaults come from a maintained calendar for every year; your changes sync to the organisation&apos;s other laptops.</source>
        <translation>ຄຳເຕືອນກ່ຽວກັບການເດີນທາງໃຊ້ວັນເຫຼົ່ານີ້ (ຫ້ອງການປິດ, ບໍ່ມີຜູ້ຄຸ້ມກັນການເດີນທາງ, ສະຖານທູດບໍ່ເປີດ). ຄ່າເລີ່ມຕົ້ນມາຈາກປະຕິທິນທີ່ມີການປັບປຸງເປັນປະຈຳສຳລັບທຸກປີ; ການປ່ຽນແປງຂອງທ່ານຈະຖືກປະສານຂໍ້ມູນໄປຫາແລັບທັອບເຄື່ອງອື່ນຂອງອົງການ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="100"/>
        <source>added by the organisation</source>
        <translation>ອົງການເພີ່ມເອງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="102"/>
        <source>default</source>
        <translation>ຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="112"/>
        <source>No public holidays are known for this country; add the organisation&apos;s days off below.</source>
        <translation>ບໍ່ມີຂໍ້ມູນວັນພັກລັດຖະການຂອງປະເທດນີ້; ກະລຸນາເພີ່ມວັນພັກຂອງອົງການຢູ່ຂ້າງລຸ່ມ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="130"/>
        <source>{day} is now a day off.</source>
        <translation>ດຽວນີ້ {day} ເປັນວັນພັກແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="135"/>
        <source>Choose a day in the list first.</source>
        <translation>ກະລຸນາເລືອກວັນໃນລາຍການກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="144"/>
        <source>{day} is no longer counted as a day off.</source>
        <translation>{day} ບໍ່ຖືກນັບເປັນວັນພັກອີກຕໍ່ໄປ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="150"/>
        <source>Back to the defaults?</source>
        <translation>ກັບໄປໃຊ້ຄ່າເລີ່ມຕົ້ນບໍ່?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="151"/>
        <source>Forget the organisation&apos;s changes to this country&apos;s holidays?</source>
        <translation>ລຶບລ້າງການປ່ຽນແປງທີ່ອົງການເຮັດກັບວັນພັກຂອງປະເທດນີ້ບໍ່?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="161"/>
        <source>The country&apos;s holidays are the defaults again.</source>
        <translation>ວັນພັກຂອງປະເທດນີ້ກັບເປັນຄ່າເລີ່ມຕົ້ນແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="350"/>
        <source>Import cases from a spreadsheet</source>
        <translation>ນຳເຂົ້າກໍລະນີຈາກໄຟລ໌ຕາຕະລາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="364"/>
        <source>Cases imported from a spreadsheet.</source>
        <translation>ກໍລະນີທີ່ນຳເຂົ້າຈາກໄຟລ໌ຕາຕະລາງ.</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="53"/>
        <source>Open bundle…</source>
        <translation>ເປີດຊຸດຂໍ້ມູນເຂົ້າລະຫັດ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="57"/>
        <source>Passphrase (only for a passphrase bundle)</source>
        <translation>ວະລີລະຫັດຜ່ານ (ສະເພາະຊຸດຂໍ້ມູນເຂົ້າລະຫັດທີ່ໃຊ້ວະລີລະຫັດຜ່ານ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="61"/>
        <source>Open a bundle to see what it would change.</source>
        <translation>ເປີດຊຸດຂໍ້ມູນເຂົ້າລະຫັດ ເພື່ອເບິ່ງວ່າມັນຈະປ່ຽນແປງຫຍັງແດ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="86"/>
        <source>Case</source>
        <translation>ກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="87"/>
        <source>Change</source>
        <translation>ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="88"/>
        <source>Fields</source>
        <translation>ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="89"/>
        <source>Conflicts</source>
        <translation>ຂໍ້ມູນຂັດແຍ່ງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="90"/>
        <source>Shared by the sender</source>
        <translation>ແບ່ງປັນໂດຍຜູ້ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="75"/>
        <source>Apply all of it</source>
        <translation>ນຳໃຊ້ທັງໝົດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="96"/>
        <source>Open a bundle</source>
        <translation>ເປີດຊຸດຂໍ້ມູນເຂົ້າລະຫັດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="96"/>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດ RRR (*.rrrbundle)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="161"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="228"/>
        <source>Applying…</source>
        <translation>ກຳລັງນຳໃຊ້…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="228"/>
        <source>Checking the bundle…</source>
        <translation>ກຳລັງກວດສອບຊຸດຂໍ້ມູນເຂົ້າລະຫັດ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="238"/>
        <source>Applied: {kind} bundle from {org} ({fpr}): {totals}.</source>
        <translation>ນຳໃຊ້ແລ້ວ: ຊຸດຂໍ້ມູນເຂົ້າລະຫັດປະເພດ {kind} ຈາກ {org} ({fpr}): {totals}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="240"/>
        <source>Verified {kind} bundle from {org} ({fpr}), made {when}: {totals}.</source>
        <translation>ກວດສອບແລ້ວ: ຊຸດຂໍ້ມູນເຂົ້າລະຫັດປະເພດ {kind} ຈາກ {org} ({fpr}), ສ້າງເມື່ອ {when}: {totals}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="176"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="247"/>
        <source>nothing to change</source>
        <translation>ບໍ່ມີຫຍັງຕ້ອງປ່ຽນແປງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="250"/>
        <source>Purpose: {purpose}; legal basis: {basis}.</source>
        <translation>ຈຸດປະສົງ: {purpose}; ພື້ນຖານທາງກົດໝາຍ: {basis}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="208"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="257"/>
        <source>%n new case(s) may be a person already known here; check them: {cases}</source>
        <translation>
            <numerusform>ກໍລະນີໃໝ່ %n ກໍລະນີ ອາດເປັນບຸກຄົນທີ່ມີຢູ່ແລ້ວຢູ່ນີ້, ກະລຸນາກວດສອບ: {cases}</numerusform>
            <numerusform>ກໍລະນີໃໝ່ %n ກໍລະນີ ອາດເປັນບຸກຄົນທີ່ມີຢູ່ແລ້ວຢູ່ນີ້, ກະລຸນາກວດສອບ: {cases}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="119"/>
        <source>Bundle</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="119"/>
        <source>Result</source>
        <translation>ຜົນໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="122"/>
        <source>waiting</source>
        <translation>ລໍຖ້ານຳເຂົ້າ</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="126"/>
        <source>%n bundle(s) chosen. Each is applied whole or not at all: one that is refused changes nothing, and the others still apply.</source>
        <translation>
            <numerusform>ເລືອກຊຸດຂໍ້ມູນເຂົ້າລະຫັດແລ້ວ %n ຊຸດ. ແຕ່ລະຊຸດຈະຖືກນຳໃຊ້ທັງໝົດ ຫຼື ບໍ່ນຳໃຊ້ເລີຍ: ຊຸດຂໍ້ມູນເຂົ້າລະຫັດທີ່ຖືກປະຕິເສດຈະບໍ່ປ່ຽນແປງຫຍັງ, ແລະ ຊຸດອື່ນໆຍັງຖືກນຳໃຊ້ຕາມປົກກະຕິ.</numerusform>
            <numerusform>ເລືອກຊຸດຂໍ້ມູນເຂົ້າລະຫັດແລ້ວ %n ຊຸດ. ແຕ່ລະຊຸດຈະຖືກນຳໃຊ້ທັງໝົດ ຫຼື ບໍ່ນຳໃຊ້ເລີຍ: ຊຸດຂໍ້ມູນເຂົ້າລະຫັດທີ່ຖືກປະຕິເສດຈະບໍ່ປ່ຽນແປງຫຍັງ, ແລະ ຊຸດອື່ນໆຍັງຖືກນຳໃຊ້ຕາມປົກກະຕິ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="175"/>
        <source>Applied: {totals}.</source>
        <translation>ນຳໃຊ້ແລ້ວ: {totals}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="183"/>
        <source>Refused: {reason}</source>
        <translation>ຖືກປະຕິເສດ: {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="188"/>
        <source>Imported before; skipped.</source>
        <translation>ເຄີຍນຳເຂົ້າແລ້ວ; ຈຶ່ງຂ້າມໄປ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="191"/>
        <source>Not applied.</source>
        <translation>ບໍ່ໄດ້ນຳໃຊ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="194"/>
        <source>{done} of {total} bundles applied.</source>
        <translation>ນຳໃຊ້ຊຸດຂໍ້ມູນເຂົ້າລະຫັດແລ້ວ {done} ຈາກທັງໝົດ {total} ຊຸດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="198"/>
        <source>Imported before, skipped: {count}.</source>
        <translation>ເຄີຍນຳເຂົ້າແລ້ວ, ຈຶ່ງຂ້າມໄປ: {count} ຊຸດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="202"/>
        <source>Refused, each changing nothing: {count}.</source>
        <translation>ຖືກປະຕິເສດ, ແຕ່ລະຊຸດບໍ່ໄດ້ປ່ຽນແປງຫຍັງ: {count} ຊຸດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="260"/>
        <source>ask your supervisor</source>
        <translation>ກະລຸນາຖາມຫົວໜ້າຂອງທ່ານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="286"/>
        <source>new</source>
        <translation>ໃໝ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="287"/>
        <source>changed</source>
        <translation>ປ່ຽນແປງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="288"/>
        <source>conflict</source>
        <translation>ຂໍ້ມູນຂັດແຍ່ງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="289"/>
        <source>deleted</source>
        <translation>ຖືກລຶບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="290"/>
        <source>unchanged</source>
        <translation>ບໍ່ມີການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="291"/>
        <source>dropped (deleted or anonymised here)</source>
        <translation>ຂ້າມໄປ (ຖືກລຶບ ຫຼື ຖືກລຶບຂໍ້ມູນລະບຸຕົວຕົນແລ້ວຢູ່ເຄື່ອງນີ້)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="185"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="296"/>
        <source>Nothing was imported.</source>
        <translation>ບໍ່ມີຂໍ້ມູນໃດຖືກນຳເຂົ້າ.</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="43"/>
        <source>Intake &amp;date</source>
        <translation>ວັນທີຮັບເຂົ້າ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="44"/>
        <source>&amp;Referred by</source>
        <translation>ສົ່ງຕໍ່ມາໂດຍ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="45"/>
        <source>&amp;Identified as</source>
        <translation>ຖືກລະບຸວ່າເປັນ(&amp;I)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="46"/>
        <source>&amp;Exploitation</source>
        <translation>ການຂູດຮີດ(&amp;E)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="49"/>
        <source>Exploited in (country)</source>
        <translation>ຖືກຂູດຮີດຢູ່ (ປະເທດ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="52"/>
        <source>&amp;Origin country</source>
        <translation>ປະເທດຕົ້ນທາງ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="53"/>
        <source>Origin region</source>
        <translation>ພາກ/ແຂວງຕົ້ນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="54"/>
        <source>&amp;Programme</source>
        <translation>ໂຄງການ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="55"/>
        <source>First &amp;needs</source>
        <translation>ຄວາມຕ້ອງການເບື້ອງຕົ້ນ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="56"/>
        <source>&amp;Screening notes</source>
        <translation>ບັນທຶກການຄັດກອງ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="57"/>
        <source>&amp;Asylum</source>
        <translation>ການຂໍລີ້ໄພ(&amp;A)</translation>
    </message>
</context>
<context>
    <name>LanguagesPicker</name>
    <message>
        <location filename="../rrr_desktop/ui/pickers.py" line="99"/>
        <source>e.g. Khmer, English (the one they read best first)</source>
        <translation>ຕົວຢ່າງ: ຂະເໝນ, ອັງກິດ (ໃສ່ພາສາທີ່ອ່ານໄດ້ດີທີ່ສຸດໄວ້ກ່ອນ)</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="48"/>
        <source>Leg of the journey</source>
        <translation>ຊ່ວງການເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="63"/>
        <source>Mode</source>
        <translation>ຮູບແບບການເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="64"/>
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="65"/>
        <source>To</source>
        <translation>ຫາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="66"/>
        <source>Departs (local time)</source>
        <translation>ອອກເດີນທາງ (ເວລາທ້ອງຖິ່ນ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="67"/>
        <source>Arrives (local time)</source>
        <translation>ເດີນທາງຮອດ (ເວລາທ້ອງຖິ່ນ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="68"/>
        <source>Carrier</source>
        <translation>ບໍລິສັດຂົນສົ່ງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="69"/>
        <source>Escort</source>
        <translation>ຜູ້ຄຸ້ມກັນການເດີນທາງ</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="43"/>
        <source>Caseload by caseworker</source>
        <translation>ຈຳນວນກໍລະນີຕາມພະນັກງານຮັບຜິດຊອບກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="44"/>
        <source>Follow-ups due in the next 14 days</source>
        <translation>ການຕິດຕາມທີ່ຄົບກຳນົດໃນ 14 ມື້ຂ້າງໜ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="45"/>
        <source>Time spent per stage (median days)</source>
        <translation>ເວລາທີ່ໃຊ້ໃນແຕ່ລະຂັ້ນຕອນ (ຈຳນວນມື້ຄ່າມັດທະຍົມ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="46"/>
        <source>Returns this month</source>
        <translation>ການກັບຄືນໃນເດືອນນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="47"/>
        <source>Show</source>
        <translation>ສະແດງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="66"/>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="86"/>
        <source>Caseworker</source>
        <translation>ພະນັກງານຮັບຜິດຊອບກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="67"/>
        <source>Open cases</source>
        <translation>ກໍລະນີທີ່ເປີດຢູ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="68"/>
        <source>Overdue</source>
        <translation>ເກີນກຳນົດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="69"/>
        <source>By stage</source>
        <translation>ຕາມຂັ້ນຕອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="85"/>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="109"/>
        <source>Reference</source>
        <translation>ເລກອ້າງອີງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="87"/>
        <source>Next action</source>
        <translation>ວຽກຕໍ່ໄປ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="88"/>
        <source>Due</source>
        <translation>ກຳນົດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Stage</source>
        <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Completed stays</source>
        <translation>ໄລຍະທີ່ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Median days</source>
        <translation>ຈຳນວນມື້ (ຄ່າມັດທະຍົມ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="110"/>
        <source>Left on</source>
        <translation>ອອກຈາກຂັ້ນຕອນວັນທີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="111"/>
        <source>Country of origin</source>
        <translation>ປະເທດຕົ້ນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="112"/>
        <source>Programme</source>
        <translation>ໂຄງການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="138"/>
        <source>Rows: {n}</source>
        <translation>ຈຳນວນແຖວ: {n}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="144"/>
        <source>The list could not be made.</source>
        <translation>ບໍ່ສາມາດສ້າງລາຍການໄດ້.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="60"/>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="117"/>
        <source>RRR Desktop is locked</source>
        <translation>RRR Desktop ຖືກລັອກຢູ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="77"/>
        <source>Passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="79"/>
        <source>&amp;Unlock</source>
        <translation>ປົດລັອກ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="91"/>
        <source>Set up a new vault or open the demo…</source>
        <translation>ຕັ້ງຄ່າຄັງຂໍ້ມູນໃໝ່ ຫຼື ເປີດຄັງຂໍ້ມູນສາທິດ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="96"/>
        <source>&amp;User</source>
        <translation>ຜູ້ໃຊ້(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="97"/>
        <source>&amp;Passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="117"/>
        <source>Notes</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="119"/>
        <source>Vault: {path}</source>
        <translation>ຄັງຂໍ້ມູນ: {path}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="127"/>
        <source>Demo vault with invented cases only.
User: {user}
Passphrase: {passphrase}</source>
        <translation>ຄັງຂໍ້ມູນສາທິດທີ່ມີສະເພາະກໍລະນີສົມມຸດເທົ່ານັ້ນ.
ຜູ້ໃຊ້: {user}
ວະລີລະຫັດຜ່ານ: {passphrase}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="155"/>
        <source>Enter your user name and passphrase.</source>
        <translation>ກະລຸນາປ້ອນຊື່ຜູ້ໃຊ້ ແລະ ວະລີລະຫັດຜ່ານຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="158"/>
        <source>Unlocking…</source>
        <translation>ກຳລັງປົດລັອກ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="183"/>
        <source>The user name or passphrase is not correct.</source>
        <translation>ຊື່ຜູ້ໃຊ້ ຫຼື ວະລີລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="185"/>
        <source>The vault could not be opened ({kind}).</source>
        <translation>ບໍ່ສາມາດເປີດຄັງຂໍ້ມູນໄດ້ ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="194"/>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="211"/>
        <source>Please wait {seconds} s before the next try.</source>
        <translation>ກະລຸນາລໍຖ້າ {seconds} ວິນາທີ ກ່ອນລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="207"/>
        <source>You can try again now.</source>
        <translation>ທ່ານສາມາດລອງໃໝ່ໄດ້ແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="136"/>
        <source>RRR Desktop — set up</source>
        <translation>RRR Desktop — ຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="146"/>
        <source>Notes</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="148"/>
        <source>RRR Desktop — locked</source>
        <translation>RRR Desktop — ລັອກຢູ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="179"/>
        <source>No recovery key could be made; make one in Settings → Users and roles.</source>
        <translation>ບໍ່ສາມາດສ້າງກະແຈກູ້ຄືນໄດ້; ກະລຸນາສ້າງຢູ່ທີ່ ການຕັ້ງຄ່າ → ຜູ້ໃຊ້ ແລະ ບົດບາດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="202"/>
        <location filename="../rrr_desktop/ui/main_window.py" line="206"/>
        <source>Read only</source>
        <translation>ອ່ານໄດ້ຢ່າງດຽວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="255"/>
        <source>Checking and restoring the backup…</source>
        <translation>ກຳລັງກວດສອບ ແລະ ກູ້ຄືນການສຳຮອງຂໍ້ມູນ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="235"/>
        <source>The backup was restored. Unlock it with its passphrases.</source>
        <translation>ກູ້ຄືນການສຳຮອງຂໍ້ມູນແລ້ວ. ກະລຸນາປົດລັອກຄັງຂໍ້ມູນດ້ວຍວະລີລະຫັດຜ່ານຂອງການສຳຮອງຂໍ້ມູນນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="239"/>
        <source>The vault it replaced is kept in {folder}.</source>
        <translation>ຄັງຂໍ້ມູນເດີມທີ່ຖືກແທນທີ່ ຍັງເກັບໄວ້ຢູ່ໃນ {folder}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="243"/>
        <source>Restored</source>
        <translation>ກູ້ຄືນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="404"/>
        <location filename="../rrr_desktop/ui/main_window.py" line="422"/>
        <source>Vault: {path}</source>
        <translation>ຄັງຂໍ້ມູນ: {path}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="408"/>
        <source>Locked</source>
        <translation>ລັອກຢູ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="412"/>
        <source>User: {name} ({username})</source>
        <translation>ຜູ້ໃຊ້: {name} ({username})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="417"/>
        <source>Organisation: {name}</source>
        <translation>ອົງການ: {name}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="427"/>
        <source>Unlocked — Ctrl+L locks, F12 quick exit</source>
        <translation>ປົດລັອກແລ້ວ — Ctrl+L ເພື່ອລັອກ, F12 ເພື່ອອອກດ່ວນ</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="143"/>
        <source>Which column holds what?</source>
        <translation>ຖັນໃດມີຂໍ້ມູນຫຍັງ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="146"/>
        <source>Columns we recognised are already chosen. Columns set to &apos;not imported&apos; are left out. This choice is remembered for files with the same columns.</source>
        <translation>ຖັນທີ່ລະບົບຮູ້ຈັກໄດ້ຖືກເລືອກໄວ້ແລ້ວ. ຖັນທີ່ຕັ້ງເປັນ &apos;ບໍ່ນຳເຂົ້າ&apos; ຈະຖືກຂ້າມໄປ. ການເລືອກນີ້ຈະຖືກຈື່ໄວ້ສຳລັບໄຟລ໌ທີ່ມີຖັນຄືກັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="154"/>
        <source>Column in the file</source>
        <translation>ຖັນໃນໄຟລ໌</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="154"/>
        <source>Field</source>
        <translation>ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="183"/>
        <source>(not imported)</source>
        <translation>(ບໍ່ນຳເຂົ້າ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="213"/>
        <source>Checking every row…</source>
        <translation>ກຳລັງກວດທຸກແຖວ…</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="59"/>
        <source>Message</source>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="60"/>
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="61"/>
        <source>Sent</source>
        <translation>ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="62"/>
        <source>Received</source>
        <translation>ໄດ້ຮັບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="63"/>
        <source>Due</source>
        <translation>ກຳນົດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="64"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="77"/>
        <source>Date:</source>
        <translation>ວັນທີ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="84"/>
        <source>Mark selected as sent</source>
        <translation>ໝາຍລາຍການທີ່ເລືອກວ່າສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="86"/>
        <source>Mark selected as received</source>
        <translation>ໝາຍລາຍການທີ່ເລືອກວ່າໄດ້ຮັບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="91"/>
        <source>Answer expected within (days):</source>
        <translation>ຄາດວ່າຈະໄດ້ຮັບຄຳຕອບພາຍໃນ (ມື້):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="110"/>
        <source>Referring organisation</source>
        <translation>ອົງການທີ່ສົ່ງຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="112"/>
        <source>Receiving organisation</source>
        <translation>ອົງການຝ່າຍຮັບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="135"/>
        <source>Next: {title}.</source>
        <translation>ຕໍ່ໄປ: {title}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="140"/>
        <source>All six messages are recorded.</source>
        <translation>ໄດ້ບັນທຶກຂໍ້ຄວາມຄົບທັງຫົກຂໍ້ຄວາມແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="143"/>
        <source>Overdue: {titles}.</source>
        <translation>ເກີນກຳນົດ: {titles}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="156"/>
        <source>Overdue</source>
        <translation>ເກີນກຳນົດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="158"/>
        <source>Next</source>
        <translation>ຕໍ່ໄປ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="158"/>
        <source>Not yet</source>
        <translation>ຍັງບໍ່ທັນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="162"/>
        <source>Received</source>
        <comment>status of a message</comment>
        <translation>ໄດ້ຮັບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="163"/>
        <source>Sent</source>
        <comment>status of a message</comment>
        <translation>ສົ່ງແລ້ວ</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="37"/>
        <source>New case</source>
        <translation>ກໍລະນີໃໝ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="57"/>
        <source>&amp;Given name</source>
        <translation>ຊື່(&amp;G)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="58"/>
        <source>&amp;Family name</source>
        <translation>ນາມສະກຸນ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="59"/>
        <source>&amp;Sex</source>
        <translation>ເພດ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="60"/>
        <source>Date of &amp;birth</source>
        <translation>ວັນເດືອນປີເກີດ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="61"/>
        <source>or estimated &amp;age</source>
        <translation>ຫຼື ອາຍຸໂດຍປະມານ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="62"/>
        <source>&amp;Nationality</source>
        <translation>ສັນຊາດ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="63"/>
        <source>&amp;Intake date</source>
        <translation>ວັນທີຮັບເຂົ້າ(&amp;I)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="64"/>
        <source>&amp;Referred by</source>
        <translation>ສົ່ງຕໍ່ມາໂດຍ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="65"/>
        <source>&amp;Origin country</source>
        <translation>ປະເທດຕົ້ນທາງ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="74"/>
        <source>Open the selected case</source>
        <translation>ເປີດກໍລະນີທີ່ເລືອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="134"/>
        <source>Case {reference} created.</source>
        <translation>ສ້າງກໍລະນີ {reference} ແລ້ວ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/new_case.py" line="143"/>
        <source>Possible duplicate: %n case(s) with a similar name, birth year and nationality. Open one of them, or press Save again to create a new case anyway.</source>
        <translation>
            <numerusform>ອາດຈະຊ້ຳກັນ: ມີ %n ກໍລະນີທີ່ມີຊື່, ປີເກີດ ແລະ ສັນຊາດຄ້າຍຄືກັນ. ກະລຸນາເປີດກໍລະນີໃດໜຶ່ງ, ຫຼື ກົດບັນທຶກອີກຄັ້ງເພື່ອສ້າງກໍລະນີໃໝ່ຢູ່ດີ.</numerusform>
            <numerusform>ອາດຈະຊ້ຳກັນ: ມີ %n ກໍລະນີທີ່ມີຊື່, ປີເກີດ ແລະ ສັນຊາດຄ້າຍຄືກັນ. ກະລຸນາເປີດກໍລະນີໃດໜຶ່ງ, ຫຼື ກົດບັນທຶກອີກຄັ້ງເພື່ອສ້າງກໍລະນີໃໝ່ຢູ່ດີ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="150"/>
        <source>A similar person may already be known; ask your supervisor. Press Save again to create a new case anyway.</source>
        <translation>ອາດມີບຸກຄົນທີ່ຄ້າຍຄືກັນຖືກບັນທຶກໄວ້ແລ້ວ; ກະລຸນາສອບຖາມຫົວໜ້າຄຸ້ມງານຂອງທ່ານ. ກົດບັນທຶກອີກຄັ້ງເພື່ອສ້າງກໍລະນີໃໝ່ຢູ່ດີ.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="47"/>
        <source>for a contact: the person, the family, a partner</source>
        <translation>ສຳລັບການຕິດຕໍ່: ຜູ້ຮັບການຊ່ວຍເຫຼືອ, ຄອບຄົວ, ຄູ່ຮ່ວມງານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="53"/>
        <source>&amp;Kind</source>
        <translation>ປະເພດ(&amp;K)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="54"/>
        <source>&amp;With whom</source>
        <translation>ກັບໃຜ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="55"/>
        <source>&amp;New note</source>
        <translation>ບັນທຶກໃໝ່(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="58"/>
        <source>A new note is saved with Save (Ctrl+S) like the other sections, signed with your name and today&apos;s date. Saved notes are not changed: write a new note to correct one.</source>
        <translation>ບັນທຶກໃໝ່ຈະຖືກເກັບດ້ວຍປຸ່ມ “ບັນທຶກ” (Ctrl+S) ຄືກັບພາກສ່ວນອື່ນໆ, ພ້ອມລົງຊື່ຂອງທ່ານ ແລະ ວັນທີຂອງມື້ນີ້. ບັນທຶກທີ່ເກັບໄວ້ແລ້ວຈະບໍ່ຖືກປ່ຽນແປງ: ເພື່ອແກ້ໄຂ, ກະລຸນາຂຽນບັນທຶກໃໝ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="72"/>
        <source>Notes written so far, newest first</source>
        <translation>ບັນທຶກທີ່ຂຽນໄວ້ຈົນເຖິງປັດຈຸບັນ, ລ່າສຸດຢູ່ເທິງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="111"/>
        <source>No notes yet. Write what was said or done, and with whom; it stays in this case file and is never sent in a referral.</source>
        <translation>ຍັງບໍ່ມີບັນທຶກ. ກະລຸນາຂຽນສິ່ງທີ່ໄດ້ເວົ້າ ຫຼື ໄດ້ເຮັດ, ແລະ ກັບໃຜ; ບັນທຶກຈະຢູ່ໃນແຟ້ມກໍລະນີນີ້ ແລະ ຈະບໍ່ຖືກສົ່ງໄປກັບການສົ່ງຕໍ່ເດັດຂາດ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="118"/>
        <source>%n note(s), newest first</source>
        <translation>
            <numerusform>ບັນທຶກ %n ລາຍການ, ລ່າສຸດຢູ່ເທິງ</numerusform>
            <numerusform>ບັນທຶກ %n ລາຍການ, ລ່າສຸດຢູ່ເທິງ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="122"/>
        <source>{date} · {kind} · by {who}</source>
        <translation>{date} · {kind} · ໂດຍ {who}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="128"/>
        <source>with {whom}</source>
        <translation>ກັບ {whom}</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="42"/>
        <source>Recipient</source>
        <translation>ຜູ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="44"/>
        <source>Protect with a passphrase instead (recipient&apos;s card not known yet)</source>
        <translation>ປ້ອງກັນດ້ວຍວະລີລະຫັດຜ່ານແທນ (ຍັງບໍ່ມີບັດຕິດຕໍ່ຂອງຜູ້ຮັບ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="49"/>
        <source>Receiving organisation, as named in the consent</source>
        <translation>ອົງການຝ່າຍຮັບ ຕາມຊື່ທີ່ລະບຸໃນການຍິນຍອມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="53"/>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="54"/>
        <source>Passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="58"/>
        <source>Referral to a receiving organisation</source>
        <translation>ການສົ່ງຕໍ່ໄປຫາອົງການຝ່າຍຮັບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="59"/>
        <source>Status report to the referring organisation</source>
        <translation>ລາຍງານສະຖານະໄປຫາອົງການທີ່ສົ່ງຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="60"/>
        <source>Sync with a device of this organisation</source>
        <translation>ປະສານຂໍ້ມູນກັບອຸປະກອນຂອງອົງການນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="63"/>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="66"/>
        <source>Case references, separated by commas</source>
        <translation>ເລກອ້າງອີງກໍລະນີ, ຂັ້ນດ້ວຍເຄື່ອງໝາຍຈຸດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="67"/>
        <source>Cases</source>
        <translation>ກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="71"/>
        <source>Choose folder or drive…</source>
        <translation>ເລືອກໂຟນເດີ ຫຼື ໄດຣຟ໌…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="75"/>
        <source>Write to</source>
        <translation>ຂຽນໄປທີ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="78"/>
        <source>Show what will be sent</source>
        <translation>ສະແດງສິ່ງທີ່ຈະຖືກສົ່ງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="80"/>
        <source>Write bundle</source>
        <translation>ຂຽນຊຸດຂໍ້ມູນເຂົ້າລະຫັດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="89"/>
        <source>What leaves this organisation:</source>
        <translation>ຂໍ້ມູນທີ່ຈະອອກຈາກອົງການນີ້:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="114"/>
        <source>Folder or removable drive</source>
        <translation>ໂຟນເດີ ຫຼື ໄດຣຟ໌ແບບຖອດໄດ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="132"/>
        <source>Only referrals are filtered by consent; a status report carries follow-up status and the six messages.</source>
        <translation>ສະເພາະການສົ່ງຕໍ່ເທົ່ານັ້ນທີ່ຖືກກັ່ນຕອງຕາມການຍິນຍອມ; ລາຍງານສະຖານະຈະມີສະຖານະການຕິດຕາມ ແລະ ຂໍ້ຄວາມທັງຫົກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="146"/>
        <source>{ref}: {n} fields are sent</source>
        <translation>{ref}: ສົ່ງ {n} ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="161"/>
        <source>Never sent (kept in the organisation):</source>
        <translation>ບໍ່ສົ່ງເລີຍ (ເກັບໄວ້ໃນອົງການ):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="163"/>
        <source>Kept here (files not marked as ones to share):</source>
        <translation>ເກັບໄວ້ບ່ອນນີ້ (ໄຟລ໌ທີ່ບໍ່ໄດ້ໝາຍໃຫ້ແບ່ງປັນ):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="164"/>
        <source>Withheld until the person consents to: {purpose}</source>
        <translation>ບໍ່ສົ່ງຈົນກວ່າຜູ້ຮັບການຊ່ວຍເຫຼືອຈະຍິນຍອມເລື່ອງ: {purpose}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="171"/>
        <source>Choose a folder or drive to write the bundle to.</source>
        <translation>ກະລຸນາເລືອກໂຟນເດີ ຫຼື ໄດຣຟ໌ທີ່ຈະຂຽນຊຸດຂໍ້ມູນເຂົ້າລະຫັດໄປໃສ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="194"/>
        <source>Wrote {name}: {n} records.</source>
        <translation>ຂຽນ {name} ແລ້ວ: {n} ລາຍການ.</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="37"/>
        <source>Save my contact card…</source>
        <translation>ບັນທຶກບັດຕິດຕໍ່ຂອງຂ້ອຍ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="38"/>
        <source>Add a contact card…</source>
        <translation>ເພີ່ມບັດຕິດຕໍ່…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="39"/>
        <source>Compare fingerprint and trust…</source>
        <translation>ປຽບທຽບລາຍນິ້ວມືດິຈິຕອນ ແລະ ເຊື່ອຖື…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="49"/>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="50"/>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="51"/>
        <source>Device</source>
        <translation>ອຸປະກອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="52"/>
        <source>Fingerprint</source>
        <translation>ລາຍນິ້ວມືດິຈິຕອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="53"/>
        <source>Trusted</source>
        <translation>ເຊື່ອຖືແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="69"/>
        <source>This installation&apos;s fingerprint: &lt;b&gt;{fpr}&lt;/b&gt;&lt;br&gt;Read it out to the other side, by phone or in person, before they trust your card.</source>
        <translation>ລາຍນິ້ວມືດິຈິຕອນຂອງການຕິດຕັ້ງນີ້: &lt;b&gt;{fpr}&lt;/b&gt;&lt;br&gt;ກະລຸນາອ່ານໃຫ້ອີກຝ່າຍໜຶ່ງຟັງ ທາງໂທລະສັບ ຫຼື ພົບກັນໂດຍກົງ ກ່ອນທີ່ເຂົາເຈົ້າຈະເຊື່ອຖືບັດຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="82"/>
        <source>yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="82"/>
        <source>no</source>
        <translation>ບໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="90"/>
        <source>Save contact card</source>
        <translation>ບັນທຶກບັດຕິດຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="92"/>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="102"/>
        <source>Contact cards (*.rrrcard)</source>
        <translation>ບັດຕິດຕໍ່ (*.rrrcard)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="102"/>
        <source>Add a contact card</source>
        <translation>ເພີ່ມບັດຕິດຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="117"/>
        <source>Contact card added</source>
        <translation>ເພີ່ມບັດຕິດຕໍ່ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="119"/>
        <source>{org} was added but is not trusted yet. Compare the fingerprint {fpr} with them by phone or in person, then trust the card.</source>
        <translation>ໄດ້ເພີ່ມ {org} ແລ້ວ ແຕ່ຍັງບໍ່ໄດ້ເຊື່ອຖື. ກະລຸນາປຽບທຽບລາຍນິ້ວມືດິຈິຕອນ {fpr} ກັບເຂົາເຈົ້າ ທາງໂທລະສັບ ຫຼື ພົບກັນໂດຍກົງ, ຈາກນັ້ນຈຶ່ງເຊື່ອຖືບັດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="134"/>
        <source>Compare the fingerprint</source>
        <translation>ປຽບທຽບລາຍນິ້ວມືດິຈິຕອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="135"/>
        <source>Ask the other side to read out their fingerprint and type it here:</source>
        <translation>ກະລຸນາຂໍໃຫ້ອີກຝ່າຍໜຶ່ງອ່ານລາຍນິ້ວມືດິຈິຕອນຂອງເຂົາເຈົ້າ ແລະ ພິມໃສ່ບ່ອນນີ້:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="144"/>
        <source>Fingerprints differ</source>
        <translation>ລາຍນິ້ວມືດິຈິຕອນບໍ່ກົງກັນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="146"/>
        <source>The fingerprint you typed is not the one on the card: do not trust this card; ask for a new one.</source>
        <translation>ລາຍນິ້ວມືດິຈິຕອນທີ່ທ່ານພິມບໍ່ກົງກັບທີ່ຢູ່ໃນບັດ: ຢ່າເຊື່ອຖືບັດນີ້; ກະລຸນາຂໍບັດໃໝ່.</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="40"/>
        <source>phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="41"/>
        <source>email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="42"/>
        <source>address</source>
        <translation>ທີ່ຢູ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="43"/>
        <source>messenger</source>
        <translation>ແອັບສົ່ງຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="61"/>
        <source>separated by commas</source>
        <translation>ຂັ້ນດ້ວຍເຄື່ອງໝາຍຈຸດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="63"/>
        <source>as the person writes it, e.g. ស្រីមុំ</source>
        <translation>ຕາມທີ່ບຸກຄົນນັ້ນຂຽນເອງ, ຕົວຢ່າງ: ស្រីមុំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="72"/>
        <source>&amp;Given name</source>
        <translation>ຊື່(&amp;G)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="73"/>
        <source>&amp;Family name</source>
        <translation>ນາມສະກຸນ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="74"/>
        <source>Other names</source>
        <translation>ຊື່ອື່ນໆ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="75"/>
        <source>Name in own scrip&amp;t</source>
        <translation>ຊື່ຕາມຕົວອັກສອນຂອງຕົນເອງ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="76"/>
        <source>&amp;Sex</source>
        <translation>ເພດ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="77"/>
        <source>Date of &amp;birth</source>
        <translation>ວັນເດືອນປີເກີດ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="78"/>
        <source>Estimated &amp;age</source>
        <translation>ອາຍຸໂດຍປະມານ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="79"/>
        <source>&amp;Nationality</source>
        <translation>ສັນຊາດ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="80"/>
        <source>&amp;Languages</source>
        <translation>ພາສາ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="81"/>
        <source>Own &amp;wishes</source>
        <translation>ຄວາມປະສົງຂອງຕົນເອງ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="123"/>
        <source>Contact</source>
        <translation>ຂໍ້ມູນຕິດຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Safe to use</source>
        <translation>ປອດໄພທີ່ຈະໃຊ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="93"/>
        <source>Add contact</source>
        <translation>ເພີ່ມຂໍ້ມູນຕິດຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="95"/>
        <source>Remove contact</source>
        <translation>ເອົາຂໍ້ມູນຕິດຕໍ່ອອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="100"/>
        <source>Guardian (required for a child)</source>
        <translation>ຜູ້ປົກຄອງ (ຈຳເປັນສຳລັບເດັກ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="112"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="114"/>
        <source>Relation</source>
        <translation>ຄວາມສຳພັນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="118"/>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="127"/>
        <source>Appointed on</source>
        <translation>ແຕ່ງຕັ້ງວັນທີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="136"/>
        <source>Contacts (mark unsafe ones)</source>
        <translation>ຂໍ້ມູນຕິດຕໍ່ (ໝາຍອັນທີ່ບໍ່ປອດໄພ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="178"/>
        <source>This person is a child: a guardian must be recorded.</source>
        <translation>ຜູ້ຮັບການຊ່ວຍເຫຼືອຄົນນີ້ເປັນເດັກ: ຕ້ອງບັນທຶກຜູ້ປົກຄອງ.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="62"/>
        <source>Reintegration plan</source>
        <translation>ແຜນການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="73"/>
        <source>Plan</source>
        <translation>ແຜນການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="77"/>
        <source>Make a new version</source>
        <translation>ສ້າງສະບັບໃໝ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="82"/>
        <source>Save this version as PDF…</source>
        <translation>ບັນທຶກສະບັບນີ້ເປັນ PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="85"/>
        <source>Version:</source>
        <translation>ສະບັບ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="92"/>
        <source>Write what the person wants, as they say it.</source>
        <translation>ຂຽນສິ່ງທີ່ຜູ້ຮັບການຊ່ວຍເຫຼືອຕ້ອງການ ຕາມທີ່ເຂົາເຈົ້າເວົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="97"/>
        <source>&lt;b&gt;The person&apos;s wishes, in their own words&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຄວາມປະສົງຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອ ຕາມຄຳເວົ້າຂອງເຂົາເຈົ້າເອງ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="98"/>
        <source>&lt;b&gt;The caseworker&apos;s proposal&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຂໍ້ສະເໜີຂອງພະນັກງານຮັບຜິດຊອບກໍລະນີ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="105"/>
        <source>Not chosen yet</source>
        <translation>ຍັງບໍ່ໄດ້ເລືອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="108"/>
        <source>Set where the person goes</source>
        <translation>ກຳນົດບ່ອນທີ່ຜູ້ຮັບການຊ່ວຍເຫຼືອຈະໄປ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="111"/>
        <source>Where the person goes:</source>
        <translation>ບ່ອນທີ່ຜູ້ຮັບການຊ່ວຍເຫຼືອຈະໄປ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="122"/>
        <source>Component / action</source>
        <translation>ອົງປະກອບ / ກິດຈະກຳ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="123"/>
        <source>Goal / description</source>
        <translation>ເປົ້າໝາຍ / ລາຍລະອຽດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="124"/>
        <source>Responsible</source>
        <translation>ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="125"/>
        <source>Due</source>
        <translation>ກຳນົດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="126"/>
        <source>Budget</source>
        <translation>ງົບປະມານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="127"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="135"/>
        <source>Add a component…</source>
        <translation>ເພີ່ມອົງປະກອບ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="137"/>
        <source>Add an action to the selected component…</source>
        <translation>ເພີ່ມກິດຈະກຳໃສ່ອົງປະກອບທີ່ເລືອກ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="142"/>
        <source>Set the status of the selected line</source>
        <translation>ກຳນົດສະຖານະຂອງແຖວທີ່ເລືອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="176"/>
        <source>{version} — {on}, {by}</source>
        <translation>{version} — {on}, {by}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="204"/>
        <source>An earlier version: read-only. The latest version is the plan in force.</source>
        <translation>ສະບັບກ່ອນໜ້າ: ອ່ານໄດ້ຢ່າງດຽວ. ສະບັບຫຼ້າສຸດແມ່ນແຜນການທີ່ມີຜົນບັງຄັບໃຊ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="208"/>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="208"/>
        <source>Start the plan</source>
        <translation>ເລີ່ມແຜນການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="325"/>
        <source>Select a component first.</source>
        <translation>ກະລຸນາເລືອກອົງປະກອບກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="352"/>
        <source>Select a component or an action first.</source>
        <translation>ກະລຸນາເລືອກອົງປະກອບ ຫຼື ກິດຈະກຳກ່ອນ.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="221"/>
        <source>Check before importing</source>
        <translation>ກວດກາກ່ອນນຳເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Row</source>
        <translation>ແຖວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Column</source>
        <translation>ຖັນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Why it is refused</source>
        <translation>ເຫດຜົນທີ່ຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="244"/>
        <source>{refused} of {total} rows are refused, listed below with the reason. Nothing will be imported until the file is corrected: fix it, then go back and choose it again.</source>
        <translation>{refused} ແຖວ ຈາກທັງໝົດ {total} ແຖວ ຖືກປະຕິເສດ, ສະແດງຢູ່ຂ້າງລຸ່ມພ້ອມເຫດຜົນ. ຈະບໍ່ມີຂໍ້ມູນໃດຖືກນຳເຂົ້າ ຈົນກວ່າໄຟລ໌ຈະຖືກແກ້ໄຂ: ກະລຸນາແກ້ໄຂໄຟລ໌, ຈາກນັ້ນກັບຄືນໄປເລືອກມັນອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="250"/>
        <source>The file has no rows to import.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ມີແຖວທີ່ຈະນຳເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="252"/>
        <source>All {n} rows can be imported. Columns left out: {ignored}.</source>
        <translation>ສາມາດນຳເຂົ້າໄດ້ທັງໝົດ {n} ແຖວ. ຖັນທີ່ຖືກຂ້າມ: {ignored}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="253"/>
        <source>none</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="257"/>
        <source>{n} rows look like persons already in the vault (rows {rows}); check this is not a file imported before.</source>
        <translation>ມີ {n} ແຖວທີ່ຄ້າຍຄືບຸກຄົນທີ່ມີຢູ່ໃນຄັງຂໍ້ມູນແລ້ວ (ແຖວ {rows}); ກະລຸນາກວດເບິ່ງວ່າບໍ່ແມ່ນໄຟລ໌ທີ່ເຄີຍນຳເຂົ້າມາກ່ອນ.</translation>
    </message>
</context>
<context>
    <name>PrintTab</name>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="118"/>
        <source>Pre-departure checklist</source>
        <translation>ລາຍການກວດກາກ່ອນການເດີນທາງອອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="119"/>
        <source>Information sheet for the person</source>
        <translation>ເອກະສານຂໍ້ມູນສຳລັບຜູ້ຮັບການຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="121"/>
        <source>Travel-document request to the embassy</source>
        <translation>ໜັງສືຂໍເອກະສານເດີນທາງເຖິງສະຖານທູດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="123"/>
        <source>What we hold about the person (for them)</source>
        <translation>ຂໍ້ມູນກ່ຽວກັບຜູ້ຮັບການຊ່ວຍເຫຼືອທີ່ພວກເຮົາເກັບໄວ້ (ສະບັບສຳລັບເຈົ້າຕົວ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="131"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="132"/>
        <source>US Letter</source>
        <translation>Letter (ສະຫະລັດ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="136"/>
        <source>Print the person&apos;s name (otherwise only the case reference)</source>
        <translation>ພິມຊື່ຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອ (ຖ້າບໍ່ດັ່ງນັ້ນ ຈະພິມສະເພາະເລກອ້າງອີງກໍລະນີ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="143"/>
        <source>The name the embassy will read: only a name a supervisor confirmed as neutral for this embassy.</source>
        <translation>ຊື່ທີ່ສະຖານທູດຈະອ່ານ: ສະເພາະຊື່ທີ່ຫົວໜ້າຄຸ້ມງານໄດ້ຢືນຢັນແລ້ວວ່າເປັນກາງສຳລັບສະຖານທູດນີ້ເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="149"/>
        <source>Confirm as the neutral name for this embass&amp;y</source>
        <translation>ຢືນຢັນເປັນຊື່ທີ່ເປັນກາງສຳລັບສະຖານທູດນີ້(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="158"/>
        <source>travel document</source>
        <translation>ເອກະສານເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="164"/>
        <source>&amp;Document:</source>
        <translation>ເອກະສານ(&amp;D):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="165"/>
        <source>&amp;Language of the person:</source>
        <translation>ພາສາຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອ(&amp;L):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="166"/>
        <source>&amp;Paper:</source>
        <translation>ເຈ້ຍ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="168"/>
        <source>Organisation in the &amp;letter:</source>
        <translation>ອົງການໃນໜັງສື(&amp;L):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="170"/>
        <source>Document &amp;needed:</source>
        <translation>ເອກະສານທີ່ຕ້ອງການ(&amp;N):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="173"/>
        <source>Pre&amp;view…</source>
        <translation>ເບິ່ງຕົວຢ່າງ…(&amp;V)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="174"/>
        <source>&amp;Save PDF…</source>
        <translation>ບັນທຶກ PDF…(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="176"/>
        <source>P&amp;rint…</source>
        <translation>ພິມ…(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="177"/>
        <source>C&amp;heck a printout…</source>
        <translation>ກວດສອບເອກະສານພິມ…(&amp;H)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="224"/>
        <source>No neutral name confirmed for this embassy yet</source>
        <translation>ຍັງບໍ່ມີຊື່ທີ່ເປັນກາງທີ່ຢືນຢັນແລ້ວສຳລັບສະຖານທູດນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="238"/>
        <source>Letters to this embassy will carry “{name}”.</source>
        <translation>ໜັງສືເຖິງສະຖານທູດນີ້ຈະໃຊ້ຊື່ “{name}”.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="254"/>
        <source>The texts in this language are a draft that a native speaker still has to review.</source>
        <translation>ຂໍ້ຄວາມໃນພາສານີ້ເປັນສະບັບຮ່າງ ທີ່ຍັງຕ້ອງໃຫ້ເຈົ້າຂອງພາສາກວດແກ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="294"/>
        <source>Not printed: {reason}</source>
        <translation>ບໍ່ໄດ້ພິມ: {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="295"/>
        <source>Not printed</source>
        <translation>ບໍ່ໄດ້ພິມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="309"/>
        <source>Print preview</source>
        <translation>ເບິ່ງຕົວຢ່າງກ່ອນພິມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="333"/>
        <source>Sent to the printer.</source>
        <translation>ສົ່ງໄປຫາເຄື່ອງພິມແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="346"/>
        <source>Save PDF</source>
        <translation>ບັນທຶກ PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="348"/>
        <source>PDF files (*.pdf)</source>
        <translation>ໄຟລ໌ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="375"/>
        <source>Writing the PDF…</source>
        <translation>ກຳລັງຂຽນ PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="381"/>
        <source>Saved {file} ({pages} pages).</source>
        <translation>ບັນທຶກ {file} ແລ້ວ ({pages} ໜ້າ).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="384"/>
        <source>The journey&apos;s dates are in the past: check them before the sheet is handed over (the sheet says so too).</source>
        <translation>ວັນທີຂອງການເດີນທາງໄດ້ຜ່ານໄປແລ້ວ: ກະລຸນາກວດສອບກ່ອນມອບເອກະສານຂໍ້ມູນ (ໃນເອກະສານກໍບອກໄວ້ເຊັ່ນກັນ).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="395"/>
        <source>The PDF could not be written.</source>
        <translation>ບໍ່ສາມາດຂຽນ PDF ໄດ້.</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/common.py" line="19"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="17"/>
        <source>Recovery key</source>
        <translation>ກະແຈກູ້ຄືນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="20"/>
        <source>Write this recovery key on paper, check it twice, and lock it away, apart from the laptop. It opens the vault when every passphrase is forgotten. It is shown only now; a new key can be made later, and the old one then stops working.</source>
        <translation>ກະລຸນາຂຽນກະແຈກູ້ຄືນນີ້ໃສ່ເຈ້ຍ, ກວດສອບສອງຄັ້ງ, ແລະ ເກັບໄວ້ໃນບ່ອນທີ່ລັອກໄດ້ ແຍກຕ່າງຫາກຈາກແລັບທັອບ. ກະແຈນີ້ໃຊ້ເປີດຄັງຂໍ້ມູນເມື່ອລືມວະລີລະຫັດຜ່ານທັງໝົດ. ມັນຈະສະແດງສະເພາະຕອນນີ້ເທົ່ານັ້ນ; ສາມາດສ້າງກະແຈໃໝ່ໄດ້ພາຍຫຼັງ, ແລະ ເມື່ອນັ້ນກະແຈເກົ່າຈະໃຊ້ບໍ່ໄດ້ອີກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="38"/>
        <source>I have written it down</source>
        <translation>ຂ້ອຍໄດ້ຂຽນໄວ້ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="59"/>
        <source>Reports</source>
        <translation>ບົດລາຍງານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="61"/>
        <source>Statistics</source>
        <translation>ສະຖິຕິ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="63"/>
        <source>Operational lists</source>
        <translation>ລາຍການສຳລັບການປະຕິບັດງານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="77"/>
        <source>(nothing: a simple table)</source>
        <translation>(ບໍ່ມີ: ຕາຕະລາງແບບງ່າຍ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="82"/>
        <source>Standard donor tables (sex, age group, sector, country of origin)</source>
        <translation>ຕາຕະລາງມາດຕະຖານສຳລັບຜູ້ໃຫ້ທຶນ (ເພດ, ກຸ່ມອາຍຸ, ຂະແໜງການ, ປະເທດຕົ້ນທາງ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="86"/>
        <source>Count persons by</source>
        <translation>ນັບຈຳນວນບຸກຄົນຕາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="88"/>
        <source>and by</source>
        <translation>ແລະ ຕາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="91"/>
        <source>Only persons taken in from</source>
        <translation>ສະເພາະບຸກຄົນທີ່ຮັບເຂົ້າຕັ້ງແຕ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="103"/>
        <source>to</source>
        <translation>ຫາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="107"/>
        <source>Programme</source>
        <translation>ໂຄງການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="109"/>
        <source>Hide counts below</source>
        <translation>ເຊື່ອງຈຳນວນທີ່ຕ່ຳກວ່າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="118"/>
        <source>and the counts that would reveal them (needed for anything that leaves the organisation)</source>
        <translation>ແລະ ຈຳນວນທີ່ອາດເປີດເຜີຍຕົວເລກເຫຼົ່ານັ້ນ (ຈຳເປັນສຳລັບທຸກຢ່າງທີ່ສົ່ງອອກນອກອົງການ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="129"/>
        <source>Build the report</source>
        <translation>ສ້າງບົດລາຍງານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="132"/>
        <source>Export CSV…</source>
        <translation>ສົ່ງອອກ CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="134"/>
        <source>Export PDF…</source>
        <translation>ສົ່ງອອກ PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="136"/>
        <source>Import cases from a spreadsheet…</source>
        <translation>ນຳເຂົ້າກໍລະນີຈາກໄຟລ໌ຕາຕະລາງ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="165"/>
        <source>All programmes</source>
        <translation>ທຸກໂຄງການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="199"/>
        <source>Counting…</source>
        <translation>ກຳລັງນັບ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="217"/>
        <source>{n} persons counted.</source>
        <translation>ນັບໄດ້ {n} ຄົນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="225"/>
        <source>The report could not be made.</source>
        <translation>ບໍ່ສາມາດສ້າງບົດລາຍງານໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="237"/>
        <source>Export without hiding small counts?</source>
        <translation>ສົ່ງອອກໂດຍບໍ່ເຊື່ອງຈຳນວນນ້ອຍບໍ່?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="239"/>
        <source>This report shows every count, even of one or two persons. Files sent outside the organisation must hide small counts. Export anyway?</source>
        <translation>ບົດລາຍງານນີ້ສະແດງທຸກຈຳນວນ, ເຖິງແມ່ນຈະມີພຽງໜຶ່ງ ຫຼື ສອງຄົນ. ໄຟລ໌ທີ່ສົ່ງອອກນອກອົງການຕ້ອງເຊື່ອງຈຳນວນນ້ອຍ. ສົ່ງອອກຢູ່ດີບໍ່?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="257"/>
        <source>Export CSV</source>
        <translation>ສົ່ງອອກ CSV</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="257"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="268"/>
        <source>Writing the CSV…</source>
        <translation>ກຳລັງຂຽນ CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="276"/>
        <source>Saved {n} CSV file(s).</source>
        <translation>ບັນທຶກໄຟລ໌ CSV ແລ້ວ {n} ໄຟລ໌.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="285"/>
        <source>Export PDF</source>
        <translation>ສົ່ງອອກ PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="285"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="294"/>
        <source>Writing the PDF…</source>
        <translation>ກຳລັງຂຽນ PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="303"/>
        <source>Saved the PDF ({n} pages).</source>
        <translation>ບັນທຶກ PDF ແລ້ວ ({n} ໜ້າ).</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="35"/>
        <source>Reference</source>
        <translation>ເລກອ້າງອີງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="36"/>
        <source>Closed on</source>
        <translation>ປິດວັນທີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="37"/>
        <source>Why closed</source>
        <translation>ເຫດຜົນທີ່ປິດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="38"/>
        <source>Kept until</source>
        <translation>ເກັບຮັກສາໄວ້ຮອດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="41"/>
        <source>&amp;Review now</source>
        <translation>ກວດສອບດຽວນີ້(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="43"/>
        <source>A&amp;nonymise…</source>
        <translation>ລຶບຂໍ້ມູນລະບຸຕົວຕົນ…(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="45"/>
        <source>&amp;Delete…</source>
        <translation>ລຶບ…(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="51"/>
        <source>Closed cases are kept for their retention period, then anonymised (the counts stay for reports, nothing that names or locates the person) or deleted. Both are final on every laptop of the organisation.</source>
        <translation>ກໍລະນີທີ່ປິດແລ້ວຈະຖືກເກັບຮັກສາໄວ້ຕາມໄລຍະເກັບຮັກສາຂໍ້ມູນ, ຈາກນັ້ນຈະຖືກລຶບຂໍ້ມູນລະບຸຕົວຕົນ (ຈຳນວນຍັງຄົງຢູ່ສຳລັບບົດລາຍງານ, ແຕ່ບໍ່ມີຫຍັງທີ່ບອກຊື່ ຫຼື ບອກທີ່ຢູ່ຂອງບຸກຄົນນັ້ນ) ຫຼື ຖືກລຶບ. ທັງສອງຢ່າງບໍ່ສາມາດກັບຄືນໄດ້ ໃນທຸກແລັບທັອບຂອງອົງການ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="75"/>
        <source>Looking for closed cases past their retention date…</source>
        <translation>ກຳລັງຊອກຫາກໍລະນີທີ່ປິດແລ້ວ ແລະ ເລີຍກຳນົດໄລຍະເກັບຮັກສາຂໍ້ມູນ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="83"/>
        <source>That did not work ({kind}).</source>
        <translation>ດຳເນີນການບໍ່ສຳເລັດ ({kind}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="102"/>
        <source>%n closed case(s) past their retention date.</source>
        <translation>
            <numerusform>ກໍລະນີທີ່ປິດແລ້ວ %n ກໍລະນີ ເລີຍກຳນົດໄລຍະເກັບຮັກສາຂໍ້ມູນ.</numerusform>
            <numerusform>ກໍລະນີທີ່ປິດແລ້ວ %n ກໍລະນີ ເລີຍກຳນົດໄລຍະເກັບຮັກສາຂໍ້ມູນ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="104"/>
        <source>No case is due. &quot;Review now&quot; looks again.</source>
        <translation>ບໍ່ມີກໍລະນີທີ່ຮອດກຳນົດ. ກົດ “ກວດສອບດຽວນີ້” ເພື່ອຊອກຫາອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="112"/>
        <source>Choose a case in the list first.</source>
        <translation>ກະລຸນາເລືອກກໍລະນີໃນລາຍການກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="118"/>
        <source>Anonymise {reference}? Names, contacts, notes, files and the story are removed for good; the counts stay.</source>
        <translation>ລຶບຂໍ້ມູນລະບຸຕົວຕົນຂອງ {reference} ບໍ່? ຊື່, ຂໍ້ມູນຕິດຕໍ່, ບັນທຶກ, ໄຟລ໌ ແລະ ເລື່ອງລາວຂອງບຸກຄົນນັ້ນ ຈະຖືກລຶບອອກຢ່າງຖາວອນ; ຈຳນວນຍັງຄົງຢູ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="122"/>
        <source>Delete {reference}? Nothing of it stays, on any laptop.</source>
        <translation>ລຶບ {reference} ບໍ່? ຈະບໍ່ມີຂໍ້ມູນໃດຂອງກໍລະນີນີ້ເຫຼືອຢູ່ ໃນແລັບທັອບເຄື່ອງໃດເລີຍ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="124"/>
        <source>Retention</source>
        <translation>ໄລຍະເກັບຮັກສາຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="138"/>
        <source>{reference} was anonymised.</source>
        <translation>{reference} ຖືກລຶບຂໍ້ມູນລະບຸຕົວຕົນແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="140"/>
        <source>{reference} was deleted.</source>
        <translation>ລຶບ {reference} ແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="56"/>
        <source>Return cannot be marked ready because:</source>
        <translation>ບໍ່ສາມາດໝາຍວ່າພ້ອມສຳລັບການກັບຄືນໄດ້ ເນື່ອງຈາກ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="56"/>
        <source>Nothing blocks the return.</source>
        <translation>ບໍ່ມີສິ່ງໃດກີດຂວາງການກັບຄືນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="82"/>
        <source>New security assessment</source>
        <translation>ການປະເມີນຄວາມປອດໄພໃໝ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="85"/>
        <source>Factor</source>
        <translation>ປັດໄຈ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="86"/>
        <source>Concern</source>
        <translation>ຄວາມກັງວົນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="87"/>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="101"/>
        <source>Overall finding:</source>
        <translation>ຜົນສະຫຼຸບລວມ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="108"/>
        <source>Mitigations:</source>
        <translation>ມາດຕະການຫຼຸດຜ່ອນຄວາມສ່ຽງ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="113"/>
        <source>Record assessment</source>
        <translation>ບັນທຶກການປະເມີນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="120"/>
        <source>Supervisor override</source>
        <translation>ການອະນຸມັດຍົກເວັ້ນໂດຍຫົວໜ້າຄຸ້ມງານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="130"/>
        <source>Reason (required, at least {n} characters)</source>
        <translation>ເຫດຜົນ (ຈຳເປັນ, ຢ່າງໜ້ອຍ {n} ຕົວອັກສອນ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="136"/>
        <source>Record override</source>
        <translation>ບັນທຶກການອະນຸມັດຍົກເວັ້ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="140"/>
        <source>Revoke this kind of override</source>
        <translation>ຍົກເລີກການອະນຸມັດຍົກເວັ້ນປະເພດນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="155"/>
        <source>No security assessment has been made yet.</source>
        <translation>ຍັງບໍ່ມີການປະເມີນຄວາມປອດໄພເທື່ອ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="164"/>
        <source>Latest assessment: {finding}, {date}, by {user}. Concerns: {concerns}</source>
        <translation>ການປະເມີນຫຼ້າສຸດ: {finding}, {date}, ໂດຍ {user}. ຄວາມກັງວົນ: {concerns}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="169"/>
        <source>none</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="182"/>
        <source>Supervisor override in force ({kind}) by {user} on {date}: {reason}</source>
        <translation>ການອະນຸມັດຍົກເວັ້ນໂດຍຫົວໜ້າຄຸ້ມງານທີ່ມີຜົນບັງຄັບໃຊ້ ({kind}) ໂດຍ {user} ວັນທີ {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="229"/>
        <source>You are setting aside this safety check: {check}

Your reason, recorded under your name:
“{reason}”</source>
        <translation>ທ່ານກຳລັງຍົກເວັ້ນການກວດສອບຄວາມປອດໄພນີ້: {check}

ເຫດຜົນຂອງທ່ານ, ທີ່ຈະບັນທຶກໄວ້ພາຍໃຕ້ຊື່ຂອງທ່ານ:
“{reason}”</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="233"/>
        <source>This person is a child.</source>
        <translation>ຜູ້ຮັບການຊ່ວຍເຫຼືອຄົນນີ້ເປັນເດັກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="235"/>
        <source>Override a safety check?</source>
        <translation>ອະນຸມັດຍົກເວັ້ນການກວດສອບຄວາມປອດໄພບໍ່?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="235"/>
        <source>Continue?</source>
        <translation>ສືບຕໍ່ບໍ່?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="32"/>
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="54"/>
        <source> min</source>
        <translation> ນາທີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="59"/>
        <source>Interface &amp;language</source>
        <translation>ພາສາຂອງໜ້າຈໍ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="62"/>
        <source>&amp;Lock after inactivity</source>
        <translation>ລັອກເມື່ອບໍ່ມີການໃຊ້ງານ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="63"/>
        <source>Vault folder</source>
        <translation>ໂຟນເດີຄັງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="64"/>
        <source>Device</source>
        <translation>ອຸປະກອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="66"/>
        <source>Ctrl+L locks now. F12 or Esc twice: quick exit (hides everything and locks).</source>
        <translation>Ctrl+L ເພື່ອລັອກທັນທີ. F12 ຫຼື ກົດ Esc ສອງເທື່ອ: ອອກດ່ວນ (ເຊື່ອງທຸກຢ່າງ ແລະ ລັອກ).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="77"/>
        <source>This computer</source>
        <translation>ຄອມພິວເຕີເຄື່ອງນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="79"/>
        <source>Vault and backup</source>
        <translation>ຄັງຂໍ້ມູນ ແລະ ການສຳຮອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="85"/>
        <source>Users and roles</source>
        <translation>ຜູ້ໃຊ້ ແລະ ບົດບາດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="91"/>
        <source>Public holidays</source>
        <translation>ວັນພັກລັດຖະການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="93"/>
        <source>Retention</source>
        <translation>ໄລຍະເກັບຮັກສາຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="107"/>
        <source>This translation was drafted by machine and awaits review by a native speaker. Tell your administrator about any wording that is wrong.</source>
        <translation>ການແປນີ້ຮ່າງໂດຍເຄື່ອງ ແລະ ກຳລັງລໍຖ້າໃຫ້ເຈົ້າຂອງພາສາກວດແກ້. ຖ້າພົບຖ້ອຍຄຳໃດທີ່ບໍ່ຖືກຕ້ອງ, ກະລຸນາແຈ້ງຜູ້ບໍລິຫານລະບົບຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="116"/>
        <source>The new language applies as soon as the case files with unsaved changes are saved or closed. Nothing you typed is lost.</source>
        <translation>ພາສາໃໝ່ຈະມີຜົນທັນທີ ເມື່ອແຟ້ມກໍລະນີທີ່ມີການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກ ຖືກບັນທຶກ ຫຼື ຖືກປິດ. ສິ່ງທີ່ທ່ານພິມໄວ້ຈະບໍ່ເສຍໄປ.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="59"/>
        <source>Welcome to RRR Desktop</source>
        <translation>ຍິນດີຕ້ອນຮັບສູ່ RRR Desktop</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="66"/>
        <source>Case data stays on this computer, encrypted with your passphrase. Nobody can recover it if the passphrase is lost.</source>
        <translation>ຂໍ້ມູນກໍລະນີຈະຢູ່ໃນຄອມພິວເຕີເຄື່ອງນີ້ ແລະ ຖືກເຂົ້າລະຫັດດ້ວຍວະລີລະຫັດຜ່ານຂອງທ່ານ. ຖ້າວະລີລະຫັດຜ່ານເສຍ, ບໍ່ມີໃຜສາມາດກູ້ຄືນຂໍ້ມູນໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="73"/>
        <source>← Back to the lock screen</source>
        <translation>← ກັບຄືນໄປໜ້າຈໍລັອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="89"/>
        <source>Set up your organisation&apos;s vault</source>
        <translation>ຕັ້ງຄ່າຄັງຂໍ້ມູນຂອງອົງການທ່ານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="91"/>
        <source>e.g. Safe Home Foundation</source>
        <translation>ຕົວຢ່າງ: ມູນນິທິບ້ານປອດໄພ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="94"/>
        <source>lower-case, e.g. dara</source>
        <translation>ຕົວພິມນ້ອຍ, ຕົວຢ່າງ: dara</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="110"/>
        <source>&amp;Create vault</source>
        <translation>ສ້າງຄັງຂໍ້ມູນ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="125"/>
        <source>A vault already exists on this laptop. Go back to unlock it; to start again, an administrator wipes it first (Settings, or rrr wipe).</source>
        <translation>ມີຄັງຂໍ້ມູນຢູ່ໃນແລັບທັອບເຄື່ອງນີ້ແລ້ວ. ກະລຸນາກັບຄືນໄປເພື່ອປົດລັອກ; ຖ້າຕ້ອງການເລີ່ມຕົ້ນໃໝ່, ຜູ້ບໍລິຫານລະບົບຕ້ອງລຶບລ້າງຄັງຂໍ້ມູນນີ້ກ່ອນ (ການຕັ້ງຄ່າ ຫຼື rrr wipe).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="134"/>
        <source>&amp;Organisation</source>
        <translation>ອົງການ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="135"/>
        <source>Coun&amp;try</source>
        <translation>ປະເທດ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="136"/>
        <source>Your &amp;user name</source>
        <translation>ຊື່ຜູ້ໃຊ້ຂອງທ່ານ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="137"/>
        <source>Your &amp;name</source>
        <translation>ຊື່ຂອງທ່ານ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="138"/>
        <source>&amp;Passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="141"/>
        <source>&amp;Repeat passphrase</source>
        <translation>ປ້ອນວະລີລະຫັດຜ່ານຄືນ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="142"/>
        <source>Working &amp;language</source>
        <translation>ພາສາທີ່ໃຊ້ເຮັດວຽກ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="168"/>
        <source>The two passphrases are not the same.</source>
        <translation>ວະລີລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="209"/>
        <source>Just looking? Open the demo vault</source>
        <translation>ພຽງແຕ່ຢາກລອງເບິ່ງບໍ? ເປີດຄັງຂໍ້ມູນສາທິດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="212"/>
        <source>A separate vault filled with {count} invented cases, for training and trying things out. Nothing you do there touches real data.</source>
        <translation>ຄັງຂໍ້ມູນແຍກຕ່າງຫາກທີ່ມີກໍລະນີສົມມຸດ {count} ກໍລະນີ, ສຳລັບການຝຶກອົບຮົມ ແລະ ການທົດລອງໃຊ້. ທຸກສິ່ງທີ່ທ່ານເຮັດຢູ່ບ່ອນນັ້ນຈະບໍ່ກະທົບຂໍ້ມູນແທ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="219"/>
        <source>User: {user}
Passphrase: {passphrase}</source>
        <translation>ຜູ້ໃຊ້: {user}
ວະລີລະຫັດຜ່ານ: {passphrase}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="225"/>
        <source>Open &amp;demo vault</source>
        <translation>ເປີດຄັງຂໍ້ມູນສາທິດ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="244"/>
        <source>Creating {count} invented cases…</source>
        <translation>ກຳລັງສ້າງກໍລະນີສົມມຸດ {count} ກໍລະນີ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="246"/>
        <source>Opening the demo vault…</source>
        <translation>ກຳລັງເປີດຄັງຂໍ້ມູນສາທິດ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="275"/>
        <source>Creating the vault…</source>
        <translation>ກຳລັງສ້າງຄັງຂໍ້ມູນ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="297"/>
        <source>Something went wrong ({kind}).</source>
        <translation>ມີບາງຢ່າງຜິດພາດ ({kind}).</translation>
    </message>
</context>
<context>
    <name>ShelterTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="40"/>
        <source>&amp;Shelter</source>
        <translation>ສູນພັກພິງ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="41"/>
        <source>&amp;Admitted on</source>
        <translation>ຮັບເຂົ້າວັນທີ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="42"/>
        <source>&amp;Left on</source>
        <translation>ອອກວັນທີ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="45"/>
        <source>Services &amp;received (one per line)</source>
        <translation>ບໍລິການທີ່ໄດ້ຮັບ (ແຖວລະໜຶ່ງລາຍການ)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="48"/>
        <source>Re&amp;ferrals (one per line)</source>
        <translation>ການສົ່ງຕໍ່ (ແຖວລະໜຶ່ງລາຍການ)(&amp;F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="49"/>
        <source>Security &amp;measures</source>
        <translation>ມາດຕະການຄວາມປອດໄພ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="55"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>ວັນທີ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="56"/>
        <source>Service</source>
        <translation>ບໍລິການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="57"/>
        <source>Voluntary test</source>
        <translation>ການກວດແບບສະໝັກໃຈ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="58"/>
        <source>Consented</source>
        <translation>ໄດ້ຍິນຍອມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="59"/>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="70"/>
        <source>Add medical entry</source>
        <translation>ເພີ່ມບັນທຶກທາງການແພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="72"/>
        <source>Remove medical entry</source>
        <translation>ເອົາບັນທຶກທາງການແພດອອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="79"/>
        <source>Medical care (testing only ever voluntary)</source>
        <translation>ການດູແລທາງການແພດ (ການກວດຕ້ອງເປັນແບບສະໝັກໃຈສະເໝີ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="139"/>
        <source>Medical entry: {message}</source>
        <translation>ບັນທຶກທາງການແພດ: {message}</translation>
    </message>
</context>
<context>
    <name>StageTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="73"/>
        <source>Note for the history (optional)</source>
        <translation>ໝາຍເຫດສຳລັບປະຫວັດ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="74"/>
        <source>Move the case to</source>
        <translation>ຍ້າຍກໍລະນີໄປ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="76"/>
        <source>&amp;Change stage</source>
        <translation>ປ່ຽນຂັ້ນຕອນ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="80"/>
        <source>Why the case is closed</source>
        <translation>ເຫດຜົນທີ່ປິດກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="81"/>
        <source>Why is the case closed? Choose a reason…</source>
        <translation>ເປັນຫຍັງຈຶ່ງປິດກໍລະນີ? ເລືອກເຫດຜົນ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>When</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>Who</source>
        <translation>ໃຜ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>What</source>
        <translation>ຫຍັງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>Details</source>
        <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="101"/>
        <source>Move to</source>
        <translation>ຍ້າຍໄປ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="108"/>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="112"/>
        <source>Caseworker</source>
        <translation>ພະນັກງານຮັບຜິດຊອບກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="109"/>
        <source>&amp;Assign</source>
        <translation>ມອບໝາຍ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="125"/>
        <source>Timeline</source>
        <translation>ລຳດັບເຫດການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="129"/>
        <source>Current stage: {stage}</source>
        <translation>ຂັ້ນຕອນປັດຈຸບັນ: {stage}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="156"/>
        <source>{reference} is now assigned to {name}.</source>
        <translation>ດຽວນີ້ກໍລະນີ {reference} ຖືກມອບໝາຍໃຫ້ {name} ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="165"/>
        <source>Stage: {old} → {new}</source>
        <translation>ຂັ້ນຕອນ: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="202"/>
        <source>Choose why the case is closed, beside &quot;Move to&quot;.</source>
        <translation>ກະລຸນາເລືອກເຫດຜົນທີ່ປິດກໍລະນີ ຢູ່ຂ້າງ “ຍ້າຍໄປ”.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="224"/>
        <source>The case cannot move to {stage} yet:</source>
        <translation>ກໍລະນີຍັງບໍ່ສາມາດຍ້າຍໄປ {stage} ໄດ້:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="234"/>
        <source>Moved to {stage}.</source>
        <translation>ຍ້າຍໄປ {stage} ແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="33"/>
        <source>Today</source>
        <translation>ມື້ນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="42"/>
        <source>Everything</source>
        <translation>ທັງໝົດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="46"/>
        <source>&amp;Refresh</source>
        <translation>ໂຫຼດຄືນ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="52"/>
        <source>Due</source>
        <translation>ກຳນົດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="53"/>
        <source>What</source>
        <translation>ຫຍັງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="54"/>
        <source>Reference</source>
        <translation>ເລກອ້າງອີງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="55"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="56"/>
        <source>Next step</source>
        <translation>ສິ່ງທີ່ຕ້ອງເຮັດຕໍ່ໄປ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="85"/>
        <source>Looking for what needs action…</source>
        <translation>ກຳລັງຊອກຫາວຽກທີ່ຕ້ອງດຳເນີນການ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="97"/>
        <source>The list could not be loaded.</source>
        <translation>ບໍ່ສາມາດໂຫຼດລາຍການໄດ້.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="106"/>
        <source>%n item(s) need action</source>
        <translation>
            <numerusform>ມີ %n ລາຍການທີ່ຕ້ອງດຳເນີນການ</numerusform>
            <numerusform>ມີ %n ລາຍການທີ່ຕ້ອງດຳເນີນການ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="108"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>ເກີນກຳນົດ %n ລາຍການ</numerusform>
            <numerusform>ເກີນກຳນົດ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="110"/>
        <source>the first %n are listed, overdue first</source>
        <translation>
            <numerusform>ສະແດງ %n ລາຍການທຳອິດ, ລາຍການທີ່ກາຍກຳນົດກ່ອນ</numerusform>
            <numerusform>ສະແດງ %n ລາຍການທຳອິດ, ລາຍການທີ່ກາຍກຳນົດກ່ອນ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="113"/>
        <source>Nothing needs action now: no visits due within a week, no departures blocked, no messages waiting for an answer.</source>
        <translation>ບໍ່ມີຫຍັງທີ່ຕ້ອງດຳເນີນການໃນຕອນນີ້: ບໍ່ມີການຢ້ຽມຢາມຕິດຕາມທີ່ຮອດກຳນົດພາຍໃນໜຶ່ງອາທິດ, ບໍ່ມີການອອກເດີນທາງທີ່ຖືກກີດກັ້ນ, ບໍ່ມີຂໍ້ຄວາມທີ່ລໍຖ້າຄຳຕອບ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="119"/>
        <source>overdue</source>
        <translation>ເກີນກຳນົດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="120"/>
        <source>child</source>
        <translation>ເດັກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="132"/>
        <source>Record a supervisor&apos;s decision on the risk finding</source>
        <translation>ບັນທຶກການຕັດສິນໃຈຂອງຫົວໜ້າຄຸ້ມງານກ່ຽວກັບຜົນການປະເມີນຄວາມສ່ຽງ</translation>
    </message>
</context>
<context>
    <name>TravelTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="60"/>
        <source>Itinerary (local times)</source>
        <translation>ກຳນົດການເດີນທາງ (ເວລາທ້ອງຖິ່ນ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="66"/>
        <source>Mode</source>
        <translation>ຮູບແບບການເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="67"/>
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="68"/>
        <source>To</source>
        <translation>ຫາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="69"/>
        <source>Departs</source>
        <translation>ອອກເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="70"/>
        <source>Arrives</source>
        <translation>ເດີນທາງຮອດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="71"/>
        <source>Carrier</source>
        <translation>ບໍລິສັດຂົນສົ່ງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="72"/>
        <source>Escort</source>
        <translation>ຜູ້ຄຸ້ມກັນການເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="82"/>
        <source>Add leg</source>
        <translation>ເພີ່ມຊ່ວງການເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="83"/>
        <source>Edit leg</source>
        <translation>ແກ້ໄຂຊ່ວງການເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="84"/>
        <source>Remove leg</source>
        <translation>ເອົາຊ່ວງການເດີນທາງອອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="102"/>
        <source>Arrival and travel grant</source>
        <translation>ການເດີນທາງຮອດ ແລະ ເງິນຊ່ວຍເຫຼືອຄ່າເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="111"/>
        <source>Destination country</source>
        <translation>ປະເທດທີ່ຈະເດີນທາງໄປ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="112"/>
        <source>Met on arrival by</source>
        <translation>ຜູ້ທີ່ມາຮັບເມື່ອເດີນທາງຮອດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="113"/>
        <source>Transit assistance</source>
        <translation>ການຊ່ວຍເຫຼືອລະຫວ່າງການຜ່ານແດນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="114"/>
        <source>Travel grant</source>
        <translation>ເງິນຊ່ວຍເຫຼືອຄ່າເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="115"/>
        <source>Grant details</source>
        <translation>ລາຍລະອຽດເງິນຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="116"/>
        <source>Save arrival and grant</source>
        <translation>ບັນທຶກການເດີນທາງຮອດ ແລະ ເງິນຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="155"/>
        <source>No travel warnings.</source>
        <translation>ບໍ່ມີຄຳເຕືອນກ່ຽວກັບການເດີນທາງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="157"/>
        <source>No legs yet: add the first one.</source>
        <translation>ຍັງບໍ່ມີຊ່ວງການເດີນທາງ: ກະລຸນາເພີ່ມຊ່ວງທຳອິດ.</translation>
    </message>
</context>
<context>
    <name>UsersBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>User name</source>
        <translation>ຊື່ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Name shown</source>
        <translation>ຊື່ທີ່ສະແດງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="93"/>
        <source>&amp;Add a user…</source>
        <translation>ເພີ່ມຜູ້ໃຊ້…(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="95"/>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="174"/>
        <source>&amp;Disable</source>
        <translation>ປິດການໃຊ້ງານ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="98"/>
        <source>Role of the chosen user</source>
        <translation>ບົດບາດຂອງຜູ້ໃຊ້ທີ່ເລືອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="101"/>
        <source>Change the &amp;role</source>
        <translation>ປ່ຽນບົດບາດ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="103"/>
        <source>Re&amp;move…</source>
        <translation>ເອົາອອກ…(&amp;M)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="105"/>
        <source>New recovery &amp;key…</source>
        <translation>ກະແຈກູ້ຄືນໃໝ່…(&amp;K)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="107"/>
        <source>&amp;Change the vault&apos;s key</source>
        <translation>ປ່ຽນກະແຈຂອງຄັງຂໍ້ມູນ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="110"/>
        <source>Done by itself when a user is removed. Needs the vault closed in every other window and &apos;rrr&apos; command.</source>
        <translation>ເຮັດໂດຍອັດຕະໂນມັດເມື່ອເອົາຜູ້ໃຊ້ອອກ. ຕ້ອງປິດຄັງຂໍ້ມູນໃນທຸກໜ້າຕ່າງອື່ນ ແລະ ທຸກຄຳສັ່ງ &apos;rrr&apos; ກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="119"/>
        <source>Removing a user deletes their key and changes the vault&apos;s key, so a copy of their key taken earlier opens nothing made from now on. Their name stays in the audit log.</source>
        <translation>ການເອົາຜູ້ໃຊ້ອອກຈະລຶບກະແຈຂອງຜູ້ໃຊ້ນັ້ນ ແລະ ປ່ຽນກະແຈຂອງຄັງຂໍ້ມູນ, ສະນັ້ນສຳເນົາກະແຈຂອງເຂົາເຈົ້າທີ່ເຄີຍເອົາໄປກ່ອນໜ້ານີ້ ຈະເປີດສິ່ງທີ່ສ້າງຂຶ້ນນັບແຕ່ນີ້ໄປບໍ່ໄດ້. ຊື່ຂອງເຂົາເຈົ້າຍັງຄົງຢູ່ໃນບັນທຶກປະຫວັດການນຳໃຊ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="156"/>
        <source>active</source>
        <translation>ໃຊ້ງານຢູ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="156"/>
        <source>disabled</source>
        <translation>ປິດການໃຊ້ງານແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="174"/>
        <source>&amp;Enable</source>
        <translation>ເປີດການໃຊ້ງານ(&amp;E)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="189"/>
        <source>That did not work ({kind}).</source>
        <translation>ດຳເນີນການບໍ່ສຳເລັດ ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="207"/>
        <source>The two passphrases are not the same.</source>
        <translation>ວະລີລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="217"/>
        <source>Adding the user…</source>
        <translation>ກຳລັງເພີ່ມຜູ້ໃຊ້…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="223"/>
        <source>{user} can now unlock this vault.</source>
        <translation>ດຽວນີ້ {user} ສາມາດປົດລັອກຄັງຂໍ້ມູນນີ້ໄດ້ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="236"/>
        <source>{user} is disabled: their passphrase opens nothing.</source>
        <translation>{user} ຖືກປິດການໃຊ້ງານແລ້ວ: ວະລີລະຫັດຜ່ານຂອງເຂົາເຈົ້າຈະເປີດຫຍັງບໍ່ໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="240"/>
        <source>{user} can unlock again.</source>
        <translation>{user} ສາມາດປົດລັອກໄດ້ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="255"/>
        <source>{user} is now: {role}.</source>
        <translation>ດຽວນີ້ {user} ເປັນ: {role}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="265"/>
        <source>Remove the user?</source>
        <translation>ເອົາຜູ້ໃຊ້ອອກບໍ່?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="267"/>
        <source>Remove {user}? Their key is deleted and the vault&apos;s key is changed (this takes a moment). Backups made before keep the old key.</source>
        <translation>ເອົາ {user} ອອກບໍ່? ກະແຈຂອງເຂົາເຈົ້າຈະຖືກລຶບ ແລະ ກະແຈຂອງຄັງຂໍ້ມູນຈະຖືກປ່ຽນ (ໃຊ້ເວລາໜ້ອຍໜຶ່ງ). ການສຳຮອງຂໍ້ມູນທີ່ເຮັດໄວ້ກ່ອນໜ້ານີ້ ຍັງໃຊ້ກະແຈເກົ່າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="280"/>
        <source>Removing the user and changing the vault&apos;s key…</source>
        <translation>ກຳລັງເອົາຜູ້ໃຊ້ອອກ ແລະ ປ່ຽນກະແຈຂອງຄັງຂໍ້ມູນ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="286"/>
        <source>{user} was removed; the vault&apos;s key was changed.</source>
        <translation>ເອົາ {user} ອອກແລ້ວ; ກະແຈຂອງຄັງຂໍ້ມູນຖືກປ່ຽນແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="295"/>
        <source>Changing the vault&apos;s key…</source>
        <translation>ກຳລັງປ່ຽນກະແຈຂອງຄັງຂໍ້ມູນ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="301"/>
        <source>The vault&apos;s key was changed: earlier copies of the key slots open nothing.</source>
        <translation>ປ່ຽນກະແຈຂອງຄັງຂໍ້ມູນແລ້ວ: ສຳເນົາເກົ່າຂອງຊ່ອງກະແຈຈະເປີດຫຍັງບໍ່ໄດ້ອີກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="308"/>
        <source>New recovery key?</source>
        <translation>ສ້າງກະແຈກູ້ຄືນໃໝ່ບໍ່?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="310"/>
        <source>A new recovery key is made and shown once; the old one stops working. Continue?</source>
        <translation>ກະແຈກູ້ຄືນໃໝ່ຈະຖືກສ້າງ ແລະ ສະແດງພຽງຄັ້ງດຽວ; ກະແຈເກົ່າຈະໃຊ້ບໍ່ໄດ້ອີກ. ສືບຕໍ່ບໍ່?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="321"/>
        <source>Making a new recovery key…</source>
        <translation>ກຳລັງສ້າງກະແຈກູ້ຄືນໃໝ່…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="325"/>
        <source>A new recovery key was made; the old one no longer works.</source>
        <translation>ສ້າງກະແຈກູ້ຄືນໃໝ່ແລ້ວ; ກະແຈເກົ່າໃຊ້ບໍ່ໄດ້ອີກຕໍ່ໄປ.</translation>
    </message>
</context>
<context>
    <name>VaultAdminBox</name>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="34"/>
        <source>Vault</source>
        <translation>ຄັງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="36"/>
        <source>&amp;Back up to a folder…</source>
        <translation>ສຳຮອງຂໍ້ມູນໄປໃສ່ໂຟນເດີ…(&amp;B)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="43"/>
        <source>&amp;Restore from a backup…</source>
        <translation>ກູ້ຄືນຈາກການສຳຮອງຂໍ້ມູນ…(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="46"/>
        <source>&amp;Change my passphrase</source>
        <translation>ປ່ຽນວະລີລະຫັດຜ່ານຂອງຂ້ອຍ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="54"/>
        <source>An encrypted copy; it opens with the same passphrases.</source>
        <translation>ສຳເນົາທີ່ຖືກເຂົ້າລະຫັດ; ເປີດໄດ້ດ້ວຍວະລີລະຫັດຜ່ານດຽວກັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="59"/>
        <source>Current passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານປັດຈຸບັນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="60"/>
        <source>New passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານໃໝ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="61"/>
        <source>Repeat new passphrase</source>
        <translation>ປ້ອນວະລີລະຫັດຜ່ານໃໝ່ຄືນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="69"/>
        <source>Typing it also destroys the real key slots on this laptop</source>
        <translation>ການພິມມັນຍັງທຳລາຍຊ່ອງກະແຈແທ້ໃນແລັບທັອບນີ້ນຳ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="71"/>
        <source>Set the &amp;duress passphrase</source>
        <translation>ຕັ້ງວະລີລະຫັດຜ່ານສຸກເສີນ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="76"/>
        <source>A duress passphrase, typed at the lock screen when someone forces you to unlock, opens an empty vault of this organisation instead of this one.</source>
        <translation>ວະລີລະຫັດຜ່ານສຸກເສີນ ທີ່ພິມຢູ່ໜ້າຈໍລັອກ ເມື່ອມີຄົນບັງຄັບໃຫ້ທ່ານປົດລັອກ ຈະເປີດຄັງຂໍ້ມູນທີ່ຫວ່າງເປົ່າຂອງອົງການນີ້ ແທນຄັງຂໍ້ມູນນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="83"/>
        <source>Duress passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານສຸກເສີນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="84"/>
        <source>Repeat duress passphrase</source>
        <translation>ພິມວະລີລະຫັດຜ່ານສຸກເສີນຄືນອີກຄັ້ງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="93"/>
        <source>Choose an empty folder</source>
        <translation>ເລືອກໂຟນເດີຫວ່າງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="98"/>
        <source>Choose the backup folder</source>
        <translation>ເລືອກໂຟນເດີທີ່ມີການສຳຮອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="111"/>
        <source>The backup was made on {made}.</source>
        <translation>ການສຳຮອງຂໍ້ມູນນີ້ຖືກສ້າງເມື່ອວັນທີ {made}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="112"/>
        <source>The vault here was last changed on {changed}.</source>
        <translation>ຄັງຂໍ້ມູນຢູ່ບ່ອນນີ້ຖືກປ່ຽນແປງຫຼ້າສຸດເມື່ອວັນທີ {changed}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="116"/>
        <source>There is no vault here yet.</source>
        <translation>ຍັງບໍ່ມີຄັງຂໍ້ມູນຢູ່ບ່ອນນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="119"/>
        <source>The backup is of ANOTHER vault.</source>
        <translation>ການສຳຮອງຂໍ້ມູນນີ້ເປັນຂອງຄັງຂໍ້ມູນອື່ນ, ບໍ່ແມ່ນຂອງຄັງຂໍ້ມູນຢູ່ບ່ອນນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="121"/>
        <source>Changes made here after the backup will be set aside.</source>
        <translation>ການປ່ຽນແປງທີ່ເຮັດຢູ່ບ່ອນນີ້ຫຼັງຈາກການສຳຮອງຂໍ້ມູນ ຈະຖືກແຍກເກັບໄວ້ຕ່າງຫາກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="124"/>
        <source>RRR Desktop locks, restores the backup, and keeps the vault it replaces in a folder beside it. Restore now?</source>
        <translation>RRR Desktop ຈະລັອກ, ກູ້ຄືນການສຳຮອງຂໍ້ມູນ, ແລະ ເກັບຄັງຂໍ້ມູນເດີມທີ່ຖືກແທນທີ່ໄວ້ໃນໂຟນເດີໜຶ່ງທີ່ຢູ່ຄຽງຂ້າງໂຟນເດີຂອງຄັງຂໍ້ມູນ. ຕ້ອງການກູ້ຄືນດຽວນີ້ບໍ່?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="130"/>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="139"/>
        <source>Restore from a backup</source>
        <translation>ກູ້ຄືນຈາກການສຳຮອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="141"/>
        <source>Your passphrase in the backup. The backup is opened and checked with it before anything here is replaced.</source>
        <translation>ວະລີລະຫັດຜ່ານຂອງທ່ານໃນການສຳຮອງຂໍ້ມູນ. ການສຳຮອງຂໍ້ມູນຈະຖືກເປີດ ແລະ ກວດສອບດ້ວຍວະລີລະຫັດຜ່ານນີ້ ກ່ອນທີ່ຈະມີສິ່ງໃດຢູ່ບ່ອນນີ້ຖືກແທນທີ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="153"/>
        <source>Writing the encrypted backup…</source>
        <translation>ກຳລັງຂຽນການສຳຮອງຂໍ້ມູນທີ່ຖືກເຂົ້າລະຫັດ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="159"/>
        <source>Backup written to {folder}.</source>
        <translation>ຂຽນການສຳຮອງຂໍ້ມູນໄປທີ່ {folder} ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="166"/>
        <source>The two new passphrases differ.</source>
        <translation>ວະລີລະຫັດຜ່ານໃໝ່ທັງສອງບໍ່ຄືກັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="169"/>
        <source>Changing the passphrase…</source>
        <translation>ກຳລັງປ່ຽນວະລີລະຫັດຜ່ານ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="174"/>
        <source>Passphrase changed.</source>
        <translation>ປ່ຽນວະລີລະຫັດຜ່ານແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="179"/>
        <source>The two duress passphrases differ.</source>
        <translation>ວະລີລະຫັດຜ່ານສຸກເສີນທັງສອງບໍ່ຄືກັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="182"/>
        <source>Setting the duress passphrase…</source>
        <translation>ກຳລັງຕັ້ງວະລີລະຫັດຜ່ານສຸກເສີນ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="190"/>
        <source>Duress passphrase set.</source>
        <translation>ຕັ້ງວະລີລະຫັດຜ່ານສຸກເສີນແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="215"/>
        <source>That did not work; nothing was changed.</source>
        <translation>ບໍ່ສຳເລັດ; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
</context>
<context>
    <name>casetabs</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="46"/>
        <source>Person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="47"/>
        <source>Intake</source>
        <translation>ການຮັບເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="48"/>
        <source>Shelter &amp; care</source>
        <translation>ສູນພັກພິງ ແລະ ການດູແລ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="49"/>
        <source>Consent</source>
        <translation>ການຍິນຍອມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="50"/>
        <source>Stage &amp; history</source>
        <translation>ຂັ້ນຕອນ ແລະ ປະຫວັດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="80"/>
        <source>This tab could not be opened ({kind}).</source>
        <translation>ບໍ່ສາມາດເປີດແຖບນີ້ໄດ້ ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/__init__.py" line="16"/>
        <source>Print</source>
        <translation>ພິມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/__init__.py" line="23"/>
        <source>Reintegration plan</source>
        <translation>ແຜນການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/__init__.py" line="24"/>
        <source>Follow-up</source>
        <translation>ການຕິດຕາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="11"/>
        <source>Risk assessment</source>
        <translation>ການປະເມີນຄວາມສ່ຽງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="13"/>
        <source>Pre-departure checklist</source>
        <translation>ລາຍການກວດກາກ່ອນການເດີນທາງອອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="15"/>
        <source>Travel</source>
        <translation>ການເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="16"/>
        <source>Messages</source>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/__init__.py" line="23"/>
        <source>Notes &amp; contacts</source>
        <translation>ບັນທຶກ ແລະ ການຕິດຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/__init__.py" line="24"/>
        <source>Files</source>
        <translation>ໄຟລ໌ແນບ</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="11"/>
        <source>The person understands and consents to every departure procedure.</source>
        <translation>ຜູ້ຮັບການຊ່ວຍເຫຼືອເຂົ້າໃຈ ແລະ ຍິນຍອມຕໍ່ທຸກຂັ້ນຕອນຂອງການເດີນທາງອອກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="14"/>
        <source>A safe place to stay on arrival, at least temporary, has been agreed with the person.</source>
        <translation>ໄດ້ຕົກລົງກັບຜູ້ຮັບການຊ່ວຍເຫຼືອແລ້ວ ກ່ຽວກັບບ່ອນພັກທີ່ປອດໄພເມື່ອເດີນທາງຮອດ, ຢ່າງໜ້ອຍແມ່ນຊົ່ວຄາວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="18"/>
        <source>Every legal, administrative, identity and travel document is in hand.</source>
        <translation>ມີເອກະສານທາງກົດໝາຍ, ເອກະສານທາງການ, ເອກະສານຢັ້ງຢືນຕົວຕົນ ແລະ ເອກະສານເດີນທາງຄົບທຸກສະບັບຢູ່ໃນມືແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="21"/>
        <source>Service referrals and follow-up care have been explained and given to the person.</source>
        <translation>ໄດ້ອະທິບາຍ ແລະ ມອບຂໍ້ມູນການສົ່ງຕໍ່ການບໍລິການ ແລະ ການດູແລຕິດຕາມໃຫ້ຜູ້ຮັບການຊ່ວຍເຫຼືອແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="25"/>
        <source>Documents and security information have been sent to the receiving organisation.</source>
        <translation>ໄດ້ສົ່ງເອກະສານ ແລະ ຂໍ້ມູນດ້ານຄວາມປອດໄພໃຫ້ອົງການຝ່າຍຮັບແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="29"/>
        <source>Travel and services through partners in transit or at home are confirmed in advance, and the recommendations were sent and received.</source>
        <translation>ໄດ້ຢືນຢັນການເດີນທາງ ແລະ ການບໍລິການຜ່ານຄູ່ຮ່ວມງານໃນລະຫວ່າງທາງ ຫຼື ຢູ່ບ້ານເກີດລ່ວງໜ້າແລ້ວ, ແລະ ໄດ້ສົ່ງ ແລະ ໄດ້ຮັບຂໍ້ສະເໜີແນະແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="34"/>
        <source>The person holds copies of their own documents (medical care, case progress).</source>
        <translation>ຜູ້ຮັບການຊ່ວຍເຫຼືອມີສຳເນົາເອກະສານຂອງຕົນເອງ (ການດູແລທາງການແພດ, ຄວາມຄືບໜ້າຂອງກໍລະນີ).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="38"/>
        <source>The person has been told every step of departure, transport and follow-up.</source>
        <translation>ໄດ້ແຈ້ງໃຫ້ຜູ້ຮັບການຊ່ວຍເຫຼືອຮູ້ທຸກຂັ້ນຕອນຂອງການເດີນທາງອອກ, ການເດີນທາງ ແລະ ການຕິດຕາມ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="46"/>
        <source>Told their rights, options and the rules of return.</source>
        <translation>ໄດ້ແຈ້ງສິດ, ທາງເລືອກ ແລະ ລະບຽບການກັບຄືນແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="49"/>
        <source>Given the phone number of the receiving organisation and a named contact person.</source>
        <translation>ໄດ້ໃຫ້ເບີໂທລະສັບຂອງອົງການຝ່າຍຮັບ ແລະ ຊື່ຜູ້ຕິດຕໍ່ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="53"/>
        <source>Told about the travel grant, if any.</source>
        <translation>ໄດ້ແຈ້ງກ່ຽວກັບເງິນຊ່ວຍເຫຼືອຄ່າເດີນທາງ (ຖ້າມີ) ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="54"/>
        <source>Told that alcohol is not allowed on the journey, especially with medication.</source>
        <translation>ໄດ້ແຈ້ງວ່າຫ້າມດື່ມເຄື່ອງດື່ມທີ່ມີທາດເຫຼົ້າໃນລະຫວ່າງການເດີນທາງ ໂດຍສະເພາະເມື່ອໃຊ້ຢາ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="57"/>
        <source>Told what help is realistically available at home.</source>
        <translation>ໄດ້ແຈ້ງວ່າມີການຊ່ວຍເຫຼືອຫຍັງແດ່ທີ່ມີຢູ່ແທ້ຈິງຢູ່ບ້ານເກີດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="60"/>
        <source>Told that the final reintegration plan is made by the receiving side.</source>
        <translation>ໄດ້ແຈ້ງວ່າແຜນການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມສະບັບສຸດທ້າຍ ແມ່ນຝ່າຍຮັບເປັນຜູ້ສ້າງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="63"/>
        <source>Given contact details of NGOs, lawyers, social welfare and a law-enforcement office at home.</source>
        <translation>ໄດ້ໃຫ້ຂໍ້ມູນຕິດຕໍ່ຂອງອົງການທີ່ບໍ່ແມ່ນລັດ, ທະນາຍຄວາມ, ຫ້ອງການສະຫວັດດີການສັງຄົມ ແລະ ຫ້ອງການບັງຄັບໃຊ້ກົດໝາຍຢູ່ບ້ານເກີດແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="68"/>
        <source>Asked whether they want to be met by a local NGO on arrival.</source>
        <translation>ໄດ້ຖາມແລ້ວວ່າຕ້ອງການໃຫ້ອົງການທີ່ບໍ່ແມ່ນລັດໃນທ້ອງຖິ່ນມາຮັບເມື່ອເດີນທາງຮອດຫຼືບໍ່.</translation>
    </message>
</context>
<context>
    <name>consent_effects</name>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="15"/>
        <source>Return cannot be marked ready and the person cannot depart.</source>
        <translation>ບໍ່ສາມາດໝາຍວ່າພ້ອມສຳລັບການກັບຄືນ ແລະ ຜູ້ຮັບການຊ່ວຍເຫຼືອບໍ່ສາມາດເດີນທາງອອກໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="18"/>
        <source>The checklist tick &apos;consents to every departure procedure&apos; is removed.</source>
        <translation>ເຄື່ອງໝາຍໃນລາຍການກວດກາ &apos;ຍິນຍອມຕໍ່ທຸກຂັ້ນຕອນຂອງການເດີນທາງອອກ&apos; ຈະຖືກເອົາອອກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="24"/>
        <source>Nothing more may be shared with the receiving organisation; departure is blocked.</source>
        <translation>ບໍ່ສາມາດແບ່ງປັນຂໍ້ມູນໃດເພີ່ມເຕີມກັບອົງການຝ່າຍຮັບໄດ້; ການເດີນທາງອອກຖືກລະງັບ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="30"/>
        <source>The embassy may not be contacted; no travel-document request letter can be made.</source>
        <translation>ບໍ່ສາມາດຕິດຕໍ່ສະຖານທູດໄດ້; ບໍ່ສາມາດສ້າງໜັງສືຂໍເອກະສານເດີນທາງໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="36"/>
        <source>Letters to the embassy no longer mention trafficking.</source>
        <translation>ໜັງສືເຖິງສະຖານທູດຈະບໍ່ກ່າວເຖິງການຄ້າມະນຸດອີກຕໍ່ໄປ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="41"/>
        <source>The person is no longer to be met on arrival by an NGO.</source>
        <translation>ຈະບໍ່ມີອົງການທີ່ບໍ່ແມ່ນລັດມາຮັບຜູ້ຮັບການຊ່ວຍເຫຼືອເມື່ອເດີນທາງຮອດອີກຕໍ່ໄປ.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../rrr_desktop/ui/crash.py" line="32"/>
        <source>Something went wrong</source>
        <translation>ມີບາງຢ່າງຜິດພາດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/crash.py" line="33"/>
        <source>Something went wrong ({kind}). What was saved is safe in the vault; lock and unlock (Ctrl+L) to keep any typing not yet saved, and tell your administrator.</source>
        <translation>ມີບາງຢ່າງຜິດພາດ ({kind}). ສິ່ງທີ່ບັນທຶກແລ້ວຍັງປອດໄພຢູ່ໃນຄັງຂໍ້ມູນ; ກະລຸນາລັອກ ແລ້ວປົດລັອກ (Ctrl+L) ເພື່ອເກັບສິ່ງທີ່ພິມໄວ້ແຕ່ຍັງບໍ່ໄດ້ບັນທຶກ, ແລະ ແຈ້ງຜູ້ບໍລິຫານລະບົບຂອງທ່ານ.</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="111"/>
        <source>Line {line}: the column &apos;{column}&apos; is empty.</source>
        <translation>ແຖວ {line}: ຖັນ &apos;{column}&apos; ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="119"/>
        <source>Line {line}: unknown type &apos;{value}&apos;; use one of {allowed}.</source>
        <translation>ແຖວ {line}: ບໍ່ຮູ້ຈັກປະເພດ &apos;{value}&apos;; ກະລຸນາໃຊ້ໜຶ່ງໃນ {allowed}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="129"/>
        <source>Line {line}: the country must be a two-letter ISO code such as KH.</source>
        <translation>ແຖວ {line}: ປະເທດຕ້ອງເປັນລະຫັດ ISO ສອງຕົວອັກສອນ ເຊັ່ນ: KH.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="140"/>
        <source>Line {line}: the date last verified must look like 2026-05-31.</source>
        <translation>ແຖວ {line}: ວັນທີກວດສອບຫຼ້າສຸດຕ້ອງມີຮູບແບບຄື 2026-05-31.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="147"/>
        <source>Line {line}: is_example must be yes or no.</source>
        <translation>ແຖວ {line}: is_example ຕ້ອງເປັນ yes ຫຼື no.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="169"/>
        <source>Line {line}: the column &apos;{column}&apos; is not valid.</source>
        <translation>ແຖວ {line}: ຖັນ &apos;{column}&apos; ບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="184"/>
        <source>The file has no header row with the columns name, type and country.</source>
        <translation>ໄຟລ໌ບໍ່ມີແຖວຫົວຂໍ້ທີ່ມີຖັນ name, type ແລະ country.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="195"/>
        <source>A line of the file cannot be read (a cell larger than 128 KiB or a control character); nothing was imported.</source>
        <translation>ມີແຖວໜຶ່ງໃນໄຟລ໌ທີ່ບໍ່ສາມາດອ່ານໄດ້ (ມີເຊວທີ່ໃຫຍ່ກວ່າ 128 KiB ຫຼື ມີຕົວອັກສອນຄວບຄຸມ); ບໍ່ມີຂໍ້ມູນໃດຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="215"/>
        <source>Line {line}: more cells than columns (a comma inside an unquoted cell?).</source>
        <translation>ແຖວ {line}: ມີຫ້ອງຂໍ້ມູນຫຼາຍກວ່າຖັນ (ອາດມີເຄື່ອງໝາຍຈຸດຢູ່ໃນຫ້ອງທີ່ບໍ່ມີເຄື່ອງໝາຍວົງຢືມ?).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="231"/>
        <source>Line {line}: the id is already used on line {other}.</source>
        <translation>ແຖວ {line}: ລະຫັດນີ້ຖືກໃຊ້ແລ້ວໃນແຖວ {other}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="210"/>
        <source>Line {line}: this id belongs to another record; clear it.</source>
        <translation>ແຖວ {line}: ລະຫັດນີ້ເປັນຂອງລາຍການອື່ນ; ກະລຸນາລຶບມັນອອກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="222"/>
        <source>Line {line}: this entry was verified by a person; only a supervisor may change it.</source>
        <translation>ແຖວ {line}: ລາຍການນີ້ຖືກກວດສອບໂດຍຄົນແລ້ວ; ສະເພາະຫົວໜ້າຄຸ້ມງານເທົ່ານັ້ນ ທີ່ສາມາດປ່ຽນແປງລາຍການນີ້ໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="38"/>
        <source>Directory entry</source>
        <translation>ລາຍການໃນບັນຊີລາຍຊື່ບໍລິການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="54"/>
        <source>shelter; legal aid; counselling</source>
        <translation>ສູນພັກພິງ; ການຊ່ວຍເຫຼືອທາງກົດໝາຍ; ການໃຫ້ຄຳປຶກສາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="56"/>
        <source>Verified on</source>
        <translation>ກວດສອບວັນທີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="66"/>
        <source>Still an example (not a real, checked organisation)</source>
        <translation>ຍັງເປັນຕົວຢ່າງ (ບໍ່ແມ່ນອົງການແທ້ທີ່ກວດສອບແລ້ວ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="74"/>
        <source>⚠ This is an example entry: replace its name and details with a real organisation you have checked.</source>
        <translation>⚠ ນີ້ແມ່ນລາຍການຕົວຢ່າງ: ກະລຸນາແທນທີ່ຊື່ ແລະ ລາຍລະອຽດດ້ວຍອົງການແທ້ທີ່ທ່ານໄດ້ກວດສອບແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="87"/>
        <source>Name:</source>
        <translation>ຊື່:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="88"/>
        <source>Type:</source>
        <translation>ປະເພດ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="89"/>
        <source>Country:</source>
        <translation>ປະເທດ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="90"/>
        <source>Region or province:</source>
        <translation>ພາກ ຫຼື ແຂວງ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="91"/>
        <source>Address:</source>
        <translation>ທີ່ຢູ່:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="92"/>
        <source>Phone:</source>
        <translation>ໂທລະສັບ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="93"/>
        <source>E-mail:</source>
        <translation>ອີເມວ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="94"/>
        <source>Contact person:</source>
        <translation>ຜູ້ຕິດຕໍ່:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="95"/>
        <source>Languages:</source>
        <translation>ພາສາ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="96"/>
        <source>Services:</source>
        <translation>ບໍລິການ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="99"/>
        <source>Last verified:</source>
        <translation>ກວດສອບຫຼ້າສຸດ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="100"/>
        <source>Notes:</source>
        <translation>ໝາຍເຫດ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="177"/>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="182"/>
        <source>Not saved</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="178"/>
        <source>An entry needs at least a name.</source>
        <translation>ລາຍການຕ້ອງມີຢ່າງໜ້ອຍຊື່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="33"/>
        <source>Import the directory from CSV</source>
        <translation>ນຳເຂົ້າບັນຊີລາຍຊື່ບໍລິການຈາກ CSV</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="44"/>
        <source>⚠ {refused} row(s) are refused. Nothing will be imported until the file is corrected ({new} new and {updated} updated entries are otherwise ready).</source>
        <translation>⚠ ມີ {refused} ແຖວຖືກປະຕິເສດ. ຈະບໍ່ມີຂໍ້ມູນໃດຖືກນຳເຂົ້າ ຈົນກວ່າໄຟລ໌ຈະຖືກແກ້ໄຂ (ນອກນັ້ນ ລາຍການໃໝ່ {new} ລາຍການ ແລະ ລາຍການອັບເດດ {updated} ລາຍການ ພ້ອມແລ້ວ).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="53"/>
        <source>The file holds no directory entries.</source>
        <translation>ໄຟລ໌ບໍ່ມີລາຍການບັນຊີລາຍຊື່ບໍລິການ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="57"/>
        <source>Ready: {new} new and {updated} updated entries. Entries without a recent verification date will be flagged.</source>
        <translation>ພ້ອມແລ້ວ: ລາຍການໃໝ່ {new} ລາຍການ ແລະ ລາຍການອັບເດດ {updated} ລາຍການ. ລາຍການທີ່ບໍ່ມີວັນທີກວດສອບເມື່ອບໍ່ດົນມານີ້ ຈະຖືກໝາຍໄວ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="67"/>
        <source>Line</source>
        <translation>ແຖວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="68"/>
        <source>Why it was refused</source>
        <translation>ເຫດຜົນທີ່ຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="85"/>
        <source>Entry</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="86"/>
        <source>Field</source>
        <translation>ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="87"/>
        <source>Now</source>
        <translation>ປັດຈຸບັນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="88"/>
        <source>From the file</source>
        <translation>ຈາກໄຟລ໌</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="106"/>
        <source>Import</source>
        <translation>ນຳເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="116"/>
        <source>Entries this file changes (✓: verified by a person; a changed contact must be verified again):</source>
        <translation>ລາຍການທີ່ໄຟລ໌ນີ້ຈະປ່ຽນແປງ (✓: ຖືກກວດສອບໂດຍຄົນແລ້ວ; ຂໍ້ມູນຕິດຕໍ່ທີ່ຖືກປ່ຽນແປງຕ້ອງໄດ້ກວດສອບໃໝ່):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="11"/>
        <source>NGO</source>
        <translation>ອົງການທີ່ບໍ່ແມ່ນລັດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="12"/>
        <source>Lawyer</source>
        <translation>ທະນາຍຄວາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="13"/>
        <source>Social welfare</source>
        <translation>ສະຫວັດດີການສັງຄົມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="14"/>
        <source>Health</source>
        <translation>ສາທາລະນະສຸກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="15"/>
        <source>Law enforcement</source>
        <translation>ການບັງຄັບໃຊ້ກົດໝາຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="16"/>
        <source>Shelter</source>
        <translation>ສູນພັກພິງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="17"/>
        <source>Embassy</source>
        <translation>ສະຖານທູດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="32"/>
        <source>Example: not a real entry</source>
        <translation>ຕົວຢ່າງ: ບໍ່ແມ່ນລາຍການແທ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="34"/>
        <source>Never verified</source>
        <translation>ບໍ່ເຄີຍກວດສອບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="37"/>
        <source>To verify (last {day})</source>
        <translation>ຕ້ອງກວດສອບ (ຫຼ້າສຸດ {day})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="38"/>
        <source>✓ Verified {day}</source>
        <translation>✓ ກວດສອບແລ້ວ {day}</translation>
    </message>
</context>
<context>
    <name>embassy</name>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="192"/>
        <source>The person&apos;s nationality is not recorded, so no embassy can be asked.</source>
        <translation>ບໍ່ໄດ້ບັນທຶກສັນຊາດຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອ, ສະນັ້ນຈຶ່ງບໍ່ສາມາດຮ້ອງຂໍຈາກສະຖານທູດໃດໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="202"/>
        <source>The requesting organisation&apos;s name is missing.</source>
        <translation>ບໍ່ມີຊື່ຂອງອົງການທີ່ຮ້ອງຂໍ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="211"/>
        <source>The organisation name or the document named would reveal the person&apos;s situation to the embassy; give a neutral name for the letter.</source>
        <translation>ຊື່ອົງການ ຫຼື ເອກະສານທີ່ລະບຸ ຈະເປີດເຜີຍສະຖານະການຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອໃຫ້ສະຖານທູດຮູ້; ກະລຸນາໃຊ້ຊື່ທີ່ເປັນກາງສຳລັບໜັງສື.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="229"/>
        <source>No name is confirmed as neutral for letters to the embassy of {country}; a supervisor confirms one first.</source>
        <translation>ຍັງບໍ່ມີຊື່ໃດທີ່ຖືກຢືນຢັນວ່າເປັນກາງ ສຳລັບໜັງສືເຖິງສະຖານທູດຂອງ {country}; ຫົວໜ້າຄຸ້ມງານຕ້ອງຢືນຢັນຊື່ກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="241"/>
        <source>Letters to this embassy carry only the name confirmed as neutral for it: {name}.</source>
        <translation>ໜັງສືເຖິງສະຖານທູດນີ້ໃຊ້ໄດ້ສະເພາະຊື່ທີ່ຖືກຢືນຢັນວ່າເປັນກາງສຳລັບສະຖານທູດນີ້: {name}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="96"/>
        <source>The letter would reveal the person&apos;s situation to the embassy without their consent.</source>
        <translation>ໜັງສືນີ້ຈະເປີດເຜີຍສະຖານະການຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອໃຫ້ສະຖານທູດຮູ້ ໂດຍບໍ່ມີການຍິນຍອມຂອງເຂົາເຈົ້າ.</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="25"/>
        <source>Intake</source>
        <translation>ການຮັບເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="26"/>
        <source>Shelter and care</source>
        <translation>ສູນພັກພິງ ແລະ ການດູແລ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="27"/>
        <source>Return preparation</source>
        <translation>ການກະກຽມການກັບຄືນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="28"/>
        <source>Travel</source>
        <translation>ການເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="29"/>
        <source>Reintegration</source>
        <translation>ການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="30"/>
        <source>Follow-up</source>
        <translation>ການຕິດຕາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="31"/>
        <location filename="../rrr_desktop/ui/labels.py" line="77"/>
        <source>Testimony</source>
        <translation>ການໃຫ້ປາກຄຳ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="32"/>
        <source>Closed</source>
        <translation>ປິດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="33"/>
        <source>Female</source>
        <translation>ຍິງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="34"/>
        <source>Male</source>
        <translation>ຊາຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="35"/>
        <location filename="../rrr_desktop/ui/labels.py" line="42"/>
        <location filename="../rrr_desktop/ui/labels.py" line="56"/>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="36"/>
        <source>Unknown</source>
        <translation>ບໍ່ຮູ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="37"/>
        <source>Police</source>
        <translation>ຕຳຫຼວດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="38"/>
        <source>Labour inspection</source>
        <translation>ການກວດກາແຮງງານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="39"/>
        <source>NGO</source>
        <translation>ອົງການທີ່ບໍ່ແມ່ນລັດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="40"/>
        <source>Self-referred</source>
        <translation>ມາດ້ວຍຕົນເອງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="41"/>
        <source>Embassy</source>
        <translation>ສະຖານທູດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="43"/>
        <source>Identified victim of trafficking</source>
        <translation>ຜູ້ເຄາະຮ້າຍຈາກການຄ້າມະນຸດທີ່ໄດ້ຮັບການລະບຸແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="46"/>
        <source>Deported migrant</source>
        <translation>ຜູ້ເຄື່ອນຍ້າຍທີ່ຖືກເນລະເທດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="47"/>
        <source>Returned on their own</source>
        <translation>ກັບຄືນດ້ວຍຕົນເອງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="48"/>
        <source>Domestic work</source>
        <translation>ວຽກບ້ານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="49"/>
        <source>Sexual exploitation</source>
        <translation>ການຂູດຮີດທາງເພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="50"/>
        <source>Plantation</source>
        <translation>ສວນປູກພືດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="51"/>
        <source>Construction</source>
        <translation>ການກໍ່ສ້າງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="52"/>
        <source>Forced begging</source>
        <translation>ການບັງຄັບໃຫ້ຂໍທານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="53"/>
        <source>Restaurant</source>
        <translation>ຮ້ານອາຫານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="54"/>
        <source>Fishing</source>
        <translation>ການປະມົງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="55"/>
        <source>Factory</source>
        <translation>ໂຮງງານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="57"/>
        <source>No asylum application</source>
        <translation>ບໍ່ມີການຍື່ນຂໍລີ້ໄພ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="58"/>
        <source>Wishes to apply for asylum</source>
        <translation>ຕ້ອງການຍື່ນຂໍລີ້ໄພ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="59"/>
        <source>Asylum procedure pending</source>
        <translation>ຂັ້ນຕອນການຂໍລີ້ໄພກຳລັງດຳເນີນຢູ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="60"/>
        <source>Asylum decided (outcome not recorded)</source>
        <translation>ມີການຕັດສິນເລື່ອງການຂໍລີ້ໄພແລ້ວ (ບໍ່ໄດ້ບັນທຶກຜົນ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="61"/>
        <source>Asylum granted</source>
        <translation>ໄດ້ຮັບອະນຸມັດໃຫ້ລີ້ໄພ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="62"/>
        <source>Asylum refused</source>
        <translation>ການຂໍລີ້ໄພຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="63"/>
        <source>Assistance</source>
        <translation>ການຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="64"/>
        <source>Processing of personal data</source>
        <translation>ການປະມວນຜົນຂໍ້ມູນສ່ວນບຸກຄົນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="65"/>
        <source>Sharing with the receiving organisation</source>
        <translation>ການແບ່ງປັນຂໍ້ມູນກັບອົງການຝ່າຍຮັບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="68"/>
        <source>Contact with the embassy</source>
        <translation>ການຕິດຕໍ່ກັບສະຖານທູດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="69"/>
        <source>Telling the embassy about the trafficking</source>
        <translation>ການແຈ້ງໃຫ້ສະຖານທູດຮູ້ກ່ຽວກັບການຄ້າມະນຸດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="72"/>
        <source>Family tracing</source>
        <translation>ການຕິດຕາມຊອກຫາຄອບຄົວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="73"/>
        <source>Medical examination</source>
        <translation>ການກວດທາງການແພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="74"/>
        <source>Reintegration services</source>
        <translation>ບໍລິການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="75"/>
        <source>Being met on arrival</source>
        <translation>ການມີຄົນມາຮັບເມື່ອເດີນທາງຮອດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="76"/>
        <source>Voluntary return</source>
        <translation>ການກັບຄືນແບບສະໝັກໃຈ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="78"/>
        <source>Not asked</source>
        <translation>ຍັງບໍ່ໄດ້ຖາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="79"/>
        <source>Given</source>
        <translation>ໃຫ້ການຍິນຍອມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="80"/>
        <source>Declined</source>
        <translation>ປະຕິເສດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="81"/>
        <source>Withdrawn</source>
        <translation>ຖອນການຍິນຍອມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="82"/>
        <source>Written</source>
        <translation>ເປັນລາຍລັກອັກສອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="83"/>
        <source>Verbal, with a witness</source>
        <translation>ດ້ວຍວາຈາ, ມີພະຍານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="84"/>
        <source>By the guardian</source>
        <translation>ໂດຍຜູ້ປົກຄອງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="85"/>
        <source>Consent</source>
        <translation>ການຍິນຍອມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="86"/>
        <source>Vital interest</source>
        <translation>ຜົນປະໂຫຍດທີ່ສຳຄັນຕໍ່ຊີວິດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="87"/>
        <source>Legal obligation</source>
        <translation>ພັນທະທາງກົດໝາຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="88"/>
        <source>Administrator</source>
        <translation>ຜູ້ບໍລິຫານລະບົບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="89"/>
        <source>Supervisor</source>
        <translation>ຫົວໜ້າຄຸ້ມງານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="90"/>
        <source>Caseworker</source>
        <translation>ພະນັກງານຮັບຜິດຊອບກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="91"/>
        <source>Data officer</source>
        <translation>ເຈົ້າໜ້າທີ່ຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="92"/>
        <source>Note</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="93"/>
        <source>Phone call</source>
        <translation>ການໂທລະສັບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="94"/>
        <source>Visit</source>
        <translation>ການຢ້ຽມຢາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="95"/>
        <source>Meeting</source>
        <translation>ການປະຊຸມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="96"/>
        <source>Message</source>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="97"/>
        <source>Identity or travel document</source>
        <translation>ເອກະສານຢັ້ງຢືນຕົວຕົນ ຫຼື ເອກະສານເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="98"/>
        <source>Signed form or checklist</source>
        <translation>ແບບຟອມ ຫຼື ລາຍການກວດກາທີ່ລົງລາຍເຊັນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="99"/>
        <source>Photo</source>
        <translation>ຮູບຖ່າຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="100"/>
        <source>Medical record</source>
        <translation>ບັນທຶກທາງການແພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="101"/>
        <source>Letter</source>
        <translation>ຈົດໝາຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="102"/>
        <source>Other document</source>
        <translation>ເອກະສານອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../rrr_desktop/cli/bundle.py" line="168"/>
        <source>No single peer matches {text}; use its fingerprint from &apos;rrr peer list&apos;.</source>
        <translation>ບໍ່ມີຄູ່ແລກປ່ຽນຂໍ້ມູນທີ່ກົງກັບ {text} ພຽງລາຍດຽວ; ກະລຸນາໃຊ້ລາຍນິ້ວມືດິຈິຕອນຂອງຄູ່ແລກປ່ຽນຂໍ້ມູນນັ້ນ ຈາກຄຳສັ່ງ &apos;rrr peer list&apos;.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="276"/>
        <source>No embassy letter for {reference}: {reasons}</source>
        <translation>ບໍ່ສາມາດສ້າງໜັງສືເຖິງສະຖານທູດສຳລັບ {reference} ໄດ້: {reasons}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="40"/>
        <source>The user name or passphrase is not correct.</source>
        <translation>ຊື່ຜູ້ໃຊ້ ຫຼື ວະລີລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="46"/>
        <source>No vault found in {where}. Create one with &apos;rrr init&apos; or the set-up window.</source>
        <translation>ບໍ່ພົບຄັງຂໍ້ມູນໃນ {where}. ກະລຸນາສ້າງຄັງຂໍ້ມູນດ້ວຍຄຳສັ່ງ &apos;rrr init&apos; ຫຼື ໜ້າຕ່າງຕັ້ງຄ່າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="57"/>
        <source>A vault already exists in {where}; refusing to overwrite it.</source>
        <translation>ມີຄັງຂໍ້ມູນຢູ່ໃນ {where} ແລ້ວ; ຈະບໍ່ຂຽນທັບຄັງຂໍ້ມູນນັ້ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="70"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>ຄັງຂໍ້ມູນຖືກລັອກຢູ່. ກະລຸນາປົດລັອກເພື່ອສືບຕໍ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="78"/>
        <source>The vault in {where} is on read-only media (a write-protected stick or a folder without permission): it is open for reading and reports only. Nothing can be recorded there, so nothing can be printed or copied out of it either. To work in it, copy the folder to a writable disk.</source>
        <translation>ຄັງຂໍ້ມູນໃນ {where} ຢູ່ໃນສື່ບັນທຶກທີ່ອ່ານໄດ້ຢ່າງດຽວ (ແຟລັດໄດຣຟ໌ທີ່ປ້ອງກັນການຂຽນ ຫຼື ໂຟນເດີທີ່ບໍ່ມີສິດຂຽນ): ເປີດໄດ້ເພື່ອອ່ານ ແລະ ເຮັດລາຍງານເທົ່ານັ້ນ. ບໍ່ສາມາດບັນທຶກຫຍັງໄວ້ບ່ອນນັ້ນໄດ້, ສະນັ້ນຈຶ່ງບໍ່ສາມາດພິມ ຫຼື ສຳເນົາຫຍັງອອກຈາກຄັງຂໍ້ມູນນີ້ໄດ້ເຊັ່ນກັນ. ເພື່ອເຮັດວຽກໃນຄັງຂໍ້ມູນນີ້, ກະລຸນາສຳເນົາໂຟນເດີໄປໃສ່ດິສກ໌ທີ່ຂຽນໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="112"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>ດິສກ໌ເຕັມ: ບໍ່ມີຫຍັງຖືກບັນທຶກ. ກະລຸນາເຮັດໃຫ້ມີພື້ນທີ່ຫວ່າງໃນດິສກ໌ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="127"/>
        <source>This bundle was already imported; importing it again is refused.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດນີ້ຖືກນຳເຂົ້າແລ້ວ; ບໍ່ອະນຸຍາດໃຫ້ນຳເຂົ້າຊ້ຳ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="37"/>
        <source>This passphrase bundle asks for more memory to open than RRR Desktop allows; it was refused. Ask the sender to send it to this installation&apos;s contact card instead.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດທີ່ໃຊ້ວະລີລະຫັດຜ່ານນີ້ ຕ້ອງການໜ່ວຍຄວາມຈຳເພື່ອເປີດຫຼາຍກວ່າທີ່ RRR Desktop ອະນຸຍາດ; ຈຶ່ງຖືກປະຕິເສດ. ກະລຸນາຂໍໃຫ້ຜູ້ສົ່ງສົ່ງມາຫາບັດຕິດຕໍ່ຂອງການຕິດຕັ້ງນີ້ແທນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="47"/>
        <source>Cancelled: nothing was written or changed.</source>
        <translation>ຍົກເລີກແລ້ວ: ບໍ່ມີຫຍັງຖືກຂຽນ ຫຼື ຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="124"/>
        <source>This bundle is too large for a passphrase; add the recipient&apos;s contact card and send it to their key instead.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດນີ້ໃຫຍ່ເກີນໄປທີ່ຈະປ້ອງກັນດ້ວຍວະລີລະຫັດຜ່ານ; ກະລຸນາເພີ່ມບັດຕິດຕໍ່ຂອງຜູ້ຮັບ ແລະ ສົ່ງໄປຫາກະແຈຂອງເຂົາເຈົ້າແທນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="133"/>
        <source>This laptop would protect the bundle with a passphrase cost the receiver refuses; send it to the recipient&apos;s contact card instead.</source>
        <translation>ແລັບທັອບເຄື່ອງນີ້ຈະປ້ອງກັນຊຸດຂໍ້ມູນເຂົ້າລະຫັດດ້ວຍວະລີລະຫັດຜ່ານ ໃນລະດັບການຄຳນວນທີ່ຝ່າຍຮັບຈະປະຕິເສດ; ກະລຸນາສົ່ງໄປຫາບັດຕິດຕໍ່ຂອງຜູ້ຮັບແທນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="221"/>
        <source>This bundle is protected by a passphrase; enter the passphrase to open it.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດນີ້ຖືກປ້ອງກັນດ້ວຍວະລີລະຫັດຜ່ານ; ກະລຸນາປ້ອນວະລີລະຫັດຜ່ານເພື່ອເປີດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="256"/>
        <source>This passphrase bundle is larger than allowed; it was refused.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດທີ່ໃຊ້ວະລີລະຫັດຜ່ານນີ້ ໃຫຍ່ກວ່າທີ່ອະນຸຍາດ; ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="239"/>
        <source>The passphrase is wrong or the bundle is damaged; nothing was imported.</source>
        <translation>ວະລີລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ ຫຼື ຊຸດຂໍ້ມູນເຂົ້າລະຫັດເສຍຫາຍ; ບໍ່ມີຂໍ້ມູນໃດຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="188"/>
        <source>This bundle is not addressed to this installation (or the passphrase is wrong); ask the sender to make it for this installation&apos;s contact card.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດນີ້ບໍ່ໄດ້ສົ່ງມາຫາການຕິດຕັ້ງນີ້ (ຫຼື ວະລີລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ); ກະລຸນາຂໍໃຫ້ຜູ້ສົ່ງສ້າງຊຸດຂໍ້ມູນເຂົ້າລະຫັດສຳລັບບັດຕິດຕໍ່ຂອງການຕິດຕັ້ງນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="195"/>
        <source>This file is not an RRR bundle or it is damaged.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນຊຸດຂໍ້ມູນເຂົ້າລະຫັດ RRR ຫຼື ມັນເສຍຫາຍ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="199"/>
        <source>The bundle is damaged or incomplete (it changed after it was made); copy it again from the sender.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດເສຍຫາຍ ຫຼື ບໍ່ຄົບຖ້ວນ (ມັນຖືກປ່ຽນແປງຫຼັງຈາກຖືກສ້າງ); ກະລຸນາສຳເນົາມາຈາກຜູ້ສົ່ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="269"/>
        <source>The bundle&apos;s signature does not match its sender&apos;s key: it was changed or forged.</source>
        <translation>ລາຍເຊັນດິຈິຕອນຂອງຊຸດຂໍ້ມູນເຂົ້າລະຫັດບໍ່ກົງກັບກະແຈຂອງຜູ້ສົ່ງ: ມັນຖືກປ່ຽນແປງ ຫຼື ຖືກປອມແປງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="277"/>
        <source>The bundle is damaged (its manifest is misplaced).</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດເສຍຫາຍ (ບັນຊີລາຍການເນື້ອໃນຢູ່ຜິດຕຳແໜ່ງ).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="283"/>
        <source>The bundle&apos;s contents do not match its signed manifest: it was changed after it was made.</source>
        <translation>ເນື້ອໃນຂອງຊຸດຂໍ້ມູນເຂົ້າລະຫັດບໍ່ກົງກັບບັນຊີລາຍການເນື້ອໃນທີ່ລົງລາຍເຊັນໄວ້: ມັນຖືກປ່ຽນແປງຫຼັງຈາກຖືກສ້າງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="42"/>
        <source>The bundle contains a member with a forbidden name (a path outside the bundle); it was refused.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດມີໄຟລ໌ຍ່ອຍທີ່ມີຊື່ຕ້ອງຫ້າມ (ເສັ້ນທາງທີ່ຢູ່ນອກຊຸດຂໍ້ມູນເຂົ້າລະຫັດ); ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="143"/>
        <source>This file is not an RRR bundle of a known format.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນຊຸດຂໍ້ມູນເຂົ້າລະຫັດ RRR ໃນຮູບແບບທີ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="174"/>
        <source>The bundle is damaged (a block is too large).</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດເສຍຫາຍ (ມີບລັອກຂໍ້ມູນໜຶ່ງໃຫຍ່ເກີນໄປ).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="188"/>
        <source>The bundle is damaged (data after its end).</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດເສຍຫາຍ (ມີຂໍ້ມູນຢູ່ຫຼັງຈຸດສິ້ນສຸດ).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="197"/>
        <source>The bundle contains a member with an unreadable name.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດມີໄຟລ໌ຍ່ອຍທີ່ມີຊື່ອ່ານບໍ່ໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="201"/>
        <source>The bundle contains too many members; it was refused.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດມີໄຟລ໌ຍ່ອຍຫຼາຍເກີນໄປ; ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="206"/>
        <source>The bundle contains the same member twice; it was refused.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດມີໄຟລ໌ຍ່ອຍດຽວກັນສອງເທື່ອ; ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="224"/>
        <source>The bundle contains a member larger than allowed; it was refused.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດມີໄຟລ໌ຍ່ອຍທີ່ໃຫຍ່ກວ່າທີ່ອະນຸຍາດ; ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="246"/>
        <source>The bundle is incomplete (it was cut short); copy it again from the sender.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດບໍ່ຄົບຖ້ວນ (ມັນຖືກຕັດຂາດ); ກະລຸນາສຳເນົາມາຈາກຜູ້ສົ່ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="163"/>
        <source>Case {reference} cannot be referred: {reason} Record that consent first.</source>
        <translation>ບໍ່ສາມາດສົ່ງຕໍ່ກໍລະນີ {reference} ໄດ້: {reason} ກະລຸນາບັນທຶກການຍິນຍອມນັ້ນກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="177"/>
        <source>A referral needs at least one case: name it with its reference.</source>
        <translation>ການສົ່ງຕໍ່ຕ້ອງມີຢ່າງໜ້ອຍໜຶ່ງກໍລະນີ: ກະລຸນາລະບຸກໍລະນີດ້ວຍເລກອ້າງອີງຂອງມັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="243"/>
        <source>Case {reference} was not referred to us by the chosen organisation; a status report goes only back to the organisation that referred the case.</source>
        <translation>ກໍລະນີ {reference} ບໍ່ໄດ້ຖືກສົ່ງຕໍ່ມາຫາພວກເຮົາໂດຍອົງການທີ່ເລືອກ; ລາຍງານສະຖານະຈະສົ່ງກັບໄປຫາອົງການທີ່ສົ່ງຕໍ່ກໍລະນີນັ້ນມາເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="259"/>
        <source>The chosen organisation referred no case to us to report on.</source>
        <translation>ອົງການທີ່ເລືອກບໍ່ໄດ້ສົ່ງຕໍ່ກໍລະນີໃດມາຫາພວກເຮົາ, ຈຶ່ງບໍ່ມີກໍລະນີໃຫ້ລາຍງານ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="89"/>
        <source>Record {reference} in the bundle is not a valid case; nothing was imported. Ask the sender to check their version of RRR Desktop.</source>
        <translation>ລາຍການຂໍ້ມູນ {reference} ໃນຊຸດຂໍ້ມູນເຂົ້າລະຫັດ ບໍ່ແມ່ນກໍລະນີທີ່ຖືກຕ້ອງ; ບໍ່ມີຂໍ້ມູນໃດຖືກນຳເຂົ້າ. ກະລຸນາຂໍໃຫ້ຜູ້ສົ່ງກວດເບິ່ງລຸ້ນ RRR Desktop ຂອງເຂົາເຈົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="148"/>
        <source>The bundle lists the same record twice; it was refused.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດມີລາຍການຂໍ້ມູນດຽວກັນສອງເທື່ອ; ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="156"/>
        <source>A referral or status bundle may carry only cases; it was refused.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດສຳລັບການສົ່ງຕໍ່ ຫຼື ລາຍງານສະຖານະ ບັນຈຸໄດ້ສະເພາະກໍລະນີເທົ່ານັ້ນ; ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="169"/>
        <source>The bundle would change a record into another kind; it was refused.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດຈະປ່ຽນລາຍການຂໍ້ມູນໜຶ່ງໃຫ້ເປັນປະເພດອື່ນ; ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="308"/>
        <source>The status report is about a case that was not referred to its sender from here; it was refused.</source>
        <translation>ລາຍງານສະຖານະນີ້ກ່ຽວກັບກໍລະນີທີ່ບໍ່ໄດ້ຖືກສົ່ງຕໍ່ຈາກບ່ອນນີ້ໄປຫາຜູ້ສົ່ງລາຍງານ; ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="316"/>
        <source>The status report carries more than follow-up status; it was refused.</source>
        <translation>ລາຍງານສະຖານະນີ້ມີຂໍ້ມູນຫຼາຍກວ່າສະຖານະການຕິດຕາມ; ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="89"/>
        <source>This installation has no handoff keys yet, so no bundle can be addressed to it; export its contact card first.</source>
        <translation>ການຕິດຕັ້ງນີ້ຍັງບໍ່ມີກະແຈສຳລັບການສົ່ງມອບຂໍ້ມູນ, ສະນັ້ນຈຶ່ງບໍ່ສາມາດສົ່ງຊຸດຂໍ້ມູນເຂົ້າລະຫັດມາຫາມັນໄດ້; ກະລຸນາສົ່ງອອກບັດຕິດຕໍ່ຂອງການຕິດຕັ້ງນີ້ກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="119"/>
        <source>The bundle has no manifest; it is damaged or not an RRR bundle.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດບໍ່ມີບັນຊີລາຍການເນື້ອໃນ; ມັນເສຍຫາຍ ຫຼື ບໍ່ແມ່ນຊຸດຂໍ້ມູນເຂົ້າລະຫັດ RRR.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="128"/>
        <source>This bundle comes from an unknown sender; add their contact card and compare its fingerprint before importing.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດນີ້ມາຈາກຜູ້ສົ່ງທີ່ບໍ່ຮູ້ຈັກ; ກະລຸນາເພີ່ມບັດຕິດຕໍ່ຂອງເຂົາເຈົ້າ ແລະ ປຽບທຽບລາຍນິ້ວມືດິຈິຕອນຂອງບັດ ກ່ອນນຳເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="136"/>
        <source>The sender {org} is not trusted yet; compare the fingerprint {fingerprint} with them, then trust the card.</source>
        <translation>ຍັງບໍ່ໄດ້ເຊື່ອຖືຜູ້ສົ່ງ {org}; ກະລຸນາປຽບທຽບລາຍນິ້ວມືດິຈິຕອນ {fingerprint} ກັບເຂົາເຈົ້າ, ຈາກນັ້ນຈຶ່ງເຊື່ອຖືບັດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="147"/>
        <source>The bundle&apos;s sender does not match the trusted contact card.</source>
        <translation>ຜູ້ສົ່ງຊຸດຂໍ້ມູນເຂົ້າລະຫັດບໍ່ກົງກັບບັດຕິດຕໍ່ທີ່ເຊື່ອຖືແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="154"/>
        <source>This bundle was made for another recipient; it cannot be imported here.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດນີ້ຖືກສ້າງສຳລັບຜູ້ຮັບອື່ນ; ບໍ່ສາມາດນຳເຂົ້າຢູ່ບ່ອນນີ້ໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="161"/>
        <source>A sync bundle comes only from a device of this organisation; this one is from {org}.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດສຳລັບປະສານຂໍ້ມູນ ຕ້ອງມາຈາກອຸປະກອນຂອງອົງການນີ້ເທົ່ານັ້ນ; ຊຸດນີ້ມາຈາກ {org}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="170"/>
        <source>Referrals and status reports come from another organisation.</source>
        <translation>ການສົ່ງຕໍ່ ແລະ ລາຍງານສະຖານະ ຕ້ອງມາຈາກອົງການອື່ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="179"/>
        <source>The bundle has no records; it is damaged.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດບໍ່ມີລາຍການຂໍ້ມູນ; ມັນເສຍຫາຍ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="206"/>
        <source>The bundle contains a file with an unknown name; it was refused.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດມີໄຟລ໌ທີ່ມີຊື່ທີ່ບໍ່ຮູ້ຈັກ; ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="218"/>
        <source>The bundle contains an attached file larger than allowed; it was refused.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດມີໄຟລ໌ແນບທີ່ໃຫຍ່ກວ່າທີ່ອະນຸຍາດ; ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="229"/>
        <source>An attached file in the bundle does not match its fingerprint; nothing was imported.</source>
        <translation>ໄຟລ໌ແນບໃນຊຸດຂໍ້ມູນເຂົ້າລະຫັດບໍ່ກົງກັບລາຍນິ້ວມືດິຈິຕອນຂອງມັນ; ບໍ່ມີຂໍ້ມູນໃດຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="268"/>
        <source>The bundle file changed while it was being read; nothing was imported.</source>
        <translation>ໄຟລ໌ຊຸດຂໍ້ມູນເຂົ້າລະຫັດຖືກປ່ຽນແປງໃນຂະນະທີ່ກຳລັງອ່ານ; ບໍ່ມີຂໍ້ມູນໃດຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="276"/>
        <source>The bundle&apos;s record count does not match its manifest; it was refused.</source>
        <translation>ຈຳນວນລາຍການຂໍ້ມູນໃນຊຸດຂໍ້ມູນເຂົ້າລະຫັດບໍ່ກົງກັບບັນຊີລາຍການເນື້ອໃນ; ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="33"/>
        <source>The bundle contains a damaged record; it was refused. Ask the sender for a new bundle.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດມີລາຍການຂໍ້ມູນທີ່ເສຍຫາຍ; ຈຶ່ງຖືກປະຕິເສດ. ກະລຸນາຂໍຊຸດຂໍ້ມູນເຂົ້າລະຫັດໃໝ່ຈາກຜູ້ສົ່ງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="46"/>
        <source>The bundle contains a record nested too deeply to be a case; it was refused.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດມີລາຍການຂໍ້ມູນທີ່ມີໂຄງສ້າງຊ້ອນກັນຫຼາຍຊັ້ນເກີນກວ່າຈະເປັນກໍລະນີໄດ້; ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="100"/>
        <source>The bundle contains a record larger than allowed; it was refused.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດມີລາຍການຂໍ້ມູນທີ່ໃຫຍ່ກວ່າທີ່ອະນຸຍາດ; ຈຶ່ງຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/keys.py" line="149"/>
        <source>This file is not a valid RRR contact card; ask for a new card file.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນບັດຕິດຕໍ່ RRR ທີ່ຖືກຕ້ອງ; ກະລຸນາຂໍໄຟລ໌ບັດຕິດຕໍ່ໃໝ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/keys.py" line="161"/>
        <source>This contact card comes from a newer version of RRR Desktop; update RRR Desktop here first.</source>
        <translation>ບັດຕິດຕໍ່ນີ້ມາຈາກ RRR Desktop ລຸ້ນທີ່ໃໝ່ກວ່າ; ກະລຸນາອັບເດດ RRR Desktop ຢູ່ເຄື່ອງນີ້ກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="103"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="110"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="140"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="147"/>
        <source>The bundle&apos;s manifest is damaged; ask the sender for a new copy.</source>
        <translation>ບັນຊີລາຍການເນື້ອໃນຂອງຊຸດຂໍ້ມູນເຂົ້າລະຫັດເສຍຫາຍ; ກະລຸນາຂໍສຳເນົາໃໝ່ຈາກຜູ້ສົ່ງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="119"/>
        <source>This bundle was made by a newer version of RRR Desktop; update this installation, then import it again.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດນີ້ຖືກສ້າງໂດຍ RRR Desktop ລຸ້ນທີ່ໃໝ່ກວ່າ; ກະລຸນາອັບເດດການຕິດຕັ້ງນີ້ ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="129"/>
        <source>This bundle was made by an older version of RRR Desktop (before sync format 2); ask the sender to update RRR Desktop and make a new bundle. Nothing was imported.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດນີ້ຖືກສ້າງໂດຍ RRR Desktop ລຸ້ນທີ່ເກົ່າກວ່າ (ກ່ອນຮູບແບບການປະສານຂໍ້ມູນລຸ້ນ 2); ກະລຸນາຂໍໃຫ້ຜູ້ສົ່ງອັບເດດ RRR Desktop ແລະ ສ້າງຊຸດຂໍ້ມູນເຂົ້າລະຫັດໃໝ່. ບໍ່ມີຂໍ້ມູນໃດຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="51"/>
        <source>Choose &apos;ours&apos;, &apos;theirs&apos;, the number of one of the values, or &apos;new&apos; with a value.</source>
        <translation>ກະລຸນາເລືອກ &apos;ours&apos; (ຂອງພວກເຮົາ), &apos;theirs&apos; (ຂອງເຂົາເຈົ້າ), ໝາຍເລກຂອງຄ່າໃດໜຶ່ງ, ຫຼື &apos;new&apos; (ໃໝ່) ພ້ອມກັບຄ່າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="68"/>
        <location filename="../rrr_desktop/handoff/resolve.py" line="108"/>
        <source>Choose a value between 1 and {count}.</source>
        <translation>ກະລຸນາເລືອກຄ່າລະຫວ່າງ 1 ຫາ {count}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="81"/>
        <source>Every value of this field was written on this laptop.</source>
        <translation>ທຸກຄ່າຂອງຊ່ອງຂໍ້ມູນນີ້ຖືກຂຽນຢູ່ໃນແລັບທັອບເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="92"/>
        <location filename="../rrr_desktop/handoff/resolve.py" line="148"/>
        <source>The record of this conflict no longer exists.</source>
        <translation>ລາຍການຂໍ້ມູນທີ່ມີຂໍ້ມູນຂັດແຍ່ງນີ້ ບໍ່ມີຢູ່ອີກແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="115"/>
        <source>This conflict was already resolved.</source>
        <translation>ຂໍ້ມູນຂັດແຍ່ງນີ້ໄດ້ຮັບການແກ້ໄຂແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="122"/>
        <source>That value would make the case invalid; choose another one.</source>
        <translation>ຄ່ານັ້ນຈະເຮັດໃຫ້ກໍລະນີບໍ່ຖືກຕ້ອງ; ກະລຸນາເລືອກຄ່າອື່ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="137"/>
        <location filename="../rrr_desktop/services/handoff.py" line="793"/>
        <source>This conflict was already resolved or does not exist.</source>
        <translation>ຂໍ້ມູນຂັດແຍ່ງນີ້ໄດ້ຮັບການແກ້ໄຂແລ້ວ ຫຼື ບໍ່ມີຢູ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="90"/>
        <source>The letter would reveal the person&apos;s situation without their consent.</source>
        <translation>ໜັງສືນີ້ຈະເປີດເຜີຍສະຖານະການຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອ ໂດຍບໍ່ມີການຍິນຍອມຂອງເຂົາເຈົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/render.py" line="242"/>
        <source>The printer or PDF file could not be opened for writing.</source>
        <translation>ບໍ່ສາມາດເປີດເຄື່ອງພິມ ຫຼື ໄຟລ໌ PDF ເພື່ອຂຽນໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="43"/>
        <source>{folder} cannot be written (read-only media or no permission). Nothing was saved there; choose another place.</source>
        <translation>ບໍ່ສາມາດຂຽນໃສ່ {folder} ໄດ້ (ສື່ບັນທຶກທີ່ອ່ານໄດ້ຢ່າງດຽວ ຫຼື ບໍ່ມີສິດຂຽນ). ບໍ່ມີຫຍັງຖືກບັນທຶກໄວ້ບ່ອນນັ້ນ; ກະລຸນາເລືອກບ່ອນອື່ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="52"/>
        <location filename="../rrr_desktop/printing/render.py" line="328"/>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="290"/>
        <source>The folder {folder} does not exist.</source>
        <translation>ບໍ່ມີໂຟນເດີ {folder}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="56"/>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>{path} ມີຢູ່ແລ້ວ; ບໍ່ມີຫຍັງຖືກຂຽນທັບ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="61"/>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} ເປັນໂຟນເດີ; ກະລຸນາເລືອກຊື່ໄຟລ໌.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="64"/>
        <source>{path} could not be written (the disk reported an error). Nothing was saved there; try another place or another stick.</source>
        <translation>ບໍ່ສາມາດຂຽນ {path} ໄດ້ (ດິສກ໌ແຈ້ງວ່າມີຂໍ້ຜິດພາດ). ບໍ່ມີຫຍັງຖືກບັນທຶກໄວ້ບ່ອນນັ້ນ; ກະລຸນາລອງບ່ອນອື່ນ ຫຼື ແຟລັດໄດຣຟ໌ອື່ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="199"/>
        <source>{path} is too large for a file of this kind.</source>
        <translation>{path} ໃຫຍ່ເກີນໄປສຳລັບໄຟລ໌ປະເພດນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="209"/>
        <source>There is no file {path}.</source>
        <translation>ບໍ່ມີໄຟລ໌ {path}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="212"/>
        <source>{path} is a folder; choose a file.</source>
        <translation>{path} ເປັນໂຟນເດີ; ກະລຸນາເລືອກໄຟລ໌.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="214"/>
        <source>{path} could not be read.</source>
        <translation>ບໍ່ສາມາດອ່ານ {path} ໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="219"/>
        <source>{path} is not a file; choose a file.</source>
        <translation>{path} ບໍ່ແມ່ນໄຟລ໌; ກະລຸນາເລືອກໄຟລ໌.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="318"/>
        <source>Cannot write the PDF file {file}.</source>
        <translation>ບໍ່ສາມາດຂຽນໄຟລ໌ PDF {file} ໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="34"/>
        <location filename="../rrr_desktop/services/audit_service.py" line="156"/>
        <source>verify the audit log</source>
        <translation>ກວດສອບຄວາມຖືກຕ້ອງຂອງບັນທຶກປະຫວັດການນຳໃຊ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="99"/>
        <source>This is not an audit checkpoint of RRR Desktop.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນຈຸດກວດສອບຂອງບັນທຶກປະຫວັດການນຳໃຊ້ຂອງ RRR Desktop.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="147"/>
        <source>write an audit checkpoint</source>
        <translation>ຂຽນຈຸດກວດສອບຂອງບັນທຶກປະຫວັດການນຳໃຊ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="203"/>
        <source>read the audit log</source>
        <translation>ອ່ານບັນທຶກປະຫວັດການນຳໃຊ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="59"/>
        <source>This case is not assigned to you.</source>
        <translation>ກໍລະນີນີ້ບໍ່ໄດ້ມອບໝາຍໃຫ້ທ່ານ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="77"/>
        <source>Only a supervisor may change records of the whole organisation.</source>
        <translation>ສະເພາະຫົວໜ້າຄຸ້ມງານເທົ່ານັ້ນ ທີ່ສາມາດປ່ຽນແປງລາຍການຂໍ້ມູນຂອງທັງອົງການໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="173"/>
        <source>A case reference cannot be changed.</source>
        <translation>ບໍ່ສາມາດປ່ຽນເລກອ້າງອີງກໍລະນີໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="201"/>
        <location filename="../rrr_desktop/services/cases.py" line="224"/>
        <source>Only a supervisor may change {field}.</source>
        <translation>ສະເພາະຫົວໜ້າຄຸ້ມງານເທົ່ານັ້ນ ທີ່ສາມາດປ່ຽນແປງ {field} ໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="204"/>
        <source>{field} is not changed by editing the case: it has a command of its own, which checks what it must and records who did it. Nothing was saved.</source>
        <translation>ບໍ່ສາມາດປ່ຽນ {field} ໂດຍການແກ້ໄຂກໍລະນີໄດ້: ມັນມີຄຳສັ່ງສະເພາະຂອງມັນເອງ ເຊິ່ງກວດສອບສິ່ງທີ່ຕ້ອງກວດ ແລະ ບັນທຶກວ່າໃຜເປັນຜູ້ເຮັດ. ບໍ່ມີຫຍັງຖືກບັນທຶກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="229"/>
        <source>{field} has a command of its own: keep one of the values here, then change it with that command.</source>
        <translation>{field} ມີຄຳສັ່ງສະເພາະຂອງມັນເອງ: ກະລຸນາເລືອກເກັບຄ່າໃດໜຶ່ງທີ່ສະແດງຢູ່ນີ້ ແລ້ວຈຶ່ງປ່ຽນດ້ວຍຄຳສັ່ງນັ້ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="257"/>
        <location filename="../rrr_desktop/services/cases.py" line="268"/>
        <source>assign cases</source>
        <translation>ມອບໝາຍກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="295"/>
        <source>{reference} cannot move to {stage}: {reasons}</source>
        <translation>{reference} ບໍ່ສາມາດຍ້າຍໄປ {stage} ໄດ້: {reasons}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="95"/>
        <source>No directory entry has this id.</source>
        <translation>ບໍ່ມີລາຍການໃນບັນຊີລາຍຊື່ບໍລິການທີ່ມີລະຫັດນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="142"/>
        <source>change a verified directory entry</source>
        <translation>ປ່ຽນແປງລາຍການທີ່ຖືກກວດສອບແລ້ວໃນບັນຊີລາຍຊື່ບໍລິການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="153"/>
        <source>This id belongs to another kind of record.</source>
        <translation>ລະຫັດນີ້ເປັນຂອງລາຍການຂໍ້ມູນປະເພດອື່ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="167"/>
        <source>An example entry must be replaced by a real one, not verified.</source>
        <translation>ລາຍການຕົວຢ່າງຕ້ອງຖືກແທນທີ່ດ້ວຍລາຍການແທ້, ບໍ່ແມ່ນໝາຍວ່າກວດສອບແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="175"/>
        <source>A verification date cannot be in the future.</source>
        <translation>ວັນທີກວດສອບບໍ່ສາມາດເປັນວັນທີໃນອະນາຄົດໄດ້.</translation>
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
        <translation>ມີ {count} ແຖວໃນໄຟລ໌ຖືກປະຕິເສດ, ສະນັ້ນຈຶ່ງບໍ່ມີຂໍ້ມູນໃດຖືກນຳເຂົ້າ; ແຖວທຳອິດ: {problem}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="265"/>
        <source>The file holds no directory entries.</source>
        <translation>ໄຟລ໌ບໍ່ມີລາຍການບັນຊີລາຍຊື່ບໍລິການ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="271"/>
        <source>add contact cards of other installations</source>
        <translation>ເພີ່ມບັດຕິດຕໍ່ຂອງການຕິດຕັ້ງອື່ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="277"/>
        <source>This is this installation&apos;s own contact card.</source>
        <translation>ນີ້ແມ່ນບັດຕິດຕໍ່ຂອງການຕິດຕັ້ງນີ້ເອງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="282"/>
        <source>The card {fingerprint} was already added.</source>
        <translation>ໄດ້ເພີ່ມບັດ {fingerprint} ໄວ້ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="295"/>
        <source>No peer with the fingerprint {fingerprint}; run &apos;rrr peer list&apos;.</source>
        <translation>ບໍ່ມີຄູ່ແລກປ່ຽນຂໍ້ມູນທີ່ມີລາຍນິ້ວມືດິຈິຕອນ {fingerprint}; ກະລຸນາໃຊ້ຄຳສັ່ງ &apos;rrr peer list&apos;.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="304"/>
        <source>trust other installations</source>
        <translation>ເຊື່ອຖືການຕິດຕັ້ງອື່ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="317"/>
        <source>join this vault to another organisation</source>
        <translation>ນຳຄັງຂໍ້ມູນນີ້ເຂົ້າຮ່ວມກັບອົງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="322"/>
        <source>Trust the peer&apos;s card before joining its organisation.</source>
        <translation>ກະລຸນາເຊື່ອຖືບັດຂອງຄູ່ແລກປ່ຽນຂໍ້ມູນ ກ່ອນເຂົ້າຮ່ວມກັບອົງການຂອງເຂົາເຈົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="335"/>
        <source>This peer&apos;s card does not name a valid organisation (a name of at least two characters and a two-letter country code); ask the peer for a new card file.</source>
        <translation>ບັດຂອງຄູ່ຮ່ວມງານນີ້ບໍ່ໄດ້ລະບຸອົງການທີ່ຖືກຕ້ອງ (ຊື່ຢ່າງໜ້ອຍສອງຕົວອັກສອນ ແລະ ລະຫັດປະເທດສອງຕົວອັກສອນ); ກະລຸນາຂໍໄຟລ໌ບັດໃໝ່ຈາກຄູ່ຮ່ວມງານ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="345"/>
        <source>Only an empty vault can join another organisation.</source>
        <translation>ສະເພາະຄັງຂໍ້ມູນທີ່ຫວ່າງເປົ່າເທົ່ານັ້ນ ທີ່ສາມາດເຂົ້າຮ່ວມກັບອົງການອື່ນໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="379"/>
        <source>write a sync bundle of all cases</source>
        <translation>ຂຽນຊຸດຂໍ້ມູນເຂົ້າລະຫັດສຳລັບປະສານຂໍ້ມູນຂອງທຸກກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="389"/>
        <source>Choose a trusted peer, or a passphrase and the recipient organisation.</source>
        <translation>ກະລຸນາເລືອກຄູ່ແລກປ່ຽນຂໍ້ມູນທີ່ເຊື່ອຖືແລ້ວ, ຫຼື ວະລີລະຫັດຜ່ານ ແລະ ອົງການຜູ້ຮັບ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="396"/>
        <source>Trust {org} (compare the fingerprint) before sending.</source>
        <translation>ກະລຸນາເຊື່ອຖື {org} (ປຽບທຽບລາຍນິ້ວມືດິຈິຕອນ) ກ່ອນສົ່ງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="404"/>
        <source>A sync bundle goes only to a device of this organisation.</source>
        <translation>ຊຸດຂໍ້ມູນເຂົ້າລະຫັດສຳລັບປະສານຂໍ້ມູນ ສົ່ງໄດ້ສະເພາະໄປຫາອຸປະກອນຂອງອົງການນີ້ເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="411"/>
        <source>Referrals and status reports go to another organisation.</source>
        <translation>ການສົ່ງຕໍ່ ແລະ ລາຍງານສະຖານະ ຕ້ອງສົ່ງໄປຫາອົງການອື່ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="418"/>
        <source>A status report goes to the peer that referred the case.</source>
        <translation>ລາຍງານສະຖານະຕ້ອງສົ່ງໄປຫາຄູ່ແລກປ່ຽນຂໍ້ມູນທີ່ສົ່ງຕໍ່ກໍລະນີນັ້ນມາ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="569"/>
        <source>import a sync bundle</source>
        <translation>ນຳເຂົ້າຊຸດຂໍ້ມູນເຂົ້າລະຫັດສຳລັບປະສານຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="816"/>
        <source>A new value is written one field at a time.</source>
        <translation>ຄ່າໃໝ່ຕ້ອງຂຽນເທື່ອລະຊ່ອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="37"/>
        <location filename="../rrr_desktop/services/return_prep.py" line="314"/>
        <source>A country is a two-letter code, e.g. KH.</source>
        <translation>ປະເທດຕ້ອງເປັນລະຫັດສອງຕົວອັກສອນ, ຕົວຢ່າງ: KH.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="93"/>
        <source>A holiday needs a name.</source>
        <translation>ວັນພັກຕ້ອງມີຊື່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="105"/>
        <source>The holiday could not be added.</source>
        <translation>ບໍ່ສາມາດເພີ່ມວັນພັກໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="113"/>
        <source>{day} is not a holiday in {country}.</source>
        <translation>{day} ບໍ່ແມ່ນວັນພັກໃນ {country}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="132"/>
        <source>Choose one to three weekend days, from Monday (0) to Sunday (6).</source>
        <translation>ກະລຸນາເລືອກວັນພັກທ້າຍອາທິດ ໜຶ່ງ ຫາ ສາມມື້, ຈາກວັນຈັນ (0) ຫາ ວັນອາທິດ (6).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="149"/>
        <source>The file is not UTF-8 or UTF-16 text; save it from the spreadsheet program as &apos;CSV UTF-8&apos; or &apos;Unicode text&apos;.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8 ຫຼື UTF-16; ກະລຸນາບັນທຶກໄຟລ໌ຈາກໂປຣແກຣມຕາຕະລາງເປັນ &apos;CSV UTF-8&apos; ຫຼື &apos;Unicode text&apos;.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="212"/>
        <source>The file is empty: it has no header row.</source>
        <translation>ໄຟລ໌ຫວ່າງເປົ່າ: ບໍ່ມີແຖວຫົວຂໍ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="165"/>
        <source>The file has more than {max} rows; split it into parts.</source>
        <translation>ໄຟລ໌ມີຫຼາຍກວ່າ {max} ແຖວ; ກະລຸນາແບ່ງອອກເປັນຫຼາຍສ່ວນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="172"/>
        <source>The file has more than {max} columns; remove the columns that are not needed.</source>
        <translation>ໄຟລ໌ນີ້ມີຫຼາຍກວ່າ {max} ຖັນ; ກະລຸນາລຶບຖັນທີ່ບໍ່ຈຳເປັນອອກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="227"/>
        <source>The file is not a readable .xlsx workbook.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນໄຟລ໌ .xlsx ທີ່ອ່ານໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="233"/>
        <source>The workbook unpacks to more than {max} MB; save it as CSV UTF-8 or split it into parts.</source>
        <translation>ເມື່ອແຕກໄຟລ໌ແລ້ວ ໄຟລ໌ .xlsx ນີ້ມີຂະໜາດເກີນ {max} MB; ກະລຸນາບັນທຶກເປັນ CSV UTF-8 ຫຼື ແບ່ງອອກເປັນສ່ວນໆ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="244"/>
        <source>The sheet has more than {max} cells, counting empty formatted ones; copy only the table into a new workbook.</source>
        <translation>ແຜ່ນວຽກມີຫຼາຍກວ່າ {max} ເຊວ, ລວມທັງເຊວຫວ່າງທີ່ຈັດຮູບແບບໄວ້; ກະລຸນາສຳເນົາສະເພາະຕາຕະລາງໄປໃສ່ໄຟລ໌ .xlsx ໃໝ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="451"/>
        <source>The file is larger than {max} MB; split it into parts.</source>
        <translation>ໄຟລ໌ມີຂະໜາດໃຫຍ່ກວ່າ {max} MB; ກະລຸນາແບ່ງອອກເປັນສ່ວນໆ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="468"/>
        <source>Old .xls workbooks cannot be read; save it as .xlsx or CSV UTF-8.</source>
        <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ .xls ລຸ້ນເກົ່າໄດ້; ກະລຸນາບັນທຶກໄຟລ໌ເປັນ .xlsx ຫຼື CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="484"/>
        <source>Row {row} of the file cannot be read (a cell is larger than 128 KiB or holds a control character). Check the file in the spreadsheet program.</source>
        <translation>ບໍ່ສາມາດອ່ານແຖວ {row} ຂອງໄຟລ໌ໄດ້ (ມີເຊວທີ່ໃຫຍ່ກວ່າ 128 KiB ຫຼື ມີຕົວອັກສອນຄວບຄຸມ). ກະລຸນາກວດເບິ່ງໄຟລ໌ໃນໂປຣແກຣມຕາຕະລາງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="502"/>
        <source>The file has no column named {column}.</source>
        <translation>ໄຟລ໌ບໍ່ມີຖັນຊື່ {column}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="507"/>
        <source>{field} is not a field; choose one of {fields}.</source>
        <translation>{field} ບໍ່ແມ່ນຊ່ອງຂໍ້ມູນ; ກະລຸນາເລືອກໜຶ່ງໃນ {fields}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="520"/>
        <source>Several columns are mapped to {field}; map each field once.</source>
        <translation>ມີຫຼາຍຖັນທີ່ຖືກກຳນົດໃຫ້ກັບ {field}; ກະລຸນາກຳນົດແຕ່ລະຊ່ອງຂໍ້ມູນພຽງເທື່ອດຽວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="528"/>
        <source>No column is mapped to {field}; it is needed for every case.</source>
        <translation>ບໍ່ມີຖັນໃດຖືກກຳນົດໃຫ້ກັບ {field}; ຊ່ອງຂໍ້ມູນນີ້ຈຳເປັນສຳລັບທຸກກໍລະນີ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="776"/>
        <location filename="../rrr_desktop/services/importing.py" line="811"/>
        <source>{count} rows cannot be imported, so nothing was imported; correct them and try again.</source>
        <translation>ມີ {count} ແຖວທີ່ບໍ່ສາມາດນຳເຂົ້າໄດ້, ສະນັ້ນຈຶ່ງບໍ່ມີຂໍ້ມູນໃດຖືກນຳເຂົ້າ; ກະລຸນາແກ້ໄຂແຖວເຫຼົ່ານັ້ນ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="784"/>
        <source>The file has no rows to import.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ມີແຖວທີ່ຈະນຳເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="794"/>
        <source>Row {line}: the reference already exists; nothing was imported.</source>
        <translation>ແຖວ {line}: ເລກອ້າງອີງນີ້ມີຢູ່ແລ້ວ; ບໍ່ມີຂໍ້ມູນໃດຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="825"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>ການນຳເຂົ້າຖືກຍົກເລີກ; ບໍ່ມີຂໍ້ມູນໃດຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="137"/>
        <source>No printout code was found (it looks like RRR-K7MX-3QAD, in the footer of every page).</source>
        <translation>ບໍ່ພົບລະຫັດເອກະສານພິມ (ມີລັກສະນະຄື RRR-K7MX-3QAD, ຢູ່ທ້າຍໜ້າຂອງທຸກໜ້າ).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="184"/>
        <source>Unknown document kind {kind}.</source>
        <translation>ບໍ່ຮູ້ຈັກປະເພດເອກະສານ {kind}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="188"/>
        <source>The language must be a code such as km, th or ar.</source>
        <translation>ພາສາຕ້ອງເປັນລະຫັດ ເຊັ່ນ: km, th ຫຼື ar.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="59"/>
        <source>This case has no reintegration plan yet: start one first.</source>
        <translation>ກໍລະນີນີ້ຍັງບໍ່ມີແຜນການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ: ກະລຸນາເລີ່ມແຜນການກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="68"/>
        <source>The plan has no such component.</source>
        <translation>ແຜນການບໍ່ມີອົງປະກອບນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="76"/>
        <source>The plan has no such action.</source>
        <translation>ແຜນການບໍ່ມີກິດຈະກຳນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="82"/>
        <source>This case is closed: it is no longer followed up.</source>
        <translation>ກໍລະນີນີ້ປິດແລ້ວ: ບໍ່ມີການຕິດຕາມອີກຕໍ່ໄປ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="90"/>
        <source>The case has no such follow-up visit.</source>
        <translation>ກໍລະນີນີ້ບໍ່ມີການຢ້ຽມຢາມຕິດຕາມນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="120"/>
        <source>A family assessment cannot be dated in the future.</source>
        <translation>ການປະເມີນຄອບຄົວບໍ່ສາມາດລົງວັນທີໃນອະນາຄົດໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="145"/>
        <source>Write down the person&apos;s own wishes, in their words.</source>
        <translation>ກະລຸນາຂຽນຄວາມປະສົງຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອເອງ ຕາມຄຳເວົ້າຂອງເຂົາເຈົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="151"/>
        <source>This case already has a plan: make a new version instead.</source>
        <translation>ກໍລະນີນີ້ມີແຜນການແລ້ວ: ກະລຸນາສ້າງສະບັບໃໝ່ແທນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="184"/>
        <source>The person&apos;s wishes cannot be left empty.</source>
        <translation>ບໍ່ສາມາດປ່ອຍຄວາມປະສົງຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອໃຫ້ຫວ່າງເປົ່າໄດ້.</translation>
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
        <translation>ອົງປະກອບຂອງແຜນການຕ້ອງມີເປົ້າໝາຍ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="229"/>
        <location filename="../rrr_desktop/services/reintegration.py" line="259"/>
        <source>A budget cannot be negative.</source>
        <translation>ງົບປະມານບໍ່ສາມາດຕິດລົບໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="286"/>
        <source>An action needs a description.</source>
        <translation>ກິດຈະກຳຕ້ອງມີລາຍລະອຽດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="331"/>
        <source>A visit already made cannot be moved.</source>
        <translation>ບໍ່ສາມາດຍ້າຍການຢ້ຽມຢາມທີ່ໄປແລ້ວໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="342"/>
        <source>A visit already made cannot be removed.</source>
        <translation>ບໍ່ສາມາດເອົາການຢ້ຽມຢາມທີ່ໄປແລ້ວອອກໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="362"/>
        <source>A visit cannot be recorded in the future.</source>
        <translation>ບໍ່ສາມາດບັນທຶກການຢ້ຽມຢາມທີ່ມີວັນທີໃນອະນາຄົດໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="367"/>
        <source>Each domain score must be from 1 (very vulnerable) to 5.</source>
        <translation>ຄະແນນແຕ່ລະດ້ານຕ້ອງຢູ່ລະຫວ່າງ 1 (ມີຄວາມສ່ຽງສູງຫຼາຍ) ຫາ 5.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="381"/>
        <source>This visit has already been recorded.</source>
        <translation>ການຢ້ຽມຢາມນີ້ຖືກບັນທຶກແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="405"/>
        <source>The retention period must be at least one year.</source>
        <translation>ໄລຍະເກັບຮັກສາຂໍ້ມູນຕ້ອງມີຢ່າງໜ້ອຍໜຶ່ງປີ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="418"/>
        <source>This case is already closed.</source>
        <translation>ກໍລະນີນີ້ປິດແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="455"/>
        <source>This case has no such plan version.</source>
        <translation>ກໍລະນີນີ້ບໍ່ມີແຜນການສະບັບນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/report.py" line="21"/>
        <source>The start of the period is after its end.</source>
        <translation>ວັນເລີ່ມຕົ້ນຂອງໄລຍະເວລາຢູ່ຫຼັງວັນສິ້ນສຸດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="85"/>
        <source>Each table of a report counts something else.</source>
        <translation>ແຕ່ລະຕາຕະລາງໃນລາຍງານຕ້ອງນັບສິ່ງທີ່ແຕກຕ່າງກັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="90"/>
        <source>A table counts by one field or by two different fields.</source>
        <translation>ຕາຕະລາງນັບຕາມໜຶ່ງຊ່ອງຂໍ້ມູນ ຫຼື ຕາມສອງຊ່ອງຂໍ້ມູນທີ່ແຕກຕ່າງກັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="98"/>
        <source>Cannot count by {field}; choose one of {fields}.</source>
        <translation>ບໍ່ສາມາດນັບຕາມ {field} ໄດ້; ກະລຸນາເລືອກໜຶ່ງໃນ {fields}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="106"/>
        <source>The suppression threshold cannot be negative.</source>
        <translation>ເກນການເຊື່ອງຈຳນວນນ້ອຍບໍ່ສາມາດຕິດລົບໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="16"/>
        <source>review retention</source>
        <translation>ທົບທວນໄລຍະເກັບຮັກສາຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="46"/>
        <source>{reference} is not a closed case past its retention date.</source>
        <translation>{reference} ບໍ່ແມ່ນກໍລະນີທີ່ປິດແລ້ວ ແລະ ເລີຍກຳນົດໄລຍະເກັບຮັກສາຂໍ້ມູນແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="55"/>
        <source>anonymise a case</source>
        <translation>ລຶບຂໍ້ມູນລະບຸຕົວຕົນຂອງກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="67"/>
        <source>delete a case</source>
        <translation>ລຶບກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="69"/>
        <source>{field}: {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="109"/>
        <source>Unknown risk factor {factor}; known: {known}.</source>
        <translation>ບໍ່ຮູ້ຈັກປັດໄຈຄວາມສ່ຽງ {factor}; ປັດໄຈທີ່ຮູ້ຈັກ: {known}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="115"/>
        <source>A finding of risk with mitigations needs the mitigations.</source>
        <translation>ຜົນການປະເມີນ &apos;ມີຄວາມສ່ຽງ, ພ້ອມມາດຕະການຫຼຸດຜ່ອນ&apos; ຕ້ອງລະບຸມາດຕະການຫຼຸດຜ່ອນຄວາມສ່ຽງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="123"/>
        <source>An assessment cannot be dated in the future.</source>
        <translation>ການປະເມີນບໍ່ສາມາດລົງວັນທີໃນອະນາຄົດໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="145"/>
        <source>override a gate</source>
        <translation>ອະນຸມັດຍົກເວັ້ນເງື່ອນໄຂທີ່ກີດຂວາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="148"/>
        <source>A supervisor decision is about the risk finding or the checklist.</source>
        <translation>ການຕັດສິນໃຈຂອງຫົວໜ້າຄຸ້ມງານຕ້ອງກ່ຽວກັບຜົນການປະເມີນຄວາມສ່ຽງ ຫຼື ລາຍການກວດກາ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="155"/>
        <source>An override needs a reason of at least {min} characters.</source>
        <translation>ການອະນຸມັດຍົກເວັ້ນຕ້ອງມີເຫດຜົນຢ່າງໜ້ອຍ {min} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="168"/>
        <source>revoke an override</source>
        <translation>ຍົກເລີກການອະນຸມັດຍົກເວັ້ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="174"/>
        <source>There is no active {kind} override on this case.</source>
        <translation>ກໍລະນີນີ້ບໍ່ມີການອະນຸມັດຍົກເວັ້ນປະເພດ {kind} ທີ່ມີຜົນບັງຄັບໃຊ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="188"/>
        <location filename="../rrr_desktop/services/return_prep.py" line="205"/>
        <source>Unknown checklist item {key}.</source>
        <translation>ບໍ່ຮູ້ຈັກຂໍ້ {key} ໃນລາຍການກວດກາ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="193"/>
        <source>A checklist item cannot be ticked for a future date.</source>
        <translation>ບໍ່ສາມາດໝາຍຂໍ້ໃນລາຍການກວດກາສຳລັບວັນທີໃນອະນາຄົດໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="245"/>
        <source>A document needs a kind, e.g. passport.</source>
        <translation>ເອກະສານຕ້ອງມີປະເພດ, ຕົວຢ່າງ: ໜັງສືຜ່ານແດນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="249"/>
        <source>Keep only the last four characters of a document number.</source>
        <translation>ກະລຸນາເກັບໄວ້ສະເພາະສີ່ຕົວອັກສອນສຸດທ້າຍຂອງເລກທີເອກະສານ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="263"/>
        <source>No such document on this case.</source>
        <translation>ກໍລະນີນີ້ບໍ່ມີເອກະສານນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="290"/>
        <source>No such leg in this itinerary.</source>
        <translation>ກຳນົດການເດີນທາງນີ້ບໍ່ມີຊ່ວງການເດີນທາງນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="308"/>
        <source>Unknown travel detail {detail}.</source>
        <translation>ບໍ່ຮູ້ຈັກລາຍລະອຽດການເດີນທາງ {detail}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="356"/>
        <source>A message date cannot be in the future.</source>
        <translation>ວັນທີຂອງຂໍ້ຄວາມບໍ່ສາມາດເປັນວັນທີໃນອະນາຄົດໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="372"/>
        <source>A message cannot be received before it was sent.</source>
        <translation>ຂໍ້ຄວາມບໍ່ສາມາດຖືກຮັບກ່ອນທີ່ມັນຈະຖືກສົ່ງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="382"/>
        <source>The answer window is at least one day.</source>
        <translation>ໄລຍະເວລາລໍຖ້າຄຳຕອບຕ້ອງມີຢ່າງໜ້ອຍໜຶ່ງມື້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="407"/>
        <source>Record the consent as withdrawn or as declined.</source>
        <translation>ກະລຸນາບັນທຶກວ່າການຍິນຍອມຖືກຖອນ ຫຼື ຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="32"/>
        <source>an administrator</source>
        <translation>ຜູ້ບໍລິຫານລະບົບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="33"/>
        <source>a supervisor</source>
        <translation>ຫົວໜ້າຄຸ້ມງານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="34"/>
        <source>a caseworker</source>
        <translation>ພະນັກງານຮັບຜິດຊອບກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="35"/>
        <source>a data officer</source>
        <translation>ເຈົ້າໜ້າທີ່ຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="240"/>
        <source>This vault is open for reading only (read-only media or a full disk), so a print or a copy of a file could not be recorded in its audit log; nothing was written. Free some space, or copy the vault to a writable disk, and open it again.</source>
        <translation>ຄັງຂໍ້ມູນນີ້ເປີດໄດ້ເພື່ອອ່ານຢ່າງດຽວ (ສື່ບັນທຶກທີ່ອ່ານໄດ້ຢ່າງດຽວ ຫຼື ດິສກ໌ເຕັມ), ສະນັ້ນການພິມ ຫຼື ການສຳເນົາໄຟລ໌ຈຶ່ງບໍ່ສາມາດບັນທຶກລົງໃນບັນທຶກປະຫວັດການນຳໃຊ້ໄດ້; ບໍ່ມີຫຍັງຖືກຂຽນ. ກະລຸນາເຮັດໃຫ້ມີພື້ນທີ່ຫວ່າງໃນດິສກ໌ ຫຼື ສຳເນົາຄັງຂໍ້ມູນໄປໃສ່ດິສກ໌ທີ່ຂຽນໄດ້, ແລ້ວເປີດມັນໃໝ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="277"/>
        <source>User {user} has no account in this vault.</source>
        <translation>ຜູ້ໃຊ້ {user} ບໍ່ມີບັນຊີໃນຄັງຂໍ້ມູນນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="285"/>
        <source>The account of {user} was changed outside RRR Desktop, so it does not open. Ask another administrator to run &apos;rrr audit verify&apos;, or restore a backup.</source>
        <translation>ບັນຊີຂອງ {user} ຖືກປ່ຽນແປງຢູ່ນອກ RRR Desktop, ສະນັ້ນຈຶ່ງເປີດບໍ່ໄດ້. ກະລຸນາຂໍໃຫ້ຜູ້ບໍລິຫານລະບົບຄົນອື່ນໃຊ້ຄຳສັ່ງ &apos;rrr audit verify&apos;, ຫຼື ກູ້ຄືນການສຳຮອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="295"/>
        <source>The user {user} is disabled. Ask your administrator.</source>
        <translation>ຜູ້ໃຊ້ {user} ຖືກປິດການໃຊ້ງານຢູ່. ກະລຸນາສອບຖາມຜູ້ບໍລິຫານລະບົບຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="307"/>
        <source>Only {role} may {what}.</source>
        <translation>ສະເພາະ {role} ເທົ່ານັ້ນ ທີ່ສາມາດ{what}ໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="160"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="211"/>
        <source>set a duress passphrase</source>
        <translation>ຕັ້ງວະລີລະຫັດຜ່ານສຸກເສີນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="168"/>
        <source>The duress passphrase must differ from your passphrase.</source>
        <translation>ວະລີລະຫັດຜ່ານສຸກເສີນຕ້ອງແຕກຕ່າງຈາກວະລີລະຫັດຜ່ານຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="243"/>
        <source>add users</source>
        <translation>ເພີ່ມຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="262"/>
        <source>User {user} already exists.</source>
        <translation>ມີຜູ້ໃຊ້ {user} ຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="292"/>
        <source>The account {user} was saved, but not its key slot, so {user} cannot sign in yet: {reason} Then add {user} again with the same command.</source>
        <translation>ບັນຊີ {user} ຖືກບັນທຶກແລ້ວ ແຕ່ຊ່ອງກະແຈຂອງບັນຊີນີ້ຍັງບໍ່ໄດ້ບັນທຶກ, ສະນັ້ນ {user} ຍັງເຂົ້າສູ່ລະບົບບໍ່ໄດ້: {reason} ຈາກນັ້ນ ກະລຸນາເພີ່ມ {user} ອີກຄັ້ງດ້ວຍຄຳສັ່ງດຽວກັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="338"/>
        <source>The disk is full; free some space.</source>
        <translation>ດິສກ໌ເຕັມ; ກະລຸນາເຮັດໃຫ້ມີພື້ນທີ່ຫວ່າງໃນດິສກ໌.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="347"/>
        <source>manage users</source>
        <translation>ຈັດການຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="356"/>
        <source>You cannot disable, remove or change your own account; ask another administrator.</source>
        <translation>ທ່ານບໍ່ສາມາດປິດການໃຊ້ງານ, ເອົາອອກ ຫຼື ປ່ຽນແປງບັນຊີຂອງທ່ານເອງໄດ້; ກະລຸນາຂໍໃຫ້ຜູ້ບໍລິຫານລະບົບຄົນອື່ນເປັນຜູ້ດຳເນີນການ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="383"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="412"/>
        <source>The last administrator cannot be disabled.</source>
        <translation>ບໍ່ສາມາດປິດການໃຊ້ງານຜູ້ບໍລິຫານລະບົບຄົນສຸດທ້າຍໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="393"/>
        <source>A user needs at least one role.</source>
        <translation>ຜູ້ໃຊ້ຕ້ອງມີຢ່າງໜ້ອຍໜຶ່ງບົດບາດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="399"/>
        <source>The last administrator keeps that role.</source>
        <translation>ຜູ້ບໍລິຫານລະບົບຄົນສຸດທ້າຍ ຕ້ອງຄົງບົດບາດນັ້ນໄວ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="426"/>
        <source>{user} was disabled (their passphrase opens nothing in this program now), but their key slot was not deleted: {reason} Then remove {user} again.</source>
        <translation>{user} ຖືກປິດການໃຊ້ງານແລ້ວ (ວະລີລະຫັດຜ່ານຂອງເຂົາເຈົ້າບໍ່ສາມາດເປີດຫຍັງໃນໂປຣແກຣມນີ້ໄດ້ອີກ), ແຕ່ຊ່ອງກະແຈຂອງເຂົາເຈົ້າຍັງບໍ່ຖືກລຶບ: {reason} ຈາກນັ້ນ ກະລຸນາເອົາ {user} ອອກອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="438"/>
        <source>{user} was removed (key slot deleted, account disabled), but the data key was not rotated: {reason} Then choose Settings → Users and roles → Change the vault&apos;s key (or run &apos;rrr rotate-key&apos;).</source>
        <translation>ເອົາ {user} ອອກແລ້ວ (ລຶບຊ່ອງກະແຈ ແລະ ປິດການໃຊ້ງານບັນຊີແລ້ວ), ແຕ່ຍັງບໍ່ໄດ້ປ່ຽນກະແຈຂໍ້ມູນ: {reason} ຈາກນັ້ນເລືອກ ການຕັ້ງຄ່າ → ຜູ້ໃຊ້ ແລະ ບົດບາດ → ປ່ຽນກະແຈຂອງຄັງຂໍ້ມູນ (ຫຼື ໃຊ້ຄຳສັ່ງ &apos;rrr rotate-key&apos;).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="452"/>
        <source>rotate the data key</source>
        <translation>ປ່ຽນກະແຈຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="473"/>
        <source>create a recovery key</source>
        <translation>ສ້າງກະແຈກູ້ຄືນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="512"/>
        <source>An administrator&apos;s passphrase is reset only with another administrator&apos;s approval: {others}.</source>
        <translation>ວະລີລະຫັດຜ່ານຂອງຜູ້ບໍລິຫານລະບົບ ຈະຕັ້ງໃໝ່ໄດ້ສະເພາະເມື່ອໄດ້ຮັບການອະນຸມັດຈາກຜູ້ບໍລິຫານລະບົບຄົນອື່ນເທົ່ານັ້ນ: {others}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="564"/>
        <source>wipe this laptop</source>
        <translation>ລຶບລ້າງຂໍ້ມູນໃນແລັບທັອບເຄື່ອງນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="568"/>
        <source>Type the organisation&apos;s name exactly to confirm; nothing was wiped.</source>
        <translation>ກະລຸນາພິມຊື່ອົງການໃຫ້ຖືກຕ້ອງທຸກຕົວອັກສອນເພື່ອຢືນຢັນ; ບໍ່ມີຫຍັງຖືກລຶບລ້າງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="274"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="352"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="500"/>
        <source>There is no user {user} in this vault.</source>
        <translation>ບໍ່ມີຜູ້ໃຊ້ {user} ໃນຄັງຂໍ້ມູນນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="139"/>
        <source>The country must be a two-letter code such as KH.</source>
        <translation>ປະເທດຕ້ອງເປັນລະຫັດສອງຕົວອັກສອນ ເຊັ່ນ: KH.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="162"/>
        <source>{language} is not a language the list knows; choose one from the list that opens as you type.</source>
        <translation>{language} ບໍ່ແມ່ນພາສາທີ່ມີຢູ່ໃນລາຍການ; ກະລຸນາເລືອກພາສາຈາກລາຍການທີ່ເປີດຂຶ້ນໃນຂະນະທີ່ພິມ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/errors.py" line="73"/>
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/cases.py" line="97"/>
        <source>The case no longer exists.</source>
        <translation>ກໍລະນີນີ້ບໍ່ມີຢູ່ອີກແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/cases.py" line="441"/>
        <source>No case with reference {reference}.</source>
        <translation>ບໍ່ມີກໍລະນີທີ່ມີເລກອ້າງອີງ {reference}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="69"/>
        <source>The vault file in {folder} is damaged or is not the one these passphrases open. Nothing was changed. Restore the latest backup (rrr restore) or ask for help.</source>
        <translation>ໄຟລ໌ຄັງຂໍ້ມູນໃນ {folder} ເສຍຫາຍ ຫຼື ບໍ່ແມ່ນໄຟລ໌ທີ່ວະລີລະຫັດຜ່ານເຫຼົ່ານີ້ເປີດໄດ້. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ. ກະລຸນາກູ້ຄືນການສຳຮອງຂໍ້ມູນຫຼ້າສຸດ (rrr restore) ຫຼື ຂໍຄວາມຊ່ວຍເຫຼືອ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="80"/>
        <source>The vault in {folder} could not be read (the disk reported an error). Nothing was changed. Copy the folder to a healthy disk, or restore the latest backup.</source>
        <translation>ບໍ່ສາມາດອ່ານຄັງຂໍ້ມູນໃນ {folder} ໄດ້ (ດິສກ໌ແຈ້ງວ່າມີຂໍ້ຜິດພາດ). ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ. ກະລຸນາສຳເນົາໂຟນເດີໄປໃສ່ດິສກ໌ທີ່ບໍ່ມີບັນຫາ, ຫຼື ກູ້ຄືນການສຳຮອງຂໍ້ມູນຫຼ້າສຸດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="172"/>
        <source>This vault on read-only media needs an upgrade by this version of RRR Desktop: copy it to a writable disk and open it there.</source>
        <translation>ຄັງຂໍ້ມູນນີ້ຢູ່ໃນສື່ບັນທຶກທີ່ອ່ານໄດ້ຢ່າງດຽວ ແລະ ຕ້ອງຖືກຍົກລະດັບໂດຍ RRR Desktop ລຸ້ນນີ້: ກະລຸນາສຳເນົາຄັງຂໍ້ມູນໄປໃສ່ດິສກ໌ທີ່ຂຽນໄດ້ ແລ້ວເປີດຢູ່ບ່ອນນັ້ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="207"/>
        <source>This vault uses schema {current}, newer than this program knows ({latest}). Update RRR Desktop.</source>
        <translation>ຄັງຂໍ້ມູນນີ້ໃຊ້ໂຄງສ້າງຂໍ້ມູນລຸ້ນ {current} ເຊິ່ງໃໝ່ກວ່າລຸ້ນທີ່ໂປຣແກຣມນີ້ຮູ້ຈັກ ({latest}). ກະລຸນາອັບເດດ RRR Desktop.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="390"/>
        <source>The copy failed its check; nothing was saved. Try another place or another stick.</source>
        <translation>ສຳເນົາບໍ່ຜ່ານການກວດສອບ; ບໍ່ມີຫຍັງຖືກບັນທຶກ. ກະລຸນາລອງບ່ອນອື່ນ ຫຼື ແຟລັດໄດຣຟ໌ອື່ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="191"/>
        <source>A key slot uses an unknown key derivation.</source>
        <translation>ຊ່ອງກະແຈໜຶ່ງໃຊ້ວິທີການສ້າງກະແຈທີ່ບໍ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="324"/>
        <source>This vault was made by a newer version of RRR Desktop.</source>
        <translation>ຄັງຂໍ້ມູນນີ້ຖືກສ້າງໂດຍ RRR Desktop ລຸ້ນທີ່ໃໝ່ກວ່າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="303"/>
        <source>The key slot file of this vault is damaged; restore it from a backup.</source>
        <translation>ໄຟລ໌ຊ່ອງກະແຈຂອງຄັງຂໍ້ມູນນີ້ເສຍຫາຍ; ກະລຸນາກູ້ຄືນໄຟລ໌ນີ້ຈາກການສຳຮອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/records.py" line="189"/>
        <source>This record was deleted or anonymised; it can no longer be changed.</source>
        <translation>ລາຍການຂໍ້ມູນນີ້ຖືກລຶບ ຫຼື ຖືກລຶບຂໍ້ມູນລະບຸຕົວຕົນແລ້ວ; ບໍ່ສາມາດປ່ຽນແປງໄດ້ອີກຕໍ່ໄປ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="54"/>
        <source>A passphrase needs at least {min} characters.</source>
        <translation>ວະລີລະຫັດຜ່ານຕ້ອງມີຢ່າງໜ້ອຍ {min} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="59"/>
        <source>This passphrase is too easy to guess (a common word, a pattern or a date). Use a few unrelated words.</source>
        <translation>ວະລີລະຫັດຜ່ານນີ້ເດົາໄດ້ງ່າຍເກີນໄປ (ຄຳທົ່ວໄປ, ຮູບແບບ ຫຼື ວັນທີ). ກະລຸນາໃຊ້ຫຼາຍຄຳທີ່ບໍ່ກ່ຽວຂ້ອງກັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="72"/>
        <source>The vault was busy, so its key was not changed (nothing was lost). Wait for running work such as an import or a report to finish, then try again.</source>
        <translation>ຄັງຂໍ້ມູນບໍ່ຫວ່າງ, ສະນັ້ນຈຶ່ງບໍ່ໄດ້ປ່ຽນກະແຈຂອງມັນ (ບໍ່ມີຫຍັງເສຍໄປ). ກະລຸນາລໍຖ້າໃຫ້ວຽກທີ່ກຳລັງດຳເນີນຢູ່ ເຊັ່ນ ການນຳເຂົ້າ ຫຼື ລາຍງານ ສຳເລັດກ່ອນ, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="362"/>
        <source>The key cannot be rotated yet: {users} must sign in once (their key slots are of an earlier kind); for the recovery key, make a new one.</source>
        <translation>ຍັງປ່ຽນກະແຈບໍ່ໄດ້: {users} ຕ້ອງເຂົ້າສູ່ລະບົບໜຶ່ງຄັ້ງກ່ອນ (ຊ່ອງກະແຈຂອງເຂົາເຈົ້າເປັນແບບເກົ່າ); ສຳລັບກະແຈກູ້ຄືນ, ໃຫ້ສ້າງອັນໃໝ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="58"/>
        <source>{folder} is not a backup of RRR Desktop (its key slots are missing).</source>
        <translation>{folder} ບໍ່ແມ່ນການສຳຮອງຂໍ້ມູນຂອງ RRR Desktop (ບໍ່ມີຊ່ອງກະແຈ).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="74"/>
        <source>{folder} is not a folder with a backup.</source>
        <translation>{folder} ບໍ່ແມ່ນໂຟນເດີທີ່ມີການສຳຮອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="102"/>
        <source>The backup in {folder} is incomplete.</source>
        <translation>ການສຳຮອງຂໍ້ມູນໃນ {folder} ບໍ່ຄົບຖ້ວນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="80"/>
        <source>The backup in {folder} is not encrypted; it was not restored.</source>
        <translation>ການສຳຮອງຂໍ້ມູນໃນ {folder} ບໍ່ໄດ້ຖືກເຂົ້າລະຫັດ; ຈຶ່ງບໍ່ໄດ້ກູ້ຄືນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="155"/>
        <source>Your user name and passphrase do not open the backup in {folder}. Nothing was changed.</source>
        <translation>ຊື່ຜູ້ໃຊ້ ແລະ ວະລີລະຫັດຜ່ານຂອງທ່ານເປີດການສຳຮອງຂໍ້ມູນໃນ {folder} ບໍ່ໄດ້. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="205"/>
        <source>Only an administrator may put a backup back, and {user} is not one in that backup. Nothing was changed.</source>
        <translation>ສະເພາະຜູ້ບໍລິຫານລະບົບເທົ່ານັ້ນ ທີ່ສາມາດກູ້ຄືນການສຳຮອງຂໍ້ມູນໄດ້, ແລະ {user} ບໍ່ແມ່ນຜູ້ບໍລິຫານລະບົບໃນການສຳຮອງຂໍ້ມູນນັ້ນ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="216"/>
        <source>The backup in {folder} is damaged (it failed its check). Nothing was changed; the vault here is as it was. Try another copy of the backup.</source>
        <translation>ການສຳຮອງຂໍ້ມູນໃນ {folder} ເສຍຫາຍ (ບໍ່ຜ່ານການກວດສອບ). ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ; ຄັງຂໍ້ມູນຢູ່ບ່ອນນີ້ຍັງຄືເກົ່າ. ກະລຸນາລອງສຳເນົາອື່ນຂອງການສຳຮອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/audit.py" line="48"/>
        <source>The audit log of this vault was changed outside RRR Desktop (entries are missing or rewritten), so nothing more can be recorded. Tell your administrator; &apos;rrr audit verify&apos; shows where.</source>
        <translation>ບັນທຶກປະຫວັດການນຳໃຊ້ຂອງຄັງຂໍ້ມູນນີ້ ຖືກປ່ຽນແປງຢູ່ນອກ RRR Desktop (ມີລາຍການຫາຍໄປ ຫຼື ຖືກຂຽນໃໝ່), ສະນັ້ນຈຶ່ງບໍ່ສາມາດບັນທຶກຫຍັງເພີ່ມໄດ້ອີກ. ກະລຸນາແຈ້ງຜູ້ບໍລິຫານລະບົບຂອງທ່ານ; ຄຳສັ່ງ &apos;rrr audit verify&apos; ຈະສະແດງວ່າຖືກປ່ຽນແປງຢູ່ບ່ອນໃດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="29"/>
        <source>The file is larger than {limit} MB; scan it at a lower resolution or split it, then attach it again.</source>
        <translation>ໄຟລ໌ໃຫຍ່ກວ່າ {limit} MB; ກະລຸນາສະແກນດ້ວຍຄວາມລະອຽດທີ່ຕ່ຳກວ່າ ຫຼື ແບ່ງໄຟລ໌, ຈາກນັ້ນແນບອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="58"/>
        <source>Write the note before saving it.</source>
        <translation>ກະລຸນາຂຽນບັນທຶກກ່ອນກົດບັນທຶກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="61"/>
        <source>A note holds at most {limit} characters; split it into several notes.</source>
        <translation>ບັນທຶກໜຶ່ງລາຍການມີໄດ້ບໍ່ເກີນ {limit} ຕົວອັກສອນ; ກະລຸນາແບ່ງເປັນຫຼາຍບັນທຶກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="77"/>
        <source>The note holds characters that cannot be stored (control or direction characters); remove them and save again.</source>
        <translation>ບັນທຶກມີຕົວອັກສອນທີ່ບໍ່ສາມາດເກັບໄດ້ (ຕົວອັກສອນຄວບຄຸມ ຫຼື ຕົວອັກສອນກຳນົດທິດທາງຂໍ້ຄວາມ); ກະລຸນາລຶບອອກ ແລ້ວບັນທຶກອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="123"/>
        <source>The file is empty; nothing was attached.</source>
        <translation>ໄຟລ໌ຫວ່າງເປົ່າ; ບໍ່ໄດ້ແນບຫຍັງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="141"/>
        <source>The file&apos;s name or note holds characters that cannot be stored; rename it and attach it again.</source>
        <translation>ຊື່ ຫຼື ໝາຍເຫດຂອງໄຟລ໌ມີຕົວອັກສອນທີ່ບໍ່ສາມາດເກັບໄດ້; ກະລຸນາປ່ຽນຊື່ ແລ້ວແນບອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="152"/>
        <source>A case holds at most {limit} attached files.</source>
        <translation>ກໍລະນີໜຶ່ງມີໄຟລ໌ແນບໄດ້ບໍ່ເກີນ {limit} ໄຟລ໌.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="169"/>
        <source>The attached file no longer exists.</source>
        <translation>ໄຟລ໌ແນບນີ້ບໍ່ມີຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="178"/>
        <source>This file has not arrived on this laptop yet (only its description did); it comes with the next sync from the laptop where it was attached.</source>
        <translation>ໄຟລ໌ນີ້ຍັງມາບໍ່ຮອດແລັບທັອບເຄື່ອງນີ້ (ມາຮອດແຕ່ຄຳອະທິບາຍຂອງໄຟລ໌); ໄຟລ໌ຈະມາພ້ອມການປະສານຂໍ້ມູນຄັ້ງຕໍ່ໄປ ຈາກແລັບທັອບເຄື່ອງທີ່ແນບໄຟລ໌ນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="186"/>
        <source>The stored file does not match its fingerprint; it was not opened. Run the vault check (rrr doctor).</source>
        <translation>ໄຟລ໌ທີ່ເກັບໄວ້ບໍ່ກົງກັບລາຍນິ້ວມືດິຈິຕອນຂອງມັນ; ຈຶ່ງບໍ່ໄດ້ເປີດ. ກະລຸນາດຳເນີນການກວດສອບຄັງຂໍ້ມູນ (rrr doctor).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="22"/>
        <source>change the organisation</source>
        <translation>ປ່ຽນແປງຂໍ້ມູນຂອງອົງການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="30"/>
        <source>The address, phone or e-mail holds characters that cannot be printed.</source>
        <translation>ທີ່ຢູ່, ໂທລະສັບ ຫຼື ອີເມວ ມີຕົວອັກສອນທີ່ບໍ່ສາມາດພິມໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="41"/>
        <source>confirm a name for letters</source>
        <translation>ຢືນຢັນຊື່ສຳລັບໜັງສື</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="46"/>
        <source>Give the embassy&apos;s country as a two-letter code, e.g. KH.</source>
        <translation>ກະລຸນາໃສ່ປະເທດຂອງສະຖານທູດເປັນລະຫັດສອງຕົວອັກສອນ, ຕົວຢ່າງ: KH.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="49"/>
        <source>Give the name the letter carries.</source>
        <translation>ກະລຸນາໃສ່ຊື່ທີ່ຈະໃຊ້ໃນໜັງສື.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="53"/>
        <source>“{name}” would tell the embassy what the person went through ({words}); choose a neutral name.</source>
        <translation>“{name}” ຈະບອກສະຖານທູດວ່າຜູ້ຮັບການຊ່ວຍເຫຼືອໄດ້ຜ່ານຫຍັງມາ ({words}); ກະລຸນາເລືອກຊື່ທີ່ເປັນກາງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/inuse.py" line="43"/>
        <source>The vault is open in another window or &apos;rrr&apos; command on this computer: close it there, then try again.</source>
        <translation>ຄັງຂໍ້ມູນເປີດຢູ່ໃນໜ້າຕ່າງອື່ນ ຫຼື ຄຳສັ່ງ &apos;rrr&apos; ໃນຄອມພິວເຕີນີ້: ປິດມັນຢູ່ບ່ອນນັ້ນ, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/inuse.py" line="56"/>
        <source>Another window or &apos;rrr&apos; command is changing this vault&apos;s key or restoring it. Try again in a minute.</source>
        <translation>ໜ້າຕ່າງ ຫຼື ຄຳສັ່ງ &apos;rrr&apos; ອື່ນກຳລັງປ່ຽນກະແຈຂອງຄັງຂໍ້ມູນນີ້ ຫຼື ກຳລັງກູ້ຄືນມັນ. ກະລຸນາລອງໃໝ່ໃນອີກໜຶ່ງນາທີ.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="8"/>
        <source>Case identifier (no personal data)</source>
        <translation>ລະຫັດລະບຸກໍລະນີ (ບໍ່ມີຂໍ້ມູນສ່ວນບຸກຄົນ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="9"/>
        <source>Opened on</source>
        <translation>ເປີດກໍລະນີວັນທີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="10"/>
        <source>Reference</source>
        <translation>ເລກອ້າງອີງກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="11"/>
        <source>Their reference</source>
        <translation>ເລກອ້າງອີງຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="12"/>
        <source>Referring organisation</source>
        <translation>ອົງການທີ່ສົ່ງຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="13"/>
        <source>Referred to</source>
        <translation>ສົ່ງຕໍ່ໄປຫາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="14"/>
        <source>Earlier references</source>
        <translation>ເລກອ້າງອີງກ່ອນໜ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="15"/>
        <source>Stage</source>
        <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="16"/>
        <source>Stage history</source>
        <translation>ປະຫວັດຂັ້ນຕອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="17"/>
        <source>Caseworker</source>
        <translation>ພະນັກງານຮັບຜິດຊອບກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="18"/>
        <source>Also assigned to</source>
        <translation>ມອບໝາຍໃຫ້ເພີ່ມເຕີມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="19"/>
        <source>Receiving organisation</source>
        <translation>ອົງການຝ່າຍຮັບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="20"/>
        <source>Name on printouts</source>
        <translation>ຊື່ໃນເອກະສານພິມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="21"/>
        <source>Asylum</source>
        <translation>ການຂໍລີ້ໄພ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="22"/>
        <source>Person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="23"/>
        <source>Given name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="24"/>
        <source>Family name</source>
        <translation>ນາມສະກຸນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="25"/>
        <source>Other names</source>
        <translation>ຊື່ອື່ນໆ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="26"/>
        <source>Name in the person&apos;s own script</source>
        <translation>ຊື່ຕາມຕົວອັກສອນຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອເອງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="27"/>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="28"/>
        <source>Date of birth</source>
        <translation>ວັນເດືອນປີເກີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="29"/>
        <source>Estimated age</source>
        <translation>ອາຍຸໂດຍປະມານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="30"/>
        <source>Age estimated on</source>
        <translation>ປະມານອາຍຸວັນທີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="31"/>
        <source>Place of birth</source>
        <translation>ສະຖານທີ່ເກີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="32"/>
        <source>Nationality</source>
        <translation>ສັນຊາດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="33"/>
        <source>Languages</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="34"/>
        <source>The person&apos;s wishes</source>
        <translation>ຄວາມປະສົງຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="35"/>
        <source>Guardian</source>
        <translation>ຜູ້ປົກຄອງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="36"/>
        <source>Contacts</source>
        <translation>ຂໍ້ມູນຕິດຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="37"/>
        <source>Intake</source>
        <translation>ການຮັບເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="38"/>
        <source>Intake date</source>
        <translation>ວັນທີຮັບເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="39"/>
        <source>How the person was identified</source>
        <translation>ບຸກຄົນນີ້ຖືກລະບຸແນວໃດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="40"/>
        <source>Referred by</source>
        <translation>ສົ່ງຕໍ່ມາໂດຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="41"/>
        <source>Country where it happened</source>
        <translation>ປະເທດທີ່ເກີດເຫດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="42"/>
        <source>Country of origin</source>
        <translation>ປະເທດຕົ້ນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="43"/>
        <source>Region of origin</source>
        <translation>ພາກ/ແຂວງຕົ້ນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="44"/>
        <source>First needs</source>
        <translation>ຄວາມຕ້ອງການເບື້ອງຕົ້ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="45"/>
        <source>Screening notes</source>
        <translation>ບັນທຶກການຄັດກອງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="46"/>
        <source>Form of exploitation</source>
        <translation>ຮູບແບບການຂູດຮີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="47"/>
        <source>Programme</source>
        <translation>ໂຄງການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="48"/>
        <source>Shelter and care</source>
        <translation>ສູນພັກພິງ ແລະ ການດູແລ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="49"/>
        <source>Medical services</source>
        <translation>ບໍລິການທາງການແພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="50"/>
        <source>Shelter</source>
        <translation>ສູນພັກພິງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="51"/>
        <source>Admitted on</source>
        <translation>ຮັບເຂົ້າວັນທີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="52"/>
        <source>Left on</source>
        <translation>ອອກວັນທີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="53"/>
        <source>Services received</source>
        <translation>ບໍລິການທີ່ໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="54"/>
        <source>Referrals to services</source>
        <translation>ການສົ່ງຕໍ່ໄປຫາບໍລິການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="55"/>
        <source>Security measures</source>
        <translation>ມາດຕະການຄວາມປອດໄພ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="56"/>
        <source>Consents</source>
        <translation>ການຍິນຍອມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="57"/>
        <source>Risk assessments</source>
        <translation>ການປະເມີນຄວາມສ່ຽງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="58"/>
        <source>Supervisor overrides</source>
        <translation>ການອະນຸມັດຍົກເວັ້ນໂດຍຫົວໜ້າຄຸ້ມງານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="59"/>
        <source>Pre-departure checklist</source>
        <translation>ລາຍການກວດກາກ່ອນການເດີນທາງອອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="60"/>
        <source>Checklist items</source>
        <translation>ຂໍ້ໃນລາຍການກວດກາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="61"/>
        <source>Wishes to be met by a local organisation on arrival</source>
        <translation>ຕ້ອງການໃຫ້ອົງການໃນທ້ອງຖິ່ນມາຮັບເມື່ອເດີນທາງຮອດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="64"/>
        <source>Contacts handed over</source>
        <translation>ຂໍ້ມູນຕິດຕໍ່ທີ່ມອບໃຫ້ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="65"/>
        <source>Travel documents</source>
        <translation>ເອກະສານເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="66"/>
        <source>Travel</source>
        <translation>ການເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="67"/>
        <source>Journey legs</source>
        <translation>ຊ່ວງການເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="68"/>
        <source>Messages between organisations</source>
        <translation>ຂໍ້ຄວາມລະຫວ່າງອົງການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="69"/>
        <source>Reintegration</source>
        <translation>ການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="70"/>
        <source>Reintegration plans</source>
        <translation>ແຜນການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="71"/>
        <source>Follow-up visits</source>
        <translation>ການຢ້ຽມຢາມຕິດຕາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="72"/>
        <source>Assessment date</source>
        <translation>ວັນທີປະເມີນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="73"/>
        <source>Assessed by</source>
        <translation>ປະເມີນໂດຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="74"/>
        <source>Assessment: the person&apos;s own account</source>
        <translation>ການປະເມີນ: ຄຳບອກເລົ່າຂອງບຸກຄົນນັ້ນເອງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="77"/>
        <source>Assessment: the situation at home</source>
        <translation>ການປະເມີນ: ສະພາບການຢູ່ບ້ານເກີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="80"/>
        <source>Family assessment</source>
        <translation>ການປະເມີນຄອບຄົວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="81"/>
        <source>Closure</source>
        <translation>ການປິດກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="82"/>
        <source>Notes and contact log</source>
        <translation>ບັນທຶກ ແລະ ບັນທຶກການຕິດຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="83"/>
        <source>Attached documents</source>
        <translation>ເອກະສານແນບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="84"/>
        <source>Last changed</source>
        <translation>ປ່ຽນແປງຫຼ້າສຸດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="86"/>
        <source>{list}: entry kept or deleted</source>
        <translation>{list}: ເກັບໄວ້ ຫຼື ລຶບລາຍການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="87"/>
        <source>{list}: {field}</source>
        <translation>{list}: {field}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="88"/>
        <source>{list}: one entry</source>
        <translation>{list}: ໜຶ່ງລາຍການ</translation>
    </message>
</context>
<context>
    <name>followup</name>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="41"/>
        <source>Financial</source>
        <translation>ການເງິນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="42"/>
        <source>Family and social</source>
        <translation>ຄອບຄົວ ແລະ ສັງຄົມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="43"/>
        <source>Employment and skills</source>
        <translation>ການຈ້າງງານ ແລະ ທັກສະ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="44"/>
        <source>Medical and psychosocial</source>
        <translation>ການແພດ ແລະ ຈິດໃຈ-ສັງຄົມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="47"/>
        <source>Legal</source>
        <translation>ກົດໝາຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="52"/>
        <source>Contact with a recruiter, broker or former exploiter</source>
        <translation>ມີການຕິດຕໍ່ກັບຜູ້ຈັດຫາແຮງງານ, ນາຍໜ້າ ຫຼື ຜູ້ທີ່ເຄີຍຂູດຮີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="55"/>
        <source>An offer of work abroad or in another town</source>
        <translation>ມີການສະເໜີວຽກຢູ່ຕ່າງປະເທດ ຫຼື ຢູ່ເມືອງອື່ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="56"/>
        <source>New or growing debt</source>
        <translation>ມີໜີ້ສິນໃໝ່ ຫຼື ໜີ້ສິນເພີ່ມຂຶ້ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="57"/>
        <source>Family pressure to earn money or migrate again</source>
        <translation>ຄອບຄົວກົດດັນໃຫ້ຫາເງິນ ຫຼື ໃຫ້ເຄື່ອນຍ້າຍໄປອີກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="60"/>
        <source>Threats or intimidation from traffickers</source>
        <translation>ການຂົ່ມຂູ່ ຫຼື ການຂູ່ເຂັນຈາກຜູ້ຄ້າມະນຸດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="61"/>
        <source>Identity documents held by someone else</source>
        <translation>ເອກະສານຢັ້ງຢືນຕົວຕົນຖືກຄົນອື່ນເກັບໄວ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="62"/>
        <source>Unexplained money or gifts</source>
        <translation>ມີເງິນ ຫຼື ຂອງຂວັນທີ່ບໍ່ສາມາດອະທິບາຍທີ່ມາໄດ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="63"/>
        <source>Plans to leave without telling anyone</source>
        <translation>ມີແຜນຈະອອກໄປໂດຍບໍ່ບອກໃຜ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="64"/>
        <source>Isolation, alcohol or drug use</source>
        <translation>ການແຍກຕົວ, ການດື່ມເຫຼົ້າ ຫຼື ການໃຊ້ຢາເສບຕິດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="65"/>
        <source>Dropped out of training, school or work</source>
        <translation>ອອກຈາກການຝຶກອົບຮົມ, ໂຮງຮຽນ ຫຼື ວຽກເຮັດງານທຳກາງຄັນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="19"/>
        <source>Reintegrated</source>
        <translation>ເຊື່ອມໂຍງຄືນສູ່ສັງຄົມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="20"/>
        <source>Declined further assistance</source>
        <translation>ປະຕິເສດການຊ່ວຍເຫຼືອຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="21"/>
        <source>Lost contact</source>
        <translation>ຂາດການຕິດຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="22"/>
        <source>Moved on</source>
        <translation>ຍ້າຍໄປບ່ອນອື່ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="23"/>
        <source>Transferred to another organisation</source>
        <translation>ໂອນໄປໃຫ້ອົງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="24"/>
        <source>Deceased</source>
        <translation>ເສຍຊີວິດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="29"/>
        <source>Fin.</source>
        <translation>ເງິນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="30"/>
        <source>Fam.</source>
        <translation>ຄອບຄົວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="31"/>
        <source>Emp.</source>
        <translation>ວຽກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="32"/>
        <source>Med.</source>
        <translation>ແພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="33"/>
        <source>Leg.</source>
        <translation>ກົດໝາຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="30"/>
        <source>Score trend per domain</source>
        <translation>ແນວໂນ້ມຄະແນນແຍກຕາມດ້ານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="44"/>
        <source>no score yet</source>
        <translation>ຍັງບໍ່ມີຄະແນນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="46"/>
        <source>improving</source>
        <translation>ດີຂຶ້ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="47"/>
        <source>worse</source>
        <translation>ຮ້າຍລົງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="48"/>
        <source>steady</source>
        <translation>ຄົງທີ່</translation>
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
        <translation>ຜູ້ຮັບການຊ່ວຍເຫຼືອຍັງບໍ່ໄດ້ຍິນຍອມຕໍ່ການກັບຄືນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="58"/>
        <source>No security (risk) assessment has been made.</source>
        <translation>ຍັງບໍ່ມີການປະເມີນຄວາມປອດໄພ (ຄວາມສ່ຽງ).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="67"/>
        <source>The risk assessment found reasonable suspicion of harm; a supervisor must record an override with a reason.</source>
        <translation>ການປະເມີນຄວາມສ່ຽງພົບວ່າມີເຫດຜົນອັນສົມຄວນໃຫ້ສົງໄສວ່າອາດມີອັນຕະລາຍ; ຫົວໜ້າຄຸ້ມງານຕ້ອງບັນທຶກການອະນຸມັດຍົກເວັ້ນພ້ອມເຫດຜົນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="79"/>
        <source>A child needs a recorded guardian.</source>
        <translation>ເດັກຕ້ອງມີຜູ້ປົກຄອງທີ່ໄດ້ບັນທຶກໄວ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="98"/>
        <source>{count} of 8 pre-departure conditions are not yet met: {missing}</source>
        <translation>ເງື່ອນໄຂກ່ອນການເດີນທາງອອກ {count} ຈາກ 8 ຂໍ້ ຍັງບໍ່ຄົບ: {missing}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="107"/>
        <source>No travel itinerary has been recorded.</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກກຳນົດການເດີນທາງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="115"/>
        <location filename="../rrr_desktop/domain/gates.py" line="188"/>
        <source>The person has not consented to share the case with {org}.</source>
        <translation>ຜູ້ຮັບການຊ່ວຍເຫຼືອຍັງບໍ່ໄດ້ຍິນຍອມໃຫ້ແບ່ງປັນກໍລະນີກັບ {org}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="132"/>
        <source>An asylum procedure is pending: the embassy must not be contacted.</source>
        <translation>ຂັ້ນຕອນການຂໍລີ້ໄພກຳລັງດຳເນີນຢູ່: ຫ້າມຕິດຕໍ່ສະຖານທູດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="141"/>
        <source>The person was granted asylum: the embassy of the country they fled must not be contacted.</source>
        <translation>ຜູ້ຮັບການຊ່ວຍເຫຼືອໄດ້ຮັບອະນຸມັດໃຫ້ລີ້ໄພແລ້ວ: ຫ້າມຕິດຕໍ່ສະຖານທູດຂອງປະເທດທີ່ເຂົາເຈົ້າໜີອອກມາ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="152"/>
        <source>An asylum decision is recorded without its outcome: record whether asylum was granted or refused before the embassy is contacted.</source>
        <translation>ມີການບັນທຶກການຕັດສິນເລື່ອງການຂໍລີ້ໄພ ໂດຍບໍ່ມີຜົນ: ກະລຸນາບັນທຶກວ່າການຂໍລີ້ໄພໄດ້ຮັບອະນຸມັດ ຫຼື ຖືກປະຕິເສດ ກ່ອນຕິດຕໍ່ສະຖານທູດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="163"/>
        <source>The person wishes to apply for asylum: the embassy must not be contacted.</source>
        <translation>ຜູ້ຮັບການຊ່ວຍເຫຼືອຕ້ອງການຍື່ນຂໍລີ້ໄພ: ຫ້າມຕິດຕໍ່ສະຖານທູດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="173"/>
        <source>The person has not consented to contact with the embassy.</source>
        <translation>ຜູ້ຮັບການຊ່ວຍເຫຼືອຍັງບໍ່ໄດ້ຍິນຍອມໃຫ້ຕິດຕໍ່ກັບສະຖານທູດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="206"/>
        <source>A child returns to family only after a family assessment.</source>
        <translation>ເດັກຈະກັບໄປຢູ່ກັບຄອບຄົວໄດ້ ກໍຕໍ່ເມື່ອມີການປະເມີນຄອບຄົວແລ້ວເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="215"/>
        <source>The family assessment found neglect or abuse: choose family-based alternative care.</source>
        <translation>ການປະເມີນຄອບຄົວພົບການລະເລີຍ ຫຼື ການລ່ວງລະເມີດ: ກະລຸນາເລືອກການດູແລທາງເລືອກແບບຄອບຄົວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="228"/>
        <source>Closing a case needs a reason.</source>
        <translation>ການປິດກໍລະນີຕ້ອງມີເຫດຜົນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="263"/>
        <source>The person has not consented to receive assistance.</source>
        <translation>ຜູ້ຮັບການຊ່ວຍເຫຼືອຍັງບໍ່ໄດ້ຍິນຍອມຮັບການຊ່ວຍເຫຼືອ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="274"/>
        <source>The person has not consented to reintegration services.</source>
        <translation>ຜູ້ຮັບການຊ່ວຍເຫຼືອຍັງບໍ່ໄດ້ຍິນຍອມຮັບບໍລິການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="286"/>
        <source>Testimony only with the person&apos;s full, recorded agreement.</source>
        <translation>ການໃຫ້ປາກຄຳຕ້ອງມີການຍິນຍອມຢ່າງເຕັມທີ່ຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອ ແລະ ຕ້ອງບັນທຶກໄວ້ເທົ່ານັ້ນ.</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <location filename="../rrr_desktop/domain/handoff_rules.py" line="91"/>
        <source>never shared outside the organisation</source>
        <translation>ບໍ່ແບ່ງປັນອອກນອກອົງການເດັດຂາດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/handoff_rules.py" line="92"/>
        <source>not marked by the caseworker as one to share</source>
        <translation>ພະນັກງານຮັບຜິດຊອບກໍລະນີບໍ່ໄດ້ໝາຍໃຫ້ແບ່ງປັນ</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="10"/>
        <source>Vault created</source>
        <translation>ສ້າງຄັງຂໍ້ມູນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="11"/>
        <source>Backup written</source>
        <translation>ຂຽນການສຳຮອງຂໍ້ມູນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="12"/>
        <source>Replaced by a restored backup</source>
        <translation>ຖືກແທນທີ່ດ້ວຍການສຳຮອງຂໍ້ມູນທີ່ກູ້ຄືນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="13"/>
        <source>Recovery key made</source>
        <translation>ສ້າງກະແຈກູ້ຄືນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="14"/>
        <source>Signed in</source>
        <translation>ເຂົ້າສູ່ລະບົບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="15"/>
        <source>User added</source>
        <translation>ເພີ່ມຜູ້ໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="16"/>
        <source>Passphrase changed</source>
        <translation>ປ່ຽນວະລີລະຫັດຜ່ານແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="17"/>
        <source>Passphrase reset with the recovery key</source>
        <translation>ຕັ້ງວະລີລະຫັດຜ່ານໃໝ່ດ້ວຍກະແຈກູ້ຄືນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="18"/>
        <source>User disabled</source>
        <translation>ປິດການໃຊ້ງານຜູ້ໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="19"/>
        <source>User enabled again</source>
        <translation>ເປີດການໃຊ້ງານຜູ້ໃຊ້ຄືນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="20"/>
        <source>User&apos;s roles changed</source>
        <translation>ປ່ຽນບົດບາດຂອງຜູ້ໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="21"/>
        <source>User removed</source>
        <translation>ເອົາຜູ້ໃຊ້ອອກແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="22"/>
        <source>Laptop wiped</source>
        <translation>ລຶບລ້າງຂໍ້ມູນໃນແລັບທັອບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="26"/>
        <source>Demo cases added</source>
        <translation>ເພີ່ມກໍລະນີສາທິດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="27"/>
        <source>Case created</source>
        <translation>ສ້າງກໍລະນີແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="28"/>
        <source>Case opened</source>
        <translation>ເປີດກໍລະນີແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="29"/>
        <source>Case edited</source>
        <translation>ແກ້ໄຂກໍລະນີແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="30"/>
        <source>Last edit undone</source>
        <translation>ຍົກເລີກການແກ້ໄຂຄັ້ງລ່າສຸດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="31"/>
        <source>Stage changed</source>
        <translation>ປ່ຽນຂັ້ນຕອນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="32"/>
        <source>Consent recorded</source>
        <translation>ບັນທຶກການຍິນຍອມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="39"/>
        <source>Case closed</source>
        <translation>ປິດກໍລະນີແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="40"/>
        <source>Case assigned</source>
        <translation>ມອບໝາຍກໍລະນີແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="41"/>
        <source>Case anonymised</source>
        <translation>ລຶບຂໍ້ມູນລະບຸຕົວຕົນຂອງກໍລະນີແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="42"/>
        <source>Case deleted</source>
        <translation>ລຶບກໍລະນີແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="43"/>
        <source>Case imported from a spreadsheet</source>
        <translation>ນຳເຂົ້າກໍລະນີຈາກໄຟລ໌ຕາຕະລາງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="44"/>
        <source>Printed</source>
        <translation>ພິມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="45"/>
        <source>Asylum status recorded</source>
        <translation>ບັນທຶກສະຖານະການຂໍລີ້ໄພແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="46"/>
        <source>Documents recorded</source>
        <translation>ບັນທຶກເອກະສານແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="47"/>
        <source>Travel changed</source>
        <translation>ປ່ຽນແປງຂໍ້ມູນການເດີນທາງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="48"/>
        <source>Message recorded</source>
        <translation>ບັນທຶກຂໍ້ຄວາມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="49"/>
        <source>Risk assessed</source>
        <translation>ປະເມີນຄວາມສ່ຽງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="50"/>
        <source>Checklist item ticked</source>
        <translation>ໝາຍຂໍ້ໃນລາຍການກວດກາແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="51"/>
        <source>Checklist tick removed</source>
        <translation>ເອົາເຄື່ອງໝາຍໃນລາຍການກວດກາອອກແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="52"/>
        <source>Handed-over contacts recorded</source>
        <translation>ບັນທຶກຂໍ້ມູນຕິດຕໍ່ທີ່ມອບໃຫ້ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="53"/>
        <source>Wish to be met on arrival by a local NGO recorded</source>
        <translation>ບັນທຶກຄວາມປະສົງທີ່ຈະໃຫ້ອົງການທີ່ບໍ່ແມ່ນລັດໃນທ້ອງຖິ່ນມາຮັບເມື່ອເດີນທາງຮອດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="64"/>
        <source>New plan version made</source>
        <translation>ສ້າງແຜນການສະບັບໃໝ່ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="70"/>
        <source>Plan action added</source>
        <translation>ເພີ່ມກິດຈະກຳຂອງແຜນການແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="71"/>
        <source>Plan action&apos;s status changed</source>
        <translation>ປ່ຽນສະຖານະຂອງກິດຈະກຳໃນແຜນການແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="84"/>
        <source>Operational list made</source>
        <translation>ສ້າງລາຍການສຳລັບການປະຕິບັດງານແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="56"/>
        <source>Supervisor decision on the risk finding</source>
        <translation>ການຕັດສິນໃຈຂອງຫົວໜ້າຄຸ້ມງານກ່ຽວກັບຜົນການປະເມີນຄວາມສ່ຽງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="23"/>
        <source>Duress passphrase set</source>
        <translation>ຕັ້ງວະລີລະຫັດຜ່ານສຸກເສີນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="24"/>
        <source>Duress passphrase removed</source>
        <translation>ລຶບວະລີລະຫັດຜ່ານສຸກເສີນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="25"/>
        <source>Data key rotated</source>
        <translation>ປ່ຽນກະແຈຂໍ້ມູນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="33"/>
        <source>Note written</source>
        <translation>ຂຽນບັນທຶກແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="34"/>
        <source>File attached</source>
        <translation>ແນບໄຟລ໌ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="35"/>
        <source>Attached file opened</source>
        <translation>ເປີດໄຟລ໌ແນບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="36"/>
        <source>Copy of an attached file saved</source>
        <translation>ບັນທຶກສຳເນົາຂອງໄຟລ໌ແນບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="37"/>
        <source>File sharing changed</source>
        <translation>ປ່ຽນການແບ່ງປັນໄຟລ໌ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="38"/>
        <source>File removed</source>
        <translation>ເອົາໄຟລ໌ອອກແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="57"/>
        <source>Supervisor decision to depart with open checklist items</source>
        <translation>ການຕັດສິນໃຈຂອງຫົວໜ້າຄຸ້ມງານໃຫ້ເດີນທາງອອກ ທັງທີ່ຍັງມີຂໍ້ໃນລາຍການກວດກາທີ່ບໍ່ທັນສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="60"/>
        <source>Risk decision revoked</source>
        <translation>ຍົກເລີກການຕັດສິນໃຈກ່ຽວກັບຄວາມສ່ຽງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="61"/>
        <source>Checklist decision revoked</source>
        <translation>ຍົກເລີກການຕັດສິນໃຈກ່ຽວກັບລາຍການກວດກາແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="62"/>
        <source>Reintegration plan started</source>
        <translation>ເລີ່ມແຜນການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="63"/>
        <source>Reintegration plan edited</source>
        <translation>ແກ້ໄຂແຜນການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="65"/>
        <source>Destination chosen</source>
        <translation>ເລືອກຈຸດໝາຍປາຍທາງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="66"/>
        <source>Reintegration assessed</source>
        <translation>ປະເມີນການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="67"/>
        <source>Family assessed</source>
        <translation>ປະເມີນຄອບຄົວແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="68"/>
        <source>Plan component added</source>
        <translation>ເພີ່ມອົງປະກອບຂອງແຜນການແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="69"/>
        <source>Plan component edited</source>
        <translation>ແກ້ໄຂອົງປະກອບຂອງແຜນການແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="72"/>
        <source>Follow-up visits scheduled</source>
        <translation>ກຳນົດຕາຕະລາງການຢ້ຽມຢາມຕິດຕາມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="73"/>
        <source>Follow-up visit added</source>
        <translation>ເພີ່ມການຢ້ຽມຢາມຕິດຕາມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="74"/>
        <source>Follow-up visit moved</source>
        <translation>ຍ້າຍວັນການຢ້ຽມຢາມຕິດຕາມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="75"/>
        <source>Follow-up visit recorded</source>
        <translation>ບັນທຶກການຢ້ຽມຢາມຕິດຕາມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="76"/>
        <source>Follow-up visit removed</source>
        <translation>ເອົາການຢ້ຽມຢາມຕິດຕາມອອກແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="77"/>
        <source>Directory entry added</source>
        <translation>ເພີ່ມລາຍການໃນບັນຊີລາຍຊື່ບໍລິການແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="78"/>
        <source>Directory entry edited</source>
        <translation>ແກ້ໄຂລາຍການໃນບັນຊີລາຍຊື່ບໍລິການແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="79"/>
        <source>Directory entry deleted</source>
        <translation>ລຶບລາຍການໃນບັນຊີລາຍຊື່ບໍລິການແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="80"/>
        <source>Directory imported</source>
        <translation>ນຳເຂົ້າບັນຊີລາຍຊື່ບໍລິການແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="81"/>
        <source>Directory exported</source>
        <translation>ສົ່ງອອກບັນຊີລາຍຊື່ບໍລິການແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="82"/>
        <source>Spreadsheet imported</source>
        <translation>ນຳເຂົ້າໄຟລ໌ຕາຕະລາງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="83"/>
        <source>Report made</source>
        <translation>ສ້າງບົດລາຍງານແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="85"/>
        <source>Bundle written</source>
        <translation>ຂຽນຊຸດຂໍ້ມູນເຂົ້າລະຫັດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="86"/>
        <source>Bundle imported</source>
        <translation>ນຳເຂົ້າຊຸດຂໍ້ມູນເຂົ້າລະຫັດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="87"/>
        <source>Received from another organisation</source>
        <translation>ໄດ້ຮັບຈາກອົງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="88"/>
        <source>Changed by a bundle</source>
        <translation>ຖືກປ່ຽນແປງໂດຍຊຸດຂໍ້ມູນເຂົ້າລະຫັດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="89"/>
        <source>Conflicting edit received</source>
        <translation>ໄດ້ຮັບການແກ້ໄຂທີ່ເປັນຂໍ້ມູນຂັດແຍ່ງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="90"/>
        <location filename="../rrr_desktop/domain/audit_words.py" line="91"/>
        <source>Deleted by a bundle</source>
        <translation>ຖືກລຶບໂດຍຊຸດຂໍ້ມູນເຂົ້າລະຫັດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="92"/>
        <source>Outdated data dropped from a bundle</source>
        <translation>ຂໍ້ມູນທີ່ລ້າສະໄໝຈາກຊຸດຂໍ້ມູນເຂົ້າລະຫັດຖືກຂ້າມໄປ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="93"/>
        <source>Case renumbered</source>
        <translation>ໃຫ້ເລກອ້າງອີງໃໝ່ແກ່ກໍລະນີແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="94"/>
        <source>Conflict resolved</source>
        <translation>ແກ້ໄຂຂໍ້ມູນຂັດແຍ່ງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="95"/>
        <source>Referred to another organisation</source>
        <translation>ສົ່ງຕໍ່ໄປຫາອົງການອື່ນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="96"/>
        <source>Status report sent</source>
        <translation>ສົ່ງລາຍງານສະຖານະແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="97"/>
        <source>Sent to another laptop</source>
        <translation>ສົ່ງໄປຫາແລັບທັອບເຄື່ອງອື່ນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="98"/>
        <source>Contact card written</source>
        <translation>ຂຽນບັດຕິດຕໍ່ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="99"/>
        <source>Installation keys made</source>
        <translation>ສ້າງກະແຈຂອງການຕິດຕັ້ງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="100"/>
        <source>Laptop joined the organisation</source>
        <translation>ແລັບທັອບເຂົ້າຮ່ວມກັບອົງການແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="101"/>
        <source>Contact card added</source>
        <translation>ເພີ່ມບັດຕິດຕໍ່ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="102"/>
        <source>Contact card trusted</source>
        <translation>ເຊື່ອຖືບັດຕິດຕໍ່ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="103"/>
        <source>Audit log verified</source>
        <translation>ກວດສອບຄວາມຖືກຕ້ອງຂອງບັນທຶກປະຫວັດການນຳໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="104"/>
        <source>Stored records sealed in the log</source>
        <translation>ຜະນຶກລາຍການຂໍ້ມູນທີ່ບັນທຶກໄວ້ໃນບັນທຶກປະຫວັດການນຳໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="105"/>
        <source>User accounts sealed in the log</source>
        <translation>ຜະນຶກບັນຊີຜູ້ໃຊ້ໃນບັນທຶກປະຫວັດການນຳໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="106"/>
        <source>Audit log exported</source>
        <translation>ສົ່ງອອກບັນທຶກປະຫວັດການນຳໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="107"/>
        <source>Audit checkpoint written</source>
        <translation>ຂຽນຈຸດກວດສອບຂອງບັນທຶກປະຫວັດການນຳໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="58"/>
        <source>Sections: {names}</source>
        <translation>ພາກສ່ວນ: {names}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="48"/>
        <source>Earlier case number</source>
        <translation>ເລກກໍລະນີເດີມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="49"/>
        <source>Given name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="50"/>
        <source>Family name</source>
        <translation>ນາມສະກຸນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="51"/>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="52"/>
        <source>Date of birth</source>
        <translation>ວັນເດືອນປີເກີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="53"/>
        <source>Age at intake</source>
        <translation>ອາຍຸເມື່ອຮັບເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="54"/>
        <source>Nationality</source>
        <translation>ສັນຊາດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="55"/>
        <source>Country of origin</source>
        <translation>ປະເທດຕົ້ນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="56"/>
        <source>Sector of exploitation</source>
        <translation>ຂະແໜງການທີ່ຖືກຂູດຮີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="57"/>
        <source>Country of exploitation</source>
        <translation>ປະເທດທີ່ຖືກຂູດຮີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="58"/>
        <source>Intake date</source>
        <translation>ວັນທີຮັບເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="59"/>
        <source>Programme</source>
        <translation>ໂຄງການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="60"/>
        <source>Stage</source>
        <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="61"/>
        <source>Reason for closure</source>
        <translation>ເຫດຜົນຂອງການປິດກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="62"/>
        <source>Closure date</source>
        <translation>ວັນທີປິດກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="76"/>
        <source>The given name in column {column} is empty.</source>
        <translation>ຊື່ໃນຖັນ {column} ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="79"/>
        <source>The intake date in column {column} is empty.</source>
        <translation>ວັນທີຮັບເຂົ້າໃນຖັນ {column} ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="82"/>
        <source>The date in column {column} is not a date; use 2024-03-31 or 31/03/2024.</source>
        <translation>ວັນທີໃນຖັນ {column} ບໍ່ແມ່ນວັນທີ; ກະລຸນາໃຊ້ຮູບແບບ 2024-03-31 ຫຼື 31/03/2024.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="85"/>
        <source>The date in column {column} could be day/month or month/day; write 2024-03-31.</source>
        <translation>ວັນທີໃນຖັນ {column} ອາດເປັນ ມື້/ເດືອນ ຫຼື ເດືອນ/ມື້; ກະລຸນາຂຽນເປັນ 2024-03-31.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="88"/>
        <source>The date in column {column} has a two-digit year; write all four digits.</source>
        <translation>ວັນທີໃນຖັນ {column} ມີປີພຽງສອງຕົວເລກ; ກະລຸນາຂຽນປີໃຫ້ຄົບທັງສີ່ຕົວເລກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="91"/>
        <source>The date in column {column} is in the future.</source>
        <translation>ວັນທີໃນຖັນ {column} ເປັນວັນທີໃນອະນາຄົດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="92"/>
        <source>The date of birth is after the intake date.</source>
        <translation>ວັນເດືອນປີເກີດຢູ່ຫຼັງວັນທີຮັບເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="95"/>
        <source>The age in column {column} is not a whole number of years.</source>
        <translation>ອາຍຸໃນຖັນ {column} ບໍ່ແມ່ນຈຳນວນປີເຕັມ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="98"/>
        <source>The age in column {column} is not between 0 and 120.</source>
        <translation>ອາຍຸໃນຖັນ {column} ບໍ່ຢູ່ລະຫວ່າງ 0 ຫາ 120.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="101"/>
        <source>The age and the date of birth disagree by more than a year.</source>
        <translation>ອາຍຸ ແລະ ວັນເດືອນປີເກີດ ຕ່າງກັນຫຼາຍກວ່າໜຶ່ງປີ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="104"/>
        <source>The sex in column {column} is not recognised; use M, F or X.</source>
        <translation>ບໍ່ຮູ້ຈັກເພດໃນຖັນ {column}; ກະລຸນາໃຊ້ M, F ຫຼື X.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="107"/>
        <source>The exploitation sector in column {column} is not recognised.</source>
        <translation>ບໍ່ຮູ້ຈັກຂະແໜງການທີ່ຖືກຂູດຮີດໃນຖັນ {column}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="110"/>
        <source>The country in column {column} is not a recognised country or two-letter code.</source>
        <translation>ປະເທດໃນຖັນ {column} ບໍ່ແມ່ນຊື່ປະເທດ ຫຼື ລະຫັດສອງຕົວອັກສອນທີ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="113"/>
        <source>The stage in column {column} is not one of the case stages.</source>
        <translation>ຂັ້ນຕອນໃນຖັນ {column} ບໍ່ແມ່ນຂັ້ນຕອນໜຶ່ງຂອງກໍລະນີ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="116"/>
        <source>The reason for closure in column {column} is not one of: reintegrated, declined assistance, lost contact, moved on, transferred, deceased.</source>
        <translation>ເຫດຜົນຂອງການປິດກໍລະນີໃນຖັນ {column} ບໍ່ແມ່ນໜຶ່ງໃນຄ່າເຫຼົ່ານີ້: reintegrated (ເຊື່ອມໂຍງຄືນສູ່ສັງຄົມແລ້ວ), declined assistance (ປະຕິເສດການຊ່ວຍເຫຼືອ), lost contact (ຂາດການຕິດຕໍ່), moved on (ຍ້າຍໄປບ່ອນອື່ນ), transferred (ໂອນໄປໃຫ້ອົງການອື່ນ), deceased (ເສຍຊີວິດ).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="121"/>
        <source>The case is not closed, yet column {column} gives a closure reason or date.</source>
        <translation>ກໍລະນີຍັງບໍ່ໄດ້ປິດ, ແຕ່ຖັນ {column} ມີເຫດຜົນ ຫຼື ວັນທີປິດກໍລະນີ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="124"/>
        <source>The closure date is before the intake date.</source>
        <translation>ວັນທີປິດກໍລະນີ ຢູ່ກ່ອນວັນທີຮັບເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="127"/>
        <source>The earlier case number in column {column} may hold letters, digits and / . _ : # - only, at most 40 of them.</source>
        <translation>ເລກກໍລະນີເດີມໃນຖັນ {column} ມີໄດ້ສະເພາະຕົວອັກສອນ, ຕົວເລກ ແລະ / . _ : # - ບໍ່ເກີນ 40 ຕົວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="132"/>
        <source>The stage in column {column} comes after the departure gates (consent, risk, checklist), which an import cannot check: only a supervisor or a data officer imports cases at that stage.</source>
        <translation>ຂັ້ນຕອນໃນຖັນ {column} ຢູ່ຫຼັງເງື່ອນໄຂກ່ອນການເດີນທາງອອກ (ການຍິນຍອມ, ການປະເມີນຄວາມສ່ຽງ, ລາຍການກວດກາກ່ອນການເດີນທາງອອກ) ເຊິ່ງການນຳເຂົ້າບໍ່ສາມາດກວດສອບໄດ້: ສະເພາະຫົວໜ້າຄຸ້ມງານ ຫຼື ເຈົ້າໜ້າທີ່ຂໍ້ມູນເທົ່ານັ້ນ ທີ່ສາມາດນຳເຂົ້າກໍລະນີໃນຂັ້ນຕອນນັ້ນໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="138"/>
        <source>The reference in column {column} appears on more than one row.</source>
        <translation>ເລກອ້າງອີງໃນຖັນ {column} ປາກົດຢູ່ຫຼາຍກວ່າໜຶ່ງແຖວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="141"/>
        <source>The reference in column {column} already belongs to a case in the vault.</source>
        <translation>ເລກອ້າງອີງໃນຖັນ {column} ເປັນຂອງກໍລະນີທີ່ມີຢູ່ໃນຄັງຂໍ້ມູນແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="144"/>
        <source>The text in column {column} is longer than 200 characters.</source>
        <translation>ຂໍ້ຄວາມໃນຖັນ {column} ຍາວເກີນ 200 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="147"/>
        <source>The text in column {column} holds a line break or a control or direction character.</source>
        <translation>ຂໍ້ຄວາມໃນຖັນ {column} ມີການຂຶ້ນແຖວໃໝ່ ຫຼື ຕົວອັກສອນຄວບຄຸມ ຫຼື ຕົວອັກສອນກຳນົດທິດທາງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="151"/>
        <source>The value in column {column} cannot be stored; check it in the spreadsheet.</source>
        <translation>ບໍ່ສາມາດບັນທຶກຄ່າໃນຖັນ {column} ໄດ້; ກະລຸນາກວດສອບຄ່ານັ້ນໃນໄຟລ໌ຕາຕະລາງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="82"/>
        <source>The file could not be read.</source>
        <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ໄດ້.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="23"/>
        <source>Request for assistance</source>
        <translation>ຄຳຮ້ອງຂໍການຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="24"/>
        <source>Confirmation of assistance</source>
        <translation>ການຢືນຢັນການຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="27"/>
        <source>Reintegration assistance request</source>
        <translation>ຄຳຮ້ອງຂໍການຊ່ວຍເຫຼືອດ້ານການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="30"/>
        <source>Reintegration assistance confirmation</source>
        <translation>ການຢືນຢັນການຊ່ວຍເຫຼືອດ້ານການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="33"/>
        <source>Post-departure confirmation</source>
        <translation>ການຢືນຢັນຫຼັງການເດີນທາງອອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="36"/>
        <source>Arrival confirmation</source>
        <translation>ການຢືນຢັນການເດີນທາງຮອດ</translation>
    </message>
</context>
<context>
    <name>next</name>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="17"/>
        <source>Record consent to assistance</source>
        <translation>ບັນທຶກການຍິນຍອມຮັບການຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="18"/>
        <source>Make the risk assessment</source>
        <translation>ເຮັດການປະເມີນຄວາມສ່ຽງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="19"/>
        <source>Complete the pre-departure checklist</source>
        <translation>ເຮັດລາຍການກວດກາກ່ອນການເດີນທາງອອກໃຫ້ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="20"/>
        <source>Plan the travel</source>
        <translation>ວາງແຜນການເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="21"/>
        <source>Awaiting an answer from the partner organisation</source>
        <translation>ລໍຖ້າຄຳຕອບຈາກອົງການຄູ່ຮ່ວມງານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="24"/>
        <source>Draw up the reintegration plan</source>
        <translation>ສ້າງແຜນການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="25"/>
        <source>Follow-up visit due</source>
        <translation>ຮອດກຳນົດການຢ້ຽມຢາມຕິດຕາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="26"/>
        <source>Follow-up visit overdue</source>
        <translation>ການຢ້ຽມຢາມຕິດຕາມເກີນກຳນົດ</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../rrr_desktop/ui/directory/__init__.py" line="16"/>
        <source>Directory</source>
        <translation>ບັນຊີລາຍຊື່ບໍລິການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/__init__.py" line="16"/>
        <source>Handoff</source>
        <translation>ການສົ່ງມອບຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/__init__.py" line="16"/>
        <source>Reports</source>
        <translation>ບົດລາຍງານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="122"/>
        <source>Today</source>
        <translation>ມື້ນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="123"/>
        <source>Cases</source>
        <translation>ກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="124"/>
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="196"/>
        <source>This page could not be opened ({kind}).</source>
        <translation>ບໍ່ສາມາດເປີດໜ້ານີ້ໄດ້ ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/__init__.py" line="16"/>
        <source>Audit log</source>
        <translation>ບັນທຶກປະຫວັດການນຳໃຊ້</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/common.py" line="81"/>
        <source>Handoff</source>
        <translation>ການສົ່ງມອບຂໍ້ມູນ</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="28"/>
        <source>At least 10 characters: best a few unrelated words.</source>
        <translation>ຢ່າງໜ້ອຍ 10 ຕົວອັກສອນ: ດີທີ່ສຸດແມ່ນຫຼາຍຄຳທີ່ບໍ່ກ່ຽວຂ້ອງກັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="31"/>
        <source>Too short: use at least 10 characters, best a few unrelated words.</source>
        <translation>ສັ້ນເກີນໄປ: ກະລຸນາໃຊ້ຢ່າງໜ້ອຍ 10 ຕົວອັກສອນ, ດີທີ່ສຸດແມ່ນຫຼາຍຄຳທີ່ບໍ່ກ່ຽວຂ້ອງກັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="34"/>
        <source>Too easy to guess (a common word, a pattern or a date): use a few unrelated words.</source>
        <translation>ເດົາໄດ້ງ່າຍເກີນໄປ (ຄຳທົ່ວໄປ, ຮູບແບບ ຫຼື ວັນທີ): ກະລຸນາໃຊ້ຫຼາຍຄຳທີ່ບໍ່ກ່ຽວຂ້ອງກັນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="38"/>
        <source>Weak: add another word or two.</source>
        <translation>ອ່ອນ: ກະລຸນາເພີ່ມອີກໜຶ່ງ ຫຼື ສອງຄຳ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="39"/>
        <source>Good.</source>
        <translation>ດີ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="40"/>
        <source>Strong.</source>
        <translation>ປອດໄພສູງ.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="23"/>
        <source>Home to family</source>
        <translation>ກັບບ້ານໄປຢູ່ກັບຄອບຄົວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="24"/>
        <source>Another community</source>
        <translation>ຊຸມຊົນອື່ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="25"/>
        <source>Independent living</source>
        <translation>ອາໄສຢູ່ດ້ວຍຕົນເອງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="26"/>
        <source>Stay in the destination country</source>
        <translation>ຢູ່ໃນປະເທດປາຍທາງຕໍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="29"/>
        <source>A third country</source>
        <translation>ປະເທດທີສາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="30"/>
        <source>Family-based alternative care (child)</source>
        <translation>ການດູແລທາງເລືອກແບບຄອບຄົວ (ເດັກ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="36"/>
        <source>Family mediation and reunification</source>
        <translation>ການໄກ່ເກ່ຍຄອບຄົວ ແລະ ການພາໃຫ້ຄອບຄົວກັບມາຢູ່ຮ່ວມກັນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="37"/>
        <source>Medical and health</source>
        <translation>ການແພດ ແລະ ສຸຂະພາບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="38"/>
        <source>Financial (reinstallation grant, dependants)</source>
        <translation>ການເງິນ (ເງິນຊ່ວຍເຫຼືອການຕັ້ງຖິ່ນຖານຄືນ, ຜູ້ຢູ່ໃນອຸປະການ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="41"/>
        <source>Legal</source>
        <translation>ກົດໝາຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="42"/>
        <source>Education, vocational training, apprenticeship</source>
        <translation>ການສຶກສາ, ການຝຶກອາຊີບ, ການຝຶກງານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="45"/>
        <source>Income generation</source>
        <translation>ການສ້າງລາຍຮັບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="46"/>
        <source>Security</source>
        <translation>ຄວາມປອດໄພ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="47"/>
        <source>Housing</source>
        <translation>ທີ່ຢູ່ອາໄສ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="48"/>
        <source>Counselling</source>
        <translation>ການໃຫ້ຄຳປຶກສາ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="52"/>
        <source>Planned</source>
        <translation>ວາງແຜນໄວ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="53"/>
        <source>In progress</source>
        <translation>ກຳລັງດຳເນີນການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="54"/>
        <source>Done</source>
        <translation>ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="55"/>
        <source>Cancelled</source>
        <translation>ຍົກເລີກແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="84"/>
        <source>Family-based alternative care is an option for children only.</source>
        <translation>ການດູແລທາງເລືອກແບບຄອບຄົວ ເປັນທາງເລືອກສຳລັບເດັກເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="93"/>
        <source>A child cannot be placed in independent living.</source>
        <translation>ບໍ່ສາມາດໃຫ້ເດັກອາໄສຢູ່ດ້ວຍຕົນເອງໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="116"/>
        <source>Write down the person&apos;s own wishes, in their words, beside the proposal.</source>
        <translation>ກະລຸນາຂຽນຄວາມປະສົງຂອງຜູ້ຮັບການຊ່ວຍເຫຼືອເອງ ຕາມຄຳເວົ້າຂອງເຂົາເຈົ້າ ໄວ້ຄຽງຂ້າງຂໍ້ສະເໜີ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="124"/>
        <source>Choose where the person will live.</source>
        <translation>ກະລຸນາເລືອກບ່ອນທີ່ຜູ້ຮັບການຊ່ວຍເຫຼືອຈະອາໄສຢູ່.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="132"/>
        <source>The component &apos;{kind}&apos; has no goal.</source>
        <translation>ອົງປະກອບ &apos;{kind}&apos; ບໍ່ມີເປົ້າໝາຍ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="141"/>
        <source>An action of the component &apos;{kind}&apos; has no description.</source>
        <translation>ກິດຈະກຳໜຶ່ງຂອງອົງປະກອບ &apos;{kind}&apos; ບໍ່ມີລາຍລະອຽດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="49"/>
        <source>{icon} not verified in 6 months</source>
        <translation>{icon} ບໍ່ໄດ້ກວດສອບໃນ 6 ເດືອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="67"/>
        <source>Pick an organisation from the directory or type a name</source>
        <translation>ເລືອກອົງການຈາກບັນຊີລາຍຊື່ບໍລິການ ຫຼື ພິມຊື່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="82"/>
        <source>Due by</source>
        <translation>ກຳນົດໃຫ້ແລ້ວເສັດພາຍໃນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="103"/>
        <source>Add a plan component</source>
        <translation>ເພີ່ມອົງປະກອບຂອງແຜນການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="121"/>
        <source>Component:</source>
        <translation>ອົງປະກອບ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="122"/>
        <source>Goal:</source>
        <translation>ເປົ້າໝາຍ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="123"/>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="159"/>
        <source>Responsible:</source>
        <translation>ຜູ້ຮັບຜິດຊອບ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="125"/>
        <source>Budget:</source>
        <translation>ງົບປະມານ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="152"/>
        <source>Add an action</source>
        <translation>ເພີ່ມກິດຈະກຳ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="158"/>
        <source>Action:</source>
        <translation>ກິດຈະກຳ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="35"/>
        <source>Save the plan as PDF</source>
        <translation>ບັນທຶກແຜນການເປັນ PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation>ໄຟລ໌ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="76"/>
        <source>The PDF could not be written.</source>
        <translation>ບໍ່ສາມາດຂຽນ PDF ໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="78"/>
        <source>Writing the PDF…</source>
        <translation>ກຳລັງຂຽນ PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="83"/>
        <source>Saved {file} ({pages} pages).</source>
        <translation>ບັນທຶກ {file} ແລ້ວ ({pages} ໜ້າ).</translation>
    </message>
</context>
<context>
    <name>reintegration</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="72"/>
        <source>Not saved</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../rrr_desktop/printing/charts.py" line="34"/>
        <source>Dashed outline: hidden counts (disclosure control)</source>
        <translation>ເສັ້ນຂອບຂີດ: ຈຳນວນທີ່ຖືກເຊື່ອງ (ການຄວບຄຸມການເປີດເຜີຍຂໍ້ມູນ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="55"/>
        <source>Persons assisted by {field}</source>
        <translation>ຈຳນວນຜູ້ຮັບການຊ່ວຍເຫຼືອ ຕາມ {field}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="57"/>
        <source>{rows} by {columns}</source>
        <translation>{rows} ຕາມ {columns}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="64"/>
        <source>Period (intake date): all dates</source>
        <translation>ໄລຍະເວລາ (ວັນທີຮັບເຂົ້າ): ທຸກວັນທີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="66"/>
        <source>first case</source>
        <translation>ກໍລະນີທຳອິດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="68"/>
        <source>today</source>
        <translation>ມື້ນີ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="69"/>
        <source>Period (intake date): {start} to {end}</source>
        <translation>ໄລຍະເວລາ (ວັນທີຮັບເຂົ້າ): {start} ຫາ {end}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="77"/>
        <source>Programme: {name}</source>
        <translation>ໂຄງການ: {name}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="81"/>
        <source>Programme: all programmes</source>
        <translation>ໂຄງການ: ທຸກໂຄງການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="83"/>
        <source>Disclosure control: counts below {n} hidden, with counts that would reveal them</source>
        <translation>ການຄວບຄຸມການເປີດເຜີຍຂໍ້ມູນ: ເຊື່ອງຈຳນວນທີ່ຕ່ຳກວ່າ {n} ພ້ອມທັງຈຳນວນທີ່ອາດເປີດເຜີຍຕົວເລກເຫຼົ່ານັ້ນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="88"/>
        <source>Disclosure control: none (for internal use only)</source>
        <translation>ການຄວບຄຸມການເປີດເຜີຍຂໍ້ມູນ: ບໍ່ມີ (ສຳລັບໃຊ້ພາຍໃນເທົ່ານັ້ນ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="91"/>
        <source>Generated: {when} UTC</source>
        <translation>ສ້າງເມື່ອ: {when} UTC</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="94"/>
        <source>Cases counted: {n}</source>
        <translation>ຈຳນວນກໍລະນີທີ່ນັບ: {n}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="245"/>
        <source>Persons assisted: statistics</source>
        <translation>ຜູ້ຮັບການຊ່ວຍເຫຼືອ: ສະຖິຕິ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="308"/>
        <source>Statistics report</source>
        <translation>ບົດລາຍງານສະຖິຕິ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="332"/>
        <source>{org} - statistics - page {n} of {total}</source>
        <translation>{org} - ສະຖິຕິ - ໜ້າ {n} ຈາກ {total}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="17"/>
        <source>&lt;{n}: fewer than {n} persons, hidden to protect them.</source>
        <translation>&lt;{n}: ໜ້ອຍກວ່າ {n} ຄົນ, ຖືກເຊື່ອງໄວ້ເພື່ອປົກປ້ອງເຂົາເຈົ້າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="20"/>
        <source>x: hidden so that a small number cannot be worked out from the totals.</source>
        <translation>x: ຖືກເຊື່ອງໄວ້ ເພື່ອບໍ່ໃຫ້ສາມາດຄິດໄລ່ຫາຈຳນວນນ້ອຍຈາກຍອດລວມໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="23"/>
        <source>Count</source>
        <translation>ຈຳນວນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="24"/>
        <source>Percent</source>
        <translation>ເປີເຊັນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="17"/>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="18"/>
        <source>Age group at intake</source>
        <translation>ກຸ່ມອາຍຸເມື່ອຮັບເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="19"/>
        <source>Sector of exploitation</source>
        <translation>ຂະແໜງການທີ່ຖືກຂູດຮີດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="20"/>
        <source>Country of origin</source>
        <translation>ປະເທດຕົ້ນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="21"/>
        <source>Nationality</source>
        <translation>ສັນຊາດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="22"/>
        <source>Stage</source>
        <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="23"/>
        <source>Programme</source>
        <translation>ໂຄງການ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="24"/>
        <source>Caseworker</source>
        <translation>ພະນັກງານຮັບຜິດຊອບກໍລະນີ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="29"/>
        <source>Not recorded</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="32"/>
        <source>Female</source>
        <translation>ຍິງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="33"/>
        <source>Male</source>
        <translation>ຊາຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="34"/>
        <location filename="../rrr_desktop/reports/fields.py" line="52"/>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="35"/>
        <location filename="../rrr_desktop/reports/fields.py" line="41"/>
        <source>Unknown</source>
        <translation>ບໍ່ຮູ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="38"/>
        <source>Infant (under 1)</source>
        <translation>ເດັກອ່ອນ (ຕ່ຳກວ່າ 1 ປີ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="39"/>
        <source>Child (1-17)</source>
        <translation>ເດັກ (1-17 ປີ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="40"/>
        <source>Adult (18+)</source>
        <translation>ຜູ້ໃຫຍ່ (18 ປີຂຶ້ນໄປ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="44"/>
        <source>Domestic work</source>
        <translation>ວຽກບ້ານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="45"/>
        <source>Sexual exploitation</source>
        <translation>ການຂູດຮີດທາງເພດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="48"/>
        <source>Forced begging</source>
        <translation>ການບັງຄັບໃຫ້ຂໍທານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="46"/>
        <source>Plantation, agriculture</source>
        <translation>ສວນປູກພືດ, ກະສິກຳ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="47"/>
        <source>Construction</source>
        <translation>ການກໍ່ສ້າງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="49"/>
        <source>Restaurant</source>
        <translation>ຮ້ານອາຫານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="50"/>
        <source>Fishing</source>
        <translation>ການປະມົງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="51"/>
        <source>Factory</source>
        <translation>ໂຮງງານ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="55"/>
        <source>Intake</source>
        <translation>ການຮັບເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="56"/>
        <source>Shelter</source>
        <translation>ສູນພັກພິງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="57"/>
        <source>Return preparation</source>
        <translation>ການກະກຽມການກັບຄືນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="58"/>
        <source>Travel</source>
        <translation>ການເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="59"/>
        <source>Reintegration</source>
        <translation>ການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="60"/>
        <source>Follow-up</source>
        <translation>ການຕິດຕາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="61"/>
        <source>Testimony</source>
        <translation>ການໃຫ້ປາກຄຳ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="62"/>
        <source>Closed</source>
        <translation>ປິດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/tables.py" line="19"/>
        <source>Total</source>
        <translation>ລວມ</translation>
    </message>
</context>
<context>
    <name>returnprep</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="48"/>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="66"/>
        <source>{user}, {date}</source>
        <translation>{user}, {date}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/common.py" line="36"/>
        <source>Not saved</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="24"/>
        <source>Air</source>
        <translation>ທາງອາກາດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="25"/>
        <source>Bus</source>
        <translation>ລົດເມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="26"/>
        <source>Train</source>
        <translation>ລົດໄຟ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="27"/>
        <source>Car</source>
        <translation>ລົດໃຫຍ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="28"/>
        <source>Boat</source>
        <translation>ເຮືອ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="29"/>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="37"/>
        <source>No known risk</source>
        <translation>ບໍ່ມີຄວາມສ່ຽງທີ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="38"/>
        <source>Risk, with mitigations</source>
        <translation>ມີຄວາມສ່ຽງ, ພ້ອມມາດຕະການຫຼຸດຜ່ອນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="39"/>
        <source>Reasonable suspicion of harm</source>
        <translation>ມີເຫດຜົນອັນສົມຄວນໃຫ້ສົງໄສວ່າອາດມີອັນຕະລາຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="42"/>
        <source>Risk: return despite suspicion of harm</source>
        <translation>ຄວາມສ່ຽງ: ກັບຄືນ ເຖິງວ່າຈະມີຂໍ້ສົງໄສວ່າອາດມີອັນຕະລາຍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="43"/>
        <source>Checklist: depart before all 8 conditions</source>
        <translation>ລາຍການກວດກາ: ເດີນທາງອອກກ່ອນເງື່ອນໄຂຄົບທັງ 8 ຂໍ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="44"/>
        <source>No travel grant</source>
        <translation>ບໍ່ມີເງິນຊ່ວຍເຫຼືອຄ່າເດີນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="45"/>
        <source>In kind (meals, booked accommodation)</source>
        <translation>ເປັນສິ່ງຂອງ (ອາຫານ, ທີ່ພັກທີ່ຈອງໄວ້)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="46"/>
        <source>Cash</source>
        <translation>ເງິນສົດ</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="22"/>
        <source>Initial causes of trafficking</source>
        <translation>ສາເຫດເບື້ອງຕົ້ນຂອງການຄ້າມະນຸດ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="23"/>
        <source>Socio-economic situation of the family</source>
        <translation>ສະພາບເສດຖະກິດ-ສັງຄົມຂອງຄອບຄົວ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="26"/>
        <source>Attitudes of the family and community</source>
        <translation>ທັດສະນະຄະຕິຂອງຄອບຄົວ ແລະ ຊຸມຊົນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="29"/>
        <source>Criminal or civil sanctions on return</source>
        <translation>ການລົງໂທດທາງອາຍາ ຫຼື ທາງແພ່ງເມື່ອກັບຄືນ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="30"/>
        <source>State of infrastructure in the country of origin</source>
        <translation>ສະພາບພື້ນຖານໂຄງລ່າງໃນປະເທດຕົ້ນທາງ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="33"/>
        <source>Functioning witness protection programme</source>
        <translation>ໂຄງການປົກປ້ອງພະຍານທີ່ໃຊ້ການໄດ້ແທ້</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="34"/>
        <source>Medical, psychological and legal services available</source>
        <translation>ບໍລິການທາງການແພດ, ຈິດຕະວິທະຍາ ແລະ ກົດໝາຍທີ່ມີຢູ່</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="37"/>
        <source>Training and education to reduce the risk of re-victimisation</source>
        <translation>ການຝຶກອົບຮົມ ແລະ ການສຶກສາ ເພື່ອຫຼຸດຄວາມສ່ຽງທີ່ຈະຕົກເປັນຜູ້ເຄາະຮ້າຍຊ້ຳອີກ</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="20"/>
        <source>Follow-up visit</source>
        <translation>ການຢ້ຽມຢາມຕິດຕາມ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="21"/>
        <source>Message awaiting an answer</source>
        <translation>ຂໍ້ຄວາມທີ່ລໍຖ້າຄຳຕອບ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="22"/>
        <source>Checklist blocks departure</source>
        <translation>ລາຍການກວດກາກີດຂວາງການເດີນທາງອອກ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="23"/>
        <source>Supervisor approval needed</source>
        <translation>ຕ້ອງໄດ້ຮັບການອະນຸມັດຈາກຫົວໜ້າຄຸ້ມງານ</translation>
    </message>
</context>
<context>
    <name>travel</name>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="105"/>
        <source>A leg needs a place of departure and of arrival.</source>
        <translation>ຊ່ວງການເດີນທາງຕ້ອງມີສະຖານທີ່ອອກເດີນທາງ ແລະ ສະຖານທີ່ເດີນທາງຮອດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="114"/>
        <source>Give both times of a leg with a UTC offset, or both without.</source>
        <translation>ກະລຸນາໃສ່ເວລາທັງສອງຂອງຊ່ວງການເດີນທາງພ້ອມສ່ວນຕ່າງເວລາຈາກ UTC, ຫຼື ບໍ່ໃສ່ທັງສອງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="125"/>
        <source>The leg from {origin} arrives before it departs.</source>
        <translation>ຊ່ວງການເດີນທາງຈາກ {origin} ເດີນທາງຮອດກ່ອນອອກເດີນທາງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="142"/>
        <source>The leg to {destination} is followed by a leg from {origin}.</source>
        <translation>ຊ່ວງການເດີນທາງໄປ {destination} ຖືກຕໍ່ດ້ວຍຊ່ວງການເດີນທາງຈາກ {origin}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="157"/>
        <source>The leg from {origin} leaves before the previous leg arrives.</source>
        <translation>ຊ່ວງການເດີນທາງຈາກ {origin} ອອກເດີນທາງກ່ອນທີ່ຊ່ວງກ່ອນໜ້າຈະເດີນທາງຮອດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="192"/>
        <source>The journey was planned to start on {date}, which has passed: update the itinerary.</source>
        <translation>ການເດີນທາງຖືກວາງແຜນໃຫ້ເລີ່ມວັນທີ {date} ເຊິ່ງຜ່ານໄປແລ້ວ: ກະລຸນາປັບປຸງກຳນົດການເດີນທາງ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="207"/>
        <source>Travel by bus from {origin}: air travel is more predictable and safer.</source>
        <translation>ເດີນທາງດ້ວຍລົດເມຈາກ {origin}: ການເດີນທາງທາງອາກາດຄາດຄະເນໄດ້ງ່າຍກວ່າ ແລະ ປອດໄພກວ່າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="220"/>
        <source>Travel by train from {origin}: air travel is more predictable and safer.</source>
        <translation>ເດີນທາງດ້ວຍລົດໄຟຈາກ {origin}: ການເດີນທາງທາງອາກາດຄາດຄະເນໄດ້ງ່າຍກວ່າ ແລະ ປອດໄພກວ່າ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="234"/>
        <source>{count} transit points: use as few as possible.</source>
        <translation>ມີຈຸດຜ່ານແດນ {count} ຈຸດ: ກະລຸນາໃຊ້ໃຫ້ໜ້ອຍທີ່ສຸດເທົ່າທີ່ເປັນໄປໄດ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="254"/>
        <source>Arrival on {date}, a public holiday ({holiday}): offices may be closed.</source>
        <translation>ເດີນທາງຮອດວັນທີ {date} ເຊິ່ງເປັນວັນພັກລັດຖະການ ({holiday}): ຫ້ອງການອາດປິດ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="268"/>
        <source>Arrival on {date}, a weekend day: arrive on a working day.</source>
        <translation>ເດີນທາງຮອດວັນທີ {date} ເຊິ່ງເປັນວັນພັກທ້າຍອາທິດ: ກະລຸນາໃຫ້ເດີນທາງຮອດໃນວັນລັດຖະການ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="280"/>
        <source>Arrival at {time} local time: arrive as early in the day as possible.</source>
        <translation>ເດີນທາງຮອດເວລາ {time} ຕາມເວລາທ້ອງຖິ່ນ: ກະລຸນາໃຫ້ເດີນທາງຮອດໄວທີ່ສຸດເທົ່າທີ່ເປັນໄປໄດ້ໃນມື້ນັ້ນ.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="32"/>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="33"/>
        <source>This field is required.</source>
        <translation>ຕ້ອງປ້ອນຂໍ້ມູນຊ່ອງນີ້.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="34"/>
        <source>The number is too small.</source>
        <translation>ຕົວເລກນ້ອຍເກີນໄປ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="35"/>
        <source>The number is too large.</source>
        <translation>ຕົວເລກໃຫຍ່ເກີນໄປ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="36"/>
        <source>This is not a valid date.</source>
        <translation>ນີ້ບໍ່ແມ່ນວັນທີທີ່ຖືກຕ້ອງ.</translation>
    </message>
</context>
</TS>
