/** The Panduan page (issue 11): each persona's yearly and monthly steps, in the order they are done. */
export const guideId = {
  "guide.link": "Panduan",
  "guide.title": "Panduan",
  "guide.intro":
    "Langkah kerja setiap peran di SIMKIN, tahun ini dan setiap bulan, berurutan. Tab peran Anda terbuka lebih dulu; setiap langkah membuka layarnya.",
  "guide.tabs": "Peran",
  "guide.yours": "Anda",
  "guide.persona.pegawai": "Pegawai",
  "guide.persona.atasan": "Pejabat Penilai",
  "guide.persona.pimpinan": "Pimpinan",
  "guide.persona.pengelola": "Pengelola Kinerja",
  "guide.persona.admin": "Admin & Auditor",
  "guide.who.pegawai": "Setiap PNS dan PPPK: menyusun SKP, menulis laporan bulanan, membaca umpan balik.",
  "guide.who.atasan":
    "Kasi, Sekcam, Lurah, atau Camat yang menilai bawahan: menyetujui SKP, memberi umpan balik, membimbing.",
  "guide.who.pimpinan":
    "Camat sebagai pimpinan kecamatan: menetapkan arah dari Perjanjian Kinerja dan memantau kepatuhan.",
  "guide.who.pengelola":
    "Subbag Umum dan Kepegawaian: menyiapkan tahun kinerja dan data pegawai, mereviu SKP, memantau laporan.",
  "guide.who.admin":
    "Super admin mengelola akun dan peran; auditor (Inspektorat) membaca semua data dan jejak audit tanpa mengubahnya.",
  "guide.year": "Setiap tahun ({year})",
  "guide.month": "Setiap bulan",
  "guide.deadline.skp": "Batas penetapan SKP: {date}",
  "guide.deadline.passed": "(sudah lewat)",
  "guide.deadline.report": "Laporan {month} paling lambat {date}",
  "guide.deadline.report_waiting": "Pengingat bila laporan menunggu lebih dari {days} hari",
  "guide.deadline.noYear": "Tahun kinerja {year} belum dibuka; batasnya tampil setelah pengelola kinerja membukanya.",
  "guide.open": "Buka {screen}",
  "guide.notYours": "{screen} dibuka oleh peran lain",
  "guide.step.pegawai.profile.title": "Periksa jabatan dan pejabat penilai Anda",
  "guide.step.pegawai.profile.text":
    "Di awal tahun, pastikan jabatan, pejabat penilai, dan atasannya benar. Bila keliru, hubungi pengelola kinerja.",
  "guide.step.pegawai.skpDraft.title": "Susun SKP dari RHK atasan",
  "guide.step.pegawai.skpDraft.text":
    "Buat SKP tahun ini: setiap RHK mengintervensi RHK atasan yang disetujui, dengan IKI dan target, lalu lampirannya.",
  "guide.step.pegawai.skpSubmit.title": "Ajukan SKP, perbaiki bila dikembalikan",
  "guide.step.pegawai.skpSubmit.text":
    "Pengelola kinerja mereviu, pejabat penilai menyetujui. Bila dikembalikan, perbaiki sesuai alasannya dan ajukan lagi.",
  "guide.step.pegawai.report.title": "Tulis dan ajukan laporan bulanan",
  "guide.step.pegawai.report.text":
    "Isi realisasi setiap IKI, pencapaian, kendala, dan bukti dukung, lalu ajukan sebelum batas. SIMKIN mengingatkan {workingDays} hari kerja sebelumnya.",
  "guide.step.pegawai.feedback.title": "Baca dan konfirmasi umpan balik",
  "guide.step.pegawai.feedback.text":
    "Setelah pejabat penilai menjawab, baca umpan baliknya dan konfirmasi; bila diminta revisi, perbaiki laporan dan ajukan lagi.",
  "guide.step.pegawai.coaching.title": "Isi umpan balik bimbingan (B.1.8)",
  "guide.step.pegawai.coaching.text":
    "Setelah bimbingan kinerja, isi Format B.1.8 tentang bagaimana bimbingan itu berjalan.",
  "guide.step.atasan.ownSkp.title": "Ajukan SKP Anda lebih dulu",
  "guide.step.atasan.ownSkp.text":
    "Bawahan hanya dapat menyusun SKP setelah RHK Anda disetujui; mereka menunggu SKP Anda.",
  "guide.step.atasan.mph.title": "Bagi peran di Matriks Peran Hasil",
  "guide.step.atasan.mph.text":
    "Bagi IKI Anda yang disetujui menjadi peran dan hasil bagi setiap bawahan; selnya menjadi RHK mereka.",
  "guide.step.atasan.approve.title": "Setujui atau kembalikan SKP bawahan",
  "guide.step.atasan.approve.text":
    "Periksa SKP yang diajukan setelah direviu pengelola kinerja; kembalikan dengan alasan yang jelas bila perlu diperbaiki.",
  "guide.step.atasan.feedback.title": "Beri umpan balik atas laporan bawahan",
  "guide.step.atasan.feedback.text":
    "Jawab setiap laporan yang diajukan: terima dengan umpan balik, atau minta revisi dengan alasan.",
  "guide.step.atasan.dialogue.title": "Adakan dialog dan bimbingan kinerja",
  "guide.step.atasan.dialogue.text":
    "Catat dialog kinerja dan tindak lanjutnya; setelah bimbingan, isi evaluasi kompetensi (Format B.1.9).",
  "guide.step.atasan.compliance.title": "Pantau kepatuhan laporan tim",
  "guide.step.atasan.compliance.text":
    "Setelah tanggal batas, lihat siapa yang belum mengajukan atau terlambat, lalu ingatkan mereka.",
  "guide.step.pimpinan.pk.title": "Periksa target Perjanjian Kinerja",
  "guide.step.pimpinan.pk.text": "Sasaran dan target PK kecamatan dan kelurahan menjadi dasar RHK Anda dan para Lurah.",
  "guide.step.pimpinan.skp.title": "Susun dan ajukan SKP Camat",
  "guide.step.pimpinan.skp.text":
    "RHK Anda membawa target PK dan mengintervensi RHK Sekda; seluruh kecamatan menunggu SKP ini.",
  "guide.step.pimpinan.mph.title": "Bagi peran kepada Sekcam, Kasi, dan Lurah",
  "guide.step.pimpinan.mph.text":
    "Isi Matriks Peran Hasil dari IKI Anda yang disetujui, agar bawahan langsung dapat menurunkannya ke SKP mereka.",
  "guide.step.pimpinan.approve.title": "Setujui SKP bawahan langsung",
  "guide.step.pimpinan.approve.text":
    "Periksa SKP Sekcam, Kasi, dan Lurah; isi Ekspektasi Khusus Pimpinan pada perilaku kerja sebelum menyetujui.",
  "guide.step.pimpinan.compliance.title": "Pantau kepatuhan kecamatan",
  "guide.step.pimpinan.compliance.text":
    "Lihat unit dan pegawai yang belum mengajukan atau terlambat, serta laporan yang menunggu umpan balik.",
  "guide.step.pimpinan.feedback.title": "Jawab laporan bawahan langsung",
  "guide.step.pimpinan.feedback.text":
    "Beri umpan balik atas laporan Sekcam, Kasi, dan Lurah, atau minta revisi dengan alasan.",
  "guide.step.pimpinan.dialogue.title": "Dialog kinerja dengan pimpinan unit",
  "guide.step.pimpinan.dialogue.text": "Catat dialog dan bimbingan kinerja beserta tindak lanjutnya.",
  "guide.step.pengelola.year.title": "Buka tahun kinerja",
  "guide.step.pengelola.year.text":
    "Sebelum Januari, buka tahun baru: batas SKP, periode evaluasi, tanggal batas laporan, reviu SKP, dan hari libur.",
  "guide.step.pengelola.org.title": "Perbarui unit, jabatan, dan penempatan",
  "guide.step.pengelola.org.text":
    "Struktur dan penempatan menentukan siapa menilai siapa; periksa sebelum pegawai menyusun SKP.",
  "guide.step.pengelola.import.title": "Impor pegawai baru",
  "guide.step.pengelola.import.text":
    "Tambahkan pegawai baru dari berkas Excel; masing-masing mendapat akun dengan NIP.",
  "guide.step.pengelola.berakhlak.title": "Periksa master BerAKHLAK",
  "guide.step.pengelola.berakhlak.text":
    "Pastikan teks panduan perilaku yang akan tercetak di SKP tahun ini sesuai versi yang dipakai instansi.",
  "guide.step.pengelola.review.title": "Reviu SKP yang diajukan",
  "guide.step.pengelola.review.text":
    "Periksa setiap SKP sebelum pejabat penilai menyetujuinya; kembalikan dengan catatan perbaikan bila perlu.",
  "guide.step.pengelola.reviewMonthly.title": "Reviu SKP yang masuk",
  "guide.step.pengelola.reviewMonthly.text":
    "SKP pegawai baru, pindahan, atau revisi datang sepanjang tahun; reviu begitu masuk agar tidak tertahan.",
  "guide.step.pengelola.compliance.title": "Pantau laporan yang belum masuk",
  "guide.step.pengelola.compliance.text":
    "Setelah tanggal batas, lihat pegawai dan unit yang belum mengajukan atau terlambat.",
  "guide.step.pegawai.evaluation.title": "Terima hasil evaluasi triwulan",
  "guide.step.pegawai.evaluation.text":
    "Kirim penilaian diri sebelum dinilai; setelah hasil ditetapkan, terima hasilnya atau ajukan keberatan paling lama 14 hari.",
  "guide.step.atasan.evaluate.title": "Nilai pegawai setiap triwulan",
  "guide.step.atasan.evaluate.text":
    "Beri umpan balik per RHK dan per nilai BerAKHLAK, tetapkan rating hasil kerja dan perilaku; predikat mengikuti kuadran.",
  "guide.step.atasan.keberatan.title": "Jawab dan putuskan keberatan",
  "guide.step.atasan.keberatan.text":
    "Sebagai penilai, beri penjelasan; sebagai atasan penilai, putuskan keberatan bawahan dari pegawai yang Anda awasi.",
  "guide.step.pimpinan.capaian.title": "Tetapkan capaian kinerja organisasi",
  "guide.step.pimpinan.capaian.text":
    "Setelah triwulan berakhir, tetapkan capaian setiap kelurahan dengan alasannya; pola distribusi unit mengikutinya.",
  "guide.step.pimpinan.kurva.title": "Periksa kurva distribusi dan finalkan",
  "guide.step.pimpinan.kurva.text":
    "Bandingkan sebaran predikat dengan pola distribusi; bila pola tidak terpenuhi, tuliskan justifikasinya saat memfinalkan.",
  "guide.step.pengelola.keberatan.title": "Catat keputusan dari surat resmi",
  "guide.step.pengelola.keberatan.text":
    "Bila atasan penilai tidak memakai SIMKIN, catat keputusan keberatan dari suratnya (nomor, tanggal, pindaian).",
  "guide.step.pengelola.mutations.title": "Catat mutasi dan penempatan",
  "guide.step.pengelola.mutations.text":
    "Akhiri penempatan lama dan tambahkan yang baru pada tanggalnya, juga Plt dan Plh.",
  "guide.step.admin.accounts.title": "Kelola akun dan peran",
  "guide.step.admin.accounts.text":
    "Beri peran pengelola kinerja atau auditor, nonaktifkan akun pegawai yang keluar, dan atur ulang kata sandi.",
  "guide.step.admin.security.title": "Aktifkan verifikasi dua langkah",
  "guide.step.admin.security.text":
    "Wajib bagi super admin dan pengelola kinerja; simpan kode pemulihan di tempat aman.",
  "guide.step.admin.year.title": "Periksa kalender kinerja",
  "guide.step.admin.year.text": "Pastikan tahun kinerja dibuka dengan batas dan hari libur yang benar.",
  "guide.step.admin.audit.title": "Telusuri jejak audit",
  "guide.step.admin.audit.text":
    "Cari perubahan menurut orang, jenis data, tindakan, dan tanggal; setiap kejadian menampilkan nilai sebelum dan sesudah.",
  "guide.step.admin.import.title": "Periksa impor pegawai",
  "guide.step.admin.import.text": "Bila impor ditolak, perbaiki baris dan kolom yang disebut lalu impor lagi.",
  "guide.step.admin.notifications.title": "Baca pemberitahuan",
  "guide.step.admin.notifications.text":
    "Pemberitahuan dan pengingat yang menyangkut Anda; pilih mana yang juga dikirim lewat surel.",
  "help.button": "Bantuan",
  "help.heading": "Tentang layar ini",
  "help.label.what": "Untuk apa",
  "help.label.rule": "Dasar aturan",
  "help.label.next": "Selanjutnya",
  "help.openGuide": "Buka Panduan",
  "help.close": "Tutup bantuan",
} as const;

export const guideEn: Record<keyof typeof guideId, string> = {
  "guide.link": "Guide",
  "guide.title": "Guide",
  "guide.intro":
    "Each role's work in SIMKIN, this year and every month, in order. Your role's tab opens first; each step opens its screen.",
  "guide.tabs": "Roles",
  "guide.yours": "You",
  "guide.persona.pegawai": "Employee",
  "guide.persona.atasan": "Rating Official",
  "guide.persona.pimpinan": "Head of Office",
  "guide.persona.pengelola": "Performance Administrator",
  "guide.persona.admin": "Admin & Auditor",
  "guide.who.pegawai": "Every PNS and PPPK: drafts the SKP, writes monthly reports, reads feedback.",
  "guide.who.atasan":
    "A Kasi, the Sekcam, a Lurah or the Camat rating subordinates: approves SKPs, gives feedback, coaches.",
  "guide.who.pimpinan":
    "The Camat as head of the kecamatan: sets the direction from the Performance Agreement and watches compliance.",
  "guide.who.pengelola":
    "Subbag Umum dan Kepegawaian: prepares the performance year and staff data, reviews SKPs, watches reports.",
  "guide.who.admin":
    "The super admin manages accounts and roles; the auditor (Inspektorat) reads all data and the audit trail without changing it.",
  "guide.year": "Every year ({year})",
  "guide.month": "Every month",
  "guide.deadline.skp": "SKP deadline: {date}",
  "guide.deadline.passed": "(passed)",
  "guide.deadline.report": "{month} report due by {date}",
  "guide.deadline.report_waiting": "Reminder when a report has waited more than {days} days",
  "guide.deadline.noYear":
    "Performance year {year} is not open yet; its deadlines show once the performance administrator opens it.",
  "guide.open": "Open {screen}",
  "guide.notYours": "{screen} is opened by another role",
  "guide.step.pegawai.profile.title": "Check your position and rating official",
  "guide.step.pegawai.profile.text":
    "At the start of the year, make sure your position, rating official and their superior are right. If not, contact the performance administrator.",
  "guide.step.pegawai.skpDraft.title": "Draft your SKP from your superior's RHK",
  "guide.step.pegawai.skpDraft.text":
    "Create this year's SKP: each RHK supports an approved RHK of your superior, with IKI and targets, then the attachment.",
  "guide.step.pegawai.skpSubmit.title": "Submit the SKP, fix it if returned",
  "guide.step.pegawai.skpSubmit.text":
    "The performance administrator reviews it, the rating official approves it. If returned, fix it as the reason says and submit again.",
  "guide.step.pegawai.report.title": "Write and submit the monthly report",
  "guide.step.pegawai.report.text":
    "Fill in each IKI's realisation, achievements, challenges and evidence, then submit before the deadline. SIMKIN reminds you {workingDays} working days before.",
  "guide.step.pegawai.feedback.title": "Read and acknowledge the feedback",
  "guide.step.pegawai.feedback.text":
    "Once your rating official answers, read the feedback and acknowledge it; if a revision is asked, fix the report and submit again.",
  "guide.step.pegawai.coaching.title": "Give coaching feedback (B.1.8)",
  "guide.step.pegawai.coaching.text": "After a coaching session, fill in Format B.1.8 on how the coaching went.",
  "guide.step.atasan.ownSkp.title": "Submit your own SKP first",
  "guide.step.atasan.ownSkp.text":
    "Subordinates can only draft their SKP once your RHK are approved; they are waiting for yours.",
  "guide.step.atasan.mph.title": "Divide roles in the role-result matrix",
  "guide.step.atasan.mph.text":
    "Divide your approved IKI into roles and results for each subordinate; the cells become their RHK.",
  "guide.step.atasan.approve.title": "Approve or return subordinates' SKPs",
  "guide.step.atasan.approve.text":
    "Check submitted SKPs after the performance administrator's review; return them with a clear reason when they need fixing.",
  "guide.step.atasan.feedback.title": "Give feedback on subordinates' reports",
  "guide.step.atasan.feedback.text":
    "Answer every submitted report: accept it with feedback, or ask for a revision with a reason.",
  "guide.step.atasan.dialogue.title": "Hold performance dialogues and coaching",
  "guide.step.atasan.dialogue.text":
    "Record dialogues and their follow-up; after coaching, fill in the competency evaluation (Format B.1.9).",
  "guide.step.atasan.compliance.title": "Watch your team's report compliance",
  "guide.step.atasan.compliance.text": "After the due day, see who has not submitted or was late, and remind them.",
  "guide.step.pimpinan.pk.title": "Check the Performance Agreement targets",
  "guide.step.pimpinan.pk.text":
    "The PK objectives and targets of the kecamatan and kelurahan are the basis of your RHK and the Lurahs'.",
  "guide.step.pimpinan.skp.title": "Draft and submit the Camat's SKP",
  "guide.step.pimpinan.skp.text":
    "Your RHK carry the PK targets and support the Sekda's RHK; the whole kecamatan waits for this SKP.",
  "guide.step.pimpinan.mph.title": "Divide roles among the Sekcam, Kasi and Lurah",
  "guide.step.pimpinan.mph.text":
    "Fill in the role-result matrix from your approved IKI, so your direct reports can carry it into their SKP at once.",
  "guide.step.pimpinan.approve.title": "Approve your direct reports' SKPs",
  "guide.step.pimpinan.approve.text":
    "Check the SKPs of the Sekcam, Kasi and Lurah; fill in the leader's specific expectations on work behaviour before approving.",
  "guide.step.pimpinan.compliance.title": "Watch the kecamatan's compliance",
  "guide.step.pimpinan.compliance.text":
    "See the units and employees who have not submitted or were late, and the reports awaiting feedback.",
  "guide.step.pimpinan.feedback.title": "Answer your direct reports' reports",
  "guide.step.pimpinan.feedback.text":
    "Give feedback on the reports of the Sekcam, Kasi and Lurah, or ask for a revision with a reason.",
  "guide.step.pimpinan.dialogue.title": "Performance dialogue with unit heads",
  "guide.step.pimpinan.dialogue.text": "Record performance dialogues and coaching with their follow-up.",
  "guide.step.pengelola.year.title": "Open the performance year",
  "guide.step.pengelola.year.text":
    "Before January, open the new year: SKP deadline, evaluation cadence, report due day, SKP review and holidays.",
  "guide.step.pengelola.org.title": "Update units, positions and placements",
  "guide.step.pengelola.org.text":
    "Structure and placements decide who rates whom; check them before employees draft their SKP.",
  "guide.step.pengelola.import.title": "Import new employees",
  "guide.step.pengelola.import.text": "Add new employees from an Excel file; each gets an account with their NIP.",
  "guide.step.pengelola.berakhlak.title": "Check the BerAKHLAK master",
  "guide.step.pengelola.berakhlak.text":
    "Make sure the behaviour-guide wording printed on this year's SKP is the version your office uses.",
  "guide.step.pengelola.review.title": "Review submitted SKPs",
  "guide.step.pengelola.review.text":
    "Check each SKP before the rating official approves it; return it with correction notes when needed.",
  "guide.step.pengelola.reviewMonthly.title": "Review incoming SKPs",
  "guide.step.pengelola.reviewMonthly.text":
    "SKPs of new or transferred employees and revisions arrive all year; review them as they come so none are held up.",
  "guide.step.pengelola.compliance.title": "Watch for missing reports",
  "guide.step.pengelola.compliance.text":
    "After the due day, see the employees and units that have not submitted or were late.",
  "guide.step.pegawai.evaluation.title": "Receive the quarterly evaluation",
  "guide.step.pegawai.evaluation.text":
    "Send a self-assessment before you are rated; once the result is set, acknowledge it or object within 14 days.",
  "guide.step.atasan.evaluate.title": "Rate your staff every quarter",
  "guide.step.atasan.evaluate.text":
    "Give feedback per RHK and per BerAKHLAK value, set the work-result and behaviour ratings; the rating follows the quadrant.",
  "guide.step.atasan.keberatan.title": "Answer and decide objections",
  "guide.step.atasan.keberatan.text":
    "As the rater, explain; as the rater's superior, decide the objections of the staff you oversee.",
  "guide.step.pimpinan.capaian.title": "Set the organisation's performance",
  "guide.step.pimpinan.capaian.text":
    "When a quarter ends, set each kelurahan's performance with its reason; the unit's distribution pattern follows it.",
  "guide.step.pimpinan.kurva.title": "Check the distribution curve and finalise",
  "guide.step.pimpinan.kurva.text":
    "Compare the ratings with the pattern; when it is broken, write the justification as you finalise.",
  "guide.step.pengelola.keberatan.title": "Record decisions from official letters",
  "guide.step.pengelola.keberatan.text":
    "When the rater's superior does not use SIMKIN, record the objection's decision from the letter (number, date, scan).",
  "guide.step.pengelola.mutations.title": "Record transfers and placements",
  "guide.step.pengelola.mutations.text":
    "End the old placement and add the new one on its date, acting officials (Plt, Plh) included.",
  "guide.step.admin.accounts.title": "Manage accounts and roles",
  "guide.step.admin.accounts.text":
    "Grant the performance administrator or auditor role, deactivate the accounts of staff who left, and reset passwords.",
  "guide.step.admin.security.title": "Turn on two-step verification",
  "guide.step.admin.security.text":
    "Required of super admins and performance administrators; keep the recovery codes somewhere safe.",
  "guide.step.admin.year.title": "Check the performance calendar",
  "guide.step.admin.year.text": "Make sure the performance year is open with the right deadlines and holidays.",
  "guide.step.admin.audit.title": "Search the audit trail",
  "guide.step.admin.audit.text":
    "Search changes by person, record type, action and date; each event shows the values before and after.",
  "guide.step.admin.import.title": "Check employee imports",
  "guide.step.admin.import.text": "When an import is refused, fix the rows and columns it names and import again.",
  "guide.step.admin.notifications.title": "Read your notifications",
  "guide.step.admin.notifications.text":
    "Notices and reminders that concern you; choose which are also sent by e-mail.",
  "help.button": "Help",
  "help.heading": "About this screen",
  "help.label.what": "What it is for",
  "help.label.rule": "Rule",
  "help.label.next": "What happens next",
  "help.openGuide": "Open the Guide",
  "help.close": "Close help",
};
