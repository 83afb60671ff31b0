"""Opening the SQLCipher database with a raw key, pragmas, migrations and transactions."""

import contextlib
import ctypes
import errno
import json
import logging
import os
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3
from sqlcipher3 import dbapi2

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import DiskFull, KnownError, VaultCorrupt, VaultReadOnly
from rrr_desktop.vault.migrations import MIGRATIONS

log = logging.getLogger("rrr.vault")

DB_FILE = "vault.db"
# sqlcipher3 ships no type hints; its Connection has exactly the API of sqlite3's.
Connection: TypeAlias = sqlite3.Connection
DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError


def read_only_media(path: Path) -> bool:
    """True when the vault's folder or file cannot be written (a write-protected stick)."""
    folder_ok = os.access(path.parent, os.W_OK)
    file_ok = not path.exists() or os.access(path, os.W_OK)
    return not (folder_ok and file_ok)


NEARLY_FULL_BYTES = 1 << 20  # SQLite needs room for its log and a 32 KiB shared-memory file


def _nearly_full(path: Path) -> bool:
    """A "disk I/O error" on opening where there is no room is a full disk, not damage
    (measured on a real full disk: 8 KiB free gives that error, 40 KiB opens)."""
    try:
        return shutil.disk_usage(path.parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def log_is_empty(path: Path) -> bool:
    """No committed writes wait in the write-ahead log (they would be missed by a reader
    that cannot use the log)."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True


def reading_error(exc: BaseException, path: Path) -> KnownError:
    """What a database error on opening means. The passphrase was already proved by the key
    slot, so none of these is ever "wrong passphrase"."""
    text = str(exc).lower()
    if is_disk_full(exc) or ("disk i/o error" in text and _nearly_full(path)):
        return DiskFull()
    if "not a database" in text or "malformed" in text:
        return VaultCorrupt(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vault file in {folder} is damaged or is not the one these passphrases "
                "open. Nothing was changed. Restore the latest backup (rrr restore) or ask "
                "for help.",
            ),
            folder=path.parent,
        )
    if "readonly" in text or "read-only" in text:
        return VaultReadOnly(path.parent)
    return VaultCorrupt(
        QT_TRANSLATE_NOOP(
            "errors",
            "The vault in {folder} could not be read (the disk reported an error). Nothing "
            "was changed. Copy the folder to a healthy disk, or restore the latest backup.",
        ),
        folder=path.parent,
    )


def wipe_text(text: str) -> None:
    """Overwrite an ASCII ``str``'s characters in place. Python cannot free a string on
    demand, and SQLCipher takes a raw key only as text ("x'<hex>'"): so the text holding
    it is zeroed once SQLCipher has read it (CPython's compact ASCII layout: the
    characters end the object, before a NUL)."""
    if not text.isascii() or sys.implementation.name != "cpython":
        return
    start = id(text) + sys.getsizeof(text) - len(text) - 1
    ctypes.memset(start, 0, len(text))


def run_with_key(conn: Connection, template: str, key: bytes | bytearray) -> None:
    """Run ``template`` with ``{key}`` replaced by the raw key (``x'<hex>'``, as PRAGMA
    key takes it) or ``{key_text}`` by the same as an SQL string (as ATTACH takes it),
    outside the statement cache (a cached statement would keep the text until the
    connection closes), then zero every string that held the key."""
    hexed = key.hex()
    if not hexed:
        raise ValueError("no key")
    raw = "x'" + hexed + "'"
    quoted = "'" + raw.replace("'", "''") + "'"
    sql = template.replace("{key}", raw).replace("{key_text}", quoted)
    try:
        conn.executescript(sql)
    finally:
        for text in (sql, quoted, raw, hexed):
            if hexed in text:  # never a string of the program's own (a constant template)
                wipe_text(text)


def open_connection(
    path: Path, data_key: bytes | bytearray, read_only: bool = False, existing: bool = False
) -> Connection:
    """Open with the raw 256-bit key (no SQLCipher KDF) and our standard pragmas.

    ``read_only``: the file is opened immutable (a write-protected stick has no room for
    SQLite's lock files); nothing can be written through this connection.

    ``cipher_memory_security`` stays off: measured here it made every insert ~4x slower
    (it wipes and locks every allocation of the process), while the same case data sits
    unwiped in Python objects anyway; locking the app closes connections and drops keys.
    """
    try:
        if read_only:
            uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
            conn: Connection = sqlcipher3.connect(
                uri, uri=True, isolation_level=None, check_same_thread=False
            )
        elif existing:  # never made here: a file that vanished is not an empty database
            uri = path.resolve().as_uri() + "?mode=rw"
            conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except DatabaseError as exc:
        raise reading_error(exc, path) from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        run_with_key(conn, 'PRAGMA key = "{key}";', data_key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        else:
            conn.execute("PRAGMA journal_mode = WAL")
    except DatabaseError as exc:
        conn.close()
        raise reading_error(exc, path) from exc
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    # 32 MiB of decrypted pages per connection: at 100k cases a search keystroke went from
    # 47 ms to 10 ms (p95) once the FTS and index pages stay decrypted in memory.
    conn.execute("PRAGMA cache_size = -32768")
    return conn


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def require_current(conn: Connection) -> None:
    if schema_version(conn) != MIGRATIONS[-1][0]:
        raise VaultCorrupt(
            QT_TRANSLATE_NOOP(
                "errors",
                "This vault on read-only media needs an upgrade by this version of RRR "
                "Desktop: copy it to a writable disk and open it there.",
            )
        )


def migrate(conn: Connection) -> int:
    """Run pending migrations, each in its own transaction. Refuse a newer schema. A full
    disk (a vault made or upgraded there) is ``DiskFull``, never an unexpected error."""
    try:
        return _migrate(conn)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        if _full(exc) or ("disk i/o error" in str(exc).lower() and _no_room(conn)):
            raise DiskFull() from exc
        raise


def _no_room(conn: Connection) -> bool:
    """The database file's disk is nearly full (SQLite's "disk I/O error" there is that)."""
    try:
        for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
            if name == "main" and file:
                return _nearly_full(Path(file))
    except (DatabaseError, sqlite3.DatabaseError):
        pass
    return False


def _migrate(conn: Connection) -> int:
    current = schema_version(conn)
    latest = MIGRATIONS[-1][0]
    if current > latest:
        raise VaultCorrupt(
            QT_TRANSLATE_NOOP(
                "errors",
                "This vault uses schema {current}, newer than this program knows ({latest}). "
                "Update RRR Desktop.",
            ),
            current=current,
            latest=latest,
        )
    for number, step in MIGRATIONS:
        if number <= current:
            continue
        log.info("applying migration %d", number)
        try:
            if isinstance(step, str):
                conn.executescript(
                    f"BEGIN IMMEDIATE;\n{step}\nPRAGMA user_version = {number};\nCOMMIT;"
                )
            else:  # rows rewritten in Python, still one transaction
                conn.execute("BEGIN IMMEDIATE")
                step(conn)
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return schema_version(conn)


SQLITE_FULL = 13


def _full(exc: BaseException) -> bool:
    """SQLite's "database or disk is full" (SQLITE_FULL), by its text or its code."""
    code = getattr(exc, "sqlite_errorcode", None)
    return is_disk_full(exc) or (isinstance(code, int) and code & 0xFF == SQLITE_FULL)


def rows_in(conn: Connection, sql: str, values: list[str]) -> Iterator[tuple[Any, ...]]:
    """The rows of ``sql`` (whose ``IN ({marks})`` takes ``values``), 500 values a query:
    SQLite caps the parameters of one statement."""
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        yield from conn.execute(sql.format(marks=",".join("?" for _ in chunk)), chunk)


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: all of it lands or none of it does.

    A full disk (or a full database) becomes ``DiskFull``: one clear sentence for the user,
    and the vault keeps its last good state. On a connection in a ``WriteGroup`` it is a
    savepoint of the group's transaction: undone alone if it fails.
    """
    group = _GROUPS.get(id(conn))
    if group is not None and group.conn is conn:
        with group.savepoint():
            yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        _raise_if_disk_full(exc)
        raise


def _raise_if_disk_full(exc: BaseException) -> None:
    if isinstance(exc, DatabaseError | sqlite3.DatabaseError) and is_disk_full(exc):
        raise DiskFull() from exc


class WriteGroup:
    """Many write transactions in a row (a headquarters importing a stack of sticks),
    committed together every ``seconds``: each is a savepoint, whole or undone alone, and
    a commit writes each page the group changed once. Importing 500 bundles, a commit per
    bundle rewrote the same index pages 500 times (1,500 to 4,200 pages a bundle as the
    vault grew; 30 s of the 113 s merge).

    What is not yet committed is lost with the process, whole transactions at a time:
    ``commit_due``/``commit`` say when the writes so far are kept, and ``lost`` when the
    group's transaction was undone (SQLite undoes it all on a full disk)."""

    def __init__(self, conn: Connection, seconds: float) -> None:
        self.conn = conn
        self.seconds = seconds
        self.lost = False
        self._started = 0.0

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[None]:
        conn = self.conn
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            self._started = time.monotonic()
        conn.execute("SAVEPOINT one_write")
        try:
            yield
            conn.execute("RELEASE one_write")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO one_write")
                conn.execute("RELEASE one_write")
            else:  # SQLite undid the whole group (a full disk, an I/O error)
                self.lost = True
            _raise_if_disk_full(exc)
            raise

    def commit_due(self) -> bool:
        """Commit if the group has been open ``seconds``; True when everything written in
        it so far is committed now."""
        if self.conn.in_transaction and time.monotonic() - self._started < self.seconds:
            return False
        self.commit()
        return True

    def commit(self) -> None:
        """Raises ``DiskFull`` (the group is then lost) if the commit fails."""
        if not self.conn.in_transaction:
            return
        try:
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self.lost = True
            _raise_if_disk_full(exc)
            raise

    def take_lost(self) -> bool:
        lost, self.lost = self.lost, False
        return lost


_GROUPS: dict[int, WriteGroup] = {}


def in_group(conn: Connection) -> bool:
    group = _GROUPS.get(id(conn))
    return group is not None and group.conn is conn


@contextlib.contextmanager
def write_group(conn: Connection, seconds: float) -> Iterator[WriteGroup]:
    """Writes on ``conn`` meanwhile are savepoints of a group; what is still open at the
    end is committed, or undone if the block raised."""
    group = WriteGroup(conn, seconds)
    _GROUPS[id(conn)] = group
    try:
        yield group
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        _GROUPS.pop(id(conn), None)
    group.commit()


STACK_CACHE_KIB = 128 * 1024  # page cache while a stack is imported (32 MiB otherwise)


@contextlib.contextmanager
def stack_of_writes(conn: Connection) -> Iterator[None]:
    """Around many write transactions in a row (a headquarters importing a stack of
    sticks): each commit is not flushed to the disk on its own (SQLite's NORMAL sync in WAL
    mode, which never leaves a transaction half applied; a power cut may undo the last
    ones), and the whole stack is flushed when it ends. On this machine the flush of each
    commit cost 0.16 s a bundle. A larger page cache keeps the indexes' pages in memory
    from one bundle to the next."""
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA cache_size = -{STACK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
        try:  # the log is flushed, copied into the database (flushed too), and emptied
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except (DatabaseError, sqlite3.DatabaseError) as exc:  # read-only media, a full
            log.warning("flush after a stack of writes failed: %s", type(exc).__name__)  # disk


# Indexes that only lists and reports read: neither an import nor a query that names
# an index (``INDEXED BY``) needs them. A big stack of imports sets them aside and builds
# them once at its end: sorting 100,000 rows once costs far less than inserting into each
# of them 100,000 times at random (a headquarters' merge of 100,000 cases: 63 s -> 55 s).
SET_ASIDE = (
    "case_stage",
    "case_origin",
    "case_updated",
    "case_sort_name",
    "case_intake",
    "case_birth_year",
    "case_sex",
    "case_index_approval",
    "case_index_work",
    "case_worker",
    "case_due",
    "case_stage_changes_stage",
    "case_stage_changes_stays",
)
_ASIDE_KEY = "indexes_set_aside"  # in meta: [[name, its CREATE INDEX], ...]


@contextlib.contextmanager
def indexes_aside(conn: Connection, aside: bool = True) -> Iterator[None]:
    """Around a stack of imports (outside its transactions): the ``SET_ASIDE`` indexes
    dropped, and built again when it ends, whatever happened. Their definitions are kept
    in the vault with the drop, in one transaction, so a process killed meanwhile leaves
    them to be built again at the next unlock (``put_indexes_back``); until then lists
    and reports are slower, never wrong."""
    if not aside:
        yield
        return
    set_indexes_aside(conn)
    try:
        yield
    finally:
        try:
            put_indexes_back(conn)
        except (DatabaseError, sqlite3.DatabaseError, DiskFull) as exc:  # a full disk: kept
            log.warning("indexes not built again yet: %s", type(exc).__name__)  # for later


def set_indexes_aside(conn: Connection) -> None:
    marks = ",".join("?" for _ in SET_ASIDE)
    with transaction(conn):
        found = conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({marks})",
            SET_ASIDE,
        ).fetchall()
        if not found:
            return
        aside = [*(_set_aside(conn) or []), *([n, sql] for n, sql in found)]
        conn.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (_ASIDE_KEY, json.dumps(aside))
        )
        for name, _ in found:
            conn.execute(f'DROP INDEX "{name}"')


def put_indexes_back(conn: Connection) -> bool:
    """The indexes set aside, built again (one transaction); whether there were any."""
    with transaction(conn):
        kept = _set_aside(conn)
        if kept is None:
            return False
        for name, sql in kept:
            if name not in SET_ASIDE or not str(sql).startswith("CREATE INDEX "):
                continue  # only what this program set aside is run again
            held = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
            ).fetchone()
            if held is None:
                conn.execute(sql)
        conn.execute("DELETE FROM meta WHERE key = ?", (_ASIDE_KEY,))
    return True


def indexes_are_aside(conn: Connection) -> bool:
    return _set_aside(conn) is not None


def _set_aside(conn: Connection) -> list[list[str]] | None:
    """[name, its CREATE INDEX] of each index set aside; None when none is."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_ASIDE_KEY,)).fetchone()
    return None if row is None else list(json.loads(row[0]))


def check_copy(path: Path, data_key: bytes) -> None:
    """A copy (a backup) must exist, open with the key and pass SQLite's page checks."""
    conn = open_connection(path, data_key, existing=True)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        raise VaultCorrupt(
            QT_TRANSLATE_NOOP(
                "errors",
                "The copy failed its check; nothing was saved. Try another place or another stick.",
            )
        )


def is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "disk is full" in text or getattr(exc, "errno", None) == errno.ENOSPC


def checkpoint(conn: Connection) -> None:
    """Fold the write-ahead log into the database file (before a copy or a rename)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
