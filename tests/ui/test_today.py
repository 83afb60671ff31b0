"""The Today use case and page: what needs action, each row opening the right tab."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.enums import RiskFinding, Role, Stage
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.domain.return_prep import OverrideKind, RiskAssessment, SupervisorOverride
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.session import Session
from rrr_desktop.services.today import KIND_TAB, today_items
from rrr_desktop.ui.main_window import MainWindow
from rrr_desktop.ui.today_page import TodayPage
from tests.conftest import PASSPHRASE


def test_today_lists_due_work_overdue_first(demo_session: Session) -> None:
    items = today_items(demo_session)
    kinds = {i.kind for i in items}
    assert {"message", "checklist", "followup"} <= kinds
    today = demo_session.clock.today()
    assert all(i.overdue == (i.due is not None and i.due < today) for i in items)
    for kind in kinds:  # within a kind (children first), overdue ones come first
        for child in (True, False):
            flags = [i.overdue for i in items if i.kind == kind and i.child == child]
            assert flags == sorted(flags, reverse=True)
    assert all(i.tab == KIND_TAB[i.kind] for i in items)


def test_suspicion_of_harm_waits_for_a_supervisor(demo_session: Session) -> None:
    service = CaseService(demo_session)
    row = service.search(CaseQuery(stage=Stage.RETURN_PREPARATION.value, limit=1))[0]
    on = demo_session.clock.today()

    def harm(case):  # type: ignore[no-untyped-def]
        case.risk_assessments.append(
            RiskAssessment(
                assessed_on=on + dt.timedelta(days=1),
                assessed_by="alice",
                finding=RiskFinding.SUSPICION_OF_HARM,
            )
        )
        case.overrides = [o for o in case.overrides if o.kind != OverrideKind.RISK]

    service.modify(row.reference, harm, "case.risk_assessment")
    approvals = [i for i in today_items(demo_session) if i.kind == "approval"]
    assert row.reference in [i.reference for i in approvals]
    service.modify(
        row.reference,
        lambda c: c.overrides.append(
            SupervisorOverride(
                kind=OverrideKind.RISK,
                by="alice",
                reason="Reviewed with the family; safe plan agreed.",
            )
        ),
        "case.override",
    )
    approvals = [i for i in today_items(demo_session) if i.kind == "approval"]
    assert row.reference not in [i.reference for i in approvals]


def test_today_row_opens_the_case_at_its_tab(qtbot: QtBot, unlocked: MainWindow) -> None:
    assert unlocked.workspace is not None
    page = unlocked.workspace.page("today")
    assert isinstance(page, TodayPage)
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=10_000)
    item = page.items[0]
    page.open_row(0)
    view = unlocked.workspace.cases.view_for(item.reference)
    assert view is not None
    if item.tab in view.tab_keys:  # the tab comes from a feature package
        assert view.tab_keys[view.tabs.currentIndex()] == item.tab
    assert unlocked.windowTitle() == f"RRR Desktop — {item.reference}"


def test_an_overdue_date_is_shown_whole_with_its_word(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Overdue is said in words beside the colour: the column holds the whole text."""
    assert unlocked.workspace is not None
    page = unlocked.workspace.page("today")
    assert isinstance(page, TodayPage)
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=10_000)
    overdue = [row for row, item in enumerate(page.items) if item.overdue]
    assert overdue  # the demo vault has overdue work
    metrics = page.table.fontMetrics()
    for row in overdue:
        cell = page.table.item(row, 0)
        assert cell is not None
        text = cell.text()
        assert "overdue" in text
        assert page.table.columnWidth(0) > metrics.horizontalAdvance(text)
    for row in range(page.table.rowCount()):  # a next step cut short is whole on hover
        step = page.table.item(row, 4)
        assert step is not None
        assert step.toolTip() == step.text()


def test_today_filter_by_kind(qtbot: QtBot, unlocked: MainWindow) -> None:
    assert unlocked.workspace is not None
    page = unlocked.workspace.page("today")
    assert isinstance(page, TodayPage)
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=10_000)
    everything = page.table.rowCount()
    page.kind.setCurrentIndex(page.kind.findData("checklist"))
    assert 0 < page.table.rowCount() < everything
    assert {i.kind for i in page.items} == {"checklist"}


def test_ctrl_number_switches_pages(qtbot: QtBot, unlocked: MainWindow) -> None:
    assert unlocked.workspace is not None
    qtbot.keyClick(unlocked, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.workspace.current_page() == "cases"


def test_a_caseworker_sees_only_their_own_work(
    demo_session: Session, vault_dir: Path, clock: FixedClock
) -> None:
    service = CaseService(demo_session)
    vault_service.add_user(demo_session, "bob", PASSPHRASE, [Role.CASEWORKER])
    item = next(i for i in today_items(demo_session) if i.kind == "checklist")

    def give_to_bob(case):  # type: ignore[no-untyped-def]
        case.caseworker = "bob"

    service.modify(item.reference, give_to_bob, "case.assign")
    bob = vault_service.open_session(vault_dir, "bob", PASSPHRASE, clock)
    try:
        assert [i.reference for i in today_items(bob)] == [item.reference]
    finally:
        bob.close()
