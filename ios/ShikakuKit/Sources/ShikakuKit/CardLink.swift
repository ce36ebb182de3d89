// The bridge between CoreNFC, which answers each APDU in a callback, and the core's
// `CardTransport`, which the Rust card reader calls synchronously on its own thread. The link
// waits for the callback with a deadline; it must never be called on the thread the callback
// is delivered on (the app calls `readCard` on a background queue).
import Dispatch
import Foundation
import ShikakuPocket

/// A `CardTransport` over a callback-based exchange (CoreNFC's `NFCISO7816Tag.sendCommand`).
public final class CardLink: CardTransport, @unchecked Sendable {
    /// Sends one command APDU and calls back once with the whole response, status word included.
    public typealias Exchange = (_ apdu: Data, _ reply: @escaping @Sendable (Result<Data, TransportError>) -> Void) -> Void

    private let exchange: Exchange
    private let timeout: DispatchTimeInterval

    /// A link that waits at most `timeout` for each answer.
    public init(timeout: DispatchTimeInterval = .seconds(5), exchange: @escaping Exchange) {
        self.exchange = exchange
        self.timeout = timeout
    }

    public func transmit(apdu: Data) throws -> Data {
        let answered = DispatchSemaphore(value: 0)
        let box = ReplyBox()
        exchange(apdu) { result in
            if box.set(result) { answered.signal() }
        }
        guard answered.wait(timeout: .now() + timeout) == .success, let result = box.take() else {
            box.close()
            throw TransportError.Timeout
        }
        return try result.get()
    }

    /// The response APDU CoreNFC gives in parts: the data, then the status word's two bytes.
    public static func response(data: Data, sw1: UInt8, sw2: UInt8) -> Data {
        data + Data([sw1, sw2])
    }
}

/// The first answer to one APDU; a late or second answer is dropped.
private final class ReplyBox: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Data, TransportError>?
    private var closed = false

    /// Stores the answer; false when one came already or the wait is over.
    func set(_ value: Result<Data, TransportError>) -> Bool {
        lock.withLock {
            guard !closed, result == nil else { return false }
            result = value
            return true
        }
    }

    func take() -> Result<Data, TransportError>? { lock.withLock { result } }

    func close() { lock.withLock { closed = true } }
}
