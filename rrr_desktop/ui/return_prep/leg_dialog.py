"""Add or edit one leg of the itinerary. Times are local times at each place, as on the
ticket (a stored time with a UTC offset is shown in that offset and saved as local)."""

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from rrr_desktop.domain.enums import TravelMode
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.return_prep import TravelLeg
from rrr_desktop.ui.dates import datetime_format
from rrr_desktop.ui.return_prep.common import rp_tr

MODES: dict[TravelMode, str] = {
    TravelMode.AIR: QT_TRANSLATE_NOOP("returnprep", "Air"),
    TravelMode.BUS: QT_TRANSLATE_NOOP("returnprep", "Bus"),
    TravelMode.TRAIN: QT_TRANSLATE_NOOP("returnprep", "Train"),
    TravelMode.CAR: QT_TRANSLATE_NOOP("returnprep", "Car"),
    TravelMode.BOAT: QT_TRANSLATE_NOOP("returnprep", "Boat"),
    TravelMode.OTHER: QT_TRANSLATE_NOOP("returnprep", "Other"),
}


def to_qt(value: dt.datetime) -> QDateTime:
    local = value.replace(tzinfo=None)
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


def from_qt(value: QDateTime) -> dt.datetime:
    date, time = value.date(), value.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


class LegDialog(QDialog):
    def __init__(
        self, leg: TravelLeg | None, default_start: dt.datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leg of the journey"))
        self._leg = leg
        form = QFormLayout(self)
        self.mode = QComboBox()
        for mode, text in MODES.items():
            self.mode.addItem(rp_tr(text), mode.value)
        self.origin = QLineEdit()
        self.destination = QLineEdit()
        self.departs = QDateTimeEdit()
        self.arrives = QDateTimeEdit()
        for edit in (self.departs, self.arrives):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(datetime_format())
        self.carrier = QLineEdit()
        self.escort = QLineEdit()
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("From"), self.origin)
        form.addRow(self.tr("To"), self.destination)
        form.addRow(self.tr("Departs (local time)"), self.departs)
        form.addRow(self.tr("Arrives (local time)"), self.arrives)
        form.addRow(self.tr("Carrier"), self.carrier)
        form.addRow(self.tr("Escort"), self.escort)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if leg is None:
            self.departs.setDateTime(to_qt(default_start))
            self.arrives.setDateTime(to_qt(default_start + dt.timedelta(hours=2)))
        else:
            self.mode.setCurrentIndex(self.mode.findData(leg.mode.value))
            self.origin.setText(leg.origin)
            self.destination.setText(leg.destination)
            self.departs.setDateTime(to_qt(leg.departs_at))
            self.arrives.setDateTime(to_qt(leg.arrives_at))
            self.carrier.setText(leg.carrier)
            self.escort.setText(leg.escort)

    def leg(self) -> TravelLeg:
        """The leg as entered (same id when editing); the service validates it."""
        values = {
            "mode": TravelMode(self.mode.currentData()),
            "origin": self.origin.text().strip(),
            "destination": self.destination.text().strip(),
            "departs_at": from_qt(self.departs.dateTime()),
            "arrives_at": from_qt(self.arrives.dateTime()),
            "carrier": self.carrier.text().strip(),
            "escort": self.escort.text().strip(),
        }
        if self._leg is None:
            return TravelLeg(**values)
        return self._leg.model_copy(update=values)
