<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="49"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="61"/>
        <source>Give the first passphrase to the person in private; they change it with Settings → Vault → Change my passphrase.</source>
        <translation>请私下将初始密码短语交给该用户；该用户可通过“设置 → 保险库 → 更改我的密码短语”自行更改。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="73"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="74"/>
        <source>&amp;Name shown</source>
        <translation>显示名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="75"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="76"/>
        <source>First &amp;passphrase</source>
        <translation>初始密码短语(&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="77"/>
        <source>Repeat the passphrase</source>
        <translation>再次输入密码短语</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="281"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="287"/>
        <source>Import now</source>
        <translation>立即导入</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="301"/>
        <source>{n} new cases will be created, all at once: if anything goes wrong, none is.</source>
        <translation>将一次性创建 {n} 个新个案：如有任何错误，则一个都不会创建。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="325"/>
        <source>Imported {n} cases.</source>
        <translation>已导入 {n} 个个案。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="335"/>
        <source>The import failed; nothing was imported.</source>
        <translation>导入失败；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="55"/>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="59"/>
        <source>Save the assessment</source>
        <translation>保存评估</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="62"/>
        <source>The person: strengths, needs, health, skills</source>
        <translation>本人情况：优势、需求、健康、技能</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="63"/>
        <source>What they return to: family, community, safety</source>
        <translation>返回后面对的环境：家庭、社区、安全</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="71"/>
        <source>Family assessment (child)</source>
        <translation>家庭评估（儿童）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="74"/>
        <source>No neglect or abuse found</source>
        <translation>未发现忽视或虐待</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="75"/>
        <source>Neglect or abuse found</source>
        <translation>发现忽视或虐待</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="80"/>
        <source>Record the family assessment</source>
        <translation>记录家庭评估</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="95"/>
        <source>Assessed on {on} by {by}.</source>
        <translation>评估日期：{on}，评估人：{by}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="97"/>
        <source>Not assessed yet.</source>
        <translation>尚未评估。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="104"/>
        <source>⚠ No family assessment yet: the child cannot go home to the family until one finds no neglect or abuse.</source>
        <translation>⚠ 尚无家庭评估：在家庭评估确认未发现忽视或虐待之前，该儿童不能回到家中。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="110"/>
        <source>neglect or abuse found</source>
        <translation>发现忽视或虐待</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="112"/>
        <source>no neglect or abuse found</source>
        <translation>未发现忽视或虐待</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="115"/>
        <source>Assessed on {on} by {by}: {found}.</source>
        <translation>评估日期：{on}，评估人：{by}：{found}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="128"/>
        <source>Say whether neglect or abuse was found.</source>
        <translation>请说明是否发现忽视或虐待。</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/viewer.py" line="148"/>
        <source>Shown here: the first {shown} of {total} pages; use &quot;Save a copy&quot; to read the rest.</source>
        <translation>此处显示：共 {total} 页中的前 {shown} 页；请用“保存副本”阅读其余部分。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="60"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="61"/>
        <source>Transfers</source>
        <translation>传送记录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="70"/>
        <source>a case reference</source>
        <translation>个案编号</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="72"/>
        <source>e.g. case.print</source>
        <translation>例如 case.print</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="73"/>
        <source>Only between</source>
        <translation>仅限日期从</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="82"/>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="83"/>
        <source>&amp;Case</source>
        <translation>个案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="84"/>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="88"/>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="91"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="92"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="94"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="96"/>
        <source>&amp;Verify the chain</source>
        <translation>验证审计链(&amp;V)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="39"/>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="40"/>
        <source>Status report</source>
        <translation>状态报告</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="41"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="52"/>
        <source>Only supervisors can read the audit log.</source>
        <translation>只有督导才能查看审计日志。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="98"/>
        <source>Write a chec&amp;kpoint…</source>
        <translation>写入检查点(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="100"/>
        <source>C&amp;heck against a checkpoint…</source>
        <translation>与检查点核对(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <location filename="../rrr_desktop/ui/audit/page.py" line="279"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>Record</source>
        <translation>相关记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/audit/page.py" line="188"/>
        <source>%n entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>显示 %n 个条目，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="199"/>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
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
            <numerusform>已写入 %n 个条目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/audit/page.py" line="219"/>
        <source>The chain is intact: %n entry(ies).</source>
        <translation>
            <numerusform>审计链完整：共 %n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="222"/>
        <source>The audit log was changed: {problems}</source>
        <translation>审计日志已被改动：{problems}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="230"/>
        <source>Write an audit checkpoint</source>
        <translation>写入审计检查点</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="232"/>
        <location filename="../rrr_desktop/ui/audit/page.py" line="249"/>
        <source>Checkpoint (*.json)</source>
        <translation>检查点 (*.json)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="242"/>
        <source>Checkpoint of entry {seq} written. Keep a copy away from this laptop.</source>
        <translation>已写入第 {seq} 号条目的检查点。请在本笔记本电脑以外的地方另存一份副本。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="249"/>
        <source>Check against a checkpoint</source>
        <translation>与检查点核对</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="260"/>
        <source>The log agrees with the checkpoint of entry {seq}.</source>
        <translation>日志与第 {seq} 号条目的检查点一致。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="266"/>
        <source>The log does not match the checkpoint: {problems}</source>
        <translation>日志与检查点不一致：{problems}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="280"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="281"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="282"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="283"/>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="284"/>
        <source>Purpose and basis</source>
        <translation>用途与依据</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="285"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="296"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="296"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="309"/>
        <source>Every case sent to or received from another organisation. Prints and exports are in the audit log (actions case.print, report.export, audit.export).</source>
        <translation>所有发送给其他机构或从其他机构接收的个案。打印和导出记录在审计日志中（操作 case.print、report.export、audit.export）。</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="138"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="140"/>
        <source>&amp;Revert changes</source>
        <translation>还原更改(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="142"/>
        <source>&amp;Undo last save</source>
        <translation>撤销上次保存(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="147"/>
        <source>Save (Ctrl+S) keeps what you type in {tabs}; the other tabs save each action as you make it.</source>
        <translation>“保存”（Ctrl+S）会保存您在 {tabs} 选项卡中输入的内容；其他选项卡在您每次操作时即时保存。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="276"/>
        <source>{stage} · age {age} · caseworker {worker}</source>
        <translation>{stage} · {age} 岁 · 个案工作者 {worker}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="282"/>
        <source>their reference {ref}</source>
        <translation>对方机构编号 {ref}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="286"/>
        <source>earlier {refs}</source>
        <translation>曾用编号 {refs}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="353"/>
        <source>Your unsaved changes from before the lock were kept. Check them, then save.</source>
        <translation>锁定前尚未保存的更改已保留。请检查后再保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/casefile/view.py" line="381"/>
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>保存前有 %n 个字段需要处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/casefile/view.py" line="413"/>
        <source>Saved. %n field(s) were also changed elsewhere meanwhile: both values are kept; choose one in Handoff → Conflicts.</source>
        <translation>
            <numerusform>已保存。在此期间，有 %n 个字段也在别处被修改：两个值均已保留；请在“移交 → 冲突”中选择其一。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="421"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="428"/>
        <source>Changes discarded.</source>
        <translation>已放弃更改。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="437"/>
        <source>The case changed since; the last save cannot be undone.</source>
        <translation>个案此后已有变动；无法撤销上次保存。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="456"/>
        <source>The last save was undone.</source>
        <translation>已撤销上次保存。</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="186"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="43"/>
        <location filename="../rrr_desktop/ui/case_list.py" line="145"/>
        <source>Search by reference or name (Ctrl+F)</source>
        <translation>按个案编号或姓名搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="53"/>
        <source>All stages</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="57"/>
        <source>All origins</source>
        <translation>所有原籍地</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="62"/>
        <source>All caseworkers</source>
        <translation>所有个案工作者</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="68"/>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="69"/>
        <source>Search the no&amp;tes instead</source>
        <translation>改为搜索备注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="72"/>
        <source>Find cases whose notes or contact log hold every word typed</source>
        <translation>查找备注或联系记录中包含所输入的每个词的个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="78"/>
        <source>&amp;New case…</source>
        <translation>新建个案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="143"/>
        <source>Words written in the notes (Ctrl+F)</source>
        <translation>备注中的词语（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/case_list.py" line="154"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个个案</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="158"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="36"/>
        <source>Reference</source>
        <translation>个案编号</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="37"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="38"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="39"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="40"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="41"/>
        <source>Origin</source>
        <translation>原籍地</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="42"/>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="43"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="35"/>
        <source>Case list</source>
        <translation>个案列表</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="73"/>
        <source>Cannot open the case</source>
        <translation>无法打开个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="106"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="107"/>
        <source>Case {reference} has unsaved changes. Save them?</source>
        <translation>个案 {reference} 有未保存的更改。是否保存？</translation>
    </message>
</context>
<context>
    <name>CheckPrintoutDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="28"/>
        <source>Check a printout</source>
        <translation>核验打印件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="31"/>
        <source>The code in the footer, e.g. RRR-K7MX-3QAD</source>
        <translation>页脚中的代码，例如 RRR-K7MX-3QAD</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="32"/>
        <source>Code of the printout</source>
        <translation>打印件代码</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="33"/>
        <source>&amp;Check the code</source>
        <translation>核验代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="35"/>
        <source>Check a &amp;PDF file…</source>
        <translation>核验 PDF 文件(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="54"/>
        <source>Choose the PDF to check</source>
        <translation>选择要核验的 PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="54"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="71"/>
        <source>This code was not printed from this vault. Do not rely on the paper or file.</source>
        <translation>此代码并非由本保险库打印。请勿信赖该纸质文件或电子文件。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="74"/>
        <source>Printed on {when} by {who}.</source>
        <translation>由 {who} 于 {when} 打印。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="79"/>
        <source>Case {reference}.</source>
        <translation>个案 {reference}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="81"/>
        <source>Its signature does not match this installation&apos;s key.</source>
        <translation>该打印件的签名与本安装实例的密钥不符。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="84"/>
        <source>This file is not the one that was printed: it was changed afterwards.</source>
        <translation>此文件不是当时打印的文件：打印后已被改动。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="87"/>
        <source>The file is exactly the one printed.</source>
        <translation>此文件与打印的文件完全一致。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="89"/>
        <source>The case no longer exists here.</source>
        <translation>该个案在此已不存在。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="92"/>
        <source>The case has changed since: print it again before relying on it.</source>
        <translation>个案此后已有变动：请重新打印后再依据其内容。</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="84"/>
        <source>Departure blocked because:</source>
        <translation>无法出发，原因如下：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="84"/>
        <source>Nothing blocks departure.</source>
        <translation>没有阻止出发的因素。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="101"/>
        <source>Conditions: all 8 must be met before departure</source>
        <translation>条件：出发前必须满足全部 8 项</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="104"/>
        <source>What the person has been told and given</source>
        <translation>已告知本人及已提供给本人的内容</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="126"/>
        <source>The person&apos;s wish</source>
        <translation>本人的意愿</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="128"/>
        <source>Wants to be met on arrival by a local NGO:</source>
        <translation>希望抵达时由当地非政府组织接应：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="131"/>
        <source>Not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="132"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="133"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="140"/>
        <source>Contacts handed over (from the directory)</source>
        <translation>已提供的联系方式（来自服务名录）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="149"/>
        <source>Add contact</source>
        <translation>添加联系方式</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="151"/>
        <source>Remove selected</source>
        <translation>移除所选项</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="175"/>
        <source>A supervisor ({user}, {date}) let the person depart before every condition is met: {reason}</source>
        <translation>督导（{user}，{date}）已特批本人在未满足全部条件的情况下出发：{reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="186"/>
        <source>Removed from the directory ({id})</source>
        <translation>已从服务名录中删除（{id}）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="190"/>
        <source>(not verified in the last 6 months)</source>
        <translation>（最近 6 个月内未核实）</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="33"/>
        <source>(empty, or deleted)</source>
        <translation>（空，或已删除）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="48"/>
        <source>These fields were changed on two laptops that had not seen each other&apos;s change. Nothing was overwritten: choose the value to keep. Your choice goes to the other laptops with the next sync.</source>
        <translation>以下字段在两台笔记本电脑上都被修改过，而两台电脑此前都未获知对方的修改。没有任何内容被覆盖：请选择要保留的值。您的选择将在下次同步时传送到其他笔记本电脑。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Case and field</source>
        <translation>个案和字段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="79"/>
        <source>No open conflicts.</source>
        <translation>没有未解决的冲突。</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="82"/>
        <source>%n open conflict(s); the first %1 are shown.</source>
        <translation>
            <numerusform>有 %n 个未解决的冲突；仅显示前 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="87"/>
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>有 %n 个未解决的冲突。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="93"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="94"/>
        <source>Take theirs for this whole case</source>
        <translation>整个个案均采用对方的值</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="103"/>
        <source>A field here holds only values written on this laptop: choose on its own line.</source>
        <translation>此处有字段的值均写于本笔记本电脑：请在该字段所在行中选择。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="138"/>
        <source>Keep ours</source>
        <translation>保留本机的值</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="138"/>
        <source>Take theirs</source>
        <translation>采用对方的值</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="141"/>
        <source>Keep %1</source>
        <translation>保留第 %1 个值</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="144"/>
        <source>New value...</source>
        <translation>新值...</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="153"/>
        <source>this laptop</source>
        <translation>本笔记本电脑</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="155"/>
        <source>laptop %1</source>
        <translation>笔记本电脑 %1</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="158"/>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="166"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="104"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="68"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="111"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="67"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="106"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="69"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="107"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="70"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="71"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="72"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="112"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="80"/>
        <source>Record what the person said</source>
        <translation>记录本人的表态</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="92"/>
        <source>language it was explained in, e.g. km</source>
        <translation>解释时使用的语言，例如 km</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="95"/>
        <source>e.g. the named receiving organisation</source>
        <translation>例如指定的接收机构</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="97"/>
        <source>&amp;Record consent</source>
        <translation>记录同意(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="99"/>
        <source>&amp;Withdraw selected purpose</source>
        <translation>撤回所选用途的同意(&amp;W)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="105"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="108"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="109"/>
        <source>Explained in</source>
        <translation>解释语言</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="110"/>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="122"/>
        <source>Consent in force, per purpose</source>
        <translation>各用途当前有效的同意</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="124"/>
        <source>History of the selected purpose</source>
        <translation>所选用途的历史记录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="195"/>
        <source>Recorded: {purpose} — {state}.</source>
        <translation>已记录：{purpose} — {state}。</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="55"/>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="59"/>
        <source>Name, contact or note</source>
        <translation>名称、联系方式或备注</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="61"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="64"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="66"/>
        <source>Only entries to verify</source>
        <translation>仅显示待核实条目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="87"/>
        <source>Verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="88"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="89"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="90"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="91"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="92"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="93"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="94"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="111"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="112"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="113"/>
        <source>Mark as verified today</source>
        <translation>标记为今日已核实</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="114"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="115"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="116"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="117"/>
        <source>Add the starter examples</source>
        <translation>添加入门示例</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="125"/>
        <source>Service directory</source>
        <translation>服务名录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="128"/>
        <source>Check an entry with the organisation before giving it to a person: entries not verified in the last 6 months are marked ⚠.</source>
        <translation>向本人提供条目之前，请先与该机构核实：最近 6 个月内未核实的条目标有 ⚠。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="149"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="192"/>
        <source>{count} entries shown, {stale} to verify.</source>
        <translation>显示 {count} 个条目，{stale} 个待核实。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="209"/>
        <source>Directory entry added.</source>
        <translation>已添加名录条目。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="214"/>
        <source>Directory entry saved.</source>
        <translation>已保存名录条目。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="223"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="225"/>
        <source>Marked as verified today.</source>
        <translation>已标记为今日已核实。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="233"/>
        <source>Delete the entry?</source>
        <translation>删除该条目？</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="234"/>
        <source>Plans that name this organisation keep its id but no longer show its name.</source>
        <translation>提及该机构的计划将保留其 ID，但不再显示其名称。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="238"/>
        <source>Directory entry deleted.</source>
        <translation>已删除名录条目。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="244"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="279"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="248"/>
        <source>{count} example entries added; each must be replaced by a verified one.</source>
        <translation>已添加 {count} 个示例条目；每个都必须替换为经过核实的条目。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="256"/>
        <source>Import the directory</source>
        <translation>导入服务名录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="256"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="289"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="282"/>
        <source>Imported: {new} new, {updated} updated.</source>
        <translation>已导入：新增 {new} 个，更新 {updated} 个。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="289"/>
        <source>Export the directory</source>
        <translation>导出服务名录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="306"/>
        <source>{count} entries exported.</source>
        <translation>已导出 {count} 个条目。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="316"/>
        <source>The file could not be read or written.</source>
        <translation>无法读取或写入该文件。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="313"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="316"/>
        <source>Directory</source>
        <translation>服务名录</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="41"/>
        <source>Documents</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="50"/>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="51"/>
        <source>Number (last 4)</source>
        <translation>号码（后 4 位）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="52"/>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="53"/>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="77"/>
        <source>In hand</source>
        <translation>已持有</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="54"/>
        <source>Copy given to the person</source>
        <translation>已向本人提供副本</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="66"/>
        <source>e.g. passport, travel document, ID card</source>
        <translation>例如护照、旅行证件、身份证</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="69"/>
        <source>last 4</source>
        <translation>后 4 位</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="75"/>
        <source>no expiry</source>
        <translation>无有效期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="78"/>
        <source>Copy given</source>
        <translation>已给副本</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="79"/>
        <source>Save document</source>
        <translation>保存证件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="81"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="99"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="99"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>EmbassyLetter</name>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="25"/>
        <source>about {year} (estimated)</source>
        <translation>约 {year} 年（估计）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="28"/>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="62"/>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="35"/>
        <source>To the Embassy or Consulate of {country}</source>
        <translation>致 {country} 大使馆或领事馆</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="38"/>
        <source>Subject: request for a {document}</source>
        <translation>事由：申请{document}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="41"/>
        <source>We kindly ask you to issue a {document} to the national of {country} named below, who wishes to return home. Please let us know which further documents or photographs you need and when the person may come to the consulate.</source>
        <translation>恳请贵馆为下列希望返回家乡的 {country} 公民签发{document}。请告知我们还需要哪些其他文件或照片，以及本人何时可前往领事馆。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="50"/>
        <source>With the person&apos;s explicit consent, we inform you that they have been identified as a victim of trafficking in persons and are assisted by our organisation. We ask you to treat this information as confidential.</source>
        <translation>经本人明确同意，我们谨此告知：本人已被认定为人口贩运受害者，目前由我机构提供援助。恳请贵馆对此信息予以保密。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="57"/>
        <source>Thank you for your help.</source>
        <translation>感谢您的协助。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="64"/>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="65"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="67"/>
        <source>Place of birth</source>
        <translation>出生地点</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="71"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="74"/>
        <source>Document needed</source>
        <translation>所需证件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="75"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="76"/>
        <source>Our reference</source>
        <translation>我方编号</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="109"/>
        <source>Signature, name and position</source>
        <translation>签名、姓名及职务</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="93"/>
        <source>Choose the spreadsheet</source>
        <translation>选择电子表格</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="96"/>
        <source>CSV (UTF-8 or UTF-16, as Excel saves it) or an .xlsx workbook; the first row must hold the column names.</source>
        <translation>CSV（UTF-8 或 UTF-16，即 Excel 保存的格式）或 .xlsx 工作簿；第一行必须是列名。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="105"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="119"/>
        <source>Spreadsheet to import</source>
        <translation>要导入的电子表格</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="121"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>电子表格 (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="136"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="64"/>
        <source>May go with a referral (when the person consented to sharing)</source>
        <translation>可随转介一并发送（须本人已同意共享）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="66"/>
        <source>&amp;Attach a file…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="72"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="73"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="74"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="75"/>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="76"/>
        <source>May go with a referral</source>
        <translation>可随转介发送</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="85"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="87"/>
        <source>Save a &amp;copy…</source>
        <translation>保存副本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="89"/>
        <source>&amp;Remove from the case</source>
        <translation>从个案中移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="94"/>
        <source>Files are kept inside the encrypted vault, never as loose copies. Up to {size} MB each. Opening a file shows it here; a copy outside the vault is made only with &quot;Save a copy&quot; and is recorded.</source>
        <translation>文件保存在加密的保险库内，绝不以零散副本的形式存放。每个文件最大 {size} MB。打开的文件会在此处显示；只有通过“保存副本”才会在保险库外生成副本，且此操作会被记录。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="103"/>
        <source>Kind of file</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="137"/>
        <source>{name} (not on this laptop yet)</source>
        <translation>{name}（尚未传到此笔记本电脑）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="141"/>
        <source>{date} by {who}</source>
        <translation>{date}，由 {who} 添加</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="158"/>
        <source>No files yet. Attach a scan of a document, a signed checklist or a photo: choose its kind, then &quot;Attach a file&quot;.</source>
        <translation>尚无文件。可添加证件扫描件、已签署的核对清单或照片：先选择文件类型，再点击“添加附件”。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="185"/>
        <source>This kind of file cannot be shown here. Use &quot;Save a copy&quot; to open it with another program (the copy is outside the vault: delete it afterwards).</source>
        <translation>此类文件无法在此显示。请使用“保存副本”，再用其他程序打开（副本位于保险库之外：用完后请删除）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="194"/>
        <source>That did not work ({kind}).</source>
        <translation>操作未成功（{kind}）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="200"/>
        <source>Attach a file to the case</source>
        <translation>为个案添加附件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="213"/>
        <source>Attaching the file…</source>
        <translation>正在添加附件…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="220"/>
        <source>Attached: {name}. The original file can now be deleted.</source>
        <translation>已添加附件：{name}。现在可以删除原文件。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="238"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="252"/>
        <source>Save a copy outside the vault</source>
        <translation>将副本保存到保险库之外</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="264"/>
        <source>A copy was saved outside the vault. It is not encrypted: delete it when it is no longer needed.</source>
        <translation>副本已保存到保险库之外。该副本未加密：不再需要时请将其删除。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="276"/>
        <source>Remove the file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="278"/>
        <source>Remove this file from the case? It is deleted from this laptop unless another case holds it, and from the others at the next sync.</source>
        <translation>要从个案中移除此文件吗？除非另有个案包含该文件，否则它将从此笔记本电脑上删除，并在下次同步时从其他笔记本电脑上删除。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="289"/>
        <source>The file was removed from the case.</source>
        <translation>已从个案中移除该文件。</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="73"/>
        <source>Scheduled</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="74"/>
        <source>Made on</source>
        <translation>实际探访日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="75"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="76"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="77"/>
        <source>Warning signs</source>
        <translation>预警迹象</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="88"/>
        <source>Schedule visits from this return date</source>
        <translation>根据此返回日期安排探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="91"/>
        <source>Add a visit on this date</source>
        <translation>在此日期添加一次探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="93"/>
        <source>Move the selected visit here</source>
        <translation>将所选探访改到此日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="95"/>
        <source>Remove the selected visit</source>
        <translation>移除所选探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="98"/>
        <source>Day of return:</source>
        <translation>返回日期：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="101"/>
        <source>Other date:</source>
        <translation>其他日期：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="106"/>
        <source>Visit schedule</source>
        <translation>探访日程</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="115"/>
        <source>How the person is doing, per domain (1 = very vulnerable, 5 = resilient)</source>
        <translation>本人各方面的状况（1 = 非常脆弱，5 = 有韧性）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="123"/>
        <source>Follow-up monitoring</source>
        <translation>后续监测</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="135"/>
        <source>Record a visit</source>
        <translation>记录探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="141"/>
        <source>Which visit:</source>
        <translation>哪一次探访：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="142"/>
        <source>Made on:</source>
        <translation>实际探访日期：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="148"/>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="152"/>
        <source>{domain} (1-5):</source>
        <translation>{domain}（1-5）：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="162"/>
        <source>Another sign, in a few words</source>
        <translation>其他迹象，简要描述</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="166"/>
        <source>Re-trafficking warning signs:</source>
        <translation>再次被贩运的预警迹象：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="168"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="169"/>
        <source>Record the visit</source>
        <translation>记录此次探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="177"/>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="184"/>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="179"/>
        <source>Choose a reason…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="183"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="217"/>
        <source>✓ Made</source>
        <translation>✓ 已探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="219"/>
        <source>{icon} Overdue</source>
        <translation>{icon} 逾期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="221"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="253"/>
        <source>Closed on {on}: {reason}; kept until {until}.</source>
        <translation>已于 {on} 结案：{reason}；保留至 {until}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="267"/>
        <source>{icon} {count} visit(s) overdue, the oldest planned for {day}.</source>
        <translation>{icon} {count} 次探访逾期，最早一次原定于 {day}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="271"/>
        <source>Next visit: {day}.</source>
        <translation>下次探访：{day}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="273"/>
        <source>No visit is scheduled.</source>
        <translation>尚未安排探访。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="280"/>
        <source>Visit planned for {day}</source>
        <translation>计划于 {day} 探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="283"/>
        <source>An unscheduled visit</source>
        <translation>计划外探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="307"/>
        <source>Replace the schedule?</source>
        <translation>替换探访日程？</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="308"/>
        <source>The visits not yet made will be replaced by a new schedule. Continue?</source>
        <translation>尚未进行的探访将被新的日程替换。是否继续？</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="341"/>
        <source>Nothing to record</source>
        <translation>没有可记录的内容</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="342"/>
        <source>Score at least one domain, tick a sign or write a note.</source>
        <translation>请至少为一个方面评分、勾选一个迹象或填写备注。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="365"/>
        <source>Visit recorded.</source>
        <translation>已记录探访。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="371"/>
        <source>A reason is needed</source>
        <translation>需要填写原因</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="371"/>
        <source>Choose why the case is closed.</source>
        <translation>请选择结案原因。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="82"/>
        <source>Close the case?</source>
        <translation>结案？</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="83"/>
        <source>The case will be closed as “{reason}” and kept for 5 years, then anonymised on a supervisor&apos;s confirmation. Continue?</source>
        <translation>该个案将以“{reason}”为由结案并保留 5 年，经督导确认后进行匿名化。是否继续？</translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="17"/>
        <source>Handoff</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="24"/>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="25"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="26"/>
        <source>Peers</source>
        <translation>对方设备</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="27"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="28"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="202"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="203"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="204"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="205"/>
        <source>Peer</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="206"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="207"/>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="221"/>
        <source>This vault was put back from a backup on %1 (UTC). Sync with every other laptop of the organisation as usual: each sends back what it holds. Not yet synced since: %2.</source>
        <translation>此保险库已于 %1 (UTC) 从备份恢复。请照常与本机构的其他每台笔记本电脑同步：每台电脑都会发回其所保存的数据。此后尚未同步的笔记本电脑：%2。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="231"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="231"/>
        <source>received</source>
        <translation>已接收</translation>
    </message>
</context>
<context>
    <name>HolidaysBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="37"/>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="68"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="46"/>
        <source>Day of the holiday to add</source>
        <translation>要添加的假日日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="50"/>
        <source>Name of the day, e.g. a local festival</source>
        <translation>该日名称，例如当地节庆</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="51"/>
        <source>Name of the holiday to add</source>
        <translation>要添加的假日名称</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="52"/>
        <source>&amp;Add the day</source>
        <translation>添加该日(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="54"/>
        <source>The chosen day is &amp;not a day off</source>
        <translation>所选日期不是休息日(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="56"/>
        <source>Back to the &amp;defaults…</source>
        <translation>恢复默认(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="62"/>
        <source>Travel warnings use these days (offices closed, no escort, no embassy). The defaults come from a maintained calendar for every year; your changes sync to the organisation&apos;s other laptops.</source>
        <translation>行程警告会参考这些日期（办公机构不办公、没有陪同人员、大使馆不办公）。默认日期来自一份持续维护、覆盖每一年的日历；您所做的更改会同步到本机构的其他笔记本电脑。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="100"/>
        <source>added by the organisation</source>
        <translation>由本机构添加</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="102"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="112"/>
        <source>No public holidays are known for this country; add the organisation&apos;s days off below.</source>
        <translation>暂无该国的公共假日信息；请在下方添加本机构的休息日。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="130"/>
        <source>{day} is now a day off.</source>
        <translation>{day} 已设为休息日。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="135"/>
        <source>Choose a day in the list first.</source>
        <translation>请先在列表中选择一个日期。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="144"/>
        <source>{day} is no longer counted as a day off.</source>
        <translation>{day} 不再算作休息日。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="150"/>
        <source>Back to the defaults?</source>
        <translation>恢复默认？</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="151"/>
        <source>Forget the organisation&apos;s changes to this country&apos;s holidays?</source>
        <translation>放弃本机构对该国假日所做的更改？</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="161"/>
        <source>The country&apos;s holidays are the defaults again.</source>
        <translation>该国假日已恢复为默认。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="350"/>
        <source>Import cases from a spreadsheet</source>
        <translation>从电子表格导入个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="364"/>
        <source>Cases imported from a spreadsheet.</source>
        <translation>从电子表格导入的个案。</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="53"/>
        <source>Open bundle…</source>
        <translation>打开数据包…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="57"/>
        <source>Passphrase (only for a passphrase bundle)</source>
        <translation>密码短语（仅用于以密码短语加密的数据包）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="61"/>
        <source>Open a bundle to see what it would change.</source>
        <translation>打开数据包以查看其将带来的更改。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="86"/>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="87"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="88"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="89"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="90"/>
        <source>Shared by the sender</source>
        <translation>发送方共享的内容</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="75"/>
        <source>Apply all of it</source>
        <translation>全部应用</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="96"/>
        <source>Open a bundle</source>
        <translation>打开数据包</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="96"/>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>RRR 数据包 (*.rrrbundle)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="161"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="228"/>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="228"/>
        <source>Checking the bundle…</source>
        <translation>正在检查数据包…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="238"/>
        <source>Applied: {kind} bundle from {org} ({fpr}): {totals}.</source>
        <translation>已应用：来自 {org}（{fpr}）的 {kind} 数据包：{totals}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="240"/>
        <source>Verified {kind} bundle from {org} ({fpr}), made {when}: {totals}.</source>
        <translation>已验证来自 {org}（{fpr}）的 {kind} 数据包，创建于 {when}：{totals}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="176"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="247"/>
        <source>nothing to change</source>
        <translation>无需更改</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="250"/>
        <source>Purpose: {purpose}; legal basis: {basis}.</source>
        <translation>用途：{purpose}；法律依据：{basis}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="208"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="257"/>
        <source>%n new case(s) may be a person already known here; check them: {cases}</source>
        <translation>
            <numerusform>%n 个新个案可能是此处已知的人，请核对：{cases}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="119"/>
        <source>Bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="119"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="122"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="126"/>
        <source>%n bundle(s) chosen. Each is applied whole or not at all: one that is refused changes nothing, and the others still apply.</source>
        <translation>
            <numerusform>已选择 %n 个数据包。每个数据包要么全部应用，要么完全不应用：被拒绝的数据包不会更改任何内容，其他数据包仍会照常应用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="175"/>
        <source>Applied: {totals}.</source>
        <translation>已应用：{totals}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="183"/>
        <source>Refused: {reason}</source>
        <translation>已被拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="188"/>
        <source>Imported before; skipped.</source>
        <translation>之前已导入；已跳过。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="191"/>
        <source>Not applied.</source>
        <translation>未应用。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="194"/>
        <source>{done} of {total} bundles applied.</source>
        <translation>{total} 个数据包中已应用 {done} 个。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="198"/>
        <source>Imported before, skipped: {count}.</source>
        <translation>之前已导入、已跳过：{count} 个。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="202"/>
        <source>Refused, each changing nothing: {count}.</source>
        <translation>已被拒绝（均未更改任何内容）：{count} 个。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="260"/>
        <source>ask your supervisor</source>
        <translation>请询问您的主管</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="286"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="287"/>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="288"/>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="289"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="290"/>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="291"/>
        <source>dropped (deleted or anonymised here)</source>
        <translation>已舍弃（在本机已删除或已匿名化）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="185"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="296"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="43"/>
        <source>Intake &amp;date</source>
        <translation>接案日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="44"/>
        <source>&amp;Referred by</source>
        <translation>转介方(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="45"/>
        <source>&amp;Identified as</source>
        <translation>认定身份(&amp;I)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="46"/>
        <source>&amp;Exploitation</source>
        <translation>剥削类型(&amp;E)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="49"/>
        <source>Exploited in (country)</source>
        <translation>遭受剥削的国家</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="52"/>
        <source>&amp;Origin country</source>
        <translation>原籍国(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="53"/>
        <source>Origin region</source>
        <translation>原籍地区</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="54"/>
        <source>&amp;Programme</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="55"/>
        <source>First &amp;needs</source>
        <translation>初步需求(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="56"/>
        <source>&amp;Screening notes</source>
        <translation>筛查备注(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="57"/>
        <source>&amp;Asylum</source>
        <translation>庇护(&amp;A)</translation>
    </message>
</context>
<context>
    <name>LanguagesPicker</name>
    <message>
        <location filename="../rrr_desktop/ui/pickers.py" line="99"/>
        <source>e.g. Khmer, English (the one they read best first)</source>
        <translation>例如 高棉语, 英语（本人读得最好的语言放在最前）</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="48"/>
        <source>Leg of the journey</source>
        <translation>行程段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="63"/>
        <source>Mode</source>
        <translation>交通方式</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="64"/>
        <source>From</source>
        <translation>出发地</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="65"/>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="66"/>
        <source>Departs (local time)</source>
        <translation>出发时间（当地时间）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="67"/>
        <source>Arrives (local time)</source>
        <translation>到达时间（当地时间）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="68"/>
        <source>Carrier</source>
        <translation>承运方</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="69"/>
        <source>Escort</source>
        <translation>陪同人员</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="43"/>
        <source>Caseload by caseworker</source>
        <translation>各个案工作者的个案量</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="44"/>
        <source>Follow-ups due in the next 14 days</source>
        <translation>未来 14 天内到期的后续跟进</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="45"/>
        <source>Time spent per stage (median days)</source>
        <translation>各阶段所用时间（天数中位数）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="46"/>
        <source>Returns this month</source>
        <translation>本月返回</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="47"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="66"/>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="86"/>
        <source>Caseworker</source>
        <translation>个案工作者</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="67"/>
        <source>Open cases</source>
        <translation>进行中的个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="68"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="69"/>
        <source>By stage</source>
        <translation>按阶段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="85"/>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="109"/>
        <source>Reference</source>
        <translation>个案编号</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="87"/>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="88"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Completed stays</source>
        <translation>已完成次数</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Median days</source>
        <translation>天数中位数</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="110"/>
        <source>Left on</source>
        <translation>离境日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="111"/>
        <source>Country of origin</source>
        <translation>原籍国</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="112"/>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="138"/>
        <source>Rows: {n}</source>
        <translation>行数：{n}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="144"/>
        <source>The list could not be made.</source>
        <translation>无法生成该列表。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="60"/>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="117"/>
        <source>RRR Desktop is locked</source>
        <translation>RRR Desktop 已锁定</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="77"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="79"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="91"/>
        <source>Set up a new vault or open the demo…</source>
        <translation>设置新的保险库或打开演示版…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="96"/>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="97"/>
        <source>&amp;Passphrase</source>
        <translation>密码短语(&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="117"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="119"/>
        <source>Vault: {path}</source>
        <translation>保险库：{path}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="127"/>
        <source>Demo vault with invented cases only.
User: {user}
Passphrase: {passphrase}</source>
        <translation>演示保险库，仅含虚构个案。
用户：{user}
密码短语：{passphrase}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="155"/>
        <source>Enter your user name and passphrase.</source>
        <translation>请输入您的用户名和密码短语。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="158"/>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="183"/>
        <source>The user name or passphrase is not correct.</source>
        <translation>用户名或密码短语不正确。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="185"/>
        <source>The vault could not be opened ({kind}).</source>
        <translation>无法打开保险库（{kind}）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="194"/>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="211"/>
        <source>Please wait {seconds} s before the next try.</source>
        <translation>请等待 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="207"/>
        <source>You can try again now.</source>
        <translation>您现在可以重试。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="136"/>
        <source>RRR Desktop — set up</source>
        <translation>RRR Desktop — 设置</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="146"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="148"/>
        <source>RRR Desktop — locked</source>
        <translation>RRR Desktop — 已锁定</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="179"/>
        <source>No recovery key could be made; make one in Settings → Users and roles.</source>
        <translation>未能创建恢复密钥；请在“设置 → 用户与角色”中创建。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="202"/>
        <location filename="../rrr_desktop/ui/main_window.py" line="206"/>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="255"/>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="235"/>
        <source>The backup was restored. Unlock it with its passphrases.</source>
        <translation>备份已恢复。请使用该备份的密码短语解锁。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="239"/>
        <source>The vault it replaced is kept in {folder}.</source>
        <translation>被替换的保险库保存在 {folder} 中。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="243"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="404"/>
        <location filename="../rrr_desktop/ui/main_window.py" line="422"/>
        <source>Vault: {path}</source>
        <translation>保险库：{path}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="408"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="412"/>
        <source>User: {name} ({username})</source>
        <translation>用户：{name}（{username}）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="417"/>
        <source>Organisation: {name}</source>
        <translation>机构：{name}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="427"/>
        <source>Unlocked — Ctrl+L locks, F12 quick exit</source>
        <translation>已解锁 — Ctrl+L 锁定，F12 快速退出</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="143"/>
        <source>Which column holds what?</source>
        <translation>各列分别包含什么内容？</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="146"/>
        <source>Columns we recognised are already chosen. Columns set to &apos;not imported&apos; are left out. This choice is remembered for files with the same columns.</source>
        <translation>已识别的列已自动选好。设为“不导入”的列将被忽略。对于列相同的文件，系统会记住此选择。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="154"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="154"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="183"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="213"/>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="59"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="60"/>
        <source>From</source>
        <translation>发送方</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="61"/>
        <source>Sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="62"/>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="63"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="64"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="77"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="84"/>
        <source>Mark selected as sent</source>
        <translation>将所选项标记为已发送</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="86"/>
        <source>Mark selected as received</source>
        <translation>将所选项标记为已接收</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="91"/>
        <source>Answer expected within (days):</source>
        <translation>预期答复期限（天）：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="110"/>
        <source>Referring organisation</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="112"/>
        <source>Receiving organisation</source>
        <translation>接收机构</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="135"/>
        <source>Next: {title}.</source>
        <translation>下一步：{title}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="140"/>
        <source>All six messages are recorded.</source>
        <translation>全部六条消息均已记录。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="143"/>
        <source>Overdue: {titles}.</source>
        <translation>逾期：{titles}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="156"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="158"/>
        <source>Next</source>
        <translation>下一条</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="158"/>
        <source>Not yet</source>
        <translation>尚未进行</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="162"/>
        <source>Received</source>
        <comment>status of a message</comment>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="163"/>
        <source>Sent</source>
        <comment>status of a message</comment>
        <translation>已发送</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="37"/>
        <source>New case</source>
        <translation>新建个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="57"/>
        <source>&amp;Given name</source>
        <translation>名(&amp;G)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="58"/>
        <source>&amp;Family name</source>
        <translation>姓(&amp;F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="59"/>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="60"/>
        <source>Date of &amp;birth</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="61"/>
        <source>or estimated &amp;age</source>
        <translation>或估计年龄(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="62"/>
        <source>&amp;Nationality</source>
        <translation>国籍(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="63"/>
        <source>&amp;Intake date</source>
        <translation>接案日期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="64"/>
        <source>&amp;Referred by</source>
        <translation>转介方(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="65"/>
        <source>&amp;Origin country</source>
        <translation>原籍国(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="74"/>
        <source>Open the selected case</source>
        <translation>打开所选个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="134"/>
        <source>Case {reference} created.</source>
        <translation>已创建个案 {reference}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/new_case.py" line="143"/>
        <source>Possible duplicate: %n case(s) with a similar name, birth year and nationality. Open one of them, or press Save again to create a new case anyway.</source>
        <translation>
            <numerusform>可能重复：有 %n 个个案的姓名、出生年份和国籍相似。请打开其中一个，或再次点击“保存”仍创建新个案。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="150"/>
        <source>A similar person may already be known; ask your supervisor. Press Save again to create a new case anyway.</source>
        <translation>可能已有一位相似的人员在案；请询问您的督导。如仍要创建新个案，请再次点击“保存”。</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="47"/>
        <source>for a contact: the person, the family, a partner</source>
        <translation>联系记录时填写：本人、家人、合作伙伴</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="53"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="54"/>
        <source>&amp;With whom</source>
        <translation>联系对象(&amp;W)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="55"/>
        <source>&amp;New note</source>
        <translation>新备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="58"/>
        <source>A new note is saved with Save (Ctrl+S) like the other sections, signed with your name and today&apos;s date. Saved notes are not changed: write a new note to correct one.</source>
        <translation>新备注与其他部分一样，通过“保存”（Ctrl+S）保存，并署上您的姓名和当天日期。已保存的备注不会再被修改：如需更正，请另写一条新备注。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="72"/>
        <source>Notes written so far, newest first</source>
        <translation>迄今所写的备注，最新的在前</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="111"/>
        <source>No notes yet. Write what was said or done, and with whom; it stays in this case file and is never sent in a referral.</source>
        <translation>尚无备注。请记下说过或做过的事，以及与谁；备注保留在此个案档案中，绝不会随转介发送。</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="118"/>
        <source>%n note(s), newest first</source>
        <translation>
            <numerusform>%n 条备注，最新的在前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="122"/>
        <source>{date} · {kind} · by {who}</source>
        <translation>{date} · {kind} · 记录人：{who}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="128"/>
        <source>with {whom}</source>
        <translation>联系对象：{whom}</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="42"/>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="44"/>
        <source>Protect with a passphrase instead (recipient&apos;s card not known yet)</source>
        <translation>改用密码短语保护（尚无接收方的联系卡）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="49"/>
        <source>Receiving organisation, as named in the consent</source>
        <translation>接收机构（与同意书中所列名称一致）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="53"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="54"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="58"/>
        <source>Referral to a receiving organisation</source>
        <translation>转介至接收机构</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="59"/>
        <source>Status report to the referring organisation</source>
        <translation>向转介机构发送的状态报告</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="60"/>
        <source>Sync with a device of this organisation</source>
        <translation>与本机构的设备同步</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="63"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="66"/>
        <source>Case references, separated by commas</source>
        <translation>个案编号，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="67"/>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="71"/>
        <source>Choose folder or drive…</source>
        <translation>选择文件夹或驱动器…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="75"/>
        <source>Write to</source>
        <translation>写入位置</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="78"/>
        <source>Show what will be sent</source>
        <translation>显示将要发送的内容</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="80"/>
        <source>Write bundle</source>
        <translation>写入数据包</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="89"/>
        <source>What leaves this organisation:</source>
        <translation>将离开本机构的内容：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="114"/>
        <source>Folder or removable drive</source>
        <translation>文件夹或可移动驱动器</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="132"/>
        <source>Only referrals are filtered by consent; a status report carries follow-up status and the six messages.</source>
        <translation>只有转介会按同意情况筛选；状态报告包含后续跟进状态和六条消息。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="146"/>
        <source>{ref}: {n} fields are sent</source>
        <translation>{ref}：将发送 {n} 个字段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="161"/>
        <source>Never sent (kept in the organisation):</source>
        <translation>从不发送（保留在本组织内）：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="163"/>
        <source>Kept here (files not marked as ones to share):</source>
        <translation>保留在此（未标记为可共享的文件）：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="164"/>
        <source>Withheld until the person consents to: {purpose}</source>
        <translation>在本人同意之前不予发送：{purpose}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="171"/>
        <source>Choose a folder or drive to write the bundle to.</source>
        <translation>请选择写入数据包的文件夹或驱动器。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="194"/>
        <source>Wrote {name}: {n} records.</source>
        <translation>已写入 {name}：{n} 条记录。</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="37"/>
        <source>Save my contact card…</source>
        <translation>保存我的联系卡…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="38"/>
        <source>Add a contact card…</source>
        <translation>添加联系卡…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="39"/>
        <source>Compare fingerprint and trust…</source>
        <translation>比对指纹并信任…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="49"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="50"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="51"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="52"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="53"/>
        <source>Trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="69"/>
        <source>This installation&apos;s fingerprint: &lt;b&gt;{fpr}&lt;/b&gt;&lt;br&gt;Read it out to the other side, by phone or in person, before they trust your card.</source>
        <translation>本安装实例的指纹：&lt;b&gt;{fpr}&lt;/b&gt;&lt;br&gt;在对方信任您的联系卡之前，请通过电话或当面向对方读出此指纹。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="82"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="82"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="90"/>
        <source>Save contact card</source>
        <translation>保存联系卡</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="92"/>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="102"/>
        <source>Contact cards (*.rrrcard)</source>
        <translation>联系卡 (*.rrrcard)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="102"/>
        <source>Add a contact card</source>
        <translation>添加联系卡</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="117"/>
        <source>Contact card added</source>
        <translation>已添加联系卡</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="119"/>
        <source>{org} was added but is not trusted yet. Compare the fingerprint {fpr} with them by phone or in person, then trust the card.</source>
        <translation>已添加 {org}，但尚未信任。请通过电话或当面与对方比对指纹 {fpr}，然后再信任该联系卡。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="134"/>
        <source>Compare the fingerprint</source>
        <translation>比对指纹</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="135"/>
        <source>Ask the other side to read out their fingerprint and type it here:</source>
        <translation>请对方读出其指纹，并在此输入：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="144"/>
        <source>Fingerprints differ</source>
        <translation>指纹不一致</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="146"/>
        <source>The fingerprint you typed is not the one on the card: do not trust this card; ask for a new one.</source>
        <translation>您输入的指纹与联系卡上的不一致：请勿信任此联系卡；请向对方索取新的联系卡。</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="40"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="41"/>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="42"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="43"/>
        <source>messenger</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="61"/>
        <source>separated by commas</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="63"/>
        <source>as the person writes it, e.g. ស្រីមុំ</source>
        <translation>按本人的写法，例如 ស្រីមុំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="72"/>
        <source>&amp;Given name</source>
        <translation>名(&amp;G)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="73"/>
        <source>&amp;Family name</source>
        <translation>姓(&amp;F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="74"/>
        <source>Other names</source>
        <translation>其他姓名</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="75"/>
        <source>Name in own scrip&amp;t</source>
        <translation>以本人文字书写的姓名(&amp;T)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="76"/>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="77"/>
        <source>Date of &amp;birth</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="78"/>
        <source>Estimated &amp;age</source>
        <translation>估计年龄(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="79"/>
        <source>&amp;Nationality</source>
        <translation>国籍(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="80"/>
        <source>&amp;Languages</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="81"/>
        <source>Own &amp;wishes</source>
        <translation>本人意愿(&amp;W)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="123"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Safe to use</source>
        <translation>可安全使用</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="93"/>
        <source>Add contact</source>
        <translation>添加联系方式</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="95"/>
        <source>Remove contact</source>
        <translation>移除联系方式</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="100"/>
        <source>Guardian (required for a child)</source>
        <translation>监护人（儿童必填）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="112"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="114"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="118"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="127"/>
        <source>Appointed on</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="136"/>
        <source>Contacts (mark unsafe ones)</source>
        <translation>联系方式（请标出不安全的）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="178"/>
        <source>This person is a child: a guardian must be recorded.</source>
        <translation>本人是儿童：必须记录监护人。</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="62"/>
        <source>Reintegration plan</source>
        <translation>重新融入计划</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="73"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="77"/>
        <source>Make a new version</source>
        <translation>创建新版本</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="82"/>
        <source>Save this version as PDF…</source>
        <translation>将此版本保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="85"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="92"/>
        <source>Write what the person wants, as they say it.</source>
        <translation>按本人的原话写下其意愿。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="97"/>
        <source>&lt;b&gt;The person&apos;s wishes, in their own words&lt;/b&gt;</source>
        <translation>&lt;b&gt;本人的意愿（本人原话）&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="98"/>
        <source>&lt;b&gt;The caseworker&apos;s proposal&lt;/b&gt;</source>
        <translation>&lt;b&gt;个案工作者的建议&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="105"/>
        <source>Not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="108"/>
        <source>Set where the person goes</source>
        <translation>设定本人的去向</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="111"/>
        <source>Where the person goes:</source>
        <translation>本人的去向：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="122"/>
        <source>Component / action</source>
        <translation>组成部分 / 行动</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="123"/>
        <source>Goal / description</source>
        <translation>目标 / 说明</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="124"/>
        <source>Responsible</source>
        <translation>负责方</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="125"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="126"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="127"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="135"/>
        <source>Add a component…</source>
        <translation>添加组成部分…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="137"/>
        <source>Add an action to the selected component…</source>
        <translation>为所选组成部分添加行动…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="142"/>
        <source>Set the status of the selected line</source>
        <translation>设置所选行的状态</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="176"/>
        <source>{version} — {on}, {by}</source>
        <translation>{version} — {on}，{by}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="204"/>
        <source>An earlier version: read-only. The latest version is the plan in force.</source>
        <translation>早期版本：只读。最新版本为当前有效的计划。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="208"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="208"/>
        <source>Start the plan</source>
        <translation>开始制定计划</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="325"/>
        <source>Select a component first.</source>
        <translation>请先选择一个组成部分。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="352"/>
        <source>Select a component or an action first.</source>
        <translation>请先选择一个组成部分或一项行动。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="221"/>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Why it is refused</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="244"/>
        <source>{refused} of {total} rows are refused, listed below with the reason. Nothing will be imported until the file is corrected: fix it, then go back and choose it again.</source>
        <translation>{total} 行中有 {refused} 行被拒绝，下面列出了原因。在文件更正之前不会导入任何内容：请修改文件，然后返回并重新选择该文件。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="250"/>
        <source>The file has no rows to import.</source>
        <translation>该文件没有可导入的行。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="252"/>
        <source>All {n} rows can be imported. Columns left out: {ignored}.</source>
        <translation>全部 {n} 行均可导入。未导入的列：{ignored}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="253"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="257"/>
        <source>{n} rows look like persons already in the vault (rows {rows}); check this is not a file imported before.</source>
        <translation>有 {n} 行看起来与保险库中已有的人员相同（第 {rows} 行）；请确认这不是以前导入过的文件。</translation>
    </message>
</context>
<context>
    <name>PrintTab</name>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="118"/>
        <source>Pre-departure checklist</source>
        <translation>出发前核对清单</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="119"/>
        <source>Information sheet for the person</source>
        <translation>给本人的信息单</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="121"/>
        <source>Travel-document request to the embassy</source>
        <translation>向大使馆申请旅行证件的信函</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="123"/>
        <source>What we hold about the person (for them)</source>
        <translation>我们保存的关于本人的信息（供本人阅读）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="131"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="132"/>
        <source>US Letter</source>
        <translation>US Letter（美式信纸）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="136"/>
        <source>Print the person&apos;s name (otherwise only the case reference)</source>
        <translation>打印本人姓名（否则仅打印个案编号）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="143"/>
        <source>The name the embassy will read: only a name a supervisor confirmed as neutral for this embassy.</source>
        <translation>大使馆将看到的名称：只能使用经督导确认对该大使馆而言为中性的名称。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="149"/>
        <source>Confirm as the neutral name for this embass&amp;y</source>
        <translation>确认为致该大使馆的中性名称(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="158"/>
        <source>travel document</source>
        <translation>旅行证件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="164"/>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="165"/>
        <source>&amp;Language of the person:</source>
        <translation>本人使用的语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="166"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="168"/>
        <source>Organisation in the &amp;letter:</source>
        <translation>信函中的机构名称(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="170"/>
        <source>Document &amp;needed:</source>
        <translation>所需证件(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="173"/>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="174"/>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="176"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="177"/>
        <source>C&amp;heck a printout…</source>
        <translation>核验打印件(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="224"/>
        <source>No neutral name confirmed for this embassy yet</source>
        <translation>尚未为该大使馆确认中性名称</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="238"/>
        <source>Letters to this embassy will carry “{name}”.</source>
        <translation>致该大使馆的信函将使用“{name}”。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="254"/>
        <source>The texts in this language are a draft that a native speaker still has to review.</source>
        <translation>此语言的文本为草稿，仍需母语人士审核。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="294"/>
        <source>Not printed: {reason}</source>
        <translation>未打印：{reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="295"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="309"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="333"/>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="346"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="348"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="375"/>
        <source>Writing the PDF…</source>
        <translation>正在写入 PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="381"/>
        <source>Saved {file} ({pages} pages).</source>
        <translation>已保存 {file}（{pages} 页）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="384"/>
        <source>The journey&apos;s dates are in the past: check them before the sheet is handed over (the sheet says so too).</source>
        <translation>行程日期已过：请在交出信息单之前核对（信息单上也有此提示）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="395"/>
        <source>The PDF could not be written.</source>
        <translation>无法写入 PDF。</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/common.py" line="19"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="17"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="20"/>
        <source>Write this recovery key on paper, check it twice, and lock it away, apart from the laptop. It opens the vault when every passphrase is forgotten. It is shown only now; a new key can be made later, and the old one then stops working.</source>
        <translation>请将此恢复密钥抄写在纸上，核对两遍，然后锁好保管，不要与笔记本电脑放在一起。在所有密码短语都被遗忘时，可用它打开保险库。它只在此时显示；以后可以创建新的密钥，届时旧密钥即失效。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="38"/>
        <source>I have written it down</source>
        <translation>我已抄写下来</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="59"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="61"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="63"/>
        <source>Operational lists</source>
        <translation>工作列表</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="77"/>
        <source>(nothing: a simple table)</source>
        <translation>（无：简单表格）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="82"/>
        <source>Standard donor tables (sex, age group, sector, country of origin)</source>
        <translation>标准捐助方表格（性别、年龄组、行业、原籍国）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="86"/>
        <source>Count persons by</source>
        <translation>按以下项统计人数</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="88"/>
        <source>and by</source>
        <translation>以及按</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="91"/>
        <source>Only persons taken in from</source>
        <translation>仅统计接案日期从</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="103"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="107"/>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="109"/>
        <source>Hide counts below</source>
        <translation>隐藏小于此数的计数</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="118"/>
        <source>and the counts that would reveal them (needed for anything that leaves the organisation)</source>
        <translation>以及可能据此推算出这些计数的其他计数（凡发往机构以外的内容均须如此）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="129"/>
        <source>Build the report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="132"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="134"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="136"/>
        <source>Import cases from a spreadsheet…</source>
        <translation>从电子表格导入个案…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="165"/>
        <source>All programmes</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="199"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="217"/>
        <source>{n} persons counted.</source>
        <translation>已统计 {n} 人。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="225"/>
        <source>The report could not be made.</source>
        <translation>无法生成报告。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="237"/>
        <source>Export without hiding small counts?</source>
        <translation>不隐藏小计数就导出？</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="239"/>
        <source>This report shows every count, even of one or two persons. Files sent outside the organisation must hide small counts. Export anyway?</source>
        <translation>此报告显示所有计数，即使只有一两人。发往机构以外的文件必须隐藏小计数。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="257"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="257"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="268"/>
        <source>Writing the CSV…</source>
        <translation>正在写入 CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="276"/>
        <source>Saved {n} CSV file(s).</source>
        <translation>已保存 {n} 个 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="285"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="285"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="294"/>
        <source>Writing the PDF…</source>
        <translation>正在写入 PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="303"/>
        <source>Saved the PDF ({n} pages).</source>
        <translation>已保存 PDF（{n} 页）。</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="35"/>
        <source>Reference</source>
        <translation>个案编号</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="36"/>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="37"/>
        <source>Why closed</source>
        <translation>结案原因</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="38"/>
        <source>Kept until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="41"/>
        <source>&amp;Review now</source>
        <translation>立即审查(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="43"/>
        <source>A&amp;nonymise…</source>
        <translation>匿名化(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="45"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="51"/>
        <source>Closed cases are kept for their retention period, then anonymised (the counts stay for reports, nothing that names or locates the person) or deleted. Both are final on every laptop of the organisation.</source>
        <translation>已结案的个案在保留期限内予以保存，期满后进行匿名化（保留用于报告的计数，但不保留任何能指明本人姓名或所在位置的信息）或删除。两种操作在本机构的所有笔记本电脑上均不可撤销。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="75"/>
        <source>Looking for closed cases past their retention date…</source>
        <translation>正在查找已超过保留期限的已结案个案…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="83"/>
        <source>That did not work ({kind}).</source>
        <translation>操作未成功（{kind}）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="102"/>
        <source>%n closed case(s) past their retention date.</source>
        <translation>
            <numerusform>%n 个已结案个案已超过保留期限。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="104"/>
        <source>No case is due. &quot;Review now&quot; looks again.</source>
        <translation>没有到期的个案。点击“立即审查”可重新查找。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="112"/>
        <source>Choose a case in the list first.</source>
        <translation>请先在列表中选择一个个案。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="118"/>
        <source>Anonymise {reference}? Names, contacts, notes, files and the story are removed for good; the counts stay.</source>
        <translation>要将 {reference} 匿名化吗？姓名、联系方式、备注、文件和本人经历将被永久删除；计数会保留。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="122"/>
        <source>Delete {reference}? Nothing of it stays, on any laptop.</source>
        <translation>要删除 {reference} 吗？该个案的任何内容都不会保留在任何笔记本电脑上。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="124"/>
        <source>Retention</source>
        <translation>保留期限</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="138"/>
        <source>{reference} was anonymised.</source>
        <translation>已将 {reference} 匿名化。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="140"/>
        <source>{reference} was deleted.</source>
        <translation>已删除 {reference}。</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="56"/>
        <source>Return cannot be marked ready because:</source>
        <translation>无法将返回标记为就绪，原因如下：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="56"/>
        <source>Nothing blocks the return.</source>
        <translation>没有阻止返回的因素。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="82"/>
        <source>New security assessment</source>
        <translation>新的安全评估</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="85"/>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="86"/>
        <source>Concern</source>
        <translation>有顾虑</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="87"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="101"/>
        <source>Overall finding:</source>
        <translation>总体结论：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="108"/>
        <source>Mitigations:</source>
        <translation>缓解措施：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="113"/>
        <source>Record assessment</source>
        <translation>记录评估</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="120"/>
        <source>Supervisor override</source>
        <translation>督导特批</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="130"/>
        <source>Reason (required, at least {n} characters)</source>
        <translation>理由（必填，至少 {n} 个字符）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="136"/>
        <source>Record override</source>
        <translation>记录特批</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="140"/>
        <source>Revoke this kind of override</source>
        <translation>撤销此类特批</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="155"/>
        <source>No security assessment has been made yet.</source>
        <translation>尚未进行安全评估。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="164"/>
        <source>Latest assessment: {finding}, {date}, by {user}. Concerns: {concerns}</source>
        <translation>最近一次评估：{finding}，{date}，评估人 {user}。顾虑：{concerns}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="169"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="182"/>
        <source>Supervisor override in force ({kind}) by {user} on {date}: {reason}</source>
        <translation>督导特批有效（{kind}），由 {user} 于 {date} 作出：{reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="229"/>
        <source>You are setting aside this safety check: {check}

Your reason, recorded under your name:
“{reason}”</source>
        <translation>您将特批跳过以下安全检查：{check}

您的理由（将以您的名义记录）：
“{reason}”</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="233"/>
        <source>This person is a child.</source>
        <translation>本人是儿童。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="235"/>
        <source>Override a safety check?</source>
        <translation>特批跳过安全检查？</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="235"/>
        <source>Continue?</source>
        <translation>是否继续？</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="32"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="54"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="59"/>
        <source>Interface &amp;language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="62"/>
        <source>&amp;Lock after inactivity</source>
        <translation>闲置后锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="63"/>
        <source>Vault folder</source>
        <translation>保险库文件夹</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="64"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="66"/>
        <source>Ctrl+L locks now. F12 or Esc twice: quick exit (hides everything and locks).</source>
        <translation>Ctrl+L 立即锁定。F12 或连按两次 Esc：快速退出（隐藏所有内容并锁定）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="77"/>
        <source>This computer</source>
        <translation>本计算机</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="79"/>
        <source>Vault and backup</source>
        <translation>保险库与备份</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="85"/>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="91"/>
        <source>Public holidays</source>
        <translation>公共假日</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="93"/>
        <source>Retention</source>
        <translation>保留期限</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="107"/>
        <source>This translation was drafted by machine and awaits review by a native speaker. Tell your administrator about any wording that is wrong.</source>
        <translation>此译文由机器起草，正在等待母语人士审核。如发现任何措辞有误，请告知您的管理员。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="116"/>
        <source>The new language applies as soon as the case files with unsaved changes are saved or closed. Nothing you typed is lost.</source>
        <translation>有未保存更改的个案档案一经保存或关闭，新语言即会生效。您输入的内容不会丢失。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="59"/>
        <source>Welcome to RRR Desktop</source>
        <translation>欢迎使用 RRR Desktop</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="66"/>
        <source>Case data stays on this computer, encrypted with your passphrase. Nobody can recover it if the passphrase is lost.</source>
        <translation>个案数据保存在本计算机上，并用您的密码短语加密。如果密码短语丢失，任何人都无法恢复这些数据。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="73"/>
        <source>← Back to the lock screen</source>
        <translation>← 返回锁定屏幕</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="89"/>
        <source>Set up your organisation&apos;s vault</source>
        <translation>设置贵机构的保险库</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="91"/>
        <source>e.g. Safe Home Foundation</source>
        <translation>例如 安全家园基金会</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="94"/>
        <source>lower-case, e.g. dara</source>
        <translation>小写字母，例如 dara</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="110"/>
        <source>&amp;Create vault</source>
        <translation>创建保险库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="125"/>
        <source>A vault already exists on this laptop. Go back to unlock it; to start again, an administrator wipes it first (Settings, or rrr wipe).</source>
        <translation>本笔记本电脑上已有保险库。请返回解锁；如需重新开始，须先由管理员清除该保险库（“设置”，或 rrr wipe）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="134"/>
        <source>&amp;Organisation</source>
        <translation>机构(&amp;O)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="135"/>
        <source>Coun&amp;try</source>
        <translation>国家(&amp;T)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="136"/>
        <source>Your &amp;user name</source>
        <translation>您的用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="137"/>
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="138"/>
        <source>&amp;Passphrase</source>
        <translation>密码短语(&amp;P)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="141"/>
        <source>&amp;Repeat passphrase</source>
        <translation>再次输入密码短语(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="142"/>
        <source>Working &amp;language</source>
        <translation>工作语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="168"/>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="209"/>
        <source>Just looking? Open the demo vault</source>
        <translation>只是看看？打开演示保险库</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="212"/>
        <source>A separate vault filled with {count} invented cases, for training and trying things out. Nothing you do there touches real data.</source>
        <translation>一个独立的保险库，含有 {count} 个虚构个案，用于培训和试用。在其中进行的任何操作都不会影响真实数据。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="219"/>
        <source>User: {user}
Passphrase: {passphrase}</source>
        <translation>用户：{user}
密码短语：{passphrase}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="225"/>
        <source>Open &amp;demo vault</source>
        <translation>打开演示保险库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="244"/>
        <source>Creating {count} invented cases…</source>
        <translation>正在创建 {count} 个虚构个案…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="246"/>
        <source>Opening the demo vault…</source>
        <translation>正在打开演示保险库…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="275"/>
        <source>Creating the vault…</source>
        <translation>正在创建保险库…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="297"/>
        <source>Something went wrong ({kind}).</source>
        <translation>出现错误（{kind}）。</translation>
    </message>
</context>
<context>
    <name>ShelterTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="40"/>
        <source>&amp;Shelter</source>
        <translation>庇护所(&amp;S)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="41"/>
        <source>&amp;Admitted on</source>
        <translation>入住日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="42"/>
        <source>&amp;Left on</source>
        <translation>离开日期(&amp;L)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="45"/>
        <source>Services &amp;received (one per line)</source>
        <translation>已获得的服务（每行一项）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="48"/>
        <source>Re&amp;ferrals (one per line)</source>
        <translation>转介（每行一项）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="49"/>
        <source>Security &amp;measures</source>
        <translation>安全措施(&amp;M)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="55"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="56"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="57"/>
        <source>Voluntary test</source>
        <translation>自愿检测</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="58"/>
        <source>Consented</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="59"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="70"/>
        <source>Add medical entry</source>
        <translation>添加医疗记录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="72"/>
        <source>Remove medical entry</source>
        <translation>移除医疗记录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="79"/>
        <source>Medical care (testing only ever voluntary)</source>
        <translation>医疗护理（任何检测均须自愿）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="139"/>
        <source>Medical entry: {message}</source>
        <translation>医疗记录：{message}</translation>
    </message>
</context>
<context>
    <name>StageTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="73"/>
        <source>Note for the history (optional)</source>
        <translation>历史记录备注（可选）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="74"/>
        <source>Move the case to</source>
        <translation>将个案转至</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="76"/>
        <source>&amp;Change stage</source>
        <translation>更改阶段(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="80"/>
        <source>Why the case is closed</source>
        <translation>结案原因</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="81"/>
        <source>Why is the case closed? Choose a reason…</source>
        <translation>为何结案？请选择原因…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="101"/>
        <source>Move to</source>
        <translation>转至</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="108"/>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="112"/>
        <source>Caseworker</source>
        <translation>个案工作者</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="109"/>
        <source>&amp;Assign</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="125"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="129"/>
        <source>Current stage: {stage}</source>
        <translation>当前阶段：{stage}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="156"/>
        <source>{reference} is now assigned to {name}.</source>
        <translation>{reference} 现已分配给 {name}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="165"/>
        <source>Stage: {old} → {new}</source>
        <translation>阶段：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="202"/>
        <source>Choose why the case is closed, beside &quot;Move to&quot;.</source>
        <translation>请在“转至”旁边选择结案原因。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="224"/>
        <source>The case cannot move to {stage} yet:</source>
        <translation>该个案暂时还不能进入 {stage}：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="234"/>
        <source>Moved to {stage}.</source>
        <translation>已进入 {stage}。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="33"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="42"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="46"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="52"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="53"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="54"/>
        <source>Reference</source>
        <translation>个案编号</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="55"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="56"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="85"/>
        <source>Looking for what needs action…</source>
        <translation>正在查找需要处理的事项…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="97"/>
        <source>The list could not be loaded.</source>
        <translation>无法加载该列表。</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="106"/>
        <source>%n item(s) need action</source>
        <translation>
            <numerusform>%n 项需要处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="108"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="110"/>
        <source>the first %n are listed, overdue first</source>
        <translation>
            <numerusform>列出前 %n 项，逾期的在前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="113"/>
        <source>Nothing needs action now: no visits due within a week, no departures blocked, no messages waiting for an answer.</source>
        <translation>目前没有需要处理的事项：一周内没有到期的后续探访，没有受阻的离开，没有等待回复的消息。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="119"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="120"/>
        <source>child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="132"/>
        <source>Record a supervisor&apos;s decision on the risk finding</source>
        <translation>记录督导对风险结论的决定</translation>
    </message>
</context>
<context>
    <name>TravelTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="60"/>
        <source>Itinerary (local times)</source>
        <translation>行程（当地时间）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="66"/>
        <source>Mode</source>
        <translation>交通方式</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="67"/>
        <source>From</source>
        <translation>出发地</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="68"/>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="69"/>
        <source>Departs</source>
        <translation>出发</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="70"/>
        <source>Arrives</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="71"/>
        <source>Carrier</source>
        <translation>承运方</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="72"/>
        <source>Escort</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="82"/>
        <source>Add leg</source>
        <translation>添加行程段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="83"/>
        <source>Edit leg</source>
        <translation>编辑行程段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="84"/>
        <source>Remove leg</source>
        <translation>移除行程段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="102"/>
        <source>Arrival and travel grant</source>
        <translation>抵达安排和旅行补助</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="111"/>
        <source>Destination country</source>
        <translation>目的国</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="112"/>
        <source>Met on arrival by</source>
        <translation>抵达时接应方</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="113"/>
        <source>Transit assistance</source>
        <translation>过境协助</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="114"/>
        <source>Travel grant</source>
        <translation>旅行补助</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="115"/>
        <source>Grant details</source>
        <translation>补助详情</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="116"/>
        <source>Save arrival and grant</source>
        <translation>保存抵达安排和补助</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="155"/>
        <source>No travel warnings.</source>
        <translation>无行程警告。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="157"/>
        <source>No legs yet: add the first one.</source>
        <translation>尚无行程段：请添加第一段。</translation>
    </message>
</context>
<context>
    <name>UsersBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Name shown</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="93"/>
        <source>&amp;Add a user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="95"/>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="174"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="98"/>
        <source>Role of the chosen user</source>
        <translation>所选用户的角色</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="101"/>
        <source>Change the &amp;role</source>
        <translation>更改角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="103"/>
        <source>Re&amp;move…</source>
        <translation>移除(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="105"/>
        <source>New recovery &amp;key…</source>
        <translation>新建恢复密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="107"/>
        <source>&amp;Change the vault&apos;s key</source>
        <translation>更换保险库的密钥(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="110"/>
        <source>Done by itself when a user is removed. Needs the vault closed in every other window and &apos;rrr&apos; command.</source>
        <translation>移除用户时会自动进行。需要先在其他所有窗口和 &apos;rrr&apos; 命令中关闭保险库。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="119"/>
        <source>Removing a user deletes their key and changes the vault&apos;s key, so a copy of their key taken earlier opens nothing made from now on. Their name stays in the audit log.</source>
        <translation>移除用户会删除其密钥并更换保险库的密钥，因此此前复制的该用户密钥无法打开此后产生的任何内容。其姓名仍保留在审计日志中。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="156"/>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="156"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="174"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="189"/>
        <source>That did not work ({kind}).</source>
        <translation>操作未成功（{kind}）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="207"/>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="217"/>
        <source>Adding the user…</source>
        <translation>正在添加用户…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="223"/>
        <source>{user} can now unlock this vault.</source>
        <translation>{user} 现在可以解锁此保险库。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="236"/>
        <source>{user} is disabled: their passphrase opens nothing.</source>
        <translation>{user} 已停用：其密码短语已无法打开任何内容。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="240"/>
        <source>{user} can unlock again.</source>
        <translation>{user} 可以再次解锁。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="255"/>
        <source>{user} is now: {role}.</source>
        <translation>{user} 现在的角色：{role}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="265"/>
        <source>Remove the user?</source>
        <translation>移除该用户？</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="267"/>
        <source>Remove {user}? Their key is deleted and the vault&apos;s key is changed (this takes a moment). Backups made before keep the old key.</source>
        <translation>要移除 {user} 吗？其密钥将被删除，保险库的密钥将被更换（需要片刻）。此前制作的备份仍使用旧密钥。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="280"/>
        <source>Removing the user and changing the vault&apos;s key…</source>
        <translation>正在移除用户并更换保险库的密钥…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="286"/>
        <source>{user} was removed; the vault&apos;s key was changed.</source>
        <translation>已移除 {user}；保险库的密钥已更换。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="295"/>
        <source>Changing the vault&apos;s key…</source>
        <translation>正在更换保险库的密钥…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="301"/>
        <source>The vault&apos;s key was changed: earlier copies of the key slots open nothing.</source>
        <translation>保险库的密钥已更换：密钥槽的旧副本已无法打开任何内容。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="308"/>
        <source>New recovery key?</source>
        <translation>新建恢复密钥？</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="310"/>
        <source>A new recovery key is made and shown once; the old one stops working. Continue?</source>
        <translation>将创建一个新的恢复密钥，且只显示一次；旧密钥将失效。是否继续？</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="321"/>
        <source>Making a new recovery key…</source>
        <translation>正在创建新的恢复密钥…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="325"/>
        <source>A new recovery key was made; the old one no longer works.</source>
        <translation>已创建新的恢复密钥；旧密钥已失效。</translation>
    </message>
</context>
<context>
    <name>VaultAdminBox</name>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="34"/>
        <source>Vault</source>
        <translation>保险库</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="36"/>
        <source>&amp;Back up to a folder…</source>
        <translation>备份到文件夹(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="43"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="46"/>
        <source>&amp;Change my passphrase</source>
        <translation>更改我的密码短语(&amp;C)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="54"/>
        <source>An encrypted copy; it opens with the same passphrases.</source>
        <translation>一份加密副本；可用相同的密码短语打开。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="59"/>
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="60"/>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="61"/>
        <source>Repeat new passphrase</source>
        <translation>再次输入新密码短语</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="69"/>
        <source>Typing it also destroys the real key slots on this laptop</source>
        <translation>输入它也会销毁此笔记本电脑上真实的密钥槽</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="71"/>
        <source>Set the &amp;duress passphrase</source>
        <translation>设置紧急密码短语(&amp;D)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="76"/>
        <source>A duress passphrase, typed at the lock screen when someone forces you to unlock, opens an empty vault of this organisation instead of this one.</source>
        <translation>紧急密码短语：当有人强迫您解锁时在锁定界面输入，它会打开本机构的一个空保险库，而不是此保险库。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="83"/>
        <source>Duress passphrase</source>
        <translation>紧急密码短语</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="84"/>
        <source>Repeat duress passphrase</source>
        <translation>再次输入紧急密码短语</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="93"/>
        <source>Choose an empty folder</source>
        <translation>选择一个空文件夹</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="98"/>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="111"/>
        <source>The backup was made on {made}.</source>
        <translation>该备份创建于 {made}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="112"/>
        <source>The vault here was last changed on {changed}.</source>
        <translation>此处的保险库最后一次更改于 {changed}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="116"/>
        <source>There is no vault here yet.</source>
        <translation>此处尚无保险库。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="119"/>
        <source>The backup is of ANOTHER vault.</source>
        <translation>注意：该备份属于另一个保险库，而不是此处的保险库。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="121"/>
        <source>Changes made here after the backup will be set aside.</source>
        <translation>备份之后在此处所做的更改将被搁置一旁。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="124"/>
        <source>RRR Desktop locks, restores the backup, and keeps the vault it replaces in a folder beside it. Restore now?</source>
        <translation>RRR Desktop 将锁定，恢复该备份，并把被替换的保险库另存到原保险库文件夹旁边的一个文件夹中。是否立即恢复？</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="130"/>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="139"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="141"/>
        <source>Your passphrase in the backup. The backup is opened and checked with it before anything here is replaced.</source>
        <translation>您在该备份中的密码短语。在替换此处的任何内容之前，会先用它打开并检查该备份。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="153"/>
        <source>Writing the encrypted backup…</source>
        <translation>正在写入加密备份…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="159"/>
        <source>Backup written to {folder}.</source>
        <translation>备份已写入 {folder}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="166"/>
        <source>The two new passphrases differ.</source>
        <translation>两次输入的新密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="169"/>
        <source>Changing the passphrase…</source>
        <translation>正在更改密码短语…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="174"/>
        <source>Passphrase changed.</source>
        <translation>密码短语已更改。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="179"/>
        <source>The two duress passphrases differ.</source>
        <translation>两次输入的紧急密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="182"/>
        <source>Setting the duress passphrase…</source>
        <translation>正在设置紧急密码短语…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="190"/>
        <source>Duress passphrase set.</source>
        <translation>已设置紧急密码短语。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="215"/>
        <source>That did not work; nothing was changed.</source>
        <translation>操作未成功；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>casetabs</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="46"/>
        <source>Person</source>
        <translation>本人信息</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="47"/>
        <source>Intake</source>
        <translation>接案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="48"/>
        <source>Shelter &amp; care</source>
        <translation>庇护与照护</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="49"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="50"/>
        <source>Stage &amp; history</source>
        <translation>阶段与历史记录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="80"/>
        <source>This tab could not be opened ({kind}).</source>
        <translation>无法打开此选项卡（{kind}）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/__init__.py" line="16"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/__init__.py" line="23"/>
        <source>Reintegration plan</source>
        <translation>重新融入计划</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/__init__.py" line="24"/>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="11"/>
        <source>Risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="13"/>
        <source>Pre-departure checklist</source>
        <translation>出发前核对清单</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="15"/>
        <source>Travel</source>
        <translation>行程</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="16"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/__init__.py" line="23"/>
        <source>Notes &amp; contacts</source>
        <translation>备注与联系</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/__init__.py" line="24"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="11"/>
        <source>The person understands and consents to every departure procedure.</source>
        <translation>本人理解并同意每一项出发程序。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="14"/>
        <source>A safe place to stay on arrival, at least temporary, has been agreed with the person.</source>
        <translation>已与本人商定抵达后安全的住处，至少是临时住处。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="18"/>
        <source>Every legal, administrative, identity and travel document is in hand.</source>
        <translation>所有法律、行政、身份和旅行证件均已备齐。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="21"/>
        <source>Service referrals and follow-up care have been explained and given to the person.</source>
        <translation>已向本人解释并提供服务转介和后续照护安排。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="25"/>
        <source>Documents and security information have been sent to the receiving organisation.</source>
        <translation>证件和安全信息已发送给接收机构。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="29"/>
        <source>Travel and services through partners in transit or at home are confirmed in advance, and the recommendations were sent and received.</source>
        <translation>经由过境地或原籍地合作伙伴安排的行程和服务已提前确认，相关建议已发送并被接收。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="34"/>
        <source>The person holds copies of their own documents (medical care, case progress).</source>
        <translation>本人持有本人文件的副本（医疗护理、个案进展）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="38"/>
        <source>The person has been told every step of departure, transport and follow-up.</source>
        <translation>已告知本人出发、交通和后续跟进的每一个步骤。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="46"/>
        <source>Told their rights, options and the rules of return.</source>
        <translation>已告知其权利、选择以及返回的相关规定。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="49"/>
        <source>Given the phone number of the receiving organisation and a named contact person.</source>
        <translation>已提供接收机构的电话号码和一名具体联系人。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="53"/>
        <source>Told about the travel grant, if any.</source>
        <translation>已告知旅行补助的情况（如有）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="54"/>
        <source>Told that alcohol is not allowed on the journey, especially with medication.</source>
        <translation>已告知旅途中不得饮酒，尤其是在服药期间。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="57"/>
        <source>Told what help is realistically available at home.</source>
        <translation>已告知回到家乡后实际能获得哪些帮助。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="60"/>
        <source>Told that the final reintegration plan is made by the receiving side.</source>
        <translation>已告知最终的重新融入计划由接收方制定。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="63"/>
        <source>Given contact details of NGOs, lawyers, social welfare and a law-enforcement office at home.</source>
        <translation>已提供家乡的非政府组织、律师、社会福利机构和执法部门的联系方式。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="68"/>
        <source>Asked whether they want to be met by a local NGO on arrival.</source>
        <translation>已询问其抵达时是否希望由当地非政府组织接应。</translation>
    </message>
</context>
<context>
    <name>consent_effects</name>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="15"/>
        <source>Return cannot be marked ready and the person cannot depart.</source>
        <translation>无法将返回标记为就绪，本人也不能出发。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="18"/>
        <source>The checklist tick &apos;consents to every departure procedure&apos; is removed.</source>
        <translation>核对清单中“同意每一项出发程序”的勾选将被取消。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="24"/>
        <source>Nothing more may be shared with the receiving organisation; departure is blocked.</source>
        <translation>不得再与接收机构共享任何信息；出发被阻止。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="30"/>
        <source>The embassy may not be contacted; no travel-document request letter can be made.</source>
        <translation>不得联系大使馆；无法生成旅行证件申请函。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="36"/>
        <source>Letters to the embassy no longer mention trafficking.</source>
        <translation>致大使馆的信函中不再提及人口贩运。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="41"/>
        <source>The person is no longer to be met on arrival by an NGO.</source>
        <translation>本人抵达时将不再由非政府组织接应。</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../rrr_desktop/ui/crash.py" line="32"/>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/crash.py" line="33"/>
        <source>Something went wrong ({kind}). What was saved is safe in the vault; lock and unlock (Ctrl+L) to keep any typing not yet saved, and tell your administrator.</source>
        <translation>出现错误（{kind}）。已保存的内容安全地保存在保险库中；请锁定后再解锁（Ctrl+L），以保留尚未保存的输入内容，并告知您的管理员。</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="111"/>
        <source>Line {line}: the column &apos;{column}&apos; is empty.</source>
        <translation>第 {line} 行：“{column}”列为空。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="119"/>
        <source>Line {line}: unknown type &apos;{value}&apos;; use one of {allowed}.</source>
        <translation>第 {line} 行：未知类型“{value}”；请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="129"/>
        <source>Line {line}: the country must be a two-letter ISO code such as KH.</source>
        <translation>第 {line} 行：国家必须是两个字母的 ISO 代码，例如 KH。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="140"/>
        <source>Line {line}: the date last verified must look like 2026-05-31.</source>
        <translation>第 {line} 行：最近核实日期的格式必须类似 2026-05-31。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="147"/>
        <source>Line {line}: is_example must be yes or no.</source>
        <translation>第 {line} 行：is_example 必须为 yes 或 no。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="169"/>
        <source>Line {line}: the column &apos;{column}&apos; is not valid.</source>
        <translation>第 {line} 行：“{column}”列无效。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="184"/>
        <source>The file has no header row with the columns name, type and country.</source>
        <translation>该文件没有包含 name、type 和 country 列的标题行。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="195"/>
        <source>A line of the file cannot be read (a cell larger than 128 KiB or a control character); nothing was imported.</source>
        <translation>文件中有一行无法读取（某个单元格大于 128 KiB 或含有控制字符）；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="215"/>
        <source>Line {line}: more cells than columns (a comma inside an unquoted cell?).</source>
        <translation>第 {line} 行：单元格多于列数（未加引号的单元格中含有逗号？）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="231"/>
        <source>Line {line}: the id is already used on line {other}.</source>
        <translation>第 {line} 行：该 id 已在第 {other} 行使用。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="210"/>
        <source>Line {line}: this id belongs to another record; clear it.</source>
        <translation>第 {line} 行：该 id 属于另一条记录；请将其清空。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="222"/>
        <source>Line {line}: this entry was verified by a person; only a supervisor may change it.</source>
        <translation>第 {line} 行：此条目已经人工核实；只有督导才能更改。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="38"/>
        <source>Directory entry</source>
        <translation>名录条目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="54"/>
        <source>shelter; legal aid; counselling</source>
        <translation>庇护所; 法律援助; 心理咨询</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="56"/>
        <source>Verified on</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="66"/>
        <source>Still an example (not a real, checked organisation)</source>
        <translation>仍为示例（不是经过核实的真实机构）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="74"/>
        <source>⚠ This is an example entry: replace its name and details with a real organisation you have checked.</source>
        <translation>⚠ 这是一个示例条目：请用您核实过的真实机构替换其名称和详细信息。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="87"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="88"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="89"/>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="90"/>
        <source>Region or province:</source>
        <translation>地区或省份：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="91"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="92"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="93"/>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="94"/>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="95"/>
        <source>Languages:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="96"/>
        <source>Services:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="99"/>
        <source>Last verified:</source>
        <translation>最近核实：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="100"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="177"/>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="182"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="178"/>
        <source>An entry needs at least a name.</source>
        <translation>条目至少需要一个名称。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="33"/>
        <source>Import the directory from CSV</source>
        <translation>从 CSV 导入服务名录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="44"/>
        <source>⚠ {refused} row(s) are refused. Nothing will be imported until the file is corrected ({new} new and {updated} updated entries are otherwise ready).</source>
        <translation>⚠ 有 {refused} 行被拒绝。在文件更正之前不会导入任何内容（否则已有 {new} 个新条目和 {updated} 个更新条目可以导入）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="53"/>
        <source>The file holds no directory entries.</source>
        <translation>该文件不包含任何名录条目。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="57"/>
        <source>Ready: {new} new and {updated} updated entries. Entries without a recent verification date will be flagged.</source>
        <translation>已就绪：{new} 个新条目，{updated} 个更新条目。没有近期核实日期的条目将被标记。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="67"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="68"/>
        <source>Why it was refused</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="85"/>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="86"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="87"/>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="88"/>
        <source>From the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="106"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="116"/>
        <source>Entries this file changes (✓: verified by a person; a changed contact must be verified again):</source>
        <translation>此文件将更改的条目（✓：已经人工核实；联系信息有改动的条目必须重新核实）：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="11"/>
        <source>NGO</source>
        <translation>非政府组织</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="12"/>
        <source>Lawyer</source>
        <translation>律师</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="13"/>
        <source>Social welfare</source>
        <translation>社会福利</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="14"/>
        <source>Health</source>
        <translation>医疗卫生</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="15"/>
        <source>Law enforcement</source>
        <translation>执法部门</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="16"/>
        <source>Shelter</source>
        <translation>庇护所</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="17"/>
        <source>Embassy</source>
        <translation>大使馆</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="32"/>
        <source>Example: not a real entry</source>
        <translation>示例：非真实条目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="34"/>
        <source>Never verified</source>
        <translation>从未核实</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="37"/>
        <source>To verify (last {day})</source>
        <translation>待核实（上次 {day}）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="38"/>
        <source>✓ Verified {day}</source>
        <translation>✓ 已于 {day} 核实</translation>
    </message>
</context>
<context>
    <name>embassy</name>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="192"/>
        <source>The person&apos;s nationality is not recorded, so no embassy can be asked.</source>
        <translation>未记录本人的国籍，因此无法向任何大使馆提出申请。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="202"/>
        <source>The requesting organisation&apos;s name is missing.</source>
        <translation>缺少申请机构的名称。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="211"/>
        <source>The organisation name or the document named would reveal the person&apos;s situation to the embassy; give a neutral name for the letter.</source>
        <translation>机构名称或所列证件会向大使馆暴露本人的处境；请在信函中使用中性名称。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="229"/>
        <source>No name is confirmed as neutral for letters to the embassy of {country}; a supervisor confirms one first.</source>
        <translation>尚未确认致 {country} 大使馆信函所用的中性名称；须先由督导确认一个名称。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="241"/>
        <source>Letters to this embassy carry only the name confirmed as neutral for it: {name}.</source>
        <translation>致该大使馆的信函只能使用已确认对其为中性的名称：{name}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="96"/>
        <source>The letter would reveal the person&apos;s situation to the embassy without their consent.</source>
        <translation>未经本人同意，该信函会向大使馆暴露本人的处境。</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="25"/>
        <source>Intake</source>
        <translation>接案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="26"/>
        <source>Shelter and care</source>
        <translation>庇护与照护</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="27"/>
        <source>Return preparation</source>
        <translation>返回准备</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="28"/>
        <source>Travel</source>
        <translation>行程</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="29"/>
        <source>Reintegration</source>
        <translation>重新融入</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="30"/>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="31"/>
        <location filename="../rrr_desktop/ui/labels.py" line="77"/>
        <source>Testimony</source>
        <translation>作证</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="32"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="33"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="34"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="35"/>
        <location filename="../rrr_desktop/ui/labels.py" line="42"/>
        <location filename="../rrr_desktop/ui/labels.py" line="56"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="36"/>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="37"/>
        <source>Police</source>
        <translation>警方</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="38"/>
        <source>Labour inspection</source>
        <translation>劳动监察部门</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="39"/>
        <source>NGO</source>
        <translation>非政府组织</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="40"/>
        <source>Self-referred</source>
        <translation>自行求助</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="41"/>
        <source>Embassy</source>
        <translation>大使馆</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="43"/>
        <source>Identified victim of trafficking</source>
        <translation>经认定的人口贩运受害者</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="46"/>
        <source>Deported migrant</source>
        <translation>被驱逐出境的移民</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="47"/>
        <source>Returned on their own</source>
        <translation>自行返回</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="48"/>
        <source>Domestic work</source>
        <translation>家政工作</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="49"/>
        <source>Sexual exploitation</source>
        <translation>性剥削</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="50"/>
        <source>Plantation</source>
        <translation>种植园</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="51"/>
        <source>Construction</source>
        <translation>建筑业</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="52"/>
        <source>Forced begging</source>
        <translation>强迫乞讨</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="53"/>
        <source>Restaurant</source>
        <translation>餐饮业</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="54"/>
        <source>Fishing</source>
        <translation>渔业</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="55"/>
        <source>Factory</source>
        <translation>工厂</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="57"/>
        <source>No asylum application</source>
        <translation>未申请庇护</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="58"/>
        <source>Wishes to apply for asylum</source>
        <translation>希望申请庇护</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="59"/>
        <source>Asylum procedure pending</source>
        <translation>庇护程序进行中</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="60"/>
        <source>Asylum decided (outcome not recorded)</source>
        <translation>庇护申请已有决定（未记录结果）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="61"/>
        <source>Asylum granted</source>
        <translation>已获庇护</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="62"/>
        <source>Asylum refused</source>
        <translation>庇护申请被拒</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="63"/>
        <source>Assistance</source>
        <translation>援助</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="64"/>
        <source>Processing of personal data</source>
        <translation>个人数据处理</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="65"/>
        <source>Sharing with the receiving organisation</source>
        <translation>与接收机构共享</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="68"/>
        <source>Contact with the embassy</source>
        <translation>联系大使馆</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="69"/>
        <source>Telling the embassy about the trafficking</source>
        <translation>向大使馆告知人口贩运情况</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="72"/>
        <source>Family tracing</source>
        <translation>寻找家人</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="73"/>
        <source>Medical examination</source>
        <translation>体检</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="74"/>
        <source>Reintegration services</source>
        <translation>重新融入服务</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="75"/>
        <source>Being met on arrival</source>
        <translation>抵达时接应</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="76"/>
        <source>Voluntary return</source>
        <translation>自愿返回</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="78"/>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="79"/>
        <source>Given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="80"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="81"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="82"/>
        <source>Written</source>
        <translation>书面</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="83"/>
        <source>Verbal, with a witness</source>
        <translation>口头（有见证人）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="84"/>
        <source>By the guardian</source>
        <translation>由监护人作出</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="85"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="86"/>
        <source>Vital interest</source>
        <translation>重大利益</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="87"/>
        <source>Legal obligation</source>
        <translation>法定义务</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="88"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="89"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="90"/>
        <source>Caseworker</source>
        <translation>个案工作者</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="91"/>
        <source>Data officer</source>
        <translation>数据专员</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="92"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="93"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="94"/>
        <source>Visit</source>
        <translation>探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="95"/>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="96"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="97"/>
        <source>Identity or travel document</source>
        <translation>身份证件或旅行证件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="98"/>
        <source>Signed form or checklist</source>
        <translation>已签署的表格或核对清单</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="99"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="100"/>
        <source>Medical record</source>
        <translation>医疗记录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="101"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="102"/>
        <source>Other document</source>
        <translation>其他文件</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../rrr_desktop/cli/bundle.py" line="168"/>
        <source>No single peer matches {text}; use its fingerprint from &apos;rrr peer list&apos;.</source>
        <translation>没有唯一与 {text} 匹配的对方设备；请使用 &apos;rrr peer list&apos; 中列出的指纹。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="276"/>
        <source>No embassy letter for {reference}: {reasons}</source>
        <translation>无法为 {reference} 生成致大使馆的信函：{reasons}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="40"/>
        <source>The user name or passphrase is not correct.</source>
        <translation>用户名或密码短语不正确。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="46"/>
        <source>No vault found in {where}. Create one with &apos;rrr init&apos; or the set-up window.</source>
        <translation>在 {where} 中未找到保险库。请使用 &apos;rrr init&apos; 或设置窗口创建一个保险库。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="57"/>
        <source>A vault already exists in {where}; refusing to overwrite it.</source>
        <translation>{where} 中已有保险库；为避免覆盖，操作已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="70"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>保险库已锁定。请解锁后继续。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="78"/>
        <source>The vault in {where} is on read-only media (a write-protected stick or a folder without permission): it is open for reading and reports only. Nothing can be recorded there, so nothing can be printed or copied out of it either. To work in it, copy the folder to a writable disk.</source>
        <translation>{where} 中的保险库位于只读介质上（写保护的U盘或没有权限的文件夹）：只能打开用于阅读和报告。那里无法记录任何内容，因此也不能从中打印或复制任何内容。要在其中工作，请把文件夹复制到可写入的磁盘。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="112"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满：未保存任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="127"/>
        <source>This bundle was already imported; importing it again is refused.</source>
        <translation>此数据包已导入过；不允许再次导入。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="37"/>
        <source>This passphrase bundle asks for more memory to open than RRR Desktop allows; it was refused. Ask the sender to send it to this installation&apos;s contact card instead.</source>
        <translation>此数据包以密码短语加密，打开它所需的内存超过 RRR Desktop 允许的上限，因此已被拒绝。请发送方改用本安装实例的联系卡发送。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="47"/>
        <source>Cancelled: nothing was written or changed.</source>
        <translation>已取消：未写入或更改任何内容。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="124"/>
        <source>This bundle is too large for a passphrase; add the recipient&apos;s contact card and send it to their key instead.</source>
        <translation>此数据包太大，无法用密码短语保护；请添加接收方的联系卡，改用其密钥发送。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="133"/>
        <source>This laptop would protect the bundle with a passphrase cost the receiver refuses; send it to the recipient&apos;s contact card instead.</source>
        <translation>本笔记本电脑为数据包设置的密码短语计算成本超出了接收方可接受的范围；请改用接收方的联系卡发送。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="221"/>
        <source>This bundle is protected by a passphrase; enter the passphrase to open it.</source>
        <translation>此数据包受密码短语保护；请输入密码短语以打开它。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="256"/>
        <source>This passphrase bundle is larger than allowed; it was refused.</source>
        <translation>此以密码短语加密的数据包超过了允许的大小；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="239"/>
        <source>The passphrase is wrong or the bundle is damaged; nothing was imported.</source>
        <translation>密码短语错误或数据包已损坏；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="188"/>
        <source>This bundle is not addressed to this installation (or the passphrase is wrong); ask the sender to make it for this installation&apos;s contact card.</source>
        <translation>此数据包不是发给本安装实例的（或密码短语错误）；请发送方按本安装实例的联系卡制作数据包。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="195"/>
        <source>This file is not an RRR bundle or it is damaged.</source>
        <translation>此文件不是 RRR 数据包，或已损坏。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="199"/>
        <source>The bundle is damaged or incomplete (it changed after it was made); copy it again from the sender.</source>
        <translation>数据包已损坏或不完整（创建后被改动过）；请重新从发送方复制。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="269"/>
        <source>The bundle&apos;s signature does not match its sender&apos;s key: it was changed or forged.</source>
        <translation>数据包的签名与其发送方的密钥不符：数据包已被改动或伪造。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="277"/>
        <source>The bundle is damaged (its manifest is misplaced).</source>
        <translation>数据包已损坏（文件清单的位置不正确）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="283"/>
        <source>The bundle&apos;s contents do not match its signed manifest: it was changed after it was made.</source>
        <translation>数据包的内容与其已签名的文件清单不符：数据包在创建后被改动过。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="42"/>
        <source>The bundle contains a member with a forbidden name (a path outside the bundle); it was refused.</source>
        <translation>数据包中有一个成员文件的名称不被允许（指向数据包以外的路径）；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="143"/>
        <source>This file is not an RRR bundle of a known format.</source>
        <translation>此文件不是已知格式的 RRR 数据包。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="174"/>
        <source>The bundle is damaged (a block is too large).</source>
        <translation>数据包已损坏（某个数据块过大）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="188"/>
        <source>The bundle is damaged (data after its end).</source>
        <translation>数据包已损坏（结尾之后还有数据）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="197"/>
        <source>The bundle contains a member with an unreadable name.</source>
        <translation>数据包中有一个成员文件的名称无法读取。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="201"/>
        <source>The bundle contains too many members; it was refused.</source>
        <translation>数据包中的成员文件过多；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="206"/>
        <source>The bundle contains the same member twice; it was refused.</source>
        <translation>数据包中同一个成员文件出现了两次；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="224"/>
        <source>The bundle contains a member larger than allowed; it was refused.</source>
        <translation>数据包中有成员文件超过了允许的大小；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="246"/>
        <source>The bundle is incomplete (it was cut short); copy it again from the sender.</source>
        <translation>数据包不完整（被截断）；请重新从发送方复制。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="163"/>
        <source>Case {reference} cannot be referred: {reason} Record that consent first.</source>
        <translation>个案 {reference} 无法转介：{reason}请先记录该同意。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="177"/>
        <source>A referral needs at least one case: name it with its reference.</source>
        <translation>转介至少需要一个个案：请填写其个案编号。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="243"/>
        <source>Case {reference} was not referred to us by the chosen organisation; a status report goes only back to the organisation that referred the case.</source>
        <translation>个案 {reference} 不是所选机构转介给我们的；状态报告只能发回给转介该个案的机构。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="259"/>
        <source>The chosen organisation referred no case to us to report on.</source>
        <translation>所选机构没有向我们转介过任何个案，因此没有可报告的个案。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="89"/>
        <source>Record {reference} in the bundle is not a valid case; nothing was imported. Ask the sender to check their version of RRR Desktop.</source>
        <translation>数据包中的记录 {reference} 不是有效的个案；未导入任何内容。请发送方检查其 RRR Desktop 的版本。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="148"/>
        <source>The bundle lists the same record twice; it was refused.</source>
        <translation>数据包中同一条记录列出了两次；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="156"/>
        <source>A referral or status bundle may carry only cases; it was refused.</source>
        <translation>转介数据包或状态数据包只能包含个案；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="169"/>
        <source>The bundle would change a record into another kind; it was refused.</source>
        <translation>数据包会把某条记录更改为另一种类型；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="308"/>
        <source>The status report is about a case that was not referred to its sender from here; it was refused.</source>
        <translation>该状态报告涉及的个案并非由本机构转介给其发送方；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="316"/>
        <source>The status report carries more than follow-up status; it was refused.</source>
        <translation>该状态报告包含后续跟进状态以外的内容；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="89"/>
        <source>This installation has no handoff keys yet, so no bundle can be addressed to it; export its contact card first.</source>
        <translation>本安装实例尚无移交密钥，因此无法向其发送数据包；请先导出其联系卡。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="119"/>
        <source>The bundle has no manifest; it is damaged or not an RRR bundle.</source>
        <translation>数据包没有文件清单；它已损坏或不是 RRR 数据包。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="128"/>
        <source>This bundle comes from an unknown sender; add their contact card and compare its fingerprint before importing.</source>
        <translation>此数据包来自未知的发送方；导入前请添加其联系卡并比对指纹。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="136"/>
        <source>The sender {org} is not trusted yet; compare the fingerprint {fingerprint} with them, then trust the card.</source>
        <translation>发送方 {org} 尚未被信任；请与对方比对指纹 {fingerprint}，然后再信任该联系卡。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="147"/>
        <source>The bundle&apos;s sender does not match the trusted contact card.</source>
        <translation>数据包的发送方与已信任的联系卡不符。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="154"/>
        <source>This bundle was made for another recipient; it cannot be imported here.</source>
        <translation>此数据包是为其他接收方制作的；无法在此导入。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="161"/>
        <source>A sync bundle comes only from a device of this organisation; this one is from {org}.</source>
        <translation>同步数据包只能来自本机构的设备；此数据包来自 {org}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="170"/>
        <source>Referrals and status reports come from another organisation.</source>
        <translation>转介和状态报告只能来自其他机构。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="179"/>
        <source>The bundle has no records; it is damaged.</source>
        <translation>数据包中没有记录；它已损坏。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="206"/>
        <source>The bundle contains a file with an unknown name; it was refused.</source>
        <translation>数据包中有一个名称未知的文件；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="218"/>
        <source>The bundle contains an attached file larger than allowed; it was refused.</source>
        <translation>数据包中有附件超过了允许的大小；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="229"/>
        <source>An attached file in the bundle does not match its fingerprint; nothing was imported.</source>
        <translation>数据包中有附件与其指纹不符；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="268"/>
        <source>The bundle file changed while it was being read; nothing was imported.</source>
        <translation>读取过程中数据包文件发生了变化；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="276"/>
        <source>The bundle&apos;s record count does not match its manifest; it was refused.</source>
        <translation>数据包的记录数与其文件清单不符；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="33"/>
        <source>The bundle contains a damaged record; it was refused. Ask the sender for a new bundle.</source>
        <translation>数据包中有一条已损坏的记录；已被拒绝。请向发送方索取新的数据包。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="46"/>
        <source>The bundle contains a record nested too deeply to be a case; it was refused.</source>
        <translation>数据包中有一条记录嵌套层级过深，不可能是个案；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="100"/>
        <source>The bundle contains a record larger than allowed; it was refused.</source>
        <translation>数据包中有记录超过了允许的大小；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/keys.py" line="149"/>
        <source>This file is not a valid RRR contact card; ask for a new card file.</source>
        <translation>此文件不是有效的 RRR 联系卡；请索取新的联系卡文件。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/keys.py" line="161"/>
        <source>This contact card comes from a newer version of RRR Desktop; update RRR Desktop here first.</source>
        <translation>此联系卡来自更新版本的 RRR Desktop；请先在本机更新 RRR Desktop。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="103"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="110"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="140"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="147"/>
        <source>The bundle&apos;s manifest is damaged; ask the sender for a new copy.</source>
        <translation>数据包的文件清单已损坏；请向发送方索取一份新的副本。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="119"/>
        <source>This bundle was made by a newer version of RRR Desktop; update this installation, then import it again.</source>
        <translation>此数据包由更新版本的 RRR Desktop 制作；请更新本安装实例，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="129"/>
        <source>This bundle was made by an older version of RRR Desktop (before sync format 2); ask the sender to update RRR Desktop and make a new bundle. Nothing was imported.</source>
        <translation>此数据包由旧版 RRR Desktop 制作（早于同步格式 2）；请发送方更新 RRR Desktop 并制作新的数据包。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="51"/>
        <source>Choose &apos;ours&apos;, &apos;theirs&apos;, the number of one of the values, or &apos;new&apos; with a value.</source>
        <translation>请选择 &apos;ours&apos;（本机的值）、&apos;theirs&apos;（对方的值）、其中一个值的编号，或 &apos;new&apos; 并附上新值。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="68"/>
        <location filename="../rrr_desktop/handoff/resolve.py" line="108"/>
        <source>Choose a value between 1 and {count}.</source>
        <translation>请选择 1 到 {count} 之间的值。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="81"/>
        <source>Every value of this field was written on this laptop.</source>
        <translation>该字段的所有值都是在本笔记本电脑上写入的。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="92"/>
        <location filename="../rrr_desktop/handoff/resolve.py" line="148"/>
        <source>The record of this conflict no longer exists.</source>
        <translation>此冲突所涉及的记录已不存在。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="115"/>
        <source>This conflict was already resolved.</source>
        <translation>此冲突已解决。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="122"/>
        <source>That value would make the case invalid; choose another one.</source>
        <translation>该值会使个案无效；请选择其他值。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="137"/>
        <location filename="../rrr_desktop/services/handoff.py" line="793"/>
        <source>This conflict was already resolved or does not exist.</source>
        <translation>此冲突已解决或不存在。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="90"/>
        <source>The letter would reveal the person&apos;s situation without their consent.</source>
        <translation>未经本人同意，该信函会暴露本人的处境。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/render.py" line="242"/>
        <source>The printer or PDF file could not be opened for writing.</source>
        <translation>无法打开打印机或 PDF 文件进行写入。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="43"/>
        <source>{folder} cannot be written (read-only media or no permission). Nothing was saved there; choose another place.</source>
        <translation>无法写入 {folder}（只读介质或没有权限）。未在该处保存任何内容；请选择其他位置。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="52"/>
        <location filename="../rrr_desktop/printing/render.py" line="328"/>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="290"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="56"/>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>{path} 已存在；未覆盖任何内容。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="61"/>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} 是一个文件夹；请选择一个文件名。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="64"/>
        <source>{path} could not be written (the disk reported an error). Nothing was saved there; try another place or another stick.</source>
        <translation>无法写入 {path}（磁盘报告了错误）。未在该处保存任何内容；请尝试其他位置或换一个 U 盘。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="199"/>
        <source>{path} is too large for a file of this kind.</source>
        <translation>{path} 超出了此类文件应有的大小。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="209"/>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="212"/>
        <source>{path} is a folder; choose a file.</source>
        <translation>{path} 是一个文件夹；请选择一个文件。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="214"/>
        <source>{path} could not be read.</source>
        <translation>无法读取 {path}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="219"/>
        <source>{path} is not a file; choose a file.</source>
        <translation>{path} 不是文件；请选择一个文件。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="318"/>
        <source>Cannot write the PDF file {file}.</source>
        <translation>无法写入 PDF 文件 {file}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="34"/>
        <location filename="../rrr_desktop/services/audit_service.py" line="156"/>
        <source>verify the audit log</source>
        <translation>验证审计日志</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="99"/>
        <source>This is not an audit checkpoint of RRR Desktop.</source>
        <translation>这不是 RRR Desktop 的审计检查点。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="147"/>
        <source>write an audit checkpoint</source>
        <translation>写入审计检查点</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="203"/>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="59"/>
        <source>This case is not assigned to you.</source>
        <translation>该个案未分配给您。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="77"/>
        <source>Only a supervisor may change records of the whole organisation.</source>
        <translation>只有督导才能更改整个机构范围的记录。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="173"/>
        <source>A case reference cannot be changed.</source>
        <translation>个案编号不能更改。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="201"/>
        <location filename="../rrr_desktop/services/cases.py" line="224"/>
        <source>Only a supervisor may change {field}.</source>
        <translation>只有督导才能更改{field}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="204"/>
        <source>{field} is not changed by editing the case: it has a command of its own, which checks what it must and records who did it. Nothing was saved.</source>
        <translation>{field}不能通过编辑个案来更改：它有自己的命令，该命令会做必要的检查并记录是谁做的。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="229"/>
        <source>{field} has a command of its own: keep one of the values here, then change it with that command.</source>
        <translation>{field}有自己的命令：请在这里保留其中一个值，然后用该命令更改。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="257"/>
        <location filename="../rrr_desktop/services/cases.py" line="268"/>
        <source>assign cases</source>
        <translation>分配个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="295"/>
        <source>{reference} cannot move to {stage}: {reasons}</source>
        <translation>{reference} 无法进入 {stage}：{reasons}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="95"/>
        <source>No directory entry has this id.</source>
        <translation>没有使用此 id 的名录条目。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="142"/>
        <source>change a verified directory entry</source>
        <translation>更改已核实的名录条目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="153"/>
        <source>This id belongs to another kind of record.</source>
        <translation>此 id 属于另一类记录。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="167"/>
        <source>An example entry must be replaced by a real one, not verified.</source>
        <translation>示例条目不能标记为已核实，必须替换为真实条目。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="175"/>
        <source>A verification date cannot be in the future.</source>
        <translation>核实日期不能是将来的日期。</translation>
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
        <translation>文件中有 {count} 行被拒绝，因此未导入任何内容；第一处问题：{problem}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="265"/>
        <source>The file holds no directory entries.</source>
        <translation>该文件不包含任何名录条目。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="271"/>
        <source>add contact cards of other installations</source>
        <translation>添加其他安装实例的联系卡</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="277"/>
        <source>This is this installation&apos;s own contact card.</source>
        <translation>这是本安装实例自己的联系卡。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="282"/>
        <source>The card {fingerprint} was already added.</source>
        <translation>联系卡 {fingerprint} 已添加过。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="295"/>
        <source>No peer with the fingerprint {fingerprint}; run &apos;rrr peer list&apos;.</source>
        <translation>没有指纹为 {fingerprint} 的对方设备；请运行 &apos;rrr peer list&apos;。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="304"/>
        <source>trust other installations</source>
        <translation>信任其他安装实例</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="317"/>
        <source>join this vault to another organisation</source>
        <translation>将此保险库加入另一个机构</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="322"/>
        <source>Trust the peer&apos;s card before joining its organisation.</source>
        <translation>请先信任对方设备的联系卡，然后再加入其机构。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="335"/>
        <source>This peer&apos;s card does not name a valid organisation (a name of at least two characters and a two-letter country code); ask the peer for a new card file.</source>
        <translation>此伙伴的名片没有写明有效的组织（名称至少两个字符，国家代码为两个字母）；请向该伙伴索取新的名片文件。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="345"/>
        <source>Only an empty vault can join another organisation.</source>
        <translation>只有空的保险库才能加入另一个机构。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="379"/>
        <source>write a sync bundle of all cases</source>
        <translation>写入包含所有个案的同步数据包</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="389"/>
        <source>Choose a trusted peer, or a passphrase and the recipient organisation.</source>
        <translation>请选择一个已信任的对方设备，或者设置密码短语并指定接收方机构。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="396"/>
        <source>Trust {org} (compare the fingerprint) before sending.</source>
        <translation>发送前请先信任 {org}（比对指纹）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="404"/>
        <source>A sync bundle goes only to a device of this organisation.</source>
        <translation>同步数据包只能发送给本机构的设备。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="411"/>
        <source>Referrals and status reports go to another organisation.</source>
        <translation>转介和状态报告只能发送给其他机构。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="418"/>
        <source>A status report goes to the peer that referred the case.</source>
        <translation>状态报告只能发送给转介该个案的对方设备。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="569"/>
        <source>import a sync bundle</source>
        <translation>导入同步数据包</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="816"/>
        <source>A new value is written one field at a time.</source>
        <translation>新值只能逐个字段写入。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="37"/>
        <location filename="../rrr_desktop/services/return_prep.py" line="314"/>
        <source>A country is a two-letter code, e.g. KH.</source>
        <translation>国家须为两个字母的代码，例如 KH。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="93"/>
        <source>A holiday needs a name.</source>
        <translation>假日需要名称。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="105"/>
        <source>The holiday could not be added.</source>
        <translation>无法添加该假日。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="113"/>
        <source>{day} is not a holiday in {country}.</source>
        <translation>{day} 不是 {country} 的假日。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="132"/>
        <source>Choose one to three weekend days, from Monday (0) to Sunday (6).</source>
        <translation>请选择一至三天作为周末，范围为星期一（0）到星期日（6）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="149"/>
        <source>The file is not UTF-8 or UTF-16 text; save it from the spreadsheet program as &apos;CSV UTF-8&apos; or &apos;Unicode text&apos;.</source>
        <translation>该文件不是 UTF-8 或 UTF-16 文本；请在电子表格程序中将其另存为“CSV UTF-8”或“Unicode 文本”（Unicode text）格式。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="212"/>
        <source>The file is empty: it has no header row.</source>
        <translation>该文件为空：没有标题行。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="165"/>
        <source>The file has more than {max} rows; split it into parts.</source>
        <translation>该文件超过 {max} 行；请将其拆分为几个文件。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="172"/>
        <source>The file has more than {max} columns; remove the columns that are not needed.</source>
        <translation>该文件的列数超过 {max}；请删除不需要的列。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="227"/>
        <source>The file is not a readable .xlsx workbook.</source>
        <translation>该文件不是可读取的 .xlsx 工作簿。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="233"/>
        <source>The workbook unpacks to more than {max} MB; save it as CSV UTF-8 or split it into parts.</source>
        <translation>该工作簿解压后超过 {max} MB；请另存为 CSV UTF-8 或拆分成几部分。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="244"/>
        <source>The sheet has more than {max} cells, counting empty formatted ones; copy only the table into a new workbook.</source>
        <translation>该工作表超过 {max} 个单元格（包括设置了格式的空单元格）；请只把表格复制到一个新工作簿中。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="451"/>
        <source>The file is larger than {max} MB; split it into parts.</source>
        <translation>文件超过 {max} MB，请拆分成几个部分。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="468"/>
        <source>Old .xls workbooks cannot be read; save it as .xlsx or CSV UTF-8.</source>
        <translation>无法读取旧式 .xls 工作簿；请将其另存为 .xlsx 或 CSV UTF-8。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="484"/>
        <source>Row {row} of the file cannot be read (a cell is larger than 128 KiB or holds a control character). Check the file in the spreadsheet program.</source>
        <translation>文件第 {row} 行无法读取（某个单元格大于 128 KiB 或含有控制字符）。请在电子表格程序中检查该文件。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="502"/>
        <source>The file has no column named {column}.</source>
        <translation>该文件中没有名为 {column} 的列。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="507"/>
        <source>{field} is not a field; choose one of {fields}.</source>
        <translation>{field} 不是有效字段；请从以下字段中选择：{fields}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="520"/>
        <source>Several columns are mapped to {field}; map each field once.</source>
        <translation>有多个列映射到 {field}；每个字段只能映射一次。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="528"/>
        <source>No column is mapped to {field}; it is needed for every case.</source>
        <translation>没有列映射到 {field}；每个个案都需要此字段。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="776"/>
        <location filename="../rrr_desktop/services/importing.py" line="811"/>
        <source>{count} rows cannot be imported, so nothing was imported; correct them and try again.</source>
        <translation>有 {count} 行无法导入，因此未导入任何内容；请更正后重试。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="784"/>
        <source>The file has no rows to import.</source>
        <translation>该文件没有可导入的行。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="794"/>
        <source>Row {line}: the reference already exists; nothing was imported.</source>
        <translation>第 {line} 行：该个案编号已存在；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="825"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="137"/>
        <source>No printout code was found (it looks like RRR-K7MX-3QAD, in the footer of every page).</source>
        <translation>未找到打印件代码（形如 RRR-K7MX-3QAD，位于每页的页脚）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="184"/>
        <source>Unknown document kind {kind}.</source>
        <translation>未知的文件类型 {kind}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="188"/>
        <source>The language must be a code such as km, th or ar.</source>
        <translation>语言必须为语言代码，例如 km、th 或 ar。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="59"/>
        <source>This case has no reintegration plan yet: start one first.</source>
        <translation>该个案尚无重新融入计划：请先开始制定计划。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="68"/>
        <source>The plan has no such component.</source>
        <translation>计划中没有此组成部分。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="76"/>
        <source>The plan has no such action.</source>
        <translation>计划中没有此行动。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="82"/>
        <source>This case is closed: it is no longer followed up.</source>
        <translation>该个案已结案：不再进行后续跟进。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="90"/>
        <source>The case has no such follow-up visit.</source>
        <translation>该个案没有此次后续探访。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="120"/>
        <source>A family assessment cannot be dated in the future.</source>
        <translation>家庭评估的日期不能是将来的日期。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="145"/>
        <source>Write down the person&apos;s own wishes, in their words.</source>
        <translation>请按本人的原话写下其本人的意愿。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="151"/>
        <source>This case already has a plan: make a new version instead.</source>
        <translation>该个案已有计划：请改为创建新版本。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="184"/>
        <source>The person&apos;s wishes cannot be left empty.</source>
        <translation>本人的意愿不能为空。</translation>
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
        <translation>计划组成部分需要有目标。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="229"/>
        <location filename="../rrr_desktop/services/reintegration.py" line="259"/>
        <source>A budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="286"/>
        <source>An action needs a description.</source>
        <translation>行动需要有说明。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="331"/>
        <source>A visit already made cannot be moved.</source>
        <translation>已进行的探访不能改期。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="342"/>
        <source>A visit already made cannot be removed.</source>
        <translation>已进行的探访不能移除。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="362"/>
        <source>A visit cannot be recorded in the future.</source>
        <translation>不能记录将来日期的探访。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="367"/>
        <source>Each domain score must be from 1 (very vulnerable) to 5.</source>
        <translation>每个方面的评分必须在 1（非常脆弱）到 5 之间。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="381"/>
        <source>This visit has already been recorded.</source>
        <translation>此次探访已记录过。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="405"/>
        <source>The retention period must be at least one year.</source>
        <translation>保留期限必须至少为一年。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="418"/>
        <source>This case is already closed.</source>
        <translation>该个案已结案。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="455"/>
        <source>This case has no such plan version.</source>
        <translation>该个案没有此计划版本。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/report.py" line="21"/>
        <source>The start of the period is after its end.</source>
        <translation>期间的开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="85"/>
        <source>Each table of a report counts something else.</source>
        <translation>报告中的每个表格必须统计不同的内容。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="90"/>
        <source>A table counts by one field or by two different fields.</source>
        <translation>表格只能按一个字段或两个不同的字段统计。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="98"/>
        <source>Cannot count by {field}; choose one of {fields}.</source>
        <translation>无法按 {field} 统计；请从以下字段中选择：{fields}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="106"/>
        <source>The suppression threshold cannot be negative.</source>
        <translation>隐藏计数的阈值不能为负数。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="16"/>
        <source>review retention</source>
        <translation>审查保留期限</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="46"/>
        <source>{reference} is not a closed case past its retention date.</source>
        <translation>{reference} 不是已超过保留期限的已结案个案。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="55"/>
        <source>anonymise a case</source>
        <translation>将个案匿名化</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="67"/>
        <source>delete a case</source>
        <translation>删除个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="69"/>
        <source>{field}: {problem}.</source>
        <translation>{field}：{problem}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="109"/>
        <source>Unknown risk factor {factor}; known: {known}.</source>
        <translation>未知的风险因素 {factor}；已知因素：{known}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="115"/>
        <source>A finding of risk with mitigations needs the mitigations.</source>
        <translation>结论为“有风险，已有缓解措施”时，必须填写缓解措施。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="123"/>
        <source>An assessment cannot be dated in the future.</source>
        <translation>评估的日期不能是将来的日期。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="145"/>
        <source>override a gate</source>
        <translation>特批越过阻止条件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="148"/>
        <source>A supervisor decision is about the risk finding or the checklist.</source>
        <translation>督导决定只能针对风险结论或核对清单。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="155"/>
        <source>An override needs a reason of at least {min} characters.</source>
        <translation>特批需要至少 {min} 个字符的理由。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="168"/>
        <source>revoke an override</source>
        <translation>撤销特批</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="174"/>
        <source>There is no active {kind} override on this case.</source>
        <translation>该个案没有有效的 {kind} 特批。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="188"/>
        <location filename="../rrr_desktop/services/return_prep.py" line="205"/>
        <source>Unknown checklist item {key}.</source>
        <translation>未知的核对清单项目 {key}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="193"/>
        <source>A checklist item cannot be ticked for a future date.</source>
        <translation>核对清单项目不能以将来的日期勾选。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="245"/>
        <source>A document needs a kind, e.g. passport.</source>
        <translation>证件需要注明类型，例如护照。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="249"/>
        <source>Keep only the last four characters of a document number.</source>
        <translation>证件号码请只保留最后 4 位字符。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="263"/>
        <source>No such document on this case.</source>
        <translation>该个案中没有此证件。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="290"/>
        <source>No such leg in this itinerary.</source>
        <translation>此行程中没有该行程段。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="308"/>
        <source>Unknown travel detail {detail}.</source>
        <translation>未知的行程详情项 {detail}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="356"/>
        <source>A message date cannot be in the future.</source>
        <translation>消息日期不能是将来的日期。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="372"/>
        <source>A message cannot be received before it was sent.</source>
        <translation>消息的接收日期不能早于发送日期。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="382"/>
        <source>The answer window is at least one day.</source>
        <translation>答复期限至少为一天。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="407"/>
        <source>Record the consent as withdrawn or as declined.</source>
        <translation>请将同意记录为“已撤回”或“已拒绝”。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="32"/>
        <source>an administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="33"/>
        <source>a supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="34"/>
        <source>a caseworker</source>
        <translation>个案工作者</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="35"/>
        <source>a data officer</source>
        <translation>数据专员</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="240"/>
        <source>This vault is open for reading only (read-only media or a full disk), so a print or a copy of a file could not be recorded in its audit log; nothing was written. Free some space, or copy the vault to a writable disk, and open it again.</source>
        <translation>此保险库仅以只读方式打开（只读介质或磁盘已满），因此打印或复制文件无法记录到其审计日志中；未写入任何内容。请释放一些空间，或把保险库复制到可写入的磁盘，然后重新打开。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="277"/>
        <source>User {user} has no account in this vault.</source>
        <translation>用户 {user} 在此保险库中没有账户。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="285"/>
        <source>The account of {user} was changed outside RRR Desktop, so it does not open. Ask another administrator to run &apos;rrr audit verify&apos;, or restore a backup.</source>
        <translation>{user} 的账户在 RRR Desktop 之外被改动过，因此无法打开。请让另一位管理员运行 &apos;rrr audit verify&apos;，或恢复一个备份。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="295"/>
        <source>The user {user} is disabled. Ask your administrator.</source>
        <translation>用户 {user} 已被停用。请询问您的管理员。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="307"/>
        <source>Only {role} may {what}.</source>
        <translation>只有{role}才能{what}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="160"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="211"/>
        <source>set a duress passphrase</source>
        <translation>设置紧急密码短语</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="168"/>
        <source>The duress passphrase must differ from your passphrase.</source>
        <translation>紧急密码短语必须与您的密码短语不同。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="243"/>
        <source>add users</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="262"/>
        <source>User {user} already exists.</source>
        <translation>用户 {user} 已存在。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="292"/>
        <source>The account {user} was saved, but not its key slot, so {user} cannot sign in yet: {reason} Then add {user} again with the same command.</source>
        <translation>账户 {user} 已保存，但其密钥槽未保存，因此 {user} 暂时无法登录：{reason} 然后用同一命令再次添加 {user}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="338"/>
        <source>The disk is full; free some space.</source>
        <translation>磁盘已满；请释放一些空间。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="347"/>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="356"/>
        <source>You cannot disable, remove or change your own account; ask another administrator.</source>
        <translation>您不能停用、移除或更改自己的账户；请让另一位管理员操作。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="383"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="412"/>
        <source>The last administrator cannot be disabled.</source>
        <translation>不能停用最后一位管理员。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="393"/>
        <source>A user needs at least one role.</source>
        <translation>用户至少需要一个角色。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="399"/>
        <source>The last administrator keeps that role.</source>
        <translation>最后一位管理员必须保留管理员角色。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="426"/>
        <source>{user} was disabled (their passphrase opens nothing in this program now), but their key slot was not deleted: {reason} Then remove {user} again.</source>
        <translation>{user} 已被停用（其密码短语现在在本程序中打不开任何东西），但其密钥槽未被删除：{reason} 然后再次移除 {user}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="438"/>
        <source>{user} was removed (key slot deleted, account disabled), but the data key was not rotated: {reason} Then choose Settings → Users and roles → Change the vault&apos;s key (or run &apos;rrr rotate-key&apos;).</source>
        <translation>已移除 {user}（密钥槽已删除，账户已停用），但数据密钥未更换：{reason} 之后请选择“设置 → 用户与角色 → 更换保险库的密钥”（或运行 &apos;rrr rotate-key&apos;）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="452"/>
        <source>rotate the data key</source>
        <translation>更换数据密钥</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="473"/>
        <source>create a recovery key</source>
        <translation>创建恢复密钥</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="512"/>
        <source>An administrator&apos;s passphrase is reset only with another administrator&apos;s approval: {others}.</source>
        <translation>重设管理员的密码短语须经另一位管理员批准：{others}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="564"/>
        <source>wipe this laptop</source>
        <translation>清除本笔记本电脑上的数据</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="568"/>
        <source>Type the organisation&apos;s name exactly to confirm; nothing was wiped.</source>
        <translation>请准确输入机构名称以确认；未清除任何内容。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="274"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="352"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="500"/>
        <source>There is no user {user} in this vault.</source>
        <translation>此保险库中没有用户 {user}。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="139"/>
        <source>The country must be a two-letter code such as KH.</source>
        <translation>国家必须是两个字母的代码，例如 KH。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="162"/>
        <source>{language} is not a language the list knows; choose one from the list that opens as you type.</source>
        <translation>{language} 不是列表中的语言；请从输入时弹出的列表中选择一种语言。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/errors.py" line="73"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/cases.py" line="97"/>
        <source>The case no longer exists.</source>
        <translation>该个案已不存在。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/cases.py" line="441"/>
        <source>No case with reference {reference}.</source>
        <translation>没有个案编号为 {reference} 的个案。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="69"/>
        <source>The vault file in {folder} is damaged or is not the one these passphrases open. Nothing was changed. Restore the latest backup (rrr restore) or ask for help.</source>
        <translation>{folder} 中的保险库文件已损坏，或者不是这些密码短语所能打开的保险库文件。未作任何更改。请恢复最近的备份（rrr restore）或寻求帮助。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="80"/>
        <source>The vault in {folder} could not be read (the disk reported an error). Nothing was changed. Copy the folder to a healthy disk, or restore the latest backup.</source>
        <translation>无法读取 {folder} 中的保险库（磁盘报告了错误）。未作任何更改。请将该文件夹复制到完好的磁盘上，或恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="172"/>
        <source>This vault on read-only media needs an upgrade by this version of RRR Desktop: copy it to a writable disk and open it there.</source>
        <translation>此保险库位于只读介质上，需要由此版本的 RRR Desktop 进行升级：请将其复制到可写入的磁盘，然后在那里打开。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="207"/>
        <source>This vault uses schema {current}, newer than this program knows ({latest}). Update RRR Desktop.</source>
        <translation>此保险库使用的数据结构版本 {current} 比本程序所知的版本（{latest}）更新。请更新 RRR Desktop。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="390"/>
        <source>The copy failed its check; nothing was saved. Try another place or another stick.</source>
        <translation>副本未通过检查；未保存任何内容。请尝试其他位置或换一个 U 盘。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="191"/>
        <source>A key slot uses an unknown key derivation.</source>
        <translation>某个密钥槽使用了未知的密钥派生方法。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="324"/>
        <source>This vault was made by a newer version of RRR Desktop.</source>
        <translation>此保险库由更新版本的 RRR Desktop 创建。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="303"/>
        <source>The key slot file of this vault is damaged; restore it from a backup.</source>
        <translation>此保险库的密钥槽文件已损坏；请从备份中恢复。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/records.py" line="189"/>
        <source>This record was deleted or anonymised; it can no longer be changed.</source>
        <translation>此记录已被删除或已匿名化；无法再更改。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="54"/>
        <source>A passphrase needs at least {min} characters.</source>
        <translation>密码短语至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="59"/>
        <source>This passphrase is too easy to guess (a common word, a pattern or a date). Use a few unrelated words.</source>
        <translation>此密码短语太容易被猜到（常见词、规律或日期）。请使用几个互不相关的词。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="72"/>
        <source>The vault was busy, so its key was not changed (nothing was lost). Wait for running work such as an import or a report to finish, then try again.</source>
        <translation>保险库正忙，因此密钥未更换（没有丢失任何内容）。请等正在进行的工作（如导入或报告）完成后重试。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="362"/>
        <source>The key cannot be rotated yet: {users} must sign in once (their key slots are of an earlier kind); for the recovery key, make a new one.</source>
        <translation>暂时无法更换密钥：{users} 需要先登录一次（其密钥槽为旧类型）；恢复密钥请重新生成一个。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="58"/>
        <source>{folder} is not a backup of RRR Desktop (its key slots are missing).</source>
        <translation>{folder} 不是 RRR Desktop 的备份（缺少密钥槽）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="74"/>
        <source>{folder} is not a folder with a backup.</source>
        <translation>{folder} 不是包含备份的文件夹。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="102"/>
        <source>The backup in {folder} is incomplete.</source>
        <translation>{folder} 中的备份不完整。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="80"/>
        <source>The backup in {folder} is not encrypted; it was not restored.</source>
        <translation>{folder} 中的备份未加密；未予恢复。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="155"/>
        <source>Your user name and passphrase do not open the backup in {folder}. Nothing was changed.</source>
        <translation>您的用户名和密码短语无法打开 {folder} 中的备份。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="205"/>
        <source>Only an administrator may put a backup back, and {user} is not one in that backup. Nothing was changed.</source>
        <translation>只有管理员才能恢复备份，而 {user} 在该备份中不是管理员。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="216"/>
        <source>The backup in {folder} is damaged (it failed its check). Nothing was changed; the vault here is as it was. Try another copy of the backup.</source>
        <translation>{folder} 中的备份已损坏（未通过检查）。未作任何更改；此处的保险库保持原样。请尝试该备份的另一份副本。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/audit.py" line="48"/>
        <source>The audit log of this vault was changed outside RRR Desktop (entries are missing or rewritten), so nothing more can be recorded. Tell your administrator; &apos;rrr audit verify&apos; shows where.</source>
        <translation>此保险库的审计日志在 RRR Desktop 之外被改动过（有条目缺失或被改写），因此无法再记录任何内容。请告知您的管理员；运行 &apos;rrr audit verify&apos; 可查看改动之处。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="29"/>
        <source>The file is larger than {limit} MB; scan it at a lower resolution or split it, then attach it again.</source>
        <translation>文件超过 {limit} MB；请以较低分辨率扫描或将其拆分，然后重新添加。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="58"/>
        <source>Write the note before saving it.</source>
        <translation>请先填写备注内容再保存。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="61"/>
        <source>A note holds at most {limit} characters; split it into several notes.</source>
        <translation>一条备注最多 {limit} 个字符；请拆分为几条备注。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="77"/>
        <source>The note holds characters that cannot be stored (control or direction characters); remove them and save again.</source>
        <translation>备注中含有无法存储的字符（控制字符或文字方向字符）；请删除这些字符后再次保存。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="123"/>
        <source>The file is empty; nothing was attached.</source>
        <translation>文件为空；未添加任何附件。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="141"/>
        <source>The file&apos;s name or note holds characters that cannot be stored; rename it and attach it again.</source>
        <translation>文件名或备注中含有无法存储的字符；请重命名后重新添加。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="152"/>
        <source>A case holds at most {limit} attached files.</source>
        <translation>一个个案最多可有 {limit} 个附件。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="169"/>
        <source>The attached file no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="178"/>
        <source>This file has not arrived on this laptop yet (only its description did); it comes with the next sync from the laptop where it was attached.</source>
        <translation>此文件尚未传到此笔记本电脑（目前只有其说明）；它会在下次与添加该文件的笔记本电脑同步时传来。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="186"/>
        <source>The stored file does not match its fingerprint; it was not opened. Run the vault check (rrr doctor).</source>
        <translation>存储的文件与其指纹不符；未打开该文件。请运行保险库检查（rrr doctor）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="22"/>
        <source>change the organisation</source>
        <translation>更改机构信息</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="30"/>
        <source>The address, phone or e-mail holds characters that cannot be printed.</source>
        <translation>地址、电话或电子邮件中含有无法打印的字符。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="41"/>
        <source>confirm a name for letters</source>
        <translation>确认信函所用名称</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="46"/>
        <source>Give the embassy&apos;s country as a two-letter code, e.g. KH.</source>
        <translation>请用两个字母的代码填写大使馆所属国家，例如 KH。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="49"/>
        <source>Give the name the letter carries.</source>
        <translation>请填写信函中使用的名称。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="53"/>
        <source>“{name}” would tell the embassy what the person went through ({words}); choose a neutral name.</source>
        <translation>“{name}”会让大使馆得知本人的经历（{words}）；请选择中性名称。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/inuse.py" line="43"/>
        <source>The vault is open in another window or &apos;rrr&apos; command on this computer: close it there, then try again.</source>
        <translation>保险库正在本机的另一个窗口或 &apos;rrr&apos; 命令中打开：请在那里关闭它，然后重试。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/inuse.py" line="56"/>
        <source>Another window or &apos;rrr&apos; command is changing this vault&apos;s key or restoring it. Try again in a minute.</source>
        <translation>另一个窗口或 &apos;rrr&apos; 命令正在更换此保险库的密钥或恢复此保险库。请一分钟后重试。</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="8"/>
        <source>Case identifier (no personal data)</source>
        <translation>个案标识符（不含个人数据）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="9"/>
        <source>Opened on</source>
        <translation>开案日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="10"/>
        <source>Reference</source>
        <translation>个案编号</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="11"/>
        <source>Their reference</source>
        <translation>对方机构编号</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="12"/>
        <source>Referring organisation</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="13"/>
        <source>Referred to</source>
        <translation>转介至</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="14"/>
        <source>Earlier references</source>
        <translation>曾用个案编号</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="15"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="16"/>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="17"/>
        <source>Caseworker</source>
        <translation>个案工作者</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="18"/>
        <source>Also assigned to</source>
        <translation>共同负责人</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="19"/>
        <source>Receiving organisation</source>
        <translation>接收机构</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="20"/>
        <source>Name on printouts</source>
        <translation>打印件上的姓名</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="21"/>
        <source>Asylum</source>
        <translation>庇护</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="22"/>
        <source>Person</source>
        <translation>本人信息</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="23"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="24"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="25"/>
        <source>Other names</source>
        <translation>其他姓名</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="26"/>
        <source>Name in the person&apos;s own script</source>
        <translation>以本人所用文字书写的姓名</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="27"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="28"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="29"/>
        <source>Estimated age</source>
        <translation>估计年龄</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="30"/>
        <source>Age estimated on</source>
        <translation>年龄估计日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="31"/>
        <source>Place of birth</source>
        <translation>出生地点</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="32"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="33"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="34"/>
        <source>The person&apos;s wishes</source>
        <translation>本人的意愿</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="35"/>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="36"/>
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="37"/>
        <source>Intake</source>
        <translation>接案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="38"/>
        <source>Intake date</source>
        <translation>接案日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="39"/>
        <source>How the person was identified</source>
        <translation>本人身份的认定方式</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="40"/>
        <source>Referred by</source>
        <translation>转介方</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="41"/>
        <source>Country where it happened</source>
        <translation>事发国家</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="42"/>
        <source>Country of origin</source>
        <translation>原籍国</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="43"/>
        <source>Region of origin</source>
        <translation>原籍地区</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="44"/>
        <source>First needs</source>
        <translation>初步需求</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="45"/>
        <source>Screening notes</source>
        <translation>筛查备注</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="46"/>
        <source>Form of exploitation</source>
        <translation>剥削形式</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="47"/>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="48"/>
        <source>Shelter and care</source>
        <translation>庇护与照护</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="49"/>
        <source>Medical services</source>
        <translation>医疗服务</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="50"/>
        <source>Shelter</source>
        <translation>庇护所</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="51"/>
        <source>Admitted on</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="52"/>
        <source>Left on</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="53"/>
        <source>Services received</source>
        <translation>已获得的服务</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="54"/>
        <source>Referrals to services</source>
        <translation>服务转介</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="55"/>
        <source>Security measures</source>
        <translation>安全措施</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="56"/>
        <source>Consents</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="57"/>
        <source>Risk assessments</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="58"/>
        <source>Supervisor overrides</source>
        <translation>督导特批</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="59"/>
        <source>Pre-departure checklist</source>
        <translation>出发前核对清单</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="60"/>
        <source>Checklist items</source>
        <translation>核对清单项目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="61"/>
        <source>Wishes to be met by a local organisation on arrival</source>
        <translation>希望抵达时由当地机构接应</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="64"/>
        <source>Contacts handed over</source>
        <translation>已提供的联系方式</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="65"/>
        <source>Travel documents</source>
        <translation>旅行证件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="66"/>
        <source>Travel</source>
        <translation>行程</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="67"/>
        <source>Journey legs</source>
        <translation>行程段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="68"/>
        <source>Messages between organisations</source>
        <translation>机构间消息</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="69"/>
        <source>Reintegration</source>
        <translation>重新融入</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="70"/>
        <source>Reintegration plans</source>
        <translation>重新融入计划</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="71"/>
        <source>Follow-up visits</source>
        <translation>后续探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="72"/>
        <source>Assessment date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="73"/>
        <source>Assessed by</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="74"/>
        <source>Assessment: the person&apos;s own account</source>
        <translation>评估：本人的自述</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="77"/>
        <source>Assessment: the situation at home</source>
        <translation>评估：家乡的情况</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="80"/>
        <source>Family assessment</source>
        <translation>家庭评估</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="81"/>
        <source>Closure</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="82"/>
        <source>Notes and contact log</source>
        <translation>备注与联系记录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="83"/>
        <source>Attached documents</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="84"/>
        <source>Last changed</source>
        <translation>最后更改时间</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="86"/>
        <source>{list}: entry kept or deleted</source>
        <translation>{list}：条目保留或删除</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="87"/>
        <source>{list}: {field}</source>
        <translation>{list}：{field}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="88"/>
        <source>{list}: one entry</source>
        <translation>{list}：一个条目</translation>
    </message>
</context>
<context>
    <name>followup</name>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="41"/>
        <source>Financial</source>
        <translation>经济</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="42"/>
        <source>Family and social</source>
        <translation>家庭与社会</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="43"/>
        <source>Employment and skills</source>
        <translation>就业与技能</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="44"/>
        <source>Medical and psychosocial</source>
        <translation>医疗与心理社会</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="47"/>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="52"/>
        <source>Contact with a recruiter, broker or former exploiter</source>
        <translation>与招募者、中介或原剥削者有接触</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="55"/>
        <source>An offer of work abroad or in another town</source>
        <translation>收到去国外或其他城镇工作的邀约</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="56"/>
        <source>New or growing debt</source>
        <translation>出现新债务或债务增加</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="57"/>
        <source>Family pressure to earn money or migrate again</source>
        <translation>家人施压要求挣钱或再次外出务工</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="60"/>
        <source>Threats or intimidation from traffickers</source>
        <translation>受到人口贩运者的威胁或恐吓</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="61"/>
        <source>Identity documents held by someone else</source>
        <translation>身份证件被他人扣留</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="62"/>
        <source>Unexplained money or gifts</source>
        <translation>来历不明的钱财或礼物</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="63"/>
        <source>Plans to leave without telling anyone</source>
        <translation>计划不告知任何人就离开</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="64"/>
        <source>Isolation, alcohol or drug use</source>
        <translation>孤立、饮酒或吸毒</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="65"/>
        <source>Dropped out of training, school or work</source>
        <translation>中断培训、学业或工作</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="19"/>
        <source>Reintegrated</source>
        <translation>已重新融入</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="20"/>
        <source>Declined further assistance</source>
        <translation>拒绝进一步援助</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="21"/>
        <source>Lost contact</source>
        <translation>失去联系</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="22"/>
        <source>Moved on</source>
        <translation>已迁往他处</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="23"/>
        <source>Transferred to another organisation</source>
        <translation>已转至其他机构</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="24"/>
        <source>Deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="29"/>
        <source>Fin.</source>
        <translation>经济</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="30"/>
        <source>Fam.</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="31"/>
        <source>Emp.</source>
        <translation>就业</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="32"/>
        <source>Med.</source>
        <translation>医疗</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="33"/>
        <source>Leg.</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="30"/>
        <source>Score trend per domain</source>
        <translation>各方面的评分趋势</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="44"/>
        <source>no score yet</source>
        <translation>尚无评分</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="46"/>
        <source>improving</source>
        <translation>好转</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="47"/>
        <source>worse</source>
        <translation>变差</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="48"/>
        <source>steady</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="50"/>
        <source>{score}/5, {trend}</source>
        <translation>{score}/5，{trend}</translation>
    </message>
</context>
<context>
    <name>gates</name>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="50"/>
        <source>The person has not consented to return.</source>
        <translation>本人尚未同意返回。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="58"/>
        <source>No security (risk) assessment has been made.</source>
        <translation>尚未进行安全（风险）评估。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="67"/>
        <source>The risk assessment found reasonable suspicion of harm; a supervisor must record an override with a reason.</source>
        <translation>风险评估发现有合理理由怀疑存在伤害风险；督导必须记录特批并说明理由。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="79"/>
        <source>A child needs a recorded guardian.</source>
        <translation>儿童必须有已记录的监护人。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="98"/>
        <source>{count} of 8 pre-departure conditions are not yet met: {missing}</source>
        <translation>8 项出发前条件中尚有 {count} 项未满足：{missing}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="107"/>
        <source>No travel itinerary has been recorded.</source>
        <translation>尚未记录行程。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="115"/>
        <location filename="../rrr_desktop/domain/gates.py" line="188"/>
        <source>The person has not consented to share the case with {org}.</source>
        <translation>本人尚未同意与 {org} 共享个案。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="132"/>
        <source>An asylum procedure is pending: the embassy must not be contacted.</source>
        <translation>庇护程序正在进行中：不得联系大使馆。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="141"/>
        <source>The person was granted asylum: the embassy of the country they fled must not be contacted.</source>
        <translation>本人已获庇护：不得联系其所逃离国家的大使馆。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="152"/>
        <source>An asylum decision is recorded without its outcome: record whether asylum was granted or refused before the embassy is contacted.</source>
        <translation>已记录庇护决定，但未记录结果：联系大使馆之前，请先记录本人是已获庇护还是庇护申请被拒。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="163"/>
        <source>The person wishes to apply for asylum: the embassy must not be contacted.</source>
        <translation>本人希望申请庇护：不得联系大使馆。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="173"/>
        <source>The person has not consented to contact with the embassy.</source>
        <translation>本人尚未同意联系大使馆。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="206"/>
        <source>A child returns to family only after a family assessment.</source>
        <translation>儿童须经家庭评估后方可回到家人身边。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="215"/>
        <source>The family assessment found neglect or abuse: choose family-based alternative care.</source>
        <translation>家庭评估发现忽视或虐待：请选择以家庭为基础的替代照料。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="228"/>
        <source>Closing a case needs a reason.</source>
        <translation>结案需要说明原因。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="263"/>
        <source>The person has not consented to receive assistance.</source>
        <translation>本人尚未同意接受援助。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="274"/>
        <source>The person has not consented to reintegration services.</source>
        <translation>本人尚未同意接受重新融入服务。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="286"/>
        <source>Testimony only with the person&apos;s full, recorded agreement.</source>
        <translation>只有在本人完全同意并有记录的情况下才能作证。</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <location filename="../rrr_desktop/domain/handoff_rules.py" line="91"/>
        <source>never shared outside the organisation</source>
        <translation>绝不与机构以外共享</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/handoff_rules.py" line="92"/>
        <source>not marked by the caseworker as one to share</source>
        <translation>个案工作者未标记为可共享</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="10"/>
        <source>Vault created</source>
        <translation>已创建保险库</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="11"/>
        <source>Backup written</source>
        <translation>已写入备份</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="12"/>
        <source>Replaced by a restored backup</source>
        <translation>已由恢复的备份替换</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="13"/>
        <source>Recovery key made</source>
        <translation>已创建恢复密钥</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="14"/>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="15"/>
        <source>User added</source>
        <translation>已添加用户</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="16"/>
        <source>Passphrase changed</source>
        <translation>已更改密码短语</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="17"/>
        <source>Passphrase reset with the recovery key</source>
        <translation>已使用恢复密钥重设密码短语</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="18"/>
        <source>User disabled</source>
        <translation>已停用用户</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="19"/>
        <source>User enabled again</source>
        <translation>已重新启用用户</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="20"/>
        <source>User&apos;s roles changed</source>
        <translation>已更改用户的角色</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="21"/>
        <source>User removed</source>
        <translation>已移除用户</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="22"/>
        <source>Laptop wiped</source>
        <translation>已清除笔记本电脑上的数据</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="26"/>
        <source>Demo cases added</source>
        <translation>已添加演示个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="27"/>
        <source>Case created</source>
        <translation>已创建个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="28"/>
        <source>Case opened</source>
        <translation>已打开个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="29"/>
        <source>Case edited</source>
        <translation>已编辑个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="30"/>
        <source>Last edit undone</source>
        <translation>已撤销上次编辑</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="31"/>
        <source>Stage changed</source>
        <translation>已更改阶段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="32"/>
        <source>Consent recorded</source>
        <translation>已记录同意</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="39"/>
        <source>Case closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="40"/>
        <source>Case assigned</source>
        <translation>已分配个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="41"/>
        <source>Case anonymised</source>
        <translation>已将个案匿名化</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="42"/>
        <source>Case deleted</source>
        <translation>已删除个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="43"/>
        <source>Case imported from a spreadsheet</source>
        <translation>已从电子表格导入个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="44"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="45"/>
        <source>Asylum status recorded</source>
        <translation>已记录庇护状态</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="46"/>
        <source>Documents recorded</source>
        <translation>已记录证件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="47"/>
        <source>Travel changed</source>
        <translation>已更改行程</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="48"/>
        <source>Message recorded</source>
        <translation>已记录消息</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="49"/>
        <source>Risk assessed</source>
        <translation>已进行风险评估</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="50"/>
        <source>Checklist item ticked</source>
        <translation>已勾选核对清单项目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="51"/>
        <source>Checklist tick removed</source>
        <translation>已取消核对清单项目的勾选</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="52"/>
        <source>Handed-over contacts recorded</source>
        <translation>已记录所提供的联系方式</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="53"/>
        <source>Wish to be met on arrival by a local NGO recorded</source>
        <translation>已记录希望抵达时由当地非政府组织接应的意愿</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="64"/>
        <source>New plan version made</source>
        <translation>已创建新的计划版本</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="70"/>
        <source>Plan action added</source>
        <translation>已添加计划行动</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="71"/>
        <source>Plan action&apos;s status changed</source>
        <translation>已更改计划行动的状态</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="84"/>
        <source>Operational list made</source>
        <translation>已生成工作列表</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="56"/>
        <source>Supervisor decision on the risk finding</source>
        <translation>督导对风险结论作出决定</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="23"/>
        <source>Duress passphrase set</source>
        <translation>已设置紧急密码短语</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="24"/>
        <source>Duress passphrase removed</source>
        <translation>已移除紧急密码短语</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="25"/>
        <source>Data key rotated</source>
        <translation>已更换数据密钥</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="33"/>
        <source>Note written</source>
        <translation>已撰写备注</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="34"/>
        <source>File attached</source>
        <translation>已添加附件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="35"/>
        <source>Attached file opened</source>
        <translation>已打开附件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="36"/>
        <source>Copy of an attached file saved</source>
        <translation>已保存附件副本</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="37"/>
        <source>File sharing changed</source>
        <translation>已更改文件共享设置</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="38"/>
        <source>File removed</source>
        <translation>已移除文件</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="57"/>
        <source>Supervisor decision to depart with open checklist items</source>
        <translation>督导决定允许在核对清单仍有未完成项目时出发</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="60"/>
        <source>Risk decision revoked</source>
        <translation>已撤销针对风险结论的决定</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="61"/>
        <source>Checklist decision revoked</source>
        <translation>已撤销针对核对清单的决定</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="62"/>
        <source>Reintegration plan started</source>
        <translation>已开始制定重新融入计划</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="63"/>
        <source>Reintegration plan edited</source>
        <translation>已编辑重新融入计划</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="65"/>
        <source>Destination chosen</source>
        <translation>已设定本人的去向</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="66"/>
        <source>Reintegration assessed</source>
        <translation>已进行重新融入评估</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="67"/>
        <source>Family assessed</source>
        <translation>已进行家庭评估</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="68"/>
        <source>Plan component added</source>
        <translation>已添加计划组成部分</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="69"/>
        <source>Plan component edited</source>
        <translation>已编辑计划组成部分</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="72"/>
        <source>Follow-up visits scheduled</source>
        <translation>已安排后续探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="73"/>
        <source>Follow-up visit added</source>
        <translation>已添加后续探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="74"/>
        <source>Follow-up visit moved</source>
        <translation>已将后续探访改期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="75"/>
        <source>Follow-up visit recorded</source>
        <translation>已记录后续探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="76"/>
        <source>Follow-up visit removed</source>
        <translation>已移除后续探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="77"/>
        <source>Directory entry added</source>
        <translation>已添加名录条目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="78"/>
        <source>Directory entry edited</source>
        <translation>已编辑名录条目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="79"/>
        <source>Directory entry deleted</source>
        <translation>已删除名录条目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="80"/>
        <source>Directory imported</source>
        <translation>已导入服务名录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="81"/>
        <source>Directory exported</source>
        <translation>已导出服务名录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="82"/>
        <source>Spreadsheet imported</source>
        <translation>已导入电子表格</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="83"/>
        <source>Report made</source>
        <translation>已生成报告</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="85"/>
        <source>Bundle written</source>
        <translation>已写入数据包</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="86"/>
        <source>Bundle imported</source>
        <translation>已导入数据包</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="87"/>
        <source>Received from another organisation</source>
        <translation>已从其他机构接收</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="88"/>
        <source>Changed by a bundle</source>
        <translation>已由数据包更改</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="89"/>
        <source>Conflicting edit received</source>
        <translation>已收到冲突的编辑</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="90"/>
        <location filename="../rrr_desktop/domain/audit_words.py" line="91"/>
        <source>Deleted by a bundle</source>
        <translation>已由数据包删除</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="92"/>
        <source>Outdated data dropped from a bundle</source>
        <translation>已舍弃数据包中的过时数据</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="93"/>
        <source>Case renumbered</source>
        <translation>已重新编号个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="94"/>
        <source>Conflict resolved</source>
        <translation>已解决冲突</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="95"/>
        <source>Referred to another organisation</source>
        <translation>已转介至其他机构</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="96"/>
        <source>Status report sent</source>
        <translation>已发送状态报告</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="97"/>
        <source>Sent to another laptop</source>
        <translation>已发送至另一台笔记本电脑</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="98"/>
        <source>Contact card written</source>
        <translation>已导出联系卡</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="99"/>
        <source>Installation keys made</source>
        <translation>已创建本安装实例的密钥</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="100"/>
        <source>Laptop joined the organisation</source>
        <translation>笔记本电脑已加入机构</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="101"/>
        <source>Contact card added</source>
        <translation>已添加联系卡</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="102"/>
        <source>Contact card trusted</source>
        <translation>已信任联系卡</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="103"/>
        <source>Audit log verified</source>
        <translation>已验证审计日志</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="104"/>
        <source>Stored records sealed in the log</source>
        <translation>已将存储的记录封存于审计日志</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="105"/>
        <source>User accounts sealed in the log</source>
        <translation>已将用户账户封存于审计日志</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="106"/>
        <source>Audit log exported</source>
        <translation>已导出审计日志</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="107"/>
        <source>Audit checkpoint written</source>
        <translation>已写入审计检查点</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="58"/>
        <source>Sections: {names}</source>
        <translation>部分：{names}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="48"/>
        <source>Earlier case number</source>
        <translation>原个案编号</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="49"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="50"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="51"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="52"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="53"/>
        <source>Age at intake</source>
        <translation>接案时年龄</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="54"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="55"/>
        <source>Country of origin</source>
        <translation>原籍国</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="56"/>
        <source>Sector of exploitation</source>
        <translation>剥削所在行业</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="57"/>
        <source>Country of exploitation</source>
        <translation>遭受剥削的国家</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="58"/>
        <source>Intake date</source>
        <translation>接案日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="59"/>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="60"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="61"/>
        <source>Reason for closure</source>
        <translation>结案原因</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="62"/>
        <source>Closure date</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="76"/>
        <source>The given name in column {column} is empty.</source>
        <translation>“{column}”列中的名为空。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="79"/>
        <source>The intake date in column {column} is empty.</source>
        <translation>“{column}”列中的接案日期为空。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="82"/>
        <source>The date in column {column} is not a date; use 2024-03-31 or 31/03/2024.</source>
        <translation>“{column}”列中的日期不是有效日期；请使用 2024-03-31 或 31/03/2024。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="85"/>
        <source>The date in column {column} could be day/month or month/day; write 2024-03-31.</source>
        <translation>“{column}”列中的日期可能是“日/月”也可能是“月/日”；请写成 2024-03-31。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="88"/>
        <source>The date in column {column} has a two-digit year; write all four digits.</source>
        <translation>“{column}”列中的日期年份只有两位数；请写出完整的四位数。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="91"/>
        <source>The date in column {column} is in the future.</source>
        <translation>“{column}”列中的日期是将来的日期。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="92"/>
        <source>The date of birth is after the intake date.</source>
        <translation>出生日期晚于接案日期。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="95"/>
        <source>The age in column {column} is not a whole number of years.</source>
        <translation>“{column}”列中的年龄不是整数岁。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="98"/>
        <source>The age in column {column} is not between 0 and 120.</source>
        <translation>“{column}”列中的年龄不在 0 到 120 之间。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="101"/>
        <source>The age and the date of birth disagree by more than a year.</source>
        <translation>年龄与出生日期相差超过一年。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="104"/>
        <source>The sex in column {column} is not recognised; use M, F or X.</source>
        <translation>无法识别“{column}”列中的性别；请使用 M、F 或 X。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="107"/>
        <source>The exploitation sector in column {column} is not recognised.</source>
        <translation>无法识别“{column}”列中的剥削行业。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="110"/>
        <source>The country in column {column} is not a recognised country or two-letter code.</source>
        <translation>“{column}”列中的国家不是可识别的国家名称或两个字母的代码。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="113"/>
        <source>The stage in column {column} is not one of the case stages.</source>
        <translation>“{column}”列中的阶段不属于任何个案阶段。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="116"/>
        <source>The reason for closure in column {column} is not one of: reintegrated, declined assistance, lost contact, moved on, transferred, deceased.</source>
        <translation>第 {column} 列中的结案原因不是以下值之一：reintegrated（已重新融入）、declined assistance（拒绝援助）、lost contact（失去联系）、moved on（已迁走）、transferred（已转介）、deceased（已去世）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="121"/>
        <source>The case is not closed, yet column {column} gives a closure reason or date.</source>
        <translation>个案尚未结案，但第 {column} 列给出了结案原因或日期。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="124"/>
        <source>The closure date is before the intake date.</source>
        <translation>结案日期早于接案日期。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="127"/>
        <source>The earlier case number in column {column} may hold letters, digits and / . _ : # - only, at most 40 of them.</source>
        <translation>第 {column} 列中的原个案编号只能包含字母、数字和 / . _ : # -，最多 40 个字符。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="132"/>
        <source>The stage in column {column} comes after the departure gates (consent, risk, checklist), which an import cannot check: only a supervisor or a data officer imports cases at that stage.</source>
        <translation>第 {column} 列中的阶段在出发条件（同意、风险、核对清单）之后，导入无法检查这些条件：只有督导或数据专员才能导入处于该阶段的个案。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="138"/>
        <source>The reference in column {column} appears on more than one row.</source>
        <translation>“{column}”列中的个案编号出现在多行中。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="141"/>
        <source>The reference in column {column} already belongs to a case in the vault.</source>
        <translation>“{column}”列中的个案编号已属于保险库中的某个个案。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="144"/>
        <source>The text in column {column} is longer than 200 characters.</source>
        <translation>“{column}”列中的文本超过 200 个字符。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="147"/>
        <source>The text in column {column} holds a line break or a control or direction character.</source>
        <translation>“{column}”列中的文本含有换行符、控制字符或方向字符。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="151"/>
        <source>The value in column {column} cannot be stored; check it in the spreadsheet.</source>
        <translation>“{column}”列中的值无法保存；请在电子表格中检查该值。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="82"/>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="23"/>
        <source>Request for assistance</source>
        <translation>援助请求</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="24"/>
        <source>Confirmation of assistance</source>
        <translation>援助确认</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="27"/>
        <source>Reintegration assistance request</source>
        <translation>重新融入援助请求</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="30"/>
        <source>Reintegration assistance confirmation</source>
        <translation>重新融入援助确认</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="33"/>
        <source>Post-departure confirmation</source>
        <translation>出发后确认</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="36"/>
        <source>Arrival confirmation</source>
        <translation>抵达确认</translation>
    </message>
</context>
<context>
    <name>next</name>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="17"/>
        <source>Record consent to assistance</source>
        <translation>记录对接受援助的同意</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="18"/>
        <source>Make the risk assessment</source>
        <translation>进行风险评估</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="19"/>
        <source>Complete the pre-departure checklist</source>
        <translation>完成出发前核对清单</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="20"/>
        <source>Plan the travel</source>
        <translation>安排行程</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="21"/>
        <source>Awaiting an answer from the partner organisation</source>
        <translation>等待合作机构答复</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="24"/>
        <source>Draw up the reintegration plan</source>
        <translation>制定重新融入计划</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="25"/>
        <source>Follow-up visit due</source>
        <translation>后续探访到期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="26"/>
        <source>Follow-up visit overdue</source>
        <translation>后续探访逾期</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../rrr_desktop/ui/directory/__init__.py" line="16"/>
        <source>Directory</source>
        <translation>服务名录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/__init__.py" line="16"/>
        <source>Handoff</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/__init__.py" line="16"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="122"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="123"/>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="124"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="196"/>
        <source>This page could not be opened ({kind}).</source>
        <translation>无法打开此页面（{kind}）。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/__init__.py" line="16"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/common.py" line="81"/>
        <source>Handoff</source>
        <translation>移交</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="28"/>
        <source>At least 10 characters: best a few unrelated words.</source>
        <translation>至少 10 个字符：最好是几个互不相关的词语。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="31"/>
        <source>Too short: use at least 10 characters, best a few unrelated words.</source>
        <translation>太短：请至少使用 10 个字符，最好是几个互不相关的词语。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="34"/>
        <source>Too easy to guess (a common word, a pattern or a date): use a few unrelated words.</source>
        <translation>太容易被猜到（常用词、规律性组合或日期）：请使用几个互不相关的词语。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="38"/>
        <source>Weak: add another word or two.</source>
        <translation>弱：请再加一两个词语。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="39"/>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="40"/>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="23"/>
        <source>Home to family</source>
        <translation>回到家人身边</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="24"/>
        <source>Another community</source>
        <translation>其他社区</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="25"/>
        <source>Independent living</source>
        <translation>独立生活</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="26"/>
        <source>Stay in the destination country</source>
        <translation>留在目的地国</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="29"/>
        <source>A third country</source>
        <translation>第三国</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="30"/>
        <source>Family-based alternative care (child)</source>
        <translation>以家庭为基础的替代照料（儿童）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="36"/>
        <source>Family mediation and reunification</source>
        <translation>家庭调解与团聚</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="37"/>
        <source>Medical and health</source>
        <translation>医疗与健康</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="38"/>
        <source>Financial (reinstallation grant, dependants)</source>
        <translation>经济（安置补助、受抚养人）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="41"/>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="42"/>
        <source>Education, vocational training, apprenticeship</source>
        <translation>教育、职业培训、学徒</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="45"/>
        <source>Income generation</source>
        <translation>创收</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="46"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="47"/>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="48"/>
        <source>Counselling</source>
        <translation>心理咨询</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="52"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="53"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="54"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="55"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="84"/>
        <source>Family-based alternative care is an option for children only.</source>
        <translation>以家庭为基础的替代照料仅适用于儿童。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="93"/>
        <source>A child cannot be placed in independent living.</source>
        <translation>不能安排儿童独立生活。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="116"/>
        <source>Write down the person&apos;s own wishes, in their words, beside the proposal.</source>
        <translation>请在建议旁边按本人的原话写下其本人的意愿。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="124"/>
        <source>Choose where the person will live.</source>
        <translation>请选择本人将居住的地方。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="132"/>
        <source>The component &apos;{kind}&apos; has no goal.</source>
        <translation>组成部分“{kind}”没有目标。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="141"/>
        <source>An action of the component &apos;{kind}&apos; has no description.</source>
        <translation>组成部分“{kind}”中的某项行动没有说明。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="49"/>
        <source>{icon} not verified in 6 months</source>
        <translation>{icon} 6 个月内未核实</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="67"/>
        <source>Pick an organisation from the directory or type a name</source>
        <translation>从服务名录中选择机构，或输入名称</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="82"/>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="103"/>
        <source>Add a plan component</source>
        <translation>添加计划组成部分</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="121"/>
        <source>Component:</source>
        <translation>组成部分：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="122"/>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="123"/>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="159"/>
        <source>Responsible:</source>
        <translation>负责方：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="125"/>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="152"/>
        <source>Add an action</source>
        <translation>添加行动</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="158"/>
        <source>Action:</source>
        <translation>行动：</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="35"/>
        <source>Save the plan as PDF</source>
        <translation>将计划保存为 PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="76"/>
        <source>The PDF could not be written.</source>
        <translation>无法写入 PDF。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="78"/>
        <source>Writing the PDF…</source>
        <translation>正在写入 PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="83"/>
        <source>Saved {file} ({pages} pages).</source>
        <translation>已保存 {file}（{pages} 页）。</translation>
    </message>
</context>
<context>
    <name>reintegration</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="72"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../rrr_desktop/printing/charts.py" line="34"/>
        <source>Dashed outline: hidden counts (disclosure control)</source>
        <translation>虚线框：已隐藏的计数（披露控制）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="55"/>
        <source>Persons assisted by {field}</source>
        <translation>按{field}统计的受助者人数</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="57"/>
        <source>{rows} by {columns}</source>
        <translation>{rows} × {columns}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="64"/>
        <source>Period (intake date): all dates</source>
        <translation>期间（接案日期）：所有日期</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="66"/>
        <source>first case</source>
        <translation>第一个个案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="68"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="69"/>
        <source>Period (intake date): {start} to {end}</source>
        <translation>期间（接案日期）：{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="77"/>
        <source>Programme: {name}</source>
        <translation>项目：{name}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="81"/>
        <source>Programme: all programmes</source>
        <translation>项目：所有项目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="83"/>
        <source>Disclosure control: counts below {n} hidden, with counts that would reveal them</source>
        <translation>披露控制：隐藏小于 {n} 的计数，以及可能据此推算出这些计数的其他计数</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="88"/>
        <source>Disclosure control: none (for internal use only)</source>
        <translation>披露控制：无（仅供内部使用）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="91"/>
        <source>Generated: {when} UTC</source>
        <translation>生成时间：{when} UTC</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="94"/>
        <source>Cases counted: {n}</source>
        <translation>统计的个案数：{n}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="245"/>
        <source>Persons assisted: statistics</source>
        <translation>受助者：统计</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="308"/>
        <source>Statistics report</source>
        <translation>统计报告</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="332"/>
        <source>{org} - statistics - page {n} of {total}</source>
        <translation>{org} - 统计 - 第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="17"/>
        <source>&lt;{n}: fewer than {n} persons, hidden to protect them.</source>
        <translation>&lt;{n}：少于 {n} 人，为保护当事人而隐藏。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="20"/>
        <source>x: hidden so that a small number cannot be worked out from the totals.</source>
        <translation>x：为防止从合计数推算出小数目而隐藏。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="23"/>
        <source>Count</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="24"/>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="17"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="18"/>
        <source>Age group at intake</source>
        <translation>接案时年龄组</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="19"/>
        <source>Sector of exploitation</source>
        <translation>剥削所在行业</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="20"/>
        <source>Country of origin</source>
        <translation>原籍国</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="21"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="22"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="23"/>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="24"/>
        <source>Caseworker</source>
        <translation>个案工作者</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="29"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="32"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="33"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="34"/>
        <location filename="../rrr_desktop/reports/fields.py" line="52"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="35"/>
        <location filename="../rrr_desktop/reports/fields.py" line="41"/>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="38"/>
        <source>Infant (under 1)</source>
        <translation>婴儿（不满 1 岁）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="39"/>
        <source>Child (1-17)</source>
        <translation>儿童（1-17 岁）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="40"/>
        <source>Adult (18+)</source>
        <translation>成人（18 岁及以上）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="44"/>
        <source>Domestic work</source>
        <translation>家政工作</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="45"/>
        <source>Sexual exploitation</source>
        <translation>性剥削</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="48"/>
        <source>Forced begging</source>
        <translation>强迫乞讨</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="46"/>
        <source>Plantation, agriculture</source>
        <translation>种植园、农业</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="47"/>
        <source>Construction</source>
        <translation>建筑业</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="49"/>
        <source>Restaurant</source>
        <translation>餐饮业</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="50"/>
        <source>Fishing</source>
        <translation>渔业</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="51"/>
        <source>Factory</source>
        <translation>工厂</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="55"/>
        <source>Intake</source>
        <translation>接案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="56"/>
        <source>Shelter</source>
        <translation>庇护所</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="57"/>
        <source>Return preparation</source>
        <translation>返回准备</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="58"/>
        <source>Travel</source>
        <translation>行程</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="59"/>
        <source>Reintegration</source>
        <translation>重新融入</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="60"/>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="61"/>
        <source>Testimony</source>
        <translation>作证</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="62"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/tables.py" line="19"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>returnprep</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="48"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="66"/>
        <source>{user}, {date}</source>
        <translation>{user}，{date}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/common.py" line="36"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="24"/>
        <source>Air</source>
        <translation>飞机</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="25"/>
        <source>Bus</source>
        <translation>大巴</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="26"/>
        <source>Train</source>
        <translation>火车</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="27"/>
        <source>Car</source>
        <translation>汽车</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="28"/>
        <source>Boat</source>
        <translation>船</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="29"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="37"/>
        <source>No known risk</source>
        <translation>无已知风险</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="38"/>
        <source>Risk, with mitigations</source>
        <translation>有风险，已有缓解措施</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="39"/>
        <source>Reasonable suspicion of harm</source>
        <translation>有合理理由怀疑存在伤害风险</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="42"/>
        <source>Risk: return despite suspicion of harm</source>
        <translation>风险：尽管怀疑存在伤害风险仍返回</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="43"/>
        <source>Checklist: depart before all 8 conditions</source>
        <translation>核对清单：未满足全部 8 项条件即出发</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="44"/>
        <source>No travel grant</source>
        <translation>无旅行补助</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="45"/>
        <source>In kind (meals, booked accommodation)</source>
        <translation>实物（餐食、已预订的住宿）</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="46"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="22"/>
        <source>Initial causes of trafficking</source>
        <translation>最初导致被贩运的原因</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="23"/>
        <source>Socio-economic situation of the family</source>
        <translation>家庭的社会经济状况</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="26"/>
        <source>Attitudes of the family and community</source>
        <translation>家庭和社区的态度</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="29"/>
        <source>Criminal or civil sanctions on return</source>
        <translation>返回后可能面临的刑事或民事处罚</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="30"/>
        <source>State of infrastructure in the country of origin</source>
        <translation>原籍国的基础设施状况</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="33"/>
        <source>Functioning witness protection programme</source>
        <translation>证人保护计划是否有效运作</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="34"/>
        <source>Medical, psychological and legal services available</source>
        <translation>可获得的医疗、心理和法律服务</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="37"/>
        <source>Training and education to reduce the risk of re-victimisation</source>
        <translation>降低再次受害风险的培训和教育</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="20"/>
        <source>Follow-up visit</source>
        <translation>后续探访</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="21"/>
        <source>Message awaiting an answer</source>
        <translation>等待答复的消息</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="22"/>
        <source>Checklist blocks departure</source>
        <translation>核对清单阻止出发</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="23"/>
        <source>Supervisor approval needed</source>
        <translation>需要督导批准</translation>
    </message>
</context>
<context>
    <name>travel</name>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="105"/>
        <source>A leg needs a place of departure and of arrival.</source>
        <translation>行程段需要有出发地和到达地。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="114"/>
        <source>Give both times of a leg with a UTC offset, or both without.</source>
        <translation>行程段的两个时间要么都带 UTC 偏移，要么都不带。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="125"/>
        <source>The leg from {origin} arrives before it departs.</source>
        <translation>从 {origin} 出发的行程段到达时间早于出发时间。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="142"/>
        <source>The leg to {destination} is followed by a leg from {origin}.</source>
        <translation>前往 {destination} 的行程段之后接的是从 {origin} 出发的行程段。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="157"/>
        <source>The leg from {origin} leaves before the previous leg arrives.</source>
        <translation>从 {origin} 出发的行程段在上一段到达之前就已出发。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="192"/>
        <source>The journey was planned to start on {date}, which has passed: update the itinerary.</source>
        <translation>行程原定于 {date} 开始，该日期已过：请更新行程。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="207"/>
        <source>Travel by bus from {origin}: air travel is more predictable and safer.</source>
        <translation>从 {origin} 乘大巴出行：乘飞机更可预期、更安全。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="220"/>
        <source>Travel by train from {origin}: air travel is more predictable and safer.</source>
        <translation>从 {origin} 乘火车出行：乘飞机更可预期、更安全。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="234"/>
        <source>{count} transit points: use as few as possible.</source>
        <translation>{count} 个中转点：请尽量减少中转。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="254"/>
        <source>Arrival on {date}, a public holiday ({holiday}): offices may be closed.</source>
        <translation>抵达日期 {date} 是公共假日（{holiday}）：办公机构可能不办公。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="268"/>
        <source>Arrival on {date}, a weekend day: arrive on a working day.</source>
        <translation>抵达日期 {date} 是周末：请安排在工作日抵达。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="280"/>
        <source>Arrival at {time} local time: arrive as early in the day as possible.</source>
        <translation>抵达时间为当地时间 {time}：请尽量安排在当天较早的时间抵达。</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="32"/>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="33"/>
        <source>This field is required.</source>
        <translation>此字段为必填项。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="34"/>
        <source>The number is too small.</source>
        <translation>数字太小。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="35"/>
        <source>The number is too large.</source>
        <translation>数字太大。</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="36"/>
        <source>This is not a valid date.</source>
        <translation>这不是有效的日期。</translation>
    </message>
</context>
</TS>
