// The core's forms drawn (Apple-only, not compiled on Linux CI): each `FormField` by its kind —
// text, digits, a phone number, a date picker in Japan's time zone, a switch — and each choice,
// labelled and read to VoiceOver with the core's words. A form opens with the values and the
// choice the core filled in (an edit form); the values go into ShikakuKit's `FormEntries`, which
// builds the event; the submit button waits for the entries the core marks required. No label,
// default or check is chosen here.
import ShikakuKit
import ShikakuPocket
import SwiftUI

/// The entries of one core form.
struct FormFields: View {
    let fields: [FormField]
    @Binding var entries: FormEntries
    /// The instant each date picker shows; the entry holds its date in Japan once picked.
    @State private var picked: [String: Date] = [:]

    var body: some View {
        ForEach(fields, id: \.name) { field in
            entry(field).accessibilityLabel(field.accessibility)
        }
    }

    @ViewBuilder
    private func entry(_ field: FormField) -> some View {
        switch field.kind {
        case .text, .digits, .phone:
            TextField(field.label, text: text(field.name))
                .keyboardType(field.kind.keyboard)
                .textFieldStyle(.roundedBorder)
        case .date:
            DatePicker(field.label, selection: date(field.name), displayedComponents: .date)
                .environment(\.timeZone, .japan)
        case .toggle:
            Toggle(field.label, isOn: toggle(field.name))
        }
    }

    private func text(_ name: String) -> Binding<String> {
        Binding(get: {
            guard case .text(let text) = entries[name] else { return "" }
            return text
        }, set: { entries[name] = .text($0) })
    }

    private func date(_ name: String) -> Binding<Date> {
        // A date the core filled in opens on that day; an empty one on now until picked.
        Binding(get: { picked[name] ?? entries[name]?.instant ?? Date() }, set: { instant in
            picked[name] = instant
            entries[name] = try? EntryValue.date(at: instant)
        })
    }

    private func toggle(_ name: String) -> Binding<Bool> {
        Binding(get: {
            guard case .toggle(let on) = entries[name] else { return false }
            return on
        }, set: { entries[name] = .toggle($0) })
    }
}

private extension EntryKind {
    /// The keyboard for a typed entry.
    var keyboard: UIKeyboardType {
        switch self {
        case .digits: .numberPad
        case .phone: .phonePad
        case .text, .date, .toggle: .default
        }
    }
}

private extension TimeZone {
    /// The date pickers pick days in Japan, the core's calendar.
    static let japan = TimeZone(identifier: "Asia/Tokyo")!
}

/// One of the core's choices (a relation, a kind of trip).
struct Choice<Value: Hashable>: Hashable {
    let value: Value
    let label: String
    let accessibility: String
    /// Chosen when the form opens (the core's `selected`).
    let selected: Bool
}

extension Choice where Value == Relation {
    init(_ choice: RelationChoice) {
        self.init(value: choice.relation, label: choice.label, accessibility: choice.accessibility, selected: choice.selected)
    }
}

extension Choice where Value == Visit {
    init(_ choice: TripKindChoice) {
        self.init(value: choice.visit, label: choice.label, accessibility: choice.accessibility, selected: choice.selected)
    }
}

/// The core's choices as radio buttons; none is chosen until the user chooses, unless the core
/// chose one (an edit form).
struct ChoiceButtons<Value: Hashable>: View {
    let choices: [Choice<Value>]
    @Binding var selection: Value?

    var body: some View {
        ForEach(choices, id: \.self) { choice in
            Button { selection = choice.value } label: {
                Label(choice.label, systemImage: selection == choice.value ? "checkmark.circle.fill" : "circle")
            }
            .accessibilityLabel(choice.accessibility)
            .accessibilityAddTraits(selection == choice.value ? .isSelected : [])
        }
    }
}

/// A form in a sheet, titled by the action that opened it: entries, choices, and the submit
/// button, which sends the event `build` makes of them and closes the sheet.
struct FormSheet<Value: Hashable>: View {
    let title: String
    let fields: [FormField]
    let choices: [Choice<Value>]
    let submit: Action
    let send: Send
    let build: (FormEntries, Value) -> Event?
    @Environment(\.dismiss) private var dismiss
    @State private var entries: FormEntries
    @State private var choice: Value?

    init(title: String, fields: [FormField], choices: [Choice<Value>], submit: Action, send: Send,
         build: @escaping (FormEntries, Value) -> Event?) {
        self.title = title
        self.fields = fields
        self.choices = choices
        self.submit = submit
        self.send = send
        self.build = build
        _entries = State(initialValue: FormEntries(filledFrom: fields))
        _choice = State(initialValue: choices.first(where: \.selected)?.value)
    }

    var body: some View {
        NavigationStack {
            Form {
                FormFields(fields: fields, entries: $entries)
                ChoiceButtons(choices: choices, selection: $choice)
                ActionButton(action: submit, prominent: true) {
                    guard let choice, let event = build(entries, choice) else { return }
                    send(event)
                    dismiss()
                }
                .disabled(choice == nil || !entries.complete(fields))
            }
            .navigationTitle(title)
            .navigationBarTitleDisplayMode(.inline)
        }
    }
}

/// An action that opens a core form in a sheet titled by it (add, edit, plan).
struct FormButton<Value: Hashable>: View {
    let action: Action
    var prominent = false
    let fields: [FormField]
    let choices: [Choice<Value>]
    let submit: Action
    let send: Send
    let build: (FormEntries, Value) -> Event?
    @State private var open = false

    var body: some View {
        ActionButton(action: action, prominent: prominent) { open = true }
            .sheet(isPresented: $open) {
                FormSheet(title: action.label, fields: fields, choices: choices, submit: submit, send: send, build: build)
            }
    }
}

/// The member's card facts (`MemberView.cardForm`), on the member screen. It opens with the
/// stored facts the core filled in (saving rewrites the whole record), and starts again from the
/// core's values whenever they change (after a save).
struct CardFactsEntries: View {
    let form: CardFactsForm
    let member: MemberId
    let send: Send
    @State private var entries: FormEntries

    init(form: CardFactsForm, member: MemberId, send: Send) {
        self.form = form
        self.member = member
        self.send = send
        _entries = State(initialValue: FormEntries(filledFrom: form.fields))
    }

    var body: some View {
        FormFields(fields: form.fields, entries: $entries)
        ActionButton(action: form.submit) {
            guard let event = entries.saveCardFacts(member: member) else { return }
            send(event)
        }
        .disabled(!entries.complete(form.fields))
        .onChange(of: FormEntries(filledFrom: form.fields)) { _, filled in entries = filled }
    }
}
