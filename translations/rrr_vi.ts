<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="49"/>
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="61"/>
        <source>Give the first passphrase to the person in private; they change it with Settings → Vault → Change my passphrase.</source>
        <translation>Hãy trao cụm mật khẩu ban đầu cho người dùng đó một cách riêng tư; họ tự đổi cụm mật khẩu trong Cài đặt → Kho bảo mật → Đổi cụm mật khẩu của tôi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="73"/>
        <source>&amp;User name</source>
        <translation>Tên người &amp;dùng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="74"/>
        <source>&amp;Name shown</source>
        <translation>Tên &amp;hiển thị</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="75"/>
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="76"/>
        <source>First &amp;passphrase</source>
        <translation>&amp;Cụm mật khẩu ban đầu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="77"/>
        <source>Repeat the passphrase</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="281"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="287"/>
        <source>Import now</source>
        <translation>Nhập ngay</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="301"/>
        <source>{n} new cases will be created, all at once: if anything goes wrong, none is.</source>
        <translation>{n} hồ sơ mới sẽ được tạo cùng một lúc: nếu có bất kỳ lỗi nào, sẽ không hồ sơ nào được tạo.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="325"/>
        <source>Imported {n} cases.</source>
        <translation>Đã nhập {n} hồ sơ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="335"/>
        <source>The import failed; nothing was imported.</source>
        <translation>Nhập không thành công; không có dữ liệu nào được nhập.</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="55"/>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="59"/>
        <source>Save the assessment</source>
        <translation>Lưu đánh giá</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="62"/>
        <source>The person: strengths, needs, health, skills</source>
        <translation>Bản thân người được hỗ trợ: điểm mạnh, nhu cầu, sức khỏe, kỹ năng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="63"/>
        <source>What they return to: family, community, safety</source>
        <translation>Nơi họ trở về: gia đình, cộng đồng, sự an toàn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="71"/>
        <source>Family assessment (child)</source>
        <translation>Đánh giá gia đình (trẻ em)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="74"/>
        <source>No neglect or abuse found</source>
        <translation>Không phát hiện sao nhãng hoặc xâm hại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="75"/>
        <source>Neglect or abuse found</source>
        <translation>Phát hiện sao nhãng hoặc xâm hại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="80"/>
        <source>Record the family assessment</source>
        <translation>Ghi nhận đánh giá gia đình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="95"/>
        <source>Assessed on {on} by {by}.</source>
        <translation>Đánh giá ngày {on} bởi {by}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="97"/>
        <source>Not assessed yet.</source>
        <translation>Chưa đánh giá.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="104"/>
        <source>⚠ No family assessment yet: the child cannot go home to the family until one finds no neglect or abuse.</source>
        <translation>⚠ Chưa có đánh giá gia đình: trẻ em chưa thể về với gia đình cho đến khi có một đánh giá không phát hiện sao nhãng hoặc xâm hại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="110"/>
        <source>neglect or abuse found</source>
        <translation>phát hiện sao nhãng hoặc xâm hại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="112"/>
        <source>no neglect or abuse found</source>
        <translation>không phát hiện sao nhãng hoặc xâm hại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="115"/>
        <source>Assessed on {on} by {by}: {found}.</source>
        <translation>Đánh giá ngày {on} bởi {by}: {found}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="128"/>
        <source>Say whether neglect or abuse was found.</source>
        <translation>Hãy cho biết có phát hiện sao nhãng hoặc xâm hại hay không.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/viewer.py" line="148"/>
        <source>Shown here: the first {shown} of {total} pages; use &quot;Save a copy&quot; to read the rest.</source>
        <translation>Hiển thị ở đây: {shown} trang đầu trong {total} trang; dùng “Lưu một bản sao” để đọc phần còn lại.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="60"/>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="61"/>
        <source>Transfers</source>
        <translation>Chuyển giao hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="70"/>
        <source>a case reference</source>
        <translation>mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="72"/>
        <source>e.g. case.print</source>
        <translation>ví dụ: case.print</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="73"/>
        <source>Only between</source>
        <translation>Chỉ trong khoảng từ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="82"/>
        <source>&amp;User</source>
        <translation>&amp;Người dùng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="83"/>
        <source>&amp;Case</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="84"/>
        <source>&amp;Action</source>
        <translation>&amp;Thao tác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="88"/>
        <source>and</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="91"/>
        <source>Dates</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="92"/>
        <source>&amp;Search</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="94"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="96"/>
        <source>&amp;Verify the chain</source>
        <translation>Xác &amp;minh chuỗi nhật ký</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="39"/>
        <source>Referral</source>
        <translation>Chuyển gửi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="40"/>
        <source>Status report</source>
        <translation>Báo cáo tình hình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="41"/>
        <source>Sync</source>
        <translation>Đồng bộ hóa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="52"/>
        <source>Only supervisors can read the audit log.</source>
        <translation>Chỉ người giám sát mới được xem nhật ký kiểm tra.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="98"/>
        <source>Write a chec&amp;kpoint…</source>
        <translation>&amp;Ghi một mốc đối chiếu…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="100"/>
        <source>C&amp;heck against a checkpoint…</source>
        <translation>Kiểm t&amp;ra theo một mốc đối chiếu…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>No.</source>
        <translation>Số mục</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <location filename="../rrr_desktop/ui/audit/page.py" line="279"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/audit/page.py" line="188"/>
        <source>%n entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>Đang hiển thị %n mục, mục mới nhất ở trên cùng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="199"/>
        <source>Export the audit log</source>
        <translation>Xuất nhật ký kiểm tra</translation>
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
            <numerusform>Đã ghi %n mục.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/audit/page.py" line="219"/>
        <source>The chain is intact: %n entry(ies).</source>
        <translation>
            <numerusform>Chuỗi nhật ký còn nguyên vẹn: %n mục.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="222"/>
        <source>The audit log was changed: {problems}</source>
        <translation>Nhật ký kiểm tra đã bị thay đổi: {problems}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="230"/>
        <source>Write an audit checkpoint</source>
        <translation>Ghi mốc đối chiếu cho nhật ký kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="232"/>
        <location filename="../rrr_desktop/ui/audit/page.py" line="249"/>
        <source>Checkpoint (*.json)</source>
        <translation>Mốc đối chiếu (*.json)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="242"/>
        <source>Checkpoint of entry {seq} written. Keep a copy away from this laptop.</source>
        <translation>Đã ghi mốc đối chiếu tại mục số {seq}. Hãy cất giữ một bản sao ở nơi khác, không để trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="249"/>
        <source>Check against a checkpoint</source>
        <translation>Kiểm tra theo một mốc đối chiếu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="260"/>
        <source>The log agrees with the checkpoint of entry {seq}.</source>
        <translation>Nhật ký khớp với mốc đối chiếu tại mục số {seq}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="266"/>
        <source>The log does not match the checkpoint: {problems}</source>
        <translation>Nhật ký không khớp với mốc đối chiếu: {problems}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="280"/>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="281"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="282"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="283"/>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="284"/>
        <source>Purpose and basis</source>
        <translation>Mục đích và căn cứ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="285"/>
        <source>Fields</source>
        <translation>Các trường</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="296"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="296"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="309"/>
        <source>Every case sent to or received from another organisation. Prints and exports are in the audit log (actions case.print, report.export, audit.export).</source>
        <translation>Mọi hồ sơ đã gửi đến hoặc nhận từ một tổ chức khác. Các lần in và xuất dữ liệu được ghi trong nhật ký kiểm tra (thao tác case.print, report.export, audit.export).</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="138"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="140"/>
        <source>&amp;Revert changes</source>
        <translation>&amp;Bỏ các thay đổi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="142"/>
        <source>&amp;Undo last save</source>
        <translation>&amp;Hủy lần lưu gần nhất</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="147"/>
        <source>Save (Ctrl+S) keeps what you type in {tabs}; the other tabs save each action as you make it.</source>
        <translation>Nút Lưu (Ctrl+S) lưu những gì bạn nhập trong các thẻ {tabs}; các thẻ khác tự lưu từng thao tác ngay khi bạn thực hiện.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="276"/>
        <source>{stage} · age {age} · caseworker {worker}</source>
        <translation>{stage} · {age} tuổi · cán bộ phụ trách hồ sơ {worker}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="282"/>
        <source>their reference {ref}</source>
        <translation>mã hồ sơ của bên kia {ref}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="286"/>
        <source>earlier {refs}</source>
        <translation>mã trước đây {refs}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="353"/>
        <source>Your unsaved changes from before the lock were kept. Check them, then save.</source>
        <translation>Những thay đổi chưa lưu trước khi khóa đã được giữ lại. Hãy kiểm tra rồi lưu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/casefile/view.py" line="381"/>
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>%n trường cần được kiểm tra lại trước khi lưu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/casefile/view.py" line="413"/>
        <source>Saved. %n field(s) were also changed elsewhere meanwhile: both values are kept; choose one in Handoff → Conflicts.</source>
        <translation>
            <numerusform>Đã lưu. Trong lúc đó, %n trường cũng đã được thay đổi ở nơi khác: cả hai giá trị đều được giữ lại; hãy chọn một giá trị trong Bàn giao → Xung đột.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="421"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="428"/>
        <source>Changes discarded.</source>
        <translation>Đã bỏ các thay đổi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="437"/>
        <source>The case changed since; the last save cannot be undone.</source>
        <translation>Hồ sơ đã thay đổi kể từ đó; không thể hủy lần lưu gần nhất.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="456"/>
        <source>The last save was undone.</source>
        <translation>Đã hủy lần lưu gần nhất.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="186"/>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="43"/>
        <location filename="../rrr_desktop/ui/case_list.py" line="145"/>
        <source>Search by reference or name (Ctrl+F)</source>
        <translation>Tìm theo mã hồ sơ hoặc tên (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="53"/>
        <source>All stages</source>
        <translation>Tất cả các giai đoạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="57"/>
        <source>All origins</source>
        <translation>Tất cả các nơi xuất thân</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="62"/>
        <source>All caseworkers</source>
        <translation>Tất cả cán bộ phụ trách hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="68"/>
        <source>&amp;Overdue only</source>
        <translation>Chỉ hồ sơ &amp;quá hạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="69"/>
        <source>Search the no&amp;tes instead</source>
        <translation>Chuyển sang tìm trong &amp;ghi chú</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="72"/>
        <source>Find cases whose notes or contact log hold every word typed</source>
        <translation>Tìm các hồ sơ có ghi chú hoặc nhật ký liên lạc chứa mọi từ đã nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="78"/>
        <source>&amp;New case…</source>
        <translation>Hồ sơ &amp;mới…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="143"/>
        <source>Words written in the notes (Ctrl+F)</source>
        <translation>Từ ngữ có trong ghi chú (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/case_list.py" line="154"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="158"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="36"/>
        <source>Reference</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="37"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="38"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="39"/>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="40"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="41"/>
        <source>Origin</source>
        <translation>Nơi xuất thân</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="42"/>
        <source>Next action</source>
        <translation>Việc cần làm tiếp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="43"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="35"/>
        <source>Case list</source>
        <translation>Danh sách hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="73"/>
        <source>Cannot open the case</source>
        <translation>Không thể mở hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="106"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="107"/>
        <source>Case {reference} has unsaved changes. Save them?</source>
        <translation>Hồ sơ {reference} có thay đổi chưa lưu. Lưu các thay đổi này?</translation>
    </message>
</context>
<context>
    <name>CheckPrintoutDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="28"/>
        <source>Check a printout</source>
        <translation>Kiểm tra bản in</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="31"/>
        <source>The code in the footer, e.g. RRR-K7MX-3QAD</source>
        <translation>Mã ở chân trang, ví dụ: RRR-K7MX-3QAD</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="32"/>
        <source>Code of the printout</source>
        <translation>Mã của bản in</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="33"/>
        <source>&amp;Check the code</source>
        <translation>&amp;Kiểm tra mã</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="35"/>
        <source>Check a &amp;PDF file…</source>
        <translation>Kiểm tra tệp &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="54"/>
        <source>Choose the PDF to check</source>
        <translation>Chọn tệp PDF cần kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="54"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="71"/>
        <source>This code was not printed from this vault. Do not rely on the paper or file.</source>
        <translation>Mã này không được in ra từ kho bảo mật này. Không được dựa vào bản giấy hoặc tệp này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="74"/>
        <source>Printed on {when} by {who}.</source>
        <translation>{who} đã in vào lúc {when}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="79"/>
        <source>Case {reference}.</source>
        <translation>Hồ sơ {reference}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="81"/>
        <source>Its signature does not match this installation&apos;s key.</source>
        <translation>Chữ ký của bản in không khớp với khóa của bản cài đặt này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="84"/>
        <source>This file is not the one that was printed: it was changed afterwards.</source>
        <translation>Tệp này không phải là tệp đã được in: tệp đã bị thay đổi sau khi in.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="87"/>
        <source>The file is exactly the one printed.</source>
        <translation>Tệp này trùng khớp hoàn toàn với tệp đã được in.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="89"/>
        <source>The case no longer exists here.</source>
        <translation>Hồ sơ không còn tồn tại ở đây.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="92"/>
        <source>The case has changed since: print it again before relying on it.</source>
        <translation>Hồ sơ đã thay đổi kể từ khi in: hãy in lại trước khi dựa vào bản in.</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="84"/>
        <source>Departure blocked because:</source>
        <translation>Chưa thể khởi hành vì:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="84"/>
        <source>Nothing blocks departure.</source>
        <translation>Không có gì cản trở việc khởi hành.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="101"/>
        <source>Conditions: all 8 must be met before departure</source>
        <translation>Điều kiện: phải đáp ứng đủ cả 8 điều kiện trước khi khởi hành</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="104"/>
        <source>What the person has been told and given</source>
        <translation>Những điều người được hỗ trợ đã được cho biết và được nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="126"/>
        <source>The person&apos;s wish</source>
        <translation>Mong muốn của người được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="128"/>
        <source>Wants to be met on arrival by a local NGO:</source>
        <translation>Muốn được một tổ chức phi chính phủ (NGO) địa phương đón khi đến nơi:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="131"/>
        <source>Not asked yet</source>
        <translation>Chưa hỏi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="132"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="133"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="140"/>
        <source>Contacts handed over (from the directory)</source>
        <translation>Các liên hệ đã trao (từ danh bạ dịch vụ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="149"/>
        <source>Add contact</source>
        <translation>Thêm liên hệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="151"/>
        <source>Remove selected</source>
        <translation>Xóa mục đã chọn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="175"/>
        <source>A supervisor ({user}, {date}) let the person depart before every condition is met: {reason}</source>
        <translation>Người giám sát ({user}, {date}) đã cho phép người được hỗ trợ khởi hành trước khi đáp ứng đủ mọi điều kiện: {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="186"/>
        <source>Removed from the directory ({id})</source>
        <translation>Đã bị xóa khỏi danh bạ dịch vụ ({id})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="190"/>
        <source>(not verified in the last 6 months)</source>
        <translation>(chưa được xác minh trong 6 tháng qua)</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="33"/>
        <source>(empty, or deleted)</source>
        <translation>(trống, hoặc đã bị xóa)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="48"/>
        <source>These fields were changed on two laptops that had not seen each other&apos;s change. Nothing was overwritten: choose the value to keep. Your choice goes to the other laptops with the next sync.</source>
        <translation>Các trường này đã được thay đổi trên hai máy tính xách tay mà chưa máy nào nhận được thay đổi của máy kia. Không có dữ liệu nào bị ghi đè: hãy chọn giá trị cần giữ. Lựa chọn của bạn sẽ được chuyển đến các máy khác trong lần đồng bộ hóa tiếp theo.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Choice</source>
        <translation>Lựa chọn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Case and field</source>
        <translation>Hồ sơ và trường</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Values</source>
        <translation>Các giá trị</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="79"/>
        <source>No open conflicts.</source>
        <translation>Không có xung đột nào chưa giải quyết.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="82"/>
        <source>%n open conflict(s); the first %1 are shown.</source>
        <translation>
            <numerusform>%n xung đột chưa giải quyết; đang hiển thị %1 xung đột đầu tiên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="87"/>
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n xung đột chưa giải quyết.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="93"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n trường</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="94"/>
        <source>Take theirs for this whole case</source>
        <translation>Lấy giá trị của máy kia cho toàn bộ hồ sơ này</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="103"/>
        <source>A field here holds only values written on this laptop: choose on its own line.</source>
        <translation>Một trường ở đây chỉ có các giá trị được ghi trên máy tính này: hãy chọn ở dòng riêng của trường đó.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="138"/>
        <source>Keep ours</source>
        <translation>Giữ giá trị của máy này</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="138"/>
        <source>Take theirs</source>
        <translation>Lấy giá trị của máy kia</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="141"/>
        <source>Keep %1</source>
        <translation>Giữ giá trị %1</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="144"/>
        <source>New value...</source>
        <translation>Giá trị mới...</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="153"/>
        <source>this laptop</source>
        <translation>máy tính này</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="155"/>
        <source>laptop %1</source>
        <translation>máy tính %1</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="158"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="166"/>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="104"/>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="68"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="111"/>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="67"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="106"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="69"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="107"/>
        <source>How</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="70"/>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="71"/>
        <source>Recorded by</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="72"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="112"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="80"/>
        <source>Record what the person said</source>
        <translation>Ghi lại điều người được hỗ trợ đã nói</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="92"/>
        <source>language it was explained in, e.g. km</source>
        <translation>ngôn ngữ đã dùng để giải thích, ví dụ: km</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="95"/>
        <source>e.g. the named receiving organisation</source>
        <translation>ví dụ: tên tổ chức tiếp nhận cụ thể</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="97"/>
        <source>&amp;Record consent</source>
        <translation>&amp;Ghi nhận sự đồng ý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="99"/>
        <source>&amp;Withdraw selected purpose</source>
        <translation>&amp;Rút lại sự đồng ý cho mục đích đã chọn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="105"/>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="108"/>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="109"/>
        <source>Explained in</source>
        <translation>Ngôn ngữ giải thích</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="110"/>
        <source>Witness</source>
        <translation>Người làm chứng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="122"/>
        <source>Consent in force, per purpose</source>
        <translation>Sự đồng ý đang có hiệu lực, theo từng mục đích</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="124"/>
        <source>History of the selected purpose</source>
        <translation>Lịch sử của mục đích đã chọn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="195"/>
        <source>Recorded: {purpose} — {state}.</source>
        <translation>Đã ghi nhận: {purpose} — {state}.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="55"/>
        <source>All types</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="59"/>
        <source>Name, contact or note</source>
        <translation>Tên, thông tin liên hệ hoặc ghi chú</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="61"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="64"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="66"/>
        <source>Only entries to verify</source>
        <translation>Chỉ các mục cần xác minh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="87"/>
        <source>Verification</source>
        <translation>Xác minh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="88"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="89"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="90"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="91"/>
        <source>Region</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="92"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="93"/>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="94"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="111"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="112"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="113"/>
        <source>Mark as verified today</source>
        <translation>Đánh dấu đã xác minh hôm nay</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="114"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="115"/>
        <source>Import CSV…</source>
        <translation>Nhập CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="116"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="117"/>
        <source>Add the starter examples</source>
        <translation>Thêm các mục mẫu ban đầu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="125"/>
        <source>Service directory</source>
        <translation>Danh bạ dịch vụ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="128"/>
        <source>Check an entry with the organisation before giving it to a person: entries not verified in the last 6 months are marked ⚠.</source>
        <translation>Hãy kiểm tra lại một mục với tổ chức đó trước khi cung cấp cho người được hỗ trợ: các mục chưa được xác minh trong 6 tháng qua được đánh dấu ⚠.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="149"/>
        <source>All countries</source>
        <translation>Tất cả các quốc gia</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="192"/>
        <source>{count} entries shown, {stale} to verify.</source>
        <translation>Đang hiển thị {count} mục, {stale} mục cần xác minh.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="209"/>
        <source>Directory entry added.</source>
        <translation>Đã thêm mục vào danh bạ dịch vụ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="214"/>
        <source>Directory entry saved.</source>
        <translation>Đã lưu mục trong danh bạ dịch vụ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="223"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="225"/>
        <source>Marked as verified today.</source>
        <translation>Đã đánh dấu đã xác minh hôm nay.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="233"/>
        <source>Delete the entry?</source>
        <translation>Xóa mục này?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="234"/>
        <source>Plans that name this organisation keep its id but no longer show its name.</source>
        <translation>Các kế hoạch có nêu tổ chức này vẫn giữ mã định danh của tổ chức nhưng sẽ không còn hiển thị tên.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="238"/>
        <source>Directory entry deleted.</source>
        <translation>Đã xóa mục khỏi danh bạ dịch vụ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="244"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="279"/>
        <source>Not imported</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="248"/>
        <source>{count} example entries added; each must be replaced by a verified one.</source>
        <translation>Đã thêm {count} mục mẫu; mỗi mục phải được thay bằng một mục đã xác minh.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="256"/>
        <source>Import the directory</source>
        <translation>Nhập danh bạ dịch vụ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="256"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="289"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="282"/>
        <source>Imported: {new} new, {updated} updated.</source>
        <translation>Đã nhập: {new} mục mới, {updated} mục được cập nhật.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="289"/>
        <source>Export the directory</source>
        <translation>Xuất danh bạ dịch vụ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="306"/>
        <source>{count} entries exported.</source>
        <translation>Đã xuất {count} mục.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="316"/>
        <source>The file could not be read or written.</source>
        <translation>Không thể đọc hoặc ghi tệp.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="313"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="316"/>
        <source>Directory</source>
        <translation>Danh bạ</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="41"/>
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="50"/>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="51"/>
        <source>Number (last 4)</source>
        <translation>Số (4 chữ số cuối)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="52"/>
        <source>Expires</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="53"/>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="77"/>
        <source>In hand</source>
        <translation>Đã có trong tay</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="54"/>
        <source>Copy given to the person</source>
        <translation>Đã trao bản sao cho người được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="66"/>
        <source>e.g. passport, travel document, ID card</source>
        <translation>ví dụ: hộ chiếu, giấy tờ đi lại, chứng minh nhân dân/căn cước</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="69"/>
        <source>last 4</source>
        <translation>4 chữ số cuối</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="75"/>
        <source>no expiry</source>
        <translation>không có hạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="78"/>
        <source>Copy given</source>
        <translation>Đã trao bản sao</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="79"/>
        <source>Save document</source>
        <translation>Lưu giấy tờ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="81"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="99"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="99"/>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>EmbassyLetter</name>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="25"/>
        <source>about {year} (estimated)</source>
        <translation>khoảng năm {year} (ước tính)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="28"/>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="62"/>
        <source>not known</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="35"/>
        <source>To the Embassy or Consulate of {country}</source>
        <translation>Kính gửi: Đại sứ quán hoặc Lãnh sự quán {country}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="38"/>
        <source>Subject: request for a {document}</source>
        <translation>V/v: đề nghị cấp {document}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="41"/>
        <source>We kindly ask you to issue a {document} to the national of {country} named below, who wishes to return home. Please let us know which further documents or photographs you need and when the person may come to the consulate.</source>
        <translation>Chúng tôi trân trọng đề nghị Quý cơ quan cấp {document} cho công dân {country} có tên dưới đây, là người mong muốn được trở về nước. Kính đề nghị Quý cơ quan cho chúng tôi biết cần bổ sung những giấy tờ hoặc ảnh nào và thời điểm người này có thể đến lãnh sự quán.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="50"/>
        <source>With the person&apos;s explicit consent, we inform you that they have been identified as a victim of trafficking in persons and are assisted by our organisation. We ask you to treat this information as confidential.</source>
        <translation>Với sự đồng ý rõ ràng của người này, chúng tôi xin thông báo rằng người này đã được xác định là nạn nhân bị mua bán người và đang được tổ chức chúng tôi hỗ trợ. Kính đề nghị Quý cơ quan giữ bảo mật thông tin này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="57"/>
        <source>Thank you for your help.</source>
        <translation>Xin trân trọng cảm ơn sự giúp đỡ của Quý cơ quan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="64"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="65"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="67"/>
        <source>Place of birth</source>
        <translation>Nơi sinh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="71"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="74"/>
        <source>Document needed</source>
        <translation>Giấy tờ cần cấp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="75"/>
        <source>Requested by</source>
        <translation>Người đề nghị</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="76"/>
        <source>Our reference</source>
        <translation>Mã hồ sơ của chúng tôi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="109"/>
        <source>Signature, name and position</source>
        <translation>Chữ ký, họ tên và chức vụ</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="93"/>
        <source>Choose the spreadsheet</source>
        <translation>Chọn bảng tính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="96"/>
        <source>CSV (UTF-8 or UTF-16, as Excel saves it) or an .xlsx workbook; the first row must hold the column names.</source>
        <translation>Tệp CSV (UTF-8 hoặc UTF-16, như Excel lưu) hoặc bảng tính .xlsx; dòng đầu tiên phải chứa tên các cột.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="105"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="119"/>
        <source>Spreadsheet to import</source>
        <translation>Bảng tính cần nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="121"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>Bảng tính (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="136"/>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="64"/>
        <source>May go with a referral (when the person consented to sharing)</source>
        <translation>Có thể gửi kèm khi chuyển gửi (nếu người được hỗ trợ đã đồng ý chia sẻ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="66"/>
        <source>&amp;Attach a file…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="72"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="73"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="74"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="75"/>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="76"/>
        <source>May go with a referral</source>
        <translation>Có thể gửi kèm khi chuyển gửi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="85"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="87"/>
        <source>Save a &amp;copy…</source>
        <translation>Lưu một &amp;bản sao…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="89"/>
        <source>&amp;Remove from the case</source>
        <translation>&amp;Xóa khỏi hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="94"/>
        <source>Files are kept inside the encrypted vault, never as loose copies. Up to {size} MB each. Opening a file shows it here; a copy outside the vault is made only with &quot;Save a copy&quot; and is recorded.</source>
        <translation>Các tệp được giữ bên trong kho bảo mật đã mã hóa, không bao giờ để thành bản sao rời. Mỗi tệp tối đa {size} MB. Khi mở, tệp được hiển thị ngay tại đây; bản sao bên ngoài kho bảo mật chỉ được tạo bằng “Lưu một bản sao” và việc này được ghi lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="103"/>
        <source>Kind of file</source>
        <translation>Loại tệp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="137"/>
        <source>{name} (not on this laptop yet)</source>
        <translation>{name} (chưa có trên máy tính này)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="141"/>
        <source>{date} by {who}</source>
        <translation>{date}, do {who} thêm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="158"/>
        <source>No files yet. Attach a scan of a document, a signed checklist or a photo: choose its kind, then &quot;Attach a file&quot;.</source>
        <translation>Chưa có tệp nào. Hãy đính kèm bản quét của một giấy tờ, một danh mục kiểm tra đã ký hoặc một bức ảnh: chọn loại tệp, rồi nhấn “Đính kèm tệp”.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="185"/>
        <source>This kind of file cannot be shown here. Use &quot;Save a copy&quot; to open it with another program (the copy is outside the vault: delete it afterwards).</source>
        <translation>Không thể hiển thị loại tệp này tại đây. Hãy dùng “Lưu một bản sao” để mở tệp bằng một chương trình khác (bản sao nằm ngoài kho bảo mật: hãy xóa bản sao sau khi dùng xong).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="194"/>
        <source>That did not work ({kind}).</source>
        <translation>Không thực hiện được ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="200"/>
        <source>Attach a file to the case</source>
        <translation>Đính kèm tệp vào hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="213"/>
        <source>Attaching the file…</source>
        <translation>Đang đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="220"/>
        <source>Attached: {name}. The original file can now be deleted.</source>
        <translation>Đã đính kèm: {name}. Giờ có thể xóa tệp gốc.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="238"/>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="252"/>
        <source>Save a copy outside the vault</source>
        <translation>Lưu một bản sao ra ngoài kho bảo mật</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="264"/>
        <source>A copy was saved outside the vault. It is not encrypted: delete it when it is no longer needed.</source>
        <translation>Đã lưu một bản sao ra ngoài kho bảo mật. Bản sao này không được mã hóa: hãy xóa bản sao khi không còn cần đến.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="276"/>
        <source>Remove the file</source>
        <translation>Xóa tệp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="278"/>
        <source>Remove this file from the case? It is deleted from this laptop unless another case holds it, and from the others at the next sync.</source>
        <translation>Xóa tệp này khỏi hồ sơ? Tệp sẽ bị xóa khỏi máy tính này (trừ khi một hồ sơ khác cũng chứa tệp), và khỏi các máy tính khác trong lần đồng bộ hóa tiếp theo.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="289"/>
        <source>The file was removed from the case.</source>
        <translation>Đã xóa tệp khỏi hồ sơ.</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="73"/>
        <source>Scheduled</source>
        <translation>Ngày dự kiến</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="74"/>
        <source>Made on</source>
        <translation>Ngày thực hiện</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="75"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="76"/>
        <source>Scores</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="77"/>
        <source>Warning signs</source>
        <translation>Dấu hiệu cảnh báo</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="88"/>
        <source>Schedule visits from this return date</source>
        <translation>Lên lịch thăm tính từ ngày trở về này</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="91"/>
        <source>Add a visit on this date</source>
        <translation>Thêm một chuyến thăm vào ngày này</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="93"/>
        <source>Move the selected visit here</source>
        <translation>Chuyển chuyến thăm đã chọn sang ngày này</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="95"/>
        <source>Remove the selected visit</source>
        <translation>Xóa chuyến thăm đã chọn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="98"/>
        <source>Day of return:</source>
        <translation>Ngày trở về:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="101"/>
        <source>Other date:</source>
        <translation>Ngày khác:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="106"/>
        <source>Visit schedule</source>
        <translation>Lịch thăm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="115"/>
        <source>How the person is doing, per domain (1 = very vulnerable, 5 = resilient)</source>
        <translation>Tình hình của người được hỗ trợ theo từng lĩnh vực (1 = rất dễ bị tổn thương, 5 = vững vàng)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="123"/>
        <source>Follow-up monitoring</source>
        <translation>Theo dõi sau trở về</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="135"/>
        <source>Record a visit</source>
        <translation>Ghi nhận chuyến thăm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="141"/>
        <source>Which visit:</source>
        <translation>Chuyến thăm nào:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="142"/>
        <source>Made on:</source>
        <translation>Ngày thực hiện:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="148"/>
        <source>not scored</source>
        <translation>chưa chấm điểm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="152"/>
        <source>{domain} (1-5):</source>
        <translation>{domain} (1-5):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="162"/>
        <source>Another sign, in a few words</source>
        <translation>Dấu hiệu khác, mô tả ngắn gọn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="166"/>
        <source>Re-trafficking warning signs:</source>
        <translation>Dấu hiệu cảnh báo nguy cơ bị mua bán lại:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="168"/>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="169"/>
        <source>Record the visit</source>
        <translation>Ghi nhận chuyến thăm này</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="177"/>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="184"/>
        <source>Close the case</source>
        <translation>Đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="179"/>
        <source>Choose a reason…</source>
        <translation>Chọn lý do…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="183"/>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="217"/>
        <source>✓ Made</source>
        <translation>✓ Đã thực hiện</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="219"/>
        <source>{icon} Overdue</source>
        <translation>{icon} Quá hạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="221"/>
        <source>Planned</source>
        <translation>Đã lên kế hoạch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="253"/>
        <source>Closed on {on}: {reason}; kept until {until}.</source>
        <translation>Đã đóng ngày {on}: {reason}; lưu giữ đến {until}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="267"/>
        <source>{icon} {count} visit(s) overdue, the oldest planned for {day}.</source>
        <translation>{icon} {count} chuyến thăm quá hạn, chuyến sớm nhất dự kiến vào {day}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="271"/>
        <source>Next visit: {day}.</source>
        <translation>Chuyến thăm tiếp theo: {day}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="273"/>
        <source>No visit is scheduled.</source>
        <translation>Chưa có chuyến thăm nào được lên lịch.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="280"/>
        <source>Visit planned for {day}</source>
        <translation>Chuyến thăm dự kiến vào {day}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="283"/>
        <source>An unscheduled visit</source>
        <translation>Chuyến thăm ngoài lịch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="307"/>
        <source>Replace the schedule?</source>
        <translation>Thay lịch thăm?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="308"/>
        <source>The visits not yet made will be replaced by a new schedule. Continue?</source>
        <translation>Các chuyến thăm chưa thực hiện sẽ được thay bằng lịch mới. Tiếp tục?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="341"/>
        <source>Nothing to record</source>
        <translation>Không có gì để ghi nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="342"/>
        <source>Score at least one domain, tick a sign or write a note.</source>
        <translation>Hãy chấm điểm ít nhất một lĩnh vực, đánh dấu một dấu hiệu hoặc viết ghi chú.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="365"/>
        <source>Visit recorded.</source>
        <translation>Đã ghi nhận chuyến thăm.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="371"/>
        <source>A reason is needed</source>
        <translation>Cần có lý do</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="371"/>
        <source>Choose why the case is closed.</source>
        <translation>Hãy chọn lý do đóng hồ sơ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="82"/>
        <source>Close the case?</source>
        <translation>Đóng hồ sơ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="83"/>
        <source>The case will be closed as “{reason}” and kept for 5 years, then anonymised on a supervisor&apos;s confirmation. Continue?</source>
        <translation>Hồ sơ sẽ được đóng với lý do “{reason}” và được lưu giữ trong 5 năm, sau đó sẽ được ẩn danh hóa khi người giám sát xác nhận. Tiếp tục?</translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="17"/>
        <source>Handoff</source>
        <translation>Bàn giao</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="24"/>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="25"/>
        <source>Inbox</source>
        <translation>Hộp thư đến</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="26"/>
        <source>Peers</source>
        <translation>Các bên kết nối</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="27"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="28"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="202"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="203"/>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="204"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="205"/>
        <source>Peer</source>
        <translation>Bên kết nối</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="206"/>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="207"/>
        <source>Counts</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="221"/>
        <source>This vault was put back from a backup on %1 (UTC). Sync with every other laptop of the organisation as usual: each sends back what it holds. Not yet synced since: %2.</source>
        <translation>Kho bảo mật này đã được khôi phục từ một bản sao lưu vào lúc %1 (UTC). Hãy đồng bộ hóa như thường lệ với từng máy tính xách tay khác của tổ chức: mỗi máy sẽ gửi lại những dữ liệu mà máy đó đang lưu giữ. Các máy tính chưa được đồng bộ hóa kể từ đó: %2.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="231"/>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="231"/>
        <source>received</source>
        <translation>đã nhận</translation>
    </message>
</context>
<context>
    <name>HolidaysBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="37"/>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="68"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Holiday</source>
        <translation>Ngày lễ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="46"/>
        <source>Day of the holiday to add</source>
        <translation>Ngày tháng của ngày lễ cần thêm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="50"/>
        <source>Name of the day, e.g. a local festival</source>
        <translation>Tên của ngày, ví dụ: một lễ hội địa phương</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="51"/>
        <source>Name of the holiday to add</source>
        <translation>Tên ngày lễ cần thêm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="52"/>
        <source>&amp;Add the day</source>
        <translation>&amp;Thêm ngày</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="54"/>
        <source>The chosen day is &amp;not a day off</source>
        <translation>Ngày đã chọn &amp;không phải ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="56"/>
        <source>Back to the &amp;defaults…</source>
        <translation>Trở về &amp;mặc định…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="62"/>
        <source>Travel warnings use these days (offices closed, no escort, no embassy). The defaults come from a maintained calendar for every year; your changes sync to the organisation&apos;s other laptops.</source>
        <translation>Cảnh báo về hành trình dựa trên những ngày này (cơ quan đóng cửa, không có người hộ tống, đại sứ quán không làm việc). Các ngày mặc định lấy từ một lịch được cập nhật thường xuyên cho từng năm; các thay đổi của bạn được đồng bộ hóa sang các máy tính khác của tổ chức.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="100"/>
        <source>added by the organisation</source>
        <translation>do tổ chức thêm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="102"/>
        <source>default</source>
        <translation>mặc định</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="112"/>
        <source>No public holidays are known for this country; add the organisation&apos;s days off below.</source>
        <translation>Chưa có dữ liệu ngày lễ của quốc gia này; hãy thêm các ngày nghỉ của tổ chức ở bên dưới.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="130"/>
        <source>{day} is now a day off.</source>
        <translation>{day} đã được tính là ngày nghỉ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="135"/>
        <source>Choose a day in the list first.</source>
        <translation>Hãy chọn một ngày trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="144"/>
        <source>{day} is no longer counted as a day off.</source>
        <translation>{day} không còn được tính là ngày nghỉ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="150"/>
        <source>Back to the defaults?</source>
        <translation>Trở về mặc định?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="151"/>
        <source>Forget the organisation&apos;s changes to this country&apos;s holidays?</source>
        <translation>Bỏ các thay đổi của tổ chức đối với ngày lễ của quốc gia này?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="161"/>
        <source>The country&apos;s holidays are the defaults again.</source>
        <translation>Ngày lễ của quốc gia này đã trở về mặc định.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="350"/>
        <source>Import cases from a spreadsheet</source>
        <translation>Nhập hồ sơ từ bảng tính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="364"/>
        <source>Cases imported from a spreadsheet.</source>
        <translation>Hồ sơ được nhập từ bảng tính.</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="53"/>
        <source>Open bundle…</source>
        <translation>Mở gói dữ liệu…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="57"/>
        <source>Passphrase (only for a passphrase bundle)</source>
        <translation>Cụm mật khẩu (chỉ dùng cho gói dữ liệu có cụm mật khẩu)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="61"/>
        <source>Open a bundle to see what it would change.</source>
        <translation>Mở một gói dữ liệu để xem những gì gói đó sẽ thay đổi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="86"/>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="87"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="88"/>
        <source>Fields</source>
        <translation>Các trường</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="89"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="90"/>
        <source>Shared by the sender</source>
        <translation>Bên gửi chia sẻ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="75"/>
        <source>Apply all of it</source>
        <translation>Áp dụng toàn bộ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="96"/>
        <source>Open a bundle</source>
        <translation>Mở gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="96"/>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>Gói dữ liệu RRR (*.rrrbundle)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="161"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="228"/>
        <source>Applying…</source>
        <translation>Đang áp dụng…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="228"/>
        <source>Checking the bundle…</source>
        <translation>Đang kiểm tra gói dữ liệu…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="238"/>
        <source>Applied: {kind} bundle from {org} ({fpr}): {totals}.</source>
        <translation>Đã áp dụng: gói dữ liệu {kind} từ {org} ({fpr}): {totals}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="240"/>
        <source>Verified {kind} bundle from {org} ({fpr}), made {when}: {totals}.</source>
        <translation>Đã xác minh gói dữ liệu {kind} từ {org} ({fpr}), tạo lúc {when}: {totals}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="176"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="247"/>
        <source>nothing to change</source>
        <translation>không có gì cần thay đổi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="250"/>
        <source>Purpose: {purpose}; legal basis: {basis}.</source>
        <translation>Mục đích: {purpose}; căn cứ pháp lý: {basis}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="208"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="257"/>
        <source>%n new case(s) may be a person already known here; check them: {cases}</source>
        <translation>
            <numerusform>%n hồ sơ mới có thể là một người đã có ở đây; hãy kiểm tra: {cases}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="119"/>
        <source>Bundle</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="119"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="122"/>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="126"/>
        <source>%n bundle(s) chosen. Each is applied whole or not at all: one that is refused changes nothing, and the others still apply.</source>
        <translation>
            <numerusform>Đã chọn %n gói dữ liệu. Mỗi gói được áp dụng toàn bộ hoặc hoàn toàn không: gói bị từ chối sẽ không thay đổi gì, và các gói khác vẫn được áp dụng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="175"/>
        <source>Applied: {totals}.</source>
        <translation>Đã áp dụng: {totals}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="183"/>
        <source>Refused: {reason}</source>
        <translation>Bị từ chối: {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="188"/>
        <source>Imported before; skipped.</source>
        <translation>Đã nhập trước đó; đã bỏ qua.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="191"/>
        <source>Not applied.</source>
        <translation>Chưa được áp dụng.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="194"/>
        <source>{done} of {total} bundles applied.</source>
        <translation>Đã áp dụng {done} trên {total} gói dữ liệu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="198"/>
        <source>Imported before, skipped: {count}.</source>
        <translation>Đã nhập trước đó, đã bỏ qua: {count}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="202"/>
        <source>Refused, each changing nothing: {count}.</source>
        <translation>Bị từ chối, mỗi gói đều không thay đổi gì: {count}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="260"/>
        <source>ask your supervisor</source>
        <translation>hãy hỏi người giám sát của bạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="286"/>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="287"/>
        <source>changed</source>
        <translation>đã thay đổi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="288"/>
        <source>conflict</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="289"/>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="290"/>
        <source>unchanged</source>
        <translation>không thay đổi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="291"/>
        <source>dropped (deleted or anonymised here)</source>
        <translation>bị bỏ qua (đã xóa hoặc đã ẩn danh hóa ở máy này)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="185"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="296"/>
        <source>Nothing was imported.</source>
        <translation>Không có dữ liệu nào được nhập.</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="43"/>
        <source>Intake &amp;date</source>
        <translation>&amp;Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="44"/>
        <source>&amp;Referred by</source>
        <translation>Được &amp;giới thiệu bởi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="45"/>
        <source>&amp;Identified as</source>
        <translation>Được &amp;xác định là</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="46"/>
        <source>&amp;Exploitation</source>
        <translation>Hình thức bóc &amp;lột</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="49"/>
        <source>Exploited in (country)</source>
        <translation>Bị bóc lột tại (quốc gia)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="52"/>
        <source>&amp;Origin country</source>
        <translation>&amp;Quốc gia gốc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="53"/>
        <source>Origin region</source>
        <translation>Vùng gốc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="54"/>
        <source>&amp;Programme</source>
        <translation>&amp;Chương trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="55"/>
        <source>First &amp;needs</source>
        <translation>Nhu cầu &amp;ban đầu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="56"/>
        <source>&amp;Screening notes</source>
        <translation>Ghi chú &amp;sàng lọc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="57"/>
        <source>&amp;Asylum</source>
        <translation>&amp;Tị nạn</translation>
    </message>
</context>
<context>
    <name>LanguagesPicker</name>
    <message>
        <location filename="../rrr_desktop/ui/pickers.py" line="99"/>
        <source>e.g. Khmer, English (the one they read best first)</source>
        <translation>ví dụ: tiếng Khmer, tiếng Anh (ngôn ngữ người đó đọc tốt nhất ghi trước)</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="48"/>
        <source>Leg of the journey</source>
        <translation>Chặng hành trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="63"/>
        <source>Mode</source>
        <translation>Phương tiện</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="64"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="65"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="66"/>
        <source>Departs (local time)</source>
        <translation>Khởi hành (giờ địa phương)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="67"/>
        <source>Arrives (local time)</source>
        <translation>Đến nơi (giờ địa phương)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="68"/>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="69"/>
        <source>Escort</source>
        <translation>Người hộ tống</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="43"/>
        <source>Caseload by caseworker</source>
        <translation>Số hồ sơ theo cán bộ phụ trách hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="44"/>
        <source>Follow-ups due in the next 14 days</source>
        <translation>Việc theo dõi đến hạn trong 14 ngày tới</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="45"/>
        <source>Time spent per stage (median days)</source>
        <translation>Thời gian ở mỗi giai đoạn (số ngày trung vị)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="46"/>
        <source>Returns this month</source>
        <translation>Số lượt trở về trong tháng này</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="47"/>
        <source>Show</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="66"/>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="86"/>
        <source>Caseworker</source>
        <translation>Cán bộ phụ trách hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="67"/>
        <source>Open cases</source>
        <translation>Hồ sơ đang mở</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="68"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="69"/>
        <source>By stage</source>
        <translation>Theo giai đoạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="85"/>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="109"/>
        <source>Reference</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="87"/>
        <source>Next action</source>
        <translation>Việc cần làm tiếp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="88"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Completed stays</source>
        <translation>Số lượt đã hoàn tất giai đoạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Median days</source>
        <translation>Số ngày trung vị</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="110"/>
        <source>Left on</source>
        <translation>Rời đi ngày</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="111"/>
        <source>Country of origin</source>
        <translation>Quốc gia gốc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="112"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="138"/>
        <source>Rows: {n}</source>
        <translation>Số dòng: {n}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="144"/>
        <source>The list could not be made.</source>
        <translation>Không thể lập danh sách.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="60"/>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="117"/>
        <source>RRR Desktop is locked</source>
        <translation>RRR Desktop đang khóa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="77"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="79"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="91"/>
        <source>Set up a new vault or open the demo…</source>
        <translation>Thiết lập kho bảo mật mới hoặc mở bản dùng thử…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="96"/>
        <source>&amp;User</source>
        <translation>&amp;Người dùng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="97"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="117"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="119"/>
        <source>Vault: {path}</source>
        <translation>Kho bảo mật: {path}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="127"/>
        <source>Demo vault with invented cases only.
User: {user}
Passphrase: {passphrase}</source>
        <translation>Kho bảo mật dùng thử, chỉ có các hồ sơ hư cấu.
Người dùng: {user}
Cụm mật khẩu: {passphrase}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="155"/>
        <source>Enter your user name and passphrase.</source>
        <translation>Nhập tên người dùng và cụm mật khẩu của bạn.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="158"/>
        <source>Unlocking…</source>
        <translation>Đang mở khóa…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="183"/>
        <source>The user name or passphrase is not correct.</source>
        <translation>Tên người dùng hoặc cụm mật khẩu không đúng.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="185"/>
        <source>The vault could not be opened ({kind}).</source>
        <translation>Không thể mở kho bảo mật ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="194"/>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="211"/>
        <source>Please wait {seconds} s before the next try.</source>
        <translation>Vui lòng đợi {seconds} giây trước khi thử lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="207"/>
        <source>You can try again now.</source>
        <translation>Bây giờ bạn có thể thử lại.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="136"/>
        <source>RRR Desktop — set up</source>
        <translation>RRR Desktop — thiết lập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="146"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="148"/>
        <source>RRR Desktop — locked</source>
        <translation>RRR Desktop — đang khóa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="179"/>
        <source>No recovery key could be made; make one in Settings → Users and roles.</source>
        <translation>Không thể tạo khóa khôi phục; hãy tạo khóa khôi phục trong Cài đặt → Người dùng và vai trò.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="202"/>
        <location filename="../rrr_desktop/ui/main_window.py" line="206"/>
        <source>Read only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="255"/>
        <source>Checking and restoring the backup…</source>
        <translation>Đang kiểm tra và khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="235"/>
        <source>The backup was restored. Unlock it with its passphrases.</source>
        <translation>Bản sao lưu đã được khôi phục. Hãy mở khóa kho bảo mật bằng các cụm mật khẩu của bản sao lưu này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="239"/>
        <source>The vault it replaced is kept in {folder}.</source>
        <translation>Kho bảo mật bị thay thế được giữ lại trong {folder}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="243"/>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="404"/>
        <location filename="../rrr_desktop/ui/main_window.py" line="422"/>
        <source>Vault: {path}</source>
        <translation>Kho bảo mật: {path}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="408"/>
        <source>Locked</source>
        <translation>Đang khóa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="412"/>
        <source>User: {name} ({username})</source>
        <translation>Người dùng: {name} ({username})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="417"/>
        <source>Organisation: {name}</source>
        <translation>Tổ chức: {name}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="427"/>
        <source>Unlocked — Ctrl+L locks, F12 quick exit</source>
        <translation>Đã mở khóa — Ctrl+L để khóa, F12 để thoát nhanh</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="143"/>
        <source>Which column holds what?</source>
        <translation>Cột nào chứa thông tin gì?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="146"/>
        <source>Columns we recognised are already chosen. Columns set to &apos;not imported&apos; are left out. This choice is remembered for files with the same columns.</source>
        <translation>Các cột đã nhận diện được đã được chọn sẵn. Các cột đặt là &apos;không nhập&apos; sẽ bị bỏ qua. Lựa chọn này sẽ được ghi nhớ cho các tệp có cùng các cột.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="154"/>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="154"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="183"/>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="213"/>
        <source>Checking every row…</source>
        <translation>Đang kiểm tra từng dòng…</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="59"/>
        <source>Message</source>
        <translation>Thông điệp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="60"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="61"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="62"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="63"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="64"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="77"/>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="84"/>
        <source>Mark selected as sent</source>
        <translation>Đánh dấu mục đã chọn là đã gửi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="86"/>
        <source>Mark selected as received</source>
        <translation>Đánh dấu mục đã chọn là đã nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="91"/>
        <source>Answer expected within (days):</source>
        <translation>Cần trả lời trong vòng (ngày):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="110"/>
        <source>Referring organisation</source>
        <translation>Tổ chức chuyển gửi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="112"/>
        <source>Receiving organisation</source>
        <translation>Tổ chức tiếp nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="135"/>
        <source>Next: {title}.</source>
        <translation>Tiếp theo: {title}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="140"/>
        <source>All six messages are recorded.</source>
        <translation>Đã ghi nhận đủ cả sáu thông điệp.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="143"/>
        <source>Overdue: {titles}.</source>
        <translation>Quá hạn: {titles}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="156"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="158"/>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="158"/>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="162"/>
        <source>Received</source>
        <comment>status of a message</comment>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="163"/>
        <source>Sent</source>
        <comment>status of a message</comment>
        <translation>Đã gửi</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="37"/>
        <source>New case</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="57"/>
        <source>&amp;Given name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="58"/>
        <source>&amp;Family name</source>
        <translation>&amp;Họ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="59"/>
        <source>&amp;Sex</source>
        <translation>&amp;Giới tính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="60"/>
        <source>Date of &amp;birth</source>
        <translation>Ngày &amp;sinh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="61"/>
        <source>or estimated &amp;age</source>
        <translation>hoặc t&amp;uổi ước tính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="62"/>
        <source>&amp;Nationality</source>
        <translation>&amp;Quốc tịch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="63"/>
        <source>&amp;Intake date</source>
        <translation>Ngày tiếp &amp;nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="64"/>
        <source>&amp;Referred by</source>
        <translation>Được giới thiệu &amp;bởi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="65"/>
        <source>&amp;Origin country</source>
        <translation>Quốc gia gố&amp;c</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="74"/>
        <source>Open the selected case</source>
        <translation>Mở hồ sơ đã chọn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="134"/>
        <source>Case {reference} created.</source>
        <translation>Đã tạo hồ sơ {reference}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/new_case.py" line="143"/>
        <source>Possible duplicate: %n case(s) with a similar name, birth year and nationality. Open one of them, or press Save again to create a new case anyway.</source>
        <translation>
            <numerusform>Có thể bị trùng: %n hồ sơ có tên, năm sinh và quốc tịch tương tự. Hãy mở một trong các hồ sơ đó, hoặc nhấn Lưu lần nữa để vẫn tạo hồ sơ mới.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="150"/>
        <source>A similar person may already be known; ask your supervisor. Press Save again to create a new case anyway.</source>
        <translation>Có thể một người tương tự đã được ghi nhận; hãy hỏi người giám sát của bạn. Nhấn Lưu lần nữa để vẫn tạo hồ sơ mới.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="47"/>
        <source>for a contact: the person, the family, a partner</source>
        <translation>khi liên lạc: người được hỗ trợ, gia đình, một đối tác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="53"/>
        <source>&amp;Kind</source>
        <translation>Loạ&amp;i</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="54"/>
        <source>&amp;With whom</source>
        <translation>&amp;Với ai</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="55"/>
        <source>&amp;New note</source>
        <translation>Ghi chú &amp;mới</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="58"/>
        <source>A new note is saved with Save (Ctrl+S) like the other sections, signed with your name and today&apos;s date. Saved notes are not changed: write a new note to correct one.</source>
        <translation>Ghi chú mới được lưu bằng nút Lưu (Ctrl+S) như các phần khác, kèm tên của bạn và ngày hôm nay. Ghi chú đã lưu sẽ không bị sửa: để đính chính, hãy viết một ghi chú mới.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="72"/>
        <source>Notes written so far, newest first</source>
        <translation>Các ghi chú đã viết đến nay, mới nhất ở trên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="111"/>
        <source>No notes yet. Write what was said or done, and with whom; it stays in this case file and is never sent in a referral.</source>
        <translation>Chưa có ghi chú nào. Hãy ghi lại những gì đã nói hoặc đã làm, và với ai; ghi chú được giữ trong tập hồ sơ này và không bao giờ được gửi đi khi chuyển gửi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="118"/>
        <source>%n note(s), newest first</source>
        <translation>
            <numerusform>%n ghi chú, mới nhất ở trên</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="122"/>
        <source>{date} · {kind} · by {who}</source>
        <translation>{date} · {kind} · người viết: {who}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="128"/>
        <source>with {whom}</source>
        <translation>với {whom}</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="42"/>
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="44"/>
        <source>Protect with a passphrase instead (recipient&apos;s card not known yet)</source>
        <translation>Thay vào đó, bảo vệ bằng cụm mật khẩu (chưa có thẻ liên hệ của bên nhận)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="49"/>
        <source>Receiving organisation, as named in the consent</source>
        <translation>Tổ chức tiếp nhận, như tên đã nêu trong sự đồng ý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="53"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="54"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="58"/>
        <source>Referral to a receiving organisation</source>
        <translation>Chuyển gửi đến tổ chức tiếp nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="59"/>
        <source>Status report to the referring organisation</source>
        <translation>Báo cáo tình hình cho tổ chức chuyển gửi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="60"/>
        <source>Sync with a device of this organisation</source>
        <translation>Đồng bộ hóa với một thiết bị của tổ chức này</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="63"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="66"/>
        <source>Case references, separated by commas</source>
        <translation>Các mã hồ sơ, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="67"/>
        <source>Cases</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="71"/>
        <source>Choose folder or drive…</source>
        <translation>Chọn thư mục hoặc ổ đĩa…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="75"/>
        <source>Write to</source>
        <translation>Ghi vào</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="78"/>
        <source>Show what will be sent</source>
        <translation>Xem những gì sẽ được gửi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="80"/>
        <source>Write bundle</source>
        <translation>Ghi gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="89"/>
        <source>What leaves this organisation:</source>
        <translation>Những gì sẽ được chuyển ra khỏi tổ chức này:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="114"/>
        <source>Folder or removable drive</source>
        <translation>Thư mục hoặc ổ đĩa rời</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="132"/>
        <source>Only referrals are filtered by consent; a status report carries follow-up status and the six messages.</source>
        <translation>Chỉ việc chuyển gửi mới được lọc theo sự đồng ý; báo cáo tình hình chứa trạng thái theo dõi và sáu thông điệp.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="146"/>
        <source>{ref}: {n} fields are sent</source>
        <translation>{ref}: gửi {n} trường</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="161"/>
        <source>Never sent (kept in the organisation):</source>
        <translation>Không bao giờ gửi (giữ lại trong tổ chức):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="163"/>
        <source>Kept here (files not marked as ones to share):</source>
        <translation>Giữ lại tại đây (các tệp không được đánh dấu là có thể chia sẻ):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="164"/>
        <source>Withheld until the person consents to: {purpose}</source>
        <translation>Giữ lại cho đến khi người được hỗ trợ đồng ý: {purpose}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="171"/>
        <source>Choose a folder or drive to write the bundle to.</source>
        <translation>Hãy chọn thư mục hoặc ổ đĩa để ghi gói dữ liệu vào.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="194"/>
        <source>Wrote {name}: {n} records.</source>
        <translation>Đã ghi {name}: {n} bản ghi.</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="37"/>
        <source>Save my contact card…</source>
        <translation>Lưu thẻ liên hệ của tôi…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="38"/>
        <source>Add a contact card…</source>
        <translation>Thêm thẻ liên hệ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="39"/>
        <source>Compare fingerprint and trust…</source>
        <translation>So sánh mã vân tay và tin cậy…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="49"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="50"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="51"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="52"/>
        <source>Fingerprint</source>
        <translation>Mã vân tay</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="53"/>
        <source>Trusted</source>
        <translation>Tin cậy</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="69"/>
        <source>This installation&apos;s fingerprint: &lt;b&gt;{fpr}&lt;/b&gt;&lt;br&gt;Read it out to the other side, by phone or in person, before they trust your card.</source>
        <translation>Mã vân tay của bản cài đặt này: &lt;b&gt;{fpr}&lt;/b&gt;&lt;br&gt;Hãy đọc mã này cho bên kia, qua điện thoại hoặc gặp trực tiếp, trước khi họ tin cậy thẻ của bạn.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="82"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="82"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="90"/>
        <source>Save contact card</source>
        <translation>Lưu thẻ liên hệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="92"/>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="102"/>
        <source>Contact cards (*.rrrcard)</source>
        <translation>Thẻ liên hệ (*.rrrcard)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="102"/>
        <source>Add a contact card</source>
        <translation>Thêm thẻ liên hệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="117"/>
        <source>Contact card added</source>
        <translation>Đã thêm thẻ liên hệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="119"/>
        <source>{org} was added but is not trusted yet. Compare the fingerprint {fpr} with them by phone or in person, then trust the card.</source>
        <translation>Đã thêm {org} nhưng chưa tin cậy. Hãy so sánh mã vân tay {fpr} với họ qua điện thoại hoặc gặp trực tiếp, sau đó tin cậy thẻ này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="134"/>
        <source>Compare the fingerprint</source>
        <translation>So sánh mã vân tay</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="135"/>
        <source>Ask the other side to read out their fingerprint and type it here:</source>
        <translation>Hãy đề nghị bên kia đọc mã vân tay của họ và nhập vào đây:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="144"/>
        <source>Fingerprints differ</source>
        <translation>Mã vân tay không khớp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="146"/>
        <source>The fingerprint you typed is not the one on the card: do not trust this card; ask for a new one.</source>
        <translation>Mã vân tay bạn nhập không phải là mã trên thẻ: không được tin cậy thẻ này; hãy yêu cầu một thẻ mới.</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="40"/>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="41"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="42"/>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="43"/>
        <source>messenger</source>
        <translation>ứng dụng nhắn tin</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="61"/>
        <source>separated by commas</source>
        <translation>cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="63"/>
        <source>as the person writes it, e.g. ស្រីមុំ</source>
        <translation>như cách người đó tự viết, ví dụ: ស្រីមុំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="72"/>
        <source>&amp;Given name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="73"/>
        <source>&amp;Family name</source>
        <translation>&amp;Họ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="74"/>
        <source>Other names</source>
        <translation>Tên khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="75"/>
        <source>Name in own scrip&amp;t</source>
        <translation>Tên bằng &amp;chữ viết riêng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="76"/>
        <source>&amp;Sex</source>
        <translation>&amp;Giới tính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="77"/>
        <source>Date of &amp;birth</source>
        <translation>Ngày &amp;sinh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="78"/>
        <source>Estimated &amp;age</source>
        <translation>T&amp;uổi ước tính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="79"/>
        <source>&amp;Nationality</source>
        <translation>&amp;Quốc tịch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="80"/>
        <source>&amp;Languages</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="81"/>
        <source>Own &amp;wishes</source>
        <translation>&amp;Mong muốn của bản thân</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="123"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Safe to use</source>
        <translation>An toàn để liên lạc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="93"/>
        <source>Add contact</source>
        <translation>Thêm liên hệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="95"/>
        <source>Remove contact</source>
        <translation>Xóa liên hệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="100"/>
        <source>Guardian (required for a child)</source>
        <translation>Người giám hộ (bắt buộc đối với trẻ em)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="112"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="114"/>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="118"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="127"/>
        <source>Appointed on</source>
        <translation>Ngày được chỉ định</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="136"/>
        <source>Contacts (mark unsafe ones)</source>
        <translation>Liên hệ (đánh dấu các liên hệ không an toàn)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="178"/>
        <source>This person is a child: a guardian must be recorded.</source>
        <translation>Người này là trẻ em: phải ghi nhận người giám hộ.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="62"/>
        <source>Reintegration plan</source>
        <translation>Kế hoạch tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="73"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="77"/>
        <source>Make a new version</source>
        <translation>Tạo phiên bản mới</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="82"/>
        <source>Save this version as PDF…</source>
        <translation>Lưu phiên bản này dưới dạng PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="85"/>
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="92"/>
        <source>Write what the person wants, as they say it.</source>
        <translation>Ghi lại điều người được hỗ trợ mong muốn, đúng như lời họ nói.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="97"/>
        <source>&lt;b&gt;The person&apos;s wishes, in their own words&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mong muốn của người được hỗ trợ, bằng chính lời của họ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="98"/>
        <source>&lt;b&gt;The caseworker&apos;s proposal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đề xuất của cán bộ phụ trách hồ sơ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="105"/>
        <source>Not chosen yet</source>
        <translation>Chưa chọn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="108"/>
        <source>Set where the person goes</source>
        <translation>Xác định nơi người được hỗ trợ sẽ đến</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="111"/>
        <source>Where the person goes:</source>
        <translation>Nơi người được hỗ trợ sẽ đến:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="122"/>
        <source>Component / action</source>
        <translation>Hợp phần / hoạt động</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="123"/>
        <source>Goal / description</source>
        <translation>Mục tiêu / mô tả</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="124"/>
        <source>Responsible</source>
        <translation>Người chịu trách nhiệm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="125"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="126"/>
        <source>Budget</source>
        <translation>Ngân sách</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="127"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="135"/>
        <source>Add a component…</source>
        <translation>Thêm hợp phần…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="137"/>
        <source>Add an action to the selected component…</source>
        <translation>Thêm hoạt động vào hợp phần đã chọn…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="142"/>
        <source>Set the status of the selected line</source>
        <translation>Đặt trạng thái cho dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="176"/>
        <source>{version} — {on}, {by}</source>
        <translation>{version} — {on}, {by}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="204"/>
        <source>An earlier version: read-only. The latest version is the plan in force.</source>
        <translation>Phiên bản trước đây: chỉ được xem. Phiên bản mới nhất là kế hoạch đang có hiệu lực.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="208"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="208"/>
        <source>Start the plan</source>
        <translation>Bắt đầu kế hoạch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="325"/>
        <source>Select a component first.</source>
        <translation>Hãy chọn một hợp phần trước.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="352"/>
        <source>Select a component or an action first.</source>
        <translation>Hãy chọn một hợp phần hoặc một hoạt động trước.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="221"/>
        <source>Check before importing</source>
        <translation>Kiểm tra trước khi nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Why it is refused</source>
        <translation>Lý do bị từ chối</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="244"/>
        <source>{refused} of {total} rows are refused, listed below with the reason. Nothing will be imported until the file is corrected: fix it, then go back and choose it again.</source>
        <translation>{refused} trên {total} dòng bị từ chối, được liệt kê dưới đây kèm lý do. Sẽ không có dữ liệu nào được nhập cho đến khi tệp được sửa: hãy sửa tệp, sau đó quay lại và chọn lại tệp.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="250"/>
        <source>The file has no rows to import.</source>
        <translation>Tệp không có dòng nào để nhập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="252"/>
        <source>All {n} rows can be imported. Columns left out: {ignored}.</source>
        <translation>Có thể nhập cả {n} dòng. Các cột bị bỏ qua: {ignored}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="253"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="257"/>
        <source>{n} rows look like persons already in the vault (rows {rows}); check this is not a file imported before.</source>
        <translation>{n} dòng có vẻ là những người đã có trong kho bảo mật (các dòng {rows}); hãy kiểm tra xem đây có phải là tệp đã được nhập trước đó không.</translation>
    </message>
</context>
<context>
    <name>PrintTab</name>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="118"/>
        <source>Pre-departure checklist</source>
        <translation>Danh mục kiểm tra trước khi khởi hành</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="119"/>
        <source>Information sheet for the person</source>
        <translation>Tờ thông tin dành cho người được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="121"/>
        <source>Travel-document request to the embassy</source>
        <translation>Đề nghị đại sứ quán cấp giấy tờ đi lại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="123"/>
        <source>What we hold about the person (for them)</source>
        <translation>Thông tin chúng tôi lưu giữ về người được hỗ trợ (dành cho người đó)</translation>
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
        <translation>In tên của người được hỗ trợ (nếu không, chỉ in mã hồ sơ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="143"/>
        <source>The name the embassy will read: only a name a supervisor confirmed as neutral for this embassy.</source>
        <translation>Tên mà đại sứ quán sẽ đọc thấy: chỉ dùng tên đã được người giám sát xác nhận là trung lập đối với đại sứ quán này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="149"/>
        <source>Confirm as the neutral name for this embass&amp;y</source>
        <translation>Xác nhận dùng làm tên trung lập cho đại sứ quán nà&amp;y</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="158"/>
        <source>travel document</source>
        <translation>giấy tờ đi lại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="164"/>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="165"/>
        <source>&amp;Language of the person:</source>
        <translation>&amp;Ngôn ngữ của người được hỗ trợ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="166"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Khổ giấy:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="168"/>
        <source>Organisation in the &amp;letter:</source>
        <translation>Tổ chức ghi trong &amp;thư:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="170"/>
        <source>Document &amp;needed:</source>
        <translation>Giấy tờ cần &amp;cấp:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="173"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="174"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="176"/>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="177"/>
        <source>C&amp;heck a printout…</source>
        <translation>Kiể&amp;m tra bản in…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="224"/>
        <source>No neutral name confirmed for this embassy yet</source>
        <translation>Chưa có tên trung lập nào được xác nhận cho đại sứ quán này</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="238"/>
        <source>Letters to this embassy will carry “{name}”.</source>
        <translation>Thư gửi đại sứ quán này sẽ ghi tên “{name}”.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="254"/>
        <source>The texts in this language are a draft that a native speaker still has to review.</source>
        <translation>Văn bản bằng ngôn ngữ này là bản nháp, vẫn cần được người bản ngữ rà soát.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="294"/>
        <source>Not printed: {reason}</source>
        <translation>Chưa in: {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="295"/>
        <source>Not printed</source>
        <translation>Chưa in</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="309"/>
        <source>Print preview</source>
        <translation>Xem trước bản in</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="333"/>
        <source>Sent to the printer.</source>
        <translation>Đã gửi đến máy in.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="346"/>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="348"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="375"/>
        <source>Writing the PDF…</source>
        <translation>Đang ghi tệp PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="381"/>
        <source>Saved {file} ({pages} pages).</source>
        <translation>Đã lưu {file} ({pages} trang).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="384"/>
        <source>The journey&apos;s dates are in the past: check them before the sheet is handed over (the sheet says so too).</source>
        <translation>Ngày của hành trình đã qua: hãy kiểm tra lại trước khi trao tờ thông tin (trên tờ thông tin cũng có ghi điều này).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="395"/>
        <source>The PDF could not be written.</source>
        <translation>Không thể ghi tệp PDF.</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/common.py" line="19"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="17"/>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="20"/>
        <source>Write this recovery key on paper, check it twice, and lock it away, apart from the laptop. It opens the vault when every passphrase is forgotten. It is shown only now; a new key can be made later, and the old one then stops working.</source>
        <translation>Hãy chép khóa khôi phục này ra giấy, kiểm tra lại hai lần, rồi cất ở nơi khóa kín, tách biệt với máy tính. Khóa này mở được kho bảo mật khi mọi cụm mật khẩu đều bị quên. Khóa chỉ được hiển thị lúc này; sau này có thể tạo khóa mới, và khi đó khóa cũ sẽ hết hiệu lực.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="38"/>
        <source>I have written it down</source>
        <translation>Tôi đã chép lại</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="59"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="61"/>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="63"/>
        <source>Operational lists</source>
        <translation>Danh sách tác nghiệp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="77"/>
        <source>(nothing: a simple table)</source>
        <translation>(không chọn: bảng đơn giản)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="82"/>
        <source>Standard donor tables (sex, age group, sector, country of origin)</source>
        <translation>Các bảng tiêu chuẩn cho nhà tài trợ (giới tính, nhóm tuổi, lĩnh vực, quốc gia gốc)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="86"/>
        <source>Count persons by</source>
        <translation>Đếm số người theo</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="88"/>
        <source>and by</source>
        <translation>và theo</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="91"/>
        <source>Only persons taken in from</source>
        <translation>Chỉ những người được tiếp nhận từ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="103"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="107"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="109"/>
        <source>Hide counts below</source>
        <translation>Ẩn các số đếm nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="118"/>
        <source>and the counts that would reveal them (needed for anything that leaves the organisation)</source>
        <translation>và các số đếm có thể làm lộ các số đó (bắt buộc đối với mọi dữ liệu được chuyển ra khỏi tổ chức)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="129"/>
        <source>Build the report</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="132"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="134"/>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="136"/>
        <source>Import cases from a spreadsheet…</source>
        <translation>Nhập hồ sơ từ bảng tính…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="165"/>
        <source>All programmes</source>
        <translation>Tất cả các chương trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="199"/>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="217"/>
        <source>{n} persons counted.</source>
        <translation>Đã đếm {n} người.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="225"/>
        <source>The report could not be made.</source>
        <translation>Không thể lập báo cáo.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="237"/>
        <source>Export without hiding small counts?</source>
        <translation>Xuất mà không ẩn các số đếm nhỏ?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="239"/>
        <source>This report shows every count, even of one or two persons. Files sent outside the organisation must hide small counts. Export anyway?</source>
        <translation>Báo cáo này hiển thị mọi số đếm, kể cả số đếm chỉ có một hoặc hai người. Các tệp gửi ra ngoài tổ chức phải ẩn các số đếm nhỏ. Vẫn xuất?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="257"/>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="257"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="268"/>
        <source>Writing the CSV…</source>
        <translation>Đang ghi tệp CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="276"/>
        <source>Saved {n} CSV file(s).</source>
        <translation>Đã lưu {n} tệp CSV.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="285"/>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="285"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="294"/>
        <source>Writing the PDF…</source>
        <translation>Đang ghi tệp PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="303"/>
        <source>Saved the PDF ({n} pages).</source>
        <translation>Đã lưu tệp PDF ({n} trang).</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="35"/>
        <source>Reference</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="36"/>
        <source>Closed on</source>
        <translation>Ngày đóng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="37"/>
        <source>Why closed</source>
        <translation>Lý do đóng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="38"/>
        <source>Kept until</source>
        <translation>Lưu giữ đến</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="41"/>
        <source>&amp;Review now</source>
        <translation>&amp;Rà soát ngay</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="43"/>
        <source>A&amp;nonymise…</source>
        <translation>Ẩ&amp;n danh hóa…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="45"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="51"/>
        <source>Closed cases are kept for their retention period, then anonymised (the counts stay for reports, nothing that names or locates the person) or deleted. Both are final on every laptop of the organisation.</source>
        <translation>Hồ sơ đã đóng được lưu giữ trong thời hạn lưu giữ, sau đó được ẩn danh hóa (các số đếm vẫn được giữ cho báo cáo, không còn gì cho biết tên hay nơi ở của người đó) hoặc bị xóa. Cả hai thao tác đều không thể hoàn tác, trên mọi máy tính của tổ chức.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="75"/>
        <source>Looking for closed cases past their retention date…</source>
        <translation>Đang tìm các hồ sơ đã đóng đã quá thời hạn lưu giữ…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="83"/>
        <source>That did not work ({kind}).</source>
        <translation>Không thực hiện được ({kind}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="102"/>
        <source>%n closed case(s) past their retention date.</source>
        <translation>
            <numerusform>%n hồ sơ đã đóng đã quá thời hạn lưu giữ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="104"/>
        <source>No case is due. &quot;Review now&quot; looks again.</source>
        <translation>Không có hồ sơ nào đến hạn. Nhấn “Rà soát ngay” để tìm lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="112"/>
        <source>Choose a case in the list first.</source>
        <translation>Hãy chọn một hồ sơ trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="118"/>
        <source>Anonymise {reference}? Names, contacts, notes, files and the story are removed for good; the counts stay.</source>
        <translation>Ẩn danh hóa hồ sơ {reference}? Họ tên, thông tin liên hệ, ghi chú, tệp và câu chuyện sẽ bị xóa vĩnh viễn; các số đếm vẫn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="122"/>
        <source>Delete {reference}? Nothing of it stays, on any laptop.</source>
        <translation>Xóa hồ sơ {reference}? Không còn lại gì của hồ sơ này, trên bất kỳ máy tính nào.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="124"/>
        <source>Retention</source>
        <translation>Thời hạn lưu giữ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="138"/>
        <source>{reference} was anonymised.</source>
        <translation>Đã ẩn danh hóa hồ sơ {reference}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="140"/>
        <source>{reference} was deleted.</source>
        <translation>Đã xóa hồ sơ {reference}.</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="56"/>
        <source>Return cannot be marked ready because:</source>
        <translation>Chưa thể đánh dấu sẵn sàng trở về vì:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="56"/>
        <source>Nothing blocks the return.</source>
        <translation>Không có gì cản trở việc trở về.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="82"/>
        <source>New security assessment</source>
        <translation>Đánh giá an ninh mới</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="85"/>
        <source>Factor</source>
        <translation>Yếu tố</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="86"/>
        <source>Concern</source>
        <translation>Mối lo ngại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="87"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="101"/>
        <source>Overall finding:</source>
        <translation>Kết luận chung:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="108"/>
        <source>Mitigations:</source>
        <translation>Biện pháp giảm thiểu:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="113"/>
        <source>Record assessment</source>
        <translation>Ghi nhận đánh giá</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="120"/>
        <source>Supervisor override</source>
        <translation>Phê duyệt ngoại lệ của người giám sát</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="130"/>
        <source>Reason (required, at least {n} characters)</source>
        <translation>Lý do (bắt buộc, ít nhất {n} ký tự)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="136"/>
        <source>Record override</source>
        <translation>Ghi nhận phê duyệt ngoại lệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="140"/>
        <source>Revoke this kind of override</source>
        <translation>Thu hồi loại phê duyệt ngoại lệ này</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="155"/>
        <source>No security assessment has been made yet.</source>
        <translation>Chưa có đánh giá an ninh nào.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="164"/>
        <source>Latest assessment: {finding}, {date}, by {user}. Concerns: {concerns}</source>
        <translation>Đánh giá gần nhất: {finding}, {date}, do {user} thực hiện. Mối lo ngại: {concerns}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="169"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="182"/>
        <source>Supervisor override in force ({kind}) by {user} on {date}: {reason}</source>
        <translation>Phê duyệt ngoại lệ của người giám sát đang có hiệu lực ({kind}), do {user} đưa ra ngày {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="229"/>
        <source>You are setting aside this safety check: {check}

Your reason, recorded under your name:
“{reason}”</source>
        <translation>Bạn đang phê duyệt ngoại lệ, bỏ qua bước kiểm tra an toàn này: {check}

Lý do của bạn, được ghi nhận dưới tên bạn:
“{reason}”</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="233"/>
        <source>This person is a child.</source>
        <translation>Người này là trẻ em.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="235"/>
        <source>Override a safety check?</source>
        <translation>Phê duyệt ngoại lệ cho một bước kiểm tra an toàn?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="235"/>
        <source>Continue?</source>
        <translation>Tiếp tục?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="32"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="54"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="59"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="62"/>
        <source>&amp;Lock after inactivity</source>
        <translation>&amp;Khóa sau khi không hoạt động</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="63"/>
        <source>Vault folder</source>
        <translation>Thư mục kho bảo mật</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="64"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="66"/>
        <source>Ctrl+L locks now. F12 or Esc twice: quick exit (hides everything and locks).</source>
        <translation>Ctrl+L để khóa ngay. F12 hoặc nhấn Esc hai lần: thoát nhanh (ẩn mọi thứ và khóa).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="77"/>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="79"/>
        <source>Vault and backup</source>
        <translation>Kho bảo mật và sao lưu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="85"/>
        <source>Users and roles</source>
        <translation>Người dùng và vai trò</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="91"/>
        <source>Public holidays</source>
        <translation>Ngày lễ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="93"/>
        <source>Retention</source>
        <translation>Thời hạn lưu giữ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="107"/>
        <source>This translation was drafted by machine and awaits review by a native speaker. Tell your administrator about any wording that is wrong.</source>
        <translation>Bản dịch này do máy soạn thảo và đang chờ người bản ngữ rà soát. Hãy báo cho quản trị viên của bạn về bất kỳ cách diễn đạt nào chưa đúng.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="116"/>
        <source>The new language applies as soon as the case files with unsaved changes are saved or closed. Nothing you typed is lost.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng ngay khi các tập hồ sơ có thay đổi chưa lưu được lưu hoặc đóng lại. Mọi nội dung bạn đã nhập đều không bị mất.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="59"/>
        <source>Welcome to RRR Desktop</source>
        <translation>Chào mừng bạn đến với RRR Desktop</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="66"/>
        <source>Case data stays on this computer, encrypted with your passphrase. Nobody can recover it if the passphrase is lost.</source>
        <translation>Dữ liệu hồ sơ được lưu trên máy tính này, được mã hóa bằng cụm mật khẩu của bạn. Nếu mất cụm mật khẩu, không ai có thể khôi phục dữ liệu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="73"/>
        <source>← Back to the lock screen</source>
        <translation>← Quay lại màn hình khóa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="89"/>
        <source>Set up your organisation&apos;s vault</source>
        <translation>Thiết lập kho bảo mật của tổ chức bạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="91"/>
        <source>e.g. Safe Home Foundation</source>
        <translation>ví dụ: Quỹ Ngôi nhà An toàn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="94"/>
        <source>lower-case, e.g. dara</source>
        <translation>chữ thường, ví dụ: dara</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="110"/>
        <source>&amp;Create vault</source>
        <translation>Tạo &amp;kho bảo mật</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="125"/>
        <source>A vault already exists on this laptop. Go back to unlock it; to start again, an administrator wipes it first (Settings, or rrr wipe).</source>
        <translation>Đã có một kho bảo mật trên máy tính này. Hãy quay lại để mở khóa; để bắt đầu lại, quản trị viên cần xóa sạch kho bảo mật này trước (Cài đặt, hoặc rrr wipe).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="134"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Tổ chức</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="135"/>
        <source>Coun&amp;try</source>
        <translation>&amp;Quốc gia</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="136"/>
        <source>Your &amp;user name</source>
        <translation>Tên người &amp;dùng của bạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="137"/>
        <source>Your &amp;name</source>
        <translation>&amp;Họ tên của bạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="138"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="141"/>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="142"/>
        <source>Working &amp;language</source>
        <translation>Ngôn ngữ &amp;làm việc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="168"/>
        <source>The two passphrases are not the same.</source>
        <translation>Hai cụm mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="209"/>
        <source>Just looking? Open the demo vault</source>
        <translation>Chỉ muốn xem thử? Mở kho bảo mật dùng thử</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="212"/>
        <source>A separate vault filled with {count} invented cases, for training and trying things out. Nothing you do there touches real data.</source>
        <translation>Một kho bảo mật riêng chứa {count} hồ sơ hư cấu, dùng để tập huấn và thử nghiệm. Mọi thao tác ở đó đều không ảnh hưởng đến dữ liệu thật.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="219"/>
        <source>User: {user}
Passphrase: {passphrase}</source>
        <translation>Người dùng: {user}
Cụm mật khẩu: {passphrase}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="225"/>
        <source>Open &amp;demo vault</source>
        <translation>Mở kho &amp;bảo mật dùng thử</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="244"/>
        <source>Creating {count} invented cases…</source>
        <translation>Đang tạo {count} hồ sơ hư cấu…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="246"/>
        <source>Opening the demo vault…</source>
        <translation>Đang mở kho bảo mật dùng thử…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="275"/>
        <source>Creating the vault…</source>
        <translation>Đang tạo kho bảo mật…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="297"/>
        <source>Something went wrong ({kind}).</source>
        <translation>Đã xảy ra lỗi ({kind}).</translation>
    </message>
</context>
<context>
    <name>ShelterTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="40"/>
        <source>&amp;Shelter</source>
        <translation>&amp;Nhà tạm lánh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="41"/>
        <source>&amp;Admitted on</source>
        <translation>Ngày &amp;tiếp nhận vào</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="42"/>
        <source>&amp;Left on</source>
        <translation>Ngày &amp;rời đi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="45"/>
        <source>Services &amp;received (one per line)</source>
        <translation>&amp;Dịch vụ đã nhận (mỗi dòng một dịch vụ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="48"/>
        <source>Re&amp;ferrals (one per line)</source>
        <translation>&amp;Chuyển gửi (mỗi dòng một mục)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="49"/>
        <source>Security &amp;measures</source>
        <translation>&amp;Biện pháp an ninh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="55"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Ngày (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="56"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="57"/>
        <source>Voluntary test</source>
        <translation>Xét nghiệm tự nguyện</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="58"/>
        <source>Consented</source>
        <translation>Đã đồng ý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="59"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="70"/>
        <source>Add medical entry</source>
        <translation>Thêm mục y tế</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="72"/>
        <source>Remove medical entry</source>
        <translation>Xóa mục y tế</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="79"/>
        <source>Medical care (testing only ever voluntary)</source>
        <translation>Chăm sóc y tế (xét nghiệm luôn chỉ trên cơ sở tự nguyện)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="139"/>
        <source>Medical entry: {message}</source>
        <translation>Mục y tế: {message}</translation>
    </message>
</context>
<context>
    <name>StageTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="73"/>
        <source>Note for the history (optional)</source>
        <translation>Ghi chú cho lịch sử (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="74"/>
        <source>Move the case to</source>
        <translation>Chuyển hồ sơ sang</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="76"/>
        <source>&amp;Change stage</source>
        <translation>&amp;Chuyển giai đoạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="80"/>
        <source>Why the case is closed</source>
        <translation>Lý do đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="81"/>
        <source>Why is the case closed? Choose a reason…</source>
        <translation>Vì sao đóng hồ sơ? Chọn lý do…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="101"/>
        <source>Move to</source>
        <translation>Chuyển sang</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="108"/>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="112"/>
        <source>Caseworker</source>
        <translation>Cán bộ phụ trách hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="109"/>
        <source>&amp;Assign</source>
        <translation>&amp;Giao hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="125"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="129"/>
        <source>Current stage: {stage}</source>
        <translation>Giai đoạn hiện tại: {stage}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="156"/>
        <source>{reference} is now assigned to {name}.</source>
        <translation>{reference} hiện đã được giao cho {name}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="165"/>
        <source>Stage: {old} → {new}</source>
        <translation>Giai đoạn: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="202"/>
        <source>Choose why the case is closed, beside &quot;Move to&quot;.</source>
        <translation>Hãy chọn lý do đóng hồ sơ, bên cạnh “Chuyển sang”.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="224"/>
        <source>The case cannot move to {stage} yet:</source>
        <translation>Hồ sơ chưa thể chuyển sang {stage} vì:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="234"/>
        <source>Moved to {stage}.</source>
        <translation>Đã chuyển sang {stage}.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="33"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="42"/>
        <source>Everything</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="46"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="52"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="53"/>
        <source>What</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="54"/>
        <source>Reference</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="55"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="56"/>
        <source>Next step</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="85"/>
        <source>Looking for what needs action…</source>
        <translation>Đang tìm các việc cần xử lý…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="97"/>
        <source>The list could not be loaded.</source>
        <translation>Không thể tải danh sách.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="106"/>
        <source>%n item(s) need action</source>
        <translation>
            <numerusform>%n mục cần xử lý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="108"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n mục quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="110"/>
        <source>the first %n are listed, overdue first</source>
        <translation>
            <numerusform>đang hiển thị %n mục đầu tiên, mục quá hạn trước</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="113"/>
        <source>Nothing needs action now: no visits due within a week, no departures blocked, no messages waiting for an answer.</source>
        <translation>Hiện không có việc gì cần làm: không có chuyến thăm theo dõi nào đến hạn trong một tuần, không có chuyến khởi hành nào bị chặn, không có tin nhắn nào đang chờ trả lời.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="119"/>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="120"/>
        <source>child</source>
        <translation>trẻ em</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="132"/>
        <source>Record a supervisor&apos;s decision on the risk finding</source>
        <translation>Ghi nhận quyết định của người giám sát về kết luận rủi ro</translation>
    </message>
</context>
<context>
    <name>TravelTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="60"/>
        <source>Itinerary (local times)</source>
        <translation>Lịch trình (giờ địa phương)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="66"/>
        <source>Mode</source>
        <translation>Phương tiện</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="67"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="68"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="69"/>
        <source>Departs</source>
        <translation>Khởi hành</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="70"/>
        <source>Arrives</source>
        <translation>Đến nơi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="71"/>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="72"/>
        <source>Escort</source>
        <translation>Người hộ tống</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="82"/>
        <source>Add leg</source>
        <translation>Thêm chặng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="83"/>
        <source>Edit leg</source>
        <translation>Sửa chặng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="84"/>
        <source>Remove leg</source>
        <translation>Xóa chặng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="102"/>
        <source>Arrival and travel grant</source>
        <translation>Đến nơi và trợ cấp đi lại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="111"/>
        <source>Destination country</source>
        <translation>Quốc gia đến</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="112"/>
        <source>Met on arrival by</source>
        <translation>Người đón khi đến nơi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="113"/>
        <source>Transit assistance</source>
        <translation>Hỗ trợ quá cảnh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="114"/>
        <source>Travel grant</source>
        <translation>Trợ cấp đi lại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="115"/>
        <source>Grant details</source>
        <translation>Chi tiết trợ cấp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="116"/>
        <source>Save arrival and grant</source>
        <translation>Lưu thông tin đến nơi và trợ cấp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="155"/>
        <source>No travel warnings.</source>
        <translation>Không có cảnh báo về hành trình.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="157"/>
        <source>No legs yet: add the first one.</source>
        <translation>Chưa có chặng nào: hãy thêm chặng đầu tiên.</translation>
    </message>
</context>
<context>
    <name>UsersBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>User name</source>
        <translation>Tên người dùng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Name shown</source>
        <translation>Tên hiển thị</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="93"/>
        <source>&amp;Add a user…</source>
        <translation>&amp;Thêm người dùng…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="95"/>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="174"/>
        <source>&amp;Disable</source>
        <translation>&amp;Vô hiệu hóa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="98"/>
        <source>Role of the chosen user</source>
        <translation>Vai trò của người dùng đã chọn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="101"/>
        <source>Change the &amp;role</source>
        <translation>Đổi vai t&amp;rò</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="103"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="105"/>
        <source>New recovery &amp;key…</source>
        <translation>Khóa khôi phục &amp;mới…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="107"/>
        <source>&amp;Change the vault&apos;s key</source>
        <translation>Thay k&amp;hóa của kho bảo mật</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="110"/>
        <source>Done by itself when a user is removed. Needs the vault closed in every other window and &apos;rrr&apos; command.</source>
        <translation>Tự động thực hiện khi xóa một người dùng. Cần đóng kho bảo mật ở mọi cửa sổ khác và mọi lệnh &apos;rrr&apos;.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="119"/>
        <source>Removing a user deletes their key and changes the vault&apos;s key, so a copy of their key taken earlier opens nothing made from now on. Their name stays in the audit log.</source>
        <translation>Khi xóa một người dùng, khóa của người đó sẽ bị xóa và khóa của kho bảo mật sẽ được thay, vì vậy một bản sao khóa của họ lấy từ trước sẽ không mở được bất cứ thứ gì được tạo từ nay về sau. Tên của họ vẫn còn trong nhật ký kiểm tra.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="156"/>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="156"/>
        <source>disabled</source>
        <translation>đã vô hiệu hóa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="174"/>
        <source>&amp;Enable</source>
        <translation>&amp;Kích hoạt</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="189"/>
        <source>That did not work ({kind}).</source>
        <translation>Không thực hiện được ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="207"/>
        <source>The two passphrases are not the same.</source>
        <translation>Hai cụm mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="217"/>
        <source>Adding the user…</source>
        <translation>Đang thêm người dùng…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="223"/>
        <source>{user} can now unlock this vault.</source>
        <translation>{user} giờ đã có thể mở khóa kho bảo mật này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="236"/>
        <source>{user} is disabled: their passphrase opens nothing.</source>
        <translation>{user} đã bị vô hiệu hóa: cụm mật khẩu của người này không còn mở được gì.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="240"/>
        <source>{user} can unlock again.</source>
        <translation>{user} có thể mở khóa trở lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="255"/>
        <source>{user} is now: {role}.</source>
        <translation>{user} hiện có vai trò: {role}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="265"/>
        <source>Remove the user?</source>
        <translation>Xóa người dùng?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="267"/>
        <source>Remove {user}? Their key is deleted and the vault&apos;s key is changed (this takes a moment). Backups made before keep the old key.</source>
        <translation>Xóa {user}? Khóa của người này sẽ bị xóa và khóa của kho bảo mật sẽ được thay (việc này mất một lúc). Các bản sao lưu tạo trước đó vẫn giữ khóa cũ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="280"/>
        <source>Removing the user and changing the vault&apos;s key…</source>
        <translation>Đang xóa người dùng và thay khóa của kho bảo mật…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="286"/>
        <source>{user} was removed; the vault&apos;s key was changed.</source>
        <translation>Đã xóa {user}; khóa của kho bảo mật đã được thay.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="295"/>
        <source>Changing the vault&apos;s key…</source>
        <translation>Đang thay khóa của kho bảo mật…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="301"/>
        <source>The vault&apos;s key was changed: earlier copies of the key slots open nothing.</source>
        <translation>Đã thay khóa của kho bảo mật: các bản sao cũ của ô khóa không còn mở được gì.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="308"/>
        <source>New recovery key?</source>
        <translation>Tạo khóa khôi phục mới?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="310"/>
        <source>A new recovery key is made and shown once; the old one stops working. Continue?</source>
        <translation>Một khóa khôi phục mới sẽ được tạo và chỉ hiển thị một lần; khóa cũ sẽ hết hiệu lực. Tiếp tục?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="321"/>
        <source>Making a new recovery key…</source>
        <translation>Đang tạo khóa khôi phục mới…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="325"/>
        <source>A new recovery key was made; the old one no longer works.</source>
        <translation>Đã tạo khóa khôi phục mới; khóa cũ không còn hiệu lực.</translation>
    </message>
</context>
<context>
    <name>VaultAdminBox</name>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="34"/>
        <source>Vault</source>
        <translation>Kho bảo mật</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="36"/>
        <source>&amp;Back up to a folder…</source>
        <translation>&amp;Sao lưu vào một thư mục…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="43"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ một bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="46"/>
        <source>&amp;Change my passphrase</source>
        <translation>Đổi &amp;cụm mật khẩu của tôi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="54"/>
        <source>An encrypted copy; it opens with the same passphrases.</source>
        <translation>Một bản sao đã mã hóa; mở được bằng chính các cụm mật khẩu hiện có.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="59"/>
        <source>Current passphrase</source>
        <translation>Cụm mật khẩu hiện tại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="60"/>
        <source>New passphrase</source>
        <translation>Cụm mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="61"/>
        <source>Repeat new passphrase</source>
        <translation>Nhập lại cụm mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="69"/>
        <source>Typing it also destroys the real key slots on this laptop</source>
        <translation>Gõ cụm này cũng sẽ hủy các khe khóa thật trên máy tính này</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="71"/>
        <source>Set the &amp;duress passphrase</source>
        <translation>Đặt cụm mật khẩu &amp;khẩn cấp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="76"/>
        <source>A duress passphrase, typed at the lock screen when someone forces you to unlock, opens an empty vault of this organisation instead of this one.</source>
        <translation>Cụm mật khẩu khẩn cấp, khi được gõ ở màn hình khóa lúc có người ép bạn mở khóa, sẽ mở một kho bảo mật trống của tổ chức này thay cho kho bảo mật này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="83"/>
        <source>Duress passphrase</source>
        <translation>Cụm mật khẩu khẩn cấp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="84"/>
        <source>Repeat duress passphrase</source>
        <translation>Nhập lại cụm mật khẩu khẩn cấp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="93"/>
        <source>Choose an empty folder</source>
        <translation>Chọn một thư mục trống</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="98"/>
        <source>Choose the backup folder</source>
        <translation>Chọn thư mục chứa bản sao lưu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="111"/>
        <source>The backup was made on {made}.</source>
        <translation>Bản sao lưu được tạo ngày {made}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="112"/>
        <source>The vault here was last changed on {changed}.</source>
        <translation>Kho bảo mật hiện có ở đây được thay đổi lần gần nhất vào ngày {changed}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="116"/>
        <source>There is no vault here yet.</source>
        <translation>Ở đây chưa có kho bảo mật nào.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="119"/>
        <source>The backup is of ANOTHER vault.</source>
        <translation>Bản sao lưu này là của một kho bảo mật KHÁC.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="121"/>
        <source>Changes made here after the backup will be set aside.</source>
        <translation>Các thay đổi được thực hiện ở đây sau khi sao lưu sẽ được cất riêng ra, không nằm trong dữ liệu được khôi phục.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="124"/>
        <source>RRR Desktop locks, restores the backup, and keeps the vault it replaces in a folder beside it. Restore now?</source>
        <translation>RRR Desktop sẽ tự khóa, khôi phục bản sao lưu và giữ lại kho bảo mật bị thay thế trong một thư mục nằm cạnh thư mục của kho. Khôi phục ngay?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="130"/>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="139"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ một bản sao lưu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="141"/>
        <source>Your passphrase in the backup. The backup is opened and checked with it before anything here is replaced.</source>
        <translation>Cụm mật khẩu của bạn trong bản sao lưu. Bản sao lưu được mở và kiểm tra bằng cụm mật khẩu này trước khi bất cứ thứ gì ở đây bị thay thế.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="153"/>
        <source>Writing the encrypted backup…</source>
        <translation>Đang ghi bản sao lưu đã mã hóa…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="159"/>
        <source>Backup written to {folder}.</source>
        <translation>Đã ghi bản sao lưu vào {folder}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="166"/>
        <source>The two new passphrases differ.</source>
        <translation>Hai cụm mật khẩu mới không giống nhau.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="169"/>
        <source>Changing the passphrase…</source>
        <translation>Đang đổi cụm mật khẩu…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="174"/>
        <source>Passphrase changed.</source>
        <translation>Đã đổi cụm mật khẩu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="179"/>
        <source>The two duress passphrases differ.</source>
        <translation>Hai cụm mật khẩu khẩn cấp không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="182"/>
        <source>Setting the duress passphrase…</source>
        <translation>Đang đặt cụm mật khẩu khẩn cấp…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="190"/>
        <source>Duress passphrase set.</source>
        <translation>Đã đặt cụm mật khẩu khẩn cấp.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="215"/>
        <source>That did not work; nothing was changed.</source>
        <translation>Thao tác không thành công; không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>casetabs</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="46"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="47"/>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="48"/>
        <source>Shelter &amp; care</source>
        <translation>Tạm lánh &amp; chăm sóc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="49"/>
        <source>Consent</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="50"/>
        <source>Stage &amp; history</source>
        <translation>Giai đoạn &amp; lịch sử</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="80"/>
        <source>This tab could not be opened ({kind}).</source>
        <translation>Không thể mở thẻ này ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/__init__.py" line="16"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/__init__.py" line="23"/>
        <source>Reintegration plan</source>
        <translation>Kế hoạch tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/__init__.py" line="24"/>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="11"/>
        <source>Risk assessment</source>
        <translation>Đánh giá rủi ro</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="13"/>
        <source>Pre-departure checklist</source>
        <translation>Danh mục kiểm tra trước khi khởi hành</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="15"/>
        <source>Travel</source>
        <translation>Hành trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="16"/>
        <source>Messages</source>
        <translation>Thông điệp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/__init__.py" line="23"/>
        <source>Notes &amp; contacts</source>
        <translation>Ghi chú &amp; liên hệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/__init__.py" line="24"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="11"/>
        <source>The person understands and consents to every departure procedure.</source>
        <translation>Người được hỗ trợ hiểu và đồng ý với mọi thủ tục khởi hành.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="14"/>
        <source>A safe place to stay on arrival, at least temporary, has been agreed with the person.</source>
        <translation>Đã thống nhất với người được hỗ trợ về một nơi ở an toàn khi đến nơi, ít nhất là tạm thời.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="18"/>
        <source>Every legal, administrative, identity and travel document is in hand.</source>
        <translation>Đã có trong tay mọi giấy tờ pháp lý, hành chính, tùy thân và giấy tờ đi lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="21"/>
        <source>Service referrals and follow-up care have been explained and given to the person.</source>
        <translation>Việc chuyển gửi dịch vụ và chăm sóc theo dõi đã được giải thích và trao cho người được hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="25"/>
        <source>Documents and security information have been sent to the receiving organisation.</source>
        <translation>Giấy tờ và thông tin an ninh đã được gửi cho tổ chức tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="29"/>
        <source>Travel and services through partners in transit or at home are confirmed in advance, and the recommendations were sent and received.</source>
        <translation>Việc đi lại và các dịch vụ qua các đối tác ở nơi quá cảnh hoặc ở quê nhà đã được xác nhận trước, và các khuyến nghị đã được gửi và nhận.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="34"/>
        <source>The person holds copies of their own documents (medical care, case progress).</source>
        <translation>Người được hỗ trợ giữ bản sao giấy tờ của chính mình (chăm sóc y tế, tiến trình hồ sơ).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="38"/>
        <source>The person has been told every step of departure, transport and follow-up.</source>
        <translation>Người được hỗ trợ đã được cho biết mọi bước khởi hành, di chuyển và theo dõi sau đó.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="46"/>
        <source>Told their rights, options and the rules of return.</source>
        <translation>Đã được cho biết về quyền, các lựa chọn và quy định về việc trở về.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="49"/>
        <source>Given the phone number of the receiving organisation and a named contact person.</source>
        <translation>Đã được cung cấp số điện thoại của tổ chức tiếp nhận và tên một người liên hệ cụ thể.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="53"/>
        <source>Told about the travel grant, if any.</source>
        <translation>Đã được cho biết về trợ cấp đi lại, nếu có.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="54"/>
        <source>Told that alcohol is not allowed on the journey, especially with medication.</source>
        <translation>Đã được cho biết không được uống rượu bia trong hành trình, đặc biệt khi đang dùng thuốc.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="57"/>
        <source>Told what help is realistically available at home.</source>
        <translation>Đã được cho biết những hỗ trợ thực tế có thể nhận được ở quê nhà.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="60"/>
        <source>Told that the final reintegration plan is made by the receiving side.</source>
        <translation>Đã được cho biết kế hoạch tái hòa nhập cuối cùng do bên tiếp nhận lập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="63"/>
        <source>Given contact details of NGOs, lawyers, social welfare and a law-enforcement office at home.</source>
        <translation>Đã được cung cấp thông tin liên hệ của các tổ chức phi chính phủ, luật sư, cơ quan bảo trợ xã hội và một cơ quan thực thi pháp luật ở quê nhà.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="68"/>
        <source>Asked whether they want to be met by a local NGO on arrival.</source>
        <translation>Đã được hỏi có muốn một tổ chức phi chính phủ địa phương đón khi đến nơi hay không.</translation>
    </message>
</context>
<context>
    <name>consent_effects</name>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="15"/>
        <source>Return cannot be marked ready and the person cannot depart.</source>
        <translation>Không thể đánh dấu sẵn sàng trở về và người được hỗ trợ không thể khởi hành.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="18"/>
        <source>The checklist tick &apos;consents to every departure procedure&apos; is removed.</source>
        <translation>Dấu tích &apos;đồng ý với mọi thủ tục khởi hành&apos; trong danh mục kiểm tra sẽ bị bỏ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="24"/>
        <source>Nothing more may be shared with the receiving organisation; departure is blocked.</source>
        <translation>Không được chia sẻ thêm thông tin nào với tổ chức tiếp nhận; việc khởi hành bị chặn.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="30"/>
        <source>The embassy may not be contacted; no travel-document request letter can be made.</source>
        <translation>Không được liên hệ với đại sứ quán; không thể lập thư đề nghị cấp giấy tờ đi lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="36"/>
        <source>Letters to the embassy no longer mention trafficking.</source>
        <translation>Thư gửi đại sứ quán sẽ không còn nhắc đến việc mua bán người.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="41"/>
        <source>The person is no longer to be met on arrival by an NGO.</source>
        <translation>Người được hỗ trợ sẽ không còn được tổ chức phi chính phủ đón khi đến nơi.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../rrr_desktop/ui/crash.py" line="32"/>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/crash.py" line="33"/>
        <source>Something went wrong ({kind}). What was saved is safe in the vault; lock and unlock (Ctrl+L) to keep any typing not yet saved, and tell your administrator.</source>
        <translation>Đã xảy ra lỗi ({kind}). Những gì đã lưu vẫn an toàn trong kho bảo mật; hãy khóa rồi mở khóa (Ctrl+L) để giữ lại nội dung đã nhập nhưng chưa lưu, và báo cho quản trị viên của bạn.</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="111"/>
        <source>Line {line}: the column &apos;{column}&apos; is empty.</source>
        <translation>Dòng {line}: cột &apos;{column}&apos; bị trống.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="119"/>
        <source>Line {line}: unknown type &apos;{value}&apos;; use one of {allowed}.</source>
        <translation>Dòng {line}: loại &apos;{value}&apos; không hợp lệ; hãy dùng một trong các loại {allowed}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="129"/>
        <source>Line {line}: the country must be a two-letter ISO code such as KH.</source>
        <translation>Dòng {line}: quốc gia phải là mã ISO gồm hai chữ cái, ví dụ KH.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="140"/>
        <source>Line {line}: the date last verified must look like 2026-05-31.</source>
        <translation>Dòng {line}: ngày xác minh gần nhất phải có dạng 2026-05-31.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="147"/>
        <source>Line {line}: is_example must be yes or no.</source>
        <translation>Dòng {line}: is_example phải là yes hoặc no.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="169"/>
        <source>Line {line}: the column &apos;{column}&apos; is not valid.</source>
        <translation>Dòng {line}: cột &apos;{column}&apos; không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="184"/>
        <source>The file has no header row with the columns name, type and country.</source>
        <translation>Tệp không có dòng tiêu đề với các cột name, type và country.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="195"/>
        <source>A line of the file cannot be read (a cell larger than 128 KiB or a control character); nothing was imported.</source>
        <translation>Không thể đọc một dòng của tệp (có ô lớn hơn 128 KiB hoặc có ký tự điều khiển); không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="215"/>
        <source>Line {line}: more cells than columns (a comma inside an unquoted cell?).</source>
        <translation>Dòng {line}: số ô nhiều hơn số cột (có dấu phẩy trong một ô không có dấu ngoặc kép?).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="231"/>
        <source>Line {line}: the id is already used on line {other}.</source>
        <translation>Dòng {line}: mã định danh (id) đã được dùng ở dòng {other}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="210"/>
        <source>Line {line}: this id belongs to another record; clear it.</source>
        <translation>Dòng {line}: mã định danh (id) này thuộc về một bản ghi khác; hãy xóa mã này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="222"/>
        <source>Line {line}: this entry was verified by a person; only a supervisor may change it.</source>
        <translation>Dòng {line}: mục này đã được một người dùng xác minh; chỉ người giám sát mới được thay đổi mục này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="38"/>
        <source>Directory entry</source>
        <translation>Mục trong danh bạ dịch vụ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="54"/>
        <source>shelter; legal aid; counselling</source>
        <translation>nhà tạm lánh; trợ giúp pháp lý; tư vấn tâm lý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="56"/>
        <source>Verified on</source>
        <translation>Ngày xác minh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="66"/>
        <source>Still an example (not a real, checked organisation)</source>
        <translation>Vẫn là mục mẫu (không phải tổ chức thật đã được kiểm tra)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="74"/>
        <source>⚠ This is an example entry: replace its name and details with a real organisation you have checked.</source>
        <translation>⚠ Đây là mục mẫu: hãy thay tên và thông tin chi tiết bằng một tổ chức thật mà bạn đã kiểm tra.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="87"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="88"/>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="89"/>
        <source>Country:</source>
        <translation>Quốc gia:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="90"/>
        <source>Region or province:</source>
        <translation>Vùng hoặc tỉnh:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="91"/>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="92"/>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="93"/>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="94"/>
        <source>Contact person:</source>
        <translation>Người liên hệ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="95"/>
        <source>Languages:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="96"/>
        <source>Services:</source>
        <translation>Dịch vụ:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="99"/>
        <source>Last verified:</source>
        <translation>Xác minh gần nhất:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="100"/>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="177"/>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="182"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="178"/>
        <source>An entry needs at least a name.</source>
        <translation>Mỗi mục cần có ít nhất một tên.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="33"/>
        <source>Import the directory from CSV</source>
        <translation>Nhập danh bạ dịch vụ từ CSV</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="44"/>
        <source>⚠ {refused} row(s) are refused. Nothing will be imported until the file is corrected ({new} new and {updated} updated entries are otherwise ready).</source>
        <translation>⚠ {refused} dòng bị từ chối. Sẽ không có dữ liệu nào được nhập cho đến khi tệp được sửa (ngoài ra, {new} mục mới và {updated} mục cập nhật đã sẵn sàng).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="53"/>
        <source>The file holds no directory entries.</source>
        <translation>Tệp không chứa mục danh bạ dịch vụ nào.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="57"/>
        <source>Ready: {new} new and {updated} updated entries. Entries without a recent verification date will be flagged.</source>
        <translation>Sẵn sàng: {new} mục mới và {updated} mục cập nhật. Các mục không có ngày xác minh gần đây sẽ được gắn cờ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="67"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="68"/>
        <source>Why it was refused</source>
        <translation>Lý do bị từ chối</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="85"/>
        <source>Entry</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="86"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="87"/>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="88"/>
        <source>From the file</source>
        <translation>Từ tệp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="106"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="116"/>
        <source>Entries this file changes (✓: verified by a person; a changed contact must be verified again):</source>
        <translation>Các mục mà tệp này sẽ thay đổi (✓: đã được một người dùng xác minh; liên hệ bị thay đổi phải được xác minh lại):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="11"/>
        <source>NGO</source>
        <translation>Tổ chức phi chính phủ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="12"/>
        <source>Lawyer</source>
        <translation>Luật sư</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="13"/>
        <source>Social welfare</source>
        <translation>Bảo trợ xã hội</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="14"/>
        <source>Health</source>
        <translation>Y tế</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="15"/>
        <source>Law enforcement</source>
        <translation>Cơ quan thực thi pháp luật</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="16"/>
        <source>Shelter</source>
        <translation>Nhà tạm lánh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="17"/>
        <source>Embassy</source>
        <translation>Đại sứ quán</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="32"/>
        <source>Example: not a real entry</source>
        <translation>Mẫu: không phải mục thật</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="34"/>
        <source>Never verified</source>
        <translation>Chưa từng được xác minh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="37"/>
        <source>To verify (last {day})</source>
        <translation>Cần xác minh (lần gần nhất {day})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="38"/>
        <source>✓ Verified {day}</source>
        <translation>✓ Đã xác minh {day}</translation>
    </message>
</context>
<context>
    <name>embassy</name>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="192"/>
        <source>The person&apos;s nationality is not recorded, so no embassy can be asked.</source>
        <translation>Chưa ghi nhận quốc tịch của người được hỗ trợ, nên không thể gửi đề nghị đến đại sứ quán nào.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="202"/>
        <source>The requesting organisation&apos;s name is missing.</source>
        <translation>Thiếu tên của tổ chức đề nghị.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="211"/>
        <source>The organisation name or the document named would reveal the person&apos;s situation to the embassy; give a neutral name for the letter.</source>
        <translation>Tên tổ chức hoặc tên giấy tờ được nêu sẽ làm lộ hoàn cảnh của người được hỗ trợ với đại sứ quán; hãy ghi một tên trung lập cho thư.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="229"/>
        <source>No name is confirmed as neutral for letters to the embassy of {country}; a supervisor confirms one first.</source>
        <translation>Chưa có tên nào được xác nhận là trung lập cho thư gửi đại sứ quán {country}; người giám sát cần xác nhận một tên trước.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="241"/>
        <source>Letters to this embassy carry only the name confirmed as neutral for it: {name}.</source>
        <translation>Thư gửi đại sứ quán này chỉ được ghi tên đã được xác nhận là trung lập đối với đại sứ quán đó: {name}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="96"/>
        <source>The letter would reveal the person&apos;s situation to the embassy without their consent.</source>
        <translation>Thư này sẽ làm lộ hoàn cảnh của người được hỗ trợ với đại sứ quán khi chưa có sự đồng ý của họ.</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="25"/>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="26"/>
        <source>Shelter and care</source>
        <translation>Tạm lánh và chăm sóc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="27"/>
        <source>Return preparation</source>
        <translation>Chuẩn bị trở về</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="28"/>
        <source>Travel</source>
        <translation>Hành trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="29"/>
        <source>Reintegration</source>
        <translation>Tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="30"/>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="31"/>
        <location filename="../rrr_desktop/ui/labels.py" line="77"/>
        <source>Testimony</source>
        <translation>Cung cấp lời khai</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="32"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="33"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="34"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="35"/>
        <location filename="../rrr_desktop/ui/labels.py" line="42"/>
        <location filename="../rrr_desktop/ui/labels.py" line="56"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="36"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="37"/>
        <source>Police</source>
        <translation>Cảnh sát</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="38"/>
        <source>Labour inspection</source>
        <translation>Thanh tra lao động</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="39"/>
        <source>NGO</source>
        <translation>Tổ chức phi chính phủ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="40"/>
        <source>Self-referred</source>
        <translation>Tự tìm đến</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="41"/>
        <source>Embassy</source>
        <translation>Đại sứ quán</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="43"/>
        <source>Identified victim of trafficking</source>
        <translation>Nạn nhân bị mua bán người đã được xác định</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="46"/>
        <source>Deported migrant</source>
        <translation>Người di cư bị trục xuất</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="47"/>
        <source>Returned on their own</source>
        <translation>Tự trở về</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="48"/>
        <source>Domestic work</source>
        <translation>Giúp việc gia đình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="49"/>
        <source>Sexual exploitation</source>
        <translation>Bóc lột tình dục</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="50"/>
        <source>Plantation</source>
        <translation>Đồn điền</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="51"/>
        <source>Construction</source>
        <translation>Xây dựng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="52"/>
        <source>Forced begging</source>
        <translation>Cưỡng bức ăn xin</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="53"/>
        <source>Restaurant</source>
        <translation>Nhà hàng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="54"/>
        <source>Fishing</source>
        <translation>Đánh bắt cá</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="55"/>
        <source>Factory</source>
        <translation>Nhà máy</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="57"/>
        <source>No asylum application</source>
        <translation>Không có đơn xin tị nạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="58"/>
        <source>Wishes to apply for asylum</source>
        <translation>Muốn nộp đơn xin tị nạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="59"/>
        <source>Asylum procedure pending</source>
        <translation>Thủ tục tị nạn đang chờ xử lý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="60"/>
        <source>Asylum decided (outcome not recorded)</source>
        <translation>Đã có quyết định về tị nạn (chưa ghi nhận kết quả)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="61"/>
        <source>Asylum granted</source>
        <translation>Được cấp quy chế tị nạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="62"/>
        <source>Asylum refused</source>
        <translation>Đơn xin tị nạn bị từ chối</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="63"/>
        <source>Assistance</source>
        <translation>Nhận hỗ trợ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="64"/>
        <source>Processing of personal data</source>
        <translation>Xử lý dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="65"/>
        <source>Sharing with the receiving organisation</source>
        <translation>Chia sẻ với tổ chức tiếp nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="68"/>
        <source>Contact with the embassy</source>
        <translation>Liên hệ với đại sứ quán</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="69"/>
        <source>Telling the embassy about the trafficking</source>
        <translation>Thông báo cho đại sứ quán về việc bị mua bán người</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="72"/>
        <source>Family tracing</source>
        <translation>Truy tìm gia đình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="73"/>
        <source>Medical examination</source>
        <translation>Khám sức khỏe</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="74"/>
        <source>Reintegration services</source>
        <translation>Dịch vụ tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="75"/>
        <source>Being met on arrival</source>
        <translation>Được đón khi đến nơi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="76"/>
        <source>Voluntary return</source>
        <translation>Tự nguyện trở về</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="78"/>
        <source>Not asked</source>
        <translation>Chưa hỏi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="79"/>
        <source>Given</source>
        <translation>Đã đồng ý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="80"/>
        <source>Declined</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="81"/>
        <source>Withdrawn</source>
        <translation>Đã rút lại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="82"/>
        <source>Written</source>
        <translation>Bằng văn bản</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="83"/>
        <source>Verbal, with a witness</source>
        <translation>Bằng lời nói, có người làm chứng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="84"/>
        <source>By the guardian</source>
        <translation>Do người giám hộ đưa ra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="85"/>
        <source>Consent</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="86"/>
        <source>Vital interest</source>
        <translation>Lợi ích sống còn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="87"/>
        <source>Legal obligation</source>
        <translation>Nghĩa vụ pháp lý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="88"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="89"/>
        <source>Supervisor</source>
        <translation>Người giám sát</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="90"/>
        <source>Caseworker</source>
        <translation>Cán bộ phụ trách hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="91"/>
        <source>Data officer</source>
        <translation>Cán bộ quản lý dữ liệu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="92"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="93"/>
        <source>Phone call</source>
        <translation>Cuộc gọi điện thoại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="94"/>
        <source>Visit</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="95"/>
        <source>Meeting</source>
        <translation>Cuộc gặp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="96"/>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="97"/>
        <source>Identity or travel document</source>
        <translation>Giấy tờ tùy thân hoặc giấy tờ đi lại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="98"/>
        <source>Signed form or checklist</source>
        <translation>Biểu mẫu hoặc danh mục kiểm tra đã ký</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="99"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="100"/>
        <source>Medical record</source>
        <translation>Giấy tờ y tế</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="101"/>
        <source>Letter</source>
        <translation>Thư</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="102"/>
        <source>Other document</source>
        <translation>Giấy tờ khác</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../rrr_desktop/cli/bundle.py" line="168"/>
        <source>No single peer matches {text}; use its fingerprint from &apos;rrr peer list&apos;.</source>
        <translation>Không có một bên kết nối duy nhất nào khớp với {text}; hãy dùng mã vân tay của bên đó, lấy từ &apos;rrr peer list&apos;.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="276"/>
        <source>No embassy letter for {reference}: {reasons}</source>
        <translation>Không thể lập thư gửi đại sứ quán cho hồ sơ {reference}: {reasons}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="40"/>
        <source>The user name or passphrase is not correct.</source>
        <translation>Tên người dùng hoặc cụm mật khẩu không đúng.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="46"/>
        <source>No vault found in {where}. Create one with &apos;rrr init&apos; or the set-up window.</source>
        <translation>Không tìm thấy kho bảo mật trong {where}. Hãy tạo kho bảo mật bằng &apos;rrr init&apos; hoặc cửa sổ thiết lập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="57"/>
        <source>A vault already exists in {where}; refusing to overwrite it.</source>
        <translation>Đã có một kho bảo mật trong {where}; kho đó sẽ không bị ghi đè.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="70"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>Kho bảo mật đang khóa. Hãy mở khóa để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="78"/>
        <source>The vault in {where} is on read-only media (a write-protected stick or a folder without permission): it is open for reading and reports only. Nothing can be recorded there, so nothing can be printed or copied out of it either. To work in it, copy the folder to a writable disk.</source>
        <translation>Kho bảo mật trong {where} nằm trên phương tiện lưu trữ chỉ đọc (ổ USB bị khóa ghi hoặc thư mục không có quyền ghi): kho chỉ mở được để đọc và lập báo cáo. Không thể ghi lại gì ở đó, nên cũng không thể in hay sao chép gì ra khỏi kho. Để làm việc trong kho, hãy sao chép thư mục sang một ổ đĩa ghi được.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="112"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy: không có gì được lưu. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="127"/>
        <source>This bundle was already imported; importing it again is refused.</source>
        <translation>Gói dữ liệu này đã được nhập trước đó; không được phép nhập lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="37"/>
        <source>This passphrase bundle asks for more memory to open than RRR Desktop allows; it was refused. Ask the sender to send it to this installation&apos;s contact card instead.</source>
        <translation>Gói dữ liệu có cụm mật khẩu này cần nhiều bộ nhớ để mở hơn mức RRR Desktop cho phép; gói đã bị từ chối. Hãy đề nghị bên gửi gửi lại gói dữ liệu bằng thẻ liên hệ của bản cài đặt này thay vì dùng cụm mật khẩu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="47"/>
        <source>Cancelled: nothing was written or changed.</source>
        <translation>Đã hủy: không có gì được ghi hoặc thay đổi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="124"/>
        <source>This bundle is too large for a passphrase; add the recipient&apos;s contact card and send it to their key instead.</source>
        <translation>Gói dữ liệu này quá lớn để bảo vệ bằng cụm mật khẩu; thay vào đó, hãy thêm thẻ liên hệ của bên nhận và gửi gói dữ liệu bằng khóa của bên nhận.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="133"/>
        <source>This laptop would protect the bundle with a passphrase cost the receiver refuses; send it to the recipient&apos;s contact card instead.</source>
        <translation>Máy tính này sẽ bảo vệ gói dữ liệu bằng cụm mật khẩu ở mức tiêu tốn tài nguyên mà bên nhận không chấp nhận; thay vào đó, hãy gửi gói dữ liệu bằng thẻ liên hệ của bên nhận.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="221"/>
        <source>This bundle is protected by a passphrase; enter the passphrase to open it.</source>
        <translation>Gói dữ liệu này được bảo vệ bằng cụm mật khẩu; hãy nhập cụm mật khẩu để mở.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="256"/>
        <source>This passphrase bundle is larger than allowed; it was refused.</source>
        <translation>Gói dữ liệu có cụm mật khẩu này lớn hơn mức cho phép; gói đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="239"/>
        <source>The passphrase is wrong or the bundle is damaged; nothing was imported.</source>
        <translation>Cụm mật khẩu không đúng hoặc gói dữ liệu bị hỏng; không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="188"/>
        <source>This bundle is not addressed to this installation (or the passphrase is wrong); ask the sender to make it for this installation&apos;s contact card.</source>
        <translation>Gói dữ liệu này không được gửi cho bản cài đặt này (hoặc cụm mật khẩu không đúng); hãy đề nghị bên gửi tạo gói dữ liệu cho thẻ liên hệ của bản cài đặt này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="195"/>
        <source>This file is not an RRR bundle or it is damaged.</source>
        <translation>Tệp này không phải là gói dữ liệu RRR hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="199"/>
        <source>The bundle is damaged or incomplete (it changed after it was made); copy it again from the sender.</source>
        <translation>Gói dữ liệu bị hỏng hoặc không đầy đủ (đã bị thay đổi sau khi được tạo); hãy sao chép lại từ bên gửi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="269"/>
        <source>The bundle&apos;s signature does not match its sender&apos;s key: it was changed or forged.</source>
        <translation>Chữ ký của gói dữ liệu không khớp với khóa của bên gửi: gói đã bị thay đổi hoặc giả mạo.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="277"/>
        <source>The bundle is damaged (its manifest is misplaced).</source>
        <translation>Gói dữ liệu bị hỏng (bản kê nội dung nằm sai vị trí).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="283"/>
        <source>The bundle&apos;s contents do not match its signed manifest: it was changed after it was made.</source>
        <translation>Nội dung của gói dữ liệu không khớp với bản kê nội dung đã ký: gói đã bị thay đổi sau khi được tạo.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="42"/>
        <source>The bundle contains a member with a forbidden name (a path outside the bundle); it was refused.</source>
        <translation>Gói dữ liệu chứa một tệp thành phần có tên không được phép (một đường dẫn ra ngoài gói); gói đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="143"/>
        <source>This file is not an RRR bundle of a known format.</source>
        <translation>Tệp này không phải là gói dữ liệu RRR ở định dạng đã biết.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="174"/>
        <source>The bundle is damaged (a block is too large).</source>
        <translation>Gói dữ liệu bị hỏng (một khối dữ liệu quá lớn).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="188"/>
        <source>The bundle is damaged (data after its end).</source>
        <translation>Gói dữ liệu bị hỏng (có dữ liệu nằm sau điểm kết thúc của gói).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="197"/>
        <source>The bundle contains a member with an unreadable name.</source>
        <translation>Gói dữ liệu chứa một tệp thành phần có tên không đọc được.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="201"/>
        <source>The bundle contains too many members; it was refused.</source>
        <translation>Gói dữ liệu chứa quá nhiều tệp thành phần; gói đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="206"/>
        <source>The bundle contains the same member twice; it was refused.</source>
        <translation>Gói dữ liệu chứa cùng một tệp thành phần hai lần; gói đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="224"/>
        <source>The bundle contains a member larger than allowed; it was refused.</source>
        <translation>Gói dữ liệu chứa một tệp thành phần lớn hơn mức cho phép; gói đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="246"/>
        <source>The bundle is incomplete (it was cut short); copy it again from the sender.</source>
        <translation>Gói dữ liệu không đầy đủ (bị cắt ngắn); hãy sao chép lại từ bên gửi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="163"/>
        <source>Case {reference} cannot be referred: {reason} Record that consent first.</source>
        <translation>Không thể chuyển gửi hồ sơ {reference}: {reason} Hãy ghi nhận sự đồng ý đó trước.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="177"/>
        <source>A referral needs at least one case: name it with its reference.</source>
        <translation>Việc chuyển gửi cần có ít nhất một hồ sơ: hãy nêu hồ sơ bằng mã hồ sơ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="243"/>
        <source>Case {reference} was not referred to us by the chosen organisation; a status report goes only back to the organisation that referred the case.</source>
        <translation>Hồ sơ {reference} không phải do tổ chức đã chọn chuyển gửi cho chúng tôi; báo cáo tình hình chỉ được gửi lại cho tổ chức đã chuyển gửi hồ sơ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="259"/>
        <source>The chosen organisation referred no case to us to report on.</source>
        <translation>Tổ chức đã chọn chưa chuyển gửi hồ sơ nào cho chúng tôi, nên không có hồ sơ nào để báo cáo tình hình.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="89"/>
        <source>Record {reference} in the bundle is not a valid case; nothing was imported. Ask the sender to check their version of RRR Desktop.</source>
        <translation>Bản ghi {reference} trong gói dữ liệu không phải là hồ sơ hợp lệ; không có dữ liệu nào được nhập. Hãy đề nghị bên gửi kiểm tra phiên bản RRR Desktop của họ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="148"/>
        <source>The bundle lists the same record twice; it was refused.</source>
        <translation>Gói dữ liệu liệt kê cùng một bản ghi hai lần; gói đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="156"/>
        <source>A referral or status bundle may carry only cases; it was refused.</source>
        <translation>Gói dữ liệu chuyển gửi hoặc gói báo cáo tình hình chỉ được chứa hồ sơ; gói này đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="169"/>
        <source>The bundle would change a record into another kind; it was refused.</source>
        <translation>Gói dữ liệu sẽ biến một bản ghi thành một loại bản ghi khác; gói đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="308"/>
        <source>The status report is about a case that was not referred to its sender from here; it was refused.</source>
        <translation>Báo cáo tình hình nói về một hồ sơ không được chuyển gửi từ đây đến bên gửi báo cáo; báo cáo đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="316"/>
        <source>The status report carries more than follow-up status; it was refused.</source>
        <translation>Báo cáo tình hình chứa nhiều thông tin hơn trạng thái theo dõi; báo cáo đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="89"/>
        <source>This installation has no handoff keys yet, so no bundle can be addressed to it; export its contact card first.</source>
        <translation>Bản cài đặt này chưa có khóa bàn giao nên chưa thể gửi gói dữ liệu nào đến đây; hãy xuất thẻ liên hệ của bản cài đặt này trước.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="119"/>
        <source>The bundle has no manifest; it is damaged or not an RRR bundle.</source>
        <translation>Gói dữ liệu không có bản kê nội dung; gói bị hỏng hoặc không phải là gói dữ liệu RRR.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="128"/>
        <source>This bundle comes from an unknown sender; add their contact card and compare its fingerprint before importing.</source>
        <translation>Gói dữ liệu này đến từ một bên gửi chưa biết; hãy thêm thẻ liên hệ của họ và so sánh mã vân tay trước khi nhập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="136"/>
        <source>The sender {org} is not trusted yet; compare the fingerprint {fingerprint} with them, then trust the card.</source>
        <translation>Bên gửi {org} chưa được tin cậy; hãy so sánh mã vân tay {fingerprint} với họ, sau đó tin cậy thẻ này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="147"/>
        <source>The bundle&apos;s sender does not match the trusted contact card.</source>
        <translation>Bên gửi của gói dữ liệu không khớp với thẻ liên hệ đã được tin cậy.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="154"/>
        <source>This bundle was made for another recipient; it cannot be imported here.</source>
        <translation>Gói dữ liệu này được tạo cho một bên nhận khác; không thể nhập ở đây.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="161"/>
        <source>A sync bundle comes only from a device of this organisation; this one is from {org}.</source>
        <translation>Gói dữ liệu đồng bộ hóa chỉ có thể đến từ một thiết bị của tổ chức này; gói này đến từ {org}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="170"/>
        <source>Referrals and status reports come from another organisation.</source>
        <translation>Gói chuyển gửi và báo cáo tình hình phải đến từ một tổ chức khác.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="179"/>
        <source>The bundle has no records; it is damaged.</source>
        <translation>Gói dữ liệu không có bản ghi nào; gói đã bị hỏng.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="206"/>
        <source>The bundle contains a file with an unknown name; it was refused.</source>
        <translation>Gói dữ liệu chứa một tệp có tên không xác định; gói đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="218"/>
        <source>The bundle contains an attached file larger than allowed; it was refused.</source>
        <translation>Gói dữ liệu chứa một tệp đính kèm lớn hơn mức cho phép; gói đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="229"/>
        <source>An attached file in the bundle does not match its fingerprint; nothing was imported.</source>
        <translation>Một tệp đính kèm trong gói dữ liệu không khớp với mã vân tay của tệp; không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="268"/>
        <source>The bundle file changed while it was being read; nothing was imported.</source>
        <translation>Tệp gói dữ liệu đã thay đổi trong khi đang được đọc; không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="276"/>
        <source>The bundle&apos;s record count does not match its manifest; it was refused.</source>
        <translation>Số bản ghi trong gói dữ liệu không khớp với bản kê nội dung; gói đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="33"/>
        <source>The bundle contains a damaged record; it was refused. Ask the sender for a new bundle.</source>
        <translation>Gói dữ liệu chứa một bản ghi bị hỏng; gói đã bị từ chối. Hãy đề nghị bên gửi gửi một gói dữ liệu mới.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="46"/>
        <source>The bundle contains a record nested too deeply to be a case; it was refused.</source>
        <translation>Gói dữ liệu chứa một bản ghi lồng nhau quá nhiều cấp nên không thể là một hồ sơ; gói đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="100"/>
        <source>The bundle contains a record larger than allowed; it was refused.</source>
        <translation>Gói dữ liệu chứa một bản ghi lớn hơn mức cho phép; gói đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/keys.py" line="149"/>
        <source>This file is not a valid RRR contact card; ask for a new card file.</source>
        <translation>Tệp này không phải là thẻ liên hệ RRR hợp lệ; hãy yêu cầu một tệp thẻ mới.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/keys.py" line="161"/>
        <source>This contact card comes from a newer version of RRR Desktop; update RRR Desktop here first.</source>
        <translation>Thẻ liên hệ này được tạo bằng phiên bản RRR Desktop mới hơn; trước tiên, hãy cập nhật RRR Desktop trên máy này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="103"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="110"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="140"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="147"/>
        <source>The bundle&apos;s manifest is damaged; ask the sender for a new copy.</source>
        <translation>Bản kê nội dung của gói dữ liệu bị hỏng; hãy đề nghị bên gửi gửi một bản mới.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="119"/>
        <source>This bundle was made by a newer version of RRR Desktop; update this installation, then import it again.</source>
        <translation>Gói dữ liệu này được tạo bằng phiên bản RRR Desktop mới hơn; hãy cập nhật bản cài đặt này, sau đó nhập lại gói dữ liệu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="129"/>
        <source>This bundle was made by an older version of RRR Desktop (before sync format 2); ask the sender to update RRR Desktop and make a new bundle. Nothing was imported.</source>
        <translation>Gói dữ liệu này được tạo bằng phiên bản RRR Desktop cũ hơn (trước định dạng đồng bộ hóa 2); hãy đề nghị bên gửi cập nhật RRR Desktop và tạo gói dữ liệu mới. Không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="51"/>
        <source>Choose &apos;ours&apos;, &apos;theirs&apos;, the number of one of the values, or &apos;new&apos; with a value.</source>
        <translation>Hãy chọn &apos;ours&apos;, &apos;theirs&apos;, số thứ tự của một trong các giá trị, hoặc &apos;new&apos; kèm một giá trị.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="68"/>
        <location filename="../rrr_desktop/handoff/resolve.py" line="108"/>
        <source>Choose a value between 1 and {count}.</source>
        <translation>Hãy chọn một giá trị từ 1 đến {count}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="81"/>
        <source>Every value of this field was written on this laptop.</source>
        <translation>Mọi giá trị của trường này đều được ghi trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="92"/>
        <location filename="../rrr_desktop/handoff/resolve.py" line="148"/>
        <source>The record of this conflict no longer exists.</source>
        <translation>Bản ghi chứa xung đột này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="115"/>
        <source>This conflict was already resolved.</source>
        <translation>Xung đột này đã được giải quyết.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="122"/>
        <source>That value would make the case invalid; choose another one.</source>
        <translation>Giá trị đó sẽ làm hồ sơ không hợp lệ; hãy chọn giá trị khác.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="137"/>
        <location filename="../rrr_desktop/services/handoff.py" line="793"/>
        <source>This conflict was already resolved or does not exist.</source>
        <translation>Xung đột này đã được giải quyết hoặc không tồn tại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="90"/>
        <source>The letter would reveal the person&apos;s situation without their consent.</source>
        <translation>Thư này sẽ làm lộ hoàn cảnh của người được hỗ trợ khi chưa có sự đồng ý của họ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/render.py" line="242"/>
        <source>The printer or PDF file could not be opened for writing.</source>
        <translation>Không thể mở máy in hoặc tệp PDF để ghi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="43"/>
        <source>{folder} cannot be written (read-only media or no permission). Nothing was saved there; choose another place.</source>
        <translation>Không thể ghi vào {folder} (phương tiện lưu trữ chỉ đọc hoặc không có quyền ghi). Không có gì được lưu ở đó; hãy chọn nơi khác.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="52"/>
        <location filename="../rrr_desktop/printing/render.py" line="328"/>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="290"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="56"/>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>{path} đã tồn tại; không có gì bị ghi đè.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="61"/>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} là một thư mục; hãy chọn một tên tệp.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="64"/>
        <source>{path} could not be written (the disk reported an error). Nothing was saved there; try another place or another stick.</source>
        <translation>Không thể ghi {path} (ổ đĩa báo lỗi). Không có gì được lưu ở đó; hãy thử nơi khác hoặc một ổ USB khác.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="199"/>
        <source>{path} is too large for a file of this kind.</source>
        <translation>{path} quá lớn đối với loại tệp này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="209"/>
        <source>There is no file {path}.</source>
        <translation>Không có tệp {path}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="212"/>
        <source>{path} is a folder; choose a file.</source>
        <translation>{path} là một thư mục; hãy chọn một tệp.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="214"/>
        <source>{path} could not be read.</source>
        <translation>Không thể đọc {path}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="219"/>
        <source>{path} is not a file; choose a file.</source>
        <translation>{path} không phải là tệp; hãy chọn một tệp.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="318"/>
        <source>Cannot write the PDF file {file}.</source>
        <translation>Không thể ghi tệp PDF {file}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="34"/>
        <location filename="../rrr_desktop/services/audit_service.py" line="156"/>
        <source>verify the audit log</source>
        <translation>xác minh nhật ký kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="99"/>
        <source>This is not an audit checkpoint of RRR Desktop.</source>
        <translation>Đây không phải là mốc đối chiếu của nhật ký kiểm tra RRR Desktop.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="147"/>
        <source>write an audit checkpoint</source>
        <translation>ghi mốc đối chiếu cho nhật ký kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="203"/>
        <source>read the audit log</source>
        <translation>xem nhật ký kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="59"/>
        <source>This case is not assigned to you.</source>
        <translation>Hồ sơ này không được giao cho bạn.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="77"/>
        <source>Only a supervisor may change records of the whole organisation.</source>
        <translation>Chỉ người giám sát mới được thay đổi các bản ghi chung của toàn tổ chức.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="173"/>
        <source>A case reference cannot be changed.</source>
        <translation>Không thể thay đổi mã hồ sơ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="201"/>
        <location filename="../rrr_desktop/services/cases.py" line="224"/>
        <source>Only a supervisor may change {field}.</source>
        <translation>Chỉ người giám sát mới được thay đổi {field}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="204"/>
        <source>{field} is not changed by editing the case: it has a command of its own, which checks what it must and records who did it. Nothing was saved.</source>
        <translation>Không thể thay đổi {field} bằng cách sửa hồ sơ: mục này có lệnh riêng, lệnh đó kiểm tra những gì cần kiểm tra và ghi lại ai đã thực hiện. Không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="229"/>
        <source>{field} has a command of its own: keep one of the values here, then change it with that command.</source>
        <translation>{field} có lệnh riêng: hãy giữ một trong các giá trị ở đây, rồi thay đổi bằng lệnh đó.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="257"/>
        <location filename="../rrr_desktop/services/cases.py" line="268"/>
        <source>assign cases</source>
        <translation>giao hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="295"/>
        <source>{reference} cannot move to {stage}: {reasons}</source>
        <translation>Hồ sơ {reference} không thể chuyển sang {stage}: {reasons}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="95"/>
        <source>No directory entry has this id.</source>
        <translation>Không có mục nào trong danh bạ dịch vụ có mã định danh (id) này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="142"/>
        <source>change a verified directory entry</source>
        <translation>thay đổi một mục đã được xác minh trong danh bạ dịch vụ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="153"/>
        <source>This id belongs to another kind of record.</source>
        <translation>Mã định danh (id) này thuộc về một loại bản ghi khác.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="167"/>
        <source>An example entry must be replaced by a real one, not verified.</source>
        <translation>Mục mẫu phải được thay bằng một mục thật, không được đánh dấu là đã xác minh.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="175"/>
        <source>A verification date cannot be in the future.</source>
        <translation>Ngày xác minh không được là một ngày trong tương lai.</translation>
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
        <translation>{count} dòng của tệp bị từ chối nên không có dữ liệu nào được nhập; dòng đầu tiên: {problem}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="265"/>
        <source>The file holds no directory entries.</source>
        <translation>Tệp không chứa mục danh bạ dịch vụ nào.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="271"/>
        <source>add contact cards of other installations</source>
        <translation>thêm thẻ liên hệ của các bản cài đặt khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="277"/>
        <source>This is this installation&apos;s own contact card.</source>
        <translation>Đây là thẻ liên hệ của chính bản cài đặt này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="282"/>
        <source>The card {fingerprint} was already added.</source>
        <translation>Thẻ {fingerprint} đã được thêm trước đó.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="295"/>
        <source>No peer with the fingerprint {fingerprint}; run &apos;rrr peer list&apos;.</source>
        <translation>Không có bên kết nối nào có mã vân tay {fingerprint}; hãy chạy &apos;rrr peer list&apos;.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="304"/>
        <source>trust other installations</source>
        <translation>tin cậy các bản cài đặt khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="317"/>
        <source>join this vault to another organisation</source>
        <translation>cho kho bảo mật này gia nhập một tổ chức khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="322"/>
        <source>Trust the peer&apos;s card before joining its organisation.</source>
        <translation>Hãy tin cậy thẻ của bên kết nối trước khi gia nhập tổ chức của bên đó.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="335"/>
        <source>This peer&apos;s card does not name a valid organisation (a name of at least two characters and a two-letter country code); ask the peer for a new card file.</source>
        <translation>Thẻ của đối tác này không ghi một tổ chức hợp lệ (tên ít nhất hai ký tự và mã quốc gia hai chữ cái); hãy xin đối tác một tệp thẻ mới.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="345"/>
        <source>Only an empty vault can join another organisation.</source>
        <translation>Chỉ kho bảo mật trống mới có thể gia nhập một tổ chức khác.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="379"/>
        <source>write a sync bundle of all cases</source>
        <translation>ghi gói dữ liệu đồng bộ hóa gồm tất cả hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="389"/>
        <source>Choose a trusted peer, or a passphrase and the recipient organisation.</source>
        <translation>Hãy chọn một bên kết nối đã được tin cậy, hoặc một cụm mật khẩu và tổ chức nhận.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="396"/>
        <source>Trust {org} (compare the fingerprint) before sending.</source>
        <translation>Hãy tin cậy {org} (so sánh mã vân tay) trước khi gửi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="404"/>
        <source>A sync bundle goes only to a device of this organisation.</source>
        <translation>Gói dữ liệu đồng bộ hóa chỉ được gửi đến một thiết bị của tổ chức này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="411"/>
        <source>Referrals and status reports go to another organisation.</source>
        <translation>Gói chuyển gửi và báo cáo tình hình phải được gửi đến một tổ chức khác.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="418"/>
        <source>A status report goes to the peer that referred the case.</source>
        <translation>Báo cáo tình hình phải được gửi đến bên kết nối đã chuyển gửi hồ sơ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="569"/>
        <source>import a sync bundle</source>
        <translation>nhập gói dữ liệu đồng bộ hóa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="816"/>
        <source>A new value is written one field at a time.</source>
        <translation>Giá trị mới chỉ được nhập cho từng trường một.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="37"/>
        <location filename="../rrr_desktop/services/return_prep.py" line="314"/>
        <source>A country is a two-letter code, e.g. KH.</source>
        <translation>Quốc gia phải là mã gồm hai chữ cái, ví dụ: KH.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="93"/>
        <source>A holiday needs a name.</source>
        <translation>Ngày lễ cần có tên.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="105"/>
        <source>The holiday could not be added.</source>
        <translation>Không thể thêm ngày lễ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="113"/>
        <source>{day} is not a holiday in {country}.</source>
        <translation>{day} không phải là ngày lễ ở {country}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="132"/>
        <source>Choose one to three weekend days, from Monday (0) to Sunday (6).</source>
        <translation>Hãy chọn từ một đến ba ngày nghỉ cuối tuần, từ thứ Hai (0) đến Chủ nhật (6).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="149"/>
        <source>The file is not UTF-8 or UTF-16 text; save it from the spreadsheet program as &apos;CSV UTF-8&apos; or &apos;Unicode text&apos;.</source>
        <translation>Tệp không phải là văn bản UTF-8 hoặc UTF-16; hãy lưu lại tệp từ chương trình bảng tính dưới dạng &apos;CSV UTF-8&apos; hoặc &apos;Unicode text&apos;.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="212"/>
        <source>The file is empty: it has no header row.</source>
        <translation>Tệp trống: không có dòng tiêu đề.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="165"/>
        <source>The file has more than {max} rows; split it into parts.</source>
        <translation>Tệp có hơn {max} dòng; hãy chia tệp thành nhiều phần.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="172"/>
        <source>The file has more than {max} columns; remove the columns that are not needed.</source>
        <translation>Tệp có hơn {max} cột; hãy xóa các cột không cần thiết.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="227"/>
        <source>The file is not a readable .xlsx workbook.</source>
        <translation>Tệp không phải là bảng tính .xlsx đọc được.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="233"/>
        <source>The workbook unpacks to more than {max} MB; save it as CSV UTF-8 or split it into parts.</source>
        <translation>Khi giải nén, bảng tính này lớn hơn {max} MB; hãy lưu thành CSV UTF-8 hoặc chia thành nhiều phần.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="244"/>
        <source>The sheet has more than {max} cells, counting empty formatted ones; copy only the table into a new workbook.</source>
        <translation>Trang tính có hơn {max} ô, kể cả các ô trống đã định dạng; hãy chỉ sao chép phần bảng sang một bảng tính mới.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="451"/>
        <source>The file is larger than {max} MB; split it into parts.</source>
        <translation>Tệp lớn hơn {max} MB; hãy chia tệp thành nhiều phần.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="468"/>
        <source>Old .xls workbooks cannot be read; save it as .xlsx or CSV UTF-8.</source>
        <translation>Không thể đọc bảng tính .xls kiểu cũ; hãy lưu tệp dưới dạng .xlsx hoặc CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="484"/>
        <source>Row {row} of the file cannot be read (a cell is larger than 128 KiB or holds a control character). Check the file in the spreadsheet program.</source>
        <translation>Không thể đọc dòng {row} của tệp (có ô lớn hơn 128 KiB hoặc chứa ký tự điều khiển). Hãy kiểm tra tệp trong chương trình bảng tính.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="502"/>
        <source>The file has no column named {column}.</source>
        <translation>Tệp không có cột nào tên là {column}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="507"/>
        <source>{field} is not a field; choose one of {fields}.</source>
        <translation>{field} không phải là một trường; hãy chọn một trong các trường {fields}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="520"/>
        <source>Several columns are mapped to {field}; map each field once.</source>
        <translation>Có nhiều cột được gán cho trường {field}; mỗi trường chỉ được gán một cột.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="528"/>
        <source>No column is mapped to {field}; it is needed for every case.</source>
        <translation>Chưa có cột nào được gán cho trường {field}; trường này cần có cho mọi hồ sơ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="776"/>
        <location filename="../rrr_desktop/services/importing.py" line="811"/>
        <source>{count} rows cannot be imported, so nothing was imported; correct them and try again.</source>
        <translation>{count} dòng không thể nhập nên không có dữ liệu nào được nhập; hãy sửa các dòng đó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="784"/>
        <source>The file has no rows to import.</source>
        <translation>Tệp không có dòng nào để nhập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="794"/>
        <source>Row {line}: the reference already exists; nothing was imported.</source>
        <translation>Dòng {line}: mã hồ sơ đã tồn tại; không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="825"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Đã hủy việc nhập; không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="137"/>
        <source>No printout code was found (it looks like RRR-K7MX-3QAD, in the footer of every page).</source>
        <translation>Không tìm thấy mã bản in (mã có dạng RRR-K7MX-3QAD, nằm ở chân mỗi trang).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="184"/>
        <source>Unknown document kind {kind}.</source>
        <translation>Loại văn bản {kind} không xác định.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="188"/>
        <source>The language must be a code such as km, th or ar.</source>
        <translation>Ngôn ngữ phải là một mã như km, th hoặc ar.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="59"/>
        <source>This case has no reintegration plan yet: start one first.</source>
        <translation>Hồ sơ này chưa có kế hoạch tái hòa nhập: hãy bắt đầu lập kế hoạch trước.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="68"/>
        <source>The plan has no such component.</source>
        <translation>Kế hoạch không có hợp phần này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="76"/>
        <source>The plan has no such action.</source>
        <translation>Kế hoạch không có hoạt động này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="82"/>
        <source>This case is closed: it is no longer followed up.</source>
        <translation>Hồ sơ này đã đóng: không còn được theo dõi nữa.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="90"/>
        <source>The case has no such follow-up visit.</source>
        <translation>Hồ sơ không có chuyến thăm theo dõi này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="120"/>
        <source>A family assessment cannot be dated in the future.</source>
        <translation>Đánh giá gia đình không được ghi ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="145"/>
        <source>Write down the person&apos;s own wishes, in their words.</source>
        <translation>Hãy ghi lại mong muốn của chính người được hỗ trợ, bằng lời của họ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="151"/>
        <source>This case already has a plan: make a new version instead.</source>
        <translation>Hồ sơ này đã có kế hoạch: thay vào đó, hãy tạo phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="184"/>
        <source>The person&apos;s wishes cannot be left empty.</source>
        <translation>Không được để trống mong muốn của người được hỗ trợ.</translation>
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
        <translation>Hợp phần của kế hoạch cần có mục tiêu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="229"/>
        <location filename="../rrr_desktop/services/reintegration.py" line="259"/>
        <source>A budget cannot be negative.</source>
        <translation>Ngân sách không được là số âm.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="286"/>
        <source>An action needs a description.</source>
        <translation>Hoạt động cần có mô tả.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="331"/>
        <source>A visit already made cannot be moved.</source>
        <translation>Không thể dời chuyến thăm đã thực hiện.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="342"/>
        <source>A visit already made cannot be removed.</source>
        <translation>Không thể xóa chuyến thăm đã thực hiện.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="362"/>
        <source>A visit cannot be recorded in the future.</source>
        <translation>Không thể ghi nhận chuyến thăm vào một ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="367"/>
        <source>Each domain score must be from 1 (very vulnerable) to 5.</source>
        <translation>Điểm của mỗi lĩnh vực phải từ 1 (rất dễ bị tổn thương) đến 5.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="381"/>
        <source>This visit has already been recorded.</source>
        <translation>Chuyến thăm này đã được ghi nhận.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="405"/>
        <source>The retention period must be at least one year.</source>
        <translation>Thời hạn lưu giữ phải ít nhất là một năm.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="418"/>
        <source>This case is already closed.</source>
        <translation>Hồ sơ này đã được đóng.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="455"/>
        <source>This case has no such plan version.</source>
        <translation>Hồ sơ này không có phiên bản kế hoạch này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/report.py" line="21"/>
        <source>The start of the period is after its end.</source>
        <translation>Ngày bắt đầu của kỳ báo cáo nằm sau ngày kết thúc.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="85"/>
        <source>Each table of a report counts something else.</source>
        <translation>Mỗi bảng của báo cáo phải đếm một nội dung khác nhau.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="90"/>
        <source>A table counts by one field or by two different fields.</source>
        <translation>Mỗi bảng đếm theo một trường hoặc theo hai trường khác nhau.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="98"/>
        <source>Cannot count by {field}; choose one of {fields}.</source>
        <translation>Không thể đếm theo {field}; hãy chọn một trong các trường {fields}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="106"/>
        <source>The suppression threshold cannot be negative.</source>
        <translation>Ngưỡng ẩn số đếm nhỏ không được là số âm.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="16"/>
        <source>review retention</source>
        <translation>rà soát thời hạn lưu giữ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="46"/>
        <source>{reference} is not a closed case past its retention date.</source>
        <translation>Hồ sơ {reference} chưa đóng hoặc chưa quá thời hạn lưu giữ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="55"/>
        <source>anonymise a case</source>
        <translation>ẩn danh hóa hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="67"/>
        <source>delete a case</source>
        <translation>xóa hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="69"/>
        <source>{field}: {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="109"/>
        <source>Unknown risk factor {factor}; known: {known}.</source>
        <translation>Yếu tố rủi ro không xác định: {factor}; các yếu tố đã biết: {known}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="115"/>
        <source>A finding of risk with mitigations needs the mitigations.</source>
        <translation>Kết luận “Có rủi ro, kèm biện pháp giảm thiểu” cần nêu các biện pháp giảm thiểu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="123"/>
        <source>An assessment cannot be dated in the future.</source>
        <translation>Đánh giá không được ghi ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="145"/>
        <source>override a gate</source>
        <translation>phê duyệt ngoại lệ cho một điều kiện chặn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="148"/>
        <source>A supervisor decision is about the risk finding or the checklist.</source>
        <translation>Quyết định của người giám sát chỉ có thể liên quan đến kết luận rủi ro hoặc danh mục kiểm tra.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="155"/>
        <source>An override needs a reason of at least {min} characters.</source>
        <translation>Phê duyệt ngoại lệ cần có lý do dài ít nhất {min} ký tự.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="168"/>
        <source>revoke an override</source>
        <translation>thu hồi phê duyệt ngoại lệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="174"/>
        <source>There is no active {kind} override on this case.</source>
        <translation>Hồ sơ này không có phê duyệt ngoại lệ loại {kind} nào đang có hiệu lực.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="188"/>
        <location filename="../rrr_desktop/services/return_prep.py" line="205"/>
        <source>Unknown checklist item {key}.</source>
        <translation>Mục không xác định trong danh mục kiểm tra: {key}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="193"/>
        <source>A checklist item cannot be ticked for a future date.</source>
        <translation>Không thể đánh dấu một mục trong danh mục kiểm tra cho một ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="245"/>
        <source>A document needs a kind, e.g. passport.</source>
        <translation>Giấy tờ cần có loại, ví dụ: hộ chiếu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="249"/>
        <source>Keep only the last four characters of a document number.</source>
        <translation>Chỉ giữ lại bốn ký tự cuối của số giấy tờ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="263"/>
        <source>No such document on this case.</source>
        <translation>Hồ sơ này không có giấy tờ này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="290"/>
        <source>No such leg in this itinerary.</source>
        <translation>Lịch trình này không có chặng này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="308"/>
        <source>Unknown travel detail {detail}.</source>
        <translation>Thông tin hành trình không xác định: {detail}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="356"/>
        <source>A message date cannot be in the future.</source>
        <translation>Ngày của thông điệp không được là một ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="372"/>
        <source>A message cannot be received before it was sent.</source>
        <translation>Thông điệp không thể được nhận trước khi được gửi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="382"/>
        <source>The answer window is at least one day.</source>
        <translation>Thời hạn trả lời ít nhất là một ngày.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="407"/>
        <source>Record the consent as withdrawn or as declined.</source>
        <translation>Hãy ghi nhận sự đồng ý ở trạng thái “Đã rút lại” hoặc “Từ chối”.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="32"/>
        <source>an administrator</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="33"/>
        <source>a supervisor</source>
        <translation>người giám sát</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="34"/>
        <source>a caseworker</source>
        <translation>cán bộ phụ trách hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="35"/>
        <source>a data officer</source>
        <translation>cán bộ quản lý dữ liệu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="240"/>
        <source>This vault is open for reading only (read-only media or a full disk), so a print or a copy of a file could not be recorded in its audit log; nothing was written. Free some space, or copy the vault to a writable disk, and open it again.</source>
        <translation>Kho bảo mật này chỉ mở để đọc (phương tiện lưu trữ chỉ đọc hoặc ổ đĩa đầy), nên không thể ghi việc in hay sao chép tệp vào nhật ký kiểm tra của kho; không có gì được ghi. Hãy giải phóng bớt dung lượng, hoặc sao chép kho bảo mật sang một ổ đĩa ghi được, rồi mở lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="277"/>
        <source>User {user} has no account in this vault.</source>
        <translation>Người dùng {user} không có tài khoản trong kho bảo mật này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="285"/>
        <source>The account of {user} was changed outside RRR Desktop, so it does not open. Ask another administrator to run &apos;rrr audit verify&apos;, or restore a backup.</source>
        <translation>Tài khoản của {user} đã bị thay đổi bên ngoài RRR Desktop, nên không mở được. Hãy nhờ một quản trị viên khác chạy lệnh &apos;rrr audit verify&apos;, hoặc khôi phục một bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="295"/>
        <source>The user {user} is disabled. Ask your administrator.</source>
        <translation>Người dùng {user} đã bị vô hiệu hóa. Hãy liên hệ với quản trị viên của bạn.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="307"/>
        <source>Only {role} may {what}.</source>
        <translation>Chỉ {role} mới được phép {what}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="160"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="211"/>
        <source>set a duress passphrase</source>
        <translation>đặt cụm mật khẩu khẩn cấp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="168"/>
        <source>The duress passphrase must differ from your passphrase.</source>
        <translation>Cụm mật khẩu khẩn cấp phải khác cụm mật khẩu của bạn.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="243"/>
        <source>add users</source>
        <translation>thêm người dùng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="262"/>
        <source>User {user} already exists.</source>
        <translation>Người dùng {user} đã tồn tại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="292"/>
        <source>The account {user} was saved, but not its key slot, so {user} cannot sign in yet: {reason} Then add {user} again with the same command.</source>
        <translation>Tài khoản {user} đã được lưu, nhưng khe khóa của tài khoản thì chưa, nên {user} chưa thể đăng nhập: {reason} Sau đó hãy thêm {user} lại bằng chính lệnh đó.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="338"/>
        <source>The disk is full; free some space.</source>
        <translation>Ổ đĩa đã đầy; hãy giải phóng bớt dung lượng.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="347"/>
        <source>manage users</source>
        <translation>quản lý người dùng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="356"/>
        <source>You cannot disable, remove or change your own account; ask another administrator.</source>
        <translation>Bạn không thể vô hiệu hóa, xóa hoặc thay đổi tài khoản của chính mình; hãy nhờ một quản trị viên khác.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="383"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="412"/>
        <source>The last administrator cannot be disabled.</source>
        <translation>Không thể vô hiệu hóa quản trị viên duy nhất còn lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="393"/>
        <source>A user needs at least one role.</source>
        <translation>Mỗi người dùng cần có ít nhất một vai trò.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="399"/>
        <source>The last administrator keeps that role.</source>
        <translation>Quản trị viên duy nhất còn lại phải giữ vai trò quản trị viên.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="426"/>
        <source>{user} was disabled (their passphrase opens nothing in this program now), but their key slot was not deleted: {reason} Then remove {user} again.</source>
        <translation>{user} đã bị vô hiệu hóa (cụm mật khẩu của người này không còn mở được gì trong chương trình này), nhưng khe khóa của người này chưa bị xóa: {reason} Sau đó hãy xóa {user} lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="438"/>
        <source>{user} was removed (key slot deleted, account disabled), but the data key was not rotated: {reason} Then choose Settings → Users and roles → Change the vault&apos;s key (or run &apos;rrr rotate-key&apos;).</source>
        <translation>Đã xóa {user} (ô khóa đã bị xóa, tài khoản đã bị vô hiệu hóa), nhưng khóa dữ liệu chưa được thay: {reason} Sau đó hãy chọn Cài đặt → Người dùng và vai trò → Thay khóa của kho bảo mật (hoặc chạy &apos;rrr rotate-key&apos;).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="452"/>
        <source>rotate the data key</source>
        <translation>thay khóa dữ liệu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="473"/>
        <source>create a recovery key</source>
        <translation>tạo khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="512"/>
        <source>An administrator&apos;s passphrase is reset only with another administrator&apos;s approval: {others}.</source>
        <translation>Cụm mật khẩu của quản trị viên chỉ được đặt lại khi có sự phê duyệt của một quản trị viên khác: {others}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="564"/>
        <source>wipe this laptop</source>
        <translation>xóa sạch dữ liệu trên máy tính này</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="568"/>
        <source>Type the organisation&apos;s name exactly to confirm; nothing was wiped.</source>
        <translation>Hãy nhập chính xác tên tổ chức để xác nhận; không có dữ liệu nào bị xóa.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="274"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="352"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="500"/>
        <source>There is no user {user} in this vault.</source>
        <translation>Không có người dùng {user} trong kho bảo mật này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="139"/>
        <source>The country must be a two-letter code such as KH.</source>
        <translation>Quốc gia phải là mã gồm hai chữ cái, ví dụ: KH.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="162"/>
        <source>{language} is not a language the list knows; choose one from the list that opens as you type.</source>
        <translation>{language} không phải là ngôn ngữ có trong danh sách; hãy chọn một ngôn ngữ trong danh sách hiện ra khi bạn gõ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/errors.py" line="73"/>
        <source>Not done</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/cases.py" line="97"/>
        <source>The case no longer exists.</source>
        <translation>Hồ sơ không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/cases.py" line="441"/>
        <source>No case with reference {reference}.</source>
        <translation>Không có hồ sơ nào có mã hồ sơ {reference}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="69"/>
        <source>The vault file in {folder} is damaged or is not the one these passphrases open. Nothing was changed. Restore the latest backup (rrr restore) or ask for help.</source>
        <translation>Tệp kho bảo mật trong {folder} bị hỏng hoặc không phải là tệp mà các cụm mật khẩu này mở được. Không có gì bị thay đổi. Hãy khôi phục bản sao lưu gần nhất (rrr restore) hoặc nhờ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="80"/>
        <source>The vault in {folder} could not be read (the disk reported an error). Nothing was changed. Copy the folder to a healthy disk, or restore the latest backup.</source>
        <translation>Không thể đọc kho bảo mật trong {folder} (ổ đĩa báo lỗi). Không có gì bị thay đổi. Hãy sao chép thư mục sang một ổ đĩa không bị lỗi, hoặc khôi phục bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="172"/>
        <source>This vault on read-only media needs an upgrade by this version of RRR Desktop: copy it to a writable disk and open it there.</source>
        <translation>Kho bảo mật này nằm trên phương tiện lưu trữ chỉ đọc và cần được phiên bản RRR Desktop này nâng cấp: hãy sao chép kho sang một ổ đĩa ghi được rồi mở kho ở đó.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="207"/>
        <source>This vault uses schema {current}, newer than this program knows ({latest}). Update RRR Desktop.</source>
        <translation>Kho bảo mật này dùng lược đồ dữ liệu phiên bản {current}, mới hơn phiên bản mà chương trình này hỗ trợ ({latest}). Hãy cập nhật RRR Desktop.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="390"/>
        <source>The copy failed its check; nothing was saved. Try another place or another stick.</source>
        <translation>Bản sao không vượt qua bước kiểm tra; không có gì được lưu. Hãy thử nơi khác hoặc một ổ USB khác.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="191"/>
        <source>A key slot uses an unknown key derivation.</source>
        <translation>Một ô khóa dùng phương pháp dẫn xuất khóa không xác định.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="324"/>
        <source>This vault was made by a newer version of RRR Desktop.</source>
        <translation>Kho bảo mật này được tạo bằng phiên bản RRR Desktop mới hơn.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="303"/>
        <source>The key slot file of this vault is damaged; restore it from a backup.</source>
        <translation>Tệp ô khóa của kho bảo mật này bị hỏng; hãy khôi phục tệp từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/records.py" line="189"/>
        <source>This record was deleted or anonymised; it can no longer be changed.</source>
        <translation>Bản ghi này đã bị xóa hoặc đã được ẩn danh hóa; không thể thay đổi được nữa.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="54"/>
        <source>A passphrase needs at least {min} characters.</source>
        <translation>Cụm mật khẩu cần có ít nhất {min} ký tự.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="59"/>
        <source>This passphrase is too easy to guess (a common word, a pattern or a date). Use a few unrelated words.</source>
        <translation>Cụm mật khẩu này quá dễ đoán (một từ thông dụng, một mẫu lặp hoặc một ngày tháng). Hãy dùng vài từ không liên quan đến nhau.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="72"/>
        <source>The vault was busy, so its key was not changed (nothing was lost). Wait for running work such as an import or a report to finish, then try again.</source>
        <translation>Kho bảo mật đang bận nên khóa của kho chưa được thay (không có gì bị mất). Hãy chờ công việc đang chạy, như một lần nhập hoặc một báo cáo, hoàn tất rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="362"/>
        <source>The key cannot be rotated yet: {users} must sign in once (their key slots are of an earlier kind); for the recovery key, make a new one.</source>
        <translation>Chưa thể thay khóa: {users} cần đăng nhập một lần (khe khóa của họ thuộc loại cũ); với khóa khôi phục, hãy tạo khóa mới.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="58"/>
        <source>{folder} is not a backup of RRR Desktop (its key slots are missing).</source>
        <translation>{folder} không phải là bản sao lưu của RRR Desktop (thiếu các ô khóa).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="74"/>
        <source>{folder} is not a folder with a backup.</source>
        <translation>{folder} không phải là thư mục chứa bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="102"/>
        <source>The backup in {folder} is incomplete.</source>
        <translation>Bản sao lưu trong {folder} không đầy đủ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="80"/>
        <source>The backup in {folder} is not encrypted; it was not restored.</source>
        <translation>Bản sao lưu trong {folder} không được mã hóa; bản sao lưu này đã không được khôi phục.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="155"/>
        <source>Your user name and passphrase do not open the backup in {folder}. Nothing was changed.</source>
        <translation>Tên người dùng và cụm mật khẩu của bạn không mở được bản sao lưu trong {folder}. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="205"/>
        <source>Only an administrator may put a backup back, and {user} is not one in that backup. Nothing was changed.</source>
        <translation>Chỉ quản trị viên mới được khôi phục bản sao lưu, và {user} không phải là quản trị viên trong bản sao lưu đó. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="216"/>
        <source>The backup in {folder} is damaged (it failed its check). Nothing was changed; the vault here is as it was. Try another copy of the backup.</source>
        <translation>Bản sao lưu trong {folder} bị hỏng (không vượt qua bước kiểm tra). Không có gì bị thay đổi; kho bảo mật ở đây vẫn như cũ. Hãy thử một bản sao khác của bản sao lưu này.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/audit.py" line="48"/>
        <source>The audit log of this vault was changed outside RRR Desktop (entries are missing or rewritten), so nothing more can be recorded. Tell your administrator; &apos;rrr audit verify&apos; shows where.</source>
        <translation>Nhật ký kiểm tra của kho bảo mật này đã bị thay đổi bên ngoài RRR Desktop (có mục bị mất hoặc bị sửa đổi), nên không thể ghi nhận thêm gì nữa. Hãy báo cho quản trị viên của bạn; lệnh &apos;rrr audit verify&apos; sẽ cho biết chỗ bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="29"/>
        <source>The file is larger than {limit} MB; scan it at a lower resolution or split it, then attach it again.</source>
        <translation>Tệp lớn hơn {limit} MB; hãy quét lại ở độ phân giải thấp hơn hoặc chia nhỏ tệp, rồi đính kèm lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="58"/>
        <source>Write the note before saving it.</source>
        <translation>Hãy viết nội dung ghi chú trước khi lưu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="61"/>
        <source>A note holds at most {limit} characters; split it into several notes.</source>
        <translation>Mỗi ghi chú chứa tối đa {limit} ký tự; hãy chia thành nhiều ghi chú.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="77"/>
        <source>The note holds characters that cannot be stored (control or direction characters); remove them and save again.</source>
        <translation>Ghi chú chứa ký tự không thể lưu trữ (ký tự điều khiển hoặc ký tự định hướng văn bản); hãy xóa các ký tự đó rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="123"/>
        <source>The file is empty; nothing was attached.</source>
        <translation>Tệp trống; không có gì được đính kèm.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="141"/>
        <source>The file&apos;s name or note holds characters that cannot be stored; rename it and attach it again.</source>
        <translation>Tên hoặc ghi chú của tệp chứa ký tự không thể lưu trữ; hãy đổi tên tệp rồi đính kèm lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="152"/>
        <source>A case holds at most {limit} attached files.</source>
        <translation>Mỗi hồ sơ chứa tối đa {limit} tệp đính kèm.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="169"/>
        <source>The attached file no longer exists.</source>
        <translation>Tệp đính kèm không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="178"/>
        <source>This file has not arrived on this laptop yet (only its description did); it comes with the next sync from the laptop where it was attached.</source>
        <translation>Tệp này chưa được chuyển đến máy tính này (mới chỉ có phần mô tả); tệp sẽ đến trong lần đồng bộ hóa tiếp theo từ máy tính nơi tệp được đính kèm.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="186"/>
        <source>The stored file does not match its fingerprint; it was not opened. Run the vault check (rrr doctor).</source>
        <translation>Tệp đã lưu không khớp với mã vân tay của tệp; tệp đã không được mở. Hãy chạy kiểm tra kho bảo mật (rrr doctor).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="22"/>
        <source>change the organisation</source>
        <translation>thay đổi thông tin của tổ chức</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="30"/>
        <source>The address, phone or e-mail holds characters that cannot be printed.</source>
        <translation>Địa chỉ, số điện thoại hoặc email chứa ký tự không thể in được.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="41"/>
        <source>confirm a name for letters</source>
        <translation>xác nhận tên dùng trong thư</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="46"/>
        <source>Give the embassy&apos;s country as a two-letter code, e.g. KH.</source>
        <translation>Hãy ghi quốc gia của đại sứ quán bằng mã gồm hai chữ cái, ví dụ: KH.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="49"/>
        <source>Give the name the letter carries.</source>
        <translation>Hãy ghi tên sẽ dùng trong thư.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="53"/>
        <source>“{name}” would tell the embassy what the person went through ({words}); choose a neutral name.</source>
        <translation>“{name}” sẽ cho đại sứ quán biết những gì người được hỗ trợ đã trải qua ({words}); hãy chọn một tên trung lập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/inuse.py" line="43"/>
        <source>The vault is open in another window or &apos;rrr&apos; command on this computer: close it there, then try again.</source>
        <translation>Kho bảo mật đang mở trong một cửa sổ khác hoặc một lệnh &apos;rrr&apos; trên máy này: hãy đóng nó ở đó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/inuse.py" line="56"/>
        <source>Another window or &apos;rrr&apos; command is changing this vault&apos;s key or restoring it. Try again in a minute.</source>
        <translation>Một cửa sổ hoặc lệnh &apos;rrr&apos; khác đang thay khóa hoặc khôi phục kho bảo mật này. Hãy thử lại sau một phút.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="8"/>
        <source>Case identifier (no personal data)</source>
        <translation>Mã định danh hồ sơ (không chứa dữ liệu cá nhân)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="9"/>
        <source>Opened on</source>
        <translation>Ngày mở hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="10"/>
        <source>Reference</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="11"/>
        <source>Their reference</source>
        <translation>Mã hồ sơ của bên kia</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="12"/>
        <source>Referring organisation</source>
        <translation>Tổ chức chuyển gửi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="13"/>
        <source>Referred to</source>
        <translation>Được chuyển gửi đến</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="14"/>
        <source>Earlier references</source>
        <translation>Các mã hồ sơ trước đây</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="15"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="16"/>
        <source>Stage history</source>
        <translation>Lịch sử giai đoạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="17"/>
        <source>Caseworker</source>
        <translation>Cán bộ phụ trách hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="18"/>
        <source>Also assigned to</source>
        <translation>Cũng được giao cho</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="19"/>
        <source>Receiving organisation</source>
        <translation>Tổ chức tiếp nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="20"/>
        <source>Name on printouts</source>
        <translation>Tên trên bản in</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="21"/>
        <source>Asylum</source>
        <translation>Tị nạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="22"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="23"/>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="24"/>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="25"/>
        <source>Other names</source>
        <translation>Tên khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="26"/>
        <source>Name in the person&apos;s own script</source>
        <translation>Tên bằng chữ viết riêng của người đó</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="27"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="28"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="29"/>
        <source>Estimated age</source>
        <translation>Tuổi ước tính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="30"/>
        <source>Age estimated on</source>
        <translation>Ngày ước tính tuổi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="31"/>
        <source>Place of birth</source>
        <translation>Nơi sinh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="32"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="33"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="34"/>
        <source>The person&apos;s wishes</source>
        <translation>Mong muốn của người được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="35"/>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="36"/>
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="37"/>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="38"/>
        <source>Intake date</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="39"/>
        <source>How the person was identified</source>
        <translation>Cách thức xác định người được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="40"/>
        <source>Referred by</source>
        <translation>Được giới thiệu bởi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="41"/>
        <source>Country where it happened</source>
        <translation>Quốc gia nơi xảy ra sự việc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="42"/>
        <source>Country of origin</source>
        <translation>Quốc gia gốc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="43"/>
        <source>Region of origin</source>
        <translation>Vùng gốc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="44"/>
        <source>First needs</source>
        <translation>Nhu cầu ban đầu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="45"/>
        <source>Screening notes</source>
        <translation>Ghi chú sàng lọc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="46"/>
        <source>Form of exploitation</source>
        <translation>Hình thức bóc lột</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="47"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="48"/>
        <source>Shelter and care</source>
        <translation>Tạm lánh và chăm sóc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="49"/>
        <source>Medical services</source>
        <translation>Dịch vụ y tế</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="50"/>
        <source>Shelter</source>
        <translation>Nhà tạm lánh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="51"/>
        <source>Admitted on</source>
        <translation>Ngày tiếp nhận vào</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="52"/>
        <source>Left on</source>
        <translation>Ngày rời đi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="53"/>
        <source>Services received</source>
        <translation>Dịch vụ đã nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="54"/>
        <source>Referrals to services</source>
        <translation>Chuyển gửi đến các dịch vụ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="55"/>
        <source>Security measures</source>
        <translation>Biện pháp an ninh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="56"/>
        <source>Consents</source>
        <translation>Các sự đồng ý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="57"/>
        <source>Risk assessments</source>
        <translation>Các đánh giá rủi ro</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="58"/>
        <source>Supervisor overrides</source>
        <translation>Các phê duyệt ngoại lệ của người giám sát</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="59"/>
        <source>Pre-departure checklist</source>
        <translation>Danh mục kiểm tra trước khi khởi hành</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="60"/>
        <source>Checklist items</source>
        <translation>Các mục trong danh mục kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="61"/>
        <source>Wishes to be met by a local organisation on arrival</source>
        <translation>Muốn được một tổ chức địa phương đón khi đến nơi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="64"/>
        <source>Contacts handed over</source>
        <translation>Các liên hệ đã trao</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="65"/>
        <source>Travel documents</source>
        <translation>Giấy tờ đi lại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="66"/>
        <source>Travel</source>
        <translation>Hành trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="67"/>
        <source>Journey legs</source>
        <translation>Các chặng hành trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="68"/>
        <source>Messages between organisations</source>
        <translation>Thông điệp giữa các tổ chức</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="69"/>
        <source>Reintegration</source>
        <translation>Tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="70"/>
        <source>Reintegration plans</source>
        <translation>Các kế hoạch tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="71"/>
        <source>Follow-up visits</source>
        <translation>Các chuyến thăm theo dõi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="72"/>
        <source>Assessment date</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="73"/>
        <source>Assessed by</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="74"/>
        <source>Assessment: the person&apos;s own account</source>
        <translation>Đánh giá: lời kể của chính người được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="77"/>
        <source>Assessment: the situation at home</source>
        <translation>Đánh giá: tình hình ở quê nhà</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="80"/>
        <source>Family assessment</source>
        <translation>Đánh giá gia đình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="81"/>
        <source>Closure</source>
        <translation>Đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="82"/>
        <source>Notes and contact log</source>
        <translation>Ghi chú và nhật ký liên lạc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="83"/>
        <source>Attached documents</source>
        <translation>Tài liệu đính kèm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="84"/>
        <source>Last changed</source>
        <translation>Thay đổi gần nhất</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="86"/>
        <source>{list}: entry kept or deleted</source>
        <translation>{list}: mục được giữ lại hoặc bị xóa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="87"/>
        <source>{list}: {field}</source>
        <translation>{list}: {field}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="88"/>
        <source>{list}: one entry</source>
        <translation>{list}: một mục</translation>
    </message>
</context>
<context>
    <name>followup</name>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="41"/>
        <source>Financial</source>
        <translation>Tài chính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="42"/>
        <source>Family and social</source>
        <translation>Gia đình và xã hội</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="43"/>
        <source>Employment and skills</source>
        <translation>Việc làm và kỹ năng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="44"/>
        <source>Medical and psychosocial</source>
        <translation>Y tế và tâm lý xã hội</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="47"/>
        <source>Legal</source>
        <translation>Pháp lý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="52"/>
        <source>Contact with a recruiter, broker or former exploiter</source>
        <translation>Tiếp xúc với người tuyển dụng, môi giới hoặc kẻ bóc lột trước đây</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="55"/>
        <source>An offer of work abroad or in another town</source>
        <translation>Được mời làm việc ở nước ngoài hoặc ở thành phố khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="56"/>
        <source>New or growing debt</source>
        <translation>Có khoản nợ mới hoặc nợ ngày càng tăng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="57"/>
        <source>Family pressure to earn money or migrate again</source>
        <translation>Gia đình gây áp lực phải kiếm tiền hoặc đi di cư lần nữa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="60"/>
        <source>Threats or intimidation from traffickers</source>
        <translation>Bị kẻ mua bán người đe dọa hoặc uy hiếp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="61"/>
        <source>Identity documents held by someone else</source>
        <translation>Giấy tờ tùy thân bị người khác giữ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="62"/>
        <source>Unexplained money or gifts</source>
        <translation>Có tiền hoặc quà tặng không rõ nguồn gốc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="63"/>
        <source>Plans to leave without telling anyone</source>
        <translation>Có kế hoạch bỏ đi mà không báo cho ai</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="64"/>
        <source>Isolation, alcohol or drug use</source>
        <translation>Bị cô lập, sử dụng rượu bia hoặc ma túy</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="65"/>
        <source>Dropped out of training, school or work</source>
        <translation>Bỏ học nghề, bỏ học hoặc bỏ việc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="19"/>
        <source>Reintegrated</source>
        <translation>Đã tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="20"/>
        <source>Declined further assistance</source>
        <translation>Từ chối hỗ trợ thêm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="21"/>
        <source>Lost contact</source>
        <translation>Mất liên lạc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="22"/>
        <source>Moved on</source>
        <translation>Đã chuyển đi nơi khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="23"/>
        <source>Transferred to another organisation</source>
        <translation>Đã chuyển sang tổ chức khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="24"/>
        <source>Deceased</source>
        <translation>Đã qua đời</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="29"/>
        <source>Fin.</source>
        <translation>TC.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="30"/>
        <source>Fam.</source>
        <translation>GĐ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="31"/>
        <source>Emp.</source>
        <translation>VL.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="32"/>
        <source>Med.</source>
        <translation>YT.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="33"/>
        <source>Leg.</source>
        <translation>PL.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="30"/>
        <source>Score trend per domain</source>
        <translation>Xu hướng điểm theo từng lĩnh vực</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="44"/>
        <source>no score yet</source>
        <translation>chưa có điểm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="46"/>
        <source>improving</source>
        <translation>đang cải thiện</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="47"/>
        <source>worse</source>
        <translation>xấu đi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="48"/>
        <source>steady</source>
        <translation>ổn định</translation>
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
        <translation>Người được hỗ trợ chưa đồng ý trở về.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="58"/>
        <source>No security (risk) assessment has been made.</source>
        <translation>Chưa thực hiện đánh giá an ninh (rủi ro).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="67"/>
        <source>The risk assessment found reasonable suspicion of harm; a supervisor must record an override with a reason.</source>
        <translation>Đánh giá rủi ro cho thấy có nghi ngờ hợp lý về nguy cơ bị tổn hại; người giám sát phải ghi nhận phê duyệt ngoại lệ kèm lý do.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="79"/>
        <source>A child needs a recorded guardian.</source>
        <translation>Trẻ em cần có người giám hộ được ghi nhận.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="98"/>
        <source>{count} of 8 pre-departure conditions are not yet met: {missing}</source>
        <translation>Còn {count} trên 8 điều kiện trước khi khởi hành chưa được đáp ứng: {missing}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="107"/>
        <source>No travel itinerary has been recorded.</source>
        <translation>Chưa ghi nhận lịch trình hành trình.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="115"/>
        <location filename="../rrr_desktop/domain/gates.py" line="188"/>
        <source>The person has not consented to share the case with {org}.</source>
        <translation>Người được hỗ trợ chưa đồng ý chia sẻ hồ sơ với {org}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="132"/>
        <source>An asylum procedure is pending: the embassy must not be contacted.</source>
        <translation>Đang có thủ tục tị nạn chờ xử lý: không được liên hệ với đại sứ quán.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="141"/>
        <source>The person was granted asylum: the embassy of the country they fled must not be contacted.</source>
        <translation>Người được hỗ trợ đã được cấp quy chế tị nạn: không được liên hệ với đại sứ quán của quốc gia mà họ đã phải rời bỏ để lánh nạn.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="152"/>
        <source>An asylum decision is recorded without its outcome: record whether asylum was granted or refused before the embassy is contacted.</source>
        <translation>Đã ghi nhận có quyết định về tị nạn nhưng chưa ghi nhận kết quả: hãy ghi nhận người được hỗ trợ được cấp quy chế tị nạn hay bị từ chối trước khi liên hệ với đại sứ quán.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="163"/>
        <source>The person wishes to apply for asylum: the embassy must not be contacted.</source>
        <translation>Người được hỗ trợ muốn nộp đơn xin tị nạn: không được liên hệ với đại sứ quán.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="173"/>
        <source>The person has not consented to contact with the embassy.</source>
        <translation>Người được hỗ trợ chưa đồng ý cho liên hệ với đại sứ quán.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="206"/>
        <source>A child returns to family only after a family assessment.</source>
        <translation>Trẻ em chỉ được về với gia đình sau khi có đánh giá gia đình.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="215"/>
        <source>The family assessment found neglect or abuse: choose family-based alternative care.</source>
        <translation>Đánh giá gia đình phát hiện sao nhãng hoặc xâm hại: hãy chọn hình thức chăm sóc thay thế dựa vào gia đình.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="228"/>
        <source>Closing a case needs a reason.</source>
        <translation>Cần có lý do để đóng hồ sơ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="263"/>
        <source>The person has not consented to receive assistance.</source>
        <translation>Người được hỗ trợ chưa đồng ý nhận hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="274"/>
        <source>The person has not consented to reintegration services.</source>
        <translation>Người được hỗ trợ chưa đồng ý nhận dịch vụ tái hòa nhập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="286"/>
        <source>Testimony only with the person&apos;s full, recorded agreement.</source>
        <translation>Chỉ cung cấp lời khai khi có sự đồng ý đầy đủ, được ghi nhận của người được hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <location filename="../rrr_desktop/domain/handoff_rules.py" line="91"/>
        <source>never shared outside the organisation</source>
        <translation>không bao giờ được chia sẻ ra ngoài tổ chức</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/handoff_rules.py" line="92"/>
        <source>not marked by the caseworker as one to share</source>
        <translation>không được cán bộ phụ trách hồ sơ đánh dấu là có thể chia sẻ</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="10"/>
        <source>Vault created</source>
        <translation>Đã tạo kho bảo mật</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="11"/>
        <source>Backup written</source>
        <translation>Đã ghi bản sao lưu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="12"/>
        <source>Replaced by a restored backup</source>
        <translation>Đã bị thay thế bằng một bản sao lưu được khôi phục</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="13"/>
        <source>Recovery key made</source>
        <translation>Đã tạo khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="14"/>
        <source>Signed in</source>
        <translation>Đã đăng nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="15"/>
        <source>User added</source>
        <translation>Đã thêm người dùng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="16"/>
        <source>Passphrase changed</source>
        <translation>Đã đổi cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="17"/>
        <source>Passphrase reset with the recovery key</source>
        <translation>Đã đặt lại cụm mật khẩu bằng khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="18"/>
        <source>User disabled</source>
        <translation>Đã vô hiệu hóa người dùng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="19"/>
        <source>User enabled again</source>
        <translation>Đã kích hoạt lại người dùng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="20"/>
        <source>User&apos;s roles changed</source>
        <translation>Đã thay đổi vai trò của người dùng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="21"/>
        <source>User removed</source>
        <translation>Đã xóa người dùng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="22"/>
        <source>Laptop wiped</source>
        <translation>Đã xóa sạch dữ liệu trên máy tính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="26"/>
        <source>Demo cases added</source>
        <translation>Đã thêm các hồ sơ dùng thử</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="27"/>
        <source>Case created</source>
        <translation>Đã tạo hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="28"/>
        <source>Case opened</source>
        <translation>Đã mở hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="29"/>
        <source>Case edited</source>
        <translation>Đã sửa hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="30"/>
        <source>Last edit undone</source>
        <translation>Đã hủy lần sửa gần nhất</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="31"/>
        <source>Stage changed</source>
        <translation>Đã chuyển giai đoạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="32"/>
        <source>Consent recorded</source>
        <translation>Đã ghi nhận sự đồng ý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="39"/>
        <source>Case closed</source>
        <translation>Đã đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="40"/>
        <source>Case assigned</source>
        <translation>Đã giao hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="41"/>
        <source>Case anonymised</source>
        <translation>Đã ẩn danh hóa hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="42"/>
        <source>Case deleted</source>
        <translation>Đã xóa hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="43"/>
        <source>Case imported from a spreadsheet</source>
        <translation>Đã nhập hồ sơ từ bảng tính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="44"/>
        <source>Printed</source>
        <translation>Đã in</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="45"/>
        <source>Asylum status recorded</source>
        <translation>Đã ghi nhận tình trạng tị nạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="46"/>
        <source>Documents recorded</source>
        <translation>Đã ghi nhận giấy tờ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="47"/>
        <source>Travel changed</source>
        <translation>Đã thay đổi hành trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="48"/>
        <source>Message recorded</source>
        <translation>Đã ghi nhận thông điệp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="49"/>
        <source>Risk assessed</source>
        <translation>Đã đánh giá rủi ro</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="50"/>
        <source>Checklist item ticked</source>
        <translation>Đã đánh dấu một mục trong danh mục kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="51"/>
        <source>Checklist tick removed</source>
        <translation>Đã bỏ dấu tích trong danh mục kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="52"/>
        <source>Handed-over contacts recorded</source>
        <translation>Đã ghi nhận các liên hệ đã trao</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="53"/>
        <source>Wish to be met on arrival by a local NGO recorded</source>
        <translation>Đã ghi nhận mong muốn được một tổ chức phi chính phủ (NGO) địa phương đón khi đến nơi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="64"/>
        <source>New plan version made</source>
        <translation>Đã tạo phiên bản kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="70"/>
        <source>Plan action added</source>
        <translation>Đã thêm hoạt động vào kế hoạch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="71"/>
        <source>Plan action&apos;s status changed</source>
        <translation>Đã thay đổi trạng thái của một hoạt động trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="84"/>
        <source>Operational list made</source>
        <translation>Đã lập danh sách tác nghiệp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="56"/>
        <source>Supervisor decision on the risk finding</source>
        <translation>Quyết định của người giám sát về kết luận rủi ro</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="23"/>
        <source>Duress passphrase set</source>
        <translation>Đã đặt cụm mật khẩu khẩn cấp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="24"/>
        <source>Duress passphrase removed</source>
        <translation>Đã xóa cụm mật khẩu khẩn cấp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="25"/>
        <source>Data key rotated</source>
        <translation>Đã thay khóa dữ liệu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="33"/>
        <source>Note written</source>
        <translation>Đã viết ghi chú</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="34"/>
        <source>File attached</source>
        <translation>Đã đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="35"/>
        <source>Attached file opened</source>
        <translation>Đã mở tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="36"/>
        <source>Copy of an attached file saved</source>
        <translation>Đã lưu bản sao của tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="37"/>
        <source>File sharing changed</source>
        <translation>Đã thay đổi chế độ chia sẻ tệp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="38"/>
        <source>File removed</source>
        <translation>Đã xóa tệp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="57"/>
        <source>Supervisor decision to depart with open checklist items</source>
        <translation>Quyết định của người giám sát cho phép khởi hành khi danh mục kiểm tra còn mục chưa hoàn thành</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="60"/>
        <source>Risk decision revoked</source>
        <translation>Đã thu hồi quyết định về rủi ro</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="61"/>
        <source>Checklist decision revoked</source>
        <translation>Đã thu hồi quyết định về danh mục kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="62"/>
        <source>Reintegration plan started</source>
        <translation>Đã bắt đầu kế hoạch tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="63"/>
        <source>Reintegration plan edited</source>
        <translation>Đã sửa kế hoạch tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="65"/>
        <source>Destination chosen</source>
        <translation>Đã chọn nơi đến</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="66"/>
        <source>Reintegration assessed</source>
        <translation>Đã đánh giá tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="67"/>
        <source>Family assessed</source>
        <translation>Đã đánh giá gia đình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="68"/>
        <source>Plan component added</source>
        <translation>Đã thêm hợp phần kế hoạch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="69"/>
        <source>Plan component edited</source>
        <translation>Đã sửa hợp phần kế hoạch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="72"/>
        <source>Follow-up visits scheduled</source>
        <translation>Đã lên lịch các chuyến thăm theo dõi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="73"/>
        <source>Follow-up visit added</source>
        <translation>Đã thêm chuyến thăm theo dõi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="74"/>
        <source>Follow-up visit moved</source>
        <translation>Đã dời chuyến thăm theo dõi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="75"/>
        <source>Follow-up visit recorded</source>
        <translation>Đã ghi nhận chuyến thăm theo dõi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="76"/>
        <source>Follow-up visit removed</source>
        <translation>Đã xóa chuyến thăm theo dõi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="77"/>
        <source>Directory entry added</source>
        <translation>Đã thêm mục vào danh bạ dịch vụ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="78"/>
        <source>Directory entry edited</source>
        <translation>Đã sửa mục trong danh bạ dịch vụ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="79"/>
        <source>Directory entry deleted</source>
        <translation>Đã xóa mục khỏi danh bạ dịch vụ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="80"/>
        <source>Directory imported</source>
        <translation>Đã nhập danh bạ dịch vụ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="81"/>
        <source>Directory exported</source>
        <translation>Đã xuất danh bạ dịch vụ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="82"/>
        <source>Spreadsheet imported</source>
        <translation>Đã nhập bảng tính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="83"/>
        <source>Report made</source>
        <translation>Đã lập báo cáo</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="85"/>
        <source>Bundle written</source>
        <translation>Đã ghi gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="86"/>
        <source>Bundle imported</source>
        <translation>Đã nhập gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="87"/>
        <source>Received from another organisation</source>
        <translation>Đã nhận từ một tổ chức khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="88"/>
        <source>Changed by a bundle</source>
        <translation>Đã thay đổi theo một gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="89"/>
        <source>Conflicting edit received</source>
        <translation>Đã nhận một chỉnh sửa xung đột</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="90"/>
        <location filename="../rrr_desktop/domain/audit_words.py" line="91"/>
        <source>Deleted by a bundle</source>
        <translation>Đã xóa theo một gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="92"/>
        <source>Outdated data dropped from a bundle</source>
        <translation>Đã bỏ qua dữ liệu lỗi thời trong một gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="93"/>
        <source>Case renumbered</source>
        <translation>Đã đổi mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="94"/>
        <source>Conflict resolved</source>
        <translation>Đã giải quyết xung đột</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="95"/>
        <source>Referred to another organisation</source>
        <translation>Đã chuyển gửi đến một tổ chức khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="96"/>
        <source>Status report sent</source>
        <translation>Đã gửi báo cáo tình hình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="97"/>
        <source>Sent to another laptop</source>
        <translation>Đã gửi đến một máy tính khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="98"/>
        <source>Contact card written</source>
        <translation>Đã ghi thẻ liên hệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="99"/>
        <source>Installation keys made</source>
        <translation>Đã tạo khóa của bản cài đặt</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="100"/>
        <source>Laptop joined the organisation</source>
        <translation>Máy tính đã gia nhập tổ chức</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="101"/>
        <source>Contact card added</source>
        <translation>Đã thêm thẻ liên hệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="102"/>
        <source>Contact card trusted</source>
        <translation>Đã tin cậy thẻ liên hệ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="103"/>
        <source>Audit log verified</source>
        <translation>Đã xác minh nhật ký kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="104"/>
        <source>Stored records sealed in the log</source>
        <translation>Đã niêm phong các bản ghi đã lưu trong nhật ký kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="105"/>
        <source>User accounts sealed in the log</source>
        <translation>Đã niêm phong các tài khoản người dùng trong nhật ký kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="106"/>
        <source>Audit log exported</source>
        <translation>Đã xuất nhật ký kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="107"/>
        <source>Audit checkpoint written</source>
        <translation>Đã ghi mốc đối chiếu cho nhật ký kiểm tra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="58"/>
        <source>Sections: {names}</source>
        <translation>Các phần: {names}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="48"/>
        <source>Earlier case number</source>
        <translation>Số hồ sơ cũ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="49"/>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="50"/>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="51"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="52"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="53"/>
        <source>Age at intake</source>
        <translation>Tuổi khi tiếp nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="54"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="55"/>
        <source>Country of origin</source>
        <translation>Quốc gia gốc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="56"/>
        <source>Sector of exploitation</source>
        <translation>Lĩnh vực bị bóc lột</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="57"/>
        <source>Country of exploitation</source>
        <translation>Quốc gia nơi bị bóc lột</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="58"/>
        <source>Intake date</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="59"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="60"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="61"/>
        <source>Reason for closure</source>
        <translation>Lý do đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="62"/>
        <source>Closure date</source>
        <translation>Ngày đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="76"/>
        <source>The given name in column {column} is empty.</source>
        <translation>Tên ở cột {column} bị trống.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="79"/>
        <source>The intake date in column {column} is empty.</source>
        <translation>Ngày tiếp nhận ở cột {column} bị trống.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="82"/>
        <source>The date in column {column} is not a date; use 2024-03-31 or 31/03/2024.</source>
        <translation>Ngày ở cột {column} không phải là ngày hợp lệ; hãy dùng dạng 2024-03-31 hoặc 31/03/2024.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="85"/>
        <source>The date in column {column} could be day/month or month/day; write 2024-03-31.</source>
        <translation>Ngày ở cột {column} có thể hiểu là ngày/tháng hoặc tháng/ngày; hãy viết dạng 2024-03-31.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="88"/>
        <source>The date in column {column} has a two-digit year; write all four digits.</source>
        <translation>Ngày ở cột {column} có năm chỉ gồm hai chữ số; hãy viết đủ bốn chữ số.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="91"/>
        <source>The date in column {column} is in the future.</source>
        <translation>Ngày ở cột {column} nằm trong tương lai.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="92"/>
        <source>The date of birth is after the intake date.</source>
        <translation>Ngày sinh sau ngày tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="95"/>
        <source>The age in column {column} is not a whole number of years.</source>
        <translation>Tuổi ở cột {column} không phải là số năm nguyên.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="98"/>
        <source>The age in column {column} is not between 0 and 120.</source>
        <translation>Tuổi ở cột {column} không nằm trong khoảng từ 0 đến 120.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="101"/>
        <source>The age and the date of birth disagree by more than a year.</source>
        <translation>Tuổi và ngày sinh chênh lệch nhau hơn một năm.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="104"/>
        <source>The sex in column {column} is not recognised; use M, F or X.</source>
        <translation>Không nhận diện được giới tính ở cột {column}; hãy dùng M, F hoặc X.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="107"/>
        <source>The exploitation sector in column {column} is not recognised.</source>
        <translation>Không nhận diện được lĩnh vực bị bóc lột ở cột {column}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="110"/>
        <source>The country in column {column} is not a recognised country or two-letter code.</source>
        <translation>Quốc gia ở cột {column} không phải là tên quốc gia hoặc mã hai chữ cái được nhận diện.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="113"/>
        <source>The stage in column {column} is not one of the case stages.</source>
        <translation>Giai đoạn ở cột {column} không phải là một trong các giai đoạn của hồ sơ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="116"/>
        <source>The reason for closure in column {column} is not one of: reintegrated, declined assistance, lost contact, moved on, transferred, deceased.</source>
        <translation>Lý do đóng hồ sơ ở cột {column} không phải là một trong các giá trị: reintegrated (đã tái hòa nhập), declined assistance (từ chối hỗ trợ), lost contact (mất liên lạc), moved on (đã chuyển đi nơi khác), transferred (đã chuyển sang tổ chức khác), deceased (đã qua đời).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="121"/>
        <source>The case is not closed, yet column {column} gives a closure reason or date.</source>
        <translation>Hồ sơ chưa đóng, nhưng cột {column} lại ghi lý do hoặc ngày đóng hồ sơ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="124"/>
        <source>The closure date is before the intake date.</source>
        <translation>Ngày đóng hồ sơ sớm hơn ngày tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="127"/>
        <source>The earlier case number in column {column} may hold letters, digits and / . _ : # - only, at most 40 of them.</source>
        <translation>Số hồ sơ cũ trong cột {column} chỉ được gồm chữ cái, chữ số và / . _ : # -, tối đa 40 ký tự.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="132"/>
        <source>The stage in column {column} comes after the departure gates (consent, risk, checklist), which an import cannot check: only a supervisor or a data officer imports cases at that stage.</source>
        <translation>Giai đoạn ở cột {column} nằm sau các điều kiện trước khi khởi hành (sự đồng ý, đánh giá rủi ro, danh mục kiểm tra trước khi khởi hành), mà việc nhập không thể kiểm tra: chỉ người giám sát hoặc cán bộ quản lý dữ liệu mới được nhập hồ sơ ở giai đoạn đó.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="138"/>
        <source>The reference in column {column} appears on more than one row.</source>
        <translation>Mã hồ sơ ở cột {column} xuất hiện ở nhiều hơn một dòng.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="141"/>
        <source>The reference in column {column} already belongs to a case in the vault.</source>
        <translation>Mã hồ sơ ở cột {column} đã thuộc về một hồ sơ trong kho bảo mật.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="144"/>
        <source>The text in column {column} is longer than 200 characters.</source>
        <translation>Văn bản ở cột {column} dài hơn 200 ký tự.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="147"/>
        <source>The text in column {column} holds a line break or a control or direction character.</source>
        <translation>Văn bản ở cột {column} chứa dấu xuống dòng hoặc ký tự điều khiển hay ký tự chỉ hướng.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="151"/>
        <source>The value in column {column} cannot be stored; check it in the spreadsheet.</source>
        <translation>Không thể lưu giá trị ở cột {column}; hãy kiểm tra giá trị đó trong bảng tính.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="82"/>
        <source>The file could not be read.</source>
        <translation>Không thể đọc tệp.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="23"/>
        <source>Request for assistance</source>
        <translation>Đề nghị hỗ trợ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="24"/>
        <source>Confirmation of assistance</source>
        <translation>Xác nhận hỗ trợ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="27"/>
        <source>Reintegration assistance request</source>
        <translation>Đề nghị hỗ trợ tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="30"/>
        <source>Reintegration assistance confirmation</source>
        <translation>Xác nhận hỗ trợ tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="33"/>
        <source>Post-departure confirmation</source>
        <translation>Xác nhận sau khi khởi hành</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="36"/>
        <source>Arrival confirmation</source>
        <translation>Xác nhận đã đến nơi</translation>
    </message>
</context>
<context>
    <name>next</name>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="17"/>
        <source>Record consent to assistance</source>
        <translation>Ghi nhận sự đồng ý nhận hỗ trợ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="18"/>
        <source>Make the risk assessment</source>
        <translation>Thực hiện đánh giá rủi ro</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="19"/>
        <source>Complete the pre-departure checklist</source>
        <translation>Hoàn thành danh mục kiểm tra trước khi khởi hành</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="20"/>
        <source>Plan the travel</source>
        <translation>Lên kế hoạch hành trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="21"/>
        <source>Awaiting an answer from the partner organisation</source>
        <translation>Đang chờ trả lời từ tổ chức đối tác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="24"/>
        <source>Draw up the reintegration plan</source>
        <translation>Lập kế hoạch tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="25"/>
        <source>Follow-up visit due</source>
        <translation>Đến hạn chuyến thăm theo dõi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="26"/>
        <source>Follow-up visit overdue</source>
        <translation>Quá hạn chuyến thăm theo dõi</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../rrr_desktop/ui/directory/__init__.py" line="16"/>
        <source>Directory</source>
        <translation>Danh bạ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/__init__.py" line="16"/>
        <source>Handoff</source>
        <translation>Bàn giao</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/__init__.py" line="16"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="122"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="123"/>
        <source>Cases</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="124"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="196"/>
        <source>This page could not be opened ({kind}).</source>
        <translation>Không thể mở trang này ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/__init__.py" line="16"/>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/common.py" line="81"/>
        <source>Handoff</source>
        <translation>Bàn giao</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="28"/>
        <source>At least 10 characters: best a few unrelated words.</source>
        <translation>Ít nhất 10 ký tự: tốt nhất là vài từ không liên quan đến nhau.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="31"/>
        <source>Too short: use at least 10 characters, best a few unrelated words.</source>
        <translation>Quá ngắn: hãy dùng ít nhất 10 ký tự, tốt nhất là vài từ không liên quan đến nhau.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="34"/>
        <source>Too easy to guess (a common word, a pattern or a date): use a few unrelated words.</source>
        <translation>Quá dễ đoán (một từ thông dụng, một mẫu quen thuộc hoặc một ngày tháng): hãy dùng vài từ không liên quan đến nhau.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="38"/>
        <source>Weak: add another word or two.</source>
        <translation>Yếu: hãy thêm một hoặc hai từ nữa.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="39"/>
        <source>Good.</source>
        <translation>Tốt.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="40"/>
        <source>Strong.</source>
        <translation>Mạnh.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="23"/>
        <source>Home to family</source>
        <translation>Về với gia đình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="24"/>
        <source>Another community</source>
        <translation>Một cộng đồng khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="25"/>
        <source>Independent living</source>
        <translation>Sống độc lập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="26"/>
        <source>Stay in the destination country</source>
        <translation>Ở lại quốc gia đích</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="29"/>
        <source>A third country</source>
        <translation>Một quốc gia thứ ba</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="30"/>
        <source>Family-based alternative care (child)</source>
        <translation>Chăm sóc thay thế dựa vào gia đình (trẻ em)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="36"/>
        <source>Family mediation and reunification</source>
        <translation>Hòa giải và đoàn tụ gia đình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="37"/>
        <source>Medical and health</source>
        <translation>Y tế và sức khỏe</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="38"/>
        <source>Financial (reinstallation grant, dependants)</source>
        <translation>Tài chính (trợ cấp tái định cư, người phụ thuộc)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="41"/>
        <source>Legal</source>
        <translation>Pháp lý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="42"/>
        <source>Education, vocational training, apprenticeship</source>
        <translation>Giáo dục, đào tạo nghề, học việc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="45"/>
        <source>Income generation</source>
        <translation>Tạo thu nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="46"/>
        <source>Security</source>
        <translation>An ninh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="47"/>
        <source>Housing</source>
        <translation>Nhà ở</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="48"/>
        <source>Counselling</source>
        <translation>Tư vấn tâm lý</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="52"/>
        <source>Planned</source>
        <translation>Đã lên kế hoạch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="53"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="54"/>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="55"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="84"/>
        <source>Family-based alternative care is an option for children only.</source>
        <translation>Chăm sóc thay thế dựa vào gia đình chỉ là lựa chọn dành cho trẻ em.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="93"/>
        <source>A child cannot be placed in independent living.</source>
        <translation>Không thể bố trí cho trẻ em sống độc lập.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="116"/>
        <source>Write down the person&apos;s own wishes, in their words, beside the proposal.</source>
        <translation>Hãy ghi lại mong muốn của chính người được hỗ trợ, bằng lời của họ, bên cạnh đề xuất.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="124"/>
        <source>Choose where the person will live.</source>
        <translation>Hãy chọn nơi người được hỗ trợ sẽ sống.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="132"/>
        <source>The component &apos;{kind}&apos; has no goal.</source>
        <translation>Hợp phần &apos;{kind}&apos; chưa có mục tiêu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="141"/>
        <source>An action of the component &apos;{kind}&apos; has no description.</source>
        <translation>Một hoạt động của hợp phần &apos;{kind}&apos; chưa có mô tả.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="49"/>
        <source>{icon} not verified in 6 months</source>
        <translation>{icon} chưa được xác minh trong 6 tháng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="67"/>
        <source>Pick an organisation from the directory or type a name</source>
        <translation>Chọn một tổ chức từ danh bạ dịch vụ hoặc nhập tên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="82"/>
        <source>Due by</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="103"/>
        <source>Add a plan component</source>
        <translation>Thêm hợp phần kế hoạch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="121"/>
        <source>Component:</source>
        <translation>Hợp phần:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="122"/>
        <source>Goal:</source>
        <translation>Mục tiêu:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="123"/>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="159"/>
        <source>Responsible:</source>
        <translation>Người chịu trách nhiệm:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="125"/>
        <source>Budget:</source>
        <translation>Ngân sách:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="152"/>
        <source>Add an action</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="158"/>
        <source>Action:</source>
        <translation>Hoạt động:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="35"/>
        <source>Save the plan as PDF</source>
        <translation>Lưu kế hoạch dưới dạng PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="76"/>
        <source>The PDF could not be written.</source>
        <translation>Không thể ghi tệp PDF.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="78"/>
        <source>Writing the PDF…</source>
        <translation>Đang ghi tệp PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="83"/>
        <source>Saved {file} ({pages} pages).</source>
        <translation>Đã lưu {file} ({pages} trang).</translation>
    </message>
</context>
<context>
    <name>reintegration</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="72"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../rrr_desktop/printing/charts.py" line="34"/>
        <source>Dashed outline: hidden counts (disclosure control)</source>
        <translation>Viền nét đứt: số đếm bị ẩn (kiểm soát tiết lộ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="55"/>
        <source>Persons assisted by {field}</source>
        <translation>Số người được hỗ trợ theo {field}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="57"/>
        <source>{rows} by {columns}</source>
        <translation>{rows} theo {columns}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="64"/>
        <source>Period (intake date): all dates</source>
        <translation>Kỳ báo cáo (ngày tiếp nhận): tất cả các ngày</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="66"/>
        <source>first case</source>
        <translation>hồ sơ đầu tiên</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="68"/>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="69"/>
        <source>Period (intake date): {start} to {end}</source>
        <translation>Kỳ báo cáo (ngày tiếp nhận): từ {start} đến {end}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="77"/>
        <source>Programme: {name}</source>
        <translation>Chương trình: {name}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="81"/>
        <source>Programme: all programmes</source>
        <translation>Chương trình: tất cả các chương trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="83"/>
        <source>Disclosure control: counts below {n} hidden, with counts that would reveal them</source>
        <translation>Kiểm soát tiết lộ: ẩn các số đếm nhỏ hơn {n}, cùng các số đếm có thể làm lộ chúng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="88"/>
        <source>Disclosure control: none (for internal use only)</source>
        <translation>Kiểm soát tiết lộ: không áp dụng (chỉ dùng nội bộ)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="91"/>
        <source>Generated: {when} UTC</source>
        <translation>Thời điểm tạo: {when} UTC</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="94"/>
        <source>Cases counted: {n}</source>
        <translation>Số hồ sơ được đếm: {n}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="245"/>
        <source>Persons assisted: statistics</source>
        <translation>Người được hỗ trợ: thống kê</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="308"/>
        <source>Statistics report</source>
        <translation>Báo cáo thống kê</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="332"/>
        <source>{org} - statistics - page {n} of {total}</source>
        <translation>{org} - thống kê - trang {n}/{total}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="17"/>
        <source>&lt;{n}: fewer than {n} persons, hidden to protect them.</source>
        <translation>&lt;{n}: ít hơn {n} người, được ẩn để bảo vệ họ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="20"/>
        <source>x: hidden so that a small number cannot be worked out from the totals.</source>
        <translation>x: được ẩn để không thể suy ra một số nhỏ từ các tổng số.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="23"/>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="24"/>
        <source>Percent</source>
        <translation>Tỷ lệ phần trăm</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="17"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="18"/>
        <source>Age group at intake</source>
        <translation>Nhóm tuổi khi tiếp nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="19"/>
        <source>Sector of exploitation</source>
        <translation>Lĩnh vực bị bóc lột</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="20"/>
        <source>Country of origin</source>
        <translation>Quốc gia gốc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="21"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="22"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="23"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="24"/>
        <source>Caseworker</source>
        <translation>Cán bộ phụ trách hồ sơ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="29"/>
        <source>Not recorded</source>
        <translation>Chưa ghi nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="32"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="33"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="34"/>
        <location filename="../rrr_desktop/reports/fields.py" line="52"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="35"/>
        <location filename="../rrr_desktop/reports/fields.py" line="41"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="38"/>
        <source>Infant (under 1)</source>
        <translation>Trẻ sơ sinh (dưới 1 tuổi)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="39"/>
        <source>Child (1-17)</source>
        <translation>Trẻ em (1-17 tuổi)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="40"/>
        <source>Adult (18+)</source>
        <translation>Người lớn (từ 18 tuổi)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="44"/>
        <source>Domestic work</source>
        <translation>Giúp việc gia đình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="45"/>
        <source>Sexual exploitation</source>
        <translation>Bóc lột tình dục</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="48"/>
        <source>Forced begging</source>
        <translation>Cưỡng bức ăn xin</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="46"/>
        <source>Plantation, agriculture</source>
        <translation>Đồn điền, nông nghiệp</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="47"/>
        <source>Construction</source>
        <translation>Xây dựng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="49"/>
        <source>Restaurant</source>
        <translation>Nhà hàng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="50"/>
        <source>Fishing</source>
        <translation>Đánh bắt cá</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="51"/>
        <source>Factory</source>
        <translation>Nhà máy</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="55"/>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="56"/>
        <source>Shelter</source>
        <translation>Tạm lánh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="57"/>
        <source>Return preparation</source>
        <translation>Chuẩn bị trở về</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="58"/>
        <source>Travel</source>
        <translation>Hành trình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="59"/>
        <source>Reintegration</source>
        <translation>Tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="60"/>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="61"/>
        <source>Testimony</source>
        <translation>Cung cấp lời khai</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="62"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/tables.py" line="19"/>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
</context>
<context>
    <name>returnprep</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="48"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="66"/>
        <source>{user}, {date}</source>
        <translation>{user}, {date}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/common.py" line="36"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="24"/>
        <source>Air</source>
        <translation>Máy bay</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="25"/>
        <source>Bus</source>
        <translation>Xe khách</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="26"/>
        <source>Train</source>
        <translation>Tàu hỏa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="27"/>
        <source>Car</source>
        <translation>Ô tô</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="28"/>
        <source>Boat</source>
        <translation>Tàu thuyền</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="29"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="37"/>
        <source>No known risk</source>
        <translation>Không có rủi ro đã biết</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="38"/>
        <source>Risk, with mitigations</source>
        <translation>Có rủi ro, kèm biện pháp giảm thiểu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="39"/>
        <source>Reasonable suspicion of harm</source>
        <translation>Có nghi ngờ hợp lý về nguy cơ bị tổn hại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="42"/>
        <source>Risk: return despite suspicion of harm</source>
        <translation>Rủi ro: trở về dù có nghi ngờ về nguy cơ bị tổn hại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="43"/>
        <source>Checklist: depart before all 8 conditions</source>
        <translation>Danh mục kiểm tra: khởi hành trước khi đáp ứng đủ 8 điều kiện</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="44"/>
        <source>No travel grant</source>
        <translation>Không có trợ cấp đi lại</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="45"/>
        <source>In kind (meals, booked accommodation)</source>
        <translation>Bằng hiện vật (bữa ăn, chỗ ở đã đặt trước)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="46"/>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="22"/>
        <source>Initial causes of trafficking</source>
        <translation>Nguyên nhân ban đầu dẫn đến việc bị mua bán</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="23"/>
        <source>Socio-economic situation of the family</source>
        <translation>Hoàn cảnh kinh tế - xã hội của gia đình</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="26"/>
        <source>Attitudes of the family and community</source>
        <translation>Thái độ của gia đình và cộng đồng</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="29"/>
        <source>Criminal or civil sanctions on return</source>
        <translation>Chế tài hình sự hoặc dân sự khi trở về</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="30"/>
        <source>State of infrastructure in the country of origin</source>
        <translation>Tình trạng cơ sở hạ tầng ở quốc gia gốc</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="33"/>
        <source>Functioning witness protection programme</source>
        <translation>Chương trình bảo vệ người làm chứng hoạt động hiệu quả</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="34"/>
        <source>Medical, psychological and legal services available</source>
        <translation>Các dịch vụ y tế, tâm lý và pháp lý sẵn có</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="37"/>
        <source>Training and education to reduce the risk of re-victimisation</source>
        <translation>Đào tạo và giáo dục để giảm nguy cơ trở thành nạn nhân lần nữa</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="20"/>
        <source>Follow-up visit</source>
        <translation>Chuyến thăm theo dõi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="21"/>
        <source>Message awaiting an answer</source>
        <translation>Thông điệp đang chờ trả lời</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="22"/>
        <source>Checklist blocks departure</source>
        <translation>Danh mục kiểm tra đang chặn việc khởi hành</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="23"/>
        <source>Supervisor approval needed</source>
        <translation>Cần người giám sát phê duyệt</translation>
    </message>
</context>
<context>
    <name>travel</name>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="105"/>
        <source>A leg needs a place of departure and of arrival.</source>
        <translation>Mỗi chặng cần có nơi khởi hành và nơi đến.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="114"/>
        <source>Give both times of a leg with a UTC offset, or both without.</source>
        <translation>Hãy nhập cả hai thời điểm của một chặng cùng có độ lệch múi giờ UTC, hoặc cùng không có.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="125"/>
        <source>The leg from {origin} arrives before it departs.</source>
        <translation>Chặng từ {origin} đến nơi trước khi khởi hành.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="142"/>
        <source>The leg to {destination} is followed by a leg from {origin}.</source>
        <translation>Sau chặng đến {destination} lại là chặng khởi hành từ {origin}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="157"/>
        <source>The leg from {origin} leaves before the previous leg arrives.</source>
        <translation>Chặng từ {origin} khởi hành trước khi chặng trước đó đến nơi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="192"/>
        <source>The journey was planned to start on {date}, which has passed: update the itinerary.</source>
        <translation>Hành trình dự kiến bắt đầu vào {date}, ngày này đã qua: hãy cập nhật lịch trình.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="207"/>
        <source>Travel by bus from {origin}: air travel is more predictable and safer.</source>
        <translation>Di chuyển bằng xe khách từ {origin}: đi máy bay dễ dự đoán và an toàn hơn.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="220"/>
        <source>Travel by train from {origin}: air travel is more predictable and safer.</source>
        <translation>Di chuyển bằng tàu hỏa từ {origin}: đi máy bay dễ dự đoán và an toàn hơn.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="234"/>
        <source>{count} transit points: use as few as possible.</source>
        <translation>{count} điểm quá cảnh: hãy dùng càng ít càng tốt.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="254"/>
        <source>Arrival on {date}, a public holiday ({holiday}): offices may be closed.</source>
        <translation>Đến nơi vào {date}, một ngày lễ ({holiday}): các cơ quan có thể đóng cửa.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="268"/>
        <source>Arrival on {date}, a weekend day: arrive on a working day.</source>
        <translation>Đến nơi vào {date}, một ngày cuối tuần: hãy đến vào ngày làm việc.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="280"/>
        <source>Arrival at {time} local time: arrive as early in the day as possible.</source>
        <translation>Đến nơi lúc {time} giờ địa phương: hãy đến càng sớm trong ngày càng tốt.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="32"/>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="33"/>
        <source>This field is required.</source>
        <translation>Trường này là bắt buộc.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="34"/>
        <source>The number is too small.</source>
        <translation>Số quá nhỏ.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="35"/>
        <source>The number is too large.</source>
        <translation>Số quá lớn.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="36"/>
        <source>This is not a valid date.</source>
        <translation>Đây không phải là ngày hợp lệ.</translation>
    </message>
</context>
</TS>
