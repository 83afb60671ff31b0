"""A printout checked later: the original PDF is genuine; a copy changed after printing, a
code never printed here, and a QR code with a forged signature are not; a case changed
since is said. The QR code is read back from the rendered page (PDFium and zxing-cpp)."""

import ctypes
import dataclasses
import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from rrr_desktop.domain.casefile import Intake
from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.print_marks import PrintMark
from rrr_desktop.errors import InvalidInput
from rrr_desktop.printing.context import DocumentKind, Paper
from rrr_desktop.printing.documents import build_document, make_context
from rrr_desktop.printing.render import write_pdf
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.printing_service import PrintingService
from rrr_desktop.services.session import Session

pytestmark = pytest.mark.usefixtures("gui")


class _Gray:
    """A PDFium bitmap as the array zxing-cpp reads (no numpy needed)."""

    def __init__(self, bitmap: pdfium.PdfBitmap) -> None:
        self.bitmap = bitmap
        self.__array_interface__ = {
            "shape": (bitmap.height, bitmap.width),
            "typestr": "|u1",
            "version": 3,
            "data": (ctypes.addressof(bitmap.buffer), False),
            "strides": (bitmap.stride, 1),
        }


def qr_texts(pdf: Path) -> list[str]:
    document = pdfium.PdfDocument(str(pdf))
    found = []
    for index in range(len(document)):
        bitmap = document[index].render(scale=200 / 72, grayscale=True)
        found += [r.text for r in zxingcpp.read_barcodes(_Gray(bitmap))]
    document.close()
    return found


def _print(
    session: Session,
    reference: str,
    out: Path,
    kind: str = DocumentKind.CHECKLIST,
    language: str = "km",
    paper: str = Paper.A4,
) -> PrintMark:
    service = PrintingService(session)
    material = service.material(reference, kind, language)
    ctx = make_context(
        staff_language="en",
        person_language=language,
        printed_on=material.today,
        organisation=material.organisation,
    )
    mark = service.issue_mark(reference, kind)
    document = dataclasses.replace(build_document(kind, material.case, ctx), mark=mark)
    write_pdf(document, out, paper)
    service.record_print(reference, kind, language, False, mark, out)
    return mark


@pytest.fixture
def reference(session: Session) -> str:
    return (
        CaseService(session)
        .create(
            Person(given_name="Sokha", family_name="Seng", nationality="KH"),
            Intake(intake_date=dt.date(2026, 10, 1), origin_country="KH"),
        )
        .reference
    )


@pytest.mark.parametrize("paper", Paper.ALL)
@pytest.mark.parametrize("kind", [DocumentKind.CHECKLIST, DocumentKind.INFO_SHEET])
def test_every_page_carries_the_signed_qr_code_and_it_checks(
    session: Session, reference: str, tmp_path: Path, paper: str, kind: str
) -> None:
    out = tmp_path / "printout.pdf"
    mark = _print(session, reference, out, kind, paper=paper)
    texts = qr_texts(out)
    pages = len(pdfium.PdfDocument(str(out)))
    assert texts == [mark.qr_text()] * pages
    service = PrintingService(session)
    for target in (out, texts[0], mark.shown):
        check = service.check_printout(target)
        assert check.known
        assert check.signature_ok
        assert check.genuine
        assert not check.case_changed
        assert check.reference == reference
    assert service.check_printout(out).file_matches is True


def test_a_copy_changed_after_printing_is_refused(
    session: Session, reference: str, tmp_path: Path
) -> None:
    out = tmp_path / "printout.pdf"
    _print(session, reference, out)
    edited = tmp_path / "edited.pdf"
    edited.write_bytes(out.read_bytes().replace(b"RRR Desktop", b"RRR Desktoq", 1))
    check = PrintingService(session).check_printout(edited)
    assert check.known
    assert check.file_matches is False
    assert not check.genuine


def test_a_forged_signature_or_an_unknown_code_is_not_accepted(
    session: Session, reference: str, tmp_path: Path
) -> None:
    out = tmp_path / "printout.pdf"
    mark = _print(session, reference, out)
    forged = dataclasses.replace(mark, signature=bytes(64)).qr_text()
    service = PrintingService(session)
    assert not service.check_printout(forged).signature_ok
    assert not service.check_printout("RRR-ACDE-FGHJ").known
    with pytest.raises(InvalidInput, match="No printout code"):
        service.check_printout("a note with no code")


def test_a_case_changed_since_is_said_and_the_code_says_nothing_personal(
    session: Session, reference: str, tmp_path: Path
) -> None:
    out = tmp_path / "printout.pdf"
    mark = _print(session, reference, out)
    assert "Sokha" not in mark.qr_text() + mark.shown
    CaseService(session).modify(reference, lambda c: setattr(c.person, "wishes", "x"), "case.edit")
    check = PrintingService(session).check_printout(out)
    assert check.file_matches is True
    assert check.case_changed


def test_a_caseworker_without_access_learns_no_reference(
    session: Session, reference: str, tmp_path: Path, vault_dir: Path, clock: FixedClock
) -> None:
    out = tmp_path / "printout.pdf"
    _print(session, reference, out)
    vault_service.add_user(session, "bob", "tamarind orchid ferry lantern", [Role.CASEWORKER])
    bob = vault_service.open_session(vault_dir, "bob", "tamarind orchid ferry lantern", clock)
    try:
        check = PrintingService(bob).check_printout(out)
        assert check.known
        assert check.reference == ""
    finally:
        bob.close()
