"""Settings pages for users, holidays and retention, driven on the real window as an
administrator and supervisor would: every change goes through the services and shows."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.enums import Role
from rrr_desktop.errors import PermissionDenied, WrongPassphrase
from rrr_desktop.services import vault_service
from rrr_desktop.services.holidays import HolidayService
from rrr_desktop.services.session import Session
from rrr_desktop.ui.admin.holidays_box import HolidaysBox
from rrr_desktop.ui.admin.retention_box import RetentionBox
from rrr_desktop.ui.admin.users_box import UsersBox
from rrr_desktop.ui.main_window import MainWindow
from rrr_desktop.ui.settings_page import SettingsPage

BOB = "tamarind orchid ferry lantern"


def _settings(window: MainWindow) -> SettingsPage:
    assert window.workspace is not None
    window.workspace.show_page("settings")
    page = window.workspace.page("settings")
    assert isinstance(page, SettingsPage)
    return page


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _select(table: QTableWidget, text: str) -> None:
    for row in range(table.rowCount()):
        if _cell(table, row, 0) == text:
            table.selectRow(row)
            return
    raise AssertionError(f"{text} not listed")


def test_an_administrator_adds_disables_and_removes_a_user(
    qtbot: QtBot, unlocked: MainWindow, demo_session: Session
) -> None:
    demo_session.close()  # the test's own session: the window is the only user
    page = _settings(unlocked)
    box = page.users
    assert isinstance(box, UsersBox)
    box.add_user("bob", "Bob K.", "supervisor", BOB, BOB)
    qtbot.waitUntil(lambda: "bob" in [u.username for u in box.users], timeout=20_000)
    session = unlocked.ctx.session  # type: ignore[union-attr]
    bob = {u.username: u for u in vault_service.list_users(session)}["bob"]
    assert set(bob.roles) == {Role.SUPERVISOR, Role.CASEWORKER}
    _select(box.table, "bob")
    box.role.setCurrentIndex(box.role.findData("caseworker"))
    box.change_role()
    _select(box.table, "bob")
    box.toggle_active()  # disable
    assert "disabled" in box.status.text()
    with pytest.raises(PermissionDenied, match="disabled"):
        vault_service.open_session(session.directory, "bob", BOB).close()
    _select(box.table, "bob")
    box.remove_selected(confirm=False)
    qtbot.waitUntil(lambda: box.isEnabled(), timeout=30_000)
    assert box.status.text() == "bob was removed; the vault's key was changed."
    assert box.isEnabled()
    with pytest.raises(WrongPassphrase):
        vault_service.open_session(session.directory, "bob", BOB).close()


def test_the_vaults_key_changes_only_once_no_other_window_has_it_open(
    qtbot: QtBot, unlocked: MainWindow, demo_session: Session
) -> None:
    box = _settings(unlocked).users
    assert isinstance(box, UsersBox)
    session = unlocked.ctx.session  # type: ignore[union-attr]
    slots = session.directory / "keyslots.json"
    before = slots.read_bytes()
    users = vault_service.list_users(session)
    box.rotate_button.click()  # the test's own session is another window on this vault
    qtbot.waitUntil(lambda: box.isEnabled(), timeout=30_000)
    assert box.status.text().startswith("The vault is open in another window")
    assert slots.read_bytes() == before
    demo_session.close()
    box.rotate_button.click()
    qtbot.waitUntil(lambda: box.isEnabled(), timeout=30_000)
    assert box.status.text() == (
        "The vault's key was changed: earlier copies of the key slots open nothing."
    )
    assert slots.read_bytes() != before
    assert vault_service.list_users(session) == users  # the window reads on, new key


def test_an_administrator_cannot_change_their_own_account_here(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    box = _settings(unlocked).users
    _select(box.table, unlocked.ctx.session.user.username)  # type: ignore[union-attr]
    assert not box.remove_button.isEnabled()
    assert not box.active_button.isEnabled()


def test_a_supervisor_edits_the_public_holidays(qtbot: QtBot, unlocked: MainWindow) -> None:
    box = _settings(unlocked).holidays
    assert isinstance(box, HolidaysBox)
    box.country.setText("KH")
    box.reload()
    assert box.days  # the maintained defaults
    service = HolidayService(unlocked.ctx.session)  # type: ignore[union-attr]
    box.day.setDate(QDate(2026, 12, 9))
    box.name.setText("Shelter anniversary")
    box.add_day()
    assert service.calendar("KH", [2026]).holidays[dt.date(2026, 12, 9)] == "Shelter anniversary"
    default = next(d for d in box.days if d != dt.date(2026, 12, 9))
    box.table.selectRow(box.days.index(default))
    box.remove_selected()
    assert default not in service.calendar("KH", [default.year]).holidays
    box.reset(confirm=False)
    assert default in service.calendar("KH", [default.year]).holidays
    assert dt.date(2026, 12, 9) not in service.calendar("KH", [2026]).holidays


def test_retention_lists_references_only_and_anonymises(
    qtbot: QtBot, unlocked: MainWindow, demo_names: list[str]
) -> None:
    from rrr_desktop.domain.enums import Stage
    from rrr_desktop.domain.queries import CaseQuery
    from rrr_desktop.services.cases import CaseService

    session = unlocked.ctx.session  # type: ignore[union-attr]
    cases = CaseService(session)
    closed = cases.search(CaseQuery(stage=Stage.CLOSED.value, limit=2))
    assert closed  # the demo has closed cases
    past = session.clock.today() - dt.timedelta(days=1)
    for row in closed:  # their retention ended yesterday
        cases.modify(
            row.reference, lambda c: setattr(c.closure, "retention_until", past), "case.closure"
        )
    box = _settings(unlocked).retention
    assert isinstance(box, RetentionBox)
    box.review()
    qtbot.waitUntil(lambda: box.review_button.isEnabled(), timeout=20_000)
    assert {c.reference for c in box.due} >= {r.reference for r in closed}
    shown = [_cell(box.table, r, c) for r in range(box.table.rowCount()) for c in range(4)]
    assert not [n for n in demo_names if any(n in s for s in shown)]
    reference = box.due[0].reference
    box.table.selectRow(0)
    box.act("anonymise", confirm=False)
    assert f"{reference} was anonymised" in box.status.text()
    assert reference not in [c.reference for c in box.due]
    assert cases.get(reference, audit=False).person.given_name != ""
    assert cases.get(reference, audit=False).person.family_name == ""


def test_the_buttons_that_remove_or_replace_ask_first(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen in a run as a user: a button's click passed its "checked" flag (False) as
    ``confirm``, so "Remove..." removed a user, and "New recovery key" replaced the key,
    without asking."""
    asked: list[str] = []

    def answer_no(_parent: object, title: str, _text: str, *_a: object) -> object:
        asked.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    page = _settings(unlocked)
    box = page.users
    assert isinstance(box, UsersBox)
    session = unlocked.ctx.session  # type: ignore[union-attr]
    slots = (session.directory / "keyslots.json").read_bytes()
    _select(box.table, "sopheap")
    box.remove_button.click()
    box.recovery_button.click()
    holidays = page.holidays
    assert isinstance(holidays, HolidaysBox)
    holidays.reset_button.click()
    assert asked == ["Remove the user?", "New recovery key?", "Back to the defaults?"]
    assert {u.username: u.active for u in vault_service.list_users(session)}["sopheap"]
    assert (session.directory / "keyslots.json").read_bytes() == slots  # nothing replaced
