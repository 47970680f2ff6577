## English. Texts are sent with parse_mode=HTML: only Telegram's tags, values are escaped by the bot.

## Start and menu
start-welcome =
    👋 Welcome to the <b>CIDI Cooperation Bot</b> of the Third Specialized CIDI Meeting of High-Level Cooperation Authorities (virtual, 2 and 3 December 2021).
    
    Here you can register, put your cooperation offers and needs into the meeting's catalogue, find counterparts and follow the agenda.
    
    Change the language with the buttons below at any time, or with /language.
start-welcome-back = 👋 Welcome back, { $name }!
start-resume = Let us continue where you left off.
reg-intro = Let us register you: a few short questions. /cancel stops at any time; “Back” goes one step back.
menu-registered =
    What you can do now:
    /profile — see and edit your profile
    /language — change the language
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
error-unknown-command = I do not know that command. /help lists the commands you can use.
error-group-chat = Hello! I work in private chats only: please write to me directly.
error-not-understood = I did not understand that. /help lists what I can do.
error-not-registered = You are not registered yet. Send /start to register (it takes two minutes).
error-not-allowed = This action is reserved for the meeting's organisers or secretariat.

## Registration
reg-ask-name = What is your full name? (up to { $max } characters)
reg-ask-kind = Whom do you represent?
reg-ask-organisation = What is the name of your organisation? (up to { $max } characters)
reg-ask-country-member = Which OAS member state do you represent? Choose below or type its name.
reg-ask-country-observer = Which permanent observer state do you represent? Choose below or type its name.
reg-ask-country-organisation = In which country is your organisation based? Type its name.
reg-ask-position = What is your position or title? (up to { $max } characters)
reg-ask-timezone =
    Which time zone should reminders use? We propose <b>{ $proposed }</b> ({ $zone }).
    Choose below, or type a city or a zone name such as “America/Lima”.
reg-ask-consent = May we share your contact details with the counterparts you are matched with?
reg-country-pick = Several countries match “{ $query }”. Which one do you mean?
reg-country-not-found = I found no country called “{ $query }”. Please check the spelling or choose from the list.
reg-timezone-not-found = I do not know the time zone “{ $query }”. Type a city (for example “Bogota”) or a zone such as “America/Bogota”.
reg-done = ✅ Thank you, { $name }: you are registered.

## Actor kinds (the seed agenda's wording)
actor-member_state = OAS member state
actor-observer_state = Permanent observer state
actor-private_sector = Private sector
actor-foundation = Foundation
actor-academia = Academia
actor-multilateral = Multilateral or international organisation
actor-ngo = Other non-governmental actor

## Priority areas
area-digital = Knowledge, virtual and digital economy
area-msme = Economic recovery of MSMEs
area-education = Education in the digital era
area-work = Future of work and job recovery
area-climate = Climate action and resilience
area-health = Health systems

## Consent
consent-direct = Yes, share my contact details
consent-secretariat = Only through the secretariat

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
profile-none = —
profile-verified-yes = ✔️ Affiliation verified by the secretariat
profile-verified-no = Affiliation not yet verified by the secretariat
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
    /profile — see and edit your profile
    /language — change the language
    /cancel — leave the current dialog
    /forget_me — delete your personal data
    /help — this list
help-secretariat =
    <b>Secretariat</b>
    /verify USER_ID — mark a delegate's affiliation as verified
    /unverify USER_ID — withdraw that mark
help-organiser =
    <b>Organisers</b>
    Organiser tools (broadcasts, figures) arrive with the next versions.

## Forget me
forget-confirm = Delete your personal data (name, organisation, position, time zone, contact consent)? Catalogue entries already approved stay in the catalogue, shown as from an anonymous delegate.
forget-yes = Yes, delete my data
forget-no = No, keep it
forget-done = Your personal data has been deleted. Approved catalogue entries stay, anonymised. Send /start if you want to register again.
forget-kept = Nothing was deleted.
forget-nothing = I hold no personal data about you.

## Verification (secretariat)
verify-usage = Usage: /verify USER_ID (the delegate's Telegram user id).
verify-done = ✔️ { $name } ({ $user }) is now marked as verified.
unverify-done = { $name } ({ $user }) is no longer marked as verified.
verify-unknown = No registered delegate has the id { $user }.

## Command menu
cmd-start = Welcome and registration
cmd-profile = See and edit your profile
cmd-language = Change the language
cmd-help = All commands
cmd-cancel = Leave the current dialog
cmd-forget_me = Delete my personal data
cmd-verify = Mark a delegate as verified
cmd-unverify = Withdraw a verification
