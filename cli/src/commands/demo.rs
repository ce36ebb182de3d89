//! `shikaku demo`: the main job — what each member of a household carries and why — on a
//! fictional sample household, drawn from the same view models the phones get. The household is
//! built in a temporary vault by sending the app core the events a phone would send, then the
//! household screen, each member's visit check and one counter card are printed as text.

use clap::Args;
use shikaku_app::{App, Event, Screen, Tone};
use shikaku_core::pin::PinKind;
use shikaku_core::scenario::{OnlineCheck, Visit};
use shikaku_core::text::Language;
use shikaku_core::vault::{CardRecord, DocumentKind, MemberId, NewMember, PinOutcome, Relation};
use shikaku_core::JapanDate;

use crate::dates::date;
use crate::error::CliError;
use crate::options::Lang;
use crate::print::print_text;
use crate::shell::{outline, Terminal};

/// The sample's own date.
const SAMPLE_TODAY: &str = "2026-11-21";

/// The passphrase of the throwaway vault (it lives only while the demo runs).
const DEMO_PASSPHRASE: &str = "shikaku demo household";

/// A マイナポータル 資格情報 PDF as saved from the portal, for the mother (printed name デジタル 花子).
const MYNAPORTAL_PDF: &[u8] = include_bytes!("../../../core/tests/fixtures/mynaportal_cid.pdf");

#[derive(Args)]
pub(crate) struct DemoArgs {
    /// Language of the output.
    #[arg(long, value_enum, default_value_t = Lang::Ja)]
    lang: Lang,
    /// Pretend today is this date (YYYY-MM-DD) instead of the sample's own date.
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
}

/// One member of the sample household and the visit the demo checks for them.
struct Sample {
    member: NewMember,
    /// The card facts as typed from the card: (card expiry, certificate expiry).
    card: (&'static str, &'static str),
    /// How their insurance document comes in.
    document: Document,
    /// Wrong entries of the PIN the reader asks for.
    pin_failures: usize,
    visit: Visit,
    online_check: OnlineCheck,
}

/// A document brought in through the import screen.
enum Document {
    /// The portal's PDF, read as it is.
    Pdf(&'static [u8]),
    /// A photo of a paper document, its kind chosen and its fields typed.
    Photo(DocumentKind, &'static [(&'static str, &'static str)]),
}

fn person(name: &str, relation: Relation, birth: &str, app: bool) -> NewMember {
    NewMember {
        name: name.into(),
        kana: None,
        birth_date: birth.parse().ok(),
        relation,
        mynaportal_app: app,
    }
}

/// The fictional household: a mother whose card certificate expired (the grace), a son going on
/// a school trip, a grandfather of 74 who turns 75 next month, and a grandmother one wrong PIN
/// from a lock (R-ECERT-1, R-CARD-1: every expiry a birthday or the card's expiry).
fn household() -> [Sample; 4] {
    [
        Sample {
            member: person("デジタル 花子", Relation::Myself, "1981-10-15", true),
            card: ("2031-10-15", "2026-10-15"),
            document: Document::Pdf(MYNAPORTAL_PDF),
            pin_failures: 0,
            visit: Visit::Clinic,
            online_check: OnlineCheck::ReaderBroken,
        },
        Sample {
            member: person("デジタル 陽太", Relation::Child, "2015-07-07", false),
            card: ("2030-07-07", "2030-07-07"),
            document: Document::Photo(
                DocumentKind::Notice,
                &[("issued", "令和8年4月1日"), ("insurer_number", "06139992")],
            ),
            pin_failures: 0,
            visit: Visit::SchoolTrip,
            online_check: OnlineCheck::Unknown,
        },
        Sample {
            member: person("デジタル 一郎", Relation::Parent, "1951-12-20", false),
            card: ("2029-12-20", "2029-12-20"),
            document: Document::Photo(
                DocumentKind::Notice,
                &[("issued", "令和7年8月1日"), ("last4", "4821")],
            ),
            pin_failures: 0,
            visit: Visit::Clinic,
            online_check: OnlineCheck::Unknown,
        },
        Sample {
            member: person("デジタル 光子", Relation::Parent, "1954-05-03", false),
            card: ("2033-05-03", "2028-05-03"),
            document: Document::Photo(DocumentKind::Notice, &[("issued", "令和6年10月1日")]),
            pin_failures: 2,
            visit: Visit::Pharmacy,
            online_check: OnlineCheck::Available,
        },
    ]
}

/// A photo's bytes as the camera would hand them (a PNG; the importer reads nothing from it, the
/// user types the fields).
fn photo() -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend_from_slice(&[0; 64]);
    bytes
}

/// The school trip the son goes on: (first day, last day), two and a half weeks after the sample's date.
const TRIP: (&str, &str) = ("2026-12-07", "2026-12-09");

/// Builds the sample household in a temporary vault and prints its screens.
pub(crate) fn run(args: DemoArgs) -> Result<(), CliError> {
    let language = Language::from(args.lang);
    let today = date("--today", args.today.as_deref().unwrap_or(SAMPLE_TODAY))?;
    // A private directory (0700), removed when the demo ends.
    let dir = tempfile::Builder::new().prefix("shikaku-demo-").tempdir()?;
    let mut app = App::new(dir.path().join("vault"), language);
    let mut terminal = Terminal::new("demo", today);
    let out = build_and_draw(&mut app, &mut terminal)?;
    drop(app);
    dir.close()?;
    print_text(&out)
}

/// Builds the household through the app's events and draws its screens.
fn build_and_draw(app: &mut App, terminal: &mut Terminal) -> Result<String, CliError> {
    step(app, terminal, Event::Start)?;
    let passphrase = DEMO_PASSPHRASE.to_owned();
    step(app, terminal, Event::CreateWithPassphrase { passphrase })?;
    let samples = household();
    let mut ids = Vec::new();
    for (n, sample) in samples.iter().enumerate() {
        let member = MemberId(n as i64 + 1);
        ids.push(member);
        let new = sample.member.clone();
        step(app, terminal, Event::AddMember { member: new })?;
        let card = CardRecord {
            expires: sample.card.0.parse().ok(),
            ecert_expires: sample_date(sample.card.1)?,
            insurance_registered: true,
            last4: None,
        };
        step(app, terminal, Event::SaveCardFacts { member, card })?;
        match sample.document {
            Document::Pdf(bytes) => terminal.will_pick("mynaportal.pdf", bytes),
            Document::Photo(..) => terminal.will_pick("camera.png", &photo()),
        }
        step(app, terminal, Event::ImportDocument { member })?;
        if let Document::Photo(kind, fields) = sample.document {
            step(app, terminal, Event::SetImportKind { kind })?;
            for (name, value) in fields {
                let (name, value) = ((*name).to_owned(), (*value).to_owned());
                step(app, terminal, Event::TypeImportField { name, value })?;
            }
        }
        step(app, terminal, Event::ConfirmImport)?;
        for _ in 0..sample.pin_failures {
            let (kind, outcome) = (PinKind::UserCertificate, PinOutcome::Failed);
            step(
                app,
                terminal,
                Event::RecordPin {
                    member,
                    kind,
                    outcome,
                },
            )?;
        }
        if sample.visit == Visit::SchoolTrip {
            let (starts, ends) = (sample_date(TRIP.0)?, sample_date(TRIP.1)?);
            let (visit, contact) = (sample.visit, None);
            step(
                app,
                terminal,
                Event::PlanSchoolTrip {
                    member,
                    visit,
                    starts,
                    ends,
                    contact,
                },
            )?;
        }
    }
    let mut out = outline(&app.view_of(Screen::Household));
    for (sample, &member) in samples.iter().zip(&ids) {
        let screen = Screen::VisitCheck {
            member,
            visit: sample.visit,
            online_check: sample.online_check,
        };
        out.push('\n');
        out.push_str(&outline(&app.view_of(screen)));
    }
    out.push('\n');
    out.push_str(&outline(
        &app.view_of(Screen::CounterCard { member: ids[0] }),
    ));
    Ok(out)
}

fn sample_date(text: &str) -> Result<JapanDate, CliError> {
    date("demo", text)
}

/// Sends one event of the household's making; the app's refusal stops the demo.
fn step(app: &mut App, terminal: &mut Terminal, event: Event) -> Result<(), CliError> {
    terminal.send(app, event)?;
    refused(app)
}

/// A step the app refused shows as a warning or critical banner: the demo stops with its words.
fn refused(app: &App) -> Result<(), CliError> {
    match app.view().banner {
        Some(banner) if matches!(banner.tone, Tone::Warning | Tone::Critical) => {
            Err(CliError::Invalid {
                option: "demo",
                reason: banner.text,
            })
        }
        _ => Ok(()),
    }
}
