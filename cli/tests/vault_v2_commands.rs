//! The version-2 vault commands of `docs/contracts/cli.md` ("Version 2 additions") as a tester runs
//! them: every new command and clearing flag, the owner check at import with its confirmation
//! (issue 11, item 7), and reminders built from the vault (issue 11, item 13).

use std::path::Path;

use assert_cmd::Command;
use serde_json::{json, Value};

const PASSPHRASE: &str = "correct horse battery staple";

fn shikaku(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("shikaku")
        .unwrap()
        .arg("--vault")
        .arg(dir)
        .args(args)
        .env("SHIKAKU_PASSPHRASE", PASSPHRASE)
        .output()
        .unwrap()
}

/// Runs a command that must succeed and returns its stdout.
fn ok_text(dir: &Path, args: &[&str]) -> String {
    let output = shikaku(dir, args);
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// Runs a command that must succeed and returns its JSON.
fn ok(dir: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok_text(dir, args)).unwrap()
}

/// Runs a command that must fail with `code` and returns its stderr.
fn fails(dir: &Path, code: i32, args: &[&str]) -> String {
    let output = shikaku(dir, args);
    assert_eq!(output.status.code(), Some(code), "{args:?}: {output:?}");
    String::from_utf8(output.stderr).unwrap()
}

/// A fresh vault with one member; returns the member's id.
fn vault_with(dir: &Path, name: &str, birth: &str, relation: &str) -> String {
    ok(dir, &["init"]);
    add(dir, name, birth, relation)
}

fn add(dir: &Path, name: &str, birth: &str, relation: &str) -> String {
    ok(
        dir,
        &[
            "member",
            "add",
            "--name",
            name,
            "--birth",
            birth,
            "--relation",
            relation,
        ],
    )["id"]
        .to_string()
}

/// `card set` for a registered card.
fn registered_card(dir: &Path, id: &str, expires: &str, ecert_expires: &str) {
    let args = [
        "--member",
        id,
        "--expires",
        expires,
        "--ecert-expires",
        ecert_expires,
    ];
    ok(dir, &[&["card", "set", "--registered"][..], &args].concat());
}

fn fixture(name: &str) -> String {
    format!(
        "{}/../core/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn member_set_sets_and_clears_every_version_2_fact() {
    let root = tempfile::tempdir().unwrap();
    let v = &root.path().join("v");
    let id = vault_with(v, "山田 太郎", "1952-02-29", "self");
    let set = ok(
        v,
        &[
            "member",
            "set",
            &id,
            "--insurance-changed-on",
            "2026-10-01",
            "--new-insurer-registered",
            "--smartphone-card",
            "--mynaportal-app",
            "--elderly-income-general",
        ],
    );
    assert_eq!(
        set["facts"],
        json!({
            "insurance_changed_on": "2026-10-01",
            "new_insurer_registered": true,
            "smartphone_card": true,
            "elderly_income_general": true
        })
    );
    assert_eq!(set["mynaportal_app"], true);
    let shown = ok(v, &["show", "--member", &id]);
    assert_eq!(shown["facts"], set["facts"]);
    assert_eq!(shown["member"]["mynaportal_app"], true);

    // A flag not given leaves its fact alone; each clearing form clears one.
    let partly = ok(v, &["member", "set", &id, "--no-smartphone-card"]);
    assert_eq!(partly["facts"]["smartphone_card"], false);
    assert_eq!(partly["facts"]["insurance_changed_on"], "2026-10-01");
    let cleared = ok(
        v,
        &[
            "member",
            "set",
            &id,
            "--clear-insurance-change",
            "--no-new-insurer-registered",
            "--no-mynaportal-app",
            "--no-elderly-income-general",
        ],
    );
    assert_eq!(
        cleared["facts"],
        json!({
            "new_insurer_registered": false,
            "smartphone_card": false,
            "elderly_income_general": false
        })
    );
    assert_eq!(cleared["mynaportal_app"], false);
    assert_eq!(
        ok(v, &["show", "--member", &id])["member"]["name"],
        "山田 太郎"
    );

    // A flag with its clearing form is a usage error; a bad date or member a user error.
    fails(
        v,
        2,
        &[
            "member",
            "set",
            &id,
            "--smartphone-card",
            "--no-smartphone-card",
        ],
    );
    let bad = fails(
        v,
        1,
        &["member", "set", &id, "--insurance-changed-on", "2026-02-30"],
    );
    assert!(bad.contains("--insurance-changed-on"), "{bad}");
    fails(v, 1, &["member", "set", "99", "--smartphone-card"]);
}

#[test]
fn subsidy_and_limit_are_set_cleared_and_reach_the_advice() {
    let root = tempfile::tempdir().unwrap();
    let v = &root.path().join("v");
    let id = vault_with(v, "山田 陽太", "2018-05-05", "child");
    registered_card(v, &id, "2028-05-05", "2028-05-05");
    let subsidy = ok(
        v,
        &[
            "subsidy",
            "set",
            "--member",
            &id,
            "--expires",
            "2027-03-31",
            "--kind",
            "child",
            "--linked",
        ],
    );
    assert_eq!(
        subsidy["facts"]["subsidy_card"],
        json!({ "expires": "2027-03-31", "linked_to_card": true, "kind": "child", "owner_mismatch": false })
    );
    // Replaced whole: no expiry, not linked, the default kind.
    let plain = ok(v, &["subsidy", "set", "--member", &id]);
    assert_eq!(
        plain["facts"]["subsidy_card"],
        json!({ "expires": null, "linked_to_card": false, "kind": "other", "owner_mismatch": false })
    );
    let limit_set = |issued: &'static str| {
        let head = ["limit", "set", "--member", id.as_str()];
        [&head[..], &["--expires", "2027-07-31", "--issued", issued]].concat()
    };
    let limit = ok(v, &limit_set("2026-08-01"));
    assert_eq!(
        limit["facts"]["limit_certificate"],
        json!({ "expires": "2027-07-31", "issued": "2026-08-01", "owner_mismatch": false })
    );
    let refused = fails(v, 1, &limit_set("2028-01-01"));
    assert!(refused.contains("issue date"), "{refused}");
    fails(v, 2, &["limit", "set", "--member", &id]);

    // The stored facts reach `advise --member`, which takes the new visits, escorts and --today.
    let advice = ok(
        v,
        &[
            "advise",
            "--member",
            &id,
            "--visit",
            "hospital_stay",
            "--escort",
            "family",
            "--online-check",
            "unavailable",
            "--today",
            "2026-12-01",
        ],
    );
    let items: Vec<&str> = advice["carry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["item"].as_str().unwrap())
        .collect();
    assert!(items.contains(&"mynacard"), "{advice}");

    let cleared = ok(v, &["subsidy", "clear", "--member", &id]);
    assert!(cleared["facts"].get("subsidy_card").is_none(), "{cleared}");
    let cleared = ok(v, &["limit", "clear", "--member", &id]);
    assert!(
        cleared["facts"].get("limit_certificate").is_none(),
        "{cleared}"
    );
    assert_eq!(
        ok(v, &["show", "--member", &id])["facts"],
        json!({
            "new_insurer_registered": false,
            "smartphone_card": false,
            "elderly_income_general": false
        })
    );
}

#[test]
fn another_persons_pdf_is_flagged_at_import_and_not_handed_over_until_confirmed() {
    let root = tempfile::tempdir().unwrap();
    let v = &root.path().join("v");
    // Issue 11, item 7: デジタル 花子's PDF imported for an 8-year-old.
    let child = vault_with(v, "山田 陽太", "2018-05-05", "child");
    registered_card(v, &child, "2028-05-05", "2028-05-05");
    let pdf = fixture("mynaportal_cid.pdf");
    let imported = ok(
        v,
        &[
            "import",
            &pdf,
            "--member",
            &child,
            "--field",
            "saved_at=2026-11-20",
            "--today",
            "2026-11-21",
        ],
    );
    assert_eq!(imported["owner"], "mismatch");
    let document = imported["document"].to_string();
    let out = root.path().join("pack");
    let pack_args = [
        "school-pack",
        "--member",
        &child,
        "--out",
        out.to_str().unwrap(),
        "--today",
        "2026-11-21",
    ];
    let pack = ok(v, &pack_args);
    assert_eq!(pack["ready"], false, "{pack}");
    assert_eq!(
        pack["files"].as_array().unwrap().len(),
        1,
        "only the cover note: {pack}"
    );
    let printed = root.path().join("printed.pdf");
    let export = [
        "export-document",
        "--member",
        &child,
        "--out",
        printed.to_str().unwrap(),
    ];
    let refused = fails(v, 1, &export);
    assert!(
        refused.contains("confirm") && !refused.contains("花子"),
        "{refused}"
    );
    assert!(!printed.exists());
    let advice = ok(
        v,
        &[
            "advise",
            "--member",
            &child,
            "--visit",
            "clinic",
            "--today",
            "2026-11-21",
        ],
    );
    assert!(
        advice["alerts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["code"] == "document_not_theirs"),
        "{advice}"
    );

    // Another member's document cannot be confirmed through this one.
    let parent = add(v, "デジタル 花子", "1990-01-01", "self");
    fails(
        v,
        1,
        &[
            "confirm-owner",
            "--member",
            &parent,
            "--document",
            &document,
        ],
    );
    let confirmed = ok(
        v,
        &["confirm-owner", "--member", &child, "--document", &document],
    );
    assert_eq!(
        confirmed,
        json!({ "document": imported["document"], "owner": "mismatch", "owner_confirmed": true })
    );
    // The first pack's cover note is there: replacing it takes --force (output files are exclusive).
    fails(v, 1, &pack_args);
    let pack = ok(v, &[&pack_args[..], &["--force"]].concat());
    assert_eq!(pack["hand_over"], "saved_pdf");
    assert_eq!(pack["files"].as_array().unwrap().len(), 2, "{pack}");
    ok(v, &export);
    assert_eq!(
        std::fs::read(&printed).unwrap(),
        std::fs::read(&pdf).unwrap()
    );

    // The same PDF for its own member matches.
    let own = ok(
        v,
        &["import", &pdf, "--member", &parent, "--today", "2026-11-21"],
    );
    assert_eq!(own["owner"], "match");
}

#[test]
fn reminders_come_from_the_vault_for_one_member_or_the_household() {
    let root = tempfile::tempdir().unwrap();
    let v = &root.path().join("v");
    // Issue 11, item 13.
    let taro = vault_with(v, "山田 太郎", "1981-03-14", "self");
    let hanako = add(v, "山田 花子", "1983-06-01", "spouse");
    for id in [&taro, &hanako] {
        registered_card(v, id, "2031-03-14", "2027-03-14");
    }
    let all = ok(v, &["reminders", "--today", "2026-11-21"]);
    let all = all.as_array().unwrap();
    let ids: std::collections::BTreeSet<&str> =
        all.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), all.len(), "IDs unique across members: {all:?}");
    let members: std::collections::BTreeSet<String> =
        all.iter().map(|r| r["member"].to_string()).collect();
    assert_eq!(
        members,
        [taro.clone(), hanako.clone()].into_iter().collect()
    );
    for reminder in all {
        for key in ["id", "fire_on", "kind", "deadline", "title", "body"] {
            assert!(reminder.get(key).is_some(), "{key}: {reminder}");
        }
        assert!(!reminder["title"].as_str().unwrap().contains("太郎"));
    }

    let one = ok(
        v,
        &["reminders", "--member", &taro, "--today", "2026-11-21"],
    );
    let one = one.as_array().unwrap();
    assert!(
        !one.is_empty()
            && one
                .iter()
                .all(|r| r["member"] == taro.parse::<i64>().unwrap())
    );
    let named = ok(
        v,
        &[
            "reminders",
            "--member",
            &taro,
            "--names",
            "--lang",
            "en",
            "--today",
            "2026-11-21",
        ],
    );
    assert!(
        named
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["title"].as_str().unwrap().contains("太郎")),
        "{named}"
    );

    let ics = ok_text(v, &["reminders", "--ics", "--today", "2026-11-21"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
    assert!(ics.matches("BEGIN:VEVENT").count() > 0);
    assert!(!ics.contains("太郎") && !ics.contains("花子"));
    // One event per deadline, on the deadline's own date (not on the reminder days).
    // The calendar has no horizon: every deadline of the advice from today on.
    let mut deadlines = std::collections::BTreeSet::new();
    for id in [&taro, &hanako] {
        let advice = ok(
            v,
            &[
                "advise",
                "--member",
                id,
                "--visit",
                "clinic",
                "--today",
                "2026-11-21",
            ],
        );
        for deadline in advice["deadlines"].as_array().unwrap() {
            let date = deadline["date"].as_str().unwrap();
            if date >= "2026-11-21" {
                deadlines.insert(date.replace('-', ""));
            }
        }
    }
    let starts: std::collections::BTreeSet<String> = ics
        .lines()
        .filter_map(|l| l.strip_prefix("DTSTART;VALUE=DATE:"))
        .map(str::to_owned)
        .collect();
    assert!(
        !starts.is_empty() && starts.is_subset(&deadlines),
        "{starts:?} {deadlines:?}"
    );
    let named = ok_text(
        v,
        &[
            "reminders",
            "--ics",
            "--names",
            "--member",
            &taro,
            "--today",
            "2026-11-21",
        ],
    );
    assert!(
        named.contains("太郎さん") && !named.contains("花子"),
        "{named}"
    );

    fails(
        v,
        1,
        &["reminders", "--member", "99", "--today", "2026-11-21"],
    );
}
