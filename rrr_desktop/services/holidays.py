"""Public-holiday calendars per country: the maintained defaults plus the organisation's
edits.

The edits of a country are a synced record of kind ``holiday_calendar``: days added (or
renamed), defaults removed, the weekend. Its id is derived from the country code, so two
laptops editing the same country update one record, not two. The defaults are computed
for the years around today, every time, so they never run out. Holidays are not personal
data; the audit names the country and the date.
"""

import datetime as dt
import json
import uuid
from collections.abc import Iterable

from pydantic import ValidationError

from rrr_desktop.domain.holidays import (
    DEFAULT_COUNTRIES,
    default_holidays,
    with_defaults,
    years_around,
)
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

    def _years(self) -> range:
        return years_around(self.s.clock.today())

    def edits(self, country: str) -> HolidayCalendar:
        """What the organisation changed (nothing: an empty calendar of the country)."""
        code = _country(country)
        found = records.get_record(self.s.conn(), calendar_record_id(code))
        if found is None or found[4]:
            return HolidayCalendar(country=code)
        data = json.loads(found[1])
        data.pop("id", None)
        return HolidayCalendar.model_validate(data)

    def is_edited(self, country: str) -> bool:
        """Whether the organisation changed anything of the defaults."""
        code = _country(country)
        return self.edits(code) != HolidayCalendar(country=code)

    def calendar(self, country: str, years: Iterable[int] | None = None) -> HolidayCalendar:
        """The calendar in force: defaults of the years around today, with the edits."""
        return with_defaults(self.edits(country), years or self._years())

    def _store(self, edits: HolidayCalendar, action: str, **detail: str) -> HolidayCalendar:
        with self.s.write() as conn:
            records.put_record(
                conn,
                calendar_record_id(edits.country),
                KIND,
                edits.model_dump_json(),
                self.s.next_version(),
                self.s.device_id,
                False,
            )
            self.s.audit(conn, action, edits.country, **detail)
        return with_defaults(edits, self._years())

    def add_holiday(self, country: str, day: dt.date, name: str) -> HolidayCalendar:
        name = name.strip()
        if not name:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A holiday needs a name."))
        edits = self.edits(country)
        holidays = dict(edits.holidays) | {day: name}
        try:
            edited = edits.model_copy(
                update={
                    "holidays": dict(sorted(holidays.items())),
                    "removed": [d for d in edits.removed if d != day],
                }
            )
        except ValidationError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The holiday could not be added.")
            ) from exc
        return self._store(edited, "holiday.add", date=day.isoformat())

    def remove_holiday(self, country: str, day: dt.date) -> HolidayCalendar:
        edits = self.edits(country)
        if day not in self.calendar(country, [day.year]).holidays:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "{day} is not a holiday in {country}."),
                day=day.isoformat(),
                country=edits.country,
            )
        removed = set(edits.removed)
        if day in default_holidays(edits.country, [day.year]):
            removed.add(day)
        edited = edits.model_copy(
            update={
                "holidays": {d: n for d, n in edits.holidays.items() if d != day},
                "removed": sorted(removed),
            }
        )
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
        edits = self.edits(country)
        edited = edits.model_copy(update={"weekend_days": sorted(set(weekdays))})
        return self._store(edited, "holiday.weekend")

    def reset(self, country: str) -> HolidayCalendar:
        """Back to the defaults, written as an edit that syncs (a tombstone would be final:
        the calendar could never be edited again, see docs/sync-model.md)."""
        code = _country(country)
        return self._store(HolidayCalendar(country=code), "holiday.reset")
