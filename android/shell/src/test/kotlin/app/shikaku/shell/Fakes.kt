package app.shikaku.shell

import app.shikaku.app.PickPurpose
import app.shikaku.core.CardTransport
import app.shikaku.core.KeyProviderException
import app.shikaku.core.TransportException
import java.security.SecureRandom
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.spec.GCMParameterSpec
import javax.crypto.spec.SecretKeySpec

/**
 * The Android Keystore's stand-in: an AES-256-GCM key held in memory, wrapping as the Keystore
 * adapter does (nonce then ciphertext). [lose] simulates a key wiped by a device reset.
 */
class FakeKeyStore : PlatformKeyStore {
    private var key: ByteArray? = ByteArray(32).also(SecureRandom()::nextBytes)

    /** Forgets the key, as a factory reset or a new device would. */
    fun lose() {
        key = null
    }

    override fun delete() = lose()

    private fun cipher(mode: Int, nonce: ByteArray): Cipher {
        val current = key ?: throw KeyProviderException.Unavailable()
        return Cipher.getInstance("AES/GCM/NoPadding").apply { init(mode, SecretKeySpec(current, "AES"), GCMParameterSpec(128, nonce)) }
    }

    override fun wrapKey(dataKey: ByteArray): ByteArray {
        val nonce = ByteArray(12).also(SecureRandom()::nextBytes)
        return nonce + cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(dataKey)
    }

    override fun unwrapKey(wrapped: ByteArray): ByteArray {
        if (wrapped.size < 12) throw KeyProviderException.Rejected()
        val decrypt = cipher(Cipher.DECRYPT_MODE, wrapped.copyOfRange(0, 12))
        return try {
            decrypt.doFinal(wrapped, 12, wrapped.size - 12)
        } catch (e: AEADBadTagException) {
            throw KeyProviderException.Rejected()
        }
    }
}

/**
 * A My Number card behind the transport interface, keyed by the file each command selects:
 * PIN files answer VERIFY (empty) with their tries left, the certificate file answers READ
 * BINARY, GET DATA answers the card's expiry. [removeAfter] makes it leave the field after that
 * many APDUs, as a card pulled away from the phone.
 */
class VirtualMyNumberCard(
    private val certificate: ByteArray,
    private val triesLeft: Map<Int, Int>,
    private val cardExpiry: String,
    private val removeAfter: Int = Int.MAX_VALUE,
) : CardTransport, AutoCloseable {
    /** Every command received, in order. */
    val received = mutableListOf<ByteArray>()
    /** Whether the link was closed. */
    var closed = false
        private set

    override fun close() {
        closed = true
    }
    private var file = 0

    override fun transmit(apdu: ByteArray): ByteArray {
        if (received.size >= removeAfter) throw TransportException.CardLost()
        received += apdu
        val p1 = apdu[2].toInt() and 0xFF
        val p2 = apdu[3].toInt() and 0xFF
        return when (apdu[1].toInt() and 0xFF) {
            0xA4 -> {
                if (p1 == 0x02) file = ((apdu[5].toInt() and 0xFF) shl 8) or (apdu[6].toInt() and 0xFF)
                sw(0x9000)
            }
            0x20 -> triesLeft[file]?.let { if (it == 0) sw(0x6984) else sw(0x63C0 or it) } ?: sw(0x6A82)
            0xB0 -> {
                val from = (p1 shl 8) or p2
                val length = (apdu[4].toInt() and 0xFF).takeIf { it != 0 } ?: 256
                certificate.copyOfRange(from.coerceAtMost(certificate.size), (from + length).coerceAtMost(certificate.size)) + sw(0x9000)
            }
            0xCA -> cardExpiry.toByteArray() + sw(0x9000)
            else -> sw(0x6D00)
        }
    }

    private fun sw(word: Int) = byteArrayOf((word shr 8).toByte(), word.toByte())
}

/** A notification scheduler that records what it was asked, keyed by reminder ID like AlarmManager. */
class RecordingScheduler : NotificationScheduler {
    /** What is scheduled now, by ID. */
    val scheduled = linkedMapOf<String, PlannedNotification>()
    /** Every schedule and cancel call, in order. */
    val calls = mutableListOf<String>()

    override fun scheduledIds(): Set<String> = scheduled.keys.toSet()

    override fun schedule(notification: PlannedNotification) {
        calls += "schedule ${notification.id}"
        scheduled[notification.id] = notification
    }

    override fun cancel(id: String) {
        calls += "cancel $id"
        scheduled.remove(id)
    }
}

/** A clock the test sets. */
class SetClock(var seconds: Long) : Clock {
    override fun nowSeconds(): Long = seconds
}

/** The user's files: picks queued by the test, saves and shares recorded. */
class FakeFiles : UserFiles {
    /** What the user will pick next, in order; empty means the user cancels. */
    val picks = ArrayDeque<PickedFile>()
    /** Every saved file: name to bytes. */
    val saved = mutableListOf<Pair<String, ByteArray>>()
    /** Every shared file's name. */
    val shared = mutableListOf<String>()

    /** Makes the next pick fail as a revoked document provider would. */
    var failNextPick = false

    override suspend fun pick(purpose: PickPurpose, mimeTypes: List<String>): PickedFile? {
        if (failNextPick) {
            failNextPick = false
            throw java.io.IOException("provider gone")
        }
        return picks.removeFirstOrNull()
    }

    override suspend fun save(fileName: String, mimeType: String, bytes: ByteArray): Boolean {
        saved += fileName to bytes
        return true
    }

    override suspend fun share(fileName: String, mimeType: String, bytes: ByteArray): Boolean {
        shared += fileName
        return true
    }
}

/** The app core's ports, all fakes, for one phone. */
class FakePhone(val clock: SetClock) {
    val keys = FakeKeyStore()
    val files = FakeFiles()
    val notifications = RecordingScheduler()
    /** The card the user holds to the phone (null: the user cancels the NFC session). */
    var card: CardTransport? = null
    /** Every HTML page printed. */
    val printed = mutableListOf<String>()
    /** The last idle lock timeout asked for. */
    var idleSeconds: Int? = null

    val ports = AppPorts(keys, clock, { card }, files, { _, html -> printed += html; true }, notifications, { idleSeconds = it })
}
