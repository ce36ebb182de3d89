package app.shikaku.shell

import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/** Planning notifications: the desired set against what is scheduled, by ID. */
class NotificationPlanTest {
    private fun notification(id: String, fireAt: Long) = PlannedNotification(id, fireAt, "t", "b")

    private val a = notification("a", 1_799_539_200)
    private val b = notification("b", 1_802_217_600)
    private val c = notification("c", 1_804_636_800)

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
}
