"""Cases built in memory for printing tests, and a QGuiApplication with the fonts."""

import datetime as dt
import io
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from rrr_desktop.domain.casefile import CaseFile, Intake
from rrr_desktop.domain.consent import ConsentEvent
from rrr_desktop.domain.enums import AsylumStatus, ConsentPurpose, ConsentState
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.return_prep import ChecklistTick, Itinerary, TravelDocument, TravelLeg

CANARY_NAME = "Zqcanary Xylophonist"
TODAY = dt.date(2026, 11, 23)


def consent(purpose: ConsentPurpose, state: ConsentState = ConsentState.GIVEN) -> ConsentEvent:
    return ConsentEvent(purpose=purpose, state=state, on=dt.date(2026, 10, 1))


def make_case(**changes: object) -> CaseFile:
    given, family = CANARY_NAME.split()
    case = CaseFile(
        reference="KH-2026-00042",
        person=Person(
            given_name=given,
            family_name=family,
            nationality="KH",
            date_of_birth=dt.date(1999, 4, 2),
            place_of_birth="Battambang",
            languages=["km"],
        ),
        intake=Intake(intake_date=dt.date(2026, 6, 1), origin_country="KH"),
        caseworker="alice",
        receiving_org="Partner Phnom Penh",
        consents=[consent(ConsentPurpose.EMBASSY_CONTACT)],
        documents=[TravelDocument(kind="passport", in_hand=True, copy_given_to_person=True)],
        itinerary=Itinerary(
            legs=[
                TravelLeg(
                    origin="BKK",
                    destination="PNH",
                    departs_at=dt.datetime(2026, 12, 2, 7, 0, tzinfo=dt.UTC),
                    arrives_at=dt.datetime(2026, 12, 2, 8, 10, tzinfo=dt.UTC),
                )
            ],
            met_on_arrival_by="Partner Phnom Penh",
        ),
    )
    case.checklist.ticks = [
        ChecklistTick(key="consents_to_departure", by="alice", on=dt.date(2026, 11, 20)),
        ChecklistTick(key="told_no_alcohol", by="alice", on=dt.date(2026, 11, 21)),
    ]
    case.checklist.wants_ngo_met_on_arrival = True
    return case.model_copy(update=changes)


@pytest.fixture
def case() -> CaseFile:
    return make_case()


@pytest.fixture
def pending_asylum_case() -> CaseFile:
    return make_case(asylum=AsylumStatus.PENDING)


def pdf_text(path: Path) -> str:
    """What a viewer's search and copy get (poppler's pdftotext, which honours the text
    layer's /ActualText), NFKC-normalised (undoes ligatures like "ﬃ")."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", text)


def pdf_fonts(path: Path) -> set[str]:
    """BaseFont names of every font resource (Type0 and its descendants)."""
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    names: set[str] = set()
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        fonts = resources.get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            names.add(str(font.get("/BaseFont", "")))
            for descendant in font.get("/DescendantFonts", []):
                names.add(str(descendant.get_object().get("/BaseFont", "")))
    return names


@pytest.fixture
def gui(qapp: object) -> Callable[[], None]:
    """Qt application (pytest-qt's) with the shipped fonts registered."""
    from rrr_desktop.printing.fonts import register_fonts

    register_fonts()
    return register_fonts
