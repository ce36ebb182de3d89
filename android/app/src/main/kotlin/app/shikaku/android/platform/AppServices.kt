package app.shikaku.android.platform

import android.content.Context
import app.shikaku.app.PickPurpose
import app.shikaku.AppCore
import app.shikaku.shell.AppCoreStore
import app.shikaku.shell.AppPorts
import app.shikaku.shell.CardSessions
import app.shikaku.shell.IdleTimer
import app.shikaku.shell.PickedFile
import app.shikaku.shell.Printer
import app.shikaku.shell.UserFiles
import java.io.File

/**
 * The app's wiring of the app core's store to the framework adapters. The vault lives in the
 * no-backup directory (never in a cloud backup or a device transfer; the manifest's rules say so
 * too); the core chooses its language from the phone's preferred ones. Every new view also reaches the share registry, which forgets its files on lock.
 */
object AppServices {
    /** The store for this app, with the UI's own ports for cards, files, printing and the idle timer. */
    fun store(context: Context, cards: CardSessions, files: UserFiles, printer: Printer, idle: IdleTimer, onView: (app.shikaku.app.ViewModel) -> Unit): AppCoreStore {
        val ports = AppPorts(
            keys = KeystoreKeyProvider(context),
            clock = { System.currentTimeMillis() / MILLIS },
            cards = cards,
            files = files,
            printer = printer,
            notifications = AlarmNotifications(context),
            idle = idle,
        )
        // Shares on offer are forgotten as soon as the core shows its unlock screen.
        val core = AppCore.forDevice(File(context.noBackupFilesDir, "vault").path, languageTags(context))
        return AppCoreStore(core, ports) { view ->
            ShareProvider.registry.forgetWhenLocked(view)
            onView(view)
        }
    }

    /**
     * A store without a screen, for a receiver: the core may unlock with the platform key and plan
     * notifications, but anything that needs the user (a card, a file, printing) is cancelled.
     */
    fun headless(context: Context): AppCoreStore = store(context, { null }, NoUserFiles, { _, _ -> false }, {}, {})

    /** The phone's preferred languages, most preferred first, as BCP 47 tags: the core chooses from them. */
    private fun languageTags(context: Context): List<String> {
        val locales = context.resources.configuration.locales
        return (0 until locales.size()).map { locales[it].toLanguageTag() }
    }

    private object NoUserFiles : UserFiles {
        override suspend fun pick(purpose: PickPurpose, mimeTypes: List<String>): PickedFile? = null

        override suspend fun save(fileName: String, mimeType: String, bytes: ByteArray): Boolean = false

        override suspend fun share(fileName: String, mimeType: String, bytes: ByteArray): Boolean = false
    }

    private const val MILLIS = 1000L
}
