"""The Audit page as a supervisor uses it: the log filtered by case, exported, checked."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QTableWidget
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.ui.audit.page import AuditPage
from rrr_desktop.ui.main_window import MainWindow


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def test_supervisor_filters_exports_and_checks_the_log(
    qtbot: QtBot,
    unlocked: MainWindow,
    demo_session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert unlocked.workspace is not None
    page = unlocked.workspace.page("audit")
    assert isinstance(page, AuditPage)
    reference = CaseService(demo_session).search(CaseQuery())[0].reference
    CaseService(demo_session).get(reference)  # a view, audited
    page.case.setText(reference)
    page.search()

    def shown() -> set[str]:
        return {_cell(page.table, r, 4) for r in range(page.table.rowCount())}

    qtbot.waitUntil(
        lambda: page.search_button.isEnabled() and shown() == {reference}, timeout=10_000
    )  # only that case's entries, named by reference
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export()
    assert target.read_text().count("\n") == page.table.rowCount() + 1
    page.verify()
    assert "intact" in page.status.text()
    page.case.setText("")
    page.action.setText("audit.export")
    page.search()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)  # the export itself
