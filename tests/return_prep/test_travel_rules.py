"""UNODC Tool 7.8's travel advice as warnings, and the itinerary consistency errors."""

import datetime as dt

import pytest

from rrr_desktop.domain.enums import TravelMode
from rrr_desktop.domain.holidays import (
    DEFAULT_COUNTRIES,
    default_calendar,
    default_holidays,
    with_defaults,
)
from rrr_desktop.domain.return_prep import HolidayCalendar, Itinerary, TravelLeg
from rrr_desktop.domain.travel_rules import (
    chain_errors,
    errors_only,
    itinerary_issues,
    leg_errors,
    local_arrival,
)

UTC = dt.UTC


def leg(
    origin: str,
    destination: str,
    departs: dt.datetime,
    hours: float = 1.5,
    mode: TravelMode = TravelMode.AIR,
) -> TravelLeg:
    return TravelLeg(
        mode=mode,
        origin=origin,
        destination=destination,
        departs_at=departs,
        arrives_at=departs + dt.timedelta(hours=hours),
    )


def issues_of(
    legs: list[TravelLeg],
    calendar: HolidayCalendar | None = None,
    country: str = "KH",
    late_hour: int = 17,
) -> list[str]:
    itinerary = Itinerary(legs=legs, destination_country=country)
    return [i.code for i in itinerary_issues(itinerary, calendar, late_hour)]


TUESDAY_MORNING = dt.datetime(2026, 12, 1, 8, 0)
YEARS = (2026, 2027)


def test_direct_morning_flight_on_a_working_day_has_no_warning() -> None:
    assert issues_of([leg("BKK", "PNH", TUESDAY_MORNING)], default_calendar("KH", YEARS)) == []


def test_weekend_arrival_warns() -> None:
    saturday = dt.datetime(2026, 12, 5, 8, 0)
    assert issues_of([leg("BKK", "PNH", saturday)], default_calendar("KH", YEARS)) == [
        "weekend_arrival"
    ]


def test_custom_weekend_days_are_respected() -> None:
    friday = dt.datetime(2026, 12, 4, 8, 0)
    calendar = HolidayCalendar(country="MY", weekend_days=[4, 5])
    assert issues_of([leg("BKK", "KUL", friday)], calendar, "MY") == ["weekend_arrival"]
    assert issues_of([leg("BKK", "KUL", friday)], default_calendar("MY", YEARS), "MY") == []


def test_default_public_holiday_arrival_warns_with_its_name() -> None:
    independence = dt.datetime(2026, 11, 9, 8, 0)  # a Monday
    itinerary = Itinerary(legs=[leg("BKK", "PNH", independence)], destination_country="KH")
    found = itinerary_issues(itinerary, default_calendar("KH", YEARS))
    assert [i.code for i in found] == ["holiday_arrival"]
    assert "Independence Day" in found[0].text


def test_holiday_from_an_edited_calendar() -> None:
    day = dt.datetime(2026, 12, 2, 8, 0)  # Wednesday, no default holiday in KH
    calendar = default_calendar("KH", YEARS)
    assert issues_of([leg("BKK", "PNH", day)], calendar) == []
    calendar.holidays = {**calendar.holidays, day.date(): "Local festival"}
    assert issues_of([leg("BKK", "PNH", day)], calendar) == ["holiday_arrival"]


def test_late_arrival_warns_after_the_configured_hour() -> None:
    evening = dt.datetime(2026, 12, 1, 16, 0)  # arrives 17:30
    assert issues_of([leg("BKK", "PNH", evening)]) == ["late_arrival"]
    assert issues_of([leg("BKK", "PNH", evening)], late_hour=18) == []
    at_five = dt.datetime(2026, 12, 1, 15, 30)  # arrives 17:00 sharp: not late
    assert issues_of([leg("BKK", "PNH", at_five)]) == []


def test_aware_times_are_judged_in_the_destination_country() -> None:
    # 10:30 UTC is 17:30 in Phnom Penh (UTC+7) and 17:00 in Yangon (UTC+6:30).
    utc = leg("BKK", "X", dt.datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    assert local_arrival(utc, "KH") == dt.datetime(2026, 12, 1, 17, 30)
    assert issues_of([utc], country="KH") == ["late_arrival"]
    assert issues_of([utc], country="MM") == []
    # 23:00 UTC on Friday is Saturday 06:00 in Manila: a weekend arrival there.
    night = leg("X", "MNL", dt.datetime(2026, 12, 4, 21, 30, tzinfo=UTC))
    assert issues_of([night], country="PH") == ["weekend_arrival"]


def test_two_transits_warn_one_does_not() -> None:
    a = leg("KUL", "BKK", TUESDAY_MORNING)
    b = leg("BKK", "SGN", TUESDAY_MORNING + dt.timedelta(hours=3))
    c = leg("SGN", "PNH", TUESDAY_MORNING + dt.timedelta(hours=6))
    assert issues_of([a, c.model_copy(update={"origin": "BKK"})]) == []
    assert issues_of([a, b, c]) == ["many_transits"]


@pytest.mark.parametrize(
    ("mode", "code"), [(TravelMode.BUS, "by_bus"), (TravelMode.TRAIN, "by_train")]
)
def test_bus_and_train_warn(mode: TravelMode, code: str) -> None:
    assert issues_of([leg("BKK", "Poipet", TUESDAY_MORNING, mode=mode)]) == [code]


def test_leg_arriving_before_it_departs_is_an_error() -> None:
    bad = TravelLeg(
        origin="BKK",
        destination="PNH",
        departs_at=TUESDAY_MORNING,
        arrives_at=TUESDAY_MORNING - dt.timedelta(hours=1),
    )
    assert [i.code for i in leg_errors(bad)] == ["arrives_before_departs"]
    mixed = bad.model_copy(update={"arrives_at": dt.datetime(2026, 12, 1, 9, tzinfo=UTC)})
    assert [i.code for i in leg_errors(mixed)] == ["leg_mixed_offsets"]


def test_unchained_and_overlapping_legs_are_errors() -> None:
    a = leg("BKK", "SGN", TUESDAY_MORNING, hours=2)
    b = leg("HAN", "PNH", TUESDAY_MORNING + dt.timedelta(hours=1))
    assert [i.code for i in chain_errors([a, b])] == [
        "legs_not_chained",
        "connection_before_arrival",
    ]
    found = itinerary_issues(Itinerary(legs=[b, a], destination_country="KH"), None)
    assert {i.code for i in errors_only(found)} == {"legs_not_chained", "connection_before_arrival"}


def test_defaults_cover_the_region_in_any_year() -> None:
    """The hand-written tables ended in 2027; the maintained ones go on."""
    assert set(DEFAULT_COUNTRIES) == {"KH", "TH", "LA", "MM", "VN", "ID", "CN", "PH", "MY"}
    for country in DEFAULT_COUNTRIES:
        for year in (2026, 2028, 2035):
            days = default_holidays(country, [year])
            assert len(days) >= 5, (country, year)
            assert {d.year for d in days} == {year}
    assert "Songkran" in default_holidays("TH", [2026])[dt.date(2026, 4, 13)]
    assert "Independence Day" in default_holidays("KH", [2028])[dt.date(2028, 11, 9)]
    assert default_holidays("ZZ", [2026]) == {}


def test_edits_sit_on_top_of_every_year_s_defaults() -> None:
    edits = HolidayCalendar(
        country="KH",
        holidays={dt.date(2029, 3, 3): "Local festival"},
        removed=[dt.date(2029, 11, 9)],
    )
    calendar = with_defaults(edits, [2029, 2030])
    assert calendar.holidays[dt.date(2029, 3, 3)] == "Local festival"
    assert dt.date(2029, 11, 9) not in calendar.holidays  # removed by the organisation
    assert dt.date(2030, 11, 9) in calendar.holidays  # next year's still comes


def test_a_plan_whose_departure_has_passed_is_flagged() -> None:
    itinerary = Itinerary(legs=[leg("BKK", "PNH", TUESDAY_MORNING)], destination_country="KH")
    assert itinerary_issues(itinerary, None, today=dt.date(2026, 12, 1)) == []
    stale = itinerary_issues(itinerary, None, today=dt.date(2026, 12, 2))
    assert [i.code for i in stale] == ["departure_passed"]
    assert "2026-12-01" in stale[0].text
