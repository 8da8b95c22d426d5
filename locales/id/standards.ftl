# Tuntun — the standards a module proves, in words (shown in Kelas, reports and certificates).
# Northstar Digital Literacy ("Basic Computer Skills", "Using Email", "Microsoft Word") as
# Tuntun's lessons practise them, and Tuntun's own for e-presensi and the office's documents.
# One message per id used in a lesson's `skills`: `standard-<id>`.

standard-northstar-bcs-mouse = Memakai mouse: klik dan klik ganda
standard-northstar-bcs-files = Membuka, menyimpan dan menemukan file dan folder
standard-northstar-bcs-drag = Menyeret dan melepas dengan mouse
standard-northstar-bcs-scroll = Menggulir halaman yang panjang
standard-northstar-bcs-keyboard = Mengetik dengan keyboard: huruf, angka dan huruf besar
standard-northstar-bcs-windows = Membuka, mengecilkan, membesarkan dan menutup jendela
standard-northstar-email-1 = Membuka email dan membaca pesan masuk
standard-northstar-email-2 = Masuk ke akun email dengan alamat dan kata sandi
standard-northstar-email-3 = Membuat dan merahasiakan kata sandi yang kuat
standard-northstar-email-4 = Keluar dari email dengan aman di komputer bersama
standard-northstar-email-5 = Menulis dan mengirim email baru
standard-northstar-email-6 = Membalas email kepada pengirimnya
standard-northstar-email-7 = Membalas ke semua dan meneruskan email
standard-northstar-email-8 = Melampirkan file pada email
standard-northstar-email-9 = Melihat dan mengunduh lampiran
standard-northstar-email-10 = Mengenali email penipuan dan melaporkannya sebagai spam
standard-northstar-email-11 = Memakai Ke, Cc dan Bcc dengan tepat
standard-northstar-email-12 = Waspada terhadap tautan dan lampiran yang mencurigakan
standard-northstar-email-13 = Menjaga akun email dinas tetap aman
standard-northstar-word-1 = Mengetik dan memperbaiki teks dokumen
standard-northstar-word-2 = Membuat surat dinas dari templat
standard-northstar-word-3 = Menyimpan dokumen dengan nama dan folder yang benar
standard-northstar-word-4 = Menyimpan dokumen sebagai PDF
standard-northstar-word-6 = Menebalkan dan memiringkan huruf
standard-northstar-word-7 = Mengubah ukuran huruf
standard-northstar-word-9 = Mengatur rata kiri, tengah dan kanan
standard-northstar-word-11 = Mengatur ukuran kertas dan melihat pratinjau cetak
standard-northstar-word-12 = Mencetak dokumen
standard-northstar-word-13 = Membuka lagi dokumen yang tersimpan
standard-asn-presensi-masuk = Presensi Masuk di kantor dengan lokasi dan foto wajah
standard-asn-presensi-pulang = Presensi Pulang
standard-asn-presensi-masalah = Mengatasi presensi yang ditolak: lokasi, jarak, jam HP dan wajah
standard-asn-presensi-pengajuan = Mengajukan Dinas Luar, izin, sakit, cuti dan WFH
standard-asn-presensi-jujur = Presensi dengan jujur, tanpa titip dan tanpa aplikasi palsu
standard-asn-disposisi = Menerima dan menindaklanjuti disposisi di SRIKANDI
standard-asn-tte = Menandatangani dokumen dengan tanda tangan elektronik (TTE)
standard-asn-kinerja-harian = Mengisi dan mengirim Progres Harian e-Kinerja setiap hari kerja
standard-asn-kinerja-autentikator = Memasang aplikasi autentikator dan menyimpan kode pemulihan
standard-asn-kinerja-masuk = Masuk MyASN dengan kode 6 angka, termasuk saat jam ponsel salah
standard-asn-kinerja-pemulihan = Mengatasi lupa kata sandi dan ponsel hilang
standard-asn-kinerja-skp = Membaca SKP dan mengirim Realisasi
standard-asn-kinerja-bukti = Melampirkan Bukti Dukung yang sesuai batas ukuran
standard-asn-kinerja-perbaikan = Memperbaiki progres sesuai catatan atasan
standard-asn-srikandi-masuk = Masuk ke SRIKANDI dan membaca Beranda
standard-asn-srikandi-naskah-masuk = Membaca naskah masuk, PDF dan riwayat disposisinya
standard-asn-srikandi-naskah-keluar = Membuat naskah keluar, Ambil Nomor dan mengirim ke verifikator
standard-asn-srikandi-arsip = Membaca tembusan dan mencari arsip
