// Which reminders go to the system now. iOS keeps at most 64 pending local notifications per app,
// and the core may plan more for a household; so the nearest ones by fire time are scheduled and
// the plan is made again on every launch and background refresh, which brings the later ones in
// as the earlier ones fire. Titles and bodies are the core's (discreet unless the user chose
// details); nothing here reads a rule, formats a date or words anything.
import Foundation

/// One notification as the core planned it: a stable id, the instant it fires, the final words.
public struct PlannedNotification: Equatable, Sendable {
    /// Stable id: rescheduling the same id replaces it.
    public let id: String
    /// When it fires.
    public let fireAt: Date
    /// Title, as the core wrote it.
    public let title: String
    /// Body, as the core wrote it.
    public let body: String

    /// A notification from the core's plan.
    public init(id: String, fireAt: Date, title: String, body: String) {
        self.id = id
        self.fireAt = fireAt
        self.title = title
        self.body = body
    }
}

/// What to change in the system's pending notifications to match the core's plan.
public struct NotificationPlan: Equatable, Sendable {
    /// The most pending local notifications iOS keeps for one app.
    public static let systemLimit = 64

    /// Schedule (or replace) these, soonest first.
    public let schedule: [PlannedNotification]
    /// Cancel these pending ids: no longer planned, or pushed out by nearer ones.
    public let cancel: [String]

    /// The plan for `planned` (in any order), given the ids pending now, at instant `now`.
    /// Notifications whose time has passed are left out: the system would never fire them.
    public init(planned: [PlannedNotification], pending: Set<String>, now: Date,
                limit: Int = NotificationPlan.systemLimit) {
        var seen = Set<String>()
        let upcoming = planned
            .filter { $0.fireAt > now }
            .sorted { ($0.fireAt, $0.id) < ($1.fireAt, $1.id) }
            .filter { seen.insert($0.id).inserted }
        schedule = Array(upcoming.prefix(max(0, limit)))
        let kept = Set(schedule.map(\.id))
        cancel = pending.subtracting(kept).sorted()
    }
}
