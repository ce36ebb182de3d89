//! The vault commands of `docs/contracts/cli.md` ("Vault commands"): `shikaku --vault DIR …` over the
//! core's encrypted household vault. The passphrase comes from `SHIKAKU_PASSPHRASE`, else from a
//! prompt on the terminal, never from an argument. Today's Japan date is read from the clock here,
//! in the shell, and passed to the core (`--today` overrides it).

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use clap::{Args, Subcommand};
use serde::de::DeserializeOwned;
use serde_json::json;
use shikaku_core::advise;
use shikaku_core::dates::InvalidDate;
use shikaku_core::import::{sniff, FileType};
use shikaku_core::numbers::Last4;
use shikaku_core::pin::PinKind;
use shikaku_core::vault::{
    CardRecord, DocumentId, Intake, MemberId, NewMember, Passphrase, PinOutcome, Unlock, Vault,
    VaultError,
};
use shikaku_core::JapanDate;

use crate::error::CliError;
use crate::input::print_json;
use crate::output::{Output, OutputError};
use crate::reminders::Lang;

/// The environment variable that holds the vault passphrase.
const PASSPHRASE_ENV: &str = "SHIKAKU_PASSPHRASE";

/// `--vault DIR`: the vault the vault commands work on.
#[derive(Args)]
pub(crate) struct VaultOption {
    /// The encrypted vault directory (vault commands only).
    #[arg(long, global = true, value_name = "DIR")]
    vault: Option<PathBuf>,
}

/// The vault commands that have no other use of their name.
#[derive(Subcommand)]
pub(crate) enum VaultCommand {
    /// Create the vault (refuses an existing one).
    Init,
    /// Add or list household members.
    Member(MemberArgs),
    /// Store a document's original bytes and fields for a member; prints the extract JSON.
    Import(ImportArgs),
    /// Record a PIN entry of a member.
    Pin(PinArgs),
    /// A member's counter card as JSON.
    Show(MemberOption),
    /// Write a member's stored document back out.
    ExportDocument(ExportDocumentArgs),
    /// Write a child's school-trip or nursery pack: the cover note and the document to print.
    SchoolPack(SchoolPackArgs),
    /// Export the vault to a passphrase-protected file, or restore one into a fresh vault.
    Backup(BackupArgs),
    /// Change the vault's passphrase: the new one comes from `SHIKAKU_NEW_PASSPHRASE`, else is
    /// asked twice on the terminal. Every record is re-encrypted under a new data key.
    ChangePassphrase,
    /// Destroy the vault.
    Wipe,
}

#[derive(Args)]
pub(crate) struct MemberArgs {
    #[command(subcommand)]
    command: MemberCommand,
}

#[derive(Subcommand)]
enum MemberCommand {
    /// Add a member; prints the new id.
    Add(MemberAddArgs),
    /// The household as JSON, in display order.
    List,
    /// Set or clear a member's version-2 facts (change of insurer, phone).
    Set(crate::member_facts::MemberSetArgs),
}

#[derive(Args)]
struct MemberAddArgs {
    /// Full name (氏名).
    #[arg(long)]
    name: String,
    /// Name in kana (フリガナ).
    #[arg(long)]
    kana: Option<String>,
    /// Date of birth, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    birth: Option<String>,
    /// Relation to the main user (続柄).
    #[arg(long, default_value = "self", value_parser = ["self", "spouse", "child", "parent", "other"])]
    relation: String,
    /// The マイナポータル app is installed and logged in on the member's phone.
    #[arg(long)]
    mynaportal_app: bool,
}

/// `--member ID`.
#[derive(Args)]
pub(crate) struct MemberOption {
    /// The member's id (from `member add` or `member list`).
    #[arg(long, value_name = "ID")]
    pub(crate) member: i64,
}

#[derive(Args)]
pub(crate) struct ImportArgs {
    /// The document file (PDF or image).
    file: PathBuf,
    #[command(flatten)]
    member: MemberOption,
    /// The document's kind; sniffed from its first bytes when absent.
    #[arg(long, value_parser = ["mynaportal_pdf", "notice", "certificate", "legacy_card", "image", "unknown"])]
    kind: Option<String>,
    /// A field typed by the user, NAME=VALUE (repeatable), e.g. `--field issued=2024-10-01`.
    #[arg(long = "field", value_name = "NAME=VALUE")]
    fields: Vec<String>,
    /// The date it is stored, YYYY-MM-DD (default: today in Japan).
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
}

#[derive(Args)]
pub(crate) struct PinArgs {
    #[command(subcommand)]
    command: PinCommand,
}

#[derive(Subcommand)]
enum PinCommand {
    /// A wrong PIN entry.
    Fail(PinEntryArgs),
    /// A correct PIN entry (resets that PIN's count).
    Ok(PinEntryArgs),
}

#[derive(Args)]
struct PinEntryArgs {
    #[command(flatten)]
    member: MemberOption,
    /// Which PIN (default: the 4-digit one the clinic reader asks for).
    #[arg(long, default_value = "user_certificate",
          value_parser = ["user_certificate", "card_info_input", "resident_registry", "signature"])]
    kind: String,
    /// The date of the entry, YYYY-MM-DD (default: today in Japan).
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
}

#[derive(Args)]
pub(crate) struct ExportDocumentArgs {
    #[command(flatten)]
    member: MemberOption,
    /// Where to write the document.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Which document (default: the member's most recently stored one).
    #[arg(long, value_name = "DOCUMENT_ID")]
    document: Option<i64>,
    /// Replace an existing file.
    #[arg(long)]
    force: bool,
}

#[derive(Args)]
pub(crate) struct SchoolPackArgs {
    #[command(flatten)]
    member: MemberOption,
    /// Directory to write `cover-note.html` and the document into (created if missing).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// `school_trip` or `nursery`.
    #[arg(long, default_value = "school_trip")]
    visit: String,
    /// A phone number or other contact for the teacher, printed on the note.
    #[arg(long)]
    contact: Option<String>,
    /// Language of the cover note.
    #[arg(long, value_enum, default_value_t = Lang::Ja)]
    lang: Lang,
    /// Today's Japan date (default: the system clock).
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
    /// Replace existing files in the directory.
    #[arg(long)]
    force: bool,
}

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

/// `card set`: the card facts the advice needs.
#[derive(Args)]
pub(crate) struct CardSetArgs {
    #[command(flatten)]
    member: MemberOption,
    /// Card body expiry (カードの有効期限), YYYY-MM-DD; leave out when not known.
    #[arg(long, value_name = "DATE")]
    expires: Option<String>,
    /// User certificate expiry (利用者証明用電子証明書の有効期限), YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    ecert_expires: String,
    /// The card is registered for insurance use (健康保険証利用登録).
    #[arg(long)]
    registered: bool,
    /// Last 4 digits of the My Number (never all 12).
    #[arg(long, value_name = "NNNN")]
    last4: Option<String>,
}

/// Debug output (required by `card`'s derives) shows no card facts.
impl std::fmt::Debug for CardSetArgs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CardSetArgs").finish_non_exhaustive()
    }
}

/// `advise --member ID --visit V [--online-check O]`: advice from the stored facts.
#[derive(Args)]
pub(crate) struct AdviseMemberArgs {
    /// Advise for this stored member (needs --vault) instead of a scenario file.
    #[arg(
        long,
        value_name = "ID",
        conflicts_with = "scenario",
        requires = "visit"
    )]
    member: Option<i64>,
    /// Where the member is going.
    #[arg(long, value_parser = ["clinic", "pharmacy", "school_trip", "nursery", "hospital_stay", "dentist"], requires = "member")]
    visit: Option<String>,
    /// Whether the clinic can check the card online.
    #[arg(long, default_value = "unknown", requires = "member",
          value_parser = ["available", "unavailable", "reader_broken", "unknown"])]
    online_check: String,
    /// Who takes the member (default: a teacher for school trips and nurseries, else themself).
    #[arg(long, requires = "member", value_parser = ["self", "parent", "teacher", "family"])]
    escort: Option<String>,
    /// Decide as of this date, YYYY-MM-DD (default: today in Japan).
    #[arg(long, value_name = "DATE", requires = "member")]
    today: Option<String>,
}

impl AdviseMemberArgs {
    /// Whether advice for a stored member was asked for.
    pub fn wanted(&self) -> bool {
        self.member.is_some()
    }
}

/// Why a vault command failed: each is a user error (exit 1), in one line without personal data.
#[derive(Debug, thiserror::Error)]
pub(crate) enum VaultCliError {
    /// The vault refused or failed.
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// A date option is not a real date.
    #[error("{option}: {source}")]
    Date {
        /// The option.
        option: &'static str,
        /// Why.
        source: InvalidDate,
    },
    /// An option's value was refused.
    #[error("{option}: {reason}")]
    Invalid {
        /// The option.
        option: &'static str,
        /// Why.
        reason: String,
    },
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    File {
        /// The file.
        path: String,
        /// Why.
        source: io::Error,
    },
    /// No passphrase in the environment variable (named) and no terminal to ask on.
    #[error("cannot read the passphrase: set {0} or run in a terminal ({1})")]
    NoPassphrase(&'static str, io::Error),
    /// The passphrase's environment variable (named) is not UTF-8 text.
    #[error("{0} is not UTF-8 text: set it to the passphrase as text")]
    PassphraseNotUtf8(&'static str),
    /// The two passphrases typed at `init` differ.
    #[error("the passphrases do not match")]
    PassphraseMismatch,
    /// Some records could not be read; the others were printed.
    #[error("{0} record(s) are damaged or were tampered with and were left out")]
    Damaged(usize),
    /// The member has no stored document to export.
    #[error("member {0} has no stored document")]
    NoDocument(i64),
    /// An output file was not written.
    #[error(transparent)]
    Output(#[from] OutputError),
    /// The clock is before 1970 or otherwise unusable.
    #[error("the system clock is not set: pass --today")]
    Clock,
}

/// Runs a vault command on the vault of `--vault`.
pub(crate) fn run(option: &VaultOption, command: VaultCommand) -> Result<(), CliError> {
    let dir = vault_dir(option);
    match command {
        VaultCommand::Init => {
            Vault::create(dir, Unlock::Passphrase(&passphrase(true)?))
                .map_err(VaultCliError::from)?;
            print_json(&json!({ "created": true }))
        }
        VaultCommand::Member(args) => member(dir, args),
        VaultCommand::Import(args) => import(dir, args),
        VaultCommand::Pin(args) => pin(dir, args),
        VaultCommand::Show(args) => {
            let card = open(dir)?
                .counter_card(MemberId(args.member))
                .map_err(VaultCliError::from)?;
            print_json(&card)?;
            Ok(damaged(card.documents.damaged.len())?)
        }
        VaultCommand::ExportDocument(args) => export_document(dir, args),
        VaultCommand::SchoolPack(args) => school_pack(dir, args),
        VaultCommand::Backup(args) => backup(dir, args),
        VaultCommand::ChangePassphrase => {
            let vault = open(dir)?;
            let new = NEW_PASSPHRASE.read(true)?;
            vault
                .rotate_key(Unlock::Passphrase(&new))
                .map_err(VaultCliError::from)?;
            print_json(&json!({ "passphrase_changed": true }))
        }
        VaultCommand::Wipe => {
            Vault::wipe(dir).map_err(VaultCliError::from)?;
            print_json(&json!({ "wiped": true }))
        }
    }
}

/// `card set`.
pub(crate) fn card_set(option: &VaultOption, args: CardSetArgs) -> Result<(), CliError> {
    let card = CardRecord {
        expires: args.expires.map(|d| date("--expires", &d)).transpose()?,
        ecert_expires: date("--ecert-expires", &args.ecert_expires)?,
        insurance_registered: args.registered,
        last4: args
            .last4
            .as_deref()
            .map(|text| {
                Last4::parse(text).map_err(|e| VaultCliError::Invalid {
                    option: "--last4",
                    reason: e.to_string(),
                })
            })
            .transpose()?,
    };
    open(vault_dir(option))?
        .set_card(MemberId(args.member.member), &card)
        .map_err(VaultCliError::from)?;
    print_json(&card)
}

/// `advise --member`.
pub(crate) fn advise_member(option: &VaultOption, args: AdviseMemberArgs) -> Result<(), CliError> {
    let (Some(member), Some(visit)) = (args.member, args.visit) else {
        // clap's `requires` makes this unreachable; answer as a usage error all the same.
        clap::Error::raw(
            clap::error::ErrorKind::MissingRequiredArgument,
            "--member needs --visit\n",
        )
        .exit()
    };
    let today = today(args.today.as_deref())?;
    let scenario = open(vault_dir(option))?
        .scenario(
            MemberId(member),
            today,
            named(&visit)?,
            named(&args.online_check)?,
            args.escort.as_deref().map(named).transpose()?,
        )
        .map_err(VaultCliError::from)?;
    print_json(&advise(&scenario))
}

fn member(dir: &Path, args: MemberArgs) -> Result<(), CliError> {
    let vault = open(dir)?;
    match args.command {
        MemberCommand::Add(add) => {
            let member = NewMember {
                name: add.name,
                kana: add.kana,
                birth_date: add
                    .birth
                    .as_deref()
                    .map(|d| date("--birth", d))
                    .transpose()?,
                relation: named(&add.relation)?,
                mynaportal_app: add.mynaportal_app,
            };
            let id = vault.add_member(&member).map_err(VaultCliError::from)?;
            print_json(&json!({ "id": id }))
        }
        MemberCommand::Set(set) => crate::member_facts::member_set(&vault, set),
        MemberCommand::List => {
            let list = vault.members().map_err(VaultCliError::from)?;
            print_json(&list.items)?;
            Ok(damaged(list.damaged.len())?)
        }
    }
}

fn import(dir: &Path, args: ImportArgs) -> Result<(), CliError> {
    let content =
        crate::input::read_document(&args.file).map_err(|source| file_error(&args.file, source))?;
    let kind = args.kind.as_deref().map(named).transpose()?;
    let mut typed = BTreeMap::new();
    for field in &args.fields {
        let (name, value) = field
            .split_once('=')
            .ok_or_else(|| VaultCliError::Invalid {
                option: "--field",
                reason: "expected NAME=VALUE".into(),
            })?;
        typed.insert(name.trim().to_owned(), value.trim().to_owned());
    }
    let source = args
        .file
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let intake = Intake {
        content,
        kind,
        typed,
        source,
    };
    let imported = open(dir)?
        .import_document(
            MemberId(args.member.member),
            intake,
            today(args.today.as_deref())?,
        )
        .map_err(VaultCliError::from)?;
    print_json(&imported)
}

fn pin(dir: &Path, args: PinArgs) -> Result<(), CliError> {
    let (entry, outcome) = match args.command {
        PinCommand::Fail(entry) => (entry, PinOutcome::Failed),
        PinCommand::Ok(entry) => (entry, PinOutcome::Succeeded),
    };
    let member = MemberId(entry.member.member);
    let kind: PinKind = named(&entry.kind)?;
    let vault = open(dir)?;
    vault
        .record_pin(member, kind, outcome, today(entry.today.as_deref())?)
        .map_err(VaultCliError::from)?;
    let guard = vault.pin_guard(member).map_err(VaultCliError::from)?;
    print_json(&json!({ "kind": kind, "tries_left": guard.tries_left(kind) }))
}

fn export_document(dir: &Path, args: ExportDocumentArgs) -> Result<(), CliError> {
    let member = args.member.member;
    let vault = open(dir)?;
    let id = match args.document {
        Some(id) => DocumentId(id),
        None => {
            let listing = vault
                .documents(MemberId(member))
                .map_err(VaultCliError::from)?;
            // A damaged newer document must not be replaced by an older one without a word.
            listing.complete().map_err(VaultCliError::from)?;
            listing
                .items
                .last()
                .map(|doc| doc.id)
                .ok_or(VaultCliError::NoDocument(member))?
        }
    };
    let document = vault
        .document_to_hand_over(MemberId(member), id)
        .map_err(VaultCliError::from)?;
    Output {
        vault: dir,
        force: args.force,
    }
    .write(&args.out, &document.content)
    .map_err(VaultCliError::from)?;
    print_json(&json!({
        "document": id,
        "kind": document.summary.kind,
        "bytes": document.content.len(),
    }))
}

fn school_pack(dir: &Path, args: SchoolPackArgs) -> Result<(), CliError> {
    let member = MemberId(args.member.member);
    let vault = open(dir)?;
    let built = vault
        .school_pack(
            member,
            named(&args.visit)?,
            args.contact,
            today(args.today.as_deref())?,
            args.lang.into(),
        )
        .map_err(VaultCliError::from)?;
    let output = Output {
        vault: dir,
        force: args.force,
    };
    output.directory(&args.out).map_err(VaultCliError::from)?;
    let note = args.out.join("cover-note.html");
    output
        .write(&note, built.pack.cover_note_html.as_bytes())
        .map_err(VaultCliError::from)?;
    let mut written = vec![note];
    if let Some(id) = built.document {
        let document = vault.document(id).map_err(VaultCliError::from)?;
        let path = args
            .out
            .join(format!("document.{}", extension(&document.content)));
        output
            .write(&path, &document.content)
            .map_err(VaultCliError::from)?;
        written.push(path);
    }
    print_json(&json!({
        "hand_over": built.pack.hand_over,
        "ready": built.pack.ready,
        "to_do": built.pack.to_do,
        "files": written,
    }))
}

/// The file extension for a stored document's bytes.
fn extension(content: &[u8]) -> &'static str {
    match sniff(content) {
        Ok(FileType::Pdf) => "pdf",
        Ok(FileType::Jpeg) => "jpg",
        Ok(FileType::Png) => "png",
        Ok(FileType::Heic) => "heic",
        Err(_) => "bin",
    }
}

fn backup(dir: &Path, args: BackupArgs) -> Result<(), CliError> {
    match args.command {
        BackupCommand::Export { file, force } => {
            let passphrase = passphrase(false)?;
            let vault =
                Vault::open(dir, Unlock::Passphrase(&passphrase)).map_err(VaultCliError::from)?;
            Output { vault: dir, force }
                .replaceable(&file)
                .map_err(VaultCliError::from)?;
            vault
                .export_backup(&file, &passphrase)
                .map_err(|e| match e {
                    VaultError::Io(source) if source.kind() == io::ErrorKind::AlreadyExists => {
                        VaultCliError::Output(OutputError::Exists(file.display().to_string()))
                    }
                    other => other.into(),
                })
                .map_err(CliError::from)?;
            print_json(&json!({ "exported": true }))
        }
        BackupCommand::Import { file } => {
            let passphrase = passphrase(false)?;
            let vault =
                Vault::restore_backup(dir, &file, &passphrase, Unlock::Passphrase(&passphrase))
                    .map_err(VaultCliError::from)?;
            let members = vault.members().map_err(VaultCliError::from)?.items.len();
            print_json(&json!({ "restored": true, "members": members }))
        }
    }
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
pub(crate) fn open(dir: &Path) -> Result<Vault, VaultCliError> {
    Ok(Vault::open(dir, Unlock::Passphrase(&passphrase(false)?))?)
}

/// The vault's passphrase from the environment, else from the terminal (typed twice when
/// `confirm`).
fn passphrase(confirm: bool) -> Result<Passphrase, VaultCliError> {
    PASSPHRASE.read(confirm)
}

/// Where a passphrase comes from: an environment variable, else the terminal.
struct PassphraseSource {
    env: &'static str,
    prompt: &'static str,
}

/// The vault's passphrase.
const PASSPHRASE: PassphraseSource = PassphraseSource {
    env: PASSPHRASE_ENV,
    prompt: "Vault passphrase: ",
};

/// The new passphrase of `change-passphrase`.
const NEW_PASSPHRASE: PassphraseSource = PassphraseSource {
    env: "SHIKAKU_NEW_PASSPHRASE",
    prompt: "New vault passphrase: ",
};

impl PassphraseSource {
    /// The passphrase from the environment, else from the terminal (typed twice when `confirm`).
    fn read(&self, confirm: bool) -> Result<Passphrase, VaultCliError> {
        let passphrase = Passphrase::new(self.text(self.prompt)?)?;
        if confirm
            && std::env::var_os(self.env).is_none()
            && Passphrase::new(self.text("Repeat the passphrase: ")?)? != passphrase
        {
            return Err(VaultCliError::PassphraseMismatch);
        }
        Ok(passphrase)
    }

    /// The text of the environment variable, else what is typed at `prompt` on the terminal.
    fn text(&self, prompt: &str) -> Result<String, VaultCliError> {
        match std::env::var_os(self.env) {
            Some(text) => text
                .into_string()
                .map_err(|_| VaultCliError::PassphraseNotUtf8(self.env)),
            None => rpassword::prompt_password(prompt)
                .map_err(|e| VaultCliError::NoPassphrase(self.env, e)),
        }
    }
}

/// The vault passphrase's text as typed (for the app core, which checks it itself).
pub(crate) fn passphrase_text() -> Result<String, VaultCliError> {
    PASSPHRASE.text(PASSPHRASE.prompt)
}

/// Exit 1 with one line when some records could not be read (the others were printed).
pub(crate) fn damaged(count: usize) -> Result<(), VaultCliError> {
    match count {
        0 => Ok(()),
        _ => Err(VaultCliError::Damaged(count)),
    }
}

/// A date option.
pub(crate) fn date(option: &'static str, text: &str) -> Result<JapanDate, VaultCliError> {
    text.parse()
        .map_err(|source| VaultCliError::Date { option, source })
}

/// `--today`, or today's Japan date from the clock.
pub(crate) fn today(given: Option<&str>) -> Result<JapanDate, VaultCliError> {
    match given {
        Some(text) => date("--today", text),
        None => SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .ok()
            .and_then(|since| i64::try_from(since.as_secs()).ok())
            .and_then(JapanDate::japan_date_of_unix)
            .ok_or(VaultCliError::Clock),
    }
}

/// A snake_case name (already limited by clap to the possible values) as its core enum.
pub(crate) fn named<T: DeserializeOwned>(name: &str) -> Result<T, VaultCliError> {
    serde_json::from_value(json!(name)).map_err(|_| VaultCliError::Invalid {
        option: "value",
        reason: format!("unknown value {name}"),
    })
}

fn file_error(path: &Path, source: io::Error) -> VaultCliError {
    VaultCliError::File {
        path: path.display().to_string(),
        source,
    }
}
