package app.shikaku.android.platform

import android.content.Context
import android.content.pm.PackageManager
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import android.security.keystore.StrongBoxUnavailableException
import android.security.keystore.UserNotAuthenticatedException
import app.shikaku.core.KeyProviderException
import app.shikaku.shell.PlatformKeyStore
import java.security.GeneralSecurityException
import java.security.KeyStore
import java.security.ProviderException
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * The vault's platform key in the Android Keystore: an AES-256-GCM key that never leaves the
 * Keystore (in StrongBox when the phone has one), usable only while the device is unlocked, and —
 * when [authenticationSeconds] is set — only within that many seconds of a biometric or device
 * credential check ([BiometricGate]). The core hands it the vault's 32-byte data key to wrap
 * (nonce then ciphertext and tag) and to unwrap.
 *
 * Errors map to the core's: no key (a restored or reset phone) or an invalidated one is
 * `Unavailable` (offer a restore from backup), a failed tag is `Rejected`, anything else `Failed`
 * with the exception's class name only.
 */
class KeystoreKeyProvider(
    context: Context,
    private val alias: String = DEFAULT_ALIAS,
    private val authenticationSeconds: Int? = null,
) : PlatformKeyStore {
    private val strongBox = context.packageManager.hasSystemFeature(PackageManager.FEATURE_STRONGBOX_KEYSTORE)

    override fun wrapKey(dataKey: ByteArray): ByteArray = mapped {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, existingKey() ?: generateKey())
        cipher.iv + cipher.doFinal(dataKey)
    }

    override fun unwrapKey(wrapped: ByteArray): ByteArray = mapped {
        val key = existingKey() ?: throw KeyProviderException.Unavailable()
        if (wrapped.size <= NONCE_BYTES) throw KeyProviderException.Rejected()
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BITS, wrapped, 0, NONCE_BYTES))
        cipher.doFinal(wrapped, NONCE_BYTES, wrapped.size - NONCE_BYTES)
    }

    /** Deletes the key, when the user wipes the vault. */
    override fun delete() = mapped { keyStore().deleteEntry(alias) }

    private fun keyStore(): KeyStore = KeyStore.getInstance(ANDROID_KEYSTORE).apply { load(null) }

    private fun existingKey(): SecretKey? = keyStore().getKey(alias, null) as? SecretKey

    private fun generateKey(): SecretKey = try {
        generate(inStrongBox = strongBox)
    } catch (e: StrongBoxUnavailableException) {
        generate(inStrongBox = false)
    }

    private fun generate(inStrongBox: Boolean): SecretKey {
        val spec = KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setKeySize(KEY_BITS)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setRandomizedEncryptionRequired(true)
            .setUnlockedDeviceRequired(true)
            .setIsStrongBoxBacked(inStrongBox)
        authenticationSeconds?.let { seconds ->
            spec.setUserAuthenticationRequired(true)
            spec.setUserAuthenticationParameters(seconds, KeyProperties.AUTH_BIOMETRIC_STRONG or KeyProperties.AUTH_DEVICE_CREDENTIAL)
        }
        return KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, ANDROID_KEYSTORE).run {
            init(spec.build())
            generateKey()
        }
    }

    private fun <T> mapped(operation: () -> T): T = try {
        operation()
    } catch (e: KeyProviderException) {
        throw e
    } catch (e: KeyPermanentlyInvalidatedException) {
        throw KeyProviderException.Unavailable()
    } catch (e: AEADBadTagException) {
        throw KeyProviderException.Rejected()
    } catch (e: UserNotAuthenticatedException) {
        throw KeyProviderException.Failed(e.javaClass.simpleName)
    } catch (e: GeneralSecurityException) {
        throw KeyProviderException.Failed(e.javaClass.simpleName)
    } catch (e: ProviderException) {
        throw KeyProviderException.Failed(e.javaClass.simpleName)
    }

    private companion object {
        const val ANDROID_KEYSTORE = "AndroidKeyStore"
        const val DEFAULT_ALIAS = "shikaku.vault.kek"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val KEY_BITS = 256
        const val NONCE_BYTES = 12
        const val TAG_BITS = 128
    }
}
