//! Access to the encrypted vault of `shikaku --vault DIR …` (`docs/contracts/cli.md`, "Vault
//! commands"): the `--vault` option, opening the vault, and where its passphrase comes from —
//! `SHIKAKU_PASSPHRASE`, else a prompt on the terminal, never an argument.

use std::path::{Path, PathBuf};

use clap::Args;
use shikaku_core::vault::{Passphrase, Unlock, Vault};

use crate::error::CliError;

/// The environment variable that holds the vault passphrase.
const PASSPHRASE_ENV: &str = "SHIKAKU_PASSPHRASE";

/// `--vault DIR`: the vault the vault commands work on.
#[derive(Args)]
pub(crate) struct VaultOption {
    /// The encrypted vault directory (vault commands only).
    #[arg(long, global = true, value_name = "DIR")]
    vault: Option<PathBuf>,
}

/// The `--vault` directory, or a usage error (exit 2).
pub(crate) fn vault_dir(option: &VaultOption) -> &Path {
    match &option.vault {
        Some(dir) => dir,
        None => clap::Error::raw(
            clap::error::ErrorKind::MissingRequiredArgument,
            "this command needs --vault DIR\n",
        )
        .exit(),
    }
}

/// Opens the vault with the passphrase.
pub(crate) fn open(dir: &Path) -> Result<Vault, CliError> {
    Ok(Vault::open(dir, Unlock::Passphrase(&passphrase(false)?))?)
}

/// The vault's passphrase from the environment, else from the terminal (typed twice when
/// `confirm`).
pub(crate) fn passphrase(confirm: bool) -> Result<Passphrase, CliError> {
    PASSPHRASE.read(confirm)
}

/// Where a passphrase comes from: an environment variable, else the terminal.
pub(crate) struct PassphraseSource {
    env: &'static str,
    prompt: &'static str,
}

/// The vault's passphrase.
const PASSPHRASE: PassphraseSource = PassphraseSource {
    env: PASSPHRASE_ENV,
    prompt: "Vault passphrase: ",
};

/// The new passphrase of `change-passphrase`.
pub(crate) const NEW_PASSPHRASE: PassphraseSource = PassphraseSource {
    env: "SHIKAKU_NEW_PASSPHRASE",
    prompt: "New vault passphrase: ",
};

impl PassphraseSource {
    /// The passphrase from the environment, else from the terminal (typed twice when `confirm`).
    pub(crate) fn read(&self, confirm: bool) -> Result<Passphrase, CliError> {
        let passphrase = Passphrase::new(self.text(self.prompt)?)?;
        if confirm
            && std::env::var_os(self.env).is_none()
            && Passphrase::new(self.text("Repeat the passphrase: ")?)? != passphrase
        {
            return Err(CliError::PassphraseMismatch);
        }
        Ok(passphrase)
    }

    /// The text of the environment variable, else what is typed at `prompt` on the terminal.
    fn text(&self, prompt: &str) -> Result<String, CliError> {
        match std::env::var_os(self.env) {
            Some(text) => text
                .into_string()
                .map_err(|_| CliError::PassphraseNotUtf8(self.env)),
            None => {
                rpassword::prompt_password(prompt).map_err(|e| CliError::NoPassphrase(self.env, e))
            }
        }
    }
}

/// The vault passphrase's text as typed (for the app core, which checks it itself).
pub(crate) fn passphrase_text() -> Result<String, CliError> {
    PASSPHRASE.text(PASSPHRASE.prompt)
}

/// Exit 1 with one line when some records could not be read (the others were printed).
pub(crate) fn damaged(count: usize) -> Result<(), CliError> {
    match count {
        0 => Ok(()),
        _ => Err(CliError::Damaged(count)),
    }
}
