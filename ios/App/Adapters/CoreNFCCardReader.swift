// The My Number card over CoreNFC (Apple-only, not compiled on Linux CI). An
// NFCTagReaderSession polls ISO 14443; the first ISO 7816 tag is connected and handed to the
// core as a `CardLink` whose exchange is `NFCISO7816Tag.sendCommand`. iOS only lets the app
// SELECT the AIDs listed in Info.plist (checked against the core by ios/scripts/check_app_config.py).
// The core reads the card on a thread of its own (AppCore.answerNfc) and blocks there on each
// answer, which CoreNFC delivers on the session's queue, so the two never share a thread.
import CoreNFC
import Foundation
import ShikakuKit
import ShikakuPocket

final class CoreNFCCardReader: NSObject, CardReader, NFCTagReaderSessionDelegate, @unchecked Sendable {
    private let sessionQueue = DispatchQueue(label: "app.shikaku.pocket.nfc")
    private let lock = NSLock()
    private var session: NFCTagReaderSession?
    private var body: (@Sendable (CardTransport?) async -> Void)?

    func withCard(prompt: String, _ body: @escaping @Sendable (CardTransport?) async -> Void) {
        guard NFCTagReaderSession.readingAvailable,
              let session = NFCTagReaderSession(pollingOption: .iso14443, delegate: self, queue: sessionQueue) else {
            Task { await body(nil) }
            return
        }
        lock.withLock {
            self.session = session
            self.body = body
        }
        session.alertMessage = prompt
        session.begin()
    }

    func tagReaderSessionDidBecomeActive(_ session: NFCTagReaderSession) {}

    func tagReaderSession(_ session: NFCTagReaderSession, didInvalidateWithError error: Error) {
        // Cancelled by the user, timed out, or ended after a read: a body still waiting gets nil.
        Task { await finish(with: nil) }
    }

    func tagReaderSession(_ session: NFCTagReaderSession, didDetect tags: [NFCTag]) {
        guard let first = tags.first, case .iso7816(let tag) = first else {
            session.restartPolling()
            return
        }
        session.connect(to: first) { [weak self] error in
            guard let self else { return }
            if error != nil {
                session.restartPolling()
                return
            }
            let link = CardLink { apdu, reply in Self.send(apdu, to: tag, reply: reply) }
            Task {
                await self.finish(with: link)
                session.invalidate()
            }
        }
    }

    /// Runs the waiting body once, with the link or with nil.
    private func finish(with link: CardTransport?) async {
        let body = lock.withLock { () -> (@Sendable (CardTransport?) async -> Void)? in
            defer { self.body = nil; self.session = nil }
            return self.body
        }
        await body?(link)
    }

    private static func send(_ apdu: Data, to tag: NFCISO7816Tag,
                             reply: @escaping @Sendable (Result<Data, TransportError>) -> Void) {
        guard let command = NFCISO7816APDU(data: apdu) else {
            reply(.failure(.Link(reason: "the core sent an APDU CoreNFC cannot parse")))
            return
        }
        tag.sendCommand(apdu: command) { data, sw1, sw2, error in
            if let error = error as? NFCReaderError {
                reply(.failure(transportError(error)))
            } else if let error {
                reply(.failure(.Link(reason: "NFC error \((error as NSError).code)")))
            } else {
                reply(.success(CardLink.response(data: data, sw1: sw1, sw2: sw2)))
            }
        }
    }

    private static func transportError(_ error: NFCReaderError) -> TransportError {
        switch error.code {
        case .readerTransceiveErrorTagConnectionLost, .readerTransceiveErrorTagNotConnected,
             .readerSessionInvalidationErrorUserCanceled, .readerSessionInvalidationErrorSessionTerminatedUnexpectedly:
            return .CardLost
        case .readerTransceiveErrorTagResponseError, .readerSessionInvalidationErrorSessionTimeout:
            return .Timeout
        default:
            return .Link(reason: "NFC error \(error.code.rawValue)")
        }
    }
}
