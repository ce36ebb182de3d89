package app.shikaku.android.ui

import android.Manifest
import android.content.pm.PackageManager
import android.graphics.Bitmap
import android.net.Uri
import android.os.Bundle
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import app.shikaku.android.platform.AppServices
import app.shikaku.android.platform.CardReader
import app.shikaku.android.platform.PdfPages
import app.shikaku.core.CardTransport
import app.shikaku.core.DocumentKind
import app.shikaku.core.Member
import app.shikaku.core.MemberId
import app.shikaku.core.OnlineCheck
import app.shikaku.core.ShikakuException
import app.shikaku.core.Visit
import app.shikaku.shell.CounterCardView
import app.shikaku.shell.Household
import app.shikaku.visitName
import java.util.concurrent.Executors

/**
 * The one activity: opens the household (creating the vault on the first start, re-planning
 * every reminder), then shows the members and a member's counter card. Every call into the core
 * runs on one background thread; the UI only draws the results. The card reader listens only
 * while a counter card is shown.
 */
class MainActivity : ComponentActivity() {
    private val worker = Executors.newSingleThreadExecutor()
    private var household: Household? = null
    private var members by mutableStateOf<List<Member>>(emptyList())
    private var counter by mutableStateOf<Counter?>(null)
    private val reader by lazy { CardReader(this, ::cardPresented) }
    private val importer = registerForActivityResult(ActivityResultContracts.OpenDocument()) { uri -> uri?.let(::import) }

    /** What the counter screen shows. */
    private class Counter(val member: MemberId, val name: String, val visit: Visit, val card: CounterCardView, val pages: List<Bitmap>)

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        askForNotifications()
        background {
            val home = AppServices.start(applicationContext)
            household = home
            members = home.members().members
        }
        setContent {
            MaterialTheme {
                Surface {
                    val shown = counter
                    if (shown == null) {
                        MembersScreen(members, onOpen = { show(it, Visit.CLINIC) })
                    } else {
                        val language = AppServices.language(this)
                        CounterScreen(
                            name = shown.name,
                            visits = Visit.entries.map { it to visitName(language, it) },
                            visit = shown.visit,
                            card = shown.card,
                            pages = shown.pages,
                            onVisit = { show(shown.member, it) },
                            onReadCard = { reader.start() },
                            onImport = { importer.launch(arrayOf("application/pdf", "image/jpeg", "image/png")) },
                            onBack = { counter = null },
                        )
                    }
                }
            }
        }
    }

    override fun onPause() {
        super.onPause()
        reader.stop()
    }

    override fun onDestroy() {
        worker.shutdown()
        super.onDestroy()
    }

    private fun show(member: MemberId, visit: Visit) = background {
        val home = household ?: return@background
        val name = home.members().members.firstOrNull { it.id == member }?.name ?: return@background
        val advice = home.advise(member, visit, OnlineCheck.UNKNOWN)
        val pdf = home.documents(member).documents.firstOrNull { it.kind == DocumentKind.MYNAPORTAL_PDF }
        val pages = pdf?.let { summary -> PdfPages(home.document(summary.id)).use { doc -> (0 until doc.pageCount).map { doc.render(it, resources.displayMetrics.widthPixels) } } }.orEmpty()
        counter = Counter(member, name, visit, CounterCardView.of(advice, home.language), pages)
    }

    // On the NFC thread, while the card is held to the phone.
    private fun cardPresented(transport: CardTransport) {
        val shown = counter ?: return
        try {
            household?.readCardInto(shown.member, transport)
        } catch (e: ShikakuException) {
            // A card pulled away is the core's CardLink error: the user holds it again.
            return
        }
        show(shown.member, shown.visit)
    }

    private fun import(uri: Uri) = background {
        val shown = counter ?: return@background
        household?.importDocument(shown.member, uri.toString(), uri.lastPathSegment.orEmpty())
        show(shown.member, shown.visit)
    }

    private fun askForNotifications() {
        if (checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS) != PackageManager.PERMISSION_GRANTED) {
            requestPermissions(arrayOf(Manifest.permission.POST_NOTIFICATIONS), 0)
        }
    }

    // Typed core errors carry no personal data; until the app core's error view models land, a
    // failed action leaves the screen as it was.
    private fun background(work: () -> Unit) {
        worker.execute {
            try {
                work()
            } catch (e: ShikakuException) {
                // Left for the app core's error screens.
            }
        }
    }
}
