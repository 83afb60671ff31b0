"""Files attached to one case: scans, photos, signed checklists, kept inside the vault.

Attaching reads the file in a worker (up to 20 MB); opening shows it from memory; a copy
outside the vault is made only with "Save a copy...", to a place the caseworker picks,
and is recorded in the audit log. Whether a file may go with a referral is chosen per file.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.notes import (
    ATTACHMENT_MAX_BYTES,
    Attachment,
    AttachmentKind,
    newest_first,
)
from rrr_desktop.errors import KnownError
from rrr_desktop.services.notes import AttachmentFile, NotesService
from rrr_desktop.ui.bidi import isolate
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_text
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.labels import label
from rrr_desktop.ui.layout import say, status_label
from rrr_desktop.ui.notes.viewer import AttachmentViewer, Unviewable, prepared
from rrr_desktop.ui.tasks import TaskProgress, run_for

SHARE_COLUMN = 4


class FilesTab(QWidget):
    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.service = NotesService(ctx.session)
        self.attachments: list[Attachment] = []
        self.present: set[str] = set()
        self.viewer: AttachmentViewer | None = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("attachmentKind")
        for kind in AttachmentKind:
            self.kind.addItem(label(kind), kind)
        self.share_next = QCheckBox(
            self.tr("May go with a referral (when the person consented to sharing)"), self
        )
        self.attach_button = QPushButton(self.tr("&Attach a file…"), self)
        self.attach_button.clicked.connect(self.choose_file)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("attachments")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Size"),
                self.tr("Added"),
                self.tr("May go with a referral"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.itemChanged.connect(self._share_toggled)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.copy_button = QPushButton(self.tr("Save a &copy…"), self)
        self.copy_button.clicked.connect(self.choose_copy)
        self.remove_button = QPushButton(self.tr("&Remove from the case"), self)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.status = status_label(self, "filesStatus")
        intro = QLabel(
            self.tr(
                "Files are kept inside the encrypted vault, never as loose copies. Up to "
                "{size} MB each. Opening a file shows it here; a copy outside the vault is "
                'made only with "Save a copy" and is recorded.'
            ).format(size=ATTACHMENT_MAX_BYTES // (1024 * 1024)),
            self,
        )
        intro.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kind of file"), self))
        top.addWidget(self.kind)
        top.addWidget(self.attach_button)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.share_next)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------

    def load(self, case: CaseFile) -> None:
        self.attachments = newest_first(case.attachments)
        try:
            self.present = self.service.present(case)
        except KnownError:
            self.present = set()
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(0)
        locale = QLocale()
        for row, attachment in enumerate(self.attachments):
            self.table.insertRow(row)
            name = attachment.name
            if attachment.id not in self.present:
                name = self.tr("{name} (not on this laptop yet)").format(name=name)
            self.table.setItem(row, 0, QTableWidgetItem(isolate(name)))
            self.table.setItem(row, 1, QTableWidgetItem(label(attachment.kind)))
            self.table.setItem(row, 2, QTableWidgetItem(locale.formattedDataSize(attachment.size)))
            added = self.tr("{date} by {who}").format(
                date=date_text(attachment.added_at), who=isolate(attachment.added_by)
            )
            self.table.setItem(row, 3, QTableWidgetItem(added))
            share = QTableWidgetItem()
            share.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            share.setCheckState(
                Qt.CheckState.Checked if attachment.may_share else Qt.CheckState.Unchecked
            )
            self.table.setItem(row, SHARE_COLUMN, share)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # long names
        self.table.blockSignals(blocked)
        if not self.attachments:
            self.status.setText(
                self.tr(
                    "No files yet. Attach a scan of a document, a signed checklist or a photo: "
                    'choose its kind, then "Attach a file".'
                )
            )
        self._update_buttons()

    def _selected(self) -> Attachment | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.attachments):
            return None
        return self.attachments[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self._selected()
        here = chosen is not None and chosen.id in self.present
        self.open_button.setEnabled(here)
        self.copy_button.setEnabled(here)
        self.remove_button.setEnabled(chosen is not None)

    def _say(self, text: str, error: bool = False) -> None:
        say(self.status, text, error)

    def _failed(self, exc: BaseException) -> None:
        self.attach_button.setEnabled(True)
        if isinstance(exc, Unviewable):
            self._say(
                self.tr(
                    'This kind of file cannot be shown here. Use "Save a copy" to open it with '
                    "another program (the copy is outside the vault: delete it afterwards)."
                ),
                error=True,
            )
        elif isinstance(exc, KnownError):
            self._say(error_text(exc), error=True)
        else:
            self._say(
                self.tr("That did not work ({kind}).").format(kind=type(exc).__name__), error=True
            )

    # -- attaching -------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file to the case"))
        if path:
            self.attach_path(Path(path))

    def attach_path(self, path: Path) -> None:
        kind = self.kind.currentData() or AttachmentKind.OTHER
        share = self.share_next.isChecked()
        service, reference = self.service, self.reference

        def work(_progress: TaskProgress) -> Attachment:
            return service.attach(reference, path, kind, may_share=share)

        self.attach_button.setEnabled(False)
        self._say(self.tr("Attaching the file…"))
        run_for(self, work, self._attached, self._failed)

    def _attached(self, attachment: Attachment) -> None:
        self.attach_button.setEnabled(True)
        self.share_next.setChecked(False)
        self._say(
            self.tr("Attached: {name}. The original file can now be deleted.").format(
                name=isolate(attachment.name)
            )
        )
        self.ctx.caseChanged.emit(self.reference)

    # -- opening, copying, removing ------------------------------------------------------

    def open_selected(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen.id not in self.present:
            return
        service, reference = self.service, self.reference

        def work(_progress: TaskProgress) -> tuple[AttachmentFile, object]:
            found = service.open_attachment(reference, chosen.id)
            return found, prepared(found)

        self._say(self.tr("Opening…"))
        run_for(self, work, self._show, self._failed)

    def _show(self, result: tuple[AttachmentFile, list[Any] | str]) -> None:
        found, shown = result
        self._say("")
        self.viewer = AttachmentViewer(found, shown, self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.show()

    def choose_copy(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy outside the vault"))
        if path:
            self.save_copy_to(chosen, Path(path))

    def save_copy_to(self, chosen: Attachment, path: Path) -> None:
        try:
            self.service.export_attachment(self.reference, chosen.id, path)
        except KnownError as exc:
            self._say(error_text(exc), error=True)
            return
        self._say(
            self.tr(
                "A copy was saved outside the vault. It is not encrypted: delete it when it is "
                "no longer needed."
            )
        )

    def remove_selected(self, confirm: bool = True) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove the file"),
                self.tr(
                    "Remove this file from the case? It is deleted from this laptop "
                    "unless another case holds it, and from the others at the next sync."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.service.remove_attachment(self.reference, chosen.id)
        except KnownError as exc:
            self._say(error_text(exc), error=True)
            return
        self._say(self.tr("The file was removed from the case."))
        self.ctx.caseChanged.emit(self.reference)

    def _share_toggled(self, item: QTableWidgetItem) -> None:
        if item.column() != SHARE_COLUMN or item.row() >= len(self.attachments):
            return
        attachment = self.attachments[item.row()]
        wanted = item.checkState() == Qt.CheckState.Checked
        if wanted == attachment.may_share:
            return
        try:
            self.service.set_sharing(self.reference, attachment.id, wanted)
        except KnownError as exc:
            self._say(error_text(exc), error=True)
            return
        self.ctx.caseChanged.emit(self.reference)
