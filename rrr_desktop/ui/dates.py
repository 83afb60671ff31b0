"""Dates on screen in the interface language's own way, the same in editors and tables.

English keeps ISO 8601 (2026-12-02): teams mix nationalities and it cannot be misread.
Other languages use their locale's short date with a four-digit year (and their digits).
"""

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def date_format() -> str:
    locale = QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def datetime_format() -> str:
    return f"{date_format()} HH:mm"


def date_text(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        moment = QDateTime(
            QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
        )
        return QLocale().toString(moment, datetime_format())
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def long_date_text(value: dt.date) -> str:
    """The day in words as the locale writes it ("Wednesday, 2 December 2026"): headings."""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat
    )
