"""Mixed-direction text on screen: values keep their own direction inside any sentence.

In Arabic, a path, a phone number or an English name placed in a right-to-left line is
reordered by its neutral characters ("/tmp/vault" shows as "tmp/vault/", "+95 9 123" as
"123 9 95+"). Wrapping each value in a first-strong isolate (U+2068 ... U+2069) lets it
take the direction of its own first letter. The isolate is added for display only, never
to stored data: item views get it from a delegate.
"""

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

FSI, PDI = "\u2068", "\u2069"


def isolate(value: object) -> str:
    text = str(value)
    return f"{FSI}{text}{PDI}" if text else text


class IsolatingDelegate(QStyledItemDelegate):
    """Shows each cell's text as one isolated run (editing sees the plain value)."""

    def initStyleOption(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.text and not option.text.startswith(FSI):
            option.text = isolate(option.text)


class IsolateItemViews(QObject):
    """Application filter: every item view with the default delegate gets the isolating one."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QAbstractItemView)
            and type(watched.itemDelegate()) is QStyledItemDelegate
        ):
            watched.setItemDelegate(IsolatingDelegate(watched))
        return False
