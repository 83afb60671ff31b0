"""What every page and case tab receives: the session and app-wide signals.

Widgets get this object injected (no globals). They call services with ``ctx.session``
and announce changes with ``ctx.caseChanged.emit(reference)`` so open views reload.
"""

from PySide6.QtCore import QObject, Signal

from rrr_desktop.services.session import Session


class UiContext(QObject):
    caseChanged = Signal(str)  # reference of a case whose data changed
    openCaseRequested = Signal(str, str)  # reference, tab key ("" = first tab)
    directoryChanged = Signal()
    statusMessage = Signal(str)
    # a backup folder and the passphrase that opens it, confirmed: lock, then restore it
    restoreRequested = Signal(str, str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
