<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="49"/>
        <source>Add a user</source>
        <translation>အသုံးပြုသူ ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="61"/>
        <source>Give the first passphrase to the person in private; they change it with Settings → Vault → Change my passphrase.</source>
        <translation>ကနဦး စကားဝှက်စာကြောင်းကို ထိုသူထံ သီးသန့် ပေးပါ။ ၎င်းကို ဆက်တင်များ → လုံခြုံသိုလှောင်ခန်း → ကျွန်ုပ်၏ စကားဝှက်စာကြောင်းကို ပြောင်းရန် ဖြင့် ထိုသူက ပြောင်းနိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="73"/>
        <source>&amp;User name</source>
        <translation>အသုံးပြုသူအမည် (&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="74"/>
        <source>&amp;Name shown</source>
        <translation>ပြသမည့်အမည် (&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="75"/>
        <source>&amp;Role</source>
        <translation>အခန်းကဏ္ဍ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="76"/>
        <source>First &amp;passphrase</source>
        <translation>ကနဦး စကားဝှက်စာကြောင်း (&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="77"/>
        <source>Repeat the passphrase</source>
        <translation>စကားဝှက်စာကြောင်းကို ထပ်ရိုက်ပါ</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="281"/>
        <source>Import</source>
        <translation>တင်သွင်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="287"/>
        <source>Import now</source>
        <translation>ယခု တင်သွင်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="301"/>
        <source>{n} new cases will be created, all at once: if anything goes wrong, none is.</source>
        <translation>ကိစ္စရပ်အသစ် {n} ခုကို တစ်ပြိုင်နက်တည်း ဖန်တီးပါမည်။ တစ်စုံတစ်ရာ မှားယွင်းပါက မည်သည့်ကိစ္စရပ်ကိုမျှ ဖန်တီးမည် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="325"/>
        <source>Imported {n} cases.</source>
        <translation>ကိစ္စရပ် {n} ခုကို တင်သွင်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="335"/>
        <source>The import failed; nothing was imported.</source>
        <translation>တင်သွင်းခြင်း မအောင်မြင်ပါ။ မည်သည့်အရာကိုမျှ တင်သွင်းခြင်း မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="55"/>
        <source>Assessment</source>
        <translation>အကဲဖြတ်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="59"/>
        <source>Save the assessment</source>
        <translation>အကဲဖြတ်ချက်ကို သိမ်းဆည်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="62"/>
        <source>The person: strengths, needs, health, skills</source>
        <translation>အကူအညီရယူသူ - အားသာချက်များ၊ လိုအပ်ချက်များ၊ ကျန်းမာရေး၊ ကျွမ်းကျင်မှုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="63"/>
        <source>What they return to: family, community, safety</source>
        <translation>ပြန်သွားမည့် ပတ်ဝန်းကျင် - မိသားစု၊ ရပ်ရွာ၊ လုံခြုံမှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="71"/>
        <source>Family assessment (child)</source>
        <translation>မိသားစု အကဲဖြတ်ချက် (ကလေးသူငယ်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="74"/>
        <source>No neglect or abuse found</source>
        <translation>လျစ်လျူရှုမှု သို့မဟုတ် ညှဉ်းပန်းနှိပ်စက်မှု မတွေ့ရှိပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="75"/>
        <source>Neglect or abuse found</source>
        <translation>လျစ်လျူရှုမှု သို့မဟုတ် ညှဉ်းပန်းနှိပ်စက်မှု တွေ့ရှိသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="80"/>
        <source>Record the family assessment</source>
        <translation>မိသားစု အကဲဖြတ်ချက်ကို မှတ်တမ်းတင်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="95"/>
        <source>Assessed on {on} by {by}.</source>
        <translation>{on} တွင် {by} က အကဲဖြတ်ခဲ့သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="97"/>
        <source>Not assessed yet.</source>
        <translation>အကဲမဖြတ်ရသေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="104"/>
        <source>⚠ No family assessment yet: the child cannot go home to the family until one finds no neglect or abuse.</source>
        <translation>⚠ မိသားစု အကဲဖြတ်ချက် မရှိသေးပါ - လျစ်လျူရှုမှု သို့မဟုတ် ညှဉ်းပန်းနှိပ်စက်မှု မရှိကြောင်း မိသားစု အကဲဖြတ်ချက်က တွေ့ရှိသည်အထိ ကလေးသူငယ်သည် မိသားစုထံ ပြန်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="110"/>
        <source>neglect or abuse found</source>
        <translation>လျစ်လျူရှုမှု သို့မဟုတ် ညှဉ်းပန်းနှိပ်စက်မှု တွေ့ရှိသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="112"/>
        <source>no neglect or abuse found</source>
        <translation>လျစ်လျူရှုမှု သို့မဟုတ် ညှဉ်းပန်းနှိပ်စက်မှု မတွေ့ရှိပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="115"/>
        <source>Assessed on {on} by {by}: {found}.</source>
        <translation>{on} တွင် {by} က အကဲဖြတ်ခဲ့သည် - {found}။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="128"/>
        <source>Say whether neglect or abuse was found.</source>
        <translation>လျစ်လျူရှုမှု သို့မဟုတ် ညှဉ်းပန်းနှိပ်စက်မှု တွေ့ရှိ၊ မတွေ့ရှိ ဖော်ပြပါ။</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/viewer.py" line="148"/>
        <source>Shown here: the first {shown} of {total} pages; use &quot;Save a copy&quot; to read the rest.</source>
        <translation>ဤနေရာတွင် ပြထားသည် - စာမျက်နှာ {total} ထဲမှ ပထမ {shown} မျက်နှာ။ ကျန်ရှိသည်များကို ဖတ်ရန် “မိတ္တူ သိမ်းဆည်းရန်” ကို အသုံးပြုပါ။</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="60"/>
        <source>Audit log</source>
        <translation>လုပ်ဆောင်ချက် မှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="61"/>
        <source>Transfers</source>
        <translation>ပေးပို့/လက်ခံမှုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="70"/>
        <source>a case reference</source>
        <translation>ကိစ္စရပ် ရည်ညွှန်းနံပါတ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="72"/>
        <source>e.g. case.print</source>
        <translation>ဥပမာ case.print</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="73"/>
        <source>Only between</source>
        <translation>အောက်ပါရက်များကြားသာ -</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="82"/>
        <source>&amp;User</source>
        <translation>အသုံးပြုသူ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="83"/>
        <source>&amp;Case</source>
        <translation>ကိစ္စရပ် (&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="84"/>
        <source>&amp;Action</source>
        <translation>လုပ်ဆောင်ချက် (&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="88"/>
        <source>and</source>
        <translation>နှင့်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="91"/>
        <source>Dates</source>
        <translation>ရက်စွဲများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="92"/>
        <source>&amp;Search</source>
        <translation>ရှာရန် (&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="94"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV ထုတ်ယူရန်… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="96"/>
        <source>&amp;Verify the chain</source>
        <translation>မှတ်တမ်း ကွင်းဆက်ကို စစ်ဆေးအတည်ပြုရန် (&amp;V)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="39"/>
        <source>Referral</source>
        <translation>လွှဲပြောင်းပေးခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="40"/>
        <source>Status report</source>
        <translation>အခြေအနေ အစီရင်ခံစာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="41"/>
        <source>Sync</source>
        <translation>ထပ်တူပြုခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="52"/>
        <source>Only supervisors can read the audit log.</source>
        <translation>လုပ်ဆောင်ချက် မှတ်တမ်းကို ကြီးကြပ်သူများသာ ဖတ်ရှုနိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="98"/>
        <source>Write a chec&amp;kpoint…</source>
        <translation>စစ်ဆေးမှတ်တိုင် ရေးသားရန်… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="100"/>
        <source>C&amp;heck against a checkpoint…</source>
        <translation>စစ်ဆေးမှတ်တိုင်နှင့် တိုက်စစ်ရန်… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>No.</source>
        <translation>အမှတ်စဉ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <location filename="../rrr_desktop/ui/audit/page.py" line="279"/>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>User</source>
        <translation>အသုံးပြုသူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>What</source>
        <translation>လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>Record</source>
        <translation>သက်ဆိုင်သည့် မှတ်တမ်း</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/audit/page.py" line="188"/>
        <source>%n entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>မှတ်တမ်းအချက် %n ခု ပြထားသည် (အသစ်ဆုံးကို အပေါ်ဆုံးတွင် ပြသည်)။</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="199"/>
        <source>Export the audit log</source>
        <translation>လုပ်ဆောင်ချက် မှတ်တမ်းကို ထုတ်ယူရန်</translation>
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
            <numerusform>မှတ်တမ်းအချက် %n ခု ရေးသားပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/audit/page.py" line="219"/>
        <source>The chain is intact: %n entry(ies).</source>
        <translation>
            <numerusform>မှတ်တမ်း ကွင်းဆက် ပြည့်စုံ မပျက်မယွင်း ရှိသည် - မှတ်တမ်းအချက် %n ခု။</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="222"/>
        <source>The audit log was changed: {problems}</source>
        <translation>လုပ်ဆောင်ချက် မှတ်တမ်းကို ပြောင်းလဲထားသည် - {problems}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="230"/>
        <source>Write an audit checkpoint</source>
        <translation>လုပ်ဆောင်ချက် မှတ်တမ်း၏ စစ်ဆေးမှတ်တိုင်ကို ရေးသားရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="232"/>
        <location filename="../rrr_desktop/ui/audit/page.py" line="249"/>
        <source>Checkpoint (*.json)</source>
        <translation>စစ်ဆေးမှတ်တိုင် (*.json)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="242"/>
        <source>Checkpoint of entry {seq} written. Keep a copy away from this laptop.</source>
        <translation>မှတ်တမ်းအချက် အမှတ် {seq} ၏ စစ်ဆေးမှတ်တိုင်ကို ရေးသားပြီးပါပြီ။ ၎င်း၏ မိတ္တူတစ်စောင်ကို ဤလက်ပ်တော့နှင့် သီးခြားနေရာတွင် သိမ်းထားပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="249"/>
        <source>Check against a checkpoint</source>
        <translation>စစ်ဆေးမှတ်တိုင်နှင့် တိုက်စစ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="260"/>
        <source>The log agrees with the checkpoint of entry {seq}.</source>
        <translation>လုပ်ဆောင်ချက် မှတ်တမ်းသည် မှတ်တမ်းအချက် အမှတ် {seq} ၏ စစ်ဆေးမှတ်တိုင်နှင့် ကိုက်ညီသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="266"/>
        <source>The log does not match the checkpoint: {problems}</source>
        <translation>လုပ်ဆောင်ချက် မှတ်တမ်းသည် စစ်ဆေးမှတ်တိုင်နှင့် မကိုက်ညီပါ - {problems}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="280"/>
        <source>Direction</source>
        <translation>ပို့/လက်ခံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="281"/>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="282"/>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="283"/>
        <source>Case</source>
        <translation>ကိစ္စရပ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="284"/>
        <source>Purpose and basis</source>
        <translation>ရည်ရွယ်ချက်နှင့် ဥပဒေဆိုင်ရာ အခြေခံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="285"/>
        <source>Fields</source>
        <translation>အကွက်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="296"/>
        <source>Received</source>
        <translation>လက်ခံရရှိခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="296"/>
        <source>Sent</source>
        <translation>ပေးပို့ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="309"/>
        <source>Every case sent to or received from another organisation. Prints and exports are in the audit log (actions case.print, report.export, audit.export).</source>
        <translation>အခြားအဖွဲ့အစည်းသို့ ပေးပို့ခဲ့သော သို့မဟုတ် အခြားအဖွဲ့အစည်းထံမှ လက်ခံရရှိခဲ့သော ကိစ္စရပ်တိုင်း။ ပုံနှိပ်မှုများနှင့် ထုတ်ယူမှုများမှာ လုပ်ဆောင်ချက် မှတ်တမ်းတွင် ရှိသည် (လုပ်ဆောင်ချက် case.print၊ report.export၊ audit.export)။</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="138"/>
        <source>&amp;Save</source>
        <translation>သိမ်းဆည်းရန် (&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="140"/>
        <source>&amp;Revert changes</source>
        <translation>ပြင်ဆင်ချက်များကို ပြန်ပြောင်းရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="142"/>
        <source>&amp;Undo last save</source>
        <translation>နောက်ဆုံးသိမ်းဆည်းမှုကို ပြန်ဖျက်ရန် (&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="147"/>
        <source>Save (Ctrl+S) keeps what you type in {tabs}; the other tabs save each action as you make it.</source>
        <translation>“သိမ်းဆည်းရန်” (Ctrl+S) သည် {tabs} တက်ဘ်များတွင် သင်ရိုက်ထည့်သည်များကို သိမ်းဆည်းသည်။ အခြားတက်ဘ်များသည် လုပ်ဆောင်ချက်တစ်ခုချင်းစီကို သင်ပြုလုပ်သည်နှင့် တစ်ပြိုင်နက် သိမ်းဆည်းသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="276"/>
        <source>{stage} · age {age} · caseworker {worker}</source>
        <translation>{stage} · အသက် {age} · ကိစ္စရပ်တာဝန်ခံဝန်ထမ်း {worker}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="282"/>
        <source>their reference {ref}</source>
        <translation>မိတ်ဖက်အဖွဲ့အစည်း၏ ရည်ညွှန်းနံပါတ် {ref}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="286"/>
        <source>earlier {refs}</source>
        <translation>ယခင် ရည်ညွှန်းနံပါတ်များ {refs}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="353"/>
        <source>Your unsaved changes from before the lock were kept. Check them, then save.</source>
        <translation>သော့မခတ်မီက မသိမ်းရသေးသော ပြောင်းလဲမှုများကို ထိန်းသိမ်းထားပါသည်။ စစ်ဆေးပြီးမှ သိမ်းဆည်းပါ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/casefile/view.py" line="381"/>
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>မသိမ်းဆည်းမီ အကွက် %n ခုကို စစ်ဆေးပြင်ဆင်ရန် လိုအပ်သည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/casefile/view.py" line="413"/>
        <source>Saved. %n field(s) were also changed elsewhere meanwhile: both values are kept; choose one in Handoff → Conflicts.</source>
        <translation>
            <numerusform>သိမ်းဆည်းပြီးပါပြီ။ ယင်းအတောအတွင်း အကွက် %n ခုကို အခြားနေရာတွင်လည်း ပြောင်းလဲခဲ့သည်။ တန်ဖိုးနှစ်ခုစလုံးကို ထားရှိထားသည်။ လွှဲအပ်ခြင်း → ကွဲလွဲမှုများ တွင် တစ်ခုကို ရွေးချယ်ပါ။</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="421"/>
        <source>Saved.</source>
        <translation>သိမ်းဆည်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="428"/>
        <source>Changes discarded.</source>
        <translation>ပြင်ဆင်ချက်များကို ပယ်ဖျက်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="437"/>
        <source>The case changed since; the last save cannot be undone.</source>
        <translation>ထို့နောက် ကိစ္စရပ်တွင် ပြောင်းလဲမှုများ ရှိခဲ့သဖြင့် နောက်ဆုံးသိမ်းဆည်းမှုကို ပြန်ဖျက်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="456"/>
        <source>The last save was undone.</source>
        <translation>နောက်ဆုံးသိမ်းဆည်းမှုကို ပြန်ဖျက်ပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="186"/>
        <source>overdue</source>
        <translation>သတ်မှတ်ရက် ကျော်လွန်</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="43"/>
        <location filename="../rrr_desktop/ui/case_list.py" line="145"/>
        <source>Search by reference or name (Ctrl+F)</source>
        <translation>ရည်ညွှန်းနံပါတ် သို့မဟုတ် အမည်ဖြင့် ရှာရန် (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="53"/>
        <source>All stages</source>
        <translation>အဆင့်အားလုံး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="57"/>
        <source>All origins</source>
        <translation>မူရင်းနိုင်ငံအားလုံး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="62"/>
        <source>All caseworkers</source>
        <translation>ကိစ္စရပ်တာဝန်ခံဝန်ထမ်း အားလုံး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="68"/>
        <source>&amp;Overdue only</source>
        <translation>သတ်မှတ်ရက် ကျော်လွန်သည်များသာ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="69"/>
        <source>Search the no&amp;tes instead</source>
        <translation>၎င်းအစား မှတ်စုများထဲတွင် ရှာရန် (&amp;T)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="72"/>
        <source>Find cases whose notes or contact log hold every word typed</source>
        <translation>ရိုက်ထည့်ထားသော စကားလုံးအားလုံး ပါဝင်သည့် မှတ်စုများ သို့မဟုတ် ဆက်သွယ်မှုမှတ်တမ်း ရှိသော ကိစ္စရပ်များကို ရှာရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="78"/>
        <source>&amp;New case…</source>
        <translation>ကိစ္စရပ်အသစ်… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="143"/>
        <source>Words written in the notes (Ctrl+F)</source>
        <translation>မှတ်စုများထဲတွင် ရေးထားသော စကားလုံးများ (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/case_list.py" line="154"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>ကိစ္စရပ် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="158"/>
        <source>Searching…</source>
        <translation>ရှာဖွေနေသည်…</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="36"/>
        <source>Reference</source>
        <translation>ရည်ညွှန်းနံပါတ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="37"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="38"/>
        <source>Sex</source>
        <translation>လိင်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="39"/>
        <source>Age</source>
        <translation>အသက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="40"/>
        <source>Stage</source>
        <translation>အဆင့်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="41"/>
        <source>Origin</source>
        <translation>မူရင်းနိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="42"/>
        <source>Next action</source>
        <translation>နောက်လုပ်ဆောင်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="43"/>
        <source>Updated</source>
        <translation>ပြင်ဆင်သည့်နေ့</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="35"/>
        <source>Case list</source>
        <translation>ကိစ္စရပ်စာရင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="73"/>
        <source>Cannot open the case</source>
        <translation>ကိစ္စရပ်ကို ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="106"/>
        <source>Unsaved changes</source>
        <translation>မသိမ်းဆည်းရသေးသော ပြင်ဆင်ချက်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="107"/>
        <source>Case {reference} has unsaved changes. Save them?</source>
        <translation>ကိစ္စရပ် {reference} တွင် မသိမ်းဆည်းရသေးသော ပြင်ဆင်ချက်များ ရှိသည်။ သိမ်းဆည်းမလား။</translation>
    </message>
</context>
<context>
    <name>CheckPrintoutDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="28"/>
        <source>Check a printout</source>
        <translation>ပုံနှိပ်စာကို စစ်ဆေးရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="31"/>
        <source>The code in the footer, e.g. RRR-K7MX-3QAD</source>
        <translation>စာမျက်နှာအောက်ခြေရှိ ကုဒ်၊ ဥပမာ RRR-K7MX-3QAD</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="32"/>
        <source>Code of the printout</source>
        <translation>ပုံနှိပ်စာ၏ ကုဒ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="33"/>
        <source>&amp;Check the code</source>
        <translation>ကုဒ်ကို စစ်ဆေးရန် (&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="35"/>
        <source>Check a &amp;PDF file…</source>
        <translation>PDF ဖိုင်ကို စစ်ဆေးရန်… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="54"/>
        <source>Choose the PDF to check</source>
        <translation>စစ်ဆေးမည့် PDF ကို ရွေးချယ်ပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="54"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ဖိုင်များ (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="71"/>
        <source>This code was not printed from this vault. Do not rely on the paper or file.</source>
        <translation>ဤကုဒ်ကို ဤလုံခြုံသိုလှောင်ခန်းမှ ပုံနှိပ်ထားခြင်း မဟုတ်ပါ။ ထိုစာရွက် သို့မဟုတ် ဖိုင်ကို အားမကိုးပါနှင့်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="74"/>
        <source>Printed on {when} by {who}.</source>
        <translation>{when} တွင် {who} က ပုံနှိပ်ခဲ့သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="79"/>
        <source>Case {reference}.</source>
        <translation>ကိစ္စရပ် {reference}။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="81"/>
        <source>Its signature does not match this installation&apos;s key.</source>
        <translation>၎င်း၏ ဒစ်ဂျစ်တယ် လက်မှတ်သည် ဤထည့်သွင်းမှု၏ သော့နှင့် မကိုက်ညီပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="84"/>
        <source>This file is not the one that was printed: it was changed afterwards.</source>
        <translation>ဤဖိုင်သည် ပုံနှိပ်ခဲ့သည့် ဖိုင် မဟုတ်ပါ - နောက်ပိုင်းတွင် ပြောင်းလဲထားသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="87"/>
        <source>The file is exactly the one printed.</source>
        <translation>ဤဖိုင်သည် ပုံနှိပ်ခဲ့သည့် ဖိုင်နှင့် အတိအကျ တူညီသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="89"/>
        <source>The case no longer exists here.</source>
        <translation>ကိစ္စရပ်သည် ဤနေရာတွင် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="92"/>
        <source>The case has changed since: print it again before relying on it.</source>
        <translation>ထို့နောက် ကိစ္စရပ်တွင် ပြောင်းလဲမှုများ ရှိခဲ့သည် - အားမကိုးမီ ထပ်မံ ပုံနှိပ်ပါ။</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="84"/>
        <source>Departure blocked because:</source>
        <translation>ထွက်ခွာခြင်းကို တားဆီးထားရသည့် အကြောင်းရင်းများ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="84"/>
        <source>Nothing blocks departure.</source>
        <translation>ထွက်ခွာခြင်းကို တားဆီးသည့်အရာ မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="101"/>
        <source>Conditions: all 8 must be met before departure</source>
        <translation>ပြည့်မီရမည့်အချက်များ - ထွက်ခွာမီ 8 ချက်လုံး ပြည့်မီရမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="104"/>
        <source>What the person has been told and given</source>
        <translation>အကူအညီရယူသူအား ပြောပြပြီး ပေးအပ်ပြီးသည့် အရာများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="126"/>
        <source>The person&apos;s wish</source>
        <translation>အကူအညီရယူသူ၏ ဆန္ဒ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="128"/>
        <source>Wants to be met on arrival by a local NGO:</source>
        <translation>ရောက်ရှိချိန်တွင် ဒေသခံ အစိုးရမဟုတ်သော အဖွဲ့အစည်းက လာကြိုစေလိုသည်:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="131"/>
        <source>Not asked yet</source>
        <translation>မမေးရသေးပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="132"/>
        <source>Yes</source>
        <translation>ဟုတ်ကဲ့</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="133"/>
        <source>No</source>
        <translation>မဟုတ်ပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="140"/>
        <source>Contacts handed over (from the directory)</source>
        <translation>ပေးအပ်ပြီးသော ဆက်သွယ်ရန် အချက်အလက်များ (လမ်းညွှန်စာရင်းမှ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="149"/>
        <source>Add contact</source>
        <translation>ဆက်သွယ်ရန် အချက်အလက် ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="151"/>
        <source>Remove selected</source>
        <translation>ရွေးထားသည်ကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="175"/>
        <source>A supervisor ({user}, {date}) let the person depart before every condition is met: {reason}</source>
        <translation>ကြီးကြပ်သူ ({user}၊ {date}) က အချက်အားလုံး မပြည့်မီမီ အကူအညီရယူသူကို ထွက်ခွာခွင့်ပြုခဲ့သည် - {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="186"/>
        <source>Removed from the directory ({id})</source>
        <translation>လမ်းညွှန်စာရင်းမှ ဖယ်ရှားထားသည် ({id})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="190"/>
        <source>(not verified in the last 6 months)</source>
        <translation>(လွန်ခဲ့သော 6 လအတွင်း စစ်ဆေးအတည်ပြုထားခြင်း မရှိပါ)</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="33"/>
        <source>(empty, or deleted)</source>
        <translation>(ဗလာ သို့မဟုတ် ဖျက်ထားသည်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="48"/>
        <source>These fields were changed on two laptops that had not seen each other&apos;s change. Nothing was overwritten: choose the value to keep. Your choice goes to the other laptops with the next sync.</source>
        <translation>ဤအကွက်များကို တစ်လုံး၏ ပြောင်းလဲမှုကို အခြားတစ်လုံးက မမြင်ရသေးသော လက်ပ်တော့ နှစ်လုံးပေါ်တွင် ပြောင်းလဲခဲ့ကြသည်။ မည်သည့်အရာကိုမျှ ထပ်ရေးဖျက်ခြင်း မရှိပါ - ထားရှိမည့် တန်ဖိုးကို ရွေးချယ်ပါ။ သင်၏ ရွေးချယ်မှုသည် နောက်တစ်ကြိမ် ထပ်တူပြုခြင်းဖြင့် အခြားလက်ပ်တော့များသို့ ရောက်ရှိပါမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Choice</source>
        <translation>ရွေးချယ်မှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Case and field</source>
        <translation>ကိစ္စရပ်နှင့် အကွက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Values</source>
        <translation>တန်ဖိုးများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="79"/>
        <source>No open conflicts.</source>
        <translation>မဖြေရှင်းရသေးသော ကွဲလွဲမှု မရှိပါ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="82"/>
        <source>%n open conflict(s); the first %1 are shown.</source>
        <translation>
            <numerusform>မဖြေရှင်းရသေးသော ကွဲလွဲမှု %n ခု ရှိသည်။ ပထမ %1 ခုကို ပြထားသည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="87"/>
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>မဖြေရှင်းရသေးသော ကွဲလွဲမှု %n ခု။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="93"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>အကွက် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="94"/>
        <source>Take theirs for this whole case</source>
        <translation>ဤကိစ္စရပ်တစ်ခုလုံးအတွက် အခြားဘက်၏ တန်ဖိုးများကို ယူရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="103"/>
        <source>A field here holds only values written on this laptop: choose on its own line.</source>
        <translation>ဤနေရာရှိ အကွက်တစ်ခုတွင် ဤလက်ပ်တော့ပေါ်တွင် ရေးထားသော တန်ဖိုးများသာ ရှိသည်- ၎င်း၏ ကိုယ်ပိုင်လိုင်းတွင် ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="138"/>
        <source>Keep ours</source>
        <translation>ဤဘက်၏ တန်ဖိုးကို ထားရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="138"/>
        <source>Take theirs</source>
        <translation>အခြားဘက်၏ တန်ဖိုးကို ယူရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="141"/>
        <source>Keep %1</source>
        <translation>တန်ဖိုး %1 ကို ထားရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="144"/>
        <source>New value...</source>
        <translation>တန်ဖိုးအသစ်...</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="153"/>
        <source>this laptop</source>
        <translation>ဤလက်ပ်တော့</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="155"/>
        <source>laptop %1</source>
        <translation>လက်ပ်တော့ %1</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="158"/>
        <source>%1, %2, %3</source>
        <translation>%1၊ %2၊ %3</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="166"/>
        <source>New value</source>
        <translation>တန်ဖိုးအသစ်</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="104"/>
        <source>Purpose</source>
        <translation>ရည်ရွယ်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="68"/>
        <source>State</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <source>Since</source>
        <translation>စတင်သည့်နေ့</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="111"/>
        <source>Scope</source>
        <translation>နယ်ပယ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="67"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="106"/>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="69"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="107"/>
        <source>How</source>
        <translation>နည်းလမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="70"/>
        <source>Basis</source>
        <translation>အခြေခံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="71"/>
        <source>Recorded by</source>
        <translation>မှတ်တမ်းတင်သူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="72"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="112"/>
        <source>Note</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="80"/>
        <source>Record what the person said</source>
        <translation>အကူအညီရယူသူ ပြောဆိုသည်ကို မှတ်တမ်းတင်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="92"/>
        <source>language it was explained in, e.g. km</source>
        <translation>ရှင်းပြခဲ့သည့် ဘာသာစကား၊ ဥပမာ km</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="95"/>
        <source>e.g. the named receiving organisation</source>
        <translation>ဥပမာ အမည်ဖော်ပြထားသော လက်ခံမည့်အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="97"/>
        <source>&amp;Record consent</source>
        <translation>သဘောတူညီချက်ကို မှတ်တမ်းတင်ရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="99"/>
        <source>&amp;Withdraw selected purpose</source>
        <translation>ရွေးထားသော ရည်ရွယ်ချက်အတွက် သဘောတူညီချက် ရုပ်သိမ်းရန် (&amp;W)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="105"/>
        <source>Answer</source>
        <translation>အဖြေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="108"/>
        <source>Legal basis</source>
        <translation>ဥပဒေဆိုင်ရာ အခြေခံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="109"/>
        <source>Explained in</source>
        <translation>ရှင်းပြသည့် ဘာသာစကား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="110"/>
        <source>Witness</source>
        <translation>သက်သေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="122"/>
        <source>Consent in force, per purpose</source>
        <translation>ရည်ရွယ်ချက်အလိုက် အကျုံးဝင်နေသော သဘောတူညီချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="124"/>
        <source>History of the selected purpose</source>
        <translation>ရွေးထားသော ရည်ရွယ်ချက်၏ မှတ်တမ်းသမိုင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="195"/>
        <source>Recorded: {purpose} — {state}.</source>
        <translation>မှတ်တမ်းတင်ပြီး - {purpose} — {state}။</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="55"/>
        <source>All types</source>
        <translation>အမျိုးအစားအားလုံး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="59"/>
        <source>Name, contact or note</source>
        <translation>အမည်၊ ဆက်သွယ်ရန် သို့မဟုတ် မှတ်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="61"/>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="64"/>
        <source>Service</source>
        <translation>ဝန်ဆောင်မှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="66"/>
        <source>Only entries to verify</source>
        <translation>စစ်ဆေးအတည်ပြုရန် လိုသည်များသာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="87"/>
        <source>Verification</source>
        <translation>စစ်ဆေးအတည်ပြုခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="88"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="89"/>
        <source>Type</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="90"/>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="91"/>
        <source>Region</source>
        <translation>ဒေသ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="92"/>
        <source>Languages</source>
        <translation>ဘာသာစကားများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="93"/>
        <source>Services</source>
        <translation>ဝန်ဆောင်မှုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="94"/>
        <source>Contact</source>
        <translation>ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="111"/>
        <source>Add…</source>
        <translation>ထည့်ရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="112"/>
        <source>Edit…</source>
        <translation>ပြင်ဆင်ရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="113"/>
        <source>Mark as verified today</source>
        <translation>ယနေ့ စစ်ဆေးအတည်ပြုပြီးဟု မှတ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="114"/>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="115"/>
        <source>Import CSV…</source>
        <translation>CSV တင်သွင်းရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="116"/>
        <source>Export CSV…</source>
        <translation>CSV ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="117"/>
        <source>Add the starter examples</source>
        <translation>စတင်အသုံးပြုရန် နမူနာများ ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="125"/>
        <source>Service directory</source>
        <translation>ဝန်ဆောင်မှု လမ်းညွှန်စာရင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="128"/>
        <source>Check an entry with the organisation before giving it to a person: entries not verified in the last 6 months are marked ⚠.</source>
        <translation>အချက်အလက်တစ်ခုကို မည်သူ့ကိုမဆို မပေးမီ သက်ဆိုင်ရာ အဖွဲ့အစည်းနှင့် စစ်ဆေးပါ။ လွန်ခဲ့သော 6 လအတွင်း စစ်ဆေးအတည်ပြုထားခြင်း မရှိသော အချက်အလက်များကို ⚠ ဖြင့် မှတ်သားထားသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="149"/>
        <source>All countries</source>
        <translation>နိုင်ငံအားလုံး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="192"/>
        <source>{count} entries shown, {stale} to verify.</source>
        <translation>အချက်အလက် {count} ခု ပြထားသည်၊ {stale} ခု စစ်ဆေးအတည်ပြုရန် လိုသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="209"/>
        <source>Directory entry added.</source>
        <translation>လမ်းညွှန်စာရင်း အချက်အလက် ထည့်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="214"/>
        <source>Directory entry saved.</source>
        <translation>လမ်းညွှန်စာရင်း အချက်အလက် သိမ်းဆည်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="223"/>
        <source>Not saved</source>
        <translation>မသိမ်းဆည်းရပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="225"/>
        <source>Marked as verified today.</source>
        <translation>ယနေ့ စစ်ဆေးအတည်ပြုပြီးဟု မှတ်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="233"/>
        <source>Delete the entry?</source>
        <translation>ဤအချက်အလက်ကို ဖျက်မလား။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="234"/>
        <source>Plans that name this organisation keep its id but no longer show its name.</source>
        <translation>ဤအဖွဲ့အစည်းကို ဖော်ပြထားသော အစီအစဉ်များတွင် ၎င်း၏ သတ်မှတ်နံပါတ် (id) ကို ဆက်ထားမည်ဖြစ်သော်လည်း အမည်ကို မပြတော့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="238"/>
        <source>Directory entry deleted.</source>
        <translation>လမ်းညွှန်စာရင်း အချက်အလက် ဖျက်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="244"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="279"/>
        <source>Not imported</source>
        <translation>မတင်သွင်းရပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="248"/>
        <source>{count} example entries added; each must be replaced by a verified one.</source>
        <translation>နမူနာ အချက်အလက် {count} ခု ထည့်ပြီးပါပြီ။ တစ်ခုချင်းစီကို စစ်ဆေးအတည်ပြုထားသော အချက်အလက်ဖြင့် အစားထိုးရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="256"/>
        <source>Import the directory</source>
        <translation>လမ်းညွှန်စာရင်းကို တင်သွင်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="256"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="289"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ဖိုင်များ (*.csv)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="282"/>
        <source>Imported: {new} new, {updated} updated.</source>
        <translation>တင်သွင်းပြီး - အသစ် {new} ခု၊ ပြင်ဆင်ပြီး {updated} ခု။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="289"/>
        <source>Export the directory</source>
        <translation>လမ်းညွှန်စာရင်းကို ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="306"/>
        <source>{count} entries exported.</source>
        <translation>အချက်အလက် {count} ခု ထုတ်ယူပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="316"/>
        <source>The file could not be read or written.</source>
        <translation>ဖိုင်ကို ဖတ်၍ သို့မဟုတ် ရေး၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="313"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="316"/>
        <source>Directory</source>
        <translation>လမ်းညွှန်စာရင်း</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="41"/>
        <source>Documents</source>
        <translation>စာရွက်စာတမ်းများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="50"/>
        <source>Document</source>
        <translation>စာရွက်စာတမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="51"/>
        <source>Number (last 4)</source>
        <translation>နံပါတ် (နောက်ဆုံး 4 လုံး)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="52"/>
        <source>Expires</source>
        <translation>သက်တမ်းကုန်ဆုံးရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="53"/>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="77"/>
        <source>In hand</source>
        <translation>လက်ထဲတွင် ရှိသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="54"/>
        <source>Copy given to the person</source>
        <translation>အကူအညီရယူသူထံ မိတ္တူ ပေးအပ်ပြီး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="66"/>
        <source>e.g. passport, travel document, ID card</source>
        <translation>ဥပမာ နိုင်ငံကူးလက်မှတ်၊ ခရီးသွားစာရွက်စာတမ်း၊ မှတ်ပုံတင်ကတ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="69"/>
        <source>last 4</source>
        <translation>နောက်ဆုံး 4 လုံး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="75"/>
        <source>no expiry</source>
        <translation>သက်တမ်းကုန်ဆုံးရက် မရှိ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="78"/>
        <source>Copy given</source>
        <translation>မိတ္တူ ပေးအပ်ပြီး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="79"/>
        <source>Save document</source>
        <translation>စာရွက်စာတမ်းကို သိမ်းဆည်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="81"/>
        <source>Remove</source>
        <translation>ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="99"/>
        <source>yes</source>
        <translation>ဟုတ်ကဲ့</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="99"/>
        <source>no</source>
        <translation>မဟုတ်ပါ</translation>
    </message>
</context>
<context>
    <name>EmbassyLetter</name>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="25"/>
        <source>about {year} (estimated)</source>
        <translation>{year} ခန့် (ခန့်မှန်းချက်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="28"/>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="62"/>
        <source>not known</source>
        <translation>မသိရပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="35"/>
        <source>To the Embassy or Consulate of {country}</source>
        <translation>{country} သံရုံး သို့မဟုတ် ကောင်စစ်ဝန်ရုံး သို့</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="38"/>
        <source>Subject: request for a {document}</source>
        <translation>အကြောင်းအရာ - {document} ထုတ်ပေးပါရန် တောင်းခံခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="41"/>
        <source>We kindly ask you to issue a {document} to the national of {country} named below, who wishes to return home. Please let us know which further documents or photographs you need and when the person may come to the consulate.</source>
        <translation>အောက်တွင် အမည်ဖော်ပြထားသော {country} နိုင်ငံသားသည် နေရပ်သို့ ပြန်လိုသဖြင့် ၎င်းအား {document} ထုတ်ပေးပါရန် လေးစားစွာ တောင်းခံအပ်ပါသည်။ ထပ်မံလိုအပ်သော စာရွက်စာတမ်းများ သို့မဟုတ် ဓာတ်ပုံများနှင့် ၎င်းသည် ကောင်စစ်ဝန်ရုံးသို့ မည်သည့်အချိန်တွင် လာရောက်နိုင်သည်ကို ကျွန်ုပ်တို့ထံ အကြောင်းကြားပေးပါရန် မေတ္တာရပ်ခံအပ်ပါသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="50"/>
        <source>With the person&apos;s explicit consent, we inform you that they have been identified as a victim of trafficking in persons and are assisted by our organisation. We ask you to treat this information as confidential.</source>
        <translation>၎င်း၏ ရှင်းလင်းပြတ်သားသော သဘောတူညီချက်ဖြင့် ၎င်းသည် လူကုန်ကူးမှု ကျူးလွန်ခံရသူအဖြစ် သတ်မှတ်ခံထားရပြီး ကျွန်ုပ်တို့ အဖွဲ့အစည်းက အကူအညီပေးလျက်ရှိကြောင်း အသိပေးအပ်ပါသည်။ ဤသတင်းအချက်အလက်ကို လျှို့ဝှက်ချက်အဖြစ် ထိန်းသိမ်းပေးပါရန် မေတ္တာရပ်ခံအပ်ပါသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="57"/>
        <source>Thank you for your help.</source>
        <translation>ကူညီပေးမှုအတွက် ကျေးဇူးတင်ပါသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="64"/>
        <source>Full name</source>
        <translation>အမည်အပြည့်အစုံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="65"/>
        <source>Date of birth</source>
        <translation>မွေးသက္ကရာဇ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="67"/>
        <source>Place of birth</source>
        <translation>မွေးဖွားရာဒေသ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="71"/>
        <source>Nationality</source>
        <translation>နိုင်ငံသား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="74"/>
        <source>Document needed</source>
        <translation>လိုအပ်သော စာရွက်စာတမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="75"/>
        <source>Requested by</source>
        <translation>တောင်းခံသူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="76"/>
        <source>Our reference</source>
        <translation>ကျွန်ုပ်တို့၏ ရည်ညွှန်းနံပါတ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="109"/>
        <source>Signature, name and position</source>
        <translation>လက်မှတ်၊ အမည်နှင့် ရာထူး</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="93"/>
        <source>Choose the spreadsheet</source>
        <translation>စာရင်းဇယားဖိုင်ကို ရွေးချယ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="96"/>
        <source>CSV (UTF-8 or UTF-16, as Excel saves it) or an .xlsx workbook; the first row must hold the column names.</source>
        <translation>CSV (Excel က သိမ်းဆည်းသည့်အတိုင်း UTF-8 သို့မဟုတ် UTF-16) သို့မဟုတ် .xlsx ဖိုင်။ ပထမအတန်းတွင် ကော်လံအမည်များ ပါရှိရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="105"/>
        <source>Choose…</source>
        <translation>ရွေးချယ်ရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="119"/>
        <source>Spreadsheet to import</source>
        <translation>တင်သွင်းမည့် စာရင်းဇယားဖိုင်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="121"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>စာရင်းဇယားဖိုင်များ (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="136"/>
        <source>Reading the file…</source>
        <translation>ဖိုင်ကို ဖတ်နေသည်…</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="64"/>
        <source>May go with a referral (when the person consented to sharing)</source>
        <translation>လွှဲပြောင်းပေးခြင်းနှင့်အတူ ပါသွားနိုင်သည် (အကူအညီရယူသူက မျှဝေရန် သဘောတူထားသည့်အခါ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="66"/>
        <source>&amp;Attach a file…</source>
        <translation>ဖိုင် ပူးတွဲရန်… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="72"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="73"/>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="74"/>
        <source>Size</source>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="75"/>
        <source>Added</source>
        <translation>ထည့်သွင်းမှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="76"/>
        <source>May go with a referral</source>
        <translation>လွှဲပြောင်းပေးခြင်းနှင့်အတူ ပါသွားနိုင်သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="85"/>
        <source>&amp;Open</source>
        <translation>ဖွင့်ရန် (&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="87"/>
        <source>Save a &amp;copy…</source>
        <translation>မိတ္တူ သိမ်းဆည်းရန်… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="89"/>
        <source>&amp;Remove from the case</source>
        <translation>ကိစ္စရပ်မှ ဖယ်ရှားရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="94"/>
        <source>Files are kept inside the encrypted vault, never as loose copies. Up to {size} MB each. Opening a file shows it here; a copy outside the vault is made only with &quot;Save a copy&quot; and is recorded.</source>
        <translation>ဖိုင်များကို ကုဒ်ဝှက်ထားသော လုံခြုံသိုလှောင်ခန်းအတွင်း၌သာ ထားရှိပြီး သီးခြား မိတ္တူများအဖြစ် ဘယ်တော့မှ မထားပါ။ ဖိုင်တစ်ခုလျှင် {size} MB အထိ ထည့်နိုင်သည်။ ဖိုင်ကို ဖွင့်ပါက ဤနေရာတွင် ပြသသည်။ လုံခြုံသိုလှောင်ခန်း ပြင်ပရှိ မိတ္တူကို “မိတ္တူ သိမ်းဆည်းရန်” ဖြင့်သာ ပြုလုပ်နိုင်ပြီး ၎င်းကို မှတ်တမ်းတင်ထားမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="103"/>
        <source>Kind of file</source>
        <translation>ဖိုင်အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="137"/>
        <source>{name} (not on this laptop yet)</source>
        <translation>{name} (ဤလက်ပ်တော့ပေါ်သို့ မရောက်သေးပါ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="141"/>
        <source>{date} by {who}</source>
        <translation>{date} - ထည့်သူ {who}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="158"/>
        <source>No files yet. Attach a scan of a document, a signed checklist or a photo: choose its kind, then &quot;Attach a file&quot;.</source>
        <translation>ဖိုင် မရှိသေးပါ။ စာရွက်စာတမ်း စကင်ဖတ်ထားသည့်ဖိုင်၊ လက်မှတ်ထိုးထားသော စစ်ဆေးရန်စာရင်း သို့မဟုတ် ဓာတ်ပုံကို ပူးတွဲပါ - ၎င်း၏ အမျိုးအစားကို ရွေးပြီးနောက် “ဖိုင် ပူးတွဲရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="185"/>
        <source>This kind of file cannot be shown here. Use &quot;Save a copy&quot; to open it with another program (the copy is outside the vault: delete it afterwards).</source>
        <translation>ဤဖိုင်အမျိုးအစားကို ဤနေရာတွင် ပြသ၍ မရပါ။ အခြားပရိုဂရမ်ဖြင့် ဖွင့်ရန် “မိတ္တူ သိမ်းဆည်းရန်” ကို သုံးပါ (မိတ္တူသည် လုံခြုံသိုလှောင်ခန်း ပြင်ပတွင် ရှိမည် - အသုံးပြုပြီးနောက် ဖျက်ပစ်ပါ)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="194"/>
        <source>That did not work ({kind}).</source>
        <translation>ထိုလုပ်ဆောင်ချက် မအောင်မြင်ပါ ({kind})။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="200"/>
        <source>Attach a file to the case</source>
        <translation>ကိစ္စရပ်တွင် ဖိုင် ပူးတွဲရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="213"/>
        <source>Attaching the file…</source>
        <translation>ဖိုင်ကို ပူးတွဲနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="220"/>
        <source>Attached: {name}. The original file can now be deleted.</source>
        <translation>ပူးတွဲပြီးပါပြီ - {name}။ မူရင်းဖိုင်ကို ယခု ဖျက်နိုင်ပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="238"/>
        <source>Opening…</source>
        <translation>ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="252"/>
        <source>Save a copy outside the vault</source>
        <translation>လုံခြုံသိုလှောင်ခန်း ပြင်ပတွင် မိတ္တူ သိမ်းဆည်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="264"/>
        <source>A copy was saved outside the vault. It is not encrypted: delete it when it is no longer needed.</source>
        <translation>လုံခြုံသိုလှောင်ခန်း ပြင်ပတွင် မိတ္တူတစ်စောင် သိမ်းဆည်းပြီးပါပြီ။ ၎င်းကို ကုဒ်ဝှက်ထားခြင်း မရှိပါ - မလိုအပ်တော့သည့်အခါ ဖျက်ပစ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="276"/>
        <source>Remove the file</source>
        <translation>ဖိုင်ကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="278"/>
        <source>Remove this file from the case? It is deleted from this laptop unless another case holds it, and from the others at the next sync.</source>
        <translation>ဤဖိုင်ကို ကိစ္စရပ်မှ ဖယ်ရှားမလား။ အခြားကိစ္စရပ်တစ်ခုတွင် ၎င်းကို ထားရှိခြင်း မရှိပါက ဤလက်ပ်တော့မှ ဖျက်မည်ဖြစ်ပြီး နောက်တစ်ကြိမ် ထပ်တူပြုခြင်းတွင် အခြားလက်ပ်တော့များမှလည်း ဖျက်ပါမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="289"/>
        <source>The file was removed from the case.</source>
        <translation>ဖိုင်ကို ကိစ္စရပ်မှ ဖယ်ရှားပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="73"/>
        <source>Scheduled</source>
        <translation>သတ်မှတ်ထားသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="74"/>
        <source>Made on</source>
        <translation>သွားရောက်ခဲ့သည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="75"/>
        <source>State</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="76"/>
        <source>Scores</source>
        <translation>ရမှတ်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="77"/>
        <source>Warning signs</source>
        <translation>သတိပေးလက္ခဏာများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="88"/>
        <source>Schedule visits from this return date</source>
        <translation>ဤနေရပ်ပြန်သည့်ရက်မှစ၍ နောက်ဆက်တွဲ သွားရောက်တွေ့ဆုံမှုများကို စီစဉ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="91"/>
        <source>Add a visit on this date</source>
        <translation>ဤရက်တွင် သွားရောက်တွေ့ဆုံမှု ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="93"/>
        <source>Move the selected visit here</source>
        <translation>ရွေးထားသော သွားရောက်တွေ့ဆုံမှုကို ဤရက်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="95"/>
        <source>Remove the selected visit</source>
        <translation>ရွေးထားသော သွားရောက်တွေ့ဆုံမှုကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="98"/>
        <source>Day of return:</source>
        <translation>နေရပ်ပြန်သည့်နေ့:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="101"/>
        <source>Other date:</source>
        <translation>အခြားရက်:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="106"/>
        <source>Visit schedule</source>
        <translation>သွားရောက်တွေ့ဆုံမှု အချိန်ဇယား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="115"/>
        <source>How the person is doing, per domain (1 = very vulnerable, 5 = resilient)</source>
        <translation>နယ်ပယ်အလိုက် အကူအညီရယူသူ၏ အခြေအနေ (1 = အလွန်ထိခိုက်လွယ်သည်၊ 5 = ကြံ့ကြံ့ခံနိုင်သည်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="123"/>
        <source>Follow-up monitoring</source>
        <translation>နောက်ဆက်တွဲ စောင့်ကြည့်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="135"/>
        <source>Record a visit</source>
        <translation>သွားရောက်တွေ့ဆုံမှုကို မှတ်တမ်းတင်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="141"/>
        <source>Which visit:</source>
        <translation>မည်သည့် သွားရောက်တွေ့ဆုံမှု:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="142"/>
        <source>Made on:</source>
        <translation>သွားရောက်ခဲ့သည့်ရက်:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="148"/>
        <source>not scored</source>
        <translation>အမှတ်မပေးရသေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="152"/>
        <source>{domain} (1-5):</source>
        <translation>{domain} (1-5):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="162"/>
        <source>Another sign, in a few words</source>
        <translation>အခြားလက္ခဏာ (စကားလုံးအနည်းငယ်ဖြင့်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="166"/>
        <source>Re-trafficking warning signs:</source>
        <translation>ထပ်မံ လူကုန်ကူးခံရနိုင်သည့် သတိပေးလက္ခဏာများ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="168"/>
        <source>Notes:</source>
        <translation>မှတ်ချက်များ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="169"/>
        <source>Record the visit</source>
        <translation>သွားရောက်တွေ့ဆုံမှုကို မှတ်တမ်းတင်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="177"/>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="184"/>
        <source>Close the case</source>
        <translation>ကိစ္စရပ်ကို ပိတ်သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="179"/>
        <source>Choose a reason…</source>
        <translation>အကြောင်းရင်း ရွေးချယ်ပါ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="183"/>
        <source>Note (optional)</source>
        <translation>မှတ်ချက် (ထည့်ချင်မှ ထည့်ပါ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="217"/>
        <source>✓ Made</source>
        <translation>✓ သွားရောက်ပြီး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="219"/>
        <source>{icon} Overdue</source>
        <translation>{icon} သတ်မှတ်ရက် ကျော်လွန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="221"/>
        <source>Planned</source>
        <translation>စီစဉ်ထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="253"/>
        <source>Closed on {on}: {reason}; kept until {until}.</source>
        <translation>{on} တွင် ပိတ်သိမ်းခဲ့သည် - {reason}။ {until} အထိ ထိန်းသိမ်းထားမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="267"/>
        <source>{icon} {count} visit(s) overdue, the oldest planned for {day}.</source>
        <translation>{icon} သွားရောက်တွေ့ဆုံမှု {count} ကြိမ် သတ်မှတ်ရက် ကျော်လွန်နေသည်၊ အစောဆုံးမှာ {day} အတွက် စီစဉ်ထားခဲ့သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="271"/>
        <source>Next visit: {day}.</source>
        <translation>နောက်တစ်ကြိမ် သွားရောက်တွေ့ဆုံမည့်ရက် - {day}။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="273"/>
        <source>No visit is scheduled.</source>
        <translation>စီစဉ်ထားသော သွားရောက်တွေ့ဆုံမှု မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="280"/>
        <source>Visit planned for {day}</source>
        <translation>{day} အတွက် စီစဉ်ထားသော သွားရောက်တွေ့ဆုံမှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="283"/>
        <source>An unscheduled visit</source>
        <translation>ကြိုတင်မစီစဉ်ထားသော သွားရောက်တွေ့ဆုံမှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="307"/>
        <source>Replace the schedule?</source>
        <translation>အချိန်ဇယားကို အစားထိုးမလား။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="308"/>
        <source>The visits not yet made will be replaced by a new schedule. Continue?</source>
        <translation>မသွားရောက်ရသေးသော တွေ့ဆုံမှုများကို အချိန်ဇယားအသစ်ဖြင့် အစားထိုးပါမည်။ ဆက်လုပ်မလား။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="341"/>
        <source>Nothing to record</source>
        <translation>မှတ်တမ်းတင်စရာ မရှိပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="342"/>
        <source>Score at least one domain, tick a sign or write a note.</source>
        <translation>အနည်းဆုံး နယ်ပယ်တစ်ခုကို အမှတ်ပေးပါ၊ လက္ခဏာတစ်ခုကို အမှန်ခြစ်ပါ သို့မဟုတ် မှတ်ချက်ရေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="365"/>
        <source>Visit recorded.</source>
        <translation>သွားရောက်တွေ့ဆုံမှုကို မှတ်တမ်းတင်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="371"/>
        <source>A reason is needed</source>
        <translation>အကြောင်းရင်း လိုအပ်သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="371"/>
        <source>Choose why the case is closed.</source>
        <translation>ကိစ္စရပ်ကို ပိတ်သိမ်းရသည့် အကြောင်းရင်းကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="82"/>
        <source>Close the case?</source>
        <translation>ကိစ္စရပ်ကို ပိတ်သိမ်းမလား။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="83"/>
        <source>The case will be closed as “{reason}” and kept for 5 years, then anonymised on a supervisor&apos;s confirmation. Continue?</source>
        <translation>ကိစ္စရပ်ကို “{reason}” အဖြစ် ပိတ်သိမ်းပြီး 5 နှစ်ကြာ ထိန်းသိမ်းထားမည်ဖြစ်ကာ ထို့နောက် ကြီးကြပ်သူ၏ အတည်ပြုချက်ဖြင့် အမည်မဖော်နိုင်အောင် အပြီးပြုလုပ်ပါမည်။ ဆက်လုပ်မလား။</translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="17"/>
        <source>Handoff</source>
        <translation>လွှဲအပ်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="24"/>
        <source>Outbox</source>
        <translation>ထွက်စာပုံး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="25"/>
        <source>Inbox</source>
        <translation>ဝင်စာပုံး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="26"/>
        <source>Peers</source>
        <translation>ဆက်သွယ်ဖက်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="27"/>
        <source>Conflicts</source>
        <translation>ကွဲလွဲမှုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="28"/>
        <source>History</source>
        <translation>မှတ်တမ်းသမိုင်း</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="202"/>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="203"/>
        <source>Direction</source>
        <translation>ပို့/လက်ခံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="204"/>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="205"/>
        <source>Peer</source>
        <translation>ဆက်သွယ်ဖက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="206"/>
        <source>By</source>
        <translation>ဆောင်ရွက်သူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="207"/>
        <source>Counts</source>
        <translation>အရေအတွက်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="221"/>
        <source>This vault was put back from a backup on %1 (UTC). Sync with every other laptop of the organisation as usual: each sends back what it holds. Not yet synced since: %2.</source>
        <translation>ဤလုံခြုံသိုလှောင်ခန်းကို %1 (UTC) တွင် အရန်မိတ္တူမှ ပြန်လည်ရယူထားသည်။ အဖွဲ့အစည်း၏ အခြားလက်ပ်တော့ တစ်လုံးချင်းစီနှင့် ပုံမှန်အတိုင်း ထပ်တူပြုပါ - လက်ပ်တော့တစ်လုံးစီသည် ၎င်းတွင် ရှိသမျှကို ပြန်ပို့ပေးပါမည်။ ထိုအချိန်မှစ၍ ထပ်တူ မပြုရသေးသော လက်ပ်တော့များ - %2။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="231"/>
        <source>sent</source>
        <translation>ပို့ပြီး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="231"/>
        <source>received</source>
        <translation>လက်ခံရရှိပြီး</translation>
    </message>
</context>
<context>
    <name>HolidaysBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="37"/>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="68"/>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Day</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Holiday</source>
        <translation>ရုံးပိတ်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Source</source>
        <translation>ရင်းမြစ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="46"/>
        <source>Day of the holiday to add</source>
        <translation>ထည့်မည့် ရုံးပိတ်ရက်၏ ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="50"/>
        <source>Name of the day, e.g. a local festival</source>
        <translation>နေ့၏ အမည်၊ ဥပမာ - ဒေသတွင်း ပွဲတော်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="51"/>
        <source>Name of the holiday to add</source>
        <translation>ထည့်မည့် ရုံးပိတ်ရက်၏ အမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="52"/>
        <source>&amp;Add the day</source>
        <translation>ရုံးပိတ်ရက် ထည့်ရန် (&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="54"/>
        <source>The chosen day is &amp;not a day off</source>
        <translation>ရွေးထားသောနေ့သည် ရုံးပိတ်ရက် မဟုတ်ပါ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="56"/>
        <source>Back to the &amp;defaults…</source>
        <translation>မူလသတ်မှတ်ချက်များသို့ ပြန်ထားရန်… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="62"/>
        <source>Travel warnings use these days (offices closed, no escort, no embassy). The defaults come from a maintained calendar for every year; your changes sync to the organisation&apos;s other laptops.</source>
        <translation>ခရီးသွားလာရေး သတိပေးချက်များသည် ဤရက်များကို အသုံးပြုသည် (ရုံးများ ပိတ်သည်၊ လိုက်ပါပို့ဆောင်သူ မရှိ၊ သံရုံး မဖွင့်)။ မူလသတ်မှတ်ချက်များသည် နှစ်စဉ်အတွက် ပုံမှန် အပ်ဒိတ်လုပ်ထားသော ပြက္ခဒိန်မှ လာသည်။ သင်၏ ပြောင်းလဲမှုများကို အဖွဲ့အစည်း၏ အခြားလက်ပ်တော့များသို့ ထပ်တူပြုပါမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="100"/>
        <source>added by the organisation</source>
        <translation>အဖွဲ့အစည်းက ထည့်ထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="102"/>
        <source>default</source>
        <translation>မူလသတ်မှတ်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="112"/>
        <source>No public holidays are known for this country; add the organisation&apos;s days off below.</source>
        <translation>ဤနိုင်ငံအတွက် သိရှိထားသော အများပြည်သူ ရုံးပိတ်ရက် မရှိပါ။ အဖွဲ့အစည်း၏ ပိတ်ရက်များကို အောက်တွင် ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="130"/>
        <source>{day} is now a day off.</source>
        <translation>{day} သည် ယခု ရုံးပိတ်ရက် ဖြစ်ပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="135"/>
        <source>Choose a day in the list first.</source>
        <translation>စာရင်းထဲမှ နေ့တစ်နေ့ကို ဦးစွာ ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="144"/>
        <source>{day} is no longer counted as a day off.</source>
        <translation>{day} ကို ရုံးပိတ်ရက်အဖြစ် မရေတွက်တော့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="150"/>
        <source>Back to the defaults?</source>
        <translation>မူလသတ်မှတ်ချက်များသို့ ပြန်ထားမလား။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="151"/>
        <source>Forget the organisation&apos;s changes to this country&apos;s holidays?</source>
        <translation>ဤနိုင်ငံ၏ ရုံးပိတ်ရက်များအတွက် အဖွဲ့အစည်းက ပြုလုပ်ထားသော ပြောင်းလဲမှုများကို ပယ်ဖျက်မလား။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="161"/>
        <source>The country&apos;s holidays are the defaults again.</source>
        <translation>နိုင်ငံ၏ ရုံးပိတ်ရက်များကို မူလသတ်မှတ်ချက်များသို့ ပြန်ထားပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="350"/>
        <source>Import cases from a spreadsheet</source>
        <translation>စာရင်းဇယားဖိုင်မှ ကိစ္စရပ်များကို တင်သွင်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="364"/>
        <source>Cases imported from a spreadsheet.</source>
        <translation>စာရင်းဇယားဖိုင်မှ တင်သွင်းထားသော ကိစ္စရပ်များ။</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="53"/>
        <source>Open bundle…</source>
        <translation>ဖိုင်အထုပ် ဖွင့်ရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="57"/>
        <source>Passphrase (only for a passphrase bundle)</source>
        <translation>စကားဝှက်စာကြောင်း (စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ထားသော ဖိုင်အထုပ်အတွက်သာ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="61"/>
        <source>Open a bundle to see what it would change.</source>
        <translation>ဖိုင်အထုပ်က မည်သည်တို့ကို ပြောင်းလဲမည်ကို ကြည့်ရန် ၎င်းကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="86"/>
        <source>Case</source>
        <translation>ကိစ္စရပ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="87"/>
        <source>Change</source>
        <translation>ပြောင်းလဲမှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="88"/>
        <source>Fields</source>
        <translation>အကွက်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="89"/>
        <source>Conflicts</source>
        <translation>ကွဲလွဲမှုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="90"/>
        <source>Shared by the sender</source>
        <translation>ပေးပို့သူက မျှဝေထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="75"/>
        <source>Apply all of it</source>
        <translation>အားလုံးကို အသုံးချရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="96"/>
        <source>Open a bundle</source>
        <translation>ဖိုင်အထုပ် ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="96"/>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>RRR ဖိုင်အထုပ်များ (*.rrrbundle)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="161"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="228"/>
        <source>Applying…</source>
        <translation>အသုံးချနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="228"/>
        <source>Checking the bundle…</source>
        <translation>ဖိုင်အထုပ်ကို စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="238"/>
        <source>Applied: {kind} bundle from {org} ({fpr}): {totals}.</source>
        <translation>အသုံးချပြီး - {org} ({fpr}) ထံမှ {kind} ဖိုင်အထုပ် - {totals}။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="240"/>
        <source>Verified {kind} bundle from {org} ({fpr}), made {when}: {totals}.</source>
        <translation>{when} တွင် ပြုလုပ်ထားသော {org} ({fpr}) ထံမှ {kind} ဖိုင်အထုပ်ကို စစ်ဆေးအတည်ပြုပြီး - {totals}။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="176"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="247"/>
        <source>nothing to change</source>
        <translation>ပြောင်းလဲစရာ မရှိ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="250"/>
        <source>Purpose: {purpose}; legal basis: {basis}.</source>
        <translation>ရည်ရွယ်ချက် - {purpose}၊ ဥပဒေဆိုင်ရာ အခြေခံ - {basis}။</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="208"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="257"/>
        <source>%n new case(s) may be a person already known here; check them: {cases}</source>
        <translation>
            <numerusform>အမှုသစ် %n ခုသည် ဤနေရာတွင် သိပြီးသား လူတစ်ဦး ဖြစ်နိုင်သည်၊ စစ်ဆေးပါ - {cases}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="119"/>
        <source>Bundle</source>
        <translation>ဖိုင်အထုပ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="119"/>
        <source>Result</source>
        <translation>ရလဒ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="122"/>
        <source>waiting</source>
        <translation>တင်သွင်းရန် စောင့်နေသည်</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="126"/>
        <source>%n bundle(s) chosen. Each is applied whole or not at all: one that is refused changes nothing, and the others still apply.</source>
        <translation>
            <numerusform>ဖိုင်အထုပ် %n ခု ရွေးထားသည်။ ဖိုင်အထုပ်တစ်ခုစီကို တစ်ခုလုံး အသုံးချမည် သို့မဟုတ် လုံးဝ အသုံးချမည် မဟုတ်ပါ - ငြင်းပယ်ခံရသော ဖိုင်အထုပ်သည် မည်သည့်အရာကိုမျှ မပြောင်းလဲပါ။ ကျန်ဖိုင်အထုပ်များကိုမူ ဆက်လက် အသုံးချမည်။</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="175"/>
        <source>Applied: {totals}.</source>
        <translation>အသုံးချပြီး - {totals}။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="183"/>
        <source>Refused: {reason}</source>
        <translation>ငြင်းပယ်လိုက်သည် - {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="188"/>
        <source>Imported before; skipped.</source>
        <translation>ယခင်က တင်သွင်းပြီးသား ဖြစ်၍ ကျော်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="191"/>
        <source>Not applied.</source>
        <translation>အသုံးမချခဲ့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="194"/>
        <source>{done} of {total} bundles applied.</source>
        <translation>ဖိုင်အထုပ် {total} ခုအနက် {done} ခုကို အသုံးချပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="198"/>
        <source>Imported before, skipped: {count}.</source>
        <translation>ယခင်က တင်သွင်းပြီးသား ဖြစ်၍ ကျော်လိုက်သည် - {count} ခု။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="202"/>
        <source>Refused, each changing nothing: {count}.</source>
        <translation>ငြင်းပယ်လိုက်သည် (တစ်ခုစီက မည်သည့်အရာကိုမျှ မပြောင်းလဲပါ) - {count} ခု။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="260"/>
        <source>ask your supervisor</source>
        <translation>သင်၏ ကြီးကြပ်သူကို မေးပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="286"/>
        <source>new</source>
        <translation>အသစ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="287"/>
        <source>changed</source>
        <translation>ပြောင်းလဲထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="288"/>
        <source>conflict</source>
        <translation>ကွဲလွဲမှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="289"/>
        <source>deleted</source>
        <translation>ဖျက်ထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="290"/>
        <source>unchanged</source>
        <translation>မပြောင်းလဲ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="291"/>
        <source>dropped (deleted or anonymised here)</source>
        <translation>ချန်လှပ်ထားသည် (ဤနေရာတွင် ဖျက်ထားသည် သို့မဟုတ် အမည်မဖော်နိုင်အောင် အပြီးပြုလုပ်ထားသည်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="185"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="296"/>
        <source>Nothing was imported.</source>
        <translation>မည်သည့်အရာကိုမျှ တင်သွင်းခြင်း မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="43"/>
        <source>Intake &amp;date</source>
        <translation>လက်ခံသည့်ရက်စွဲ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="44"/>
        <source>&amp;Referred by</source>
        <translation>လွှဲပြောင်းပေးသူ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="45"/>
        <source>&amp;Identified as</source>
        <translation>သတ်မှတ်ခံရသည့် အမျိုးအစား (&amp;I)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="46"/>
        <source>&amp;Exploitation</source>
        <translation>အမြတ်ထုတ်မှု (&amp;E)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="49"/>
        <source>Exploited in (country)</source>
        <translation>အမြတ်ထုတ်ခံရသည့် နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="52"/>
        <source>&amp;Origin country</source>
        <translation>မူရင်းနိုင်ငံ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="53"/>
        <source>Origin region</source>
        <translation>မူရင်းဒေသ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="54"/>
        <source>&amp;Programme</source>
        <translation>စီမံချက် (&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="55"/>
        <source>First &amp;needs</source>
        <translation>ပဏာမ လိုအပ်ချက်များ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="56"/>
        <source>&amp;Screening notes</source>
        <translation>စိစစ်မှု မှတ်ချက်များ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="57"/>
        <source>&amp;Asylum</source>
        <translation>ခိုလှုံခွင့် (&amp;A)</translation>
    </message>
</context>
<context>
    <name>LanguagesPicker</name>
    <message>
        <location filename="../rrr_desktop/ui/pickers.py" line="99"/>
        <source>e.g. Khmer, English (the one they read best first)</source>
        <translation>ဥပမာ ခမာ, အင်္ဂလိပ် (အကောင်းဆုံး ဖတ်နိုင်သော ဘာသာစကားကို ရှေ့ဆုံးတွင် ထားပါ)</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="48"/>
        <source>Leg of the journey</source>
        <translation>ခရီးစဉ်အပိုင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="63"/>
        <source>Mode</source>
        <translation>ခရီးသွားနည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="64"/>
        <source>From</source>
        <translation>စထွက်ရာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="65"/>
        <source>To</source>
        <translation>ဆိုက်ရောက်ရာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="66"/>
        <source>Departs (local time)</source>
        <translation>ထွက်ခွာချိန် (ဒေသစံတော်ချိန်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="67"/>
        <source>Arrives (local time)</source>
        <translation>ဆိုက်ရောက်ချိန် (ဒေသစံတော်ချိန်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="68"/>
        <source>Carrier</source>
        <translation>ခရီးသည်တင် ကုမ္ပဏီ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="69"/>
        <source>Escort</source>
        <translation>လိုက်ပါပို့ဆောင်သူ</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="43"/>
        <source>Caseload by caseworker</source>
        <translation>ကိစ္စရပ်တာဝန်ခံဝန်ထမ်းအလိုက် တာဝန်ယူထားသော ကိစ္စရပ်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="44"/>
        <source>Follow-ups due in the next 14 days</source>
        <translation>လာမည့် 14 ရက်အတွင်း ပြုလုပ်ရမည့် နောက်ဆက်တွဲ စောင့်ကြည့်မှုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="45"/>
        <source>Time spent per stage (median days)</source>
        <translation>အဆင့်တစ်ခုစီတွင် ကြာချိန် (အလယ်ကိန်း ရက်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="46"/>
        <source>Returns this month</source>
        <translation>ယခုလ နေရပ်ပြန်မှုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="47"/>
        <source>Show</source>
        <translation>ပြရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="66"/>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="86"/>
        <source>Caseworker</source>
        <translation>ကိစ္စရပ်တာဝန်ခံဝန်ထမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="67"/>
        <source>Open cases</source>
        <translation>ဆောင်ရွက်ဆဲ ကိစ္စရပ်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="68"/>
        <source>Overdue</source>
        <translation>သတ်မှတ်ရက် ကျော်လွန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="69"/>
        <source>By stage</source>
        <translation>အဆင့်အလိုက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="85"/>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="109"/>
        <source>Reference</source>
        <translation>ရည်ညွှန်းနံပါတ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="87"/>
        <source>Next action</source>
        <translation>နောက်လုပ်ဆောင်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="88"/>
        <source>Due</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Stage</source>
        <translation>အဆင့်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Completed stays</source>
        <translation>ပြီးဆုံးခဲ့သော အဆင့်ကာလများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Median days</source>
        <translation>အလယ်ကိန်း ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="110"/>
        <source>Left on</source>
        <translation>ထွက်ခွာသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="111"/>
        <source>Country of origin</source>
        <translation>မူရင်းနိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="112"/>
        <source>Programme</source>
        <translation>စီမံချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="138"/>
        <source>Rows: {n}</source>
        <translation>အတန်း - {n}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="144"/>
        <source>The list could not be made.</source>
        <translation>စာရင်းကို ပြုလုပ်၍ မရပါ။</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="60"/>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="117"/>
        <source>RRR Desktop is locked</source>
        <translation>RRR Desktop ကို သော့ခတ်ထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="77"/>
        <source>Passphrase</source>
        <translation>စကားဝှက်စာကြောင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="79"/>
        <source>&amp;Unlock</source>
        <translation>သော့ဖွင့်ရန် (&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="91"/>
        <source>Set up a new vault or open the demo…</source>
        <translation>လုံခြုံသိုလှောင်ခန်းအသစ် ပြင်ဆင်ရန် သို့မဟုတ် သရုပ်ပြ လုံခြုံသိုလှောင်ခန်းကို ဖွင့်ရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="96"/>
        <source>&amp;User</source>
        <translation>အသုံးပြုသူ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="97"/>
        <source>&amp;Passphrase</source>
        <translation>စကားဝှက်စာကြောင်း (&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="117"/>
        <source>Notes</source>
        <translation>မှတ်စုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="119"/>
        <source>Vault: {path}</source>
        <translation>လုံခြုံသိုလှောင်ခန်း - {path}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="127"/>
        <source>Demo vault with invented cases only.
User: {user}
Passphrase: {passphrase}</source>
        <translation>စိတ်ကူးယဉ် ကိစ္စရပ်များသာ ပါဝင်သော သရုပ်ပြ လုံခြုံသိုလှောင်ခန်း။
အသုံးပြုသူ - {user}
စကားဝှက်စာကြောင်း - {passphrase}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="155"/>
        <source>Enter your user name and passphrase.</source>
        <translation>သင်၏ အသုံးပြုသူအမည်နှင့် စကားဝှက်စာကြောင်းကို ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="158"/>
        <source>Unlocking…</source>
        <translation>သော့ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="183"/>
        <source>The user name or passphrase is not correct.</source>
        <translation>အသုံးပြုသူအမည် သို့မဟုတ် စကားဝှက်စာကြောင်း မမှန်ကန်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="185"/>
        <source>The vault could not be opened ({kind}).</source>
        <translation>လုံခြုံသိုလှောင်ခန်းကို ဖွင့်၍ မရပါ ({kind})။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="194"/>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="211"/>
        <source>Please wait {seconds} s before the next try.</source>
        <translation>နောက်တစ်ကြိမ် မကြိုးစားမီ {seconds} စက္ကန့် စောင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="207"/>
        <source>You can try again now.</source>
        <translation>ယခု ထပ်မံကြိုးစားနိုင်ပါပြီ။</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="136"/>
        <source>RRR Desktop — set up</source>
        <translation>RRR Desktop — ပြင်ဆင်သတ်မှတ်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="146"/>
        <source>Notes</source>
        <translation>မှတ်စုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="148"/>
        <source>RRR Desktop — locked</source>
        <translation>RRR Desktop — သော့ခတ်ထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="179"/>
        <source>No recovery key could be made; make one in Settings → Users and roles.</source>
        <translation>ပြန်လည်ဖွင့်ရန်သော့ ပြုလုပ်၍ မရပါ။ ဆက်တင်များ → အသုံးပြုသူများနှင့် အခန်းကဏ္ဍများ တွင် တစ်ခု ပြုလုပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="202"/>
        <location filename="../rrr_desktop/ui/main_window.py" line="206"/>
        <source>Read only</source>
        <translation>ဖတ်ရန်သာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="255"/>
        <source>Checking and restoring the backup…</source>
        <translation>အရန်မိတ္တူကို စစ်ဆေးပြီး ပြန်လည်ရယူနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="235"/>
        <source>The backup was restored. Unlock it with its passphrases.</source>
        <translation>အရန်မိတ္တူကို ပြန်လည်ရယူပြီးပါပြီ။ အရန်မိတ္တူ၏ စကားဝှက်စာကြောင်းများဖြင့် သော့ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="239"/>
        <source>The vault it replaced is kept in {folder}.</source>
        <translation>အစားထိုးခံလိုက်ရသော ယခင် လုံခြုံသိုလှောင်ခန်းကို {folder} တွင် သိမ်းထားသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="243"/>
        <source>Restored</source>
        <translation>ပြန်လည်ရယူပြီးပါပြီ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="404"/>
        <location filename="../rrr_desktop/ui/main_window.py" line="422"/>
        <source>Vault: {path}</source>
        <translation>လုံခြုံသိုလှောင်ခန်း - {path}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="408"/>
        <source>Locked</source>
        <translation>သော့ခတ်ထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="412"/>
        <source>User: {name} ({username})</source>
        <translation>အသုံးပြုသူ - {name} ({username})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="417"/>
        <source>Organisation: {name}</source>
        <translation>အဖွဲ့အစည်း - {name}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="427"/>
        <source>Unlocked — Ctrl+L locks, F12 quick exit</source>
        <translation>သော့ဖွင့်ထားသည် — Ctrl+L ဖြင့် သော့ခတ်ရန်၊ F12 ဖြင့် အမြန်ထွက်ရန်</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="143"/>
        <source>Which column holds what?</source>
        <translation>မည်သည့်ကော်လံတွင် မည်သည့်အချက်အလက် ပါသနည်း။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="146"/>
        <source>Columns we recognised are already chosen. Columns set to &apos;not imported&apos; are left out. This choice is remembered for files with the same columns.</source>
        <translation>သိရှိသော ကော်လံများကို ရွေးချယ်ပြီး ဖြစ်သည်။ &apos;(မတင်သွင်းပါ)&apos; ဟု သတ်မှတ်ထားသော ကော်လံများကို ချန်လှပ်ထားမည်။ ကော်လံတူညီသော ဖိုင်များအတွက် ဤရွေးချယ်မှုကို မှတ်ထားပါမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="154"/>
        <source>Column in the file</source>
        <translation>ဖိုင်ရှိ ကော်လံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="154"/>
        <source>Field</source>
        <translation>အကွက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="183"/>
        <source>(not imported)</source>
        <translation>(မတင်သွင်းပါ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="213"/>
        <source>Checking every row…</source>
        <translation>အတန်းတိုင်းကို စစ်ဆေးနေသည်…</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="59"/>
        <source>Message</source>
        <translation>စာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="60"/>
        <source>From</source>
        <translation>ပေးပို့သူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="61"/>
        <source>Sent</source>
        <translation>ပို့သည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="62"/>
        <source>Received</source>
        <translation>လက်ခံရရှိသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="63"/>
        <source>Due</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="64"/>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="77"/>
        <source>Date:</source>
        <translation>ရက်စွဲ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="84"/>
        <source>Mark selected as sent</source>
        <translation>ရွေးထားသည်ကို ပို့ပြီးဟု မှတ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="86"/>
        <source>Mark selected as received</source>
        <translation>ရွေးထားသည်ကို လက်ခံရရှိပြီးဟု မှတ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="91"/>
        <source>Answer expected within (days):</source>
        <translation>အဖြေ မျှော်လင့်သည့်ကာလ (ရက်):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="110"/>
        <source>Referring organisation</source>
        <translation>လွှဲပြောင်းပေးသည့် အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="112"/>
        <source>Receiving organisation</source>
        <translation>လက်ခံမည့်အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="135"/>
        <source>Next: {title}.</source>
        <translation>နောက်တစ်ခု - {title}။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="140"/>
        <source>All six messages are recorded.</source>
        <translation>စာ ခြောက်စောင်လုံးကို မှတ်တမ်းတင်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="143"/>
        <source>Overdue: {titles}.</source>
        <translation>သတ်မှတ်ရက် ကျော်လွန် - {titles}။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="156"/>
        <source>Overdue</source>
        <translation>သတ်မှတ်ရက် ကျော်လွန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="158"/>
        <source>Next</source>
        <translation>နောက်တစ်ခု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="158"/>
        <source>Not yet</source>
        <translation>မပြီးသေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="162"/>
        <source>Received</source>
        <comment>status of a message</comment>
        <translation>လက်ခံရရှိပြီး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="163"/>
        <source>Sent</source>
        <comment>status of a message</comment>
        <translation>ပို့ပြီး</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="37"/>
        <source>New case</source>
        <translation>ကိစ္စရပ်အသစ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="57"/>
        <source>&amp;Given name</source>
        <translation>ပေးထားသောအမည် (&amp;G)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="58"/>
        <source>&amp;Family name</source>
        <translation>မိသားစုအမည် (&amp;F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="59"/>
        <source>&amp;Sex</source>
        <translation>လိင် (&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="60"/>
        <source>Date of &amp;birth</source>
        <translation>မွေးသက္ကရာဇ် (&amp;B)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="61"/>
        <source>or estimated &amp;age</source>
        <translation>သို့မဟုတ် ခန့်မှန်းအသက် (&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="62"/>
        <source>&amp;Nationality</source>
        <translation>နိုင်ငံသား (&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="63"/>
        <source>&amp;Intake date</source>
        <translation>လက်ခံသည့်ရက်စွဲ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="64"/>
        <source>&amp;Referred by</source>
        <translation>လွှဲပြောင်းပေးသူ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="65"/>
        <source>&amp;Origin country</source>
        <translation>မူရင်းနိုင်ငံ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="74"/>
        <source>Open the selected case</source>
        <translation>ရွေးထားသော ကိစ္စရပ်ကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="134"/>
        <source>Case {reference} created.</source>
        <translation>ကိစ္စရပ် {reference} ကို ဖန်တီးပြီးပါပြီ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/new_case.py" line="143"/>
        <source>Possible duplicate: %n case(s) with a similar name, birth year and nationality. Open one of them, or press Save again to create a new case anyway.</source>
        <translation>
            <numerusform>ထပ်နေနိုင်သည် - အမည်၊ မွေးနှစ်နှင့် နိုင်ငံသား ဆင်တူသော ကိစ္စရပ် %n ခု ရှိသည်။ ၎င်းတို့ထဲမှ တစ်ခုကို ဖွင့်ပါ သို့မဟုတ် ကိစ္စရပ်အသစ်ကို မည်သို့ပင်ဖြစ်စေ ဖန်တီးရန် “သိမ်းဆည်းရန်” ကို ထပ်နှိပ်ပါ။</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="150"/>
        <source>A similar person may already be known; ask your supervisor. Press Save again to create a new case anyway.</source>
        <translation>ဆင်တူသော ပုဂ္ဂိုလ်တစ်ဦးကို သိရှိထားပြီး ဖြစ်နိုင်သည်။ သင်၏ ကြီးကြပ်သူကို မေးမြန်းပါ။ ကိစ္စရပ်အသစ်ကို မည်သို့ပင်ဖြစ်စေ ဖန်တီးရန် “သိမ်းဆည်းရန်” ကို ထပ်နှိပ်ပါ။</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="47"/>
        <source>for a contact: the person, the family, a partner</source>
        <translation>ဆက်သွယ်မှုအတွက် - အကူအညီရယူသူ၊ မိသားစု၊ မိတ်ဖက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="53"/>
        <source>&amp;Kind</source>
        <translation>အမျိုးအစား (&amp;K)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="54"/>
        <source>&amp;With whom</source>
        <translation>မည်သူနှင့် (&amp;W)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="55"/>
        <source>&amp;New note</source>
        <translation>မှတ်စုအသစ် (&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="58"/>
        <source>A new note is saved with Save (Ctrl+S) like the other sections, signed with your name and today&apos;s date. Saved notes are not changed: write a new note to correct one.</source>
        <translation>မှတ်စုအသစ်ကို အခြားအပိုင်းများကဲ့သို့ “သိမ်းဆည်းရန်” (Ctrl+S) ဖြင့် သိမ်းဆည်းပြီး သင့်အမည်နှင့် ယနေ့ရက်စွဲဖြင့် လက်မှတ်ထိုးထားမည်။ သိမ်းဆည်းပြီးသော မှတ်စုများကို ပြောင်းလဲခြင်း မပြုပါ - ပြင်ဆင်လိုပါက မှတ်စုအသစ်တစ်ခု ရေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="72"/>
        <source>Notes written so far, newest first</source>
        <translation>ယခုအထိ ရေးထားသော မှတ်စုများ (အသစ်ဆုံးကို ထိပ်ဆုံးတွင် ပြထားသည်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="111"/>
        <source>No notes yet. Write what was said or done, and with whom; it stays in this case file and is never sent in a referral.</source>
        <translation>မှတ်စု မရှိသေးပါ။ ပြောဆိုခဲ့သော သို့မဟုတ် ဆောင်ရွက်ခဲ့သော အရာနှင့် မည်သူနှင့်ဖြစ်သည်ကို ရေးပါ။ ၎င်းသည် ဤကိစ္စရပ်မှတ်တမ်းတွဲထဲတွင်သာ ရှိပြီး လွှဲပြောင်းပေးခြင်းဖြင့် ဘယ်တော့မှ ပေးပို့မည် မဟုတ်ပါ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="118"/>
        <source>%n note(s), newest first</source>
        <translation>
            <numerusform>မှတ်စု %n ခု (အသစ်ဆုံးကို ထိပ်ဆုံးတွင် ပြထားသည်)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="122"/>
        <source>{date} · {kind} · by {who}</source>
        <translation>{date} · {kind} · ရေးသူ {who}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="128"/>
        <source>with {whom}</source>
        <translation>{whom} နှင့်</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="42"/>
        <source>Recipient</source>
        <translation>လက်ခံသူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="44"/>
        <source>Protect with a passphrase instead (recipient&apos;s card not known yet)</source>
        <translation>၎င်းအစား စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ရန် (လက်ခံသူ၏ ဆက်သွယ်ရန်ကတ်ကို မသိရသေးပါ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="49"/>
        <source>Receiving organisation, as named in the consent</source>
        <translation>သဘောတူညီချက်တွင် အမည်ဖော်ပြထားသည့်အတိုင်း လက်ခံမည့်အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="53"/>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="54"/>
        <source>Passphrase</source>
        <translation>စကားဝှက်စာကြောင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="58"/>
        <source>Referral to a receiving organisation</source>
        <translation>လက်ခံမည့်အဖွဲ့အစည်းသို့ လွှဲပြောင်းပေးခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="59"/>
        <source>Status report to the referring organisation</source>
        <translation>လွှဲပြောင်းပေးသည့် အဖွဲ့အစည်းသို့ အခြေအနေ အစီရင်ခံစာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="60"/>
        <source>Sync with a device of this organisation</source>
        <translation>ဤအဖွဲ့အစည်း၏ စက်တစ်ခုနှင့် ထပ်တူပြုရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="63"/>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="66"/>
        <source>Case references, separated by commas</source>
        <translation>ကိစ္စရပ် ရည်ညွှန်းနံပါတ်များ (ကော်မာဖြင့် ခြားပါ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="67"/>
        <source>Cases</source>
        <translation>ကိစ္စရပ်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="71"/>
        <source>Choose folder or drive…</source>
        <translation>ဖိုဒါ သို့မဟုတ် ဒရိုက်ကို ရွေးချယ်ရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="75"/>
        <source>Write to</source>
        <translation>သိမ်းမည့်နေရာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="78"/>
        <source>Show what will be sent</source>
        <translation>ပေးပို့မည့်အရာကို ပြရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="80"/>
        <source>Write bundle</source>
        <translation>ဖိုင်အထုပ် ထုတ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="89"/>
        <source>What leaves this organisation:</source>
        <translation>ဤအဖွဲ့အစည်းမှ ထွက်သွားမည့် အချက်အလက်များ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="114"/>
        <source>Folder or removable drive</source>
        <translation>ဖိုဒါ သို့မဟုတ် ဖြုတ်တပ်နိုင်သော ဒရိုက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="132"/>
        <source>Only referrals are filtered by consent; a status report carries follow-up status and the six messages.</source>
        <translation>သဘောတူညီချက်အလိုက် စစ်ထုတ်သည်မှာ လွှဲပြောင်းပေးခြင်းများသာ ဖြစ်သည်။ အခြေအနေ အစီရင်ခံစာတွင် နောက်ဆက်တွဲ စောင့်ကြည့်မှု အခြေအနေနှင့် စာ ခြောက်စောင် ပါဝင်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="146"/>
        <source>{ref}: {n} fields are sent</source>
        <translation>{ref} - အကွက် {n} ခု ပေးပို့မည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="161"/>
        <source>Never sent (kept in the organisation):</source>
        <translation>ဘယ်တော့မှ မပေးပို့ပါ (အဖွဲ့အစည်းအတွင်း ထိန်းသိမ်းထားသည်):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="163"/>
        <source>Kept here (files not marked as ones to share):</source>
        <translation>ဤနေရာတွင် ထိန်းသိမ်းထားသည် (မျှဝေရန် အမှတ်အသား မပြုထားသော ဖိုင်များ):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="164"/>
        <source>Withheld until the person consents to: {purpose}</source>
        <translation>အကူအညီရယူသူက သဘောတူသည်အထိ ထိန်းထားသည် - {purpose}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="171"/>
        <source>Choose a folder or drive to write the bundle to.</source>
        <translation>ဖိုင်အထုပ်ကို သိမ်းမည့် ဖိုဒါ သို့မဟုတ် ဒရိုက်ကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="194"/>
        <source>Wrote {name}: {n} records.</source>
        <translation>{name} ကို ထုတ်ပြီးပါပြီ - မှတ်တမ်း {n} ခု။</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="37"/>
        <source>Save my contact card…</source>
        <translation>ကျွန်ုပ်၏ ဆက်သွယ်ရန်ကတ်ကို သိမ်းဆည်းရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="38"/>
        <source>Add a contact card…</source>
        <translation>ဆက်သွယ်ရန်ကတ် ထည့်ရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="39"/>
        <source>Compare fingerprint and trust…</source>
        <translation>လက်ဗွေကုဒ်ကို တိုက်စစ်ပြီး ယုံကြည်ရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="49"/>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="50"/>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="51"/>
        <source>Device</source>
        <translation>စက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="52"/>
        <source>Fingerprint</source>
        <translation>လက်ဗွေကုဒ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="53"/>
        <source>Trusted</source>
        <translation>ယုံကြည်ထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="69"/>
        <source>This installation&apos;s fingerprint: &lt;b&gt;{fpr}&lt;/b&gt;&lt;br&gt;Read it out to the other side, by phone or in person, before they trust your card.</source>
        <translation>ဤထည့်သွင်းမှု၏ လက်ဗွေကုဒ် - &lt;b&gt;{fpr}&lt;/b&gt;&lt;br&gt;အခြားဘက်က သင်၏ကတ်ကို မယုံကြည်မီ ဖုန်းဖြင့် သို့မဟုတ် လူကိုယ်တိုင် ၎င်းကို ဖတ်ပြပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="82"/>
        <source>yes</source>
        <translation>ဟုတ်ကဲ့</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="82"/>
        <source>no</source>
        <translation>မဟုတ်ပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="90"/>
        <source>Save contact card</source>
        <translation>ဆက်သွယ်ရန်ကတ် သိမ်းဆည်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="92"/>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="102"/>
        <source>Contact cards (*.rrrcard)</source>
        <translation>ဆက်သွယ်ရန်ကတ်များ (*.rrrcard)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="102"/>
        <source>Add a contact card</source>
        <translation>ဆက်သွယ်ရန်ကတ် ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="117"/>
        <source>Contact card added</source>
        <translation>ဆက်သွယ်ရန်ကတ် ထည့်ပြီးပါပြီ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="119"/>
        <source>{org} was added but is not trusted yet. Compare the fingerprint {fpr} with them by phone or in person, then trust the card.</source>
        <translation>{org} ကို ထည့်ပြီးသော်လည်း မယုံကြည်ရသေးပါ။ လက်ဗွေကုဒ် {fpr} ကို ၎င်းတို့နှင့် ဖုန်းဖြင့် သို့မဟုတ် လူကိုယ်တိုင် တိုက်စစ်ပြီးမှ ကတ်ကို ယုံကြည်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="134"/>
        <source>Compare the fingerprint</source>
        <translation>လက်ဗွေကုဒ်ကို တိုက်စစ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="135"/>
        <source>Ask the other side to read out their fingerprint and type it here:</source>
        <translation>အခြားဘက်အား ၎င်းတို့၏ လက်ဗွေကုဒ်ကို ဖတ်ပြခိုင်းပြီး ဤနေရာတွင် ရိုက်ထည့်ပါ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="144"/>
        <source>Fingerprints differ</source>
        <translation>လက်ဗွေကုဒ်များ မတူညီပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="146"/>
        <source>The fingerprint you typed is not the one on the card: do not trust this card; ask for a new one.</source>
        <translation>သင်ရိုက်ထည့်သော လက်ဗွေကုဒ်သည် ကတ်ပေါ်ရှိ လက်ဗွေကုဒ် မဟုတ်ပါ - ဤကတ်ကို မယုံကြည်ပါနှင့်၊ ကတ်အသစ်တစ်ခု တောင်းပါ။</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="40"/>
        <source>phone</source>
        <translation>ဖုန်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="41"/>
        <source>email</source>
        <translation>အီးမေးလ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="42"/>
        <source>address</source>
        <translation>လိပ်စာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="43"/>
        <source>messenger</source>
        <translation>မက်ဆေ့ချ်ပို့သည့်အက်ပ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="61"/>
        <source>separated by commas</source>
        <translation>ကော်မာဖြင့် ခြားပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="63"/>
        <source>as the person writes it, e.g. ស្រីមុំ</source>
        <translation>အကူအညီရယူသူ ရေးသည့်အတိုင်း၊ ဥပမာ ស្រីមុំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="72"/>
        <source>&amp;Given name</source>
        <translation>ပေးထားသောအမည် (&amp;G)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="73"/>
        <source>&amp;Family name</source>
        <translation>မိသားစုအမည် (&amp;F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="74"/>
        <source>Other names</source>
        <translation>အခြားအမည်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="75"/>
        <source>Name in own scrip&amp;t</source>
        <translation>ကိုယ်ပိုင်အက္ခရာဖြင့် အမည် (&amp;T)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="76"/>
        <source>&amp;Sex</source>
        <translation>လိင် (&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="77"/>
        <source>Date of &amp;birth</source>
        <translation>မွေးသက္ကရာဇ် (&amp;B)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="78"/>
        <source>Estimated &amp;age</source>
        <translation>ခန့်မှန်းအသက် (&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="79"/>
        <source>&amp;Nationality</source>
        <translation>နိုင်ငံသား (&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="80"/>
        <source>&amp;Languages</source>
        <translation>ဘာသာစကားများ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="81"/>
        <source>Own &amp;wishes</source>
        <translation>ကိုယ်ပိုင်ဆန္ဒများ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="123"/>
        <source>Contact</source>
        <translation>ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Note</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Safe to use</source>
        <translation>အသုံးပြုရန် လုံခြုံသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="93"/>
        <source>Add contact</source>
        <translation>ဆက်သွယ်ရန် အချက်အလက် ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="95"/>
        <source>Remove contact</source>
        <translation>ဆက်သွယ်ရန် အချက်အလက် ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="100"/>
        <source>Guardian (required for a child)</source>
        <translation>အုပ်ထိန်းသူ (ကလေးသူငယ်အတွက် လိုအပ်သည်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="112"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="114"/>
        <source>Relation</source>
        <translation>တော်စပ်ပုံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="118"/>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="127"/>
        <source>Appointed on</source>
        <translation>ခန့်အပ်သည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="136"/>
        <source>Contacts (mark unsafe ones)</source>
        <translation>ဆက်သွယ်ရန် အချက်အလက်များ (မလုံခြုံသည်များကို မှတ်သားပါ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="178"/>
        <source>This person is a child: a guardian must be recorded.</source>
        <translation>ဤသူသည် ကလေးသူငယ် ဖြစ်သည် - အုပ်ထိန်းသူကို မှတ်တမ်းတင်ရမည်။</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="62"/>
        <source>Reintegration plan</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး အစီအစဉ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="73"/>
        <source>Plan</source>
        <translation>အစီအစဉ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="77"/>
        <source>Make a new version</source>
        <translation>ဗားရှင်းအသစ် ပြုလုပ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="82"/>
        <source>Save this version as PDF…</source>
        <translation>ဤဗားရှင်းကို PDF အဖြစ် သိမ်းဆည်းရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="85"/>
        <source>Version:</source>
        <translation>ဗားရှင်း:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="92"/>
        <source>Write what the person wants, as they say it.</source>
        <translation>အကူအညီရယူသူ လိုချင်သည်ကို ၎င်းပြောသည့်အတိုင်း ရေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="97"/>
        <source>&lt;b&gt;The person&apos;s wishes, in their own words&lt;/b&gt;</source>
        <translation>&lt;b&gt;အကူအညီရယူသူ၏ ဆန္ဒများ (၎င်း၏ ကိုယ်ပိုင်စကားဖြင့်)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="98"/>
        <source>&lt;b&gt;The caseworker&apos;s proposal&lt;/b&gt;</source>
        <translation>&lt;b&gt;ကိစ္စရပ်တာဝန်ခံဝန်ထမ်း၏ အဆိုပြုချက်&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="105"/>
        <source>Not chosen yet</source>
        <translation>မရွေးချယ်ရသေးပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="108"/>
        <source>Set where the person goes</source>
        <translation>အကူအညီရယူသူ သွားမည့်နေရာကို သတ်မှတ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="111"/>
        <source>Where the person goes:</source>
        <translation>အကူအညီရယူသူ သွားမည့်နေရာ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="122"/>
        <source>Component / action</source>
        <translation>အစိတ်အပိုင်း / လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="123"/>
        <source>Goal / description</source>
        <translation>ပန်းတိုင် / ဖော်ပြချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="124"/>
        <source>Responsible</source>
        <translation>တာဝန်ရှိသူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="125"/>
        <source>Due</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="126"/>
        <source>Budget</source>
        <translation>ဘတ်ဂျက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="127"/>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="135"/>
        <source>Add a component…</source>
        <translation>အစိတ်အပိုင်း ထည့်ရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="137"/>
        <source>Add an action to the selected component…</source>
        <translation>ရွေးထားသော အစိတ်အပိုင်းတွင် လုပ်ဆောင်ချက် ထည့်ရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="142"/>
        <source>Set the status of the selected line</source>
        <translation>ရွေးထားသော စာကြောင်း၏ အခြေအနေကို သတ်မှတ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="176"/>
        <source>{version} — {on}, {by}</source>
        <translation>{version} — {on}၊ {by}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="204"/>
        <source>An earlier version: read-only. The latest version is the plan in force.</source>
        <translation>ယခင်ဗားရှင်း ဖြစ်သည် - ဖတ်ရန်သာ။ နောက်ဆုံးဗားရှင်းသည် အကျုံးဝင်နေသော အစီအစဉ် ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="208"/>
        <source>Save</source>
        <translation>သိမ်းဆည်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="208"/>
        <source>Start the plan</source>
        <translation>အစီအစဉ်ကို စတင်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="325"/>
        <source>Select a component first.</source>
        <translation>အစိတ်အပိုင်းတစ်ခုကို ဦးစွာ ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="352"/>
        <source>Select a component or an action first.</source>
        <translation>အစိတ်အပိုင်း သို့မဟုတ် လုပ်ဆောင်ချက်တစ်ခုကို ဦးစွာ ရွေးပါ။</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="221"/>
        <source>Check before importing</source>
        <translation>မတင်သွင်းမီ စစ်ဆေးရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Row</source>
        <translation>အတန်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Column</source>
        <translation>ကော်လံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Why it is refused</source>
        <translation>ငြင်းပယ်ရသည့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="244"/>
        <source>{refused} of {total} rows are refused, listed below with the reason. Nothing will be imported until the file is corrected: fix it, then go back and choose it again.</source>
        <translation>အတန်း {total} တန်းအနက် {refused} တန်းကို ငြင်းပယ်ထားပြီး အကြောင်းရင်းနှင့်အတူ အောက်တွင် ဖော်ပြထားသည်။ ဖိုင်ကို ပြင်ဆင်ပြီးသည်အထိ မည်သည့်အရာကိုမျှ တင်သွင်းမည် မဟုတ်ပါ - ဖိုင်ကို ပြင်ပြီးနောက် နောက်သို့ ပြန်သွား၍ ဖိုင်ကို ထပ်မံ ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="250"/>
        <source>The file has no rows to import.</source>
        <translation>ဖိုင်တွင် တင်သွင်းရန် အတန်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="252"/>
        <source>All {n} rows can be imported. Columns left out: {ignored}.</source>
        <translation>အတန်း {n} တန်းလုံးကို တင်သွင်းနိုင်သည်။ ချန်လှပ်ထားသော ကော်လံများ - {ignored}။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="253"/>
        <source>none</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="257"/>
        <source>{n} rows look like persons already in the vault (rows {rows}); check this is not a file imported before.</source>
        <translation>အတန်း {n} တန်းသည် လုံခြုံသိုလှောင်ခန်းထဲတွင် ရှိပြီးသား ပုဂ္ဂိုလ်များနှင့် တူပုံရသည် (အတန်း {rows})။ ဤဖိုင်ကို ယခင်က တင်သွင်းခဲ့ခြင်း မဟုတ်ကြောင်း စစ်ဆေးပါ။</translation>
    </message>
</context>
<context>
    <name>PrintTab</name>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="118"/>
        <source>Pre-departure checklist</source>
        <translation>ထွက်ခွာမီ စစ်ဆေးရန်စာရင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="119"/>
        <source>Information sheet for the person</source>
        <translation>အကူအညီရယူသူအတွက် သတင်းအချက်အလက်စာရွက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="121"/>
        <source>Travel-document request to the embassy</source>
        <translation>သံရုံးသို့ ခရီးသွားစာရွက်စာတမ်း တောင်းခံစာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="123"/>
        <source>What we hold about the person (for them)</source>
        <translation>အကူအညီရယူသူအကြောင်း ကျွန်ုပ်တို့ သိမ်းထားသော အချက်အလက်များ (ထိုသူအတွက်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="131"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="132"/>
        <source>US Letter</source>
        <translation>US Letter အရွယ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="136"/>
        <source>Print the person&apos;s name (otherwise only the case reference)</source>
        <translation>အကူအညီရယူသူ၏ အမည်ကို ပုံနှိပ်ရန် (မဟုတ်ပါက ကိစ္စရပ် ရည်ညွှန်းနံပါတ်သာ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="143"/>
        <source>The name the embassy will read: only a name a supervisor confirmed as neutral for this embassy.</source>
        <translation>သံရုံးက ဖတ်မည့် အမည် - ဤသံရုံးအတွက် ကြားနေအမည်ဟု ကြီးကြပ်သူက အတည်ပြုထားသော အမည်သာ ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="149"/>
        <source>Confirm as the neutral name for this embass&amp;y</source>
        <translation>ဤသံရုံးအတွက် ကြားနေအမည်အဖြစ် အတည်ပြုရန် (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="158"/>
        <source>travel document</source>
        <translation>ခရီးသွားစာရွက်စာတမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="164"/>
        <source>&amp;Document:</source>
        <translation>စာရွက်စာတမ်း (&amp;D):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="165"/>
        <source>&amp;Language of the person:</source>
        <translation>အကူအညီရယူသူ၏ ဘာသာစကား (&amp;L):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="166"/>
        <source>&amp;Paper:</source>
        <translation>စာရွက်အရွယ် (&amp;P):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="168"/>
        <source>Organisation in the &amp;letter:</source>
        <translation>စာတွင် ဖော်ပြမည့် အဖွဲ့အစည်း (&amp;L):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="170"/>
        <source>Document &amp;needed:</source>
        <translation>လိုအပ်သော စာရွက်စာတမ်း (&amp;N):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="173"/>
        <source>Pre&amp;view…</source>
        <translation>ကြိုတင်ကြည့်ရှုရန်… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="174"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF သိမ်းဆည်းရန်… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="176"/>
        <source>P&amp;rint…</source>
        <translation>ပုံနှိပ်ရန်… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="177"/>
        <source>C&amp;heck a printout…</source>
        <translation>ပုံနှိပ်စာကို စစ်ဆေးရန်… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="224"/>
        <source>No neutral name confirmed for this embassy yet</source>
        <translation>ဤသံရုံးအတွက် အတည်ပြုထားသော ကြားနေအမည် မရှိသေးပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="238"/>
        <source>Letters to this embassy will carry “{name}”.</source>
        <translation>ဤသံရုံးသို့ ပေးပို့သော စာများတွင် “{name}” ဟု ဖော်ပြပါမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="254"/>
        <source>The texts in this language are a draft that a native speaker still has to review.</source>
        <translation>ဤဘာသာစကားဖြင့် စာသားများသည် မူကြမ်းသာ ဖြစ်ပြီး ထိုဘာသာစကားကို မိခင်ဘာသာအဖြစ် ပြောဆိုသူက ပြန်လည်စစ်ဆေးရန် လိုသေးသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="294"/>
        <source>Not printed: {reason}</source>
        <translation>ပုံနှိပ်၍ မရပါ - {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="295"/>
        <source>Not printed</source>
        <translation>ပုံနှိပ်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="309"/>
        <source>Print preview</source>
        <translation>ပုံနှိပ်မီ ကြိုတင်ကြည့်ရှုခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="333"/>
        <source>Sent to the printer.</source>
        <translation>ပုံနှိပ်စက်သို့ ပို့ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="346"/>
        <source>Save PDF</source>
        <translation>PDF သိမ်းဆည်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="348"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ဖိုင်များ (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="375"/>
        <source>Writing the PDF…</source>
        <translation>PDF ရေးသားနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="381"/>
        <source>Saved {file} ({pages} pages).</source>
        <translation>{file} ကို သိမ်းဆည်းပြီးပါပြီ (စာမျက်နှာ {pages} မျက်နှာ)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="384"/>
        <source>The journey&apos;s dates are in the past: check them before the sheet is handed over (the sheet says so too).</source>
        <translation>ခရီးစဉ်၏ ရက်စွဲများ ကျော်လွန်သွားပြီ - သတင်းအချက်အလက်စာရွက်ကို မပေးအပ်မီ စစ်ဆေးပါ (စာရွက်တွင်လည်း ထိုသို့ ဖော်ပြထားသည်)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="395"/>
        <source>The PDF could not be written.</source>
        <translation>PDF ကို ရေးသား၍ မရပါ။</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/common.py" line="19"/>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="17"/>
        <source>Recovery key</source>
        <translation>ပြန်လည်ဖွင့်ရန်သော့</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="20"/>
        <source>Write this recovery key on paper, check it twice, and lock it away, apart from the laptop. It opens the vault when every passphrase is forgotten. It is shown only now; a new key can be made later, and the old one then stops working.</source>
        <translation>ဤပြန်လည်ဖွင့်ရန်သော့ကို စာရွက်ပေါ်တွင် ရေးပါ၊ နှစ်ကြိမ် စစ်ဆေးပါ၊ ထို့နောက် လက်ပ်တော့နှင့် သီးခြားစီ သော့ခတ်၍ သိမ်းထားပါ။ စကားဝှက်စာကြောင်း အားလုံးကို မေ့သွားသောအခါ ၎င်းဖြင့် လုံခြုံသိုလှောင်ခန်းကို ဖွင့်နိုင်သည်။ ၎င်းကို ယခုသာ ပြသမည် ဖြစ်သည်။ နောက်ပိုင်းတွင် သော့အသစ် ပြုလုပ်နိုင်ပြီး ထိုအခါ သော့ဟောင်းသည် အလုပ်မလုပ်တော့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="38"/>
        <source>I have written it down</source>
        <translation>ကျွန်ုပ် ရေးမှတ်ထားပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="59"/>
        <source>Reports</source>
        <translation>အစီရင်ခံစာများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="61"/>
        <source>Statistics</source>
        <translation>စာရင်းအင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="63"/>
        <source>Operational lists</source>
        <translation>လုပ်ငန်းဆိုင်ရာ စာရင်းများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="77"/>
        <source>(nothing: a simple table)</source>
        <translation>(မရှိ - ရိုးရှင်းသော ဇယား)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="82"/>
        <source>Standard donor tables (sex, age group, sector, country of origin)</source>
        <translation>အလှူရှင်အတွက် စံဇယားများ (လိင်၊ အသက်အုပ်စု၊ လုပ်ငန်းကဏ္ဍ၊ မူရင်းနိုင်ငံ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="86"/>
        <source>Count persons by</source>
        <translation>ပုဂ္ဂိုလ်များကို ရေတွက်မည့် အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="88"/>
        <source>and by</source>
        <translation>နှင့် ဒုတိယ အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="91"/>
        <source>Only persons taken in from</source>
        <translation>အောက်ပါကာလအတွင်း လက်ခံခဲ့သူများသာ -</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="103"/>
        <source>to</source>
        <translation>မှ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="107"/>
        <source>Programme</source>
        <translation>စီမံချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="109"/>
        <source>Hide counts below</source>
        <translation>ဤအရေအတွက်အောက် နည်းသည်များကို ဖုံးကွယ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="118"/>
        <source>and the counts that would reveal them (needed for anything that leaves the organisation)</source>
        <translation>၎င်းတို့ကို ဖော်ထုတ်နိုင်မည့် အရေအတွက်များကိုလည်း ဖုံးကွယ်ရန် (အဖွဲ့အစည်းပြင်ပသို့ ထွက်သွားမည့် မည်သည့်အရာအတွက်မဆို လိုအပ်သည်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="129"/>
        <source>Build the report</source>
        <translation>အစီရင်ခံစာ ပြုလုပ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="132"/>
        <source>Export CSV…</source>
        <translation>CSV ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="134"/>
        <source>Export PDF…</source>
        <translation>PDF ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="136"/>
        <source>Import cases from a spreadsheet…</source>
        <translation>စာရင်းဇယားဖိုင်မှ ကိစ္စရပ်များကို တင်သွင်းရန်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="165"/>
        <source>All programmes</source>
        <translation>စီမံချက်အားလုံး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="199"/>
        <source>Counting…</source>
        <translation>ရေတွက်နေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="217"/>
        <source>{n} persons counted.</source>
        <translation>ပုဂ္ဂိုလ် {n} ဦးကို ရေတွက်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="225"/>
        <source>The report could not be made.</source>
        <translation>အစီရင်ခံစာကို ပြုလုပ်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="237"/>
        <source>Export without hiding small counts?</source>
        <translation>အရေအတွက်နည်းသည်များကို မဖုံးကွယ်ဘဲ ထုတ်ယူမလား။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="239"/>
        <source>This report shows every count, even of one or two persons. Files sent outside the organisation must hide small counts. Export anyway?</source>
        <translation>ဤအစီရင်ခံစာသည် တစ်ဦး သို့မဟုတ် နှစ်ဦးသာ ရှိသော အရေအတွက်များ အပါအဝင် အရေအတွက်အားလုံးကို ပြသည်။ အဖွဲ့အစည်းပြင်ပသို့ ပေးပို့သော ဖိုင်များတွင် အရေအတွက်နည်းသည်များကို ဖုံးကွယ်ရမည်။ မည်သို့ပင်ဖြစ်စေ ထုတ်ယူမလား။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="257"/>
        <source>Export CSV</source>
        <translation>CSV ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="257"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="268"/>
        <source>Writing the CSV…</source>
        <translation>CSV ရေးသားနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="276"/>
        <source>Saved {n} CSV file(s).</source>
        <translation>CSV ဖိုင် {n} ခု သိမ်းဆည်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="285"/>
        <source>Export PDF</source>
        <translation>PDF ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="285"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="294"/>
        <source>Writing the PDF…</source>
        <translation>PDF ရေးသားနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="303"/>
        <source>Saved the PDF ({n} pages).</source>
        <translation>PDF ကို သိမ်းဆည်းပြီးပါပြီ (စာမျက်နှာ {n} မျက်နှာ)။</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="35"/>
        <source>Reference</source>
        <translation>ရည်ညွှန်းနံပါတ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="36"/>
        <source>Closed on</source>
        <translation>ပိတ်သိမ်းသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="37"/>
        <source>Why closed</source>
        <translation>ပိတ်သိမ်းရသည့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="38"/>
        <source>Kept until</source>
        <translation>ထိန်းသိမ်းထားမည့် နောက်ဆုံးရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="41"/>
        <source>&amp;Review now</source>
        <translation>ယခု စစ်ဆေးရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="43"/>
        <source>A&amp;nonymise…</source>
        <translation>အမည်မဖော်နိုင်အောင် အပြီးပြုလုပ်ရန်… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="45"/>
        <source>&amp;Delete…</source>
        <translation>ဖျက်ရန်… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="51"/>
        <source>Closed cases are kept for their retention period, then anonymised (the counts stay for reports, nothing that names or locates the person) or deleted. Both are final on every laptop of the organisation.</source>
        <translation>ပိတ်သိမ်းထားသော ကိစ္စရပ်များကို ၎င်းတို့၏ ထိန်းသိမ်းထားရှိမှုကာလအတွင်း ထားရှိပြီးနောက် အမည်မဖော်နိုင်အောင် အပြီးပြုလုပ်မည် (အစီရင်ခံစာများအတွက် အရေအတွက်များ ကျန်ရှိမည်ဖြစ်ပြီး ထိုသူ၏ အမည် သို့မဟုတ် တည်နေရာကို ဖော်ပြသည့် မည်သည့်အရာမျှ မကျန်ပါ) သို့မဟုတ် ဖျက်ပစ်မည်။ နှစ်မျိုးစလုံးသည် အဖွဲ့အစည်း၏ လက်ပ်တော့တိုင်းတွင် ပြန်ပြင်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="75"/>
        <source>Looking for closed cases past their retention date…</source>
        <translation>ထိန်းသိမ်းထားရှိမှုကာလ ကုန်ဆုံးပြီးသော ပိတ်သိမ်းထားသည့် ကိစ္စရပ်များကို ရှာဖွေနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="83"/>
        <source>That did not work ({kind}).</source>
        <translation>ထိုလုပ်ဆောင်ချက် မအောင်မြင်ပါ ({kind})။</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="102"/>
        <source>%n closed case(s) past their retention date.</source>
        <translation>
            <numerusform>ထိန်းသိမ်းထားရှိမှုကာလ ကုန်ဆုံးပြီးသော ပိတ်သိမ်းထားသည့် ကိစ္စရပ် %n ခု။</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="104"/>
        <source>No case is due. &quot;Review now&quot; looks again.</source>
        <translation>သတ်မှတ်ရက် ရောက်နေသော ကိစ္စရပ် မရှိပါ။ “ယခု စစ်ဆေးရန်” ကို နှိပ်ပါက ထပ်မံ ရှာဖွေပါမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="112"/>
        <source>Choose a case in the list first.</source>
        <translation>စာရင်းထဲမှ ကိစ္စရပ်တစ်ခုကို ဦးစွာ ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="118"/>
        <source>Anonymise {reference}? Names, contacts, notes, files and the story are removed for good; the counts stay.</source>
        <translation>{reference} အတွက် အမည်မဖော်နိုင်အောင် အပြီးပြုလုပ်ခြင်းကို ဆောင်ရွက်မလား။ အမည်များ၊ ဆက်သွယ်ရန် အချက်အလက်များ၊ မှတ်စုများ၊ ဖိုင်များနှင့် ဖြစ်ရပ်အကြောင်းအရာကို အပြီးတိုင် ဖယ်ရှားမည်ဖြစ်ပြီး အရေအတွက်များသာ ကျန်ရှိမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="122"/>
        <source>Delete {reference}? Nothing of it stays, on any laptop.</source>
        <translation>{reference} ကို ဖျက်မလား။ မည်သည့်လက်ပ်တော့ပေါ်တွင်မျှ ၎င်း၏ မည်သည့်အရာမျှ ကျန်ရှိမည် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="124"/>
        <source>Retention</source>
        <translation>ထိန်းသိမ်းထားရှိမှုကာလ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="138"/>
        <source>{reference} was anonymised.</source>
        <translation>{reference} ကို အမည်မဖော်နိုင်အောင် အပြီးပြုလုပ်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="140"/>
        <source>{reference} was deleted.</source>
        <translation>{reference} ကို ဖျက်ပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="56"/>
        <source>Return cannot be marked ready because:</source>
        <translation>အောက်ပါ အကြောင်းရင်းများကြောင့် နေရပ်ပြန်ခြင်းကို အဆင်သင့်ဟု မှတ်၍ မရပါ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="56"/>
        <source>Nothing blocks the return.</source>
        <translation>နေရပ်ပြန်ခြင်းကို တားဆီးသည့်အရာ မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="82"/>
        <source>New security assessment</source>
        <translation>လုံခြုံရေး အကဲဖြတ်ချက်အသစ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="85"/>
        <source>Factor</source>
        <translation>အချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="86"/>
        <source>Concern</source>
        <translation>စိုးရိမ်ရသည့်အချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="87"/>
        <source>Note</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="101"/>
        <source>Overall finding:</source>
        <translation>ခြုံငုံ တွေ့ရှိချက်:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="108"/>
        <source>Mitigations:</source>
        <translation>အန္တရာယ်လျော့ပါးစေမည့် အစီအမံများ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="113"/>
        <source>Record assessment</source>
        <translation>အကဲဖြတ်ချက်ကို မှတ်တမ်းတင်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="120"/>
        <source>Supervisor override</source>
        <translation>ကြီးကြပ်သူ၏ ခြွင်းချက်ဆုံးဖြတ်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="130"/>
        <source>Reason (required, at least {n} characters)</source>
        <translation>အကြောင်းရင်း (လိုအပ်သည်၊ အနည်းဆုံး စာလုံး {n} လုံး)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="136"/>
        <source>Record override</source>
        <translation>ခြွင်းချက်ဆုံးဖြတ်ချက်ကို မှတ်တမ်းတင်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="140"/>
        <source>Revoke this kind of override</source>
        <translation>ဤအမျိုးအစား ခြွင်းချက်ဆုံးဖြတ်ချက်ကို ရုပ်သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="155"/>
        <source>No security assessment has been made yet.</source>
        <translation>လုံခြုံရေး အကဲဖြတ်ချက် မပြုလုပ်ရသေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="164"/>
        <source>Latest assessment: {finding}, {date}, by {user}. Concerns: {concerns}</source>
        <translation>နောက်ဆုံး အကဲဖြတ်ချက် - {finding}၊ {date}၊ {user} ပြုလုပ်သည်။ စိုးရိမ်ရသည့်အချက်များ - {concerns}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="169"/>
        <source>none</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="182"/>
        <source>Supervisor override in force ({kind}) by {user} on {date}: {reason}</source>
        <translation>အကျုံးဝင်နေသော ကြီးကြပ်သူ၏ ခြွင်းချက်ဆုံးဖြတ်ချက် ({kind}) - {date} တွင် {user} ဆုံးဖြတ်ခဲ့သည် - {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="229"/>
        <source>You are setting aside this safety check: {check}

Your reason, recorded under your name:
“{reason}”</source>
        <translation>သင်သည် ဤလုံခြုံရေး စစ်ဆေးချက်ကို ခြွင်းချက်ပေးနေသည် - {check}

သင့်အမည်ဖြင့် မှတ်တမ်းတင်မည့် သင်၏ အကြောင်းရင်း -
“{reason}”</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="233"/>
        <source>This person is a child.</source>
        <translation>ဤသူသည် ကလေးသူငယ် ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="235"/>
        <source>Override a safety check?</source>
        <translation>လုံခြုံရေး စစ်ဆေးချက်ကို ခြွင်းချက်ပေးမလား။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="235"/>
        <source>Continue?</source>
        <translation>ဆက်လုပ်မလား။</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="32"/>
        <source>Settings</source>
        <translation>ဆက်တင်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="54"/>
        <source> min</source>
        <translation> မိနစ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="59"/>
        <source>Interface &amp;language</source>
        <translation>မျက်နှာပြင် ဘာသာစကား (&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="62"/>
        <source>&amp;Lock after inactivity</source>
        <translation>အသုံးမပြုသည့်ကာလ ကြာလျှင် သော့ခတ်ရန် (&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="63"/>
        <source>Vault folder</source>
        <translation>လုံခြုံသိုလှောင်ခန်း ဖိုဒါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="64"/>
        <source>Device</source>
        <translation>စက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="66"/>
        <source>Ctrl+L locks now. F12 or Esc twice: quick exit (hides everything and locks).</source>
        <translation>Ctrl+L ဖြင့် ယခုပင် သော့ခတ်သည်။ F12 သို့မဟုတ် Esc နှစ်ကြိမ် - အမြန်ထွက်ခြင်း (အားလုံးကို ဖုံးကွယ်ပြီး သော့ခတ်သည်)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="77"/>
        <source>This computer</source>
        <translation>ဤကွန်ပျူတာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="79"/>
        <source>Vault and backup</source>
        <translation>လုံခြုံသိုလှောင်ခန်းနှင့် အရန်မိတ္တူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="85"/>
        <source>Users and roles</source>
        <translation>အသုံးပြုသူများနှင့် အခန်းကဏ္ဍများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="91"/>
        <source>Public holidays</source>
        <translation>အများပြည်သူ ရုံးပိတ်ရက်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="93"/>
        <source>Retention</source>
        <translation>ထိန်းသိမ်းထားရှိမှုကာလ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="107"/>
        <source>This translation was drafted by machine and awaits review by a native speaker. Tell your administrator about any wording that is wrong.</source>
        <translation>ဤဘာသာပြန်ချက်ကို စက်ဖြင့် မူကြမ်းရေးဆွဲထားပြီး မြန်မာဘာသာကို မိခင်ဘာသာအဖြစ် ပြောဆိုသူက ပြန်လည်စစ်ဆေးရန် စောင့်ဆိုင်းနေဆဲ ဖြစ်သည်။ မှားယွင်းနေသော စကားအသုံးအနှုန်း တွေ့ပါက သင်၏ စီမံခန့်ခွဲသူကို အကြောင်းကြားပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="116"/>
        <source>The new language applies as soon as the case files with unsaved changes are saved or closed. Nothing you typed is lost.</source>
        <translation>မသိမ်းဆည်းရသေးသော ပြင်ဆင်ချက်များပါသည့် ကိစ္စရပ်မှတ်တမ်းတွဲများကို သိမ်းဆည်းပြီးသည် သို့မဟုတ် ပိတ်ပြီးသည်နှင့် ဘာသာစကားအသစ် အသက်ဝင်ပါမည်။ သင်ရိုက်ထည့်ထားသမျှ မပျောက်ပါ။</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="59"/>
        <source>Welcome to RRR Desktop</source>
        <translation>RRR Desktop မှ ကြိုဆိုပါသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="66"/>
        <source>Case data stays on this computer, encrypted with your passphrase. Nobody can recover it if the passphrase is lost.</source>
        <translation>ကိစ္စရပ် အချက်အလက်များကို သင်၏ စကားဝှက်စာကြောင်းဖြင့် ကုဒ်ဝှက်၍ ဤကွန်ပျူတာပေါ်တွင်သာ ထားရှိသည်။ စကားဝှက်စာကြောင်း ပျောက်သွားပါက မည်သူမျှ ၎င်းတို့ကို ပြန်လည်ရယူနိုင်မည် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="73"/>
        <source>← Back to the lock screen</source>
        <translation>← သော့ခတ်မျက်နှာပြင်သို့ ပြန်သွားရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="89"/>
        <source>Set up your organisation&apos;s vault</source>
        <translation>သင့်အဖွဲ့အစည်း၏ လုံခြုံသိုလှောင်ခန်းကို ပြင်ဆင်သတ်မှတ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="91"/>
        <source>e.g. Safe Home Foundation</source>
        <translation>ဥပမာ ဘေးကင်းအိမ် ဖောင်ဒေးရှင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="94"/>
        <source>lower-case, e.g. dara</source>
        <translation>စာလုံးအသေး၊ ဥပမာ dara</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="110"/>
        <source>&amp;Create vault</source>
        <translation>လုံခြုံသိုလှောင်ခန်း ဖန်တီးရန် (&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="125"/>
        <source>A vault already exists on this laptop. Go back to unlock it; to start again, an administrator wipes it first (Settings, or rrr wipe).</source>
        <translation>ဤလက်ပ်တော့တွင် လုံခြုံသိုလှောင်ခန်း ရှိပြီးသား ဖြစ်သည်။ ၎င်းကို သော့ဖွင့်ရန် နောက်သို့ ပြန်သွားပါ။ အစမှ ပြန်စလိုပါက စီမံခန့်ခွဲသူက ၎င်းကို ဦးစွာ အပြီးတိုင် ဖျက်ပစ်ရမည် (ဆက်တင်များ သို့မဟုတ် rrr wipe)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="134"/>
        <source>&amp;Organisation</source>
        <translation>အဖွဲ့အစည်း (&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="135"/>
        <source>Coun&amp;try</source>
        <translation>နိုင်ငံ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="136"/>
        <source>Your &amp;user name</source>
        <translation>သင်၏ အသုံးပြုသူအမည် (&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="137"/>
        <source>Your &amp;name</source>
        <translation>သင်၏ အမည် (&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="138"/>
        <source>&amp;Passphrase</source>
        <translation>စကားဝှက်စာကြောင်း (&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="141"/>
        <source>&amp;Repeat passphrase</source>
        <translation>စကားဝှက်စာကြောင်းကို ထပ်ရိုက်ပါ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="142"/>
        <source>Working &amp;language</source>
        <translation>လုပ်ငန်းသုံး ဘာသာစကား (&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="168"/>
        <source>The two passphrases are not the same.</source>
        <translation>စကားဝှက်စာကြောင်း နှစ်ခု မတူညီပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="209"/>
        <source>Just looking? Open the demo vault</source>
        <translation>ကြည့်ရုံသာလား။ သရုပ်ပြ လုံခြုံသိုလှောင်ခန်းကို ဖွင့်ပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="212"/>
        <source>A separate vault filled with {count} invented cases, for training and trying things out. Nothing you do there touches real data.</source>
        <translation>လေ့ကျင့်ရန်နှင့် စမ်းသပ်ရန်အတွက် စိတ်ကူးယဉ် ကိစ္စရပ် {count} ခု ပါဝင်သော သီးခြား လုံခြုံသိုလှောင်ခန်း။ ထိုနေရာတွင် သင်ပြုလုပ်သမျှသည် အစစ်အမှန် အချက်အလက်များကို မထိခိုက်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="219"/>
        <source>User: {user}
Passphrase: {passphrase}</source>
        <translation>အသုံးပြုသူ - {user}
စကားဝှက်စာကြောင်း - {passphrase}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="225"/>
        <source>Open &amp;demo vault</source>
        <translation>သရုပ်ပြ လုံခြုံသိုလှောင်ခန်းကို ဖွင့်ရန် (&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="244"/>
        <source>Creating {count} invented cases…</source>
        <translation>စိတ်ကူးယဉ် ကိစ္စရပ် {count} ခု ဖန်တီးနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="246"/>
        <source>Opening the demo vault…</source>
        <translation>သရုပ်ပြ လုံခြုံသိုလှောင်ခန်းကို ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="275"/>
        <source>Creating the vault…</source>
        <translation>လုံခြုံသိုလှောင်ခန်းကို ဖန်တီးနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="297"/>
        <source>Something went wrong ({kind}).</source>
        <translation>တစ်စုံတစ်ရာ မှားယွင်းသွားသည် ({kind})။</translation>
    </message>
</context>
<context>
    <name>ShelterTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="40"/>
        <source>&amp;Shelter</source>
        <translation>ခိုလှုံရာဂေဟာ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="41"/>
        <source>&amp;Admitted on</source>
        <translation>လက်ခံသည့်ရက် (&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="42"/>
        <source>&amp;Left on</source>
        <translation>ထွက်ခွာသည့်ရက် (&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="45"/>
        <source>Services &amp;received (one per line)</source>
        <translation>ရရှိခဲ့သော ဝန်ဆောင်မှုများ (တစ်ကြောင်းလျှင် တစ်ခု) (&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="48"/>
        <source>Re&amp;ferrals (one per line)</source>
        <translation>လွှဲပြောင်းပေးခြင်းများ (တစ်ကြောင်းလျှင် တစ်ခု) (&amp;F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="49"/>
        <source>Security &amp;measures</source>
        <translation>လုံခြုံရေး အစီအမံများ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="55"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>ရက်စွဲ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="56"/>
        <source>Service</source>
        <translation>ဝန်ဆောင်မှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="57"/>
        <source>Voluntary test</source>
        <translation>ဆန္ဒအလျောက် စစ်ဆေးမှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="58"/>
        <source>Consented</source>
        <translation>သဘောတူထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="59"/>
        <source>Note</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="70"/>
        <source>Add medical entry</source>
        <translation>ဆေးဘက်ဆိုင်ရာ မှတ်တမ်း ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="72"/>
        <source>Remove medical entry</source>
        <translation>ဆေးဘက်ဆိုင်ရာ မှတ်တမ်း ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="79"/>
        <source>Medical care (testing only ever voluntary)</source>
        <translation>ဆေးကုသစောင့်ရှောက်မှု (ဆေးစစ်ခြင်းသည် အမြဲတမ်း ဆန္ဒအလျောက်သာ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="139"/>
        <source>Medical entry: {message}</source>
        <translation>ဆေးဘက်ဆိုင်ရာ မှတ်တမ်း - {message}</translation>
    </message>
</context>
<context>
    <name>StageTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="73"/>
        <source>Note for the history (optional)</source>
        <translation>မှတ်တမ်းသမိုင်းအတွက် မှတ်ချက် (ထည့်ချင်မှ ထည့်ပါ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="74"/>
        <source>Move the case to</source>
        <translation>ကိစ္စရပ်ကို ရွှေ့မည့်အဆင့်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="76"/>
        <source>&amp;Change stage</source>
        <translation>အဆင့် ပြောင်းရန် (&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="80"/>
        <source>Why the case is closed</source>
        <translation>ကိစ္စရပ်ကို ပိတ်သိမ်းရသည့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="81"/>
        <source>Why is the case closed? Choose a reason…</source>
        <translation>ကိစ္စရပ်ကို ဘာကြောင့် ပိတ်သိမ်းသလဲ။ အကြောင်းရင်း ရွေးချယ်ပါ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>Who</source>
        <translation>ဆောင်ရွက်သူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>What</source>
        <translation>အကြောင်းအရာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>Details</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="101"/>
        <source>Move to</source>
        <translation>ရွှေ့မည့်အဆင့်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="108"/>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="112"/>
        <source>Caseworker</source>
        <translation>ကိစ္စရပ်တာဝန်ခံဝန်ထမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="109"/>
        <source>&amp;Assign</source>
        <translation>တာဝန်ပေးရန် (&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="125"/>
        <source>Timeline</source>
        <translation>အချိန်လိုက် မှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="129"/>
        <source>Current stage: {stage}</source>
        <translation>လက်ရှိအဆင့် - {stage}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="156"/>
        <source>{reference} is now assigned to {name}.</source>
        <translation>{reference} ကို ယခု {name} ထံ တာဝန်ပေးထားပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="165"/>
        <source>Stage: {old} → {new}</source>
        <translation>အဆင့် - {old} → {new}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="202"/>
        <source>Choose why the case is closed, beside &quot;Move to&quot;.</source>
        <translation>“ရွှေ့မည့်အဆင့်” ဘေးတွင် ကိစ္စရပ်ကို ပိတ်သိမ်းရသည့် အကြောင်းရင်းကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="224"/>
        <source>The case cannot move to {stage} yet:</source>
        <translation>ကိစ္စရပ်ကို {stage} အဆင့်သို့ မရွှေ့နိုင်သေးပါ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="234"/>
        <source>Moved to {stage}.</source>
        <translation>{stage} အဆင့်သို့ ရွှေ့ပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="33"/>
        <source>Today</source>
        <translation>ယနေ့</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="42"/>
        <source>Everything</source>
        <translation>အားလုံး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="46"/>
        <source>&amp;Refresh</source>
        <translation>ပြန်လည်ဖော်ပြရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="52"/>
        <source>Due</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="53"/>
        <source>What</source>
        <translation>အကြောင်းအရာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="54"/>
        <source>Reference</source>
        <translation>ရည်ညွှန်းနံပါတ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="55"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="56"/>
        <source>Next step</source>
        <translation>နောက်တစ်ဆင့် လုပ်ဆောင်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="85"/>
        <source>Looking for what needs action…</source>
        <translation>လုပ်ဆောင်ရန် လိုအပ်သည်များကို ရှာဖွေနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="97"/>
        <source>The list could not be loaded.</source>
        <translation>စာရင်းကို ဖွင့်၍ မရပါ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="106"/>
        <source>%n item(s) need action</source>
        <translation>
            <numerusform>လုပ်ဆောင်ရန် လိုအပ်သည့် အရာ %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="108"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>သတ်မှတ်ရက် ကျော်လွန် %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="110"/>
        <source>the first %n are listed, overdue first</source>
        <translation>
            <numerusform>ပထမ %n ခုကို ပြထားသည်၊ ရက်လွန်နေသည်များ အရင်</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="113"/>
        <source>Nothing needs action now: no visits due within a week, no departures blocked, no messages waiting for an answer.</source>
        <translation>ယခု လုပ်ဆောင်ရန် မရှိပါ- တစ်ပတ်အတွင်း နောက်ဆက်တွဲ သွားရောက်တွေ့ဆုံမှု မရှိ၊ ပိတ်ဆို့ထားသော ထွက်ခွာမှု မရှိ၊ အဖြေစောင့်နေသော စာ မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="119"/>
        <source>overdue</source>
        <translation>သတ်မှတ်ရက် ကျော်လွန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="120"/>
        <source>child</source>
        <translation>ကလေးသူငယ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="132"/>
        <source>Record a supervisor&apos;s decision on the risk finding</source>
        <translation>အန္တရာယ် တွေ့ရှိချက်အပေါ် ကြီးကြပ်သူ၏ ဆုံးဖြတ်ချက်ကို မှတ်တမ်းတင်ရန်</translation>
    </message>
</context>
<context>
    <name>TravelTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="60"/>
        <source>Itinerary (local times)</source>
        <translation>ခရီးစဉ် (ဒေသစံတော်ချိန်များ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="66"/>
        <source>Mode</source>
        <translation>ခရီးသွားနည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="67"/>
        <source>From</source>
        <translation>စထွက်ရာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="68"/>
        <source>To</source>
        <translation>ဆိုက်ရောက်ရာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="69"/>
        <source>Departs</source>
        <translation>ထွက်ခွာချိန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="70"/>
        <source>Arrives</source>
        <translation>ဆိုက်ရောက်ချိန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="71"/>
        <source>Carrier</source>
        <translation>ခရီးသည်တင် ကုမ္ပဏီ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="72"/>
        <source>Escort</source>
        <translation>လိုက်ပါပို့ဆောင်သူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="82"/>
        <source>Add leg</source>
        <translation>ခရီးစဉ်အပိုင်း ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="83"/>
        <source>Edit leg</source>
        <translation>ခရီးစဉ်အပိုင်း ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="84"/>
        <source>Remove leg</source>
        <translation>ခရီးစဉ်အပိုင်း ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="102"/>
        <source>Arrival and travel grant</source>
        <translation>ဆိုက်ရောက်ခြင်းနှင့် ခရီးစရိတ်ထောက်ပံ့ငွေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="111"/>
        <source>Destination country</source>
        <translation>ခရီးဆုံး နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="112"/>
        <source>Met on arrival by</source>
        <translation>ရောက်ရှိချိန်တွင် လာကြိုမည့်သူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="113"/>
        <source>Transit assistance</source>
        <translation>ခရီးဖြတ်သန်းစဉ် အကူအညီ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="114"/>
        <source>Travel grant</source>
        <translation>ခရီးစရိတ်ထောက်ပံ့ငွေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="115"/>
        <source>Grant details</source>
        <translation>ထောက်ပံ့ငွေ အသေးစိတ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="116"/>
        <source>Save arrival and grant</source>
        <translation>ဆိုက်ရောက်ခြင်းနှင့် ထောက်ပံ့ငွေကို သိမ်းဆည်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="155"/>
        <source>No travel warnings.</source>
        <translation>ခရီးသွားလာရေး သတိပေးချက် မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="157"/>
        <source>No legs yet: add the first one.</source>
        <translation>ခရီးစဉ်အပိုင်း မရှိသေးပါ - ပထမအပိုင်းကို ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>UsersBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>User name</source>
        <translation>အသုံးပြုသူအမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Name shown</source>
        <translation>ပြသမည့်အမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="93"/>
        <source>&amp;Add a user…</source>
        <translation>အသုံးပြုသူ ထည့်ရန်… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="95"/>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="174"/>
        <source>&amp;Disable</source>
        <translation>အသုံးပြုခွင့် ပိတ်ရန် (&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="98"/>
        <source>Role of the chosen user</source>
        <translation>ရွေးထားသော အသုံးပြုသူ၏ အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="101"/>
        <source>Change the &amp;role</source>
        <translation>အခန်းကဏ္ဍ ပြောင်းရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="103"/>
        <source>Re&amp;move…</source>
        <translation>ဖယ်ရှားရန်… (&amp;M)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="105"/>
        <source>New recovery &amp;key…</source>
        <translation>ပြန်လည်ဖွင့်ရန်သော့ အသစ်… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="107"/>
        <source>&amp;Change the vault&apos;s key</source>
        <translation>လုံခြုံသိုလှောင်ခန်း၏ သော့ကို ပြောင်းရန် (&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="110"/>
        <source>Done by itself when a user is removed. Needs the vault closed in every other window and &apos;rrr&apos; command.</source>
        <translation>အသုံးပြုသူကို ဖယ်ရှားသည့်အခါ အလိုအလျောက် လုပ်ဆောင်သည်။ အခြားဝင်းဒိုးအားလုံးနှင့် &apos;rrr&apos; ညွှန်ကြားချက်အားလုံးတွင် လုံခြုံသိုလှောင်ခန်းကို ပိတ်ထားရန် လိုအပ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="119"/>
        <source>Removing a user deletes their key and changes the vault&apos;s key, so a copy of their key taken earlier opens nothing made from now on. Their name stays in the audit log.</source>
        <translation>အသုံးပြုသူကို ဖယ်ရှားပါက ၎င်း၏ သော့ကို ဖျက်ပြီး လုံခြုံသိုလှောင်ခန်း၏ သော့ကို ပြောင်းလဲမည် ဖြစ်သောကြောင့် ယခင်က ယူထားသော ၎င်း၏ သော့မိတ္တူဖြင့် ယခုမှစ၍ ပြုလုပ်သည့် မည်သည့်အရာကိုမျှ ဖွင့်နိုင်မည် မဟုတ်ပါ။ ၎င်း၏ အမည်သည် လုပ်ဆောင်ချက် မှတ်တမ်းတွင် ဆက်ရှိနေမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="156"/>
        <source>active</source>
        <translation>အသုံးပြုခွင့်ရှိ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="156"/>
        <source>disabled</source>
        <translation>အသုံးပြုခွင့် ပိတ်ထား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="174"/>
        <source>&amp;Enable</source>
        <translation>အသုံးပြုခွင့် ပြန်ဖွင့်ရန် (&amp;E)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="189"/>
        <source>That did not work ({kind}).</source>
        <translation>ထိုလုပ်ဆောင်ချက် မအောင်မြင်ပါ ({kind})။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="207"/>
        <source>The two passphrases are not the same.</source>
        <translation>စကားဝှက်စာကြောင်း နှစ်ခု မတူညီပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="217"/>
        <source>Adding the user…</source>
        <translation>အသုံးပြုသူကို ထည့်နေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="223"/>
        <source>{user} can now unlock this vault.</source>
        <translation>{user} သည် ယခု ဤလုံခြုံသိုလှောင်ခန်းကို သော့ဖွင့်နိုင်ပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="236"/>
        <source>{user} is disabled: their passphrase opens nothing.</source>
        <translation>{user} ၏ အသုံးပြုခွင့်ကို ပိတ်ထားသည် - ၎င်း၏ စကားဝှက်စာကြောင်းဖြင့် မည်သည့်အရာကိုမျှ ဖွင့်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="240"/>
        <source>{user} can unlock again.</source>
        <translation>{user} သည် သော့ပြန်ဖွင့်နိုင်ပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="255"/>
        <source>{user} is now: {role}.</source>
        <translation>{user} သည် ယခု - {role} ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="265"/>
        <source>Remove the user?</source>
        <translation>အသုံးပြုသူကို ဖယ်ရှားမလား။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="267"/>
        <source>Remove {user}? Their key is deleted and the vault&apos;s key is changed (this takes a moment). Backups made before keep the old key.</source>
        <translation>{user} ကို ဖယ်ရှားမလား။ ၎င်း၏ သော့ကို ဖျက်ပြီး လုံခြုံသိုလှောင်ခန်း၏ သော့ကို ပြောင်းလဲပါမည် (အချိန်အနည်းငယ် ကြာပါမည်)။ ယခင်က ပြုလုပ်ထားသော အရန်မိတ္တူများတွင် သော့ဟောင်း ဆက်ရှိနေမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="280"/>
        <source>Removing the user and changing the vault&apos;s key…</source>
        <translation>အသုံးပြုသူကို ဖယ်ရှားပြီး လုံခြုံသိုလှောင်ခန်း၏ သော့ကို ပြောင်းလဲနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="286"/>
        <source>{user} was removed; the vault&apos;s key was changed.</source>
        <translation>{user} ကို ဖယ်ရှားပြီးပါပြီ။ လုံခြုံသိုလှောင်ခန်း၏ သော့ကို ပြောင်းလဲပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="295"/>
        <source>Changing the vault&apos;s key…</source>
        <translation>လုံခြုံသိုလှောင်ခန်း၏ သော့ကို ပြောင်းလဲနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="301"/>
        <source>The vault&apos;s key was changed: earlier copies of the key slots open nothing.</source>
        <translation>လုံခြုံသိုလှောင်ခန်း၏ သော့ကို ပြောင်းလဲပြီးပါပြီ- သော့နေရာများ၏ ယခင်မိတ္တူများဖြင့် မည်သည့်အရာကိုမျှ ဖွင့်၍ မရတော့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="308"/>
        <source>New recovery key?</source>
        <translation>ပြန်လည်ဖွင့်ရန်သော့ အသစ် ပြုလုပ်မလား။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="310"/>
        <source>A new recovery key is made and shown once; the old one stops working. Continue?</source>
        <translation>ပြန်လည်ဖွင့်ရန်သော့ အသစ်ကို ပြုလုပ်ပြီး တစ်ကြိမ်သာ ပြသပါမည်။ သော့ဟောင်းသည် အလုပ်မလုပ်တော့ပါ။ ဆက်လုပ်မလား။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="321"/>
        <source>Making a new recovery key…</source>
        <translation>ပြန်လည်ဖွင့်ရန်သော့ အသစ် ပြုလုပ်နေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="325"/>
        <source>A new recovery key was made; the old one no longer works.</source>
        <translation>ပြန်လည်ဖွင့်ရန်သော့ အသစ် ပြုလုပ်ပြီးပါပြီ။ သော့ဟောင်းသည် အလုပ်မလုပ်တော့ပါ။</translation>
    </message>
</context>
<context>
    <name>VaultAdminBox</name>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="34"/>
        <source>Vault</source>
        <translation>လုံခြုံသိုလှောင်ခန်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="36"/>
        <source>&amp;Back up to a folder…</source>
        <translation>ဖိုဒါတစ်ခုသို့ အရန်မိတ္တူ ကူးရန်… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="43"/>
        <source>&amp;Restore from a backup…</source>
        <translation>အရန်မိတ္တူမှ ပြန်လည်ရယူရန်… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="46"/>
        <source>&amp;Change my passphrase</source>
        <translation>ကျွန်ုပ်၏ စကားဝှက်စာကြောင်းကို ပြောင်းရန် (&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="54"/>
        <source>An encrypted copy; it opens with the same passphrases.</source>
        <translation>ကုဒ်ဝှက်ထားသော မိတ္တူ ဖြစ်သည်။ တူညီသော စကားဝှက်စာကြောင်းများဖြင့် ဖွင့်နိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="59"/>
        <source>Current passphrase</source>
        <translation>လက်ရှိ စကားဝှက်စာကြောင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="60"/>
        <source>New passphrase</source>
        <translation>စကားဝှက်စာကြောင်း အသစ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="61"/>
        <source>Repeat new passphrase</source>
        <translation>စကားဝှက်စာကြောင်း အသစ်ကို ထပ်ရိုက်ပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="69"/>
        <source>Typing it also destroys the real key slots on this laptop</source>
        <translation>၎င်းကို ရိုက်ထည့်ပါက ဤလက်ပ်တော့ပေါ်ရှိ အစစ်အမှန် သော့နေရာများကိုလည်း ဖျက်ဆီးမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="71"/>
        <source>Set the &amp;duress passphrase</source>
        <translation>အရေးပေါ် စကားဝှက်စာကြောင်း သတ်မှတ်ရန်(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="76"/>
        <source>A duress passphrase, typed at the lock screen when someone forces you to unlock, opens an empty vault of this organisation instead of this one.</source>
        <translation>တစ်စုံတစ်ယောက်က သင့်ကို သော့ဖွင့်ရန် အတင်းအကျပ်ခိုင်းသောအခါ သော့ခတ်မျက်နှာပြင်တွင် ရိုက်ထည့်သော အရေးပေါ် စကားဝှက်စာကြောင်းသည် ဤလုံခြုံသိုလှောင်ခန်းအစား ဤအဖွဲ့အစည်း၏ လုံခြုံသိုလှောင်ခန်း အလွတ်တစ်ခုကို ဖွင့်ပေးသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="83"/>
        <source>Duress passphrase</source>
        <translation>အရေးပေါ် စကားဝှက်စာကြောင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="84"/>
        <source>Repeat duress passphrase</source>
        <translation>အရေးပေါ် စကားဝှက်စာကြောင်း ထပ်ရိုက်ပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="93"/>
        <source>Choose an empty folder</source>
        <translation>ဗလာဖိုဒါတစ်ခုကို ရွေးချယ်ပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="98"/>
        <source>Choose the backup folder</source>
        <translation>အရန်မိတ္တူ ဖိုဒါကို ရွေးချယ်ပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="111"/>
        <source>The backup was made on {made}.</source>
        <translation>အရန်မိတ္တူကို {made} တွင် ပြုလုပ်ခဲ့သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="112"/>
        <source>The vault here was last changed on {changed}.</source>
        <translation>ဤနေရာရှိ လုံခြုံသိုလှောင်ခန်းကို နောက်ဆုံး {changed} တွင် ပြောင်းလဲခဲ့သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="116"/>
        <source>There is no vault here yet.</source>
        <translation>ဤနေရာတွင် လုံခြုံသိုလှောင်ခန်း မရှိသေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="119"/>
        <source>The backup is of ANOTHER vault.</source>
        <translation>ဤအရန်မိတ္တူသည် အခြား လုံခြုံသိုလှောင်ခန်းတစ်ခု၏ အရန်မိတ္တူ ဖြစ်သည် (ဤနေရာရှိ လုံခြုံသိုလှောင်ခန်း၏ အရန်မိတ္တူ မဟုတ်ပါ)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="121"/>
        <source>Changes made here after the backup will be set aside.</source>
        <translation>အရန်မိတ္တူ ပြုလုပ်ပြီးနောက် ဤနေရာတွင် ပြုလုပ်ခဲ့သော ပြောင်းလဲမှုများကို သီးခြား ဖယ်ထားပါမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="124"/>
        <source>RRR Desktop locks, restores the backup, and keeps the vault it replaces in a folder beside it. Restore now?</source>
        <translation>RRR Desktop သည် သော့ခတ်ပြီး အရန်မိတ္တူကို ပြန်လည်ရယူကာ အစားထိုးခံရမည့် လုံခြုံသိုလှောင်ခန်းကို ၎င်း၏ ဘေးရှိ ဖိုဒါတစ်ခုတွင် သိမ်းထားပါမည်။ ယခု ပြန်လည်ရယူမလား။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="130"/>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="139"/>
        <source>Restore from a backup</source>
        <translation>အရန်မိတ္တူမှ ပြန်လည်ရယူရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="141"/>
        <source>Your passphrase in the backup. The backup is opened and checked with it before anything here is replaced.</source>
        <translation>အရန်မိတ္တူထဲရှိ သင်၏ စကားဝှက်စာကြောင်း။ ဤနေရာရှိ မည်သည့်အရာကိုမျှ အစားမထိုးမီ ၎င်းဖြင့် အရန်မိတ္တူကို ဖွင့်ပြီး စစ်ဆေးပါမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="153"/>
        <source>Writing the encrypted backup…</source>
        <translation>ကုဒ်ဝှက်ထားသော အရန်မိတ္တူကို ရေးသားနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="159"/>
        <source>Backup written to {folder}.</source>
        <translation>အရန်မိတ္တူကို {folder} တွင် ရေးသားပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="166"/>
        <source>The two new passphrases differ.</source>
        <translation>စကားဝှက်စာကြောင်း အသစ် နှစ်ခု မတူညီပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="169"/>
        <source>Changing the passphrase…</source>
        <translation>စကားဝှက်စာကြောင်းကို ပြောင်းနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="174"/>
        <source>Passphrase changed.</source>
        <translation>စကားဝှက်စာကြောင်း ပြောင်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="179"/>
        <source>The two duress passphrases differ.</source>
        <translation>အရေးပေါ် စကားဝှက်စာကြောင်း နှစ်ခု မတူပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="182"/>
        <source>Setting the duress passphrase…</source>
        <translation>အရေးပေါ် စကားဝှက်စာကြောင်း သတ်မှတ်နေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="190"/>
        <source>Duress passphrase set.</source>
        <translation>အရေးပေါ် စကားဝှက်စာကြောင်း သတ်မှတ်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="215"/>
        <source>That did not work; nothing was changed.</source>
        <translation>မအောင်မြင်ပါ။ မည်သည့်အရာကိုမျှ ပြောင်းလဲခြင်း မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>casetabs</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="46"/>
        <source>Person</source>
        <translation>ကိုယ်ရေးအချက်အလက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="47"/>
        <source>Intake</source>
        <translation>လက်ခံစာရင်းသွင်းခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="48"/>
        <source>Shelter &amp; care</source>
        <translation>ခိုလှုံရာဂေဟာ &amp; စောင့်ရှောက်မှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="49"/>
        <source>Consent</source>
        <translation>သဘောတူညီချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="50"/>
        <source>Stage &amp; history</source>
        <translation>အဆင့် &amp; မှတ်တမ်းသမိုင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="80"/>
        <source>This tab could not be opened ({kind}).</source>
        <translation>ဤတက်ဘ်ကို ဖွင့်၍ မရပါ ({kind})။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/__init__.py" line="16"/>
        <source>Print</source>
        <translation>ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/__init__.py" line="23"/>
        <source>Reintegration plan</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး အစီအစဉ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/__init__.py" line="24"/>
        <source>Follow-up</source>
        <translation>နောက်ဆက်တွဲ စောင့်ကြည့်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="11"/>
        <source>Risk assessment</source>
        <translation>အန္တရာယ် အကဲဖြတ်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="13"/>
        <source>Pre-departure checklist</source>
        <translation>ထွက်ခွာမီ စစ်ဆေးရန်စာရင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="15"/>
        <source>Travel</source>
        <translation>ခရီးသွားလာရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="16"/>
        <source>Messages</source>
        <translation>စာများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/__init__.py" line="23"/>
        <source>Notes &amp; contacts</source>
        <translation>မှတ်စုများ &amp; ဆက်သွယ်မှုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/__init__.py" line="24"/>
        <source>Files</source>
        <translation>ပူးတွဲဖိုင်များ</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="11"/>
        <source>The person understands and consents to every departure procedure.</source>
        <translation>အကူအညီရယူသူသည် ထွက်ခွာမှုဆိုင်ရာ လုပ်ထုံးလုပ်နည်းအားလုံးကို နားလည်ပြီး သဘောတူသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="14"/>
        <source>A safe place to stay on arrival, at least temporary, has been agreed with the person.</source>
        <translation>ရောက်ရှိချိန်တွင် အနည်းဆုံး ယာယီနေထိုင်ရန် လုံခြုံသောနေရာကို အကူအညီရယူသူနှင့် သဘောတူညီထားပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="18"/>
        <source>Every legal, administrative, identity and travel document is in hand.</source>
        <translation>ဥပဒေဆိုင်ရာ၊ စီမံခန့်ခွဲရေးဆိုင်ရာ၊ ကိုယ်ရေးအထောက်အထားနှင့် ခရီးသွားစာရွက်စာတမ်း အားလုံး လက်ထဲတွင် ရှိပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="21"/>
        <source>Service referrals and follow-up care have been explained and given to the person.</source>
        <translation>ဝန်ဆောင်မှုများသို့ လွှဲပြောင်းပေးခြင်းနှင့် နောက်ဆက်တွဲ စောင့်ရှောက်မှုများကို အကူအညီရယူသူအား ရှင်းပြပြီး ပေးအပ်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="25"/>
        <source>Documents and security information have been sent to the receiving organisation.</source>
        <translation>စာရွက်စာတမ်းများနှင့် လုံခြုံရေးဆိုင်ရာ သတင်းအချက်အလက်များကို လက်ခံမည့်အဖွဲ့အစည်းထံ ပေးပို့ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="29"/>
        <source>Travel and services through partners in transit or at home are confirmed in advance, and the recommendations were sent and received.</source>
        <translation>ခရီးဖြတ်သန်းရာနေရာ သို့မဟုတ် နေရပ်ရှိ မိတ်ဖက်များမှတစ်ဆင့် ခရီးသွားလာရေးနှင့် ဝန်ဆောင်မှုများကို ကြိုတင်အတည်ပြုထားပြီး အကြံပြုချက်များကို ပေးပို့၍ လက်ခံရရှိပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="34"/>
        <source>The person holds copies of their own documents (medical care, case progress).</source>
        <translation>အကူအညီရယူသူသည် မိမိ၏ စာရွက်စာတမ်းမိတ္တူများ (ဆေးကုသမှု၊ ကိစ္စရပ် တိုးတက်မှု) ကို ကိုင်ဆောင်ထားသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="38"/>
        <source>The person has been told every step of departure, transport and follow-up.</source>
        <translation>ထွက်ခွာခြင်း၊ သယ်ယူပို့ဆောင်ခြင်းနှင့် နောက်ဆက်တွဲ စောင့်ကြည့်ခြင်း အဆင့်တိုင်းကို အကူအညီရယူသူအား ပြောပြပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="46"/>
        <source>Told their rights, options and the rules of return.</source>
        <translation>မိမိ၏ အခွင့်အရေးများ၊ ရွေးချယ်စရာများနှင့် နေရပ်ပြန်ခြင်းဆိုင်ရာ စည်းမျဉ်းများကို ပြောပြပြီး။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="49"/>
        <source>Given the phone number of the receiving organisation and a named contact person.</source>
        <translation>လက်ခံမည့်အဖွဲ့အစည်း၏ ဖုန်းနံပါတ်နှင့် ဆက်သွယ်ရမည့်သူ၏ အမည်ကို ပေးအပ်ပြီး။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="53"/>
        <source>Told about the travel grant, if any.</source>
        <translation>ခရီးစရိတ်ထောက်ပံ့ငွေ ရှိပါက ၎င်းအကြောင်း ပြောပြပြီး။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="54"/>
        <source>Told that alcohol is not allowed on the journey, especially with medication.</source>
        <translation>ခရီးသွားစဉ် အရက်သေစာ မသောက်ရကြောင်း၊ အထူးသဖြင့် ဆေးသောက်နေစဉ် မသောက်ရကြောင်း ပြောပြပြီး။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="57"/>
        <source>Told what help is realistically available at home.</source>
        <translation>နေရပ်တွင် လက်တွေ့ ရရှိနိုင်သော အကူအညီများကို ပြောပြပြီး။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="60"/>
        <source>Told that the final reintegration plan is made by the receiving side.</source>
        <translation>နောက်ဆုံး ပြန်လည်ပေါင်းစည်းရေး အစီအစဉ်ကို လက်ခံမည့်ဘက်က ရေးဆွဲမည် ဖြစ်ကြောင်း ပြောပြပြီး။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="63"/>
        <source>Given contact details of NGOs, lawyers, social welfare and a law-enforcement office at home.</source>
        <translation>နေရပ်ရှိ အစိုးရမဟုတ်သော အဖွဲ့အစည်းများ၊ ရှေ့နေများ၊ လူမှုဝန်ထမ်းဌာနနှင့် ဥပဒေစိုးမိုးရေးရုံးတစ်ခု၏ ဆက်သွယ်ရန် အချက်အလက်များကို ပေးအပ်ပြီး။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="68"/>
        <source>Asked whether they want to be met by a local NGO on arrival.</source>
        <translation>ရောက်ရှိချိန်တွင် ဒေသခံ အစိုးရမဟုတ်သော အဖွဲ့အစည်းက လာကြိုစေလိုခြင်း ရှိမရှိ မေးမြန်းပြီး။</translation>
    </message>
</context>
<context>
    <name>consent_effects</name>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="15"/>
        <source>Return cannot be marked ready and the person cannot depart.</source>
        <translation>နေရပ်ပြန်ခြင်းကို အဆင်သင့်ဟု မှတ်၍ မရဘဲ အကူအညီရယူသူလည်း ထွက်ခွာ၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="18"/>
        <source>The checklist tick &apos;consents to every departure procedure&apos; is removed.</source>
        <translation>စစ်ဆေးရန်စာရင်းရှိ &apos;ထွက်ခွာမှုဆိုင်ရာ လုပ်ထုံးလုပ်နည်းအားလုံးကို သဘောတူသည်&apos; အမှန်ခြစ်ကို ဖယ်ရှားပါမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="24"/>
        <source>Nothing more may be shared with the receiving organisation; departure is blocked.</source>
        <translation>လက်ခံမည့်အဖွဲ့အစည်းနှင့် မည်သည့်အချက်အလက်ကိုမျှ ထပ်မံ မျှဝေခွင့် မရှိတော့ပါ။ ထွက်ခွာခြင်းကို တားဆီးထားသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="30"/>
        <source>The embassy may not be contacted; no travel-document request letter can be made.</source>
        <translation>သံရုံးကို ဆက်သွယ်ခွင့် မရှိပါ။ ခရီးသွားစာရွက်စာတမ်း တောင်းခံစာကို ပြုလုပ်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="36"/>
        <source>Letters to the embassy no longer mention trafficking.</source>
        <translation>သံရုံးသို့ ပေးပို့သော စာများတွင် လူကုန်ကူးမှုအကြောင်း မဖော်ပြတော့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="41"/>
        <source>The person is no longer to be met on arrival by an NGO.</source>
        <translation>ရောက်ရှိချိန်တွင် အစိုးရမဟုတ်သော အဖွဲ့အစည်းက အကူအညီရယူသူကို လာကြိုရန် မရှိတော့ပါ။</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../rrr_desktop/ui/crash.py" line="32"/>
        <source>Something went wrong</source>
        <translation>တစ်စုံတစ်ရာ မှားယွင်းသွားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/crash.py" line="33"/>
        <source>Something went wrong ({kind}). What was saved is safe in the vault; lock and unlock (Ctrl+L) to keep any typing not yet saved, and tell your administrator.</source>
        <translation>တစ်စုံတစ်ရာ မှားယွင်းသွားသည် ({kind})။ သိမ်းဆည်းပြီးသော အရာများသည် လုံခြုံသိုလှောင်ခန်းထဲတွင် ဘေးကင်းစွာ ရှိနေပါသည်။ မသိမ်းဆည်းရသေးသော ရိုက်ထည့်ထားသည့် စာများ မပျောက်စေရန် သော့ခတ်ပြီး သော့ပြန်ဖွင့်ပါ (Ctrl+L)၊ ထို့နောက် သင်၏ စီမံခန့်ခွဲသူကို အကြောင်းကြားပါ။</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="111"/>
        <source>Line {line}: the column &apos;{column}&apos; is empty.</source>
        <translation>စာကြောင်း {line} - &apos;{column}&apos; ကော်လံ ဗလာ ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="119"/>
        <source>Line {line}: unknown type &apos;{value}&apos;; use one of {allowed}.</source>
        <translation>စာကြောင်း {line} - အမျိုးအစား &apos;{value}&apos; ကို မသိပါ။ {allowed} ထဲမှ တစ်ခုကို သုံးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="129"/>
        <source>Line {line}: the country must be a two-letter ISO code such as KH.</source>
        <translation>စာကြောင်း {line} - နိုင်ငံသည် KH ကဲ့သို့ စာလုံးနှစ်လုံးပါ ISO ကုဒ် ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="140"/>
        <source>Line {line}: the date last verified must look like 2026-05-31.</source>
        <translation>စာကြောင်း {line} - နောက်ဆုံး စစ်ဆေးအတည်ပြုသည့်ရက်စွဲကို 2026-05-31 ပုံစံဖြင့် ရေးရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="147"/>
        <source>Line {line}: is_example must be yes or no.</source>
        <translation>စာကြောင်း {line} - is_example သည် yes သို့မဟုတ် no ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="169"/>
        <source>Line {line}: the column &apos;{column}&apos; is not valid.</source>
        <translation>စာကြောင်း {line} - &apos;{column}&apos; ကော်လံ မမှန်ကန်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="184"/>
        <source>The file has no header row with the columns name, type and country.</source>
        <translation>ဖိုင်တွင် name၊ type နှင့် country ကော်လံများ ပါသော ခေါင်းစီးအတန်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="195"/>
        <source>A line of the file cannot be read (a cell larger than 128 KiB or a control character); nothing was imported.</source>
        <translation>ဖိုင်ရှိ စာကြောင်းတစ်ကြောင်းကို ဖတ်၍ မရပါ (128 KiB ထက် ကြီးသော ဆဲလ် သို့မဟုတ် ထိန်းချုပ်အက္ခရာ (control character) ပါနေသည်)။ မည်သည့်အရာကိုမျှ တင်သွင်းခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="215"/>
        <source>Line {line}: more cells than columns (a comma inside an unquoted cell?).</source>
        <translation>စာကြောင်း {line} - ကော်လံထက် ဆဲလ်များ ပိုနေသည် (မျက်တောင်အဖွင့်အပိတ် မပါသော ဆဲလ်ထဲတွင် ကော်မာ ပါနေသလား)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="231"/>
        <source>Line {line}: the id is already used on line {other}.</source>
        <translation>စာကြောင်း {line} - ဤ id ကို စာကြောင်း {other} တွင် အသုံးပြုပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="210"/>
        <source>Line {line}: this id belongs to another record; clear it.</source>
        <translation>စာကြောင်း {line} - ဤ id သည် အခြားမှတ်တမ်းတစ်ခုနှင့် သက်ဆိုင်သည်။ ထိုစာကြောင်းရှိ id ကို ဖယ်ရှား၍ ကွက်လပ်ထားပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="222"/>
        <source>Line {line}: this entry was verified by a person; only a supervisor may change it.</source>
        <translation>စာကြောင်း {line} - ဤအချက်အလက်ကို လူတစ်ဦးက စစ်ဆေးအတည်ပြုထားသည်။ ကြီးကြပ်သူသာ ၎င်းကို ပြောင်းလဲခွင့်ရှိသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="38"/>
        <source>Directory entry</source>
        <translation>လမ်းညွှန်စာရင်း အချက်အလက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="54"/>
        <source>shelter; legal aid; counselling</source>
        <translation>ခိုလှုံရာဂေဟာ; ဥပဒေအကူအညီ; စိတ်ပိုင်းဆိုင်ရာ အကြံပေးခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="56"/>
        <source>Verified on</source>
        <translation>စစ်ဆေးအတည်ပြုသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="66"/>
        <source>Still an example (not a real, checked organisation)</source>
        <translation>နမူနာသာ ဖြစ်သေးသည် (စစ်ဆေးထားသော အစစ်အမှန် အဖွဲ့အစည်း မဟုတ်ပါ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="74"/>
        <source>⚠ This is an example entry: replace its name and details with a real organisation you have checked.</source>
        <translation>⚠ ဤအချက်အလက်သည် နမူနာ ဖြစ်သည် - ၎င်း၏ အမည်နှင့် အသေးစိတ်ကို သင်စစ်ဆေးထားသော အစစ်အမှန် အဖွဲ့အစည်းဖြင့် အစားထိုးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="87"/>
        <source>Name:</source>
        <translation>အမည်:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="88"/>
        <source>Type:</source>
        <translation>အမျိုးအစား:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="89"/>
        <source>Country:</source>
        <translation>နိုင်ငံ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="90"/>
        <source>Region or province:</source>
        <translation>ဒေသ သို့မဟုတ် ပြည်နယ်/တိုင်း:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="91"/>
        <source>Address:</source>
        <translation>လိပ်စာ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="92"/>
        <source>Phone:</source>
        <translation>ဖုန်း:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="93"/>
        <source>E-mail:</source>
        <translation>အီးမေးလ်:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="94"/>
        <source>Contact person:</source>
        <translation>ဆက်သွယ်ရမည့်သူ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="95"/>
        <source>Languages:</source>
        <translation>ဘာသာစကားများ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="96"/>
        <source>Services:</source>
        <translation>ဝန်ဆောင်မှုများ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="99"/>
        <source>Last verified:</source>
        <translation>နောက်ဆုံး စစ်ဆေးအတည်ပြုသည့်ရက်:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="100"/>
        <source>Notes:</source>
        <translation>မှတ်ချက်များ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="177"/>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="182"/>
        <source>Not saved</source>
        <translation>မသိမ်းဆည်းရပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="178"/>
        <source>An entry needs at least a name.</source>
        <translation>အချက်အလက်တစ်ခုတွင် အနည်းဆုံး အမည် ပါရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="33"/>
        <source>Import the directory from CSV</source>
        <translation>CSV မှ လမ်းညွှန်စာရင်းကို တင်သွင်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="44"/>
        <source>⚠ {refused} row(s) are refused. Nothing will be imported until the file is corrected ({new} new and {updated} updated entries are otherwise ready).</source>
        <translation>⚠ အတန်း {refused} တန်းကို ငြင်းပယ်ထားသည်။ ဖိုင်ကို ပြင်ဆင်ပြီးသည်အထိ မည်သည့်အရာကိုမျှ တင်သွင်းမည် မဟုတ်ပါ (ကျန်သည့် အသစ် {new} ခုနှင့် ပြင်ဆင်ထားသော {updated} ခုမှာ အဆင်သင့် ဖြစ်နေသည်)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="53"/>
        <source>The file holds no directory entries.</source>
        <translation>ဖိုင်တွင် လမ်းညွှန်စာရင်း အချက်အလက် မပါရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="57"/>
        <source>Ready: {new} new and {updated} updated entries. Entries without a recent verification date will be flagged.</source>
        <translation>အဆင်သင့် - အသစ် {new} ခုနှင့် ပြင်ဆင်ထားသော {updated} ခု။ မကြာသေးမီက စစ်ဆေးအတည်ပြုသည့်ရက်စွဲ မရှိသော အချက်အလက်များကို အမှတ်အသား ပြုလုပ်ပါမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="67"/>
        <source>Line</source>
        <translation>စာကြောင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="68"/>
        <source>Why it was refused</source>
        <translation>ငြင်းပယ်ခဲ့ရသည့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="85"/>
        <source>Entry</source>
        <translation>လမ်းညွှန်စာရင်း အချက်အလက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="86"/>
        <source>Field</source>
        <translation>အကွက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="87"/>
        <source>Now</source>
        <translation>လက်ရှိ တန်ဖိုး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="88"/>
        <source>From the file</source>
        <translation>ဖိုင်မှ တန်ဖိုး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="106"/>
        <source>Import</source>
        <translation>တင်သွင်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="116"/>
        <source>Entries this file changes (✓: verified by a person; a changed contact must be verified again):</source>
        <translation>ဤဖိုင်က ပြောင်းလဲမည့် အချက်အလက်များ (✓ - လူတစ်ဦးက စစ်ဆေးအတည်ပြုထားသည်။ ပြောင်းလဲထားသော ဆက်သွယ်ရန် အချက်အလက်ကို ထပ်မံ စစ်ဆေးအတည်ပြုရမည်):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="11"/>
        <source>NGO</source>
        <translation>အစိုးရမဟုတ်သော အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="12"/>
        <source>Lawyer</source>
        <translation>ရှေ့နေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="13"/>
        <source>Social welfare</source>
        <translation>လူမှုဝန်ထမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="14"/>
        <source>Health</source>
        <translation>ကျန်းမာရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="15"/>
        <source>Law enforcement</source>
        <translation>ဥပဒေစိုးမိုးရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="16"/>
        <source>Shelter</source>
        <translation>ခိုလှုံရာဂေဟာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="17"/>
        <source>Embassy</source>
        <translation>သံရုံး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="32"/>
        <source>Example: not a real entry</source>
        <translation>နမူနာ - အစစ်အမှန် အချက်အလက် မဟုတ်ပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="34"/>
        <source>Never verified</source>
        <translation>တစ်ကြိမ်မျှ စစ်ဆေးအတည်ပြုထားခြင်း မရှိပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="37"/>
        <source>To verify (last {day})</source>
        <translation>စစ်ဆေးအတည်ပြုရန် လိုသည် (နောက်ဆုံး {day})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="38"/>
        <source>✓ Verified {day}</source>
        <translation>✓ {day} တွင် စစ်ဆေးအတည်ပြုပြီး</translation>
    </message>
</context>
<context>
    <name>embassy</name>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="192"/>
        <source>The person&apos;s nationality is not recorded, so no embassy can be asked.</source>
        <translation>အကူအညီရယူသူ၏ နိုင်ငံသားကို မှတ်တမ်းတင်မထားသဖြင့် မည်သည့်သံရုံးကိုမျှ တောင်းခံ၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="202"/>
        <source>The requesting organisation&apos;s name is missing.</source>
        <translation>တောင်းခံသည့် အဖွဲ့အစည်း၏ အမည် မပါရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="211"/>
        <source>The organisation name or the document named would reveal the person&apos;s situation to the embassy; give a neutral name for the letter.</source>
        <translation>အဖွဲ့အစည်းအမည် သို့မဟုတ် ဖော်ပြထားသော စာရွက်စာတမ်းအမည်သည် အကူအညီရယူသူ၏ အခြေအနေကို သံရုံးသို့ ဖော်ပြမိနိုင်သည်။ စာအတွက် ကြားနေအမည်တစ်ခု ပေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="229"/>
        <source>No name is confirmed as neutral for letters to the embassy of {country}; a supervisor confirms one first.</source>
        <translation>{country} သံရုံးသို့ ပေးပို့သော စာများအတွက် ကြားနေအမည်အဖြစ် အတည်ပြုထားသော အမည် မရှိသေးပါ - ကြီးကြပ်သူက အမည်တစ်ခုကို ဦးစွာ အတည်ပြုရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="241"/>
        <source>Letters to this embassy carry only the name confirmed as neutral for it: {name}.</source>
        <translation>ဤသံရုံးသို့ ပေးပို့သော စာများတွင် ၎င်းအတွက် ကြားနေအမည်အဖြစ် အတည်ပြုထားသော အမည်ကိုသာ ဖော်ပြသည် - {name}။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="96"/>
        <source>The letter would reveal the person&apos;s situation to the embassy without their consent.</source>
        <translation>ဤစာသည် အကူအညီရယူသူ၏ သဘောတူညီချက် မပါဘဲ ၎င်း၏ အခြေအနေကို သံရုံးသို့ ဖော်ပြမိပါလိမ့်မည်။</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="25"/>
        <source>Intake</source>
        <translation>လက်ခံစာရင်းသွင်းခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="26"/>
        <source>Shelter and care</source>
        <translation>ခိုလှုံရာဂေဟာနှင့် စောင့်ရှောက်မှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="27"/>
        <source>Return preparation</source>
        <translation>နေရပ်ပြန်ရန် ပြင်ဆင်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="28"/>
        <source>Travel</source>
        <translation>ခရီးသွားလာရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="29"/>
        <source>Reintegration</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="30"/>
        <source>Follow-up</source>
        <translation>နောက်ဆက်တွဲ စောင့်ကြည့်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="31"/>
        <location filename="../rrr_desktop/ui/labels.py" line="77"/>
        <source>Testimony</source>
        <translation>သက်သေထွက်ဆိုခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="32"/>
        <source>Closed</source>
        <translation>ပိတ်သိမ်းပြီး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="33"/>
        <source>Female</source>
        <translation>အမျိုးသမီး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="34"/>
        <source>Male</source>
        <translation>အမျိုးသား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="35"/>
        <location filename="../rrr_desktop/ui/labels.py" line="42"/>
        <location filename="../rrr_desktop/ui/labels.py" line="56"/>
        <source>Other</source>
        <translation>အခြား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="36"/>
        <source>Unknown</source>
        <translation>မသိရ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="37"/>
        <source>Police</source>
        <translation>ရဲ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="38"/>
        <source>Labour inspection</source>
        <translation>အလုပ်သမား စစ်ဆေးရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="39"/>
        <source>NGO</source>
        <translation>အစိုးရမဟုတ်သော အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="40"/>
        <source>Self-referred</source>
        <translation>မိမိဘာသာ ဆက်သွယ်လာသူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="41"/>
        <source>Embassy</source>
        <translation>သံရုံး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="43"/>
        <source>Identified victim of trafficking</source>
        <translation>လူကုန်ကူးမှု ကျူးလွန်ခံရသူအဖြစ် သတ်မှတ်ခံရသူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="46"/>
        <source>Deported migrant</source>
        <translation>နှင်ထုတ်ခံရသော ရွှေ့ပြောင်းသွားလာသူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="47"/>
        <source>Returned on their own</source>
        <translation>မိမိဘာသာ ပြန်လာသူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="48"/>
        <source>Domestic work</source>
        <translation>အိမ်အကူလုပ်ငန်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="49"/>
        <source>Sexual exploitation</source>
        <translation>လိင်ပိုင်းဆိုင်ရာ အမြတ်ထုတ်မှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="50"/>
        <source>Plantation</source>
        <translation>စိုက်ခင်းလုပ်ငန်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="51"/>
        <source>Construction</source>
        <translation>ဆောက်လုပ်ရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="52"/>
        <source>Forced begging</source>
        <translation>အတင်းအဓမ္မ တောင်းရမ်းခိုင်းစေမှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="53"/>
        <source>Restaurant</source>
        <translation>စားသောက်ဆိုင်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="54"/>
        <source>Fishing</source>
        <translation>ငါးဖမ်းလုပ်ငန်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="55"/>
        <source>Factory</source>
        <translation>စက်ရုံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="57"/>
        <source>No asylum application</source>
        <translation>ခိုလှုံခွင့် လျှောက်ထားခြင်း မရှိ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="58"/>
        <source>Wishes to apply for asylum</source>
        <translation>ခိုလှုံခွင့် လျှောက်ထားလိုသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="59"/>
        <source>Asylum procedure pending</source>
        <translation>ခိုလှုံခွင့် လုပ်ငန်းစဉ် ဆောင်ရွက်ဆဲ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="60"/>
        <source>Asylum decided (outcome not recorded)</source>
        <translation>ခိုလှုံခွင့် ဆုံးဖြတ်ပြီး (ရလဒ် မှတ်တမ်းမတင်ရသေး)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="61"/>
        <source>Asylum granted</source>
        <translation>ခိုလှုံခွင့် ရရှိပြီး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="62"/>
        <source>Asylum refused</source>
        <translation>ခိုလှုံခွင့် ငြင်းပယ်ခံရသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="63"/>
        <source>Assistance</source>
        <translation>အကူအညီ ရယူခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="64"/>
        <source>Processing of personal data</source>
        <translation>ကိုယ်ရေးအချက်အလက်များကို ကိုင်တွယ်ဆောင်ရွက်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="65"/>
        <source>Sharing with the receiving organisation</source>
        <translation>လက်ခံမည့်အဖွဲ့အစည်းနှင့် မျှဝေခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="68"/>
        <source>Contact with the embassy</source>
        <translation>သံရုံးနှင့် ဆက်သွယ်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="69"/>
        <source>Telling the embassy about the trafficking</source>
        <translation>လူကုန်ကူးမှုအကြောင်း သံရုံးကို အသိပေးခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="72"/>
        <source>Family tracing</source>
        <translation>မိသားစုကို ရှာဖွေခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="73"/>
        <source>Medical examination</source>
        <translation>ဆေးစစ်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="74"/>
        <source>Reintegration services</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး ဝန်ဆောင်မှုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="75"/>
        <source>Being met on arrival</source>
        <translation>ရောက်ရှိချိန်တွင် လာကြိုခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="76"/>
        <source>Voluntary return</source>
        <translation>ဆန္ဒအလျောက် နေရပ်ပြန်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="78"/>
        <source>Not asked</source>
        <translation>မမေးရသေးပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="79"/>
        <source>Given</source>
        <translation>ပေးထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="80"/>
        <source>Declined</source>
        <translation>ငြင်းဆိုထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="81"/>
        <source>Withdrawn</source>
        <translation>ရုပ်သိမ်းထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="82"/>
        <source>Written</source>
        <translation>စာဖြင့်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="83"/>
        <source>Verbal, with a witness</source>
        <translation>နှုတ်ဖြင့်၊ သက်သေ ရှေ့တွင်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="84"/>
        <source>By the guardian</source>
        <translation>အုပ်ထိန်းသူက ပေးသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="85"/>
        <source>Consent</source>
        <translation>သဘောတူညီချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="86"/>
        <source>Vital interest</source>
        <translation>အသက်နှင့်ဆိုင်သော အရေးကြီး အကျိုးစီးပွား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="87"/>
        <source>Legal obligation</source>
        <translation>ဥပဒေအရ တာဝန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="88"/>
        <source>Administrator</source>
        <translation>စီမံခန့်ခွဲသူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="89"/>
        <source>Supervisor</source>
        <translation>ကြီးကြပ်သူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="90"/>
        <source>Caseworker</source>
        <translation>ကိစ္စရပ်တာဝန်ခံဝန်ထမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="91"/>
        <source>Data officer</source>
        <translation>ဒေတာ တာဝန်ခံအရာရှိ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="92"/>
        <source>Note</source>
        <translation>မှတ်စု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="93"/>
        <source>Phone call</source>
        <translation>ဖုန်းခေါ်ဆိုမှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="94"/>
        <source>Visit</source>
        <translation>သွားရောက်တွေ့ဆုံမှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="95"/>
        <source>Meeting</source>
        <translation>အစည်းအဝေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="96"/>
        <source>Message</source>
        <translation>စာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="97"/>
        <source>Identity or travel document</source>
        <translation>ကိုယ်ရေးအထောက်အထား သို့မဟုတ် ခရီးသွားစာရွက်စာတမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="98"/>
        <source>Signed form or checklist</source>
        <translation>လက်မှတ်ထိုးထားသော ပုံစံ သို့မဟုတ် စစ်ဆေးရန်စာရင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="99"/>
        <source>Photo</source>
        <translation>ဓာတ်ပုံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="100"/>
        <source>Medical record</source>
        <translation>ဆေးဘက်ဆိုင်ရာ မှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="101"/>
        <source>Letter</source>
        <translation>ပေးစာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="102"/>
        <source>Other document</source>
        <translation>အခြား စာရွက်စာတမ်း</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../rrr_desktop/cli/bundle.py" line="168"/>
        <source>No single peer matches {text}; use its fingerprint from &apos;rrr peer list&apos;.</source>
        <translation>{text} နှင့် ကိုက်ညီသော ဆက်သွယ်ဖက်ကို တစ်ခုတည်း ရွေးထုတ်၍ မရပါ (မရှိပါ သို့မဟုတ် တစ်ခုထက် ပိုနေသည်)။ &apos;rrr peer list&apos; တွင် ပြထားသော ၎င်း၏ လက်ဗွေကုဒ်ကို သုံးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="276"/>
        <source>No embassy letter for {reference}: {reasons}</source>
        <translation>{reference} အတွက် သံရုံးသို့ စာ ပြုလုပ်၍ မရပါ - {reasons}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="40"/>
        <source>The user name or passphrase is not correct.</source>
        <translation>အသုံးပြုသူအမည် သို့မဟုတ် စကားဝှက်စာကြောင်း မမှန်ကန်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="46"/>
        <source>No vault found in {where}. Create one with &apos;rrr init&apos; or the set-up window.</source>
        <translation>{where} တွင် လုံခြုံသိုလှောင်ခန်း မတွေ့ပါ။ &apos;rrr init&apos; ဖြင့် သို့မဟုတ် ပြင်ဆင်သတ်မှတ်ခြင်း ဝင်းဒိုးဖြင့် တစ်ခု ဖန်တီးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="57"/>
        <source>A vault already exists in {where}; refusing to overwrite it.</source>
        <translation>{where} တွင် လုံခြုံသိုလှောင်ခန်း ရှိပြီးသား ဖြစ်သည်။ ၎င်းကို ထပ်ရေးဖျက်ခြင်း မပြုပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="70"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>လုံခြုံသိုလှောင်ခန်းကို သော့ခတ်ထားသည်။ ဆက်လုပ်ရန် သော့ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="78"/>
        <source>The vault in {where} is on read-only media (a write-protected stick or a folder without permission): it is open for reading and reports only. Nothing can be recorded there, so nothing can be printed or copied out of it either. To work in it, copy the folder to a writable disk.</source>
        <translation>{where} ရှိ လုံခြုံသိုလှောင်ခန်းသည် ဖတ်ရန်သာ ရနိုင်သော သိုလှောင်ကိရိယာ (ရေးသားခွင့် ပိတ်ထားသော USB ဒရိုက် သို့မဟုတ် ရေးသားခွင့် မရှိသော ဖိုဒါ) ပေါ်တွင် ရှိသည်။ ၎င်းကို ဖတ်ရန်နှင့် အစီရင်ခံစာများ ထုတ်ရန်အတွက်သာ ဖွင့်ထားသည်။ ထိုနေရာတွင် မည်သည့်အရာကိုမျှ မှတ်တမ်းတင်၍ မရသဖြင့် ၎င်းထဲမှ မည်သည့်အရာကိုမျှ ပုံနှိပ်ခြင်း သို့မဟုတ် ကူးယူခြင်းလည်း ပြု၍ မရပါ။ ၎င်းထဲတွင် အလုပ်လုပ်ရန် ဖိုဒါကို ရေးသားနိုင်သော ဒစ်ခ်သို့ ကူးယူပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="112"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>ဒစ်ခ် နေရာ ပြည့်နေသည် - မည်သည့်အရာကိုမျှ သိမ်းဆည်းခြင်း မရှိပါ။ နေရာအချို့ လွတ်အောင်ပြုလုပ်ပြီး ထပ်မံကြိုးစားပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="127"/>
        <source>This bundle was already imported; importing it again is refused.</source>
        <translation>ဤဖိုင်အထုပ်ကို တင်သွင်းပြီး ဖြစ်သည်။ ထပ်မံ တင်သွင်းခြင်းကို ငြင်းပယ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="37"/>
        <source>This passphrase bundle asks for more memory to open than RRR Desktop allows; it was refused. Ask the sender to send it to this installation&apos;s contact card instead.</source>
        <translation>စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ထားသော ဤဖိုင်အထုပ်ကို ဖွင့်ရန် RRR Desktop ခွင့်ပြုသည်ထက် မှတ်ဉာဏ် (memory) ပိုလိုအပ်သဖြင့် ငြင်းပယ်လိုက်သည်။ ၎င်းအစား ဤထည့်သွင်းမှု၏ ဆက်သွယ်ရန်ကတ်သို့ ပေးပို့ရန် ပေးပို့သူကို တောင်းဆိုပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="47"/>
        <source>Cancelled: nothing was written or changed.</source>
        <translation>ပယ်ဖျက်လိုက်သည် - မည်သည့်အရာကိုမျှ ရေးသားခြင်း သို့မဟုတ် ပြောင်းလဲခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="124"/>
        <source>This bundle is too large for a passphrase; add the recipient&apos;s contact card and send it to their key instead.</source>
        <translation>ဤဖိုင်အထုပ်သည် စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ရန် ကြီးလွန်းသည်။ ၎င်းအစား လက်ခံသူ၏ ဆက်သွယ်ရန်ကတ်ကို ထည့်ပြီး ထိုကတ်ရှိ ၎င်းတို့၏ သော့သို့ ပေးပို့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="133"/>
        <source>This laptop would protect the bundle with a passphrase cost the receiver refuses; send it to the recipient&apos;s contact card instead.</source>
        <translation>ဤလက်ပ်တော့က ဖိုင်အထုပ်ကို ကာကွယ်ရာတွင် သုံးမည့် စကားဝှက်စာကြောင်း ကာကွယ်မှုအဆင့် (cost) ကို လက်ခံသူဘက်က လက်မခံပါ။ ၎င်းအစား လက်ခံသူ၏ ဆက်သွယ်ရန်ကတ်သို့ ပေးပို့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="221"/>
        <source>This bundle is protected by a passphrase; enter the passphrase to open it.</source>
        <translation>ဤဖိုင်အထုပ်ကို စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ထားသည်။ ဖွင့်ရန် စကားဝှက်စာကြောင်းကို ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="256"/>
        <source>This passphrase bundle is larger than allowed; it was refused.</source>
        <translation>စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ထားသော ဤဖိုင်အထုပ်သည် ခွင့်ပြုထားသည်ထက် ကြီးသဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="239"/>
        <source>The passphrase is wrong or the bundle is damaged; nothing was imported.</source>
        <translation>စကားဝှက်စာကြောင်း မှားနေသည် သို့မဟုတ် ဖိုင်အထုပ် ပျက်စီးနေသည်။ မည်သည့်အရာကိုမျှ တင်သွင်းခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="188"/>
        <source>This bundle is not addressed to this installation (or the passphrase is wrong); ask the sender to make it for this installation&apos;s contact card.</source>
        <translation>ဤဖိုင်အထုပ်ကို ဤထည့်သွင်းမှုထံ ပေးပို့ထားခြင်း မဟုတ်ပါ (သို့မဟုတ် စကားဝှက်စာကြောင်း မှားနေသည်)။ ဤထည့်သွင်းမှု၏ ဆက်သွယ်ရန်ကတ်အတွက် ပြုလုပ်ပေးရန် ပေးပို့သူကို တောင်းဆိုပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="195"/>
        <source>This file is not an RRR bundle or it is damaged.</source>
        <translation>ဤဖိုင်သည် RRR ဖိုင်အထုပ် မဟုတ်ပါ သို့မဟုတ် ပျက်စီးနေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="199"/>
        <source>The bundle is damaged or incomplete (it changed after it was made); copy it again from the sender.</source>
        <translation>ဖိုင်အထုပ် ပျက်စီးနေသည် သို့မဟုတ် မပြည့်စုံပါ (ပြုလုပ်ပြီးနောက် ပြောင်းလဲသွားသည်)။ ပေးပို့သူထံမှ ထပ်မံ ကူးယူပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="269"/>
        <source>The bundle&apos;s signature does not match its sender&apos;s key: it was changed or forged.</source>
        <translation>ဖိုင်အထုပ်၏ ဒစ်ဂျစ်တယ် လက်မှတ်သည် ပေးပို့သူ၏ သော့နှင့် မကိုက်ညီပါ - ၎င်းကို ပြောင်းလဲထားသည် သို့မဟုတ် အတုပြုလုပ်ထားသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="277"/>
        <source>The bundle is damaged (its manifest is misplaced).</source>
        <translation>ဖိုင်အထုပ် ပျက်စီးနေသည် (၎င်း၏ ပါဝင်မှုစာရင်း (manifest) သည် မှန်ကန်သောနေရာတွင် မရှိပါ)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="283"/>
        <source>The bundle&apos;s contents do not match its signed manifest: it was changed after it was made.</source>
        <translation>ဖိုင်အထုပ်တွင် ပါဝင်သည်များသည် လက်မှတ်ထိုးထားသော ပါဝင်မှုစာရင်း (manifest) နှင့် မကိုက်ညီပါ - ပြုလုပ်ပြီးနောက် ပြောင်းလဲခံထားရသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="42"/>
        <source>The bundle contains a member with a forbidden name (a path outside the bundle); it was refused.</source>
        <translation>ဖိုင်အထုပ်တွင် ခွင့်မပြုသော အမည် (ဖိုင်အထုပ်ပြင်ပသို့ ညွှန်းသော လမ်းကြောင်း) ပါသည့် အတွင်းဖိုင်တစ်ခု ပါဝင်နေသဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="143"/>
        <source>This file is not an RRR bundle of a known format.</source>
        <translation>ဤဖိုင်သည် သိရှိထားသော ပုံစံရှိ RRR ဖိုင်အထုပ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="174"/>
        <source>The bundle is damaged (a block is too large).</source>
        <translation>ဖိုင်အထုပ် ပျက်စီးနေသည် (ဒေတာအပိုင်း (block) တစ်ခု ကြီးလွန်းသည်)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="188"/>
        <source>The bundle is damaged (data after its end).</source>
        <translation>ဖိုင်အထုပ် ပျက်စီးနေသည် (အဆုံးသတ်ပြီးနောက် ဒေတာ ပိုနေသည်)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="197"/>
        <source>The bundle contains a member with an unreadable name.</source>
        <translation>ဖိုင်အထုပ်တွင် ဖတ်၍မရသော အမည်ပါသည့် အတွင်းဖိုင်တစ်ခု ပါဝင်နေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="201"/>
        <source>The bundle contains too many members; it was refused.</source>
        <translation>ဖိုင်အထုပ်တွင် အတွင်းဖိုင် အရေအတွက် များလွန်းသဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="206"/>
        <source>The bundle contains the same member twice; it was refused.</source>
        <translation>ဖိုင်အထုပ်တွင် တူညီသော အတွင်းဖိုင် နှစ်ကြိမ် ပါဝင်နေသဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="224"/>
        <source>The bundle contains a member larger than allowed; it was refused.</source>
        <translation>ဖိုင်အထုပ်တွင် ခွင့်ပြုထားသည်ထက် ကြီးသော အတွင်းဖိုင်တစ်ခု ပါဝင်နေသဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="246"/>
        <source>The bundle is incomplete (it was cut short); copy it again from the sender.</source>
        <translation>ဖိုင်အထုပ် မပြည့်စုံပါ (အဆုံးထိ မပါဘဲ ပြတ်နေသည်)။ ပေးပို့သူထံမှ ထပ်မံ ကူးယူပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="163"/>
        <source>Case {reference} cannot be referred: {reason} Record that consent first.</source>
        <translation>ကိစ္စရပ် {reference} ကို လွှဲပြောင်းပေး၍ မရပါ - {reason} ထိုသဘောတူညီချက်ကို ဦးစွာ မှတ်တမ်းတင်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="177"/>
        <source>A referral needs at least one case: name it with its reference.</source>
        <translation>လွှဲပြောင်းပေးခြင်းတစ်ခုတွင် အနည်းဆုံး ကိစ္စရပ်တစ်ခု လိုအပ်သည် - ၎င်း၏ ရည်ညွှန်းနံပါတ်ဖြင့် ဖော်ပြပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="243"/>
        <source>Case {reference} was not referred to us by the chosen organisation; a status report goes only back to the organisation that referred the case.</source>
        <translation>ကိစ္စရပ် {reference} ကို ရွေးချယ်ထားသော အဖွဲ့အစည်းက ကျွန်ုပ်တို့ထံ လွှဲပြောင်းပေးခဲ့ခြင်း မဟုတ်ပါ။ အခြေအနေ အစီရင်ခံစာကို ကိစ္စရပ်ကို လွှဲပြောင်းပေးခဲ့သော အဖွဲ့အစည်းထံသို့သာ ပြန်လည်ပေးပို့ရသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="259"/>
        <source>The chosen organisation referred no case to us to report on.</source>
        <translation>ရွေးချယ်ထားသော အဖွဲ့အစည်းသည် အခြေအနေ အစီရင်ခံရမည့် မည်သည့်ကိစ္စရပ်ကိုမျှ ကျွန်ုပ်တို့ထံ လွှဲပြောင်းပေးခဲ့ခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="89"/>
        <source>Record {reference} in the bundle is not a valid case; nothing was imported. Ask the sender to check their version of RRR Desktop.</source>
        <translation>ဖိုင်အထုပ်ရှိ မှတ်တမ်း {reference} သည် မှန်ကန်သော ကိစ္စရပ် မဟုတ်ပါ။ မည်သည့်အရာကိုမျှ တင်သွင်းခြင်း မရှိပါ။ ၎င်းတို့၏ RRR Desktop ဗားရှင်းကို စစ်ဆေးရန် ပေးပို့သူကို တောင်းဆိုပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="148"/>
        <source>The bundle lists the same record twice; it was refused.</source>
        <translation>ဖိုင်အထုပ်တွင် တူညီသော မှတ်တမ်းကို နှစ်ကြိမ် ဖော်ပြထားသဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="156"/>
        <source>A referral or status bundle may carry only cases; it was refused.</source>
        <translation>လွှဲပြောင်းပေးခြင်း သို့မဟုတ် အခြေအနေ အစီရင်ခံစာ ဖိုင်အထုပ်တွင် ကိစ္စရပ်များသာ ပါဝင်ခွင့်ရှိသည်။ ဤဖိုင်အထုပ်ကို ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="169"/>
        <source>The bundle would change a record into another kind; it was refused.</source>
        <translation>ဖိုင်အထုပ်သည် မှတ်တမ်းတစ်ခုကို အခြားအမျိုးအစားသို့ ပြောင်းလဲမည် ဖြစ်သဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="308"/>
        <source>The status report is about a case that was not referred to its sender from here; it was refused.</source>
        <translation>အခြေအနေ အစီရင်ခံစာသည် ဤနေရာမှ ၎င်း၏ ပေးပို့သူထံ လွှဲပြောင်းပေးခဲ့ခြင်း မရှိသော ကိစ္စရပ်အကြောင်း ဖြစ်သဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="316"/>
        <source>The status report carries more than follow-up status; it was refused.</source>
        <translation>အခြေအနေ အစီရင်ခံစာတွင် နောက်ဆက်တွဲ စောင့်ကြည့်မှု အခြေအနေထက် ပိုသော အချက်အလက်များ ပါဝင်နေသဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="89"/>
        <source>This installation has no handoff keys yet, so no bundle can be addressed to it; export its contact card first.</source>
        <translation>ဤထည့်သွင်းမှုတွင် လွှဲအပ်ခြင်းအတွက် သော့များ မရှိသေးသဖြင့် ၎င်းထံသို့ မည်သည့်ဖိုင်အထုပ်ကိုမျှ ပေးပို့၍ မရပါ။ ၎င်း၏ ဆက်သွယ်ရန်ကတ်ကို ဦးစွာ ထုတ်ယူပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="119"/>
        <source>The bundle has no manifest; it is damaged or not an RRR bundle.</source>
        <translation>ဖိုင်အထုပ်တွင် ပါဝင်မှုစာရင်း (manifest) မရှိပါ။ ၎င်းသည် ပျက်စီးနေသည် သို့မဟုတ် RRR ဖိုင်အထုပ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="128"/>
        <source>This bundle comes from an unknown sender; add their contact card and compare its fingerprint before importing.</source>
        <translation>ဤဖိုင်အထုပ်သည် မသိသော ပေးပို့သူထံမှ လာသည်။ မတင်သွင်းမီ ၎င်းတို့၏ ဆက်သွယ်ရန်ကတ်ကို ထည့်ပြီး ၎င်း၏ လက်ဗွေကုဒ်ကို တိုက်စစ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="136"/>
        <source>The sender {org} is not trusted yet; compare the fingerprint {fingerprint} with them, then trust the card.</source>
        <translation>ပေးပို့သူ {org} ကို မယုံကြည်ရသေးပါ။ လက်ဗွေကုဒ် {fingerprint} ကို ၎င်းတို့နှင့် တိုက်စစ်ပြီးမှ ကတ်ကို ယုံကြည်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="147"/>
        <source>The bundle&apos;s sender does not match the trusted contact card.</source>
        <translation>ဖိုင်အထုပ်၏ ပေးပို့သူသည် ယုံကြည်ထားသော ဆက်သွယ်ရန်ကတ်နှင့် မကိုက်ညီပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="154"/>
        <source>This bundle was made for another recipient; it cannot be imported here.</source>
        <translation>ဤဖိုင်အထုပ်ကို အခြားလက်ခံသူအတွက် ပြုလုပ်ထားသဖြင့် ဤနေရာတွင် တင်သွင်း၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="161"/>
        <source>A sync bundle comes only from a device of this organisation; this one is from {org}.</source>
        <translation>ထပ်တူပြုရန် ဖိုင်အထုပ်သည် ဤအဖွဲ့အစည်း၏ စက်တစ်ခုထံမှသာ လာရမည်။ ဤဖိုင်အထုပ်မှာ {org} ထံမှ ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="170"/>
        <source>Referrals and status reports come from another organisation.</source>
        <translation>လွှဲပြောင်းပေးခြင်းများနှင့် အခြေအနေ အစီရင်ခံစာများသည် အခြားအဖွဲ့အစည်းထံမှသာ လာရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="179"/>
        <source>The bundle has no records; it is damaged.</source>
        <translation>ဖိုင်အထုပ်တွင် မှတ်တမ်း မပါရှိပါ - ပျက်စီးနေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="206"/>
        <source>The bundle contains a file with an unknown name; it was refused.</source>
        <translation>ဖိုင်အထုပ်တွင် အမည်မသိသော ဖိုင်တစ်ခု ပါဝင်နေသဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="218"/>
        <source>The bundle contains an attached file larger than allowed; it was refused.</source>
        <translation>ဖိုင်အထုပ်တွင် ခွင့်ပြုထားသည်ထက် ကြီးသော ပူးတွဲဖိုင်တစ်ခု ပါဝင်နေသဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="229"/>
        <source>An attached file in the bundle does not match its fingerprint; nothing was imported.</source>
        <translation>ဖိုင်အထုပ်ရှိ ပူးတွဲဖိုင်တစ်ခုသည် ၎င်း၏ လက်ဗွေကုဒ်နှင့် မကိုက်ညီပါ။ မည်သည့်အရာကိုမျှ တင်သွင်းခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="268"/>
        <source>The bundle file changed while it was being read; nothing was imported.</source>
        <translation>ဖိုင်အထုပ်ကို ဖတ်နေစဉ် ဖိုင် ပြောင်းလဲသွားသည်။ မည်သည့်အရာကိုမျှ တင်သွင်းခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="276"/>
        <source>The bundle&apos;s record count does not match its manifest; it was refused.</source>
        <translation>ဖိုင်အထုပ်ရှိ မှတ်တမ်း အရေအတွက်သည် ၎င်း၏ ပါဝင်မှုစာရင်း (manifest) နှင့် မကိုက်ညီသဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="33"/>
        <source>The bundle contains a damaged record; it was refused. Ask the sender for a new bundle.</source>
        <translation>ဖိုင်အထုပ်တွင် ပျက်စီးနေသော မှတ်တမ်းတစ်ခု ပါဝင်နေသဖြင့် ငြင်းပယ်လိုက်သည်။ ပေးပို့သူထံ ဖိုင်အထုပ်အသစ် တောင်းပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="46"/>
        <source>The bundle contains a record nested too deeply to be a case; it was refused.</source>
        <translation>ဖိုင်အထုပ်တွင် ကိစ္စရပ်တစ်ခု ဖြစ်နိုင်ရန် အထပ်ထပ် ပါဝင်မှု (nesting) နက်လွန်းသော မှတ်တမ်းတစ်ခု ပါဝင်နေသဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="100"/>
        <source>The bundle contains a record larger than allowed; it was refused.</source>
        <translation>ဖိုင်အထုပ်တွင် ခွင့်ပြုထားသည်ထက် ကြီးသော မှတ်တမ်းတစ်ခု ပါဝင်နေသဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/keys.py" line="149"/>
        <source>This file is not a valid RRR contact card; ask for a new card file.</source>
        <translation>ဤဖိုင်သည် မှန်ကန်သော RRR ဆက်သွယ်ရန်ကတ် မဟုတ်ပါ။ ကတ်ဖိုင်အသစ် တောင်းပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/keys.py" line="161"/>
        <source>This contact card comes from a newer version of RRR Desktop; update RRR Desktop here first.</source>
        <translation>ဤဆက်သွယ်ရန်ကတ်သည် RRR Desktop ၏ ပိုသစ်သော ဗားရှင်းမှ ဖြစ်သည်။ ဤနေရာရှိ RRR Desktop ကို ဦးစွာ အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="103"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="110"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="140"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="147"/>
        <source>The bundle&apos;s manifest is damaged; ask the sender for a new copy.</source>
        <translation>ဖိုင်အထုပ်၏ ပါဝင်မှုစာရင်း (manifest) ပျက်စီးနေသည်။ ပေးပို့သူထံ မိတ္တူအသစ် တောင်းပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="119"/>
        <source>This bundle was made by a newer version of RRR Desktop; update this installation, then import it again.</source>
        <translation>ဤဖိုင်အထုပ်ကို RRR Desktop ၏ ပိုသစ်သော ဗားရှင်းဖြင့် ပြုလုပ်ထားသည်။ ဤထည့်သွင်းမှုကို အဆင့်မြှင့်ပြီးမှ ထပ်မံ တင်သွင်းပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="129"/>
        <source>This bundle was made by an older version of RRR Desktop (before sync format 2); ask the sender to update RRR Desktop and make a new bundle. Nothing was imported.</source>
        <translation>ဤဖိုင်အထုပ်ကို RRR Desktop ၏ ဗားရှင်းဟောင်း (ထပ်တူပြုခြင်း ပုံစံ 2 မတိုင်မီ) ဖြင့် ပြုလုပ်ထားသည်။ RRR Desktop ကို အဆင့်မြှင့်ပြီး ဖိုင်အထုပ်အသစ် ပြုလုပ်ရန် ပေးပို့သူကို တောင်းဆိုပါ။ မည်သည့်အရာကိုမျှ တင်သွင်းခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="51"/>
        <source>Choose &apos;ours&apos;, &apos;theirs&apos;, the number of one of the values, or &apos;new&apos; with a value.</source>
        <translation>&apos;ours&apos; (ဤဘက်၏ တန်ဖိုး)၊ &apos;theirs&apos; (အခြားဘက်၏ တန်ဖိုး)၊ တန်ဖိုးများထဲမှ တစ်ခု၏ နံပါတ် သို့မဟုတ် တန်ဖိုးတစ်ခုနှင့်အတူ &apos;new&apos; ကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="68"/>
        <location filename="../rrr_desktop/handoff/resolve.py" line="108"/>
        <source>Choose a value between 1 and {count}.</source>
        <translation>1 နှင့် {count} ကြားရှိ တန်ဖိုးတစ်ခုကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="81"/>
        <source>Every value of this field was written on this laptop.</source>
        <translation>ဤအကွက်၏ တန်ဖိုးအားလုံးကို ဤလက်ပ်တော့ပေါ်တွင် ရေးသားခဲ့ခြင်း ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="92"/>
        <location filename="../rrr_desktop/handoff/resolve.py" line="148"/>
        <source>The record of this conflict no longer exists.</source>
        <translation>ဤကွဲလွဲမှုနှင့် သက်ဆိုင်သော မှတ်တမ်း မရှိတော့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="115"/>
        <source>This conflict was already resolved.</source>
        <translation>ဤကွဲလွဲမှုကို ဖြေရှင်းပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="122"/>
        <source>That value would make the case invalid; choose another one.</source>
        <translation>ထိုတန်ဖိုးသည် ကိစ္စရပ်ကို မမှန်ကန်စေမည် ဖြစ်သည်။ အခြားတန်ဖိုးတစ်ခုကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="137"/>
        <location filename="../rrr_desktop/services/handoff.py" line="793"/>
        <source>This conflict was already resolved or does not exist.</source>
        <translation>ဤကွဲလွဲမှုကို ဖြေရှင်းပြီး ဖြစ်သည် သို့မဟုတ် မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="90"/>
        <source>The letter would reveal the person&apos;s situation without their consent.</source>
        <translation>ဤစာသည် အကူအညီရယူသူ၏ သဘောတူညီချက် မပါဘဲ ၎င်း၏ အခြေအနေကို ဖော်ပြမိပါလိမ့်မည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/render.py" line="242"/>
        <source>The printer or PDF file could not be opened for writing.</source>
        <translation>ပုံနှိပ်စက် သို့မဟုတ် PDF ဖိုင်ကို ရေးသားရန် ဖွင့်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="43"/>
        <source>{folder} cannot be written (read-only media or no permission). Nothing was saved there; choose another place.</source>
        <translation>{folder} တွင် ရေးသား၍ မရပါ (ဖတ်ရန်သာ ရနိုင်သော သိုလှောင်ကိရိယာ ဖြစ်နေသည် သို့မဟုတ် ခွင့်ပြုချက် မရှိပါ)။ ထိုနေရာတွင် မည်သည့်အရာကိုမျှ သိမ်းဆည်းခြင်း မရှိပါ။ အခြားနေရာတစ်ခုကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="52"/>
        <location filename="../rrr_desktop/printing/render.py" line="328"/>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="290"/>
        <source>The folder {folder} does not exist.</source>
        <translation>ဖိုဒါ {folder} မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="56"/>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>{path} ရှိပြီးသား ဖြစ်သည်။ မည်သည့်အရာကိုမျှ ထပ်ရေးဖျက်ခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="61"/>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} သည် ဖိုဒါ ဖြစ်သည်။ ဖိုင်အမည်တစ်ခုကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="64"/>
        <source>{path} could not be written (the disk reported an error). Nothing was saved there; try another place or another stick.</source>
        <translation>{path} ကို ရေးသား၍ မရပါ (ဒစ်ခ်က အမှားတစ်ခု ပြသခဲ့သည်)။ ထိုနေရာတွင် မည်သည့်အရာကိုမျှ သိမ်းဆည်းခြင်း မရှိပါ။ အခြားနေရာ သို့မဟုတ် အခြား USB ဒရိုက်တစ်ခုကို စမ်းကြည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="199"/>
        <source>{path} is too large for a file of this kind.</source>
        <translation>{path} သည် ဤအမျိုးအစား ဖိုင်တစ်ခုအတွက် ကြီးလွန်းသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="209"/>
        <source>There is no file {path}.</source>
        <translation>{path} ဖိုင် မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="212"/>
        <source>{path} is a folder; choose a file.</source>
        <translation>{path} သည် ဖိုဒါ ဖြစ်သည်။ ဖိုင်တစ်ခုကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="214"/>
        <source>{path} could not be read.</source>
        <translation>{path} ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="219"/>
        <source>{path} is not a file; choose a file.</source>
        <translation>{path} သည် ဖိုင် မဟုတ်ပါ။ ဖိုင်တစ်ခုကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="318"/>
        <source>Cannot write the PDF file {file}.</source>
        <translation>PDF ဖိုင် {file} ကို ရေးသား၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="34"/>
        <location filename="../rrr_desktop/services/audit_service.py" line="156"/>
        <source>verify the audit log</source>
        <translation>လုပ်ဆောင်ချက် မှတ်တမ်း (audit log) ကို စစ်ဆေးအတည်ပြုခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="99"/>
        <source>This is not an audit checkpoint of RRR Desktop.</source>
        <translation>၎င်းသည် RRR Desktop ၏ လုပ်ဆောင်ချက် မှတ်တမ်း စစ်ဆေးမှတ်တိုင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="147"/>
        <source>write an audit checkpoint</source>
        <translation>လုပ်ဆောင်ချက် မှတ်တမ်း၏ စစ်ဆေးမှတ်တိုင်ကို ရေးသားခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="203"/>
        <source>read the audit log</source>
        <translation>လုပ်ဆောင်ချက် မှတ်တမ်းကို ဖတ်ရှုခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="59"/>
        <source>This case is not assigned to you.</source>
        <translation>ဤကိစ္စရပ်ကို သင့်ထံ တာဝန်ပေးထားခြင်း မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="77"/>
        <source>Only a supervisor may change records of the whole organisation.</source>
        <translation>အဖွဲ့အစည်းတစ်ခုလုံးနှင့် သက်ဆိုင်သော မှတ်တမ်းများကို ကြီးကြပ်သူသာ ပြောင်းလဲခွင့်ရှိသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="173"/>
        <source>A case reference cannot be changed.</source>
        <translation>ကိစ္စရပ် ရည်ညွှန်းနံပါတ်ကို ပြောင်းလဲ၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="201"/>
        <location filename="../rrr_desktop/services/cases.py" line="224"/>
        <source>Only a supervisor may change {field}.</source>
        <translation>{field} ကို ကြီးကြပ်သူသာ ပြောင်းလဲခွင့်ရှိသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="204"/>
        <source>{field} is not changed by editing the case: it has a command of its own, which checks what it must and records who did it. Nothing was saved.</source>
        <translation>{field} ကို ကိစ္စရပ် တည်းဖြတ်ခြင်းဖြင့် ပြောင်းလဲ၍ မရပါ။ ၎င်းအတွက် သီးသန့် ညွှန်ကြားချက် ရှိပြီး ထိုညွှန်ကြားချက်က စစ်ဆေးရမည့်အရာများကို စစ်ဆေးကာ မည်သူ ပြုလုပ်သည်ကို မှတ်တမ်းတင်သည်။ မည်သည့်အရာကိုမျှ သိမ်းဆည်းခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="229"/>
        <source>{field} has a command of its own: keep one of the values here, then change it with that command.</source>
        <translation>{field} အတွက် သီးသန့် ညွှန်ကြားချက် ရှိသည်။ ဤနေရာရှိ တန်ဖိုးများထဲမှ တစ်ခုကို ထားရှိပြီးနောက် ထိုညွှန်ကြားချက်ဖြင့် ပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="257"/>
        <location filename="../rrr_desktop/services/cases.py" line="268"/>
        <source>assign cases</source>
        <translation>ကိစ္စရပ်များကို တာဝန်ပေးခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="295"/>
        <source>{reference} cannot move to {stage}: {reasons}</source>
        <translation>{reference} ကို {stage} အဆင့်သို့ ရွှေ့၍ မရပါ - {reasons}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="95"/>
        <source>No directory entry has this id.</source>
        <translation>ဤ id ပါသော လမ်းညွှန်စာရင်း အချက်အလက် မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="142"/>
        <source>change a verified directory entry</source>
        <translation>စစ်ဆေးအတည်ပြုထားသော လမ်းညွှန်စာရင်း အချက်အလက်ကို ပြောင်းလဲခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="153"/>
        <source>This id belongs to another kind of record.</source>
        <translation>ဤ id သည် အခြားအမျိုးအစား မှတ်တမ်းတစ်ခုနှင့် သက်ဆိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="167"/>
        <source>An example entry must be replaced by a real one, not verified.</source>
        <translation>နမူနာ အချက်အလက်ကို စစ်ဆေးအတည်ပြုပြီးဟု မှတ်၍ မရပါ - အစစ်အမှန် အချက်အလက်ဖြင့် အစားထိုးရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="175"/>
        <source>A verification date cannot be in the future.</source>
        <translation>စစ်ဆေးအတည်ပြုသည့်ရက်စွဲသည် အနာဂတ်ရက် ဖြစ်၍ မရပါ။</translation>
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
        <translation>ဖိုင်ရှိ အတန်း {count} တန်းကို ငြင်းပယ်ခဲ့သဖြင့် မည်သည့်အရာကိုမျှ တင်သွင်းခြင်း မရှိပါ။ ပထမဆုံး ပြဿနာ - {problem}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="265"/>
        <source>The file holds no directory entries.</source>
        <translation>ဖိုင်တွင် လမ်းညွှန်စာရင်း အချက်အလက် မပါရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="271"/>
        <source>add contact cards of other installations</source>
        <translation>အခြားထည့်သွင်းမှုများ၏ ဆက်သွယ်ရန်ကတ်များကို ထည့်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="277"/>
        <source>This is this installation&apos;s own contact card.</source>
        <translation>၎င်းသည် ဤထည့်သွင်းမှု၏ ကိုယ်ပိုင် ဆက်သွယ်ရန်ကတ် ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="282"/>
        <source>The card {fingerprint} was already added.</source>
        <translation>ကတ် {fingerprint} ကို ထည့်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="295"/>
        <source>No peer with the fingerprint {fingerprint}; run &apos;rrr peer list&apos;.</source>
        <translation>လက်ဗွေကုဒ် {fingerprint} ပါသော ဆက်သွယ်ဖက် မရှိပါ။ &apos;rrr peer list&apos; ကို လုပ်ဆောင်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="304"/>
        <source>trust other installations</source>
        <translation>အခြားထည့်သွင်းမှုများကို ယုံကြည်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="317"/>
        <source>join this vault to another organisation</source>
        <translation>ဤလုံခြုံသိုလှောင်ခန်းကို အခြားအဖွဲ့အစည်းတစ်ခုသို့ ပူးပေါင်းစေခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="322"/>
        <source>Trust the peer&apos;s card before joining its organisation.</source>
        <translation>ဆက်သွယ်ဖက်၏ အဖွဲ့အစည်းသို့ မပူးပေါင်းမီ ၎င်း၏ ကတ်ကို ယုံကြည်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="335"/>
        <source>This peer&apos;s card does not name a valid organisation (a name of at least two characters and a two-letter country code); ask the peer for a new card file.</source>
        <translation>ဤလုပ်ဖော်ကိုင်ဖက်၏ ကတ်တွင် မှန်ကန်သော အဖွဲ့အစည်း မပါပါ (အနည်းဆုံး စာလုံးနှစ်လုံးပါ အမည်နှင့် စာလုံးနှစ်လုံး နိုင်ငံကုဒ်) - လုပ်ဖော်ကိုင်ဖက်ထံမှ ကတ်ဖိုင်အသစ် တောင်းပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="345"/>
        <source>Only an empty vault can join another organisation.</source>
        <translation>ဗလာ လုံခြုံသိုလှောင်ခန်းသာ အခြားအဖွဲ့အစည်းသို့ ပူးပေါင်းနိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="379"/>
        <source>write a sync bundle of all cases</source>
        <translation>ကိစ္စရပ်အားလုံးပါဝင်သော ထပ်တူပြုရန် ဖိုင်အထုပ်ကို ထုတ်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="389"/>
        <source>Choose a trusted peer, or a passphrase and the recipient organisation.</source>
        <translation>ယုံကြည်ထားသော ဆက်သွယ်ဖက်တစ်ခုကို ရွေးချယ်ပါ သို့မဟုတ် စကားဝှက်စာကြောင်းနှင့် လက်ခံမည့်အဖွဲ့အစည်းကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="396"/>
        <source>Trust {org} (compare the fingerprint) before sending.</source>
        <translation>မပေးပို့မီ {org} ကို ယုံကြည်ပါ (လက်ဗွေကုဒ်ကို တိုက်စစ်ပါ)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="404"/>
        <source>A sync bundle goes only to a device of this organisation.</source>
        <translation>ထပ်တူပြုရန် ဖိုင်အထုပ်ကို ဤအဖွဲ့အစည်း၏ စက်တစ်ခုထံသို့သာ ပေးပို့နိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="411"/>
        <source>Referrals and status reports go to another organisation.</source>
        <translation>လွှဲပြောင်းပေးခြင်းများနှင့် အခြေအနေ အစီရင်ခံစာများကို အခြားအဖွဲ့အစည်းထံသို့သာ ပေးပို့ရသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="418"/>
        <source>A status report goes to the peer that referred the case.</source>
        <translation>အခြေအနေ အစီရင်ခံစာကို ကိစ္စရပ်ကို လွှဲပြောင်းပေးခဲ့သော ဆက်သွယ်ဖက်ထံသို့ ပေးပို့ရသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="569"/>
        <source>import a sync bundle</source>
        <translation>ထပ်တူပြုရန် ဖိုင်အထုပ်ကို တင်သွင်းခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="816"/>
        <source>A new value is written one field at a time.</source>
        <translation>တန်ဖိုးအသစ်ကို တစ်ကြိမ်လျှင် အကွက်တစ်ခုစီသာ ရေးနိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="37"/>
        <location filename="../rrr_desktop/services/return_prep.py" line="314"/>
        <source>A country is a two-letter code, e.g. KH.</source>
        <translation>နိုင်ငံကို စာလုံးနှစ်လုံးပါ ကုဒ်ဖြင့် ရေးရမည်၊ ဥပမာ KH။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="93"/>
        <source>A holiday needs a name.</source>
        <translation>ရုံးပိတ်ရက်တွင် အမည် ပါရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="105"/>
        <source>The holiday could not be added.</source>
        <translation>ရုံးပိတ်ရက်ကို ထည့်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="113"/>
        <source>{day} is not a holiday in {country}.</source>
        <translation>{day} သည် {country} တွင် ရုံးပိတ်ရက် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="132"/>
        <source>Choose one to three weekend days, from Monday (0) to Sunday (6).</source>
        <translation>တနင်္လာ (0) မှ တနင်္ဂနွေ (6) အထိ အပတ်စဉ် ပိတ်ရက် တစ်ရက်မှ သုံးရက်အထိ ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="149"/>
        <source>The file is not UTF-8 or UTF-16 text; save it from the spreadsheet program as &apos;CSV UTF-8&apos; or &apos;Unicode text&apos;.</source>
        <translation>ဖိုင်သည် UTF-8 သို့မဟုတ် UTF-16 စာသား မဟုတ်ပါ။ စာရင်းဇယား ပရိုဂရမ်မှ &apos;CSV UTF-8&apos; သို့မဟုတ် &apos;Unicode text&apos; အဖြစ် သိမ်းဆည်းပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="212"/>
        <source>The file is empty: it has no header row.</source>
        <translation>ဖိုင် ဗလာ ဖြစ်နေသည် - ခေါင်းစီးအတန်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="165"/>
        <source>The file has more than {max} rows; split it into parts.</source>
        <translation>ဖိုင်တွင် အတန်း {max} တန်းထက် ပိုနေသည်။ ၎င်းကို အပိုင်းများ ခွဲပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="172"/>
        <source>The file has more than {max} columns; remove the columns that are not needed.</source>
        <translation>ဖိုင်တွင် ကော်လံ {max} ခုထက် ပိုများနေသည်။ မလိုအပ်သော ကော်လံများကို ဖယ်ရှားပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="227"/>
        <source>The file is not a readable .xlsx workbook.</source>
        <translation>ဖိုင်သည် ဖတ်၍ရသော .xlsx ဖိုင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="233"/>
        <source>The workbook unpacks to more than {max} MB; save it as CSV UTF-8 or split it into parts.</source>
        <translation>ဖြည်ချလိုက်သောအခါ ဤ .xlsx ဖိုင်သည် {max} MB ထက် ကြီးနေသည်။ CSV UTF-8 အဖြစ် သိမ်းပါ သို့မဟုတ် အပိုင်းများအဖြစ် ခွဲပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="244"/>
        <source>The sheet has more than {max} cells, counting empty formatted ones; copy only the table into a new workbook.</source>
        <translation>စာရွက်တွင် ပုံစံချထားသော ဆဲလ်အလွတ်များ အပါအဝင် ဆဲလ် {max} ထက် ပိုရှိသည်။ ဇယားကိုသာ .xlsx ဖိုင်အသစ်သို့ ကူးယူပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="451"/>
        <source>The file is larger than {max} MB; split it into parts.</source>
        <translation>ဖိုင်သည် {max} MB ထက် ကြီးနေသည်။ အပိုင်းများအဖြစ် ခွဲပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="468"/>
        <source>Old .xls workbooks cannot be read; save it as .xlsx or CSV UTF-8.</source>
        <translation>.xls ဖိုင်ဟောင်းများကို ဖတ်၍ မရပါ။ ၎င်းကို .xlsx သို့မဟုတ် CSV UTF-8 အဖြစ် သိမ်းဆည်းပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="484"/>
        <source>Row {row} of the file cannot be read (a cell is larger than 128 KiB or holds a control character). Check the file in the spreadsheet program.</source>
        <translation>ဖိုင်၏ အတန်း {row} ကို ဖတ်၍ မရပါ (ဆဲလ်တစ်ခုသည် 128 KiB ထက် ကြီးနေသည် သို့မဟုတ် ထိန်းချုပ်အက္ခရာ (control character) ပါနေသည်)။ စာရင်းဇယား ပရိုဂရမ်တွင် ဖိုင်ကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="502"/>
        <source>The file has no column named {column}.</source>
        <translation>ဖိုင်တွင် {column} အမည်ရှိ ကော်လံ မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="507"/>
        <source>{field} is not a field; choose one of {fields}.</source>
        <translation>{field} သည် အကွက်တစ်ခု မဟုတ်ပါ။ {fields} ထဲမှ တစ်ခုကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="520"/>
        <source>Several columns are mapped to {field}; map each field once.</source>
        <translation>ကော်လံ အများအပြားကို {field} နှင့် ချိတ်ထားသည်။ အကွက်တစ်ခုစီကို တစ်ကြိမ်သာ ချိတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="528"/>
        <source>No column is mapped to {field}; it is needed for every case.</source>
        <translation>{field} နှင့် ချိတ်ထားသော ကော်လံ မရှိပါ။ ၎င်းသည် ကိစ္စရပ်တိုင်းအတွက် လိုအပ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="776"/>
        <location filename="../rrr_desktop/services/importing.py" line="811"/>
        <source>{count} rows cannot be imported, so nothing was imported; correct them and try again.</source>
        <translation>အတန်း {count} တန်းကို တင်သွင်း၍ မရသဖြင့် မည်သည့်အရာကိုမျှ တင်သွင်းခြင်း မရှိပါ။ ၎င်းတို့ကို ပြင်ဆင်ပြီး ထပ်မံကြိုးစားပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="784"/>
        <source>The file has no rows to import.</source>
        <translation>ဖိုင်တွင် တင်သွင်းရန် အတန်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="794"/>
        <source>Row {line}: the reference already exists; nothing was imported.</source>
        <translation>အတန်း {line} - ရည်ညွှန်းနံပါတ် ရှိပြီးသား ဖြစ်သည်။ မည်သည့်အရာကိုမျှ တင်သွင်းခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="825"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>တင်သွင်းခြင်းကို ပယ်ဖျက်လိုက်သည်။ မည်သည့်အရာကိုမျှ တင်သွင်းခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="137"/>
        <source>No printout code was found (it looks like RRR-K7MX-3QAD, in the footer of every page).</source>
        <translation>ပုံနှိပ်စာ ကုဒ် မတွေ့ပါ (၎င်းသည် RRR-K7MX-3QAD ကဲ့သို့ ဖြစ်ပြီး စာမျက်နှာတိုင်း၏ အောက်ခြေတွင် ရှိသည်)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="184"/>
        <source>Unknown document kind {kind}.</source>
        <translation>စာရွက်စာတမ်း အမျိုးအစား {kind} ကို မသိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="188"/>
        <source>The language must be a code such as km, th or ar.</source>
        <translation>ဘာသာစကားသည် km၊ th သို့မဟုတ် ar ကဲ့သို့ ကုဒ် ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="59"/>
        <source>This case has no reintegration plan yet: start one first.</source>
        <translation>ဤကိစ္စရပ်တွင် ပြန်လည်ပေါင်းစည်းရေး အစီအစဉ် မရှိသေးပါ - ဦးစွာ တစ်ခု စတင်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="68"/>
        <source>The plan has no such component.</source>
        <translation>အစီအစဉ်တွင် ထိုအစိတ်အပိုင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="76"/>
        <source>The plan has no such action.</source>
        <translation>အစီအစဉ်တွင် ထိုလုပ်ဆောင်ချက် မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="82"/>
        <source>This case is closed: it is no longer followed up.</source>
        <translation>ဤကိစ္စရပ်ကို ပိတ်သိမ်းပြီး ဖြစ်သည် - နောက်ဆက်တွဲ စောင့်ကြည့်ခြင်း မပြုတော့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="90"/>
        <source>The case has no such follow-up visit.</source>
        <translation>ကိစ္စရပ်တွင် ထိုနောက်ဆက်တွဲ သွားရောက်တွေ့ဆုံမှု မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="120"/>
        <source>A family assessment cannot be dated in the future.</source>
        <translation>မိသားစု အကဲဖြတ်ချက်၏ ရက်စွဲသည် အနာဂတ်ရက် ဖြစ်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="145"/>
        <source>Write down the person&apos;s own wishes, in their words.</source>
        <translation>အကူအညီရယူသူ၏ ကိုယ်ပိုင်ဆန္ဒများကို ၎င်း၏ စကားဖြင့် ရေးမှတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="151"/>
        <source>This case already has a plan: make a new version instead.</source>
        <translation>ဤကိစ္စရပ်တွင် အစီအစဉ် ရှိပြီးသား ဖြစ်သည် - ၎င်းအစား ဗားရှင်းအသစ် ပြုလုပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="184"/>
        <source>The person&apos;s wishes cannot be left empty.</source>
        <translation>အကူအညီရယူသူ၏ ဆန္ဒများကို ဗလာ ထား၍ မရပါ။</translation>
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
        <translation>အစီအစဉ် အစိတ်အပိုင်းတစ်ခုတွင် ပန်းတိုင် လိုအပ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="229"/>
        <location filename="../rrr_desktop/services/reintegration.py" line="259"/>
        <source>A budget cannot be negative.</source>
        <translation>ဘတ်ဂျက်သည် အနုတ်ကိန်း ဖြစ်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="286"/>
        <source>An action needs a description.</source>
        <translation>လုပ်ဆောင်ချက်တစ်ခုတွင် ဖော်ပြချက် လိုအပ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="331"/>
        <source>A visit already made cannot be moved.</source>
        <translation>သွားရောက်ပြီးသော တွေ့ဆုံမှုကို ရွှေ့၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="342"/>
        <source>A visit already made cannot be removed.</source>
        <translation>သွားရောက်ပြီးသော တွေ့ဆုံမှုကို ဖယ်ရှား၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="362"/>
        <source>A visit cannot be recorded in the future.</source>
        <translation>အနာဂတ်ရက်အတွက် သွားရောက်တွေ့ဆုံမှုကို မှတ်တမ်းတင်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="367"/>
        <source>Each domain score must be from 1 (very vulnerable) to 5.</source>
        <translation>နယ်ပယ်တစ်ခုစီ၏ ရမှတ်သည် 1 (အလွန်ထိခိုက်လွယ်သည်) မှ 5 အထိ ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="381"/>
        <source>This visit has already been recorded.</source>
        <translation>ဤသွားရောက်တွေ့ဆုံမှုကို မှတ်တမ်းတင်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="405"/>
        <source>The retention period must be at least one year.</source>
        <translation>ထိန်းသိမ်းထားရှိမှုကာလသည် အနည်းဆုံး တစ်နှစ် ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="418"/>
        <source>This case is already closed.</source>
        <translation>ဤကိစ္စရပ်ကို ပိတ်သိမ်းပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="455"/>
        <source>This case has no such plan version.</source>
        <translation>ဤကိစ္စရပ်တွင် ထိုအစီအစဉ် ဗားရှင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/report.py" line="21"/>
        <source>The start of the period is after its end.</source>
        <translation>ကာလ၏ စတင်ရက်သည် ပြီးဆုံးရက်ထက် နောက်ကျနေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="85"/>
        <source>Each table of a report counts something else.</source>
        <translation>အစီရင်ခံစာရှိ ဇယားတစ်ခုစီသည် မတူညီသောအရာကို ရေတွက်ရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="90"/>
        <source>A table counts by one field or by two different fields.</source>
        <translation>ဇယားတစ်ခုသည် အကွက်တစ်ခု သို့မဟုတ် မတူညီသော အကွက်နှစ်ခုအလိုက် ရေတွက်ရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="98"/>
        <source>Cannot count by {field}; choose one of {fields}.</source>
        <translation>{field} အလိုက် ရေတွက်၍ မရပါ။ {fields} ထဲမှ တစ်ခုကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="106"/>
        <source>The suppression threshold cannot be negative.</source>
        <translation>အရေအတွက်နည်းသည်များကို ဖုံးကွယ်ရန် သတ်မှတ်ထားသော အကန့်အသတ်သည် အနုတ်ကိန်း ဖြစ်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="16"/>
        <source>review retention</source>
        <translation>ထိန်းသိမ်းထားရှိမှုကာလကို ပြန်လည်သုံးသပ်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="46"/>
        <source>{reference} is not a closed case past its retention date.</source>
        <translation>{reference} သည် ထိန်းသိမ်းထားရှိမှုကာလ ကုန်ဆုံးပြီးသော ပိတ်သိမ်းထားသည့် ကိစ္စရပ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="55"/>
        <source>anonymise a case</source>
        <translation>ကိစ္စရပ်တစ်ခုကို အမည်မဖော်နိုင်အောင် အပြီးပြုလုပ်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="67"/>
        <source>delete a case</source>
        <translation>ကိစ္စရပ်တစ်ခုကို ဖျက်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="69"/>
        <source>{field}: {problem}.</source>
        <translation>{field} - {problem}။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="109"/>
        <source>Unknown risk factor {factor}; known: {known}.</source>
        <translation>အန္တရာယ် အချက် {factor} ကို မသိပါ။ သိရှိထားသည်များ - {known}။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="115"/>
        <source>A finding of risk with mitigations needs the mitigations.</source>
        <translation>“အန္တရာယ်ရှိသည် (လျော့ပါးစေမည့် အစီအမံများနှင့်အတူ)” ဟူသော တွေ့ရှိချက်တွင် လျော့ပါးစေမည့် အစီအမံများကို ဖော်ပြရန် လိုအပ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="123"/>
        <source>An assessment cannot be dated in the future.</source>
        <translation>အကဲဖြတ်ချက်၏ ရက်စွဲသည် အနာဂတ်ရက် ဖြစ်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="145"/>
        <source>override a gate</source>
        <translation>တားဆီးချက်တစ်ခုကို ခြွင်းချက်ဆုံးဖြတ်ချက်ဖြင့် ကျော်လွှားခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="148"/>
        <source>A supervisor decision is about the risk finding or the checklist.</source>
        <translation>ကြီးကြပ်သူ၏ ဆုံးဖြတ်ချက်သည် အန္တရာယ် တွေ့ရှိချက် သို့မဟုတ် စစ်ဆေးရန်စာရင်းနှင့်သာ သက်ဆိုင်ရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="155"/>
        <source>An override needs a reason of at least {min} characters.</source>
        <translation>ခြွင်းချက်ဆုံးဖြတ်ချက်တွင် အနည်းဆုံး စာလုံး {min} လုံးပါသော အကြောင်းရင်း လိုအပ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="168"/>
        <source>revoke an override</source>
        <translation>ခြွင်းချက်ဆုံးဖြတ်ချက်ကို ရုပ်သိမ်းခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="174"/>
        <source>There is no active {kind} override on this case.</source>
        <translation>ဤကိစ္စရပ်တွင် အကျုံးဝင်နေသော {kind} ခြွင်းချက်ဆုံးဖြတ်ချက် မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="188"/>
        <location filename="../rrr_desktop/services/return_prep.py" line="205"/>
        <source>Unknown checklist item {key}.</source>
        <translation>စစ်ဆေးရန်စာရင်း အချက် {key} ကို မသိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="193"/>
        <source>A checklist item cannot be ticked for a future date.</source>
        <translation>စစ်ဆေးရန်စာရင်း အချက်ကို အနာဂတ်ရက်စွဲဖြင့် အမှန်ခြစ်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="245"/>
        <source>A document needs a kind, e.g. passport.</source>
        <translation>စာရွက်စာတမ်းတွင် အမျိုးအစား လိုအပ်သည်၊ ဥပမာ နိုင်ငံကူးလက်မှတ်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="249"/>
        <source>Keep only the last four characters of a document number.</source>
        <translation>စာရွက်စာတမ်း နံပါတ်၏ နောက်ဆုံး စာလုံး 4 လုံးကိုသာ ထားပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="263"/>
        <source>No such document on this case.</source>
        <translation>ဤကိစ္စရပ်တွင် ထိုစာရွက်စာတမ်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="290"/>
        <source>No such leg in this itinerary.</source>
        <translation>ဤခရီးစဉ်တွင် ထိုခရီးစဉ်အပိုင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="308"/>
        <source>Unknown travel detail {detail}.</source>
        <translation>ခရီးသွားလာရေး အသေးစိတ် {detail} ကို မသိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="356"/>
        <source>A message date cannot be in the future.</source>
        <translation>စာ၏ ရက်စွဲသည် အနာဂတ်ရက် ဖြစ်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="372"/>
        <source>A message cannot be received before it was sent.</source>
        <translation>စာကို ပေးပို့သည့်ရက် မတိုင်မီ လက်ခံရရှိ၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="382"/>
        <source>The answer window is at least one day.</source>
        <translation>အဖြေ မျှော်လင့်သည့်ကာလသည် အနည်းဆုံး တစ်ရက် ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="407"/>
        <source>Record the consent as withdrawn or as declined.</source>
        <translation>သဘောတူညီချက်ကို ရုပ်သိမ်းထားသည် သို့မဟုတ် ငြင်းဆိုထားသည် ဟု မှတ်တမ်းတင်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="32"/>
        <source>an administrator</source>
        <translation>စီမံခန့်ခွဲသူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="33"/>
        <source>a supervisor</source>
        <translation>ကြီးကြပ်သူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="34"/>
        <source>a caseworker</source>
        <translation>ကိစ္စရပ်တာဝန်ခံဝန်ထမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="35"/>
        <source>a data officer</source>
        <translation>ဒေတာ တာဝန်ခံအရာရှိ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="240"/>
        <source>This vault is open for reading only (read-only media or a full disk), so a print or a copy of a file could not be recorded in its audit log; nothing was written. Free some space, or copy the vault to a writable disk, and open it again.</source>
        <translation>ဤလုံခြုံသိုလှောင်ခန်းကို ဖတ်ရန်သာ ဖွင့်ထားသည် (ဖတ်ရန်သာ ရနိုင်သော သိုလှောင်ကိရိယာ သို့မဟုတ် ဒစ်ခ် ပြည့်နေသည်)။ ထို့ကြောင့် ပုံနှိပ်ခြင်း သို့မဟုတ် ဖိုင်ကူးယူခြင်းကို ၎င်း၏ လုပ်ဆောင်ချက် မှတ်တမ်းတွင် မှတ်တမ်းတင်၍ မရပါ။ မည်သည့်အရာကိုမျှ ရေးသားခြင်း မရှိပါ။ နေရာအချို့ လွတ်အောင်ပြုလုပ်ပါ သို့မဟုတ် လုံခြုံသိုလှောင်ခန်းကို ရေးသားနိုင်သော ဒစ်ခ်သို့ ကူးယူပါ၊ ထို့နောက် ပြန်ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="277"/>
        <source>User {user} has no account in this vault.</source>
        <translation>အသုံးပြုသူ {user} တွင် ဤလုံခြုံသိုလှောင်ခန်း၌ အကောင့် မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="285"/>
        <source>The account of {user} was changed outside RRR Desktop, so it does not open. Ask another administrator to run &apos;rrr audit verify&apos;, or restore a backup.</source>
        <translation>{user} ၏ အကောင့်ကို RRR Desktop ပြင်ပတွင် ပြောင်းလဲထားသဖြင့် ဖွင့်၍ မရပါ။ &apos;rrr audit verify&apos; ကို လုပ်ဆောင်ရန် အခြား စီမံခန့်ခွဲသူတစ်ဦးကို တောင်းဆိုပါ သို့မဟုတ် အရန်မိတ္တူမှ ပြန်လည်ရယူပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="295"/>
        <source>The user {user} is disabled. Ask your administrator.</source>
        <translation>အသုံးပြုသူ {user} ၏ အသုံးပြုခွင့်ကို ပိတ်ထားသည်။ သင်၏ စီမံခန့်ခွဲသူကို မေးမြန်းပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="307"/>
        <source>Only {role} may {what}.</source>
        <translation>{what}ကို {role}သာ ပြုလုပ်ခွင့်ရှိသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="160"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="211"/>
        <source>set a duress passphrase</source>
        <translation>အရေးပေါ် စကားဝှက်စာကြောင်း သတ်မှတ်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="168"/>
        <source>The duress passphrase must differ from your passphrase.</source>
        <translation>အရေးပေါ် စကားဝှက်စာကြောင်းသည် သင်၏ စကားဝှက်စာကြောင်းနှင့် မတူရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="243"/>
        <source>add users</source>
        <translation>အသုံးပြုသူများ ထည့်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="262"/>
        <source>User {user} already exists.</source>
        <translation>အသုံးပြုသူ {user} ရှိပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="292"/>
        <source>The account {user} was saved, but not its key slot, so {user} cannot sign in yet: {reason} Then add {user} again with the same command.</source>
        <translation>အကောင့် {user} ကို သိမ်းဆည်းပြီးပါပြီ၊ သို့သော် ၎င်း၏ သော့နေရာကို မသိမ်းဆည်းရသေးသဖြင့် {user} သည် ဝင်ရောက်၍ မရသေးပါ - {reason} ထို့နောက် {user} ကို တူညီသော ညွှန်ကြားချက်ဖြင့် ထပ်မံထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="338"/>
        <source>The disk is full; free some space.</source>
        <translation>ဒစ်ခ် နေရာ ပြည့်နေသည် - နေရာအချို့ လွတ်အောင်ပြုလုပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="347"/>
        <source>manage users</source>
        <translation>အသုံးပြုသူများကို စီမံခန့်ခွဲခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="356"/>
        <source>You cannot disable, remove or change your own account; ask another administrator.</source>
        <translation>သင့်ကိုယ်ပိုင် အကောင့်ကို အသုံးပြုခွင့် ပိတ်ခြင်း၊ ဖယ်ရှားခြင်း သို့မဟုတ် ပြောင်းလဲခြင်း ပြု၍ မရပါ။ အခြား စီမံခန့်ခွဲသူတစ်ဦးကို တောင်းဆိုပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="383"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="412"/>
        <source>The last administrator cannot be disabled.</source>
        <translation>နောက်ဆုံး ကျန်ရှိသော စီမံခန့်ခွဲသူ၏ အသုံးပြုခွင့်ကို ပိတ်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="393"/>
        <source>A user needs at least one role.</source>
        <translation>အသုံးပြုသူတစ်ဦးတွင် အနည်းဆုံး အခန်းကဏ္ဍ တစ်ခု ရှိရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="399"/>
        <source>The last administrator keeps that role.</source>
        <translation>နောက်ဆုံး ကျန်ရှိသော စီမံခန့်ခွဲသူသည် ထိုအခန်းကဏ္ဍကို ဆက်လက် ထိန်းထားရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="426"/>
        <source>{user} was disabled (their passphrase opens nothing in this program now), but their key slot was not deleted: {reason} Then remove {user} again.</source>
        <translation>{user} ၏ အသုံးပြုခွင့်ကို ပိတ်ထားပြီးပါပြီ (၎င်း၏ စကားဝှက်စာကြောင်းဖြင့် ဤပရိုဂရမ်တွင် မည်သည့်အရာကိုမျှ ဖွင့်၍ မရတော့ပါ)၊ သို့သော် ၎င်း၏ သော့နေရာကို မဖျက်ရသေးပါ - {reason} ထို့နောက် {user} ကို ထပ်မံဖယ်ရှားပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="438"/>
        <source>{user} was removed (key slot deleted, account disabled), but the data key was not rotated: {reason} Then choose Settings → Users and roles → Change the vault&apos;s key (or run &apos;rrr rotate-key&apos;).</source>
        <translation>{user} ကို ဖယ်ရှားပြီးပါပြီ (သော့နေရာကို ဖျက်ပြီး အကောင့်ကို အသုံးပြုခွင့် ပိတ်ထားသည်)၊ သို့သော် ဒေတာသော့ကို အသစ်မလဲရသေးပါ- {reason} ထို့နောက် ဆက်တင်များ → အသုံးပြုသူများနှင့် အခန်းကဏ္ဍများ → လုံခြုံသိုလှောင်ခန်း၏ သော့ကို ပြောင်းရန် ကို ရွေးပါ (သို့မဟုတ် &apos;rrr rotate-key&apos; ကို လုပ်ဆောင်ပါ)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="452"/>
        <source>rotate the data key</source>
        <translation>ဒေတာသော့ကို အသစ်လဲခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="473"/>
        <source>create a recovery key</source>
        <translation>ပြန်လည်ဖွင့်ရန်သော့ ဖန်တီးခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="512"/>
        <source>An administrator&apos;s passphrase is reset only with another administrator&apos;s approval: {others}.</source>
        <translation>စီမံခန့်ခွဲသူ၏ စကားဝှက်စာကြောင်းကို အခြား စီမံခန့်ခွဲသူတစ်ဦး၏ ခွင့်ပြုချက်ဖြင့်သာ အသစ်ပြန်သတ်မှတ်နိုင်သည် - {others}။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="564"/>
        <source>wipe this laptop</source>
        <translation>ဤလက်ပ်တော့ရှိ ဒေတာများကို အပြီးတိုင် ဖျက်ပစ်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="568"/>
        <source>Type the organisation&apos;s name exactly to confirm; nothing was wiped.</source>
        <translation>အတည်ပြုရန် အဖွဲ့အစည်း၏ အမည်ကို အတိအကျ ရိုက်ထည့်ပါ။ မည်သည့်အရာကိုမျှ ဖျက်ပစ်ခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="274"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="352"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="500"/>
        <source>There is no user {user} in this vault.</source>
        <translation>ဤလုံခြုံသိုလှောင်ခန်းတွင် အသုံးပြုသူ {user} မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="139"/>
        <source>The country must be a two-letter code such as KH.</source>
        <translation>နိုင်ငံသည် KH ကဲ့သို့ စာလုံးနှစ်လုံးပါ ကုဒ် ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="162"/>
        <source>{language} is not a language the list knows; choose one from the list that opens as you type.</source>
        <translation>{language} သည် စာရင်းတွင် ပါဝင်သော ဘာသာစကား မဟုတ်ပါ။ စာရိုက်နေစဉ် ပွင့်လာသော စာရင်းမှ တစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/errors.py" line="73"/>
        <source>Not done</source>
        <translation>မဆောင်ရွက်နိုင်ပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/cases.py" line="97"/>
        <source>The case no longer exists.</source>
        <translation>ကိစ္စရပ် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/cases.py" line="441"/>
        <source>No case with reference {reference}.</source>
        <translation>ရည်ညွှန်းနံပါတ် {reference} ပါသော ကိစ္စရပ် မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="69"/>
        <source>The vault file in {folder} is damaged or is not the one these passphrases open. Nothing was changed. Restore the latest backup (rrr restore) or ask for help.</source>
        <translation>{folder} ရှိ လုံခြုံသိုလှောင်ခန်း ဖိုင်သည် ပျက်စီးနေသည် သို့မဟုတ် ဤစကားဝှက်စာကြောင်းများဖြင့် ဖွင့်ရမည့် ဖိုင် မဟုတ်ပါ။ မည်သည့်အရာကိုမျှ ပြောင်းလဲခြင်း မရှိပါ။ နောက်ဆုံး အရန်မိတ္တူမှ ပြန်လည်ရယူပါ (rrr restore) သို့မဟုတ် အကူအညီ တောင်းပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="80"/>
        <source>The vault in {folder} could not be read (the disk reported an error). Nothing was changed. Copy the folder to a healthy disk, or restore the latest backup.</source>
        <translation>{folder} ရှိ လုံခြုံသိုလှောင်ခန်းကို ဖတ်၍ မရပါ (ဒစ်ခ်က အမှားတစ်ခု ပြသခဲ့သည်)။ မည်သည့်အရာကိုမျှ ပြောင်းလဲခြင်း မရှိပါ။ ဖိုဒါကို ကောင်းမွန်သော ဒစ်ခ်သို့ ကူးယူပါ သို့မဟုတ် နောက်ဆုံး အရန်မိတ္တူမှ ပြန်လည်ရယူပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="172"/>
        <source>This vault on read-only media needs an upgrade by this version of RRR Desktop: copy it to a writable disk and open it there.</source>
        <translation>ဖတ်ရန်သာ ရနိုင်သော သိုလှောင်ကိရိယာပေါ်ရှိ ဤလုံခြုံသိုလှောင်ခန်းကို RRR Desktop ၏ ဤဗားရှင်းက အဆင့်မြှင့်ရန် လိုအပ်သည် - ၎င်းကို ရေးသားနိုင်သော ဒစ်ခ်သို့ ကူးယူပြီး ထိုနေရာတွင် ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="207"/>
        <source>This vault uses schema {current}, newer than this program knows ({latest}). Update RRR Desktop.</source>
        <translation>ဤလုံခြုံသိုလှောင်ခန်းသည် ဒေတာဖွဲ့စည်းပုံ (schema) {current} ကို သုံးထားပြီး ၎င်းသည် ဤပရိုဂရမ် သိရှိသည့် ({latest}) ထက် ပိုသစ်သည်။ RRR Desktop ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="390"/>
        <source>The copy failed its check; nothing was saved. Try another place or another stick.</source>
        <translation>မိတ္တူသည် စစ်ဆေးမှုကို မအောင်မြင်ပါ။ မည်သည့်အရာကိုမျှ သိမ်းဆည်းခြင်း မရှိပါ။ အခြားနေရာ သို့မဟုတ် အခြား USB ဒရိုက်တစ်ခုကို စမ်းကြည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="191"/>
        <source>A key slot uses an unknown key derivation.</source>
        <translation>သော့နေရာ (key slot) တစ်ခုသည် မသိသော သော့ထုတ်ယူနည်း (key derivation) ကို သုံးထားသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="324"/>
        <source>This vault was made by a newer version of RRR Desktop.</source>
        <translation>ဤလုံခြုံသိုလှောင်ခန်းကို RRR Desktop ၏ ပိုသစ်သော ဗားရှင်းဖြင့် ပြုလုပ်ထားသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="303"/>
        <source>The key slot file of this vault is damaged; restore it from a backup.</source>
        <translation>ဤလုံခြုံသိုလှောင်ခန်း၏ သော့နေရာ (key slot) ဖိုင် ပျက်စီးနေသည်။ အရန်မိတ္တူမှ ပြန်လည်ရယူပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/records.py" line="189"/>
        <source>This record was deleted or anonymised; it can no longer be changed.</source>
        <translation>ဤမှတ်တမ်းကို ဖျက်ထားပြီး သို့မဟုတ် အမည်မဖော်နိုင်အောင် အပြီးပြုလုပ်ထားပြီး ဖြစ်သဖြင့် ပြောင်းလဲ၍ မရတော့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="54"/>
        <source>A passphrase needs at least {min} characters.</source>
        <translation>စကားဝှက်စာကြောင်းတွင် အနည်းဆုံး စာလုံး {min} လုံး လိုအပ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="59"/>
        <source>This passphrase is too easy to guess (a common word, a pattern or a date). Use a few unrelated words.</source>
        <translation>ဤ စကားဝှက်စာကြောင်းကို ခန့်မှန်းရ လွယ်လွန်းသည် (အသုံးများသော စကားလုံး၊ ပုံစံ သို့မဟုတ် ရက်စွဲ)။ ဆက်စပ်မှုမရှိသော စကားလုံးအချို့ကို သုံးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="72"/>
        <source>The vault was busy, so its key was not changed (nothing was lost). Wait for running work such as an import or a report to finish, then try again.</source>
        <translation>လုံခြုံသိုလှောင်ခန်း အလုပ်များနေသဖြင့် ၎င်း၏ သော့ကို မပြောင်းလဲခဲ့ပါ (မည်သည့်အရာမျှ မပျောက်ဆုံးပါ)။ တင်သွင်းခြင်း သို့မဟုတ် အစီရင်ခံစာကဲ့သို့ လုပ်ဆောင်နေသော အလုပ် ပြီးဆုံးသည်အထိ စောင့်ပြီး ထပ်မံကြိုးစားပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="362"/>
        <source>The key cannot be rotated yet: {users} must sign in once (their key slots are of an earlier kind); for the recovery key, make a new one.</source>
        <translation>သော့ကို အသစ်လဲ၍ မရသေးပါ- {users} သည် တစ်ကြိမ် ဝင်ရောက်ရပါမည် (၎င်းတို့၏ သော့နေရာများသည် ယခင်အမျိုးအစား ဖြစ်သည်)။ ပြန်လည်ဖွင့်ရန်သော့အတွက် အသစ်တစ်ခု ပြုလုပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="58"/>
        <source>{folder} is not a backup of RRR Desktop (its key slots are missing).</source>
        <translation>{folder} သည် RRR Desktop ၏ အရန်မိတ္တူ မဟုတ်ပါ (၎င်း၏ သော့နေရာ (key slot) များ မရှိပါ)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="74"/>
        <source>{folder} is not a folder with a backup.</source>
        <translation>{folder} သည် အရန်မိတ္တူ ပါသော ဖိုဒါ မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="102"/>
        <source>The backup in {folder} is incomplete.</source>
        <translation>{folder} ရှိ အရန်မိတ္တူ မပြည့်စုံပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="80"/>
        <source>The backup in {folder} is not encrypted; it was not restored.</source>
        <translation>{folder} ရှိ အရန်မိတ္တူကို ကုဒ်ဝှက်ထားခြင်း မရှိသဖြင့် ပြန်လည်ရယူခြင်း မပြုခဲ့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="155"/>
        <source>Your user name and passphrase do not open the backup in {folder}. Nothing was changed.</source>
        <translation>သင်၏ အသုံးပြုသူအမည်နှင့် စကားဝှက်စာကြောင်းဖြင့် {folder} ရှိ အရန်မိတ္တူကို ဖွင့်၍ မရပါ။ မည်သည့်အရာကိုမျှ ပြောင်းလဲခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="205"/>
        <source>Only an administrator may put a backup back, and {user} is not one in that backup. Nothing was changed.</source>
        <translation>အရန်မိတ္တူကို စီမံခန့်ခွဲသူသာ ပြန်လည်ရယူခွင့်ရှိပြီး {user} သည် ထိုအရန်မိတ္တူတွင် စီမံခန့်ခွဲသူ မဟုတ်ပါ။ မည်သည့်အရာကိုမျှ ပြောင်းလဲခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="216"/>
        <source>The backup in {folder} is damaged (it failed its check). Nothing was changed; the vault here is as it was. Try another copy of the backup.</source>
        <translation>{folder} ရှိ အရန်မိတ္တူ ပျက်စီးနေသည် (စစ်ဆေးမှုကို မအောင်မြင်ပါ)။ မည်သည့်အရာကိုမျှ ပြောင်းလဲခြင်း မရှိပါ။ ဤနေရာရှိ လုံခြုံသိုလှောင်ခန်းသည် ယခင်အတိုင်း ရှိနေပါသည်။ အရန်မိတ္တူ၏ အခြားမိတ္တူတစ်ခုကို စမ်းကြည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/audit.py" line="48"/>
        <source>The audit log of this vault was changed outside RRR Desktop (entries are missing or rewritten), so nothing more can be recorded. Tell your administrator; &apos;rrr audit verify&apos; shows where.</source>
        <translation>ဤလုံခြုံသိုလှောင်ခန်း၏ လုပ်ဆောင်ချက် မှတ်တမ်းကို RRR Desktop ပြင်ပတွင် ပြောင်းလဲထားသည် (မှတ်တမ်းအချက်များ ပျောက်နေသည် သို့မဟုတ် ပြန်ရေးထားသည်)၊ ထို့ကြောင့် နောက်ထပ် မည်သည့်အရာကိုမျှ မှတ်တမ်းတင်၍ မရတော့ပါ။ သင်၏ စီမံခန့်ခွဲသူကို အကြောင်းကြားပါ။ မည်သည့်နေရာတွင် ပြောင်းလဲထားသည်ကို &apos;rrr audit verify&apos; က ပြသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="29"/>
        <source>The file is larger than {limit} MB; scan it at a lower resolution or split it, then attach it again.</source>
        <translation>ဖိုင်သည် {limit} MB ထက် ကြီးနေသည်။ ပိုနိမ့်သော ရုပ်ထွက် (resolution) ဖြင့် စကင်ဖတ်ပါ သို့မဟုတ် ဖိုင်ကို ခွဲပါ၊ ထို့နောက် ထပ်မံ ပူးတွဲပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="58"/>
        <source>Write the note before saving it.</source>
        <translation>မသိမ်းဆည်းမီ မှတ်စုကို ရေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="61"/>
        <source>A note holds at most {limit} characters; split it into several notes.</source>
        <translation>မှတ်စုတစ်ခုတွင် အက္ခရာ {limit} လုံးအထိသာ ပါဝင်နိုင်သည်။ မှတ်စု အများအပြားအဖြစ် ခွဲပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="77"/>
        <source>The note holds characters that cannot be stored (control or direction characters); remove them and save again.</source>
        <translation>မှတ်စုတွင် သိမ်းဆည်း၍ မရသော အက္ခရာများ (ထိန်းချုပ်အက္ခရာ သို့မဟုတ် စာသားဦးတည်ရာ အက္ခရာ) ပါနေသည်။ ၎င်းတို့ကို ဖယ်ရှားပြီး ထပ်မံ သိမ်းဆည်းပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="123"/>
        <source>The file is empty; nothing was attached.</source>
        <translation>ဖိုင်သည် ဗလာဖြစ်နေသည်။ မည်သည့်အရာကိုမျှ ပူးတွဲခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="141"/>
        <source>The file&apos;s name or note holds characters that cannot be stored; rename it and attach it again.</source>
        <translation>ဖိုင်၏ အမည် သို့မဟုတ် မှတ်ချက်တွင် သိမ်းဆည်း၍ မရသော အက္ခရာများ ပါနေသည်။ အမည်ပြောင်းပြီး ထပ်မံ ပူးတွဲပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="152"/>
        <source>A case holds at most {limit} attached files.</source>
        <translation>ကိစ္စရပ်တစ်ခုတွင် ပူးတွဲဖိုင် {limit} ခုအထိသာ ထားနိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="169"/>
        <source>The attached file no longer exists.</source>
        <translation>ပူးတွဲဖိုင်သည် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="178"/>
        <source>This file has not arrived on this laptop yet (only its description did); it comes with the next sync from the laptop where it was attached.</source>
        <translation>ဤဖိုင်သည် ဤလက်ပ်တော့ပေါ်သို့ မရောက်သေးပါ (၎င်း၏ ဖော်ပြချက်သာ ရောက်ရှိထားသည်)။ ၎င်းကို ပူးတွဲခဲ့သည့် လက်ပ်တော့မှ နောက်တစ်ကြိမ် ထပ်တူပြုခြင်းဖြင့် ရောက်ရှိလာပါမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="186"/>
        <source>The stored file does not match its fingerprint; it was not opened. Run the vault check (rrr doctor).</source>
        <translation>သိမ်းဆည်းထားသော ဖိုင်သည် ၎င်း၏ လက်ဗွေကုဒ်နှင့် မကိုက်ညီသဖြင့် မဖွင့်ခဲ့ပါ။ လုံခြုံသိုလှောင်ခန်း စစ်ဆေးမှု (rrr doctor) ကို လုပ်ဆောင်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="22"/>
        <source>change the organisation</source>
        <translation>အဖွဲ့အစည်း၏ အချက်အလက်များကို ပြောင်းလဲခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="30"/>
        <source>The address, phone or e-mail holds characters that cannot be printed.</source>
        <translation>လိပ်စာ၊ ဖုန်း သို့မဟုတ် အီးမေးလ်တွင် ပုံနှိပ်၍ မရသော အက္ခရာများ ပါနေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="41"/>
        <source>confirm a name for letters</source>
        <translation>စာများအတွက် အမည်တစ်ခုကို အတည်ပြုခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="46"/>
        <source>Give the embassy&apos;s country as a two-letter code, e.g. KH.</source>
        <translation>သံရုံး၏ နိုင်ငံကို စာလုံးနှစ်လုံးပါ ကုဒ်ဖြင့် ပေးပါ၊ ဥပမာ KH။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="49"/>
        <source>Give the name the letter carries.</source>
        <translation>စာတွင် ဖော်ပြမည့် အမည်ကို ပေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="53"/>
        <source>“{name}” would tell the embassy what the person went through ({words}); choose a neutral name.</source>
        <translation>“{name}” သည် အကူအညီရယူသူ ကြုံတွေ့ခဲ့ရသည့်အရာကို သံရုံးသို့ ဖော်ပြမိပါလိမ့်မည် ({words})။ ကြားနေအမည်တစ်ခုကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/inuse.py" line="43"/>
        <source>The vault is open in another window or &apos;rrr&apos; command on this computer: close it there, then try again.</source>
        <translation>လုံခြုံသိုလှောင်ခန်းကို ဤကွန်ပျူတာရှိ အခြားဝင်းဒိုး သို့မဟုတ် &apos;rrr&apos; ညွှန်ကြားချက်တွင် ဖွင့်ထားသည်- ထိုနေရာတွင် ပိတ်ပြီး ထပ်စမ်းကြည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/inuse.py" line="56"/>
        <source>Another window or &apos;rrr&apos; command is changing this vault&apos;s key or restoring it. Try again in a minute.</source>
        <translation>အခြားဝင်းဒိုး သို့မဟုတ် &apos;rrr&apos; ညွှန်ကြားချက်တစ်ခုက ဤလုံခြုံသိုလှောင်ခန်း၏ သော့ကို ပြောင်းလဲနေသည် သို့မဟုတ် ၎င်းကို ပြန်လည်ရယူနေသည်။ တစ်မိနစ်အကြာတွင် ထပ်မံကြိုးစားပါ။</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="8"/>
        <source>Case identifier (no personal data)</source>
        <translation>ကိစ္စရပ် သတ်မှတ်နံပါတ် (ကိုယ်ရေးအချက်အလက် မပါဝင်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="9"/>
        <source>Opened on</source>
        <translation>ကိစ္စရပ် ဖွင့်သည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="10"/>
        <source>Reference</source>
        <translation>ရည်ညွှန်းနံပါတ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="11"/>
        <source>Their reference</source>
        <translation>မိတ်ဖက်အဖွဲ့အစည်း၏ ရည်ညွှန်းနံပါတ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="12"/>
        <source>Referring organisation</source>
        <translation>လွှဲပြောင်းပေးသည့် အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="13"/>
        <source>Referred to</source>
        <translation>လွှဲပြောင်းပေးရာ အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="14"/>
        <source>Earlier references</source>
        <translation>ယခင် ရည်ညွှန်းနံပါတ်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="15"/>
        <source>Stage</source>
        <translation>အဆင့်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="16"/>
        <source>Stage history</source>
        <translation>အဆင့် မှတ်တမ်းသမိုင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="17"/>
        <source>Caseworker</source>
        <translation>ကိစ္စရပ်တာဝန်ခံဝန်ထမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="18"/>
        <source>Also assigned to</source>
        <translation>ထပ်မံ တာဝန်ပေးထားသူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="19"/>
        <source>Receiving organisation</source>
        <translation>လက်ခံမည့်အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="20"/>
        <source>Name on printouts</source>
        <translation>ပုံနှိပ်စာတွင် ဖော်ပြမည့်အမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="21"/>
        <source>Asylum</source>
        <translation>ခိုလှုံခွင့်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="22"/>
        <source>Person</source>
        <translation>ကိုယ်ရေးအချက်အလက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="23"/>
        <source>Given name</source>
        <translation>ပေးထားသောအမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="24"/>
        <source>Family name</source>
        <translation>မိသားစုအမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="25"/>
        <source>Other names</source>
        <translation>အခြားအမည်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="26"/>
        <source>Name in the person&apos;s own script</source>
        <translation>အကူအညီရယူသူ၏ ကိုယ်ပိုင်အက္ခရာဖြင့် အမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="27"/>
        <source>Sex</source>
        <translation>လိင်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="28"/>
        <source>Date of birth</source>
        <translation>မွေးသက္ကရာဇ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="29"/>
        <source>Estimated age</source>
        <translation>ခန့်မှန်းအသက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="30"/>
        <source>Age estimated on</source>
        <translation>အသက် ခန့်မှန်းသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="31"/>
        <source>Place of birth</source>
        <translation>မွေးဖွားရာဒေသ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="32"/>
        <source>Nationality</source>
        <translation>နိုင်ငံသား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="33"/>
        <source>Languages</source>
        <translation>ဘာသာစကားများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="34"/>
        <source>The person&apos;s wishes</source>
        <translation>အကူအညီရယူသူ၏ ဆန္ဒများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="35"/>
        <source>Guardian</source>
        <translation>အုပ်ထိန်းသူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="36"/>
        <source>Contacts</source>
        <translation>ဆက်သွယ်ရန် အချက်အလက်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="37"/>
        <source>Intake</source>
        <translation>လက်ခံစာရင်းသွင်းခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="38"/>
        <source>Intake date</source>
        <translation>လက်ခံသည့်ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="39"/>
        <source>How the person was identified</source>
        <translation>အကူအညီရယူသူကို သတ်မှတ်ခဲ့သည့် နည်းလမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="40"/>
        <source>Referred by</source>
        <translation>လွှဲပြောင်းပေးသူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="41"/>
        <source>Country where it happened</source>
        <translation>ဖြစ်ပွားခဲ့သည့် နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="42"/>
        <source>Country of origin</source>
        <translation>မူရင်းနိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="43"/>
        <source>Region of origin</source>
        <translation>မူရင်းဒေသ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="44"/>
        <source>First needs</source>
        <translation>ပဏာမ လိုအပ်ချက်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="45"/>
        <source>Screening notes</source>
        <translation>စိစစ်မှု မှတ်ချက်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="46"/>
        <source>Form of exploitation</source>
        <translation>အမြတ်ထုတ်မှု ပုံစံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="47"/>
        <source>Programme</source>
        <translation>စီမံချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="48"/>
        <source>Shelter and care</source>
        <translation>ခိုလှုံရာဂေဟာနှင့် စောင့်ရှောက်မှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="49"/>
        <source>Medical services</source>
        <translation>ဆေးဘက်ဆိုင်ရာ ဝန်ဆောင်မှုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="50"/>
        <source>Shelter</source>
        <translation>ခိုလှုံရာဂေဟာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="51"/>
        <source>Admitted on</source>
        <translation>လက်ခံသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="52"/>
        <source>Left on</source>
        <translation>ထွက်ခွာသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="53"/>
        <source>Services received</source>
        <translation>ရရှိခဲ့သော ဝန်ဆောင်မှုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="54"/>
        <source>Referrals to services</source>
        <translation>ဝန်ဆောင်မှုများသို့ လွှဲပြောင်းပေးခြင်းများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="55"/>
        <source>Security measures</source>
        <translation>လုံခြုံရေး အစီအမံများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="56"/>
        <source>Consents</source>
        <translation>သဘောတူညီချက်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="57"/>
        <source>Risk assessments</source>
        <translation>အန္တရာယ် အကဲဖြတ်ချက်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="58"/>
        <source>Supervisor overrides</source>
        <translation>ကြီးကြပ်သူ၏ ခြွင်းချက်ဆုံးဖြတ်ချက်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="59"/>
        <source>Pre-departure checklist</source>
        <translation>ထွက်ခွာမီ စစ်ဆေးရန်စာရင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="60"/>
        <source>Checklist items</source>
        <translation>စစ်ဆေးရန်စာရင်း အချက်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="61"/>
        <source>Wishes to be met by a local organisation on arrival</source>
        <translation>ရောက်ရှိချိန်တွင် ဒေသခံ အဖွဲ့အစည်းက လာကြိုစေလိုသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="64"/>
        <source>Contacts handed over</source>
        <translation>ပေးအပ်ပြီးသော ဆက်သွယ်ရန် အချက်အလက်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="65"/>
        <source>Travel documents</source>
        <translation>ခရီးသွားစာရွက်စာတမ်းများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="66"/>
        <source>Travel</source>
        <translation>ခရီးသွားလာရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="67"/>
        <source>Journey legs</source>
        <translation>ခရီးစဉ်အပိုင်းများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="68"/>
        <source>Messages between organisations</source>
        <translation>အဖွဲ့အစည်းများအကြား စာများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="69"/>
        <source>Reintegration</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="70"/>
        <source>Reintegration plans</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး အစီအစဉ်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="71"/>
        <source>Follow-up visits</source>
        <translation>နောက်ဆက်တွဲ သွားရောက်တွေ့ဆုံမှုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="72"/>
        <source>Assessment date</source>
        <translation>အကဲဖြတ်သည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="73"/>
        <source>Assessed by</source>
        <translation>အကဲဖြတ်သူ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="74"/>
        <source>Assessment: the person&apos;s own account</source>
        <translation>အကဲဖြတ်ချက် - အကူအညီရယူသူ ကိုယ်တိုင် ပြောပြချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="77"/>
        <source>Assessment: the situation at home</source>
        <translation>အကဲဖြတ်ချက် - နေရပ်ရှိ အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="80"/>
        <source>Family assessment</source>
        <translation>မိသားစု အကဲဖြတ်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="81"/>
        <source>Closure</source>
        <translation>ပိတ်သိမ်းခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="82"/>
        <source>Notes and contact log</source>
        <translation>မှတ်စုများနှင့် ဆက်သွယ်မှုမှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="83"/>
        <source>Attached documents</source>
        <translation>ပူးတွဲ စာရွက်စာတမ်းများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="84"/>
        <source>Last changed</source>
        <translation>နောက်ဆုံး ပြောင်းလဲသည့်အချိန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="86"/>
        <source>{list}: entry kept or deleted</source>
        <translation>{list} - အချက်အလက်ကို ထားရှိခြင်း သို့မဟုတ် ဖျက်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="87"/>
        <source>{list}: {field}</source>
        <translation>{list} - {field}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="88"/>
        <source>{list}: one entry</source>
        <translation>{list} - အချက်အလက်တစ်ခု</translation>
    </message>
</context>
<context>
    <name>followup</name>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="41"/>
        <source>Financial</source>
        <translation>ငွေကြေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="42"/>
        <source>Family and social</source>
        <translation>မိသားစုနှင့် လူမှုရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="43"/>
        <source>Employment and skills</source>
        <translation>အလုပ်အကိုင်နှင့် ကျွမ်းကျင်မှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="44"/>
        <source>Medical and psychosocial</source>
        <translation>ဆေးဘက်နှင့် စိတ်လူမှုဆိုင်ရာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="47"/>
        <source>Legal</source>
        <translation>ဥပဒေရေးရာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="52"/>
        <source>Contact with a recruiter, broker or former exploiter</source>
        <translation>အလုပ်ခေါ်ဆောင်သူ၊ ပွဲစား သို့မဟုတ် ယခင် အမြတ်ထုတ်သူနှင့် ဆက်သွယ်မှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="55"/>
        <source>An offer of work abroad or in another town</source>
        <translation>နိုင်ငံခြား သို့မဟုတ် အခြားမြို့တွင် အလုပ်ကမ်းလှမ်းမှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="56"/>
        <source>New or growing debt</source>
        <translation>ကြွေးမြီအသစ် သို့မဟုတ် တိုးပွားလာသော ကြွေးမြီ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="57"/>
        <source>Family pressure to earn money or migrate again</source>
        <translation>ငွေရှာရန် သို့မဟုတ် ထပ်မံ ရွှေ့ပြောင်းသွားရန် မိသားစု၏ ဖိအားပေးမှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="60"/>
        <source>Threats or intimidation from traffickers</source>
        <translation>လူကုန်ကူးသူများထံမှ ခြိမ်းခြောက်မှု သို့မဟုတ် အကြပ်ကိုင်မှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="61"/>
        <source>Identity documents held by someone else</source>
        <translation>ကိုယ်ရေးအထောက်အထား စာရွက်စာတမ်းများကို အခြားသူက ကိုင်ထားခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="62"/>
        <source>Unexplained money or gifts</source>
        <translation>ရင်းမြစ် မရှင်းလင်းသော ငွေ သို့မဟုတ် လက်ဆောင်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="63"/>
        <source>Plans to leave without telling anyone</source>
        <translation>မည်သူ့ကိုမျှ မပြောဘဲ ထွက်သွားရန် စီစဉ်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="64"/>
        <source>Isolation, alcohol or drug use</source>
        <translation>အထီးကျန်ခြင်း၊ အရက် သို့မဟုတ် မူးယစ်ဆေးဝါး သုံးစွဲခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="65"/>
        <source>Dropped out of training, school or work</source>
        <translation>သင်တန်း၊ ကျောင်း သို့မဟုတ် အလုပ်မှ ထွက်သွားခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="19"/>
        <source>Reintegrated</source>
        <translation>ပြန်လည်ပေါင်းစည်းပြီး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="20"/>
        <source>Declined further assistance</source>
        <translation>နောက်ထပ် အကူအညီကို ငြင်းဆိုခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="21"/>
        <source>Lost contact</source>
        <translation>အဆက်အသွယ် ပြတ်သွားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="22"/>
        <source>Moved on</source>
        <translation>အခြားနေရာသို့ ပြောင်းရွှေ့သွားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="23"/>
        <source>Transferred to another organisation</source>
        <translation>အခြားအဖွဲ့အစည်းသို့ လွှဲပြောင်းပြီး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="24"/>
        <source>Deceased</source>
        <translation>ကွယ်လွန်သွားပြီ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="29"/>
        <source>Fin.</source>
        <translation>ငွေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="30"/>
        <source>Fam.</source>
        <translation>မိသားစု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="31"/>
        <source>Emp.</source>
        <translation>အလုပ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="32"/>
        <source>Med.</source>
        <translation>ဆေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="33"/>
        <source>Leg.</source>
        <translation>ဥပဒေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="30"/>
        <source>Score trend per domain</source>
        <translation>နယ်ပယ်အလိုက် ရမှတ် အပြောင်းအလဲ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="44"/>
        <source>no score yet</source>
        <translation>ရမှတ် မရှိသေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="46"/>
        <source>improving</source>
        <translation>တိုးတက်လာသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="47"/>
        <source>worse</source>
        <translation>ဆိုးလာသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="48"/>
        <source>steady</source>
        <translation>မပြောင်းလဲ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="50"/>
        <source>{score}/5, {trend}</source>
        <translation>{score}/5၊ {trend}</translation>
    </message>
</context>
<context>
    <name>gates</name>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="50"/>
        <source>The person has not consented to return.</source>
        <translation>အကူအညီရယူသူသည် နေရပ်ပြန်ရန် သဘောတူညီချက် မပေးထားပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="58"/>
        <source>No security (risk) assessment has been made.</source>
        <translation>လုံခြုံရေး (အန္တရာယ်) အကဲဖြတ်ချက် မပြုလုပ်ရသေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="67"/>
        <source>The risk assessment found reasonable suspicion of harm; a supervisor must record an override with a reason.</source>
        <translation>အန္တရာယ် အကဲဖြတ်ချက်တွင် ထိခိုက်နစ်နာနိုင်သည်ဟု ခိုင်လုံသော သံသယ တွေ့ရှိသည်။ ကြီးကြပ်သူက အကြောင်းရင်းနှင့်တကွ ခြွင်းချက်ဆုံးဖြတ်ချက်ကို မှတ်တမ်းတင်ရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="79"/>
        <source>A child needs a recorded guardian.</source>
        <translation>ကလေးသူငယ်အတွက် အုပ်ထိန်းသူကို မှတ်တမ်းတင်ထားရန် လိုအပ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="98"/>
        <source>{count} of 8 pre-departure conditions are not yet met: {missing}</source>
        <translation>ထွက်ခွာမီ ပြည့်မီရမည့်အချက် 8 ချက်အနက် {count} ချက် မပြည့်မီသေးပါ - {missing}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="107"/>
        <source>No travel itinerary has been recorded.</source>
        <translation>ခရီးစဉ်ကို မှတ်တမ်းတင်ထားခြင်း မရှိသေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="115"/>
        <location filename="../rrr_desktop/domain/gates.py" line="188"/>
        <source>The person has not consented to share the case with {org}.</source>
        <translation>အကူအညီရယူသူသည် ကိစ္စရပ်ကို {org} နှင့် မျှဝေရန် သဘောတူညီချက် မပေးထားပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="132"/>
        <source>An asylum procedure is pending: the embassy must not be contacted.</source>
        <translation>ခိုလှုံခွင့် လုပ်ငန်းစဉ် ဆောင်ရွက်ဆဲ ဖြစ်သည် - သံရုံးကို မဆက်သွယ်ရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="141"/>
        <source>The person was granted asylum: the embassy of the country they fled must not be contacted.</source>
        <translation>အကူအညီရယူသူသည် ခိုလှုံခွင့် ရရှိထားသည် - ၎င်း ထွက်ပြေးလာခဲ့သည့် နိုင်ငံ၏ သံရုံးကို မဆက်သွယ်ရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="152"/>
        <source>An asylum decision is recorded without its outcome: record whether asylum was granted or refused before the embassy is contacted.</source>
        <translation>ခိုလှုံခွင့် ဆုံးဖြတ်ချက်ကို ရလဒ်မပါဘဲ မှတ်တမ်းတင်ထားသည် - သံရုံးကို မဆက်သွယ်မီ ခိုလှုံခွင့် ရရှိသည် သို့မဟုတ် ငြင်းပယ်ခံရသည်ကို မှတ်တမ်းတင်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="163"/>
        <source>The person wishes to apply for asylum: the embassy must not be contacted.</source>
        <translation>အကူအညီရယူသူသည် ခိုလှုံခွင့် လျှောက်ထားလိုသည် - သံရုံးကို မဆက်သွယ်ရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="173"/>
        <source>The person has not consented to contact with the embassy.</source>
        <translation>အကူအညီရယူသူသည် သံရုံးနှင့် ဆက်သွယ်ရန် သဘောတူညီချက် မပေးထားပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="206"/>
        <source>A child returns to family only after a family assessment.</source>
        <translation>ကလေးသူငယ်သည် မိသားစု အကဲဖြတ်ချက် ပြုလုပ်ပြီးမှသာ မိသားစုထံ ပြန်နိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="215"/>
        <source>The family assessment found neglect or abuse: choose family-based alternative care.</source>
        <translation>မိသားစု အကဲဖြတ်ချက်တွင် လျစ်လျူရှုမှု သို့မဟုတ် ညှဉ်းပန်းနှိပ်စက်မှု တွေ့ရှိသည် - မိသားစုအခြေပြု အစားထိုး စောင့်ရှောက်မှုကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="228"/>
        <source>Closing a case needs a reason.</source>
        <translation>ကိစ္စရပ်ကို ပိတ်သိမ်းရန် အကြောင်းရင်း လိုအပ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="263"/>
        <source>The person has not consented to receive assistance.</source>
        <translation>အကူအညီရယူသူသည် အကူအညီ လက်ခံရန် သဘောတူညီချက် မပေးထားပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="274"/>
        <source>The person has not consented to reintegration services.</source>
        <translation>အကူအညီရယူသူသည် ပြန်လည်ပေါင်းစည်းရေး ဝန်ဆောင်မှုများအတွက် သဘောတူညီချက် မပေးထားပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="286"/>
        <source>Testimony only with the person&apos;s full, recorded agreement.</source>
        <translation>သက်သေထွက်ဆိုခြင်းကို အကူအညီရယူသူ၏ အပြည့်အဝ သဘောတူညီချက်ကို မှတ်တမ်းတင်ထားမှသာ ပြုလုပ်နိုင်သည်။</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <location filename="../rrr_desktop/domain/handoff_rules.py" line="91"/>
        <source>never shared outside the organisation</source>
        <translation>အဖွဲ့အစည်းပြင်ပသို့ ဘယ်သောအခါမျှ မမျှဝေပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/handoff_rules.py" line="92"/>
        <source>not marked by the caseworker as one to share</source>
        <translation>ကိစ္စရပ်တာဝန်ခံဝန်ထမ်းက မျှဝေရန် အမှတ်အသား မပြုထားပါ</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="10"/>
        <source>Vault created</source>
        <translation>လုံခြုံသိုလှောင်ခန်း ဖန်တီးခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="11"/>
        <source>Backup written</source>
        <translation>အရန်မိတ္တူ ရေးသားခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="12"/>
        <source>Replaced by a restored backup</source>
        <translation>ပြန်လည်ရယူထားသော အရန်မိတ္တူဖြင့် အစားထိုးခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="13"/>
        <source>Recovery key made</source>
        <translation>ပြန်လည်ဖွင့်ရန်သော့ ပြုလုပ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="14"/>
        <source>Signed in</source>
        <translation>စနစ်သို့ ဝင်ရောက်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="15"/>
        <source>User added</source>
        <translation>အသုံးပြုသူ ထည့်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="16"/>
        <source>Passphrase changed</source>
        <translation>စကားဝှက်စာကြောင်း ပြောင်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="17"/>
        <source>Passphrase reset with the recovery key</source>
        <translation>ပြန်လည်ဖွင့်ရန်သော့ဖြင့် စကားဝှက်စာကြောင်းကို အသစ်ပြန်သတ်မှတ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="18"/>
        <source>User disabled</source>
        <translation>အသုံးပြုသူ၏ အသုံးပြုခွင့်ကို ပိတ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="19"/>
        <source>User enabled again</source>
        <translation>အသုံးပြုသူ၏ အသုံးပြုခွင့်ကို ပြန်ဖွင့်ပေးခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="20"/>
        <source>User&apos;s roles changed</source>
        <translation>အသုံးပြုသူ၏ အခန်းကဏ္ဍများကို ပြောင်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="21"/>
        <source>User removed</source>
        <translation>အသုံးပြုသူကို ဖယ်ရှားခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="22"/>
        <source>Laptop wiped</source>
        <translation>လက်ပ်တော့ရှိ ဒေတာများကို အပြီးတိုင် ဖျက်ပစ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="26"/>
        <source>Demo cases added</source>
        <translation>သရုပ်ပြ ကိစ္စရပ်များ ထည့်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="27"/>
        <source>Case created</source>
        <translation>ကိစ္စရပ် ဖန်တီးခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="28"/>
        <source>Case opened</source>
        <translation>ကိစ္စရပ် ဖွင့်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="29"/>
        <source>Case edited</source>
        <translation>ကိစ္စရပ် ပြင်ဆင်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="30"/>
        <source>Last edit undone</source>
        <translation>နောက်ဆုံး ပြင်ဆင်မှုကို ပြန်ဖျက်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="31"/>
        <source>Stage changed</source>
        <translation>အဆင့် ပြောင်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="32"/>
        <source>Consent recorded</source>
        <translation>သဘောတူညီချက် မှတ်တမ်းတင်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="39"/>
        <source>Case closed</source>
        <translation>ကိစ္စရပ် ပိတ်သိမ်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="40"/>
        <source>Case assigned</source>
        <translation>ကိစ္စရပ်ကို တာဝန်ပေးခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="41"/>
        <source>Case anonymised</source>
        <translation>ကိစ္စရပ်ကို အမည်မဖော်နိုင်အောင် အပြီးပြုလုပ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="42"/>
        <source>Case deleted</source>
        <translation>ကိစ္စရပ် ဖျက်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="43"/>
        <source>Case imported from a spreadsheet</source>
        <translation>စာရင်းဇယားဖိုင်မှ ကိစ္စရပ် တင်သွင်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="44"/>
        <source>Printed</source>
        <translation>ပုံနှိပ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="45"/>
        <source>Asylum status recorded</source>
        <translation>ခိုလှုံခွင့် အခြေအနေ မှတ်တမ်းတင်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="46"/>
        <source>Documents recorded</source>
        <translation>စာရွက်စာတမ်းများ မှတ်တမ်းတင်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="47"/>
        <source>Travel changed</source>
        <translation>ခရီးသွားလာရေး အစီအစဉ် ပြောင်းလဲခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="48"/>
        <source>Message recorded</source>
        <translation>စာ မှတ်တမ်းတင်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="49"/>
        <source>Risk assessed</source>
        <translation>အန္တရာယ် အကဲဖြတ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="50"/>
        <source>Checklist item ticked</source>
        <translation>စစ်ဆေးရန်စာရင်း အချက်ကို အမှန်ခြစ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="51"/>
        <source>Checklist tick removed</source>
        <translation>စစ်ဆေးရန်စာရင်းမှ အမှန်ခြစ်ကို ဖယ်ရှားခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="52"/>
        <source>Handed-over contacts recorded</source>
        <translation>ပေးအပ်ခဲ့သော ဆက်သွယ်ရန် အချက်အလက်များကို မှတ်တမ်းတင်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="53"/>
        <source>Wish to be met on arrival by a local NGO recorded</source>
        <translation>ရောက်ရှိချိန်တွင် ဒေသခံ အစိုးရမဟုတ်သော အဖွဲ့အစည်းက လာကြိုစေလိုသည့် ဆန္ဒကို မှတ်တမ်းတင်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="64"/>
        <source>New plan version made</source>
        <translation>အစီအစဉ် ဗားရှင်းအသစ် ပြုလုပ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="70"/>
        <source>Plan action added</source>
        <translation>အစီအစဉ် လုပ်ဆောင်ချက် ထည့်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="71"/>
        <source>Plan action&apos;s status changed</source>
        <translation>အစီအစဉ် လုပ်ဆောင်ချက်၏ အခြေအနေကို ပြောင်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="84"/>
        <source>Operational list made</source>
        <translation>လုပ်ငန်းဆိုင်ရာ စာရင်း ပြုလုပ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="56"/>
        <source>Supervisor decision on the risk finding</source>
        <translation>အန္တရာယ် တွေ့ရှိချက်အပေါ် ကြီးကြပ်သူ၏ ဆုံးဖြတ်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="23"/>
        <source>Duress passphrase set</source>
        <translation>အရေးပေါ် စကားဝှက်စာကြောင်း သတ်မှတ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="24"/>
        <source>Duress passphrase removed</source>
        <translation>အရေးပေါ် စကားဝှက်စာကြောင်း ဖယ်ရှားခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="25"/>
        <source>Data key rotated</source>
        <translation>ဒေတာသော့ကို အသစ်လဲခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="33"/>
        <source>Note written</source>
        <translation>မှတ်စု ရေးသားခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="34"/>
        <source>File attached</source>
        <translation>ဖိုင် ပူးတွဲခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="35"/>
        <source>Attached file opened</source>
        <translation>ပူးတွဲဖိုင်ကို ဖွင့်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="36"/>
        <source>Copy of an attached file saved</source>
        <translation>ပူးတွဲဖိုင်၏ မိတ္တူကို သိမ်းဆည်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="37"/>
        <source>File sharing changed</source>
        <translation>ဖိုင် မျှဝေမှုကို ပြောင်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="38"/>
        <source>File removed</source>
        <translation>ဖိုင်ကို ဖယ်ရှားခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="57"/>
        <source>Supervisor decision to depart with open checklist items</source>
        <translation>စစ်ဆေးရန်စာရင်း အချက်များ မပြီးသေးဘဲ ထွက်ခွာရန် ကြီးကြပ်သူ၏ ဆုံးဖြတ်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="60"/>
        <source>Risk decision revoked</source>
        <translation>အန္တရာယ်ဆိုင်ရာ ဆုံးဖြတ်ချက်ကို ရုပ်သိမ်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="61"/>
        <source>Checklist decision revoked</source>
        <translation>စစ်ဆေးရန်စာရင်းဆိုင်ရာ ဆုံးဖြတ်ချက်ကို ရုပ်သိမ်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="62"/>
        <source>Reintegration plan started</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး အစီအစဉ် စတင်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="63"/>
        <source>Reintegration plan edited</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး အစီအစဉ် ပြင်ဆင်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="65"/>
        <source>Destination chosen</source>
        <translation>အကူအညီရယူသူ သွားမည့်နေရာကို ရွေးချယ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="66"/>
        <source>Reintegration assessed</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး အကဲဖြတ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="67"/>
        <source>Family assessed</source>
        <translation>မိသားစု အကဲဖြတ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="68"/>
        <source>Plan component added</source>
        <translation>အစီအစဉ် အစိတ်အပိုင်း ထည့်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="69"/>
        <source>Plan component edited</source>
        <translation>အစီအစဉ် အစိတ်အပိုင်း ပြင်ဆင်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="72"/>
        <source>Follow-up visits scheduled</source>
        <translation>နောက်ဆက်တွဲ သွားရောက်တွေ့ဆုံမှုများ စီစဉ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="73"/>
        <source>Follow-up visit added</source>
        <translation>နောက်ဆက်တွဲ သွားရောက်တွေ့ဆုံမှု ထည့်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="74"/>
        <source>Follow-up visit moved</source>
        <translation>နောက်ဆက်တွဲ သွားရောက်တွေ့ဆုံမှု ရက်ကို ရွှေ့ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="75"/>
        <source>Follow-up visit recorded</source>
        <translation>နောက်ဆက်တွဲ သွားရောက်တွေ့ဆုံမှုကို မှတ်တမ်းတင်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="76"/>
        <source>Follow-up visit removed</source>
        <translation>နောက်ဆက်တွဲ သွားရောက်တွေ့ဆုံမှုကို ဖယ်ရှားခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="77"/>
        <source>Directory entry added</source>
        <translation>လမ်းညွှန်စာရင်း အချက်အလက် ထည့်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="78"/>
        <source>Directory entry edited</source>
        <translation>လမ်းညွှန်စာရင်း အချက်အလက် ပြင်ဆင်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="79"/>
        <source>Directory entry deleted</source>
        <translation>လမ်းညွှန်စာရင်း အချက်အလက် ဖျက်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="80"/>
        <source>Directory imported</source>
        <translation>လမ်းညွှန်စာရင်း တင်သွင်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="81"/>
        <source>Directory exported</source>
        <translation>လမ်းညွှန်စာရင်း ထုတ်ယူခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="82"/>
        <source>Spreadsheet imported</source>
        <translation>စာရင်းဇယားဖိုင် တင်သွင်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="83"/>
        <source>Report made</source>
        <translation>အစီရင်ခံစာ ပြုလုပ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="85"/>
        <source>Bundle written</source>
        <translation>ဖိုင်အထုပ် ထုတ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="86"/>
        <source>Bundle imported</source>
        <translation>ဖိုင်အထုပ် တင်သွင်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="87"/>
        <source>Received from another organisation</source>
        <translation>အခြားအဖွဲ့အစည်းထံမှ လက်ခံရရှိခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="88"/>
        <source>Changed by a bundle</source>
        <translation>ဖိုင်အထုပ်ဖြင့် ပြောင်းလဲခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="89"/>
        <source>Conflicting edit received</source>
        <translation>ကွဲလွဲသော ပြင်ဆင်ချက် လက်ခံရရှိခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="90"/>
        <location filename="../rrr_desktop/domain/audit_words.py" line="91"/>
        <source>Deleted by a bundle</source>
        <translation>ဖိုင်အထုပ်ဖြင့် ဖျက်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="92"/>
        <source>Outdated data dropped from a bundle</source>
        <translation>ဖိုင်အထုပ်မှ ဟောင်းနေသော ဒေတာကို ချန်လှပ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="93"/>
        <source>Case renumbered</source>
        <translation>ကိစ္စရပ် ရည်ညွှန်းနံပါတ်ကို ပြောင်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="94"/>
        <source>Conflict resolved</source>
        <translation>ကွဲလွဲမှုကို ဖြေရှင်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="95"/>
        <source>Referred to another organisation</source>
        <translation>အခြားအဖွဲ့အစည်းသို့ လွှဲပြောင်းပေးခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="96"/>
        <source>Status report sent</source>
        <translation>အခြေအနေ အစီရင်ခံစာ ပေးပို့ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="97"/>
        <source>Sent to another laptop</source>
        <translation>အခြားလက်ပ်တော့သို့ ပေးပို့ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="98"/>
        <source>Contact card written</source>
        <translation>ဆက်သွယ်ရန်ကတ် ဖိုင် ရေးသားခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="99"/>
        <source>Installation keys made</source>
        <translation>RRR Desktop ထည့်သွင်းမှု၏ သော့များ ပြုလုပ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="100"/>
        <source>Laptop joined the organisation</source>
        <translation>လက်ပ်တော့သည် အဖွဲ့အစည်းသို့ ပူးပေါင်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="101"/>
        <source>Contact card added</source>
        <translation>ဆက်သွယ်ရန်ကတ် ထည့်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="102"/>
        <source>Contact card trusted</source>
        <translation>ဆက်သွယ်ရန်ကတ်ကို ယုံကြည်ကြောင်း သတ်မှတ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="103"/>
        <source>Audit log verified</source>
        <translation>လုပ်ဆောင်ချက် မှတ်တမ်းကို စစ်ဆေးအတည်ပြုခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="104"/>
        <source>Stored records sealed in the log</source>
        <translation>သိမ်းဆည်းထားသော မှတ်တမ်းများကို လုပ်ဆောင်ချက် မှတ်တမ်းတွင် တံဆိပ်ခတ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="105"/>
        <source>User accounts sealed in the log</source>
        <translation>အသုံးပြုသူ အကောင့်များကို လုပ်ဆောင်ချက် မှတ်တမ်းတွင် တံဆိပ်ခတ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="106"/>
        <source>Audit log exported</source>
        <translation>လုပ်ဆောင်ချက် မှတ်တမ်းကို ထုတ်ယူခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="107"/>
        <source>Audit checkpoint written</source>
        <translation>လုပ်ဆောင်ချက် မှတ်တမ်း၏ စစ်ဆေးမှတ်တိုင် ရေးသားခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="58"/>
        <source>Sections: {names}</source>
        <translation>အပိုင်းများ - {names}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="48"/>
        <source>Earlier case number</source>
        <translation>ယခင် အမှုနံပါတ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="49"/>
        <source>Given name</source>
        <translation>ပေးထားသောအမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="50"/>
        <source>Family name</source>
        <translation>မိသားစုအမည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="51"/>
        <source>Sex</source>
        <translation>လိင်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="52"/>
        <source>Date of birth</source>
        <translation>မွေးသက္ကရာဇ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="53"/>
        <source>Age at intake</source>
        <translation>လက်ခံချိန်က အသက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="54"/>
        <source>Nationality</source>
        <translation>နိုင်ငံသား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="55"/>
        <source>Country of origin</source>
        <translation>မူရင်းနိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="56"/>
        <source>Sector of exploitation</source>
        <translation>အမြတ်ထုတ်ခံရသည့် လုပ်ငန်းကဏ္ဍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="57"/>
        <source>Country of exploitation</source>
        <translation>အမြတ်ထုတ်ခံရသည့် နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="58"/>
        <source>Intake date</source>
        <translation>လက်ခံသည့်ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="59"/>
        <source>Programme</source>
        <translation>စီမံချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="60"/>
        <source>Stage</source>
        <translation>အဆင့်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="61"/>
        <source>Reason for closure</source>
        <translation>ကိစ္စရပ် ပိတ်ရသည့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="62"/>
        <source>Closure date</source>
        <translation>ကိစ္စရပ် ပိတ်သည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="76"/>
        <source>The given name in column {column} is empty.</source>
        <translation>ကော်လံ {column} ရှိ ပေးထားသောအမည် ဗလာ ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="79"/>
        <source>The intake date in column {column} is empty.</source>
        <translation>ကော်လံ {column} ရှိ လက်ခံသည့်ရက်စွဲ ဗလာ ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="82"/>
        <source>The date in column {column} is not a date; use 2024-03-31 or 31/03/2024.</source>
        <translation>ကော်လံ {column} ရှိ ရက်စွဲသည် ရက်စွဲပုံစံ မဟုတ်ပါ။ 2024-03-31 သို့မဟုတ် 31/03/2024 ပုံစံကို သုံးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="85"/>
        <source>The date in column {column} could be day/month or month/day; write 2024-03-31.</source>
        <translation>ကော်လံ {column} ရှိ ရက်စွဲသည် ရက်/လ သို့မဟုတ် လ/ရက် နှစ်မျိုးလုံး ဖြစ်နိုင်သည်။ 2024-03-31 ပုံစံဖြင့် ရေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="88"/>
        <source>The date in column {column} has a two-digit year; write all four digits.</source>
        <translation>ကော်လံ {column} ရှိ ရက်စွဲတွင် ခုနှစ်ကို ဂဏန်းနှစ်လုံးသာ ရေးထားသည်။ ဂဏန်း လေးလုံးလုံး ရေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="91"/>
        <source>The date in column {column} is in the future.</source>
        <translation>ကော်လံ {column} ရှိ ရက်စွဲသည် အနာဂတ်ရက် ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="92"/>
        <source>The date of birth is after the intake date.</source>
        <translation>မွေးသက္ကရာဇ်သည် လက်ခံသည့်ရက်စွဲထက် နောက်ကျနေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="95"/>
        <source>The age in column {column} is not a whole number of years.</source>
        <translation>ကော်လံ {column} ရှိ အသက်သည် နှစ်အပြည့် ကိန်းပြည့် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="98"/>
        <source>The age in column {column} is not between 0 and 120.</source>
        <translation>ကော်လံ {column} ရှိ အသက်သည် 0 နှင့် 120 ကြားတွင် မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="101"/>
        <source>The age and the date of birth disagree by more than a year.</source>
        <translation>အသက်နှင့် မွေးသက္ကရာဇ်သည် တစ်နှစ်ထက်ပို၍ ကွာခြားနေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="104"/>
        <source>The sex in column {column} is not recognised; use M, F or X.</source>
        <translation>ကော်လံ {column} ရှိ လိင်ကို မသိရှိပါ။ M၊ F သို့မဟုတ် X ကို သုံးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="107"/>
        <source>The exploitation sector in column {column} is not recognised.</source>
        <translation>ကော်လံ {column} ရှိ အမြတ်ထုတ်ခံရသည့် လုပ်ငန်းကဏ္ဍကို မသိရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="110"/>
        <source>The country in column {column} is not a recognised country or two-letter code.</source>
        <translation>ကော်လံ {column} ရှိ နိုင်ငံသည် သိရှိထားသော နိုင်ငံ သို့မဟုတ် စာလုံးနှစ်လုံးပါ ကုဒ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="113"/>
        <source>The stage in column {column} is not one of the case stages.</source>
        <translation>ကော်လံ {column} ရှိ အဆင့်သည် ကိစ္စရပ်အဆင့်များထဲမှ တစ်ခု မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="116"/>
        <source>The reason for closure in column {column} is not one of: reintegrated, declined assistance, lost contact, moved on, transferred, deceased.</source>
        <translation>ကော်လံ {column} ရှိ ကိစ္စရပ် ပိတ်ရသည့် အကြောင်းရင်းသည် အောက်ပါတို့ထဲမှ တစ်ခု မဟုတ်ပါ - reintegrated (ပြန်လည်ပေါင်းစည်းပြီး)၊ declined assistance (အကူအညီကို ငြင်းဆိုခဲ့သည်)၊ lost contact (အဆက်အသွယ် ပြတ်သွားသည်)၊ moved on (အခြားနေရာသို့ ပြောင်းရွှေ့သွားသည်)၊ transferred (အခြားအဖွဲ့အစည်းသို့ လွှဲပြောင်းပြီး)၊ deceased (ကွယ်လွန်သွားပြီ)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="121"/>
        <source>The case is not closed, yet column {column} gives a closure reason or date.</source>
        <translation>ကိစ္စရပ်ကို မပိတ်ရသေးသော်လည်း ကော်လံ {column} တွင် ပိတ်ရသည့် အကြောင်းရင်း သို့မဟုတ် ပိတ်သည့်ရက် ပါရှိသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="124"/>
        <source>The closure date is before the intake date.</source>
        <translation>ကိစ္စရပ် ပိတ်သည့်ရက်သည် လက်ခံသည့်ရက်စွဲ မတိုင်မီ ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="127"/>
        <source>The earlier case number in column {column} may hold letters, digits and / . _ : # - only, at most 40 of them.</source>
        <translation>ကော်လံ {column} ရှိ ယခင် အမှုနံပါတ်တွင် စာလုံး၊ ဂဏန်းနှင့် / . _ : # - သာ ပါဝင်နိုင်ပြီး အများဆုံး ၄၀ လုံးသာ ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="132"/>
        <source>The stage in column {column} comes after the departure gates (consent, risk, checklist), which an import cannot check: only a supervisor or a data officer imports cases at that stage.</source>
        <translation>ကော်လံ {column} ရှိ အဆင့်သည် ထွက်ခွာမီ အခြေအနေများ (သဘောတူညီချက်၊ အန္တရာယ် အကဲဖြတ်ချက်၊ ထွက်ခွာမီ စစ်ဆေးရန်စာရင်း) ၏ နောက်တွင် ရှိပြီး တင်သွင်းမှုက ၎င်းတို့ကို စစ်ဆေး၍ မရပါ။ ထိုအဆင့်ရှိ ကိစ္စရပ်များကို ကြီးကြပ်သူ သို့မဟုတ် ဒေတာ တာဝန်ခံအရာရှိသာ တင်သွင်းနိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="138"/>
        <source>The reference in column {column} appears on more than one row.</source>
        <translation>ကော်လံ {column} ရှိ ရည်ညွှန်းနံပါတ်သည် အတန်းတစ်တန်းထက် ပို၍ ပါနေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="141"/>
        <source>The reference in column {column} already belongs to a case in the vault.</source>
        <translation>ကော်လံ {column} ရှိ ရည်ညွှန်းနံပါတ်သည် လုံခြုံသိုလှောင်ခန်းထဲရှိ ကိစ္စရပ်တစ်ခုနှင့် သက်ဆိုင်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="144"/>
        <source>The text in column {column} is longer than 200 characters.</source>
        <translation>ကော်လံ {column} ရှိ စာသားသည် စာလုံး 200 ထက် ရှည်နေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="147"/>
        <source>The text in column {column} holds a line break or a control or direction character.</source>
        <translation>ကော်လံ {column} ရှိ စာသားတွင် စာကြောင်းခွဲ သို့မဟုတ် ထိန်းချုပ်အက္ခရာ သို့မဟုတ် ဦးတည်ချက်အက္ခရာ ပါဝင်နေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="151"/>
        <source>The value in column {column} cannot be stored; check it in the spreadsheet.</source>
        <translation>ကော်လံ {column} ရှိ တန်ဖိုးကို သိမ်းဆည်း၍ မရပါ။ စာရင်းဇယားဖိုင်တွင် စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="82"/>
        <source>The file could not be read.</source>
        <translation>ဖိုင်ကို ဖတ်၍ မရပါ။</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="23"/>
        <source>Request for assistance</source>
        <translation>အကူအညီ တောင်းခံစာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="24"/>
        <source>Confirmation of assistance</source>
        <translation>အကူအညီ အတည်ပြုစာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="27"/>
        <source>Reintegration assistance request</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး အကူအညီ တောင်းခံစာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="30"/>
        <source>Reintegration assistance confirmation</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး အကူအညီ အတည်ပြုစာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="33"/>
        <source>Post-departure confirmation</source>
        <translation>ထွက်ခွာပြီးကြောင်း အတည်ပြုစာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="36"/>
        <source>Arrival confirmation</source>
        <translation>ဆိုက်ရောက်ကြောင်း အတည်ပြုစာ</translation>
    </message>
</context>
<context>
    <name>next</name>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="17"/>
        <source>Record consent to assistance</source>
        <translation>အကူအညီအတွက် သဘောတူညီချက်ကို မှတ်တမ်းတင်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="18"/>
        <source>Make the risk assessment</source>
        <translation>အန္တရာယ် အကဲဖြတ်ချက် ပြုလုပ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="19"/>
        <source>Complete the pre-departure checklist</source>
        <translation>ထွက်ခွာမီ စစ်ဆေးရန်စာရင်းကို ပြီးစီးအောင် ဖြည့်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="20"/>
        <source>Plan the travel</source>
        <translation>ခရီးသွားလာရေးကို စီစဉ်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="21"/>
        <source>Awaiting an answer from the partner organisation</source>
        <translation>မိတ်ဖက်အဖွဲ့အစည်းထံမှ အဖြေကို စောင့်နေသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="24"/>
        <source>Draw up the reintegration plan</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး အစီအစဉ်ကို ရေးဆွဲရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="25"/>
        <source>Follow-up visit due</source>
        <translation>နောက်ဆက်တွဲ သွားရောက်တွေ့ဆုံမှု ပြုလုပ်ရန် အချိန်တန်ပြီ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="26"/>
        <source>Follow-up visit overdue</source>
        <translation>နောက်ဆက်တွဲ သွားရောက်တွေ့ဆုံမှု သတ်မှတ်ရက် ကျော်လွန်နေပြီ</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../rrr_desktop/ui/directory/__init__.py" line="16"/>
        <source>Directory</source>
        <translation>လမ်းညွှန်စာရင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/__init__.py" line="16"/>
        <source>Handoff</source>
        <translation>လွှဲအပ်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/__init__.py" line="16"/>
        <source>Reports</source>
        <translation>အစီရင်ခံစာများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="122"/>
        <source>Today</source>
        <translation>ယနေ့</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="123"/>
        <source>Cases</source>
        <translation>ကိစ္စရပ်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="124"/>
        <source>Settings</source>
        <translation>ဆက်တင်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="196"/>
        <source>This page could not be opened ({kind}).</source>
        <translation>ဤစာမျက်နှာကို ဖွင့်၍ မရပါ ({kind})။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/__init__.py" line="16"/>
        <source>Audit log</source>
        <translation>လုပ်ဆောင်ချက် မှတ်တမ်း</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/common.py" line="81"/>
        <source>Handoff</source>
        <translation>လွှဲအပ်ခြင်း</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="28"/>
        <source>At least 10 characters: best a few unrelated words.</source>
        <translation>အနည်းဆုံး စာလုံး 10 လုံး - အချင်းချင်း မဆက်စပ်သော စကားလုံး အနည်းငယ်ကို သုံးလျှင် အကောင်းဆုံး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="31"/>
        <source>Too short: use at least 10 characters, best a few unrelated words.</source>
        <translation>တိုလွန်းသည် - အနည်းဆုံး စာလုံး 10 လုံး သုံးပါ။ အချင်းချင်း မဆက်စပ်သော စကားလုံး အနည်းငယ်ကို သုံးလျှင် အကောင်းဆုံး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="34"/>
        <source>Too easy to guess (a common word, a pattern or a date): use a few unrelated words.</source>
        <translation>ခန့်မှန်းရ လွယ်လွန်းသည် (အသုံးများသော စကားလုံး၊ ပုံစံ သို့မဟုတ် ရက်စွဲ) - အချင်းချင်း မဆက်စပ်သော စကားလုံး အနည်းငယ်ကို သုံးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="38"/>
        <source>Weak: add another word or two.</source>
        <translation>အားနည်းသည် - စကားလုံး တစ်လုံး နှစ်လုံး ထပ်ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="39"/>
        <source>Good.</source>
        <translation>ကောင်းသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="40"/>
        <source>Strong.</source>
        <translation>ခိုင်မာသည်။</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="23"/>
        <source>Home to family</source>
        <translation>မိသားစုထံ နေရပ်ပြန်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="24"/>
        <source>Another community</source>
        <translation>အခြား ရပ်ရွာတစ်ခု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="25"/>
        <source>Independent living</source>
        <translation>ကိုယ်ပိုင် သီးခြားနေထိုင်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="26"/>
        <source>Stay in the destination country</source>
        <translation>ဦးတည်ရာနိုင်ငံတွင် ဆက်နေခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="29"/>
        <source>A third country</source>
        <translation>တတိယနိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="30"/>
        <source>Family-based alternative care (child)</source>
        <translation>မိသားစုအခြေပြု အစားထိုး စောင့်ရှောက်မှု (ကလေးသူငယ်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="36"/>
        <source>Family mediation and reunification</source>
        <translation>မိသားစု ညှိနှိုင်းဖျန်ဖြေခြင်းနှင့် ပြန်လည်ပေါင်းဆုံခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="37"/>
        <source>Medical and health</source>
        <translation>ဆေးကုသမှုနှင့် ကျန်းမာရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="38"/>
        <source>Financial (reinstallation grant, dependants)</source>
        <translation>ငွေကြေး (ပြန်လည်အခြေချရေး ထောက်ပံ့ငွေ၊ မှီခိုသူများ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="41"/>
        <source>Legal</source>
        <translation>ဥပဒေရေးရာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="42"/>
        <source>Education, vocational training, apprenticeship</source>
        <translation>ပညာရေး၊ အသက်မွေးဝမ်းကျောင်း သင်တန်း၊ အလုပ်သင်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="45"/>
        <source>Income generation</source>
        <translation>ဝင်ငွေရရှိရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="46"/>
        <source>Security</source>
        <translation>လုံခြုံရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="47"/>
        <source>Housing</source>
        <translation>နေအိမ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="48"/>
        <source>Counselling</source>
        <translation>စိတ်ပိုင်းဆိုင်ရာ အကြံပေးခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="52"/>
        <source>Planned</source>
        <translation>စီစဉ်ထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="53"/>
        <source>In progress</source>
        <translation>ဆောင်ရွက်ဆဲ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="54"/>
        <source>Done</source>
        <translation>ပြီးပါပြီ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="55"/>
        <source>Cancelled</source>
        <translation>ပယ်ဖျက်ပြီး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="84"/>
        <source>Family-based alternative care is an option for children only.</source>
        <translation>မိသားစုအခြေပြု အစားထိုး စောင့်ရှောက်မှုကို ကလေးသူငယ်များအတွက်သာ ရွေးချယ်နိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="93"/>
        <source>A child cannot be placed in independent living.</source>
        <translation>ကလေးသူငယ်ကို ကိုယ်ပိုင် သီးခြားနေထိုင်ခြင်းအဖြစ် ထားရှိ၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="116"/>
        <source>Write down the person&apos;s own wishes, in their words, beside the proposal.</source>
        <translation>အဆိုပြုချက်၏ ဘေးတွင် အကူအညီရယူသူ၏ ကိုယ်ပိုင်ဆန္ဒများကို ၎င်း၏ စကားဖြင့် ရေးမှတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="124"/>
        <source>Choose where the person will live.</source>
        <translation>အကူအညီရယူသူ နေထိုင်မည့်နေရာကို ရွေးချယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="132"/>
        <source>The component &apos;{kind}&apos; has no goal.</source>
        <translation>&apos;{kind}&apos; အစိတ်အပိုင်းတွင် ပန်းတိုင် မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="141"/>
        <source>An action of the component &apos;{kind}&apos; has no description.</source>
        <translation>&apos;{kind}&apos; အစိတ်အပိုင်း၏ လုပ်ဆောင်ချက်တစ်ခုတွင် ဖော်ပြချက် မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="49"/>
        <source>{icon} not verified in 6 months</source>
        <translation>{icon} 6 လအတွင်း စစ်ဆေးအတည်ပြုထားခြင်း မရှိပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="67"/>
        <source>Pick an organisation from the directory or type a name</source>
        <translation>လမ်းညွှန်စာရင်းမှ အဖွဲ့အစည်းတစ်ခုကို ရွေးပါ သို့မဟုတ် အမည်ကို ရိုက်ထည့်ပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="82"/>
        <source>Due by</source>
        <translation>ပြီးစီးရမည့်ရက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="103"/>
        <source>Add a plan component</source>
        <translation>အစီအစဉ် အစိတ်အပိုင်း ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="121"/>
        <source>Component:</source>
        <translation>အစိတ်အပိုင်း:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="122"/>
        <source>Goal:</source>
        <translation>ပန်းတိုင်:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="123"/>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="159"/>
        <source>Responsible:</source>
        <translation>တာဝန်ရှိသူ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="125"/>
        <source>Budget:</source>
        <translation>ဘတ်ဂျက်:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="152"/>
        <source>Add an action</source>
        <translation>လုပ်ဆောင်ချက် ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="158"/>
        <source>Action:</source>
        <translation>လုပ်ဆောင်ချက်:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="35"/>
        <source>Save the plan as PDF</source>
        <translation>အစီအစဉ်ကို PDF အဖြစ် သိမ်းဆည်းရန်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ဖိုင်များ (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="76"/>
        <source>The PDF could not be written.</source>
        <translation>PDF ကို ရေးသား၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="78"/>
        <source>Writing the PDF…</source>
        <translation>PDF ရေးသားနေသည်…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="83"/>
        <source>Saved {file} ({pages} pages).</source>
        <translation>{file} ကို သိမ်းဆည်းပြီးပါပြီ (စာမျက်နှာ {pages} မျက်နှာ)။</translation>
    </message>
</context>
<context>
    <name>reintegration</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="72"/>
        <source>Not saved</source>
        <translation>မသိမ်းဆည်းရပါ</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../rrr_desktop/printing/charts.py" line="34"/>
        <source>Dashed outline: hidden counts (disclosure control)</source>
        <translation>မျဉ်းပြတ်ဘောင် - ဖုံးကွယ်ထားသော အရေအတွက်များ (ထုတ်ဖော်မှု ထိန်းချုပ်ခြင်း)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="55"/>
        <source>Persons assisted by {field}</source>
        <translation>{field} အလိုက် အကူအညီပေးခဲ့သော ပုဂ္ဂိုလ်များ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="57"/>
        <source>{rows} by {columns}</source>
        <translation>{rows} နှင့် {columns} အလိုက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="64"/>
        <source>Period (intake date): all dates</source>
        <translation>ကာလ (လက်ခံသည့်ရက်စွဲ) - ရက်စွဲအားလုံး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="66"/>
        <source>first case</source>
        <translation>ပထမဆုံး ကိစ္စရပ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="68"/>
        <source>today</source>
        <translation>ယနေ့</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="69"/>
        <source>Period (intake date): {start} to {end}</source>
        <translation>ကာလ (လက်ခံသည့်ရက်စွဲ) - {start} မှ {end} အထိ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="77"/>
        <source>Programme: {name}</source>
        <translation>စီမံချက် - {name}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="81"/>
        <source>Programme: all programmes</source>
        <translation>စီမံချက် - စီမံချက်အားလုံး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="83"/>
        <source>Disclosure control: counts below {n} hidden, with counts that would reveal them</source>
        <translation>ထုတ်ဖော်မှု ထိန်းချုပ်ခြင်း - {n} အောက် အရေအတွက်များနှင့် ၎င်းတို့ကို ဖော်ထုတ်နိုင်မည့် အရေအတွက်များကို ဖုံးကွယ်ထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="88"/>
        <source>Disclosure control: none (for internal use only)</source>
        <translation>ထုတ်ဖော်မှု ထိန်းချုပ်ခြင်း - မရှိ (အဖွဲ့အစည်းအတွင်း အသုံးပြုရန်သာ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="91"/>
        <source>Generated: {when} UTC</source>
        <translation>ထုတ်လုပ်သည့်အချိန် - {when} UTC</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="94"/>
        <source>Cases counted: {n}</source>
        <translation>ရေတွက်ထားသော ကိစ္စရပ် - {n}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="245"/>
        <source>Persons assisted: statistics</source>
        <translation>အကူအညီပေးခဲ့သော ပုဂ္ဂိုလ်များ - စာရင်းအင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="308"/>
        <source>Statistics report</source>
        <translation>စာရင်းအင်း အစီရင်ခံစာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="332"/>
        <source>{org} - statistics - page {n} of {total}</source>
        <translation>{org} - စာရင်းအင်း - စာမျက်နှာ {n} / {total}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="17"/>
        <source>&lt;{n}: fewer than {n} persons, hidden to protect them.</source>
        <translation>&lt;{n} - ပုဂ္ဂိုလ် {n} ဦးထက် နည်းသည်၊ ၎င်းတို့ကို ကာကွယ်ရန် ဖုံးကွယ်ထားသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="20"/>
        <source>x: hidden so that a small number cannot be worked out from the totals.</source>
        <translation>x - စုစုပေါင်းများမှ အရေအတွက်နည်းသည်ကို တွက်ချက်ဖော်ထုတ်၍ မရစေရန် ဖုံးကွယ်ထားသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="23"/>
        <source>Count</source>
        <translation>အရေအတွက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="24"/>
        <source>Percent</source>
        <translation>ရာခိုင်နှုန်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="17"/>
        <source>Sex</source>
        <translation>လိင်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="18"/>
        <source>Age group at intake</source>
        <translation>လက်ခံချိန်က အသက်အုပ်စု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="19"/>
        <source>Sector of exploitation</source>
        <translation>အမြတ်ထုတ်ခံရသည့် လုပ်ငန်းကဏ္ဍ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="20"/>
        <source>Country of origin</source>
        <translation>မူရင်းနိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="21"/>
        <source>Nationality</source>
        <translation>နိုင်ငံသား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="22"/>
        <source>Stage</source>
        <translation>အဆင့်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="23"/>
        <source>Programme</source>
        <translation>စီမံချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="24"/>
        <source>Caseworker</source>
        <translation>ကိစ္စရပ်တာဝန်ခံဝန်ထမ်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="29"/>
        <source>Not recorded</source>
        <translation>မှတ်တမ်းမရှိ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="32"/>
        <source>Female</source>
        <translation>အမျိုးသမီး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="33"/>
        <source>Male</source>
        <translation>အမျိုးသား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="34"/>
        <location filename="../rrr_desktop/reports/fields.py" line="52"/>
        <source>Other</source>
        <translation>အခြား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="35"/>
        <location filename="../rrr_desktop/reports/fields.py" line="41"/>
        <source>Unknown</source>
        <translation>မသိရ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="38"/>
        <source>Infant (under 1)</source>
        <translation>နို့စို့ကလေး (1 နှစ်အောက်)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="39"/>
        <source>Child (1-17)</source>
        <translation>ကလေးသူငယ် (1-17)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="40"/>
        <source>Adult (18+)</source>
        <translation>လူကြီး (18+)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="44"/>
        <source>Domestic work</source>
        <translation>အိမ်အကူလုပ်ငန်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="45"/>
        <source>Sexual exploitation</source>
        <translation>လိင်ပိုင်းဆိုင်ရာ အမြတ်ထုတ်မှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="48"/>
        <source>Forced begging</source>
        <translation>အတင်းအဓမ္မ တောင်းရမ်းခိုင်းစေမှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="46"/>
        <source>Plantation, agriculture</source>
        <translation>စိုက်ခင်း၊ စိုက်ပျိုးရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="47"/>
        <source>Construction</source>
        <translation>ဆောက်လုပ်ရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="49"/>
        <source>Restaurant</source>
        <translation>စားသောက်ဆိုင်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="50"/>
        <source>Fishing</source>
        <translation>ငါးဖမ်းလုပ်ငန်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="51"/>
        <source>Factory</source>
        <translation>စက်ရုံ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="55"/>
        <source>Intake</source>
        <translation>လက်ခံစာရင်းသွင်းခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="56"/>
        <source>Shelter</source>
        <translation>ခိုလှုံရာဂေဟာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="57"/>
        <source>Return preparation</source>
        <translation>နေရပ်ပြန်ရန် ပြင်ဆင်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="58"/>
        <source>Travel</source>
        <translation>ခရီးသွားလာရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="59"/>
        <source>Reintegration</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="60"/>
        <source>Follow-up</source>
        <translation>နောက်ဆက်တွဲ စောင့်ကြည့်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="61"/>
        <source>Testimony</source>
        <translation>သက်သေထွက်ဆိုခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="62"/>
        <source>Closed</source>
        <translation>ပိတ်သိမ်းပြီး</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/tables.py" line="19"/>
        <source>Total</source>
        <translation>စုစုပေါင်း</translation>
    </message>
</context>
<context>
    <name>returnprep</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="48"/>
        <source>Note</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="66"/>
        <source>{user}, {date}</source>
        <translation>{user}၊ {date}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/common.py" line="36"/>
        <source>Not saved</source>
        <translation>မသိမ်းဆည်းရပါ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="24"/>
        <source>Air</source>
        <translation>လေကြောင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="25"/>
        <source>Bus</source>
        <translation>ဘတ်စ်ကား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="26"/>
        <source>Train</source>
        <translation>ရထား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="27"/>
        <source>Car</source>
        <translation>ကား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="28"/>
        <source>Boat</source>
        <translation>သင်္ဘော/လှေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="29"/>
        <source>Other</source>
        <translation>အခြား</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="37"/>
        <source>No known risk</source>
        <translation>သိရှိထားသော အန္တရာယ် မရှိ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="38"/>
        <source>Risk, with mitigations</source>
        <translation>အန္တရာယ်ရှိသည် (လျော့ပါးစေမည့် အစီအမံများနှင့်အတူ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="39"/>
        <source>Reasonable suspicion of harm</source>
        <translation>ထိခိုက်နစ်နာနိုင်သည်ဟု ခိုင်လုံသော သံသယ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="42"/>
        <source>Risk: return despite suspicion of harm</source>
        <translation>အန္တရာယ် - ထိခိုက်နစ်နာနိုင်သည်ဟု သံသယရှိသော်လည်း နေရပ်ပြန်ခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="43"/>
        <source>Checklist: depart before all 8 conditions</source>
        <translation>စစ်ဆေးရန်စာရင်း - အချက် 8 ချက်လုံး မပြည့်မီမီ ထွက်ခွာခြင်း</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="44"/>
        <source>No travel grant</source>
        <translation>ခရီးစရိတ်ထောက်ပံ့ငွေ မရှိ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="45"/>
        <source>In kind (meals, booked accommodation)</source>
        <translation>ပစ္စည်းဖြင့် (အစားအသောက်၊ ကြိုတင်မှာယူထားသော တည်းခိုရာ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="46"/>
        <source>Cash</source>
        <translation>ငွေသား</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="22"/>
        <source>Initial causes of trafficking</source>
        <translation>လူကုန်ကူးခံရခြင်း၏ မူလအကြောင်းရင်းများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="23"/>
        <source>Socio-economic situation of the family</source>
        <translation>မိသားစု၏ လူမှုစီးပွား အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="26"/>
        <source>Attitudes of the family and community</source>
        <translation>မိသားစုနှင့် ရပ်ရွာ၏ သဘောထားများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="29"/>
        <source>Criminal or civil sanctions on return</source>
        <translation>နေရပ်ပြန်ရောက်ချိန်တွင် ရာဇဝတ် သို့မဟုတ် တရားမ အရေးယူခံရနိုင်မှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="30"/>
        <source>State of infrastructure in the country of origin</source>
        <translation>မူရင်းနိုင်ငံရှိ အခြေခံအဆောက်အအုံ အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="33"/>
        <source>Functioning witness protection programme</source>
        <translation>ထိရောက်စွာ လုပ်ဆောင်နေသော သက်သေကာကွယ်ရေး အစီအစဉ်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="34"/>
        <source>Medical, psychological and legal services available</source>
        <translation>ရရှိနိုင်သော ဆေးဘက်၊ စိတ်ပိုင်းဆိုင်ရာနှင့် ဥပဒေရေးရာ ဝန်ဆောင်မှုများ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="37"/>
        <source>Training and education to reduce the risk of re-victimisation</source>
        <translation>ထပ်မံ ကျူးလွန်ခံရနိုင်ခြေကို လျှော့ချရန် သင်တန်းနှင့် ပညာရေး</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="20"/>
        <source>Follow-up visit</source>
        <translation>နောက်ဆက်တွဲ သွားရောက်တွေ့ဆုံမှု</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="21"/>
        <source>Message awaiting an answer</source>
        <translation>အဖြေစောင့်နေသော စာ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="22"/>
        <source>Checklist blocks departure</source>
        <translation>စစ်ဆေးရန်စာရင်းက ထွက်ခွာခြင်းကို တားဆီးထားသည်</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="23"/>
        <source>Supervisor approval needed</source>
        <translation>ကြီးကြပ်သူ၏ ခွင့်ပြုချက် လိုအပ်သည်</translation>
    </message>
</context>
<context>
    <name>travel</name>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="105"/>
        <source>A leg needs a place of departure and of arrival.</source>
        <translation>ခရီးစဉ်အပိုင်းတစ်ခုတွင် ထွက်ခွာရာနေရာနှင့် ဆိုက်ရောက်ရာနေရာ လိုအပ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="114"/>
        <source>Give both times of a leg with a UTC offset, or both without.</source>
        <translation>ခရီးစဉ်အပိုင်းတစ်ခု၏ အချိန်နှစ်ခုလုံးကို UTC ကွာခြားချိန်နှင့်တကွ ပေးပါ သို့မဟုတ် နှစ်ခုလုံးကို ကွာခြားချိန် မပါဘဲ ပေးပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="125"/>
        <source>The leg from {origin} arrives before it departs.</source>
        <translation>{origin} မှ ခရီးစဉ်အပိုင်းသည် ထွက်ခွာချိန် မတိုင်မီ ဆိုက်ရောက်နေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="142"/>
        <source>The leg to {destination} is followed by a leg from {origin}.</source>
        <translation>{destination} သို့ ခရီးစဉ်အပိုင်း၏ နောက်တွင် {origin} မှ ခရီးစဉ်အပိုင်း လိုက်နေသည် (နေရာများ မဆက်စပ်ပါ)။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="157"/>
        <source>The leg from {origin} leaves before the previous leg arrives.</source>
        <translation>{origin} မှ ခရီးစဉ်အပိုင်းသည် ယခင်အပိုင်း မဆိုက်ရောက်မီ ထွက်ခွာနေသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="192"/>
        <source>The journey was planned to start on {date}, which has passed: update the itinerary.</source>
        <translation>ခရီးစဉ်ကို {date} တွင် စတင်ရန် စီစဉ်ထားသော်လည်း ထိုရက် ကျော်လွန်သွားပြီ - ခရီးစဉ်ကို ပြင်ဆင်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="207"/>
        <source>Travel by bus from {origin}: air travel is more predictable and safer.</source>
        <translation>{origin} မှ ဘတ်စ်ကားဖြင့် ခရီးသွားခြင်း - လေကြောင်းခရီးသည် ပို၍ ကြိုတင်ခန့်မှန်းနိုင်ပြီး ပိုလုံခြုံသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="220"/>
        <source>Travel by train from {origin}: air travel is more predictable and safer.</source>
        <translation>{origin} မှ ရထားဖြင့် ခရီးသွားခြင်း - လေကြောင်းခရီးသည် ပို၍ ကြိုတင်ခန့်မှန်းနိုင်ပြီး ပိုလုံခြုံသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="234"/>
        <source>{count} transit points: use as few as possible.</source>
        <translation>ခရီးဖြတ်သန်းရာနေရာ {count} ခု - တတ်နိုင်သမျှ နည်းအောင် စီစဉ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="254"/>
        <source>Arrival on {date}, a public holiday ({holiday}): offices may be closed.</source>
        <translation>{date} တွင် ဆိုက်ရောက်မည်၊ ထိုနေ့သည် အများပြည်သူ ရုံးပိတ်ရက် ({holiday}) ဖြစ်သည် - ရုံးများ ပိတ်ထားနိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="268"/>
        <source>Arrival on {date}, a weekend day: arrive on a working day.</source>
        <translation>{date} တွင် ဆိုက်ရောက်မည်၊ ထိုနေ့သည် စနေ သို့မဟုတ် တနင်္ဂနွေ ဖြစ်သည် - ရုံးဖွင့်ရက်တွင် ဆိုက်ရောက်အောင် စီစဉ်ပါ။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="280"/>
        <source>Arrival at {time} local time: arrive as early in the day as possible.</source>
        <translation>ဒေသစံတော်ချိန် {time} တွင် ဆိုက်ရောက်မည် - နေ့အတွင်း တတ်နိုင်သမျှ စောစော ဆိုက်ရောက်အောင် စီစဉ်ပါ။</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="32"/>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="33"/>
        <source>This field is required.</source>
        <translation>ဤအကွက်ကို ဖြည့်ရန် လိုအပ်သည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="34"/>
        <source>The number is too small.</source>
        <translation>ဂဏန်း သေးလွန်းသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="35"/>
        <source>The number is too large.</source>
        <translation>ဂဏန်း ကြီးလွန်းသည်။</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="36"/>
        <source>This is not a valid date.</source>
        <translation>ဤရက်စွဲသည် မှန်ကန်သော ရက်စွဲ မဟုတ်ပါ။</translation>
    </message>
</context>
</TS>
