## English. Texts are sent with parse_mode=HTML: only Telegram's tags, values are escaped by the bot.

### Register and inclusive language (issue 32; tests/core/test_language_structure.py checks it)
### - Courteous and plain: "Please…", no slang. British spelling; dates as "Thursday 2 December 2021".
### - People: "participants", "the owner", "the requester" (never "delegate" for everyone registered).
### - OAS terms with their capitals: Member State, Permanent Observer, the Secretariat.
### - A count goes through a plural selector ({ $n -> [one] … *[other] … }) or stands after a label ("Offers: 3").
### - A country or a language inserted in a sentence stands in label position ("Chile: …").

## Start and menu
start-welcome =
    👋 Welcome to the <b>CIDI Cooperation Bot</b> of the { $meeting } (virtual, { $dates }).
    
    Here you can register, add your cooperation offers and needs to the meeting's catalogue, find counterparts and follow the agenda.
    
    Change the language with the buttons below at any time, or with /language.
start-welcome-back = 👋 Welcome back, { $name }!
start-resume = Let's pick up where you left off.
reg-intro = Registration takes a few short questions. Send /cancel to stop at any time; “Back” returns to the previous step.
menu-registered =
    What you can do now:
    /offer — add a cooperation offer to the catalogue
    /need — add a cooperation need to the catalogue
    /mine — your offers and needs
    /profile — see and edit your profile
    /help — all commands

## Dialog controls
dialog-back = ⬅️ Back
dialog-cancel = ✖️ Cancel
dialog-next = Next ➡️
dialog-previous = ⬅️ Previous
dialog-cancelled = Cancelled. Nothing was saved. Send /start to begin again.
dialog-none-open = There is nothing to cancel.
dialog-stale-button = This button is no longer active. Please use the latest message.
dialog-expect-button = Please choose one of the buttons below.
dialog-expect-text = Please type your answer as a text message.
dialog-current = Current value: <i>{ $value }</i>
dialog-not-text = I can only read text here. Please type your answer (stickers, photos, voice messages and files are not read).

## Errors
error-empty = The answer is empty. Please type something.
error-too-long = That is { $length } characters long; the limit is { $max }. Please shorten it.
error-too-short = That is too short: at least { $min } characters, please.
error-no-letters = Please use letters, not only digits, symbols or emoji.
error-generic = Sorry, something went wrong on our side. Please try again in a moment.
error-slow-down = You are sending messages faster than I can read them. Please wait a few seconds: what you send meanwhile is ignored.
error-unknown-command = I do not know that command. /help lists the commands you can use.
error-group-chat = Hello! I work in private chats only: please write to me directly.
error-not-understood = I did not understand that. /help lists what I can do.
error-not-registered = You are not registered yet. Send /start to register (it takes two minutes).
error-not-allowed = This action is reserved for the meeting's organisers or Secretariat.
error-not-allowed-secretariat = This action is reserved for the meeting's Secretariat.

## Registration
reg-ask-name = What is your full name? (up to { $max } characters)
reg-ask-kind = What type of actor do you represent?
reg-ask-organisation = What is the name of your organisation? (up to { $max } characters)
reg-ask-country-member = Which OAS Member State do you represent? Choose below or type its name.
reg-ask-country-observer = Which Permanent Observer do you represent (a state, or the European Union)? Choose below or type its name.
reg-ask-country-organisation = In which country is your organisation based? Type its name.
reg-ask-position = What is your position or title? (up to { $max } characters)
reg-ask-timezone =
    Which time zone should reminders use? We propose <b>{ $proposed }</b> ({ $zone }).
    Choose below, or type a city or a zone name such as “America/Lima”.
reg-ask-consent = May we share your contact details with the counterparts you are matched with?
reg-country-pick = Several countries match “{ $query }”. Which one do you mean?
reg-country-not-found = I found no country called “{ $query }”. Please check the spelling or choose from the list.
reg-timezone-not-found = I do not know the time zone “{ $query }”. Type a city (for example “Bogota”) or a zone such as “America/Bogota”.
reg-timezone-pick = I cannot tell for sure which time zone “{ $query }” means. Did you mean one of these?
reg-done = ✅ Thank you, { $name }: you are registered.

## Actor kinds (the seed agenda's wording)
actor-member_state = OAS Member State
actor-observer_state = OAS Permanent Observer
actor-private_sector = Private sector
actor-foundation = Foundation
actor-academia = Academia
actor-multilateral = Multilateral organisation
actor-ngo = Other non-governmental actor
actor-oas_secretariat = OAS General Secretariat

## Priority areas
area-digital = Knowledge, virtual and digital economy
area-msme = Economic recovery of MSMEs
area-education = Education in the digital era
area-work = Future of work and job recovery
area-climate = Climate action and building resilience
area-health = Health systems
area-cross_cutting = Cross-cutting: water, gender equality, migration, governance…

## Consent
consent-direct = Yes, share my contact details
consent-secretariat = Only through the Secretariat

## Languages (names in this language)
language-en = English
language-es = Spanish
language-fr = French
language-pt = Portuguese
language-ask = Choose your language:
language-set = Done: I will write to you in English.

## Profile
profile-title = <b>Your profile</b>
profile-line = { $field }: <b>{ $value }</b>
profile-zone-now = { $zone } — current time: { $time }
profile-none = —
profile-verified-yes = ✔️ Affiliation verified by the Secretariat
profile-verified-no = Affiliation not yet verified by the Secretariat
profile-edit-hint = Press a button to change a field.
profile-edit-button = ✏️ { $field }
profile-updated = ✅ Your profile is updated.
field-full_name = Name
field-actor_kind = Represents
field-organisation = Organisation
field-country = Country
field-position = Position
field-timezone = Time zone
field-consent = Contact sharing
field-language = Language

## Help
help-delegate =
    <b>Commands</b>
    /start — welcome and registration
    /offer — submit a cooperation offer
    /need — submit a cooperation need
    /mine — your offers and needs, their status; edit or withdraw them
    /search — search the catalogue
    /country NAME — a country's offers and needs, by area
    /matches — the counterparts found for your entries
    /partnerships — your partnerships, stage by stage
    /meetings — your video meetings with counterparts: coming ones, and whether past ones took place
    /availability — the days and hours you take meetings
    /followup off — stop check-ins about your partnerships (/followup on to resume)
    /agenda — the meeting's agenda in your time zone
    /now, /next — the current and the next session
    /calendar — the agenda as a calendar file
    /reminders — your reminders: how early, and for which sessions
    /profile — see and edit your profile
    /language — change the language
    /cancel — leave the current dialog
    /forget_me — delete your personal data
    /help — this list
help-contact = To reach the Secretariat: { $contact }
help-secretariat =
    <b>Secretariat</b>
    /review — review submitted offers and needs, oldest first
    /export — the catalogue as Excel, CSV and JSON files (/export all: every status)
    /publish — the published catalogue, HTML and PDF
    /connections — all connection requests: the meeting's partnerships
    /invite — a one-time link that gives someone the organiser or Secretariat role
    /roles — who has which role; revoke one
    /verify USER_ID — mark a participant's affiliation as verified
    /unverify USER_ID — withdraw that mark
help-organiser =
    <b>Organisers</b>
    /broadcast — send a message to all or some participants, now or later
    /broadcasts — scheduled and running broadcasts; cancel one
    /stats — the meeting's figures, with a chart
    /unmet — needs still without a matching approved offer 30 days after approval
    /web — the web console (a one-time sign-in link)
    To replace the agenda, send the new agenda file (YAML).

## Forget me
forget-confirm = Delete your personal data (name, organisation, position, time zone, contact consent)? Catalogue entries already approved stay in the catalogue, shown as from an anonymous participant.
forget-yes = Yes, delete my data
forget-no = No, keep it
forget-done = Your personal data has been deleted. Approved catalogue entries stay, anonymised. Send /start if you want to register again.
forget-kept = Nothing was deleted.
forget-nothing = I hold no personal data about you.

## Verification (secretariat)
verify-usage = Usage: /verify USER_ID (the person's Telegram user id).
verify-done = ✔️ { $name } ({ $user }) is now marked as verified.
unverify-done = { $name } ({ $user }) is no longer marked as verified.
verify-unknown = No registered participant has the id { $user }.

## Command menu
cmd-start = Welcome and registration
cmd-profile = See and edit my profile
cmd-language = Change the language
cmd-help = All commands
cmd-cancel = Leave the current dialog
cmd-forget_me = Delete my personal data
cmd-verify = Verify an affiliation
cmd-unverify = Withdraw a verification

## Offers and needs: the dialog
entry-intro-offer = A new <b>offer</b> of cooperation: a few questions, then a summary you can correct before you submit. Send /cancel to stop at any time.
entry-intro-need = A new <b>need</b> for cooperation: a few questions, then a summary you can correct before you submit. Send /cancel to stop at any time.
entry-ask-title = Give it a short title (up to { $max } characters).
entry-ask-description = Describe it: what, for whom, with which results (up to { $max } characters).
entry-ask-area = Which priority area?
entry-ask-cooperation_type = Which kind of cooperation?
entry-ask-modality = Which modality?
entry-ask-role = In this triangular cooperation, your role is… (pivotal partner: shares its proven experience; facilitating partner: supports with funding or technical means; beneficiary: receives the cooperation)
entry-ask-countries = Which countries does it concern? Press each country (press again to remove it) or type a name, then “Done”. Or choose a sub-region, or all of the Americas.
entry-countries-chosen = Chosen: <b>{ $list }</b>
entry-review-note = ✏️ <b>The Secretariat asked:</b> { $note }
entry-countries-several = Several countries match “{ $query }”: tap the one you mean in the list.
entry-countries-done = ✔️ Done
entry-all-americas = 🌎 All of the Americas
entry-ask-time_frame = Over which time frame?
entry-ask-financing = Is financing available with this offer?
entry-ask-contact = A contact for this entry, email or phone (optional, up to { $max } characters)? Or press “Skip”.
entry-skip = Skip
answer-yes = Yes
answer-no = No
entry-summary-offer = <b>Your offer, before you submit it</b>
entry-summary-need = <b>Your need, before you submit it</b>
entry-summary-hint = Press a field to correct it, or Submit.
entry-submit = 📨 Submit
entry-similar = ⚠️ You already have a very similar entry: #{ $id } “{ $title }” (/open_{ $id }).
entry-limit = You already have { $max ->
        [one] { $max } entry
       *[other] { $max } entries
    } waiting for review. Please wait for the Secretariat's decisions before adding more.
entry-saved-offer = ✅ Saved: your offer is #{ $id }. The Secretariat will review it; you will receive the decision here. /mine shows its status.
entry-saved-need = ✅ Saved: your need is #{ $id }. The Secretariat will review it; you will receive the decision here. /mine shows its status.
entry-field-title = Title
entry-field-description = Description
entry-field-area = Priority area
entry-field-cooperation_type = Kind of cooperation
entry-field-modality = Modality
entry-field-role = Role
entry-field-countries = Countries
entry-field-time_frame = Time frame
entry-field-financing = Financing available
entry-field-contact = Contact
entry-field-owner = From
entry-field-since = Added to the catalogue
entry-card-title = <b>{ $heading }: { $title }</b>
entry-card-status = Status: <b>{ $status }</b>
entry-card-description = { $text }
entry-anonymous = an anonymous participant
error-meaningless = Please write it in real words (not only emoji, digits, one repeated character or keys typed at random).
error-few-words = Please describe it in a sentence or two: at least { $min ->
        [one] { $min } different word
       *[other] { $min } different words
    } (one word repeated tells a possible partner too little).
error-contact = That is neither an email address (name@example.org) nor a phone number (+1 202 555 0100).
error-countries-empty = Please choose at least one country, or all of the Americas.
error-code = “{ $value }” is not one of the allowed codes.
error-required = This field is required.

## Codes
kind-offer = Offer
kind-need = Need
type-technical_assistance = Technical assistance
type-knowledge_exchange = Knowledge exchange
type-good_practice = Good practice
type-programme = Programme
type-financing = Financing
modality-south_south = South-South
modality-triangular = Triangular
modality-north_south = North-South
modality-multi_stakeholder = Multi-stakeholder partnership
role-facilitator = Facilitating partner
role-pivot = Pivotal partner
role-beneficiary = Beneficiary partner
timeframe-short = Short term (up to 12 months)
timeframe-medium = Medium term (1 to 3 years)
status-pending = Waiting for review
status-approved = Approved
status-changes_requested = Changes requested
status-rejected = Not accepted
status-withdrawn = Withdrawn

## My entries
menu-offer = ➕ Offer
menu-need = ➕ Need
menu-mine = 📋 My entries
mine-title = <b>Your offers and needs</b> (press a number to open one)
mine-line = #{ $id } { $kind }: { $title } — <i>{ $status }</i>
mine-empty = You have no offers or needs yet.
entry-edit = ✏️ Edit
entry-withdraw = 🗑 Withdraw
entry-withdraw-confirm = Withdraw #{ $id } from the catalogue? It will no longer be shown or matched.
entry-withdraw-yes = Yes, withdraw it
entry-withdraw-no = No, keep it
entry-withdrawn = #{ $id } has been withdrawn.
entry-withdraw-kept = #{ $id } stays as it is.
entry-published-note = The approved version stays in the catalogue until the Secretariat approves this edit.
entry-not-found = You have no entry with that number.
draft-discard-confirm = Discard this draft? What you typed will be lost.
draft-discard-yes = Yes, discard it
draft-discard-no = No, continue
draft-discarded = The draft is discarded.

## Review (secretariat)
review-open = 🔎 Review
review-empty = Nothing is waiting for review. 🎉
review-header = <b>Review</b> — waiting: { $left }
review-changed = ✏️ Changed since the last review: { $fields }
review-submitter = Submitted by { $name } — { $affiliation }
review-is-edit = This is an edit of an approved entry; the approved version stays visible until you decide.
review-approve = ✅ Approve
review-changes = ✏️ Ask for changes
review-reject = ⛔ Reject
review-skip = ⏭ Skip
review-history = 🕓 History
review-next = ➡️ Next
review-ask-changes = What should be changed in #{ $id }? Your message is sent to the submitter.
review-ask-reject = Why is #{ $id } rejected? Choose a reason or type your own.
reason-out_of_scope = Outside the priority areas
reason-duplicate = Duplicate of another entry
reason-not_specific = Not specific enough to act on
reason-incomplete = Information missing
review-already-decided = #{ $id } was already decided by someone else, or changed meanwhile: nothing was overwritten.
review-done-approve = ✅ #{ $id } is approved and in the catalogue.
review-done-request_changes = ✏️ Changes requested for #{ $id }.
review-done-reject = ⛔ #{ $id } is rejected.
review-history-title = <b>History of #{ $id }</b>
review-history-line = { $when } — { $action }
action-submit = submitted
action-edit = edited
action-approve = approved
action-request_changes = changes requested
action-reject = rejected
action-withdraw = withdrawn
action-import = imported
action-import_update = updated by import
notify-new-entry = 📥 New entry ({ $kind }) waiting for review: #{ $id } “{ $title }”.
notify-edited-entry = 📥 Edit of an approved entry ({ $kind }) waiting for review: #{ $id } “{ $title }”.
notify-waiting = 📥 Waiting for review: { $new ->
        [0] { $edits ->
            [one] { $edits } edit
           *[other] { $edits } edits
        }
        [one] { $edits ->
            [0] { $new } new entry
            [one] { $new } new entry and { $edits } edit
           *[other] { $new } new entry and { $edits } edits
        }
       *[other] { $edits ->
            [0] { $new } new entries
            [one] { $new } new entries and { $edits } edit
           *[other] { $new } new entries and { $edits } edits
        }
    }. The newest:
    { $list }
notify-approved = ✅ Your entry ({ $kind }) #{ $id } “{ $title }” is approved and now in the catalogue.
notify-changes = ✏️ The Secretariat asks for changes to your entry ({ $kind }) #{ $id } “{ $title }”: { $reason }
notify-rejected = Your entry ({ $kind }) #{ $id } “{ $title }” was not accepted: { $reason }
export-empty = The catalogue is empty.
export-caption = Entries: { $count } ({ $format })

## Import (command line)
import-unknown-format = { $name }: use a .csv, .xlsx or .jsonl file.
import-empty = The file has no rows.
import-bad-json = Line { $line } is not a JSON object.
import-bad-xlsx = { $name } is not a readable Excel file.
import-too-many-rows = The file has more than { $max ->
        [one] { $max } row
       *[other] { $max } rows
    }: split it, or check that it is the right file.
import-unknown-column = Unknown column “{ $column }”. The columns are: { $known }.
import-missing-column = The required column “{ $column }” is missing.
import-duplicate-id = The id “{ $value }” is already used by row { $other }.

## Command menu (catalogue)
cmd-offer = Submit a cooperation offer
cmd-need = Submit a cooperation need
cmd-mine = My offers and needs
cmd-review = Review submissions
cmd-export = Export the catalogue

## Search and matches
search-ask = What are you looking for? Type a few words in any language (for example “telemedicine rural areas”).
search-too-short = Please type at least two letters or digits to search.
search-empty = Nothing in the catalogue matches “{ $query }” yet. Try other or fewer words, another language, or remove a filter.
search-header = <b>Results for “{ $query }”</b> ({ $count })
search-result = <b>{ $n }. { $title }</b> — { $kind }, { $area } · { $confidence }
    { $who }
    <i>{ $why }</i>
search-corrected = You typed “{ $typed }”: showing results for “{ $query }”.
confidence-strong = strong match
confidence-possible = possible match
confidence-weak = weak match
search-all = All
search-offers = Offers
search-needs = Needs
search-all-areas = All areas
area-button-digital = Digital and knowledge economy
area-button-msme = Economic recovery of MSMEs
area-button-education = Education in the digital era
area-button-work = Future of work and jobs
area-button-climate = Climate action, resilience
area-button-health = Health systems
area-button-cross_cutting = Cross-cutting themes
area-short-digital = Digital
area-short-msme = MSMEs
area-short-education = Education
area-short-work = Work
area-short-climate = Climate
area-short-health = Health
area-short-cross_cutting = Cross-cutting
why-meaning = close in meaning ({ $percent }%)
why-area = same area: { $area }
why-shared = shared: { $list }
why-related = related: { $list }
why-type = same kind: { $type }
why-modality = same modality: { $modality }
why-country = country: { $country }
why-words = same words: { $list }
match-new = 🤝 A new entry ({ $other_kind }) matches your entry “{ $own_title }”: <b>{ $other_title }</b> — { $who } (score { $score }/100).
    <i>{ $why }</i>
match-dismiss = 🚫 Not relevant
match-dismissed = This match will not be shown to you again.
matches-title = <b>Your matches</b>, best first
matches-line = #{ $own } ↔ #{ $other } { $kind }: <b>{ $title }</b> ({ $score }/100)
    <i>{ $why }</i>
matches-empty = They will appear here, and you will be notified, as soon as an entry that fits one of yours is approved.
connect-interested = 🤝 I'm interested
connect-ask = A short message for the owner of “{ $title }” (up to { $max } characters)? Or press “Skip”.
connect-register-first = Before the contact request, please finish registering (the questions below take two minutes): this entry will be shown to you again right after.
connect-refused-own = This is one of your own entries.
connect-refused-already = You have already asked to be put in touch about this entry.
connect-refused-gone = This entry is no longer in the catalogue.
connect-sent = 📨 Your request about “{ $title }” is sent. You will receive the answer here.
connect-request = 🤝 { $who } is interested in your entry “{ $title }”.
    Message: { $message }
connect-accept = ✅ Accept
connect-decline = ✖️ Decline
connect-to-secretariat = 🤝 { $who } is interested in #{ $id } “{ $title }”, which has no owner to answer in the bot. Message: { $message }
connect-name = { $name }
connect-declined = Your request about “{ $title }” was declined.
connect-you-accepted = ✅ Accepted: you both now have each other's contact details (or the Secretariat will put you in touch).
connect-you-declined = Declined. The other party will be informed courteously.
connect-accepted = ✅ You are connected about “{ $title }”. Here are the contact details:
connect-accepted-secretariat = ✅ You are connected about “{ $title }”. Contact details are shared through the Secretariat, who will put you in touch.
connect-secretariat-link = 🤝 Accepted connection about “{ $title }”: please put the two parties in touch:
connect-undelivered = ⚠️ A message about the connection “{ $title }” could not be delivered: one side has blocked the bot. Please reach them another way:
connect-refused-cap = You have sent { $max ->
        [one] { $max } request
       *[other] { $max } requests
    } today, the daily limit. Please try again tomorrow.
connect-refused-cap-contact = You have sent { $max ->
        [one] { $max } request
       *[other] { $max } requests
    } today, the daily limit. Please try again tomorrow; to reach the Secretariat meanwhile: { $contact }
connect-refused-blocked = The owner of this entry is not accepting further requests from you. For any question, please write to the Secretariat.
connect-refused-barred = The Secretariat has suspended your contact requests. Please write to the Secretariat if you think this is a mistake.
connect-block = 🚫 Block
connect-report = ⚠️ Report
connect-you-blocked = Request blocked: this person can no longer send you requests. They are told their request was declined.
connect-you-reported = Request reported: the Secretariat will read it. This person can no longer send you requests.
connect-reported = ⚠️ The owner of #{ $id } “{ $title }” reported a contact request from { $who } (Telegram id { $user }) and blocked further requests from that person. Message: { $message }
person-profile = 👤 Requester’s profile
person-bar = 🚫 Bar from contact requests
person-unbar = ↩️ Lift the bar on contact requests
person-barred = 🚫 Barred from contact requests since { $since }.
person-barred-done = Barred: this person can no longer send contact requests.
person-unbarred-done = Bar lifted: this person can send contact requests again.
person-record =
    <b>Telegram id:</b> { $user }{ $username }
    <b>Contact requests sent:</b> { $sent } (accepted: { $accepted })
    <b>Blocked by entry owners:</b> { $blocked } (reported: { $reported })
connections-title = <b>Connections</b> (latest first)
connections-line = #{ $id } “{ $title }”: { $requester } → { $owner } — { $status }
connections-empty = No connection requests yet.
connection-requested = requested
connection-accepted = accepted
connection-declined = declined
connection-reported = reported
connections-catalogue = the Secretariat (catalogue entry)
cmd-search = Search the catalogue
cmd-country = A country's offers and needs
country-usage = Which country? For example: /country Brazil (any of the four languages, or its code: BR).
country-title = 🌎 <b>{ $country }</b> — offers and needs in the catalogue from this country or covering it: { $count }
country-line = #{ $id } { $kind }: { $title }
country-line-covering = #{ $id } { $kind }: { $title } · { $source }
country-empty = { $country }: no approved offer or need yet.
cmd-matches = My matches
cmd-connections = All connections

## Agenda and reminders
agenda-header = 🗓 <b>{ $title }</b>
agenda-tbc = <i>Hours to be confirmed by the Secretariat.</i>
agenda-over = <i>This meeting was held from { $first } to { $last }. The agenda is kept for reference.</i>
agenda-zone-line = Times in { $city } ({ $zone })
agenda-day-heading = <b>{ $day }</b> (your time)
agenda-line = <b>{ $start }–{ $end }</b> { $title }
agenda-meeting-time = { $start }–{ $end } in { $city }
agenda-link = 🔗 { $link }
agenda-theme = <i>{ $theme }</i>
agenda-link-tba = 🔗 Link to be announced
agenda-video = 🎥 { $link }
agenda-livestream = 📺 Livestream: { $link }
agenda-interpretation = 🎧 Interpretation: { $languages }
agenda-session-tbc = (to be confirmed)
agenda-description = { $text }
agenda-now-header = <b>Now</b>
agenda-now-none = No session is running now.
agenda-next-header = <b>Next</b>
agenda-next-none = The meeting has no more sessions.
calendar-caption = The agenda for your calendar (phones and Outlook import it, with the right time zone).
reminder-soon = ⏰ In { $minutes } min ({ $start }, your time): <b>{ $title }</b>
reminder-started = ▶️ <b>{ $title }</b> has started.
digest-header = ☀️ <b>Today, { $day }</b> (your time)
digest-footer = /reminders to change your reminders.
notice-moved = 🔁 <b>{ $title }</b> has moved: from { $old } to <b>{ $new }</b> (your time).
notice-cancelled = ❌ Session cancelled: <b>{ $title }</b> (was scheduled for { $old }, your time).
notice-changes = 🗓 <b>Changes to the agenda</b> for sessions you follow ({ $count }), in your time:
notice-change-moved = 🔁 <b>{ $title }</b>: from { $old } to <b>{ $new }</b>
notice-change-cancelled = ❌ <b>{ $title }</b>: cancelled (was scheduled for { $old })
notice-changes-more = … and { $count } more: /agenda shows the agenda as it now stands.
reminders-default = ⏰ You will be reminded { $lead } minutes before each session, with a morning digest on each meeting day. /reminders changes this.
reminders-summary = <b>Your reminders</b>: { $status }
    Before each session: { $lead } min
    Sessions: { $scope }
    Morning digest: { $digest }
reminders-on = on
reminders-off = off
reminders-digest-on = on
reminders-digest-off = off
reminders-scope-all = all
reminders-scope-some = chosen: { $count }
reminders-turn-on = 🔔 Turn reminders on
reminders-turn-off = 🔕 Turn reminders off
reminders-lead = { $minutes } min
reminders-digest-toggle = ☀️ Digest on/off
reminders-all = All sessions
reminders-saved = Saved.
reminders-follow = 🔔 { $title }
reminders-following = 🔔 You will be reminded of “{ $title }”.
agenda-upload-too-big = The file is too large for an agenda (at most { $max } KB).
agenda-upload-not-agenda = This file is not an agenda (YAML with “meeting” and “sessions”). { $problems }
agenda-upload-invalid = The agenda has problems; nothing was changed:
    { $problems }
agenda-upload-nochange = This agenda is the same as the current one.
agenda-upload-diff = <b>New agenda: what changes</b>
    Added: { $added }
    Removed: { $removed }
    Moved: { $moved }
    Edited: { $edited }
    People following moved or removed sessions will be notified once.
agenda-upload-apply = ✅ Apply
agenda-upload-cancel = ✖️ Keep current
agenda-upload-applied = ✅ The new agenda is in force; reminders have been rescheduled; notices sent: { $notices }.
agenda-upload-kept = The current agenda stays.
cmd-agenda = The agenda
cmd-now = The session now
cmd-next = The next session
cmd-calendar = The agenda as a calendar file
cmd-reminders = My reminders

## Broadcasts
broadcast-ask-text = Write the message (language: { $language }); bold, italics and links are kept; up to 4,096 characters.
broadcast-bad-html = Telegram cannot show this formatting. Please write the message again.
broadcast-ask-versions = Versions ready: { $given }. Add another language (each person receives the version in their language; everyone else receives the first one), or continue.
broadcast-add-version = ➕ { $language }
broadcast-versions-done = Continue ➡️
broadcast-ask-audience = Who should receive it?
audience-all = Everyone
audience-kind = By kind of actor
audience-language = By language
audience-country = By country
audience-session = By session
audience-verified = Verified only
broadcast-ask-audience-value = Which one?
broadcast-ask-when = Send it now, or at a set time?
broadcast-now = Now
broadcast-later = At a set time
broadcast-ask-time = When? Type the date and time in your time zone ({ $zone }), for example 2021-12-02 09:45 (YYYY-MM-DD HH:MM).
broadcast-time-format = I could not read that time. Please type it as 2021-12-02 09:45.
broadcast-time-past = That time has already passed. Please choose a time in the future.
broadcast-time-far = That is more than 30 days ahead. Please choose a nearer time.
broadcast-preview-head = <b>Preview</b> — to: { $audience }; recipients: { $count }; languages: { $languages }; when: { $when }
broadcast-confirm = 📣 Confirm and send
broadcast-edit-text = ✏️ Change the message
broadcast-edit-audience = 👥 Change the audience
broadcast-nobody = Nobody matches this audience, so nothing was sent. Choose another audience with /broadcast.
broadcast-nobody-choose = Nobody matches this audience. Choose another one: your message is kept.
broadcast-started = 📣 Broadcast #{ $id } is on its way (recipients: { $count }). This message shows its progress.
broadcast-scheduled = 🕓 Broadcast #{ $id } is scheduled (recipients: { $count }). /broadcasts lists it.
broadcast-cancel = ✖️ Cancel broadcast
broadcast-progress = 📣 Broadcast #{ $id }: sent { $sent }, failed { $failed }, left { $left } (about { $eta } s).
broadcast-report = ✅ Broadcast #{ $id } finished: delivered { $sent }; had blocked the bot { $blocked }; failed { $failed }.
broadcasts-title = <b>Scheduled and running broadcasts</b>
broadcasts-line = #{ $id } { $status } — { $when } — recipients: { $count } — { $preview }
broadcasts-none = None.
broadcast-status-scheduled = scheduled
broadcast-status-sending = sending
broadcast-status-done = done
broadcast-status-cancelled = cancelled
broadcast-cannot-cancel = This broadcast is already finished or cancelled.
broadcast-cancelled = Broadcast #{ $id } is cancelled; messages already delivered cannot be recalled.

## Figures
stats-title = <b>The meeting in figures</b>
stats-delegates = Participants registered: { $registered } · reachable: { $active } · verified: { $verified }
stats-by-kind = By kind: { $list }
stats-by-language = By language: { $list }
stats-by-country = Top countries: { $list }
stats-entries = Offers: { $offers } · needs: { $needs } ({ $statuses })
stats-catalogue = In the catalogue — offers: { $offers } · needs: { $needs }
stats-area = • { $area } — approved offers: { $offers } · needs: { $needs }
stats-matches = Matches proposed: { $matches } · connection requests: { $connections } (accepted: { $accepted })
stats-deliveries = Reminders and digests delivered: { $reminders } · broadcast messages: { $broadcasts }
stats-failed = Messages not delivered after { $attempts ->
        [one] { $attempts } attempt
       *[other] { $attempts } attempts
    }: { $count } (blocked chats not counted)
stats-chart-caption = Approved offers and needs per priority area.

## Roles and invitations
role-organiser = Organiser
role-secretariat = Secretariat
invite-ask = Which role should the invitation give?
invite-link = One-time link for the role “{ $role }”, valid { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }, for the first person who opens it:
    { $link }
invite-ok = ✅ You now have the role “{ $role }”. /help shows your new commands.
invite-used = This invitation has already been used.
invite-expired = This invitation has expired. Ask the Secretariat for a new one.
invite-unknown = This invitation link is not valid.
invite-used-by = 🔑 Your one-time link for the role “{ $role }” was used by { $who } (Telegram id { $user }), who now holds that role. /roles withdraws it if it reached the wrong person.
roles-title = <b>Roles</b>
roles-line = { $name } ({ $user }): { $role }
roles-revoke = Revoke { $role } from { $name }
roles-revoked = The role is revoked.
cmd-broadcast = Send a broadcast
cmd-broadcasts = Scheduled broadcasts
cmd-stats = The meeting's figures
cmd-invite = Invite an organiser or a Secretariat member
cmd-roles = Roles

## Target groups, sub-regions and the scope of a need (issue 18)
group-women = Women
group-children = Children
group-older_persons = Older persons
group-disability = Persons with disabilities
group-migrants = Migrants
group-refugees = Refugees
subregion-caribbean = Caribbean
subregion-central_america = Central America
subregion-south_america = South America
subregion-north_america = North America
subregion-andean = Andean region
scope-national = National
scope-regional = Regional
entry-field-target_groups = Target groups
entry-field-scope = Scope
entry-ask-target_groups = Is it aimed at particular groups? Press each one that applies (press again to remove it), then “Done”. Or choose “None in particular”.
entry-groups-none = None in particular
why-groups = same target groups: { $list }
stats-approved-by-modality = Approved, by modality: { $list }
stats-approved-by-actor-kind = Approved, by kind of actor: { $list }
stats-approved-by-target-group = Approved, by target group: { $list }
stats-approved-needs-by-scope = Approved needs, by scope: { $list }
search-filter-kind = Offers/needs
search-filter-area = Area
search-filter-country = Country
search-filter-modality = Modality
search-filter-actor_kind = Actor
search-filter-target_group = Target group
search-filters-active = Filters: { $list }
search-filters-clear = ✖️ Clear the filters
search-new = 🔎 New search
search-filter-choose = <b>{ $filter }</b> — results for “{ $query }”. Each choice says how many results it leaves.
search-any = Any
agenda-point = 📌 Agenda item { $point }
stats-item = { $name }: { $count }
cmd-web = Open the web console
web-link = 🖥 Your link to the web console (valid { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, once; keep it to yourself): { $link }
notify-corrected = ✏️ The Secretariat corrected your entry ({ $kind }) #{ $id } “{ $title }”: { $fields }.
notify-withdrawn = Your entry ({ $kind }) #{ $id } “{ $title }” was taken out of the catalogue by the Secretariat: { $reason }
audience-role = By role

## The web console (issue 19)
web-title = CIDI console
web-nav-label = Console pages
web-nav-overview = Overview
web-nav-review = Review
web-nav-catalogue = Catalogue
web-nav-delegates = Participants
web-nav-connections = { -g-connection-cap(count: 2) }
web-nav-figures = Figures
web-nav-agenda = { -g-agenda-cap }
web-nav-broadcasts = Broadcasts
web-nav-exports = Exports
web-signout = Sign out
web-signin-title = Sign in to the console
web-signin-how = Send /web to the bot in Telegram: it answers with a one-time link that opens the console.
web-signin-confirm = Sign in as <b>{ $name }</b>?
web-signin-button = Sign in
web-link-unknown = This link is not valid. Send /web to the bot for a new one.
web-link-used = This link was already used. Send /web to the bot for a new one.
web-link-expired = This link has expired (links are valid for 10 minutes). Send /web to the bot for a new one.
web-link-not_allowed = The console is for the Secretariat and the organisers.
web-refused-title = Not possible
web-forbidden = This page is for the Secretariat or the organisers; your account does not hold that role (any more).
web-csrf = The form had expired or did not come from this console: nothing was changed. Please reload the page and try again.
web-error = Something went wrong on our side; nothing was changed. Please try again.
web-not-found = There is no such page or entry.
web-bad-input = The form was not filled in as expected; nothing was changed.
web-bad-time = The time is not valid; nothing was sent.
web-not-yourself = You cannot withdraw your own role here; ask another Secretariat member.
web-done = Done.
web-card-pending = { $count ->
    [one] entry waiting for review
   *[other] entries waiting for review
}
web-card-offers = { $count ->
    [one] approved offer
   *[other] approved offers
}
web-card-needs = { $count ->
    [one] approved need
   *[other] approved needs
}
web-card-delegates = { $count ->
    [one] participant registered
   *[other] participants registered
}
web-card-states = { $count ->
    [one] Member State taking part (of 35)
   *[other] Member States taking part (of 35)
}
web-card-connections = { $count ->
    [one] connection request
   *[other] connection requests
}
web-card-broadcasts = { $count ->
    [one] broadcast scheduled or sending
   *[other] broadcasts scheduled or sending
}
web-filter-kind = Offer or need
web-filter-area = Area
web-filter-country = Country
web-filter-actor = Kind of actor
web-filter-language = Language
web-filter-waiting = Waiting at least
web-waiting-hours = { $hours } h
web-filter-apply = Filter
web-pick-all = Select all
web-owner = Submitted by
web-waiting = Waiting
web-decide-picked = Decide the selected entries
web-decision = Decision
web-decision-approve = Approve
web-decision-request_changes = Ask for changes
web-decision-reject = Reject
web-reason-preset = Reason
web-reason-text = Or type a reason
web-reason-needed = Please give a reason (choose one or type it): the owner reads it.
web-decide = Decide
web-nothing-picked = No entry was selected.
web-decided-approve = Approved ({ $count }): { $ids }. Their owners are notified in Telegram.
web-decided-request_changes = Changes requested ({ $count }): { $ids }. Their owners are notified in Telegram.
web-decided-reject = Rejected ({ $count }): { $ids }. Their owners are notified in Telegram.
web-already-decided = #{ $id } was already decided by { $who } ({ $decision }): nothing was applied twice.
web-page-of = Page { $page } of { $pages }
web-queue-empty = Nothing is waiting for review with these filters.
web-catalogue-list = List and search
web-catalogue-by-area = By area
web-catalogue-by-country = By country
web-search-words = Words, in any language
web-results = Results shown: { $count }
web-why = Why
web-score = Score
web-history = History
web-matches = { -g-match-cap(count: 2) }
web-correct = Correct the entry
web-correct-save = Save the correction (the owner is told)
web-corrected = #{ $id } is corrected; its owner is told which fields changed.
web-withdraw = Withdraw from the catalogue
web-withdrawn = #{ $id } is withdrawn; its owner is told why.
web-connection-requested = Requested
web-connection-accepted = Accepted
web-connection-declined = Declined
web-connection-reported = Reported
web-name = Name
web-organisation = Organisation
web-verified = Verified
web-verify = Verify
web-unverify = Withdraw verification
web-roles = Roles
web-grant = Grant the role
web-revoke = Withdraw the role
web-invite = Create an invitation link
web-invitation = Invitation link (valid 48 hours, once):
web-progress = Member State participation
web-progress-summary = Member States with registered participants: { $taking } of 35; of these, with no submission yet: { $silent }.
web-progress-none = no participant
web-progress-silent = nothing submitted
web-progress-ok = submitted
web-entries = Entries
web-entry = Entry
web-requester = Requested by
web-state = { -g-status-cap }
web-date = Date
web-time = Time
web-chart-area = Approved offers and needs per priority area
web-chart-country = Approved offers and needs per country (top 15)
web-chart-actors = Participants by kind of actor
web-chart-status = Entries by status
web-chart-time = Offers and needs submitted over time
web-agenda-times = Times in { $city } ({ $zone })
web-agenda-preview = The new agenda: what changes
web-agenda-added = Sessions added
web-agenda-moved = Sessions moved
web-agenda-removed = Sessions cancelled
web-agenda-edited = Sessions edited
web-agenda-told = Notices to the followers of moved or cancelled sessions: { $count }.
web-agenda-upload = Upload a new agenda
web-agenda-file = Agenda file (YAML, at most { $max } KB)
web-agenda-check = Check and show the changes
web-agenda-nothing-staged = No uploaded agenda waits for confirmation.
web-tbc = to be confirmed
web-broadcast-new = New broadcast
web-broadcast-languages = Write it in one or more languages: each person receives the version in their language; people whose language is missing receive the version in the language of this page (or the first one written).
web-audience = Who receives it
web-audience-value = Please choose who exactly (which role, kind, language, country or session).
web-broadcast-at = Send at ({ $zone } time; leave empty to send now)
web-broadcast-how-many = How many will receive it?
web-broadcast-count = Recipients: { $count }.
web-broadcast-send = Send
web-broadcast-no-text = Please write the message in at least one language.
web-broadcast-started = Broadcast #{ $id } is on its way (recipients: { $count }); its progress is in the list below.
web-broadcast-scheduled = Broadcast #{ $id } is scheduled (recipients: { $count }); it is in the list below.
web-broadcast-list = Broadcasts
web-bstatus-scheduled = scheduled
web-bstatus-sending = sending
web-bstatus-done = done
web-bstatus-cancelled = cancelled
web-sent = Sent
web-blocked = Blocked
web-failed = Failed
web-left = Left
web-cancelled = Not sent (cancelled)
web-export-all-countries = All countries
web-export-every-status = Every status (for the Secretariat)
web-export-note = The same files as /export in the chat and cidi-bot catalogue export: contact details only where their owner agreed; cells written as text, never as formulas.
web-document-preparing = Preparing the document ({ $seconds } s). This page refreshes automatically; you can continue working in another tab.
web-document-ready = The document is ready (prepared in { $seconds } s).
web-document-download = Download
web-document-failed = The document could not be prepared. Please try again; if the problem persists, contact the technical team.
## Partnerships (issue 20)
cmd-partnerships = My partnerships
partnerships-title = <b>Your partnerships</b> (tap ➡️ to move a partnership to its next stage)
partnerships-empty = No partnership yet. When someone accepts your “I'm interested” (or you accept theirs), it appears here, and you can follow it from first discussions to completion.
partnership-line =
    #{ $id } “{ $title }” — with { $other }
    Stage: <b>{ $stage }</b>
partnership-third = Third party: { $name } ({ $role })
partnership-next = ➡️ #{ $id }: { $stage }
partnership-drop = ✖️ #{ $id }: discontinue
partnership-ask-reason = Why is partnership #{ $id } being discontinued?
partnership-moved = Now: { $stage }
partnership-not-yours = Only the two partners (or the Secretariat) can change partnership #{ $id }.
partnership-drop-kept = Partnership #{ $id } was not discontinued: nothing has changed.
partnerships-no-checkins = ℹ️ The follow-up check-ins ran until { $date }: no more will be sent about your partnerships. You can still update them here at any time.
partnership-step-start = • { $when }: connection accepted
partnership-step-move = • { $when }: { $who } — { $stage }
partnership-step-drop = • { $when }: { $who } — { $stage } ({ $reason })
partnership-step-note = • { $when }: { $who } — “{ $note }”
partnership-step-words = “{ $note }”
partnership-steps-earlier = • … { $count ->
        [one] one earlier update
       *[other] { $count } earlier updates
    }
notify-partnership-moved = 🤝 Partnership #{ $id } “{ $title }” is now at the <b>{ $stage }</b> stage (updated by { $by ->
        [secretariat] the OAS Secretariat
        [forgotten] an anonymous participant
        *[other] { $who }
    }).
notify-partnership-dropped = ✖️ Partnership #{ $id } “{ $title }” was discontinued by { $by ->
        [secretariat] the OAS Secretariat
        [forgotten] an anonymous participant
        *[other] { $who }
    }: { $reason }.
notify-partnership-noted = ✏️ A note from { $by ->
        [secretariat] the OAS Secretariat
        [forgotten] an anonymous participant
        *[other] { $who }
    } on partnership #{ $id } “{ $title }”: “{ $note }”
notify-partnership-third = ➕ Partnership #{ $id } “{ $title }” now names a third party: { $name } ({ $role }), added by { $by ->
        [secretariat] the OAS Secretariat
        [forgotten] an anonymous participant
        *[other] { $who }
    }.
stage-talking = In discussion
stage-agreed = Agreed
stage-implementing = In implementation
stage-completed = Completed
stage-dropped = Discontinued
drop-no_funding = No funding
drop-priorities_changed = Priorities changed
drop-no_response = No response
drop-other_partner = Found another partner
drop-other = Another reason

## The published catalogue (issue 20)
publish-title = Catalogue of cooperation offers and needs
publish-edition = Edition of { $date }
publish-places = countries and organisations
publish-contents = Contents
publish-written-in = Written in { $language }
publish-contact = How to reach the owner
publish-through-secretariat = Through the OAS Secretariat
publish-open = Open in the bot (“I'm interested”)
publish-scan = Scan to open in Telegram
doc-oas = Organization of American States
doc-page = Page
doc-field = { $name }:
count-offers = { $count ->
    [one] offer
   *[other] offers
}
count-needs = { $count ->
    [one] need
   *[other] needs
}
count-places = { $count ->
    [one] country or organisation
   *[other] countries and organisations
}
not-given-owner_country = No country given
not-given-actor_kind = Kind of actor not given
cmd-publish = The published catalogue (HTML and PDF)
publish-caption = 📘 The published catalogue, edition of { $date }: offers: { $offers }; needs: { $needs }.
publish-preparing = ⏳ Preparing the published catalogue (offers: { $offers }; needs: { $needs }) as HTML and PDF. It takes a few seconds…
publish-gone = This entry is no longer in the catalogue.
web-publish-by = Grouped
web-no-bot-username = The published catalogue's links need the bot's username: set BOT_USERNAME.

## The report to the CIDI and unmet needs (issue 20)
report-title = Report to the CIDI: cooperation offers, needs and partnerships
report-generated = Generated { $at } UTC
report-since = since { $since }
report-summary = Summary
report-delegates = participants registered
report-member-states = Member States taking part
report-matches = matches proposed
report-contacts = contact requests
report-unmet = Unmet needs
report-by_area = By priority area
report-by_country = By country
report-by_actor_kind = By kind of actor
report-by_modality = By modality
report-by_cooperation_type = By kind of cooperation
report-partnerships = Partnerships by stage
report-stage = Stage
report-count = Partnerships
report-days = Average days in the stage
report-chart-area = Approved offers and needs per priority area
report-chart-stages = Partnerships by stage
report-narrative =
    Since the meeting held in { $month }, { $delegates ->
        [one] { $delegates } person has registered
       *[other] { $delegates } people have registered
    }, with { $states ->
        [one] { $states } Member State
       *[other] { $states } Member States
    } represented. The catalogue holds { $offers ->
        [one] { $offers } cooperation offer
       *[other] { $offers } cooperation offers
    } and { $needs ->
        [one] { $needs } need
       *[other] { $needs } needs
    } from { $places ->
        [one] { $places } country or organisation
       *[other] { $places } countries and organisations
    }. The bot proposed { $matches ->
        [one] { $matches } match
       *[other] { $matches } matches
    }; contact requests ({ $contacts }) led to { $partnerships ->
        [one] { $partnerships } partnership
       *[other] { $partnerships } partnerships
    } (completed: { $completed }). { $unmet ->
        [0] Every need approved more than 30 days ago has at least one matching offer.
        [one] { $unmet } need approved more than 30 days ago still has no matching offer.
       *[other] { $unmet } needs approved more than 30 days ago still have no matching offer.
    }
report-cover = Report to the Inter-American Council for Integral Development (CIDI)
report-total = Total
cmd-unmet = Needs with no matching offer
unmet-title = <b>Unmet needs</b> ({ $count }): approved more than 30 days ago, with no matching approved offer
unmet-none = No unmet need: every need approved more than 30 days ago has at least one matching offer.
unmet-line = #{ $id } “{ $title }” — { $who }

## Follow-up check-ins (issue 20)
cmd-followup = Check-ins about my partnerships: on or off
followup-ask = 🤝 How is partnership #{ $id } “{ $title }” going? Current stage: <b>{ $stage }</b>. Tap a button below to answer.
followup-reminder = 🔔 A reminder: how is partnership #{ $id } “{ $title }” going? Current stage: <b>{ $stage }</b>. Without an answer, the Secretariat will ask you another way.
followup-silent = 📭 { $name } has not answered the check-ins about partnership #{ $id }, nor the reminder: no more will be sent. Please reach them another way.
followup-same = Still: { $stage }
followup-next = Now: { $stage }
followup-thanks = Thank you. Stage recorded for partnership #{ $id }: { $stage }.
followup-thanks-overtaken = Thank you. In the meantime, partnership #{ $id } changed stage: it is now at “{ $stage }”.
followup-on = Check-ins are on: you will be asked how your partnerships are going.
followup-off = Check-ins are off: nothing more will be asked. /followup on turns them on again.
followup-usage-on = Check-ins are on. /followup off turns them off.
followup-usage-off = Check-ins are off. /followup on turns them on.
partnership-note = ✏️ #{ $id }: a note
partnership-third-button = ➕ #{ $id }: third party
partnership-ask-note = How is it going? A few words for the history (up to { $max } characters).
partnership-noted = ✅ Noted in the history of partnership #{ $id }.
partnership-ask-third = The third party's name (an organisation or a country; up to { $max } characters)?
partnership-ask-role = Its role in this triangular cooperation?
partnership-third-saved = ✅ Partnership #{ $id } now names its third party.
web-partnership-move = Move
web-third-party = Third party
web-save = Save
web-partnership-not-possible = Partnership #{ $id } cannot go to that stage (discontinuing needs a reason; a completed partnership stays completed).
time-local = { $time } (your time)
action-corrected = corrected by the Secretariat
action-withdrawn_by_secretariat = withdrawn by the Secretariat

## Language review 2: new texts (issue 32)
web-withdraw-reason = Reason for withdrawal (sent to the owner)
web-partnership = Partnership (stage)
entry-field-financing-short = Financing
entry-field-cooperation_type-short = Cooperation type
field-consent-short = Contact sharing
report-column-by_area = Priority area
report-column-by_country = Country
report-column-by_actor_kind = Kind of actor
report-column-by_modality = Modality
report-column-by_cooperation_type = Kind of cooperation

## Names and counts in running text (issue 32, i32a)
language-name-en = English
language-name-es = Spanish
language-name-fr = French
language-name-pt = Portuguese
meeting-two-days = { $first } and { $last }
meeting-days-range = { $first } to { $last }
entry-groups-chosen = Groups chosen: <b>{ $list }</b>
count-delegates = { $count ->
    [one] person registered
   *[other] people registered
}
count-member-states = { $count ->
    [one] Member State taking part
   *[other] Member States taking part
}
count-matches = { $count ->
    [one] match proposed
   *[other] matches proposed
}
count-contacts = { $count ->
    [one] contact request
   *[other] contact requests
}
time-in-city = { $time } ({ $city } time)
contact-telegram = Telegram: @{ $username }
why-separator = ;{" "}

## Bilateral meetings (issue 33)
cmd-meetings = My meetings with counterparts
cmd-availability = When I take meetings
meeting-propose = 📅 Propose a meeting
meeting-propose-id = 📅 #{ $id }: propose a meeting
meeting-choose = 📅 A video meeting with { $who }. These times suit both your working hours; they are shown in your time zone ({ $zone }):
meeting-no-slot = 📅 No time in the next 14 days falls within both your working hours and those of { $who }. Propose a time of your own with “Other time”.
meeting-type-other = ✏️ Other time
meeting-length-switch = ⏱ 30 or 60 minutes
meeting-ask-time = Type the day and time in your time zone ({ $zone }), for example { $example }.
meeting-bad-time = I could not read that time. Please type it like this: { $example }.
meeting-sent = ✅ Proposal sent to { $who }: { $when }. You will be told of the answer.
meeting-proposed = 📅 { $who } proposes a { $minutes }-minute video meeting about “{ $title }”:
    <b>{ $when }</b>
meeting-countered = 📅 { $who } proposes another time for your meeting about “{ $title }”:
    <b>{ $when }</b>
meeting-accept = ✅ Accept
meeting-other-time = 🕑 Another time
meeting-decline = ✖️ Decline
meeting-decline-ask = Would you like to add a few words for { $who }?
meeting-decline-now = Decline without a message
meeting-decline-words = Write a message
meeting-ask-words = Your message (up to { $max } characters).
meeting-declined-ok = You declined the meeting. { $who } has been told.
meeting-declined = { $who } declined the meeting of { $when } about “{ $title }”.
meeting-withdrawn = { $who } withdrew the meeting proposed for { $when } about “{ $title }”.
meeting-words = Their message: “{ $message }”
meeting-confirmed = ✅ Meeting confirmed with { $who } about “{ $title }”:
    <b>{ $when }</b>
    Video link: { $link }
    The attached invitation adds it to your calendar.
meeting-moved = 🔁 { $who } moved your meeting about “{ $title }” to:
    <b>{ $when }</b>
    Video link: { $link }
    The attached invitation updates your calendar.
meeting-moved-by-you = 🔁 Your meeting with { $who } now takes place:
    <b>{ $when }</b>
    Video link: { $link }
    The attached invitation updates your calendar.
meeting-cancelled = ❌ { $who } cancelled your meeting of { $when } about “{ $title }”. The attached file removes it from your calendar.
meeting-cancelled-by-you = ❌ Your meeting of { $when } with { $who } is cancelled. The attached file removes it from your calendar.
meeting-reminder = ⏰ Your meeting with { $who } about “{ $title }” starts in 15 minutes:
    <b>{ $when }</b>
    Video link: { $link }
meeting-link-set = 🔗 { $who } chose the video link for your meeting of { $when }: { $link }
meeting-ics-summary = Meeting with { $who }: { $title }
meeting-ics-description = A meeting arranged through the CIDI Cooperation Bot. Video link: { $link }
meeting-accepted-ok = Meeting confirmed
meeting-busy-you = You already have a meeting at that time. Please choose another.
meeting-busy-other = { $who } already has a meeting at that time. Please propose another.
meeting-not-yours = This meeting is not yours.
meeting-not-possible = This meeting has already been answered, or the time has passed.
meeting-past = That time has already passed. Please choose a later one.
meeting-cancelled-ok = The meeting is cancelled. { $who } has been told.
meeting-moved-ok = ✅ The meeting now takes place on { $when }. { $who } has been told.
meeting-held-thanks = Thank you, noted.
meeting-move = 🔁 #{ $id }: move
meeting-cancel = ✖️ #{ $id }: cancel
meeting-held-yes = ✅ #{ $id }: it took place
meeting-held-no = ✖️ #{ $id }: it did not
meetings-title = <b>Your meetings</b>
meetings-empty = You have no meetings yet. Propose one from /partnerships or from a match in /matches.
meetings-line-booked = ✅ #{ $id } <b>{ $when }</b> with { $who } — “{ $title }”
    { $link }
meetings-line-yours = ⏳ #{ $id } { $when } with { $who } — “{ $title }”: your answer is awaited.
meetings-line-theirs = ⏳ #{ $id } { $when } with { $who } — “{ $title }”: waiting for their answer.
meetings-ask-held = ❓ #{ $id } { $when } with { $who }: did the meeting take place?
availability-summary = 🗓 You take meetings: <b>{ $days }, { $start }–{ $end }</b> in your time zone ({ $zone }). Slots proposed to you or by you fall within these hours.
availability-days-mf = Monday to Friday
availability-days-ms = Monday to Saturday
availability-days-all = Every day
availability-saved = Saved
partnership-step-meeting = • { $when }: video meeting held
stats-meetings = Video meetings proposed: { $proposed } · accepted: { $accepted } · held: { $held }
report-meetings-proposed = { $count ->
    [one] video meeting proposed
   *[other] video meetings proposed
}
report-meetings-accepted = { $count ->
    [one] video meeting accepted
   *[other] video meetings accepted
}
report-meetings-held = { $count ->
    [one] video meeting held
   *[other] video meetings held
}
web-nav-meetings = Meetings
web-meeting-delegate = Participant (Telegram id)
web-meeting-partnership = Partnership
web-meeting-when = When (UTC)
web-meeting-parties = Between
web-meeting-proposed = Proposed
web-meeting-accepted = Booked
web-meeting-declined = Declined
web-meeting-cancelled = Cancelled
web-meeting-held = Held
web-meeting-missed = Did not take place
web-meetings-of = Video meetings about this entry — proposed: { $proposed } · accepted: { $accepted } · held: { $held }
meeting-link-button = 🔗 #{ $id }: use my own video link
meeting-ask-link = Paste the video link to use instead (https://…, up to { $max } characters).
meeting-bad-link = Please paste a full link that starts with https://, without spaces.
meeting-link-saved = ✅ The meeting now uses this link: { $link }. The other party has been told.

## console lists, confirmations and navigation (issue 31)
web-list-total = Results: { $total } · showing { $first }–{ $last }
web-list-csv = Download these as CSV
web-pages = Pages
web-list-empty = Nothing here yet.
web-list-empty-filtered = Nothing matches these filters or words.
web-list-clear = Show everything
web-status = Status
web-status-catalogue = In the catalogue
web-country-means = Country means
web-country-either = owner's or covered
web-country-owner = owner's country
web-country-covered = a country it covers
web-owner-country = Owner's country
web-covered = Countries covered
web-id = Number
web-search-ranked = Ranked by how well each entry matches the words (as in the chat's /search).
web-method-not-allowed = This address does not take that kind of request. Use the menu to go on.
web-decision-choose = Choose a decision…
web-decision-needed = Please choose a decision: approve, ask for changes or reject.
web-decided-untold = { $count } of these owners cannot be reached in the chat (they blocked the bot or left): they are not told.
web-confirm-title = Please confirm
web-confirm-approve = Approve { $count ->
        [one] { $count } entry; its owner is told in their language.
       *[other] { $count } entries; their owners are told in their language.
    }
web-confirm-request_changes = Ask for changes to { $count ->
        [one] { $count } entry; its owner is told in their language, with the reason.
       *[other] { $count } entries; their owners are told in their language, with the reason.
    }
web-confirm-reject = Reject { $count ->
        [one] { $count } entry; its owner is told in their language, with the reason.
       *[other] { $count } entries; their owners are told in their language, with the reason.
    }
web-confirm-reason = Reason:
web-confirm-go = Yes, decide on { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }
web-confirm-cancel = Cancel
web-confirm-yes = Yes, do it
web-confirm-verify = Mark { $name } as verified (their affiliation was checked)?
web-confirm-unverify = Withdraw the verification of { $name }?
web-confirm-grant = Give { $name } the role “{ $role }”? They can then open the console’s pages of that role.
web-confirm-revoke = Withdraw the role “{ $role }” from { $name }?
web-verify-done = { $name } is verified.
web-unverify-done = { $name } is no longer verified.
web-grant-done = { $name } now holds the role “{ $role }”.
web-revoke-done = { $name } no longer holds the role “{ $role }”.
web-invitation-made = Invitation link (valid 48 hours, once): { $link }
web-next-in-queue = Next in the queue
web-duplicate-title = Same title as
web-duplicate-owner = Same owner, similar title:
web-submitted = Submitted
web-delegate-search = Name, organisation or country
web-reachable = Reachable in the chat
web-reachable-yes = Reachable
web-reachable-no = Blocked the bot
web-grant-by-number = Give a role to someone by their Telegram number
web-telegram-id = Telegram number
web-staff-name = Name to show (if they have not registered in the chat)
web-skip = Skip to the content
web-signed-in-as = Signed in: { $name } ({ $roles })
web-menu = Menu
audience-criteria = Criteria combined (country, language, kind of actor)
web-broadcast-format = Writing
web-broadcast-format-markdown = Simple formatting
web-broadcast-format-html = Telegram HTML
web-broadcast-markdown-help = Simple formatting: **bold**, _italic_, `code`, [text](https://link). Anything else is sent as typed.
web-criteria-help = Participants who match every criterion chosen; within one, any of the values (hold Ctrl or ⌘ to pick several countries). A criterion left empty does not narrow.
web-broadcast-preview = Preview and count
web-broadcast-times-in = Times in { $zone }.
web-broadcast-when-scheduled = Sent at { $local } ({ $zone }), that is { $utc }.
web-broadcast-when-now = Sent now: { $local } ({ $zone }), that is { $utc }.
web-broadcast-send-count = Send to { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }
web-broadcast-edit = Change it
web-owner-unreachable = Its owner cannot be reached in the chat (they blocked the bot or left): they are not told.

## hardening (issue 30)
web-signin-limited = Too many sign-in attempts from here. Please wait a few minutes, then send /web to the bot for a new link.
web-busy = You have several pages loading at once. Please wait for them, then try again.
