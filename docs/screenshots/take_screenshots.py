"""Regenerate the README screenshots (run with QT_QPA_PLATFORM=offscreen).

Runs the real app on a throw-away demo vault (invented cases only) and saves PNGs here.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent


def main() -> None:
    base = Path(tempfile.mkdtemp(prefix="rrr-shots-"))
    os.environ["RRR_VAULT"] = str(base / "vault")
    app = QApplication(sys.argv)
    from rrr_desktop.resources import register_fonts
    from rrr_desktop.services import demo, vault_service
    from rrr_desktop.ui import tasks
    from rrr_desktop.ui.casefile.view import CaseFileView
    from rrr_desktop.ui.main_window import MainWindow
    from rrr_desktop.ui.prefs import Prefs

    register_fonts()
    vault_dir = vault_service.default_vault_dir()
    prefs = Prefs(QSettings(str(base / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(prefs, vault_dir, demo.demo_vault_dir(vault_dir))
    window.resize(1280, 800)
    window.show()

    def settle(until: object = None, rounds: int = 400) -> None:
        for _ in range(rounds):
            app.processEvents()
            tasks.wait_for_idle(50)
            app.processEvents()
            if until is not None and until():  # type: ignore[operator]
                return
            if until is None and rounds <= 400:
                time.sleep(0.01)
        if until is not None:
            raise SystemExit("timed out")

    def shot(name: str) -> None:
        settle(rounds=10)
        window.grab().save(str(OUT / f"{name}.png"))

    shot("01-setup-wizard")
    window.wizard.open_demo()
    settle(lambda: window.workspace is not None)
    settle(rounds=20)
    shot("02-today")
    workspace = window.workspace
    assert workspace is not None
    workspace.show_page("cases")
    case_list = workspace.cases.list
    case_list.search.setText("sok")
    case_list.run_query()  # what the 150 ms debounce would do
    settle(lambda: not case_list.model.loading and case_list.model.rowCount() > 0)
    shot("cases")  # the README opens with this one
    reference = str(case_list.model.data(case_list.model.index(0, 0)))
    workspace.open_case(reference)
    view = workspace.cases.tabs.currentWidget()
    assert isinstance(view, CaseFileView)
    shot("04-case-file-person")
    view.select_tab("stage")
    stage_tab = view.tabs.currentWidget()
    stage_tab.target.setCurrentIndex(stage_tab.target.findData("travel"))  # type: ignore[attr-defined]
    stage_tab.change_stage()  # type: ignore[attr-defined]
    shot("05-case-file-stage-blocked")
    view.select_tab("consent")
    shot("06-case-file-consent")
    _notes_and_files(view, base, settle, shot)
    workspace.show_page("settings")
    settings = workspace.page("settings")
    for index in range(settings.tabs.count()):  # type: ignore[union-attr]
        name = {"usersBox": "11-settings-users", "holidaysBox": "12-settings-holidays"}.get(
            settings.tabs.widget(index).objectName())  # type: ignore[union-attr]
        if name:
            settings.tabs.setCurrentIndex(index)  # type: ignore[union-attr]
            shot(name)
    window.lock()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shot("07-lock-screen")
    window.close()
    tasks.wait_for_idle()


def _scan(path: Path) -> Path:
    """A stand-in for a scanned, signed checklist (invented)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)))
    painter = QPainter(writer)
    painter.setFont(QFont("Noto Sans", 16))
    painter.drawText(200, 600, "Pre-departure checklist (signed copy)")
    painter.setFont(QFont("Noto Sans", 11))
    for n, line in enumerate(["[x] Travel document checked", "[x] Contacts handed over",
                              "[x] Grant explained", "[x] Met on arrival: agreed"]):
        painter.drawText(300, 1100 + n * 300, line)
    painter.setPen(QPen(QPen().color(), 8))
    painter.drawLine(300, 3000, 3000, 3000)
    painter.drawText(300, 3300, "Signature of the person")
    painter.end()
    return path


def _notes_and_files(view: object, base: Path, settle: object, shot: object) -> None:
    view.select_tab("notes")  # type: ignore[attr-defined]
    notes = view.tabs.currentWidget()  # type: ignore[attr-defined]
    notes.kind.setCurrentIndex(1)  # a phone call
    notes.with_whom.setText("the aunt")
    notes.text.setPlainText(
        "The aunt confirmed she can take her in for the first months. She asked whether the "
        "grant can pay the school fees; I said we will look at it in the plan."
    )
    view.save()  # type: ignore[attr-defined]
    notes.text.setPlainText("Called the receiving NGO: a caseworker will meet her at the bus ")
    settle(rounds=20)  # type: ignore[operator]
    shot("08-case-notes")  # type: ignore[operator]
    view.revert()  # type: ignore[attr-defined]
    view.select_tab("files")  # type: ignore[attr-defined]
    files = view.tabs.currentWidget()  # type: ignore[attr-defined]
    files.kind.setCurrentIndex(files.kind.findData("signed_form"))
    files.share_next.setChecked(True)
    files.attach_path(_scan(base / "signed-checklist.pdf"))
    settle(lambda: files.table.rowCount() == 1)  # type: ignore[operator]
    shot("09-case-files")  # type: ignore[operator]
    files.table.selectRow(0)
    files.open_selected()
    settle(lambda: files.viewer is not None)  # type: ignore[operator]
    settle(rounds=10)  # type: ignore[operator]
    files.viewer.grab().save(str(OUT / "10-attachment-viewer.png"))
    files.viewer.close()


if __name__ == "__main__":
    main()
