package app.shikaku.android.platform

import android.app.Notification
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent

/**
 * Shows a reminder when its alarm fires, on one discreet channel: the lock screen shows only the
 * app's name (a public version without the core's title and body), no badge. Not exported: only
 * the app's own alarms reach it.
 */
class ReminderReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != ACTION_SHOW) return
        val id = intent.data?.schemeSpecificPart ?: return
        val title = intent.getStringExtra(EXTRA_TITLE) ?: return
        val body = intent.getStringExtra(EXTRA_BODY).orEmpty()
        val manager = context.getSystemService(NotificationManager::class.java)
        if (!manager.areNotificationsEnabled()) return
        manager.createNotificationChannel(channel(context))
        manager.notify(id, NOTIFICATION_ID, notification(context, title, body))
    }

    private fun channel(context: Context) =
        NotificationChannel(CHANNEL, appName(context), NotificationManager.IMPORTANCE_DEFAULT).apply {
            lockscreenVisibility = Notification.VISIBILITY_PRIVATE
            setShowBadge(false)
        }

    private fun notification(context: Context, title: String, body: String): Notification {
        val open = context.packageManager.getLaunchIntentForPackage(context.packageName)
            ?.let { PendingIntent.getActivity(context, 0, it, PendingIntent.FLAG_IMMUTABLE) }
        val discreet = Notification.Builder(context, CHANNEL)
            .setSmallIcon(android.R.drawable.ic_popup_reminder)
            .setContentTitle(appName(context))
            .build()
        return Notification.Builder(context, CHANNEL)
            .setSmallIcon(android.R.drawable.ic_popup_reminder)
            .setContentTitle(title)
            .setContentText(body)
            .setStyle(Notification.BigTextStyle().bigText(body))
            .setVisibility(Notification.VISIBILITY_PRIVATE)
            .setPublicVersion(discreet)
            .setContentIntent(open)
            .setAutoCancel(true)
            .build()
    }

    private fun appName(context: Context): CharSequence = context.applicationInfo.loadLabel(context.packageManager)

    companion object {
        /** The action of the app's own reminder alarms. */
        const val ACTION_SHOW = "app.shikaku.action.SHOW_REMINDER"
        /** The core's notification title. */
        const val EXTRA_TITLE = "title"
        /** The core's notification body. */
        const val EXTRA_BODY = "body"
        private const val CHANNEL = "reminders"
        private const val NOTIFICATION_ID = 1
    }
}
