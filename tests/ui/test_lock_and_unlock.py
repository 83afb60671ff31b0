"""Unlock, lock, quick exit and idle lock on the real main window."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rrr_desktop.ui.lock_screen import delay_after
from rrr_desktop.ui.main_window import MainWindow
from tests.ui.conftest import leaked, unlock


def test_delay_grows_after_repeated_mistakes() -> None:
    assert delay_after(0) == 0
    assert delay_after(1) == 0
    assert delay_after(2) < delay_after(3) < delay_after(4)
    assert delay_after(50) == 60


def test_wrong_then_right_passphrase(qtbot: QtBot, main_window: MainWindow) -> None:
    assert main_window.windowTitle() == "RRR Desktop — locked"
    unlock(qtbot, main_window, "not the passphrase")
    qtbot.waitUntil(lambda: main_window.lock_screen.failures == 1, timeout=10_000)
    assert main_window.locked
    assert "not correct" in main_window.lock_screen.message.text()
    assert main_window.lock_screen.passphrase.text() == ""
    unlock(qtbot, main_window)
    qtbot.waitUntil(lambda: main_window.workspace is not None, timeout=10_000)
    assert not main_window.locked
    assert "Test Shelter" in main_window.status_org.text()
    assert "alice" in main_window.status_user.text()


def test_second_mistake_makes_the_user_wait(qtbot: QtBot, main_window: MainWindow) -> None:
    screen = main_window.lock_screen
    screen.tick_ms = 60_000  # one tick a minute: the wait is still on when we look
    for attempt in (1, 2):
        unlock(qtbot, main_window, "wrong passphrase")

        def failed(n: int = attempt) -> bool:
            return screen.failures == n

        qtbot.waitUntil(failed, timeout=10_000)
    assert screen.waiting
    assert not screen.unlock_button.isEnabled()
    assert "wait" in screen.message.text()
    screen.countdown.setInterval(5)  # let the countdown run out fast
    qtbot.waitUntil(lambda: screen.unlock_button.isEnabled(), timeout=10_000)
    assert not screen.waiting


def test_lock_hides_every_personal_detail(
    qtbot: QtBot, unlocked: MainWindow, demo_names: list[str]
) -> None:
    assert unlocked.workspace is not None
    assert leaked(demo_names), "the test must see names while unlocked, or it proves nothing"
    reference = unlocked.workspace.cases.list.model.data(
        unlocked.workspace.cases.list.model.index(0, 0)
    )
    unlocked.workspace.open_case(reference)
    assert unlocked.windowTitle() == f"RRR Desktop — {reference}"
    qtbot.keyClick(unlocked, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.locked
    assert unlocked.windowTitle() == "RRR Desktop — locked"
    assert leaked(demo_names) == []
    assert all(reference not in text for text in _titles())


def _titles() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets()]


def test_f12_quick_exit_closes_dialogs_and_locks(
    qtbot: QtBot, unlocked: MainWindow, demo_names: list[str]
) -> None:
    assert unlocked.workspace is not None
    case_list = unlocked.workspace.cases.list
    case_list.new_case()
    qtbot.waitUntil(
        lambda: any(
            w.objectName() == "newCaseDialog" and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )
    )
    QApplication.clipboard().setText(demo_names[0])
    qtbot.keyClick(unlocked, Qt.Key.Key_F12)
    assert unlocked.locked
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if w is not unlocked)
    assert QApplication.clipboard().text() == ""
    assert leaked(demo_names) == []


def test_double_escape_is_a_quick_exit(qtbot: QtBot, unlocked: MainWindow) -> None:
    target = unlocked.workspace.cases.list.search  # type: ignore[union-attr]
    for stamp in (1000, 1200):  # two presses, 0.2 s apart
        QApplication.sendEvent(target, _escape(stamp))
    assert unlocked.locked


def test_single_escape_does_not_lock(qtbot: QtBot, unlocked: MainWindow) -> None:
    target = unlocked.workspace.cases.list.search  # type: ignore[union-attr]
    QApplication.sendEvent(target, _escape(1000))  # propagates to parents: still one press
    assert not unlocked.locked


def _escape(timestamp: int) -> QKeyEvent:
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    event.setTimestamp(timestamp)
    return event


def test_idle_timer_locks(qtbot: QtBot, unlocked: MainWindow, demo_names: list[str]) -> None:
    assert unlocked.idle.timer.isActive()
    assert unlocked.idle.timer.interval() == 5 * 60_000
    unlocked.idle.expire()  # what the timer does after 5 quiet minutes
    assert unlocked.locked
    assert leaked(demo_names) == []
    QCoreApplication.processEvents()


def test_idle_minutes_from_settings_page(qtbot: QtBot, unlocked: MainWindow) -> None:
    assert unlocked.workspace is not None
    unlocked.workspace.show_page("settings")
    page = unlocked.workspace.page("settings")
    page.idle.setValue(12)  # type: ignore[union-attr]
    assert unlocked.idle.timer.interval() == 12 * 60_000
    assert unlocked.prefs.idle_minutes == 12


def test_the_clipboard_is_cleared_on_lock_and_after_a_copy(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    from rrr_desktop.ui import main_window

    clipboard = QGuiApplication.clipboard()
    monkeypatch.setattr(main_window, "CLIPBOARD_SECONDS", 0.2)
    clipboard.setText("Zqcanary copied phone")
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)  # a copy expires
    monkeypatch.setattr(main_window, "CLIPBOARD_SECONDS", 600)
    clipboard.setText("Zqcanary copied name")
    assert clipboard.text() == "Zqcanary copied name"
    unlocked.lock()  # Ctrl+L or the idle lock, not only the quick exit
    assert clipboard.text() == ""


def test_a_damaged_vault_is_said_as_it_is_without_a_wait(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    from rrr_desktop.vault import db
    from tests.ui.conftest import unlock

    path = main_window.vault_dir / db.DB_FILE
    original = path.read_bytes()
    try:
        path.write_bytes(original[:4096] + bytes(len(original) - 4096))  # pages zeroed
        for _ in range(3):
            unlock(qtbot, main_window)
            qtbot.waitUntil(lambda: not main_window.lock_screen.busy.isVisible(), timeout=10_000)
        text = main_window.lock_screen.message.text()
        assert "not correct" not in text  # never called a wrong passphrase
        assert "damaged" in text or "could not be read" in text
        assert not main_window.lock_screen.waiting  # no delay: nobody was guessing
    finally:
        path.write_bytes(original)


def test_after_a_quick_exit_nothing_on_screen_names_the_program(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    from tests.ui.conftest import unlock

    unlocked.quick_exit()
    assert "RRR" not in unlocked.windowTitle()
    screen_texts = [
        unlocked.lock_screen.title.text(),
        unlocked.status_vault.text(),
        unlocked.status_lock.text(),
    ]
    assert not any("RRR" in t or "vault" in t.lower() for t in screen_texts)
    assert not unlocked.lock_screen.vault_label.isVisible()
    unlock(qtbot, unlocked)
    qtbot.waitUntil(lambda: unlocked.session is not None, timeout=10_000)
    unlocked.lock()  # an ordinary lock says what it is again
    assert "RRR" in unlocked.windowTitle()


def test_typing_not_yet_saved_survives_a_lock(qtbot: QtBot, unlocked: MainWindow) -> None:
    from rrr_desktop.ui.casefile.view import CaseFileView
    from tests.ui.conftest import unlock

    assert unlocked.workspace is not None
    case_list = unlocked.workspace.cases.list
    case_list.table.doubleClicked.emit(case_list.model.index(0, 1))
    view = unlocked.workspace.cases.tabs.currentWidget()
    assert isinstance(view, CaseFileView)
    reference = view.reference
    person = view.form_tabs[0]
    person.wishes.setPlainText("Zqcanary: she wants to study sewing")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.dirty, timeout=3_000)
    unlocked.lock()  # the idle lock, or Esc twice, while typing
    unlock(qtbot, unlocked)
    qtbot.waitUntil(lambda: unlocked.workspace is not None, timeout=10_000)
    assert unlocked.workspace is not None
    again = unlocked.workspace.cases.view_for(reference)
    assert again is not None  # reopened
    assert again.dirty
    assert again.form_tabs[0].wishes.toPlainText() == (  # type: ignore[attr-defined]
        "Zqcanary: she wants to study sewing"
    )
    assert again.save()  # and it can be saved now


def test_the_vault_path_on_the_lock_screen_keeps_its_own_direction(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """In Arabic the path showed as "tmp/review-ui/v/": the slash of a left-to-right path
    moved to the end of a right-to-left line (found by the visual review)."""
    from rrr_desktop.ui.bidi import isolate

    unlocked.lock()
    assert unlocked.session is None
    shown = unlocked.lock_screen.vault_label.text()
    assert isolate(unlocked.lock_screen._directory) in shown
