"""A country picker: names in the interface language, type to filter, the code stored.

Forms read and set it like the line edits they replace (``text()`` gives the code, or
what was typed when it names no country, so the form's validation says so instead of
saving a wrong country)."""

from PySide6.QtCore import QCollator, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from rrr_desktop.domain.countries import country_names, find_country


def _language() -> str:
    return QLocale().name().split("_")[0] or "en"


class CountryPicker(QComboBox):
    textEdited = Signal(str)  # noqa: N815 - the name QLineEdit users connect to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(18)
        names = country_names(_language())
        collator = QCollator(QLocale())
        self.addItem("", "")
        for code in sorted(names, key=lambda c: collator.sortKey(names[c])):
            self.addItem(f"{names[code]} ({code})", code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.textEdited.connect(self.textEdited)
        self.currentIndexChanged.connect(lambda _i: self.textEdited.emit(self.currentText()))

    def text(self) -> str:
        """The chosen country's code; what was typed if it names no country."""
        typed = self.currentText().strip()
        index = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index) or "")
        return find_country(typed, _language()) or typed

    def setText(self, code: str) -> None:  # noqa: N802 - as QLineEdit
        code = code.strip().upper()
        index = self.findData(code) if code else 0
        if index < 0:  # a code CLDR does not know (kept as it was, visibly)
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)
