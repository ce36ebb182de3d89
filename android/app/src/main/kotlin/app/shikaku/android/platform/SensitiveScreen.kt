package app.shikaku.android.platform

import android.view.Window
import android.view.WindowManager

/**
 * Window flags for the screens the app core marks sensitive (the counter card, documents):
 * FLAG_SECURE keeps them out of screenshots, screen recording and the recent-apps thumbnail; at
 * the counter the screen also stays on while the card is shown to the clerk.
 */
object SensitiveScreen {
    /** Marks [window] secure, and keeps the screen on when [atCounter]. */
    fun enter(window: Window, atCounter: Boolean) {
        window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
        if (atCounter) window.addFlags(WindowManager.LayoutParams.FLAG_KEEP_SCREEN_ON)
    }

    /** Clears both flags when the screen is left. */
    fun leave(window: Window) {
        window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE or WindowManager.LayoutParams.FLAG_KEEP_SCREEN_ON)
    }
}
