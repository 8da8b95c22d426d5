# Tuntun — the printed reports (learner summary and certificate), for the mentor and BKPSDM.

## Learner summary
report-summary-title = Learner progress summary
report-summary-doc-title = Progress summary of { $name }
report-name = Name
report-nip = NIP
report-unit = Work unit
report-printed = Printed
report-empty = -
report-time-heading = Learning time
report-time-total = Total learning time: { $jp ->
        [0] { $minutes } minutes, less than 1 JP,
       *[other] { $minutes } minutes ({ $jp } JP)
    } in { $sessions } learning sessions.
report-time-rule = A learning session ends after more than 30 minutes without practice. 1 JP = 45 minutes.
report-sessions-heading = Learning sessions
report-col-date = Date
report-col-start = Start
report-col-end = End
report-col-minutes = Minutes
report-col-time = Time (minutes:seconds)
report-finished-heading = Finished lessons
report-col-lesson = Lesson
report-none-finished = No lesson finished yet.
report-checks-heading = Skill-check scores
report-col-module = Module
report-col-score = Score
report-score = { $score }%
report-none-checks = No skill check finished yet.
report-col-result = Result
report-passed = Passed (pass mark { $pass }%)
report-not-passed = Not passed yet (pass mark { $pass }%)
report-standards-heading = Standards mastered
report-none-standards = No standard mastered yet. Standards are mastered once the module's skill check is passed.
report-steps-heading = Step by step
report-col-step = Step
report-col-tries = Tries
report-col-mistakes = Mistakes
report-col-hints = Hints
report-col-done = Done
report-yes = Yes
report-no = Not yet
report-none-steps = No practice yet.
report-made-by = Made with Tuntun.

## Certificate of a passed skill check
report-cert-title = Certificate of Skill
report-cert-doc-title = Certificate { $module } — { $name }
report-cert-given-to = Awarded to
report-cert-has-passed = for passing the skill check of the module
report-cert-passed-on = on { $date } with a score of { $score }% (pass mark { $pass }%)
report-cert-hours = Learning hours: { $jp } JP ({ $minutes } minutes of practice; 1 JP = 45 minutes)
report-cert-under-one-jp = Practice time: { $minutes } minutes, less than 1 JP (1 JP = 45 minutes)
report-cert-period = Period of study: { $first } to { $last }
report-cert-standards = Standards mastered
report-cert-kantor-date = { $kantor }, { $date }
report-cert-mentor = Mentor,
report-cert-signature = (..............................)

## The class report (xlsx and CSV)
report-sheet-title = Class report
report-sheet-name = Name
report-sheet-nip = NIP
report-sheet-unit = Work unit
report-sheet-module = Module
report-sheet-done = Lessons finished
report-sheet-total = Lessons in all
report-sheet-score = Skill-check score (%)
report-sheet-passed = Passed
report-sheet-passed-on = Date passed
report-sheet-last-active = Last active
report-sheet-standards = Standards mastered
