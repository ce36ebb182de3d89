package app.shikaku.shell

import app.shikaku.app.ScreenView
import app.shikaku.app.ViewModel
import java.security.SecureRandom
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.withTimeoutOrNull

/** A file the app offers to other apps through the share sheet: the core's name, type and bytes. */
class SharedFile(
    /** The name the receiving app shows. */
    val name: String,
    /** Its MIME type. */
    val mimeType: String,
    /** Its bytes, kept in memory only. */
    val bytes: ByteArray,
)

/**
 * The files on offer to other apps, each under a one-time random token (the last segment of its
 * content URI), in memory only. A share stays readable from [offer] until the first of: the share
 * sheet closing with no target chosen ([settle]), its lifetime running out, or the app locking
 * ([forgetWhenLocked]). A forgotten token is never served again and never handed out twice.
 *
 * Times are the caller's monotonic clock in milliseconds (Android's elapsed realtime). Safe to call
 * from the provider's binder threads, the receiver and the UI at once.
 */
class ShareRegistry(private val lifetimeMillis: Long = LIFETIME_MILLIS) {
    private class Offer(val file: SharedFile, val expiresAt: Long) {
        // Completed when the share sheet reports the target the user chose.
        val chosen = CompletableDeferred<Unit>()
    }

    private val random = SecureRandom()
    private val offers = HashMap<String, Offer>()

    /** Offers [file] from [nowMillis] on; its token, 128 random bits in hex. */
    fun offer(file: SharedFile, nowMillis: Long): String = synchronized(offers) {
        expire(nowMillis)
        var token: String
        do {
            token = ByteArray(TOKEN_BYTES).also(random::nextBytes).joinToString("") { "%02x".format(it) }
        } while (token in offers)
        offers[token] = Offer(file, nowMillis + lifetimeMillis)
        token
    }

    /** The file under [token] at [nowMillis], or null when it is unknown, forgotten or expired. */
    fun lookup(token: String, nowMillis: Long): SharedFile? = synchronized(offers) {
        expire(nowMillis)
        offers[token]?.file
    }

    /** The share sheet's callback: the user chose a target for [token] (unknown tokens are ignored). */
    fun choose(token: String) {
        synchronized(offers) { offers[token] }?.chosen?.complete(Unit)
    }

    /**
     * Once the share sheet has closed: whether a target was chosen for [token], waiting up to
     * [graceMillis] for the sheet's callback, which may arrive after the sheet's result. Without a
     * target the share is forgotten. A chosen share stays readable until it expires or the app
     * locks: the target may read it after the sheet has gone.
     */
    suspend fun settle(token: String, graceMillis: Long): Boolean {
        val offer = synchronized(offers) { offers[token] } ?: return false
        val chosen = offer.chosen.isCompleted || withTimeoutOrNull(graceMillis) { offer.chosen.await() } != null
        if (!chosen) forget(token)
        return chosen
    }

    /** Forgets every share when [view] is the unlock screen: the vault was locked, wiped or not yet opened. */
    fun forgetWhenLocked(view: ViewModel) {
        if (view.content is ScreenView.Unlock) synchronized(offers) { offers.clear() }
    }

    private fun forget(token: String) {
        synchronized(offers) { offers.remove(token) }
    }

    // Called with the lock held.
    private fun expire(nowMillis: Long) {
        offers.values.removeAll { nowMillis >= it.expiresAt }
    }

    /** Defaults. */
    companion object {
        /** How long a share stays readable at most: time for the chosen app to read it. */
        const val LIFETIME_MILLIS = 10 * 60 * 1000L
        private const val TOKEN_BYTES = 16
    }
}
