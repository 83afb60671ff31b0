"""Country and language pickers: names in the interface language, type to filter, the
code stored.

Forms read and set it like the line edits they replace (``text()`` gives the code, or
what was typed when it names no country, so the form's validation says so instead of
saving a wrong country)."""

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from rrr_desktop.domain.countries import country_names, find_country
from rrr_desktop.domain.languages import SEPARATORS, language_names, parse_languages


def _language() -> str:
    return QLocale().name().split("_")[0] or "en"


class CountryPicker(QComboBox):
    textEdited = Signal(str)

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


class _LastPieceCompleter(QCompleter):
    """Completes the language being typed after the last comma, keeping those before."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [SEPARATORS.split(path)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        last = SEPARATORS.split(typed)[-1]
        head = typed[: len(typed) - len(last)]  # everything up to the last separator
        return (head + " " if head and not head.endswith(" ") else head) + chosen


class LanguagesPicker(QLineEdit):
    """Languages a person speaks, preferred first: names in the interface language (or
    codes), separated by commas, with completion. ``codes()`` gives the codes and the
    pieces that name no language, so the form can say which one it did not understand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = language_names(_language())
        collator = QCollator(QLocale())
        entries = [
            f"{names[code]} ({code})"
            for code in sorted(names, key=lambda c: collator.sortKey(names[c]))
        ]
        completer = _LastPieceCompleter(QStringListModel(entries, self), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("e.g. Khmer, English (the one they read best first)"))

    def codes(self) -> tuple[list[str], list[str]]:
        return parse_languages(self.text(), _language())

    def set_codes(self, codes: list[str]) -> None:
        names = language_names(_language())
        self.setText(", ".join(f"{names[c]} ({c})" if c in names else c for c in codes))
