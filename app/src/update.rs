//! What each event does (更新): the household, documents, PINs, the card, reminders, the school
//! pack, backup and settings. Getting in and out of the vault is `access`; keeping the shell's
//! notifications in step is `planning`.

use std::fs;

use shikaku_core::card::{read_card, CardTransport};
use shikaku_core::import;
use shikaku_core::scenario::Visit;
use shikaku_core::text;
use shikaku_core::vault::{MemberId, Passphrase, Vault, VaultError};
use shikaku_core::{JapanDate, ShikakuError};

use crate::access;
use crate::confirmation::Pending as Confirm;
use crate::effect::{Effect, EffectRequest, PickPurpose, ScanOutput};
use crate::event::{Answer, Event};
use crate::model::{Access, ImportDraft, Model, Pending, Scan};
use crate::planning::{self, Trip};
use crate::problem::Problem;
use crate::screen::Screen;
use crate::use_cases::card_read::apply_card_read;
use crate::use_cases::intake::{import_document, Intake};
use crate::use_cases::school_pack::school_pack;
use crate::words::{Tone, Words};

/// Where an export is written before its bytes go to the shell, inside the vault's directory.
const EXPORT_FILE: &str = "backup.partial-export";

/// The file types offered when picking a document to import.
const DOCUMENT_TYPES: [&str; 4] = ["application/pdf", "image/jpeg", "image/png", "image/heic"];

/// How a page scanned with the camera comes in: a JPEG, which the importer reads as a photo
/// (`core/src/import/sniff.rs`), at quality 90, where printed text stays sharp enough for the
/// user to read the dates off the photo while a page stays a few hundred kilobytes.
fn document_scan() -> ScanOutput {
    ScanOutput {
        file_name: "scan.jpg".to_owned(),
        jpeg_quality: 90,
    }
}

/// Handles one event.
pub(crate) fn update(
    model: &mut Model,
    event: Event,
    effects: &mut Vec<EffectRequest>,
) -> Result<(), ShikakuError> {
    match event {
        Event::Start => {
            let probed = access::probe(model);
            model.request(effects, Effect::Today, Pending::Today);
            access::ask_unwrap(model, effects, probed);
        }
        Event::Resume => model.request(effects, Effect::Today, Pending::Today),
        Event::Answered { id, answer } => answered(model, id, answer)?,
        Event::CreateWithPlatformKey => access::create_with_platform_key(model, effects),
        Event::CreateWithPassphrase { passphrase } => {
            access::with_passphrase(model, passphrase, true)
        }
        Event::UnlockWithPlatformKey => access::unlock_with_platform_key(model, effects),
        Event::UnlockWithPassphrase { passphrase } => {
            access::with_passphrase(model, passphrase, false)
        }
        Event::RestoreFromBackup => access::pick_backup(model, effects),
        Event::RestoreWithPassphrase { passphrase } => access::restore(model, effects, passphrase),
        Event::Lock | Event::IdleTimeout => access::lock(model),
        Event::WipeVault => access::ask_wipe(model),
        Event::ConfirmWipe => {
            // Only what the confirmation asked: a wipe nobody was asked about is ignored.
            if model.confirm == Some(Confirm::Wipe) {
                access::wipe(model, effects)
            }
        }
        Event::CancelWipe => {
            if model.confirm == Some(Confirm::Wipe) {
                model.confirm = None;
            }
        }
        Event::CancelRemoveMember => {
            if matches!(model.confirm, Some(Confirm::RemoveMember(_))) {
                model.confirm = None;
            }
        }
        Event::SetLanguage { language } => {
            model.language = language;
            model.plan_stale = true;
            let code = planning::language_code(language);
            if let Some(Err(error)) = model
                .vault()
                .map(|v| v.set_setting(planning::LANGUAGE, code))
            {
                model.problem = Some(error.into());
            }
        }
        event => with_vault(model, effects, event),
    }
    Ok(())
}

/// A failed write, as the screen's banner.
fn failed<T, E: Into<Problem>>(result: Result<T, E>) -> Option<Problem> {
    result.err().map(Into::into)
}

/// Events that need the open vault.
fn with_vault(model: &mut Model, effects: &mut Vec<EffectRequest>, event: Event) {
    let Access::Unlocked(vault) = &model.access else {
        model.problem = Some(Problem::new("app-error-locked", Tone::Warning));
        return;
    };
    let vault: &Vault = vault;
    let words = Words(model.language);
    let today = model.today;
    let mut problem = None;
    let mut request: Option<(Effect, Pending)> = None;
    // Events that change what the notifications or the auto-lock are planned from.
    model.plan_stale |= matches!(
        event,
        Event::AddMember { .. }
            | Event::EditMember { .. }
            | Event::ConfirmRemoveMember
            | Event::RemoveDocument { .. }
            | Event::SaveCardFacts { .. }
            | Event::ConfirmImport
            | Event::RecordPin { .. }
            | Event::SetReminderDetails { .. }
            | Event::SetAutoLock { .. }
    );
    match event {
        // The door is reached by locking, not by navigating.
        Event::Navigate {
            screen: Screen::Unlock,
        } => {}
        Event::Navigate { screen } => {
            if let Some(member) = screen.member() {
                if let Err(error) = vault.member(member) {
                    model.problem = Some(error.into());
                    return;
                }
            }
            if !matches!(screen, Screen::CardScan { .. }) {
                model.scan = Scan::Idle;
            }
            // A question belongs to the screen it was asked on.
            model.confirm = None;
            model.screen = screen;
        }
        Event::AddMember { member } => problem = failed(vault.add_member(&member)),
        Event::EditMember { member, details } => {
            problem = failed(vault.update_member(member, &details));
            if problem.is_none() {
                model.done = Some("app-done-member_saved");
            }
        }
        Event::RemoveDocument { document } => {
            problem = failed(vault.remove_document(document));
            if problem.is_none() {
                model.done = Some("app-done-document_removed");
            }
        }
        Event::ReorderMembers { order } => problem = failed(vault.reorder_members(&order)),
        // Removing a member takes their documents too: the view model asks first.
        Event::RemoveMember { member } => match vault.member(member) {
            Ok(_) => model.confirm = Some(Confirm::RemoveMember(member)),
            Err(error) => problem = Some(error.into()),
        },
        Event::ConfirmRemoveMember => match model.confirm.take() {
            Some(Confirm::RemoveMember(member)) => {
                problem = failed(vault.remove_member(member));
                if problem.is_none() && model.screen.member() == Some(member) {
                    model.screen = Screen::Household;
                }
            }
            // Nothing was asked: nothing is removed.
            other => model.confirm = other,
        },
        Event::SaveCardFacts { member, card } => problem = failed(vault.set_card(member, &card)),
        Event::ImportDocument { member } => {
            request = Some((
                Effect::PickDocument {
                    purpose: PickPurpose::Document,
                    mime_types: DOCUMENT_TYPES.map(str::to_owned).to_vec(),
                    scan: Some(document_scan()),
                },
                Pending::PickDocument(member),
            ));
        }
        Event::SetImportKind { kind } => match &mut model.import {
            Some(draft) => draft.kind = Some(kind),
            None => problem = Some(Problem::new("app-error-no_document_picked", Tone::Warning)),
        },
        Event::TypeImportField { name, value } => match &mut model.import {
            Some(draft) if value.trim().is_empty() => {
                draft.typed.remove(&name);
            }
            Some(draft) => {
                draft.typed.insert(name, value);
            }
            None => problem = Some(Problem::new("app-error-no_document_picked", Tone::Warning)),
        },
        Event::ConfirmImport => match (model.import.take(), today) {
            (Some(draft), Some(today)) => match confirm_import(vault, &draft, today) {
                Ok(()) => {
                    model.done = Some("app-done-imported");
                    model.screen = Screen::Member {
                        member: draft.member,
                    };
                }
                Err(refused) => {
                    // The draft stays, so the user can correct the refused field.
                    model.import = Some(draft);
                    problem = Some(refused);
                }
            },
            (draft, today) => {
                model.import = draft;
                problem = Some(match today {
                    None => no_date(),
                    Some(_) => Problem::new("app-error-no_document_picked", Tone::Warning),
                });
            }
        },
        Event::CancelImport => model.import = None,
        Event::RecordPin {
            member,
            kind,
            outcome,
        } => match today {
            Some(today) => problem = failed(vault.record_pin(member, kind, outcome, today)),
            None => problem = Some(no_date()),
        },
        Event::ScanCard { member } => match vault.member(member) {
            Ok(_) => {
                model.scan = Scan::Waiting;
                model.screen = Screen::CardScan { member };
                request = Some((
                    Effect::NfcSession {
                        prompt: words.get("app-scan-prompt"),
                    },
                    Pending::Nfc(member),
                ));
            }
            Err(error) => problem = Some(error.into()),
        },
        Event::SetReminderDetails { detailed } => {
            let value = if detailed { "true" } else { "false" };
            problem = failed(vault.set_setting(planning::REMINDER_DETAILS, value));
        }
        Event::ExportCalendar => match today {
            Some(today) => match planning::calendar(vault, today, model.language) {
                Ok(ics) => {
                    request = Some((
                        Effect::SaveFile {
                            file_name: "shikaku-reminders.ics".to_owned(),
                            mime_type: "text/calendar".to_owned(),
                            bytes: ics.into_bytes(),
                        },
                        Pending::Acknowledge {
                            done: Some("app-done-saved"),
                        },
                    ))
                }
                Err(error) => problem = Some(error.into()),
            },
            None => problem = Some(no_date()),
        },
        Event::PlanSchoolTrip {
            member,
            visit,
            starts,
            ends,
            contact,
        } => {
            let trip = Trip {
                visit,
                starts,
                ends,
                contact: contact.filter(|c| !c.trim().is_empty()),
            };
            // The core decides who the pack is for (R-SCHOOL-1): an adult's trip is not stored.
            let on = today.unwrap_or(starts);
            problem = failed(
                school_pack(vault, member, visit, None, on, model.language)
                    .and_then(|_| Ok(planning::set_trip(vault, member, &trip)?)),
            );
        }
        Event::PrintSchoolPack { member } | Event::ShareSchoolPack { member } => {
            let print = matches!(event, Event::PrintSchoolPack { .. });
            match school_note(vault, member, today, model.language) {
                Ok(html) => {
                    let effect = if print {
                        Effect::PrintHtml {
                            title: words.get("app-school-print-title"),
                            html,
                        }
                    } else {
                        Effect::ShareFile {
                            file_name: "shikaku-school-pack.html".to_owned(),
                            mime_type: "text/html".to_owned(),
                            bytes: html.into_bytes(),
                        }
                    };
                    request = Some((effect, Pending::Acknowledge { done: None }));
                }
                Err(error) => problem = Some(error),
            }
        }
        Event::ExportBackup { passphrase } => match export(model, vault, passphrase) {
            Ok(effect) => {
                request = Some((
                    effect,
                    Pending::Acknowledge {
                        done: Some("app-done-backup"),
                    },
                ))
            }
            Err(error) => problem = Some(error.into()),
        },
        Event::SetAutoLock { minutes } => {
            problem = if (1..=planning::MAX_AUTO_LOCK_MINUTES).contains(&minutes) {
                failed(vault.set_setting(planning::AUTO_LOCK, &minutes.to_string()))
            } else {
                Some(Problem::new("app-error-invalid_input", Tone::Warning))
            }
        }
        // Handled before the vault is needed.
        Event::Start
        | Event::Resume
        | Event::Answered { .. }
        | Event::CreateWithPlatformKey
        | Event::CreateWithPassphrase { .. }
        | Event::UnlockWithPlatformKey
        | Event::UnlockWithPassphrase { .. }
        | Event::RestoreFromBackup
        | Event::RestoreWithPassphrase { .. }
        | Event::SetLanguage { .. }
        | Event::WipeVault
        | Event::ConfirmWipe
        | Event::CancelWipe
        | Event::CancelRemoveMember
        | Event::Lock
        | Event::IdleTimeout => {}
    }
    if problem.is_some() {
        model.problem = problem;
    }
    if let Some((effect, pending)) = request {
        model.request(effects, effect, pending);
    }
}

/// The banner when today's date has not come from the shell yet.
fn no_date() -> Problem {
    Problem::new("app-error-no_date", Tone::Warning)
}

/// The child's cover note.
fn school_note(
    vault: &Vault,
    member: MemberId,
    today: Option<JapanDate>,
    language: text::Language,
) -> Result<String, Problem> {
    let today = today.ok_or_else(no_date)?;
    let trip = planning::trip(vault, member);
    let visit = trip.as_ref().map_or(Visit::SchoolTrip, |t| t.visit);
    let contact = trip.and_then(|t| t.contact);
    let pack = school_pack(vault, member, visit, contact, today, language)?;
    Ok(pack.pack.cover_note_html)
}

/// Stores the picked document with what the user typed and chose.
fn confirm_import(vault: &Vault, draft: &ImportDraft, today: JapanDate) -> Result<(), Problem> {
    let intake = Intake {
        content: draft.bytes.clone(),
        kind: draft.kind,
        typed: draft.typed.clone(),
        source: draft.source.clone(),
    };
    match import_document(vault, draft.member, intake, today) {
        Ok(_) => Ok(()),
        Err(error) => Err(error.into()),
    }
}

/// Writes a backup and returns the effect that hands it to the shell.
fn export(model: &Model, vault: &Vault, passphrase: String) -> Result<Effect, VaultError> {
    let passphrase = Passphrase::new(passphrase)?;
    let file = model.dir.join(EXPORT_FILE);
    let written = vault
        .export_backup(&file, &passphrase)
        .and_then(|()| Ok(fs::read(&file)?));
    let _ = fs::remove_file(&file);
    let name = match model.today {
        Some(today) => format!("shikaku-backup-{today}.shikaku"),
        None => "shikaku-backup.shikaku".to_owned(),
    };
    Ok(Effect::SaveFile {
        file_name: name,
        mime_type: "application/octet-stream".to_owned(),
        bytes: written?,
    })
}

/// The shell answered effect `id`.
fn answered(model: &mut Model, id: u64, answer: Answer) -> Result<(), ShikakuError> {
    let pending = model
        .pending
        .remove(&id)
        .ok_or_else(|| ShikakuError::InvalidInput {
            reason: format!("no effect request {id} is waiting for an answer"),
        })?;
    match (pending, answer) {
        (Pending::Today, Answer::Today { date }) => {
            model.today = Some(date);
            model.plan_stale = true;
        }
        (Pending::UnwrapKey { wrapped, locked }, Answer::KeyUnwrapped { key }) => {
            access::key_unwrapped(model, locked, wrapped, key)
        }
        (Pending::UnwrapKey { .. } | Pending::WrapKey { .. }, Answer::KeyUnavailable) => {
            access::key_gone(model)
        }
        (Pending::WrapKey { vault, key }, Answer::KeyWrapped { wrapped }) => {
            access::key_wrapped(model, vault, key, wrapped)
        }
        (Pending::WrapKey { vault, .. }, _) => access::wrap_failed(model, vault),
        (Pending::PickDocument(member), Answer::DocumentPicked { name, bytes }) => {
            match import::extract(&bytes) {
                Ok(extraction) => {
                    model.import = Some(ImportDraft {
                        member,
                        bytes,
                        source: name,
                        extraction,
                        kind: None,
                        typed: Default::default(),
                    });
                    model.screen = Screen::Import { member };
                }
                Err(error) => model.problem = Some(ShikakuError::from(error).into()),
            }
        }
        (Pending::PickBackup, Answer::DocumentPicked { bytes, .. }) => {
            model.restore = Some(bytes);
            model.screen = Screen::Unlock;
        }
        // The picker found the file but could not read it (a cloud file offline, no permission):
        // say so plainly and let the user pick again; nothing waits any more.
        (Pending::PickDocument(_) | Pending::PickBackup, Answer::Failed { .. }) => {
            model.problem = Some(Problem::new("app-error-file_unreadable", Tone::Warning))
        }
        (Pending::Nfc(_), Answer::Cancelled) => model.scan = Scan::Idle,
        (Pending::Nfc(_), Answer::Failed { .. }) => {
            model.scan = Scan::Failed(Problem::new("app-error-card_link", Tone::Warning))
        }
        (Pending::Acknowledge { done }, Answer::Done) => model.done = done,
        (_, Answer::Cancelled) => {}
        (Pending::Acknowledge { .. } | Pending::UnwrapKey { .. }, Answer::Failed { .. }) => {
            model.problem = Some(Problem::new("app-error-shell", Tone::Warning))
        }
        (pending, _) => {
            // The answer does not fit the request: keep waiting for one that does.
            model.pending.insert(id, pending);
            return Err(ShikakuError::InvalidInput {
                reason: format!("effect request {id} was answered with the wrong kind of answer"),
            });
        }
    }
    Ok(())
}

/// The shell opened an NFC session for request `id`: read the card and store what it said.
pub(crate) fn card_session(
    model: &mut Model,
    id: u64,
    transport: &dyn CardTransport,
) -> Result<(), ShikakuError> {
    let member = match model.pending.remove(&id) {
        Some(Pending::Nfc(member)) => member,
        Some(other) => {
            model.pending.insert(id, other);
            return Err(ShikakuError::InvalidInput {
                reason: format!("effect request {id} is not an NFC session"),
            });
        }
        None => {
            return Err(ShikakuError::InvalidInput {
                reason: format!("no effect request {id} is waiting for an answer"),
            })
        }
    };
    let (Some(vault), Some(today)) = (model.vault(), model.today) else {
        model.scan = Scan::Failed(no_date());
        return Ok(());
    };
    model.scan = match read_card(transport) {
        Ok(read) => match apply_card_read(vault, member, &read, today) {
            Ok(facts_updated) => Scan::Read {
                read,
                facts_updated,
            },
            Err(error) => Scan::Failed(error.into()),
        },
        Err(error) => Scan::Failed(error.into()),
    };
    model.plan_stale = true;
    Ok(())
}
