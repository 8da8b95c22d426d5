# Modul 1: Email dinas — latihan di webmail pura-pura "Surel Dinas".
# Alamat email, nama file dan kata sandi ditulis apa adanya (sama di semua bahasa).

email-module-title = Email dinas
email-module-summary = Masuk, membaca, membalas, menulis dan mengirim lampiran lewat email kantor dengan aman.

## Pelajaran 1: Masuk ke email dinas
email-masuk-title = Masuk ke email dinas
email-masuk-summary = Kenali alamat email, lalu masuk dengan alamat dan kata sandi.
email-masuk-m1-subject = Selamat datang di Surel Dinas
email-masuk-m1-body = Yth. Bapak/Ibu pegawai Kabupaten Sukamaju,
    Akun email dinas Bapak/Ibu sudah aktif.
    Pakai email ini untuk urusan kantor saja.
    Jangan memberi tahu kata sandi kepada siapa pun, termasuk petugas Diskominfo.
    Salam,
    Diskominfo Kabupaten Sukamaju
email-masuk-m2-subject = Apel pagi hari Senin
email-masuk-m2-body = Yth. Bapak/Ibu staf Kecamatan Sukamaju,
    Apel pagi hari Senin, 26 Mei 2025, dimulai pukul 07.30 WIB di halaman kantor kecamatan.
    Mohon hadir tepat waktu.
    Terima kasih.
    Sekretaris Kecamatan Sukamaju
email-masuk-intro = Selamat datang di modul Email dinas, Bapak/Ibu.
    Email adalah surat elektronik. Surat ini dikirim lewat internet dan sampai dalam hitungan detik.
    Setiap ASN punya alamat email dinas. Alamat email kantor pemerintah berakhiran go.id.
    Email dibaca dengan aplikasi email. Di kantor biasanya lewat browser, misalnya Zimbra atau Roundcube. Ada juga Gmail, Outlook, dan aplikasi email di HP.
    Di sini kita berlatih di "Surel Dinas", webmail pura-pura. Tidak ada yang benar-benar terkirim. Jadi jangan takut salah.
email-masuk-alamat = Ada dua macam alamat. Jangan sampai tertukar.
    Alamat email, misalnya budi.santoso@sukamajukab.go.id. Selalu ada tanda @ (dibaca "et") di tengahnya. Di depan @ ada nama pengguna, di belakangnya nama kantor.
    Alamat situs, misalnya mail.sukamajukab.go.id. Alamat ini diketik di bilah alamat browser, paling atas. Alamat situs tidak pernah memakai @.
    Jadi: buka situs webmail dengan alamat situs, lalu masuk dengan alamat email dan kata sandi.
email-masuk-q-alamat = Mana yang alamat email?
email-masuk-q-alamat-a = mail.sukamajukab.go.id
email-masuk-q-alamat-a-fb = Belum tepat. Itu alamat situs webmail, diketik di bilah alamat browser. Alamat email selalu memakai tanda @.
email-masuk-q-alamat-b = budi.santoso@sukamajukab.go.id
email-masuk-q-alamat-b-fb = Betul. Ada tanda @ di tengahnya. Itu alamat email.
email-masuk-q-alamat-c = www.sukamajukab.go.id
email-masuk-q-alamat-c-fb = Belum tepat. Itu alamat situs kabupaten. Alamat email selalu memakai tanda @.
email-masuk-signin = Sekarang masuk ke Surel Dinas. Isi kotak satu per satu:
    1. Kotak { webmail-address }: ketik budi.santoso@sukamajukab.go.id
    2. Kotak { webmail-password }: ketik Sukamaju#2025
    3. Kotak "{ webmail-remember }" harus kosong. Bila ada centang, klik kotaknya sekali sampai centangnya hilang.
    4. Klik tombol { webmail-signin }.
email-masuk-signin-h1 = Klik dulu di dalam kotak paling atas, lalu ketik alamatnya. Kotak { webmail-password } ada di bawahnya. Huruf kata sandi tampil sebagai titik-titik. Itu wajar.
email-masuk-signin-h2 = Kata sandi membedakan huruf besar dan kecil: S besar, lalu "ukamaju", tanda pagar #, lalu 2025. Kotak "{ webmail-remember }" ada di bawah kotak { webmail-password }. Pastikan kosong, lalu klik { webmail-signin }.
email-masuk-signin-ok = Bagus, Bapak/Ibu sudah masuk! Di kiri ada tombol { webmail-compose } dan folder-folder. Di kanan ada daftar pesan.
email-masuk-failed-empty = Masih ada kotak yang kosong. Isi alamat email dan kata sandi, lalu klik { webmail-signin } lagi.
email-masuk-failed-address = Alamat emailnya belum cocok. Periksa lagi hurufnya: budi.santoso@sukamajukab.go.id, dengan titik di antara budi dan santoso.
email-masuk-failed-password = Kata sandinya belum cocok. Tidak apa-apa, ini sering terjadi. Ketik pelan-pelan: Sukamaju#2025. Huruf S pertama huruf besar.
email-masuk-remembered = Bapak/Ibu sudah masuk, tetapi "{ webmail-remember }" masih dicentang. Di komputer bersama, orang berikutnya bisa membuka email Bapak/Ibu. Klik { webmail-sign-out } di kanan atas, lalu masuk lagi dengan kotak "{ webmail-remember }" kosong.
email-masuk-keluar = Coba keluar dulu. Klik { webmail-sign-out } di kanan atas.
email-masuk-keluar-h1 = Lihat ke pojok kanan atas layar latihan. Ada tulisan Pengaturan dan Keluar.
email-masuk-keluar-h2 = Klik satu kali pada tulisan Keluar.
email-masuk-keluar-ok = Bapak/Ibu sudah keluar. Halaman Masuk tampil lagi. Orang lain tidak bisa membuka email Bapak/Ibu.
email-masuk-signin2 = Masuk sekali lagi. Kali ini, di kotak alamat cukup ketik nama pengguna: budi.santoso
    Banyak webmail kantor menerima cara ini. Kata sandinya tetap Sukamaju#2025. Jangan centang "{ webmail-remember }". Lalu klik { webmail-signin }.
email-masuk-signin2-h1 = Nama pengguna adalah bagian alamat sebelum tanda @. Jadi cukup ketik budi.santoso tanpa @ dan tanpa nama kantor.
email-masuk-signin2-h2 = Kotak { webmail-password } ada di bawah kotak alamat. Pastikan kotak "{ webmail-remember }" kosong, lalu klik tombol { webmail-signin }.
email-masuk-signin2-ok = Berhasil! Nama pengguna saja sudah cukup untuk masuk.
email-masuk-q-tetap = Bapak/Ibu memakai komputer bersama di ruang pelayanan. Apakah kotak "{ webmail-remember }" dicentang?
email-masuk-q-tetap-a = Ya, supaya besok tidak perlu mengetik kata sandi lagi
email-masuk-q-tetap-a-fb = Belum tepat. Bila dicentang, orang yang memakai komputer itu sesudah Bapak/Ibu bisa membuka email Bapak/Ibu.
email-masuk-q-tetap-b = Tidak. "{ webmail-remember }" hanya untuk laptop pribadi
email-masuk-q-tetap-b-fb = Betul. Di komputer bersama, biarkan kotak itu kosong. Selesai bekerja, klik { webmail-sign-out }.
email-masuk-q-nama = Email dinas Bapak/Ibu adalah budi.santoso@sukamajukab.go.id. Untuk urusan kantor, alamat mana yang dipakai?
email-masuk-q-nama-a = budi.santoso1971@gmail.com
email-masuk-q-nama-a-fb = Belum tepat. Itu email pribadi. Urusan kantor memakai email dinas yang berakhiran go.id.
email-masuk-q-nama-b = budi.santoso@sukamajukab.go.id
email-masuk-q-nama-b-fb = Betul. Urusan kantor memakai email dinas. Penerima langsung tahu pesan itu dari kantor.
email-masuk-q-nama-c = sukamajukab.go.id
email-masuk-q-nama-c-fb = Belum tepat. Itu hanya nama kantornya. Alamat email selalu memakai tanda @, misalnya budi.santoso@sukamajukab.go.id.

## Pelajaran 2: Membaca pesan
email-baca-title = Membaca pesan
email-baca-summary = Buka pesan di Kotak Masuk, baca, lalu kembali ke daftar.
email-baca-m1-subject = Jadwal apel pagi bulan Juni 2025
email-baca-m1-body = Yth. Bapak/Ibu staf Kecamatan Sukamaju,
    Selama bulan Juni 2025, apel pagi diadakan setiap hari Senin pukul 07.30 WIB.
    Petugas pemimpin apel: minggu pertama Bapak Agus Wibowo, minggu kedua Ibu Dewi Lestari.
    Terima kasih.
    Sekretaris Kecamatan Sukamaju
email-baca-m2-subject = Senam pagi hari Jumat
email-baca-m2-body = Yth. Bapak/Ibu staf,
    Senam pagi bersama diadakan hari Jumat, 23 Mei 2025, pukul 07.00 WIB di halaman kantor.
    Mohon memakai kaus olahraga.
    Salam sehat,
    Subbag Umum Kecamatan Sukamaju
email-baca-m3-subject = Selamat datang di Surel Dinas
email-baca-m3-body = Yth. Bapak/Ibu pegawai Kabupaten Sukamaju,
    Akun email dinas Bapak/Ibu sudah aktif. Pakai email ini untuk urusan kantor saja.
    Salam,
    Diskominfo Kabupaten Sukamaju
email-baca-s1-subject = Laporan kegiatan posyandu
email-baca-s1-body = Yth. Bapak Sekretaris,
    Kegiatan posyandu di Desa Mekar sudah selesai dengan lancar.
    Terima kasih.
    Hormat saya,
    Budi Santoso
email-baca-intro = Pesan yang datang untuk Bapak/Ibu masuk ke Kotak Masuk. Di beberapa webmail kantor, misalnya Zimbra, namanya "Email Masuk". Artinya sama.
    Setiap baris di daftar adalah satu pesan. Ada nama pengirim (Dari), Subjek atau judul pesan, dan tanggal.
    Pesan yang belum dibaca tampak tebal dengan titik di depannya. Angka di samping Kotak Masuk adalah jumlah pesan yang belum dibaca.
email-baca-open1 = Buka pesan dari Sekretaris Kecamatan tentang jadwal apel pagi. Klik satu kali pada barisnya.
email-baca-open1-h1 = Daftar pesan ada di sebelah kanan. Pesan dari Sekretaris Kecamatan ada paling atas.
email-baca-open1-h2 = Cukup satu klik pada baris yang bertuliskan "Jadwal apel pagi bulan Juni 2025".
email-baca-open1-ok = Pesan terbuka. Di bawah baris tombol ada Subjek dengan huruf tebal, lalu Dari (pengirim) dan Ke (penerima). Di bawah garis ada isi pesan.
email-baca-other = Itu pesan yang lain. Tidak apa-apa. Klik { webmail-back }, lalu buka pesan yang disebut di langkah ini.
email-baca-back1 = Sudah dibaca? Kembali ke daftar pesan. Klik tombol { webmail-back }.
email-baca-back-h1 = Tombol { webmail-back } ada di baris tombol di atas pesan, paling kiri.
email-baca-back-h2 = Klik satu kali pada tulisan { webmail-back }. Daftar pesan { webmail-folder-inbox } akan tampil lagi.
email-baca-back1-ok = Bagus. Lihat: pesan tadi sekarang tidak tebal lagi, karena sudah dibaca.
email-baca-back-other = Folder lain yang terbuka. Klik { webmail-folder-inbox } di sebelah kiri untuk kembali ke daftar pesan.
email-baca-open2 = Sekarang buka pesan dari Subbag Umum Kecamatan tentang senam pagi.
email-baca-open2-h1 = Pesan itu ada di daftar { webmail-folder-inbox }, di bawah pesan jadwal apel.
email-baca-open2-h2 = Klik satu kali pada baris "Senam pagi hari Jumat".
email-baca-open2-ok = Bagus. Bapak/Ibu sudah bisa membuka dan membaca pesan.
email-baca-back2 = Klik { webmail-back } lagi untuk kembali ke daftar.
email-baca-sent = Pesan yang Bapak/Ibu kirim disimpan di folder { webmail-folder-sent }. Klik { webmail-folder-sent } di sebelah kiri.
email-baca-sent-h1 = Folder-folder ada di kiri, di bawah tombol { webmail-compose }: Kotak Masuk, Terkirim, Draf, Spam, Tempat Sampah.
email-baca-sent-h2 = Klik satu kali pada tulisan Terkirim, tepat di bawah Kotak Masuk.
email-baca-sent-ok = Di sini ada pesan yang pernah Bapak/Ibu kirim ke Sekretaris Kecamatan.
email-baca-sent-other = Itu folder yang lain. Cari tulisan Terkirim di sebelah kiri, di bawah Kotak Masuk.
email-baca-inbox = Kembali ke Kotak Masuk. Klik { webmail-folder-inbox } di sebelah kiri.
email-baca-inbox-h1 = Kotak Masuk ada paling atas di daftar folder, di bawah tombol { webmail-compose }.
email-baca-inbox-h2 = Klik satu kali pada tulisan Kotak Masuk.
email-baca-inbox-ok = Bagus! Bapak/Ibu sudah bisa berpindah folder.
email-baca-inbox-other = Itu folder yang lain. Kotak Masuk ada paling atas di daftar folder.
email-baca-q-unread = Bagaimana tampilan pesan yang belum dibaca?
email-baca-q-unread-a = Tulisannya tebal, dengan titik di depannya
email-baca-q-unread-a-fb = Betul. Sesudah dibuka, tulisannya menjadi biasa.
email-baca-q-unread-b = Tulisannya merah
email-baca-q-unread-b-fb = Belum tepat. Pesan yang belum dibaca tampak tebal, dengan titik di depannya.
email-baca-q-unread-c = Ada di folder { webmail-folder-sent }
email-baca-q-unread-c-fb = Belum tepat. Terkirim berisi pesan yang Bapak/Ibu kirim. Pesan yang belum dibaca tampak tebal di Kotak Masuk.
email-baca-q-dari = Di mana Bapak/Ibu melihat siapa pengirim pesan?
email-baca-q-dari-a = Di Subjek
email-baca-q-dari-a-fb = Belum tepat. Subjek adalah judul pesan. Pengirim tertulis di Dari.
email-baca-q-dari-b = Di Dari
email-baca-q-dari-b-fb = Betul. Dari menunjukkan nama dan alamat email pengirim.

## Pelajaran 3: Balas atau Balas ke Semua
email-balas-title = Balas atau Balas ke Semua
email-balas-summary = Jawab pesan hanya kepada pengirimnya bila jawaban itu urusan pribadi.
email-balas-m1-subject = Pendataan rencana cuti bulan Juni 2025
email-balas-m1-body = Yth. Bapak/Ibu staf Kecamatan Sukamaju,
    Untuk menyusun jadwal piket, mohon Bapak/Ibu yang berencana cuti pada bulan Juni 2025 memberi tahu saya, paling lambat hari Rabu, 28 Mei 2025.
    Cukup balas kepada saya saja.
    Terima kasih.
    Sekretaris Kecamatan Sukamaju
email-balas-m2-subject = Kertas dan tinta printer sudah datang
email-balas-m2-body = Yth. Bapak/Ibu staf,
    Kertas HVS dan tinta printer sudah bisa diambil di ruang Subbag Umum.
    Terima kasih.
    Subbag Umum Kecamatan Sukamaju
email-balas-intro = Untuk menjawab pesan, ada dua tombol:
    Balas: jawaban hanya sampai kepada pengirim.
    Balas ke Semua: jawaban sampai kepada pengirim dan semua orang di Ke dan Cc.
    Sebelum menjawab, tanyakan: apakah semua orang perlu membaca jawaban saya? Bila tidak, pilih { webmail-reply }.
email-balas-open = Buka pesan dari Sekretaris Kecamatan tentang rencana cuti.
email-balas-open-h1 = Pesan itu ada paling atas di Kotak Masuk, tulisannya tebal.
email-balas-open-h2 = Klik satu kali pada baris "Pendataan rencana cuti bulan Juni 2025".
email-balas-open-ok = Lihat baris Ke dan Cc. Pesan ini dikirim ke enam orang.
email-balas-open-other = Itu pesan yang lain. Klik { webmail-back }, lalu buka pesan tentang rencana cuti.
email-balas-reply = Rencana cuti Bapak/Ibu cukup diketahui Sekretaris. Orang lain tidak perlu tahu. Klik { webmail-reply }.
email-balas-reply-h1 = Tombol-tombol ada di atas pesan: Kembali, Balas, Balas ke Semua, Teruskan, Laporkan Spam, Hapus.
email-balas-reply-h2 = Klik tombol { webmail-reply } saja, yang kedua dari kiri. Bukan Balas ke Semua.
email-balas-reply-ok = Bagus. Lihat kotak { webmail-field-to }: hanya ada alamat Sekretaris. Subjek sudah terisi "Re:" dan judul pesannya.
email-balas-reply-all = Itu { webmail-reply-all }. Jawaban Bapak/Ibu akan sampai ke enam orang. Klik { lesson-restart-step }, lalu klik { webmail-reply }.
email-balas-reply-forward = Itu Teruskan, untuk mengirim pesan ini ke orang lain. Klik { webmail-cancel } di baris tombol paling atas, lalu klik { webmail-reply }.
email-balas-reply-other = Itu membuat pesan baru. Klik { lesson-restart-step }, lalu klik { webmail-reply } di pesan tentang rencana cuti.
email-balas-send = Jawabannya sudah lengkap. Klik { webmail-send }.
email-balas-send-h1 = Tombol { webmail-send } ada di kiri atas, di atas kotak { webmail-field-to }.
email-balas-send-h2 = Tombol { webmail-send } yang biru ada di kiri atas, di atas kotak { webmail-field-to }. Klik satu kali.
email-balas-send-ok = Terkirim hanya kepada Sekretaris. Rekan yang lain tidak menerima pesan yang tidak perlu.
email-balas-sent-all = Pesan terkirim ke semua orang, karena tadi memakai { webmail-reply-all }. Tidak apa-apa, ini latihan. Klik { lesson-restart-step }, lalu kirim jawaban hanya kepada Sekretaris.
email-balas-sent-caps = Pesan terkirim dengan huruf besar semua. Di email, huruf besar semua terasa seperti berteriak. Klik { lesson-restart-step }, lalu tulis dengan huruf biasa.
email-balas-sent-greeting = Pesan terkirim, tetapi belum ada salam pembuka. Klik { lesson-restart-step }, lalu mulai dengan "Yth. Bapak Sekretaris".
email-balas-sent-closing = Pesan terkirim, tetapi belum ada salam penutup. Buka lagi pesan tentang rencana cuti, klik { webmail-reply }, lalu akhiri dengan "Terima kasih".
email-balas-sent-other = Pesan terkirim, tetapi penerimanya belum pas. Jawaban ini cukup untuk Sekretaris saja. Klik { lesson-restart-step }, lalu kirim tanpa menambah alamat.
email-balas-write = Tulis jawaban di kotak pesan yang besar. Contoh:
    Yth. Bapak Sekretaris, saya berencana cuti tanggal 16 sampai 18 Juni 2025. Terima kasih.
email-balas-write-h1 = Klik di dalam kotak pesan yang besar, di bawah kotak { webmail-field-subject }.
email-balas-write-h2 = Mulai dengan salam "Yth. Bapak Sekretaris" dan akhiri dengan "Terima kasih". Pakai huruf biasa.
email-balas-write-ok = Jawabannya punya salam pembuka dan penutup.
email-balas-write-sent = Pesan terkirim sebelum salam pembuka dan penutupnya lengkap. Tidak apa-apa, ini latihan. Klik { lesson-restart-step }.
email-balas-q-semua = Kapan Balas ke Semua tepat dipakai?
email-balas-q-semua-a = Selalu, supaya tidak ada yang terlewat
email-balas-q-semua-a-fb = Belum tepat. Bila selalu dipakai, banyak orang menerima pesan yang tidak perlu mereka baca.
email-balas-q-semua-b = Bila semua penerima memang perlu tahu jawaban saya
email-balas-q-semua-b-fb = Betul. Misalnya bila tim sedang memutuskan waktu rapat bersama.
email-balas-q-semua-c = Bila jawaban saya berisi urusan pribadi
email-balas-q-semua-c-fb = Belum tepat. Urusan pribadi cukup dikirim kepada pengirim saja, dengan Balas.
email-balas-q-terima = Camat mengirim undangan ke 30 orang. Bapak/Ibu hanya ingin mengucapkan terima kasih. Tombol mana yang dipakai?
email-balas-q-terima-a = Balas
email-balas-q-terima-a-fb = Betul. Ucapan terima kasih cukup untuk Camat. Tiga puluh orang lain tidak perlu menerimanya.
email-balas-q-terima-b = Balas ke Semua
email-balas-q-terima-b-fb = Belum tepat. Tiga puluh orang akan menerima pesan yang tidak perlu. Pilih { webmail-reply }.

## Pelajaran 4: Menulis pesan baru
email-tulis-title = Menulis pesan baru
email-tulis-summary = Isi Ke, Cc dan Subjek, lalu tulis pesan dengan salam pembuka dan penutup.
email-tulis-m1-subject = Mohon minta jadwal posyandu Juni
email-tulis-m1-body = Pak Budi,
    Mohon Bapak kirim email ke Puskesmas Sukamaju (puskesmas@sukamajukab.go.id) untuk meminta jadwal posyandu bulan Juni 2025.
    Tembuskan ke saya lewat Cc, supaya saya ikut membaca.
    Terima kasih.
    Sekretaris Kecamatan Sukamaju
email-tulis-m2-subject = Selamat datang di Surel Dinas
email-tulis-m2-body = Yth. Bapak/Ibu pegawai Kabupaten Sukamaju,
    Akun email dinas Bapak/Ibu sudah aktif. Pakai email ini untuk urusan kantor saja.
    Salam,
    Diskominfo Kabupaten Sukamaju
email-tulis-intro = Pesan baru yang baik punya bagian-bagian ini:
    Ke: alamat orang yang dituju.
    Cc: tembusan, untuk orang yang perlu ikut tahu.
    Subjek: judul singkat. Jangan pernah kosong.
    Isi: salam pembuka, pesan singkat dan jelas, lalu salam penutup dengan nama Bapak/Ibu.
    Jangan menulis dengan huruf besar semua. Di email, itu terasa seperti berteriak.
email-tulis-open = Sekretaris Kecamatan memberi tugas lewat email. Buka pesannya.
email-tulis-open-h1 = Pesan itu ada paling atas di Kotak Masuk, tulisannya tebal.
email-tulis-open-h2 = Klik satu kali pada baris "Mohon minta jadwal posyandu Juni".
email-tulis-open-ok = Tugasnya: menulis email ke Puskesmas, dengan tembusan (Cc) ke Sekretaris.
email-tulis-open-other = Itu pesan yang lain. Klik { webmail-back }, lalu buka pesan dari Sekretaris Kecamatan.
email-tulis-compose = Ini pesan baru untuk Puskesmas, bukan balasan. Klik { webmail-compose }.
email-tulis-compose-h1 = Tombol { webmail-compose } ada di kiri atas, di atas daftar folder. Tombolnya besar.
email-tulis-compose-h2 = Klik satu kali pada tombol { webmail-compose }. Formulir pesan baru akan terbuka.
email-tulis-compose-ok = Formulir pesan baru terbuka. Ada kotak { webmail-field-to }, { webmail-field-cc }, { webmail-field-bcc }, { webmail-field-subject } dan kotak pesan.
email-tulis-compose-other = Itu membuka balasan atau penerusan. Klik { webmail-cancel } di baris tombol paling atas, lalu klik tombol { webmail-compose } di kiri atas.
email-tulis-to = Langkah pertama: kotak { webmail-field-to }. Klik di dalam kotak itu, lalu ketik alamat Puskesmas:
    puskesmas@sukamajukab.go.id
email-tulis-to-h1 = Kotak { webmail-field-to } paling atas, di bawah baris tombol. Klik dulu di dalamnya, baru mengetik.
email-tulis-to-h2 = Ketik tanpa spasi: puskesmas, lalu tanda @, lalu sukamajukab.go.id
email-tulis-to-ok = Alamat Puskesmas sudah ada di kotak { webmail-field-to }.
email-tulis-cc = Sekarang kotak { webmail-field-cc }, untuk tembusan. Klik di dalamnya, lalu ketik alamat Sekretaris:
    sekcam@sukamajukab.go.id
email-tulis-cc-h1 = Kotak { webmail-field-cc } ada tepat di bawah kotak { webmail-field-to }.
email-tulis-cc-h2 = Ketik tanpa spasi: sekcam@sukamajukab.go.id
email-tulis-cc-ok = Sekretaris akan menerima tembusannya.
email-tulis-subject = Sekarang kotak { webmail-field-subject }. Klik di dalamnya, lalu ketik judul singkat:
    Permintaan jadwal posyandu Juni 2025
email-tulis-subject-h1 = Kotak { webmail-field-subject } ada di bawah kotak { webmail-field-bcc }. Kotak { webmail-field-bcc } dibiarkan kosong.
email-tulis-subject-h2 = Klik di dalam kotak { webmail-field-subject }, lalu ketik: Permintaan jadwal posyandu Juni 2025
email-tulis-subject-ok = Subjeknya jelas. Penerima langsung tahu isi pesan.
email-tulis-body = Sekarang tulis pesannya di kotak besar. Contoh:
    Yth. Kepala Puskesmas Sukamaju, mohon dikirimi jadwal posyandu bulan Juni 2025. Terima kasih. Hormat saya, Budi Santoso
email-tulis-body-h1 = Kotak pesan yang besar ada di bawah kotak { webmail-field-subject }. Klik di dalamnya.
email-tulis-body-h2 = Mulai dengan salam "Yth. Kepala Puskesmas Sukamaju," dan akhiri dengan "Terima kasih". Pakai huruf biasa.
email-tulis-body-ok = Pesannya punya salam pembuka dan penutup.
email-tulis-early-sent = Pesan terkirim sebelum semua kotak terisi. Tidak apa-apa, ini latihan. Klik { lesson-restart-step }.
email-tulis-early-refused = Pesan belum terkirim, karena belum lengkap. Itu wajar. Isi dulu kotak yang disebut di langkah ini.
email-tulis-send = Semua kotak sudah terisi. Klik { webmail-send }.
email-tulis-send-h1 = Tombol { webmail-send } ada di kiri atas, di atas kotak { webmail-field-to }.
email-tulis-send-h2 = Klik satu kali pada tombol { webmail-send }.
email-tulis-send-ok = Pesan terkirim ke Puskesmas, dan Sekretaris menerima tembusannya. Bapak/Ibu sudah bisa menulis email dinas!
email-tulis-refused-empty = Pesan belum terkirim karena kotak { webmail-field-to } masih kosong. Ketik puskesmas@sukamajukab.go.id di kotak { webmail-field-to }, lalu klik { webmail-send } lagi.
email-tulis-refused-address = Pesan belum terkirim karena ada alamat yang belum lengkap. Periksa: ada tanda @ dan titik, tanpa spasi. Lalu klik { webmail-send } lagi.
email-tulis-sent-subject = Pesan terkirim tanpa Subjek. Penerima jadi sulit tahu isinya. Tidak apa-apa, ini latihan. Klik { lesson-restart-step }. Kali ini isi Subjek: Permintaan jadwal posyandu Juni 2025.
email-tulis-sent-caps = Pesan terkirim dengan huruf besar semua. Itu terasa seperti berteriak. Klik { webmail-compose } dan kirim lagi dengan huruf biasa.
email-tulis-sent-cc-in-to = Pesan terkirim, tetapi alamat Sekretaris ada di kotak { webmail-field-to }. Sekretaris hanya perlu tembusan. Klik { webmail-compose } dan kirim lagi: alamat Puskesmas di Ke, alamat Sekretaris di Cc.
email-tulis-sent-greeting = Pesan terkirim, tetapi belum ada salam pembuka. Klik { lesson-restart-step }, lalu mulai pesan dengan "Yth. Kepala Puskesmas Sukamaju".
email-tulis-sent-closing = Pesan terkirim, tetapi belum ada salam penutup. Klik { webmail-compose } dan kirim lagi. Akhiri pesan dengan "Terima kasih. Hormat saya, Budi Santoso".
email-tulis-sent-other = Pesan terkirim, tetapi alamatnya belum pas. Periksa: Ke berisi puskesmas@sukamajukab.go.id dan Cc berisi sekcam@sukamajukab.go.id. Klik { webmail-compose } dan coba lagi.
email-tulis-q-subjek = Subjek mana yang paling baik?
email-tulis-q-subjek-a = (Subjek dibiarkan kosong)
email-tulis-q-subjek-a-fb = Belum tepat. Tanpa Subjek, penerima tidak tahu isi pesan sebelum membukanya. Pesan juga sulit dicari.
email-tulis-q-subjek-b = PENTING!!! BACA SEGERA
email-tulis-q-subjek-b-fb = Belum tepat. Huruf besar semua terasa seperti berteriak, dan judul itu tidak menjelaskan isi pesan.
email-tulis-q-subjek-c = Permintaan jadwal posyandu Juni 2025
email-tulis-q-subjek-c-fb = Betul. Singkat, jelas, dan penerima langsung tahu isinya.
email-tulis-q-cc = Siapa yang dimasukkan ke Cc?
email-tulis-q-cc-a = Orang yang perlu ikut tahu, tetapi tidak perlu bertindak
email-tulis-q-cc-a-fb = Betul. Cc sama dengan tembusan pada surat dinas.
email-tulis-q-cc-b = Orang yang harus mengerjakan permintaan
email-tulis-q-cc-b-fb = Belum tepat. Orang yang harus bertindak ditulis di Ke. Cc untuk tembusan.
email-tulis-q-kapital = Bolehkah menulis pesan dengan huruf besar semua supaya jelas?
email-tulis-q-kapital-a = Boleh, supaya mudah dibaca
email-tulis-q-kapital-a-fb = Belum tepat. Huruf besar semua terasa seperti berteriak dan justru sulit dibaca.
email-tulis-q-kapital-b = Sebaiknya tidak. Pakai huruf biasa
email-tulis-q-kapital-b-fb = Betul. Huruf besar hanya untuk awal kalimat dan nama.

## Pelajaran 5: Melampirkan file
email-lampiran-title = Melampirkan file
email-lampiran-summary = Kirim laporan dalam bentuk PDF, dan jangan lupa lampirannya.
email-lampiran-m1-subject = Laporan Bulanan Mei 2025
email-lampiran-m1-body = Pak Budi,
    Mohon kirim Laporan Bulanan Mei 2025 kepada saya dalam bentuk PDF, paling lambat hari Kamis, 5 Juni 2025.
    Terima kasih.
    Sekretaris Kecamatan Sukamaju
email-lampiran-m2-subject = Jadwal piket bulan Juni 2025
email-lampiran-m2-body = Yth. Bapak/Ibu staf,
    Jadwal piket bulan Juni 2025 sudah ditempel di papan pengumuman.
    Terima kasih.
    Subbag Umum Kecamatan Sukamaju
email-lampiran-intro = Lampiran adalah file yang ikut dikirim bersama email, seperti dokumen di dalam amplop.
    Laporan yang sudah jadi dikirim dalam bentuk PDF. Nama filenya berakhiran .pdf. Isinya tampil sama di semua komputer dan tidak mudah berubah.
    File berakhiran .docx adalah file Word yang masih bisa diubah. Itu untuk draf, bukan untuk laporan yang dikirim.
    Kebiasaan baik: lampirkan file dulu, baru tulis pesannya. Dengan begitu lampiran tidak terlupa.
email-lampiran-ekstensi = Perhatikan akhir nama file: .pdf atau .docx. Di sini akhirannya selalu tampil.
    Di banyak laptop kantor, akhiran itu disembunyikan. File "Laporan-Bulanan-Mei-2025.pdf" tampil hanya sebagai "Laporan-Bulanan-Mei-2025", dan file .docx juga. Dua nama jadi terlihat sama.
    Cara membedakannya: lihat gambar kecil di depan nama. PDF bergambar merah, file Word bergambar biru dengan huruf W. Atau lihat kolom "Jenis": "PDF" atau "Microsoft Word".
email-lampiran-open = Buka pesan dari Sekretaris Kecamatan tentang Laporan Bulanan Mei 2025.
email-lampiran-open-h1 = Pesan itu ada paling atas di Kotak Masuk, tulisannya tebal.
email-lampiran-open-h2 = Klik satu kali pada baris "Laporan Bulanan Mei 2025".
email-lampiran-open-ok = Sekretaris meminta laporan dalam bentuk PDF. Kita kirim lewat balasan.
email-lampiran-open-other = Itu pesan yang lain. Klik { webmail-back }, lalu buka pesan tentang Laporan Bulanan Mei 2025.
email-lampiran-reply = Klik { webmail-reply } untuk menjawab Sekretaris.
email-lampiran-reply-h1 = Tombol { webmail-reply } ada di atas pesan, di sebelah kanan tombol { webmail-back }.
email-lampiran-reply-h2 = Klik satu kali pada tulisan Balas.
email-lampiran-reply-ok = Formulir balasan terbuka. Ke dan Subjek sudah terisi.
email-lampiran-reply-other = Itu bukan { webmail-reply }. Klik { lesson-restart-step }, lalu klik { webmail-reply } di pesan tentang Laporan Bulanan Mei 2025.
email-lampiran-picker = Sebelum menulis, lampirkan laporannya dulu. Klik { webmail-attach }.
email-lampiran-picker-h1 = Tombol { webmail-attach } ada di baris tombol paling atas, tepat di sebelah kanan tombol { webmail-send } yang biru.
email-lampiran-picker-h2 = Klik satu kali pada tombol bertuliskan { webmail-attach }. Halaman untuk memilih file akan terbuka.
email-lampiran-picker-ok = Halaman "{ webmail-picker-title }" terbuka. Di kiri ada folder-folder di laptop. Di kanan ada file di folder yang dipilih.
email-lampiran-pick = Buka folder { disk-folder-dokumen }. Klik file Laporan-Bulanan-Mei-2025.pdf (yang berakhiran .pdf). Lalu klik { webmail-attach-chosen }.
email-lampiran-pick-h1 = Ada dua file yang namanya mirip. Lihat bagian paling akhir nama file: pilih yang .pdf, bukan .docx. Hati-hati juga: ada laporan bulan April.
email-lampiran-pick-h2 = Klik satu kali pada Laporan-Bulanan-Mei-2025.pdf sampai terpilih, lalu klik tombol { webmail-attach-chosen } di kanan bawah.
email-lampiran-pick-ok = File PDF sudah terlampir. Namanya tampak di bawah Subjek, di atas kotak pesan.
email-lampiran-pick-docx = Itu file Word (.docx), masih bisa diubah. Klik { lesson-restart-step }, lalu pilih yang berakhiran .pdf.
email-lampiran-pick-other = Itu file yang lain. Klik { lesson-restart-step }, lalu pilih Laporan-Bulanan-Mei-2025.pdf di folder { disk-folder-dokumen }.
email-lampiran-send = Sekarang tulis pesannya di kotak pesan. Contoh:
    Yth. Bapak Sekretaris, terlampir Laporan Bulanan Mei 2025. Terima kasih. Hormat saya, Budi Santoso
    Lalu klik { webmail-send }.
email-lampiran-send-h1 = Klik di dalam kotak pesan yang besar, lalu ketik. Periksa dulu: nama file PDF tampak di atas kotak pesan, di bawah Subjek.
email-lampiran-send-h2 = Tombol { webmail-send } yang biru ada di kiri atas, di atas kotak { webmail-field-to }. Klik satu kali.
email-lampiran-send-ok = Laporan terkirim dalam bentuk PDF. Sekretaris bisa langsung membukanya.
email-lampiran-sent-subject = Pesan terkirim tanpa Subjek. Klik { lesson-restart-step }, lalu kirim tanpa menghapus Subjek.
email-lampiran-sent-forgot = Pesan menyebut "terlampir", tetapi tidak ada file yang terlampir. Ini kesalahan yang sering terjadi. Klik { lesson-restart-step }, lalu lampirkan file PDF-nya sebelum mengirim.
email-lampiran-sent-none = Pesan terkirim tanpa lampiran. Klik { lesson-restart-step }, lalu lampirkan Laporan-Bulanan-Mei-2025.pdf sebelum mengirim.
email-lampiran-sent-docx = Ada file Word (.docx) yang ikut terkirim. Sekretaris meminta PDF saja. Klik { lesson-restart-step }, lalu lampirkan hanya Laporan-Bulanan-Mei-2025.pdf.
email-lampiran-sent-greeting = Pesan terkirim, tetapi belum ada salam pembuka. Klik { lesson-restart-step }, lalu mulai pesan dengan "Yth. Bapak Sekretaris".
email-lampiran-sent-closing = Pesan terkirim, tetapi belum ada salam penutup. Klik { lesson-restart-step }, lalu akhiri dengan "Terima kasih. Hormat saya, Budi Santoso".
email-lampiran-sent-other = Pesan terkirim, tetapi belum pas. Yang diminta: balasan kepada Sekretaris dengan satu lampiran, Laporan-Bulanan-Mei-2025.pdf. Buka lagi pesan dari Sekretaris, klik { webmail-reply }, lalu coba lagi.
email-lampiran-q-lupa = Pesan Bapak/Ibu berbunyi "terlampir laporan", tetapi Bapak/Ibu belum menambahkan file. Apa yang terjadi bila diklik { webmail-send }?
email-lampiran-q-lupa-a = Laporan ikut terkirim dengan sendirinya
email-lampiran-q-lupa-a-fb = Belum tepat. File hanya terkirim bila dilampirkan dengan Lampirkan File.
email-lampiran-q-lupa-b = Penerima mendapat pesan tanpa laporan, dan harus meminta lagi
email-lampiran-q-lupa-b-fb = Betul. Karena itu, lampirkan file dulu, baru tulis pesan. Sebelum Kirim, periksa nama file di atas kotak pesan.
email-lampiran-q-lupa-c = Email tidak mau terkirim
email-lampiran-q-lupa-c-fb = Belum tepat. Kebanyakan aplikasi tetap mengirim pesan itu. Penerima mendapat pesan tanpa laporan.
email-lampiran-q-pdf = Mengapa laporan yang sudah jadi dikirim sebagai PDF?
email-lampiran-q-pdf-a = Isinya tampil sama di semua komputer dan tidak mudah berubah
email-lampiran-q-pdf-a-fb = Betul. File .docx masih bisa berubah dan tampilannya bisa berbeda di komputer lain.
email-lampiran-q-pdf-b = Supaya penerima bisa mengubah isinya
email-lampiran-q-pdf-b-fb = Belum tepat. Laporan yang sudah jadi sebaiknya tidak diubah orang lain. Karena itu dikirim sebagai PDF.

## Pelajaran 6: Meneruskan pesan
email-teruskan-title = Meneruskan undangan
email-teruskan-summary = Teruskan undangan rapat ke rekan kerja, dengan catatan pendek.
email-teruskan-m1-subject = Undangan Rapat Koordinasi Pelayanan Publik
email-teruskan-m1-body = Yth. Camat Sukamaju,
    Dengan hormat, kami mengundang Bapak/Ibu atau wakilnya untuk hadir dalam Rapat Koordinasi Pelayanan Publik.
    Hari, tanggal: Kamis, 12 Juni 2025
    Pukul: 09.00 WIB
    Tempat: Aula Kantor Bupati Sukamaju
    Surat undangan terlampir.
    Hormat kami,
    Bappeda Kabupaten Sukamaju
email-teruskan-m2-subject = Tolong teruskan undangan Bappeda
email-teruskan-m2-body = Pak Budi,
    Rapat koordinasi dari Bappeda tanggal 12 Juni akan dihadiri Ibu Siti Rahma.
    Mohon teruskan undangannya kepada Ibu Siti: siti.rahma@sukamajukab.go.id
    Terima kasih.
    Sekretaris Kecamatan Sukamaju
email-teruskan-m3-subject = Jadwal piket bulan Juni 2025
email-teruskan-m3-body = Yth. Bapak/Ibu staf,
    Jadwal piket bulan Juni 2025 sudah ditempel di papan pengumuman.
    Terima kasih.
    Subbag Umum Kecamatan Sukamaju
email-teruskan-intro = Tombol { webmail-forward } mengirim pesan yang Bapak/Ibu terima kepada orang lain. Lampirannya ikut terkirim.
email-teruskan-open-task = Ada tugas dari Sekretaris Kecamatan. Buka pesannya dulu.
email-teruskan-open-task-h1 = Pesan itu ada paling atas di Kotak Masuk, tulisannya tebal.
email-teruskan-open-task-h2 = Klik satu kali pada baris "Tolong teruskan undangan Bappeda".
email-teruskan-open-task-ok = Tugasnya: meneruskan undangan dari Bappeda kepada Ibu Siti Rahma.
email-teruskan-open-task-other = Itu pesan yang lain. Klik { webmail-back }, lalu buka pesan "Tolong teruskan undangan Bappeda".
email-teruskan-back = Klik { webmail-back } untuk kembali ke daftar pesan.
email-teruskan-back-h1 = Tombol { webmail-back } ada di atas pesan, paling kiri.
email-teruskan-back-h2 = Klik satu kali pada tulisan Kembali.
email-teruskan-open = Buka undangan dari Bappeda Kabupaten Sukamaju.
email-teruskan-open-h1 = Pesan itu ada di Kotak Masuk, di bawah pesan dari Sekretaris.
email-teruskan-open-h2 = Klik satu kali pada baris "Undangan Rapat Koordinasi Pelayanan Publik".
email-teruskan-open-ok = Lihat di bawah tanggal, di atas isi pesan: ada lampiran surat undangan dalam bentuk PDF.
email-teruskan-open-other = Itu pesan yang lain. Klik { webmail-back }, lalu buka undangan dari Bappeda.
email-teruskan-forward = Klik { webmail-forward }.
email-teruskan-forward-h1 = Tombol-tombol ada di atas pesan: Kembali, Balas, Balas ke Semua, Teruskan, Laporkan Spam, Hapus.
email-teruskan-forward-h2 = Tombol { webmail-forward } ada tepat sesudah tombol { webmail-reply-all }. Klik satu kali.
email-teruskan-forward-ok = Formulir terbuka. Subjek diawali "Fwd:" dan lampiran undangan sudah ikut. Kotak { webmail-field-to } masih kosong.
email-teruskan-forward-reply = Itu tombol balas. Balasan akan sampai ke Bappeda, bukan ke Ibu Siti. Klik { lesson-restart-step }, lalu klik { webmail-forward }.
email-teruskan-forward-other = Itu bukan { webmail-forward }. Klik { lesson-restart-step }, lalu klik { webmail-forward } di undangan dari Bappeda.
email-teruskan-send = Isi formulir:
    1. Ke: siti.rahma@sukamajukab.go.id
    2. Klik di dalam kotak pesan, lalu tulis catatan pendek, misalnya: Selamat pagi, Bu Siti. Mohon hadir di rapat ini mewakili kecamatan. Undangan terlampir. Terima kasih.
    3. Klik { webmail-send }.
email-teruskan-send-h1 = Kotak { webmail-field-to } ada paling atas, di bawah baris tombol. Catatan ditulis di kotak pesan yang besar, di bawah lampiran undangan.
email-teruskan-send-h2 = Jangan membuang lampiran undangan. Periksa nama file PDF di bawah Subjek, lalu klik { webmail-send } di kiri atas.
email-teruskan-send-ok = Undangan sudah diteruskan kepada Ibu Siti, lengkap dengan lampiran dan catatan Bapak/Ibu.
email-teruskan-refused-empty = Pesan belum terkirim karena kotak { webmail-field-to } masih kosong. Ketik siti.rahma@sukamajukab.go.id di kotak { webmail-field-to }, lalu klik { webmail-send } lagi.
email-teruskan-refused-address = Pesan belum terkirim karena alamatnya belum lengkap. Periksa: siti.rahma@sukamajukab.go.id, tanpa spasi. Lalu klik { webmail-send } lagi.
email-teruskan-sent-reply = Pesan terkirim sebagai balasan ke Bappeda, bukan kepada Ibu Siti. Tidak apa-apa. Buka lagi undangan dari Bappeda, klik { webmail-forward }, lalu coba lagi.
email-teruskan-sent-no-attachment = Pesan terkirim tanpa lampiran undangan. Klik { lesson-restart-step }, lalu kirim tanpa membuang lampirannya.
email-teruskan-sent-note = Pesan terkirim, tetapi catatannya belum diawali salam. Klik { lesson-restart-step }, lalu mulai catatan dengan "Selamat pagi, Bu Siti".
email-teruskan-sent-closing = Pesan terkirim, tetapi catatannya belum ditutup dengan salam penutup. Buka lagi undangan dari Bappeda, klik { webmail-forward }, lalu akhiri catatan dengan "Terima kasih".
email-teruskan-sent-other = Pesan terkirim, tetapi belum pas. Yang diminta: undangan dari Bappeda diteruskan kepada siti.rahma@sukamajukab.go.id, dengan lampirannya. Buka lagi undangannya, klik { webmail-forward }, lalu coba lagi.
email-teruskan-q-ikut = Bapak/Ibu meneruskan pesan yang punya lampiran. Apakah lampirannya ikut?
email-teruskan-q-ikut-a = Tidak, harus dilampirkan lagi
email-teruskan-q-ikut-a-fb = Belum tepat. Saat diteruskan, lampiran ikut dengan sendirinya. Periksa saja namanya di atas kotak pesan.
email-teruskan-q-ikut-b = Ya, lampiran ikut terkirim
email-teruskan-q-ikut-b-fb = Betul. Itu bedanya dengan { webmail-reply }: pada { webmail-reply }, lampiran tidak ikut.
email-teruskan-q-kapan = Mana yang pantas diteruskan?
email-teruskan-q-kapan-a = Undangan rapat, kepada rekan yang ditugasi hadir
email-teruskan-q-kapan-a-fb = Betul. Rekan itu perlu tahu isinya, dan atasan sudah meminta.
email-teruskan-q-kapan-b = Pesan pribadi dari rekan tentang masalah keluarganya, kepada grup kantor
email-teruskan-q-kapan-b-fb = Belum tepat. Pesan pribadi jangan diteruskan tanpa izin pengirimnya.
email-teruskan-q-kapan-c = Pesan berantai "teruskan ke 10 orang supaya beruntung"
email-teruskan-q-kapan-c-fb = Belum tepat. Pesan berantai seperti itu cukup dihapus, jangan diteruskan.

## Pelajaran 7: Mengunduh lampiran
email-unduh-title = Mengunduh lampiran
email-unduh-summary = Lihat lampiran, unduh ke laptop, lalu temukan lagi di folder Unduhan.
email-unduh-m1-subject = Surat Edaran Cuti Bersama 2025
email-unduh-m1-body = Yth. Bapak/Ibu ASN di lingkungan Pemerintah Kabupaten Sukamaju,
    Bersama ini kami sampaikan Surat Edaran tentang cuti bersama tahun 2025.
    Surat edaran terlampir. Mohon dibaca dan disimpan.
    Terima kasih.
    BKPSDM Kabupaten Sukamaju
email-unduh-m2-subject = Rapat staf hari Senin
email-unduh-m2-body = Yth. Bapak/Ibu staf,
    Rapat staf diadakan hari Selasa, 10 Juni 2025, pukul 13.00 WIB di ruang rapat kecamatan.
    Terima kasih.
    Sekretaris Kecamatan Sukamaju
email-unduh-intro = Lampiran tampak di atas isi pesan, tepat di bawah tanggal. Setiap lampiran punya dua tombol di sebelah kanannya:
    Lihat: membuka file di dalam webmail. Tidak ada yang tersimpan di laptop.
    Unduh: menyimpan salinan file ke laptop, di folder { disk-folder-unduhan }. File itu tetap ada walaupun email dihapus.
    Unduh hanya lampiran dari pengirim yang Bapak/Ibu kenal dan yang memang Bapak/Ibu tunggu.
email-unduh-open = Buka pesan dari BKPSDM tentang cuti bersama.
email-unduh-open-h1 = Pesan itu ada paling atas di Kotak Masuk, tulisannya tebal.
email-unduh-open-h2 = Klik satu kali pada baris "Surat Edaran Cuti Bersama 2025".
email-unduh-open-ok = Pengirimnya bkpsdm@sukamajukab.go.id, kantor yang Bapak/Ibu kenal. Lampirannya ada di bawah tanggal, di atas isi pesan.
email-unduh-open-other = Itu pesan yang lain. Klik { webmail-back }, lalu buka pesan dari BKPSDM.
email-unduh-view = Lihat dulu isinya. Klik { webmail-view } di samping lampiran SE-Cuti-Bersama-2025.pdf.
email-unduh-view-h1 = Lampiran ada di atas isi pesan, di bawah tanggal. Di sebelah kanannya ada dua tombol: Lihat dan Unduh.
email-unduh-view-h2 = Klik tombol { webmail-view }, yang pertama.
email-unduh-view-ok = Surat edaran tampil di layar. Bila sudah dibaca, klik { webmail-back } di kiri atas.
email-unduh-view-downloaded = File sudah terunduh. Bagus, itu langkah berikutnya. Sekarang coba juga tombol { webmail-view } di samping lampiran.
email-unduh-download = Simpan surat edaran ini ke laptop. Klik { webmail-back } ke pesannya, lalu klik { webmail-download } di samping lampiran.
email-unduh-download-h1 = Bila file masih tampil, klik { webmail-back } dulu. Tombol { webmail-download } ada di sebelah kanan tombol { webmail-view }, di atas isi pesan.
email-unduh-download-h2 = Klik satu kali pada tombol { webmail-download } di samping SE-Cuti-Bersama-2025.pdf.
email-unduh-download-ok = File sudah tersimpan di folder { disk-folder-unduhan }.
email-unduh-folder = Di mana file tadi? Buka folder { disk-folder-unduhan }. Ada di kiri bawah, di bagian "{ webmail-disk }".
email-unduh-folder-h1 = Di kiri, di bawah folder-folder email, ada bagian "{ webmail-disk }": Dokumen, Unduhan, Desktop.
email-unduh-folder-h2 = Klik satu kali pada tulisan Unduhan.
email-unduh-folder-ok = Isi folder { disk-folder-unduhan } tampil. Semua file yang diunduh masuk ke sini.
email-unduh-folder-other = Itu folder yang lain. File yang diunduh selalu masuk ke Unduhan. Klik { disk-folder-unduhan }.
email-unduh-file = Temukan surat edaran tadi di antara file lain, lalu buka. Klik SE-Cuti-Bersama-2025.pdf.
email-unduh-file-h1 = Di folder ini ada beberapa file. Cari nama yang diawali "SE-Cuti".
email-unduh-file-h2 = Klik file SE-Cuti-Bersama-2025.pdf untuk membukanya.
email-unduh-file-ok = Ketemu! Surat edaran sudah tersimpan di laptop dan bisa dibuka kapan saja.
email-unduh-file-other = Itu file lama. Cari yang namanya SE-Cuti-Bersama-2025.pdf.
email-unduh-ekstensi = File yang diunduh bernama SE-Cuti-Bersama-2025.pdf.
    Di laptop sungguhan, folder { disk-folder-unduhan } sering menampilkannya hanya sebagai "SE-Cuti-Bersama-2025", tanpa .pdf. Itu file yang sama: akhiran nama file disembunyikan oleh laptop.
    Gambar kecil merah di depan nama, atau kolom "Jenis" yang berisi "PDF", menunjukkan bahwa itu file PDF.
email-unduh-q-mana = Bapak/Ibu mengunduh lampiran. Di mana file itu disimpan?
email-unduh-q-mana-a = Di Kotak Masuk
email-unduh-q-mana-a-fb = Belum tepat. Kotak Masuk berisi pesan. File yang diunduh disimpan di folder { disk-folder-unduhan } di laptop.
email-unduh-q-mana-b = Di folder { disk-folder-unduhan } di laptop
email-unduh-q-mana-b-fb = Betul. Dari sana Bapak/Ibu bisa memindahkannya ke folder { disk-folder-dokumen }.
email-unduh-q-mana-c = Di folder { webmail-folder-sent }
email-unduh-q-mana-c-fb = Belum tepat. Terkirim berisi pesan yang Bapak/Ibu kirim. File yang diunduh ada di Unduhan.
email-unduh-q-asing = Ada email dari alamat yang tidak Bapak/Ibu kenal, dengan lampiran "Tagihan.pdf.exe". Apa yang dilakukan?
email-unduh-q-asing-a = Unduh dan buka, siapa tahu penting
email-unduh-q-asing-a-fb = Belum tepat. File berakhiran .exe adalah program. Program dari orang asing bisa merusak laptop atau mencuri data.
email-unduh-q-asing-b = Jangan dibuka. Laporkan Spam, atau tanyakan dulu kepada petugas TI kantor
email-unduh-q-asing-b-fb = Betul. Lampiran dari pengirim asing jangan dibuka, apalagi yang berakhiran .exe atau .apk.

## Pelajaran 8: Mengenali penipuan
email-penipuan-title = Mengenali penipuan
email-penipuan-summary = Pilah enam pesan: satu asli, lima penipuan. Jangan klik, laporkan sebagai spam.
email-penipuan-m1-subject = Undangan Rapat Evaluasi Pelayanan
email-penipuan-m1-body = Yth. Bapak/Ibu staf Kecamatan Sukamaju,
    Rapat evaluasi pelayanan diadakan hari Selasa, 10 Juni 2025, pukul 09.00 WIB di ruang rapat kecamatan.
    Surat undangan terlampir.
    Terima kasih.
    Sekretaris Kecamatan Sukamaju
email-penipuan-m2-subject = PERINGATAN: Kotak surat Anda penuh!
email-penipuan-m2-body = Pengguna yang terhormat,
    Kotak surat Anda sudah penuh 99%. Email baru tidak akan masuk.
    Klik di sini dan masukkan kata sandi Anda dalam 24 jam, atau akun Anda akan dihapus.
    Admin Surel Dinas
email-penipuan-m2-link = Klik di sini untuk menambah kapasitas
email-penipuan-m3-subject = Pencairan THR ASN 2025 - isi nomor rekening
email-penipuan-m3-body = Kepada seluruh ASN,
    THR tahun 2025 akan segera dicairkan.
    Supaya THR Anda tidak tertunda, isi nama, NIP, nomor rekening dan PIN ATM di formulir berikut hari ini juga.
    Panitia Pencairan THR
email-penipuan-m3-link = Isi formulir pencairan THR
email-penipuan-m4-subject = Verifikasi data ASN paling lambat hari ini
email-penipuan-m4-body = Yth. ASN,
    Data Anda di BKN belum lengkap. Bila tidak diverifikasi hari ini, NIP Anda akan dinonaktifkan.
    Klik tautan di bawah dan masukkan NIK, NIP dan kata sandi email dinas Anda.
    BKN Pusat
email-penipuan-m4-link = Verifikasi data sekarang
email-penipuan-m5-subject = Pembaruan data tunjangan kinerja
email-penipuan-m5-body = Yth. Bapak/Ibu,
    Dalam rangka pembaruan sistem, tunjangan kinerja bulan Juni hanya dibayarkan kepada pegawai yang sudah masuk ke aplikasi baru.
    Silakan masuk dengan alamat email dan kata sandi dinas Anda.
    Kementerian Keuangan
email-penipuan-m5-link = Masuk ke aplikasi tunjangan kinerja
email-penipuan-m6-subject = Undangan Rapat Penting
email-penipuan-m6-body = Selamat siang,
    Terlampir undangan rapat penting. Mohon segera dibuka dan dipasang di HP Anda.
    Panitia Rapat
email-penipuan-intro = Penipu juga mengirim email. Mereka ingin kata sandi, nomor rekening, atau memasang program jahat di HP dan laptop.
    Tanda-tanda penipuan:
    1. Alamat pengirim aneh. Nama pengirim mudah dipalsukan, jadi buka pesannya dan lihat alamat di baris Dari. Kantor asli memakai alamat resmi, misalnya @sukamajukab.go.id, bukan gmail.com. Hati-hati dengan alamat yang mirip tetapi beda satu huruf.
    2. Mendesak: "hari ini juga", "akun akan dihapus".
    3. Meminta kata sandi, PIN, nomor rekening atau NIK.
    4. Tautan yang meminta Bapak/Ibu masuk atau mengisi data.
    5. Lampiran berakhiran .apk atau .exe.
    Bila ragu: jangan klik apa pun. Klik { webmail-report-spam }. Tanyakan lewat telepon ke kantor pengirim, dengan nomor yang Bapak/Ibu ketahui sendiri.
email-penipuan-asli = Ada enam pesan di Kotak Masuk. Hanya satu yang asli. Buka undangan dari Sekretaris Kecamatan.
email-penipuan-asli-h1 = Daftar pesan menampilkan nama pengirim dan Subjek. Cari pesan dari Sekretaris Kecamatan tentang rapat evaluasi pelayanan.
email-penipuan-asli-h2 = Klik satu kali pada baris "Undangan Rapat Evaluasi Pelayanan".
email-penipuan-asli-ok = Ini pesan asli. Lihat baris Dari: sekcam@sukamajukab.go.id, alamat kantor sendiri. Isinya wajar dan tidak meminta data apa pun.
email-penipuan-asli-scam = Itu salah satu pesan penipuan. Jangan menekan apa pun di dalamnya. Klik { webmail-back }, lalu pilih undangan dari Sekretaris Kecamatan.
email-penipuan-open-penuh = Sekarang buka pesan "Kotak surat Anda penuh". Klik { webmail-back } ke daftar pesan, lalu klik baris itu. Jangan menekan apa pun di dalamnya, cukup baca.
email-penipuan-open-penuh-h1 = Bila pesan lain masih terbuka, klik { webmail-back } dulu. Lalu cari baris "PERINGATAN: Kotak surat Anda penuh!".
email-penipuan-open-penuh-h2 = Klik satu kali pada baris itu di daftar { webmail-folder-inbox }.
email-penipuan-open-penuh-ok = Lihat alamat Dari: mail-sukamajukab.go-id.co. Mirip, tetapi bukan alamat kantor kita. Pesan ini mendesak dan meminta kata sandi. Ini penipuan.
email-penipuan-open-penuh-other = Itu pesan yang lain. Klik { webmail-back }, lalu buka pesan "Kotak surat Anda penuh".
email-penipuan-lapor-penuh = Jangan klik tautan birunya. Klik { webmail-report-spam }.
email-penipuan-lapor-penuh-h1 = Tombol { webmail-report-spam } ada di atas pesan, di antara Teruskan dan Hapus.
email-penipuan-lapor-penuh-h2 = Klik satu kali pada { webmail-report-spam }. Pesan akan pindah ke folder { webmail-folder-spam }.
email-penipuan-lapor-penuh-ok = Bagus! Pesan pindah ke folder { webmail-folder-spam }. Pesan serupa nanti langsung masuk Spam.
email-penipuan-link = Tautan itu palsu. Untung ini hanya latihan: tidak ada yang terkirim. Tutup halaman peringatan. Lain kali jangan klik tautan di pesan yang mencurigakan. Sekarang klik { webmail-report-spam }.
email-penipuan-attachment = Lampiran itu berbahaya. Untung ini hanya latihan: tidak ada yang terpasang. File .apk adalah program untuk HP. Jangan pernah membuka atau memasangnya. Sekarang klik { webmail-report-spam }.
email-penipuan-real-reported = Pesan itu sebenarnya asli, dari sekcam@sukamajukab.go.id. Tidak apa-apa, pesan itu masih bisa dibaca di folder { webmail-folder-spam }. Sekarang cari pesan penipuan yang masih ada di Kotak Masuk.
email-penipuan-deleted = Pesan itu pindah ke { webmail-folder-trash }. Itu sudah aman. Tetapi { webmail-report-spam } lebih baik, supaya pesan serupa langsung masuk Spam. Klik { lesson-restart-step }, lalu klik { webmail-report-spam }.
email-penipuan-open-thr = Buka pesan tentang pencairan THR. Baca saja, jangan klik apa pun.
email-penipuan-open-thr-h1 = Bila pesan lain masih terbuka, klik { webmail-back } dulu. Lalu cari baris "Pencairan THR ASN 2025".
email-penipuan-open-thr-h2 = Klik satu kali pada baris itu di Kotak Masuk.
email-penipuan-open-thr-ok = Pesan ini meminta nomor rekening dan PIN ATM. Kantor dan bank tidak pernah meminta PIN lewat email. Alamatnya juga bukan alamat go.id. Ini penipuan.
email-penipuan-open-thr-other = Itu pesan yang lain. Klik { webmail-back }, lalu buka pesan tentang pencairan THR.
email-penipuan-lapor-thr = Jangan isi formulirnya. Klik { webmail-report-spam }.
email-penipuan-lapor-thr-h1 = Tombol { webmail-report-spam } ada di atas pesan, di antara Teruskan dan Hapus.
email-penipuan-lapor-thr-h2 = Klik satu kali pada { webmail-report-spam }.
email-penipuan-lapor-thr-ok = Bagus. Berikutnya, lihat satu pesan yang tampak dari kantor sendiri.
email-penipuan-cari3 = Sekarang Bapak/Ibu sendiri yang memilah. Masih ada tiga pesan penipuan. Temukan satu, buka, lalu klik { webmail-report-spam }.
email-penipuan-cari-h1 = Buka pesan, lalu periksa alamat di baris Dari. Curigai alamat gmail.com yang mengaku kantor, dan alamat yang mirip alamat kantor tetapi beda satu huruf.
email-penipuan-cari-h2 = Curigai juga pesan yang meminta NIK, NIP atau kata sandi, dan lampiran berakhiran .apk. Buka pesannya, lalu klik { webmail-report-spam } di atas pesan.
email-penipuan-cari3-ok = Betul, itu penipuan! Masih ada dua.
email-penipuan-cari2 = Masih ada dua pesan penipuan. Temukan satu lagi dan laporkan sebagai spam.
email-penipuan-cari2-ok = Betul! Tinggal satu lagi.
email-penipuan-cari1 = Tinggal satu pesan penipuan. Temukan dan laporkan sebagai spam.
email-penipuan-cari1-ok = Hebat! Semua penipuan sudah dilaporkan. Di Kotak Masuk tinggal undangan yang asli.
email-penipuan-q-telepon = Ada email dari "BKN" yang meminta verifikasi NIP hari ini juga. Bapak/Ibu ragu. Apa yang dilakukan?
email-penipuan-q-telepon-a = Klik tautannya untuk memeriksa
email-penipuan-q-telepon-a-fb = Belum tepat. Tautan bisa membawa ke halaman palsu yang mencuri data. Jangan klik.
email-penipuan-q-telepon-b = Balas email itu dengan NIP supaya cepat selesai
email-penipuan-q-telepon-b-fb = Belum tepat. Jangan memberikan data pribadi lewat email yang mencurigakan.
email-penipuan-q-telepon-c = Jangan klik apa pun. Telepon BKPSDM dengan nomor resmi yang sudah Bapak/Ibu ketahui
email-penipuan-q-telepon-c-fb = Betul. Jangan memakai nomor telepon yang tertulis di email itu. Nomor itu bisa milik penipu.
email-penipuan-q-alamat = Mana alamat pengirim yang asli dari kantor kecamatan?
email-penipuan-q-alamat-a = sekcam.sukamajukab@gmail.com
email-penipuan-q-alamat-a-fb = Belum tepat. Siapa pun bisa membuat alamat gmail.com. Kantor resmi memakai alamat go.id.
email-penipuan-q-alamat-b = sekcam@sukamajukab.go.id
email-penipuan-q-alamat-b-fb = Betul. Alamat resmi kantor berakhiran @sukamajukab.go.id, tanpa tambahan apa pun.
email-penipuan-q-alamat-c = sekcam@sukamajukab.go-id.co
email-penipuan-q-alamat-c-fb = Belum tepat. Alamat ini mirip, tetapi bagian akhirnya berbeda. Baca alamat dengan teliti sampai huruf terakhir.
email-penipuan-q-apk = Ada lampiran "Undangan-Rapat.apk". Apakah aman dibuka?
email-penipuan-q-apk-a = Tidak. File .apk adalah program untuk HP dan bisa mencuri data
email-penipuan-q-apk-a-fb = Betul. Undangan asli dikirim sebagai PDF, bukan .apk.
email-penipuan-q-apk-b = Aman, karena judulnya undangan
email-penipuan-q-apk-b-fb = Belum tepat. Penipu sengaja memberi nama "undangan". Lihat akhir nama file: .apk adalah program, bukan dokumen.

## Pelajaran 9: Bcc dan Tempat Sampah
email-bcc-sampah-title = Bcc dan Tempat Sampah
email-bcc-sampah-summary = Kirim ke banyak orang luar kantor dengan Bcc, lalu hapus dan pulihkan pesan.
email-bcc-sampah-d1-subject = Rapat koordinasi kepala desa, 12 Juni 2025
email-bcc-sampah-d1-body = Yth. Bapak/Ibu Kepala Desa se-Kecamatan Sukamaju,
    Dengan hormat, kami mengundang Bapak/Ibu untuk hadir dalam rapat koordinasi kepala desa.
    Hari, tanggal: Kamis, 12 Juni 2025
    Pukul: 09.00 WIB
    Tempat: Aula Kantor Kecamatan Sukamaju
    Terima kasih.
    Hormat kami,
    Budi Santoso
    Kantor Kecamatan Sukamaju
email-bcc-sampah-m1-subject = Senam pagi diganti kerja bakti
email-bcc-sampah-m1-body = Yth. Bapak/Ibu staf,
    Jumat ini senam pagi diganti kerja bakti membersihkan halaman kantor, pukul 07.00 WIB.
    Terima kasih.
    Subbag Umum Kecamatan Sukamaju
email-bcc-sampah-m2-subject = Terima kasih atas laporan Mei
email-bcc-sampah-m2-body = Pak Budi,
    Laporan Bulanan Mei 2025 sudah saya terima. Terima kasih.
    Sekretaris Kecamatan Sukamaju
email-bcc-sampah-intro = Alamat di Ke dan Cc terlihat oleh semua penerima. Alamat di Bcc tersembunyi: penerima tidak melihat siapa lagi yang menerima.
    Pakai Bcc bila mengirim ke banyak orang di luar kantor, misalnya kepala desa yang memakai alamat gmail.com. Alamat mereka tetap rahasia. Tidak ada yang bisa membalas ke semua penerima.
    Di kotak { webmail-field-to }, tulis alamat Bapak/Ibu sendiri.
email-bcc-sampah-drafts = Bapak/Ibu sudah menyiapkan undangan untuk lima kepala desa, tetapi belum dikirim. Pesan yang belum dikirim disimpan di Draf. Klik { webmail-folder-drafts }.
email-bcc-sampah-drafts-h1 = Folder ada di kiri, di bawah tombol { webmail-compose }: Kotak Masuk, Terkirim, Draf, Spam, Tempat Sampah.
email-bcc-sampah-drafts-h2 = Klik satu kali pada tulisan Draf, di bawah Terkirim.
email-bcc-sampah-drafts-ok = Ada satu draf: undangan rapat koordinasi kepala desa.
email-bcc-sampah-drafts-other = Itu folder yang lain. Klik { webmail-folder-drafts }, di bawah Terkirim.
email-bcc-sampah-draft = Buka draf undangan itu untuk melanjutkan menulis.
email-bcc-sampah-draft-h1 = Draf tampak di daftar sebelah kanan.
email-bcc-sampah-draft-h2 = Klik satu kali pada baris "Rapat koordinasi kepala desa, 12 Juni 2025".
email-bcc-sampah-draft-ok = Draf terbuka. Ke sudah berisi alamat Bapak/Ibu sendiri, dan Subjek sudah tertulis.
email-bcc-sampah-send = Klik kotak { webmail-field-bcc }. Ketik lima alamat kepala desa, dipisah koma:
    kades.mekar@gmail.com, kades.sari@gmail.com, kades.jaya@gmail.com, kades.asih@gmail.com, kades.indah@gmail.com
    Biarkan kotak { webmail-field-to } dan { webmail-field-cc } seperti adanya. Lalu klik { webmail-send }.
email-bcc-sampah-send-h1 = Kotak { webmail-field-bcc } ada di bawah kotak { webmail-field-cc }. Sesudah setiap alamat, ketik koma lalu spasi, baru alamat berikutnya.
email-bcc-sampah-send-h2 = Periksa sebelum Kirim: di Ke hanya budi.santoso@sukamajukab.go.id, Cc kosong, dan kelima alamat gmail.com ada di Bcc.
email-bcc-sampah-send-ok = Terkirim! Setiap kepala desa menerima undangan, tetapi tidak melihat alamat kepala desa lain.
email-bcc-sampah-refused-empty = Pesan belum terkirim karena belum ada alamat. Ketik kelima alamat kepala desa di kotak { webmail-field-bcc }, lalu klik { webmail-send } lagi.
email-bcc-sampah-refused-address = Pesan belum terkirim karena ada alamat yang belum lengkap. Periksa setiap alamat: ada @ dan titik, lalu dipisah koma. Lalu klik { webmail-send } lagi.
email-bcc-sampah-sent-visible = Pesan terkirim, tetapi ada alamat kepala desa di kotak { webmail-field-to } atau { webmail-field-cc }. Mereka semua bisa melihat alamat satu sama lain. Tidak apa-apa, ini latihan. Klik { lesson-restart-step }, lalu taruh kelima alamat kepala desa di kotak { webmail-field-bcc }.
email-bcc-sampah-sent-subject = Pesan terkirim tanpa Subjek. Klik { lesson-restart-step }, lalu isi Subjek sebelum mengirim.
email-bcc-sampah-sent-other = Pesan terkirim, tetapi penerimanya belum pas. Yang diminta: alamat sendiri di Ke, dan kelima alamat kepala desa di Bcc. Klik { webmail-compose } dan coba lagi dengan subjek dan pesan pendek.
email-bcc-sampah-q-bcc = Bapak/Ibu mengirim pengumuman ke 40 ketua RT yang memakai alamat gmail.com. Di mana alamat mereka ditulis?
email-bcc-sampah-q-bcc-a = Di Ke, supaya semua tahu siapa saja yang menerima
email-bcc-sampah-q-bcc-a-fb = Belum tepat. Di Ke, semua orang melihat 40 alamat pribadi itu. Pakai Bcc.
email-bcc-sampah-q-bcc-b = Di Bcc, dan alamat sendiri di Ke
email-bcc-sampah-q-bcc-b-fb = Betul. Alamat pribadi mereka tidak terlihat oleh penerima lain.
email-bcc-sampah-q-bcc-c = Di Cc
email-bcc-sampah-q-bcc-c-fb = Belum tepat. Alamat di Cc juga terlihat oleh semua penerima. Pakai Bcc.
email-bcc-sampah-intro2 = Bagian kedua: membuang dan memulihkan pesan.
    { webmail-delete } memindahkan pesan ke { webmail-folder-trash }. Pesan itu belum hilang.
    Bila terhapus karena salah klik, buka { webmail-folder-trash }, buka pesannya, lalu klik { webmail-restore }. Pesan kembali ke tempat asalnya.
email-bcc-sampah-inbox = Klik { webmail-folder-inbox } di sebelah kiri.
email-bcc-sampah-inbox-h1 = Kotak Masuk ada paling atas di daftar folder, di bawah tombol { webmail-compose }.
email-bcc-sampah-inbox-h2 = Klik satu kali pada tulisan Kotak Masuk.
email-bcc-sampah-inbox-other = Itu folder yang lain. Klik { webmail-folder-inbox }, paling atas di daftar folder.
email-bcc-sampah-open = Buka pesan "Senam pagi diganti kerja bakti".
email-bcc-sampah-open-h1 = Pesan itu ada di daftar { webmail-folder-inbox }, dari Subbag Umum Kecamatan.
email-bcc-sampah-open-h2 = Klik satu kali pada baris "Senam pagi diganti kerja bakti".
email-bcc-sampah-open-other = Itu pesan yang lain. Klik { webmail-back }, lalu buka pesan "Senam pagi diganti kerja bakti".
email-bcc-sampah-delete = Pengumuman ini sudah dibaca dan tidak diperlukan lagi. Klik { webmail-delete }.
email-bcc-sampah-delete-h1 = Tombol { webmail-delete } adalah tombol terakhir di baris tombol di atas pesan, sesudah Laporkan Spam.
email-bcc-sampah-delete-h2 = Klik satu kali pada tulisan Hapus.
email-bcc-sampah-delete-ok = Pesan sudah dipindah ke Tempat Sampah.
email-bcc-sampah-delete-other = Pesan lain yang terhapus. Tidak apa-apa, pesan itu ada di { webmail-folder-trash }. Klik { lesson-restart-step }, lalu hapus pesan "Senam pagi diganti kerja bakti".
email-bcc-sampah-trash = Ternyata pesan itu masih diperlukan. Kita ambil lagi. Klik { webmail-folder-trash } di sebelah kiri.
email-bcc-sampah-trash-h1 = Tempat Sampah ada paling bawah di daftar folder email.
email-bcc-sampah-trash-h2 = Klik satu kali pada tulisan Tempat Sampah.
email-bcc-sampah-trash-ok = Pesan yang dihapus tadi ada di sini.
email-bcc-sampah-trash-other = Itu folder yang lain. Tempat Sampah ada paling bawah di daftar folder email.
email-bcc-sampah-open-trash = Buka pesan "Senam pagi diganti kerja bakti" di Tempat Sampah.
email-bcc-sampah-open-trash-h1 = Pesan itu tampak di daftar sebelah kanan.
email-bcc-sampah-open-trash-h2 = Klik satu kali pada barisnya.
email-bcc-sampah-restore = Klik { webmail-restore }.
email-bcc-sampah-restore-h1 = Di { webmail-folder-trash }, di atas pesan ada tombol { webmail-restore }.
email-bcc-sampah-restore-h2 = Klik satu kali pada tulisan Pulihkan. Pesan akan kembali ke Kotak Masuk.
email-bcc-sampah-restore-ok = Pesan sudah dipulihkan.
email-bcc-sampah-check = Periksa Kotak Masuk. Klik { webmail-folder-inbox } di sebelah kiri.
email-bcc-sampah-check-h1 = Kotak Masuk ada paling atas di daftar folder.
email-bcc-sampah-check-h2 = Klik satu kali pada tulisan Kotak Masuk.
email-bcc-sampah-check-ok = Pesan "Senam pagi diganti kerja bakti" sudah kembali di Kotak Masuk.
email-bcc-sampah-q-langganan = Setiap minggu Bapak/Ibu menerima buletin dari sebuah toko buku yang dulu Bapak/Ibu langgani. Sekarang Bapak/Ibu tidak ingin menerimanya lagi. Apa yang dilakukan?
email-bcc-sampah-q-langganan-a = Klik "Berhenti berlangganan" di bagian paling bawah buletin itu
email-bcc-sampah-q-langganan-a-fb = Betul. Itu untuk pengirim yang Bapak/Ibu kenal. Bila pengirimnya asing atau mencurigakan, jangan klik apa pun: Laporkan Spam saja.
email-bcc-sampah-q-langganan-b = Balas ke Semua dengan huruf besar: JANGAN KIRIM LAGI
email-bcc-sampah-q-langganan-b-fb = Belum tepat. Itu mengganggu banyak orang dan tidak menghentikan buletinnya. Cari tautan "Berhenti berlangganan" di bagian bawah.
email-bcc-sampah-q-langganan-c = Hapus setiap minggu
email-bcc-sampah-q-langganan-c-fb = Belum tepat. Bisa saja, tetapi buletinnya akan terus datang. Lebih baik klik "Berhenti berlangganan" di bagian bawah.

## Pelajaran 10: Kata sandi dan Keluar
email-sandi-keluar-title = Kata sandi dan Keluar
email-sandi-keluar-summary = Ganti kata sandi dengan yang kuat, lalu keluar dari komputer bersama.
email-sandi-keluar-m1-subject = Ganti kata sandi email dinas
email-sandi-keluar-m1-body = Yth. Bapak/Ibu pegawai Kabupaten Sukamaju,
    Demi keamanan, mohon ganti kata sandi email dinas Bapak/Ibu lewat menu Pengaturan.
    Petugas Diskominfo tidak akan pernah menanyakan kata sandi Bapak/Ibu.
    Salam,
    Diskominfo Kabupaten Sukamaju
email-sandi-keluar-m2-subject = Rapat staf hari Senin
email-sandi-keluar-m2-body = Yth. Bapak/Ibu staf,
    Rapat staf diadakan hari Selasa, 10 Juni 2025, pukul 13.00 WIB.
    Terima kasih.
    Sekretaris Kecamatan Sukamaju
email-sandi-keluar-intro = Bapak/Ibu sedang memakai komputer bersama di ruang pelayanan. Masuk dulu ke Surel Dinas.
    Alamat: budi.santoso@sukamajukab.go.id
    Kata sandi: Sukamaju#2025
    Ingat: di komputer bersama, kotak "{ webmail-remember }" harus kosong.
email-sandi-keluar-signin = Masuk ke Surel Dinas. Ketik alamat dan kata sandi, pastikan "{ webmail-remember }" kosong, lalu klik { webmail-signin }.
email-sandi-keluar-signin-h1 = Alamat: budi.santoso@sukamajukab.go.id (atau cukup budi.santoso). Kata sandi: Sukamaju#2025, dengan S besar.
email-sandi-keluar-signin-h2 = Kotak "{ webmail-remember }" ada di bawah kotak { webmail-password }. Bila ada centang, klik sekali sampai hilang. Lalu klik { webmail-signin }.
email-sandi-keluar-signin-ok = Bagus, Bapak/Ibu sudah masuk tanpa "{ webmail-remember }".
email-sandi-keluar-failed-empty = Masih ada kotak yang kosong. Isi alamat email dan kata sandi, lalu klik { webmail-signin } lagi.
email-sandi-keluar-failed-address = Alamat emailnya belum cocok. Ketik budi.santoso@sukamajukab.go.id, dengan titik di antara budi dan santoso.
email-sandi-keluar-failed-password = Kata sandinya belum cocok. Ketik pelan-pelan: Sukamaju#2025. Huruf S pertama huruf besar.
email-sandi-keluar-remembered = Bapak/Ibu sudah masuk, tetapi "{ webmail-remember }" masih dicentang. Di komputer bersama itu berbahaya. Klik { webmail-sign-out } di kanan atas, lalu masuk lagi dengan kotak "{ webmail-remember }" kosong.
email-sandi-keluar-kuat = Kata sandi adalah kunci email Bapak/Ibu. Kata sandi yang kuat:
    1. Panjang: paling sedikit 10 tanda, campuran huruf dan angka.
    2. Ada huruf besar, huruf kecil dan angka.
    3. Bukan tanggal lahir, nama anak, atau 123456.
    Cara mudah: gabungkan dua atau tiga kata yang mudah Bapak/Ibu ingat, lalu tambahkan angka. Misalnya SawahHijau2025.
    Jangan pernah memberi tahu kata sandi kepada siapa pun, juga kepada atasan atau petugas TI. Jangan menempelkannya di layar.
email-sandi-keluar-change = Ganti kata sandi:
    1. Klik { webmail-settings } di kanan atas.
    2. Kata sandi lama: Sukamaju#2025
    3. Kata sandi baru: SawahHijau2025
    4. Ulangi kata sandi baru: SawahHijau2025
    5. Klik { webmail-password-save }.
    Di kantor nanti, buat kata sandi sendiri. Jangan memakai contoh ini.
email-sandi-keluar-change-h1 = { webmail-settings } ada di pojok kanan atas, di sebelah kiri { webmail-sign-out }. Di sana ada tiga kotak kata sandi dan tombol { webmail-password-save }.
email-sandi-keluar-change-h2 = Ketik kata sandi baru dua kali, sama persis: di kotak kedua dan kotak ketiga. Huruf S dan H huruf besar.
email-sandi-keluar-change-ok = Kata sandi sudah diganti dengan yang kuat. Mulai sekarang, masuk dengan kata sandi baru.
email-sandi-keluar-rejected-old = Kata sandi lama belum cocok. Di kotak pertama, ketik kata sandi yang sekarang: Sukamaju#2025.
email-sandi-keluar-rejected-mismatch = Kata sandi baru di kotak kedua dan ketiga belum sama. Ketik ulang keduanya dengan teliti, lalu klik { webmail-password-save }.
email-sandi-keluar-rejected-weak = Kata sandi baru terlalu lemah. Pakai paling sedikit 10 huruf dan angka, dengan huruf besar, misalnya SawahHijau2025.
email-sandi-keluar-rejected-same = Kata sandi baru sama dengan yang lama. Buat yang berbeda, misalnya SawahHijau2025.
email-sandi-keluar-changed-weak = Kata sandi sudah diganti, tetapi masih kurang kuat. Ganti sekali lagi: di kotak lama, ketik kata sandi yang baru saja Bapak/Ibu buat. Di kotak baru, pakai paling sedikit 10 huruf dan angka dengan huruf besar, misalnya SawahHijau2025.
email-sandi-keluar-q-kuat = Mana kata sandi yang paling kuat?
email-sandi-keluar-q-kuat-a = 123456
email-sandi-keluar-q-kuat-a-fb = Belum tepat. Ini kata sandi yang paling sering ditebak penipu.
email-sandi-keluar-q-kuat-b = budi1965
email-sandi-keluar-q-kuat-b-fb = Belum tepat. Nama dan tahun lahir mudah ditebak orang yang mengenal Bapak/Ibu.
email-sandi-keluar-q-kuat-c = KopiPagiSukamaju25
email-sandi-keluar-q-kuat-c-fb = Betul. Panjang, ada huruf besar, huruf kecil dan angka.
email-sandi-keluar-q-minta = Seseorang menelepon, mengaku petugas TI Diskominfo, dan meminta kata sandi email Bapak/Ibu "untuk perbaikan sistem". Apa yang dilakukan?
email-sandi-keluar-q-minta-a = Memberikannya, karena dia petugas kantor
email-sandi-keluar-q-minta-a-fb = Belum tepat. Petugas TI yang asli tidak pernah meminta kata sandi. Orang itu kemungkinan penipu.
email-sandi-keluar-q-minta-b = Tidak memberikannya, lalu melapor ke atasan atau ke Diskominfo
email-sandi-keluar-q-minta-b-fb = Betul. Kata sandi hanya untuk Bapak/Ibu sendiri. Bila sudah terlanjur memberi tahu, segera ganti kata sandi.
email-sandi-keluar-signout = Pekerjaan selesai. Orang lain akan memakai komputer ini. Klik { webmail-sign-out }.
email-sandi-keluar-signout-h1 = Keluar ada di pojok kanan atas, di sebelah kanan Pengaturan.
email-sandi-keluar-signout-h2 = Klik satu kali pada tulisan Keluar. Halaman Masuk akan tampil.
email-sandi-keluar-signout-ok = Bagus! Email Bapak/Ibu sudah aman. Orang berikutnya hanya melihat halaman Masuk.
email-sandi-keluar-q-tutup = Apakah cukup menutup browser tanpa klik { webmail-sign-out }?
email-sandi-keluar-q-tutup-a = Cukup, browser yang ditutup pasti aman
email-sandi-keluar-q-tutup-a-fb = Belum tepat. Kadang email masih terbuka saat browser dibuka lagi, apalagi bila "{ webmail-remember }" dicentang. Selalu klik { webmail-sign-out } dulu.
email-sandi-keluar-q-tutup-b = Tidak. Selalu klik { webmail-sign-out } dulu, baru tutup browser
email-sandi-keluar-q-tutup-b-fb = Betul. Keluar menutup email dengan aman, terutama di komputer bersama.

## Pelajaran 11: Uji Kemampuan
email-uji-kemampuan-title = Uji Kemampuan: Email dinas
email-uji-kemampuan-summary = Tunjukkan semua yang sudah Bapak/Ibu pelajari, tanpa petunjuk.
email-uji-kemampuan-m1-subject = Pendataan peserta pelatihan komputer
email-uji-kemampuan-m1-body = Yth. Bapak/Ibu staf Kecamatan Sukamaju,
    Bulan Juli 2025 ada pelatihan komputer untuk staf kecamatan.
    Bapak/Ibu yang ingin ikut, mohon memberi tahu saya paling lambat hari Jumat, 20 Juni 2025.
    Cukup balas kepada saya saja.
    Terima kasih.
    Sekretaris Kecamatan Sukamaju
email-uji-kemampuan-m2-subject = Kirim Laporan Kegiatan Juni ke Subbag Umum
email-uji-kemampuan-m2-body = Pak Budi,
    Mohon kirim Laporan Kegiatan Juni 2025 dalam bentuk PDF kepada Subbag Umum (umum@sukamajukab.go.id).
    Tembuskan kepada saya lewat Cc.
    Terima kasih.
    Sekretaris Kecamatan Sukamaju
email-uji-kemampuan-m3-subject = Akun email Anda akan diblokir hari ini
email-uji-kemampuan-m3-body = Pengguna yang terhormat,
    Kami menemukan kegiatan mencurigakan di akun Anda. Akun akan diblokir dalam 2 jam.
    Klik tautan di bawah dan masukkan kata sandi Anda untuk verifikasi.
    Tim Keamanan Surel Dinas
email-uji-kemampuan-m3-link = Verifikasi akun sekarang
email-uji-kemampuan-m4-subject = Jadwal pemeliharaan Surel Dinas
email-uji-kemampuan-m4-body = Yth. Bapak/Ibu pegawai Kabupaten Sukamaju,
    Surel Dinas tidak dapat dipakai pada hari Jumat, 20 Juni 2025, pukul 22.00 sampai 24.00 WIB karena pemeliharaan.
    Salam,
    Diskominfo Kabupaten Sukamaju
email-uji-kemampuan-intro = Ini Uji Kemampuan modul Email dinas. Tidak ada petunjuk, tetapi Bapak/Ibu boleh mencoba berkali-kali.
    Bapak/Ibu memakai komputer bersama di ruang pelayanan.
    Alamat: budi.santoso@sukamajukab.go.id
    Kata sandi: Sukamaju#2025
    Kerjakan dengan tenang. Semua langkahnya sudah pernah Bapak/Ibu latih.
email-uji-kemampuan-signin = Masuk ke Surel Dinas. Ingat, ini komputer bersama.
email-uji-kemampuan-signin-ok = Bagus, Bapak/Ibu sudah masuk dengan aman.
email-uji-kemampuan-failed-empty = Masih ada kotak yang kosong. Isi alamat email dan kata sandi, lalu klik { webmail-signin } lagi.
email-uji-kemampuan-failed-address = Alamat emailnya belum cocok. Periksa lagi: budi.santoso@sukamajukab.go.id.
email-uji-kemampuan-failed-password = Kata sandinya belum cocok. Periksa huruf besar dan kecil: Sukamaju#2025.
email-uji-kemampuan-remembered = Bapak/Ibu sudah masuk, tetapi "{ webmail-remember }" masih dicentang. Ini komputer bersama. Klik { webmail-sign-out }, lalu masuk lagi dengan kotak "{ webmail-remember }" kosong.
email-uji-kemampuan-reply = Sekretaris Kecamatan mendata peserta pelatihan komputer. Bapak/Ibu ingin ikut. Buka pesannya, lalu mulai menjawab hanya kepada Sekretaris.
email-uji-kemampuan-reply-ok = Tepat. Jawaban ini hanya untuk Sekretaris.
email-uji-kemampuan-reply-all = Itu Balas ke Semua. Jawaban Bapak/Ibu akan sampai ke semua staf. Klik { webmail-cancel }, lalu pilih tombol yang hanya menjawab pengirim.
email-uji-kemampuan-reply-other = Itu belum menjawab pesan tentang pelatihan komputer. Klik { lesson-restart-step }, lalu jawab pengirimnya saja.
email-uji-kemampuan-reply-send = Tulis jawaban bahwa Bapak/Ibu ingin ikut pelatihan. Pakai salam pembuka dan penutup. Lalu kirim.
email-uji-kemampuan-reply-send-ok = Jawaban terkirim hanya kepada Sekretaris, dengan salam yang sopan.
email-uji-kemampuan-reply-sent-all = Jawaban terkirim ke semua staf. Tidak apa-apa. Klik { lesson-restart-step }, lalu jawab hanya kepada Sekretaris.
email-uji-kemampuan-sent-caps = Pesan terkirim dengan huruf besar semua. Itu terasa seperti berteriak. Coba lagi dengan huruf biasa.
email-uji-kemampuan-reply-sent-greeting = Jawaban terkirim tanpa salam pembuka. Klik { lesson-restart-step }, lalu mulai dengan salam, misalnya "Yth. Bapak Sekretaris".
email-uji-kemampuan-reply-sent-closing = Jawaban terkirim tanpa salam penutup. Buka lagi pesan tentang pelatihan, jawab hanya kepada Sekretaris, dan akhiri dengan "Terima kasih".
email-uji-kemampuan-reply-sent-other = Jawaban terkirim, tetapi penerimanya belum pas. Jawaban ini cukup untuk Sekretaris saja. Buka lagi pesan tentang pelatihan dan coba lagi.
email-uji-kemampuan-attach = Sekretaris juga meminta Laporan Kegiatan Juni 2025 dikirim ke Subbag Umum. Mulai pesan baru, lalu lampirkan laporan itu dari folder { disk-folder-dokumen } dalam bentuk yang benar.
email-uji-kemampuan-attach-ok = Laporan dalam bentuk PDF sudah terlampir.
email-uji-kemampuan-attach-reply = Ini bukan balasan, tetapi pesan baru untuk Subbag Umum. Klik { webmail-cancel }, lalu mulai pesan baru.
email-uji-kemampuan-attach-docx = Itu file Word (.docx). Laporan yang sudah jadi dikirim sebagai PDF. Klik { webmail-remove-attachment } di samping nama file itu, lalu lampirkan lagi yang benar.
email-uji-kemampuan-attach-other = Itu file yang lain. Klik { webmail-remove-attachment } di samping namanya. Yang diminta: Laporan Kegiatan Juni 2025, dalam bentuk PDF.
email-uji-kemampuan-send = Lengkapi pesannya: Ke Subbag Umum (umum@sukamajukab.go.id), tembusan ke Sekretaris (sekcam@sukamajukab.go.id), Subjek yang jelas, dan pesan yang sopan. Lalu kirim.
email-uji-kemampuan-send-ok = Laporan terkirim ke Subbag Umum, dengan tembusan ke Sekretaris. Bagus sekali!
email-uji-kemampuan-refused-empty = Pesan belum terkirim karena kotak { webmail-field-to } masih kosong. Isi alamat Subbag Umum, lalu kirim lagi.
email-uji-kemampuan-refused-address = Pesan belum terkirim karena ada alamat yang belum lengkap. Periksa tanda @ dan titik, tanpa spasi. Lalu kirim lagi.
email-uji-kemampuan-sent-subject = Pesan terkirim tanpa Subjek. Tidak apa-apa. Klik { lesson-restart-step }, dan kali ini isi Subjek.
email-uji-kemampuan-sent-forgot = Pesan menyebut lampiran, tetapi tidak ada file yang terlampir. Klik { lesson-restart-step }, lalu lampirkan Laporan Kegiatan Juni 2025 dalam bentuk PDF.
email-uji-kemampuan-sent-none = Pesan terkirim tanpa laporan. Klik { lesson-restart-step }, lalu lampirkan Laporan Kegiatan Juni 2025 dalam bentuk PDF.
email-uji-kemampuan-sent-docx = Ada file Word (.docx) yang ikut terkirim. Yang diminta hanya PDF. Tulis pesan baru lagi dan lampirkan hanya file PDF-nya.
email-uji-kemampuan-sent-cc-in-to = Pesan terkirim, tetapi alamat Sekretaris ada di kotak { webmail-field-to }. Sekretaris hanya perlu tembusan. Tulis pesan baru lagi dan taruh alamat Sekretaris di Cc.
email-uji-kemampuan-sent-greeting = Pesan terkirim tanpa salam pembuka. Klik { lesson-restart-step }, lalu mulai dengan salam, misalnya "Yth. Kepala Subbag Umum".
email-uji-kemampuan-sent-closing = Pesan terkirim tanpa salam penutup. Tulis pesan baru lagi, lampirkan laporannya, dan akhiri dengan "Terima kasih".
email-uji-kemampuan-sent-other = Pesan terkirim, tetapi belum pas. Periksa: Ke berisi umum@sukamajukab.go.id, Cc berisi sekcam@sukamajukab.go.id, dan hanya satu lampiran, Laporan-Kegiatan-Juni-2025.pdf. Tulis pesan baru lagi dan coba lagi.
email-uji-kemampuan-spam = Di Kotak Masuk ada satu pesan penipuan. Temukan dan tangani dengan benar.
email-uji-kemampuan-spam-ok = Tepat. Pesan itu meminta kata sandi dan alamatnya bukan alamat kantor. Sudah dilaporkan sebagai spam.
email-uji-kemampuan-link = Tautan itu palsu. Untung ini hanya latihan: tidak ada yang terkirim. Tutup halaman peringatan, lalu tangani pesan itu dengan benar.
email-uji-kemampuan-real-reported = Pesan itu asli, dari alamat kantor go.id. Tidak apa-apa, pesan itu masih ada di folder { webmail-folder-spam }. Cari pesan yang benar-benar penipuan.
email-uji-kemampuan-deleted = Pesan itu pindah ke { webmail-folder-trash }. Itu sudah aman. Untuk penipuan, ada tombol yang lebih baik, supaya pesan serupa langsung tersaring. Klik { lesson-restart-step }, lalu pakai tombol itu.
email-uji-kemampuan-signout = Pekerjaan selesai. Ini komputer bersama. Tinggalkan Surel Dinas dengan aman.
email-uji-kemampuan-signout-ok = Bagus! Email Bapak/Ibu aman. Orang berikutnya hanya melihat halaman Masuk.
email-uji-kemampuan-q-sandi = Rekan kerja meminjam akun email Bapak/Ibu dan meminta kata sandinya. Apa yang dilakukan?
email-uji-kemampuan-q-sandi-a = Memberikannya, karena rekan sendiri
email-uji-kemampuan-q-sandi-a-fb = Belum tepat. Apa pun yang dikirim dari akun itu menjadi tanggung jawab Bapak/Ibu. Kata sandi hanya untuk diri sendiri.
email-uji-kemampuan-q-sandi-b = Tidak memberikannya. Rekan itu memakai akunnya sendiri
email-uji-kemampuan-q-sandi-b-fb = Betul. Kata sandi tidak dibagi kepada siapa pun, juga kepada rekan atau atasan.
email-uji-kemampuan-q-sandi-c = Menuliskannya di kertas yang ditempel di layar
email-uji-kemampuan-q-sandi-c-fb = Belum tepat. Siapa pun yang lewat bisa membacanya. Kata sandi disimpan di ingatan Bapak/Ibu sendiri.
email-uji-kemampuan-m5-subject = Jadwal Bimtek SIASN Juni 2025
email-uji-kemampuan-m5-body = Yth. Bapak/Ibu peserta Bimtek SIASN,
    Terlampir jadwal Bimtek SIASN di kantor BKPSDM Kabupaten Sukamaju. Mohon dibaca dan diteruskan kepada rekan yang juga ditugaskan.
    Terima kasih.
    BKPSDM Kabupaten Sukamaju
email-uji-kemampuan-unduh = BKPSDM mengirim jadwal bimtek. Simpan file jadwal itu ke laptop ini.
email-uji-kemampuan-unduh-ok = File jadwal sudah tersimpan di laptop.
email-uji-kemampuan-cari = Buka file jadwal itu dari laptop, untuk memastikan file itu ada.
email-uji-kemampuan-cari-ok = Tepat. File yang diunduh ada di folder { disk-folder-unduhan }.
email-uji-kemampuan-cari-other = Itu file yang lain. Cari file jadwal bimtek yang baru saja disimpan.
email-uji-kemampuan-teruskan = Pak Agus Wibowo juga ditugaskan ke bimtek itu. Kirimkan pesan BKPSDM tentang jadwal bimtek, lengkap dengan lampirannya, kepada agus.wibowo@sukamajukab.go.id.
email-uji-kemampuan-teruskan-ok = Pesan BKPSDM sampai ke Pak Agus, lengkap dengan jadwalnya.
email-uji-kemampuan-refused-empty-agus = Pesan belum terkirim karena belum ada alamat. Isi alamat Pak Agus, lalu kirim lagi.
email-uji-kemampuan-teruskan-new = Itu pesan baru, jadi pesan dan jadwal dari BKPSDM tidak ikut. Klik { lesson-restart-step }, lalu coba lagi dari pesan BKPSDM.
email-uji-kemampuan-teruskan-reply = Jawaban itu sampai ke BKPSDM, bukan ke Pak Agus. Klik { lesson-restart-step }, lalu coba lagi.
email-uji-kemampuan-teruskan-other = Pesan terkirim, tetapi belum pas. Klik { lesson-restart-step }. Periksa alamat Pak Agus dan lampiran jadwalnya.
email-uji-kemampuan-bcc = Kirim pengumuman kerja bakti kepada tiga ketua RT. Mereka memakai alamat pribadi: rt01.mekarsari@gmail.com, rt02.mekarsari@gmail.com dan rt03.mekarsari@gmail.com. Isi Subjek dan pesan singkat.
email-uji-kemampuan-bcc-ok = Terkirim. Alamat pribadi para ketua RT tidak terlihat satu sama lain.
email-uji-kemampuan-bcc-refused-empty = Pesan belum terkirim karena belum ada alamat. Isi alamat para ketua RT, lalu kirim lagi.
email-uji-kemampuan-bcc-visible = Terkirim, tetapi setiap ketua RT bisa melihat alamat pribadi yang lain. Klik { lesson-restart-step }, lalu coba lagi.
email-uji-kemampuan-bcc-other = Pesan terkirim, tetapi belum sampai ke para ketua RT dengan benar. Klik { lesson-restart-step }, lalu coba lagi.
email-penipuan-m7-subject = Verifikasi akun email dinas
email-penipuan-m7-body = Yth. Bapak/Ibu,
    Dalam rangka pemindahan server, akun email dinas perlu diverifikasi hari ini.
    Mohon balas email ini dengan kata sandi email Bapak/Ibu dan kode OTP 6 angka yang baru saja dikirim ke HP Bapak/Ibu.
    Akun yang tidak diverifikasi akan dinonaktifkan besok.
    Subbag Umum dan Kepegawaian
email-penipuan-open-palsu = Buka pesan "Verifikasi akun email dinas". Pengirimnya tampak dari kantor sendiri.
email-penipuan-open-palsu-h1 = Bila pesan lain masih terbuka, klik { webmail-back } dulu. Lalu cari baris "Verifikasi akun email dinas".
email-penipuan-open-palsu-h2 = Klik satu kali pada baris itu di daftar { webmail-folder-inbox }.
email-penipuan-open-palsu-ok = Alamatnya kepegawaian@sukamajukab.go.id, tampak asli. Tetapi alamat bisa dipalsukan, dan akun rekan bisa dibobol. Pesan ini meminta kata sandi dan kode OTP. Kantor tidak pernah memintanya. Ini penipuan, apa pun alamat pengirimnya.
email-penipuan-open-palsu-other = Itu pesan yang lain. Klik { webmail-back }, lalu buka pesan "Verifikasi akun email dinas".
email-penipuan-lapor-palsu = Jangan dibalas. Klik { webmail-report-spam }. Bila ragu, tanyakan langsung ke Subbag Kepegawaian lewat telepon kantor.
email-penipuan-lapor-palsu-ok = Bagus. Kata sandi, PIN, dan kode OTP tidak pernah diberikan kepada siapa pun. Masih ada tiga pesan penipuan di Kotak Masuk.
email-penipuan-palsu-reply = Jangan dibalas, Bapak/Ibu. Kata sandi dan kode OTP tidak pernah dikirim kepada siapa pun. Klik { lesson-restart-step }, lalu klik { webmail-report-spam }.
