# Modul 4: Kinerja — masuk MyASN dengan kode dari aplikasi autentikator, lalu mengisi
# Progres Harian di e-Kinerja. Latihan di laptop dan ponsel pura-pura. NIP, kata sandi,
# kode dan nama file ditulis apa adanya (sama di semua bahasa). Tampilan dan aturan asli
# berbeda menurut versi dan instansi: pelajaran selalu mengingatkan untuk mengikuti panduan
# instansi sendiri.

kinerja-module-title = Kinerja: MyASN dan e-Kinerja
kinerja-module-summary = Masuk MyASN dengan kode 6 angka dari ponsel, lalu mengisi Progres Harian di e-Kinerja setiap hari kerja.

## Isi SKP yang dipakai di semua pelajaran modul ini
kinerja-data-rhk1 = Tersusunnya administrasi persuratan kecamatan yang tertib
kinerja-data-ra1 = Mencatat surat masuk dan surat keluar di buku agenda
kinerja-data-ra2 = Mengarsipkan surat yang sudah selesai
kinerja-data-rhk2 = Terlaksananya dukungan rapat di kecamatan
kinerja-data-ra3 = Menyiapkan daftar hadir dan notulen rapat
kinerja-data-unit-surat = surat
kinerja-data-unit-berkas = berkas
kinerja-data-unit-rapat = rapat

## Pelajaran 1: Mengapa setiap hari
kinerja-mengapa-title = Mengapa Progres Harian diisi setiap hari
kinerja-mengapa-summary = Apa itu e-Kinerja, dan mengapa setiap hari kerja perlu progres yang dikirim.
kinerja-mengapa-e1 = Mencatat 14 surat masuk di buku agenda
kinerja-mengapa-intro = Selamat datang di modul Kinerja, Bapak/Ibu.
    Kini setiap PNS dan PPPK melaporkan pekerjaannya di e-Kinerja milik BKN. Laporan itu disebut Progres Harian.
    Progres Harian diisi setiap hari kerja. Alasannya: atasan menilai kinerja dari laporan itu, dan di banyak daerah laporan itu ikut menentukan TPP.
    Untuk masuk, Bapak/Ibu memakai akun MyASN dan kode 6 angka dari ponsel. Kita latih semuanya, satu langkah demi satu langkah.
    Ini latihan tiruan. Layar aslinya bisa sedikit berbeda. Ikuti juga panduan instansi Bapak/Ibu.
kinerja-mengapa-open = Bapak/Ibu sudah masuk ke MyASN. Klik { kinerja-app-open-ekinerja }.
kinerja-mengapa-open-h1 = Tombol biru { kinerja-app-open-ekinerja } ada di tengah halaman laptop.
kinerja-mengapa-open-ok = Bagus. Ini halaman Progres Harian untuk hari ini.
kinerja-mengapa-calendar = Sekarang lihat kalender bulan ini. Klik { kinerja-app-menu-calendar } di menu atas.
kinerja-mengapa-calendar-h1 = Menu ada di bawah nama Bapak/Ibu. Cari tombol { kinerja-app-menu-calendar }.
kinerja-mengapa-day = Setiap hari kerja punya status. Klik hari Selasa, 10 Juni 2025.
kinerja-mengapa-day-h1 = Gulir daftar hari ke bawah sampai 10-06-2025, lalu klik baris itu.
kinerja-mengapa-day-ok = Hari itu { kinerja-app-day-disetujui }: progresnya sudah dikirim dan atasan setuju. Begitulah hari kerja yang lengkap.
kinerja-mengapa-day-other = Itu hari lain. Kembali ke { kinerja-app-menu-calendar }, lalu klik 10-06-2025.
kinerja-mengapa-q1 = Kapan Progres Harian diisi?
kinerja-mengapa-q1-a = Sekali sebulan, di akhir bulan
kinerja-mengapa-q1-a-fb = Belum tepat. Kalau ditunda sebulan, banyak kegiatan terlupa dan hari-harinya tercatat kosong.
kinerja-mengapa-q1-b = Setiap hari kerja, sebelum pulang
kinerja-mengapa-q1-b-fb = Betul. Ditulis hari itu juga, saat Bapak/Ibu masih ingat apa yang dikerjakan.
kinerja-mengapa-q1-c = Hanya kalau atasan meminta
kinerja-mengapa-q1-c-fb = Belum tepat. Progres Harian adalah kewajiban setiap hari kerja, tanpa menunggu diminta.
kinerja-mengapa-q2 = Progres Harian dipakai untuk apa?
kinerja-mengapa-q2-a = Dasar penilaian kinerja oleh atasan, dan di banyak daerah untuk TPP
kinerja-mengapa-q2-a-fb = Betul. Karena itu laporan harian yang jujur dan lengkap melindungi hak Bapak/Ibu sendiri.
kinerja-mengapa-q2-b = Hanya catatan pribadi yang tidak dibaca siapa pun
kinerja-mengapa-q2-b-fb = Belum tepat. Atasan membaca dan menyetujui setiap progres.

## Pelajaran 2: Aplikasi autentikator
kinerja-autentikator-title = Memasang aplikasi autentikator
kinerja-autentikator-summary = Menambahkan akun MyASN ke ponsel dengan memindai kode QR, lalu menyimpan kode pemulihan.
kinerja-autentikator-intro = MyASN meminta dua hal saat masuk: kata sandi, dan kode 6 angka dari aplikasi autentikator di ponsel.
    Kode itu berganti setiap 30 detik. Jadi orang yang mencuri kata sandi tetap tidak bisa masuk tanpa ponsel Bapak/Ibu.
    Hari ini Bapak/Ibu masuk untuk pertama kali. MyASN akan menampilkan kode QR di laptop untuk dipindai dengan ponsel.
    Di ponsel sungguhan, aplikasinya misalnya Google Authenticator. Di sini, namanya { kinerja-app-auth-name }.
kinerja-autentikator-password = Masuk ke MyASN.
    1. Kotak { kinerja-app-nip }: ketik 197608172005011007
    2. Kotak { kinerja-app-password }: ketik Kinerja#2025
    3. Klik tombol { kinerja-app-sign-in }.
kinerja-autentikator-password-h1 = Klik di kotak paling atas di laptop, lalu ketik 18 angka NIP tanpa spasi.
kinerja-autentikator-password-h2 = Kata sandinya: K besar, lalu "inerja", lalu tanda pagar #, lalu 2025.
kinerja-autentikator-password-ok = Kata sandi diterima. Sekarang MyASN menampilkan kode QR.
kinerja-autentikator-password-wrong = Kata sandinya belum tepat. Perhatikan K besar dan tanda pagar: Kinerja#2025.
kinerja-autentikator-password-nip = NIP-nya belum tepat. Ketik lagi: 197608172005011007.
kinerja-autentikator-scan = Di ponsel, klik { kinerja-app-phone-add }, lalu klik { kinerja-app-phone-scan }. Kamera ponsel membaca kode QR di laptop.
kinerja-autentikator-scan-h1 = Tombol { kinerja-app-phone-add } ada di layar ponsel, di sebelah kanan.
kinerja-autentikator-scan-h2 = Sesudah kamera terbuka, klik { kinerja-app-phone-scan }. Kode QR harus tetap tampil di laptop.
kinerja-autentikator-scan-ok = Akun MyASN sudah ada di ponsel, lengkap dengan kode 6 angka.
kinerja-autentikator-scan-noqr = Kamera tidak melihat kode QR. Pastikan tab { kinerja-app-tab-myasn } terbuka di laptop, lalu coba lagi.
kinerja-autentikator-code = Lihat kode 6 angka di ponsel. Ketik kode itu di kotak { kinerja-app-code } di laptop, lalu klik { kinerja-app-verify }.
kinerja-autentikator-code-h1 = Spasi di tengah kode boleh diketik atau tidak. Ketik sebelum hitungan mundurnya habis.
kinerja-autentikator-code-h2 = Kalau waktunya tinggal sedikit, tunggu kode baru, lalu ketik kode yang baru.
kinerja-autentikator-code-ok = Verifikasi dua langkah sudah aktif.
kinerja-autentikator-code-expired = Kodenya sudah berganti. Lihat kode yang baru di ponsel, lalu ketik lagi.
kinerja-autentikator-code-wrong = Kodenya belum cocok. Salin lagi angka yang tampil di ponsel saat ini.
kinerja-autentikator-backup = MyASN memberi 8 kode pemulihan. Kode ini dipakai kalau ponsel hilang. Catat di kertas, lalu klik { kinerja-app-backup-kept }.
kinerja-autentikator-backup-h1 = Tombol { kinerja-app-backup-kept } ada di bawah daftar kode.
kinerja-autentikator-backup-ok = Bagus. Simpan kertas itu di tempat aman, misalnya di dompet atau lemari di rumah.
kinerja-autentikator-backup-shared = Jangan dikirim ke grup. Kode pemulihan sama dengan kunci akun Bapak/Ibu. Klik { kinerja-app-backup-kept }.
kinerja-autentikator-q1 = Rekan kerja meminta foto kode pemulihan Bapak/Ibu "untuk berjaga-jaga". Apa yang Bapak/Ibu lakukan?
kinerja-autentikator-q1-a = Mengirim fotonya, karena rekan itu bisa dipercaya
kinerja-autentikator-q1-a-fb = Belum tepat. Siapa pun yang memegang kode itu bisa masuk sebagai Bapak/Ibu.
kinerja-autentikator-q1-b = Menolak dengan sopan, dan tetap menyimpannya sendiri
kinerja-autentikator-q1-b-fb = Betul. Kode pemulihan hanya untuk Bapak/Ibu sendiri.
kinerja-autentikator-q1-c = Menempelkannya di layar laptop kantor
kinerja-autentikator-q1-c-fb = Belum tepat. Laptop kantor dipakai banyak orang. Simpan di tempat yang hanya Bapak/Ibu tahu.

## Pelajaran 3: Masuk dengan kode
kinerja-kode-title = Masuk dengan kode 6 angka
kinerja-kode-summary = NIP, kata sandi, lalu kode dari ponsel sebelum 30 detiknya habis.
kinerja-kode-intro = Setiap kali masuk MyASN, Bapak/Ibu perlu NIP, kata sandi, dan kode 6 angka dari ponsel.
    Kode itu hanya berlaku 30 detik. Sesudah itu kode berganti, dan kode lama ditolak.
    Di bawah kode ada hitungan mundur. Kalau waktunya tinggal sedikit, lebih baik tunggu kode berikutnya.
kinerja-kode-password = Masuk dengan NIP 197608172005011007 dan kata sandi Kinerja#2025, lalu klik { kinerja-app-sign-in }.
kinerja-kode-password-h1 = Kotak { kinerja-app-nip } paling atas. Kotak { kinerja-app-password } di bawahnya.
kinerja-kode-password-wrong = Kata sandinya belum tepat. Ketik lagi dengan teliti: Kinerja#2025.
kinerja-kode-password-nip = NIP-nya belum tepat. Ketik 18 angka ini: 197608172005011007.
kinerja-kode-wait = Lihat ponsel: ada kode dan hitungan mundur. Klik { kinerja-app-wait-code } di bawah ponsel, lalu lihat kodenya berganti.
kinerja-kode-wait-h1 = Tombol { kinerja-app-wait-code } ada di bawah ponsel, di sebelah kanan layar.
kinerja-kode-wait-ok = Kodenya berganti. Kode yang lama kini tidak berlaku lagi.
kinerja-kode-type = Ketik kode yang tampil sekarang di kotak { kinerja-app-code }, lalu klik { kinerja-app-verify }.
kinerja-kode-type-h1 = Ketik 6 angka dari ponsel. Spasi di tengah boleh ikut diketik.
kinerja-kode-type-h2 = Kalau kode berganti saat mengetik, hapus isi kotak dan ketik kode yang baru.
kinerja-kode-type-ok = Bapak/Ibu sudah masuk ke MyASN.
kinerja-kode-type-expired = Kode itu sudah kedaluwarsa. Tidak apa-apa. Ketik kode baru dari ponsel.
kinerja-kode-type-wrong = Kodenya belum cocok. Salin lagi 6 angka yang tampil di ponsel sekarang.
kinerja-kode-q1 = Kode di ponsel tinggal 3 detik lagi. Apa yang sebaiknya Bapak/Ibu lakukan?
kinerja-kode-q1-a = Mengetik secepat mungkin
kinerja-kode-q1-a-fb = Bisa saja, tetapi sering terlambat dan ditolak. Lebih tenang menunggu kode berikutnya.
kinerja-kode-q1-b = Menunggu kode berikutnya, lalu mengetiknya dengan tenang
kinerja-kode-q1-b-fb = Betul. Kode baru memberi waktu 30 detik penuh.
kinerja-kode-signout = Di komputer bersama, selalu keluar sesudah selesai. Klik { kinerja-app-sign-out }.
kinerja-kode-signout-h1 = Tombol { kinerja-app-sign-out } ada di kanan atas halaman, di samping nama Bapak/Ibu.
kinerja-kode-signout-ok = Bagus. Orang berikutnya tidak bisa memakai akun Bapak/Ibu.

## Pelajaran 4: Jam ponsel
kinerja-jam-ponsel-title = Kode selalu ditolak: periksa jam ponsel
kinerja-jam-ponsel-summary = Kode bergantung pada jam ponsel. Jam yang diatur sendiri membuat kode salah.
kinerja-jam-ponsel-intro = Kode 6 angka dihitung dari jam ponsel. Server MyASN menghitung dari jam yang tepat.
    Kalau jam ponsel maju atau mundur beberapa menit, kodenya tidak akan pernah cocok.
    Bapak/Ibu mungkin ingat pelajaran presensi: jalan keluarnya sama, yaitu waktu otomatis.
kinerja-jam-ponsel-password = Masuk dengan NIP 197608172005011007 dan kata sandi Kinerja#2025.
kinerja-jam-ponsel-password-h1 = Isi kedua kotak di laptop, lalu klik { kinerja-app-sign-in }.
kinerja-jam-ponsel-password-wrong = Belum tepat. Ketik lagi NIP dan kata sandinya dengan teliti.
kinerja-jam-ponsel-try = Ketik kode dari ponsel, lalu klik { kinerja-app-verify }. Perhatikan apa yang terjadi.
kinerja-jam-ponsel-try-h1 = Salin 6 angka dari ponsel ke kotak { kinerja-app-code }.
kinerja-jam-ponsel-try-ok = Kode ditolak, padahal disalin dengan benar. Lihat jam di ponsel: berbeda dengan jam sebenarnya.
kinerja-jam-ponsel-settings = Buka pengaturan waktu ponsel. Klik { kinerja-app-phone-settings }.
kinerja-jam-ponsel-settings-h1 = Tombol { kinerja-app-phone-settings } ada di layar ponsel, di bawah kode.
kinerja-jam-ponsel-auto = Nyalakan waktu otomatis. Klik { kinerja-app-auto-time }.
kinerja-jam-ponsel-auto-h1 = Sekarang tertulis waktu otomatis mati. Klik tombol { kinerja-app-auto-time } sekali.
kinerja-jam-ponsel-auto-ok = Jam ponsel kini sama dengan jam sebenarnya.
kinerja-jam-ponsel-again = Klik { kinerja-app-phone-back }, lalu ketik kode yang baru di laptop dan klik { kinerja-app-verify }.
kinerja-jam-ponsel-again-h1 = Kode di ponsel sekarang berbeda dari tadi. Kode inilah yang benar.
kinerja-jam-ponsel-again-h2 = Hapus isi kotak { kinerja-app-code } dulu, lalu ketik kode yang baru.
kinerja-jam-ponsel-again-ok = Berhasil. Jam yang tepat membuat kode cocok.
kinerja-jam-ponsel-again-still = Jam ponsel masih salah. Buka { kinerja-app-phone-settings } dan nyalakan { kinerja-app-auto-time }.
kinerja-jam-ponsel-again-wrong = Kodenya belum cocok. Ketik kode yang tampil di ponsel sekarang.
kinerja-jam-ponsel-again-off = Waktu otomatis jadi mati lagi. Klik { kinerja-app-auto-time } sekali lagi.
kinerja-jam-ponsel-q1 = Kode dari ponsel selalu ditolak, padahal sudah disalin dengan benar. Apa yang pertama diperiksa?
kinerja-jam-ponsel-q1-a = Jam ponsel: apakah waktu otomatis menyala
kinerja-jam-ponsel-q1-a-fb = Betul. Jam yang tidak tepat adalah penyebab yang paling sering.
kinerja-jam-ponsel-q1-b = Meminta kata sandi baru ke admin
kinerja-jam-ponsel-q1-b-fb = Belum tepat. Kata sandinya sudah diterima. Masalahnya ada pada kode, yang bergantung pada jam ponsel.

## Pelajaran 5: Lupa kata sandi dan ponsel hilang
kinerja-lupa-sandi-title = Lupa kata sandi dan ponsel hilang
kinerja-lupa-sandi-summary = Membuat kata sandi baru lewat email dinas, lalu masuk dengan kode pemulihan saat ponsel hilang.
kinerja-lupa-sandi-intro = Pagi ini dua hal terjadi sekaligus: Bapak/Ibu lupa kata sandi MyASN, dan ponsel tertinggal di angkot.
    Tidak perlu panik. Kata sandi bisa dibuat baru lewat email dinas. Tanpa ponsel, ada kode pemulihan di kertas yang Bapak/Ibu simpan.
kinerja-lupa-sandi-forgot = Klik { kinerja-app-forgot }, ketik NIP 197608172005011007, lalu klik { kinerja-app-reset-send }.
kinerja-lupa-sandi-forgot-h1 = Tombol { kinerja-app-forgot } ada di bawah tombol { kinerja-app-sign-in }.
kinerja-lupa-sandi-forgot-h2 = Ketik NIP di kotak { kinerja-app-nip }, lalu klik { kinerja-app-reset-send }.
kinerja-lupa-sandi-forgot-ok = Tautan dikirim ke email dinas Bapak/Ibu.
kinerja-lupa-sandi-forgot-nip = NIP-nya belum tepat. Ketik lagi: 197608172005011007.
kinerja-lupa-sandi-mail = Buka tab { kinerja-app-tab-email } di atas, lalu klik email dari MyASN.
kinerja-lupa-sandi-mail-h1 = Tab { kinerja-app-tab-email } ada di bagian atas laptop, di samping { kinerja-app-tab-myasn }.
kinerja-lupa-sandi-new = Klik { kinerja-app-reset-link }. Buat kata sandi baru, misalnya Sukamaju#Juni25, ketik dua kali, lalu klik { kinerja-app-save-password }.
kinerja-lupa-sandi-new-h1 = Kata sandi baru perlu paling sedikit 8 huruf dan angka, dan tidak sama dengan yang lama.
kinerja-lupa-sandi-new-h2 = Ketik kata sandi yang sama persis di kotak kedua.
kinerja-lupa-sandi-new-ok = Kata sandi baru tersimpan. Catat di tempat aman, jangan di ponsel yang hilang.
kinerja-lupa-sandi-new-rejected = Kata sandi itu belum diterima. Baca pesan merahnya, lalu ketik lagi di kedua kotak.
kinerja-lupa-sandi-signin = Masuk dengan NIP dan kata sandi yang baru.
kinerja-lupa-sandi-signin-h1 = Kotak { kinerja-app-nip } paling atas. Lalu kata sandi baru, lalu klik { kinerja-app-sign-in }.
kinerja-lupa-sandi-signin-old = Itu kata sandi lama. Sekarang yang berlaku adalah kata sandi baru.
kinerja-lupa-sandi-lost = Sekarang MyASN meminta kode 6 angka, padahal ponselnya hilang.
    Ada dua hal yang perlu dilakukan. Pertama, laporkan ke admin kepegawaian, agar autentikator di ponsel yang hilang dimatikan dan dipasang lagi di ponsel baru.
    Kedua, untuk masuk hari ini, pakai salah satu kode pemulihan dari kertas.
kinerja-lupa-sandi-admin = Klik { kinerja-app-lost-phone }, lalu klik { kinerja-app-request-admin-reset }.
kinerja-lupa-sandi-admin-h1 = Tombol { kinerja-app-lost-phone } ada di bawah tombol { kinerja-app-verify }.
kinerja-lupa-sandi-admin-ok = Permintaan terkirim. Admin akan membantu memasang autentikator di ponsel baru.
kinerja-lupa-sandi-backup = Klik { kinerja-app-use-backup }. Ketik kode pertama dari kertas di bawah ponsel, lalu klik { kinerja-app-verify }.
kinerja-lupa-sandi-backup-h1 = Kertas kode pemulihan ada di bawah gambar ponsel. Kode pertamanya 4817-2290.
kinerja-lupa-sandi-backup-h2 = Tanda hubung boleh diketik atau tidak.
kinerja-lupa-sandi-backup-ok = Berhasil masuk. Coret kode itu di kertas: setiap kode hanya bisa dipakai sekali.
kinerja-lupa-sandi-backup-wrong = Kode itu belum diterima. Pastikan { kinerja-app-backup-code } yang diminta, lalu ketik 4817-2290.
kinerja-lupa-sandi-q1 = Ponsel hilang dan kertas kode pemulihan juga tidak ada. Apa yang Bapak/Ibu lakukan?
kinerja-lupa-sandi-q1-a = Meminjam ponsel rekan dan memasang akun di sana
kinerja-lupa-sandi-q1-a-fb = Belum tepat. Tanpa kode, akun tidak bisa dipasang di ponsel lain. Dan akun tidak boleh ada di ponsel orang lain.
kinerja-lupa-sandi-q1-b = Menghubungi admin kepegawaian untuk mengatur ulang autentikator
kinerja-lupa-sandi-q1-b-fb = Betul. Admin memeriksa identitas Bapak/Ibu, lalu membantu memasang ulang di ponsel baru.

## Pelajaran 6: SKP, Realisasi dan Penilaian
kinerja-skp-title = Membaca SKP, mengirim Realisasi
kinerja-skp-summary = Rencana Hasil Kerja dan Rencana Aksi dalam SKP, lalu Realisasi dan penilaian atasan di akhir periode.
kinerja-skp-e1 = Mencatat 22 surat masuk di buku agenda
kinerja-skp-e2 = Menyiapkan daftar hadir dan notulen dua rapat
kinerja-skp-rating-note = Terima kasih. Agenda surat selalu rapi dan rapat terlayani dengan baik. Pertahankan.
kinerja-skp-intro = SKP (Sasaran Kinerja Pegawai) adalah rencana kerja Bapak/Ibu untuk satu periode, disepakati dengan atasan.
    SKP berisi beberapa Rencana Hasil Kerja (RHK): hasil yang ingin dicapai. Setiap RHK punya Rencana Aksi: langkah kerja untuk mencapainya.
    Progres Harian selalu dikaitkan dengan satu Rencana Aksi. Jadi SKP adalah peta, dan Progres Harian adalah langkah sehari-hari.
    Hari ini akhir periode. Kita baca SKP, lalu kirim Realisasi.
kinerja-skp-ekinerja = Klik { kinerja-app-open-ekinerja }.
kinerja-skp-ekinerja-h1 = Tombol biru { kinerja-app-open-ekinerja } ada di tengah halaman laptop.
kinerja-skp-open = Klik { kinerja-app-menu-skp } di menu atas.
kinerja-skp-open-h1 = Menu ada di bawah nama Bapak/Ibu. { kinerja-app-menu-skp } adalah tombol pertama.
kinerja-skp-buka-rhk1 = Klik RHK yang pertama untuk melihat Rencana Aksinya.
kinerja-skp-buka-rhk1-h1 = RHK pertama berbunyi: Tersusunnya administrasi persuratan kecamatan yang tertib.
kinerja-skp-buka-rhk1-ok = RHK ini punya dua Rencana Aksi. Di bawahnya tertulis berapa yang sudah dikerjakan dari targetnya.
kinerja-skp-buka-rhk2 = Klik RHK yang kedua.
kinerja-skp-buka-rhk2-h1 = RHK kedua tentang dukungan rapat di kecamatan.
kinerja-skp-buka-rhk2-ok = Angka di bawah Rencana Aksi dihitung dari Progres Harian yang terkirim.
kinerja-skp-q1 = Bapak/Ibu hari ini menyiapkan daftar hadir rapat. Progres itu dikaitkan ke mana?
kinerja-skp-q1-a = Ke RHK tentang persuratan
kinerja-skp-q1-a-fb = Belum tepat. Daftar hadir rapat termasuk dukungan rapat.
kinerja-skp-q1-b = Ke Rencana Aksi "Menyiapkan daftar hadir dan notulen rapat"
kinerja-skp-q1-b-fb = Betul. Pilih Rencana Aksi yang paling sesuai dengan pekerjaan hari itu.
kinerja-skp-akhir = Di akhir periode, Bapak/Ibu menulis Realisasi: apa yang sudah tercapai untuk setiap RHK.
    Sesudah itu atasan memberi penilaian. Predikatnya misalnya Sangat Baik, Baik, atau Butuh Perbaikan.
kinerja-skp-realisasi-open = Klik { kinerja-app-menu-realisasi } di menu atas.
kinerja-skp-realisasi-open-h1 = Tombol { kinerja-app-menu-realisasi } ada di menu, sesudah { kinerja-app-menu-summary }.
kinerja-skp-realisasi = Untuk setiap RHK, tulis satu kalimat singkat tentang hasilnya. Lalu klik { kinerja-app-send-realisasi }.
kinerja-skp-realisasi-h1 = Contoh untuk RHK pertama: Semua surat bulan Juni tercatat di agenda.
kinerja-skp-realisasi-h2 = Contoh untuk RHK kedua: Dua rapat didukung dengan daftar hadir dan notulen.
kinerja-skp-realisasi-ok = Realisasi terkirim ke atasan.
kinerja-skp-realisasi-empty = Masih ada RHK yang kosong. Isi kotak { kinerja-app-realisasi-text } di setiap RHK.
kinerja-skp-nilai = Lihat penilaian dari atasan. Klik { kinerja-app-menu-assessment }.
kinerja-skp-nilai-h1 = Tombol { kinerja-app-menu-assessment } adalah tombol terakhir di menu.
kinerja-skp-nilai-ok = Predikat Baik artinya hasil kerja sesuai rencana.
kinerja-skp-q2 = Dari mana atasan tahu apa yang Bapak/Ibu kerjakan selama periode ini?
kinerja-skp-q2-a = Dari Progres Harian dan Bukti Dukung yang dikirim
kinerja-skp-q2-a-fb = Betul. Karena itu progres yang lengkap setiap hari memudahkan penilaian yang adil.
kinerja-skp-q2-b = Dari ingatan atasan saja
kinerja-skp-q2-b-fb = Belum tepat. Atasan menilai dari catatan di e-Kinerja.

## Pelajaran 7: Progres Harian
kinerja-progres-harian-title = Menulis Progres Harian
kinerja-progres-harian-summary = Kegiatan, Rencana Aksi, lama kerja dan jumlah hasil; simpan draf, lalu kirim.
kinerja-progres-harian-intro = Hari ini Bapak/Ibu mencatat 12 surat masuk di buku agenda. Kita laporkan sebagai Progres Harian.
    Progres berisi empat hal: kegiatan, Rencana Aksi, lama kerja dalam menit, dan jumlah hasil.
    Progres bisa disimpan dulu sebagai draf. Tetapi draf belum dilihat atasan. Hari itu baru terhitung sesudah progres dikirim.
kinerja-progres-harian-open = Klik { kinerja-app-open-ekinerja }.
kinerja-progres-harian-open-h1 = Tombol biru { kinerja-app-open-ekinerja } ada di tengah halaman laptop.
kinerja-progres-harian-add = Klik { kinerja-app-add-progress }.
kinerja-progres-harian-add-h1 = Tombol biru { kinerja-app-add-progress } ada di bawah judul Progres Harian.
kinerja-progres-harian-draft = Di kotak { kinerja-app-activity }, ketik: Mencatat surat masuk di buku agenda. Lalu klik { kinerja-app-save-draft }.
kinerja-progres-harian-draft-h1 = Klik di kotak { kinerja-app-activity } dulu, lalu ketik kalimatnya.
kinerja-progres-harian-draft-h2 = Tombol { kinerja-app-save-draft } ada di bawah formulir. Gulir ke bawah kalau belum terlihat.
kinerja-progres-harian-draft-ok = Draf tersimpan. Ingat: atasan belum melihatnya.
kinerja-progres-harian-draft-empty = Kotak { kinerja-app-activity } masih kosong. Ketik kegiatannya dulu.
kinerja-progres-harian-draft-sent = Progres itu sudah terkirim. Tidak apa-apa. Di langkah ini cukup { kinerja-app-save-draft }. Klik { kinerja-app-add-progress } dan coba lagi.
kinerja-progres-harian-openentry = Buka draf tadi. Klik baris kegiatannya.
kinerja-progres-harian-openentry-h1 = Baris kegiatan ada di bawah tombol { kinerja-app-add-progress }, bertanda { kinerja-app-status-draf }.
kinerja-progres-harian-edit = Klik { kinerja-app-edit-draft }.
kinerja-progres-harian-edit-h1 = Tombol biru { kinerja-app-edit-draft } ada di bawah rincian progres.
kinerja-progres-harian-send = Lengkapi draf lalu kirim:
    1. Pilih Rencana Aksi "Mencatat surat masuk dan surat keluar di buku agenda".
    2. Kotak { kinerja-app-minutes }: ketik 120
    3. Kotak { kinerja-app-volume }: ketik 12
    4. Klik { kinerja-app-send-progress }.
kinerja-progres-harian-send-h1 = Rencana Aksi dipilih dengan mengklik salah satu tombol panjang di bawah { kinerja-app-choose-aksi }.
kinerja-progres-harian-send-h2 = Lama kerja ditulis dalam menit. Dua jam sama dengan 120 menit.
kinerja-progres-harian-send-ok = Terkirim! Sekarang atasan bisa membaca dan menyetujuinya.
kinerja-progres-harian-send-aksi = Progres terkirim, tetapi dengan Rencana Aksi lain. Klik { lesson-restart-step } dan pilih Rencana Aksi tentang buku agenda.
kinerja-progres-harian-send-short = Kegiatannya terlalu singkat. Tulis paling sedikit 3 kata.
kinerja-progres-harian-send-noaksi = Rencana Aksi belum dipilih. Klik tombol "Mencatat surat masuk dan surat keluar di buku agenda".
kinerja-progres-harian-send-minutes = Lama kerja belum tepat. Ketik angka saja: 120.
kinerja-progres-harian-send-volume = Jumlah hasil belum diisi. Ketik 12.
kinerja-progres-harian-q1 = Progres hari ini sudah ditulis, tetapi masih draf. Apakah hari ini sudah terhitung?
kinerja-progres-harian-q1-a = Sudah, karena sudah ditulis
kinerja-progres-harian-q1-a-fb = Belum tepat. Draf tidak terlihat oleh atasan. Hari itu masih kosong.
kinerja-progres-harian-q1-b = Belum, progres harus dikirim dulu
kinerja-progres-harian-q1-b-fb = Betul. Pastikan statusnya { kinerja-app-status-dikirim } sebelum pulang.

## Pelajaran 8: Bukti Dukung
kinerja-bukti-dukung-title = Melampirkan Bukti Dukung
kinerja-bukti-dukung-summary = Foto atau PDF sebagai bukti, dari laptop, dan tidak lebih besar dari batasnya.
kinerja-bukti-dukung-intro = Bukti Dukung adalah foto atau PDF yang menunjukkan pekerjaan itu benar dilakukan. Misalnya foto rapat, atau daftar hadir yang sudah dipindai.
    Bukti Dukung penting karena atasan bisa menyetujui progres tanpa harus melihat sendiri pekerjaannya.
    Ukuran file dibatasi. Foto asli dari ponsel sering terlalu besar. Pakai versi yang lebih kecil.
kinerja-bukti-dukung-ekinerja = Klik { kinerja-app-open-ekinerja }.
kinerja-bukti-dukung-ekinerja-h1 = Tombol biru { kinerja-app-open-ekinerja } ada di tengah halaman laptop.
kinerja-bukti-dukung-add = Klik { kinerja-app-add-progress }.
kinerja-bukti-dukung-add-h1 = Tombol biru { kinerja-app-add-progress } ada di bawah judul Progres Harian.
kinerja-bukti-dukung-fill = Isi progres rapat minggon hari ini, lalu klik { kinerja-app-send-progress }:
    1. Kotak { kinerja-app-activity }: Menyiapkan daftar hadir rapat minggon
    2. Pilih Rencana Aksi "Menyiapkan daftar hadir dan notulen rapat".
    3. Kotak { kinerja-app-minutes }: 60. Kotak { kinerja-app-volume }: 1.
kinerja-bukti-dukung-fill-h1 = Rencana Aksi dipilih dengan mengklik tombol panjang di bawah { kinerja-app-choose-aksi }.
kinerja-bukti-dukung-fill-h2 = Tombol { kinerja-app-send-progress } ada di bagian bawah formulir.
kinerja-bukti-dukung-fill-ok = e-Kinerja menolak: Bukti Dukung belum ada. Kita lampirkan sekarang.
kinerja-bukti-dukung-fill-short = Kegiatannya terlalu singkat. Tulis: Menyiapkan daftar hadir rapat minggon.
kinerja-bukti-dukung-fill-noaksi = Rencana Aksi belum dipilih. Klik tombol tentang daftar hadir dan notulen rapat.
kinerja-bukti-dukung-fill-numbers = Lama kerja dan jumlah hasil diisi dengan angka: 60 dan 1.
kinerja-bukti-dukung-big = Klik { kinerja-app-attach }. Buka folder { disk-folder-unduhan }, lalu klik foto Foto-Rapat-asli.jpg.
kinerja-bukti-dukung-big-h1 = Tombol { kinerja-app-attach } ada di bawah judul { kinerja-app-evidence }.
kinerja-bukti-dukung-big-h2 = Di daftar folder, klik { disk-folder-unduhan }. Lalu klik Foto-Rapat-asli.jpg.
kinerja-bukti-dukung-big-ok = Ditolak: foto asli itu 4800 KB, lebih besar dari batas 1024 KB.
kinerja-bukti-dukung-big-other = File itu sudah terlampir. Tidak apa-apa. Klik { lesson-restart-step } untuk mencoba foto aslinya.
kinerja-bukti-dukung-small = Sekarang klik versi kecilnya: Foto-Rapat-kecil.jpg.
kinerja-bukti-dukung-small-h1 = Foto-Rapat-kecil.jpg ada di folder { disk-folder-unduhan }, di bawah foto asli.
kinerja-bukti-dukung-small-ok = Foto kecil itu 380 KB, di bawah batas. Terlampir.
kinerja-bukti-dukung-small-other = Itu file lain. Klik { kinerja-app-remove-evidence }, lalu pilih Foto-Rapat-kecil.jpg.
kinerja-bukti-dukung-small-refused = File itu ditolak. Pilih Foto-Rapat-kecil.jpg di folder { disk-folder-unduhan }.
kinerja-bukti-dukung-send = Klik { kinerja-app-send-progress }.
kinerja-bukti-dukung-send-h1 = Tombol biru { kinerja-app-send-progress } ada di bagian bawah formulir.
kinerja-bukti-dukung-send-ok = Terkirim bersama Bukti Dukung.
kinerja-bukti-dukung-q1 = Mengapa Bukti Dukung perlu dilampirkan?
kinerja-bukti-dukung-q1-a = Agar atasan bisa memastikan pekerjaan itu benar dilakukan
kinerja-bukti-dukung-q1-a-fb = Betul. Bukti yang jelas membuat progres cepat disetujui.
kinerja-bukti-dukung-q1-b = Agar laporannya terlihat lebih panjang
kinerja-bukti-dukung-q1-b-fb = Belum tepat. Bukti Dukung bukan hiasan, tetapi bukti pekerjaan.

## Pelajaran 9: Perlu perbaikan
kinerja-perbaikan-title = Jawaban atasan: perlu perbaikan
kinerja-perbaikan-summary = Membaca catatan atasan, memperbaiki progres, mengirim lagi, sampai disetujui.
kinerja-perbaikan-e1 = Rapat
kinerja-perbaikan-note = Kegiatannya terlalu singkat, dan hari ini ada dua rapat, bukan satu. Mohon diperbaiki.
kinerja-perbaikan-intro = Pagi tadi Bapak/Ibu mengirim progres tentang rapat. Atasan bisa menjawab { kinerja-app-status-disetujui } atau { kinerja-app-status-perlu-perbaikan }.
    { kinerja-app-status-perlu-perbaikan } bukan teguran. Atasan hanya minta progresnya dilengkapi. Baca catatannya, perbaiki, lalu kirim lagi.
kinerja-perbaikan-open = Klik { kinerja-app-open-ekinerja }.
kinerja-perbaikan-open-h1 = Tombol biru { kinerja-app-open-ekinerja } ada di tengah halaman laptop.
kinerja-perbaikan-refresh = Lihat apakah atasan sudah menjawab. Klik { kinerja-app-refresh }.
kinerja-perbaikan-refresh-h1 = Tombol { kinerja-app-refresh } ada di samping { kinerja-app-add-progress }.
kinerja-perbaikan-refresh-ok = Ada jawaban: { kinerja-app-status-perlu-perbaikan }.
kinerja-perbaikan-read = Buka progres itu untuk membaca catatan atasan. Klik barisnya.
kinerja-perbaikan-read-h1 = Baris progres ada di bawah tombol { kinerja-app-add-progress }.
kinerja-perbaikan-read-ok = Catatan atasan ada di kotak kuning. Kegiatan perlu ditulis lebih jelas, dan jumlah rapatnya dua.
kinerja-perbaikan-edit = Klik { kinerja-app-revise }.
kinerja-perbaikan-edit-h1 = Tombol biru { kinerja-app-revise } ada di bawah catatan atasan.
kinerja-perbaikan-send = Perbaiki lalu kirim:
    1. Kotak { kinerja-app-activity }: Menyiapkan daftar hadir dan notulen dua rapat
    2. Kotak { kinerja-app-volume }: ganti menjadi 2
    3. Klik { kinerja-app-send-progress }.
kinerja-perbaikan-send-h1 = Catatan atasan tetap tampil di atas formulir sebagai pengingat.
kinerja-perbaikan-send-h2 = Hapus angka 1 di kotak { kinerja-app-volume }, lalu ketik 2.
kinerja-perbaikan-send-ok = Perbaikan terkirim.
kinerja-perbaikan-send-volume = Terkirim, tetapi jumlah hasilnya belum 2. Klik { lesson-restart-step } dan ganti jumlahnya menjadi 2.
kinerja-perbaikan-send-short = Kegiatannya masih terlalu singkat. Tulis kalimat lengkap, paling sedikit 3 kata.
kinerja-perbaikan-send-refused = Belum terkirim. Baca pesan merah di atas, lalu lengkapi isiannya.
kinerja-perbaikan-approved = Tunggu jawaban atasan. Klik { kinerja-app-refresh }.
kinerja-perbaikan-approved-h1 = Tombol { kinerja-app-refresh } ada di samping { kinerja-app-add-progress }.
kinerja-perbaikan-approved-ok = { kinerja-app-status-disetujui }! Perbaikan Bapak/Ibu diterima.
kinerja-perbaikan-q1 = Progres Bapak/Ibu berstatus { kinerja-app-status-perlu-perbaikan }. Apa yang dilakukan?
kinerja-perbaikan-q1-a = Membiarkannya, nanti atasan memperbaiki sendiri
kinerja-perbaikan-q1-a-fb = Belum tepat. Progres itu tidak dihitung sampai diperbaiki dan disetujui.
kinerja-perbaikan-q1-b = Membaca catatannya, memperbaiki, dan mengirim lagi
kinerja-perbaikan-q1-b-fb = Betul. Lakukan secepatnya, selagi masih ingat pekerjaannya.

## Pelajaran 10: Kalender dan hari terlewat
kinerja-kalender-title = Hari terlewat dan rekap bulanan
kinerja-kalender-summary = Membaca kalender, mengisi hari yang masih bisa diisi, dan melihat rekap bulan ini.
kinerja-kalender-e1 = Mencatat 18 surat masuk di buku agenda
kinerja-kalender-e2 = Mengarsipkan 10 berkas surat yang selesai
kinerja-kalender-e3 = Menyiapkan daftar hadir rapat koordinasi
kinerja-kalender-e4 = Mencatat 20 surat masuk dan keluar
kinerja-kalender-intro = Kadang Bapak/Ibu lupa mengisi Progres Harian. Hari itu tercatat { kinerja-app-day-terlewat }.
    Hari yang terlewat masih bisa diisi, tetapi hanya dalam beberapa hari kerja. Sesudah batasnya lewat, hari itu tetap kosong.
    Hari kosong mengurangi rekap bulanan, dan di banyak daerah bisa mengurangi TPP. Batas dan potongannya berbeda di setiap daerah.
kinerja-kalender-ekinerja = Klik { kinerja-app-open-ekinerja }.
kinerja-kalender-ekinerja-h1 = Tombol biru { kinerja-app-open-ekinerja } ada di tengah halaman laptop.
kinerja-kalender-open = Klik { kinerja-app-menu-calendar } di menu atas.
kinerja-kalender-open-h1 = Menu ada di bawah nama Bapak/Ibu. Cari tombol { kinerja-app-menu-calendar }.
kinerja-kalender-old = Ada hari yang terlewat. Klik hari Kamis, 5 Juni 2025.
kinerja-kalender-old-h1 = Baris 05-06-2025 bertanda { kinerja-app-day-terlewat }.
kinerja-kalender-old-other = Itu hari lain. Klik { kinerja-app-menu-calendar }, lalu klik 05-06-2025.
kinerja-kalender-closed = Coba isi hari itu. Klik { kinerja-app-add-progress }.
kinerja-kalender-closed-h1 = Tombol biru { kinerja-app-add-progress } ada di bawah judul.
kinerja-kalender-closed-ok = Ditolak: batas pengisian hari itu sudah lewat. Hari itu tetap kosong di rekap.
kinerja-kalender-back = Kembali ke kalender. Klik { kinerja-app-menu-calendar }.
kinerja-kalender-back-h1 = Tombol { kinerja-app-menu-calendar } ada di menu atas.
kinerja-kalender-yesterday = Kemarin juga terlewat. Klik hari Rabu, 11 Juni 2025.
kinerja-kalender-yesterday-h1 = Baris 11-06-2025 ada di dekat bawah daftar.
kinerja-kalender-yesterday-other = Itu hari lain. Klik { kinerja-app-menu-calendar }, lalu klik 11-06-2025.
kinerja-kalender-start = Hari kemarin masih bisa diisi. Klik { kinerja-app-add-progress }.
kinerja-kalender-start-h1 = Tombol biru { kinerja-app-add-progress } ada di bawah judul.
kinerja-kalender-fill = Isi progres kemarin, lalu klik { kinerja-app-send-progress }:
    1. Kotak { kinerja-app-activity }: Mencatat surat masuk di buku agenda
    2. Pilih Rencana Aksi tentang buku agenda.
    3. Kotak { kinerja-app-minutes }: 90. Kotak { kinerja-app-volume }: 9.
kinerja-kalender-fill-h1 = Rencana Aksi dipilih dengan mengklik tombol panjang di bawah { kinerja-app-choose-aksi }.
kinerja-kalender-fill-h2 = Tombol { kinerja-app-send-progress } ada di bagian bawah formulir.
kinerja-kalender-fill-ok = Hari kemarin kini terisi.
kinerja-kalender-fill-refused = Belum terkirim. Baca pesan merah di atas, lalu lengkapi isiannya.
kinerja-kalender-rekap = Lihat rekap bulan ini. Klik { kinerja-app-menu-summary }.
kinerja-kalender-rekap-h1 = Tombol { kinerja-app-menu-summary } ada di menu atas.
kinerja-kalender-rekap-ok = Rekap menunjukkan berapa hari terisi dan berapa yang terlewat.
kinerja-kalender-q1 = Bapak/Ibu lupa mengisi progres kemarin. Kapan sebaiknya diisi?
kinerja-kalender-q1-a = Akhir bulan saja, sekaligus semua
kinerja-kalender-q1-a-fb = Belum tepat. Batas pengisian bisa lewat, dan hari itu tetap kosong.
kinerja-kalender-q1-b = Hari ini juga, selagi masih bisa
kinerja-kalender-q1-b-fb = Betul. Lebih baik lagi: isi setiap hari sebelum pulang.

## Uji Kemampuan
kinerja-uji-kemampuan-title = Uji Kemampuan: Kinerja
kinerja-uji-kemampuan-summary = Masuk MyASN dan mengisi e-Kinerja tanpa petunjuk.
kinerja-uji-kemampuan-e1 = Surat
kinerja-uji-kemampuan-note = Kegiatannya kurang jelas, dan jumlahnya 15 surat, bukan 1. Mohon diperbaiki.
kinerja-uji-kemampuan-intro = Ini Uji Kemampuan modul Kinerja. Tidak ada petunjuk. Kerjakan seperti di kantor.
    Hari ini Senin, 16 Juni 2025, sore hari. Bapak/Ibu belum masuk ke MyASN.
kinerja-uji-kemampuan-clock = Jam di ponsel Bapak/Ibu tidak sama dengan jam sebenarnya. Perbaiki dulu.
kinerja-uji-kemampuan-signin = Masuk ke MyASN dengan NIP 197608172005011007, kata sandi Kinerja#2025 dan kode dari ponsel.
kinerja-uji-kemampuan-expired = Kode itu sudah kedaluwarsa.
kinerja-uji-kemampuan-wrong = Kode itu tidak cocok.
kinerja-uji-kemampuan-today = Kirim Progres Harian hari ini: Menyiapkan daftar hadir rapat minggon, 60 menit, 1 rapat, dengan Bukti Dukung yang diterima.
kinerja-uji-kemampuan-big = File itu terlalu besar.
kinerja-uji-kemampuan-refused = Progres itu belum lengkap.
kinerja-uji-kemampuan-revise = Progres Jumat, 13 Juni 2025 perlu perbaikan. Baca catatan atasan, perbaiki, lalu kirim lagi.
kinerja-uji-kemampuan-revise-volume = Jumlahnya belum sesuai catatan atasan.
kinerja-uji-kemampuan-rekap = Buka rekap bulan ini.
kinerja-uji-kemampuan-q1 = Di mana kode pemulihan disimpan?
kinerja-uji-kemampuan-q1-a = Di grup WhatsApp kantor, supaya tidak hilang
kinerja-uji-kemampuan-q1-a-fb = Belum tepat. Siapa pun di grup itu bisa masuk sebagai Bapak/Ibu.
kinerja-uji-kemampuan-q1-b = Di kertas, di tempat yang hanya Bapak/Ibu tahu
kinerja-uji-kemampuan-q1-b-fb = Betul.
kinerja-uji-kemampuan-q2 = Ponsel Bapak/Ibu hilang. Apa yang dilaporkan ke admin kepegawaian?
kinerja-uji-kemampuan-q2-a = Minta autentikator diatur ulang untuk ponsel baru
kinerja-uji-kemampuan-q2-a-fb = Betul.
kinerja-uji-kemampuan-q2-b = Tidak perlu lapor, cukup pakai kode pemulihan selamanya
kinerja-uji-kemampuan-q2-b-fb = Belum tepat. Kode pemulihan terbatas. Autentikator perlu dipasang lagi di ponsel baru.
