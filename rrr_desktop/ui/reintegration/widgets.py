"""Small shared widgets of the reintegration tabs: dates, headings."""

import datetime as dt
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from rrr_desktop.ui.dates import date_format

E = TypeVar("E", bound=StrEnum)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(day: dt.date, parent: QWidget, latest: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    return edit


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def enum_data(combo: QComboBox, kind: type[E]) -> E | None:
    """The current item's enum member: Qt hands a StrEnum back as a plain str."""
    data = combo.currentData()
    return kind(data) if data else None
