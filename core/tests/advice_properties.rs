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
        prop_assert!(advice.carry.iter().all(|c| (c.need == Need::Required) == c.group.is_none()));
    }
}
