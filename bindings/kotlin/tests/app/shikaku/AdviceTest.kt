package app.shikaku

import app.shikaku.core.AlertCode
import app.shikaku.core.CardFacts
import app.shikaku.core.Escort
import app.shikaku.core.Group
import app.shikaku.core.Issue
import app.shikaku.core.Item
import app.shikaku.core.Language
import app.shikaku.core.Need
import app.shikaku.core.OnlineCheck
import app.shikaku.core.Person
import app.shikaku.core.Rule
import app.shikaku.core.SavedPdf
import app.shikaku.core.Scenario
import app.shikaku.core.ShikakuException
import app.shikaku.core.Step
import app.shikaku.core.Visit
import java.time.LocalDate
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Assert.assertThrows
import org.junit.Test

/** The advice journeys of the apps, against the real library through JNA. */
class AdviceTest {
    private val today = LocalDate.of(2026, 11, 21)

    private fun motherInGrace() = Person(
        birthDate = LocalDate.of(1981, 10, 15),
        card = CardFacts(
            expires = LocalDate.of(2031, 10, 15),
            ecertExpires = LocalDate.of(2026, 10, 15),
            insuranceRegistered = true,
        ),
        savedPdf = SavedPdf(savedAt = LocalDate.of(2026, 4, 2)),
    )

    @Test
    fun clinicWithABrokenReaderNeedsTheCardAndABackup() {
        val advice = advise(Scenario(today, Visit.CLINIC, OnlineCheck.READER_BROKEN, null, motherInGrace()))
        assertTrue(advice.covered)
        assertEquals(listOf(Item.MYNACARD, Item.SAVED_PDF), advice.carry.map { it.item })
        assertEquals(Need.ONE_OF, advice.carry[1].need)
        assertEquals(Group.WITH_CARD, advice.carry[1].group)
        val grace = advice.alerts.single()
        assertEquals(AlertCode.ECERT_GRACE, grace.code)
        assertEquals(LocalDate.of(2027, 1, 31), grace.date)
        assertEquals("R-ECERT-3", ruleId(grace.rule))
        // Version 2: with the reader broken the staff check the card by eye.
        assertEquals(listOf(Step.SHOW_CARD, Step.SHOW_BACKUP), advice.steps)
        val text = alertText(Language.JA, grace)
        assertTrue(text.action, text.action.contains("2027年1月31日まで使えます"))
    }

    @Test
    fun aSchoolTripLeavesThePdfWithTheTeacher() {
        val child = Person(
            card = CardFacts(LocalDate.of(2030, 7, 7), LocalDate.of(2030, 7, 7), insuranceRegistered = true),
            savedPdf = SavedPdf(LocalDate.of(2026, 9, 1)),
        )
        val advice = advise(Scenario(today, Visit.SCHOOL_TRIP, OnlineCheck.UNKNOWN, null, child))
        assertTrue(advice.covered)
        assertEquals(Item.SAVED_PDF, advice.carry.single().item)
        assertTrue(advice.carry.single().copyOk)
        assertEquals(listOf(Step.LEAVE_WITH_TEACHER), advice.steps)
        // With a parent, the usual rules: the card itself.
        val withParent = advise(Scenario(today, Visit.SCHOOL_TRIP, OnlineCheck.UNKNOWN, Escort.PARENT, child))
        assertEquals(Item.MYNACARD, withParent.carry.first().item)
    }

    @Test
    fun anImpossibleDateIsATypedErrorNotAnInternalOne() {
        val ancient = Scenario(LocalDate.of(1700, 1, 1), Visit.CLINIC, OnlineCheck.UNKNOWN, null, Person())
        assertThrows(ShikakuException.InvalidInput::class.java) { advise(ancient) }.let { e ->
            assertTrue(e.reason, e.reason.contains("not a valid date"))
        }
    }

    @Test
    fun aFullMyNumberIsRefusedWithoutEchoingIt() {
        val card = CardFacts(LocalDate.of(2031, 1, 1), LocalDate.of(2030, 1, 1), true, 0u, "123456789018")
        assertThrows(ShikakuException.InvalidInput::class.java) { advise(Scenario(today, Visit.CLINIC, OnlineCheck.UNKNOWN, null, Person(card = card))) }.let { e ->
            assertTrue(e.reason, e.reason.contains("never stored"))
            assertFalse(e.reason, e.reason.contains("9018"))
        }
    }

    @Test
    fun expiryAndTodayInJapan() {
        val expiry = expiry(Issue(LocalDate.of(2026, 1, 15), LocalDate.of(1980, 5, 10), LocalDate.of(2026, 1, 15), false, null))
        assertEquals(LocalDate.of(2035, 5, 10), expiry.cardExpires)
        assertEquals(LocalDate.of(2030, 5, 10), expiry.ecertExpires)
        // 2026-11-20T15:00:00Z is already the 21st in Japan.
        assertEquals(LocalDate.of(2026, 11, 21), japanDateOfUnix(1_795_186_800L))
        assertEquals("2027年2月28日", formatDate(Language.JA, LocalDate.of(2027, 2, 28)))
        assertEquals("資格確認書", itemName(Language.JA, Item.CERTIFICATE))
        assertEquals("R-SCHOOL-1", ruleId(Rule.SCHOOL1))
    }

    @Test
    fun callsFromManyThreadsAgree() {
        val scenario = Scenario(today, Visit.CLINIC, OnlineCheck.READER_BROKEN, null, motherInGrace())
        val expected = advise(scenario)
        val pool = Executors.newFixedThreadPool(8)
        try {
            val results = pool.invokeAll((1..64).map { Callable { advise(scenario) } })
            results.forEach { assertEquals(expected, it.get(30, TimeUnit.SECONDS)) }
        } finally {
            pool.shutdown()
        }
    }
}
