// The household journeys of the Kotlin suite (bindings/kotlin/tests/.../VaultTest.kt), for iOS: a
// real encrypted vault through the FFI, its data key wrapped by a Swift KeyProvider.
import Foundation
import XCTest
@testable import ShikakuPocket
import ShikakuPocketTestSupport

final class VaultTests: XCTestCase {
    private let today = Fixtures.today

    func testAFamilyFromImportToAdviceAndTheSchoolPack() throws {
        let provider = TestKeyProvider()
        let vault = try HouseholdVault.createWithKey(dir: Fixtures.newDir(), provider: provider)
        let parent = try vault.addMember(member: NewMember(
            name: "佐藤 花子", kana: "サトウ ハナコ", birthDate: "1981-03-14", relation: .myself, mynaportalApp: true))
        let child = try vault.addMember(member: NewMember(
            name: "佐藤 陽太", kana: nil, birthDate: "2015-07-07", relation: .child, mynaportalApp: false))
        try vault.reorderMembers(order: [child, parent])
        try vault.renameMember(member: child, name: "佐藤 陽太（長男）")
        XCTAssertEqual(try vault.members().members.map(\.name), ["佐藤 陽太（長男）", "佐藤 花子"])

        let pdf = try Fixtures.data("mynaportal_embedded.pdf")
        let imported = try vault.importDocument(
            member: parent, content: pdf, kind: nil, typed: [:], source: "資格情報.pdf", today: today)
        XCTAssertEqual(imported.kind, .mynaportalPdf)
        // The sample PDF names デジタル 花子: it counts for this member only once confirmed.
        XCTAssertEqual(imported.owner, .mismatch)
        _ = try vault.confirmOwner(member: parent, document: imported.document)
        XCTAssertTrue(imported.missing.isEmpty)
        XCTAssertEqual(try vault.exportDocument(document: imported.document), pdf)
        XCTAssertEqual(try vault.documents(member: parent).documents.first?.fields["insurer_number"], "06139992")

        try vault.setCard(member: parent, card: CardRecord(
            expires: "2031-03-14", ecertExpires: "2027-03-14", insuranceRegistered: true, last4: "1234"))
        let clinic = try vault.advise(member: parent, visit: .clinic, onlineCheck: .readerBroken, escort: nil, today: today)
        XCTAssertTrue(clinic.covered)
        XCTAssertEqual(clinic.carry.map(\.item), [.mynacard, .savedPdf, .mynaportalScreen])

        try vault.setCard(member: child, card: CardRecord(
            expires: "2030-07-07", ecertExpires: "2030-07-07", insuranceRegistered: true, last4: nil))
        let childPdf = try vault.importDocument(
            member: child, content: pdf, kind: nil, typed: [:], source: "child.pdf", today: today)
        _ = try vault.confirmOwner(member: child, document: childPdf.document)
        let trip = try vault.advise(member: child, visit: .schoolTrip, onlineCheck: .unknown, escort: nil, today: today)
        XCTAssertEqual(trip.carry.map(\.item), [.savedPdf])
        let pack = try vault.schoolPack(
            member: child, visit: .schoolTrip, parentContact: "090-0000-0000", today: today, language: .ja)
        XCTAssertTrue(pack.pack.coverNoteHtml.contains("佐藤 陽太（長男）の健康保険"))
        XCTAssertEqual(pack.document, childPdf.document)

        let reminders = try vault.reminders(member: parent, today: today, language: .ja, detailed: false)
        XCTAssertEqual(reminders.count, 5)
        XCTAssertFalse(reminders.contains { $0.title.contains("花子") || $0.body.contains("花子") })
        try vault.acknowledgeReminder(member: parent, reminder: reminders[0].id, today: today)
        XCTAssertEqual(try vault.reminders(member: parent, today: today, language: .ja, detailed: false).map(\.id),
                       reminders.dropFirst().map(\.id))
        XCTAssertGreaterThan(provider.calls, 0)
    }

    func testPinFailuresAndASwiftCardReadFeedTheAdvice() throws {
        let vault = try HouseholdVault.createWithKey(dir: Fixtures.newDir(), provider: TestKeyProvider())
        let member = try vault.addMember(member: NewMember(
            name: "佐藤 光子", kana: nil, birthDate: "1954-05-03", relation: .parent, mynaportalApp: false))
        try vault.setCard(member: member, card: CardRecord(
            expires: "2033-05-03", ecertExpires: "2028-05-03", insuranceRegistered: true, last4: nil))
        for _ in 0..<2 {
            try vault.recordPin(member: member, kind: .userCertificate, outcome: .failed, today: today)
        }
        XCTAssertEqual(try vault.pinStatus(member: member).first { $0.kind == .userCertificate }?.triesLeft, .atMost(1))
        let advice = try vault.advise(member: member, visit: .pharmacy, onlineCheck: .available, escort: nil, today: today)
        XCTAssertTrue(advice.alerts.contains { $0.code == .pinLastTry })

        // The card itself says the PIN is locked: the card's count wins.
        let read = try readCard(transport: VirtualCard(certificate: try Fixtures.data("card/user-cert.der"), userTries: 0))
        XCTAssertEqual(read.userPin, .blocked)
        XCTAssertTrue(try vault.applyCardRead(member: member, read: read, today: today))
        XCTAssertEqual(try vault.pinStatus(member: member).first { $0.kind == .userCertificate }?.triesLeft, .locked)
        let locked = try vault.advise(member: member, visit: .pharmacy, onlineCheck: .available, escort: nil, today: today)
        XCTAssertTrue(locked.alerts.contains { $0.code == .pinLocked })
        XCTAssertTrue(locked.covered)
    }

    func testTheWrongKeyAndALostKeyAreTypedErrors() throws {
        let dir = Fixtures.newDir()
        _ = try HouseholdVault.createWithKey(dir: dir, provider: TestKeyProvider()).addMember(member: NewMember(
            name: "A", kana: nil, birthDate: nil, relation: .myself, mynaportalApp: false))
        XCTAssertThrowsError(try HouseholdVault.openWithKey(dir: dir, provider: TestKeyProvider())) { error in
            XCTAssertEqual(error as? ShikakuError, .WrongKey)
        }
        XCTAssertThrowsError(try HouseholdVault.openWithKey(dir: dir, provider: LostKeyProvider())) { error in
            XCTAssertEqual(error as? ShikakuError, .KeyUnavailable)
        }
    }

    func testABackupRestoresUnderANewDeviceKey() throws {
        let vault = try HouseholdVault.createWithKey(dir: Fixtures.newDir(), provider: TestKeyProvider())
        let member = try vault.addMember(member: NewMember(
            name: "佐藤 花子", kana: nil, birthDate: "1981-03-14", relation: .myself, mynaportalApp: true))
        let pdf = try Fixtures.data("mynaportal_embedded.pdf")
        _ = try vault.importDocument(member: member, content: pdf, kind: nil, typed: [:], source: "a.pdf", today: today)
        let backup = Fixtures.newDir() + ".shikaku"
        try vault.exportBackup(path: backup, backupPassphrase: "correct horse battery staple")

        XCTAssertThrowsError(try HouseholdVault.restoreBackup(
            dir: Fixtures.newDir(), backup: backup, backupPassphrase: "wrong horse battery staple",
            provider: TestKeyProvider())) { error in
            XCTAssertEqual(error as? ShikakuError, .WrongKey)
        }
        let restored = try HouseholdVault.restoreBackup(
            dir: Fixtures.newDir(), backup: backup, backupPassphrase: "correct horse battery staple",
            provider: TestKeyProvider())
        let members = try restored.members().members
        XCTAssertEqual(members.map(\.name), ["佐藤 花子"])
        let documents = try restored.documents(member: members[0].id).documents
        XCTAssertEqual(documents.count, 1)
        XCTAssertEqual(try restored.exportDocument(document: documents[0].id), pdf)
    }

    func testBadInputIsRefusedAndNothingIsStored() throws {
        let vault = try HouseholdVault.createWithKey(dir: Fixtures.newDir(), provider: TestKeyProvider())
        let member = try vault.addMember(member: NewMember(
            name: "A", kana: nil, birthDate: nil, relation: .myself, mynaportalApp: false))
        let pdf = try Fixtures.data("mynaportal_embedded.pdf")
        XCTAssertThrowsError(try vault.importDocument(
            member: member, content: pdf, kind: nil, typed: ["number": "1234 5678 9018"], source: "x.pdf", today: today)
        ) { error in
            guard case ShikakuError.InvalidInput(let reason) = error else { return XCTFail("got \(error)") }
            XCTAssertFalse(reason.contains("9018"))
        }
        XCTAssertThrowsError(try vault.importDocument(
            member: member, content: Data("not a document".utf8), kind: nil, typed: [:], source: "x", today: today)
        ) { error in
            guard case ShikakuError.Document = error else { return XCTFail("got \(error)") }
        }
        XCTAssertThrowsError(try vault.advise(member: 999, visit: .clinic, onlineCheck: .unknown, escort: nil, today: today)) {
            guard case ShikakuError.NotFound = $0 else { return XCTFail("got \($0)") }
        }
        XCTAssertTrue(try vault.documents(member: member).documents.isEmpty)
    }
}
