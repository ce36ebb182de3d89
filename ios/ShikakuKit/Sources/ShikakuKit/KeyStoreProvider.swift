// The vault's `KeyProvider` (the core's seam for a platform key) over the app's `KeyStore`, with
// the store's failures turned into the core's typed errors: a lost key becomes `KeyUnavailable`
// (offer the backup), a foreign key `WrongKey`.
import Foundation
import ShikakuPocket

/// A `KeyProvider` that lets a `KeyStore` (the Secure Enclave) wrap the vault's data key.
public final class KeyStoreProvider: KeyProvider, @unchecked Sendable {
    private let store: KeyStore

    /// The provider over `store`.
    public init(store: KeyStore) {
        self.store = store
    }

    public func wrapKey(dataKey: Data) throws -> Data {
        try Self.translated { try store.wrap(dataKey) }
    }

    public func unwrapKey(wrapped: Data) throws -> Data {
        try Self.translated { try store.unwrap(wrapped) }
    }

    private static func translated(_ call: () throws -> Data) throws -> Data {
        do {
            return try call()
        } catch KeyStoreError.unavailable {
            throw KeyProviderError.Unavailable
        } catch KeyStoreError.rejected {
            throw KeyProviderError.Rejected
        } catch KeyStoreError.failed(let reason) {
            throw KeyProviderError.Failed(reason: reason)
        } catch {
            throw KeyProviderError.Failed(reason: "key store: \(type(of: error))")
        }
    }
}
