import Dispatch
import Foundation
import XCTest
import ShikakuKit
import ShikakuPocket

final class CardLinkTests: XCTestCase {
    func testAnswersFromAnotherQueueReachTheCaller() throws {
        let queue = DispatchQueue(label: "nfc")
        let link = CardLink { apdu, reply in
            queue.async { reply(.success(CardLink.response(data: apdu.prefix(2), sw1: 0x90, sw2: 0x00))) }
        }
        XCTAssertEqual(try link.transmit(apdu: Data([0x00, 0xA4, 0x04, 0x0C])), Data([0x00, 0xA4, 0x90, 0x00]))
    }

    func testALinkFailureIsTheCoresTypedError() {
        let link = CardLink { _, reply in reply(.failure(.CardLost)) }
        XCTAssertThrowsError(try link.transmit(apdu: Data([0x00]))) { error in
            XCTAssertEqual(error as? TransportError, .CardLost)
        }
    }

    func testNoAnswerInTimeIsATimeoutAndALateAnswerIsDropped() {
        let late = DispatchSemaphore(value: 0)
        let link = CardLink(timeout: .milliseconds(50)) { _, reply in
            DispatchQueue.global().async {
                late.wait()
                reply(.success(Data([0x90, 0x00])))
            }
        }
        XCTAssertThrowsError(try link.transmit(apdu: Data([0x00]))) { error in
            XCTAssertEqual(error as? TransportError, .Timeout)
        }
        late.signal()
    }

    func testTheCoreReadsAStubbornCardThroughTheLinkAsATypedError() {
        // The core's own card reader over the bridge: a card that answers "unknown instruction"
        // to everything is not a My Number card, and the core says so in a typed error.
        let link = CardLink { _, reply in reply(.success(CardLink.response(data: Data(), sw1: 0x6D, sw2: 0x00))) }
        XCTAssertThrowsError(try readCard(transport: link)) { error in
            guard case ShikakuError.Card = error else { return XCTFail("got \(error)") }
        }
    }
}
