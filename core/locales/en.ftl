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
