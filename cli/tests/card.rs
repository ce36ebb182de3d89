//! `shikaku card read --virtual CARD.json` as a tester would run it.

use assert_cmd::Command;
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    format!(
        "{}/../core/tests/fixtures/card/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn shikaku() -> Command {
    Command::cargo_bin("shikaku").unwrap()
}

fn read_ok(card: &str) -> Value {
    let output = shikaku()
        .args(["card", "read", "--virtual", &fixture(card)])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

/// Runs a read that must fail as a user error, and returns its one stderr line.
fn read_err(card: &str) -> String {
    let output = shikaku()
        .args(["card", "read", "--virtual", &fixture(card)])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    stderr
}

#[test]
fn a_healthy_card_prints_the_contract_json() {
    assert_eq!(
        read_ok("normal.json"),
        json!({
            "user_pin_tries_left": 3,
            "sign_pin_tries_left": 5,
            "aux_pin_tries_left": 3,
            "user_pin_locked": false,
            "ecert_expires": "2031-05-10",
            "card_expires": "2035-05-17"
        })
    );
}

#[test]
fn a_locked_pin_a_silent_pin_and_a_pem_certificate() {
    assert_eq!(
        read_ok("locked.json"),
        json!({
            "user_pin_tries_left": 0,
            "sign_pin_tries_left": null,
            "aux_pin_tries_left": 1,
            "user_pin_locked": true,
            "ecert_expires": "2031-05-10",
            "card_expires": null
        })
    );
}

#[test]
fn bad_cards_and_files_are_one_line_user_errors() {
    assert!(read_err("truncated.json").contains("ended after 300 of the 692 bytes"));
    assert!(read_err("not-a-card.json").contains("not a My Number card"));
    assert!(read_err("missing-cert.json").contains("no-such-cert.der"));
    assert!(read_err("no-such-card.json").contains("cannot read"));
    // A certificate is not a CARD.json.
    assert!(read_err("user-cert.pem").contains("not a valid CARD.json"));
}

#[test]
fn a_missing_option_is_a_usage_error() {
    shikaku().args(["card", "read"]).assert().code(2);
}
