"""An unlocked vault with its signed-in user, clock and device identity.

Services receive a ``Session`` instead of opening databases themselves. Each thread gets
its own SQLCipher connection (workers never share one with the UI thread).
"""

import contextlib
import json
import logging
import os
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path

from rrr_desktop.domain import base
from rrr_desktop.domain.casefile import device_code
from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP, Marked
from rrr_desktop.domain.org import Organisation, User
from rrr_desktop.errors import DiskFull, KnownError, PermissionDenied, VaultLocked, VaultReadOnly
from rrr_desktop.services.clock import Clock, SystemClock
from rrr_desktop.vault import audit, db, sync_epochs, users
from rrr_desktop.vault.hlc import HybridClock
from rrr_desktop.vault.records import get_meta, set_meta, writer
from rrr_desktop.vault.store import Vault

log = logging.getLogger("rrr.services")

# The role as it is named in "Only {role} may {what}." (with its article).
ROLE_TEXT: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("errors", "an administrator"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("errors", "a supervisor"),
    Role.CASEWORKER: QT_TRANSLATE_NOOP("errors", "a caseworker"),
    Role.DATA_OFFICER: QT_TRANSLATE_NOOP("errors", "a data officer"),
}


class Session:
    def __init__(self, vault: Vault, clock: Clock | None = None) -> None:
        self.vault = vault
        self.clock: Clock = clock or SystemClock()
        base.use_today(self.clock.today)  # the domain's date rules follow this clock
        # Keyed by OS thread id, not threading.local: Qt's pool threads get a fresh Python
        # thread state for every task, so a thread-local would open (and keep) a new
        # connection per task -- measured: 200 tasks, 200 connections, 40 ms cold queries.
        # with the generation of the file each was opened to (see ``connections_held``)
        self._by_thread: dict[int, tuple[db.Connection, int]] = {}
        self._lock = threading.Lock()
        # Writes in flight against a replacement of the database file (key rotation):
        # writes share the gate, the replacement holds it alone (see ``connections_held``).
        self._gate = threading.Condition(self._lock)
        self._writes_in_flight = 0
        self.writes_done = 0  # write transactions ended (whatever became of them)
        self._writers_waiting = 0  # threads waiting to begin a write (see writers_waiting)
        self._connecting = 0
        self._stale: list[db.Connection] = []  # to files replaced since: closed at lock
        self._replacing = False
        self._generation = 0  # a connection opened before the last replacement is stale
        self._chain_checked: bool = False
        self._shown_directory: Path | None = None
        # Why writes are refused (read-only media, a full disk at unlock), or None.
        self.read_only: KnownError | None = (
            (DiskFull() if vault.disk_full else VaultReadOnly(vault.directory))
            if vault.read_only
            else None
        )
        conn = self.conn()
        self.device_id = get_meta(conn, "device_id")
        if not self.device_id and self.read_only is not None:
            self.device_id = secrets.token_hex(6)  # never stored: nothing is written
        elif not self.device_id:
            self.device_id = secrets.token_hex(6)
            set_meta(conn, "device_id", self.device_id)
        if self.read_only is None and sync_epochs.needs_new_epoch(conn):
            try:
                with db.transaction(conn):  # a copy (a backup) used as a vault: a new epoch
                    if sync_epochs.needs_new_epoch(conn):  # not already by another window
                        sync_epochs.begin_epoch(conn, self.device_id)
                        log.info("this vault is a copy put back from a backup: a new epoch")
            except DiskFull as exc:  # read only; the next session draws the epoch
                self.read_only = exc
        self.replica_id = sync_epochs.replica_id(conn, self.device_id)
        self._hlc = HybridClock(self.replica_id, last=get_meta(conn, "hlc_last"))
        self.user = self._load_user(vault.username)

    @property
    def directory(self) -> Path:
        return self.vault.directory

    @property
    def shown_directory(self) -> Path:
        """The folder the user opened, as shown on screen (a decoy lives inside it)."""
        return self._shown_directory or self.vault.directory

    def conn(self) -> db.Connection:
        """This thread's connection to the vault (a new one after the file was replaced:
        the thread closes its own old one, never another thread's, which may be reading).
        While the file is being replaced, a thread reads on through its connection to it;
        a thread without one waits."""
        if self.vault.locked:
            raise VaultLocked()
        ident = threading.get_ident()
        held = self._by_thread.get(ident)
        if held is not None:
            conn, made_in = held
            if made_in == self._generation or (self._replacing and made_in == self._generation - 1):
                return conn
        with self._gate:
            self._gate.wait_for(lambda: not self._replacing)
            stale = self._by_thread.pop(ident, None)
            if stale is not None:  # closed when the session closes: a caller may still
                self._stale.append(stale[0])  # hold it (a stack of imports), reading on
            generation = self._generation
            self._connecting += 1  # a replacement waits for connections being opened
        try:
            conn = self.vault.connect()  # not under the gate: other threads go on meanwhile
        finally:
            with self._gate:
                self._connecting -= 1
                self._gate.notify_all()
        with self._gate:
            if self.vault.locked:  # the session closed while this one was being opened
                conn.close()
                raise VaultLocked()
            self._by_thread[ident] = (conn, generation)
        return conn

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """Shares the gate with other writes; waits while the database file is replaced."""
        with self._gate:
            self._gate.wait_for(lambda: not self._replacing)
            self._writes_in_flight += 1
        try:
            yield
        finally:
            with self._gate:
                self._writes_in_flight -= 1
                self._gate.notify_all()

    @contextlib.contextmanager
    def write(self) -> Iterator[db.Connection]:
        """One transaction; the HLC high-water mark is stored with it."""
        if self.read_only is not None:
            raise self.read_only
        with self._writing():
            conn = self.conn()  # after the gate: never a connection to a replaced file
            waiting = not db.in_group(conn)  # until its transaction has begun
            if waiting:
                self._note_waiting(1)
            try:
                with self._transaction(conn) as conn:
                    if waiting:
                        waiting = False
                        self._note_waiting(-1)
                    yield conn
            finally:
                if waiting:
                    self._note_waiting(-1)
                self.writes_done += 1

    def _note_waiting(self, change: int) -> None:
        with self._gate:
            self._writers_waiting += change
            self._gate.notify_all()

    def writers_waiting(self) -> bool:
        """Another thread of this session waits to begin a write (a case saved in the
        window while a stack of sticks is imported)."""
        return self._writers_waiting > 0

    def let_writers_in(self, timeout: float) -> None:
        """Wait (at most ``timeout``) until no other thread waits to begin a write: called
        with nothing uncommitted, so they get the write lock in turn."""
        with self._gate:
            self._gate.wait_for(lambda: self._writers_waiting == 0, timeout)

    @contextlib.contextmanager
    def indexes_aside(self, aside: bool) -> Iterator[None]:
        """The lists' indexes set aside meanwhile (``db.indexes_aside``): a big stack of
        imports. The file is not replaced (a restore waits) until they are back."""
        if not aside:
            yield
            return
        if self.read_only is not None:
            raise self.read_only
        with self._writing(), db.indexes_aside(self.conn()):
            yield

    @contextlib.contextmanager
    def grouped_writes(self, seconds: float) -> Iterator[db.WriteGroup]:
        """This thread's writes meanwhile are committed together (``db.WriteGroup``); the
        file is not replaced (a restore waits) until the group ends."""
        if self.read_only is not None:
            raise self.read_only
        with self._writing(), db.write_group(self.conn(), seconds) as group:
            yield group

    @contextlib.contextmanager
    def _transaction(self, conn: db.Connection) -> Iterator[db.Connection]:
        checked = self._chain_checked or self._check_chain(conn)
        with db.transaction(conn), writer(self.user.username) as written:
            # Another window or 'rrr' command on this vault may have written since: every
            # version drawn in this transaction sorts after all of theirs (write lock held).
            stored = get_meta(conn, "hlc_last")
            if stored:
                self._hlc.observe(stored)
            self._follow_replica(conn)
            if checked is not True:  # the first write: the chain was checked up to here
                set_meta(conn, "audit_verified", f"{checked[0]}:{checked[1]}")
                self._chain_checked = True
            yield conn
            set_meta(conn, "hlc_last", self._hlc.last)
            self._follow_replica(conn)  # a new epoch drawn in this write (an import)
            if written:  # what was stored, committed to by the chain in this transaction
                audit.append_records(
                    conn, self.clock.now().isoformat(), self.user.username, dict(written)
                )

    def _follow_replica(self, conn: db.Connection) -> None:
        """Versions are written under this vault's current name (a new one after an epoch
        drawn by an import, or by another window)."""
        replica = sync_epochs.replica_id(conn, self.device_id)
        if replica != self.replica_id:
            self.replica_id = replica
            self._hlc.rename(replica)

    def _check_chain(self, conn: db.Connection) -> tuple[int, str]:
        """Before the first write of a session, the audit chain is checked from where it was
        last found good: history cut or rewritten since is refused, not written over."""
        # One snapshot: read in several statements outside a transaction, another
        # process's commit in between looked like entries cut out (a false alarm at
        # sign-in, found by a review: every sign-in refused beside a busy import).
        conn.execute("BEGIN")
        try:
            known = get_meta(conn, "audit_verified")
            since = (
                (int(known.split(":")[0]), known.split(":", 1)[1]) if known else (0, audit.GENESIS)
            )
            report = audit.verify(conn, since)
            last = audit.last_row(conn)
        finally:
            conn.execute("COMMIT")
        if not report.ok:
            log.error("audit chain broken: %d problem(s)", len(report.problems))
            raise audit.AuditTampered()
        return last

    @property
    def device_code(self) -> str:
        """Three characters in the references of cases opened on this laptop."""
        return device_code(self.replica_id)  # a new code after a restore: no number again

    def next_version(self) -> str:
        return self._hlc.now()

    def observe_version(self, remote: str) -> None:
        self._hlc.observe(remote)

    def record_reading(self, action: str, target: str = "", **detail: object) -> None:
        """Audit a view, report or list. On read-only media or a full disk nothing can be
        recorded, and reading and reports still work there (a caseworker may need a
        phone number now): the omission is logged without any data, and the screen says
        read-only and why."""
        if self.read_only is not None:
            log.warning("not recorded (read-only: %s): %s", type(self.read_only).__name__, action)
            return
        with self.write() as conn:
            self.audit(conn, action, target, **detail)

    def require_recordable(self) -> None:
        """A print or a copy of a file leaves the vault only where the audit log can record
        it: never from read-only media or a vault on a full disk."""
        if self.read_only is not None:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This vault is open for reading only (read-only media or a full disk), so "
                    "a print or a copy of a file could not be recorded in its audit log; "
                    "nothing was written. Free some space, or copy the vault to a writable "
                    "disk, and open it again.",
                )
            )

    @contextlib.contextmanager
    def recorded_output(self, path: Path | None) -> Iterator[None]:
        """Around the audit of an output already written (a PDF, a copied file): should the
        audit fail (a full disk), the output is taken away again, so nothing personal is
        left outside the vault unrecorded while the user is told nothing was saved."""
        try:
            yield
        except BaseException:
            if path is not None:
                with contextlib.suppress(OSError):
                    Path(path).unlink(missing_ok=True)
            raise

    def audit(self, conn: db.Connection, action: str, target: str = "", **detail: object) -> None:
        audit.append(
            conn,
            self.clock.now().isoformat(),
            self.user.username,
            action,
            target,
            json.dumps(detail, sort_keys=True, ensure_ascii=False) if detail else "",
        )

    def _load_user(self, username: str) -> User:
        conn = self.conn()
        user = users.get_user(conn, username)
        if user is None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "User {user} has no account in this vault."),
                user=username,
            )
        if users.accounts_chained(conn) and not users.matches_chain(conn, username):
            # Roles changed with plain SQL (someone with the data key made herself
            # administrator): the account does not open until an administrator looks.
            log.error("an account differs from what the audit chain committed to")
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The account of {user} was changed outside RRR Desktop, so it does not "
                    "open. Ask another administrator to run 'rrr audit verify', or restore a "
                    "backup.",
                ),
                user=username,
            )
        if not user.active:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "The user {user} is disabled. Ask your administrator."),
                user=username,
            )
        return user

    def organisation(self) -> Organisation:
        return Organisation.model_validate_json(get_meta(self.conn(), "organisation"))

    def require(self, role: Role, what: str) -> None:
        """``what`` is marked QT_TRANSLATE_NOOP("errors", ...) by the caller."""
        if not self.user.has_role(role):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "Only {role} may {what}."),
                role=Marked("errors", ROLE_TEXT[role]),
                what=Marked("errors", what),
            )

    def close_connections(self) -> None:
        """Every thread's connection closes (they reopen on next use)."""
        with self._lock:
            self._close_all()

    @contextlib.contextmanager
    def connections_held(self) -> Iterator[None]:
        """No write of this session in flight and none begun, and no connection opened,
        until the block ends: a key rotation puts a new file in the database's place, and
        a write to the old one would land where nobody reads again. Other threads' open
        connections are not closed here (one may be mid-query: closing it under them
        crashed the process); each is stale from now on and replaced by its own thread
        on its next use, and reads through it meanwhile see the vault as it was. A backup
        under way is waited for first, before any write is held up."""
        with self.vault.copying:
            with self._gate:
                self._gate.wait_for(
                    lambda: (
                        not self._replacing
                        and self._writes_in_flight == 0
                        and self._connecting == 0
                    )
                )
                self._replacing = True
                self._generation += 1
            try:
                own = self._by_thread.pop(threading.get_ident(), None)
                if own is not None:
                    own[0].close()
                if os.name == "nt":  # a file open anywhere cannot be renamed over on Windows
                    with self._gate:
                        self._close_all()
                yield
            finally:
                with self._gate:
                    self._replacing = False
                    self._gate.notify_all()

    def _close_all(self) -> None:
        for conn in [*(held[0] for held in self._by_thread.values()), *self._stale]:
            with contextlib.suppress(Exception):
                conn.close()
        self._by_thread.clear()
        self._stale.clear()

    def close(self) -> None:
        """Wipe the key from memory and close every connection (in that order: a thread
        opening one meanwhile then finds the vault locked and closes its own)."""
        self.vault.lock()
        self.close_connections()
        log.info("session closed")
