package app.shikaku.shell

import app.shikaku.AppCore
import app.shikaku.app.Event
import app.shikaku.app.Screen
import app.shikaku.app.ScreenView
import app.shikaku.app.ScanState
import app.shikaku.app.UnlockState
import app.shikaku.core.CardRecord
import app.shikaku.core.DocumentKind
import app.shikaku.core.Language
import app.shikaku.core.MemberId
import app.shikaku.core.NewMember
import app.shikaku.core.OnlineCheck
import app.shikaku.core.Relation
import app.shikaku.core.Visit
import java.io.File
import java.nio.file.Files
import java.time.LocalDate
import java.time.ZoneOffset
import kotlinx.coroutines.runBlocking
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * The app core's journey through the store, as the Android app drives it, with fake ports: first
 * run, members, imports, the counter card, a visit check, a card read showing a locked PIN, the
 * school pack printed, a backup, and a restore on a new phone that shows the same screens.
 */
class AppCoreJourneyTest {
    private val fixtures = File(System.getProperty("shikaku.fixtures"))
    private val root = Files.createTempDirectory("shikaku-app").toFile()
    // 2026-12-02 12:00 in Japan.
    private val clock = SetClock(LocalDate.of(2026, 12, 2).atTime(12, 0).toEpochSecond(ZoneOffset.ofHours(9)))

    private inline fun <reified T : ScreenView> content(store: AppCoreStore): T {
        val content = store.view.content
        assertTrue("expected ${T::class.simpleName}, shown ${store.view.screen}", content is T)
        return content as T
    }

    private suspend fun import(store: AppCoreStore, phone: FakePhone, member: MemberId, file: PickedFile, kind: DocumentKind? = null, typed: Map<String, String> = emptyMap()) {
        phone.files.picks.addLast(file)
        store.send(Event.ImportDocument(member))
        assertEquals(Screen.Import(member), store.view.screen)
        kind?.let { store.send(Event.SetImportKind(it)) }
        typed.forEach { (name, value) -> store.send(Event.TypeImportField(name, value)) }
        store.send(Event.ConfirmImport)
        assertEquals("the import was stored", Screen.Member(member), store.view.screen)
    }

    private fun screens(members: List<MemberId>): List<Screen> = listOf(Screen.Household, Screen.Reminders, Screen.Settings) +
        members.flatMap { listOf(Screen.Member(it), Screen.CounterCard(it), Screen.VisitCheck(it, Visit.CLINIC, OnlineCheck.READER_BROKEN), Screen.Pin(it), Screen.SchoolPack(it)) }

    @Test
    fun firstRunToRestoreShowsTheSameHousehold() = runBlocking {
        val phone = FakePhone(clock)
        var views = 0
        val store = AppCoreStore(AppCore(File(root, "phone").path, Language.EN), phone.ports) { views++ }

        store.send(Event.Start)
        assertEquals(UnlockState.FIRST_RUN, content<ScreenView.Unlock>(store).view.state)
        store.send(Event.CreateWithPlatformKey)
        assertEquals(Screen.Household, store.view.screen)
        assertEquals(300, phone.idleSeconds)

        store.send(Event.AddMember(NewMember("デジタル 花子", null, LocalDate.of(1988, 5, 20), Relation.MYSELF, false)))
        store.send(Event.AddMember(NewMember("デジタル 太郎", null, LocalDate.of(2014, 6, 1), Relation.CHILD, false)))
        val (adult, child) = content<ScreenView.Household>(store).view.members.map { it.member }
        // The certificate expired on 2026-10-20: the card works until the grace ends.
        store.send(Event.SaveCardFacts(adult, CardRecord(LocalDate.of(2031, 5, 20), LocalDate.of(2026, 10, 20), true, null)))
        import(store, phone, adult, PickedFile("mynaportal_cid.pdf", File(fixtures, "mynaportal_cid.pdf").readBytes()))
        store.send(Event.SaveCardFacts(child, CardRecord(LocalDate.of(2029, 6, 1), LocalDate.of(2029, 6, 1), true, null)))
        val photo = byteArrayOf(0x89.toByte(), 'P'.code.toByte(), 'N'.code.toByte(), 'G'.code.toByte(), 0x0D, 0x0A, 0x1A, 0x0A) + ByteArray(64)
        import(store, phone, child, PickedFile("camera", photo), DocumentKind.NOTICE, mapOf("issued" to "令和8年4月1日", "insurer_number" to "06139992"))
        store.send(Event.PlanSchoolTrip(child, Visit.SCHOOL_TRIP, LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 16), "090-0000-0000"))

        store.send(Event.Navigate(Screen.Household))
        assertEquals(2, content<ScreenView.Household>(store).view.members.size)
        val scheduled = phone.notifications.scheduled.values
        assertTrue("the core's reminders were scheduled", scheduled.isNotEmpty())
        scheduled.forEach { assertTrue(it.title, !it.title.contains("花子") && !it.title.contains("太郎")) }
        phone.notifications.calls.clear()
        store.send(Event.Navigate(Screen.Reminders))
        assertTrue("an unchanged set schedules nothing again: ${phone.notifications.calls}", phone.notifications.calls.isEmpty())

        // The counter card: secure, kept awake, the saved PDF shown with the insurer.
        store.send(Event.Navigate(Screen.CounterCard(adult)))
        assertTrue(store.view.keepAwake && store.view.blockScreenshots)
        val counter = content<ScreenView.CounterCard>(store).view
        assertNotNull(counter.document)
        assertTrue(counter.insurance.any { it.value == "06139992" })
        val shown = store.documentContent(counter.document!!.document)
        assertEquals("application/pdf", shown.mimeType)
        assertTrue("the shown document is the imported PDF", shown.bytes.contentEquals(File(fixtures, "mynaportal_cid.pdf").readBytes()))

        store.send(Event.Navigate(Screen.VisitCheck(adult, Visit.CLINIC, OnlineCheck.READER_BROKEN)))
        val visit = content<ScreenView.VisitCheck>(store).view
        assertTrue(visit.carry.isNotEmpty() && visit.alerts.isNotEmpty())

        // The card read through the transport: the user PIN is locked.
        val certificate = File(fixtures, "card/user-cert.der").readBytes()
        phone.card = VirtualMyNumberCard(certificate, mapOf(0x18 to 0, 0x1B to 5, 0x11 to 3), "20350517")
        store.send(Event.ScanCard(adult))
        assertEquals(ScanState.DONE, content<ScreenView.CardScan>(store).view.state)
        store.send(Event.Navigate(Screen.Pin(adult)))
        val pin = content<ScreenView.Pin>(store).view.pins.first()
        assertEquals("Locked", pin.tries.text)
        assertTrue(pin.guidance.isNotEmpty())

        // The school pack, printed for the teacher.
        store.send(Event.PrintSchoolPack(child))
        assertEquals(1, phone.printed.size)
        assertTrue(phone.printed.single().contains("デジタル 太郎"))

        // A backup, restored on a new phone whose key store holds another key.
        store.send(Event.ExportBackup("backup words"))
        val (name, backup) = phone.files.saved.last()
        assertTrue(name, name.startsWith("shikaku-backup-2026-12-02"))
        val newPhone = FakePhone(clock)
        val restored = AppCoreStore(AppCore(File(root, "new-phone").path, Language.EN), newPhone.ports)
        restored.send(Event.Start)
        newPhone.files.picks.addLast(PickedFile("backup", backup))
        restored.send(Event.RestoreFromBackup)
        restored.send(Event.RestoreWithPassphrase("wrong words"))
        assertNotNull("a wrong passphrase is said", restored.view.banner)
        assertEquals(Screen.Unlock, restored.view.screen)
        restored.send(Event.RestoreWithPassphrase("backup words"))
        assertEquals(Screen.Household, restored.view.screen)

        for (screen in screens(listOf(adult, child))) {
            store.send(Event.Navigate(screen))
            restored.send(Event.Navigate(screen))
            assertEquals("$screen after restore", store.view, restored.view)
        }
        assertEquals("the new phone schedules the same notifications", phone.notifications.scheduledIds(), newPhone.notifications.scheduledIds())

        restored.send(Event.Lock)
        assertEquals(Screen.Unlock, restored.view.screen)
        restored.send(Event.UnlockWithPlatformKey)
        assertEquals(Screen.Household, restored.view.screen)
        assertTrue("the screens were told of each new view", views > 20)
    }

    @Test
    fun aLostPlatformKeyIsTheCoresToExplain() = runBlocking {
        val phone = FakePhone(clock)
        val dir = File(root, "lost").path
        val store = AppCoreStore(AppCore(dir, Language.EN), phone.ports)
        store.send(Event.Start)
        store.send(Event.CreateWithPlatformKey)
        store.send(Event.Lock)
        phone.keys.lose()
        store.send(Event.UnlockWithPlatformKey)
        assertEquals(Screen.Unlock, store.view.screen)
        assertNotNull("the core says what to do", store.view.banner)
    }

    private suspend fun oneMember(phone: FakePhone, name: String): Pair<AppCoreStore, MemberId> {
        val store = AppCoreStore(AppCore(File(root, name).path, Language.EN), phone.ports)
        store.send(Event.Start)
        store.send(Event.CreateWithPlatformKey)
        store.send(Event.AddMember(NewMember("A", null, LocalDate.of(1980, 1, 1), Relation.MYSELF, false)))
        return store to content<ScreenView.Household>(store).view.members.single().member
    }

    @Test
    fun aFileThatCannotBeReadIsACancelledPickAndTheNextPickWorks() = runBlocking {
        val phone = FakePhone(clock)
        val (store, member) = oneMember(phone, "unreadable")
        phone.files.failNextPick = true
        store.send(Event.ImportDocument(member))
        assertTrue("nothing was picked", store.view.screen != Screen.Import(member))
        import(store, phone, member, PickedFile("mynaportal_cid.pdf", File(fixtures, "mynaportal_cid.pdf").readBytes()))
    }

    @Test
    fun aCancelledCardSessionReadsNothing() = runBlocking {
        val (store, member) = oneMember(FakePhone(clock), "cancel")
        store.send(Event.ScanCard(member))
        assertTrue(content<ScreenView.CardScan>(store).view.state != ScanState.DONE)
    }

    @Test
    fun aCardPulledAwayMidReadIsSaidAndTheLinkIsClosed() = runBlocking {
        val phone = FakePhone(clock)
        val (store, member) = oneMember(phone, "pulled")
        val certificate = File(fixtures, "card/user-cert.der").readBytes()
        val card = VirtualMyNumberCard(certificate, mapOf(0x18 to 3, 0x1B to 5, 0x11 to 3), "20350517", removeAfter = 3)
        phone.card = card
        store.send(Event.ScanCard(member))
        val scan = content<ScreenView.CardScan>(store).view
        assertTrue(scan.state != ScanState.DONE)
        assertNotNull("the core says what happened", scan.error ?: store.view.banner)
        assertTrue("the store closed the link", card.closed)
    }
}
