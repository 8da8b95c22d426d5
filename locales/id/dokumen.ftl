# Modul 3: Dokumen — latihan di pengolah kata pura-pura, dengan folder dan file pura-pura.
# Nama file, nama folder, alamat email dan passphrase ditulis apa adanya (sama di semua bahasa).
# Teks surat di skenario (templat, isi surat) ditulis langsung di file pelajaran, dalam bahasa Indonesia.

dokumen-module-title = Dokumen
dokumen-module-summary = Mengetik, merapikan, menyimpan, mencetak dan mengirim surat dinas, lalu menyiapkannya untuk SRIKANDI.

## Pelajaran 1: Mengetik
dokumen-mengetik-title = Mengetik di pengolah kata
dokumen-mengetik-summary = Kursor, huruf besar, Enter dan Backspace.
dokumen-mengetik-intro = Selamat datang di modul Dokumen, Bapak/Ibu.
    Surat, laporan dan notulen dibuat di pengolah kata. Di kantor biasanya Microsoft Word, LibreOffice Writer atau WPS Office. Cara kerjanya mirip.
    Di sini kita berlatih di pengolah kata pura-pura. Halaman putih di tengah adalah kertasnya.
    Garis tegak yang berkedip disebut kursor. Huruf yang Bapak/Ibu ketik muncul di tempat kursor. Untuk memindahkan kursor, klik di teks.
dokumen-mengetik-tombol = Ada beberapa tombol penting di papan ketik:
    Shift: tahan sambil menekan huruf, untuk membuat huruf besar.
    Enter: memulai baris baru (paragraf baru).
    Backspace: menghapus huruf di sebelah kiri kursor.
    Delete: menghapus huruf di sebelah kanan kursor.
    Tombol panah memindahkan kursor. End membawa kursor ke akhir baris, Home ke awal baris.
dokumen-mengetik-backspace = Judul di halaman salah ketik: "Pengumumann". Huruf n di akhir ada dua.
    Klik tepat di belakang huruf terakhir, lalu tekan Backspace satu kali.
dokumen-mengetik-backspace-h1 = Klik di ujung kanan kata Pengumumann. Kursor yang berkedip pindah ke sana. Bisa juga: klik di kata itu, lalu tekan tombol End.
dokumen-mengetik-backspace-h2 = Tombol Backspace ada di kanan atas papan ketik, di atas Enter. Kadang bergambar panah ke kiri (←). Tekan satu kali saja.
dokumen-mengetik-backspace-ok = Bagus! Sekarang tertulis "Pengumuman". Backspace menghapus satu huruf di kiri kursor.
dokumen-mengetik-backspace-delete = Yang tadi ditekan adalah Delete. Delete menghapus huruf di kanan kursor. Tidak apa-apa. Klik { lesson-restart-step } untuk mencoba lagi dengan Backspace.
dokumen-mengetik-backspace-too-many = Kata itu terhapus semua. Tidak apa-apa. Ketik lagi: Pengumumann (dengan dua n, huruf P besar). Lalu tekan Backspace satu kali.
dokumen-mengetik-backspace-typed = Ada huruf baru yang terketik. Tidak apa-apa. Tekan Backspace sampai huruf itu hilang, lalu hapus juga satu n yang berlebih.
dokumen-mengetik-enter = Kursor sekarang ada di akhir judul. Tekan Enter satu kali untuk membuat baris baru di bawahnya.
dokumen-mengetik-enter-h1 = Enter adalah tombol besar di sisi kanan papan ketik. Kadang bergambar panah bengkok (↵).
dokumen-mengetik-enter-h2 = Pastikan kursor berkedip di belakang kata Pengumuman. Bila belum, klik di sana. Lalu tekan Enter satu kali.
dokumen-mengetik-enter-ok = Kursor pindah ke baris baru. Setiap baris yang diakhiri Enter disebut paragraf.
dokumen-mengetik-enter-typed = Huruf itu masuk ke baris judul. Tidak apa-apa. Hapus dengan Backspace, lalu tekan Enter dulu.
dokumen-mengetik-enter-split = Judulnya terpotong menjadi dua baris, karena kursor ada di tengah kata. Tidak apa-apa. Klik { lesson-restart-step } untuk mencoba lagi.
dokumen-mengetik-kalimat1 = Sekarang ketik kalimat ini, persis sama:
    Rapat staf hari Selasa pukul 09.00.
    Huruf R dan S adalah huruf besar: tahan Shift sambil menekan hurufnya. Di akhir kalimat ada titik. Sesudah titik, tekan Enter.
dokumen-mengetik-kalimat1-h1 = Tahan tombol Shift, tekan R, lalu lepaskan Shift. Ketik sisanya seperti biasa. Spasi adalah tombol panjang di bawah.
dokumen-mengetik-kalimat1-h2 = 09.00 diketik: nol, sembilan, titik, nol, nol. Tombol titik ada di kanan bawah, dekat Shift kanan. Sesudah titik terakhir, tekan Enter.
dokumen-mengetik-kalimat1-ok = Bagus! Kalimat pertama selesai, dan kursor sudah di baris baru.
dokumen-mengetik-kalimat1-capital = Ada baris yang belum diawali huruf besar. Tidak apa-apa. Klik { lesson-restart-step }, lalu ketik lagi sambil menahan Shift untuk huruf pertama.
dokumen-mengetik-kalimat1-words = Enter sudah ditekan, tetapi kalimatnya belum sama dengan contoh. Tidak apa-apa. Tekan Backspace satu kali: kursor kembali ke akhir kalimat tadi. Lengkapi atau perbaiki kalimatnya, lalu tekan Enter lagi.
dokumen-mengetik-kalimat1-extra-enter = Ada baris kosong yang berlebih. Tidak apa-apa. Tekan Backspace satu kali untuk menghapusnya.
dokumen-mengetik-kalimat2 = Ketik kalimat terakhir di baris baru ini:
    Mohon hadir tepat waktu.
    Sesudah titik, tidak perlu menekan Enter.
dokumen-mengetik-kalimat2-h1 = Huruf M di awal adalah huruf besar: tahan Shift sambil menekan M. Di akhir kalimat ada titik.
dokumen-mengetik-kalimat2-h2 = Bila belum berhasil, periksa seluruh halaman. Harus ada tiga baris: Pengumuman, lalu Rapat staf hari Selasa pukul 09.00. lalu Mohon hadir tepat waktu. Perbaiki huruf yang salah dengan Backspace.
dokumen-mengetik-kalimat2-ok = Selesai! Ketiga baris sudah sama persis dengan contoh. Bapak/Ibu sudah bisa mengetik, membuat baris baru dan menghapus huruf.
dokumen-mengetik-kalimat2-enter = Enter membuat baris baru yang tidak perlu. Tidak apa-apa. Tekan Backspace satu kali untuk menghapusnya.
dokumen-mengetik-q-hapus = Kursor berada tepat di belakang huruf yang salah. Tombol apa untuk menghapusnya?
dokumen-mengetik-q-hapus-a = Backspace
dokumen-mengetik-q-hapus-a-fb = Betul. Backspace menghapus huruf di kiri kursor.
dokumen-mengetik-q-hapus-b = Delete
dokumen-mengetik-q-hapus-b-fb = Belum tepat. Delete menghapus huruf di kanan kursor. Huruf yang salah ada di kiri kursor, jadi pakai Backspace.
dokumen-mengetik-q-hapus-c = Enter
dokumen-mengetik-q-hapus-c-fb = Belum tepat. Enter membuat baris baru. Untuk menghapus huruf di kiri kursor, pakai Backspace.
dokumen-mengetik-q-kapital = Bagaimana menulis satu huruf besar di awal kalimat?
dokumen-mengetik-q-kapital-a = Tekan Caps Lock, lalu ketik kalimatnya
dokumen-mengetik-q-kapital-a-fb = Belum tepat. Caps Lock membuat semua huruf menjadi besar sampai dimatikan lagi. Untuk satu huruf besar, tahan Shift.
dokumen-mengetik-q-kapital-b = Tahan Shift sambil menekan hurufnya
dokumen-mengetik-q-kapital-b-fb = Betul. Lepaskan Shift sesudah huruf itu, lalu ketik seperti biasa.

## Pelajaran 2: Merapikan huruf
dokumen-format-title = Huruf tebal, ukuran dan perataan
dokumen-format-summary = Rapikan judul surat, lalu batalkan kesalahan dengan Urungkan.
dokumen-format-intro = Judul yang tebal, sedikit lebih besar dan di tengah membuat surat mudah dibaca. Isi surat cukup dengan huruf biasa.
    Caranya selalu sama: pilih dulu teksnya, lalu klik tombolnya.
    Bila salah klik, jangan panik. Tombol { dokumen-app-undo } membatalkan langkah terakhir.
dokumen-format-pilih-cara = Memilih teks artinya memberi teks itu latar biru. Caranya dengan mouse: tekan tombol kiri mouse di depan huruf pertama dan tahan. Geser mouse sampai sesudah huruf terakhir. Lalu lepaskan tombolnya.
dokumen-format-pilih = Pilih kata PENGUMUMAN di baris paling atas. Tekan tombol kiri mouse tepat di depan huruf P, tahan, geser sampai sesudah huruf N, lalu lepaskan.
dokumen-format-pilih-h1 = Letakkan panah mouse tepat di kiri huruf P. Tekan tombol kiri mouse dan jangan dilepas dulu.
dokumen-format-pilih-h2 = Sambil menahan tombol, geser mouse pelan-pelan ke kanan sampai sesudah huruf N, lalu lepaskan. Bisa juga: klik dua kali dengan cepat di kata PENGUMUMAN.
dokumen-format-pilih-ok = Judul sudah terpilih: latarnya biru. Tombol yang Bapak/Ibu klik sesudah ini berlaku untuk judul ini saja.
dokumen-format-pilih-all = Semua teks terpilih, karena itu tombol { dokumen-app-select-all }. Tidak apa-apa. Klik sekali di halaman, lalu pilih kata PENGUMUMAN saja.
dokumen-format-pilih-other = Yang berlatar biru belum tepat kata PENGUMUMAN. Tidak apa-apa. Klik sekali di halaman, lalu coba lagi. Cara lain: klik dua kali dengan cepat di kata PENGUMUMAN.
dokumen-format-pilih-kata = Cara lain memilih satu kata: klik dua kali dengan cepat di kata itu. Coba klik dua kali di kata Selasa.
dokumen-format-pilih-kata-h1 = Kata Selasa ada di baris kedua. Letakkan panah mouse di atas kata itu.
dokumen-format-pilih-kata-h2 = Klik dua kali dengan cepat, tanpa menggeser mouse. Kata Selasa akan berlatar biru.
dokumen-format-pilih-kata-ok = Kata Selasa terpilih. Klik dua kali memilih satu kata.
dokumen-format-pilih-kata-other = Yang terpilih belum kata Selasa. Tidak apa-apa. Klik dua kali dengan cepat tepat di kata Selasa.
dokumen-format-pilih-baris = Untuk memilih satu baris penuh, klik tiga kali dengan cepat. Coba klik tiga kali di baris paling bawah, Sekretaris Kecamatan Sukamaju.
dokumen-format-pilih-baris-h1 = Baris paling bawah bertuliskan Sekretaris Kecamatan Sukamaju. Letakkan panah mouse di atasnya.
dokumen-format-pilih-baris-h2 = Klik tiga kali dengan cepat, tanpa menggeser mouse. Seluruh baris akan berlatar biru.
dokumen-format-pilih-baris-ok = Seluruh baris terpilih. Klik tiga kali memilih satu baris.
dokumen-format-pilih-baris-other = Yang terpilih belum seluruh baris paling bawah. Tidak apa-apa. Klik tiga kali dengan cepat di baris Sekretaris Kecamatan Sukamaju.
dokumen-format-pilih-papan-ketik = Memilih juga bisa dengan papan ketik. Klik di depan huruf pertama. Tahan tombol Shift, lalu tekan tombol panah kanan. Setiap tekanan menambah satu huruf yang terpilih.
    Di Microsoft Word, WPS Office dan LibreOffice caranya sama.
dokumen-format-tebal = Sekarang klik tombol { dokumen-app-bold }.
dokumen-format-tebal-h1 = Tombol { dokumen-app-bold } bergambar huruf B yang tebal, di baris tombol di atas halaman.
dokumen-format-tebal-h2 = Pastikan judul masih berlatar biru, lalu klik tombol B (Tebal) satu kali.
dokumen-format-tebal-ok = Judulnya sekarang tebal.
dokumen-format-tebal-off = Tebalnya malah hilang. Tidak apa-apa. Klik tombol { dokumen-app-bold } sekali lagi.
dokumen-format-tebal-other = Yang menjadi tebal bukan judulnya. Tidak apa-apa. Klik { lesson-restart-step }. Lalu pilih judulnya dulu, baru klik { dokumen-app-bold }.
dokumen-format-tebal-wrong-button = Itu tombol lain, bukan Tebal. Tidak apa-apa. Cari tombol bergambar huruf B.
dokumen-format-ukuran = Buat judulnya sedikit lebih besar: ukuran 14. Klik kotak Ukuran huruf, lalu pilih 14.
dokumen-format-ukuran-h1 = Angka 12 di baris tombol adalah ukuran huruf sekarang. Judul harus tetap terpilih.
dokumen-format-ukuran-h2 = Klik kotak Ukuran huruf (yang bertuliskan 12), lalu klik angka 14 di daftar yang terbuka.
dokumen-format-ukuran-ok = Judul sekarang berukuran 14. Isi surat tetap 12, ukuran yang biasa dipakai.
dokumen-format-ukuran-value = Ukurannya berubah, tetapi belum 14. Tidak apa-apa. Klik lagi kotak Ukuran huruf dan pilih 14.
dokumen-format-ukuran-other = Ukuran itu berubah pada teks lain, bukan judul. Tidak apa-apa. Klik { lesson-restart-step }. Lalu pilih judulnya dulu, baru pilih ukuran 14.
dokumen-format-ukuran-wrong-button = Itu tombol lain. Cari kotak Ukuran huruf, yang bertuliskan angka.
dokumen-format-tengah = Letakkan judul di tengah. Klik tombol { dokumen-app-align-center }.
dokumen-format-tengah-h1 = Ada empat tombol perataan berdampingan: rata kiri, rata tengah, rata kanan dan rata kiri-kanan. Gambarnya garis-garis.
dokumen-format-tengah-h2 = Klik tombol kedua dari empat itu, { dokumen-app-align-center }: garis-garisnya ada di tengah.
dokumen-format-tengah-ok = Judul sudah di tengah. Tebal, ukuran 14, rata tengah: judulnya rapi.
dokumen-format-tengah-value = Judulnya berpindah, tetapi belum ke tengah. Tidak apa-apa. Klik tombol { dokumen-app-align-center }, yang kedua dari empat tombol perataan.
dokumen-format-tengah-other = Yang berpindah baris lain, bukan judul. Tidak apa-apa. Klik { lesson-restart-step }. Lalu klik di judul dan klik { dokumen-app-align-center }.
dokumen-format-tengah-wrong-button = Itu tombol lain. Cari empat tombol bergambar garis-garis, lalu klik { dokumen-app-align-center }.
dokumen-format-urungkan-intro = Kadang kita salah klik. Tidak perlu panik.
    Tombol { dokumen-app-undo } membatalkan langkah terakhir. Di papan ketik caranya: tahan Ctrl, lalu tekan Z.
    Bila terlanjur membatalkan, tombol { dokumen-app-redo } mengembalikannya.
    Kita coba sekarang. Kita buat satu "kesalahan" dengan sengaja, lalu membatalkannya.
dokumen-format-pilih-semua = Klik tombol { dokumen-app-select-all }. Semua teks di halaman akan terpilih.
dokumen-format-pilih-semua-h1 = Tombol { dokumen-app-select-all } ada di baris tombol di atas halaman, di dekat tombol { dokumen-app-bold }.
dokumen-format-pilih-semua-h2 = Klik satu kali tombol { dokumen-app-select-all }. Seluruh teks akan berlatar biru.
dokumen-format-pilih-semua-ok = Semua teks terpilih.
dokumen-format-pilih-semua-other = Baru sebagian teks yang terpilih. Klik tombol { dokumen-app-select-all }.
dokumen-format-tebal-semua = Sekarang klik { dokumen-app-bold }, dan lihat apa yang terjadi.
dokumen-format-tebal-semua-h1 = Tombol { dokumen-app-bold } bergambar huruf B.
dokumen-format-tebal-semua-h2 = Pastikan semua teks masih berlatar biru, lalu klik tombol B (Tebal).
dokumen-format-tebal-semua-ok = Semua teks menjadi tebal. Surat jadi sulit dibaca. Inilah "kesalahan" kita.
dokumen-format-tebal-semua-off = Tebalnya hilang dari semua teks, juga dari judul. Tidak apa-apa. Klik { dokumen-app-bold } sekali lagi.
dokumen-format-tebal-semua-wrong-button = Itu tombol lain. Tidak apa-apa. Cari tombol bergambar huruf B, lalu klik.
dokumen-format-urungkan = Batalkan kesalahan itu. Klik tombol { dokumen-app-undo }.
dokumen-format-urungkan-h1 = Tombol { dokumen-app-undo } ada di baris tombol, di dekat tombol { dokumen-app-redo }.
dokumen-format-urungkan-h2 = Klik tombol { dokumen-app-undo } satu kali. Bisa juga dengan papan ketik: tahan Ctrl, lalu tekan Z.
dokumen-format-urungkan-ok = Langkah terakhir sudah dibatalkan. Setiap klik { dokumen-app-undo } membatalkan satu langkah.
dokumen-format-urungkan-bold = Tebalnya berubah lagi, karena itu tombol { dokumen-app-bold }. Tidak apa-apa. Untuk membatalkan, klik tombol { dokumen-app-undo }.
dokumen-format-urungkan-redo = Itu tombol { dokumen-app-redo }. Ulangi mengembalikan yang baru dibatalkan. Untuk membatalkan, klik tombol { dokumen-app-undo }.
dokumen-format-q-urungkan = Bapak/Ibu tidak sengaja menghapus satu paragraf. Apa yang paling cepat?
dokumen-format-q-urungkan-a = Mengetik ulang paragraf itu
dokumen-format-q-urungkan-a-fb = Belum tepat. Bisa, tetapi lama. Klik { dokumen-app-undo } atau tekan Ctrl+Z: paragraf itu kembali.
dokumen-format-q-urungkan-b = Klik { dokumen-app-undo }, atau tekan Ctrl+Z
dokumen-format-q-urungkan-b-fb = Betul. Paragraf yang terhapus kembali seperti semula.
dokumen-format-q-urungkan-c = Menutup pengolah kata tanpa menyimpan
dokumen-format-q-urungkan-c-fb = Belum tepat. Semua yang belum disimpan bisa ikut hilang. Klik { dokumen-app-undo } saja.
dokumen-format-q-pilih = Bapak/Ibu ingin membuat satu kata menjadi tebal. Apa yang dilakukan lebih dulu?
dokumen-format-q-pilih-a = Memilih kata itu
dokumen-format-q-pilih-a-fb = Betul. Pilih dulu, baru klik { dokumen-app-bold }.
dokumen-format-q-pilih-b = Mengklik { dokumen-app-bold }, lalu memilih kata itu
dokumen-format-q-pilih-b-fb = Belum tepat. Tebal tanpa pilihan hanya berlaku untuk huruf yang diketik sesudahnya. Pilih dulu katanya, baru klik { dokumen-app-bold }.

## Pelajaran 3: Menyimpan
dokumen-simpan-title = Menyimpan dengan nama yang jelas
dokumen-simpan-summary = Simpan Sebagai di folder yang tepat dengan nama yang mudah dicari, bukan "Dokumen1".
dokumen-simpan-intro = Pak Budi selesai mengetik undangan rapat. Ia mengklik Simpan, lalu langsung mengklik Simpan lagi di jendela yang muncul, tanpa membacanya.
    Suratnya tersimpan dengan nama "Dokumen1", entah di folder mana.
    Minggu berikutnya Sekretaris meminta surat itu. Di laptop ada Dokumen1, Dokumen2, Tanpa Judul... Yang mana suratnya?
    Supaya tidak begitu, pakai Simpan Sebagai: pilih folder yang tepat, lalu beri nama yang jelas.
dokumen-simpan-nama = Nama file yang baik:
    Diawali tanggal surat, dengan urutan tahun-bulan-tanggal: 2025-05-20. Dengan begitu file berurutan sendiri menurut tanggal.
    Lalu pokok suratnya, singkat: Undangan_Rapat. Pakai garis bawah _ atau tanda hubung - sebagai pengganti spasi.
    Jangan memakai tanda / \ : * ? " < > | karena komputer menolaknya.
    Simpan di folder yang sesuai, misalnya "Surat Keluar 2025".
    Bila kantor Bapak/Ibu punya aturan penamaan sendiri, ikuti aturan itu.
dokumen-simpan-q-nama = Nama file mana yang paling mudah ditemukan lagi?
dokumen-simpan-q-nama-a = Dokumen1
dokumen-simpan-q-nama-a-fb = Belum tepat. Setiap dokumen baru bernama Dokumen1. Dari namanya, tidak ada yang tahu isinya.
dokumen-simpan-q-nama-b = surat rapat
dokumen-simpan-q-nama-b-fb = Belum tepat. Rapat yang mana, tanggal berapa? Tambahkan tanggalnya.
dokumen-simpan-q-nama-c = 2025-05-20_Undangan_Rapat
dokumen-simpan-q-nama-c-fb = Betul. Tanggal dan pokok suratnya langsung terbaca.
dokumen-simpan-dialog = Lihat judul di bagian atas: dokumen ini masih bernama "Dokumen1". Klik tombol { dokumen-app-save-as }.
dokumen-simpan-dialog-h1 = Tombol { dokumen-app-save-as } ada di baris tombol paling atas, di dekat tombol { dokumen-app-save }.
dokumen-simpan-dialog-h2 = Klik satu kali tombol { dokumen-app-save-as }. Sebuah jendela akan terbuka di atas halaman.
dokumen-simpan-dialog-ok = Jendela { dokumen-app-save-as-title } terbuka. Di kiri ada daftar folder. Di bawah ada kotak { dokumen-app-file-name }.
dokumen-simpan-dialog-pdf = Itu Ekspor PDF. PDF kita pelajari nanti. Klik { dokumen-app-cancel } di jendela itu, lalu klik { dokumen-app-save-as }.
dokumen-simpan-dialog-open = Itu jendela { dokumen-app-open-title }, untuk membuka file. Klik { dokumen-app-cancel }, lalu klik { dokumen-app-save-as }.
dokumen-simpan-dialog-print = Itu jendela { dokumen-app-print-title }. Klik { dokumen-app-cancel }, lalu klik { dokumen-app-save-as }.
dokumen-simpan-folder = Pilih folder tujuannya. Klik folder "Surat Keluar 2025".
dokumen-simpan-folder-h1 = Daftar folder ada di sisi kiri jendela { dokumen-app-save-as-title }.
dokumen-simpan-folder-h2 = Klik satu kali pada "Surat Keluar 2025". Hati-hati, jangan tertukar dengan "Surat Masuk 2025".
dokumen-simpan-folder-ok = Folder Surat Keluar 2025 terbuka. Di sana sudah ada surat lain dengan nama yang rapi.
dokumen-simpan-folder-masuk = Itu "Surat Masuk 2025", untuk surat yang kita terima. Surat ini kita kirim. Klik "Surat Keluar 2025".
dokumen-simpan-folder-other = Itu folder lain. Klik "Surat Keluar 2025" di daftar folder.
dokumen-simpan-folder-saved-early = Surat sudah tersimpan, tetapi foldernya belum dipilih. Tidak apa-apa. Klik { dokumen-app-save-as } lagi, lalu klik folder "Surat Keluar 2025".
dokumen-simpan-nama-file = Klik kotak { dokumen-app-file-name }. Hapus tulisan "Dokumen1", lalu ketik:
    2025-05-20_Undangan_Rapat
    Lalu klik tombol { dokumen-app-save } di jendela itu.
dokumen-simpan-nama-file-h1 = Klik di kotak { dokumen-app-file-name }, lalu tekan Backspace sampai kotaknya kosong. Garis bawah _ diketik dengan menahan Shift dan menekan tombol tanda hubung, di kanan angka 0.
dokumen-simpan-nama-file-h2 = Ketik persis: 2025-05-20_Undangan_Rapat. Akhiran .docx ditambahkan sendiri. Lalu klik tombol { dokumen-app-save } di kanan bawah jendela.
dokumen-simpan-nama-file-ok = Tersimpan! Lihat judul di atas: sekarang tertulis 2025-05-20_Undangan_Rapat.docx. Siapa pun bisa menebak isinya.
dokumen-simpan-refused-empty = Kotak { dokumen-app-file-name } masih kosong. Ketik 2025-05-20_Undangan_Rapat, lalu klik { dokumen-app-save }.
dokumen-simpan-refused-character = Nama itu memakai tanda yang ditolak komputer, misalnya / atau :. Tidak apa-apa. Pakai tanda hubung - di antara angka tanggal: 2025-05-20_Undangan_Rapat.
dokumen-simpan-saved-default = Surat tersimpan dengan nama seperti "Dokumen1". Nama seperti itu sulit dicari lagi. Tidak apa-apa. Klik { dokumen-app-save-as } lagi, lalu ketik nama yang jelas.
dokumen-simpan-saved-pdf = Surat tersimpan sebagai PDF. Untuk surat yang masih bisa diubah, pilih Word (.docx). Klik { lesson-restart-step } untuk mencoba lagi.
dokumen-simpan-saved-name = Foldernya sudah benar, tetapi namanya belum sama persis. Tidak apa-apa. Klik { dokumen-app-save-as } lagi, lalu ketik: 2025-05-20_Undangan_Rapat
dokumen-simpan-saved-folder = Surat tersimpan di folder lain. Tidak apa-apa. Klik { dokumen-app-save-as } lagi, pilih folder "Surat Keluar 2025", lalu simpan.
dokumen-simpan-lagi-intro = Sekarang surat sudah punya nama dan tempat.
    Bila nanti isinya diubah, cukup klik { dokumen-app-save }. Surat disimpan di tempat yang sama, tanpa ditanya lagi.
    Simpan Sebagai dipakai bila Bapak/Ibu ingin menyimpan dengan nama baru atau di folder lain.
    Biasakan mengklik Simpan setiap beberapa menit, supaya ketikan tidak hilang bila listrik padam.
dokumen-simpan-lagi = Coba sekarang: klik tombol { dokumen-app-save }.
dokumen-simpan-lagi-h1 = Tombol { dokumen-app-save } ada di baris tombol paling atas.
dokumen-simpan-lagi-h2 = Klik satu kali tombol { dokumen-app-save }, bukan Simpan Sebagai. Tidak ada jendela yang muncul.
dokumen-simpan-lagi-ok = Tersimpan di tempat yang sama: folder Surat Keluar 2025, nama 2025-05-20_Undangan_Rapat.docx.
dokumen-simpan-lagi-dialog = Itu membuka jendela { dokumen-app-save-as-title } lagi. Klik { dokumen-app-cancel }, lalu klik tombol { dokumen-app-save }.
dokumen-simpan-lagi-other = Surat tersimpan dengan nama atau di folder lain. Tidak apa-apa. Untuk menyimpan di tempat yang sama, klik tombol { dokumen-app-save } saja.
dokumen-simpan-q-tanda = Bolehkah nama file ditulis "Undangan 20/05/2025"?
dokumen-simpan-q-tanda-a = Boleh
dokumen-simpan-q-tanda-a-fb = Belum tepat. Tanda / ditolak, karena komputer memakainya untuk memisahkan folder. Tulis tanggalnya 2025-05-20.
dokumen-simpan-q-tanda-b = Tidak boleh. Tulis tanggalnya 2025-05-20
dokumen-simpan-q-tanda-b-fb = Betul. Tanda hubung aman dipakai, dan file berurutan menurut tanggal.
dokumen-simpan-q-beda = Apa beda Simpan dan Simpan Sebagai?
dokumen-simpan-q-beda-a = Simpan menyimpan di tempat yang sama. Simpan Sebagai memilih nama dan folder baru
dokumen-simpan-q-beda-a-fb = Betul. Untuk surat baru, pakai Simpan Sebagai. Sesudah itu cukup Simpan.
dokumen-simpan-q-beda-b = Sama saja
dokumen-simpan-q-beda-b-fb = Belum tepat. Simpan Sebagai selalu menanyakan nama dan folder. Simpan menyimpan di tempat yang sudah ada.
dokumen-simpan-q-beda-c = Simpan Sebagai hanya untuk PDF
dokumen-simpan-q-beda-c-fb = Belum tepat. Simpan Sebagai bisa untuk .docx maupun PDF. Gunanya untuk memilih nama dan folder.

## Pelajaran 4: Menemukan file lagi
dokumen-cari-title = Menemukan file lagi
dokumen-cari-summary = Buka file lewat Dokumen Terakhir, lewat folder, atau dengan kotak Cari.
dokumen-cari-intro = File yang sudah disimpan dibuka lagi dengan tombol { dokumen-app-open }. Ada tiga cara menemukannya:
    1. Dokumen Terakhir: file yang baru saja dikerjakan. Yang terbaru ada paling atas.
    2. Folder: buka foldernya, lalu pilih filenya.
    3. Cari: ketik sebagian nama file. Di sinilah nama yang jelas sangat menolong.
dokumen-cari-buka-h1 = Tombol { dokumen-app-open } ada di baris tombol paling atas.
dokumen-cari-buka-h2 = Klik satu kali tombol { dokumen-app-open }. Jendela { dokumen-app-open-title } akan muncul.
dokumen-cari-buka-save = Itu jendela untuk menyimpan. Klik { dokumen-app-cancel }, lalu klik tombol { dokumen-app-open }.
dokumen-cari-buka1 = Klik tombol { dokumen-app-open }.
dokumen-cari-buka1-ok = Jendela { dokumen-app-open-title } terbuka. Ada { dokumen-app-recent }, daftar folder, dan kotak { dokumen-app-search }.
dokumen-cari-terakhir = Buka undangan rapat yang kemarin Bapak/Ibu simpan. Klik namanya di Dokumen Terakhir:
    2025-05-20_Undangan_Rapat.docx
dokumen-cari-terakhir-h1 = { dokumen-app-recent } ada di jendela { dokumen-app-open-title }. File terbaru ada paling atas.
dokumen-cari-terakhir-h2 = Klik baris pertama di Dokumen Terakhir: 2025-05-20_Undangan_Rapat.docx.
dokumen-cari-terakhir-ok = Surat terbuka. Judul di atas berganti menjadi nama file itu.
dokumen-cari-terakhir-other-way = Surat yang benar sudah terbuka. Kali ini coba lewat Dokumen Terakhir: klik { dokumen-app-open } lagi, lalu klik baris pertama di Dokumen Terakhir.
dokumen-cari-terakhir-other = Itu file lain. Tidak apa-apa. Klik { dokumen-app-open } lagi, lalu klik baris pertama di Dokumen Terakhir.
dokumen-cari-buka2 = Sekarang cari laporan bulan April. File itu tidak ada di Dokumen Terakhir. Klik { dokumen-app-open } lagi.
dokumen-cari-folder = Laporan bulanan disimpan di folder Laporan. Klik folder Laporan.
dokumen-cari-folder-h1 = Daftar folder ada di sisi kiri jendela { dokumen-app-open-title }.
dokumen-cari-folder-h2 = Klik satu kali pada folder Laporan.
dokumen-cari-folder-ok = Isi folder Laporan tampil. Karena namanya diawali tanggal, file-filenya berurutan menurut tanggal.
dokumen-cari-folder-other = Itu folder lain. Klik folder Laporan di daftar folder.
dokumen-cari-april = Buka laporan bulan April: 2025-04-30_Laporan_Bulanan_April.docx
dokumen-cari-april-h1 = Cari nama yang berakhiran "April" di daftar file folder Laporan.
dokumen-cari-april-h2 = Klik nama file 2025-04-30_Laporan_Bulanan_April.docx untuk membukanya.
dokumen-cari-april-ok = Laporan April terbuka.
dokumen-cari-april-other = Itu laporan bulan lain. Tidak apa-apa. Klik { lesson-restart-step }, lalu buka file yang berakhiran April dari folder Laporan.
dokumen-cari-buka3 = Terakhir, cara Cari. Klik { dokumen-app-open } sekali lagi.
dokumen-cari-search = Bapak/Ibu perlu notulen Musrenbang, tetapi lupa disimpan di folder mana. Klik kotak Cari, ketik Notulen, lalu klik file yang muncul.
dokumen-cari-search-h1 = Kotak { dokumen-app-search } ada di jendela { dokumen-app-open-title }. Cukup ketik sebagian nama file. Huruf besar atau kecil tidak masalah.
dokumen-cari-search-h2 = Ketik Notulen di kotak Cari. Lalu klik file 2025-03-12_Notulen_Musrenbang.docx di hasil pencarian.
dokumen-cari-search-ok = Ketemu! Ternyata file itu ada di folder { disk-folder-dokumen }. Kotak Cari memeriksa semua folder sekaligus.
dokumen-cari-search-none = Belum ada file yang cocok. Periksa ejaan di kotak Cari: Notulen. Hapus huruf yang salah dengan Backspace.
dokumen-cari-search-other-way = Notulen sudah terbuka. Kali ini coba lewat kotak { dokumen-app-search }. Klik { lesson-restart-step } untuk mencoba lagi.
dokumen-cari-search-other = Itu file lain. Tidak apa-apa. Klik { lesson-restart-step }. Lalu ketik Notulen di kotak "{ dokumen-app-search }" dan klik file yang muncul.
dokumen-cari-q-lupa = Bapak/Ibu ingat nama filenya berisi kata "Musrenbang", tetapi lupa foldernya. Cara apa yang paling cepat?
dokumen-cari-q-lupa-a = Membuka semua folder satu per satu
dokumen-cari-q-lupa-a-fb = Belum tepat. Bisa, tetapi lama. Ketik Musrenbang di kotak Cari.
dokumen-cari-q-lupa-b = Mengetik Musrenbang di kotak Cari
dokumen-cari-q-lupa-b-fb = Betul. Kotak Cari memeriksa semua folder sekaligus.
dokumen-cari-q-lupa-c = Mengetik ulang suratnya
dokumen-cari-q-lupa-c-fb = Belum tepat. Filenya masih ada, tinggal dicari. Ketik Musrenbang di kotak Cari.
dokumen-cari-q-terakhir = Di mana file yang kemarin Bapak/Ibu kerjakan paling cepat ditemukan?
dokumen-cari-q-terakhir-a = Di Dokumen Terakhir
dokumen-cari-q-terakhir-a-fb = Betul. File yang baru dikerjakan ada paling atas.
dokumen-cari-q-terakhir-b = Di folder { disk-folder-unduhan }
dokumen-cari-q-terakhir-b-fb = Belum tepat. Unduhan berisi file yang diunduh dari internet atau email. Lihat Dokumen Terakhir.

## Pelajaran 5: Surat dinas dari templat
dokumen-surat-dinas-title = Menulis surat dinas dari templat
dokumen-surat-dinas-summary = Kenali bagian-bagian surat dinas, lalu tulis isi surat undangan untuk ditandatangani Camat.
dokumen-surat-dinas-intro = Pak Camat meminta Bapak/Ibu menyiapkan surat undangan rapat posyandu untuk Kepala Desa Mekarsari. Bapak/Ibu yang menulis konsepnya. Camat yang menandatangani.
    Templat surat sudah terbuka. Kop surat, nomor dari buku agenda, hal, tujuan dan tanda tangan sudah terisi. Bagian yang kosong adalah isi surat. Isi surat itulah yang Bapak/Ibu tulis.
    Aturan lengkapnya ada di pedoman tata naskah dinas daerah Bapak/Ibu, yang mengikuti Permendagri Nomor 1 Tahun 2023. Ikuti pedoman itu.
dokumen-surat-dinas-atas = Bagian atas surat dinas, dari atas ke bawah:
    Kop surat: nama pemerintah daerah, nama kantor dan alamatnya.
    Tempat dan tanggal: misalnya Sukamaju, 20 Mei 2025.
    Nomor: dari buku agenda atau aplikasi surat kantor, tidak dikarang sendiri. Angka di depan adalah kode klasifikasi arsip, misalnya 400.7 untuk urusan kesehatan.
    Sifat: seberapa rahasia surat itu: Biasa, Terbatas, Rahasia atau Sangat Rahasia. Surat undangan biasanya Biasa. Segera dan Sangat Segera bukan Sifat. Itu kecepatan penyampaian, dan ditulis terpisah bila perlu.
    Lampiran: jumlah berkas yang dilampirkan. Bila tidak ada, tulis tanda -
    Hal: pokok surat, singkat. Misalnya: Undangan Rapat Koordinasi Posyandu.
dokumen-surat-dinas-bawah = Bagian berikutnya:
    Yth.: jabatan penerima, bukan nama orangnya. Misalnya: Kepala Desa Mekarsari.
    Isi surat: pembuka, isi dan penutup.
    Tanda tangan: jabatan, nama lengkap dan NIP (18 angka) pejabat yang menandatangani. Di sini Camat Sukamaju, bukan Bapak/Ibu.
    Tembusan: pihak lain yang perlu tahu, misalnya Kepala Puskesmas Sukamaju. Bila tidak ada, tulis tanda -
dokumen-surat-dinas-q-yth = Surat ini untuk kepala desa. Apa yang ditulis di Yth.?
dokumen-surat-dinas-q-yth-a = Kepala Desa Mekarsari
dokumen-surat-dinas-q-yth-a-fb = Betul. Surat dinas ditujukan kepada jabatan. Bila kepala desanya berganti, surat tetap sampai ke orang yang tepat.
dokumen-surat-dinas-q-yth-b = Bapak Slamet
dokumen-surat-dinas-q-yth-b-fb = Belum tepat. Surat dinas ditujukan kepada jabatan, bukan nama orang. Tulis: Kepala Desa Mekarsari.
dokumen-surat-dinas-q-yth-c = Desa Mekarsari
dokumen-surat-dinas-q-yth-c-fb = Belum tepat. Yth. ditujukan kepada orang yang memegang jabatan. Tulis jabatannya: Kepala Desa Mekarsari.
dokumen-surat-dinas-periksa1 = Klik tombol { dokumen-app-check-letter } untuk melihat bagian mana yang belum diisi.
dokumen-surat-dinas-periksa1-h1 = Tombol { dokumen-app-check-letter } ada di atas templat surat.
dokumen-surat-dinas-periksa1-h2 = Klik satu kali tombol { dokumen-app-check-letter }. Bagian yang belum diisi akan disebut.
dokumen-surat-dinas-periksa1-ok = Hanya { dokumen-app-field-isi } yang masih kosong. Kita tulis sekarang, sedikit demi sedikit.
dokumen-surat-dinas-periksa1-save = Suratnya belum lengkap, jadi belum perlu disimpan. Klik { dokumen-app-cancel }, lalu klik { dokumen-app-check-letter }.
dokumen-surat-dinas-tiga-bagian = Isi surat dinas punya tiga bagian:
    Pembuka: salam dan alasan surat. Misalnya: Dengan hormat, atau: Sehubungan dengan persiapan posyandu bulan Juni,
    Isi: apa acaranya, hari dan tanggal, pukul berapa, dan di mana.
    Penutup: misalnya: Demikian, atas perhatian Saudara kami ucapkan terima kasih.
    Bapak/Ibu boleh memakai kata-kata sendiri.
dokumen-surat-dinas-pembuka = Klik di kotak { dokumen-app-field-isi }, lalu ketik pembukanya. Misalnya: Dengan hormat,
dokumen-surat-dinas-pembuka-h1 = Kotak { dokumen-app-field-isi } adalah kotak besar di bawah Yth. Klik di dalamnya, lalu mulai mengetik.
dokumen-surat-dinas-pembuka-h2 = Ketik dua kata: Dengan hormat, lalu tanda koma.
dokumen-surat-dinas-pembuka-ok = Pembuka sudah ada.
dokumen-surat-dinas-inti = Sekarang ketik isinya sesudah pembuka: rapat koordinasi posyandu, hari Selasa, 27 Mei 2025, pukul 09.00 WIB, di Aula Kantor Kecamatan Sukamaju.
dokumen-surat-dinas-inti-h1 = Lanjutkan di kotak yang sama, sesudah Dengan hormat. Misalnya: kami mengundang Saudara hadir dalam rapat koordinasi posyandu ...
dokumen-surat-dinas-inti-h2 = Sebutkan apa acaranya, hari dan tanggalnya, jamnya, dan tempatnya. Paling sedikit delapan kata.
dokumen-surat-dinas-inti-ok = Isinya sudah ada. Bila masih ada yang mau ditulis, selesaikan dulu kalimatnya.
dokumen-surat-dinas-penutup = Terakhir, ketik penutupnya di akhir isi surat. Misalnya: Demikian, atas perhatian Saudara kami ucapkan terima kasih.
dokumen-surat-dinas-penutup-h1 = Klik di akhir tulisan di kotak { dokumen-app-field-isi }. Tekan Enter untuk baris baru.
dokumen-surat-dinas-penutup-h2 = Ketik kalimat yang dimulai dengan Demikian, atau yang berisi terima kasih.
dokumen-surat-dinas-penutup-ok = Penutup sudah ada. Isi surat lengkap: pembuka, isi dan penutup.
dokumen-surat-dinas-periksa2 = Klik lagi tombol { dokumen-app-check-letter }.
dokumen-surat-dinas-periksa2-h1 = Tombol { dokumen-app-check-letter } ada di atas templat surat.
dokumen-surat-dinas-periksa2-h2 = Klik satu kali tombol { dokumen-app-check-letter }. Bila ada yang kurang, tulisannya akan memberi tahu.
dokumen-surat-dinas-isi-ok = Surat lengkap! Konsep ini siap diparaf atasan dan ditandatangani Camat.
dokumen-surat-dinas-missing-tempat-tanggal = Kotak Tempat dan tanggal kosong. Ketik: Sukamaju, 20 Mei 2025. Lalu klik { dokumen-app-check-letter } lagi.
dokumen-surat-dinas-missing-nomor = Kotak { dokumen-app-field-nomor } kosong. Ketik lagi: 400.7/112/Kec.Skj/2025. Lalu klik { dokumen-app-check-letter } lagi.
dokumen-surat-dinas-missing-sifat = Kotak { dokumen-app-field-sifat } kosong. Ketik: Biasa. Lalu klik { dokumen-app-check-letter } lagi.
dokumen-surat-dinas-missing-lampiran = Kotak { dokumen-app-field-lampiran } kosong. Surat ini tidak punya lampiran, jadi ketik tanda hubung: -
dokumen-surat-dinas-missing-hal = Kotak { dokumen-app-field-hal } kosong. Ketik pokok suratnya: Undangan Rapat Koordinasi Posyandu. Lalu klik { dokumen-app-check-letter } lagi.
dokumen-surat-dinas-missing-yth = Kotak Yth. kosong. Ketik jabatan penerimanya: Kepala Desa Mekarsari. Lalu klik { dokumen-app-check-letter } lagi.
dokumen-surat-dinas-missing-isi = { dokumen-app-field-isi } masih kosong. Tidak apa-apa. Klik di kotak { dokumen-app-field-isi } dan tulis isinya.
dokumen-surat-dinas-missing-ttd = Jabatan atau nama penanda tangan kosong. Ketik jabatannya: Camat Sukamaju, dan namanya: Drs. Ahmad Fauzi, M.Si.
dokumen-surat-dinas-missing-nip = NIP kosong atau belum 18 angka. Ketik NIP penanda tangan: 197003151995031002
dokumen-surat-dinas-missing-tembusan = Kotak { dokumen-app-field-tembusan } kosong. Ketik: Kepala Puskesmas Sukamaju. Lalu klik { dokumen-app-check-letter } lagi.
dokumen-surat-dinas-no-opening = Pembuka surat belum ada. Klik di awal kotak { dokumen-app-field-isi }, lalu ketik: Dengan hormat,
dokumen-surat-dinas-no-content = Isi surat masih terlalu pendek. Tambahkan apa acaranya, hari, tanggal, jam dan tempatnya.
dokumen-surat-dinas-no-closing = Penutup surat belum ada. Klik di akhir tulisan, lalu ketik: Demikian, atas perhatian Saudara kami ucapkan terima kasih.
dokumen-surat-dinas-q-lampiran = Surat ini tidak melampirkan apa pun. Apa yang ditulis di Lampiran?
dokumen-surat-dinas-q-lampiran-a = Dibiarkan kosong
dokumen-surat-dinas-q-lampiran-a-fb = Belum tepat. Kotak yang kosong membuat pembaca bertanya: lupa diisi? Tulis tanda -
dokumen-surat-dinas-q-lampiran-b = Tanda -
dokumen-surat-dinas-q-lampiran-b-fb = Betul. Tanda - berarti memang tidak ada lampiran.
dokumen-surat-dinas-q-hal = Mana Hal yang paling baik?
dokumen-surat-dinas-q-hal-a = Surat
dokumen-surat-dinas-q-hal-a-fb = Belum tepat. Terlalu umum. Hal menyebut pokok surat, misalnya Undangan Rapat Koordinasi Posyandu.
dokumen-surat-dinas-q-hal-b = Undangan Rapat Koordinasi Posyandu
dokumen-surat-dinas-q-hal-b-fb = Betul. Singkat, dan langsung jelas isinya.
dokumen-surat-dinas-q-hal-c = Dengan hormat, kami mengundang Saudara untuk hadir dalam rapat
dokumen-surat-dinas-q-hal-c-fb = Belum tepat. Itu kalimat isi surat. Hal cukup pokoknya saja, misalnya Undangan Rapat Koordinasi Posyandu.

## Pelajaran 6: PDF
dokumen-pdf-title = Menyimpan sebagai PDF
dokumen-pdf-summary = Ekspor surat ke PDF dan periksa ukuran filenya.
dokumen-pdf-intro = Surat .docx bisa tampil berbeda di komputer lain: hurufnya berganti, tanda tangan terdorong ke halaman berikutnya. Penerima juga bisa mengubah isinya.
    PDF tampil sama di semua komputer dan HP, dan tidak mudah diubah. Karena itu surat yang dikirim atau diunggah biasanya berupa PDF.
    File .docx-nya tetap disimpan, supaya surat masih bisa diperbaiki.
dokumen-pdf-ekspor = Klik tombol { dokumen-app-export-pdf }.
dokumen-pdf-ekspor-h1 = Tombol { dokumen-app-export-pdf } ada di baris tombol paling atas.
dokumen-pdf-ekspor-h2 = Klik satu kali tombol { dokumen-app-export-pdf }. Jendela simpan akan terbuka dengan pilihan PDF.
dokumen-pdf-ekspor-ok = Jendela simpan terbuka. Lihat: jenis filenya sudah PDF.
dokumen-pdf-ekspor-docx = Itu jendela { dokumen-app-save-as-title } untuk .docx. Tidak apa-apa. Klik { dokumen-app-cancel }, lalu klik { dokumen-app-export-pdf }.
dokumen-pdf-ekspor-print = Itu jendela { dokumen-app-print-title }. Klik { dokumen-app-cancel }, lalu klik { dokumen-app-export-pdf }.
dokumen-pdf-simpan = Pastikan folder "Surat Keluar 2025" terpilih dan namanya 2025-05-20_Undangan_Rapat. Lalu klik { dokumen-app-save }.
dokumen-pdf-simpan-h1 = Nama PDF sebaiknya sama dengan nama suratnya. Hanya akhirannya yang berbeda: .pdf.
dokumen-pdf-simpan-h2 = Bila folder lain yang terpilih, klik "Surat Keluar 2025" di sisi kiri. Lalu klik tombol { dokumen-app-save } di kanan bawah jendela.
dokumen-pdf-simpan-ok = PDF tersimpan di samping file .docx-nya. Keduanya mudah ditemukan.
dokumen-pdf-simpan-docx = Yang tersimpan file .docx, bukan PDF. Tidak apa-apa. Klik { dokumen-app-export-pdf } lagi, lalu Simpan.
dokumen-pdf-simpan-refused = Nama file kosong atau memakai tanda yang ditolak. Ketik: 2025-05-20_Undangan_Rapat, lalu klik { dokumen-app-save }.
dokumen-pdf-simpan-name = PDF tersimpan di folder yang benar, tetapi namanya berbeda dari nama suratnya. Tidak apa-apa. Klik { dokumen-app-export-pdf } lagi dan ketik 2025-05-20_Undangan_Rapat.
dokumen-pdf-simpan-folder = PDF tersimpan di folder lain. Tidak apa-apa. Klik { dokumen-app-export-pdf } lagi, pilih "Surat Keluar 2025", lalu Simpan.
dokumen-pdf-ukuran-intro = Banyak aplikasi membatasi ukuran file. Misalnya aplikasi presensi hanya menerima lampiran sampai 300 KB. Email kantor juga punya batas.
    Ukuran file ditulis dalam KB (kilobita) atau MB (megabita). 1 MB sama dengan 1.024 KB.
    Mari lihat ukuran PDF tadi.
dokumen-pdf-buka = Klik tombol { dokumen-app-open }.
dokumen-pdf-buka-h1 = Tombol { dokumen-app-open } ada di baris tombol paling atas.
dokumen-pdf-buka-h2 = Klik satu kali tombol { dokumen-app-open }. Jendela { dokumen-app-open-title } akan muncul.
dokumen-pdf-buka-ok = Jendela { dokumen-app-open-title } terbuka.
dokumen-pdf-buka-save = Itu jendela untuk menyimpan. Klik { dokumen-app-cancel }, lalu klik tombol { dokumen-app-open }.
dokumen-pdf-folder = Klik folder "Surat Keluar 2025". Lihat angka KB di samping setiap file.
dokumen-pdf-folder-h1 = Daftar folder ada di sisi kiri jendela { dokumen-app-open-title }.
dokumen-pdf-folder-h2 = Klik satu kali pada "Surat Keluar 2025".
dokumen-pdf-folder-ok = Lihat ukuran 2025-05-20_Undangan_Rapat.pdf: kurang dari 100 KB. Surat satu halaman biasanya kecil.
dokumen-pdf-folder-other = Itu folder lain. Klik "Surat Keluar 2025".
dokumen-pdf-q-ukuran = Aplikasi menerima file sampai 300 KB. PDF Bapak/Ibu berukuran 48 KB. Bisakah diunggah?
dokumen-pdf-q-ukuran-a = Bisa
dokumen-pdf-q-ukuran-a-fb = Betul. 48 KB lebih kecil dari 300 KB.
dokumen-pdf-q-ukuran-b = Tidak bisa
dokumen-pdf-q-ukuran-b-fb = Belum tepat. 48 KB lebih kecil dari 300 KB, jadi bisa diunggah.
dokumen-pdf-q-kenapa = Mengapa surat dikirim sebagai PDF?
dokumen-pdf-q-kenapa-a = Supaya penerima mudah mengubahnya
dokumen-pdf-q-kenapa-a-fb = Belum tepat. Justru sebaliknya: PDF tidak mudah diubah.
dokumen-pdf-q-kenapa-b = Tampilannya sama di semua perangkat, dan tidak mudah diubah
dokumen-pdf-q-kenapa-b-fb = Betul. Surat sampai persis seperti yang Bapak/Ibu buat.
dokumen-pdf-q-kenapa-c = Karena file .docx tidak bisa dikirim lewat email
dokumen-pdf-q-kenapa-c-fb = Belum tepat. File .docx bisa dikirim, tetapi tampilannya bisa berubah dan isinya bisa diubah. PDF lebih aman.

## Pelajaran 7: Mencetak
dokumen-cetak-title = Mencetak surat di kertas F4
dokumen-cetak-summary = Atur ukuran kertas F4 di Tata Letak, lalu cetak dua rangkap.
dokumen-cetak-intro = Ada dua ukuran kertas yang umum di kantor: A4 (21 × 29,7 cm) dan F4 atau folio (21,5 × 33 cm). F4 sedikit lebih panjang.
    Ukuran kertas diatur di dokumennya, sebelum mencetak. Di Microsoft Word: Tata Letak, lalu Ukuran. Di WPS Office: Tata Letak, lalu Ukuran Kertas. Di LibreOffice: Format, lalu Halaman. F4 sering bernama Folio atau 8,5 × 13 inci. Bila tidak ada, buat ukuran sendiri: 21,5 × 33 cm.
    Bila dokumen masih A4 lalu dicetak di kertas F4, letak tulisannya tidak pas. Kertas terbuang, surat harus dicetak ulang.
    Di latihan ini kantor memakai kertas F4 untuk surat dinas. Di kantor Bapak/Ibu, ikuti aturan yang berlaku.
dokumen-cetak-tata-letak = Klik tombol { dokumen-app-page-setup }.
dokumen-cetak-tata-letak-h1 = Tombol { dokumen-app-page-setup } ada di baris tombol paling atas, di sebelah { dokumen-app-print }.
dokumen-cetak-tata-letak-h2 = Klik satu kali tombol { dokumen-app-page-setup }. Jendela { dokumen-app-setup-title } akan terbuka.
dokumen-cetak-tata-letak-ok = Jendela { dokumen-app-setup-title } terbuka. Gambar di kiri menunjukkan halaman dokumen: sekarang masih A4.
dokumen-cetak-tata-letak-print = Itu jendela { dokumen-app-print-title }. Ukuran kertas diatur dulu di dokumennya. Klik { dokumen-app-cancel }, lalu klik { dokumen-app-page-setup }.
dokumen-cetak-tata-letak-save = Itu jendela simpan. Klik { dokumen-app-cancel }, lalu klik { dokumen-app-page-setup }.
dokumen-cetak-kertas = Pilih { dokumen-app-setup-paper-f4 }.
dokumen-cetak-kertas-h1 = Pilihan ukuran kertas ada di kanan gambar halaman.
dokumen-cetak-kertas-h2 = Klik satu kali pilihan { dokumen-app-setup-paper-f4 }.
dokumen-cetak-kertas-ok = F4 terpilih. Lihat gambarnya: halamannya sedikit lebih panjang.
dokumen-cetak-kertas-a4 = Itu A4. Kantor kita memakai F4 untuk surat dinas. Klik { dokumen-app-setup-paper-f4 }.
dokumen-cetak-kertas-early = Jendelanya sudah tertutup, dan ukurannya belum diganti. Tidak apa-apa. Klik { lesson-restart-step }.
dokumen-cetak-ok = Klik tombol { dokumen-app-setup-ok }.
dokumen-cetak-ok-h1 = Tombol { dokumen-app-setup-ok } ada di kanan bawah jendela { dokumen-app-setup-title }.
dokumen-cetak-ok-h2 = Klik satu kali tombol { dokumen-app-setup-ok }. Jendelanya akan tertutup.
dokumen-cetak-ok-ok = Dokumen sekarang berukuran F4.
dokumen-cetak-ok-a4 = Ukurannya masih A4. Tidak apa-apa. Klik { lesson-restart-step }.
dokumen-cetak-buka = Sekarang klik tombol { dokumen-app-print }.
dokumen-cetak-buka-h1 = Tombol { dokumen-app-print } ada di baris tombol paling atas.
dokumen-cetak-buka-h2 = Klik satu kali tombol { dokumen-app-print }. Jendela { dokumen-app-print-title } akan terbuka.
dokumen-cetak-buka-ok = Jendela { dokumen-app-print-title } terbuka. Kertasnya sudah F4, karena dokumennya F4. Di kiri ada pratinjau: gambar halaman seperti nanti tercetak.
dokumen-cetak-buka-pdf = Itu Ekspor PDF. Klik { dokumen-app-cancel }, lalu klik { dokumen-app-print }.
dokumen-cetak-buka-save = Itu jendela simpan. Klik { dokumen-app-cancel }, lalu klik { dokumen-app-print }.
dokumen-cetak-rangkap = Surat perlu dua rangkap: satu dikirim, satu untuk arsip. Klik tombol + satu kali.
dokumen-cetak-rangkap-h1 = { dokumen-app-copies } ada di jendela { dokumen-app-print-title }. Tombol + menambah, tombol − mengurangi.
dokumen-cetak-rangkap-h2 = Klik + satu kali. Angkanya menjadi 2.
dokumen-cetak-rangkap-ok = Jumlah salinan sekarang 2.
dokumen-cetak-rangkap-other = Angkanya belum 2. Tidak apa-apa. Klik + atau − sampai angkanya 2.
dokumen-cetak-rangkap-early = Surat sudah tercetak. Tidak apa-apa, ini latihan. Klik { lesson-restart-step }.
dokumen-cetak-cetak = Sekarang klik tombol { dokumen-app-do-print } di jendela itu.
dokumen-cetak-cetak-h1 = Tombol { dokumen-app-do-print } ada di kanan bawah jendela { dokumen-app-print-title }.
dokumen-cetak-cetak-h2 = Periksa dulu: kertas F4, jumlah 2. Lalu klik tombol { dokumen-app-do-print }.
dokumen-cetak-cetak-ok = Tercetak dua rangkap di kertas F4. Rapi, dan tidak ada kertas yang terbuang.
dokumen-cetak-cetak-paper = Kertas di printer atau ukuran dokumennya bukan F4. Tidak apa-apa, ini latihan. Klik { lesson-restart-step }.
dokumen-cetak-cetak-copies = Jumlahnya bukan 2. Tidak apa-apa, ini latihan. Klik { lesson-restart-step }.
dokumen-cetak-q-kertas = Mana yang lebih panjang?
dokumen-cetak-q-kertas-a = A4
dokumen-cetak-q-kertas-a-fb = Belum tepat. A4 panjangnya 29,7 cm. F4 lebih panjang: 33 cm.
dokumen-cetak-q-kertas-b = F4
dokumen-cetak-q-kertas-b-fb = Betul. F4 panjangnya 33 cm, A4 29,7 cm. Karena itu pilihan kertas harus sama dengan kertas di printer.
dokumen-cetak-q-sebelum = Apa yang diperiksa sebelum mengklik Cetak?
dokumen-cetak-q-sebelum-a = Tidak perlu ada yang diperiksa
dokumen-cetak-q-sebelum-a-fb = Belum tepat. Satu kesalahan kecil bisa membuang banyak kertas. Periksa pratinjau, kertas dan jumlah salinan.
dokumen-cetak-q-sebelum-b = Pratinjau, jenis kertas dan jumlah salinan
dokumen-cetak-q-sebelum-b-fb = Betul. Tiga hal itu paling sering terlewat.
dokumen-cetak-q-sebelum-c = Warna tintanya saja
dokumen-cetak-q-sebelum-c-fb = Belum tepat. Yang paling sering keliru adalah kertas dan jumlah salinan. Periksa juga pratinjaunya.

## Pelajaran 8: Mengirim PDF lewat email
dokumen-kirim-pdf-title = Mengirim surat PDF lewat email
dokumen-kirim-pdf-summary = Dari pengolah kata ke email: ekspor surat ke PDF, lalu lampirkan.
dokumen-kirim-pdf-m1-subject = Kirim undangan rapat posyandu ke Ibu Siti
dokumen-kirim-pdf-m1-body = Pak Budi,
    Mohon surat undangan rapat koordinasi posyandu dikirim hari ini dalam bentuk PDF kepada Ibu Siti Rahma di Subbag Umum (siti.rahma@sukamajukab.go.id).
    Ibu Siti akan meneruskannya ke desa-desa.
    Terima kasih.
    Sekretaris Kecamatan Sukamaju
dokumen-kirim-pdf-m2-subject = Printer ruang pelayanan sudah diperbaiki
dokumen-kirim-pdf-m2-body = Yth. Bapak/Ibu staf,
    Printer di ruang pelayanan sudah bisa dipakai lagi. Kertas F4 ada di lemari Subbag Umum.
    Terima kasih.
    Subbag Umum Kecamatan Sukamaju
dokumen-kirim-pdf-intro = Sekretaris Kecamatan meminta surat undangan rapat dikirim hari ini lewat email kepada Ibu Siti Rahma di Subbag Umum.
    Urutannya: ekspor surat menjadi PDF, pindah ke Email, tulis pesan, lampirkan PDF-nya, lalu kirim.
    Pengolah kata dan email di laptop ini memakai folder yang sama. File yang baru disimpan langsung bisa dilampirkan.
dokumen-kirim-pdf-ekspor = Buat PDF-nya dulu. Klik tombol { dokumen-app-export-pdf }.
dokumen-kirim-pdf-ekspor-h1 = Tombol { dokumen-app-export-pdf } ada di baris tombol paling atas pengolah kata.
dokumen-kirim-pdf-ekspor-h2 = Klik satu kali tombol { dokumen-app-export-pdf }.
dokumen-kirim-pdf-ekspor-ok = Jendela simpan terbuka dengan pilihan PDF.
dokumen-kirim-pdf-ekspor-docx = Itu jendela simpan untuk .docx. Ibu Siti perlu PDF. Klik { dokumen-app-cancel }, lalu klik { dokumen-app-export-pdf }.
dokumen-kirim-pdf-ekspor-email-first = Email sudah terbuka, tetapi PDF-nya belum dibuat. Klik { dokumen-app-app-writer } di bilah bawah, lalu klik { dokumen-app-export-pdf }.
dokumen-kirim-pdf-simpan = Pastikan folder "Surat Keluar 2025" terpilih dan namanya 2025-05-20_Undangan_Rapat. Lalu klik { dokumen-app-save }.
dokumen-kirim-pdf-simpan-h1 = Nama PDF sama dengan nama suratnya. Hanya akhirannya yang berbeda: .pdf.
dokumen-kirim-pdf-simpan-h2 = Bila folder lain yang terpilih, klik "Surat Keluar 2025" di sisi kiri. Lalu klik tombol { dokumen-app-save } di kanan bawah jendela.
dokumen-kirim-pdf-simpan-ok = PDF tersimpan di folder Surat Keluar 2025. Sekarang tinggal dikirim.
dokumen-kirim-pdf-simpan-docx = Yang tersimpan file .docx, bukan PDF. Tidak apa-apa. Klik { dokumen-app-export-pdf } lagi, lalu Simpan.
dokumen-kirim-pdf-simpan-refused = Nama file kosong atau memakai tanda yang ditolak. Ketik: 2025-05-20_Undangan_Rapat, lalu klik { dokumen-app-save }.
dokumen-kirim-pdf-simpan-name = PDF tersimpan di folder yang benar, tetapi namanya berbeda dari nama suratnya. Tidak apa-apa. Klik { dokumen-app-export-pdf } lagi dan ketik 2025-05-20_Undangan_Rapat.
dokumen-kirim-pdf-simpan-folder = PDF tersimpan di folder lain. Tidak apa-apa. Klik { dokumen-app-export-pdf } lagi, pilih "Surat Keluar 2025", lalu Simpan.
dokumen-kirim-pdf-pindah = Sekarang pindah ke email. Klik { dokumen-app-app-email } di bilah bawah layar.
dokumen-kirim-pdf-pindah-h1 = Di bagian bawah layar latihan ada bilah dengan dua tombol: Pengolah Kata dan Email.
dokumen-kirim-pdf-pindah-h2 = Klik tombol { dokumen-app-app-email } di bilah bawah.
dokumen-kirim-pdf-pindah-ok = Surel Dinas terbuka. Pengolah kata tetap terbuka di belakang. Bapak/Ibu bisa kembali kapan saja lewat bilah bawah.
dokumen-kirim-pdf-baca = Buka pesan dari Sekretaris Kecamatan untuk melihat alamat email Ibu Siti.
dokumen-kirim-pdf-baca-h1 = Pesan dari Sekretaris Kecamatan ada paling atas di Kotak Masuk, tulisannya tebal.
dokumen-kirim-pdf-baca-h2 = Klik satu kali pada baris "Kirim undangan rapat posyandu ke Ibu Siti".
dokumen-kirim-pdf-baca-ok = Alamat Ibu Siti Rahma: siti.rahma@sukamajukab.go.id
dokumen-kirim-pdf-baca-other = Itu pesan lain. Klik { webmail-back }, lalu buka pesan dari Sekretaris Kecamatan.
dokumen-kirim-pdf-tulis = Pesan ini untuk Ibu Siti, bukan jawaban untuk Sekretaris. Klik { webmail-compose } untuk membuat pesan baru.
dokumen-kirim-pdf-tulis-h1 = Tombol { webmail-compose } yang besar ada di kiri atas.
dokumen-kirim-pdf-tulis-h2 = Klik satu kali tombol { webmail-compose }.
dokumen-kirim-pdf-tulis-ok = Formulir pesan baru terbuka.
dokumen-kirim-pdf-tulis-reply = Itu Balas, jawaban untuk Sekretaris. Pesan ini untuk Ibu Siti. Klik { dokumen-app-cancel }, lalu klik { webmail-compose }.
dokumen-kirim-pdf-tulis-other = Itu belum pesan baru. Klik { dokumen-app-cancel }, lalu klik tombol { webmail-compose } di kiri atas.
dokumen-kirim-pdf-lampirkan = Lampirkan PDF-nya lebih dulu, supaya tidak lupa. Klik { webmail-attach }.
dokumen-kirim-pdf-lampirkan-h1 = Tombol { webmail-attach } ada di formulir pesan.
dokumen-kirim-pdf-lampirkan-h2 = Klik satu kali tombol { webmail-attach }. Jendela untuk memilih file akan muncul.
dokumen-kirim-pdf-lampirkan-ok = Jendela pilih file terbuka. Di sana ada folder-folder laptop, termasuk Surat Keluar 2025.
dokumen-kirim-pdf-lampirkan-send = Pesan belum bisa dikirim. Lampirkan filenya dulu: klik { webmail-attach }.
dokumen-kirim-pdf-pilih = Klik folder "Surat Keluar 2025", pilih file 2025-05-20_Undangan_Rapat.pdf, lalu klik { webmail-attach-chosen }.
dokumen-kirim-pdf-pilih-h1 = Di jendela pilih file, klik dulu folder "Surat Keluar 2025".
dokumen-kirim-pdf-pilih-h2 = Ada dua file undangan rapat. Pilih yang berakhiran .pdf: 2025-05-20_Undangan_Rapat.pdf. Lalu klik tombol { webmail-attach-chosen }.
dokumen-kirim-pdf-pilih-ok = PDF sudah terlampir. Namanya tampil di formulir pesan.
dokumen-kirim-pdf-pilih-docx = Itu file .docx. Tidak apa-apa. Klik { webmail-remove-attachment } di samping lampiran itu, lalu lampirkan yang berakhiran .pdf.
dokumen-kirim-pdf-pilih-other = Itu file lain. Tidak apa-apa. Klik { webmail-remove-attachment } di samping lampiran itu, lalu pilih 2025-05-20_Undangan_Rapat.pdf di folder Surat Keluar 2025.
dokumen-kirim-pdf-kirim = Lengkapi pesannya:
    Ke: siti.rahma@sukamajukab.go.id
    Subjek: Undangan Rapat Posyandu
    Pesan: Yth. Ibu Siti, terlampir surat undangan rapat. Terima kasih.
    Lalu klik { webmail-send }.
dokumen-kirim-pdf-kirim-h1 = Klik kotak { webmail-field-to }, lalu ketik alamatnya. Klik kotak { webmail-field-subject }, lalu ketik judulnya. Lalu klik kotak pesan yang besar dan ketik pesannya.
dokumen-kirim-pdf-kirim-h2 = Pesan diawali salam "Yth. Ibu Siti" dan diakhiri "Terima kasih". Lalu klik tombol { webmail-send } yang biru.
dokumen-kirim-pdf-kirim-ok = Terkirim! Surat sampai sebagai PDF dan tampil rapi di komputer dan HP Ibu Siti.
dokumen-kirim-pdf-refused-empty = Kotak { webmail-field-to } masih kosong. Ketik: siti.rahma@sukamajukab.go.id, lalu klik { webmail-send } lagi.
dokumen-kirim-pdf-refused-address = Alamatnya belum lengkap. Periksa: siti.rahma@sukamajukab.go.id, dengan titik di antara siti dan rahma, tanpa spasi.
dokumen-kirim-pdf-sent-none = Pesan terkirim tanpa lampiran. Tidak apa-apa. Klik { lesson-restart-step }, lalu lampirkan 2025-05-20_Undangan_Rapat.pdf sebelum mengirim.
dokumen-kirim-pdf-sent-docx = Ada file .docx yang ikut terkirim. Tidak apa-apa. Klik { webmail-compose } lagi dan lampirkan hanya yang berakhiran .pdf.
dokumen-kirim-pdf-sent-subject = Subjeknya kosong, jadi Ibu Siti tidak tahu isi pesannya. Tidak apa-apa. Klik { lesson-restart-step }, lalu isi Subjek: Undangan Rapat Posyandu.
dokumen-kirim-pdf-sent-caps = Pesan terkirim dengan huruf besar semua. Itu terasa seperti berteriak. Klik { lesson-restart-step }, lalu tulis dengan huruf biasa.
dokumen-kirim-pdf-sent-greeting = Pesan terkirim tanpa salam pembuka. Klik { lesson-restart-step }, lalu mulai pesan dengan "Yth. Ibu Siti".
dokumen-kirim-pdf-sent-closing = Pesan terkirim tanpa salam penutup. Klik { webmail-compose } lagi, lampirkan PDF-nya, dan akhiri pesan dengan "Terima kasih".
dokumen-kirim-pdf-sent-other = Pesan terkirim, tetapi belum kepada Ibu Siti. Tidak apa-apa. Klik { webmail-compose } lagi dan isi Ke: siti.rahma@sukamajukab.go.id
dokumen-kirim-pdf-q-format = Ibu Siti akan mencetak surat itu di kantor desa. File mana yang dikirim?
dokumen-kirim-pdf-q-format-a = 2025-05-20_Undangan_Rapat.docx
dokumen-kirim-pdf-q-format-a-fb = Belum tepat. File .docx bisa berubah tampilannya di komputer lain. Kirim PDF-nya.
dokumen-kirim-pdf-q-format-b = 2025-05-20_Undangan_Rapat.pdf
dokumen-kirim-pdf-q-format-b-fb = Betul. PDF tercetak sama persis di mana pun.
dokumen-kirim-pdf-q-cari = Saat melampirkan, di mana PDF tadi ditemukan?
dokumen-kirim-pdf-q-cari-a = Di folder Surat Keluar 2025, tempat PDF itu disimpan
dokumen-kirim-pdf-q-cari-a-fb = Betul. Karena itu penting tahu di folder mana file disimpan.
dokumen-kirim-pdf-q-cari-b = Di folder { disk-folder-unduhan }
dokumen-kirim-pdf-q-cari-b-fb = Belum tepat. Unduhan berisi file yang diunduh. PDF tadi disimpan di Surat Keluar 2025.
dokumen-kirim-pdf-q-cari-c = Di { disk-folder-desktop }
dokumen-kirim-pdf-q-cari-c-fb = Belum tepat. PDF tadi disimpan di folder Surat Keluar 2025, bukan di Desktop.

## Pelajaran 9: Dari pengolah kata ke SRIKANDI
dokumen-ke-srikandi-title = Dari pengolah kata ke SRIKANDI
dokumen-ke-srikandi-summary = Menyimpan surat untuk diunggah ke SRIKANDI, tempat surat diberi nomor, diperiksa dan ditandatangani.
dokumen-ke-srikandi-intro = Dulu surat dicetak, ditandatangani dengan pena, lalu diantar. Disposisi ditulis di lembar kertas.
    Sekarang kantor pemerintah memakai SRIKANDI: aplikasi naskah dinas. Di sana surat diberi nomor, diperiksa, dan ditandatangani secara elektronik. Disposisi juga ditulis di sana.
    Pengolah kata tetap dipakai untuk menulis isi surat. Hasilnya disimpan sebagai file, lalu diunggah ke SRIKANDI.
dokumen-ke-srikandi-aturan = Surat untuk SRIKANDI punya tiga aturan.
    Nomor surat jangan diketik sendiri. Nomor diambil di SRIKANDI, supaya tidak dobel.
    Jangan menempel gambar tanda tangan atau cap. Tanda tangan elektronik ditambahkan oleh SRIKANDI.
    Simpan sebagai Word (.docx) dengan nama yang jelas, supaya verifikator masih bisa memeriksanya.
dokumen-ke-srikandi-dialog = Surat undangan di halaman sudah selesai. Klik tombol { dokumen-app-save-as }.
dokumen-ke-srikandi-dialog-h1 = Tombol { dokumen-app-save-as } ada di baris tombol paling atas.
dokumen-ke-srikandi-dialog-ok = Jendela { dokumen-app-save-as-title } terbuka.
dokumen-ke-srikandi-dialog-pdf = Itu Ekspor PDF. Untuk SRIKANDI, simpan sebagai Word dulu. Klik { dokumen-app-cancel }, lalu klik { dokumen-app-save-as }.
dokumen-ke-srikandi-folder = Klik folder "Surat Keluar 2025".
dokumen-ke-srikandi-folder-h1 = Daftar folder ada di sisi kiri jendela { dokumen-app-save-as-title }.
dokumen-ke-srikandi-folder-ok = Folder Surat Keluar 2025 terbuka.
dokumen-ke-srikandi-folder-lain = Itu folder lain. Klik "Surat Keluar 2025".
dokumen-ke-srikandi-nama = Di kotak { dokumen-app-file-name }, ketik 2025-07-08_Undangan_Rapat_Posyandu, lalu klik { dokumen-app-save }.
dokumen-ke-srikandi-nama-h1 = Hapus dulu tulisan "Dokumen1" di kotak { dokumen-app-file-name } dengan Backspace.
dokumen-ke-srikandi-nama-h2 = Ketik persis: 2025-07-08_Undangan_Rapat_Posyandu. Akhiran .docx ditambahkan sendiri.
dokumen-ke-srikandi-nama-ok = Tersimpan. File inilah yang nanti diunggah di modul SRIKANDI.
dokumen-ke-srikandi-saved-default = Namanya masih seperti "Dokumen1". Klik { dokumen-app-save-as } lagi, lalu ketik nama yang jelas.
dokumen-ke-srikandi-saved-pdf = Surat tersimpan sebagai PDF. Untuk SRIKANDI, simpan sebagai Word (.docx). Klik { lesson-restart-step }.
dokumen-ke-srikandi-saved-name = Foldernya benar, namanya belum sama. Klik { dokumen-app-save-as } lagi, lalu ketik: 2025-07-08_Undangan_Rapat_Posyandu
dokumen-ke-srikandi-saved-folder = Surat tersimpan di folder lain. Klik { lesson-restart-step }.
dokumen-ke-srikandi-q-lalu = Surat sudah tersimpan. Apa langkah berikutnya?
dokumen-ke-srikandi-q-lalu-a = Mencetaknya dan meminta tanda tangan basah Camat
dokumen-ke-srikandi-q-lalu-a-fb = Belum tepat. Itu cara lama. Sekarang surat ditandatangani secara elektronik di SRIKANDI.
dokumen-ke-srikandi-q-lalu-b = Mengunggahnya ke SRIKANDI sebagai naskah keluar
dokumen-ke-srikandi-q-lalu-b-fb = Benar. Di SRIKANDI surat diberi nomor, diperiksa verifikator, lalu ditandatangani.
dokumen-ke-srikandi-q-lalu-c = Mengirimnya lewat WhatsApp ke Camat
dokumen-ke-srikandi-q-lalu-c-fb = Belum tepat. Naskah dinas dikirim lewat SRIKANDI, supaya tercatat dan masuk arsip.
dokumen-ke-srikandi-q-disposisi = Camat ingin memberi disposisi atas sebuah surat masuk. Di mana disposisi itu ditulis?
dokumen-ke-srikandi-q-disposisi-a = Di lembar disposisi kertas yang ditempel pada surat
dokumen-ke-srikandi-q-disposisi-a-fb = Belum tepat. Itu cara lama. Kini disposisi ditulis di SRIKANDI.
dokumen-ke-srikandi-q-disposisi-b = Di SRIKANDI, lalu langsung sampai kepada pegawai yang dituju
dokumen-ke-srikandi-q-disposisi-b-fb = Benar. Modul SRIKANDI mengajarkan cara menerima dan menindaklanjutinya.
dokumen-ke-srikandi-lanjut = Bagus. Surat Bapak/Ibu siap diunggah.
    Langkah selanjutnya ada di modul SRIKANDI: naskah masuk, disposisi, naskah keluar, dan tanda tangan elektronik.

## Pelajaran 11: Uji Kemampuan
dokumen-uji-kemampuan-title = Uji Kemampuan: Dokumen
dokumen-uji-kemampuan-summary = Tunjukkan semua yang sudah Bapak/Ibu pelajari, tanpa petunjuk.
dokumen-uji-kemampuan-intro = Ini Uji Kemampuan modul Dokumen. Tidak ada petunjuk, tetapi Bapak/Ibu boleh mencoba berkali-kali.
    Hari ini 23 Mei 2025. Camat meminta surat undangan rapat persiapan HUT Kabupaten untuk Kepala Desa Mekarsari. Templat suratnya sudah terbuka.
    Data surat:
    Tempat dan tanggal: Sukamaju, 23 Mei 2025
    Lampiran: tidak ada
    Hal: Undangan Rapat
    Penerima: Kepala Desa Mekarsari
    Nama file: 2025-05-23_Undangan_Rapat_HUT, di folder Surat Keluar 2025
    Kantor memakai kertas F4.
    Kerjakan dengan tenang. Semua langkahnya sudah pernah Bapak/Ibu latih.
dokumen-uji-kemampuan-isi = Isi kotak surat yang masih kosong, lalu periksa suratnya.
dokumen-uji-kemampuan-isi-ok = Surat lengkap.
dokumen-uji-kemampuan-missing-tempat-tanggal = Tempat dan tanggal masih kosong. Lihat data surat: Sukamaju, 23 Mei 2025.
dokumen-uji-kemampuan-missing-lampiran = Lampiran masih kosong. Bila tidak ada lampiran, tulis tanda -
dokumen-uji-kemampuan-missing-hal = Hal masih kosong. Tulis pokok suratnya.
dokumen-uji-kemampuan-missing-yth = Yth. masih kosong. Tulis jabatan penerimanya.
dokumen-uji-kemampuan-missing-other = Masih ada kotak yang kosong. Lihat kotak yang ditandai, lalu isi.
dokumen-uji-kemampuan-simpan = Simpan suratnya sebagai file Word (.docx), dengan nama dan di folder yang diminta.
dokumen-uji-kemampuan-simpan-ok = Tersimpan dengan nama yang jelas, di folder yang tepat.
dokumen-uji-kemampuan-refused-empty = Nama file masih kosong. Ketik namanya, lalu simpan lagi.
dokumen-uji-kemampuan-refused-character = Nama itu memakai tanda yang ditolak, misalnya / atau :. Pakai tanda hubung - di antara angka tanggal.
dokumen-uji-kemampuan-saved-default = Surat tersimpan dengan nama seperti "Dokumen1". Nama itu sulit dicari lagi. Simpan lagi dengan nama yang diminta.
dokumen-uji-kemampuan-saved-pdf = Surat tersimpan sebagai PDF. Simpan dulu sebagai .docx, supaya surat masih bisa diperbaiki.
dokumen-uji-kemampuan-saved-incomplete = Surat tersimpan, tetapi belum lengkap. Isi kotak yang kosong, periksa suratnya, lalu simpan lagi.
dokumen-uji-kemampuan-saved-name = Foldernya sudah benar, tetapi namanya belum sama dengan yang diminta: 2025-05-23_Undangan_Rapat_HUT. Simpan lagi.
dokumen-uji-kemampuan-saved-folder = Surat tersimpan di folder lain. Simpan lagi di folder Surat Keluar 2025.
dokumen-uji-kemampuan-pdf = Buat juga PDF-nya, dengan nama yang sama, di folder yang sama.
dokumen-uji-kemampuan-pdf-ok = PDF tersimpan di samping file .docx-nya.
dokumen-uji-kemampuan-pdf-docx = Yang tersimpan file .docx, bukan PDF. Coba lagi dengan Ekspor PDF.
dokumen-uji-kemampuan-pdf-name = PDF tersimpan, tetapi namanya berbeda dari nama suratnya. Coba lagi dengan nama 2025-05-23_Undangan_Rapat_HUT.
dokumen-uji-kemampuan-pdf-folder = PDF tersimpan di folder lain. Coba lagi di folder Surat Keluar 2025.
dokumen-uji-kemampuan-cetak = Cetak satu lembar surat untuk arsip, dengan kertas yang dipakai kantor.
dokumen-uji-kemampuan-cetak-ok = Tercetak satu lembar di kertas F4.
dokumen-uji-kemampuan-cetak-paper = Tercetak di kertas yang berbeda dari kertas kantor. Kantor memakai F4. Cetak lagi.
dokumen-uji-kemampuan-cetak-copies = Tercetak lebih dari satu lembar. Untuk arsip cukup satu. Cetak lagi dengan jumlah 1.
dokumen-uji-kemampuan-q-kirim = Surat ini akan dikirim ke desa lewat email. File mana yang dilampirkan?
dokumen-uji-kemampuan-q-kirim-a = 2025-05-23_Undangan_Rapat_HUT.docx
dokumen-uji-kemampuan-q-kirim-a-fb = Belum tepat. File .docx bisa berubah tampilannya dan bisa diubah isinya. Lampirkan PDF-nya.
dokumen-uji-kemampuan-q-kirim-b = 2025-05-23_Undangan_Rapat_HUT.pdf
dokumen-uji-kemampuan-q-kirim-b-fb = Betul. PDF tampil sama di semua perangkat.
dokumen-uji-kemampuan-q-srikandi = Surat undangan sudah selesai dan tersimpan. Bagaimana surat itu diberi nomor dan ditandatangani?
dokumen-uji-kemampuan-q-srikandi-a = Nomor diketik sendiri, lalu surat dicetak dan ditandatangani basah
dokumen-uji-kemampuan-q-srikandi-a-fb = Belum tepat. Itu cara lama.
dokumen-uji-kemampuan-q-srikandi-b = Surat diunggah ke SRIKANDI: nomor dari Ambil Nomor, lalu tanda tangan elektronik
dokumen-uji-kemampuan-q-srikandi-b-fb = Benar.

## Pelajaran: dari WhatsApp ke email (foto → satu PDF kecil bernama jelas)
dokumen-wa-title = Dari WhatsApp ke email
dokumen-wa-summary = Foto surat dari HP dijadikan satu PDF kecil dengan nama yang jelas, lalu dikirim lewat email.
dokumen-wa-intro = Bu Sari dari Puskesmas mengirim foto surat tugas posyandu lewat WhatsApp, dua halaman. Sekretaris Kecamatan meminta surat itu lewat email: satu file PDF, paling besar 300 KB, dengan nama yang jelas.
    Foto dari HP besar sekali, lebih dari 2.000 KB. Kita pindahkan dulu ke laptop, jadikan satu PDF, kecilkan, beri nama, lalu kirim.
    Di kiri ada HP dengan WhatsApp. Di kanan ada jendela berkas di laptop.
dokumen-wa-kirim1 = Di HP, klik { dokumen-app-berkas-send-first } di bawah foto pertama.
dokumen-wa-kirim1-h1 = HP ada di sebelah kiri. Foto pertama ada paling atas.
dokumen-wa-kirim1-h2 = Klik tombol { dokumen-app-berkas-send-first } di bawah foto pertama. Fotonya masuk ke folder { disk-folder-unduhan } di laptop.
dokumen-wa-kirim1-ok = Foto pertama sudah ada di folder { disk-folder-unduhan } laptop.
dokumen-wa-kirim1-other = Itu foto kedua. Tidak apa-apa, foto itu juga perlu. Klik { dokumen-app-berkas-send-first } di bawah foto pertama.
dokumen-wa-kirim2 = Kirim juga foto kedua. Klik { dokumen-app-berkas-send-second } di bawahnya.
dokumen-wa-kirim2-h1 = Foto kedua ada di bawah foto pertama, di HP.
dokumen-wa-kirim2-h2 = Klik tombol { dokumen-app-berkas-send-second } di bawah foto kedua.
dokumen-wa-kirim2-ok = Kedua foto sudah ada di laptop. Namanya dimulai dengan IMG: nama buatan HP.
dokumen-wa-ekstensi-intro = Lihat folder { disk-folder-unduhan }. Ada dua berkas yang sama-sama bernama surat. Mengapa?
    Nama berkas punya akhiran, disebut ekstensi: .pdf, .docx, .jpg. Windows biasanya menyembunyikannya. Jadi surat.pdf dan surat.docx sama-sama tampil sebagai surat.
    Kolom Jenis memberi tahu bedanya. Bisa juga ekstensinya ditampilkan.
dokumen-wa-ekstensi = Centang { dokumen-app-berkas-extensions }.
dokumen-wa-ekstensi-h1 = Kotak centangnya ada di atas daftar berkas.
dokumen-wa-ekstensi-h2 = Klik kotak kecil di depan tulisan { dokumen-app-berkas-extensions }.
dokumen-wa-ekstensi-ok = Sekarang nama lengkapnya tampil: surat.docx dan surat.pdf. Penjelajah berkas di Windows juga punya pilihan ini.
dokumen-wa-centang1 = Centang foto pertama, IMG-20250520-WA0003.jpg.
dokumen-wa-centang1-h1 = Foto-foto ada di daftar berkas folder { disk-folder-unduhan }. Jenisnya Gambar JPG.
dokumen-wa-centang1-h2 = Klik kotak kecil di depan IMG-20250520-WA0003.jpg.
dokumen-wa-centang1-ok = Foto pertama tercentang.
dokumen-wa-centang-other = Itu berkas lain. Tidak apa-apa. Klik lagi kotaknya supaya tidak tercentang.
dokumen-wa-centang2 = Centang juga foto kedua, IMG-20250520-WA0004.jpg.
dokumen-wa-centang2-h1 = Foto kedua ada tepat di bawah foto pertama.
dokumen-wa-centang2-h2 = Klik kotak kecil di depan IMG-20250520-WA0004.jpg.
dokumen-wa-centang2-ok = Dua foto tercentang.
dokumen-wa-gabung = Klik { dokumen-app-berkas-combine }.
dokumen-wa-gabung-h1 = Tombol { dokumen-app-berkas-combine } ada di bawah daftar berkas.
dokumen-wa-gabung-h2 = Klik satu kali tombol { dokumen-app-berkas-combine }. Dua foto menjadi satu PDF dua halaman.
dokumen-wa-gabung-ok = Jadi satu PDF: Gabungan.pdf. Tetapi ukurannya lebih dari 4.000 KB. Terlalu besar untuk batas 300 KB.
dokumen-wa-gabung-refused = Belum ada foto yang tercentang. Tidak apa-apa. Klik { lesson-restart-step }.
dokumen-wa-gabung-count = PDF-nya bukan dari dua foto itu saja. Tidak apa-apa. Klik { lesson-restart-step }.
dokumen-wa-kecilkan = Gabungan.pdf sudah tercentang. Klik { dokumen-app-berkas-compress }.
dokumen-wa-kecilkan-h1 = Tombol { dokumen-app-berkas-compress } ada di sebelah { dokumen-app-berkas-combine }.
dokumen-wa-kecilkan-h2 = Pastikan hanya Gabungan.pdf yang tercentang, lalu klik { dokumen-app-berkas-compress }.
dokumen-wa-kecilkan-ok = Ukurannya sekarang di bawah 300 KB. Tulisannya tetap terbaca. Di HP atau laptop, cara ini sering bernama kompres PDF.
dokumen-wa-kecilkan-refused = Tombol itu untuk satu PDF saja. Tidak apa-apa. Klik { lesson-restart-step }.
dokumen-wa-ganti = Beri nama yang jelas. Klik { dokumen-app-berkas-rename }.
dokumen-wa-ganti-h1 = Tombol { dokumen-app-berkas-rename } ada di bawah daftar berkas.
dokumen-wa-ganti-h2 = Gabungan.pdf harus tercentang. Klik satu kali tombol { dokumen-app-berkas-rename }.
dokumen-wa-ganti-ok = Kotak untuk nama baru muncul.
dokumen-wa-nama = Ketik nama ini, lalu tekan Enter: 2025-05-20_Surat_Tugas_Posyandu
dokumen-wa-nama-h1 = Hapus dulu nama lama di kotak { dokumen-app-berkas-new-name }, lalu ketik nama yang baru.
dokumen-wa-nama-h2 = Tanggal dulu, lalu isinya: 2025-05-20_Surat_Tugas_Posyandu. Akhiran .pdf tetap ada.
dokumen-wa-nama-ok = Nama yang jelas: tanggal dan isi suratnya. Orang lain langsung tahu ini surat apa.
dokumen-wa-nama-made-up = Nama itu masih nama buatan alat. Tidak apa-apa. Klik { dokumen-app-berkas-rename }, lalu ketik 2025-05-20_Surat_Tugas_Posyandu
dokumen-wa-nama-other = Namanya belum sama dengan yang diminta. Klik { dokumen-app-berkas-rename }, lalu ketik 2025-05-20_Surat_Tugas_Posyandu
dokumen-wa-pindah = Sekarang pindah ke email. Klik { dokumen-app-app-email } di bilah bawah layar.
dokumen-wa-pindah-h1 = Di bagian bawah layar latihan ada bilah dengan dua tombol: { dokumen-app-app-berkas } dan { dokumen-app-app-email }.
dokumen-wa-pindah-h2 = Klik tombol { dokumen-app-app-email } di bilah bawah.
dokumen-wa-pindah-ok = Surel Dinas terbuka. Ada pesan dari Sekretaris Kecamatan yang meminta surat tugas itu.
dokumen-wa-tulis = Klik { webmail-compose } untuk membuat pesan baru.
dokumen-wa-tulis-h1 = Tombol { webmail-compose } yang besar ada di kiri atas.
dokumen-wa-tulis-h2 = Klik satu kali tombol { webmail-compose }.
dokumen-wa-tulis-ok = Formulir pesan baru terbuka.
dokumen-wa-tulis-other = Itu belum pesan baru. Klik { dokumen-app-cancel }, lalu klik { webmail-compose }.
dokumen-wa-lampirkan = Lampirkan PDF-nya dulu, supaya tidak lupa. Klik { webmail-attach }.
dokumen-wa-lampirkan-h1 = Tombol { webmail-attach } ada di formulir pesan.
dokumen-wa-lampirkan-h2 = Klik satu kali tombol { webmail-attach }. Jendela untuk memilih file akan muncul.
dokumen-wa-lampirkan-ok = Jendela pilih file terbuka.
dokumen-wa-pilih = Klik folder { disk-folder-unduhan }, pilih 2025-05-20_Surat_Tugas_Posyandu.pdf, lalu klik { webmail-attach-chosen }.
dokumen-wa-pilih-h1 = Di jendela pilih file, klik dulu folder { disk-folder-unduhan }.
dokumen-wa-pilih-h2 = Pilih 2025-05-20_Surat_Tugas_Posyandu.pdf, bukan fotonya. Lalu klik { webmail-attach-chosen }.
dokumen-wa-pilih-ok = PDF sudah terlampir.
dokumen-wa-pilih-photo = Itu foto yang besar, bukan PDF-nya. Tidak apa-apa. Klik { webmail-remove-attachment }, lalu pilih 2025-05-20_Surat_Tugas_Posyandu.pdf.
dokumen-wa-pilih-other = Itu file lain. Tidak apa-apa. Klik { webmail-remove-attachment }, lalu pilih 2025-05-20_Surat_Tugas_Posyandu.pdf.
dokumen-wa-kirim-email = Lengkapi pesannya:
    Ke: sekcam@sukamajukab.go.id
    Subjek: Surat Tugas Posyandu
    Pesan: Yth. Bapak Sekretaris Kecamatan, terlampir surat tugas posyandu dari Puskesmas. Terima kasih.
    Lalu klik { webmail-send }.
dokumen-wa-kirim-email-h1 = Klik kotak { webmail-field-to }, lalu ketik alamatnya. Klik kotak { webmail-field-subject }, lalu ketik judulnya. Lalu klik kotak pesan yang besar dan ketik pesannya.
dokumen-wa-kirim-email-h2 = Pesan diawali salam "Yth. Bapak Sekretaris Kecamatan" dan diakhiri "Terima kasih". Lalu klik tombol { webmail-send } yang biru.
dokumen-wa-kirim-email-ok = Terkirim! Satu PDF kecil dengan nama yang jelas. Dari WhatsApp sampai email, semuanya rapi.
dokumen-wa-refused-empty = Kotak { webmail-field-to } masih kosong. Ketik: sekcam@sukamajukab.go.id, lalu klik { webmail-send } lagi.
dokumen-wa-refused-address = Alamatnya belum lengkap. Periksa: sekcam@sukamajukab.go.id, tanpa spasi.
dokumen-wa-sent-none = Pesan terkirim tanpa lampiran. Tidak apa-apa. Klik { lesson-restart-step }.
dokumen-wa-sent-subject = Subjeknya kosong. Tidak apa-apa. Klik { lesson-restart-step }, lalu isi Subjek: Surat Tugas Posyandu.
dokumen-wa-sent-greeting = Pesan terkirim tanpa salam pembuka. Tidak apa-apa. Klik { lesson-restart-step }.
dokumen-wa-sent-closing = Pesan terkirim tanpa salam penutup. Tidak apa-apa. Klik { lesson-restart-step }.
dokumen-wa-sent-other = Pesan terkirim, tetapi belum seperti yang diminta. Tidak apa-apa. Klik { lesson-restart-step }.
dokumen-wa-m1-subject = Minta surat tugas posyandu dari Puskesmas
dokumen-wa-m1-body = Pak Budi,
    Tolong kirimkan surat tugas posyandu dari Bu Sari lewat email hari ini. Satu file PDF saja, paling besar 300 KB, dengan nama yang jelas.
    Terima kasih.
dokumen-wa-q-ekstensi = Di laptop ada dua berkas bernama laporan. Jenis yang satu Dokumen PDF, yang lain Dokumen Word. Mana yang dikirim supaya tampilannya tidak berubah?
dokumen-wa-q-ekstensi-a = Yang mana saja, namanya sama
dokumen-wa-q-ekstensi-a-fb = Belum tepat. Namanya tampil sama karena ekstensinya disembunyikan. Yang satu laporan.pdf, yang lain laporan.docx. Lihat kolom Jenis.
dokumen-wa-q-ekstensi-b = Yang jenisnya Dokumen PDF
dokumen-wa-q-ekstensi-b-fb = Betul. Itu laporan.pdf. PDF tampil sama di komputer dan HP mana pun.
