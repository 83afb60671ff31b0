"""Intake section: how the person was referred and identified, and the exploitation."""

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.enums import (
    AsylumStatus,
    ExploitationSector,
    IdentificationType,
    ReferralSource,
)
from rrr_desktop.ui.casefile.forms import FORM_MAX_WIDTH, EnumCombo, FormSection, OptionalDate
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.layout import set_scrolling_body
from rrr_desktop.ui.pickers import CountryPicker


def _notes(parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(80)
    return edit


class IntakeTab(FormSection):
    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.intake_date = OptionalDate(self)
        self.referred_by = EnumCombo(ReferralSource, self)
        self.identification = EnumCombo(IdentificationType, self)
        self.sector = EnumCombo(ExploitationSector, self)
        self.exploitation_country = CountryPicker(self)
        self.origin_country = CountryPicker(self)
        self.origin_region = QLineEdit(self)
        self.programme = QLineEdit(self)
        self.first_needs = _notes(self)
        self.screening = _notes(self)
        self.asylum = EnumCombo(AsylumStatus, self)
        self.add(("intake", "intake_date"), self.tr("Intake &date"), self.intake_date)
        self.add(("intake", "referred_by"), self.tr("&Referred by"), self.referred_by)
        self.add(("intake", "identification"), self.tr("&Identified as"), self.identification)
        self.add(("intake", "exploitation_sector"), self.tr("&Exploitation"), self.sector)
        self.add(
            ("intake", "exploitation_country"),
            self.tr("Exploited in (country)"),
            self.exploitation_country,
        )
        self.add(("intake", "origin_country"), self.tr("&Origin country"), self.origin_country)
        self.add(("intake", "origin_region"), self.tr("Origin region"), self.origin_region)
        self.add(("intake", "programme"), self.tr("&Programme"), self.programme)
        self.add(("intake", "first_needs"), self.tr("First &needs"), self.first_needs)
        self.add(("intake", "screening_notes"), self.tr("&Screening notes"), self.screening)
        self.add(("asylum",), self.tr("&Asylum"), self.asylum)
        body = QWidget(self)
        body.setMaximumWidth(FORM_MAX_WIDTH)
        body.setLayout(self.form)
        set_scrolling_body(self, body)

    def load(self, case: CaseFile) -> None:
        self._loading = True
        try:
            i = case.intake
            self.intake_date.set_value(i.intake_date)
            self.referred_by.set_value(i.referred_by)
            self.identification.set_value(i.identification)
            self.sector.set_value(i.exploitation_sector)
            self.exploitation_country.setText(i.exploitation_country)
            self.origin_country.setText(i.origin_country)
            self.origin_region.setText(i.origin_region)
            self.programme.setText(i.programme)
            self.first_needs.setPlainText(i.first_needs)
            self.screening.setPlainText(i.screening_notes)
            self.asylum.set_value(case.asylum)
        finally:
            self._loading = False

    def apply(self, data: dict[str, Any]) -> None:
        data["intake"].update(
            intake_date=self.intake_date.value(),
            referred_by=self.referred_by.value(),
            identification=self.identification.value(),
            exploitation_sector=self.sector.value(),
            exploitation_country=self.exploitation_country.text().strip().upper(),
            origin_country=self.origin_country.text().strip().upper(),
            origin_region=self.origin_region.text().strip(),
            programme=self.programme.text().strip(),
            first_needs=self.first_needs.toPlainText().strip(),
            screening_notes=self.screening.toPlainText().strip(),
        )
        data["asylum"] = self.asylum.value()
