"""The import wizard: choose a file, map its columns, read every refusal, then import.

Nothing is written before the last page's Import button; the import is one transaction
in a worker, with progress and cancel (cancelling rolls everything back).
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rrr_desktop.domain.import_rules import FIELD_LABELS, FIELDS
from rrr_desktop.errors import KnownError
from rrr_desktop.services.importing import (
    ImportPreview,
    ImportService,
    Sheet,
    read_sheet,
    resolve_mapping,
)
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.importer import memory
from rrr_desktop.ui.prefs import Prefs
from rrr_desktop.ui.tasks import Task, TaskProgress, run_for


def field_title(field: str) -> str:
    return QCoreApplication.translate("import", FIELD_LABELS[field])


def refusal_text(template: str, column: str) -> str:
    return QCoreApplication.translate("import", template).format(column=column)


class _WorkerStep:
    """Run a page's check in a worker; ``validatePage`` returns False until it is done,
    then the page moves on by itself (reading and checking a big file takes seconds)."""

    def __init__(self, page: QWizardPage, wizard: QWizard, error: QLabel) -> None:
        self.page, self.wizard, self.error = page, wizard, error
        self.passed = False
        self.task: Task | None = None

    def validate(
        self, work: Callable[[], object], on_result: Callable[[object], None], busy: str
    ) -> bool:
        if self.passed:
            self.passed = False
            return True
        if self.task is not None and self.task.running:
            return False
        self.error.setText(busy)

        def done(result: object) -> None:
            on_result(result)
            self.error.clear()
            self.passed = True
            self.wizard.next()

        def failed(error: BaseException) -> None:
            self.error.setText(
                error_text(error)
                if isinstance(error, KnownError)
                else QCoreApplication.translate("import", "The file could not be read.")
            )

        self.task = run_for(self.page, lambda progress: work(), done, failed)
        return False


class FilePage(QWizardPage):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(
            self.tr(
                "CSV (UTF-8 or UTF-16, as Excel saves it) or an .xlsx "
                "workbook; the first row must hold the column names."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.error = QLabel(self)
        self.error.setObjectName("importError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.step = _WorkerStep(self, wizard, self.error)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Spreadsheet to import"),
            "",
            self.tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx)"),
        )
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        path = Path(self.path.text().strip())

        def keep(sheet: object) -> None:
            assert isinstance(sheet, Sheet)
            self.owner.sheet = sheet

        return self.step.validate(lambda: read_sheet(path), keep, self.tr("Reading the file…"))


class MappingPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Which column holds what?"))
        self.setSubTitle(
            self.tr(
                "Columns we recognised are already chosen. Columns set to "
                "'not imported' are left out. This choice is remembered "
                "for files with the same columns."
            )
        )
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("columnMapping")
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Field")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.error = QLabel(self)
        self.error.setObjectName("mappingError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.combos: list[QComboBox] = []
        self.chosen: dict[str, str] = {}
        self.step = _WorkerStep(self, wizard, self.error)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        sheet = self.owner.sheet
        assert sheet is not None
        start = memory.recall(self.owner.settings, sheet.layout_key, sheet.headers)
        if start is None:
            try:
                start = resolve_mapping(sheet.headers)
            except KnownError:
                from rrr_desktop.domain.import_rules import guess_mapping

                start = guess_mapping(sheet.headers)
        self.table.setRowCount(len(sheet.headers))
        self.combos = []
        for row, header in enumerate(sheet.headers):
            self.table.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("(not imported)"), "")
            for field in FIELDS:
                combo.addItem(field_title(field), field)
            combo.setCurrentIndex(max(combo.findData(start.get(header, "")), 0))
            self.table.setCellWidget(row, 1, combo)
            self.combos.append(combo)

    def mapping(self) -> dict[str, str]:
        sheet = self.owner.sheet
        assert sheet is not None
        return {h: str(c.currentData()) for h, c in zip(sheet.headers, self.combos, strict=True)}

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        sheet = self.owner.sheet
        assert sheet is not None
        if not self.step.passed:
            try:
                mapping = resolve_mapping(sheet.headers, self.mapping())
            except KnownError as error:
                self.error.setText(error_text(error))
                return False
            memory.remember(self.owner.settings, sheet.layout_key, sheet.headers, mapping)
            self.chosen = mapping
        service = self.owner.service

        def keep(preview: object) -> None:
            assert isinstance(preview, ImportPreview)
            self.owner.preview = preview

        return self.step.validate(
            lambda: service.preview(sheet, self.chosen), keep, self.tr("Checking every row…")
        )


class PreviewPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Check before importing"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("refusedRows")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Why it is refused")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        preview = self.owner.preview
        assert preview is not None
        refused = preview.refused_lines
        if refused:
            self.summary.setText(
                self.tr(
                    "{refused} of {total} rows are refused, listed below with the reason. Nothing "
                    "will be imported until the file is corrected: fix it, then go back and "
                    "choose it again."
                ).format(refused=len(refused), total=preview.total_rows)
            )
        elif not preview.rows:
            self.summary.setText(self.tr("The file has no rows to import."))
        else:
            text = self.tr("All {n} rows can be imported. Columns left out: {ignored}.").format(
                n=len(preview.rows), ignored=", ".join(preview.ignored_columns) or self.tr("none")
            )
            if preview.possible_duplicates:
                text += " " + self.tr(
                    "{n} rows look like persons already in the vault (rows {rows}); check "
                    "this is not a file imported before."
                ).format(
                    n=len(preview.possible_duplicates),
                    rows=", ".join(str(line) for line, _ in preview.possible_duplicates[:10]),
                )
            self.summary.setText(text)
        self.table.setRowCount(len(preview.refusals))
        for row, item in enumerate(preview.refusals):
            self.table.setItem(row, 0, QTableWidgetItem(str(item.line)))
            self.table.setItem(row, 1, QTableWidgetItem(item.refusal.column))
            self.table.setItem(
                row, 2, QTableWidgetItem(refusal_text(item.refusal.template, item.refusal.column))
            )
        self.table.setVisible(bool(preview.refusals))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.owner.preview is not None and self.owner.preview.ready


class ApplyPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Import"))
        layout = QVBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName("applyLabel")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.button = QPushButton(self.tr("Import now"), self)
        self.button.setObjectName("importNow")
        self.button.clicked.connect(self.start)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.progress = QProgressBar(self)
        layout.addWidget(self.progress)
        self.finished = False
        self.task: Task | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        preview = self.owner.preview
        assert preview is not None
        self.label.setText(
            self.tr(
                "{n} new cases will be created, all at once: if anything goes wrong, none is."
            ).format(n=len(preview.rows))
        )
        self.progress.setRange(0, len(preview.rows))
        self.progress.setValue(0)

    def start(self) -> None:
        preview = self.owner.preview
        if preview is None or (self.task is not None and self.task.running):
            return
        self.button.setEnabled(False)
        self.owner.button(QWizard.WizardButton.BackButton).setEnabled(False)
        service = self.owner.service

        def work(progress: TaskProgress) -> list[str]:
            return service.apply(preview, progress.report)

        self.task = run_for(
            self, work, self._done, self._failed, lambda done, total: self.progress.setValue(done)
        )

    def _done(self, references: list[str]) -> None:
        self.finished = True
        self.progress.setValue(self.progress.maximum())
        self.label.setText(self.tr("Imported {n} cases.").format(n=len(references)))
        self.owner.imported.emit(len(references))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        self.owner.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self.label.setText(
            error_text(error)
            if isinstance(error, KnownError)
            else self.tr("The import failed; nothing was imported.")
        )

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.finished


class ImportWizard(QWizard):
    imported = Signal(int)  # number of cases created

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import cases from a spreadsheet"))
        self.resize(760, 520)
        self.ctx = ctx
        self.settings = settings or Prefs().settings
        self.service = ImportService(ctx.session)
        self.sheet: Sheet | None = None
        self.preview: ImportPreview | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.apply_page = ApplyPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.apply_page):
            self.addPage(page)
        self.imported.connect(
            lambda _n: ctx.statusMessage.emit(self.tr("Cases imported from a spreadsheet."))
        )

    def reject(self) -> None:
        task = self.apply_page.task
        if task is not None and task.running:
            task.cancel()  # the worker stops and the transaction rolls back
            return
        super().reject()
