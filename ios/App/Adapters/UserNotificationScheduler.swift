// Reminders as local notifications on UNUserNotificationCenter (Apple-only, not compiled on Linux
// CI). What to schedule is ShikakuKit's NotificationPlan (the 64 nearest); the words are the
// core's, discreet unless the user asked for details; each fires at the instant the core chose.
import Foundation
import ShikakuKit
import UserNotifications

struct UserNotificationScheduler: NotificationScheduler {
    private var center: UNUserNotificationCenter { .current() }

    func pendingIDs() async -> Set<String> {
        Set(await center.pendingNotificationRequests().map(\.identifier))
    }

    func schedule(_ notification: PlannedNotification) async throws {
        guard try await authorized() else { return }
        let content = UNMutableNotificationContent()
        content.title = notification.title
        content.body = notification.body
        content.sound = .default
        content.threadIdentifier = "reminders"
        let moment = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                                     from: notification.fireAt)
        let trigger = UNCalendarNotificationTrigger(dateMatching: moment, repeats: false)
        try await center.add(UNNotificationRequest(identifier: notification.id, content: content, trigger: trigger))
    }

    func cancel(ids: [String]) async {
        center.removePendingNotificationRequests(withIdentifiers: ids)
    }

    /// Asks once; afterwards the answer the user gave in Settings holds.
    private func authorized() async throws -> Bool {
        switch await center.notificationSettings().authorizationStatus {
        case .authorized, .provisional, .ephemeral:
            return true
        case .notDetermined:
            return try await center.requestAuthorization(options: [.alert, .sound, .badge])
        default:
            return false
        }
    }
}
