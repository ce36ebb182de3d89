//! Table tests for version 2 of the visit decision (`docs/contracts/advice.md`, "Version 2"):
//! one test per numbered change and one for the clarifications, each row a scenario on a boundary
//! date. Rows marked "wrong today N" reproduce the list of answers version 1 got wrong.

use serde_json::{json, Value};
use shikaku_core::reminders::{reminders, ReminderOptions};
use shikaku_core::text::{self, Language};
use shikaku_core::{advise, Scenario};

const TODAY: &str = "2026-11-21";

/// A registered card that is fine on `TODAY`, PIN count known.
fn good_card() -> Value {
    json!({ "expires": "2031-05-10", "ecert_expires": "2029-05-10", "insurance_registered": true, "pin_failures": 0 })
}

fn visit(kind: &str, online: &str, person: Value) -> Value {
    json!({ "today": TODAY, "visit": kind, "online_check": online, "person": person })
}

fn clinic(online: &str, person: Value) -> Value {
    visit("clinic", online, person)
}

/// Sets `path` (dotted) of `value` to `new`.
fn with(mut value: Value, path: &str, new: Value) -> Value {
    let mut target = &mut value;
    let mut keys = path.split('.').peekable();
    while let Some(key) = keys.next() {
        if keys.peek().is_none() {
            target[key] = new;
            break;
        }
        target = &mut target[key];
    }
    value
}

fn scenario_of(value: &Value) -> Scenario {
    serde_json::from_value(value.clone()).expect("well-formed scenario")
}

fn advice(value: &Value) -> Value {
    serde_json::to_value(advise(&scenario_of(value))).unwrap()
}

fn codes(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|entry| entry[key].as_str().unwrap().to_owned())
        .collect()
}

/// One row: a scenario and what its advice must (and must not) say.
#[derive(Default)]
struct Case {
    name: &'static str,
    scenario: Value,
    covered: Option<bool>,
    raises: Vec<(&'static str, Option<&'static str>)>,
    not: Vec<&'static str>,
    carry: Vec<(&'static str, &'static str, Option<&'static str>)>,
    no_carry: Vec<&'static str>,
    steps: Option<Vec<&'static str>>,
    deadlines: Vec<(&'static str, &'static str)>,
    no_deadlines: Vec<&'static str>,
}

fn case(name: &'static str, scenario: Value) -> Case {
    Case {
        name,
        scenario,
        ..Case::default()
    }
}

impl Case {
    fn covered(mut self, covered: bool) -> Self {
        self.covered = Some(covered);
        self
    }
    /// Raises `code` (with `date`, when given; `""` means the alert has no date).
    fn raises(mut self, code: &'static str, date: Option<&'static str>) -> Self {
        self.raises.push((code, date));
        self
    }
    fn not(mut self, codes: &[&'static str]) -> Self {
        self.not.extend(codes);
        self
    }
    /// Carries `item` with `need` (and `group`, or none).
    fn carry(
        mut self,
        item: &'static str,
        need: &'static str,
        group: Option<&'static str>,
    ) -> Self {
        self.carry.push((item, need, group));
        self
    }
    fn no_carry(mut self, items: &[&'static str]) -> Self {
        self.no_carry.extend(items);
        self
    }
    fn steps(mut self, steps: &[&'static str]) -> Self {
        self.steps = Some(steps.to_vec());
        self
    }
    fn deadline(mut self, kind: &'static str, date: &'static str) -> Self {
        self.deadlines.push((kind, date));
        self
    }
    fn no_deadlines(mut self, kinds: &[&'static str]) -> Self {
        self.no_deadlines.extend(kinds);
        self
    }

    fn check(&self) {
        let advice = advice(&self.scenario);
        let name = self.name;
        let raised = codes(&advice["alerts"], "code");
        if let Some(covered) = self.covered {
            assert_eq!(advice["covered"], covered, "{name}: covered in {advice}");
        }
        for (code, date) in &self.raises {
            let found = advice["alerts"]
                .as_array()
                .unwrap()
                .iter()
                .find(|a| a["code"] == *code)
                .unwrap_or_else(|| panic!("{name}: expected {code} in {raised:?}"));
            match date {
                Some("") => assert!(found.get("date").is_none(), "{name}: {code} has no date"),
                Some(date) => assert_eq!(found["date"], *date, "{name}: date of {code}"),
                None => {}
            }
        }
        for code in &self.not {
            assert!(
                !raised.iter().any(|c| c == code),
                "{name}: unexpected {code} in {raised:?}"
            );
        }
        let carry = advice["carry"].as_array().unwrap();
        for (item, need, group) in &self.carry {
            let found = carry
                .iter()
                .find(|c| c["item"] == *item)
                .unwrap_or_else(|| panic!("{name}: expected {item} in {carry:?}"));
            assert_eq!(found["need"], *need, "{name}: need of {item}");
            assert_eq!(
                found.get("group").and_then(Value::as_str),
                *group,
                "{name}: group of {item}"
            );
        }
        for item in &self.no_carry {
            assert!(
                carry.iter().all(|c| c["item"] != *item),
                "{name}: unexpected {item} in {carry:?}"
            );
        }
        if let Some(steps) = &self.steps {
            let got: Vec<&str> = advice["steps"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap())
                .collect();
            assert_eq!(&got, steps, "{name}: steps");
        }
        let deadlines = advice["deadlines"].as_array().unwrap();
        for (kind, date) in &self.deadlines {
            assert!(
                deadlines
                    .iter()
                    .any(|d| d["kind"] == *kind && d["date"] == *date),
                "{name}: expected {kind} on {date} in {deadlines:?}"
            );
        }
        for kind in &self.no_deadlines {
            assert!(
                deadlines.iter().all(|d| d["kind"] != *kind),
                "{name}: unexpected {kind} in {deadlines:?}"
            );
        }
    }
}

fn check_all(cases: Vec<Case>) {
    for case in cases {
        case.check();
    }
}

fn card_with(expires: Value, ecert: &str) -> Value {
    json!({ "expires": expires, "ecert_expires": ecert, "insurance_registered": true, "pin_failures": 0 })
}

#[test]
fn change_1_card_body_first() {
    let pdf = json!({ "saved_at": "2026-01-10" });
    check_all(vec![
        // Wrong today 1: the scenario verbatim (no PIN count).
        case(
            "wrong today 1: body expired yesterday, certificate ends with it",
            json!({"today":"2026-11-21","visit":"clinic","online_check":"available","person":{"birth_date":"1990-11-20","card":{"expires":"2026-11-20","ecert_expires":"2026-11-20","insurance_registered":true},"saved_pdf":{"saved_at":"2026-01-10"}}}),
        )
        .covered(false)
        .raises("card_expired", Some("2026-11-20"))
        .raises("no_valid_proof", Some(""))
        .not(&["ecert_grace", "ecert_renewal_window", "ecert_lapsed", "card_expiring"])
        .no_deadlines(&["ecert_grace_ends", "ecert_renewal_opens"])
        .deadline("card_expiry", "2026-11-20"),
        case(
            "body expires today: still usable, card_expiring replaces the renewal window",
            clinic("available", json!({ "card": card_with(json!("2026-11-21"), "2026-11-21"), "saved_pdf": pdf })),
        )
        .covered(true)
        .raises("card_expiring", Some("2026-11-21"))
        .not(&["ecert_renewal_window", "card_expired"]),
        case(
            "ends with the card, exactly 3 months ahead: card_expiring",
            clinic("available", json!({ "card": card_with(json!("2027-02-21"), "2027-02-21") })),
        )
        .raises("card_expiring", Some("2027-02-21"))
        .not(&["ecert_renewal_window"])
        .no_deadlines(&["ecert_renewal_opens", "ecert_grace_ends"]),
        case(
            "ends with the card, one day more than 3 months ahead: nothing yet",
            clinic("available", json!({ "card": card_with(json!("2027-02-22"), "2027-02-22") })),
        )
        .not(&["card_expiring", "ecert_renewal_window"]),
        case(
            "body expired, certificate ended long before: only card_expired",
            clinic("available", json!({ "card": card_with(json!("2026-11-20"), "2026-05-10") })),
        )
        .raises("card_expired", Some("2026-11-20"))
        .not(&["ecert_lapsed", "ecert_grace"]),
        case(
            "body expiry unknown: the certificate rules apply as usual",
            clinic("available", json!({ "card": card_with(Value::Null, "2026-11-20") })),
        )
        .covered(true)
        .raises("ecert_grace", Some("2027-02-28"))
        .not(&["card_expired", "card_expiring"])
        .no_deadlines(&["card_expiry"])
        .deadline("ecert_grace_ends", "2027-02-28"),
        case(
            "a certificate renewed on a card that lives on keeps its window",
            clinic("available", json!({ "card": card_with(json!("2031-05-10"), "2027-02-21") })),
        )
        .raises("ecert_renewal_window", Some("2027-02-21"))
        .deadline("ecert_renewal_opens", "2026-11-21"),
    ]);
    // Wrong today 1: no reminder for the grace of a certificate that ended with the card.
    let scenario = scenario_of(
        &json!({"today":"2026-10-01","visit":"clinic","person":{"card":{"expires":"2026-11-20","ecert_expires":"2026-11-20","insurance_registered":true}}}),
    );
    let options = ReminderOptions {
        language: Language::Ja,
        detailed: true,
        name: None,
        subject: "t".into(),
    };
    let planned = reminders(&advise(&scenario).deadlines, scenario.today, &options);
    assert!(!planned.is_empty());
    assert!(planned.iter().all(|r| {
        let kind = serde_json::to_value(r.kind).unwrap();
        kind == "card_expiry"
    }));
}

#[test]
fn change_2_live_screen_only_when_the_person_can_log_in() {
    let app = json!({ "mynaportal_app": true });
    let locked = with(good_card(), "pin_failures", json!(3));
    check_all(vec![
        case(
            "wrong today 2: PIN locked, reader broken, only the app",
            clinic("reader_broken", json!({ "card": locked.clone(), "phone": app.clone() })),
        )
        .covered(false)
        .raises("no_backup", Some(""))
        .raises("pin_locked", Some(""))
        .no_carry(&["mynaportal_screen"]),
        case(
            "PIN locked but the phone certificate logs in",
            clinic("reader_broken", json!({ "card": locked.clone(), "phone": { "mynaportal_app": true, "smartphone_card": true } })),
        )
        .covered(true)
        .carry("mynaportal_screen", "one_of", Some("with_card")),
        case(
            "two wrong PINs: still logs in",
            clinic("reader_broken", json!({ "card": with(good_card(), "pin_failures", json!(2)), "phone": app.clone() })),
        )
        .covered(true)
        .carry("mynaportal_screen", "one_of", Some("with_card")),
        case(
            "certificate expired yesterday (in grace): no screen",
            clinic("unknown", json!({ "card": card_with(json!("2031-05-10"), "2026-11-20"), "phone": app.clone() })),
        )
        .covered(false)
        .raises("ecert_grace", None)
        .no_carry(&["mynaportal_screen"]),
        case(
            "certificate expires today: the screen still works",
            clinic("unknown", json!({ "card": card_with(json!("2031-05-10"), "2026-11-21"), "phone": app.clone() })),
        )
        .covered(true)
        .carry("mynaportal_screen", "one_of", Some("with_card")),
        case(
            "a PDF saved earlier still counts with the PIN locked",
            clinic("reader_broken", json!({ "card": locked, "phone": app, "saved_pdf": { "saved_at": "2026-10-01" } })),
        )
        .covered(true)
        .carry("saved_pdf", "one_of", Some("with_card"))
        .no_carry(&["mynaportal_screen"]),
    ]);
}

#[test]
fn change_3_counter_steps_follow_the_reader() {
    let person = json!({ "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01" } });
    check_all(vec![
        case("reader available", clinic("available", person.clone())).steps(&[
            "place_card",
            "authenticate",
            "consent",
        ]),
        case("reader unknown", clinic("unknown", person.clone())).steps(&[
            "place_card",
            "authenticate",
            "consent",
            "show_backup",
        ]),
        case(
            "wrong today 6: no reader",
            clinic("unavailable", person.clone()),
        )
        .steps(&["show_card", "show_backup"])
        .covered(true),
        case(
            "wrong today 6: reader broken",
            clinic("reader_broken", person),
        )
        .steps(&["show_card", "show_backup"]),
        case(
            "a certificate as the proof: show it, nothing else",
            clinic(
                "available",
                json!({ "certificate": { "expires": "2027-07-31" } }),
            ),
        )
        .steps(&["show_certificate"]),
        case(
            "reader down and no backup: the steps stay, the advice says no_backup",
            clinic("reader_broken", json!({ "card": good_card() })),
        )
        .covered(false)
        .steps(&["show_card", "show_backup"])
        .raises("no_backup", Some("")),
    ]);
    // The backup named in show_backup is the one the advice lists.
    let listed = advise(&scenario_of(&clinic(
        "reader_broken",
        json!({ "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01" } }),
    )));
    let steps = text::advice_step_texts(Language::En, &listed);
    assert!(
        steps[1].contains("Eligibility PDF saved from Mynaportal"),
        "{steps:?}"
    );
    assert!(
        !steps[1].contains("app screen") && !steps[1].contains("notice"),
        "{steps:?}"
    );
}

#[test]
fn change_4_the_certificate_beside_a_usable_card() {
    let certificate = |copy: bool| json!({ "expires": "2027-07-31", "copy_only": copy });
    check_all(vec![
        case(
            "an original in with_card",
            clinic("unknown", json!({ "card": good_card(), "certificate": certificate(false) })),
        )
        .covered(true)
        .carry("certificate", "one_of", Some("with_card")),
        case(
            "a copy is not a backup at the counter",
            clinic("unknown", json!({ "card": good_card(), "certificate": certificate(true) })),
        )
        .covered(false)
        .no_carry(&["certificate"]),
        case(
            "wrong today 10: registered child, certificate copy, school trip",
            visit("school_trip", "unknown", json!({ "card": good_card(), "certificate": certificate(true) })),
        )
        .covered(true)
        .carry("certificate", "one_of", Some("for_teacher"))
        .not(&["prepare_pdf"])
        .no_carry(&["mynacard"]),
        case(
            "a PDF and a certificate both go in for_teacher",
            visit("nursery", "unknown", json!({ "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01" }, "certificate": certificate(false) })),
        )
        .carry("saved_pdf", "one_of", Some("for_teacher"))
        .carry("certificate", "one_of", Some("for_teacher")),
        case(
            "without a usable card the copy is the only member",
            visit("school_trip", "unknown", json!({ "certificate": certificate(true), "saved_pdf": { "saved_at": "2026-10-01" } })),
        )
        .covered(true)
        .carry("certificate", "one_of", Some("for_teacher"))
        .no_carry(&["saved_pdf"]),
    ]);
}

#[test]
fn change_5_change_of_insurer() {
    let base = json!({ "card": good_card(), "insurance_changed_on": "2026-11-01" });
    let merged = |extra: Value| {
        let mut person = base.clone();
        for (key, value) in extra.as_object().unwrap() {
            person[key] = value.clone();
        }
        person
    };
    check_all(vec![
        case(
            "an old PDF is void; the new registration is pending",
            clinic("available", merged(json!({ "saved_pdf": { "saved_at": "2026-10-31" } }))),
        )
        .covered(false)
        .raises("documents_void_after_change", Some("2026-11-01"))
        .raises("new_insurer_pending", Some("2026-11-01"))
        .carry("mynacard", "required", None)
        .no_carry(&["saved_pdf"]),
        case(
            "a PDF saved on the change day is kept but proves nothing",
            clinic("available", merged(json!({ "saved_pdf": { "saved_at": "2026-11-01" } }))),
        )
        .covered(false)
        .raises("new_insurer_pending", None)
        .not(&["documents_void_after_change"])
        .carry("saved_pdf", "recommended", Some("with_card")),
        case(
            "registration known to be done",
            clinic("available", merged(json!({ "new_insurer_registered": true }))),
        )
        .covered(true)
        .not(&["new_insurer_pending"]),
        case(
            "a new notice valid from the change day proves it",
            clinic("unknown", merged(json!({ "notice": { "issued": "2026-10-25", "valid_from": "2026-11-01" } }))),
        )
        .covered(true)
        .not(&["new_insurer_pending", "documents_void_after_change"])
        .carry("notice", "one_of", Some("with_card")),
        case(
            "a notice without valid_from is judged by its issue date",
            clinic("unknown", merged(json!({ "notice": { "issued": "2026-10-31" } }))),
        )
        .covered(false)
        .raises("documents_void_after_change", None)
        .raises("new_insurer_pending", None),
        case(
            "a certificate without valid_from is void after a change",
            clinic("available", json!({ "insurance_changed_on": "2026-11-01", "certificate": { "expires": "2027-07-31" } })),
        )
        .covered(false)
        .raises("documents_void_after_change", None)
        .raises("no_valid_proof", None)
        .raises("new_insurer_pending", None),
        case(
            "a certificate valid from the change is the proof",
            clinic("available", json!({ "insurance_changed_on": "2026-11-01", "certificate": { "expires": "2027-07-31", "valid_from": "2026-11-01" } })),
        )
        .covered(true)
        .not(&["new_insurer_pending", "documents_void_after_change"]),
        case(
            "a limit certificate of unknown issue counts as void",
            visit("hospital_stay", "available", merged(json!({ "new_insurer_registered": true, "limit_certificate": { "expires": "2027-07-31" } }))),
        )
        .raises("documents_void_after_change", None)
        .no_carry(&["limit_certificate"]),
        case(
            "a change dated tomorrow voids nothing yet",
            clinic("available", with(merged(json!({ "saved_pdf": { "saved_at": "2026-10-31" } })), "insurance_changed_on", json!("2026-11-22"))),
        )
        .covered(true)
        .not(&["documents_void_after_change", "new_insurer_pending"]),
        case(
            "pending is raised on a teacher trip too",
            visit("school_trip", "unknown", merged(json!({ "saved_pdf": { "saved_at": "2026-11-02" } }))),
        )
        .covered(false)
        .raises("new_insurer_pending", None),
        case(
            "pending at a pharmacy without a card: no_valid_proof as well",
            visit("pharmacy", "available", json!({ "insurance_changed_on": "2026-11-01" })),
        )
        .covered(false)
        .raises("new_insurer_pending", None)
        .raises("no_valid_proof", None),
        case(
            "the live screen is not a dated document",
            clinic("unknown", merged(json!({ "new_insurer_registered": true, "phone": { "mynaportal_app": true } }))),
        )
        .covered(true)
        .carry("mynaportal_screen", "one_of", Some("with_card")),
    ]);
}

#[test]
fn change_6_at_75() {
    // Born 1951-12-20: 75 on 2026-12-20.
    let grandfather = json!({
        "birth_date": "1951-12-20",
        "card": { "expires": "2029-12-20", "ecert_expires": "2029-12-20", "insurance_registered": true, "pin_failures": 0, "last4": "4821" },
        "notice": { "issued": "2025-08-01", "share_ratio_expires": "2026-12-19", "last4": "4821" }
    });
    check_all(vec![
        case("wrong today 4: the grandfather 29 days before 75", clinic("unknown", grandfather.clone()))
            .covered(true)
            .raises("turning_75", Some("2026-12-20"))
            .not(&["share_ratio_expiring", "documents_void_after_75"])
            .no_deadlines(&["share_ratio_expiry"])
            .deadline("turns_75", "2026-12-20"),
        case(
            "on the birthday the old notice is void and raises nothing of its own",
            with(
                with(clinic("unknown", grandfather.clone()), "today", json!("2026-12-20")),
                "person.card.last4",
                json!("1111"),
            ),
        )
        .covered(false)
        .raises("documents_void_after_75", Some("2026-12-20"))
        .not(&["share_ratio_expired", "last4_mismatch", "turning_75"])
        .no_carry(&["notice"]),
        case(
            "the day before the birthday the old notice still counts",
            with(clinic("unknown", grandfather.clone()), "today", json!("2026-12-19")),
        )
        .covered(true)
        .carry("notice", "one_of", Some("with_card"))
        .not(&["documents_void_after_75"]),
        case(
            "a new notice valid from the birthday counts from that day",
            with(
                with(clinic("unknown", grandfather.clone()), "today", json!("2026-12-20")),
                "person.notice",
                json!({ "issued": "2026-11-25", "valid_from": "2026-12-20" }),
            ),
        )
        .covered(true)
        .not(&["documents_void_after_75"]),
        case(
            "a certificate valid from before the birthday is void from it",
            json!({ "today": "2026-12-20", "visit": "clinic", "person": { "birth_date": "1951-12-20", "certificate": { "expires": "2027-07-31", "valid_from": "2024-12-02" } } }),
        )
        .covered(false)
        .raises("documents_void_after_75", None)
        .no_deadlines(&["certificate_expiry"]),
        case(
            "a 国保 ratio ending 31 July before a September birthday still warns",
            json!({ "today": "2026-07-20", "visit": "clinic", "person": { "birth_date": "1951-09-15", "card": good_card(), "notice": { "issued": "2025-08-01", "share_ratio_expires": "2026-07-31" } } }),
        )
        .raises("turning_75", Some("2026-09-15"))
        .raises("share_ratio_expiring", Some("2026-07-31")),
        case(
            "a ratio ending two days before the birthday is not superseded",
            json!({ "today": "2026-08-20", "visit": "clinic", "person": { "birth_date": "1951-09-15", "card": good_card(), "notice": { "issued": "2025-08-01", "share_ratio_expires": "2026-09-13" } } }),
        )
        .raises("share_ratio_expiring", Some("2026-09-13")),
        case(
            "a ratio ending the day before the birthday is superseded",
            json!({ "today": "2026-08-20", "visit": "clinic", "person": { "birth_date": "1951-09-15", "card": good_card(), "notice": { "issued": "2025-08-01", "share_ratio_expires": "2026-09-14" } } }),
        )
        .not(&["share_ratio_expiring"]),
    ]);
    // The text says the card keeps working and names the document mailed the month before.
    let alert_of = |value: &Value| {
        let advice = advise(&scenario_of(value));
        let alert = advice
            .alerts
            .iter()
            .find(|a| serde_json::to_value(a.code).unwrap() == "turning_75")
            .copied()
            .expect("turning_75");
        (
            serde_json::to_value(alert).unwrap()["document"].clone(),
            text::alert_text(Language::En, &alert).action,
        )
    };
    let (document, action) = alert_of(&clinic("unknown", grandfather.clone()));
    assert_eq!(
        document, "notice",
        "mailed in November 2026 to a card holder"
    );
    assert!(
        action.contains("keeps working")
            && action.contains("notice")
            && action.contains("save a fresh PDF"),
        "{action}"
    );
    let without_card = json!({ "today": "2026-11-21", "visit": "clinic", "person": { "birth_date": "1951-12-20" } });
    assert_eq!(alert_of(&without_card).0, "certificate");
    let before_august = json!({ "today": "2026-06-01", "visit": "clinic", "person": { "birth_date": "1951-07-20", "card": good_card() } });
    let (document, action) = alert_of(&before_august);
    assert_eq!(
        document, "certificate",
        "mailed in June 2026: a certificate to everyone"
    );
    assert!(action.contains("eligibility certificate"), "{action}");
}

#[test]
fn change_7_the_phone() {
    let phone = json!({ "smartphone_card": true });
    let person =
        json!({ "card": good_card(), "phone": phone, "saved_pdf": { "saved_at": "2026-10-01" } });
    check_all(vec![
        case("reader available", clinic("available", person.clone()))
            .carry("smartphone", "recommended", None)
            .carry("mynacard", "required", None),
        case("reader unknown", clinic("unknown", person.clone())).carry(
            "smartphone",
            "recommended",
            None,
        ),
        case("reader broken", clinic("reader_broken", person.clone())).no_carry(&["smartphone"]),
        case(
            "no reader",
            visit("pharmacy", "unavailable", person.clone()),
        )
        .no_carry(&["smartphone"]),
        case(
            "certificate in grace: the phone's lapsed too",
            clinic(
                "available",
                with(person.clone(), "card.ecert_expires", json!("2026-11-20")),
            ),
        )
        .no_carry(&["smartphone"]),
        case(
            "certificate expires today: still listed",
            clinic(
                "available",
                with(person.clone(), "card.ecert_expires", json!("2026-11-21")),
            ),
        )
        .carry("smartphone", "recommended", None),
        case(
            "card body expired: never instead of the card",
            clinic(
                "available",
                with(person.clone(), "card.expires", json!("2026-11-20")),
            ),
        )
        .no_carry(&["smartphone", "mynacard"]),
        case(
            "never on a teacher trip",
            visit("school_trip", "available", person),
        )
        .no_carry(&["smartphone"]),
    ]);
}

#[test]
fn change_8_hospital_stay() {
    let certificate = json!({ "expires": "2027-07-31" });
    let limit = json!({ "expires": "2026-11-21", "issued": "2026-04-01" });
    check_all(vec![
        case("card at a working reader: consent", visit("hospital_stay", "available", json!({ "card": good_card() })))
            .raises("limit_by_consent", Some(""))
            .not(&["apply_limit_certificate"])
            .no_carry(&["limit_certificate"]),
        case(
            "card with the reader down: no consent screen",
            visit("hospital_stay", "reader_broken", json!({ "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01" } })),
        )
        .not(&["limit_by_consent"]),
        case(
            "certificate, nothing for the limit: apply (warning)",
            visit("hospital_stay", "available", json!({ "birth_date": "1980-01-01", "certificate": certificate.clone() })),
        )
        .covered(true)
        .raises("apply_limit_certificate", Some(""))
        .carry("limit_certificate", "recommended", None),
        case(
            "the category printed on the certificate",
            visit("hospital_stay", "available", json!({ "certificate": { "expires": "2027-07-31", "limit_category": true } })),
        )
        .not(&["apply_limit_certificate"])
        .no_carry(&["limit_certificate"]),
        case(
            "a limit certificate expiring today is required",
            visit("hospital_stay", "available", json!({ "certificate": certificate.clone(), "limit_certificate": limit.clone() })),
        )
        .carry("limit_certificate", "required", None)
        .not(&["apply_limit_certificate"]),
        case(
            "a limit certificate expired yesterday is not",
            visit("hospital_stay", "available", json!({ "certificate": certificate.clone(), "limit_certificate": { "expires": "2026-11-20" } })),
        )
        .carry("limit_certificate", "recommended", None)
        .raises("apply_limit_certificate", None),
        case(
            "a held limit certificate is required beside the card too",
            visit("hospital_stay", "available", json!({ "card": good_card(), "limit_certificate": limit })),
        )
        .carry("limit_certificate", "required", None)
        .raises("limit_by_consent", None),
        case(
            "70+ with 一般 income needs no document",
            visit("hospital_stay", "available", json!({ "birth_date": "1950-01-01", "elderly_income_general": true, "certificate": certificate.clone() })),
        )
        .not(&["apply_limit_certificate"]),
        case(
            "a clinic visit never raises the limit alerts",
            clinic("available", json!({ "certificate": certificate.clone() })),
        )
        .not(&["apply_limit_certificate", "limit_by_consent"]),
    ]);
    // From the 70th birthday the alert is only info.
    let severity = |birth: &str| {
        let advice = advice(&visit(
            "hospital_stay",
            "available",
            json!({ "birth_date": birth, "certificate": certificate }),
        ));
        advice["alerts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["code"] == "apply_limit_certificate")
            .map(|a| a["severity"].clone())
    };
    assert_eq!(severity("1956-11-21"), Some(json!("info")), "70 today");
    assert_eq!(
        severity("1956-11-22"),
        Some(json!("warning")),
        "70 tomorrow"
    );
}

#[test]
fn change_9_municipal_subsidy_card() {
    let subsidy = |expires: Value, linked: bool| json!({ "expires": expires, "linked_to_card": linked, "kind": "child" });
    let person = |subsidy: Value| json!({ "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01" }, "subsidy_card": subsidy });
    check_all(vec![
        case("clinic: required", clinic("available", person(subsidy(json!("2027-03-31"), false))))
            .carry("subsidy_card", "required", None)
            .deadline("subsidy_card_expiry", "2027-03-31"),
        case("dentist: required", visit("dentist", "available", person(subsidy(json!("2027-03-31"), false))))
            .carry("subsidy_card", "required", None),
        case("linked, working reader: recommended", visit("pharmacy", "available", person(subsidy(json!("2027-03-31"), true))))
            .carry("subsidy_card", "recommended", None),
        case("linked, reader unknown: recommended", clinic("unknown", person(subsidy(json!("2027-03-31"), true))))
            .carry("subsidy_card", "recommended", None),
        case("linked, reader broken: required", clinic("reader_broken", person(subsidy(json!("2027-03-31"), true))))
            .carry("subsidy_card", "required", None),
        case(
            "linked, but a certificate is the proof: required",
            clinic("available", json!({ "certificate": { "expires": "2027-07-31" }, "subsidy_card": subsidy(json!("2027-03-31"), true) })),
        )
        .carry("subsidy_card", "required", None),
        case("teacher trip: a copy, recommended", visit("school_trip", "unknown", person(subsidy(json!("2027-03-31"), false))))
            .carry("subsidy_card", "recommended", None),
        case("expires in 30 days: expiring", clinic("available", person(subsidy(json!("2026-12-21"), false))))
            .raises("subsidy_card_expiring", Some("2026-12-21")),
        case("expires in 31 days: nothing", clinic("available", person(subsidy(json!("2026-12-22"), false))))
            .not(&["subsidy_card_expiring"]),
        case("expires today: expiring and still listed", clinic("available", person(subsidy(json!("2026-11-21"), false))))
            .raises("subsidy_card_expiring", Some("2026-11-21"))
            .carry("subsidy_card", "required", None),
        case("expired yesterday: info, not listed", clinic("available", person(subsidy(json!("2026-11-20"), false))))
            .raises("subsidy_card_expired", Some("2026-11-20"))
            .no_carry(&["subsidy_card"]),
        case("no expiry: valid with no deadline", clinic("available", person(subsidy(Value::Null, false))))
            .carry("subsidy_card", "required", None)
            .no_deadlines(&["subsidy_card_expiry"])
            .not(&["subsidy_card_expiring", "subsidy_card_expired"]),
        case(
            "listed even when not covered, never changes covered",
            clinic("reader_broken", json!({ "card": good_card(), "subsidy_card": subsidy(Value::Null, false) })),
        )
        .covered(false)
        .carry("subsidy_card", "required", None),
    ]);
    let advice = advice(&clinic(
        "available",
        person(subsidy(json!("2026-11-20"), false)),
    ));
    let expired = advice["alerts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["code"] == "subsidy_card_expired")
        .unwrap();
    assert_eq!(expired["severity"], "info");
    assert_eq!(expired["rule"], "R-SUBSIDY-1", "the JSON keeps the rule");
}

#[test]
fn change_10_pin_texts() {
    let advice = |failures: u32| {
        advise(&scenario_of(&clinic(
            "available",
            json!({ "card": with(good_card(), "pin_failures", json!(failures)) }),
        )))
    };
    // Wrong today 8: 「あと1回まちがえると」 claimed a count; any convenience store was named.
    for language in [Language::Ja, Language::En] {
        let last = text::alert_text(language, &advice(2).alerts[0]);
        let words = format!("{}{}", last.title, last.action);
        assert!(
            !words.contains("あと") && !words.contains("1回") && !words.contains("left"),
            "{words}"
        );
        assert!(
            words.contains("おそれ") || words.contains("may lock"),
            "{words}"
        );
        let locked = advice(3);
        assert_eq!(
            serde_json::to_value(locked.alerts[0].code).unwrap(),
            "pin_locked"
        );
        let words = text::alert_text(language, &locked.alerts[0]).action;
        for must in [
            ["市区町村", "city office"],
            ["セブン-イレブン", "7-Eleven"],
            ["イオン", "Aeon"],
            ["署名用", "signature password"],
            ["JPKI", "JPKI"],
        ] {
            let must = if language == Language::Ja {
                must[0]
            } else {
                must[1]
            };
            assert!(words.contains(must), "{language:?}: {must} in {words}");
        }
        for never in [
            "ローソン",
            "ファミリーマート",
            "Lawson",
            "FamilyMart",
            "convenience store",
            "コンビニで",
        ] {
            assert!(!words.contains(never), "{never} in {words}");
        }
    }
}

#[test]
fn change_11_deadlines_that_matter() {
    check_all(vec![
        case(
            "wrong today 9: a 10-year-old has no 70th or 75th",
            clinic("available", json!({ "birth_date": "2016-03-01", "card": good_card() })),
        )
        .no_deadlines(&["elderly_status_starts", "turns_75"]),
        case(
            "75th birthday exactly a year ahead: listed",
            clinic("available", json!({ "birth_date": "1952-11-21" })),
        )
        .deadline("turns_75", "2027-11-21"),
        case(
            "75th birthday a year and a day ahead: not yet",
            clinic("available", json!({ "birth_date": "1952-11-22" })),
        )
        .no_deadlines(&["turns_75"]),
        case(
            "75th birthday exactly a year ago: still listed",
            clinic("available", json!({ "birth_date": "1950-11-21" })),
        )
        .deadline("turns_75", "2025-11-21"),
        case(
            "75th birthday a year and a day ago: gone",
            clinic("available", json!({ "birth_date": "1950-11-20" })),
        )
        .no_deadlines(&["turns_75"]),
        case(
            "29 February: 75 on 28 February 2027, a year before is 28 February 2026",
            json!({ "today": "2026-02-28", "visit": "clinic", "person": { "birth_date": "1952-02-29" } }),
        )
        .deadline("turns_75", "2027-02-28"),
        case(
            "29 February, the day before that year: not yet",
            json!({ "today": "2026-02-27", "visit": "clinic", "person": { "birth_date": "1952-02-29" } }),
        )
        .no_deadlines(&["turns_75"]),
        case(
            "elderly status a year ahead (1 December 2027 for a 30 November birthday)",
            json!({ "today": "2026-12-01", "visit": "clinic", "person": { "birth_date": "1957-11-30" } }),
        )
        .deadline("elderly_status_starts", "2027-12-01"),
        case(
            "elderly status a year and a day ahead",
            json!({ "today": "2026-11-30", "visit": "clinic", "person": { "birth_date": "1957-11-30" } }),
        )
        .no_deadlines(&["elderly_status_starts"]),
    ]);
    // Wrong today 3: a child's card and certificate end together (2027-01-10): the advice says
    // "new card", and no reminder falls on a closed day (3 January) or says "renew the certificate".
    let child = json!({ "today": "2026-11-21", "visit": "clinic", "person": { "birth_date": "2016-01-10", "card": { "expires": "2027-01-10", "ecert_expires": "2027-01-10", "insurance_registered": true } } });
    let advice = advise(&scenario_of(&child));
    let card_expiring = advice
        .alerts
        .iter()
        .find(|a| serde_json::to_value(a.code).unwrap() == "card_expiring")
        .expect("card_expiring");
    let words = text::alert_text(Language::Ja, card_expiring).action;
    assert!(words.contains("新しいカード"), "{words}");
    for language in [Language::Ja, Language::En] {
        let options = ReminderOptions {
            language,
            detailed: true,
            name: None,
            subject: "t".into(),
        };
        let planned = reminders(&advice.deadlines, advice_today(&child), &options);
        assert!(!planned.is_empty());
        for reminder in planned {
            assert!(
                shikaku_core::office_days::office_open(reminder.fire_on),
                "{}",
                reminder.fire_on
            );
            assert_ne!(reminder.fire_on.to_string(), "2027-01-03");
            assert!(
                !reminder.body.contains("電子証明書を更新") && !reminder.body.contains("Renew it"),
                "{}",
                reminder.body
            );
        }
    }
}

fn advice_today(value: &Value) -> shikaku_core::JapanDate {
    scenario_of(value).today
}

#[test]
fn change_12_rule_ids_stay_in_the_json() {
    let advice = advice(&clinic(
        "available",
        json!({ "card": with(good_card(), "pin_failures", json!(3)) }),
    ));
    assert_eq!(advice["alerts"][0]["rule"], "R-PIN-2");
    let words = text::alert_text(
        Language::Ja,
        &advise(&scenario_of(&clinic(
            "available",
            json!({ "card": with(good_card(), "pin_failures", json!(3)) }),
        )))
        .alerts[0],
    );
    assert!(!words.title.contains("R-") && !words.action.contains("R-"));
}

#[test]
fn clarifications_of_version_2() {
    let no_count = json!({ "expires": "2031-05-10", "ecert_expires": "2029-05-10", "insurance_registered": true });
    let pdf = json!({ "saved_at": "2026-10-01" });
    check_all(vec![
        case("pin_failures omitted = unknown: pin_unknown where a PIN is asked", clinic("available", json!({ "card": no_count.clone() })))
            .raises("pin_unknown", Some(""))
            .not(&["pin_last_try", "pin_locked"]),
        case("pin_failures null: the same", clinic("available", json!({ "card": with(no_count.clone(), "pin_failures", Value::Null) })))
            .raises("pin_unknown", None),
        case("unknown PIN with the reader down: no PIN asked", clinic("reader_broken", json!({ "card": no_count.clone(), "saved_pdf": pdf.clone() })))
            .not(&["pin_unknown"]),
        case("unknown PIN on a teacher trip: no PIN asked", visit("school_trip", "unknown", json!({ "card": no_count.clone(), "saved_pdf": pdf.clone() })))
            .not(&["pin_unknown"]),
        case("escort teacher takes the teacher flow at a clinic too", with(clinic("unknown", json!({ "card": good_card(), "saved_pdf": pdf.clone() })), "escort", json!("teacher")))
            .steps(&["leave_with_teacher"])
            .carry("saved_pdf", "one_of", Some("for_teacher")),
        case("escort family is as self", with(visit("school_trip", "unknown", json!({ "card": good_card(), "saved_pdf": pdf.clone() })), "escort", json!("family")))
            .carry("mynacard", "required", None)
            .carry("saved_pdf", "one_of", Some("with_card")),
        case(
            "ecert_lapsed only for registered cards",
            clinic("available", json!({ "card": { "expires": "2031-05-10", "ecert_expires": "2026-05-10", "insurance_registered": false, "pin_failures": 0 } })),
        )
        .raises("not_registered", None)
        .not(&["ecert_lapsed"]),
        case(
            "a registered card past the grace: lapsed",
            clinic("available", json!({ "card": card_with(json!("2031-05-10"), "2026-05-10") })),
        )
        .raises("ecert_lapsed", Some("2026-08-31")),
        case(
            "a legacy card is void after a change dated 2024-12-02",
            json!({ "today": "2025-06-01", "visit": "clinic", "person": { "insurance_changed_on": "2024-12-02", "new_insurer_registered": true, "legacy_card": { "expires": "2026-03-31" } } }),
        )
        .covered(false)
        .raises("documents_void_after_change", Some("2024-12-02"))
        .no_deadlines(&["legacy_card_end"]),
        case(
            "a change dated 2024-12-01 leaves the legacy card",
            json!({ "today": "2025-06-01", "visit": "clinic", "person": { "insurance_changed_on": "2024-12-01", "new_insurer_registered": true, "legacy_card": { "expires": "2026-03-31" } } }),
        )
        .covered(true)
        .carry("legacy_card", "required", None),
        case(
            "a change on the 75th birthday is the automatic move: 75th-birthday rules only",
            json!({ "today": "2026-12-21", "visit": "clinic", "online_check": "unknown", "person": { "birth_date": "1951-12-20", "insurance_changed_on": "2026-12-20", "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01" } } }),
        )
        .raises("documents_void_after_75", Some("2026-12-20"))
        .not(&["documents_void_after_change", "new_insurer_pending"]),
        case(
            "a document not theirs counts as not held; one alert",
            clinic("unknown", json!({ "card": good_card(), "saved_pdf": { "saved_at": "2026-10-01", "owner_mismatch": true }, "notice": { "issued": "2024-10-01", "owner_mismatch": true } })),
        )
        .covered(false)
        .raises("document_not_theirs", Some(""))
        .raises("no_backup", None)
        .no_carry(&["saved_pdf", "notice"]),
        case(
            "a card not theirs: no card, no card alert or deadline",
            clinic("available", json!({ "card": { "expires": "2026-12-01", "ecert_expires": "2026-12-01", "insurance_registered": true, "owner_mismatch": true } })),
        )
        .covered(false)
        .raises("document_not_theirs", None)
        .raises("no_valid_proof", None)
        .not(&["card_expiring", "pin_unknown"])
        .no_deadlines(&["card_expiry", "ecert_expiry"])
        .no_carry(&["mynacard"]),
        case(
            "a certificate valid from tomorrow is not held today",
            clinic("available", json!({ "certificate": { "expires": "2027-07-31", "valid_from": "2026-11-22" } })),
        )
        .covered(false)
        .raises("no_valid_proof", None),
        case(
            "a certificate valid from today is",
            clinic("available", json!({ "certificate": { "expires": "2027-07-31", "valid_from": "2026-11-21" } })),
        )
        .covered(true),
        case("dentist is a clinic visit", visit("dentist", "unknown", json!({ "card": good_card(), "saved_pdf": pdf.clone() })))
            .covered(true)
            .steps(&["place_card", "authenticate", "consent", "show_backup"]),
        case("a hospital stay is a clinic visit", visit("hospital_stay", "reader_broken", json!({ "card": good_card(), "saved_pdf": pdf })))
            .covered(true)
            .steps(&["show_card", "show_backup"]),
    ]);
}
