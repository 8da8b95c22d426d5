## The mentor's pages ("Kelas"), behind the mentor PIN. Read by a young pendamping.

mentor-error-read = Data peserta ini tidak bisa dibaca. Coba buka lagi.
mentor-error-save = Belum tersimpan. Coba sekali lagi.
mentor-back = Kembali
mentor-hardest-open = Langkah tersulit
mentor-sessions-open = Sesi pendampingan
mentor-report-xlsx = Laporan Excel (.xlsx)
mentor-place-documents = Dokumen
mentor-file-written = Tersimpan di { $path }
mentor-file-working = Sedang membuat berkas… Tunggu sebentar.
mentor-file-failed = Berkas tidak bisa disimpan di { $path }. Periksa apakah folder itu ada dan masih ada ruang.
mentor-minutes-jp = { $jp ->
        [0] { $minutes } menit (kurang dari 1 JP)
       *[other] { $minutes } menit ({ $jp } JP)
    }

## Charts
mentor-chart-modules = Kemajuan kelas per modul
mentor-chart-done = selesai
mentor-chart-doing = sedang belajar
mentor-chart-not-started = belum mulai
mentor-chart-days = Belajar 14 hari terakhir
mentor-chart-days-help = Batang: menit belajar per hari (jumlah { $minutes } menit). Angka paling bawah: peserta yang berlatih.

## One learner
mentor-nip = NIP { $nip }
mentor-summary-pdf = Ringkasan PDF
mentor-certificate-pdf = Sertifikat PDF: { $module }
mentor-kantor = Kantor (dicetak di sertifikat):
mentor-kantor-example = Contoh: Kantor Camat Sukamaju
mentor-time-total = Waktu belajar: { $time }
mentor-skill-check-passed = Uji kemampuan { $module }: { $score }%, lulus (batas lulus { $pass }%; { $attempts } kali dikerjakan)
mentor-skill-check-not-passed = Uji kemampuan { $module }: { $score }%, belum lulus (batas lulus { $pass }%; { $attempts } kali dikerjakan)
mentor-standards = Standar yang dikuasai: { $list }
mentor-standards-none = Belum ada standar yang dikuasai. Standar dikuasai setelah lulus uji kemampuan modulnya.

mentor-assign-title = Tugas
mentor-assign-nothing = Belum ada tugas.
mentor-assign-current = Tugas sekarang: { $done } dari { $total } pelajaran selesai.
mentor-assign-label = Nama tugas
mentor-assign-label-example = Untuk Kamis
mentor-assign-save = Simpan tugas
mentor-assign-clear = Hapus tugas
mentor-assign-saved = Tugas tersimpan. Peserta melihatnya paling atas di Beranda.
mentor-assign-cleared = Tugas dihapus.
mentor-assign-none = Pilih paling sedikit satu pelajaran untuk tugas ini.

mentor-notes-title = Catatan
mentor-note-placeholder = Tulis catatan tentang peserta ini
mentor-note-save = Simpan catatan
mentor-note-empty = Catatan masih kosong. Tulis dulu, lalu klik Simpan catatan.
mentor-note-by = { $date }, oleh { $mentor }
mentor-notes-none = Belum ada catatan.

mentor-timeline-title = Riwayat belajar
mentor-timeline-session = { $date }, pukul { $from }–{ $to }: belajar { $minutes } menit
mentor-timeline-finished = { $date }, pukul { $time }: selesai "{ $lesson }"
mentor-timeline-none = Belum pernah berlatih.

mentor-steps-title = Langkah yang sudah dicoba
mentor-steps-none = Belum ada langkah yang dicoba.
mentor-step-where = { $lesson }, langkah { $step }
mentor-step-figures = { $tries } kali mencoba, { $mistakes } kali belum tepat, { $hints } petunjuk, { $minutes } menit { $seconds } detik, { $done ->
        [yes] sudah selesai
       *[other] belum selesai
    }
mentor-step-mistake = { $count }× { $text }

## Hardest steps
mentor-hardest-title = Langkah tersulit
mentor-hardest-help = Sepuluh langkah dengan paling banyak kesalahan dan petunjuk di kelas ini. Baik dijelaskan bersama.
mentor-hardest-figures = { $mistakes } kali belum tepat, { $hints } petunjuk, { $learners } peserta
mentor-hardest-none = Belum ada langkah yang sulit. Bagus!

## Coaching sessions
mentor-sessions-title = Sesi pendampingan
mentor-session-new = Catat sesi baru
mentor-session-date = Tanggal (hh-bb-tttt)
mentor-session-topic = Topik
mentor-session-present = Peserta yang hadir:
mentor-session-plan = Rencana berikutnya
mentor-session-save = Simpan sesi
mentor-session-saved = Sesi tersimpan.
mentor-session-bad-date = Tanggal belum benar. Tulis seperti 05-11-2026.
mentor-session-no-topic = Topik masih kosong. Tulis topiknya dulu.
mentor-sessions-held = Sesi yang sudah diadakan
mentor-sessions-none = Belum ada sesi.
mentor-session-line = { $date }: { $topic }
mentor-session-who = Hadir: { $names }
mentor-session-nobody = belum dicatat
mentor-session-next = Rencana berikutnya: { $plan }
mentor-hardest-preview = Lihat langkah ini
