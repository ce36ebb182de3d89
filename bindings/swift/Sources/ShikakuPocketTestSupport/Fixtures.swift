// Test support (not shipped in the app). The core's test fixtures (core/tests/fixtures), read from the source tree.
import Foundation

public enum Fixtures {
    /// The day the journeys happen on.
    public static let today = "2026-11-21"

    /// The bytes of fixture `name`.
    public static func data(_ name: String) throws -> Data {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../core/tests/fixtures").standardized
        return try Data(contentsOf: root.appendingPathComponent(name))
    }

    /// A fresh directory for a vault (not created: the vault creates it).
    public static func newDir() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("shikaku-\(UUID().uuidString)").path
    }
}
