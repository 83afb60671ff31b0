"""The Directory page: partner organisations by country, region, type, language, service.

Entries not verified in six months (and every example) carry a warning icon and words,
not colour alone. CSV import shows a preview of refused rows before anything is written.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop import files
from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.enums import DirectoryType
from rrr_desktop.errors import KnownError
from rrr_desktop.services.directory import DirectoryFilter, DirectoryService, ImportPreview
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.directory.entry_dialog import EntryDialog
from rrr_desktop.ui.directory.import_dialog import ImportPreviewDialog
from rrr_desktop.ui.directory.texts import type_text, verification_text
from rrr_desktop.ui.errors import present_error
from rrr_desktop.ui.reintegration.widgets import enum_data, heading
from rrr_desktop.ui.tasks import TaskProgress, run_for

ID_ROLE = Qt.ItemDataRole.UserRole


class DirectoryPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryPage")
        self.ctx = ctx
        self.service = DirectoryService(ctx.session)
        self.entries: list[DirectoryEntry] = []

        self.country = QComboBox(self)
        self.country.setObjectName("countryFilter")
        self.type = QComboBox(self)
        self.type.addItem(self.tr("All types"), None)
        for kind in DirectoryType:
            self.type.addItem(type_text(kind), kind)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Name, contact or note"))
        self.language = QLineEdit(self)
        self.language.setPlaceholderText(self.tr("Language"))
        self.language.setMaximumWidth(110)
        self.service_filter = QLineEdit(self)
        self.service_filter.setPlaceholderText(self.tr("Service"))
        self.service_filter.setMaximumWidth(150)
        self.stale_only = QCheckBox(self.tr("Only entries to verify"), self)
        filters = QHBoxLayout()
        for widget in (
            self.country,
            self.type,
            self.text,
            self.language,
            self.service_filter,
            self.stale_only,
        ):
            filters.addWidget(widget)
        for combo in (self.country, self.type):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.text, self.language, self.service_filter):
            edit.textChanged.connect(self.refresh)
        self.stale_only.toggled.connect(self.refresh)

        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("directoryTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Verification"),
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Country"),
                self.tr("Region"),
                self.tr("Languages"),
                self.tr("Services"),
                self.tr("Contact"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.count = QLabel(self)
        self.count.setObjectName("directoryCount")

        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add…"), self.add),
            (self.tr("Edit…"), self.edit_selected),
            (self.tr("Mark as verified today"), self.verify_selected),
            (self.tr("Delete"), self.delete_selected),
            (self.tr("Import CSV…"), self.choose_import),
            (self.tr("Export CSV…"), self.choose_export),
            (self.tr("Add the starter examples"), self.load_starter),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Service directory"), self))
        note = QLabel(
            self.tr(
                "Check an entry with the organisation before giving it to a "
                "person: entries not verified in the last 6 months are marked ⚠."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(buttons)
        ctx.directoryChanged.connect(self.reload)
        self.reload()

    # -- showing -------------------------------------------------------------------------

    def reload(self) -> None:
        """Refill the country filter (keeping the choice) and the table."""
        chosen = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("All countries"), "")
        for code in self.service.countries():
            self.country.addItem(code, code)
        self.country.setCurrentIndex(max(0, self.country.findData(chosen)))
        self.country.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        kind = enum_data(self.type, DirectoryType)
        self.entries = self.service.search(
            DirectoryFilter(
                country=str(self.country.currentData() or ""),
                type=kind,
                language=self.language.text().strip(),
                service=self.service_filter.text().strip(),
                text=self.text.text().strip(),
                stale_only=self.stale_only.isChecked(),
            )
        )
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.table.setRowCount(len(self.entries))
        stale_count = 0
        for row, entry in enumerate(self.entries):
            stale = self.service.is_stale(entry)
            stale_count += stale
            cells = [
                verification_text(entry, stale),
                entry.name,
                type_text(entry.type),
                entry.country,
                entry.region,
                ", ".join(entry.languages),
                ", ".join(entry.services),
                " ".join(p for p in (entry.contact_person, entry.phone) if p),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(ID_ROLE, entry.id)
                if column == 0 and stale:
                    item.setIcon(warning)
                self.table.setItem(row, column, item)
        self.count.setText(
            self.tr("{count} entries shown, {stale} to verify.").format(
                count=len(self.entries), stale=stale_count
            )
        )

    def selected(self) -> DirectoryEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    # -- editing -------------------------------------------------------------------------

    def _changed(self, message: str) -> None:
        self.ctx.directoryChanged.emit()  # reloads this page too
        self.ctx.statusMessage.emit(message)

    def add(self) -> None:
        if EntryDialog(self.service, None, self).exec():
            self._changed(self.tr("Directory entry added."))

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry is not None and EntryDialog(self.service, entry, self).exec():
            self._changed(self.tr("Directory entry saved."))

    def verify_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            self.service.mark_verified(entry.id)
        except KnownError as exc:
            present_error(self, exc, self.tr("Not saved"))
            return
        self._changed(self.tr("Marked as verified today."))

    def delete_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the entry?"),
            self.tr("Plans that name this organisation keep its id but no longer show its name."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.service.delete(entry.id)
            self._changed(self.tr("Directory entry deleted."))

    def load_starter(self) -> None:
        try:
            preview = self.service.import_starter()
        except KnownError as exc:
            present_error(self, exc, self.tr("Not imported"))
            return
        self._changed(
            self.tr(
                "{count} example entries added; each must be replaced by a verified one."
            ).format(count=preview.new + preview.updated)
        )

    # -- CSV -----------------------------------------------------------------------------

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the directory"), "", self.tr("CSV files (*.csv)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read and check the file off the UI thread, then show the preview to confirm."""

        def work(progress: TaskProgress) -> tuple[str, ImportPreview]:
            text = path.read_text(encoding="utf-8-sig")
            progress.check()
            return text, self.service.preview_import(text)

        run_for(self, work, self._confirm_import, self._failed)

    def _confirm_import(self, result: tuple[str, ImportPreview]) -> None:
        text, preview = result
        dialog = ImportPreviewDialog(preview, self)
        if not dialog.exec():
            return
        try:
            done = self.service.import_csv(text)
        except KnownError as exc:
            present_error(self, exc, self.tr("Not imported"))
            return
        self._changed(
            self.tr("Imported: {new} new, {updated} updated.").format(
                new=done.new, updated=done.updated
            )
        )

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the directory"), "directory.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        entries = self.service.all()
        text = self.service.export_csv(entries)

        def work(_progress: TaskProgress) -> int:
            files.write_text(path, text)
            return len(entries)

        run_for(
            self,
            work,
            lambda n: self.ctx.statusMessage.emit(
                self.tr("{count} entries exported.").format(count=n)
            ),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            present_error(self, exc, self.tr("Directory"))
        elif isinstance(exc, OSError | UnicodeDecodeError):
            QMessageBox.warning(
                self, self.tr("Directory"), self.tr("The file could not be read or written.")
            )
        else:
            raise exc
