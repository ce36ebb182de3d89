package app.shikaku

import app.shikaku.core.CardPinCount
import app.shikaku.core.CardTransport
import app.shikaku.core.ShikakuException
import app.shikaku.core.TransportException
import java.io.File
import java.time.LocalDate
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Assert.assertThrows
import org.junit.Test

/**
 * A card answering like a My Number card, written in Kotlin as the Android IsoDep transport will
 * be: it only moves bytes; the protocol is the core's. Logs every APDU it receives.
 */
class KotlinVirtualCard(private val certificate: ByteArray, private val userTries: Int) : CardTransport {
    val log = mutableListOf<ByteArray>()
    private var selectedFile = 0

    override fun transmit(apdu: ByteArray): ByteArray {
        log += apdu
        val ins = apdu[1].toInt() and 0xFF
        return when (ins) {
            0xA4 -> { // SELECT: an AID (P1 04) or an EF (P1 02)
                if (apdu[2].toInt() == 0x02) selectedFile = ((apdu[5].toInt() and 0xFF) shl 8) or (apdu[6].toInt() and 0xFF)
                ok()
            }
            0x20 -> { // VERIFY with no data: the tries left of the selected PIN
                val tries = when (selectedFile) { 0x18 -> userTries; 0x1B -> 5; else -> 3 }
                if (tries == 0) status(0x6984) else status(0x63C0 or tries)
            }
            0xB0 -> { // READ BINARY of the certificate
                val offset = ((apdu[2].toInt() and 0xFF) shl 8) or (apdu[3].toInt() and 0xFF)
                val length = (apdu[4].toInt() and 0xFF).let { if (it == 0) 256 else it }
                val end = minOf(certificate.size, offset + length)
                certificate.copyOfRange(offset, end) + ok()
            }
            0xCA -> "20350517".toByteArray() + ok() // GET DATA: the card's expiry
            else -> status(0x6D00)
        }
    }

    private fun ok() = status(0x9000)
    private fun status(sw: Int) = byteArrayOf((sw shr 8).toByte(), sw.toByte())
}

/** Reading a card through a Kotlin transport, as the Android app will. */
class CardTest {
    private val certificate = File(System.getProperty("shikaku.fixtures"), "card/user-cert.der").readBytes()

    @Test
    fun readsCountsAndExpiriesWithoutSpendingATry() {
        val card = KotlinVirtualCard(certificate, userTries = 2)
        val read = readCard(card)
        assertEquals(CardPinCount.Remaining(2u), read.userPin)
        assertEquals(CardPinCount.Remaining(5u), read.signaturePin)
        assertEquals(LocalDate.of(2035, 5, 17), read.cardExpires)
        assertTrue(read.ecertExpires.isAfter(LocalDate.of(2026, 1, 1)))
        // No VERIFY ever carries a PIN: every VERIFY is exactly 00 20 00 80.
        val verifies = card.log.filter { (it[1].toInt() and 0xFF) == 0x20 }
        assertEquals(3, verifies.size)
        verifies.forEach { assertTrue(it.contentEquals(byteArrayOf(0x00, 0x20, 0x00, 0x80.toByte()))) }
    }

    @Test
    fun aLockedPinIsReportedAsBlocked() {
        assertEquals(CardPinCount.Blocked, readCard(KotlinVirtualCard(certificate, userTries = 0)).userPin)
    }

    @Test
    fun aLostCardIsATypedLinkError() {
        val lost = object : CardTransport {
            override fun transmit(apdu: ByteArray): ByteArray = throw TransportException.CardLost()
        }
        assertThrows(ShikakuException.CardLink::class.java) { readCard(lost) }.let { e ->
            assertTrue(e.reason, e.reason.contains("lost"))
        }
    }

    @Test
    fun anUnexpectedKotlinExceptionBecomesALinkErrorNotACrash() {
        val broken = object : CardTransport {
            override fun transmit(apdu: ByteArray): ByteArray = throw IllegalStateException("NFC adapter off")
        }
        assertThrows(ShikakuException.CardLink::class.java) { readCard(broken) }.let { e ->
            assertTrue(e.reason, e.reason.isNotEmpty())
        }
    }

    @Test
    fun garbageAnswersAreTypedCardErrors() {
        val garbage = object : CardTransport {
            override fun transmit(apdu: ByteArray): ByteArray = byteArrayOf(0x42)
        }
        assertThrows(ShikakuException.Card::class.java) { readCard(garbage) }.let { e ->
            assertTrue(e.reason, e.reason.contains("status word"))
        }
    }
}
