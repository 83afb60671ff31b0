"""Writing files so that a reader finds the old file or the whole new one, never half.

Every file the app writes (PDFs, reports, bundles, cards, key slots, backups) goes to a
temporary name in the same folder, is flushed to the disk, then renamed over the target;
the folder is synced too (the pattern of KeePassXC's QSaveFile). A full disk, read-only
media or a missing folder becomes one sentence the user can act on, and the temporary file
is removed. Files are created 0600 and folders 0700: they may hold personal data.
"""

import contextlib
import errno
import logging
import os
import re
import secrets
import shutil
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import DiskFull, KnownError

log = logging.getLogger("rrr.files")

FILE_MODE = 0o600
DIR_MODE = 0o700
FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


class CannotWrite(KnownError):
    """The target cannot be written: read-only media, no permission, no such folder."""


def explain(exc: OSError, path: Path) -> KnownError:
    """The sentence for an operating-system error while writing ``path``."""
    if exc.errno in FULL:
        return DiskFull()
    if exc.errno in READ_ONLY:
        return CannotWrite(
            QT_TRANSLATE_NOOP(
                "errors",
                "{folder} cannot be written (read-only media or no permission). Nothing was "
                "saved there; choose another place.",
            ),
            folder=path.parent,
        )
    if exc.errno == errno.ENOENT:
        return CannotWrite(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=path.parent
        )
    if exc.errno == errno.EEXIST:
        return CannotWrite(
            QT_TRANSLATE_NOOP("errors", "{path} already exists; nothing was overwritten."),
            path=path,
        )
    if exc.errno == errno.EISDIR:
        return CannotWrite(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder; choose a file name."), path=path
        )
    return CannotWrite(
        QT_TRANSLATE_NOOP(
            "errors",
            "{path} could not be written (the disk reported an error). Nothing was saved "
            "there; try another place or another stick.",
        ),
        path=path,
    )


def sync_folder(folder: Path) -> None:
    """Make a rename durable (not possible on Windows, where renames are journalled).

    Best effort: it runs after the rename, when the whole new file is already in place, so a
    failure here must not report as unsaved a file that was saved."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        log.warning(
            "could not sync a folder after a rename: %s", errno.errorcode.get(exc.errno or 0)
        )


def _sync_strict(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


SQLITE_COMPANIONS = ("-journal", "-wal", "-shm")


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")


def remove_unfinished(target: Path) -> int:
    """Files or folders that an earlier, killed write of ``target`` left beside it (a backup
    whose stick was pulled, a key rotation): hidden, so nobody would ever wipe the copy of
    the vault inside."""
    # with SQLite's companions of a database written under that name (journal, log, index)
    companions = "|".join(map(re.escape, SQLITE_COMPANIONS))
    pattern = re.compile(rf"\.{re.escape(target.name)}\.[0-9a-f]{{8}}\.part({companions})?")
    cleared = 0
    with contextlib.suppress(OSError):
        for path in target.parent.iterdir():
            if not pattern.fullmatch(path.name) or path.is_symlink():
                continue
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            cleared += 1
    if cleared:
        log.info("removed %d unfinished file(s) or folder(s) of an interrupted run", cleared)
    return cleared


@contextlib.contextmanager
def replacing(
    path: Path, check: Callable[[Path], None] | None = None, clear_unfinished: bool = False
) -> Iterator[Path]:
    """Yields a temporary path beside ``path`` for a writer that needs a file name (Qt's
    PDF writer, SQLite). When the block ends without error, the file is checked (not empty,
    then ``check``), synced and renamed over ``path``; otherwise it is removed.
    ``clear_unfinished``: first remove what killed writes of ``path`` left (only where no
    other writer of ``path`` can be at work: a key rotation)."""
    path = Path(path)
    if clear_unfinished:
        remove_unfinished(path)
    temp = _temp_name(path)
    try:
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            os.close(fd)
            yield temp
            if temp.stat().st_size == 0:
                raise OSError(errno.EIO, "nothing was written")
            if check is not None:
                check(temp)
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temp, path)
            sync_folder(path.parent)
        except OSError as exc:
            raise explain(exc, path) from exc
    finally:
        for leftover in (temp, *(temp.with_name(temp.name + s) for s in SQLITE_COMPANIONS)):
            leftover.unlink(missing_ok=True)


def open_regular(path: Path) -> BinaryIO:
    """A file the user chose, opened for reading: one sentence when it is missing, a
    folder, not a regular file (a device, a named pipe) or unreadable. A named pipe is
    never waited on, even one put under the name between the check and the opening: the
    opened file itself is checked, and everything is read from that one handle."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise OSError(errno.EISDIR, "folder")
        if not stat.S_ISREG(mode):  # /dev/zero, a named pipe: never opened
            raise _not_a_file(path)
        # O_NONBLOCK: should the name become a named pipe after the check, opening it does
        # not wait for a writer (the check of the opened file below refuses it)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        handle = open(fd, "rb")  # noqa: SIM115 (returned open)
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            handle.close()
            raise _not_a_file(path)
        return handle
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def read_input(path: Path, limit: int) -> bytes:
    """A file the user chose to read (a card, a checkpoint), as ``open_regular`` says, and
    refused when larger than anything of its kind can be. Never more than ``limit`` + 1
    bytes are read."""
    path = Path(path)
    with open_regular(path) as handle:
        try:
            # the size first (nothing read of a file too large), then a bounded read: a
            # file growing meanwhile is refused the same way
            size = os.fstat(handle.fileno()).st_size
            if size > limit or len(data := handle.read(limit + 1)) > limit:
                raise CannotWrite(
                    QT_TRANSLATE_NOOP("errors", "{path} is too large for a file of this kind."),
                    path=path,
                )
        except OSError as exc:
            raise _unreadable(path, exc) from exc
    return data


def _unreadable(path: Path, exc: OSError) -> CannotWrite:
    if exc.errno == errno.ENOENT:
        return CannotWrite(QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=path)
    if exc.errno == errno.EISDIR:
        return CannotWrite(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder; choose a file."), path=path
        )
    return CannotWrite(QT_TRANSLATE_NOOP("errors", "{path} could not be read."), path=path)


def _not_a_file(path: Path) -> CannotWrite:
    return CannotWrite(
        QT_TRANSLATE_NOOP("errors", "{path} is not a file; choose a file."), path=path
    )


def write_bytes(path: Path, data: bytes) -> None:
    """Whole or not at all; what a killed write of this name left beside it goes too."""
    with replacing(path, clear_unfinished=True) as temp, open(temp, "wb") as handle:
        handle.write(data)
        handle.flush()


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


@contextlib.contextmanager
def new_folder(target: Path) -> Iterator[Path]:
    """A folder built under a temporary name and renamed to ``target`` only when the block
    succeeds (a backup, a new vault): a killed process leaves no half folder at ``target``."""
    target = Path(target)
    remove_unfinished(target)
    temp = _temp_name(target)
    try:
        try:
            temp.mkdir(mode=DIR_MODE, parents=False)
            yield temp
            for child in temp.iterdir():
                with open(child, "rb+") as handle:
                    os.fsync(handle.fileno())
            _sync_strict(temp)
            if target.exists():
                if any(target.iterdir()):
                    raise OSError(errno.EEXIST, "not empty")
                target.rmdir()
            os.replace(temp, target)
            sync_folder(target.parent)
        except OSError as exc:
            raise explain(exc, target) from exc
    finally:
        if temp.exists():
            shutil.rmtree(temp, ignore_errors=True)


def leftovers(folder: Path) -> list[Path]:
    """Temporary files or folders a killed process left in ``folder`` (for the doctor)."""
    if not folder.is_dir():
        return []
    ends = (".part", *(".part" + s for s in SQLITE_COMPANIONS))  # a killed copy's log too
    found = (p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(ends))
    return sorted(found)
