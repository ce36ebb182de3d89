//! `shikaku view SCREEN`: the view models the phones draw, printed from a vault.

use serde_json::Value;

mod common;

use common::{shikaku, PASSPHRASE};

#[test]
fn prints_a_screen_as_json_and_as_text_and_refuses_a_wrong_passphrase() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("vault");
    assert!(shikaku(&dir, PASSPHRASE, &["init"]).status.success());
    let added = shikaku(
        &dir,
        PASSPHRASE,
        &[
            "member",
            "add",
            "--name",
            "山田 花子",
            "--birth",
            "1950-03-15",
        ],
    );
    assert!(added.status.success(), "{added:?}");

    let json = shikaku(
        &dir,
        PASSPHRASE,
        &[
            "view",
            "household",
            "--json",
            "--lang",
            "en",
            "--today",
            "2026-12-02",
        ],
    );
    assert!(json.status.success(), "{json:?}");
    let view: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(view["title"], "Household");
    assert_eq!(view["content"]["kind"], "household");
    assert_eq!(view["content"]["view"]["members"][0]["name"], "山田 花子");

    let text = shikaku(
        &dir,
        PASSPHRASE,
        &["view", "member", "--member", "1", "--today", "2026-12-02"],
    );
    assert!(text.status.success(), "{text:?}");
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("世帯員\n"), "{text}");
    assert!(
        text.contains("1950年3月15日（昭和25年3月15日）（76歳）"),
        "{text}"
    );

    let missing = shikaku(&dir, PASSPHRASE, &["view", "pin", "--today", "2026-12-02"]);
    assert_eq!(missing.status.code(), Some(1));

    let wrong = shikaku(
        &dir,
        "wrong",
        &["view", "household", "--today", "2026-12-02"],
    );
    assert_eq!(wrong.status.code(), Some(1));
    let stderr = String::from_utf8(wrong.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}
