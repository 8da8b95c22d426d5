# Module 3: Documents — practice in a pretend word processor, with pretend folders and files.
# File names, folder names, email addresses and passphrases are written as they are (the same in every language).
# The letter text in the scenarios (template fields, body) is written in the lesson files, in Indonesian.

dokumen-module-title = Documents
dokumen-module-summary = Type, format, save, print and send an official letter, then prepare it for SRIKANDI.

## Lesson 1: Typing
dokumen-mengetik-title = Typing in the word processor
dokumen-mengetik-summary = The cursor, capital letters, Enter and Backspace.
dokumen-mengetik-intro = Welcome to the Documents module.
    Letters, reports and minutes are made in a word processor. At the office this is usually Microsoft Word, LibreOffice Writer or WPS Office. They all work in a similar way.
    Here we practise in a pretend word processor. The white page in the middle is the paper.
    The blinking upright line is called the cursor. What you type appears where the cursor is. To move the cursor, click in the text.
dokumen-mengetik-tombol = Some important keys on the keyboard:
    Shift: hold it while pressing a letter to make a capital letter.
    Enter: starts a new line (a new paragraph).
    Backspace: deletes the letter to the left of the cursor.
    Delete: deletes the letter to the right of the cursor.
    The arrow keys move the cursor. End takes it to the end of the line, Home to the start.
dokumen-mengetik-backspace = The title on the page has a typo: "Pengumumann". There are two n's at the end.
    Click right after the last letter, then press Backspace once.
dokumen-mengetik-backspace-h1 = Click at the right end of the word Pengumumann. The blinking cursor moves there. Or: click in the word, then press the End key.
dokumen-mengetik-backspace-h2 = The Backspace key is at the top right of the keyboard, above Enter. Sometimes it shows an arrow pointing left (←). Press it just once.
dokumen-mengetik-backspace-ok = Well done! It now says "Pengumuman" ("Announcement"). Backspace deletes one letter to the left of the cursor.
dokumen-mengetik-backspace-delete = That was the Delete key. Delete removes the letter to the right of the cursor. That's all right. Click { lesson-restart-step } to try again with Backspace.
dokumen-mengetik-backspace-too-many = The whole word was deleted. That's all right. Type it again: Pengumumann (with two n's and a capital P). Then press Backspace once.
dokumen-mengetik-backspace-typed = A new letter was typed. That's all right. Press Backspace until it is gone, then delete the extra n as well.
dokumen-mengetik-enter = The cursor is now at the end of the title. Press Enter once to make a new line below it.
dokumen-mengetik-enter-h1 = Enter is the big key on the right side of the keyboard. Sometimes it shows a bent arrow (↵).
dokumen-mengetik-enter-h2 = Make sure the cursor is blinking right after the word Pengumuman. If not, click there. Then press Enter once.
dokumen-mengetik-enter-ok = The cursor moved to a new line. Every line ended with Enter is called a paragraph.
dokumen-mengetik-enter-typed = That letter went into the title line. That's all right. Delete it with Backspace, then press Enter first.
dokumen-mengetik-enter-split = The title was split into two lines, because the cursor was in the middle of the word. That's all right. Click { lesson-restart-step } to try again.
dokumen-mengetik-kalimat1 = Now type this sentence, exactly as written:
    Rapat staf hari Selasa pukul 09.00.
    (It means "Staff meeting on Tuesday at 09.00.") R and S are capital letters: hold Shift while pressing the letter. The sentence ends with a full stop. After the full stop, press Enter.
dokumen-mengetik-kalimat1-h1 = Hold Shift, press R, then let go of Shift. Type the rest as usual. The space bar is the long key at the bottom.
dokumen-mengetik-kalimat1-h2 = Type 09.00 as: zero, nine, full stop, zero, zero. The full stop key is at the bottom right, near the right Shift. After the last full stop, press Enter.
dokumen-mengetik-kalimat1-ok = Well done! The first sentence is finished, and the cursor is on a new line.
dokumen-mengetik-kalimat1-capital = A line does not start with a capital letter yet. That's all right. Click { lesson-restart-step }, then type again, holding Shift for the first letter.
dokumen-mengetik-kalimat1-words = Enter was pressed, but the sentence is not the same as the example yet. That's all right. Press Backspace once: the cursor goes back to the end of the sentence. Complete or correct it, then press Enter again.
dokumen-mengetik-kalimat1-extra-enter = There is an extra empty line. That's all right. Press Backspace once to remove it.
dokumen-mengetik-kalimat2 = Type the last sentence on this new line:
    Mohon hadir tepat waktu.
    (It means "Please be on time.") After the full stop, there is no need to press Enter.
dokumen-mengetik-kalimat2-h1 = The M at the start is a capital letter: hold Shift while pressing M. The sentence ends with a full stop.
dokumen-mengetik-kalimat2-h2 = If it doesn't work yet, check the whole page. There must be three lines: Pengumuman, then Rapat staf hari Selasa pukul 09.00. then Mohon hadir tepat waktu. Correct any wrong letter with Backspace.
dokumen-mengetik-kalimat2-ok = Done! All three lines are exactly the same as the example. You can now type, start new lines and delete letters.
dokumen-mengetik-kalimat2-enter = Enter made a new line that isn't needed. That's all right. Press Backspace once to remove it.
dokumen-mengetik-q-hapus = The cursor is right after a wrong letter. Which key deletes it?
dokumen-mengetik-q-hapus-a = Backspace
dokumen-mengetik-q-hapus-a-fb = Right. Backspace deletes the letter to the left of the cursor.
dokumen-mengetik-q-hapus-b = Delete
dokumen-mengetik-q-hapus-b-fb = Not quite. Delete removes the letter to the right of the cursor. The wrong letter is on the left, so use Backspace.
dokumen-mengetik-q-hapus-c = Enter
dokumen-mengetik-q-hapus-c-fb = Not quite. Enter starts a new line. To delete the letter left of the cursor, use Backspace.
dokumen-mengetik-q-kapital = How do you write one capital letter at the start of a sentence?
dokumen-mengetik-q-kapital-a = Press Caps Lock, then type the sentence
dokumen-mengetik-q-kapital-a-fb = Not quite. Caps Lock makes every letter a capital until you switch it off again. For one capital letter, hold Shift.
dokumen-mengetik-q-kapital-b = Hold Shift while pressing the letter
dokumen-mengetik-q-kapital-b-fb = Right. Let go of Shift after that letter, then type as usual.

## Lesson 2: Formatting
dokumen-format-title = Bold, size and alignment
dokumen-format-summary = Tidy up the title of a letter, then undo a mistake with Undo.
dokumen-format-intro = A title that is bold, a little bigger and centred makes a letter easy to read. The body of the letter stays in normal letters.
    It always works the same way: first select the text, then click the button.
    If you click the wrong thing, don't worry. The { dokumen-app-undo } button takes back the last step.
dokumen-format-pilih-cara = Selecting text means giving it a blue background. With the mouse: press the left mouse button just before the first letter and hold it. Move the mouse until just after the last letter. Then let go of the button.
dokumen-format-pilih = Select the word PENGUMUMAN on the top line. Press the left mouse button just before the letter P, hold it, move to just after the letter N, then let go.
dokumen-format-pilih-h1 = Put the mouse pointer just left of the letter P. Press the left mouse button and do not let go yet.
dokumen-format-pilih-h2 = Holding the button, move the mouse slowly to the right until just after the letter N, then let go. Or: double-click quickly on the word PENGUMUMAN.
dokumen-format-pilih-ok = The title is selected: its background is blue. The buttons you click next work on this title only.
dokumen-format-pilih-all = All the text is selected, because that was the { dokumen-app-select-all } button. That's all right. Click once on the page, then select only the word PENGUMUMAN.
dokumen-format-pilih-other = The blue part is not exactly the word PENGUMUMAN yet. That's all right. Click once on the page and try again. Another way: double-click quickly on the word PENGUMUMAN.
dokumen-format-pilih-kata = Another way to select one word: double-click quickly on it. Try double-clicking on the word Selasa.
dokumen-format-pilih-kata-h1 = The word Selasa is on the second line. Put the mouse pointer over it.
dokumen-format-pilih-kata-h2 = Click twice quickly, without moving the mouse. The word Selasa gets a blue background.
dokumen-format-pilih-kata-ok = The word Selasa is selected. A double click selects one word.
dokumen-format-pilih-kata-other = The selection is not the word Selasa yet. That's all right. Double-click quickly right on the word Selasa.
dokumen-format-pilih-baris = To select a whole line, click three times quickly. Try triple-clicking on the bottom line, Sekretaris Kecamatan Sukamaju.
dokumen-format-pilih-baris-h1 = The bottom line reads Sekretaris Kecamatan Sukamaju. Put the mouse pointer over it.
dokumen-format-pilih-baris-h2 = Click three times quickly, without moving the mouse. The whole line gets a blue background.
dokumen-format-pilih-baris-ok = The whole line is selected. A triple click selects one line.
dokumen-format-pilih-baris-other = The selection is not the whole bottom line yet. That's all right. Click three times quickly on the line Sekretaris Kecamatan Sukamaju.
dokumen-format-pilih-papan-ketik = You can also select with the keyboard. Click just before the first letter. Hold the Shift key, then press the right arrow key. Each press adds one more letter to the selection.
    It works the same way in Microsoft Word, WPS Office and LibreOffice.
dokumen-format-tebal = Now click the { dokumen-app-bold } button.
dokumen-format-tebal-h1 = The { dokumen-app-bold } button shows a thick letter B, in the row of buttons above the page.
dokumen-format-tebal-h2 = Make sure the title still has a blue background, then click the B (Bold) button once.
dokumen-format-tebal-ok = The title is now bold.
dokumen-format-tebal-off = The bold went away instead. That's all right. Click the { dokumen-app-bold } button once more.
dokumen-format-tebal-other = What became bold is not the title. That's all right. Click { lesson-restart-step }. Then select the title first, and only then click { dokumen-app-bold }.
dokumen-format-tebal-wrong-button = That was another button, not Bold. That's all right. Look for the button with the letter B.
dokumen-format-ukuran = Make the title a little bigger: size 14. Click the Font size box, then choose 14.
dokumen-format-ukuran-h1 = The number 12 in the row of buttons is the current font size. The title must stay selected.
dokumen-format-ukuran-h2 = Click the Font size box (the one showing 12), then click the number 14 in the list that opens.
dokumen-format-ukuran-ok = The title is now size 14. The body stays at 12, the usual size.
dokumen-format-ukuran-value = The size changed, but it is not 14 yet. That's all right. Click the Font size box again and choose 14.
dokumen-format-ukuran-other = The size changed for other text, not the title. That's all right. Click { lesson-restart-step }. Then select the title first, and only then choose size 14.
dokumen-format-ukuran-wrong-button = That was another button. Look for the Font size box, the one showing a number.
dokumen-format-tengah = Put the title in the centre. Click the { dokumen-app-align-center } button.
dokumen-format-tengah-h1 = There are four alignment buttons side by side: align left, centre, align right and justify. They show little lines.
dokumen-format-tengah-h2 = Click the second of those four, { dokumen-app-align-center }: its lines are in the middle.
dokumen-format-tengah-ok = The title is centred. Bold, size 14, centred: a tidy title.
dokumen-format-tengah-value = The title moved, but not to the centre. That's all right. Click the { dokumen-app-align-center } button, the second of the four alignment buttons.
dokumen-format-tengah-other = Another line moved, not the title. That's all right. Click { lesson-restart-step }. Then click in the title and click { dokumen-app-align-center }.
dokumen-format-tengah-wrong-button = That was another button. Look for the four buttons with little lines, then click { dokumen-app-align-center }.
dokumen-format-urungkan-intro = Sometimes we click the wrong thing. No need to worry.
    The { dokumen-app-undo } button takes back the last step. On the keyboard: hold Ctrl, then press Z.
    If you undid too much, the { dokumen-app-redo } button brings it back.
    Let's try it now. We'll make a "mistake" on purpose, then take it back.
dokumen-format-pilih-semua = Click the { dokumen-app-select-all } button. All the text on the page will be selected.
dokumen-format-pilih-semua-h1 = The { dokumen-app-select-all } button is in the row of buttons above the page, near the { dokumen-app-bold } button.
dokumen-format-pilih-semua-h2 = Click the { dokumen-app-select-all } button once. All the text gets a blue background.
dokumen-format-pilih-semua-ok = All the text is selected.
dokumen-format-pilih-semua-other = Only part of the text is selected. Click the { dokumen-app-select-all } button.
dokumen-format-tebal-semua = Now click { dokumen-app-bold }, and see what happens.
dokumen-format-tebal-semua-h1 = The { dokumen-app-bold } button shows the letter B.
dokumen-format-tebal-semua-h2 = Make sure all the text still has a blue background, then click the B (Bold) button.
dokumen-format-tebal-semua-ok = All the text is bold. The letter is hard to read now. That is our "mistake".
dokumen-format-tebal-semua-off = The bold went away from all the text, the title too. That's all right. Click { dokumen-app-bold } once more.
dokumen-format-tebal-semua-wrong-button = That was another button. That's all right. Look for the button with the letter B and click it.
dokumen-format-urungkan = Take that mistake back. Click the { dokumen-app-undo } button.
dokumen-format-urungkan-h1 = The { dokumen-app-undo } button is in the row of buttons, next to the { dokumen-app-redo } button.
dokumen-format-urungkan-h2 = Click the { dokumen-app-undo } button once. On the keyboard you can also hold Ctrl and press Z.
dokumen-format-urungkan-ok = The last step was taken back. Each click on { dokumen-app-undo } takes back one step.
dokumen-format-urungkan-bold = The bold changed again, because that was the { dokumen-app-bold } button. That's all right. To take a step back, click the { dokumen-app-undo } button.
dokumen-format-urungkan-redo = That was the { dokumen-app-redo } button. Redo brings back what was just undone. To take a step back, click the { dokumen-app-undo } button.
dokumen-format-q-urungkan = You deleted a paragraph by accident. What is quickest?
dokumen-format-q-urungkan-a = Type the paragraph again
dokumen-format-q-urungkan-a-fb = Not quite. It works, but it takes long. Click { dokumen-app-undo } or press Ctrl+Z: the paragraph comes back.
dokumen-format-q-urungkan-b = Click { dokumen-app-undo }, or press Ctrl+Z
dokumen-format-q-urungkan-b-fb = Right. The deleted paragraph comes back as it was.
dokumen-format-q-urungkan-c = Close the word processor without saving
dokumen-format-q-urungkan-c-fb = Not quite. Everything not yet saved may be lost too. Just click { dokumen-app-undo }.
dokumen-format-q-pilih = You want to make one word bold. What do you do first?
dokumen-format-q-pilih-a = Select that word
dokumen-format-q-pilih-a-fb = Right. Select first, then click { dokumen-app-bold }.
dokumen-format-q-pilih-b = Click { dokumen-app-bold }, then select the word
dokumen-format-q-pilih-b-fb = Not quite. Bold without a selection only applies to what you type next. Select the word first, then click { dokumen-app-bold }.

## Lesson 3: Saving
dokumen-simpan-title = Saving with a clear name
dokumen-simpan-summary = Save As in the right folder, with a name that is easy to find, not "Dokumen1".
dokumen-simpan-intro = Pak Budi finished typing a meeting invitation. He clicked Save, then clicked Save again in the window that appeared, without reading it.
    The letter was saved as "Dokumen1", in some folder or other.
    The next week the Secretary asked for that letter. The laptop had Dokumen1, Dokumen2, Tanpa Judul ("Untitled")... Which one is it?
    To avoid that, use Save As: choose the right folder, then give a clear name.
dokumen-simpan-nama = A good file name:
    Starts with the date of the letter, in the order year-month-day: 2025-05-20. That way the files sort themselves by date.
    Then the subject, short: Undangan_Rapat ("Meeting_Invitation"). Use an underscore _ or a hyphen - instead of spaces.
    Don't use the signs / \ : * ? " < > | because the computer refuses them.
    Save it in the matching folder, for example "Surat Keluar 2025" ("Outgoing Letters 2025").
    If your office has its own naming rules, follow them.
dokumen-simpan-q-nama = Which file name is easiest to find again?
dokumen-simpan-q-nama-a = Dokumen1
dokumen-simpan-q-nama-a-fb = Not quite. Every new document is called Dokumen1. Nobody can tell what is in it from the name.
dokumen-simpan-q-nama-b = surat rapat ("meeting letter")
dokumen-simpan-q-nama-b-fb = Not quite. Which meeting, what date? Add the date.
dokumen-simpan-q-nama-c = 2025-05-20_Undangan_Rapat
dokumen-simpan-q-nama-c-fb = Right. You can read the date and the subject at once.
dokumen-simpan-dialog = Look at the title at the top: this document is still called "Dokumen1". Click the { dokumen-app-save-as } button.
dokumen-simpan-dialog-h1 = The { dokumen-app-save-as } button is in the top row of buttons, near the { dokumen-app-save } button.
dokumen-simpan-dialog-h2 = Click the { dokumen-app-save-as } button once. A window opens over the page.
dokumen-simpan-dialog-ok = The { dokumen-app-save-as-title } window is open. On the left is the list of folders. Below is the { dokumen-app-file-name } box.
dokumen-simpan-dialog-pdf = That was Export PDF. We'll learn about PDF later. Click { dokumen-app-cancel } in that window, then click { dokumen-app-save-as }.
dokumen-simpan-dialog-open = That is the { dokumen-app-open-title } window, for opening files. Click { dokumen-app-cancel }, then click { dokumen-app-save-as }.
dokumen-simpan-dialog-print = That is the { dokumen-app-print-title } window. Click { dokumen-app-cancel }, then click { dokumen-app-save-as }.
dokumen-simpan-folder = Choose where to save it. Click the folder "Surat Keluar 2025".
dokumen-simpan-folder-h1 = The list of folders is on the left side of the { dokumen-app-save-as-title } window.
dokumen-simpan-folder-h2 = Click "Surat Keluar 2025" once. Careful: don't mix it up with "Surat Masuk 2025" (incoming letters).
dokumen-simpan-folder-ok = The folder Surat Keluar 2025 is open. Other letters with tidy names are already there.
dokumen-simpan-folder-masuk = That is "Surat Masuk 2025", for letters we receive. We are sending this letter. Click "Surat Keluar 2025".
dokumen-simpan-folder-other = That is another folder. Click "Surat Keluar 2025" in the list of folders.
dokumen-simpan-folder-saved-early = The letter was saved, but the folder wasn't chosen yet. That's all right. Click { dokumen-app-save-as } again, then click the folder "Surat Keluar 2025".
dokumen-simpan-nama-file = Click the { dokumen-app-file-name } box. Delete "Dokumen1", then type:
    2025-05-20_Undangan_Rapat
    Then click the { dokumen-app-save } button in that window.
dokumen-simpan-nama-file-h1 = Click in the { dokumen-app-file-name } box, then press Backspace until it is empty. For the underscore _, hold Shift and press the hyphen key, to the right of the 0 key.
dokumen-simpan-nama-file-h2 = Type exactly: 2025-05-20_Undangan_Rapat. The ending .docx is added for you. Then click the { dokumen-app-save } button at the bottom right of the window.
dokumen-simpan-nama-file-ok = Saved! Look at the title at the top: it now says 2025-05-20_Undangan_Rapat.docx. Anyone can guess what is in it.
dokumen-simpan-refused-empty = The { dokumen-app-file-name } box is still empty. Type 2025-05-20_Undangan_Rapat, then click { dokumen-app-save }.
dokumen-simpan-refused-character = That name uses a sign the computer refuses, such as / or :. That's all right. Use hyphens - between the numbers of the date: 2025-05-20_Undangan_Rapat.
dokumen-simpan-saved-default = The letter was saved with a name like "Dokumen1". Names like that are hard to find again. That's all right. Click { dokumen-app-save-as } again and type a clear name.
dokumen-simpan-saved-pdf = The letter was saved as a PDF. For a letter you may still change, choose Word (.docx). Click { lesson-restart-step } to try again.
dokumen-simpan-saved-name = The folder is right, but the name isn't exactly the same yet. That's all right. Click { dokumen-app-save-as } again and type: 2025-05-20_Undangan_Rapat
dokumen-simpan-saved-folder = The letter was saved in another folder. That's all right. Click { dokumen-app-save-as } again, choose the folder "Surat Keluar 2025", then save.
dokumen-simpan-lagi-intro = Now the letter has a name and a place.
    When you change it later, just click { dokumen-app-save }. It is saved in the same place, without asking again.
    Save As is for saving under a new name or in another folder.
    Make a habit of clicking Save every few minutes, so your typing isn't lost if the power goes out.
dokumen-simpan-lagi = Try it now: click the { dokumen-app-save } button.
dokumen-simpan-lagi-h1 = The { dokumen-app-save } button is in the top row of buttons.
dokumen-simpan-lagi-h2 = Click the { dokumen-app-save } button once, not Save As. No window appears.
dokumen-simpan-lagi-ok = Saved in the same place: folder Surat Keluar 2025, name 2025-05-20_Undangan_Rapat.docx.
dokumen-simpan-lagi-dialog = That opened the { dokumen-app-save-as-title } window again. Click { dokumen-app-cancel }, then click the { dokumen-app-save } button.
dokumen-simpan-lagi-other = The letter was saved under another name or in another folder. That's all right. To save in the same place, just click the { dokumen-app-save } button.
dokumen-simpan-q-tanda = May a file be named "Undangan 20/05/2025"?
dokumen-simpan-q-tanda-a = Yes
dokumen-simpan-q-tanda-a-fb = Not quite. The sign / is refused, because the computer uses it to separate folders. Write the date as 2025-05-20.
dokumen-simpan-q-tanda-b = No. Write the date as 2025-05-20
dokumen-simpan-q-tanda-b-fb = Right. Hyphens are safe, and the files sort by date.
dokumen-simpan-q-beda = What is the difference between Save and Save As?
dokumen-simpan-q-beda-a = Save saves in the same place. Save As chooses a new name and folder
dokumen-simpan-q-beda-a-fb = Right. For a new letter, use Save As. After that, Save is enough.
dokumen-simpan-q-beda-b = They are the same
dokumen-simpan-q-beda-b-fb = Not quite. Save As always asks for a name and folder. Save saves where the file already is.
dokumen-simpan-q-beda-c = Save As is only for PDF
dokumen-simpan-q-beda-c-fb = Not quite. Save As works for .docx and for PDF. It is for choosing the name and folder.

## Lesson 4: Finding a file again
dokumen-cari-title = Finding a file again
dokumen-cari-summary = Open a file from Recent Documents, from its folder, or with the Search box.
dokumen-cari-intro = A saved file is opened again with the { dokumen-app-open } button. There are three ways to find it:
    1. Recent Documents: files you worked on lately. The newest is at the top.
    2. Folder: open the folder, then choose the file.
    3. Search: type part of the file name. This is where a clear name helps most.
dokumen-cari-buka-h1 = The { dokumen-app-open } button is in the top row of buttons.
dokumen-cari-buka-h2 = Click the { dokumen-app-open } button once. The { dokumen-app-open-title } window appears.
dokumen-cari-buka-save = That is the window for saving. Click { dokumen-app-cancel }, then click the { dokumen-app-open } button.
dokumen-cari-buka1 = Click the { dokumen-app-open } button.
dokumen-cari-buka1-ok = The { dokumen-app-open-title } window is open. There are { dokumen-app-recent }, the list of folders, and the { dokumen-app-search } box.
dokumen-cari-terakhir = Open the meeting invitation you saved yesterday. Click its name under Recent Documents:
    2025-05-20_Undangan_Rapat.docx
dokumen-cari-terakhir-h1 = { dokumen-app-recent } is in the { dokumen-app-open-title } window. The newest file is at the top.
dokumen-cari-terakhir-h2 = Click the first line under Recent Documents: 2025-05-20_Undangan_Rapat.docx.
dokumen-cari-terakhir-ok = The letter is open. The title at the top changed to that file's name.
dokumen-cari-terakhir-other-way = The right letter is open. This time, try it through Recent Documents: click { dokumen-app-open } again, then click the first line under Recent Documents.
dokumen-cari-terakhir-other = That is another file. That's all right. Click { dokumen-app-open } again, then click the first line under Recent Documents.
dokumen-cari-buka2 = Now find the April report. It isn't in Recent Documents. Click { dokumen-app-open } again.
dokumen-cari-folder = Monthly reports are kept in the folder Laporan ("Reports"). Click the folder Laporan.
dokumen-cari-folder-h1 = The list of folders is on the left side of the { dokumen-app-open-title } window.
dokumen-cari-folder-h2 = Click the folder Laporan once.
dokumen-cari-folder-ok = The contents of Laporan are shown. Because the names start with a date, the files are in date order.
dokumen-cari-folder-other = That is another folder. Click the folder Laporan in the list of folders.
dokumen-cari-april = Open the April report: 2025-04-30_Laporan_Bulanan_April.docx
dokumen-cari-april-h1 = Look for the name ending in "April" in the list of files in Laporan.
dokumen-cari-april-h2 = Click the file name 2025-04-30_Laporan_Bulanan_April.docx to open it.
dokumen-cari-april-ok = The April report is open.
dokumen-cari-april-other = That is another month's report. That's all right. Click { lesson-restart-step }, then open the file ending in April from the folder Laporan.
dokumen-cari-buka3 = Last, the Search way. Click { dokumen-app-open } once more.
dokumen-cari-search = You need the Musrenbang (development planning meeting) minutes, but you forgot which folder they are in. Click the Search box, type Notulen ("minutes"), then click the file that appears.
dokumen-cari-search-h1 = The { dokumen-app-search } box is in the { dokumen-app-open-title } window. Just type part of the file name. Capital or small letters don't matter.
dokumen-cari-search-h2 = Type Notulen in the Search box. Then click the file 2025-03-12_Notulen_Musrenbang.docx in the results.
dokumen-cari-search-ok = Found it! The file was in the { disk-folder-dokumen } folder. The Search box looks in every folder at once.
dokumen-cari-search-none = No file matches yet. Check the spelling in the Search box: Notulen. Delete wrong letters with Backspace.
dokumen-cari-search-other-way = The minutes are open. This time, try it with the { dokumen-app-search } box. Click { lesson-restart-step } to try again.
dokumen-cari-search-other = That is another file. That's all right. Click { lesson-restart-step }. Then type Notulen in the box "{ dokumen-app-search }" and click the file that appears.
dokumen-cari-q-lupa = You remember the file name contains "Musrenbang", but you forgot the folder. What is quickest?
dokumen-cari-q-lupa-a = Open every folder one by one
dokumen-cari-q-lupa-a-fb = Not quite. It works, but it takes long. Type Musrenbang in the Search box.
dokumen-cari-q-lupa-b = Type Musrenbang in the Search box
dokumen-cari-q-lupa-b-fb = Right. The Search box looks in every folder at once.
dokumen-cari-q-lupa-c = Type the letter again
dokumen-cari-q-lupa-c-fb = Not quite. The file is still there; it just needs finding. Type Musrenbang in the Search box.
dokumen-cari-q-terakhir = Where do you find the file you worked on yesterday most quickly?
dokumen-cari-q-terakhir-a = In Recent Documents
dokumen-cari-q-terakhir-a-fb = Right. Files you worked on lately are at the top.
dokumen-cari-q-terakhir-b = In the { disk-folder-unduhan } folder
dokumen-cari-q-terakhir-b-fb = Not quite. Downloads holds files downloaded from the internet or email. Look in Recent Documents.

## Lesson 5: An official letter from the template
dokumen-surat-dinas-title = Writing an official letter from the template
dokumen-surat-dinas-summary = Learn the parts of an official letter, then write the body of an invitation for the Camat to sign.
dokumen-surat-dinas-intro = The Camat asks you to prepare a letter inviting the Head of Mekarsari Village to a health post (posyandu) meeting. You write the draft. The Camat signs it.
    The letter template is open. The letterhead, the number from the register, the subject, the addressee and the signature are filled in. The empty part is the body of the letter. The body is what you write.
    The full rules are in your region's official correspondence guide (pedoman tata naskah dinas), which follows Permendagri Number 1 of 2023. Follow that guide.
dokumen-surat-dinas-atas = The top of an official letter, from top to bottom:
    Letterhead (kop surat): the name of the local government, the office and its address.
    Place and date: for example Sukamaju, 20 Mei 2025.
    Nomor (number): from the register book or the office's letter system, never made up. The figures in front are the archive classification code, for example 400.7 for health matters.
    Sifat (classification): how confidential the letter is: Biasa (ordinary), Terbatas (restricted), Rahasia (confidential) or Sangat Rahasia (secret). An invitation is usually Biasa. Segera and Sangat Segera (urgent) are not a Sifat. They are the speed of delivery, written separately when needed.
    Lampiran (enclosures): how many documents are enclosed. If none, write a hyphen -
    Hal (subject): what the letter is about, in short. For example: Undangan Rapat Koordinasi Posyandu.
dokumen-surat-dinas-bawah = The next parts:
    Yth. (to): the recipient's position, not the person's name. For example: Kepala Desa Mekarsari (Head of Mekarsari Village).
    Body: opening, content and closing.
    Signature: position, full name and NIP (18 digits) of the official who signs. Here the Camat of Sukamaju, not you.
    Tembusan (copies to): others who need to know, for example Kepala Puskesmas Sukamaju (head of the health centre). If none, write a hyphen -
dokumen-surat-dinas-q-yth = This letter is for a village head. What goes after Yth.?
dokumen-surat-dinas-q-yth-a = Kepala Desa Mekarsari
dokumen-surat-dinas-q-yth-a-fb = Right. Official letters are addressed to a position. If the village head changes, the letter still reaches the right person.
dokumen-surat-dinas-q-yth-b = Bapak Slamet
dokumen-surat-dinas-q-yth-b-fb = Not quite. Official letters are addressed to a position, not a person's name. Write: Kepala Desa Mekarsari.
dokumen-surat-dinas-q-yth-c = Desa Mekarsari
dokumen-surat-dinas-q-yth-c-fb = Not quite. Yth. addresses the person holding a position, not the village. Write the position: Kepala Desa Mekarsari.
dokumen-surat-dinas-periksa1 = Click the { dokumen-app-check-letter } button to see which part is not filled in yet.
dokumen-surat-dinas-periksa1-h1 = The { dokumen-app-check-letter } button is above the letter template.
dokumen-surat-dinas-periksa1-h2 = Click the { dokumen-app-check-letter } button once. The parts not filled in will be named.
dokumen-surat-dinas-periksa1-ok = Only the { dokumen-app-field-isi } is still empty. Let's write it now, a little at a time.
dokumen-surat-dinas-periksa1-save = The letter isn't complete yet, so there's no need to save it. Click { dokumen-app-cancel }, then click { dokumen-app-check-letter }.
dokumen-surat-dinas-tiga-bagian = The body of an official letter has three parts:
    Opening: a greeting and the reason for the letter. For example: Dengan hormat, or: Sehubungan dengan persiapan posyandu bulan Juni,
    Content: what the event is, the day and date, what time, and where.
    Closing: for example: Demikian, atas perhatian Saudara kami ucapkan terima kasih.
    You may use your own words.
dokumen-surat-dinas-pembuka = Click in the { dokumen-app-field-isi } box, then type the opening. For example: Dengan hormat,
dokumen-surat-dinas-pembuka-h1 = The { dokumen-app-field-isi } box is the large box below Yth. Click inside it, then start typing.
dokumen-surat-dinas-pembuka-h2 = Type two words: Dengan hormat, then a comma.
dokumen-surat-dinas-pembuka-ok = The opening is there.
dokumen-surat-dinas-inti = Now type the content after the opening: the posyandu coordination meeting, Tuesday 27 May 2025, at 09.00 WIB, in the hall of the Sukamaju district office.
dokumen-surat-dinas-inti-h1 = Go on in the same box, after Dengan hormat. For example: kami mengundang Saudara hadir dalam rapat koordinasi posyandu ...
dokumen-surat-dinas-inti-h2 = Say what the event is, its day and date, the time and the place. At least eight words.
dokumen-surat-dinas-inti-ok = The content is there. If you still want to write more, finish your sentence first.
dokumen-surat-dinas-penutup = Last, type the closing at the end of the body. For example: Demikian, atas perhatian Saudara kami ucapkan terima kasih.
dokumen-surat-dinas-penutup-h1 = Click at the end of the writing in the { dokumen-app-field-isi } box. Press Enter for a new line.
dokumen-surat-dinas-penutup-h2 = Type a sentence that starts with Demikian, or that says terima kasih (thank you).
dokumen-surat-dinas-penutup-ok = The closing is there. The body is complete: opening, content and closing.
dokumen-surat-dinas-periksa2 = Click the { dokumen-app-check-letter } button again.
dokumen-surat-dinas-periksa2-h1 = The { dokumen-app-check-letter } button is above the letter template.
dokumen-surat-dinas-periksa2-h2 = Click the { dokumen-app-check-letter } button once. If something is missing, the message says what.
dokumen-surat-dinas-isi-ok = The letter is complete! This draft is ready for your superior's initials and the Camat's signature.
dokumen-surat-dinas-missing-tempat-tanggal = The place and date box is empty. Type: Sukamaju, 20 Mei 2025. Then click { dokumen-app-check-letter } again.
dokumen-surat-dinas-missing-nomor = The { dokumen-app-field-nomor } box is empty. Type it again: 400.7/112/Kec.Skj/2025. Then click { dokumen-app-check-letter } again.
dokumen-surat-dinas-missing-sifat = The { dokumen-app-field-sifat } box is empty. Type: Biasa. Then click { dokumen-app-check-letter } again.
dokumen-surat-dinas-missing-lampiran = The { dokumen-app-field-lampiran } box is empty. This letter has no enclosures, so type a hyphen: -
dokumen-surat-dinas-missing-hal = The { dokumen-app-field-hal } box is empty. Type the subject: Undangan Rapat Koordinasi Posyandu. Then click { dokumen-app-check-letter } again.
dokumen-surat-dinas-missing-yth = The Yth. box is empty. Type the recipient's position: Kepala Desa Mekarsari. Then click { dokumen-app-check-letter } again.
dokumen-surat-dinas-missing-isi = The { dokumen-app-field-isi } is still empty. That's all right. Click in the { dokumen-app-field-isi } box and write the body.
dokumen-surat-dinas-missing-ttd = The signer's position or name is empty. Type the position: Camat Sukamaju, and the name: Drs. Ahmad Fauzi, M.Si.
dokumen-surat-dinas-missing-nip = The NIP is empty or not 18 digits. Type the signer's NIP: 197003151995031002
dokumen-surat-dinas-missing-tembusan = The { dokumen-app-field-tembusan } box is empty. Type: Kepala Puskesmas Sukamaju. Then click { dokumen-app-check-letter } again.
dokumen-surat-dinas-no-opening = The letter has no opening yet. Click at the start of the { dokumen-app-field-isi } box, then type: Dengan hormat,
dokumen-surat-dinas-no-content = The body is still too short. Add what the event is, the day, date, time and place.
dokumen-surat-dinas-no-closing = The letter has no closing yet. Click at the end of the writing, then type: Demikian, atas perhatian Saudara kami ucapkan terima kasih.
dokumen-surat-dinas-q-lampiran = This letter encloses nothing. What goes in Lampiran?
dokumen-surat-dinas-q-lampiran-a = Leave it empty
dokumen-surat-dinas-q-lampiran-a-fb = Not quite. An empty box makes the reader wonder: was it forgotten? Write a hyphen -
dokumen-surat-dinas-q-lampiran-b = A hyphen -
dokumen-surat-dinas-q-lampiran-b-fb = Right. A hyphen means there really is no enclosure.
dokumen-surat-dinas-q-hal = Which Hal (subject) is best?
dokumen-surat-dinas-q-hal-a = Surat ("Letter")
dokumen-surat-dinas-q-hal-a-fb = Not quite. Too general. The subject names what the letter is about, for example Undangan Rapat Koordinasi Posyandu.
dokumen-surat-dinas-q-hal-b = Undangan Rapat Koordinasi Posyandu ("Invitation to the health post coordination meeting")
dokumen-surat-dinas-q-hal-b-fb = Right. Short, and its content is clear at once.
dokumen-surat-dinas-q-hal-c = Dengan hormat, kami mengundang Saudara untuk hadir dalam rapat ("Respectfully, we invite you to attend the meeting")
dokumen-surat-dinas-q-hal-c-fb = Not quite. That is a sentence from the body. The subject is just the topic, for example Undangan Rapat Koordinasi Posyandu.

## Lesson 6: PDF
dokumen-pdf-title = Saving as PDF
dokumen-pdf-summary = Export the letter to PDF and check the file size.
dokumen-pdf-intro = A .docx letter can look different on another computer: the font changes, the signature is pushed onto the next page. The recipient can also change its content.
    A PDF looks the same on every computer and phone, and is not easy to change. That is why letters that are sent or uploaded are usually PDFs.
    Keep the .docx file as well, so the letter can still be corrected.
dokumen-pdf-ekspor = Click the { dokumen-app-export-pdf } button.
dokumen-pdf-ekspor-h1 = The { dokumen-app-export-pdf } button is in the top row of buttons.
dokumen-pdf-ekspor-h2 = Click the { dokumen-app-export-pdf } button once. The save window opens with PDF chosen.
dokumen-pdf-ekspor-ok = The save window is open. Look: the file type is already PDF.
dokumen-pdf-ekspor-docx = That is the { dokumen-app-save-as-title } window for .docx. That's all right. Click { dokumen-app-cancel }, then click { dokumen-app-export-pdf }.
dokumen-pdf-ekspor-print = That is the { dokumen-app-print-title } window. Click { dokumen-app-cancel }, then click { dokumen-app-export-pdf }.
dokumen-pdf-simpan = Make sure the folder "Surat Keluar 2025" is chosen and the name is 2025-05-20_Undangan_Rapat. Then click { dokumen-app-save }.
dokumen-pdf-simpan-h1 = The PDF should have the same name as the letter. Only the ending differs: .pdf.
dokumen-pdf-simpan-h2 = If another folder is chosen, click "Surat Keluar 2025" on the left. Then click the { dokumen-app-save } button at the bottom right of the window.
dokumen-pdf-simpan-ok = The PDF is saved next to its .docx file. Both are easy to find.
dokumen-pdf-simpan-docx = A .docx file was saved, not a PDF. That's all right. Click { dokumen-app-export-pdf } again, then Save.
dokumen-pdf-simpan-refused = The file name is empty or uses a sign that is refused. Type: 2025-05-20_Undangan_Rapat, then click { dokumen-app-save }.
dokumen-pdf-simpan-name = The PDF is in the right folder, but its name differs from the letter's. That's all right. Click { dokumen-app-export-pdf } again and type 2025-05-20_Undangan_Rapat.
dokumen-pdf-simpan-folder = The PDF was saved in another folder. That's all right. Click { dokumen-app-export-pdf } again, choose "Surat Keluar 2025", then Save.
dokumen-pdf-ukuran-intro = Many applications limit the file size. For example, the attendance app only accepts attachments up to 300 KB. Office email has a limit too.
    File sizes are written in KB (kilobytes) or MB (megabytes). 1 MB is 1,024 KB.
    Let's look at the size of that PDF.
dokumen-pdf-buka = Click the { dokumen-app-open } button.
dokumen-pdf-buka-h1 = The { dokumen-app-open } button is in the top row of buttons.
dokumen-pdf-buka-h2 = Click the { dokumen-app-open } button once. The { dokumen-app-open-title } window appears.
dokumen-pdf-buka-ok = The { dokumen-app-open-title } window is open.
dokumen-pdf-buka-save = That is the window for saving. Click { dokumen-app-cancel }, then click the { dokumen-app-open } button.
dokumen-pdf-folder = Click the folder "Surat Keluar 2025". Look at the KB number next to each file.
dokumen-pdf-folder-h1 = The list of folders is on the left side of the { dokumen-app-open-title } window.
dokumen-pdf-folder-h2 = Click "Surat Keluar 2025" once.
dokumen-pdf-folder-ok = Look at the size of 2025-05-20_Undangan_Rapat.pdf: less than 100 KB. A one-page letter is usually small.
dokumen-pdf-folder-other = That is another folder. Click "Surat Keluar 2025".
dokumen-pdf-q-ukuran = An application accepts files up to 300 KB. Your PDF is 48 KB. Can you upload it?
dokumen-pdf-q-ukuran-a = Yes
dokumen-pdf-q-ukuran-a-fb = Right. 48 KB is smaller than 300 KB.
dokumen-pdf-q-ukuran-b = No
dokumen-pdf-q-ukuran-b-fb = Not quite. 48 KB is smaller than 300 KB, so it can be uploaded.
dokumen-pdf-q-kenapa = Why are letters sent as PDF?
dokumen-pdf-q-kenapa-a = So the recipient can change them easily
dokumen-pdf-q-kenapa-a-fb = Not quite. It's the other way round: a PDF is not easy to change.
dokumen-pdf-q-kenapa-b = They look the same on every device, and are not easy to change
dokumen-pdf-q-kenapa-b-fb = Right. The letter arrives exactly as you made it.
dokumen-pdf-q-kenapa-c = Because .docx files cannot be sent by email
dokumen-pdf-q-kenapa-c-fb = Not quite. A .docx can be sent, but it may look different and its content can be changed. A PDF is safer.

## Lesson 7: Printing
dokumen-cetak-title = Printing a letter on F4 paper
dokumen-cetak-summary = Set the F4 paper size in Page Layout, then print two copies.
dokumen-cetak-intro = Two paper sizes are common in offices: A4 (21 × 29.7 cm) and F4 or folio (21.5 × 33 cm). F4 is a little longer.
    The paper size is set in the document, before printing. In Microsoft Word: Layout, then Size. In WPS Office: Page Layout, then Paper Size. In LibreOffice: Format, then Page. F4 is often called Folio or 8.5 × 13 inches. If it is not there, make your own size: 21.5 × 33 cm.
    If the document is still A4 and is printed on F4 paper, the text does not sit right. Paper is wasted and the letter must be printed again.
    In this practice the office uses F4 paper for official letters. At your office, follow the rules there.
dokumen-cetak-tata-letak = Click the { dokumen-app-page-setup } button.
dokumen-cetak-tata-letak-h1 = The { dokumen-app-page-setup } button is in the top row of buttons, next to { dokumen-app-print }.
dokumen-cetak-tata-letak-h2 = Click the { dokumen-app-page-setup } button once. The { dokumen-app-setup-title } window opens.
dokumen-cetak-tata-letak-ok = The { dokumen-app-setup-title } window is open. The picture on the left shows the document's page: it is still A4.
dokumen-cetak-tata-letak-print = That is the { dokumen-app-print-title } window. The paper size is set in the document first. Click { dokumen-app-cancel }, then click { dokumen-app-page-setup }.
dokumen-cetak-tata-letak-save = That is a save window. Click { dokumen-app-cancel }, then click { dokumen-app-page-setup }.
dokumen-cetak-kertas = Choose { dokumen-app-setup-paper-f4 }.
dokumen-cetak-kertas-h1 = The paper sizes are to the right of the picture of the page.
dokumen-cetak-kertas-h2 = Click the { dokumen-app-setup-paper-f4 } choice once.
dokumen-cetak-kertas-ok = F4 is chosen. Look at the picture: the page is a little longer.
dokumen-cetak-kertas-a4 = That is A4. Our office uses F4 for official letters. Click { dokumen-app-setup-paper-f4 }.
dokumen-cetak-kertas-early = The window is closed and the size was not changed. That's all right. Click { lesson-restart-step }.
dokumen-cetak-ok = Click the { dokumen-app-setup-ok } button.
dokumen-cetak-ok-h1 = The { dokumen-app-setup-ok } button is at the bottom right of the { dokumen-app-setup-title } window.
dokumen-cetak-ok-h2 = Click the { dokumen-app-setup-ok } button once. The window closes.
dokumen-cetak-ok-ok = The document is now F4 size.
dokumen-cetak-ok-a4 = The size is still A4. That's all right. Click { lesson-restart-step }.
dokumen-cetak-buka = Now click the { dokumen-app-print } button.
dokumen-cetak-buka-h1 = The { dokumen-app-print } button is in the top row of buttons.
dokumen-cetak-buka-h2 = Click the { dokumen-app-print } button once. The { dokumen-app-print-title } window opens.
dokumen-cetak-buka-ok = The { dokumen-app-print-title } window is open. The paper is already F4, because the document is F4. On the left is a preview: a picture of the page as it will be printed.
dokumen-cetak-buka-pdf = That was Export PDF. Click { dokumen-app-cancel }, then click { dokumen-app-print }.
dokumen-cetak-buka-save = That is a save window. Click { dokumen-app-cancel }, then click { dokumen-app-print }.
dokumen-cetak-rangkap = The letter needs two copies: one to send, one for the archive. Click the + button once.
dokumen-cetak-rangkap-h1 = { dokumen-app-copies } is in the { dokumen-app-print-title } window. The + button adds, the − button takes away.
dokumen-cetak-rangkap-h2 = Click + once. The number becomes 2.
dokumen-cetak-rangkap-ok = The number of copies is now 2.
dokumen-cetak-rangkap-other = The number is not 2 yet. That's all right. Click + or − until it is 2.
dokumen-cetak-rangkap-early = The letter is already printed. That's all right, this is practice. Click { lesson-restart-step }.
dokumen-cetak-cetak = Now click the { dokumen-app-do-print } button in that window.
dokumen-cetak-cetak-h1 = The { dokumen-app-do-print } button is at the bottom right of the { dokumen-app-print-title } window.
dokumen-cetak-cetak-h2 = Check first: F4 paper, 2 copies. Then click the { dokumen-app-do-print } button.
dokumen-cetak-cetak-ok = Two copies printed on F4 paper. Neat, and no paper wasted.
dokumen-cetak-cetak-paper = The paper in the printer or the document's size is not F4. That's all right, this is practice. Click { lesson-restart-step }.
dokumen-cetak-cetak-copies = The number is not 2. That's all right, this is practice. Click { lesson-restart-step }.
dokumen-cetak-q-kertas = Which one is longer?
dokumen-cetak-q-kertas-a = A4
dokumen-cetak-q-kertas-a-fb = Not quite. A4 is 29.7 cm long. F4 is longer: 33 cm.
dokumen-cetak-q-kertas-b = F4
dokumen-cetak-q-kertas-b-fb = Right. F4 is 33 cm long, A4 29.7 cm. That is why the paper chosen must match the paper in the printer.
dokumen-cetak-q-sebelum = What do you check before clicking Print?
dokumen-cetak-q-sebelum-a = Nothing needs checking
dokumen-cetak-q-sebelum-a-fb = Not quite. One small mistake can waste a lot of paper. Check the preview, the paper and the number of copies.
dokumen-cetak-q-sebelum-b = The preview, the paper and the number of copies
dokumen-cetak-q-sebelum-b-fb = Right. Those three are missed most often.
dokumen-cetak-q-sebelum-c = Only the ink colour
dokumen-cetak-q-sebelum-c-fb = Not quite. What goes wrong most often is the paper and the number of copies. Check the preview too.

## Lesson 8: Sending a PDF by email
dokumen-kirim-pdf-title = Sending a letter as PDF by email
dokumen-kirim-pdf-summary = From the word processor to email: export the letter to PDF, then attach it.
dokumen-kirim-pdf-m1-subject = Send the health post meeting invitation to Ibu Siti
dokumen-kirim-pdf-m1-body = Pak Budi,
    Please send the invitation letter for the health post coordination meeting today, as a PDF, to Ibu Siti Rahma in the General Affairs section (siti.rahma@sukamajukab.go.id).
    Ibu Siti will forward it to the villages.
    Thank you.
    District Secretary of Sukamaju
dokumen-kirim-pdf-m2-subject = The service room printer has been repaired
dokumen-kirim-pdf-m2-body = Dear staff,
    The printer in the service room works again. F4 paper is in the General Affairs cupboard.
    Thank you.
    General Affairs, Sukamaju District
dokumen-kirim-pdf-intro = The District Secretary asks for the meeting invitation to be sent today by email to Ibu Siti Rahma in General Affairs.
    The order: export the letter to PDF, switch to Email, write a message, attach the PDF, then send.
    The word processor and the email on this laptop use the same folders. A file you just saved can be attached straight away.
dokumen-kirim-pdf-ekspor = Make the PDF first. Click the { dokumen-app-export-pdf } button.
dokumen-kirim-pdf-ekspor-h1 = The { dokumen-app-export-pdf } button is in the top row of buttons of the word processor.
dokumen-kirim-pdf-ekspor-h2 = Click the { dokumen-app-export-pdf } button once.
dokumen-kirim-pdf-ekspor-ok = The save window is open with PDF chosen.
dokumen-kirim-pdf-ekspor-docx = That is the save window for .docx. Ibu Siti needs a PDF. Click { dokumen-app-cancel }, then click { dokumen-app-export-pdf }.
dokumen-kirim-pdf-ekspor-email-first = Email is open, but the PDF hasn't been made yet. Click { dokumen-app-app-writer } in the bar at the bottom, then click { dokumen-app-export-pdf }.
dokumen-kirim-pdf-simpan = Make sure the folder "Surat Keluar 2025" is chosen and the name is 2025-05-20_Undangan_Rapat. Then click { dokumen-app-save }.
dokumen-kirim-pdf-simpan-h1 = The PDF has the same name as the letter. Only the ending differs: .pdf.
dokumen-kirim-pdf-simpan-h2 = If another folder is chosen, click "Surat Keluar 2025" on the left. Then click the { dokumen-app-save } button at the bottom right of the window.
dokumen-kirim-pdf-simpan-ok = The PDF is saved in the folder Surat Keluar 2025. Now it only needs sending.
dokumen-kirim-pdf-simpan-docx = A .docx file was saved, not a PDF. That's all right. Click { dokumen-app-export-pdf } again, then Save.
dokumen-kirim-pdf-simpan-refused = The file name is empty or uses a sign that is refused. Type: 2025-05-20_Undangan_Rapat, then click { dokumen-app-save }.
dokumen-kirim-pdf-simpan-name = The PDF is in the right folder, but its name differs from the letter's. That's all right. Click { dokumen-app-export-pdf } again and type 2025-05-20_Undangan_Rapat.
dokumen-kirim-pdf-simpan-folder = The PDF was saved in another folder. That's all right. Click { dokumen-app-export-pdf } again, choose "Surat Keluar 2025", then Save.
dokumen-kirim-pdf-pindah = Now switch to email. Click { dokumen-app-app-email } in the bar at the bottom of the screen.
dokumen-kirim-pdf-pindah-h1 = At the bottom of the practice screen is a bar with two buttons: Word Processor and Email.
dokumen-kirim-pdf-pindah-h2 = Click the { dokumen-app-app-email } button in the bottom bar.
dokumen-kirim-pdf-pindah-ok = Official Mail is open. The word processor stays open behind it. You can go back any time with the bottom bar.
dokumen-kirim-pdf-baca = Open the message from the District Secretary to see Ibu Siti's email address.
dokumen-kirim-pdf-baca-h1 = The message from the District Secretary is at the top of the Inbox, in bold.
dokumen-kirim-pdf-baca-h2 = Click once on the line "Send the health post meeting invitation to Ibu Siti".
dokumen-kirim-pdf-baca-ok = Ibu Siti Rahma's address: siti.rahma@sukamajukab.go.id
dokumen-kirim-pdf-baca-other = That is another message. Click { webmail-back }, then open the message from the District Secretary.
dokumen-kirim-pdf-tulis = This message is for Ibu Siti, not a reply to the Secretary. Click { webmail-compose } to write a new message.
dokumen-kirim-pdf-tulis-h1 = The big { webmail-compose } button is at the top left.
dokumen-kirim-pdf-tulis-h2 = Click the { webmail-compose } button once.
dokumen-kirim-pdf-tulis-ok = The new message form is open.
dokumen-kirim-pdf-tulis-reply = That is Reply, an answer to the Secretary. This message is for Ibu Siti. Click { dokumen-app-cancel }, then click { webmail-compose }.
dokumen-kirim-pdf-tulis-other = That isn't a new message yet. Click { dokumen-app-cancel }, then click the { webmail-compose } button at the top left.
dokumen-kirim-pdf-lampirkan = Attach the PDF first, so you don't forget it. Click { webmail-attach }.
dokumen-kirim-pdf-lampirkan-h1 = The { webmail-attach } button is in the message form.
dokumen-kirim-pdf-lampirkan-h2 = Click the { webmail-attach } button once. A window for choosing a file appears.
dokumen-kirim-pdf-lampirkan-ok = The file window is open. It shows the laptop's folders, including Surat Keluar 2025.
dokumen-kirim-pdf-lampirkan-send = The message can't be sent yet. Attach the file first: click { webmail-attach }.
dokumen-kirim-pdf-pilih = Click the folder "Surat Keluar 2025", choose the file 2025-05-20_Undangan_Rapat.pdf, then click { webmail-attach-chosen }.
dokumen-kirim-pdf-pilih-h1 = In the file window, first click the folder "Surat Keluar 2025".
dokumen-kirim-pdf-pilih-h2 = There are two invitation files. Choose the one ending in .pdf: 2025-05-20_Undangan_Rapat.pdf. Then click the { webmail-attach-chosen } button.
dokumen-kirim-pdf-pilih-ok = The PDF is attached. Its name is shown in the message form.
dokumen-kirim-pdf-pilih-docx = That is the .docx file. That's all right. Click { webmail-remove-attachment } next to that attachment, then attach the one ending in .pdf.
dokumen-kirim-pdf-pilih-other = That is another file. That's all right. Click { webmail-remove-attachment } next to that attachment, then choose 2025-05-20_Undangan_Rapat.pdf in the folder Surat Keluar 2025.
dokumen-kirim-pdf-kirim = Complete the message:
    To: siti.rahma@sukamajukab.go.id
    Subject: Undangan Rapat Posyandu
    Message: Yth. Ibu Siti, terlampir surat undangan rapat. Terima kasih.
    ("Dear Ibu Siti, attached is the meeting invitation. Thank you.") Then click { webmail-send }.
dokumen-kirim-pdf-kirim-h1 = Click the { webmail-field-to } box and type the address. Click the { webmail-field-subject } box and type the subject. Then click the big message box and type the message.
dokumen-kirim-pdf-kirim-h2 = The message starts with the greeting "Yth. Ibu Siti" and ends with "Terima kasih". Then click the blue { webmail-send } button.
dokumen-kirim-pdf-kirim-ok = Sent! The letter arrives as a PDF and looks tidy on Ibu Siti's computer and phone.
dokumen-kirim-pdf-refused-empty = The { webmail-field-to } box is still empty. Type: siti.rahma@sukamajukab.go.id, then click { webmail-send } again.
dokumen-kirim-pdf-refused-address = The address isn't complete yet. Check: siti.rahma@sukamajukab.go.id, with a dot between siti and rahma, and no spaces.
dokumen-kirim-pdf-sent-none = The message was sent without an attachment. That's all right. Click { lesson-restart-step }, then attach 2025-05-20_Undangan_Rapat.pdf before sending.
dokumen-kirim-pdf-sent-docx = A .docx file was sent along. That's all right. Click { webmail-compose } again and attach only the one ending in .pdf.
dokumen-kirim-pdf-sent-subject = The subject was empty, so Ibu Siti can't tell what the message is about. That's all right. Click { lesson-restart-step }, then fill in the Subject: Undangan Rapat Posyandu.
dokumen-kirim-pdf-sent-caps = The message was sent in capital letters only. That feels like shouting. Click { lesson-restart-step }, then write in normal letters.
dokumen-kirim-pdf-sent-greeting = The message was sent without an opening greeting. Click { lesson-restart-step }, then start with "Yth. Ibu Siti".
dokumen-kirim-pdf-sent-closing = The message was sent without a closing. Click { webmail-compose } again, attach the PDF, and end with "Terima kasih".
dokumen-kirim-pdf-sent-other = The message was sent, but not to Ibu Siti. That's all right. Click { webmail-compose } again and fill in To: siti.rahma@sukamajukab.go.id
dokumen-kirim-pdf-q-format = Ibu Siti will print the letter at the village office. Which file do you send?
dokumen-kirim-pdf-q-format-a = 2025-05-20_Undangan_Rapat.docx
dokumen-kirim-pdf-q-format-a-fb = Not quite. A .docx can look different on another computer. Send the PDF.
dokumen-kirim-pdf-q-format-b = 2025-05-20_Undangan_Rapat.pdf
dokumen-kirim-pdf-q-format-b-fb = Right. A PDF prints exactly the same anywhere.
dokumen-kirim-pdf-q-cari = When attaching, where did you find the PDF?
dokumen-kirim-pdf-q-cari-a = In the folder Surat Keluar 2025, where it was saved
dokumen-kirim-pdf-q-cari-a-fb = Right. That is why it matters to know which folder a file is saved in.
dokumen-kirim-pdf-q-cari-b = In the { disk-folder-unduhan } folder
dokumen-kirim-pdf-q-cari-b-fb = Not quite. Downloads holds downloaded files. The PDF was saved in Surat Keluar 2025.
dokumen-kirim-pdf-q-cari-c = On the { disk-folder-desktop }
dokumen-kirim-pdf-q-cari-c-fb = Not quite. The PDF was saved in the folder Surat Keluar 2025, not on the Desktop.

## Lesson 9: From the word processor to SRIKANDI
dokumen-ke-srikandi-title = From the word processor to SRIKANDI
dokumen-ke-srikandi-summary = Save a letter to upload it to SRIKANDI, where letters are numbered, reviewed and signed.
dokumen-ke-srikandi-intro = Letters used to be printed, signed with a pen and carried around. Dispositions were written on a paper sheet.
    Government offices now use SRIKANDI, the application for official letters. There letters get their number, are reviewed and are signed electronically. Dispositions are written there too.
    The word processor is still used to write the letter. The result is saved as a file and uploaded to SRIKANDI.
dokumen-ke-srikandi-aturan = A letter for SRIKANDI has three rules.
    Do not type the letter's number yourself. The number is taken in SRIKANDI, so no two letters share one.
    Do not paste a picture of a signature or a stamp. SRIKANDI adds the electronic signature.
    Save it as Word (.docx) with a clear name, so the reviewer can still check it.
dokumen-ke-srikandi-dialog = The invitation on the page is finished. Click the { dokumen-app-save-as } button.
dokumen-ke-srikandi-dialog-h1 = The { dokumen-app-save-as } button is in the top row of buttons.
dokumen-ke-srikandi-dialog-ok = The { dokumen-app-save-as-title } window is open.
dokumen-ke-srikandi-dialog-pdf = That is Export PDF. For SRIKANDI, save as Word first. Click { dokumen-app-cancel }, then click { dokumen-app-save-as }.
dokumen-ke-srikandi-folder = Click the folder "Surat Keluar 2025".
dokumen-ke-srikandi-folder-h1 = The folders are on the left of the { dokumen-app-save-as-title } window.
dokumen-ke-srikandi-folder-ok = The folder Surat Keluar 2025 is open.
dokumen-ke-srikandi-folder-lain = That is another folder. Click "Surat Keluar 2025".
dokumen-ke-srikandi-nama = In the { dokumen-app-file-name } box, type 2025-07-08_Undangan_Rapat_Posyandu, then click { dokumen-app-save }.
dokumen-ke-srikandi-nama-h1 = First delete "Dokumen1" in the { dokumen-app-file-name } box with Backspace.
dokumen-ke-srikandi-nama-h2 = Type exactly: 2025-07-08_Undangan_Rapat_Posyandu. The ending .docx is added by itself.
dokumen-ke-srikandi-nama-ok = Saved. This is the file you upload later in the SRIKANDI module.
dokumen-ke-srikandi-saved-default = The name is still like "Dokumen1". Click { dokumen-app-save-as } again, then type a clear name.
dokumen-ke-srikandi-saved-pdf = The letter was saved as PDF. For SRIKANDI, save it as Word (.docx). Click { lesson-restart-step }.
dokumen-ke-srikandi-saved-name = The folder is right, the name is not the same yet. Click { dokumen-app-save-as } again, then type: 2025-07-08_Undangan_Rapat_Posyandu
dokumen-ke-srikandi-saved-folder = The letter was saved in another folder. Click { lesson-restart-step }.
dokumen-ke-srikandi-q-lalu = The letter is saved. What is the next step?
dokumen-ke-srikandi-q-lalu-a = Print it and ask the Camat to sign it in ink
dokumen-ke-srikandi-q-lalu-a-fb = Not quite. That is the old way. Now letters are signed electronically in SRIKANDI.
dokumen-ke-srikandi-q-lalu-b = Upload it to SRIKANDI as an outgoing letter
dokumen-ke-srikandi-q-lalu-b-fb = Right. In SRIKANDI the letter gets its number, is reviewed, then signed.
dokumen-ke-srikandi-q-lalu-c = Send it to the Camat by WhatsApp
dokumen-ke-srikandi-q-lalu-c-fb = Not quite. Official letters go through SRIKANDI, so they are recorded and archived.
dokumen-ke-srikandi-q-disposisi = The Camat wants to write a disposition on an incoming letter. Where is it written?
dokumen-ke-srikandi-q-disposisi-a = On a paper disposition sheet clipped to the letter
dokumen-ke-srikandi-q-disposisi-a-fb = Not quite. That is the old way. Dispositions are now written in SRIKANDI.
dokumen-ke-srikandi-q-disposisi-b = In SRIKANDI, from where it reaches the staff member at once
dokumen-ke-srikandi-q-disposisi-b-fb = Right. The SRIKANDI module teaches how to receive and follow it up.
dokumen-ke-srikandi-lanjut = Good. Your letter is ready to upload.
    The next steps are in the SRIKANDI module: incoming letters, dispositions, outgoing letters and electronic signatures.

## Lesson 11: Skill check
dokumen-uji-kemampuan-title = Skill check: Documents
dokumen-uji-kemampuan-summary = Show everything you have learned, without hints.
dokumen-uji-kemampuan-intro = This is the skill check of the Documents module. There are no hints, but you may try as many times as you like.
    Today is 23 May 2025. The Camat asks for a letter inviting the Head of Mekarsari Village to a meeting to prepare the Regency's anniversary (HUT). The letter template is open.
    Letter details:
    Place and date: Sukamaju, 23 Mei 2025
    Enclosures: none
    Subject (Hal): Undangan Rapat
    Recipient: Kepala Desa Mekarsari
    File name: 2025-05-23_Undangan_Rapat_HUT, in the folder Surat Keluar 2025
    The office uses F4 paper.
    Take your time. You have practised every step before.
dokumen-uji-kemampuan-isi = Fill in the empty boxes of the letter, then check it.
dokumen-uji-kemampuan-isi-ok = The letter is complete.
dokumen-uji-kemampuan-missing-tempat-tanggal = The place and date are still empty. See the letter details: Sukamaju, 23 Mei 2025.
dokumen-uji-kemampuan-missing-lampiran = Lampiran is still empty. If there are no enclosures, write a hyphen -
dokumen-uji-kemampuan-missing-hal = Hal is still empty. Write the subject of the letter.
dokumen-uji-kemampuan-missing-yth = Yth. is still empty. Write the recipient's position.
dokumen-uji-kemampuan-missing-other = A box is still empty. Look at the marked boxes, then fill them in.
dokumen-uji-kemampuan-simpan = Save the letter as a Word file (.docx), with the requested name, in the requested folder.
dokumen-uji-kemampuan-simpan-ok = Saved with a clear name, in the right folder.
dokumen-uji-kemampuan-refused-empty = The file name is still empty. Type the name, then save again.
dokumen-uji-kemampuan-refused-character = That name uses a sign that is refused, such as / or :. Use hyphens - between the numbers of the date.
dokumen-uji-kemampuan-saved-default = The letter was saved with a name like "Dokumen1". That is hard to find again. Save it again with the requested name.
dokumen-uji-kemampuan-saved-pdf = The letter was saved as a PDF. Save it as .docx first, so it can still be corrected.
dokumen-uji-kemampuan-saved-incomplete = The letter was saved, but it isn't complete. Fill in the empty boxes, check the letter, then save again.
dokumen-uji-kemampuan-saved-name = The folder is right, but the name isn't the requested one: 2025-05-23_Undangan_Rapat_HUT. Save again.
dokumen-uji-kemampuan-saved-folder = The letter was saved in another folder. Save it again in the folder Surat Keluar 2025.
dokumen-uji-kemampuan-pdf = Make its PDF as well, with the same name, in the same folder.
dokumen-uji-kemampuan-pdf-ok = The PDF is saved next to its .docx file.
dokumen-uji-kemampuan-pdf-docx = A .docx file was saved, not a PDF. Try again with Export PDF.
dokumen-uji-kemampuan-pdf-name = The PDF was saved, but its name differs from the letter's. Try again with the name 2025-05-23_Undangan_Rapat_HUT.
dokumen-uji-kemampuan-pdf-folder = The PDF was saved in another folder. Try again in the folder Surat Keluar 2025.
dokumen-uji-kemampuan-cetak = Print one copy of the letter for the archive, on the paper the office uses.
dokumen-uji-kemampuan-cetak-ok = One copy printed on F4 paper.
dokumen-uji-kemampuan-cetak-paper = It was printed on paper other than the office's. The office uses F4. Print again.
dokumen-uji-kemampuan-cetak-copies = More than one copy was printed. One is enough for the archive. Print again with 1 copy.
dokumen-uji-kemampuan-q-kirim = This letter will be sent to the village by email. Which file do you attach?
dokumen-uji-kemampuan-q-kirim-a = 2025-05-23_Undangan_Rapat_HUT.docx
dokumen-uji-kemampuan-q-kirim-a-fb = Not quite. A .docx can look different and its content can be changed. Attach the PDF.
dokumen-uji-kemampuan-q-kirim-b = 2025-05-23_Undangan_Rapat_HUT.pdf
dokumen-uji-kemampuan-q-kirim-b-fb = Right. A PDF looks the same on every device.
dokumen-uji-kemampuan-q-srikandi = The invitation is finished and saved. How does it get its number and signature?
dokumen-uji-kemampuan-q-srikandi-a = Type the number yourself, then print it and sign it in ink
dokumen-uji-kemampuan-q-srikandi-a-fb = Not quite. That is the old way.
dokumen-uji-kemampuan-q-srikandi-b = Upload it to SRIKANDI: the number from Take Number, then the electronic signature
dokumen-uji-kemampuan-q-srikandi-b-fb = Right.

## Lesson: from WhatsApp to email (photos → one small PDF with a clear name)
dokumen-wa-title = From WhatsApp to email
dokumen-wa-summary = Photos of a letter from the phone become one small PDF with a clear name, sent by email.
dokumen-wa-intro = Bu Sari from the health centre sent photos of the posyandu assignment letter by WhatsApp, two pages. The District Secretary wants the letter by email: one PDF file, at most 300 KB, with a clear name.
    Photos from a phone are very big, more than 2,000 KB. First we move them to the laptop, make one PDF, make it smaller, name it, then send it.
    On the left is a phone with WhatsApp. On the right is the laptop's file window.
dokumen-wa-kirim1 = On the phone, click { dokumen-app-berkas-send-first } under the first photo.
dokumen-wa-kirim1-h1 = The phone is on the left. The first photo is at the top.
dokumen-wa-kirim1-h2 = Click the { dokumen-app-berkas-send-first } button under the first photo. The photo goes into the laptop's { disk-folder-unduhan } folder.
dokumen-wa-kirim1-ok = The first photo is in the laptop's { disk-folder-unduhan } folder.
dokumen-wa-kirim1-other = That is the second photo. That's all right, it is needed too. Click { dokumen-app-berkas-send-first } under the first photo.
dokumen-wa-kirim2 = Send the second photo too. Click { dokumen-app-berkas-send-second } under it.
dokumen-wa-kirim2-h1 = The second photo is below the first one, on the phone.
dokumen-wa-kirim2-h2 = Click the { dokumen-app-berkas-send-second } button under the second photo.
dokumen-wa-kirim2-ok = Both photos are on the laptop. Their names start with IMG: names made by the phone.
dokumen-wa-ekstensi-intro = Look at the { disk-folder-unduhan } folder. There are two files both called surat. Why?
    A file name has an ending, called the extension: .pdf, .docx, .jpg. Windows usually hides it. So surat.pdf and surat.docx both show as surat.
    The Type column tells them apart. You can also show the extensions.
dokumen-wa-ekstensi = Tick { dokumen-app-berkas-extensions }.
dokumen-wa-ekstensi-h1 = The tick box is above the list of files.
dokumen-wa-ekstensi-h2 = Click the small box in front of { dokumen-app-berkas-extensions }.
dokumen-wa-ekstensi-ok = Now the full names show: surat.docx and surat.pdf. The file explorer in Windows has this choice too.
dokumen-wa-centang1 = Tick the first photo, IMG-20250520-WA0003.jpg.
dokumen-wa-centang1-h1 = The photos are in the list of the { disk-folder-unduhan } folder. Their type is JPG picture.
dokumen-wa-centang1-h2 = Click the small box in front of IMG-20250520-WA0003.jpg.
dokumen-wa-centang1-ok = The first photo is ticked.
dokumen-wa-centang-other = That is another file. That's all right. Click its box again to untick it.
dokumen-wa-centang2 = Tick the second photo too, IMG-20250520-WA0004.jpg.
dokumen-wa-centang2-h1 = The second photo is right below the first one.
dokumen-wa-centang2-h2 = Click the small box in front of IMG-20250520-WA0004.jpg.
dokumen-wa-centang2-ok = Two photos are ticked.
dokumen-wa-gabung = Click { dokumen-app-berkas-combine }.
dokumen-wa-gabung-h1 = The { dokumen-app-berkas-combine } button is below the list of files.
dokumen-wa-gabung-h2 = Click the { dokumen-app-berkas-combine } button once. The two photos become one PDF of two pages.
dokumen-wa-gabung-ok = One PDF: Gabungan.pdf. But it is more than 4,000 KB. Too big for the 300 KB limit.
dokumen-wa-gabung-refused = No photo is ticked yet. That's all right. Click { lesson-restart-step }.
dokumen-wa-gabung-count = The PDF is not made of just those two photos. That's all right. Click { lesson-restart-step }.
dokumen-wa-kecilkan = Gabungan.pdf is ticked. Click { dokumen-app-berkas-compress }.
dokumen-wa-kecilkan-h1 = The { dokumen-app-berkas-compress } button is next to { dokumen-app-berkas-combine }.
dokumen-wa-kecilkan-h2 = Make sure only Gabungan.pdf is ticked, then click { dokumen-app-berkas-compress }.
dokumen-wa-kecilkan-ok = It is now under 300 KB. The writing can still be read. On phones and laptops this is often called compress PDF.
dokumen-wa-kecilkan-refused = That button is for one PDF only. That's all right. Click { lesson-restart-step }.
dokumen-wa-ganti = Give it a clear name. Click { dokumen-app-berkas-rename }.
dokumen-wa-ganti-h1 = The { dokumen-app-berkas-rename } button is below the list of files.
dokumen-wa-ganti-h2 = Gabungan.pdf must be ticked. Click the { dokumen-app-berkas-rename } button once.
dokumen-wa-ganti-ok = A box for the new name appears.
dokumen-wa-nama = Type this name, then press Enter: 2025-05-20_Surat_Tugas_Posyandu
dokumen-wa-nama-h1 = First delete the old name in the { dokumen-app-berkas-new-name } box, then type the new one.
dokumen-wa-nama-h2 = The date first, then what it is: 2025-05-20_Surat_Tugas_Posyandu. The .pdf ending stays.
dokumen-wa-nama-ok = A clear name: the date and what the letter is. Anyone knows at once what it is.
dokumen-wa-nama-made-up = That is still a name made by the tool. That's all right. Click { dokumen-app-berkas-rename }, then type 2025-05-20_Surat_Tugas_Posyandu
dokumen-wa-nama-other = The name is not the one asked for. Click { dokumen-app-berkas-rename }, then type 2025-05-20_Surat_Tugas_Posyandu
dokumen-wa-pindah = Now go to the email. Click { dokumen-app-app-email } on the bar at the bottom of the screen.
dokumen-wa-pindah-h1 = At the bottom of the practice screen is a bar with two buttons: { dokumen-app-app-berkas } and { dokumen-app-app-email }.
dokumen-wa-pindah-h2 = Click the { dokumen-app-app-email } button on the bottom bar.
dokumen-wa-pindah-ok = The office webmail is open. There is a message from the District Secretary asking for that assignment letter.
dokumen-wa-tulis = Click { webmail-compose } to start a new message.
dokumen-wa-tulis-h1 = The big { webmail-compose } button is at the top left.
dokumen-wa-tulis-h2 = Click the { webmail-compose } button once.
dokumen-wa-tulis-ok = The new message form is open.
dokumen-wa-tulis-other = That is not a new message yet. Click { dokumen-app-cancel }, then click { webmail-compose }.
dokumen-wa-lampirkan = Attach the PDF first, so you don't forget. Click { webmail-attach }.
dokumen-wa-lampirkan-h1 = The { webmail-attach } button is in the message form.
dokumen-wa-lampirkan-h2 = Click the { webmail-attach } button once. A window for choosing a file appears.
dokumen-wa-lampirkan-ok = The file window is open.
dokumen-wa-pilih = Click the { disk-folder-unduhan } folder, choose 2025-05-20_Surat_Tugas_Posyandu.pdf, then click { webmail-attach-chosen }.
dokumen-wa-pilih-h1 = In the file window, first click the { disk-folder-unduhan } folder.
dokumen-wa-pilih-h2 = Choose 2025-05-20_Surat_Tugas_Posyandu.pdf, not the photos. Then click { webmail-attach-chosen }.
dokumen-wa-pilih-ok = The PDF is attached.
dokumen-wa-pilih-photo = That is a big photo, not the PDF. That's all right. Click { webmail-remove-attachment }, then choose 2025-05-20_Surat_Tugas_Posyandu.pdf.
dokumen-wa-pilih-other = That is another file. That's all right. Click { webmail-remove-attachment }, then choose 2025-05-20_Surat_Tugas_Posyandu.pdf.
dokumen-wa-kirim-email = Complete the message:
    To: sekcam@sukamajukab.go.id
    Subject: Surat Tugas Posyandu
    Message: Yth. Bapak Sekretaris Kecamatan, terlampir surat tugas posyandu dari Puskesmas. Terima kasih.
    Then click { webmail-send }.
dokumen-wa-kirim-email-h1 = Click the { webmail-field-to } box, then type the address. Click the { webmail-field-subject } box, then type the subject. Then click the big message box and type the message.
dokumen-wa-kirim-email-h2 = The message starts with the greeting "Yth. Bapak Sekretaris Kecamatan" and ends with "Terima kasih". Then click the blue { webmail-send } button.
dokumen-wa-kirim-email-ok = Sent! One small PDF with a clear name. From WhatsApp to email, all tidy.
dokumen-wa-refused-empty = The { webmail-field-to } box is still empty. Type: sekcam@sukamajukab.go.id, then click { webmail-send } again.
dokumen-wa-refused-address = The address is not complete. Check: sekcam@sukamajukab.go.id, with no spaces.
dokumen-wa-sent-none = The message went without the attachment. That's all right. Click { lesson-restart-step }.
dokumen-wa-sent-subject = The subject is empty. That's all right. Click { lesson-restart-step }, then fill in Subject: Surat Tugas Posyandu.
dokumen-wa-sent-greeting = The message went without an opening greeting. That's all right. Click { lesson-restart-step }.
dokumen-wa-sent-closing = The message went without a closing. That's all right. Click { lesson-restart-step }.
dokumen-wa-sent-other = The message went, but not as asked. That's all right. Click { lesson-restart-step }.
dokumen-wa-m1-subject = Minta surat tugas posyandu dari Puskesmas
dokumen-wa-m1-body = Pak Budi,
    Tolong kirimkan surat tugas posyandu dari Bu Sari lewat email hari ini. Satu file PDF saja, paling besar 300 KB, dengan nama yang jelas.
    Terima kasih.
dokumen-wa-q-ekstensi = The laptop has two files called laporan. One is of type PDF document, the other Word document. Which one do you send so that it looks the same everywhere?
dokumen-wa-q-ekstensi-a = Either one, the name is the same
dokumen-wa-q-ekstensi-a-fb = Not quite. The names look the same because the extensions are hidden. One is laporan.pdf, the other laporan.docx. Look at the Type column.
dokumen-wa-q-ekstensi-b = The one of type PDF document
dokumen-wa-q-ekstensi-b-fb = Right. That is laporan.pdf. A PDF looks the same on any computer or phone.
