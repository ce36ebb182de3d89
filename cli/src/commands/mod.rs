//! The commands of `docs/contracts/cli.md`, one module per command or command group. Each owns
//! its clap arguments and its `run`; `main` lists them. A command module uses only the support
//! modules beside `commands/` (vault access, options, dates, input, printing, output files, the
//! terminal shell), never another command module.

pub(crate) mod advise;
pub(crate) mod backup;
pub(crate) mod card;
pub(crate) mod certificates;
pub(crate) mod change_passphrase;
pub(crate) mod confirm_owner;
pub(crate) mod demo;
pub(crate) mod expiry;
pub(crate) mod export_document;
pub(crate) mod extract;
pub(crate) mod import;
pub(crate) mod init;
pub(crate) mod member;
pub(crate) mod pin;
pub(crate) mod reminders;
pub(crate) mod school_pack;
pub(crate) mod show;
pub(crate) mod view;
pub(crate) mod wipe;
