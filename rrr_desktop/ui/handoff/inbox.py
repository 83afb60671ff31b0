"""Inbox: open a bundle, verify and preview it per case (new, changed, conflicting), apply."""

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.handoff import HandoffService, ImportPreview
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.handoff.common import ProgressRow, byte_progress, present_error
from rrr_desktop.ui.labels import field_words
from rrr_desktop.ui.tasks import TaskProgress, run_for

MAX_ROWS = 2000  # the preview table shows the first rows; totals count them all


class InboxView(QWidget):
    applied = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = HandoffService(ctx.session)
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open bundle…"), self)
        self.open_button.setObjectName("inboxOpen")
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase (only for a passphrase bundle)"))
        row.addWidget(self.open_button)
        row.addWidget(self.passphrase, 1)
        layout.addLayout(row)
        self.summary = QLabel(self.tr("Open a bundle to see what it would change."), self)
        self.summary.setObjectName("inboxSummary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("inboxTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Change"),
                self.tr("Fields"),
                self.tr("Conflicts"),
                self.tr("Shared by the sender"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.progress = ProgressRow(self)
        layout.addWidget(self.progress)
        self.apply_button = QPushButton(self.tr("Apply all of it"), self)
        self.apply_button.setObjectName("inboxApply")
        self.apply_button.setEnabled(False)
        layout.addWidget(self.apply_button)
        self.open_button.clicked.connect(self._choose)
        self.apply_button.clicked.connect(self.apply)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a bundle"), "", self.tr("RRR bundles (*.rrrbundle)")
        )
        if name:
            self.open(Path(name))

    def open(self, path: Path) -> None:
        """Verify and preview in a worker (decryption can take seconds for big bundles)."""
        self.path = path
        self.preview = None
        self.apply_button.setEnabled(False)
        self.table.setRowCount(0)
        self._run(apply=False)

    def apply(self) -> None:
        if self.path is not None and self.preview is not None:
            self.apply_button.setEnabled(False)
            self._run(apply=True)

    def _run(self, apply: bool) -> None:
        path, passphrase, service = self.path, self.passphrase.text(), self.service
        assert path is not None

        def work(progress: TaskProgress) -> ImportPreview:
            report = byte_progress(progress)
            if apply:
                return service.import_bundle(path, passphrase, report)
            return service.preview(path, passphrase, report)

        self.open_button.setEnabled(False)
        self.summary.setText(self.tr("Applying…") if apply else self.tr("Checking the bundle…"))
        task = run_for(self, work, self._shown, self._failed)
        self.progress.start(task)

    def _shown(self, preview: ImportPreview) -> None:
        self.open_button.setEnabled(True)
        self.preview = preview
        m = preview.manifest
        totals = ", ".join(f"{n} {self._action(k)}" for k, n in sorted(preview.totals().items()))
        head = (
            self.tr("Applied: {kind} bundle from {org} ({fpr}): {totals}.")
            if preview.applied
            else self.tr("Verified {kind} bundle from {org} ({fpr}), made {when}: {totals}.")
        )
        text = head.format(
            kind=m.kind,
            org=m.sender.org_name,
            fpr=preview.sender.fingerprint,
            when=m.created_at,
            totals=totals or self.tr("nothing to change"),
        )
        if m.transfer is not None:
            text += " " + self.tr("Purpose: {purpose}; legal basis: {basis}.").format(
                purpose=m.transfer.purpose, basis=m.transfer.legal_basis
            )
        alike = [i for i in preview.items if i.similar]
        if alike:
            named = sorted({r for i in alike for r in i.similar if r})
            text += " " + self.tr(
                "%n new case(s) may be a person already known here; check them: {cases}",
                "",
                len(alike),
            ).format(cases=", ".join(named[:8]) or self.tr("ask your supervisor"))
        self.summary.setText(text)
        items = [i for i in preview.items if i.action != "unchanged"][:MAX_ROWS]
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [
                item.shown_reference,
                self._action(item.action),
                ", ".join(_unique(field_words(f) for f in item.fields)),
                ", ".join(_unique(field_words(c) for c in item.conflicts)),
                ", ".join(_unique(field_words(f) for f in item.sent_fields)),
            ]
            for col, text_value in enumerate(cells):
                cell = QTableWidgetItem(text_value)
                cell.setToolTip(text_value.replace(", ", "\n"))
                self.table.setItem(row, col, cell)
        self.apply_button.setEnabled(not preview.applied)
        if preview.applied:
            for item in items[:100]:
                if item.kind == "case" and item.reference:
                    self.ctx.caseChanged.emit(item.reference)
            self.applied.emit()

    def _action(self, key: str) -> str:
        return {
            "new": self.tr("new"),
            "changed": self.tr("changed"),
            "conflict": self.tr("conflict"),
            "deleted": self.tr("deleted"),
            "unchanged": self.tr("unchanged"),
            "dropped": self.tr("dropped (deleted or anonymised here)"),
        }.get(key, key)

    def _failed(self, exc: BaseException) -> None:
        self.open_button.setEnabled(True)
        self.summary.setText(self.tr("Nothing was imported."))
        self.preview = None
        present_error(self, exc)


def _unique(words: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(words))
