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

fn json_of(output: &[u8]) -> Value {
    serde_json::from_slice(output).unwrap()
}

#[test]
fn extract_prints_the_fields_of_a_mynaportal_pdf() {
    let output = shikaku()
        .args(["extract", &fixture("mynaportal_elderly.pdf")])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let value = json_of(&output);
    assert_eq!(value["kind"], "mynaportal_pdf");
    assert_eq!(value["fields"]["insurer_number"], "39131016");
    assert_eq!(value["fields"]["share_ratio"], 1);
    assert_eq!(value["fields"]["share_ratio_expires"], "2026-07-31");
    assert_eq!(value["fields"]["branch"], Value::Null);
    assert_eq!(value["missing"], json!([]));
}

#[test]
fn extract_lists_refused_fields_as_missing() {
    let output = shikaku()
        .args(["extract", &fixture("mynaportal_suspicious.pdf")])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let value = json_of(&output);
    assert_eq!(value["fields"]["insurer_number"], Value::Null);
    let missing = value["missing"].as_array().unwrap();
    assert!(missing.contains(&json!("insurer_number")));
    assert!(missing.contains(&json!("number")));
    assert!(!String::from_utf8_lossy(&output).contains("9018"));
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
        let output = shikaku()
            .args(["extract", &fixture(name)])
            .assert()
            .code(1)
            .get_output()
            .clone();
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{name}: {stderr}");
        assert!(stderr.contains(message), "{name}: {stderr}");
        assert!(output.stdout.is_empty(), "{name}");
    }
}

#[test]
fn check_insurer_number_answers_with_exit_0_either_way() {
    let valid = shikaku()
        .args(["check", "insurer-number", "01040013"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        json_of(&valid),
        json!({"valid": true, "kind": "kyokai_kenpo"})
    );
    let kokuho = shikaku()
        .args(["check", "insurer-number", "131011"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(json_of(&kokuho)["kind"], "national_health_insurance");
    let invalid = shikaku()
        .args(["check", "insurer-number", "01040014"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let invalid = json_of(&invalid);
    assert_eq!(invalid["valid"], false);
    assert_eq!(invalid["kind"], Value::Null);
    let my_number = shikaku()
        .args(["check", "insurer-number", "123456789018"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(my_number).unwrap();
    assert!(
        text.contains("My Number") && !text.contains("9018"),
        "{text}"
    );
}

#[test]
fn usage_errors_exit_2() {
    shikaku().args(["extract"]).assert().code(2);
    shikaku().args(["check", "insurer-number"]).assert().code(2);
    shikaku().args(["check", "colour", "x"]).assert().code(2);
}
