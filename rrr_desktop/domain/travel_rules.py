"""Itinerary checks: UNODC Tool 7.8's travel advice as warnings, plus plain consistency errors.

UNODC Tool 7.8: arrive early in the day and only on working days, prefer air travel, and use as
few transit points as possible. Warnings never block; errors mean the itinerary is wrong.

Time zones: the times of a leg are what the ticket says. A time WITHOUT a UTC offset is
taken as the local time of that place (departure at the origin, arrival at the
destination). A time WITH an offset is converted to the destination country's standard
time (``UTC_OFFSETS``, capital's zone; none of these countries has daylight saving time;
Indonesia is taken as Jakarta time) before judging "late in the day" and the arrival date.
Unknown countries are judged in UTC. Ordering checks compare aware times exactly and
naive times as written.
"""

import dataclasses
import datetime as dt

from rrr_desktop.domain.enums import TravelMode
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.return_prep import HolidayCalendar, Itinerary, TravelLeg

LATE_ARRIVAL_HOUR = 17  # arriving after 17:00 local time is "late in the day"
MAX_TRANSIT_POINTS = 1

UTC_OFFSETS: dict[str, dt.timedelta] = {
    "KH": dt.timedelta(hours=7),
    "TH": dt.timedelta(hours=7),
    "LA": dt.timedelta(hours=7),
    "VN": dt.timedelta(hours=7),
    "ID": dt.timedelta(hours=7),
    "MM": dt.timedelta(hours=6, minutes=30),
    "CN": dt.timedelta(hours=8),
    "PH": dt.timedelta(hours=8),
    "MY": dt.timedelta(hours=8),
    "SG": dt.timedelta(hours=8),
    "HK": dt.timedelta(hours=8),
    "BD": dt.timedelta(hours=6),
    "NP": dt.timedelta(hours=5, minutes=45),
    "IN": dt.timedelta(hours=5, minutes=30),
    "LK": dt.timedelta(hours=5, minutes=30),
    "AE": dt.timedelta(hours=4),
    "QA": dt.timedelta(hours=3),
    "SA": dt.timedelta(hours=3),
    "KW": dt.timedelta(hours=3),
}


def local_time(moment: dt.datetime, country: str) -> tuple[dt.datetime, bool]:
    """``moment`` as the clock on the wall shows it in ``country`` (naive), and whether that
    is known: a time written without an offset is already local; an aware one in a country
    of unknown offset stays UTC (False)."""
    if moment.tzinfo is None:
        return moment, True
    offset = UTC_OFFSETS.get(country.strip().upper())
    if offset is None:
        return moment.astimezone(dt.UTC).replace(tzinfo=None), False
    return moment.astimezone(dt.timezone(offset)).replace(tzinfo=None), True


WARNING = "warning"
ERROR = "error"


@dataclasses.dataclass(frozen=True)
class TravelIssue:
    """One finding about an itinerary; ``template`` is marked for translation ("travel")."""

    code: str
    template: str
    severity: str = WARNING
    leg_id: str = ""
    params: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        return self.template.format(**dict(self.params))


def _issue(
    code: str, template: str, severity: str = WARNING, leg_id: str = "", **params: str
) -> TravelIssue:
    return TravelIssue(code, template, severity, leg_id, tuple(sorted(params.items())))


def local_arrival(leg: TravelLeg, country: str) -> dt.datetime:
    """The arrival as wall-clock time in ``country`` (naive), see the module note."""
    arrives = leg.arrives_at
    if arrives.tzinfo is None:
        return arrives
    offset = UTC_OFFSETS.get(country.strip().upper(), dt.timedelta(0))
    return arrives.astimezone(dt.timezone(offset)).replace(tzinfo=None)


def _comparable(a: dt.datetime, b: dt.datetime) -> bool:
    return (a.tzinfo is None) == (b.tzinfo is None)


def leg_errors(leg: TravelLeg) -> list[TravelIssue]:
    """What makes one leg impossible (checked before a leg is saved)."""
    issues: list[TravelIssue] = []
    if not leg.origin.strip() or not leg.destination.strip():
        issues.append(
            _issue(
                "leg_place_missing",
                QT_TRANSLATE_NOOP("travel", "A leg needs a place of departure and of arrival."),
                ERROR,
                leg.id,
            )
        )
    if not _comparable(leg.departs_at, leg.arrives_at):
        issues.append(
            _issue(
                "leg_mixed_offsets",
                QT_TRANSLATE_NOOP(
                    "travel", "Give both times of a leg with a UTC offset, or both without."
                ),
                ERROR,
                leg.id,
            )
        )
    elif leg.arrives_at <= leg.departs_at:
        issues.append(
            _issue(
                "arrives_before_departs",
                QT_TRANSLATE_NOOP("travel", "The leg from {origin} arrives before it departs."),
                ERROR,
                leg.id,
                origin=leg.origin,
            )
        )
    return issues


def chain_errors(legs: list[TravelLeg]) -> list[TravelIssue]:
    """Legs must follow each other: same place, and the next leaves after the last arrives."""
    issues: list[TravelIssue] = []
    for before, after in zip(legs, legs[1:], strict=False):
        if before.destination.strip().casefold() != after.origin.strip().casefold():
            issues.append(
                _issue(
                    "legs_not_chained",
                    QT_TRANSLATE_NOOP(
                        "travel", "The leg to {destination} is followed by a leg from {origin}."
                    ),
                    ERROR,
                    after.id,
                    destination=before.destination,
                    origin=after.origin,
                )
            )
        if _comparable(before.arrives_at, after.departs_at) and (
            after.departs_at < before.arrives_at
        ):
            issues.append(
                _issue(
                    "connection_before_arrival",
                    QT_TRANSLATE_NOOP(
                        "travel", "The leg from {origin} leaves before the previous leg arrives."
                    ),
                    ERROR,
                    after.id,
                    origin=after.origin,
                )
            )
    return issues


def sorted_legs(legs: list[TravelLeg]) -> list[TravelLeg]:
    """Legs in travel order (by departure; aware and naive times sorted as wall-clock)."""
    return sorted(legs, key=lambda leg: leg.departs_at.replace(tzinfo=None))


def itinerary_issues(
    itinerary: Itinerary,
    calendar: HolidayCalendar | None,
    late_hour: int = LATE_ARRIVAL_HOUR,
    today: dt.date | None = None,
) -> list[TravelIssue]:
    """Errors first, then UNODC Tool 7.8's warnings, for the whole itinerary.

    ``calendar`` is the destination country's (``None``: only weekends are checked). With
    ``today``, a plan whose first leg has already left is flagged (a stale plan).
    """
    legs = sorted_legs(itinerary.legs)
    if not legs:
        return []
    issues = [issue for leg in legs for issue in leg_errors(leg)] + chain_errors(legs)
    if today is not None and legs[0].departs_at.date() < today:
        issues.append(
            _issue(
                "departure_passed",
                QT_TRANSLATE_NOOP(
                    "travel",
                    "The journey was planned to start on {date}, which has passed: "
                    "update the itinerary.",
                ),
                WARNING,
                legs[0].id,
                date=legs[0].departs_at.date().isoformat(),
            )
        )
    for leg in legs:
        if leg.mode == TravelMode.BUS:
            issues.append(
                _issue(
                    "by_bus",
                    QT_TRANSLATE_NOOP(
                        "travel",
                        "Travel by bus from {origin}: air travel is more predictable and safer.",
                    ),
                    WARNING,
                    leg.id,
                    origin=leg.origin,
                )
            )
        elif leg.mode == TravelMode.TRAIN:
            issues.append(
                _issue(
                    "by_train",
                    QT_TRANSLATE_NOOP(
                        "travel",
                        "Travel by train from {origin}: air travel is more predictable and safer.",
                    ),
                    WARNING,
                    leg.id,
                    origin=leg.origin,
                )
            )
    transits = len(legs) - 1
    if transits > MAX_TRANSIT_POINTS:
        issues.append(
            _issue(
                "many_transits",
                QT_TRANSLATE_NOOP("travel", "{count} transit points: use as few as possible."),
                count=str(transits),
            )
        )
    issues.extend(arrival_warnings(legs[-1], itinerary.destination_country, calendar, late_hour))
    return issues


def arrival_warnings(
    last: TravelLeg, country: str, calendar: HolidayCalendar | None, late_hour: int
) -> list[TravelIssue]:
    """UNODC Tool 7.8: arrive early in the day, on a working day of the destination country."""
    issues: list[TravelIssue] = []
    arrival = local_arrival(last, country)
    day = arrival.date()
    weekend = calendar.weekend_days if calendar else [5, 6]
    if calendar and day in calendar.holidays:
        issues.append(
            _issue(
                "holiday_arrival",
                QT_TRANSLATE_NOOP(
                    "travel",
                    "Arrival on {date}, a public holiday ({holiday}): offices may be closed.",
                ),
                WARNING,
                last.id,
                date=day.isoformat(),
                holiday=calendar.holidays[day],
            )
        )
    elif day.weekday() in weekend:
        issues.append(
            _issue(
                "weekend_arrival",
                QT_TRANSLATE_NOOP(
                    "travel", "Arrival on {date}, a weekend day: arrive on a working day."
                ),
                WARNING,
                last.id,
                date=day.isoformat(),
            )
        )
    if arrival.time() > dt.time(late_hour, 0):
        issues.append(
            _issue(
                "late_arrival",
                QT_TRANSLATE_NOOP(
                    "travel",
                    "Arrival at {time} local time: arrive as early in the day as possible.",
                ),
                WARNING,
                last.id,
                time=arrival.strftime("%H:%M"),
            )
        )
    return issues


def errors_only(issues: list[TravelIssue]) -> list[TravelIssue]:
    return [i for i in issues if i.severity == ERROR]


def journey_is_past(itinerary: Itinerary, today: dt.date) -> bool:
    """Every leg left before today: a sheet printed from it would send the person to a
    bus that has gone."""
    return bool(itinerary.legs) and all(leg.departs_at.date() < today for leg in itinerary.legs)
