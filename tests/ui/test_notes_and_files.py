"""Notes and files on the real window: a note saved with the case's Save, kept through a
quick exit, files attached in a worker, opened from memory, copied only on purpose."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.notes import AttachmentKind, NoteKind
from rrr_desktop.services.notes import NotesService
from rrr_desktop.ui.casefile.view import CaseFileView
from rrr_desktop.ui.main_window import MainWindow
from rrr_desktop.ui.notes.files_tab import FilesTab
from rrr_desktop.ui.notes.notes_tab import NotesTab
from rrr_desktop.ui.notes.viewer import AttachmentViewer
from tests.ui.conftest import unlock

CANARY = "Zqnotecanary"


def _open_tab(qtbot: QtBot, window: MainWindow, key: str) -> tuple[CaseFileView, object]:
    assert window.workspace is not None
    case_list = window.workspace.cases.list
    case_list.table.doubleClicked.emit(case_list.model.index(0, 1))
    view = window.workspace.cases.tabs.currentWidget()
    assert isinstance(view, CaseFileView)
    view.select_tab(key)
    return view, view.tabs.currentWidget()


def _png(path: Path) -> Path:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    # The stub types format as bytes, but PySide6 (6.11) refuses bytes there and takes str.
    assert image.save(str(path), "PNG")  # type: ignore[call-overload]
    return path


def _pdf(path: Path, pages: int) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A5), QPageLayout.Orientation.Portrait, QMarginsF()
        )
    )
    painter = QPainter(writer)
    for n in range(pages):
        if n:
            writer.newPage()
        painter.drawText(100, 200, f"Signed checklist page {n + 1}")
    painter.end()
    return path


def test_a_note_is_saved_with_the_case_and_listed_newest_first(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    view, tab = _open_tab(qtbot, unlocked, "notes")
    assert isinstance(tab, NotesTab)
    rule = view.save_rule.text()  # one rule for saving, said in the window
    assert "Notes & contacts" in rule
    assert "Person" in rule
    assert tab.entries.isHidden()  # the empty state says what to do instead
    assert "No notes yet" in tab.count.text()
    tab.kind.setCurrentIndex(tab.kind.findData(NoteKind.PHONE))
    tab.with_whom.setText("the mother")
    tab.text.setPlainText(f"{CANARY}: the family will meet her at the bus station")
    qtbot.waitUntil(lambda: view.dirty, timeout=3_000)
    qtbot.keyClick(tab.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not view.dirty, timeout=3_000)
    [note] = NotesService(unlocked.ctx.session).notes(view.reference)  # type: ignore[union-attr]
    assert (note.kind, note.with_whom, note.by) == (NoteKind.PHONE, "the mother", "alice")
    assert tab.text.toPlainText() == ""  # ready for the next one
    assert CANARY in tab.entries.toPlainText()
    assert CANARY not in unlocked.windowTitle()


def test_a_note_being_typed_survives_a_quick_exit(qtbot: QtBot, unlocked: MainWindow) -> None:
    view, tab = _open_tab(qtbot, unlocked, "notes")
    assert isinstance(tab, NotesTab)
    reference = view.reference
    tab.text.setPlainText(f"{CANARY}: she fears the recruiter's brother")
    qtbot.waitUntil(lambda: view.dirty, timeout=3_000)
    unlocked.quick_exit()
    unlock(qtbot, unlocked)
    qtbot.waitUntil(lambda: unlocked.workspace is not None, timeout=10_000)
    assert unlocked.workspace is not None
    again = unlocked.workspace.cases.view_for(reference)
    assert again is not None
    assert again.dirty
    assert again.save()
    notes = NotesService(unlocked.ctx.session).notes(reference)  # type: ignore[union-attr]
    assert [n.text for n in notes] == [f"{CANARY}: she fears the recruiter's brother"]


def test_files_are_attached_opened_from_memory_and_copied_on_purpose(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, tab = _open_tab(qtbot, unlocked, "files")
    assert isinstance(tab, FilesTab)
    assert "No files yet" in tab.status.text()
    photo = _png(tmp_path / f"{CANARY}-photo.png")
    tab.kind.setCurrentIndex(tab.kind.findData(AttachmentKind.PHOTO))
    tab.attach_path(photo)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10_000)
    scan = _pdf(tmp_path / "checklist.pdf", pages=2)
    tab.kind.setCurrentIndex(tab.kind.findData(AttachmentKind.SIGNED_FORM))
    tab.share_next.setChecked(True)
    tab.attach_path(scan)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=10_000)
    photo.unlink()
    scan.unlink()  # the vault holds them now

    tab.table.selectRow(0)  # newest first: the PDF
    assert tab.attachments[0].may_share
    tab.open_selected()
    qtbot.waitUntil(lambda: tab.viewer is not None, timeout=10_000)
    assert isinstance(tab.viewer, AttachmentViewer)
    assert len(tab.viewer.pages) == 2
    assert not tab.viewer.pages[0].pixmap().isNull()
    assert CANARY not in tab.viewer.windowTitle()
    tab.viewer.close()

    tab.table.selectRow(1)
    tab.open_selected()
    qtbot.waitUntil(lambda: tab.viewer is not None and len(tab.viewer.pages) == 1, timeout=10_000)
    tab.save_copy_to(tab.attachments[1], tmp_path / "copy.png")
    assert QImage(str(tmp_path / "copy.png")).width() == 120
    assert "not encrypted" in tab.status.text()
    assert not list(tmp_path.glob(f"**/{CANARY}*"))  # no loose copy under its own name

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers.pop(0))
    tab.table.selectRow(0)
    tab.remove_button.click()  # the button asks first: "No" keeps the file
    assert len(tab.attachments) == 2
    tab.remove_button.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10_000)
    assert answers == []


def test_unviewable_files_say_what_to_do(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    _view, tab = _open_tab(qtbot, unlocked, "files")
    assert isinstance(tab, FilesTab)
    odd = tmp_path / "form.docx"
    odd.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    tab.attach_path(odd)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10_000)
    tab.table.selectRow(0)
    tab.open_selected()
    qtbot.waitUntil(lambda: "cannot be shown here" in tab.status.text(), timeout=10_000)
    assert tab.viewer is None


def test_the_case_list_finds_a_case_by_words_of_its_notes(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    assert unlocked.workspace is not None
    case_list = unlocked.workspace.cases.list
    view, _tab = _open_tab(qtbot, unlocked, "notes")
    NotesService(unlocked.ctx.session).add_note(  # type: ignore[union-attr]
        view.reference, "Visited the brick kiln near Battambang"
    )
    case_list.in_notes.setChecked(True)
    case_list.search.setText("kiln battambang")
    case_list.run_query()
    qtbot.waitUntil(lambda: not case_list.model.loading, timeout=10_000)
    assert case_list.model.rowCount() == 1
    found = case_list.model.row_at(0)
    assert found is not None
    assert found.reference == view.reference
    case_list.in_notes.setChecked(False)  # the same words are no name
    qtbot.waitUntil(lambda: not case_list.model.loading, timeout=10_000)
    assert case_list.model.rowCount() == 0


def _blank_pdf(width_pt: float, height_pt: float, pages: int) -> bytes:
    """A tiny PDF of empty pages of the given size (a hostile file is as small)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    box = f"[0 0 {width_pt} {height_pt}]"
    objs += [f"<< /Type /Page /Parent 2 0 R /MediaBox {box} >>".encode()] * pages
    body, offsets = b"%PDF-1.4\n", []
    for n, obj in enumerate(objs, start=1):
        offsets.append(len(body))
        body += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    trailer = f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return body + trailer.encode()


@pytest.mark.parametrize(
    ("width_pt", "height_pt", "pages"),
    [(40, 14400, 50), (14400, 40, 50), (1, 14400, 3), (595, 842, 50), (3000, 3000, 20)],
)
def test_a_small_pdf_of_odd_pages_is_drawn_within_a_memory_budget(
    width_pt: float, height_pt: float, pages: int
) -> None:
    """A 5 KB PDF of 50 pages 40 points wide and 14,400 high needed about a gigabyte a
    page when drawn 820 pixels wide (found by the hostile-input review)."""
    from rrr_desktop.ui.notes import viewer

    drawn = viewer.pdf_pages(_blank_pdf(width_pt, height_pt, pages))
    assert drawn  # the first pages are always shown
    sizes = [image.width() * image.height() for image in drawn]
    assert max(sizes) <= viewer.PAGE_PIXELS * 1.01
    assert sum(sizes) <= viewer.TOTAL_PIXELS + viewer.PAGE_PIXELS
    assert all(image.width() <= viewer.PAGE_WIDTH + 1 for image in drawn)
