package app.shikaku.android.platform

import android.app.AlarmManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.net.Uri
import app.shikaku.shell.NotificationScheduler
import app.shikaku.shell.PlannedNotification

/**
 * Reminders as alarms: each notification ID is one inexact, idle-allowed alarm whose intent carries
 * the core's title and body to [ReminderReceiver] (they live in the system's alarm, never on
 * disk). The set of scheduled IDs is kept in private preferences — the IDs are keyed hashes that
 * reveal nothing — because AlarmManager cannot list its alarms. A reboot clears every alarm:
 * [BootReceiver] calls [forgetAll] and plans again.
 */
class AlarmNotifications(private val context: Context) : NotificationScheduler {
    private val alarms = context.getSystemService(AlarmManager::class.java)
    private val store = context.getSharedPreferences(PREFERENCES, Context.MODE_PRIVATE)

    override fun scheduledIds(): Set<String> = store.getStringSet(IDS, emptySet()).orEmpty().toSet()

    override fun schedule(notification: PlannedNotification) {
        val intent = intentFor(notification.id)
            .putExtra(ReminderReceiver.EXTRA_TITLE, notification.title)
            .putExtra(ReminderReceiver.EXTRA_BODY, notification.body)
        val pending = PendingIntent.getBroadcast(context, 0, intent, PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE)
        alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, notification.fireAtEpochSeconds * MILLIS, pending)
        store.edit().putStringSet(IDS, scheduledIds() + notification.id).apply()
    }

    override fun cancel(id: String) {
        PendingIntent.getBroadcast(context, 0, intentFor(id), PendingIntent.FLAG_NO_CREATE or PendingIntent.FLAG_IMMUTABLE)?.let { pending ->
            alarms.cancel(pending)
            pending.cancel()
        }
        store.edit().putStringSet(IDS, scheduledIds() - id).apply()
    }

    /** Forgets every scheduled ID: after a reboot, when the system has dropped the alarms. */
    fun forgetAll() {
        store.edit().remove(IDS).apply()
    }

    // The reminder ID in the data URI makes each alarm's intent distinct (Intent.filterEquals).
    private fun intentFor(id: String): Intent =
        Intent(context, ReminderReceiver::class.java)
            .setAction(ReminderReceiver.ACTION_SHOW)
            .setData(Uri.fromParts(URI_SCHEME, id, null))

    private companion object {
        const val PREFERENCES = "scheduled-reminders"
        const val IDS = "ids"
        const val URI_SCHEME = "shikaku-reminder"
        const val MILLIS = 1000L
    }
}
