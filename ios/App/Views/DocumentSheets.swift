// The sheets of DocumentCoordinator, attached once to the root view (Apple-only). A pick offers
// the ways the current screen's view model names (`ViewModel.pickChoices`: a file, scanning
// paper), minus the document camera where the device has none or the pick offers no scan
// (`Effect.pickDocument`'s `scan`); with one way left it opens it. The camera writes the page
// under the core's name and JPEG quality (`ScanOutput`).
import ShikakuKit
import ShikakuPocket
import SwiftUI
import UniformTypeIdentifiers
import VisionKit

extension View {
    /// Presents whatever the coordinator asks for, a pick with the core's `choices`.
    func documentSheets(_ coordinator: DocumentCoordinator, choices: [PickChoice]) -> some View {
        modifier(DocumentSheets(coordinator: coordinator, choices: choices))
    }
}

private struct DocumentSheets: ViewModifier {
    @Bindable var coordinator: DocumentCoordinator
    let choices: [PickChoice]

    func body(content: Content) -> some View {
        content
            .confirmationDialog("", isPresented: isShowing { if case .choose = $0 { offered.count > 1 } else { false } }) {
                ForEach(offered, id: \.source) { choice in
                    Button(choice.label) { coordinator.choose(choice.source) }.accessibilityLabel(choice.accessibility)
                }
            }
            .fileImporter(isPresented: isShowing { request in
                              switch request {
                              case .importFile: true
                              case .choose: offered.count <= 1
                              default: false
                              }
                          },
                          allowedContentTypes: importTypes) { coordinator.finishImport($0) }
            .fullScreenCover(isPresented: isShowing { if case .scan = $0 { true } else { false } }) {
                if case .scan(let output) = coordinator.request {
                    DocumentCameraView(output: output) { coordinator.finishPick($0) }.ignoresSafeArea()
                }
            }
            .fileExporter(isPresented: isShowing { if case .save = $0 { true } else { false } },
                          document: outgoing.map(OutgoingDocument.init), contentType: outgoingType,
                          defaultFilename: outgoing?.name) { result in
                coordinator.finishSheet(result.map { _ in .done }.get(or: .cancelled))
            }
            .sheet(isPresented: isShowing { if case .share = $0 { true } else { false } },
                   onDismiss: { coordinator.finishSheet(.done) }) {
                if let file = outgoing { ShareSheet(file: file) }
            }
    }

    /// The core's ways of picking that this device and this pick have.
    private var offered: [PickChoice] {
        choices.filter { $0.source != .scan || DocumentCameraView.isSupported && scanOutput != nil }
    }

    private var scanOutput: ScanOutput? {
        if case .choose(_, let scan) = coordinator.request { scan } else { nil }
    }

    private var importTypes: [UTType] {
        switch coordinator.request {
        case .choose(let types, _), .importFile(let types): types
        default: []
        }
    }

    private var outgoing: OutgoingFile? {
        switch coordinator.request {
        case .save(let file), .share(let file): file
        default: nil
        }
    }

    private var outgoingType: UTType { outgoing.flatMap { UTType(mimeType: $0.mimeType) } ?? .data }

    /// A binding that is true while `matches` the request; setting false cancels it.
    private func isShowing(_ matches: @escaping (DocumentCoordinator.Request) -> Bool) -> Binding<Bool> {
        Binding(
            get: { coordinator.request.map(matches) ?? false },
            set: { shown in
                guard !shown, let request = coordinator.request, matches(request) else { return }
                switch request {
                case .choose, .importFile, .scan: coordinator.finishPick(nil)
                case .save, .share: coordinator.finishSheet(.cancelled)
                }
            })
    }
}

private extension Result {
    func get(or fallback: Success) -> Success { (try? get()) ?? fallback }
}

/// A file for fileExporter, written from memory.
private struct OutgoingDocument: FileDocument {
    static let readableContentTypes: [UTType] = [.data]
    let file: OutgoingFile

    init(_ file: OutgoingFile) { self.file = file }
    init(configuration: ReadConfiguration) throws { throw CocoaError(.fileReadUnsupportedScheme) }

    func fileWrapper(configuration: WriteConfiguration) throws -> FileWrapper {
        let wrapper = FileWrapper(regularFileWithContents: file.bytes)
        wrapper.preferredFilename = file.name
        return wrapper
    }
}

/// The share sheet: a ShareLink over the file, named by its file name.
private struct ShareSheet: View {
    let file: OutgoingFile

    var body: some View {
        ShareLink(item: SharedFile(file: file), preview: SharePreview(file.name)) {
            Label(file.name, systemImage: "square.and.arrow.up").font(.title2)
        }
        .padding()
        .presentationDetents([.medium])
    }
}

/// An outgoing file as a Transferable, exported from memory.
private struct SharedFile: Transferable {
    let file: OutgoingFile

    static var transferRepresentation: some TransferRepresentation {
        DataRepresentation(exportedContentType: .data) { $0.file.bytes }
            .suggestedFileName { $0.file.name }
    }
}

/// VisionKit's document camera; the first page becomes a JPEG as the core's `ScanOutput` says.
struct DocumentCameraView: UIViewControllerRepresentable {
    static var isSupported: Bool { VNDocumentCameraViewController.isSupported }
    let output: ScanOutput
    let done: (PickedFile?) -> Void

    func makeUIViewController(context: Context) -> VNDocumentCameraViewController {
        let controller = VNDocumentCameraViewController()
        controller.delegate = context.coordinator
        return controller
    }

    func updateUIViewController(_ controller: VNDocumentCameraViewController, context: Context) {}

    func makeCoordinator() -> Delegate { Delegate(output: output, done: done) }

    final class Delegate: NSObject, VNDocumentCameraViewControllerDelegate {
        let output: ScanOutput
        let done: (PickedFile?) -> Void
        init(output: ScanOutput, done: @escaping (PickedFile?) -> Void) {
            self.output = output
            self.done = done
        }

        func documentCameraViewController(_ controller: VNDocumentCameraViewController,
                                          didFinishWith scan: VNDocumentCameraScan) {
            let quality = CGFloat(output.jpegQuality) / 100
            let jpeg = scan.pageCount > 0 ? scan.imageOfPage(at: 0).jpegData(compressionQuality: quality) : nil
            done(jpeg.map { PickedFile(bytes: $0, name: output.fileName) })
        }

        func documentCameraViewControllerDidCancel(_ controller: VNDocumentCameraViewController) { done(nil) }

        func documentCameraViewController(_ controller: VNDocumentCameraViewController, didFailWithError error: Error) {
            done(nil)
        }
    }
}
