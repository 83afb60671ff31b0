"""Public-holiday calendars per country: the defaults until a user edits one.

An edited calendar is a synced record of kind ``holiday_calendar`` holding the whole
calendar (defaults included), so removing a default holiday sticks. Its id is derived from
the country code, so two laptops editing the same country update one record, not two.
Holidays are not personal data; the audit names the country and the date.
"""

import datetime as dt
import json
import uuid

from pydantic import ValidationError

from rrr_desktop.domain.holidays import DEFAULT_COUNTRIES, default_calendar
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.return_prep import HolidayCalendar
from rrr_desktop.errors import InvalidInput, NotFound
from rrr_desktop.services.session import Session
from rrr_desktop.vault import records

KIND = "holiday_calendar"
_NAMESPACE = uuid.UUID("6f1c2c5e-4d0b-4c36-9d53-6a1d2b9c7e10")


def _country(code: str) -> str:
    code = code.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A country is a two-letter code, e.g. KH."))
    return code


def calendar_record_id(country: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"holiday_calendar:{_country(country)}"))


class HolidayService:
    def __init__(self, session: Session) -> None:
        self.s = session

    def countries(self) -> list[str]:
        """Countries with defaults or an edited calendar."""
        stored = {r.get("country", "") for r in records.list_records(self.s.conn(), KIND)}
        return sorted(set(DEFAULT_COUNTRIES) | {c for c in stored if c})

    def is_edited(self, country: str) -> bool:
        """Whether the calendar differs from the built-in defaults."""
        code = _country(country)
        return self.calendar(code) != default_calendar(code)

    def calendar(self, country: str) -> HolidayCalendar:
        """The edited calendar of ``country`` if there is one, else the defaults."""
        code = _country(country)
        found = records.get_record(self.s.conn(), calendar_record_id(code))
        if found is None or found[4]:
            return default_calendar(code)
        data = json.loads(found[1])
        data.pop("id", None)
        return HolidayCalendar.model_validate(data)

    def _store(self, calendar: HolidayCalendar, action: str, **detail: str) -> HolidayCalendar:
        with self.s.write() as conn:
            records.put_record(
                conn,
                calendar_record_id(calendar.country),
                KIND,
                calendar.model_dump_json(),
                self.s.next_version(),
                self.s.device_id,
                False,
            )
            self.s.audit(conn, action, calendar.country, **detail)
        return calendar

    def add_holiday(self, country: str, day: dt.date, name: str) -> HolidayCalendar:
        name = name.strip()
        if not name:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A holiday needs a name."))
        calendar = self.calendar(country)
        holidays = dict(calendar.holidays) | {day: name}
        try:
            edited = calendar.model_copy(update={"holidays": dict(sorted(holidays.items()))})
        except ValidationError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The holiday could not be added.")
            ) from exc
        return self._store(edited, "holiday.add", date=day.isoformat())

    def remove_holiday(self, country: str, day: dt.date) -> HolidayCalendar:
        calendar = self.calendar(country)
        if day not in calendar.holidays:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "{day} is not a holiday in {country}."),
                day=day.isoformat(),
                country=calendar.country,
            )
        holidays = {d: n for d, n in calendar.holidays.items() if d != day}
        edited = calendar.model_copy(update={"holidays": holidays})
        return self._store(edited, "holiday.remove", date=day.isoformat())

    def set_weekend(self, country: str, weekdays: list[int]) -> HolidayCalendar:
        """Days of rest, Monday = 0 (e.g. Friday and Saturday in some Malaysian states)."""
        if not weekdays or any(d not in range(7) for d in weekdays) or len(set(weekdays)) > 3:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Choose one to three weekend days, from Monday (0) to Sunday (6).",
                )
            )
        calendar = self.calendar(country)
        edited = calendar.model_copy(update={"weekend_days": sorted(set(weekdays))})
        return self._store(edited, "holiday.weekend")

    def reset(self, country: str) -> HolidayCalendar:
        """Back to the defaults, written as an edit that syncs (a tombstone would be final:
        the calendar could never be edited again, see docs/sync-model.md)."""
        code = _country(country)
        return self._store(default_calendar(code), "holiday.reset")
