// The vault's device key (Security framework; Apple-only, not compiled on Linux CI).
// A P-256 private key created in the Secure Enclave wraps the vault's 32-byte data key with
// ECIES (SecKeyCreateEncryptedData, X9.63 SHA-256 KDF, AES-GCM): the private key never leaves the
// enclave, is usable only while the iPhone is unlocked, stays on this device
// (kSecAttrAccessibleWhenUnlockedThisDeviceOnly) and is never synced to iCloud. A restore to a
// new phone therefore needs the household's backup, which the core reports as KeyUnavailable.
import Foundation
import Security
import ShikakuKit

struct SecureEnclaveKeyStore: KeyStore {
    /// The Keychain tag of the one device key.
    private static let tag = Data("app.shikaku.pocket.vault-key".utf8)
    private static let algorithm: SecKeyAlgorithm = .eciesEncryptionCofactorVariableIVX963SHA256AESGCM

    func wrap(_ dataKey: Data) throws -> Data {
        let key = try existingKey() ?? createKey()
        guard let publicKey = SecKeyCopyPublicKey(key) else { throw KeyStoreError.failed("no public key") }
        var error: Unmanaged<CFError>?
        guard let wrapped = SecKeyCreateEncryptedData(publicKey, Self.algorithm, dataKey as CFData, &error) else {
            throw KeyStoreError.failed("ECIES wrap failed (\(Self.code(error)))")
        }
        return wrapped as Data
    }

    func unwrap(_ wrapped: Data) throws -> Data {
        guard let key = try existingKey() else { throw KeyStoreError.unavailable }
        var error: Unmanaged<CFError>?
        guard let dataKey = SecKeyCreateDecryptedData(key, Self.algorithm, wrapped as CFData, &error) else {
            // A blob this key did not wrap fails its AES-GCM tag.
            throw KeyStoreError.rejected
        }
        return dataKey as Data
    }

    func deleteKey() throws {
        let status = SecItemDelete(Self.query as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else {
            throw KeyStoreError.failed("Keychain delete failed (\(status))")
        }
    }

    private static var query: [String: Any] {
        [kSecClass as String: kSecClassKey,
         kSecAttrApplicationTag as String: tag,
         kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom]
    }

    private func existingKey() throws -> SecKey? {
        var query = Self.query
        query[kSecReturnRef as String] = true
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        switch status {
        case errSecSuccess:
            guard let item, CFGetTypeID(item) == SecKeyGetTypeID() else { throw KeyStoreError.failed("not a key") }
            // A CFTypeRef is bridged to SecKey by a cast that cannot fail once its type ID matched.
            return (item as! SecKey)
        case errSecItemNotFound:
            return nil
        default:
            throw KeyStoreError.failed("Keychain read failed (\(status))")
        }
    }

    private func createKey() throws -> SecKey {
        var error: Unmanaged<CFError>?
        guard let access = SecAccessControlCreateWithFlags(
            kCFAllocatorDefault, kSecAttrAccessibleWhenUnlockedThisDeviceOnly, .privateKeyUsage, &error) else {
            throw KeyStoreError.failed("access control failed (\(Self.code(error)))")
        }
        var attributes: [String: Any] = [
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecAttrKeySizeInBits as String: 256,
            kSecAttrSynchronizable as String: false,
            kSecPrivateKeyAttrs as String: [
                kSecAttrIsPermanent as String: true,
                kSecAttrApplicationTag as String: Self.tag,
                kSecAttrAccessControl as String: access,
            ] as [String: Any],
        ]
        #if !targetEnvironment(simulator)
        // The simulator has no Secure Enclave; there the same key lives in the Keychain.
        attributes[kSecAttrTokenID as String] = kSecAttrTokenIDSecureEnclave
        #endif
        guard let key = SecKeyCreateRandomKey(attributes as CFDictionary, &error) else {
            throw KeyStoreError.failed("Secure Enclave key creation failed (\(Self.code(error)))")
        }
        return key
    }

    /// The error's numeric code only: a CFError's description may quote data.
    private static func code(_ error: Unmanaged<CFError>?) -> Int {
        error.map { CFErrorGetCode($0.takeRetainedValue()) } ?? 0
    }
}
