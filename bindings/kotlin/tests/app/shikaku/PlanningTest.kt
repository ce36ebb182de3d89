package app.shikaku

import app.shikaku.core.CardFacts
import app.shikaku.core.Item
import app.shikaku.core.Language
import app.shikaku.core.OnlineCheck
import app.shikaku.core.Person
import app.shikaku.core.ReminderOptions
import app.shikaku.core.SavedPdf
import app.shikaku.core.Scenario
import app.shikaku.core.SchoolPackRequest
import app.shikaku.core.Visit
import java.time.LocalDate
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

/** Reminders the phone schedules and the school-trip pack a parent prints. */
class PlanningTest {
    private val today = LocalDate.of(2026, 11, 21)
    private val child = Person(
        card = CardFacts(LocalDate.of(2030, 7, 7), LocalDate.of(2027, 1, 15), insuranceRegistered = true),
        savedPdf = SavedPdf(LocalDate.of(2026, 9, 1)),
    )

    @Test
    fun remindersAreDiscreetAndStable() {
        val deadlines = advise(Scenario(today, Visit.CLINIC, OnlineCheck.UNKNOWN, null, child)).deadlines
        val quiet = planReminders(deadlines, today, ReminderOptions(Language.JA, false, "陽太", "member-2"))
        assertTrue(quiet.isNotEmpty())
        quiet.forEach {
            assertFalse(it.title, it.title.contains("陽太"))
            assertTrue(!it.fireOn.isBefore(today))
        }
        val detailed = planReminders(deadlines, today, ReminderOptions(Language.JA, true, "陽太", "member-2"))
        assertEquals(quiet.map { it.id }, detailed.map { it.id })
        assertTrue(detailed.first().title, detailed.first().title.startsWith("陽太さん："))
        // The calendar: one event per coming deadline, on its date, with the reminders as alarms.
        val events = calendarEvents(deadlines, today, ReminderOptions(Language.JA, false, null, "member-2"))
        val ics = remindersIcs(events, today)
        assertEquals(deadlines.count { !it.date.isBefore(today) }, Regex("BEGIN:VEVENT").findAll(ics).count())
        assertEquals(events.sumOf { it.alarms.size }, Regex("BEGIN:VALARM").findAll(ics).count())
        assertTrue(ics, ics.contains("SUMMARY:電子証明書の有効期限"))
    }

    @Test
    fun theSchoolPackNamesTheChildAndCitesTheNotice() {
        val pack = schoolPack(SchoolPackRequest("佐藤 陽太", Visit.SCHOOL_TRIP, child, "090-0000-0000", today, Language.JA))
        assertEquals(Item.SAVED_PDF, pack.handOver)
        assertTrue(pack.ready)
        assertTrue(pack.coverNoteHtml.contains("佐藤 陽太の健康保険の資格情報"))
        assertTrue(pack.coverNoteHtml.contains("2025年2月12日"))
    }
}
