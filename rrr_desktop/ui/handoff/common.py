"""Shared pieces of the Handoff page: a progress row with cancel, and throttled progress."""

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from rrr_desktop.ui import errors
from rrr_desktop.ui.tasks import Task, TaskCancelled, TaskProgress


class ProgressRow(QWidget):
    """A progress bar and a Cancel button for the running task (hidden when idle)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setObjectName("cancelTask")
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel)
        self.task: Task | None = None
        self.cancel.clicked.connect(self._cancel)
        self.setVisible(False)

    def start(self, task: Task) -> None:
        self.task = task
        self.bar.setRange(0, 0)
        self.setVisible(True)
        task.signals.progress.connect(self.update_progress)
        task.finished.connect(self.stop)

    def update_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, done * 1000 // total))
        else:
            self.bar.setRange(0, 0)

    def stop(self) -> None:
        self.task = None
        self.setVisible(False)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()


def byte_progress(progress: TaskProgress) -> Callable[[int, int], bool]:
    """Report at most ~200 times per pass; returns False once the user cancelled."""
    last = {"step": -1}

    def report(done: int, total: int) -> bool:
        step = done * 200 // total if total else 0
        if step != last["step"]:
            last["step"] = step
            return progress.report(done, total)
        return not progress.cancelled

    return report


def tick_progress(progress: TaskProgress) -> Callable[[], bool]:
    count = {"n": 0}

    def tick() -> bool:
        count["n"] += 1
        if count["n"] % 256 == 0:
            return progress.report(count["n"], 0)
        return not progress.cancelled

    return tick


def present_error(parent: QWidget, exc: BaseException) -> None:
    """The one error path (``ui/errors.present_error``) under the page's title; a cancel
    the person asked for is no error."""
    if isinstance(exc, TaskCancelled):
        return
    errors.present_error(parent, exc, parent.tr("Handoff"))
