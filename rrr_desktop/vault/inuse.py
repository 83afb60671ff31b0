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
# How long opening a vault waits for another window's rotation or restore to end.
SHARE_WAIT_S = 5.0
_POLL_S = 0.05


class VaultInUse(KnownError):
    """The database file cannot be replaced: another window or command has it open."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vault is open in another window or 'rrr' command on this computer. "
                "Nothing was changed. Close it there, then try again.",
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
        handle = _open(self.path, needed=False)
        if handle is None:
            return
        deadline = time.monotonic() + SHARE_WAIT_S
        while True:
            try:
                portalocker.lock(handle, portalocker.LOCK_SH | portalocker.LOCK_NB)
            except portalocker.AlreadyLocked:
                if time.monotonic() >= deadline:
                    handle.close()
                    raise VaultBusy() from None
                time.sleep(_POLL_S)
            else:
                break
        self._file = handle

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Nobody else (no other process, no other holder in this one) has the vault open
        for the whole block, or ``VaultInUse`` at once. A holder that shared the lock
        shares it again afterwards."""
        was_shared = self._file is not None
        handle = self._file if self._file is not None else _open(self.path, needed=True)
        assert handle is not None
        try:
            portalocker.lock(handle, portalocker.LOCK_EX | portalocker.LOCK_NB)
        except portalocker.AlreadyLocked:
            # converting a lock may drop the one held: take the shared lock back
            self._reshare_or_close(handle, was_shared)
            raise VaultInUse() from None
        try:
            yield
        finally:
            self._reshare_or_close(handle, was_shared)

    def _reshare_or_close(self, handle: IO[bytes], was_shared: bool) -> None:
        if was_shared:
            portalocker.lock(handle, portalocker.LOCK_SH)  # waits out another's exclusive
        else:
            portalocker.unlock(handle)
            handle.close()

    def release(self) -> None:
        if self._file is None:
            return
        with contextlib.suppress(OSError, portalocker.LockException):
            portalocker.unlock(self._file)
        self._file.close()
        self._file = None


@contextlib.contextmanager
def slots_updating(directory: Path) -> Iterator[None]:
    """One reader-to-writer of the key slot file at a time, across threads and processes
    (a passphrase changed while the key rotates would otherwise undo one of the two)."""
    handle = _open(Path(directory) / SLOTS_LOCK_FILE, needed=True)
    assert handle is not None
    try:
        portalocker.lock(handle, portalocker.LOCK_EX)
        # what a killed save left (a hidden copy of the slots, removed users' included):
        # no other writer of the slot file can be at work now
        files.remove_unfinished(Path(directory) / SLOT_FILE)
        yield
    finally:
        with contextlib.suppress(OSError, portalocker.LockException):
            portalocker.unlock(handle)
        handle.close()


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
