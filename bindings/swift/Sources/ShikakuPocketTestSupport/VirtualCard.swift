// Test support (not shipped in the app). A card answering like a My Number card, written in Swift as the CoreNFC transport is: it only
// moves bytes; the protocol is the core's. Logs every APDU it receives.
import Foundation
import ShikakuPocket

public final class VirtualCard: CardTransport, @unchecked Sendable {
    private let certificate: [UInt8]
    private let userTries: Int
    private let lock = NSLock()
    private var selectedFile = 0
    private var received: [[UInt8]] = []

    /// Every command APDU the core sent, in order.
    public var log: [[UInt8]] { lock.withLock { received } }

    /// A card holding `certificate` whose user PIN has `userTries` left.
    public init(certificate: Data, userTries: Int) {
        self.certificate = [UInt8](certificate)
        self.userTries = userTries
    }

    public func transmit(apdu: Data) throws -> Data {
        let bytes = [UInt8](apdu)
        return Data(lock.withLock { answer(bytes) })
    }

    private func answer(_ apdu: [UInt8]) -> [UInt8] {
        received.append(apdu)
        guard apdu.count >= 4 else { return status(0x6700) }
        switch apdu[1] {
        case 0xA4: // SELECT: an AID (P1 04) or an EF (P1 02)
            if apdu[2] == 0x02, apdu.count >= 7 { selectedFile = Int(apdu[5]) << 8 | Int(apdu[6]) }
            return status(0x9000)
        case 0x20: // VERIFY with no data: the tries left of the selected PIN
            let tries = selectedFile == 0x18 ? userTries : selectedFile == 0x1B ? 5 : 3
            return tries == 0 ? status(0x6984) : status(0x63C0 | tries)
        case 0xB0: // READ BINARY of the certificate
            let offset = Int(apdu[2]) << 8 | Int(apdu[3])
            let length = apdu.count > 4 && apdu[4] != 0 ? Int(apdu[4]) : 256
            let end = min(certificate.count, offset + length)
            return Array(certificate[min(offset, end)..<end]) + status(0x9000)
        case 0xCA: // GET DATA: the card's expiry
            return Array("20350517".utf8) + status(0x9000)
        default:
            return status(0x6D00)
        }
    }

    private func status(_ word: Int) -> [UInt8] { [UInt8(word >> 8 & 0xFF), UInt8(word & 0xFF)] }
}

/// A card that left the phone's field.
public final class LostCard: CardTransport, @unchecked Sendable {
    /// A card that is never there.
    public init() {}
    public func transmit(apdu: Data) throws -> Data { throw TransportError.CardLost }
}
