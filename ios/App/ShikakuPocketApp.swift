// The app's entry (Apple-only, not compiled on Linux CI): one AppCore for the vault in
// Application Support, the Apple adapters as its platform services, and the root view. The core
// is started once; coming back to the foreground and each background refresh send `.resume`, on
// which the core asks for today's date and re-plans the reminders. The core chooses the starting
// language from the device's preferred languages, and how far ahead to ask for the next
// background refresh (`AppStore.refreshAfterSeconds`).
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
        let core = AppCore.forDevice(dir: support.appendingPathComponent("vault").path,
                                     languageTags: Locale.preferredLanguages)
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
            if new == .background { Self.askForRefresh(after: store.refreshAfterSeconds) }
            if old == .background && new != .background { Task { await store.send(.resume) } }
        }
        .backgroundTask(.appRefresh(Self.refreshTask)) {
            await store.send(.resume)
            await Self.askForRefresh(after: store.refreshAfterSeconds)
        }
    }

    /// Asks iOS for a background refresh `seconds` ahead, as the core's last notification plan
    /// said (iOS chooses when), so the 64 nearest reminders stay scheduled; nothing before the
    /// core has planned.
    private static func askForRefresh(after seconds: UInt32?) {
        guard let seconds else { return }
        let request = BGAppRefreshTaskRequest(identifier: refreshTask)
        request.earliestBeginDate = Date(timeIntervalSinceNow: TimeInterval(seconds))
        try? BGTaskScheduler.shared.submit(request)
    }
}
