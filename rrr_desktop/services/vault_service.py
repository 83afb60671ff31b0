"""Creating, opening and administering a vault, and where it lives."""

import datetime as dt
import os
import secrets
import shutil
from pathlib import Path

import platformdirs

from rrr_desktop import files
from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP, Marked
from rrr_desktop.domain.org import Organisation, User
from rrr_desktop.errors import (
    DiskFull,
    InvalidInput,
    KnownError,
    PermissionDenied,
    VaultExists,
    WrongPassphrase,
)
from rrr_desktop.services.clock import Clock, SystemClock
from rrr_desktop.services.session import Session
from rrr_desktop.vault import db, users
from rrr_desktop.vault.audit import append, append_records
from rrr_desktop.vault.db import DatabaseError, checkpoint, reading_error, transaction
from rrr_desktop.vault.inuse import LOCK_FILES
from rrr_desktop.vault.keys import RECOVERY_SLOT_USER, KdfParams, SlotFile, new_recovery_key
from rrr_desktop.vault.records import get_meta, set_meta, writer
from rrr_desktop.vault.store import Vault, check_passphrase, known_usernames, vault_exists

APP_NAME = "rrr-desktop"


def default_vault_dir() -> Path:
    """``RRR_VAULT`` if set, else the per-user data directory of this OS."""
    env = os.environ.get("RRR_VAULT")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def exists(directory: Path) -> bool:
    return vault_exists(directory)


def usernames(directory: Path) -> list[str]:
    return known_usernames(directory)


def create_vault(
    directory: Path,
    org_name: str,
    country: str,
    username: str,
    passphrase: str,
    display_name: str = "",
    language: str = "en",
    kdf: KdfParams | None = None,
    clock: Clock | None = None,
    settings: dict[str, str] | None = None,
) -> Session:
    """A new vault whose first user is its administrator (and a supervisor). ``settings``:
    meta values stored in the same first transaction, before the vault takes its name."""
    try:
        org = Organisation(name=org_name, country=country)
        user = User(
            username=username,
            display_name=display_name or username,
            roles=[Role.ADMIN, Role.SUPERVISOR, Role.CASEWORKER],
            language=language,
        )
    except ValueError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{problem}"), problem=_first_error(exc)
        ) from exc
    directory = Path(directory)
    if vault_exists(directory):
        raise VaultExists(str(directory))
    check_passphrase(passphrase)
    directory.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    clock = clock or SystemClock()
    # Built in a temporary folder and renamed when complete: a set-up killed halfway leaves
    # no vault that neither opens nor can be made again.
    with files.new_folder(directory) as staging:
        vault = Vault.create(staging, user.username, passphrase, kdf)
        conn = vault.connect()
        try:
            now = clock.now().isoformat()
            with transaction(conn), writer(user.username) as written:
                users.insert_user(conn, user)
                set_meta(conn, "organisation", org.model_dump_json())
                for name, value in (settings or {}).items():
                    set_meta(conn, name, value)
                append(conn, now, user.username, "vault.create", org.id)
                users.seal_accounts(conn, now, user.username)
                append_records(conn, now, user.username, dict(written))
            try:
                checkpoint(conn)
            except DatabaseError as exc:
                if db.is_disk_full(exc):
                    raise DiskFull() from exc
                raise
        finally:
            conn.close()
        for name in ("vault.db-wal", "vault.db-shm"):
            (staging / name).unlink(missing_ok=True)
    vault.moved_to(directory)
    return Session(vault, clock)


DECOY_FOLDER = "cache"


def decoy_dir(directory: Path) -> Path:
    return Path(directory) / DECOY_FOLDER


def open_session(
    directory: Path, username: str, passphrase: str, clock: Clock | None = None
) -> Session:
    """Unlock with a user's passphrase; raises ``WrongPassphrase`` with one clear sentence.
    A duress passphrase opens the decoy vault instead, looking like any unlock (and, if the
    administrator chose so, destroys the real key slots first)."""
    try:
        return _open(directory, username, passphrase, clock)
    except WrongPassphrase:
        decoy = decoy_dir(directory)
        if not vault_exists(decoy):
            raise
        try:
            session = _open(decoy, username, passphrase, clock)
        except KnownError:
            raise WrongPassphrase() from None
        if get_meta(session.conn(), "duress_shreds") == "1":
            shred_slots(Path(directory))
        session._shown_directory = Path(directory)
        return session


def shred_slots(directory: Path) -> None:
    """Overwrite and delete the key slot file: without it (and the recovery key, which is
    in it) the database cannot be opened any more."""
    slots = Path(directory) / "keyslots.json"
    files.remove_unfinished(slots)  # a killed save's hidden copy of them too
    if slots.exists():
        size = slots.stat().st_size
        with open(slots, "r+b") as handle:
            handle.write(os.urandom(size))
            handle.flush()
            os.fsync(handle.fileno())
        slots.unlink()
        files.sync_folder(Path(directory))


def set_duress(session: Session, duress_passphrase: str, shreds: bool) -> None:
    """A duress passphrase for this user: typed at the lock screen under coercion, it opens
    an empty vault of the same organisation and user instead of the real one."""
    session.require(Role.ADMIN, QT_TRANSLATE_NOOP("errors", "set a duress passphrase"))
    check_passphrase(duress_passphrase)
    try:
        Vault.unlock(session.directory, session.user.username, duress_passphrase).lock()
    except WrongPassphrase:
        pass
    else:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The duress passphrase must differ from your passphrase.")
        )
    org = session.organisation()
    # Logged before the decoy goes live; the decoy is built whole (what the duress
    # passphrase destroys included) in a hidden folder and renamed into place. An earlier
    # decoy is set aside meanwhile and put back if the new one cannot be made.
    with session.write() as conn:
        session.audit(conn, "vault.duress", "", shreds=shreds)
    decoy = decoy_dir(session.directory)
    _clear_set_aside(session.directory)
    earlier = None
    if decoy.exists():
        earlier = decoy.with_name(f".{DECOY_FOLDER}.{secrets.token_hex(4)}{SET_ASIDE}")
        os.replace(decoy, earlier)
    try:
        decoy_session = create_vault(
            decoy,
            org.name,
            org.country,
            session.user.username,
            duress_passphrase,
            display_name=session.user.display_name,
            language=session.user.language,
            clock=session.clock,
            settings={"duress_shreds": "1" if shreds else "0"},
        )
    except BaseException:
        if earlier is not None and not decoy.exists():
            os.replace(earlier, decoy)
        raise
    decoy_session.close()
    _clear_set_aside(session.directory)


SET_ASIDE = ".old.part"  # a hidden name the doctor lists as unfinished if left behind


def _clear_set_aside(directory: Path) -> None:
    for path in Path(directory).glob(f".{DECOY_FOLDER}.*{SET_ASIDE}"):
        shutil.rmtree(path, ignore_errors=True)


def remove_duress(session: Session) -> None:
    session.require(Role.ADMIN, QT_TRANSLATE_NOOP("errors", "set a duress passphrase"))
    with session.write() as conn:  # logged first: a full disk stops it before anything
        session.audit(conn, "vault.duress_remove", "")
    decoy = decoy_dir(session.directory)
    if decoy.exists():
        shutil.rmtree(decoy)


def _open(directory: Path, username: str, passphrase: str, clock: Clock | None = None) -> Session:
    vault = Vault.unlock(directory, username.strip().lower(), passphrase)
    try:
        session = Session(vault, clock)
    except DatabaseError as exc:  # a damaged page found on the first reads
        vault.lock()
        raise reading_error(exc, vault.db_path) from exc
    except KnownError:  # a disabled account, one changed outside the app: the key goes
        vault.lock()
        raise
    if session.read_only is None:  # reading works first; an unlock on full disk still reads
        try:
            with session.write() as w:
                if not users.accounts_chained(w):  # a vault from before accounts were chained
                    users.seal_accounts(w, session.clock.now().isoformat(), session.user.username)
                session.audit(w, "session.unlock")
        except DiskFull as exc:
            session.read_only = exc
    return session


def add_user(
    session: Session, username: str, passphrase: str, roles: list[Role], display_name: str = ""
) -> User:
    session.require(Role.ADMIN, QT_TRANSLATE_NOOP("errors", "add users"))
    try:
        user = User(username=username, display_name=display_name or username, roles=roles)
    except ValueError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{problem}"), problem=_first_error(exc)
        ) from exc
    check_passphrase(passphrase)
    # The account and its audit entry are committed first, then the key slot is saved: a
    # slot saved inside the transaction stayed (and opened the vault) when the commit
    # failed on a full disk, for a user who had no account.
    with session.write() as conn:
        existing = users.get_user(conn, user.username)
        if existing is None:
            users.insert_user(conn, user)
        elif _add_unfinished(session, conn, existing):  # the slot was not saved last time
            users.update_user(conn, user)
        else:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "User {user} already exists."), user=user.username
            )
        session.audit(conn, "user.add", user.username, roles=[r.value for r in roles])
    try:
        session.vault.add_slot(user.username, passphrase)
    except KnownError as exc:
        _take_back(session, user, exc)
        raise
    return user


def _add_unfinished(session: Session, conn: db.Connection, user: User) -> bool:
    """An account whose adding stopped before its key slot was saved (and could not be
    taken back): adding the user again finishes it."""
    return (
        user.active
        and not SlotFile.load(session.directory).slots_for(user.username)
        and _last_change(conn, user.username) == "user.add"
    )


def _take_back(session: Session, user: User, exc: KnownError) -> None:
    """The account of a user whose key slot could not be saved is deleted again (the log
    keeps both entries); where even that fails, what is left is said plainly."""
    try:
        with session.write() as conn:
            conn.execute("DELETE FROM users WHERE username = ?", (user.username,))
            session.audit(conn, "user.remove", user.username, undone="user.add")
    except KnownError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The account {user} was saved, but not its key slot, so {user} cannot sign "
                "in yet: {reason} Then add {user} again with the same command.",
            ),
            user=user.username,
            reason=_reason(exc),
        ) from exc


LIFECYCLE = ("user.add", "user.enable", "user.remove")


def _last_change(conn: db.Connection, username: str) -> str:
    row = conn.execute(
        "SELECT action FROM audit WHERE target = ? AND action IN (?, ?, ?) "
        "ORDER BY seq DESC LIMIT 1",
        (username, *LIFECYCLE),
    ).fetchone()
    return str(row[0]) if row else ""


def slot_holders(conn: db.Connection) -> set[str]:
    """The user names that may hold a key slot: every account, except one removed whose
    slot could not be deleted then (a full disk) and not enabled since. A slot of any
    other name (a user whose adding failed halfway in an earlier version) opens nothing
    that should be open."""
    return {
        u.username
        for u in users.list_users(conn)
        if u.active or _last_change(conn, u.username) != "user.remove"
    }


def stray_slots(session: Session) -> list[str]:
    """Key slots of users who have no account, or were removed (for the doctor; the next
    key rotation drops them)."""
    holders = slot_holders(session.conn())
    names = {s.username for s in SlotFile.load(session.directory).slots}
    return sorted(names - holders - {RECOVERY_SLOT_USER})


def _reason(exc: KnownError) -> Marked:
    """Why a later step failed, inside a message that says what took effect before it
    (the disk-full sentence says "nothing was saved", which would not be true there)."""
    if isinstance(exc, DiskFull):
        return Marked("errors", QT_TRANSLATE_NOOP("errors", "The disk is full; free some space."))
    return Marked("errors", exc.template, tuple(exc.values.items()))


def list_users(session: Session) -> list[User]:
    return users.list_users(session.conn())


def _other_user(session: Session, username: str) -> User:
    session.require(Role.ADMIN, QT_TRANSLATE_NOOP("errors", "manage users"))
    username = username.strip().lower()
    found = {u.username: u for u in list_users(session)}.get(username)
    if found is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "There is no user {user} in this vault."), user=username
        )
    if found.username == session.user.username:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "You cannot disable, remove or change your own account; ask another administrator.",
            )
        )
    return found


def _admins_left(session: Session, without: str) -> int:
    return sum(
        1
        for u in list_users(session)
        if u.username != without and u.active and Role.ADMIN in u.roles
    )


def _store_user(session: Session, user: User, action: str, **detail: object) -> None:
    with session.write() as conn:
        users.update_user(conn, user)
        session.audit(conn, action, user.username, **detail)


def set_active(session: Session, username: str, active: bool) -> User:
    """Disable (or enable again) a user: a disabled user's passphrase opens nothing."""
    user = _other_user(session, username)
    if not active and Role.ADMIN in user.roles and not _admins_left(session, user.username):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The last administrator cannot be disabled.")
        )
    user = user.model_copy(update={"active": active})
    _store_user(session, user, "user.enable" if active else "user.disable")
    return user


def set_roles(session: Session, username: str, roles: list[Role]) -> User:
    user = _other_user(session, username)
    if not roles:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A user needs at least one role."))
    if (
        Role.ADMIN in user.roles
        and Role.ADMIN not in roles
        and not _admins_left(session, user.username)
    ):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The last administrator keeps that role."))
    user = user.model_copy(update={"roles": roles})
    _store_user(session, user, "user.roles", roles=[r.value for r in roles])
    return user


def remove_user(session: Session, username: str) -> None:
    """The user's key slot is deleted and the account disabled (kept, so the audit log
    still names who did what). A copy of the key slot file taken earlier still opens the
    data of that time: see docs/security.md."""
    user = _other_user(session, username)
    if Role.ADMIN in user.roles and not _admins_left(session, user.username):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The last administrator cannot be disabled.")
        )
    # Disabled and logged in one transaction, before the slot file changes: a full disk
    # stops it before anything, or leaves the account disabled and says so.
    with session.write() as conn:
        if user.active:
            user = user.model_copy(update={"active": False})
            users.update_user(conn, user)
            session.audit(conn, "user.disable", user.username)
        session.audit(conn, "user.remove", user.username)
    try:
        session.vault.remove_slots(user.username)
    except KnownError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "{user} was disabled (their passphrase opens nothing in this program now), "
                "but their key slot was not deleted: {reason} Then remove {user} again.",
            ),
            user=user.username,
            reason=_reason(exc),
        ) from exc
    try:
        rotate_data_key(session)
    except KnownError as exc:  # the removal stands; what is left to do is said plainly
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "{user} was removed (key slot deleted, account disabled), but the data key "
                "was not rotated: {reason} Then choose Settings → Users and roles → Change "
                "the vault's key (or run 'rrr rotate-key').",
            ),
            user=user.username,
            reason=_reason(exc),
        ) from exc


def rotate_data_key(session: Session) -> None:
    """A new data key, sealed to every remaining user: a key slot removed or copied away
    earlier opens nothing of the vault from now on (backups made before keep the old key)."""
    session.require(Role.ADMIN, QT_TRANSLATE_NOOP("errors", "rotate the data key"))
    with session.connections_held():  # recorded in the new file before it takes the
        session.vault.rotate_key(  # database's place: a refused rotation is no rotation
            record=lambda conn: session.audit(conn, "vault.rotate_key"),
            holders=slot_holders,  # a slot without an account gets no new key
        )


def change_passphrase(session: Session, old: str, new: str) -> None:
    """Logged before the slot file changes (one atomic replace): a failure after the log
    entry leaves the old passphrase in force, as the disk-full sentence says."""

    def logged() -> None:
        with session.write() as conn:
            session.audit(conn, "user.passphrase", session.user.username)

    session.vault.change_passphrase(session.user.username, old, new, before_save=logged)


def create_recovery_key(session: Session) -> str:
    """A new recovery key (shown once, to print and lock away); older ones stop working."""
    session.require(Role.ADMIN, QT_TRANSLATE_NOOP("errors", "create a recovery key"))
    key = new_recovery_key()
    with session.write() as conn:  # logged first: a failure after it leaves the old key
        session.audit(conn, "vault.recovery_key")
    session.vault.set_recovery_key(key)
    return key


def recover_user(
    directory: Path,
    recovery_key: str,
    username: str,
    new_passphrase: str,
    approver: str = "",
    approver_passphrase: str = "",
) -> None:
    """Give a user who forgot their passphrase a new one, using the printed recovery key.
    An administrator's passphrase is reset only with a second administrator's approval
    where there is one (the recovery key alone must not hand over the whole vault)."""
    check_passphrase(new_passphrase)
    vault = Vault.unlock_with_recovery_key(directory, recovery_key)
    try:
        conn = vault.connect()
        try:
            target = users.get_user(conn, username.strip().lower())
            if target is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "There is no user {user} in this vault."),
                    user=username,
                )
            admins = users.list_users(conn)
            others = [
                u.username
                for u in admins
                if Role.ADMIN in u.roles and u.active and u.username != target.username
            ]
            if Role.ADMIN in target.roles and others:
                if approver.strip().lower() not in others:
                    raise PermissionDenied(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "An administrator's passphrase is reset only with another "
                            "administrator's approval: {others}.",
                        ),
                        others=", ".join(others),
                    )
                Vault.unlock(directory, approver.strip().lower(), approver_passphrase).lock()
            with transaction(conn):  # logged before the slot changes
                append(
                    conn,
                    dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "recovery-key",
                    "user.recover",
                    username.strip().lower(),
                )
            vault.add_slot(username.strip().lower(), new_passphrase)
        finally:
            conn.close()
    finally:
        vault.lock()


def backup(session: Session, target: Path) -> Path:
    """The copy carries a signed checkpoint of the audit log: kept apart from the laptop, it
    shows later whether the laptop's history was rewritten."""
    from rrr_desktop.services.audit_service import CHECKPOINT_FILE, AuditService

    try:
        extra = {CHECKPOINT_FILE: AuditService(session).checkpoint().to_bytes()}
    except KnownError:  # read-only media with no installation keys yet: a copy without it
        extra = {}
    out = session.vault.backup_to(target, extra=extra)
    session.record_reading("vault.backup")  # a copy elsewhere works from read-only media too
    return out


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ()))
        msg = str(first.get("msg", exc)).removeprefix("Value error, ")
        return f"{field}: {msg}" if field else msg
    return str(exc)


def wipe(session: Session, confirmation: str) -> Path:
    """Destroy this laptop's vault: the key slots are overwritten and removed (without them
    and the recovery key the database is noise), then the database files. The typed
    confirmation is the organisation's name. A copy taken before stays protected by the
    passphrases it was made with; this cannot reach backups or other laptops."""
    session.require(Role.ADMIN, QT_TRANSLATE_NOOP("errors", "wipe this laptop"))
    expected = session.organisation().name
    if confirmation.strip() != expected:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "Type the organisation's name exactly to confirm; nothing was wiped."
            )
        )
    directory = session.directory
    session.close()
    shred_slots(directory)
    for name in ("vault.db", "vault.db-wal", "vault.db-shm", *LOCK_FILES):
        (directory / name).unlink(missing_ok=True)
    decoy = decoy_dir(directory)
    if decoy.exists():
        shutil.rmtree(decoy)
    _clear_set_aside(directory)
    files.sync_folder(directory)
    return directory
