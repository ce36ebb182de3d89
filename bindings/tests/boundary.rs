//! Every failure path of the exported API answers with a `ShikakuError`, never a panic: a panic
//! at the boundary would reach the apps as an internal error with no kind to switch on.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

use shikaku_core::card::{CardTransport, TransportError};
use shikaku_core::scenario::{OnlineCheck, Visit};
use shikaku_core::text::Language;
use shikaku_core::vault::{KeyProvider, KeyProviderError, MemberId, RawKeyProvider};
use shikaku_core::{JapanDate, ShikakuError};
use shikaku_ffi::{japan_date_of_unix, read_card, unix_of_japan_date, wipe_vault, HouseholdVault};

/// Runs `call`, which must fail with a typed error and must not panic.
fn refused<T>(what: &str, call: impl FnOnce() -> Result<T, ShikakuError>) -> ShikakuError {
    match catch_unwind(AssertUnwindSafe(call)) {
        Ok(Ok(_)) => panic!("{what}: accepted"),
        Ok(Err(error)) => error,
        Err(_) => panic!("{what}: panicked"),
    }
}

fn provider(seed: u8) -> Arc<dyn KeyProvider> {
    Arc::new(RawKeyProvider::new(&[seed; 32]))
}

struct Garbage(Vec<u8>);

impl CardTransport for Garbage {
    fn transmit(&self, _: Vec<u8>) -> Result<Vec<u8>, TransportError> {
        Ok(self.0.clone())
    }
}

struct Lost;

impl KeyProvider for Lost {
    fn wrap_key(&self, _: Vec<u8>) -> Result<Vec<u8>, KeyProviderError> {
        Err(KeyProviderError::Unavailable)
    }
    fn unwrap_key(&self, _: Vec<u8>) -> Result<Vec<u8>, KeyProviderError> {
        Err(KeyProviderError::Unavailable)
    }
}

#[test]
fn vault_failures_are_typed() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("vault").to_string_lossy().into_owned();
    let today: JapanDate = "2026-11-21".parse().unwrap();

    assert!(matches!(
        refused("open missing", || HouseholdVault::open_with_key(
            dir.clone(),
            provider(1)
        )),
        ShikakuError::NotFound { .. }
    ));
    let vault = HouseholdVault::create_with_key(dir.clone(), provider(1)).unwrap();
    assert_eq!(
        refused("create twice", || HouseholdVault::create_with_key(
            dir.clone(),
            provider(1)
        )),
        ShikakuError::AlreadyExists
    );
    assert_eq!(
        refused("wrong key", || HouseholdVault::open_with_key(
            dir.clone(),
            provider(2)
        )),
        ShikakuError::WrongKey
    );
    assert_eq!(
        refused("lost key", || HouseholdVault::open_with_key(
            dir.clone(),
            Arc::new(Lost)
        )),
        ShikakuError::KeyUnavailable
    );
    assert!(matches!(
        refused("empty passphrase", || HouseholdVault::open_with_passphrase(
            dir.clone(),
            String::new()
        )),
        ShikakuError::InvalidInput { .. }
    ));

    let nobody = MemberId(99);
    assert!(matches!(
        refused("unknown member", || vault.advise(
            nobody,
            Visit::Clinic,
            OnlineCheck::Unknown,
            None,
            today
        )),
        ShikakuError::NotFound { .. }
    ));
    assert!(matches!(
        refused("unknown document", || vault
            .export_document(shikaku_core::vault::DocumentId(7))),
        ShikakuError::NotFound { .. }
    ));
    assert!(matches!(
        refused("junk document", || vault.import_document(
            nobody,
            b"junk".to_vec(),
            None,
            HashMap::new(),
            "x".into(),
            today
        )),
        ShikakuError::Document { .. }
    ));
    assert!(matches!(
        refused("school pack for nobody", || vault.school_pack(
            nobody,
            Visit::Nursery,
            None,
            today,
            Language::Ja
        )),
        ShikakuError::NotFound { .. }
    ));
    let missing = root
        .path()
        .join("missing.backup")
        .to_string_lossy()
        .into_owned();
    let target = root.path().join("restored").to_string_lossy().into_owned();
    assert!(matches!(
        refused("restore a missing backup", || {
            HouseholdVault::restore_backup(
                target.clone(),
                missing.clone(),
                "pass".into(),
                provider(1),
            )
        }),
        ShikakuError::Storage { .. }
    ));
    drop(vault);
    wipe_vault(dir.clone()).unwrap();
    assert!(matches!(
        refused("wipe twice", || wipe_vault(dir.clone())),
        ShikakuError::NotFound { .. }
    ));
}

#[test]
fn card_failures_are_typed() {
    for answer in [vec![], vec![0x90], vec![0x6A, 0x82], vec![0xFF; 300]] {
        let error = refused("garbage card", || {
            read_card(Arc::new(Garbage(answer.clone())))
        });
        assert!(
            matches!(error, ShikakuError::Card { .. }),
            "{answer:?}: {error:?}"
        );
    }
}

#[test]
fn a_date_shown_in_a_picker_is_the_same_date_in_japan() {
    for text in ["1950-03-15", "2014-06-01", "2026-12-31", "2027-01-01"] {
        let date: JapanDate = text.parse().unwrap();
        let instant = unix_of_japan_date(date);
        assert_eq!(japan_date_of_unix(instant).unwrap(), date);
        // Noon in Japan: half a day either side is still that day there.
        assert_eq!(japan_date_of_unix(instant - 12 * 3600).unwrap(), date);
        assert_eq!(japan_date_of_unix(instant + 12 * 3600 - 1).unwrap(), date);
    }
}
