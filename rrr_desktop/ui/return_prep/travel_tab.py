"""The travel tab: itinerary legs with UNODC Tool 7.8's warnings inline, who meets the person,
transit assistance and the travel grant (in kind preferred to cash)."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.enums import GrantKind
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.return_prep import TravelDocument, TravelLeg
from rrr_desktop.domain.travel_rules import ERROR, TravelIssue, sorted_legs
from rrr_desktop.services.return_prep import ReturnPrepService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.pickers import CountryPicker
from rrr_desktop.ui.return_prep.common import (
    OVERDUE_COLOUR,
    WARNING_COLOUR,
    call_service,
    issue_text,
    rp_tr,
)
from rrr_desktop.ui.return_prep.documents_box import DocumentsBox
from rrr_desktop.ui.return_prep.leg_dialog import MODES, LegDialog

GRANTS: dict[GrantKind, str] = {
    GrantKind.NONE: QT_TRANSLATE_NOOP("returnprep", "No travel grant"),
    GrantKind.IN_KIND: QT_TRANSLATE_NOOP("returnprep", "In kind (meals, booked accommodation)"),
    GrantKind.CASH: QT_TRANSLATE_NOOP("returnprep", "Cash"),
}


class TravelTab(QWidget):
    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.service = ReturnPrepService(ctx.session)
        self.issues: list[TravelIssue] = []
        self.legs: list[TravelLeg] = []
        layout = QVBoxLayout(self)

        legs_box = QGroupBox(self.tr("Itinerary (local times)"))
        legs_layout = QVBoxLayout(legs_box)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("legs")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Mode"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Departs"),
                self.tr("Arrives"),
                self.tr("Carrier"),
                self.tr("Escort"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(self.edit_leg)
        legs_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add leg"), self.add_leg),
            (self.tr("Edit leg"), self.edit_leg),
            (self.tr("Remove leg"), self.remove_leg),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        legs_layout.addLayout(buttons)
        self.warnings = QLabel()
        self.warnings.setObjectName("travel_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        legs_layout.addWidget(self.warnings)
        layout.addWidget(legs_box, 1)
        layout.addWidget(self._details_box())
        self.documents = DocumentsBox(self.save_document, self.remove_document)
        layout.addWidget(self.documents)

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Arrival and travel grant"))
        form = QFormLayout(box)
        self.country = CountryPicker()
        self.met_by = QLineEdit()
        self.transit = QLineEdit()
        self.grant = QComboBox()
        for kind, text in GRANTS.items():
            self.grant.addItem(rp_tr(text), kind.value)
        self.grant_details = QLineEdit()
        form.addRow(self.tr("Destination country"), self.country)
        form.addRow(self.tr("Met on arrival by"), self.met_by)
        form.addRow(self.tr("Transit assistance"), self.transit)
        form.addRow(self.tr("Travel grant"), self.grant)
        form.addRow(self.tr("Grant details"), self.grant_details)
        save = QPushButton(self.tr("Save arrival and grant"))
        save.clicked.connect(self.save_details)
        form.addRow(save)
        return box

    # -- showing -------------------------------------------------------------------------

    def load(self, case: CaseFile) -> None:
        self.case = case
        self.legs = sorted_legs(case.itinerary.legs)
        self.issues = self.service.travel_issues(case)
        flagged = {i.leg_id: i.severity for i in self.issues if i.leg_id}
        self.table.setRowCount(len(self.legs))
        for row, leg in enumerate(self.legs):
            cells = [
                rp_tr(MODES[leg.mode]),
                leg.origin,
                leg.destination,
                leg.departs_at.isoformat(sep=" ", timespec="minutes"),
                leg.arrives_at.isoformat(sep=" ", timespec="minutes"),
                leg.carrier,
                leg.escort,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if leg.id in flagged:
                    colour = OVERDUE_COLOUR if flagged[leg.id] == ERROR else WARNING_COLOUR
                    item.setBackground(QColor(colour))
                self.table.setItem(row, col, item)
        self.warnings.setStyleSheet(
            f"background: {WARNING_COLOUR}; padding: 4px;" if self.issues else ""
        )
        if self.issues:
            self.warnings.setText(
                "\n".join(
                    ("⛔ " if i.severity == ERROR else "⚠ ") + issue_text(i) for i in self.issues
                )
            )
        elif self.legs:
            self.warnings.setText(self.tr("No travel warnings."))
        else:
            self.warnings.setText(self.tr("No legs yet: add the first one."))
        itinerary = case.itinerary
        self.country.setText(itinerary.destination_country or case.intake.origin_country)
        self.met_by.setText(itinerary.met_on_arrival_by)
        self.transit.setText(itinerary.transit_assistance)
        self.grant.setCurrentIndex(self.grant.findData(itinerary.grant_kind.value))
        self.grant_details.setText(itinerary.grant_details)
        self.documents.load(case)

    def issue_codes(self) -> list[str]:
        return [i.code for i in self.issues]

    # -- saving --------------------------------------------------------------------------

    def _saved(self, case: CaseFile | None) -> None:
        if case is not None:
            self.load(case)
            self.ctx.caseChanged.emit(self.reference)

    def _selected_leg(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_leg(self) -> None:
        start = (
            self.legs[-1].arrives_at.replace(tzinfo=None) + dt.timedelta(hours=2)
            if self.legs
            else dt.datetime.combine(self.service.today() + dt.timedelta(days=7), dt.time(8, 0))
        )
        self._run_dialog(LegDialog(None, start, self))

    def edit_leg(self) -> None:
        row = self._selected_leg()
        if row >= 0:
            self._run_dialog(LegDialog(self.legs[row], self.legs[row].departs_at, self))

    def _run_dialog(self, dialog: LegDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            leg = dialog.leg()
            self._saved(call_service(self, lambda: self.service.save_leg(self.reference, leg)))

    def remove_leg(self) -> None:
        row = self._selected_leg()
        if row >= 0:
            leg_id = self.legs[row].id
            self._saved(call_service(self, lambda: self.service.remove_leg(self.reference, leg_id)))

    def save_details(self) -> None:
        details = {
            "destination_country": self.country.text(),
            "met_on_arrival_by": self.met_by.text(),
            "transit_assistance": self.transit.text(),
            "grant_kind": str(self.grant.currentData()),
            "grant_details": self.grant_details.text(),
        }
        self._saved(
            call_service(self, lambda: self.service.set_travel_details(self.reference, **details))
        )

    def save_document(self, document: TravelDocument) -> None:
        self._saved(
            call_service(self, lambda: self.service.save_document(self.reference, document))
        )

    def remove_document(self, document_id: str) -> None:
        self._saved(
            call_service(self, lambda: self.service.remove_document(self.reference, document_id))
        )
