"""Preview of a CSV import: what would be added or updated, and every refused row.

The import is all or nothing, so the confirm button stays disabled while any row is
refused; the user fixes the file and tries again.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.directory import ImportPreview
from rrr_desktop.ui.directory.texts import tr


def problem_text(template: str, params: tuple[tuple[str, str], ...]) -> str:
    return tr(template).format(**dict(params))


class ImportPreviewDialog(QDialog):
    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(
            QCoreApplication.translate("directory", "Import the directory from CSV")
        )
        self.resize(760, 420)
        parsed = preview.parsed
        summary = QLabel(self)
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        if parsed.file_problem:
            summary.setText(tr(parsed.file_problem))
        elif parsed.problems:
            summary.setText(
                QCoreApplication.translate(
                    "directory",
                    "⚠ {refused} row(s) are refused. Nothing will be imported until "
                    "the file is corrected ({new} new and {updated} updated entries "
                    "are otherwise ready).",
                ).format(refused=len(parsed.problems), new=preview.new, updated=preview.updated)
            )
        elif not parsed.entries:
            summary.setText(
                QCoreApplication.translate("directory", "The file holds no directory entries.")
            )
        else:
            summary.setText(
                QCoreApplication.translate(
                    "directory",
                    "Ready: {new} new and {updated} updated entries. Entries without "
                    "a recent verification date will be flagged.",
                ).format(new=preview.new, updated=preview.updated)
            )
        self.table = QTableWidget(len(parsed.problems), 2, self)
        self.table.setObjectName("refusedRows")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("directory", "Line"),
                QCoreApplication.translate("directory", "Why it was refused"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, problem in enumerate(parsed.problems):
            self.table.setItem(row, 0, QTableWidgetItem(str(problem.line)))
            self.table.setItem(
                row, 1, QTableWidgetItem(problem_text(problem.template, problem.params))
            )
        self.table.setVisible(bool(parsed.problems))
        # What the file changes in entries already here, field by field, before importing.
        self.changes = QTableWidget(sum(len(c.fields) for c in preview.changes), 4, self)
        self.changes.setObjectName("changedEntries")
        self.changes.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("directory", "Entry"),
                QCoreApplication.translate("directory", "Field"),
                QCoreApplication.translate("directory", "Now"),
                QCoreApplication.translate("directory", "From the file"),
            ]
        )
        self.changes.verticalHeader().setVisible(False)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        row = 0
        for change in preview.changes:
            for field, before, after in change.fields:
                name = change.name + (" ✓" if change.was_verified else "")
                for column, text in enumerate((name, field, before, after)):
                    self.changes.setItem(row, column, QTableWidgetItem(text))
                row += 1
        self.changes.setVisible(bool(preview.changes))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(QCoreApplication.translate("directory", "Import"))
            ok.setEnabled(preview.ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        if preview.changes:
            layout.addWidget(
                QLabel(
                    QCoreApplication.translate(
                        "directory",
                        "Entries this file changes (✓: verified by a person; a changed contact "
                        "must be verified again):",
                    ),
                    self,
                )
            )
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.buttons)
