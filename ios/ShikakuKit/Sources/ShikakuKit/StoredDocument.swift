// Which platform view draws a stored document the core hands over (`AppCore.documentContent`,
// app/src/document.rs): PDFKit for a PDF, an image view for a photo. The core tells the media type
// from the bytes (PDF, JPEG, PNG or HEIC, core/src/import/sniff.rs); this only maps it to a view.
import ShikakuPocket

/// The view that draws a stored document (表示する書類).
public enum DocumentRendering: Equatable, Sendable {
    /// PDFKit's `PDFView`.
    case pdf
    /// An image view (JPEG, PNG, HEIC).
    case image

    /// The view for `mimeType`; nil for a type no view of the app draws.
    public init?(mimeType: String) {
        switch mimeType {
        case "application/pdf": self = .pdf
        case "image/jpeg", "image/png", "image/heic": self = .image
        default: return nil
        }
    }
}

extension DocumentContent {
    /// The view that draws it; nil for a media type no view of the app draws.
    public var rendering: DocumentRendering? { DocumentRendering(mimeType: mimeType) }
}
