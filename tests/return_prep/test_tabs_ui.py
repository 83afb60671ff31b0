"""The tabs as a caseworker uses them: ticking the checklist unblocks departure."""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.checklist import CONDITIONS
from rrr_desktop.domain.enums import ConsentPurpose, MessageKind, RiskFinding, Role
from rrr_desktop.domain.return_prep import TravelLeg
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.return_prep import ReturnPrepService
from rrr_desktop.services.session import Session
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.registry import load_extensions
from rrr_desktop.ui.return_prep.checklist_tab import ChecklistTab
from rrr_desktop.ui.return_prep.messages_tab import MessagesTab
from rrr_desktop.ui.return_prep.risk_tab import RiskTab
from rrr_desktop.ui.return_prep.travel_tab import TravelTab
from tests.return_prep.helpers import consent, intake, person


@pytest.fixture
def reference(session: Session) -> str:
    cases = CaseService(session)
    case = cases.create(person(), intake())
    for purpose in (ConsentPurpose.ASSISTANCE, ConsentPurpose.VOLUNTARY_RETURN):
        cases.record_consent(case.reference, consent(purpose))
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


def test_tabs_are_registered_in_order() -> None:
    _pages, tabs = load_extensions()
    mine = [(t.key, t.order) for t in tabs if t.key in {"risk", "checklist", "travel", "messages"}]
    assert mine == [("risk", 60), ("checklist", 70), ("travel", 80), ("messages", 90)]


def test_ticking_the_checklist_unblocks_departure(
    qtbot: QtBot, session: Session, reference: str
) -> None:
    ctx = UiContext(session)
    tab = ChecklistTab(ctx, reference)
    qtbot.addWidget(tab)
    tab.load(CaseService(session).get(reference))
    assert tab.blockers.codes == ["checklist_incomplete"]
    assert "8 of 8" in tab.blockers.reasons.text()
    changed: list[str] = []
    ctx.caseChanged.connect(changed.append)
    keys = list(CONDITIONS)
    for key in keys[:-1]:
        tab.rows[key].box.click()
    assert "1 of 8" in tab.blockers.reasons.text()
    assert tab.rows[keys[0]].who.text() == "alice, 2026-11-23"
    tab.rows[keys[-1]].note.setText("explained with an interpreter")
    tab.rows[keys[-1]].box.click()
    assert not tab.blockers.blocked
    assert tab.blockers.title.text() == "Nothing blocks departure."
    assert changed == [reference] * 8
    stored = CaseService(session).get(reference).checklist.tick_for(keys[-1])
    assert stored is not None
    assert stored.note == "explained with an interpreter"
    tab.rows[keys[2]].box.click()  # unticking blocks again
    assert tab.blockers.codes == ["checklist_incomplete"]


def test_wish_to_be_met_is_saved(qtbot: QtBot, session: Session, reference: str) -> None:
    tab = ChecklistTab(UiContext(session), reference)
    qtbot.addWidget(tab)
    tab.load(CaseService(session).get(reference))
    tab.wish.setCurrentIndex(tab.wish.findData(True))
    assert CaseService(session).get(reference).checklist.wants_ngo_met_on_arrival is True


def test_override_box_only_for_supervisors(
    qtbot: QtBot,
    session: Session,
    reference: str,
    vault_dir: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = RiskTab(UiContext(session), reference)
    qtbot.addWidget(tab)
    tab.load(CaseService(session).get(reference))
    assert not tab.override_box.isHidden()
    tab.reason.setPlainText("short")
    assert not tab.record_override.isEnabled()
    tab.reason.setPlainText("Escort all the way; family not told the date")
    assert tab.record_override.isEnabled()
    shown: list[str] = []

    def answer(
        reply: QMessageBox.StandardButton,
    ) -> Callable[..., QMessageBox.StandardButton]:
        def question(
            _parent: object, _title: str, text: str, *_a: object
        ) -> QMessageBox.StandardButton:
            shown.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    tab.record_override.click()  # the safety check is said back with the typed reason
    assert "Escort all the way; family not told the date" in shown[0]
    assert CaseService(session).get(reference).active_override("risk") is None
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    tab.record_override.click()
    case = CaseService(session).get(reference)
    assert case.active_override("risk") is not None

    vault_service.add_user(session, "bob", "bob's long passphrase", [Role.CASEWORKER])
    CaseService(session).modify(reference, lambda c: c.assigned_to.append("bob"), "case.assign")
    bob = vault_service.open_session(vault_dir, "bob", "bob's long passphrase", clock)
    try:
        bob_tab = RiskTab(UiContext(bob), reference)
        qtbot.addWidget(bob_tab)
        bob_tab.load(CaseService(bob).get(reference))
        assert bob_tab.override_box.isHidden()
        assert not bob_tab.active_overrides.isHidden()  # everyone sees an override in force
        assert "Escort all the way" in bob_tab.active_overrides.text()
    finally:
        bob.close()


def test_travel_and_messages_show_warnings_and_overdue(
    qtbot: QtBot, session: Session, reference: str
) -> None:
    service = ReturnPrepService(session)
    depart = dt.datetime(2026, 12, 2, 10, 0)
    service.save_leg(
        reference,
        TravelLeg(
            origin="PNH",
            destination="REP",
            departs_at=depart,
            arrives_at=depart + dt.timedelta(hours=8),
        ),
    )
    service.record_message(reference, MessageKind.ASSISTANCE_REQUEST, sent_on=dt.date(2026, 11, 1))
    case = CaseService(session).get(reference)
    travel = TravelTab(UiContext(session), reference)
    qtbot.addWidget(travel)
    travel.load(case)
    assert travel.issue_codes() == ["late_arrival"]
    assert "18:00" in travel.warnings.text()
    messages = MessagesTab(UiContext(session), reference)
    qtbot.addWidget(messages)
    messages.load(case)
    assert messages.overdue_rows() == [1]
    assert "Overdue" in messages.summary.text()


def test_documents_are_saved_from_the_travel_tab(
    qtbot: QtBot, session: Session, reference: str
) -> None:
    travel = TravelTab(UiContext(session), reference)
    qtbot.addWidget(travel)
    travel.load(CaseService(session).get(reference))
    box = travel.documents
    box.kind.setText("passport")
    box.last4.setText("1234")
    box.in_hand.setChecked(True)
    box.save_document()
    stored = CaseService(session).get(reference).documents
    assert [(d.kind, d.number_last4, d.in_hand) for d in stored] == [("passport", "1234", True)]
    assert box.table.rowCount() == 1
    box.table.selectRow(0)
    assert box.kind.text() == "passport"
    box.remove_document()
    assert CaseService(session).get(reference).documents == []


def test_leg_dialog_round_trips_local_times(qtbot: QtBot) -> None:
    from rrr_desktop.domain.enums import TravelMode
    from rrr_desktop.ui.return_prep.leg_dialog import LegDialog

    start = dt.datetime(2026, 12, 2, 8, 0)
    dialog = LegDialog(None, start)
    qtbot.addWidget(dialog)
    dialog.origin.setText("BKK")
    dialog.destination.setText("PNH")
    dialog.mode.setCurrentIndex(dialog.mode.findData("train"))
    leg = dialog.leg()
    assert (leg.mode, leg.departs_at, leg.arrives_at) == (
        TravelMode.TRAIN,
        start,
        start + dt.timedelta(hours=2),
    )
    edited = LegDialog(leg, start)
    qtbot.addWidget(edited)
    edited.escort.setText("Caseworker")
    again = edited.leg()
    assert again.id == leg.id
    assert again.escort == "Caseworker"


def test_checklist_override_is_shown_and_unblocks(
    qtbot: QtBot, session: Session, reference: str
) -> None:
    tab = ChecklistTab(UiContext(session), reference)
    qtbot.addWidget(tab)
    tab.load(CaseService(session).get(reference))
    assert tab.override_note.isHidden()
    case = ReturnPrepService(session).record_override(
        reference, "checklist", "Documents travel with the escort"
    )
    tab.load(case)
    assert not tab.blockers.blocked
    assert not tab.override_note.isHidden()
    assert "Documents travel with the escort" in tab.override_note.text()
