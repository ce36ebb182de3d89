// Reading a card through a Swift transport, as the CoreNFC one does (Kotlin: CardTest.kt).
import Foundation
import XCTest
@testable import ShikakuPocket
import ShikakuPocketTestSupport

final class CardTests: XCTestCase {
    func testReadsCountsAndExpiriesWithoutSpendingATry() throws {
        let card = VirtualCard(certificate: try Fixtures.data("card/user-cert.der"), userTries: 2)
        let read = try readCard(transport: card)
        XCTAssertEqual(read.userPin, .remaining(2))
        XCTAssertEqual(read.signaturePin, .remaining(5))
        XCTAssertEqual(read.cardExpires, "2035-05-17")
        XCTAssertGreaterThan(read.ecertExpires, "2026-01-01")
        // No VERIFY ever carries a PIN: every VERIFY is exactly 00 20 00 80.
        let verifies = card.log.filter { $0.count > 1 && $0[1] == 0x20 }
        XCTAssertEqual(verifies.count, 3)
        XCTAssertTrue(verifies.allSatisfy { $0 == [0x00, 0x20, 0x00, 0x80] })
    }

    func testALockedPinIsReportedAsBlocked() throws {
        let card = VirtualCard(certificate: try Fixtures.data("card/user-cert.der"), userTries: 0)
        XCTAssertEqual(try readCard(transport: card).userPin, .blocked)
    }

    func testALostCardIsATypedLinkError() {
        XCTAssertThrowsError(try readCard(transport: LostCard())) { error in
            guard case ShikakuError.CardLink(let reason) = error else { return XCTFail("got \(error)") }
            XCTAssertTrue(reason.contains("lost"))
        }
    }
}
