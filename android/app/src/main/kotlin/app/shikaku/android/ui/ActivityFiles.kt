package app.shikaku.android.ui

import android.app.Activity
import android.content.Intent
import android.net.Uri
import androidx.activity.ComponentActivity
import androidx.activity.result.ActivityResult
import androidx.activity.result.contract.ActivityResultContracts
import app.shikaku.android.platform.SafDocuments
import app.shikaku.android.platform.ShareSheet
import app.shikaku.app.PickPurpose
import app.shikaku.shell.PickedFile
import app.shikaku.shell.UserFiles
import kotlin.coroutines.Continuation
import kotlin.coroutines.resume
import kotlin.coroutines.suspendCoroutine
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext

/**
 * The app core's file effects: a pick opens the system document picker, a save the "create
 * document" dialog (the Storage Access Framework; the bytes move through [SafDocuments] off the
 * main thread), a share the system share sheet ([ShareSheet]: served from memory, shared when the
 * user chose a target). Create it while the activity is being created (activity results are
 * registered then).
 */
class ActivityFiles(activity: ComponentActivity) : UserFiles {
    // Looked up on first use: the activity has no content resolver before it is attached.
    private val documents by lazy { SafDocuments(activity.contentResolver) }
    private val shares = ShareSheet(activity)
    private var waiting: Continuation<Uri?>? = null
    private val launcher = activity.registerForActivityResult(ActivityResultContracts.StartActivityForResult()) { result: ActivityResult ->
        val uri = result.data?.data.takeIf { result.resultCode == Activity.RESULT_OK }
        waiting?.resume(uri)
        waiting = null
    }

    override suspend fun pick(purpose: PickPurpose, mimeTypes: List<String>): PickedFile? {
        val uri = ask(SafDocuments.openIntent(mimeTypes)) ?: return null
        val ref = uri.toString()
        return withContext(Dispatchers.IO) { PickedFile(documents.displayName(ref).orEmpty(), documents.read(ref)) }
    }

    override suspend fun save(fileName: String, mimeType: String, bytes: ByteArray): Boolean {
        val uri = ask(SafDocuments.createIntent(fileName, mimeType)) ?: return false
        withContext(Dispatchers.IO) { documents.write(uri.toString(), bytes) }
        return true
    }

    override suspend fun share(fileName: String, mimeType: String, bytes: ByteArray): Boolean {
        val offer = shares.offer(fileName, mimeType, bytes)
        // The chooser's result comes when it is dismissed or the chosen app has finished.
        ask(offer.chooser)
        return shares.settle(offer)
    }

    private suspend fun ask(intent: Intent): Uri? = withContext(Dispatchers.Main) {
        suspendCoroutine { answer ->
            waiting = answer
            launcher.launch(intent)
        }
    }
}
