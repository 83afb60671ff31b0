"""The six messages between the referring and receiving organisations, as a sequence
(UNODC Tool 7.8), with sent and received dates; the next one is bold, overdue ones are red."""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.messages import (
    DEFAULT_ANSWER_DAYS,
    MISSING,
    RECEIVED,
    REFERRING,
    MessageStep,
    next_step,
    overdue_steps,
)
from rrr_desktop.services.return_prep import ReturnPrepService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_format, date_text
from rrr_desktop.ui.return_prep.common import OVERDUE_COLOUR, call_service


def _date(value: dt.date | None) -> str:
    return date_text(value)


class MessagesTab(QWidget):
    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.service = ReturnPrepService(ctx.session)
        self.steps: list[MessageStep] = []
        self.case: CaseFile | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("messages_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("messages")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Message"),
                self.tr("From"),
                self.tr("Sent"),
                self.tr("Received"),
                self.tr("Due"),
                self.tr("Status"),
            ]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        date_label = QLabel(self.tr("Date:"))
        row.addWidget(date_label)
        self.on = QDateEdit()
        date_label.setBuddy(self.on)  # also its name for a screen reader
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(date_format())
        row.addWidget(self.on)
        sent = QPushButton(self.tr("Mark selected as sent"))
        sent.clicked.connect(lambda: self.mark(sent=True))
        received = QPushButton(self.tr("Mark selected as received"))
        received.clicked.connect(lambda: self.mark(sent=False))
        row.addWidget(sent)
        row.addWidget(received)
        row.addStretch(1)
        days_label = QLabel(self.tr("Answer expected within (days):"))
        row.addWidget(days_label)
        self.answer_days = QSpinBox()
        days_label.setBuddy(self.answer_days)
        self.answer_days.setRange(1, 90)
        self.answer_days.setValue(DEFAULT_ANSWER_DAYS)
        self.answer_days.valueChanged.connect(self._reload)
        row.addWidget(self.answer_days)
        layout.addLayout(row)

    def load(self, case: CaseFile) -> None:
        self.case = case
        today = self.service.today()
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.on.setDate(QDate(today.year, today.month, today.day))
        self.steps = self.service.message_steps(case, self.answer_days.value())
        self.table.setRowCount(len(self.steps))
        for row, step in enumerate(self.steps):
            sender = (
                self.tr("Referring organisation")
                if step.sender == REFERRING
                else self.tr("Receiving organisation")
            )
            cells = [
                f"{step.position}. {QCoreApplication.translate('messages', step.title)}",
                sender,
                _date(step.sent_on),
                _date(step.received_on),
                _date(step.due_on),
                self._status(step),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if step.overdue:
                    item.setBackground(QColor(OVERDUE_COLOUR))
                if step.is_next:
                    font = QFont()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        following, late = next_step(self.steps), overdue_steps(self.steps)
        parts = []
        if following is not None:
            parts.append(
                self.tr("Next: {title}.").format(
                    title=QCoreApplication.translate("messages", following.title)
                )
            )
        else:
            parts.append(self.tr("All six messages are recorded."))
        if late:
            parts.append(
                self.tr("Overdue: {titles}.").format(
                    titles=", ".join(QCoreApplication.translate("messages", s.title) for s in late)
                )
            )
        self.summary.setText(" ".join(parts))
        self.summary.setStyleSheet(f"background: {OVERDUE_COLOUR}; padding: 4px;" if late else "")

    def _reload(self) -> None:
        if self.case is not None:
            self.load(self.case)

    def _status(self, step: MessageStep) -> str:
        if step.overdue:
            return self.tr("Overdue")
        if step.status == MISSING:
            return self.tr("Next") if step.is_next else self.tr("Not yet")
        # the status word, apart from the columns' headers (dates): a language may need
        # other words for each ("Received" read "date received" in two languages)
        if step.status == RECEIVED:
            return self.tr("Received", "status of a message")
        return self.tr("Sent", "status of a message")

    def overdue_rows(self) -> list[int]:
        return [i for i, s in enumerate(self.steps) if s.overdue]

    def mark(self, sent: bool) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        kind = self.steps[rows[0].row()].kind
        on: dt.date = self.on.date().toPython()  # type: ignore[assignment]
        if sent:
            case = call_service(
                self, lambda: self.service.record_message(self.reference, kind, sent_on=on)
            )
        else:
            case = call_service(
                self, lambda: self.service.record_message(self.reference, kind, received_on=on)
            )
        if case is not None:
            self.load(case)
            self.ctx.caseChanged.emit(self.reference)
