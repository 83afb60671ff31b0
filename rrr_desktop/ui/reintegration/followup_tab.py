"""The follow-up tab: visit schedule, recording a visit, score trends, closing the case.

Overdue visits are marked with an icon and the word "Overdue" (never by colour alone);
recording a visit updates the case's next action, which the Today page reads.
"""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain import followup
from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.enums import ClosureReason, Stage, VulnerabilityDomain
from rrr_desktop.errors import KnownError
from rrr_desktop.services.reintegration import ReintegrationService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_text
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.layout import set_scrolling_body
from rrr_desktop.ui.reintegration.texts import (
    closure_text,
    confirm_closing,
    domain_short,
    domain_text,
    present_error,
    sign_text,
)
from rrr_desktop.ui.reintegration.trend_chart import TrendChart
from rrr_desktop.ui.reintegration.widgets import date_edit, enum_data, heading, pydate, qdate

WARNING = "⚠"


class FollowUpTab(QWidget):
    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followupTab")
        self.ctx = ctx
        self.reference = reference
        self.service = ReintegrationService(ctx.session)
        self.case: CaseFile | None = None
        today = self.service.today()

        self.summary = QLabel(self)
        self.summary.setObjectName("followupSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("visitTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Scheduled"),
                self.tr("Made on"),
                self.tr("State"),
                self.tr("Scores"),
                self.tr("Warning signs"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(260)

        self.return_date = date_edit(today, self)
        self.schedule_button = QPushButton(self.tr("Schedule visits from this return date"), self)
        self.schedule_button.clicked.connect(self._schedule)
        self.other_date = date_edit(today, self)
        add = QPushButton(self.tr("Add a visit on this date"), self)
        add.clicked.connect(self._add_visit)
        move = QPushButton(self.tr("Move the selected visit here"), self)
        move.clicked.connect(self._move_visit)
        remove = QPushButton(self.tr("Remove the selected visit"), self)
        remove.clicked.connect(self._remove_visit)
        controls = QGridLayout()
        controls.addWidget(QLabel(self.tr("Day of return:"), self), 0, 0)
        controls.addWidget(self.return_date, 0, 1)
        controls.addWidget(self.schedule_button, 0, 2, 1, 2)
        controls.addWidget(QLabel(self.tr("Other date:"), self), 1, 0)
        controls.addWidget(self.other_date, 1, 1)
        controls.addWidget(add, 1, 2)
        controls.addWidget(move, 1, 3)
        controls.addWidget(remove, 1, 4)
        schedule_box = QGroupBox(self.tr("Visit schedule"), self)
        box = QVBoxLayout(schedule_box)
        box.addWidget(self.table)
        box.addLayout(controls)

        self.record_box = record_box = self._record_box(today)
        self.schedule_controls = [self.schedule_button, add, move, remove]
        self.chart = TrendChart(self)
        chart_box = QGroupBox(
            self.tr("How the person is doing, per domain (1 = very vulnerable, 5 = resilient)"),
            self,
        )
        QVBoxLayout(chart_box).addWidget(self.chart)
        close_box = self._close_box()

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("Follow-up monitoring"), body))
        layout.addWidget(self.summary)
        layout.addWidget(schedule_box)
        layout.addWidget(record_box)
        layout.addWidget(chart_box)
        layout.addWidget(close_box)
        layout.addStretch(1)
        set_scrolling_body(self, body)

    # -- building ------------------------------------------------------------------------

    def _record_box(self, today: dt.date) -> QGroupBox:
        box = QGroupBox(self.tr("Record a visit"), self)
        form = QFormLayout()
        self.visit_choice = QComboBox(box)
        self.visit_choice.setObjectName("visitChoice")
        self.made_on = date_edit(today, box, latest=today)
        self.made_on.setObjectName("visitMadeOn")
        form.addRow(self.tr("Which visit:"), self.visit_choice)
        form.addRow(self.tr("Made on:"), self.made_on)
        self.scores: dict[VulnerabilityDomain, QSpinBox] = {}
        for domain in VulnerabilityDomain:
            spin = QSpinBox(box)
            spin.setObjectName(f"score_{domain.value}")
            spin.setRange(0, followup.SCORE_MAX)
            spin.setSpecialValueText(self.tr("not scored"))
            spin.setAccessibleName(domain_text(domain))
            spin.setMaximumWidth(160)
            self.scores[domain] = spin
            form.addRow(self.tr("{domain} (1-5):").format(domain=domain_text(domain)), spin)
        self.signs = QListWidget(box)
        self.signs.setObjectName("warningSigns")
        for code in followup.WARNING_SIGNS:
            item = QListWidgetItem(sign_text(code), self.signs)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.signs.setMaximumHeight(150)
        self.other_sign = QLineEdit(box)
        self.other_sign.setPlaceholderText(self.tr("Another sign, in a few words"))
        self.notes = QPlainTextEdit(box)
        self.notes.setObjectName("visitNotes")
        self.notes.setMaximumHeight(80)
        form.addRow(self.tr("Re-trafficking warning signs:"), self.signs)
        form.addRow("", self.other_sign)
        form.addRow(self.tr("Notes:"), self.notes)
        self.record_button = QPushButton(self.tr("Record the visit"), box)
        self.record_button.setObjectName("recordVisit")
        self.record_button.clicked.connect(self._record)
        form.addRow("", self.record_button)
        box.setLayout(form)
        return box

    def _close_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Close the case"), self)
        self.close_reason = QComboBox(box)
        self.close_reason.addItem(self.tr("Choose a reason…"), None)
        for reason in ClosureReason:
            self.close_reason.addItem(closure_text(reason), reason)
        self.close_note = QLineEdit(box)
        self.close_note.setPlaceholderText(self.tr("Note (optional)"))
        self.close_button = QPushButton(self.tr("Close the case"), box)
        self.close_button.clicked.connect(self._close_case)
        self.closed_label = QLabel(box)
        row = QHBoxLayout(box)
        row.addWidget(self.close_reason)
        row.addWidget(self.close_note, 1)
        row.addWidget(self.close_button)
        row.addWidget(self.closed_label)
        return box

    # -- showing -------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.load(self.service.cases.get(self.reference, audit=False))
        except KnownError as exc:
            self.summary.setText(error_text(exc))

    def load(self, case: CaseFile) -> None:
        self.case = case
        today = self.service.today()
        if case.itinerary.legs:  # the schedule counts from the day of arrival at home
            arrival = max(leg.arrives_at for leg in case.itinerary.legs)
            self.return_date.setDate(qdate(arrival.date()))
        # What is still to do comes first (earliest on top), then the history, newest first.
        visits = (
            followup.pending(case.reintegration.visits)
            + followup.done(case.reintegration.visits)[::-1]
        )
        self.table.setRowCount(len(visits))
        for row, visit in enumerate(visits):
            late = followup.is_overdue(visit, today)
            if visit.done_on is not None:
                state = self.tr("✓ Made")
            elif late:
                state = self.tr("{icon} Overdue").format(icon=WARNING)
            else:
                state = self.tr("Planned")
            cells = [
                visit.scheduled_on.isoformat(),
                visit.done_on.isoformat() if visit.done_on else "",
                state,
                "  ".join(f"{domain_short(s.domain)} {s.score}" for s in visit.scores),
                "; ".join(sign_text(s) for s in visit.retrafficking_signs),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setToolTip(
                        ", ".join(f"{domain_text(s.domain)}: {s.score}" for s in visit.scores)
                    )
                item.setData(Qt.ItemDataRole.UserRole, visit.id)
                if late or (column == 4 and text):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._summarise(case)
        self._fill_choice(case)
        self.chart.set_trends(followup.domain_trends(case.reintegration.visits))
        closed = case.stage == Stage.CLOSED
        self.close_button.setEnabled(not closed)
        self.close_reason.setEnabled(not closed)
        self.record_box.setEnabled(not closed)  # a closed case is no longer followed up
        for button in self.schedule_controls:
            button.setEnabled(not closed)
        if closed and case.closure is not None:
            self.closed_label.setText(
                self.tr("Closed on {on}: {reason}; kept until {until}.").format(
                    on=case.closure.on,
                    reason=closure_text(case.closure.reason),
                    until=case.closure.retention_until or "—",
                )
            )
        else:
            self.closed_label.setText("")

    def _summarise(self, case: CaseFile) -> None:
        today = self.service.today()
        late = followup.overdue(case.reintegration.visits, today)
        waiting = followup.pending(case.reintegration.visits)
        if late:
            text = self.tr("{icon} {count} visit(s) overdue, the oldest planned for {day}.").format(
                icon=WARNING, count=len(late), day=date_text(late[0].scheduled_on)
            )
        elif waiting:
            text = self.tr("Next visit: {day}.").format(day=date_text(waiting[0].scheduled_on))
        else:
            text = self.tr("No visit is scheduled.")
        self.summary.setText(text)

    def _fill_choice(self, case: CaseFile) -> None:
        self.visit_choice.clear()
        for visit in followup.pending(case.reintegration.visits):
            self.visit_choice.addItem(
                self.tr("Visit planned for {day}").format(day=date_text(visit.scheduled_on)),
                visit.id,
            )
        self.visit_choice.addItem(self.tr("An unscheduled visit"), "")

    def _selected_visit(self) -> str:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    # -- acting --------------------------------------------------------------------------

    def _apply(self, action: Callable[[], CaseFile]) -> bool:
        """Run a service call; show a refusal in one sentence; reload and announce."""
        try:
            case = action()
        except KnownError as exc:
            present_error(self, exc)
            return False
        self.load(case)
        self.ctx.caseChanged.emit(self.reference)
        return True

    def _schedule(self) -> None:
        if self.case and followup.pending(self.case.reintegration.visits):
            answer = QMessageBox.question(
                self,
                self.tr("Replace the schedule?"),
                self.tr("The visits not yet made will be replaced by a new schedule. Continue?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        start = pydate(self.return_date.date())
        self._apply(lambda: self.service.schedule_visits(self.reference, start))

    def _add_visit(self) -> None:
        on = pydate(self.other_date.date())
        self._apply(lambda: self.service.add_visit(self.reference, on))

    def _move_visit(self) -> None:
        visit_id, on = self._selected_visit(), pydate(self.other_date.date())
        if visit_id:
            self._apply(lambda: self.service.reschedule_visit(self.reference, visit_id, on))

    def _remove_visit(self) -> None:
        visit_id = self._selected_visit()
        if visit_id:
            self._apply(lambda: self.service.remove_visit(self.reference, visit_id))

    def _record(self) -> None:
        scores = {d: s.value() for d, s in self.scores.items() if s.value() > 0}
        signs = [
            str(self.signs.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.signs.count())
            if self.signs.item(i).checkState() == Qt.CheckState.Checked
        ]
        if self.other_sign.text().strip():
            signs.append(self.other_sign.text())
        if not scores and not signs and not self.notes.toPlainText().strip():
            QMessageBox.information(
                self,
                self.tr("Nothing to record"),
                self.tr("Score at least one domain, tick a sign or write a note."),
            )
            return
        on = pydate(self.made_on.date())
        visit_id = str(self.visit_choice.currentData() or "")
        notes = self.notes.toPlainText()
        if self._apply(
            lambda: self.service.record_visit(
                self.reference,
                on,
                scores,
                signs,
                notes,
                visit_id=visit_id or None,
                unscheduled=not visit_id,
            )
        ):
            for spin in self.scores.values():
                spin.setValue(0)
            for i in range(self.signs.count()):
                self.signs.item(i).setCheckState(Qt.CheckState.Unchecked)
            self.other_sign.clear()
            self.notes.clear()
            self.ctx.statusMessage.emit(self.tr("Visit recorded."))

    def _close_case(self) -> None:
        reason = enum_data(self.close_reason, ClosureReason)
        if reason is None:
            QMessageBox.information(
                self, self.tr("A reason is needed"), self.tr("Choose why the case is closed.")
            )
            return
        if not confirm_closing(self, reason):
            return
        note = self.close_note.text()
        self._apply(lambda: self.service.close_case(self.reference, reason, note))
