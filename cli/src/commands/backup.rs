//! `backup export FILE` and `backup import FILE` (`docs/contracts/cli.md`, "Vault commands"): a
//! passphrase-protected single file of the whole vault, and its restore into a fresh vault.

use std::io;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::json;
use shikaku_core::vault::{Unlock, Vault, VaultError};

use crate::error::CliError;
use crate::output::Output;
use crate::print::print_json;
use crate::vault_access::{passphrase, vault_dir, VaultOption};

#[derive(Args)]
pub(crate) struct BackupArgs {
    #[command(subcommand)]
    command: BackupCommand,
}

#[derive(Subcommand)]
enum BackupCommand {
    /// Write a backup of the whole vault to FILE (protected by the vault passphrase).
    Export {
        /// The backup file to write.
        file: PathBuf,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Restore FILE into a fresh vault (the backup's passphrase also locks the new vault).
    Import {
        /// The backup file to read.
        file: PathBuf,
    },
}

/// Runs `backup export` or `backup import` on the vault of `--vault`.
pub(crate) fn run(args: BackupArgs, option: &VaultOption) -> Result<(), CliError> {
    let dir = vault_dir(option);
    match args.command {
        BackupCommand::Export { file, force } => {
            let passphrase = passphrase(false)?;
            let vault =
                Vault::open(dir, Unlock::Passphrase(&passphrase)).map_err(CliError::from)?;
            Output { vault: dir, force }.replaceable(&file)?;
            vault
                .export_backup(&file, &passphrase)
                .map_err(|e| match e {
                    VaultError::Io(source) if source.kind() == io::ErrorKind::AlreadyExists => {
                        CliError::Exists(file.display().to_string())
                    }
                    other => other.into(),
                })?;
            print_json(&json!({ "exported": true }))
        }
        BackupCommand::Import { file } => {
            let passphrase = passphrase(false)?;
            let vault =
                Vault::restore_backup(dir, &file, &passphrase, Unlock::Passphrase(&passphrase))
                    .map_err(CliError::from)?;
            let members = vault.members().map_err(CliError::from)?.items.len();
            print_json(&json!({ "restored": true, "members": members }))
        }
    }
}
