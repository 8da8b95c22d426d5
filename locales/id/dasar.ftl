# Modul 0: Dasar — mouse dan keyboard.

dasar-module-title = Dasar: mouse dan keyboard
dasar-module-summary = Mulai di sini bila laptop masih baru bagi Bapak/Ibu.

## Nama file dan folder (sama di semua bahasa)
dasar-file-undangan = Undangan_Rapat.pdf
dasar-file-nota = Nota_Dinas_12.pdf
dasar-file-laporan = Laporan_Mei_2025.docx
dasar-file-tugas = Surat_Tugas_Budi.pdf
dasar-ganda-f-masuk = Surat Masuk
dasar-ganda-f-laporan = Laporan
dasar-ganda-f-keluar = Surat Keluar 2025
dasar-seret-f-arsip = Arsip 2025

## Pelajaran 1: Menunjuk dan klik
dasar-klik-title = Menunjuk dan klik
dasar-klik-summary = Gerakkan mouse, lalu klik kotak yang makin lama makin kecil.
dasar-klik-t-besar = Kotak besar
dasar-klik-t-sedang = Kotak sedang
dasar-klik-t-kecil = Kotak kecil
dasar-klik-t-mini = Kotak mini
dasar-klik-intro = Selamat datang, Bapak/Ibu. Di pelajaran ini kita berlatih memakai mouse.
    Geser mouse di atas meja. Panah di layar ikut bergerak.
    Tekan tombol kiri mouse satu kali. Itu namanya klik.
dasar-klik-besar = Arahkan panah ke kotak besar. Lalu klik satu kali.
dasar-klik-besar-h1 = Kotak besar ada paling kiri. Namanya tertulis di bawah kotak: "{ dasar-klik-t-besar }".
dasar-klik-besar-h2 = Geser mouse pelan-pelan sampai panah berada di dalam kotak kuning besar. Tekan tombol kiri satu kali.
dasar-klik-besar-ok = Bagus, Bapak/Ibu! Kotak besar sudah diklik.
dasar-klik-missed = Belum kena kotaknya. Arahkan panah tepat ke dalam kotak kuning, lalu klik lagi, Bapak/Ibu.
dasar-klik-other = Itu kotak yang lain. Klik kotak yang disebut di langkah ini, Bapak/Ibu.
dasar-klik-ok = Tepat sekali, Bapak/Ibu!
dasar-klik-sedang = Sekarang klik kotak sedang.
dasar-klik-sedang-h1 = Kotak sedang ada di sebelah kanan kotak besar.
dasar-klik-sedang-h2 = Lihat tulisan "{ dasar-klik-t-sedang }" di bawahnya. Taruh panah di dalam kotak, lalu klik.
dasar-klik-kecil = Kotaknya makin kecil. Klik kotak kecil.
dasar-klik-kecil-h1 = Gerakkan mouse lebih pelan. Kotak kecil perlu panah yang tepat.
dasar-klik-kecil-h2 = Kotak kecil ada di sebelah kanan kotak sedang, di atas tulisan "{ dasar-klik-t-kecil }".
dasar-klik-mini = Terakhir, klik kotak mini. Di aplikasi kantor, banyak tombol sekecil ini.
dasar-klik-mini-h1 = Tidak perlu terburu-buru. Geser mouse sedikit demi sedikit.
dasar-klik-mini-h2 = Kotak mini ada paling kanan. Bila panah sudah di dalamnya, jangan gerakkan mouse saat menekan tombol.
dasar-klik-mini-ok = Hebat, Bapak/Ibu! Kotak sekecil itu pun sudah bisa diklik.
dasar-klik-q-hand = Panah kadang berubah menjadi gambar tangan. Kapan itu terjadi?
dasar-klik-q-hand-a = Saat panah berada di atas tombol atau tautan yang bisa diklik
dasar-klik-q-hand-a-fb = Betul. Tangan artinya: di sini bisa diklik.
dasar-klik-q-hand-b = Saat komputer sedang menyimpan file
dasar-klik-q-hand-b-fb = Belum tepat. Saat komputer sibuk, yang muncul adalah lingkaran yang berputar. Tangan artinya di sini ada sesuatu yang bisa diklik.
dasar-klik-q-hand-c = Saat harus menunggu
dasar-klik-q-hand-c-fb = Belum tepat. Saat menunggu, yang muncul adalah lingkaran yang berputar.
dasar-klik-q-ibeam = Panah kadang berbentuk garis tegak seperti huruf I. Di mana biasanya?
dasar-klik-q-ibeam-a = Di atas gambar
dasar-klik-q-ibeam-a-fb = Belum tepat. Garis tegak muncul di tempat untuk mengetik.
dasar-klik-q-ibeam-b = Di kotak untuk mengetik tulisan
dasar-klik-q-ibeam-b-fb = Betul. Klik di kotak itu, lalu Bapak/Ibu bisa mengetik.
dasar-klik-q-wait = Muncul lingkaran yang berputar. Apa yang sebaiknya Bapak/Ibu lakukan?
dasar-klik-q-wait-a = Klik berkali-kali supaya cepat
dasar-klik-q-wait-a-fb = Belum tepat. Klik berkali-kali bisa membuka hal yang sama berkali-kali. Lebih baik menunggu.
dasar-klik-q-wait-b = Menunggu sebentar sampai lingkaran hilang
dasar-klik-q-wait-b-fb = Betul. Lingkaran berputar artinya komputer sedang bekerja. Tunggu sebentar saja.

## Pelajaran 2: Klik dua kali dan klik kanan
dasar-ganda-title = Klik dua kali dan klik kanan
dasar-ganda-summary = Satu klik memilih, dua klik membuka. Klik kanan membuka menu.
dasar-ganda-intro = Di layar ada beberapa folder. Folder adalah tempat menyimpan file, seperti map di lemari.
    Klik satu kali untuk memilih folder.
    Klik dua kali dengan cepat untuk membukanya.
dasar-ganda-select = Pilih folder "Laporan" dengan klik satu kali saja.
dasar-ganda-select-h1 = Cukup satu klik. Folder yang dipilih diberi bingkai putih.
dasar-ganda-select-h2 = Folder "Laporan" ada di tengah. Taruh panah di atasnya, lalu tekan tombol kiri satu kali.
dasar-ganda-select-ok = Bagus! Folder "Laporan" terpilih, tetapi belum terbuka.
dasar-ganda-select-opened = Folder terbuka karena diklik dua kali. Tidak apa-apa. Klik "{ dasar-ui-back }", lalu klik satu kali saja.
dasar-ganda-open = Sekarang buka folder "Surat Masuk". Klik dua kali dengan cepat.
dasar-ganda-open-h1 = Tekan tombol kiri dua kali berturut-turut, tanpa menggeser mouse.
dasar-ganda-open-h2 = Folder "Surat Masuk" ada paling kiri. Klik-klik, seperti mengetuk pintu dua kali.
dasar-ganda-open-ok = Folder terbuka! Di dalamnya ada dua file surat.
dasar-ganda-wrong-folder = Yang terbuka folder lain. Klik "{ dasar-ui-back }", lalu buka folder "Surat Masuk".
dasar-ganda-back = Keluar lagi dari folder ini. Klik tombol "{ dasar-ui-back }".
dasar-ganda-back-h1 = Tombol "{ dasar-ui-back }" ada di kiri atas papan latihan.
dasar-ganda-back-h2 = Klik satu kali pada tombol bertuliskan "{ dasar-ui-back }".
dasar-ganda-back-ok = Bagus. Bapak/Ibu kembali melihat semua folder.
dasar-ganda-right-intro = Mouse juga punya tombol kanan. Klik kanan membuka menu kecil berisi pilihan.
    Ini berguna bila Bapak/Ibu ragu: semua pilihan tertulis di menu.
dasar-ganda-right = Klik kanan pada folder "Surat Keluar 2025".
dasar-ganda-right-h1 = Pakai tombol kanan mouse, bukan tombol kiri.
dasar-ganda-right-h2 = Folder "Surat Keluar 2025" ada paling kanan. Taruh panah di atasnya, tekan tombol kanan satu kali.
dasar-ganda-right-ok = Menu kecil muncul di bawah folder.
dasar-ganda-right-left = Folder terbuka karena tombol kiri diklik dua kali. Klik "{ dasar-ui-back }", lalu coba tombol kanan.
dasar-ganda-menu = Di menu itu, klik "{ dasar-ui-menu-open }".
dasar-ganda-menu-h1 = Menu ada tepat di bawah folder "Surat Keluar 2025".
dasar-ganda-menu-h2 = Klik satu kali dengan tombol kiri pada tulisan "{ dasar-ui-menu-open }".
dasar-ganda-menu-ok = Folder terbuka lewat menu. Hasilnya sama dengan klik dua kali.
dasar-ganda-back2 = Klik "{ dasar-ui-back }" untuk keluar dari folder.
dasar-ganda-q = Bapak/Ibu ingin membuka sebuah folder. Apa yang dilakukan?
dasar-ganda-q-a = Klik satu kali
dasar-ganda-q-a-fb = Belum tepat. Satu klik hanya memilih folder. Untuk membuka, klik dua kali.
dasar-ganda-q-b = Klik dua kali dengan cepat, atau klik kanan lalu pilih "{ dasar-ui-menu-open }"
dasar-ganda-q-b-fb = Betul sekali. Kedua cara itu membuka folder.
dasar-ganda-q-c = Menekan folder lama sekali
dasar-ganda-q-c-fb = Belum tepat. Menekan lama tidak membuka folder. Klik dua kali dengan cepat.

## Pelajaran 3: Menyeret dan menggulir
dasar-seret-title = Menyeret dan menggulir
dasar-seret-summary = Pindahkan file ke folder, lalu baca halaman panjang sampai habis.
dasar-seret-intro = Menyeret artinya memindahkan sesuatu dengan mouse.
    Tekan dan tahan tombol kiri di atas file. Geser mouse ke folder. Lalu lepaskan tombolnya.
dasar-seret-undangan = Seret file "Undangan_Rapat.pdf" ke folder "Arsip 2025".
dasar-seret-h1 = Tekan tombol kiri di atas file, jangan dilepas. Geser ke folder, lalu lepaskan.
dasar-seret-undangan-h2 = File ada di kiri. Folder "Arsip 2025" ada di kanan atas.
dasar-seret-laporan = Sekarang seret "Laporan_Mei_2025.docx" ke folder "Laporan".
dasar-seret-laporan-h2 = Folder "Laporan" ada di kanan, di bawah "Arsip 2025".
dasar-seret-ok = Bagus! File sudah masuk ke folder.
dasar-seret-missed = Belum masuk folder. Tahan tombol kiri sampai file berada di atas folder, baru lepaskan, Bapak/Ibu.
dasar-seret-wrong-folder = File masuk ke folder yang lain. Tidak apa-apa. Seret lagi ke folder yang disebut di langkah ini.
dasar-gulir-intro = Halaman yang panjang tidak muat di layar. Bagian bawahnya tersembunyi.
    Putar roda di tengah mouse ke arah Bapak/Ibu untuk turun. Bisa juga menyeret batang di sisi kanan.
dasar-gulir-scroll = Gulir halaman surat edaran ini sampai ke bagian paling bawah.
dasar-gulir-scroll-h1 = Taruh panah di atas halaman, lalu putar roda mouse ke arah Bapak/Ibu.
dasar-gulir-scroll-h2 = Atau tekan dan tahan batang abu-abu di sisi kanan halaman, lalu tarik ke bawah.
dasar-gulir-scroll-ok = Bagus! Bapak/Ibu sudah sampai di bawah.
dasar-gulir-end = Di bagian paling bawah ada tombol "{ dasar-ui-end }". Klik tombol itu.
dasar-gulir-end-h1 = Tombolnya ada di akhir halaman, sesudah paragraf terakhir.
dasar-gulir-end-h2 = Bila tombolnya belum terlihat, gulir lagi ke bawah sedikit.
dasar-gulir-end-ok = Tepat! Halaman sudah dibaca sampai habis.
dasar-gulir-q = Bagaimana melihat bagian bawah halaman yang panjang?
dasar-gulir-q-a = Memutar roda mouse, atau menyeret batang di sisi kanan
dasar-gulir-q-a-fb = Betul. Itu namanya menggulir.
dasar-gulir-q-b = Menutup halaman lalu membukanya lagi
dasar-gulir-q-b-fb = Belum tepat. Halaman akan mulai lagi dari atas. Gulir saja ke bawah.
dasar-gulir-p01 = SURAT EDARAN Nomor 800/17/Kec.Skj/2025 tentang Jam Kerja Pegawai di Lingkungan Kantor Camat Sukamaju.
dasar-gulir-p02 = Dalam rangka meningkatkan disiplin dan pelayanan kepada masyarakat, bersama ini kami sampaikan jam kerja yang berlaku mulai 2 Juni 2025.
dasar-gulir-p03 = Hari Senin sampai Kamis: masuk pukul 07.30 dan pulang pukul 16.00.
dasar-gulir-p04 = Hari Jumat: masuk pukul 07.30 dan pulang pukul 16.30, dengan istirahat salat Jumat.
dasar-gulir-p05 = Setiap pegawai wajib melakukan Presensi Masuk dan Presensi Pulang melalui aplikasi presensi.
dasar-gulir-p06 = Pegawai yang terlambat atau pulang sebelum waktunya dapat dikenai potongan tunjangan sesuai peraturan.
dasar-gulir-p07 = Pegawai yang bertugas di luar kantor wajib mengajukan Dinas Luar dengan melampirkan surat tugas.
dasar-gulir-p08 = Izin, sakit dan cuti diajukan melalui aplikasi, paling lambat pada hari yang sama.
dasar-gulir-p09 = Para Kepala Seksi diminta meneruskan surat edaran ini kepada seluruh staf di seksinya.
dasar-gulir-p10 = Demikian surat edaran ini disampaikan untuk dilaksanakan dengan penuh tanggung jawab. Camat Sukamaju.

## Pelajaran 4: Mengetik
dasar-ketik-title = Mengetik dengan keyboard
dasar-ketik-summary = Huruf besar dengan Shift, menghapus dengan Backspace, pindah kotak dengan Tab.
dasar-ketik-l-latihan = Ketik di sini:
dasar-ketik-l-perbaiki = Perbaiki tulisan ini:
dasar-ketik-l-nama = Nama lengkap Bapak/Ibu:
dasar-ketik-l-nip = NIP Bapak/Ibu (18 angka):
dasar-ketik-intro = Untuk mengetik, klik dulu di dalam kotak. Garis kecil yang berkedip menunjukkan tempat huruf akan muncul.
    Tahan Shift sambil menekan huruf untuk huruf besar. Backspace menghapus huruf di kiri garis. Di kotak latihan ini, Enter menyimpan isian.
dasar-ketik-latihan = Klik kotak pertama. Ketik: Kantor Camat Sukamaju. Lalu tekan Enter.
dasar-ketik-latihan-h1 = Huruf K, C dan S ditulis besar. Tahan Shift sambil menekan huruf itu.
dasar-ketik-latihan-h2 = Spasi adalah tombol panjang di bawah. Sesudah selesai, tekan Enter atau klik "{ dasar-ui-save }".
dasar-ketik-latihan-ok = Bagus! Tulisannya sudah tepat.
dasar-ketik-empty = Kotaknya masih kosong. Klik di dalam kotak, lalu ketik, Bapak/Ibu.
dasar-ketik-no-capital = Huruf besarnya belum ada. Tahan Shift sambil menekan huruf K, C dan S.
dasar-ketik-latihan-diff = Tulisannya belum sama persis. Periksa huruf dan spasinya, lalu coba lagi, Bapak/Ibu.
dasar-ketik-perbaiki = Di kotak kedua tertulis "Kantor Cammat". Hapus satu huruf m dengan Backspace. Lalu tekan Enter.
dasar-ketik-perbaiki-h1 = Klik tepat di antara dua huruf m. Backspace menghapus huruf di sebelah kiri garis berkedip.
dasar-ketik-perbaiki-h2 = Klik tepat di antara dua huruf m. Tekan Backspace satu kali. Lalu tekan Enter.
dasar-ketik-perbaiki-ok = Tepat! Sekarang tertulis "Kantor Camat".
dasar-ketik-perbaiki-same = Tulisannya belum berubah. Klik di antara dua huruf m, lalu tekan Backspace satu kali.
dasar-ketik-perbaiki-diff = Belum tepat. Yang dicari adalah "Kantor Camat". Hapus atau tambah huruf sampai sama, lalu tekan Enter.
dasar-ketik-nama = Klik kotak nama. Ketik nama lengkap Bapak/Ibu, diawali huruf besar. Lalu tekan Enter.
dasar-ketik-nama-h1 = Huruf pertama nama ditulis besar: tahan Shift, tekan hurufnya, lalu lepaskan Shift.
dasar-ketik-nama-h2 = Kotak nama ada di bawah kotak kedua. Sesudah mengetik, tekan Enter.
dasar-ketik-nama-ok = Bagus! Nama sudah tertulis rapi.
dasar-ketik-nama-capital = Nama diawali huruf besar. Tahan Shift, lalu tekan huruf pertama nama Bapak/Ibu.
dasar-ketik-nip = Tekan Tab untuk pindah ke kotak NIP. Ketik 18 angka NIP Bapak/Ibu. Lalu tekan Enter.
dasar-ketik-nip-h1 = Tombol Tab ada di kiri keyboard, di atas Caps Lock. Tab memindahkan garis berkedip ke kotak berikutnya.
dasar-ketik-nip-h2 = NIP berisi 18 angka tanpa spasi, misalnya 198003152005011002. Angka ada di baris atas keyboard.
dasar-ketik-nip-ok = Hebat! NIP sudah terisi 18 angka.
dasar-ketik-nip-digits = NIP hanya berisi angka, tanpa huruf atau spasi. Coba lagi, Bapak/Ibu.
dasar-ketik-nip-count = Jumlah angkanya belum 18. Hitung pelan-pelan, lalu coba lagi, Bapak/Ibu.
dasar-ketik-q-backspace = Tombol Backspace menghapus huruf yang mana?
dasar-ketik-q-backspace-a = Huruf di sebelah kiri garis berkedip
dasar-ketik-q-backspace-a-fb = Betul. Tombol Delete menghapus huruf di sebelah kanan.
dasar-ketik-q-backspace-b = Huruf di sebelah kanan garis berkedip
dasar-ketik-q-backspace-b-fb = Belum tepat. Itu tugas tombol Delete. Backspace menghapus ke kiri.
dasar-ketik-q-tab = Bapak/Ibu selesai mengisi satu kotak. Tombol apa untuk pindah ke kotak berikutnya?
dasar-ketik-q-tab-a = Shift
dasar-ketik-q-tab-a-fb = Belum tepat. Shift dipakai untuk huruf besar.
dasar-ketik-q-tab-b = Tab
dasar-ketik-q-tab-b-fb = Betul. Tab pindah ke kotak berikutnya. Bapak/Ibu juga bisa mengklik kotaknya.
dasar-ketik-q-tab-c = Backspace
dasar-ketik-q-tab-c-fb = Belum tepat. Backspace menghapus huruf.

## Pelajaran 5: Jendela
dasar-jendela-title = Jendela aplikasi
dasar-jendela-summary = Membuka, mengecilkan, membesarkan, menutup, dan memilih jendela di depan.
dasar-jendela-w-catatan = Catatan
dasar-jendela-w-catatan-body = Rapat koordinasi hari Kamis pukul 09.00 di aula kecamatan.
dasar-jendela-w-kalender = Kalender
dasar-jendela-w-kalender-body = Mei 2025: tanggal 20 rapat koordinasi, tanggal 27 laporan bulanan.
dasar-jendela-intro = Setiap aplikasi terbuka di dalam kotak yang disebut jendela.
    Di kanan atas jendela ada tiga tombol: garis untuk mengecilkan, kotak untuk membesarkan, dan silang untuk menutup.
dasar-jendela-open = Buka jendela "Catatan". Klik dua kali pada ikonnya di kiri.
dasar-jendela-open-h1 = Ikon adalah gambar kecil dengan nama di bawahnya.
dasar-jendela-open-h2 = Ikon "Catatan" ada paling atas di kiri. Klik dua kali dengan cepat.
dasar-jendela-open-ok = Jendela Catatan terbuka.
dasar-jendela-other-icon = Yang terbuka jendela lain. Tidak apa-apa. Sekarang klik dua kali ikon "Catatan".
dasar-jendela-max = Besarkan jendela Catatan supaya memenuhi papan. Klik tombol kotak di kanan atasnya.
dasar-jendela-max-h1 = Tombol kotak ada di antara tombol garis dan tombol silang.
dasar-jendela-max-h2 = Lihat bagian biru di atas jendela. Tombol kedua dari kanan bergambar kotak.
dasar-jendela-max-ok = Jendela menjadi besar. Tulisan lebih mudah dibaca.
dasar-jendela-closed-oops = Jendela tertutup karena tombol silang. Tidak apa-apa. Klik dua kali ikonnya untuk membuka lagi.
dasar-jendela-minimised-oops = Jendela disembunyikan ke bilah bawah. Klik namanya di bilah bawah untuk memunculkannya lagi.
dasar-jendela-restore = Kembalikan ke ukuran semula. Klik lagi tombol kotak yang sama.
dasar-jendela-restore-h1 = Saat jendela besar, tombol kotaknya menjadi lebih kecil. Klik tombol itu.
dasar-jendela-restore-h2 = Tombolnya tetap kedua dari kanan, di bagian biru paling atas.
dasar-jendela-restore-ok = Jendela kembali ke ukuran semula.
dasar-jendela-min = Kecilkan jendela Catatan. Klik tombol garis di kanan atasnya.
dasar-jendela-min-h1 = Mengecilkan tidak menutup aplikasi. Jendela hanya disimpan di bilah bawah.
dasar-jendela-min-h2 = Tombol garis ada paling kiri dari tiga tombol di kanan atas jendela.
dasar-jendela-min-ok = Jendela hilang dari papan, tetapi masih ada di bilah bawah.
dasar-jendela-taskbar = Munculkan lagi jendela Catatan. Klik namanya di bilah hitam paling bawah.
dasar-jendela-taskbar-h1 = Bilah hitam di bawah menunjukkan semua jendela yang sedang terbuka.
dasar-jendela-taskbar-h2 = Klik tulisan "Catatan" di bilah bawah satu kali.
dasar-jendela-taskbar-ok = Jendela Catatan muncul lagi.
dasar-jendela-second = Buka juga jendela "Kalender". Klik dua kali ikonnya.
dasar-jendela-second-h1 = Ikon "Kalender" ada di bawah ikon "Catatan".
dasar-jendela-second-h2 = Ikon-ikon ada di tepi kiri papan. Klik dua kali dengan cepat pada ikon "Kalender".
dasar-jendela-second-ok = Sekarang ada dua jendela. Kalender ada di depan.
dasar-jendela-q = Ada dua jendela. Jendela mana yang ada di depan?
dasar-jendela-q-a = Yang tidak tertutup jendela lain dan bingkainya biru
dasar-jendela-q-a-fb = Betul. Jendela di depan terlihat utuh. Itulah jendela yang sedang dipakai.
dasar-jendela-q-b = Yang paling kecil
dasar-jendela-q-b-fb = Belum tepat. Ukuran tidak menentukan. Jendela di depan adalah yang terlihat utuh.
dasar-jendela-front = Pindahkan jendela Catatan ke depan. Klik bagian jendela Catatan yang terlihat, atau namanya di bilah bawah.
dasar-jendela-front-h1 = Klik di bagian mana saja dari jendela Catatan. Jendela itu akan maju ke depan.
dasar-jendela-front-h2 = Cara paling mudah: klik tulisan "Catatan" di bilah hitam paling bawah.
dasar-jendela-front-ok = Catatan sekarang ada di depan.
dasar-jendela-close = Tutup jendela Kalender. Klik tombol silang di kanan atasnya.
dasar-jendela-close-h1 = Menutup berarti aplikasi selesai dipakai. Tombolnya bergambar silang.
dasar-jendela-close-h2 = Cari jendela Kalender. Tombol silang ada paling kanan di bagian atas jendela itu.
dasar-jendela-close-ok = Jendela Kalender tertutup. Pelajaran Dasar selesai. Hebat, Bapak/Ibu!
dasar-jendela-close-other = Yang tertutup jendela Catatan. Tidak apa-apa. Sekarang tutup jendela Kalender.
