# Modul 2: Presensi online — latihan di aplikasi "e-Presensi" pura-pura pada HP pura-pura.
# NIP, kata sandi, nama file dan jam ditulis apa adanya (sama di semua bahasa).
# Aturan potongan dan radius berbeda di tiap instansi; pelajaran selalu mengingatkan
# untuk mengikuti panduan instansi sendiri.

presensi-module-title = Presensi online
presensi-module-summary = Presensi Masuk dan Pulang lewat HP, mengatasi penolakan, dan mengajukan Dinas Luar, Izin, Sakit atau Cuti dengan jujur.

## Pelajaran 1: Masuk ke aplikasi
presensi-masuk-aplikasi-title = Masuk ke aplikasi e-Presensi
presensi-masuk-aplikasi-summary = Masuk dengan NIP 18 angka, lalu ganti kata sandi awal.
presensi-masuk-aplikasi-intro = Selamat datang di modul Presensi online, Bapak/Ibu.
    Banyak instansi kini mencatat kehadiran lewat aplikasi di HP. Namanya berbeda-beda, misalnya e-Presensi atau e-Absensi. Caranya mirip.
    Presensi yang tercatat menentukan tunjangan (TPP) Bapak/Ibu. Terlambat, pulang lebih awal, atau lupa presensi bisa memotong tunjangan.
    Di sini kita berlatih di "e-Presensi", aplikasi pura-pura di HP pura-pura. Di HP sungguhan tombol disentuh dengan jari. Di sini, klik dengan mouse.
    Tidak ada yang benar-benar tercatat. Jadi jangan takut salah. Aturan di kantor Bapak/Ibu bisa sedikit berbeda: ikuti panduan instansi sendiri.
presensi-masuk-aplikasi-nip = Aplikasi presensi memakai NIP sebagai nama pengguna. NIP PNS selalu 18 angka. Contoh: 197103141998031004.
    Angka 1 sampai 8: tanggal lahir. 19710314 artinya 14 Maret 1971.
    Angka 9 sampai 14: tahun dan bulan Bapak/Ibu diangkat menjadi CPNS (TMT, terhitung mulai tanggal). 199803 artinya tahun 1998, bulan Maret.
    Angka 15: jenis kelamin. 1 untuk laki-laki, 2 untuk perempuan.
    Angka 16 sampai 18: nomor urut, di sini 004.
    Di kartu pegawai, NIP sering ditulis dengan spasi: 19710314 199803 1 004. Di aplikasi, ketik 18 angka itu tanpa spasi.
presensi-masuk-aplikasi-q-nip = Mana yang NIP lengkap?
presensi-masuk-aplikasi-q-nip-a = 19710314199803
presensi-masuk-aplikasi-q-nip-a-fb = Belum tepat. Itu baru 14 angka. Masih kurang jenis kelamin dan nomor urut di belakangnya.
presensi-masuk-aplikasi-q-nip-b = 197103141998031004
presensi-masuk-aplikasi-q-nip-b-fb = Betul. Ada 18 angka: tanggal lahir, TMT, jenis kelamin, dan nomor urut.
presensi-masuk-aplikasi-q-nip-c = 3204071403710002
presensi-masuk-aplikasi-q-nip-c-fb = Belum tepat. Itu 16 angka, seperti NIK di KTP. NIP selalu 18 angka.
presensi-masuk-aplikasi-signin = Sekarang masuk ke aplikasi. Admin kepegawaian memberi kata sandi awal.
    1. Kotak { presensi-app-nip }: ketik 197103141998031004
    2. Kotak { presensi-app-password }: ketik Sukamaju123
    3. Klik tombol { presensi-app-sign-in }.
presensi-masuk-aplikasi-signin-h1 = Klik dulu di dalam kotak NIP, paling atas di layar HP, lalu ketik 18 angka tanpa spasi. Kotak { presensi-app-password } ada di bawahnya.
presensi-masuk-aplikasi-signin-h2 = Kata sandi awalnya: S besar, lalu "ukamaju", lalu 123. Sesudah kedua kotak terisi, klik tombol { presensi-app-sign-in } di bawahnya.
presensi-masuk-aplikasi-signin-ok = Bagus, Bapak/Ibu sudah masuk! Tetapi aplikasi meminta kata sandi baru dulu.
presensi-masuk-aplikasi-failed-length = NIP-nya belum 18 angka. Tidak apa-apa, angka mudah terlewat. Hitung pelan-pelan: 19710314, lalu 199803, lalu 1, lalu 004.
presensi-masuk-aplikasi-failed-digits = Di kotak NIP ada huruf atau tanda lain. Hapus isinya, lalu ketik angkanya saja: 197103141998031004.
presensi-masuk-aplikasi-failed-invalid = Angka NIP-nya belum tersusun dengan benar, misalnya ada angka yang tertukar. Tidak apa-apa. Ketik ulang dengan teliti: 197103141998031004.
presensi-masuk-aplikasi-failed-unknown = NIP itu benar bentuknya, tetapi bukan NIP akun ini. Periksa lagi, lalu ketik 197103141998031004.
presensi-masuk-aplikasi-failed-password = Kata sandinya belum cocok. Tidak apa-apa, ini sering terjadi. Ketik pelan-pelan: Sukamaju123. Huruf S pertama huruf besar.
presensi-masuk-aplikasi-sandi = Kata sandi awal diketahui admin. Karena itu, aplikasi meminta Bapak/Ibu membuat kata sandi sendiri.
    Kata sandi yang baik: paling sedikit 8 huruf dan angka, mudah Bapak/Ibu ingat, sulit ditebak orang lain.
    Jangan memakai tanggal lahir, nama anak, atau 12345678.
    Kata sandi itu milik pribadi. Jangan diberikan kepada siapa pun: rekan kerja, keluarga, atau orang yang mengaku petugas.
presensi-masuk-aplikasi-change = Buat kata sandi baru. Untuk latihan, pakai contoh ini. Di HP sungguhan, buat sendiri.
    1. Kotak { presensi-app-new-password }: ketik Melati#Pagi27
    2. Kotak { presensi-app-repeat-password }: ketik Melati#Pagi27 lagi
    3. Klik { presensi-app-save-password }.
presensi-masuk-aplikasi-change-h1 = Ada dua kotak. Ketik kata sandi yang sama persis di keduanya. Huruf M dan P huruf besar.
presensi-masuk-aplikasi-change-h2 = Sesudah kedua kotak berisi kata sandi yang sama, klik tombol { presensi-app-save-password } di bawahnya.
presensi-masuk-aplikasi-change-ok = Kata sandi sudah diganti. Mulai sekarang, hanya Bapak/Ibu yang tahu kata sandi ini.
presensi-masuk-aplikasi-rejected-short = Kata sandi baru terlalu pendek. Pakai paling sedikit 8 huruf dan angka, misalnya Melati#Pagi27.
presensi-masuk-aplikasi-rejected-digit = Kata sandi baru belum ada angkanya. Tambahkan angka, misalnya Melati#Pagi27.
presensi-masuk-aplikasi-rejected-letter = Kata sandi baru belum ada hurufnya. Tambahkan huruf, misalnya Melati#Pagi27.
presensi-masuk-aplikasi-rejected-same = Kata sandi baru sama dengan kata sandi awal. Buat yang berbeda, misalnya Melati#Pagi27.
presensi-masuk-aplikasi-rejected-mismatch = Kedua kotak belum sama. Tidak apa-apa. Ketik ulang keduanya dengan teliti, lalu klik { presensi-app-save-password }.
presensi-masuk-aplikasi-q-sandi = Seorang rekan menelepon: "Saya operator presensi. Sebutkan kata sandi Bapak/Ibu, mau saya perbaiki." Apa yang Bapak/Ibu lakukan?
presensi-masuk-aplikasi-q-sandi-a = Menyebutkan kata sandi, karena dia operator
presensi-masuk-aplikasi-q-sandi-a-fb = Belum tepat. Operator tidak perlu kata sandi Bapak/Ibu. Admin bisa mengatur ulang akun tanpa tahu kata sandi.
presensi-masuk-aplikasi-q-sandi-b = Mengirim kata sandi lewat WhatsApp supaya tidak salah dengar
presensi-masuk-aplikasi-q-sandi-b-fb = Belum tepat. Lewat WhatsApp pun, kata sandi tetap tidak boleh diberikan.
presensi-masuk-aplikasi-q-sandi-c = Menolak dengan sopan, lalu datang sendiri ke admin kepegawaian
presensi-masuk-aplikasi-q-sandi-c-fb = Betul. Kata sandi milik pribadi. Bila ada masalah akun, datang sendiri ke admin.

## Pelajaran 2: Presensi Masuk
presensi-presensi-masuk-title = Presensi Masuk di kantor
presensi-presensi-masuk-summary = Izinkan lokasi, lihat peta, ambil swafoto, kirim, lalu periksa Riwayat.
presensi-presensi-masuk-intro = Hari Senin, 2 Juni 2025, pukul 07.20. Bapak/Ibu sudah sampai di kantor kecamatan. Jam kerja mulai pukul 07.30.
    Urutan Presensi Masuk:
    1. Klik { presensi-app-check-in }.
    2. Izinkan aplikasi melihat lokasi HP.
    3. Peta: titik biru Bapak/Ibu harus ada di dalam lingkaran kantor.
    4. Swafoto: foto wajah sendiri.
    5. Kirim Presensi.
    6. Periksa Riwayat. Presensi yang tidak tercatat dihitung tidak masuk.
presensi-presensi-masuk-start = Klik tombol { presensi-app-check-in }.
presensi-presensi-masuk-start-h1 = Lihat layar awal aplikasi di HP. Ada dua tombol besar: Presensi Masuk dan Presensi Pulang.
presensi-presensi-masuk-start-h2 = Klik tombol { presensi-app-check-in }, yang pertama dari dua tombol besar.
presensi-presensi-masuk-start-ok = Aplikasi mulai. Pertama kali, aplikasi bertanya tentang lokasi.
presensi-presensi-masuk-start-pulang = Itu Presensi Pulang. Tidak apa-apa. Klik { presensi-app-back } di kanan atas HP, lalu klik { presensi-app-check-in }.
presensi-presensi-masuk-start-history = Itu Riwayat. Nanti kita lihat. Klik { presensi-app-back } di kanan atas HP, lalu klik { presensi-app-check-in }.
presensi-presensi-masuk-allow = Aplikasi bertanya: "{ presensi-app-permission-title }" Aplikasi perlu lokasi untuk tahu Bapak/Ibu ada di kantor. Klik { presensi-app-allow-location }.
presensi-presensi-masuk-allow-h1 = Pertanyaan itu tampil di tengah layar HP, dengan dua tombol: { presensi-app-allow-location } dan { presensi-app-deny-location }.
presensi-presensi-masuk-allow-h2 = Klik tombol { presensi-app-allow-location }.
presensi-presensi-masuk-allow-denied = Lokasi belum diizinkan. Tidak apa-apa. Tanpa lokasi, aplikasi tidak bisa mencatat presensi. Klik { lesson-restart-step }, lalu klik { presensi-app-allow-location }.
presensi-presensi-masuk-map-ok = Lokasi cocok. Sekarang kamera terbuka untuk swafoto.
presensi-presensi-masuk-photo = Swafoto: hadapkan wajah ke kamera, lalu klik { presensi-app-take-photo }.
presensi-presensi-masuk-photo-h1 = Wajah harus terlihat jelas dan terang, tanpa masker. Di sini wajah sudah terlihat baik.
presensi-presensi-masuk-photo-h2 = Klik tombol { presensi-app-take-photo } di bawah gambar wajah.
presensi-presensi-masuk-photo-ok = Wajah dikenali. Sekarang periksa ringkasannya.
presensi-presensi-masuk-send = Periksa jam, tanggal, dan jarak. Semua sudah benar? Klik { presensi-app-send-attendance }.
presensi-presensi-masuk-send-h1 = Layar ringkasan menampilkan jam 07.20, tanggal hari ini, jarak, dan foto.
presensi-presensi-masuk-send-h2 = Klik tombol { presensi-app-send-attendance }, paling bawah di layar HP.
presensi-presensi-masuk-send-ok = Presensi Masuk terkirim pukul 07.20, tepat waktu. Layar { presensi-app-done-title } tampil.
presensi-presensi-masuk-history = Jangan langsung menutup aplikasi. Periksa dulu apakah presensi sudah tercatat. Buka { presensi-app-history }.
presensi-presensi-masuk-history-h1 = Riwayat ada di layar awal aplikasi. Bila layar awal belum tampak, klik { presensi-app-back } di kanan atas HP.
presensi-presensi-masuk-history-h2 = Klik tombol { presensi-app-history }.
presensi-presensi-masuk-history-ok = Ini daftar kehadiran Bapak/Ibu, hari demi hari. Hari ini ada paling atas.
presensi-presensi-masuk-history-again = Presensi Masuk hari ini sudah tercatat, jadi tidak perlu diulang. Tidak apa-apa. Klik { presensi-app-back }, lalu klik { presensi-app-history }.
presensi-presensi-masuk-day = Buka baris hari ini, 2 Juni 2025.
presensi-presensi-masuk-day-h1 = Baris paling atas di Riwayat adalah hari ini.
presensi-presensi-masuk-day-h2 = Klik baris bertanggal 02-06-2025.
presensi-presensi-masuk-day-ok = Tercatat: masuk 07.20, tepat waktu. Presensi Pulang nanti sore juga akan tampil di sini.
    Di Riwayat, TL artinya Terlambat. TL1 sampai TL4 menunjukkan berapa lama terlambatnya.
presensi-presensi-masuk-day-other = Itu hari yang lain. Tidak apa-apa. Klik { presensi-app-back }, lalu buka baris 02-06-2025.
presensi-presensi-masuk-q-gagal = Sesudah klik { presensi-app-send-attendance }, sinyal hilang dan layar { presensi-app-done-title } tidak muncul. Apa yang Bapak/Ibu lakukan?
presensi-presensi-masuk-q-gagal-a = Tidak apa-apa, pasti sudah tercatat
presensi-presensi-masuk-q-gagal-a-fb = Belum tepat. Tanpa layar { presensi-app-done-title }, belum tentu tercatat. Bila tidak tercatat, Bapak/Ibu dihitung tidak masuk.
presensi-presensi-masuk-q-gagal-b = Periksa Riwayat. Bila belum ada, ulangi presensi. Bila tetap gagal, lapor ke admin hari itu juga
presensi-presensi-masuk-q-gagal-b-fb = Betul. Riwayat adalah buktinya. Masalah yang dilaporkan hari itu juga lebih mudah diurus.
presensi-presensi-masuk-q-gagal-c = Minta rekan melakukan presensi untuk saya
presensi-presensi-masuk-q-gagal-c-fb = Belum tepat. Presensi oleh orang lain adalah pelanggaran disiplin. Periksa Riwayat, ulangi, atau lapor ke admin.

## Pelajaran 3: Di luar radius
presensi-di-luar-radius-title = Di luar radius kantor
presensi-di-luar-radius-summary = Baca pesan di peta, mendekat ke kantor, lalu coba lagi.
presensi-di-luar-radius-intro = Aplikasi hanya menerima Presensi Masuk di dalam radius kantor, misalnya 100 meter dari titik tengah kantor.
    Pagi ini Bapak/Ibu berhenti sebentar di warung seberang jalan, 150 meter dari kantor. Coba lakukan presensi dari sini.
presensi-di-luar-radius-start = Klik { presensi-app-check-in }.
presensi-di-luar-radius-start-h1 = Tombol { presensi-app-check-in } ada di layar awal aplikasi.
presensi-di-luar-radius-start-h2 = Klik tombol { presensi-app-check-in }.
presensi-di-luar-radius-start-ok = Peta tampil. Perhatikan titik biru dan lingkarannya.
presensi-di-luar-radius-start-pulang = Itu Presensi Pulang. Tidak apa-apa. Klik { presensi-app-back } di kanan atas HP, lalu klik { presensi-app-check-in }.
presensi-di-luar-radius-peta = Lihat peta. Titik biru Bapak/Ibu ada di luar lingkaran. Di bawah peta tertulis jaraknya: 150 meter. Radius kantor 100 meter.
    Bila Bapak/Ibu klik { presensi-app-map-next } sekarang, aplikasi menolak karena Bapak/Ibu di luar radius.
    Jalan keluarnya sederhana: mendekat ke kantor.
presensi-di-luar-radius-walk = Berjalanlah ke kantor. Klik "{ presensi-app-walk-closer }" di samping HP. Ulangi sampai titik biru masuk ke dalam lingkaran.
presensi-di-luar-radius-walk-h1 = Tombol "{ presensi-app-walk-closer }" ada di luar layar HP, di sampingnya. Setiap klik, Bapak/Ibu 40 meter lebih dekat.
presensi-di-luar-radius-walk-h2 = Klik "{ presensi-app-walk-closer }" dua kali. Jaraknya turun dari 150 ke 110, lalu ke 70 meter.
presensi-di-luar-radius-walk-ok = Sekarang titik biru ada di dalam lingkaran. Sekarang { presensi-app-map-next } akan diterima.
presensi-di-luar-radius-refused = Titik biru masih di luar lingkaran. Tidak apa-apa. Klik "{ presensi-app-walk-closer }" di samping HP sampai titiknya masuk.
presensi-di-luar-radius-map = Klik { presensi-app-map-next }.
presensi-di-luar-radius-map-h1 = Tombol { presensi-app-map-next } ada di bawah peta.
presensi-di-luar-radius-map-h2 = Klik tombol { presensi-app-map-next }.
presensi-di-luar-radius-map-ok = Lokasi cocok. Lanjutkan seperti biasa.
presensi-di-luar-radius-finish = Selesaikan Presensi Masuk seperti biasa: Ambil Foto, lalu Kirim Presensi.
presensi-di-luar-radius-finish-h1 = Pertama klik { presensi-app-take-photo }. Sesudah itu layar ringkasan tampil.
presensi-di-luar-radius-finish-h2 = Di layar ringkasan, klik tombol { presensi-app-send-attendance } paling bawah.
presensi-di-luar-radius-finish-ok = Presensi Masuk tercatat, di dalam radius. Bagus!
presensi-di-luar-radius-q-jauh = Hari ini Bapak/Ibu ditugaskan rapat di kantor bupati, jauh dari kantor kecamatan. Apa yang Bapak/Ibu lakukan?
presensi-di-luar-radius-q-jauh-a = Memakai aplikasi lokasi palsu supaya tampak di kantor
presensi-di-luar-radius-q-jauh-a-fb = Belum tepat. Lokasi palsu adalah pelanggaran disiplin. Aplikasi juga bisa mendeteksinya.
presensi-di-luar-radius-q-jauh-b = Mengajukan Dinas Luar dengan surat tugas
presensi-di-luar-radius-q-jauh-b-fb = Betul. Dengan Dinas Luar yang diterima, hari itu tidak dihitung tidak masuk. Caranya ada di pelajaran Dinas Luar.
presensi-di-luar-radius-q-jauh-c = Tidak melakukan apa-apa
presensi-di-luar-radius-q-jauh-c-fb = Belum tepat. Tanpa presensi dan tanpa pengajuan, hari itu dihitung tidak masuk. Ajukan Dinas Luar dengan surat tugas.

## Pelajaran 4: Jam HP diatur sendiri
presensi-jam-otomatis-title = Jam HP yang salah
presensi-jam-otomatis-summary = Nyalakan "Tanggal & waktu otomatis", lalu lakukan presensi.
presensi-jam-otomatis-intro = Kemarin baterai HP Bapak/Ibu habis. Sesudah dinyalakan, jamnya diatur sendiri dengan tangan, dan ternyata kurang tepat.
    Aplikasi presensi memeriksa jam HP. Bila "{ presensi-app-setting-auto-time }" mati, atau jam HP berbeda dengan jam sebenarnya, presensi ditolak.
    Ini juga menjaga kejujuran: memundurkan jam HP supaya tampak tepat waktu tidak akan berhasil.
presensi-jam-otomatis-try = Coba lakukan Presensi Masuk seperti biasa. Klik { presensi-app-check-in } dan ikuti langkahnya sampai aplikasi menampilkan pesan.
presensi-jam-otomatis-try-h1 = Mulai dari tombol { presensi-app-check-in } di layar awal. Bila ada tombol { presensi-app-map-next } atau { presensi-app-take-photo }, klik seperti biasa.
presensi-jam-otomatis-try-h2 = Klik { presensi-app-check-in }. Tunggu sampai pesan penolakan tampil di atas layar HP.
presensi-jam-otomatis-try-ok = Presensi ditolak karena jam HP tidak sesuai. Baca pesannya di atas layar HP. Masalah ini diperbaiki di Pengaturan HP, bukan di aplikasi.
presensi-jam-otomatis-settings = Buka Pengaturan HP.
presensi-jam-otomatis-settings-h1 = Pengaturan HP ada di luar aplikasi presensi. Di latihan ini, tombolnya ada di samping HP.
presensi-jam-otomatis-settings-h2 = Klik "{ presensi-app-phone-settings }" di samping HP.
presensi-jam-otomatis-settings-ok = Ini Pengaturan HP. Ada Tanggal & waktu otomatis, Lokasi, Izin lokasi, dan Aplikasi terpasang.
presensi-jam-otomatis-toggle = Nyalakan "{ presensi-app-setting-auto-time }".
presensi-jam-otomatis-toggle-h1 = Cari baris "{ presensi-app-setting-auto-time }". Saklarnya sekarang mati.
presensi-jam-otomatis-toggle-h2 = Klik saklar di baris "{ presensi-app-setting-auto-time }" sampai menyala.
presensi-jam-otomatis-toggle-ok = Jam HP sekarang diambil dari jaringan, jadi selalu tepat. Biarkan tetap menyala.
presensi-jam-otomatis-toggle-location = Itu saklar Lokasi. Tidak apa-apa. Lokasi harus tetap menyala, jadi klik sekali lagi bila tadi Bapak/Ibu mematikannya. Lalu cari "{ presensi-app-setting-auto-time }".
presensi-jam-otomatis-toggle-permission = Itu Izin lokasi untuk aplikasi presensi. Izin ini harus tetap menyala, jadi klik sekali lagi bila tadi mati. Lalu cari "{ presensi-app-setting-auto-time }".
presensi-jam-otomatis-toggle-off = Saklarnya sekarang mati. Tidak apa-apa. Klik sekali lagi sampai menyala.
presensi-jam-otomatis-again = Klik { presensi-app-back } untuk kembali ke aplikasi presensi. Lalu lakukan Presensi Masuk sampai selesai: { presensi-app-check-in }, { presensi-app-map-next }, { presensi-app-take-photo }, { presensi-app-send-attendance }.
presensi-jam-otomatis-again-h1 = Klik { presensi-app-back } di kanan atas HP untuk kembali ke aplikasi presensi.
presensi-jam-otomatis-again-h2 = Di layar awal, klik { presensi-app-check-in }. Lalu { presensi-app-map-next }, { presensi-app-take-photo }, dan { presensi-app-send-attendance }.
presensi-jam-otomatis-again-ok = Presensi Masuk tercatat pukul 07.22, tepat waktu, dengan jam yang benar.
presensi-jam-otomatis-again-clock = Jam HP masih belum otomatis. Tidak apa-apa. Buka Pengaturan HP, nyalakan "{ presensi-app-setting-auto-time }", lalu coba lagi.
presensi-jam-otomatis-q-mundur = Rekan bercerita: "Saya mundurkan jam HP setengah jam supaya tidak terlambat." Bagaimana menurut Bapak/Ibu?
presensi-jam-otomatis-q-mundur-a = Boleh, asal hanya sesekali
presensi-jam-otomatis-q-mundur-a-fb = Belum tepat. Aplikasi memeriksa jam dari jaringan dan menolaknya. Mengakali data presensi juga pelanggaran disiplin.
presensi-jam-otomatis-q-mundur-b = Tidak akan berhasil, dan itu tidak jujur
presensi-jam-otomatis-q-mundur-b-fb = Betul. Biarkan "{ presensi-app-setting-auto-time }" menyala. Bila terlambat, katakan terus terang kepada atasan.

## Pelajaran 5: Presensi Pulang
presensi-presensi-pulang-title = Presensi Pulang
presensi-presensi-pulang-summary = Jangan lupa Presensi Pulang: lihat berapa potongan bila lupa, lalu lakukan dengan benar.
presensi-presensi-pulang-intro = Presensi Pulang sama pentingnya dengan Presensi Masuk.
    Pulang sebelum waktunya disebut PSW (Pulang Sebelum Waktunya). Potongannya bertingkat, misalnya:
    PSW 1 sampai 30 menit: 0,5 %. PSW 31 sampai 60 menit: 1 %. PSW 61 sampai 90 menit: 1,25 %. Lebih dari 90 menit: 1,5 %.
    Lupa Presensi Pulang dihitung sama dengan pulang lebih dari 90 menit lebih awal: potongan 1,5 %, walaupun Bapak/Ibu bekerja sampai sore.
    Contoh: dengan tunjangan Rp2.500.000 sebulan, satu kali lupa memotong Rp37.500. Lupa empat kali sebulan: Rp150.000.
    Angka di instansi Bapak/Ibu bisa berbeda. Ikuti aturan instansi sendiri.
presensi-presensi-pulang-history = Mari lihat contohnya di Riwayat Bapak/Ibu sendiri. Buka { presensi-app-history }.
presensi-presensi-pulang-history-h1 = Riwayat ada di layar awal aplikasi, di bawah dua tombol besar.
presensi-presensi-pulang-history-h2 = Klik tombol { presensi-app-history }.
presensi-presensi-pulang-history-ok = Lihat minggu ini. Ada satu hari yang Presensi Pulangnya kosong.
presensi-presensi-pulang-lupa = Buka hari Selasa, 3 Juni 2025. Hari itu Bapak/Ibu lupa Presensi Pulang.
presensi-presensi-pulang-lupa-h1 = Di baris 3 Juni, kolom Pulang kosong.
presensi-presensi-pulang-lupa-h2 = Klik baris bertanggal 03-06-2025.
presensi-presensi-pulang-lupa-ok = Lihat yang dihitung aplikasi: tidak presensi pulang, potongan 1,5 %, yaitu Rp37.500. Hanya karena lupa satu kali klik.
presensi-presensi-pulang-lupa-psw = Itu hari Senin, 2 Juni. Hari itu Bapak/Ibu pulang pukul 15.10, 50 menit lebih awal: PSW, potongan 1 %. Tidak apa-apa. Klik { presensi-app-back }, lalu buka baris 03-06-2025.
presensi-presensi-pulang-lupa-other = Itu hari yang lain. Tidak apa-apa. Klik { presensi-app-back }, lalu buka baris 03-06-2025, yang kolom Pulangnya kosong.
presensi-presensi-pulang-koreksi = Sudah lupa, lalu apa? Jelaskan kepada atasan secepatnya, lewat aplikasi. Klik { presensi-app-request-correction }.
presensi-presensi-pulang-koreksi-h1 = Tombol { presensi-app-request-correction } ada paling bawah, di bawah potongan hari itu.
presensi-presensi-pulang-koreksi-h2 = Klik tombol { presensi-app-request-correction }.
presensi-presensi-pulang-koreksi-ok = Formulir koreksi terbuka. Tanggalnya sudah terisi: 03-06-2025.
presensi-presensi-pulang-koreksi-send = Di kotak { presensi-app-request-reason }, tulis keterangan singkat, misalnya: Lupa Presensi Pulang, pulang pukul 16.05 sesudah rapat. Lalu klik { presensi-app-send-request }.
presensi-presensi-pulang-koreksi-send-h1 = Kotak { presensi-app-request-reason } ada di formulir, di bawah tanggal. Klik di dalamnya, lalu ketik.
presensi-presensi-pulang-koreksi-send-h2 = Sesudah menulis, klik tombol { presensi-app-send-request } paling bawah.
presensi-presensi-pulang-koreksi-send-ok = Terkirim ke atasan. Atasan yang memutuskan. Bila disetujui, catatan hari itu diperbaiki. Batas waktunya berbeda di tiap daerah: tanyakan kepada admin kepegawaian.
presensi-presensi-pulang-koreksi-no-reason = Koreksi belum terkirim, karena keterangannya masih kosong. Tulis keterangan di kotak { presensi-app-request-reason }, lalu klik { presensi-app-send-request }.
presensi-presensi-pulang-koreksi-draft = Koreksi tersimpan sebagai Draf, belum sampai ke atasan. Tidak apa-apa. Klik { lesson-restart-step }.
presensi-presensi-pulang-potongan = Potongan sebesar itu bisa dihindari dengan satu kebiasaan kecil: sebelum meninggalkan kantor, lakukan Presensi Pulang, lalu periksa Riwayat.
    Banyak orang memasang pengingat di HP, misalnya alarm pukul 16.00.
    Sekarang hari Kamis, 5 Juni 2025, pukul 16.04. Jam kerja sudah selesai pukul 16.00. Bapak/Ibu sudah memakai masker untuk naik motor. Waktunya Presensi Pulang.
presensi-presensi-pulang-start = Klik { presensi-app-back } sampai layar awal tampil. Lalu klik { presensi-app-check-out }.
presensi-presensi-pulang-start-h1 = Klik { presensi-app-back } di kanan atas HP sampai layar awal tampil. Ada dua tombol besar.
presensi-presensi-pulang-start-h2 = Klik tombol { presensi-app-check-out }, bukan Presensi Masuk.
presensi-presensi-pulang-start-ok = Peta tampil. Bapak/Ibu masih di kantor, di dalam lingkaran.
presensi-presensi-pulang-start-masuk = Presensi Masuk hari ini sudah tercatat pukul 07.18. Tidak apa-apa. Sekarang yang dibutuhkan tombol { presensi-app-check-out }.
presensi-presensi-pulang-map = Klik { presensi-app-map-next }.
presensi-presensi-pulang-map-h1 = Tombol { presensi-app-map-next } ada di bawah peta.
presensi-presensi-pulang-map-h2 = Klik tombol { presensi-app-map-next }.
presensi-presensi-pulang-mask = Kamera terbuka, tetapi Bapak/Ibu masih memakai masker. Wajah tidak akan dikenali. Lepas masker dulu.
presensi-presensi-pulang-mask-h1 = Tombol-tombol untuk memperbaiki wajah ada di samping HP, di luar layar.
presensi-presensi-pulang-mask-h2 = Klik tombol "{ presensi-app-remove-mask }" di samping HP.
presensi-presensi-pulang-mask-ok = Masker dilepas. Sekarang wajah terlihat jelas.
presensi-presensi-pulang-mask-photo = Foto ditolak karena masker menutupi wajah. Tidak apa-apa. Klik "{ presensi-app-remove-mask }" di samping HP, lalu ambil foto lagi.
presensi-presensi-pulang-mask-other = Itu bukan masalahnya. Wajah tertutup masker. Klik "{ presensi-app-remove-mask }" di samping HP.
presensi-presensi-pulang-photo = Klik { presensi-app-take-photo }.
presensi-presensi-pulang-photo-h1 = Wajah sekarang terlihat jelas di kamera.
presensi-presensi-pulang-photo-h2 = Klik tombol { presensi-app-take-photo } di bawah gambar wajah.
presensi-presensi-pulang-send = Periksa ringkasannya, lalu klik { presensi-app-send-attendance }.
presensi-presensi-pulang-send-h1 = Ringkasan menampilkan jam 16.04, tanggal, jarak, dan foto.
presensi-presensi-pulang-send-h2 = Klik tombol { presensi-app-send-attendance } paling bawah.
presensi-presensi-pulang-send-ok = Presensi Pulang tercatat pukul 16.04. Tidak ada potongan hari ini. Masker boleh dipakai lagi sesudah foto.
presensi-presensi-pulang-q-lupa = Bapak/Ibu bekerja sampai pukul 16.30, tetapi lupa Presensi Pulang. Bagaimana aplikasi menghitungnya?
presensi-presensi-pulang-q-lupa-a = Tidak dihitung apa-apa, karena saya bekerja penuh
presensi-presensi-pulang-q-lupa-a-fb = Belum tepat. Aplikasi tidak tahu Bapak/Ibu bekerja sampai sore. Yang tercatat hanya presensi.
presensi-presensi-pulang-q-lupa-b = Seperti pulang lebih dari 90 menit lebih awal, potongan 1,5 %
presensi-presensi-pulang-q-lupa-b-fb = Betul. Lupa Presensi Pulang memotong sebesar potongan PSW yang paling berat.
presensi-presensi-pulang-q-lupa-c = Potongan 0,5 %
presensi-presensi-pulang-q-lupa-c-fb = Belum tepat. 0,5 % untuk pulang 1 sampai 30 menit lebih awal. Lupa Presensi Pulang dihitung 1,5 %.
presensi-presensi-pulang-q-awal = Karena urusan keluarga, Bapak/Ibu pulang pukul 15.20 tanpa izin. Jam kerja sampai 16.00. Itu PSW berapa menit?
presensi-presensi-pulang-q-awal-a = 40 menit: potongan 1 %
presensi-presensi-pulang-q-awal-a-fb = Betul. Dari 15.20 sampai 16.00 ada 40 menit. Bila urusannya penting, ajukan Izin supaya tidak dipotong.
presensi-presensi-pulang-q-awal-b = Tidak ada potongan, karena sudah Presensi Pulang
presensi-presensi-pulang-q-awal-b-fb = Belum tepat. Presensi Pulang sebelum pukul 16.00 tercatat sebagai PSW. 40 menit lebih awal: potongan 1 %.

## Pelajaran 6: Dinas Luar
presensi-dinas-luar-title = Mengajukan Dinas Luar
presensi-dinas-luar-summary = Ajukan Dinas Luar dengan surat tugas PDF, dan atasi file yang terlalu besar.
presensi-dinas-luar-intro = Besok, Kamis 5 Juni 2025, Camat menugaskan Bapak/Ibu memantau posyandu di Desa Mekarsari. Bapak/Ibu tidak ke kantor.
    Supaya hari itu tidak dihitung tidak masuk, ajukan Dinas Luar (DL) di aplikasi. Di beberapa instansi ada juga Tugas Luar untuk tugas beberapa jam saja.
    Pengajuan Dinas Luar wajib dilampiri surat tugas berbentuk PDF. Di aplikasi ini, ukuran file paling besar 300 KB.
    Surat tugas sudah ada di folder { disk-folder-dokumen } HP: hasil pindai (scan), versi kecil, dan file Word-nya.
presensi-dinas-luar-open = Buka { presensi-app-requests }.
presensi-dinas-luar-open-h1 = Pengajuan ada di layar awal aplikasi, di dekat Riwayat.
presensi-dinas-luar-open-h2 = Klik tombol { presensi-app-requests }.
presensi-dinas-luar-open-ok = Ini daftar pengajuan Bapak/Ibu. Sekarang masih kosong.
presensi-dinas-luar-open-history = Itu Riwayat. Tidak apa-apa. Klik { presensi-app-back }, lalu klik { presensi-app-requests }.
presensi-dinas-luar-kind = Klik { presensi-app-new-request }, lalu pilih jenisnya: Dinas Luar.
presensi-dinas-luar-kind-h1 = Tombol { presensi-app-new-request } ada di bawah daftar pengajuan. Sesudah diklik, tampil pilihan jenis pengajuan.
presensi-dinas-luar-kind-h2 = Klik { presensi-app-new-request }, lalu klik { presensi-app-kind-dl }.
presensi-dinas-luar-kind-ok = Formulir Dinas Luar terbuka. Ada kotak tanggal, kotak { presensi-app-request-reason }, dan { presensi-app-request-attachment }.
presensi-dinas-luar-kind-other = Itu jenis pengajuan yang lain. Tidak apa-apa. Klik { presensi-app-back }, lalu pilih { presensi-app-kind-dl }.
presensi-dinas-luar-big = Coba lampirkan hasil scan dulu. Klik { presensi-app-attach }, buka folder { disk-folder-dokumen }, lalu klik Surat-Tugas-Monev-Posyandu-scan.pdf.
presensi-dinas-luar-big-h1 = Tombol { presensi-app-attach } ada di bawah kotak tanggal. Sesudah diklik, daftar folder HP tampil.
presensi-dinas-luar-big-h2 = Klik { presensi-app-attach }, buka folder { disk-folder-dokumen }, lalu klik Surat-Tugas-Monev-Posyandu-scan.pdf.
presensi-dinas-luar-big-ok = Ditolak: file hasil scan itu 1.240 KB, lebih dari 300 KB. Ini sering terjadi dengan hasil scan. Tidak apa-apa, file itu bisa dikecilkan.
presensi-dinas-luar-big-format = File itu bukan PDF, JPG atau PNG, jadi tidak bisa dilampirkan. Tidak apa-apa. Untuk latihan ini, pilih Surat-Tugas-Monev-Posyandu-scan.pdf.
presensi-dinas-luar-big-added = Bagus, file itu sudah terlampir. Di langkah ini kita lihat dulu pesan untuk file yang terlalu besar. Klik { presensi-app-attach } lagi, lalu pilih Surat-Tugas-Monev-Posyandu-scan.pdf.
presensi-dinas-luar-shrink = File hasil scan bisa dikecilkan tanpa scan ulang. Di samping file itu ada tombol { presensi-app-shrink }. Klik tombol itu.
presensi-dinas-luar-shrink-h1 = Daftar file masih terbuka. Tombol { presensi-app-shrink } ada di kanan Surat-Tugas-Monev-Posyandu-scan.pdf.
presensi-dinas-luar-shrink-h2 = Klik { presensi-app-shrink } di baris Surat-Tugas-Monev-Posyandu-scan.pdf.
presensi-dinas-luar-shrink-ok = File baru dibuat: Surat-Tugas-Monev-Posyandu-scan-kecil.pdf, 186 KB. File aslinya tetap ada.
    Di HP atau laptop sungguhan, caranya misalnya memilih ukuran kecil di aplikasi scan, atau memakai alat "kompres PDF". Tanyakan kepada operator kantor alat mana yang dipakai.
presensi-dinas-luar-shrink-picked = File itu masih terlalu besar. Tidak apa-apa. Klik { presensi-app-shrink } di sampingnya dulu.
presensi-dinas-luar-small = Sekarang lampirkan file yang baru: Surat-Tugas-Monev-Posyandu-scan-kecil.pdf, 186 KB.
presensi-dinas-luar-small-h1 = File yang baru ada di folder { disk-folder-dokumen }, di bawah file scan. Lihat ukuran di samping setiap nama file.
presensi-dinas-luar-small-h2 = Klik Surat-Tugas-Monev-Posyandu-scan-kecil.pdf, yang berakhiran -kecil.pdf.
presensi-dinas-luar-small-ok = Surat tugas terlampir. PDF, 186 KB, di bawah batas 300 KB.
presensi-dinas-luar-small-big = Itu file yang terlalu besar lagi. Tidak apa-apa. Pilih Surat-Tugas-Monev-Posyandu-scan-kecil.pdf, yang 186 KB.
presensi-dinas-luar-small-format = File Word (.docx) tidak bisa dilampirkan. Surat tugas harus PDF. Pilih Surat-Tugas-Monev-Posyandu-scan-kecil.pdf.
presensi-dinas-luar-small-other = Itu bukan surat tugasnya. Tidak apa-apa. Hapus lampiran itu, lalu pilih Surat-Tugas-Monev-Posyandu-scan-kecil.pdf dari folder { disk-folder-dokumen }.
presensi-dinas-luar-send = Isi kotak { presensi-app-request-from } dengan 05-06-2025. Tulis alasan singkat di kotak { presensi-app-request-reason }, misalnya: Pemantauan posyandu Desa Mekarsari. Lalu klik { presensi-app-send-request }.
presensi-dinas-luar-send-h1 = Kotak { presensi-app-request-reason } ada di formulir, di atas lampiran. Kotak { presensi-app-request-to } boleh kosong untuk satu hari.
presensi-dinas-luar-send-h2 = Klik tombol { presensi-app-send-request } paling bawah di formulir. Bukan Simpan Draf.
presensi-dinas-luar-send-ok = Pengajuan Dinas Luar terkirim. Statusnya sekarang Dikirim: menunggu persetujuan atasan.
presensi-dinas-luar-refused-attachment = Pengajuan belum terkirim karena belum ada surat tugas. Klik { presensi-app-attach } dan pilih Surat-Tugas-Monev-Posyandu-scan-kecil.pdf.
presensi-dinas-luar-refused-format = Pengajuan belum terkirim. Dinas Luar wajib dilampiri surat tugas PDF. Hapus lampirannya, lalu pilih Surat-Tugas-Monev-Posyandu-scan-kecil.pdf.
presensi-dinas-luar-refused-dates = Tanggalnya belum benar. Isi kotak { presensi-app-request-from } dengan 05-06-2025, lalu klik { presensi-app-send-request } lagi.
presensi-dinas-luar-refused-reason = Kotak { presensi-app-request-reason } masih kosong. Tulis singkat, misalnya: Pemantauan posyandu Desa Mekarsari. Lalu klik { presensi-app-send-request }.
presensi-dinas-luar-saved = Pengajuan tersimpan sebagai Draf. Draf belum sampai ke atasan. Tidak apa-apa. Buka draf itu di daftar { presensi-app-requests }, lalu klik { presensi-app-send-request }.
presensi-dinas-luar-refresh = Atasan biasanya memeriksa dalam beberapa jam. Untuk melihat status terbaru, klik { presensi-app-refresh }.
presensi-dinas-luar-refresh-h1 = Tombol { presensi-app-refresh } ada di atas daftar { presensi-app-requests }. Bila daftar belum tampak, klik { presensi-app-back }.
presensi-dinas-luar-refresh-h2 = Klik tombol { presensi-app-refresh }.
presensi-dinas-luar-refresh-ok = Diterima! Besok hari itu tercatat sebagai Dinas Luar, bukan tidak masuk.
presensi-dinas-luar-q-besar = Aplikasi menolak surat tugas Bapak/Ibu karena lebih dari 300 KB. Apa yang sebaiknya dilakukan?
presensi-dinas-luar-q-besar-a = Mengirim pengajuan tanpa lampiran
presensi-dinas-luar-q-besar-a-fb = Belum tepat. Dinas Luar tanpa surat tugas tidak bisa dikirim, atau akan ditolak.
presensi-dinas-luar-q-besar-b = Scan ulang dengan ukuran lebih kecil, atau minta bantuan operator untuk mengecilkan PDF-nya
presensi-dinas-luar-q-besar-b-fb = Betul. Banyak mesin scan punya pilihan ukuran kecil. Operator kantor juga biasanya bisa membantu.
presensi-dinas-luar-q-besar-c = Melampirkan file Word-nya saja
presensi-dinas-luar-q-besar-c-fb = Belum tepat. Surat tugas harus PDF yang sudah ditandatangani, bukan file Word.

## Pelajaran 7: Izin, Sakit, Cuti
presensi-izin-sakit-cuti-title = Izin, Sakit dan Cuti
presensi-izin-sakit-cuti-summary = Ajukan Sakit dengan surat dokter, simpan sebagai Draf, kirim, dan ikuti statusnya.
presensi-izin-sakit-cuti-q1-reason = Keterangan belum jelas. Mohon tulis keperluannya dan ajukan ulang.
presensi-izin-sakit-cuti-intro = Bila tidak bisa masuk kantor, ajukan lewat aplikasi:
    Izin: ada keperluan penting. Tulis alasannya.
    Sakit: lebih dari satu hari wajib dilampiri surat keterangan dokter.
    Cuti: cuti tahunan atau cuti lain. Tulis alasannya, ikuti aturan cuti instansi.
    Setiap pengajuan punya status: Draf (disimpan, belum dikirim), Dikirim (menunggu atasan), Diterima, atau Ditolak. Di kantor, pemeriksaan atasan bisa beberapa jam atau beberapa hari.
    Bapak/Ibu demam sejak kemarin, 10 Juni 2025. Dokter klinik memberi surat keterangan sakit untuk 10 dan 11 Juni. Fotonya sudah ada di folder { disk-folder-unduhan } HP.
presensi-izin-sakit-cuti-open = Buka { presensi-app-requests }.
presensi-izin-sakit-cuti-open-h1 = Pengajuan ada di layar awal aplikasi, di dekat Riwayat.
presensi-izin-sakit-cuti-open-h2 = Klik tombol { presensi-app-requests }.
presensi-izin-sakit-cuti-open-ok = Ada satu pengajuan lama: Izin bulan Mei yang Ditolak. Nanti kita lihat.
presensi-izin-sakit-cuti-kind = Klik { presensi-app-new-request }, lalu pilih jenisnya: Sakit.
presensi-izin-sakit-cuti-kind-h1 = Tombol { presensi-app-new-request } ada di bawah daftar. Sesudah diklik, tampil pilihan jenis.
presensi-izin-sakit-cuti-kind-h2 = Klik { presensi-app-new-request }, lalu klik { presensi-app-kind-sakit }.
presensi-izin-sakit-cuti-kind-ok = Formulir Sakit terbuka.
presensi-izin-sakit-cuti-kind-izin = Itu Izin. Karena Bapak/Ibu sakit dan punya surat dokter, jenisnya { presensi-app-kind-sakit }. Klik { presensi-app-back }, lalu pilih { presensi-app-kind-sakit }.
presensi-izin-sakit-cuti-kind-other = Itu jenis yang lain. Tidak apa-apa. Klik { presensi-app-back }, lalu pilih { presensi-app-kind-sakit }.
presensi-izin-sakit-cuti-attach = Isi kotak { presensi-app-request-from } dengan 10-06-2025 dan kotak { presensi-app-request-to } dengan 11-06-2025. Lalu klik { presensi-app-attach } dan pilih dari folder { disk-folder-unduhan }: Surat-Keterangan-Dokter.jpg.
presensi-izin-sakit-cuti-attach-h1 = Ketik tanggal dengan urutan tanggal-bulan-tahun. Tombol { presensi-app-attach } ada di bawah kotak tanggal.
presensi-izin-sakit-cuti-attach-h2 = Klik { presensi-app-attach }, buka folder { disk-folder-unduhan }, lalu klik Surat-Keterangan-Dokter.jpg.
presensi-izin-sakit-cuti-attach-ok = Surat dokter terlampir. Foto JPG boleh, asal jelas terbaca dan tidak lebih dari 300 KB.
presensi-izin-sakit-cuti-attach-big = File itu terlalu besar, lebih dari 300 KB. Tidak apa-apa. Pilih Surat-Keterangan-Dokter.jpg, yang 214 KB.
presensi-izin-sakit-cuti-attach-other = Itu bukan surat dokternya. Tidak apa-apa. Hapus lampiran itu, lalu pilih Surat-Keterangan-Dokter.jpg dari folder { disk-folder-unduhan }.
presensi-izin-sakit-cuti-draft = Bapak/Ibu ingin memeriksa tanggal di surat dokter dulu. Simpan pengajuan sebagai Draf.
presensi-izin-sakit-cuti-draft-h1 = Draf disimpan di HP, tetapi belum dikirim ke atasan. Tombolnya ada di bawah formulir, di samping Kirim.
presensi-izin-sakit-cuti-draft-h2 = Klik tombol { presensi-app-save-draft }.
presensi-izin-sakit-cuti-draft-ok = Tersimpan sebagai Draf. Ingat: draf belum sampai ke atasan. Selama masih Draf, Bapak/Ibu tetap dihitung tidak masuk.
presensi-izin-sakit-cuti-draft-sent = Pengajuan langsung terkirim. Tidak apa-apa, itu juga benar. Untuk latihan Draf, buat pengajuan Sakit baru nanti. Sekarang klik { presensi-app-save-draft } bila formulir masih terbuka.
presensi-izin-sakit-cuti-send = Tanggal di surat dokter sudah cocok: 10 dan 11 Juni. Klik baris draf di daftar { presensi-app-requests }, lalu klik { presensi-app-send-request }.
presensi-izin-sakit-cuti-send-h1 = Draf ada di daftar { presensi-app-requests } dengan status Draf. Klik barisnya untuk membukanya.
presensi-izin-sakit-cuti-send-h2 = Di draf yang terbuka, klik tombol { presensi-app-send-request }.
presensi-izin-sakit-cuti-send-ok = Terkirim. Statusnya berubah dari Draf menjadi Dikirim.
presensi-izin-sakit-cuti-refused-attachment = Belum terkirim. Sakit lebih dari satu hari wajib dilampiri surat dokter. Klik { presensi-app-attach } dan pilih Surat-Keterangan-Dokter.jpg.
presensi-izin-sakit-cuti-refused-dates = Tanggalnya belum benar. Kotak { presensi-app-request-from }: 10-06-2025. Kotak { presensi-app-request-to }: 11-06-2025.
presensi-izin-sakit-cuti-refused-reason = Kotak { presensi-app-request-reason } masih kosong. Tulis singkat, misalnya: Demam, istirahat sesuai surat dokter.
presensi-izin-sakit-cuti-sent-days = Terkirim, tetapi jumlah harinya belum dua hari. Tidak apa-apa. Buat pengajuan Sakit baru untuk 10-06-2025 sampai 11-06-2025, dengan surat dokter.
presensi-izin-sakit-cuti-sent-other = Terkirim, tetapi belum pengajuan Sakit dengan surat dokter. Tidak apa-apa. Buat pengajuan Sakit baru dengan Surat-Keterangan-Dokter.jpg.
presensi-izin-sakit-cuti-refresh = Klik { presensi-app-refresh } untuk melihat apakah atasan sudah memeriksa.
presensi-izin-sakit-cuti-refresh-h1 = Tombol { presensi-app-refresh } ada di atas daftar { presensi-app-requests }. Bila daftar belum tampak, klik { presensi-app-back }.
presensi-izin-sakit-cuti-refresh-h2 = Klik tombol { presensi-app-refresh }.
presensi-izin-sakit-cuti-refresh-ok = Diterima. Tanggal 10 dan 11 Juni tercatat Sakit, bukan tidak masuk. Semoga lekas sembuh, Bapak/Ibu.
presensi-izin-sakit-cuti-refresh-old = Itu pengajuan Izin yang lama. Tidak apa-apa. Kembali ke daftar, lalu klik { presensi-app-refresh }.
presensi-izin-sakit-cuti-rejected = Sekarang lihat pengajuan Izin bulan Mei yang Ditolak. Klik { presensi-app-back } ke daftar { presensi-app-requests }, lalu buka barisnya dan baca alasannya.
presensi-izin-sakit-cuti-rejected-h1 = Pengajuan itu ada di daftar { presensi-app-requests }, dengan status Ditolak berwarna merah.
presensi-izin-sakit-cuti-rejected-h2 = Klik baris Izin bertanggal 23-05-2025.
presensi-izin-sakit-cuti-rejected-ok = Atasan menulis alasannya: keterangan belum jelas. Pengajuan yang ditolak bisa diajukan ulang dengan keterangan yang lengkap.
presensi-izin-sakit-cuti-q-ditolak = Pengajuan Bapak/Ibu Ditolak. Apa yang dilakukan?
presensi-izin-sakit-cuti-q-ditolak-a = Membiarkannya saja
presensi-izin-sakit-cuti-q-ditolak-a-fb = Belum tepat. Bila dibiarkan, hari itu tetap dihitung tidak masuk.
presensi-izin-sakit-cuti-q-ditolak-b = Membaca alasannya, melengkapi, lalu mengajukan ulang atau bertanya kepada atasan
presensi-izin-sakit-cuti-q-ditolak-b-fb = Betul. Alasan penolakan menunjukkan apa yang kurang.
presensi-izin-sakit-cuti-q-ditolak-c = Membuat pengajuan yang sama persis sekali lagi
presensi-izin-sakit-cuti-q-ditolak-c-fb = Belum tepat. Bila kekurangannya tidak diperbaiki, pengajuan itu akan ditolak lagi. Baca dulu alasannya.
presensi-izin-sakit-cuti-q-status = Pengajuan Bapak/Ibu masih berstatus Draf. Apakah atasan sudah bisa melihatnya?
presensi-izin-sakit-cuti-q-status-a = Belum. Draf harus dikirim dulu
presensi-izin-sakit-cuti-q-status-a-fb = Betul. Draf hanya tersimpan di HP. Buka drafnya, lalu klik { presensi-app-send-request }.
presensi-izin-sakit-cuti-q-status-b = Sudah, draf otomatis sampai ke atasan
presensi-izin-sakit-cuti-q-status-b-fb = Belum tepat. Draf belum dikirim. Atasan baru melihatnya sesudah statusnya Dikirim.

## Pelajaran 8: Hari WFH
presensi-wfh-title = Presensi di hari WFH
presensi-wfh-summary = Pilih WFH, ambil swafoto di rumah, lalu tulis laporan harian.
presensi-wfh-intro = Hari Kamis, 12 Juni 2025. Kantor menetapkan hari ini WFH (bekerja dari rumah) untuk bagian Bapak/Ibu, sesuai surat edaran.
presensi-wfh-start = Pilih { presensi-app-kind-wfh }, lalu klik { presensi-app-check-in }.
presensi-wfh-start-h1 = Di layar awal ada pilihan WFO (di kantor) dan WFH (di rumah), di atas tombol { presensi-app-check-in }.
presensi-wfh-start-h2 = Klik { presensi-app-kind-wfh } dulu, lalu klik tombol { presensi-app-check-in }.
presensi-wfh-start-ok = Peta tampil dengan tulisan WFH. Hari ini jarak dari kantor tidak diperiksa.
presensi-wfh-start-wfo = Bapak/Ibu memilih WFO, yaitu bekerja di kantor. Tidak apa-apa. Klik { lesson-restart-step }, lalu pilih { presensi-app-mode-wfh } dan klik { presensi-app-check-in }.
presensi-wfh-start-pulang = Itu Presensi Pulang. Tidak apa-apa. Klik { lesson-restart-step }, lalu pilih { presensi-app-mode-wfh } dan klik { presensi-app-check-in }.
presensi-wfh-map = Bapak/Ibu di rumah, 6,2 km dari kantor. Pada hari WFH, tombol { presensi-app-map-next } tetap bisa diklik. Klik { presensi-app-map-next }.
presensi-wfh-map-h1 = Tombol { presensi-app-map-next } ada di bawah peta.
presensi-wfh-map-h2 = Klik tombol { presensi-app-map-next }.
presensi-wfh-map-ok = Kamera terbuka. Lihat: wajah tampak gelap.
presensi-wfh-light = Wajah terlalu gelap untuk dikenali. Carilah cahaya: menghadap jendela atau lampu.
presensi-wfh-light-h1 = Tombol-tombol untuk memperbaiki wajah ada di samping HP, di luar layar.
presensi-wfh-light-h2 = Klik tombol "{ presensi-app-fix-light }" di samping HP.
presensi-wfh-light-ok = Sekarang wajah terang dan jelas. Cahaya sebaiknya dari depan, bukan dari belakang kepala.
presensi-wfh-light-photo = Foto ditolak karena wajah terlalu gelap. Tidak apa-apa. Klik "{ presensi-app-fix-light }" di samping HP, lalu ambil foto lagi.
presensi-wfh-light-other = Itu bukan masalahnya. Wajah terlalu gelap. Klik "{ presensi-app-fix-light }" di samping HP.
presensi-wfh-photo = Klik { presensi-app-take-photo }.
presensi-wfh-photo-h1 = Wajah sekarang terlihat terang di kamera.
presensi-wfh-photo-h2 = Klik tombol { presensi-app-take-photo } di bawah gambar wajah.
presensi-wfh-send = Periksa ringkasannya. Di tempat jarak tertulis WFH. Klik { presensi-app-send-attendance }.
presensi-wfh-send-h1 = Ringkasan menampilkan jam, tanggal, WFH, dan foto.
presensi-wfh-send-h2 = Klik tombol { presensi-app-send-attendance } paling bawah.
presensi-wfh-send-ok = Presensi Masuk WFH tercatat, tepat waktu. Sekarang laporan hariannya.
presensi-wfh-report = Klik { presensi-app-to-home }, lalu { presensi-app-report }. Tulis laporan harian, paling sedikit 10 kata. Contoh:
    Menyusun rekap data posyandu bulan Mei 2025 untuk 12 desa dan mengirimkannya ke Sekretaris Kecamatan.
    Lalu klik { presensi-app-send-report }.
presensi-wfh-report-h1 = Bila kotak laporan belum tampak, cari tombol { presensi-app-report } di layar HP. Klik di dalam kotak laporan, lalu ketik pekerjaan hari ini.
presensi-wfh-report-h2 = Tulis paling sedikit 10 kata, lalu klik tombol { presensi-app-send-report } di bawah kotak.
presensi-wfh-report-ok = Laporan harian terkirim. Atasan bisa melihat apa yang Bapak/Ibu kerjakan di rumah. Jangan lupa Presensi Pulang sore nanti.
presensi-wfh-report-short = Laporannya masih terlalu pendek, kurang dari 10 kata. Tidak apa-apa. Tulis lebih lengkap: apa yang dikerjakan, untuk siapa, dan hasilnya. Lalu kirim lagi.
presensi-wfh-q-libur = Apakah hari WFH sama dengan hari libur?
presensi-wfh-q-libur-a = Ya, jadi tidak perlu presensi
presensi-wfh-q-libur-a-fb = Belum tepat. WFH adalah hari kerja. Tanpa presensi, hari itu dihitung tidak masuk.
presensi-wfh-q-libur-b = Tidak. Tetap presensi tepat waktu, bekerja, dan menulis laporan
presensi-wfh-q-libur-b-fb = Betul. Bedanya hanya tempat bekerja.
presensi-wfh-q-kapan = Kapan Bapak/Ibu boleh bekerja dari rumah (WFH)?
presensi-wfh-q-kapan-a = Bila kantor menetapkan WFH untuk saya hari itu
presensi-wfh-q-kapan-a-fb = Betul. WFH mengikuti surat edaran atau jadwal dari atasan.
presensi-wfh-q-kapan-b = Bila pekerjaan saya hari itu bisa dikerjakan dari rumah
presensi-wfh-q-kapan-b-fb = Belum tepat. WFH harus ditetapkan kantor atau atasan. WFH tanpa penetapan sama dengan tidak masuk kerja.
presensi-wfh-q-kapan-c = Bila saya terlambat dan sudah di luar radius
presensi-wfh-q-kapan-c-fb = Belum tepat. Memilih WFH supaya lolos dari radius adalah mengakali presensi. Datang ke kantor, walaupun terlambat.

## Pelajaran 9: Wajah tidak dikenali
presensi-wajah-title = Wajah tidak dikenali
presensi-wajah-summary = Atasi swafoto yang ditolak: cahaya, masker, kacamata, atau minta admin mendaftarkan wajah.
presensi-wajah-intro = Aplikasi mencocokkan swafoto dengan foto wajah yang terdaftar. Kadang wajah tidak dikenali. Penyebab yang paling sering:
    1. Terlalu gelap, atau cahaya dari belakang kepala.
    2. Masker menutupi wajah.
    3. Kacamata memantulkan cahaya lampu, sehingga mata tidak terlihat.
    4. Wajah belum terdaftar, misalnya akun baru. Yang ini hanya bisa diurus admin.
    Pagi ini, 13 Juni 2025, Bapak/Ibu memakai kacamata di bawah lampu kantor yang terang.
presensi-wajah-start = Mulai Presensi Masuk: klik { presensi-app-check-in }, lalu Lanjut di peta.
presensi-wajah-start-h1 = Tombol { presensi-app-check-in } ada di layar awal. Sesudah peta tampil, tombol { presensi-app-map-next } ada di bawahnya.
presensi-wajah-start-h2 = Klik { presensi-app-check-in }, lalu klik { presensi-app-map-next }.
presensi-wajah-start-ok = Kamera terbuka.
presensi-wajah-unreg = Pagi ini Bapak/Ibu memakai HP baru. Klik { presensi-app-take-photo }, lalu baca pesan di bawah gambar wajah.
presensi-wajah-unreg-h1 = Tombol { presensi-app-take-photo } ada di bawah gambar wajah.
presensi-wajah-unreg-h2 = Klik tombol { presensi-app-take-photo }.
presensi-wajah-unreg-ok = Wajah terlihat jelas, tetapi belum terdaftar. Ini sering terjadi sesudah ganti HP. Cahaya, masker atau kacamata tidak bisa memperbaikinya. Yang bisa hanya admin kepegawaian.
presensi-wajah-ask = Klik { presensi-app-ask-admin }.
presensi-wajah-ask-h1 = Tombol { presensi-app-ask-admin } ada di bawah tombol { presensi-app-take-photo }.
presensi-wajah-ask-h2 = Klik tombol { presensi-app-ask-admin }.
presensi-wajah-ask-ok = Pesan untuk admin terbuka. Aplikasi sudah mengisinya.
presensi-wajah-ask-fixed = Cahaya, masker dan kacamata tidak membantu, karena wajah belum terdaftar. Klik { presensi-app-ask-admin }.
presensi-wajah-ask-photo = Foto ditolak lagi, karena wajah belum terdaftar. Itu bukan salah Bapak/Ibu. Klik { presensi-app-ask-admin }.
presensi-wajah-send-admin = Periksa pesannya: ada nama, NIP, tanggal dan jam. Admin tidak pernah meminta kata sandi. Lalu klik { presensi-app-send-admin }.
presensi-wajah-send-admin-h1 = Tombol { presensi-app-send-admin } ada di bawah pesan.
presensi-wajah-send-admin-h2 = Klik tombol { presensi-app-send-admin }.
presensi-wajah-send-admin-ok = Terkirim. Di latihan ini admin langsung mendaftarkan wajah Bapak/Ibu. Di kantor bisa beberapa jam. Beri tahu juga atasan hari itu juga, supaya atasan tahu Bapak/Ibu hadir.
presensi-wajah-try = Wajah Bapak/Ibu sudah didaftarkan lagi. Mulai lagi: klik { presensi-app-check-in }, { presensi-app-map-next }, lalu { presensi-app-take-photo }.
presensi-wajah-try-h1 = Tombol { presensi-app-check-in } ada di layar awal. Sesudah peta, klik { presensi-app-map-next }. Di kamera, klik { presensi-app-take-photo }.
presensi-wajah-try-h2 = Klik { presensi-app-take-photo }, lalu baca pesan di bawah gambar wajah.
presensi-wajah-try-ok = Wajah tidak dikenali. Baca pesannya: kacamata memantulkan cahaya. Lensa tampak putih, mata tidak terlihat.
presensi-wajah-try-fixed = Bapak/Ibu sudah memperbaiki sesuatu. Bagus, Bapak/Ibu teliti! Untuk latihan ini, klik { presensi-app-take-photo } supaya pesan dari aplikasi terbaca.
presensi-wajah-glasses = Miringkan kacamata sedikit, atau ubah arah wajah, supaya lampu tidak memantul di lensa.
presensi-wajah-glasses-h1 = Tombol-tombol untuk memperbaiki wajah ada di samping HP, di luar layar.
presensi-wajah-glasses-h2 = Klik tombol "{ presensi-app-tilt-glasses }" di samping HP.
presensi-wajah-glasses-ok = Pantulan hilang. Mata terlihat jelas. Kacamata tidak perlu dilepas.
presensi-wajah-glasses-light = Cahayanya sudah cukup. Masalahnya pantulan di kacamata. Klik "{ presensi-app-tilt-glasses }" di samping HP.
presensi-wajah-glasses-mask = Bapak/Ibu tidak memakai masker. Masalahnya pantulan di kacamata. Klik "{ presensi-app-tilt-glasses }" di samping HP.
presensi-wajah-glasses-photo = Foto ditolak lagi, karena kacamata masih memantulkan cahaya. Tidak apa-apa. Klik "{ presensi-app-tilt-glasses }" dulu, baru ambil foto.
presensi-wajah-glasses-admin = Bapak/Ibu meminta admin mendaftarkan ulang wajah. Tidak apa-apa. Tetapi wajah Bapak/Ibu sudah terdaftar; masalahnya hanya pantulan. Klik "{ presensi-app-tilt-glasses }" di samping HP.
presensi-wajah-photo = Ambil foto lagi.
presensi-wajah-photo-h1 = Tombol { presensi-app-take-photo } ada di bawah gambar wajah.
presensi-wajah-photo-h2 = Klik tombol { presensi-app-take-photo }.
presensi-wajah-photo-ok = Wajah dikenali!
presensi-wajah-send = Klik { presensi-app-send-attendance }.
presensi-wajah-send-h1 = Layar ringkasan menampilkan jam, tanggal, jarak, dan foto.
presensi-wajah-send-h2 = Klik tombol { presensi-app-send-attendance } paling bawah.
presensi-wajah-send-ok = Presensi Masuk tercatat, tepat waktu.
presensi-wajah-admin = Bila wajah tetap tidak dikenali padahal cahaya cukup, tanpa masker, dan kacamata tidak silau, mungkin wajah Bapak/Ibu belum terdaftar atau fotonya sudah lama.
    Aplikasi lalu menampilkan tombol "{ presensi-app-ask-admin }". Klik tombol itu untuk meminta admin mendaftarkan ulang wajah.
    Hari itu juga, beri tahu atasan dan admin kepegawaian, supaya kehadiran Bapak/Ibu dicatat dengan cara lain. Jangan minta rekan melakukan presensi untuk Bapak/Ibu.
presensi-wajah-q-gelap = Pagi hari, matahari bersinar dari belakang kepala Bapak/Ibu. Wajah di kamera gelap. Apa yang dilakukan?
presensi-wajah-q-gelap-a = Berbalik menghadap cahaya, lalu ambil foto lagi
presensi-wajah-q-gelap-a-fb = Betul. Cahaya harus menerangi wajah dari depan.
presensi-wajah-q-gelap-b = Terus mengambil foto sampai berhasil
presensi-wajah-q-gelap-b-fb = Belum tepat. Bila cahayanya tidak diubah, foto akan terus ditolak. Menghadaplah ke cahaya.
presensi-wajah-q-gelap-c = Memakai foto lama dari galeri HP
presensi-wajah-q-gelap-c-fb = Belum tepat. Swafoto harus diambil saat itu juga. Memakai foto lama adalah mengakali presensi.
presensi-wajah-q-admin = Sudah terang, tanpa masker, kacamata tidak silau, tetapi wajah tetap tidak dikenali. Apa yang dilakukan?
presensi-wajah-q-admin-a = Meminta rekan yang wajahnya terdaftar melakukan presensi untuk saya
presensi-wajah-q-admin-a-fb = Belum tepat. Presensi oleh orang lain adalah pelanggaran disiplin, untuk Bapak/Ibu dan untuk rekan itu.
presensi-wajah-q-admin-b = Pulang saja, karena tidak bisa presensi
presensi-wajah-q-admin-b-fb = Belum tepat. Bapak/Ibu tetap bekerja. Masalah aplikasi diurus oleh admin.
presensi-wajah-q-admin-c = Klik "{ presensi-app-ask-admin }" dan memberi tahu atasan hari itu juga
presensi-wajah-q-admin-c-fb = Betul. Admin mendaftarkan ulang wajah, dan atasan tahu Bapak/Ibu hadir.

## Pelajaran 10: Jangan curang
presensi-jangan-curang-title = Lokasi palsu dan titip presensi
presensi-jangan-curang-summary = Tolak permintaan titip presensi dan hapus aplikasi lokasi palsu.
presensi-jangan-curang-intro = Dua hal yang tidak boleh dilakukan, walaupun banyak yang menawarkan:
    1. Lokasi palsu (Fake GPS): aplikasi yang membuat HP seolah-olah ada di kantor.
    2. Titip presensi: memberikan NIP dan kata sandi supaya orang lain melakukan presensi untuk kita, atau melakukannya untuk orang lain.
    Keduanya memalsukan data kehadiran. Pegawai yang melakukannya, juga yang membantu, dapat dijatuhi hukuman disiplin menurut PP Nomor 94 Tahun 2021 tentang Disiplin PNS, dan tunjangannya dipotong.
    Kata sandi presensi milik pribadi, seperti tanda tangan. Jangan diberikan kepada siapa pun.
    Pagi ini, 10 Juni 2025, pukul 07.12, Bapak/Ibu sudah di kantor. Ada pesan dari rekan di layar aplikasi.
presensi-jangan-curang-colleague = Baca pesan dari rekan: dia minta NIP dan kata sandi Bapak/Ibu supaya bisa melakukan presensi atas nama Bapak/Ibu. Tolak permintaan itu.
presensi-jangan-curang-colleague-h1 = Pesan rekan tampil di layar awal aplikasi, dengan dua tombol: Berikan dan Tolak.
presensi-jangan-curang-colleague-h2 = Klik tombol { presensi-app-colleague-refuse }.
presensi-jangan-curang-colleague-ok = Tepat. Bapak/Ibu melindungi diri sendiri dan rekan itu. Bila ingin membantu, sarankan dia mengajukan Izin atau memberi tahu atasan.
presensi-jangan-curang-colleague-shared = Tidak apa-apa, ini hanya latihan. Tetapi di dunia nyata, dengan NIP dan kata sandi itu orang lain bisa melakukan presensi atas nama Bapak/Ibu, dan keduanya melanggar disiplin. Segera ganti kata sandi bila pernah terjadi. Sekarang klik { presensi-app-colleague-refuse }.
presensi-jangan-curang-try = Sekarang lakukan Presensi Masuk. Klik { presensi-app-check-in } dan ikuti langkahnya sampai aplikasi menampilkan pesan.
presensi-jangan-curang-try-h1 = Mulai dari tombol { presensi-app-check-in } di layar awal.
presensi-jangan-curang-try-h2 = Klik { presensi-app-check-in }, lalu baca pesan penolakan di atas layar HP.
presensi-jangan-curang-try-ok = Ditolak: ada aplikasi lokasi palsu di HP. HP ini bekas dari keponakan, dan aplikasi itu ikut terpasang. Selama aplikasi itu ada, presensi selalu ditolak, walaupun Bapak/Ibu benar-benar di kantor.
presensi-jangan-curang-settings = Hapus aplikasi itu. Buka Pengaturan HP.
presensi-jangan-curang-settings-h1 = Pengaturan HP ada di luar aplikasi presensi. Di latihan ini, tombolnya ada di samping HP.
presensi-jangan-curang-settings-h2 = Klik "{ presensi-app-phone-settings }" di samping HP.
presensi-jangan-curang-settings-ok = Lihat bagian Aplikasi terpasang. Ada aplikasi lokasi palsu di sana.
presensi-jangan-curang-remove = Hapus aplikasi lokasi palsu.
presensi-jangan-curang-remove-h1 = Di bagian { presensi-app-setting-apps }, cari aplikasi lokasi palsu. Di sampingnya ada tombol { presensi-app-remove-app }.
presensi-jangan-curang-remove-h2 = Klik tombol { presensi-app-remove-app } di samping aplikasi lokasi palsu.
presensi-jangan-curang-remove-ok = Aplikasi lokasi palsu sudah dihapus. Jangan pernah memasangnya lagi.
presensi-jangan-curang-remove-location = Itu mematikan Lokasi. Tanpa lokasi, presensi juga ditolak. Tidak apa-apa. Klik saklar Lokasi sekali lagi sampai menyala, lalu hapus aplikasi lokasi palsu.
presensi-jangan-curang-remove-other = Pengaturan itu tidak perlu diubah. Bila tadi berubah, klik sekali lagi. Lalu cari Aplikasi terpasang dan hapus aplikasi lokasi palsu.
presensi-jangan-curang-checkin = Klik { presensi-app-back } untuk kembali ke aplikasi presensi. Lalu lakukan Presensi Masuk sampai selesai.
presensi-jangan-curang-checkin-h1 = Klik { presensi-app-back } di kanan atas HP untuk kembali ke aplikasi presensi.
presensi-jangan-curang-checkin-h2 = Klik { presensi-app-check-in }, lalu { presensi-app-map-next }, { presensi-app-take-photo }, dan { presensi-app-send-attendance }.
presensi-jangan-curang-checkin-ok = Presensi Masuk tercatat dengan jujur, dari lokasi yang sebenarnya.
presensi-jangan-curang-checkin-still = Aplikasi lokasi palsu masih terpasang. Tidak apa-apa. Buka Pengaturan HP dan klik { presensi-app-remove-app } di samping aplikasi itu.
presensi-jangan-curang-checkin-location = Lokasi HP mati. Tidak apa-apa. Buka Pengaturan HP, nyalakan Lokasi, lalu coba lagi.
presensi-jangan-curang-q-titip = Rekan menulis: "Saya masih di jalan, tolong presensikan saya. Ini NIP dan kata sandi saya." Apa yang Bapak/Ibu lakukan?
presensi-jangan-curang-q-titip-a = Membantu, karena kasihan
presensi-jangan-curang-q-titip-a-fb = Belum tepat. Melakukan presensi untuk orang lain adalah pelanggaran disiplin, untuk Bapak/Ibu dan untuk rekan itu.
presensi-jangan-curang-q-titip-b = Menolak dengan sopan, dan menyarankan dia presensi sendiri saat tiba
presensi-jangan-curang-q-titip-b-fb = Betul. Terlambat sedikit hanya dipotong sedikit. Memalsukan presensi adalah pelanggaran disiplin.
presensi-jangan-curang-q-titip-c = Membantu sekali ini saja
presensi-jangan-curang-q-titip-c-fb = Belum tepat. Sekali pun tetap pelanggaran. Banyak aplikasi mencatat HP yang dipakai dan mencocokkan wajah.
presensi-jangan-curang-q-gps = Ada yang menawarkan aplikasi supaya bisa presensi dari rumah tanpa ketahuan. Bagaimana?
presensi-jangan-curang-q-gps-a = Dicoba saja, toh tidak ketahuan
presensi-jangan-curang-q-gps-a-fb = Belum tepat. Aplikasi presensi bisa mendeteksi lokasi palsu. Memakainya adalah pelanggaran disiplin menurut PP 94 Tahun 2021.
presensi-jangan-curang-q-gps-b = Ditolak. Presensi hanya dari lokasi yang sebenarnya
presensi-jangan-curang-q-gps-b-fb = Betul. Bila memang bertugas di luar, ajukan Dinas Luar. Bila ditetapkan WFH, pilih { presensi-app-kind-wfh }.

## Uji Kemampuan
presensi-uji-kemampuan-title = Uji Kemampuan: Presensi online
presensi-uji-kemampuan-summary = Satu hari kerja: Presensi Masuk, Dinas Luar, dan Presensi Pulang. Tanpa petunjuk.
presensi-uji-kemampuan-intro = Ini Uji Kemampuan modul Presensi online. Tidak ada petunjuk, tetapi Bapak/Ibu boleh mencoba berkali-kali.
    Hari Senin, 16 Juni 2025, pukul 07.11. Jam kerja mulai 07.30 dan selesai 16.00. Bapak/Ibu baru memarkir motor di depan minimarket.
    Tugas hari ini:
    1. Lakukan Presensi Masuk, tepat waktu, dari dalam radius kantor.
    2. Lusa, Rabu 18 Juni 2025, Bapak/Ibu ditugaskan mengikuti bimtek SIASN di kantor BKPSDM Kabupaten Sukamaju. Ajukan Dinas Luar dengan surat tugas yang ada di folder { disk-folder-dokumen }.
    3. Periksa sampai pengajuan itu Diterima.
    4. Sore hari, lakukan Presensi Pulang.
    Kerjakan dengan tenang. Semua langkahnya sudah pernah Bapak/Ibu latih.
presensi-uji-kemampuan-clock = Lakukan Presensi Masuk.
presensi-uji-kemampuan-clock-ok = Bagus. "{ presensi-app-setting-auto-time }" sudah menyala.
presensi-uji-kemampuan-location-off = Lokasi HP sekarang mati. Tanpa lokasi, presensi ditolak. Nyalakan lagi Lokasi di Pengaturan HP.
presensi-uji-kemampuan-clock-again = Jam HP masih belum otomatis. Buka Pengaturan HP dan nyalakan "{ presensi-app-setting-auto-time }".
presensi-uji-kemampuan-checkin = Lanjutkan Presensi Masuk sampai ke kamera.
presensi-uji-kemampuan-checkin-ok = Presensi Masuk tercatat, tepat waktu, di dalam radius.
presensi-uji-kemampuan-outside = Aplikasi menolak karena jaraknya. Coba lagi, Bapak/Ibu.
presensi-uji-kemampuan-pulang = Itu Presensi Pulang. Pagi ini yang dibutuhkan Presensi Masuk.
presensi-uji-kemampuan-request = Sekarang ajukan Dinas Luar untuk Rabu, 18 Juni 2025 (18-06-2025), dengan surat tugas dari folder { disk-folder-dokumen }.
presensi-uji-kemampuan-request-ok = Pengajuan Dinas Luar terkirim dengan surat tugas PDF.
presensi-uji-kemampuan-kind = Itu jenis pengajuan yang lain. Bimtek dengan surat tugas sehari penuh diajukan sebagai Dinas Luar.
presensi-uji-kemampuan-too-big = File itu lebih dari 300 KB. Lihat ukuran di samping nama file, dan pilih surat tugas yang lebih kecil.
presensi-uji-kemampuan-format = File itu tidak bisa dilampirkan. Pilih surat tugas berbentuk PDF.
presensi-uji-kemampuan-no-attachment = Dinas Luar wajib dilampiri surat tugas. Lampirkan dulu, lalu kirim lagi.
presensi-uji-kemampuan-not-pdf = Dinas Luar wajib dilampiri surat tugas berbentuk PDF, bukan foto. Ganti lampirannya.
presensi-uji-kemampuan-dates = Tanggalnya belum benar. Tanggal mulai dan selesai: 18-06-2025.
presensi-uji-kemampuan-sent-other = Pengajuan terkirim, tetapi belum Dinas Luar dengan surat tugas PDF. Buat pengajuan baru.
presensi-uji-kemampuan-status = Periksa apakah pengajuan Dinas Luar sudah Diterima.
presensi-uji-kemampuan-status-ok = Diterima. Pekerjaan pagi selesai.
presensi-uji-kemampuan-q-titip = Atasan sendiri meminta NIP dan kata sandi presensi Bapak/Ibu "supaya mudah diatur". Apa jawaban Bapak/Ibu?
presensi-uji-kemampuan-q-titip-a = Menolak dengan sopan: kata sandi milik pribadi dan tidak boleh diberikan
presensi-uji-kemampuan-q-titip-a-fb = Betul. Siapa pun yang meminta, kata sandi tetap milik pribadi.
presensi-uji-kemampuan-q-titip-b = Memberikan, karena yang meminta atasan
presensi-uji-kemampuan-q-titip-b-fb = Belum tepat. Kata sandi milik pribadi, siapa pun yang meminta. Admin bisa membantu tanpa kata sandi Bapak/Ibu.
presensi-uji-kemampuan-map-ok = Bapak/Ibu sudah di dalam radius kantor.
presensi-uji-kemampuan-face = Ambil swafoto sampai wajah Bapak/Ibu dikenali.
presensi-uji-kemampuan-face-ok = Wajah dikenali.
presensi-uji-kemampuan-face-not-that = Itu belum mengatasi masalahnya. Lihat lagi pesan di kamera, lalu coba yang lain.
presensi-uji-kemampuan-face-admin = Wajah Bapak/Ibu sudah terdaftar, jadi admin belum perlu dihubungi. Klik { lesson-restart-step }, lalu lihat lagi pesan di kamera.
presensi-uji-kemampuan-send = Kirim Presensi Masuk.
presensi-uji-kemampuan-pulang-do = Sekarang sudah sore. Klik { presensi-app-wait-evening } di samping HP. Lalu lakukan Presensi Pulang.
presensi-uji-kemampuan-pulang-ok = Presensi Pulang tercatat, tepat waktu. Hari kerja lengkap. Tinggal satu pertanyaan.
presensi-uji-kemampuan-pulang-early = Presensi Pulang tercatat sebelum jam pulang, jadi terhitung pulang lebih awal. Klik { lesson-restart-step }, lalu tunggu sampai sore dulu.
presensi-presensi-masuk-allow-ok = Peta tampil. Lingkaran adalah radius kantor. Titik biru adalah Bapak/Ibu, 40 meter dari kantor.
presensi-presensi-masuk-map = Titik biru Bapak/Ibu ada di dalam lingkaran. Klik { presensi-app-map-next } di bawah peta.
presensi-presensi-masuk-map-h1 = Tombol { presensi-app-map-next } ada di bawah peta.
presensi-presensi-masuk-map-h2 = Klik tombol { presensi-app-map-next }.
presensi-izin-sakit-cuti-izin-kind = Izin itu bisa diajukan ulang dengan alasan yang lengkap. Klik { presensi-app-back } ke daftar, klik { presensi-app-new-request }, lalu pilih { presensi-app-kind-izin }.
presensi-izin-sakit-cuti-izin-kind-h1 = Tombol { presensi-app-new-request } ada di bawah daftar { presensi-app-requests }.
presensi-izin-sakit-cuti-izin-kind-h2 = Sesudah { presensi-app-new-request } diklik, pilih { presensi-app-kind-izin }.
presensi-izin-sakit-cuti-izin-kind-ok = Formulir Izin terbuka. Izin tidak perlu lampiran, tetapi alasannya wajib.
presensi-izin-sakit-cuti-izin-kind-other = Itu jenis yang lain. Tidak apa-apa. Klik { presensi-app-back }, lalu pilih { presensi-app-kind-izin }.
presensi-izin-sakit-cuti-izin-send = Isi kotak { presensi-app-request-from } dengan 23-05-2025. Di kotak { presensi-app-request-reason }, tulis alasan yang lengkap, misalnya: Mengantar ibu berobat ke RSUD Sukamaju. Lalu klik { presensi-app-send-request }.
presensi-izin-sakit-cuti-izin-send-h1 = Ketik tanggalnya dengan urutan tanggal-bulan-tahun. Kotak { presensi-app-request-to } boleh kosong untuk satu hari.
presensi-izin-sakit-cuti-izin-send-h2 = Alasan yang lengkap menyebut apa keperluannya dan di mana. Lalu klik { presensi-app-send-request }.
presensi-izin-sakit-cuti-izin-send-ok = Izin terkirim lagi, kali ini dengan alasan yang jelas. Statusnya Dikirim.
presensi-izin-sakit-cuti-cuti-kind = Satu lagi: Bapak/Ibu akan cuti tahunan hari Senin, 23 Juni 2025. Surat izin cutinya sudah disetujui atasan. Klik { presensi-app-new-request }, lalu pilih { presensi-app-kind-cuti }.
presensi-izin-sakit-cuti-cuti-kind-h1 = Bila daftar { presensi-app-requests } belum tampak, klik { presensi-app-back } dulu. Tombol { presensi-app-new-request } ada di bawah daftar.
presensi-izin-sakit-cuti-cuti-kind-h2 = Sesudah { presensi-app-new-request } diklik, pilih { presensi-app-kind-cuti }.
presensi-izin-sakit-cuti-cuti-kind-ok = Formulir Cuti terbuka. Di aplikasi ini Cuti hanya dicatat. Permohonan cutinya tetap lewat surat atau aplikasi cuti instansi.
presensi-izin-sakit-cuti-cuti-kind-other = Itu jenis yang lain. Tidak apa-apa. Klik { presensi-app-back }, lalu pilih { presensi-app-kind-cuti }.
presensi-izin-sakit-cuti-cuti-send = Isi kotak { presensi-app-request-from } dengan 23-06-2025. Di kotak { presensi-app-request-reason }, tulis: Cuti tahunan. Lalu klik { presensi-app-send-request }.
presensi-izin-sakit-cuti-cuti-send-h1 = Ketik tanggalnya dengan urutan tanggal-bulan-tahun: 23-06-2025.
presensi-izin-sakit-cuti-cuti-send-h2 = Sesudah tanggal dan alasan terisi, klik { presensi-app-send-request } paling bawah di formulir.
presensi-izin-sakit-cuti-cuti-send-ok = Cuti tercatat. Hari itu tidak dihitung tidak masuk.
presensi-izin-sakit-cuti-no-reason = Kotak { presensi-app-request-reason } masih kosong. Tulis alasannya, lalu klik { presensi-app-send-request } lagi.
presensi-izin-sakit-cuti-bad-dates = Tanggalnya belum benar. Isi kotak { presensi-app-request-from } seperti contoh di langkah ini, lalu klik { presensi-app-send-request } lagi.
presensi-izin-sakit-cuti-draft-again = Tersimpan sebagai Draf, belum sampai ke atasan. Tidak apa-apa. Klik barisnya di daftar { presensi-app-requests }, lalu klik { presensi-app-send-request }.
