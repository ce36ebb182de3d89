//! `shikaku`: the terminal shell over the Shikaku Pocket core (`docs/contracts/cli.md`). It parses
//! arguments, reads files and prints; every decision is the core's.

mod advise;
mod card;
mod demo;
mod error;
mod extract;
mod input;
mod member_facts;
mod output;
mod owner;
mod process;
mod reminders;
mod shell;
mod vault;
mod vault_reminders;
mod view;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::error::CliError;

/// Shikaku Pocket: what to carry to the clinic in the マイナ保険証 era.
#[derive(Parser)]
#[command(name = "shikaku", version, about)]
struct Cli {
    #[command(flatten)]
    vault: vault::VaultOption,
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
    Expiry(advise::ExpiryArgs),
    /// The main job on a sample household, printed for a person to read.
    Demo(demo::DemoArgs),
    #[command(flatten)]
    Document(extract::Command),
    /// The reminders a phone would schedule for a scenario's person, as JSON or iCalendar.
    Reminders(reminders::RemindersArgs),
    #[command(flatten)]
    Vault(vault::VaultCommand),
    /// Confirm that a stored document whose printed name is not the member's is theirs.
    ConfirmOwner(owner::ConfirmOwnerArgs),
    #[command(flatten)]
    Facts(member_facts::Command),
    /// One screen's view model from the vault, as the phones draw it (for testers and designers).
    View(view::ViewArgs),
}

fn run(cli: Cli) -> Result<(), CliError> {
    match cli.command {
        Command::Advise(args) => advise::advise(args, &cli.vault),
        Command::Card(args) => card::run(args, &cli.vault),
        Command::Expiry(args) => advise::expiry(args),
        Command::Demo(args) => demo::demo(args),
        Command::Document(command) => Ok(extract::run(command)?),
        Command::Reminders(args) => reminders::reminders(args, &cli.vault),
        Command::Vault(command) => vault::run(&cli.vault, command),
        Command::ConfirmOwner(args) => owner::confirm_owner(&cli.vault, args),
        Command::Facts(command) => member_facts::run(&cli.vault, command),
        Command::View(args) => view::view(args, &cli.vault),
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
