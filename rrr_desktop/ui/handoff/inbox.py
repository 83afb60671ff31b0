"""Inbox: open a bundle, verify and preview it per case (new, changed, conflicting), apply."""

from collections.abc import Callable, Iterable
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

from rrr_desktop.errors import KnownError
from rrr_desktop.services.handoff import HandoffService, ImportPreview, StackResult
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.handoff.common import ProgressRow, byte_progress, present_error
from rrr_desktop.ui.labels import field_words
from rrr_desktop.ui.tasks import TaskProgress, run_for

MAX_ROWS = 2000  # the preview table shows the first rows; totals count them all
# What became of each bundle of a stack: "applied" with its preview, "skipped" (imported
# before) or "refused" with the error; none after a cancel or an unexpected failure.
Outcome = tuple[str, ImportPreview | Exception | None]


def _outcome(result: StackResult) -> ImportPreview | Exception | None:
    """What the stack's table says: the preview, why it was refused, or (skipped) nothing."""
    if result.how == "applied":
        return result.preview
    return None if result.how == "skipped" else result.error


class InboxView(QWidget):
    applied = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = HandoffService(ctx.session)
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.stack: list[Path] = []  # several bundles chosen at once (a headquarters)
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
        self._case_columns()
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

    def _case_columns(self) -> None:
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Change"),
                self.tr("Fields"),
                self.tr("Conflicts"),
                self.tr("Shared by the sender"),
            ]
        )

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open a bundle"), "", self.tr("RRR bundles (*.rrrbundle)")
        )
        if len(names) == 1:
            self.open(Path(names[0]))
        elif names:
            self.open_stack([Path(name) for name in names])

    def open(self, path: Path) -> None:
        """Verify and preview in a worker (decryption can take seconds for big bundles)."""
        self.path = path
        self.stack = []
        self.preview = None
        self.apply_button.setEnabled(False)
        self._case_columns()
        self.table.setRowCount(0)
        self._run(apply=False)

    def open_stack(self, paths: list[Path]) -> None:
        """Several sticks at once: listed by file name (names say what and when, never
        who), then applied one after another, each whole or not at all."""
        self.path, self.preview, self.stack = None, None, list(paths)
        self.table.setRowCount(0)
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels([self.tr("Bundle"), self.tr("Result")])
        self.table.setRowCount(len(paths))
        for row, path in enumerate(paths):
            self._stack_row(row, path, self.tr("waiting"))
        self.table.resizeColumnToContents(0)  # file names are long; read them whole
        self.summary.setText(
            self.tr(
                "%n bundle(s) chosen. Each is applied whole or not at all: one that is "
                "refused changes nothing, and the others still apply.",
                "",
                len(paths),
            )
        )
        self.apply_button.setEnabled(True)

    def _stack_row(self, row: int, path: Path, result: str) -> None:
        for col, text_value in enumerate((path.name, result)):
            cell = QTableWidgetItem(text_value)
            cell.setToolTip(text_value)
            self.table.setItem(row, col, cell)

    def apply(self) -> None:
        if self.stack:
            self.apply_button.setEnabled(False)
            self._run_stack()
        elif self.path is not None and self.preview is not None:
            self.apply_button.setEnabled(False)
            self._run(apply=True)

    def _run_stack(self) -> None:
        paths, passphrase, service = list(self.stack), self.passphrase.text(), self.service

        def work(progress: TaskProgress) -> list[Outcome]:
            results = service.import_stack(
                paths,
                passphrase,
                lambda n: _share(progress, n, len(paths)),
                cancelled=lambda: progress.cancelled,
            )
            return [(r.how, _outcome(r)) for r in results]

        self.open_button.setEnabled(False)
        self.summary.setText(self.tr("Applying…"))
        task = run_for(self, work, self._stack_done, self._failed)
        self.progress.start(task)

    def _stack_done(self, outcomes: list[Outcome]) -> None:
        self.open_button.setEnabled(True)
        counts = {"applied": 0, "skipped": 0, "refused": 0}
        alike: list[str] = []
        for row, (path, (how, what)) in enumerate(zip(self.stack, outcomes, strict=False)):
            counts[how] += 1
            if isinstance(what, ImportPreview):
                totals = ", ".join(
                    f"{n} {self._action(k)}" for k, n in sorted(what.totals().items())
                )
                result = self.tr("Applied: {totals}.").format(
                    totals=totals or self.tr("nothing to change")
                )
                alike += [r for i in what.items for r in i.similar if r]
                for item in what.items[:100]:
                    if item.kind == "case" and item.reference and item.action != "unchanged":
                        self.ctx.caseChanged.emit(item.reference)
            elif isinstance(what, KnownError):
                result = self.tr("Refused: {reason}").format(reason=error_text(what))
            elif what is not None:
                result = self.tr("Nothing was imported.")
                present_error(self, what)
            else:
                result = self.tr("Imported before; skipped.")
            self._stack_row(row, path, result)
        for row in range(len(outcomes), len(self.stack)):
            self._stack_row(row, self.stack[row], self.tr("Not applied."))
        self.table.resizeColumnToContents(0)
        self.table.resizeRowsToContents()  # a refusal is a sentence: read it whole
        text = self.tr("{done} of {total} bundles applied.").format(
            done=counts["applied"], total=len(self.stack)
        )
        if counts["skipped"]:
            text += " " + self.tr("Imported before, skipped: {count}.").format(
                count=counts["skipped"]
            )
        if counts["refused"]:
            text += " " + self.tr("Refused, each changing nothing: {count}.").format(
                count=counts["refused"]
            )
        if alike:
            named = sorted(set(alike))
            text += " " + self.tr(
                "%n new case(s) may be a person already known here; check them: {cases}",
                "",
                len(named),
            ).format(cases=", ".join(named[:8]))
        self.summary.setText(text)
        self.stack = []  # applied: choose again to import more
        if counts["applied"]:
            self.applied.emit()

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
        self.table.resizeColumnToContents(0)  # a reference is read out whole, never cut
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


def _share(progress: TaskProgress, n: int, count: int) -> Callable[[int, int], bool]:
    """Bundle ``n`` of ``count``: its bytes are its share of one bar."""
    report = byte_progress(progress)

    def share(done: int, total: int) -> bool:
        part = done / total if total else 0.0
        return report(int((n + part) * 1000), count * 1000)

    return share


def _unique(words: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(words))
