"""The attachment viewer draws a PDF within a memory budget, whatever its page sizes say,
and says when it shows only part of a document (hostile-input review)."""

import hashlib

import pytest
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.notes import Attachment, AttachmentKind
from rrr_desktop.services.notes import AttachmentFile
from rrr_desktop.ui.notes import viewer
from tests.ui.test_notes_and_files import _blank_pdf


@pytest.mark.parametrize(
    ("width_pt", "height_pt"),
    [(1, 1e9), (1e9, 1), (0.01, 14400), (1, 14400), (40, 14400), (14400, 40), (1e6, 1e6)],
)
def test_no_page_is_drawn_larger_than_the_page_budget(width_pt: float, height_pt: float) -> None:
    """A page 1 point wide and 10^9 high was drawn 1 pixel wide and 44 million high (the
    width, scaled below one pixel, is drawn one pixel wide): a 5 KB file of 50 such pages
    asked for 9 GB."""
    drawn = viewer.pdf_pages(_blank_pdf(width_pt, height_pt, 3))
    assert drawn
    for image in drawn:
        assert image.width() * image.height() <= viewer.PAGE_PIXELS * 1.01
        assert image.width() <= viewer.PAGE_WIDTH + 1
        assert image.height() <= viewer.PAGE_SIDE + 1


@pytest.mark.parametrize(("width_pt", "height_pt"), [(1, 1e9), (40, 14400), (595, 842)])
def test_a_document_is_drawn_within_the_total_budget(width_pt: float, height_pt: float) -> None:
    data = _blank_pdf(width_pt, height_pt, 200)
    assert len(data) < 40_000  # a small file
    drawn = viewer.pdf_pages(data, limit=200)
    sizes = [image.width() * image.height() for image in drawn]
    assert sum(sizes) <= viewer.TOTAL_PIXELS
    assert drawn.total == 200


def _found(data: bytes) -> AttachmentFile:
    attachment = Attachment(
        name="scan.pdf",
        kind=AttachmentKind.OTHER,
        media_type="application/pdf",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return AttachmentFile(attachment, data, "case-1")


@pytest.mark.parametrize(
    ("width_pt", "height_pt", "pages"),
    [(40, 3000, 50), (595, 842, viewer.MAX_PAGES + 10)],  # past the pixels, past the pages
)
def test_the_viewer_says_when_it_shows_only_part_of_a_document(
    qtbot: QtBot, width_pt: float, height_pt: float, pages: int
) -> None:
    found = _found(_blank_pdf(width_pt, height_pt, pages))
    shown = viewer.prepared(found)
    assert isinstance(shown, viewer.Pages)
    assert 0 < len(shown) < pages
    window = viewer.AttachmentViewer(found, shown)
    qtbot.addWidget(window)
    assert len(window.pages) == len(shown)
    text = window.left_out.text()
    assert f"{len(shown)} of {pages} pages" in text
    assert "Save a copy" in text
    assert not window.left_out.isHidden()


def test_the_viewer_says_nothing_of_a_document_shown_whole(qtbot: QtBot) -> None:
    found = _found(_blank_pdf(595, 842, 3))
    shown = viewer.prepared(found)
    window = viewer.AttachmentViewer(found, shown)
    qtbot.addWidget(window)
    assert len(window.pages) == 3
    assert window.left_out.isHidden()
