"""The Print case tab, driven as a user would: pick a language, save a PDF (written in a
worker), and see an embassy letter refused with the reason."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.enums import AsylumStatus
from rrr_desktop.printing.context import DocumentKind
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.ui import tasks
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.printing.print_tab import PrintTab
from rrr_desktop.ui.registry import load_extensions
from tests.printing.conftest import pdf_fonts, pdf_text
from tests.printing.test_printing_service import _stored_case


def _tab(qtbot: QtBot, session: Session, reference: str) -> PrintTab:
    tab = PrintTab(UiContext(session), reference)
    qtbot.addWidget(tab)
    tab.load(CaseService(session).get(reference, audit=False))
    return tab


def test_tab_is_registered() -> None:
    _pages, tabs = load_extensions()
    spec = next(t for t in tabs if t.key == "print")
    assert spec.order == 100


def test_save_pdf_from_the_tab(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = _stored_case(session)
    tab = _tab(qtbot, session, reference)
    assert tab.language.currentData() == "km"  # the person's language was pre-selected
    assert not tab.with_name.isChecked()
    assert tab.review_note.text()  # Khmer texts are a draft for review
    tab.language.setCurrentIndex(tab.language.findData("th"))
    assert tab.default_file_name() == f"{reference}-checklist-th.pdf"
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(tab, "ask_save_path", lambda: target)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=15000)
    tasks.wait_for_idle()
    text = pdf_text(target)
    assert reference in text
    assert "Zqcanary" not in text
    assert any("NotoSansThai" in f for f in pdf_fonts(target))
    assert "out.pdf" in tab.status.text()


def test_embassy_letter_refused_in_the_tab(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = _stored_case(session, asylum=AsylumStatus.PENDING)
    tab = _tab(qtbot, session, reference)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    tab.kind.setCurrentIndex(tab.kind.findData(DocumentKind.EMBASSY_LETTER))
    assert not tab.language.isEnabled()
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(tab, "ask_save_path", lambda: target)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=15000)
    tasks.wait_for_idle()
    assert "asylum" in warnings[0]
    assert not target.exists()
    assert tab.save_button.isEnabled()


def test_preview_paints_into_the_dialogs_printer(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    reference = _stored_case(session)
    tab = _tab(qtbot, session, reference)
    tab.kind.setCurrentIndex(tab.kind.findData(DocumentKind.INFO_SHEET))
    tab.paper.setCurrentIndex(tab.paper.findData("letter"))
    target = tmp_path / "preview.pdf"

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    tab.preview()
    text = " ".join(pdf_text(target).split())
    assert reference in text
    assert "No alcohol on the journey" in text
    assert any("NotoSansKhmer" in f for f in pdf_fonts(target))


def test_embassy_letter_with_a_neutral_organisation_name(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test vault's organisation is "Test Shelter": the letter needs a neutral name.
    reference = _stored_case(session)
    tab = _tab(qtbot, session, reference)
    tab.kind.setCurrentIndex(tab.kind.findData(DocumentKind.EMBASSY_LETTER))
    assert tab.letter_org.isEnabled()
    assert tab.letter_org.text() == ""  # never the organisation's own name by default
    tab.letter_org.setText("Bangkok Safehouse Project")
    tab.confirm_name_button.click()
    assert "would tell the embassy" in tab.status.text()
    tab.letter_org.setText("Field Office")
    tab.confirm_name_button.click()
    assert tab.letter_org.text() == "Field Office"
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(tab, "ask_save_path", lambda: target)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=15000)
    tasks.wait_for_idle()
    text = " ".join(pdf_text(target).split()).lower()
    assert "field office" in text
    assert "shelter" not in text
    assert tab.default_file_name() == f"{reference}-embassy-letter.pdf"


def test_a_saved_pdf_is_checked_from_the_tab(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = _stored_case(session)
    tab = _tab(qtbot, session, reference)
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(tab, "ask_save_path", lambda: target)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=15000)
    tasks.wait_for_idle()
    tab.check_button.click()
    dialog = tab.check_dialog
    found = dialog.check(target)
    assert found is not None
    assert found.genuine
    assert "exactly the one printed" in dialog.verdict.text()
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(target.read_bytes() + b"\n% appended")
    dialog.check(copy)
    assert "changed afterwards" in dialog.verdict.text()
    dialog.code.setText("RRR-ACDE-FGHJ")
    dialog.check(dialog.code.text())
    assert "not printed from this vault" in dialog.verdict.text()
    dialog.close()
