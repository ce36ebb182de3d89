// A stored document on the counter card (Apple-only, not compiled on Linux CI): a PDF in PDFKit's
// `PDFView`, a photo as an image, whichever `DocumentContent.view` (the core's) names. The
// bytes come from the store (`AppStore.shownDocument`) and stay in memory; nothing is written to
// disk. VoiceOver reads the core's name of the document.
import PDFKit
import ShikakuKit
import ShikakuPocket
import SwiftUI
import UIKit

/// The document's pages or photo, as large as the screen allows.
struct StoredDocumentView: View {
    let content: DocumentContent
    /// What the core calls the document (`ShownDocument.kind`), for VoiceOver.
    let name: String

    var body: some View {
        Group {
            switch content.view {
            case .pdf:
                PDFPages(data: content.bytes)
                    .containerRelativeFrame(.vertical) { height, _ in height * 0.8 }
            case .image:
                if let image = UIImage(data: content.bytes) {
                    Image(uiImage: image).resizable().scaledToFit()
                }
            }
        }
        .privacySensitive()
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(name)
    }
}

/// PDFKit's view over the document's bytes: pages one under the other, fitted to the width.
private struct PDFPages: UIViewRepresentable {
    let data: Data

    func makeUIView(context: Context) -> PDFView {
        let view = PDFView()
        view.displayMode = .singlePageContinuous
        view.displayDirection = .vertical
        view.backgroundColor = .systemBackground
        show(in: view, context: context)
        return view
    }

    func updateUIView(_ view: PDFView, context: Context) {
        if context.coordinator.shown != data { show(in: view, context: context) }
    }

    func makeCoordinator() -> Shown { Shown() }

    /// The bytes the view draws now, so an unchanged document is not parsed again.
    final class Shown {
        var shown: Data?
    }

    private func show(in view: PDFView, context: Context) {
        context.coordinator.shown = data
        view.document = PDFDocument(data: data)
        view.autoScales = true
    }
}
