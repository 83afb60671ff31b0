"""PDFs in every language: the expected text is extractable, the script's Noto font is
embedded, the name only appears when chosen, and the paper size is the one asked for.

Text comes back through the PDF's text layer (``printing/text_layer.py``); exact
extraction of every catalogue phrase in every script is tested in ``test_text_layer.py``.
The page images were checked by eye (see the printing notes in the README).
"""

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from pypdf import PdfReader

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.embassy import build_request
from rrr_desktop.domain.enums import DirectoryType
from rrr_desktop.printing.context import DocumentKind, Paper
from rrr_desktop.printing.documents import build_document, make_context
from rrr_desktop.printing.embassy_letter import embassy_letter_document
from rrr_desktop.printing.render import write_pdf
from rrr_desktop.printing.texts import load_catalogue
from tests.printing.conftest import CANARY_NAME, TODAY, pdf_fonts, pdf_text

pytestmark = pytest.mark.usefixtures("gui")

SCRIPT_FONT = {
    "th": "NotoSansThai",
    "km": "NotoSansKhmer",
    "lo": "NotoSansLao",
    "my": "NotoSansMyanmar",
    "ar": "NotoSansArabic",
    "zh": "NotoSansCJKsc",
}
SCRIPT_RANGE = {
    "km": "\u1780-\u17ff",
    "my": "\u1000-\u109f",
    "zh": "\u4e00-\u9fff",
    "ar": "\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff",
}
# Labels whose extraction is exact (no stacked marks, which lose their text mapping).
EXACT_LABEL = {
    DocumentKind.CHECKLIST: {
        "th": "checklist_title",
        "lo": "date",
        "vi": "checklist_title",
        "id": "checklist_title",
    },
    DocumentKind.INFO_SHEET: {
        "th": "your_rights",
        "lo": "your_rights",
        "vi": "sheet_title",
        "id": "sheet_title",
    },
}
LANGUAGES = ["km", "th", "lo", "my", "vi", "id", "zh", "fr", "es", "ar"]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def render(
    case: CaseFile,
    kind: str,
    language: str,
    path: Path,
    *,
    show_name: bool = False,
    paper: str = Paper.A4,
    handed_over: Sequence[DirectoryEntry] = (),
) -> Path:
    ctx = make_context(
        staff_language="en",
        person_language=language,
        printed_on=TODAY,
        show_name=show_name,
        handed_over=handed_over,
    )
    write_pdf(build_document(kind, case, ctx), path, paper)
    return path


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", [DocumentKind.CHECKLIST, DocumentKind.INFO_SHEET])
def test_pdf_in_each_language(case: CaseFile, tmp_path: Path, language: str, kind: str) -> None:
    path = render(case, kind, language, tmp_path / f"{kind}-{language}.pdf")
    text = flat(pdf_text(path))
    assert "KH-2026-00042" in text
    if kind == DocumentKind.CHECKLIST:
        assert "Told that alcohol is not allowed on the journey" in text
        assert "Done by alice on" in text  # who ticked and when
        assert "Signature of the person" in text
        assert "Signature of the caseworker" in text
    else:
        assert "No alcohol on the journey" in text
        assert "Partner Phnom Penh" in text
    catalogue = load_catalogue(language)
    if language in EXACT_LABEL[kind]:
        assert flat(catalogue.label(EXACT_LABEL[kind][language]).text) in text
    if language in SCRIPT_RANGE:
        assert len(re.findall(f"[{SCRIPT_RANGE[language]}]", text)) > 40
    fonts = pdf_fonts(path)
    assert any("NotoSans-Regular" in f for f in fonts)
    if language in SCRIPT_FONT:
        assert any(SCRIPT_FONT[language] in f for f in fonts), fonts


@pytest.mark.parametrize("kind", [DocumentKind.CHECKLIST, DocumentKind.INFO_SHEET])
def test_name_only_when_chosen(case: CaseFile, tmp_path: Path, kind: str) -> None:
    hidden = render(case, kind, "km", tmp_path / "hidden.pdf")
    shown = render(case, kind, "km", tmp_path / "shown.pdf", show_name=True)
    assert "Zqcanary" not in pdf_text(hidden)
    assert CANARY_NAME in flat(pdf_text(shown))
    for path in (hidden, shown):
        metadata = PdfReader(path).metadata
        assert metadata is not None
        title = str(metadata.get("/Title", ""))
        assert "Zqcanary" not in title
        assert "KH-2026-00042" in title


@pytest.mark.parametrize(("paper", "size"), [(Paper.A4, (595, 842)), (Paper.LETTER, (612, 792))])
def test_paper_size(case: CaseFile, tmp_path: Path, paper: str, size: tuple[int, int]) -> None:
    path = render(case, DocumentKind.CHECKLIST, "th", tmp_path / "p.pdf", paper=paper)
    reader = PdfReader(path)
    assert len(reader.pages) >= 2  # the footer counts pages: "Page 1 of N"
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == size
    assert f"Page 1 of {len(reader.pages)}" in flat(pdf_text(path))


def test_untranslated_language_says_so(case: CaseFile, tmp_path: Path) -> None:
    text = flat(pdf_text(render(case, DocumentKind.CHECKLIST, "sw", tmp_path / "sw.pdf")))
    assert "shown in English" in text


def test_contacts_handed_over_with_stale_warning(case: CaseFile, tmp_path: Path) -> None:
    fresh = DirectoryEntry(
        name="Legal Aid Kampot",
        type=DirectoryType.LAWYER,
        country="KH",
        phone="+855 12 000 111",
        last_verified=TODAY - dt.timedelta(days=30),
    )
    stale = DirectoryEntry(
        name="Old Clinic",
        type=DirectoryType.HEALTH,
        country="KH",
        last_verified=dt.date(2024, 1, 1),
    )
    case.checklist.contacts_handed_over = [fresh.id, stale.id]
    path = render(
        case, DocumentKind.CHECKLIST, "th", tmp_path / "c.pdf", handed_over=[fresh, stale]
    )
    text = flat(pdf_text(path))
    assert "Legal Aid Kampot" in text
    assert "+855 12 000 111" in text
    assert "Old Clinic" in text
    assert text.count("in the last six months") == 1  # only the stale entry is flagged


def test_embassy_letter_pdf(case: CaseFile, tmp_path: Path) -> None:
    request = build_request(case, organisation="Field Office", today=TODAY)
    path = tmp_path / "letter.pdf"
    write_pdf(embassy_letter_document(request), path, Paper.LETTER)
    text = flat(pdf_text(path)).lower()
    assert "travel document" in text
    assert "battambang" in text
    assert not any(w in text for w in ("traffick", "victim", "exploit", "shelter"))


def test_a_print_killed_earlier_leaves_no_hidden_page_once_printed_again(
    case: CaseFile, tmp_path: Path
) -> None:
    """A print killed while writing left its hidden part file beside the PDF, with the
    person's name readable in it, for good (found by a fault review): printing that file
    again takes it away, and leaves alone what is not a part file of that name."""
    folder = tmp_path / "prints"
    folder.mkdir()
    leftover = folder / ".sheet.pdf.0a1b2c3d.part"
    leftover.write_bytes(b"%PDF-1.7 half a page with a name")
    other = folder / ".other.pdf.0a1b2c3d.part"
    other.write_bytes(b"another print's part file")
    render(case, DocumentKind.INFO_SHEET, "km", folder / "sheet.pdf")
    assert sorted(p.name for p in folder.iterdir()) == [".other.pdf.0a1b2c3d.part", "sheet.pdf"]
