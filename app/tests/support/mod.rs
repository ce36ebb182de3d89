//! A fake shell for the app's tests and benchmark: it performs every effect the way a phone
//! would (a software key store, a fixed Japan date, files handed over, a virtual card) and
//! answers by id; and the household of four the snapshots and the journey use.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use shikaku_app::screens::member::MemberView;
use shikaku_app::{Answer, App, Effect, EffectRequest, Event, Notification, Screen, ScreenView};
use shikaku_core::card::{VirtualCard, VirtualCardSpec};
use shikaku_core::scenario::Visit;
use shikaku_core::test_support::date;
use shikaku_core::text::Language;
use shikaku_core::vault::{
    CardRecord, DocumentKind, KeyProvider, MemberId, NewMember, RawKeyProvider, Relation,
};
use shikaku_core::JapanDate;

/// The day every test runs on.
pub fn today() -> JapanDate {
    date("2026-12-02")
}

/// A fixture file of the core.
pub fn fixture(name: &str) -> Vec<u8> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures");
    std::fs::read(dir.join(name)).unwrap()
}

/// What the fake phone did.
pub struct FakeShell {
    /// The platform key store's key.
    pub keystore: RawKeyProvider,
    /// Files the user will pick, in order.
    pub picks: VecDeque<(String, Vec<u8>)>,
    /// Files saved or shared: (name, bytes).
    pub saved: Vec<(String, Vec<u8>)>,
    /// Pages printed.
    pub printed: Vec<String>,
    /// The notifications currently scheduled.
    pub notifications: Vec<Notification>,
    /// When the core last asked to be woken to plan again, in seconds.
    pub refresh_after_seconds: Option<u32>,
    /// The idle timeout set, in seconds.
    pub idle_seconds: Option<u32>,
    /// The card the user holds to the phone.
    pub card: Option<VirtualCard>,
    /// Whether the platform key was deleted.
    pub key_deleted: bool,
}

impl FakeShell {
    /// A phone with a key store and nothing else.
    pub fn new() -> FakeShell {
        FakeShell {
            keystore: RawKeyProvider::new(&[7; 32]),
            picks: VecDeque::new(),
            saved: Vec::new(),
            printed: Vec::new(),
            notifications: Vec::new(),
            refresh_after_seconds: None,
            idle_seconds: None,
            card: None,
            key_deleted: false,
        }
    }

    /// Sends `event` and performs every effect that follows, until none is left.
    pub fn send(&mut self, app: &mut App, event: Event) {
        let effects = app.update(event).unwrap();
        self.perform(app, effects);
    }

    /// Performs `effects` and whatever their answers lead to.
    pub fn perform(&mut self, app: &mut App, effects: Vec<EffectRequest>) {
        let mut queue: VecDeque<EffectRequest> = effects.into();
        while let Some(request) = queue.pop_front() {
            let next = match request.effect {
                Effect::NfcSession { .. } => match &self.card {
                    Some(card) => app.answer_nfc(request.id, card).unwrap(),
                    None => self.answer(app, request.id, Answer::Cancelled),
                },
                effect => {
                    let answer = self.answer_for(effect);
                    self.answer(app, request.id, answer)
                }
            };
            queue.extend(next);
        }
    }

    fn answer(&mut self, app: &mut App, id: u64, answer: Answer) -> Vec<EffectRequest> {
        app.update(Event::Answered { id, answer }).unwrap()
    }

    fn answer_for(&mut self, effect: Effect) -> Answer {
        match effect {
            Effect::WrapKey { key } => match self.keystore.wrap_key(key) {
                Ok(wrapped) => Answer::KeyWrapped { wrapped },
                Err(_) => Answer::KeyUnavailable,
            },
            Effect::UnwrapKey { wrapped } => match self.keystore.unwrap_key(wrapped) {
                Ok(key) => Answer::KeyUnwrapped { key },
                Err(_) => Answer::KeyUnavailable,
            },
            Effect::DeletePlatformKey => {
                self.key_deleted = true;
                Answer::Done
            }
            Effect::PickDocument { .. } => match self.picks.pop_front() {
                Some((name, bytes)) => Answer::DocumentPicked { name, bytes },
                None => Answer::Cancelled,
            },
            Effect::SaveFile {
                file_name, bytes, ..
            }
            | Effect::ShareFile {
                file_name, bytes, ..
            } => {
                self.saved.push((file_name, bytes));
                Answer::Done
            }
            Effect::PrintHtml { html, .. } => {
                self.printed.push(html);
                Answer::Done
            }
            Effect::ScheduleNotifications {
                notifications,
                refresh_after_seconds,
            } => {
                self.notifications = notifications;
                self.refresh_after_seconds = Some(refresh_after_seconds);
                Answer::Done
            }
            Effect::Today => Answer::Today { date: today() },
            Effect::LockAfterIdle { seconds } => {
                self.idle_seconds = Some(seconds);
                Answer::Done
            }
            Effect::NfcSession { .. } => Answer::Cancelled,
        }
    }
}

/// A virtual card from a fixture description (`normal.json`, `locked.json`).
pub fn virtual_card(spec: &str) -> VirtualCard {
    let spec: VirtualCardSpec = serde_json::from_slice(&fixture(&format!("card/{spec}"))).unwrap();
    let cert = fixture(&format!("card/{}", spec.user_cert));
    VirtualCard::new(&spec, &cert).unwrap()
}

/// A fresh app with its vault created under the platform key, on the household screen.
pub fn new_app(dir: &Path, shell: &mut FakeShell, language: Language) -> App {
    let mut app = App::new(dir, language);
    shell.send(&mut app, Event::Start);
    shell.send(&mut app, Event::CreateWithPlatformKey);
    assert_eq!(app.screen(), Screen::Household);
    app
}

/// A member to add.
fn person(name: &str, relation: Relation, birth: &str) -> NewMember {
    NewMember {
        name: name.into(),
        kana: None,
        birth_date: Some(date(birth)),
        relation,
        mynaportal_app: false,
    }
}

/// Imports `bytes` for `member` through the import screen, with a kind and typed fields.
pub fn import(
    app: &mut App,
    shell: &mut FakeShell,
    member: MemberId,
    name: &str,
    bytes: Vec<u8>,
    kind: Option<DocumentKind>,
    typed: &[(&str, &str)],
) {
    pick_for_import(app, shell, member, name, bytes);
    if let Some(kind) = kind {
        shell.send(app, Event::SetImportKind { kind });
    }
    type_and_confirm(app, shell, typed);
    assert_eq!(
        app.screen(),
        Screen::Member { member },
        "the import was refused"
    );
}

/// Picks `bytes` (named `name`) to import for `member`: the import screen opens.
pub fn pick_for_import(
    app: &mut App,
    shell: &mut FakeShell,
    member: MemberId,
    name: &str,
    bytes: Vec<u8>,
) {
    shell.picks.push_back((name.into(), bytes));
    shell.send(app, Event::ImportDocument { member });
    assert_eq!(app.screen(), Screen::Import { member });
}

/// Types `typed` on the import screen and confirms, whatever the outcome (the banner says it).
pub fn type_and_confirm(app: &mut App, shell: &mut FakeShell, typed: &[(&str, &str)]) {
    for (field, value) in typed {
        shell.send(
            app,
            Event::TypeImportField {
                name: (*field).into(),
                value: (*value).into(),
            },
        );
    }
    shell.send(app, Event::ConfirmImport);
}

/// A photo's bytes (a PNG signature is all the importer needs to call it a photo).
pub fn photo() -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend_from_slice(&[0; 64]);
    bytes
}

/// The household of four: an adult whose card certificate is in its grace, a child going on a
/// school trip, a 76-year-old, and a person with only a 資格確認書. Returns their ids in order.
pub fn household(app: &mut App, shell: &mut FakeShell) -> [MemberId; 4] {
    let members = [
        person("デジタル 花子", Relation::Myself, "1988-05-20"),
        person("デジタル 太郎", Relation::Child, "2014-06-01"),
        person("マイナ 太郎", Relation::Parent, "1950-03-15"),
        person("確認 良子", Relation::Other, "1992-09-09"),
    ];
    for member in members {
        shell.send(app, Event::AddMember { member });
    }
    let ids = [1, 2, 3, 4].map(MemberId);
    let [adult, child, elder, certificate_only] = ids;
    let card = |expires: &str, ecert: &str| CardRecord {
        expires: Some(date(expires)),
        ecert_expires: date(ecert),
        insurance_registered: true,
        last4: None,
    };
    // The certificate expired on 2026-10-20: the card works until the grace ends.
    shell.send(
        app,
        Event::SaveCardFacts {
            member: adult,
            card: card("2031-05-20", "2026-10-20"),
        },
    );
    import(
        app,
        shell,
        adult,
        "mynaportal_cid.pdf",
        fixture("mynaportal_cid.pdf"),
        None,
        &[],
    );
    shell.send(
        app,
        Event::SaveCardFacts {
            member: child,
            card: card("2029-06-01", "2029-06-01"),
        },
    );
    import(
        app,
        shell,
        child,
        "camera",
        photo(),
        Some(DocumentKind::Notice),
        &[("issued", "令和8年4月1日"), ("insurer_number", "06139992")],
    );
    shell.send(
        app,
        Event::PlanSchoolTrip {
            member: child,
            visit: Visit::SchoolTrip,
            starts: date("2026-12-14"),
            ends: date("2026-12-16"),
            contact: Some("090-0000-0000".into()),
        },
    );
    shell.send(
        app,
        Event::SaveCardFacts {
            member: elder,
            card: card("2030-03-15", "2030-03-15"),
        },
    );
    import(
        app,
        shell,
        elder,
        "mynaportal_elderly.pdf",
        fixture("mynaportal_elderly.pdf"),
        None,
        &[],
    );
    import(
        app,
        shell,
        certificate_only,
        "camera",
        photo(),
        Some(DocumentKind::Certificate),
        &[
            ("expires", "2027-07-31"),
            ("insurer_number", "06139992"),
            ("symbol", "12"),
            ("number", "345"),
        ],
    );
    ids
}

/// The member screen of `member`.
pub fn member_view(app: &App, member: MemberId) -> MemberView {
    match app.view_of(Screen::Member { member }).content {
        ScreenView::Member { view } => view,
        _ => panic!("not the member screen"),
    }
}

/// A temporary vault directory inside `root`.
pub fn vault_dir(root: &Path, name: &str) -> PathBuf {
    root.join(name)
}
