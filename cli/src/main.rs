//! `shikaku`: the terminal shell over the Shikaku Pocket core (`docs/contracts/cli.md`). It parses
//! arguments, reads files and prints; every decision is the core's. This file only lists the
//! commands (`commands/`, one module each) and runs the one asked for.

mod commands;
mod dates;
mod error;
mod input;
mod options;
mod output;
mod print;
mod process;
mod shell;
mod vault_access;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::commands::{
    advise, backup, card, certificates, change_passphrase, confirm_owner, demo, expiry,
    export_document, extract, import, init, member, pin, reminders, school_pack, show, view, wipe,
};
use crate::error::CliError;
use crate::options::MemberOption;
use crate::vault_access::VaultOption;

/// Shikaku Pocket: what to carry to the clinic in the マイナ保険証 era.
#[derive(Parser)]
#[command(name = "shikaku", version, about)]
struct Cli {
    #[command(flatten)]
    vault: VaultOption,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read a My Number card (a simulated one, from CARD.json).
    Card(card::CardArgs),
    /// Advice for one visit: reads a scenario (JSON, `-` for stdin), prints the advice as JSON.
    Advise(advise::AdviseArgs),
    /// Card and certificate expiry from the issue date and date of birth, as JSON.
    Expiry(expiry::ExpiryArgs),
    /// The main job on a sample household, printed for a person to read.
    Demo(demo::DemoArgs),
    #[command(flatten)]
    Document(extract::Command),
    /// The reminders a phone would schedule for a scenario's person, as JSON or iCalendar.
    Reminders(reminders::RemindersArgs),
    /// Create the vault (refuses an existing one).
    Init,
    /// Add or list household members.
    Member(member::MemberArgs),
    /// Store a document's original bytes and fields for a member; prints the extract JSON.
    Import(import::ImportArgs),
    /// Record a PIN entry of a member.
    Pin(pin::PinArgs),
    /// A member's counter card as JSON.
    Show(MemberOption),
    /// Write a member's stored document back out.
    ExportDocument(export_document::ExportDocumentArgs),
    /// Write a child's school-trip or nursery pack: the cover note and the document to print.
    SchoolPack(school_pack::SchoolPackArgs),
    /// Export the vault to a passphrase-protected file, or restore one into a fresh vault.
    Backup(backup::BackupArgs),
    /// Change the vault's passphrase: the new one comes from `SHIKAKU_NEW_PASSPHRASE`, else is
    /// asked twice on the terminal. Every record is re-encrypted under a new data key.
    ChangePassphrase,
    /// Destroy the vault.
    Wipe,
    /// Confirm that a stored document whose printed name is not the member's is theirs.
    ConfirmOwner(confirm_owner::ConfirmOwnerArgs),
    #[command(flatten)]
    Certificates(certificates::Command),
    /// One screen's view model from the vault, as the phones draw it (for testers and designers).
    View(view::ViewArgs),
}

fn run(cli: Cli) -> Result<(), CliError> {
    let vault = &cli.vault;
    match cli.command {
        Command::Card(args) => card::run(args, vault),
        Command::Advise(args) => advise::run(args, vault),
        Command::Expiry(args) => expiry::run(args),
        Command::Demo(args) => demo::run(args),
        Command::Document(command) => extract::run(command),
        Command::Reminders(args) => reminders::run(args, vault),
        Command::Init => init::run(vault),
        Command::Member(args) => member::run(args, vault),
        Command::Import(args) => import::run(args, vault),
        Command::Pin(args) => pin::run(args, vault),
        Command::Show(args) => show::run(args, vault),
        Command::ExportDocument(args) => export_document::run(args, vault),
        Command::SchoolPack(args) => school_pack::run(args, vault),
        Command::Backup(args) => backup::run(args, vault),
        Command::ChangePassphrase => change_passphrase::run(vault),
        Command::Wipe => wipe::run(vault),
        Command::ConfirmOwner(args) => confirm_owner::run(args, vault),
        Command::Certificates(command) => certificates::run(command, vault),
        Command::View(args) => view::run(args, vault),
    }
}

fn main() -> ExitCode {
    process::disable_core_dumps();
    // clap prints usage errors itself and exits with 2; --help and --version exit with 0.
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("shikaku: {error}");
            ExitCode::from(1)
        }
    }
}
