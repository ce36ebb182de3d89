mod extract;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// shikaku: the terminal shell over the Shikaku Pocket core.
#[derive(Debug, Parser)]
#[command(name = "shikaku", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    #[command(flatten)]
    Document(extract::Command),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Document(command) => extract::run(command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("shikaku: {error}");
            ExitCode::from(1)
        }
    }
}
