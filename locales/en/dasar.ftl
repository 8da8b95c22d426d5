# Module 0: Basics — mouse and keyboard.

dasar-module-title = Basics: mouse and keyboard
dasar-module-summary = Start here if the laptop is still new to you.

## File and folder names (the same in every language)
dasar-file-undangan = Undangan_Rapat.pdf
dasar-file-nota = Nota_Dinas_12.pdf
dasar-file-laporan = Laporan_Mei_2025.docx
dasar-file-tugas = Surat_Tugas_Budi.pdf
dasar-ganda-f-masuk = Surat Masuk
dasar-ganda-f-laporan = Laporan
dasar-ganda-f-keluar = Surat Keluar 2025
dasar-seret-f-arsip = Arsip 2025

## Lesson 1: Pointing and clicking
dasar-klik-title = Pointing and clicking
dasar-klik-summary = Move the mouse, then click boxes that get smaller and smaller.
dasar-klik-t-besar = Big box
dasar-klik-t-sedang = Medium box
dasar-klik-t-kecil = Small box
dasar-klik-t-mini = Tiny box
dasar-klik-intro = Welcome. In this lesson we practise using the mouse.
    Slide the mouse on the table. The arrow on the screen moves with it.
    Press the left mouse button once. That is called a click.
dasar-klik-besar = Point the arrow at the big box. Then click once.
dasar-klik-besar-h1 = The big box is the one on the far left. Its name is written under it: "{ dasar-klik-t-besar }".
dasar-klik-besar-h2 = Move the mouse slowly until the arrow is inside the big yellow box. Press the left button once.
dasar-klik-besar-ok = Well done! You clicked the big box.
dasar-klik-missed = That missed the box. Point the arrow right inside the yellow box, then click again.
dasar-klik-other = That is another box. Click the box named in this step.
dasar-klik-ok = Exactly right!
dasar-klik-sedang = Now click the medium box.
dasar-klik-sedang-h1 = The medium box is to the right of the big box.
dasar-klik-sedang-h2 = Look for the words "{ dasar-klik-t-sedang }" under it. Put the pointer inside the box, then click.
dasar-klik-kecil = The boxes are getting smaller. Click the small box.
dasar-klik-kecil-h1 = Move the mouse more slowly. A small box needs a precise arrow.
dasar-klik-kecil-h2 = The small box is to the right of the medium box, above the words "{ dasar-klik-t-kecil }".
dasar-klik-mini = Last, click the tiny box. Office applications have many buttons this small.
dasar-klik-mini-h1 = No need to hurry. Move the mouse a little at a time.
dasar-klik-mini-h2 = The tiny box is furthest right. Once the arrow is inside, keep the mouse still while pressing.
dasar-klik-mini-ok = Excellent! You can click even a box that small.
dasar-klik-q-hand = Sometimes the arrow turns into a hand. When does that happen?
dasar-klik-q-hand-a = When the arrow is over a button or link that can be clicked
dasar-klik-q-hand-a-fb = Right. A hand means: you can click here.
dasar-klik-q-hand-b = When the computer is saving a file
dasar-klik-q-hand-b-fb = Not quite. While the computer is busy, a turning circle appears. A hand means there is something here you can click.
dasar-klik-q-hand-c = When you have to wait
dasar-klik-q-hand-c-fb = Not quite. When you have to wait, a spinning circle appears.
dasar-klik-q-ibeam = Sometimes the arrow is an upright line like the letter I. Where does that usually happen?
dasar-klik-q-ibeam-a = Over a picture
dasar-klik-q-ibeam-a-fb = Not quite. The upright line appears where you can type.
dasar-klik-q-ibeam-b = In a box for typing text
dasar-klik-q-ibeam-b-fb = Right. Click in that box, then you can type.
dasar-klik-q-wait = A spinning circle appears. What should you do?
dasar-klik-q-wait-a = Click many times so it goes faster
dasar-klik-q-wait-a-fb = Not quite. Clicking many times can open the same thing many times. Better to wait.
dasar-klik-q-wait-b = Wait a moment until the circle goes away
dasar-klik-q-wait-b-fb = Right. A spinning circle means the computer is working. Just wait a moment.

## Lesson 2: Double-click and right-click
dasar-ganda-title = Double-click and right-click
dasar-ganda-summary = One click selects, two clicks open. A right-click opens a menu.
dasar-ganda-intro = There are some folders on the screen. A folder holds files, like a folder in a cabinet.
    Click once to select a folder.
    Click twice quickly to open it.
dasar-ganda-select = Select the folder "Laporan" with one click only.
dasar-ganda-select-h1 = One click is enough. The selected folder gets a white frame.
dasar-ganda-select-h2 = The folder "Laporan" is in the middle. Put the arrow on it, then press the left button once.
dasar-ganda-select-ok = Well done! "Laporan" is selected, but not open.
dasar-ganda-select-opened = The folder opened because it was clicked twice. That is fine. Click "{ dasar-ui-back }", then click once only.
dasar-ganda-open = Now open the folder "Surat Masuk". Click twice quickly.
dasar-ganda-open-h1 = Press the left button twice in a row, without moving the mouse.
dasar-ganda-open-h2 = The folder "Surat Masuk" is furthest left. Click-click, like knocking twice on a door.
dasar-ganda-open-ok = The folder is open! There are two letters inside.
dasar-ganda-wrong-folder = Another folder opened. Click "{ dasar-ui-back }", then open the folder "Surat Masuk".
dasar-ganda-back = Leave this folder again. Click the "{ dasar-ui-back }" button.
dasar-ganda-back-h1 = The "{ dasar-ui-back }" button is at the top left of the practice board.
dasar-ganda-back-h2 = Click once on the button that says "{ dasar-ui-back }".
dasar-ganda-back-ok = Well done. You see all the folders again.
dasar-ganda-right-intro = The mouse also has a right button. A right-click opens a small menu of choices.
    This helps when you are unsure: every choice is written in the menu.
dasar-ganda-right = Right-click the folder "Surat Keluar 2025".
dasar-ganda-right-h1 = Use the right mouse button, not the left one.
dasar-ganda-right-h2 = The folder "Surat Keluar 2025" is furthest right. Put the arrow on it and press the right button once.
dasar-ganda-right-ok = A small menu appeared under the folder.
dasar-ganda-right-left = The folder opened because the left button was clicked twice. Click "{ dasar-ui-back }", then try the right button.
dasar-ganda-menu = In that menu, click "{ dasar-ui-menu-open }".
dasar-ganda-menu-h1 = The menu is right under the folder "Surat Keluar 2025".
dasar-ganda-menu-h2 = Click once with the left button on the word "{ dasar-ui-menu-open }".
dasar-ganda-menu-ok = The folder opened through the menu. The result is the same as a double-click.
dasar-ganda-back2 = Click "{ dasar-ui-back }" to leave the folder.
dasar-ganda-q = You want to open a folder. What do you do?
dasar-ganda-q-a = Click once
dasar-ganda-q-a-fb = Not quite. One click only selects the folder. To open it, click twice.
dasar-ganda-q-b = Click twice quickly, or right-click and choose "{ dasar-ui-menu-open }"
dasar-ganda-q-b-fb = Exactly right. Both ways open the folder.
dasar-ganda-q-c = Press on the folder for a long time
dasar-ganda-q-c-fb = Not quite. A long press does not open the folder. Click twice quickly.

## Lesson 3: Dragging and scrolling
dasar-seret-title = Dragging and scrolling
dasar-seret-summary = Move files into folders, then read a long page to its end.
dasar-seret-intro = Dragging means moving something with the mouse.
    Press and hold the left button on a file. Move the mouse to a folder. Then let go of the button.
dasar-seret-undangan = Drag the file "Undangan_Rapat.pdf" into the folder "Arsip 2025".
dasar-seret-h1 = Press the left button on the file and keep holding it. Move to the folder, then let go.
dasar-seret-undangan-h2 = The file is on the left. The folder "Arsip 2025" is at the top right.
dasar-seret-laporan = Now drag "Laporan_Mei_2025.docx" into the folder "Laporan".
dasar-seret-laporan-h2 = The folder "Laporan" is on the right, under "Arsip 2025".
dasar-seret-ok = Well done! The file is in the folder.
dasar-seret-missed = Not in a folder yet. Hold the left button until the file is over the folder, then let go.
dasar-seret-wrong-folder = The file went into another folder. That is fine. Drag it again to the folder named in this step.
dasar-gulir-intro = A long page does not fit on the screen. Its lower part is hidden.
    Turn the wheel in the middle of the mouse towards you to go down. You can also drag the bar on the right side.
dasar-gulir-scroll = Scroll this circular down to the very bottom.
dasar-gulir-scroll-h1 = Put the arrow over the page, then turn the mouse wheel towards you.
dasar-gulir-scroll-h2 = Or press and hold the grey bar on the right of the page, then pull it down.
dasar-gulir-scroll-ok = Well done! You reached the bottom.
dasar-gulir-end = At the very bottom there is a button "{ dasar-ui-end }". Click it.
dasar-gulir-end-h1 = The button is at the end of the page, after the last paragraph.
dasar-gulir-end-h2 = If you cannot see the button yet, scroll down a little more.
dasar-gulir-end-ok = Exactly! The page has been read to its end.
dasar-gulir-q = How do you see the bottom of a long page?
dasar-gulir-q-a = Turn the mouse wheel, or drag the bar on the right side
dasar-gulir-q-a-fb = Right. That is called scrolling.
dasar-gulir-q-b = Close the page and open it again
dasar-gulir-q-b-fb = Not quite. The page starts again at the top. Just scroll down.
dasar-gulir-p01 = CIRCULAR No. 800/17/Kec.Skj/2025 on the Working Hours of Staff at the Sukamaju District Office.
dasar-gulir-p02 = To improve discipline and service to the public, we announce the working hours that apply from 2 June 2025.
dasar-gulir-p03 = Monday to Thursday: start at 07:30 and leave at 16:00.
dasar-gulir-p04 = Friday: start at 07:30 and leave at 16:30, with a break for Friday prayers.
dasar-gulir-p05 = Every employee must check in and check out through the attendance app.
dasar-gulir-p06 = Employees who arrive late or leave early may have their allowance reduced under the regulations.
dasar-gulir-p07 = Employees on duty outside the office must request official duty leave with the assignment letter attached.
dasar-gulir-p08 = Permission, sick leave and annual leave are requested through the app, at the latest on the same day.
dasar-gulir-p09 = Section heads are asked to forward this circular to all staff in their section.
dasar-gulir-p10 = This circular is issued to be carried out responsibly. Head of Sukamaju District.

## Lesson 4: Typing
dasar-ketik-title = Typing with the keyboard
dasar-ketik-summary = Capitals with Shift, deleting with Backspace, moving between boxes with Tab.
dasar-ketik-l-latihan = Type here:
dasar-ketik-l-perbaiki = Correct this text:
dasar-ketik-l-nama = Your full name:
dasar-ketik-l-nip = Your NIP (18 digits):
dasar-ketik-intro = To type, first click inside a box. The small blinking line shows where letters will appear.
    Hold Shift while pressing a letter for a capital. Backspace deletes the letter left of the line. In this practice box, Enter saves what you typed.
dasar-ketik-latihan = Click the first box. Type: Kantor Camat Sukamaju. Then press Enter.
dasar-ketik-latihan-h1 = The letters K, C and S are capitals. Hold Shift while pressing them.
dasar-ketik-latihan-h2 = The space is the long key at the bottom. When you are done, press Enter or click "{ dasar-ui-save }".
dasar-ketik-latihan-ok = Well done! The text is exactly right.
dasar-ketik-empty = The box is still empty. Click inside the box, then type.
dasar-ketik-no-capital = The capitals are missing. Hold Shift while pressing K, C and S.
dasar-ketik-latihan-diff = The text is not exactly the same yet. Check the letters and spaces, then try again.
dasar-ketik-perbaiki = The second box says "Kantor Cammat". Delete one letter m with Backspace. Then press Enter.
dasar-ketik-perbaiki-h1 = Click exactly between the two letters m. Backspace deletes the letter to the left of the blinking line.
dasar-ketik-perbaiki-h2 = Click exactly between the two letters m. Press Backspace once. Then press Enter.
dasar-ketik-perbaiki-ok = Exactly! It now says "Kantor Camat".
dasar-ketik-perbaiki-same = The text has not changed yet. Click between the two letters m, then press Backspace once.
dasar-ketik-perbaiki-diff = Not quite. We want "Kantor Camat". Delete or add letters until it matches, then press Enter.
dasar-ketik-nama = Click the name box. Type your full name, starting with a capital. Then press Enter.
dasar-ketik-nama-h1 = The first letter of a name is a capital: hold Shift, press the letter, then let go of Shift.
dasar-ketik-nama-h2 = The name box is below the second box. After typing, press Enter.
dasar-ketik-nama-ok = Well done! Your name is written neatly.
dasar-ketik-nama-capital = A name starts with a capital. Hold Shift, then press the first letter of your name.
dasar-ketik-nip = Press Tab to move to the NIP box. Type the 18 digits of your NIP. Then press Enter.
dasar-ketik-nip-h1 = The Tab key is on the left of the keyboard, above Caps Lock. Tab moves the blinking line to the next box.
dasar-ketik-nip-h2 = A NIP has 18 digits without spaces, for example 198003152005011002. The digits are on the top row.
dasar-ketik-nip-ok = Excellent! The NIP has all 18 digits.
dasar-ketik-nip-digits = A NIP has only digits, no letters or spaces. Please try again.
dasar-ketik-nip-count = That is not 18 digits yet. Count slowly, then try again.
dasar-ketik-q-backspace = Which letter does the Backspace key delete?
dasar-ketik-q-backspace-a = The letter to the left of the blinking line
dasar-ketik-q-backspace-a-fb = Right. The Delete key deletes the letter to the right.
dasar-ketik-q-backspace-b = The letter to the right of the blinking line
dasar-ketik-q-backspace-b-fb = Not quite. That is what Delete does. Backspace deletes to the left.
dasar-ketik-q-tab = You have filled in one box. Which key moves to the next box?
dasar-ketik-q-tab-a = Shift
dasar-ketik-q-tab-a-fb = Not quite. Shift is for capitals.
dasar-ketik-q-tab-b = Tab
dasar-ketik-q-tab-b-fb = Right. Tab moves to the next box. You can also click the box.
dasar-ketik-q-tab-c = Backspace
dasar-ketik-q-tab-c-fb = Not quite. Backspace deletes letters.

## Lesson 5: Windows
dasar-jendela-title = Application windows
dasar-jendela-summary = Open, minimise, maximise and close windows, and choose the one in front.
dasar-jendela-w-catatan = Notes
dasar-jendela-w-catatan-body = Coordination meeting on Thursday at 09:00 in the district hall.
dasar-jendela-w-kalender = Calendar
dasar-jendela-w-kalender-body = May 2025: coordination meeting on the 20th, monthly report on the 27th.
dasar-jendela-intro = Every application opens inside a box called a window.
    At the top right of a window there are three buttons: a line to minimise, a box to maximise, and a cross to close.
dasar-jendela-open = Open the "Notes" window. Double-click its icon on the left.
dasar-jendela-open-h1 = An icon is a small picture with a name under it.
dasar-jendela-open-h2 = The "Notes" icon is at the top left. Click twice quickly.
dasar-jendela-open-ok = The Notes window is open.
dasar-jendela-other-icon = Another window opened. That is fine. Now double-click the "Notes" icon.
dasar-jendela-max = Maximise the Notes window so it fills the board. Click the box button at its top right.
dasar-jendela-max-h1 = The box button is between the line button and the cross button.
dasar-jendela-max-h2 = Look at the blue part at the top of the window. The second button from the right shows a box.
dasar-jendela-max-ok = The window is big now. The text is easier to read.
dasar-jendela-closed-oops = The window closed because of the cross button. That is fine. Double-click its icon to open it again.
dasar-jendela-minimised-oops = The window was put away in the bar at the bottom. Click its name in the bottom bar to bring it back.
dasar-jendela-restore = Go back to the normal size. Click the same box button again.
dasar-jendela-restore-h1 = When the window is big, its box button gets smaller. Click that button.
dasar-jendela-restore-h2 = The button is still second from the right, in the blue part at the very top.
dasar-jendela-restore-ok = The window is back to its normal size.
dasar-jendela-min = Minimise the Notes window. Click the line button at its top right.
dasar-jendela-min-h1 = Minimising does not close the application. The window is only put away in the bottom bar.
dasar-jendela-min-h2 = The line button is the leftmost of the three buttons at the top right of the window.
dasar-jendela-min-ok = The window left the board, but it is still in the bottom bar.
dasar-jendela-taskbar = Bring the Notes window back. Click its name in the black bar at the very bottom.
dasar-jendela-taskbar-h1 = The black bar at the bottom shows every open window.
dasar-jendela-taskbar-h2 = Click the word "Notes" in the bottom bar once.
dasar-jendela-taskbar-ok = The Notes window is back.
dasar-jendela-second = Open the "Calendar" window too. Double-click its icon.
dasar-jendela-second-h1 = The "Calendar" icon is below the "Notes" icon.
dasar-jendela-second-h2 = The icons are at the left edge of the board. Click twice quickly on the "Calendar" icon.
dasar-jendela-second-ok = Now there are two windows. Calendar is in front.
dasar-jendela-q = There are two windows. Which window is in front?
dasar-jendela-q-a = The one not covered by another window, with a blue frame
dasar-jendela-q-a-fb = Right. The window in front is seen whole. That is the window in use.
dasar-jendela-q-b = The smallest one
dasar-jendela-q-b-fb = Not quite. Size does not matter. The window in front is the one seen whole.
dasar-jendela-front = Bring the Notes window to the front. Click the visible part of the Notes window, or its name in the bottom bar.
dasar-jendela-front-h1 = Click anywhere on the Notes window. It will come to the front.
dasar-jendela-front-h2 = The easiest way: click the word "Notes" in the black bar at the very bottom.
dasar-jendela-front-ok = Notes is in front now.
dasar-jendela-close = Close the Calendar window. Click the cross button at its top right.
dasar-jendela-close-h1 = Closing means you are done with the application. The button shows a cross.
dasar-jendela-close-h2 = Find the Calendar window. The cross button is furthest right at the top of that window.
dasar-jendela-close-ok = The Calendar window is closed. The Basics module is done. Excellent!
dasar-jendela-close-other = The Notes window closed. That is fine. Now close the Calendar window.
