package app.shikaku.android.platform

import android.app.Activity
import android.print.PrintAttributes
import android.print.PrintManager
import android.webkit.WebResourceRequest
import android.webkit.WebView
import android.webkit.WebViewClient
import app.shikaku.shell.Printer
import kotlin.coroutines.resume
import kotlin.coroutines.suspendCoroutine

/**
 * Prints the school pack's cover note (the core's HTML) through the system print dialog: an
 * off-screen WebView with no network, no file access and no script lays it out on A4, then
 * PrintManager takes its print adapter. Save-as-PDF is one of the dialog's printers. The effect is
 * done once the job is handed to the print dialog.
 */
class CoverNotePrinter(private val activity: Activity) : Printer {
    // Kept until the page is laid out: a WebView that is collected before then prints nothing.
    private var pending: WebView? = null

    override suspend fun print(title: String, html: String): Boolean = suspendCoroutine { done ->
        activity.runOnUiThread { layOut(html, title) { done.resume(true) } }
    }

    private fun layOut(html: String, jobName: String, handedOver: () -> Unit) {
        val view = WebView(activity)
        view.settings.apply {
            javaScriptEnabled = false
            blockNetworkLoads = true
            allowFileAccess = false
            allowContentAccess = false
        }
        view.webViewClient = object : WebViewClient() {
            override fun shouldOverrideUrlLoading(view: WebView, request: WebResourceRequest): Boolean = true

            override fun onPageFinished(view: WebView, url: String?) {
                val attributes = PrintAttributes.Builder().setMediaSize(PrintAttributes.MediaSize.ISO_A4).build()
                activity.getSystemService(PrintManager::class.java).print(jobName, view.createPrintDocumentAdapter(jobName), attributes)
                pending = null
                handedOver()
            }
        }
        pending = view
        view.loadDataWithBaseURL(null, html, "text/html", "UTF-8", null)
    }
}
