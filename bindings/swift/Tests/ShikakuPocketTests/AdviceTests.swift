// The advice journeys of the Kotlin suite (bindings/kotlin/tests), for iOS. Dates cross the FFI
// as ISO `YYYY-MM-DD` strings in Swift.
import XCTest
@testable import ShikakuPocket

final class AdviceTests: XCTestCase {
    private let today = "2026-11-21"

    private func motherInGrace() -> Person {
        Person(
            birthDate: "1981-03-14",
            card: CardFacts(expires: "2031-03-14", ecertExpires: "2026-10-15", insuranceRegistered: true),
            savedPdf: SavedPdf(savedAt: "2026-04-02")
        )
    }

    func testClinicWithABrokenReaderNeedsTheCardAndABackup() throws {
        let advice = try advise(scenario: Scenario(
            today: today, visit: .clinic, onlineCheck: .readerBroken, escort: nil, person: motherInGrace()))
        XCTAssertTrue(advice.covered)
        XCTAssertEqual(advice.carry.map(\.item), [.mynacard, .savedPdf])
        XCTAssertEqual(advice.carry[1].need, .oneOf)
        XCTAssertEqual(advice.alerts.first?.code, .ecertGrace)
        XCTAssertEqual(advice.alerts.first?.date, "2027-01-31")
        // The reader is down: staff check the card by eye together with the backup (advice v2).
        XCTAssertEqual(advice.steps, [.showCard, .showBackup])
        let text = alertText(language: .ja, alert: advice.alerts[0])
        XCTAssertTrue(text.action.contains("2027年1月31日まで使えます"))
    }

    func testASchoolTripLeavesThePdfWithTheTeacher() throws {
        let child = Person(
            card: CardFacts(expires: "2030-07-07", ecertExpires: "2030-07-07", insuranceRegistered: true),
            savedPdf: SavedPdf(savedAt: "2026-09-01")
        )
        let advice = try advise(scenario: Scenario(
            today: today, visit: .schoolTrip, onlineCheck: .unknown, escort: nil, person: child))
        XCTAssertTrue(advice.covered)
        XCTAssertEqual(advice.carry.map(\.item), [.savedPdf])
        XCTAssertTrue(advice.carry[0].copyOk)
        XCTAssertEqual(advice.steps, [.leaveWithTeacher])
    }

    func testAnImpossibleDateIsATypedError() {
        let scenario = Scenario(today: "2026-02-30", visit: .clinic, onlineCheck: .unknown, escort: nil, person: Person())
        XCTAssertThrowsError(try advise(scenario: scenario)) { error in
            guard case ShikakuError.InvalidInput(let reason) = error else {
                return XCTFail("expected InvalidInput, got \(error)")
            }
            XCTAssertTrue(reason.contains("not a valid date"))
        }
    }

    func testAFullMyNumberIsRefusedWithoutEchoingIt() {
        let card = CardFacts(expires: "2031-01-01", ecertExpires: "2030-01-01", insuranceRegistered: true,
                             pinFailures: 0, last4: "123456789018")
        let scenario = Scenario(today: today, visit: .clinic, onlineCheck: .unknown, escort: nil, person: Person(card: card))
        XCTAssertThrowsError(try advise(scenario: scenario)) { error in
            guard case ShikakuError.InvalidInput(let reason) = error else {
                return XCTFail("expected InvalidInput, got \(error)")
            }
            XCTAssertFalse(reason.contains("9018"))
        }
    }

    func testExpiryAndTodayInJapan() throws {
        let expiry = try expiry(issue: Issue(issued: "2026-01-15", birth: "1980-05-10", applied: "2026-01-15",
                                             renewedInWindow: false, cardExpires: nil))
        XCTAssertEqual(expiry.cardExpires, "2035-05-10")
        XCTAssertEqual(try japanDateOfUnix(seconds: 1_795_186_800), "2026-11-21")
        XCTAssertEqual(ruleId(rule: .school1), "R-SCHOOL-1")
    }

    func testCallsFromManyThreadsAgree() throws {
        let scenario = Scenario(today: today, visit: .clinic, onlineCheck: .readerBroken, escort: nil, person: motherInGrace())
        let expected = try advise(scenario: scenario)
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            XCTAssertEqual(try? advise(scenario: scenario), expected)
        }
    }
}
