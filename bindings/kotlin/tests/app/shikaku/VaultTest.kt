package app.shikaku

import app.shikaku.app.ReminderWording
import app.shikaku.core.AlertCode
import app.shikaku.core.CardPinCount
import app.shikaku.core.CardRecord
import app.shikaku.core.DocumentKind
import app.shikaku.core.Item
import app.shikaku.core.KeyProvider
import app.shikaku.core.KeyProviderException
import app.shikaku.core.Language
import app.shikaku.core.LimitCertificate
import app.shikaku.core.MemberFacts
import app.shikaku.core.NewMember
import app.shikaku.core.OnlineCheck
import app.shikaku.core.OwnerCheck
import app.shikaku.core.PinKind
import app.shikaku.core.PinOutcome
import app.shikaku.core.Relation
import app.shikaku.core.ShikakuException
import app.shikaku.core.SubsidyCard
import app.shikaku.core.SubsidyKind
import app.shikaku.core.TriesLeft
import app.shikaku.core.Visit
import java.io.File
import java.nio.file.Files
import java.security.SecureRandom
import java.time.LocalDate
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import javax.crypto.Cipher
import javax.crypto.spec.GCMParameterSpec
import javax.crypto.spec.SecretKeySpec
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Assert.assertThrows
import org.junit.Test

/** A platform key in Kotlin, as the Android Keystore will be: AES-GCM over a key it keeps. */
class KotlinKeyProvider(private val key: ByteArray = ByteArray(32).also { SecureRandom().nextBytes(it) }) : KeyProvider {
    var calls = 0

    override fun wrapKey(dataKey: ByteArray): ByteArray {
        calls++
        val nonce = ByteArray(12).also { SecureRandom().nextBytes(it) }
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, SecretKeySpec(key, "AES"), GCMParameterSpec(128, nonce))
        return nonce + cipher.doFinal(dataKey)
    }

    override fun unwrapKey(wrapped: ByteArray): ByteArray {
        calls++
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.DECRYPT_MODE, SecretKeySpec(key, "AES"), GCMParameterSpec(128, wrapped.copyOfRange(0, 12)))
        return try {
            cipher.doFinal(wrapped.copyOfRange(12, wrapped.size))
        } catch (e: javax.crypto.AEADBadTagException) {
            throw KeyProviderException.Rejected()
        }
    }
}

/** The household journeys of the app, on a real encrypted vault through the FFI. */
class VaultTest {
    private val today = LocalDate.of(2026, 11, 21)
    private val fixtures = File(System.getProperty("shikaku.fixtures"))
    private val pdf = File(fixtures, "mynaportal_embedded.pdf").readBytes()

    private fun newDir(): String = Files.createTempDirectory("shikaku-vault").resolve("vault").toString()

    @Test
    fun aFamilyFromImportToAdviceAndTheSchoolPack() {
        val provider = KotlinKeyProvider()
        val vault = HouseholdVault.createWithKey(newDir(), provider)
        val parent = vault.addMember(NewMember("佐藤 花子", "サトウ ハナコ", LocalDate.of(1981, 3, 14), Relation.MYSELF, true))
        val child = vault.addMember(NewMember("佐藤 陽太", null, LocalDate.of(2015, 7, 7), Relation.CHILD, false))
        assertEquals(listOf("佐藤 花子", "佐藤 陽太"), vault.members().members.map { it.name })
        vault.reorderMembers(listOf(child, parent))
        vault.renameMember(child, "佐藤 陽太（長男）")
        assertEquals(listOf("佐藤 陽太（長男）", "佐藤 花子"), vault.members().members.map { it.name })
        vault.setSetting("reminders.detailed", "false")
        assertEquals("false", vault.setting("reminders.detailed"))

        val imported = vault.importDocument(parent, pdf, null, mapOf(), "資格情報.pdf", today)
        assertEquals(DocumentKind.MYNAPORTAL_PDF, imported.kind)
        assertTrue(imported.missing.isEmpty())
        // The sample PDF names デジタル 花子: the user confirms it is this member's.
        assertEquals(OwnerCheck.MISMATCH, imported.owner)
        vault.confirmOwner(parent, imported.document)
        assertArrayEquals(pdf, vault.exportDocument(imported.document))
        assertEquals("06139992", vault.documents(parent).documents.single().fields["insurer_number"])

        val card = CardRecord(LocalDate.of(2031, 3, 14), LocalDate.of(2027, 3, 14), true, "1234")
        vault.setCard(parent, card)
        val clinic = vault.advise(parent, Visit.CLINIC, OnlineCheck.READER_BROKEN, null, today)
        assertTrue(clinic.covered)
        assertEquals(listOf(Item.MYNACARD, Item.SAVED_PDF, Item.MYNAPORTAL_SCREEN), clinic.carry.map { it.item })

        vault.setCard(child, CardRecord(LocalDate.of(2030, 7, 7), LocalDate.of(2030, 7, 7), true, null))
        val childPdf = vault.importDocument(child, pdf, null, mapOf(), "child.pdf", today)
        vault.confirmOwner(child, childPdf.document)
        val trip = vault.advise(child, Visit.SCHOOL_TRIP, OnlineCheck.UNKNOWN, null, today)
        assertEquals(Item.SAVED_PDF, trip.carry.single().item)
        val pack = vault.schoolPack(child, Visit.SCHOOL_TRIP, "090-0000-0000", today, Language.JA)
        assertTrue(pack.pack.coverNoteHtml.contains("佐藤 陽太（長男）の健康保険"))
        assertEquals(childPdf.document, pack.document)

        val reminders = vault.reminders(parent, today, Language.JA, false)
        // Renewal opens; 30 and 7 days before the certificate expires and before its grace ends.
        assertEquals(5, reminders.size)
        reminders.forEach { assertFalse(it.title.contains("花子")) }
        vault.acknowledgeReminder(parent, reminders.first().id, today)
        assertEquals(reminders.drop(1).map { it.id }, vault.reminders(parent, today, Language.JA, false).map { it.id })
        assertTrue(provider.calls > 0)
    }

    @Test
    fun pinFailuresAndAVirtualCardReadFeedTheAdvice() {
        val vault = HouseholdVault.createWithKey(newDir(), KotlinKeyProvider())
        val member = vault.addMember(NewMember("佐藤 光子", null, LocalDate.of(1954, 5, 3), Relation.PARENT, false))
        vault.setCard(member, CardRecord(LocalDate.of(2033, 5, 3), LocalDate.of(2028, 5, 3), true, null))
        repeat(2) { vault.recordPin(member, PinKind.USER_CERTIFICATE, PinOutcome.Failed, today) }
        val user = vault.pinStatus(member).first { it.kind == PinKind.USER_CERTIFICATE }
        assertEquals(TriesLeft.AtMost(1u), user.triesLeft)
        val advice = vault.advise(member, Visit.PHARMACY, OnlineCheck.AVAILABLE, null, today)
        assertTrue(advice.alerts.any { it.code == AlertCode.PIN_LAST_TRY })

        // The card itself says the PIN is locked: the card's count wins.
        val certificate = File(fixtures, "card/user-cert.der").readBytes()
        val read = readCard(KotlinVirtualCard(certificate, userTries = 0))
        assertEquals(CardPinCount.Blocked, read.userPin)
        assertTrue(vault.applyCardRead(member, read, today))
        assertEquals(TriesLeft.Locked, vault.pinStatus(member).first { it.kind == PinKind.USER_CERTIFICATE }.triesLeft)
        val locked = vault.advise(member, Visit.PHARMACY, OnlineCheck.AVAILABLE, null, today)
        assertTrue(locked.alerts.any { it.code == AlertCode.PIN_LOCKED })
        assertTrue(locked.covered)
    }

    @Test
    fun theWrongKeyAndALostKeyAreTypedErrors() {
        val dir = newDir()
        HouseholdVault.createWithKey(dir, KotlinKeyProvider()).addMember(NewMember("A", null, null, Relation.MYSELF, false))
        assertThrows(ShikakuException.WrongKey::class.java) { HouseholdVault.openWithKey(dir, KotlinKeyProvider()) }
        val lost = object : KeyProvider {
            override fun wrapKey(dataKey: ByteArray): ByteArray = throw KeyProviderException.Unavailable()
            override fun unwrapKey(wrapped: ByteArray): ByteArray = throw KeyProviderException.Unavailable()
        }
        assertThrows(ShikakuException.KeyUnavailable::class.java) { HouseholdVault.openWithKey(dir, lost) }
        val crashing = object : KeyProvider {
            override fun wrapKey(dataKey: ByteArray): ByteArray = throw IllegalStateException("keystore bug")
            override fun unwrapKey(wrapped: ByteArray): ByteArray = throw IllegalStateException("keystore bug")
        }
        assertThrows(ShikakuException.KeyProvider::class.java) { HouseholdVault.openWithKey(dir, crashing) }
    }

    @Test
    fun theKeyProviderIsNeverCalledUnderTheVaultLock() {
        val vault = HouseholdVault.createWithKey(newDir(), KotlinKeyProvider())
        vault.addMember(NewMember("A", null, null, Relation.MYSELF, false))
        // A provider that calls back into the vault while wrapping: under the vault's lock this
        // would deadlock, so the re-wrap runs on another thread with a time limit.
        val reentrant = object : KeyProvider {
            val inner = KotlinKeyProvider()
            var membersSeen = -1
            override fun wrapKey(dataKey: ByteArray): ByteArray {
                membersSeen = vault.members().members.size
                return inner.wrapKey(dataKey)
            }
            override fun unwrapKey(wrapped: ByteArray): ByteArray = inner.unwrapKey(wrapped)
        }
        val pool = Executors.newSingleThreadExecutor()
        try {
            pool.submit { vault.changeKey(reentrant) }.get(30, TimeUnit.SECONDS)
        } finally {
            pool.shutdownNow()
        }
        assertEquals(1, reentrant.membersSeen)
    }

    @Test
    fun badInputIsRefusedAndNothingIsStored() {
        val vault = HouseholdVault.createWithKey(newDir(), KotlinKeyProvider())
        val member = vault.addMember(NewMember("A", null, null, Relation.MYSELF, false))
        assertThrows(ShikakuException.InvalidInput::class.java) { vault.importDocument(member, pdf, null, mapOf("number" to "1234 5678 9018"), "x.pdf", today) }.let { e ->
            assertFalse(e.reason, e.reason.contains("9018"))
        }
        assertThrows(ShikakuException.Document::class.java) { vault.importDocument(member, "not a document".toByteArray(), null, mapOf(), "x", today) }
        assertThrows(ShikakuException.NotFound::class.java) { vault.advise(999L, Visit.CLINIC, OnlineCheck.UNKNOWN, null, today) }
        assertTrue(vault.documents(member).documents.isEmpty())
    }

    @Test
    fun version2FactsTheOwnerCheckAndTheHouseholdReminders() {
        val dir = newDir()
        val provider = KotlinKeyProvider()
        val vault = HouseholdVault.createWithKey(dir, provider)
        val child = vault.addMember(NewMember("山田 陽太", null, LocalDate.of(2018, 5, 5), Relation.CHILD, false))
        val mother = vault.addMember(NewMember("デジタル 花子", null, LocalDate.of(1990, 1, 1), Relation.MYSELF, true))
        vault.setCard(child, CardRecord(LocalDate.of(2027, 5, 5), LocalDate.of(2027, 5, 5), true, null))
        vault.setCard(mother, CardRecord(LocalDate.of(2031, 1, 1), LocalDate.of(2027, 1, 1), true, null))

        // R-OWNER-1: デジタル 花子's PDF matches her and not the child; not handed over until confirmed.
        assertEquals(OwnerCheck.MATCH, vault.importDocument(mother, pdf, null, mapOf(), "own.pdf", today).owner)
        val wrong = vault.importDocument(child, pdf, null, mapOf("saved_at" to "2026-11-20"), "wrong.pdf", today)
        assertEquals(OwnerCheck.MISMATCH, wrong.owner)
        assertThrows(ShikakuException.InvalidInput::class.java) { vault.documentToHandOver(child, wrong.document) }
        val notReady = vault.schoolPack(child, Visit.SCHOOL_TRIP, null, today, Language.JA)
        assertFalse(notReady.pack.ready)
        assertEquals(null, notReady.document)
        val trip = vault.advise(child, Visit.SCHOOL_TRIP, OnlineCheck.UNKNOWN, null, today)
        assertTrue(trip.alerts.any { it.code == AlertCode.DOCUMENT_NOT_THEIRS })
        assertThrows(ShikakuException.NotFound::class.java) { vault.confirmOwner(mother, wrong.document) }
        assertTrue(vault.confirmOwner(child, wrong.document).ownerConfirmed)
        assertArrayEquals(pdf, vault.documentToHandOver(child, wrong.document))
        assertEquals(wrong.document, vault.schoolPack(child, Visit.SCHOOL_TRIP, null, today, Language.JA).document)

        // The version-2 facts: set, kept across a reopen, cleared.
        val facts = MemberFacts(
            insuranceChangedOn = LocalDate.of(2026, 10, 1),
            newInsurerRegistered = true,
            smartphoneCard = true,
            subsidyCard = SubsidyCard(LocalDate.of(2027, 3, 31), true, SubsidyKind.CHILD, false),
            limitCertificate = LimitCertificate(LocalDate.of(2027, 7, 31), null, false),
        )
        vault.setMemberFacts(child, facts)
        val reopened = HouseholdVault.openWithKey(dir, provider)
        assertEquals(facts, reopened.memberFacts(child))
        assertEquals(MemberFacts(), reopened.memberFacts(mother))
        val clinic = reopened.advise(child, Visit.CLINIC, OnlineCheck.UNAVAILABLE, null, today)
        assertTrue(clinic.carry.any { it.item == Item.SUBSIDY_CARD })
        reopened.setMemberFacts(child, MemberFacts())
        assertEquals(MemberFacts(), reopened.memberFacts(child))
        assertThrows(ShikakuException.InvalidInput::class.java) {
            reopened.setMemberFacts(child, MemberFacts(limitCertificate = LimitCertificate(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), false)))
        }

        // Reminders for the whole household, IDs unique across members, names only when asked.
        val wording = ReminderWording(Language.JA, false, false)
        val all = reopened.householdReminders(null, today, wording)
        assertEquals(setOf(child, mother), all.map { it.member }.toSet())
        assertEquals(all.size, all.map { it.reminder.id }.toSet().size)
        assertEquals(all.filter { it.member == mother }.map { it.reminder.id },
            reopened.householdReminders(mother, today, wording).map { it.reminder.id })
        all.forEach { assertFalse(it.reminder.title.contains("花子")) }
        val named = reopened.householdReminders(mother, today, ReminderWording(Language.JA, false, true))
        named.forEach { assertTrue(it.reminder.title.contains("花子")) }
        val events = reopened.householdCalendar(null, today, wording)
        assertTrue(events.isNotEmpty())
        assertTrue(remindersIcs(events, today).startsWith("BEGIN:VCALENDAR"))
    }

    @Test
    fun oneVaultFromManyThreads() {
        val vault = HouseholdVault.createWithKey(newDir(), KotlinKeyProvider())
        val pool = Executors.newFixedThreadPool(8)
        try {
            val ids = pool.invokeAll((1..32).map { n ->
                Callable { vault.addMember(NewMember("member $n", null, LocalDate.of(1980, 1, 1), Relation.OTHER, false)) }
            }).map { it.get(60, TimeUnit.SECONDS) }
            assertEquals(32, ids.toSet().size)
            pool.invokeAll(ids.map { id -> Callable { vault.advise(id, Visit.CLINIC, OnlineCheck.UNKNOWN, null, today) } })
                .forEach { assertFalse(it.get(60, TimeUnit.SECONDS).covered) }
            assertEquals(32, vault.members().members.size)
        } finally {
            pool.shutdown()
        }
    }
}
