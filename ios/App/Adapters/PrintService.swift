// Printing the school pack's cover note with UIPrintInteractionController (Apple-only, not
// compiled on Linux CI). The page is the core's HTML; the job's name is the core's title.
import ShikakuKit
import UIKit

struct PrintService: Printing {
    @MainActor
    func print(title: String, html: String) async -> SheetOutcome {
        let controller = UIPrintInteractionController.shared
        let info = UIPrintInfo.printInfo()
        info.jobName = title
        info.outputType = .general
        controller.printInfo = info
        controller.printFormatter = UIMarkupTextPrintFormatter(markupText: html)
        return await withCheckedContinuation { continuation in
            controller.present(animated: true) { _, completed, error in
                if let error {
                    continuation.resume(returning: .failed("print error \((error as NSError).code)"))
                } else {
                    continuation.resume(returning: completed ? .done : .cancelled)
                }
            }
        }
    }
}
