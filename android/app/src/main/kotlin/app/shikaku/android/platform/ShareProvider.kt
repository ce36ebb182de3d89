package app.shikaku.android.platform

import android.content.ContentProvider
import android.content.ContentValues
import android.database.Cursor
import android.database.MatrixCursor
import android.net.Uri
import android.os.ParcelFileDescriptor
import android.os.SystemClock
import android.provider.OpenableColumns
import app.shikaku.shell.ShareRegistry
import app.shikaku.shell.SharedFile
import java.io.FileNotFoundException
import java.io.IOException

/**
 * Serves the files the app shares straight from memory: `content://<application id>.share/<token>`
 * for each one-time token of [registry]. Not exported: only an app the share sheet granted one URI
 * to (`FLAG_GRANT_READ_URI_PERMISSION`, `grantUriPermissions` in the manifest) can read that URI,
 * and only while the registry still holds it. Read-only; the bytes go through a pipe, so nothing
 * is written to disk, shared storage included. Nothing is logged.
 */
class ShareProvider : ContentProvider() {
    override fun onCreate(): Boolean = true

    override fun getType(uri: Uri): String? = file(uri)?.mimeType

    /** The name and size ([OpenableColumns]) the receiving app shows, in the columns it asked for. */
    override fun query(uri: Uri, projection: Array<out String>?, selection: String?, selectionArgs: Array<out String>?, sortOrder: String?): Cursor? {
        val file = file(uri) ?: return null
        val columns = projection?.filter { it in OPENABLE } ?: OPENABLE
        return MatrixCursor(columns.toTypedArray(), 1).apply {
            addRow(columns.map { column -> if (column == OpenableColumns.SIZE) file.bytes.size.toLong() else file.name })
        }
    }

    /** The bytes, through a reliable pipe written by a thread of its own (the reader may be slow). */
    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor {
        if (mode != READ) throw SecurityException("shares are read-only")
        val file = file(uri) ?: throw FileNotFoundException("no such share")
        val (source, sink) = ParcelFileDescriptor.createReliablePipe()
        Thread({ write(file.bytes, sink) }, WRITER).start()
        return source
    }

    override fun insert(uri: Uri, values: ContentValues?): Uri? = null

    override fun update(uri: Uri, values: ContentValues?, selection: String?, selectionArgs: Array<out String>?): Int = 0

    override fun delete(uri: Uri, selection: String?, selectionArgs: Array<out String>?): Int = 0

    private fun file(uri: Uri): SharedFile? =
        uri.pathSegments.singleOrNull()?.let { token -> registry.lookup(token, SystemClock.elapsedRealtime()) }

    private fun write(bytes: ByteArray, sink: ParcelFileDescriptor) {
        try {
            ParcelFileDescriptor.AutoCloseOutputStream(sink).use { it.write(bytes) }
        } catch (e: IOException) {
            // The reader closed its end early (it wanted only the start, or went away): nothing to report.
        }
    }

    /** The registry the provider serves, the share sheet fills and the chooser's callback marks. */
    companion object {
        /** This process's shares. */
        val registry = ShareRegistry()

        /** The content URI of [token] for the app [packageName] (the application ID). */
        fun uri(packageName: String, token: String): Uri =
            Uri.Builder().scheme("content").authority(packageName + AUTHORITY_SUFFIX).appendPath(token).build()

        // The manifest declares the provider's authority as "${applicationId}.share".
        private const val AUTHORITY_SUFFIX = ".share"
        private const val READ = "r"
        private const val WRITER = "share-writer"
        private val OPENABLE = listOf(OpenableColumns.DISPLAY_NAME, OpenableColumns.SIZE)
    }
}
