"""The one helper for background work: run a function off the UI thread.

``run_task(fn, on_done, ...)`` runs ``fn(progress)`` in the global ``QThreadPool`` and
delivers ``on_done(result)`` or ``on_error(exc)`` back on the main thread. ``progress``
is a ``TaskProgress``: call ``progress.report(done, total)`` from the worker; it returns
False once the user cancelled, so the worker can stop cleanly. Workers never touch
widgets; services give each thread its own vault connection.
"""

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("rrr.ui.tasks")
T = TypeVar("T")


class TaskCancelled(Exception):
    """Raised by a worker that stopped because the user cancelled."""


class TaskProgress:
    def __init__(self, signals: "_Signals") -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def report(self, done: int, total: int) -> bool:
        self._signals.progress.emit(done, total)
        return not self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise TaskCancelled()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Runnable(QRunnable, Generic[T]):
    def __init__(
        self, fn: Callable[[TaskProgress], T], signals: _Signals, progress: TaskProgress
    ) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self._progress = progress

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # delivered to the main thread, which decides
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class Task(QObject):
    """Handle of a running task: keep it to cancel, or connect to its signals."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.progress = TaskProgress(self.signals)
        self.running = True

    def cancel(self) -> None:
        self.progress.cancel()


_live: set[Task] = set()


def _shared_pool() -> QThreadPool:
    """The global pool, with threads that never expire.

    The session keeps one vault connection per thread; idle pool threads normally exit
    after 30 s and come back as new threads, which would leave a trail of connections.
    """
    pool = QThreadPool.globalInstance()
    if pool.expiryTimeout() != -1:
        pool.setExpiryTimeout(-1)
    return pool


def run_task(
    fn: Callable[[TaskProgress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    task = Task()
    _live.add(task)

    def finish() -> None:
        task.running = False
        _live.discard(task)
        task.finished.emit()

    def done(result: object) -> None:
        try:
            on_done(result)
        finally:
            finish()

    def failed(exc: object) -> None:
        try:
            if on_error is not None and isinstance(exc, BaseException):
                on_error(exc)
            elif not isinstance(exc, TaskCancelled):
                log.error("background task failed: %s", type(exc).__name__)
        finally:
            finish()

    task.signals.done.connect(done)
    task.signals.failed.connect(failed)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    (pool or _shared_pool()).start(_Runnable(fn, task.signals, task.progress))
    return task


def wait_for_idle(timeout_ms: int = 10000) -> bool:
    """For tests and shutdown: wait until every pooled task has finished."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def run_for(
    owner: QObject,
    fn: Callable[[TaskProgress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Like ``run_task``, but drops the callbacks once ``owner`` has been destroyed.

    Views are destroyed when the app locks; a query that finishes afterwards must not
    touch them (nor show what it found).
    """
    import shiboken6

    def alive() -> bool:
        return shiboken6.isValid(owner)

    def done(result: Any) -> None:
        if alive():
            on_done(result)

    def failed(exc: BaseException) -> None:
        if alive() and on_error is not None:
            on_error(exc)

    def progress(done_: int, total: int) -> None:
        if alive() and on_progress is not None:
            on_progress(done_, total)

    return run_task(fn, done, failed, progress if on_progress else None)
