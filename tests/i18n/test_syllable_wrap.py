"""Wrapped Burmese labels break between syllables only (Qt alone broke a quarter of the
lines of our catalogue inside a syllable, e.g. "မဟု|တ်ပါ")."""

import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.syllables import break_points
from rrr_desktop.i18n import install_language
from rrr_desktop.ui.syllable_wrap import wrap_lines

CATALOGUE = Path(__file__).resolve().parents[2] / "translations" / "rrr_my.ts"
BURMESE = sorted(
    {
        t
        for m in ET.parse(CATALOGUE).getroot().iter("message")
        if (t := m.findtext("translation") or "") and len(t) > 40 and "<" not in t
    }
)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _breaks_between_syllables(text: str, lines: list[str]) -> None:
    allowed = break_points(text)
    position = 0
    for line in lines[:-1]:
        position = text.index(line, position) + len(line)
        newline = position < len(text) and text[position] == "\n"  # the text's own break
        while position < len(text) and text[position] in " \n":
            position += 1
        assert newline or position in allowed, f"broken inside a syllable: {text[:position]}|"


@settings(max_examples=200)
@given(text=st.sampled_from(BURMESE), width=st.integers(3, 40))
def test_lines_end_only_between_syllables(text: str, width: int) -> None:
    lines = wrap_lines(text, lambda s: len(s) <= width)
    assert _squeezed("".join(lines)) == _squeezed(text)  # nothing lost
    _breaks_between_syllables(text, lines)
    for line in lines:  # every line fits, unless one syllable alone is wider
        assert len(line) <= width or len(break_points(line) - {0}) == 0


def test_a_label_in_burmese_rewraps_at_every_width(qtbot: QtBot) -> None:
    install_language("my")
    try:
        label = QLabel()
        label.setWordWrap(True)
        qtbot.addWidget(label)
        text = max(BURMESE, key=len)
        label.setText(text)
        label.show()
        metrics = QFontMetricsF(label.font())
        for width in (120, 180, 260, 400):
            label.resize(width, 400)
            qtbot.waitUntil(
                lambda w=width: (
                    "\n" in label.text()  # type: ignore[misc]
                    or metrics.horizontalAdvance(text) < w
                )
            )
            lines = label.text().split("\n")
            _breaks_between_syllables(text, lines)
            room = label.contentsRect().width()
            assert all(
                metrics.horizontalAdvance(line) <= room
                for line in lines
                if len(break_points(line)) > 1
            )
        label.setText(BURMESE[0])  # the program sets new text: wrapped anew
        label.resize(150, 400)
        qtbot.waitUntil(lambda: _squeezed(label.text()) == _squeezed(BURMESE[0]))
    finally:
        install_language("en")
