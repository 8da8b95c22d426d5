## Module 5: SRIKANDI (official letters, dispositions, review and electronic signature)
srikandi-module-title = SRIKANDI
srikandi-module-summary = Reading incoming letters, following up dispositions, sending outgoing letters for review, electronic signatures, and searching the archive.

## Lesson 1: Signing in and Home
srikandi-masuk-title = Signing in to SRIKANDI
srikandi-masuk-summary = Sign in with your own account and get to know the tiles on { srikandi-app-home }.
srikandi-masuk-intro = Official letters are no longer carried around in folders. Incoming letters, dispositions, outgoing letters and electronic signatures all go through SRIKANDI.
    SRIKANDI is the government's application for official letters and archives, used down to the district office.
    In this practice you work as the head of the Government Section (Kasi Pemerintahan). The Camat sends you dispositions through SRIKANDI.
    This practice screen is simple. The real SRIKANDI screens differ by version, but the steps are the same.
srikandi-masuk-akun = Every employee has their own SRIKANDI account. The username is usually the NIP.
    For this practice, use this account.
    Username: 199005122015032001
    Password: Srikandi#2025
    Never give the password of your real account to anyone.
srikandi-masuk-login = Type the username and password above, then click { srikandi-app-sign-in }.
srikandi-masuk-login-h1 = Click the { srikandi-app-username } box, then type 199005122015032001.
srikandi-masuk-login-h2 = Click the { srikandi-app-password } box, type Srikandi#2025 (capital S), then click { srikandi-app-sign-in }.
srikandi-masuk-login-ok = You are in. This is the SRIKANDI Home.
srikandi-masuk-login-empty = A box is still empty. Fill in the username and the password.
srikandi-masuk-login-wrong = The username or password does not match yet. Type it again carefully. Mind the capitals.
srikandi-masuk-kotak = Home has several tiles. The number on each tile is what is still waiting for you.
    { srikandi-app-tile-masuk }: letters to your unit that you have not read.
    { srikandi-app-tile-disposisi }: your superior's instructions about a letter.
    { srikandi-app-tile-tindak_lanjut }: dispositions not done yet.
    { srikandi-app-tile-verifikasi }: colleagues' letters you must check.
    { srikandi-app-tile-tanda_tangan }: letters waiting for your electronic signature.
    { srikandi-app-tile-tembusan }: copies for your information.
srikandi-masuk-buka = One incoming letter is unread. Click the { srikandi-app-tile-masuk } tile.
srikandi-masuk-buka-h1 = The { srikandi-app-tile-masuk } tile is at the top left of Home.
srikandi-masuk-buka-ok = This is the list of incoming letters. Unread ones are marked.
srikandi-masuk-buka-lain = That is another list. Click { srikandi-app-home }, then click { srikandi-app-tile-masuk }.
srikandi-masuk-q-tte = The Camat asks you to sign an internal memo electronically. In which tile does it wait?
srikandi-masuk-q-tte-a = { srikandi-app-tile-tembusan }
srikandi-masuk-q-tte-a-fb = Not quite. Copies are only for your information.
srikandi-masuk-q-tte-b = { srikandi-app-tile-tanda_tangan }
srikandi-masuk-q-tte-b-fb = Right. Letters you must sign wait there.
srikandi-masuk-q-tte-c = { srikandi-app-tile-masuk }
srikandi-masuk-q-tte-c-fb = Not quite. Incoming letters come from outside, to be read.
srikandi-masuk-keluar = When you finish, always sign out of SRIKANDI, above all on a shared computer. Click { srikandi-app-sign-out }.
srikandi-masuk-keluar-h1 = The { srikandi-app-sign-out } button is at the top right.
srikandi-masuk-keluar-ok = Good. Nobody else can open letters in your name.

## Lesson 2: Reading an incoming letter
srikandi-naskah-masuk-title = Reading an incoming letter
srikandi-naskah-masuk-summary = Open an incoming letter, view its PDF, its details and its disposition history.
srikandi-naskah-masuk-intro = A paper letter that arrives at the office is scanned and registered in SRIKANDI. The scan becomes a PDF file.
    In SRIKANDI every letter has details: number, date, sender, subject, classification and urgency.
    Let us open the invitation from the Health Office.
srikandi-naskah-masuk-daftar = Click the { srikandi-app-tile-masuk } tile.
srikandi-naskah-masuk-daftar-h1 = That tile is at the top left of Home.
srikandi-naskah-masuk-daftar-ok = This is the list of incoming letters.
srikandi-naskah-masuk-daftar-lain = That is another list. Click { srikandi-app-home }, then click { srikandi-app-tile-masuk }.
srikandi-naskah-masuk-buka = Click the letter "Undangan Rapat Koordinasi Posyandu".
srikandi-naskah-masuk-buka-h1 = It is at the top. It is in bold because it is unread.
srikandi-naskah-masuk-buka-ok = The letter is open. Its details show first.
srikandi-naskah-masuk-buka-lain = That is another letter. Click { srikandi-app-home }, then open the incoming letters again.
srikandi-naskah-masuk-q-urgensi = Look at the letter's details. What is its urgency?
srikandi-naskah-masuk-q-urgensi-a = { srikandi-app-urgensi-biasa }
srikandi-naskah-masuk-q-urgensi-a-fb = Not quite. Look again at the { srikandi-app-field-urgensi } line.
srikandi-naskah-masuk-q-urgensi-b = { srikandi-app-urgensi-segera }
srikandi-naskah-masuk-q-urgensi-b-fb = Right. Urgent letters come first.
srikandi-naskah-masuk-q-urgensi-c = { srikandi-app-urgensi-amat_segera }
srikandi-naskah-masuk-q-urgensi-c-fb = Not quite. Look again at the { srikandi-app-field-urgensi } line.
srikandi-naskah-masuk-pdf = Now look at the letter itself. Click { srikandi-app-tab-pdf }.
srikandi-naskah-masuk-pdf-h1 = The { srikandi-app-tab-pdf } button is under the letter's title.
srikandi-naskah-masuk-pdf-ok = This is the scanned letter.
srikandi-naskah-masuk-riwayat = Who has handled this letter? Click { srikandi-app-tab-riwayat }.
srikandi-naskah-masuk-riwayat-h1 = The { srikandi-app-tab-riwayat } button is next to { srikandi-app-tab-pdf }.
srikandi-naskah-masuk-riwayat-ok = The history shows where the letter has been.
srikandi-naskah-masuk-q-riwayat = According to the history, who did the Camat send the disposition to?
srikandi-naskah-masuk-q-riwayat-a = To the Kasi Pemerintahan, that is, you
srikandi-naskah-masuk-q-riwayat-a-fb = Right. That is why this letter is now your task.
srikandi-naskah-masuk-q-riwayat-b = To the Sekretaris Camat
srikandi-naskah-masuk-q-riwayat-b-fb = Not quite. The Sekretaris Camat sent it to the Camat. Look at the next line.
srikandi-naskah-masuk-unduh = You want to keep this letter on the laptop. Click { srikandi-app-download }.
srikandi-naskah-masuk-unduh-h1 = The { srikandi-app-download } button is next to { srikandi-app-tab-riwayat }.
srikandi-naskah-masuk-unduh-ok = The PDF is saved in the laptop's { disk-folder-unduhan } folder.

## Lesson 3: Receiving a disposition
srikandi-disposisi-title = Receiving a disposition from the Camat
srikandi-disposisi-summary = Open a disposition, read its instruction and its deadline.
srikandi-disposisi-intro = A disposition used to be handwritten on a paper sheet clipped to the letter. Now the Camat writes it in SRIKANDI.
    A disposition has an instruction and a deadline. It reaches you at once.
    The Camat has just sent a disposition about the Posyandu meeting invitation.
srikandi-disposisi-daftar = Click the { srikandi-app-tile-disposisi } tile.
srikandi-disposisi-daftar-h1 = The { srikandi-app-tile-disposisi } tile is on { srikandi-app-home }, next to { srikandi-app-tile-masuk }.
srikandi-disposisi-daftar-ok = This is the list of dispositions for you.
srikandi-disposisi-daftar-lain = That is another list. Click { srikandi-app-home }, then click { srikandi-app-tile-disposisi }.
srikandi-disposisi-buka = Click the disposition about the Posyandu meeting invitation.
srikandi-disposisi-buka-h1 = There is only one disposition. Click its row.
srikandi-disposisi-buka-ok = The disposition is open. Read it slowly.
srikandi-disposisi-q-instruksi = What is the Camat's instruction?
srikandi-disposisi-q-instruksi-a = Only to file the letter
srikandi-disposisi-q-instruksi-a-fb = Not quite. Read the { srikandi-app-disposisi-instruction } box again.
srikandi-disposisi-q-instruksi-b = Attend the meeting and report the result
srikandi-disposisi-q-instruksi-b-fb = Right. Two tasks: attend, then report.
srikandi-disposisi-q-instruksi-c = Pass the letter on to the villages
srikandi-disposisi-q-instruksi-c-fb = Not quite. Read the { srikandi-app-disposisi-instruction } box again.
srikandi-disposisi-q-batas = When is the deadline?
srikandi-disposisi-q-batas-a = Thursday, 10 July 2025
srikandi-disposisi-q-batas-a-fb = Right. In two days. The Camat sees the deadline too.
srikandi-disposisi-q-batas-b = There is no deadline
srikandi-disposisi-q-batas-b-fb = Not quite. Look at the { srikandi-app-disposisi-deadline } line.
srikandi-disposisi-naskah = Before you start, read the letter. Click { srikandi-app-open-naskah }.
srikandi-disposisi-naskah-h1 = The { srikandi-app-open-naskah } button is under the deadline.
srikandi-disposisi-naskah-ok = This is the letter the disposition is about.
srikandi-disposisi-lalu = Good. You know your task.
    In the next lesson you follow dispositions up: pass one on to a staff member, or close one with a report.

## Lesson 4: Following up a disposition
srikandi-tindak-lanjut-title = Following up a disposition
srikandi-tindak-lanjut-summary = Pass a disposition on to the right staff member, and close a disposition with a short report.
srikandi-tindak-lanjut-intro = There are two dispositions from the Camat.
    The first: a data request from Bappeda. The Camat asks you to pass it on to Mr Dedi Kurniawan.
    The second: the Posyandu meeting. You attended it. Only the report is left.
srikandi-tindak-lanjut-tile = Click the { srikandi-app-tile-tindak_lanjut } tile.
srikandi-tindak-lanjut-tile-h1 = That tile is on { srikandi-app-home }. Its number is 2.
srikandi-tindak-lanjut-tile-ok = These are the dispositions not done yet.
srikandi-tindak-lanjut-buka = Click the disposition "Permohonan Data Kependudukan".
srikandi-tindak-lanjut-buka-h1 = It is the top row.
srikandi-tindak-lanjut-buka-ok = Read the instruction: who must do the work?
srikandi-tindak-lanjut-buka-lain = That is the other disposition. Click { srikandi-app-home }, then open { srikandi-app-tile-tindak_lanjut } again.
srikandi-tindak-lanjut-teruskan = The instruction: pass it on to Mr Dedi. Click { srikandi-app-follow-teruskan }.
srikandi-tindak-lanjut-teruskan-h1 = The { srikandi-app-follow-teruskan } button is under { srikandi-app-follow-title }.
srikandi-tindak-lanjut-teruskan-ok = The form to pass it on appears.
srikandi-tindak-lanjut-teruskan-lain = That is another choice. Click { srikandi-app-follow-teruskan }.
srikandi-tindak-lanjut-orang = Choose the person the Camat named: click Dedi Kurniawan.
srikandi-tindak-lanjut-orang-h1 = Dedi Kurniawan is first in the list of names.
srikandi-tindak-lanjut-orang-ok = Dedi Kurniawan is chosen.
srikandi-tindak-lanjut-orang-salah = The Camat named Mr Dedi Kurniawan. Click the wrong name once more to undo it, then click Dedi Kurniawan.
srikandi-tindak-lanjut-instruksi = Mr Dedi must prepare the data. Click { srikandi-app-instruction-siapkan_bahan }.
srikandi-tindak-lanjut-instruksi-h1 = The instructions are under the list of names.
srikandi-tindak-lanjut-instruksi-ok = The instruction is chosen.
srikandi-tindak-lanjut-instruksi-lain = That instruction does not fit. Click { srikandi-app-instruction-siapkan_bahan }.
srikandi-tindak-lanjut-kirim = Click { srikandi-app-follow-send }.
srikandi-tindak-lanjut-kirim-h1 = The { srikandi-app-follow-send } button is under the note box.
srikandi-tindak-lanjut-kirim-ok = The disposition went to Mr Dedi. He will see it in his own SRIKANDI.
srikandi-tindak-lanjut-refused-orang = No name is chosen yet. Click Dedi Kurniawan, then click { srikandi-app-follow-send }.
srikandi-tindak-lanjut-refused-instruksi = No instruction is chosen yet. Click { srikandi-app-instruction-siapkan_bahan }, then click { srikandi-app-follow-send }.
srikandi-tindak-lanjut-salah-orang = The disposition went to someone the Camat did not name. In an office, the task then stays undone. Click { lesson-restart-step }.
srikandi-tindak-lanjut-selesai-intro = Now the second disposition: the Posyandu meeting. You attended it yesterday.
    A disposition is not done until you report. You do it with { srikandi-app-follow-selesai }.
srikandi-tindak-lanjut-daftar = Click { srikandi-app-home }, then click the { srikandi-app-tile-tindak_lanjut } tile.
srikandi-tindak-lanjut-daftar-h1 = The { srikandi-app-home } button is at the top right.
srikandi-tindak-lanjut-daftar-ok = One disposition is left to do.
srikandi-tindak-lanjut-daftar-lain = That is another list. Click { srikandi-app-home }, then click { srikandi-app-tile-tindak_lanjut }.
srikandi-tindak-lanjut-rapat = Click the disposition "Undangan Rapat Koordinasi Posyandu".
srikandi-tindak-lanjut-rapat-h1 = There is only one row in this list.
srikandi-tindak-lanjut-rapat-ok = The deadline is tomorrow. There is still time.
srikandi-tindak-lanjut-penyelesaian = Click { srikandi-app-follow-selesai }.
srikandi-tindak-lanjut-penyelesaian-h1 = That choice is under { srikandi-app-follow-title }.
srikandi-tindak-lanjut-penyelesaian-ok = A box for a short report appears.
srikandi-tindak-lanjut-penyelesaian-lain = That is another choice. Click { srikandi-app-follow-selesai }.
srikandi-tindak-lanjut-laporan = Write a short report in that box, for example: Attended. 12 active Posyandu. Minutes to follow. Then click { srikandi-app-follow-send }.
srikandi-tindak-lanjut-laporan-h1 = Click the report box, then type one or two sentences.
srikandi-tindak-lanjut-laporan-h2 = Then click { srikandi-app-follow-send }.
srikandi-tindak-lanjut-laporan-ok = The disposition is done. The Camat reads your report in SRIKANDI.
srikandi-tindak-lanjut-tanpa-laporan = The report is empty. Write what was done, then click { srikandi-app-follow-send }.
srikandi-tindak-lanjut-q-laporan = What makes a good closing report?
srikandi-tindak-lanjut-q-laporan-a = Only the word "Sudah" (finished)
srikandi-tindak-lanjut-q-laporan-a-fb = Not quite. The Camat needs to know what was done and the result.
srikandi-tindak-lanjut-q-laporan-b = What was done and the result, in short
srikandi-tindak-lanjut-q-laporan-b-fb = Right. One or two sentences are enough.

## Lesson 5: An outgoing letter from the word processor
srikandi-naskah-keluar-title = An outgoing letter you wrote yourself
srikandi-naskah-keluar-summary = Upload the letter from the word processor and fill in its registration details.
srikandi-naskah-keluar-intro = In the Dokumen module you wrote an invitation in the word processor and saved it in the folder Surat Keluar 2025.
    That letter is not printed and not signed in ink. It is uploaded to SRIKANDI.
    The letter's number and signature come from SRIKANDI later. So in the word processor the number may stay empty.
srikandi-naskah-keluar-daftar = Click the { srikandi-app-tile-keluar } tile.
srikandi-naskah-keluar-daftar-h1 = That tile is on { srikandi-app-home }, in the bottom row.
srikandi-naskah-keluar-daftar-ok = This is the list of outgoing letters. It is still empty.
srikandi-naskah-keluar-daftar-lain = That is another list. Click { srikandi-app-home }, then click { srikandi-app-tile-keluar }.
srikandi-naskah-keluar-unggah = The letter is already written. Click { srikandi-app-new-upload }.
srikandi-naskah-keluar-unggah-h1 = The { srikandi-app-new-upload } button is under the title.
srikandi-naskah-keluar-unggah-ok = The laptop's folders appear.
srikandi-naskah-keluar-unggah-template = That starts a new letter from scratch. Open { srikandi-app-tile-keluar } again from { srikandi-app-home }, then click { srikandi-app-new-upload }.
srikandi-naskah-keluar-folder = Open the folder Surat Keluar 2025, then click the file 2025-07-08_Undangan_Rapat_Posyandu.docx.
srikandi-naskah-keluar-folder-h1 = First click the folder Surat Keluar 2025.
srikandi-naskah-keluar-folder-h2 = Then click the file that ends in .docx.
srikandi-naskah-keluar-folder-ok = The letter is uploaded. Now fill in its details.
srikandi-naskah-keluar-bukan-surat = That is a photo, not the letter. Click the file that ends in .docx.
srikandi-naskah-keluar-file-lain = That is another file. Click { lesson-restart-step }.
srikandi-naskah-keluar-jenis = The letter type is an invitation. Click { srikandi-app-jenis-undangan }.
srikandi-naskah-keluar-jenis-h1 = That choice is on the { srikandi-app-field-jenis } line.
srikandi-naskah-keluar-jenis-ok = The letter type is chosen.
srikandi-naskah-keluar-jenis-lain = This letter is an invitation. Click { srikandi-app-jenis-undangan }.
srikandi-naskah-keluar-sifat = Anyone may read this letter. On the { srikandi-app-field-sifat } line, click { srikandi-app-sifat-biasa }.
srikandi-naskah-keluar-sifat-h1 = The { srikandi-app-field-sifat } line is under { srikandi-app-field-jenis }.
srikandi-naskah-keluar-sifat-ok = The classification is chosen.
srikandi-naskah-keluar-sifat-lain = A meeting invitation is not secret. On the { srikandi-app-field-sifat } line, click { srikandi-app-sifat-biasa }.
srikandi-naskah-keluar-urgensi = The meeting is next week. On the { srikandi-app-field-urgensi } line, click { srikandi-app-urgensi-segera }.
srikandi-naskah-keluar-urgensi-h1 = The { srikandi-app-field-urgensi } line is under { srikandi-app-field-sifat }.
srikandi-naskah-keluar-urgensi-ok = The urgency is chosen.
srikandi-naskah-keluar-urgensi-lain = For this letter, on the { srikandi-app-field-urgensi } line click { srikandi-app-urgensi-segera }.
srikandi-naskah-keluar-klasifikasi = The archive code decides where the letter goes in the archive. For an invitation, click 005 Undangan.
srikandi-naskah-keluar-klasifikasi-h1 = That choice is on the { srikandi-app-field-klasifikasi } line. Your office has its own list of codes.
srikandi-naskah-keluar-klasifikasi-ok = The archive code is chosen.
srikandi-naskah-keluar-klasifikasi-lain = For an invitation the code is 005. Click 005 Undangan.
srikandi-naskah-keluar-tujuan = This letter is for the head of Mekarsari village. Under { srikandi-app-field-tujuan }, click Suparman, Kepala Desa Mekarsari.
srikandi-naskah-keluar-tujuan-h1 = Scroll down to { srikandi-app-field-tujuan }.
srikandi-naskah-keluar-tujuan-ok = The addressee is chosen.
srikandi-naskah-keluar-tujuan-lain = Not quite. Click { lesson-restart-step }.
srikandi-naskah-keluar-tembusan = The Camat should know. Under { srikandi-app-field-tembusan }, click Drs. Ahmad Fauzi, Camat Sukamaju.
srikandi-naskah-keluar-tembusan-h1 = { srikandi-app-field-tembusan } is under { srikandi-app-field-tujuan }.
srikandi-naskah-keluar-tembusan-ok = The copy is chosen.
srikandi-naskah-keluar-tembusan-lain = Not quite. Click { lesson-restart-step }.
srikandi-naskah-keluar-hal = Type the subject in the { srikandi-app-field-hal } box: Undangan Rapat Persiapan Posyandu. Then click { srikandi-app-save-draft }.
srikandi-naskah-keluar-hal-h1 = The { srikandi-app-field-hal } box is under the archive code.
srikandi-naskah-keluar-hal-h2 = The { srikandi-app-save-draft } button is at the bottom.
srikandi-naskah-keluar-hal-ok = The draft is saved with complete details.
srikandi-naskah-keluar-hal-kosong = The subject is empty. Type it in the { srikandi-app-field-hal } box, then click { srikandi-app-save-draft }.
srikandi-naskah-keluar-belum-lengkap = Some details are still empty. Click { lesson-restart-step }.
srikandi-naskah-keluar-q-nomor = Why is the letter's number not typed in the word processor?
srikandi-naskah-keluar-q-nomor-a = Because the number does not matter
srikandi-naskah-keluar-q-nomor-a-fb = Not quite. The number matters a lot for the archive.
srikandi-naskah-keluar-q-nomor-b = Because SRIKANDI gives the number, so no two letters share one
srikandi-naskah-keluar-q-nomor-b-fb = Right. You take it with { srikandi-app-take-number }. That is the next lesson.

## Lesson 6: Take a number and send to the reviewer
srikandi-ambil-nomor-title = Take a number and send to the reviewer
srikandi-ambil-nomor-summary = Take the letter's number, choose the reviewer and the signer, then send.
srikandi-ambil-nomor-intro = Your invitation is now a draft. Before it is signed, it is checked.
    The reviewer (verifikator) checks it and initials it. Usually the Sekretaris Camat.
    The signer (penandatangan) signs it electronically. For a district office's outgoing letter, usually the Camat.
srikandi-ambil-nomor-daftar = Click the { srikandi-app-tile-keluar } tile.
srikandi-ambil-nomor-daftar-h1 = That tile is on { srikandi-app-home }, in the bottom row.
srikandi-ambil-nomor-daftar-ok = The invitation draft is in the list.
srikandi-ambil-nomor-daftar-lain = That is another list. Click { srikandi-app-home }, then click { srikandi-app-tile-keluar }.
srikandi-ambil-nomor-buka = Click the draft "Undangan Rapat Persiapan Posyandu".
srikandi-ambil-nomor-buka-h1 = There is only one draft. Click its row.
srikandi-ambil-nomor-buka-ok = The draft is open. It has no number yet.
srikandi-ambil-nomor-nomor = Click { srikandi-app-take-number }.
srikandi-ambil-nomor-nomor-h1 = The { srikandi-app-take-number } button is at the bottom. Scroll down.
srikandi-ambil-nomor-nomor-ok = The letter has its number. No other letter will use it.
srikandi-ambil-nomor-verifikator = Under { srikandi-app-field-verifikator }, click Hendra Wijaya, Sekretaris Camat.
srikandi-ambil-nomor-verifikator-h1 = { srikandi-app-field-verifikator } is under the number.
srikandi-ambil-nomor-verifikator-ok = The reviewer is chosen.
srikandi-ambil-nomor-verifikator-lain = In this practice the reviewer is the Sekretaris Camat. Click Hendra Wijaya.
srikandi-ambil-nomor-penandatangan = Under { srikandi-app-field-penandatangan }, click Drs. Ahmad Fauzi, Camat Sukamaju.
srikandi-ambil-nomor-penandatangan-h1 = { srikandi-app-field-penandatangan } is under { srikandi-app-field-verifikator }.
srikandi-ambil-nomor-penandatangan-ok = The signer is chosen.
srikandi-ambil-nomor-penandatangan-lain = A district office's outgoing letter is signed by the Camat. Click Drs. Ahmad Fauzi.
srikandi-ambil-nomor-kirim = Click { srikandi-app-send-draft }.
srikandi-ambil-nomor-kirim-h1 = That blue button is at the bottom.
srikandi-ambil-nomor-kirim-ok = The letter went to the reviewer. Its status is now waiting for review.
srikandi-ambil-nomor-kirim-belum = Something is still empty. Read the red message at the top, then click { lesson-restart-step }.
srikandi-ambil-nomor-kirim-orang = The reviewer or the signer is not the right one. Click { lesson-restart-step }.
srikandi-ambil-nomor-q-verifikator = What does the reviewer do?
srikandi-ambil-nomor-q-verifikator-a = Checks the letter and initials it before it is signed
srikandi-ambil-nomor-q-verifikator-a-fb = Right. If something is missing, the letter comes back for revision.
srikandi-ambil-nomor-q-verifikator-b = Delivers the letter to the addressee
srikandi-ambil-nomor-q-verifikator-b-fb = Not quite. SRIKANDI itself sends the letter once it is signed.

## Lesson 7: Needs revision
srikandi-perbaikan-title = A letter sent back for revision
srikandi-perbaikan-summary = Read the reviewer's note, fix the letter, then send it again.
srikandi-perbaikan-intro = The Sekretaris Camat checked your invitation. It came back with the status { srikandi-app-draft-status-perlu_perbaikan }.
    This is normal. Read the note, fix the letter, then send it again.
srikandi-perbaikan-daftar = Click the { srikandi-app-tile-keluar } tile.
srikandi-perbaikan-daftar-h1 = That tile is on { srikandi-app-home }, in the bottom row.
srikandi-perbaikan-daftar-ok = Look at the status: { srikandi-app-draft-status-perlu_perbaikan }.
srikandi-perbaikan-daftar-lain = That is another list. Click { srikandi-app-home }, then click { srikandi-app-tile-keluar }.
srikandi-perbaikan-buka = Click that invitation draft.
srikandi-perbaikan-buka-h1 = There is only one draft. Click its row.
srikandi-perbaikan-buka-ok = The reviewer's note is at the top, in the yellow box.
srikandi-perbaikan-q-catatan = What does the reviewer ask for?
srikandi-perbaikan-q-catatan-a = A new letter number
srikandi-perbaikan-q-catatan-a-fb = Not quite. Read the { srikandi-app-verifier-note } again.
srikandi-perbaikan-q-catatan-b = To add the Sekretaris Camat as a copy
srikandi-perbaikan-q-catatan-b-fb = Right. That is the only change needed.
srikandi-perbaikan-q-catatan-c = To write a new letter from the start
srikandi-perbaikan-q-catatan-c-fb = Not quite. Only fix what was asked.
srikandi-perbaikan-tembusan = Under { srikandi-app-field-tembusan }, click Hendra Wijaya, Sekretaris Camat.
srikandi-perbaikan-tembusan-h1 = Scroll down to { srikandi-app-field-tembusan }.
srikandi-perbaikan-tembusan-ok = The Sekretaris Camat is now in the copies.
srikandi-perbaikan-tembusan-lain = Not quite. Click { lesson-restart-step }.
srikandi-perbaikan-kirim = Click { srikandi-app-send-draft }.
srikandi-perbaikan-kirim-h1 = That blue button is at the bottom.
srikandi-perbaikan-kirim-ok = The letter went back to the reviewer, fixed.
srikandi-perbaikan-kirim-belum = The letter went without the change asked for. The reviewer will send it back again. Click { lesson-restart-step }.
srikandi-perbaikan-kirim-kosong = Something is empty. Click { lesson-restart-step }.

## Lesson 8: Electronic signature
srikandi-tte-title = Electronic signature (TTE)
srikandi-tte-summary = Sign an internal memo with your passphrase, and refuse to give the passphrase away.
srikandi-tte-intro = A section head signs letters too, for example internal memos.
    You wrote a memo to the Sekretaris Camat asking for office supplies. It is waiting for your signature.
    An electronic signature (TTE) uses an electronic certificate from BSrE. A TTE is as valid as a signature in ink.
srikandi-tte-passphrase = To sign, you type your passphrase: a secret phrase of your own.
    The passphrase is like your signature. Never give it to anyone, not to a secretary, not to your superior.
    For this practice, the passphrase is: Melati2025
srikandi-tte-daftar = Click the { srikandi-app-tile-tanda_tangan } tile.
srikandi-tte-daftar-h1 = That tile is on { srikandi-app-home }. Its number is 1.
srikandi-tte-daftar-ok = The memo is waiting here.
srikandi-tte-daftar-lain = That is another list. Click { srikandi-app-home }, then click { srikandi-app-tile-tanda_tangan }.
srikandi-tte-buka = Click the memo "Permintaan Alat Tulis Kantor Seksi Pemerintahan".
srikandi-tte-buka-h1 = There is only one row. Click it.
srikandi-tte-buka-ok = The memo is open. There is also a message from the secretary.
srikandi-tte-sekretaris = The secretary asks for your passphrase. Answer the message.
srikandi-tte-sekretaris-h1 = A passphrase is never given to anyone.
srikandi-tte-sekretaris-h2 = Click { srikandi-app-secretary-refuse }.
srikandi-tte-sekretaris-ok = Right. Anyone who knows the passphrase can sign in your name.
srikandi-tte-sekretaris-diberikan = Do not give the passphrase. At the office, change your passphrase at once. Click { lesson-restart-step }.
srikandi-tte-mulai = Now sign it yourself. Click { srikandi-app-sign }.
srikandi-tte-mulai-h1 = The blue { srikandi-app-sign } button is under the secretary's message.
srikandi-tte-mulai-ok = The passphrase box appears.
srikandi-tte-tandatangan = Type the passphrase Melati2025, then click { srikandi-app-sign-confirm }.
srikandi-tte-tandatangan-h1 = Click the { srikandi-app-passphrase } box, then type Melati2025 (capital M).
srikandi-tte-tandatangan-h2 = Then click { srikandi-app-sign-confirm }.
srikandi-tte-tandatangan-ok = The memo is signed electronically.
srikandi-tte-gagal-kosong = The passphrase is not typed yet. Type Melati2025, then click { srikandi-app-sign-confirm }.
srikandi-tte-gagal-salah = The passphrase does not match yet. Type Melati2025 again carefully. Mind the capitals.
srikandi-tte-qr = Look at the QR box: it is still red. The signature is in, but the PDF shown is the old one.
    This happens often. The signature is not lost. Only the view needs refreshing.
srikandi-tte-perbarui = Click { srikandi-app-refresh-pdf }.
srikandi-tte-perbarui-h1 = The { srikandi-app-refresh-pdf } button is above the QR box.
srikandi-tte-perbarui-ok = The QR is green. The electronic signature is on the PDF.
srikandi-tte-q-minta = Your superior is away on duty. She phones and asks for your passphrase. What do you answer?
srikandi-tte-q-minta-a = Give it, because she is the superior
srikandi-tte-q-minta-a-fb = Not quite. The passphrase stays personal, towards a superior too.
srikandi-tte-q-minta-b = Refuse politely and sign it yourself
srikandi-tte-q-minta-b-fb = Right. You can sign by yourself from a laptop or a phone.

## Lesson 9: User not registered
srikandi-tidak-terdaftar-title = The message "User not registered"
srikandi-tidak-terdaftar-summary = Recognise a problem with the electronic certificate and know whom to contact.
srikandi-tidak-terdaftar-intro = Sometimes a TTE fails although the passphrase is right. The message "Pengguna tidak terdaftar" (user not registered) appears.
    Let us see that message in practice, so it does not surprise you at the office.
srikandi-tidak-terdaftar-daftar = Click the { srikandi-app-tile-tanda_tangan } tile.
srikandi-tidak-terdaftar-daftar-h1 = That tile is on { srikandi-app-home }.
srikandi-tidak-terdaftar-daftar-ok = The memo is waiting here.
srikandi-tidak-terdaftar-daftar-lain = That is another list. Click { srikandi-app-home }, then click { srikandi-app-tile-tanda_tangan }.
srikandi-tidak-terdaftar-buka = Click that memo.
srikandi-tidak-terdaftar-buka-h1 = There is only one row. Click it.
srikandi-tidak-terdaftar-buka-ok = The memo is open.
srikandi-tidak-terdaftar-mulai = Click { srikandi-app-sign }.
srikandi-tidak-terdaftar-mulai-h1 = That blue button is under the title.
srikandi-tidak-terdaftar-mulai-ok = The passphrase box appears.
srikandi-tidak-terdaftar-coba = Type the passphrase Melati2025, then click { srikandi-app-sign-confirm }.
srikandi-tidak-terdaftar-coba-h1 = Click the { srikandi-app-passphrase } box, type Melati2025, then click { srikandi-app-sign-confirm }.
srikandi-tidak-terdaftar-coba-ok = The message "User not registered" appears. Your passphrase is right. The problem is the certificate.
srikandi-tidak-terdaftar-coba-kosong = The passphrase is not typed yet. Type Melati2025, then click { srikandi-app-sign-confirm }.
srikandi-tidak-terdaftar-arti = It means: your electronic certificate is not registered, or it has expired.
    Trying again and again does not help. The passphrase need not be changed either.
    What to do: contact the TTE admin or the SRIKANDI operator at your office, or Diskominfo. The certificate is registered or renewed there.
    Do not ask someone else to sign with their account.
srikandi-tidak-terdaftar-q-lakukan = The message "User not registered" appears. What do you do?
srikandi-tidak-terdaftar-q-lakukan-a = Keep trying until it works
srikandi-tidak-terdaftar-q-lakukan-a-fb = Not quite. The problem is the certificate. Trying again does not change it.
srikandi-tidak-terdaftar-q-lakukan-b = Borrow a colleague's account to sign
srikandi-tidak-terdaftar-q-lakukan-b-fb = Not quite. A signature must be in your own name.
srikandi-tidak-terdaftar-q-lakukan-c = Contact the TTE admin or Diskominfo to register or renew the certificate
srikandi-tidak-terdaftar-q-lakukan-c-fb = Right. Once the certificate is active, sign again.
srikandi-tidak-terdaftar-q-qr = After signing worked, the QR on the PDF is still red. What does it mean?
srikandi-tidak-terdaftar-q-qr-a = The PDF shown is the old one. Click { srikandi-app-refresh-pdf }
srikandi-tidak-terdaftar-q-qr-a-fb = Right. Once refreshed, the QR turns green.
srikandi-tidak-terdaftar-q-qr-b = The signature failed and must be done again
srikandi-tidak-terdaftar-q-qr-b-fb = Not quite. The signature is in. Only the view is old.

## Lesson 10: Copies and the archive
srikandi-arsip-title = Copies and searching the archive
srikandi-arsip-summary = Read a copy and find an old letter with the search.
srikandi-arsip-intro = Finished letters are not lost. They are all kept in the SRIKANDI archive.
    No more digging through filing cabinets. Just type words from the letter's number, sender or subject.
    First the copies: letters for your information.
srikandi-arsip-tembusan = Click the { srikandi-app-tile-tembusan } tile.
srikandi-arsip-tembusan-h1 = That tile is on { srikandi-app-home }, at the right of the top row.
srikandi-arsip-tembusan-ok = There is one copy from BKPSDM.
srikandi-arsip-tembusan-lain = That is another list. Click { srikandi-app-home }, then click { srikandi-app-tile-tembusan }.
srikandi-arsip-baca = Click the circular "Jam Kerja ASN Selama Bulan Juli".
srikandi-arsip-baca-h1 = There is only one row. Click it.
srikandi-arsip-baca-ok = A copy is only read. It needs no follow-up.
srikandi-arsip-buka = The Camat asks for the Posyandu report for May. Click { srikandi-app-home }, then click the { srikandi-app-tile-arsip } tile.
srikandi-arsip-buka-h1 = The { srikandi-app-tile-arsip } tile is on { srikandi-app-home }, in the bottom row.
srikandi-arsip-buka-ok = This is the archive page, with a search box.
srikandi-arsip-buka-lain = That is another list. Click { srikandi-app-home }, then click { srikandi-app-tile-arsip }.
srikandi-arsip-cari = Type laporan posyandu in the search box, then click { srikandi-app-search }.
srikandi-arsip-cari-h1 = Click the white box under the title, then type laporan posyandu.
srikandi-arsip-cari-h2 = Then click { srikandi-app-search }.
srikandi-arsip-cari-ok = Found. The matching letter appears below.
srikandi-arsip-cari-kosong = Nothing matches. Type laporan posyandu in that box instead, then click { srikandi-app-search }.
srikandi-arsip-hasil = Click the letter "Laporan Kegiatan Posyandu Bulan Mei".
srikandi-arsip-hasil-h1 = It is under the search box.
srikandi-arsip-hasil-ok = The old letter is open, with its PDF and its history.
srikandi-arsip-hasil-lain = That is another letter. Click { lesson-restart-step }.
srikandi-arsip-q-kata = You look for a letter from Bappeda about population data. What do you type?
srikandi-arsip-q-kata-a = surat
srikandi-arsip-q-kata-a-fb = Not quite. The word "surat" (letter) is too general.
srikandi-arsip-q-kata-b = bappeda penduduk
srikandi-arsip-q-kata-b-fb = Right. Words from the sender and the subject find the right letter.

## Skill check
srikandi-uji-kemampuan-title = SRIKANDI Skill Check
srikandi-uji-kemampuan-summary = Do everyday SRIKANDI tasks without hints.
srikandi-uji-kemampuan-intro = This is the skill check. There are no hints. Work as you would at the office.
    Practice account: username 199005122015032001, password Srikandi#2025. Passphrase: Melati2025.
    You may retake this check any time.
srikandi-uji-kemampuan-masuk = Sign in to SRIKANDI.
srikandi-uji-kemampuan-masuk-ok = Signed in.
srikandi-uji-kemampuan-masuk-gagal = Not signed in yet. Try again.
srikandi-uji-kemampuan-pdf = There is a new invitation from the PMD Office. Open that letter and view its PDF.
srikandi-uji-kemampuan-pdf-ok = The letter is read.
srikandi-uji-kemampuan-teruskan = The Camat sent a disposition about that invitation. Do as it instructs.
srikandi-uji-kemampuan-teruskan-ok = The disposition is passed on.
srikandi-uji-kemampuan-teruskan-orang = The disposition went to someone the Camat did not name.
srikandi-uji-kemampuan-teruskan-belum = The disposition was not sent yet.
srikandi-uji-kemampuan-kirim = The draft "Undangan Musyawarah Desa" in the outgoing letters has no number yet. Give it one, then send it. The reviewer is the Sekretaris Camat, the signer is the Camat.
srikandi-uji-kemampuan-kirim-ok = The letter went to the reviewer.
srikandi-uji-kemampuan-kirim-belum = The letter was not sent yet.
srikandi-uji-kemampuan-kirim-orang = The letter went to another reviewer or signer.
srikandi-uji-kemampuan-sekretaris = A memo waits for your signature. Open it. There is a message from the secretary: answer it.
srikandi-uji-kemampuan-sekretaris-ok = The message is answered.
srikandi-uji-kemampuan-sekretaris-diberikan = The passphrase was given to someone else.
srikandi-uji-kemampuan-tte = Sign that memo.
srikandi-uji-kemampuan-tte-ok = The memo is signed.
srikandi-uji-kemampuan-tte-gagal = The signature did not work yet.
srikandi-uji-kemampuan-perbarui = Make sure the signature shows on the PDF.
srikandi-uji-kemampuan-perbarui-ok = The signature shows on the PDF.
srikandi-uji-kemampuan-q-terdaftar = A colleague gets the message "User not registered" when signing. What do you advise?
srikandi-uji-kemampuan-q-terdaftar-a = Try again with another passphrase
srikandi-uji-kemampuan-q-terdaftar-a-fb = Not quite. The problem is the certificate, not the passphrase.
srikandi-uji-kemampuan-q-terdaftar-b = Contact the TTE admin or Diskominfo about the certificate
srikandi-uji-kemampuan-q-terdaftar-b-fb = Right.
srikandi-uji-kemampuan-arsip = The Camat asks for the report on preparing the village head elections from March. Search the archive, then open the letter.
srikandi-uji-kemampuan-arsip-ok = The letter is found.
srikandi-uji-kemampuan-arsip-kosong = The search did not find the letter.
