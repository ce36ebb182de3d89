package app.shikaku

import app.shikaku.app.Answer
import app.shikaku.app.ConfirmationKind
import app.shikaku.app.DocumentView
import app.shikaku.app.Effect
import app.shikaku.app.EffectRequest
import app.shikaku.app.Event
import app.shikaku.app.Notification
import app.shikaku.app.Screen
import app.shikaku.app.ScreenView
import app.shikaku.app.UnlockState
import app.shikaku.core.CardRecord
import app.shikaku.core.DocumentKind
import app.shikaku.core.Language
import app.shikaku.core.NewMember
import app.shikaku.core.OnlineCheck
import app.shikaku.core.PinKind
import app.shikaku.core.PinOutcome
import app.shikaku.core.Relation
import app.shikaku.core.Visit
import java.io.File
import java.nio.file.Files
import java.security.SecureRandom
import java.time.LocalDate
import javax.crypto.Cipher
import javax.crypto.spec.GCMParameterSpec
import javax.crypto.spec.SecretKeySpec
import kotlinx.coroutines.runBlocking
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * The app journey on the JVM through `AppCore` only: a fake phone performs every effect (an
 * AES-GCM key store, files, printing, notifications, the date) and answers by id.
 */
class AppCoreTest {
    private val today: LocalDate = LocalDate.of(2026, 12, 2)
    private val fixtures = File(System.getProperty("shikaku.fixtures"))

    /** A phone: its key store and what it was asked to do. */
    private class Phone(private val key: ByteArray) {
        val picks = ArrayDeque<Pair<String, ByteArray>>()
        val saved = mutableListOf<Pair<String, ByteArray>>()
        val printed = mutableListOf<String>()
        var notifications: List<Notification> = emptyList()
        var idleSeconds: UInt? = null

        fun wrap(data: ByteArray): ByteArray {
            val nonce = ByteArray(12).also { SecureRandom().nextBytes(it) }
            val cipher = Cipher.getInstance("AES/GCM/NoPadding")
            cipher.init(Cipher.ENCRYPT_MODE, SecretKeySpec(key, "AES"), GCMParameterSpec(128, nonce))
            return nonce + cipher.doFinal(data)
        }

        fun unwrap(wrapped: ByteArray): Answer = try {
            val cipher = Cipher.getInstance("AES/GCM/NoPadding")
            cipher.init(Cipher.DECRYPT_MODE, SecretKeySpec(key, "AES"), GCMParameterSpec(128, wrapped.copyOfRange(0, 12)))
            Answer.KeyUnwrapped(cipher.doFinal(wrapped.copyOfRange(12, wrapped.size)))
        } catch (e: Exception) {
            Answer.KeyUnavailable
        }

        fun answerFor(effect: Effect, today: LocalDate): Answer = when (effect) {
            is Effect.WrapKey -> Answer.KeyWrapped(wrap(effect.key))
            is Effect.UnwrapKey -> unwrap(effect.wrapped)
            is Effect.DeletePlatformKey -> Answer.Done
            is Effect.NfcSession -> Answer.Cancelled
            is Effect.PickDocument -> picks.removeFirstOrNull()?.let { Answer.DocumentPicked(it.first, it.second) } ?: Answer.Cancelled
            is Effect.SaveFile -> { saved.add(effect.fileName to effect.bytes); Answer.Done }
            is Effect.ShareFile -> { saved.add(effect.fileName to effect.bytes); Answer.Done }
            is Effect.PrintHtml -> { printed.add(effect.html); Answer.Done }
            is Effect.ScheduleNotifications -> { notifications = effect.notifications; Answer.Done }
            is Effect.Today -> Answer.Today(today)
            is Effect.LockAfterIdle -> { idleSeconds = effect.seconds; Answer.Done }
        }

        /** Sends `event` and performs every effect that follows. */
        suspend fun send(core: AppCore, event: Event, today: LocalDate) {
            val queue = ArrayDeque<EffectRequest>(core.send(event))
            while (queue.isNotEmpty()) {
                val request = queue.removeFirst()
                queue.addAll(core.answer(request.id, answerFor(request.effect, today)))
            }
        }
    }

    private fun tempDir(): File = Files.createTempDirectory("shikaku-app").toFile()

    private fun member(name: String, relation: Relation, birth: String) =
        NewMember(name, null, LocalDate.parse(birth), relation, false)

    @Test
    fun theCoreChoosesTheStartingLanguageFromTheDevicesTags() {
        val root = tempDir()
        assertEquals(Language.JA, AppCore.forDevice(File(root, "a").path, listOf("ja-JP", "en-US")).view().language)
        assertEquals(Language.EN, AppCore.forDevice(File(root, "b").path, listOf("en-US", "ja-JP")).view().language)
        assertEquals(Language.JA, AppCore.forDevice(File(root, "c").path, emptyList()).view().language)
    }

    @Test
    fun journeyFromFirstRunToARestoreOnANewPhone() = runBlocking {
        val root = tempDir()
        val phone = Phone(ByteArray(32) { 7 })
        val core = AppCore(File(root, "vault").path, Language.EN)
        suspend fun send(event: Event) = phone.send(core, event, today)

        // First run.
        send(Event.Start)
        val door = core.view().content as ScreenView.Unlock
        assertEquals(UnlockState.FIRST_RUN, door.view.state)
        send(Event.CreateWithPlatformKey)
        assertEquals(Screen.Household, core.view().screen)
        assertEquals(300u, phone.idleSeconds)

        // Members, card facts and an imported Mynaportal PDF.
        send(Event.AddMember(member("デジタル 花子", Relation.MYSELF, "1988-05-20")))
        send(Event.AddMember(member("デジタル 太郎", Relation.CHILD, "2014-06-01")))
        val household = core.view().content as ScreenView.Household
        assertEquals(listOf("デジタル 花子", "デジタル 太郎"), household.view.members.map { it.name })
        val (adult, child) = household.view.members.map { it.member }
        send(Event.SaveCardFacts(adult, CardRecord(LocalDate.of(2031, 5, 20), LocalDate.of(2026, 10, 20), true, null)))
        phone.picks.add("mynaportal_cid.pdf" to File(fixtures, "mynaportal_cid.pdf").readBytes())
        send(Event.ImportDocument(adult))
        val import = core.view().content as ScreenView.Import
        assertTrue(import.view.read.any { it.value == "06139992" })
        send(Event.ConfirmImport)
        assertEquals(Screen.Member(adult), core.view().screen)
        assertTrue("reminders were scheduled", phone.notifications.isNotEmpty())

        // The counter card: the stored PDF, shown with the card, drawn large with the screen on.
        send(Event.Navigate(Screen.CounterCard(adult)))
        val counter = core.view()
        assertTrue(counter.keepAwake && counter.blockScreenshots && counter.largeType && counter.highContrast)
        val card = counter.content as ScreenView.CounterCard
        assertNotNull(card.view.document)
        assertEquals("Show this together with your My Number card.", card.view.howToShow.text)
        // Its bytes, off the caller's thread, to draw the PDF.
        val shown = core.documentContent(card.view.document!!.document)
        assertArrayEquals(File(fixtures, "mynaportal_cid.pdf").readBytes(), shown.bytes)
        assertEquals("application/pdf", shown.mimeType)
        assertEquals(DocumentView.PDF, shown.view)

        // A visit with a broken reader.
        send(Event.Navigate(Screen.VisitCheck(adult, Visit.CLINIC, OnlineCheck.READER_BROKEN)))
        val visit = core.view().content as ScreenView.VisitCheck
        assertTrue(visit.view.carry.isNotEmpty())
        assertTrue(visit.view.alerts.isNotEmpty())

        // Three wrong PINs: locked, with what to do.
        repeat(3) { send(Event.RecordPin(adult, PinKind.USER_CERTIFICATE, PinOutcome.Failed)) }
        send(Event.Navigate(Screen.Pin(adult)))
        val pin = (core.view().content as ScreenView.Pin).view.pins.first()
        assertEquals("Locked", pin.tries.text)
        assertTrue(pin.guidance.isNotEmpty())

        // The child's school pack, printed.
        phone.picks.add("camera" to byteArrayOf(0x89.toByte(), 'P'.code.toByte(), 'N'.code.toByte(), 'G'.code.toByte(), 13, 10, 26, 10) + ByteArray(64))
        send(Event.ImportDocument(child))
        send(Event.SetImportKind(DocumentKind.NOTICE))
        send(Event.TypeImportField("issued", "令和8年4月1日"))
        send(Event.ConfirmImport)
        send(Event.PlanSchoolTrip(child, Visit.SCHOOL_TRIP, LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 16), "090-0000-0000"))
        send(Event.Navigate(Screen.SchoolPack(child)))
        val pack = (core.view().content as ScreenView.SchoolPack).view
        assertTrue(pack.coverNoteHtml.contains("デジタル 太郎"))
        send(Event.PrintSchoolPack(child))
        assertEquals(1, phone.printed.size)

        // A backup, restored on a new phone with another key store.
        send(Event.ExportBackup("backup words"))
        val backup = phone.saved.last().second
        val newPhone = Phone(ByteArray(32) { 9 })
        val restored = AppCore(File(root, "new-phone").path, Language.EN)
        newPhone.send(restored, Event.Start, today)
        newPhone.picks.add("backup" to backup)
        newPhone.send(restored, Event.RestoreFromBackup, today)
        assertEquals(UnlockState.BACKUP_PICKED, (restored.view().content as ScreenView.Unlock).view.state)
        newPhone.send(restored, Event.RestoreWithPassphrase("backup words"), today)
        assertEquals(Screen.Household, restored.view().screen)

        // The same screens, word for word.
        val screens = listOf(Screen.Household, Screen.Reminders, Screen.Settings) +
            listOf(adult, child).flatMap {
                listOf(Screen.Member(it), Screen.CounterCard(it), Screen.Pin(it),
                    Screen.VisitCheck(it, Visit.CLINIC, OnlineCheck.UNKNOWN))
            } +
            // The school pack is for children (an adult's is refused).
            listOf(Screen.SchoolPack(child))
        for (screen in screens) {
            send(Event.Navigate(screen))
            newPhone.send(restored, Event.Navigate(screen), today)
            assertNull(core.view().banner)
            assertEquals("$screen", core.view(), restored.view())
        }
    }

    @Test
    fun aLostPlatformKeyLeadsToRestoreOrStartOver() = runBlocking {
        val dir = File(tempDir(), "vault").path
        val phone = Phone(ByteArray(32) { 1 })
        val core = AppCore(dir, Language.JA)
        phone.send(core, Event.Start, today)
        phone.send(core, Event.CreateWithPlatformKey, today)
        phone.send(core, Event.Lock, today)
        // The phone was reset: its key store holds another key.
        val reset = Phone(ByteArray(32) { 2 })
        reset.send(core, Event.UnlockWithPlatformKey, today)
        val door = (core.view().content as ScreenView.Unlock).view
        assertEquals(UnlockState.KEY_GONE, door.state)
        assertNotNull(core.view().banner)
        // Starting over: one event, the core's question, then its confirmation.
        reset.send(core, Event.WipeVault, today)
        assertEquals(ConfirmationKind.WIPE, core.view().confirmation?.kind)
        assertEquals(UnlockState.KEY_GONE, (core.view().content as ScreenView.Unlock).view.state)
        reset.send(core, Event.ConfirmWipe, today)
        assertEquals(UnlockState.FIRST_RUN, (core.view().content as ScreenView.Unlock).view.state)
        assertEquals(null, core.view().confirmation)
    }
}
