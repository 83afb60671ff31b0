"""Printed lines of Khmer, Lao and Burmese end between syllables at any column width."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QTextDocument

from rrr_desktop.domain.syllables import break_points
from rrr_desktop.printing.fonts import font_stack, register_fonts
from rrr_desktop.printing.line_breaks import LINE_SEPARATOR, break_between_syllables
from rrr_desktop.printing.texts import load_catalogue


def _paragraphs(language: str) -> list[str]:
    catalogue = load_catalogue(language)
    return [catalogue.item(key).text for key in catalogue.items]


def _line_ends(document: QTextDocument) -> list[tuple[str, int, int]]:
    ends = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for n in range(layout.lineCount() - 1):
            line = layout.lineAt(n)
            ends.append((block.text(), line.textStart(), line.textStart() + line.textLength()))
        block = block.next()
    return ends


@pytest.mark.parametrize("language", ["my", "km", "lo"])
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(width=st.integers(min_value=60, max_value=400))
def test_every_line_ends_between_syllables(qapp: object, language: str, width: int) -> None:
    register_fonts()
    html = "".join(
        f'<p style="font-family: {font_stack(language)}">{p}</p>' for p in _paragraphs(language)
    )
    document = QTextDocument()
    document.setDefaultFont(QFont("Noto Sans", 10))
    document.setHtml(html)
    document.setTextWidth(width)
    break_between_syllables(document)
    document.size()
    for text, start, end in _line_ends(document):
        before = text[end - 1]
        points = break_points(text)
        ok = end in points or before.isspace() or before == LINE_SEPARATOR
        longer_than_a_line = not any(start < p < end for p in points)
        assert ok or longer_than_a_line, f"{text[max(0, end - 8) : end]}|{text[end : end + 8]}"
    assert document.toPlainText().replace(LINE_SEPARATOR, "").replace("\n", "") == "".join(
        _paragraphs(language)
    )


@pytest.mark.parametrize("language", ["km", "lo"])
def test_screen_texts_break_between_syllables_with_hints(qapp: object, language: str) -> None:
    """Interface texts in Khmer and Lao carry zero-width spaces at syllable boundaries, so a
    wrapped label breaks there and nowhere else."""
    from rrr_desktop.i18n import ZWSP, with_break_hints

    register_fonts()
    for width in (70, 110, 160):
        for paragraph in _paragraphs(language)[:8]:
            document = QTextDocument()
            document.setDefaultFont(QFont("Noto Sans", 10))
            document.setPlainText(with_break_hints(paragraph))
            document.setTextWidth(width)
            document.size()
            for text, start, end in _line_ends(document):
                plain_end = len(text[:end].replace(ZWSP, ""))
                plain = text.replace(ZWSP, "")
                points = break_points(plain)
                ok = plain_end in points or plain[plain_end - 1].isspace()
                plain_start = len(text[:start].replace(ZWSP, ""))
                longer = not any(plain_start < p < plain_end for p in points)
                assert ok or longer, (
                    f"{plain[max(0, plain_end - 8) : plain_end]}|{plain[plain_end:]}"
                )
