# Shikaku Pocket — English. Message IDs are the core's codes (items, alerts, steps, deadlines in advice.md).

## What to carry
item-mynacard = My Number card registered as your health insurance card (マイナ保険証)
item-saved_pdf = Eligibility PDF saved from Mynaportal (on your phone or printed)
item-mynaportal_screen = Eligibility screen of the Mynaportal app
item-notice = Eligibility notice (資格情報のお知らせ), or its cut-out card
item-certificate = Eligibility certificate (資格確認書)
item-legacy_card = Old health insurance card (健康保険証)
item-smartphone = Your smartphone set up as a My Number insurance card (スマホ用電子証明書)
item-subsidy_card = Medical subsidy card from your city (医療証)
item-limit_certificate = High-cost care limit certificate (限度額適用認定証)

need-required = Required
need-one_of = Bring at least one of these
need-recommended = Recommended
copy-ok = A copy or printout is fine

## At the counter
step-place_card = Place your card on the card reader at reception.
step-authenticate = Confirm it is you: face recognition or your 4-digit PIN.
step-consent = Follow the screens: choose whether doctors may see your medication history, and whether to use your high-cost care limit.
step-show_backup = If the reader cannot be used, show the card to the staff together with the eligibility record listed with it.
step-show_backup-named = If the reader cannot be used, show the card to the staff together with { $backups }.
step-show_card = Show your My Number card to the staff: they check it by eye.
step-show_certificate = Show your eligibility certificate at reception.
step-leave_with_teacher = Hand it to the teacher (or the nursery staff) beforehand.

## Alerts
alert-ecert_renewal_window = Time to renew the card's certificate (expires { $date })
    .action = Renew it free of charge at your city office before it expires.
alert-ecert_grace = The card's certificate has expired
    .action = The card still works as an insurance card until { $date }. Renew the certificate at your city office before then.
alert-ecert_lapsed = The certificate expired more than three months ago; the insurance registration has been cancelled
    .action = Renew the certificate at your city office and register the card for insurance again. Until then, use the eligibility certificate your insurer sends you.
alert-card_expiring = Your My Number card expires soon ({ $date })
    .action = Apply for a new card: the card's certificate ends with it. J-LIS mails a notice about three months before, and you can apply from then.
alert-card_expired = Your My Number card has expired ({ $date })
    .action = It cannot be used as an insurance card. Apply for a new card; until it is ready, use the eligibility certificate your insurer sends you.
alert-not_registered = The card is not registered as an insurance card
    .action = You can register it at a clinic's or pharmacy's card reader, or in Mynaportal.
alert-register_at_reader = You can register the card for insurance at this reader
    .action = Place the card and follow the screens; it works as an insurance card from that day.
alert-pin_last_try = One more wrong PIN entry may lock it
    .action = If you are not sure of the PIN, choose face recognition instead.
alert-pin_locked = Your PIN is locked
    .action = You can still be seen: use face recognition, or ask the staff for a visual check. Reset the PIN free of charge at your city office. If you know your signature password, you can also reset it with the "JPKI PIN reset" app and a 7-Eleven or Aeon multi-copy machine.
alert-certificate_expiring = Your eligibility certificate expires soon ({ $date })
    .action = Check that a new certificate arrives; if it does not, contact your insurer.
alert-certificate_expired = Your eligibility certificate has expired ({ $date })
    .action = Use a new certificate or your My Number card; if you have neither, contact your insurer.
alert-legacy_card_expired = The old health insurance card can no longer be used
    .action = Use your My Number card or an eligibility certificate.
alert-snapshot_stale = Your saved eligibility PDF is more than a year old (saved { $date })
    .action = Save a fresh PDF from Mynaportal.
alert-share_ratio_expiring = Your co-payment ratio expires soon ({ $date })
    .action = When the new ratio arrives, save a fresh PDF or carry the new notice.
alert-share_ratio_expired = The co-payment ratio on your documents has expired ({ $date })
    .action = Check for the new ratio from your insurer and save a fresh PDF.
alert-turning_75 = On { $date } you turn 75 and move to the Late-Stage Elderly Medical Care System
    .action = Your My Number card keeps working as your insurance card: the insurer changes automatically. { $document ->
        [notice] A new eligibility notice
       *[other] A new eligibility certificate
    } arrives the month before. After your birthday, save a fresh PDF from Mynaportal.
alert-documents_void_after_75 = Documents from before your 75th birthday are void (since { $date })
    .action = Your My Number card keeps working. Use the new notice or certificate of the Late-Stage Elderly Medical Care System, or save a fresh PDF from Mynaportal.
alert-last4_mismatch = The last 4 digits of the My Number on the notice differ from your card
    .action = Your insurer may hold a wrong number: contact your insurer.
alert-no_backup = Nothing to show with the card if the reader fails
    .action = Save the eligibility PDF from Mynaportal or carry the eligibility notice, in case the card cannot be read.
alert-prepare_pdf = Nothing to leave with the teacher
    .action = Save and print the eligibility PDF from Mynaportal, or copy the eligibility notice, and hand it to the teacher.
alert-no_valid_proof = Nothing you hold is accepted as insurance proof
    .action = You would pay the full cost at the counter and claim a refund from your insurer later. Ask your insurer for an eligibility certificate.
alert-pin_unknown = It is not known whether your PIN still works
    .action = At the card reader, choose face recognition if you are not sure of your PIN: a wrong entry may lock it.
alert-documents_void_after_change = Documents from your previous insurer are void (since { $date })
    .action = Use the new notice or certificate from your new insurer when it arrives, and save a fresh PDF once Mynaportal shows the new insurer.
alert-new_insurer_pending = Your new insurer may not have registered you yet (changed { $date })
    .action = Make sure you have notified your new insurer. Until the reader or Mynaportal shows the new insurer, carry the new notice or certificate when it arrives, ask the clinic for the self-declaration form, or pay in full and claim the refund from your insurer.
alert-limit_by_consent = At the card reader, agree to share your high-cost care limit
    .action = The limit then applies at the counter, and you need no limit certificate.
alert-apply_limit_certificate = Before the stay, ask your insurer for a high-cost care limit certificate
    .action = With an eligibility certificate, the limit applies at the counter only with a limit certificate or with the limit category printed on your certificate. Without it, you pay the full co-payment and claim the excess back. From age 70 your income category may need no document: ask your insurer.
alert-subsidy_card_expiring = Your medical subsidy card expires soon ({ $date })
    .action = Check that the new one arrives from your city; if it does not, ask your city office.
alert-subsidy_card_expired = Your medical subsidy card has expired ({ $date })
    .action = Ask your city for the new one. Until then you pay the usual co-payment and can claim the difference from the city later.
alert-document_not_theirs = A stored document does not seem to be this person's
    .action = The name or date of birth on it differs. Check it, then confirm it or remove it; until then it is not used or handed over.

## Dates
deadline-card_expiry = My Number card expires
deadline-ecert_renewal_opens = Certificate renewal opens
deadline-ecert_expiry = Certificate expires
deadline-ecert_grace_ends = Last day the card works after the certificate expired
deadline-certificate_expiry = Eligibility certificate expires
deadline-share_ratio_expiry = Co-payment ratio expires
deadline-elderly_status_starts = Elderly recipient status starts (age 70)
deadline-turns_75 = 75th birthday (Late-Stage Elderly Medical Care)
deadline-legacy_card_end = Last day the old insurance card could be used
deadline-subsidy_card_expiry = Medical subsidy card expires

## Summary
covered-yes = With these you can be seen at your usual co-payment.
covered-no = As things stand you cannot be seen at your usual co-payment.
date = { $iso }

## Visits and headings
visit-clinic = Clinic or hospital
visit-pharmacy = Pharmacy
visit-school_trip = School trip or outing
visit-nursery = Nursery or kindergarten
visit-hospital_stay = Hospital stay or expensive treatment
visit-dentist = Dentist
online-available = card reader working
online-unavailable = no online eligibility check
online-reader_broken = card reader broken
online-unknown = not known whether the reader works
heading-carry = What to carry
heading-alerts = Watch out for
heading-steps = At the counter
heading-deadlines = Coming dates
with-note = { $text } ({ $note })

## Reminders (shown on the lock screen: discreet unless the user turns details on)
reminder-discreet-title = Shikaku Pocket
reminder-discreet-body = A date needs your attention. Open the app to see it.
reminder-title = { $named ->
        [yes] { $name }:{" "}
       *[no] {""}
    }{ $when ->
        [today] { $what } — today
        [after] { $what } — has passed
       *[before] { $what } — in { $days } days
    }
reminder-card_expiry = The card expires on { $date }. Apply for a new one at your city office.
reminder-ecert_renewal_opens = From today you can renew the card's certificate at your city office, free of charge.
reminder-ecert_expiry = The card's certificate expires on { $date }. Renew it at your city office.
reminder-ecert_grace_ends = After { $date } the insurance registration is cancelled. Renew the certificate before then.
reminder-certificate_expiry = Your eligibility certificate expires on { $date }. Check that the new one has arrived.
reminder-share_ratio_expiry = Your co-payment ratio expires on { $date }. When the new one arrives, save a fresh PDF.
reminder-elderly_status_starts = From { $date } you are an elderly recipient and your co-payment changes. Check the papers you receive.
reminder-turns_75 = From { $date } you move to the Late-Stage Elderly Medical Care System. Your My Number card keeps working; save a fresh PDF after your birthday.
reminder-legacy_card_end = The old insurance card could be used until { $date }.
reminder-subsidy_card_expiry = Your medical subsidy card expires on { $date }. Check that the new one has arrived.

## Calendar export (the user's own act: titles say what the date is)
calendar-title = { $named ->
        [yes] { $name }:{" "}
       *[no] {""}
    }{ $what }

## School-trip and nursery pack
pack-title = Health insurance details
pack-to = To the accompanying teacher or nursery staff
pack-intro = Here are { $child }'s health insurance details. If a clinic or pharmacy is needed { $during }, please show this document at reception.
pack-during-school_trip = during the trip or outing
pack-during-nursery = while at nursery
pack-document = Document: { $document }
pack-document-dated = Document: { $document } (as of { $date })
pack-basis = Under the Ministry of Health, Labour and Welfare notice of 12 February 2025, when a teacher or nursery worker accompanies a child, the child can be seen without the My Number card, with the eligibility PDF or the eligibility notice (a copy is fine), or a copy of the eligibility certificate.
pack-refused = If reception refuses it, please mention this notice. If they still cannot accept it, please pay the full cost and give the receipt to the parents, who will claim the refund from the insurer.
pack-contact = Parent's contact: { $contact }
pack-none = There is nothing to hand to the teacher yet. Prepare it as follows.
pack-get-pdf-title = How to get your child's eligibility PDF
pack-get-pdf-1 = Open the Mynaportal app on your smartphone and log in with your child's My Number card. You need the child's 4-digit PIN (three wrong tries lock it).
pack-get-pdf-2 = In the health insurance menu, choose to save the eligibility information as a PDF.
pack-get-pdf-3 = Import the PDF into Shikaku Pocket, print it and give it to the teacher.
pack-get-pdf-stale = The saved PDF is old (saved { $date }). Save it again { $visit ->
        [nursery] before handing it to the nursery.
       *[other] before the trip.
    }
pack-subsidy = A copy of the medical subsidy card (医療証) is enclosed: please show it at reception together with the document above.
pack-no-card = If your child cannot use a My Number card for insurance, give the teacher a copy of the eligibility certificate. If you have none, ask your insurer to issue one.

## PINs
pin-kind-user_certificate = user-certificate PIN (4 digits)
pin-kind-card_info_input = card-info input PIN (4 digits)
pin-kind-resident_registry = resident-registry PIN (4 digits)
pin-kind-signature = signature password (6–16 letters and digits)
pin-use_face_recognition = At the clinic's card reader, choose face recognition instead of the PIN.
pin-ask_staff_visual_check = If face recognition fails too, ask the staff to check your card visually.
pin-do_not_guess = Do not enter it unless you are sure: the next wrong entry may lock it.
pin-insurance_check_unaffected = This PIN is not used for the insurance check, so seeing a doctor is not affected.
pin-reset_at_city_office = Reset it free of charge at your city office; bring your My Number card.
pin-reset_by_app_and_kiosk = If you know your { $partner }, you can also start a reset in the "JPKI PIN reset" app and finish it within { $hours } hours at a convenience-store kiosk ({ $chains }), { $opens }–{ $closes }, free of charge.
pin-other_pins_may_share_value = Your three 4-digit PINs may be the same number: do not try a wrong number on the other PINs.
pin-read_card_for_count = Reading the card with your phone shows the exact number of tries left (reading does not use a try).
store-seven_eleven = 7-Eleven
store-aeon = Aeon
store-lawson = Lawson
store-family_mart = FamilyMart
store-ministop = Ministop
list-separator = {", "}
or-separator = {" or "}

## ---------------------------------------------------------------------------------------------
## App screens (shikaku-app). Everything below is the app core's block: every ID starts with `app-`.
## ---------------------------------------------------------------------------------------------

## Screen titles
app-title-unlock = Shikaku Pocket
app-title-household = Household
app-title-member = Member
app-title-counter_card = Counter card
app-title-visit_check = Before the visit
app-title-import = Add a document
app-title-pin = PINs
app-title-card_scan = Read the card
app-title-reminders = Reminders
app-title-school_pack = School trip or nursery
app-title-settings = Backup and settings

## Tones and screen-reader phrases
app-tone-ok = OK
app-tone-info = Note
app-tone-warning = Warning
app-tone-critical = Important
app-a11y-toned = { $tone }: { $text }
app-a11y-fact = { $label }: { $value }
app-a11y-member-row = { $name }, { $status }
app-a11y-member-row-next = { $name }, { $status }, { $next }
app-a11y-document = { $kind }, stored { $stored }
app-a11y-document-remove = Delete { $kind }
app-a11y-member-move-up = Move { $name } up
app-a11y-member-move-down = Move { $name } down
app-a11y-reminder = { $name }: { $what } on { $date }, reminder on { $fires }
app-yes = Yes
app-no = No
app-not-known = Not known
app-minutes = { $n } min
app-list-number = { $n }.
app-list-bullet = •

## First run and unlock
app-unlock-checking = Opening…
app-unlock-checking-text-1 = One moment.
app-unlock-first_run = Welcome
app-unlock-first_run-text-1 = Shikaku Pocket keeps your household's insurance details on this phone only, encrypted.
app-unlock-first_run-text-2 = Use the phone's screen lock to protect them, or choose a passphrase if you prefer.
app-unlock-platform_key = Unlock
app-unlock-platform_key-text-1 = Unlock with the phone's screen lock.
app-unlock-passphrase = Unlock
app-unlock-passphrase-text-1 = Enter your passphrase.
app-unlock-key_gone = This phone's key is gone
app-unlock-key_gone-text-1 = The phone no longer holds the key that opened your saved details, for example after a reset or a move to a new phone.
app-unlock-key_gone-text-2 = Restore them from a backup, or start over with an empty household.
app-unlock-backup_picked = Restore the backup
app-unlock-backup_picked-text-1 = Enter the passphrase you chose when you made this backup.
app-unlock-create_with_platform_key = Protect with the screen lock
app-unlock-create_with_passphrase = Use a passphrase instead
app-unlock-create_with_passphrase-field = New passphrase
app-unlock-unlock_with_platform_key = Unlock
app-unlock-unlock_with_passphrase = Unlock
app-unlock-unlock_with_passphrase-field = Passphrase
app-unlock-restore_from_backup = Restore from a backup
app-unlock-restore_with_passphrase = Restore
app-unlock-restore_with_passphrase-field = Backup passphrase
app-unlock-start_over = Start over

## Problems and confirmations
app-error-invalid_input = Please check what you entered.
app-error-document = This file could not be read. Use the PDF saved from Mynaportal, or a clear photo.
app-error-document_my_number = This file shows a full 12-digit My Number, so it is not saved. Use the PDF saved from Mynaportal, or a photo with the My Number covered.
app-error-not_found = That could not be found. It may have been removed.
app-error-already_exists = There are already saved details on this phone.
app-error-wrong_key = That passphrase did not open it. Please try again.
app-error-key_unavailable = The phone's key is gone. Restore from a backup.
app-error-key_provider = The screen lock could not be used. Please try again.
app-error-damaged = Some saved details are damaged and could not be read. The rest are safe.
app-error-busy = The app is busy. Please try again.
app-error-storage_full = The phone is out of storage. Nothing was changed.
app-error-update_required = This was saved by a newer version of the app. Please update the app.
app-error-storage = Something went wrong while saving. Nothing was changed.
app-error-card_link = The card was lost. Hold it still against the back of the phone and try again.
app-error-card = This does not look like a My Number card, or the card did not answer as expected.
app-error-locked = Unlock the app first.
app-error-full_my_number = A full 12-digit My Number is never saved. Remove it from what you entered: only its last 4 digits may be kept.
app-error-school_not_a_child = The school pack is only for children (a teacher or nursery takes it along). This member is an adult: use the counter card for their own visits.
app-error-no_date = The phone has not given today's date yet. Please try again.
app-error-no_document_picked = Choose a file first.
app-error-no_backup_picked = Choose the backup file first.
app-error-shell = The phone could not do that. Please try again.
app-error-file_unreadable = The phone could not open that file. Pick it again, or save it on the phone first and pick it from there.
app-done-backup = The backup was saved. Keep its passphrase somewhere safe.
app-done-imported = The document was saved.
app-done-member_saved = The details were saved.
app-done-document_removed = The document was deleted.
app-done-saved = The file was saved.
app-done-wiped = Everything was deleted from this phone.

## Household
app-household-empty = Add the people whose insurance details you keep.
app-household-damaged = Some members could not be read.
app-household-add = Add a member
app-household-reorder = Change the order
app-household-remove = Remove
app-household-move-up = Move up
app-household-move-down = Move down
app-household-next = { $what }: { $date }
app-status-ok = Ready
app-status-attention = Needs attention soon
app-status-urgent = Needs attention now
app-relation-self = Me
app-relation-spouse = Spouse
app-relation-child = Child
app-relation-parent = Parent
app-relation-other = Other

## Member
app-member-birth = Date of birth
app-member-birth-age = { $date }, age { $age }
app-member-import = Add a document
app-member-edit = Edit details
app-form-member-save = Save details
app-member-document-remove = Delete
app-card-expires = Card expires
app-card-ecert_expires = Card certificate expires
app-card-registered = Registered as insurance card
app-missing-card = Enter the My Number card's details (expiry dates and insurance registration).
app-missing-record = Save the eligibility PDF from Mynaportal, or a photo of the eligibility notice or certificate, to show if the card cannot be read.
app-missing-birth_date = Enter the date of birth: the app then knows about the changes at 70 and 75.
app-kind-mynaportal_pdf = Eligibility PDF (Mynaportal)
app-kind-notice = Eligibility notice
app-kind-certificate = Eligibility certificate
app-kind-legacy_card = Old health insurance card
app-kind-image = Photo
app-kind-unknown = Other document

## Fields as printed
app-field-saved_at = Saved on
app-field-insurer_name = Insurer
app-field-insurer_number = Insurer number
app-field-symbol = Symbol
app-field-number = Number
app-field-branch = Branch number
app-field-name = Name
app-field-relationship = Insured or dependant
app-field-share_ratio = Co-payment
app-field-share_ratio_expires = Co-payment valid until
app-field-issued = Issued on
app-field-expires = Valid until
app-field-last4 = Last 4 digits of the My Number
app-field-copy_only = Copy only
app-relationship-self = Insured person
app-relationship-family = Dependant
app-share-ratio = { $tenths }0%

## Counter card
app-counter-with-card = Show this together with your My Number card.
app-counter-alone = Show this at reception.
app-counter-card-only = Place your My Number card on the card reader.
app-counter-nothing = Nothing saved can be shown.
app-counter-nothing-help = Ask reception what they accept. You may have to pay the full cost now and claim a refund from your insurer.
app-counter-open = Show the { $document }

## Visit check
app-carry-required = Bring
app-carry-with_card = Bring one of these with the card
app-carry-for_teacher = Give one of these to the teacher
app-carry-one_of = Bring one of these
app-carry-recommended = Good to bring
app-why-required = Needed to be seen at your usual co-payment.
app-why-with_card = If the card cannot be checked online, the staff need this as well.
app-why-for_teacher = The teacher shows it at the clinic instead of the card.
app-why-one_of = Any one of these is enough.
app-why-recommended = Not needed, but it helps if something goes wrong.

## Import
app-import-pick = Choose a file or take a photo
app-import-choose-kind = Choose what this is
app-import-confirm = Save
app-import-cancel = Cancel
app-import-owner-ok = The name on the document is this member's.
app-import-owner-differs = The name on the document is not { $member }'s. Check that it is the right person's document.
app-hint-date = As printed, e.g. 令和8年4月1日 or 2026-04-01
app-hint-last4 = 4 digits; never the whole number
app-hint-as-printed = As printed

## PIN
app-pin-intro = Before you enter a PIN, check how many tries are left.
app-pin-at-most = At most { $n } tries left
app-pin-remaining = { $n } tries left
app-pin-locked = Locked
app-pin-unknown = Tries left not known
app-pin-record-failed = It was wrong
app-pin-record-succeeded = It was right

## Card scan
app-scan-prompt = Hold your My Number card against the back of the phone.
app-scan-step-1 = Take the card out of any case.
app-scan-step-2 = Hold it flat against the back of the phone, near the top.
app-scan-step-3 = Keep still until the phone says it is done. No PIN is needed and no try is used.
app-scan-ready = Ready to read the card.
app-scan-waiting = Waiting for the card…
app-scan-done = The card was read.
app-scan-failed = The card could not be read.
app-scan-start = Read the card
app-scan-retry = Try again
app-scan-stored = Card details
app-scan-enter-card = Enter the card's details on the member screen to keep its expiry dates.

## Reminders
app-reminders-empty = Nothing coming up in the next year.
app-reminders-details = Show details on the lock screen
app-reminders-details-on = Reminders say what they are about and whose they are. Anyone who sees the phone can read them.
app-reminders-details-off = Reminders only say that a date needs attention.
app-reminders-export = Add to calendar

## School trip or nursery
app-school-kind = Where
app-school-dates = Dates
app-school-range = { $starts } to { $ends }
app-school-contact = Parent's contact
app-school-plan = Plan a trip
app-school-change = Change the trip
app-school-hand-over = Give the teacher: { $document }
app-school-nothing = There is nothing to give the teacher yet.
app-school-ready = Ready for the trip.
app-school-not-ready = Not ready yet: see what to do.
app-school-print = Print
app-school-share = Share
app-school-print-title = Health insurance details for the teacher

## Backup and settings
app-settings-language = Language
app-language-ja = 日本語
app-language-en = English
app-settings-auto-lock = Lock after
app-settings-backup-help = A backup holds everything in one file, protected by its own passphrase. Keep it off this phone.
app-settings-export = Make a backup
app-settings-backup-passphrase = Backup passphrase
app-settings-wipe = Delete everything
app-settings-wipe-warning = Everything saved on this phone will be deleted. Only a backup can bring it back.
app-settings-wipe-confirm = Delete everything
app-settings-wipe-cancel = Keep
app-confirm-wipe-title = Delete everything on this phone?
app-confirm-remove-title = Remove { $name }?
app-confirm-remove-text = { $name } and every document saved for them will be deleted from this phone. Only a backup can bring them back.
app-confirm-remove-confirm = Remove
app-confirm-remove-cancel = Keep

## Forms: each entry's label, then what a screen reader says (-a11y).
app-form-member-name = Name
app-form-member-name-a11y = Name, as printed on the insurance documents. Required.
app-form-member-kana = Name in kana
app-form-member-kana-a11y = Name in kana, optional.
app-form-member-birth_date = Date of birth
app-form-member-birth_date-a11y = Date of birth, optional. The reminders and age rules use it.
app-form-member-mynaportal_app = Uses the Mynaportal app
app-form-member-mynaportal_app-a11y = Uses the Mynaportal app: on or off.
app-form-member-relation = Relation
app-form-card-expires = Card expiry date
app-form-card-expires-a11y = Card expiry date, printed on the front of the My Number card. Optional.
app-form-card-ecert_expires = Certificate expiry date
app-form-card-ecert_expires-a11y = Expiry date of the card's electronic certificate (the Mynaportal app shows it). Required.
app-form-card-insurance_registered = Registered as insurance card
app-form-card-insurance_registered-a11y = Registered for use as a health insurance card: on or off.
app-form-card-last4 = Last 4 digits of the My Number
app-form-card-last4-a11y = Last 4 digits of the My Number, optional. Never enter all 12 digits.
app-form-card-save = Save card details
app-form-trip-visit = Where
app-form-trip-starts = First day
app-form-trip-starts-a11y = First day of the trip or nursery stay. Required.
app-form-trip-ends = Last day
app-form-trip-ends-a11y = Last day of the trip or nursery stay. Required.
app-form-trip-contact = Parent's contact
app-form-trip-contact-a11y = Phone number the teacher can call, optional.
app-form-trip-save = Save the trip
app-form-pick-file = Choose a file
app-form-pick-file-a11y = Choose a PDF or photo saved on this phone.
app-form-pick-scan = Scan paper
app-form-pick-scan-a11y = Scan a paper document with the camera.
app-a11y-choice = { $group }: { $choice }
