"""Retention (supervisors): closed cases past their retention date, each to anonymise
(kept for statistics, nothing personal) or delete. Listed by reference only; the review
runs in a worker (it reads every closed case)."""

from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.errors import KnownError
from rrr_desktop.services import retention
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_text
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.layout import about_label, record_table, status_label
from rrr_desktop.ui.reintegration.texts import closure_text
from rrr_desktop.ui.tasks import TaskProgress, run_for


class RetentionBox(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionBox")
        self.ctx = ctx
        self.due: list[CaseFile] = []
        self.table = record_table(
            self,
            "retentionDue",
            [
                self.tr("Reference"),
                self.tr("Closed on"),
                self.tr("Why closed"),
                self.tr("Kept until"),
            ],
        )
        self.review_button = QPushButton(self.tr("&Review now"), self)
        self.review_button.clicked.connect(self.review)
        self.anonymise_button = QPushButton(self.tr("A&nonymise…"), self)
        self.anonymise_button.clicked.connect(lambda: self.act("anonymise"))
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.clicked.connect(lambda: self.act("delete"))
        self.status = status_label(self, "retentionStatus")
        about = about_label(
            self,
            self.tr(
                "Closed cases are kept for their retention period, then anonymised (the "
                "counts stay for reports, nothing that names or locates the person) or "
                "deleted. Both are final on every laptop of the organisation."
            ),
        )
        row = QHBoxLayout()
        row.addWidget(self.review_button)
        row.addWidget(self.anonymise_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._show([])

    def review(self) -> None:
        session = self.ctx.session

        def work(_progress: TaskProgress) -> list[CaseFile]:
            return retention.cases_due(session)

        self.review_button.setEnabled(False)
        self.status.setText(self.tr("Looking for closed cases past their retention date…"))
        run_for(self, work, self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.review_button.setEnabled(True)
        self.status.setText(
            error_text(exc)
            if isinstance(exc, KnownError)
            else self.tr("That did not work ({kind}).").format(kind=type(exc).__name__)
        )

    def _show(self, due: list[CaseFile]) -> None:
        self.review_button.setEnabled(True)
        self.due = due
        self.table.setRowCount(len(due))
        for row, case in enumerate(due):
            closure = case.closure
            values = (
                case.reference,
                date_text(closure.on) if closure else "",
                closure_text(closure.reason) if closure else "",
                date_text(closure.retention_until) if closure and closure.retention_until else "",
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.status.setText(
            self.tr("%n closed case(s) past their retention date.", "", len(due))
            if due
            else self.tr('No case is due. "Review now" looks again.')
        )
        self.anonymise_button.setEnabled(bool(due))
        self.delete_button.setEnabled(bool(due))

    def act(self, what: str, confirm: bool = True) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.status.setText(self.tr("Choose a case in the list first."))
            return
        case = self.due[rows[0].row()]
        if confirm:
            question = (
                self.tr(
                    "Anonymise {reference}? Names, contacts, notes, files and the story "
                    "are removed for good; the counts stay."
                )
                if what == "anonymise"
                else self.tr("Delete {reference}? Nothing of it stays, on any laptop.")
            ).format(reference=case.reference)
            answer = QMessageBox.question(self, self.tr("Retention"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            if what == "anonymise":
                retention.anonymise_case(self.ctx.session, case.reference)
            else:
                retention.delete_case(self.ctx.session, case.reference)
        except KnownError as exc:
            self.status.setText(error_text(exc))
            return
        self._show([c for c in self.due if c.id != case.id])
        self.status.setText(
            (
                self.tr("{reference} was anonymised.")
                if what == "anonymise"
                else self.tr("{reference} was deleted.")
            ).format(reference=case.reference)
        )
