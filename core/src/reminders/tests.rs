use super::*;
use crate::advice::DeadlineKind::*;
use crate::test_support::date as d;

fn options(detailed: bool) -> ReminderOptions {
    ReminderOptions {
        language: Language::Ja,
        detailed,
        name: Some("花子".into()),
        subject: "member-1".into(),
    }
}

fn deadline(kind: DeadlineKind, date: &str) -> Deadline {
    Deadline {
        kind,
        date: d(date),
    }
}

#[test]
fn lead_times_give_the_fire_dates_within_the_horizon() {
    let today = d("2026-11-21");
    let deadlines = [
        deadline(EcertRenewalOpens, "2027-02-10"),
        deadline(EcertExpiry, "2027-05-10"),
        deadline(Turns75, "2028-02-20"), // beyond a year: nothing yet
        deadline(LegacyCardEnd, "2025-12-01"), // nothing to remind
    ];
    let planned = reminders(&deadlines, today, &options(false));
    let fired: Vec<(DeadlineKind, String)> = planned
        .iter()
        .map(|r| (r.kind, r.fire_on.to_string()))
        .collect();
    assert_eq!(
        fired,
        [
            (EcertRenewalOpens, "2027-02-10".to_owned()),
            // 30 days before is a Saturday, 7 days before a holiday: the office days before.
            (EcertExpiry, "2027-04-09".to_owned()),
            (EcertExpiry, "2027-04-30".to_owned()),
        ]
    );
    // 90 days before is past: only the 30-day one.
    let card = reminders(
        &[deadline(CardExpiry, "2026-12-31")],
        today,
        &options(false),
    );
    assert_eq!(card.len(), 1);
    assert_eq!(card[0].fire_on, d("2026-12-01"));
    assert!(planned
        .iter()
        .all(|r| r.deadline >= r.fire_on || r.kind == ShareRatioExpiry));
}

#[test]
fn a_reminder_due_today_is_kept_and_the_last_horizon_day_too() {
    let today = d("2026-11-21");
    let planned = reminders(
        &[deadline(SubsidyCardExpiry, "2026-12-21")],
        today,
        &options(false),
    );
    assert_eq!(planned.len(), 1);
    let edge = reminders(
        &[deadline(SubsidyCardExpiry, "2027-12-21")],
        today,
        &options(false),
    );
    assert_eq!(edge.len(), 1, "365 days ahead is inside the horizon");
    let beyond = reminders(
        &[deadline(SubsidyCardExpiry, "2027-12-22")],
        today,
        &options(false),
    );
    assert!(beyond.is_empty());
}

#[test]
fn ids_are_stable_and_change_only_with_their_facts() {
    let today = d("2026-11-21");
    let facts = [
        deadline(EcertExpiry, "2027-05-10"),
        deadline(CertificateExpiry, "2027-03-31"),
    ];
    let first = reminders(&facts, today, &options(false));
    let again = reminders(&facts, d("2026-12-01"), &options(true));
    let ids = |r: &[Reminder]| r.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
    // Another day or other wording: the same IDs for the reminders still ahead.
    assert!(ids(&again).iter().all(|id| ids(&first).contains(id)));
    assert!(first
        .iter()
        .all(|r| r.id.starts_with("shikaku-") && r.id.len() == 24));
    let unique: std::collections::BTreeSet<_> = ids(&first).into_iter().collect();
    assert_eq!(unique.len(), first.len());
    // Another person: other IDs.
    let other = ReminderOptions {
        subject: "member-2".into(),
        ..options(false)
    };
    assert!(reminders(&facts, today, &other)
        .iter()
        .all(|r| !ids(&first).contains(&r.id)));
    // A renewed certificate: its reminders change, the 資格確認書's do not.
    let renewed = [
        deadline(EcertExpiry, "2032-05-10"),
        deadline(CertificateExpiry, "2027-03-31"),
    ];
    let after = reminders(&renewed, today, &options(false));
    let certificate_ids = |r: &[Reminder]| {
        r.iter()
            .filter(|r| r.kind == CertificateExpiry)
            .map(|r| r.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(certificate_ids(&after), certificate_ids(&first));
    assert!(after
        .iter()
        .filter(|r| r.kind == EcertExpiry)
        .all(|r| !ids(&first).contains(&r.id)));
}

#[test]
fn the_lock_screen_says_nothing_personal_by_default() {
    let today = d("2026-11-21");
    let facts = [
        deadline(Turns75, "2027-01-10"),
        deadline(EcertExpiry, "2026-12-21"),
    ];
    for language in [Language::Ja, Language::En] {
        let quiet = ReminderOptions {
            language,
            ..options(false)
        };
        for reminder in reminders(&facts, today, &quiet) {
            let shown = format!("{} {}", reminder.title, reminder.body);
            assert!(!shown.contains("花子"), "{shown}");
            assert!(
                !shown.chars().any(|c| c.is_ascii_digit()),
                "no dates or numbers: {shown}"
            );
            assert!(
                !shown.contains("75")
                    && !shown.contains("電子証明書")
                    && !shown.contains("certificate"),
                "{shown}"
            );
        }
    }
}

#[test]
fn detailed_reminders_name_the_person_the_deadline_and_what_to_do() {
    let today = d("2026-11-21");
    let planned = reminders(
        &[deadline(EcertExpiry, "2026-12-21")],
        today,
        &options(true),
    );
    assert_eq!(
        planned[0].title,
        "花子さん：「電子証明書の有効期限」まであと30日です"
    );
    assert_eq!(
        planned[0].body,
        "電子証明書の有効期限は2026年12月21日です。市区町村の窓口で更新してください。"
    );
    let english = ReminderOptions {
        language: Language::En,
        name: None,
        ..options(true)
    };
    let planned = reminders(&[deadline(ShareRatioExpiry, "2026-11-20")], today, &english);
    assert_eq!(planned[0].title, "Co-payment ratio expires — has passed");
    assert!(planned[0].body.contains("2026-11-20"));
}

#[test]
fn every_deadline_kind_has_reminder_text_in_both_languages() {
    for language in [Language::Ja, Language::En] {
        for kind in DeadlineKind::ALL {
            let mut args = FluentArgs::new();
            args.set("date", "2027-01-01");
            let id = format!("reminder-{}", text::code(&kind));
            let body = text::message(language, &id, Some(&args));
            assert!(
                !body.starts_with("reminder-"),
                "{language:?} lacks the reminder text of {kind:?}"
            );
        }
    }
}

/// Wrong today 13: the calendar put discreet events on reminder days; now one event per deadline
/// on its own date, titled with what it is, with one relative alarm per lead at 09:00.
#[test]
fn the_calendar_has_one_event_per_deadline_with_an_alarm_per_lead() {
    let today = d("2026-11-21");
    let deadlines = [deadline(EcertExpiry, "2027-05-10")];
    let events = calendar_events(&deadlines, today, &options(false));
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].title, "花子さん：電子証明書の有効期限");
    let ics = to_ics(&events, today);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
    assert_eq!(ics.matches("BEGIN:VALARM").count(), 2);
    assert!(ics.contains("DTSTART;VALUE=DATE:20270510"), "{ics}");
    assert!(ics.contains("DTEND;VALUE=DATE:20270511"), "all-day: {ics}");
    assert!(ics.contains(&format!("UID:{}@shikaku-pocket", events[0].id)));
    assert!(
        ics.contains("DTSTAMP:20261120T150000Z"),
        "midnight in Japan: {ics}"
    );
    assert!(ics.contains("X-WR-TIMEZONE:Asia/Tokyo"));
    assert!(!ics.contains("資格ポケットからのお知らせ"), "{ics}");
    // 30 days before (2027-04-10, a Saturday: moved to Friday 2027-04-09) and 7 days before
    // (2027-05-03, a holiday: moved to Friday 2027-04-30), each at 09:00.
    assert_eq!(events[0].alarms, [d("2027-04-09"), d("2027-04-30")]);
    // 31 days before the event, plus 9 hours: 09:00 on 2027-04-09.
    assert!(ics.contains("TRIGGER:-PT2646000S"), "{ics}");
    assert!(ics.contains("TRIGGER:-PT831600S"), "{ics}");
    assert_eq!(ics, to_ics(&events, today), "same facts, same file");
    // Without a name, the title only says what the date is.
    let anonymous = ReminderOptions {
        name: None,
        ..options(false)
    };
    let events = calendar_events(&deadlines, today, &anonymous);
    assert_eq!(events[0].title, "電子証明書の有効期限");
}

/// R-OFFICE-1, wrong today 3: a child's card ending 2027-01-10 had its 7-day reminder on 3 January.
#[test]
fn office_reminders_fall_on_office_days() {
    let today = d("2026-11-21");
    let deadlines = [
        deadline(CardExpiry, "2027-01-10"),
        deadline(EcertExpiry, "2027-01-10"),
    ];
    let planned = reminders(&deadlines, today, &options(false));
    let fired: Vec<(DeadlineKind, String)> = planned
        .iter()
        .map(|r| (r.kind, r.fire_on.to_string()))
        .collect();
    // 90 days before is past; 30 days before is 2026-12-11 (a Friday). The certificate ends with
    // the card: no reminder of its own.
    assert_eq!(fired, [(CardExpiry, "2026-12-11".to_owned())]);
    // A window opening on a holiday moves to the next open day.
    let opens = reminders(
        &[deadline(EcertRenewalOpens, "2026-12-29")],
        today,
        &options(false),
    );
    assert_eq!(opens[0].fire_on, d("2027-01-04"));
    // A reminder moved before today fires on the first open day from today, if still in time.
    let saturday = d("2026-11-21");
    let late = reminders(
        &[deadline(EcertExpiry, "2026-11-29")],
        saturday,
        &options(false),
    );
    assert_eq!(late[0].fire_on, d("2026-11-24"));
}
