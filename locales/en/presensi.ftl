# Module 2: Online attendance — practice in a pretend "e-Presensi" app on a pretend phone.
# NIPs, passwords, file names and times are written as they are (the same in every language).
# Cut rules and radii differ per agency; the lessons always say to follow one's own agency's guide.

presensi-module-title = Online attendance
presensi-module-summary = Check in and out on the phone, deal with refusals, and request Official Duty, Permission, Sick leave or Leave honestly.

## Lesson 1: Signing in to the app
presensi-masuk-aplikasi-title = Signing in to e-Presensi
presensi-masuk-aplikasi-summary = Sign in with your 18-digit NIP, then change the starting password.
presensi-masuk-aplikasi-intro = Welcome to the Online attendance module.
    Many agencies now record attendance with an app on the phone. The names differ, for example e-Presensi or e-Absensi. They work in a similar way.
    Your recorded attendance decides your allowance (TPP). Coming late, leaving early or forgetting to check in or out can cut it.
    Here we practise in "e-Presensi", a pretend app on a pretend phone. On a real phone you touch the buttons with a finger. Here, click them with the mouse.
    Nothing is really recorded, so don't be afraid of mistakes. The rules in your office may differ a little: follow your own agency's guide.
presensi-masuk-aplikasi-nip = The attendance app uses your NIP as the username. A civil servant's NIP always has 18 digits. Example: 197103141998031004.
    Digits 1 to 8: date of birth. 19710314 means 14 March 1971.
    Digits 9 to 14: the year and month you were appointed as CPNS (TMT, the date it took effect). 199803 means the year 1998, month March.
    Digit 15: sex. 1 for men, 2 for women.
    Digits 16 to 18: sequence number, here 004.
    On the staff card the NIP is often written with spaces: 19710314 199803 1 004. In the app, type the 18 digits without spaces.
presensi-masuk-aplikasi-q-nip = Which one is a complete NIP?
presensi-masuk-aplikasi-q-nip-a = 19710314199803
presensi-masuk-aplikasi-q-nip-a-fb = Not quite. That is only 14 digits. The sex digit and the sequence number are missing at the end.
presensi-masuk-aplikasi-q-nip-b = 197103141998031004
presensi-masuk-aplikasi-q-nip-b-fb = Right. 18 digits: date of birth, TMT, sex and sequence number.
presensi-masuk-aplikasi-q-nip-c = 3204071403710002
presensi-masuk-aplikasi-q-nip-c-fb = Not quite. That is 16 digits, like the NIK on an identity card. A NIP always has 18 digits.
presensi-masuk-aplikasi-signin = Now sign in to the app. The personnel admin gave you a starting password.
    1. { presensi-app-nip } box: type 197103141998031004
    2. { presensi-app-password } box: type Sukamaju123
    3. Click the { presensi-app-sign-in } button.
presensi-masuk-aplikasi-signin-h1 = First click inside the NIP box, at the top of the phone screen, then type the 18 digits without spaces. The { presensi-app-password } box is below it.
presensi-masuk-aplikasi-signin-h2 = The starting password: capital S, then "ukamaju", then 123. When both boxes are filled in, click the { presensi-app-sign-in } button below them.
presensi-masuk-aplikasi-signin-ok = Well done, you are signed in! But the app first asks for a new password.
presensi-masuk-aplikasi-failed-length = The NIP does not have 18 digits yet. That's all right, digits are easy to miss. Count slowly: 19710314, then 199803, then 1, then 004.
presensi-masuk-aplikasi-failed-digits = The NIP box has a letter or another sign in it. Clear it and type only the digits: 197103141998031004.
presensi-masuk-aplikasi-failed-invalid = The digits of the NIP are not in a valid order, for example two digits swapped. That's all right. Type it again carefully: 197103141998031004.
presensi-masuk-aplikasi-failed-unknown = That NIP has a valid shape, but it is not the NIP of this account. Check it and type 197103141998031004.
presensi-masuk-aplikasi-failed-password = The password does not match. That's all right, it happens often. Type it slowly: Sukamaju123. The first S is a capital.
presensi-masuk-aplikasi-sandi = The admin knows the starting password. That is why the app asks you to make your own.
    A good password: at least 8 letters and digits, easy for you to remember, hard for others to guess.
    Do not use your date of birth, your child's name or 12345678.
    The password is personal. Never give it to anyone: colleagues, family, or someone who says they are an officer.
presensi-masuk-aplikasi-change = Make a new password. For practice, use this example. On your real phone, make your own.
    1. { presensi-app-new-password } box: type Melati#Pagi27
    2. { presensi-app-repeat-password } box: type Melati#Pagi27 again
    3. Click { presensi-app-save-password }.
presensi-masuk-aplikasi-change-h1 = There are two boxes. Type exactly the same password in both. M and P are capitals.
presensi-masuk-aplikasi-change-h2 = When both boxes hold the same password, click the { presensi-app-save-password } button below them.
presensi-masuk-aplikasi-change-ok = The password is changed. From now on, only you know it.
presensi-masuk-aplikasi-rejected-short = The new password is too short. Use at least 8 letters and digits, for example Melati#Pagi27.
presensi-masuk-aplikasi-rejected-digit = The new password has no digit yet. Add digits, for example Melati#Pagi27.
presensi-masuk-aplikasi-rejected-letter = The new password has no letter yet. Add letters, for example Melati#Pagi27.
presensi-masuk-aplikasi-rejected-same = The new password is the same as the starting one. Make a different one, for example Melati#Pagi27.
presensi-masuk-aplikasi-rejected-mismatch = The two boxes are not the same yet. That's all right. Type both again carefully, then click { presensi-app-save-password }.
presensi-masuk-aplikasi-q-sandi = A colleague phones: "I am the attendance operator. Tell me your password and I will fix your account." What do you do?
presensi-masuk-aplikasi-q-sandi-a = Tell the password, because he is the operator
presensi-masuk-aplikasi-q-sandi-a-fb = Not quite. An operator does not need your password. The admin can reset an account without knowing it.
presensi-masuk-aplikasi-q-sandi-b = Send the password by WhatsApp so it is not misheard
presensi-masuk-aplikasi-q-sandi-b-fb = Not quite. Not by WhatsApp either: the password is never given away.
presensi-masuk-aplikasi-q-sandi-c = Refuse politely, then go to the personnel admin yourself
presensi-masuk-aplikasi-q-sandi-c-fb = Right. The password is personal. If there is an account problem, see the admin in person.

## Lesson 2: Checking in
presensi-presensi-masuk-title = Checking in at the office
presensi-presensi-masuk-summary = Allow location, look at the map, take a selfie, send, then check Riwayat.
presensi-presensi-masuk-intro = Monday, 2 June 2025, 07:20. You have arrived at the district office. Work starts at 07:30.
    The steps of Presensi Masuk (check-in):
    1. Click { presensi-app-check-in }.
    2. Allow the app to see the phone's location.
    3. Map: your blue dot must be inside the office circle.
    4. Swafoto: a photo of your own face.
    5. Kirim Presensi (send).
    6. Check Riwayat (history). An attendance that is not recorded counts as absent.
presensi-presensi-masuk-start = Click the { presensi-app-check-in } button.
presensi-presensi-masuk-start-h1 = Look at the app's start screen on the phone. There are two big buttons: Presensi Masuk and Presensi Pulang.
presensi-presensi-masuk-start-h2 = Click the { presensi-app-check-in } button, the first of the two big buttons.
presensi-presensi-masuk-start-ok = The app starts. The first time, it asks about location.
presensi-presensi-masuk-start-pulang = That is Presensi Pulang (check-out). That's all right. Click { presensi-app-back } at the top right of the phone, then click { presensi-app-check-in }.
presensi-presensi-masuk-start-history = That is Riwayat. We will look at it later. Click { presensi-app-back } at the top right of the phone, then click { presensi-app-check-in }.
presensi-presensi-masuk-allow = The app asks: "{ presensi-app-permission-title }" It needs the location to know you are at the office. Click { presensi-app-allow-location }.
presensi-presensi-masuk-allow-h1 = The question is in the middle of the phone screen, with two buttons: { presensi-app-allow-location } and { presensi-app-deny-location }.
presensi-presensi-masuk-allow-h2 = Click the { presensi-app-allow-location } button.
presensi-presensi-masuk-allow-denied = Location is not allowed yet. That's all right. Without location the app cannot record attendance. Click { lesson-restart-step }, then click { presensi-app-allow-location }.
presensi-presensi-masuk-map-ok = The location is right. Now the camera opens for the selfie.
presensi-presensi-masuk-photo = Selfie: face the camera, then click { presensi-app-take-photo }.
presensi-presensi-masuk-photo-h1 = The face must be clear and well lit, without a mask. Here the face is already fine.
presensi-presensi-masuk-photo-h2 = Click the { presensi-app-take-photo } button under the picture of the face.
presensi-presensi-masuk-photo-ok = The face is recognised. Now check the summary.
presensi-presensi-masuk-send = Check the time, date and distance. All correct? Click { presensi-app-send-attendance }.
presensi-presensi-masuk-send-h1 = The summary shows the time 07:20, today's date, the distance and the photo.
presensi-presensi-masuk-send-h2 = Click the { presensi-app-send-attendance } button at the bottom of the phone screen.
presensi-presensi-masuk-send-ok = Check-in sent at 07:20, on time. The { presensi-app-done-title } screen appears.
presensi-presensi-masuk-history = Don't close the app straight away. First check that the attendance is recorded. Open { presensi-app-history }.
presensi-presensi-masuk-history-h1 = Riwayat is on the app's start screen. If the start screen is not showing, click { presensi-app-back } at the top right of the phone.
presensi-presensi-masuk-history-h2 = Click the { presensi-app-history } button.
presensi-presensi-masuk-history-ok = This is your attendance, day by day. Today is at the top.
presensi-presensi-masuk-history-again = Today's check-in is already recorded, so it need not be repeated. That's all right. Click { presensi-app-back }, then click { presensi-app-history }.
presensi-presensi-masuk-day = Open today's row, 2 June 2025.
presensi-presensi-masuk-day-h1 = The top row in Riwayat is today.
presensi-presensi-masuk-day-h2 = Click the row dated 02-06-2025.
presensi-presensi-masuk-day-ok = Recorded: in at 07:20, on time. This afternoon's Presensi Pulang will show here too.
    In Riwayat, TL means Terlambat (late). TL1 to TL4 show how late.
presensi-presensi-masuk-day-other = That is another day. That's all right. Click { presensi-app-back }, then open the row 02-06-2025.
presensi-presensi-masuk-q-gagal = After clicking { presensi-app-send-attendance }, the signal drops and the { presensi-app-done-title } screen does not appear. What do you do?
presensi-presensi-masuk-q-gagal-a = Nothing, it must be recorded
presensi-presensi-masuk-q-gagal-a-fb = Not quite. Without the { presensi-app-done-title } screen it may not be recorded. If it is not, you count as absent.
presensi-presensi-masuk-q-gagal-b = Check Riwayat. If it is not there, check in again. If it still fails, tell the admin that same day
presensi-presensi-masuk-q-gagal-b-fb = Right. Riwayat is the proof. A problem reported the same day is easier to sort out.
presensi-presensi-masuk-q-gagal-c = Ask a colleague to check in for me
presensi-presensi-masuk-q-gagal-c-fb = Not quite. Checking in for someone else is a discipline offence. Check Riwayat, try again, or tell the admin.

## Lesson 3: Outside the radius
presensi-di-luar-radius-title = Outside the office radius
presensi-di-luar-radius-summary = Read the message on the map, move closer to the office, then try again.
presensi-di-luar-radius-intro = The app only accepts a check-in inside the office radius, for example 100 metres from the centre of the office.
    This morning you stopped at the stall across the road, 150 metres from the office. Try to check in from here.
presensi-di-luar-radius-start = Click { presensi-app-check-in }.
presensi-di-luar-radius-start-h1 = The { presensi-app-check-in } button is on the app's start screen.
presensi-di-luar-radius-start-h2 = Click the { presensi-app-check-in } button.
presensi-di-luar-radius-start-ok = The map appears. Look at the blue dot and the circle.
presensi-di-luar-radius-start-pulang = That is Presensi Pulang. That's all right. Click { presensi-app-back } at the top right of the phone, then click { presensi-app-check-in }.
presensi-di-luar-radius-peta = Look at the map. Your blue dot is outside the circle. Under the map is the distance: 150 metres. The office radius is 100 metres.
    If you click { presensi-app-map-next } now, the app refuses because you are outside the radius.
    The way out is simple: get closer to the office.
presensi-di-luar-radius-walk = Walk to the office. Click "{ presensi-app-walk-closer }" beside the phone. Repeat until the blue dot is inside the circle.
presensi-di-luar-radius-walk-h1 = The "{ presensi-app-walk-closer }" button is outside the phone screen, beside it. Each click takes you 40 metres closer.
presensi-di-luar-radius-walk-h2 = Click "{ presensi-app-walk-closer }" twice. The distance goes from 150 to 110, then to 70 metres.
presensi-di-luar-radius-walk-ok = Now the blue dot is inside the circle. Now { presensi-app-map-next } will be accepted.
presensi-di-luar-radius-refused = The blue dot is still outside the circle. That's all right. Click "{ presensi-app-walk-closer }" beside the phone until the dot is inside.
presensi-di-luar-radius-map = Click { presensi-app-map-next }.
presensi-di-luar-radius-map-h1 = The { presensi-app-map-next } button is under the map.
presensi-di-luar-radius-map-h2 = Click the { presensi-app-map-next } button.
presensi-di-luar-radius-map-ok = The location is right. Carry on as usual.
presensi-di-luar-radius-finish = Finish the check-in as usual: Ambil Foto, then Kirim Presensi.
presensi-di-luar-radius-finish-h1 = First click { presensi-app-take-photo }. Then the summary appears.
presensi-di-luar-radius-finish-h2 = On the summary, click the { presensi-app-send-attendance } button at the bottom.
presensi-di-luar-radius-finish-ok = Check-in recorded, inside the radius. Well done!
presensi-di-luar-radius-q-jauh = Today you are sent to a meeting at the regent's office, far from the district office. What do you do?
presensi-di-luar-radius-q-jauh-a = Use a fake-location app so that I seem to be at the office
presensi-di-luar-radius-q-jauh-a-fb = Not quite. A faked location is a discipline offence. The app can also detect it.
presensi-di-luar-radius-q-jauh-b = Request Dinas Luar (official duty) with the letter of assignment
presensi-di-luar-radius-q-jauh-b-fb = Right. With an accepted Dinas Luar, the day does not count as absent. The Dinas Luar lesson shows how.
presensi-di-luar-radius-q-jauh-c = Do nothing
presensi-di-luar-radius-q-jauh-c-fb = Not quite. Without attendance and without a request, the day counts as absent. Request Dinas Luar with the letter of assignment.

## Lesson 4: A hand-set clock
presensi-jam-otomatis-title = A wrong phone clock
presensi-jam-otomatis-summary = Switch on automatic date and time, then check in.
presensi-jam-otomatis-intro = Yesterday your phone's battery ran flat. After switching it on, the clock was set by hand, and it is not quite right.
    The attendance app checks the phone's clock. If "{ presensi-app-setting-auto-time }" is off, or the phone's time differs from the real time, the check-in is refused.
    This also keeps everyone honest: turning the phone's clock back to seem on time does not work.
presensi-jam-otomatis-try = Try to check in as usual. Click { presensi-app-check-in } and follow the steps until the app shows a message.
presensi-jam-otomatis-try-h1 = Start with the { presensi-app-check-in } button on the start screen. If there is a { presensi-app-map-next } or { presensi-app-take-photo } button, click it as usual.
presensi-jam-otomatis-try-h2 = Click { presensi-app-check-in }. Wait until the refusal appears at the top of the phone screen.
presensi-jam-otomatis-try-ok = The check-in was refused because the phone's clock is wrong. Read the message at the top of the phone screen. This is fixed in the phone's settings, not in the app.
presensi-jam-otomatis-settings = Open the phone's settings.
presensi-jam-otomatis-settings-h1 = The phone's settings are outside the attendance app. In this practice, the button is beside the phone.
presensi-jam-otomatis-settings-h2 = Click "{ presensi-app-phone-settings }" beside the phone.
presensi-jam-otomatis-settings-ok = These are the phone's settings: automatic date and time, location, location permission and installed apps.
presensi-jam-otomatis-toggle = Switch on "{ presensi-app-setting-auto-time }".
presensi-jam-otomatis-toggle-h1 = Find the row "{ presensi-app-setting-auto-time }". Its switch is off now.
presensi-jam-otomatis-toggle-h2 = Click the switch in the row "{ presensi-app-setting-auto-time }" until it is on.
presensi-jam-otomatis-toggle-ok = The phone now takes its time from the network, so it is always right. Leave it on.
presensi-jam-otomatis-toggle-location = That is the Location switch. That's all right. Location must stay on, so click it once more if you switched it off. Then find "{ presensi-app-setting-auto-time }".
presensi-jam-otomatis-toggle-permission = That is the location permission for the attendance app. It must stay on, so click it once more if it is off. Then find "{ presensi-app-setting-auto-time }".
presensi-jam-otomatis-toggle-off = The switch is off now. That's all right. Click it once more until it is on.
presensi-jam-otomatis-again = Click { presensi-app-back } to return to the attendance app. Then check in to the end: { presensi-app-check-in }, { presensi-app-map-next }, { presensi-app-take-photo }, { presensi-app-send-attendance }.
presensi-jam-otomatis-again-h1 = Click { presensi-app-back } at the top right of the phone to return to the attendance app.
presensi-jam-otomatis-again-h2 = On the start screen, click { presensi-app-check-in }. Then { presensi-app-map-next }, { presensi-app-take-photo } and { presensi-app-send-attendance }.
presensi-jam-otomatis-again-ok = Check-in recorded at 07:22, on time, with the right clock.
presensi-jam-otomatis-again-clock = The phone's clock is still not automatic. That's all right. Open the phone's settings, switch on "{ presensi-app-setting-auto-time }", then try again.
presensi-jam-otomatis-q-mundur = A colleague says: "I set my phone's clock back half an hour so I am never late." What do you think?
presensi-jam-otomatis-q-mundur-a = It is fine, as long as it is only now and then
presensi-jam-otomatis-q-mundur-a-fb = Not quite. The app checks the time from the network and refuses it. Tampering with attendance data is also a discipline offence.
presensi-jam-otomatis-q-mundur-b = It will not work, and it is dishonest
presensi-jam-otomatis-q-mundur-b-fb = Right. Leave "{ presensi-app-setting-auto-time }" on. If you are late, tell your superior plainly.

## Lesson 5: Checking out
presensi-presensi-pulang-title = Checking out
presensi-presensi-pulang-summary = Never forget Presensi Pulang: see what forgetting costs, then check out properly.
presensi-presensi-pulang-intro = Presensi Pulang (check-out) matters as much as Presensi Masuk.
    Leaving before the end of work is called PSW (Pulang Sebelum Waktunya). The cut goes up in steps, for example:
    PSW 1 to 30 minutes: 0.5 %. PSW 31 to 60 minutes: 1 %. PSW 61 to 90 minutes: 1.25 %. More than 90 minutes: 1.5 %.
    A forgotten Presensi Pulang counts the same as leaving more than 90 minutes early: a cut of 1.5 %. Even if you worked until the afternoon.
    Example: with an allowance of Rp2,500,000 a month, forgetting once cuts Rp37,500. Forgetting four times a month: Rp150,000.
    The figures in your agency may differ. Follow your own agency's rules.
presensi-presensi-pulang-history = Let's see an example in your own Riwayat. Open { presensi-app-history }.
presensi-presensi-pulang-history-h1 = Riwayat is on the app's start screen, under the two big buttons.
presensi-presensi-pulang-history-h2 = Click the { presensi-app-history } button.
presensi-presensi-pulang-history-ok = Look at this week. One day has no check-out.
presensi-presensi-pulang-lupa = Open Tuesday, 3 June 2025. That day you forgot Presensi Pulang.
presensi-presensi-pulang-lupa-h1 = In the row of 3 June, the Pulang (out) column is empty.
presensi-presensi-pulang-lupa-h2 = Click the row dated 03-06-2025.
presensi-presensi-pulang-lupa-ok = See what the app computed: no check-out, a cut of 1.5 %, that is Rp37,500. Just for one forgotten click.
presensi-presensi-pulang-lupa-psw = That is Monday, 2 June. That day you left at 15:10, 50 minutes early: PSW, a cut of 1 %. That's all right. Click { presensi-app-back }, then open the row 03-06-2025.
presensi-presensi-pulang-lupa-other = That is another day. That's all right. Click { presensi-app-back }, then open the row 03-06-2025, the one with an empty Pulang column.
presensi-presensi-pulang-koreksi = It was forgotten, so what now? Explain it to your superior as soon as you can, in the app. Click { presensi-app-request-correction }.
presensi-presensi-pulang-koreksi-h1 = The { presensi-app-request-correction } button is at the bottom, under that day's cut.
presensi-presensi-pulang-koreksi-h2 = Click the { presensi-app-request-correction } button.
presensi-presensi-pulang-koreksi-ok = The correction form is open. The date is already filled in: 03-06-2025.
presensi-presensi-pulang-koreksi-send = In the { presensi-app-request-reason } box, write a short explanation, for example: Forgot Presensi Pulang, left at 16.05 after a meeting. Then click { presensi-app-send-request }.
presensi-presensi-pulang-koreksi-send-h1 = The { presensi-app-request-reason } box is in the form, under the date. Click inside it, then type.
presensi-presensi-pulang-koreksi-send-h2 = After writing, click the { presensi-app-send-request } button at the bottom.
presensi-presensi-pulang-koreksi-send-ok = Sent to your superior. Your superior decides. If they approve, that day's record is corrected. The deadline differs from region to region: ask the staffing admin.
presensi-presensi-pulang-koreksi-no-reason = The correction was not sent yet, because the explanation is empty. Write it in the { presensi-app-request-reason } box, then click { presensi-app-send-request }.
presensi-presensi-pulang-koreksi-draft = The correction was saved as a Draft; it has not reached your superior. That's all right. Click { lesson-restart-step }.
presensi-presensi-pulang-potongan = A cut that size is avoided with one small habit: before leaving the office, check out, then check Riwayat.
    Many people set a reminder on the phone, for example an alarm at 16:00.
    Now it is Thursday, 5 June 2025, 16:04. Work ended at 16:00. You have already put on your mask for the motorbike ride. Time for Presensi Pulang.
presensi-presensi-pulang-start = Click { presensi-app-back } until the start screen shows. Then click { presensi-app-check-out }.
presensi-presensi-pulang-start-h1 = Click { presensi-app-back } at the top right of the phone until the start screen shows. There are two big buttons.
presensi-presensi-pulang-start-h2 = Click the { presensi-app-check-out } button, not Presensi Masuk.
presensi-presensi-pulang-start-ok = The map appears. You are still at the office, inside the circle.
presensi-presensi-pulang-start-masuk = Today's check-in is already recorded at 07:18. That's all right. What you need now is the { presensi-app-check-out } button.
presensi-presensi-pulang-map = Click { presensi-app-map-next }.
presensi-presensi-pulang-map-h1 = The { presensi-app-map-next } button is under the map.
presensi-presensi-pulang-map-h2 = Click the { presensi-app-map-next } button.
presensi-presensi-pulang-mask = The camera is open, but you are still wearing your mask. The face will not be recognised. Take the mask off first.
presensi-presensi-pulang-mask-h1 = The buttons that fix the face are beside the phone, outside the screen.
presensi-presensi-pulang-mask-h2 = Click the "{ presensi-app-remove-mask }" button beside the phone.
presensi-presensi-pulang-mask-ok = The mask is off. Now the face is clearly visible.
presensi-presensi-pulang-mask-photo = The photo was refused because the mask covers the face. That's all right. Click "{ presensi-app-remove-mask }" beside the phone, then take the photo again.
presensi-presensi-pulang-mask-other = That is not the problem. The face is covered by a mask. Click "{ presensi-app-remove-mask }" beside the phone.
presensi-presensi-pulang-photo = Click { presensi-app-take-photo }.
presensi-presensi-pulang-photo-h1 = The face is now clearly visible in the camera.
presensi-presensi-pulang-photo-h2 = Click the { presensi-app-take-photo } button under the picture of the face.
presensi-presensi-pulang-send = Check the summary, then click { presensi-app-send-attendance }.
presensi-presensi-pulang-send-h1 = The summary shows the time 16:04, the date, the distance and the photo.
presensi-presensi-pulang-send-h2 = Click the { presensi-app-send-attendance } button at the bottom.
presensi-presensi-pulang-send-ok = Check-out recorded at 16:04. No cut today. You may put the mask back on after the photo.
presensi-presensi-pulang-q-lupa = You worked until 16:30 but forgot Presensi Pulang. How does the app count it?
presensi-presensi-pulang-q-lupa-a = Not at all, because I worked a full day
presensi-presensi-pulang-q-lupa-a-fb = Not quite. The app does not know you worked until the afternoon. Only the attendance is recorded.
presensi-presensi-pulang-q-lupa-b = Like leaving more than 90 minutes early: a cut of 1.5 %
presensi-presensi-pulang-q-lupa-b-fb = Right. A forgotten check-out costs as much as the heaviest PSW cut.
presensi-presensi-pulang-q-lupa-c = A cut of 0.5 %
presensi-presensi-pulang-q-lupa-c-fb = Not quite. 0.5 % is for leaving 1 to 30 minutes early. A forgotten check-out counts as 1.5 %.
presensi-presensi-pulang-q-awal = Because of a family matter, you leave at 15:20 without permission. Work ends at 16:00. How many minutes of PSW is that?
presensi-presensi-pulang-q-awal-a = 40 minutes: a cut of 1 %
presensi-presensi-pulang-q-awal-a-fb = Right. From 15:20 to 16:00 is 40 minutes. If the matter is important, request Izin (permission) so there is no cut.
presensi-presensi-pulang-q-awal-b = No cut, because I checked out
presensi-presensi-pulang-q-awal-b-fb = Not quite. A check-out before 16:00 is recorded as PSW. 40 minutes early: a cut of 1 %.

## Lesson 6: Official duty away (Dinas Luar)
presensi-dinas-luar-title = Requesting Dinas Luar
presensi-dinas-luar-summary = Request official duty away with the PDF letter of assignment, and deal with a file that is too big.
presensi-dinas-luar-intro = Tomorrow, Thursday 5 June 2025, the head of the district sends you to monitor the posyandu in Mekarsari village. You will not come to the office.
    So that the day does not count as absent, request Dinas Luar (DL, official duty away) in the app. Some agencies also have Tugas Luar for duties of a few hours.
    A Dinas Luar request must carry the letter of assignment as a PDF. In this app, a file may be at most 300 KB.
    The letter of assignment is already in the phone's { disk-folder-dokumen } folder: the scan, a small version, and the Word file.
presensi-dinas-luar-open = Open { presensi-app-requests }.
presensi-dinas-luar-open-h1 = Pengajuan is on the app's start screen, near Riwayat.
presensi-dinas-luar-open-h2 = Click the { presensi-app-requests } button.
presensi-dinas-luar-open-ok = This is your list of requests. It is still empty.
presensi-dinas-luar-open-history = That is Riwayat. That's all right. Click { presensi-app-back }, then click { presensi-app-requests }.
presensi-dinas-luar-kind = Click { presensi-app-new-request }, then choose the kind: Dinas Luar.
presensi-dinas-luar-kind-h1 = The { presensi-app-new-request } button is under the list of requests. When clicked, it shows the kinds of request.
presensi-dinas-luar-kind-h2 = Click { presensi-app-new-request }, then click { presensi-app-kind-dl }.
presensi-dinas-luar-kind-ok = The Dinas Luar form is open. It has date boxes, a { presensi-app-request-reason } box and an { presensi-app-request-attachment }.
presensi-dinas-luar-kind-other = That is another kind of request. That's all right. Click { presensi-app-back }, then choose { presensi-app-kind-dl }.
presensi-dinas-luar-big = First try to attach the scan. Click { presensi-app-attach }, open the { disk-folder-dokumen } folder, then click Surat-Tugas-Monev-Posyandu-scan.pdf.
presensi-dinas-luar-big-h1 = The { presensi-app-attach } button is under the date boxes. When clicked, the phone's folders appear.
presensi-dinas-luar-big-h2 = Click { presensi-app-attach }, open the { disk-folder-dokumen } folder, then click Surat-Tugas-Monev-Posyandu-scan.pdf.
presensi-dinas-luar-big-ok = Refused: the scanned file is 1,240 KB, more than 300 KB. This often happens with scans. That's all right, the file can be made smaller.
presensi-dinas-luar-big-format = That file is not a PDF, JPG or PNG, so it cannot be attached. That's all right. For this practice, choose Surat-Tugas-Monev-Posyandu-scan.pdf.
presensi-dinas-luar-big-added = Good, that file is attached. In this step we first look at the message for a file that is too big. Click { presensi-app-attach } again, then choose Surat-Tugas-Monev-Posyandu-scan.pdf.
presensi-dinas-luar-shrink = A scanned file can be made smaller without scanning again. Beside that file there is a { presensi-app-shrink } button. Click it.
presensi-dinas-luar-shrink-h1 = The list of files is still open. The { presensi-app-shrink } button is to the right of Surat-Tugas-Monev-Posyandu-scan.pdf.
presensi-dinas-luar-shrink-h2 = Click { presensi-app-shrink } on the row of Surat-Tugas-Monev-Posyandu-scan.pdf.
presensi-dinas-luar-shrink-ok = A new file was made: Surat-Tugas-Monev-Posyandu-scan-kecil.pdf, 186 KB. The original is still there.
    On a real phone or laptop you might choose a small size in the scanning app, or use a "compress PDF" tool. Ask the office operator which tool your office uses.
presensi-dinas-luar-shrink-picked = That file is still too big. That's all right. First click { presensi-app-shrink } beside it.
presensi-dinas-luar-small = Now attach the new file: Surat-Tugas-Monev-Posyandu-scan-kecil.pdf, 186 KB.
presensi-dinas-luar-small-h1 = The new file is in the { disk-folder-dokumen } folder, under the scan. Look at the size beside each file name.
presensi-dinas-luar-small-h2 = Click Surat-Tugas-Monev-Posyandu-scan-kecil.pdf, the one ending in -kecil.pdf.
presensi-dinas-luar-small-ok = The letter of assignment is attached. PDF, 186 KB, under the 300 KB limit.
presensi-dinas-luar-small-big = That is the file that is too big again. That's all right. Choose Surat-Tugas-Monev-Posyandu-scan-kecil.pdf, the 186 KB one.
presensi-dinas-luar-small-format = A Word file (.docx) cannot be attached. The letter must be a PDF. Choose Surat-Tugas-Monev-Posyandu-scan-kecil.pdf.
presensi-dinas-luar-small-other = That is not the letter of assignment. That's all right. Remove that attachment, then choose Surat-Tugas-Monev-Posyandu-scan-kecil.pdf from the { disk-folder-dokumen } folder.
presensi-dinas-luar-send = Fill in the { presensi-app-request-from } box with 05-06-2025. Write a short reason in the { presensi-app-request-reason } box, for example: Pemantauan posyandu Desa Mekarsari. Then click { presensi-app-send-request }.
presensi-dinas-luar-send-h1 = The { presensi-app-request-reason } box is on the form, above the attachment. The { presensi-app-request-to } box may stay empty for one day.
presensi-dinas-luar-send-h2 = Click the { presensi-app-send-request } button at the bottom of the form. Not Simpan Draf.
presensi-dinas-luar-send-ok = The Dinas Luar request is sent. Its status is now Dikirim (sent): waiting for your superior's approval.
presensi-dinas-luar-refused-attachment = The request was not sent because the letter of assignment is missing. Click { presensi-app-attach } and choose Surat-Tugas-Monev-Posyandu-scan-kecil.pdf.
presensi-dinas-luar-refused-format = The request was not sent. Dinas Luar needs the letter of assignment as a PDF. Remove the attachment, then choose Surat-Tugas-Monev-Posyandu-scan-kecil.pdf.
presensi-dinas-luar-refused-dates = The dates are not right yet. Fill in the { presensi-app-request-from } box with 05-06-2025, then click { presensi-app-send-request } again.
presensi-dinas-luar-refused-reason = The { presensi-app-request-reason } box is still empty. Write something short, for example: Pemantauan posyandu Desa Mekarsari. Then click { presensi-app-send-request }.
presensi-dinas-luar-saved = The request was saved as a draft. A draft does not reach your superior. That's all right. Open the draft in the { presensi-app-requests } list, then click { presensi-app-send-request }.
presensi-dinas-luar-refresh = Superiors usually check within a few hours. To see the latest status, click { presensi-app-refresh }.
presensi-dinas-luar-refresh-h1 = The { presensi-app-refresh } button is above the { presensi-app-requests } list. If the list is not showing, click { presensi-app-back }.
presensi-dinas-luar-refresh-h2 = Click the { presensi-app-refresh } button.
presensi-dinas-luar-refresh-ok = Accepted! Tomorrow will be recorded as Dinas Luar, not absent.
presensi-dinas-luar-q-besar = The app refuses your letter of assignment because it is over 300 KB. What is best to do?
presensi-dinas-luar-q-besar-a = Send the request without an attachment
presensi-dinas-luar-q-besar-a-fb = Not quite. Dinas Luar without a letter of assignment cannot be sent, or will be rejected.
presensi-dinas-luar-q-besar-b = Scan it again at a smaller size, or ask the operator to make the PDF smaller
presensi-dinas-luar-q-besar-b-fb = Right. Many scanners have a small-size option. The office operator can usually help too.
presensi-dinas-luar-q-besar-c = Attach the Word file instead
presensi-dinas-luar-q-besar-c-fb = Not quite. The letter of assignment must be the signed PDF, not the Word file.

## Lesson 7: Permission, sick leave, leave
presensi-izin-sakit-cuti-title = Permission, sick leave and leave
presensi-izin-sakit-cuti-summary = Request sick leave with a doctor's letter, save it as a draft, send it and follow its status.
presensi-izin-sakit-cuti-q1-reason = The note is not clear. Please write what it is for and request again.
presensi-izin-sakit-cuti-intro = If you cannot come to the office, request it in the app:
    Izin (permission): an important matter. Write the reason.
    Sakit (sick): for more than one day, a doctor's letter must be attached.
    Cuti (leave): annual or other leave. Write the reason and follow your agency's leave rules.
    Every request has a status: Draf (saved, not sent), Dikirim (waiting for the superior), Diterima (accepted) or Ditolak (rejected). At the office, the superior's check may take hours or days.
    You have had a fever since yesterday, 10 June 2025. The clinic's doctor gave you a sick letter for 10 and 11 June. A photo of it is in the phone's { disk-folder-unduhan } folder.
presensi-izin-sakit-cuti-open = Open { presensi-app-requests }.
presensi-izin-sakit-cuti-open-h1 = Pengajuan is on the app's start screen, near Riwayat.
presensi-izin-sakit-cuti-open-h2 = Click the { presensi-app-requests } button.
presensi-izin-sakit-cuti-open-ok = There is one old request: an Izin in May that was Ditolak (rejected). We will look at it later.
presensi-izin-sakit-cuti-kind = Click { presensi-app-new-request }, then choose the kind: Sakit.
presensi-izin-sakit-cuti-kind-h1 = The { presensi-app-new-request } button is under the list. When clicked, it shows the kinds.
presensi-izin-sakit-cuti-kind-h2 = Click { presensi-app-new-request }, then click { presensi-app-kind-sakit }.
presensi-izin-sakit-cuti-kind-ok = The Sakit form is open.
presensi-izin-sakit-cuti-kind-izin = That is Izin. Because you are ill and have a doctor's letter, the kind is { presensi-app-kind-sakit }. Click { presensi-app-back }, then choose { presensi-app-kind-sakit }.
presensi-izin-sakit-cuti-kind-other = That is another kind. That's all right. Click { presensi-app-back }, then choose { presensi-app-kind-sakit }.
presensi-izin-sakit-cuti-attach = Fill in the { presensi-app-request-from } box with 10-06-2025 and the { presensi-app-request-to } box with 11-06-2025. Then click { presensi-app-attach } and choose from the { disk-folder-unduhan } folder: Surat-Keterangan-Dokter.jpg.
presensi-izin-sakit-cuti-attach-h1 = Type the date as day-month-year. The { presensi-app-attach } button is under the date boxes.
presensi-izin-sakit-cuti-attach-h2 = Click { presensi-app-attach }, open the { disk-folder-unduhan } folder, then click Surat-Keterangan-Dokter.jpg.
presensi-izin-sakit-cuti-attach-ok = The doctor's letter is attached. A JPG photo is fine, as long as it is readable and not over 300 KB.
presensi-izin-sakit-cuti-attach-big = That file is too big, over 300 KB. That's all right. Choose Surat-Keterangan-Dokter.jpg, the 214 KB one.
presensi-izin-sakit-cuti-attach-other = That is not the doctor's letter. That's all right. Remove that attachment, then choose Surat-Keterangan-Dokter.jpg from the { disk-folder-unduhan } folder.
presensi-izin-sakit-cuti-draft = You want to check the dates on the doctor's letter first. Save the request as a draft.
presensi-izin-sakit-cuti-draft-h1 = A draft is kept on the phone but not sent to your superior. The button is under the form, beside Kirim.
presensi-izin-sakit-cuti-draft-h2 = Click the { presensi-app-save-draft } button.
presensi-izin-sakit-cuti-draft-ok = Saved as a draft. Remember: a draft has not reached your superior. While it is a draft, you still count as absent.
presensi-izin-sakit-cuti-draft-sent = The request was sent straight away. That's all right, that is correct too. To practise drafts, make a new Sakit request later. Now click { presensi-app-save-draft } if the form is still open.
presensi-izin-sakit-cuti-send = The dates on the doctor's letter match: 10 and 11 June. Click the draft's row in the { presensi-app-requests } list, then click { presensi-app-send-request }.
presensi-izin-sakit-cuti-send-h1 = The draft is in the { presensi-app-requests } list with the status Draf. Click its row to open it.
presensi-izin-sakit-cuti-send-h2 = In the open draft, click the { presensi-app-send-request } button.
presensi-izin-sakit-cuti-send-ok = Sent. The status changed from Draf to Dikirim.
presensi-izin-sakit-cuti-refused-attachment = Not sent yet. Sick leave of more than one day needs a doctor's letter. Click { presensi-app-attach } and choose Surat-Keterangan-Dokter.jpg.
presensi-izin-sakit-cuti-refused-dates = The dates are not right yet. { presensi-app-request-from } box: 10-06-2025. { presensi-app-request-to } box: 11-06-2025.
presensi-izin-sakit-cuti-refused-reason = The { presensi-app-request-reason } box is still empty. Write something short, for example: Fever, resting as the doctor's letter says.
presensi-izin-sakit-cuti-sent-days = Sent, but not for two days. That's all right. Make a new Sakit request for 10-06-2025 to 11-06-2025, with the doctor's letter.
presensi-izin-sakit-cuti-sent-other = Sent, but it is not a Sakit request with the doctor's letter. That's all right. Make a new Sakit request with Surat-Keterangan-Dokter.jpg.
presensi-izin-sakit-cuti-refresh = Click { presensi-app-refresh } to see whether your superior has checked it.
presensi-izin-sakit-cuti-refresh-h1 = The { presensi-app-refresh } button is above the { presensi-app-requests } list. If the list is not showing, click { presensi-app-back }.
presensi-izin-sakit-cuti-refresh-h2 = Click the { presensi-app-refresh } button.
presensi-izin-sakit-cuti-refresh-ok = Accepted. 10 and 11 June are recorded as Sakit, not absent. Get well soon.
presensi-izin-sakit-cuti-refresh-old = That is the old Izin request. That's all right. Go back to the list, then click { presensi-app-refresh }.
presensi-izin-sakit-cuti-rejected = Now look at the Izin request from May that was Ditolak. Click { presensi-app-back } to the { presensi-app-requests } list, then open its row and read the reason.
presensi-izin-sakit-cuti-rejected-h1 = That request is in the { presensi-app-requests } list, with the status Ditolak in red.
presensi-izin-sakit-cuti-rejected-h2 = Click the Izin row dated 23-05-2025.
presensi-izin-sakit-cuti-rejected-ok = The superior wrote the reason: the note was not clear. A rejected request can be made again with a complete note.
presensi-izin-sakit-cuti-q-ditolak = Your request was Ditolak (rejected). What do you do?
presensi-izin-sakit-cuti-q-ditolak-a = Leave it
presensi-izin-sakit-cuti-q-ditolak-a-fb = Not quite. If left, the day still counts as absent.
presensi-izin-sakit-cuti-q-ditolak-b = Read the reason, complete what is missing, then request again or ask the superior
presensi-izin-sakit-cuti-q-ditolak-b-fb = Right. The reason shows what is missing.
presensi-izin-sakit-cuti-q-ditolak-c = Make exactly the same request again
presensi-izin-sakit-cuti-q-ditolak-c-fb = Not quite. If what is missing is not fixed, it will be rejected again. Read the reason first.
presensi-izin-sakit-cuti-q-status = Your request is still a Draf. Can your superior see it?
presensi-izin-sakit-cuti-q-status-a = Not yet. The draft must be sent first
presensi-izin-sakit-cuti-q-status-a-fb = Right. A draft is only kept on the phone. Open it, then click { presensi-app-send-request }.
presensi-izin-sakit-cuti-q-status-b = Yes, a draft reaches the superior by itself
presensi-izin-sakit-cuti-q-status-b-fb = Not quite. A draft is not sent. The superior sees it only once its status is Dikirim.

## Lesson 8: A WFH day
presensi-wfh-title = Attendance on a WFH day
presensi-wfh-summary = Choose WFH, take the selfie at home, then write the daily report.
presensi-wfh-intro = Thursday, 12 June 2025. The office has made today a WFH day (working from home) for your section, by circular letter.
presensi-wfh-start = Choose { presensi-app-kind-wfh }, then click { presensi-app-check-in }.
presensi-wfh-start-h1 = On the start screen there is a choice of WFO (at the office) and WFH (at home), above the { presensi-app-check-in } button.
presensi-wfh-start-h2 = Click { presensi-app-kind-wfh } first, then click the { presensi-app-check-in } button.
presensi-wfh-start-ok = The map appears with the word WFH. Today the distance from the office is not checked.
presensi-wfh-start-wfo = You chose WFO, working at the office. That's all right. Click { lesson-restart-step }, then choose { presensi-app-mode-wfh } and click { presensi-app-check-in }.
presensi-wfh-start-pulang = That is Presensi Pulang. That's all right. Click { lesson-restart-step }, then choose { presensi-app-mode-wfh } and click { presensi-app-check-in }.
presensi-wfh-map = You are at home, 6.2 km from the office. On a WFH day the { presensi-app-map-next } button can still be clicked. Click { presensi-app-map-next }.
presensi-wfh-map-h1 = The { presensi-app-map-next } button is under the map.
presensi-wfh-map-h2 = Click the { presensi-app-map-next } button.
presensi-wfh-map-ok = The camera opens. Look: the face is dark.
presensi-wfh-light = The face is too dark to be recognised. Look for light: face a window or a lamp.
presensi-wfh-light-h1 = The buttons that fix the face are beside the phone, outside the screen.
presensi-wfh-light-h2 = Click the "{ presensi-app-fix-light }" button beside the phone.
presensi-wfh-light-ok = Now the face is bright and clear. Light is best from the front, not from behind the head.
presensi-wfh-light-photo = The photo was refused because the face is too dark. That's all right. Click "{ presensi-app-fix-light }" beside the phone, then take the photo again.
presensi-wfh-light-other = That is not the problem. The face is too dark. Click "{ presensi-app-fix-light }" beside the phone.
presensi-wfh-photo = Click { presensi-app-take-photo }.
presensi-wfh-photo-h1 = The face is now bright in the camera.
presensi-wfh-photo-h2 = Click the { presensi-app-take-photo } button under the picture of the face.
presensi-wfh-send = Check the summary. Where the distance usually is, it says WFH. Click { presensi-app-send-attendance }.
presensi-wfh-send-h1 = The summary shows the time, the date, WFH and the photo.
presensi-wfh-send-h2 = Click the { presensi-app-send-attendance } button at the bottom.
presensi-wfh-send-ok = WFH check-in recorded, on time. Now the daily report.
presensi-wfh-report = Click { presensi-app-to-home }, then { presensi-app-report }. Write the daily report, at least 10 words. Example:
    Menyusun rekap data posyandu bulan Mei 2025 untuk 12 desa dan mengirimkannya ke Sekretaris Kecamatan.
    Then click { presensi-app-send-report }.
presensi-wfh-report-h1 = If the report box is not showing, look for the { presensi-app-report } button on the phone screen. Click inside the report box, then type today's work.
presensi-wfh-report-h2 = Write at least 10 words, then click the { presensi-app-send-report } button under the box.
presensi-wfh-report-ok = The daily report is sent. Your superior can see what you worked on at home. Don't forget to check out this afternoon.
presensi-wfh-report-short = The report is still too short, fewer than 10 words. That's all right. Write more: what you did, for whom, and the result. Then send it again.
presensi-wfh-q-libur = Is a WFH day the same as a day off?
presensi-wfh-q-libur-a = Yes, so no attendance is needed
presensi-wfh-q-libur-a-fb = Not quite. WFH is a working day. Without attendance, the day counts as absent.
presensi-wfh-q-libur-b = No. Check in on time, work, and write the report
presensi-wfh-q-libur-b-fb = Right. Only the place of work is different.
presensi-wfh-q-kapan = When may you work from home (WFH)?
presensi-wfh-q-kapan-a = When the office has set WFH for me that day
presensi-wfh-q-kapan-a-fb = Right. WFH follows a circular letter or a schedule from your superior.
presensi-wfh-q-kapan-b = When my work that day can be done from home
presensi-wfh-q-kapan-b-fb = Not quite. WFH must be set by the office or your superior. WFH that was not set is the same as not coming to work.
presensi-wfh-q-kapan-c = When I am late and still outside the radius
presensi-wfh-q-kapan-c-fb = Not quite. Choosing WFH to get around the radius is cheating the attendance. Come to the office, even if late.

## Lesson 9: Face not recognised
presensi-wajah-title = Face not recognised
presensi-wajah-summary = Fix a refused selfie: light, mask, glasses, or ask the admin to register the face.
presensi-wajah-intro = The app compares the selfie with the registered photo of your face. Sometimes the face is not recognised. The most common causes:
    1. Too dark, or the light comes from behind the head.
    2. A mask covers the face.
    3. Glasses reflect the lamp, so the eyes cannot be seen.
    4. The face is not registered, for example on a new account. Only the admin can sort this out.
    This morning, 13 June 2025, you are wearing glasses under the bright office lamps.
presensi-wajah-start = Start the check-in: click { presensi-app-check-in }, then Lanjut on the map.
presensi-wajah-start-h1 = The { presensi-app-check-in } button is on the start screen. When the map appears, the { presensi-app-map-next } button is under it.
presensi-wajah-start-h2 = Click { presensi-app-check-in }, then click { presensi-app-map-next }.
presensi-wajah-start-ok = The camera opens.
presensi-wajah-unreg = This morning you are using a new phone. Click { presensi-app-take-photo }, then read the message under the face picture.
presensi-wajah-unreg-h1 = The { presensi-app-take-photo } button is under the face picture.
presensi-wajah-unreg-h2 = Click the { presensi-app-take-photo } button.
presensi-wajah-unreg-ok = The face is clearly visible, but it is not registered. This often happens after changing phones. Light, a mask or glasses cannot fix it. Only the staffing admin can.
presensi-wajah-ask = Click { presensi-app-ask-admin }.
presensi-wajah-ask-h1 = The { presensi-app-ask-admin } button is under the { presensi-app-take-photo } button.
presensi-wajah-ask-h2 = Click the { presensi-app-ask-admin } button.
presensi-wajah-ask-ok = The message to the admin is open. The app has filled it in.
presensi-wajah-ask-fixed = Light, a mask and glasses do not help, because the face is not registered. Click { presensi-app-ask-admin }.
presensi-wajah-ask-photo = The photo was refused again, because the face is not registered. That is not your fault. Click { presensi-app-ask-admin }.
presensi-wajah-send-admin = Check the message: it has your name, NIP, the date and the time. The admin never asks for your password. Then click { presensi-app-send-admin }.
presensi-wajah-send-admin-h1 = The { presensi-app-send-admin } button is under the message.
presensi-wajah-send-admin-h2 = Click the { presensi-app-send-admin } button.
presensi-wajah-send-admin-ok = Sent. In this practice the admin registers your face at once. In an office it can take a few hours. Tell your superior the same day too, so they know you were at work.
presensi-wajah-try = Your face has been registered again. Start again: click { presensi-app-check-in }, { presensi-app-map-next }, then { presensi-app-take-photo }.
presensi-wajah-try-h1 = The { presensi-app-check-in } button is on the home screen. After the map, click { presensi-app-map-next }. On the camera, click { presensi-app-take-photo }.
presensi-wajah-try-h2 = Click { presensi-app-take-photo }, then read the message under the picture of the face.
presensi-wajah-try-ok = The face was not recognised. Read the message: the glasses reflect the light. The lenses look white and the eyes cannot be seen.
presensi-wajah-try-fixed = You already fixed something. Good, you are careful! For this practice, click { presensi-app-take-photo } so you can read the app's message.
presensi-wajah-glasses = Tilt your glasses a little, or turn your face, so the lamp does not reflect in the lenses.
presensi-wajah-glasses-h1 = The buttons that fix the face are beside the phone, outside the screen.
presensi-wajah-glasses-h2 = Click the "{ presensi-app-tilt-glasses }" button beside the phone.
presensi-wajah-glasses-ok = The reflection is gone. The eyes are clearly visible. There is no need to take the glasses off.
presensi-wajah-glasses-light = There is enough light. The problem is the reflection in the glasses. Click "{ presensi-app-tilt-glasses }" beside the phone.
presensi-wajah-glasses-mask = You are not wearing a mask. The problem is the reflection in the glasses. Click "{ presensi-app-tilt-glasses }" beside the phone.
presensi-wajah-glasses-photo = The photo was refused again, because the glasses still reflect the light. That's all right. Click "{ presensi-app-tilt-glasses }" first, then take the photo.
presensi-wajah-glasses-admin = You asked the admin to register your face again. That's all right. But your face is already registered; the problem is only the reflection. Click "{ presensi-app-tilt-glasses }" beside the phone.
presensi-wajah-photo = Take the photo again.
presensi-wajah-photo-h1 = The { presensi-app-take-photo } button is under the picture of the face.
presensi-wajah-photo-h2 = Click the { presensi-app-take-photo } button.
presensi-wajah-photo-ok = The face is recognised!
presensi-wajah-send = Click { presensi-app-send-attendance }.
presensi-wajah-send-h1 = The summary shows the time, the date, the distance and the photo.
presensi-wajah-send-h2 = Click the { presensi-app-send-attendance } button at the bottom.
presensi-wajah-send-ok = Check-in recorded, on time.
presensi-wajah-admin = If the face is still not recognised although there is enough light, no mask and no glare on the glasses, perhaps your face is not registered or the photo is old.
    The app then shows a "{ presensi-app-ask-admin }" button. Click it to ask the admin to register your face again.
    That same day, tell your superior and the personnel admin, so that your attendance is recorded another way. Do not ask a colleague to check in for you.
presensi-wajah-q-gelap = In the morning the sun shines from behind your head. Your face is dark in the camera. What do you do?
presensi-wajah-q-gelap-a = Turn to face the light, then take the photo again
presensi-wajah-q-gelap-a-fb = Right. The light must fall on the face from the front.
presensi-wajah-q-gelap-b = Keep taking photos until it works
presensi-wajah-q-gelap-b-fb = Not quite. If the light does not change, the photo will keep being refused. Face the light.
presensi-wajah-q-gelap-c = Use an old photo from the phone's gallery
presensi-wajah-q-gelap-c-fb = Not quite. The selfie must be taken there and then. Using an old photo is cheating the attendance.
presensi-wajah-q-admin = Bright light, no mask, no glare on the glasses, but the face is still not recognised. What do you do?
presensi-wajah-q-admin-a = Ask a colleague whose face is registered to check in for me
presensi-wajah-q-admin-a-fb = Not quite. Checking in for someone else is a discipline offence, for you and for that colleague.
presensi-wajah-q-admin-b = Go home, because I cannot check in
presensi-wajah-q-admin-b-fb = Not quite. You still work. The admin sorts out the app's problem.
presensi-wajah-q-admin-c = Click "{ presensi-app-ask-admin }" and tell my superior that same day
presensi-wajah-q-admin-c-fb = Right. The admin registers the face again, and your superior knows you are present.

## Lesson 10: No cheating
presensi-jangan-curang-title = Fake location and proxy check-ins
presensi-jangan-curang-summary = Refuse a request to check in for someone, and remove a fake-location app.
presensi-jangan-curang-intro = Two things you must never do, even though many people offer them:
    1. Fake location (Fake GPS): an app that makes the phone seem to be at the office.
    2. Proxy check-in (titip presensi): giving your NIP and password so someone else checks in for you, or doing it for someone else.
    Both falsify attendance data. Civil servants who do it, and those who help, can be given a disciplinary penalty under Government Regulation (PP) No. 94 of 2021 on civil servant discipline, and their allowance is cut.
    Your attendance password is personal, like a signature. Never give it to anyone.
    This morning, 10 June 2025, 07:12, you are already at the office. There is a message from a colleague on the app's screen.
presensi-jangan-curang-colleague = Read the colleague's message: he asks for your NIP and password so that he can check in in your name. Refuse.
presensi-jangan-curang-colleague-h1 = The colleague's message is on the app's start screen, with two buttons: Berikan (Give) and Tolak (Refuse).
presensi-jangan-curang-colleague-h2 = Click the { presensi-app-colleague-refuse } button.
presensi-jangan-curang-colleague-ok = Right. You protect yourself and that colleague. If you want to help, suggest he requests Izin or tells his superior.
presensi-jangan-curang-colleague-shared = That's all right, this is only practice. But in real life, with that NIP and password someone else can check in in your name, and both of you break the discipline rules. Change your password at once if it ever happens. Now click { presensi-app-colleague-refuse }.
presensi-jangan-curang-try = Now check in. Click { presensi-app-check-in } and follow the steps until the app shows a message.
presensi-jangan-curang-try-h1 = Start with the { presensi-app-check-in } button on the start screen.
presensi-jangan-curang-try-h2 = Click { presensi-app-check-in }, then read the refusal at the top of the phone screen.
presensi-jangan-curang-try-ok = Refused: there is a fake-location app on the phone. This phone is a hand-me-down from a nephew, and the app came with it. As long as it is there, check-in is always refused, even when you really are at the office.
presensi-jangan-curang-settings = Remove that app. Open the phone's settings.
presensi-jangan-curang-settings-h1 = The phone's settings are outside the attendance app. In this practice, the button is beside the phone.
presensi-jangan-curang-settings-h2 = Click "{ presensi-app-phone-settings }" beside the phone.
presensi-jangan-curang-settings-ok = Look at the installed apps. There is a fake-location app there.
presensi-jangan-curang-remove = Remove the fake-location app.
presensi-jangan-curang-remove-h1 = Under { presensi-app-setting-apps }, find the fake-location app. Beside it is a { presensi-app-remove-app } button.
presensi-jangan-curang-remove-h2 = Click the { presensi-app-remove-app } button beside the fake-location app.
presensi-jangan-curang-remove-ok = The fake-location app is removed. Never install it again.
presensi-jangan-curang-remove-location = That switched Location off. Without location the check-in is refused too. That's all right. Click the Location switch once more until it is on, then remove the fake-location app.
presensi-jangan-curang-remove-other = That setting does not need changing. If it changed, click it once more. Then find the installed apps and remove the fake-location app.
presensi-jangan-curang-checkin = Click { presensi-app-back } to return to the attendance app. Then check in to the end.
presensi-jangan-curang-checkin-h1 = Click { presensi-app-back } at the top right of the phone to return to the attendance app.
presensi-jangan-curang-checkin-h2 = Click { presensi-app-check-in }, then { presensi-app-map-next }, { presensi-app-take-photo } and { presensi-app-send-attendance }.
presensi-jangan-curang-checkin-ok = Check-in recorded honestly, from where you really are.
presensi-jangan-curang-checkin-still = The fake-location app is still installed. That's all right. Open the phone's settings and click { presensi-app-remove-app } beside that app.
presensi-jangan-curang-checkin-location = The phone's location is off. That's all right. Open the phone's settings, switch Location on, then try again.
presensi-jangan-curang-q-titip = A colleague writes: "I'm still on the road, please check in for me. Here are my NIP and password." What do you do?
presensi-jangan-curang-q-titip-a = Help, out of kindness
presensi-jangan-curang-q-titip-a-fb = Not quite. Checking in for someone else is a discipline offence, for you and for that colleague.
presensi-jangan-curang-q-titip-b = Refuse politely, and suggest he checks in himself when he arrives
presensi-jangan-curang-q-titip-b-fb = Right. Being a little late only costs a little. Faking attendance is a breach of discipline.
presensi-jangan-curang-q-titip-c = Help just this once
presensi-jangan-curang-q-titip-c-fb = Not quite. Once is still an offence. Many apps record which phone is used and match the face.
presensi-jangan-curang-q-gps = Someone offers an app to check in from home without being found out. What do you say?
presensi-jangan-curang-q-gps-a = Try it, nobody will notice
presensi-jangan-curang-q-gps-a-fb = Not quite. Attendance apps can detect a faked location. Using one is a discipline offence under PP 94 of 2021.
presensi-jangan-curang-q-gps-b = Refuse. Attendance only from where I really am
presensi-jangan-curang-q-gps-b-fb = Right. If you really work elsewhere, request Dinas Luar. If WFH has been set, choose { presensi-app-kind-wfh }.

## Skill check
presensi-uji-kemampuan-title = Skill check: Online attendance
presensi-uji-kemampuan-summary = One working day: Presensi Masuk, Dinas Luar and Presensi Pulang. No hints.
presensi-uji-kemampuan-intro = This is the skill check of the Online attendance module. There are no hints, but you may try as often as you like.
    Monday, 16 June 2025, 07:11. Work starts at 07:30 and ends at 16:00. You have just parked your motorbike in front of a minimarket.
    Today's tasks:
    1. Check in, on time, from inside the office radius.
    2. The day after tomorrow, Wednesday 18 June 2025, you are sent to a SIASN training at the BKPSDM office of Kabupaten Sukamaju. Request Dinas Luar with the letter of assignment in the { disk-folder-dokumen } folder.
    3. Check until the request is Diterima (accepted).
    4. In the afternoon, check out (Presensi Pulang).
    Take your time. You have practised every step before.
presensi-uji-kemampuan-clock = Check in (Presensi Masuk).
presensi-uji-kemampuan-clock-ok = Good. "{ presensi-app-setting-auto-time }" is on.
presensi-uji-kemampuan-location-off = The phone's location is now off. Without location the check-in is refused. Switch Location on again in the phone's settings.
presensi-uji-kemampuan-clock-again = The phone's clock is still not automatic. Open the phone's settings and switch on "{ presensi-app-setting-auto-time }".
presensi-uji-kemampuan-checkin = Go on with the check-in until the camera.
presensi-uji-kemampuan-checkin-ok = Check-in recorded, on time, inside the radius.
presensi-uji-kemampuan-outside = The app refuses because of the distance. Please try again.
presensi-uji-kemampuan-pulang = That is Presensi Pulang. This morning you need Presensi Masuk.
presensi-uji-kemampuan-request = Now request Dinas Luar for Wednesday, 18 June 2025 (18-06-2025), with the letter of assignment from the { disk-folder-dokumen } folder.
presensi-uji-kemampuan-request-ok = The Dinas Luar request is sent with the PDF letter of assignment.
presensi-uji-kemampuan-kind = That is another kind of request. A full-day training with a letter of assignment is requested as Dinas Luar.
presensi-uji-kemampuan-too-big = That file is over 300 KB. Look at the size beside each file name and choose the smaller letter of assignment.
presensi-uji-kemampuan-format = That file cannot be attached. Choose the letter of assignment as a PDF.
presensi-uji-kemampuan-no-attachment = Dinas Luar needs the letter of assignment. Attach it first, then send again.
presensi-uji-kemampuan-not-pdf = Dinas Luar needs the letter of assignment as a PDF, not a photo. Change the attachment.
presensi-uji-kemampuan-dates = The dates are not right yet. Start and end date: 18-06-2025.
presensi-uji-kemampuan-sent-other = The request was sent, but it is not a Dinas Luar with a PDF letter of assignment. Make a new request.
presensi-uji-kemampuan-status = Check whether the Dinas Luar request has been Diterima.
presensi-uji-kemampuan-status-ok = Accepted. The morning's work is done.
presensi-uji-kemampuan-q-titip = Your own superior asks for your attendance NIP and password "to make things easier". What do you answer?
presensi-uji-kemampuan-q-titip-a = Refuse politely: the password is personal and may not be given away
presensi-uji-kemampuan-q-titip-a-fb = Right. Whoever asks, the password stays personal.
presensi-uji-kemampuan-q-titip-b = Give it, because it is my superior asking
presensi-uji-kemampuan-q-titip-b-fb = Not quite. The password is personal, whoever asks. The admin can help without your password.
presensi-uji-kemampuan-map-ok = You are inside the office radius.
presensi-uji-kemampuan-face = Take the selfie until your face is recognised.
presensi-uji-kemampuan-face-ok = Face recognised.
presensi-uji-kemampuan-face-not-that = That did not solve the problem. Read the message on the camera again, then try something else.
presensi-uji-kemampuan-face-admin = Your face is already registered, so the admin is not needed yet. Click { lesson-restart-step }, then read the message on the camera again.
presensi-uji-kemampuan-send = Send the check-in.
presensi-uji-kemampuan-pulang-do = Now it is the afternoon. Click { presensi-app-wait-evening } beside the phone. Then check out (Presensi Pulang).
presensi-uji-kemampuan-pulang-ok = Presensi Pulang recorded, on time. The working day is complete. One question remains.
presensi-uji-kemampuan-pulang-early = Presensi Pulang was recorded before the end of work, so it counts as leaving early. Click { lesson-restart-step }, then wait until the afternoon first.
presensi-presensi-masuk-allow-ok = The map appears. The circle is the office radius. The blue dot is you, 40 metres from the office.
presensi-presensi-masuk-map = Your blue dot is inside the circle. Click { presensi-app-map-next } under the map.
presensi-presensi-masuk-map-h1 = The { presensi-app-map-next } button is under the map.
presensi-presensi-masuk-map-h2 = Click the { presensi-app-map-next } button.
presensi-izin-sakit-cuti-izin-kind = That Izin can be requested again with a complete reason. Click { presensi-app-back } to the list, click { presensi-app-new-request }, then choose { presensi-app-kind-izin }.
presensi-izin-sakit-cuti-izin-kind-h1 = The { presensi-app-new-request } button is under the { presensi-app-requests } list.
presensi-izin-sakit-cuti-izin-kind-h2 = After clicking { presensi-app-new-request }, choose { presensi-app-kind-izin }.
presensi-izin-sakit-cuti-izin-kind-ok = The Izin form is open. Izin needs no attachment, but the reason is required.
presensi-izin-sakit-cuti-izin-kind-other = That is another kind. That's all right. Click { presensi-app-back }, then choose { presensi-app-kind-izin }.
presensi-izin-sakit-cuti-izin-send = Fill in the { presensi-app-request-from } box with 23-05-2025. In the { presensi-app-request-reason } box, write a complete reason, for example: Mengantar ibu berobat ke RSUD Sukamaju (taking my mother to the hospital). Then click { presensi-app-send-request }.
presensi-izin-sakit-cuti-izin-send-h1 = Type the date as day-month-year. The { presensi-app-request-to } box may stay empty for one day.
presensi-izin-sakit-cuti-izin-send-h2 = A complete reason says what the matter is and where. Then click { presensi-app-send-request }.
presensi-izin-sakit-cuti-izin-send-ok = The Izin is sent again, this time with a clear reason. Its status is Dikirim.
presensi-izin-sakit-cuti-cuti-kind = One more: you will take annual leave on Monday, 23 June 2025. Your superior has approved the leave letter. Click { presensi-app-new-request }, then choose { presensi-app-kind-cuti }.
presensi-izin-sakit-cuti-cuti-kind-h1 = If the { presensi-app-requests } list is not showing, click { presensi-app-back } first. The { presensi-app-new-request } button is under the list.
presensi-izin-sakit-cuti-cuti-kind-h2 = After clicking { presensi-app-new-request }, choose { presensi-app-kind-cuti }.
presensi-izin-sakit-cuti-cuti-kind-ok = The Cuti form is open. In this app leave is only recorded. The leave request itself still goes by letter or your agency's leave app.
presensi-izin-sakit-cuti-cuti-kind-other = That is another kind. That's all right. Click { presensi-app-back }, then choose { presensi-app-kind-cuti }.
presensi-izin-sakit-cuti-cuti-send = Fill in the { presensi-app-request-from } box with 23-06-2025. In the { presensi-app-request-reason } box, write: Cuti tahunan (annual leave). Then click { presensi-app-send-request }.
presensi-izin-sakit-cuti-cuti-send-h1 = Type the date as day-month-year: 23-06-2025.
presensi-izin-sakit-cuti-cuti-send-h2 = When the date and the reason are filled in, click { presensi-app-send-request } at the bottom of the form.
presensi-izin-sakit-cuti-cuti-send-ok = The leave is recorded. That day does not count as absent.
presensi-izin-sakit-cuti-no-reason = The { presensi-app-request-reason } box is still empty. Write the reason, then click { presensi-app-send-request } again.
presensi-izin-sakit-cuti-bad-dates = The dates are not right yet. Fill in the { presensi-app-request-from } box as in this step's example, then click { presensi-app-send-request } again.
presensi-izin-sakit-cuti-draft-again = It was saved as a Draf and has not reached your superior. That's all right. Click its row in the { presensi-app-requests } list, then click { presensi-app-send-request }.
