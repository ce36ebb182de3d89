package app.shikaku.android.ui

import android.Manifest
import android.content.pm.PackageManager
import android.os.Bundle
import android.os.Handler
import android.os.Looper
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.lifecycle.lifecycleScope
import app.shikaku.android.platform.AndroidCardSessions
import app.shikaku.android.platform.AppServices
import app.shikaku.android.platform.CoverNotePrinter
import app.shikaku.android.platform.SensitiveScreen
import app.shikaku.app.DocumentContent
import app.shikaku.app.Event
import app.shikaku.app.ViewModel
import app.shikaku.core.ShikakuException
import app.shikaku.shell.AppCoreStore
import kotlinx.coroutines.launch
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock

/**
 * The one activity: the app core's store drives it. Taps become events, sent one at a time; the
 * core's effects run on the adapters; each new view model is drawn, and its flags set the window
 * (FLAG_SECURE where the core blocks screenshots, screen kept on where it keeps awake).
 */
class MainActivity : ComponentActivity() {
    private val cards = AndroidCardSessions(this)
    private val files = ActivityFiles(this)
    private val idle = Handler(Looper.getMainLooper())
    private val events = Mutex()
    private var model by mutableStateOf<ViewModel?>(null)
    private lateinit var store: AppCoreStore

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        askForNotifications()
        store = AppServices.store(this, cards, files, CoverNotePrinter(this), ::restartIdleTimer) { view -> runOnUiThread { show(view) } }
        show(store.view)
        send(Event.Start)
        setContent {
            MaterialTheme {
                Surface { model?.let { AppScreen(it, ::document, ::send) } }
            }
        }
    }

    override fun onRestart() {
        super.onRestart()
        send(Event.Resume)
    }

    override fun onUserInteraction() {
        super.onUserInteraction()
        pendingIdleSeconds?.let(::restartIdleTimer)
    }

    override fun onPause() {
        super.onPause()
        cards.cancel()
    }

    private var pendingIdleSeconds: Int? = null

    private fun restartIdleTimer(seconds: Int) {
        pendingIdleSeconds = seconds
        idle.removeCallbacksAndMessages(null)
        idle.postDelayed({ send(Event.IdleTimeout) }, seconds * MILLIS)
    }

    private fun show(view: ViewModel) {
        model = view
        if (view.blockScreenshots || view.keepAwake) SensitiveScreen.enter(window, atCounter = view.keepAwake) else SensitiveScreen.leave(window)
    }

    private fun send(event: Event) {
        lifecycleScope.launch {
            events.withLock {
                try {
                    store.send(event)
                } catch (e: ShikakuException) {
                    // Only an answer to an unknown request is an error; the view stays as it was.
                }
            }
        }
    }

    /** A document's bytes for the screen, or null when the core refuses (locked, gone, damaged). */
    private suspend fun document(id: Long): DocumentContent? = events.withLock {
        try {
            store.documentContent(id)
        } catch (e: ShikakuException) {
            null
        }
    }

    private fun askForNotifications() {
        if (checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS) != PackageManager.PERMISSION_GRANTED) {
            requestPermissions(arrayOf(Manifest.permission.POST_NOTIFICATIONS), 0)
        }
    }

    private companion object {
        const val MILLIS = 1000L
    }
}
