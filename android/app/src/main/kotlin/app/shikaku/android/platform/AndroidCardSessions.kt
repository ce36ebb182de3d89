package app.shikaku.android.platform

import android.app.Activity
import app.shikaku.core.CardTransport
import app.shikaku.shell.CardSessions
import kotlin.coroutines.Continuation
import kotlin.coroutines.resume
import kotlin.coroutines.suspendCoroutine

/**
 * The app core's NFC sessions: reader mode is on only while the core waits for a card, and the
 * first card presented answers the session. Android has no system NFC sheet, so the prompt is
 * not shown here: the card scan screen draws the core's instructions. Without NFC, or when the
 * user leaves the scan screen ([cancel]), the session is cancelled.
 */
class AndroidCardSessions(private val activity: Activity) : CardSessions {
    private val reader = CardReader(activity, ::hand)
    private var waiting: Continuation<CardTransport?>? = null

    override suspend fun open(prompt: String): CardTransport? = suspendCoroutine { session ->
        synchronized(this) { waiting = session }
        activity.runOnUiThread { if (!reader.start()) hand(null) }
    }

    /** Ends a waiting session without a card. */
    fun cancel() = hand(null)

    private fun hand(transport: IsoDepTransport?) {
        val session = synchronized(this) { waiting.also { waiting = null } }
        if (session == null) {
            transport?.close() // a card presented when nobody waits
            return
        }
        activity.runOnUiThread { reader.stop() }
        session.resume(transport)
    }
}
