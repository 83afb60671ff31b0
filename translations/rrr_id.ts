<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="49"/>
        <source>Add a user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="61"/>
        <source>Give the first passphrase to the person in private; they change it with Settings → Vault → Change my passphrase.</source>
        <translation>Berikan frasa sandi awal kepada pengguna tersebut secara empat mata; ia menggantinya sendiri melalui Pengaturan → Brankas → Ubah frasa sandi saya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="73"/>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="74"/>
        <source>&amp;Name shown</source>
        <translation>Nama yang &amp;ditampilkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="75"/>
        <source>&amp;Role</source>
        <translation>Pe&amp;ran</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="76"/>
        <source>First &amp;passphrase</source>
        <translation>&amp;Frasa sandi awal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="77"/>
        <source>Repeat the passphrase</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="281"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="287"/>
        <source>Import now</source>
        <translation>Impor sekarang</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="301"/>
        <source>{n} new cases will be created, all at once: if anything goes wrong, none is.</source>
        <translation>{n} kasus baru akan dibuat sekaligus: jika ada yang gagal, tidak satu pun dibuat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="325"/>
        <source>Imported {n} cases.</source>
        <translation>{n} kasus diimpor.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="335"/>
        <source>The import failed; nothing was imported.</source>
        <translation>Impor gagal; tidak ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="55"/>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="59"/>
        <source>Save the assessment</source>
        <translation>Simpan penilaian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="62"/>
        <source>The person: strengths, needs, health, skills</source>
        <translation>Yang bersangkutan: kekuatan, kebutuhan, kesehatan, keterampilan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="63"/>
        <source>What they return to: family, community, safety</source>
        <translation>Situasi yang akan dihadapi saat kembali: keluarga, komunitas, keamanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="71"/>
        <source>Family assessment (child)</source>
        <translation>Penilaian keluarga (anak)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="74"/>
        <source>No neglect or abuse found</source>
        <translation>Tidak ditemukan penelantaran atau kekerasan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="75"/>
        <source>Neglect or abuse found</source>
        <translation>Ditemukan penelantaran atau kekerasan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="80"/>
        <source>Record the family assessment</source>
        <translation>Catat penilaian keluarga</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="95"/>
        <source>Assessed on {on} by {by}.</source>
        <translation>Dinilai pada {on} oleh {by}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="97"/>
        <source>Not assessed yet.</source>
        <translation>Belum dinilai.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="104"/>
        <source>⚠ No family assessment yet: the child cannot go home to the family until one finds no neglect or abuse.</source>
        <translation>⚠ Belum ada penilaian keluarga: anak tidak dapat pulang ke keluarganya sebelum ada penilaian yang tidak menemukan penelantaran atau kekerasan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="110"/>
        <source>neglect or abuse found</source>
        <translation>ditemukan penelantaran atau kekerasan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="112"/>
        <source>no neglect or abuse found</source>
        <translation>tidak ditemukan penelantaran atau kekerasan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="115"/>
        <source>Assessed on {on} by {by}: {found}.</source>
        <translation>Dinilai pada {on} oleh {by}: {found}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/assessment_panel.py" line="128"/>
        <source>Say whether neglect or abuse was found.</source>
        <translation>Nyatakan apakah ditemukan penelantaran atau kekerasan.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/viewer.py" line="148"/>
        <source>Shown here: the first {shown} of {total} pages; use &quot;Save a copy&quot; to read the rest.</source>
        <translation>Ditampilkan di sini: {shown} halaman pertama dari {total} halaman; gunakan “Simpan salinan” untuk membaca sisanya.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="60"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="61"/>
        <source>Transfers</source>
        <translation>Transfer data</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="70"/>
        <source>a case reference</source>
        <translation>nomor kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="72"/>
        <source>e.g. case.print</source>
        <translation>mis. case.print</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="73"/>
        <source>Only between</source>
        <translation>Hanya antara</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="82"/>
        <source>&amp;User</source>
        <translation>&amp;Pengguna</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="83"/>
        <source>&amp;Case</source>
        <translation>&amp;Kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="84"/>
        <source>&amp;Action</source>
        <translation>Tin&amp;dakan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="88"/>
        <source>and</source>
        <translation>dan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="91"/>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="92"/>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="94"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="96"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verifikasi rantai</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="39"/>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="40"/>
        <source>Status report</source>
        <translation>Laporan status</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="41"/>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="52"/>
        <source>Only supervisors can read the audit log.</source>
        <translation>Hanya supervisor yang dapat membaca log audit.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="98"/>
        <source>Write a chec&amp;kpoint…</source>
        <translation>&amp;Tulis titik periksa…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="100"/>
        <source>C&amp;heck against a checkpoint…</source>
        <translation>Coc&amp;okkan dengan titik periksa…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <location filename="../rrr_desktop/ui/audit/page.py" line="279"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="115"/>
        <source>Record</source>
        <translation>Data terkait</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/audit/page.py" line="188"/>
        <source>%n entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>%n entri ditampilkan, yang terbaru lebih dulu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="199"/>
        <source>Export the audit log</source>
        <translation>Ekspor log audit</translation>
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
            <numerusform>%n entri ditulis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/audit/page.py" line="219"/>
        <source>The chain is intact: %n entry(ies).</source>
        <translation>
            <numerusform>Rantai utuh: %n entri.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="222"/>
        <source>The audit log was changed: {problems}</source>
        <translation>Log audit telah diubah: {problems}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="230"/>
        <source>Write an audit checkpoint</source>
        <translation>Tulis titik periksa audit</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="232"/>
        <location filename="../rrr_desktop/ui/audit/page.py" line="249"/>
        <source>Checkpoint (*.json)</source>
        <translation>Titik periksa (*.json)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="242"/>
        <source>Checkpoint of entry {seq} written. Keep a copy away from this laptop.</source>
        <translation>Titik periksa entri {seq} telah ditulis. Simpan salinannya di tempat lain, di luar laptop ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="249"/>
        <source>Check against a checkpoint</source>
        <translation>Cocokkan dengan titik periksa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="260"/>
        <source>The log agrees with the checkpoint of entry {seq}.</source>
        <translation>Log sesuai dengan titik periksa entri {seq}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="266"/>
        <source>The log does not match the checkpoint: {problems}</source>
        <translation>Log tidak sesuai dengan titik periksa: {problems}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="280"/>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="281"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="282"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="283"/>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="284"/>
        <source>Purpose and basis</source>
        <translation>Tujuan dan dasar hukum</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="285"/>
        <source>Fields</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="296"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="296"/>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/page.py" line="309"/>
        <source>Every case sent to or received from another organisation. Prints and exports are in the audit log (actions case.print, report.export, audit.export).</source>
        <translation>Setiap kasus yang dikirim ke atau diterima dari organisasi lain. Pencetakan dan ekspor tercatat di log audit (tindakan case.print, report.export, audit.export).</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="138"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="140"/>
        <source>&amp;Revert changes</source>
        <translation>&amp;Batalkan perubahan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="142"/>
        <source>&amp;Undo last save</source>
        <translation>&amp;Urungkan penyimpanan terakhir</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="147"/>
        <source>Save (Ctrl+S) keeps what you type in {tabs}; the other tabs save each action as you make it.</source>
        <translation>Simpan (Ctrl+S) menyimpan apa yang Anda ketik di tab {tabs}; tab lainnya langsung menyimpan setiap tindakan saat Anda melakukannya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="276"/>
        <source>{stage} · age {age} · caseworker {worker}</source>
        <translation>{stage} · usia {age} · pendamping kasus {worker}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="282"/>
        <source>their reference {ref}</source>
        <translation>nomor kasus perujuk {ref}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="286"/>
        <source>earlier {refs}</source>
        <translation>nomor sebelumnya {refs}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="353"/>
        <source>Your unsaved changes from before the lock were kept. Check them, then save.</source>
        <translation>Perubahan yang belum disimpan sebelum penguncian tetap tersimpan. Periksa, lalu simpan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/casefile/view.py" line="381"/>
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>%n isian perlu diperiksa sebelum disimpan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/casefile/view.py" line="413"/>
        <source>Saved. %n field(s) were also changed elsewhere meanwhile: both values are kept; choose one in Handoff → Conflicts.</source>
        <translation>
            <numerusform>Tersimpan. Sementara itu, %n isian juga diubah di tempat lain: kedua nilai dipertahankan; pilih salah satu di Serah terima → Konflik.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="421"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="428"/>
        <source>Changes discarded.</source>
        <translation>Perubahan dibatalkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="437"/>
        <source>The case changed since; the last save cannot be undone.</source>
        <translation>Kasus telah berubah sejak itu; penyimpanan terakhir tidak dapat diurungkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="456"/>
        <source>The last save was undone.</source>
        <translation>Penyimpanan terakhir telah diurungkan.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="186"/>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="43"/>
        <location filename="../rrr_desktop/ui/case_list.py" line="145"/>
        <source>Search by reference or name (Ctrl+F)</source>
        <translation>Cari berdasarkan nomor kasus atau nama (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="53"/>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="57"/>
        <source>All origins</source>
        <translation>Semua asal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="62"/>
        <source>All caseworkers</source>
        <translation>Semua pendamping kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="68"/>
        <source>&amp;Overdue only</source>
        <translation>Hanya yang &amp;terlambat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="69"/>
        <source>Search the no&amp;tes instead</source>
        <translation>Cari di &amp;catatan sebagai gantinya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="72"/>
        <source>Find cases whose notes or contact log hold every word typed</source>
        <translation>Temukan kasus yang catatan atau log kontaknya memuat setiap kata yang diketik</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="78"/>
        <source>&amp;New case…</source>
        <translation>Kasus &amp;baru…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="143"/>
        <source>Words written in the notes (Ctrl+F)</source>
        <translation>Kata yang tertulis di catatan (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/case_list.py" line="154"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n kasus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_list.py" line="158"/>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="36"/>
        <source>Reference</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="37"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="38"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="39"/>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="40"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="41"/>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="42"/>
        <source>Next action</source>
        <translation>Tindakan berikutnya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/case_model.py" line="43"/>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="35"/>
        <source>Case list</source>
        <translation>Daftar kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="73"/>
        <source>Cannot open the case</source>
        <translation>Kasus tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="106"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/cases_page.py" line="107"/>
        <source>Case {reference} has unsaved changes. Save them?</source>
        <translation>Kasus {reference} memiliki perubahan yang belum disimpan. Simpan perubahan tersebut?</translation>
    </message>
</context>
<context>
    <name>CheckPrintoutDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="28"/>
        <source>Check a printout</source>
        <translation>Periksa hasil cetak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="31"/>
        <source>The code in the footer, e.g. RRR-K7MX-3QAD</source>
        <translation>Kode di kaki halaman, mis. RRR-K7MX-3QAD</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="32"/>
        <source>Code of the printout</source>
        <translation>Kode hasil cetak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="33"/>
        <source>&amp;Check the code</source>
        <translation>Periksa &amp;kode</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="35"/>
        <source>Check a &amp;PDF file…</source>
        <translation>Periksa file &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="54"/>
        <source>Choose the PDF to check</source>
        <translation>Pilih PDF yang akan diperiksa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="54"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="71"/>
        <source>This code was not printed from this vault. Do not rely on the paper or file.</source>
        <translation>Kode ini tidak dicetak dari brankas ini. Jangan mengandalkan kertas atau file tersebut.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="74"/>
        <source>Printed on {when} by {who}.</source>
        <translation>Dicetak pada {when} oleh {who}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="79"/>
        <source>Case {reference}.</source>
        <translation>Kasus {reference}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="81"/>
        <source>Its signature does not match this installation&apos;s key.</source>
        <translation>Tanda tangan digitalnya tidak cocok dengan kunci instalasi ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="84"/>
        <source>This file is not the one that was printed: it was changed afterwards.</source>
        <translation>File ini bukan file yang dicetak: file telah diubah sesudahnya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="87"/>
        <source>The file is exactly the one printed.</source>
        <translation>File ini persis sama dengan yang dicetak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="89"/>
        <source>The case no longer exists here.</source>
        <translation>Kasus ini sudah tidak ada di sini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/check_dialog.py" line="92"/>
        <source>The case has changed since: print it again before relying on it.</source>
        <translation>Kasus telah berubah sejak dicetak: cetak ulang sebelum mengandalkannya.</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="84"/>
        <source>Departure blocked because:</source>
        <translation>Keberangkatan terhalang karena:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="84"/>
        <source>Nothing blocks departure.</source>
        <translation>Tidak ada yang menghalangi keberangkatan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="101"/>
        <source>Conditions: all 8 must be met before departure</source>
        <translation>Syarat: kedelapan syarat harus dipenuhi sebelum keberangkatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="104"/>
        <source>What the person has been told and given</source>
        <translation>Yang telah diberitahukan dan diberikan kepada yang bersangkutan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="126"/>
        <source>The person&apos;s wish</source>
        <translation>Keinginan yang bersangkutan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="128"/>
        <source>Wants to be met on arrival by a local NGO:</source>
        <translation>Ingin dijemput oleh LSM setempat saat tiba:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="131"/>
        <source>Not asked yet</source>
        <translation>Belum ditanyakan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="132"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="133"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="140"/>
        <source>Contacts handed over (from the directory)</source>
        <translation>Kontak yang telah diberikan (dari direktori)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="149"/>
        <source>Add contact</source>
        <translation>Tambah kontak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="151"/>
        <source>Remove selected</source>
        <translation>Hapus yang dipilih</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="175"/>
        <source>A supervisor ({user}, {date}) let the person depart before every condition is met: {reason}</source>
        <translation>Supervisor ({user}, {date}) mengizinkan yang bersangkutan berangkat sebelum semua syarat dipenuhi: {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="186"/>
        <source>Removed from the directory ({id})</source>
        <translation>Dihapus dari direktori ({id})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="190"/>
        <source>(not verified in the last 6 months)</source>
        <translation>(belum diverifikasi dalam 6 bulan terakhir)</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="33"/>
        <source>(empty, or deleted)</source>
        <translation>(kosong, atau dihapus)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="48"/>
        <source>These fields were changed on two laptops that had not seen each other&apos;s change. Nothing was overwritten: choose the value to keep. Your choice goes to the other laptops with the next sync.</source>
        <translation>Isian berikut diubah di dua laptop yang belum saling menerima perubahan masing-masing. Tidak ada yang ditimpa: pilih nilai yang akan dipertahankan. Pilihan Anda akan diteruskan ke laptop lain pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Choice</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Case and field</source>
        <translation>Kasus dan isian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="62"/>
        <source>Values</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="79"/>
        <source>No open conflicts.</source>
        <translation>Tidak ada konflik terbuka.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="82"/>
        <source>%n open conflict(s); the first %1 are shown.</source>
        <translation>
            <numerusform>%n konflik terbuka; %1 yang pertama ditampilkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="87"/>
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n konflik terbuka.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="93"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n isian</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="94"/>
        <source>Take theirs for this whole case</source>
        <translation>Pakai versi mereka untuk seluruh kasus ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="103"/>
        <source>A field here holds only values written on this laptop: choose on its own line.</source>
        <translation>Satu kolom di sini hanya berisi nilai yang ditulis di laptop ini: pilih di barisnya sendiri.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="138"/>
        <source>Keep ours</source>
        <translation>Pertahankan versi kita</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="138"/>
        <source>Take theirs</source>
        <translation>Pakai versi mereka</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="141"/>
        <source>Keep %1</source>
        <translation>Pertahankan nilai %1</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="144"/>
        <source>New value...</source>
        <translation>Nilai baru...</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="153"/>
        <source>this laptop</source>
        <translation>laptop ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="155"/>
        <source>laptop %1</source>
        <translation>laptop %1</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="158"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="166"/>
        <source>New value</source>
        <translation>Nilai baru</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="104"/>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="68"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="54"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="111"/>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="67"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="106"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="69"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="107"/>
        <source>How</source>
        <translation>Cara</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="70"/>
        <source>Basis</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="71"/>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="72"/>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="112"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="80"/>
        <source>Record what the person said</source>
        <translation>Catat apa yang dikatakan yang bersangkutan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="92"/>
        <source>language it was explained in, e.g. km</source>
        <translation>bahasa yang digunakan untuk menjelaskan, mis. km</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="95"/>
        <source>e.g. the named receiving organisation</source>
        <translation>mis. nama organisasi penerima</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="97"/>
        <source>&amp;Record consent</source>
        <translation>Catat &amp;persetujuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="99"/>
        <source>&amp;Withdraw selected purpose</source>
        <translation>&amp;Cabut persetujuan untuk tujuan yang dipilih</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="105"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="108"/>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="109"/>
        <source>Explained in</source>
        <translation>Dijelaskan dalam bahasa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="110"/>
        <source>Witness</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="122"/>
        <source>Consent in force, per purpose</source>
        <translation>Persetujuan yang berlaku, per tujuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="124"/>
        <source>History of the selected purpose</source>
        <translation>Riwayat tujuan yang dipilih</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/consent_tab.py" line="195"/>
        <source>Recorded: {purpose} — {state}.</source>
        <translation>Dicatat: {purpose} — {state}.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="55"/>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="59"/>
        <source>Name, contact or note</source>
        <translation>Nama, kontak, atau catatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="61"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="64"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="66"/>
        <source>Only entries to verify</source>
        <translation>Hanya entri yang perlu diverifikasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="87"/>
        <source>Verification</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="88"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="89"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="90"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="91"/>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="92"/>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="93"/>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="94"/>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="111"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="112"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="113"/>
        <source>Mark as verified today</source>
        <translation>Tandai terverifikasi hari ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="114"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="115"/>
        <source>Import CSV…</source>
        <translation>Impor CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="116"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="117"/>
        <source>Add the starter examples</source>
        <translation>Tambahkan contoh awal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="125"/>
        <source>Service directory</source>
        <translation>Direktori layanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="128"/>
        <source>Check an entry with the organisation before giving it to a person: entries not verified in the last 6 months are marked ⚠.</source>
        <translation>Periksa entri dengan organisasi terkait sebelum memberikannya kepada seseorang: entri yang belum diverifikasi dalam 6 bulan terakhir ditandai ⚠.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="149"/>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="192"/>
        <source>{count} entries shown, {stale} to verify.</source>
        <translation>{count} entri ditampilkan, {stale} perlu diverifikasi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="209"/>
        <source>Directory entry added.</source>
        <translation>Entri direktori ditambahkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="214"/>
        <source>Directory entry saved.</source>
        <translation>Entri direktori disimpan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="223"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="225"/>
        <source>Marked as verified today.</source>
        <translation>Ditandai terverifikasi hari ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="233"/>
        <source>Delete the entry?</source>
        <translation>Hapus entri ini?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="234"/>
        <source>Plans that name this organisation keep its id but no longer show its name.</source>
        <translation>Rencana yang menyebut organisasi ini tetap menyimpan id-nya, tetapi tidak lagi menampilkan namanya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="238"/>
        <source>Directory entry deleted.</source>
        <translation>Entri direktori dihapus.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="244"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="279"/>
        <source>Not imported</source>
        <translation>Tidak diimpor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="248"/>
        <source>{count} example entries added; each must be replaced by a verified one.</source>
        <translation>{count} entri contoh ditambahkan; masing-masing harus diganti dengan entri yang sudah diverifikasi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="256"/>
        <source>Import the directory</source>
        <translation>Impor direktori</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="256"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="289"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="282"/>
        <source>Imported: {new} new, {updated} updated.</source>
        <translation>Diimpor: {new} baru, {updated} diperbarui.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="289"/>
        <source>Export the directory</source>
        <translation>Ekspor direktori</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="306"/>
        <source>{count} entries exported.</source>
        <translation>{count} entri diekspor.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="316"/>
        <source>The file could not be read or written.</source>
        <translation>File tidak dapat dibaca atau ditulis.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/page.py" line="313"/>
        <location filename="../rrr_desktop/ui/directory/page.py" line="316"/>
        <source>Directory</source>
        <translation>Direktori</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="41"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="50"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="51"/>
        <source>Number (last 4)</source>
        <translation>Nomor (4 karakter terakhir)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="52"/>
        <source>Expires</source>
        <translation>Berlaku hingga</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="53"/>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="77"/>
        <source>In hand</source>
        <translation>Sudah di tangan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="54"/>
        <source>Copy given to the person</source>
        <translation>Salinan diberikan kepada yang bersangkutan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="66"/>
        <source>e.g. passport, travel document, ID card</source>
        <translation>mis. paspor, dokumen perjalanan, kartu identitas</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="69"/>
        <source>last 4</source>
        <translation>4 karakter terakhir</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="75"/>
        <source>no expiry</source>
        <translation>tanpa batas masa berlaku</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="78"/>
        <source>Copy given</source>
        <translation>Salinan diberikan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="79"/>
        <source>Save document</source>
        <translation>Simpan dokumen</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="81"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="99"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/documents_box.py" line="99"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>EmbassyLetter</name>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="25"/>
        <source>about {year} (estimated)</source>
        <translation>sekitar {year} (perkiraan)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="28"/>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="62"/>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="35"/>
        <source>To the Embassy or Consulate of {country}</source>
        <translation>Kepada Kedutaan Besar atau Konsulat {country}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="38"/>
        <source>Subject: request for a {document}</source>
        <translation>Perihal: permohonan {document}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="41"/>
        <source>We kindly ask you to issue a {document} to the national of {country} named below, who wishes to return home. Please let us know which further documents or photographs you need and when the person may come to the consulate.</source>
        <translation>Dengan hormat, kami mohon agar Bapak/Ibu berkenan menerbitkan {document} bagi warga negara {country} yang namanya tercantum di bawah ini, yang ingin pulang ke negaranya. Mohon beri tahu kami dokumen atau foto tambahan apa saja yang diperlukan dan kapan yang bersangkutan dapat datang ke konsulat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="50"/>
        <source>With the person&apos;s explicit consent, we inform you that they have been identified as a victim of trafficking in persons and are assisted by our organisation. We ask you to treat this information as confidential.</source>
        <translation>Dengan persetujuan tegas dari yang bersangkutan, kami memberitahukan bahwa yang bersangkutan telah diidentifikasi sebagai korban perdagangan orang dan mendapat bantuan dari organisasi kami. Kami mohon agar informasi ini diperlakukan sebagai rahasia.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="57"/>
        <source>Thank you for your help.</source>
        <translation>Terima kasih atas bantuan Bapak/Ibu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="64"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="65"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="67"/>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="71"/>
        <source>Nationality</source>
        <translation>Kewarganegaraan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="74"/>
        <source>Document needed</source>
        <translation>Dokumen yang diperlukan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="75"/>
        <source>Requested by</source>
        <translation>Diminta oleh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="76"/>
        <source>Our reference</source>
        <translation>Nomor kasus kami</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="109"/>
        <source>Signature, name and position</source>
        <translation>Tanda tangan, nama, dan jabatan</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="93"/>
        <source>Choose the spreadsheet</source>
        <translation>Pilih lembar kerja</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="96"/>
        <source>CSV (UTF-8 or UTF-16, as Excel saves it) or an .xlsx workbook; the first row must hold the column names.</source>
        <translation>CSV (UTF-8 atau UTF-16, seperti yang disimpan oleh Excel) atau buku kerja .xlsx; baris pertama harus berisi nama kolom.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="105"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="119"/>
        <source>Spreadsheet to import</source>
        <translation>Lembar kerja yang akan diimpor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="121"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>Lembar kerja (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="136"/>
        <source>Reading the file…</source>
        <translation>Membaca file…</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="64"/>
        <source>May go with a referral (when the person consented to sharing)</source>
        <translation>Boleh disertakan dalam rujukan (jika yang bersangkutan telah memberikan persetujuan untuk berbagi data)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="66"/>
        <source>&amp;Attach a file…</source>
        <translation>&amp;Lampirkan file…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="72"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="73"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="74"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="75"/>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="76"/>
        <source>May go with a referral</source>
        <translation>Boleh disertakan dalam rujukan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="85"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="87"/>
        <source>Save a &amp;copy…</source>
        <translation>Simpan &amp;salinan…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="89"/>
        <source>&amp;Remove from the case</source>
        <translation>&amp;Hapus dari kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="94"/>
        <source>Files are kept inside the encrypted vault, never as loose copies. Up to {size} MB each. Opening a file shows it here; a copy outside the vault is made only with &quot;Save a copy&quot; and is recorded.</source>
        <translation>File disimpan di dalam brankas terenkripsi, tidak pernah sebagai salinan lepas. Maksimal {size} MB per file. Membuka file akan menampilkannya di sini; salinan di luar brankas hanya dibuat dengan “Simpan salinan” dan hal itu dicatat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="103"/>
        <source>Kind of file</source>
        <translation>Jenis file</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="137"/>
        <source>{name} (not on this laptop yet)</source>
        <translation>{name} (belum ada di laptop ini)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="141"/>
        <source>{date} by {who}</source>
        <translation>{date} oleh {who}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="158"/>
        <source>No files yet. Attach a scan of a document, a signed checklist or a photo: choose its kind, then &quot;Attach a file&quot;.</source>
        <translation>Belum ada file. Lampirkan hasil pindaian dokumen, daftar periksa yang sudah ditandatangani, atau foto: pilih jenisnya, lalu “Lampirkan file”.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="185"/>
        <source>This kind of file cannot be shown here. Use &quot;Save a copy&quot; to open it with another program (the copy is outside the vault: delete it afterwards).</source>
        <translation>Jenis file ini tidak dapat ditampilkan di sini. Gunakan “Simpan salinan” untuk membukanya dengan program lain (salinan berada di luar brankas: hapus setelah selesai digunakan).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="194"/>
        <source>That did not work ({kind}).</source>
        <translation>Tindakan itu gagal ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="200"/>
        <source>Attach a file to the case</source>
        <translation>Lampirkan file ke kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="213"/>
        <source>Attaching the file…</source>
        <translation>Melampirkan file…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="220"/>
        <source>Attached: {name}. The original file can now be deleted.</source>
        <translation>Terlampir: {name}. File aslinya sekarang boleh dihapus.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="238"/>
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="252"/>
        <source>Save a copy outside the vault</source>
        <translation>Simpan salinan di luar brankas</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="264"/>
        <source>A copy was saved outside the vault. It is not encrypted: delete it when it is no longer needed.</source>
        <translation>Salinan telah disimpan di luar brankas. Salinan ini tidak terenkripsi: hapus jika sudah tidak diperlukan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="276"/>
        <source>Remove the file</source>
        <translation>Hapus file</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="278"/>
        <source>Remove this file from the case? It is deleted from this laptop unless another case holds it, and from the others at the next sync.</source>
        <translation>Hapus file ini dari kasus? File akan dihapus dari laptop ini, kecuali jika kasus lain juga memuatnya, dan dari laptop lain pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/files_tab.py" line="289"/>
        <source>The file was removed from the case.</source>
        <translation>File telah dihapus dari kasus.</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="73"/>
        <source>Scheduled</source>
        <translation>Dijadwalkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="74"/>
        <source>Made on</source>
        <translation>Dilakukan pada</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="75"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="76"/>
        <source>Scores</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="77"/>
        <source>Warning signs</source>
        <translation>Tanda peringatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="88"/>
        <source>Schedule visits from this return date</source>
        <translation>Jadwalkan kunjungan mulai dari tanggal pemulangan ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="91"/>
        <source>Add a visit on this date</source>
        <translation>Tambah kunjungan pada tanggal ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="93"/>
        <source>Move the selected visit here</source>
        <translation>Pindahkan kunjungan yang dipilih ke sini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="95"/>
        <source>Remove the selected visit</source>
        <translation>Hapus kunjungan yang dipilih</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="98"/>
        <source>Day of return:</source>
        <translation>Hari pemulangan:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="101"/>
        <source>Other date:</source>
        <translation>Tanggal lain:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="106"/>
        <source>Visit schedule</source>
        <translation>Jadwal kunjungan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="115"/>
        <source>How the person is doing, per domain (1 = very vulnerable, 5 = resilient)</source>
        <translation>Kondisi yang bersangkutan, per bidang (1 = sangat rentan, 5 = tangguh)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="123"/>
        <source>Follow-up monitoring</source>
        <translation>Pemantauan tindak lanjut</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="135"/>
        <source>Record a visit</source>
        <translation>Catat kunjungan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="141"/>
        <source>Which visit:</source>
        <translation>Kunjungan yang mana:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="142"/>
        <source>Made on:</source>
        <translation>Dilakukan pada:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="148"/>
        <source>not scored</source>
        <translation>belum diberi skor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="152"/>
        <source>{domain} (1-5):</source>
        <translation>{domain} (1-5):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="162"/>
        <source>Another sign, in a few words</source>
        <translation>Tanda lain, dalam beberapa kata</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="166"/>
        <source>Re-trafficking warning signs:</source>
        <translation>Tanda peringatan risiko diperdagangkan kembali:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="168"/>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="169"/>
        <source>Record the visit</source>
        <translation>Catat kunjungan ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="177"/>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="184"/>
        <source>Close the case</source>
        <translation>Tutup kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="179"/>
        <source>Choose a reason…</source>
        <translation>Pilih alasan…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="183"/>
        <source>Note (optional)</source>
        <translation>Catatan (opsional)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="217"/>
        <source>✓ Made</source>
        <translation>✓ Dilakukan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="219"/>
        <source>{icon} Overdue</source>
        <translation>{icon} Terlambat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="221"/>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="253"/>
        <source>Closed on {on}: {reason}; kept until {until}.</source>
        <translation>Ditutup pada {on}: {reason}; disimpan hingga {until}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="267"/>
        <source>{icon} {count} visit(s) overdue, the oldest planned for {day}.</source>
        <translation>{icon} {count} kunjungan terlambat, yang paling lama direncanakan pada {day}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="271"/>
        <source>Next visit: {day}.</source>
        <translation>Kunjungan berikutnya: {day}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="273"/>
        <source>No visit is scheduled.</source>
        <translation>Belum ada kunjungan yang dijadwalkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="280"/>
        <source>Visit planned for {day}</source>
        <translation>Kunjungan direncanakan pada {day}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="283"/>
        <source>An unscheduled visit</source>
        <translation>Kunjungan di luar jadwal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="307"/>
        <source>Replace the schedule?</source>
        <translation>Ganti jadwal?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="308"/>
        <source>The visits not yet made will be replaced by a new schedule. Continue?</source>
        <translation>Kunjungan yang belum dilakukan akan diganti dengan jadwal baru. Lanjutkan?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="341"/>
        <source>Nothing to record</source>
        <translation>Tidak ada yang perlu dicatat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="342"/>
        <source>Score at least one domain, tick a sign or write a note.</source>
        <translation>Beri skor untuk setidaknya satu bidang, centang satu tanda, atau tulis catatan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="365"/>
        <source>Visit recorded.</source>
        <translation>Kunjungan dicatat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="371"/>
        <source>A reason is needed</source>
        <translation>Alasan diperlukan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/followup_tab.py" line="371"/>
        <source>Choose why the case is closed.</source>
        <translation>Pilih alasan kasus ditutup.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="82"/>
        <source>Close the case?</source>
        <translation>Tutup kasus?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="83"/>
        <source>The case will be closed as “{reason}” and kept for 5 years, then anonymised on a supervisor&apos;s confirmation. Continue?</source>
        <translation>Kasus akan ditutup dengan alasan “{reason}” dan disimpan selama 5 tahun, lalu dianonimkan setelah dikonfirmasi oleh supervisor. Lanjutkan?</translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="17"/>
        <source>Handoff</source>
        <translation>Serah terima</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="24"/>
        <source>Outbox</source>
        <translation>Kotak keluar</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="25"/>
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="26"/>
        <source>Peers</source>
        <translation>Rekan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="27"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/page.py" line="28"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="202"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="203"/>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="204"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="205"/>
        <source>Peer</source>
        <translation>Rekan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="206"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="207"/>
        <source>Counts</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="221"/>
        <source>This vault was put back from a backup on %1 (UTC). Sync with every other laptop of the organisation as usual: each sends back what it holds. Not yet synced since: %2.</source>
        <translation>Brankas ini dipulihkan dari cadangan pada %1 (UTC). Sinkronkan seperti biasa dengan setiap laptop lain milik organisasi: masing-masing akan mengirim kembali data yang dimilikinya. Laptop yang belum disinkronkan sejak saat itu: %2.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="231"/>
        <source>sent</source>
        <translation>dikirim</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/conflicts.py" line="231"/>
        <source>received</source>
        <translation>diterima</translation>
    </message>
</context>
<context>
    <name>HolidaysBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="37"/>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="68"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Holiday</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="41"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="46"/>
        <source>Day of the holiday to add</source>
        <translation>Tanggal hari libur yang akan ditambahkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="50"/>
        <source>Name of the day, e.g. a local festival</source>
        <translation>Nama hari, mis. perayaan setempat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="51"/>
        <source>Name of the holiday to add</source>
        <translation>Nama hari libur yang akan ditambahkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="52"/>
        <source>&amp;Add the day</source>
        <translation>&amp;Tambahkan hari</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="54"/>
        <source>The chosen day is &amp;not a day off</source>
        <translation>Hari yang dipilih &amp;bukan hari libur</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="56"/>
        <source>Back to the &amp;defaults…</source>
        <translation>Kembali ke &amp;daftar bawaan…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="62"/>
        <source>Travel warnings use these days (offices closed, no escort, no embassy). The defaults come from a maintained calendar for every year; your changes sync to the organisation&apos;s other laptops.</source>
        <translation>Peringatan perjalanan memakai hari-hari ini (kantor tutup, tidak ada pendamping perjalanan, kedutaan besar tutup). Daftar bawaan berasal dari kalender yang terus diperbarui untuk setiap tahun; perubahan Anda disinkronkan ke laptop lain milik organisasi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="100"/>
        <source>added by the organisation</source>
        <translation>ditambahkan oleh organisasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="102"/>
        <source>default</source>
        <translation>bawaan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="112"/>
        <source>No public holidays are known for this country; add the organisation&apos;s days off below.</source>
        <translation>Belum ada hari libur resmi yang diketahui untuk negara ini; tambahkan hari libur organisasi di bawah.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="130"/>
        <source>{day} is now a day off.</source>
        <translation>{day} kini menjadi hari libur.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="135"/>
        <source>Choose a day in the list first.</source>
        <translation>Pilih hari dalam daftar terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="144"/>
        <source>{day} is no longer counted as a day off.</source>
        <translation>{day} tidak lagi dihitung sebagai hari libur.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="150"/>
        <source>Back to the defaults?</source>
        <translation>Kembali ke daftar bawaan?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="151"/>
        <source>Forget the organisation&apos;s changes to this country&apos;s holidays?</source>
        <translation>Buang perubahan organisasi pada hari libur negara ini?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/holidays_box.py" line="161"/>
        <source>The country&apos;s holidays are the defaults again.</source>
        <translation>Hari libur negara ini kembali sesuai daftar bawaan.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="350"/>
        <source>Import cases from a spreadsheet</source>
        <translation>Impor kasus dari lembar kerja</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="364"/>
        <source>Cases imported from a spreadsheet.</source>
        <translation>Kasus diimpor dari lembar kerja.</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="53"/>
        <source>Open bundle…</source>
        <translation>Buka paket…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="57"/>
        <source>Passphrase (only for a passphrase bundle)</source>
        <translation>Frasa sandi (hanya untuk paket yang dilindungi frasa sandi)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="61"/>
        <source>Open a bundle to see what it would change.</source>
        <translation>Buka paket untuk melihat apa yang akan diubahnya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="86"/>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="87"/>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="88"/>
        <source>Fields</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="89"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="90"/>
        <source>Shared by the sender</source>
        <translation>Dibagikan oleh pengirim</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="75"/>
        <source>Apply all of it</source>
        <translation>Terapkan semuanya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="96"/>
        <source>Open a bundle</source>
        <translation>Buka paket</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="96"/>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>Paket RRR (*.rrrbundle)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="161"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="228"/>
        <source>Applying…</source>
        <translation>Menerapkan…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="228"/>
        <source>Checking the bundle…</source>
        <translation>Memeriksa paket…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="238"/>
        <source>Applied: {kind} bundle from {org} ({fpr}): {totals}.</source>
        <translation>Diterapkan: paket {kind} dari {org} ({fpr}): {totals}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="240"/>
        <source>Verified {kind} bundle from {org} ({fpr}), made {when}: {totals}.</source>
        <translation>Paket {kind} dari {org} ({fpr}) terverifikasi, dibuat {when}: {totals}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="176"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="247"/>
        <source>nothing to change</source>
        <translation>tidak ada yang diubah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="250"/>
        <source>Purpose: {purpose}; legal basis: {basis}.</source>
        <translation>Tujuan: {purpose}; dasar hukum: {basis}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="208"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="257"/>
        <source>%n new case(s) may be a person already known here; check them: {cases}</source>
        <translation>
            <numerusform>%n kasus baru mungkin orang yang sudah dikenal di sini; periksa: {cases}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="119"/>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="119"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="122"/>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="126"/>
        <source>%n bundle(s) chosen. Each is applied whole or not at all: one that is refused changes nothing, and the others still apply.</source>
        <translation>
            <numerusform>%n paket dipilih. Setiap paket diterapkan seluruhnya atau tidak sama sekali: paket yang ditolak tidak mengubah apa pun, dan paket lainnya tetap diterapkan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="175"/>
        <source>Applied: {totals}.</source>
        <translation>Diterapkan: {totals}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="183"/>
        <source>Refused: {reason}</source>
        <translation>Ditolak: {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="188"/>
        <source>Imported before; skipped.</source>
        <translation>Sudah pernah diimpor; dilewati.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="191"/>
        <source>Not applied.</source>
        <translation>Tidak diterapkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="194"/>
        <source>{done} of {total} bundles applied.</source>
        <translation>{done} dari {total} paket diterapkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="198"/>
        <source>Imported before, skipped: {count}.</source>
        <translation>Sudah pernah diimpor, dilewati: {count}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="202"/>
        <source>Refused, each changing nothing: {count}.</source>
        <translation>Ditolak, masing-masing tanpa mengubah apa pun: {count}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="260"/>
        <source>ask your supervisor</source>
        <translation>tanyakan kepada penyelia Anda</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="286"/>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="287"/>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="288"/>
        <source>conflict</source>
        <translation>konflik</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="289"/>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="290"/>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="291"/>
        <source>dropped (deleted or anonymised here)</source>
        <translation>diabaikan (sudah dihapus atau dianonimkan di sini)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="185"/>
        <location filename="../rrr_desktop/ui/handoff/inbox.py" line="296"/>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="43"/>
        <source>Intake &amp;date</source>
        <translation>&amp;Tanggal penerimaan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="44"/>
        <source>&amp;Referred by</source>
        <translation>&amp;Dirujuk oleh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="45"/>
        <source>&amp;Identified as</source>
        <translation>Diidentifikasi s&amp;ebagai</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="46"/>
        <source>&amp;Exploitation</source>
        <translation>E&amp;ksploitasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="49"/>
        <source>Exploited in (country)</source>
        <translation>Dieksploitasi di (negara)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="52"/>
        <source>&amp;Origin country</source>
        <translation>&amp;Negara asal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="53"/>
        <source>Origin region</source>
        <translation>Wilayah asal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="54"/>
        <source>&amp;Programme</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="55"/>
        <source>First &amp;needs</source>
        <translation>Kebutuhan a&amp;wal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="56"/>
        <source>&amp;Screening notes</source>
        <translation>Catatan skr&amp;ining</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/intake_tab.py" line="57"/>
        <source>&amp;Asylum</source>
        <translation>Su&amp;aka</translation>
    </message>
</context>
<context>
    <name>LanguagesPicker</name>
    <message>
        <location filename="../rrr_desktop/ui/pickers.py" line="99"/>
        <source>e.g. Khmer, English (the one they read best first)</source>
        <translation>mis. Khmer, Inggris (bahasa yang paling lancar dibaca ditulis lebih dulu)</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="48"/>
        <source>Leg of the journey</source>
        <translation>Bagian perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="63"/>
        <source>Mode</source>
        <translation>Moda</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="64"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="65"/>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="66"/>
        <source>Departs (local time)</source>
        <translation>Berangkat (waktu setempat)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="67"/>
        <source>Arrives (local time)</source>
        <translation>Tiba (waktu setempat)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="68"/>
        <source>Carrier</source>
        <translation>Operator angkutan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="69"/>
        <source>Escort</source>
        <translation>Pendamping perjalanan</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="43"/>
        <source>Caseload by caseworker</source>
        <translation>Beban kasus per pendamping kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="44"/>
        <source>Follow-ups due in the next 14 days</source>
        <translation>Tindak lanjut dengan tenggat dalam 14 hari ke depan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="45"/>
        <source>Time spent per stage (median days)</source>
        <translation>Lama waktu per tahap (median hari)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="46"/>
        <source>Returns this month</source>
        <translation>Pemulangan bulan ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="47"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="66"/>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="86"/>
        <source>Caseworker</source>
        <translation>Pendamping kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="67"/>
        <source>Open cases</source>
        <translation>Kasus terbuka</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="68"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="69"/>
        <source>By stage</source>
        <translation>Per tahap</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="85"/>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="109"/>
        <source>Reference</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="87"/>
        <source>Next action</source>
        <translation>Tindakan berikutnya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="88"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Completed stays</source>
        <translation>Periode yang selesai</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="103"/>
        <source>Median days</source>
        <translation>Median hari</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="110"/>
        <source>Left on</source>
        <translation>Berangkat pada</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="111"/>
        <source>Country of origin</source>
        <translation>Negara asal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="112"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="138"/>
        <source>Rows: {n}</source>
        <translation>Baris: {n}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/lists_view.py" line="144"/>
        <source>The list could not be made.</source>
        <translation>Daftar tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="60"/>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="117"/>
        <source>RRR Desktop is locked</source>
        <translation>RRR Desktop terkunci</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="77"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="79"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="91"/>
        <source>Set up a new vault or open the demo…</source>
        <translation>Siapkan brankas baru atau buka demo…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="96"/>
        <source>&amp;User</source>
        <translation>&amp;Pengguna</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="97"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frasa sandi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="117"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="119"/>
        <source>Vault: {path}</source>
        <translation>Brankas: {path}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="127"/>
        <source>Demo vault with invented cases only.
User: {user}
Passphrase: {passphrase}</source>
        <translation>Brankas demo yang hanya berisi kasus rekaan.
Pengguna: {user}
Frasa sandi: {passphrase}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="155"/>
        <source>Enter your user name and passphrase.</source>
        <translation>Masukkan nama pengguna dan frasa sandi Anda.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="158"/>
        <source>Unlocking…</source>
        <translation>Membuka kunci…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="183"/>
        <source>The user name or passphrase is not correct.</source>
        <translation>Nama pengguna atau frasa sandi salah.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="185"/>
        <source>The vault could not be opened ({kind}).</source>
        <translation>Brankas tidak dapat dibuka ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="194"/>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="211"/>
        <source>Please wait {seconds} s before the next try.</source>
        <translation>Harap tunggu {seconds} detik sebelum mencoba lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/lock_screen.py" line="207"/>
        <source>You can try again now.</source>
        <translation>Anda dapat mencoba lagi sekarang.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="136"/>
        <source>RRR Desktop — set up</source>
        <translation>RRR Desktop — penyiapan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="146"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="148"/>
        <source>RRR Desktop — locked</source>
        <translation>RRR Desktop — terkunci</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="179"/>
        <source>No recovery key could be made; make one in Settings → Users and roles.</source>
        <translation>Kunci pemulihan tidak dapat dibuat; buat kunci pemulihan di Pengaturan → Pengguna dan peran.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="202"/>
        <location filename="../rrr_desktop/ui/main_window.py" line="206"/>
        <source>Read only</source>
        <translation>Hanya-baca</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="255"/>
        <source>Checking and restoring the backup…</source>
        <translation>Memeriksa dan memulihkan cadangan…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="235"/>
        <source>The backup was restored. Unlock it with its passphrases.</source>
        <translation>Cadangan telah dipulihkan. Buka kuncinya dengan frasa sandi yang berlaku untuk cadangan tersebut.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="239"/>
        <source>The vault it replaced is kept in {folder}.</source>
        <translation>Brankas yang digantikannya disimpan di {folder}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="243"/>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="404"/>
        <location filename="../rrr_desktop/ui/main_window.py" line="422"/>
        <source>Vault: {path}</source>
        <translation>Brankas: {path}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="408"/>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="412"/>
        <source>User: {name} ({username})</source>
        <translation>Pengguna: {name} ({username})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="417"/>
        <source>Organisation: {name}</source>
        <translation>Organisasi: {name}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/main_window.py" line="427"/>
        <source>Unlocked — Ctrl+L locks, F12 quick exit</source>
        <translation>Tidak terkunci — Ctrl+L untuk mengunci, F12 untuk keluar cepat</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="143"/>
        <source>Which column holds what?</source>
        <translation>Kolom mana berisi apa?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="146"/>
        <source>Columns we recognised are already chosen. Columns set to &apos;not imported&apos; are left out. This choice is remembered for files with the same columns.</source>
        <translation>Kolom yang kami kenali sudah dipilih. Kolom yang diatur ke &apos;(tidak diimpor)&apos; akan dilewati. Pilihan ini diingat untuk file dengan kolom yang sama.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="154"/>
        <source>Column in the file</source>
        <translation>Kolom dalam file</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="154"/>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="183"/>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="213"/>
        <source>Checking every row…</source>
        <translation>Memeriksa setiap baris…</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="59"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="60"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="61"/>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="62"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="63"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="77"/>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="84"/>
        <source>Mark selected as sent</source>
        <translation>Tandai yang dipilih sebagai terkirim</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="86"/>
        <source>Mark selected as received</source>
        <translation>Tandai yang dipilih sebagai diterima</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="91"/>
        <source>Answer expected within (days):</source>
        <translation>Jawaban diharapkan dalam (hari):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="110"/>
        <source>Referring organisation</source>
        <translation>Organisasi perujuk</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="112"/>
        <source>Receiving organisation</source>
        <translation>Organisasi penerima</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="135"/>
        <source>Next: {title}.</source>
        <translation>Berikutnya: {title}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="140"/>
        <source>All six messages are recorded.</source>
        <translation>Keenam pesan sudah dicatat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="143"/>
        <source>Overdue: {titles}.</source>
        <translation>Terlambat: {titles}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="156"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="158"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="158"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="162"/>
        <source>Received</source>
        <comment>status of a message</comment>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/messages_tab.py" line="163"/>
        <source>Sent</source>
        <comment>status of a message</comment>
        <translation>Dikirim</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="37"/>
        <source>New case</source>
        <translation>Kasus baru</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="57"/>
        <source>&amp;Given name</source>
        <translation>Nama &amp;depan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="58"/>
        <source>&amp;Family name</source>
        <translation>Nama &amp;keluarga</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="59"/>
        <source>&amp;Sex</source>
        <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="60"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="61"/>
        <source>or estimated &amp;age</source>
        <translation>atau perkiraan &amp;usia</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="62"/>
        <source>&amp;Nationality</source>
        <translation>Ke&amp;warganegaraan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="63"/>
        <source>&amp;Intake date</source>
        <translation>Tanggal &amp;penerimaan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="64"/>
        <source>&amp;Referred by</source>
        <translation>Di&amp;rujuk oleh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="65"/>
        <source>&amp;Origin country</source>
        <translation>&amp;Negara asal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="74"/>
        <source>Open the selected case</source>
        <translation>Buka kasus yang dipilih</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="134"/>
        <source>Case {reference} created.</source>
        <translation>Kasus {reference} telah dibuat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/new_case.py" line="143"/>
        <source>Possible duplicate: %n case(s) with a similar name, birth year and nationality. Open one of them, or press Save again to create a new case anyway.</source>
        <translation>
            <numerusform>Kemungkinan duplikat: %n kasus dengan nama, tahun lahir, dan kewarganegaraan yang mirip. Buka salah satunya, atau tekan Simpan lagi untuk tetap membuat kasus baru.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/new_case.py" line="150"/>
        <source>A similar person may already be known; ask your supervisor. Press Save again to create a new case anyway.</source>
        <translation>Mungkin sudah ada data orang yang mirip; tanyakan kepada supervisor Anda. Tekan Simpan lagi untuk tetap membuat kasus baru.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="47"/>
        <source>for a contact: the person, the family, a partner</source>
        <translation>untuk kontak: yang bersangkutan, keluarga, mitra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="53"/>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="54"/>
        <source>&amp;With whom</source>
        <translation>&amp;Dengan siapa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="55"/>
        <source>&amp;New note</source>
        <translation>&amp;Catatan baru</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="58"/>
        <source>A new note is saved with Save (Ctrl+S) like the other sections, signed with your name and today&apos;s date. Saved notes are not changed: write a new note to correct one.</source>
        <translation>Catatan baru disimpan dengan Simpan (Ctrl+S) seperti bagian lainnya, dibubuhi nama Anda dan tanggal hari ini. Catatan yang sudah disimpan tidak diubah: untuk mengoreksinya, tulis catatan baru.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="72"/>
        <source>Notes written so far, newest first</source>
        <translation>Catatan yang sudah ditulis, terbaru di atas</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="111"/>
        <source>No notes yet. Write what was said or done, and with whom; it stays in this case file and is never sent in a referral.</source>
        <translation>Belum ada catatan. Tulis apa yang dikatakan atau dilakukan, dan dengan siapa; catatan tetap berada di berkas kasus ini dan tidak pernah dikirim dalam rujukan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="118"/>
        <source>%n note(s), newest first</source>
        <translation>
            <numerusform>%n catatan, terbaru di atas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="122"/>
        <source>{date} · {kind} · by {who}</source>
        <translation>{date} · {kind} · oleh {who}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/notes_tab.py" line="128"/>
        <source>with {whom}</source>
        <translation>dengan {whom}</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="42"/>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="44"/>
        <source>Protect with a passphrase instead (recipient&apos;s card not known yet)</source>
        <translation>Lindungi dengan frasa sandi sebagai gantinya (kartu kontak penerima belum diketahui)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="49"/>
        <source>Receiving organisation, as named in the consent</source>
        <translation>Organisasi penerima, sesuai nama dalam persetujuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="53"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="54"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="58"/>
        <source>Referral to a receiving organisation</source>
        <translation>Rujukan ke organisasi penerima</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="59"/>
        <source>Status report to the referring organisation</source>
        <translation>Laporan status kepada organisasi perujuk</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="60"/>
        <source>Sync with a device of this organisation</source>
        <translation>Sinkronkan dengan perangkat organisasi ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="63"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="66"/>
        <source>Case references, separated by commas</source>
        <translation>Nomor kasus, dipisahkan dengan koma</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="67"/>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="71"/>
        <source>Choose folder or drive…</source>
        <translation>Pilih folder atau drive…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="75"/>
        <source>Write to</source>
        <translation>Tulis ke</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="78"/>
        <source>Show what will be sent</source>
        <translation>Tampilkan apa yang akan dikirim</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="80"/>
        <source>Write bundle</source>
        <translation>Tulis paket</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="89"/>
        <source>What leaves this organisation:</source>
        <translation>Yang keluar dari organisasi ini:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="114"/>
        <source>Folder or removable drive</source>
        <translation>Folder atau drive eksternal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="132"/>
        <source>Only referrals are filtered by consent; a status report carries follow-up status and the six messages.</source>
        <translation>Hanya rujukan yang disaring berdasarkan persetujuan; laporan status memuat status tindak lanjut dan keenam pesan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="146"/>
        <source>{ref}: {n} fields are sent</source>
        <translation>{ref}: {n} isian dikirim</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="161"/>
        <source>Never sent (kept in the organisation):</source>
        <translation>Tidak pernah dikirim (disimpan di organisasi):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="163"/>
        <source>Kept here (files not marked as ones to share):</source>
        <translation>Disimpan di sini (file yang tidak ditandai untuk dibagikan):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="164"/>
        <source>Withheld until the person consents to: {purpose}</source>
        <translation>Ditahan sampai yang bersangkutan menyetujui: {purpose}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="171"/>
        <source>Choose a folder or drive to write the bundle to.</source>
        <translation>Pilih folder atau drive tempat paket akan ditulis.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/outbox.py" line="194"/>
        <source>Wrote {name}: {n} records.</source>
        <translation>{name} ditulis: {n} entri data.</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="37"/>
        <source>Save my contact card…</source>
        <translation>Simpan kartu kontak saya…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="38"/>
        <source>Add a contact card…</source>
        <translation>Tambah kartu kontak…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="39"/>
        <source>Compare fingerprint and trust…</source>
        <translation>Bandingkan sidik jari dan percayai…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="49"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="50"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="51"/>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="52"/>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="53"/>
        <source>Trusted</source>
        <translation>Tepercaya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="69"/>
        <source>This installation&apos;s fingerprint: &lt;b&gt;{fpr}&lt;/b&gt;&lt;br&gt;Read it out to the other side, by phone or in person, before they trust your card.</source>
        <translation>Sidik jari instalasi ini: &lt;b&gt;{fpr}&lt;/b&gt;&lt;br&gt;Bacakan kepada pihak lain, melalui telepon atau secara langsung, sebelum mereka memercayai kartu Anda.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="82"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="82"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="90"/>
        <source>Save contact card</source>
        <translation>Simpan kartu kontak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="92"/>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="102"/>
        <source>Contact cards (*.rrrcard)</source>
        <translation>Kartu kontak (*.rrrcard)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="102"/>
        <source>Add a contact card</source>
        <translation>Tambah kartu kontak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="117"/>
        <source>Contact card added</source>
        <translation>Kartu kontak ditambahkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="119"/>
        <source>{org} was added but is not trusted yet. Compare the fingerprint {fpr} with them by phone or in person, then trust the card.</source>
        <translation>{org} telah ditambahkan tetapi belum dipercaya. Bandingkan sidik jari {fpr} dengan mereka melalui telepon atau secara langsung, lalu percayai kartunya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="134"/>
        <source>Compare the fingerprint</source>
        <translation>Bandingkan sidik jari</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="135"/>
        <source>Ask the other side to read out their fingerprint and type it here:</source>
        <translation>Minta pihak lain membacakan sidik jari mereka, lalu ketikkan di sini:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="144"/>
        <source>Fingerprints differ</source>
        <translation>Sidik jari berbeda</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/peers.py" line="146"/>
        <source>The fingerprint you typed is not the one on the card: do not trust this card; ask for a new one.</source>
        <translation>Sidik jari yang Anda ketik tidak sama dengan yang ada pada kartu: jangan percayai kartu ini; mintalah kartu baru.</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="40"/>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="41"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="42"/>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="43"/>
        <source>messenger</source>
        <translation>aplikasi pesan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="61"/>
        <source>separated by commas</source>
        <translation>dipisahkan dengan koma</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="63"/>
        <source>as the person writes it, e.g. ស្រីមុំ</source>
        <translation>seperti yang ditulis oleh yang bersangkutan, mis. ស្រីមុំ</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="72"/>
        <source>&amp;Given name</source>
        <translation>Nama &amp;depan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="73"/>
        <source>&amp;Family name</source>
        <translation>Nama &amp;keluarga</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="74"/>
        <source>Other names</source>
        <translation>Nama lain</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="75"/>
        <source>Name in own scrip&amp;t</source>
        <translation>Nama dalam ak&amp;sara asli</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="76"/>
        <source>&amp;Sex</source>
        <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="77"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="78"/>
        <source>Estimated &amp;age</source>
        <translation>Perkiraan usi&amp;a</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="79"/>
        <source>&amp;Nationality</source>
        <translation>Ke&amp;warganegaraan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="80"/>
        <source>&amp;Languages</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="81"/>
        <source>Own &amp;wishes</source>
        <translation>Keinginan send&amp;iri</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="123"/>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="86"/>
        <source>Safe to use</source>
        <translation>Aman digunakan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="93"/>
        <source>Add contact</source>
        <translation>Tambah kontak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="95"/>
        <source>Remove contact</source>
        <translation>Hapus kontak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="100"/>
        <source>Guardian (required for a child)</source>
        <translation>Wali (wajib untuk anak)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="112"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="114"/>
        <source>Relation</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="118"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="127"/>
        <source>Appointed on</source>
        <translation>Ditunjuk pada</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="136"/>
        <source>Contacts (mark unsafe ones)</source>
        <translation>Kontak (tandai yang tidak aman)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/person_tab.py" line="178"/>
        <source>This person is a child: a guardian must be recorded.</source>
        <translation>Yang bersangkutan adalah anak: wali harus dicatat.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="62"/>
        <source>Reintegration plan</source>
        <translation>Rencana reintegrasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="73"/>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="77"/>
        <source>Make a new version</source>
        <translation>Buat versi baru</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="82"/>
        <source>Save this version as PDF…</source>
        <translation>Simpan versi ini sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="85"/>
        <source>Version:</source>
        <translation>Versi:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="92"/>
        <source>Write what the person wants, as they say it.</source>
        <translation>Tulis apa yang diinginkan yang bersangkutan, dengan kata-katanya sendiri.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="97"/>
        <source>&lt;b&gt;The person&apos;s wishes, in their own words&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keinginan yang bersangkutan, dengan kata-katanya sendiri&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="98"/>
        <source>&lt;b&gt;The caseworker&apos;s proposal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Usulan pendamping kasus&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="105"/>
        <source>Not chosen yet</source>
        <translation>Belum dipilih</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="108"/>
        <source>Set where the person goes</source>
        <translation>Tentukan ke mana yang bersangkutan akan pergi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="111"/>
        <source>Where the person goes:</source>
        <translation>Ke mana yang bersangkutan akan pergi:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="122"/>
        <source>Component / action</source>
        <translation>Komponen / tindakan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="123"/>
        <source>Goal / description</source>
        <translation>Sasaran / uraian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="124"/>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="125"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="126"/>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="127"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="135"/>
        <source>Add a component…</source>
        <translation>Tambah komponen…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="137"/>
        <source>Add an action to the selected component…</source>
        <translation>Tambah tindakan ke komponen yang dipilih…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="142"/>
        <source>Set the status of the selected line</source>
        <translation>Tetapkan status baris yang dipilih</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="176"/>
        <source>{version} — {on}, {by}</source>
        <translation>{version} — {on}, {by}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="204"/>
        <source>An earlier version: read-only. The latest version is the plan in force.</source>
        <translation>Versi sebelumnya: hanya-baca. Versi terbaru adalah rencana yang berlaku.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="208"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="208"/>
        <source>Start the plan</source>
        <translation>Mulai rencana</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="325"/>
        <source>Select a component first.</source>
        <translation>Pilih komponen terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_tab.py" line="352"/>
        <source>Select a component or an action first.</source>
        <translation>Pilih komponen atau tindakan terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="221"/>
        <source>Check before importing</source>
        <translation>Periksa sebelum mengimpor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="230"/>
        <source>Why it is refused</source>
        <translation>Alasan ditolak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="244"/>
        <source>{refused} of {total} rows are refused, listed below with the reason. Nothing will be imported until the file is corrected: fix it, then go back and choose it again.</source>
        <translation>{refused} dari {total} baris ditolak, tercantum di bawah beserta alasannya. Tidak ada yang akan diimpor sampai file diperbaiki: perbaiki file, lalu kembali dan pilih file itu lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="250"/>
        <source>The file has no rows to import.</source>
        <translation>File tidak berisi baris untuk diimpor.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="252"/>
        <source>All {n} rows can be imported. Columns left out: {ignored}.</source>
        <translation>Semua {n} baris dapat diimpor. Kolom yang dilewati: {ignored}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="253"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="257"/>
        <source>{n} rows look like persons already in the vault (rows {rows}); check this is not a file imported before.</source>
        <translation>{n} baris tampaknya berisi orang yang sudah ada di brankas (baris {rows}); pastikan file ini belum pernah diimpor sebelumnya.</translation>
    </message>
</context>
<context>
    <name>PrintTab</name>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="118"/>
        <source>Pre-departure checklist</source>
        <translation>Daftar periksa sebelum keberangkatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="119"/>
        <source>Information sheet for the person</source>
        <translation>Lembar informasi untuk yang bersangkutan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="121"/>
        <source>Travel-document request to the embassy</source>
        <translation>Permohonan dokumen perjalanan ke kedutaan besar</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="123"/>
        <source>What we hold about the person (for them)</source>
        <translation>Informasi yang kami simpan tentang yang bersangkutan (untuk diberikan kepadanya)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="131"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="132"/>
        <source>US Letter</source>
        <translation>Letter (AS)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="136"/>
        <source>Print the person&apos;s name (otherwise only the case reference)</source>
        <translation>Cetak nama yang bersangkutan (jika tidak, hanya nomor kasus)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="143"/>
        <source>The name the embassy will read: only a name a supervisor confirmed as neutral for this embassy.</source>
        <translation>Nama yang akan dibaca kedutaan besar: hanya nama yang telah dikonfirmasi supervisor sebagai nama netral untuk kedutaan besar ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="149"/>
        <source>Confirm as the neutral name for this embass&amp;y</source>
        <translation>Konfirmasi sebagai nama ne&amp;tral untuk kedutaan besar ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="158"/>
        <source>travel document</source>
        <translation>dokumen perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="164"/>
        <source>&amp;Document:</source>
        <translation>&amp;Dokumen:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="165"/>
        <source>&amp;Language of the person:</source>
        <translation>Ba&amp;hasa yang bersangkutan:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="166"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="168"/>
        <source>Organisation in the &amp;letter:</source>
        <translation>&amp;Organisasi dalam surat:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="170"/>
        <source>Document &amp;needed:</source>
        <translation>Dokumen yang dip&amp;erlukan:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="173"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Pratinjau…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="174"/>
        <source>&amp;Save PDF…</source>
        <translation>Simpan PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="176"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="177"/>
        <source>C&amp;heck a printout…</source>
        <translation>Pe&amp;riksa hasil cetak…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="224"/>
        <source>No neutral name confirmed for this embassy yet</source>
        <translation>Belum ada nama netral yang dikonfirmasi untuk kedutaan besar ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="238"/>
        <source>Letters to this embassy will carry “{name}”.</source>
        <translation>Surat untuk kedutaan besar ini akan memuat nama “{name}”.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="254"/>
        <source>The texts in this language are a draft that a native speaker still has to review.</source>
        <translation>Teks dalam bahasa ini masih berupa draf yang harus ditinjau oleh penutur asli.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="294"/>
        <source>Not printed: {reason}</source>
        <translation>Tidak dicetak: {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="295"/>
        <source>Not printed</source>
        <translation>Tidak dicetak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="309"/>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="333"/>
        <source>Sent to the printer.</source>
        <translation>Dikirim ke printer.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="346"/>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="348"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="375"/>
        <source>Writing the PDF…</source>
        <translation>Menulis PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="381"/>
        <source>Saved {file} ({pages} pages).</source>
        <translation>{file} disimpan ({pages} halaman).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="384"/>
        <source>The journey&apos;s dates are in the past: check them before the sheet is handed over (the sheet says so too).</source>
        <translation>Tanggal perjalanan sudah lewat: periksa sebelum lembar informasi diserahkan (lembar itu juga menyebutkannya).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/print_tab.py" line="395"/>
        <source>The PDF could not be written.</source>
        <translation>PDF tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/common.py" line="19"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="17"/>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="20"/>
        <source>Write this recovery key on paper, check it twice, and lock it away, apart from the laptop. It opens the vault when every passphrase is forgotten. It is shown only now; a new key can be made later, and the old one then stops working.</source>
        <translation>Tulis kunci pemulihan ini di kertas, periksa dua kali, lalu simpan di tempat terkunci, terpisah dari laptop. Kunci ini membuka brankas jika semua frasa sandi terlupa. Kunci ini hanya ditampilkan sekarang; kunci baru dapat dibuat nanti, dan kunci yang lama pun tidak berlaku lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/recovery_dialog.py" line="38"/>
        <source>I have written it down</source>
        <translation>Sudah saya tulis</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="59"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="61"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="63"/>
        <source>Operational lists</source>
        <translation>Daftar operasional</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="77"/>
        <source>(nothing: a simple table)</source>
        <translation>(tidak ada: tabel sederhana)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="82"/>
        <source>Standard donor tables (sex, age group, sector, country of origin)</source>
        <translation>Tabel standar untuk donor (jenis kelamin, kelompok usia, sektor, negara asal)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="86"/>
        <source>Count persons by</source>
        <translation>Hitung orang berdasarkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="88"/>
        <source>and by</source>
        <translation>dan berdasarkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="91"/>
        <source>Only persons taken in from</source>
        <translation>Hanya orang yang diterima dari</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="103"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="107"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="109"/>
        <source>Hide counts below</source>
        <translation>Sembunyikan jumlah di bawah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="118"/>
        <source>and the counts that would reveal them (needed for anything that leaves the organisation)</source>
        <translation>dan jumlah yang dapat mengungkapnya (wajib untuk apa pun yang keluar dari organisasi)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="129"/>
        <source>Build the report</source>
        <translation>Buat laporan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="132"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="134"/>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="136"/>
        <source>Import cases from a spreadsheet…</source>
        <translation>Impor kasus dari lembar kerja…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="165"/>
        <source>All programmes</source>
        <translation>Semua program</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="199"/>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="217"/>
        <source>{n} persons counted.</source>
        <translation>{n} orang dihitung.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="225"/>
        <source>The report could not be made.</source>
        <translation>Laporan tidak dapat dibuat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="237"/>
        <source>Export without hiding small counts?</source>
        <translation>Ekspor tanpa menyembunyikan jumlah kecil?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="239"/>
        <source>This report shows every count, even of one or two persons. Files sent outside the organisation must hide small counts. Export anyway?</source>
        <translation>Laporan ini menampilkan semua jumlah, bahkan yang hanya satu atau dua orang. File yang dikirim ke luar organisasi harus menyembunyikan jumlah kecil. Tetap ekspor?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="257"/>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="257"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="268"/>
        <source>Writing the CSV…</source>
        <translation>Menulis CSV…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="276"/>
        <source>Saved {n} CSV file(s).</source>
        <translation>{n} file CSV disimpan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="285"/>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="285"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="294"/>
        <source>Writing the PDF…</source>
        <translation>Menulis PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/page.py" line="303"/>
        <source>Saved the PDF ({n} pages).</source>
        <translation>PDF disimpan ({n} halaman).</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="35"/>
        <source>Reference</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="36"/>
        <source>Closed on</source>
        <translation>Ditutup pada</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="37"/>
        <source>Why closed</source>
        <translation>Alasan ditutup</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="38"/>
        <source>Kept until</source>
        <translation>Disimpan sampai</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="41"/>
        <source>&amp;Review now</source>
        <translation>&amp;Tinjau sekarang</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="43"/>
        <source>A&amp;nonymise…</source>
        <translation>A&amp;nonimkan…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="45"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="51"/>
        <source>Closed cases are kept for their retention period, then anonymised (the counts stay for reports, nothing that names or locates the person) or deleted. Both are final on every laptop of the organisation.</source>
        <translation>Kasus yang sudah ditutup disimpan selama masa penyimpanannya, lalu dianonimkan (jumlahnya tetap ada untuk laporan, tanpa apa pun yang menyebut nama atau menunjukkan keberadaan yang bersangkutan) atau dihapus. Keduanya tidak dapat dibatalkan, di semua laptop organisasi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="75"/>
        <source>Looking for closed cases past their retention date…</source>
        <translation>Mencari kasus yang sudah ditutup dan telah melewati akhir masa penyimpanannya…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="83"/>
        <source>That did not work ({kind}).</source>
        <translation>Tindakan itu gagal ({kind}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="102"/>
        <source>%n closed case(s) past their retention date.</source>
        <translation>
            <numerusform>%n kasus yang sudah ditutup telah melewati akhir masa penyimpanannya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="104"/>
        <source>No case is due. &quot;Review now&quot; looks again.</source>
        <translation>Tidak ada kasus yang jatuh tempo. “Tinjau sekarang” akan mencari lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="112"/>
        <source>Choose a case in the list first.</source>
        <translation>Pilih kasus dalam daftar terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="118"/>
        <source>Anonymise {reference}? Names, contacts, notes, files and the story are removed for good; the counts stay.</source>
        <translation>Anonimkan {reference}? Nama, kontak, catatan, file, dan kisahnya dihapus untuk selamanya; jumlahnya tetap ada.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="122"/>
        <source>Delete {reference}? Nothing of it stays, on any laptop.</source>
        <translation>Hapus {reference}? Tidak ada yang tersisa darinya, di laptop mana pun.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="124"/>
        <source>Retention</source>
        <translation>Masa penyimpanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="138"/>
        <source>{reference} was anonymised.</source>
        <translation>{reference} telah dianonimkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/retention_box.py" line="140"/>
        <source>{reference} was deleted.</source>
        <translation>{reference} telah dihapus.</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="56"/>
        <source>Return cannot be marked ready because:</source>
        <translation>Pemulangan belum dapat ditandai siap karena:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="56"/>
        <source>Nothing blocks the return.</source>
        <translation>Tidak ada yang menghalangi pemulangan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="82"/>
        <source>New security assessment</source>
        <translation>Penilaian keamanan baru</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="85"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="86"/>
        <source>Concern</source>
        <translation>Kekhawatiran</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="87"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="101"/>
        <source>Overall finding:</source>
        <translation>Kesimpulan keseluruhan:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="108"/>
        <source>Mitigations:</source>
        <translation>Langkah mitigasi:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="113"/>
        <source>Record assessment</source>
        <translation>Catat penilaian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="120"/>
        <source>Supervisor override</source>
        <translation>Pengecualian oleh supervisor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="130"/>
        <source>Reason (required, at least {n} characters)</source>
        <translation>Alasan (wajib, minimal {n} karakter)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="136"/>
        <source>Record override</source>
        <translation>Catat pengecualian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="140"/>
        <source>Revoke this kind of override</source>
        <translation>Cabut pengecualian jenis ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="155"/>
        <source>No security assessment has been made yet.</source>
        <translation>Belum ada penilaian keamanan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="164"/>
        <source>Latest assessment: {finding}, {date}, by {user}. Concerns: {concerns}</source>
        <translation>Penilaian terakhir: {finding}, {date}, oleh {user}. Kekhawatiran: {concerns}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="169"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="182"/>
        <source>Supervisor override in force ({kind}) by {user} on {date}: {reason}</source>
        <translation>Pengecualian oleh supervisor berlaku ({kind}), dibuat oleh {user} pada {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="229"/>
        <source>You are setting aside this safety check: {check}

Your reason, recorded under your name:
“{reason}”</source>
        <translation>Anda memberikan pengecualian atas pemeriksaan keselamatan ini: {check}

Alasan Anda, yang dicatat atas nama Anda:
“{reason}”</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="233"/>
        <source>This person is a child.</source>
        <translation>Yang bersangkutan adalah anak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="235"/>
        <source>Override a safety check?</source>
        <translation>Berikan pengecualian atas pemeriksaan keselamatan?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="235"/>
        <source>Continue?</source>
        <translation>Lanjutkan?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="32"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="54"/>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="59"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Bahasa antarmuka</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="62"/>
        <source>&amp;Lock after inactivity</source>
        <translation>&amp;Kunci setelah tidak aktif</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="63"/>
        <source>Vault folder</source>
        <translation>Folder brankas</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="64"/>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="66"/>
        <source>Ctrl+L locks now. F12 or Esc twice: quick exit (hides everything and locks).</source>
        <translation>Ctrl+L langsung mengunci. F12 atau Esc dua kali: keluar cepat (menyembunyikan semuanya dan mengunci).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="77"/>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="79"/>
        <source>Vault and backup</source>
        <translation>Brankas dan cadangan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="85"/>
        <source>Users and roles</source>
        <translation>Pengguna dan peran</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="91"/>
        <source>Public holidays</source>
        <translation>Hari libur resmi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="93"/>
        <source>Retention</source>
        <translation>Masa penyimpanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="107"/>
        <source>This translation was drafted by machine and awaits review by a native speaker. Tell your administrator about any wording that is wrong.</source>
        <translation>Terjemahan ini dibuat oleh mesin dan masih menunggu tinjauan penutur asli. Beri tahu administrator Anda jika ada kata-kata yang keliru.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/settings_page.py" line="116"/>
        <source>The new language applies as soon as the case files with unsaved changes are saved or closed. Nothing you typed is lost.</source>
        <translation>Bahasa baru berlaku segera setelah berkas kasus yang perubahannya belum disimpan telah disimpan atau ditutup. Apa pun yang telah Anda ketik tidak akan hilang.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="59"/>
        <source>Welcome to RRR Desktop</source>
        <translation>Selamat datang di RRR Desktop</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="66"/>
        <source>Case data stays on this computer, encrypted with your passphrase. Nobody can recover it if the passphrase is lost.</source>
        <translation>Data kasus tetap berada di komputer ini, dienkripsi dengan frasa sandi Anda. Tidak seorang pun dapat memulihkannya jika frasa sandi hilang.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="73"/>
        <source>← Back to the lock screen</source>
        <translation>← Kembali ke layar kunci</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="89"/>
        <source>Set up your organisation&apos;s vault</source>
        <translation>Siapkan brankas organisasi Anda</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="91"/>
        <source>e.g. Safe Home Foundation</source>
        <translation>mis. Yayasan Rumah Aman</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="94"/>
        <source>lower-case, e.g. dara</source>
        <translation>huruf kecil, mis. dara</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="110"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Buat brankas</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="125"/>
        <source>A vault already exists on this laptop. Go back to unlock it; to start again, an administrator wipes it first (Settings, or rrr wipe).</source>
        <translation>Sudah ada brankas di laptop ini. Kembali untuk membuka kuncinya; untuk memulai dari awal, administrator harus menghapus bersih brankas ini terlebih dahulu (Pengaturan, atau rrr wipe).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="134"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="135"/>
        <source>Coun&amp;try</source>
        <translation>&amp;Negara</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="136"/>
        <source>Your &amp;user name</source>
        <translation>Nama &amp;pengguna Anda</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="137"/>
        <source>Your &amp;name</source>
        <translation>Nama &amp;Anda</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="138"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frasa sandi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="141"/>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Ulangi frasa sandi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="142"/>
        <source>Working &amp;language</source>
        <translation>Bahasa &amp;kerja</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="168"/>
        <source>The two passphrases are not the same.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="209"/>
        <source>Just looking? Open the demo vault</source>
        <translation>Hanya ingin melihat-lihat? Buka brankas demo</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="212"/>
        <source>A separate vault filled with {count} invented cases, for training and trying things out. Nothing you do there touches real data.</source>
        <translation>Brankas terpisah yang berisi {count} kasus rekaan, untuk pelatihan dan uji coba. Apa pun yang Anda lakukan di sana tidak menyentuh data sungguhan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="219"/>
        <source>User: {user}
Passphrase: {passphrase}</source>
        <translation>Pengguna: {user}
Frasa sandi: {passphrase}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="225"/>
        <source>Open &amp;demo vault</source>
        <translation>Buka brankas &amp;demo</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="244"/>
        <source>Creating {count} invented cases…</source>
        <translation>Membuat {count} kasus rekaan…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="246"/>
        <source>Opening the demo vault…</source>
        <translation>Membuka brankas demo…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="275"/>
        <source>Creating the vault…</source>
        <translation>Membuat brankas…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/wizard.py" line="297"/>
        <source>Something went wrong ({kind}).</source>
        <translation>Terjadi kesalahan ({kind}).</translation>
    </message>
</context>
<context>
    <name>ShelterTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="40"/>
        <source>&amp;Shelter</source>
        <translation>&amp;Rumah aman</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="41"/>
        <source>&amp;Admitted on</source>
        <translation>&amp;Masuk pada</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="42"/>
        <source>&amp;Left on</source>
        <translation>&amp;Keluar pada</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="45"/>
        <source>Services &amp;received (one per line)</source>
        <translation>&amp;Layanan yang diterima (satu per baris)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="48"/>
        <source>Re&amp;ferrals (one per line)</source>
        <translation>Rujuka&amp;n (satu per baris)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="49"/>
        <source>Security &amp;measures</source>
        <translation>Langkah k&amp;eamanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="55"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Tanggal (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="56"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="57"/>
        <source>Voluntary test</source>
        <translation>Tes sukarela</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="58"/>
        <source>Consented</source>
        <translation>Dengan persetujuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="59"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="70"/>
        <source>Add medical entry</source>
        <translation>Tambah catatan medis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="72"/>
        <source>Remove medical entry</source>
        <translation>Hapus catatan medis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="79"/>
        <source>Medical care (testing only ever voluntary)</source>
        <translation>Perawatan medis (tes hanya boleh dilakukan secara sukarela)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/shelter_tab.py" line="139"/>
        <source>Medical entry: {message}</source>
        <translation>Catatan medis: {message}</translation>
    </message>
</context>
<context>
    <name>StageTab</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="73"/>
        <source>Note for the history (optional)</source>
        <translation>Catatan untuk riwayat (opsional)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="74"/>
        <source>Move the case to</source>
        <translation>Pindahkan kasus ke</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="76"/>
        <source>&amp;Change stage</source>
        <translation>Ubah &amp;tahap</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="80"/>
        <source>Why the case is closed</source>
        <translation>Alasan kasus ditutup</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="81"/>
        <source>Why is the case closed? Choose a reason…</source>
        <translation>Mengapa kasus ditutup? Pilih alasan…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="92"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="101"/>
        <source>Move to</source>
        <translation>Pindahkan ke</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="108"/>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="112"/>
        <source>Caseworker</source>
        <translation>Pendamping kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="109"/>
        <source>&amp;Assign</source>
        <translation>Tu&amp;gaskan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="125"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="129"/>
        <source>Current stage: {stage}</source>
        <translation>Tahap saat ini: {stage}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="156"/>
        <source>{reference} is now assigned to {name}.</source>
        <translation>Kasus {reference} kini ditugaskan kepada {name}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="165"/>
        <source>Stage: {old} → {new}</source>
        <translation>Tahap: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="202"/>
        <source>Choose why the case is closed, beside &quot;Move to&quot;.</source>
        <translation>Pilih alasan kasus ditutup, di samping “Pindahkan ke”.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="224"/>
        <source>The case cannot move to {stage} yet:</source>
        <translation>Kasus belum dapat dipindahkan ke tahap {stage}:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="234"/>
        <source>Moved to {stage}.</source>
        <translation>Dipindahkan ke tahap {stage}.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="33"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="42"/>
        <source>Everything</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="46"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="52"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="53"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="54"/>
        <source>Reference</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="55"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="56"/>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="85"/>
        <source>Looking for what needs action…</source>
        <translation>Mencari hal yang perlu ditindaklanjuti…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="97"/>
        <source>The list could not be loaded.</source>
        <translation>Daftar tidak dapat dimuat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="106"/>
        <source>%n item(s) need action</source>
        <translation>
            <numerusform>%n hal perlu ditindaklanjuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="108"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n terlambat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rrr_desktop/ui/today_page.py" line="110"/>
        <source>the first %n are listed, overdue first</source>
        <translation>
            <numerusform>%n item pertama ditampilkan, yang terlambat lebih dulu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="113"/>
        <source>Nothing needs action now: no visits due within a week, no departures blocked, no messages waiting for an answer.</source>
        <translation>Tidak ada yang perlu ditindaklanjuti sekarang: tidak ada kunjungan tindak lanjut yang jatuh tempo dalam seminggu, tidak ada keberangkatan yang tertahan, tidak ada pesan yang menunggu jawaban.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="119"/>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="120"/>
        <source>child</source>
        <translation>anak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/today_page.py" line="132"/>
        <source>Record a supervisor&apos;s decision on the risk finding</source>
        <translation>Catat keputusan supervisor atas temuan risiko</translation>
    </message>
</context>
<context>
    <name>TravelTab</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="60"/>
        <source>Itinerary (local times)</source>
        <translation>Rencana perjalanan (waktu setempat)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="66"/>
        <source>Mode</source>
        <translation>Moda</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="67"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="68"/>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="69"/>
        <source>Departs</source>
        <translation>Berangkat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="70"/>
        <source>Arrives</source>
        <translation>Tiba</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="71"/>
        <source>Carrier</source>
        <translation>Operator angkutan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="72"/>
        <source>Escort</source>
        <translation>Pendamping perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="82"/>
        <source>Add leg</source>
        <translation>Tambah bagian perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="83"/>
        <source>Edit leg</source>
        <translation>Ubah bagian perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="84"/>
        <source>Remove leg</source>
        <translation>Hapus bagian perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="102"/>
        <source>Arrival and travel grant</source>
        <translation>Kedatangan dan bantuan biaya perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="111"/>
        <source>Destination country</source>
        <translation>Negara tujuan perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="112"/>
        <source>Met on arrival by</source>
        <translation>Dijemput saat tiba oleh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="113"/>
        <source>Transit assistance</source>
        <translation>Bantuan saat transit</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="114"/>
        <source>Travel grant</source>
        <translation>Bantuan biaya perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="115"/>
        <source>Grant details</source>
        <translation>Rincian bantuan biaya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="116"/>
        <source>Save arrival and grant</source>
        <translation>Simpan kedatangan dan bantuan biaya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="155"/>
        <source>No travel warnings.</source>
        <translation>Tidak ada peringatan perjalanan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="157"/>
        <source>No legs yet: add the first one.</source>
        <translation>Belum ada bagian perjalanan: tambahkan yang pertama.</translation>
    </message>
</context>
<context>
    <name>UsersBox</name>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Name shown</source>
        <translation>Nama yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="93"/>
        <source>&amp;Add a user…</source>
        <translation>&amp;Tambah pengguna…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="95"/>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="174"/>
        <source>&amp;Disable</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="98"/>
        <source>Role of the chosen user</source>
        <translation>Peran pengguna yang dipilih</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="101"/>
        <source>Change the &amp;role</source>
        <translation>Ubah &amp;peran</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="103"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="105"/>
        <source>New recovery &amp;key…</source>
        <translation>&amp;Kunci pemulihan baru…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="107"/>
        <source>&amp;Change the vault&apos;s key</source>
        <translation>&amp;Ganti kunci brankas</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="110"/>
        <source>Done by itself when a user is removed. Needs the vault closed in every other window and &apos;rrr&apos; command.</source>
        <translation>Dilakukan otomatis saat pengguna dihapus. Brankas harus ditutup di semua jendela lain dan semua perintah &apos;rrr&apos;.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="119"/>
        <source>Removing a user deletes their key and changes the vault&apos;s key, so a copy of their key taken earlier opens nothing made from now on. Their name stays in the audit log.</source>
        <translation>Menghapus pengguna akan menghapus kuncinya dan mengganti kunci brankas, sehingga salinan kuncinya yang diambil sebelumnya tidak dapat membuka apa pun yang dibuat mulai sekarang. Namanya tetap tercatat di log audit.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="156"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="156"/>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="174"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="189"/>
        <source>That did not work ({kind}).</source>
        <translation>Tindakan itu gagal ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="207"/>
        <source>The two passphrases are not the same.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="217"/>
        <source>Adding the user…</source>
        <translation>Menambahkan pengguna…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="223"/>
        <source>{user} can now unlock this vault.</source>
        <translation>{user} kini dapat membuka kunci brankas ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="236"/>
        <source>{user} is disabled: their passphrase opens nothing.</source>
        <translation>{user} dinonaktifkan: frasa sandinya tidak dapat membuka apa pun.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="240"/>
        <source>{user} can unlock again.</source>
        <translation>{user} dapat membuka kunci lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="255"/>
        <source>{user} is now: {role}.</source>
        <translation>Peran {user} sekarang: {role}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="265"/>
        <source>Remove the user?</source>
        <translation>Hapus pengguna?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="267"/>
        <source>Remove {user}? Their key is deleted and the vault&apos;s key is changed (this takes a moment). Backups made before keep the old key.</source>
        <translation>Hapus {user}? Kuncinya dihapus dan kunci brankas diganti (ini memerlukan waktu sebentar). Cadangan yang dibuat sebelumnya tetap memakai kunci lama.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="280"/>
        <source>Removing the user and changing the vault&apos;s key…</source>
        <translation>Menghapus pengguna dan mengganti kunci brankas…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="286"/>
        <source>{user} was removed; the vault&apos;s key was changed.</source>
        <translation>{user} telah dihapus; kunci brankas telah diganti.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="295"/>
        <source>Changing the vault&apos;s key…</source>
        <translation>Mengganti kunci brankas…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="301"/>
        <source>The vault&apos;s key was changed: earlier copies of the key slots open nothing.</source>
        <translation>Kunci brankas telah diganti: salinan lama slot kunci tidak lagi membuka apa pun.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="308"/>
        <source>New recovery key?</source>
        <translation>Buat kunci pemulihan baru?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="310"/>
        <source>A new recovery key is made and shown once; the old one stops working. Continue?</source>
        <translation>Kunci pemulihan baru akan dibuat dan ditampilkan satu kali saja; kunci yang lama tidak berlaku lagi. Lanjutkan?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="321"/>
        <source>Making a new recovery key…</source>
        <translation>Membuat kunci pemulihan baru…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/admin/users_box.py" line="325"/>
        <source>A new recovery key was made; the old one no longer works.</source>
        <translation>Kunci pemulihan baru telah dibuat; kunci yang lama tidak berlaku lagi.</translation>
    </message>
</context>
<context>
    <name>VaultAdminBox</name>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="34"/>
        <source>Vault</source>
        <translation>Brankas</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="36"/>
        <source>&amp;Back up to a folder…</source>
        <translation>&amp;Cadangkan ke folder…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="43"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="46"/>
        <source>&amp;Change my passphrase</source>
        <translation>&amp;Ubah frasa sandi saya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="54"/>
        <source>An encrypted copy; it opens with the same passphrases.</source>
        <translation>Salinan terenkripsi; dapat dibuka dengan frasa sandi yang sama.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="59"/>
        <source>Current passphrase</source>
        <translation>Frasa sandi saat ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="60"/>
        <source>New passphrase</source>
        <translation>Frasa sandi baru</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="61"/>
        <source>Repeat new passphrase</source>
        <translation>Ulangi frasa sandi baru</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="69"/>
        <source>Typing it also destroys the real key slots on this laptop</source>
        <translation>Mengetiknya juga menghancurkan slot kunci yang asli di laptop ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="71"/>
        <source>Set the &amp;duress passphrase</source>
        <translation>Tetapkan frasa sandi &amp;darurat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="76"/>
        <source>A duress passphrase, typed at the lock screen when someone forces you to unlock, opens an empty vault of this organisation instead of this one.</source>
        <translation>Frasa sandi darurat, bila diketik di layar kunci saat seseorang memaksa Anda membuka kunci, membuka brankas kosong milik organisasi ini, bukan brankas ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="83"/>
        <source>Duress passphrase</source>
        <translation>Frasa sandi darurat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="84"/>
        <source>Repeat duress passphrase</source>
        <translation>Ulangi frasa sandi darurat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="93"/>
        <source>Choose an empty folder</source>
        <translation>Pilih folder kosong</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="98"/>
        <source>Choose the backup folder</source>
        <translation>Pilih folder cadangan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="111"/>
        <source>The backup was made on {made}.</source>
        <translation>Cadangan dibuat pada {made}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="112"/>
        <source>The vault here was last changed on {changed}.</source>
        <translation>Brankas di sini terakhir diubah pada {changed}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="116"/>
        <source>There is no vault here yet.</source>
        <translation>Belum ada brankas di sini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="119"/>
        <source>The backup is of ANOTHER vault.</source>
        <translation>Cadangan ini milik brankas LAIN.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="121"/>
        <source>Changes made here after the backup will be set aside.</source>
        <translation>Perubahan yang dibuat di sini setelah cadangan dibuat akan disisihkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="124"/>
        <source>RRR Desktop locks, restores the backup, and keeps the vault it replaces in a folder beside it. Restore now?</source>
        <translation>RRR Desktop akan mengunci, memulihkan cadangan, dan menyimpan brankas yang digantikannya di sebuah folder di sebelahnya. Pulihkan sekarang?</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="130"/>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="139"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="141"/>
        <source>Your passphrase in the backup. The backup is opened and checked with it before anything here is replaced.</source>
        <translation>Frasa sandi Anda di dalam cadangan. Cadangan dibuka dan diperiksa dengan frasa sandi ini sebelum apa pun di sini diganti.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="153"/>
        <source>Writing the encrypted backup…</source>
        <translation>Menulis cadangan terenkripsi…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="159"/>
        <source>Backup written to {folder}.</source>
        <translation>Cadangan ditulis ke {folder}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="166"/>
        <source>The two new passphrases differ.</source>
        <translation>Kedua frasa sandi baru berbeda.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="169"/>
        <source>Changing the passphrase…</source>
        <translation>Mengubah frasa sandi…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="174"/>
        <source>Passphrase changed.</source>
        <translation>Frasa sandi telah diubah.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="179"/>
        <source>The two duress passphrases differ.</source>
        <translation>Kedua frasa sandi darurat berbeda.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="182"/>
        <source>Setting the duress passphrase…</source>
        <translation>Menetapkan frasa sandi darurat…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="190"/>
        <source>Duress passphrase set.</source>
        <translation>Frasa sandi darurat ditetapkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/vault_admin.py" line="215"/>
        <source>That did not work; nothing was changed.</source>
        <translation>Tidak berhasil; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>casetabs</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="46"/>
        <source>Person</source>
        <translation>Data diri</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="47"/>
        <source>Intake</source>
        <translation>Penerimaan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="48"/>
        <source>Shelter &amp; care</source>
        <translation>Rumah aman &amp; perawatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="49"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="50"/>
        <source>Stage &amp; history</source>
        <translation>Tahap &amp; riwayat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/view.py" line="80"/>
        <source>This tab could not be opened ({kind}).</source>
        <translation>Tab ini tidak dapat dibuka ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/printing/__init__.py" line="16"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/__init__.py" line="23"/>
        <source>Reintegration plan</source>
        <translation>Rencana reintegrasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/__init__.py" line="24"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="11"/>
        <source>Risk assessment</source>
        <translation>Penilaian risiko</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="13"/>
        <source>Pre-departure checklist</source>
        <translation>Daftar periksa sebelum keberangkatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="15"/>
        <source>Travel</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/tabs.py" line="16"/>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/__init__.py" line="23"/>
        <source>Notes &amp; contacts</source>
        <translation>Catatan &amp; kontak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/notes/__init__.py" line="24"/>
        <source>Files</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="11"/>
        <source>The person understands and consents to every departure procedure.</source>
        <translation>Yang bersangkutan memahami dan memberikan persetujuan untuk setiap prosedur keberangkatan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="14"/>
        <source>A safe place to stay on arrival, at least temporary, has been agreed with the person.</source>
        <translation>Tempat tinggal yang aman saat tiba, setidaknya sementara, telah disepakati dengan yang bersangkutan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="18"/>
        <source>Every legal, administrative, identity and travel document is in hand.</source>
        <translation>Semua dokumen hukum, administrasi, identitas, dan perjalanan sudah di tangan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="21"/>
        <source>Service referrals and follow-up care have been explained and given to the person.</source>
        <translation>Rujukan layanan dan perawatan lanjutan telah dijelaskan dan diberikan kepada yang bersangkutan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="25"/>
        <source>Documents and security information have been sent to the receiving organisation.</source>
        <translation>Dokumen dan informasi keamanan telah dikirim ke organisasi penerima.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="29"/>
        <source>Travel and services through partners in transit or at home are confirmed in advance, and the recommendations were sent and received.</source>
        <translation>Perjalanan dan layanan melalui mitra di tempat transit atau di kampung halaman telah dikonfirmasi sebelumnya, dan rekomendasi telah dikirim dan diterima.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="34"/>
        <source>The person holds copies of their own documents (medical care, case progress).</source>
        <translation>Yang bersangkutan memegang salinan dokumennya sendiri (perawatan medis, perkembangan kasus).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="38"/>
        <source>The person has been told every step of departure, transport and follow-up.</source>
        <translation>Yang bersangkutan telah diberi tahu setiap langkah keberangkatan, transportasi, dan tindak lanjut.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="46"/>
        <source>Told their rights, options and the rules of return.</source>
        <translation>Telah diberi tahu tentang hak, pilihan, dan aturan pemulangan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="49"/>
        <source>Given the phone number of the receiving organisation and a named contact person.</source>
        <translation>Telah diberi nomor telepon organisasi penerima dan nama narahubung.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="53"/>
        <source>Told about the travel grant, if any.</source>
        <translation>Telah diberi tahu tentang bantuan biaya perjalanan, jika ada.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="54"/>
        <source>Told that alcohol is not allowed on the journey, especially with medication.</source>
        <translation>Telah diberi tahu bahwa alkohol tidak diperbolehkan selama perjalanan, terutama saat minum obat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="57"/>
        <source>Told what help is realistically available at home.</source>
        <translation>Telah diberi tahu bantuan apa yang secara realistis tersedia di kampung halaman.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="60"/>
        <source>Told that the final reintegration plan is made by the receiving side.</source>
        <translation>Telah diberi tahu bahwa rencana reintegrasi akhir dibuat oleh pihak penerima.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="63"/>
        <source>Given contact details of NGOs, lawyers, social welfare and a law-enforcement office at home.</source>
        <translation>Telah diberi kontak LSM, pengacara, dinas sosial, dan kantor penegak hukum di kampung halaman.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/checklist.py" line="68"/>
        <source>Asked whether they want to be met by a local NGO on arrival.</source>
        <translation>Telah ditanya apakah ingin dijemput oleh LSM setempat saat tiba.</translation>
    </message>
</context>
<context>
    <name>consent_effects</name>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="15"/>
        <source>Return cannot be marked ready and the person cannot depart.</source>
        <translation>Pemulangan tidak dapat ditandai siap dan yang bersangkutan tidak dapat berangkat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="18"/>
        <source>The checklist tick &apos;consents to every departure procedure&apos; is removed.</source>
        <translation>Centang pada butir daftar periksa &apos;memberikan persetujuan untuk setiap prosedur keberangkatan&apos; dihapus.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="24"/>
        <source>Nothing more may be shared with the receiving organisation; departure is blocked.</source>
        <translation>Tidak ada lagi yang boleh dibagikan kepada organisasi penerima; keberangkatan terhalang.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="30"/>
        <source>The embassy may not be contacted; no travel-document request letter can be made.</source>
        <translation>Kedutaan besar tidak boleh dihubungi; surat permohonan dokumen perjalanan tidak dapat dibuat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="36"/>
        <source>Letters to the embassy no longer mention trafficking.</source>
        <translation>Surat kepada kedutaan besar tidak lagi menyebut perdagangan orang.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/consent_effects.py" line="41"/>
        <source>The person is no longer to be met on arrival by an NGO.</source>
        <translation>Yang bersangkutan tidak lagi akan dijemput oleh LSM saat tiba.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../rrr_desktop/ui/crash.py" line="32"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/crash.py" line="33"/>
        <source>Something went wrong ({kind}). What was saved is safe in the vault; lock and unlock (Ctrl+L) to keep any typing not yet saved, and tell your administrator.</source>
        <translation>Terjadi kesalahan ({kind}). Semua yang sudah disimpan aman di dalam brankas; kunci lalu buka kunci kembali (Ctrl+L) agar ketikan yang belum disimpan tidak hilang, dan beri tahu administrator Anda.</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="111"/>
        <source>Line {line}: the column &apos;{column}&apos; is empty.</source>
        <translation>Baris {line}: kolom &apos;{column}&apos; kosong.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="119"/>
        <source>Line {line}: unknown type &apos;{value}&apos;; use one of {allowed}.</source>
        <translation>Baris {line}: jenis &apos;{value}&apos; tidak dikenal; gunakan salah satu dari {allowed}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="129"/>
        <source>Line {line}: the country must be a two-letter ISO code such as KH.</source>
        <translation>Baris {line}: negara harus berupa kode ISO dua huruf, seperti KH.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="140"/>
        <source>Line {line}: the date last verified must look like 2026-05-31.</source>
        <translation>Baris {line}: tanggal verifikasi terakhir harus berformat seperti 2026-05-31.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="147"/>
        <source>Line {line}: is_example must be yes or no.</source>
        <translation>Baris {line}: is_example harus berisi yes atau no.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="169"/>
        <source>Line {line}: the column &apos;{column}&apos; is not valid.</source>
        <translation>Baris {line}: kolom &apos;{column}&apos; tidak valid.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="184"/>
        <source>The file has no header row with the columns name, type and country.</source>
        <translation>File tidak memiliki baris judul dengan kolom name, type, dan country.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="195"/>
        <source>A line of the file cannot be read (a cell larger than 128 KiB or a control character); nothing was imported.</source>
        <translation>Salah satu baris file tidak dapat dibaca (ada sel yang lebih besar dari 128 KiB atau berisi karakter kontrol); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="215"/>
        <source>Line {line}: more cells than columns (a comma inside an unquoted cell?).</source>
        <translation>Baris {line}: jumlah sel lebih banyak daripada kolom (ada koma di dalam sel tanpa tanda kutip?).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/directory_csv.py" line="231"/>
        <source>Line {line}: the id is already used on line {other}.</source>
        <translation>Baris {line}: id ini sudah digunakan di baris {other}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="210"/>
        <source>Line {line}: this id belongs to another record; clear it.</source>
        <translation>Baris {line}: id ini milik data lain; kosongkan id tersebut.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="222"/>
        <source>Line {line}: this entry was verified by a person; only a supervisor may change it.</source>
        <translation>Baris {line}: entri ini telah diverifikasi oleh seseorang; hanya supervisor yang boleh mengubahnya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="38"/>
        <source>Directory entry</source>
        <translation>Entri direktori</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="54"/>
        <source>shelter; legal aid; counselling</source>
        <translation>rumah aman; bantuan hukum; konseling</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="56"/>
        <source>Verified on</source>
        <translation>Diverifikasi pada</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="66"/>
        <source>Still an example (not a real, checked organisation)</source>
        <translation>Masih contoh (bukan organisasi nyata yang sudah diperiksa)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="74"/>
        <source>⚠ This is an example entry: replace its name and details with a real organisation you have checked.</source>
        <translation>⚠ Ini entri contoh: ganti nama dan rinciannya dengan organisasi nyata yang sudah Anda periksa.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="87"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="88"/>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="89"/>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="90"/>
        <source>Region or province:</source>
        <translation>Wilayah atau provinsi:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="91"/>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="92"/>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="93"/>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="94"/>
        <source>Contact person:</source>
        <translation>Narahubung:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="95"/>
        <source>Languages:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="96"/>
        <source>Services:</source>
        <translation>Layanan:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="99"/>
        <source>Last verified:</source>
        <translation>Terakhir diverifikasi:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="100"/>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="177"/>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="182"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="178"/>
        <source>An entry needs at least a name.</source>
        <translation>Entri setidaknya harus memiliki nama.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="33"/>
        <source>Import the directory from CSV</source>
        <translation>Impor direktori dari CSV</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="44"/>
        <source>⚠ {refused} row(s) are refused. Nothing will be imported until the file is corrected ({new} new and {updated} updated entries are otherwise ready).</source>
        <translation>⚠ {refused} baris ditolak. Tidak ada yang akan diimpor sampai file diperbaiki (selain itu, {new} entri baru dan {updated} entri yang diperbarui sudah siap).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="53"/>
        <source>The file holds no directory entries.</source>
        <translation>File tidak berisi entri direktori.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="57"/>
        <source>Ready: {new} new and {updated} updated entries. Entries without a recent verification date will be flagged.</source>
        <translation>Siap: {new} entri baru dan {updated} entri yang diperbarui. Entri tanpa tanggal verifikasi terbaru akan ditandai.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="67"/>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="68"/>
        <source>Why it was refused</source>
        <translation>Alasan ditolak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="85"/>
        <source>Entry</source>
        <translation>Entri</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="86"/>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="87"/>
        <source>Now</source>
        <translation>Saat ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="88"/>
        <source>From the file</source>
        <translation>Dari file</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="106"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/import_dialog.py" line="116"/>
        <source>Entries this file changes (✓: verified by a person; a changed contact must be verified again):</source>
        <translation>Entri yang diubah oleh file ini (✓: diverifikasi oleh seseorang; kontak yang diubah harus diverifikasi lagi):</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="11"/>
        <source>NGO</source>
        <translation>LSM</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="12"/>
        <source>Lawyer</source>
        <translation>Pengacara</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="13"/>
        <source>Social welfare</source>
        <translation>Dinas sosial</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="14"/>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="15"/>
        <source>Law enforcement</source>
        <translation>Penegak hukum</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="16"/>
        <source>Shelter</source>
        <translation>Rumah aman</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="17"/>
        <source>Embassy</source>
        <translation>Kedutaan besar</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="32"/>
        <source>Example: not a real entry</source>
        <translation>Contoh: bukan entri nyata</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="34"/>
        <source>Never verified</source>
        <translation>Belum pernah diverifikasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="37"/>
        <source>To verify (last {day})</source>
        <translation>Perlu diverifikasi (terakhir {day})</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/texts.py" line="38"/>
        <source>✓ Verified {day}</source>
        <translation>✓ Diverifikasi {day}</translation>
    </message>
</context>
<context>
    <name>embassy</name>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="192"/>
        <source>The person&apos;s nationality is not recorded, so no embassy can be asked.</source>
        <translation>Kewarganegaraan yang bersangkutan belum dicatat, sehingga tidak ada kedutaan besar yang dapat dimintai.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="202"/>
        <source>The requesting organisation&apos;s name is missing.</source>
        <translation>Nama organisasi pemohon belum diisi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="211"/>
        <source>The organisation name or the document named would reveal the person&apos;s situation to the embassy; give a neutral name for the letter.</source>
        <translation>Nama organisasi atau nama dokumen akan mengungkap situasi yang bersangkutan kepada kedutaan besar; gunakan nama netral untuk surat ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="229"/>
        <source>No name is confirmed as neutral for letters to the embassy of {country}; a supervisor confirms one first.</source>
        <translation>Belum ada nama yang dikonfirmasi sebagai nama netral untuk surat kepada kedutaan besar {country}; supervisor harus mengonfirmasinya terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="241"/>
        <source>Letters to this embassy carry only the name confirmed as neutral for it: {name}.</source>
        <translation>Surat untuk kedutaan besar ini hanya memuat nama yang telah dikonfirmasi sebagai nama netral untuk kedutaan besar tersebut: {name}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="96"/>
        <source>The letter would reveal the person&apos;s situation to the embassy without their consent.</source>
        <translation>Surat ini akan mengungkap situasi yang bersangkutan kepada kedutaan besar tanpa persetujuannya.</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="25"/>
        <source>Intake</source>
        <translation>Penerimaan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="26"/>
        <source>Shelter and care</source>
        <translation>Rumah aman dan perawatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="27"/>
        <source>Return preparation</source>
        <translation>Persiapan pemulangan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="28"/>
        <source>Travel</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="29"/>
        <source>Reintegration</source>
        <translation>Reintegrasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="30"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="31"/>
        <location filename="../rrr_desktop/ui/labels.py" line="77"/>
        <source>Testimony</source>
        <translation>Kesaksian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="32"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="33"/>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="34"/>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="35"/>
        <location filename="../rrr_desktop/ui/labels.py" line="42"/>
        <location filename="../rrr_desktop/ui/labels.py" line="56"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="36"/>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="37"/>
        <source>Police</source>
        <translation>Polisi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="38"/>
        <source>Labour inspection</source>
        <translation>Pengawas ketenagakerjaan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="39"/>
        <source>NGO</source>
        <translation>LSM</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="40"/>
        <source>Self-referred</source>
        <translation>Datang sendiri</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="41"/>
        <source>Embassy</source>
        <translation>Kedutaan besar</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="43"/>
        <source>Identified victim of trafficking</source>
        <translation>Korban perdagangan orang yang teridentifikasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="46"/>
        <source>Deported migrant</source>
        <translation>Migran yang dideportasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="47"/>
        <source>Returned on their own</source>
        <translation>Pulang sendiri</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="48"/>
        <source>Domestic work</source>
        <translation>Pekerjaan rumah tangga</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="49"/>
        <source>Sexual exploitation</source>
        <translation>Eksploitasi seksual</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="50"/>
        <source>Plantation</source>
        <translation>Perkebunan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="51"/>
        <source>Construction</source>
        <translation>Konstruksi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="52"/>
        <source>Forced begging</source>
        <translation>Pengemisan paksa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="53"/>
        <source>Restaurant</source>
        <translation>Restoran</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="54"/>
        <source>Fishing</source>
        <translation>Perikanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="55"/>
        <source>Factory</source>
        <translation>Pabrik</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="57"/>
        <source>No asylum application</source>
        <translation>Tidak mengajukan suaka</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="58"/>
        <source>Wishes to apply for asylum</source>
        <translation>Ingin mengajukan suaka</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="59"/>
        <source>Asylum procedure pending</source>
        <translation>Proses suaka sedang berjalan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="60"/>
        <source>Asylum decided (outcome not recorded)</source>
        <translation>Suaka sudah diputuskan (hasilnya belum dicatat)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="61"/>
        <source>Asylum granted</source>
        <translation>Suaka dikabulkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="62"/>
        <source>Asylum refused</source>
        <translation>Suaka ditolak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="63"/>
        <source>Assistance</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="64"/>
        <source>Processing of personal data</source>
        <translation>Pemrosesan data pribadi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="65"/>
        <source>Sharing with the receiving organisation</source>
        <translation>Berbagi data dengan organisasi penerima</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="68"/>
        <source>Contact with the embassy</source>
        <translation>Menghubungi kedutaan besar</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="69"/>
        <source>Telling the embassy about the trafficking</source>
        <translation>Memberi tahu kedutaan besar tentang perdagangan orang yang dialami</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="72"/>
        <source>Family tracing</source>
        <translation>Penelusuran keluarga</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="73"/>
        <source>Medical examination</source>
        <translation>Pemeriksaan medis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="74"/>
        <source>Reintegration services</source>
        <translation>Layanan reintegrasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="75"/>
        <source>Being met on arrival</source>
        <translation>Dijemput saat tiba</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="76"/>
        <source>Voluntary return</source>
        <translation>Pemulangan sukarela</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="78"/>
        <source>Not asked</source>
        <translation>Belum ditanyakan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="79"/>
        <source>Given</source>
        <translation>Diberikan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="80"/>
        <source>Declined</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="81"/>
        <source>Withdrawn</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="82"/>
        <source>Written</source>
        <translation>Tertulis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="83"/>
        <source>Verbal, with a witness</source>
        <translation>Lisan, dengan saksi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="84"/>
        <source>By the guardian</source>
        <translation>Oleh wali</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="85"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="86"/>
        <source>Vital interest</source>
        <translation>Kepentingan vital</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="87"/>
        <source>Legal obligation</source>
        <translation>Kewajiban hukum</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="88"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="89"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="90"/>
        <source>Caseworker</source>
        <translation>Pendamping kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="91"/>
        <source>Data officer</source>
        <translation>Petugas data</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="92"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="93"/>
        <source>Phone call</source>
        <translation>Panggilan telepon</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="94"/>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="95"/>
        <source>Meeting</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="96"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="97"/>
        <source>Identity or travel document</source>
        <translation>Dokumen identitas atau dokumen perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="98"/>
        <source>Signed form or checklist</source>
        <translation>Formulir atau daftar periksa yang ditandatangani</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="99"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="100"/>
        <source>Medical record</source>
        <translation>Rekam medis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="101"/>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/labels.py" line="102"/>
        <source>Other document</source>
        <translation>Dokumen lain</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../rrr_desktop/cli/bundle.py" line="168"/>
        <source>No single peer matches {text}; use its fingerprint from &apos;rrr peer list&apos;.</source>
        <translation>{text} tidak cocok dengan tepat satu rekan; gunakan sidik jari rekan tersebut dari &apos;rrr peer list&apos;.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/embassy.py" line="276"/>
        <source>No embassy letter for {reference}: {reasons}</source>
        <translation>Surat untuk kedutaan besar tidak dapat dibuat untuk {reference}: {reasons}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="40"/>
        <source>The user name or passphrase is not correct.</source>
        <translation>Nama pengguna atau frasa sandi salah.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="46"/>
        <source>No vault found in {where}. Create one with &apos;rrr init&apos; or the set-up window.</source>
        <translation>Tidak ditemukan brankas di {where}. Buat brankas dengan &apos;rrr init&apos; atau melalui jendela penyiapan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="57"/>
        <source>A vault already exists in {where}; refusing to overwrite it.</source>
        <translation>Sudah ada brankas di {where}; brankas tersebut tidak akan ditimpa.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="70"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>Brankas terkunci. Buka kuncinya untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="78"/>
        <source>The vault in {where} is on read-only media (a write-protected stick or a folder without permission): it is open for reading and reports only. Nothing can be recorded there, so nothing can be printed or copied out of it either. To work in it, copy the folder to a writable disk.</source>
        <translation>Brankas di {where} berada di media hanya-baca (flashdisk yang dilindungi dari penulisan atau folder tanpa izin): brankas hanya terbuka untuk membaca dan laporan. Tidak ada yang dapat dicatat di sana, jadi tidak ada yang dapat dicetak atau disalin darinya. Untuk bekerja di dalamnya, salin folder itu ke disk yang dapat ditulisi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="112"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Disk penuh: tidak ada yang disimpan. Kosongkan sebagian ruang disk, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/errors.py" line="127"/>
        <source>This bundle was already imported; importing it again is refused.</source>
        <translation>Paket ini sudah pernah diimpor; paket yang sama tidak dapat diimpor lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="37"/>
        <source>This passphrase bundle asks for more memory to open than RRR Desktop allows; it was refused. Ask the sender to send it to this installation&apos;s contact card instead.</source>
        <translation>Paket yang dilindungi frasa sandi ini memerlukan memori lebih besar untuk dibuka daripada yang diizinkan RRR Desktop; paket ditolak. Minta pengirim untuk menujukan paket ke kartu kontak instalasi ini sebagai gantinya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="47"/>
        <source>Cancelled: nothing was written or changed.</source>
        <translation>Dibatalkan: tidak ada yang ditulis atau diubah.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="124"/>
        <source>This bundle is too large for a passphrase; add the recipient&apos;s contact card and send it to their key instead.</source>
        <translation>Paket ini terlalu besar untuk dilindungi dengan frasa sandi; tambahkan kartu kontak penerima, lalu tujukan paket ke kunci penerima sebagai gantinya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="133"/>
        <source>This laptop would protect the bundle with a passphrase cost the receiver refuses; send it to the recipient&apos;s contact card instead.</source>
        <translation>Laptop ini akan melindungi paket dengan pengaturan frasa sandi yang ditolak oleh penerima; tujukan paket ke kartu kontak penerima sebagai gantinya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="221"/>
        <source>This bundle is protected by a passphrase; enter the passphrase to open it.</source>
        <translation>Paket ini dilindungi frasa sandi; masukkan frasa sandi untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="256"/>
        <source>This passphrase bundle is larger than allowed; it was refused.</source>
        <translation>Paket yang dilindungi frasa sandi ini melebihi ukuran yang diizinkan; paket ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="239"/>
        <source>The passphrase is wrong or the bundle is damaged; nothing was imported.</source>
        <translation>Frasa sandi salah atau paket rusak; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="188"/>
        <source>This bundle is not addressed to this installation (or the passphrase is wrong); ask the sender to make it for this installation&apos;s contact card.</source>
        <translation>Paket ini tidak ditujukan ke instalasi ini (atau frasa sandinya salah); minta pengirim membuat paket untuk kartu kontak instalasi ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="195"/>
        <source>This file is not an RRR bundle or it is damaged.</source>
        <translation>File ini bukan paket RRR atau file ini rusak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="199"/>
        <source>The bundle is damaged or incomplete (it changed after it was made); copy it again from the sender.</source>
        <translation>Paket rusak atau tidak lengkap (paket berubah setelah dibuat); salin lagi paket dari pengirim.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="269"/>
        <source>The bundle&apos;s signature does not match its sender&apos;s key: it was changed or forged.</source>
        <translation>Tanda tangan digital paket tidak cocok dengan kunci pengirimnya: paket telah diubah atau dipalsukan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="277"/>
        <source>The bundle is damaged (its manifest is misplaced).</source>
        <translation>Paket rusak (manifesnya tidak berada di tempat yang semestinya).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/bundle.py" line="283"/>
        <source>The bundle&apos;s contents do not match its signed manifest: it was changed after it was made.</source>
        <translation>Isi paket tidak cocok dengan manifesnya yang ditandatangani: paket telah diubah setelah dibuat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="42"/>
        <source>The bundle contains a member with a forbidden name (a path outside the bundle); it was refused.</source>
        <translation>Paket berisi file dengan nama terlarang (jalur di luar paket); paket ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="143"/>
        <source>This file is not an RRR bundle of a known format.</source>
        <translation>File ini bukan paket RRR dengan format yang dikenal.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="174"/>
        <source>The bundle is damaged (a block is too large).</source>
        <translation>Paket rusak (ada blok yang terlalu besar).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="188"/>
        <source>The bundle is damaged (data after its end).</source>
        <translation>Paket rusak (ada data setelah akhir paket).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="197"/>
        <source>The bundle contains a member with an unreadable name.</source>
        <translation>Paket berisi file dengan nama yang tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="201"/>
        <source>The bundle contains too many members; it was refused.</source>
        <translation>Paket berisi terlalu banyak file; paket ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="206"/>
        <source>The bundle contains the same member twice; it was refused.</source>
        <translation>Paket berisi file yang sama dua kali; paket ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="224"/>
        <source>The bundle contains a member larger than allowed; it was refused.</source>
        <translation>Paket berisi file yang melebihi ukuran yang diizinkan; paket ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/container.py" line="246"/>
        <source>The bundle is incomplete (it was cut short); copy it again from the sender.</source>
        <translation>Paket tidak lengkap (terpotong); salin lagi paket dari pengirim.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="163"/>
        <source>Case {reference} cannot be referred: {reason} Record that consent first.</source>
        <translation>Kasus {reference} tidak dapat dirujuk: {reason} Catat persetujuan tersebut terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="177"/>
        <source>A referral needs at least one case: name it with its reference.</source>
        <translation>Rujukan memerlukan setidaknya satu kasus: sebutkan kasus dengan nomor kasusnya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="243"/>
        <source>Case {reference} was not referred to us by the chosen organisation; a status report goes only back to the organisation that referred the case.</source>
        <translation>Kasus {reference} tidak dirujuk kepada kami oleh organisasi yang dipilih; laporan status hanya dikirim kembali ke organisasi yang merujuk kasus tersebut.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/exporter.py" line="259"/>
        <source>The chosen organisation referred no case to us to report on.</source>
        <translation>Organisasi yang dipilih tidak merujuk kasus apa pun kepada kami, jadi tidak ada yang dapat dilaporkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="89"/>
        <source>Record {reference} in the bundle is not a valid case; nothing was imported. Ask the sender to check their version of RRR Desktop.</source>
        <translation>Data {reference} dalam paket bukan kasus yang valid; tidak ada yang diimpor. Minta pengirim memeriksa versi RRR Desktop mereka.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="148"/>
        <source>The bundle lists the same record twice; it was refused.</source>
        <translation>Paket mencantumkan data yang sama dua kali; paket ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="156"/>
        <source>A referral or status bundle may carry only cases; it was refused.</source>
        <translation>Paket rujukan atau paket laporan status hanya boleh berisi kasus; paket ini ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="169"/>
        <source>The bundle would change a record into another kind; it was refused.</source>
        <translation>Paket akan mengubah suatu data menjadi jenis data lain; paket ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="308"/>
        <source>The status report is about a case that was not referred to its sender from here; it was refused.</source>
        <translation>Laporan status ini menyangkut kasus yang tidak dirujuk dari sini kepada pengirimnya; laporan ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/importer.py" line="316"/>
        <source>The status report carries more than follow-up status; it was refused.</source>
        <translation>Laporan status ini memuat lebih dari status tindak lanjut; laporan ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="89"/>
        <source>This installation has no handoff keys yet, so no bundle can be addressed to it; export its contact card first.</source>
        <translation>Instalasi ini belum memiliki kunci serah terima, sehingga belum ada paket yang dapat ditujukan kepadanya; ekspor kartu kontaknya terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="119"/>
        <source>The bundle has no manifest; it is damaged or not an RRR bundle.</source>
        <translation>Paket tidak memiliki manifes; paket rusak atau bukan paket RRR.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="128"/>
        <source>This bundle comes from an unknown sender; add their contact card and compare its fingerprint before importing.</source>
        <translation>Paket ini berasal dari pengirim yang tidak dikenal; tambahkan kartu kontak pengirim dan bandingkan sidik jarinya sebelum mengimpor.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="136"/>
        <source>The sender {org} is not trusted yet; compare the fingerprint {fingerprint} with them, then trust the card.</source>
        <translation>Pengirim {org} belum dipercaya; bandingkan sidik jari {fingerprint} dengan mereka, lalu percayai kartunya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="147"/>
        <source>The bundle&apos;s sender does not match the trusted contact card.</source>
        <translation>Pengirim paket tidak cocok dengan kartu kontak tepercaya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="154"/>
        <source>This bundle was made for another recipient; it cannot be imported here.</source>
        <translation>Paket ini dibuat untuk penerima lain; paket tidak dapat diimpor di sini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="161"/>
        <source>A sync bundle comes only from a device of this organisation; this one is from {org}.</source>
        <translation>Paket sinkronisasi hanya boleh berasal dari perangkat organisasi ini; paket ini berasal dari {org}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="170"/>
        <source>Referrals and status reports come from another organisation.</source>
        <translation>Rujukan dan laporan status harus berasal dari organisasi lain.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="179"/>
        <source>The bundle has no records; it is damaged.</source>
        <translation>Paket tidak berisi data apa pun; paket rusak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="206"/>
        <source>The bundle contains a file with an unknown name; it was refused.</source>
        <translation>Paket berisi file dengan nama yang tidak dikenal; paket ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="218"/>
        <source>The bundle contains an attached file larger than allowed; it was refused.</source>
        <translation>Paket berisi file lampiran yang melebihi ukuran yang diizinkan; paket ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="229"/>
        <source>An attached file in the bundle does not match its fingerprint; nothing was imported.</source>
        <translation>Salah satu file lampiran dalam paket tidak cocok dengan sidik jarinya; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="268"/>
        <source>The bundle file changed while it was being read; nothing was imported.</source>
        <translation>File paket berubah saat sedang dibaca; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/inbox.py" line="276"/>
        <source>The bundle&apos;s record count does not match its manifest; it was refused.</source>
        <translation>Jumlah data dalam paket tidak cocok dengan manifesnya; paket ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="33"/>
        <source>The bundle contains a damaged record; it was refused. Ask the sender for a new bundle.</source>
        <translation>Paket berisi data yang rusak; paket ditolak. Minta paket baru dari pengirim.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="46"/>
        <source>The bundle contains a record nested too deeply to be a case; it was refused.</source>
        <translation>Paket berisi data dengan susunan bertingkat yang terlalu dalam untuk sebuah kasus; paket ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/jsonl.py" line="100"/>
        <source>The bundle contains a record larger than allowed; it was refused.</source>
        <translation>Paket berisi data yang melebihi ukuran yang diizinkan; paket ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/keys.py" line="149"/>
        <source>This file is not a valid RRR contact card; ask for a new card file.</source>
        <translation>File ini bukan kartu kontak RRR yang valid; minta file kartu kontak yang baru.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/keys.py" line="161"/>
        <source>This contact card comes from a newer version of RRR Desktop; update RRR Desktop here first.</source>
        <translation>Kartu kontak ini berasal dari versi RRR Desktop yang lebih baru; perbarui RRR Desktop di sini terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="103"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="110"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="140"/>
        <location filename="../rrr_desktop/handoff/manifest.py" line="147"/>
        <source>The bundle&apos;s manifest is damaged; ask the sender for a new copy.</source>
        <translation>Manifes paket rusak; minta salinan baru dari pengirim.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="119"/>
        <source>This bundle was made by a newer version of RRR Desktop; update this installation, then import it again.</source>
        <translation>Paket ini dibuat oleh versi RRR Desktop yang lebih baru; perbarui instalasi ini, lalu impor paket lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/manifest.py" line="129"/>
        <source>This bundle was made by an older version of RRR Desktop (before sync format 2); ask the sender to update RRR Desktop and make a new bundle. Nothing was imported.</source>
        <translation>Paket ini dibuat oleh versi RRR Desktop yang lebih lama (sebelum format sinkronisasi 2); minta pengirim memperbarui RRR Desktop dan membuat paket baru. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="51"/>
        <source>Choose &apos;ours&apos;, &apos;theirs&apos;, the number of one of the values, or &apos;new&apos; with a value.</source>
        <translation>Pilih &apos;ours&apos; (versi kita), &apos;theirs&apos; (versi mereka), nomor salah satu nilai, atau &apos;new&apos; disertai nilainya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="68"/>
        <location filename="../rrr_desktop/handoff/resolve.py" line="108"/>
        <source>Choose a value between 1 and {count}.</source>
        <translation>Pilih nilai antara 1 dan {count}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="81"/>
        <source>Every value of this field was written on this laptop.</source>
        <translation>Semua nilai isian ini ditulis di laptop ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="92"/>
        <location filename="../rrr_desktop/handoff/resolve.py" line="148"/>
        <source>The record of this conflict no longer exists.</source>
        <translation>Data yang memuat konflik ini sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="115"/>
        <source>This conflict was already resolved.</source>
        <translation>Konflik ini sudah diselesaikan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="122"/>
        <source>That value would make the case invalid; choose another one.</source>
        <translation>Nilai tersebut akan membuat kasus tidak valid; pilih nilai lain.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/handoff/resolve.py" line="137"/>
        <location filename="../rrr_desktop/services/handoff.py" line="793"/>
        <source>This conflict was already resolved or does not exist.</source>
        <translation>Konflik ini sudah diselesaikan atau tidak ada.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/embassy_letter.py" line="90"/>
        <source>The letter would reveal the person&apos;s situation without their consent.</source>
        <translation>Surat ini akan mengungkap situasi yang bersangkutan tanpa persetujuannya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/render.py" line="242"/>
        <source>The printer or PDF file could not be opened for writing.</source>
        <translation>Printer atau file PDF tidak dapat dibuka untuk ditulisi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="43"/>
        <source>{folder} cannot be written (read-only media or no permission). Nothing was saved there; choose another place.</source>
        <translation>{folder} tidak dapat ditulisi (media hanya-baca atau tidak ada izin). Tidak ada yang disimpan di sana; pilih tempat lain.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="52"/>
        <location filename="../rrr_desktop/printing/render.py" line="328"/>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="290"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} tidak ada.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="56"/>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>{path} sudah ada; tidak ada yang ditimpa.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="61"/>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} adalah folder; pilih nama file.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="64"/>
        <source>{path} could not be written (the disk reported an error). Nothing was saved there; try another place or another stick.</source>
        <translation>{path} tidak dapat ditulis (disk melaporkan kesalahan). Tidak ada yang disimpan di sana; coba tempat lain atau flashdisk lain.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="199"/>
        <source>{path} is too large for a file of this kind.</source>
        <translation>{path} terlalu besar untuk file jenis ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="209"/>
        <source>There is no file {path}.</source>
        <translation>File {path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="212"/>
        <source>{path} is a folder; choose a file.</source>
        <translation>{path} adalah folder; pilih file.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="214"/>
        <source>{path} could not be read.</source>
        <translation>{path} tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/files.py" line="219"/>
        <source>{path} is not a file; choose a file.</source>
        <translation>{path} bukan file; pilih sebuah file.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="318"/>
        <source>Cannot write the PDF file {file}.</source>
        <translation>File PDF {file} tidak dapat ditulis.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="34"/>
        <location filename="../rrr_desktop/services/audit_service.py" line="156"/>
        <source>verify the audit log</source>
        <translation>memverifikasi log audit</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="99"/>
        <source>This is not an audit checkpoint of RRR Desktop.</source>
        <translation>Ini bukan titik periksa audit RRR Desktop.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="147"/>
        <source>write an audit checkpoint</source>
        <translation>menulis titik periksa audit</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/audit_service.py" line="203"/>
        <source>read the audit log</source>
        <translation>membaca log audit</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="59"/>
        <source>This case is not assigned to you.</source>
        <translation>Kasus ini tidak ditugaskan kepada Anda.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="77"/>
        <source>Only a supervisor may change records of the whole organisation.</source>
        <translation>Hanya supervisor yang boleh mengubah data yang berlaku untuk seluruh organisasi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="173"/>
        <source>A case reference cannot be changed.</source>
        <translation>Nomor kasus tidak dapat diubah.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="201"/>
        <location filename="../rrr_desktop/services/cases.py" line="224"/>
        <source>Only a supervisor may change {field}.</source>
        <translation>Hanya supervisor yang boleh mengubah {field}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="204"/>
        <source>{field} is not changed by editing the case: it has a command of its own, which checks what it must and records who did it. Nothing was saved.</source>
        <translation>{field} tidak diubah dengan menyunting kasus: bagian ini punya perintah sendiri, yang memeriksa apa yang perlu dan mencatat siapa yang melakukannya. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="229"/>
        <source>{field} has a command of its own: keep one of the values here, then change it with that command.</source>
        <translation>{field} punya perintah sendiri: pertahankan salah satu nilai di sini, lalu ubah dengan perintah itu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="257"/>
        <location filename="../rrr_desktop/services/cases.py" line="268"/>
        <source>assign cases</source>
        <translation>menugaskan kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="295"/>
        <source>{reference} cannot move to {stage}: {reasons}</source>
        <translation>{reference} tidak dapat dipindahkan ke tahap {stage}: {reasons}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="95"/>
        <source>No directory entry has this id.</source>
        <translation>Tidak ada entri direktori dengan id ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="142"/>
        <source>change a verified directory entry</source>
        <translation>mengubah entri direktori yang sudah diverifikasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="153"/>
        <source>This id belongs to another kind of record.</source>
        <translation>Id ini milik jenis data lain.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="167"/>
        <source>An example entry must be replaced by a real one, not verified.</source>
        <translation>Entri contoh harus diganti dengan entri nyata, bukan ditandai terverifikasi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="175"/>
        <source>A verification date cannot be in the future.</source>
        <translation>Tanggal verifikasi tidak boleh berada di masa depan.</translation>
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
        <translation>{count} baris dalam file ditolak, sehingga tidak ada yang diimpor; yang pertama: {problem}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/directory.py" line="265"/>
        <source>The file holds no directory entries.</source>
        <translation>File tidak berisi entri direktori.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="271"/>
        <source>add contact cards of other installations</source>
        <translation>menambahkan kartu kontak instalasi lain</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="277"/>
        <source>This is this installation&apos;s own contact card.</source>
        <translation>Ini adalah kartu kontak milik instalasi ini sendiri.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="282"/>
        <source>The card {fingerprint} was already added.</source>
        <translation>Kartu {fingerprint} sudah ditambahkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="295"/>
        <source>No peer with the fingerprint {fingerprint}; run &apos;rrr peer list&apos;.</source>
        <translation>Tidak ada rekan dengan sidik jari {fingerprint}; jalankan &apos;rrr peer list&apos;.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="304"/>
        <source>trust other installations</source>
        <translation>memercayai instalasi lain</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="317"/>
        <source>join this vault to another organisation</source>
        <translation>menggabungkan brankas ini ke organisasi lain</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="322"/>
        <source>Trust the peer&apos;s card before joining its organisation.</source>
        <translation>Percayai kartu rekan terlebih dahulu sebelum bergabung dengan organisasinya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="335"/>
        <source>This peer&apos;s card does not name a valid organisation (a name of at least two characters and a two-letter country code); ask the peer for a new card file.</source>
        <translation>Kartu mitra ini tidak menyebut organisasi yang sah (nama minimal dua karakter dan kode negara dua huruf); minta file kartu baru kepada mitra.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="345"/>
        <source>Only an empty vault can join another organisation.</source>
        <translation>Hanya brankas kosong yang dapat bergabung dengan organisasi lain.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="379"/>
        <source>write a sync bundle of all cases</source>
        <translation>menulis paket sinkronisasi berisi semua kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="389"/>
        <source>Choose a trusted peer, or a passphrase and the recipient organisation.</source>
        <translation>Pilih rekan tepercaya, atau frasa sandi beserta organisasi penerima.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="396"/>
        <source>Trust {org} (compare the fingerprint) before sending.</source>
        <translation>Percayai {org} (bandingkan sidik jarinya) sebelum mengirim.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="404"/>
        <source>A sync bundle goes only to a device of this organisation.</source>
        <translation>Paket sinkronisasi hanya boleh dikirim ke perangkat organisasi ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="411"/>
        <source>Referrals and status reports go to another organisation.</source>
        <translation>Rujukan dan laporan status harus dikirim ke organisasi lain.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="418"/>
        <source>A status report goes to the peer that referred the case.</source>
        <translation>Laporan status harus dikirim ke rekan yang merujuk kasus tersebut.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="569"/>
        <source>import a sync bundle</source>
        <translation>mengimpor paket sinkronisasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/handoff.py" line="816"/>
        <source>A new value is written one field at a time.</source>
        <translation>Nilai baru hanya dapat ditulis untuk satu isian setiap kali.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="37"/>
        <location filename="../rrr_desktop/services/return_prep.py" line="314"/>
        <source>A country is a two-letter code, e.g. KH.</source>
        <translation>Negara ditulis dengan kode dua huruf, mis. KH.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="93"/>
        <source>A holiday needs a name.</source>
        <translation>Hari libur harus memiliki nama.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="105"/>
        <source>The holiday could not be added.</source>
        <translation>Hari libur tidak dapat ditambahkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="113"/>
        <source>{day} is not a holiday in {country}.</source>
        <translation>{day} bukan hari libur di {country}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/holidays.py" line="132"/>
        <source>Choose one to three weekend days, from Monday (0) to Sunday (6).</source>
        <translation>Pilih satu sampai tiga hari akhir pekan, dari Senin (0) sampai Minggu (6).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="149"/>
        <source>The file is not UTF-8 or UTF-16 text; save it from the spreadsheet program as &apos;CSV UTF-8&apos; or &apos;Unicode text&apos;.</source>
        <translation>File ini bukan teks UTF-8 atau UTF-16; simpan file dari program lembar kerja sebagai &apos;CSV UTF-8&apos; atau &apos;Unicode text&apos;.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="212"/>
        <source>The file is empty: it has no header row.</source>
        <translation>File kosong: tidak ada baris judul.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="165"/>
        <source>The file has more than {max} rows; split it into parts.</source>
        <translation>File memiliki lebih dari {max} baris; bagi file menjadi beberapa bagian.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="172"/>
        <source>The file has more than {max} columns; remove the columns that are not needed.</source>
        <translation>File ini memiliki lebih dari {max} kolom; hapus kolom yang tidak diperlukan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="227"/>
        <source>The file is not a readable .xlsx workbook.</source>
        <translation>File ini bukan buku kerja .xlsx yang dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="233"/>
        <source>The workbook unpacks to more than {max} MB; save it as CSV UTF-8 or split it into parts.</source>
        <translation>Setelah dibuka, buku kerja ini lebih dari {max} MB; simpan sebagai CSV UTF-8 atau bagi menjadi beberapa bagian.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="244"/>
        <source>The sheet has more than {max} cells, counting empty formatted ones; copy only the table into a new workbook.</source>
        <translation>Lembar ini memiliki lebih dari {max} sel, termasuk sel kosong yang diformat; salin hanya tabelnya ke buku kerja baru.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="451"/>
        <source>The file is larger than {max} MB; split it into parts.</source>
        <translation>Berkas lebih besar dari {max} MB; bagi menjadi beberapa bagian.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="468"/>
        <source>Old .xls workbooks cannot be read; save it as .xlsx or CSV UTF-8.</source>
        <translation>Buku kerja .xls versi lama tidak dapat dibaca; simpan sebagai .xlsx atau CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="484"/>
        <source>Row {row} of the file cannot be read (a cell is larger than 128 KiB or holds a control character). Check the file in the spreadsheet program.</source>
        <translation>Baris {row} dalam file tidak dapat dibaca (ada sel yang lebih besar dari 128 KiB atau berisi karakter kontrol). Periksa file tersebut di program lembar kerja.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="502"/>
        <source>The file has no column named {column}.</source>
        <translation>File tidak memiliki kolom bernama {column}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="507"/>
        <source>{field} is not a field; choose one of {fields}.</source>
        <translation>{field} bukan isian; pilih salah satu dari {fields}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="520"/>
        <source>Several columns are mapped to {field}; map each field once.</source>
        <translation>Beberapa kolom dipetakan ke {field}; petakan setiap isian satu kali saja.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="528"/>
        <source>No column is mapped to {field}; it is needed for every case.</source>
        <translation>Tidak ada kolom yang dipetakan ke {field}; isian ini diperlukan untuk setiap kasus.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="776"/>
        <location filename="../rrr_desktop/services/importing.py" line="811"/>
        <source>{count} rows cannot be imported, so nothing was imported; correct them and try again.</source>
        <translation>{count} baris tidak dapat diimpor, sehingga tidak ada yang diimpor; perbaiki baris tersebut, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="784"/>
        <source>The file has no rows to import.</source>
        <translation>File tidak berisi baris untuk diimpor.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="794"/>
        <source>Row {line}: the reference already exists; nothing was imported.</source>
        <translation>Baris {line}: nomor kasus sudah ada; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/importing.py" line="825"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="137"/>
        <source>No printout code was found (it looks like RRR-K7MX-3QAD, in the footer of every page).</source>
        <translation>Kode hasil cetak tidak ditemukan (bentuknya seperti RRR-K7MX-3QAD, di kaki setiap halaman).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="184"/>
        <source>Unknown document kind {kind}.</source>
        <translation>Jenis dokumen {kind} tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/printing_service.py" line="188"/>
        <source>The language must be a code such as km, th or ar.</source>
        <translation>Bahasa harus berupa kode seperti km, th, atau ar.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="59"/>
        <source>This case has no reintegration plan yet: start one first.</source>
        <translation>Kasus ini belum memiliki rencana reintegrasi: mulai rencana terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="68"/>
        <source>The plan has no such component.</source>
        <translation>Rencana tidak memiliki komponen tersebut.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="76"/>
        <source>The plan has no such action.</source>
        <translation>Rencana tidak memiliki tindakan tersebut.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="82"/>
        <source>This case is closed: it is no longer followed up.</source>
        <translation>Kasus ini sudah ditutup: kasus ini tidak lagi ditindaklanjuti.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="90"/>
        <source>The case has no such follow-up visit.</source>
        <translation>Kasus ini tidak memiliki kunjungan tindak lanjut tersebut.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="120"/>
        <source>A family assessment cannot be dated in the future.</source>
        <translation>Penilaian keluarga tidak boleh bertanggal di masa depan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="145"/>
        <source>Write down the person&apos;s own wishes, in their words.</source>
        <translation>Tuliskan keinginan yang bersangkutan, dengan kata-katanya sendiri.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="151"/>
        <source>This case already has a plan: make a new version instead.</source>
        <translation>Kasus ini sudah memiliki rencana: buat versi baru sebagai gantinya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="184"/>
        <source>The person&apos;s wishes cannot be left empty.</source>
        <translation>Keinginan yang bersangkutan tidak boleh dibiarkan kosong.</translation>
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
        <translation>Komponen rencana memerlukan sasaran.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="229"/>
        <location filename="../rrr_desktop/services/reintegration.py" line="259"/>
        <source>A budget cannot be negative.</source>
        <translation>Anggaran tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="286"/>
        <source>An action needs a description.</source>
        <translation>Tindakan memerlukan uraian.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="331"/>
        <source>A visit already made cannot be moved.</source>
        <translation>Kunjungan yang sudah dilakukan tidak dapat dipindahkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="342"/>
        <source>A visit already made cannot be removed.</source>
        <translation>Kunjungan yang sudah dilakukan tidak dapat dihapus.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="362"/>
        <source>A visit cannot be recorded in the future.</source>
        <translation>Kunjungan tidak dapat dicatat untuk tanggal di masa depan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="367"/>
        <source>Each domain score must be from 1 (very vulnerable) to 5.</source>
        <translation>Setiap skor bidang harus antara 1 (sangat rentan) dan 5.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="381"/>
        <source>This visit has already been recorded.</source>
        <translation>Kunjungan ini sudah dicatat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="405"/>
        <source>The retention period must be at least one year.</source>
        <translation>Masa penyimpanan harus minimal satu tahun.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="418"/>
        <source>This case is already closed.</source>
        <translation>Kasus ini sudah ditutup.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reintegration.py" line="455"/>
        <source>This case has no such plan version.</source>
        <translation>Kasus ini tidak memiliki versi rencana tersebut.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/report.py" line="21"/>
        <source>The start of the period is after its end.</source>
        <translation>Awal periode jatuh setelah akhir periode.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="85"/>
        <source>Each table of a report counts something else.</source>
        <translation>Setiap tabel dalam laporan harus menghitung hal yang berbeda.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="90"/>
        <source>A table counts by one field or by two different fields.</source>
        <translation>Tabel menghitung berdasarkan satu isian atau dua isian yang berbeda.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="98"/>
        <source>Cannot count by {field}; choose one of {fields}.</source>
        <translation>Tidak dapat menghitung berdasarkan {field}; pilih salah satu dari {fields}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/reports.py" line="106"/>
        <source>The suppression threshold cannot be negative.</source>
        <translation>Ambang penyembunyian jumlah tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="16"/>
        <source>review retention</source>
        <translation>meninjau masa penyimpanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="46"/>
        <source>{reference} is not a closed case past its retention date.</source>
        <translation>{reference} bukan kasus yang sudah ditutup dan telah melewati akhir masa penyimpanannya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="55"/>
        <source>anonymise a case</source>
        <translation>menganonimkan kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/retention.py" line="67"/>
        <source>delete a case</source>
        <translation>menghapus kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="69"/>
        <source>{field}: {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="109"/>
        <source>Unknown risk factor {factor}; known: {known}.</source>
        <translation>Faktor risiko {factor} tidak dikenal; yang dikenal: {known}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="115"/>
        <source>A finding of risk with mitigations needs the mitigations.</source>
        <translation>Temuan risiko dengan langkah mitigasi harus disertai uraian langkah mitigasinya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="123"/>
        <source>An assessment cannot be dated in the future.</source>
        <translation>Penilaian tidak boleh bertanggal di masa depan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="145"/>
        <source>override a gate</source>
        <translation>memberikan pengecualian atas suatu syarat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="148"/>
        <source>A supervisor decision is about the risk finding or the checklist.</source>
        <translation>Keputusan supervisor hanya dapat menyangkut temuan risiko atau daftar periksa.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="155"/>
        <source>An override needs a reason of at least {min} characters.</source>
        <translation>Pengecualian memerlukan alasan minimal {min} karakter.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="168"/>
        <source>revoke an override</source>
        <translation>mencabut pengecualian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="174"/>
        <source>There is no active {kind} override on this case.</source>
        <translation>Tidak ada pengecualian {kind} yang berlaku untuk kasus ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="188"/>
        <location filename="../rrr_desktop/services/return_prep.py" line="205"/>
        <source>Unknown checklist item {key}.</source>
        <translation>Butir daftar periksa {key} tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="193"/>
        <source>A checklist item cannot be ticked for a future date.</source>
        <translation>Butir daftar periksa tidak dapat dicentang untuk tanggal di masa depan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="245"/>
        <source>A document needs a kind, e.g. passport.</source>
        <translation>Dokumen memerlukan jenis, mis. paspor.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="249"/>
        <source>Keep only the last four characters of a document number.</source>
        <translation>Simpan hanya empat karakter terakhir dari nomor dokumen.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="263"/>
        <source>No such document on this case.</source>
        <translation>Tidak ada dokumen tersebut dalam kasus ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="290"/>
        <source>No such leg in this itinerary.</source>
        <translation>Tidak ada bagian perjalanan tersebut dalam rencana perjalanan ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="308"/>
        <source>Unknown travel detail {detail}.</source>
        <translation>Rincian perjalanan {detail} tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="356"/>
        <source>A message date cannot be in the future.</source>
        <translation>Tanggal pesan tidak boleh berada di masa depan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="372"/>
        <source>A message cannot be received before it was sent.</source>
        <translation>Pesan tidak dapat diterima sebelum dikirim.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="382"/>
        <source>The answer window is at least one day.</source>
        <translation>Batas waktu jawaban minimal satu hari.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/return_prep.py" line="407"/>
        <source>Record the consent as withdrawn or as declined.</source>
        <translation>Catat persetujuan sebagai dicabut atau ditolak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="32"/>
        <source>an administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="33"/>
        <source>a supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="34"/>
        <source>a caseworker</source>
        <translation>pendamping kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="35"/>
        <source>a data officer</source>
        <translation>petugas data</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="240"/>
        <source>This vault is open for reading only (read-only media or a full disk), so a print or a copy of a file could not be recorded in its audit log; nothing was written. Free some space, or copy the vault to a writable disk, and open it again.</source>
        <translation>Brankas ini hanya terbuka untuk dibaca (media hanya-baca atau disk penuh), sehingga cetakan atau salinan berkas tidak dapat dicatat di log auditnya; tidak ada yang ditulis. Kosongkan sebagian ruang, atau salin brankas ke disk yang dapat ditulisi, lalu buka lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="277"/>
        <source>User {user} has no account in this vault.</source>
        <translation>Pengguna {user} tidak memiliki akun di brankas ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="285"/>
        <source>The account of {user} was changed outside RRR Desktop, so it does not open. Ask another administrator to run &apos;rrr audit verify&apos;, or restore a backup.</source>
        <translation>Akun {user} telah diubah di luar RRR Desktop, sehingga tidak dapat dibuka. Mintalah administrator lain untuk menjalankan &apos;rrr audit verify&apos;, atau pulihkan cadangan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="295"/>
        <source>The user {user} is disabled. Ask your administrator.</source>
        <translation>Pengguna {user} telah dinonaktifkan. Tanyakan kepada administrator Anda.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/session.py" line="307"/>
        <source>Only {role} may {what}.</source>
        <translation>Hanya {role} yang boleh {what}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="160"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="211"/>
        <source>set a duress passphrase</source>
        <translation>menetapkan frasa sandi darurat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="168"/>
        <source>The duress passphrase must differ from your passphrase.</source>
        <translation>Frasa sandi darurat harus berbeda dari frasa sandi Anda.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="243"/>
        <source>add users</source>
        <translation>menambahkan pengguna</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="262"/>
        <source>User {user} already exists.</source>
        <translation>Pengguna {user} sudah ada.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="292"/>
        <source>The account {user} was saved, but not its key slot, so {user} cannot sign in yet: {reason} Then add {user} again with the same command.</source>
        <translation>Akun {user} sudah disimpan, tetapi slot kuncinya belum, sehingga {user} belum dapat masuk: {reason} Setelah itu tambahkan {user} lagi dengan perintah yang sama.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="338"/>
        <source>The disk is full; free some space.</source>
        <translation>Disk penuh; kosongkan sebagian ruang.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="347"/>
        <source>manage users</source>
        <translation>mengelola pengguna</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="356"/>
        <source>You cannot disable, remove or change your own account; ask another administrator.</source>
        <translation>Anda tidak dapat menonaktifkan, menghapus, atau mengubah akun Anda sendiri; mintalah bantuan administrator lain.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="383"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="412"/>
        <source>The last administrator cannot be disabled.</source>
        <translation>Administrator terakhir tidak dapat dinonaktifkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="393"/>
        <source>A user needs at least one role.</source>
        <translation>Pengguna harus memiliki setidaknya satu peran.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="399"/>
        <source>The last administrator keeps that role.</source>
        <translation>Administrator terakhir harus tetap memegang peran administrator.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="426"/>
        <source>{user} was disabled (their passphrase opens nothing in this program now), but their key slot was not deleted: {reason} Then remove {user} again.</source>
        <translation>{user} sudah dinonaktifkan (frasa sandinya kini tidak membuka apa pun di program ini), tetapi slot kuncinya belum dihapus: {reason} Setelah itu hapus {user} lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="438"/>
        <source>{user} was removed (key slot deleted, account disabled), but the data key was not rotated: {reason} Then choose Settings → Users and roles → Change the vault&apos;s key (or run &apos;rrr rotate-key&apos;).</source>
        <translation>{user} telah dihapus (slot kunci dihapus, akun dinonaktifkan), tetapi kunci data belum diganti: {reason} Lalu pilih Pengaturan → Pengguna dan peran → Ganti kunci brankas (atau jalankan &apos;rrr rotate-key&apos;).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="452"/>
        <source>rotate the data key</source>
        <translation>mengganti kunci data</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="473"/>
        <source>create a recovery key</source>
        <translation>membuat kunci pemulihan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="512"/>
        <source>An administrator&apos;s passphrase is reset only with another administrator&apos;s approval: {others}.</source>
        <translation>Frasa sandi administrator hanya dapat diatur ulang dengan persetujuan administrator lain: {others}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="564"/>
        <source>wipe this laptop</source>
        <translation>menghapus bersih laptop ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/vault_service.py" line="568"/>
        <source>Type the organisation&apos;s name exactly to confirm; nothing was wiped.</source>
        <translation>Ketik nama organisasi dengan tepat untuk mengonfirmasi; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/cases.py" line="274"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="352"/>
        <location filename="../rrr_desktop/services/vault_service.py" line="500"/>
        <source>There is no user {user} in this vault.</source>
        <translation>Tidak ada pengguna {user} di brankas ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="139"/>
        <source>The country must be a two-letter code such as KH.</source>
        <translation>Negara harus berupa kode dua huruf seperti KH.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/directory/entry_dialog.py" line="162"/>
        <source>{language} is not a language the list knows; choose one from the list that opens as you type.</source>
        <translation>{language} bukan bahasa yang ada dalam daftar; pilih salah satu dari daftar yang muncul saat Anda mengetik.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/errors.py" line="73"/>
        <source>Not done</source>
        <translation>Tidak dilakukan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/cases.py" line="97"/>
        <source>The case no longer exists.</source>
        <translation>Kasus ini sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/cases.py" line="441"/>
        <source>No case with reference {reference}.</source>
        <translation>Tidak ada kasus dengan nomor kasus {reference}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="69"/>
        <source>The vault file in {folder} is damaged or is not the one these passphrases open. Nothing was changed. Restore the latest backup (rrr restore) or ask for help.</source>
        <translation>File brankas di {folder} rusak atau bukan file yang dapat dibuka dengan frasa sandi ini. Tidak ada yang diubah. Pulihkan cadangan terbaru (rrr restore) atau mintalah bantuan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="80"/>
        <source>The vault in {folder} could not be read (the disk reported an error). Nothing was changed. Copy the folder to a healthy disk, or restore the latest backup.</source>
        <translation>Brankas di {folder} tidak dapat dibaca (disk melaporkan kesalahan). Tidak ada yang diubah. Salin folder tersebut ke disk yang sehat, atau pulihkan cadangan terbaru.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="172"/>
        <source>This vault on read-only media needs an upgrade by this version of RRR Desktop: copy it to a writable disk and open it there.</source>
        <translation>Brankas di media hanya-baca ini perlu diperbarui oleh versi RRR Desktop ini: salin brankas ke disk yang dapat ditulisi, lalu buka di sana.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="207"/>
        <source>This vault uses schema {current}, newer than this program knows ({latest}). Update RRR Desktop.</source>
        <translation>Brankas ini menggunakan skema {current}, lebih baru daripada yang dikenal program ini ({latest}). Perbarui RRR Desktop.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/db.py" line="390"/>
        <source>The copy failed its check; nothing was saved. Try another place or another stick.</source>
        <translation>Salinan tidak lolos pemeriksaan; tidak ada yang disimpan. Coba tempat lain atau flashdisk lain.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="191"/>
        <source>A key slot uses an unknown key derivation.</source>
        <translation>Salah satu slot kunci menggunakan metode derivasi kunci yang tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="324"/>
        <source>This vault was made by a newer version of RRR Desktop.</source>
        <translation>Brankas ini dibuat oleh versi RRR Desktop yang lebih baru.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/keys.py" line="303"/>
        <source>The key slot file of this vault is damaged; restore it from a backup.</source>
        <translation>File slot kunci brankas ini rusak; pulihkan file tersebut dari cadangan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/records.py" line="189"/>
        <source>This record was deleted or anonymised; it can no longer be changed.</source>
        <translation>Data ini telah dihapus atau dianonimkan; data ini tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="54"/>
        <source>A passphrase needs at least {min} characters.</source>
        <translation>Frasa sandi harus terdiri dari minimal {min} karakter.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="59"/>
        <source>This passphrase is too easy to guess (a common word, a pattern or a date). Use a few unrelated words.</source>
        <translation>Frasa sandi ini terlalu mudah ditebak (kata umum, pola, atau tanggal). Gunakan beberapa kata yang tidak saling berhubungan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="72"/>
        <source>The vault was busy, so its key was not changed (nothing was lost). Wait for running work such as an import or a report to finish, then try again.</source>
        <translation>Brankas sedang sibuk, jadi kuncinya tidak diganti (tidak ada yang hilang). Tunggu sampai pekerjaan yang sedang berjalan, misalnya impor atau laporan, selesai, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/store.py" line="362"/>
        <source>The key cannot be rotated yet: {users} must sign in once (their key slots are of an earlier kind); for the recovery key, make a new one.</source>
        <translation>Kunci belum dapat diganti: {users} harus masuk sekali terlebih dahulu (slot kunci mereka jenis lama); untuk kunci pemulihan, buat yang baru.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="58"/>
        <source>{folder} is not a backup of RRR Desktop (its key slots are missing).</source>
        <translation>{folder} bukan cadangan RRR Desktop (slot kuncinya tidak ada).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="74"/>
        <source>{folder} is not a folder with a backup.</source>
        <translation>{folder} bukan folder yang berisi cadangan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="102"/>
        <source>The backup in {folder} is incomplete.</source>
        <translation>Cadangan di {folder} tidak lengkap.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="80"/>
        <source>The backup in {folder} is not encrypted; it was not restored.</source>
        <translation>Cadangan di {folder} tidak terenkripsi; cadangan tidak dipulihkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="155"/>
        <source>Your user name and passphrase do not open the backup in {folder}. Nothing was changed.</source>
        <translation>Nama pengguna dan frasa sandi Anda tidak dapat membuka cadangan di {folder}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="205"/>
        <source>Only an administrator may put a backup back, and {user} is not one in that backup. Nothing was changed.</source>
        <translation>Hanya administrator yang boleh memulihkan cadangan, dan {user} bukan administrator di cadangan itu. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/restore.py" line="216"/>
        <source>The backup in {folder} is damaged (it failed its check). Nothing was changed; the vault here is as it was. Try another copy of the backup.</source>
        <translation>Cadangan di {folder} rusak (tidak lolos pemeriksaan). Tidak ada yang diubah; brankas di sini tetap seperti semula. Cobalah salinan lain dari cadangan ini.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/audit.py" line="48"/>
        <source>The audit log of this vault was changed outside RRR Desktop (entries are missing or rewritten), so nothing more can be recorded. Tell your administrator; &apos;rrr audit verify&apos; shows where.</source>
        <translation>Log audit brankas ini telah diubah di luar RRR Desktop (ada entri yang hilang atau ditulis ulang), sehingga tidak ada lagi yang dapat dicatat. Beri tahu administrator Anda; &apos;rrr audit verify&apos; menunjukkan letak perubahannya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="29"/>
        <source>The file is larger than {limit} MB; scan it at a lower resolution or split it, then attach it again.</source>
        <translation>File lebih besar dari {limit} MB; pindai dengan resolusi lebih rendah atau bagi menjadi beberapa bagian, lalu lampirkan lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="58"/>
        <source>Write the note before saving it.</source>
        <translation>Tulis catatan sebelum menyimpannya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="61"/>
        <source>A note holds at most {limit} characters; split it into several notes.</source>
        <translation>Satu catatan berisi paling banyak {limit} karakter; bagi menjadi beberapa catatan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="77"/>
        <source>The note holds characters that cannot be stored (control or direction characters); remove them and save again.</source>
        <translation>Catatan berisi karakter yang tidak dapat disimpan (karakter kontrol atau karakter arah teks); hapus karakter tersebut, lalu simpan lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="123"/>
        <source>The file is empty; nothing was attached.</source>
        <translation>File kosong; tidak ada yang dilampirkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="141"/>
        <source>The file&apos;s name or note holds characters that cannot be stored; rename it and attach it again.</source>
        <translation>Nama atau catatan file berisi karakter yang tidak dapat disimpan; ganti namanya, lalu lampirkan lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="152"/>
        <source>A case holds at most {limit} attached files.</source>
        <translation>Satu kasus berisi paling banyak {limit} file lampiran.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="169"/>
        <source>The attached file no longer exists.</source>
        <translation>File lampiran sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="178"/>
        <source>This file has not arrived on this laptop yet (only its description did); it comes with the next sync from the laptop where it was attached.</source>
        <translation>File ini belum sampai di laptop ini (baru keterangannya saja); file akan datang pada sinkronisasi berikutnya dari laptop tempat file itu dilampirkan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/notes.py" line="186"/>
        <source>The stored file does not match its fingerprint; it was not opened. Run the vault check (rrr doctor).</source>
        <translation>File yang tersimpan tidak cocok dengan sidik jarinya; file tidak dibuka. Jalankan pemeriksaan brankas (rrr doctor).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="22"/>
        <source>change the organisation</source>
        <translation>mengubah data organisasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="30"/>
        <source>The address, phone or e-mail holds characters that cannot be printed.</source>
        <translation>Alamat, telepon, atau email berisi karakter yang tidak dapat dicetak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="41"/>
        <source>confirm a name for letters</source>
        <translation>mengonfirmasi nama untuk surat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="46"/>
        <source>Give the embassy&apos;s country as a two-letter code, e.g. KH.</source>
        <translation>Tuliskan negara kedutaan besar dengan kode dua huruf, mis. KH.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="49"/>
        <source>Give the name the letter carries.</source>
        <translation>Isi nama yang dimuat dalam surat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/organisation.py" line="53"/>
        <source>“{name}” would tell the embassy what the person went through ({words}); choose a neutral name.</source>
        <translation>“{name}” akan memberi tahu kedutaan besar apa yang dialami yang bersangkutan ({words}); pilih nama yang netral.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/inuse.py" line="43"/>
        <source>The vault is open in another window or &apos;rrr&apos; command on this computer: close it there, then try again.</source>
        <translation>Brankas terbuka di jendela lain atau perintah &apos;rrr&apos; di komputer ini: tutup di sana, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/vault/inuse.py" line="56"/>
        <source>Another window or &apos;rrr&apos; command is changing this vault&apos;s key or restoring it. Try again in a minute.</source>
        <translation>Jendela atau perintah &apos;rrr&apos; lain sedang mengganti kunci brankas ini atau memulihkannya. Coba lagi dalam satu menit.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="8"/>
        <source>Case identifier (no personal data)</source>
        <translation>ID kasus (tanpa data pribadi)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="9"/>
        <source>Opened on</source>
        <translation>Dibuka pada</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="10"/>
        <source>Reference</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="11"/>
        <source>Their reference</source>
        <translation>Nomor kasus di organisasi perujuk</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="12"/>
        <source>Referring organisation</source>
        <translation>Organisasi perujuk</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="13"/>
        <source>Referred to</source>
        <translation>Dirujuk ke</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="14"/>
        <source>Earlier references</source>
        <translation>Nomor kasus sebelumnya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="15"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="16"/>
        <source>Stage history</source>
        <translation>Riwayat tahap</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="17"/>
        <source>Caseworker</source>
        <translation>Pendamping kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="18"/>
        <source>Also assigned to</source>
        <translation>Juga ditugaskan kepada</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="19"/>
        <source>Receiving organisation</source>
        <translation>Organisasi penerima</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="20"/>
        <source>Name on printouts</source>
        <translation>Nama pada hasil cetak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="21"/>
        <source>Asylum</source>
        <translation>Suaka</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="22"/>
        <source>Person</source>
        <translation>Data diri</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="23"/>
        <source>Given name</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="24"/>
        <source>Family name</source>
        <translation>Nama keluarga</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="25"/>
        <source>Other names</source>
        <translation>Nama lain</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="26"/>
        <source>Name in the person&apos;s own script</source>
        <translation>Nama dalam aksara asli yang bersangkutan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="27"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="28"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="29"/>
        <source>Estimated age</source>
        <translation>Perkiraan usia</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="30"/>
        <source>Age estimated on</source>
        <translation>Tanggal perkiraan usia</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="31"/>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="32"/>
        <source>Nationality</source>
        <translation>Kewarganegaraan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="33"/>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="34"/>
        <source>The person&apos;s wishes</source>
        <translation>Keinginan yang bersangkutan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="35"/>
        <source>Guardian</source>
        <translation>Wali</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="36"/>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="37"/>
        <source>Intake</source>
        <translation>Penerimaan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="38"/>
        <source>Intake date</source>
        <translation>Tanggal penerimaan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="39"/>
        <source>How the person was identified</source>
        <translation>Cara yang bersangkutan diidentifikasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="40"/>
        <source>Referred by</source>
        <translation>Dirujuk oleh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="41"/>
        <source>Country where it happened</source>
        <translation>Negara tempat kejadian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="42"/>
        <source>Country of origin</source>
        <translation>Negara asal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="43"/>
        <source>Region of origin</source>
        <translation>Wilayah asal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="44"/>
        <source>First needs</source>
        <translation>Kebutuhan awal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="45"/>
        <source>Screening notes</source>
        <translation>Catatan skrining</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="46"/>
        <source>Form of exploitation</source>
        <translation>Bentuk eksploitasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="47"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="48"/>
        <source>Shelter and care</source>
        <translation>Rumah aman dan perawatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="49"/>
        <source>Medical services</source>
        <translation>Layanan medis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="50"/>
        <source>Shelter</source>
        <translation>Rumah aman</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="51"/>
        <source>Admitted on</source>
        <translation>Masuk pada</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="52"/>
        <source>Left on</source>
        <translation>Keluar pada</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="53"/>
        <source>Services received</source>
        <translation>Layanan yang diterima</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="54"/>
        <source>Referrals to services</source>
        <translation>Rujukan ke layanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="55"/>
        <source>Security measures</source>
        <translation>Langkah keamanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="56"/>
        <source>Consents</source>
        <translation>Daftar persetujuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="57"/>
        <source>Risk assessments</source>
        <translation>Penilaian risiko</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="58"/>
        <source>Supervisor overrides</source>
        <translation>Pengecualian oleh supervisor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="59"/>
        <source>Pre-departure checklist</source>
        <translation>Daftar periksa sebelum keberangkatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="60"/>
        <source>Checklist items</source>
        <translation>Butir daftar periksa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="61"/>
        <source>Wishes to be met by a local organisation on arrival</source>
        <translation>Ingin dijemput oleh organisasi setempat saat tiba</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="64"/>
        <source>Contacts handed over</source>
        <translation>Kontak yang telah diberikan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="65"/>
        <source>Travel documents</source>
        <translation>Dokumen perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="66"/>
        <source>Travel</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="67"/>
        <source>Journey legs</source>
        <translation>Bagian perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="68"/>
        <source>Messages between organisations</source>
        <translation>Pesan antarorganisasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="69"/>
        <source>Reintegration</source>
        <translation>Reintegrasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="70"/>
        <source>Reintegration plans</source>
        <translation>Rencana reintegrasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="71"/>
        <source>Follow-up visits</source>
        <translation>Kunjungan tindak lanjut</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="72"/>
        <source>Assessment date</source>
        <translation>Tanggal penilaian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="73"/>
        <source>Assessed by</source>
        <translation>Dinilai oleh</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="74"/>
        <source>Assessment: the person&apos;s own account</source>
        <translation>Penilaian: penuturan yang bersangkutan sendiri</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="77"/>
        <source>Assessment: the situation at home</source>
        <translation>Penilaian: situasi di kampung halaman</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="80"/>
        <source>Family assessment</source>
        <translation>Penilaian keluarga</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="81"/>
        <source>Closure</source>
        <translation>Penutupan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="82"/>
        <source>Notes and contact log</source>
        <translation>Catatan dan log kontak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="83"/>
        <source>Attached documents</source>
        <translation>Dokumen terlampir</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="84"/>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="86"/>
        <source>{list}: entry kept or deleted</source>
        <translation>{list}: entri dipertahankan atau dihapus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="87"/>
        <source>{list}: {field}</source>
        <translation>{list}: {field}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/field_names.py" line="88"/>
        <source>{list}: one entry</source>
        <translation>{list}: satu entri</translation>
    </message>
</context>
<context>
    <name>followup</name>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="41"/>
        <source>Financial</source>
        <translation>Keuangan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="42"/>
        <source>Family and social</source>
        <translation>Keluarga dan sosial</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="43"/>
        <source>Employment and skills</source>
        <translation>Pekerjaan dan keterampilan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="44"/>
        <source>Medical and psychosocial</source>
        <translation>Medis dan psikososial</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="47"/>
        <source>Legal</source>
        <translation>Hukum</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="52"/>
        <source>Contact with a recruiter, broker or former exploiter</source>
        <translation>Kontak dengan perekrut, calo, atau mantan pelaku eksploitasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="55"/>
        <source>An offer of work abroad or in another town</source>
        <translation>Tawaran kerja di luar negeri atau di kota lain</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="56"/>
        <source>New or growing debt</source>
        <translation>Utang baru atau utang yang terus bertambah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="57"/>
        <source>Family pressure to earn money or migrate again</source>
        <translation>Tekanan keluarga untuk mencari uang atau bermigrasi lagi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="60"/>
        <source>Threats or intimidation from traffickers</source>
        <translation>Ancaman atau intimidasi dari pelaku perdagangan orang</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="61"/>
        <source>Identity documents held by someone else</source>
        <translation>Dokumen identitas dipegang orang lain</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="62"/>
        <source>Unexplained money or gifts</source>
        <translation>Uang atau hadiah yang tidak jelas asalnya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="63"/>
        <source>Plans to leave without telling anyone</source>
        <translation>Berencana pergi tanpa memberi tahu siapa pun</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="64"/>
        <source>Isolation, alcohol or drug use</source>
        <translation>Isolasi, penggunaan alkohol atau narkoba</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/followup.py" line="65"/>
        <source>Dropped out of training, school or work</source>
        <translation>Berhenti dari pelatihan, sekolah, atau pekerjaan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="19"/>
        <source>Reintegrated</source>
        <translation>Telah berintegrasi kembali</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="20"/>
        <source>Declined further assistance</source>
        <translation>Menolak bantuan lebih lanjut</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="21"/>
        <source>Lost contact</source>
        <translation>Kehilangan kontak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="22"/>
        <source>Moved on</source>
        <translation>Pindah ke tempat lain</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="23"/>
        <source>Transferred to another organisation</source>
        <translation>Dialihkan ke organisasi lain</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="24"/>
        <source>Deceased</source>
        <translation>Meninggal dunia</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="29"/>
        <source>Fin.</source>
        <translation>Keu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="30"/>
        <source>Fam.</source>
        <translation>Kel.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="31"/>
        <source>Emp.</source>
        <translation>Pek.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="32"/>
        <source>Med.</source>
        <translation>Med.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="33"/>
        <source>Leg.</source>
        <translation>Huk.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="30"/>
        <source>Score trend per domain</source>
        <translation>Tren skor per bidang</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="44"/>
        <source>no score yet</source>
        <translation>belum ada skor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="46"/>
        <source>improving</source>
        <translation>membaik</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="47"/>
        <source>worse</source>
        <translation>memburuk</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/trend_chart.py" line="48"/>
        <source>steady</source>
        <translation>stabil</translation>
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
        <translation>Yang bersangkutan belum memberikan persetujuan untuk pemulangan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="58"/>
        <source>No security (risk) assessment has been made.</source>
        <translation>Belum ada penilaian keamanan (risiko).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="67"/>
        <source>The risk assessment found reasonable suspicion of harm; a supervisor must record an override with a reason.</source>
        <translation>Penilaian risiko menemukan dugaan beralasan akan adanya bahaya; supervisor harus mencatat pengecualian beserta alasannya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="79"/>
        <source>A child needs a recorded guardian.</source>
        <translation>Anak harus memiliki wali yang tercatat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="98"/>
        <source>{count} of 8 pre-departure conditions are not yet met: {missing}</source>
        <translation>{count} dari 8 syarat sebelum keberangkatan belum dipenuhi: {missing}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="107"/>
        <source>No travel itinerary has been recorded.</source>
        <translation>Belum ada rencana perjalanan yang dicatat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="115"/>
        <location filename="../rrr_desktop/domain/gates.py" line="188"/>
        <source>The person has not consented to share the case with {org}.</source>
        <translation>Yang bersangkutan belum memberikan persetujuan untuk membagikan kasusnya kepada {org}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="132"/>
        <source>An asylum procedure is pending: the embassy must not be contacted.</source>
        <translation>Proses suaka sedang berjalan: kedutaan besar tidak boleh dihubungi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="141"/>
        <source>The person was granted asylum: the embassy of the country they fled must not be contacted.</source>
        <translation>Yang bersangkutan telah mendapat suaka: kedutaan besar negara yang ia tinggalkan untuk menyelamatkan diri tidak boleh dihubungi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="152"/>
        <source>An asylum decision is recorded without its outcome: record whether asylum was granted or refused before the embassy is contacted.</source>
        <translation>Keputusan suaka sudah dicatat tanpa hasilnya: catat apakah suaka dikabulkan atau ditolak sebelum kedutaan besar dihubungi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="163"/>
        <source>The person wishes to apply for asylum: the embassy must not be contacted.</source>
        <translation>Yang bersangkutan ingin mengajukan suaka: kedutaan besar tidak boleh dihubungi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="173"/>
        <source>The person has not consented to contact with the embassy.</source>
        <translation>Yang bersangkutan belum memberikan persetujuan untuk menghubungi kedutaan besar.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="206"/>
        <source>A child returns to family only after a family assessment.</source>
        <translation>Anak hanya dapat kembali ke keluarga setelah ada penilaian keluarga.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="215"/>
        <source>The family assessment found neglect or abuse: choose family-based alternative care.</source>
        <translation>Penilaian keluarga menemukan penelantaran atau kekerasan: pilih pengasuhan alternatif berbasis keluarga.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="228"/>
        <source>Closing a case needs a reason.</source>
        <translation>Penutupan kasus memerlukan alasan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="263"/>
        <source>The person has not consented to receive assistance.</source>
        <translation>Yang bersangkutan belum memberikan persetujuan untuk menerima bantuan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="274"/>
        <source>The person has not consented to reintegration services.</source>
        <translation>Yang bersangkutan belum memberikan persetujuan untuk layanan reintegrasi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/gates.py" line="286"/>
        <source>Testimony only with the person&apos;s full, recorded agreement.</source>
        <translation>Kesaksian hanya boleh dilakukan dengan persetujuan penuh dari yang bersangkutan, yang telah dicatat.</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <location filename="../rrr_desktop/domain/handoff_rules.py" line="91"/>
        <source>never shared outside the organisation</source>
        <translation>tidak pernah dibagikan ke luar organisasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/handoff_rules.py" line="92"/>
        <source>not marked by the caseworker as one to share</source>
        <translation>tidak ditandai oleh pendamping kasus untuk dibagikan</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="10"/>
        <source>Vault created</source>
        <translation>Brankas dibuat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="11"/>
        <source>Backup written</source>
        <translation>Cadangan ditulis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="12"/>
        <source>Replaced by a restored backup</source>
        <translation>Diganti dengan cadangan yang dipulihkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="13"/>
        <source>Recovery key made</source>
        <translation>Kunci pemulihan dibuat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="14"/>
        <source>Signed in</source>
        <translation>Masuk ke aplikasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="15"/>
        <source>User added</source>
        <translation>Pengguna ditambahkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="16"/>
        <source>Passphrase changed</source>
        <translation>Frasa sandi diubah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="17"/>
        <source>Passphrase reset with the recovery key</source>
        <translation>Frasa sandi diatur ulang dengan kunci pemulihan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="18"/>
        <source>User disabled</source>
        <translation>Pengguna dinonaktifkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="19"/>
        <source>User enabled again</source>
        <translation>Pengguna diaktifkan kembali</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="20"/>
        <source>User&apos;s roles changed</source>
        <translation>Peran pengguna diubah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="21"/>
        <source>User removed</source>
        <translation>Pengguna dihapus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="22"/>
        <source>Laptop wiped</source>
        <translation>Laptop dihapus bersih</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="26"/>
        <source>Demo cases added</source>
        <translation>Kasus demo ditambahkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="27"/>
        <source>Case created</source>
        <translation>Kasus dibuat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="28"/>
        <source>Case opened</source>
        <translation>Kasus dibuka</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="29"/>
        <source>Case edited</source>
        <translation>Kasus diubah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="30"/>
        <source>Last edit undone</source>
        <translation>Perubahan terakhir diurungkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="31"/>
        <source>Stage changed</source>
        <translation>Tahap diubah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="32"/>
        <source>Consent recorded</source>
        <translation>Persetujuan dicatat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="39"/>
        <source>Case closed</source>
        <translation>Kasus ditutup</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="40"/>
        <source>Case assigned</source>
        <translation>Kasus ditugaskan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="41"/>
        <source>Case anonymised</source>
        <translation>Kasus dianonimkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="42"/>
        <source>Case deleted</source>
        <translation>Kasus dihapus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="43"/>
        <source>Case imported from a spreadsheet</source>
        <translation>Kasus diimpor dari lembar kerja</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="44"/>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="45"/>
        <source>Asylum status recorded</source>
        <translation>Status suaka dicatat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="46"/>
        <source>Documents recorded</source>
        <translation>Dokumen dicatat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="47"/>
        <source>Travel changed</source>
        <translation>Perjalanan diubah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="48"/>
        <source>Message recorded</source>
        <translation>Pesan dicatat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="49"/>
        <source>Risk assessed</source>
        <translation>Risiko dinilai</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="50"/>
        <source>Checklist item ticked</source>
        <translation>Butir daftar periksa dicentang</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="51"/>
        <source>Checklist tick removed</source>
        <translation>Centang daftar periksa dihapus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="52"/>
        <source>Handed-over contacts recorded</source>
        <translation>Kontak yang telah diberikan dicatat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="53"/>
        <source>Wish to be met on arrival by a local NGO recorded</source>
        <translation>Keinginan untuk dijemput oleh LSM setempat saat tiba dicatat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="64"/>
        <source>New plan version made</source>
        <translation>Versi baru rencana dibuat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="70"/>
        <source>Plan action added</source>
        <translation>Tindakan rencana ditambahkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="71"/>
        <source>Plan action&apos;s status changed</source>
        <translation>Status tindakan rencana diubah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="84"/>
        <source>Operational list made</source>
        <translation>Daftar operasional dibuat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="56"/>
        <source>Supervisor decision on the risk finding</source>
        <translation>Keputusan supervisor atas temuan risiko</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="23"/>
        <source>Duress passphrase set</source>
        <translation>Frasa sandi darurat ditetapkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="24"/>
        <source>Duress passphrase removed</source>
        <translation>Frasa sandi darurat dihapus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="25"/>
        <source>Data key rotated</source>
        <translation>Kunci data diganti</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="33"/>
        <source>Note written</source>
        <translation>Catatan ditulis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="34"/>
        <source>File attached</source>
        <translation>File dilampirkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="35"/>
        <source>Attached file opened</source>
        <translation>File lampiran dibuka</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="36"/>
        <source>Copy of an attached file saved</source>
        <translation>Salinan file lampiran disimpan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="37"/>
        <source>File sharing changed</source>
        <translation>Pengaturan berbagi file diubah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="38"/>
        <source>File removed</source>
        <translation>File dihapus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="57"/>
        <source>Supervisor decision to depart with open checklist items</source>
        <translation>Keputusan supervisor untuk berangkat dengan butir daftar periksa yang belum terpenuhi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="60"/>
        <source>Risk decision revoked</source>
        <translation>Keputusan atas risiko dicabut</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="61"/>
        <source>Checklist decision revoked</source>
        <translation>Keputusan atas daftar periksa dicabut</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="62"/>
        <source>Reintegration plan started</source>
        <translation>Rencana reintegrasi dimulai</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="63"/>
        <source>Reintegration plan edited</source>
        <translation>Rencana reintegrasi diubah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="65"/>
        <source>Destination chosen</source>
        <translation>Tempat tujuan dipilih</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="66"/>
        <source>Reintegration assessed</source>
        <translation>Penilaian reintegrasi dilakukan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="67"/>
        <source>Family assessed</source>
        <translation>Penilaian keluarga dilakukan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="68"/>
        <source>Plan component added</source>
        <translation>Komponen rencana ditambahkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="69"/>
        <source>Plan component edited</source>
        <translation>Komponen rencana diubah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="72"/>
        <source>Follow-up visits scheduled</source>
        <translation>Kunjungan tindak lanjut dijadwalkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="73"/>
        <source>Follow-up visit added</source>
        <translation>Kunjungan tindak lanjut ditambahkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="74"/>
        <source>Follow-up visit moved</source>
        <translation>Kunjungan tindak lanjut dipindahkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="75"/>
        <source>Follow-up visit recorded</source>
        <translation>Kunjungan tindak lanjut dicatat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="76"/>
        <source>Follow-up visit removed</source>
        <translation>Kunjungan tindak lanjut dihapus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="77"/>
        <source>Directory entry added</source>
        <translation>Entri direktori ditambahkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="78"/>
        <source>Directory entry edited</source>
        <translation>Entri direktori diubah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="79"/>
        <source>Directory entry deleted</source>
        <translation>Entri direktori dihapus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="80"/>
        <source>Directory imported</source>
        <translation>Direktori diimpor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="81"/>
        <source>Directory exported</source>
        <translation>Direktori diekspor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="82"/>
        <source>Spreadsheet imported</source>
        <translation>Lembar kerja diimpor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="83"/>
        <source>Report made</source>
        <translation>Laporan dibuat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="85"/>
        <source>Bundle written</source>
        <translation>Paket ditulis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="86"/>
        <source>Bundle imported</source>
        <translation>Paket diimpor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="87"/>
        <source>Received from another organisation</source>
        <translation>Diterima dari organisasi lain</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="88"/>
        <source>Changed by a bundle</source>
        <translation>Diubah oleh paket</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="89"/>
        <source>Conflicting edit received</source>
        <translation>Perubahan yang berkonflik diterima</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="90"/>
        <location filename="../rrr_desktop/domain/audit_words.py" line="91"/>
        <source>Deleted by a bundle</source>
        <translation>Dihapus oleh paket</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="92"/>
        <source>Outdated data dropped from a bundle</source>
        <translation>Data usang dari paket diabaikan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="93"/>
        <source>Case renumbered</source>
        <translation>Kasus diberi nomor baru</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="94"/>
        <source>Conflict resolved</source>
        <translation>Konflik diselesaikan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="95"/>
        <source>Referred to another organisation</source>
        <translation>Dirujuk ke organisasi lain</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="96"/>
        <source>Status report sent</source>
        <translation>Laporan status dikirim</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="97"/>
        <source>Sent to another laptop</source>
        <translation>Dikirim ke laptop lain</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="98"/>
        <source>Contact card written</source>
        <translation>Kartu kontak ditulis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="99"/>
        <source>Installation keys made</source>
        <translation>Kunci instalasi dibuat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="100"/>
        <source>Laptop joined the organisation</source>
        <translation>Laptop bergabung dengan organisasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="101"/>
        <source>Contact card added</source>
        <translation>Kartu kontak ditambahkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="102"/>
        <source>Contact card trusted</source>
        <translation>Kartu kontak dipercayai</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="103"/>
        <source>Audit log verified</source>
        <translation>Log audit diverifikasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="104"/>
        <source>Stored records sealed in the log</source>
        <translation>Data yang disimpan disegel dalam log audit</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="105"/>
        <source>User accounts sealed in the log</source>
        <translation>Akun pengguna disegel dalam log audit</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="106"/>
        <source>Audit log exported</source>
        <translation>Log audit diekspor</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/audit_words.py" line="107"/>
        <source>Audit checkpoint written</source>
        <translation>Titik periksa audit ditulis</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/stage_tab.py" line="58"/>
        <source>Sections: {names}</source>
        <translation>Bagian: {names}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="48"/>
        <source>Earlier case number</source>
        <translation>Nomor kasus lama</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="49"/>
        <source>Given name</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="50"/>
        <source>Family name</source>
        <translation>Nama keluarga</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="51"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="52"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="53"/>
        <source>Age at intake</source>
        <translation>Usia saat penerimaan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="54"/>
        <source>Nationality</source>
        <translation>Kewarganegaraan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="55"/>
        <source>Country of origin</source>
        <translation>Negara asal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="56"/>
        <source>Sector of exploitation</source>
        <translation>Sektor eksploitasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="57"/>
        <source>Country of exploitation</source>
        <translation>Negara tempat eksploitasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="58"/>
        <source>Intake date</source>
        <translation>Tanggal penerimaan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="59"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="60"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="61"/>
        <source>Reason for closure</source>
        <translation>Alasan penutupan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="62"/>
        <source>Closure date</source>
        <translation>Tanggal penutupan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="76"/>
        <source>The given name in column {column} is empty.</source>
        <translation>Nama depan di kolom {column} kosong.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="79"/>
        <source>The intake date in column {column} is empty.</source>
        <translation>Tanggal penerimaan di kolom {column} kosong.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="82"/>
        <source>The date in column {column} is not a date; use 2024-03-31 or 31/03/2024.</source>
        <translation>Tanggal di kolom {column} bukan tanggal; gunakan 2024-03-31 atau 31/03/2024.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="85"/>
        <source>The date in column {column} could be day/month or month/day; write 2024-03-31.</source>
        <translation>Tanggal di kolom {column} bisa dibaca sebagai hari/bulan atau bulan/hari; tulis 2024-03-31.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="88"/>
        <source>The date in column {column} has a two-digit year; write all four digits.</source>
        <translation>Tanggal di kolom {column} memakai tahun dua digit; tulis keempat digitnya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="91"/>
        <source>The date in column {column} is in the future.</source>
        <translation>Tanggal di kolom {column} berada di masa depan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="92"/>
        <source>The date of birth is after the intake date.</source>
        <translation>Tanggal lahir jatuh setelah tanggal penerimaan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="95"/>
        <source>The age in column {column} is not a whole number of years.</source>
        <translation>Usia di kolom {column} bukan bilangan bulat tahun.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="98"/>
        <source>The age in column {column} is not between 0 and 120.</source>
        <translation>Usia di kolom {column} tidak berada di antara 0 dan 120.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="101"/>
        <source>The age and the date of birth disagree by more than a year.</source>
        <translation>Usia dan tanggal lahir berselisih lebih dari satu tahun.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="104"/>
        <source>The sex in column {column} is not recognised; use M, F or X.</source>
        <translation>Jenis kelamin di kolom {column} tidak dikenali; gunakan M, F, atau X.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="107"/>
        <source>The exploitation sector in column {column} is not recognised.</source>
        <translation>Sektor eksploitasi di kolom {column} tidak dikenali.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="110"/>
        <source>The country in column {column} is not a recognised country or two-letter code.</source>
        <translation>Negara di kolom {column} bukan negara atau kode dua huruf yang dikenali.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="113"/>
        <source>The stage in column {column} is not one of the case stages.</source>
        <translation>Tahap di kolom {column} bukan salah satu tahap kasus.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="116"/>
        <source>The reason for closure in column {column} is not one of: reintegrated, declined assistance, lost contact, moved on, transferred, deceased.</source>
        <translation>Alasan penutupan di kolom {column} bukan salah satu dari nilai ini: reintegrated (reintegrasi), declined assistance (menolak bantuan), lost contact (hilang kontak), moved on (pindah), transferred (dipindahkan), deceased (meninggal).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="121"/>
        <source>The case is not closed, yet column {column} gives a closure reason or date.</source>
        <translation>Kasus belum ditutup, tetapi kolom {column} memberi alasan atau tanggal penutupan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="124"/>
        <source>The closure date is before the intake date.</source>
        <translation>Tanggal penutupan lebih awal dari tanggal penerimaan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="127"/>
        <source>The earlier case number in column {column} may hold letters, digits and / . _ : # - only, at most 40 of them.</source>
        <translation>Nomor kasus lama di kolom {column} hanya boleh berisi huruf, angka, dan / . _ : # -, paling banyak 40 karakter.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="132"/>
        <source>The stage in column {column} comes after the departure gates (consent, risk, checklist), which an import cannot check: only a supervisor or a data officer imports cases at that stage.</source>
        <translation>Tahap di kolom {column} berada setelah syarat keberangkatan (persetujuan, risiko, daftar periksa), yang tidak dapat diperiksa oleh impor: hanya supervisor atau petugas data yang mengimpor kasus pada tahap itu.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="138"/>
        <source>The reference in column {column} appears on more than one row.</source>
        <translation>Nomor kasus di kolom {column} muncul di lebih dari satu baris.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="141"/>
        <source>The reference in column {column} already belongs to a case in the vault.</source>
        <translation>Nomor kasus di kolom {column} sudah dipakai oleh kasus lain di brankas.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="144"/>
        <source>The text in column {column} is longer than 200 characters.</source>
        <translation>Teks di kolom {column} lebih dari 200 karakter.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="147"/>
        <source>The text in column {column} holds a line break or a control or direction character.</source>
        <translation>Teks di kolom {column} berisi pemisah baris atau karakter kontrol atau arah.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/import_rules.py" line="151"/>
        <source>The value in column {column} cannot be stored; check it in the spreadsheet.</source>
        <translation>Nilai di kolom {column} tidak dapat disimpan; periksa nilai itu di lembar kerja.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/importer/wizard.py" line="82"/>
        <source>The file could not be read.</source>
        <translation>File tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="23"/>
        <source>Request for assistance</source>
        <translation>Permintaan bantuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="24"/>
        <source>Confirmation of assistance</source>
        <translation>Konfirmasi bantuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="27"/>
        <source>Reintegration assistance request</source>
        <translation>Permintaan bantuan reintegrasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="30"/>
        <source>Reintegration assistance confirmation</source>
        <translation>Konfirmasi bantuan reintegrasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="33"/>
        <source>Post-departure confirmation</source>
        <translation>Konfirmasi setelah keberangkatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/messages.py" line="36"/>
        <source>Arrival confirmation</source>
        <translation>Konfirmasi kedatangan</translation>
    </message>
</context>
<context>
    <name>next</name>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="17"/>
        <source>Record consent to assistance</source>
        <translation>Catat persetujuan untuk menerima bantuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="18"/>
        <source>Make the risk assessment</source>
        <translation>Lakukan penilaian risiko</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="19"/>
        <source>Complete the pre-departure checklist</source>
        <translation>Lengkapi daftar periksa sebelum keberangkatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="20"/>
        <source>Plan the travel</source>
        <translation>Rencanakan perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="21"/>
        <source>Awaiting an answer from the partner organisation</source>
        <translation>Menunggu jawaban dari organisasi mitra</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="24"/>
        <source>Draw up the reintegration plan</source>
        <translation>Susun rencana reintegrasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="25"/>
        <source>Follow-up visit due</source>
        <translation>Kunjungan tindak lanjut sudah waktunya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/next_action.py" line="26"/>
        <source>Follow-up visit overdue</source>
        <translation>Kunjungan tindak lanjut terlambat</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../rrr_desktop/ui/directory/__init__.py" line="16"/>
        <source>Directory</source>
        <translation>Direktori</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/handoff/__init__.py" line="16"/>
        <source>Handoff</source>
        <translation>Serah terima</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reports/__init__.py" line="16"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="122"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="123"/>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="124"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/workspace.py" line="196"/>
        <source>This page could not be opened ({kind}).</source>
        <translation>Halaman ini tidak dapat dibuka ({kind}).</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/audit/__init__.py" line="16"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../rrr_desktop/ui/handoff/common.py" line="81"/>
        <source>Handoff</source>
        <translation>Serah terima</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="28"/>
        <source>At least 10 characters: best a few unrelated words.</source>
        <translation>Minimal 10 karakter: sebaiknya beberapa kata yang tidak saling berhubungan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="31"/>
        <source>Too short: use at least 10 characters, best a few unrelated words.</source>
        <translation>Terlalu pendek: gunakan minimal 10 karakter, sebaiknya beberapa kata yang tidak saling berhubungan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="34"/>
        <source>Too easy to guess (a common word, a pattern or a date): use a few unrelated words.</source>
        <translation>Terlalu mudah ditebak (kata umum, pola, atau tanggal): gunakan beberapa kata yang tidak saling berhubungan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="38"/>
        <source>Weak: add another word or two.</source>
        <translation>Lemah: tambahkan satu atau dua kata lagi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="39"/>
        <source>Good.</source>
        <translation>Baik.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/passphrase_rules.py" line="40"/>
        <source>Strong.</source>
        <translation>Kuat.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="23"/>
        <source>Home to family</source>
        <translation>Pulang ke keluarga</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="24"/>
        <source>Another community</source>
        <translation>Komunitas lain</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="25"/>
        <source>Independent living</source>
        <translation>Hidup mandiri</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="26"/>
        <source>Stay in the destination country</source>
        <translation>Tetap tinggal di negara tujuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="29"/>
        <source>A third country</source>
        <translation>Negara ketiga</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="30"/>
        <source>Family-based alternative care (child)</source>
        <translation>Pengasuhan alternatif berbasis keluarga (anak)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="36"/>
        <source>Family mediation and reunification</source>
        <translation>Mediasi dan penyatuan kembali keluarga</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="37"/>
        <source>Medical and health</source>
        <translation>Medis dan kesehatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="38"/>
        <source>Financial (reinstallation grant, dependants)</source>
        <translation>Keuangan (dana pemukiman kembali, tanggungan)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="41"/>
        <source>Legal</source>
        <translation>Hukum</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="42"/>
        <source>Education, vocational training, apprenticeship</source>
        <translation>Pendidikan, pelatihan kejuruan, magang</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="45"/>
        <source>Income generation</source>
        <translation>Kegiatan menghasilkan pendapatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="46"/>
        <source>Security</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="47"/>
        <source>Housing</source>
        <translation>Perumahan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="48"/>
        <source>Counselling</source>
        <translation>Konseling</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="52"/>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="53"/>
        <source>In progress</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="54"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="55"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="84"/>
        <source>Family-based alternative care is an option for children only.</source>
        <translation>Pengasuhan alternatif berbasis keluarga hanya merupakan pilihan untuk anak.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="93"/>
        <source>A child cannot be placed in independent living.</source>
        <translation>Anak tidak dapat ditempatkan untuk hidup mandiri.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="116"/>
        <source>Write down the person&apos;s own wishes, in their words, beside the proposal.</source>
        <translation>Tuliskan keinginan yang bersangkutan, dengan kata-katanya sendiri, di samping usulan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="124"/>
        <source>Choose where the person will live.</source>
        <translation>Pilih tempat tinggal yang bersangkutan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="132"/>
        <source>The component &apos;{kind}&apos; has no goal.</source>
        <translation>Komponen &apos;{kind}&apos; belum memiliki sasaran.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/plan_rules.py" line="141"/>
        <source>An action of the component &apos;{kind}&apos; has no description.</source>
        <translation>Sebuah tindakan dalam komponen &apos;{kind}&apos; belum memiliki uraian.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="49"/>
        <source>{icon} not verified in 6 months</source>
        <translation>{icon} belum diverifikasi dalam 6 bulan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="67"/>
        <source>Pick an organisation from the directory or type a name</source>
        <translation>Pilih organisasi dari direktori atau ketik nama</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="82"/>
        <source>Due by</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="103"/>
        <source>Add a plan component</source>
        <translation>Tambah komponen rencana</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="121"/>
        <source>Component:</source>
        <translation>Komponen:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="122"/>
        <source>Goal:</source>
        <translation>Sasaran:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="123"/>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="159"/>
        <source>Responsible:</source>
        <translation>Penanggung jawab:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="125"/>
        <source>Budget:</source>
        <translation>Anggaran:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="152"/>
        <source>Add an action</source>
        <translation>Tambah tindakan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_dialogs.py" line="158"/>
        <source>Action:</source>
        <translation>Tindakan:</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="35"/>
        <source>Save the plan as PDF</source>
        <translation>Simpan rencana sebagai PDF</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="76"/>
        <source>The PDF could not be written.</source>
        <translation>PDF tidak dapat ditulis.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="78"/>
        <source>Writing the PDF…</source>
        <translation>Menulis PDF…</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/plan_print.py" line="83"/>
        <source>Saved {file} ({pages} pages).</source>
        <translation>{file} disimpan ({pages} halaman).</translation>
    </message>
</context>
<context>
    <name>reintegration</name>
    <message>
        <location filename="../rrr_desktop/ui/reintegration/texts.py" line="72"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../rrr_desktop/printing/charts.py" line="34"/>
        <source>Dashed outline: hidden counts (disclosure control)</source>
        <translation>Garis putus-putus: jumlah yang disembunyikan (kontrol pengungkapan)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="55"/>
        <source>Persons assisted by {field}</source>
        <translation>Penerima bantuan menurut {field}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="57"/>
        <source>{rows} by {columns}</source>
        <translation>{rows} menurut {columns}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="64"/>
        <source>Period (intake date): all dates</source>
        <translation>Periode (tanggal penerimaan): semua tanggal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="66"/>
        <source>first case</source>
        <translation>kasus pertama</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="68"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="69"/>
        <source>Period (intake date): {start} to {end}</source>
        <translation>Periode (tanggal penerimaan): {start} sampai {end}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="77"/>
        <source>Programme: {name}</source>
        <translation>Program: {name}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="81"/>
        <source>Programme: all programmes</source>
        <translation>Program: semua program</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="83"/>
        <source>Disclosure control: counts below {n} hidden, with counts that would reveal them</source>
        <translation>Kontrol pengungkapan: jumlah di bawah {n} disembunyikan, beserta jumlah yang dapat mengungkapnya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="88"/>
        <source>Disclosure control: none (for internal use only)</source>
        <translation>Kontrol pengungkapan: tidak ada (hanya untuk penggunaan internal)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="91"/>
        <source>Generated: {when} UTC</source>
        <translation>Dibuat: {when} UTC</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="94"/>
        <source>Cases counted: {n}</source>
        <translation>Kasus yang dihitung: {n}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="245"/>
        <source>Persons assisted: statistics</source>
        <translation>Penerima bantuan: statistik</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="308"/>
        <source>Statistics report</source>
        <translation>Laporan statistik</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/printing/report_pdf.py" line="332"/>
        <source>{org} - statistics - page {n} of {total}</source>
        <translation>{org} - statistik - halaman {n} dari {total}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="17"/>
        <source>&lt;{n}: fewer than {n} persons, hidden to protect them.</source>
        <translation>&lt;{n}: kurang dari {n} orang, disembunyikan untuk melindungi mereka.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="20"/>
        <source>x: hidden so that a small number cannot be worked out from the totals.</source>
        <translation>x: disembunyikan agar jumlah kecil tidak dapat dihitung dari totalnya.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="23"/>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/export.py" line="24"/>
        <source>Percent</source>
        <translation>Persen</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="17"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="18"/>
        <source>Age group at intake</source>
        <translation>Kelompok usia saat penerimaan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="19"/>
        <source>Sector of exploitation</source>
        <translation>Sektor eksploitasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="20"/>
        <source>Country of origin</source>
        <translation>Negara asal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="21"/>
        <source>Nationality</source>
        <translation>Kewarganegaraan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="22"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="23"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="24"/>
        <source>Caseworker</source>
        <translation>Pendamping kasus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="29"/>
        <source>Not recorded</source>
        <translation>Tidak dicatat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="32"/>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="33"/>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="34"/>
        <location filename="../rrr_desktop/reports/fields.py" line="52"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="35"/>
        <location filename="../rrr_desktop/reports/fields.py" line="41"/>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="38"/>
        <source>Infant (under 1)</source>
        <translation>Bayi (di bawah 1 tahun)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="39"/>
        <source>Child (1-17)</source>
        <translation>Anak (1-17)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="40"/>
        <source>Adult (18+)</source>
        <translation>Dewasa (18+)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="44"/>
        <source>Domestic work</source>
        <translation>Pekerjaan rumah tangga</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="45"/>
        <source>Sexual exploitation</source>
        <translation>Eksploitasi seksual</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="48"/>
        <source>Forced begging</source>
        <translation>Pengemisan paksa</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="46"/>
        <source>Plantation, agriculture</source>
        <translation>Perkebunan, pertanian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="47"/>
        <source>Construction</source>
        <translation>Konstruksi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="49"/>
        <source>Restaurant</source>
        <translation>Restoran</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="50"/>
        <source>Fishing</source>
        <translation>Perikanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="51"/>
        <source>Factory</source>
        <translation>Pabrik</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="55"/>
        <source>Intake</source>
        <translation>Penerimaan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="56"/>
        <source>Shelter</source>
        <translation>Rumah aman</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="57"/>
        <source>Return preparation</source>
        <translation>Persiapan pemulangan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="58"/>
        <source>Travel</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="59"/>
        <source>Reintegration</source>
        <translation>Reintegrasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="60"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="61"/>
        <source>Testimony</source>
        <translation>Kesaksian</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/fields.py" line="62"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/reports/tables.py" line="19"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>returnprep</name>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="48"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/checklist_tab.py" line="66"/>
        <source>{user}, {date}</source>
        <translation>{user}, {date}</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/common.py" line="36"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="24"/>
        <source>Air</source>
        <translation>Pesawat</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="25"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="26"/>
        <source>Train</source>
        <translation>Kereta api</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="27"/>
        <source>Car</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="28"/>
        <source>Boat</source>
        <translation>Kapal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/leg_dialog.py" line="29"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="37"/>
        <source>No known risk</source>
        <translation>Tidak ada risiko yang diketahui</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="38"/>
        <source>Risk, with mitigations</source>
        <translation>Ada risiko, dengan langkah mitigasi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="39"/>
        <source>Reasonable suspicion of harm</source>
        <translation>Dugaan beralasan akan adanya bahaya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="42"/>
        <source>Risk: return despite suspicion of harm</source>
        <translation>Risiko: pemulangan meskipun ada dugaan bahaya</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/risk_tab.py" line="43"/>
        <source>Checklist: depart before all 8 conditions</source>
        <translation>Daftar periksa: berangkat sebelum kedelapan syarat dipenuhi</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="44"/>
        <source>No travel grant</source>
        <translation>Tanpa bantuan biaya perjalanan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="45"/>
        <source>In kind (meals, booked accommodation)</source>
        <translation>Dalam bentuk natura (makanan, penginapan yang sudah dipesan)</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/return_prep/travel_tab.py" line="46"/>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="22"/>
        <source>Initial causes of trafficking</source>
        <translation>Penyebab awal perdagangan orang</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="23"/>
        <source>Socio-economic situation of the family</source>
        <translation>Situasi sosial ekonomi keluarga</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="26"/>
        <source>Attitudes of the family and community</source>
        <translation>Sikap keluarga dan komunitas</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="29"/>
        <source>Criminal or civil sanctions on return</source>
        <translation>Sanksi pidana atau perdata saat kembali</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="30"/>
        <source>State of infrastructure in the country of origin</source>
        <translation>Kondisi infrastruktur di negara asal</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="33"/>
        <source>Functioning witness protection programme</source>
        <translation>Program perlindungan saksi yang berjalan baik</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="34"/>
        <source>Medical, psychological and legal services available</source>
        <translation>Layanan medis, psikologis, dan hukum yang tersedia</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/return_prep.py" line="37"/>
        <source>Training and education to reduce the risk of re-victimisation</source>
        <translation>Pelatihan dan pendidikan untuk mengurangi risiko menjadi korban kembali</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="20"/>
        <source>Follow-up visit</source>
        <translation>Kunjungan tindak lanjut</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="21"/>
        <source>Message awaiting an answer</source>
        <translation>Pesan menunggu jawaban</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="22"/>
        <source>Checklist blocks departure</source>
        <translation>Daftar periksa menghalangi keberangkatan</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/services/today.py" line="23"/>
        <source>Supervisor approval needed</source>
        <translation>Perlu keputusan supervisor</translation>
    </message>
</context>
<context>
    <name>travel</name>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="105"/>
        <source>A leg needs a place of departure and of arrival.</source>
        <translation>Setiap bagian perjalanan memerlukan tempat keberangkatan dan tempat kedatangan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="114"/>
        <source>Give both times of a leg with a UTC offset, or both without.</source>
        <translation>Isi kedua waktu suatu bagian perjalanan dengan selisih UTC, atau keduanya tanpa selisih UTC.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="125"/>
        <source>The leg from {origin} arrives before it departs.</source>
        <translation>Bagian perjalanan dari {origin} tiba sebelum berangkat.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="142"/>
        <source>The leg to {destination} is followed by a leg from {origin}.</source>
        <translation>Bagian perjalanan ke {destination} diikuti oleh bagian perjalanan dari {origin}.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="157"/>
        <source>The leg from {origin} leaves before the previous leg arrives.</source>
        <translation>Bagian perjalanan dari {origin} berangkat sebelum bagian perjalanan sebelumnya tiba.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="192"/>
        <source>The journey was planned to start on {date}, which has passed: update the itinerary.</source>
        <translation>Perjalanan direncanakan dimulai pada {date}, yang sudah lewat: perbarui rencana perjalanan.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="207"/>
        <source>Travel by bus from {origin}: air travel is more predictable and safer.</source>
        <translation>Perjalanan dengan bus dari {origin}: perjalanan udara lebih dapat diperkirakan dan lebih aman.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="220"/>
        <source>Travel by train from {origin}: air travel is more predictable and safer.</source>
        <translation>Perjalanan dengan kereta api dari {origin}: perjalanan udara lebih dapat diperkirakan dan lebih aman.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="234"/>
        <source>{count} transit points: use as few as possible.</source>
        <translation>{count} titik transit: gunakan sesedikit mungkin.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="254"/>
        <source>Arrival on {date}, a public holiday ({holiday}): offices may be closed.</source>
        <translation>Tiba pada {date}, hari libur resmi ({holiday}): kantor mungkin tutup.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="268"/>
        <source>Arrival on {date}, a weekend day: arrive on a working day.</source>
        <translation>Tiba pada {date}, hari akhir pekan: usahakan tiba pada hari kerja.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/domain/travel_rules.py" line="280"/>
        <source>Arrival at {time} local time: arrive as early in the day as possible.</source>
        <translation>Tiba pukul {time} waktu setempat: usahakan tiba sepagi mungkin.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="32"/>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="33"/>
        <source>This field is required.</source>
        <translation>Isian ini wajib diisi.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="34"/>
        <source>The number is too small.</source>
        <translation>Angkanya terlalu kecil.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="35"/>
        <source>The number is too large.</source>
        <translation>Angkanya terlalu besar.</translation>
    </message>
    <message>
        <location filename="../rrr_desktop/ui/casefile/forms.py" line="36"/>
        <source>This is not a valid date.</source>
        <translation>Tanggal ini tidak valid.</translation>
    </message>
</context>
</TS>
