//! `shikaku`: the terminal shell over the Shikaku Pocket core (`shared/spec/cli.md`). JSON on
//! stdout; one line on stderr and exit 1 for a user error; exit 2 for a usage error.

mod card;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// The Shikaku Pocket command line.
#[derive(Debug, Parser)]
#[command(name = "shikaku", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read a My Number card (a simulated one, from CARD.json).
    Card(card::CardArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Card(args) => card::run(args).map_err(|error| error.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("shikaku: {message}");
            ExitCode::FAILURE
        }
    }
}
