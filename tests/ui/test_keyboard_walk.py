"""The main flow by keyboard alone: unlock, Today, find a case, its file, tick the
pre-departure checklist, save the printout. No mouse event is sent."""

from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.ui.casefile.view import CaseFileView
from rrr_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE

W = TypeVar("W", bound=QWidget)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), k, modifier)
    QApplication.processEvents()


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)
    QApplication.processEvents()


def tab_until(qtbot: QtBot, wanted: type[W], limit: int = 80, **attrs: object) -> W:
    for _ in range(limit):
        widget = focused()
        if isinstance(widget, wanted) and all(
            getattr(widget, name)() == value for name, value in attrs.items()
        ):
            return widget
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached a {wanted.__name__} {attrs}")


def test_main_flow_by_keyboard_alone(
    qtbot: QtBot,
    main_window: MainWindow,
    demo_session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = main_window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    screen = window.lock_screen
    assert screen.user.currentText() == "alice"  # the last user is offered
    assert focused() is screen.passphrase  # and the focus waits for the passphrase
    type_text(PASSPHRASE)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    workspace = window.workspace
    assert workspace is not None
    assert workspace.current_page() == "today"

    wanted = CaseService(demo_session).search(_query())[0]
    key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # find a case
    assert workspace.current_page() == "cases"
    assert focused() is workspace.cases.list.search
    type_text(wanted.reference)
    qtbot.waitUntil(lambda: workspace.cases.list.model.rowCount() == 1, timeout=10_000)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(workspace.cases.tabs.currentWidget(), CaseFileView))
    view = workspace.cases.tabs.currentWidget()
    assert isinstance(view, CaseFileView)
    assert view.reference == wanted.reference

    assert view.isAncestorOf(focused())  # the keyboard is in the case file now
    for _ in range(view.tabs.count()):  # Ctrl+Tab walks the case file's tabs
        if view.tab_keys[view.tabs.currentIndex()] == "checklist":
            break
        key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.tab_keys[view.tabs.currentIndex()] == "checklist"
    box = tab_until(qtbot, QCheckBox, isChecked=False)
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: box.isChecked(), timeout=5_000)

    target = tmp_path / "checklist.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    for _ in range(view.tabs.count()):
        if view.tab_keys[view.tabs.currentIndex()] == "print":
            break
        key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.tab_keys[view.tabs.currentIndex()] == "print"
    key(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "&Save PDF…"
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 1000, timeout=20_000)


def _query():  # type: ignore[no-untyped-def]
    from rrr_desktop.domain.queries import CaseQuery

    return CaseQuery()
