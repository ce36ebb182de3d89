package app.shikaku.shell

/** What to change so that the scheduled notifications are exactly the desired ones. */
data class NotificationPlan(
    /** Desired notifications not scheduled yet (or all of them on a refresh). */
    val schedule: List<PlannedNotification>,
    /** Scheduled IDs no longer desired. */
    val cancel: Set<String>,
)

/**
 * Diffs the full desired set (the app core's `ScheduleNotifications`) against what is scheduled. Idempotent by ID: planning the same set twice schedules nothing the second time.
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
