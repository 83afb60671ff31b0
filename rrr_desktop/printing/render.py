"""Rendering a ``PrintDocument`` to PDF or a printer: page size, margins, page numbers.

The HTML is laid out at a fixed 96 dpi on an off-screen QImage (so the layout is the same
on every machine and in worker threads, where the screen must not be touched), then the
painter is scaled to the device's resolution. Each page gets the bilingual footer with
the reference and "page n of N". Fonts are embedded in the PDF by Qt.
"""

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
)

from rrr_desktop import files
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import KnownError
from rrr_desktop.printing.context import Paper, PrintDocument
from rrr_desktop.printing.fonts import LATIN_FAMILY, register_fonts
from rrr_desktop.printing.layout import page_shell
from rrr_desktop.printing.line_breaks import break_between_syllables
from rrr_desktop.printing.text_layer import (
    POINTS_PER_LAYOUT_PX,
    PlacedLine,
    add_text_layer,
    document_lines,
)

LAYOUT_DPI = 96
PDF_DPI = 600
MARGINS_MM = QMarginsF(18, 16, 18, 12)  # left, top, right, bottom
FOOTER_HEIGHT_MM = 9.0
TOP_TOLERANCE = 12.0  # layout pixels: a frame this close to a page top already starts it

Cancelled = Callable[[], bool]


class PrintFailed(KnownError):
    pass


def page_layout(paper: str) -> QPageLayout:
    """Portrait A4 or US Letter with the document margins."""
    size_id = QPageSize.PageSizeId.Letter if paper == Paper.LETTER else QPageSize.PageSizeId.A4
    return QPageLayout(
        QPageSize(size_id), QPageLayout.Orientation.Portrait, MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def _measuring_device() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def _text_document(html: str, measuring: QImage, width: float) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(measuring)
    document.setDefaultFont(QFont(LATIN_FAMILY, 10))
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setTextWidth(width)
    return document


def _page_of(y: float, page_height: float) -> int:
    return int(y // page_height)


def _is_heading(frame: QTextFrame) -> bool:
    """A table whose first block is an <h1>/<h2>: it must stay with what follows."""
    block = frame.firstCursorPosition().block()
    return block.blockFormat().headingLevel() > 0


def _next_content(document: QTextDocument,
                  frame: QTextFrame) -> tuple[float, QTextFrame | None] | None:
    """Where the first non-empty thing after ``frame`` starts, and its table if it is one."""
    layout = document.documentLayout()
    cursor = frame.lastCursorPosition()
    for _ in range(4):
        if not cursor.movePosition(QTextCursor.MoveOperation.NextBlock):
            return None
        inner = cursor.currentFrame()
        if inner is not None and inner != document.rootFrame():
            return layout.frameBoundingRect(inner).top(), inner
        if cursor.block().text().strip():
            return layout.blockBoundingRect(cursor.block()).top(), None
    return None


def _has_break(frame: QTextFrame) -> bool:
    policy = frame.frameFormat().pageBreakPolicy()
    return bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def _break_before(frame: QTextFrame, on: bool = True) -> None:
    fmt = frame.frameFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore if on
                           else QTextFormat.PageBreakFlag.PageBreak_Auto)
    frame.setFrameFormat(fmt)


def keep_together(document: QTextDocument, max_passes: int = 200) -> None:
    """Move whole tables to the next page instead of splitting them (a tick row, a
    signature line, an information-sheet section), and keep headings with the next table.

    Qt's rich text has no ``page-break-inside: avoid``; so lay out, find the first table
    that crosses a page boundary, put a page break before it and lay out again.
    """
    page_height = document.pageSize().height()
    layout = document.documentLayout()
    for _ in range(max_passes):
        frames = document.rootFrame().childFrames()
        moved = False
        for frame in frames:
            rect = layout.frameBoundingRect(frame)
            if _has_break(frame) or rect.top() % page_height < TOP_TOLERANCE:
                continue
            first = _page_of(rect.top(), page_height)
            split = _page_of(rect.bottom() - 1, page_height) != first
            split = split and rect.height() < page_height
            orphan = False
            if _is_heading(frame):
                following = _next_content(document, frame)
                orphan = following is not None and _page_of(following[0], page_height) > first
                if orphan and following is not None and following[1] is not None:
                    _break_before(following[1], on=False)  # the heading takes the break
            if split or orphan:
                _break_before(frame)
                moved = True
                break
        if not moved:
            return


def paint(
    doc: PrintDocument,
    device: QPagedPaintDevice,
    cancelled: Cancelled | None = None,
    lines: list[PlacedLine] | None = None,
) -> int:
    """Paint every page of ``doc`` on ``device`` (PDF writer or printer); returns pages.
    ``lines`` collects every printed line with its place, for a PDF's text layer."""
    register_fonts()
    measuring = _measuring_device()
    dpi = device.logicalDpiX()
    scale = dpi / LAYOUT_DPI
    paint_rect = device.pageLayout().paintRectPixels(dpi)
    width = paint_rect.width() / scale
    footer_height = FOOTER_HEIGHT_MM / 25.4 * LAYOUT_DPI
    body_height = paint_rect.height() / scale - footer_height
    body = _text_document(doc.html, measuring, width)
    body.setPageSize(QSizeF(width, body_height))
    break_between_syllables(body)
    keep_together(body)
    pages = body.pageCount()
    corner = device.pageLayout().paintRect(QPageLayout.Unit.Point).topLeft()
    origin = (corner.x(), corner.y())
    if lines is not None:
        lines += document_lines(body, origin, page_height=body_height)
    painter = QPainter()
    if not painter.begin(device):
        raise PrintFailed(
            QT_TRANSLATE_NOOP("errors", "The printer or PDF file could not be opened for writing.")
        )
    try:
        painter.scale(scale, scale)
        for index in range(pages):
            if cancelled is not None and cancelled():
                break
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * body_height)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * body_height, width, body_height)
            painter.setClipRect(context.clip)
            body.documentLayout().draw(painter, context)
            painter.restore()
            footer_html = doc.footer_html.replace("{page}", str(index + 1)).replace(
                "{pages}", str(pages)
            )
            footer = _text_document(page_shell("", footer_html), measuring, width)
            if lines is not None:
                footer_top = (body_height + footer_height * 0.25) * POINTS_PER_LAYOUT_PX
                lines += document_lines(footer, (origin[0], origin[1] + footer_top), page=index)
            painter.save()
            painter.translate(0, body_height + footer_height * 0.25)
            footer.drawContents(painter)
            painter.restore()
    finally:
        painter.end()
    return pages


def complete_pdf(path: Path) -> None:
    """Qt's writer does not report a failed write (a full disk): the trailer tells."""
    with open(path, "rb") as handle:
        handle.seek(max(0, path.stat().st_size - 64))
        if b"%%EOF" not in handle.read():
            raise OSError(errno.ENOSPC, "the PDF was cut short")


def write_pdf(doc: PrintDocument, path: Path, paper: str = Paper.A4,
              cancelled: Cancelled | None = None) -> int:
    """Write ``doc`` as a PDF; returns the number of pages."""
    path = Path(path)
    if not path.parent.is_dir():
        raise PrintFailed(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=path.parent
        )
    with files.replacing(path, check=complete_pdf) as temp:  # never a half PDF
        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(page_layout(paper))
        writer.setTitle(doc.title)  # reference and kind only, never a name
        writer.setCreator("RRR Desktop")
        lines: list[PlacedLine] = []
        pages = paint(doc, writer, cancelled, lines)
        del writer  # flushes and closes the file
        complete_pdf(temp)  # a full disk shows here, before the text layer reads it
        add_text_layer(temp, lines)
    return pages
