# Module 1: Official email — practice in the pretend webmail "Official Mail".
# Email addresses, file names and passwords are written as they are (the same in every language).

email-module-title = Official email
email-module-summary = Sign in, read, reply, write and send attachments with your office email, safely.

## Lesson 1: Signing in to your official email
email-masuk-title = Signing in to your official email
email-masuk-summary = Tell an email address from a web address, then sign in with your address and password.
email-masuk-m1-subject = Welcome to Official Mail
email-masuk-m1-body = Dear staff of Sukamaju Regency,
    Your official email account is now active.
    Use this email for office matters only.
    Never tell your password to anyone, including Diskominfo staff.
    Regards,
    Diskominfo of Sukamaju Regency
email-masuk-m2-subject = Monday morning assembly
email-masuk-m2-body = Dear staff of Sukamaju District,
    The morning assembly on Monday, 26 May 2025, starts at 07.30 in the district office yard.
    Please be on time.
    Thank you.
    District Secretary of Sukamaju
email-masuk-intro = Welcome to the Official email module.
    Email is electronic mail. It travels over the internet and arrives within seconds.
    Every civil servant has an official email address. Government office addresses end in go.id.
    You read email with an email program. At the office this is usually in the browser, for example Zimbra or Roundcube. There are also Gmail, Outlook, and email apps on your phone.
    Here we practise in "Official Mail", a pretend webmail. Nothing is really sent. So don't be afraid of mistakes.
email-masuk-alamat = There are two kinds of address. Don't mix them up.
    An email address, for example budi.santoso@sukamajukab.go.id. It always has an @ sign ("at") in the middle. Before the @ is the user name, after it the office's name.
    A web address, for example mail.sukamajukab.go.id. You type it into the browser's address bar, at the very top. A web address never has an @.
    So: open the webmail site with its web address, then sign in with your email address and password.
email-masuk-q-alamat = Which one is an email address?
email-masuk-q-alamat-a = mail.sukamajukab.go.id
email-masuk-q-alamat-a-fb = Not quite. That is the webmail's web address, typed into the browser's address bar. An email address always has an @ sign.
email-masuk-q-alamat-b = budi.santoso@sukamajukab.go.id
email-masuk-q-alamat-b-fb = Right. It has an @ sign in the middle. That's an email address.
email-masuk-q-alamat-c = www.sukamajukab.go.id
email-masuk-q-alamat-c-fb = Not quite. That is the regency's website. An email address always has an @ sign.
email-masuk-signin = Now sign in to Official Mail. Fill in the boxes one by one:
    1. { webmail-address } box: type budi.santoso@sukamajukab.go.id
    2. { webmail-password } box: type Sukamaju#2025
    3. The "{ webmail-remember }" box must be empty. If it has a tick, click the box once so the tick goes away.
    4. Click the { webmail-signin } button.
email-masuk-signin-h1 = First click inside the top box, then type the address. The { webmail-password } box is below it. The password shows as dots. That is normal.
email-masuk-signin-h2 = The password is case-sensitive: a capital S, then "ukamaju", the hash sign #, then 2025. The "{ webmail-remember }" box is under the { webmail-password } box. Make sure it is empty, then click { webmail-signin }.
email-masuk-signin-ok = Well done, you are signed in! On the left are the { webmail-compose } button and the folders. On the right is the list of messages.
email-masuk-failed-empty = A box is still empty. Fill in the email address and the password, then click { webmail-signin } again.
email-masuk-failed-address = The email address doesn't match yet. Check the letters: budi.santoso@sukamajukab.go.id, with a dot between budi and santoso.
email-masuk-failed-password = The password doesn't match yet. That's all right, it happens often. Type slowly: Sukamaju#2025. The first S is a capital.
email-masuk-remembered = You are signed in, but "{ webmail-remember }" is still ticked. On a shared computer, the next person could open your email. Click { webmail-sign-out } at the top right, then sign in again with the "{ webmail-remember }" box empty.
email-masuk-keluar = First, try signing out. Click { webmail-sign-out } at the top right.
email-masuk-keluar-h1 = Look at the top right corner of the practice area. There you see Settings and Sign out.
email-masuk-keluar-h2 = Click once on the words Sign out.
email-masuk-keluar-ok = You are signed out. The sign-in page shows again. Nobody else can open your email.
email-masuk-signin2 = Sign in once more. This time, in the address box just type the user name: budi.santoso
    Many office webmails accept this. The password is still Sukamaju#2025. Don't tick "{ webmail-remember }". Then click { webmail-signin }.
email-masuk-signin2-h1 = The user name is the part of the address before the @. So just type budi.santoso, without the @ and the office name.
email-masuk-signin2-h2 = The { webmail-password } box is below the address box. Make sure the "{ webmail-remember }" box is empty, then click the { webmail-signin } button.
email-masuk-signin2-ok = It worked! The user name alone is enough to sign in.
email-masuk-q-tetap = You are using a shared computer at the service counter. Do you tick "{ webmail-remember }"?
email-masuk-q-tetap-a = Yes, so I don't have to type the password again tomorrow
email-masuk-q-tetap-a-fb = Not quite. If it is ticked, the next person who uses that computer can open your email.
email-masuk-q-tetap-b = No. "{ webmail-remember }" is only for your own laptop
email-masuk-q-tetap-b-fb = Right. On a shared computer, leave that box empty. When you finish, click { webmail-sign-out }.
email-masuk-q-nama = Your official email is budi.santoso@sukamajukab.go.id. For office matters, which address do you use?
email-masuk-q-nama-a = budi.santoso1971@gmail.com
email-masuk-q-nama-a-fb = Not quite. That is a personal email. Office matters use the official email ending in go.id.
email-masuk-q-nama-b = budi.santoso@sukamajukab.go.id
email-masuk-q-nama-b-fb = Right. Office matters use the official email. The reader knows at once the message comes from the office.
email-masuk-q-nama-c = sukamajukab.go.id
email-masuk-q-nama-c-fb = Not quite. That is only the office's name. An email address always has an @, for example budi.santoso@sukamajukab.go.id.

## Lesson 2: Reading a message
email-baca-title = Reading a message
email-baca-summary = Open a message in the Inbox, read it, then go back to the list.
email-baca-m1-subject = Morning assembly schedule for June 2025
email-baca-m1-body = Dear staff of Sukamaju District,
    During June 2025, the morning assembly is held every Monday at 07.30.
    Leading the assembly: in the first week Mr Agus Wibowo, in the second week Mrs Dewi Lestari.
    Thank you.
    District Secretary of Sukamaju
email-baca-m2-subject = Friday morning exercise
email-baca-m2-body = Dear staff,
    Morning exercise together is on Friday, 23 May 2025, at 07.00 in the office yard.
    Please wear sports clothes.
    Stay healthy,
    General Affairs, Sukamaju District
email-baca-m3-subject = Welcome to Official Mail
email-baca-m3-body = Dear staff of Sukamaju Regency,
    Your official email account is now active. Use this email for office matters only.
    Regards,
    Diskominfo of Sukamaju Regency
email-baca-s1-subject = Report on the posyandu activity
email-baca-s1-body = Dear Secretary,
    The posyandu (village health post) activity in Mekar Village went well.
    Thank you.
    Kind regards,
    Budi Santoso
email-baca-intro = Messages for you arrive in the Inbox. In some office webmails, for example Zimbra in Indonesian, it is called "Email Masuk". It is the same thing.
    Each row in the list is one message. It shows the sender's name (From), the Subject or title, and the date.
    Unread messages are bold with a dot in front. The number next to Inbox is how many messages are unread.
email-baca-open1 = Open the message from the District Secretary about the morning assembly schedule. Click its row once.
email-baca-open1-h1 = The list of messages is on the right. The message from the District Secretary is at the top.
email-baca-open1-h2 = One click on the row that says "Morning assembly schedule for June 2025" is enough.
email-baca-open1-ok = The message is open. Below the row of buttons is the Subject in bold, then From (the sender) and To (the recipients). Below the line is the message text.
email-baca-other = That is another message. That's all right. Click { webmail-back }, then open the message named in this step.
email-baca-back1 = Finished reading? Go back to the list of messages. Click the { webmail-back } button.
email-baca-back-h1 = The { webmail-back } button is in the row of buttons above the message, on the far left.
email-baca-back-h2 = Click once on the word { webmail-back }. The { webmail-folder-inbox } list shows again.
email-baca-back1-ok = Well done. Look: that message is no longer bold, because it has been read.
email-baca-back-other = Another folder opened. Click { webmail-folder-inbox } on the left to go back to the list of messages.
email-baca-open2 = Now open the message from General Affairs about the morning exercise.
email-baca-open2-h1 = That message is in the { webmail-folder-inbox } list, below the assembly schedule message.
email-baca-open2-h2 = Click once on the row "Friday morning exercise".
email-baca-open2-ok = Well done. You can now open and read messages.
email-baca-back2 = Click { webmail-back } again to return to the list.
email-baca-sent = The messages you send are kept in the { webmail-folder-sent } folder. Click { webmail-folder-sent } on the left.
email-baca-sent-h1 = The folders are on the left, under the { webmail-compose } button: Inbox, Sent, Drafts, Spam, Trash.
email-baca-sent-h2 = Click once on the word Sent, just below Inbox.
email-baca-sent-ok = Here is a message you once sent to the District Secretary.
email-baca-sent-other = That is another folder. Look for the word Sent on the left, below Inbox.
email-baca-inbox = Go back to the Inbox. Click { webmail-folder-inbox } on the left.
email-baca-inbox-h1 = Inbox is at the top of the folder list, under the { webmail-compose } button.
email-baca-inbox-h2 = Click once on the word Inbox.
email-baca-inbox-ok = Well done! You can now move between folders.
email-baca-inbox-other = That is another folder. Inbox is at the top of the folder list.
email-baca-q-unread = What does an unread message look like?
email-baca-q-unread-a = Its text is bold, with a dot in front
email-baca-q-unread-a-fb = Right. Once opened, the text becomes normal.
email-baca-q-unread-b = Its text is red
email-baca-q-unread-b-fb = Not quite. Unread messages are bold, with a dot in front.
email-baca-q-unread-c = It is in the { webmail-folder-sent } folder
email-baca-q-unread-c-fb = Not quite. Sent holds the messages you sent. Unread messages are bold in the Inbox.
email-baca-q-dari = Where do you see who sent a message?
email-baca-q-dari-a = In the Subject
email-baca-q-dari-a-fb = Not quite. The Subject is the title of the message. The sender is shown in From.
email-baca-q-dari-b = In From
email-baca-q-dari-b-fb = Right. From shows the sender's name and email address.

## Lesson 3: Reply or Reply all
email-balas-title = Reply or Reply all
email-balas-summary = Answer a message to its sender only when the answer is a private matter.
email-balas-m1-subject = Collecting leave plans for June 2025
email-balas-m1-body = Dear staff of Sukamaju District,
    To draw up the duty roster, if you plan to take leave in June 2025, please let me know by Wednesday, 28 May 2025.
    Just reply to me only.
    Thank you.
    District Secretary of Sukamaju
email-balas-m2-subject = Printer paper and ink have arrived
email-balas-m2-body = Dear staff,
    Paper and printer ink can be collected in the General Affairs room.
    Thank you.
    General Affairs, Sukamaju District
email-balas-intro = To answer a message, there are two buttons:
    Reply: your answer goes only to the sender.
    Reply all: your answer goes to the sender and to everyone in To and Cc.
    Before answering, ask yourself: does everyone need to read my answer? If not, choose { webmail-reply }.
email-balas-open = Open the message from the District Secretary about leave plans.
email-balas-open-h1 = That message is at the top of the Inbox, in bold.
email-balas-open-h2 = Click once on the row "Collecting leave plans for June 2025".
email-balas-open-ok = Look at the To and Cc lines. This message went to six people.
email-balas-open-other = That is another message. Click { webmail-back }, then open the message about leave plans.
email-balas-reply = Only the Secretary needs to know your leave plans. The others don't. Click { webmail-reply }.
email-balas-reply-h1 = The buttons are above the message: Back, Reply, Reply all, Forward, Report spam, Delete.
email-balas-reply-h2 = Click the { webmail-reply } button only, the second from the left. Not Reply all.
email-balas-reply-ok = Well done. Look at the { webmail-field-to } box: only the Secretary's address. The Subject is already filled in with "Re:" and the title of the message.
email-balas-reply-all = That is { webmail-reply-all }. Your answer would go to six people. Click { lesson-restart-step }, then click { webmail-reply }.
email-balas-reply-forward = That is Forward, for sending this message to someone else. Click { webmail-cancel } in the row of buttons at the top, then click { webmail-reply }.
email-balas-reply-other = That starts a new message. Click { lesson-restart-step }, then click { webmail-reply } on the message about leave plans.
email-balas-send = Your answer is complete. Click { webmail-send }.
email-balas-send-h1 = The { webmail-send } button is at the top left, above the { webmail-field-to } box.
email-balas-send-h2 = The blue { webmail-send } button is at the top left, above the { webmail-field-to } box. Click it once.
email-balas-send-ok = Sent to the Secretary only. Your colleagues don't get a message they don't need.
email-balas-sent-all = The message went to everyone, because { webmail-reply-all } was used. That's all right, this is practice. Click { lesson-restart-step }, then send the answer to the Secretary only.
email-balas-sent-caps = The message was sent in all capital letters. In email, all capitals feel like shouting. Click { lesson-restart-step }, then write in normal letters.
email-balas-sent-greeting = The message was sent, but it has no greeting yet. Click { lesson-restart-step }, then begin with "Dear Secretary".
email-balas-sent-closing = The message was sent, but it has no closing yet. Open the message about leave plans again, click { webmail-reply }, and end with "Kind regards".
email-balas-sent-other = The message was sent, but the recipients aren't quite right. This answer is for the Secretary only. Click { lesson-restart-step }, then send without adding addresses.
email-balas-write = Write your answer in the big message box. For example:
    Dear Secretary, I plan to take leave from 16 to 18 June 2025. Kind regards, Budi
email-balas-write-h1 = Click inside the big message box, under the { webmail-field-subject } box.
email-balas-write-h2 = Begin with the greeting "Dear Secretary" and end with "Kind regards". Use normal letters.
email-balas-write-ok = Your answer has a greeting and a closing.
email-balas-write-sent = The message was sent before its greeting and closing were complete. That's all right, this is practice. Click { lesson-restart-step }.
email-balas-q-semua = When is Reply all the right choice?
email-balas-q-semua-a = Always, so nobody is left out
email-balas-q-semua-a-fb = Not quite. If it is always used, many people get messages they don't need to read.
email-balas-q-semua-b = When all recipients really need to know my answer
email-balas-q-semua-b-fb = Right. For example when a team is agreeing on a meeting time together.
email-balas-q-semua-c = When my answer is about a private matter
email-balas-q-semua-c-fb = Not quite. A private matter goes to the sender only, with Reply.
email-balas-q-terima = The District Head sends an invitation to 30 people. You only want to say thank you. Which button do you use?
email-balas-q-terima-a = Reply
email-balas-q-terima-a-fb = Right. A thank-you is for the District Head. The thirty others don't need to get it.
email-balas-q-terima-b = Reply all
email-balas-q-terima-b-fb = Not quite. Thirty people would get a message they don't need. Choose { webmail-reply }.

## Lesson 4: Writing a new message
email-tulis-title = Writing a new message
email-tulis-summary = Fill in To, Cc and Subject, then write a message with a greeting and a closing.
email-tulis-m1-subject = Please ask for the June posyandu schedule
email-tulis-m1-body = Mr Budi,
    Please email the Sukamaju Health Centre (puskesmas@sukamajukab.go.id) to ask for the posyandu schedule for June 2025.
    Copy me in with Cc, so that I can read it too.
    Thank you.
    District Secretary of Sukamaju
email-tulis-m2-subject = Welcome to Official Mail
email-tulis-m2-body = Dear staff of Sukamaju Regency,
    Your official email account is now active. Use this email for office matters only.
    Regards,
    Diskominfo of Sukamaju Regency
email-tulis-intro = A good new message has these parts:
    To: the address of the person it is for.
    Cc: a copy, for people who need to know too.
    Subject: a short title. Never leave it empty.
    Text: a greeting, a short and clear message, then a closing with your name.
    Don't write in all capital letters. In email, that feels like shouting.
email-tulis-open = The District Secretary gave you a task by email. Open the message.
email-tulis-open-h1 = That message is at the top of the Inbox, in bold.
email-tulis-open-h2 = Click once on the row "Please ask for the June posyandu schedule".
email-tulis-open-ok = The task: write an email to the Health Centre, with a copy (Cc) to the Secretary.
email-tulis-open-other = That is another message. Click { webmail-back }, then open the message from the District Secretary.
email-tulis-compose = This is a new message to the Health Centre, not a reply. Click { webmail-compose }.
email-tulis-compose-h1 = The { webmail-compose } button is at the top left, above the folder list. It is a big button.
email-tulis-compose-h2 = Click once on the { webmail-compose } button. A new message form opens.
email-tulis-compose-ok = The new message form is open. It has the boxes { webmail-field-to }, { webmail-field-cc }, { webmail-field-bcc }, { webmail-field-subject } and the message box.
email-tulis-compose-other = That opened a reply or a forward. Click { webmail-cancel } in the row of buttons at the top, then click the { webmail-compose } button at the top left.
email-tulis-to = First: the { webmail-field-to } box. Click inside it, then type the Health Centre's address:
    puskesmas@sukamajukab.go.id
email-tulis-to-h1 = The { webmail-field-to } box is at the top, under the row of buttons. Click inside it first, then type.
email-tulis-to-h2 = Type it without spaces: puskesmas, then the @ sign, then sukamajukab.go.id
email-tulis-to-ok = The Health Centre's address is in the { webmail-field-to } box.
email-tulis-cc = Now the { webmail-field-cc } box, for the copy. Click inside it, then type the Secretary's address:
    sekcam@sukamajukab.go.id
email-tulis-cc-h1 = The { webmail-field-cc } box is just below the { webmail-field-to } box.
email-tulis-cc-h2 = Type it without spaces: sekcam@sukamajukab.go.id
email-tulis-cc-ok = The Secretary will get a copy.
email-tulis-subject = Now the { webmail-field-subject } box. Click inside it, then type a short title:
    Request for the June 2025 posyandu schedule
email-tulis-subject-h1 = The { webmail-field-subject } box is below the { webmail-field-bcc } box. Leave the { webmail-field-bcc } box empty.
email-tulis-subject-h2 = Click inside the { webmail-field-subject } box, then type: Request for the June 2025 posyandu schedule
email-tulis-subject-ok = A clear subject. The reader knows at once what the message is about.
email-tulis-body = Now write the message in the big box. For example:
    Dear Head of Sukamaju Health Centre, please send us the posyandu schedule for June 2025. Thank you. Kind regards, Budi Santoso
email-tulis-body-h1 = The big message box is below the { webmail-field-subject } box. Click inside it.
email-tulis-body-h2 = Begin with the greeting "Dear Head of Sukamaju Health Centre," and end with "Thank you". Use normal letters.
email-tulis-body-ok = The message has a greeting and a closing.
email-tulis-early-sent = The message was sent before every box was filled in. That's all right, this is practice. Click { lesson-restart-step }.
email-tulis-early-refused = The message was not sent yet, because it is not complete. That is normal. First fill in the box this step names.
email-tulis-send = Every box is filled in. Click { webmail-send }.
email-tulis-send-h1 = The { webmail-send } button is at the top left, above the { webmail-field-to } box.
email-tulis-send-h2 = Click the { webmail-send } button once.
email-tulis-send-ok = The message went to the Health Centre, and the Secretary got a copy. You can now write an official email!
email-tulis-refused-empty = The message was not sent because the { webmail-field-to } box is still empty. Type puskesmas@sukamajukab.go.id in the { webmail-field-to } box, then click { webmail-send } again.
email-tulis-refused-address = The message was not sent because an address is incomplete. Check it: an @ sign and dots, no spaces. Then click { webmail-send } again.
email-tulis-sent-subject = The message was sent without a Subject. The reader can hardly tell what it is about. That's all right, this is practice. Click { lesson-restart-step }. This time fill in the Subject: Request for the June 2025 posyandu schedule.
email-tulis-sent-caps = The message was sent in all capital letters. That feels like shouting. Click { webmail-compose } and send again in normal letters.
email-tulis-sent-cc-in-to = The message was sent, but the Secretary's address is in the { webmail-field-to } box. The Secretary only needs a copy. Click { webmail-compose } and send again: the Health Centre's address in To, the Secretary's address in Cc.
email-tulis-sent-greeting = The message was sent, but it has no greeting yet. Click { lesson-restart-step }, then begin the message with "Dear Head of Sukamaju Health Centre".
email-tulis-sent-closing = The message was sent, but it has no closing yet. Click { webmail-compose } and send again. End the message with "Thank you. Kind regards, Budi Santoso".
email-tulis-sent-other = The message was sent, but the addresses aren't quite right. Check: To holds puskesmas@sukamajukab.go.id and Cc holds sekcam@sukamajukab.go.id. Click { webmail-compose } and try again.
email-tulis-q-subjek = Which Subject is best?
email-tulis-q-subjek-a = (Subject left empty)
email-tulis-q-subjek-a-fb = Not quite. Without a Subject, the reader doesn't know what the message is about before opening it. It is also hard to find later.
email-tulis-q-subjek-b = IMPORTANT!!! READ NOW
email-tulis-q-subjek-b-fb = Not quite. All capitals feel like shouting, and that title doesn't say what the message is about.
email-tulis-q-subjek-c = Request for the June 2025 posyandu schedule
email-tulis-q-subjek-c-fb = Right. Short, clear, and the reader knows at once what it is about.
email-tulis-q-cc = Who goes in Cc?
email-tulis-q-cc-a = People who need to know, but don't need to act
email-tulis-q-cc-a-fb = Right. Cc is like the list of copies ("tembusan") on an official letter.
email-tulis-q-cc-b = The person who must carry out the request
email-tulis-q-cc-b-fb = Not quite. The person who must act goes in To. Cc is for copies.
email-tulis-q-kapital = May you write a message in all capital letters so it is clear?
email-tulis-q-kapital-a = Yes, it is easier to read
email-tulis-q-kapital-a-fb = Not quite. All capitals feel like shouting and are actually harder to read.
email-tulis-q-kapital-b = Better not. Use normal letters
email-tulis-q-kapital-b-fb = Right. Capitals are only for the start of a sentence and for names.

## Lesson 5: Attaching a file
email-lampiran-title = Attaching a file
email-lampiran-summary = Send a report as a PDF, and don't forget the attachment.
email-lampiran-m1-subject = Monthly Report May 2025
email-lampiran-m1-body = Mr Budi,
    Please send me the Monthly Report for May 2025 as a PDF, by Thursday, 5 June 2025.
    Thank you.
    District Secretary of Sukamaju
email-lampiran-m2-subject = Duty roster for June 2025
email-lampiran-m2-body = Dear staff,
    The duty roster for June 2025 is on the notice board.
    Thank you.
    General Affairs, Sukamaju District
email-lampiran-intro = An attachment is a file sent together with an email, like a document inside an envelope.
    A finished report is sent as a PDF. Its file name ends in .pdf. It looks the same on every computer and is not easily changed.
    A file ending in .docx is a Word file that can still be changed. That is for drafts, not for a report you send.
    A good habit: attach the file first, then write the message. That way you won't forget the attachment.
email-lampiran-ekstensi = Look at the end of each file name: .pdf or .docx. Here the ending is always shown.
    On many office laptops that ending is hidden. The file "Laporan-Bulanan-Mei-2025.pdf" shows only as "Laporan-Bulanan-Mei-2025", and so does the .docx file. The two names then look the same.
    How to tell them apart: look at the small picture before the name. A PDF has a red picture, a Word file a blue one with the letter W. Or look at the "Type" column: "PDF" or "Microsoft Word".
email-lampiran-open = Open the message from the District Secretary about the Monthly Report for May 2025.
email-lampiran-open-h1 = That message is at the top of the Inbox, in bold.
email-lampiran-open-h2 = Click once on the row "Monthly Report May 2025".
email-lampiran-open-ok = The Secretary asks for the report as a PDF. We'll send it with a reply.
email-lampiran-open-other = That is another message. Click { webmail-back }, then open the message about the Monthly Report May 2025.
email-lampiran-reply = Click { webmail-reply } to answer the Secretary.
email-lampiran-reply-h1 = The { webmail-reply } button is above the message, to the right of the { webmail-back } button.
email-lampiran-reply-h2 = Click once on the word Reply.
email-lampiran-reply-ok = The reply form is open. To and Subject are already filled in.
email-lampiran-reply-other = That is not { webmail-reply }. Click { lesson-restart-step }, then click { webmail-reply } on the message about the Monthly Report May 2025.
email-lampiran-picker = Before writing, attach the report first. Click { webmail-attach }.
email-lampiran-picker-h1 = The { webmail-attach } button is in the row of buttons at the top, just to the right of the blue { webmail-send } button.
email-lampiran-picker-h2 = Click once on the button that says { webmail-attach }. A page for choosing a file opens.
email-lampiran-picker-ok = The page "{ webmail-picker-title }" is open. On the left are the folders on the laptop. On the right are the files in the chosen folder.
email-lampiran-pick = Open the { disk-folder-dokumen } folder. Click the file Laporan-Bulanan-Mei-2025.pdf (the one ending in .pdf). Then click { webmail-attach-chosen }.
email-lampiran-pick-h1 = Two files have similar names. Look at the very end of the file name: choose .pdf, not .docx. Careful too: there is also the April report.
email-lampiran-pick-h2 = Click once on Laporan-Bulanan-Mei-2025.pdf so it is selected, then click the { webmail-attach-chosen } button at the bottom right.
email-lampiran-pick-ok = The PDF file is attached. Its name shows under the Subject, above the message box.
email-lampiran-pick-docx = That is a Word file (.docx), which can still be changed. Click { lesson-restart-step }, then choose the one ending in .pdf.
email-lampiran-pick-other = That is a different file. Click { lesson-restart-step }, then choose Laporan-Bulanan-Mei-2025.pdf in the { disk-folder-dokumen } folder.
email-lampiran-send = Now write the message in the message box. For example:
    Dear Secretary, attached is the Monthly Report for May 2025. Thank you. Kind regards, Budi Santoso
    Then click { webmail-send }.
email-lampiran-send-h1 = Click inside the big message box, then type. Check first: the PDF's file name shows above the message box, under the Subject.
email-lampiran-send-h2 = The blue { webmail-send } button is at the top left, above the { webmail-field-to } box. Click it once.
email-lampiran-send-ok = The report was sent as a PDF. The Secretary can open it right away.
email-lampiran-sent-subject = The message was sent without a Subject. Click { lesson-restart-step }, then send without deleting the Subject.
email-lampiran-sent-forgot = The message says "attached", but no file was attached. This mistake happens often. Click { lesson-restart-step }, then attach the PDF file before sending.
email-lampiran-sent-none = The message was sent without an attachment. Click { lesson-restart-step }, then attach Laporan-Bulanan-Mei-2025.pdf before sending.
email-lampiran-sent-docx = A Word file (.docx) was sent too. The Secretary asked for the PDF only. Click { lesson-restart-step }, then attach only Laporan-Bulanan-Mei-2025.pdf.
email-lampiran-sent-greeting = The message was sent, but it has no greeting yet. Click { lesson-restart-step }, then begin the message with "Dear Secretary".
email-lampiran-sent-closing = The message was sent, but it has no closing yet. Click { lesson-restart-step }, then end with "Thank you. Kind regards, Budi Santoso".
email-lampiran-sent-other = The message was sent, but it isn't quite right. What was asked: a reply to the Secretary with one attachment, Laporan-Bulanan-Mei-2025.pdf. Open the Secretary's message again, click { webmail-reply }, then try again.
email-lampiran-q-lupa = Your message says "attached is the report", but you haven't added the file. What happens if you click { webmail-send }?
email-lampiran-q-lupa-a = The report is sent along by itself
email-lampiran-q-lupa-a-fb = Not quite. A file is only sent if you attach it with Attach file.
email-lampiran-q-lupa-b = The reader gets a message without the report, and has to ask again
email-lampiran-q-lupa-b-fb = Right. That's why you attach the file first, then write the message. Before Send, check the file name above the message box.
email-lampiran-q-lupa-c = The email refuses to send
email-lampiran-q-lupa-c-fb = Not quite. Most programs send the message anyway. The reader gets a message without the report.
email-lampiran-q-pdf = Why is a finished report sent as a PDF?
email-lampiran-q-pdf-a = It looks the same on every computer and is not easily changed
email-lampiran-q-pdf-a-fb = Right. A .docx file can still change and may look different on another computer.
email-lampiran-q-pdf-b = So that the reader can change it
email-lampiran-q-pdf-b-fb = Not quite. Others should not change a finished report. That's why it is sent as a PDF.

## Lesson 6: Forwarding a message
email-teruskan-title = Forwarding an invitation
email-teruskan-summary = Forward a meeting invitation to a colleague, with a short note.
email-teruskan-m1-subject = Invitation: Public Service Coordination Meeting
email-teruskan-m1-body = Dear Head of Sukamaju District,
    We respectfully invite you or your representative to attend the Public Service Coordination Meeting.
    Day, date: Thursday, 12 June 2025
    Time: 09.00
    Place: Hall of the Sukamaju Regent's Office
    The letter of invitation is attached.
    Kind regards,
    Bappeda (Planning Agency) of Sukamaju Regency
email-teruskan-m2-subject = Please forward the Bappeda invitation
email-teruskan-m2-body = Mr Budi,
    Mrs Siti Rahma will attend the Bappeda coordination meeting on 12 June.
    Please forward the invitation to Mrs Siti: siti.rahma@sukamajukab.go.id
    Thank you.
    District Secretary of Sukamaju
email-teruskan-m3-subject = Duty roster for June 2025
email-teruskan-m3-body = Dear staff,
    The duty roster for June 2025 is on the notice board.
    Thank you.
    General Affairs, Sukamaju District
email-teruskan-intro = The { webmail-forward } button sends a message you received on to other people. Its attachments go along.
email-teruskan-open-task = There is a task from the District Secretary. Open that message first.
email-teruskan-open-task-h1 = That message is at the top of the Inbox, in bold.
email-teruskan-open-task-h2 = Click once on the row "Please forward the Bappeda invitation".
email-teruskan-open-task-ok = The task: forward the invitation from Bappeda to Mrs Siti Rahma.
email-teruskan-open-task-other = That is another message. Click { webmail-back }, then open the message "Please forward the Bappeda invitation".
email-teruskan-back = Click { webmail-back } to return to the list of messages.
email-teruskan-back-h1 = The { webmail-back } button is above the message, on the far left.
email-teruskan-back-h2 = Click once on the word Back.
email-teruskan-open = Open the invitation from Bappeda of Sukamaju Regency.
email-teruskan-open-h1 = That message is in the Inbox, below the message from the Secretary.
email-teruskan-open-h2 = Click once on the row "Invitation: Public Service Coordination Meeting".
email-teruskan-open-ok = Look under the date, above the message text: the letter of invitation is attached as a PDF.
email-teruskan-open-other = That is another message. Click { webmail-back }, then open the invitation from Bappeda.
email-teruskan-forward = Click { webmail-forward }.
email-teruskan-forward-h1 = The buttons are above the message: Back, Reply, Reply all, Forward, Report spam, Delete.
email-teruskan-forward-h2 = The { webmail-forward } button comes right after the { webmail-reply-all } button. Click it once.
email-teruskan-forward-ok = The form is open. The Subject begins with "Fwd:" and the invitation is already attached. The { webmail-field-to } box is still empty.
email-teruskan-forward-reply = That is a reply button. A reply goes to Bappeda, not to Mrs Siti. Click { lesson-restart-step }, then click { webmail-forward }.
email-teruskan-forward-other = That is not { webmail-forward }. Click { lesson-restart-step }, then click { webmail-forward } on the invitation from Bappeda.
email-teruskan-send = Fill in the form:
    1. To: siti.rahma@sukamajukab.go.id
    2. Click inside the message box and write a short note, for example: Good morning, Mrs Siti. Please attend this meeting on behalf of the district. The invitation is attached. Thank you.
    3. Click { webmail-send }.
email-teruskan-send-h1 = The { webmail-field-to } box is at the top, under the row of buttons. Write the note in the big message box, under the invitation attachment.
email-teruskan-send-h2 = Don't remove the invitation attachment. Check the PDF's file name under the Subject, then click { webmail-send } at the top left.
email-teruskan-send-ok = The invitation has been forwarded to Mrs Siti, with its attachment and your note.
email-teruskan-refused-empty = The message was not sent because the { webmail-field-to } box is still empty. Type siti.rahma@sukamajukab.go.id in the { webmail-field-to } box, then click { webmail-send } again.
email-teruskan-refused-address = The message was not sent because the address is incomplete. Check it: siti.rahma@sukamajukab.go.id, no spaces. Then click { webmail-send } again.
email-teruskan-sent-reply = The message was sent as a reply to Bappeda, not to Mrs Siti. That's all right. Open the invitation from Bappeda again, click { webmail-forward }, then try again.
email-teruskan-sent-no-attachment = The message was sent without the invitation attached. Click { lesson-restart-step }, then send without removing the attachment.
email-teruskan-sent-note = The message was sent, but the note doesn't begin with a greeting yet. Click { lesson-restart-step }, then begin the note with "Good morning, Mrs Siti".
email-teruskan-sent-closing = The message was sent, but the note has no closing yet. Open the invitation from Bappeda again, click { webmail-forward }, then end the note with "Thank you".
email-teruskan-sent-other = The message was sent, but it isn't quite right. What was asked: the invitation from Bappeda forwarded to siti.rahma@sukamajukab.go.id, with its attachment. Open the invitation again, click { webmail-forward }, then try again.
email-teruskan-q-ikut = You forward a message that has an attachment. Does the attachment go along?
email-teruskan-q-ikut-a = No, it must be attached again
email-teruskan-q-ikut-a-fb = Not quite. When you forward, the attachment goes along by itself. Just check its name above the message box.
email-teruskan-q-ikut-b = Yes, the attachment is sent too
email-teruskan-q-ikut-b-fb = Right. That's the difference from { webmail-reply }: with { webmail-reply }, attachments don't go along.
email-teruskan-q-kapan = Which one is fine to forward?
email-teruskan-q-kapan-a = A meeting invitation, to the colleague assigned to attend
email-teruskan-q-kapan-a-fb = Right. That colleague needs to know what it says, and your superior asked for it.
email-teruskan-q-kapan-b = A colleague's private message about a family problem, to the office group
email-teruskan-q-kapan-b-fb = Not quite. Don't forward private messages without the sender's permission.
email-teruskan-q-kapan-c = A chain message: "forward this to 10 people for good luck"
email-teruskan-q-kapan-c-fb = Not quite. Just delete chain messages like that. Don't forward them.

## Lesson 7: Downloading an attachment
email-unduh-title = Downloading an attachment
email-unduh-summary = View an attachment, download it to the laptop, then find it again in the Downloads folder.
email-unduh-m1-subject = Circular on Joint Leave Days 2025
email-unduh-m1-body = Dear civil servants of the Sukamaju Regency Government,
    Please find the Circular on joint leave days for 2025.
    The circular is attached. Please read it and keep it.
    Thank you.
    BKPSDM (Personnel Agency) of Sukamaju Regency
email-unduh-m2-subject = Staff meeting on Monday
email-unduh-m2-body = Dear staff,
    The staff meeting is on Tuesday, 10 June 2025, at 13.00 in the district meeting room.
    Thank you.
    District Secretary of Sukamaju
email-unduh-intro = Attachments show above the message text, right under the date. Each attachment has two buttons on its right:
    View: opens the file inside the webmail. Nothing is saved on the laptop.
    Download: saves a copy of the file on the laptop, in the { disk-folder-unduhan } folder. The file stays there even if the email is deleted.
    Only download attachments from senders you know and that you are expecting.
email-unduh-open = Open the message from BKPSDM about joint leave days.
email-unduh-open-h1 = That message is at the top of the Inbox, in bold.
email-unduh-open-h2 = Click once on the row "Circular on Joint Leave Days 2025".
email-unduh-open-ok = The sender is bkpsdm@sukamajukab.go.id, an office you know. The attachment is under the date, above the message text.
email-unduh-open-other = That is another message. Click { webmail-back }, then open the message from BKPSDM.
email-unduh-view = First look at it. Click { webmail-view } next to the attachment SE-Cuti-Bersama-2025.pdf.
email-unduh-view-h1 = The attachment is above the message text, under the date. On its right are two buttons: View and Download.
email-unduh-view-h2 = Click the { webmail-view } button, the first one.
email-unduh-view-ok = The circular shows on the screen. When you have read it, click { webmail-back } at the top left.
email-unduh-view-downloaded = The file has been downloaded. Good, that is the next step. Now also try the { webmail-view } button next to the attachment.
email-unduh-download = Save this circular on the laptop. Click { webmail-back } to the message, then click { webmail-download } next to the attachment.
email-unduh-download-h1 = If the file is still showing, click { webmail-back } first. The { webmail-download } button is to the right of the { webmail-view } button, above the message text.
email-unduh-download-h2 = Click once on the { webmail-download } button next to SE-Cuti-Bersama-2025.pdf.
email-unduh-download-ok = The file is saved in the { disk-folder-unduhan } folder.
email-unduh-folder = Where is that file now? Open the { disk-folder-unduhan } folder. It is at the bottom left, under "{ webmail-disk }".
email-unduh-folder-h1 = On the left, below the email folders, there is a part "{ webmail-disk }": Documents, Downloads, Desktop.
email-unduh-folder-h2 = Click once on the word Downloads.
email-unduh-folder-ok = The { disk-folder-unduhan } folder is showing. Every downloaded file lands here.
email-unduh-folder-other = That is another folder. Downloaded files always go to Downloads. Click { disk-folder-unduhan }.
email-unduh-file = Find the circular among the other files and open it. Click SE-Cuti-Bersama-2025.pdf.
email-unduh-file-h1 = There are several files in this folder. Look for the name that begins with "SE-Cuti".
email-unduh-file-h2 = Click the file SE-Cuti-Bersama-2025.pdf to open it.
email-unduh-file-ok = Found it! The circular is saved on the laptop and can be opened any time.
email-unduh-file-other = That is an older file. Look for the one named SE-Cuti-Bersama-2025.pdf.
email-unduh-ekstensi = The downloaded file is called SE-Cuti-Bersama-2025.pdf.
    On a real laptop the { disk-folder-unduhan } folder often shows it only as "SE-Cuti-Bersama-2025", without .pdf. It is the same file: the laptop hides the ending of file names.
    The small red picture before the name, or "PDF" in the "Type" column, shows that it is a PDF file.
email-unduh-q-mana = You download an attachment. Where is the file saved?
email-unduh-q-mana-a = In the Inbox
email-unduh-q-mana-a-fb = Not quite. The Inbox holds messages. Downloaded files are saved in the { disk-folder-unduhan } folder on the laptop.
email-unduh-q-mana-b = In the { disk-folder-unduhan } folder on the laptop
email-unduh-q-mana-b-fb = Right. From there you can move it to the { disk-folder-dokumen } folder.
email-unduh-q-mana-c = In the { webmail-folder-sent } folder
email-unduh-q-mana-c-fb = Not quite. Sent holds the messages you sent. Downloaded files are in Downloads.
email-unduh-q-asing = An email from an address you don't know has the attachment "Tagihan.pdf.exe" ("Bill"). What do you do?
email-unduh-q-asing-a = Download and open it, it might be important
email-unduh-q-asing-a-fb = Not quite. A file ending in .exe is a program. A program from a stranger can damage the laptop or steal data.
email-unduh-q-asing-b = Don't open it. Report spam, or ask the office IT staff first
email-unduh-q-asing-b-fb = Right. Don't open attachments from unknown senders, especially ones ending in .exe or .apk.

## Lesson 8: Spotting scams
email-penipuan-title = Spotting scams
email-penipuan-summary = Sort six messages: one real, five scams. Don't click, report them as spam.
email-penipuan-m1-subject = Invitation: Service Evaluation Meeting
email-penipuan-m1-body = Dear staff of Sukamaju District,
    The service evaluation meeting is on Tuesday, 10 June 2025, at 09.00 in the district meeting room.
    The letter of invitation is attached.
    Thank you.
    District Secretary of Sukamaju
email-penipuan-m2-subject = WARNING: Your mailbox is full!
email-penipuan-m2-body = Dear user,
    Your mailbox is 99% full. New email will not arrive.
    Click here and enter your password within 24 hours, or your account will be deleted.
    Official Mail Admin
email-penipuan-m2-link = Click here to add more space
email-penipuan-m3-subject = Civil servants' holiday bonus (THR) 2025 - enter your account number
email-penipuan-m3-body = To all civil servants,
    The 2025 holiday bonus (THR) will be paid out soon.
    So that your THR is not delayed, enter your name, NIP, bank account number and ATM PIN in the form below today.
    THR Payment Committee
email-penipuan-m3-link = Fill in the THR payment form
email-penipuan-m4-subject = Verify your civil servant data by today
email-penipuan-m4-body = Dear civil servant,
    Your data at BKN is incomplete. If it is not verified today, your NIP will be deactivated.
    Click the link below and enter your NIK, NIP and your official email password.
    BKN Head Office
email-penipuan-m4-link = Verify your data now
email-penipuan-m5-subject = Update of performance allowance data
email-penipuan-m5-body = Dear Sir or Madam,
    Because of a system update, the June performance allowance will only be paid to staff who have signed in to the new application.
    Please sign in with your official email address and password.
    Ministry of Finance
email-penipuan-m5-link = Sign in to the performance allowance application
email-penipuan-m6-subject = Important meeting invitation
email-penipuan-m6-body = Good afternoon,
    Attached is an invitation to an important meeting. Please open it at once and install it on your phone.
    Meeting Committee
email-penipuan-intro = Scammers send email too. They want your password, your bank account number, or to put harmful programs on your phone and laptop.
    Signs of a scam:
    1. A strange sender address. A sender's name is easy to fake, so open the message and look at the address on the From line. A real office uses its official address, for example @sukamajukab.go.id, not gmail.com. Watch out for addresses that look alike but differ by one letter.
    2. Pressure: "today", "your account will be deleted".
    3. Asking for a password, PIN, bank account number or NIK (ID number).
    4. Links that ask you to sign in or fill in data.
    5. Attachments ending in .apk or .exe.
    When in doubt: don't click anything. Click { webmail-report-spam }. Ask the sender's office by phone, using a number you already know yourself.
email-penipuan-asli = There are six messages in the Inbox. Only one is real. Open the invitation from the District Secretary.
email-penipuan-asli-h1 = The list shows the sender's name and the Subject. Find the message from the District Secretary about the service evaluation meeting.
email-penipuan-asli-h2 = Click once on the row "Invitation: Service Evaluation Meeting".
email-penipuan-asli-ok = This is a real message. Look at the From line: sekcam@sukamajukab.go.id, your own office's address. The content is normal and asks for no data at all.
email-penipuan-asli-scam = That is one of the scam messages. Don't press anything in it. Click { webmail-back }, then choose the invitation from the District Secretary.
email-penipuan-open-penuh = Now open the message "Your mailbox is full". Click { webmail-back } to the list of messages, then click that row. Don't press anything in it, just read.
email-penipuan-open-penuh-h1 = If another message is still open, click { webmail-back } first. Then look for the row "WARNING: Your mailbox is full!".
email-penipuan-open-penuh-h2 = Click once on that row in the { webmail-folder-inbox } list.
email-penipuan-open-penuh-ok = Look at the From address: mail-sukamajukab.go-id.co. It looks similar, but it is not our office's address. The message puts on pressure and asks for your password. It is a scam.
email-penipuan-open-penuh-other = That is another message. Click { webmail-back }, then open the message "Your mailbox is full".
email-penipuan-lapor-penuh = Don't click the blue link. Click { webmail-report-spam }.
email-penipuan-lapor-penuh-h1 = The { webmail-report-spam } button is above the message, between Forward and Delete.
email-penipuan-lapor-penuh-h2 = Click once on { webmail-report-spam }. The message moves to the { webmail-folder-spam } folder.
email-penipuan-lapor-penuh-ok = Well done! The message moved to the { webmail-folder-spam } folder. Similar messages will go straight to Spam from now on.
email-penipuan-link = That link was fake. Luckily this is only practice: nothing was sent. Close the warning page. Next time, don't click links in suspicious messages. Now click { webmail-report-spam }.
email-penipuan-attachment = That attachment is dangerous. Luckily this is only practice: nothing was installed. A .apk file is a program for phones. Never open or install it. Now click { webmail-report-spam }.
email-penipuan-real-reported = That message is actually real, from sekcam@sukamajukab.go.id. That's all right, you can still read it in the { webmail-folder-spam } folder. Now look for a scam message that is still in the Inbox.
email-penipuan-deleted = That message moved to the { webmail-folder-trash }. That is already safe. But { webmail-report-spam } is better, so similar messages go straight to Spam. Click { lesson-restart-step }, then click { webmail-report-spam }.
email-penipuan-open-thr = Open the message about the THR holiday bonus payment. Just read it, don't click anything.
email-penipuan-open-thr-h1 = If another message is still open, click { webmail-back } first. Then look for the row about the holiday bonus (THR) 2025.
email-penipuan-open-thr-h2 = Click once on that row in the Inbox.
email-penipuan-open-thr-ok = This message asks for a bank account number and an ATM PIN. Offices and banks never ask for a PIN by email. The address is not a go.id address either. It is a scam.
email-penipuan-open-thr-other = That is another message. Click { webmail-back }, then open the message about the THR payment.
email-penipuan-lapor-thr = Don't fill in the form. Click { webmail-report-spam }.
email-penipuan-lapor-thr-h1 = The { webmail-report-spam } button is above the message, between Forward and Delete.
email-penipuan-lapor-thr-h2 = Click once on { webmail-report-spam }.
email-penipuan-lapor-thr-ok = Well done. Next, look at a message that seems to come from your own office.
email-penipuan-cari3 = Now you sort them yourself. There are still three scam messages. Find one, open it, then click { webmail-report-spam }.
email-penipuan-cari-h1 = Open the message, then check the address on the From line. Be suspicious of gmail.com addresses that claim to be an office, and of addresses that look like an office's address but differ by one letter.
email-penipuan-cari-h2 = Be suspicious too of messages asking for your NIK, NIP or password, and of attachments ending in .apk. Open the message, then click { webmail-report-spam } above it.
email-penipuan-cari3-ok = Right, that is a scam! Two more to go.
email-penipuan-cari2 = There are still two scam messages. Find one more and report it as spam.
email-penipuan-cari2-ok = Right! Only one left.
email-penipuan-cari1 = One scam message is left. Find it and report it as spam.
email-penipuan-cari1-ok = Excellent! All the scams have been reported. Only the real invitation is left in the Inbox.
email-penipuan-q-telepon = An email from "BKN" asks you to verify your NIP today. You are unsure. What do you do?
email-penipuan-q-telepon-a = Click the link to check
email-penipuan-q-telepon-a-fb = Not quite. A link can lead to a fake page that steals your data. Don't click.
email-penipuan-q-telepon-b = Reply to that email with your NIP to get it over with
email-penipuan-q-telepon-b-fb = Not quite. Don't give personal data in reply to a suspicious email.
email-penipuan-q-telepon-c = Don't click anything. Phone BKPSDM on the official number you already know
email-penipuan-q-telepon-c-fb = Right. Don't use a phone number written in that email. It may belong to the scammer.
email-penipuan-q-alamat = Which sender address is really from the district office?
email-penipuan-q-alamat-a = sekcam.sukamajukab@gmail.com
email-penipuan-q-alamat-a-fb = Not quite. Anyone can make a gmail.com address. Official offices use a go.id address.
email-penipuan-q-alamat-b = sekcam@sukamajukab.go.id
email-penipuan-q-alamat-b-fb = Right. The office's official address ends in @sukamajukab.go.id, with nothing added.
email-penipuan-q-alamat-c = sekcam@sukamajukab.go-id.co
email-penipuan-q-alamat-c-fb = Not quite. This address looks similar, but the end is different. Read addresses carefully to the last letter.
email-penipuan-q-apk = An attachment is called "Undangan-Rapat.apk" ("meeting invitation"). Is it safe to open?
email-penipuan-q-apk-a = No. A .apk file is a program for phones and can steal data
email-penipuan-q-apk-a-fb = Right. A real invitation is sent as a PDF, not as .apk.
email-penipuan-q-apk-b = Yes, because it is called an invitation
email-penipuan-q-apk-b-fb = Not quite. Scammers call it "invitation" on purpose. Look at the end of the file name: .apk is a program, not a document.

## Lesson 9: Bcc and the Trash
email-bcc-sampah-title = Bcc and the Trash
email-bcc-sampah-summary = Send to many people outside the office with Bcc, then delete a message and restore it.
email-bcc-sampah-d1-subject = Village heads' coordination meeting, 12 June 2025
email-bcc-sampah-d1-body = Dear Village Heads of Sukamaju District,
    We respectfully invite you to attend the village heads' coordination meeting.
    Day, date: Thursday, 12 June 2025
    Time: 09.00
    Place: Hall of the Sukamaju District Office
    Thank you.
    Kind regards,
    Budi Santoso
    Sukamaju District Office
email-bcc-sampah-m1-subject = Morning exercise replaced by a clean-up
email-bcc-sampah-m1-body = Dear staff,
    This Friday the morning exercise is replaced by a clean-up of the office yard, at 07.00.
    Thank you.
    General Affairs, Sukamaju District
email-bcc-sampah-m2-subject = Thank you for the May report
email-bcc-sampah-m2-body = Mr Budi,
    I have received the Monthly Report for May 2025. Thank you.
    District Secretary of Sukamaju
email-bcc-sampah-intro = Addresses in To and Cc are seen by all recipients. Addresses in Bcc are hidden: recipients don't see who else got the message.
    Use Bcc when you send to many people outside the office, for example village heads who use gmail.com addresses. Their addresses stay private. Nobody can reply to all the recipients.
    In the { webmail-field-to } box, put your own address.
email-bcc-sampah-drafts = You have prepared an invitation for five village heads, but not sent it yet. Messages not yet sent are kept in Drafts. Click { webmail-folder-drafts }.
email-bcc-sampah-drafts-h1 = The folders are on the left, under the { webmail-compose } button: Inbox, Sent, Drafts, Spam, Trash.
email-bcc-sampah-drafts-h2 = Click once on the word Drafts, below Sent.
email-bcc-sampah-drafts-ok = There is one draft: the invitation to the village heads' coordination meeting.
email-bcc-sampah-drafts-other = That is another folder. Click { webmail-folder-drafts }, below Sent.
email-bcc-sampah-draft = Open that draft invitation to go on writing it.
email-bcc-sampah-draft-h1 = The draft shows in the list on the right.
email-bcc-sampah-draft-h2 = Click once on the row "Village heads' coordination meeting, 12 June 2025".
email-bcc-sampah-draft-ok = The draft is open. To already holds your own address, and the Subject is already written.
email-bcc-sampah-send = Click the { webmail-field-bcc } box. Type the five village heads' addresses, separated by commas:
    kades.mekar@gmail.com, kades.sari@gmail.com, kades.jaya@gmail.com, kades.asih@gmail.com, kades.indah@gmail.com
    Leave the { webmail-field-to } and { webmail-field-cc } boxes as they are. Then click { webmail-send }.
email-bcc-sampah-send-h1 = The { webmail-field-bcc } box is below the { webmail-field-cc } box. After each address, type a comma and a space, then the next address.
email-bcc-sampah-send-h2 = Check before Send: To holds only budi.santoso@sukamajukab.go.id, Cc is empty, and all five gmail.com addresses are in Bcc.
email-bcc-sampah-send-ok = Sent! Each village head got the invitation, but can't see the other village heads' addresses.
email-bcc-sampah-refused-empty = The message was not sent because there is no address yet. Type the five village heads' addresses in the { webmail-field-bcc } box, then click { webmail-send } again.
email-bcc-sampah-refused-address = The message was not sent because an address is incomplete. Check each address: an @ sign and dots, separated by commas. Then click { webmail-send } again.
email-bcc-sampah-sent-visible = The message was sent, but some village heads' addresses were in the { webmail-field-to } or { webmail-field-cc } box. They can all see each other's addresses. That's all right, this is practice. Click { lesson-restart-step }, then put the five village heads' addresses in the { webmail-field-bcc } box.
email-bcc-sampah-sent-subject = The message was sent without a Subject. Click { lesson-restart-step }, then fill in the Subject before sending.
email-bcc-sampah-sent-other = The message was sent, but the recipients aren't quite right. What was asked: your own address in To, and all five village heads' addresses in Bcc. Click { webmail-compose } and try again with a subject and a short message.
email-bcc-sampah-q-bcc = You send an announcement to 40 neighbourhood heads who use gmail.com addresses. Where do you put their addresses?
email-bcc-sampah-q-bcc-a = In To, so everyone knows who got it
email-bcc-sampah-q-bcc-a-fb = Not quite. In To, everyone sees those 40 private addresses. Use Bcc.
email-bcc-sampah-q-bcc-b = In Bcc, with my own address in To
email-bcc-sampah-q-bcc-b-fb = Right. Their private addresses are not seen by the other recipients.
email-bcc-sampah-q-bcc-c = In Cc
email-bcc-sampah-q-bcc-c-fb = Not quite. Addresses in Cc are seen by all recipients too. Use Bcc.
email-bcc-sampah-intro2 = Part two: deleting and restoring messages.
    { webmail-delete } moves a message to the { webmail-folder-trash }. It is not gone yet.
    If you deleted it by mistake, open the { webmail-folder-trash }, open the message, then click { webmail-restore }. The message goes back where it came from.
email-bcc-sampah-inbox = Click { webmail-folder-inbox } on the left.
email-bcc-sampah-inbox-h1 = Inbox is at the top of the folder list, under the { webmail-compose } button.
email-bcc-sampah-inbox-h2 = Click once on the word Inbox.
email-bcc-sampah-inbox-other = That is another folder. Click { webmail-folder-inbox }, at the top of the folder list.
email-bcc-sampah-open = Open the message "Morning exercise replaced by a clean-up".
email-bcc-sampah-open-h1 = That message is in the { webmail-folder-inbox } list, from General Affairs.
email-bcc-sampah-open-h2 = Click once on the row "Morning exercise replaced by a clean-up".
email-bcc-sampah-open-other = That is another message. Click { webmail-back }, then open the message "Morning exercise replaced by a clean-up".
email-bcc-sampah-delete = You have read this announcement and don't need it any more. Click { webmail-delete }.
email-bcc-sampah-delete-h1 = The { webmail-delete } button is the last one in the row of buttons above the message, after Report spam.
email-bcc-sampah-delete-h2 = Click once on the word Delete.
email-bcc-sampah-delete-ok = The message has been moved to the Trash.
email-bcc-sampah-delete-other = Another message was deleted. That's all right, it is in the { webmail-folder-trash }. Click { lesson-restart-step }, then delete the message "Morning exercise replaced by a clean-up".
email-bcc-sampah-trash = It turns out you still need that message. Let's get it back. Click { webmail-folder-trash } on the left.
email-bcc-sampah-trash-h1 = Trash is at the bottom of the email folder list.
email-bcc-sampah-trash-h2 = Click once on the word Trash.
email-bcc-sampah-trash-ok = The message you just deleted is here.
email-bcc-sampah-trash-other = That is another folder. Trash is at the bottom of the email folder list.
email-bcc-sampah-open-trash = Open the message "Morning exercise replaced by a clean-up" in the Trash.
email-bcc-sampah-open-trash-h1 = That message shows in the list on the right.
email-bcc-sampah-open-trash-h2 = Click once on its row.
email-bcc-sampah-restore = Click { webmail-restore }.
email-bcc-sampah-restore-h1 = In the { webmail-folder-trash }, there is a { webmail-restore } button above the message.
email-bcc-sampah-restore-h2 = Click once on the word Restore. The message goes back to the Inbox.
email-bcc-sampah-restore-ok = The message has been restored.
email-bcc-sampah-check = Check the Inbox. Click { webmail-folder-inbox } on the left.
email-bcc-sampah-check-h1 = Inbox is at the top of the folder list.
email-bcc-sampah-check-h2 = Click once on the word Inbox.
email-bcc-sampah-check-ok = The message "Morning exercise replaced by a clean-up" is back in the Inbox.
email-bcc-sampah-q-langganan = Every week you get a newsletter from a bookshop you once signed up with. Now you don't want it any more. What do you do?
email-bcc-sampah-q-langganan-a = Click "Unsubscribe" at the very bottom of that newsletter
email-bcc-sampah-q-langganan-a-fb = Right. That is for senders you know. If the sender is unknown or suspicious, don't click anything: just Report spam.
email-bcc-sampah-q-langganan-b = Reply all in capitals: DON'T SEND THIS AGAIN
email-bcc-sampah-q-langganan-b-fb = Not quite. That bothers many people and doesn't stop the newsletter. Look for the "Unsubscribe" link at the bottom.
email-bcc-sampah-q-langganan-c = Delete it every week
email-bcc-sampah-q-langganan-c-fb = Not quite. You could, but the newsletter will keep coming. Better click "Unsubscribe" at the bottom.

## Lesson 10: Password and Sign out
email-sandi-keluar-title = Password and Sign out
email-sandi-keluar-summary = Change your password to a strong one, then sign out of a shared computer.
email-sandi-keluar-m1-subject = Change your official email password
email-sandi-keluar-m1-body = Dear staff of Sukamaju Regency,
    For security, please change your official email password in the Settings menu.
    Diskominfo staff will never ask for your password.
    Regards,
    Diskominfo of Sukamaju Regency
email-sandi-keluar-m2-subject = Staff meeting on Monday
email-sandi-keluar-m2-body = Dear staff,
    The staff meeting is on Tuesday, 10 June 2025, at 13.00.
    Thank you.
    District Secretary of Sukamaju
email-sandi-keluar-intro = You are using a shared computer at the service counter. First sign in to Official Mail.
    Address: budi.santoso@sukamajukab.go.id
    Password: Sukamaju#2025
    Remember: on a shared computer, the "{ webmail-remember }" box must be empty.
email-sandi-keluar-signin = Sign in to Official Mail. Type the address and password, make sure "{ webmail-remember }" is empty, then click { webmail-signin }.
email-sandi-keluar-signin-h1 = Address: budi.santoso@sukamajukab.go.id (or just budi.santoso). Password: Sukamaju#2025, with a capital S.
email-sandi-keluar-signin-h2 = The "{ webmail-remember }" box is under the { webmail-password } box. If it has a tick, click once so it goes away. Then click { webmail-signin }.
email-sandi-keluar-signin-ok = Well done, you signed in without "{ webmail-remember }".
email-sandi-keluar-failed-empty = A box is still empty. Fill in the email address and the password, then click { webmail-signin } again.
email-sandi-keluar-failed-address = The email address doesn't match yet. Type budi.santoso@sukamajukab.go.id, with a dot between budi and santoso.
email-sandi-keluar-failed-password = The password doesn't match yet. Type slowly: Sukamaju#2025. The first S is a capital.
email-sandi-keluar-remembered = You are signed in, but "{ webmail-remember }" is still ticked. On a shared computer that is dangerous. Click { webmail-sign-out } at the top right, then sign in again with the "{ webmail-remember }" box empty.
email-sandi-keluar-kuat = Your password is the key to your email. A strong password is:
    1. Long: at least 10 characters, a mix of letters and digits.
    2. Made of capitals, small letters and digits.
    3. Not your birth date, your child's name, or 123456.
    An easy way: join two or three words you remember easily, then add digits. For example SawahHijau2025 ("GreenRiceField2025").
    Never tell your password to anyone, not even your superior or IT staff. Don't stick it on the screen.
email-sandi-keluar-change = Change the password:
    1. Click { webmail-settings } at the top right.
    2. Old password: Sukamaju#2025
    3. New password: SawahHijau2025
    4. Repeat the new password: SawahHijau2025
    5. Click { webmail-password-save }.
    At the office later, make up your own password. Don't use this example.
email-sandi-keluar-change-h1 = { webmail-settings } is in the top right corner, to the left of { webmail-sign-out }. There you find three password boxes and a { webmail-password-save } button.
email-sandi-keluar-change-h2 = Type the new password twice, exactly the same: in the second and the third box. S and H are capitals.
email-sandi-keluar-change-ok = The password has been changed to a strong one. From now on, sign in with the new password.
email-sandi-keluar-rejected-old = The old password doesn't match yet. In the first box, type the current password: Sukamaju#2025.
email-sandi-keluar-rejected-mismatch = The new password in the second and third boxes isn't the same yet. Type both again carefully, then click { webmail-password-save }.
email-sandi-keluar-rejected-weak = The new password is too weak. Use at least 10 letters and digits, with capitals, for example SawahHijau2025.
email-sandi-keluar-rejected-same = The new password is the same as the old one. Make a different one, for example SawahHijau2025.
email-sandi-keluar-changed-weak = The password was changed, but it is not strong enough yet. Change it once more: in the old box, type the password you just made. In the new box, use at least 10 letters and digits with capitals, for example SawahHijau2025.
email-sandi-keluar-q-kuat = Which password is the strongest?
email-sandi-keluar-q-kuat-a = 123456
email-sandi-keluar-q-kuat-a-fb = Not quite. This is the password scammers guess most often.
email-sandi-keluar-q-kuat-b = budi1965
email-sandi-keluar-q-kuat-b-fb = Not quite. A name and a birth year are easy to guess for people who know you.
email-sandi-keluar-q-kuat-c = KopiPagiSukamaju25
email-sandi-keluar-q-kuat-c-fb = Right. Long, with capitals, small letters and digits.
email-sandi-keluar-q-minta = Someone phones, says they are IT staff from Diskominfo, and asks for your email password "to repair the system". What do you do?
email-sandi-keluar-q-minta-a = Give it, because they are office staff
email-sandi-keluar-q-minta-a-fb = Not quite. Real IT staff never ask for your password. That person is probably a scammer.
email-sandi-keluar-q-minta-b = Don't give it, and report it to your superior or to Diskominfo
email-sandi-keluar-q-minta-b-fb = Right. Your password is for you alone. If you already told someone, change your password at once.
email-sandi-keluar-signout = The work is done. Someone else will use this computer. Click { webmail-sign-out }.
email-sandi-keluar-signout-h1 = Sign out is in the top right corner, to the right of Settings.
email-sandi-keluar-signout-h2 = Click once on the words Sign out. The sign-in page will show.
email-sandi-keluar-signout-ok = Well done! Your email is safe. The next person only sees the sign-in page.
email-sandi-keluar-q-tutup = Is it enough to close the browser without clicking { webmail-sign-out }?
email-sandi-keluar-q-tutup-a = Yes, a closed browser is always safe
email-sandi-keluar-q-tutup-a-fb = Not quite. Sometimes the email is still open when the browser is opened again, especially if "{ webmail-remember }" was ticked. Always click { webmail-sign-out } first.
email-sandi-keluar-q-tutup-b = No. Always click { webmail-sign-out } first, then close the browser
email-sandi-keluar-q-tutup-b-fb = Right. Sign out closes your email safely, especially on a shared computer.

## Lesson 11: Skill check
email-uji-kemampuan-title = Skill check: Official email
email-uji-kemampuan-summary = Show everything you have learned, without hints.
email-uji-kemampuan-m1-subject = Sign-up for the computer training
email-uji-kemampuan-m1-body = Dear staff of Sukamaju District,
    In July 2025 there is a computer training for district staff.
    If you would like to take part, please let me know by Friday, 20 June 2025.
    Just reply to me only.
    Thank you.
    District Secretary of Sukamaju
email-uji-kemampuan-m2-subject = Send the June Activity Report to General Affairs
email-uji-kemampuan-m2-body = Mr Budi,
    Please send the Activity Report for June 2025 as a PDF to General Affairs (umum@sukamajukab.go.id).
    Copy me in with Cc.
    Thank you.
    District Secretary of Sukamaju
email-uji-kemampuan-m3-subject = Your email account will be blocked today
email-uji-kemampuan-m3-body = Dear user,
    We found suspicious activity on your account. The account will be blocked within 2 hours.
    Click the link below and enter your password to verify.
    Official Mail Security Team
email-uji-kemampuan-m3-link = Verify your account now
email-uji-kemampuan-m4-subject = Official Mail maintenance schedule
email-uji-kemampuan-m4-body = Dear staff of Sukamaju Regency,
    Official Mail cannot be used on Friday, 20 June 2025, from 22.00 to 24.00 because of maintenance.
    Regards,
    Diskominfo of Sukamaju Regency
email-uji-kemampuan-intro = This is the Skill check for the Official email module. There are no hints, but you may try as often as you like.
    You are using a shared computer at the service counter.
    Address: budi.santoso@sukamajukab.go.id
    Password: Sukamaju#2025
    Take your time. You have practised every step before.
email-uji-kemampuan-signin = Sign in to Official Mail. Remember, this is a shared computer.
email-uji-kemampuan-signin-ok = Well done, you signed in safely.
email-uji-kemampuan-failed-empty = A box is still empty. Fill in the email address and the password, then click { webmail-signin } again.
email-uji-kemampuan-failed-address = The email address doesn't match yet. Check it again: budi.santoso@sukamajukab.go.id.
email-uji-kemampuan-failed-password = The password doesn't match yet. Check capitals and small letters: Sukamaju#2025.
email-uji-kemampuan-remembered = You are signed in, but "{ webmail-remember }" is still ticked. This is a shared computer. Click { webmail-sign-out }, then sign in again with the "{ webmail-remember }" box empty.
email-uji-kemampuan-reply = The District Secretary is collecting names for the computer training. You would like to take part. Open the message, then start an answer to the Secretary only.
email-uji-kemampuan-reply-ok = Right. This answer is for the Secretary only.
email-uji-kemampuan-reply-all = That is Reply all. Your answer would go to all the staff. Click { webmail-cancel }, then choose the button that answers the sender only.
email-uji-kemampuan-reply-other = That doesn't answer the message about the computer training yet. Click { lesson-restart-step }, then answer its sender only.
email-uji-kemampuan-reply-send = Write an answer saying you would like to join the training. Use a greeting and a closing. Then send it.
email-uji-kemampuan-reply-send-ok = The answer went to the Secretary only, with polite greetings.
email-uji-kemampuan-reply-sent-all = The answer went to all the staff. That's all right. Click { lesson-restart-step }, then answer the Secretary only.
email-uji-kemampuan-sent-caps = The message was sent in all capital letters. That feels like shouting. Try again in normal letters.
email-uji-kemampuan-reply-sent-greeting = The answer was sent without a greeting. Click { lesson-restart-step }, then begin with a greeting, for example "Dear Secretary".
email-uji-kemampuan-reply-sent-closing = The answer was sent without a closing. Open the message about the training again, answer the Secretary only, and end with "Kind regards".
email-uji-kemampuan-reply-sent-other = The answer was sent, but the recipients aren't quite right. This answer is for the Secretary only. Open the message about the training again and try again.
email-uji-kemampuan-attach = The Secretary also asked for the June 2025 Activity Report to be sent to General Affairs. Start a new message, then attach that report from the { disk-folder-dokumen } folder in the right format.
email-uji-kemampuan-attach-ok = The report is attached as a PDF.
email-uji-kemampuan-attach-reply = This is not a reply, but a new message to General Affairs. Click { webmail-cancel }, then start a new message.
email-uji-kemampuan-attach-docx = That is a Word file (.docx). A finished report is sent as a PDF. Click { webmail-remove-attachment } next to that file's name, then attach the right one.
email-uji-kemampuan-attach-other = That is a different file. Click { webmail-remove-attachment } next to its name. What was asked: the Activity Report for June 2025, as a PDF.
email-uji-kemampuan-send = Complete the message: To General Affairs (umum@sukamajukab.go.id), a copy to the Secretary (sekcam@sukamajukab.go.id), a clear Subject, and a polite message. Then send it.
email-uji-kemampuan-send-ok = The report went to General Affairs, with a copy to the Secretary. Excellent!
email-uji-kemampuan-refused-empty = The message was not sent because the { webmail-field-to } box is still empty. Fill in General Affairs' address, then send again.
email-uji-kemampuan-refused-address = The message was not sent because an address is incomplete. Check the @ sign and the dots, no spaces. Then send again.
email-uji-kemampuan-sent-subject = The message was sent without a Subject. That's all right. Click { lesson-restart-step }, and fill in the Subject this time.
email-uji-kemampuan-sent-forgot = The message mentions an attachment, but no file was attached. Click { lesson-restart-step }, then attach the June 2025 Activity Report as a PDF.
email-uji-kemampuan-sent-none = The message was sent without the report. Click { lesson-restart-step }, then attach the June 2025 Activity Report as a PDF.
email-uji-kemampuan-sent-docx = A Word file (.docx) was sent too. Only the PDF was asked for. Write a new message again and attach only the PDF file.
email-uji-kemampuan-sent-cc-in-to = The message was sent, but the Secretary's address is in the { webmail-field-to } box. The Secretary only needs a copy. Write a new message again and put the Secretary's address in Cc.
email-uji-kemampuan-sent-greeting = The message was sent without a greeting. Click { lesson-restart-step }, then begin with a greeting, for example "Dear Head of General Affairs".
email-uji-kemampuan-sent-closing = The message was sent without a closing. Write a new message again, attach the report, and end with "Kind regards".
email-uji-kemampuan-sent-other = The message was sent, but it isn't quite right. Check: To holds umum@sukamajukab.go.id, Cc holds sekcam@sukamajukab.go.id, and there is only one attachment, Laporan-Kegiatan-Juni-2025.pdf. Write a new message again and try again.
email-uji-kemampuan-spam = There is one scam message in the Inbox. Find it and deal with it the right way.
email-uji-kemampuan-spam-ok = Right. That message asks for your password and its address is not the office's address. It has been reported as spam.
email-uji-kemampuan-link = That link was fake. Luckily this is only practice: nothing was sent. Close the warning page, then deal with that message the right way.
email-uji-kemampuan-real-reported = That message is real, from an office go.id address. That's all right, it is still in the { webmail-folder-spam } folder. Look for the message that really is a scam.
email-uji-kemampuan-deleted = That message moved to the { webmail-folder-trash }. That is already safe. For a scam there is a better button, so similar messages are filtered straight away. Click { lesson-restart-step }, then use that button.
email-uji-kemampuan-signout = The work is done. This is a shared computer. Leave Official Mail safely.
email-uji-kemampuan-signout-ok = Well done! Your email is safe. The next person only sees the sign-in page.
email-uji-kemampuan-q-sandi = A colleague wants to borrow your email account and asks for your password. What do you do?
email-uji-kemampuan-q-sandi-a = Give it, because they are a colleague
email-uji-kemampuan-q-sandi-a-fb = Not quite. Whatever is sent from that account is your responsibility. Your password is for you alone.
email-uji-kemampuan-q-sandi-b = Don't give it. The colleague uses their own account
email-uji-kemampuan-q-sandi-b-fb = Right. A password is not shared with anyone, not even a colleague or a superior.
email-uji-kemampuan-q-sandi-c = Write it on a note stuck to the screen
email-uji-kemampuan-q-sandi-c-fb = Not quite. Anyone walking past can read it. Keep your password in your own memory.
email-uji-kemampuan-m5-subject = SIASN training schedule, June 2025
email-uji-kemampuan-m5-body = Dear participants of the SIASN training,
    Attached is the schedule of the SIASN training at the BKPSDM office of Kabupaten Sukamaju. Please read it and pass it on to colleagues who are also assigned.
    Thank you.
    BKPSDM Kabupaten Sukamaju
email-uji-kemampuan-unduh = BKPSDM sent the training schedule. Save the schedule file on this laptop.
email-uji-kemampuan-unduh-ok = The schedule file is saved on the laptop.
email-uji-kemampuan-cari = Open the schedule file from the laptop, to make sure it is there.
email-uji-kemampuan-cari-ok = Right. Downloaded files are in the { disk-folder-unduhan } folder.
email-uji-kemampuan-cari-other = That is another file. Look for the training schedule you have just saved.
email-uji-kemampuan-teruskan = Pak Agus Wibowo is also assigned to the training. Send him the BKPSDM message about the training schedule, with its attachment, at agus.wibowo@sukamajukab.go.id.
email-uji-kemampuan-teruskan-ok = The BKPSDM message reached Pak Agus, with the schedule.
email-uji-kemampuan-refused-empty-agus = The message was not sent because there is no address yet. Fill in Pak Agus's address, then send again.
email-uji-kemampuan-teruskan-new = That is a new message, so the BKPSDM message and schedule did not go with it. Click { lesson-restart-step }, then try again from the BKPSDM message.
email-uji-kemampuan-teruskan-reply = That answer went to BKPSDM, not to Pak Agus. Click { lesson-restart-step }, then try again.
email-uji-kemampuan-teruskan-other = The message was sent, but not quite right. Click { lesson-restart-step }. Check Pak Agus's address and the schedule attachment.
email-uji-kemampuan-bcc = Send an announcement about the community clean-up to three RT heads. They use private addresses: rt01.mekarsari@gmail.com, rt02.mekarsari@gmail.com and rt03.mekarsari@gmail.com. Fill in the subject and a short message.
email-uji-kemampuan-bcc-ok = Sent. The RT heads cannot see each other's private addresses.
email-uji-kemampuan-bcc-refused-empty = The message was not sent because there is no address yet. Fill in the RT heads' addresses, then send again.
email-uji-kemampuan-bcc-visible = Sent, but every RT head can see the others' private addresses. Click { lesson-restart-step }, then try again.
email-uji-kemampuan-bcc-other = The message was sent, but it did not reach the RT heads the right way. Click { lesson-restart-step }, then try again.
email-penipuan-m7-subject = Verify your official email account
email-penipuan-m7-body = Dear Sir/Madam,
    Because the server is being moved, official email accounts must be verified today.
    Please reply to this email with your email password and the 6-digit OTP code just sent to your phone.
    Accounts that are not verified will be disabled tomorrow.
    General Affairs and Staffing
email-penipuan-open-palsu = Open the message "Verify your official email account". The sender seems to be your own office.
email-penipuan-open-palsu-h1 = If another message is still open, click { webmail-back } first. Then look for the row "Verify your official email account".
email-penipuan-open-palsu-h2 = Click once on that row in the { webmail-folder-inbox } list.
email-penipuan-open-palsu-ok = The address is kepegawaian@sukamajukab.go.id and looks real. But an address can be faked, and a colleague's account can be broken into. This message asks for your password and an OTP code. The office never asks for them. It is a scam, whatever the sender's address.
email-penipuan-open-palsu-other = That is another message. Click { webmail-back }, then open the message "Verify your official email account".
email-penipuan-lapor-palsu = Don't reply. Click { webmail-report-spam }. If in doubt, ask General Affairs directly on the office phone.
email-penipuan-lapor-palsu-ok = Well done. A password, a PIN and an OTP code are never given to anyone. There are three more scam messages in the Inbox.
email-penipuan-palsu-reply = Don't reply to it. A password and an OTP code are never sent to anyone. Click { lesson-restart-step }, then click { webmail-report-spam }.
