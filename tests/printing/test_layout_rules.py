"""Layout rules of the checklist over languages, papers and lengths: the signature block
(statement and three signature lines) is never split, never alone on a page (the contacts
before it come along), and the status box says what is still open."""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.domain.checklist import CONDITIONS, INFORMATION_ITEMS
from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.enums import DirectoryType
from rrr_desktop.domain.return_prep import ChecklistTick
from rrr_desktop.printing.checklist import status_box
from rrr_desktop.printing.context import DocumentKind, Paper
from rrr_desktop.printing.documents import build_document, make_context
from rrr_desktop.printing.render import write_pdf
from tests.printing.conftest import TODAY, make_case, pdf_text

pytestmark = pytest.mark.usefixtures("gui")
LANGUAGES = ["en", "km", "th", "lo", "my", "vi", "id", "zh", "fr", "es", "ar"]
HEADINGS = {
    "Conditions to be met before departure",
    "What the person has been told and given",
    "Arrival",
    "Contacts handed over",
    "Signatures",
}
SIGNATURE_LABELS = (
    "Signature of the person",
    "Signature of the caseworker",
    "Signature of the interpreter or witness",
)


def _entries(count: int) -> list[DirectoryEntry]:
    return [
        DirectoryEntry(
            name=f"Partner office {n}",
            type=DirectoryType.NGO,
            country="KH",
            phone=f"+855 12 345 6{n:02d}",
            contact_person="Sokha",
            last_verified=TODAY,
        )
        for n in range(count)
    ]


@settings(
    max_examples=24, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    language=st.sampled_from(LANGUAGES),
    paper=st.sampled_from(Paper.ALL),
    contacts=st.integers(0, 9),
    ticked=st.sets(st.sampled_from(sorted({**CONDITIONS, **INFORMATION_ITEMS}))),
    notes=st.booleans(),
    show_name=st.booleans(),
)
def test_the_signature_block_is_whole_and_never_alone(
    tmp_path_factory: pytest.TempPathFactory,
    language: str,
    paper: str,
    contacts: int,
    ticked: set[str],
    notes: bool,
    show_name: bool,
) -> None:
    case = make_case()
    case.checklist.ticks = [
        ChecklistTick(
            key=k,
            by="alice",
            on=dt.date(2026, 11, 20),
            note="Checked twice with the escort" if notes else "",
        )
        for k in sorted(ticked)
    ]
    ctx = make_context(
        staff_language="en",
        person_language=language,
        printed_on=TODAY,
        handed_over=_entries(contacts),
        show_name=show_name,
    )
    out = tmp_path_factory.mktemp("layout") / "checklist.pdf"
    write_pdf(build_document(DocumentKind.CHECKLIST, case, ctx), out, paper)
    pages = pdf_text(out).split("\f")
    for body in pages:  # no page ends on a heading: it goes with what follows it
        lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
        lines = [
            ln
            for ln in lines
            if not ln.startswith("Page ")
            and "KH-2026-00042" not in ln
            and not ln.startswith("RRR-")
        ]
        assert not set(lines[-2:]) & HEADINGS, lines[-3:]
    holding = [i for i, page in enumerate(pages) if "Signature of the person" in page]
    assert len(holding) == 1
    page = pages[holding[0]]
    for label in SIGNATURE_LABELS:  # never split
        assert label in page
    assert "I have read this checklist" in page
    # never alone: what precedes it (a contact, or the sentence that there is none) comes along
    assert "Partner office" in page or "No contacts recorded" in page
    missing = [n for n, key in enumerate(CONDITIONS, 1) if key not in ticked]
    first = " ".join(pages[0].split())  # the status box comes first
    assert ("Not ready to travel yet:" in first) == bool(missing)
    assert ("Ready to travel: all 8" in first) == (not missing)
    box = status_box(case, ctx).replace("\u2068", "").replace("\u2069", "")
    if missing:
        assert f"{len(missing)} of 8 conditions are not met (numbers " in box
        assert ", ".join(str(n) for n in missing) + ", marked below" in box


def test_a_tick_note_is_printed_and_open_items_say_so(tmp_path: Path) -> None:
    case = make_case()
    case.checklist.ticks.append(
        ChecklistTick(
            key="documents_in_hand",
            by="alice",
            on=dt.date(2026, 11, 22),
            note="Passport kept by the shelter until the day of departure",
        )
    )
    ctx = make_context(
        staff_language="en",
        person_language="km",
        printed_on=TODAY,
        display_names={"alice": "Alice Martin"},
    )
    out = tmp_path / "checklist.pdf"
    write_pdf(build_document(DocumentKind.CHECKLIST, case, ctx), out, Paper.A4)
    text = " ".join(pdf_text(out).split())
    assert "Note: Passport kept by the shelter until the day of departure" in text
    assert "by Alice Martin" in text  # the display name, not the login
    open_count = sum(
        1 for k in {**CONDITIONS, **INFORMATION_ITEMS} if case.checklist.tick_for(k) is None
    )
    assert text.count("Not yet done") == open_count
