package app.shikaku.shell

/*
 * The clock and the notification scheduler the store drives (AppPorts.kt has the rest). Android
 * implements them with the framework (the system clock, AlarmManager); the JVM tests with fakes.
 */

/** The wall clock, in seconds since the Unix epoch; the core turns it into Japan's date. */
fun interface Clock {
    /** The current instant. */
    fun nowSeconds(): Long
}

/** One notification to show at an instant, in the core's words. */
data class PlannedNotification(
    /** The core's stable ID (a keyed hash that reveals nothing). */
    val id: String,
    /** When to show it, in seconds since the Unix epoch. */
    val fireAtEpochSeconds: Long,
    /** The title (discreet unless the user asked for names). */
    val title: String,
    /** The body. */
    val body: String,
)

/**
 * Where planned notifications wait to be shown (AlarmManager + NotificationManager on Android).
 * Implementations are keyed by [PlannedNotification.id]: scheduling an ID again replaces it.
 */
interface NotificationScheduler {
    /** The IDs currently scheduled. */
    fun scheduledIds(): Set<String>

    /** Schedules [notification], replacing one with the same ID. */
    fun schedule(notification: PlannedNotification)

    /** Cancels the reminder with this ID; unknown IDs are ignored. */
    fun cancel(id: String)
}
