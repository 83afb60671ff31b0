"""A vault on a disk with no room left opens for reading, and says the disk is full.

Found by a trial on a real full disk: with 40 KiB free the vault opened for reading, with
8 KiB free SQLite could not make its shared-memory file and the unlock said the disk
"reported an error ... restore the latest backup" (advice that would not help).
"""

import contextlib
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.errors import DiskFull, VaultCorrupt
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.demo import fill_demo
from rrr_desktop.services.session import Session
from rrr_desktop.vault import db
from rrr_desktop.vault.keys import FAST_INSECURE_KDF
from tests.conftest import PASSPHRASE

CASES = 12


@contextlib.contextmanager
def small_disk(size: int = 3 << 20) -> Iterator[Path]:
    """A real file system of its own (tmpfs), so it can be filled without harm."""
    mount = Path(f"/tmp/rrr-full-{uuid.uuid4().hex[:8]}")
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=False,
        timeout=30,
    )
    if done.returncode != 0:
        mount.rmdir()
        pytest.skip("a real full disk needs a tmpfs mount (root); the faked one runs anyway")
    stat = os.statvfs(mount)
    if stat.f_blocks * stat.f_frsize > 2 * size:  # the size was not applied: never fill RAM
        subprocess.run(["umount", str(mount)], check=False, timeout=30)
        mount.rmdir()
        pytest.skip("this machine's tmpfs ignores its size; the faked full disk runs anyway")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False, timeout=30)
        mount.rmdir()


def _fill(folder: Path, leave: int) -> None:
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    left = max(0, free - leave)
    with open(folder / "filler", "wb") as handle:
        while left:  # in chunks: never one huge buffer
            left -= handle.write(b"\0" * min(left, 1 << 20))
        handle.flush()
        os.fsync(handle.fileno())


@pytest.mark.parametrize("leave", [0, 4096, 8192, 16384, 40960])
def test_a_really_full_disk_opens_the_vault_for_reading(leave: int) -> None:
    with small_disk() as disk:
        directory = disk / "vault"
        session = vault_service.create_vault(
            directory, "Test Shelter", "TH", "alice", PASSPHRASE, kdf=FAST_INSECURE_KDF
        )
        fill_demo(session, CASES, seed=5)
        session.close()
        _fill(disk, leave)
        reader = vault_service.open_session(directory, "alice", PASSPHRASE)
        try:
            assert isinstance(reader.read_only, DiskFull)
            service = CaseService(reader)
            assert service.count(CaseQuery()) == CASES
            reference = service.search(CaseQuery())[0].reference
            case = service.get(reference)  # a caseworker can still read a case
            with pytest.raises(DiskFull, match="disk is full"):
                service.save(case.model_copy(update={"caseworker": "bob"}))
        finally:
            reader.close()
        (disk / "filler").unlink()
        writer = vault_service.open_session(directory, "alice", PASSPHRASE)  # room again
        try:
            assert writer.read_only is None
            assert CaseService(writer).count(CaseQuery()) == CASES
        finally:
            writer.close()


def _no_room_to_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening for writing fails as on a full disk; opening for reading works."""
    real_open = db.open_connection

    def no_room(path: Path, key: bytes, read_only: bool = False) -> db.Connection:
        if not read_only:
            raise DiskFull()
        return real_open(path, key, read_only=True)

    monkeypatch.setattr(db, "open_connection", no_room)


def test_the_fallback_opens_for_reading_only_when_the_log_is_empty(
    demo_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Faked where no tmpfs can be mounted: no room to open for writing. With committed
    writes waiting in the log, reading the file alone would miss them: the unlock then
    says the disk is full instead of showing an older vault."""
    directory = demo_session.directory
    demo_session.close()
    _no_room_to_write(monkeypatch)
    reader = vault_service.open_session(directory, "alice", PASSPHRASE)
    try:
        assert isinstance(reader.read_only, DiskFull)
        assert CaseService(reader).count(CaseQuery()) == 300
    finally:
        reader.close()
    (directory / "vault.db-wal").write_bytes(b"\1" * 4096)  # as after a killed process
    with pytest.raises(DiskFull, match="disk is full"):
        vault_service.open_session(directory, "alice", PASSPHRASE)


def test_an_io_error_is_a_full_disk_only_where_there_is_no_room(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    error = db.DatabaseError("disk I/O error")
    path = tmp_path / "vault.db"
    assert isinstance(db.reading_error(error, path), VaultCorrupt)  # room: something else
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(
        shutil, "disk_usage", lambda _p: usage._replace(free=db.NEARLY_FULL_BYTES - 1)
    )
    assert isinstance(db.reading_error(error, path), DiskFull)


def test_a_disk_filling_up_during_a_session_never_turns_to_reading_the_bare_file(
    demo_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beside a connection that writes, a reader that ignores SQLite's log and locks could
    see half-written pages: after unlock, no room for a new connection is an error."""
    vault = demo_session.vault
    db.checkpoint(demo_session.conn())  # the log is empty, as right after a backup
    assert db.log_is_empty(vault.db_path)
    _no_room_to_write(monkeypatch)
    with pytest.raises(DiskFull):
        vault.connect()  # as a new worker thread would
    assert vault.read_only is False
    assert demo_session.read_only is None
