/**
 * The contextual help of each main screen (issue 11, "help where people are"): what it is for, which rule it follows
 * (the clause as REGULATIONS.md gives it) and what happens next. Indonesian first; English has the same keys.
 */
export const screenHelpId = {
  "help.home.what":
    "Beranda mengumpulkan semua yang menunggu Anda: SKP, laporan bulanan, umpan balik, dan tugas tim, yang paling mendesak di atas.",
  "help.home.rule":
    "Urutannya mengikuti siklus pengelolaan kinerja PermenPANRB 6/2022 Pasal 5: perencanaan, pelaksanaan dan pemantauan, penilaian, tindak lanjut.",
  "help.home.next":
    "Tekan tombol pada tugas untuk langsung membuka layarnya; tugas hilang dari daftar setelah selesai.",
  "help.mySkp.what":
    "SKP Saya memuat Sasaran Kinerja Pegawai Anda untuk satu tahun kinerja (1 Januari – 31 Desember), setiap revisinya, dan tombol untuk membuat SKP baru.",
  "help.mySkp.rule":
    "SKP disusun setiap tahun (PP 30/2019; PermenPANRB 6/2022 Pasal 5, perencanaan kinerja); batas penetapannya diatur kantor, bawaan akhir Januari.",
  "help.mySkp.next":
    "Jika RHK atasan belum tersedia, layar ini menyebut siapa yang ditunggu. Setelah SKP diajukan, pengelola kinerja mereviu dan pejabat penilai menyetujui atau mengembalikannya.",
  "help.skp.what":
    "Di sini SKP disusun dan dibaca: RHK yang mengintervensi RHK atasan, indikator kinerja individu (IKI) dengan target, perilaku kerja BerAKHLAK, dan lampiran.",
  "help.skp.rule":
    "Isinya mengikuti format SKP PermenPANRB 6/2022 (JA/JF atau JPT, kuantitatif atau kualitatif); SKP disepakati setelah direviu pengelola kinerja (PP 30/2019).",
  "help.skp.next":
    "Ajukan SKP bila sudah lengkap. Bila dikembalikan, perbaiki sesuai alasannya lalu ajukan lagi; SKP yang disetujui dapat diunduh sebagai PDF untuk ditandatangani.",
  "help.myReports.what":
    "Daftar laporan kinerja bulanan Anda untuk satu tahun, bulan berjalan di atas, dengan status, batas waktu, dan tanda terlambat.",
  "help.myReports.rule":
    "Laporan bulanan mendokumentasikan kinerja dan bukti dukung serta menerima umpan balik berkelanjutan (PermenPANRB 6/2022 Pasal 5, tahap pelaksanaan, pemantauan dan pembinaan); tanggal batasnya diatur di kalender kinerja.",
  "help.myReports.next":
    "Buka bulan yang diminta, isi lalu ajukan sebelum batas. Pejabat penilai memberi umpan balik; Anda membacanya dan mengonfirmasi.",
  "help.report.what":
    "Laporan satu bulan: realisasi setiap IKI dari SKP yang disetujui, pencapaian, kendala, langkah perbaikan, dan bukti dukung.",
  "help.report.rule":
    "Realisasi ditulis berdasarkan bukti dukung dan dijawab dengan umpan balik berkelanjutan, seperti kolom evaluasi kinerja PermenPANRB 6/2022.",
  "help.report.next":
    "Pegawai mengajukan laporan; pejabat penilai menerimanya dengan umpan balik atau meminta revisi; pegawai lalu mengonfirmasi umpan balik tersebut.",
  "help.teamSkp.what":
    "SKP bawahan yang Anda nilai, dengan statusnya: belum dibuat, draf, diajukan, dikembalikan, atau disetujui.",
  "help.teamSkp.rule":
    "Pejabat Penilai Kinerja adalah atasan langsung, paling rendah pejabat pengawas (PermenPANRB 6/2022 Pasal 1); setiap RHK bawahan harus mengintervensi RHK Anda yang disetujui.",
  "help.teamSkp.next":
    "Buka SKP yang diajukan, lalu setujui atau kembalikan dengan alasan. Bawahan diberi tahu saat itu juga.",
  "help.teamReports.what":
    "Laporan bulanan anggota tim yang menunggu umpan balik Anda, yang paling lama menunggu di atas.",
  "help.teamReports.rule":
    "Umpan balik berkelanjutan adalah kewajiban pejabat penilai (PermenPANRB 6/2022 Pasal 5); SIMKIN mengingatkan bila laporan menunggu lebih dari {days} hari.",
  "help.teamReports.next":
    "Buka laporan, beri umpan balik dan terima, atau minta revisi dengan alasan; pegawai lalu membaca dan mengonfirmasinya.",
  "help.compliance.what":
    "Kepatuhan laporan per bulan: siapa sudah dan belum mengajukan, siapa terlambat, dan laporan yang masih menunggu umpan balik.",
  "help.compliance.rule":
    "Terlambat dihitung dengan satu aturan untuk semua layar: diajukan setelah tanggal batas di kalender kinerja, atau belum diajukan setelah batas lewat.",
  "help.compliance.next":
    "Ingatkan pegawai yang belum mengajukan, atau buka laporan yang menunggu umpan balik; pemantauan ini bagian dari tahap pelaksanaan PermenPANRB 6/2022 Pasal 5.",
  "help.dialogues.what":
    "Catatan dialog kinerja dengan tindak lanjutnya, dan bimbingan kinerja dengan umpan balik pegawai serta evaluasi kompetensi.",
  "help.dialogues.rule":
    "Dialog dan bimbingan kinerja termasuk pengembangan kinerja (PermenPANRB 6/2022 Pasal 5); formulirnya Format B.1.8 dan B.1.9 lampiran peraturan itu.",
  "help.dialogues.next":
    "Pejabat penilai mencatat sesi; pegawai mengisi Format B.1.8; pejabat penilai mengisi Format B.1.9; keduanya menandai tindak lanjut selesai.",
  "help.mph.what":
    "Matriks Peran Hasil membagi IKI Anda yang disetujui menjadi peran dan hasil yang diharapkan dari setiap bawahan.",
  "help.mph.rule":
    "Matriks Peran Hasil adalah alat pimpinan dalam PermenPANRB 6/2022 untuk membagi peran lewat dialog kinerja; isi selnya menjadi RHK bawahan.",
  "help.mph.next":
    "Setelah matriks diisi, bawahan memilih peran itu sebagai RHK di SKP mereka, lalu mengajukannya kepada Anda.",
  "help.notifications.what":
    "Pemberitahuan setiap langkah yang menyangkut Anda (SKP diajukan, dikembalikan, disetujui; laporan diterima atau diminta revisi) dan pengingat batas waktu, dikelompokkan per hari.",
  "help.notifications.rule":
    "Tidak diatur regulasi tertentu: ini pengingat kantor, dikirim {workingDays} hari kerja sebelum batas laporan di kalender kinerja.",
  "help.notifications.next":
    "Tekan pemberitahuan untuk membuka datanya. Atur di bawah ini jenis pemberitahuan yang juga dikirim lewat surel.",
  "help.profile.what":
    "Profil Saya menampilkan jabatan Anda, pejabat penilai kinerja, dan atasan pejabat penilai, serta riwayat penempatan.",
  "help.profile.rule":
    "Pejabat penilai ditentukan dari struktur jabatan: atasan langsung paling rendah pejabat pengawas, atau pejabat yang diberi delegasi (PermenPANRB 6/2022 Pasal 1).",
  "help.profile.next":
    "Periksa di awal tahun. Bila pejabat penilai keliru, hubungi pengelola kinerja sebelum menyusun SKP.",
  "help.security.what":
    "Keamanan akun: verifikasi dua langkah dengan aplikasi autentikator dan kode pemulihan untuk saat ponsel tidak ada.",
  "help.security.rule":
    "Tidak diatur regulasi kinerja tertentu; ini kebijakan keamanan SIMKIN untuk data kepegawaian, wajib bagi super admin dan pengelola kinerja.",
  "help.security.next":
    "Aktifkan verifikasi dua langkah dan simpan kode pemulihan di tempat aman; setelah itu setiap masuk meminta kode dari aplikasi autentikator.",
  "help.units.what":
    "Unit Kerja menampilkan struktur organisasi kecamatan dan kelurahan; pilih unit untuk melihat jabatan dan pemangkunya.",
  "help.units.rule":
    "Susunan mengikuti PP 18/2016 jo. PP 72/2019 dan PP 17/2018 tentang Kecamatan: sekretariat dan seksi; kelurahan adalah perangkat kecamatan.",
  "help.units.next": "Setelah unit benar, lengkapi jabatannya di layar Jabatan, lalu tempatkan pegawai.",
  "help.positions.what":
    "Jabatan di setiap unit: jenis (struktural, pelaksana, fungsional), jenjang, jabatan atasan, dan pejabat penilai yang didelegasikan.",
  "help.positions.rule":
    "Pejabat penilai dan atasannya diturunkan dari jabatan atasan, sesuai tabel BKN berdasarkan PermenPANRB 6/2022; jabatan fungsional naik sesuai jenjangnya.",
  "help.positions.next":
    "Penempatan pegawai pada jabatan ini menentukan siapa menilai siapa; periksa hasilnya di Profil Saya atau di detail pegawai.",
  "help.employees.what":
    "Daftar pegawai dengan NIP, pangkat/golongan, jabatan, dan akun; buka pegawai untuk penempatan, pejabat penilai, dan peran akun.",
  "help.employees.rule":
    "NIP 18 angka mengikuti Perka BKN 22/2007; PNS dan PPPK (PP 49/2018) dikelola dengan aturan kinerja yang sama.",
  "help.employees.next":
    "Catat mutasi dengan mengakhiri penempatan lama dan menambah yang baru; SKP baru mengikuti tanggal penempatan.",
  "help.employee.what":
    "Detail satu pegawai: identitas, penempatan dari waktu ke waktu, pejabat penilai yang berlaku, dan akun beserta perannya.",
  "help.employee.rule":
    "Pejabat penilai tidak diisi tangan: ia dihitung dari jabatan dan penempatan pada tanggal itu (PermenPANRB 6/2022 Pasal 1), termasuk Plt dan Plh.",
  "help.employee.next": "Setelah penempatan berubah, pegawai menyusun SKP untuk jabatan baru sejak tanggal mulainya.",
  "help.import.what":
    "Impor pegawai menambahkan banyak pegawai sekaligus dari berkas Excel, dengan akun untuk masing-masing.",
  "help.import.rule":
    "Setiap baris diperiksa seperti isian manual: NIP (Perka BKN 22/2007), golongan, dan jabatan; bila ada yang salah, tidak ada yang diimpor dan setiap kesalahan ditunjukkan per baris dan kolom.",
  "help.import.next": "Perbaiki kesalahan di berkas lalu impor lagi; pegawai baru lalu masuk dengan NIP-nya.",
  "help.years.what":
    "Periode dan kalender: tahun kinerja, batas penetapan SKP, periode evaluasi, tanggal batas laporan bulanan, reviu SKP, dan hari libur.",
  "help.years.rule":
    "Tahun kinerja 1 Januari – 31 Desember dan evaluasi triwulanan sebagai bawaan nasional (PermenPANRB 6/2022); batas SKP akhir Januari adalah bawaan yang dapat diubah.",
  "help.years.next":
    "Buka tahun baru sebelum Januari agar pegawai dapat menyusun SKP; hari libur menggeser batas laporan ke hari kerja berikutnya.",
  "help.pk.what": "Perjanjian Kinerja: sasaran, indikator, dan target setiap unit untuk satu tahun.",
  "help.pk.rule":
    "SKP disusun dengan memperhatikan perjanjian kinerja (PP 30/2019); RHK Camat dan Lurah membawa target PK unitnya.",
  "help.pk.next":
    "Setelah PK ditetapkan, pimpinan menyusun SKP dan Matriks Peran Hasil, lalu bawahan menurunkannya ke SKP mereka.",
  "help.berakhlak.what":
    "Master perilaku: tujuh nilai dasar BerAKHLAK dengan tiga panduan perilaku masing-masing, sebagaimana tercetak di SKP.",
  "help.berakhlak.rule":
    "Nilai dasar dari UU 20/2023 tentang ASN; teks panduan perilaku mengikuti SE MenPANRB 20/2021 dan disimpan per versi.",
  "help.berakhlak.next":
    "SKP baru memakai versi yang berlaku; pejabat penilai menambahkan Ekspektasi Khusus Pimpinan per nilai di setiap SKP.",
  "help.skpReview.what":
    "Reviu SKP: SKP yang diajukan dan menunggu pemeriksaan pengelola kinerja sebelum pejabat penilai menyetujuinya.",
  "help.skpReview.rule":
    "SKP disepakati setelah direviu pengelola kinerja (PP 30/2019), dengan catatan perbaikan seperti Format Reviu Rencana SKP.",
  "help.skpReview.next":
    "Tandai sudah direviu agar pejabat penilai dapat menyetujui, atau kembalikan kepada pegawai dengan catatan perbaikan.",
  "help.audit.what":
    "Jejak audit: siapa mengubah apa dan kapan, dengan nilai sebelum dan sesudah; cari menurut pegawai, jenis data, tindakan, dan tanggal.",
  "help.audit.rule":
    "Penilaian kinerja harus akuntabel dan transparan (PP 30/2019 Pasal 4); setiap perubahan tercatat dan tidak dapat dihapus.",
  "help.audit.next": "Buka satu kejadian untuk melihat rinciannya; auditor hanya membaca, tidak mengubah.",
  "help.evaluationTeam.what":
    "Pegawai yang Anda nilai pada satu periode evaluasi (triwulan; triwulan IV juga evaluasi tahunan), dengan status penilaiannya.",
  "help.evaluationTeam.rule":
    "Pejabat penilai menilai hasil kerja dan perilaku kerja; predikat berasal dari kuadran kinerja (PermenPANRB 6/2022, REGULATIONS.md §3).",
  "help.evaluationTeam.next":
    "Buka pegawai, periksa realisasi dan umpan balik bulanan, beri umpan balik dan rating, lalu tetapkan hasilnya.",
  "help.myEvaluations.what":
    "Hasil evaluasi kinerja Anda per periode, batas keberatan, dan masukan anonim untuk rekan satu unit.",
  "help.myEvaluations.rule":
    "Pegawai menerima hasil evaluasi dan dapat mengajukan keberatan paling lama 14 hari sejak hasil diterima (PP 30/2019 Pasal 59).",
  "help.myEvaluations.next":
    "Sebelum dinilai, kirim penilaian diri. Setelah hasil ditetapkan, baca lalu terima hasilnya atau ajukan keberatan.",
  "help.evaluation.what":
    "Ruang kerja evaluasi: target, realisasi bulanan, bukti dukung dan umpan balik per RHK dan per nilai BerAKHLAK, rating, dan predikat.",
  "help.evaluation.rule":
    "Predikat tidak diketik: berasal dari rating hasil kerja dan rating perilaku melalui kuadran (PermenPANRB 6/2022). Pimpinan unit dinilai dari capaian organisasi.",
  "help.evaluation.next":
    "Simpan penilaian kapan saja; setelah ditetapkan, hasil dikirim kepada pegawai dan hanya dapat diubah melalui keberatan.",
  "help.evaluationDocuments.what":
    "Cetak Evaluasi Kinerja Pegawai dan Dokumen Evaluasi Kinerja Pegawai, lalu simpan pindaian lembar yang sudah ditandatangani basah.",
  "help.evaluationDocuments.rule":
    "Bentuk dan isi kedua dokumen mengikuti PermenPANRB 6/2022; keberatan, penjelasan dan keputusannya mengikuti PP 30/2019 Pasal 59.",
  "help.evaluationDocuments.next":
    "Dokumen dapat dicetak setelah pejabat penilai menetapkan evaluasi; pejabat penilai atau pengelola kinerja mengunggah pindaiannya. Pindaian yang keliru dihapus oleh pengunggahnya atau pengelola kinerja; setelah evaluasi final, unggah penggantinya dahulu.",
  "help.penetapan.what":
    "Format Penetapan Predikat Kinerja merekam capaian kinerja organisasi, pola distribusinya dan predikat setiap pegawai unit.",
  "help.penetapan.rule":
    "Tata caranya mengikuti SE MenPANRB 3/2023: pimpinan di atasnya menetapkan capaian, pimpinan unit menetapkan predikat pegawai.",
  "help.penetapan.next":
    "Cetak, tandatangani, lalu unggah pindaiannya setelah pimpinan unit menetapkan predikat periode ini.",
} as const;

export const screenHelpEn: Record<keyof typeof screenHelpId, string> = {
  "help.home.what":
    "Home gathers everything waiting for you: SKP, monthly reports, feedback and team tasks, the most urgent first.",
  "help.home.rule":
    "The order follows the performance-management cycle of PermenPANRB 6/2022 Article 5: planning, doing and monitoring, evaluating, following up.",
  "help.home.next": "Press a task's button to open its screen; a task leaves the list once it is done.",
  "help.mySkp.what":
    "My SKP holds your performance plan (Sasaran Kinerja Pegawai) for one performance year (1 January – 31 December), every revision of it, and the button to start a new one.",
  "help.mySkp.rule":
    "An SKP is drawn up every year (PP 30/2019; PermenPANRB 6/2022 Article 5, performance planning); the office sets its deadline, by default the end of January.",
  "help.mySkp.next":
    "When your superior's RHK are not available yet, this screen names whom you wait for. Once submitted, the performance administrator reviews it and your rating official approves or returns it.",
  "help.skp.what":
    "Here an SKP is written and read: RHK that support your superior's RHK, individual performance indicators (IKI) with targets, BerAKHLAK work behaviour, and the attachment.",
  "help.skp.rule":
    "Its content follows the SKP format of PermenPANRB 6/2022 (JA/JF or JPT, quantitative or qualitative); it is agreed after the performance administrator's review (PP 30/2019).",
  "help.skp.next":
    "Submit the SKP when it is complete. If it is returned, fix it as the reason says and submit again; an approved SKP can be downloaded as a PDF to be signed.",
  "help.myReports.what":
    "Your monthly performance reports for one year, the current month first, with status, deadline and late marks.",
  "help.myReports.rule":
    "Monthly reports document performance and evidence and receive continuous feedback (PermenPANRB 6/2022 Article 5, doing, monitoring and coaching); their due day is set in the performance calendar.",
  "help.myReports.next":
    "Open the month asked for, fill it in and submit it before the deadline. Your rating official gives feedback; you read and acknowledge it.",
  "help.report.what":
    "One month's report: the realisation of each IKI of the approved SKP, achievements, challenges, improvement steps and supporting evidence.",
  "help.report.rule":
    "Realisation is written from supporting evidence and answered with continuous feedback, as in the evaluation columns of PermenPANRB 6/2022.",
  "help.report.next":
    "The employee submits; the rating official accepts it with feedback or asks for a revision; the employee then acknowledges the feedback.",
  "help.teamSkp.what":
    "The SKPs of the subordinates you rate, with their status: not started, draft, submitted, returned or approved.",
  "help.teamSkp.rule":
    "The rating official is the direct superior, at least a supervisory official (PermenPANRB 6/2022 Article 1); every subordinate RHK must support one of your approved RHK.",
  "help.teamSkp.next":
    "Open a submitted SKP, then approve it or return it with a reason. The subordinate is notified at once.",
  "help.teamReports.what": "Your team's monthly reports waiting for your feedback, the longest waiting first.",
  "help.teamReports.rule":
    "Continuous feedback is the rating official's duty (PermenPANRB 6/2022 Article 5); SIMKIN reminds you when a report has waited more than {days} days.",
  "help.teamReports.next":
    "Open a report, give feedback and accept it, or ask for a revision with a reason; the employee then reads and acknowledges it.",
  "help.compliance.what":
    "Report compliance per month: who has and has not submitted, who was late, and which reports still await feedback.",
  "help.compliance.rule":
    "Late has one meaning on every screen: submitted after the due day in the performance calendar, or not submitted once it has passed.",
  "help.compliance.next":
    "Remind those who have not submitted, or open the reports awaiting feedback; this monitoring is part of the doing stage of PermenPANRB 6/2022 Article 5.",
  "help.dialogues.what":
    "Records of performance dialogues with their follow-up, and coaching sessions with the employee's feedback and the competency evaluation.",
  "help.dialogues.rule":
    "Performance dialogue and coaching are part of performance development (PermenPANRB 6/2022 Article 5); the forms are Format B.1.8 and B.1.9 of its annex.",
  "help.dialogues.next":
    "The rating official records a session; the employee fills in Format B.1.8; the rating official fills in Format B.1.9; either marks the follow-up done.",
  "help.mph.what":
    "The role-result matrix (Matriks Peran Hasil) divides your approved IKI into the roles and results you expect from each subordinate.",
  "help.mph.rule":
    "The matrix is the leader's tool in PermenPANRB 6/2022 for dividing roles through performance dialogue; each cell becomes a subordinate's RHK.",
  "help.mph.next":
    "Once the matrix is filled in, your subordinates pick those roles as RHK in their SKP and submit it to you.",
  "help.notifications.what":
    "Notices of every step that concerns you (SKP submitted, returned, approved; report accepted or revision asked) and deadline reminders, grouped by day.",
  "help.notifications.rule":
    "No regulation sets these: they are the office's reminders, sent {workingDays} working days before the report deadline in the performance calendar.",
  "help.notifications.next": "Press a notice to open its record. Below, choose which kinds are also sent by e-mail.",
  "help.profile.what":
    "My Profile shows your position, your rating official and the rating official's superior, and your placement history.",
  "help.profile.rule":
    "Rating officials come from the position structure: the direct superior, at least a supervisory official, or an official with delegated authority (PermenPANRB 6/2022 Article 1).",
  "help.profile.next":
    "Check it at the start of the year. If your rating official is wrong, contact the performance administrator before drafting your SKP.",
  "help.security.what":
    "Account security: two-step verification with an authenticator app, and recovery codes for when the phone is not at hand.",
  "help.security.rule":
    "No performance regulation sets this; it is SIMKIN's security policy for personnel data, required of super admins and performance administrators.",
  "help.security.next":
    "Turn on two-step verification and keep the recovery codes somewhere safe; each sign-in then asks for a code from the authenticator app.",
  "help.units.what":
    "Work Units shows the structure of the kecamatan and its kelurahan; select a unit to see its positions and who holds them.",
  "help.units.rule":
    "The structure follows PP 18/2016 jo. PP 72/2019 and PP 17/2018 on Kecamatan: a secretariat and sections; a kelurahan is part of the kecamatan.",
  "help.units.next":
    "Once the units are right, complete their positions on the Positions screen, then place employees.",
  "help.positions.what":
    "Positions in each unit: kind (structural, executive, functional), level, superior position and any delegated rating official.",
  "help.positions.rule":
    "Rating officials and their superiors are derived from the superior position, as in BKN's table under PermenPANRB 6/2022; a functional position goes up by its level.",
  "help.positions.next":
    "Placing employees in these positions decides who rates whom; check the result in My Profile or on the employee's page.",
  "help.employees.what":
    "Employees with NIP, rank/grade, position and account; open one for placements, rating officials and account roles.",
  "help.employees.rule":
    "The 18-digit NIP follows Perka BKN 22/2007; PNS and PPPK (PP 49/2018) are managed under the same performance rules.",
  "help.employees.next":
    "Record a transfer by ending the old placement and adding the new one; a new SKP starts from the placement date.",
  "help.employee.what":
    "One employee: identity, placements over time, the rating officials that apply, and the account with its roles.",
  "help.employee.rule":
    "Rating officials are never typed in: they are computed from positions and placements on the day (PermenPANRB 6/2022 Article 1), acting officials (Plt, Plh) included.",
  "help.employee.next":
    "After a placement changes, the employee drafts an SKP for the new position from its start date.",
  "help.import.what": "Import adds many employees at once from an Excel file, each with an account.",
  "help.import.rule":
    "Each row is checked like a manual entry: NIP (Perka BKN 22/2007), grade and position; if any is wrong, nothing is imported and each error is shown by row and column.",
  "help.import.next": "Fix the errors in the file and import again; new employees then sign in with their NIP.",
  "help.years.what":
    "Periods and calendar: the performance year, the SKP deadline, the evaluation cadence, the monthly report due day, the SKP review and holidays.",
  "help.years.rule":
    "The performance year runs 1 January – 31 December and quarterly evaluation is the national default (PermenPANRB 6/2022); the end-of-January SKP deadline is a default you can change.",
  "help.years.next":
    "Open the new year before January so employees can draft their SKP; holidays move a report deadline to the next working day.",
  "help.pk.what":
    "Performance Agreement (Perjanjian Kinerja): each unit's objectives, indicators and targets for one year.",
  "help.pk.rule":
    "An SKP is drafted with the performance agreement in view (PP 30/2019); the Camat's and the Lurah's RHK carry their unit's PK targets.",
  "help.pk.next":
    "Once the PK is set, the head drafts the SKP and the role-result matrix, and subordinates carry it down into their own SKP.",
  "help.berakhlak.what":
    "Behaviour master: the seven BerAKHLAK core values with three behaviour guides each, as printed on the SKP.",
  "help.berakhlak.rule":
    "The core values come from UU 20/2023 on the civil service; the behaviour-guide wording follows SE MenPANRB 20/2021 and is kept by version.",
  "help.berakhlak.next":
    "New SKPs use the version in force; the rating official adds the leader's specific expectations per value in each SKP.",
  "help.skpReview.what":
    "SKP review: submitted SKPs waiting for the performance administrator's check before the rating official approves them.",
  "help.skpReview.rule":
    "An SKP is agreed after the performance administrator's review (PP 30/2019), with correction notes as in the SKP plan review format.",
  "help.skpReview.next":
    "Mark it reviewed so the rating official can approve it, or return it to the employee with correction notes.",
  "help.audit.what":
    "Audit trail: who changed what and when, with the values before and after; search by employee, record type, action and date.",
  "help.audit.rule":
    "Performance appraisal must be accountable and transparent (PP 30/2019 Article 4); every change is recorded and cannot be deleted.",
  "help.audit.next": "Open an event to see its details; auditors read, they do not change.",
  "help.evaluationTeam.what":
    "The people you rate in one evaluation period (a quarter; the fourth is also the annual evaluation), with where each rating stands.",
  "help.evaluationTeam.rule":
    "The rater rates work results and work behaviour; the performance rating comes from the quadrant (PermenPANRB 6/2022, REGULATIONS.md §3).",
  "help.evaluationTeam.next":
    "Open an employee, check the realisations and monthly feedback, give feedback and ratings, then set the result.",
  "help.myEvaluations.what":
    "Your evaluation results per period, the objection deadline, and anonymous input for colleagues of your unit.",
  "help.myEvaluations.rule":
    "The employee receives the result and may object within 14 days of receiving it (PP 30/2019 Article 59).",
  "help.myEvaluations.next":
    "Before you are rated, send a self-assessment. Once the result is set, read it, then acknowledge it or object.",
  "help.evaluation.what":
    "The evaluation workspace: targets, monthly realisations, evidence and feedback per RHK and per BerAKHLAK value, ratings and the result.",
  "help.evaluation.rule":
    "The performance rating is never typed: it follows from both ratings through the quadrant (PermenPANRB 6/2022). A unit head is rated on the organisation's performance.",
  "help.evaluation.next":
    "Save at any time; once set, the result goes to the employee and changes only through an objection.",
  "help.evaluationDocuments.what":
    "Print the employee's performance evaluation (EKP) and evaluation summary, then keep a scan of the wet-signed sheets.",
  "help.evaluationDocuments.rule":
    "Both forms follow PermenPANRB 6/2022; the objection, explanation and decision follow PP 30/2019 Article 59.",
  "help.evaluationDocuments.next":
    "The documents print once the rater has set the evaluation; the rater or the performance manager uploads the scans. A wrong scan is deleted by its uploader or the performance manager; once the evaluation is final, upload its replacement first.",
  "help.penetapan.what":
    "The performance rating decision form records the unit's organisational result, its distribution pattern and each employee's rating.",
  "help.penetapan.rule":
    "It follows SE MenPANRB 3/2023: the leader above sets the unit's result, the unit's head sets the employees' ratings.",
  "help.penetapan.next":
    "Print it, have it signed, then upload the scan once the unit's head has finalised the period.",
};
