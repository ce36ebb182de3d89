package app.shikaku.android.platform

import android.nfc.TagLostException
import android.nfc.tech.IsoDep
import android.os.SystemClock
import app.shikaku.core.CardTransport
import app.shikaku.core.TransportException
import java.io.Closeable
import java.io.IOException

/**
 * The core's card link over an ISO-DEP tag (the My Number card, NFC-A or NFC-B): it only moves
 * APDUs; the protocol is the core's (`readCard`). A card that leaves the field is `CardLost`; an
 * exchange that ran out the IsoDep [timeoutMillis] is `Timeout`; any other I/O failure is `Link`
 * with the exception's class name only (never card data). The core turns each into its
 * `CardLink` error.
 */
class IsoDepTransport(private val isoDep: IsoDep, private val timeoutMillis: Int = DEFAULT_TIMEOUT_MS) : CardTransport, Closeable {
    override fun transmit(apdu: ByteArray): ByteArray {
        val started = SystemClock.elapsedRealtime()
        return try {
            if (!isoDep.isConnected) {
                isoDep.connect()
                isoDep.timeout = timeoutMillis
            }
            isoDep.transceive(apdu)
        } catch (e: TagLostException) {
            throw TransportException.CardLost()
        } catch (e: SecurityException) {
            // The Tag object is stale: the card was removed and presented again.
            throw TransportException.CardLost()
        } catch (e: IOException) {
            if (SystemClock.elapsedRealtime() - started >= timeoutMillis) throw TransportException.Timeout()
            throw TransportException.Link(e.javaClass.simpleName)
        }
    }

    override fun close() {
        try {
            isoDep.close()
        } catch (e: IOException) {
            // Closing a lost tag fails; there is nothing left to release.
        }
    }

    private companion object {
        /** Reading the certificate takes several exchanges; each gets this long. */
        const val DEFAULT_TIMEOUT_MS = 3000
    }
}
