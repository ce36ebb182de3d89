// The platform services the app core asks for, each a small protocol the app target implements
// with an Apple framework (ios/App/Adapters) and the tests implement in memory. Only bytes, ids,
// files and the core's words cross them: no decision.
import Foundation
import ShikakuPocket

/// Why the key store could not do what was asked.
public enum KeyStoreError: Error, Equatable, Sendable {
    /// Its key is gone (device reset, restored to another phone): the vault needs its backup.
    case unavailable
    /// It holds a key, but not the one that wrapped these bytes.
    case rejected
    /// Anything else, with a short reason that carries no personal data.
    case failed(String)
}

/// Wraps the vault's data key with a device key that never leaves the device (the Secure
/// Enclave on iPhone).
public protocol KeyStore: Sendable {
    /// Encrypts the data key; the vault stores the result as it is.
    func wrap(_ dataKey: Data) throws -> Data
    /// Decrypts what `wrap` returned.
    func unwrap(_ wrapped: Data) throws -> Data
    /// Deletes the device key (the vault was wiped).
    func deleteKey() throws
}

/// Opens an NFC session for a My Number card and hands the link to `body`; the session ends
/// when `body` returns. `nil` means the user cancelled or no card came.
public protocol CardReader: Sendable {
    /// Runs `body` with the card link while the card is held to the phone.
    func withCard(prompt: String, _ body: @escaping @Sendable (CardTransport?) async -> Void)
}

/// The system's local notifications.
public protocol NotificationScheduler: Sendable {
    /// The ids pending now.
    func pendingIDs() async -> Set<String>
    /// Schedules one notification (replacing a pending one with the same id).
    func schedule(_ notification: PlannedNotification) async throws
    /// Cancels pending notifications.
    func cancel(ids: [String]) async
}

/// A file the user picked, read into memory.
public struct PickedFile: Equatable, Sendable {
    /// Its bytes.
    public let bytes: Data
    /// Its name as the system gave it (the core keeps it as the document's source).
    public let name: String

    /// A picked file.
    public init(bytes: Data, name: String) {
        self.bytes = bytes
        self.name = name
    }
}

/// A file the app hands to the user: saved with the document browser, or shared.
public struct OutgoingFile: Equatable, Sendable {
    /// The suggested name.
    public let name: String
    /// Its MIME type.
    public let mimeType: String
    /// Its bytes.
    public let bytes: Data

    /// An outgoing file.
    public init(name: String, mimeType: String, bytes: Data) {
        self.name = name
        self.mimeType = mimeType
        self.bytes = bytes
    }
}

/// How a sheet the user saw ended.
public enum SheetOutcome: Equatable, Sendable {
    /// Done (saved, shared, printed).
    case done
    /// The user dismissed it.
    case cancelled
    /// The system failed, with a short reason.
    case failed(String)
}

/// Documents in and out: the file importer, the document camera, saving and sharing files.
public protocol Documents: Sendable {
    /// Lets the user pick a file of these MIME types, or scan paper when `scan` says how the
    /// page is written (the core's `ScanOutput`: its name and JPEG quality); `nil` when cancelled.
    func pick(mimeTypes: [String], scan: ScanOutput?) async -> PickedFile?
    /// Lets the user save a file.
    func save(_ file: OutgoingFile) async -> SheetOutcome
    /// Offers a file to other apps.
    func share(_ file: OutgoingFile) async -> SheetOutcome
}

/// The system print dialog.
public protocol Printing: Sendable {
    /// Prints an HTML page the core wrote.
    func print(title: String, html: String) async -> SheetOutcome
}
