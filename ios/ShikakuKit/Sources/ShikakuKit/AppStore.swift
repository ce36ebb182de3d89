// The app's one source of truth for SwiftUI: the `AppCore` view model, observable. Views call
// `send` with the core's events; the store passes each to the core, performs the effects it asks
// for (EffectRouter), answers them, and publishes the view model the core renders after each
// step. Effects run concurrently (a file picker waiting for the user does not hold up the
// notifications); `send` returns when the whole cascade is answered. While the counter card names
// a stored document, the store also holds that document's bytes for the PDF or image view, and
// drops them when the screen no longer names it.
import Foundation
import Observation
import ShikakuPocket

/// The observable store over one `AppCore`.
@MainActor
@Observable
public final class AppStore {
    /// What the screen shows now.
    public private(set) var view: ViewModel
    /// A failure of the bridge itself (an answer the core refused): a bug, shown as is.
    public private(set) var bridgeError: String?
    /// The bytes of the document the counter card names (`CounterCardView.document`), read from
    /// the vault; nil on every other screen.
    public private(set) var shownDocument: DocumentContent?
    /// When the core last asked to be woken to plan the notifications again, in seconds from
    /// then (`Effect.scheduleNotifications`); nil until it has planned. The app asks the system
    /// for a background refresh that far ahead.
    public private(set) var refreshAfterSeconds: UInt32?

    @ObservationIgnored private let core: AppCoreProtocol
    @ObservationIgnored private let router: EffectRouter
    @ObservationIgnored private var idleTimer: Task<Void, Never>?
    @ObservationIgnored private var idleSeconds: UInt32?
    @ObservationIgnored private var shownId: DocumentId?

    /// A store over `core`, performing effects with `services`. Send `.start` next.
    public init(core: AppCoreProtocol, services: PlatformServices) {
        self.core = core
        self.router = EffectRouter(services: services)
        self.view = core.view()
    }

    /// Sends a user's event (or `.start`, `.resume`) and performs everything that follows.
    public func send(_ event: Event) async {
        restartIdleTimer()
        await run { try await self.core.send(event: event) }
    }

    private func run(_ step: @escaping () async throws -> [EffectRequest]) async {
        let effects: [EffectRequest]
        do {
            effects = try await step()
        } catch {
            bridgeError = "\(error)"
            effects = []
        }
        view = core.view()
        await loadShownDocument()
        await withTaskGroup(of: Void.self) { group in
            for request in effects {
                group.addTask { await self.perform(request) }
            }
        }
    }

    private func perform(_ request: EffectRequest) async {
        if case .lockAfterIdle(let seconds) = request.effect {
            idleSeconds = seconds
            restartIdleTimer()
        }
        if case .scheduleNotifications(_, let seconds) = request.effect {
            refreshAfterSeconds = seconds
        }
        let core = self.core
        let answer = await router.perform(request.effect) { link in
            await self.run { try await core.answerNfc(id: request.id, transport: link) }
        }
        if let answer {
            await run { try await core.answer(id: request.id, answer: answer) }
        }
    }

    /// Reads the document the view model names, once per document; a later view that names
    /// another one (or none) wins over a read still under way.
    private func loadShownDocument() async {
        var named: DocumentId?
        if case .counterCard(let card) = view.content { named = card.document?.document }
        guard named != shownId else { return }
        shownId = named
        shownDocument = nil
        guard let named else { return }
        do {
            let content = try await core.documentContent(document: named)
            if shownId == named { shownDocument = content }
        } catch {
            // A read no longer wanted (the screen moved on, the vault locked) is dropped.
            if shownId == named { bridgeError = "\(error)" }
        }
    }

    /// Every interaction restarts the idle lock the core asked for.
    private func restartIdleTimer() {
        idleTimer?.cancel()
        guard let seconds = idleSeconds else { return }
        idleTimer = Task { [weak self] in
            try? await Task.sleep(nanoseconds: UInt64(seconds) * 1_000_000_000)
            guard !Task.isCancelled, let self else { return }
            self.idleTimer = nil
            await self.run { try await self.core.send(event: .idleTimeout) }
        }
    }
}
