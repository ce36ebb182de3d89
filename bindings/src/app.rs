//! `AppCore`: the app core as one native object (see `docs/api.md`, "AppCore"). The shell sends
//! events and answers effects through `send`, `answer` and `answer_nfc`, and draws `view()`.
//!
//! Slow work (PBKDF2 unlock, import, backup, NFC, a document's bytes) never runs on the caller's
//! thread: `send`, `answer`, `answer_nfc` and `document_content` are `async` (Kotlin `suspend`, Swift `async`) and each call runs on a
//! thread of its own, so the future never blocks the executor that polls it. `view()` is
//! synchronous and never waits for that work: it returns the view model rendered after the last
//! event finished.

use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll, Waker};

use shikaku_app::{Answer, App, DocumentContent, EffectRequest, Event, ViewModel};
use shikaku_core::card::CardTransport;
use shikaku_core::text::Language;
use shikaku_core::vault::DocumentId;
use shikaku_core::ShikakuError;

/// The app core (アプリの中核) for one vault directory.
#[derive(uniffi::Object)]
pub struct AppCore {
    app: Arc<Mutex<App>>,
    current: Arc<Mutex<ViewModel>>,
}

/// A lock that survives a panic elsewhere: the app's state is replaced whole by each update.
fn locked<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[uniffi::export]
impl AppCore {
    /// The app for the vault in `dir` (created on first run), in the device's `language` until
    /// the vault's own setting is read. Send `Event.Start` next.
    #[uniffi::constructor]
    pub fn new(dir: String, language: Language) -> Arc<Self> {
        Self::serving(App::new(dir, language))
    }

    /// The app for the vault in `dir` on a device whose preferred languages are `language_tags`
    /// (most preferred first, as the platform lists them: `Locale.preferredLanguages`,
    /// `LocaleList`): the core chooses the language until the vault's own setting is read. Send
    /// `Event.Start` next.
    #[uniffi::constructor]
    pub fn for_device(dir: String, language_tags: Vec<String>) -> Arc<Self> {
        Self::serving(App::for_device(dir, language_tags))
    }

    /// Handles one event off the caller's thread and returns the effects to perform.
    pub async fn send(&self, event: Event) -> Result<Vec<EffectRequest>, ShikakuError> {
        self.run(move |app| app.update(event)).await
    }

    /// Answers effect request `id` (the same as sending `Event.Answered`).
    pub async fn answer(
        &self,
        id: u64,
        answer: Answer,
    ) -> Result<Vec<EffectRequest>, ShikakuError> {
        self.run(move |app| app.update(Event::Answered { id, answer }))
            .await
    }

    /// Answers an `Effect.NfcSession` with the open card link; the card is read off the caller's
    /// thread, through `transport`.
    pub async fn answer_nfc(
        &self,
        id: u64,
        transport: Arc<dyn CardTransport>,
    ) -> Result<Vec<EffectRequest>, ShikakuError> {
        self.run(move |app| app.answer_nfc(id, transport.as_ref()))
            .await
    }

    /// The original bytes of a stored document (the counter card's `document`, or one listed on
    /// the member screen) with its file name and media type, read off the caller's thread.
    /// `Locked` while the vault is locked, `NotFound` for an unknown id, `Damaged` for a damaged
    /// record.
    pub async fn document_content(
        &self,
        document: DocumentId,
    ) -> Result<DocumentContent, ShikakuError> {
        let app = Arc::clone(&self.app);
        OffThread::spawn(move || locked(&app).document_content(document)).await
    }

    /// The view model of the current screen, as rendered after the last event.
    pub fn view(&self) -> ViewModel {
        locked(&self.current).clone()
    }
}

impl AppCore {
    /// The native object over `app`, its first view rendered.
    fn serving(app: App) -> Arc<Self> {
        let current = app.view();
        Arc::new(AppCore {
            app: Arc::new(Mutex::new(app)),
            current: Arc::new(Mutex::new(current)),
        })
    }

    /// Runs `work` on the app on a new thread, then renders the view; resolves when done.
    fn run(
        &self,
        work: impl FnOnce(&mut App) -> Result<Vec<EffectRequest>, ShikakuError> + Send + 'static,
    ) -> OffThread<Result<Vec<EffectRequest>, ShikakuError>> {
        let app = Arc::clone(&self.app);
        let current = Arc::clone(&self.current);
        OffThread::spawn(move || {
            let mut app = locked(&app);
            let effects = work(&mut app);
            *locked(&current) = app.view();
            effects
        })
    }
}

/// The result slot shared by a worker thread and its future.
struct Slot<T> {
    result: Option<T>,
    waker: Option<Waker>,
}

/// A future for work running on its own thread: the thread fills the slot and wakes the task.
struct OffThread<T> {
    slot: Arc<Mutex<Slot<T>>>,
}

impl<T: Send + 'static> OffThread<Result<T, ShikakuError>> {
    /// Starts `work` on a new thread. A panic becomes an error, so the future always resolves;
    /// a thread that cannot be started is an error too.
    fn spawn(work: impl FnOnce() -> Result<T, ShikakuError> + Send + 'static) -> Self {
        let slot = Arc::new(Mutex::new(Slot {
            result: None,
            waker: None,
        }));
        let shared = Arc::clone(&slot);
        let started = std::thread::Builder::new()
            .name("shikaku-app".into())
            .spawn(move || {
                let result = catch_unwind(AssertUnwindSafe(work)).unwrap_or_else(|_| {
                    Err(ShikakuError::Storage {
                        reason: "internal error".into(),
                    })
                });
                let mut slot = locked(&shared);
                slot.result = Some(result);
                if let Some(waker) = slot.waker.take() {
                    waker.wake();
                }
            });
        if started.is_err() {
            locked(&slot).result = Some(Err(ShikakuError::Storage {
                reason: "could not start a worker thread".into(),
            }));
        }
        OffThread { slot }
    }
}

impl<T> Future for OffThread<T> {
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let mut slot = locked(&self.slot);
        match slot.result.take() {
            Some(result) => Poll::Ready(result),
            None => {
                slot.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}
