"""Settings → Vault: encrypted backup and passphrase change, run in a worker."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from rrr_desktop.services import vault_service
from rrr_desktop.services.session import Session
from rrr_desktop.ui import tasks
from rrr_desktop.ui.context import UiContext
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
