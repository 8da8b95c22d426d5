## Modul 5: SRIKANDI (naskah dinas, disposisi, verifikasi dan TTE)
srikandi-module-title = SRIKANDI
srikandi-module-summary = Membaca naskah masuk, menindaklanjuti disposisi, mengirim naskah keluar untuk diverifikasi, tanda tangan elektronik, dan mencari arsip.

## Pelajaran 1: Masuk dan Beranda
srikandi-masuk-title = Masuk ke SRIKANDI
srikandi-masuk-summary = Masuk dengan akun sendiri dan mengenal kotak-kotak di { srikandi-app-home }.
srikandi-masuk-intro = Surat dinas kini tidak lagi diantar dalam map. Surat masuk, disposisi, surat keluar, dan tanda tangan elektronik semuanya lewat SRIKANDI.
    SRIKANDI adalah aplikasi naskah dinas dan arsip milik pemerintah, dipakai sampai ke kantor kecamatan.
    Di latihan ini Bapak/Ibu bekerja sebagai Kasi Pemerintahan. Camat memberi disposisi kepada Bapak/Ibu lewat SRIKANDI.
    Layar latihan ini sederhana. Layar SRIKANDI yang asli berbeda menurut versinya, tetapi langkahnya sama.
srikandi-masuk-akun = Setiap pegawai punya akun SRIKANDI sendiri. Biasanya nama penggunanya NIP.
    Untuk latihan ini, pakai akun berikut.
    Nama pengguna: 199005122015032001
    Kata sandi: Srikandi#2025
    Kata sandi akun asli Bapak/Ibu jangan diberikan kepada siapa pun.
srikandi-masuk-login = Ketik nama pengguna dan kata sandi di atas, lalu klik { srikandi-app-sign-in }.
srikandi-masuk-login-h1 = Klik kotak { srikandi-app-username }, lalu ketik 199005122015032001.
srikandi-masuk-login-h2 = Klik kotak { srikandi-app-password }, ketik Srikandi#2025 (huruf S besar), lalu klik { srikandi-app-sign-in }.
srikandi-masuk-login-ok = Bapak/Ibu sudah masuk. Ini Beranda SRIKANDI.
srikandi-masuk-login-empty = Ada kotak yang masih kosong. Isi nama pengguna dan kata sandi.
srikandi-masuk-login-wrong = Nama pengguna atau kata sandi belum cocok. Ketik lagi dengan teliti. Perhatikan huruf besar.
srikandi-masuk-kotak = Di Beranda ada beberapa kotak. Angka di setiap kotak adalah yang masih menunggu Bapak/Ibu.
    { srikandi-app-tile-masuk }: surat yang ditujukan ke unit Bapak/Ibu dan belum dibaca.
    { srikandi-app-tile-disposisi }: perintah atasan tentang sebuah surat.
    { srikandi-app-tile-tindak_lanjut }: disposisi yang belum dikerjakan.
    { srikandi-app-tile-verifikasi }: surat rekan yang harus Bapak/Ibu periksa.
    { srikandi-app-tile-tanda_tangan }: surat yang menunggu tanda tangan elektronik Bapak/Ibu.
    { srikandi-app-tile-tembusan }: salinan surat untuk diketahui.
srikandi-masuk-buka = Ada satu naskah masuk yang belum dibaca. Klik kotak { srikandi-app-tile-masuk }.
srikandi-masuk-buka-h1 = Kotak { srikandi-app-tile-masuk } ada di kiri atas Beranda.
srikandi-masuk-buka-ok = Inilah daftar naskah masuk. Naskah yang belum dibaca ditandai.
srikandi-masuk-buka-lain = Itu daftar yang lain. Klik { srikandi-app-home }, lalu klik { srikandi-app-tile-masuk }.
srikandi-masuk-q-tte = Camat meminta Bapak/Ibu menandatangani nota dinas secara elektronik. Di kotak mana nota itu menunggu?
srikandi-masuk-q-tte-a = { srikandi-app-tile-tembusan }
srikandi-masuk-q-tte-a-fb = Belum tepat. Tembusan hanya salinan untuk diketahui.
srikandi-masuk-q-tte-b = { srikandi-app-tile-tanda_tangan }
srikandi-masuk-q-tte-b-fb = Benar. Surat yang harus Bapak/Ibu tandatangani menunggu di sana.
srikandi-masuk-q-tte-c = { srikandi-app-tile-masuk }
srikandi-masuk-q-tte-c-fb = Belum tepat. Naskah masuk adalah surat dari luar untuk dibaca.
srikandi-masuk-keluar = Selesai bekerja, selalu keluar dari SRIKANDI, apalagi di komputer bersama. Klik { srikandi-app-sign-out }.
srikandi-masuk-keluar-h1 = Tombol { srikandi-app-sign-out } ada di kanan atas.
srikandi-masuk-keluar-ok = Bagus. Orang lain tidak bisa membuka surat atas nama Bapak/Ibu.

## Pelajaran 2: Membaca naskah masuk
srikandi-naskah-masuk-title = Membaca naskah masuk
srikandi-naskah-masuk-summary = Membuka surat masuk, melihat PDF-nya, keterangannya, dan riwayat disposisinya.
srikandi-naskah-masuk-intro = Surat kertas yang datang ke kantor dipindai oleh petugas, lalu dicatat di SRIKANDI. Hasil pindaiannya menjadi file PDF.
    Di SRIKANDI, setiap surat punya keterangan: nomor, tanggal, asal, hal, sifat, dan urgensi.
    Mari buka surat undangan dari Dinas Kesehatan.
srikandi-naskah-masuk-daftar = Klik kotak { srikandi-app-tile-masuk }.
srikandi-naskah-masuk-daftar-h1 = Kotak itu ada di kiri atas Beranda.
srikandi-naskah-masuk-daftar-ok = Ini daftar naskah masuk.
srikandi-naskah-masuk-daftar-lain = Itu daftar yang lain. Klik { srikandi-app-home }, lalu klik { srikandi-app-tile-masuk }.
srikandi-naskah-masuk-buka = Klik surat "Undangan Rapat Koordinasi Posyandu".
srikandi-naskah-masuk-buka-h1 = Surat itu paling atas. Tulisannya tebal karena belum dibaca.
srikandi-naskah-masuk-buka-ok = Surat terbuka. Yang tampil dulu adalah keterangannya.
srikandi-naskah-masuk-buka-lain = Itu surat yang lain. Klik { srikandi-app-home }, lalu buka lagi daftar naskah masuk.
srikandi-naskah-masuk-q-urgensi = Lihat keterangan surat ini. Apa urgensinya?
srikandi-naskah-masuk-q-urgensi-a = { srikandi-app-urgensi-biasa }
srikandi-naskah-masuk-q-urgensi-a-fb = Belum tepat. Lihat lagi baris { srikandi-app-field-urgensi }.
srikandi-naskah-masuk-q-urgensi-b = { srikandi-app-urgensi-segera }
srikandi-naskah-masuk-q-urgensi-b-fb = Benar. Surat yang segera harus didahulukan.
srikandi-naskah-masuk-q-urgensi-c = { srikandi-app-urgensi-amat_segera }
srikandi-naskah-masuk-q-urgensi-c-fb = Belum tepat. Lihat lagi baris { srikandi-app-field-urgensi }.
srikandi-naskah-masuk-pdf = Sekarang lihat suratnya sendiri. Klik { srikandi-app-tab-pdf }.
srikandi-naskah-masuk-pdf-h1 = Tombol { srikandi-app-tab-pdf } ada di bawah judul surat.
srikandi-naskah-masuk-pdf-ok = Inilah isi surat hasil pindaian.
srikandi-naskah-masuk-riwayat = Siapa saja yang sudah menangani surat ini? Klik { srikandi-app-tab-riwayat }.
srikandi-naskah-masuk-riwayat-h1 = Tombol { srikandi-app-tab-riwayat } ada di samping { srikandi-app-tab-pdf }.
srikandi-naskah-masuk-riwayat-ok = Riwayat menunjukkan ke mana surat ini sudah berjalan.
srikandi-naskah-masuk-q-riwayat = Menurut riwayat, Camat memberi disposisi kepada siapa?
srikandi-naskah-masuk-q-riwayat-a = Kepada Kasi Pemerintahan, yaitu Bapak/Ibu
srikandi-naskah-masuk-q-riwayat-a-fb = Benar. Karena itu surat ini sekarang tugas Bapak/Ibu.
srikandi-naskah-masuk-q-riwayat-b = Kepada Sekretaris Camat
srikandi-naskah-masuk-q-riwayat-b-fb = Belum tepat. Sekretaris Camat mengirim surat ke Camat. Lihat baris berikutnya.
srikandi-naskah-masuk-unduh = Bapak/Ibu ingin menyimpan surat ini di laptop. Klik { srikandi-app-download }.
srikandi-naskah-masuk-unduh-h1 = Tombol { srikandi-app-download } ada di samping { srikandi-app-tab-riwayat }.
srikandi-naskah-masuk-unduh-ok = File PDF tersimpan di folder { disk-folder-unduhan } laptop.

## Pelajaran 3: Menerima disposisi
srikandi-disposisi-title = Menerima disposisi dari Camat
srikandi-disposisi-summary = Membuka disposisi, membaca instruksi dan batas waktunya.
srikandi-disposisi-intro = Dulu disposisi ditulis tangan di lembar kertas yang ditempel pada surat. Sekarang Camat menulis disposisi di SRIKANDI.
    Disposisi berisi instruksi dan batas waktu. Disposisi langsung sampai kepada Bapak/Ibu.
    Camat baru saja memberi disposisi tentang undangan rapat Posyandu.
srikandi-disposisi-daftar = Klik kotak { srikandi-app-tile-disposisi }.
srikandi-disposisi-daftar-h1 = Kotak { srikandi-app-tile-disposisi } ada di { srikandi-app-home }, di samping { srikandi-app-tile-masuk }.
srikandi-disposisi-daftar-ok = Ini daftar disposisi untuk Bapak/Ibu.
srikandi-disposisi-daftar-lain = Itu daftar yang lain. Klik { srikandi-app-home }, lalu klik { srikandi-app-tile-disposisi }.
srikandi-disposisi-buka = Klik disposisi tentang undangan rapat Posyandu.
srikandi-disposisi-buka-h1 = Hanya ada satu disposisi. Klik barisnya.
srikandi-disposisi-buka-ok = Disposisi terbuka. Baca pelan-pelan.
srikandi-disposisi-q-instruksi = Apa instruksi Camat?
srikandi-disposisi-q-instruksi-a = Mengarsipkan surat saja
srikandi-disposisi-q-instruksi-a-fb = Belum tepat. Baca lagi kotak { srikandi-app-disposisi-instruction }.
srikandi-disposisi-q-instruksi-b = Menghadiri rapat dan melaporkan hasilnya
srikandi-disposisi-q-instruksi-b-fb = Benar. Ada dua tugas: hadir, lalu melapor.
srikandi-disposisi-q-instruksi-c = Meneruskan surat ke desa
srikandi-disposisi-q-instruksi-c-fb = Belum tepat. Baca lagi kotak { srikandi-app-disposisi-instruction }.
srikandi-disposisi-q-batas = Kapan batas waktunya?
srikandi-disposisi-q-batas-a = Kamis, 10 Juli 2025
srikandi-disposisi-q-batas-a-fb = Benar. Dua hari lagi. Batas waktu juga dilihat oleh Camat.
srikandi-disposisi-q-batas-b = Tidak ada batas waktu
srikandi-disposisi-q-batas-b-fb = Belum tepat. Lihat baris { srikandi-app-disposisi-deadline }.
srikandi-disposisi-naskah = Sebelum bekerja, baca dulu suratnya. Klik { srikandi-app-open-naskah }.
srikandi-disposisi-naskah-h1 = Tombol { srikandi-app-open-naskah } ada di bawah batas waktu.
srikandi-disposisi-naskah-ok = Ini surat yang didisposisikan kepada Bapak/Ibu.
srikandi-disposisi-lalu = Bagus. Bapak/Ibu sudah tahu tugasnya.
    Di pelajaran berikutnya, Bapak/Ibu menindaklanjuti disposisi: meneruskan kepada staf, atau menyelesaikannya dengan laporan.

## Pelajaran 4: Tindak lanjut disposisi
srikandi-tindak-lanjut-title = Menindaklanjuti disposisi
srikandi-tindak-lanjut-summary = Meneruskan disposisi kepada staf yang tepat, dan menyelesaikan disposisi dengan laporan singkat.
srikandi-tindak-lanjut-intro = Ada dua disposisi dari Camat.
    Yang pertama: permohonan data dari Bappeda. Camat meminta Bapak/Ibu meneruskannya kepada Sdr. Dedi Kurniawan.
    Yang kedua: rapat Posyandu. Bapak/Ibu sudah hadir. Tinggal melapor.
srikandi-tindak-lanjut-tile = Klik kotak { srikandi-app-tile-tindak_lanjut }.
srikandi-tindak-lanjut-tile-h1 = Kotak itu ada di { srikandi-app-home }. Angkanya 2.
srikandi-tindak-lanjut-tile-ok = Ini disposisi yang belum dikerjakan.
srikandi-tindak-lanjut-buka = Klik disposisi "Permohonan Data Kependudukan".
srikandi-tindak-lanjut-buka-h1 = Baris itu paling atas.
srikandi-tindak-lanjut-buka-ok = Baca instruksinya: siapa yang harus mengerjakan?
srikandi-tindak-lanjut-buka-lain = Itu disposisi yang lain. Klik { srikandi-app-home }, lalu buka lagi { srikandi-app-tile-tindak_lanjut }.
srikandi-tindak-lanjut-teruskan = Instruksinya: teruskan kepada Sdr. Dedi. Klik { srikandi-app-follow-teruskan }.
srikandi-tindak-lanjut-teruskan-h1 = Tombol { srikandi-app-follow-teruskan } ada di bawah { srikandi-app-follow-title }.
srikandi-tindak-lanjut-teruskan-ok = Muncul isian untuk meneruskan.
srikandi-tindak-lanjut-teruskan-lain = Itu pilihan yang lain. Klik { srikandi-app-follow-teruskan }.
srikandi-tindak-lanjut-orang = Pilih orang yang disebut Camat: klik Dedi Kurniawan.
srikandi-tindak-lanjut-orang-h1 = Nama Dedi Kurniawan ada paling atas di daftar nama.
srikandi-tindak-lanjut-orang-ok = Dedi Kurniawan sudah dipilih.
srikandi-tindak-lanjut-orang-salah = Camat menyebut Sdr. Dedi Kurniawan. Klik nama yang salah sekali lagi untuk membatalkannya, lalu klik Dedi Kurniawan.
srikandi-tindak-lanjut-instruksi = Sdr. Dedi harus menyiapkan data. Klik { srikandi-app-instruction-siapkan_bahan }.
srikandi-tindak-lanjut-instruksi-h1 = Pilihan instruksi ada di bawah daftar nama.
srikandi-tindak-lanjut-instruksi-ok = Instruksi sudah dipilih.
srikandi-tindak-lanjut-instruksi-lain = Instruksi itu kurang cocok. Klik { srikandi-app-instruction-siapkan_bahan }.
srikandi-tindak-lanjut-kirim = Klik { srikandi-app-follow-send }.
srikandi-tindak-lanjut-kirim-h1 = Tombol { srikandi-app-follow-send } ada di bawah kotak catatan.
srikandi-tindak-lanjut-kirim-ok = Disposisi sudah diteruskan kepada Sdr. Dedi. Ia akan melihatnya di SRIKANDI-nya sendiri.
srikandi-tindak-lanjut-refused-orang = Belum ada nama yang dipilih. Klik Dedi Kurniawan, lalu klik { srikandi-app-follow-send }.
srikandi-tindak-lanjut-refused-instruksi = Instruksi belum dipilih. Klik { srikandi-app-instruction-siapkan_bahan }, lalu klik { srikandi-app-follow-send }.
srikandi-tindak-lanjut-salah-orang = Disposisi terkirim kepada orang yang tidak disebut Camat. Di kantor, hal ini membuat tugas tidak dikerjakan. Klik { lesson-restart-step }.
srikandi-tindak-lanjut-selesai-intro = Sekarang disposisi kedua: rapat Posyandu. Bapak/Ibu sudah hadir kemarin.
    Disposisi belum selesai sampai Bapak/Ibu melapor. Caranya dengan { srikandi-app-follow-selesai }.
srikandi-tindak-lanjut-daftar = Klik { srikandi-app-home }, lalu klik kotak { srikandi-app-tile-tindak_lanjut }.
srikandi-tindak-lanjut-daftar-h1 = Tombol { srikandi-app-home } ada di kanan atas.
srikandi-tindak-lanjut-daftar-ok = Tinggal satu disposisi yang belum dikerjakan.
srikandi-tindak-lanjut-daftar-lain = Itu daftar yang lain. Klik { srikandi-app-home }, lalu klik { srikandi-app-tile-tindak_lanjut }.
srikandi-tindak-lanjut-rapat = Klik disposisi "Undangan Rapat Koordinasi Posyandu".
srikandi-tindak-lanjut-rapat-h1 = Hanya ada satu baris di daftar ini.
srikandi-tindak-lanjut-rapat-ok = Batas waktunya besok. Masih sempat.
srikandi-tindak-lanjut-penyelesaian = Klik { srikandi-app-follow-selesai }.
srikandi-tindak-lanjut-penyelesaian-h1 = Pilihan itu ada di bawah { srikandi-app-follow-title }.
srikandi-tindak-lanjut-penyelesaian-ok = Muncul kotak untuk laporan singkat.
srikandi-tindak-lanjut-penyelesaian-lain = Itu pilihan yang lain. Klik { srikandi-app-follow-selesai }.
srikandi-tindak-lanjut-laporan = Tulis laporan singkat di kotak itu, misalnya: Sudah hadir. Posyandu aktif 12. Notulen menyusul. Lalu klik { srikandi-app-follow-send }.
srikandi-tindak-lanjut-laporan-h1 = Klik kotak laporan, lalu ketik satu atau dua kalimat.
srikandi-tindak-lanjut-laporan-h2 = Setelah itu klik { srikandi-app-follow-send }.
srikandi-tindak-lanjut-laporan-ok = Disposisi selesai. Camat membaca laporan Bapak/Ibu di SRIKANDI.
srikandi-tindak-lanjut-tanpa-laporan = Laporan masih kosong. Tulis apa yang sudah dikerjakan, lalu klik { srikandi-app-follow-send }.
srikandi-tindak-lanjut-q-laporan = Apa isi laporan penyelesaian yang baik?
srikandi-tindak-lanjut-q-laporan-a = Cukup "Sudah"
srikandi-tindak-lanjut-q-laporan-a-fb = Belum tepat. Camat perlu tahu apa yang dikerjakan dan hasilnya.
srikandi-tindak-lanjut-q-laporan-b = Apa yang sudah dikerjakan dan hasilnya, singkat
srikandi-tindak-lanjut-q-laporan-b-fb = Benar. Satu atau dua kalimat sudah cukup.

## Pelajaran 5: Naskah keluar dari pengolah kata
srikandi-naskah-keluar-title = Naskah keluar dari surat buatan sendiri
srikandi-naskah-keluar-summary = Mengunggah surat dari pengolah kata dan mengisi keterangan registrasinya.
srikandi-naskah-keluar-intro = Di modul Dokumen, Bapak/Ibu membuat surat undangan di pengolah kata dan menyimpannya di folder Surat Keluar 2025.
    Surat itu tidak dicetak dan tidak ditandatangani basah. Surat itu diunggah ke SRIKANDI.
    Nomor surat dan tanda tangan nanti datang dari SRIKANDI. Jadi, di pengolah kata nomor boleh dikosongkan.
srikandi-naskah-keluar-daftar = Klik kotak { srikandi-app-tile-keluar }.
srikandi-naskah-keluar-daftar-h1 = Kotak itu ada di { srikandi-app-home }, baris bawah.
srikandi-naskah-keluar-daftar-ok = Ini daftar naskah keluar. Masih kosong.
srikandi-naskah-keluar-daftar-lain = Itu daftar yang lain. Klik { srikandi-app-home }, lalu klik { srikandi-app-tile-keluar }.
srikandi-naskah-keluar-unggah = Suratnya sudah dibuat. Klik { srikandi-app-new-upload }.
srikandi-naskah-keluar-unggah-h1 = Tombol { srikandi-app-new-upload } ada di bawah judul.
srikandi-naskah-keluar-unggah-ok = Muncul folder-folder di laptop.
srikandi-naskah-keluar-unggah-template = Itu membuat surat baru dari kosong. Klik { srikandi-app-tile-keluar } lagi dari { srikandi-app-home }, lalu klik { srikandi-app-new-upload }.
srikandi-naskah-keluar-folder = Buka folder Surat Keluar 2025, lalu klik file 2025-07-08_Undangan_Rapat_Posyandu.docx.
srikandi-naskah-keluar-folder-h1 = Klik dulu folder Surat Keluar 2025.
srikandi-naskah-keluar-folder-h2 = Lalu klik file yang berakhiran .docx.
srikandi-naskah-keluar-folder-ok = Surat sudah terunggah. Sekarang isi keterangannya.
srikandi-naskah-keluar-bukan-surat = Itu foto, bukan surat. Klik file yang berakhiran .docx.
srikandi-naskah-keluar-file-lain = Itu file yang lain. Klik { lesson-restart-step }.
srikandi-naskah-keluar-jenis = Jenis naskahnya undangan. Klik { srikandi-app-jenis-undangan }.
srikandi-naskah-keluar-jenis-h1 = Pilihan itu ada di baris { srikandi-app-field-jenis }.
srikandi-naskah-keluar-jenis-ok = Jenis naskah sudah dipilih.
srikandi-naskah-keluar-jenis-lain = Surat ini undangan. Klik { srikandi-app-jenis-undangan }.
srikandi-naskah-keluar-sifat = Surat ini boleh dibaca umum. Pada baris { srikandi-app-field-sifat }, klik { srikandi-app-sifat-biasa }.
srikandi-naskah-keluar-sifat-h1 = Baris { srikandi-app-field-sifat } ada di bawah { srikandi-app-field-jenis }.
srikandi-naskah-keluar-sifat-ok = Sifat sudah dipilih.
srikandi-naskah-keluar-sifat-lain = Surat undangan rapat tidak rahasia. Pada baris { srikandi-app-field-sifat }, klik { srikandi-app-sifat-biasa }.
srikandi-naskah-keluar-urgensi = Rapatnya minggu depan. Pada baris { srikandi-app-field-urgensi }, klik { srikandi-app-urgensi-segera }.
srikandi-naskah-keluar-urgensi-h1 = Baris { srikandi-app-field-urgensi } ada di bawah { srikandi-app-field-sifat }.
srikandi-naskah-keluar-urgensi-ok = Urgensi sudah dipilih.
srikandi-naskah-keluar-urgensi-lain = Untuk surat ini, pada baris { srikandi-app-field-urgensi } klik { srikandi-app-urgensi-segera }.
srikandi-naskah-keluar-klasifikasi = Kode klasifikasi menentukan tempat surat di arsip. Untuk undangan, klik 005 Undangan.
srikandi-naskah-keluar-klasifikasi-h1 = Pilihan itu ada di baris { srikandi-app-field-klasifikasi }. Kantor Bapak/Ibu punya daftar kode sendiri.
srikandi-naskah-keluar-klasifikasi-ok = Kode klasifikasi sudah dipilih.
srikandi-naskah-keluar-klasifikasi-lain = Untuk undangan, kodenya 005. Klik 005 Undangan.
srikandi-naskah-keluar-tujuan = Surat ini untuk Kepala Desa Mekarsari. Pada bagian { srikandi-app-field-tujuan }, klik Suparman, Kepala Desa Mekarsari.
srikandi-naskah-keluar-tujuan-h1 = Gulir ke bawah sampai bagian { srikandi-app-field-tujuan }.
srikandi-naskah-keluar-tujuan-ok = Tujuan sudah dipilih.
srikandi-naskah-keluar-tujuan-lain = Belum tepat. Klik { lesson-restart-step }.
srikandi-naskah-keluar-tembusan = Camat perlu tahu. Pada bagian { srikandi-app-field-tembusan }, klik Drs. Ahmad Fauzi, Camat Sukamaju.
srikandi-naskah-keluar-tembusan-h1 = Bagian { srikandi-app-field-tembusan } ada di bawah { srikandi-app-field-tujuan }.
srikandi-naskah-keluar-tembusan-ok = Tembusan sudah dipilih.
srikandi-naskah-keluar-tembusan-lain = Belum tepat. Klik { lesson-restart-step }.
srikandi-naskah-keluar-hal = Ketik hal surat di kotak { srikandi-app-field-hal }: Undangan Rapat Persiapan Posyandu. Lalu klik { srikandi-app-save-draft }.
srikandi-naskah-keluar-hal-h1 = Kotak { srikandi-app-field-hal } ada di bawah kode klasifikasi.
srikandi-naskah-keluar-hal-h2 = Tombol { srikandi-app-save-draft } ada paling bawah.
srikandi-naskah-keluar-hal-ok = Draf tersimpan dengan keterangan lengkap.
srikandi-naskah-keluar-hal-kosong = Hal masih kosong. Ketik hal di kotak { srikandi-app-field-hal }, lalu klik { srikandi-app-save-draft }.
srikandi-naskah-keluar-belum-lengkap = Masih ada keterangan yang kosong. Klik { lesson-restart-step }.
srikandi-naskah-keluar-q-nomor = Mengapa nomor surat tidak diketik sendiri di pengolah kata?
srikandi-naskah-keluar-q-nomor-a = Karena nomor surat tidak penting
srikandi-naskah-keluar-q-nomor-a-fb = Belum tepat. Nomor sangat penting untuk arsip.
srikandi-naskah-keluar-q-nomor-b = Karena nomor diambil dari SRIKANDI supaya tidak dobel
srikandi-naskah-keluar-q-nomor-b-fb = Benar. Nomor diambil dengan { srikandi-app-take-number }. Itu pelajaran berikutnya.

## Pelajaran 6: Ambil Nomor dan kirim ke verifikator
srikandi-ambil-nomor-title = Ambil Nomor dan kirim ke verifikator
srikandi-ambil-nomor-summary = Mengambil nomor surat, memilih verifikator dan penandatangan, lalu mengirim.
srikandi-ambil-nomor-intro = Surat undangan Bapak/Ibu sudah menjadi draf. Sebelum ditandatangani, surat diperiksa dulu.
    Verifikator memeriksa isi dan memberi paraf. Biasanya Sekretaris Camat.
    Penandatangan menandatangani secara elektronik. Untuk surat keluar kecamatan, biasanya Camat.
srikandi-ambil-nomor-daftar = Klik kotak { srikandi-app-tile-keluar }.
srikandi-ambil-nomor-daftar-h1 = Kotak itu ada di { srikandi-app-home }, baris bawah.
srikandi-ambil-nomor-daftar-ok = Draf undangan ada di daftar.
srikandi-ambil-nomor-daftar-lain = Itu daftar yang lain. Klik { srikandi-app-home }, lalu klik { srikandi-app-tile-keluar }.
srikandi-ambil-nomor-buka = Klik draf "Undangan Rapat Persiapan Posyandu".
srikandi-ambil-nomor-buka-h1 = Hanya ada satu draf. Klik barisnya.
srikandi-ambil-nomor-buka-ok = Draf terbuka. Nomornya masih kosong.
srikandi-ambil-nomor-nomor = Klik { srikandi-app-take-number }.
srikandi-ambil-nomor-nomor-h1 = Tombol { srikandi-app-take-number } ada paling bawah. Gulir ke bawah.
srikandi-ambil-nomor-nomor-ok = Nomor surat sudah ada. Nomor ini tidak akan dipakai surat lain.
srikandi-ambil-nomor-verifikator = Pada bagian { srikandi-app-field-verifikator }, klik Hendra Wijaya, Sekretaris Camat.
srikandi-ambil-nomor-verifikator-h1 = Bagian { srikandi-app-field-verifikator } ada di bawah nomor.
srikandi-ambil-nomor-verifikator-ok = Verifikator sudah dipilih.
srikandi-ambil-nomor-verifikator-lain = Di latihan ini verifikatornya Sekretaris Camat. Klik Hendra Wijaya.
srikandi-ambil-nomor-penandatangan = Pada bagian { srikandi-app-field-penandatangan }, klik Drs. Ahmad Fauzi, Camat Sukamaju.
srikandi-ambil-nomor-penandatangan-h1 = Bagian { srikandi-app-field-penandatangan } ada di bawah { srikandi-app-field-verifikator }.
srikandi-ambil-nomor-penandatangan-ok = Penandatangan sudah dipilih.
srikandi-ambil-nomor-penandatangan-lain = Surat keluar kecamatan ditandatangani Camat. Klik Drs. Ahmad Fauzi.
srikandi-ambil-nomor-kirim = Klik { srikandi-app-send-draft }.
srikandi-ambil-nomor-kirim-h1 = Tombol biru itu ada paling bawah.
srikandi-ambil-nomor-kirim-ok = Surat terkirim ke verifikator. Statusnya sekarang menunggu verifikasi.
srikandi-ambil-nomor-kirim-belum = Masih ada yang kosong. Baca pesan merah di atas, lalu klik { lesson-restart-step }.
srikandi-ambil-nomor-kirim-orang = Verifikator atau penandatangannya belum tepat. Klik { lesson-restart-step }.
srikandi-ambil-nomor-q-verifikator = Apa tugas verifikator?
srikandi-ambil-nomor-q-verifikator-a = Memeriksa surat dan memberi paraf sebelum ditandatangani
srikandi-ambil-nomor-q-verifikator-a-fb = Benar. Kalau ada yang kurang, surat dikembalikan untuk diperbaiki.
srikandi-ambil-nomor-q-verifikator-b = Mengantar surat ke alamat tujuan
srikandi-ambil-nomor-q-verifikator-b-fb = Belum tepat. Surat dikirim oleh SRIKANDI sendiri setelah ditandatangani.

## Pelajaran 7: Perlu perbaikan
srikandi-perbaikan-title = Surat dikembalikan: perlu perbaikan
srikandi-perbaikan-summary = Membaca catatan verifikator, memperbaiki, lalu mengirim lagi.
srikandi-perbaikan-intro = Sekretaris Camat sudah memeriksa surat undangan Bapak/Ibu. Suratnya dikembalikan dengan status { srikandi-app-draft-status-perlu_perbaikan }.
    Ini biasa. Baca catatannya, perbaiki, lalu kirim lagi.
srikandi-perbaikan-daftar = Klik kotak { srikandi-app-tile-keluar }.
srikandi-perbaikan-daftar-h1 = Kotak itu ada di { srikandi-app-home }, baris bawah.
srikandi-perbaikan-daftar-ok = Lihat statusnya: { srikandi-app-draft-status-perlu_perbaikan }.
srikandi-perbaikan-daftar-lain = Itu daftar yang lain. Klik { srikandi-app-home }, lalu klik { srikandi-app-tile-keluar }.
srikandi-perbaikan-buka = Klik draf undangan itu.
srikandi-perbaikan-buka-h1 = Hanya ada satu draf. Klik barisnya.
srikandi-perbaikan-buka-ok = Catatan verifikator ada di atas, dalam kotak kuning.
srikandi-perbaikan-q-catatan = Apa yang diminta verifikator?
srikandi-perbaikan-q-catatan-a = Mengganti nomor surat
srikandi-perbaikan-q-catatan-a-fb = Belum tepat. Baca lagi { srikandi-app-verifier-note }.
srikandi-perbaikan-q-catatan-b = Menambah Sekretaris Camat sebagai tembusan
srikandi-perbaikan-q-catatan-b-fb = Benar. Hanya itu yang perlu diubah.
srikandi-perbaikan-q-catatan-c = Membuat surat baru dari awal
srikandi-perbaikan-q-catatan-c-fb = Belum tepat. Cukup perbaiki yang diminta.
srikandi-perbaikan-tembusan = Pada bagian { srikandi-app-field-tembusan }, klik Hendra Wijaya, Sekretaris Camat.
srikandi-perbaikan-tembusan-h1 = Gulir ke bawah sampai bagian { srikandi-app-field-tembusan }.
srikandi-perbaikan-tembusan-ok = Sekretaris Camat sudah masuk tembusan.
srikandi-perbaikan-tembusan-lain = Belum tepat. Klik { lesson-restart-step }.
srikandi-perbaikan-kirim = Klik { srikandi-app-send-draft }.
srikandi-perbaikan-kirim-h1 = Tombol biru itu ada paling bawah.
srikandi-perbaikan-kirim-ok = Surat terkirim lagi ke verifikator, sudah dengan perbaikan.
srikandi-perbaikan-kirim-belum = Surat terkirim tanpa perbaikan yang diminta. Verifikator akan mengembalikannya lagi. Klik { lesson-restart-step }.
srikandi-perbaikan-kirim-kosong = Ada yang kosong. Klik { lesson-restart-step }.

## Pelajaran 8: Tanda tangan elektronik
srikandi-tte-title = Tanda tangan elektronik (TTE)
srikandi-tte-summary = Menandatangani nota dinas dengan passphrase, dan menolak memberikan passphrase.
srikandi-tte-intro = Seorang kasi juga menandatangani surat, misalnya nota dinas di dalam kantor.
    Bapak/Ibu menulis nota dinas kepada Sekretaris Camat tentang permintaan alat tulis. Nota itu menunggu tanda tangan Bapak/Ibu.
    Tanda tangan elektronik (TTE) memakai sertifikat elektronik dari BSrE. TTE sah seperti tanda tangan basah.
srikandi-tte-passphrase = Untuk menandatangani, Bapak/Ibu mengetik passphrase: kata rahasia milik sendiri.
    Passphrase seperti tanda tangan Bapak/Ibu. Jangan diberikan kepada siapa pun, juga kepada sekretaris atau atasan.
    Untuk latihan ini, passphrase-nya: Melati2025
srikandi-tte-daftar = Klik kotak { srikandi-app-tile-tanda_tangan }.
srikandi-tte-daftar-h1 = Kotak itu ada di { srikandi-app-home }. Angkanya 1.
srikandi-tte-daftar-ok = Nota dinas menunggu di sini.
srikandi-tte-daftar-lain = Itu daftar yang lain. Klik { srikandi-app-home }, lalu klik { srikandi-app-tile-tanda_tangan }.
srikandi-tte-buka = Klik nota dinas "Permintaan Alat Tulis Kantor Seksi Pemerintahan".
srikandi-tte-buka-h1 = Hanya ada satu baris. Klik barisnya.
srikandi-tte-buka-ok = Nota terbuka. Ada juga pesan dari sekretaris.
srikandi-tte-sekretaris = Sekretaris meminta passphrase Bapak/Ibu. Jawablah pesannya.
srikandi-tte-sekretaris-h1 = Passphrase tidak boleh diberikan kepada siapa pun.
srikandi-tte-sekretaris-h2 = Klik { srikandi-app-secretary-refuse }.
srikandi-tte-sekretaris-ok = Tepat. Siapa pun yang tahu passphrase bisa menandatangani atas nama Bapak/Ibu.
srikandi-tte-sekretaris-diberikan = Passphrase jangan diberikan. Di kantor, segera ganti passphrase Bapak/Ibu. Klik { lesson-restart-step }.
srikandi-tte-mulai = Sekarang tandatangani sendiri. Klik { srikandi-app-sign }.
srikandi-tte-mulai-h1 = Tombol biru { srikandi-app-sign } ada di bawah pesan sekretaris.
srikandi-tte-mulai-ok = Muncul kotak passphrase.
srikandi-tte-tandatangan = Ketik passphrase Melati2025, lalu klik { srikandi-app-sign-confirm }.
srikandi-tte-tandatangan-h1 = Klik kotak { srikandi-app-passphrase }, lalu ketik Melati2025 (huruf M besar).
srikandi-tte-tandatangan-h2 = Lalu klik { srikandi-app-sign-confirm }.
srikandi-tte-tandatangan-ok = Nota dinas sudah ditandatangani secara elektronik.
srikandi-tte-gagal-kosong = Passphrase belum diketik. Ketik Melati2025, lalu klik { srikandi-app-sign-confirm }.
srikandi-tte-gagal-salah = Passphrase belum cocok. Ketik lagi Melati2025 dengan teliti. Perhatikan huruf besar.
srikandi-tte-qr = Lihat kotak QR: masih merah. Tanda tangan sudah masuk, tetapi PDF yang tampil masih yang lama.
    Ini sering terjadi. Tanda tangan tidak hilang. Tampilannya saja yang perlu diperbarui.
srikandi-tte-perbarui = Klik { srikandi-app-refresh-pdf }.
srikandi-tte-perbarui-h1 = Tombol { srikandi-app-refresh-pdf } ada di atas kotak QR.
srikandi-tte-perbarui-ok = QR sudah hijau. Tanda tangan elektronik tercantum di PDF.
srikandi-tte-q-minta = Atasan Bapak/Ibu sedang dinas luar. Ia menelepon dan meminta passphrase Bapak/Ibu. Apa jawaban Bapak/Ibu?
srikandi-tte-q-minta-a = Memberikannya karena ia atasan
srikandi-tte-q-minta-a-fb = Belum tepat. Passphrase tetap milik pribadi, juga terhadap atasan.
srikandi-tte-q-minta-b = Menolak dengan sopan dan menandatangani sendiri
srikandi-tte-q-minta-b-fb = Benar. TTE bisa dilakukan sendiri dari laptop atau ponsel.

## Pelajaran 9: Pengguna tidak terdaftar
srikandi-tidak-terdaftar-title = Pesan "Pengguna tidak terdaftar"
srikandi-tidak-terdaftar-summary = Mengenali masalah sertifikat elektronik dan tahu harus menghubungi siapa.
srikandi-tidak-terdaftar-intro = Kadang TTE gagal walaupun passphrase benar. Muncul pesan "Pengguna tidak terdaftar".
    Mari kita lihat pesan itu dalam latihan, supaya Bapak/Ibu tidak kaget di kantor.
srikandi-tidak-terdaftar-daftar = Klik kotak { srikandi-app-tile-tanda_tangan }.
srikandi-tidak-terdaftar-daftar-h1 = Kotak itu ada di { srikandi-app-home }.
srikandi-tidak-terdaftar-daftar-ok = Nota dinas menunggu di sini.
srikandi-tidak-terdaftar-daftar-lain = Itu daftar yang lain. Klik { srikandi-app-home }, lalu klik { srikandi-app-tile-tanda_tangan }.
srikandi-tidak-terdaftar-buka = Klik nota dinas itu.
srikandi-tidak-terdaftar-buka-h1 = Hanya ada satu baris. Klik barisnya.
srikandi-tidak-terdaftar-buka-ok = Nota terbuka.
srikandi-tidak-terdaftar-mulai = Klik { srikandi-app-sign }.
srikandi-tidak-terdaftar-mulai-h1 = Tombol biru itu ada di bawah judul.
srikandi-tidak-terdaftar-mulai-ok = Muncul kotak passphrase.
srikandi-tidak-terdaftar-coba = Ketik passphrase Melati2025, lalu klik { srikandi-app-sign-confirm }.
srikandi-tidak-terdaftar-coba-h1 = Klik kotak { srikandi-app-passphrase }, ketik Melati2025, lalu klik { srikandi-app-sign-confirm }.
srikandi-tidak-terdaftar-coba-ok = Muncul pesan "Pengguna tidak terdaftar". Passphrase Bapak/Ibu benar. Masalahnya ada di sertifikat.
srikandi-tidak-terdaftar-coba-kosong = Passphrase belum diketik. Ketik Melati2025, lalu klik { srikandi-app-sign-confirm }.
srikandi-tidak-terdaftar-arti = Artinya: sertifikat elektronik Bapak/Ibu belum terdaftar, atau sudah habis masa berlakunya.
    Mencoba berkali-kali tidak menolong. Passphrase juga tidak perlu diganti.
    Yang dilakukan: hubungi admin TTE atau operator SRIKANDI di kantor, atau Diskominfo. Sertifikat didaftarkan atau diperpanjang di sana.
    Jangan meminta orang lain menandatangani dengan akunnya.
srikandi-tidak-terdaftar-q-lakukan = Pesan "Pengguna tidak terdaftar" muncul. Apa yang Bapak/Ibu lakukan?
srikandi-tidak-terdaftar-q-lakukan-a = Mencoba terus sampai berhasil
srikandi-tidak-terdaftar-q-lakukan-a-fb = Belum tepat. Masalahnya di sertifikat. Mencoba lagi tidak mengubahnya.
srikandi-tidak-terdaftar-q-lakukan-b = Meminjam akun rekan untuk menandatangani
srikandi-tidak-terdaftar-q-lakukan-b-fb = Belum tepat. Tanda tangan harus atas nama sendiri.
srikandi-tidak-terdaftar-q-lakukan-c = Menghubungi admin TTE atau Diskominfo untuk mendaftarkan atau memperpanjang sertifikat
srikandi-tidak-terdaftar-q-lakukan-c-fb = Benar. Setelah sertifikat aktif, tanda tangani lagi.
srikandi-tidak-terdaftar-q-qr = Setelah tanda tangan berhasil, QR di PDF masih merah. Apa artinya?
srikandi-tidak-terdaftar-q-qr-a = Tampilan PDF masih yang lama. Klik { srikandi-app-refresh-pdf }
srikandi-tidak-terdaftar-q-qr-a-fb = Benar. Setelah diperbarui, QR menjadi hijau.
srikandi-tidak-terdaftar-q-qr-b = Tanda tangannya gagal, jadi harus diulang
srikandi-tidak-terdaftar-q-qr-b-fb = Belum tepat. Tanda tangan sudah masuk. Tampilannya saja yang lama.

## Pelajaran 10: Tembusan dan arsip
srikandi-arsip-title = Tembusan dan mencari arsip
srikandi-arsip-summary = Membaca tembusan dan menemukan surat lama dengan pencarian.
srikandi-arsip-intro = Surat yang sudah selesai tidak hilang. Semua tersimpan di arsip SRIKANDI.
    Tidak perlu lagi membongkar lemari arsip. Cukup ketik kata dari nomor, asal, atau hal surat.
    Mulai dari tembusan dulu: surat untuk diketahui.
srikandi-arsip-tembusan = Klik kotak { srikandi-app-tile-tembusan }.
srikandi-arsip-tembusan-h1 = Kotak itu ada di { srikandi-app-home }, baris atas paling kanan.
srikandi-arsip-tembusan-ok = Ada satu tembusan dari BKPSDM.
srikandi-arsip-tembusan-lain = Itu daftar yang lain. Klik { srikandi-app-home }, lalu klik { srikandi-app-tile-tembusan }.
srikandi-arsip-baca = Klik surat edaran "Jam Kerja ASN Selama Bulan Juli".
srikandi-arsip-baca-h1 = Hanya ada satu baris. Klik barisnya.
srikandi-arsip-baca-ok = Tembusan cukup dibaca. Tidak perlu ditindaklanjuti.
srikandi-arsip-buka = Camat meminta laporan Posyandu bulan Mei. Klik { srikandi-app-home }, lalu klik kotak { srikandi-app-tile-arsip }.
srikandi-arsip-buka-h1 = Kotak { srikandi-app-tile-arsip } ada di { srikandi-app-home }, baris bawah.
srikandi-arsip-buka-ok = Ini halaman arsip, dengan kotak pencarian.
srikandi-arsip-buka-lain = Itu daftar yang lain. Klik { srikandi-app-home }, lalu klik { srikandi-app-tile-arsip }.
srikandi-arsip-cari = Ketik laporan posyandu di kotak pencarian, lalu klik { srikandi-app-search }.
srikandi-arsip-cari-h1 = Klik kotak putih di bawah judul, lalu ketik laporan posyandu.
srikandi-arsip-cari-h2 = Lalu klik { srikandi-app-search }.
srikandi-arsip-cari-ok = Ketemu. Surat yang cocok muncul di bawah.
srikandi-arsip-cari-kosong = Tidak ada yang cocok. Ketik laporan posyandu di kotak itu, lalu klik { srikandi-app-search }.
srikandi-arsip-hasil = Klik surat "Laporan Kegiatan Posyandu Bulan Mei".
srikandi-arsip-hasil-h1 = Surat itu ada di bawah kotak pencarian.
srikandi-arsip-hasil-ok = Surat lama terbuka, lengkap dengan PDF dan riwayatnya.
srikandi-arsip-hasil-lain = Itu surat yang lain. Klik { lesson-restart-step }.
srikandi-arsip-q-kata = Bapak/Ibu mencari surat dari Bappeda tentang data penduduk. Kata apa yang diketik?
srikandi-arsip-q-kata-a = surat
srikandi-arsip-q-kata-a-fb = Belum tepat. Kata "surat" terlalu umum.
srikandi-arsip-q-kata-b = bappeda penduduk
srikandi-arsip-q-kata-b-fb = Benar. Kata dari asal dan hal surat membuat hasilnya tepat.

## Uji Kemampuan
srikandi-uji-kemampuan-title = Uji Kemampuan SRIKANDI
srikandi-uji-kemampuan-summary = Mengerjakan tugas SRIKANDI sehari-hari tanpa petunjuk.
srikandi-uji-kemampuan-intro = Ini uji kemampuan. Tidak ada petunjuk. Kerjakan seperti di kantor.
    Akun latihan: nama pengguna 199005122015032001, kata sandi Srikandi#2025. Passphrase: Melati2025.
    Bapak/Ibu boleh mengulang uji ini kapan saja.
srikandi-uji-kemampuan-masuk = Masuk ke SRIKANDI.
srikandi-uji-kemampuan-masuk-ok = Sudah masuk.
srikandi-uji-kemampuan-masuk-gagal = Belum bisa masuk. Coba lagi.
srikandi-uji-kemampuan-pdf = Ada undangan baru dari Dinas PMD. Buka surat itu dan lihat PDF-nya.
srikandi-uji-kemampuan-pdf-ok = Surat sudah dibaca.
srikandi-uji-kemampuan-teruskan = Camat memberi disposisi tentang undangan itu. Kerjakan sesuai instruksinya.
srikandi-uji-kemampuan-teruskan-ok = Disposisi sudah diteruskan.
srikandi-uji-kemampuan-teruskan-orang = Disposisi terkirim kepada orang yang tidak disebut Camat.
srikandi-uji-kemampuan-teruskan-belum = Disposisi belum terkirim.
srikandi-uji-kemampuan-kirim = Draf "Undangan Musyawarah Desa" di naskah keluar belum bernomor. Beri nomor, lalu kirim. Verifikatornya Sekretaris Camat, penandatangannya Camat.
srikandi-uji-kemampuan-kirim-ok = Surat terkirim ke verifikator.
srikandi-uji-kemampuan-kirim-belum = Surat belum terkirim.
srikandi-uji-kemampuan-kirim-orang = Surat terkirim kepada verifikator atau penandatangan yang lain.
srikandi-uji-kemampuan-sekretaris = Sebuah nota dinas menunggu tanda tangan Bapak/Ibu. Bukalah. Ada pesan dari sekretaris: jawablah.
srikandi-uji-kemampuan-sekretaris-ok = Pesan sudah dijawab.
srikandi-uji-kemampuan-sekretaris-diberikan = Passphrase sudah diberikan kepada orang lain.
srikandi-uji-kemampuan-tte = Tandatangani nota dinas itu.
srikandi-uji-kemampuan-tte-ok = Nota dinas sudah ditandatangani.
srikandi-uji-kemampuan-tte-gagal = Tanda tangan belum berhasil.
srikandi-uji-kemampuan-perbarui = Pastikan tanda tangannya tampil di PDF.
srikandi-uji-kemampuan-perbarui-ok = Tanda tangan tampil di PDF.
srikandi-uji-kemampuan-q-terdaftar = Rekan Bapak/Ibu mendapat pesan "Pengguna tidak terdaftar" saat TTE. Apa saran Bapak/Ibu?
srikandi-uji-kemampuan-q-terdaftar-a = Coba lagi dengan passphrase lain
srikandi-uji-kemampuan-q-terdaftar-a-fb = Belum tepat. Masalahnya di sertifikat, bukan passphrase.
srikandi-uji-kemampuan-q-terdaftar-b = Hubungi admin TTE atau Diskominfo untuk sertifikatnya
srikandi-uji-kemampuan-q-terdaftar-b-fb = Benar.
srikandi-uji-kemampuan-arsip = Camat meminta laporan persiapan pemilihan kepala desa dari bulan Maret. Cari di arsip, lalu buka suratnya.
srikandi-uji-kemampuan-arsip-ok = Surat sudah ditemukan.
srikandi-uji-kemampuan-arsip-kosong = Pencarian belum menemukan surat.
