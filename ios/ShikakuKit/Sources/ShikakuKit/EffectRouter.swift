// Performs the app core's effects with the platform services and returns each one's answer.
// Every request is answered exactly once (the core refuses a second answer), with the core's own
// vocabulary: a lost device key is `keyUnavailable`, a dismissed sheet `cancelled`, any other
// failure `failed` with a reason that carries no personal data. Nothing here decides what to do.
import Foundation
import ShikakuPocket

/// The platform services an effect may need.
public struct PlatformServices: Sendable {
    /// The device key (the Secure Enclave).
    public let keys: KeyStore
    /// The NFC reader.
    public let cards: CardReader
    /// Local notifications.
    public let notifications: NotificationScheduler
    /// Files in and out.
    public let documents: Documents
    /// The print dialog.
    public let printing: Printing
    /// The current instant (the core turns it into today's date in Japan).
    public let now: @Sendable () -> Date

    /// The services the app runs with.
    public init(keys: KeyStore, cards: CardReader, notifications: NotificationScheduler,
                documents: Documents, printing: Printing, now: @escaping @Sendable () -> Date = { Date() }) {
        self.keys = keys
        self.cards = cards
        self.notifications = notifications
        self.documents = documents
        self.printing = printing
        self.now = now
    }
}

/// Performs effects for the store; the store sends each answer to the core.
public struct EffectRouter: Sendable {
    private let services: PlatformServices

    /// A router over `services`.
    public init(services: PlatformServices) {
        self.services = services
    }

    /// Performs `effect`; an NFC session calls `withCard` with the link while the card is held
    /// and answers `cancelled` when no card came.
    public func perform(_ effect: Effect,
                        withCard: @escaping @Sendable (CardTransport) async -> Void) async -> Answer? {
        switch effect {
        case .wrapKey(let key):
            return keyAnswer { .keyWrapped(wrapped: try services.keys.wrap(key)) }
        case .unwrapKey(let wrapped):
            return keyAnswer { .keyUnwrapped(key: try services.keys.unwrap(wrapped)) }
        case .deletePlatformKey:
            return keyAnswer { try services.keys.deleteKey(); return .done }
        case .nfcSession(let prompt):
            return await nfcSession(prompt: prompt, withCard: withCard)
        case .pickDocument(_, let mimeTypes, let scan):
            guard let file = await services.documents.pick(mimeTypes: mimeTypes, scan: scan) else { return .cancelled }
            return .documentPicked(name: file.name, bytes: file.bytes)
        case .saveFile(let name, let mimeType, let bytes):
            return answer(await services.documents.save(OutgoingFile(name: name, mimeType: mimeType, bytes: bytes)))
        case .shareFile(let name, let mimeType, let bytes):
            return answer(await services.documents.share(OutgoingFile(name: name, mimeType: mimeType, bytes: bytes)))
        case .printHtml(let title, let html):
            return answer(await services.printing.print(title: title, html: html))
        case .scheduleNotifications(let notifications, _):
            // The store keeps `refreshAfterSeconds`; the app asks the system for that refresh.
            let planned = notifications.map {
                PlannedNotification(id: $0.id, fireAt: Date(timeIntervalSince1970: TimeInterval($0.fireAtUnix)),
                                    title: $0.title, body: $0.body)
            }
            await NotificationSync(scheduler: services.notifications).apply(planned, now: services.now())
            return .done
        case .today:
            do {
                return .today(date: try japanDateOfUnix(seconds: Int64(services.now().timeIntervalSince1970.rounded(.down))))
            } catch {
                return .failed(reason: "no date for this instant")
            }
        case .lockAfterIdle:
            // The store keeps the timer; the request itself is acknowledged.
            return .done
        }
    }

    /// Opens the session; answers nil when the core got the link (it answers through
    /// `answerNfc`), `cancelled` otherwise.
    private func nfcSession(prompt: String,
                            withCard: @escaping @Sendable (CardTransport) async -> Void) async -> Answer? {
        await withCheckedContinuation { continuation in
            services.cards.withCard(prompt: prompt) { link in
                guard let link else { return continuation.resume(returning: .cancelled) }
                await withCard(link)
                continuation.resume(returning: nil)
            }
        }
    }

    private func keyAnswer(_ call: () throws -> Answer) -> Answer {
        do {
            return try call()
        } catch KeyStoreError.unavailable {
            return .keyUnavailable
        } catch KeyStoreError.rejected {
            return .failed(reason: "the device key does not match")
        } catch KeyStoreError.failed(let reason) {
            return .failed(reason: reason)
        } catch {
            return .failed(reason: "key store: \(type(of: error))")
        }
    }

    private func answer(_ outcome: SheetOutcome) -> Answer {
        switch outcome {
        case .done: .done
        case .cancelled: .cancelled
        case .failed(let reason): .failed(reason: reason)
        }
    }
}
