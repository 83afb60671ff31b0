"""Creating, opening and administering a vault, and where it lives."""

import datetime as dt
import os
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
from rrr_desktop.vault import users
from rrr_desktop.vault.audit import append, append_records
from rrr_desktop.vault.db import DatabaseError, checkpoint, reading_error, transaction
from rrr_desktop.vault.inuse import LOCK_FILES
from rrr_desktop.vault.keys import KdfParams, new_recovery_key
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
) -> Session:
    """A new vault whose first user is its administrator (and a supervisor)."""
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
                append(conn, now, user.username, "vault.create", org.id)
                users.seal_accounts(conn, now, user.username)
                append_records(conn, now, user.username, dict(written))
            checkpoint(conn)
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
    decoy = decoy_dir(session.directory)
    if decoy.exists():
        shutil.rmtree(decoy)
    org = session.organisation()
    decoy_session = create_vault(
        decoy,
        org.name,
        org.country,
        session.user.username,
        duress_passphrase,
        display_name=session.user.display_name,
        language=session.user.language,
        clock=session.clock,
    )
    try:
        with decoy_session.write() as conn:
            set_meta(conn, "duress_shreds", "1" if shreds else "0")
    finally:
        decoy_session.close()
    with session.write() as conn:
        session.audit(conn, "vault.duress", "", shreds=shreds)


def remove_duress(session: Session) -> None:
    session.require(Role.ADMIN, QT_TRANSLATE_NOOP("errors", "set a duress passphrase"))
    decoy = decoy_dir(session.directory)
    if decoy.exists():
        shutil.rmtree(decoy)
    with session.write() as conn:
        session.audit(conn, "vault.duress_remove", "")


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
    with session.write() as conn:
        if users.has_user(conn, user.username):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "User {user} already exists."), user=user.username
            )
        users.insert_user(conn, user)
        session.vault.add_slot(user.username, passphrase)
        session.audit(conn, "user.add", user.username, roles=[r.value for r in roles])
    return user


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
    user = set_active(session, username, False)
    session.vault.remove_slots(user.username)
    with session.write() as conn:
        session.audit(conn, "user.remove", user.username)
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
            reason=Marked("errors", exc.template, tuple(exc.values.items())),
        ) from exc


def rotate_data_key(session: Session) -> None:
    """A new data key, sealed to every remaining user: a key slot removed or copied away
    earlier opens nothing of the vault from now on (backups made before keep the old key)."""
    session.require(Role.ADMIN, QT_TRANSLATE_NOOP("errors", "rotate the data key"))
    with session.connections_held():  # recorded in the new file before it takes the
        session.vault.rotate_key(  # database's place: a refused rotation is no rotation
            record=lambda conn: session.audit(conn, "vault.rotate_key")
        )


def change_passphrase(session: Session, old: str, new: str) -> None:
    session.vault.change_passphrase(session.user.username, old, new)
    with session.write() as conn:
        session.audit(conn, "user.passphrase", session.user.username)


def create_recovery_key(session: Session) -> str:
    """A new recovery key (shown once, to print and lock away); older ones stop working."""
    session.require(Role.ADMIN, QT_TRANSLATE_NOOP("errors", "create a recovery key"))
    key = new_recovery_key()
    session.vault.set_recovery_key(key)
    with session.write() as conn:
        session.audit(conn, "vault.recovery_key")
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
            vault.add_slot(username.strip().lower(), new_passphrase)
            with transaction(conn):
                append(
                    conn,
                    dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "recovery-key",
                    "user.recover",
                    username.strip().lower(),
                )
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
    files.sync_folder(directory)
    return directory
