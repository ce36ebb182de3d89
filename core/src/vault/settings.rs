//! App settings (設定) kept in the vault, such as whether the lock screen may preview a reminder.
//! Names are plaintext and limited to lower-case ASCII identifiers so nothing personal can be one;
//! values are sealed.

use rusqlite::{params, OptionalExtension};

use super::error::{RecordRef, Result, VaultError};
use super::members::refuse_in;
use super::tables::{Access, Writing};
use super::{sealed_cell, Vault};

fn cell(row: i64) -> RecordRef {
    RecordRef {
        table: "settings",
        row,
        column: "value",
    }
}

/// A setting name as stored: `[a-z0-9_.]`, 1 to 64 characters.
fn checked_name(name: &str) -> Result<&str> {
    let valid = (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.');
    match valid {
        true => Ok(name),
        false => Err(VaultError::Invalid(
            "setting names are 1 to 64 lower-case letters, digits, '_' or '.'",
        )),
    }
}

/// The `settings` table (設定の表) inside one transaction.
pub struct Settings<'t, M>(pub(crate) Access<'t, M>);

impl<M> Settings<'_, M> {
    /// A setting's value, if it was set.
    pub fn get(&self, name: &str) -> Result<Option<String>> {
        let name = checked_name(name)?;
        let Access { conn, key, .. } = self.0;
        let found = conn
            .query_row(
                "SELECT id, value FROM settings WHERE name = ?1",
                [name],
                |row| {
                    let id = row.get::<_, i64>(0)?;
                    Ok(key.open(cell(id), sealed_cell(row, 1)?).and_then(|plain| {
                        String::from_utf8(plain.to_vec())
                            .map_err(|_| VaultError::Tampered(cell(id)))
                    }))
                },
            )
            .optional()?;
        found.transpose()
    }
}

impl Settings<'_, Writing> {
    /// Stores a setting, replacing its previous value.
    pub fn set(&self, name: &str, value: &str) -> Result<()> {
        let name = checked_name(name)?;
        refuse_in("value", value)?;
        let Access { conn, key, .. } = self.0;
        conn.execute(
            "INSERT INTO settings (name, value) VALUES (?1, x'') ON CONFLICT (name) DO NOTHING",
            [name],
        )?;
        let row: i64 = conn.query_row("SELECT id FROM settings WHERE name = ?1", [name], |r| {
            r.get(0)
        })?;
        conn.execute(
            "UPDATE settings SET value = ?1 WHERE id = ?2",
            params![key.seal(cell(row), value.as_bytes())?, row],
        )?;
        Ok(())
    }
}

impl Vault {
    /// Stores a setting, replacing its previous value.
    pub fn set_setting(&self, name: &str, value: &str) -> Result<()> {
        self.write(|t| t.settings().set(name, value))
    }

    /// A setting's value, if it was set.
    pub fn setting(&self, name: &str) -> Result<Option<String>> {
        self.read(|t| t.settings().get(name))
    }
}
