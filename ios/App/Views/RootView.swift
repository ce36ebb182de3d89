// The one root view (Apple-only): draws the store's view model — title, back, banner, the screen,
// the core's confirmation as an alert — and applies its flags: large type and the screen kept on for the counter card, the app
// switcher cover and `.privacySensitive()` whenever a household is open.
import ShikakuKit
import ShikakuPocket
import SwiftUI

/// Sends one event to the store from a view: one tap, one event (the core asks any follow-up).
@MainActor
struct Send {
    let store: AppStore

    func callAsFunction(_ event: Event) {
        Task { await store.send(event) }
    }
}

struct RootView: View {
    let store: AppStore

    var body: some View {
        let model = store.view
        let send = Send(store: store)
        NavigationStack {
            ScrollView {
                VStack(alignment: .leading, spacing: 16) {
                    if let banner = model.banner { LineText(line: banner, font: .headline) }
                    // A refused answer is a bug in this shell, not a user's mistake: shown as is.
                    if let error = store.bridgeError { Text(error).font(.footnote.monospaced()).foregroundStyle(.red) }
                    ScreenContent(content: model.content, shownDocument: store.shownDocument, send: send)
                }
                .padding()
                .frame(maxWidth: .infinity, alignment: .leading)
            }
            .navigationTitle(model.title)
            .navigationBarTitleDisplayMode(.inline)
            .toolbar {
                if let back = model.back {
                    ToolbarItem(placement: .topBarLeading) {
                        Button { send(.navigate(screen: back)) } label: { Image(systemName: "chevron.backward") }
                    }
                }
            }
        }
        // The alert's buttons send the answer; the next view model, without the question, closes it.
        .alert(model.confirmation?.title ?? "",
               isPresented: Binding(get: { model.confirmation != nil }, set: { _ in }),
               presenting: model.confirmation) { question in
            Button(question.confirm.label, role: question.style == .critical ? .destructive : nil) {
                send(question.confirmEvent)
            }
            .accessibilityLabel(question.confirm.accessibility)
            Button(question.cancel.label, role: .cancel) { send(question.cancelEvent) }
                .accessibilityLabel(question.cancel.accessibility)
        } message: { question in
            Text(question.message.text).accessibilityLabel(question.message.accessibility)
        }
        .dynamicTypeSize(model.largeType ? .xxxLarge ... .accessibility5 : .xSmall ... .accessibility5)
        .fontWeight(model.highContrast ? .semibold : nil)
        .privacySensitive(model.blockScreenshots)
        .coveredWhenInactive(model.blockScreenshots)
        .keepsScreenAwake(model.keepAwake)
    }
}

/// The screen's own content, one view per `ScreenView` case.
struct ScreenContent: View {
    let content: ScreenView
    /// The bytes of the document the counter card names (`AppStore.shownDocument`).
    let shownDocument: DocumentContent?
    let send: Send

    var body: some View {
        switch content {
        case .unlock(let view): UnlockScreen(view: view, send: send)
        case .household(let view): HouseholdScreen(view: view, send: send)
        case .member(let view): MemberScreen(view: view, send: send)
        case .counterCard(let view): CounterCardScreen(view: view, content: shownDocument)
        case .visitCheck(let view): VisitCheckScreen(view: view, send: send)
        case .import(let view): ImportScreen(view: view, send: send)
        case .pin(let view): PinScreen(view: view, send: send)
        case .cardScan(let view): CardScanScreen(view: view, send: send)
        case .reminders(let view): RemindersScreen(view: view, send: send)
        case .schoolPack(let view): SchoolPackScreen(view: view, send: send)
        case .settings(let view): SettingsScreen(view: view, send: send)
        }
    }
}
