"""Search, open, edit, save, stage gates and new cases, driven on the real main window."""

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.enums import Stage
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.ui.casefile.stage_tab import StageTab
from rrr_desktop.ui.casefile.view import CaseFileView
from rrr_desktop.ui.main_window import MainWindow
from rrr_desktop.ui.new_case import NewCaseDialog
from rrr_desktop.ui.today_page import TodayPage


def _open_first(qtbot: QtBot, window: MainWindow, text: str = "") -> CaseFileView:
    assert window.workspace is not None
    case_list = window.workspace.cases.list
    if text:
        case_list.search.setText(text)
        case_list.run_query()
        qtbot.waitUntil(lambda: not case_list.model.loading, timeout=10_000)
    case_list.table.setFocus()
    index = case_list.model.index(0, 1)
    case_list.table.doubleClicked.emit(index)
    view = window.workspace.cases.tabs.currentWidget()
    assert isinstance(view, CaseFileView)
    return view


def test_search_narrows_the_table(qtbot: QtBot, unlocked: MainWindow) -> None:
    assert unlocked.workspace is not None
    case_list = unlocked.workspace.cases.list
    total = case_list.model.rowCount()
    assert total == 300
    assert case_list.count_label.text() == "300 case(s)"
    qtbot.keyClicks(case_list.search, "soph")
    qtbot.waitUntil(lambda: 0 < case_list.model.rowCount() < total, timeout=10_000)
    names = [
        case_list.model.data(case_list.model.index(r, 1)) for r in range(case_list.model.rowCount())
    ]
    assert all("soph" in str(n).casefold() for n in names)
    assert case_list.count_label.text() == f"{len(names)} case(s)"
    case_list.search.clear()
    qtbot.waitUntil(lambda: case_list.model.rowCount() == total, timeout=10_000)


def test_only_the_latest_search_is_shown(qtbot: QtBot, unlocked: MainWindow) -> None:
    assert unlocked.workspace is not None
    case_list = unlocked.workspace.cases.list
    case_list.search.setText("zzzz-no-such-person")
    case_list.run_query()
    case_list.search.setText("")
    case_list.run_query()  # answers to the first query arrive stale and are dropped
    qtbot.waitUntil(lambda: not case_list.model.loading, timeout=10_000)
    assert case_list.model.rowCount() == 300


def test_filters_and_sorting(qtbot: QtBot, unlocked: MainWindow, demo_session: Session) -> None:
    assert unlocked.workspace is not None
    case_list = unlocked.workspace.cases.list
    case_list.stage.setCurrentIndex(case_list.stage.findData(Stage.INTAKE.value))
    expected = CaseService(demo_session).count(CaseQuery(stage=Stage.INTAKE.value))
    qtbot.waitUntil(
        lambda: case_list.model.rowCount() == expected and not case_list.model.loading,
        timeout=10_000,
    )
    case_list.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(
        lambda: case_list.model.query.sort == "reference" and not case_list.model.loading,
        timeout=10_000,
    )
    refs = [case_list.model.data(case_list.model.index(r, 0)) for r in range(min(expected, 20))]
    assert refs == sorted(refs)


def test_a_cut_next_action_is_whole_in_its_tooltip_and_says_overdue_once(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    assert unlocked.workspace is not None
    model = unlocked.workspace.cases.list.model
    overdue = 0
    for row in range(model.rowCount()):
        for column in (1, 6):
            shown = model.data(model.index(row, column))
            tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            assert tip == (shown or None)
        action = str(model.data(model.index(row, 6)) or "")
        assert action.count("overdue") <= 1
        overdue += "⚠" in action and "overdue" in action
    assert overdue  # the demo vault has overdue visits and messages


def test_saving_an_edit_after_the_case_changed_elsewhere_keeps_that_change(
    qtbot: QtBot, unlocked: MainWindow, demo_session: Session
) -> None:
    """A field is being typed (unsaved) when an import changes another field of the same
    case and announces it; saving the typing does not put the old value back."""
    view = _open_first(qtbot, unlocked)
    person = view.form_tabs[0]
    person.family.setText("Newname")  # type: ignore[attr-defined]
    person.family.textEdited.emit("Newname")  # type: ignore[attr-defined]
    assert view.dirty
    CaseService(demo_session).modify(
        view.reference, lambda c: setattr(c.person, "wishes", "imported from laptop 2"), "x"
    )
    view.ctx.caseChanged.emit(view.reference)  # as the Inbox does after an import
    assert view.dirty  # the typing is still there
    view.save_button.click()
    saved = CaseService(demo_session).get(view.reference, audit=False)
    assert saved.person.family_name == "Newname"
    assert saved.person.wishes == "imported from laptop 2"
    assert not view.dirty


def test_the_same_field_typed_and_changed_elsewhere_is_kept_twice_and_said(
    qtbot: QtBot, unlocked: MainWindow, demo_session: Session
) -> None:
    """The field being typed is changed meanwhile by an import: the save keeps both values
    as a conflict (the typed one on screen), the window says so, and Handoff → Conflicts
    (already open before) lists it when shown again."""
    from rrr_desktop.ui.handoff.page import HandoffPage

    workspace = unlocked.workspace
    assert workspace is not None
    workspace.show_page("handoff")
    handoff = workspace.page("handoff")
    assert isinstance(handoff, HandoffPage)
    handoff.tabs.setCurrentWidget(handoff.conflicts)
    assert handoff.conflicts.tree.topLevelItemCount() == 0
    workspace.show_page("cases")
    view = _open_first(qtbot, unlocked)
    person = view.form_tabs[0]
    person.family.setText("Typed here")  # type: ignore[attr-defined]
    person.family.textEdited.emit("Typed here")  # type: ignore[attr-defined]
    service = CaseService(demo_session)
    service.modify(view.reference, lambda c: setattr(c.person, "family_name", "From laptop 2"), "x")
    view.ctx.caseChanged.emit(view.reference)
    view.save_button.click()
    saved = service.get(view.reference, audit=False)
    assert saved.person.family_name == "Typed here"
    assert len(service.open_conflicts(saved.id)) == 1
    assert "1 field" in view.message.text()
    assert "Conflicts" in view.message.text()
    workspace.show_page("handoff")
    assert handoff.conflicts.tree.topLevelItemCount() == 1
    workspace.show_page("cases")  # a later save that nobody raced says only "Saved."
    person.wishes.setPlainText("Back to school")  # type: ignore[attr-defined]
    person.wishes.textChanged.emit()  # type: ignore[attr-defined]
    view.save_button.click()
    assert view.message.text() == "Saved."


def test_open_case_shows_reference_in_title_not_name(qtbot: QtBot, unlocked: MainWindow) -> None:
    view = _open_first(qtbot, unlocked)
    assert view.case is not None
    assert unlocked.windowTitle() == f"RRR Desktop — {view.reference}"
    assert view.case.person.full_name not in unlocked.windowTitle()
    assert view.tab_keys[:5] == ["person", "intake", "shelter", "consent", "stage"]
    assert view.form_tabs[0].given.text() == view.case.person.given_name  # type: ignore[attr-defined]


def test_edit_and_save_writes_the_audit(
    qtbot: QtBot, unlocked: MainWindow, demo_session: Session
) -> None:
    view = _open_first(qtbot, unlocked)
    contacts_before = CaseService(demo_session).get(view.reference, audit=False).person.contacts
    person = view.form_tabs[0]
    person.family.setText("Newname")  # type: ignore[attr-defined]
    person.family.textEdited.emit("Newname")  # type: ignore[attr-defined]
    assert view.dirty
    assert view.save_button.isEnabled()
    tabs = unlocked.workspace.cases.tabs  # type: ignore[union-attr]
    assert tabs.tabText(tabs.currentIndex()).endswith("*")
    view.save_button.click()
    assert not view.dirty
    assert view.message.text() == "Saved."
    service = CaseService(demo_session)
    saved = service.get(view.reference, audit=False)
    assert saved.person.family_name == "Newname"
    assert all("\u2066" not in c.value for c in saved.person.contacts)  # display marks only
    assert saved.person.contacts == contacts_before  # untouched fields come back as they were
    entries = [e for e in service.history(view.reference) if e.action == "case.edit"]
    assert entries
    assert json.loads(entries[-1].detail) == {"fields": ["person"]}
    assert "Newname" not in entries[-1].detail
    view.undo_button.click()
    assert service.get(view.reference, audit=False).person.family_name != "Newname"


def test_invalid_field_shows_a_message_and_saves_nothing(
    qtbot: QtBot, unlocked: MainWindow, demo_session: Session
) -> None:
    view = _open_first(qtbot, unlocked)
    person = view.form_tabs[0]
    person.nationality.setText("K1")  # type: ignore[attr-defined]
    person.given.setText("")  # type: ignore[attr-defined]
    person.given.textEdited.emit("")  # type: ignore[attr-defined]
    assert not view.save()
    errors = [
        label.text()
        for label in view.findChildren(type(view.message), "fieldError")
        if label.isVisibleTo(view)
    ]
    assert "This field is required." in errors
    assert any("two-letter country code" in e for e in errors)
    before = CaseService(demo_session).get(view.reference, audit=False)
    assert before.person.given_name != ""


def test_blocked_stage_change_lists_its_reasons(qtbot: QtBot, unlocked: MainWindow) -> None:
    view = _open_first(qtbot, unlocked)
    view.select_tab("stage")
    stage_tab = view.tabs.currentWidget()
    stage_tab.target.setCurrentIndex(stage_tab.target.findData(Stage.TRAVEL.value))  # type: ignore[attr-defined]
    stage_tab.change_button.click()  # type: ignore[attr-defined]
    text = stage_tab.reasons.text()  # type: ignore[attr-defined]
    assert "cannot move to Travel" in text
    assert "No travel itinerary has been recorded." in text
    assert view.case is not None
    assert view.case.stage != Stage.TRAVEL


def test_consent_recorded_and_shown(qtbot: QtBot, unlocked: MainWindow) -> None:
    view = _open_first(qtbot, unlocked)
    view.select_tab("consent")
    tab = view.tabs.currentWidget()
    tab.purpose.set_value("testimony")  # type: ignore[attr-defined]
    tab.state.set_value("declined")  # type: ignore[attr-defined]
    tab.record_button.click()  # type: ignore[attr-defined]
    assert view.case is not None
    assert view.case.consents[-1].state == "declined"
    row = list(view.case.consents[-1].purpose.__class__).index(view.case.consents[-1].purpose)
    assert tab.purposes.item(row, 1).text() == "Declined"  # type: ignore[attr-defined]


def test_open_case_requested_opens_the_named_tab(qtbot: QtBot, unlocked: MainWindow) -> None:
    assert unlocked.workspace is not None
    assert unlocked.ctx is not None
    reference = unlocked.workspace.cases.list.model.data(
        unlocked.workspace.cases.list.model.index(3, 0)
    )
    unlocked.workspace.show_page("today")
    unlocked.ctx.openCaseRequested.emit(reference, "consent")
    view = unlocked.workspace.cases.view_for(reference)
    assert view is not None
    assert view.tab_keys[view.tabs.currentIndex()] == "consent"
    assert unlocked.workspace.current_page() == "cases"


def test_new_case_warns_about_a_duplicate(
    qtbot: QtBot, unlocked: MainWindow, demo_session: Session
) -> None:
    service = CaseService(demo_session)
    existing = service.get(service.search(CaseQuery(limit=1))[0].reference, audit=False)
    before = service.count(CaseQuery())
    assert unlocked.ctx is not None
    dialog = NewCaseDialog(unlocked.ctx, unlocked)
    assert dialog.sex.value() == "U"  # unknown: nothing pre-chosen for the person
    assert dialog.referred_by.value() == "other"
    qtbot.addWidget(dialog)
    dialog.given.setText(existing.person.given_name)
    dialog.family.setText(existing.person.family_name)
    dialog.nationality.setText(existing.person.nationality)
    dialog.check_and_create()
    assert not dialog.duplicates.isHidden()
    assert not dialog.created_reference
    assert any(
        existing.reference in dialog.duplicates.item(i).text()
        for i in range(dialog.duplicates.count())
    )
    assert "Possible duplicate" in dialog.message.text()
    assert service.count(CaseQuery()) == before
    dialog.check_and_create()  # second press: create anyway
    assert service.count(CaseQuery()) == before + 1
    assert dialog.created_reference
    view = unlocked.workspace.cases.view_for(dialog.created_reference)
    assert view is not None


def test_new_case_without_a_match_is_created_at_once(
    qtbot: QtBot, unlocked: MainWindow, demo_session: Session
) -> None:
    assert unlocked.ctx is not None
    dialog = NewCaseDialog(unlocked.ctx, unlocked)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.given, "Qwertyuiop")
    dialog.nationality.setText("KH")
    dialog.check_and_create()
    assert dialog.created_reference
    assert (
        CaseService(demo_session).get(dialog.created_reference, audit=False).person.given_name
        == "Qwertyuiop"
    )
    QApplication.processEvents()


def test_closing_a_tab_with_edits_asks_first(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _open_first(qtbot, unlocked)
    cases = unlocked.workspace.cases  # type: ignore[union-attr]
    person = view.form_tabs[0]
    person.family.setText("Changed")  # type: ignore[attr-defined]
    person.family.textEdited.emit("Changed")  # type: ignore[attr-defined]
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def fake(*args: object) -> QMessageBox.StandardButton:
            asked.append(str(args[2]))
            return button

        return fake

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not cases.close_tab(cases.tabs.indexOf(view))
    assert cases.view_for(view.reference) is view
    assert asked
    assert view.reference in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    assert cases.close_tab(cases.tabs.indexOf(view))
    assert cases.view_for(view.reference) is None


def test_ctrl_s_saves_the_visible_case_with_several_open(
    qtbot: QtBot, unlocked: MainWindow, demo_session: Session
) -> None:
    assert unlocked.workspace is not None
    model = unlocked.workspace.cases.list.model
    first, second = (str(model.data(model.index(r, 0))) for r in (0, 1))
    unlocked.workspace.open_case(first)
    view = unlocked.workspace.cases.open_case(second)
    assert view is not None
    person = view.form_tabs[0]
    person.family.setText("Viakeys")  # type: ignore[attr-defined]
    person.family.textEdited.emit("Viakeys")  # type: ignore[attr-defined]
    qtbot.keyClick(person.family, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert not view.dirty
    assert CaseService(demo_session).get(second, audit=False).person.family_name == "Viakeys"


def test_move_to_starts_on_the_usual_next_stage_and_closing_asks_its_reason_here(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No dead end: the reason for closing is chosen on the stage tab itself, a missing
    reason is said there, and nothing is closed before the caseworker confirms."""
    from rrr_desktop.domain.enums import ClosureReason
    from rrr_desktop.domain.gates import usual_next_stage

    view = _open_first(qtbot, unlocked)
    view.select_tab("stage")
    tab = view.tabs.currentWidget()
    assert isinstance(tab, StageTab)
    assert view.case is not None
    assert tab.target.currentData() == usual_next_stage(view.case.stage).value
    assert tab.close_reason.isHidden()
    tab.target.setCurrentIndex(tab.target.findData(Stage.CLOSED.value))
    assert tab.close_reason.isVisibleTo(tab)
    asked: list[str] = []

    def refuse(*_a: object, **_k: object) -> QMessageBox.StandardButton:
        asked.append("asked")
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    tab.change_button.click()
    assert "Choose why the case is closed" in tab.reasons.text()
    assert asked == []
    tab.close_reason.setCurrentIndex(tab.close_reason.findData(ClosureReason.LOST_CONTACT.value))
    tab.change_button.click()
    assert asked == ["asked"]  # and "No" closes nothing
    service = CaseService(unlocked.ctx.session)  # type: ignore[union-attr]
    assert service.get(view.reference, audit=False).stage != Stage.CLOSED
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.change_button.click()
    closed = service.get(view.reference, audit=False)
    if closed.stage == Stage.CLOSED:
        assert closed.closure is not None
        assert closed.closure.reason == ClosureReason.LOST_CONTACT
    else:  # the case's own gates still hold it: said in words, not silently dropped
        assert tab.reasons.text()


def test_typing_kept_over_a_lock_is_saved_onto_what_changed_meanwhile(
    qtbot: QtBot, unlocked: MainWindow, demo_session: Session
) -> None:
    """Found by an adversarial review: a draft kept over a lock was saved against the case
    as stored at unlock, so a field changed elsewhere during the lock went back to its old
    value unseen. The draft now keeps the copy its typing started from."""
    from tests.ui.conftest import unlock

    view = _open_first(qtbot, unlocked)
    reference = view.reference
    person = view.form_tabs[0]
    person.family.setText("Typed before the lock")  # type: ignore[attr-defined]
    person.family.textEdited.emit("Typed before the lock")  # type: ignore[attr-defined]
    unlocked.quick_exit()
    service = CaseService(demo_session)

    def elsewhere(case: object) -> None:
        case.person.wishes = "changed on another laptop"  # type: ignore[attr-defined]
        case.person.family_name = "Changed elsewhere"  # type: ignore[attr-defined]

    service.modify(reference, elsewhere, "x")
    unlock(qtbot, unlocked)
    qtbot.waitUntil(lambda: unlocked.session is not None, timeout=10_000)
    assert unlocked.workspace is not None
    restored = unlocked.workspace.cases.tabs.currentWidget()
    assert isinstance(restored, CaseFileView)
    assert restored.reference == reference
    assert restored.dirty
    restored.save_button.click()
    saved = service.get(reference, audit=False)
    assert saved.person.wishes == "changed on another laptop"  # not put back
    assert saved.person.family_name == "Typed before the lock"
    assert len(service.open_conflicts(saved.id)) == 1  # the other family name is kept beside it


def test_a_save_that_settles_one_conflict_and_makes_another_still_says_so(
    qtbot: QtBot, unlocked: MainWindow, demo_session: Session
) -> None:
    """Found by a review: the message compared counts, so one conflict settled and one
    made by the same save said nothing."""
    service = CaseService(demo_session)
    view = _open_first(qtbot, unlocked)
    reference = view.reference
    base = service.get(reference, audit=False)
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.person.wishes, theirs.person.wishes = "one wish", "another wish"
    service.save(theirs)
    service.save(ours, base=base)  # the wishes now hold two values: an open conflict
    assert len(service.open_conflicts(base.id)) == 1
    view.ctx.caseChanged.emit(reference)
    person = view.form_tabs[0]
    person.wishes.setPlainText("settled here")  # type: ignore[attr-defined]
    person.wishes.textChanged.emit()  # type: ignore[attr-defined]
    person.family.setText("Typed here")  # type: ignore[attr-defined]
    person.family.textEdited.emit("Typed here")  # type: ignore[attr-defined]
    service.modify(reference, lambda c: setattr(c.person, "family_name", "Elsewhere"), "x")
    view.save_button.click()
    assert service.open_conflicts(base.id) == {"person/family_name"}
    assert "1 field" in view.message.text()


def test_the_timeline_is_newest_first_in_one_date_style_and_no_json(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """The timeline sorted the text it showed: stage changes in local dates and log entries
    in ISO dates fell out of order, and a print's details showed as JSON (a review)."""
    from PySide6.QtWidgets import QTableWidgetItem

    from rrr_desktop.services.printing_service import PrintingService

    view = _open_first(qtbot, unlocked)
    assert unlocked.ctx is not None
    session = unlocked.ctx.session
    assert session is not None
    PrintingService(session).record_print(view.reference, "info_sheet", "th", False)
    view.select_tab("stage")
    stage_tab = view.tabs.currentWidget()
    assert isinstance(stage_tab, StageTab)
    stage_tab.load(CaseService(session).get(view.reference, audit=False))
    table = stage_tab.timeline
    cells = [
        [(table.item(row, column) or QTableWidgetItem()).text() for column in range(4)]
        for row in range(table.rowCount())
    ]
    shown = [row[0] for row in cells]
    assert len(shown) >= 2
    details = [row[3] for row in cells]
    assert not [d for d in details if "{" in d or '"' in d]
    assert any("document: info_sheet" in d for d in details)
    when = [dt.datetime.strptime(text, "%Y-%m-%d %H:%M") for text in shown]  # English: ISO
    assert when == sorted(when, reverse=True)


@pytest.mark.parametrize(("font_scale", "language"), [(1.0, "en"), (1.5, "en"), (1.0, "my")])
def test_no_tab_makes_the_case_file_taller_than_a_small_screen(
    qtbot: QtBot, unlocked: MainWindow, font_scale: float, language: str
) -> None:
    """The checklist's list of reasons sat outside its scrolled part: once that tab was
    shown, the case file needed more height than 1366x768 gives, on every tab, and Save
    scrolled out of sight (found by the visual review)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    size = font.pointSizeF()
    font.setPointSizeF(size * font_scale)
    app.setFont(font)
    from rrr_desktop import i18n

    i18n.install_language(language)
    try:
        view = _open_first(qtbot, unlocked)
        for key in view.tab_keys:
            view.select_tab(key)
            qtbot.wait(1)
            assert view.minimumSizeHint().height() <= 400, key
    finally:
        i18n.install_language("en")
        font.setPointSizeF(size)
        app.setFont(font)


def test_every_reference_is_shown_whole_in_the_case_list_and_today(
    qtbot: QtBot, unlocked: MainWindow, demo_session: Session
) -> None:
    """A renumbered case's reference is the longest (a five-character code): cut short to
    "TH-2026-..." it cannot be read out on the phone. Seen at a headquarters of 100,000
    cases, where 914 were renumbered."""
    from rrr_desktop.domain.casefile import renumbered_reference
    from tests.conftest import set_up_case

    row = CaseService(demo_session).search(CaseQuery(limit=1, sort="reference"))[0]
    longest = renumbered_reference(row.reference, "W" * 36)
    set_up_case(demo_session, row.reference, lambda c: setattr(c, "reference", longest))
    assert unlocked.workspace is not None
    case_list = unlocked.workspace.cases.list
    case_list.search.setText(longest)
    case_list.run_query()
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 1, timeout=10_000)
    today = unlocked.workspace.page("today")
    assert isinstance(today, TodayPage)
    qtbot.waitUntil(lambda: today.table.rowCount() > 5, timeout=10_000)
    tables = [
        (case_list.table, 0, [case_list.model.index(0, 0).data()]),
        (today.table, 2, [longest, *(_text(today.table.item(r, 2)) for r in range(5))]),
    ]
    for table, column, shown in tables:
        metrics = table.fontMetrics()
        room = table.columnWidth(column) - 12  # the cell's margins
        for reference in shown:
            assert reference
            cut = metrics.elidedText(reference, Qt.TextElideMode.ElideRight, room)
            assert cut == reference, (reference, cut)


def _text(item: QTableWidgetItem | None) -> str:
    assert item is not None
    return item.text()
