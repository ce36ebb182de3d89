// In-memory platform services for the tests: what the Apple adapters do, without the frameworks.
import Foundation
import ShikakuKit

/// A notification centre that keeps pending requests in a dictionary, refusing ids in `refused`.
actor MemoryScheduler: NotificationScheduler {
    private(set) var pending: [String: PlannedNotification] = [:]
    private let refused: Set<String>

    init(pending: [PlannedNotification] = [], refused: Set<String> = []) {
        self.pending = Dictionary(uniqueKeysWithValues: pending.map { ($0.id, $0) })
        self.refused = refused
    }

    func pendingIDs() async -> Set<String> { Set(pending.keys) }

    func schedule(_ notification: PlannedNotification) async throws {
        if refused.contains(notification.id) { throw KeyStoreError.failed("refused") }
        pending[notification.id] = notification
    }

    func cancel(ids: [String]) async {
        ids.forEach { pending[$0] = nil }
    }
}

/// A key store over a key in memory (XOR with a per-store pad, tagged so a foreign blob is
/// rejected): a double for the Secure Enclave, not a cipher.
final class MemoryKeyStore: KeyStore, @unchecked Sendable {
    private let lock = NSLock()
    private var pad: [UInt8]? = (0..<32).map { _ in UInt8.random(in: .min ... .max) }
    private let tag = UUID().uuidString

    func wrap(_ dataKey: Data) throws -> Data {
        guard let pad = lock.withLock({ pad }) else { throw KeyStoreError.unavailable }
        return Data(tag.utf8) + Data(zip(dataKey, pad).map { $0 ^ $1 })
    }

    func unwrap(_ wrapped: Data) throws -> Data {
        guard let pad = lock.withLock({ pad }) else { throw KeyStoreError.unavailable }
        let prefix = Data(tag.utf8)
        guard wrapped.starts(with: prefix) else { throw KeyStoreError.rejected }
        return Data(zip(wrapped.dropFirst(prefix.count), pad).map { $0 ^ $1 })
    }

    func deleteKey() throws {
        lock.withLock { pad = nil }
    }
}
