package app.shikaku.android.platform

import android.graphics.Bitmap
import android.graphics.Color
import android.graphics.pdf.PdfRenderer
import android.os.ParcelFileDescriptor
import android.system.Os
import android.system.OsConstants
import java.io.Closeable

/**
 * The stored PDF (マイナポータルの資格情報) drawn page by page for the counter card. The
 * decrypted bytes go into an anonymous in-memory file (memfd) that PdfRenderer can seek, never
 * into a file on disk.
 */
class PdfPages(pdf: ByteArray) : Closeable {
    private val descriptor: ParcelFileDescriptor = inMemoryFile(pdf)
    private val renderer = try {
        PdfRenderer(descriptor)
    } catch (e: Exception) {
        descriptor.close()
        throw e
    }

    /** How many pages the document has. */
    val pageCount: Int get() = renderer.pageCount

    /** Page [index] as a white-backed bitmap [widthPx] wide, keeping its aspect ratio. */
    fun render(index: Int, widthPx: Int): Bitmap = renderer.openPage(index).use { page ->
        val heightPx = (widthPx.toLong() * page.height / page.width).toInt().coerceAtLeast(1)
        Bitmap.createBitmap(widthPx, heightPx, Bitmap.Config.ARGB_8888).also { bitmap ->
            bitmap.eraseColor(Color.WHITE)
            page.render(bitmap, null, null, PdfRenderer.Page.RENDER_MODE_FOR_DISPLAY)
        }
    }

    override fun close() {
        renderer.close()
        descriptor.close()
    }

    private companion object {
        fun inMemoryFile(bytes: ByteArray): ParcelFileDescriptor {
            val fd = Os.memfd_create("document", OsConstants.O_CLOEXEC)
            try {
                var written = 0
                while (written < bytes.size) written += Os.write(fd, bytes, written, bytes.size - written)
                Os.lseek(fd, 0, OsConstants.SEEK_SET)
                return ParcelFileDescriptor.dup(fd)
            } finally {
                Os.close(fd)
            }
        }
    }
}
