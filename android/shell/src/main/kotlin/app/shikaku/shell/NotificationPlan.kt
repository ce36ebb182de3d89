package app.shikaku.shell

import app.shikaku.core.Reminder
import java.time.ZoneOffset

/**
 * The hour (Japan time) a reminder fires on its [Reminder.fireOn] date: the core's
 * `FIRE_HOUR_JST` (core/src/reminders/mod.rs), which the FFI's `Reminder` does not carry yet.
 */
private const val FIRE_HOUR_JST = 9

/** Japan Standard Time has no daylight saving: a fixed UTC+9. */
private val JAPAN = ZoneOffset.ofHours(9)

/** What to change so that the scheduled notifications are exactly the desired ones. */
data class NotificationPlan(
    /** Desired notifications not scheduled yet (or all of them on a refresh). */
    val schedule: List<PlannedNotification>,
    /** Scheduled IDs no longer desired. */
    val cancel: Set<String>,
)

/** A core reminder as a notification: its Japan date at the core's fire hour. */
fun plannedNotification(reminder: Reminder): PlannedNotification = PlannedNotification(
    id = reminder.id,
    fireAtEpochSeconds = reminder.fireOn.atTime(FIRE_HOUR_JST, 0).toEpochSecond(JAPAN),
    title = reminder.title,
    body = reminder.body,
)

/**
 * Diffs the full desired set (every member's reminders, as the core returns them) against what
 * is scheduled. Idempotent by ID: planning the same set twice schedules nothing the second time.
 * [refresh] reschedules every desired notification, for when their wording changed under the
 * same IDs (a language or detail setting).
 */
fun planNotifications(desired: List<PlannedNotification>, scheduled: Set<String>, refresh: Boolean = false): NotificationPlan {
    val unique = desired.distinctBy { it.id }
    val wanted = unique.mapTo(HashSet()) { it.id }
    return NotificationPlan(
        schedule = if (refresh) unique else unique.filter { it.id !in scheduled },
        cancel = scheduled - wanted,
    )
}

/** Applies [planNotifications] to this scheduler: cancels first, then schedules. */
fun NotificationScheduler.replan(desired: List<PlannedNotification>, refresh: Boolean = false): NotificationPlan {
    val plan = planNotifications(desired, scheduledIds(), refresh)
    plan.cancel.forEach(::cancel)
    plan.schedule.forEach(::schedule)
    return plan
}
