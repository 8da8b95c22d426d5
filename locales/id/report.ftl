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
report-time-total = Jumlah waktu belajar: { $minutes } menit ({ $jp } JP) dalam { $sessions } sesi belajar.
report-time-rule = Satu sesi belajar berakhir bila tidak ada latihan selama lebih dari 30 menit. 1 JP = 45 menit.
report-sessions-heading = Sesi belajar
report-col-date = Tanggal
report-col-start = Mulai
report-col-end = Selesai
report-col-minutes = Menit
report-finished-heading = Pelajaran selesai
report-col-lesson = Pelajaran
report-none-finished = Belum ada pelajaran yang selesai.
report-checks-heading = Nilai uji kemampuan
report-col-module = Modul
report-col-score = Nilai
report-score = { $score }%
report-none-checks = Belum ada uji kemampuan yang selesai.
report-standards-heading = Standar tercapai
report-none-standards = Belum ada standar yang tercapai.
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

## Certificate of completion
report-cert-title = Sertifikat Penyelesaian
report-cert-doc-title = Sertifikat { $module } — { $name }
report-cert-given-to = Diberikan kepada
report-cert-has-finished = telah menyelesaikan seluruh pelajaran modul
report-cert-hours = Jam pelajaran: { $jp } JP ({ $minutes } menit waktu belajar; 1 JP = 45 menit)
report-cert-period = Masa belajar: { $first } sampai { $last }
report-cert-standards = Standar yang dikuasai
report-cert-place-date = Dicetak pada { $date }
report-cert-mentor = Pendamping,
report-cert-signature = (..............................)
