"""Small layout helpers shared by pages and case tabs."""

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


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
