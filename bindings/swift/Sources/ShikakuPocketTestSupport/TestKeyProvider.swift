// Test support (not shipped in the app). A platform key for the tests, as the app's Keychain / Secure Enclave provider will be: it wraps
// the vault's data key with a secret only it keeps, and rejects what another key wrapped.
// On Apple platforms it is AES-GCM from CryptoKit; on Linux, where CryptoKit does not exist, a
// one-time pad with a key check: a test double for the KeyProvider seam, not a cipher for the app.
import Foundation
import ShikakuPocket

#if canImport(CryptoKit)
import CryptoKit

public final class TestKeyProvider: KeyProvider, @unchecked Sendable {
    private let key = SymmetricKey(size: .bits256)
    private let lock = NSLock()
    private var count = 0
    /// A provider with a fresh key.
    public init() {}

    /// How often the vault asked to wrap or unwrap.
    public var calls: Int { lock.withLock { count } }

    public func wrapKey(dataKey: Data) throws -> Data {
        lock.withLock { count += 1 }
        guard let sealed = try AES.GCM.seal(dataKey, using: key).combined else {
            throw KeyProviderError.Failed(reason: "AES-GCM gave no combined form")
        }
        return sealed
    }

    public func unwrapKey(wrapped: Data) throws -> Data {
        lock.withLock { count += 1 }
        do {
            return try AES.GCM.open(AES.GCM.SealedBox(combined: wrapped), using: key)
        } catch {
            throw KeyProviderError.Rejected
        }
    }
}
#else
public final class TestKeyProvider: KeyProvider, @unchecked Sendable {
    private static let checkLength = 16
    private let check: [UInt8] = randomBytes(TestKeyProvider.checkLength)
    private let pad: [UInt8] = randomBytes(32)
    private let lock = NSLock()
    private var count = 0
    /// A provider with a fresh key.
    public init() {}

    /// How often the vault asked to wrap or unwrap.
    public var calls: Int { lock.withLock { count } }

    private static func randomBytes(_ length: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<length).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    private func xorPad(_ bytes: some Collection<UInt8>) throws -> [UInt8] {
        guard bytes.count == pad.count else { throw KeyProviderError.Failed(reason: "the data key is not 32 bytes") }
        return zip(bytes, pad).map { $0 ^ $1 }
    }

    public func wrapKey(dataKey: Data) throws -> Data {
        lock.withLock { count += 1 }
        return Data(check + (try xorPad(dataKey)))
    }

    public func unwrapKey(wrapped: Data) throws -> Data {
        lock.withLock { count += 1 }
        let bytes = [UInt8](wrapped)
        guard bytes.count == check.count + pad.count, Array(bytes.prefix(check.count)) == check else {
            throw KeyProviderError.Rejected
        }
        return Data(try xorPad(bytes.dropFirst(check.count)))
    }
}
#endif

/// A provider whose key is gone (a Keychain wiped by a device reset).
public final class LostKeyProvider: KeyProvider, @unchecked Sendable {
    /// A provider without a key.
    public init() {}
    public func wrapKey(dataKey: Data) throws -> Data { throw KeyProviderError.Unavailable }
    public func unwrapKey(wrapped: Data) throws -> Data { throw KeyProviderError.Unavailable }
}
