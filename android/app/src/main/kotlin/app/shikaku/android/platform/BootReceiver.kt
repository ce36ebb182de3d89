package app.shikaku.android.platform

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import app.shikaku.app.Event
import kotlin.coroutines.Continuation
import kotlin.coroutines.EmptyCoroutineContext
import kotlin.coroutines.startCoroutine

/**
 * Re-plans the reminders after a reboot (the system dropped every alarm), an app update or a
 * clock change: the app core starts without a screen, unlocks with the platform key when it can
 * and asks for the full desired set of notifications. Exported because the system sends these
 * broadcasts; it ignores every other action. If the key cannot be used now (it needs an unlocked
 * device), the next app start plans instead.
 */
class BootReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action !in REPLAN_ACTIONS) return
        val app = context.applicationContext
        if (intent.action == Intent.ACTION_BOOT_COMPLETED) AlarmNotifications(app).forgetAll()
        val pending = goAsync()
        val store = AppServices.headless(app)
        // Whatever the outcome (a typed error names no personal data and is not logged), the
        // broadcast is finished.
        suspend { store.send(Event.Start) }.startCoroutine(Continuation(EmptyCoroutineContext) { pending.finish() })
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
