// The household journeys of the Kotlin suite (bindings/kotlin/tests/.../VaultTest.kt), for iOS:
// a vault whose data key a Swift KeyProvider (CryptoKit, as the Keychain-backed one will) wraps.
import CryptoKit
import Foundation
import XCTest
@testable import ShikakuPocket

/// A platform key in Swift: AES-GCM over a key it keeps.
final class SwiftKeyProvider: KeyProvider, @unchecked Sendable {
    private let key = SymmetricKey(size: .bits256)

    func wrapKey(dataKey: Data) throws -> Data {
        try AES.GCM.seal(dataKey, using: key).combined!
    }

    func unwrapKey(wrapped: Data) throws -> Data {
        do {
            return try AES.GCM.open(AES.GCM.SealedBox(combined: wrapped), using: key)
        } catch {
            throw KeyProviderError.Rejected
        }
    }
}

final class VaultTests: XCTestCase {
    private let today = "2026-11-21"

    private func newDir() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
    }

    private func fixture(_ name: String) throws -> Data {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../core/tests/fixtures").standardized
        return try Data(contentsOf: root.appendingPathComponent(name))
    }

    func testAFamilyFromImportToAdviceAndTheSchoolPack() throws {
        let vault = try HouseholdVault.createWithKey(dir: newDir(), provider: SwiftKeyProvider())
        let parent = try vault.addMember(member: NewMember(
            name: "佐藤 花子", kana: nil, birthDate: "1981-03-14", relation: .myself, mynaportalApp: true))
        let pdf = try fixture("mynaportal_embedded.pdf")
        let imported = try vault.importDocument(
            member: parent, content: pdf, kind: nil, typed: [:], source: "資格情報.pdf", today: today)
        XCTAssertEqual(imported.kind, .mynaportalPdf)
        XCTAssertEqual(try vault.exportDocument(document: imported.document), pdf)
        try vault.setCard(member: parent, card: CardRecord(
            expires: "2031-03-14", ecertExpires: "2029-03-14", insuranceRegistered: true, last4: nil))
        let advice = try vault.advise(member: parent, visit: .clinic, onlineCheck: .readerBroken, escort: nil, today: today)
        XCTAssertTrue(advice.covered)
        XCTAssertEqual(advice.carry.map(\.item), [.mynacard, .savedPdf, .mynaportalScreen])
        let pack = try vault.schoolPack(member: parent, visit: .schoolTrip, parentContact: nil, today: today, language: .ja)
        XCTAssertEqual(pack.document, imported.document)
    }

    func testPinFailuresFeedTheAdvice() throws {
        let vault = try HouseholdVault.createWithKey(dir: newDir(), provider: SwiftKeyProvider())
        let member = try vault.addMember(member: NewMember(
            name: "佐藤 光子", kana: nil, birthDate: "1954-05-03", relation: .parent, mynaportalApp: false))
        try vault.setCard(member: member, card: CardRecord(
            expires: "2033-05-03", ecertExpires: "2028-05-03", insuranceRegistered: true, last4: nil))
        for _ in 0..<2 {
            try vault.recordPin(member: member, kind: .userCertificate, outcome: .failed, today: today)
        }
        let user = try vault.pinStatus(member: member).first { $0.kind == .userCertificate }
        XCTAssertEqual(user?.triesLeft, .atMost(1))
        let advice = try vault.advise(member: member, visit: .pharmacy, onlineCheck: .available, escort: nil, today: today)
        XCTAssertTrue(advice.alerts.contains { $0.code == .pinLastTry })
    }

    func testTheWrongKeyIsATypedError() throws {
        let dir = newDir()
        _ = try HouseholdVault.createWithKey(dir: dir, provider: SwiftKeyProvider())
        XCTAssertThrowsError(try HouseholdVault.openWithKey(dir: dir, provider: SwiftKeyProvider())) { error in
            guard case ShikakuError.WrongKey = error else { return XCTFail("expected WrongKey, got \(error)") }
        }
    }
}
