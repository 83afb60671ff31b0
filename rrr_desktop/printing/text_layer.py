"""A PDF text layer that gives back the words printed, in every script.

Qt's PDF writer maps shaped glyph clusters back to text badly (docs/DEVELOPING.md, "Measured
facts": pdftotext finds 1 of 29 Khmer checklist phrases; Thai loses tone marks, Arabic comes
out as presentation forms), because one glyph's ToUnicode entry cannot say "these three
characters, in another order". So, after Qt has drawn a page:

- Qt's drawing is wrapped in an empty ``/ActualText`` span: viewers that honour it
  (poppler, Acrobat) take no text from those glyphs;
- every laid-out line is placed over its printed twin as invisible text (render mode 3)
  in a glyphless font whose ToUnicode map gives each character back, in logical order,
  stretched to the line's width so that selecting a line selects its words.

This is what OCR tools do for scanned pages. Nothing is invented: the lines and their
positions come from Qt's own layout, the PDF editing from pypdf.
"""

import dataclasses
import io
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QTextDocument

from rrr_desktop import resources

FONT_NAME = "/RRRText"
POINTS_PER_LAYOUT_PX = 72 / 96  # layout at 96 dpi, PDF user space in points
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")  # Hebrew, Arabic
# breaks, isolates and marks that steer layout but are no part of any word searched for
_INVISIBLE_CHARS = str.maketrans(
    # no-break space and hyphen keep a phone number or a date whole on paper; searched
    # and copied, they are the space and hyphen a person types
    "\u00a0\u2011",
    " -",
    "\u200b\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufffc\u00ad",
)


@dataclasses.dataclass(frozen=True)
class PlacedLine:
    """One printed line: its page, its box in points from the page's top left, its text."""

    page: int
    left: float
    top: float
    width: float
    height: float
    ascent: float
    text: str


def document_lines(
    document: QTextDocument,
    origin: tuple[float, float],
    page_height: float | None = None,
    page: int | None = None,
) -> list[PlacedLine]:
    """Every non-empty line of ``document`` (laid out in 96-dpi pixels) as placed on paper:
    ``origin`` is the document's top left on the page, in points; a paginated body gives
    ``page_height`` (layout pixels per page), a footer gives its fixed ``page``."""
    layout = document.documentLayout()
    lines: list[PlacedLine] = []
    scale = POINTS_PER_LAYOUT_PX
    block = document.begin()
    while block.isValid():
        text_layout = block.layout()
        block_top_left = layout.blockBoundingRect(block).topLeft()
        text = block.text()
        for n in range(text_layout.lineCount()):
            line = text_layout.lineAt(n)
            words = text[line.textStart() : line.textStart() + line.textLength()]
            words = words.translate(_INVISIBLE_CHARS).strip()
            if _RTL.search(words):
                rtl = block.textDirection() == Qt.LayoutDirection.RightToLeft
                words = visual_order(words, rtl)
            if not words:
                continue
            rect = line.naturalTextRect()
            x = block_top_left.x() + rect.left()
            y = block_top_left.y() + rect.top()
            on_page = page
            if on_page is None:
                assert page_height is not None
                on_page = int((y + rect.height() / 2) // page_height)
                y -= on_page * page_height
            lines.append(
                PlacedLine(
                    page=on_page,
                    left=origin[0] + x * scale,
                    top=origin[1] + y * scale,
                    width=rect.width() * scale,
                    height=rect.height() * scale,
                    ascent=line.ascent() * scale,
                    text=words,
                )
            )
        block = block.next()
    return lines


class RecordingPainter(QPainter):
    """A painter that notes where each ``drawText(rect, flags, text)`` lands, for pages
    drawn with plain painter calls (the statistics report and its charts)."""

    def __init__(self, origin: tuple[float, float], points_per_pixel: float) -> None:
        super().__init__()
        self.origin = origin
        self.points_per_pixel = points_per_pixel
        self.page = 0
        self.lines: list[PlacedLine] = []

    def drawText(self, *args: object) -> None:  # type: ignore[override]  # noqa: N802
        super().drawText(*args)  # type: ignore[call-overload]
        if len(args) != 3 or not isinstance(args[0], QRectF) or not isinstance(args[2], str):
            return
        rect, flags, text = args[0], args[1], str(args[2])
        box = self.transform().mapRect(self.boundingRect(rect, int(flags), text))  # type: ignore[call-overload]
        rows = [row.translate(_INVISIBLE_CHARS).strip() for row in text.split("\n")]
        step = box.height() / len(rows)
        scale = self.points_per_pixel
        for n, row in enumerate(rows):
            if not row:
                continue
            height = step * scale
            self.lines.append(
                PlacedLine(
                    page=self.page,
                    left=self.origin[0] + box.left() * scale,
                    top=self.origin[1] + (box.top() + n * step) * scale,
                    width=box.width() * scale,
                    height=height,
                    ascent=height * 0.8,
                    text=visual_order(row, self.layoutDirection() == Qt.LayoutDirection.RightToLeft)
                    if _RTL.search(row)
                    else row,
                )
            )


def visual_order(text: str, right_to_left: bool) -> str:
    """The characters of one line in the order they are drawn, left to right: text
    extractors read a right-to-left run drawn that way back into logical order (as they
    do for the glyphs Qt writes), so a line written in logical order would come out
    reversed. The bidi algorithm's two levels that printed lines use (UAX #9, rules W-N
    simplified): letters and digits of left-to-right runs keep their order, runs of
    Arabic or Hebrew are reversed, and in a right-to-left line the runs go right to left.
    Neutral characters join the direction of their neighbours when both agree."""
    kinds: list[str] = []
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            kinds.append("R")
        elif kind in ("L", "EN", "AN"):
            kinds.append("L")
        elif kind == "NSM" and kinds:
            kinds.append(kinds[-1])  # a mark goes with its base
        else:
            kinds.append("")
    paragraph = "R" if right_to_left else "L"
    resolved = list(kinds)
    n = 0
    while n < len(kinds):
        if kinds[n]:
            n += 1
            continue
        end = n
        while end < len(kinds) and not kinds[end]:
            end += 1
        before = kinds[n - 1] if n else paragraph
        after = kinds[end] if end < len(kinds) else paragraph
        resolved[n:end] = [before if before == after else paragraph] * (end - n)
        n = end
    base = 1 if right_to_left else 0
    levels = [
        (1 if k == "R" else 0) if not right_to_left else (1 if k == "R" else 2) for k in resolved
    ]
    chars = list(text)
    for level in range(max(levels, default=0), base, -1):  # rule L2
        n = 0
        while n < len(chars):
            if levels[n] < level:
                n += 1
                continue
            end = n
            while end < len(chars) and levels[end] >= level:
                end += 1
            chars[n:end] = chars[n:end][::-1]
            levels[n:end] = levels[n:end][::-1]
            n = end
    if right_to_left:
        chars.reverse()
    return "".join(chars)


def add_text_layer(path: Path, lines: Iterable[PlacedLine]) -> None:
    """Rewrite the PDF at ``path`` (a temporary file: the caller replaces atomically)."""
    by_page: dict[int, list[PlacedLine]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    reader = PdfReader(io.BytesIO(Path(path).read_bytes()))
    writer = PdfWriter(clone_from=reader)
    chars = sorted({c for page in by_page.values() for line in page for c in line.text})
    codes = {c: n + 1 for n, c in enumerate(chars)}  # CID 0 stays .notdef
    font = writer._add_object(_font(writer, codes))
    for index, page in enumerate(writer.pages):
        height = float(page.mediabox.height)
        drawn = page.get_contents()
        original = drawn.get_data() if drawn is not None else b""
        layer = b"".join(_line_ops(line, codes, height) for line in by_page.get(index, []))
        stream = DecodedStreamObject()
        stream.set_data(b"q\n/Span <</ActualText ()>> BDC\n" + original + b"\nEMC\nQ\n" + layer)
        page[NameObject("/Contents")] = writer._add_object(stream)
        resources_dict = page.setdefault(NameObject("/Resources"), DictionaryObject())
        fonts = resources_dict.setdefault(NameObject("/Font"), DictionaryObject())
        fonts = fonts.get_object()
        fonts[NameObject(FONT_NAME)] = font
        page.compress_content_streams()
    with open(path, "wb") as handle:
        writer.write(handle)


def _line_ops(line: PlacedLine, codes: dict[str, int], page_height: float) -> bytes:
    size = max(line.height * 0.8, 1.0)
    natural = len(line.text) * size  # every glyph of the glyphless font is 1 em wide
    stretch = 100 * line.width / natural if natural else 100
    baseline = page_height - (line.top + line.ascent)
    hexed = "".join(f"{codes[c]:04X}" for c in line.text)
    return (
        f"BT 3 Tr {FONT_NAME} {size:.2f} Tf {stretch:.3f} Tz "
        f"1 0 0 1 {line.left:.2f} {baseline:.2f} Tm <{hexed}> Tj ET\n"
    ).encode("ascii")


def _to_unicode(codes: dict[str, int]) -> bytes:
    entries = [
        f"<{cid:04X}> <{char.encode('utf-16-be').hex().upper()}>" for char, cid in codes.items()
    ]
    blocks = []
    for start in range(0, len(entries), 100):  # at most 100 entries per section
        chunk = entries[start : start + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + "\n".join(blocks)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")


def _stream(writer: PdfWriter, data: bytes, length1: bool = False) -> IndirectObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    encoded = stream.flate_encode()
    if length1:  # an embedded TrueType font says its unencoded length
        encoded[NameObject("/Length1")] = NumberObject(len(data))
    return writer._add_object(encoded)


def _font(writer: PdfWriter, codes: dict[str, int]) -> DictionaryObject:
    glyphless = (resources.resources_dir() / "pdf" / "GlyphLess.ttf").read_bytes()
    descriptor = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/FontDescriptor"),
            NameObject("/FontName"): NameObject("/GlyphLess"),
            NameObject("/Flags"): NumberObject(4),
            NameObject("/FontBBox"): ArrayObject([NumberObject(v) for v in (0, -200, 1000, 800)]),
            NameObject("/ItalicAngle"): NumberObject(0),
            NameObject("/Ascent"): NumberObject(800),
            NameObject("/Descent"): NumberObject(-200),
            NameObject("/CapHeight"): NumberObject(800),
            NameObject("/StemV"): NumberObject(80),
            NameObject("/FontFile2"): _stream(writer, glyphless, length1=True),
        }
    )
    cid_font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/CIDFontType2"),
            NameObject("/BaseFont"): NameObject("/GlyphLess"),
            NameObject("/CIDSystemInfo"): DictionaryObject(
                {
                    NameObject("/Registry"): TextStringObject("Adobe"),
                    NameObject("/Ordering"): TextStringObject("Identity"),
                    NameObject("/Supplement"): NumberObject(0),
                }
            ),
            NameObject("/FontDescriptor"): writer._add_object(descriptor),
            NameObject("/DW"): NumberObject(1000),
            # every CID draws glyph 1, an empty one
            NameObject("/CIDToGIDMap"): _stream(writer, b"\x00\x01" * (len(codes) + 1)),
        }
    )
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type0"),
            NameObject("/BaseFont"): NameObject("/GlyphLess"),
            NameObject("/Encoding"): NameObject("/Identity-H"),
            NameObject("/DescendantFonts"): ArrayObject([writer._add_object(cid_font)]),
            NameObject("/ToUnicode"): _stream(writer, _to_unicode(codes)),
        }
    )
