package app.shikaku.shell

import app.shikaku.app.PickPurpose
import app.shikaku.core.CardTransport
import app.shikaku.core.KeyProvider

/*
 * The platform services the app core's effects need, beyond the clock and the notification
 * scheduler of Ports.kt. Suspending where the platform waits for the user (a picker, the print
 * dialog, a card held to the phone).
 */

/** The platform key store: the core's `KeyProvider`, and the key's deletion when the vault is wiped. */
interface PlatformKeyStore : KeyProvider {
    /** Deletes the platform key. */
    fun delete()
}

/** NFC sessions: waits for a card (showing [prompt] where the platform has a system sheet). */
fun interface CardSessions {
    /** The open card link, or null when the user cancelled. */
    suspend fun open(prompt: String): CardTransport?
}

/** A file the user picked. */
class PickedFile(
    /** Its display name. */
    val name: String,
    /** Its bytes. */
    val bytes: ByteArray,
)

/** Files the user picks, saves or shares (the Storage Access Framework and the share sheet on Android). */
interface UserFiles {
    /** The file the user picked among [mimeTypes], or null when cancelled. */
    suspend fun pick(purpose: PickPurpose, mimeTypes: List<String>): PickedFile?

    /** Saves [bytes] where the user chooses; false when cancelled. */
    suspend fun save(fileName: String, mimeType: String, bytes: ByteArray): Boolean

    /** Offers [bytes] to other apps; false when cancelled. */
    suspend fun share(fileName: String, mimeType: String, bytes: ByteArray): Boolean
}

/** The system print dialog. */
fun interface Printer {
    /** Prints [html] as job [title]; false when cancelled. */
    suspend fun print(title: String, html: String): Boolean
}

/** The idle timer: after [seconds] without interaction the shell sends `Event.IdleTimeout`. */
fun interface IdleTimer {
    /** Restarts the timer, replacing any earlier one. */
    fun restart(seconds: Int)
}

/** Everything the app core's effects reach. */
class AppPorts(
    /** The platform key store. */
    val keys: PlatformKeyStore,
    /** The wall clock. */
    val clock: Clock,
    /** NFC sessions. */
    val cards: CardSessions,
    /** Picked, saved and shared files. */
    val files: UserFiles,
    /** Printing. */
    val printer: Printer,
    /** Scheduled notifications. */
    val notifications: NotificationScheduler,
    /** The idle lock timer. */
    val idle: IdleTimer,
)
