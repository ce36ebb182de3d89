// Brings the system's pending notifications in line with the core's plan (NotificationPlan):
// the app calls it with the core's notifications on launch, on background refresh and whenever
// the core asks to schedule.
import Foundation

/// Applies notification plans through a `NotificationScheduler`.
public struct NotificationSync: Sendable {
    private let scheduler: NotificationScheduler

    /// A sync over `scheduler`.
    public init(scheduler: NotificationScheduler) {
        self.scheduler = scheduler
    }

    /// Cancels what is no longer planned, schedules the nearest planned notifications, and
    /// returns the plan it applied. A notification the system refuses is left out; the next
    /// re-plan tries again.
    @discardableResult
    public func apply(_ planned: [PlannedNotification], now: Date) async -> NotificationPlan {
        let plan = NotificationPlan(planned: planned, pending: await scheduler.pendingIDs(), now: now)
        await scheduler.cancel(ids: plan.cancel)
        for notification in plan.schedule {
            try? await scheduler.schedule(notification)
        }
        return plan
    }
}
