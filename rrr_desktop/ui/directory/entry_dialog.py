"""Add or edit one directory entry."""

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.enums import DirectoryType
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import KnownError
from rrr_desktop.services.directory import DirectoryService
from rrr_desktop.ui.directory.texts import split_list, type_text
from rrr_desktop.ui.errors import present_error
from rrr_desktop.ui.pickers import CountryPicker, LanguagesPicker
from rrr_desktop.ui.reintegration.widgets import date_edit, pydate, qdate


class EntryDialog(QDialog):
    def __init__(
        self, service: DirectoryService, entry: DirectoryEntry | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.original = entry
        self.saved: DirectoryEntry | None = None
        self.setWindowTitle(QCoreApplication.translate("directory", "Directory entry"))
        today = service.today()
        self.name = QLineEdit(self)
        self.name.setObjectName("entryName")
        self.type = QComboBox(self)
        for kind in DirectoryType:
            self.type.addItem(type_text(kind), kind)
        self.country = CountryPicker(self)
        self.region = QLineEdit(self)
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.contact = QLineEdit(self)
        self.languages = LanguagesPicker(self)
        self.services = QLineEdit(self)
        self.services.setPlaceholderText(
            QCoreApplication.translate("directory", "shelter; legal aid; counselling")
        )
        self.verified = QCheckBox(QCoreApplication.translate("directory", "Verified on"), self)
        self.verified_on = date_edit(today, self, latest=today)
        self.verified.toggled.connect(self.verified_on.setEnabled)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(70)
        row = QHBoxLayout()
        row.addWidget(self.verified)
        row.addWidget(self.verified_on, 1)
        form = QFormLayout(self)
        self.example = QCheckBox(
            QCoreApplication.translate(
                "directory", "Still an example (not a real, checked organisation)"
            ),
            self,
        )
        self.example.setChecked(entry is not None and entry.is_example)
        if entry is not None and entry.is_example:
            warning = QLabel(
                QCoreApplication.translate(
                    "directory",
                    "⚠ This is an example entry: replace its name and details with "
                    "a real organisation you have checked.",
                ),
                self,
            )
            warning.setWordWrap(True)
            form.addRow(warning)
            form.addRow(self.example)
        else:
            self.example.hide()
        for label, widget in (
            (QCoreApplication.translate("directory", "Name:"), self.name),
            (QCoreApplication.translate("directory", "Type:"), self.type),
            (QCoreApplication.translate("directory", "Country:"), self.country),
            (QCoreApplication.translate("directory", "Region or province:"), self.region),
            (QCoreApplication.translate("directory", "Address:"), self.address),
            (QCoreApplication.translate("directory", "Phone:"), self.phone),
            (QCoreApplication.translate("directory", "E-mail:"), self.email),
            (QCoreApplication.translate("directory", "Contact person:"), self.contact),
            (QCoreApplication.translate("directory", "Languages:"), self.languages),
            (QCoreApplication.translate("directory", "Services:"), self.services),
        ):
            form.addRow(label, widget)
        form.addRow(QCoreApplication.translate("directory", "Last verified:"), row)
        form.addRow(QCoreApplication.translate("directory", "Notes:"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._fill(entry)

    def _fill(self, entry: DirectoryEntry | None) -> None:
        if entry is None:  # verified is what a person does, never the default
            self.verified.setChecked(False)
            self.verified_on.setEnabled(False)
            return
        self.name.setText(entry.name)
        self.type.setCurrentIndex(self.type.findData(entry.type))
        for widget, value in (
            (self.country, entry.country),
            (self.region, entry.region),
            (self.address, entry.address),
            (self.phone, entry.phone),
            (self.email, entry.email),
            (self.contact, entry.contact_person),
            (self.services, "; ".join(entry.services)),
        ):
            widget.setText(value)
        self.languages.set_codes(entry.languages)
        self.verified.setChecked(entry.last_verified is not None and not entry.is_example)
        self.verified_on.setEnabled(self.verified.isChecked())
        if entry.last_verified:
            self.verified_on.setDate(qdate(entry.last_verified))
        self.notes.setPlainText(entry.notes)

    def entry(self) -> DirectoryEntry:
        """The edited entry; raises ValidationError for a missing name or bad country."""
        base = self.original.model_dump() if self.original else {}
        country = self.country.text().strip().upper()
        if len(country) != 2 or not country.isalpha():
            raise KnownError(
                QT_TRANSLATE_NOOP("errors", "The country must be a two-letter code such as KH.")
            )
        data = base | {
            "name": self.name.text().strip(),
            "type": self.type.currentData(),
            "country": country,
            "region": self.region.text().strip(),
            "address": self.address.text().strip(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
            "contact_person": self.contact.text().strip(),
            "languages": self._languages(),
            "services": split_list(self.services.text()),
            "last_verified": pydate(self.verified_on.date()) if self.verified.isChecked() else None,
            "notes": self.notes.toPlainText().strip(),
            "is_example": self.example.isChecked(),
        }
        return DirectoryEntry.model_validate(data)

    def _languages(self) -> list[str]:
        known, unknown = self.languages.codes()
        if unknown:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{language} is not a language the list knows; choose one from the list "
                    "that opens as you type.",
                ),
                language=unknown[0],
            )
        return known

    def save(self) -> None:
        try:
            self.saved = self.service.save(self.entry())
        except ValidationError:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("directory", "Not saved"),
                QCoreApplication.translate("directory", "An entry needs at least a name."),
            )
            return
        except KnownError as exc:
            present_error(self, exc, QCoreApplication.translate("directory", "Not saved"))
            return
        self.accept()
