"""Shelter and care: admission, services received, referrals, medical care.

Medical testing is only ever voluntary: each medical entry records whether it was a
voluntary test and whether the person consented.
"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.ui.casefile.forms import FORM_MAX_WIDTH, FormSection, LinesEdit, OptionalDate
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.layout import set_scrolling_body

_CHECK_COLUMNS = (2, 3)


class ShelterTab(FormSection):
    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.shelter_name = QLineEdit(self)
        self.admitted = OptionalDate(self)
        self.left = OptionalDate(self)
        self.services = LinesEdit(self)
        self.referrals = LinesEdit(self)
        self.security = QLineEdit(self)
        self.add(("shelter", "shelter_name"), self.tr("&Shelter"), self.shelter_name)
        self.add(("shelter", "admitted_on"), self.tr("&Admitted on"), self.admitted)
        self.add(("shelter", "left_on"), self.tr("&Left on"), self.left)
        self.add(
            ("shelter", "services_received"),
            self.tr("Services &received (one per line)"),
            self.services,
        )
        self.add(("shelter", "referrals"), self.tr("Re&ferrals (one per line)"), self.referrals)
        self.add(("shelter", "security_measures"), self.tr("Security &measures"), self.security)

        self.medical = QTableWidget(0, 5, self)
        self.medical.setObjectName("medical")
        self.medical.setHorizontalHeaderLabels(
            [
                self.tr("Date (YYYY-MM-DD)"),
                self.tr("Service"),
                self.tr("Voluntary test"),
                self.tr("Consented"),
                self.tr("Note"),
            ]
        )
        self.medical.horizontalHeader().setStretchLastSection(True)
        self.medical.setColumnWidth(0, 130)
        self.medical.setColumnWidth(1, 200)
        self.medical.itemChanged.connect(self._changed)
        self._medical_ids: list[str] = []
        self.medical_error = QLabel(self)
        self.medical_error.setStyleSheet("color: #a4262c;")
        self.medical_error.hide()
        add = QPushButton(self.tr("Add medical entry"), self)
        add.clicked.connect(self._add_medical)
        remove = QPushButton(self.tr("Remove medical entry"), self)
        remove.clicked.connect(self._remove_medical)

        body = QWidget(self)
        body.setMaximumWidth(FORM_MAX_WIDTH)
        column = QVBoxLayout(body)
        column.addLayout(self.form)
        column.addWidget(QLabel(self.tr("Medical care (testing only ever voluntary)"), body))
        column.addWidget(self.medical)
        column.addWidget(self.medical_error)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        set_scrolling_body(self, body)

    def load(self, case: CaseFile) -> None:
        self._loading = True
        try:
            s = case.shelter
            self.shelter_name.setText(s.shelter_name)
            self.admitted.set_value(s.admitted_on)
            self.left.set_value(s.left_on)
            self.services.set_value(s.services_received)
            self.referrals.set_value(s.referrals)
            self.security.setText(s.security_measures)
            self.medical.setRowCount(0)
            self._medical_ids = []
            for m in s.medical:
                self._append(
                    m.on.isoformat(), m.service, m.voluntary_testing, m.consented, m.note, m.id
                )
        finally:
            self._loading = False

    def apply(self, data: dict[str, Any]) -> None:
        medical = []
        for row in range(self.medical.rowCount()):
            service = self._cell(row, 1)
            if not service:
                continue
            entry: dict[str, Any] = {
                "on": self._cell(row, 0) or self.ctx.session.clock.today().isoformat(),
                "service": service,
                "voluntary_testing": self._checked(row, 2),
                "consented": self._checked(row, 3),
                "note": self._cell(row, 4),
            }
            if row < len(self._medical_ids) and self._medical_ids[row]:
                entry["id"] = self._medical_ids[row]
            medical.append(entry)
        data["shelter"].update(
            shelter_name=self.shelter_name.text().strip(),
            admitted_on=self.admitted.value(),
            left_on=self.left.value(),
            services_received=self.services.value(),
            referrals=self.referrals.value(),
            security_measures=self.security.text().strip(),
            medical=medical,
        )

    def show_errors(self, errors: dict[tuple[str, ...], str]) -> int:
        shown = super().show_errors(errors)
        medical = [msg for loc, msg in errors.items() if loc[:2] == ("shelter", "medical")]
        self.medical_error.setText(
            self.tr("Medical entry: {message}").format(message=medical[0]) if medical else ""
        )
        self.medical_error.setVisible(bool(medical))
        return shown + bool(medical)

    def _cell(self, row: int, column: int) -> str:
        item = self.medical.item(row, column)
        return item.text().strip() if item else ""

    def _checked(self, row: int, column: int) -> bool:
        item = self.medical.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _append(
        self, on: str, service: str, voluntary: bool, consented: bool, note: str, ident: str
    ) -> None:
        row = self.medical.rowCount()
        self.medical.insertRow(row)
        self.medical.setItem(row, 0, QTableWidgetItem(on))
        self.medical.setItem(row, 1, QTableWidgetItem(service))
        for column, state in zip(_CHECK_COLUMNS, (voluntary, consented), strict=True):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
            self.medical.setItem(row, column, item)
        self.medical.setItem(row, 4, QTableWidgetItem(note))
        self._medical_ids.append(ident)

    def _add_medical(self) -> None:
        self._append(self.ctx.session.clock.today().isoformat(), "", False, True, "", "")
        item = self.medical.item(self.medical.rowCount() - 1, 1)
        if item is not None:
            self.medical.editItem(item)
        self._changed()

    def _remove_medical(self) -> None:
        row = self.medical.currentRow()
        if row >= 0:
            self.medical.removeRow(row)
            del self._medical_ids[row]
            self._changed()
