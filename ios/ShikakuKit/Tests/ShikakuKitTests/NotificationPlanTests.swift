import Foundation
import XCTest
import ShikakuKit

final class NotificationPlanTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_795_186_800)

    private func notification(_ id: String, inDays days: Double) -> PlannedNotification {
        PlannedNotification(id: id, fireAt: now.addingTimeInterval(days * 86_400), title: "t\(id)", body: "b")
    }

    func testOnlyTheNearestSixtyFourAreScheduledSoonestFirst() {
        let planned = (0..<100).reversed().map { notification("n\($0)", inDays: Double($0) + 1) }
        let plan = NotificationPlan(planned: planned, pending: [], now: now)
        XCTAssertEqual(plan.schedule.count, 64)
        XCTAssertEqual(plan.schedule.map(\.id), (0..<64).map { "n\($0)" })
        XCTAssertTrue(plan.cancel.isEmpty)
    }

    func testPendingIdsNoLongerPlannedOrPushedOutAreCancelled() {
        let planned = (0..<65).map { notification("n\($0)", inDays: Double($0) + 1) }
        let plan = NotificationPlan(planned: planned, pending: ["n3", "n64", "gone"], now: now)
        XCTAssertEqual(plan.cancel, ["gone", "n64"])
        XCTAssertTrue(plan.schedule.contains { $0.id == "n3" })
    }

    func testPastTimesAndRepeatedIdsAreLeftOut() {
        let planned = [notification("old", inDays: -1), notification("now", inDays: 0),
                       notification("a", inDays: 2), notification("a", inDays: 3)]
        let plan = NotificationPlan(planned: planned, pending: ["old"], now: now)
        XCTAssertEqual(plan.schedule, [notification("a", inDays: 2)])
        XCTAssertEqual(plan.cancel, ["old"])
    }

    func testSyncReplansTheSystemToTheCorePlan() async {
        let scheduler = MemoryScheduler(pending: [notification("stale", inDays: 5)], refused: ["n1"])
        let sync = NotificationSync(scheduler: scheduler)
        let planned = (0..<70).map { notification("n\($0)", inDays: Double($0) + 1) }
        let plan = await sync.apply(planned, now: now)
        XCTAssertEqual(plan.cancel, ["stale"])
        let pending = await scheduler.pending
        XCTAssertEqual(pending.count, 63) // 64 nearest, less the one the system refused
        XCTAssertNil(pending["n1"])
        XCTAssertNil(pending["n64"])
        XCTAssertEqual(pending["n0"]?.title, "tn0")

        // A day later the first has fired: the next re-plan brings the 65th in.
        await scheduler.cancel(ids: ["n0"])
        await sync.apply(Array(planned.dropFirst()), now: now.addingTimeInterval(86_400 + 1))
        let later = await scheduler.pending
        XCTAssertNotNil(later["n64"])
        XCTAssertEqual(later.count, 63)
    }
}
