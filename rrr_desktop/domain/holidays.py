"""Default public holidays for the usual countries of origin, 2026 and 2027.

Why: seed 001 asks that a person arrive home on a working day, when offices and partner
organisations are open. These are DEFAULTS that users edit (``services/holidays.py``
stores an edited copy per country); they are not an authority.

- Fixed-date holidays repeat every year.
- Movable holidays (lunar, Buddhist, Islamic, Easter-based) are listed per year. Lunar and
  Islamic dates are the expected dates as published before the year; governments confirm
  them (Islamic ones by moon sighting) and add bridge or substitute days late, so check the
  official list each year and edit the calendar.
- Substitute days for a holiday that falls on a weekend are not listed: add them.
- Only nation-wide days off; regional holidays (Malaysian states, Indonesian provinces,
  Boun That Luang in Vientiane) are left for users to add.
- Weekends are Saturday and Sunday everywhere here; some Malaysian states (Kelantan,
  Terengganu, Kedah) rest on Friday and Saturday: edit ``weekend_days`` for those.
"""

import datetime as dt

from rrr_desktop.domain.return_prep import HolidayCalendar

DEFAULT_YEARS = (2026, 2027)

# (month, day, name): the same date every year.
_FIXED: dict[str, list[tuple[int, int, str]]] = {
    "KH": [
        (1, 1, "International New Year's Day"), (1, 7, "Victory over Genocide Day"),
        (3, 8, "International Women's Day"), (4, 14, "Khmer New Year"),
        (4, 15, "Khmer New Year"), (4, 16, "Khmer New Year"), (5, 1, "Labour Day"),
        (5, 14, "King Norodom Sihamoni's Birthday"), (6, 18, "Queen Mother's Birthday"),
        (9, 24, "Constitution Day"), (10, 15, "Commemoration Day of King Father"),
        (10, 29, "Coronation Day of King Sihamoni"), (11, 9, "Independence Day"),
        (12, 29, "Peace Day"),
    ],
    "TH": [
        (1, 1, "New Year's Day"), (4, 6, "Chakri Memorial Day"), (4, 13, "Songkran"),
        (4, 14, "Songkran"), (4, 15, "Songkran"), (5, 1, "Labour Day"),
        (5, 4, "Coronation Day"), (6, 3, "Queen Suthida's Birthday"),
        (7, 28, "King Vajiralongkorn's Birthday"), (8, 12, "Queen Mother's Birthday"),
        (10, 13, "King Bhumibol Memorial Day"), (10, 23, "Chulalongkorn Day"),
        (12, 5, "King Bhumibol's Birthday"), (12, 10, "Constitution Day"),
        (12, 31, "New Year's Eve"),
    ],
    "LA": [
        (1, 1, "International New Year's Day"), (3, 8, "International Women's Day"),
        (4, 14, "Lao New Year"), (4, 15, "Lao New Year"), (4, 16, "Lao New Year"),
        (5, 1, "Labour Day"), (12, 2, "National Day"),
    ],
    "MM": [
        (1, 4, "Independence Day"), (2, 12, "Union Day"), (3, 2, "Peasants' Day"),
        (3, 27, "Armed Forces Day"), (4, 13, "Thingyan"), (4, 14, "Thingyan"),
        (4, 15, "Thingyan"), (4, 16, "Thingyan"), (4, 17, "Myanmar New Year"),
        (5, 1, "Labour Day"), (7, 19, "Martyrs' Day"), (12, 25, "Christmas Day"),
    ],
    "VN": [
        (1, 1, "New Year's Day"), (4, 30, "Reunification Day"), (5, 1, "Labour Day"),
        (9, 2, "National Day"),
    ],
    "ID": [
        (1, 1, "New Year's Day"), (5, 1, "Labour Day"), (6, 1, "Pancasila Day"),
        (8, 17, "Independence Day"), (12, 25, "Christmas Day"),
    ],
    "CN": [
        (1, 1, "New Year's Day"), (5, 1, "Labour Day"), (5, 2, "Labour Day"),
        (10, 1, "National Day"), (10, 2, "National Day"), (10, 3, "National Day"),
    ],
    "PH": [
        (1, 1, "New Year's Day"), (4, 9, "Araw ng Kagitingan"), (5, 1, "Labour Day"),
        (6, 12, "Independence Day"), (8, 21, "Ninoy Aquino Day"), (11, 1, "All Saints' Day"),
        (11, 30, "Bonifacio Day"), (12, 8, "Feast of the Immaculate Conception"),
        (12, 24, "Christmas Eve"), (12, 25, "Christmas Day"), (12, 30, "Rizal Day"),
        (12, 31, "New Year's Eve"),
    ],
    "MY": [
        (5, 1, "Labour Day"), (8, 31, "National Day"), (9, 16, "Malaysia Day"),
        (12, 25, "Christmas Day"),
    ],
}

# ISO date -> name, per year: movable holidays (expected dates, see the module note).
_MOVABLE: dict[str, dict[str, str]] = {
    "KH": {
        "2026-05-01": "Visak Bochea", "2026-05-05": "Royal Ploughing Ceremony",
        "2026-10-10": "Pchum Ben", "2026-10-11": "Pchum Ben", "2026-10-12": "Pchum Ben",
        "2026-11-23": "Water Festival", "2026-11-24": "Water Festival",
        "2026-11-25": "Water Festival",
        "2027-05-20": "Visak Bochea", "2027-05-24": "Royal Ploughing Ceremony",
        "2027-09-30": "Pchum Ben", "2027-10-01": "Pchum Ben", "2027-10-02": "Pchum Ben",
        "2027-11-13": "Water Festival", "2027-11-14": "Water Festival",
        "2027-11-15": "Water Festival",
    },
    "TH": {
        "2026-03-03": "Makha Bucha", "2026-05-31": "Visakha Bucha",
        "2026-07-29": "Asalha Bucha", "2026-07-30": "Buddhist Lent Day",
        "2027-02-20": "Makha Bucha", "2027-05-20": "Visakha Bucha",
        "2027-07-18": "Asalha Bucha", "2027-07-19": "Buddhist Lent Day",
    },
    "LA": {},
    "MM": {},
    "VN": {
        "2026-02-16": "Tet (Lunar New Year's Eve)", "2026-02-17": "Tet (Lunar New Year)",
        "2026-02-18": "Tet", "2026-02-19": "Tet", "2026-02-20": "Tet",
        "2026-04-26": "Hung Kings' Commemoration",
        "2027-02-05": "Tet (Lunar New Year's Eve)", "2027-02-06": "Tet (Lunar New Year)",
        "2027-02-07": "Tet", "2027-02-08": "Tet", "2027-02-09": "Tet",
        "2027-04-16": "Hung Kings' Commemoration",
    },
    "ID": {
        "2026-01-16": "Isra Mi'raj", "2026-02-17": "Chinese New Year",
        "2026-03-19": "Nyepi", "2026-03-20": "Eid al-Fitr", "2026-03-21": "Eid al-Fitr",
        "2026-04-03": "Good Friday", "2026-05-14": "Ascension Day",
        "2026-05-27": "Eid al-Adha", "2026-05-31": "Vesak", "2026-06-16": "Islamic New Year",
        "2026-08-25": "Prophet's Birthday",
        "2027-01-05": "Isra Mi'raj", "2027-02-06": "Chinese New Year",
        "2027-03-08": "Nyepi", "2027-03-10": "Eid al-Fitr", "2027-03-11": "Eid al-Fitr",
        "2027-03-26": "Good Friday", "2027-05-06": "Ascension Day",
        "2027-05-17": "Eid al-Adha", "2027-05-20": "Vesak", "2027-06-06": "Islamic New Year",
        "2027-08-15": "Prophet's Birthday",
    },
    "CN": {
        # 2026: the State Council's schedule (days off in a row, weekends included).
        "2026-01-02": "New Year holiday", "2026-01-03": "New Year holiday",
        **{f"2026-02-{d}": "Spring Festival" for d in range(15, 24)},
        "2026-04-04": "Qingming", "2026-04-05": "Qingming", "2026-04-06": "Qingming",
        "2026-05-03": "Labour Day holiday", "2026-05-04": "Labour Day holiday",
        "2026-05-05": "Labour Day holiday",
        "2026-06-19": "Dragon Boat Festival", "2026-06-20": "Dragon Boat Festival",
        "2026-06-21": "Dragon Boat Festival",
        "2026-09-25": "Mid-Autumn Festival", "2026-09-26": "Mid-Autumn Festival",
        "2026-09-27": "Mid-Autumn Festival",
        "2026-10-04": "National Day holiday", "2026-10-05": "National Day holiday",
        "2026-10-06": "National Day holiday", "2026-10-07": "National Day holiday",
        # 2027: statutory days only; the schedule with bridge days comes out late 2026.
        "2027-02-05": "Spring Festival's Eve", "2027-02-06": "Spring Festival",
        "2027-02-07": "Spring Festival", "2027-02-08": "Spring Festival",
        "2027-04-05": "Qingming", "2027-06-09": "Dragon Boat Festival",
        "2027-09-15": "Mid-Autumn Festival",
    },
    "PH": {
        "2026-02-17": "Chinese New Year", "2026-03-20": "Eid'l Fitr",
        "2026-04-02": "Maundy Thursday", "2026-04-03": "Good Friday",
        "2026-04-04": "Black Saturday", "2026-05-27": "Eid'l Adha",
        "2026-08-31": "National Heroes Day",
        "2027-02-06": "Chinese New Year", "2027-03-10": "Eid'l Fitr",
        "2027-03-25": "Maundy Thursday", "2027-03-26": "Good Friday",
        "2027-03-27": "Black Saturday", "2027-05-17": "Eid'l Adha",
        "2027-08-30": "National Heroes Day",
    },
    "MY": {
        "2026-02-17": "Chinese New Year", "2026-02-18": "Chinese New Year",
        "2026-03-21": "Hari Raya Aidilfitri", "2026-03-22": "Hari Raya Aidilfitri",
        "2026-05-27": "Hari Raya Haji", "2026-05-31": "Wesak Day",
        "2026-06-01": "Agong's Birthday", "2026-06-17": "Awal Muharram",
        "2026-08-26": "Maulidur Rasul", "2026-11-08": "Deepavali",
        "2027-02-06": "Chinese New Year", "2027-02-07": "Chinese New Year",
        "2027-03-10": "Hari Raya Aidilfitri", "2027-03-11": "Hari Raya Aidilfitri",
        "2027-05-17": "Hari Raya Haji", "2027-05-20": "Wesak Day",
        "2027-06-07": "Agong's Birthday", "2027-06-06": "Awal Muharram",
        "2027-08-15": "Maulidur Rasul", "2027-10-28": "Deepavali",
    },
}

DEFAULT_COUNTRIES: tuple[str, ...] = tuple(sorted(_FIXED))


def default_holidays(country: str) -> dict[dt.date, str]:
    """The default days off of ``country`` for 2026-2027 (empty for other countries)."""
    code = country.strip().upper()
    days: dict[dt.date, str] = {}
    for year in DEFAULT_YEARS:
        for month, day, name in _FIXED.get(code, []):
            days[dt.date(year, month, day)] = name
    for iso, name in _MOVABLE.get(code, {}).items():
        days.setdefault(dt.date.fromisoformat(iso), name)
    return dict(sorted(days.items()))


def default_calendar(country: str) -> HolidayCalendar:
    """A fresh editable calendar with the defaults (Saturday and Sunday off)."""
    return HolidayCalendar(country=country.strip().upper(), holidays=default_holidays(country))

