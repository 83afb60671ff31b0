"""Person section: identity, languages, contacts, wishes and (for a child) the guardian."""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.enums import Sex
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.ui.casefile.forms import (
    FORM_MAX_WIDTH,
    EnumCombo,
    FormSection,
    OptionalDate,
    OptionalNumber,
)
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.layout import set_scrolling_body
from rrr_desktop.ui.pickers import CountryPicker, LanguagesPicker

_LTR = "\u2066"  # left-to-right isolate
_POP = "\u2069"  # pop directional isolate
# The kinds of contact the form offers, stored as these codes and shown in words; any
# other kind a person types is kept as typed.
CONTACT_KINDS = {
    "phone": QT_TRANSLATE_NOOP("PersonTab", "phone"),
    "email": QT_TRANSLATE_NOOP("PersonTab", "email"),
    "address": QT_TRANSLATE_NOOP("PersonTab", "address"),
    "messenger": QT_TRANSLATE_NOOP("PersonTab", "messenger"),
}
_KIND_CODE = Qt.ItemDataRole.UserRole
_KIND_SHOWN = Qt.ItemDataRole.UserRole + 1


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.split(",") if p.strip()]


class PersonTab(FormSection):
    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.given = QLineEdit(self)
        self.family = QLineEdit(self)
        self.other_names = QLineEdit(self)
        self.other_names.setPlaceholderText(self.tr("separated by commas"))
        self.own_script = QLineEdit(self)
        self.own_script.setPlaceholderText(self.tr("as the person writes it, e.g. ស្រីមុំ"))
        self.sex = EnumCombo(Sex, self)
        self.dob = OptionalDate(self)
        self.estimated_age = OptionalNumber(120, self)
        self.nationality = CountryPicker(self)
        self.languages = LanguagesPicker(self)
        self.wishes = QPlainTextEdit(self)
        self.wishes.setTabChangesFocus(True)
        self.wishes.setMaximumHeight(70)
        self.add(("person", "given_name"), self.tr("&Given name"), self.given)
        self.add(("person", "family_name"), self.tr("&Family name"), self.family)
        self.add(("person", "other_names"), self.tr("Other names"), self.other_names)
        self.add(("person", "name_in_own_script"), self.tr("Name in own scrip&t"), self.own_script)
        self.add(("person", "sex"), self.tr("&Sex"), self.sex)
        self.add(("person", "date_of_birth"), self.tr("Date of &birth"), self.dob)
        self.add(("person", "estimated_age"), self.tr("Estimated &age"), self.estimated_age)
        self.add(("person", "nationality"), self.tr("&Nationality"), self.nationality)
        self.add(("person", "languages"), self.tr("&Languages"), self.languages)
        self.add(("person", "wishes"), self.tr("Own &wishes"), self.wishes)

        self.contacts = QTableWidget(0, 4, self)
        self.contacts.setObjectName("contacts")
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Contact"), self.tr("Note"), self.tr("Safe to use")]
        )
        self.contacts.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.contacts.setColumnWidth(1, 200)
        self.contacts.setColumnWidth(3, 120)
        self.contacts.setMaximumHeight(130)
        self.contacts.itemChanged.connect(self._changed)
        add_contact = QPushButton(self.tr("Add contact"), self)
        add_contact.clicked.connect(self._add_contact)
        remove_contact = QPushButton(self.tr("Remove contact"), self)
        remove_contact.clicked.connect(self._remove_contact)
        self._contact_ids: list[str] = []
        self._loaded_estimate: int | None = None

        self.guardian = QGroupBox(self.tr("Guardian (required for a child)"), self)
        self.guardian.setCheckable(True)
        self.guardian.toggled.connect(self._changed)
        self.child_hint = QLabel(self)
        self.child_hint.setWordWrap(True)
        self.child_hint.setStyleSheet("color: #8a6d00;")
        guardian_form = QFormLayout(self.guardian)
        self.g_name = QLineEdit(self.guardian)
        self.g_relation = QLineEdit(self.guardian)
        self.g_org = QLineEdit(self.guardian)
        self.g_contact = QLineEdit(self.guardian)
        self.g_appointed = OptionalDate(self.guardian)
        self.add(("person", "guardian", "name"), self.tr("Name"), self.g_name, guardian_form)
        self.add(
            ("person", "guardian", "relation"), self.tr("Relation"), self.g_relation, guardian_form
        )
        self.add(
            ("person", "guardian", "organisation"),
            self.tr("Organisation"),
            self.g_org,
            guardian_form,
        )
        self.add(
            ("person", "guardian", "contact"), self.tr("Contact"), self.g_contact, guardian_form
        )
        self.add(
            ("person", "guardian", "appointed_on"),
            self.tr("Appointed on"),
            self.g_appointed,
            guardian_form,
        )

        body = QWidget(self)
        body.setMaximumWidth(FORM_MAX_WIDTH)
        column = QVBoxLayout(body)
        column.addLayout(self.form)
        column.addWidget(QLabel(self.tr("Contacts (mark unsafe ones)"), body))
        column.addWidget(self.contacts)
        buttons = QHBoxLayout()
        buttons.addWidget(add_contact)
        buttons.addWidget(remove_contact)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.child_hint)
        column.addWidget(self.guardian)
        column.addStretch(1)
        set_scrolling_body(self, body)

    def load(self, case: CaseFile) -> None:
        self._loading = True
        try:
            p = case.person
            self.given.setText(p.given_name)
            self.family.setText(p.family_name)
            self.other_names.setText(", ".join(p.other_names))
            self.own_script.setText(p.name_in_own_script)
            self.sex.set_value(p.sex)
            self.dob.set_value(p.date_of_birth)
            self.estimated_age.set_number(p.estimated_age)
            self._loaded_estimate = p.estimated_age
            self.nationality.setText(p.nationality)
            self.languages.set_codes(p.languages)
            self.wishes.setPlainText(p.wishes)
            self.contacts.setRowCount(0)
            self._contact_ids = []
            for contact in p.contacts:
                self._append_contact(
                    contact.kind, contact.value, contact.note, contact.safe_to_use, contact.id
                )
            g = p.guardian
            self.guardian.setChecked(g is not None)
            self.g_name.setText(g.name if g else "")
            self.g_relation.setText(g.relation if g else "")
            self.g_org.setText(g.organisation if g else "")
            self.g_contact.setText(g.contact if g else "")
            self.g_appointed.set_value(g.appointed_on if g else None)
            today = self.ctx.session.clock.today()
            self.child_hint.setText(
                self.tr("This person is a child: a guardian must be recorded.")
                if p.is_child_on(today)
                else ""
            )
            self.child_hint.setVisible(p.is_child_on(today))
        finally:
            self._loading = False

    def apply(self, data: dict[str, Any]) -> None:
        """Write the form into a case dump (``CaseFile.model_dump()``)."""
        person = data["person"]
        known, unknown = self.languages.codes()
        person.update(
            given_name=self.given.text(),
            family_name=self.family.text(),
            other_names=_split(self.other_names.text()),
            name_in_own_script=self.own_script.text(),
            sex=self.sex.value(),
            date_of_birth=self.dob.value(),
            estimated_age=self.estimated_age.number(),
            nationality=self.nationality.text(),
            languages=[*known, *unknown],  # a piece that names no language is refused
            wishes=self.wishes.toPlainText().strip(),
        )
        if person["estimated_age"] is None:
            person["estimated_on"] = None
        elif person["estimated_age"] != self._loaded_estimate:
            person["estimated_on"] = self.ctx.session.clock.today()  # a new estimate, made today
        contacts = []
        for row in range(self.contacts.rowCount()):
            value = self._cell(row, 1)
            if not value:
                continue
            safe = self.contacts.item(row, 3)
            contact: dict[str, Any] = {
                "kind": self._kind(row) or "phone",
                "value": value,
                "note": self._cell(row, 2),
                "safe_to_use": safe is None or safe.checkState() == Qt.CheckState.Checked,
            }
            if row < len(self._contact_ids) and self._contact_ids[row]:
                contact["id"] = self._contact_ids[row]
            contacts.append(contact)
        person["contacts"] = contacts
        if self.guardian.isChecked():
            person["guardian"] = {
                "name": self.g_name.text().strip(),
                "relation": self.g_relation.text().strip(),
                "organisation": self.g_org.text().strip(),
                "contact": self.g_contact.text().strip(),
                "appointed_on": self.g_appointed.value(),
            }
        else:
            person["guardian"] = None

    def _cell(self, row: int, column: int) -> str:
        item = self.contacts.item(row, column)
        return item.text().replace(_LTR, "").replace(_POP, "").strip() if item else ""

    def _kind(self, row: int) -> str:
        """The code of a kind shown in words, or the kind as a person typed it."""
        item = self.contacts.item(row, 0)
        if item is None:
            return ""
        text = item.text().strip()
        if text and text == item.data(_KIND_SHOWN):
            return str(item.data(_KIND_CODE))
        return text

    def _kind_item(self, kind: str) -> QTableWidgetItem:
        shown = (
            QCoreApplication.translate("PersonTab", CONTACT_KINDS[kind])
            if kind in CONTACT_KINDS
            else kind
        )
        item = QTableWidgetItem(shown)
        item.setData(_KIND_CODE, kind)
        item.setData(_KIND_SHOWN, shown)
        return item

    def _append_contact(self, kind: str, value: str, note: str, safe: bool, ident: str) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        self.contacts.setItem(row, 0, self._kind_item(kind))
        # Phone numbers read left to right even in an Arabic layout (isolated for display).
        self.contacts.setItem(row, 1, QTableWidgetItem(f"{_LTR}{value}{_POP}" if value else ""))
        self.contacts.setItem(row, 2, QTableWidgetItem(note))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if safe else Qt.CheckState.Unchecked)
        self.contacts.setItem(row, 3, check)
        self._contact_ids.append(ident)

    def _add_contact(self) -> None:
        self._append_contact("phone", "", "", True, "")
        item = self.contacts.item(self.contacts.rowCount() - 1, 1)
        if item is not None:
            self.contacts.editItem(item)
        self._changed()

    def _remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)
            del self._contact_ids[row]
            self._changed()
