//! What of the person's documents counts today (`docs/contracts/advice.md`, "What counts as
//! held"): a document that is not theirs (R-OWNER-1), that predates a change of insurer
//! (R-CHANGE-1) or the 75th birthday (R-AGE-75), or that is not valid yet, counts as not held.
//! Every other part of the decision reads the documents through [`Derived`], never directly.

use crate::ages::{elderly_status_starts, turns_75};
use crate::dates::{birthday_at_age, JapanDate};
use crate::expiry::ecert_grace_end;
use crate::pin::PinKind;
use crate::scenario::{
    CardFacts, Certificate, LegacyCard, LimitCertificate, Notice, OnlineCheck, Phone, SavedPdf,
    Scenario, SubsidyCard,
};

/// The first day of the version-2 era: a legacy card is void after a change of insurer dated on or
/// after it (R-LEGACY-1, R-CHANGE-1).
const NO_NEW_LEGACY_CARDS_FROM: (i32, u32, u32) = (2024, 12, 2);

/// Facts derived once from a scenario and shared by the parts of the decision.
pub(super) struct Derived<'a> {
    pub today: JapanDate,
    pub scenario: &'a Scenario,
    /// The 75th birthday, when the birth date is known (R-AGE-75).
    pub turns_75: Option<JapanDate>,
    /// The change of insurer in force: dated on or before today, and not the automatic move at
    /// 75, which the 75th-birthday rules cover instead (R-CHANGE-1, R-AGE-75).
    pub change: Option<JapanDate>,
}

impl<'a> Derived<'a> {
    pub fn of(scenario: &'a Scenario) -> Self {
        let today = scenario.today;
        let turns_75 = scenario.person.birth_date.map(turns_75);
        let change = scenario
            .person
            .insurance_changed_on
            .filter(|&on| on <= today && Some(on) != turns_75);
        Derived {
            today,
            scenario,
            turns_75,
            change,
        }
    }

    /// The My Number card, if it is the person's own (R-OWNER-1).
    pub fn card(&self) -> Option<&'a CardFacts> {
        self.scenario
            .person
            .card
            .as_ref()
            .filter(|card| !card.owner_mismatch)
    }

    /// The card body has expired; an unknown expiry is never guessed (R-CARD-1).
    pub fn body_expired(&self, card: &CardFacts) -> bool {
        card.expires.is_some_and(|expires| self.today > expires)
    }

    /// The certificate ends because the card ends: the remedy is a new card, and no renewal
    /// window or grace applies (R-ECERT-4).
    pub fn ends_with_card(card: &CardFacts) -> bool {
        card.expires
            .is_some_and(|expires| card.ecert_expires >= expires)
    }

    /// The card works as a マイナ保険証 today: registered, body not expired, certificate within
    /// its grace (R-ECERT-3). A locked PIN does not matter (R-PIN-2).
    pub fn usable_card(&self) -> Option<&'a CardFacts> {
        self.card().filter(|card| {
            card.insurance_registered
                && !self.body_expired(card)
                && self.today <= ecert_grace_end(card.ecert_expires)
        })
    }

    /// The card's 4-digit PIN is known to be locked (R-PIN-1).
    pub fn pin_locked(card: &CardFacts) -> bool {
        card.pin_failures
            .is_some_and(|failures| failures >= PinKind::UserCertificate.lockout_limit())
    }

    /// The person can log in to マイナポータル today: valid card body, certificate not expired
    /// (no grace), and a usable card PIN or the phone certificate (R-PORTAL-1, R-PHONE-1).
    pub fn can_log_in(&self) -> bool {
        let smartphone = self.phone().smartphone_card;
        self.card().is_some_and(|card| {
            !self.body_expired(card)
                && self.today <= card.ecert_expires
                && (!Self::pin_locked(card) || smartphone)
        })
    }

    /// What the phone can do (nothing when no phone is given).
    pub fn phone(&self) -> Phone {
        self.scenario.person.phone.clone().unwrap_or_default()
    }

    /// The clinic's reader is expected to work: online checking available or not known.
    pub fn reader_up(&self) -> bool {
        matches!(
            self.scenario.online_check,
            OnlineCheck::Available | OnlineCheck::Unknown
        )
    }

    /// The 70th birthday has passed (R-AGE-70, R-LIMIT-1).
    pub fn seventy_or_older(&self) -> bool {
        self.scenario
            .person
            .birth_date
            .is_some_and(|birth| self.today >= birthday_at_age(birth, 70))
    }

    /// A document dated `on` (its valid-from or issue date) is void from the 75th birthday
    /// (R-AGE-75).
    pub fn void_at_75(&self, on: JapanDate) -> bool {
        self.turns_75
            .is_some_and(|birthday| self.today >= birthday && on < birthday)
    }

    /// A document dated `on` (`None`: date unknown) predates the change of insurer (R-CHANGE-1).
    pub fn void_by_change(&self, on: Option<JapanDate>) -> bool {
        self.change
            .is_some_and(|change| on.is_none_or(|on| on < change))
    }

    /// The saved PDF, if it is theirs; `current` also drops one void at 75 or after a change.
    pub fn pdf(&self, current: bool) -> Option<&'a SavedPdf> {
        let pdf = self.scenario.person.saved_pdf.as_ref();
        pdf.filter(|pdf| !pdf.owner_mismatch)
            .filter(|pdf| !current || !self.pdf_void(pdf))
    }

    pub fn pdf_void(&self, pdf: &SavedPdf) -> bool {
        self.void_at_75(pdf.saved_at) || self.void_by_change(Some(pdf.saved_at))
    }

    /// The date a notice counts from: its valid-from date, else its issue date.
    pub fn notice_date(notice: &Notice) -> JapanDate {
        notice.valid_from.unwrap_or(notice.issued)
    }

    /// The notice, if it is theirs; `current` also drops one void at 75 or after a change, or
    /// not valid yet.
    pub fn notice(&self, current: bool) -> Option<&'a Notice> {
        let notice = self.scenario.person.notice.as_ref();
        notice
            .filter(|notice| !notice.owner_mismatch)
            .filter(|notice| {
                !current || (!self.notice_void(notice) && self.started(notice.valid_from))
            })
    }

    pub fn notice_void(&self, notice: &Notice) -> bool {
        let on = Self::notice_date(notice);
        self.void_at_75(on) || self.void_by_change(Some(on))
    }

    /// The 資格確認書, if it is theirs and not void (at 75 by its valid-from date, after a change
    /// always unless valid from on or after it); `today` also drops one not valid yet.
    pub fn certificate(&self, today: bool) -> Option<&'a Certificate> {
        let certificate = self.scenario.person.certificate.as_ref();
        certificate
            .filter(|c| !c.owner_mismatch && !self.certificate_void(c))
            .filter(|c| !today || self.started(c.valid_from))
    }

    pub fn certificate_void(&self, certificate: &Certificate) -> bool {
        certificate.valid_from.is_some_and(|on| self.void_at_75(on))
            || self.void_by_change(certificate.valid_from)
    }

    /// An unexpired 資格確認書 valid today: the original, or a copy where `copy_ok` (R-KAKU-1,
    /// R-SCHOOL-1).
    pub fn valid_certificate(&self, copy_ok: bool) -> Option<&'a Certificate> {
        self.certificate(true)
            .filter(|c| (copy_ok || !c.copy_only) && c.expires >= self.today)
    }

    /// The legacy card, if it is theirs and not void by a change of insurer (R-LEGACY-1).
    pub fn legacy_card(&self) -> Option<&'a LegacyCard> {
        let legacy = self.scenario.person.legacy_card.as_ref();
        legacy.filter(|legacy| !legacy.owner_mismatch && !self.legacy_void())
    }

    fn legacy_void(&self) -> bool {
        let from = JapanDate::from_ymd(
            NO_NEW_LEGACY_CARDS_FROM.0,
            NO_NEW_LEGACY_CARDS_FROM.1,
            NO_NEW_LEGACY_CARDS_FROM.2,
        );
        self.change
            .is_some_and(|change| from.is_ok_and(|from| change >= from))
    }

    /// The 限度額適用認定証, if it is theirs and not void by a change of insurer (R-LIMIT-1).
    pub fn limit_certificate(&self) -> Option<&'a LimitCertificate> {
        let limit = self.scenario.person.limit_certificate.as_ref();
        limit.filter(|limit| !limit.owner_mismatch && !self.void_by_change(limit.issued))
    }

    /// The 医療証, if it is theirs (R-SUBSIDY-1).
    pub fn subsidy_card(&self) -> Option<&'a SubsidyCard> {
        let subsidy = self.scenario.person.subsidy_card.as_ref();
        subsidy.filter(|card| !card.owner_mismatch)
    }

    /// The 医療証 valid today (no expiry: valid).
    pub fn valid_subsidy_card(&self) -> Option<&'a SubsidyCard> {
        self.subsidy_card()
            .filter(|card| card.expires.is_none_or(|expires| expires >= self.today))
    }

    /// A held document is void because of the change of insurer (R-CHANGE-1).
    pub fn any_void_by_change(&self) -> bool {
        let person = &self.scenario.person;
        self.change.is_some()
            && (self
                .pdf(false)
                .is_some_and(|pdf| self.void_by_change(Some(pdf.saved_at)))
                || self
                    .notice(false)
                    .is_some_and(|n| self.void_by_change(Some(Self::notice_date(n))))
                || person
                    .certificate
                    .as_ref()
                    .is_some_and(|c| !c.owner_mismatch && self.void_by_change(c.valid_from))
                || person
                    .legacy_card
                    .as_ref()
                    .is_some_and(|l| !l.owner_mismatch && self.legacy_void())
                || person
                    .limit_certificate
                    .as_ref()
                    .is_some_and(|l| !l.owner_mismatch && self.void_by_change(l.issued)))
    }

    /// A held PDF, notice or 資格確認書 is void because of the 75th birthday (R-AGE-75).
    pub fn any_void_at_75(&self) -> bool {
        let person = &self.scenario.person;
        self.pdf(false)
            .is_some_and(|pdf| self.void_at_75(pdf.saved_at))
            || self
                .notice(false)
                .is_some_and(|n| self.void_at_75(Self::notice_date(n)))
            || person.certificate.as_ref().is_some_and(|c| {
                !c.owner_mismatch && c.valid_from.is_some_and(|on| self.void_at_75(on))
            })
    }

    /// After a change of insurer, the new registration is not known to be done: neither confirmed
    /// nor shown by a new notice or 資格確認書 (R-CHANGE-1).
    pub fn new_insurer_pending(&self) -> bool {
        self.change.is_some()
            && !self.scenario.person.new_insurer_registered
            && self.notice(true).is_none()
            && self.valid_certificate(true).is_none()
    }

    /// A held document is not the person's (R-OWNER-1).
    pub fn any_not_theirs(&self) -> bool {
        let person = &self.scenario.person;
        [
            person.card.as_ref().map(|d| d.owner_mismatch),
            person.saved_pdf.as_ref().map(|d| d.owner_mismatch),
            person.notice.as_ref().map(|d| d.owner_mismatch),
            person.certificate.as_ref().map(|d| d.owner_mismatch),
            person.legacy_card.as_ref().map(|d| d.owner_mismatch),
            person.limit_certificate.as_ref().map(|d| d.owner_mismatch),
            person.subsidy_card.as_ref().map(|d| d.owner_mismatch),
        ]
        .into_iter()
        .flatten()
        .any(|mismatch| mismatch)
    }

    /// A document valid from `valid_from` has started to be valid today.
    fn started(&self, valid_from: Option<JapanDate>) -> bool {
        valid_from.is_none_or(|from| from <= self.today)
    }

    /// The date 高齢受給者 status starts, when the birth date is known (R-AGE-70).
    pub fn elderly_status_starts(&self) -> Option<JapanDate> {
        self.scenario.person.birth_date.map(elderly_status_starts)
    }
}
