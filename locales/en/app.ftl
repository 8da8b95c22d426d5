# Tuntun — the words of the app itself (screens, buttons, messages).
# Lesson words are in one file per module (dasar.ftl …).

## Start-up problems
error-title = Tuntun cannot open yet
error-data-dir = The data folder cannot be used: { $path }
error-too-new = The progress file in { $path } was made by a newer version of Tuntun. It was not changed. Please use the newest Tuntun.
error-corrupt = The progress file in { $path } is damaged or is not a Tuntun file.
error-open = The progress file in { $path } cannot be opened.
error-database = The progress file cannot be used.
error-call-mentor = Please call your mentor. The note below helps them.
notice-not-saved = Your progress has not been saved. You may go on; please tell your mentor.
notice-review-done = The short review is done. Thank you!
notice-restored = The progress file on this laptop was damaged. Tuntun is using the backup from { $date }. Practice after that time may be missing. The damaged file was kept in { $path }.
notice-restored-empty = The progress file on this laptop was damaged and there was no backup yet, so progress starts again. The damaged file was kept in { $path }.
notice-missing-restored = The progress file on this laptop was missing. Tuntun is using the backup from { $date }. Practice after that time may be missing.
notice-voice-missing = This computer has no Indonesian voice for "Read aloud" yet. A mentor can add it: Windows Settings › Time & language › Language & region › Indonesian › Language options › Speech › Download. Then open Tuntun again.
notice-restored-ok = Understood

## Choosing a learner
learners-title = Who is learning today?
learners-pick = Click your name.
learners-add = Add a new learner
learners-search = Type the first letters of your name
learners-none-found = No name starts with those letters. Check the spelling, or ask the mentor.
learners-new-title = New learner
learners-name = Name
learners-name-hint = For example: Siti Rahmawati
learners-nip = NIP (may be left empty)
learners-nip-hint = 18 digits
learners-unit = Work unit (may be left empty)
learners-unit-hint = For example: Sukamaju District Office
learners-save = Save and start
learners-cancel = Cancel
learners-error-name = Please write your name first.
learners-error-long-name = This name is too long. 80 letters are enough.
learners-error-nip = A NIP has 18 digits. Please check it, or leave it empty.
learners-error-long-unit = The work unit is too long. 120 letters are enough.
learners-error-save = The learner could not be saved. Please call your mentor.

## Settings
settings-open = Settings
settings-title = Settings
settings-language = Language
settings-lang-id = Bahasa Indonesia
settings-lang-en = English
settings-chosen = Chosen
settings-close = Done
settings-transfer = Move to another laptop
settings-transfer-help = Save every learner's progress to a USB stick, then take it on another laptop. Safe to repeat: nothing is lost or counted twice.
transfer-save-to = Save to { $place }
transfer-working = Saving or taking progress… Please wait a moment.
transfer-take = Take from { $file }
transfer-none-found = No progress file (.tuntun) was found on a USB stick or in the Documents and Downloads folders.
transfer-saved = Saved in { $file } ({ $learners } learners).
transfer-taken = Done. New learners: { $learners }. New practice records: { $events }.
transfer-error-save = The file cannot be saved there. Try another place, or call your mentor.
transfer-error-foreign = This is not a Tuntun progress file. Nothing was changed.
transfer-error-future = This file was made by a newer Tuntun. Update Tuntun on this laptop first. Nothing was changed.
transfer-error-truncated = This file is incomplete; it may have been cut off while copying. Copy it again from the other laptop. Nothing was changed.
transfer-error-tampered = This file was changed after it was made. Copy it again from the other laptop. Nothing was changed.
transfer-error-read = This file cannot be read. Try again, or call your mentor. Nothing was changed.
transfer-saved-private = This file holds the learners' names and NIPs. Keep the USB stick safe, and delete the file once it has been taken on the other laptop.
transfer-new-laptop = First file from the laptop "{ $name }" (key fingerprint { $fingerprint }). If you do not know this laptop, ask who made the file.
transfer-error-unsigned = This file was made by an older Tuntun and is not signed. Update Tuntun on the laptop it came from, then save the progress there again. Nothing was changed.
transfer-error-wrong-key = This file says it comes from the laptop "{ $name }", but it is not signed by that laptop. It may be forged. Nothing was changed.
transfer-error-not-file = This is not a progress file. Nothing was changed.
transfer-error-invalid = This file holds data Tuntun does not accept (for example an empty or too long name, or a wrong NIP). Nothing was changed.
place-usb = USB stick { $label }
place-documents = the Documents folder
place-downloads = the Downloads folder
place-home = your home folder

## Home
home-greeting = Welcome, { $name }
home-sign-out = Change learner
home-continue = Continue
home-resume-at = Continue from step { $n } of { $total }
home-resume-new = Next lesson
home-all-done = Every lesson is done. Well done!
home-review-title = Short review
home-review-body = A few steps from { $module } to do again, so they stay fresh. About 5 minutes.
home-review-body-open = The review of { $module } is not finished. Go on from the next step.
home-review-start = Start the review
home-review-continue = Continue the review
home-review-later = Later
home-no-lessons = There is no lesson that can be opened yet. Please call your mentor.
home-lesson-done = Done
home-lesson-at = Step { $n } of { $total }
home-lesson-new = Not started
home-lesson-unavailable = Cannot be opened yet
home-module-count = { $done } of { $total } lessons
home-assignment-title = From your mentor
home-assignment-title-label = From your mentor: { $label }
home-assignment-todo = Not done yet
home-assignment-start = Start

## Lesson player
lesson-empty = This lesson has no steps yet.
lesson-step-of = Step { $n } of { $total }
review-lesson-title = Short review: { $lesson }
review-step-of = Step { $n } of { $total } of the review
lesson-leave = Stop for now
lesson-back = Previous step
lesson-next = Next step
lesson-finish = Done
lesson-hint = Hint
lesson-hint-n = Hint { $n }: { $text }
lesson-feedback-good = Well done!
lesson-feedback-try = Not quite.
player-step-done = Step done.

## Lesson finished
finished-title = Lesson done!
finished-saved = Your progress is saved.
finished-next-is = Next: { $title }
finished-next = Next lesson
finished-home = Home
finished-check-passed-title = Congratulations, you passed!
finished-check-not-yet-title = Skill check finished
finished-check-score = Your score: { $score }%. Pass mark: { $pass }%.
finished-check-passed = The score counts the steps done right on the first try. Your mentor can now print your certificate.
finished-check-practise = Not passed this time. That is fine. Practise the lessons below again, then take the skill check again whenever you like.
finished-check-retake = Take the skill check again

## The dasar practice area
dasar-ui-back = Back
dasar-ui-menu-open = Open
dasar-ui-holding = Holding: { $item }. Let go over a folder.
dasar-ui-end = I got here
dasar-ui-save = Save
dasar-ui-pointer-help = Move the mouse slowly to the three places below. No need to click. Watch the shape of the pointer.
dasar-ui-pointer-hand = Posyandu schedule for June
dasar-ui-pointer-text = A box for typing
dasar-ui-pointer-busy = Saving… please wait

## Automatic sign-out on a shared laptop
idle-title = Are you still there?
idle-text = Nothing has happened for a while. In { $seconds } seconds you will be signed out, so that nobody else uses your account. Your progress is saved.
idle-yes = Yes, I am still here
notice-idle-signed-out = The last learner was signed out automatically after a long time without activity. Their progress is saved.

## PIN
pin-cancel = Cancel
pin-wrong = The PIN does not match yet. Try again slowly. { $tries ->
    [one] 1 more try.
   *[other] { $tries } more tries.
}
pin-locked = Too many tries. Wait { $seconds } seconds, or ask the mentor for help.
pin-error = The PIN cannot be checked right now. Please tell the mentor.
pin-learner-title = Hello, { $name }
pin-learner-help = Type your PIN with the number keys, then click OK.
pin-mentor-title = Mentor PIN
pin-mentor-help = This part is for the mentor. Type the mentor PIN, then click OK.
learners-pin = PIN (may be left empty)
learners-pin-hint = 4 to 6 digits. At home you may go without.
learners-error-pin = A PIN has 4 to 6 digits only. Or leave it empty.

## Mentor account
setup-title = Welcome to Tuntun
setup-title-more = Add a mentor
setup-intro = First create the mentor account. The mentor PIN is needed to open Settings, remove learners, reset a learner's PIN and close Tuntun on an office laptop.
setup-name = Mentor's name
setup-pin = Mentor PIN (6 digits)
setup-repeat = Repeat the PIN
setup-save = Save
setup-skip = Skip
setup-cancel = Cancel
setup-skip-help = A personal laptop at home? You may skip this. A mentor account can be made later in Settings.
setup-error-name = Please fill in the mentor's name first.
setup-error-pin = The mentor PIN has exactly 6 digits.
setup-error-repeat = The two PINs are not the same yet. Type them again slowly.
setup-error-save = The mentor account was not saved. Please try again.

## Settings for the mentor
settings-idle = Sign out automatically when nothing happens
settings-idle-never = Never
settings-idle-minutes = { $minutes } minutes
settings-kiosk = Kiosk mode (a shared office laptop)
settings-kiosk-help = Full screen; Tuntun can only be closed with the mentor PIN.
settings-kiosk-on = On
settings-kiosk-off = Off
settings-learners = Learners on this laptop
settings-clear-pin = Remove PIN
settings-delete = Remove learner
settings-delete-confirm = Sure? Click once more
settings-mentor-title = Mentors
settings-mentors = Mentors: { $names }
settings-mentors-none = There is no mentor account yet. Settings are open to everyone.
settings-add-mentor = Add a mentor

## Tuntun opened twice
already-running-title = Tuntun is already open
already-running-text = Tuntun is already open on this computer. Find its window in the taskbar at the bottom of the screen and click it. You may close this window.
already-running-close = Close
settings-kiosk-needs-mentor = Kiosk mode needs a mentor account first, so that Tuntun can only be closed with the mentor PIN. Click "Add a mentor" below.
lesson-read-aloud = Read aloud
lesson-offer-hint = Need some help? Click Hint below. No hurry at all.
lesson-call-mentor-text = This step is not easy. The orange frame shows where to act. You may also call the mentor.
lesson-call-mentor-text-no-box = This step is not easy. You may call the mentor.
lesson-restart-step = Start this step again
lesson-call-mentor = Call the mentor
lesson-mentor-called = Your request for help is noted for the mentor. Raise your hand too, so the mentor comes soon. While you wait, you may try again.

## Mentor view
mentor-open = Class
mentor-title = Class
mentor-summary = { $learners } learners; { $flagged } need help.
mentor-all-units = All units
mentor-flagged-only = Only those who need help
mentor-never = never
mentor-last-active = Last practice: { $date }
mentor-week = This week: { $minutes } minutes
mentor-stuck = Needs help: { $lesson }, step { $step } ({ $mistakes } mistakes, { $hints } hints).
mentor-idle = Needs help: { $lesson } unfinished; { $days } days without practice.
mentor-called = Called the mentor (at { $time }): { $lesson }, step { $step }.

## Tampilan: text size and colours, per learner
display-open = Display
display-size = Text size
display-size-normal = Large
display-size-larger = Larger
display-size-largest = Largest
display-colours = Colours
display-colours-normal = Normal colours
display-colours-high = High contrast
display-done = Done

## A mentor's preview of a step (from Langkah tersulit)
lesson-preview-close = Done looking
lesson-preview-note = Mentor's preview: nothing is recorded.
