"""Settings → Vault: encrypted backup and passphrase change, run in a worker."""

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rrr_desktop.services import vault_service
from rrr_desktop.services.session import Session
from rrr_desktop.ui import tasks
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.main_window import MainWindow
from rrr_desktop.ui.vault_admin import VaultAdminBox
from tests.conftest import PASSPHRASE


def _box(qtbot: QtBot, session: Session) -> VaultAdminBox:
    box = VaultAdminBox(UiContext(session))
    qtbot.addWidget(box)
    return box


def test_backup_from_settings_writes_an_encrypted_copy(
    qtbot: QtBot, demo_session: Session, tmp_path: Path
) -> None:
    box = _box(qtbot, demo_session)
    box.backup_to(tmp_path / "usb")
    qtbot.waitUntil(lambda: "written" in box.status.text(), timeout=10_000)
    tasks.wait_for_idle()
    db = (tmp_path / "usb" / "vault.db").read_bytes()
    assert not db.startswith(b"SQLite format 3")
    copy = vault_service.open_session(tmp_path / "usb", "alice", PASSPHRASE)
    copy.close()


def test_backup_into_a_used_folder_is_refused_clearly(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    box = _box(qtbot, session)
    box.backup_to(tmp_path / "usb")
    qtbot.waitUntil(lambda: box.backup_button.isEnabled(), timeout=10_000)
    box.backup_to(tmp_path / "usb")
    qtbot.waitUntil(lambda: "refusing to overwrite" in box.status.text(), timeout=10_000)
    tasks.wait_for_idle()


def test_passphrase_change_from_settings(qtbot: QtBot, session: Session, vault_dir: Path) -> None:
    box = _box(qtbot, session)
    box.old.setText(PASSPHRASE)
    box.new.setText("a completely new passphrase")
    box.repeat.setText("a different one entirely")
    box.change_passphrase()
    assert "differ" in box.status.text()
    box.repeat.setText("a completely new passphrase")
    box.change_passphrase()
    qtbot.waitUntil(lambda: box.status.text() == "Passphrase changed.", timeout=10_000)
    tasks.wait_for_idle()
    assert box.new.text() == ""  # secrets do not linger in the widgets
    vault_service.open_session(vault_dir, "alice", "a completely new passphrase").close()


def test_wrong_current_passphrase_changes_nothing(
    qtbot: QtBot, session: Session, vault_dir: Path
) -> None:
    box = _box(qtbot, session)
    box.old.setText("not my passphrase")
    box.new.setText("a completely new passphrase")
    box.repeat.setText("a completely new passphrase")
    box.change_passphrase()
    qtbot.waitUntil(lambda: "not correct" in box.status.text(), timeout=10_000)
    tasks.wait_for_idle()
    vault_service.open_session(vault_dir, "alice", PASSPHRASE).close()


def _answer_restore(monkeypatch: pytest.MonkeyPatch, passphrase: str) -> list[str]:
    """Yes to the question, ``passphrase`` to the passphrase prompt; what was asked."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    def prompt(_parent: object, _title: str, text: str, *_a: object) -> tuple[str, bool]:
        asked.append(text)
        return passphrase, True

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QInputDialog, "getText", prompt)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: asked.append("restored"))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: asked.append(text))
    return asked


def test_restore_from_settings_asks_locks_and_keeps_the_replaced_vault(
    qtbot: QtBot,
    unlocked: MainWindow,
    demo_session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rrr_desktop.domain.queries import CaseQuery
    from rrr_desktop.services import vault_service
    from rrr_desktop.services.cases import CaseService
    from tests.ui.conftest import unlock

    demo_session.close()  # the test's own session: the window is the only one open
    session = unlocked.session
    assert session is not None
    assert unlocked.workspace is not None
    directory = session.directory
    vault_service.backup(session, tmp_path / "backup")
    before = CaseService(session).count(CaseQuery())
    os.utime(tmp_path / "backup" / "vault.db", (0, 1_000_000))  # an older backup
    box = unlocked.workspace.settings.vault_admin
    asked = _answer_restore(monkeypatch, PASSPHRASE)
    assert box.restore_from(tmp_path / "backup")
    assert "set aside" in asked[0]  # it said that newer changes here are set aside
    assert "passphrase" in asked[1]
    assert unlocked.locked
    qtbot.waitUntil(lambda: asked[-1] == "restored", timeout=20_000)
    assert list(directory.parent.glob(directory.name + ".replaced-*"))
    unlock(qtbot, unlocked)
    qtbot.waitUntil(lambda: unlocked.session is not None, timeout=10_000)
    assert unlocked.session is not None
    assert CaseService(unlocked.session).count(CaseQuery()) == before


def test_a_restore_while_another_window_has_the_vault_open_is_refused_and_moves_nothing(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.conftest import unlock

    session = unlocked.session  # the fixture's own session stays open: another window
    assert session is not None
    assert unlocked.workspace is not None
    directory = session.directory
    vault_service.backup(session, tmp_path / "backup")
    box = unlocked.workspace.settings.vault_admin
    asked = _answer_restore(monkeypatch, PASSPHRASE)
    assert box.restore_from(tmp_path / "backup")
    qtbot.waitUntil(lambda: len(asked) > 2, timeout=20_000)
    assert asked[-1].startswith("The vault is open in another window")
    assert not list(directory.parent.glob(directory.name + ".replaced-*"))
    unlock(qtbot, unlocked)
    qtbot.waitUntil(lambda: unlocked.session is not None, timeout=10_000)


def test_a_damaged_backup_is_refused_and_the_vault_here_unlocks_as_it_was(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rrr_desktop.domain.queries import CaseQuery
    from rrr_desktop.services import vault_service
    from rrr_desktop.services.cases import CaseService
    from tests.ui.conftest import unlock

    session = unlocked.session
    assert session is not None
    assert unlocked.workspace is not None
    directory = session.directory
    vault_service.backup(session, tmp_path / "backup")
    before = CaseService(session).count(CaseQuery())
    db_file = tmp_path / "backup" / "vault.db"
    data = bytearray(db_file.read_bytes())
    data[len(data) // 2] ^= 0x10  # one byte changed on the stick
    db_file.write_bytes(bytes(data))
    asked = _answer_restore(monkeypatch, PASSPHRASE)
    assert unlocked.workspace.settings.vault_admin.restore_from(tmp_path / "backup")
    qtbot.waitUntil(lambda: "damaged" in asked[-1], timeout=20_000)
    assert "Nothing was changed" in asked[-1]
    assert not list(directory.parent.glob(directory.name + ".replaced-*"))
    unlock(qtbot, unlocked)
    qtbot.waitUntil(lambda: unlocked.session is not None, timeout=10_000)
    assert unlocked.session is not None
    assert CaseService(unlocked.session).count(CaseQuery()) == before


def test_an_administrator_sets_a_duress_passphrase_in_settings(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    from rrr_desktop.domain.queries import CaseQuery
    from rrr_desktop.services.cases import CaseService
    from tests.ui.conftest import unlock

    assert unlocked.workspace is not None
    box = unlocked.workspace.settings.vault_admin
    assert box.duress.isVisibleTo(box)  # alice administers
    box.duress.setText("the river is calm today")
    box.duress_repeat.setText("the river is calm today")
    box.set_duress()
    qtbot.waitUntil(lambda: "set" in box.status.text(), timeout=10_000)
    unlocked.lock()
    unlock(qtbot, unlocked, "the river is calm today")  # as if forced to
    qtbot.waitUntil(lambda: unlocked.session is not None, timeout=10_000)
    assert unlocked.session is not None
    assert CaseService(unlocked.session).count(CaseQuery()) == 0  # an empty vault
    assert str(unlocked.session.shown_directory) in unlocked.status_vault.text().replace(
        "\u2068", ""
    ).replace("\u2069", "")


def test_a_quick_exit_during_a_restore_gives_no_way_to_unlock_until_it_ends(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by an adversarial review: Esc twice while the backup was being checked showed
    the lock screen with Unlock on, and the vault being set aside could be opened."""
    import threading

    from rrr_desktop.services import restore

    session = unlocked.session
    assert session is not None
    assert unlocked.workspace is not None
    vault_service.backup(session, tmp_path / "backup")
    _answer_restore(monkeypatch, PASSPHRASE)
    go_on = threading.Event()
    real_restore = restore.restore

    def slow(*args: object) -> object:
        go_on.wait(20)  # a big vault being checked
        return real_restore(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(restore, "restore", slow)
    assert unlocked.workspace.settings.vault_admin.restore_from(tmp_path / "backup")
    screen = unlocked.lock_screen
    for _ in range(2):
        assert not screen.unlock_button.isEnabled()
        assert not screen.setup_button.isEnabled()
        unlocked.quick_exit()
    go_on.set()
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=20_000)
    assert unlocked.session is None
