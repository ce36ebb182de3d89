package app.shikaku.android.platform

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent

/**
 * Re-plans the reminders after a reboot (the system dropped every alarm), an app update or a
 * clock change, from the full desired set the core returns. Exported because the system sends
 * these broadcasts; it ignores every other action. If the vault cannot open now (the key needs an
 * unlocked device or a biometric check), the next app start plans instead.
 */
class BootReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action !in REPLAN_ACTIONS) return
        val app = context.applicationContext
        if (intent.action == Intent.ACTION_BOOT_COMPLETED) AlarmNotifications(app).forgetAll()
        val pending = goAsync()
        Thread {
            try {
                AppServices.replanIfOpenable(app)
            } finally {
                pending.finish()
            }
        }.start()
    }

    private companion object {
        val REPLAN_ACTIONS = setOf(
            Intent.ACTION_BOOT_COMPLETED,
            Intent.ACTION_MY_PACKAGE_REPLACED,
            Intent.ACTION_TIME_CHANGED,
            Intent.ACTION_TIMEZONE_CHANGED,
        )
    }
}
