// In-memory platform services for the tests: what the Apple adapters do, without the frameworks.
import Foundation
import ShikakuKit
import ShikakuPocket

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

/// An NFC reader whose card is `card` (nil: the user cancels the sheet).
final class FakeCardReader: CardReader, @unchecked Sendable {
    private let lock = NSLock()
    private var held: CardTransport?
    private var prompts: [String] = []

    /// The card held to the phone at the next session.
    var card: CardTransport? {
        get { lock.withLock { held } }
        set { lock.withLock { held = newValue } }
    }
    /// The sheet texts the core asked for.
    var shownPrompts: [String] { lock.withLock { prompts } }

    func withCard(prompt: String, _ body: @escaping @Sendable (CardTransport?) async -> Void) {
        let card = lock.withLock { () -> CardTransport? in
            prompts.append(prompt)
            return held
        }
        Task { await body(card) }
    }
}

/// Files the user will pick, the file types offered, and what the app saved, shared or printed.
actor FakeDocuments: Documents, Printing {
    private(set) var picks: [PickedFile] = []
    private(set) var offered: Set<String> = []
    /// How each pick said a scanned page is written (nil: no scanning offered).
    private(set) var scans: [ScanOutput?] = []
    private(set) var saved: [OutgoingFile] = []
    private(set) var shared: [OutgoingFile] = []
    private(set) var printed: [String] = []

    func willPick(_ file: PickedFile) { picks.append(file) }

    func pick(mimeTypes: [String], scan: ScanOutput?) async -> PickedFile? {
        offered.formUnion(mimeTypes)
        scans.append(scan)
        return picks.isEmpty ? nil : picks.removeFirst()
    }

    func save(_ file: OutgoingFile) async -> SheetOutcome {
        saved.append(file)
        return .done
    }

    func share(_ file: OutgoingFile) async -> SheetOutcome {
        shared.append(file)
        return .done
    }

    func print(title: String, html: String) async -> SheetOutcome {
        printed.append(html)
        return .done
    }
}

/// One phone: its key store, NFC reader, notifications and files, at a fixed instant.
struct FakePhone {
    /// 2026-12-02 10:00 in Japan.
    static let now = Date(timeIntervalSince1970: 1_796_173_200)

    let keys = MemoryKeyStore()
    let cards = FakeCardReader()
    let notifications = MemoryScheduler()
    let files = FakeDocuments()

    var services: PlatformServices {
        PlatformServices(keys: keys, cards: cards, notifications: notifications, documents: files,
                         printing: files, now: { FakePhone.now })
    }
}
