"""What each laptop knows of what another holds, across restores from a backup.

A sync bundle says how far each side holds the other's versions (``ack``/``upto``); a
laptop put back from a backup holds less than its peers believe. Every backup copy is
marked; the first session on a marked vault draws a new **epoch** and writes its versions
under a new name. Peers seeing a new epoch forget what they believed the laptop held and
send again from what it held at its restore (docs/sync-model.md, "A laptop put back from
a backup"). Functions on a connection; callers hold the write transaction.
"""

import dataclasses
import datetime as dt
import hashlib
import hmac
import logging
import secrets
import time

from rrr_desktop.vault.db import Connection
from rrr_desktop.vault.handoff_tables import identity_text
from rrr_desktop.vault.records import delete_meta, get_meta, set_meta

log = logging.getLogger("rrr.vault")

EPOCH_KEY = "sync_epoch"  # this vault's sync epoch: new at every restore from a backup
REPLICA_KEY = "sync_replica"  # the device part of our versions after a restore ("" before)
COPY_MARK = "sync_copy"  # set in every backup copy: the first session there starts an epoch
RESTORED_AT_KEY = "sync_restored_at"  # when the latest epoch was drawn by a restore (UTC)
EPOCH_MS = 13  # an epoch is ``<13-digit ms><8 hex random><8 hex tag>``: later sorts later
LAST_MS = 10**EPOCH_MS - 1


def own_epoch(conn: Connection) -> str:
    """This vault's sync epoch, drawn the first time a bundle needs it. An export draws it
    in a write of its own first (``has_epoch``): drawn in an export that then failed, it
    would leave a stick with an epoch this vault never kept."""
    epoch = get_meta(conn, EPOCH_KEY)
    if not epoch:
        epoch = _draw_epoch(conn, "")
        set_meta(conn, EPOCH_KEY, epoch)
    return epoch


def has_epoch(conn: Connection) -> bool:
    return bool(get_meta(conn, EPOCH_KEY))


def _draw_epoch(conn: Connection, after: str) -> str:
    """Later than ``after`` (the epoch of the backup put back, or one a peer saw of ours),
    whatever this laptop's clock says; tagged so that this vault's copies, and only they,
    can tell an epoch of theirs from one a peer made up."""
    ms = int(time.time() * 1000)
    if after[:EPOCH_MS].isdigit():
        ms = max(ms, int(after[:EPOCH_MS]) + 1)
    head = f"{min(ms, LAST_MS):013d}{secrets.token_hex(4)}"
    return head + _tag(conn, head)


def _tag(conn: Connection, head: str) -> str:
    """An HMAC of the epoch under a key from this installation's secret handoff identity
    (every copy of the vault has it; no peer does)."""
    key = hashlib.sha256(b"rrr sync epoch\0" + identity_text(conn).encode()).digest()
    return hmac.new(key, head.encode(), hashlib.sha256).hexdigest()[:8]


def is_ours(conn: Connection, epoch: str) -> bool:
    """Whether a copy of this vault drew ``epoch`` (a peer echoes it as ours)."""
    head = epoch[: EPOCH_MS + 8]
    return len(epoch) == EPOCH_MS + 16 and hmac.compare_digest(epoch[-8:], _tag(conn, head))


def replica_id(conn: Connection, device_id: str) -> str:
    """The device part of the versions this vault writes: the device id, then, after a
    restore, the device id and part of the epoch. A vault put back from a backup writes
    under a name nobody has seen: versions it made before and lost may have had later
    stamps (its clock had followed a laptop ahead of it), and under the old name every
    peer would take its new edits as seen and superseded, and drop them."""
    return get_meta(conn, REPLICA_KEY) or device_id


def restored_here(conn: Connection) -> bool:
    return bool(get_meta(conn, REPLICA_KEY))


def needs_new_epoch(conn: Connection) -> bool:
    return bool(get_meta(conn, COPY_MARK))


def mark_as_copy(conn: Connection, schema: str = "main") -> None:
    """A copy of the vault (a backup) that is ever used as a vault starts a new epoch."""
    if schema not in ("main", "exported"):  # a name in SQL, never data
        raise ValueError(schema)
    conn.execute(
        f"INSERT INTO {schema}.meta(key, value) VALUES (?, '1') "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (COPY_MARK,),
    )


def begin_epoch(conn: Connection, device_id: str, after: str = "") -> str:
    """This vault holds less than its peers believe (put back from a backup, or a copy
    a peer has seen a later epoch of). A new epoch, said in every sync bundle, makes each
    peer forget what it believed we held and send again everything it merged after
    ``restored``: what we held of its versions now (with the epoch of the peer that mark
    is about). Two restores the peer has not seen keep the lower mark, or none when they
    are about different epochs of the peer."""
    epoch = _draw_epoch(conn, max(get_meta(conn, EPOCH_KEY), after))
    set_meta(conn, EPOCH_KEY, epoch)
    set_meta(conn, REPLICA_KEY, f"{device_id}.{epoch[EPOCH_MS : EPOCH_MS + 8]}")
    set_meta(conn, RESTORED_AT_KEY, dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M"))
    conn.execute(
        "UPDATE handoff_sync_state SET "
        "restored = CASE WHEN restored IS NULL THEN received "
        "  WHEN restored_epoch = epoch THEN min(restored, received) ELSE '' END, "
        "restored_epoch = CASE WHEN restored IS NULL OR restored_epoch = epoch THEN epoch "
        "  ELSE '' END"
    )
    delete_meta(conn, COPY_MARK)
    return epoch


def still_to_sync(conn: Connection, org_id: str) -> tuple[str, list[str]] | None:
    """After a restore: when it was (UTC), and the fingerprints of this organisation's
    other laptops that have not yet synced with the restored vault (they may hold what it
    lost). None when this vault was never restored."""
    if not restored_here(conn):
        return None
    rows = conn.execute(
        "SELECT p.fingerprint FROM handoff_peers p "
        "LEFT JOIN handoff_sync_state s ON s.peer = p.fingerprint "
        "WHERE p.org_id = ? AND p.trusted = 1 AND (s.peer IS NULL OR s.restored IS NOT NULL) "
        "ORDER BY p.added_at",
        (org_id,),
    )
    return get_meta(conn, RESTORED_AT_KEY), [str(r[0]) for r in rows]


@dataclasses.dataclass(frozen=True)
class SyncMarks:
    """What a sync bundle says about what each side holds: its manifest's fields of the
    same names (the manifest is built from them and read back into them)."""

    ack: str  # the latest of the recipient's versions the sender holds
    upto: str  # the sender's clock when it made the bundle
    since: str = ""  # the sender's acknowledgement its records start after
    epoch: str = ""  # the sender's sync epoch
    ack_epoch: str = ""  # the recipient's epoch as the sender knows it: ``ack`` is about it
    after_restore: bool = False  # the sender was restored, and the recipient has not seen it
    restored: str = ""  # then: what the sender held of the recipient's versions
    restored_epoch: str = ""  # and the recipient's epoch that mark is about


def marks_for(conn: Connection, peer: str, upto: str, since: str) -> SyncMarks:
    """What a sync bundle to ``peer`` says besides its records."""
    row = conn.execute(
        "SELECT received, epoch, restored, restored_epoch FROM handoff_sync_state WHERE peer = ?",
        (peer,),
    ).fetchone()
    received, peer_epoch = (str(row[0]), str(row[1])) if row else ("", "")
    pending = restored_here(conn) and (row is None or row[2] is not None)
    return SyncMarks(
        ack=received,
        upto=upto,
        since=since,
        epoch=own_epoch(conn),
        ack_epoch=peer_epoch,
        after_restore=pending,
        restored=str(row[2] or "") if pending and row else "",
        restored_epoch=str(row[3]) if pending and row else "",
    )


def update_sync_state(conn: Connection, peer: str, marks: SyncMarks, device_id: str) -> bool:
    """What a sync bundle from ``peer`` says about what each side holds. Both marks only
    move forward, except where a laptop lost data. Returns False for a bundle that says
    nothing true about what the peer holds now (made before its latest restore): its
    records merge as any, but nothing is remembered as held there.

    - The peer's epoch is new: it was restored (or its first epoch, when it says no
      restore is pending). What it was known to hold is forgotten, and our
      acknowledgement goes back to what it held of ours at the restore (when that mark is
      about our current epoch; otherwise to nothing), so our next bundle carries
      everything it lost, its own work we hold included. A new epoch that sorts before
      the latest seen (a late stick of an earlier restore, or a restore on a clock behind)
      forgets the same, and moves nothing forward.
    - The peer's epoch is an earlier one, or none after epochs were seen (a stick from
      the previous version): a stick made before its latest restore. No mark moves.
    - Its ``ack`` is about an earlier epoch of ours: we were restored since and it does not
      know yet. The ack is not taken (it may cover versions we lost and drew again).
    - It saw a later epoch of ours than we have, one a copy of this vault drew (its tag
      says so): this vault is an older copy (restored elsewhere too, or on a clock
      behind). We draw an epoch after that one, so the peers forget what they believed
      this copy held. A made-up epoch is ignored.
    - Here: a bundle that starts after what we hold of the peer's (``since`` beyond our
      mark) leaves our mark where it is, so our next bundle tells the peer how little we
      hold. There, for a restore without an epoch (files copied back by hand): a bundle
      made after every one before it that holds less of ours than the peer had
      acknowledged. Its acknowledgement goes back and what it held is forgotten."""
    row = conn.execute(
        "SELECT acked, received, epoch, seen_epochs FROM handoff_sync_state WHERE peer = ?",
        (peer,),
    ).fetchone()
    held_acked, held_received, current = (str(v) for v in row[:3]) if row else ("", "", "")
    seen = str(row[3]).split() if row else []
    ours = own_epoch(conn)
    if marks.ack_epoch > ours and is_ours(conn, marks.ack_epoch):
        log.warning("a peer has seen a later sync epoch of this vault: a new epoch is drawn")
        ours = begin_epoch(conn, device_id, after=marks.ack_epoch)
    ack_ok = marks.ack_epoch == ours or (not marks.ack_epoch and not restored_here(conn))
    epoch = marks.epoch
    if not epoch and seen:  # the previous version's stick, after epochs were seen
        return False
    if epoch and epoch in seen and epoch != current:  # made before its latest restore
        return False
    if epoch and epoch not in seen and (seen or marks.after_restore):
        seen.append(epoch)
        conn.execute("DELETE FROM sync_known WHERE peer = ?", (peer,))
        mark = marks.restored if marks.restored_epoch == ours else ""
        if epoch > current:
            received = marks.upto if marks.since <= held_received else ""
            _set_marks(conn, peer, mark, received, epoch, seen, ack_ok)
            return True
        _set_marks(conn, peer, min(mark, held_acked), held_received, current, seen, ack_ok)
        return False
    if epoch and epoch not in seen:  # its first epoch we see, no restore pending
        seen.append(epoch)
        current = epoch
    acked = marks.ack if ack_ok else held_acked
    received = marks.upto
    newer = received > held_received
    if marks.since > held_received:
        received = held_received
    if held_received and newer and acked < held_acked:
        _set_marks(conn, peer, acked, received, current, seen, ack_ok)
        conn.execute("DELETE FROM sync_known WHERE peer = ?", (peer,))
        return True
    acked, received = max(acked, held_acked), max(received, held_received)
    _set_marks(conn, peer, acked, received, current, seen, ack_ok)
    return True


def _set_marks(
    conn: Connection,
    peer: str,
    acked: str,
    received: str,
    epoch: str,
    seen: list[str],
    ack_ok: bool,
) -> None:
    """``ack_ok``: the peer knows our current epoch, so no restore of ours is pending
    there; otherwise a peer met for the first time since our restore is pending with
    nothing held (we held nothing of its versions at the restore)."""
    conn.execute(
        "INSERT INTO handoff_sync_state(peer, acked, received, epoch, seen_epochs, restored) "
        "VALUES (?,?,?,?,?, CASE WHEN ? THEN NULL ELSE '' END) "
        "ON CONFLICT(peer) DO UPDATE SET acked = excluded.acked, "
        "received = excluded.received, epoch = excluded.epoch, "
        "seen_epochs = excluded.seen_epochs, "
        "restored = CASE WHEN ? THEN NULL ELSE restored END",
        (peer, acked, received, epoch, " ".join(seen), ack_ok, ack_ok),
    )
