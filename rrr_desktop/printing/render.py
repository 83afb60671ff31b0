"""Rendering a ``PrintDocument`` to PDF or a printer: page size, margins, page numbers.

The HTML is laid out at a fixed 96 dpi on an off-screen QImage (so the layout is the same
on every machine and in worker threads, where the screen must not be touched), then the
painter is scaled to the device's resolution. Each page gets the bilingual footer with
the reference and "page n of N". Fonts are embedded in the PDF by Qt.
"""

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
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
    QTextLength,
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
QR_MM = 18.0  # 37 modules of about half a millimetre: a phone reads it from paper
TOP_TOLERANCE = 12.0  # layout pixels: a frame this close to a page top already starts it
# A table of this width (in %) never starts a page alone: the content before it comes
# along (signature blocks). Qt's rich text keeps no class names, so the width marks it.
KEEP_WITH_PREVIOUS_PERCENT = 99.0

Cancelled = Callable[[], bool]


class PrintFailed(KnownError):
    pass


def page_layout(paper: str) -> QPageLayout:
    """Portrait A4 or US Letter with the document margins."""
    size_id = QPageSize.PageSizeId.Letter if paper == Paper.LETTER else QPageSize.PageSizeId.A4
    return QPageLayout(
        QPageSize(size_id),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
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


def _next_content(
    document: QTextDocument, frame: QTextFrame
) -> tuple[float, QTextFrame | None] | None:
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
    fmt.setPageBreakPolicy(
        QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        if on
        else QTextFormat.PageBreakFlag.PageBreak_Auto
    )
    frame.setFrameFormat(fmt)


def _keeps_with_previous(frame: QTextFrame) -> bool:
    width = frame.frameFormat().toTableFormat().width()
    return (
        width.type() == QTextLength.Type.PercentageLength
        and width.rawValue() == KEEP_WITH_PREVIOUS_PERCENT
    )


def _pull_previous(
    frames: list[QTextFrame], index: int, layout: QAbstractTextDocumentLayout, page_height: float
) -> bool:
    """A keep-with-previous table (and the headings just above it) starting a page: the
    content before it moves over too, when everything fits on one page."""
    start = index
    while start > 0 and _is_heading(frames[start - 1]):
        start -= 1
    if start == 0:
        return False
    top = layout.frameBoundingRect(frames[start]).top()
    previous = frames[start - 1]
    if _page_of(layout.frameBoundingRect(previous).bottom() - 1, page_height) >= _page_of(
        top, page_height
    ):
        return False  # something printed above it on its page
    if _has_break(previous):
        return False  # already moved once: it does not fit with it
    # the height they need together (they now sit on two pages, so not bottom minus top)
    span = (
        layout.frameBoundingRect(previous).height()
        + layout.frameBoundingRect(frames[index]).bottom()
        - top
        + TOP_TOLERANCE
    )
    if span >= page_height - TOP_TOLERANCE:
        return False
    for frame in frames[start : index + 1]:
        _break_before(frame, on=False)
    _break_before(previous)
    return True


def keep_together(document: QTextDocument, max_passes: int = 200) -> None:
    """Move whole tables to the next page instead of splitting them (a tick row, a
    signature line, an information-sheet section), keep headings with the next table, and
    never leave a signature block alone on a page.

    Qt's rich text has no ``page-break-inside: avoid``; so lay out, find the first table
    that crosses a page boundary, put a page break before it and lay out again.
    """
    page_height = document.pageSize().height()
    layout = document.documentLayout()
    for _ in range(max_passes):
        frames = document.rootFrame().childFrames()
        moved = False
        for index, frame in enumerate(frames):
            rect = layout.frameBoundingRect(frame)
            if _keeps_with_previous(frame) and _pull_previous(frames, index, layout, page_height):
                moved = True
                break
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
    footer_mm = FOOTER_HEIGHT_MM if doc.mark is None else max(FOOTER_HEIGHT_MM, QR_MM + 3)
    footer_height = footer_mm / 25.4 * LAYOUT_DPI
    qr_side = QR_MM / 25.4 * LAYOUT_DPI if doc.mark is not None else 0.0
    footer_width = width - (qr_side * 1.15 if qr_side else 0.0)
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
            if doc.mark is not None:
                footer_html += f"<p class='small' align='center'>{doc.mark.shown}</p>"
                _draw_qr(
                    painter,
                    doc.mark.qr_text(),
                    width - qr_side,
                    body_height + footer_height - qr_side,
                    qr_side,
                )
            footer = _text_document(page_shell("", footer_html), measuring, footer_width)
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


def _draw_qr(painter: QPainter, text: str, left: float, top: float, side: float) -> None:
    """The QR code of ``text`` as filled squares (sharp at any resolution), quiet zone
    included in ``side``."""
    import segno

    matrix = segno.make(text, error="m", micro=False).matrix
    modules = len(matrix) + 8  # four modules of quiet zone on each side
    step = side / modules
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for row, values in enumerate(matrix):
        column = 0
        while column < len(values):  # one rectangle per run of dark modules: no seams
            if not values[column]:
                column += 1
                continue
            end = column
            while end < len(values) and values[end]:
                end += 1
            painter.drawRect(
                QRectF(
                    left + (column + 4) * step, top + (row + 4) * step, (end - column) * step, step
                )
            )
            column = end
    painter.restore()


def complete_pdf(path: Path) -> None:
    """Qt's writer does not report a failed write (a full disk): the trailer tells."""
    with open(path, "rb") as handle:
        handle.seek(max(0, path.stat().st_size - 64))
        if b"%%EOF" not in handle.read():
            raise OSError(errno.ENOSPC, "the PDF was cut short")


def write_pdf(
    doc: PrintDocument, path: Path, paper: str = Paper.A4, cancelled: Cancelled | None = None
) -> int:
    """Write ``doc`` as a PDF; returns the number of pages."""
    path = Path(path)
    if not path.parent.is_dir():
        raise PrintFailed(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=path.parent
        )
    # never a half PDF; and what a killed print of this name left (a page with a name on
    # it, hidden beside the file) goes when the print is made again
    with files.replacing(path, check=complete_pdf, clear_unfinished=True) as temp:
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
