"""Conflicts side by side (this side, the other side) with a choice per field; and history."""

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.handoff.common import show_error


def _show(cell: dict[str, Any], deleted: str) -> str:
    if "v" not in cell:
        return deleted
    value = cell["v"]
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, indent=1)


class ConflictsView(QWidget):
    resolved = Signal(str)  # case reference

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = HandoffService(ctx.session)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The same field was changed here and on the other side. Nothing was "
                    "overwritten: choose which value to keep, field by field."
                ),
                self,
            )
        )
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Field"),
                self.tr("This side"),
                self.tr("Other side"),
                self.tr("Choice"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        conflicts = self.service.conflicts()
        self.table.setRowCount(len(conflicts))
        deleted = self.tr("(deleted)")
        for row, c in enumerate(conflicts):
            cells = [
                self.service.reference_of(c.record_id),
                ".".join(c.path) or self.tr("(whole record)"),
                _show(c.local, deleted),
                _show(c.remote, deleted),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
            choice = QWidget(self.table)
            box = QHBoxLayout(choice)
            box.setContentsMargins(2, 0, 2, 0)
            keep = QPushButton(self.tr("Keep this side"), choice)
            keep.setObjectName(f"keep-{c.id}")
            take = QPushButton(self.tr("Take other side"), choice)
            take.setObjectName(f"take-{c.id}")
            keep.clicked.connect(
                lambda _=False, cid=c.id, ref=cells[0]: self.choose(cid, "local", ref)
            )
            take.clicked.connect(
                lambda _=False, cid=c.id, ref=cells[0]: self.choose(cid, "remote", ref)
            )
            box.addWidget(keep)
            box.addWidget(take)
            self.table.setCellWidget(row, 4, choice)
        self.table.resizeRowsToContents()

    def choose(self, conflict_id: int, choice: str, reference: str) -> None:
        try:
            self.service.resolve(conflict_id, choice)
        except Exception as exc:  # noqa: BLE001 - shown as one sentence
            show_error(self, exc)
        self.reload()
        self.resolved.emit(reference)


class HistoryView(QWidget):
    """Bundles written and imported: when, which way, kind, peer, who, counts (no case data)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = HandoffService(ctx.session)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Direction"),
                self.tr("Kind"),
                self.tr("Peer"),
                self.tr("By"),
                self.tr("Counts"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.reload()

    def reload(self) -> None:
        rows = self.service.history()
        self.table.setRowCount(len(rows))
        for row, h in enumerate(rows):
            direction = self.tr("sent") if h["direction"] == "out" else self.tr("received")
            counts = ", ".join(f"{k} {v}" for k, v in sorted(h["counts"].items()))
            for col, text in enumerate([h["at"], direction, h["kind"], h["peer"], h["by"], counts]):
                self.table.setItem(row, col, QTableWidgetItem(text))
