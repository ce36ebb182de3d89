//! Navigation: which screen the user is on, with what it is about (画面).

use serde::Serialize;
use shikaku_core::scenario::{OnlineCheck, Visit};
use shikaku_core::vault::MemberId;

/// A screen of the app and the member or visit it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "screen", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Screen {
    /// First run or unlock (初回設定・ロック解除).
    Unlock,
    /// The household (世帯).
    Household,
    /// One member (世帯員).
    Member {
        /// The member.
        member: MemberId,
    },
    /// The counter card held up at reception (窓口カード).
    CounterCard {
        /// The member.
        member: MemberId,
    },
    /// What to carry for a visit (受診前の確認).
    VisitCheck {
        /// The member.
        member: MemberId,
        /// Where they are going.
        visit: Visit,
        /// Whether the clinic's card reader works.
        online_check: OnlineCheck,
    },
    /// Bringing in a document (書類の取り込み).
    Import {
        /// The member it belongs to.
        member: MemberId,
    },
    /// The card's PINs (暗証番号).
    Pin {
        /// The member.
        member: MemberId,
    },
    /// Reading the card over NFC (カードの読み取り).
    CardScan {
        /// The member.
        member: MemberId,
    },
    /// Reminders for the household (通知).
    Reminders,
    /// The school-trip or nursery pack (修学旅行・保育所).
    SchoolPack {
        /// The child.
        member: MemberId,
    },
    /// Backup and settings (バックアップと設定).
    Settings,
}

impl Screen {
    /// The member the screen is about, if any.
    pub fn member(self) -> Option<MemberId> {
        match self {
            Screen::Member { member }
            | Screen::CounterCard { member }
            | Screen::VisitCheck { member, .. }
            | Screen::Import { member }
            | Screen::Pin { member }
            | Screen::CardScan { member }
            | Screen::SchoolPack { member } => Some(member),
            Screen::Unlock | Screen::Household | Screen::Reminders | Screen::Settings => None,
        }
    }
}
