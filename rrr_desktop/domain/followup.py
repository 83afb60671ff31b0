"""Follow-up monitoring rules: visit schedules, overdue visits, score trends, warning signs.

ILO Mekong asks for close follow-up in the first months after return, thinning out over a
year; the caseworker may edit the schedule. Everything here is pure and takes ``today``
as an argument so tests never depend on the real date.
"""

import calendar
import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence

from rrr_desktop.domain.enums import VulnerabilityDomain
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.reintegration import FollowUpVisit


@dataclasses.dataclass(frozen=True)
class Offset:
    """A point in the schedule, counted from the day of return or arrival."""

    days: int = 0
    months: int = 0


# Two weeks, then 1, 2, 3, 6, 9 and 12 months after return.
DEFAULT_SCHEDULE: tuple[Offset, ...] = (
    Offset(days=14),
    Offset(months=1),
    Offset(months=2),
    Offset(months=3),
    Offset(months=6),
    Offset(months=9),
    Offset(months=12),
)

SCORE_MIN = 1  # very vulnerable
SCORE_MAX = 5  # resilient

DOMAIN_TEXT: dict[VulnerabilityDomain, str] = {
    VulnerabilityDomain.FINANCIAL: QT_TRANSLATE_NOOP("followup", "Financial"),
    VulnerabilityDomain.FAMILY_SOCIAL: QT_TRANSLATE_NOOP("followup", "Family and social"),
    VulnerabilityDomain.EMPLOYMENT_SKILLS: QT_TRANSLATE_NOOP("followup", "Employment and skills"),
    VulnerabilityDomain.MEDICAL_PSYCHOSOCIAL: QT_TRANSLATE_NOOP(
        "followup", "Medical and psychosocial"
    ),
    VulnerabilityDomain.LEGAL: QT_TRANSLATE_NOOP("followup", "Legal"),
}

# Re-trafficking warning signs (ILO Mekong): stored by code; free text is kept as written.
WARNING_SIGNS: dict[str, str] = {
    "recruiter_contact": QT_TRANSLATE_NOOP(
        "followup", "Contact with a recruiter, broker or former exploiter"
    ),
    "job_offer_abroad": QT_TRANSLATE_NOOP("followup", "An offer of work abroad or in another town"),
    "new_debt": QT_TRANSLATE_NOOP("followup", "New or growing debt"),
    "family_pressure": QT_TRANSLATE_NOOP(
        "followup", "Family pressure to earn money or migrate again"
    ),
    "threats": QT_TRANSLATE_NOOP("followup", "Threats or intimidation from traffickers"),
    "documents_held": QT_TRANSLATE_NOOP("followup", "Identity documents held by someone else"),
    "unexplained_money": QT_TRANSLATE_NOOP("followup", "Unexplained money or gifts"),
    "plans_to_leave": QT_TRANSLATE_NOOP("followup", "Plans to leave without telling anyone"),
    "isolation_substances": QT_TRANSLATE_NOOP("followup", "Isolation, alcohol or drug use"),
    "dropped_out": QT_TRANSLATE_NOOP("followup", "Dropped out of training, school or work"),
}


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def add_years(day: dt.date, years: int) -> dt.date:
    return add_months(day, 12 * years)


def schedule_dates(start: dt.date, offsets: Sequence[Offset] = DEFAULT_SCHEDULE) -> list[dt.date]:
    """Visit dates after a return on ``start``: denser in the first months, sorted, unique."""
    dates = {add_months(start, o.months) + dt.timedelta(days=o.days) for o in offsets}
    return sorted(d for d in dates if d > start)


def pending(visits: Iterable[FollowUpVisit]) -> list[FollowUpVisit]:
    """Visits not yet made, earliest first."""
    return sorted((v for v in visits if v.done_on is None), key=lambda v: v.scheduled_on)


def overdue(visits: Iterable[FollowUpVisit], today: dt.date) -> list[FollowUpVisit]:
    """Visits whose date has passed without being made."""
    return [v for v in pending(visits) if v.scheduled_on < today]


def is_overdue(visit: FollowUpVisit, today: dt.date) -> bool:
    return visit.done_on is None and visit.scheduled_on < today


def done(visits: Iterable[FollowUpVisit]) -> list[FollowUpVisit]:
    """Visits made, in the order they were made."""
    made = [v for v in visits if v.done_on is not None]
    return sorted(made, key=lambda v: (v.done_on or v.scheduled_on, v.scheduled_on))


@dataclasses.dataclass(frozen=True)
class TrendPoint:
    on: dt.date
    score: int


def domain_trends(visits: Iterable[FollowUpVisit]) -> dict[VulnerabilityDomain, list[TrendPoint]]:
    """Score per vulnerability domain over the visits made, oldest first (every domain)."""
    trends: dict[VulnerabilityDomain, list[TrendPoint]] = {d: [] for d in VulnerabilityDomain}
    for visit in done(visits):
        assert visit.done_on is not None
        for score in visit.scores:
            trends[score.domain].append(TrendPoint(visit.done_on, score.score))
    return trends


def trend_direction(points: Sequence[TrendPoint]) -> int:
    """+1 improving, -1 worsening, 0 stable or unknown (last score against the one before)."""
    if len(points) < 2:
        return 0
    delta = points[-1].score - points[-2].score
    return (delta > 0) - (delta < 0)


def sign_text(sign: str) -> str:
    """The marked English text of a known sign code, else the sign as it was written."""
    return WARNING_SIGNS.get(sign, sign)


def normalise_sign(sign: str) -> str:
    """A known code or its English text becomes the code; anything else is kept trimmed."""
    cleaned = " ".join(sign.split())
    if cleaned in WARNING_SIGNS:
        return cleaned
    for code, text in WARNING_SIGNS.items():
        if text.casefold() == cleaned.casefold():
            return code
    return cleaned
