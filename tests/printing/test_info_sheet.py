"""The information sheet's journey: places by name, times on the local clock, who travels
along and who meets the person, the grant, documents named in both languages, phone
numbers never broken, and a plain warning when the journey is already past."""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.enums import DirectoryType, GrantKind
from rrr_desktop.domain.places import PLACES, place_name
from rrr_desktop.domain.return_prep import TravelLeg
from rrr_desktop.domain.travel_rules import UTC_OFFSETS, journey_is_past, local_time
from rrr_desktop.printing.context import DocumentKind, Paper
from rrr_desktop.printing.documents import build_document, make_context
from rrr_desktop.printing.render import write_pdf
from tests.printing.conftest import TODAY, make_case, pdf_text

pytestmark = pytest.mark.usefixtures("gui")


@given(
    st.sampled_from(sorted(PLACES)),
    st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2027, 12, 31)),
)
def test_a_time_is_shown_on_the_clock_of_the_place(code: str, moment: dt.datetime) -> None:
    country = PLACES[code][1]
    aware = moment.replace(tzinfo=dt.UTC)
    shown, local = local_time(aware, country)
    assert local == (country in UTC_OFFSETS)
    if local:
        assert shown == (aware + UTC_OFFSETS[country]).replace(tzinfo=None)
    assert local_time(moment, country) == (moment, True)  # written as local: kept


def test_known_codes_become_names_and_others_stay() -> None:
    assert place_name("pnh") == "Phnom Penh (PNH)"
    assert place_name("Poipet border crossing") == "Poipet border crossing"


def _sheet(tmp_path: Path, departs: dt.datetime, language: str = "en") -> str:
    case = make_case()
    case.itinerary.legs = [
        TravelLeg(
            origin="BKK",
            destination="PNH",
            departs_at=departs,
            arrives_at=departs + dt.timedelta(hours=1, minutes=10),
            carrier="K6 101",
            escort="Dara, escort of the partner NGO",
        )
    ]
    case.itinerary.grant_kind = GrantKind.CASH
    case.itinerary.grant_details = "USD 150, paid on arrival by the partner"
    contact = DirectoryEntry(
        name="Partner Phnom Penh",
        type=DirectoryType.NGO,
        country="KH",
        phone="+855 23 456-789",
        contact_person="Sophea",
        last_verified=TODAY,
    )
    ctx = make_context(
        staff_language="en", person_language=language, printed_on=TODAY, receiving_contact=contact
    )
    out = tmp_path / "sheet.pdf"
    write_pdf(build_document(DocumentKind.INFO_SHEET, case, ctx), out, Paper.A4)
    return pdf_text(out)


def test_the_journey_is_told_in_names_local_times_and_people(tmp_path: Path) -> None:
    text = _sheet(tmp_path, dt.datetime(2026, 12, 2, 1, 0, tzinfo=dt.UTC))
    flat = " ".join(text.split())
    assert "Leaves Bangkok, Suvarnabhumi airport (BKK): 2026-12-02 08:00 (local time)" in flat
    assert "Arrives Phnom Penh (PNH): 2026-12-02 09:10 (local time)" in flat
    assert "Someone travels with you: Dara, escort of the partner NGO" in flat
    assert "Money for the journey" in flat
    assert "USD 150, paid on arrival by the partner" in flat
    assert "Passport" in flat
    assert "+855 23 456-789" in text.replace("\u00a0", " ").replace("\u2011", "-")
    assert not any("+855" in line and "789" not in line for line in text.splitlines())
    assert "in the past" not in flat
    assert not journey_is_past(make_case().itinerary, TODAY)


def test_a_past_journey_is_said_on_the_sheet(tmp_path: Path) -> None:
    text = " ".join(_sheet(tmp_path, dt.datetime(2026, 10, 2, 1, 0, tzinfo=dt.UTC)).split())
    assert "This journey's dates are in the past" in text
