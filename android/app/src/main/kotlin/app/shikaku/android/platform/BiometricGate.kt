package app.shikaku.android.platform

import android.content.Context
import android.hardware.biometrics.BiometricManager
import android.hardware.biometrics.BiometricPrompt
import android.os.CancellationSignal

/**
 * The optional unlock prompt before the vault opens: a strong biometric or the device credential,
 * through the framework's BiometricPrompt. A [KeystoreKeyProvider] created with
 * `authenticationSeconds` then works for that long. The title is the caller's (a resource).
 */
class BiometricGate(private val context: Context) {
    /** Whether the phone can authenticate the user this way at all. */
    fun available(): Boolean =
        context.getSystemService(BiometricManager::class.java)?.canAuthenticate(AUTHENTICATORS) == BiometricManager.BIOMETRIC_SUCCESS

    /** Shows the prompt; [onResult] gets whether the user authenticated. Returns a handle to cancel it. */
    fun authenticate(title: CharSequence, onResult: (Boolean) -> Unit): CancellationSignal {
        val cancel = CancellationSignal()
        val prompt = BiometricPrompt.Builder(context)
            .setTitle(title)
            .setAllowedAuthenticators(AUTHENTICATORS)
            .build()
        prompt.authenticate(cancel, context.mainExecutor, object : BiometricPrompt.AuthenticationCallback() {
            override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) = onResult(true)

            override fun onAuthenticationError(errorCode: Int, errString: CharSequence) = onResult(false)
        })
        return cancel
    }

    private companion object {
        const val AUTHENTICATORS = BiometricManager.Authenticators.BIOMETRIC_STRONG or BiometricManager.Authenticators.DEVICE_CREDENTIAL
    }
}
