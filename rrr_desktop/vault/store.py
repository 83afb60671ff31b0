"""The vault on disk: create, unlock, add users, change passphrases, open connections."""

import errno
import logging
import os
import secrets
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from rrr_desktop import files
from rrr_desktop.domain import passphrase_rules
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import (
    DiskFull,
    InvalidInput,
    KnownError,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from rrr_desktop.vault import db, sync_epochs
from rrr_desktop.vault.inuse import UseLock, VaultInUse, slots_updating
from rrr_desktop.vault.keys import (
    RECOVERY_SLOT_USER,
    SLOT_FILE,
    KdfParams,
    SlotFile,
    candidate_keys,
    default_kdf,
    new_data_key,
    seal,
    unwrap_key,
    wrap_key,
)

log = logging.getLogger("rrr.vault")

MIN_PASSPHRASE = passphrase_rules.MIN_LENGTH


def vault_exists(directory: Path) -> bool:
    return (directory / db.DB_FILE).exists() and (directory / "keyslots.json").exists()


def check_passphrase(passphrase: str) -> None:
    """The same rule for vaults, users and bundles: long enough, and not a pattern, a
    common password or a date that a guesser tries first."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A passphrase needs at least {min} characters."),
            min=MIN_PASSPHRASE,
        )
    if not passphrase_rules.accepted(passphrase):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "This passphrase is too easy to guess (a common word, a pattern or a date). "
                "Use a few unrelated words.",
            )
        )


class VaultBusyHere(KnownError):
    """Work in this window kept the database from being replaced; nothing changed."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vault was busy, so its key was not changed (nothing was lost). Wait for "
                "running work such as an import or a report to finish, then try again.",
            )
        )


class Vault:
    """An unlocked vault: holds the data key in memory until ``lock()``."""

    def __init__(self, directory: Path, vault_id: str, data_key: bytes, username: str) -> None:
        self.directory = directory
        self.vault_id = vault_id
        self._key = bytearray(data_key)
        self.username = username
        # a write-protected stick: opened immutable, for reading, printing and export only
        self.read_only = db.read_only_media(directory / db.DB_FILE)
        self.disk_full = False  # too full even to open for writing: opened for reading
        self._opened = False  # a connection for writing was opened: no fallback after it
        self._use = UseLock(directory)  # shared from the first connection until lock()
        # Held while the database file is replaced (and its key changes): a connection
        # opened meanwhile (a backup's, in another thread) would meet the new file with
        # the old key, and call a whole vault damaged.
        self._replacing = threading.RLock()
        # Locking during a rotation is deferred to its end (the window locks at once; it
        # had sealed an emptied key into every slot, and nothing opened the vault again).
        self._lock_state = threading.Lock()
        self._rotating = False
        self._lock_requested = False
        # A backup and a rotation, one at a time: a backup's copy under one key beside
        # slots holding another opens nothing. (Connections are not held up by a backup.)
        self.copying = threading.RLock()

    def moved_to(self, directory: Path) -> None:
        """The folder was renamed (a new vault built under a temporary name): its locks
        are taken again by their new names at the next connection."""
        self._use.release()
        self.directory = directory
        self._use = UseLock(directory)
        self.read_only = db.read_only_media(directory / db.DB_FILE)

    @property
    def db_path(self) -> Path:
        return self.directory / db.DB_FILE

    @classmethod
    def create(
        cls, directory: Path, username: str, passphrase: str, kdf: KdfParams | None = None
    ) -> "Vault":
        directory = Path(directory)
        if vault_exists(directory) or (directory / db.DB_FILE).exists():
            raise VaultExists(str(directory))
        check_passphrase(passphrase)
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        data_key = new_data_key()
        vault_id = secrets.token_hex(16)
        slot = wrap_key(
            data_key, vault_id, username, passphrase, "passphrase", kdf or default_kdf()
        )
        try:
            conn = db.open_connection(directory / db.DB_FILE, data_key)
            try:
                db.migrate(conn)
            finally:
                conn.close()
            SlotFile(vault_id, [slot]).save(directory)
            tighten_permissions(directory)
        except BaseException:
            for name in (db.DB_FILE, db.DB_FILE + "-wal", db.DB_FILE + "-shm"):
                (directory / name).unlink(missing_ok=True)
            raise
        log.info("vault created")
        return cls(directory, vault_id, data_key, username)

    @classmethod
    def unlock(cls, directory: Path, username: str, passphrase: str) -> "Vault":
        return _read_again_if_rekeyed(
            directory, lambda: cls._unlock(directory, username, passphrase)
        )

    @classmethod
    def _unlock(cls, directory: Path, username: str, passphrase: str) -> "Vault":
        directory = Path(directory)
        if not vault_exists(directory):
            raise VaultNotFound(str(directory))
        slots = SlotFile.load(directory)
        candidates = slots.slots_for(username)
        if not candidates:
            raise WrongPassphrase()
        for slot in candidates:
            try:
                keys = candidate_keys(slot, slots.vault_id, passphrase)
            except WrongPassphrase:
                continue
            vault = cls._opening(directory, slots.vault_id, keys, username)
            if not vault.read_only:
                tighten_permissions(directory)
                if not slot.wrapped_private:  # a slot of the first kind: now the sealed kind
                    vault.add_slot(username, passphrase, slot.kind)
            return vault
        raise WrongPassphrase()

    @classmethod
    def _opening(cls, directory: Path, vault_id: str, keys: list[bytes], username: str) -> "Vault":
        """The vault with whichever of ``keys`` the database takes (a rotation interrupted
        at any point leaves the old key or the new one in force, never neither)."""
        for n, key in enumerate(keys):
            vault = cls(directory, vault_id, key, username)
            try:
                conn = vault.connect()  # runs pending migrations
            except VaultCorrupt:
                vault.lock()
                if n == len(keys) - 1:
                    raise
                continue
            except BaseException:
                vault.lock()
                raise
            conn.close()
            return vault
        raise WrongPassphrase()

    @classmethod
    def unlock_with_recovery_key(cls, directory: Path, recovery_key: str) -> "Vault":
        """Open with the printed recovery key (to set a new passphrase for a user)."""
        return _read_again_if_rekeyed(
            directory, lambda: cls._unlock_with_recovery_key(directory, recovery_key)
        )

    @classmethod
    def _unlock_with_recovery_key(cls, directory: Path, recovery_key: str) -> "Vault":
        from rrr_desktop.vault.keys import normalise_recovery_key

        directory = Path(directory)
        if not vault_exists(directory):
            raise VaultNotFound(str(directory))
        slots = SlotFile.load(directory)
        for slot in slots.slots_for(RECOVERY_SLOT_USER):
            try:
                keys = candidate_keys(slot, slots.vault_id, normalise_recovery_key(recovery_key))
            except WrongPassphrase:
                continue
            return cls._opening(directory, slots.vault_id, keys, RECOVERY_SLOT_USER)
        raise WrongPassphrase()

    def set_recovery_key(self, recovery_key: str) -> None:
        """Replace any earlier recovery slot: only the newest printed key works."""
        with slots_updating(self.directory):  # the key read here is the one saved
            slot = wrap_key(
                bytes(self._key),
                self.vault_id,
                RECOVERY_SLOT_USER,
                recovery_key,
                "recovery",
                default_kdf(),
            )
            slots = SlotFile.load(self.directory)
            slots.slots = [s for s in slots.slots if s.username != RECOVERY_SLOT_USER]
            slots.slots.append(slot)
            slots.save(self.directory)

    def connect(self) -> db.Connection:
        """A new connection; every worker thread opens its own."""
        if self.locked:
            raise VaultLocked()
        if not self.read_only:
            self._use.share()
        first = False
        try:
            with self._replacing:  # never with a key being wiped or replaced
                if self.locked:
                    raise VaultLocked()
                conn = db.open_connection(self.db_path, self._key, read_only=self.read_only)
        except DiskFull:
            # No room even for SQLite's shared-memory file: read the file as it is, which
            # is the whole vault only when no committed writes wait in the log, and only
            # at unlock (beside a connection that writes, a reader of the bare file could
            # see pages half written).
            if self.read_only or self._opened or not db.log_is_empty(self.db_path):
                raise
            conn = db.open_connection(self.db_path, self._key, read_only=True)
            self.read_only = self.disk_full = True
        else:
            first = not self._opened
            self._opened = self._opened or not self.read_only
        if self.read_only:
            db.require_current(conn)  # cannot be upgraded where it cannot be written
        else:
            db.migrate(conn)
            if first:
                self._indexes_back(conn)
        return conn

    def _indexes_back(self, conn: db.Connection) -> None:
        """Indexes a stack of imports set aside and a killed process left so: built again
        at unlock, only where nobody else has the vault open (else that may be the stack
        still running: the next unlock does it)."""
        try:
            if not db.indexes_are_aside(conn):
                return
            with self._use.exclusive():
                db.put_indexes_back(conn)
        except VaultInUse:
            pass
        except (DiskFull, db.DatabaseError) as exc:  # opens all the same (lists slower); a
            # damaged file is said by whatever reads it next, as before
            log.warning("indexes not built again at unlock: %s", type(exc).__name__)

    def check_pages(self) -> None:
        """The database opens with the key and passes SQLite's page checks (``VaultCorrupt``
        otherwise): a restored copy is checked the way a written backup is."""
        db.check_copy(self.db_path, bytes(self._key))

    def add_slot(self, username: str, passphrase: str, kind: str = "passphrase") -> None:
        check_passphrase(passphrase)
        with slots_updating(self.directory):  # a rotation cannot change the key meanwhile
            slot = wrap_key(
                bytes(self._key), self.vault_id, username, passphrase, kind, default_kdf()
            )
            slots = SlotFile.load(self.directory)
            slots.slots = [
                s for s in slots.slots if not (s.username == username and s.kind == kind)
            ]
            slots.slots.append(slot)
            slots.save(self.directory)

    def change_passphrase(
        self, username: str, old: str, new: str, before_save: Callable[[], None] | None = None
    ) -> None:
        """Rewrap this user's slot only; the database is not re-encrypted. ``before_save``
        runs once the old passphrase is proved, before the slot file changes (the audit
        entry: committed first, a failure after it leaves the old passphrase in force)."""
        check_passphrase(new)
        slots = SlotFile.load(self.directory)
        for slot in slots.slots_for(username):
            if slot.kind == "passphrase":
                unwrap_key(slot, self.vault_id, old)  # raises WrongPassphrase
                break
        else:
            raise WrongPassphrase()
        if before_save is not None:
            before_save()
        self.add_slot(username, new)

    def rotate_key(
        self,
        record: Callable[[db.Connection], None] | None = None,
        holders: Callable[[db.Connection], set[str]] | None = None,
    ) -> None:
        """A new data key for the database, sealed to every remaining slot: a slot removed
        before (or copied away) opens nothing of the vault from now on. Safe to kill at any
        step: the slots carry the old and the next key until the database has the new one.
        Refused (``VaultInUse``) while another window or command has the vault open; this
        vault's own other connections must not write meanwhile (``Session`` holds them).
        ``holders``: the user names that may keep a passphrase slot (read from the
        database); any other slot (a user added or removed on a full disk, halfway) is
        dropped, not given the new key."""
        with self._lock_state:
            if len(self._key) != 32:
                raise VaultLocked()
            self._rotating = True
        try:
            with (
                self.copying,
                self._replacing,
                self._use.exclusive(),
                slots_updating(self.directory),
            ):
                self._rotate_key(record, holders)
        except db.DatabaseError as exc:
            if db.is_disk_full(exc):
                raise DiskFull() from exc
            raise
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise DiskFull() from exc
            raise
        finally:
            with self._lock_state:
                self._rotating = False
                if self._lock_requested:  # the window was locked meanwhile
                    self._lock_requested = False
                    self._wipe()

    def _rotate_key(
        self,
        record: Callable[[db.Connection], None] | None,
        holders: Callable[[db.Connection], set[str]] | None = None,
    ) -> None:
        slots = SlotFile.load(self.directory)
        if holders is not None:
            conn = db.open_connection(self.db_path, self._key)
            try:
                keep = holders(conn)
            finally:
                conn.close()
            kept = [
                s for s in slots.slots if s.username == RECOVERY_SLOT_USER or s.username in keep
            ]
            if self.username not in {s.username for s in kept} - {RECOVERY_SLOT_USER}:
                kept = slots.slots  # never the slot of whoever rotates: a list read wrong
            dropped = sorted({s.username for s in slots.slots} - {s.username for s in kept})
            if dropped:
                log.info("key slots without an account dropped: %d", len(dropped))
            slots.slots = kept
        earlier = sorted({s.username for s in slots.slots if not s.public_key})
        if earlier:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The key cannot be rotated yet: {users} must sign in once (their key slots "
                    "are of an earlier kind); for the recovery key, make a new one.",
                ),
                users=", ".join("recovery key" if u == RECOVERY_SLOT_USER else u for u in earlier),
            )
        new_key = bytearray(new_data_key())
        for slot in slots.slots:
            aad = slot.aad(slots.vault_id)
            # the key in force now, too: after a rotation killed past its rename, the slots
            # still held the key before it, and a second failure left neither key in them
            slot.sealed = seal(bytes(self._key), slot.public_key, aad)
            slot.sealed_next = seal(bytes(new_key), slot.public_key, aad)
        slots.save(self.directory)
        # A copy under the new key, renamed over the database once it checks clean. (An
        # in-place PRAGMA rekey killed midway left a journal that neither key could roll
        # back: a vault that no longer opened, found by the kill test under load.)
        with files.replacing(
            self.db_path, check=lambda p: db.check_copy(p, bytes(new_key)), clear_unfinished=True
        ) as temp:
            conn = db.open_connection(self.db_path, self._key)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                _export(conn, temp, new_key)
            finally:
                conn.close()
            if record is not None:  # in the new file itself: in the history if and only
                _record_in(temp, new_key, record)  # if the key was changed
            _drop_empty_log(self.db_path)
        if not (self.directory / SLOT_FILE).exists():
            # shredded meanwhile (a duress passphrase typed in another window): saving
            # them back would undo it
            raise VaultLocked()
        for slot in slots.slots:
            slot.sealed, slot.sealed_next = slot.sealed_next, b""
        slots.save(self.directory)
        _zero(self._key)
        self._key = new_key

    def remove_slots(self, username: str) -> None:
        with slots_updating(self.directory):
            slots = SlotFile.load(self.directory)
            slots.slots = [s for s in slots.slots if s.username != username]
            slots.save(self.directory)

    def lock(self) -> None:
        """The key wiped from memory; during a rotation, as soon as it has ended (the key
        in force must reach the slots whole), without waiting here."""
        with self._lock_state:
            if self._rotating:
                self._lock_requested = True
                return
            self._wipe()

    def _wipe(self) -> None:
        with self._replacing:  # not under a connection being opened with it
            _zero(self._key)
            self._key = bytearray()
            self._use.release()

    @property
    def locked(self) -> bool:
        return not self._key or self._lock_requested

    def backup_to(self, target: Path, extra: dict[str, bytes] | None = None) -> Path:
        """A consistent encrypted copy of the database and key slots in ``target``, built in
        a temporary folder and renamed only once the copy opens and checks clean (a full
        stick or a pulled one leaves no half backup that looks whole). ``extra``: more
        files to put beside them (the audit checkpoint)."""
        target = Path(target)
        if (target / db.DB_FILE).exists():
            raise VaultExists(str(target))
        target.parent.mkdir(parents=True, exist_ok=True)
        with self.copying:  # not beside a rotation: the key read here is the file's
            key = bytearray(self._key)  # locking meanwhile does not pull it from under us
            if self.locked:
                raise VaultLocked()
            try:
                return self._backup_to(target, key, extra)
            finally:
                _zero(key)

    def _backup_to(self, target: Path, key: bytearray, extra: dict[str, bytes] | None) -> Path:
        with files.new_folder(target) as staging:
            conn = self.connect()
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                out = staging / db.DB_FILE
                if self.read_only:  # the source stays immutable; only the copy is written
                    conn.execute("PRAGMA query_only = OFF")
                _export(conn, out, key, backup=True)  # the copy keeps the same data key
            except db.DatabaseError as exc:
                if db.is_disk_full(exc):
                    raise OSError(errno.ENOSPC, "backup") from exc
                raise
            finally:
                conn.close()
            shutil.copy2(self.directory / SLOT_FILE, staging / SLOT_FILE)
            for name, data in (extra or {}).items():
                (staging / name).write_bytes(data)
            db.check_copy(out, bytes(key))
            for path in staging.iterdir():  # owner only, as the vault itself (0600)
                if path.is_file():
                    os.chmod(path, files.FILE_MODE)
        return target


def _record_in(path: Path, key: bytearray, record: Callable[[db.Connection], None]) -> None:
    conn = db.open_connection(path, key, existing=True)
    try:
        with db.transaction(conn):
            record(conn)
    finally:
        conn.close()


def _read_again_if_rekeyed(directory: Path, opening: Callable[[], Vault]) -> Vault:
    """``opening()``; if the database did not take the key the slots gave, and the slot
    file changed meanwhile, once more with the slots as they are now: a window that
    signed in while another changed the key (or restored a backup) waited for it with the
    key before, and was told the vault was damaged (found by a review)."""
    for _ in range(2):
        before = _slot_bytes(Path(directory))
        try:
            return opening()
        except VaultCorrupt:
            if _slot_bytes(Path(directory)) == before:
                raise
    return opening()


def _slot_bytes(directory: Path) -> bytes:
    try:
        return (directory / SLOT_FILE).read_bytes()
    except OSError:
        return b""


def tighten_permissions(directory: Path) -> None:
    """The vault folder 0700 and its files 0600 (SQLite creates its files from the umask;
    its -wal and -shm files copy the database file's mode)."""
    if os.name != "posix":
        return
    try:
        os.chmod(directory, files.DIR_MODE)
        for path in directory.iterdir():
            if path.is_file():
                os.chmod(path, files.FILE_MODE)
    except OSError as exc:  # not ours to change (a shared drive): the doctor reports it
        log.warning("could not tighten permissions: %s", type(exc).__name__)


def known_usernames(directory: Path) -> list[str]:
    if not vault_exists(directory):
        return []
    return SlotFile.load(directory).usernames()


def _export(conn: db.Connection, out: Path, key: bytes | bytearray, backup: bool = False) -> None:
    """The whole database, schema version included, into ``out`` encrypted with ``key``;
    a ``backup`` is marked as a copy (docs/sync-model.md, "A laptop put back from a
    backup")."""
    attach = f"ATTACH DATABASE {_sql_text(str(out))} AS exported KEY {{key_text}};"
    db.run_with_key(conn, attach, key)
    try:
        conn.execute("SELECT sqlcipher_export('exported')")
        if backup:  # a backup ever used as a vault starts a new sync epoch
            sync_epochs.mark_as_copy(conn, "exported")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA exported.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE exported")


def _drop_empty_log(db_path: Path) -> None:
    """Before a new file takes the database's name, the old one's log must hold nothing
    (its pages would be read into the new file) and is removed with its index."""
    if not db.log_is_empty(db_path):  # a long read kept the log from being folded in
        raise VaultBusyHere()
    db_path.with_name(db_path.name + "-wal").unlink(missing_ok=True)
    db_path.with_name(db_path.name + "-shm").unlink(missing_ok=True)


def _zero(key: bytearray) -> None:
    for i in range(len(key)):
        key[i] = 0


def _sql_text(value: str) -> str:
    """A string literal for SQL text that cannot take a parameter (executescript)."""
    return "'" + value.replace("'", "''") + "'"
