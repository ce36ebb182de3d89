// The app's entry (Apple-only, not compiled on Linux CI): one AppCore for the vault in
// Application Support, the Apple adapters as its platform services, and the root view. The core
// is started once; coming back to the foreground and each background refresh send `.resume`, on
// which the core asks for today's date and re-plans the reminders.
import BackgroundTasks
import ShikakuKit
import ShikakuPocket
import SwiftUI

@main
struct ShikakuPocketApp: App {
    private static let refreshTask = "app.shikaku.pocket.replan-reminders"

    @State private var store: AppStore
    @State private var documents: DocumentCoordinator
    @Environment(\.scenePhase) private var phase

    init() {
        let documents = DocumentCoordinator()
        let support = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
        let services = PlatformServices(keys: SecureEnclaveKeyStore(), cards: CoreNFCCardReader(),
                                        notifications: UserNotificationScheduler(), documents: documents,
                                        printing: PrintService())
        // The device's language until the vault's own setting is read.
        let language: Language = Locale.preferredLanguages.first?.hasPrefix("ja") == false ? .en : .ja
        let core = AppCore(dir: support.appendingPathComponent("vault").path, language: language)
        _store = State(initialValue: AppStore(core: core, services: services))
        _documents = State(initialValue: documents)
    }

    var body: some Scene {
        WindowGroup {
            RootView(store: store)
                .documentSheets(documents, choices: store.view.pickChoices)
                .task { await store.send(.start) }
        }
        .onChange(of: phase) { old, new in
            if new == .background { Self.askForRefresh() }
            if old == .background && new != .background { Task { await store.send(.resume) } }
        }
        .backgroundTask(.appRefresh(Self.refreshTask)) {
            await store.send(.resume)
            Self.askForRefresh()
        }
    }

    /// Asks iOS for a background refresh (it chooses when) so the 64 nearest reminders stay scheduled.
    private static func askForRefresh() {
        let request = BGAppRefreshTaskRequest(identifier: refreshTask)
        request.earliestBeginDate = Date(timeIntervalSinceNow: 6 * 60 * 60)
        try? BGTaskScheduler.shared.submit(request)
    }
}
