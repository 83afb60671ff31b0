"""Operational lists on the Reports page: caseload by caseworker, follow-ups due, median
days per stage, returns this month. References and user names only, never a person's name."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.next_action import ACTION_TEXT
from rrr_desktop.errors import KnownError
from rrr_desktop.reports.fields import value_label
from rrr_desktop.reports.report import ReportFilter
from rrr_desktop.services.reports import ReportService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.tasks import TaskProgress, run_for

Rows = tuple[list[str], list[list[str]]]


def _stage(code: str) -> str:
    return QCoreApplication.translate("report", value_label("stage", code))


class ListsView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operationalLists")
        self.service = ReportService(ctx.session)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.which = QComboBox(self)
        self.which.setObjectName("listKind")
        self.which.addItem(self.tr("Caseload by caseworker"), "caseload")
        self.which.addItem(self.tr("Follow-ups due in the next 14 days"), "followups")
        self.which.addItem(self.tr("Time spent per stage (median days)"), "stage_times")
        self.which.addItem(self.tr("Returns this month"), "returns")
        show = QPushButton(self.tr("Show"), self)
        show.setObjectName("showList")
        show.clicked.connect(self.refresh)
        top.addWidget(self.which, 1)
        top.addWidget(show)
        layout.addLayout(top)
        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("listTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        layout.addWidget(self.status)

    def _rows(self, kind: str) -> Rows:
        if kind == "caseload":
            load = self.service.caseload()
            return (
                [
                    self.tr("Caseworker"),
                    self.tr("Open cases"),
                    self.tr("Overdue"),
                    self.tr("By stage"),
                ],
                [
                    [
                        c.caseworker,
                        str(c.open_cases),
                        str(c.overdue),
                        ", ".join(f"{_stage(s)}: {n}" for s, n in c.by_stage.items()),
                    ]
                    for c in load
                ],
            )
        if kind == "followups":
            due = self.service.followups(14)
            return (
                [
                    self.tr("Reference"),
                    self.tr("Caseworker"),
                    self.tr("Next action"),
                    self.tr("Due"),
                ],
                [
                    [
                        f.reference,
                        f.caseworker,
                        QCoreApplication.translate("next", ACTION_TEXT.get(f.next_action, "")),
                        f.next_due.isoformat() if f.next_due else "",
                    ]
                    for f in due
                ],
            )
        if kind == "stage_times":
            times = self.service.stage_times()
            return (
                [self.tr("Stage"), self.tr("Completed stays"), self.tr("Median days")],
                [[_stage(t.stage), str(t.stays), f"{t.median_days:.1f}"] for t in times],
            )
        back = self.service.returns(ReportFilter())
        return (
            [
                self.tr("Reference"),
                self.tr("Left on"),
                self.tr("Country of origin"),
                self.tr("Programme"),
            ],
            [[r.reference, r.on.isoformat(), r.origin_country, r.programme] for r in back],
        )

    def refresh(self) -> None:
        kind = str(self.which.currentData())

        def work(progress: TaskProgress) -> Rows:
            del progress
            return self._rows(kind)

        run_for(self, work, self._show, self._failed)

    def _show(self, result: Rows) -> None:
        headers, rows = result
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for r, line in enumerate(rows):
            for c, text in enumerate(line):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.status.setText(self.tr("Rows: {n}").format(n=len(rows)))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(
            error_text(error)
            if isinstance(error, KnownError)
            else self.tr("The list could not be made.")
        )
