//! Work that must not hold up the window (writing a file, laying out a PDF, a progress file
//! saved or taken, a backup, a sync round): it runs on a thread of its own, and what it
//! gives back comes to `update` as a message. A thread that dies gives back `None`.

use iced::Task;

/// Runs `work` on its own thread; `done` turns its result into the message.
pub fn run<T, M>(
    work: impl FnOnce() -> T + Send + 'static,
    done: impl FnOnce(Option<T>) -> M + Send + 'static,
) -> Task<M>
where
    T: Send + 'static,
    M: Send + 'static,
{
    let (tx, rx) = iced::futures::channel::oneshot::channel();
    std::thread::spawn(move || {
        // The receiver is gone only when the window is: nothing is left to tell.
        let _ = tx.send(work());
    });
    Task::perform(async move { rx.await.ok() }, done)
}
