package app.shikaku.android.platform

import android.content.Context
import app.shikaku.core.Language
import app.shikaku.core.ShikakuException
import app.shikaku.shell.Household
import app.shikaku.shell.Ports
import java.io.File

/**
 * The app's wiring of the shell to the framework adapters. The vault lives in the no-backup
 * directory (never in a cloud backup or a device transfer; the manifest's rules say so too), the
 * short-lived backup copy in a scratch folder beside it.
 */
object AppServices {
    /** Where the vault lives. */
    fun vaultDir(context: Context): String = File(context.noBackupFilesDir, "vault").path

    /** The platform services for the shell. */
    fun ports(context: Context): Ports = Ports(
        keys = KeystoreKeyProvider(context),
        clock = { System.currentTimeMillis() / MILLIS },
        notifications = AlarmNotifications(context),
        documents = SafDocuments(context.contentResolver),
        scratch = File(context.noBackupFilesDir, "scratch"),
    )

    /** The core's language for the phone's first preferred locale (Japanese, else English). */
    fun language(context: Context): Language =
        if (context.resources.configuration.locales[0].language == JAPANESE) Language.JA else Language.EN

    /** Opens the household, creating the vault on the first start, and plans its reminders. */
    fun start(context: Context): Household =
        Household.openOrCreate(vaultDir(context), ports(context), language(context)).also { it.replanReminders() }

    /**
     * Plans the reminders without the user, as after a reboot; a vault that cannot open now is
     * left for the next start (the typed error names no personal data and is not logged).
     */
    fun replanIfOpenable(context: Context) {
        try {
            Household.open(vaultDir(context), ports(context), language(context)).replanReminders()
        } catch (e: ShikakuException) {
            // The key needs an unlocked device or a biometric check, or there is no vault yet.
        }
    }

    private const val MILLIS = 1000L
    private const val JAPANESE = "ja"
}
