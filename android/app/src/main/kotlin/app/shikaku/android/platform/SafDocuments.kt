package app.shikaku.android.platform

import android.content.ContentResolver
import android.content.Intent
import android.net.Uri
import android.provider.OpenableColumns
import java.io.ByteArrayOutputStream
import java.io.FileNotFoundException
import java.io.IOException

/**
 * Import and export through the Storage Access Framework: the user picks a document to import
 * ([openIntent]) or creates one to export to ([createIntent]); the app only ever sees the content
 * URI it was given. Reads stop at [maxBytes] so a huge pick cannot exhaust memory (the core
 * refuses oversized documents anyway).
 */
class SafDocuments(private val resolver: ContentResolver, private val maxBytes: Int = MAX_BYTES) {
    /** The whole content behind the content URI [ref]. */
    fun read(ref: String): ByteArray {
        val input = resolver.openInputStream(Uri.parse(ref)) ?: throw FileNotFoundException("no content")
        return input.use { stream ->
            val out = ByteArrayOutputStream()
            val buffer = ByteArray(BUFFER)
            while (true) {
                val n = stream.read(buffer)
                if (n < 0) break
                if (out.size() + n > maxBytes) throw IOException("document larger than $maxBytes bytes")
                out.write(buffer, 0, n)
            }
            out.toByteArray()
        }
    }

    /** Replaces the content behind the content URI [ref] with [bytes]. */
    fun write(ref: String, bytes: ByteArray) {
        val output = resolver.openOutputStream(Uri.parse(ref), "wt") ?: throw FileNotFoundException("no content")
        output.use { it.write(bytes) }
    }

    /** The name the document provider shows for [ref], for the vault's `source` field. */
    fun displayName(ref: String): String? =
        resolver.query(Uri.parse(ref), arrayOf(OpenableColumns.DISPLAY_NAME), null, null, null)?.use { cursor ->
            if (cursor.moveToFirst()) cursor.getString(0) else null
        }

    companion object {
        private const val MAX_BYTES = 32 * 1024 * 1024
        private const val BUFFER = 64 * 1024

        /** Picks one document of [mimeTypes] (the core says which). */
        fun openIntent(mimeTypes: List<String>): Intent = Intent(Intent.ACTION_OPEN_DOCUMENT)
            .addCategory(Intent.CATEGORY_OPENABLE)
            .setType("*/*")
            .putExtra(Intent.EXTRA_MIME_TYPES, mimeTypes.toTypedArray())

        /** Creates a document named [suggestedName] of [mimeType] to export to. */
        fun createIntent(suggestedName: String, mimeType: String): Intent = Intent(Intent.ACTION_CREATE_DOCUMENT)
            .addCategory(Intent.CATEGORY_OPENABLE)
            .setType(mimeType)
            .putExtra(Intent.EXTRA_TITLE, suggestedName)
    }
}
