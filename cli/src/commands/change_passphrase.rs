//! `change-passphrase` (`docs/contracts/cli.md`, "Vault commands"): the new passphrase from
//! `SHIKAKU_NEW_PASSPHRASE`, else typed twice; every record is re-encrypted under a new data key.

use serde_json::json;
use shikaku_core::vault::Unlock;

use crate::error::CliError;
use crate::print::print_json;
use crate::vault_access::{open, vault_dir, VaultOption, NEW_PASSPHRASE};

/// Opens the vault with the current passphrase and rotates its key to the new one.
pub(crate) fn run(option: &VaultOption) -> Result<(), CliError> {
    let dir = vault_dir(option);
    let vault = open(dir)?;
    let new = NEW_PASSPHRASE.read(true)?;
    vault
        .rotate_key(Unlock::Passphrase(&new))
        .map_err(CliError::from)?;
    print_json(&json!({ "passphrase_changed": true }))
}
