"""Conflicts grouped by case: every value a field holds, who wrote it, when and where, and
a choice per field (keep ours, take theirs, write a new value) or for a whole case."""

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.sync_conflicts import Sibling, StoredConflict
from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.handoff.common import present_error
from rrr_desktop.ui.labels import field_words, label

SHOWN = 100  # conflicts listed at once (fast to build); resolving some shows the next ones


def _value_text(value: Any) -> str:
    if value is None:
        return QCoreApplication.translate("ConflictsView", "(empty, or deleted)")
    text = label(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return text if len(text) <= 200 else text[:197] + "..."


class ConflictsView(QWidget):
    resolved = Signal(str)  # case reference

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = HandoffService(ctx.session)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These fields were changed on two laptops that had not seen each other's "
                "change. Nothing was overwritten: choose the value to keep. Your choice "
                "goes to the other laptops with the next sync."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QLabel(self)
        self.summary.setObjectName("conflictsSummary")
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("conflictsTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Case and field"), self.tr("Values"), self.tr("Choice")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        layout.addWidget(self.tree, 1)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Conflicts also come from a case window saved over a change made meanwhile, or
        from another process: the list is read again whenever it is shown."""
        self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self.tree.clear()
        total = self.service.conflict_count()
        conflicts = self.service.conflicts(limit=SHOWN)
        if not total:
            self.summary.setText(self.tr("No open conflicts."))
        elif total > len(conflicts):
            self.summary.setText(
                self.tr("%n open conflict(s); the first %1 are shown.", "", total).replace(
                    "%1", str(len(conflicts))
                )
            )
        else:
            self.summary.setText(self.tr("%n open conflict(s).", "", total))
        groups: dict[str, list[StoredConflict]] = {}
        for c in conflicts:
            groups.setdefault(c.record_id, []).append(c)
        for record_id, items in groups.items():
            reference = self.service.reference_of(record_id)
            top = QTreeWidgetItem(self.tree, [reference, self.tr("%n field(s)", "", len(items))])
            whole = QPushButton(self.tr("Take theirs for this whole case"), self.tree)
            whole.setObjectName(f"theirs-case-{reference}")
            whole.clicked.connect(
                lambda _=False, rid=record_id, ref=reference: self.choose_case(rid, ref)
            )
            if not self._has_theirs(items, self.service.device_id):
                whole.setEnabled(False)  # some field holds only values written here
                whole.setToolTip(
                    self.tr(
                        "A field here holds only values written on this laptop: "
                        "choose on its own line."
                    )
                )
            self.tree.setItemWidget(top, 2, whole)
            for c in items:
                self._add_field(top, c, reference)
            top.setExpanded(True)
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)

    def _add_field(self, top: QTreeWidgetItem, c: StoredConflict, reference: str) -> None:
        lines = [
            f"{n}. {_value_text(s.value)}\n    {self._origin(s)}"
            for n, s in enumerate(c.siblings, 1)
        ]
        row = QTreeWidgetItem(top, [field_words(c.path), "\n".join(lines)])
        choice = QWidget(self.tree)
        box = QHBoxLayout(choice)
        box.setContentsMargins(2, 0, 2, 0)
        for how, text in self._choices(c):
            button = QPushButton(text, choice)
            button.setObjectName(f"{how}-{c.id}")
            button.clicked.connect(
                lambda _=False, cid=c.id, h=how, ref=reference, cc=c: self.choose(cid, h, ref, cc)
            )
            box.addWidget(button)
        self.tree.setItemWidget(row, 2, choice)

    def _choices(self, c: StoredConflict) -> list[tuple[str, str]]:
        """ "Keep ours" and "Take theirs" only where each names one value: with two values
        from this laptop (a window saved over an edit made meanwhile) or three or more,
        each value gets its own button, by the number shown beside it."""
        here = sum(1 for s in c.siblings if s.device == self.service.device_id)
        if here == 1 and len(c.siblings) == 2:
            picks = [("ours", self.tr("Keep ours")), ("theirs", self.tr("Take theirs"))]
        else:
            picks = [
                (str(n), self.tr("Keep %1").replace("%1", str(n)))
                for n in range(1, len(c.siblings) + 1)
            ]
        return [*picks, ("new", self.tr("New value..."))]

    @staticmethod
    def _has_theirs(items: list[StoredConflict], device: str) -> bool:
        return all(any(s.device != device for s in c.siblings) for c in items)

    def _origin(self, s: Sibling) -> str:
        at = QDateTime.fromMSecsSinceEpoch(s.at_ms).toLocalTime().toString("yyyy-MM-dd HH:mm")
        where = (
            self.tr("this laptop")
            if s.device == self.service.device_id
            else self.tr("laptop %1").replace("%1", s.device)
        )
        return (
            self.tr("%1, %2, %3").replace("%1", s.who or "?").replace("%2", at).replace("%3", where)
        )

    def choose(self, conflict_id: int, how: str, reference: str, c: StoredConflict) -> None:
        value: Any = None
        if how == "new":
            current = next((s.value for s in c.siblings if isinstance(s.value, str)), "")
            text, ok = QInputDialog.getText(
                self, self.tr("New value"), field_words(c.path), text=str(current)
            )
            if not ok:
                return
            value = text
        try:
            self.service.resolve(conflict_id, how, value)
        except Exception as exc:
            present_error(self, exc)
        self.reload()
        self.resolved.emit(reference)

    def choose_case(self, record_id: str, reference: str) -> None:
        try:
            self.service.resolve_case(record_id, "theirs")
        except Exception as exc:
            present_error(self, exc)
        self.reload()
        self.resolved.emit(reference)


class HistoryView(QWidget):
    """Bundles written and imported: when, which way, kind, peer, who, counts (no case data)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = HandoffService(ctx.session)
        layout = QVBoxLayout(self)
        self.restored = QLabel(self)  # after a restore: who has not yet synced since
        self.restored.setObjectName("restoredNotice")
        self.restored.setWordWrap(True)
        layout.addWidget(self.restored)
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
        pending = self.service.still_to_sync()
        self.restored.setVisible(pending is not None and bool(pending[1]))
        if pending is not None and pending[1]:
            self.restored.setText(
                self.tr(
                    "This vault was put back from a backup on %1 (UTC). Sync with every "
                    "other laptop of the organisation as usual: each sends back what it "
                    "holds. Not yet synced since: %2."
                )
                .replace("%1", pending[0])
                .replace("%2", ", ".join(pending[1]))
            )
        rows = self.service.history()
        self.table.setRowCount(len(rows))
        for row, h in enumerate(rows):
            direction = self.tr("sent") if h["direction"] == "out" else self.tr("received")
            counts = ", ".join(f"{k} {v}" for k, v in sorted(h["counts"].items()))
            for col, text in enumerate([h["at"], direction, h["kind"], h["peer"], h["by"], counts]):
                self.table.setItem(row, col, QTableWidgetItem(text))
