// The events a core `Confirmation`'s two buttons send (app/src/confirmation.rs): the view model
// says what the question is about; this only names the event of the same name, so no view
// chooses what confirming does.
import ShikakuPocket

extension Confirmation {
    /// Sent by the confirm button.
    public var confirmEvent: Event {
        switch kind {
        case .wipe: .confirmWipe
        case .removeMember: .confirmRemoveMember
        }
    }

    /// Sent by the cancel button (and when the alert is dismissed).
    public var cancelEvent: Event {
        switch kind {
        case .wipe: .cancelWipe
        case .removeMember: .cancelRemoveMember
        }
    }
}
