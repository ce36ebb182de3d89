//! `init` (`docs/contracts/cli.md`, "Vault commands"): creates the vault; an existing one is
//! refused.

use serde_json::json;
use shikaku_core::vault::{Unlock, Vault};

use crate::error::CliError;
use crate::print::print_json;
use crate::vault_access::{passphrase, vault_dir, VaultOption};

/// Creates the vault of `--vault` (the passphrase typed twice unless it is in the environment).
pub(crate) fn run(option: &VaultOption) -> Result<(), CliError> {
    let dir = vault_dir(option);
    Vault::create(dir, Unlock::Passphrase(&passphrase(true)?)).map_err(CliError::from)?;
    print_json(&json!({ "created": true }))
}
