"""Sync epochs (docs/sync-model.md, "A laptop put back from a backup"): a backup copy
used as a vault starts a new epoch and writes its versions under a new name; a peer's
marks follow only its latest epoch, whatever order its bundles arrive in."""

from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from rrr_desktop.services import restore, vault_service
from rrr_desktop.services.session import Session
from rrr_desktop.vault import db
from rrr_desktop.vault import handoff_tables as store
from rrr_desktop.vault import sync_epochs as epochs
from rrr_desktop.vault.records import delete_meta, get_meta
from rrr_desktop.vault.store import Vault
from tests.conftest import PASSPHRASE

PEER = "f" * 40


def _conn() -> Any:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    db.migrate(conn)
    return conn


def _row(conn: Any) -> tuple[Any, ...] | None:
    return conn.execute(
        "SELECT acked, received, epoch, restored FROM handoff_sync_state WHERE peer = ?", (PEER,)
    ).fetchone()


def _known(conn: Any) -> int:
    return int(
        conn.execute("SELECT count(*) FROM sync_known WHERE peer = ?", (PEER,)).fetchone()[0]
    )


@st.composite
def _histories(draw: st.DrawFn) -> list[epochs.SyncMarks]:
    """A peer's sync bundles over 1-4 epochs (its first, then restores). Within an epoch
    its clock moves forward; a restore may set it back (the clock had followed a laptop
    ahead). The bundles of a restore's epoch say a restore is pending."""
    out = []
    for n in range(draw(st.integers(1, 4))):
        tail = draw(st.sampled_from(["0a1b2c3d00000000", "ffff000012345678"]))
        epoch = f"{1_790_000_000_000 + n * 1000:013d}{tail}"
        start = draw(st.integers(0, 50))
        for k in range(draw(st.integers(1, 4))):
            upto = f"{1_790_000_000_000 + start + k:013d}-0000-peer"
            out.append(epochs.SyncMarks(ack="", upto=upto, epoch=epoch, after_restore=n > 0))
    return out


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_marks_follow_only_the_latest_epoch_whatever_order_bundles_arrive_in(
    data: st.DataObject,
) -> None:
    history = data.draw(_histories())
    arrivals = data.draw(st.lists(st.sampled_from(history), min_size=1, max_size=12))
    conn = _conn()
    seen: set[str] = set()
    for marks in arrivals:
        store.remember_known(conn, PEER, [("r1", "x"), ("r2", "y")])
        before, known = _row(conn), _known(conn)
        current = epochs.update_sync_state(conn, PEER, marks, "abcdef123456")
        after = _row(conn)
        assert after is not None
        latest = max(seen, default="")
        if marks.epoch in seen and marks.epoch < latest:  # made before a later restore
            assert not current
            assert after == before, "a stick from an earlier epoch moved a mark"
            assert _known(conn) == known
        elif marks.epoch not in seen and (seen or marks.after_restore):
            assert _known(conn) == 0, "what the restored laptop held was not forgotten"
            if marks.epoch > latest:  # its latest restore: marks start again from here
                assert current
                assert after[1] == marks.upto
            else:  # a late stick of an earlier restore: nothing moves forward
                assert not current
                assert before is not None
                assert after[1:3] == before[1:3]
        else:
            assert current
        seen.add(marks.epoch)
        assert after[2] == max(seen), "the latest epoch seen is not the one followed"
    newest = [m.upto for m in arrivals if m.epoch == max(seen)]
    assert _row(conn)[1] == max(newest)  # type: ignore[index]


def test_an_ack_about_an_earlier_epoch_of_ours_is_not_taken() -> None:
    conn = _conn()
    ours = epochs.own_epoch(conn)
    update = epochs.update_sync_state
    update(conn, PEER, epochs.SyncMarks(ack="0005", upto="1", ack_epoch=ours), "abcdef123456")
    assert _row(conn)[0] == "0005"  # type: ignore[index]
    epochs.begin_epoch(conn, "abcdef123456")  # this vault was put back from a backup
    said = epochs.marks_for(conn, PEER, "9", "")
    assert said.after_restore
    assert said.restored == "1", "what we held of the peer's at the restore"
    update(conn, PEER, epochs.SyncMarks(ack="0009", upto="2", ack_epoch=ours), "abcdef123456")
    assert _row(conn)[0] == "0005", "an ack about our earlier epoch was taken"  # type: ignore[index]
    assert epochs.marks_for(conn, PEER, "9", "").after_restore  # the peer has not seen it
    new = epochs.own_epoch(conn)
    assert new > ours
    update(conn, PEER, epochs.SyncMarks(ack="0007", upto="3", ack_epoch=new), "abcdef123456")
    assert _row(conn)[0] == "0007"  # type: ignore[index]
    assert not epochs.marks_for(conn, PEER, "9", "").after_restore, "the peer knows it"


def test_two_restores_the_peer_has_not_seen_keep_the_lower_mark() -> None:
    conn = _conn()
    epochs.update_sync_state(conn, PEER, epochs.SyncMarks(ack="", upto="0003"), "abcdef123456")
    epochs.begin_epoch(conn, "abcdef123456")
    conn.execute("UPDATE handoff_sync_state SET received = '0009'")  # read more since
    epochs.begin_epoch(conn, "abcdef123456")
    assert epochs.marks_for(conn, PEER, "9", "").restored == "0003"


def test_a_peer_that_saw_a_later_epoch_of_ours_makes_us_draw_one_after_it() -> None:
    """This vault is an older copy (its backup was also put back elsewhere, or it was
    restored on a clock behind): its versions go under a new name, its epoch after. An
    epoch no copy of this vault drew (a peer made it up) changes nothing."""
    conn = _conn()
    store.save_identity_text(conn, '{"secret": "this installation"}')
    ours = epochs.own_epoch(conn)
    made_up = f"{int(ours[:13]) + 5000:013d}{ours[13:21]}00000000"
    epochs.update_sync_state(conn, PEER, epochs.SyncMarks(ack="", upto="1", ack_epoch=made_up), "d")
    assert epochs.own_epoch(conn) == ours
    assert epochs.replica_id(conn, "d") == "d"
    later = epochs._draw_epoch(conn, f"{int(ours[:13]) + 40 * 86_400_000:013d}")  # 40 days
    assert epochs.is_ours(conn, later)
    epochs.update_sync_state(conn, PEER, epochs.SyncMarks(ack="", upto="2", ack_epoch=later), "d")
    assert epochs.own_epoch(conn) > later
    assert epochs.replica_id(conn, "d").startswith("d.")
    store.save_identity_text(conn, '{"secret": "another installation"}')
    assert not epochs.is_ours(conn, later)


def _epoch_and_replica(session: Session) -> tuple[str, str]:
    with session.write() as conn:
        return epochs.own_epoch(conn), session.replica_id


def test_a_backup_used_as_a_vault_starts_a_new_epoch_and_writes_under_a_new_name(
    session: Session, tmp_path: Path
) -> None:
    epoch, replica = _epoch_and_replica(session)
    assert replica == session.device_id  # never restored: versions as before
    vault_service.backup(session, tmp_path / "backup")
    session.vault.rotate_key()  # a rotation copies the database too: not a backup
    assert not get_meta(session.conn(), epochs.COPY_MARK)
    copy = vault_service.open_session(tmp_path / "backup", "alice", PASSPHRASE)
    try:
        new_epoch, new_replica = _epoch_and_replica(copy)
        assert new_epoch > epoch
        assert new_replica.startswith(session.device_id + ".")
        assert new_replica != replica
        assert copy.next_version().endswith("-" + new_replica)
        assert not get_meta(copy.conn(), epochs.COPY_MARK)
    finally:
        copy.close()
    again = vault_service.open_session(tmp_path / "backup", "alice", PASSPHRASE)
    try:
        assert _epoch_and_replica(again) == (new_epoch, new_replica)  # once per restore
    finally:
        again.close()


@pytest.mark.parametrize("made_before_the_mark", [False, True])
def test_a_restored_vault_starts_a_new_epoch(
    session: Session, vault_dir: Path, tmp_path: Path, made_before_the_mark: bool
) -> None:
    epoch, _ = _epoch_and_replica(session)
    vault_service.backup(session, tmp_path / "backup")
    if made_before_the_mark:  # a backup made by a version without the mark
        vault = Vault.unlock(tmp_path / "backup", "alice", PASSPHRASE)
        conn = vault.connect()
        with db.transaction(conn):
            delete_meta(conn, epochs.COPY_MARK)
        conn.close()
        vault.lock()
    session.close()
    restore.restore(tmp_path / "backup", vault_dir, "alice", PASSPHRASE)
    restored = vault_service.open_session(vault_dir, "alice", PASSPHRASE)
    try:
        new_epoch, replica = _epoch_and_replica(restored)
        assert new_epoch > epoch
        assert replica != restored.device_id
    finally:
        restored.close()
