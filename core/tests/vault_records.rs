//! What the vault stores and gives back, and how it answers damage: a tampered or moved record is
//! named and the others still read; a corrupt file, a newer schema, contention and threads.

use std::sync::Arc;
use std::thread;

use shikaku_core::pin::{CardPinCount, PinKind, TriesLeft};
use shikaku_core::test_support::{
    self, add, card, date, fail_pin, fill_household, insurance_facts, member, new_vault,
    open_error, provider, raw, reopen,
};
use shikaku_core::vault::{
    DocumentKind, MemberId, NewDocument, PinOutcome, RecordRef, Relation, Unlock, Vault, VaultError,
};

fn cell(table: &'static str, row: i64, column: &'static str) -> RecordRef {
    RecordRef { table, row, column }
}

#[test]
fn members_keep_their_order_names_and_details() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let a = add(&vault, "  A  ", "1980-01-01", Relation::Myself);
    let b = add(&vault, "B", "2015-03-03", Relation::Child);
    let c = add(&vault, "C", "1950-12-31", Relation::Parent);
    vault.rename_member(b, "B2").unwrap();
    vault.reorder_members(&[c, a, b]).unwrap();
    let names = test_support::member_names(&reopen(dir.path()));
    assert_eq!(names, ["C", "A", "B2"]);
    let child = vault.member(b).unwrap();
    assert_eq!(
        (child.relation, child.birth_date),
        (Relation::Child, Some(date("2015-03-03")))
    );
    assert!(matches!(
        vault.reorder_members(&[a, b]),
        Err(VaultError::Invalid(_))
    ));
    assert!(matches!(
        vault.rename_member(a, " "),
        Err(VaultError::Invalid(_))
    ));
    vault.remove_member(c).unwrap();
    assert!(matches!(vault.member(c), Err(VaultError::NoSuchMember(_))));
    assert!(matches!(
        vault.set_card(MemberId(99), &card()),
        Err(VaultError::NoSuchMember(99))
    ));
}

#[test]
fn documents_come_back_byte_for_byte_and_go_with_their_member() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let bytes: Vec<u8> = (0..=255u8).cycle().take(300_000).collect();
    let id = vault
        .add_document(
            taro,
            &NewDocument {
                kind: DocumentKind::Image,
                content: bytes.clone(),
                fields: Default::default(),
                source: "camera".into(),
                stored_on: date("2026-02-01"),
            },
        )
        .unwrap();
    let doc = reopen(dir.path()).document(id).unwrap();
    assert_eq!(doc.content, bytes);
    assert_eq!(
        (doc.summary.kind, doc.summary.member),
        (DocumentKind::Image, taro)
    );
    assert_eq!(vault.documents(taro).unwrap().items.len(), 2);
    vault.remove_member(taro).unwrap();
    assert!(matches!(
        vault.document(id),
        Err(VaultError::NoSuchDocument(_))
    ));
}

#[test]
fn the_pin_guard_is_per_member_and_kind_a_success_resets_and_the_card_count_wins() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let a = add(&vault, "A", "1980-01-01", Relation::Myself);
    let b = add(&vault, "B", "1981-01-01", Relation::Spouse);
    let on = date("2026-11-21");
    for outcome in [
        PinOutcome::Failed,
        PinOutcome::Failed,
        PinOutcome::Succeeded,
        PinOutcome::Failed,
    ] {
        vault
            .record_pin(a, PinKind::UserCertificate, outcome, on)
            .unwrap();
    }
    vault
        .record_pin(a, PinKind::Signature, PinOutcome::Failed, on)
        .unwrap();
    vault
        .record_pin(b, PinKind::CardInfoInput, PinOutcome::Failed, on)
        .unwrap();
    let guard = reopen(dir.path()).pin_guard(a).unwrap();
    assert_eq!(
        guard.tries_left(PinKind::UserCertificate),
        TriesLeft::AtMost(2)
    );
    assert_eq!(guard.tries_left(PinKind::Signature), TriesLeft::AtMost(4));
    assert_eq!(
        guard.tries_left(PinKind::CardInfoInput),
        TriesLeft::AtMost(3)
    );
    assert_eq!(
        vault
            .pin_guard(b)
            .unwrap()
            .tries_left(PinKind::CardInfoInput),
        TriesLeft::AtMost(2)
    );
    // The card's own answer replaces what was recorded before it.
    vault
        .record_pin(
            a,
            PinKind::UserCertificate,
            PinOutcome::CardRead(CardPinCount::Blocked),
            on,
        )
        .unwrap();
    assert!(vault
        .pin_guard(a)
        .unwrap()
        .is_locked(PinKind::UserCertificate));
}

#[test]
fn a_tampered_member_is_named_and_the_others_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let taro = fill_household(&new_vault(dir.path()));
    let hanako = MemberId(taro.0 + 1);
    let conn = raw(dir.path());
    let mut name: Vec<u8> = conn
        .query_row("SELECT name FROM members WHERE id = ?1", [hanako.0], |r| {
            r.get(0)
        })
        .unwrap();
    let last = name.len() - 1;
    name[last] ^= 0x01;
    conn.execute(
        "UPDATE members SET name = ?1 WHERE id = ?2",
        rusqlite::params![name, hanako.0],
    )
    .unwrap();
    let vault = reopen(dir.path());
    let err = vault.member(hanako).unwrap_err();
    assert!(matches!(err, VaultError::Tampered(r) if r == cell("members", hanako.0, "name")));
    assert!(!err.to_string().contains("花子"));
    assert_eq!(vault.member(taro).unwrap().name, "山田太郎");
    let list = vault.members().unwrap();
    assert_eq!(list.items.len(), 1);
    assert_eq!(list.damaged, [cell("members", hanako.0, "name")]);
    // A sealed cell rewritten as another type is named the same way.
    conn.execute("UPDATE members SET details = 'x' WHERE id = ?1", [taro.0])
        .unwrap();
    assert!(
        matches!(vault.member(taro), Err(VaultError::Tampered(r)) if r == cell("members", taro.0, "details"))
    );
}

#[test]
fn a_ciphertext_moved_to_another_row_or_column_fails_to_open() {
    let dir = tempfile::tempdir().unwrap();
    let taro = fill_household(&new_vault(dir.path()));
    let hanako = taro.0 + 1;
    let conn = raw(dir.path());
    // Another row: Taro's name sealed into Hanako's row.
    conn.execute(
        "UPDATE members SET name = (SELECT name FROM members WHERE id = ?1) WHERE id = ?2",
        [taro.0, hanako],
    )
    .unwrap();
    // Another column: Taro's name sealed into his own details.
    conn.execute("UPDATE members SET details = name WHERE id = ?1", [taro.0])
        .unwrap();
    let vault = reopen(dir.path());
    assert!(
        matches!(vault.member(MemberId(hanako)), Err(VaultError::Tampered(r)) if r == cell("members", hanako, "name"))
    );
    assert!(
        matches!(vault.member(taro), Err(VaultError::Tampered(r)) if r == cell("members", taro.0, "details"))
    );
}

#[test]
fn a_document_moved_to_another_member_or_swapped_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let hanako = MemberId(taro.0 + 1);
    let docs: Vec<i64> = vault
        .documents(taro)
        .unwrap()
        .items
        .iter()
        .chain(&vault.documents(hanako).unwrap().items)
        .map(|d| d.id.0)
        .collect();
    let conn = raw(dir.path());
    // Taro's document re-labelled as Hanako's in the plaintext member column.
    conn.execute(
        "UPDATE documents SET member_id = ?1 WHERE id = ?2",
        [hanako.0, docs[0]],
    )
    .unwrap();
    // Hanako's bytes swapped into... her own document, from Taro's.
    conn.execute(
        "UPDATE documents SET content = (SELECT content FROM documents WHERE id = ?1) WHERE id = ?2",
        [docs[0], docs[1]],
    )
    .unwrap();
    let listing = vault.documents(hanako).unwrap();
    assert_eq!(listing.damaged, [cell("documents", docs[0], "summary")]);
    assert_eq!(listing.items.len(), 1);
    assert!(
        matches!(vault.document(shikaku_core::vault::DocumentId(docs[1])), Err(VaultError::Tampered(r)) if r == cell("documents", docs[1], "content"))
    );
}

#[test]
fn a_pin_event_moved_to_another_member_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    fail_pin(&vault, taro);
    raw(dir.path())
        .execute("UPDATE pin_log SET member_id = ?1", [taro.0 + 1])
        .unwrap();
    assert!(
        matches!(vault.pin_guard(MemberId(taro.0 + 1)), Err(VaultError::Tampered(r)) if r.table == "pin_log")
    );
    assert_eq!(
        vault
            .pin_guard(taro)
            .unwrap()
            .failures_since(PinKind::UserCertificate),
        0
    );
}

#[test]
fn a_corrupt_or_truncated_file_is_a_typed_error() {
    let dir = tempfile::tempdir().unwrap();
    fill_household(&new_vault(dir.path()));
    let path = dir.path().join("vault.sqlite");
    let good = std::fs::read(&path).unwrap();
    std::fs::write(&path, &good[..good.len() / 2]).unwrap();
    let truncated = Vault::open(dir.path(), Unlock::Provider(&provider(1)))
        .and_then(|v| v.members().map(|_| ()));
    assert!(
        matches!(truncated, Err(VaultError::Corrupt)),
        "{truncated:?}"
    );
    std::fs::write(
        &path,
        b"this is not a database, just some text padding it out to a page".repeat(100),
    )
    .unwrap();
    let garbage = open_error(dir.path(), 1);
    assert!(matches!(garbage, VaultError::Corrupt), "{garbage:?}");
}

#[test]
fn a_vault_from_a_newer_app_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    new_vault(dir.path());
    raw(dir.path())
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let err = open_error(dir.path(), 1);
    assert!(
        matches!(err, VaultError::NewerSchema { found: 99, .. }),
        "{err:?}"
    );
    let version: i64 = raw(dir.path())
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 99);
}

#[test]
fn one_handle_is_safe_from_several_threads() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Arc::new(new_vault(dir.path()));
    let workers: Vec<_> = (0..4)
        .map(|t| {
            let vault = Arc::clone(&vault);
            thread::spawn(move || {
                for i in 0..25 {
                    let id = vault
                        .add_member(&member(
                            &format!("t{t}-{i}"),
                            "カナ",
                            "1990-01-01",
                            Relation::Other,
                        ))
                        .unwrap();
                    fail_pin(&vault, id);
                    assert_eq!(vault.member(id).unwrap().name, format!("t{t}-{i}"));
                    vault.members().unwrap();
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    let mut names: Vec<String> = reopen(dir.path())
        .members()
        .unwrap()
        .items
        .into_iter()
        .map(|m| m.name)
        .collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 100);
}

#[test]
fn debug_output_of_personal_types_shows_no_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let debug = format!(
        "{:?} {:?} {:?}",
        test_support::stored(&vault, taro),
        vault.documents(taro).unwrap(),
        member("山田太郎", "ヤマダタロウ", "1952-02-29", Relation::Myself)
    );
    for personal in test_support::PERSONAL {
        assert!(!debug.contains(personal), "{personal} in {debug}");
    }
}

#[test]
fn version_2_facts_are_set_cleared_and_survive_reopen_backup_and_member_updates() {
    use shikaku_core::vault::{MemberFacts, Passphrase};
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    assert_eq!(vault.member_facts(taro).unwrap(), MemberFacts::default());
    vault.set_member_facts(taro, &insurance_facts()).unwrap();
    // A change of the member's details keeps the facts.
    let mut details = member("山田太郎", "ヤマダタロウ", "1952-02-29", Relation::Myself);
    details.mynaportal_app = false;
    vault.update_member(taro, &details).unwrap();
    vault.rename_member(taro, "山田 太郎").unwrap();
    drop(vault);
    let vault = reopen(dir.path());
    assert_eq!(vault.member_facts(taro).unwrap(), insurance_facts());
    assert!(!vault.member(taro).unwrap().mynaportal_app);
    // The counter card's one read of the row gives the same member and facts.
    let (found, facts) = vault
        .read(|tables| tables.members().get_with_facts(taro))
        .unwrap();
    assert_eq!(found, vault.member(taro).unwrap());
    assert_eq!(facts, insurance_facts());

    // A backup restores them.
    let file = dir.path().join("household.backup");
    let passphrase = Passphrase::new("backup passphrase".into()).unwrap();
    vault.export_backup(&file, &passphrase).unwrap();
    let restored_dir = tempfile::tempdir().unwrap();
    let restored = Vault::restore_backup(
        &restored_dir.path().join("v"),
        &file,
        &passphrase,
        Unlock::Provider(&provider(2)),
    )
    .unwrap();
    assert_eq!(restored.member_facts(taro).unwrap(), insurance_facts());

    // Cleared one by one, in a transaction each; the rest is kept.
    let cleared = vault
        .update_member_facts(taro, |facts| {
            facts.insurance_changed_on = None;
            facts.subsidy_card = None;
        })
        .unwrap();
    assert_eq!(cleared.insurance_changed_on, None);
    assert_eq!(cleared.subsidy_card, None);
    assert_eq!(
        cleared.limit_certificate,
        insurance_facts().limit_certificate
    );
    vault
        .set_member_facts(taro, &MemberFacts::default())
        .unwrap();
    drop(vault);
    let vault = reopen(dir.path());
    assert_eq!(vault.member_facts(taro).unwrap(), MemberFacts::default());
    assert!(matches!(
        vault.member_facts(MemberId(99)),
        Err(VaultError::NoSuchMember(99))
    ));
}

#[test]
fn a_limit_certificate_issued_after_it_expires_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    vault.set_member_facts(taro, &insurance_facts()).unwrap();
    let mut bad = insurance_facts();
    if let Some(limit) = &mut bad.limit_certificate {
        limit.issued = Some(date("2028-01-01"));
    }
    assert!(matches!(
        vault.set_member_facts(taro, &bad),
        Err(VaultError::Invalid(_))
    ));
    assert!(vault
        .update_member_facts(taro, |facts| facts.limit_certificate =
            bad.limit_certificate)
        .is_err());
    assert_eq!(vault.member_facts(taro).unwrap(), insurance_facts());
    // A flag set by a caller on a typed fact is not kept: the owner check is for documents.
    let mut flagged = insurance_facts();
    if let Some(subsidy) = &mut flagged.subsidy_card {
        subsidy.owner_mismatch = true;
    }
    vault.set_member_facts(taro, &flagged).unwrap();
    assert_eq!(vault.member_facts(taro).unwrap(), insurance_facts());
}

#[test]
fn a_version_1_member_reads_with_no_version_2_facts_and_takes_them() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/vault-v1/vault.sqlite");
    std::fs::copy(fixture, dir.path().join("vault.sqlite")).unwrap();
    let vault = reopen(dir.path());
    let taro = MemberId(1);
    assert_eq!(
        vault.member_facts(taro).unwrap(),
        shikaku_core::vault::MemberFacts::default()
    );
    // Its documents predate the owner check: unknown, and handed over as before.
    let documents = vault.documents(taro).unwrap();
    let doc = &documents.items[0];
    assert_eq!(doc.owner, shikaku_core::vault::OwnerCheck::Unknown);
    assert!(!doc.owner_unconfirmed());
    vault.set_member_facts(taro, &insurance_facts()).unwrap();
    drop(vault);
    assert_eq!(
        reopen(dir.path()).member_facts(taro).unwrap(),
        insurance_facts()
    );
}

#[test]
fn a_card_without_a_known_body_expiry_is_stored_as_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let unknown = shikaku_core::vault::CardRecord {
        expires: None,
        ..card()
    };
    vault.set_card(taro, &unknown).unwrap();
    drop(vault);
    let vault = reopen(dir.path());
    assert_eq!(vault.card(taro).unwrap(), Some(unknown));
}

/// Issue 14, defect 2: a trigger, view, index or table planted in the file is refused on open
/// (plain SQL triggers run even with `trusted_schema = OFF`), so a planted trigger can no longer
/// reset the PIN count; a wipe is not skipped by a trigger and reports an erase it could not do.
#[test]
fn a_planted_trigger_view_index_or_table_is_refused() {
    for planted in [
        "CREATE TRIGGER k AFTER UPDATE OF event ON pin_log BEGIN DELETE FROM pin_log; END;",
        "CREATE TRIGGER k AFTER INSERT ON pin_log BEGIN DELETE FROM pin_log; END;",
        "CREATE VIEW v AS SELECT * FROM members;",
        "CREATE INDEX i ON members(position);",
        "CREATE TABLE extra (x);",
        "DROP INDEX pin_log_by_member;",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let vault = new_vault(dir.path());
        let taro = add(&vault, "A", "1980-01-01", Relation::Myself);
        fail_pin(&vault, taro);
        drop(vault);
        raw(dir.path()).execute_batch(planted).unwrap();
        let error = open_error(dir.path(), 1);
        assert!(matches!(error, VaultError::Corrupt), "{planted}: {error:?}");
    }
}

#[test]
fn wipe_is_not_skipped_by_a_trigger_and_reports_what_it_could_not_erase() {
    let dir = tempfile::tempdir().unwrap();
    fill_household(&new_vault(dir.path()));
    raw(dir.path())
        .execute_batch(
            "CREATE TRIGGER keep BEFORE DELETE ON header BEGIN SELECT RAISE(ABORT, 'no'); END;",
        )
        .unwrap();
    let copy = tempfile::tempdir().unwrap();
    std::fs::copy(
        dir.path().join("vault.sqlite"),
        copy.path().join("vault.sqlite"),
    )
    .unwrap();
    // The trigger is dropped before the erase, which then happens.
    Vault::wipe(dir.path()).unwrap();
    assert!(!dir.path().join("vault.sqlite").exists());

    // A file whose key slot cannot be erased (its table is gone) is deleted, and said so.
    raw(copy.path())
        .execute_batch("DROP TRIGGER keep; ALTER TABLE header RENAME TO kept;")
        .unwrap();
    assert!(matches!(
        Vault::wipe(copy.path()),
        Err(VaultError::EraseIncomplete)
    ));
    assert!(!copy.path().join("vault.sqlite").exists());
}

/// One `Vault::write` is one transaction over every table it touches: an error after some
/// repositories wrote rolls all of them back; without one, all of it is kept.
#[test]
fn a_write_over_several_tables_is_committed_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let before = test_support::stored(&vault, taro);
    let on = date("2026-11-21");
    let failed = vault.write(|tables| {
        tables.cards().set(taro, &card())?;
        tables
            .pin_log()
            .record(taro, PinKind::UserCertificate, PinOutcome::Failed, on)?;
        tables.members().rename(taro, " ")
    });
    assert!(matches!(failed, Err(VaultError::Invalid(_))));
    assert_eq!(test_support::stored(&vault, taro), before);

    vault
        .write(|tables| {
            tables.cards().set(taro, &card())?;
            tables
                .pin_log()
                .record(taro, PinKind::UserCertificate, PinOutcome::Failed, on)
        })
        .unwrap();
    drop(vault);
    let (_, _, stored_card, pins, _) = test_support::stored(&reopen(dir.path()), taro);
    assert_eq!(stored_card, Some(card()));
    assert_eq!(pins.failures_since(PinKind::UserCertificate), 1);
}

/// The reads of several members at once (one statement per table) give each member, in the order
/// asked, exactly what that member's own read gives: their own rows and nothing of the others.
#[test]
fn reads_of_several_members_give_each_one_their_own_rows_in_the_order_asked() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let hanako = vault.members().unwrap().items[1].id;
    let child = add(&vault, "C", "2015-03-03", Relation::Child);
    fail_pin(&vault, hanako);
    vault
        .acknowledge_reminder(taro, "r-1", date("2026-11-21"))
        .unwrap();
    let order = [child, hanako, taro];
    vault
        .read(|t| {
            let cards = t.cards().get_each(&order)?;
            let guards = t.pin_log().guard_each(&order)?;
            let documents = t.documents().list_each(&order)?;
            let acks = t.reminder_acks().list_each(&order)?;
            assert_eq!(cards.len(), 3);
            for (i, &member) in order.iter().enumerate() {
                assert_eq!(cards[i], t.cards().get(member)?);
                assert_eq!(guards[i], t.pin_log().guard(member)?);
                assert_eq!(documents[i], t.documents().list(member)?);
                assert_eq!(acks[i], t.reminder_acks().list(member)?);
            }
            assert_eq!((cards[0].is_some(), cards[2].is_some()), (false, true));
            assert_eq!(
                guards[1].tries_left(PinKind::UserCertificate),
                TriesLeft::AtMost(2)
            );
            assert_eq!(
                guards[2].tries_left(PinKind::UserCertificate),
                TriesLeft::AtMost(3)
            );
            let owners: Vec<Vec<MemberId>> = documents
                .iter()
                .map(|listing| listing.items.iter().map(|doc| doc.member).collect())
                .collect();
            assert_eq!(owners, [vec![], vec![hanako], vec![taro]]);
            assert_eq!(acks[2].items.len(), 1);
            assert!(acks[0].items.is_empty() && acks[1].items.is_empty());
            Ok(())
        })
        .unwrap();
}
