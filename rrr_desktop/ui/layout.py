"""Small layout helpers shared by pages and case tabs."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

PREFERRED_SIZE = (1200, 780)


def first_size(available: QSize) -> QSize:
    """The window's size on first launch: the preferred one where it fits, else the
    screen's room less a margin (a 1366x768 laptop with a taskbar has about 728 pixels of
    height, and a window taller than that hides its status bar below the screen)."""
    width, height = PREFERRED_SIZE
    return QSize(
        min(width, available.width() * 19 // 20), min(height, available.height() * 19 // 20)
    )


def set_scrolling_body(owner: QWidget, body: QWidget) -> QScrollArea:
    """Give ``owner`` a margin-less layout whose only child scrolls ``body``.

    Case tabs are long forms; on a small laptop screen they must scroll, not squash.
    """
    scroll = QScrollArea(owner)
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll


def status_label(owner: QWidget, name: str) -> QLabel:
    """The line under a page's buttons that says what just happened (or went wrong)."""
    label = QLabel(owner)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def say(label: QLabel, text: str, error: bool = False) -> None:
    label.setStyleSheet("color: #a4262c;" if error else "")
    label.setText(text)


def about_label(owner: QWidget, text: str) -> QLabel:
    """A page's one-paragraph explanation of what it does and what it cannot undo."""
    label = QLabel(text, owner)
    label.setWordWrap(True)
    return label


def record_table(owner: QWidget, name: str, headers: list[str]) -> QTableWidget:
    """A read-only list of records: whole rows, one at a time, no row numbers."""
    table = QTableWidget(0, len(headers), owner)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


# The longest reference this app makes: a renumbered case's (a five-character code; see
# ``domain.casefile.renumbered_reference``), in the widest letters.
LONGEST_REFERENCE = "WW-0000-WWWWW-00000"


def reference_width(view: QAbstractItemView) -> int:
    """A column wide enough for any reference in the view's font: one cut short ("TH-2026-…")
    cannot be read out on the phone or matched with a letter."""
    return view.fontMetrics().horizontalAdvance(LONGEST_REFERENCE) + 24  # cell padding
