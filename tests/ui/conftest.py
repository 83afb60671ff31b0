"""Fixtures for driving the real main window on a vault with demo data."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSettings,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
)
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.session import Session
from rrr_desktop.ui import tasks
from rrr_desktop.ui.main_window import MainWindow
from rrr_desktop.ui.prefs import Prefs
from tests.conftest import PASSPHRASE


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "rrr-desktop.ini"


@pytest.fixture
def prefs(settings_file: Path) -> Prefs:
    return Prefs(QSettings(str(settings_file), QSettings.Format.IniFormat))


@pytest.fixture
def demo_names(demo_session: Session) -> list[str]:
    """Full names of every demo person in the vault (what must never leak)."""
    rows = CaseService(demo_session).search(CaseQuery(limit=10_000))
    return sorted({r.name for r in rows if len(r.name) >= 4})


@pytest.fixture
def main_window(
    qtbot: QtBot,
    demo_session: Session,
    vault_dir: Path,
    clock: FixedClock,
    prefs: Prefs,
    tmp_path: Path,
) -> Iterator[MainWindow]:
    """The real main window on the demo vault, showing its lock screen."""
    window = MainWindow(prefs, vault_dir, tmp_path / "demo-vault", clock=clock, demo_cases=20)
    window.show()
    yield window
    window.lock()  # first: closing an unlocked window with edits would ask what to do
    window.close()
    tasks.wait_for_idle()
    window.deleteLater()
    flush_deletes()


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    screen = window.lock_screen
    screen.user.setCurrentText("alice")
    screen.passphrase.setText(passphrase)
    screen.unlock_button.click()


@pytest.fixture
def unlocked(qtbot: QtBot, main_window: MainWindow) -> MainWindow:
    """Unlocked, with the case list loaded."""
    unlock(qtbot, main_window)
    qtbot.waitUntil(lambda: main_window.workspace is not None, timeout=10_000)
    assert main_window.workspace is not None
    model = main_window.workspace.cases.list.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading, timeout=10_000)
    return main_window


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def visible_texts() -> list[str]:
    """Every text any live widget holds: titles, labels, fields, items, tabs."""
    flush_deletes()
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if not shiboken6.isValid(widget):
            continue
        texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = QModelIndex()
            for row in range(min(model.rowCount(root), 300)):
                for column in range(_columns(model)):
                    value = model.data(model.index(row, column))
                    if value is not None:
                        texts.append(str(value))
    return texts


def _columns(model: QAbstractItemModel) -> int:
    if isinstance(model, QAbstractListModel):  # its columnCount is private in PySide6
        return 1
    return int(model.columnCount(QModelIndex()))


def leaked(names: list[str]) -> list[str]:
    blob = "\n".join(visible_texts())
    return [name for name in names if name in blob]
