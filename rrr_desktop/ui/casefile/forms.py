"""Building blocks of the case-file forms: fields with their own error line, dates that
may be empty, enum pickers, one-item-per-line lists, and pydantic errors in words."""

import datetime as dt
from enum import StrEnum
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.ui.dates import date_format
from rrr_desktop.ui.labels import label
from rrr_desktop.ui.pickers import CountryPicker

Loc = tuple[str, ...]
FORM_MAX_WIDTH = 900  # long lines of fields are hard to read on wide screens
_EMPTY_DATE = QDate(1900, 1, 1)
_MESSAGES = {
    "string_too_short": QT_TRANSLATE_NOOP("validation", "This field is required."),
    "missing": QT_TRANSLATE_NOOP("validation", "This field is required."),
    "greater_than_equal": QT_TRANSLATE_NOOP("validation", "The number is too small."),
    "less_than_equal": QT_TRANSLATE_NOOP("validation", "The number is too large."),
    "date_parsing": QT_TRANSLATE_NOOP("validation", "This is not a valid date."),
}


def field_errors(exc: ValidationError) -> dict[Loc, str]:
    """Pydantic's errors as {field path: one translated sentence}."""
    found: dict[Loc, str] = {}
    for error in exc.errors():
        loc = tuple(str(p) for p in error.get("loc", ()))
        kind = str(error.get("type", ""))
        if kind.startswith(("date_", "datetime_")):  # every way a typed date is wrong
            kind = "date_parsing"
        if kind in _MESSAGES:
            text = QCoreApplication.translate("validation", _MESSAGES[kind])
        else:
            raw = str(error.get("msg", "")).removeprefix("Value error, ")
            text = QCoreApplication.translate("validation", raw)
            text = text[:1].upper() + text[1:]
            if not text.endswith("."):
                text += "."
        found.setdefault(loc, text)
    return found


class OptionalDate(QDateEdit):
    """A date that may be left empty (shown blank)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_EMPTY_DATE)
        self.setSpecialValueText(" ")
        self.setDisplayFormat(date_format())
        self.set_value(None)

    def value(self) -> dt.date | None:
        if self.date() == _EMPTY_DATE:
            return None
        day = self.date()
        return dt.date(day.year(), day.month(), day.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(_EMPTY_DATE if value is None else QDate(value.year, value.month, value.day))


class EnumCombo(QComboBox):
    def __init__(self, enum: type[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for member in enum:
            self.addItem(label(member), member.value)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, value: StrEnum | str) -> None:
        index = self.findData(str(value.value if isinstance(value, StrEnum) else value))
        self.setCurrentIndex(max(index, 0))


class LinesEdit(QPlainTextEdit):
    """A list of short texts, one per line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(80)

    def value(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def set_value(self, items: list[str]) -> None:
        self.setPlainText("\n".join(items))


class OptionalNumber(QSpinBox):
    """A whole number that may be empty (-1 is shown blank)."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, maximum)
        self.setSpecialValueText(" ")
        self.setValue(-1)

    def number(self) -> int | None:
        return None if self.value() < 0 else self.value()

    def set_number(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value)


class FormSection(QWidget):
    """A form whose fields each carry an error line, and which reports any edit."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._errors: dict[Loc, QLabel] = {}
        self._loading = False

    def add(self, loc: Loc, text: str, widget: QWidget, form: QFormLayout | None = None) -> None:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName("fieldError")
        error.setStyleSheet("color: #a4262c;")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        (form or self.form).addRow(text, holder)
        self._errors[loc] = error
        self.watch(widget)

    def watch(self, widget: QWidget) -> None:
        """Emit ``edited`` when the user changes ``widget`` (not while loading)."""
        signal: Any = None
        if isinstance(widget, QLineEdit | CountryPicker):
            signal = widget.textEdited
        elif isinstance(widget, QPlainTextEdit):
            signal = widget.textChanged
        elif isinstance(widget, QComboBox):
            signal = widget.currentIndexChanged
        elif isinstance(widget, QDateEdit | QSpinBox):
            signal = widget.editingFinished
            if isinstance(widget, QSpinBox):
                widget.valueChanged.connect(self._changed)
            else:
                widget.dateChanged.connect(self._changed)
        elif isinstance(widget, QCheckBox):
            signal = widget.toggled
        if signal is not None:
            signal.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def show_errors(self, errors: dict[Loc, str]) -> int:
        """Show the messages of this section's fields; returns how many were shown."""
        shown = 0
        for loc, error_label in self._errors.items():
            text = next((msg for path, msg in errors.items() if path[: len(loc)] == loc), "")
            error_label.setText(text)
            error_label.setVisible(bool(text))
            shown += bool(text)
        return shown
