// What the user entered into a form the core describes (app/src/forms.rs: `MemberForm`,
// `CardFactsForm`, `TripForm`), kept by the event field each entry fills (`FormField.name`) and
// turned into the core's event. A form opens with the values the core filled in
// (`FormField.value`: a member's stored details). A picked date becomes the core's date of that
// instant in Japan (`japanDateOfUnix`), and a date the core gave is shown from noon in Japan that
// day (`unixOfJapanDate`); nothing else is checked here: the core refuses a bad value with a banner.
import Foundation
import ShikakuPocket

/// The value of one entry.
public enum EntryValue: Equatable, Sendable {
    /// Typed text (a name, digits, a phone number).
    case text(String)
    /// A picked date.
    case date(JapanDate)
    /// A switch.
    case toggle(Bool)

    /// The date in Japan of the instant a date picker gave (its time zone set to Japan's).
    public static func date(at instant: Date) throws -> EntryValue {
        .date(try japanDateOfUnix(seconds: Int64(instant.timeIntervalSince1970.rounded(.down))))
    }

    /// The entry of a value the core filled in.
    public init(_ value: FieldValue) {
        switch value {
        case .text(let text): self = .text(text)
        case .date(let date): self = .date(date)
        case .toggle(let on): self = .toggle(on)
        }
    }

    /// The instant a date picker shows for a picked date (noon in Japan that day); nil otherwise.
    public var instant: Date? {
        guard case .date(let date) = self else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(unixOfJapanDate(date: date)))
    }
}

/// One form's entries, by `FormField.name`.
public struct FormEntries: Equatable, Sendable {
    private var values: [String: EntryValue] = [:]

    /// An empty form.
    public init() {}

    /// A form holding what the core filled into `fields` (an edit form's stored values).
    public init(filledFrom fields: [FormField]) {
        for field in fields {
            if let value = field.value { values[field.name] = EntryValue(value) }
        }
    }

    /// The entry that fills the event's field `name`.
    public subscript(name: String) -> EntryValue? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// Whether every entry the form marks `required` holds a value (the submit button waits).
    public func complete(_ fields: [FormField]) -> Bool {
        fields.allSatisfy { !$0.required || values[$0.name] != nil && values[$0.name] != .text("") }
    }

    /// `Event.addMember` (the household's `MemberForm`); nil without a name.
    public func addMember(relation: Relation) -> Event? {
        newMember(relation: relation).map { .addMember(member: $0) }
    }

    /// `Event.editMember` (the member's `editForm`); nil without a name.
    public func editMember(member: MemberId, relation: Relation) -> Event? {
        newMember(relation: relation).map { .editMember(member: member, details: $0) }
    }

    private func newMember(relation: Relation) -> NewMember? {
        guard let name = text("name") else { return nil }
        return NewMember(name: name, kana: text("kana"), birthDate: date("birth_date"),
                         relation: relation, mynaportalApp: toggle("mynaportal_app"))
    }

    /// `Event.saveCardFacts` (`CardFactsForm`); nil without the certificate's expiry.
    public func saveCardFacts(member: MemberId) -> Event? {
        guard let ecert = date("ecert_expires") else { return nil }
        return .saveCardFacts(member: member, card: CardRecord(
            expires: date("expires"), ecertExpires: ecert,
            insuranceRegistered: toggle("insurance_registered"), last4: text("last4")))
    }

    /// `Event.planSchoolTrip` (`TripForm`); nil without both days.
    public func planSchoolTrip(member: MemberId, visit: Visit) -> Event? {
        guard let starts = date("starts"), let ends = date("ends") else { return nil }
        return .planSchoolTrip(member: member, visit: visit, starts: starts, ends: ends, contact: text("contact"))
    }

    private func text(_ name: String) -> String? {
        guard case .text(let text) = values[name], !text.isEmpty else { return nil }
        return text
    }

    private func date(_ name: String) -> JapanDate? {
        guard case .date(let date) = values[name] else { return nil }
        return date
    }

    private func toggle(_ name: String) -> Bool {
        guard case .toggle(let on) = values[name] else { return false }
        return on
    }
}

extension ViewModel {
    /// The ways of picking a document the current screen offers (`pickFrom` of the import and
    /// member screens); none elsewhere, where a file is picked as such (a backup to restore).
    public var pickChoices: [PickChoice] {
        switch content {
        case .import(let view): view.pickFrom
        case .member(let view): view.pickFrom
        default: []
        }
    }
}
