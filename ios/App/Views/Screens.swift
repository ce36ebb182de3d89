// One SwiftUI view per screen of the app core (Apple-only, not compiled on Linux CI). Each draws
// its view model's lines, facts and actions and sends the event an action names; none decides,
// words or dates anything.
import ShikakuPocket
import SwiftUI

struct UnlockScreen: View {
    let view: UnlockView
    let send: Send
    @State private var passphrase = ""

    var body: some View {
        Text(view.heading).font(.title2.bold())
        ForEach(Array(view.explanation.enumerated()), id: \.offset) { LineText(line: $0.element) }
        ForEach(Array(view.choices.enumerated()), id: \.offset) { _, choice in
            if let label = choice.passphraseLabel {
                SecureField(label, text: $passphrase).textContentType(.password).textFieldStyle(.roundedBorder)
            }
            ActionButton(action: choice.action, prominent: true) { send(event(for: choice.kind)) }
        }
    }

    private func event(for kind: UnlockAction) -> Event {
        switch kind {
        case .createWithPlatformKey: .createWithPlatformKey
        case .createWithPassphrase: .createWithPassphrase(passphrase: passphrase)
        case .unlockWithPlatformKey: .unlockWithPlatformKey
        case .unlockWithPassphrase: .unlockWithPassphrase(passphrase: passphrase)
        case .restoreFromBackup: .restoreFromBackup
        case .restoreWithPassphrase: .restoreWithPassphrase(passphrase: passphrase)
        // The core then asks to confirm (the root view's alert).
        case .startOver: .wipeVault
        }
    }
}

struct HouseholdScreen: View {
    let view: HouseholdView
    let send: Send

    var body: some View {
        if let empty = view.empty { LineText(line: empty) }
        if let damaged = view.damaged { LineText(line: damaged) }
        ForEach(view.members, id: \.member) { row in
            Button { send(.navigate(screen: .member(member: row.member))) } label: {
                VStack(alignment: .leading, spacing: 4) {
                    Text(row.name).font(.headline)
                    Text(row.relation).font(.subheadline).foregroundStyle(.secondary)
                    LineText(line: row.statusLine)
                    if let next = row.next { LineText(line: next, font: .footnote) }
                }
                .frame(maxWidth: .infinity, alignment: .leading)
            }
            .buttonStyle(.bordered)
            .accessibilityElement(children: .ignore)
            .accessibilityLabel(row.accessibility)
            HStack {
                ForEach(Array([row.moveUp, row.moveDown].compactMap { $0 }.enumerated()), id: \.offset) { _, move in
                    ActionButton(action: move.action) { send(.reorderMembers(order: move.order)) }
                }
            }
        }
        if let add = view.add, let form = view.addForm {
            FormButton(action: add, prominent: true, fields: form.fields, choices: form.relations.map { Choice($0) },
                       submit: form.submit, send: send) { entries, relation in entries.addMember(relation: relation) }
        }
        if let reminders = view.reminders { ActionButton(action: reminders) { send(.navigate(screen: .reminders)) } }
        if let settings = view.settings { ActionButton(action: settings) { send(.navigate(screen: .settings)) } }
    }
}

struct MemberScreen: View {
    let view: MemberView
    let send: Send

    var body: some View {
        Text(view.name).font(.title.bold())
        Text(view.relation).foregroundStyle(.secondary)
        LineText(line: view.status)
        if let birth = view.birth { FactRow(fact: birth) }
        ForEach(Array(view.missing.enumerated()), id: \.offset) { LineText(line: $0.element) }
        ActionButton(action: view.counterCard, prominent: true) { send(.navigate(screen: .counterCard(member: view.member))) }
        ActionButton(action: view.visitCheck) { send(.navigate(screen: view.visitCheckScreen)) }
        ForEach(Array((view.card + view.pins).enumerated()), id: \.offset) { FactRow(fact: $0.element) }
        CardFactsEntries(form: view.cardForm, member: view.member, send: send)
        ForEach(view.documents, id: \.document) { row in
            VStack(alignment: .leading) {
                Text(row.kind).font(.headline)
                if let date = row.keyDate { FactRow(fact: date) }
                Text(row.storedOn.text).font(.footnote).foregroundStyle(.secondary)
            }
            .accessibilityElement(children: .ignore)
            .accessibilityLabel(row.accessibility)
            ActionButton(action: row.remove) { send(.removeDocument(document: row.document)) }
        }
        ActionButton(action: view.import) { send(.importDocument(member: view.member)) }
        ActionButton(action: view.pin) { send(.navigate(screen: .pin(member: view.member))) }
        ActionButton(action: view.scan) { send(.scanCard(member: view.member)) }
        if let pack = view.schoolPack { ActionButton(action: pack) { send(.navigate(screen: .schoolPack(member: view.member))) } }
        FormButton(action: view.edit, fields: view.editForm.fields, choices: view.editForm.relations.map { Choice($0) },
                   submit: view.editForm.submit, send: send) { entries, relation in
            entries.editMember(member: view.member, relation: relation)
        }
        // The core asks before removing (the root view's alert).
        ActionButton(action: view.remove) { send(.removeMember(member: view.member)) }
    }
}

/// Held up at reception: large, high contrast, the screen kept on (flags of the view model). The
/// document's button (`ShownDocument.label`) opens the stored PDF or photo below the facts.
struct CounterCardScreen: View {
    let view: CounterCardView
    /// The bytes of `view.document`, once the store has read them.
    let content: DocumentContent?
    @State private var open = false

    var body: some View {
        LineText(line: view.name, font: .largeTitle)
        ForEach(Array((view.insurance + view.shareRatio).enumerated()), id: \.offset) { FactRow(fact: $0.element, large: true) }
        if let document = view.document {
            Button { open.toggle() } label: {
                Label(document.label, systemImage: "doc.richtext").font(.title3.bold()).frame(maxWidth: .infinity)
            }
            .buttonStyle(.borderedProminent)
            .controlSize(.large)
            .disabled(content == nil)
            if open, let content { StoredDocumentView(content: content, name: document.kind) }
        }
        LineText(line: view.howToShow, font: .title3)
        if let nothing = view.nothingToShow { LineText(line: nothing, font: .title3) }
    }
}

struct VisitCheckScreen: View {
    let view: VisitCheckView
    let send: Send

    var body: some View {
        Text(view.name).font(.title2.bold())
        Picker(selection: Binding(get: { view.visit }, set: { go(visit: $0, online: view.onlineCheck) })) {
            ForEach(view.visits, id: \.visit) { Text($0.label).tag($0.visit) }
        } label: { EmptyView() }
        .pickerStyle(.menu)
        Picker(selection: Binding(get: { view.onlineCheck }, set: { go(visit: view.visit, online: $0) })) {
            ForEach(view.onlineChecks, id: \.onlineCheck) { Text($0.label).tag($0.onlineCheck) }
        } label: { EmptyView() }
        .pickerStyle(.menu)
        LineText(line: view.covered, font: .headline)
        Text(view.carryHeading).font(.headline)
        ForEach(Array(view.carry.enumerated()), id: \.offset) { _, group in
            LineText(line: group.heading)
            ForEach(Array(group.items.enumerated()), id: \.offset) { _, item in
                VStack(alignment: .leading) {
                    Text(item.item).font(.body.bold())
                    Text(item.why).font(.callout)
                    if let note = item.note { Text(note).font(.footnote).foregroundStyle(.secondary) }
                }
            }
        }
        Text(view.alertsHeading).font(.headline)
        ForEach(Array(view.alerts.enumerated()), id: \.offset) { _, alert in
            LineText(line: alert.title)
            Text(alert.action).font(.callout)
        }
        Text(view.stepsHeading).font(.headline)
        ListItems(items: view.steps)
    }

    private func go(visit: Visit, online: OnlineCheck) {
        send(.navigate(screen: .visitCheck(member: view.member, visit: visit, onlineCheck: online)))
    }
}

struct ImportScreen: View {
    let view: ImportView
    let send: Send

    var body: some View {
        if !view.picked {
            ActionButton(action: view.pick, prominent: true) { send(.importDocument(member: view.member)) }
        } else {
            if let kind = view.kind { Text(kind).font(.headline) }
            ForEach(view.kinds, id: \.kind) { choice in
                Button { send(.setImportKind(kind: choice.kind)) } label: {
                    Label(choice.label, systemImage: choice.selected ? "checkmark.circle.fill" : "circle")
                }
            }
            ForEach(Array(view.read.enumerated()), id: \.offset) { FactRow(fact: $0.element) }
            ForEach(view.toType, id: \.name) { FieldInput(prompt: $0, send: send) }
            if let owner = view.ownerCheck { LineText(line: owner) }
            ActionButton(action: view.confirm, prominent: true) { send(.confirmImport) }
            ActionButton(action: view.cancel) { send(.cancelImport) }
        }
    }
}

/// A field of a document to type; sent when the user finishes typing it.
private struct FieldInput: View {
    let prompt: FieldPrompt
    let send: Send
    @State private var text = ""

    var body: some View {
        VStack(alignment: .leading) {
            Text(prompt.label).font(.caption)
            TextField(prompt.hint, text: $text)
                .textFieldStyle(.roundedBorder)
                .onAppear { text = prompt.value ?? "" }
                .onSubmit { send(.typeImportField(name: prompt.name, value: text)) }
        }
    }
}

struct PinScreen: View {
    let view: PinView
    let send: Send

    var body: some View {
        LineText(line: view.intro)
        ForEach(view.pins, id: \.kind) { pin in
            Text(pin.name).font(.headline)
            LineText(line: pin.tries, font: .title3)
            ForEach(Array(pin.guidance.enumerated()), id: \.offset) { Text($0.element).font(.callout) }
            HStack {
                ActionButton(action: pin.recordFailed) { send(.recordPin(member: view.member, kind: pin.kind, outcome: .failed)) }
                ActionButton(action: pin.recordSucceeded) { send(.recordPin(member: view.member, kind: pin.kind, outcome: .succeeded)) }
            }
        }
        ActionButton(action: view.scan, prominent: true) { send(.scanCard(member: view.member)) }
    }
}

struct CardScanScreen: View {
    let view: CardScanView
    let send: Send

    var body: some View {
        ListItems(items: view.instructions)
        LineText(line: view.progress, font: .headline)
        if view.state == .waiting { ProgressView() }
        ForEach(Array(view.result.enumerated()), id: \.offset) { FactRow(fact: $0.element) }
        if let error = view.error { LineText(line: error) }
        ActionButton(action: view.start, prominent: true) { send(.scanCard(member: view.member)) }
    }
}

struct RemindersScreen: View {
    let view: RemindersView
    let send: Send

    var body: some View {
        if let empty = view.empty { LineText(line: empty) }
        ForEach(Array(view.upcoming.enumerated()), id: \.offset) { _, row in
            VStack(alignment: .leading) {
                Text(row.name).font(.headline)
                Text(row.what)
                Text(row.deadline.text).font(.callout)
            }
            .accessibilityElement(children: .ignore)
            .accessibilityLabel(row.accessibility)
        }
        Toggle(view.detailsLabel, isOn: Binding(get: { view.detailsOn }, set: { send(.setReminderDetails(detailed: $0)) }))
        LineText(line: view.detailsHelp, font: .footnote)
        ActionButton(action: view.exportCalendar) { send(.exportCalendar) }
    }
}

struct SchoolPackScreen: View {
    let view: SchoolPackView
    let send: Send

    var body: some View {
        Text(view.name).font(.title2.bold())
        ForEach(Array(view.trip.enumerated()), id: \.offset) { FactRow(fact: $0.element) }
        FormButton(action: view.plan, fields: view.planForm.fields, choices: view.planForm.visits.map { Choice($0) },
                   submit: view.planForm.submit, send: send) { entries, visit in
            entries.planSchoolTrip(member: view.member, visit: visit)
        }
        LineText(line: view.handOver)
        LineText(line: view.ready)
        ListItems(items: view.toDo)
        ActionButton(action: view.print, prominent: true) { send(.printSchoolPack(member: view.member)) }
        ActionButton(action: view.share) { send(.shareSchoolPack(member: view.member)) }
    }
}

struct SettingsScreen: View {
    let view: SettingsView
    let send: Send
    @State private var passphrase = ""

    var body: some View {
        Text(view.languageLabel).font(.headline)
        ForEach(view.languages, id: \.language) { choice in
            Button { send(.setLanguage(language: choice.language)) } label: {
                Label(choice.label, systemImage: choice.selected ? "checkmark.circle.fill" : "circle")
            }
        }
        Text(view.autoLockLabel).font(.headline)
        ForEach(view.autoLocks, id: \.minutes) { choice in
            Button { send(.setAutoLock(minutes: choice.minutes)) } label: {
                Label(choice.label, systemImage: choice.selected ? "checkmark.circle.fill" : "circle")
            }
        }
        LineText(line: view.backupHelp)
        SecureField(view.backupPassphraseLabel, text: $passphrase).textFieldStyle(.roundedBorder)
        ActionButton(action: view.exportBackup, prominent: true) { send(.exportBackup(passphrase: passphrase)) }
        // The core asks before wiping (the root view's alert).
        ActionButton(action: view.wipe) { send(.wipeVault) }
    }
}
