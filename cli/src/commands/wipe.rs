//! `wipe` (`docs/contracts/cli.md`, "Vault commands"): destroys the vault.

use serde_json::json;
use shikaku_core::vault::Vault;

use crate::error::CliError;
use crate::print::print_json;
use crate::vault_access::{vault_dir, VaultOption};

/// Destroys the vault of `--vault`.
pub(crate) fn run(option: &VaultOption) -> Result<(), CliError> {
    let dir = vault_dir(option);
    Vault::wipe(dir).map_err(CliError::from)?;
    print_json(&json!({ "wiped": true }))
}
