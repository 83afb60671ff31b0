"""The Reports page and the import wizard, driven as a user would (offscreen Qt)."""

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableWidget, QWizard
from pytestqt.qtbot import QtBot

from rrr_desktop.services.session import Session
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.importer.wizard import ImportWizard
from rrr_desktop.ui.registry import load_extensions
from rrr_desktop.ui.reports.page import ReportsPage
from rrr_desktop.ui.reports.views import TableView
from rrr_desktop.ui.tasks import wait_for_idle
from tests.data.make_caseload import write


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def test_page_is_registered() -> None:
    pages, _ = load_extensions()
    spec = next(p for p in pages if p.key == "reports")
    assert spec.order == 50


def test_build_cross_tab_and_export(qtbot: QtBot, demo_session: Session, tmp_path: Path) -> None:
    page = ReportsPage(UiContext(demo_session))
    qtbot.addWidget(page)
    page.field1.setCurrentIndex(page.field1.findData("origin_country"))
    page.field2.setCurrentIndex(page.field2.findData("stage"))
    assert page.suppress.isChecked()  # on by default
    assert page.threshold.value() == 5
    page.build_button.click()
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    views = page.results.findChildren(TableView)
    assert len(views) == 1
    assert page.report is not None
    assert page.report.tables[0].fields == ("origin_country", "stage")
    assert "300" in page.status.text()
    page.export_csv(tmp_path / "out.csv")
    qtbot.waitUntil(lambda: "Saved 1 CSV" in page.status.text(), timeout=10000)
    written = page.written
    with written[0].open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == ["origin_country", "stage", "count", "percent"]
    pdf = tmp_path / "out.pdf"
    page.export_pdf(pdf)
    qtbot.waitUntil(lambda: "Saved the PDF" in page.status.text(), timeout=20000)
    assert "Country of origin" in " ".join(PdfReader(pdf).pages[0].extract_text().split())


def test_donor_set_exports_one_csv_per_table(
    qtbot: QtBot, demo_session: Session, tmp_path: Path
) -> None:
    page = ReportsPage(UiContext(demo_session))
    qtbot.addWidget(page)
    page.donor_set.setChecked(True)
    page.build()
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    page.export_csv(tmp_path / "donor.csv")
    qtbot.waitUntil(lambda: "CSV file(s)" in page.status.text(), timeout=10000)
    files = page.written
    assert [f.name for f in files] == [
        "donor-sex.csv",
        "donor-age_group.csv",
        "donor-sector.csv",
        "donor-origin_country.csv",
    ]


def test_unsuppressed_export_needs_confirmation(
    qtbot: QtBot, demo_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    page = ReportsPage(UiContext(demo_session))
    qtbot.addWidget(page)
    page.suppress.setChecked(False)
    page.build()
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    asked: list[str] = []

    def question(*_a: object, **_k: object) -> QMessageBox.StandardButton:
        asked.append("q")
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert page.confirm_unsuppressed() is False
    assert asked == ["q"]


def test_import_wizard_end_to_end(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    sheet = write(tmp_path / "caseload.xlsx", 40, seed=2)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    wizard = ImportWizard(UiContext(session), settings=settings)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(sheet))
    wizard.next()  # reads the file in a worker, then moves on
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    mapping = wizard.mapping_page.mapping()
    assert mapping["Gender"] == "sex"
    assert mapping["Notes"] == ""
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10000)
    assert wizard.preview_page.isComplete()
    wizard.next()
    counted: list[int] = []
    wizard.imported.connect(counted.append)
    wizard.apply_page.button.click()
    qtbot.waitUntil(lambda: wizard.apply_page.isComplete(), timeout=20000)
    assert counted == [40]
    assert session.conn().execute("SELECT count(*) FROM case_index").fetchone()[0] == 40
    stored = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "Gender" not in stored  # only a hash of the header row and field names
    assert "layouts" in stored


def test_wizard_lists_refusals_and_blocks_import(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "Name,Gender,Intake date\nAda,F,2026-01-05\nBea,robot,2026-13-01\n", encoding="utf-8"
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    wizard = ImportWizard(UiContext(session), settings=settings)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.currentPage() is page, timeout=10000)
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    reasons = [cell(page.table, r, 2) for r in range(page.table.rowCount())]
    assert len(reasons) == 2
    assert any("sex in column Gender" in r for r in reasons)
    assert any("Intake date" in r for r in reasons)
    assert "1 of 2 rows are refused" in page.summary.text()
    wait_for_idle()
    assert session.conn().execute("SELECT count(*) FROM case_index").fetchone()[0] == 0


def test_wizard_says_why_a_file_cannot_be_read(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "old.csv"
    path.write_bytes("Nom,Sexe\nRené,F\n".encode("latin-1"))
    wizard = ImportWizard(
        UiContext(session), settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: "UTF-8" in wizard.file_page.error.text(), timeout=10000)
    assert wizard.currentPage() is wizard.file_page
