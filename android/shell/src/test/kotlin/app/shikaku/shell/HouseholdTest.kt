package app.shikaku.shell

import app.shikaku.core.AlertCode
import app.shikaku.core.CardPinCount
import app.shikaku.core.CardRecord
import app.shikaku.core.DocumentKind
import app.shikaku.core.Item
import app.shikaku.core.Language
import app.shikaku.core.NewMember
import app.shikaku.core.OnlineCheck
import app.shikaku.core.PinKind
import app.shikaku.core.Relation
import app.shikaku.core.ShikakuException
import app.shikaku.core.TriesLeft
import app.shikaku.core.Visit
import java.io.File
import java.nio.file.Files
import java.time.LocalDate
import java.time.ZoneOffset
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * A household's journey through the shell, on the real library with fake platform services:
 * the key store, the card and the scheduler are the ones the Android adapters replace.
 */
class HouseholdTest {
    private val fixtures = File(System.getProperty("shikaku.fixtures"))
    private val pdf = File(fixtures, "mynaportal_embedded.pdf").readBytes()
    private val certificate = File(fixtures, "card/user-cert.der").readBytes()
    private val root = Files.createTempDirectory("shikaku-shell").toFile()

    private val keys = FakeKeyStore()
    // 2026-11-21 12:00 in Japan.
    private val clock = SetClock(LocalDate.of(2026, 11, 21).atTime(12, 0).toEpochSecond(ZoneOffset.ofHours(9)))
    private val notifications = RecordingScheduler()
    private val documents = MemoryDocuments()
    private val ports = Ports(keys, clock, notifications, documents, File(root, "scratch"))
    private val dir = File(root, "vault").path

    private fun card(userTries: Int, removeAfter: Int = Int.MAX_VALUE) =
        VirtualMyNumberCard(certificate, mapOf(0x18 to userTries, 0x1B to 5, 0x11 to 3), "20350517", removeAfter)

    @Test
    fun fromFirstRunToTheCounterCardTheCardReadAndABackup() {
        val home = Household.create(dir, ports, Language.JA)
        assertEquals(LocalDate.of(2026, 11, 21), home.today())
        val parent = home.addMember(NewMember("佐藤 花子", "サトウ ハナコ", LocalDate.of(1954, 3, 14), Relation.MYSELF, true))
        val child = home.addMember(NewMember("佐藤 陽太", null, LocalDate.of(2015, 7, 7), Relation.CHILD, false))
        assertTrue("no card facts yet, nothing to remind", notifications.scheduled.isEmpty())

        // Import through the document store, as the Storage Access Framework hands bytes over.
        documents.files["content://picked/1"] = pdf
        val imported = home.importDocument(parent, "content://picked/1", "資格情報.pdf")
        assertEquals(DocumentKind.MYNAPORTAL_PDF, imported.kind)
        assertArrayEquals(pdf, home.document(imported.document))

        // The card facts as typed: the certificate expires within the year, so the core's
        // reminders are scheduled, discreetly, each at its fire instant.
        home.setCard(parent, CardRecord(LocalDate.of(2031, 3, 14), LocalDate.of(2027, 3, 14), true, "1234"))
        home.setCard(child, CardRecord(LocalDate.of(2030, 7, 7), LocalDate.of(2027, 1, 15), true, null))
        val planned = notifications.scheduled.values.toList()
        assertTrue(planned.size >= 4)
        planned.forEach { assertFalse(it.title, it.title.contains("花子") || it.title.contains("陽太")) }
        // Each at 09:00 in Japan (midnight UTC) on a day from today on.
        planned.forEach { assertEquals(0L, it.fireAtEpochSeconds % 86400) }
        planned.forEach { assertTrue(it.fireAtEpochSeconds >= clock.seconds - 3 * 3600) }

        // Naming the member re-words the same IDs.
        home.setDetailedReminders(true)
        assertEquals(planned.map { it.id }.toSet(), notifications.scheduledIds())
        assertTrue(notifications.scheduled.values.any { it.title.contains("花子") })

        // Dismissing a reminder cancels it and it is not planned again.
        val dismissed = planned.first().id
        home.acknowledgeReminder(parent, dismissed)
        assertFalse(dismissed in notifications.scheduledIds())
        assertTrue(home.replanReminders().let { it.schedule.isEmpty() && it.cancel.isEmpty() })

        // The card read through the transport: the user PIN is locked, and the card's own
        // certificate runs to 2031, so the parent's reminders for 2027 are cancelled.
        val before = notifications.scheduledIds()
        notifications.calls.clear()
        val reader = card(userTries = 0)
        assertTrue(home.readCardInto(parent, reader))
        assertTrue("no VERIFY carries a PIN", reader.received.filter { it[1] == 0x20.toByte() }.all { it.size == 4 })
        assertEquals(TriesLeft.Locked, home.pinStatus(parent).first { it.kind == PinKind.USER_CERTIFICATE }.triesLeft)
        val counter = home.advise(parent, Visit.CLINIC, OnlineCheck.AVAILABLE)
        assertTrue(counter.alerts.any { it.code == AlertCode.PIN_LOCKED })
        assertTrue(counter.covered)
        val view = CounterCardView.of(counter, Language.JA)
        assertEquals(counter.carry.size, view.carry.size)
        assertEquals(counter.alerts.size, view.alerts.size)
        val words = listOf(view.covered, view.carryHeading) + view.carry.map { it.item } + view.alerts.flatMap { listOf(it.title, it.action) } + view.steps
        words.forEach { assertTrue("worded by the core: '$it'", it.isNotBlank() && !it.contains("R-")) }
        assertTrue("Japanese words", view.alerts.all { alert -> alert.title.any { it.code > 0x3000 } })
        assertTrue(notifications.calls.isNotEmpty() && notifications.calls.all { it.startsWith("cancel") })
        assertTrue(notifications.scheduledIds().isNotEmpty() && notifications.scheduledIds().size < before.size)

        // The school pack for the child hands over the child's stored PDF.
        home.importDocument(child, "content://picked/1", "child.pdf")
        val pack = home.schoolPack(child, Visit.SCHOOL_TRIP, "090-0000-0000")
        assertEquals(Item.SAVED_PDF, pack.pack.handOver)
        assertNotEquals(null, pack.document)

        // Backup to a created document, then restore on a "new phone" with its own key.
        home.exportBackup("content://created/backup", "correct horse battery staple")
        val backup = documents.files.getValue("content://created/backup")
        assertFalse("the backup is sealed", String(backup, Charsets.ISO_8859_1).contains("佐藤"))
        assertTrue("the scratch copy is gone", ports.scratch.listFiles().isNullOrEmpty())

        val newPhone = Ports(FakeKeyStore(), clock, RecordingScheduler(), documents, File(root, "scratch2"))
        val restored = Household.restore(File(root, "restored").path, "content://created/backup", "correct horse battery staple", newPhone, Language.JA)
        assertEquals(home.members().members.map { it.name }, restored.members().members.map { it.name })
        assertEquals(home.advise(parent, Visit.CLINIC, OnlineCheck.AVAILABLE), restored.advise(parent, Visit.CLINIC, OnlineCheck.AVAILABLE))
        assertEquals("restore plans the same notifications", notifications.scheduledIds(), (newPhone.notifications as RecordingScheduler).scheduledIds())
    }

    @Test
    fun aCardPulledAwayIsTheCoresLinkErrorAndChangesNothing() {
        val home = Household.create(dir, ports, Language.EN)
        val member = home.addMember(NewMember("A", null, LocalDate.of(1980, 1, 1), Relation.MYSELF, false))
        home.setCard(member, CardRecord(LocalDate.of(2031, 1, 1), LocalDate.of(2027, 1, 1), true, null))
        home.readCardInto(member, card(userTries = 3)) // a first good read
        val before = home.pinStatus(member)
        assertThrows(ShikakuException.CardLink::class.java) { home.readCardInto(member, card(userTries = 0, removeAfter = 3)) }
        assertEquals(before, home.pinStatus(member))
    }

    @Test
    fun aLostDeviceKeyIsKeyUnavailableAndTheVaultStaysIntact() {
        val home = Household.create(dir, ports, Language.JA)
        home.addMember(NewMember("A", null, null, Relation.MYSELF, false))
        assertEquals(1, Household.open(dir, ports, Language.JA).members().members.size)
        keys.lose()
        assertThrows(ShikakuException.KeyUnavailable::class.java) { Household.open(dir, ports, Language.JA) }
        assertThrows(ShikakuException.WrongKey::class.java) { Household.open(dir, Ports(FakeKeyStore(), clock, notifications, documents, ports.scratch), Language.JA) }
    }

    @Test
    fun aWrongBackupPassphraseRestoresNothing() {
        val home = Household.create(dir, ports, Language.JA)
        home.addMember(NewMember("A", null, null, Relation.MYSELF, false))
        home.exportBackup("content://b", "correct horse battery staple")
        val target = File(root, "restored")
        assertThrows(ShikakuException::class.java) { Household.restore(target.path, "content://b", "wrong passphrase here", ports, Language.JA) }
        assertTrue(target.listFiles().isNullOrEmpty())
        assertTrue(File(root, "scratch").listFiles().isNullOrEmpty())
    }

    @Test
    fun theFirstStartCreatesAndLaterStartsOpenTheSameVault() {
        assertThrows(ShikakuException::class.java) { Household.open(dir, ports, Language.JA) }
        Household.openOrCreate(dir, ports, Language.JA).addMember(NewMember("A", null, null, Relation.MYSELF, false))
        assertEquals(listOf("A"), Household.openOrCreate(dir, ports, Language.JA).members().members.map { it.name })
    }
}
