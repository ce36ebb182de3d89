package app.shikaku.shell

import app.shikaku.app.Confirmation
import app.shikaku.app.ConfirmationKind
import app.shikaku.app.Event

/*
 * The events a core `Confirmation`'s two buttons send (app/src/confirmation.rs): the view model
 * says what the question is about; this only names the event of the same name.
 */

/** Sent by the confirm button. */
val Confirmation.confirmEvent: Event
    get() = when (kind) {
        ConfirmationKind.WIPE -> Event.ConfirmWipe
        ConfirmationKind.REMOVE_MEMBER -> Event.ConfirmRemoveMember
    }

/** Sent by the cancel button, and when the dialog is dismissed. */
val Confirmation.cancelEvent: Event
    get() = when (kind) {
        ConfirmationKind.WIPE -> Event.CancelWipe
        ConfirmationKind.REMOVE_MEMBER -> Event.CancelRemoveMember
    }
