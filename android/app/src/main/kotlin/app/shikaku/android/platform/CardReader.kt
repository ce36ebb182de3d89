package app.shikaku.android.platform

import android.app.Activity
import android.nfc.NfcAdapter
import android.nfc.Tag
import android.nfc.tech.IsoDep
import android.os.Bundle

/**
 * Listens for a My Number card while the card screen is shown, through reader mode: NFC-A and
 * NFC-B only, no NDEF check and no other app's tag dispatch. [onCard] gets the card's transport
 * on the NFC thread and closes it when the core is done with it.
 */
class CardReader(private val activity: Activity, private val onCard: (IsoDepTransport) -> Unit) : NfcAdapter.ReaderCallback {
    // Looked up on first use: the activity may not have its context yet when this is created.
    private val adapter: NfcAdapter? by lazy { NfcAdapter.getDefaultAdapter(activity) }

    /** Whether the phone has NFC at all (the feature is optional in the manifest). */
    val present: Boolean get() = adapter != null

    /** Whether NFC is switched on. */
    val enabled: Boolean get() = adapter?.isEnabled == true

    /** Starts listening (call from onResume); false without NFC. */
    fun start(): Boolean {
        val nfc = adapter ?: return false
        val extras = Bundle().apply { putInt(NfcAdapter.EXTRA_READER_PRESENCE_CHECK_DELAY, PRESENCE_CHECK_MS) }
        nfc.enableReaderMode(activity, this, FLAGS, extras)
        return true
    }

    /** Stops listening (call from onPause). */
    fun stop() {
        adapter?.disableReaderMode(activity)
    }

    override fun onTagDiscovered(tag: Tag) {
        val isoDep = IsoDep.get(tag) ?: return
        onCard(IsoDepTransport(isoDep))
    }

    private companion object {
        const val FLAGS = NfcAdapter.FLAG_READER_NFC_A or NfcAdapter.FLAG_READER_NFC_B or NfcAdapter.FLAG_READER_SKIP_NDEF_CHECK
        const val PRESENCE_CHECK_MS = 1000
    }
}
