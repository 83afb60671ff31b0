"""Lines of Khmer, Lao and Burmese that end between syllables, not inside one.

Qt lays these scripts out without a dictionary (see ``domain/syllables.py``). After the
page width is known, every line that would end inside a syllable gets a line separator
(U+2028) at the last syllable boundary before it, and the block is laid out again.
"""

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from rrr_desktop.domain.syllables import COMPLEX, STICKS_LEFT, break_points

LINE_SEPARATOR = "\u2028"


def break_between_syllables(document: QTextDocument) -> int:
    """Returns how many separators were inserted (0 when nothing needed one)."""
    inserted = 0
    block = document.begin()
    while block.isValid():
        if COMPLEX.search(block.text()):
            inserted += _fix_block(document, block)
        block = block.next()
    return inserted


def _fix_block(document: QTextDocument, block: QTextBlock) -> int:
    inserted = 0
    for _ in range(len(block.text())):  # each pass moves one break; bounded
        document.size()  # lays out again after an insertion
        cut = _first_bad_cut(block)
        if cut is None:
            break
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + cut)
        cursor.insertText(LINE_SEPARATOR)
        inserted += 1
    return inserted


def _first_bad_cut(block: QTextBlock) -> int | None:
    """Where to put a separator so the first line ending inside a syllable ends before it."""
    text = block.text()
    layout = block.layout()
    allowed = break_points(text)
    for n in range(layout.lineCount() - 1):
        line = layout.lineAt(n)
        start, end = line.textStart(), line.textStart() + line.textLength()
        if end <= 0 or end >= len(text) or end in allowed:
            continue
        if text[end - 1].isspace() or text[end - 1] == LINE_SEPARATOR:
            continue
        beside_complex = COMPLEX.match(text[end - 1]) or COMPLEX.match(text[end])
        if not beside_complex and text[end] not in STICKS_LEFT:
            continue  # a break between Latin words is Qt's own, and fine
        earlier = [p for p in allowed if start < p < end]
        if earlier:
            return max(earlier)
    return None
