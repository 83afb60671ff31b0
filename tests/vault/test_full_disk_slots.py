"""Key-slot changes on a real full disk: each command either succeeds, or leaves the
passphrases, the recovery key and the users exactly as before and says the disk is full;
where a later step fails after an earlier one took effect, the message says what took
effect. Never a state the message denies.

Found by a review on a 12 MiB tmpfs: ``passwd`` and ``recovery-key`` replaced the slot and
then said "nothing was saved" (the audit write after it failed); ``user add`` left a working
slot for a user with no account; ``user remove`` was half done; ``duress set`` on a full
disk showed an unexpected error; a kill right after the decoy was renamed into place left
a decoy that destroyed nothing.
"""

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from rrr_desktop.domain.enums import Role
from rrr_desktop.errors import DiskFull, InvalidInput, KnownError, PermissionDenied, WrongPassphrase
from rrr_desktop.services import vault_service
from rrr_desktop.services.demo import fill_demo
from rrr_desktop.services.session import Session
from rrr_desktop.vault import audit
from rrr_desktop.vault.keys import FAST_INSECURE_KDF, SlotFile
from rrr_desktop.vault.records import get_meta
from rrr_desktop.vault.store import Vault
from tests.conftest import PASSPHRASE
from tests.vault.test_full_disk import _fill, small_disk

BOB = "bob's long passphrase"
NEW = "a brand new passphrase here"
DURESS = "the river is calm today"
FULL = str(DiskFull())
# free bytes left on the disk: from none to more than one command needs, page by page
LEAVE = range(0, 176 << 10, 4 << 10)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A vault with cases, a second user (bob) and a recovery key, copied for each size."""
    directory = tmp_path_factory.mktemp("template") / "vault"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("RRR_INSECURE_FAST_KDF_FOR_TESTS", "1")
        session = vault_service.create_vault(
            directory, "Test Shelter", "TH", "alice", PASSPHRASE, kdf=FAST_INSECURE_KDF
        )
        try:
            fill_demo(session, 12, seed=3)
            vault_service.add_user(session, "bob", BOB, [Role.CASEWORKER])
            key = vault_service.create_recovery_key(session)
        finally:
            session.close()
    return directory, key


def _sizes(template: tuple[Path, str], more: tuple[int, ...] = ()) -> Iterator[tuple[Path, int]]:
    """A fresh copy of the vault on a small real disk, filled to leave each size free."""
    with small_disk(4 << 20) as disk:
        for leave in (*LEAVE, *more):
            directory = disk / "vault"
            shutil.rmtree(directory, ignore_errors=True)
            (disk / "filler").unlink(missing_ok=True)
            shutil.copytree(template[0], directory)
            _fill(disk, leave)
            try:
                yield directory, leave
            finally:
                (disk / "filler").unlink(missing_ok=True)


def _attempt(directory: Path, action: Callable[[Session], object]) -> KnownError | None:
    """Unlock on the full disk (as the command does) and run ``action``; the error shown."""
    try:
        session = vault_service.open_session(directory, "alice", PASSPHRASE)
    except DiskFull:
        return DiskFull()
    try:
        action(session)
    except KnownError as exc:
        return exc
    finally:
        session.close()
    return None


def _opens(directory: Path, user: str, passphrase: str) -> bool:
    try:
        vault_service.open_session(directory, user, passphrase).close()
    except (WrongPassphrase, PermissionDenied):
        return False
    return True


def _recovers(directory: Path, key: str) -> bool:
    try:
        Vault.unlock_with_recovery_key(directory, key).lock()
    except WrongPassphrase:
        return False
    return True


def _accounts(directory: Path) -> list[tuple[str, bool]]:
    session = vault_service.open_session(directory, "alice", PASSPHRASE)
    try:
        return [(u.username, u.active) for u in vault_service.list_users(session)]
    finally:
        session.close()


def _actions(directory: Path, action: str) -> int:
    session = vault_service.open_session(directory, "alice", PASSPHRASE)
    try:
        conn = session.conn()
        assert audit.verify(conn).ok
        return int(
            conn.execute("SELECT count(*) FROM audit WHERE action = ?", (action,)).fetchone()[0]
        )
    finally:
        session.close()


def test_passwd_on_a_full_disk_changes_the_passphrase_or_says_nothing_was_saved(
    template: tuple[Path, str],
) -> None:
    outcomes = set()
    for directory, leave in _sizes(template):
        error = _attempt(directory, lambda s: vault_service.change_passphrase(s, PASSPHRASE, NEW))
        (directory.parent / "filler").unlink()
        if error is None:
            assert _opens(directory, "alice", NEW), leave
            assert not _opens(directory, "alice", PASSPHRASE), leave
        else:
            assert str(error) == FULL, (leave, str(error))
            assert _opens(directory, "alice", PASSPHRASE), leave  # as the sentence says
            assert not _opens(directory, "alice", NEW), leave
        outcomes.add(error is None)
    assert outcomes == {True, False}  # the sizes reach both sides


def test_a_recovery_key_on_a_full_disk_is_new_and_shown_or_the_old_one_works(
    template: tuple[Path, str],
) -> None:
    old = template[1]
    outcomes = set()
    shown: list[str] = []  # the key the command would print
    for directory, leave in _sizes(template):
        shown.clear()
        error = _attempt(directory, lambda s: shown.append(vault_service.create_recovery_key(s)))
        (directory.parent / "filler").unlink()
        if error is None:
            assert _recovers(directory, shown[0]), leave
            assert not _recovers(directory, old), leave
        else:
            assert str(error) == FULL, (leave, str(error))
            assert not shown
            assert _recovers(directory, old), leave  # the printed key still works
        outcomes.add(error is None)
    assert outcomes == {True, False}


def test_user_add_on_a_full_disk_never_leaves_a_slot_without_an_account(
    template: tuple[Path, str],
) -> None:
    before = _accounts(template[0])
    outcomes = set()
    for directory, leave in _sizes(template):
        error = _attempt(
            directory, lambda s: vault_service.add_user(s, "dara", NEW, [Role.CASEWORKER])
        )
        (directory.parent / "filler").unlink()
        accounts = _accounts(directory)
        if error is None:
            assert _opens(directory, "dara", NEW), leave
            assert ("dara", True) in accounts
            outcome = "added"
        elif str(error) == FULL:
            assert accounts == before, leave
            assert not _opens(directory, "dara", NEW), leave
            assert "dara" not in SlotFile.load(directory).usernames()
            outcome = "nothing"
        else:  # the account stayed, its slot was not saved, and the message says so
            assert isinstance(error, InvalidInput)
            assert str(error).startswith("The account dara was saved, but not its key slot")
            assert ("dara", True) in accounts
            assert not _opens(directory, "dara", NEW)
            outcome = "account only"
        assert _opens(directory, "alice", PASSPHRASE)
        assert _opens(directory, "bob", BOB)
        if outcome != "added":  # with room again, the same command finishes it
            session = vault_service.open_session(directory, "alice", PASSPHRASE)
            try:
                vault_service.add_user(session, "dara", NEW, [Role.CASEWORKER])
            finally:
                session.close()
            assert _opens(directory, "dara", NEW)
        outcomes.add(outcome)
    assert {"added", "nothing"} <= outcomes


def test_user_remove_on_a_full_disk_says_exactly_what_was_done(
    template: tuple[Path, str],
) -> None:
    before = _accounts(template[0])
    outcomes = set()
    for directory, leave in _sizes(template, more=(1 << 20, 2 << 20)):  # room to rotate
        error = _attempt(directory, lambda s: vault_service.remove_user(s, "bob"))
        (directory.parent / "filler").unlink()
        accounts = _accounts(directory)
        slot = "bob" in SlotFile.load(directory).usernames()
        text = str(error)
        if error is None:
            assert ("bob", False) in accounts, leave
            assert not slot, leave
            outcome = "removed"
        elif text == FULL:
            assert accounts == before, (leave, accounts)
            assert slot, leave
            assert _opens(directory, "bob", BOB), leave
            outcome = "nothing"
        elif text.startswith("bob was disabled"):
            assert ("bob", False) in accounts, leave
            assert slot, leave
            assert not _opens(directory, "bob", BOB)
            outcome = "disabled"
        else:
            assert text.startswith("bob was removed (key slot deleted, account disabled), but")
            assert "nothing was saved" not in text
            assert ("bob", False) in accounts, leave
            assert not slot, leave
            outcome = "not rotated"
        assert "nothing was saved" not in text or text == FULL
        if outcome != "nothing":
            assert _actions(directory, "user.remove") == 1  # logged before the slot went
        if outcome in ("disabled", "not rotated"):  # with room again, what is left is done
            session = vault_service.open_session(directory, "alice", PASSPHRASE)
            try:
                if outcome == "disabled":
                    vault_service.remove_user(session, "bob")
                else:
                    vault_service.rotate_data_key(session)
            finally:
                session.close()
            assert "bob" not in SlotFile.load(directory).usernames()
        assert not _opens(directory, "bob", BOB) or outcome == "nothing"
        outcomes.add(outcome)
    assert {"removed", "nothing"} <= outcomes


def test_duress_set_on_a_full_disk_says_the_disk_is_full_or_is_set_whole(
    template: tuple[Path, str],
) -> None:
    outcomes = set()
    for directory, leave in _sizes(template, more=(1 << 20,)):  # room for the decoy
        error = _attempt(directory, lambda s: vault_service.set_duress(s, DURESS, shreds=True))
        (directory.parent / "filler").unlink()
        leftovers = [p.name for p in directory.iterdir() if p.name.startswith(".cache")]
        assert not leftovers, (leave, leftovers)
        if error is None:
            assert _actions(directory, "vault.duress") == 1
            vault_service.open_session(directory, "alice", DURESS).close()
            assert not (directory / "keyslots.json").exists()  # it destroyed the real slots
        else:
            assert str(error) == FULL, (leave, str(error))
            assert not vault_service.exists(directory / "cache")
            with pytest.raises(WrongPassphrase):
                vault_service.open_session(directory, "alice", DURESS)
            assert _opens(directory, "alice", PASSPHRASE)
        outcomes.add(error is None)
    assert outcomes == {True, False}


def test_a_new_vault_on_a_full_disk_says_the_disk_is_full(tmp_path: Path) -> None:
    outcomes = set()
    with small_disk(2 << 20) as disk:
        for leave in (*range(0, 400 << 10, 24 << 10), 1 << 20):
            directory = disk / "vault"
            shutil.rmtree(directory, ignore_errors=True)
            _fill(disk, leave)
            error: KnownError | None = None
            try:
                vault_service.create_vault(
                    directory, "Test Shelter", "TH", "alice", PASSPHRASE, kdf=FAST_INSECURE_KDF
                ).close()
            except KnownError as exc:
                error = exc
            finally:
                (disk / "filler").unlink()
            if error is not None:
                assert str(error) == FULL, (leave, str(error))
                assert not directory.exists() or not any(directory.iterdir())
            outcomes.add(error is None)
            assert not [p for p in disk.iterdir() if p.name.startswith(".vault")]
    assert outcomes == {True, False}


def test_a_changed_duress_passphrase_that_fails_keeps_the_one_before(
    session: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault_service.set_duress(session, DURESS, shreds=False)

    def full(*_args: object, **_kwargs: object) -> Session:
        raise DiskFull()

    monkeypatch.setattr(vault_service, "create_vault", full)
    with pytest.raises(DiskFull):
        vault_service.set_duress(session, "another duress passphrase", shreds=True)
    monkeypatch.undo()
    session.close()
    decoy = vault_service.open_session(vault_dir, "alice", DURESS)  # the earlier one works
    try:
        assert get_meta(decoy.conn(), "duress_shreds") == "0"
    finally:
        decoy.close()
    assert (vault_dir / "keyslots.json").exists()
    assert not [p for p in vault_dir.iterdir() if p.name.startswith(".cache")]


def test_a_decoy_is_whole_and_logged_the_moment_it_is_in_place(
    session: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed right after the rename (here: stopped where the new vault takes its name):
    the duress passphrase already destroys the real slots, and the log says it was set."""

    def killed(_vault: Vault, _directory: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Vault, "moved_to", killed)
    with pytest.raises(KeyboardInterrupt):
        vault_service.set_duress(session, DURESS, shreds=True)
    monkeypatch.undo()
    conn = session.conn()
    logged = conn.execute("SELECT count(*) FROM audit WHERE action = 'vault.duress'").fetchone()
    assert logged[0] == 1
    session.close()
    vault_service.open_session(vault_dir, "alice", DURESS).close()
    assert not (vault_dir / "keyslots.json").exists()


def test_a_slot_without_an_account_is_found_and_dropped_by_the_rotation(
    session: Session, vault_dir: Path
) -> None:
    """As an earlier version left it: a slot saved for a user whose account was never
    committed, and a removed user's slot whose deletion failed."""
    vault_service.add_user(session, "bob", BOB, [Role.CASEWORKER])
    session.vault.add_slot("ghost", NEW)  # no account
    with session.write() as conn:  # bob removed, but his slot stayed
        session.audit(conn, "user.remove", "bob")
        bob = {u.username: u for u in vault_service.list_users(session)}["bob"]
        from rrr_desktop.vault import users

        users.update_user(conn, bob.model_copy(update={"active": False}))
    assert vault_service.stray_slots(session) == ["bob", "ghost"]
    from rrr_desktop.services import doctor

    [said] = [c for c in doctor.examine(session, vault_dir) if c.name == "key slots"]
    assert not said.ok
    assert "bob, ghost" in said.detail
    vault_service.set_active(session, "bob", True)  # enabled again: his slot is his
    assert vault_service.stray_slots(session) == ["ghost"]
    vault_service.rotate_data_key(session)
    assert vault_service.stray_slots(session) == []
    assert "ghost" not in SlotFile.load(vault_dir).usernames()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "ghost", NEW)
    session.close()
    assert _opens(vault_dir, "bob", BOB)
    assert _opens(vault_dir, "alice", PASSPHRASE)


def test_a_disabled_users_slot_is_kept_by_the_rotation(session: Session, vault_dir: Path) -> None:
    vault_service.add_user(session, "bob", BOB, [Role.CASEWORKER])
    vault_service.set_active(session, "bob", False)
    vault_service.rotate_data_key(session)
    vault_service.set_active(session, "bob", True)
    session.close()
    assert _opens(vault_dir, "bob", BOB)
