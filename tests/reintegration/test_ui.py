"""pytest-qt: the follow-up tab in the real main window feeds Today; plan tab; directory."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QTableWidget
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.enums import Stage, VulnerabilityDomain
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.directory import DirectoryService
from rrr_desktop.services.reintegration import ReintegrationService
from rrr_desktop.services.session import Session
from rrr_desktop.ui import main_window, tasks
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.directory import import_dialog
from rrr_desktop.ui.directory.page import DirectoryPage
from rrr_desktop.ui.reintegration.followup_tab import FollowUpTab
from rrr_desktop.ui.reintegration.plan_tab import PlanTab
from tests.reintegration.helpers import new_case


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def test_recording_a_visit_in_the_real_window_updates_today(
    qtbot: QtBot,
    session: Session,
    vault_dir: Path,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    from rrr_desktop.ui.prefs import Prefs
    from rrr_desktop.ui.today_page import TodayPage

    ref = new_case(session, stage=Stage.FOLLOW_UP).reference
    ReintegrationService(session).schedule_visits(ref, dt.date(2026, 10, 1))  # 15 Oct, 1 Nov late
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = main_window.MainWindow(prefs, vault_dir, tmp_path / "demo", clock=clock)
    qtbot.addWidget(window)
    window.show()
    window.lock_screen.unlocked.emit(session)  # as after a correct passphrase
    assert window.workspace is not None
    today = window.findChild(TodayPage)
    assert today is not None

    def today_due() -> dt.date | None:
        mine = [i for i in today.items if i.reference == ref]
        return mine[0].due if mine else None

    qtbot.waitUntil(lambda: today_due() == dt.date(2026, 10, 15), timeout=5000)
    assert [i.overdue for i in today.items if i.reference == ref] == [True]

    window.workspace.open_case(ref, "followup")
    tab = window.findChild(FollowUpTab)
    assert tab is not None
    qtbot.waitUntil(lambda: tab.isVisible())
    assert "overdue" in tab.summary.text()
    tab.scores[VulnerabilityDomain.FINANCIAL].setValue(2)
    tab.scores[VulnerabilityDomain.LEGAL].setValue(4)
    tab.notes.setPlainText("Met at the market; wants training.")
    tab.record_button.click()
    qtbot.waitUntil(lambda: today_due() == dt.date(2026, 11, 1), timeout=5000)

    tab.scores[VulnerabilityDomain.FINANCIAL].setValue(3)
    tab.record_button.click()  # the second overdue visit: the next one is 1 Dec
    qtbot.waitUntil(lambda: today_due() is None, timeout=5000)  # beyond a week: off Today
    row = CaseService(session).search(_query(ref))[0]
    assert (row.next_action, row.next_due) == ("visit_due", dt.date(2026, 12, 1))
    assert tab.chart.trends[VulnerabilityDomain.FINANCIAL][-1].score == 3
    window.lock()
    tasks.wait_for_idle()


def _query(ref: str) -> CaseQuery:
    return CaseQuery(text=ref)


def test_plan_tab_versions_and_wishes(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        "rrr_desktop.ui.errors.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    ref = new_case(session).reference
    tab = PlanTab(UiContext(session), ref)
    qtbot.addWidget(tab)
    tab.reload()
    tab.proposal.setPlainText("Tailoring course")
    tab.save_texts.click()  # no wishes: refused with one sentence
    assert warnings
    assert ReintegrationService(session).cases.get(ref, audit=False).reintegration.plans == []
    tab.wishes.setPlainText("I want to sew at home")
    tab.save_texts.click()
    assert tab.versions.count() == 1
    tab.new_version.click()
    assert tab.versions.count() == 2
    tab.versions.setCurrentIndex(0)
    assert tab.wishes.isReadOnly()
    assert not tab.add_component.isEnabled()
    tab.versions.setCurrentIndex(1)
    assert not tab.wishes.isReadOnly()


def test_directory_page_refuses_a_bad_csv_then_imports(
    qtbot: QtBot,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[import_dialog.ImportPreviewDialog] = []

    def fake_exec(dialog: import_dialog.ImportPreviewDialog) -> int:
        shown.append(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        return int(ok is not None and ok.isEnabled())  # the user clicks Import if allowed

    monkeypatch.setattr(import_dialog.ImportPreviewDialog, "exec", fake_exec)
    page = DirectoryPage(UiContext(session))
    qtbot.addWidget(page)
    header = "name,type,country,region,last_verified\n"
    bad = tmp_path / "bad.csv"
    bad.write_text(header + "Clinic,health,KH,Pursat,2026-11-01\nNo country,ngo,,,\n")
    page.import_file(bad)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    assert shown[0].table.rowCount() == 1
    assert DirectoryService(session).all() == []

    good = tmp_path / "good.csv"
    good.write_text(header + "Clinic,health,KH,Pursat,2026-11-01\nOld NGO,ngo,LA,,2025-01-01\n")
    page.import_file(good)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)
    texts = {_cell(page.table, r, 1): _cell(page.table, r, 0) for r in range(2)}
    assert not any(t.startswith("✓") for t in texts.values())  # a file verifies nothing
    clinic = next(e for e in DirectoryService(session).all() if e.name == "Clinic")
    DirectoryService(session).mark_verified(clinic.id)  # a person checked it
    page.refresh()
    texts = {_cell(page.table, r, 1): _cell(page.table, r, 0) for r in range(2)}
    assert texts["Clinic"].startswith("✓ Verified")
    assert "1 to verify" in page.count.text()
    page.stale_only.setChecked(True)
    assert page.table.rowCount() == 1


def test_closing_from_the_followup_tab_needs_a_reason(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from rrr_desktop.domain.enums import ClosureReason

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    ref = new_case(session, stage=Stage.FOLLOW_UP).reference
    tab = FollowUpTab(UiContext(session), ref)
    qtbot.addWidget(tab)
    tab.reload()
    tab.close_button.click()
    assert told  # no reason chosen: nothing happens but a message
    assert CaseService(session).get(ref, audit=False).stage == Stage.FOLLOW_UP
    tab.close_reason.setCurrentIndex(tab.close_reason.findData(ClosureReason.LOST_CONTACT))
    tab.close_button.click()
    case = CaseService(session).get(ref, audit=False)
    assert case.stage == Stage.CLOSED
    assert case.closure is not None
    assert case.closure.reason == ClosureReason.LOST_CONTACT
    assert not tab.close_button.isEnabled()
    assert not tab.record_box.isEnabled()
    assert "2031-11-23" in tab.closed_label.text()


def test_plan_tab_refuses_home_for_a_child_until_the_family_is_assessed(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rrr_desktop.domain.enums import DestinationOption

    warnings: list[str] = []
    monkeypatch.setattr(
        "rrr_desktop.ui.errors.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    ref = new_case(session, child=True).reference
    ReintegrationService(session).start_plan(ref, "I want to see my mother")
    tab = PlanTab(UiContext(session), ref)
    qtbot.addWidget(tab)
    tab.reload()
    assert tab.assessment.family_box.isVisibleTo(tab)
    home = tab.destination.findData(DestinationOption.HOME_TO_FAMILY)
    tab.destination.setCurrentIndex(home)
    tab.set_destination.click()
    assert warnings
    assert "family assessment" in warnings[-1]
    plan = ReintegrationService(session).cases.get(ref, audit=False).reintegration.current_plan
    assert plan is not None
    assert plan.destination is None
    tab.assessment.safe.setChecked(True)
    tab.assessment.record_button.click()
    tab.destination.setCurrentIndex(home)
    tab.set_destination.click()
    plan = ReintegrationService(session).cases.get(ref, audit=False).reintegration.current_plan
    assert plan is not None
    assert plan.destination == DestinationOption.HOME_TO_FAMILY


def test_responsible_picker_and_entry_dialog(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from rrr_desktop.ui.directory.entry_dialog import EntryDialog
    from rrr_desktop.ui.reintegration.plan_dialogs import ResponsiblePicker

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    service = DirectoryService(session)
    dialog = EntryDialog(service, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Pursat Clinic")
    dialog.country.setText("K")  # not a two-letter code
    dialog.save()
    assert warned
    assert service.all() == []
    dialog.country.setText("kh")
    dialog.languages.setText("km, en")
    dialog.save()
    saved = service.all()
    assert [(e.name, e.country, e.languages) for e in saved] == [
        ("Pursat Clinic", "KH", ["km", "en"])
    ]
    assert saved[0].last_verified is None  # nobody verified it: never pre-ticked
    assert service.is_stale(saved[0])

    holder = QWidget()
    qtbot.addWidget(holder)
    picker = ResponsiblePicker([(saved[0], False)], holder)
    picker.setCurrentIndex(1)
    assert picker.value() == saved[0].id
    picker.setEditText("Mrs Chan, village chief")
    assert picker.value() == "Mrs Chan, village chief"


def test_typing_a_country_name_saves_that_country(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing "Cambodia" saved "CA" (Canada) before the picker; now the name gives KH,
    a name the picker does not know is refused, never cut to two letters."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from rrr_desktop.ui.directory.entry_dialog import EntryDialog

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    service = DirectoryService(session)
    dialog = EntryDialog(service, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Kampot Legal Aid")
    line = dialog.country.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "Cambodge")  # French, while the interface is English
    dialog.save()
    assert warned
    assert service.all() == []
    line.clear()
    qtbot.keyClicks(line, "Cambodia")
    qtbot.keyClick(line, Qt.Key.Key_Escape)  # close the completion list, keep the text
    dialog.save()
    assert [e.country for e in service.all()] == ["KH"]
    assert dialog.country.findData("KH") >= 0
    assert "Cambodia (KH)" in [dialog.country.itemText(i) for i in range(dialog.country.count())]
