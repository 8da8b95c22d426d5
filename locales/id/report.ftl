# Tuntun — the printed reports (learner summary and certificate), for the mentor and BKPSDM.

## Learner summary
report-summary-title = Ringkasan Belajar Peserta
report-summary-doc-title = Ringkasan belajar { $name }
report-name = Nama
report-nip = NIP
report-unit = Unit kerja
report-printed = Dicetak
report-empty = -
report-time-heading = Waktu belajar
report-time-total = Jumlah waktu belajar: { $jp ->
        [0] { $minutes } menit, kurang dari 1 JP,
       *[other] { $minutes } menit ({ $jp } JP)
    } dalam { $sessions } sesi belajar.
report-time-rule = Satu sesi belajar berakhir bila tidak ada latihan selama lebih dari 30 menit. 1 JP = 45 menit.
report-sessions-heading = Sesi belajar
report-col-date = Tanggal
report-col-start = Mulai
report-col-end = Selesai
report-col-minutes = Menit
report-col-time = Waktu (menit:detik)
report-finished-heading = Pelajaran selesai
report-col-lesson = Pelajaran
report-none-finished = Belum ada pelajaran yang selesai.
report-checks-heading = Nilai uji kemampuan
report-col-module = Modul
report-col-score = Nilai
report-score = { $score }%
report-none-checks = Belum ada uji kemampuan yang selesai.
report-col-result = Hasil
report-passed = Lulus (batas { $pass }%)
report-not-passed = Belum lulus (batas { $pass }%)
report-standards-heading = Standar yang dikuasai
report-none-standards = Belum ada standar yang dikuasai. Standar dikuasai setelah lulus uji kemampuan modulnya.
report-steps-heading = Rincian per langkah
report-col-step = Langkah
report-col-tries = Percobaan
report-col-mistakes = Belum tepat
report-col-hints = Petunjuk
report-col-done = Selesai
report-yes = Ya
report-no = Belum
report-none-steps = Belum ada latihan.
report-made-by = Dibuat dengan Tuntun.

## Certificate of a passed skill check
report-cert-title = Sertifikat Kemampuan
report-cert-doc-title = Sertifikat { $module } — { $name }
report-cert-given-to = Diberikan kepada
report-cert-has-passed = telah lulus Uji Kemampuan modul
report-cert-passed-on = pada { $date } dengan nilai { $score }% (batas lulus { $pass }%)
report-cert-hours = Jam pelajaran: { $jp } JP ({ $minutes } menit waktu latihan; 1 JP = 45 menit)
report-cert-under-one-jp = Waktu latihan: { $minutes } menit, kurang dari 1 JP (1 JP = 45 menit)
report-cert-period = Masa belajar: { $first } sampai { $last }
report-cert-standards = Standar yang dikuasai
report-cert-kantor-date = { $kantor }, { $date }
report-cert-mentor = Pendamping,
report-cert-signature = (..............................)

## The class report (xlsx and CSV)
report-sheet-title = Laporan kelas
report-sheet-name = Nama
report-sheet-nip = NIP
report-sheet-unit = Unit kerja
report-sheet-module = Modul
report-sheet-done = Pelajaran selesai
report-sheet-total = Jumlah pelajaran
report-sheet-score = Nilai uji kemampuan (%)
report-sheet-passed = Lulus
report-sheet-passed-on = Tanggal lulus
report-sheet-last-active = Terakhir aktif
report-sheet-standards = Standar yang dikuasai
