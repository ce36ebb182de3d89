//! The pure commands through the real binary: JSON shape on stdout, and bad input answered with
//! exit 1 and one line on stderr, never a panic (`docs/contracts/advice.md`); version 2: no rule ID in human output, `expiry`
//! refuses a birth after the issue and never invents a card expiry, the demo obeys its rules.

use assert_cmd::Command;
use serde_json::{json, Value};

fn shikaku() -> Command {
    Command::cargo_bin("shikaku").unwrap()
}

fn scenario() -> Value {
    json!({
        "today": "2026-11-21", "visit": "clinic", "online_check": "reader_broken",
        "person": {
            "birth_date": "1981-10-15",
            "card": { "expires": "2031-10-15", "ecert_expires": "2026-10-15", "insurance_registered": true, "pin_failures": 0 },
            "saved_pdf": { "saved_at": "2026-04-02" }
        }
    })
}

/// Runs with `stdin` and returns (exit code, stdout, stderr).
fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let output = shikaku().args(args).write_stdin(stdin).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn assert_user_error(args: &[&str], stdin: &str, expected: &str) {
    let (code, stdout, stderr) = run(args, stdin);
    assert_eq!(code, 1, "stderr: {stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert_eq!(stderr.lines().count(), 1, "one line expected: {stderr}");
    assert!(
        stderr.starts_with("shikaku: ") && stderr.contains(expected),
        "{stderr}"
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "{stderr}"
    );
}

#[test]
fn advise_prints_the_advice_json_from_stdin_and_from_a_file() {
    let (code, stdout, stderr) = run(&["advise", "--scenario", "-"], &scenario().to_string());
    assert_eq!(code, 0, "{stderr}");
    let advice: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(advice["covered"], true);
    assert_eq!(
        advice["carry"][0],
        json!({ "item": "mynacard", "need": "required", "copy_ok": false })
    );
    assert_eq!(
        advice["carry"][1],
        json!({ "item": "saved_pdf", "need": "one_of", "group": "with_card", "copy_ok": false })
    );
    assert_eq!(
        advice["alerts"],
        json!([{ "code": "ecert_grace", "severity": "warning", "date": "2027-01-31", "rule": "R-ECERT-3" }])
    );
    // Version 2, change 3: the reader is broken, so the staff check the card by eye.
    assert_eq!(advice["steps"], json!(["show_card", "show_backup"]));
    let kinds: Vec<&str> = advice["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "ecert_renewal_opens",
            "ecert_expiry",
            "ecert_grace_ends",
            "card_expiry",
        ]
    );

    let dir = std::env::temp_dir().join(format!("shikaku-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("scenario.json");
    std::fs::write(&file, scenario().to_string()).unwrap();
    let (code, from_file, _) = run(&["advise", "--scenario", file.to_str().unwrap()], "");
    assert_eq!(code, 0);
    assert_eq!(from_file, stdout);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn bad_scenarios_exit_1_with_one_line() {
    assert_user_error(
        &["advise", "--scenario", "-"],
        "{ not json",
        "not valid JSON (line 1, column 3)",
    );
    assert_user_error(&["advise", "--scenario", "-"], "", "not valid JSON");
    let mut unknown_visit = scenario();
    unknown_visit["visit"] = json!("hospital");
    assert_user_error(
        &["advise", "--scenario", "-"],
        &unknown_visit.to_string(),
        "`visit`: unknown variant `hospital`",
    );
    let mut impossible = scenario();
    impossible["person"]["birth_date"] = json!("1981-02-29");
    assert_user_error(
        &["advise", "--scenario", "-"],
        &impossible.to_string(),
        "`person.birth_date`: not a valid date",
    );
    let (_, _, stderr) = run(&["advise", "--scenario", "-"], &impossible.to_string());
    assert!(
        !stderr.contains("1981"),
        "the rejected date of birth must not be echoed: {stderr}"
    );
    let mut full_number = scenario();
    full_number["person"]["card"]["last4"] = json!("123456789018");
    assert_user_error(
        &["advise", "--scenario", "-"],
        &full_number.to_string(),
        "never stored",
    );
    assert_user_error(
        &["advise", "--scenario", "/nonexistent/scenario.json"],
        "",
        "cannot read /nonexistent/scenario.json",
    );
}

#[test]
fn expiry_follows_r_card_1_and_r_ecert_1() {
    let (code, stdout, _) = run(
        &["expiry", "--issued", "2026-01-15", "--birth", "1980-05-10"],
        "",
    );
    assert_eq!(code, 0);
    assert_eq!(
        serde_json::from_str::<Value>(&stdout).unwrap(),
        json!({ "card_expires": "2035-05-10", "ecert_expires": "2030-05-10" })
    );
    // 19 when applying before 2022-04-01: a minor under the old rule, five birthdays.
    let (_, stdout, _) = run(
        &[
            "expiry",
            "--issued",
            "2022-05-01",
            "--birth",
            "2002-06-01",
            "--applied",
            "2022-03-01",
        ],
        "",
    );
    assert_eq!(
        serde_json::from_str::<Value>(&stdout).unwrap()["card_expires"],
        "2026-06-01"
    );
    let (_, stdout, _) = run(
        &[
            "expiry",
            "--issued",
            "2026-03-01",
            "--birth",
            "1980-05-10",
            "--renewed-in-window",
            "--card-expires",
            "2036-05-10",
        ],
        "",
    );
    assert_eq!(
        serde_json::from_str::<Value>(&stdout).unwrap(),
        json!({ "card_expires": "2036-05-10", "ecert_expires": "2031-05-10" })
    );
    assert_user_error(
        &["expiry", "--issued", "2026-02-30", "--birth", "1980-05-10"],
        "",
        "--issued: not a valid date",
    );
}

/// Wrong today 11: `--renewed-in-window` invented `card_expires`, and a birth after the issue
/// date was accepted.
#[test]
fn expiry_never_invents_a_card_expiry_and_refuses_a_birth_after_the_issue() {
    let (code, stdout, stderr) = run(
        &[
            "expiry",
            "--issued",
            "2026-03-01",
            "--birth",
            "1980-05-10",
            "--renewed-in-window",
        ],
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        serde_json::from_str::<Value>(&stdout).unwrap(),
        json!({ "card_expires": null, "ecert_expires": "2031-05-10" })
    );
    assert_user_error(
        &["expiry", "--issued", "2026-03-01", "--birth", "2026-03-02"],
        "",
        "date of birth is after the issue",
    );
    let (_, _, stderr) = run(
        &["expiry", "--issued", "2026-03-01", "--birth", "2026-03-02"],
        "",
    );
    assert!(!stderr.contains("2026"), "no date echoed: {stderr}");
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, stderr) = run(&["advise"], "");
    assert_eq!(code, 2, "{stderr}");
    let (code, _, _) = run(&["frobnicate"], "");
    assert_eq!(code, 2);
}

#[test]
fn demo_prints_the_household_in_japanese_and_english() {
    let (code, ja, stderr) = run(&["demo"], "");
    assert_eq!(code, 0, "{stderr}");
    assert!(
        ja.contains("デジタル 花子") && ja.contains("保険証としては2027年1月31日まで使えます"),
        "{ja}"
    );
    // Wrong today 8: no count of tries left.
    assert!(
        ja.contains("次にまちがえると、ロックされるおそれがあります"),
        "{ja}"
    );
    assert!(!ja.contains("あと1回"), "{ja}");
    // Wrong today 4: at 75 the card keeps working, and no "save again for the new ratio".
    assert!(
        ja.contains("75歳になり") && ja.contains("マイナ保険証は誕生日のあとも使えます"),
        "{ja}"
    );
    assert!(!ja.contains("負担割合の有効期限"), "{ja}");
    assert!(
        ja.contains("先生（保育園では保育士さん）に預けておきます"),
        "{ja}"
    );
    // The mother is in grace with the reader broken: the visit check shows no reader steps
    // and tells her to have the card checked by eye (the app's visit-check view model).
    let mother = ja.split("受診前の確認").nth(1).unwrap();
    assert!(
        !mother.contains("カードリーダーにマイナ保険証を置きます"),
        "{mother}"
    );
    assert!(mother.contains("目で見て確認"), "{mother}");
    // Steps come numbered by the core, each marker on its step's line.
    assert!(
        mother.contains("1. マイナ保険証を受付の方に見せ、目で見て確認"),
        "{mother}"
    );
    // The counter card of the mother, from her Mynaportal PDF.
    assert!(
        ja.contains("窓口カード") && ja.contains("XX健康保険組合"),
        "{ja}"
    );
    // Wrong today 5: no rule IDs for the public.
    for output in [&ja, &en_demo()] {
        assert!(!has_rule_id(output), "{output}");
    }
    let (code, en, _) = run(&["demo", "--lang", "en"], "");
    assert_eq!(code, 0);
    assert!(en.contains("デジタル 花子") && en.contains("2027"), "{en}");
    assert!(
        !en.contains("保険証としては"),
        "English output has Japanese sentences: {en}"
    );
    // Another day, another answer: two months on the mother's grace has ended.
    let (_, later, _) = run(&["demo", "--today", "2027-02-01"], "");
    assert!(later.contains("登録が解除されています"), "{later}");
    assert!(!has_rule_id(&later), "{later}");
}

/// Version 2: help texts never print rule IDs either.
#[test]
fn help_texts_carry_no_rule_id() {
    for command in [
        &["--help"][..],
        &["advise", "--help"],
        &["expiry", "--help"],
        &["reminders", "--help"],
        &["demo", "--help"],
        &["school-pack", "--help"],
        &["import", "--help"],
    ] {
        let (code, stdout, _) = run(command, "");
        assert_eq!(code, 0, "{command:?}");
        assert!(
            !stdout.is_empty() && !has_rule_id(&stdout),
            "{command:?}: {stdout}"
        );
    }
}

fn en_demo() -> String {
    run(&["demo", "--lang", "en"], "").1
}

/// `R-` followed by an upper-case letter: the shape of every rule ID.
fn has_rule_id(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w[0] == b'R' && w[1] == b'-' && w[2].is_ascii_uppercase())
}
