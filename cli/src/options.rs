//! The options several commands share: `--member ID`, `--lang ja|en`, and the snake_case option
//! values that name a core enum.

use clap::{Args, ValueEnum};
use serde::de::DeserializeOwned;
use serde_json::json;
use shikaku_core::text::Language;

use crate::error::CliError;

/// `--member ID`.
#[derive(Args)]
pub(crate) struct MemberOption {
    /// The member's id (from `member add` or `member list`).
    #[arg(long, value_name = "ID")]
    pub(crate) member: i64,
}

/// A language option (`--lang`).
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Lang {
    /// 日本語
    Ja,
    /// English
    En,
}

impl From<Lang> for Language {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Ja => Language::Ja,
            Lang::En => Language::En,
        }
    }
}

/// A snake_case name (already limited by clap to the possible values) as its core enum.
pub(crate) fn named<T: DeserializeOwned>(name: &str) -> Result<T, CliError> {
    serde_json::from_value(json!(name)).map_err(|_| CliError::Invalid {
        option: "value",
        reason: format!("unknown value {name}"),
    })
}
