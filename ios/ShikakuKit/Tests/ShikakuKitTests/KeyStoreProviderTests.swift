import Foundation
import XCTest
import ShikakuKit
import ShikakuPocket

final class KeyStoreProviderTests: XCTestCase {
    private func newDir() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("shikakukit-\(UUID().uuidString)").path
    }

    func testAVaultOpensAgainThroughTheKeyStore() throws {
        let store = MemoryKeyStore()
        let dir = newDir()
        let vault = try HouseholdVault.createWithKey(dir: dir, provider: KeyStoreProvider(store: store))
        _ = try vault.addMember(member: NewMember(
            name: "佐藤 花子", kana: nil, birthDate: "1981-03-14", relation: .myself, mynaportalApp: true))
        let reopened = try HouseholdVault.openWithKey(dir: dir, provider: KeyStoreProvider(store: store))
        XCTAssertEqual(try reopened.members().members.map(\.name), ["佐藤 花子"])
    }

    func testAForeignAndADeletedKeyAreTheCoresTypedErrors() throws {
        let store = MemoryKeyStore()
        let dir = newDir()
        _ = try HouseholdVault.createWithKey(dir: dir, provider: KeyStoreProvider(store: store))
        XCTAssertThrowsError(try HouseholdVault.openWithKey(dir: dir, provider: KeyStoreProvider(store: MemoryKeyStore()))) {
            XCTAssertEqual($0 as? ShikakuError, .WrongKey)
        }
        try store.deleteKey()
        XCTAssertThrowsError(try HouseholdVault.openWithKey(dir: dir, provider: KeyStoreProvider(store: store))) {
            XCTAssertEqual($0 as? ShikakuError, .KeyUnavailable)
        }
    }
}
