"""Wrapped Burmese labels end lines between syllables.

Qt's wheels break Burmese at any grapheme cluster (a quarter of the breaks in our catalogue
fell inside a syllable, as in "မဟု|တ်ပါ"), and ignore both zero-width spaces and word
joiners there (docs/DEVELOPING.md, "Measured facts"). So for a word-wrapping plain-text
label, the lines are chosen here, at the syllable boundaries of ``domain/syllables.py``, for
the label's current width, and given to Qt as explicit line breaks; the label's own text is
kept and re-wrapped whenever the width or the text changes."""

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel

from rrr_desktop.domain.syllables import break_points

MYANMAR = ("\u1000", "\u109f")
_SOURCE = "rrrSyllableSource"  # the label's text as set by the program
_SHOWN = "rrrSyllableShown"  # what we put there for the current width


def wrap_lines(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Greedy lines of ``text`` broken only at syllable or space boundaries; a syllable
    wider than the line stands alone on its line rather than being cut."""
    return [line for paragraph in text.split("\n") for line in _wrap(paragraph, fits)]


def _wrap(paragraph: str, fits: Callable[[str], bool]) -> list[str]:
    lines: list[str] = []
    ends = sorted(p for p in break_points(paragraph) if p < len(paragraph))
    start, last_fit = 0, None
    for point in [*ends, len(paragraph)]:
        if point <= start:
            continue
        if fits(paragraph[start:point].rstrip()):
            last_fit = point
            continue
        if last_fit is not None and last_fit > start:
            start = _cut(paragraph, start, last_fit, lines)
            if point <= start or fits(paragraph[start:point].rstrip()):
                last_fit = point
                continue
        start, last_fit = _cut(paragraph, start, point, lines), None  # wider than a line
    if start < len(paragraph) or not paragraph:
        lines.append(paragraph[start:].rstrip())
    return lines


def _cut(paragraph: str, start: int, end: int, lines: list[str]) -> int:
    """Ends a line at ``end``; the next starts after the spaces there."""
    lines.append(paragraph[start:end].rstrip())
    while end < len(paragraph) and paragraph[end] == " ":
        end += 1
    return end


def _rich(text: str) -> bool:
    return bool(QtGui.Qt.mightBeRichText(text))  # QtGui's Qt namespace has it


def _has_myanmar(text: str) -> bool:
    return any(MYANMAR[0] <= c <= MYANMAR[1] for c in text)


class SyllableWrap(QObject):
    """Application filter: re-wraps word-wrapping plain-text labels in Burmese."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Show) and isinstance(watched, QLabel):
            self.rewrap(watched)
        return False

    @staticmethod
    def rewrap(label: QLabel) -> None:
        if not label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText:
            return
        current = label.text()
        if current != label.property(_SHOWN):  # set by the program since we last wrapped
            label.setProperty(_SOURCE, current)
        source = str(label.property(_SOURCE) or "")
        if not source or not _has_myanmar(source) or _rich(source):
            return
        # a few pixels of room: a line Qt finds a hair too wide it would break itself
        width = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0) - 4
        if width <= 0:
            return
        metrics = QFontMetricsF(label.font())
        shown = "\n".join(wrap_lines(source, lambda s: metrics.horizontalAdvance(s) <= width))
        label.setProperty(_SHOWN, shown)
        if shown != current:
            label.setText(shown)
