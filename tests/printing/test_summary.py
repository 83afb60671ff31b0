""" "What we hold about you": kinds of information and counts, the consents as the person
gave, declined or withdrew them, and who the case went to; never the details."""

import datetime as dt
from pathlib import Path

import pytest

from rrr_desktop.domain.consent import ConsentEvent
from rrr_desktop.domain.enums import ConsentPurpose, ConsentState
from rrr_desktop.domain.notes import Attachment, AttachmentKind, CaseNote
from rrr_desktop.printing.context import DocumentKind, Paper
from rrr_desktop.printing.documents import build_document, make_context
from rrr_desktop.printing.render import write_pdf
from rrr_desktop.printing.summary import held_kinds
from tests.printing.conftest import CANARY_NAME, TODAY, make_case, pdf_text

pytestmark = pytest.mark.usefixtures("gui")
SECRET_NOTE = "Zqsecret the recruiter lives in the next village"


def _case() -> object:
    case = make_case()
    case.person.wishes = "Zqwish to open a small shop"
    case.notes = [CaseNote(text=SECRET_NOTE, by="alice"), CaseNote(text="second", by="alice")]
    case.attachments = [
        Attachment(
            name="passport.pdf", kind=AttachmentKind.IDENTITY_DOCUMENT, size=10, sha256="a" * 64
        )
    ]
    case.consents = [
        ConsentEvent(
            purpose=ConsentPurpose.ASSISTANCE, state=ConsentState.GIVEN, on=dt.date(2026, 10, 1)
        ),
        ConsentEvent(
            purpose=ConsentPurpose.FAMILY_TRACING, state=ConsentState.GIVEN, on=dt.date(2026, 10, 1)
        ),
        ConsentEvent(
            purpose=ConsentPurpose.FAMILY_TRACING,
            state=ConsentState.WITHDRAWN,
            on=dt.date(2026, 11, 2),
        ),
        ConsentEvent(
            purpose=ConsentPurpose.TESTIMONY, state=ConsentState.DECLINED, on=dt.date(2026, 10, 3)
        ),
    ]
    return case


def test_kinds_and_counts_follow_the_case() -> None:
    case = _case()
    kinds = dict(held_kinds(case))  # type: ignore[arg-type]
    assert kinds["held_notes"] == {"count": "2"}
    assert kinds["held_files"] == {"count": "1"}
    assert "held_wishes" in kinds
    assert "held_medical" not in kinds  # nothing of that kind: not listed
    empty = make_case()
    empty.notes = []
    assert "held_notes" not in dict(held_kinds(empty))


def test_the_summary_names_consents_and_transfers_and_no_details(tmp_path: Path) -> None:
    ctx = make_context(
        staff_language="en",
        person_language="en",
        printed_on=TODAY,
        organisation="Field Office",
        disclosures=[(dt.date(2026, 11, 5), "Partner Phnom Penh")],
    )
    out = tmp_path / "summary.pdf"
    write_pdf(build_document(DocumentKind.SUMMARY, _case(), ctx), out, Paper.A4)  # type: ignore[arg-type]
    text = " ".join(pdf_text(out).split())
    assert "Receiving help from us You agreed, on 2026-10-01" in text
    assert "Finding your family You changed your mind, on 2026-11-02" in text
    assert "Giving a statement to the police or a court You said no, on 2026-10-03" in text
    assert "2026-11-05: Partner Phnom Penh" in text
    assert "Notes of our contacts with you or about your case: 2" in text
    for secret in (SECRET_NOTE, "Zqwish", "passport.pdf", CANARY_NAME.split()[0]):
        assert secret not in text
    assert "trafficking" not in text.lower()


def test_nobody_outside_when_nothing_was_shared(tmp_path: Path) -> None:
    ctx = make_context(
        staff_language="en", person_language="km", printed_on=TODAY, organisation="Field Office"
    )
    out = tmp_path / "summary.pdf"
    write_pdf(build_document(DocumentKind.SUMMARY, _case(), ctx), out, Paper.LETTER)  # type: ignore[arg-type]
    assert "Nobody outside Field Office." in " ".join(pdf_text(out).split())
