//! What the CLI's vault tests share: the test passphrase and one way to run `shikaku` on a vault.

use std::path::Path;

use assert_cmd::Command;

/// The passphrase every test vault is made with.
pub const PASSPHRASE: &str = "correct horse battery staple";

/// `shikaku --vault DIR ARGS…` with the passphrase in the environment.
pub fn shikaku(dir: &Path, passphrase: &str, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("shikaku")
        .unwrap()
        .arg("--vault")
        .arg(dir)
        .args(args)
        .env("SHIKAKU_PASSPHRASE", passphrase)
        .output()
        .unwrap()
}
