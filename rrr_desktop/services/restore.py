"""Putting a backup back: never silently over newer data, never leaving half a vault.

The backup is copied beside the vault folder under a temporary name and opened there with
the passphrase of the person restoring it, and its pages checked; only a copy that opens and
checks clean replaces the current vault, which is moved aside (kept, not deleted). A backup
damaged on its stick is refused with the vault here untouched. The caller shows
``RestorePlan.notes`` and asks before replacing newer data.
"""

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
import shutil
from pathlib import Path
from typing import BinaryIO

from rrr_desktop import files
from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import (
    DiskFull,
    InvalidInput,
    KnownError,
    PermissionDenied,
    VaultCorrupt,
    WrongPassphrase,
)
from rrr_desktop.vault import audit, sync_epochs, users
from rrr_desktop.vault.db import Connection, DatabaseError, transaction
from rrr_desktop.vault.inuse import UseLock
from rrr_desktop.vault.store import Vault

log = logging.getLogger("rrr.services")
DB_FILE, SLOT_FILE = "vault.db", "keyslots.json"
PENDING = "restore-pending"  # in a checked copy about to replace the vault: the kept name
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
MAX_SLOTS = 1 << 20  # key slots of every user with room to spare
FREE_MARGIN = 64 << 20  # left free on the disk after the copy: the vault keeps working


@dataclasses.dataclass(frozen=True)
class RestorePlan:
    notes: list[str]
    newer_here: bool  # the vault here changed after the backup was made: ask first
    same_vault: bool
    backup_made: dt.datetime | None = None
    here_changed: dt.datetime | None = None


def _vault_id(folder: Path) -> str:
    try:  # a regular file of a sane size: never a named pipe, /dev/zero or a huge file
        return str(json.loads(files.read_input(folder / SLOT_FILE, MAX_SLOTS))["vault_id"])
    except (KnownError, OSError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "{folder} is not a backup of RRR Desktop (its key slots are missing)."
            ),
            folder=folder,
        ) from exc


def _changed(folder: Path) -> dt.datetime:
    stamps = [p.stat().st_mtime for p in folder.glob(DB_FILE + "*") if p.is_file()]
    return dt.datetime.fromtimestamp(max(stamps or [0]), tz=dt.UTC)


def check_backup(backup: Path) -> str:
    """The backup's vault id, after checking it looks whole and encrypted."""
    if not backup.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{folder} is not a folder with a backup."), folder=backup
        )
    vault_id = _vault_id(backup)
    with _open_db(backup) as handle:
        if handle.read(16) == SQLITE_PLAIN_HEADER:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "The backup in {folder} is not encrypted; it was not restored."
                ),
                folder=backup,
            )
    return vault_id


def _open_db(backup: Path) -> BinaryIO:
    """The backup's database, opened once as a regular file of at least one page."""
    try:
        handle = files.open_regular(backup / DB_FILE)
    except KnownError:
        raise _incomplete(backup) from None
    if os.fstat(handle.fileno()).st_size < 4096:
        handle.close()
        raise _incomplete(backup)
    return handle


def _incomplete(backup: Path) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP("errors", "The backup in {folder} is incomplete."), folder=backup
    )


def _copy_db(backup: Path, target: Path) -> None:
    """Copied from the handle that was checked, and only when it fits on the disk with
    room to spare: a backup folder that claims a database larger than the free space (a
    sparse file takes nothing on a stick) is refused before anything is written."""
    with _open_db(backup) as source:
        size = os.fstat(source.fileno()).st_size
        if size + FREE_MARGIN > shutil.disk_usage(target.parent).free:
            raise DiskFull()
        with open(target, "wb") as out:
            shutil.copyfileobj(source, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())


def plan_restore(backup: Path, directory: Path) -> RestorePlan:
    backup_id = check_backup(backup)
    made = _changed(backup)
    notes = [f"Backup made {made:%Y-%m-%d %H:%M} UTC (vault {backup_id[:8]})."]
    if not (directory / SLOT_FILE).exists():
        notes.append(f"There is no vault in {directory}; the backup becomes the vault.")
        return RestorePlan(notes, newer_here=False, same_vault=False, backup_made=made)
    here_id = _vault_id(directory)
    here = _changed(directory)
    same = here_id == backup_id
    notes.append(
        f"The vault here was last changed {here:%Y-%m-%d %H:%M} UTC (vault {here_id[:8]})."
    )
    if not same:
        notes.append("The backup is of ANOTHER vault: the vault here would be set aside.")
    newer = not same or here > made
    if newer:
        notes.append("Restoring sets aside changes made here after the backup.")
    return RestorePlan(
        notes, newer_here=newer, same_vault=same, backup_made=made, here_changed=here
    )


def _check_copy(
    copy: Path, backup: Path, username: str, passphrase: str, kept: Path | None
) -> None:
    """The copy must open with this user's passphrase, be an administrator's there, and
    pass SQLite's page checks. It then records, in its own audit log, that it was put back
    (by whom, in place of which kept folder): a restore is never silent in the vault that
    results from it, nor made by a caseworker to take her own recent entries away."""
    username = username.strip().lower()
    try:
        vault = Vault.unlock(copy, username, passphrase)
    except WrongPassphrase:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "Your user name and passphrase do not open the backup in {folder}. "
                "Nothing was changed.",
            ),
            folder=backup,
        ) from None
    except DiskFull:  # said as it is: another copy would not help
        raise
    except VaultCorrupt as exc:
        if "newer" in exc.template:  # made by a newer version: said as it is
            raise
        raise _damaged(backup) from exc
    except (KnownError, DatabaseError, ValueError) as exc:
        raise _damaged(backup) from exc
    try:
        vault.check_pages()
        conn = vault.connect()
        try:
            _require_administrator(conn, username)
            with transaction(conn):
                # a backup made before copies were marked: its first session starts an epoch
                sync_epochs.mark_as_copy(conn)
                head = audit.stored_head(conn)
                audit.append(
                    conn,
                    dt.datetime.now(dt.UTC).isoformat(),
                    username,
                    "vault.restore",
                    "",
                    json.dumps({"backup_head": head[0], "replaced": kept.name if kept else ""}),
                )
        finally:
            conn.close()
    except PermissionDenied:
        raise
    except (KnownError, DatabaseError) as exc:
        raise _damaged(backup) from exc
    finally:
        vault.lock()


def _require_administrator(conn: Connection, username: str) -> None:
    user = users.get_user(conn, username)
    if (
        user is None
        or not user.has_role(Role.ADMIN)
        or (users.accounts_chained(conn) and not users.matches_chain(conn, username))
    ):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors",
                "Only an administrator may put a backup back, and {user} is not one in that "
                "backup. Nothing was changed.",
            ),
            user=username,
        )


def _damaged(backup: Path) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "errors",
            "The backup in {folder} is damaged (it failed its check). Nothing was changed; "
            "the vault here is as it was. Try another copy of the backup.",
        ),
        folder=backup,
    )


def _staged(directory: Path) -> Path:
    return directory.with_name(f".{directory.name}.restoring")


def finish_interrupted(directory: Path) -> bool:
    """A restore stopped between its two renames (the vault here set aside, the checked
    copy not yet in its place) leaves no vault where it belongs: put the copy there before
    anything looks for the vault (a first-launch screen would offer to make a new one).
    Only a copy that says so, and whose set-aside vault is there, is put in place."""
    directory = Path(directory)
    staged = _staged(directory)
    try:
        pending = staged / PENDING
        if not pending.is_file() or (directory.exists() and any(directory.iterdir())):
            return False
        kept_name = str(json.loads(pending.read_text("utf-8"))["kept"])
        if kept_name and not directory.with_name(kept_name).is_dir():
            return False
        if not all((staged / name).is_file() for name in (DB_FILE, SLOT_FILE)):
            return False
    except (OSError, ValueError, KeyError, TypeError):
        return False
    try:
        if directory.exists():
            directory.rmdir()
        os.replace(staged, directory)
        (directory / PENDING).unlink(missing_ok=True)
        files.sync_folder(directory.parent)
    except OSError as exc:  # said when the vault is opened: not found, or not readable
        log.warning("an interrupted restore could not be finished: %s", type(exc).__name__)
        return False
    return True


def restore(backup: Path, directory: Path, username: str, passphrase: str) -> Path | None:
    """Returns where the replaced vault was kept (None when there was none). Nothing here
    changes unless the backup opens with ``username``'s ``passphrase`` and checks clean."""
    check_backup(backup)
    directory = Path(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    staged = _staged(directory)
    if staged.exists():
        shutil.rmtree(staged)
    kept = None
    if directory.exists() and any(directory.iterdir()):
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        kept = directory.with_name(f"{directory.name}.replaced-{stamp}")
        n = 1
        while kept.exists():  # restored twice within a second: the first copy is kept too
            n += 1
            kept = directory.with_name(f"{directory.name}.replaced-{stamp}-{n}")
    with files.new_folder(staged) as temp:
        _copy_db(backup, temp / DB_FILE)
        slots = files.read_input(backup / SLOT_FILE, MAX_SLOTS)
        (temp / SLOT_FILE).write_bytes(slots)
        for name in (DB_FILE, SLOT_FILE):
            os.chmod(temp / name, files.FILE_MODE)
        _check_copy(temp, backup, username, passphrase, kept)
    with contextlib.ExitStack() as held:
        try:
            # Nobody may have the vault here open while it moves aside, nor sign in before
            # the copy is in its place: their writes would land in the kept copy, unseen
            # (``VaultInUse``: close the other window or command). Windows cannot move a
            # folder with a file open in it (this lock's file, or another process's
            # database): there the check is made and the lock let go first.
            if kept is not None and os.name == "nt":
                with UseLock(directory).exclusive():
                    pass
            elif kept is not None:
                held.enter_context(UseLock(directory).exclusive())
            # Said in the copy before the vault here moves: a start that finds the copy and
            # no vault finishes this restore (only this one, never a copy left by a failure).
            files.write_text(staged / PENDING, json.dumps({"kept": kept.name if kept else ""}))
            if kept is not None:
                os.replace(directory, kept)
            elif directory.exists():
                directory.rmdir()
        except BaseException as exc:  # the vault here did not move: nothing was restored
            shutil.rmtree(staged, ignore_errors=True)
            if isinstance(exc, OSError):
                raise files.explain(exc, directory) from exc
            raise
        os.replace(staged, directory)
    (directory / PENDING).unlink(missing_ok=True)
    files.sync_folder(directory.parent)
    return kept
