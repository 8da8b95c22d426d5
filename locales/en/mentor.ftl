## The mentor's pages ("Class"), behind the mentor PIN.

mentor-error-read = This learner's data cannot be read. Try opening it again.
mentor-error-save = Not saved yet. Try once more.
mentor-back = Back
mentor-hardest-open = Hardest steps
mentor-sessions-open = Coaching sessions
mentor-report-xlsx = Class report (.xlsx)
mentor-place-documents = Documents
mentor-file-written = Saved to { $path }
mentor-file-working = Making the file… Please wait a moment.
mentor-file-failed = The file cannot be saved to { $path }. Check that the folder exists and has room.
mentor-minutes-jp = { $jp ->
        [0] { $minutes } minutes (less than 1 JP)
       *[other] { $minutes } minutes ({ $jp } JP)
    }

## Charts
mentor-chart-modules = Class progress per module
mentor-chart-done = finished
mentor-chart-doing = learning
mentor-chart-not-started = not started
mentor-chart-days = Learning in the last 14 days
mentor-chart-days-help = Bars: minutes of learning per day ({ $minutes } minutes in all). Bottom figure: learners who practised.

## One learner
mentor-nip = NIP { $nip }
mentor-summary-pdf = Summary PDF
mentor-certificate-pdf = Certificate PDF: { $module }
mentor-kantor = Office (printed on the certificate):
mentor-kantor-example = For example: Kantor Camat Sukamaju
mentor-time-total = Learning time: { $time }
mentor-skill-check-passed = Skill check { $module }: { $score }%, passed (pass mark { $pass }%; taken { $attempts } times)
mentor-skill-check-not-passed = Skill check { $module }: { $score }%, not passed yet (pass mark { $pass }%; taken { $attempts } times)
mentor-standards = Standards mastered: { $list }
mentor-standards-none = No standard mastered yet. Standards are mastered once the module's skill check is passed.

mentor-assign-title = Assignment
mentor-assign-nothing = No assignment yet.
mentor-assign-current = Current assignment: { $done } of { $total } lessons done.
mentor-assign-label = Name
mentor-assign-label-example = For Thursday
mentor-assign-save = Save assignment
mentor-assign-clear = Remove assignment
mentor-assign-saved = Assignment saved. The learner sees it first on their home screen.
mentor-assign-cleared = Assignment removed.
mentor-assign-none = Choose at least one lesson for this assignment.

mentor-notes-title = Notes
mentor-note-placeholder = Write a note about this learner
mentor-note-save = Save note
mentor-note-empty = The note is empty. Write it first, then click Save note.
mentor-note-by = { $date }, by { $mentor }
mentor-notes-none = No notes yet.

mentor-timeline-title = Learning history
mentor-timeline-session = { $date }, { $from }–{ $to }: { $minutes } minutes of learning
mentor-timeline-finished = { $date }, { $time }: finished "{ $lesson }"
mentor-timeline-none = Has not practised yet.

mentor-steps-title = Steps tried
mentor-steps-none = No step tried yet.
mentor-step-where = { $lesson }, step { $step }
mentor-step-figures = { $tries } tries, { $mistakes } mistakes, { $hints } hints, { $minutes } min { $seconds } s, { $done ->
        [yes] done
       *[other] not done yet
    }
mentor-step-mistake = { $count }× { $text }

## Hardest steps
mentor-hardest-title = Hardest steps
mentor-hardest-help = The ten steps with the most mistakes and hints in this class. Good ones to explain to everyone.
mentor-hardest-figures = { $mistakes } mistakes, { $hints } hints, { $learners } learners
mentor-hardest-none = No hard step yet. Well done!

## Coaching sessions
mentor-sessions-title = Coaching sessions
mentor-session-new = Record a new session
mentor-session-date = Date (dd-mm-yyyy)
mentor-session-topic = Topic
mentor-session-present = Learners present:
mentor-session-plan = Plan for next time
mentor-session-save = Save session
mentor-session-saved = Session saved.
mentor-session-bad-date = The date is not right yet. Write it like 05-11-2026.
mentor-session-no-topic = The topic is empty. Write the topic first.
mentor-sessions-held = Sessions held
mentor-sessions-none = No session yet.
mentor-session-line = { $date }: { $topic }
mentor-session-who = Present: { $names }
mentor-session-nobody = not recorded
mentor-session-next = Plan for next time: { $plan }
mentor-hardest-preview = See this step
