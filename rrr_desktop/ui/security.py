"""Locking on idle and the quick-exit keys (F12, or Esc twice in quick succession).

Both watch every input event of the application through one event filter. The idle
timer is injectable: tests call ``IdleLock.expire()`` instead of waiting minutes.
"""

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent

DOUBLE_ESC_SECONDS = 0.6
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Calls ``on_idle`` after ``minutes`` without keyboard or mouse input."""

    def __init__(
        self,
        on_idle: Callable[[], None],
        minutes: int,
        timer: QTimer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_idle = on_idle
        self.timer = timer or QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.expire)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poke(self) -> None:
        """User activity: start counting again."""
        if self.timer.isActive():
            self.timer.start()

    def expire(self) -> None:
        self.timer.stop()
        self._on_idle()


class InputWatcher(QObject):
    """Application-wide event filter: feeds the idle timer and catches quick exit."""

    def __init__(
        self, idle: IdleLock, on_quick_exit: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._idle = idle
        self._on_quick_exit = on_quick_exit
        self._last_esc = 0.0
        self._last_esc_event: tuple[int, int] = (0, -1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._idle.poke()
        pressed = isinstance(event, QKeyEvent) and kind == QEvent.Type.KeyPress
        if pressed and isinstance(event, QKeyEvent) and not event.isAutoRepeat():
            if event.key() == Qt.Key.Key_F12:
                self._on_quick_exit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                # One key press passes this filter once per widget it propagates to.
                identity = (shiboken6.getCppPointer(event)[0], event.timestamp())
                if identity == self._last_esc_event:
                    return False
                self._last_esc_event = identity
                now = time.monotonic()
                if now - self._last_esc <= DOUBLE_ESC_SECONDS:
                    self._last_esc = 0.0
                    self._on_quick_exit()
                    return True
                self._last_esc = now
        return False
