//! `shikaku extract` and `shikaku check insurer-number` as a script would call them.

use assert_cmd::Command;
use serde_json::{json, Value};

fn shikaku() -> Command {
    Command::cargo_bin("shikaku").unwrap()
}

fn fixture(name: &str) -> String {
    format!(
        "{}/../core/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// Runs `shikaku ARGS`, expects exit 0, and returns its standard output.
fn stdout_of(args: &[&str]) -> String {
    let output = shikaku()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(output).unwrap()
}

fn json_of(args: &[&str]) -> Value {
    serde_json::from_str(&stdout_of(args)).unwrap()
}

#[test]
fn extract_prints_the_fields_of_a_mynaportal_pdf() {
    let value = json_of(&["extract", &fixture("mynaportal_elderly.pdf")]);
    assert_eq!(value["kind"], "mynaportal_pdf");
    assert_eq!(value["fields"]["insurer_number"], "39131016");
    assert_eq!(value["fields"]["share_ratio"], 1);
    assert_eq!(value["fields"]["share_ratio_expires"], "2026-07-31");
    assert_eq!(value["fields"]["branch"], Value::Null);
    assert_eq!(value["missing"], json!([]));
}

#[test]
fn extract_lists_refused_fields_as_missing() {
    let text = stdout_of(&["extract", &fixture("mynaportal_suspicious.pdf")]);
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["fields"]["insurer_number"], Value::Null);
    let missing = value["missing"].as_array().unwrap();
    assert!(missing.contains(&json!("insurer_number")));
    assert!(missing.contains(&json!("number")));
    assert!(!text.contains("9018"), "a full My Number is never printed");
}

#[test]
fn extract_refuses_bad_files_with_one_line_and_exit_1() {
    for (name, message) in [
        ("encrypted_user_password.pdf", "password-protected"),
        ("many_pages.pdf", "too many pages"),
        ("content_bomb.pdf", "too complex"),
        ("make_pdfs.py", "not a PDF, JPEG, PNG or HEIC"),
        ("no_such_file.pdf", "cannot read the file"),
    ] {
        let output = shikaku().args(["extract", &fixture(name)]).assert().code(1);
        let output = output.get_output();
        let stderr = String::from_utf8(output.stderr.clone()).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{name}: {stderr}");
        assert!(stderr.contains(message), "{name}: {stderr}");
        assert!(output.stdout.is_empty(), "{name}");
    }
}

#[test]
fn check_insurer_number_answers_with_exit_0_either_way() {
    let check = |number: &str| json_of(&["check", "insurer-number", number]);
    assert_eq!(
        check("01040013"),
        json!({"valid": true, "kind": "kyokai_kenpo"})
    );
    assert_eq!(check("131011")["kind"], "national_health_insurance");
    let invalid = check("01040014");
    assert_eq!(invalid["valid"], false);
    assert_eq!(invalid["kind"], Value::Null);
    assert!(invalid["reason"].as_str().unwrap().contains("check digit"));
    let my_number = check("123456789018").to_string();
    assert!(
        my_number.contains("My Number") && !my_number.contains("9018"),
        "{my_number}"
    );
}

#[test]
fn usage_errors_exit_2() {
    shikaku().args(["extract"]).assert().code(2);
    shikaku().args(["check", "insurer-number"]).assert().code(2);
    shikaku().args(["check", "colour", "x"]).assert().code(2);
}
