"""Public holidays for any country and any year, with the organisation's own edits on top.

Why: UNODC Tool 7.8 asks that a person arrive home on a working day, when offices and partner
organisations are open. The defaults come from the maintained ``holidays`` package
(lunar and Buddhist calendars, Islamic dates as estimated until the moon is sighted,
substitute days), so the travel warnings do not go blind when a hand-written table ends.
They are DEFAULTS, not an authority: an organisation adds the days its partners close
(a regional festival, a late bridge day) and removes defaults that do not apply; those
edits are kept apart from the defaults (``HolidayCalendar.holidays`` and ``removed``),
so next year's defaults still arrive.

Weekends are Saturday and Sunday by default; some Malaysian states rest on Friday and
Saturday: edit ``weekend_days`` for those.
"""

import datetime as dt
from collections.abc import Iterable

import holidays as holiday_tables

from rrr_desktop.domain.return_prep import HolidayCalendar

# The region's countries of origin and return, offered first (any country the package
# knows has defaults).
DEFAULT_COUNTRIES: tuple[str, ...] = ("CN", "ID", "KH", "LA", "MM", "MY", "PH", "TH", "VN")


def years_around(day: dt.date) -> range:
    """The years a journey planned on ``day`` may fall in."""
    return range(day.year - 1, day.year + 3)


def default_holidays(country: str, years: Iterable[int]) -> dict[dt.date, str]:
    """The public holidays of ``country`` in ``years`` (empty for an unknown country)."""
    code = country.strip().upper()
    try:
        table = holiday_tables.country_holidays(code, years=sorted(set(years)))
    except NotImplementedError:
        return {}
    return {day: str(name) for day, name in sorted(table.items())}


def default_calendar(country: str, years: Iterable[int]) -> HolidayCalendar:
    """A calendar of the defaults only (Saturday and Sunday off)."""
    return with_defaults(HolidayCalendar(country=country.strip().upper()), years)


def with_defaults(edits: HolidayCalendar, years: Iterable[int]) -> HolidayCalendar:
    """The calendar in force: the defaults of ``years``, less the days the organisation
    removed, plus (and renamed by) the days it added."""
    removed = set(edits.removed)
    days = {d: n for d, n in default_holidays(edits.country, years).items() if d not in removed}
    days.update(edits.holidays)
    return edits.model_copy(update={"holidays": dict(sorted(days.items()))})
