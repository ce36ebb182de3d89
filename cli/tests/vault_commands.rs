//! The vault commands of `docs/contracts/cli.md` as a tester would run them: one household from
//! `init` to `wipe`, and the failures that must exit 1 with one line and change nothing.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

mod common;

use common::{shikaku, PASSPHRASE};

/// Runs a command that must succeed and returns its JSON.
fn ok(dir: &Path, args: &[&str]) -> Value {
    let output = shikaku(dir, PASSPHRASE, args);
    assert!(output.status.success(), "{args:?}: {output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

/// Runs a command that must fail as a user error and returns its one stderr line.
fn user_error(dir: &Path, passphrase: &str, args: &[&str]) -> String {
    let output = shikaku(dir, passphrase, args);
    assert_eq!(output.status.code(), Some(1), "{args:?}: {output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    stderr
}

#[test]
fn a_household_from_init_to_wipe() {
    let root = tempfile::tempdir().unwrap();
    let vault = root.path().join("vault");
    let v = vault.as_path();
    assert_eq!(ok(v, &["init"])["created"], true);
    assert!(user_error(v, PASSPHRASE, &["init"]).contains("already exists"));
    let id = ok(
        v,
        &[
            "member",
            "add",
            "--name",
            "山田太郎",
            "--birth",
            "1952-02-29",
            "--mynaportal-app",
        ],
    )["id"]
        .to_string();
    ok(
        v,
        &[
            "card",
            "set",
            "--member",
            &id,
            "--expires",
            "2031-05-10",
            "--ecert-expires",
            "2026-05-10",
            "--registered",
        ],
    );
    let pdf = root.path().join("資格情報.pdf");
    let original = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/tests/fixtures/mynaportal_embedded.pdf"
    ))
    .unwrap();
    std::fs::write(&pdf, &original).unwrap();
    let extract = ok(
        v,
        &[
            "import",
            pdf.to_str().unwrap(),
            "--member",
            &id,
            "--field",
            "saved_at=2026-01-01",
        ],
    );
    assert_eq!(extract["kind"], "mynaportal_pdf");
    // What the importer read from the PDF; the typed saved_at is what the vault keeps.
    assert_eq!(extract["fields"]["saved_at"], "2025-01-01");
    assert_eq!(extract["fields"]["insurer_number"], "06139992");
    assert_eq!(extract["missing"], serde_json::json!([]));
    assert!(extract["document"].is_i64());
    // The sample PDF names デジタル 花子 (R-OWNER-1): confirmed as this member's to go on.
    assert_eq!(extract["owner"], "mismatch");
    let document = extract["document"].to_string();
    ok(
        v,
        &["confirm-owner", "--member", &id, "--document", &document],
    );
    ok(
        v,
        &["pin", "fail", "--member", &id, "--today", "2026-06-30"],
    );
    let pin = ok(
        v,
        &["pin", "fail", "--member", &id, "--today", "2026-07-01"],
    );
    assert_eq!(pin["tries_left"]["at_most"], 1);

    let advice = ok(
        v,
        &[
            "advise",
            "--member",
            &id,
            "--visit",
            "clinic",
            "--today",
            "2026-07-01",
        ],
    );
    let alert = |code: &str| {
        advice["alerts"]
            .as_array()
            .is_some_and(|alerts| alerts.iter().any(|a| a["code"] == code))
    };
    assert!(alert("ecert_grace") && alert("pin_last_try"), "{advice}");
    let card = ok(v, &["show", "--member", &id]);
    assert_eq!(card["member"]["name"], "山田太郎");
    assert_eq!(card["documents"]["items"][0]["source"], "資格情報.pdf");

    let out = root.path().join("printed.pdf");
    ok(
        v,
        &[
            "export-document",
            "--member",
            &id,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(std::fs::read(&out).unwrap(), original);

    // The school pack is for children (advice version 2): a member born in 1952 is refused with
    // one line, and nothing is written.
    let pack_dir = root.path().join("pack");
    let refused = user_error(
        v,
        PASSPHRASE,
        &[
            "school-pack",
            "--member",
            &id,
            "--out",
            pack_dir.to_str().unwrap(),
            "--contact",
            "090-0000-0000",
            "--today",
            "2026-07-01",
        ],
    );
    assert_eq!(
        refused,
        "shikaku: invalid input: the school pack is for children: this member is an adult\n"
    );
    assert!(!pack_dir.join("cover-note.html").exists());

    // A use case's refusals keep their words (issue 10): a full My Number typed into a field,
    // and a field that fails its own rule; nothing is stored.
    for (field, said) in [
        (
            "last4=1234 5678 9018",
            "shikaku: field `last4`: a 12-digit My Number is never stored (only its last 4 \
             digits may be kept)\n",
        ),
        (
            "copy_only=yes",
            "shikaku: field `copy_only`: expected true or false\n",
        ),
    ] {
        let args = [
            "import",
            pdf.to_str().unwrap(),
            "--member",
            &id,
            "--field",
            field,
        ];
        assert_eq!(user_error(v, PASSPHRASE, &args), said);
    }

    // A wrong passphrase opens nothing and changes nothing.
    assert!(user_error(v, "wrong", &["member", "add", "--name", "X"]).contains("wrong passphrase"));
    assert_eq!(ok(v, &["member", "list"]).as_array().unwrap().len(), 1);

    let backup = root.path().join("household.backup");
    ok(v, &["backup", "export", backup.to_str().unwrap()]);
    let restored = root.path().join("restored");
    assert!(user_error(
        &restored,
        "wrong",
        &["backup", "import", backup.to_str().unwrap()]
    )
    .contains("wrong backup passphrase"));
    assert!(!restored.join("vault.sqlite").exists());
    ok(&restored, &["backup", "import", backup.to_str().unwrap()]);
    assert_eq!(ok(&restored, &["show", "--member", &id]), card);

    assert_eq!(ok(v, &["wipe"])["wiped"], true);
    assert!(user_error(v, PASSPHRASE, &["member", "list"]).contains("no vault"));
}

#[test]
fn a_damaged_vault_exits_1_with_one_line_and_no_personal_data() {
    let root = tempfile::tempdir().unwrap();
    let v = root.path();
    ok(v, &["init"]);
    ok(v, &["member", "add", "--name", "山田花子"]);
    let path = v.join("vault.sqlite");
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let stderr = user_error(v, PASSPHRASE, &["member", "list"]);
    assert!(
        stderr.contains("damaged") && !stderr.contains("花子"),
        "{stderr}"
    );
}

#[test]
fn a_vault_command_without_vault_is_a_usage_error() {
    let output = Command::cargo_bin("shikaku")
        .unwrap()
        .args(["member", "list"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
}

/// A vault with one member holding one photo; returns the member id.
fn vault_with_a_photo(root: &Path, v: &Path) -> String {
    ok(v, &["init"]);
    let id = ok(
        v,
        &["member", "add", "--name", "Hanako", "--relation", "child"],
    )["id"]
        .to_string();
    let photo = root.join("photo.jpg");
    std::fs::write(&photo, b"\xFF\xD8\xFF\xE0\0\x10JFIF photo").unwrap();
    ok(
        v,
        &[
            "import",
            photo.to_str().unwrap(),
            "--member",
            &id,
            "--kind",
            "certificate",
            "--field",
            "expires=2027-01-01",
        ],
    );
    id
}

/// Issue 14, defect 5: output files are never clobbered without --force, never follow a link
/// (a dangling one does not create its target), never land in the vault directory, and are
/// private (0600 files, 0700 directories).
#[cfg(unix)]
#[test]
fn output_files_are_exclusive_private_and_never_follow_links() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777;
    let root = tempfile::tempdir().unwrap();
    let vault = root.path().join("vault");
    let v = vault.as_path();
    let id = vault_with_a_photo(root.path(), v);
    let export = |out: &Path, force: bool| {
        let mut args = vec![
            "export-document",
            "--member",
            &id,
            "--out",
            out.to_str().unwrap(),
        ];
        if force {
            args.push("--force");
        }
        shikaku(v, PASSPHRASE, &args)
    };

    let existing = root.path().join("existing.jpg");
    std::fs::write(&existing, b"keep me").unwrap();
    assert_eq!(export(&existing, false).status.code(), Some(1));
    assert_eq!(std::fs::read(&existing).unwrap(), b"keep me");
    assert!(export(&existing, true).status.success());
    assert_ne!(std::fs::read(&existing).unwrap(), b"keep me");
    assert_eq!(mode(&existing), 0o600);

    let target = root.path().join("target");
    let link = root.path().join("link.jpg");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    assert_eq!(export(&link, false).status.code(), Some(1));
    assert!(!target.exists(), "a dangling link created its target");
    assert!(export(&link, true).status.success());
    assert!(!target.exists(), "--force followed the link");
    assert!(!std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());

    let db = vault.join("vault.sqlite");
    let before = std::fs::read(&db).unwrap();
    for force in [false, true] {
        let error = export(&db, force);
        assert_eq!(error.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&error.stderr).contains("vault directory"));
    }
    assert_eq!(std::fs::read(&db).unwrap(), before);

    let pack = root.path().join("pack");
    let pack_args = [
        "school-pack",
        "--member",
        &id,
        "--out",
        pack.to_str().unwrap(),
        "--today",
        "2026-11-21",
    ];
    ok(v, &pack_args);
    assert_eq!(mode(&pack), 0o700);
    assert_eq!(mode(&pack.join("cover-note.html")), 0o600);
    let again = shikaku(v, PASSPHRASE, &pack_args);
    assert_eq!(again.status.code(), Some(1), "the pack was overwritten");
    let error = shikaku(
        v,
        PASSPHRASE,
        &["school-pack", "--member", &id, "--out", v.to_str().unwrap()],
    );
    assert_eq!(error.status.code(), Some(1));

    let backup = root.path().join("household.backup");
    ok(v, &["backup", "export", backup.to_str().unwrap()]);
    assert_eq!(mode(&backup), 0o600);
    assert_eq!(
        shikaku(
            v,
            PASSPHRASE,
            &["backup", "export", backup.to_str().unwrap()]
        )
        .status
        .code(),
        Some(1)
    );
    let dangling = root.path().join("backup-link");
    std::os::unix::fs::symlink(root.path().join("backup-target"), &dangling).unwrap();
    assert_eq!(
        shikaku(
            v,
            PASSPHRASE,
            &["backup", "export", dangling.to_str().unwrap()]
        )
        .status
        .code(),
        Some(1)
    );
    assert!(!root.path().join("backup-target").exists());
    ok(
        v,
        &["backup", "export", "--force", backup.to_str().unwrap()],
    );
    let leftovers: Vec<_> = std::fs::read_dir(root.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("partial") || n.starts_with(".shikaku-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert_eq!(mode(&vault.join("vault.sqlite")), 0o600);
}

/// Issue 14, defect 9: a scenario file is capped (1 MiB) rather than read whole.
#[test]
fn an_oversized_scenario_is_refused_without_reading_it_whole() {
    let root = tempfile::tempdir().unwrap();
    let big = root.path().join("big.json");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(300 * 1024 * 1024)
        .unwrap();
    let output = Command::cargo_bin("shikaku")
        .unwrap()
        .args(["advise", "--scenario", big.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("larger than 1 MiB"));
}

/// Issue 14, defect 7: a non-UTF-8 `SHIKAKU_PASSPHRASE` is refused with a clear message, a
/// blank or short one cannot make a vault.
#[cfg(unix)]
#[test]
fn passphrases_must_be_utf8_text_of_a_minimum_length() {
    use std::os::unix::ffi::OsStrExt;
    let root = tempfile::tempdir().unwrap();
    let v = root.path().join("vault");
    let output = Command::cargo_bin("shikaku")
        .unwrap()
        .arg("--vault")
        .arg(&v)
        .arg("init")
        .env(
            "SHIKAKU_PASSPHRASE",
            std::ffi::OsStr::from_bytes(b"\xff\xfe\xfd long enough"),
        )
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not UTF-8"));
    for short in [" ", "seven77"] {
        assert!(user_error(&v, short, &["init"]).contains("at least 8"));
    }
    assert!(!v.join("vault.sqlite").exists());
}

/// Issue 14, defect 10: the CLI runs with core dumps disabled (RLIMIT_CORE 0).
#[cfg(target_os = "linux")]
#[test]
fn the_cli_runs_without_core_dumps() {
    use std::io::Write;
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("shikaku"))
        .args(["advise", "--scenario", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // The CLI waits on its standard input; its limits are read meanwhile.
    let limits_path = format!("/proc/{}/limits", child.id());
    let mut core = None;
    for _ in 0..100 {
        std::thread::sleep(std::time::Duration::from_millis(20));
        let limits = std::fs::read_to_string(&limits_path).unwrap();
        let line = limits
            .lines()
            .find(|l| l.starts_with("Max core file size"))
            .unwrap()
            .to_owned();
        if line.split_whitespace().nth(4) == Some("0") {
            core = Some(line);
            break;
        }
    }
    child.stdin.take().unwrap().write_all(b"{}").unwrap();
    child.wait().unwrap();
    let core = core.expect("the core file size limit never became 0");
    assert_eq!(core.split_whitespace().nth(5), Some("0"), "{core}");
}

/// `change-passphrase`: the new passphrase opens the vault, the old one no longer does, a too
/// short new one is refused and changes nothing, and the records are all still there.
#[test]
fn change_passphrase_moves_the_vault_to_the_new_one() {
    let root = tempfile::tempdir().unwrap();
    let v = root.path().join("vault");
    let v = v.as_path();
    ok(v, &["init"]);
    ok(
        v,
        &[
            "member",
            "add",
            "--name",
            "山田太郎",
            "--birth",
            "1980-05-10",
        ],
    );
    let new = "a new passphrase for the vault";
    let change = |next: &str| {
        Command::cargo_bin("shikaku")
            .unwrap()
            .arg("--vault")
            .arg(v)
            .arg("change-passphrase")
            .env("SHIKAKU_PASSPHRASE", PASSPHRASE)
            .env("SHIKAKU_NEW_PASSPHRASE", next)
            .output()
            .unwrap()
    };
    let short = change("short");
    assert_eq!(short.status.code(), Some(1), "{short:?}");
    assert_eq!(ok(v, &["member", "list"]).as_array().unwrap().len(), 1);

    let changed = change(new);
    assert!(changed.status.success(), "{changed:?}");
    let said: Value = serde_json::from_slice(&changed.stdout).unwrap();
    assert_eq!(said["passphrase_changed"], true);
    assert!(user_error(v, PASSPHRASE, &["member", "list"]).contains("wrong passphrase"));
    let members = shikaku(v, new, &["member", "list"]);
    assert!(members.status.success(), "{members:?}");
    let members: Value = serde_json::from_slice(&members.stdout).unwrap();
    assert_eq!(members[0]["name"], "山田太郎");
}
