# English.

## Commands (bot menu)
command-start = Get started
command-help = Help
command-route = My route
command-diagnostics = Self-diagnosis
command-profile = My educational history
command-language = Язык / Language
command-cancel = Cancel the current action

## Greeting and help
start-greeting =
    Hello, { $name }!

    I help run a teacher's individual educational route (IOM): self-diagnosis against the professional standard "Teacher", professional deficits, goal and tasks, resources and activities, approval by the deputy head, checkpoints and reflection.
start-commands =
    Commands:
    /menu — main menu: what to do next
    /route — my route
    /diagnostics — self-diagnosis
    /profile — my educational history
    /language — язык / language
    /help — help
    /cancel — cancel the current action
    /pause 14 — pause reminders (vacation), /resume — resume them
    /mydata — my data, /deletemydata — delete my data
    Deputy heads: /school, /invite, /invites, /mentor. Methodists: /district, /holidays, /catalog.
start-no-invite =
    To start you need an invite link from your school. Ask the deputy head for methodical work or the head of your subject association for one and open it in Telegram.
help-text =
    How to work with your route:
    1. Take the self-diagnosis (/diagnostics): one statement at a time, a score from 0 to 3. You can stop and continue later.
    2. Build the route (/route): the bot proposes a draft from your deficits; you can change it.
    3. Submit it for approval: the deputy head or the head of your subject association approves it or returns it with a comment.
    4. Mark activities done, attach evidence, answer the checkpoints.
    5. Every half year, an effectiveness analysis; at the end, the final reflection and the next route.

    { start-commands }

## Language
language-choose = Choose the interface language:
language-changed = Interface language: English.
language-ru = Русский
language-en = English

## Cancel and unexpected input
cancel-done = Cancelled. The answers you have given are kept; you can continue at any time.
cancel-nothing = There is nothing to cancel.
unknown-input = I did not understand that. Pick a command from the menu or send /help.

## Errors
error-generic = Something went wrong, and your last action may not have taken effect. Please repeat it a little later.
error-not-saved = Not saved: the database is unavailable right now. Please send the same again in a minute.
private-only = I work in private chats only, so that route data never reaches shared chats. Write to me: https://t.me/{ $bot }
file-too-big = The file is too large: at most { $megabytes } MB.
file-too-many-lines = The file has too many lines: at most { $lines }. Split it into parts.
file-failed = The file could not be sent. Everything else is saved; try to get it again.
file-retry = Send again
error-stale-button = This button is out of date. Open the section again.
error-route-not-completed = The next IEP starts once the current one is completed.
error-term-not-started = The IEP's term has not started yet.
error-wrong-reflection-kind = A different kind of reflection is expected now. Open the IEP again.
error-self-assessment-range = The self-assessment is a number from 1 to 5.
error-return-needs-comment = To return the IEP for revision, write a comment.
error-reflection-needs-fact = Write what you managed to do.
error-not-allowed = You do not have the rights for this.

## Common
saved = Saved
expect-text = I am waiting for a text answer. Type it as a message or press /cancel.
error-wrong-status = This is not possible now: the route's state has changed. Open /route again.

## Consent to personal data processing (152-FZ)
consent-text =
    Consent to personal data processing

    To keep your route the bot stores: your full name, position, education, experience, qualification category and courses, self-diagnosis results, the content of the route and the evidence you attach. Only you, your school's deputy head for academic affairs and subject association head, your mentor and the municipal methodical service see them.

    Purpose: supporting the teacher's continuous professional development (Federal Law No. 152-FZ "On Personal Data"). You can withdraw consent at any time; your data will then be deleted.
consent-yes = I consent
consent-no = I do not consent
consent-given = Consent received and recorded. Thank you!
consent-declined = Without consent to personal data processing the bot cannot keep your route. If you change your mind, open the invite link again.

## Invites
invite-not_found = Invite not found. Check the link or ask your deputy head for a new one.
invite-expired = This invite has expired. Ask your deputy head for a new link.
invite-revoked = This invite was revoked. Ask your deputy head for a new link.
invite-used_up = This invite has already been used. Ask your deputy head for a new link.
invite-joined =
    You have joined { $organisation } as { $role }.{ $hasAssociation ->
        [yes] { " " }Subject association: { $association }.
       *[no] {""}
    }
role-teacher = teacher
role-mentor = mentor
role-shmo_head = subject association head
role-deputy = deputy head for academic affairs
role-director = head teacher
role-methodist = municipal methodist
role-admin = administrator
role-help-teacher = Start with the self-diagnosis: /diagnostics
role-help-mentor = When a teacher you mentor submits a route, you can comment on it.
role-help-shmo_head = You will receive the routes of your association's teachers for approval.
role-help-deputy = You will receive the school's routes for approval. Invite colleagues: /invite, list invites: /invites.
role-help-director = Invite colleagues: /invite, list invites: /invites.
role-help-methodist = The district's indicators are available to you.
role-help-admin = Create a school: /newschool School name.

## Educational history
history-intro = Let us fill in your individual educational history; it goes into your route. Each answer is saved at once; you can stop at any time (/cancel) and change answers in /profile.
history-step = Step { $step } of { $total }. { $question }
history-edit-step = { $question }
history-ask-fullName = Your full name?
history-ask-position = Your position (e.g. mathematics teacher)?
history-ask-education = Your education?
history-ask-teachingYears = Teaching experience in full years (a number, e.g. 12)?
history-ask-qualificationCategory = Qualification category?
history-ask-lastAttestationDate = Date of your last attestation (e.g. 15.03.2024)?
history-ask-courses = Professional development courses and retraining in the last 3 years (briefly)?
history-ask-problemExperience = Your experience with the chosen problem (briefly)?
history-skip = Skip
history-done = Your educational history is saved. Next step: the self-diagnosis against the professional standard "Teacher".
history-bad-years = Give your experience as a whole number of years from 0 to 60, e.g. 12.
history-date-in-future = The attestation date cannot be in the future. Example: 15.03.2024.
history-title = Individual educational history
history-empty = —
history-field-fullName = Full name
history-field-position = Position
history-field-education = Education
history-field-teachingYears = Teaching years
history-field-qualificationCategory = Category
history-field-lastAttestationDate = Last attestation
history-field-courses = Courses and retraining
history-field-problemExperience = Experience with the problem
education-higher_pedagogical = Higher, in education
education-higher_other = Higher, other
education-secondary_pedagogical = Vocational, in education
education-secondary_other = Vocational, other
category-none = No category
category-compliance = Fit for the position
category-first = First
category-highest = Highest
category-methodist = Teacher-methodist
category-mentor = Teacher-mentor

## Self-diagnosis
diag-intro = Self-diagnosis of professional deficits against the professional standard "Teacher": { $total } statements, each scored 0 to 3. Answer honestly: your route depends on it. You can pause and continue later.
diag-resume = Continuing the self-diagnosis: { $answered } of { $total } answered.
diag-question =
    Statement { $number }/{ $total } ({ $answered } answered)
    { $area }

    { $statement }
diag-back = ◀ Back
diag-pause = ⏸ Pause
diag-paused = The self-diagnosis is paused. Your answers are saved; continue with /diagnostics
diag-finished = The self-diagnosis is complete. Thank you!
diag-chart-title = Professional competence profile, %
diag-chart-caption = Your competence profile. Areas below the threshold (60%) are in orange: professional deficits.
diag-deficits-title = Main professional deficits:
diag-deficit-line = { $n }. { $area }: { $percent }%{ $hasWeakest ->
        [yes] { "" }; weakest: "{ $weakest }"
       *[no] {""}
    }
diag-no-deficits = No marked deficits found. The route can build on your strengths and on sharing your experience.
diag-make-route = Design my route
diag-external = Enter external diagnostic results
diag-again = Take the self-diagnosis again
diag-external-ask = External diagnostic, area { $number } of { $total }: { $area }. Enter the result in percent (0–100) or "-" if there is none for this area.
diag-external-hint = Enter a number from 0 to 100 (e.g. 45) or "-" to skip the area.
diag-external-empty = No results entered; nothing was saved.
diag-external-saved = External diagnostic results are saved and included in your profile.

## Route: view
route-header = { $title }: { $status }
route-term = Term: { $term }
route-goal = Goal: { $goal }
route-not-set = not set
route-no-tasks = No tasks yet.
route-tasks-title = Tasks:
route-task-line = { $n }. { $title }
route-task-deficit = { "   " }Deficit: { $area }
route-resource-line = { "   " }Resource: { $title } ({ $kind }, { $form }, { $level })
route-activity-line = { "   " }{ $mark } { $date }: { $event } ({ $level }). Topic: { $topic }
route-task-deadline = { "   " }Deadline: { $date }
route-task-result = { "   "}Expected result: { $result }
route-broadcasts-title = Sharing experience:
route-broadcast-line = { $done ->
        [yes] ✅
       *[no] •
    } { $date }: { $event }, { $topic }
route-products-title = Products:
route-product-line = • { $kind }: { $title }
route-progress = Done { $done } of { $total }; due today: { $due }; overdue: { $overdue }; upcoming: { $upcoming }.
route-returned = The route was returned for correction. Comment: { $comment }
route-returned-comment = Comment on return: { $comment }
route-waiting-approval = The route is awaiting approval by the deputy head / subject association head.
status-draft = draft
status-submitted = awaiting approval
status-returned = returned for correction
status-approved = approved
status-active = in progress
status-completed = completed
status-archived = archived
level-school = school
level-municipal = municipal
level-regional = regional
level-federal = federal
kind-course = course
kind-retraining = retraining
kind-webinar = webinar
kind-seminar = seminar
kind-master_class = master class
kind-internship = internship
kind-conference = conference
kind-competition = competition
kind-mentoring = mentoring
kind-consultation = consultation
kind-community = professional community
kind-peer_learning = peer observation
kind-self_study = self-study
product-lesson_series = Series of lessons
product-methodical_materials = Methodical materials
product-didactic_materials = Didactic materials
product-portfolio = Portfolio
product-creative_report = Creative report
product-pedagogical_project = Teaching project
product-talk = Talk
product-open_lesson = Open lesson
product-publication = Publication
product-website = Website / page
product-innovation_report = Innovation report
product-experience_presentation = Presentation of experience

## Route: design
rd-start = How shall we design your route?
rd-auto = Draft from my deficits (automatic)
rd-manual = I will build it myself
rd-not-teacher = Routes are designed by school teachers. Open the invite link from your school.
rd-need-diagnostics = The automatic draft needs a self-diagnosis: /diagnostics. Or choose "I will build it myself".
rd-default-title = Route for { $from }–{ $to }
rd-auto-done = The draft is ready: a goal, tasks for your deficits, resources and dated activities. Check it and change what you need.
rd-auto-empty = No deficits found, so no tasks were proposed. Add them yourself.
rd-ask-goal = State the goal of your route (e.g. "Mastering formative assessment").
rd-ask-goal-edit = Current goal: { $current }. Type the new one.
rd-ask-term = Give the term: two dates with a dash, e.g. 01.09.2026 - 31.08.2027 (6 months to 3 years).
rd-bad-term = I did not understand the term. Example: 01.09.2026 - 31.08.2027
rd-ask-task-title = State a task (e.g. "Master reading-for-meaning techniques").
rd-ask-task-result = What is the expected result of the task (e.g. "A bank of functional literacy tasks")?
rd-ask-activity-event = Name of the activity (e.g. "Association seminar on reading for meaning")?
rd-ask-bc-event = Where will you share your experience (e.g. "A talk at the association meeting")?
rd-ask-date = Give the date, e.g. { $example } or 15.03.
rd-bad-date = I did not understand the date. Write it like { $example } or 15.03.
rd-goal = Goal
rd-term = Term
rd-tasks = Tasks ({ $count })
rd-broadcast = + Sharing experience
rd-broadcasts = 📣 Sharing experience ({ $count })
rd-bc-title = 📣 Sharing experience — where and when you present the results (002 §4.1)
rd-bc-none = No points of sharing experience yet.
rd-bc-line = { $held ->
        [yes] ✅
       *[no] { $n }.
    } { $date } — { $event }{ $withProduct ->
        [yes] . Product: { $product }
       *[no] {""}
    }
rd-bc-hint = ✏️ — change, 📅 — another date, ✖ — remove.
rd-bc-edit = ✏️ { $n }
rd-ask-bc-event-edit = How and where will you present your experience? Now: «{ $current }». Send the new text.
rd-bc-move = 📅 { $n }
rd-bc-remove = ✖ { $n }
rd-bc-held = This point is already marked as held — it cannot be changed or removed.
rd-confirm-remove-bc = Remove the point of sharing experience { $date } — { $event }?
rd-submit = 📤 Submit for approval
rd-tasks-choose = Choose a task or add a new one:
rd-add-task = + Add a task
rd-to-review = ← Back to the route
rd-back-to-task = ← Back to the task
rd-task-title = Wording
rd-task-result = Expected result
rd-task-deadline = Task deadline
rd-task-catalog = + Resource from the catalogue
rd-task-own = + My own activity
rd-task-remove-activity = Remove an activity
rd-task-delete = Delete the task
rd-choose-activity-remove = Which activity should be removed?
rd-catalog-page = Resource catalogue, page { $page } of { $pages } ({ $count } in all). Choose a resource:
rd-not-ready = The route cannot be submitted yet:
rd-not-ready-more = …and { $count } more: shown once these are fixed
rd-place-task = task { $n }
rd-submitted = The route is submitted for approval. I will tell you when there is a decision.
rd-submitted-no-approvers = The route is submitted, but your school's deputy head is not in the bot yet. Ask them to join by invite.
rd-fix = ✏️ Correct the route

## Approval
ap-summary =
    Route for approval
    Teacher: { $teacher } ({ $school })
    { $title }
    Term: { $term }
    Goal: { $goal }
    Tasks:
    { $tasks }
    Activities: { $activities }
ap-approve = ✅ Approve
ap-return = ↩️ Return for correction
ap-open = Open in full
ap-ask-comment = Write a comment: what should be corrected in "{ $title }"?
ap-done-approved = The route is approved.
ap-done-returned = The route is returned for correction; the teacher got your comment.
ap-already-decided = Already decided — { $decision }: { $decider }.
ap-decision-approve = approved
ap-decision-return = returned for correction
ap-closed-approved = Route "{ $title }" approved: { $decider }, { $date }.
ap-closed-returned = Route "{ $title }" returned for correction: { $decider }, { $date }.
ap-teacher-approved = Your route "{ $title }" is approved: { $decider }. Good luck! Mark activities done in /route.
ap-teacher-returned =
    Your route "{ $title }" was returned for correction: { $decider }.
    Comment: { $comment }

## Living the route
lv-open = Open the route
lv-checkpoint = 📝 Answer the checkpoint
lv-add-product = + Product
lv-ask-evidence = Is "{ $event }" done? Send evidence: a file, a photo, a link or a short text, or press "No evidence".
lv-no-evidence = No evidence
lv-evidence-hint = Send a file, a photo, a link or a text, or press "No evidence".
lv-file-too-big = The file is larger than { $mb } MB. Send a smaller file or a link to it.
lv-file-type = This file type is not accepted. PDF, Word, Excel, PowerPoint, images or a link will do.
lv-done = Marked: "{ $event }" is done.
lv-ask-checkpoint = Checkpoint ({ $date }): what worked, what did not and why, what to adjust? Answer with a short text.
lv-checkpoint-saved = Your reflection is saved. Thank you!
lv-product-kind = What product did you create?
lv-ask-product = { $kind }: title or link?
lv-product-saved = The product is saved in your route.
lv-rename-product = ✏️ { $title }
lv-ask-product-title = The product's new title (or a link)? Now: «{ $title }».
lv-product-renamed = The product's title is changed.
lv-remove-product = ✖ Remove
lv-confirm-remove-product = Remove the product «{ $title }»? It disappears from the route and its document.
lv-product-removed = Product removed.

## Schools and invites
org-default-district = Municipal district
org-newschool-usage = Give the name: /newschool School No. 1 (the deputy's link is single-use; for several people add e.g. x3 at the end)
org-school-created =
    School created: { $name }.
    Invite for the deputy head: { $uses ->
        [one] single-use
       *[other] for { $uses } people
    }, valid until { $date }. List and revoke: /invites
    { $link }
org-not-school-admin = This command is for the school's deputy head or director.
org-no-deputy-links = There are no valid invites for deputies.
org-deputy-link-line = { $n }. { $school }: uses left — { $left }, until { $date }
    { $link }
org-invite-choose = Whom do you want to invite?
org-invite-created =
    Invite ({ $role }), valid until { $date }{ $multi ->
        [yes] , reusable
       *[no] , single use
    }:
    { $link }
org-no-invites = No valid invites. Create one: /invite
org-invite-line = { $n }. { $role }: used { $uses } of { $max }, until { $date }
    { $link }
org-revoke = Revoke { $n }
org-revoked = The invite is revoked.

## Input checks
issue-text-empty = The text must not be empty.
issue-text-too-long = The text is too long: at most { $max } characters.
issue-invalid-date = I did not understand the date. Example: 15.03.2027 or 15.03.
issue-invalid-url = A link must start with http:// or https://
issue-invalid-choice = Choose an option with a button.
issue-association-needed = Name the subject association, e.g. Mathematics teachers.
issue-diagnosis-needed = Take the self-diagnosis first: the draft IEP is built from its deficits.
issue-required = This field is required.
issue-invalid = Invalid value.
issue-too-many = Too many items.
issue-term-end-before-start = The end date must be after the start date.
issue-term-too-short = A route lasts at least { $months } months.
issue-term-too-long = A route lasts at most { $months } months.
issue-date-outside-term = The date is outside the route's term.
issue-activity-after-deadline = The activity is later than the task's deadline.
issue-task-no-activity = The task has no activity.
issue-task-no-expected-result = The task has no expected result.
issue-route-no-goal = The route has no goal.
issue-route-no-tasks = The route has no tasks.
issue-catalog-bad-code = A resource code uses Latin letters, digits, - and _.
issue-catalog-bad-kind = Unknown resource kind.
issue-catalog-bad-form = Unknown form of education.
issue-catalog-bad-level = Unknown level.
issue-catalog-bad-area = Unknown competence area.

## Hints
press-button = Choose an answer with a button under the message above (or /cancel).
diag-press-button = Score the statement with a button from 0 to 3 under the message above. To stop: "Pause" or /cancel.

## Half-year analysis and final reflection
lv-half-year = 📊 Half-year analysis
lv-final = 🏁 Final reflection
hy-intro = Half-year analysis: for each task ({ $tasks }) we compare the actual result with the expected one, then decide what to adjust. Answers are saved at once.
hy-ask-fact =
    Task { $n }: { $title }
    Expected result: { $expected }

    What has actually been achieved?
hy-ask-corrections = What should be adjusted in the route (tasks, dates, resources)? If nothing, say so.
hy-saved = The half-year analysis is saved. Change the route if needed.
hy-change-route = ✏️ Change the route
fr-intro = Final reflection on your route. Answers are saved at once; the next route is built from them.
fr-ask-fact = What results did you achieve during the route?
fr-ask-difficulties = What difficulties arose, what did not work and why?
fr-ask-prospects = Prospects: what will you work on next? This becomes the goal of your next route.
fr-ask-self-assessment = Rate how the route went, from 1 to 5:
fr-self-assessment-hint = Choose a score with a button from 1 to 5.
fr-open-next = Open the new route
fr-done = The route is complete. Thank you for the reflection! Your next route has been created from it (unfinished tasks carried over: { $carried }); check it and submit it for approval.

## Reminders
rm-snooze = ⏰ Remind me tomorrow
rm-snoozed = I will remind you tomorrow.
rm-mark-done = ✅ Done
rm-activity_ahead = Coming up in your route: "{ $event }", { $date }.
rm-activity_due = Today in your route: "{ $event }". Mark it when it is done.
rm-activity_overdue = "{ $event }" ({ $date }) is not marked done. If it has taken place, mark it and attach evidence.
rm-checkpoint = Route checkpoint ({ $date }): tell briefly how the work is going.
rm-half_year = Time for the half-year analysis of your route.
rm-term_end_ahead = Your route's term ends on { $date }. Check what is left to do.
rm-final_reflection = Your route's term has ended ({ $date }). Do the final reflection: your next route is built from it.
rm-approval_pending = A route is waiting for approval: { $teacher }, "{ $title }".
rm-correction_interview = { $teacher } has completed the course "{ $event }". Hold the correction interview and record its outcome.
rm-school_year_start = Start of the school year: run the start-of-year monitoring of teachers' routes (deficits, route design).
rm-school_year_end = End of the school year: run the final monitoring of the routes.
rm-digest-title = Weekly route digest
rm-digest-school = { $school }: awaiting approval { $submitted }, in progress { $active }, overdue activities { $overdue }.
rm-digest-mentee = { $teacher }: done { $done } of { $total }, overdue { $overdue }.
pause-usage = Give a number of days (up to { $max }) or the end date of the pause, e.g. /pause 14 or /pause 10.01.
pause-set = Reminders are paused until { $date }. Resume earlier: /resume
pause-cleared = Reminders are on again.
holidays-usage = Give the holidays as ranges separated by commas, e.g. /holidays 28.12.2026-11.01.2027, 23.03.2027-31.03.2027
holidays-current = District holidays: { $list }
holidays-set = Holidays saved ({ $count }). No reminders are sent on those days.

## Correction interview
ci-record = 📝 Record the interview outcome
ci-ask-outcome = Outcome of the correction interview: what will the teacher apply, what should change in the route?
ci-saved = The interview outcome is saved.
ci-already = The outcome of this interview is already recorded.

## Comments and recommendations
cm-comment = 💬 Comment on the route
cm-comment-task = 💬 On a task
cm-recommend = 📌 Targeted recommendation
cm-history = Comments:
cm-line = • { $author }: { $text }
cm-line-recommendation = • 📌 { $author } (recommendation): { $text }
cm-reply = Reply
cm-ask-reply = Write your reply.
cm-choose-task = Which task is the comment about?
cm-ask-comment = Write your comment.
cm-ask-recommendation = Write a targeted recommendation for the teacher.
cm-saved = The comment was sent to the teacher.
cm-reply-saved = Your reply is sent.
cm-recommendation-saved = The recommendation is recorded and sent to the teacher.
cm-notify-comment =
    { $author } commented on your route "{ $title }"{ $hasTask ->
        [yes] , task "{ $task }"
       *[no] {""}
    }:
    { $text }
cm-notify-recommendation =
    Targeted recommendation on "{ $title }" from { $author }:
    { $text }
cm-notify-reply =
    Reply on "{ $title }" from { $author }:
    { $text }

## Word document
doc-button = 📄 Route in Word
doc-title = Teacher's individual educational route
doc-teacher = Teacher
doc-school = School
doc-term = Term
doc-status = Status
doc-history = Individual educational history
doc-diagnostics = Results of the diagnostic of professional deficits
doc-area = Competence area
doc-percent = Level, %
doc-goal = Goal
doc-tasks = Tasks, resources and activities
doc-task = Task
doc-deficit = Deficit
doc-resources = Resources
doc-activities = Activities (date, level)
doc-deadline = Deadline
doc-expected = Expected result
doc-broadcasts = Sharing teaching experience
doc-event = Event
doc-topic = Topic
doc-date = Date
doc-product = Product
doc-products = Products
doc-reflection = Reflection and self-assessment
doc-reflection-checkpoint = Checkpoint
doc-reflection-half_year = Half-year analysis
doc-reflection-final = Final reflection
doc-fact = Actual result
doc-corrections = Adjustments
doc-prospects = Prospects
doc-self-assessment = Self-assessment of the route

## Monitoring
ds-chart-school = Teachers' routes: { $school }
ds-chart-district = Share of teachers with a route by school, %
ds-no-route = no route
ds-recent-title = Done in the last { $days } days:
ds-recent-none = No activities done in the last { $days } days.
ds-recent-line = { $date }: { $teacher }, { $event }
ds-xlsx = 📊 Export to Excel
ds-no-schools = The district has no schools yet.
ds-record-facts = Record indicators: { $school }
ds-facts-title = Indicators of "{ $school }" (recorded by the methodist):
ds-fact-hasCpdRegulation = Regulation on continuous professional development
ds-fact-monitoringInVsoko = Route monitoring in the school quality system
ds-fact-jobDescriptionsUpdated = Job descriptions updated
ds-yes = yes
ds-no = no
ds-unknown = not recorded
xlsx-sheet-schools = Schools
xlsx-sheet-teachers = Teachers
xlsx-school = School
xlsx-teachers = Teachers registered
xlsx-with-route = With an approved route in the school year
xlsx-share = 2.4.1 Share of the pedagogical staff with a route, %
xlsx-recommendations = 2.4.4 Targeted recommendations issued
xlsx-regulation = 2.4.2 Regulation on continuous professional development
xlsx-vsoko = 2.4.3 Route monitoring in the school quality system
xlsx-job-descriptions = 2.4.5 Job descriptions updated for the routes
xlsx-completion = Activities done of those due so far, %
xlsx-overdue = Overdue
xlsx-teacher = Teacher
xlsx-route = Route
xlsx-status = Status
xlsx-done = Done
xlsx-total = Total
xlsx-no-route = no route
xlsx-yes = yes
xlsx-no = no

## Schools: import and mentors
org-csv-ask = Send a CSV file with the schools (one per line, the name in the first column) or paste the list as text.
org-csv-too-big = The file is too large (over 1 MB).
org-csv-empty = No school names found in the file.
org-csv-exists = { $name }: already exists
org-csv-created = { $name } — invite for the deputy ({ $uses ->
        [one] single-use
       *[other] for { $uses } people
    }, until { $date }): { $link }
org-no-mentors = The school has no mentors yet. Invite them: /invite mentor
org-choose-mentor = Choose the mentor:
org-choose-mentee-of = Whom will { $mentor } mentor?
org-mentor-assigned = Mentor { $mentor } is assigned to { $teacher }.
org-csv-header = name, school, title

## Flood protection
rate-limited = Too many messages in a row. Please wait a minute and we will go on.

## Personal data
pd-export = Everything the bot holds about you: a document to read and the same data machine-readable.
pd-ask = Delete your personal data? Your name, educational history, diagnostic results, the texts of your routes, reflections and evidence will be deleted for good; only anonymised facts (dates and states) stay for the school's statistics. This also withdraws your consent to personal data processing.
pd-confirm = Delete my data
pd-keep = Keep it
pd-kept = Fine, nothing was deleted.
pd-erased = Your personal data has been deleted and your consent withdrawn. To use the bot again you will need a new invite.
person-erased = (a user who deleted their data)
person-unnamed = (no name)

## Resource catalogue
catalog-export = The resource catalogue (CSV, opens in Excel). To add or change resources, send a file with the same columns: code, title, kind, form, level, areas (separated by |), hours, url, provider.
catalog-send-file = Send the catalogue CSV file as a document (or /cancel).
catalog-imported = Catalogue updated: { $written } resources written, { $errors } lines with errors.
catalog-error-line = Line { $line }: { $problem }
issue-catalog-duplicate-code = This resource code already appeared in the file.
issue-catalog-bad-header = The first line lacks the columns: { $columns }.
lv-broadcast-done = Marked: "{ $event }" has taken place. Add its product if there is one (+ Product).

## Corrections of a route being carried out
rc-summary = ✏️ Changes to an IEP for approval
    Teacher: { $teacher } ({ $school })
    IEP: { $title }

    What changes:
    { $changes }
rc-approve = ✅ Approve the changes
rc-return = ↩️ Return
rc-change-goal = • the goal
rc-change-term = • the term
rc-change-task_added = • new task “{ $task }”
rc-change-task_removed = • task removed: “{ $task }”
rc-change-task_changed = • task changed: “{ $task }”
rc-change-activity_added = • new activity { $date }: { $event }
rc-change-activity_removed = • activity removed { $date }: { $event }
rc-change-activity_moved = • activity “{ $event }” moved from { $from } to { $to }
rc-change-broadcast_added = • new point of sharing experience { $date }: { $event }
rc-change-broadcast_removed = • point of sharing experience removed { $date }: { $event }
rc-ask-comment = What should be corrected in the changes to the IEP “{ $title }”? Write a comment for the teacher.
rc-done-approved = The changes are approved and in force.
rc-done-returned = The changes were returned to the teacher with your comment.
rc-already-decided = These changes have already been decided.
rc-teacher-approved = ✅ The changes to your IEP “{ $title }” were approved: { $decider }. They are in force.
rc-teacher-returned = ↩️ The changes to your IEP “{ $title }” were returned: { $decider }.
    Comment: { $comment }
    The approved plan stays in force meanwhile.
rc-fix = ✏️ Correct the changes
rc-editing = ✏️ You are changing an approved IEP. The changes take effect once approved; until then the approved plan is in force.
rc-returned-comment = The changes were returned with a comment: { $comment }
rc-changes = Changes: { $count }.
rc-no-changes = No changes yet.
rc-submit = 📤 Send the changes for approval
rc-discard = 🗑 Discard the changes
rc-submitted = The changes were sent for approval. Until they are approved, the previous plan is in force.
rc-nothing-to-submit = You have not changed anything yet.
rc-waiting = Changes to the IEP are awaiting a decision. Once it is made, you can edit them again.
rc-discarded = The changes were discarded; the approved plan is in force.
rc-task-has-progress = This task has activities marked done or with evidence, so it cannot be deleted. You can delete its remaining planned activities.
rc-activity-has-progress = This activity is marked done or has evidence, so it cannot be deleted.

## Home screen
command-menu = ☰ Main menu
home-menu-button = ☰ Menu
home-outdated = That button is out of date — here is the current screen.
home-title = ☰ Main menu
home-profile = 👤 My educational history
home-help = ❓ Help
home-back-home = 🏠 Menu
home-back-list = ◀ Back to the list
home-back-schools = ◀ Back to the schools
home-previous = ◀
home-next = ▶
home-page = { $page } of { $pages }
home-step-history = Next step: fill in your educational history; it becomes part of your route.
home-do-history = ▶ Fill in the educational history
home-step-diagnosis = Next step: the self-diagnosis against the professional standard "Teacher": { $total } statements, you can pause any time.
home-do-diagnosis = ▶ Start the self-diagnosis
home-step-diagnosis-continue = Self-diagnosis: { $answered } of { $total } answered.
home-do-diagnosis-continue = ▶ Continue the self-diagnosis ({ $answered } of { $total })
home-step-route = The self-diagnosis is done. Next step: build your route from the deficits it found.
home-do-route = ▶ Build the route
home-step-draft = Your route is a draft. Complete it and submit it for approval.
home-do-draft = ▶ Continue the route
home-step-fix = Your route was returned for revision. Correct it as the comment says and submit it again.
home-do-fix = ▶ Revise the route
home-step-waiting = Your route is awaiting approval since { $date }. I will tell you when it is decided.
home-do-open = Open the route
home-step-mark = Your route is under way. This week: { $thisWeek ->
    [one] { $thisWeek } activity
   *[other] { $thisWeek } activities
}{ $overdue ->
    [0] {""}
   *[other] , overdue: { $overdue }
}.
home-do-mark = ▶ Mark what is done ({ $count } this week)
home-school = 🏫 { $school }
home-school-association = 🏫 { $school }, { $association }
home-awaiting-summary = Awaiting approval: { $count }.
home-awaiting = 📥 Awaiting approval ({ $count })
home-returned = ↩️ Returned for revision ({ $count })
home-association-routes = 👥 Routes of the association ({ $count })
home-school-routes = 📚 All routes of the school ({ $count })
home-school-dashboard = 📊 School indicators
home-mentees = You are a mentor. Routes of your teachers: { $count }.
home-mentees-button = 🤝 Routes of my teachers ({ $count })
home-district = 🗺 { $district }: { $schools ->
    [one] { $schools } school
   *[other] { $schools } schools
}.
home-district-schools = 🏫 Schools of the district ({ $schools })
home-district-dashboard = 📊 District indicators
home-district-title = Schools of the district "{ $district }"
home-list-awaiting = Awaiting approval — { $school } ({ $count })
home-list-returned = Returned for revision — { $school } ({ $count })
home-list-school = Teachers' routes — { $school } ({ $count })
home-list-association = Routes of the association — { $school } ({ $count })
home-list-mentees = Routes of my teachers ({ $count })
list-page = Page { $page } of { $pages }.
home-list-page = Page { $page } of { $pages }. Tap a route to open it.
home-list-empty = Nothing here yet.
home-item = { $teacher } — { $status }
home-item-waiting = { $teacher } — since { $date }

## Route card
card-teacher = Teacher: { $teacher }, { $place }
card-place-association = { $school }, { $association }
card-submitted = Submitted for approval on { $date }.
card-decided-approve = Approved: { $decider }, { $date }.
card-decided-return = Returned for revision: { $decider }, { $date }.
card-returned-before = Returned before with the comment: "{ $comment }"
card-deficits = Deficits: { $areas }
card-tasks = Tasks ({ $count }):
card-task = { $n }. { $title } — resources: { $resources }, activities: { $activities }
card-more-tasks = …and { $count } more — all of them under "Tasks, resources, activities"
home-settings = ⚙️ Settings
settings-title = ⚙️ Settings
settings-language = Language: { $language }
settings-reminders-on = Reminders: on.
settings-paused = Reminders: paused until { $date }.
settings-pause = ⏸ Pause for { $days } days
settings-resume = ▶ Resume reminders
command-settings = ⚙️ Settings: language, a pause in reminders
xlsx-staff = Pedagogical staff (total)
xlsx-recommendations-done = Targeted recommendations carried out
xlsx-file-name = Route monitoring { $year }.xlsx

## Indicators (000 §2.4)
ds-school-title = 📊 { $school } — school year { $year }
ds-district-title = 📊 { $district } — school year { $year }
ds-share = 2.4.1 Share of the pedagogical staff with a developed route: { $share } % ({ $withRoute } of { $staff })
ds-share-unknown = 2.4.1 Share of the pedagogical staff with a developed route: the number of staff is not entered (approved routes this school year: { $withRoute })
ds-registered = Teachers registered in the bot: { $teachers }
ds-staff-known = { $known } of { $schools } schools entered their staff; teachers registered: { $teachers }
ds-statuses = Routes: { $list }
ds-no-routes = No routes yet.
ds-activities = Activities: { $done } of { $total } done, { $overdue } overdue
ds-recommendations = 2.4.4 Targeted recommendations: { $issued } issued, { $done } carried out
ds-total-regulation = 2.4.2 Schools with a regulation on continuous professional development: { $count } of { $schools }
ds-total-vsoko = 2.4.3 Schools with route monitoring in their quality system: { $count } of { $schools }
ds-total-jobs = 2.4.5 Schools that updated job descriptions for the routes: { $count } of { $schools }
ds-deficits-title = Professional deficits (teachers):
ds-deficit-line = { $area } — { $teachers }
ds-deficit-map = 🗺 Deficit map by school
ds-deficit-map-title = 🗺 Deficit map: area — teachers, by school
ds-chart = 📈 Chart
ds-chart-no-staff = The chart appears once schools have entered their pedagogical staff.
ds-staff-button = 👥 Pedagogical staff: { $staff } ✏️
ds-record-facts-button = ✏️ Record indicators 2.4.2, 2.4.3, 2.4.5
ds-ask-staff = How many pedagogical staff does the school have (in total)? Type a number, for example: 40
ds-staff-invalid = A whole number from 1 to 2000 is needed, for example: 40
ds-staff-saved = Pedagogical staff: { $staff }.
home-back-dashboard = ◀ Back to the indicators
cm-accept = ✅ Accepted
cm-carried-out = ✔️ Carried out
cm-marked-accepted = Marked: the recommendation is accepted.
cm-marked-done = Marked: the recommendation is carried out.
cm-author-accepted = { $teacher } accepts your recommendation on the route "{ $title }": "{ $text }"
cm-author-done = { $teacher }: the recommendation on the route "{ $title }" is carried out — "{ $text }"
error-awaiting-review = The route has not yet been reviewed at the subject association's meeting: it can be approved after the review.
cm-already-marked = This is already marked.
## Subject associations
home-associations = 👥 Subject associations
org-shmo-choose = Which subject association is the head invited to?
org-shmo-first = The school has no subject associations yet. Create one, then invite its head.
shmo-title = 👥 Subject associations of "{ $school }"
shmo-steps-1 = Route approval: one step — the deputy head (or the association's head) approves.
shmo-steps-2 = Route approval: two steps — review at the association's meeting, then "Approved" by the deputy head or the director.
shmo-to-one-step = Approve in one step
shmo-to-two-steps = Approve in two steps (association first)
shmo-line = • { $name } — head: { $heads }; teachers: { $teachers }
shmo-none = No subject associations yet.
shmo-without = Teachers outside any association: { $count }
shmo-no-head = not appointed
shmo-create = ➕ Create an association
shmo-ask-name = Type the association's name, for example: Mathematics teachers
shmo-exists = An association with this name already exists (or the name is empty). Type another name.
shmo-created = Association "{ $name }" created.
shmo-one-title = 👥 { $name }
shmo-heads = Head: { $heads }
shmo-teachers = Teachers: { $count }
shmo-more = …and { $count } more
shmo-appoint-head = 👤 Appoint a head from the school's staff
shmo-invite-head = ✉️ Invite a head by link
shmo-add-teachers = ➕ Add teachers
shmo-back = ◀ All associations
shmo-back-one = ◀ Back to the association
shmo-choose-head = Who will head "{ $name }"?
shmo-choose-teachers = Whom to add to "{ $name }"? A teacher from another association is moved.
shmo-moves = (moves)
shmo-head-invite =
    Invitation for the head of "{ $name }" (single use, until { $date }):
    { $link }
shmo-choose-own = Your school has subject associations. Choose yours — your route will be reviewed at its meeting:
shmo-joined = Your subject association: { $name }.

## Document: approval and comments
doc-reviewed = Reviewed at the meeting of { $association }, minutes No. { $number } of { $date }
doc-association = the subject association
doc-approved = "Approved": { $role } { $name }, { $date }
doc-approver-deputy = deputy head for teaching
doc-approver-director = head teacher
doc-approver-shmo_head = head of the subject association
doc-approver-admin = administrator
doc-comments = Comments and recommendations
doc-comment-line = { $date }, { $author }: { $text }
doc-recommendation-line = { $date }, { $author } — targeted recommendation{ $status }: { $text }
doc-recommendation-issued = issued
doc-recommendation-accepted = accepted
doc-recommendation-done = carried out
doc-file-name = Route{ $who }{ $years }.docx

## Review by the subject association
home-awaiting-review = 📝 To review at the association ({ $count })
home-awaiting-review-summary = To review at the association: { $count }.
home-list-awaiting-review = To review at the association — { $school } ({ $count })
rv-record = 📝 Reviewed at the association's meeting
rv-summary =
    A route for the subject association to review
    Teacher: { $teacher } ({ $school })
    { $title }
    Term: { $term }
    Goal: { $goal }
    Tasks:
    { $tasks }
    Activities: { $activities }
rv-line = Reviewed at the association's meeting: minutes No. { $number } of { $date }.
rv-recommendation = The association's recommendation: { $text }
rv-ask-protocol = Route "{ $title }": type the number and date of the association's minutes, for example: 3 of { $example }
rv-protocol-invalid = I could not read the minutes' number and date. Type, for example: 3 of { $example } (the date not later than today).
rv-ask-recommendation = The association's recommendation (for example: "recommend for approval"). Without one, send "-".
rv-done = The review of "{ $title }" is recorded. The route is sent to the deputy head for approval.
rv-done-nobody = The review of "{ $title }" is recorded, but nobody can approve it yet: the school's deputy head is not in the bot.
rv-teacher = Your route "{ $title }" was reviewed at the subject association's meeting (minutes No. { $number } of { $date }) and sent to the deputy head for approval.

## Route card sections
card-back = ◀ Back to the card
card-tasks-button = 📋 Tasks, resources, activities
card-evidence-button = ✅ Done and evidence
card-outcomes-button = 📦 Products and sharing
card-reflection-button = 💭 Analysis and reflection
card-comments-button = 💬 Comments ({ $count })
card-changes-button = 🔁 What changed after the return
card-section-tasks = 📋 Tasks, resources and activities — "{ $title }"
card-section-evidence = ✅ Activities done and their evidence — "{ $title }"
card-section-outcomes = 📦 Products and sharing of experience — "{ $title }"
card-section-reflection = 💭 Analysis and reflection — "{ $title }"
card-section-comments = 💬 Comments and recommendations — "{ $title }"
card-section-changes = 🔁 What changed after the return for revision — "{ $title }"
card-section-empty = Nothing here yet.
card-no-evidence = no evidence
card-evidence-file = file { $name }
card-evidence-photo = photo
card-reflection-checkpoint = Checkpoint ({ $date })
card-reflection-half_year = Half-year analysis ({ $date })
card-reflection-final = Final reflection ({ $date })
card-checkpoint = Checkpoint { $date }: { $answer }
card-comment = { $date }, { $author }{ $onTask ->
    [yes] {" "}(on the task "{ $task }")
   *[no] {""}
}: { $text }
card-recommendation = 📌 { $date }, { $author } — targeted recommendation{ $status }{ $onTask ->
    [yes] {" "}(on the task "{ $task }")
   *[no] {""}
}: { $text }
card-no-return = The route has not been returned for revision.
card-nothing-changed = Nothing changed in the route after the return.
home-overdue = ⏰ Overdue activities ({ $count })
home-list-overdue = Routes with overdue activities — { $school } ({ $count })
home-interviews = 🗣 Interviews on correcting routes ({ $count })
ci-open = 🗣 Open the interview
ci-list-title = 🗣 Interviews on correcting routes, waiting: { $count }
ci-no-day = no day set
ci-title = 🗣 Interview on correcting the route (000 §3.2.7)
ci-teacher = Teacher: { $teacher }, route "{ $title }"
ci-course = Course: { $event } (marked { $date })
ci-day = Interview day: { $date }
ci-no-day-line = The interview day is not set.
ci-held = Held { $date }. Outcome: { $outcome }
ci-schedule = 📅 Set the day
ci-route = 📇 Route card
ci-back = ◀ Back to the interviews
ci-ask-day = On which day is the interview? For example: { $example }
ci-day-invalid = A date not before today is needed, for example: { $example }
ci-ask-change = Does the interview's outcome call for changes in the route?
ci-change-yes = ✏️ Yes — the teacher will change it
ci-change-no = No, the route stays as it is
ci-teacher-day = The interview on correcting the route "{ $title }" after the course "{ $event }" is set for { $date }.
ci-teacher-outcome = Outcome of the interview on correcting the route "{ $title }": { $outcome }
ci-teacher-change = After the interview the route "{ $title }" is to be corrected: { $outcome }
    Make the changes — they go for approval.
card-interview = 🗣 Interview on correcting the route (course "{ $event }"): { $state }
card-interview-waiting = waiting
card-interview-day = set for { $date }
card-interview-held = held { $date }, outcome: { $outcome }
doc-interviews = Interviews on correcting the route
ds-interviews = Interviews on correcting routes: { $held } of { $requested } held

## Route monitoring (000 §3.1.4, §3.1.6)
mr-button = 📸 Monitoring: start and end of the year
mr-title = 📸 Route monitoring — school year { $year }
mr-start = Start of the school year
mr-end = End of the school year
mr-taken = recorded { $date } ({ $by })
mr-not-taken = not recorded
mr-take-start = 📸 Record the start of the year
mr-take-end = 📸 Record the end of the year
mr-retake-start = 🔄 Record the start of the year again
mr-retake-end = 🔄 Record the end of the year again
mr-saved = Recorded.
mr-dynamics-later = The dynamics appear once both rounds are recorded.
mr-dynamics-title = The year's dynamics (end against start):
mr-share = 2.4.1 Share of the pedagogical staff with a route: { $from } % → { $to } %
mr-with-route = Teachers with an approved route: { $from } → { $to }
mr-activities = Activities done: { $from } → { $to }
mr-deficits = Deficits closed: { $closed } of { $deficits }
mr-recommendations = Targeted recommendations carried out: { $from } → { $to }
mr-by-school = By school:
mr-school-line = • { $school }: with a route { $from } → { $to }; deficits closed { $closed } of { $deficits }

## Methodical service
home-my-schools = 🏫 My schools ({ $count })
home-my-schools-title = My schools — { $district }
home-methodists = 👩‍🏫 Methodists and their schools
home-school-recommendations = 📌 Recommendations of the methodical service ({ $count })
mm-methodists-title = 👩‍🏫 The district's methodists and the schools they answer for:
mm-methodist-line = • { $name } — schools: { $schools }
mm-no-methodists = No methodists yet. Invite them: /invite methodist
mm-methodist-schools = Schools { $name } answers for (chosen: { $count }). Tap a school to tick or untick it.
mm-back-methodists = ◀ Back to the methodists
mm-recommend = 📌 Recommend to the school
mm-recommendations = 📌 Recommendations to the school
mm-ask-recommendation = Type a targeted recommendation to the school (for example, after the monitoring).
mm-recommendation-saved = The recommendation for "{ $school }" is recorded; received by: { $count }.
mm-notify =
    📌 A targeted recommendation of the methodical service for "{ $school }" — { $author }:
    { $text }
mm-open = Open
mm-recommendations-title = 📌 Recommendations of the methodical service — { $school } ({ $count })
mm-recommendation-line = { $date } — { $status }: { $text }
mm-recommendation-title = 📌 Targeted recommendation — { $author }, { $date }:
mm-status = State: { $status }
mm-reply = The school's answer: { $text }
mm-back-recommendations = ◀ Back to the recommendations
mm-answer-saved = The answer is recorded and sent to the recommendation's author.
mm-author-accepted = "{ $school }" accepts your recommendation: "{ $text }"
mm-author-done = "{ $school }": the recommendation is carried out — "{ $text }"
mm-author-answer = The answer of "{ $school }" to your recommendation: { $text }
xlsx-total-row = District total
xlsx-done-share = Activities done, % of all planned
xlsx-approved-on = Approved on
xlsx-goal = Goal of the route
xlsx-deficits = Professional deficits
route-untitled = Untitled route
issue-staff-out-of-range = A whole number from 1 to { $max } is needed.
issue-protocol-invalid = The minutes' number is at most 20 characters, the date not later than today.
issue-association-exists = An association with this name already exists.
issue-date-in-past = The date cannot be before today.
issue-too-many-tasks = The route already has the most tasks it may have.

## Proposals to a route (002 §3.2)
pr-propose = 📝 Propose a change
pr-choose = What do you propose to the teacher?
pr-kind-goal = The route's goal
pr-kind-task = A new task
pr-ask-goal = Type the goal you propose for the route.
pr-ask-task = Type the task you propose, for example: Master techniques of meaningful reading in lessons.
pr-sent = The proposal is sent to the teacher.
pr-notify-goal =
    📝 { $author } proposes a goal for the route "{ $title }":
    { $text }
pr-notify-task =
    📝 { $author } proposes adding a task to the route "{ $title }":
    { $text }
pr-accept = ✅ Accept
pr-decline = ✖️ Decline
pr-accepted = Accepted: the change is in the route.
pr-declined = The proposal is declined.
pr-to-route = ✏️ Open the route
pr-to-correction = ✏️ Open the route's changes
pr-author-accepted = { $teacher } accepts your proposal to the route "{ $title }": "{ $text }"
pr-author-declined = { $teacher } declines your proposal to the route "{ $title }": "{ $text }"
error-too-many-tasks = The route already has the most tasks it may have.

## The teacher's route card
tc-tasks = Tasks: { $count }
tc-returned = Returned for revision: "{ $comment }"
tc-progress = Done { $done } of { $total }; this week: { $thisWeek }; overdue: { $overdue }
tc-next = Next: { $date } — { $event }
tc-section-tasks = 📋 Tasks and activities
tc-section-done = ✅ Done
tc-section-outcomes = 📦 Products and sharing
tc-section-comments = 💬 Comments
rd-bc-added = Point of sharing experience added: { $date } — { $event }
diag-chart-profile = Competence profile
diag-chart-self = Self-assessment
diag-chart-external = External diagnostic
diag-chart-threshold = threshold { $value } %
rd-ask-kind = "{ $event }" — what kind of activity is it?
rd-kind-other = Other
rd-ask-level = "{ $event }" — at what level?
rd-task-remove-resource = Remove a resource
rd-choose-resource-remove = Which resource to remove? Activities planned from it stay — remove them separately.
rd-no-resources = The task has no resources yet.
rd-confirm-delete-task = Delete the task "{ $title }" with all its resources and activities?
rd-confirm-remove-activity = Remove the activity { $date } — { $event }?
rd-confirm-remove-resource = Remove the resource "{ $title }" from the task?
rd-catalog-entry = { $n }. { $title } — { $kind }, { $form }, { $level }{ $hours ->
    [0] {""}
   *[other] , { $hours } h
}
confirm-yes = ✔️ Yes
confirm-cancel = ✖️ Cancel
lv-broadcast-ask = Mark as held: { $date } — { $event }? This cannot be undone.
lv-broadcast-confirm = ✔️ Yes, held
form-formal = formal education
form-non_formal = non-formal education
form-informal = informal education
csv-column-code = Code
csv-column-title = Title
csv-column-kind = Kind
csv-column-form = Form of education
csv-column-level = Level
csv-column-areas = Competence areas
csv-column-hours = Hours
csv-column-url = Link
csv-column-provider = Provider
catalog-file-name = Resource catalogue.csv
md-title = My data in the IOM bot
md-file-name = My data.docx
md-json-name = My data (machine-readable).json
md-json-caption = The same data, machine-readable (JSON).
md-who = Who you are
md-name = Full name: { $name }
md-username = Telegram name: { $username }
md-language = Interface language: { $language }
md-consent = Consent to personal data processing given on { $date }.
md-no-consent = Consent to personal data processing not given.
md-paused = Reminders paused until { $date }.
md-roles = Roles
md-role = { $role } — { $organisation }
md-diagnosis = Self-diagnosis
md-diagnosis-date = Done on { $date }. Level by area:
md-none = None.
md-routes = Individual educational routes
md-route = "{ $title }" — { $status }
md-written = What you wrote to others
md-written-count = Comments and recommendations: { $count } (their texts are in the machine-readable file).
md-technical = Technical records
md-technical-text = A log of actions (what was done and when, without texts), chat settings and the reminder queue. All of it is erased with your data by /deletemydata.
card-profile-chart = 📈 Competence profile
input-cancel = ✖️ Cancel
input-cancelled = Cancelled. Nothing changed.
rd-resource-chosen = Resource: "{ $title }". It is added together with the date of its activity.
rd-default-title-named = Route for { $from }–{ $to } — { $who }
rd-title = Title
rd-theme = Methodical theme
rd-ask-title = The title now: "{ $current }". Type the new one.
rd-ask-theme = The methodical theme now: { $current }. Type the theme you work on (002 §5.7).
route-theme = Methodical theme: { $theme }
doc-theme = Methodical theme
diag-not-applicable = Not applicable to my work
rm-open-home = ☰ Open the menu: lists and indicators
rd-task-move-activity = Move an activity
rd-choose-activity-move = Which activity to move?
rd-ask-move = "{ $event }" is now on { $date }. Type the new date.
rd-ask-bc-product = What product will you present at "{ $event }" (for example: a lesson plan)? If you do not know yet, send "-".
rd-catalog-search = 🔎 Search by words
rd-catalog-ask-words = What words to look for in a resource's title or provider? For example: functional literacy
rd-catalog-words = Found by the words: "{ $words }"
rd-catalog-nothing = Nothing found. Change the words or the filters.
rd-catalog-any = any
rd-catalog-form = Form: { $form } ▸
rd-catalog-level = Level: { $level } ▸
rd-catalog-areas-task = Areas: the task's ▸ all
rd-catalog-areas-all = Areas: all ▸ the task's
rd-catalog-clear = ✖ Clear the search and filters
home-my-recommendations = 📌 My targeted recommendations
mm-mine-title = 📌 My targeted recommendations: { $count }, carried out: { $done }
mm-mine-line = { $date } — { $whom } — { $status }: { $text }
rc-more-changes = …and { $count } more
doc-hours = h
doc-deadline-result = Deadline and expected result
tz-Europe-Kaliningrad = Kaliningrad (UTC+2)
tz-Europe-Moscow = Moscow (UTC+3)
tz-Europe-Samara = Samara (UTC+4)
tz-Asia-Yekaterinburg = Yekaterinburg (UTC+5)
tz-Asia-Omsk = Omsk (UTC+6)
tz-Asia-Krasnoyarsk = Krasnoyarsk (UTC+7)
tz-Asia-Irkutsk = Irkutsk (UTC+8)
tz-Asia-Yakutsk = Yakutsk (UTC+9)
tz-Asia-Vladivostok = Vladivostok (UTC+10)
tz-Asia-Magadan = Magadan (UTC+11)
tz-Asia-Kamchatka = Petropavlovsk-Kamchatsky (UTC+12)
settings-tz = Time zone: { $zone }
settings-tz-button = 🕒 Time zone: { $zone }
settings-back = ◀ Back
tz-other = other

## The console's demonstration (npm run console, /demo)
demo-district = Demo district
demo-school = Demo school No. 1
demo-deputy = Olga Petrova
demo-teacher = Anna Ivanova
demo-mentor = Maria Mentorova
demo-methodist = Elena Metodistova
