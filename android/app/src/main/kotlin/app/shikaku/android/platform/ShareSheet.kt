package app.shikaku.android.platform

import android.app.PendingIntent
import android.content.ClipData
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Build
import android.os.SystemClock
import app.shikaku.shell.SharedFile

/**
 * Offers the core's bytes through the system share sheet: the file goes into
 * [ShareProvider.registry] under a fresh token, and [offer] returns the chooser intent for it — an
 * `ACTION_SEND` of the token's content URI with a read grant for that URI only, wrapped by
 * `Intent.createChooser` with a PendingIntent to [ShareChoiceReceiver] as the callback that tells
 * whether a target was chosen. Start the chooser for a result; when the result comes (the sheet was
 * dismissed, or the chosen app finished), [settle] says whether the file was shared.
 */
class ShareSheet(private val context: Context) {
    /** One share on offer: its token and the chooser intent to start. */
    class Offer(
        /** The registry's token. */
        val token: String,
        /** The system chooser. */
        val chooser: Intent,
    )

    /** Puts [bytes] on offer as [fileName] of [mimeType]. */
    fun offer(fileName: String, mimeType: String, bytes: ByteArray): Offer {
        val token = ShareProvider.registry.offer(SharedFile(fileName, mimeType, bytes), SystemClock.elapsedRealtime())
        val uri = ShareProvider.uri(context.packageName, token)
        val send = Intent(Intent.ACTION_SEND)
            .setType(mimeType)
            .putExtra(Intent.EXTRA_STREAM, uri)
            .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
        // The chooser copies the clip and the grant to itself, so its preview can read the name too.
        send.clipData = ClipData(fileName, arrayOf(mimeType), ClipData.Item(uri))
        // No title: for ACTION_SEND the system sheet shows its own.
        return Offer(token, Intent.createChooser(send, null, choiceCallback(token).intentSender))
    }

    /** Whether a target was chosen for [offer]'s share, once the chooser's result came; unshared files are forgotten. */
    suspend fun settle(offer: Offer): Boolean = ShareProvider.registry.settle(offer.token, CALLBACK_GRACE_MILLIS)

    // Mutable so the chooser can add EXTRA_CHOSEN_COMPONENT; explicit, with action and data set, so
    // it can change neither the receiver nor the token. One PendingIntent per token (the data URI
    // makes the intents distinct).
    private fun choiceCallback(token: String): PendingIntent {
        val intent = Intent(context, ShareChoiceReceiver::class.java)
            .setAction(ShareChoiceReceiver.ACTION_CHOSEN)
            .setData(Uri.fromParts(CALLBACK_SCHEME, token, null))
        val mutable = if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.S) PendingIntent.FLAG_MUTABLE else 0
        return PendingIntent.getBroadcast(context, 0, intent, PendingIntent.FLAG_ONE_SHOT or mutable)
    }

    private companion object {
        const val CALLBACK_SCHEME = "shikaku-share"
        // The chooser's callback is a broadcast and may land just after the chooser's result.
        const val CALLBACK_GRACE_MILLIS = 1000L
    }
}
