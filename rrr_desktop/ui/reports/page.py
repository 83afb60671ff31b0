"""The Reports page: choose what to count, for which period and programme, see the table
and its chart, export CSV or PDF (small counts hidden by default), import a spreadsheet.

Building and exporting run in a worker (``ui.tasks.run_task``); the page only shows
results. Nothing about a person is shown here: only counts and field names.
"""

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.errors import KnownError
from rrr_desktop.reports.fields import DONOR_SET, FIELD_TITLES, REPORT_FIELDS
from rrr_desktop.reports.report import Report, ReportFilter
from rrr_desktop.services.reports import DEFAULT_EXPORT_THRESHOLD, ReportService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_format
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.reports.lists_view import ListsView
from rrr_desktop.ui.reports.views import TableView, tr
from rrr_desktop.ui.tasks import Task, TaskProgress, run_for


@dataclasses.dataclass(frozen=True)
class ReportRequest:
    layouts: list[tuple[str, ...]]
    filter: ReportFilter
    threshold: int


class ReportsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.ctx = ctx
        self.service = ReportService(ctx.session)
        self.report: Report | None = None
        self.task: Task | None = None
        self.written: list[Path] = []  # the files of the last CSV export
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Reports") + "</h2>", self))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._statistics_tab(), self.tr("Statistics"))
        self.lists = ListsView(ctx, self)
        self.tabs.addTab(self.lists, self.tr("Operational lists"))
        layout.addWidget(self.tabs)
        ctx.caseChanged.connect(lambda _ref: self._reload_programmes())

    # -- building the form ----------------------------------------------------------------

    def _statistics_tab(self) -> QWidget:
        tab = QWidget(self)
        outer = QVBoxLayout(tab)
        form = QGridLayout()
        self.field1 = QComboBox(tab)
        self.field1.setObjectName("field1")
        self.field2 = QComboBox(tab)
        self.field2.setObjectName("field2")
        self.field2.addItem(self.tr("(nothing: a simple table)"), "")
        for field in REPORT_FIELDS:
            self.field1.addItem(tr(FIELD_TITLES[field]), field)
            self.field2.addItem(tr(FIELD_TITLES[field]), field)
        self.donor_set = QCheckBox(
            self.tr("Standard donor tables (sex, age group, sector, country of origin)"), tab
        )
        self.donor_set.setObjectName("donorSet")
        self.donor_set.toggled.connect(self._donor_toggled)
        form.addWidget(QLabel(self.tr("Count persons by"), tab), 0, 0)
        form.addWidget(self.field1, 0, 1)
        form.addWidget(QLabel(self.tr("and by"), tab), 0, 2)
        form.addWidget(self.field2, 0, 3)
        form.addWidget(self.donor_set, 1, 1, 1, 3)
        self.use_period = QCheckBox(self.tr("Only persons taken in from"), tab)
        self.use_period.setObjectName("usePeriod")
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), 1, 1), tab)
        self.end = QDateEdit(today, tab)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setEnabled(False)
            self.use_period.toggled.connect(edit.setEnabled)
        form.addWidget(self.use_period, 2, 0)
        form.addWidget(self.start, 2, 1)
        form.addWidget(QLabel(self.tr("to"), tab), 2, 2)
        form.addWidget(self.end, 2, 3)
        self.programme = QComboBox(tab)
        self.programme.setObjectName("programme")
        form.addWidget(QLabel(self.tr("Programme"), tab), 3, 0)
        form.addWidget(self.programme, 3, 1, 1, 3)
        self.suppress = QCheckBox(self.tr("Hide counts below"), tab)
        self.suppress.setObjectName("suppress")
        self.suppress.setChecked(True)
        self.threshold = QSpinBox(tab)
        self.threshold.setRange(2, 50)
        self.threshold.setValue(DEFAULT_EXPORT_THRESHOLD)
        self.suppress.toggled.connect(self.threshold.setEnabled)
        hint = QLabel(
            self.tr(
                "and the counts that would reveal them (needed for anything "
                "that leaves the organisation)"
            ),
            tab,
        )
        hint.setWordWrap(True)
        form.addWidget(self.suppress, 4, 0)
        form.addWidget(self.threshold, 4, 1)
        form.addWidget(hint, 4, 2, 1, 2)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        self.build_button = QPushButton(self.tr("Build the report"), tab)
        self.build_button.setObjectName("buildReport")
        self.build_button.clicked.connect(self.build)
        self.csv_button = QPushButton(self.tr("Export CSV…"), tab)
        self.csv_button.clicked.connect(self._ask_csv)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), tab)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.import_button = QPushButton(self.tr("Import cases from a spreadsheet…"), tab)
        self.import_button.setObjectName("importCases")
        self.import_button.clicked.connect(self.open_importer)
        for button in (self.build_button, self.csv_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        outer.addLayout(buttons)
        self.status = QLabel(tab)
        self.status.setObjectName("reportStatus")
        outer.addWidget(self.status)
        self.results = QWidget(tab)
        self.results_layout = QVBoxLayout(self.results)
        self.results_layout.addStretch(1)
        scroll = QScrollArea(tab)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.results)
        outer.addWidget(scroll, 1)
        self._reload_programmes()
        self._set_exports_enabled(False)
        return tab

    def _donor_toggled(self, on: bool) -> None:
        self.field1.setEnabled(not on)
        self.field2.setEnabled(not on)

    def _reload_programmes(self) -> None:
        current = self.programme.currentData()
        self.programme.clear()
        self.programme.addItem(self.tr("All programmes"), "")
        for name in self.service.programmes():
            self.programme.addItem(name, name)
        index = self.programme.findData(current)
        self.programme.setCurrentIndex(max(index, 0))

    def _set_exports_enabled(self, on: bool) -> None:
        self.csv_button.setEnabled(on)
        self.pdf_button.setEnabled(on)

    # -- building the report --------------------------------------------------------------

    def request(self) -> ReportRequest:
        layouts: list[tuple[str, ...]]
        if self.donor_set.isChecked():
            layouts = [(f,) for f in DONOR_SET]
        else:
            first, second = self.field1.currentData(), self.field2.currentData()
            layouts = [(first, second) if second and second != first else (first,)]
        start = end = None
        if self.use_period.isChecked():
            start = self.start.date().toPython()
            end = self.end.date().toPython()
        assert start is None or isinstance(start, dt.date)
        assert end is None or isinstance(end, dt.date)
        flt = ReportFilter(start, end, str(self.programme.currentData() or ""))
        threshold = self.threshold.value() if self.suppress.isChecked() else 0
        return ReportRequest(layouts, flt, threshold)

    def build(self) -> None:
        if self.task is not None and self.task.running:
            return
        request = self.request()
        self.build_button.setEnabled(False)
        self.status.setText(self.tr("Counting…"))

        def work(progress: TaskProgress) -> Report:
            del progress
            return self.service.build(request.layouts, request.filter, request.threshold)

        self.task = run_for(self, work, self._show, self._failed)

    def _show(self, report: Report) -> None:
        self.build_button.setEnabled(True)
        self.report = report
        while self.results_layout.count() > 1:
            item = self.results_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for i, table in enumerate(report.tables):
            self.results_layout.insertWidget(i, TableView(table, self.results))
        self.status.setText(self.tr("{n} persons counted.").format(n=report.cases))
        self._set_exports_enabled(True)

    def _failed(self, error: BaseException) -> None:
        self.build_button.setEnabled(True)
        message = (
            error_text(error)
            if isinstance(error, KnownError)
            else self.tr("The report could not be made.")
        )
        self.status.setText(message)

    # -- exports --------------------------------------------------------------------------

    def confirm_unsuppressed(self) -> bool:
        """Exports leave the organisation: without suppression, ask first."""
        if self.report is None or self.report.threshold:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Export without hiding small counts?"),
            self.tr(
                "This report shows every count, even of one or two persons. Files sent "
                "outside the organisation must hide small counts. Export anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _default_name(self, suffix: str) -> str:
        assert self.report is not None
        if len(self.report.tables) > 1:
            return f"report-donor-tables.{suffix}"
        return f"report-{'-by-'.join(self.report.tables[0].fields)}.{suffix}"

    def _ask_csv(self) -> None:
        if self.report is None or not self.confirm_unsuppressed():
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), self._default_name("csv"), self.tr("CSV (*.csv)")
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> Task | None:
        """One file per table: ``FIELD[,FIELD2],count,percent`` (donor set: name-field.csv),
        written by the report service in a worker (atomic files, audited)."""
        if self.report is None:
            return None
        report, service = self.report, self.service
        self.status.setText(self.tr("Writing the CSV…"))

        def work(progress: TaskProgress) -> list[Path]:
            del progress
            return service.export_csv(report, path)

        def done(written: list[Path]) -> None:
            self.written = written
            self.status.setText(self.tr("Saved {n} CSV file(s).").format(n=len(written)))

        self.task = run_for(self, work, done, self._failed)
        return self.task

    def _ask_pdf(self) -> None:
        if self.report is None or not self.confirm_unsuppressed():
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), self._default_name("pdf"), self.tr("PDF (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> Task | None:
        if self.report is None:
            return None
        report = self.report
        self.status.setText(self.tr("Writing the PDF…"))

        def work(progress: TaskProgress) -> int:
            del progress
            from rrr_desktop.printing.report_pdf import write_report_pdf

            return write_report_pdf(report, path)

        def done(pages: int) -> None:
            self.status.setText(self.tr("Saved the PDF ({n} pages).").format(n=pages))

        self.task = run_for(self, work, done, self._failed)
        return self.task

    # -- import ---------------------------------------------------------------------------

    def open_importer(self) -> None:
        from rrr_desktop.ui.importer.wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _n: self._reload_programmes())
        wizard.open()
