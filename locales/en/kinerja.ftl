# Module 4: Kinerja — signing in to MyASN with a code from an authenticator app, then
# filling in the Daily Progress in e-Kinerja. Practice on a pretend laptop and phone. NIPs,
# passwords, codes and file names are written as they are (the same in every language).
# Real screens and rules differ by version and agency: the lessons always say to follow
# your own agency's guide.

kinerja-module-title = Kinerja: MyASN and e-Kinerja
kinerja-module-summary = Sign in to MyASN with the 6-digit code from the phone, then fill in the Daily Progress in e-Kinerja every working day.

## The SKP used in every lesson of this module
kinerja-data-rhk1 = Orderly correspondence records at the sub-district office
kinerja-data-ra1 = Record incoming and outgoing letters in the register
kinerja-data-ra2 = File the letters that are finished
kinerja-data-rhk2 = Meetings at the sub-district office are supported
kinerja-data-ra3 = Prepare attendance lists and minutes of meetings
kinerja-data-unit-surat = letters
kinerja-data-unit-berkas = files
kinerja-data-unit-rapat = meetings

## Lesson 1: Why every day
kinerja-mengapa-title = Why the Daily Progress is filled in every day
kinerja-mengapa-summary = What e-Kinerja is, and why every working day needs a progress sent.
kinerja-mengapa-e1 = Recorded 14 incoming letters in the register
kinerja-mengapa-intro = Welcome to the Kinerja module.
    Every PNS and PPPK now reports their work in BKN's e-Kinerja. The report is called the Daily Progress.
    The Daily Progress is filled in every working day. The reason: your supervisor assesses your work from it, and in many regions it helps decide the TPP allowance.
    To sign in you use your MyASN account and a 6-digit code from your phone. We practise it all, one step at a time.
    This is a practice imitation. The real screens may look a little different. Follow your own agency's guide too.
kinerja-mengapa-open = You are signed in to MyASN. Click { kinerja-app-open-ekinerja }.
kinerja-mengapa-open-h1 = The blue { kinerja-app-open-ekinerja } button is in the middle of the laptop's page.
kinerja-mengapa-open-ok = Good. This is today's Daily Progress page.
kinerja-mengapa-calendar = Now look at this month's calendar. Click { kinerja-app-menu-calendar } in the menu at the top.
kinerja-mengapa-calendar-h1 = The menu is under your name. Look for the { kinerja-app-menu-calendar } button.
kinerja-mengapa-day = Every working day has a status. Click Tuesday, 10 June 2025.
kinerja-mengapa-day-h1 = Scroll down the list of days to 10-06-2025, then click that line.
kinerja-mengapa-day-ok = That day is { kinerja-app-day-disetujui }: its progress was sent and the supervisor agreed. That is a complete working day.
kinerja-mengapa-day-other = That is another day. Go back to { kinerja-app-menu-calendar }, then click 10-06-2025.
kinerja-mengapa-q1 = When is the Daily Progress filled in?
kinerja-mengapa-q1-a = Once a month, at the end of the month
kinerja-mengapa-q1-a-fb = Not quite. Left for a month, many activities are forgotten and the days are recorded as empty.
kinerja-mengapa-q1-b = Every working day, before going home
kinerja-mengapa-q1-b-fb = Right. Written the same day, while you still remember what you did.
kinerja-mengapa-q1-c = Only when the supervisor asks
kinerja-mengapa-q1-c-fb = Not quite. The Daily Progress is a duty every working day, without being asked.
kinerja-mengapa-q2 = What is the Daily Progress used for?
kinerja-mengapa-q2-a = The basis of the supervisor's assessment, and in many regions of the TPP
kinerja-mengapa-q2-a-fb = Right. That is why an honest, complete daily report protects your own rights.
kinerja-mengapa-q2-b = Only a private note nobody reads
kinerja-mengapa-q2-b-fb = Not quite. The supervisor reads and approves every progress.

## Lesson 2: The authenticator app
kinerja-autentikator-title = Setting up the authenticator app
kinerja-autentikator-summary = Adding the MyASN account to the phone by scanning a QR code, then keeping the recovery codes.
kinerja-autentikator-intro = MyASN asks for two things when you sign in: the password, and a 6-digit code from the authenticator app on your phone.
    The code changes every 30 seconds. So someone who steals the password still cannot get in without your phone.
    Today you sign in for the first time. MyASN will show a QR code on the laptop for the phone to scan.
    On a real phone the app is, for example, Google Authenticator. Here it is called { kinerja-app-auth-name }.
kinerja-autentikator-password = Sign in to MyASN.
    1. The { kinerja-app-nip } box: type 197608172005011007
    2. The { kinerja-app-password } box: type Kinerja#2025
    3. Click the { kinerja-app-sign-in } button.
kinerja-autentikator-password-h1 = Click in the top box on the laptop, then type the 18 digits of the NIP without spaces.
kinerja-autentikator-password-h2 = The password: a capital K, then "inerja", then the hash sign #, then 2025.
kinerja-autentikator-password-ok = Password accepted. Now MyASN shows a QR code.
kinerja-autentikator-password-wrong = The password is not right yet. Mind the capital K and the hash sign: Kinerja#2025.
kinerja-autentikator-password-nip = The NIP is not right yet. Type it again: 197608172005011007.
kinerja-autentikator-scan = On the phone, click { kinerja-app-phone-add }, then click { kinerja-app-phone-scan }. The phone's camera reads the QR code on the laptop.
kinerja-autentikator-scan-h1 = The { kinerja-app-phone-add } button is on the phone's screen, on the right.
kinerja-autentikator-scan-h2 = Once the camera is open, click { kinerja-app-phone-scan }. The QR code must still show on the laptop.
kinerja-autentikator-scan-ok = The MyASN account is on the phone now, with its 6-digit code.
kinerja-autentikator-scan-noqr = The camera sees no QR code. Make sure the { kinerja-app-tab-myasn } tab is open on the laptop, then try again.
kinerja-autentikator-code = Look at the 6-digit code on the phone. Type it in the { kinerja-app-code } box on the laptop, then click { kinerja-app-verify }.
kinerja-autentikator-code-h1 = You may type the space in the middle of the code or not. Type it before the countdown runs out.
kinerja-autentikator-code-h2 = If little time is left, wait for the new code and type that one.
kinerja-autentikator-code-ok = Two-step verification is on.
kinerja-autentikator-code-expired = The code has changed. Look at the new code on the phone and type it again.
kinerja-autentikator-code-wrong = The code does not match yet. Copy again the digits the phone shows now.
kinerja-autentikator-backup = MyASN gives 8 recovery codes. They are for when the phone is lost. Write them on paper, then click { kinerja-app-backup-kept }.
kinerja-autentikator-backup-h1 = The { kinerja-app-backup-kept } button is under the list of codes.
kinerja-autentikator-backup-ok = Good. Keep that paper somewhere safe, for example in your wallet or a cupboard at home.
kinerja-autentikator-backup-shared = Don't send them to a group. Recovery codes are the key to your account. Click { kinerja-app-backup-kept }.
kinerja-autentikator-q1 = A colleague asks for a photo of your recovery codes "just in case". What do you do?
kinerja-autentikator-q1-a = Send the photo, the colleague can be trusted
kinerja-autentikator-q1-a-fb = Not quite. Whoever holds those codes can sign in as you.
kinerja-autentikator-q1-b = Politely refuse, and keep them to yourself
kinerja-autentikator-q1-b-fb = Right. Recovery codes are for you alone.
kinerja-autentikator-q1-c = Stick them on the office laptop's screen
kinerja-autentikator-q1-c-fb = Not quite. Many people use the office laptop. Keep them where only you know.

## Lesson 3: Signing in with the code
kinerja-kode-title = Signing in with the 6-digit code
kinerja-kode-summary = NIP, password, then the phone's code before its 30 seconds run out.
kinerja-kode-intro = Every time you sign in to MyASN you need your NIP, your password and the 6-digit code from the phone.
    The code is valid for only 30 seconds. Then it changes, and the old code is refused.
    Under the code is a countdown. If little time is left, better wait for the next code.
kinerja-kode-password = Sign in with the NIP 197608172005011007 and the password Kinerja#2025, then click { kinerja-app-sign-in }.
kinerja-kode-password-h1 = The { kinerja-app-nip } box is at the top. The { kinerja-app-password } box is under it.
kinerja-kode-password-wrong = The password is not right yet. Type it again carefully: Kinerja#2025.
kinerja-kode-password-nip = The NIP is not right yet. Type these 18 digits: 197608172005011007.
kinerja-kode-wait = Look at the phone: there is a code and a countdown. Click { kinerja-app-wait-code } under the phone, and watch the code change.
kinerja-kode-wait-h1 = The { kinerja-app-wait-code } button is under the phone, on the right of the screen.
kinerja-kode-wait-ok = The code changed. The old code is no longer valid.
kinerja-kode-type = Type the code showing now in the { kinerja-app-code } box, then click { kinerja-app-verify }.
kinerja-kode-type-h1 = Type the 6 digits from the phone. The space in the middle may be typed too.
kinerja-kode-type-h2 = If the code changes while you type, empty the box and type the new code.
kinerja-kode-type-ok = You are signed in to MyASN.
kinerja-kode-type-expired = That code has expired. Never mind. Type the new code from the phone.
kinerja-kode-type-wrong = The code does not match yet. Copy again the 6 digits the phone shows now.
kinerja-kode-q1 = The code on the phone has 3 seconds left. What is best to do?
kinerja-kode-q1-a = Type as fast as possible
kinerja-kode-q1-a-fb = You could, but it is often too late and refused. Waiting for the next code is calmer.
kinerja-kode-q1-b = Wait for the next code, then type it calmly
kinerja-kode-q1-b-fb = Right. A new code gives a full 30 seconds.
kinerja-kode-signout = On a shared computer, always sign out when done. Click { kinerja-app-sign-out }.
kinerja-kode-signout-h1 = The { kinerja-app-sign-out } button is at the top right of the page, beside your name.
kinerja-kode-signout-ok = Good. The next person cannot use your account.

## Lesson 4: The phone's clock
kinerja-jam-ponsel-title = Codes always refused: check the phone's clock
kinerja-jam-ponsel-summary = The code depends on the phone's clock. A clock set by hand makes wrong codes.
kinerja-jam-ponsel-intro = The 6-digit code is computed from the phone's clock. The MyASN server computes it from the right time.
    If the phone's clock is a few minutes fast or slow, the code will never match.
    You may remember the presensi lesson: the fix is the same, automatic time.
kinerja-jam-ponsel-password = Sign in with the NIP 197608172005011007 and the password Kinerja#2025.
kinerja-jam-ponsel-password-h1 = Fill in both boxes on the laptop, then click { kinerja-app-sign-in }.
kinerja-jam-ponsel-password-wrong = Not right yet. Type the NIP and the password again carefully.
kinerja-jam-ponsel-try = Type the code from the phone, then click { kinerja-app-verify }. Watch what happens.
kinerja-jam-ponsel-try-h1 = Copy the 6 digits from the phone into the { kinerja-app-code } box.
kinerja-jam-ponsel-try-ok = The code was refused, although it was copied correctly. Look at the phone's clock: it differs from the real time.
kinerja-jam-ponsel-settings = Open the phone's time settings. Click { kinerja-app-phone-settings }.
kinerja-jam-ponsel-settings-h1 = The { kinerja-app-phone-settings } button is on the phone's screen, under the code.
kinerja-jam-ponsel-auto = Turn on automatic time. Click { kinerja-app-auto-time }.
kinerja-jam-ponsel-auto-h1 = It now says automatic time is off. Click the { kinerja-app-auto-time } button once.
kinerja-jam-ponsel-auto-ok = The phone's clock now matches the real time.
kinerja-jam-ponsel-again = Click { kinerja-app-phone-back }, then type the new code on the laptop and click { kinerja-app-verify }.
kinerja-jam-ponsel-again-h1 = The code on the phone is different now. This one is right.
kinerja-jam-ponsel-again-h2 = Empty the { kinerja-app-code } box first, then type the new code.
kinerja-jam-ponsel-again-ok = It worked. The right time makes the code match.
kinerja-jam-ponsel-again-still = The phone's clock is still wrong. Open { kinerja-app-phone-settings } and turn on { kinerja-app-auto-time }.
kinerja-jam-ponsel-again-wrong = The code does not match yet. Type the code the phone shows now.
kinerja-jam-ponsel-again-off = Automatic time went off again. Click { kinerja-app-auto-time } once more.
kinerja-jam-ponsel-q1 = The phone's code is always refused, though copied correctly. What do you check first?
kinerja-jam-ponsel-q1-a = The phone's clock: is automatic time on
kinerja-jam-ponsel-q1-a-fb = Right. A wrong clock is the most common cause.
kinerja-jam-ponsel-q1-b = Ask the admin for a new password
kinerja-jam-ponsel-q1-b-fb = Not quite. The password was accepted. The problem is the code, which depends on the phone's clock.

## Lesson 5: A forgotten password and a lost phone
kinerja-lupa-sandi-title = A forgotten password and a lost phone
kinerja-lupa-sandi-summary = A new password through the office email, then signing in with a recovery code while the phone is lost.
kinerja-lupa-sandi-intro = Two things happened this morning: you forgot your MyASN password, and your phone was left in a minibus.
    No need to panic. A new password can be made through your office email. Without the phone, there are the recovery codes on the paper you kept.
kinerja-lupa-sandi-forgot = Click { kinerja-app-forgot }, type the NIP 197608172005011007, then click { kinerja-app-reset-send }.
kinerja-lupa-sandi-forgot-h1 = The { kinerja-app-forgot } button is under the { kinerja-app-sign-in } button.
kinerja-lupa-sandi-forgot-h2 = Type the NIP in the { kinerja-app-nip } box, then click { kinerja-app-reset-send }.
kinerja-lupa-sandi-forgot-ok = The link was sent to your office email.
kinerja-lupa-sandi-forgot-nip = The NIP is not right yet. Type it again: 197608172005011007.
kinerja-lupa-sandi-mail = Open the { kinerja-app-tab-email } tab at the top, then click the email from MyASN.
kinerja-lupa-sandi-mail-h1 = The { kinerja-app-tab-email } tab is at the top of the laptop, beside { kinerja-app-tab-myasn }.
kinerja-lupa-sandi-new = Click { kinerja-app-reset-link }. Make a new password, for example Sukamaju#Juni25, type it twice, then click { kinerja-app-save-password }.
kinerja-lupa-sandi-new-h1 = A new password needs at least 8 letters and digits, and may not be the old one.
kinerja-lupa-sandi-new-h2 = Type exactly the same password in the second box.
kinerja-lupa-sandi-new-ok = The new password is saved. Write it down somewhere safe, not on the lost phone.
kinerja-lupa-sandi-new-rejected = That password was not accepted yet. Read the red message, then type it again in both boxes.
kinerja-lupa-sandi-signin = Sign in with your NIP and the new password.
kinerja-lupa-sandi-signin-h1 = The { kinerja-app-nip } box is at the top. Then the new password, then click { kinerja-app-sign-in }.
kinerja-lupa-sandi-signin-old = That is the old password. The new password is the one that counts now.
kinerja-lupa-sandi-lost = Now MyASN asks for the 6-digit code, but the phone is lost.
    Two things need doing. First, report it to the personnel admin, so the authenticator on the lost phone is switched off and set up again on a new phone.
    Second, to sign in today, use one of the recovery codes from the paper.
kinerja-lupa-sandi-admin = Click { kinerja-app-lost-phone }, then click { kinerja-app-request-admin-reset }.
kinerja-lupa-sandi-admin-h1 = The { kinerja-app-lost-phone } button is under the { kinerja-app-verify } button.
kinerja-lupa-sandi-admin-ok = The request was sent. The admin will help set up the authenticator on a new phone.
kinerja-lupa-sandi-backup = Click { kinerja-app-use-backup }. Type the first code from the paper under the phone, then click { kinerja-app-verify }.
kinerja-lupa-sandi-backup-h1 = The paper with the recovery codes is under the picture of the phone. The first code is 4817-2290.
kinerja-lupa-sandi-backup-h2 = You may type the dash or not.
kinerja-lupa-sandi-backup-ok = Signed in. Cross that code out on the paper: each code works only once.
kinerja-lupa-sandi-backup-wrong = That code was not accepted. Make sure the { kinerja-app-backup-code } is asked for, then type 4817-2290.
kinerja-lupa-sandi-q1 = The phone is lost and the paper with the recovery codes is gone too. What do you do?
kinerja-lupa-sandi-q1-a = Borrow a colleague's phone and set the account up there
kinerja-lupa-sandi-q1-a-fb = Not quite. Without a code the account cannot be set up on another phone. And it may not live on someone else's phone.
kinerja-lupa-sandi-q1-b = Contact the personnel admin to reset the authenticator
kinerja-lupa-sandi-q1-b-fb = Right. The admin checks who you are, then helps set it up again on a new phone.

## Lesson 6: The SKP, the Realisation and the Assessment
kinerja-skp-title = Reading the SKP, sending the Realisation
kinerja-skp-summary = Planned work results and action plans in the SKP, then the realisation and the supervisor's assessment at the end of the period.
kinerja-skp-e1 = Recorded 22 incoming letters in the register
kinerja-skp-e2 = Prepared the attendance lists and minutes of two meetings
kinerja-skp-rating-note = Thank you. The letter register is always tidy and meetings were well supported. Keep it up.
kinerja-skp-intro = The SKP (performance plan) is your work plan for one period, agreed with your supervisor.
    The SKP holds a few planned work results (RHK): results to reach. Each RHK has action plans: steps of work to reach it.
    Every Daily Progress is linked to one action plan. So the SKP is the map, and the Daily Progress the everyday steps.
    Today is the end of the period. We read the SKP, then send the realisation.
kinerja-skp-ekinerja = Click { kinerja-app-open-ekinerja }.
kinerja-skp-ekinerja-h1 = The blue { kinerja-app-open-ekinerja } button is in the middle of the laptop's page.
kinerja-skp-open = Click { kinerja-app-menu-skp } in the menu at the top.
kinerja-skp-open-h1 = The menu is under your name. { kinerja-app-menu-skp } is the first button.
kinerja-skp-buka-rhk1 = Click the first RHK to see its action plans.
kinerja-skp-buka-rhk1-h1 = The first RHK reads: Orderly correspondence records at the sub-district office.
kinerja-skp-buka-rhk1-ok = This RHK has two action plans. Under each it says how much of its target is done.
kinerja-skp-buka-rhk2 = Click the second RHK.
kinerja-skp-buka-rhk2-h1 = The second RHK is about supporting meetings at the sub-district office.
kinerja-skp-buka-rhk2-ok = The numbers under the action plans come from the Daily Progress that was sent.
kinerja-skp-q1 = Today you prepared a meeting's attendance list. What is that progress linked to?
kinerja-skp-q1-a = The RHK about correspondence
kinerja-skp-q1-a-fb = Not quite. A meeting's attendance list is support for meetings.
kinerja-skp-q1-b = The action plan "Prepare attendance lists and minutes of meetings"
kinerja-skp-q1-b-fb = Right. Choose the action plan that best fits the day's work.
kinerja-skp-akhir = At the end of the period you write the realisation: what was achieved for each RHK.
    Then the supervisor gives an assessment. The rating is for example Very Good, Good or Needs Improvement.
kinerja-skp-realisasi-open = Click { kinerja-app-menu-realisasi } in the menu at the top.
kinerja-skp-realisasi-open-h1 = The { kinerja-app-menu-realisasi } button is in the menu, after { kinerja-app-menu-summary }.
kinerja-skp-realisasi = For each RHK, write one short sentence about its result. Then click { kinerja-app-send-realisasi }.
kinerja-skp-realisasi-h1 = An example for the first RHK: All of June's letters are in the register.
kinerja-skp-realisasi-h2 = An example for the second RHK: Two meetings were supported with attendance lists and minutes.
kinerja-skp-realisasi-ok = The realisation was sent to the supervisor.
kinerja-skp-realisasi-empty = An RHK is still empty. Fill in the { kinerja-app-realisasi-text } box of every RHK.
kinerja-skp-nilai = See the supervisor's assessment. Click { kinerja-app-menu-assessment }.
kinerja-skp-nilai-h1 = The { kinerja-app-menu-assessment } button is the last button of the menu.
kinerja-skp-nilai-ok = The rating Good means the work matches the plan.
kinerja-skp-q2 = How does the supervisor know what you did during this period?
kinerja-skp-q2-a = From the Daily Progress and the supporting evidence sent
kinerja-skp-q2-a-fb = Right. That is why complete progress every day makes a fair assessment easy.
kinerja-skp-q2-b = From the supervisor's memory alone
kinerja-skp-q2-b-fb = Not quite. The supervisor assesses from what is recorded in e-Kinerja.

## Lesson 7: The Daily Progress
kinerja-progres-harian-title = Writing the Daily Progress
kinerja-progres-harian-summary = Activity, action plan, time spent and output; save a draft, then send.
kinerja-progres-harian-intro = Today you recorded 12 incoming letters in the register. We report it as a Daily Progress.
    A progress holds four things: the activity, the action plan, the time spent in minutes, and the amount of output.
    A progress can be saved as a draft first. But the supervisor does not see a draft. The day only counts once the progress is sent.
kinerja-progres-harian-open = Click { kinerja-app-open-ekinerja }.
kinerja-progres-harian-open-h1 = The blue { kinerja-app-open-ekinerja } button is in the middle of the laptop's page.
kinerja-progres-harian-add = Click { kinerja-app-add-progress }.
kinerja-progres-harian-add-h1 = The blue { kinerja-app-add-progress } button is under the Daily Progress title.
kinerja-progres-harian-draft = In the { kinerja-app-activity } box, type: Recorded incoming letters in the register. Then click { kinerja-app-save-draft }.
kinerja-progres-harian-draft-h1 = Click in the { kinerja-app-activity } box first, then type the sentence.
kinerja-progres-harian-draft-h2 = The { kinerja-app-save-draft } button is under the form. Scroll down if you cannot see it.
kinerja-progres-harian-draft-ok = The draft is saved. Remember: the supervisor does not see it yet.
kinerja-progres-harian-draft-empty = The { kinerja-app-activity } box is still empty. Type the activity first.
kinerja-progres-harian-draft-sent = That progress was already sent. Never mind. In this step { kinerja-app-save-draft } is enough. Click { kinerja-app-add-progress } and try again.
kinerja-progres-harian-openentry = Open that draft. Click its line.
kinerja-progres-harian-openentry-h1 = The activity's line is under the { kinerja-app-add-progress } button, marked { kinerja-app-status-draf }.
kinerja-progres-harian-edit = Click { kinerja-app-edit-draft }.
kinerja-progres-harian-edit-h1 = The blue { kinerja-app-edit-draft } button is under the progress details.
kinerja-progres-harian-send = Complete the draft and send it:
    1. Choose the action plan "Record incoming and outgoing letters in the register".
    2. The { kinerja-app-minutes } box: type 120
    3. The { kinerja-app-volume } box: type 12
    4. Click { kinerja-app-send-progress }.
kinerja-progres-harian-send-h1 = An action plan is chosen by clicking one of the long buttons under { kinerja-app-choose-aksi }.
kinerja-progres-harian-send-h2 = Time is written in minutes. Two hours is 120 minutes.
kinerja-progres-harian-send-ok = Sent! Now the supervisor can read and approve it.
kinerja-progres-harian-send-aksi = The progress was sent, but with another action plan. Click { lesson-restart-step } and choose the action plan about the register.
kinerja-progres-harian-send-short = The activity is too short. Write at least 3 words.
kinerja-progres-harian-send-noaksi = No action plan chosen yet. Click the button "Record incoming and outgoing letters in the register".
kinerja-progres-harian-send-minutes = The time is not right yet. Type the number only: 120.
kinerja-progres-harian-send-volume = The amount of output is not filled in. Type 12.
kinerja-progres-harian-q1 = Today's progress is written, but still a draft. Does today count already?
kinerja-progres-harian-q1-a = Yes, it is written
kinerja-progres-harian-q1-a-fb = Not quite. The supervisor cannot see a draft. The day is still empty.
kinerja-progres-harian-q1-b = Not yet, the progress must be sent first
kinerja-progres-harian-q1-b-fb = Right. Make sure its status is { kinerja-app-status-dikirim } before you go home.

## Lesson 8: Supporting evidence
kinerja-bukti-dukung-title = Attaching the supporting evidence
kinerja-bukti-dukung-summary = A photo or PDF as evidence, from the laptop, and no bigger than the limit.
kinerja-bukti-dukung-intro = Supporting evidence (Bukti Dukung) is a photo or PDF showing the work was really done. For example a photo of a meeting, or a scanned attendance list.
    The evidence matters because the supervisor can approve the progress without seeing the work in person.
    The file size is limited. Original photos from a phone are often too big. Use a smaller version.
kinerja-bukti-dukung-ekinerja = Click { kinerja-app-open-ekinerja }.
kinerja-bukti-dukung-ekinerja-h1 = The blue { kinerja-app-open-ekinerja } button is in the middle of the laptop's page.
kinerja-bukti-dukung-add = Click { kinerja-app-add-progress }.
kinerja-bukti-dukung-add-h1 = The blue { kinerja-app-add-progress } button is under the Daily Progress title.
kinerja-bukti-dukung-fill = Fill in today's progress for the weekly meeting, then click { kinerja-app-send-progress }:
    1. The { kinerja-app-activity } box: Prepared the attendance list of the weekly meeting
    2. Choose the action plan "Prepare attendance lists and minutes of meetings".
    3. The { kinerja-app-minutes } box: 60. The { kinerja-app-volume } box: 1.
kinerja-bukti-dukung-fill-h1 = An action plan is chosen by clicking a long button under { kinerja-app-choose-aksi }.
kinerja-bukti-dukung-fill-h2 = The { kinerja-app-send-progress } button is at the bottom of the form.
kinerja-bukti-dukung-fill-ok = e-Kinerja refuses: there is no supporting evidence yet. Let us attach it now.
kinerja-bukti-dukung-fill-short = The activity is too short. Write: Prepared the attendance list of the weekly meeting.
kinerja-bukti-dukung-fill-noaksi = No action plan chosen yet. Click the button about attendance lists and minutes of meetings.
kinerja-bukti-dukung-fill-numbers = Time spent and output are filled in with numbers: 60 and 1.
kinerja-bukti-dukung-big = Click { kinerja-app-attach }. Open the { disk-folder-unduhan } folder, then click the photo Foto-Rapat-asli.jpg.
kinerja-bukti-dukung-big-h1 = The { kinerja-app-attach } button is under the { kinerja-app-evidence } heading.
kinerja-bukti-dukung-big-h2 = In the list of folders, click { disk-folder-unduhan }. Then click Foto-Rapat-asli.jpg.
kinerja-bukti-dukung-big-ok = Refused: that original photo is 4800 KB, bigger than the 1024 KB limit.
kinerja-bukti-dukung-big-other = That file is attached already. Never mind. Click { lesson-restart-step } to try the original photo.
kinerja-bukti-dukung-small = Now click its small version: Foto-Rapat-kecil.jpg.
kinerja-bukti-dukung-small-h1 = Foto-Rapat-kecil.jpg is in the { disk-folder-unduhan } folder, under the original photo.
kinerja-bukti-dukung-small-ok = That small photo is 380 KB, under the limit. Attached.
kinerja-bukti-dukung-small-other = That is another file. Click { kinerja-app-remove-evidence }, then choose Foto-Rapat-kecil.jpg.
kinerja-bukti-dukung-small-refused = That file was refused. Choose Foto-Rapat-kecil.jpg in the { disk-folder-unduhan } folder.
kinerja-bukti-dukung-send = Click { kinerja-app-send-progress }.
kinerja-bukti-dukung-send-h1 = The blue { kinerja-app-send-progress } button is at the bottom of the form.
kinerja-bukti-dukung-send-ok = Sent with its supporting evidence.
kinerja-bukti-dukung-q1 = Why attach supporting evidence?
kinerja-bukti-dukung-q1-a = So the supervisor can be sure the work was really done
kinerja-bukti-dukung-q1-a-fb = Right. Clear evidence gets the progress approved quickly.
kinerja-bukti-dukung-q1-b = So the report looks longer
kinerja-bukti-dukung-q1-b-fb = Not quite. The evidence is not decoration but proof of the work.

## Lesson 9: Needs revision
kinerja-perbaikan-title = The supervisor's answer: needs revision
kinerja-perbaikan-summary = Reading the supervisor's note, revising the progress, sending it again, until it is approved.
kinerja-perbaikan-e1 = Meeting
kinerja-perbaikan-note = The activity is too short, and there were two meetings today, not one. Please revise.
kinerja-perbaikan-intro = This morning you sent a progress about a meeting. The supervisor can answer { kinerja-app-status-disetujui } or { kinerja-app-status-perlu-perbaikan }.
    { kinerja-app-status-perlu-perbaikan } is not a reprimand. The supervisor only asks for the progress to be completed. Read the note, revise, and send it again.
kinerja-perbaikan-open = Click { kinerja-app-open-ekinerja }.
kinerja-perbaikan-open-h1 = The blue { kinerja-app-open-ekinerja } button is in the middle of the laptop's page.
kinerja-perbaikan-refresh = See whether the supervisor has answered. Click { kinerja-app-refresh }.
kinerja-perbaikan-refresh-h1 = The { kinerja-app-refresh } button is beside { kinerja-app-add-progress }.
kinerja-perbaikan-refresh-ok = There is an answer: { kinerja-app-status-perlu-perbaikan }.
kinerja-perbaikan-read = Open that progress to read the supervisor's note. Click its line.
kinerja-perbaikan-read-h1 = The progress's line is under the { kinerja-app-add-progress } button.
kinerja-perbaikan-read-ok = The supervisor's note is in the yellow box. The activity needs to be clearer, and there were two meetings.
kinerja-perbaikan-edit = Click { kinerja-app-revise }.
kinerja-perbaikan-edit-h1 = The blue { kinerja-app-revise } button is under the supervisor's note.
kinerja-perbaikan-send = Revise and send:
    1. The { kinerja-app-activity } box: Prepared the attendance lists and minutes of two meetings
    2. The { kinerja-app-volume } box: change it to 2
    3. Click { kinerja-app-send-progress }.
kinerja-perbaikan-send-h1 = The supervisor's note stays above the form as a reminder.
kinerja-perbaikan-send-h2 = Delete the 1 in the { kinerja-app-volume } box, then type 2.
kinerja-perbaikan-send-ok = The revision was sent.
kinerja-perbaikan-send-volume = Sent, but the output is not 2 yet. Click { lesson-restart-step } and change the amount to 2.
kinerja-perbaikan-send-short = The activity is still too short. Write a full sentence, at least 3 words.
kinerja-perbaikan-send-refused = Not sent yet. Read the red message above, then complete the form.
kinerja-perbaikan-approved = Wait for the supervisor's answer. Click { kinerja-app-refresh }.
kinerja-perbaikan-approved-h1 = The { kinerja-app-refresh } button is beside { kinerja-app-add-progress }.
kinerja-perbaikan-approved-ok = { kinerja-app-status-disetujui }! Your revision was accepted.
kinerja-perbaikan-q1 = Your progress says { kinerja-app-status-perlu-perbaikan }. What do you do?
kinerja-perbaikan-q1-a = Leave it, the supervisor will fix it
kinerja-perbaikan-q1-a-fb = Not quite. That progress does not count until it is revised and approved.
kinerja-perbaikan-q1-b = Read the note, revise, and send it again
kinerja-perbaikan-q1-b-fb = Right. Do it soon, while you still remember the work.

## Lesson 10: The calendar and missed days
kinerja-kalender-title = Missed days and the monthly summary
kinerja-kalender-summary = Reading the calendar, filling in a day that can still be filled, and seeing this month's summary.
kinerja-kalender-e1 = Recorded 18 incoming letters in the register
kinerja-kalender-e2 = Filed 10 finished letters
kinerja-kalender-e3 = Prepared the attendance list of the coordination meeting
kinerja-kalender-e4 = Recorded 20 incoming and outgoing letters
kinerja-kalender-intro = Sometimes you forget the Daily Progress. That day is marked { kinerja-app-day-terlewat }.
    A missed day can still be filled, but only within a few working days. After that it stays empty.
    Empty days lower the monthly summary, and in many regions they can lower the TPP. The limits and cuts differ by region.
kinerja-kalender-ekinerja = Click { kinerja-app-open-ekinerja }.
kinerja-kalender-ekinerja-h1 = The blue { kinerja-app-open-ekinerja } button is in the middle of the laptop's page.
kinerja-kalender-open = Click { kinerja-app-menu-calendar } in the menu at the top.
kinerja-kalender-open-h1 = The menu is under your name. Look for the { kinerja-app-menu-calendar } button.
kinerja-kalender-old = A day was missed. Click Thursday, 5 June 2025.
kinerja-kalender-old-h1 = The line 05-06-2025 is marked { kinerja-app-day-terlewat }.
kinerja-kalender-old-other = That is another day. Click { kinerja-app-menu-calendar }, then click 05-06-2025.
kinerja-kalender-closed = Try to fill in that day. Click { kinerja-app-add-progress }.
kinerja-kalender-closed-h1 = The blue { kinerja-app-add-progress } button is under the title.
kinerja-kalender-closed-ok = Refused: the deadline for that day has passed. It stays empty in the summary.
kinerja-kalender-back = Back to the calendar. Click { kinerja-app-menu-calendar }.
kinerja-kalender-back-h1 = The { kinerja-app-menu-calendar } button is in the menu at the top.
kinerja-kalender-yesterday = Yesterday was missed too. Click Wednesday, 11 June 2025.
kinerja-kalender-yesterday-h1 = The line 11-06-2025 is near the bottom of the list.
kinerja-kalender-yesterday-other = That is another day. Click { kinerja-app-menu-calendar }, then click 11-06-2025.
kinerja-kalender-start = Yesterday can still be filled. Click { kinerja-app-add-progress }.
kinerja-kalender-start-h1 = The blue { kinerja-app-add-progress } button is under the title.
kinerja-kalender-fill = Fill in yesterday's progress, then click { kinerja-app-send-progress }:
    1. The { kinerja-app-activity } box: Recorded incoming letters in the register
    2. Choose the action plan about the register.
    3. The { kinerja-app-minutes } box: 90. The { kinerja-app-volume } box: 9.
kinerja-kalender-fill-h1 = An action plan is chosen by clicking a long button under { kinerja-app-choose-aksi }.
kinerja-kalender-fill-h2 = The { kinerja-app-send-progress } button is at the bottom of the form.
kinerja-kalender-fill-ok = Yesterday is filled now.
kinerja-kalender-fill-refused = Not sent yet. Read the red message above, then complete the form.
kinerja-kalender-rekap = See this month's summary. Click { kinerja-app-menu-summary }.
kinerja-kalender-rekap-h1 = The { kinerja-app-menu-summary } button is in the menu at the top.
kinerja-kalender-rekap-ok = The summary shows how many days are filled and how many were missed.
kinerja-kalender-q1 = You forgot yesterday's progress. When is it best filled in?
kinerja-kalender-q1-a = At the end of the month, all at once
kinerja-kalender-q1-a-fb = Not quite. The deadline may pass, and the day stays empty.
kinerja-kalender-q1-b = Today, while it still can be
kinerja-kalender-q1-b-fb = Right. Better still: fill it in every day before going home.

## Skill check
kinerja-uji-kemampuan-title = Skill check: Kinerja
kinerja-uji-kemampuan-summary = Signing in to MyASN and filling in e-Kinerja without hints.
kinerja-uji-kemampuan-e1 = Letters
kinerja-uji-kemampuan-note = The activity is unclear, and it was 15 letters, not 1. Please revise.
kinerja-uji-kemampuan-intro = This is the skill check of the Kinerja module. There are no hints. Work as you would at the office.
    Today is Monday, 16 June 2025, in the afternoon. You are not signed in to MyASN yet.
kinerja-uji-kemampuan-clock = The clock on your phone differs from the real time. Put it right first.
kinerja-uji-kemampuan-signin = Sign in to MyASN with the NIP 197608172005011007, the password Kinerja#2025 and the code from the phone.
kinerja-uji-kemampuan-expired = That code has expired.
kinerja-uji-kemampuan-wrong = That code does not match.
kinerja-uji-kemampuan-today = Send today's Daily Progress: Prepared the attendance list of the weekly meeting, 60 minutes, 1 meeting, with supporting evidence that is accepted.
kinerja-uji-kemampuan-big = That file is too big.
kinerja-uji-kemampuan-refused = That progress is not complete yet.
kinerja-uji-kemampuan-revise = The progress of Friday, 13 June 2025 needs revision. Read the supervisor's note, revise, and send it again.
kinerja-uji-kemampuan-revise-volume = The amount does not match the supervisor's note yet.
kinerja-uji-kemampuan-rekap = Open this month's summary.
kinerja-uji-kemampuan-q1 = Where are recovery codes kept?
kinerja-uji-kemampuan-q1-a = In the office WhatsApp group, so they are not lost
kinerja-uji-kemampuan-q1-a-fb = Not quite. Anyone in that group could sign in as you.
kinerja-uji-kemampuan-q1-b = On paper, somewhere only you know
kinerja-uji-kemampuan-q1-b-fb = Right.
kinerja-uji-kemampuan-q2 = Your phone is lost. What do you report to the personnel admin?
kinerja-uji-kemampuan-q2-a = Ask for the authenticator to be reset for a new phone
kinerja-uji-kemampuan-q2-a-fb = Right.
kinerja-uji-kemampuan-q2-b = No need to report, just use recovery codes forever
kinerja-uji-kemampuan-q2-b-fb = Not quite. Recovery codes are limited. The authenticator needs setting up on a new phone.
