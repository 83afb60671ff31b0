"""Replacing the database file (a key rotation, a restore) while anyone else has the vault
open loses their writes or leaves a file no key opens: it is refused with a sentence, and
nothing else changes. Within one window, other threads keep working through it."""

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.errors import InvalidInput, KnownError, VaultLocked
from rrr_desktop.services import restore, vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.demo import fill_demo
from rrr_desktop.services.session import Session
from rrr_desktop.vault import db, inuse, keys
from rrr_desktop.vault.inuse import UseLock, VaultBusy, VaultInUse
from tests.conftest import PASSPHRASE

HOLDER = """
import sys
from pathlib import Path
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
if sys.argv[3:] == ["on-go"]:
    print("ready", flush=True)
    sys.stdin.readline()
s = vault_service.open_session(Path(sys.argv[1]), "alice", sys.argv[2])
print("open", flush=True)
reference = sys.stdin.readline().strip()
CaseService(s).modify(
    reference, lambda c: setattr(c.person, "wishes", "written in the other window"), "x"
)
s.close()
print("done", flush=True)
"""


@pytest.fixture
def other_window(vault_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process (a window, an ``rrr`` command) with the vault open."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault_dir), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "RRR_INSECURE_FAST_KDF_FOR_TESTS": "1"},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    yield proc
    proc.kill()
    proc.wait(timeout=30)


def _let_it_write(proc: subprocess.Popen[str], reference: str) -> None:
    assert proc.stdin is not None
    assert proc.stdout is not None
    proc.stdin.write(reference + "\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "done"
    assert proc.wait(timeout=60) == 0


def _wishes(vault_dir: Path, reference: str) -> str:
    reopened = vault_service.open_session(vault_dir, "alice", PASSPHRASE)
    try:
        return CaseService(reopened).get(reference, audit=False).person.wishes
    finally:
        reopened.close()


def _rotate_in_background(session: Session) -> tuple[threading.Thread, list[Any]]:
    """A worker rotating the key, as "Change the vault's key" runs; its outcome (None or
    the exception) lands in the list."""
    outcome: list[Any] = []

    def rotate() -> None:
        try:
            vault_service.rotate_data_key(session)
            outcome.append(None)
        except BaseException as exc:  # reported by the test
            outcome.append(exc)

    rotating = threading.Thread(target=rotate)
    rotating.start()
    return rotating, outcome


def test_a_rotation_is_refused_while_another_process_has_the_vault_open(
    session: Session, vault_dir: Path, other_window: subprocess.Popen[str]
) -> None:
    """Found by a review: the other process kept writing into the replaced file (its
    writes were lost) or left a log under the old key beside the new file."""
    fill_demo(session, 5, seed=7)
    reference = CaseService(session).search(CaseQuery(limit=1))[0].reference
    slots_before = (vault_dir / "keyslots.json").read_bytes()
    with pytest.raises(VaultInUse):
        vault_service.rotate_data_key(session)
    assert (vault_dir / "keyslots.json").read_bytes() == slots_before  # nothing changed
    assert CaseService(session).count(CaseQuery()) == 5  # this window carries on
    _let_it_write(other_window, reference)
    vault_service.rotate_data_key(session)  # the other one closed: now it goes through
    session.close()
    assert _wishes(vault_dir, reference) == "written in the other window"


def test_a_restore_is_refused_while_another_process_has_the_vault_open(
    session: Session, vault_dir: Path, tmp_path: Path, other_window: subprocess.Popen[str]
) -> None:
    fill_demo(session, 3, seed=7)
    reference = CaseService(session).search(CaseQuery(limit=1))[0].reference
    backup = vault_service.backup(session, tmp_path / "backup")
    session.close()
    before = sorted(p.name for p in vault_dir.parent.iterdir())
    with pytest.raises(VaultInUse):
        restore.restore(backup, vault_dir, "alice", PASSPHRASE)
    assert sorted(p.name for p in vault_dir.parent.iterdir()) == before  # nothing moved
    _let_it_write(other_window, reference)
    assert _wishes(vault_dir, reference) == "written in the other window"
    assert restore.restore(backup, vault_dir, "alice", PASSPHRASE) is not None


def test_opening_waits_out_a_rotation_elsewhere_and_then_says_why_not(
    session: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.close()
    monkeypatch.setattr(inuse, "SHARE_WAIT_S", 0.3)
    elsewhere = UseLock(vault_dir)
    with elsewhere.exclusive():
        with pytest.raises(VaultBusy):
            vault_service.open_session(vault_dir, "alice", PASSPHRASE)
        monkeypatch.setattr(inuse, "SHARE_WAIT_S", 60.0)
        opened: list[Session] = []
        waiting = threading.Thread(
            target=lambda: opened.append(vault_service.open_session(vault_dir, "alice", PASSPHRASE))
        )
        waiting.start()
    waiting.join(60)  # the rotation elsewhere ended: the waiting window opens
    assert len(opened) == 1
    assert CaseService(opened[0]).count(CaseQuery()) == 0
    opened[0].close()


class UseLockHolders(RuleBasedStateMachine):
    """Any number of holders (windows, commands) share a vault; one may replace its file
    exactly when no other holds it, and a refusal leaves every holder as it was."""

    def __init__(self) -> None:
        super().__init__()
        self.holders: list[UseLock] = []
        self.sharing: list[bool] = []

    @initialize(folder=st.integers(0, 10**9), count=st.integers(2, 4))
    def make(self, folder: int, count: int) -> None:
        import tempfile

        self.dir = Path(tempfile.mkdtemp(prefix=f"uselock{folder}-"))
        self.holders = [UseLock(self.dir) for _ in range(count)]
        self.sharing = [False] * count
        self.wait = inuse.SHARE_WAIT_S
        inuse.SHARE_WAIT_S = 0.0

    def teardown(self) -> None:
        for holder in self.holders:
            holder.release()
        if self.holders:
            inuse.SHARE_WAIT_S = self.wait

    @rule(data=st.data())
    def share(self, data: st.DataObject) -> None:
        i = data.draw(st.integers(0, len(self.holders) - 1))
        self.holders[i].share()
        self.sharing[i] = True

    @rule(data=st.data())
    def release(self, data: st.DataObject) -> None:
        i = data.draw(st.integers(0, len(self.holders) - 1))
        self.holders[i].release()
        self.sharing[i] = False

    @precondition(lambda self: bool(self.holders))
    @rule(data=st.data())
    def replace(self, data: st.DataObject) -> None:
        i = data.draw(st.integers(0, len(self.holders) - 1))
        others = [j for j, shared in enumerate(self.sharing) if shared and j != i]
        try:
            with self.holders[i].exclusive():
                for j in range(len(self.holders)):  # nobody gets in meanwhile
                    if j != i and not self.sharing[j]:
                        with pytest.raises(VaultBusy):
                            self.holders[j].share()
        except VaultInUse:
            assert others, "refused with nobody else holding the vault"
        else:
            assert not others, f"replaced while holders {others} had it open"

    @invariant()
    def each_holder_is_as_it_was(self) -> None:
        for holder, shared in zip(self.holders, self.sharing, strict=True):
            assert holder.shared == shared
        if sum(self.sharing) and self.holders:  # a shared lock really is held
            outsider = UseLock(self.dir)
            with pytest.raises(VaultInUse), outsider.exclusive():
                pass


UseLockHolders.TestCase.settings = settings(max_examples=60, stateful_step_count=25)
test_use_lock_holders = UseLockHolders.TestCase


def test_reading_threads_keep_working_through_a_rotation(session: Session) -> None:
    """Found by a review: the rotation closed other threads' connections under them, and
    a thread in the middle of a query crashed the process. Now each thread replaces its
    own connection on its next use and reads what is there."""
    fill_demo(session, 20, seed=3)
    stop = threading.Event()
    seen: list[Any] = []

    def reader() -> None:
        while not stop.is_set():
            try:
                conn = session.conn()
                rows = conn.execute(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 20000)"
                    " SELECT count(*) FROM n"
                ).fetchone()[0]
                seen.append((rows, CaseService(session).count(CaseQuery())))
            except BaseException as exc:  # reported below
                seen.append(exc)
                return

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for thread in threads:
        thread.start()
    try:
        for _ in range(3):
            vault_service.rotate_data_key(session)
    finally:
        stop.set()
        for thread in threads:
            thread.join(60)
    assert seen
    assert [item for item in seen if item != (20000, 20)] == []
    assert CaseService(session).count(CaseQuery()) == 20


def test_a_passphrase_changed_during_a_rotation_opens_the_vault_after_it(
    session: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a review: the new passphrase's slot, derived while the key rotated, was
    saved over the rotated slots with the old key in it: the administrator was locked out."""
    from rrr_desktop.vault import store

    new = "alice's brand new passphrase"
    exporting, rotated = threading.Event(), threading.Event()
    real_export, real_derive = store._export, keys.derive_key

    def export(*args: Any, **kwargs: Any) -> None:
        real_export(*args, **kwargs)
        exporting.set()
        rotated.wait(0.3)

    def derive(passphrase: str, salt: bytes, params: Any) -> bytes:
        if passphrase == new:  # the new slot's derivation outlasts the rotation
            rotated.wait(5)
        return real_derive(passphrase, salt, params)

    monkeypatch.setattr(store, "_export", export)
    monkeypatch.setattr(keys, "derive_key", derive)

    def change() -> None:
        exporting.wait(30)
        vault_service.change_passphrase(session, PASSPHRASE, new)

    changing = threading.Thread(target=change)
    changing.start()
    vault_service.rotate_data_key(session)
    rotated.set()
    changing.join(60)
    session.close()
    vault_service.open_session(vault_dir, "alice", new).close()
    assert not any(slot.sealed_next for slot in keys.SlotFile.load(vault_dir).slots)


def test_a_copy_that_vanished_fails_its_check_and_is_not_made(tmp_path: Path) -> None:
    missing = tmp_path / "copy.db"
    with pytest.raises(Exception, match="could not be read"):
        db.check_copy(missing, bytes(32))
    assert not missing.exists()


def test_a_removal_whose_rotation_fails_says_what_stands_and_what_is_left(
    session: Session, vault_dir: Path, other_window: subprocess.Popen[str]
) -> None:
    vault_service.add_user(session, "bob", "bob's long passphrase", [Role.CASEWORKER])
    with pytest.raises(InvalidInput) as refused:
        vault_service.remove_user(session, "bob")
    text = str(refused.value)
    assert text.startswith("bob was removed (key slot deleted, account disabled)")
    assert "open in another window" in text
    assert "rrr rotate-key" in text
    assert "bob" not in keys.SlotFile.load(vault_dir).usernames()
    assert not next(u for u in vault_service.list_users(session) if u.username == "bob").active


def test_a_backup_made_while_the_key_rotates_opens_with_the_passphrase(
    session: Session, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a review: a backup begun during a rotation met the new file with the old
    key ("damaged"), or copied the database under one key and the slots under another."""
    from rrr_desktop.vault import store
    from rrr_desktop.vault.store import Vault

    fill_demo(session, 5, seed=7)
    exporting = threading.Event()
    real_export = store._export

    def export(*args: Any, **kwargs: Any) -> None:
        exporting.set()
        real_export(*args, **kwargs)
        threading.Event().wait(0.3)  # copied, not yet renamed: the backup starts now

    monkeypatch.setattr(store, "_export", export)
    failed: list[BaseException] = []

    def back_up() -> None:
        exporting.wait(30)
        try:
            session.vault.backup_to(tmp_path / "backup")  # the vault's own copy, no gate
        except BaseException as exc:  # reported below
            failed.append(exc)

    backing_up = threading.Thread(target=back_up)
    backing_up.start()
    vault_service.rotate_data_key(session)
    backing_up.join(60)
    assert failed == []
    copy = Vault.unlock(tmp_path / "backup", "alice", PASSPHRASE)
    try:
        assert copy.connect().execute("SELECT count(*) FROM case_index").fetchone()[0] == 5
    finally:
        copy.lock()


KILLED_IN_SLOT_SAVE = """
import os, signal, sys
from pathlib import Path
from rrr_desktop.domain.enums import Role
from rrr_desktop.services import vault_service

real_fsync = os.fsync

def fsync(fd):
    if ".keyslots.json." in os.readlink(f"/proc/self/fd/{fd}"):
        os.kill(os.getpid(), signal.SIGKILL)  # the new slots written, not yet in place
    real_fsync(fd)

s = vault_service.open_session(Path(sys.argv[1]), "alice", sys.argv[2])
os.fsync = fsync
vault_service.add_user(s, "bob", "bob's long passphrase", [Role.CASEWORKER])
"""


def test_a_slot_save_killed_midway_leaves_no_hidden_copy_after_the_next_change(
    session: Session, vault_dir: Path
) -> None:
    """A killed save left a hidden copy of the slots beside them (with any user removed
    since still in it): the doctor saw it, nothing removed it."""
    from rrr_desktop import files

    session.close()
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_IN_SLOT_SAVE, str(vault_dir), PASSPHRASE],
        env={**os.environ, "RRR_INSECURE_FAST_KDF_FOR_TESTS": "1"},
        timeout=120,
        check=False,
    )
    assert proc.returncode == -9
    hidden = files.leftovers(vault_dir)
    assert [p.name.split(".")[1] for p in hidden] == ["keyslots"]
    not_ours = vault_dir / ".notes.part"
    not_ours.write_text("kept")
    reopened = vault_service.open_session(vault_dir, "alice", PASSPHRASE)
    try:
        vault_service.add_user(reopened, "carol", "carol's long passphrase", [Role.CASEWORKER])
    finally:
        reopened.close()
    assert files.leftovers(vault_dir) == [not_ours]
    assert "bob" not in keys.SlotFile.load(vault_dir).usernames()


def test_the_doctor_sees_the_log_of_a_killed_copy_too(tmp_path: Path) -> None:
    from rrr_desktop import files

    names = [".vault.db.0a1b2c3d.part", ".vault.db.0a1b2c3d.part-journal", ".x.part-wal"]
    for name in [*names, "vault.db", "vault.db-wal", "notes.part-journal"]:
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in files.leftovers(tmp_path)] == sorted(names)


HOLD_SLOTS = """
import sys, time
from pathlib import Path
from rrr_desktop.vault.inuse import slots_updating
with slots_updating(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.readline()
"""


def test_locking_the_window_during_a_rotation_waits_for_it_and_every_key_still_opens(
    session: Session, vault_dir: Path
) -> None:
    """Found by a review: the window locked (idle timer, quick exit) while a rotation
    waited for the key slots; the rotation then sealed an emptied key into every slot,
    and neither the passphrase nor the recovery key opened the vault again."""
    fill_demo(session, 3, seed=7)
    recovery = vault_service.create_recovery_key(session)
    holder = subprocess.Popen(  # another command changing a passphrase holds the slots
        [sys.executable, "-c", HOLD_SLOTS, str(vault_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdin is not None
    assert holder.stdout.readline().strip() == "held"
    rotating, outcome = _rotate_in_background(session)
    closing = threading.Thread(target=session.close)  # the window locks meanwhile
    closing.start()
    closing.join(0.5)
    holder.stdin.write("done\n")
    holder.stdin.flush()
    assert holder.wait(timeout=60) == 0
    rotating.join(60)
    closing.join(60)
    assert session.vault.locked
    assert len(outcome) == 1
    reopened = vault_service.open_session(vault_dir, "alice", PASSPHRASE)
    try:
        assert CaseService(reopened).count(CaseQuery()) == 3
    finally:
        reopened.close()
    vault_service.recover_user(vault_dir, recovery, "alice", "another long passphrase 123")


def test_a_refused_rotation_is_not_in_the_history(
    session: Session, other_window: subprocess.Popen[str]
) -> None:
    from rrr_desktop.services.audit_service import AuditService
    from rrr_desktop.vault.audit import AuditFilter

    def rotations() -> int:
        return len(AuditService(session).entries(AuditFilter(action="vault.rotate_key")))

    with pytest.raises(VaultInUse):
        vault_service.rotate_data_key(session)
    assert rotations() == 0
    other_window.kill()
    other_window.wait(timeout=30)
    vault_service.rotate_data_key(session)
    assert rotations() == 1


def _replace_in_rounds(
    folder: str, ready: Any, go: Any, begin: Any, wins: Any, done: Any, end: Any
) -> None:
    import time

    holder = UseLock(Path(folder))
    holder.share()
    ready.put(1)
    go.wait(60)
    for i in range(150):
        start = begin.value + i * 0.01
        while time.time() < start:
            pass
        try:
            with holder.exclusive():
                wins.put(1)
        except VaultInUse:
            pass
    done.put(1)
    end.wait(60)  # the vault stays open here until the other side is done too
    holder.release()


def test_two_windows_replacing_at_once_never_find_each_other_gone(tmp_path: Path) -> None:
    """Found by a review: taking the lock exclusive lets go of the shared lock first, so
    two windows trying at the same moment each found the other gone (296 of 300 rounds),
    and one rotated while the other had the vault open."""
    import multiprocessing
    import time

    spawn = multiprocessing.get_context("spawn")
    ready, wins, done = spawn.Queue(), spawn.Queue(), spawn.Queue()
    go, end, begin = spawn.Event(), spawn.Event(), spawn.Value("d", 0.0)
    sides = [
        spawn.Process(
            target=_replace_in_rounds,
            args=(str(tmp_path), ready, go, begin, wins, done, end),
        )
        for _ in range(2)
    ]
    for side in sides:
        side.start()
    for _ in sides:  # both hold the vault open before the first round
        ready.get(timeout=120)
    begin.value = time.time() + 0.2
    go.set()
    for _ in sides:
        done.get(timeout=120)
    end.set()
    for side in sides:
        side.join(120)
        assert side.exitcode == 0
    assert wins.empty()  # each held the vault open: neither may replace it


def test_a_window_opening_during_a_restore_holds_the_restored_vault(
    session: Session, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a review: a window that began opening while a restore held the lock got
    its lock on the folder set aside, and a rotation elsewhere went through while it
    had the restored vault open."""
    import time

    from rrr_desktop import files

    fill_demo(session, 3, seed=7)
    reference = CaseService(session).search(CaseQuery(limit=1))[0].reference
    backup = vault_service.backup(session, tmp_path / "stick" / "backup")
    session.close()
    moving = threading.Event()
    real_write_text = files.write_text

    def slow_marker(path: Path, text: str) -> None:
        if path.name == restore.PENDING:  # under the exclusive lock: a slow stick
            moving.set()
            time.sleep(1.0)
        real_write_text(path, text)

    monkeypatch.setattr(files, "write_text", slow_marker)
    opening = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault_dir), PASSPHRASE, "on-go"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "RRR_INSECURE_FAST_KDF_FOR_TESTS": "1"},
    )
    try:
        assert opening.stdout is not None
        assert opening.stdin is not None
        assert opening.stdout.readline().strip() == "ready"
        restoring = threading.Thread(
            target=lambda: restore.restore(backup, vault_dir, "alice", PASSPHRASE)
        )
        restoring.start()
        moving.wait(30)
        opening.stdin.write("go\n")  # it opens while the restore holds the lock
        opening.stdin.flush()
        restoring.join(60)
        assert opening.stdout.readline().strip() == "open"
        here = vault_service.open_session(vault_dir, "alice", PASSPHRASE)
        try:
            with pytest.raises(VaultInUse):
                vault_service.rotate_data_key(here)
            _let_it_write(opening, reference)
            assert CaseService(here).get(reference, audit=False).person.wishes == (
                "written in the other window"
            )
        finally:
            here.close()
    finally:
        opening.kill()
        opening.wait(timeout=30)


def test_locking_during_a_rotation_returns_at_once_and_wipes_the_key_when_it_ends(
    session: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window locks (idle timer, quick exit) on its own thread while a worker rotates
    a big vault: waiting for the rotation there froze the window for its whole length."""
    from rrr_desktop.vault import store

    fill_demo(session, 3, seed=7)
    copying, finish = threading.Event(), threading.Event()
    real_export = store._export

    def held_export(*args: Any) -> None:
        real_export(*args)
        copying.set()
        finish.wait(60)  # a big vault: the rotation goes on until the test lets it end

    monkeypatch.setattr(store, "_export", held_export)
    rotating, outcome = _rotate_in_background(session)
    assert copying.wait(60)
    closing = threading.Thread(target=session.close)
    closing.start()
    closing.join(30)
    assert not closing.is_alive()  # locked without waiting for the rotation
    assert rotating.is_alive()
    assert session.vault.locked
    with pytest.raises(VaultLocked):
        session.conn()
    finish.set()
    rotating.join(60)
    assert session.vault._key == bytearray()  # wiped once the rotation ended
    assert outcome == [None]  # it went through, recorded in the new file itself
    reopened = vault_service.open_session(vault_dir, "alice", PASSPHRASE)
    try:
        assert CaseService(reopened).count(CaseQuery()) == 3
    finally:
        reopened.close()


WRITING_WINDOW = """
import sys
from pathlib import Path
from rrr_desktop.services import vault_service
o = vault_service.open_session(Path(sys.argv[1]), "alice", sys.argv[2])
print("writing", flush=True)
for _ in range(int(sys.argv[3])):
    o.record_reading("case.view", "another window")
o.close()
"""


def test_signing_in_beside_a_window_that_writes_is_never_taken_for_tampering(
    session: Session, vault_dir: Path
) -> None:
    """Found by a review: the first write of a session checked the audit chain in several
    reads outside a transaction; another window's commit between them looked like entries
    cut out, and the sign-in was refused as "changed outside RRR Desktop"."""
    from rrr_desktop.vault.audit import AuditTampered

    for i in range(200):
        session.record_reading("case.view", f"x{i}")  # some history to check
    session.close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITING_WINDOW, str(vault_dir), PASSPHRASE, "1500"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "RRR_INSECURE_FAST_KDF_FOR_TESTS": "1"},
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "writing"
        refused = signed_in = 0
        while writer.poll() is None:
            try:
                vault_service.open_session(vault_dir, "alice", PASSPHRASE).close()
                signed_in += 1
            except AuditTampered:
                refused += 1
        assert writer.returncode == 0
        assert signed_in > 0
        assert refused == 0
    finally:
        writer.kill()
        writer.wait(timeout=30)


def _slow_rotation_export(monkeypatch: pytest.MonkeyPatch, started: threading.Event) -> None:
    from rrr_desktop.vault import store

    real_export = store._export

    def slow(conn: Any, out: Path, key: Any) -> None:
        real_export(conn, out, key)
        if out.name.startswith(".vault.db"):
            started.set()
            threading.Event().wait(1.5)  # a vault of some hundred MB

    monkeypatch.setattr(store, "_export", slow)


DURESS = "purple elephant dancing slowly"
OPEN_AS = """
import sys
from pathlib import Path
from rrr_desktop.services import vault_service
s = vault_service.open_session(Path(sys.argv[1]), "alice", sys.argv[2])
print("opened", s.directory.name, flush=True)
s.close()
"""


def test_a_duress_shred_during_a_rotation_in_another_window_stays_shredded(
    session: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a review: the rotation saved the slots it had read back over the shred."""
    fill_demo(session, 3, seed=7)
    vault_service.set_duress(session, DURESS, shreds=True)
    started = threading.Event()
    _slow_rotation_export(monkeypatch, started)
    rotating, outcome = _rotate_in_background(session)
    assert started.wait(60)
    coerced = subprocess.run(
        [sys.executable, "-c", OPEN_AS, str(vault_dir), DURESS],
        capture_output=True,
        text=True,
        env={**os.environ, "RRR_INSECURE_FAST_KDF_FOR_TESTS": "1"},
        timeout=120,
        check=False,
    )
    assert coerced.stdout.split() == ["opened", "cache"]  # the decoy
    rotating.join(60)
    session.close()
    assert not (vault_dir / "keyslots.json").exists()
    assert files_left_with_slots(vault_dir) == []
    with pytest.raises(KnownError):
        vault_service.open_session(vault_dir, "alice", PASSPHRASE)


def files_left_with_slots(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if "keyslots.json" in p.name]


def test_a_window_signing_in_during_a_rotation_elsewhere_opens(
    session: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a review: it read the slots, waited for the rotation with the key before,
    and was told the vault was damaged ("restore the latest backup")."""
    from rrr_desktop.vault import store

    fill_demo(session, 3, seed=7)
    started = threading.Event()
    _slow_rotation_export(monkeypatch, started)
    real_candidates = keys.candidate_keys

    def read_before_the_rotation_ends(*args: Any) -> list[bytes]:
        keys = real_candidates(*args)
        started.wait(60)  # the slots were read: the rotation is now under way
        return keys

    monkeypatch.setattr(store, "candidate_keys", read_before_the_rotation_ends)
    monkeypatch.setattr(inuse, "SHARE_WAIT_S", 120.0)  # a loaded machine: never VaultBusy
    rotating = threading.Thread(target=vault_service.rotate_data_key, args=(session,))
    rotating.start()
    other = vault_service.open_session(vault_dir, "alice", PASSPHRASE)
    rotating.join(60)
    try:
        assert CaseService(other).count(CaseQuery()) == 3
    finally:
        other.close()


def test_a_rotation_is_in_the_history_exactly_when_the_key_changed(
    session: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a review: locked during a rotation, the key changed and the history never
    said so (the entry was written after, into a locked vault)."""
    from rrr_desktop.services.audit_service import AuditService
    from rrr_desktop.vault.audit import AuditFilter

    started = threading.Event()
    _slow_rotation_export(monkeypatch, started)
    slots_before = (vault_dir / "keyslots.json").read_bytes()
    rotating = threading.Thread(target=vault_service.rotate_data_key, args=(session,))
    rotating.start()
    assert started.wait(60)
    session.close()  # the window locks during the rotation
    rotating.join(60)
    assert (vault_dir / "keyslots.json").read_bytes() != slots_before  # the key changed
    reopened = vault_service.open_session(vault_dir, "alice", PASSPHRASE)
    try:
        entries = AuditService(reopened).entries(AuditFilter(action="vault.rotate_key"))
        assert len(entries) == 1
    finally:
        reopened.close()
