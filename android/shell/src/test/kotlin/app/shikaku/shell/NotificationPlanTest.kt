package app.shikaku.shell

import app.shikaku.core.DeadlineKind
import app.shikaku.core.Reminder
import java.time.LocalDate
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/** Planning notifications: the desired set against what is scheduled, by ID. */
class NotificationPlanTest {
    private fun reminder(id: String, fireOn: LocalDate) =
        plannedNotification(Reminder(id, fireOn, DeadlineKind.ECERT_EXPIRY, fireOn.plusDays(30), "t", "b"))

    private val a = reminder("a", LocalDate.of(2027, 1, 10))
    private val b = reminder("b", LocalDate.of(2027, 2, 10))
    private val c = reminder("c", LocalDate.of(2027, 3, 10))

    @Test
    fun schedulesNewCancelsStaleAndIsIdempotent() {
        val scheduler = RecordingScheduler()
        scheduler.replan(listOf(a, b))
        assertEquals(listOf("schedule a", "schedule b"), scheduler.calls)

        scheduler.calls.clear()
        scheduler.replan(listOf(a, b))
        assertTrue("a second plan of the same set changes nothing: ${scheduler.calls}", scheduler.calls.isEmpty())

        scheduler.replan(listOf(b, c))
        assertEquals(listOf("cancel a", "schedule c"), scheduler.calls)
        assertEquals(setOf("b", "c"), scheduler.scheduledIds())

        scheduler.calls.clear()
        scheduler.replan(emptyList())
        assertEquals(setOf("cancel b", "cancel c"), scheduler.calls.toSet())
        assertTrue(scheduler.scheduled.isEmpty())
    }

    @Test
    fun aRefreshRewordsEveryDesiredReminderUnderItsId() {
        val scheduler = RecordingScheduler()
        scheduler.replan(listOf(a, b))
        val reworded = listOf(a.copy(title = "named"), b.copy(title = "named"))
        val plan = scheduler.replan(reworded, refresh = true)
        assertEquals(listOf("a", "b"), plan.schedule.map { it.id })
        assertTrue(plan.cancel.isEmpty())
        assertEquals(listOf("named", "named"), scheduler.scheduled.values.map { it.title })
    }

    @Test
    fun aDuplicateIdIsScheduledOnce() {
        val plan = planNotifications(listOf(a, a.copy(title = "again")), emptySet())
        assertEquals(listOf(a), plan.schedule)
    }

    @Test
    fun aReminderFiresAtNineInTheMorningJapanTime() {
        // 2027-01-10 09:00 in Japan is 2027-01-10 00:00 UTC.
        assertEquals(1799539200L, a.fireAtEpochSeconds)
    }
}
