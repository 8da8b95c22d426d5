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
report-time-total = Total learning time: { $minutes } minutes ({ $jp } JP) in { $sessions } learning sessions.
report-time-rule = A learning session ends after more than 30 minutes without practice. 1 JP = 45 minutes.
report-sessions-heading = Learning sessions
report-col-date = Date
report-col-start = Start
report-col-end = End
report-col-minutes = Minutes
report-finished-heading = Finished lessons
report-col-lesson = Lesson
report-none-finished = No lesson finished yet.
report-checks-heading = Skill-check scores
report-col-module = Module
report-col-score = Score
report-score = { $score }%
report-none-checks = No skill check finished yet.
report-standards-heading = Standards proven
report-none-standards = No standard proven yet.
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

## Certificate of completion
report-cert-title = Certificate of Completion
report-cert-doc-title = Certificate { $module } — { $name }
report-cert-given-to = Awarded to
report-cert-has-finished = for completing every lesson of the module
report-cert-hours = Learning hours: { $jp } JP ({ $minutes } minutes of learning; 1 JP = 45 minutes)
report-cert-period = Period of study: { $first } to { $last }
report-cert-standards = Standards mastered
report-cert-place-date = Printed on { $date }
report-cert-mentor = Mentor,
report-cert-signature = (..............................)
