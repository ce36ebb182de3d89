//! Table tests for the visit decision, written against the JSON contract of
//! `docs/contracts/advice.md` (version 1 as version 2 leaves it): every version-1 item, alert,
//! step and deadline code, each side of each threshold. Version 2 has its own table,
//! `advice_v2_table.rs`; where version 2 changed a version-1 answer, the row says so.

use std::collections::BTreeSet;

use serde_json::{json, Value};
use shikaku_core::{advise, Scenario};

const TODAY: &str = "2026-11-21";

/// A registered card that is fine on `TODAY`.
fn good_card() -> Value {
    json!({ "expires": "2031-05-10", "ecert_expires": "2029-05-10", "insurance_registered": true })
}

/// A scenario for a clinic visit on `TODAY` with `person` (merged over nothing else).
fn clinic(person: Value) -> Value {
    json!({ "today": TODAY, "visit": "clinic", "person": person })
}

/// Sets `key` of the scenario (or of a nested object with a dotted path) to `value`.
fn with(mut scenario: Value, path: &str, value: Value) -> Value {
    let mut target = &mut scenario;
    let mut keys = path.split('.').peekable();
    while let Some(key) = keys.next() {
        if keys.peek().is_none() {
            target[key] = value;
            break;
        }
        target = &mut target[key];
    }
    scenario
}

fn advice(scenario: &Value) -> Value {
    let scenario: Scenario =
        serde_json::from_value(scenario.clone()).expect("well-formed scenario");
    serde_json::to_value(advise(&scenario)).unwrap()
}

fn codes(advice: &Value) -> Vec<String> {
    advice["alerts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["code"].as_str().unwrap().to_owned())
        .collect()
}

fn alert<'a>(advice: &'a Value, code: &str) -> Option<&'a Value> {
    advice["alerts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["code"] == code)
}

fn strings(values: &Value) -> Vec<&str> {
    values
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

/// One row: a scenario, the alert codes it must raise (with their dates where given) and must not.
struct Row {
    name: &'static str,
    scenario: Value,
    covered: bool,
    raises: &'static [(&'static str, Option<&'static str>)],
    not: &'static [&'static str],
}

fn rows() -> Vec<Row> {
    let card = |key: &str, value: Value| {
        let scenario =
            clinic(json!({ "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01" } }));
        with(scenario, &format!("person.card.{key}"), value)
    };
    let cert_only = |expires: &str, copy: bool| {
        clinic(json!({ "certificate": { "expires": expires, "copy_only": copy } }))
    };
    vec![
        // R-ECERT-2: first and last day of the renewal window, and the day before it opens.
        Row {
            name: "renewal window opens today",
            scenario: card("ecert_expires", json!("2027-02-21")),
            covered: true,
            raises: &[("ecert_renewal_window", Some("2027-02-21"))],
            not: &["ecert_grace"],
        },
        Row {
            name: "renewal window opens tomorrow",
            scenario: card("ecert_expires", json!("2027-02-22")),
            covered: true,
            raises: &[],
            not: &["ecert_renewal_window"],
        },
        Row {
            name: "certificate expires today",
            scenario: card("ecert_expires", json!("2026-11-21")),
            covered: true,
            raises: &[("ecert_renewal_window", Some("2026-11-21"))],
            not: &["ecert_grace"],
        },
        // R-ECERT-3: grace from the day after expiry to the end of the 3rd following month.
        Row {
            name: "first day of grace",
            scenario: card("ecert_expires", json!("2026-11-20")),
            covered: true,
            raises: &[("ecert_grace", Some("2027-02-28"))],
            not: &["ecert_renewal_window", "ecert_lapsed"],
        },
        Row {
            name: "last day of grace",
            scenario: with(
                card("ecert_expires", json!("2026-08-15")),
                "today",
                json!("2026-11-30"),
            ),
            covered: true,
            raises: &[("ecert_grace", Some("2026-11-30"))],
            not: &["ecert_lapsed"],
        },
        Row {
            name: "day after grace",
            scenario: with(
                card("ecert_expires", json!("2026-08-15")),
                "today",
                json!("2026-12-01"),
            ),
            covered: false,
            raises: &[
                ("ecert_lapsed", Some("2026-11-30")),
                ("no_valid_proof", None),
            ],
            not: &["ecert_grace"],
        },
        // R-CARD-1: the card body.
        Row {
            name: "card expires in exactly 3 months",
            scenario: card("expires", json!("2027-02-21")),
            covered: true,
            raises: &[("card_expiring", Some("2027-02-21"))],
            not: &["card_expired"],
        },
        Row {
            name: "card expires in 3 months and a day",
            scenario: card("expires", json!("2027-02-22")),
            covered: true,
            raises: &[],
            not: &["card_expiring"],
        },
        Row {
            name: "card expires today",
            scenario: card("expires", json!("2026-11-21")),
            covered: true,
            raises: &[("card_expiring", Some("2026-11-21"))],
            not: &["card_expired"],
        },
        Row {
            name: "card expired yesterday",
            scenario: card("expires", json!("2026-11-20")),
            covered: false,
            raises: &[
                ("card_expired", Some("2026-11-20")),
                ("no_valid_proof", None),
            ],
            not: &["card_expiring"],
        },
        // R-PIN-1, R-PIN-2: a locked PIN does not stop the check.
        Row {
            name: "one wrong PIN",
            scenario: card("pin_failures", json!(1)),
            covered: true,
            raises: &[],
            not: &["pin_last_try", "pin_locked"],
        },
        Row {
            name: "two wrong PINs",
            scenario: card("pin_failures", json!(2)),
            covered: true,
            raises: &[("pin_last_try", None)],
            not: &["pin_locked"],
        },
        Row {
            name: "three wrong PINs",
            scenario: card("pin_failures", json!(3)),
            covered: true,
            raises: &[("pin_locked", None)],
            not: &["pin_last_try"],
        },
        Row {
            name: "many wrong PINs",
            scenario: card("pin_failures", json!(9)),
            covered: true,
            raises: &[("pin_locked", None)],
            not: &["pin_last_try"],
        },
        // R-KAKU-1: 60-day limit, copy vs original.
        Row {
            name: "certificate expires in 60 days",
            scenario: cert_only("2027-01-20", false),
            covered: true,
            raises: &[("certificate_expiring", Some("2027-01-20"))],
            not: &["certificate_expired"],
        },
        Row {
            name: "certificate expires in 61 days",
            scenario: cert_only("2027-01-21", false),
            covered: true,
            raises: &[],
            not: &["certificate_expiring"],
        },
        Row {
            name: "certificate expires today",
            scenario: cert_only(TODAY, false),
            covered: true,
            raises: &[("certificate_expiring", Some(TODAY))],
            not: &["certificate_expired"],
        },
        Row {
            name: "certificate expired yesterday",
            scenario: cert_only("2026-11-20", false),
            covered: false,
            raises: &[
                ("certificate_expired", Some("2026-11-20")),
                ("no_valid_proof", None),
            ],
            not: &[],
        },
        Row {
            name: "a certificate copy is not valid at a clinic",
            scenario: cert_only("2029-12-01", true),
            covered: false,
            raises: &[("no_valid_proof", None)],
            not: &[],
        },
        // R-LEGACY-1
        Row {
            name: "legacy card after the transition",
            scenario: clinic(json!({ "legacy_card": { "expires": "2026-03-31" } })),
            covered: false,
            raises: &[
                ("legacy_card_expired", Some("2025-12-01")),
                ("no_valid_proof", None),
            ],
            not: &[],
        },
        Row {
            name: "legacy card on its last day",
            scenario: with(
                clinic(json!({ "legacy_card": { "expires": "2026-03-31" } })),
                "today",
                json!("2025-12-01"),
            ),
            covered: true,
            raises: &[],
            not: &["legacy_card_expired"],
        },
        // R-DOC-1: more than 365 days.
        Row {
            name: "PDF saved 365 days ago",
            scenario: clinic(
                json!({ "card": good_card(), "saved_pdf": { "saved_at": "2025-11-21" } }),
            ),
            covered: true,
            raises: &[],
            not: &["snapshot_stale"],
        },
        Row {
            name: "PDF saved 366 days ago",
            scenario: clinic(
                json!({ "card": good_card(), "saved_pdf": { "saved_at": "2025-11-20" } }),
            ),
            covered: true,
            raises: &[("snapshot_stale", Some("2025-11-20"))],
            not: &[],
        },
        // R-AGE-70: 30-day limit, one alert per distinct date.
        Row {
            name: "share ratio expires in 30 days",
            scenario: clinic(json!({ "card": good_card(),
                "saved_pdf": { "saved_at": "2026-10-01", "share_ratio_expires": "2026-12-21" },
                "notice": { "issued": "2026-08-01", "share_ratio_expires": "2026-12-21" } })),
            covered: true,
            raises: &[("share_ratio_expiring", Some("2026-12-21"))],
            not: &["share_ratio_expired"],
        },
        Row {
            name: "share ratio expires in 31 days",
            scenario: clinic(json!({ "card": good_card(),
                "saved_pdf": { "saved_at": "2026-10-01", "share_ratio_expires": "2026-12-22" } })),
            covered: true,
            raises: &[],
            not: &["share_ratio_expiring"],
        },
        Row {
            name: "share ratio expired yesterday",
            scenario: clinic(json!({ "card": good_card(),
                "notice": { "issued": "2026-08-01", "share_ratio_expires": "2026-11-20" } })),
            covered: true,
            raises: &[("share_ratio_expired", Some("2026-11-20"))],
            not: &["share_ratio_expiring"],
        },
        // R-AGE-75: 60 days before the birthday; documents void from the birthday.
        Row {
            name: "75th birthday in 60 days",
            scenario: clinic(
                json!({ "birth_date": "1952-01-20", "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01" } }),
            ),
            covered: true,
            raises: &[("turning_75", Some("2027-01-20"))],
            not: &["documents_void_after_75"],
        },
        Row {
            name: "75th birthday in 61 days",
            scenario: clinic(
                json!({ "birth_date": "1952-01-21", "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01" } }),
            ),
            covered: true,
            raises: &[],
            not: &["turning_75"],
        },
        Row {
            name: "75th birthday today voids the old PDF",
            scenario: clinic(
                json!({ "birth_date": "1951-11-21", "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01" } }),
            ),
            covered: false,
            raises: &[
                ("documents_void_after_75", Some(TODAY)),
                ("no_backup", None),
            ],
            not: &["turning_75"],
        },
        Row {
            name: "a notice issued on the 75th birthday is current",
            scenario: clinic(
                json!({ "birth_date": "1951-11-21", "card": good_card(), "notice": { "issued": TODAY } }),
            ),
            covered: true,
            raises: &[],
            not: &["documents_void_after_75", "no_backup"],
        },
        Row {
            name: "leap-day birth: 75th birthday on 28 February",
            scenario: with(
                clinic(
                    json!({ "birth_date": "1952-02-29", "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01" } }),
                ),
                "today",
                json!("2027-02-27"),
            ),
            covered: true,
            raises: &[("turning_75", Some("2027-02-28"))],
            not: &["documents_void_after_75"],
        },
        // R-DOC-4
        Row {
            name: "last 4 digits differ",
            scenario: clinic(
                json!({ "card": with(good_card(), "last4", json!("1234")), "notice": { "issued": "2026-01-01", "last4": "1243" } }),
            ),
            covered: true,
            raises: &[("last4_mismatch", None)],
            not: &[],
        },
        Row {
            name: "last 4 digits agree",
            scenario: clinic(
                json!({ "card": with(good_card(), "last4", json!("1234")), "notice": { "issued": "2026-01-01", "last4": "1234" } }),
            ),
            covered: true,
            raises: &[],
            not: &["last4_mismatch"],
        },
        // Registration (R-VISIT-1, R-KAKU-1)
        Row {
            name: "unregistered card at a working reader",
            scenario: with(
                clinic(json!({ "card": with(good_card(), "insurance_registered", json!(false)) })),
                "online_check",
                json!("available"),
            ),
            covered: true,
            raises: &[("register_at_reader", None), ("not_registered", None)],
            not: &["no_valid_proof"],
        },
        Row {
            name: "unregistered card, reader unknown",
            scenario: clinic(
                json!({ "card": with(good_card(), "insurance_registered", json!(false)) }),
            ),
            covered: false,
            raises: &[("not_registered", None), ("no_valid_proof", None)],
            not: &["register_at_reader"],
        },
        // R-VISIT-2, R-SCHOOL-1, R-FALLBACK-1
        Row {
            name: "no backup for an unknown reader",
            scenario: clinic(json!({ "card": good_card() })),
            covered: false,
            raises: &[("no_backup", None)],
            not: &[],
        },
        Row {
            name: "school trip with nothing to leave",
            scenario: json!({ "today": TODAY, "visit": "school_trip", "person": { "card": good_card() } }),
            covered: false,
            raises: &[("prepare_pdf", None)],
            not: &["no_backup"],
        },
        Row {
            name: "nothing held at all",
            scenario: clinic(json!({})),
            covered: false,
            raises: &[("no_valid_proof", None)],
            not: &[],
        },
    ]
}

#[test]
fn every_row_of_the_alert_table() {
    for row in rows() {
        let advice = advice(&row.scenario);
        let raised = codes(&advice);
        assert_eq!(
            advice["covered"], row.covered,
            "{}: covered in {advice}",
            row.name
        );
        for (code, date) in row.raises {
            let found = alert(&advice, code)
                .unwrap_or_else(|| panic!("{}: expected {code} in {raised:?}", row.name));
            match date {
                Some(date) => assert_eq!(found["date"], *date, "{}: date of {code}", row.name),
                None => assert!(
                    found.get("date").is_none(),
                    "{}: {code} has no date",
                    row.name
                ),
            }
        }
        for code in row.not {
            assert!(
                !raised.iter().any(|c| c == code),
                "{}: unexpected {code} in {raised:?}",
                row.name
            );
        }
    }
}

#[test]
fn the_table_covers_every_alert_code() {
    let raised: BTreeSet<String> = rows()
        .iter()
        .flat_map(|row| codes(&advice(&row.scenario)))
        .collect();
    // The version-2 codes are covered by `advice_v2_table.rs`.
    let version_2 = [
        "pin_unknown",
        "documents_void_after_change",
        "new_insurer_pending",
        "limit_by_consent",
        "apply_limit_certificate",
        "subsidy_card_expiring",
        "subsidy_card_expired",
        "document_not_theirs",
    ];
    let all: BTreeSet<String> = shikaku_core::advice::AlertCode::ALL
        .iter()
        .map(|code| {
            serde_json::to_value(code)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .filter(|code| !version_2.contains(&code.as_str()))
        .collect();
    let missing: Vec<_> = all.difference(&raised).collect();
    assert!(missing.is_empty(), "alert codes no row raises: {missing:?}");
}

#[test]
fn alerts_carry_severity_and_rule_and_sort_critical_first() {
    let scenario = clinic(json!({
        "birth_date": "1952-01-20",
        "card": { "expires": "2026-12-01", "ecert_expires": "2026-11-01", "insurance_registered": true,
                  "pin_failures": 2, "last4": "1111" },
        "notice": { "issued": "2026-01-01", "last4": "2222" }
    }));
    let advice = advice(&scenario);
    let severities: Vec<&str> = advice["alerts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["severity"].as_str().unwrap())
        .collect();
    let rank = |s: &str| {
        ["critical", "warning", "info"]
            .iter()
            .position(|x| *x == s)
            .unwrap()
    };
    assert!(
        severities.windows(2).all(|w| rank(w[0]) <= rank(w[1])),
        "{severities:?}"
    );
    assert_eq!(
        alert(&advice, "last4_mismatch").unwrap()["severity"],
        "critical"
    );
    assert_eq!(alert(&advice, "last4_mismatch").unwrap()["rule"], "R-DOC-4");
    assert_eq!(alert(&advice, "ecert_grace").unwrap()["rule"], "R-ECERT-3");
    assert_eq!(
        alert(&advice, "card_expiring").unwrap()["severity"],
        "warning"
    );
    assert_eq!(alert(&advice, "pin_last_try").unwrap()["rule"], "R-PIN-1");
    assert_eq!(alert(&advice, "turning_75").unwrap()["rule"], "R-AGE-75");
}

#[test]
fn clinic_with_a_broken_reader_needs_the_card_and_one_backup() {
    let scenario = with(
        clinic(
            json!({ "card": good_card(), "phone": { "mynaportal_app": true },
                       "saved_pdf": { "saved_at": "2026-10-01" }, "notice": { "issued": "2024-10-01" } }),
        ),
        "online_check",
        json!("reader_broken"),
    );
    let advice = advice(&scenario);
    assert_eq!(advice["covered"], true);
    assert_eq!(
        advice["carry"],
        json!([
            { "item": "mynacard", "need": "required", "copy_ok": false },
            { "item": "saved_pdf", "need": "one_of", "group": "with_card", "copy_ok": false },
            { "item": "mynaportal_screen", "need": "one_of", "group": "with_card", "copy_ok": false },
            { "item": "notice", "need": "one_of", "group": "with_card", "copy_ok": false },
        ])
    );
    // Version 2, change 3: with the reader down the staff check the card by eye.
    assert_eq!(strings(&advice["steps"]), ["show_card", "show_backup"]);
}

#[test]
fn a_working_reader_makes_backups_recommended() {
    let scenario = with(
        clinic(json!({ "card": good_card(), "notice": { "issued": "2024-10-01" } })),
        "online_check",
        json!("available"),
    );
    let advice = advice(&scenario);
    assert_eq!(advice["covered"], true);
    assert_eq!(
        advice["carry"][1],
        json!({ "item": "notice", "need": "recommended", "group": "with_card", "copy_ok": false })
    );
    assert_eq!(
        strings(&advice["steps"]),
        ["place_card", "authenticate", "consent"]
    );
    // Covered with no backup at all when the reader is known to work.
    let bare = with(
        clinic(json!({ "card": good_card() })),
        "online_check",
        json!("available"),
    );
    assert!(advice_covered(&bare));
}

fn advice_covered(scenario: &Value) -> bool {
    advice(scenario)["covered"].as_bool().unwrap()
}

#[test]
fn unavailable_and_unknown_online_checks_both_need_a_backup() {
    for online in ["unavailable", "unknown"] {
        let scenario = with(
            clinic(json!({ "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01" } })),
            "online_check",
            json!(online),
        );
        let advice = advice(&scenario);
        assert_eq!(advice["carry"][1]["need"], "one_of", "{online}");
        assert_eq!(
            strings(&advice["steps"]).last(),
            Some(&"show_backup"),
            "{online}"
        );
    }
}

#[test]
fn a_certificate_original_also_backs_up_a_usable_card() {
    // R-KAKU-1: valid alone, so it covers a failed reader (people in 後期高齢者医療 hold both).
    let scenario =
        clinic(json!({ "card": good_card(), "certificate": { "expires": "2027-07-31" } }));
    let advice = advice(&scenario);
    assert_eq!(advice["covered"], true);
    assert_eq!(
        advice["carry"][1],
        json!({ "item": "certificate", "need": "one_of", "group": "with_card", "copy_ok": false })
    );
    // A copy does not.
    let copy = with(scenario, "person.certificate.copy_only", json!(true));
    assert!(!advice_covered(&copy));
}

#[test]
fn certificate_and_legacy_card_paths() {
    let certificate = advice(&clinic(
        json!({ "certificate": { "expires": "2029-12-01" } }),
    ));
    assert_eq!(
        certificate["carry"],
        json!([{ "item": "certificate", "need": "required", "copy_ok": false }])
    );
    assert_eq!(strings(&certificate["steps"]), ["show_certificate"]);

    let legacy = advice(&with(
        clinic(json!({ "legacy_card": { "expires": "2026-03-31" } })),
        "today",
        json!("2025-11-30"),
    ));
    assert_eq!(
        legacy["carry"],
        json!([{ "item": "legacy_card", "need": "required", "copy_ok": false }])
    );
    assert_eq!(legacy["covered"], true);
    assert_eq!(strings(&legacy["steps"]), Vec::<&str>::new());
}

#[test]
fn a_pharmacy_follows_the_clinic_rules() {
    let scenario = json!({ "today": TODAY, "visit": "pharmacy", "online_check": "reader_broken",
                           "person": { "card": good_card(), "notice": { "issued": "2024-10-01" } } });
    let advice = advice(&scenario);
    assert_eq!(advice["carry"][0]["item"], "mynacard");
    assert_eq!(advice["carry"][1]["item"], "notice");
}

#[test]
fn school_trip_with_a_teacher_leaves_the_pdf_or_notice_not_the_card() {
    let scenario = json!({ "today": TODAY, "visit": "school_trip",
        "person": { "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01" }, "notice": { "issued": "2024-10-01" },
                    "phone": { "mynaportal_app": true } } });
    let advice = advice(&scenario);
    assert_eq!(advice["covered"], true);
    assert_eq!(
        advice["carry"],
        json!([
            { "item": "saved_pdf", "need": "one_of", "group": "for_teacher", "copy_ok": true },
            { "item": "notice", "need": "one_of", "group": "for_teacher", "copy_ok": true },
        ])
    );
    assert_eq!(strings(&advice["steps"]), ["leave_with_teacher"]);
}

#[test]
fn nursery_without_a_card_takes_a_certificate_copy() {
    let scenario = json!({ "today": TODAY, "visit": "nursery",
        "person": { "certificate": { "expires": "2027-07-31", "copy_only": true } } });
    let accepted = advice(&scenario);
    assert_eq!(accepted["covered"], true);
    assert_eq!(
        accepted["carry"],
        // Version 2, change 4: a member of `for_teacher`, its only one.
        json!([{ "item": "certificate", "need": "one_of", "group": "for_teacher", "copy_ok": true }])
    );
    assert_eq!(strings(&accepted["steps"]), ["leave_with_teacher"]);
    let expired = with(scenario, "person.certificate.expires", json!("2026-11-20"));
    let refused = advice(&expired);
    assert_eq!(refused["covered"], false);
    assert!(codes(&refused).contains(&"no_valid_proof".to_owned()));
}

#[test]
fn school_trip_with_a_parent_uses_the_usual_rules() {
    let scenario = json!({ "today": TODAY, "visit": "school_trip", "escort": "parent",
        "person": { "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01" } } });
    let advice = advice(&scenario);
    assert_eq!(
        advice["carry"][0],
        json!({ "item": "mynacard", "need": "required", "copy_ok": false })
    );
    assert_eq!(advice["carry"][1]["group"], "with_card");
    assert_eq!(
        strings(&advice["steps"]),
        ["place_card", "authenticate", "consent", "show_backup"]
    );
}

#[test]
fn every_deadline_kind_sorted_with_month_end_clamping() {
    let scenario = clinic(json!({
        "birth_date": "1956-06-02",
        "card": { "expires": "2031-06-02", "ecert_expires": "2027-05-31", "insurance_registered": true },
        "saved_pdf": { "saved_at": "2026-10-01", "share_ratio_expires": "2027-07-31" },
        "certificate": { "expires": "2029-12-01" },
        "legacy_card": { "expires": "2026-03-31" }
    }));
    let deadlines = advice(&scenario)["deadlines"].clone();
    assert_eq!(
        deadlines,
        json!([
            { "kind": "legacy_card_end", "date": "2025-12-01" },
            { "kind": "elderly_status_starts", "date": "2026-07-01" },
            { "kind": "ecert_renewal_opens", "date": "2027-02-28" },
            { "kind": "ecert_expiry", "date": "2027-05-31" },
            { "kind": "share_ratio_expiry", "date": "2027-07-31" },
            { "kind": "ecert_grace_ends", "date": "2027-08-31" },
            { "kind": "certificate_expiry", "date": "2029-12-01" },
            { "kind": "card_expiry", "date": "2031-06-02" },
            // Version 2, change 11: the 75th birthday is more than a year away.
        ])
    );
}

#[test]
fn renewal_opening_clamps_to_29_february_in_a_leap_year() {
    let scenario =
        clinic(json!({ "card": { "expires": "2031-01-01", "ecert_expires": "2028-05-31" } }));
    let deadlines = advice(&scenario)["deadlines"].clone();
    assert!(deadlines
        .as_array()
        .unwrap()
        .contains(&json!({ "kind": "ecert_renewal_opens", "date": "2028-02-29" })));
}

#[test]
fn scenario_defaults_and_rejections() {
    // online_check defaults to unknown; escort to teacher for trips.
    let minimal: Scenario =
        serde_json::from_value(json!({ "today": TODAY, "visit": "nursery", "person": {} }))
            .unwrap();
    assert_eq!(minimal.escort(), shikaku_core::scenario::Escort::Teacher);
    for bad in [
        json!({ "today": "2026-02-30", "visit": "clinic", "person": {} }),
        json!({ "today": TODAY, "visit": "hospital", "person": {} }),
        json!({ "today": TODAY, "visit": "clinic", "person": { "card": { "expires": "2031-01-01", "ecert_expires": "2030-01-01", "last4": "123456789018" } } }),
        json!({ "today": TODAY, "visit": "clinic", "person": { "nickname": "x" } }),
    ] {
        assert!(
            serde_json::from_value::<Scenario>(bad.clone()).is_err(),
            "accepted {bad}"
        );
    }
}
