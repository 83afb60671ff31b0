"""In the real main window: open a case on the checklist tab, tick, see departure unblock."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.checklist import CONDITIONS
from rrr_desktop.domain.enums import ConsentPurpose, RiskFinding, Stage
from rrr_desktop.domain.return_prep import TravelLeg
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.return_prep import ReturnPrepService
from rrr_desktop.services.session import Session
from rrr_desktop.ui import main_window
from rrr_desktop.ui.return_prep.checklist_tab import ChecklistTab
from tests.return_prep.helpers import consent, intake, person


@pytest.fixture
def reference(session: Session) -> str:
    cases = CaseService(session)
    case = cases.create(person(), intake())
    for purpose in (ConsentPurpose.ASSISTANCE, ConsentPurpose.VOLUNTARY_RETURN):
        cases.record_consent(case.reference, consent(purpose))
    cases.advance(case.reference, Stage.RETURN_PREPARATION)
    service = ReturnPrepService(session)
    service.record_risk_assessment(case.reference, RiskFinding.NO_KNOWN_RISK)
    depart = dt.datetime(2026, 12, 2, 8, 0)
    service.save_leg(
        case.reference,
        TravelLeg(
            origin="BKK",
            destination="PNH",
            departs_at=depart,
            arrives_at=depart + dt.timedelta(hours=1),
        ),
    )
    return case.reference


def test_checklist_in_the_real_window_unblocks_departure(
    qtbot: QtBot,
    session: Session,
    vault_dir: Path,
    clock: FixedClock,
    tmp_path: Path,
    reference: str,
) -> None:
    from rrr_desktop.ui.prefs import Prefs

    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = main_window.MainWindow(prefs, vault_dir, tmp_path / "demo", clock=clock)
    qtbot.addWidget(window)
    window.show()
    window.lock_screen.unlocked.emit(session)  # as after a correct passphrase
    assert window.workspace is not None
    window.workspace.open_case(reference, "checklist")
    tab = window.findChild(ChecklistTab)
    assert tab is not None
    qtbot.waitUntil(lambda: tab.isVisible())
    assert tab.blockers.codes == ["checklist_incomplete"]
    for key in CONDITIONS:
        tab.rows[key].box.click()
    qtbot.waitUntil(lambda: not tab.blockers.blocked)
    assert tab.blockers.title.text() == "Nothing blocks departure."
    assert CaseService(session).advance(reference, Stage.TRAVEL).stage == Stage.TRAVEL
