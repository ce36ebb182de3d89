// The app core's journey (app/tests/journey.rs) through the Swift store, the effect router and
// in-memory platform services: first run, members and card facts entered through the core's
// forms, imports, the counter card's document, a visit check, a locked PIN read from a Swift
// virtual card, the school trip planned through its form and printed, a backup, and a restore on
// a new phone that shows the same screens.
import Foundation
import Observation
import XCTest
import ShikakuKit
import ShikakuPocket
import ShikakuPocketTestSupport

@MainActor
final class AppJourneyTests: XCTestCase {
    private func newStore(_ phone: FakePhone) -> AppStore {
        AppStore(core: AppCore(dir: Fixtures.newDir(), language: .en), services: phone.services)
    }

    /// Fills a core form by its entries' names, each value of the entry's kind; the form is then complete.
    private func fill(_ fields: [FormField], _ values: [String: EntryValue]) -> FormEntries {
        var entries = FormEntries()
        XCTAssertFalse(entries.complete(fields) && fields.contains(where: \.required), "an empty form is not complete")
        for (name, value) in values {
            guard let field = fields.first(where: { $0.name == name }) else {
                XCTFail("the form has no entry \(name)")
                continue
            }
            switch (field.kind, value) {
            case (.date, .date), (.toggle, .toggle), (.text, .text), (.digits, .text), (.phone, .text): break
            default: XCTFail("\(name) is a \(field.kind) entry, given \(value)")
            }
            XCTAssertFalse(field.label.isEmpty || field.accessibility.isEmpty, "\(name) is worded by the core")
            entries[name] = value
        }
        XCTAssertTrue(entries.complete(fields))
        return entries
    }

    /// Adds a member through the household's form.
    private func add(_ store: AppStore, _ name: String, _ relation: Relation, born: JapanDate) async {
        await store.send(.navigate(screen: .household))
        guard case .household(let home) = store.view.content, let form = home.addForm else { return XCTFail("no add form") }
        XCTAssertTrue(form.relations.contains { $0.relation == relation })
        let entries = fill(form.fields, ["name": .text(name), "birth_date": .date(born), "mynaportal_app": .toggle(false)])
        guard let event = entries.addMember(relation: relation) else { return XCTFail("no event from the form") }
        await store.send(event)
    }

    /// Saves a member's card facts through the member screen's form.
    private func saveCard(_ store: AppStore, _ member: MemberId, expires: JapanDate, ecert: JapanDate) async {
        await store.send(.navigate(screen: .member(member: member)))
        guard case .member(let view) = store.view.content else { return XCTFail("member screen") }
        let entries = fill(view.cardForm.fields, ["expires": .date(expires), "ecert_expires": .date(ecert),
                                                  "insurance_registered": .toggle(true)])
        guard let event = entries.saveCardFacts(member: member) else { return XCTFail("no event from the form") }
        await store.send(event)
    }

    private func members(_ store: AppStore) -> [MemberId] {
        guard case .household(let view) = store.view.content else { return [] }
        return view.members.map(\.member)
    }

    private func importDocument(_ store: AppStore, _ phone: FakePhone, member: MemberId, _ file: PickedFile,
                                kind: DocumentKind? = nil, typed: [(String, String)] = []) async {
        await phone.files.willPick(file)
        await store.send(.importDocument(member: member))
        XCTAssertEqual(store.view.screen, .import(member: member))
        XCTAssertEqual(Set(store.view.pickChoices.map(\.source)), [.file, .scan], "a file or scanned paper")
        if let kind { await store.send(.setImportKind(kind: kind)) }
        for (name, value) in typed { await store.send(.typeImportField(name: name, value: value)) }
        await store.send(.confirmImport)
        XCTAssertEqual(store.view.screen, .member(member: member), "the import was refused: \(String(describing: store.view.banner))")
    }

    /// Every screen of the household, drawn by `store`.
    private func screens(_ store: AppStore, members: [MemberId]) async -> [ViewModel] {
        var screens: [Screen] = [.household, .reminders, .settings]
        for member in members {
            screens += [.member(member: member), .counterCard(member: member),
                        .visitCheck(member: member, visit: .clinic, onlineCheck: .readerBroken),
                        .pin(member: member), .schoolPack(member: member)]
        }
        var views: [ViewModel] = []
        for screen in screens {
            await store.send(.navigate(screen: screen))
            views.append(store.view)
        }
        return views
    }

    func testFirstRunToRestoreShowsTheSameHousehold() async throws {
        let phone = FakePhone()
        let store = newStore(phone)
        await store.send(.start)
        guard case .unlock(let door) = store.view.content else { return XCTFail("first run starts at the door") }
        XCTAssertEqual(door.state, .firstRun)
        await store.send(.createWithPlatformKey)
        XCTAssertEqual(store.view.screen, .household)

        await add(store, "デジタル 花子", .myself, born: "1988-05-20")
        await add(store, "デジタル 太郎", .child, born: "2014-06-01")
        await store.send(.navigate(screen: .household))
        let ids = members(store)
        XCTAssertEqual(ids.count, 2)
        let (adult, child) = (ids[0], ids[1])
        await saveCard(store, adult, expires: "2031-05-20", ecert: "2026-10-20")
        let pdf = try Fixtures.data("mynaportal_cid.pdf")
        await importDocument(store, phone, member: adult, PickedFile(bytes: pdf, name: "mynaportal_cid.pdf"))
        await saveCard(store, child, expires: "2029-06-01", ecert: "2029-06-01")
        let photo = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64))
        await importDocument(store, phone, member: child, PickedFile(bytes: photo, name: "scan.jpg"), kind: .notice,
                             typed: [("issued", "令和8年4月1日"), ("insurer_number", "06139992")])
        let pending = await phone.notifications.pending
        XCTAssertFalse(pending.isEmpty, "the core's reminders reached the notification centre")
        XCTAssertLessThanOrEqual(pending.count, NotificationPlan.systemLimit)

        // Counter card: the adult's saved PDF, shown large with the screen kept on.
        await store.send(.navigate(screen: .counterCard(member: adult)))
        XCTAssertTrue(store.view.keepAwake && store.view.blockScreenshots && store.view.largeType)
        guard case .counterCard(let counter) = store.view.content else { return XCTFail("counter card") }
        XCTAssertNotNil(counter.document)
        XCTAssertTrue(counter.insurance.contains { $0.value == "06139992" })
        // The document it names, read for PDFKit: the imported bytes, under a name that is not the picked one.
        XCTAssertEqual(store.shownDocument?.bytes, pdf)
        XCTAssertEqual(store.shownDocument?.view, .pdf)
        XCTAssertEqual(store.shownDocument.map { $0.fileName.hasSuffix(".pdf") && !$0.fileName.contains("mynaportal") }, true)
        await store.send(.navigate(screen: .counterCard(member: child)))
        XCTAssertEqual(store.shownDocument?.bytes, photo)
        XCTAssertEqual(store.shownDocument?.view, .image)
        // Every document pick said how a scanned page is written: the core's name and quality.
        let scans = await phone.files.scans
        XCTAssertEqual(scans.count, 2)
        XCTAssertEqual(Set(scans), [ScanOutput(fileName: "scan.jpg", jpegQuality: 90)])
        XCTAssertEqual(store.refreshAfterSeconds, 21_600, "the core says when to plan the reminders again")

        // Visit check with a broken reader: something to carry, and alerts.
        await store.send(.navigate(screen: .visitCheck(member: adult, visit: .clinic, onlineCheck: .readerBroken)))
        guard case .visitCheck(let visit) = store.view.content else { return XCTFail("visit check") }
        XCTAssertFalse(visit.carry.isEmpty)
        XCTAssertFalse(visit.alerts.isEmpty)
        XCTAssertNil(store.shownDocument, "the document's bytes are dropped when the counter card closes")

        // The card, read over "NFC" by the Swift virtual card: its user PIN is locked.
        phone.cards.card = VirtualCard(certificate: try Fixtures.data("card/user-cert.der"), userTries: 0)
        await store.send(.scanCard(member: adult))
        XCTAssertEqual(phone.cards.shownPrompts.count, 1)
        guard case .cardScan(let scan) = store.view.content else { return XCTFail("card scan") }
        XCTAssertEqual(scan.state, .done)
        await store.send(.navigate(screen: .pin(member: adult)))
        guard case .pin(let pins) = store.view.content else { return XCTFail("pin") }
        XCTAssertEqual(pins.pins.first?.tries.text, "Locked")

        // School pack: the trip planned through the core's form, then printed for the teacher.
        await store.send(.navigate(screen: .schoolPack(member: child)))
        guard case .schoolPack(let unplanned) = store.view.content else { return XCTFail("school pack") }
        XCTAssertTrue(unplanned.planForm.visits.contains { $0.visit == .schoolTrip })
        let trip = fill(unplanned.planForm.fields, ["starts": .date("2026-12-14"), "ends": .date("2026-12-16"),
                                                    "contact": .text("090-0000-0000")])
        guard let plan = trip.planSchoolTrip(member: child, visit: .schoolTrip) else { return XCTFail("no trip event") }
        await store.send(plan)
        await store.send(.navigate(screen: .schoolPack(member: child)))
        guard case .schoolPack(let planned) = store.view.content else { return XCTFail("school pack") }
        XCTAssertNotEqual(planned.trip, unplanned.trip, "the planned trip is shown: \(String(describing: store.view.banner))")
        XCTAssertEqual(FormEntries(filledFrom: planned.planForm.fields), trip, "the form opens with the planned trip")
        XCTAssertEqual(planned.planForm.visits.filter(\.selected).map(\.visit), [.schoolTrip])
        await store.send(.printSchoolPack(member: child))
        let printed = await phone.files.printed
        XCTAssertEqual(printed.count, 1)
        XCTAssertTrue(printed.first?.contains("デジタル 太郎") ?? false)
        XCTAssertTrue(printed.first?.contains("090-0000-0000") ?? false, "the contact typed in the form is printed")

        // Backup, then restore on a new phone whose Secure Enclave holds another key.
        await store.send(.exportBackup(passphrase: "backup words"))
        guard let backup = await phone.files.saved.last else { return XCTFail("no backup saved") }
        XCTAssertTrue(backup.name.hasPrefix("shikaku-backup-2026-12-02"))
        let newPhone = FakePhone()
        let restored = newStore(newPhone)
        await restored.send(.start)
        XCTAssertEqual(restored.view.pickChoices, [], "a backup is picked as a file")
        await newPhone.files.willPick(PickedFile(bytes: backup.bytes, name: backup.name))
        await restored.send(.restoreFromBackup)
        let backupScans = await newPhone.files.scans
        XCTAssertEqual(backupScans, [nil], "a backup is not scanned")
        await restored.send(.restoreWithPassphrase(passphrase: "wrong"))
        XCTAssertNotNil(restored.view.banner, "a wrong passphrase is said")
        XCTAssertEqual(restored.view.screen, .unlock)
        await restored.send(.restoreWithPassphrase(passphrase: "backup words"))
        XCTAssertEqual(restored.view.screen, .household)

        let before = await screens(store, members: ids)
        let after = await screens(restored, members: members(restored))
        XCTAssertEqual(before.count, after.count)
        for (old, new) in zip(before, after) {
            XCTAssertEqual(old, new, "\(old.screen) differs after restore")
        }

        // The restored vault reopens with the new phone's key after a lock.
        await restored.send(.lock)
        XCTAssertEqual(restored.view.screen, .unlock)
        await restored.send(.unlockWithPlatformKey)
        XCTAssertEqual(restored.view.screen, .household)
    }

    func testTheCoreChoosesTheStartingLanguage() async {
        XCTAssertEqual(AppCore.forDevice(dir: Fixtures.newDir(), languageTags: ["ja-JP", "en-US"]).view().language, .ja)
        XCTAssertEqual(AppCore.forDevice(dir: Fixtures.newDir(), languageTags: ["en-US", "ja-JP"]).view().language, .en)
        XCTAssertEqual(AppCore.forDevice(dir: Fixtures.newDir(), languageTags: []).view().language, .ja)
    }

    func testEditingReorderingAndRemovingThroughTheCoresViews() async throws {
        let store = newStore(FakePhone())
        await store.send(.start)
        await store.send(.createWithPlatformKey)
        await add(store, "デジタル 花子", .myself, born: "1988-05-20")
        await add(store, "デジタル 太郎", .child, born: "2014-06-01")
        await store.send(.navigate(screen: .household))
        let ids = members(store)
        guard ids.count == 2, case .household(let home) = store.view.content else { return XCTFail("two members") }

        // Reorder: the first row moves down with the order the core made.
        XCTAssertNil(home.members[0].moveUp)
        guard let down = home.members[0].moveDown else { return XCTFail("the first row moves down") }
        await store.send(.reorderMembers(order: down.order))
        XCTAssertEqual(members(store), [ids[1], ids[0]])

        // Edit: the form opens with the stored values; only the changed entry changes.
        let child = ids[1]
        await store.send(.navigate(screen: .member(member: child)))
        guard case .member(let before) = store.view.content else { return XCTFail("member screen") }
        var entries = FormEntries(filledFrom: before.editForm.fields)
        XCTAssertEqual(entries["name"], .text("デジタル 太郎"))
        XCTAssertEqual(entries["birth_date"], .date("2014-06-01"))
        let shown = try XCTUnwrap(entries["birth_date"]?.instant)
        XCTAssertEqual(try EntryValue.date(at: shown), .date("2014-06-01"), "a date picker opens on the stored day")
        XCTAssertTrue(entries.complete(before.editForm.fields))
        guard let relation = before.editForm.relations.first(where: \.selected)?.relation else { return XCTFail("a relation") }
        XCTAssertEqual(relation, .child)
        entries["kana"] = .text("デジタル タロウ")
        guard let edit = entries.editMember(member: child, relation: relation) else { return XCTFail("no edit event") }
        await store.send(edit)
        guard case .member(let after) = store.view.content else { return XCTFail("member screen") }
        XCTAssertEqual(after.birth, before.birth)
        XCTAssertEqual(FormEntries(filledFrom: after.editForm.fields)["kana"], .text("デジタル タロウ"))

        // The visit check the member screen names, with its selection carried by the view.
        await store.send(.navigate(screen: after.visitCheckScreen))
        guard case .visitCheck(let visit) = store.view.content else { return XCTFail("visit check") }
        XCTAssertEqual(visit.visit, visit.visits.first(where: \.selected)?.visit)

        // Remove: one event, the core's question, then its confirm event.
        await store.send(.navigate(screen: .member(member: child)))
        await store.send(.removeMember(member: child))
        guard let asked = store.view.confirmation else { return XCTFail("the core asks first") }
        XCTAssertEqual(store.view.screen, .member(member: child), "nothing removed before the answer")
        await store.send(asked.cancelEvent)
        XCTAssertNil(store.view.confirmation)
        await store.send(.removeMember(member: child))
        guard let again = store.view.confirmation else { return XCTFail("asked again") }
        await store.send(again.confirmEvent)
        XCTAssertEqual(store.view.screen, .household)
        XCTAssertEqual(members(store), [ids[0]])
    }

    func testAPickedInstantIsItsDateInJapan() async throws {
        XCTAssertEqual(try EntryValue.date(at: FakePhone.now), .date("2026-12-02"))
        // 2026-12-01 23:30 UTC is already the 2nd in Japan.
        XCTAssertEqual(try EntryValue.date(at: Date(timeIntervalSince1970: 1_796_167_800)), .date("2026-12-02"))
    }

    func testTheStoreIsObservedByTheViews() async {
        let store = newStore(FakePhone())
        let changed = Changed()
        withObservationTracking { _ = store.view } onChange: { changed.mark() }
        await store.send(.start)
        XCTAssertTrue(changed.value)
    }

    func testALostDeviceKeyLeadsToTheBackup() async {
        let phone = FakePhone()
        let dir = Fixtures.newDir()
        let first = AppStore(core: AppCore(dir: dir, language: .en), services: phone.services)
        await first.send(.start)
        await first.send(.createWithPlatformKey)
        XCTAssertEqual(first.view.screen, .household)
        try? phone.keys.deleteKey()
        let again = AppStore(core: AppCore(dir: dir, language: .en), services: phone.services)
        await again.send(.start)
        await again.send(.unlockWithPlatformKey)
        guard case .unlock(let door) = again.view.content else { return XCTFail("still at the door") }
        XCTAssertEqual(door.state, .keyGone)
    }
}

/// A flag set from the observation callback.
private final class Changed: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    var value: Bool { lock.withLock { flag } }
    func mark() { lock.withLock { flag = true } }
}
