//! Properties of the visit decision that must hold for every well-formed scenario
//! (`docs/contracts/advice.md`): no panic, sorted deadlines, grace at a month end, no silent
//! "not covered", determinism; and the version-2 proofs: no renewal or grace when the certificate
//! ends with the card, no live screen without a login, no rule ID in any text, no age date more
//! than a year away, no office reminder on a closed day.

use proptest::option;
use proptest::prelude::*;
use shikaku_core::advice::{advise, AlertCode, DeadlineKind, Item, Severity};
use shikaku_core::numbers::Last4;
use shikaku_core::office_days::office_open;
use shikaku_core::reminders::{calendar_events, reminders, ReminderOptions};
use shikaku_core::scenario::*;
use shikaku_core::text::{self, Language};
use shikaku_core::JapanDate;

/// Any supported date, with most mass near today so the thresholds are exercised.
fn date() -> impl Strategy<Value = JapanDate> {
    let epoch = JapanDate::from_ymd(1868, 1, 1).unwrap();
    let span = epoch.days_until(JapanDate::from_ymd(9999, 12, 31).unwrap());
    let near = JapanDate::from_ymd(2026, 11, 21).unwrap();
    prop_oneof![
        1 => (0..=span).prop_map(move |n| epoch.add_days(n)),
        6 => (-30_000i64..=30_000).prop_map(move |n| near.add_days(n)),
        1 => Just(epoch),
        1 => Just(JapanDate::from_ymd(9999, 12, 31).unwrap()),
    ]
}

fn last4() -> impl Strategy<Value = Last4> {
    "[0-9]{4}".prop_map(|digits| Last4::parse(&digits).unwrap())
}

fn card() -> impl Strategy<Value = CardFacts> {
    (
        option::of(date()),
        date(),
        any::<bool>(),
        option::of(prop_oneof![0u32..6, any::<u32>()]),
        option::of(last4()),
        any::<bool>(),
    )
        .prop_map(
            |(expires, ecert_expires, insurance_registered, pin_failures, last4, mismatch)| {
                CardFacts {
                    expires,
                    ecert_expires,
                    insurance_registered,
                    pin_failures,
                    last4,
                    owner_mismatch: mismatch,
                }
            },
        )
}

/// `owner_mismatch` is rare, as in real vaults.
fn mismatch() -> impl Strategy<Value = bool> {
    prop_oneof![5 => Just(false), 1 => Just(true)]
}

fn documents() -> impl Strategy<Value = (Option<SavedPdf>, Option<Notice>, Option<Certificate>)> {
    (
        option::of((date(), option::of(date()), mismatch()).prop_map(
            |(saved_at, share_ratio_expires, owner_mismatch)| SavedPdf {
                saved_at,
                share_ratio_expires,
                owner_mismatch,
            },
        )),
        option::of(
            (
                date(),
                option::of(date()),
                option::of(last4()),
                option::of(date()),
                mismatch(),
            )
                .prop_map(
                    |(issued, share_ratio_expires, last4, valid_from, owner_mismatch)| Notice {
                        issued,
                        share_ratio_expires,
                        last4,
                        valid_from,
                        owner_mismatch,
                    },
                ),
        ),
        option::of(
            (
                date(),
                any::<bool>(),
                option::of(date()),
                any::<bool>(),
                mismatch(),
            )
                .prop_map(
                    |(expires, copy_only, valid_from, limit_category, owner_mismatch)| {
                        Certificate {
                            expires,
                            copy_only,
                            valid_from,
                            limit_category,
                            owner_mismatch,
                        }
                    },
                ),
        ),
    )
}

fn extras() -> impl Strategy<
    Value = (
        Option<JapanDate>,
        bool,
        Option<LimitCertificate>,
        bool,
        Option<SubsidyCard>,
    ),
> {
    (
        option::of(date()),
        any::<bool>(),
        option::of((date(), option::of(date()), mismatch()).prop_map(
            |(expires, issued, owner_mismatch)| LimitCertificate {
                expires,
                issued,
                owner_mismatch,
            },
        )),
        any::<bool>(),
        option::of((option::of(date()), any::<bool>(), mismatch()).prop_map(
            |(expires, linked_to_card, owner_mismatch)| SubsidyCard {
                expires,
                linked_to_card,
                kind: SubsidyKind::Child,
                owner_mismatch,
            },
        )),
    )
}

pub fn person() -> impl Strategy<Value = Person> {
    (
        option::of(date()),
        option::of(card()),
        option::of(
            (any::<bool>(), any::<bool>()).prop_map(|(mynaportal_app, smartphone_card)| Phone {
                mynaportal_app,
                smartphone_card,
            }),
        ),
        documents(),
        option::of(
            (date(), mismatch()).prop_map(|(expires, owner_mismatch)| LegacyCard {
                expires,
                owner_mismatch,
            }),
        ),
        extras(),
    )
        .prop_map(
            |(birth_date, card, phone, (saved_pdf, notice, certificate), legacy_card, extras)| {
                let (insurance_changed_on, new_insurer_registered, limit, general, subsidy) =
                    extras;
                Person {
                    name: None,
                    birth_date,
                    card,
                    phone,
                    saved_pdf,
                    notice,
                    certificate,
                    legacy_card,
                    insurance_changed_on,
                    new_insurer_registered,
                    limit_certificate: limit,
                    elderly_income_general: general,
                    subsidy_card: subsidy,
                }
            },
        )
}

pub fn scenario() -> impl Strategy<Value = Scenario> {
    let visit = proptest::sample::select(Visit::ALL.to_vec());
    let online = proptest::sample::select(OnlineCheck::ALL.to_vec());
    let escort = option::of(prop_oneof![
        Just(Escort::Alone),
        Just(Escort::Parent),
        Just(Escort::Teacher),
        Just(Escort::Family)
    ]);
    (date(), visit, online, escort, person()).prop_map(
        |(today, visit, online_check, escort, person)| Scenario {
            today,
            visit,
            online_check,
            escort,
            person,
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn deadlines_are_sorted_by_date(scenario in scenario()) {
        let advice = advise(&scenario);
        prop_assert!(advice.deadlines.windows(2).all(|w| w[0].date <= w[1].date), "{:?}", advice.deadlines);
    }

    #[test]
    fn grace_ends_on_a_month_end_after_the_expiry(scenario in scenario()) {
        let advice = advise(&scenario);
        let find = |kind| advice.deadlines.iter().find(|d| d.kind == kind).map(|d| d.date);
        if let (Some(expiry), Some(grace)) = (find(DeadlineKind::EcertExpiry), find(DeadlineKind::EcertGraceEnds)) {
            if expiry.year() == JapanDate::MAX_YEAR && expiry.month() > 9 {
                // The grace would end after 9999-12-31: it saturates at the last supported date.
                prop_assert_eq!(grace, JapanDate::MAX);
            } else {
                prop_assert!(grace > expiry);
                prop_assert_eq!(grace.add_days(1).day(), 1, "{} is not a month end", grace);
                prop_assert!(expiry.add_months(3) <= grace && grace < expiry.add_months(4).month_end().add_days(1));
            }
        }
    }

    #[test]
    fn not_covered_always_comes_with_a_critical_alert(scenario in scenario()) {
        let advice = advise(&scenario);
        if !advice.covered {
            prop_assert!(advice.alerts.iter().any(|a| a.severity == Severity::Critical), "{:?}", advice.alerts);
        }
        prop_assert!(advice.alerts.windows(2).all(|w| w[0].severity <= w[1].severity));
    }

    #[test]
    fn every_date_in_the_advice_is_a_date_the_boundary_accepts(scenario in scenario()) {
        let advice = advise(&scenario);
        let dates = advice.deadlines.iter().map(|d| d.date).chain(advice.alerts.iter().filter_map(|a| a.date));
        for date in dates {
            prop_assert_eq!(date.to_string().parse::<JapanDate>(), Ok(date));
        }
    }

    #[test]
    fn the_same_scenario_gives_the_same_advice(scenario in scenario()) {
        let first = advise(&scenario);
        let through_json: Scenario = serde_json::from_str(&serde_json::to_string(&scenario).unwrap()).unwrap();
        prop_assert_eq!(&first, &advise(&scenario.clone()));
        prop_assert_eq!(&first, &advise(&through_json));
    }

    #[test]
    fn required_items_come_first_and_groups_only_on_one_of(scenario in scenario()) {
        use shikaku_core::advice::Need;
        let advice = advise(&scenario);
        prop_assert!(advice.carry.windows(2).all(|w| w[0].need <= w[1].need), "{:?}", advice.carry);
        prop_assert!(advice.carry.iter().all(|c| c.need != Need::OneOf || c.group.is_some()));
        prop_assert!(advice.carry.iter().all(|c| c.need != Need::Required || c.group.is_none()));
    }

    /// R-ECERT-4: a certificate that ends with the card has no renewal window, grace or lapse.
    #[test]
    fn no_renewal_or_grace_when_the_certificate_ends_with_the_card(scenario in scenario()) {
        let advice = advise(&scenario);
        let card = scenario.person.card.as_ref().filter(|card| !card.owner_mismatch);
        let ends_with_card = card
            .is_some_and(|card| card.expires.is_some_and(|expires| card.ecert_expires >= expires));
        if ends_with_card {
            let renewal = [AlertCode::EcertRenewalWindow, AlertCode::EcertGrace, AlertCode::EcertLapsed];
            prop_assert!(advice.alerts.iter().all(|a| !renewal.contains(&a.code)), "{:?}", advice.alerts);
            let dates = [DeadlineKind::EcertRenewalOpens, DeadlineKind::EcertGraceEnds];
            prop_assert!(advice.deadlines.iter().all(|d| !dates.contains(&d.kind)), "{:?}", advice.deadlines);
        }
    }

    /// R-PORTAL-1: no live screen with the certificate expired, or the PIN locked and no phone
    /// certificate.
    #[test]
    fn no_live_screen_without_a_login(scenario in scenario()) {
        let advice = advise(&scenario);
        let person = &scenario.person;
        let smartphone = person.phone.as_ref().is_some_and(|phone| phone.smartphone_card);
        let cannot_log_in = person.card.as_ref().is_none_or(|card| {
            scenario.today > card.ecert_expires
                || card.pin_failures.is_some_and(|n| n >= 3) && !smartphone
        });
        if cannot_log_in {
            prop_assert!(advice.carry.iter().all(|c| c.item != Item::MynaportalScreen), "{:?}", advice.carry);
        }
    }

    /// Version 2, change 11: the age transitions only within a year either side of today.
    #[test]
    fn no_age_date_more_than_a_year_away(scenario in scenario()) {
        let advice = advise(&scenario);
        for deadline in &advice.deadlines {
            if matches!(deadline.kind, DeadlineKind::ElderlyStatusStarts | DeadlineKind::Turns75) {
                prop_assert!(deadline.date.add_months(-12) <= scenario.today, "{:?}", deadline);
                prop_assert!(scenario.today <= deadline.date.add_months(12), "{:?}", deadline);
            }
        }
    }

    /// Version 2, change 12: no rule ID in any text shown to people.
    #[test]
    fn no_rule_id_in_any_advice_text(scenario in scenario(), english in any::<bool>()) {
        let language = if english { Language::En } else { Language::Ja };
        let advice = advise(&scenario);
        let mut shown: Vec<String> = text::advice_step_texts(language, &advice);
        for alert in &advice.alerts {
            let words = text::alert_text(language, alert);
            shown.push(words.title);
            shown.push(words.action);
        }
        shown.extend(advice.carry.iter().map(|c| text::item_name(language, c.item)));
        shown.extend(advice.deadlines.iter().map(|d| text::deadline_name(language, d.kind)));
        for line in shown {
            prop_assert!(!has_rule_id(&line), "{line}");
        }
    }

    /// R-OFFICE-1: every reminder and calendar alarm that asks for a city-office visit falls on
    /// an office day.
    #[test]
    fn no_office_reminder_on_a_closed_day(scenario in scenario()) {
        let deadlines = advise(&scenario).deadlines;
        let options = ReminderOptions {
            language: Language::Ja,
            detailed: true,
            name: None,
            subject: "property".into(),
        };
        let office = [
            DeadlineKind::EcertRenewalOpens,
            DeadlineKind::EcertExpiry,
            DeadlineKind::EcertGraceEnds,
            DeadlineKind::CardExpiry,
        ];
        for reminder in reminders(&deadlines, scenario.today, &options) {
            prop_assert!(reminder.fire_on >= scenario.today);
            if office.contains(&reminder.kind) {
                prop_assert!(office_open(reminder.fire_on) || at_range_end(reminder.fire_on), "{}", reminder.fire_on);
            }
        }
        for event in calendar_events(&deadlines, scenario.today, &options) {
            if office.contains(&event.kind) {
                prop_assert!(event.alarms.iter().all(|&day| office_open(day) || at_range_end(day)), "{:?}", event.alarms);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Version 2, change 12: the cover note and the parent's to-do list carry no rule ID, and
    /// an adult is refused rather than called a child.
    #[test]
    fn no_rule_id_in_the_school_pack(person in person(), today in date(), english in any::<bool>()) {
        use shikaku_core::school_pack::{school_pack, SchoolPackRequest};
        let request = SchoolPackRequest {
            child_name: "佐藤 陽太".into(),
            visit: Visit::SchoolTrip,
            person,
            parent_contact: Some("090-0000-0000".into()),
            today,
            language: if english { Language::En } else { Language::Ja },
        };
        match school_pack(&request) {
            Ok(pack) => {
                prop_assert!(!has_rule_id(&pack.cover_note_html), "{}", pack.cover_note_html);
                prop_assert!(pack.to_do.iter().all(|step| !has_rule_id(step)));
            }
            Err(error) => {
                let birth = request.person.birth_date;
                prop_assert!(birth.is_some_and(|birth| shikaku_core::dates::age_on(birth, today) >= 19));
                prop_assert!(!has_rule_id(&error.to_string()));
            }
        }
    }
}

/// `R-` followed by an upper-case letter: the shape of every rule ID.
fn has_rule_id(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w[0] == b'R' && w[1] == b'-' && w[2].is_ascii_uppercase())
}

/// The walk to an office day stops at the ends of the supported dates.
fn at_range_end(date: JapanDate) -> bool {
    date.year() <= 1868 || date.year() >= JapanDate::MAX_YEAR
}

#[test]
fn the_fluent_resources_hold_no_rule_id() {
    for source in [
        include_str!("../locales/ja.ftl"),
        include_str!("../locales/en.ftl"),
    ] {
        for line in source.lines() {
            assert!(!has_rule_id(line), "{line}");
        }
    }
    assert!(has_rule_id("(R-ECERT-3)") && !has_rule_id("R-"));
}
