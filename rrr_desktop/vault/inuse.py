"""Who else has this vault open: a lock file every open vault holds shared, and that
putting a new database file in place (a key rotation, a restore) holds exclusive.

SQLite's own locks cannot say this: a connection of another process that was opened
before the database file was replaced keeps writing into the old file, where nobody
reads again (or leaves a log the new file cannot read). The lock is advisory and held by
every RRR Desktop process (window and ``rrr`` commands alike); it lives beside the
database so that a copied folder does not share it.
"""

import contextlib
import errno
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import portalocker

from rrr_desktop import files
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import DiskFull, KnownError
from rrr_desktop.vault.keys import SLOT_FILE

log = logging.getLogger("rrr.vault")

LOCK_FILE = "vault.lock"
SLOTS_LOCK_FILE = "keyslots.lock"
REPLACER_LOCK_FILE = "vault.replacing.lock"  # one replacer of the database at a time
LOCK_FILES = (LOCK_FILE, SLOTS_LOCK_FILE, REPLACER_LOCK_FILE)  # empty, beside the vault
# How long opening a vault waits for another window's rotation or restore to end.
SHARE_WAIT_S = 5.0
_POLL_S = 0.05


class VaultInUse(KnownError):
    """The database file cannot be replaced: another window or command has it open."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vault is open in another window or 'rrr' command on this computer: "
                "close it there, then try again.",
            )
        )


class VaultBusy(KnownError):
    """Another window or command is putting a new database file in place."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Another window or 'rrr' command is changing this vault's key or restoring it. "
                "Try again in a minute.",
            )
        )


class UseLock:
    """One holder's use of a vault folder: shared while open, exclusive to replace it."""

    def __init__(self, directory: Path) -> None:
        self.path = Path(directory) / LOCK_FILE
        self._replacer = Path(directory) / REPLACER_LOCK_FILE
        self._file: IO[bytes] | None = None

    @property
    def shared(self) -> bool:
        return self._file is not None

    def share(self) -> None:
        """Held from the first connection until the vault is locked. Where the folder
        cannot be written (a write-protected stick), nothing can replace the file either,
        and no lock is taken."""
        if self._file is not None:
            return
        deadline = time.monotonic() + SHARE_WAIT_S
        while True:
            if not self.path.parent.is_dir():  # between a restore's two renames
                if time.monotonic() >= deadline:
                    raise VaultBusy()
                time.sleep(_POLL_S)
                continue
            handle = _open(self.path, needed=False)
            if handle is None:
                return
            try:
                portalocker.lock(handle, portalocker.LOCK_SH | portalocker.LOCK_NB)
            except portalocker.AlreadyLocked:
                handle.close()
                if time.monotonic() >= deadline:
                    raise VaultBusy() from None
                time.sleep(_POLL_S)
                continue
            if _same_file(handle, self.path):
                self._file = handle
                return
            # a restore moved the folder (with this lock file) aside while we waited: the
            # lock held is the old vault's, not the one now in its place
            portalocker.unlock(handle)
            handle.close()

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Nobody else (no other process, no other holder in this one) has the vault open
        for the whole block, or ``VaultInUse`` at once. A holder that shared the lock
        shares it again afterwards. One replacer at a time: taking the lock exclusive lets
        go of the shared lock first (so does flock), and two replacers doing that at once
        could each find the other gone."""
        with _held(self._replacer, portalocker.LOCK_EX | portalocker.LOCK_NB) as got:
            if not got:
                raise VaultInUse()
            was_shared = self._file is not None
            handle = self._file if self._file is not None else _open(self.path, needed=True)
            assert handle is not None
            if was_shared:  # converted in two steps on every OS: Windows locks do not convert
                portalocker.unlock(handle)
            try:
                portalocker.lock(handle, portalocker.LOCK_EX | portalocker.LOCK_NB)
            except portalocker.AlreadyLocked:
                self._reshare_or_close(handle, was_shared, converted=False)
                raise VaultInUse() from None
            try:
                yield
            finally:
                self._reshare_or_close(handle, was_shared, converted=True)

    def _reshare_or_close(self, handle: IO[bytes], was_shared: bool, converted: bool) -> None:
        if was_shared:
            if converted:
                portalocker.unlock(handle)
            # nobody else can hold it exclusive: only a replacer does, and we are the one
            portalocker.lock(handle, portalocker.LOCK_SH)
        else:
            with contextlib.suppress(OSError, portalocker.LockException):
                portalocker.unlock(handle)
            handle.close()

    def release(self) -> None:
        if self._file is None:
            return
        with contextlib.suppress(OSError, portalocker.LockException):
            portalocker.unlock(self._file)
        self._file.close()
        self._file = None


def _same_file(handle: IO[bytes], path: Path) -> bool:
    try:
        here, there = os.fstat(handle.fileno()), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


@contextlib.contextmanager
def _held(path: Path, flags: portalocker.LockFlags) -> Iterator[bool]:
    """``path`` locked with ``flags`` for the block (False: someone else holds it)."""
    handle = _open(path, needed=True)
    assert handle is not None
    try:
        try:
            portalocker.lock(handle, flags)
        except portalocker.AlreadyLocked:
            yield False
            return
        try:
            yield True
        finally:
            with contextlib.suppress(OSError, portalocker.LockException):
                portalocker.unlock(handle)
    finally:
        handle.close()


@contextlib.contextmanager
def slots_updating(directory: Path) -> Iterator[None]:
    """One reader-to-writer of the key slot file at a time, across threads and processes
    (a passphrase changed while the key rotates would otherwise undo one of the two)."""
    with _held(Path(directory) / SLOTS_LOCK_FILE, portalocker.LOCK_EX):
        # what a killed save left (a hidden copy of the slots, removed users' included):
        # no other writer of the slot file can be at work now
        files.remove_unfinished(Path(directory) / SLOT_FILE)
        yield


def _open(path: Path, needed: bool) -> IO[bytes] | None:
    """The lock file, made if missing. ``needed``: refuse (a full disk, a read-only
    folder) instead of going on without it."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        try:
            fd = os.open(path, os.O_RDONLY)  # a folder not ours to write: lock it anyway
        except OSError:
            if not needed:
                log.warning("vault opened without its use lock: %s", type(exc).__name__)
                return None
            if exc.errno == errno.ENOSPC:
                raise DiskFull() from exc
            raise
    return os.fdopen(fd, "rb")
