//! Getting into the vault and out of it (初回設定・ロック解除・復元・消去): create it with the
//! platform key or a passphrase, unlock it, restore a backup, lock it, wipe it. The platform key
//! store is reached through effects only (see `platform_key`).

use std::fs;

use shikaku_core::vault::{LockedVault, Passphrase, Unlock, Vault, VaultError};
use zeroize::Zeroizing;

use crate::confirmation::Pending as Confirm;
use crate::effect::{Effect, EffectRequest, PickPurpose};
use crate::model::{Access, Model, Pending, Scan};
use crate::planning;
use crate::platform_key::{Answered, Deferred};
use crate::problem::Problem;
use crate::screen::Screen;
use crate::words::Tone;

/// Where a picked backup is written for the restore to read, inside the vault's directory.
const RESTORE_FILE: &str = "restore.partial";

/// Looks at the vault without unlocking it: none, a platform-key vault (its wrapped key noted),
/// or a passphrase vault. A platform-key vault comes back still connected, for [`ask_unwrap`] to
/// keep with its request; whoever does not ask drops it, so nothing stays open while locked.
pub(crate) fn probe(model: &mut Model) -> Option<Box<LockedVault>> {
    let (access, probed) = match LockedVault::open(&model.dir) {
        Err(VaultError::NotFound) => (Access::NoVault, None),
        Err(error) => {
            model.problem = Some(error.into());
            (Access::KeyGone, None)
        }
        Ok(locked) => match locked.provider_wrapped() {
            None => (Access::Passphrase, None),
            // An empty slot: the app stopped before the shell wrapped the key.
            Some([]) => (Access::KeyGone, None),
            Some(wrapped) => {
                let wrapped = wrapped.to_vec();
                (Access::PlatformKey { wrapped }, Some(Box::new(locked)))
            }
        },
    };
    model.access = access;
    model.screen = Screen::Unlock;
    probed
}

/// Asks the shell to unwrap the platform key of the vault just probed, when it has one. The
/// probed vault waits with the request, so the answer unlocks it without opening the file again;
/// a lock drops it with every other pending request.
pub(crate) fn ask_unwrap(
    model: &mut Model,
    effects: &mut Vec<EffectRequest>,
    probed: Option<Box<LockedVault>>,
) {
    if let (Access::PlatformKey { wrapped }, Some(locked)) = (&model.access, probed) {
        let wrapped = wrapped.clone();
        model.request(
            effects,
            Effect::UnwrapKey {
                wrapped: wrapped.clone(),
            },
            Pending::UnwrapKey { wrapped, locked },
        );
    }
}

/// The user asks to unlock with the platform key: the vault is looked at again (it may have
/// changed while locked) and the shell asked to unwrap its key. Nothing happens unless the vault
/// is locked under the platform key.
pub(crate) fn unlock_with_platform_key(model: &mut Model, effects: &mut Vec<EffectRequest>) {
    if let Access::PlatformKey { .. } = model.access {
        let probed = probe(model);
        ask_unwrap(model, effects, probed);
    }
}

/// Creates the vault for the platform key: the data key goes to the shell for wrapping.
pub(crate) fn create_with_platform_key(model: &mut Model, effects: &mut Vec<EffectRequest>) {
    let deferred = Deferred::default();
    match Vault::create(&model.dir, Unlock::Provider(&deferred)) {
        Ok(vault) => hand_key_to_shell(model, effects, vault, &deferred),
        Err(error) => model.problem = Some(error.into()),
    }
}

/// Sends a new or restored vault's data key to the shell; the vault opens once it is wrapped.
fn hand_key_to_shell(
    model: &mut Model,
    effects: &mut Vec<EffectRequest>,
    vault: Vault,
    deferred: &Deferred,
) {
    match deferred.take_key() {
        Some(key) => model.request(
            effects,
            Effect::WrapKey { key: key.to_vec() },
            Pending::WrapKey {
                vault: Box::new(vault),
                key,
            },
        ),
        None => model.problem = Some(Problem::new("app-error-storage", Tone::Critical)),
    }
}

/// The shell wrapped the key: store the wrapping, and the vault is open.
pub(crate) fn key_wrapped(
    model: &mut Model,
    vault: Box<Vault>,
    key: Zeroizing<Vec<u8>>,
    wrapped: Vec<u8>,
) {
    match vault.rewrap(Unlock::Provider(&Answered { wrapped, key })) {
        Ok(()) => unlocked(model, vault),
        Err(error) => model.problem = Some(error.into()),
    }
}

/// The shell could not wrap a new vault's key: nobody could ever open that vault, so it goes.
pub(crate) fn wrap_failed(model: &mut Model, vault: Box<Vault>) {
    drop(vault);
    let _ = Vault::wipe(&model.dir);
    model.problem = Some(Problem::new("app-error-key_provider", Tone::Warning));
    drop(probe(model));
}

/// The shell unwrapped the key: unlock the probed vault with it. A failed unlock closes it.
pub(crate) fn key_unwrapped(
    model: &mut Model,
    locked: Box<LockedVault>,
    wrapped: Vec<u8>,
    key: Vec<u8>,
) {
    let answered = Answered {
        wrapped,
        key: Zeroizing::new(key),
    };
    match locked.unlock(Unlock::Provider(&answered)) {
        Ok(vault) => unlocked(model, Box::new(vault)),
        Err(error) => model.problem = Some(error.into()),
    }
}

/// The platform key is gone: the vault can only be replaced by a backup.
pub(crate) fn key_gone(model: &mut Model) {
    model.access = Access::KeyGone;
    model.problem = Some(Problem::new("app-error-key_unavailable", Tone::Critical));
}

/// Creates the vault under a passphrase, or opens it with one (PBKDF2: slow).
pub(crate) fn with_passphrase(model: &mut Model, text: String, create: bool) {
    let opened = Passphrase::new(text).and_then(|passphrase| {
        let unlock = Unlock::Passphrase(&passphrase);
        match create {
            true => Vault::create(&model.dir, unlock),
            false => Vault::open(&model.dir, unlock),
        }
    });
    match opened {
        Ok(vault) => unlocked(model, Box::new(vault)),
        Err(error) => model.problem = Some(error.into()),
    }
}

/// Restores the picked backup with its passphrase; the restored vault's key goes to the
/// platform key store. A vault whose platform key is gone is wiped first: nobody can open it.
pub(crate) fn restore(model: &mut Model, effects: &mut Vec<EffectRequest>, text: String) {
    let Some(bytes) = model.restore.take() else {
        model.problem = Some(Problem::new("app-error-no_backup_picked", Tone::Warning));
        return;
    };
    if matches!(model.access, Access::KeyGone) {
        let _ = Vault::wipe(&model.dir);
    }
    let file = model.dir.join(RESTORE_FILE);
    let deferred = Deferred::default();
    let restored = Passphrase::new(text).and_then(|passphrase| {
        fs::create_dir_all(&model.dir)?;
        fs::write(&file, &bytes)?;
        let restored =
            Vault::restore_backup(&model.dir, &file, &passphrase, Unlock::Provider(&deferred));
        fs::remove_file(&file)?;
        restored
    });
    match restored {
        Ok(vault) => hand_key_to_shell(model, effects, vault, &deferred),
        Err(error) => {
            let _ = fs::remove_file(&file);
            // The backup stays picked so the user can try the passphrase again.
            model.restore = Some(bytes);
            model.problem = Some(error.into());
        }
    }
}

/// Asks the shell for a backup file to restore.
pub(crate) fn pick_backup(model: &mut Model, effects: &mut Vec<EffectRequest>) {
    model.request(
        effects,
        Effect::PickDocument {
            purpose: PickPurpose::Backup,
            mime_types: vec!["application/octet-stream".to_owned()],
            scan: None,
        },
        Pending::PickBackup,
    );
}

/// The vault is open: read its settings and show the household.
fn unlocked(model: &mut Model, vault: Box<Vault>) {
    if let Ok(Some(language)) = vault.setting(planning::LANGUAGE) {
        model.language = planning::parse_language(&language).unwrap_or(model.language);
    }
    model.access = Access::Unlocked(vault);
    model.restore = None;
    model.scheduled = None;
    model.auto_lock = None;
    model.screen = Screen::Household;
    model.plan_stale = true;
}

/// Locks: the vault closes and everything picked or read is dropped.
pub(crate) fn lock(model: &mut Model) {
    model.access = Access::Unknown;
    model.import = None;
    model.restore = None;
    model.scan = Scan::Idle;
    model.confirm = None;
    model.pending.clear();
    drop(probe(model));
}

/// Asks to wipe: the view model asks to confirm. From settings with the vault open, or at the
/// door when the platform key is gone (`UnlockAction::StartOver`); a locked vault that still
/// opens is not wiped from the door.
pub(crate) fn ask_wipe(model: &mut Model) {
    match model.access {
        Access::Unlocked(_) => {
            model.confirm = Some(Confirm::Wipe);
            model.screen = Screen::Settings;
        }
        Access::KeyGone => model.confirm = Some(Confirm::Wipe),
        Access::Unknown | Access::NoVault | Access::PlatformKey { .. } | Access::Passphrase => {
            model.problem = Some(Problem::new("app-error-locked", Tone::Warning))
        }
    }
}

/// Wipes the vault and asks the shell to delete the platform key.
pub(crate) fn wipe(model: &mut Model, effects: &mut Vec<EffectRequest>) {
    // The open vault closes first: a vault in use is not wiped.
    model.access = Access::Unknown;
    let wiped = Vault::wipe(&model.dir);
    lock(model);
    match wiped {
        Ok(()) | Err(VaultError::NotFound) => {
            model.request(
                effects,
                Effect::DeletePlatformKey,
                Pending::Acknowledge { done: None },
            );
            model.done = Some("app-done-wiped");
        }
        Err(error) => model.problem = Some(error.into()),
    }
}
