//! Properties of the visit decision that must hold for every well-formed scenario
//! (`shared/spec/advice.md`): no panic, sorted deadlines, grace at a month end, no silent
//! "not covered", determinism.

use proptest::option;
use proptest::prelude::*;
use shikaku_core::advice::{advise, DeadlineKind, Severity};
use shikaku_core::numbers::Last4;
use shikaku_core::scenario::*;
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
        date(),
        date(),
        any::<bool>(),
        prop_oneof![0u32..6, any::<u32>()],
        option::of(last4()),
    )
        .prop_map(
            |(expires, ecert_expires, insurance_registered, pin_failures, last4)| CardFacts {
                expires,
                ecert_expires,
                insurance_registered,
                pin_failures,
                last4,
            },
        )
}

fn person() -> impl Strategy<Value = Person> {
    (
        option::of(date()),
        option::of(card()),
        option::of(any::<bool>().prop_map(|mynaportal_app| Phone { mynaportal_app })),
        option::of(
            (date(), option::of(date())).prop_map(|(saved_at, share_ratio_expires)| SavedPdf {
                saved_at,
                share_ratio_expires,
            }),
        ),
        option::of((date(), option::of(date()), option::of(last4())).prop_map(
            |(issued, share_ratio_expires, last4)| Notice {
                issued,
                share_ratio_expires,
                last4,
            },
        )),
        option::of(
            (date(), any::<bool>())
                .prop_map(|(expires, copy_only)| Certificate { expires, copy_only }),
        ),
        option::of(date().prop_map(|expires| LegacyCard { expires })),
    )
        .prop_map(
            |(birth_date, card, phone, saved_pdf, notice, certificate, legacy_card)| Person {
                birth_date,
                card,
                phone,
                saved_pdf,
                notice,
                certificate,
                legacy_card,
            },
        )
}

fn scenario() -> impl Strategy<Value = Scenario> {
    let visit = prop_oneof![
        Just(Visit::Clinic),
        Just(Visit::Pharmacy),
        Just(Visit::SchoolTrip),
        Just(Visit::Nursery)
    ];
    let online = prop_oneof![
        Just(OnlineCheck::Available),
        Just(OnlineCheck::Unavailable),
        Just(OnlineCheck::ReaderBroken),
        Just(OnlineCheck::Unknown)
    ];
    let escort = option::of(prop_oneof![
        Just(Escort::Alone),
        Just(Escort::Parent),
        Just(Escort::Teacher)
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
        prop_assert!(advice.carry.iter().all(|c| (c.need == Need::Required) == c.group.is_none()));
    }
}
