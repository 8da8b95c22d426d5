# Tuntun — the words of the app itself (screens, buttons, messages).
# Lesson words are in one file per module (dasar.ftl …).

## Start-up problems
error-title = Tuntun belum bisa dibuka
error-data-dir = Folder data tidak bisa dipakai: { $path }
error-too-new = File kemajuan di { $path } dibuat oleh Tuntun versi yang lebih baru. File itu tidak diubah. Pakailah Tuntun versi terbaru.
error-corrupt = File kemajuan di { $path } rusak atau bukan file Tuntun.
error-open = File kemajuan di { $path } tidak bisa dibuka.
error-database = File kemajuan tidak bisa dipakai.
error-call-mentor = Mohon panggil pendamping. Catatan di bawah ini membantu pendamping.
notice-not-saved = Kemajuan Bapak/Ibu belum tersimpan. Bapak/Ibu boleh melanjutkan; mohon beri tahu pendamping.
notice-review-done = Ulangan singkat selesai. Terima kasih, Bapak/Ibu!
notice-restored = Data kemajuan di laptop ini sempat rusak. Tuntun sudah memakai cadangan dari { $date }. Latihan sesudah waktu itu mungkin tidak ada. File yang rusak disimpan di { $path }.
notice-restored-empty = Data kemajuan di laptop ini rusak dan belum ada cadangan, jadi kemajuan mulai dari awal. File yang rusak disimpan di { $path }.
notice-missing-restored = Data kemajuan di laptop ini sempat hilang. Tuntun sudah memakai cadangan dari { $date }. Latihan sesudah waktu itu mungkin tidak ada.
notice-voice-missing = Komputer ini belum punya suara bahasa Indonesia untuk "Bacakan". Pendamping bisa menambahkannya: Pengaturan Windows › Waktu & bahasa › Bahasa & wilayah › Bahasa Indonesia › Opsi bahasa › Ucapan › Unduh. Sesudah itu, buka Tuntun lagi.
notice-restored-ok = Mengerti

## Choosing a learner
learners-title = Siapa yang belajar hari ini?
learners-pick = Klik nama Bapak/Ibu.
learners-add = Tambah peserta baru
learners-search = Ketik huruf awal nama Bapak/Ibu
learners-none-found = Belum ada nama yang berawal huruf itu. Periksa ejaannya, atau tanya pendamping.
learners-new-title = Peserta baru
learners-name = Nama
learners-name-hint = Contoh: Siti Rahmawati
learners-nip = NIP (boleh dikosongkan)
learners-nip-hint = 18 angka
learners-unit = Unit kerja (boleh dikosongkan)
learners-unit-hint = Contoh: Kecamatan Sukamaju
learners-save = Simpan dan mulai
learners-cancel = Batal
learners-error-name = Mohon tulis nama Bapak/Ibu dulu.
learners-error-long-name = Nama ini terlalu panjang. Cukup 80 huruf.
learners-error-nip = NIP terdiri dari 18 angka. Periksa lagi, atau kosongkan saja.
learners-error-long-unit = Nama unit kerja terlalu panjang. Cukup 120 huruf.
learners-error-save = Peserta belum bisa disimpan. Mohon panggil pendamping.

## Settings
settings-open = Pengaturan
settings-title = Pengaturan
settings-language = Bahasa
settings-lang-id = Bahasa Indonesia
settings-lang-en = English
settings-chosen = Dipilih
settings-close = Selesai
settings-transfer = Pindah laptop
settings-transfer-help = Simpan kemajuan semua peserta ke flashdisk, lalu ambil di laptop lain. Aman bila diulang: tidak ada yang hilang atau tercatat dua kali.
transfer-save-to = Simpan ke { $place }
transfer-working = Sedang menyimpan atau mengambil kemajuan… Mohon tunggu sebentar.
transfer-take = Ambil dari { $file }
transfer-none-found = Belum ada file kemajuan (.tuntun) di flashdisk atau di folder Dokumen dan Unduhan.
transfer-saved = Tersimpan di { $file } ({ $learners } peserta).
transfer-taken = Selesai. Peserta baru: { $learners }. Catatan latihan baru: { $events }.
transfer-error-save = File tidak bisa disimpan di sana. Coba tempat lain, atau panggil pendamping.
transfer-error-foreign = File ini bukan file kemajuan Tuntun. Tidak ada yang diubah.
transfer-error-future = File ini dibuat oleh Tuntun yang lebih baru. Perbarui Tuntun di laptop ini dulu. Tidak ada yang diubah.
transfer-error-truncated = File ini tidak lengkap, mungkin terputus saat disalin. Salin lagi dari laptop asal. Tidak ada yang diubah.
transfer-error-tampered = File ini sudah berubah sejak dibuat. Salin lagi dari laptop asal. Tidak ada yang diubah.
transfer-error-read = File ini tidak bisa dibaca. Coba lagi, atau panggil pendamping. Tidak ada yang diubah.
transfer-saved-private = File ini berisi nama dan NIP peserta. Simpan flashdisk baik-baik, dan hapus file ini setelah diambil di laptop lain.
transfer-new-laptop = File pertama dari laptop "{ $name }" (sidik kunci { $fingerprint }). Bila Anda tidak mengenal laptop ini, tanyakan siapa yang membuat file ini.
transfer-error-unsigned = File ini dibuat oleh Tuntun versi lama dan tidak bertanda tangan. Perbarui Tuntun di laptop asal, lalu simpan kemajuan lagi di sana. Tidak ada yang diubah.
transfer-error-wrong-key = File ini mengaku dari laptop "{ $name }", tetapi tanda tangannya bukan dari laptop itu. Mungkin dipalsukan. Tidak ada yang diubah.
transfer-error-not-file = Ini bukan file kemajuan. Tidak ada yang diubah.
transfer-error-invalid = File ini berisi data yang tidak diterima Tuntun (misalnya nama kosong atau terlalu panjang, atau NIP yang salah). Tidak ada yang diubah.
place-usb = flashdisk { $label }
place-documents = folder Dokumen
place-downloads = folder Unduhan
place-home = folder pribadi

## Home
home-greeting = Selamat datang, { $name }
home-sign-out = Ganti peserta
home-continue = Lanjutkan
home-resume-at = Lanjut dari Langkah { $n } dari { $total }
home-resume-new = Pelajaran berikutnya
home-all-done = Semua pelajaran sudah selesai. Hebat, Bapak/Ibu!
home-review-title = Ulangan singkat
home-review-body = Beberapa langkah dari { $module } untuk diulang, supaya tidak lupa. Sekitar 5 menit.
home-review-body-open = Ulangan { $module } belum selesai. Lanjutkan dari langkah berikutnya.
home-review-start = Mulai ulangan
home-review-continue = Lanjutkan ulangan
home-review-later = Nanti saja
home-no-lessons = Belum ada pelajaran yang bisa dibuka. Mohon panggil pendamping.
home-lesson-done = Selesai
home-lesson-at = Langkah { $n } dari { $total }
home-lesson-new = Belum dimulai
home-lesson-unavailable = Belum bisa dibuka
home-module-count = { $done } dari { $total } pelajaran
home-assignment-title = Tugas dari pendamping
home-assignment-title-label = Tugas dari pendamping: { $label }
home-assignment-todo = Belum selesai
home-assignment-start = Mulai

## Lesson player
lesson-empty = Pelajaran ini belum berisi langkah.
lesson-step-of = Langkah { $n } dari { $total }
review-lesson-title = Ulangan singkat: { $lesson }
review-step-of = Langkah { $n } dari { $total } ulangan
lesson-leave = Berhenti dulu
lesson-back = Langkah sebelumnya
lesson-next = Langkah berikutnya
lesson-finish = Selesai
lesson-hint = Petunjuk
lesson-hint-n = Petunjuk { $n }: { $text }
lesson-feedback-good = Bagus!
lesson-feedback-try = Belum tepat.
player-step-done = Langkah selesai.

## Lesson finished
finished-title = Pelajaran selesai!
finished-saved = Kemajuan Bapak/Ibu sudah tersimpan.
finished-next-is = Berikutnya: { $title }
finished-next = Pelajaran berikutnya
finished-home = Ke Beranda
finished-check-passed-title = Selamat, Bapak/Ibu lulus!
finished-check-not-yet-title = Uji kemampuan selesai
finished-check-score = Nilai Bapak/Ibu: { $score }%. Batas lulus: { $pass }%.
finished-check-passed = Nilai ini dihitung dari langkah yang benar pada percobaan pertama. Pendamping sekarang bisa mencetak sertifikat Bapak/Ibu.
finished-check-practise = Belum lulus kali ini. Tidak apa-apa. Latih lagi pelajaran di bawah ini, lalu ulangi uji kemampuan kapan saja.
finished-check-retake = Ulangi Uji Kemampuan

## The dasar practice area
dasar-ui-back = Kembali
dasar-ui-menu-open = Buka
dasar-ui-holding = Sedang dipegang: { $item }. Lepaskan di atas folder.
dasar-ui-end = Sampai di sini
dasar-ui-save = Simpan
dasar-ui-pointer-help = Gerakkan mouse pelan-pelan ke tiga tempat di bawah ini. Tidak perlu mengklik. Lihat bentuk panahnya.
dasar-ui-pointer-hand = Jadwal posyandu bulan Juni
dasar-ui-pointer-text = Kotak untuk mengetik
dasar-ui-pointer-busy = Sedang menyimpan… tunggu sebentar

## Keluar otomatis di laptop bersama
idle-title = Masih di sana?
idle-text = Sudah lama tidak ada kegiatan. Dalam { $seconds } detik Bapak/Ibu akan dikeluarkan, supaya orang lain tidak memakai akun Bapak/Ibu. Kemajuan sudah tersimpan.
idle-yes = Ya, saya masih di sini
notice-idle-signed-out = Peserta tadi dikeluarkan otomatis karena lama tidak ada kegiatan. Kemajuannya sudah tersimpan.

## PIN
pin-cancel = Batal
pin-wrong = PIN belum cocok. Coba lagi dengan pelan. { $tries ->
    [one] Sisa 1 kali lagi.
   *[other] Sisa { $tries } kali lagi.
}
pin-locked = Terlalu banyak percobaan. Tunggu { $seconds } detik, atau minta bantuan pendamping.
pin-error = PIN belum bisa diperiksa. Mohon beri tahu pendamping.
pin-learner-title = Halo, { $name }
pin-learner-help = Ketik PIN Bapak/Ibu dengan tombol angka, lalu klik OK.
pin-mentor-title = PIN pendamping
pin-mentor-help = Bagian ini untuk pendamping. Ketik PIN pendamping, lalu klik OK.
learners-pin = PIN (boleh dikosongkan)
learners-pin-hint = 4 sampai 6 angka. Di rumah boleh tanpa PIN.
learners-error-pin = PIN terdiri dari 4 sampai 6 angka saja. Atau kosongkan.

## Akun pendamping
setup-title = Selamat datang di Tuntun
setup-title-more = Tambah pendamping
setup-intro = Buat dulu akun pendamping. PIN pendamping diperlukan untuk membuka Pengaturan, menghapus peserta, mengganti PIN peserta dan menutup Tuntun di laptop kantor.
setup-name = Nama pendamping
setup-pin = PIN pendamping (6 angka)
setup-repeat = Ulangi PIN
setup-save = Simpan
setup-skip = Lewati
setup-cancel = Batal
setup-skip-help = Laptop pribadi di rumah? Boleh dilewati. Akun pendamping bisa dibuat nanti di Pengaturan.
setup-error-name = Isi nama pendamping dulu.
setup-error-pin = PIN pendamping terdiri dari tepat 6 angka.
setup-error-repeat = Kedua PIN belum sama. Ketik ulang dengan pelan.
setup-error-save = Akun pendamping belum tersimpan. Coba lagi.

## Pengaturan untuk pendamping
settings-idle = Keluar otomatis bila tidak ada kegiatan
settings-idle-never = Tidak pernah
settings-idle-minutes = { $minutes } menit
settings-kiosk = Mode kiosk (laptop bersama di kantor)
settings-kiosk-help = Layar penuh; Tuntun hanya bisa ditutup dengan PIN pendamping.
settings-kiosk-on = Nyala
settings-kiosk-off = Mati
settings-learners = Peserta di laptop ini
settings-clear-pin = Hapus PIN
settings-delete = Hapus peserta
settings-delete-confirm = Yakin? Klik sekali lagi
settings-mentor-title = Pendamping
settings-mentors = Pendamping: { $names }
settings-mentors-none = Belum ada akun pendamping. Pengaturan terbuka untuk siapa saja.
settings-add-mentor = Tambah pendamping

## Tuntun dibuka dua kali
already-running-title = Tuntun sudah terbuka
already-running-text = Tuntun sudah terbuka di komputer ini. Cari jendelanya di bilah tugas di bawah layar, lalu klik. Jendela ini boleh ditutup.
already-running-close = Tutup
settings-kiosk-needs-mentor = Mode kiosk perlu akun pendamping dulu, supaya Tuntun hanya bisa ditutup dengan PIN pendamping. Klik "Tambah pendamping" di bawah.
lesson-read-aloud = Bacakan
lesson-offer-hint = Perlu bantuan? Klik Petunjuk di bawah. Tidak apa-apa, pelan-pelan saja.
lesson-call-mentor-text = Langkah ini memang tidak mudah. Kotak oranye menunjukkan tempatnya. Bapak/Ibu juga boleh memanggil pendamping.
lesson-call-mentor-text-no-box = Langkah ini memang tidak mudah. Bapak/Ibu boleh memanggil pendamping.
lesson-restart-step = Ulangi langkah ini
lesson-call-mentor = Panggil pendamping
lesson-mentor-called = Permintaan bantuan sudah dicatat untuk pendamping. Angkat tangan juga, supaya pendamping segera datang. Sambil menunggu, Bapak/Ibu boleh mencoba lagi.

## Tampilan pendamping
mentor-open = Kelas
mentor-title = Kelas
mentor-summary = { $learners } peserta; { $flagged } perlu bantuan.
mentor-all-units = Semua unit
mentor-flagged-only = Hanya yang perlu bantuan
mentor-never = belum pernah
mentor-last-active = Terakhir berlatih: { $date }
mentor-week = Minggu ini: { $minutes } menit
mentor-stuck = Perlu bantuan: { $lesson }, langkah { $step } ({ $mistakes } kali belum tepat, { $hints } petunjuk).
mentor-idle = Perlu bantuan: { $lesson } belum selesai; { $days } hari tidak berlatih.
mentor-called = Memanggil pendamping (pukul { $time }): { $lesson }, langkah { $step }.

## Tampilan: text size and colours, per learner
display-open = Tampilan
display-size = Ukuran huruf
display-size-normal = Besar
display-size-larger = Lebih Besar
display-size-largest = Sangat Besar
display-colours = Warna
display-colours-normal = Warna biasa
display-colours-high = Kontras tinggi
display-done = Selesai

## A mentor's preview of a step (from Langkah tersulit)
lesson-preview-close = Selesai melihat
lesson-preview-note = Pratinjau pendamping: tidak ada yang dicatat.
