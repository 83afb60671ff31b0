"""Shared pieces of the return-preparation tabs: translated reasons, a blockers panel,
and one way to call a service that may refuse (the refusal is shown, nothing changes)."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from rrr_desktop.domain.gates import Reason
from rrr_desktop.domain.travel_rules import TravelIssue
from rrr_desktop.errors import KnownError
from rrr_desktop.ui.errors import present_error, reason_text

T = TypeVar("T")

OK_STYLE = "QFrame#blockers { background: #e6f4ea; border: 1px solid #34a853; }"
BLOCKED_STYLE = "QFrame#blockers { background: #fdecea; border: 1px solid #d93025; }"
OVERDUE_COLOUR = "#fdecea"
WARNING_COLOUR = "#fff4e5"


def translated(context: str, template: str, params: tuple[tuple[str, str], ...]) -> str:
    return QCoreApplication.translate(context, template).format(**dict(params))


def issue_text(issue: TravelIssue) -> str:
    return translated("travel", issue.template, issue.params)


def call_service(parent: QWidget, action: Callable[[], T]) -> T | None:
    """Run a service call; a refusal becomes a message box and ``None``."""
    try:
        return action()
    except KnownError as exc:
        present_error(parent, exc, QCoreApplication.translate("returnprep", "Not saved"))
        return None


class BlockersPanel(QFrame):
    """A live "blocked because ..." box: red with the reasons, green when nothing blocks."""

    def __init__(self, blocked_title: str, clear_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blockers")
        self._blocked_title = blocked_title
        self._clear_text = clear_text
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        layout.addWidget(self.reasons)
        self.codes: list[str] = []

    def show_reasons(self, reasons: list[Reason]) -> None:
        self.codes = [r.code for r in reasons]
        if reasons:
            self.setStyleSheet(BLOCKED_STYLE)
            self.title.setText(self._blocked_title)
            self.reasons.setText("\n".join(f"• {reason_text(r)}" for r in reasons))
            self.reasons.show()
        else:
            self.setStyleSheet(OK_STYLE)
            self.title.setText(self._clear_text)
            self.reasons.clear()
            self.reasons.hide()

    @property
    def blocked(self) -> bool:
        return bool(self.codes)


def rp_tr(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("returnprep", ...)."""
    return QCoreApplication.translate("returnprep", text)
