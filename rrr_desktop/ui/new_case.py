"""A new case, with a duplicate check (similar name, birth year, nationality) first."""

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import Intake
from rrr_desktop.domain.enums import ReferralSource, Sex
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.queries import CaseRow
from rrr_desktop.errors import KnownError
from rrr_desktop.services.cases import CaseService
from rrr_desktop.ui.casefile.forms import EnumCombo, OptionalDate, OptionalNumber, field_errors
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_format
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.labels import stage_label
from rrr_desktop.ui.pickers import CountryPicker


class NewCaseDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self.setWindowTitle(self.tr("New case"))
        self.ctx = ctx
        self.service = CaseService(ctx.session)
        self.created_reference = ""
        self._checked_for: tuple[object, ...] | None = None
        self.given = QLineEdit(self)
        self.family = QLineEdit(self)
        self.sex = EnumCombo(Sex, self)
        self.sex.set_value(Sex.UNKNOWN)  # never a guess: the caseworker asks or records it
        self.dob = OptionalDate(self)
        self.estimated_age = OptionalNumber(120, self)
        self.nationality = CountryPicker(self)
        today = ctx.session.clock.today()
        self.intake_date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.intake_date.setCalendarPopup(True)
        self.intake_date.setDisplayFormat(date_format())
        self.referred_by = EnumCombo(ReferralSource, self)
        self.referred_by.set_value(ReferralSource.OTHER)
        self.origin = CountryPicker(self)
        form = QFormLayout()
        form.addRow(self.tr("&Given name"), self.given)
        form.addRow(self.tr("&Family name"), self.family)
        form.addRow(self.tr("&Sex"), self.sex)
        form.addRow(self.tr("Date of &birth"), self.dob)
        form.addRow(self.tr("or estimated &age"), self.estimated_age)
        form.addRow(self.tr("&Nationality"), self.nationality)
        form.addRow(self.tr("&Intake date"), self.intake_date)
        form.addRow(self.tr("&Referred by"), self.referred_by)
        form.addRow(self.tr("&Origin country"), self.origin)

        self.message = QLabel(self)
        self.message.setObjectName("newCaseMessage")
        self.message.setWordWrap(True)
        self.duplicates = QListWidget(self)
        self.duplicates.setObjectName("duplicates")
        self.duplicates.hide()
        self.duplicates.itemActivated.connect(self._open_duplicate)
        self.open_existing = QPushButton(self.tr("Open the selected case"), self)
        self.open_existing.hide()
        self.open_existing.clicked.connect(
            lambda: self._open_duplicate(self.duplicates.currentItem())
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.check_and_create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.open_existing)
        layout.addWidget(self.buttons)
        self.resize(520, 480)

    def _person(self) -> Person:
        return Person(
            given_name=self.given.text(),
            family_name=self.family.text(),
            sex=Sex(self.sex.value()),
            date_of_birth=self.dob.value(),
            estimated_age=self.estimated_age.number(),
            estimated_on=(
                self.intake_date.date().toPython()
                if self.estimated_age.number() is not None
                else None
            ),
            nationality=self.nationality.text(),
        )

    def check_and_create(self) -> None:
        """First press: look for duplicates and show them. Second press: create anyway."""
        try:
            person = self._person()
            intake = Intake(
                intake_date=self.intake_date.date().toPython(),
                referred_by=ReferralSource(self.referred_by.value()),
                origin_country=self.origin.text().strip().upper() or person.nationality,
            )
        except ValidationError as exc:
            self._error(" ".join(field_errors(exc).values()))
            return
        key = (person.given_name, person.family_name, person.birth_year(), person.nationality)
        if self._checked_for != key:
            similar, hidden = self.service.similar(person)
            if similar or hidden:
                self._checked_for = key
                self._show_duplicates(similar, hidden)
                return
        try:
            case = self.service.create(person, intake)
        except KnownError as exc:
            self._error(error_text(exc))
            return
        self.created_reference = case.reference
        self.ctx.caseChanged.emit(case.reference)
        self.ctx.statusMessage.emit(
            self.tr("Case {reference} created.").format(reference=case.reference)
        )
        self.accept()
        self.ctx.openCaseRequested.emit(case.reference, "person")

    def _show_duplicates(self, rows: list[CaseRow], hidden: int = 0) -> None:
        self.message.setStyleSheet("color: #8a6d00;")
        if rows:
            text = self.tr(
                "Possible duplicate: %n case(s) with a similar name, birth year and nationality. "
                "Open one of them, or press Save again to create a new case anyway.",
                "",
                len(rows),
            )
        else:  # only cases of other caseworkers: never named here (need-to-know)
            text = self.tr(
                "A similar person may already be known; ask your supervisor. Press Save again "
                "to create a new case anyway."
            )
        self.message.setText(text)
        if not rows:
            self.duplicates.hide()
            self.open_existing.hide()
            return
        self.duplicates.clear()
        year = self.ctx.session.clock.today().year
        for row in rows:
            age = row.age_in(year)
            item = QListWidgetItem(
                f"{row.reference} · {row.name} · {row.nationality or '—'} · "
                f"{'?' if age is None else age} · {stage_label(row.stage)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.reference)
            self.duplicates.addItem(item)
        self.duplicates.setCurrentRow(0)
        self.duplicates.show()
        self.open_existing.show()

    def _open_duplicate(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        reference = str(item.data(Qt.ItemDataRole.UserRole))
        self.reject()
        self.ctx.openCaseRequested.emit(reference, "")

    def _error(self, text: str) -> None:
        self.message.setStyleSheet("color: #a4262c;")
        self.message.setText(text)
