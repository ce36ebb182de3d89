// Documents in and out for the app core's effects (Apple-only, not compiled on Linux CI): the
// `Documents` protocol of ShikakuKit as a request the root view presents — SwiftUI's
// fileImporter, the VisionKit document camera for paper, fileExporter to save, a ShareLink sheet
// to share — and resumes when the sheet closes. Files are read into memory and handed to the
// core, which encrypts them; nothing is written to disk here.
import Foundation
import Observation
import ShikakuKit
import ShikakuPocket
import UniformTypeIdentifiers

@MainActor
@Observable
final class DocumentCoordinator: Documents {
    /// What the root view presents now.
    enum Request: Equatable {
        /// Choose a way of picking (the root view offers the view model's choices; scanning only
        /// when the core said how a scan is written).
        case choose(types: [UTType], scan: ScanOutput?)
        /// The file importer.
        case importFile(types: [UTType])
        /// The document camera, writing the page as the core said.
        case scan(ScanOutput)
        /// The save sheet.
        case save(OutgoingFile)
        /// The share sheet.
        case share(OutgoingFile)
    }

    private(set) var request: Request?
    private var picked: CheckedContinuation<PickedFile?, Never>?
    private var sheet: CheckedContinuation<SheetOutcome, Never>?

    func pick(mimeTypes: [String], scan: ScanOutput?) async -> PickedFile? {
        let types = mimeTypes.compactMap { UTType(mimeType: $0) }
        return await withCheckedContinuation { continuation in
            picked = continuation
            request = .choose(types: types, scan: scan)
        }
    }

    func save(_ file: OutgoingFile) async -> SheetOutcome {
        await present(.save(file))
    }

    func share(_ file: OutgoingFile) async -> SheetOutcome {
        await present(.share(file))
    }

    /// The user chose a way of picking in the chooser.
    func choose(_ source: PickSource) {
        guard case .choose(let types, let scan) = request else { return }
        switch (source, scan) {
        case (.file, _): request = .importFile(types: types)
        case (.scan, let output?): request = .scan(output)
        case (.scan, nil): return
        }
    }

    /// A file came from the importer or the camera, or nil when cancelled.
    func finishPick(_ file: PickedFile?) {
        request = nil
        picked?.resume(returning: file)
        picked = nil
    }

    /// The save or share sheet closed.
    func finishSheet(_ outcome: SheetOutcome) {
        request = nil
        sheet?.resume(returning: outcome)
        sheet = nil
    }

    /// Reads a file the importer returned (security-scoped) into memory.
    func finishImport(_ result: Result<URL, Error>) {
        guard case .success(let url) = result else { return finishPick(nil) }
        let scoped = url.startAccessingSecurityScopedResource()
        defer { if scoped { url.stopAccessingSecurityScopedResource() } }
        finishPick((try? Data(contentsOf: url)).map { PickedFile(bytes: $0, name: url.lastPathComponent) })
    }

    private func present(_ request: Request) async -> SheetOutcome {
        await withCheckedContinuation { continuation in
            sheet = continuation
            self.request = request
        }
    }
}
