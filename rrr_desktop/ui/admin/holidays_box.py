"""Public holidays per country (supervisors): the maintained defaults for the years of
planned journeys, the organisation's own days added, defaults that do not apply removed,
and everything back to the defaults. Travel warnings read this calendar."""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.holidays import default_holidays
from rrr_desktop.errors import KnownError
from rrr_desktop.services.holidays import HolidayService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_format, date_text
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.layout import about_label, record_table, say, status_label
from rrr_desktop.ui.pickers import CountryPicker


class HolidaysBox(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holidaysBox")
        self.service = HolidayService(ctx.session)
        self.days: list[dt.date] = []
        self.country = CountryPicker(self)
        self.country.setAccessibleName(self.tr("Country"))
        self.country.setText(ctx.session.organisation().country)
        self.country.currentIndexChanged.connect(lambda _i: self.reload())
        self.table = record_table(
            self, "holidays", [self.tr("Day"), self.tr("Holiday"), self.tr("Source")]
        )
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_format())
        self.day.setAccessibleName(self.tr("Day of the holiday to add"))
        today = ctx.session.clock.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Name of the day, e.g. a local festival"))
        self.name.setAccessibleName(self.tr("Name of the holiday to add"))
        self.add_button = QPushButton(self.tr("&Add the day"), self)
        self.add_button.clicked.connect(self.add_day)
        self.remove_button = QPushButton(self.tr("The chosen day is &not a day off"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button = QPushButton(self.tr("Back to the &defaults…"), self)
        self.reset_button.clicked.connect(lambda: self.reset())
        self.status = status_label(self, "holidaysStatus")
        about = about_label(
            self,
            self.tr(
                "Travel warnings use these days (offices closed, no escort, no embassy). "
                "The defaults come from a maintained calendar for every year; your changes "
                "sync to the organisation's other laptops."
            ),
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Country"), self))
        top.addWidget(self.country, 1)
        top.addWidget(self.reset_button)
        add = QHBoxLayout()
        add.addWidget(self.day)
        add.addWidget(self.name, 1)
        add.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(add)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.status)
        self.reload()

    def _code(self) -> str:
        return self.country.text()

    def reload(self) -> None:
        code = self._code()
        try:
            calendar = self.service.calendar(code)
            edits = self.service.edits(code)
        except KnownError as exc:
            self.status.setText(error_text(exc))
            return
        defaults = default_holidays(code, {d.year for d in calendar.holidays} or {2026})
        self.days = list(calendar.holidays)
        self.table.setRowCount(len(self.days))
        for row, day in enumerate(self.days):
            source = (
                self.tr("added by the organisation")
                if day in edits.holidays
                else self.tr("default")
                if day in defaults
                else ""
            )
            for column, text in enumerate((date_text(day), calendar.holidays[day], source)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if not self.days:
            self.status.setText(
                self.tr(
                    "No public holidays are known for this country; add the organisation's days "
                    "off below."
                )
            )

    def _say(self, text: str, error: bool = False) -> None:
        say(self.status, text, error)

    def add_day(self) -> None:
        picked = self.day.date()
        day = dt.date(picked.year(), picked.month(), picked.day())
        try:
            self.service.add_holiday(self._code(), day, self.name.text())
        except KnownError as exc:
            self._say(error_text(exc), error=True)
            return
        self.name.clear()
        self.reload()
        self._say(self.tr("{day} is now a day off.").format(day=date_text(day)))

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._say(self.tr("Choose a day in the list first."), error=True)
            return
        day = self.days[rows[0].row()]
        try:
            self.service.remove_holiday(self._code(), day)
        except KnownError as exc:
            self._say(error_text(exc), error=True)
            return
        self.reload()
        self._say(self.tr("{day} is no longer counted as a day off.").format(day=date_text(day)))

    def reset(self, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Back to the defaults?"),
                self.tr("Forget the organisation's changes to this country's holidays?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.service.reset(self._code())
        except KnownError as exc:
            self._say(error_text(exc), error=True)
            return
        self.reload()
        self._say(self.tr("The country's holidays are the defaults again."))
