"""An attached file shown from memory: images and PDF pages as pictures, text as text.

Nothing is written to disk to show a file (no temporary copy for another program to
open): PDF pages are drawn by PDFium from the bytes held in memory. The window's title
names the kind of file only, never its name (a file name often holds the person's name).
"""

import math

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.notes import VIEWABLE_IMAGES
from rrr_desktop.services.notes import AttachmentFile
from rrr_desktop.ui.labels import label

MAX_PAGES = 50  # a longer document is better read in a copy saved on purpose
PAGE_WIDTH = 820  # pixels a page is drawn at: fits the viewer without scrolling sideways
# A page of odd proportions (40 points wide, 14,400 high) drawn 820 pixels wide took a
# gigabyte, and a 5 KB file of 50 such pages more memory than a laptop has (found by the
# hostile-input review): each page is drawn within PAGE_PIXELS, the document within
# TOTAL_PIXELS (an A4 page at 820 pixels wide is about 0.95 million).
PAGE_PIXELS = 4_000_000
TOTAL_PIXELS = 60_000_000
# PDFium draws a side at least one pixel long: a page 1 point wide and 10^9 high, scaled
# to 4 million pixels, was still drawn 1 pixel wide and 44 million high (a 5 KB file of
# 50 such pages asked for 9 GB), so neither side is drawn longer than this.
PAGE_SIDE = 16_384


class Unviewable(Exception):
    """The bytes cannot be shown here (a kind of file, or a damaged one)."""


def page_scale(width_pt: float, height_pt: float, width: int = PAGE_WIDTH) -> float:
    """Drawn ``width`` pixels wide, unless that would take more than PAGE_PIXELS or a
    side longer than PAGE_SIDE."""
    w, h = max(abs(width_pt), 1.0), max(abs(height_pt), 1.0)
    # (+1: pixels are whole, and a page a point wide is drawn two pixels wide, not one)
    return min(width / w, math.sqrt(PAGE_PIXELS / ((w + 1) * (h + 1))), PAGE_SIDE / max(w, h))


def page_size(width_pt: float, height_pt: float, scale: float) -> tuple[int, int]:
    """The pixels PDFium draws a page in (it rounds each side up, to at least one)."""
    return (
        max(1, math.ceil(abs(width_pt) * scale)),
        max(1, math.ceil(abs(height_pt) * scale)),
    )


class Pages(list[QImage]):
    """The pages drawn, and how many the document has (``total``): a long document, or
    one of large pages, is shown only in part."""

    def __init__(self, total: int) -> None:
        super().__init__()
        self.total = total


def pdf_pages(data: bytes, width: int = PAGE_WIDTH, limit: int = MAX_PAGES) -> Pages:
    """Pages drawn from memory (call in a worker: a scanned booklet takes a while), as
    many as fit within TOTAL_PIXELS; ``total`` says how many the document has."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise Unviewable() from exc
    drawn = 0
    try:
        pages = Pages(len(document))
        for index in range(min(len(document), limit)):
            try:
                page = document[index]
            except pdfium.PdfiumError as exc:  # a damaged page: the ones before it are shown
                if pages:
                    break
                raise Unviewable() from exc
            w, h = page.get_width(), page.get_height()
            scale = page_scale(w, h, width)
            page_width, page_height = page_size(w, h, scale)
            drawn += page_width * page_height
            if drawn > TOTAL_PIXELS and pages:
                page.close()
                break  # the pages drawn so far are shown; the rest in a copy saved on purpose
            bitmap = page.render(scale=scale, prefer_bgrx=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB32,
            )
            pages.append(image.copy())  # the bitmap's memory is freed with it
            bitmap.close()
            page.close()
    finally:
        document.close()
    return pages


def prepared(found: AttachmentFile) -> list[QImage] | str:
    """What the viewer shows: pictures, or text (call in a worker)."""
    media = found.attachment.media_type
    if media == "application/pdf":
        return pdf_pages(found.data)
    if media in VIEWABLE_IMAGES:
        image = QImage.fromData(QByteArray(found.data))
        if image.isNull():
            raise Unviewable()
        return [image]
    if media == "text/plain":
        return found.data.decode("utf-8", errors="replace")
    raise Unviewable()


class AttachmentViewer(QDialog):
    def __init__(
        self, found: AttachmentFile, shown: list[QImage] | str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(label(found.attachment.kind))
        layout = QVBoxLayout(self)
        if isinstance(shown, str):
            text = QPlainTextEdit(self)
            text.setReadOnly(True)
            text.setPlainText(shown)
            layout.addWidget(text, 1)
            self.pages: list[QLabel] = []
        else:
            self.left_out = QLabel(self)  # pages past the page or memory budget
            self.left_out.setObjectName("pagesLeftOut")
            self.left_out.setWordWrap(True)
            total = shown.total if isinstance(shown, Pages) else len(shown)
            if len(shown) < total:
                self.left_out.setText(
                    self.tr(
                        'Shown here: the first {shown} of {total} pages; use "Save a copy" to '
                        "read the rest."
                    ).format(shown=len(shown), total=total)
                )
                layout.addWidget(self.left_out)
            else:
                self.left_out.hide()
            body = QWidget(self)
            column = QVBoxLayout(body)
            self.pages = []
            for image in shown:
                page = QLabel(body)
                page.setPixmap(QPixmap.fromImage(image))
                page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                column.addWidget(page)
                self.pages.append(page)
            scroll = QScrollArea(self)
            scroll.setWidget(body)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(PAGE_WIDTH + 80, 760)
