// The app's one source of truth for SwiftUI: the `AppCore` view model, observable. Views call
// `send` with the core's events; the store passes each to the core, performs the effects it asks
// for (EffectRouter), answers them, and publishes the view model the core renders after each
// step. Effects run concurrently (a file picker waiting for the user does not hold up the
// notifications); `send` returns when the whole cascade is answered.
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

    @ObservationIgnored private let core: AppCoreProtocol
    @ObservationIgnored private let router: EffectRouter
    @ObservationIgnored private var idleTimer: Task<Void, Never>?
    @ObservationIgnored private var idleSeconds: UInt32?

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
        let core = self.core
        let answer = await router.perform(request.effect) { link in
            await self.run { try await core.answerNfc(id: request.id, transport: link) }
        }
        if let answer {
            await run { try await core.answer(id: request.id, answer: answer) }
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
