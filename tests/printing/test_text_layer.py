"""The PDF text layer: what a viewer's search or copy gets back is what was printed, in
every script (poppler's pdftotext, the engine of most Linux viewers, is the judge).

Before the layer, pdftotext found 1 of 29 Khmer checklist phrases (STACK-NOTES)."""

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.printing.context import DocumentKind, PrintDocument
from rrr_desktop.printing.documents import build_document, make_context
from rrr_desktop.printing.layout import esc, page_shell, phrase_html
from rrr_desktop.printing.render import write_pdf
from rrr_desktop.printing.text_layer import visual_order
from rrr_desktop.printing.texts import Phrase, load_catalogue
from tests.printing.conftest import TODAY, make_case, pdf_fonts

pytestmark = pytest.mark.usefixtures("gui")  # poppler-utils: installed by make sysdeps

LANGUAGES = ["km", "my", "th", "lo", "ar", "zh", "vi", "fr", "es", "id"]


def extracted(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return re.sub(r"[\u202a-\u202e]", "", out)  # poppler marks right-to-left runs


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def unpunctuated(text: str) -> str:
    return "".join(c for c in text if not unicodedata.category(c).startswith("P"))


def phrases(language: str) -> list[str]:
    catalogue = load_catalogue(language)
    texts = [*catalogue.items.values(), *catalogue.labels.values()]
    return sorted({t.strip() for t in texts if t.strip() and "{" not in t})


def one_per_line(language: str, texts: list[str]) -> PrintDocument:
    """Each phrase in its own one-cell table: kept whole on a page (a paragraph running
    over a page break would have the footer in the middle of its extracted text)."""
    body = "".join(
        f"<table width='100%' border='0'><tr><td>{phrase_html(Phrase(t, language))}</td></tr>"
        "</table>"
        for t in texts
    )
    return PrintDocument("layer test", page_shell("", body), f"<p>{esc('{page}')}</p>")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalogue_phrase_extracts_as_printed(tmp_path: Path, language: str) -> None:
    """Every phrase of the language's print catalogue, one paragraph each (long ones wrap
    over several lines): poppler gives each back character for character."""
    texts = phrases(language)
    path = tmp_path / f"{language}.pdf"
    write_pdf(one_per_line(language, texts), path)
    text = squeeze(extracted(path))
    # poppler joins a line ending in "-" to the next as a hyphenated word, dropping it
    missing = [t for t in texts if squeeze(t).removesuffix("-") not in text]
    if language == "ar":  # poppler moves punctuation next to a space to the word's other end
        words_only = unpunctuated(text)
        missing = [t for t in missing if unpunctuated(squeeze(t)) not in words_only]
    assert not missing, f"{len(missing)} of {len(texts)} not extractable, e.g. {missing[:3]}"
    assert any("GlyphLess" in f for f in pdf_fonts(path))  # the layer's font is embedded


def _words(language: str) -> list[str]:
    """Words of the catalogue; a lone dash is no word (a viewer joins a line-final "-" with
    the next line, as a hyphenation)."""
    return sorted({w for t in phrases(language) for w in t.split() if unpunctuated(w)})


KHMER_WORDS = st.sampled_from(_words("km"))
BURMESE_WORDS = st.sampled_from(_words("my"))


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(st.one_of(KHMER_WORDS, BURMESE_WORDS), min_size=1, max_size=60),
    width=st.integers(1, 4),
)
def test_any_run_of_words_extracts(tmp_path: Path, words: list[str], width: int) -> None:
    """Words in any order and any number, wrapped anywhere: the same words come back."""
    line = " ".join(words)
    path = tmp_path / "run.pdf"
    write_pdf(one_per_line("km", [line] * width), path)
    assert squeeze(extracted(path)).count(squeeze(line)) >= width


@pytest.mark.parametrize("language", ["km", "my", "ar", "zh"])
def test_checklist_text_is_searchable(tmp_path: Path, language: str) -> None:
    """The real checklist: the person's phrases (each within one table cell) are found."""
    ctx = make_context(
        staff_language="en", person_language=language, printed_on=TODAY, show_name=False
    )
    path = tmp_path / "checklist.pdf"
    write_pdf(build_document(DocumentKind.CHECKLIST, make_case(), ctx), path)
    text = squeeze(extracted(path))
    catalogue = load_catalogue(language)
    title = squeeze(catalogue.label("checklist_title").text)
    assert title in text
    assert "KH-2026-00042" in text
    assert "Signatureoftheperson" in text


def test_page_looks_the_same_with_the_layer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The layer is invisible: the page renders pixel for pixel as Qt drew it."""
    from rrr_desktop.printing import render

    ctx = make_context(staff_language="en", person_language="km", printed_on=TODAY, show_name=False)
    doc = build_document(DocumentKind.CHECKLIST, make_case(), ctx)
    write_pdf(doc, tmp_path / "with.pdf")
    monkeypatch.setattr(render, "add_text_layer", lambda path, lines: None)
    write_pdf(doc, tmp_path / "without.pdf")
    for name in ("with", "without"):
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "50",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                str(tmp_path / f"{name}.pdf"),
                str(tmp_path / name),
            ],
            check=True,
        )
    pngs = {name: next(tmp_path.glob(f"{name}-*.png")).read_bytes() for name in ("with", "without")}
    assert pngs["with"] == pngs["without"]
    assert squeeze("ការចាកចេញ") not in squeeze(extracted(tmp_path / "without.pdf"))


ARABIC_HEBREW = "\u0627\u0644\u0631\u0642\u0645\u05d0\u05d1"
BIDI_TEXT = st.text(alphabet="abcXYZ0123 .,()-" + ARABIC_HEBREW, max_size=40)


@given(text=BIDI_TEXT, rtl=st.booleans())
def test_visual_order_keeps_every_character_and_every_latin_word(text: str, rtl: bool) -> None:
    drawn = visual_order(text, rtl)
    assert sorted(drawn) == sorted(text)
    for word in re.findall(r"[a-zA-Z0-9]+", text):
        assert word in drawn  # left-to-right runs keep their order
    for word in re.findall(r"[\u0627\u0644\u0631\u0642\u0645\u05d0\u05d1]+", text):
        assert word[::-1] in drawn  # right-to-left runs are drawn reversed
    if not re.search(r"[\u0600-\u06ff\u0590-\u05ff]", text) and not rtl:
        assert drawn == text
