"""Rendering a ``PrintDocument`` to PDF or a printer: page size, margins, page numbers.

The HTML is laid out at a fixed 96 dpi on an off-screen QImage (so the layout is the same
on every machine and in worker threads, where the screen must not be touched), then the
painter is scaled to the device's resolution. Each page gets the bilingual footer with
the reference and "page n of N". Fonts are embedded in the PDF by Qt.
"""

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
    QTextDocument,
)

from rrr_desktop.errors import KnownError
from rrr_desktop.printing.context import Paper, PrintDocument
from rrr_desktop.printing.fonts import LATIN_FAMILY, register_fonts
from rrr_desktop.printing.layout import page_shell

LAYOUT_DPI = 96
PDF_DPI = 600
MARGINS_MM = QMarginsF(18, 16, 18, 12)  # left, top, right, bottom
FOOTER_HEIGHT_MM = 9.0

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


def paint(doc: PrintDocument, device: QPagedPaintDevice, cancelled: Cancelled | None = None) -> int:
    """Paint every page of ``doc`` on ``device`` (PDF writer or printer); returns pages."""
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
    pages = body.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise PrintFailed("The printer or PDF file could not be opened for writing.")
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
            painter.save()
            painter.translate(0, body_height + footer_height * 0.25)
            footer.drawContents(painter)
            painter.restore()
    finally:
        painter.end()
    return pages


def write_pdf(doc: PrintDocument, path: Path, paper: str = Paper.A4,
              cancelled: Cancelled | None = None) -> int:
    """Write ``doc`` as a PDF; returns the number of pages."""
    path = Path(path)
    if not path.parent.is_dir():
        raise PrintFailed(f"The folder {path.parent} does not exist.")
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(doc.title)  # reference and kind only, never a name
    writer.setCreator("RRR Desktop")
    pages = paint(doc, writer, cancelled)
    del writer  # flushes and closes the file
    return pages
