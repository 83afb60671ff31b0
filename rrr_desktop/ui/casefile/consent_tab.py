"""Consent: the state per purpose, its history, and recording or withdrawing consent.

Each recorded statement is a new event (history is never rewritten); the latest event of
a purpose is the one in force. Saving goes through ``CaseService.record_consent``.
"""

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.consent import ConsentEvent, current_consent
from rrr_desktop.domain.enums import ConsentMethod, ConsentPurpose, ConsentState, LegalBasis
from rrr_desktop.errors import KnownError
from rrr_desktop.services.cases import CaseService
from rrr_desktop.ui.casefile.forms import EnumCombo, field_errors
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_format, date_text
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.labels import label

_RECORDABLE = [ConsentState.GIVEN, ConsentState.DECLINED, ConsentState.WITHDRAWN]


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class ConsentTab(QWidget):
    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.case: CaseFile | None = None
        self.purposes = QTableWidget(len(ConsentPurpose), 4, self)
        self.purposes.setObjectName("consentPurposes")
        self.purposes.setHorizontalHeaderLabels(
            [self.tr("Purpose"), self.tr("State"), self.tr("Since"), self.tr("Scope")]
        )
        self.purposes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.purposes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.purposes.verticalHeader().hide()
        for column, width in enumerate((250, 85, 90)):
            self.purposes.setColumnWidth(column, width)
        self.purposes.horizontalHeader().setStretchLastSection(True)
        self.purposes.currentCellChanged.connect(lambda row, *_: self._show_history(row))
        self.history = QTableWidget(0, 6, self)
        self.history.setObjectName("consentHistory")
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("State"),
                self.tr("How"),
                self.tr("Basis"),
                self.tr("Recorded by"),
                self.tr("Note"),
            ]
        )
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((90, 80, 120, 95, 90)):
            self.history.setColumnWidth(column, width)

        box = QGroupBox(self.tr("Record what the person said"), self)
        self.purpose = EnumCombo(ConsentPurpose, box)
        self.state = EnumCombo(ConsentState, box)
        for index in reversed(range(self.state.count())):
            if self.state.itemData(index) not in [s.value for s in _RECORDABLE]:
                self.state.removeItem(index)
        self.on = QDateEdit(box)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(date_format())
        self.method = EnumCombo(ConsentMethod, box)
        self.basis = EnumCombo(LegalBasis, box)
        self.language = QLineEdit(box)
        self.language.setPlaceholderText(self.tr("language it was explained in, e.g. km"))
        self.witness = QLineEdit(box)
        self.scope = QLineEdit(box)
        self.scope.setPlaceholderText(self.tr("e.g. the named receiving organisation"))
        self.note = QLineEdit(box)
        self.record_button = QPushButton(self.tr("&Record consent"), box)
        self.record_button.clicked.connect(self.record)
        self.withdraw_button = QPushButton(self.tr("&Withdraw selected purpose"), box)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.message = QLabel(box)
        self.message.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Answer"), self.state)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("How"), self.method)
        form.addRow(self.tr("Legal basis"), self.basis)
        form.addRow(self.tr("Explained in"), self.language)
        form.addRow(self.tr("Witness"), self.witness)
        form.addRow(self.tr("Scope"), self.scope)
        form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        form.addRow(buttons)
        form.addRow(self.message)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Consent in force, per purpose"), left))
        left_layout.addWidget(self.purposes, 3)
        left_layout.addWidget(QLabel(self.tr("History of the selected purpose"), left))
        left_layout.addWidget(self.history, 2)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def load(self, case: CaseFile) -> None:
        self.case = case
        today = self.ctx.session.clock.today()
        self.on.setDate(QDate(today.year, today.month, today.day))
        for row, purpose in enumerate(ConsentPurpose):
            event = current_consent(case.consents, purpose)
            state = event.state if event else ConsentState.NOT_ASKED
            self.purposes.setItem(row, 0, _item(label(purpose)))
            self.purposes.setItem(row, 1, _item(label(state)))
            self.purposes.setItem(row, 2, _item(date_text(event.on) if event else ""))
            self.purposes.setItem(row, 3, _item(event.scope if event else ""))
        self._show_history(max(self.purposes.currentRow(), 0))

    def _show_history(self, row: int) -> None:
        if self.case is None or row < 0:
            return
        purpose = list(ConsentPurpose)[row]
        self.purpose.set_value(purpose)
        events = sorted(
            (e for e in self.case.consents if e.purpose == purpose),
            key=lambda e: (e.on, e.recorded_at),
            reverse=True,
        )
        self.history.setRowCount(len(events))
        for index, e in enumerate(events):
            values = [
                date_text(e.on),
                label(e.state),
                label(e.method),
                label(e.basis),
                e.recorded_by,
                e.note,
            ]
            for column, text in enumerate(values):
                self.history.setItem(index, column, _item(text))

    def withdraw_selected(self) -> None:
        self.state.set_value(ConsentState.WITHDRAWN)
        self.record()

    def record(self) -> None:
        try:
            event = ConsentEvent(
                purpose=ConsentPurpose(self.purpose.value()),
                state=ConsentState(self.state.value()),
                on=self.on.date().toPython(),
                method=ConsentMethod(self.method.value()),
                basis=LegalBasis(self.basis.value()),
                language=self.language.text().strip(),
                witness=self.witness.text().strip(),
                scope=self.scope.text().strip(),
                note=self.note.text().strip(),
            )
            CaseService(self.ctx.session).record_consent(self.reference, event)
        except ValidationError as exc:
            self.message.setText(" ".join(field_errors(exc).values()))
            return
        except KnownError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(
            self.tr("Recorded: {purpose} — {state}.").format(
                purpose=label(event.purpose), state=label(event.state)
            )
        )
        self.note.clear()
        self.ctx.caseChanged.emit(self.reference)
