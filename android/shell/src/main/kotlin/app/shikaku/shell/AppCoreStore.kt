package app.shikaku.shell

import app.shikaku.AppCore
import app.shikaku.app.Answer
import app.shikaku.app.DocumentContent
import app.shikaku.app.Effect
import app.shikaku.app.EffectRequest
import app.shikaku.app.Event
import app.shikaku.app.Notification
import app.shikaku.app.ViewModel
import app.shikaku.core.KeyProviderException
import app.shikaku.japanDateOfUnix

/**
 * The store between the Compose screens and the app core: the screens send an [Event], the core
 * returns effect requests, each is performed on a port and answered by its id — which may bring
 * more requests — until none is left; then [view] is the core's new view model and [onView] is
 * told. The store decides nothing: every screen, word and date is the core's.
 *
 * The core is made by the caller: on the phone `AppCore.forDevice` with the device's languages.
 *
 * Calls are serialised by the caller (one coroutine at a time, as the UI's event loop does).
 */
class AppCoreStore(private val core: AppCore, private val ports: AppPorts, private val onView: (ViewModel) -> Unit = {}) {
    // What was last handed to the scheduler, so a re-worded notification under the same ID is
    // rescheduled while an unchanged set schedules nothing.
    private var planned: Map<String, PlannedNotification> = emptyMap()

    /** The current view model. */
    val view: ViewModel get() = core.view()

    /**
     * The bytes of a document the view model names (the counter card's shown document), decrypted
     * off the caller's thread by the core; the caller keeps them in memory only.
     */
    suspend fun documentContent(document: Long): DocumentContent = core.documentContent(document)

    /** Sends [event] and performs every effect that follows. */
    suspend fun send(event: Event) {
        perform(core.send(event))
        onView(core.view())
    }

    private suspend fun perform(requests: List<EffectRequest>) {
        val queue = ArrayDeque(requests)
        while (queue.isNotEmpty()) {
            val request = queue.removeFirst()
            val next = when (val effect = request.effect) {
                is Effect.NfcSession -> when (val transport = ports.cards.open(effect.prompt)) {
                    null -> core.answer(request.id, Answer.Cancelled)
                    // The link is closed once the core has read the card.
                    else -> try {
                        core.answerNfc(request.id, transport)
                    } finally {
                        (transport as? AutoCloseable)?.close()
                    }
                }
                else -> core.answer(request.id, answer(effect))
            }
            queue.addAll(next)
        }
    }

    private suspend fun answer(effect: Effect): Answer = when (effect) {
        is Effect.WrapKey -> keyAnswer { Answer.KeyWrapped(ports.keys.wrapKey(effect.key)) }
        is Effect.UnwrapKey -> keyAnswer { Answer.KeyUnwrapped(ports.keys.unwrapKey(effect.wrapped)) }
        is Effect.DeletePlatformKey -> keyAnswer { ports.keys.delete(); Answer.Done }
        // The core takes only a pick or a cancel for a pick: an unreadable file is a cancelled pick.
        is Effect.PickDocument -> platformAnswer(failed = Answer.Cancelled) { ports.files.pick(effect.purpose, effect.mimeTypes)?.let { Answer.DocumentPicked(it.name, it.bytes) } ?: Answer.Cancelled }
        is Effect.SaveFile -> platformAnswer { done(ports.files.save(effect.fileName, effect.mimeType, effect.bytes)) }
        is Effect.ShareFile -> platformAnswer { done(ports.files.share(effect.fileName, effect.mimeType, effect.bytes)) }
        is Effect.PrintHtml -> platformAnswer { done(ports.printer.print(effect.title, effect.html)) }
        is Effect.ScheduleNotifications -> schedule(effect.notifications)
        is Effect.Today -> Answer.Today(japanDateOfUnix(ports.clock.nowSeconds()))
        is Effect.LockAfterIdle -> { ports.idle.restart(effect.seconds.toInt()); Answer.Done }
        // Answered with the card link in perform().
        is Effect.NfcSession -> Answer.Cancelled
    }

    // A file that cannot be read or written (a revoked permission, a full disk, a provider gone)
    // goes back to the core as a failure, which it words (the reason is the exception's class
    // name, no personal data), or as [failed] where the core expects no failure.
    private inline fun platformAnswer(failed: Answer? = null, work: () -> Answer): Answer = try {
        work()
    } catch (e: java.io.IOException) {
        failed ?: Answer.Failed(e.javaClass.simpleName)
    } catch (e: SecurityException) {
        failed ?: Answer.Failed(e.javaClass.simpleName)
    }

    private fun done(performed: Boolean): Answer = if (performed) Answer.Done else Answer.Cancelled

    // A lost platform key is the core's to explain (restore from backup); any other key store
    // failure goes back as a reason without personal data.
    private inline fun keyAnswer(work: () -> Answer): Answer = try {
        work()
    } catch (e: KeyProviderException.Unavailable) {
        Answer.KeyUnavailable
    } catch (e: KeyProviderException) {
        Answer.Failed(e.javaClass.simpleName)
    }

    private fun schedule(notifications: List<Notification>): Answer {
        val desired = notifications.map { PlannedNotification(it.id, it.fireAtUnix, it.title, it.body) }
        val reworded = desired.any { wanted -> planned[wanted.id]?.let { it != wanted } == true }
        ports.notifications.replan(desired, refresh = reworded)
        planned = desired.associateBy { it.id }
        return Answer.Done
    }
}
