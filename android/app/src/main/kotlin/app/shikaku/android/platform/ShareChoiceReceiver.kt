package app.shikaku.android.platform

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent

/**
 * The share sheet's callback (the chooser's `IntentSender`): the user chose a target for one share,
 * whose token is in the intent's data. Marks it chosen in [ShareProvider.registry]; which app was
 * chosen is not kept. Not exported: only the app's own PendingIntent, handed to the system chooser,
 * reaches it.
 */
class ShareChoiceReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != ACTION_CHOSEN || !intent.hasExtra(Intent.EXTRA_CHOSEN_COMPONENT)) return
        val token = intent.data?.schemeSpecificPart ?: return
        ShareProvider.registry.choose(token)
    }

    /** The callback's intent. */
    companion object {
        /** The action of the app's own chooser callbacks. */
        const val ACTION_CHOSEN = "app.shikaku.action.SHARE_TARGET_CHOSEN"
    }
}
