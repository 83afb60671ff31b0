"""Repository of the handoff tables: peers, bundles, sync state, open conflicts, transfers.

Thin functions on a connection; callers hold the transaction. No personal data is ever
written here except inside the encrypted vault's own tables. Keys and cards are handled
by ``handoff/keys.py``; this module stores their text and fields.
"""

import dataclasses
import json
import secrets
import time
from collections.abc import Iterator
from typing import Any, Protocol

from rrr_desktop.domain import replica
from rrr_desktop.domain.sync_conflicts import Sibling, StoredConflict
from rrr_desktop.vault.db import Connection
from rrr_desktop.vault.records import delete_meta, get_meta, get_state, set_meta

IDENTITY_KEY = "handoff_identity"


def identity_text(conn: Connection) -> str:
    """This installation's handoff identity as ``Identity.to_json`` wrote it, or ""."""
    return get_meta(conn, IDENTITY_KEY) or ""


def save_identity_text(conn: Connection, text: str) -> None:
    set_meta(conn, IDENTITY_KEY, text)


class CardFields(Protocol):
    """What a contact card says about a peer (``handoff.keys.ContactCard`` has it)."""

    @property
    def fingerprint(self) -> str: ...
    @property
    def org_id(self) -> str: ...
    @property
    def org_name(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def device_id(self) -> str: ...
    @property
    def age_recipient(self) -> str: ...
    @property
    def signing_key(self) -> str: ...


@dataclasses.dataclass(frozen=True)
class Peer:
    fingerprint: str
    org_id: str
    org_name: str
    country: str
    device_id: str
    age_recipient: str
    signing_key: str
    trusted: bool
    added_at: str
    trusted_at: str


_PEER_COLS = (
    "fingerprint, org_id, org_name, country, device_id, age_recipient, signing_key, "
    "trusted, added_at, coalesce(trusted_at, '')"
)


def _peer(row: tuple[Any, ...]) -> Peer:
    return Peer(
        str(row[0]),
        str(row[1]),
        str(row[2]),
        str(row[3]),
        str(row[4]),
        str(row[5]),
        str(row[6]),
        bool(row[7]),
        str(row[8]),
        str(row[9]),
    )


def add_peer(conn: Connection, card: CardFields, card_text: str, at: str, by: str) -> None:
    conn.execute(
        "INSERT INTO handoff_peers(fingerprint, org_id, org_name, country, device_id, "
        "age_recipient, signing_key, trusted, added_at, added_by, card) "
        "VALUES (?,?,?,?,?,?,?,0,?,?,?)",
        (
            card.fingerprint,
            card.org_id,
            card.org_name,
            card.country,
            card.device_id,
            card.age_recipient,
            card.signing_key,
            at,
            by,
            card_text,
        ),
    )


def find_peer(conn: Connection, fingerprint: str) -> Peer | None:
    row = conn.execute(
        f"SELECT {_PEER_COLS} FROM handoff_peers WHERE fingerprint = ?", (fingerprint,)
    ).fetchone()
    return _peer(row) if row else None


def peer_with_keys(conn: Connection, age_recipient: str, signing_key: str) -> Peer | None:
    row = conn.execute(
        f"SELECT {_PEER_COLS} FROM handoff_peers WHERE age_recipient = ? OR signing_key = ?",
        (age_recipient, signing_key),
    ).fetchone()
    return _peer(row) if row else None


def list_peers(conn: Connection) -> list[Peer]:
    rows = conn.execute(f"SELECT {_PEER_COLS} FROM handoff_peers ORDER BY org_name, added_at")
    return [_peer(r) for r in rows]


def set_trusted(conn: Connection, fingerprint: str, trusted: bool, at: str) -> None:
    conn.execute(
        "UPDATE handoff_peers SET trusted = ?, trusted_at = ? WHERE fingerprint = ?",
        (int(trusted), at if trusted else None, fingerprint),
    )


def is_applied(conn: Connection, bundle_id: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM handoff_applied WHERE bundle_id = ?", (bundle_id,)).fetchone()
        is not None
    )


def mark_applied(
    conn: Connection,
    bundle_id: str,
    sender: str,
    kind: str,
    created_at: str,
    at: str,
    by: str,
    counts: dict[str, int],
) -> None:
    conn.execute(
        "INSERT INTO handoff_applied(bundle_id, sender, kind, created_at, applied_at, "
        "applied_by, counts) VALUES (?,?,?,?,?,?,?)",
        (bundle_id, sender, kind, created_at, at, by, json.dumps(counts, sort_keys=True)),
    )


def log_export(
    conn: Connection,
    bundle_id: str,
    peer: str,
    kind: str,
    at: str,
    by: str,
    counts: dict[str, int],
    upto: str,
) -> None:
    conn.execute(
        "INSERT INTO handoff_exports(bundle_id, peer, kind, created_at, created_by, counts, "
        "upto) VALUES (?,?,?,?,?,?,?)",
        (bundle_id, peer, kind, at, by, json.dumps(counts, sort_keys=True), upto),
    )


def history(conn: Connection, limit: int = 200) -> list[dict[str, Any]]:
    """Bundles written and applied, newest first (ids, kinds, counts; no case data)."""
    rows = conn.execute(
        "SELECT 'out', bundle_id, peer, kind, created_at, created_by, counts FROM handoff_exports "
        "UNION ALL SELECT 'in', bundle_id, sender, kind, applied_at, applied_by, counts "
        "FROM handoff_applied ORDER BY 5 DESC LIMIT ?",
        (limit,),
    )
    return [
        {
            "direction": r[0],
            "bundle_id": r[1],
            "peer": r[2],
            "kind": r[3],
            "at": r[4],
            "by": r[5],
            "counts": json.loads(r[6]),
        }
        for r in rows
    ]


def sync_state(conn: Connection, peer: str) -> tuple[str, str]:
    """(acked: our version the peer confirmed having, received: its version we have)."""
    row = conn.execute(
        "SELECT acked, received FROM handoff_sync_state WHERE peer = ?", (peer,)
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else ("", "")


# -- restores: epochs (docs/sync-model.md, "A laptop put back from a backup") -------------

EPOCH_KEY = "sync_epoch"  # this vault's sync epoch: new at every restore from a backup
REPLICA_KEY = "sync_replica"  # the device part of our versions after a restore ("" before)
COPY_MARK = "sync_copy"  # set in every backup copy: the first session there starts an epoch


def own_epoch(conn: Connection) -> str:
    """This vault's sync epoch, drawn the first time a bundle needs it (in a write)."""
    epoch = get_meta(conn, EPOCH_KEY)
    if not epoch:
        epoch = _draw_epoch("")
        set_meta(conn, EPOCH_KEY, epoch)
    return epoch


def _draw_epoch(before: str) -> str:
    """``<13-digit ms><8 hex>``: later epochs sort after earlier ones (a peer must tell a
    stick made before a restore from one made after it, in whatever order they come),
    and a restore's epoch after the epoch of the backup it put back, whatever the clock."""
    ms = int(time.time() * 1000)
    if before[:13].isdigit():
        ms = max(ms, int(before[:13]) + 1)
    return f"{ms:013d}{secrets.token_hex(4)}"


def replica_id(conn: Connection, device_id: str) -> str:
    """The device part of the versions this vault writes: the device id, then, after a
    restore, the device id and the epoch. A vault put back from a backup writes under a
    name nobody has seen: versions it made before and lost may have had later stamps
    (its clock had followed a laptop ahead of it), and under the old name every peer
    would take its new edits as seen and superseded, and drop them."""
    return get_meta(conn, REPLICA_KEY) or device_id


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


def begin_epoch(conn: Connection, device_id: str) -> str:
    """This vault was put back from a backup: it holds less than its peers believe. A new
    epoch (said in every sync bundle) makes each peer forget what it believed we held
    and send again everything it merged after ``restored``: what we held of its versions
    now, at the restore (the lower mark of two restores the peer has not seen yet)."""
    epoch = _draw_epoch(get_meta(conn, EPOCH_KEY))
    set_meta(conn, EPOCH_KEY, epoch)
    set_meta(conn, REPLICA_KEY, f"{device_id}.{epoch[13:]}")
    conn.execute(
        "UPDATE handoff_sync_state SET restored = CASE WHEN restored IS NULL THEN received "
        "ELSE min(restored, received) END"
    )
    delete_meta(conn, COPY_MARK)
    return epoch


@dataclasses.dataclass(frozen=True)
class SyncMarks:
    """What a sync bundle says about what each side holds (its manifest's fields)."""

    ack: str  # the latest of our versions the peer holds
    upto: str  # the peer's clock when it made the bundle
    since: str = ""  # our acknowledgement the bundle's records start after
    epoch: str = ""  # the peer's sync epoch
    ack_epoch: str = ""  # our epoch as the peer knows it: its ``ack`` is about that one
    restored: str = ""  # a new epoch: what the peer held of our versions at its restore


def marks_for(conn: Connection, peer: str) -> tuple[str, str, str]:
    """What a sync bundle to ``peer`` says besides its records: (the latest of its versions
    we hold, its epoch as we know it, what we held of its versions at a restore of ours it
    has not yet seen, or "")."""
    row = conn.execute(
        "SELECT received, epoch, restored FROM handoff_sync_state WHERE peer = ?", (peer,)
    ).fetchone()
    return (str(row[0]), str(row[1]), str(row[2] or "")) if row else ("", "", "")


def update_sync_state(conn: Connection, peer: str, marks: SyncMarks) -> bool:
    """What a sync bundle from ``peer`` says about what each side holds. Both marks only
    move forward, except where a laptop lost data (put back from a backup):

    - the peer's epoch is later than any seen from it: it was restored. What it was known
      to hold is forgotten, and our acknowledgement goes back to what it held of ours at
      the restore, so our next bundle carries everything it lost (its own work we hold
      included);
    - the peer's epoch is an earlier one: a stick made before its restore. Its records
      merge as any, but it says nothing true about what the peer holds now: no mark moves
      and nothing is remembered as held there (returns False);
    - its ``ack`` is about an earlier epoch of ours: we were restored since, and it does
      not yet know. The ack is not taken (it may cover versions we lost and drew again);
    - here: a bundle that starts after what we hold of the peer's (``since`` beyond our
      mark) leaves our mark where it is, so our next bundle tells the peer how little we
      hold, instead of claiming everything up to its clock;
    - there, for a restore without an epoch (a copy of the files put back by hand): a
      bundle made after every one before it that holds less of ours than the peer had
      acknowledged. Its acknowledgement goes back and what it held is forgotten.

    A late stick of the same epoch (made before the last one seen) changes nothing."""
    row = conn.execute(
        "SELECT acked, received, epoch FROM handoff_sync_state WHERE peer = ?", (peer,)
    ).fetchone()
    held_acked, held_received, held_epoch = (str(v) for v in row) if row else ("", "", "")
    ours = own_epoch(conn)
    ack_ok = marks.ack_epoch == ours or (not marks.ack_epoch and not get_meta(conn, REPLICA_KEY))
    if marks.epoch and held_epoch and marks.epoch < held_epoch:
        return False
    if marks.epoch and held_epoch and marks.epoch > held_epoch:
        # What it says it held of ours is about our current versions only if it knows our
        # epoch; otherwise our own restored mark is the safe one.
        acked = marks.restored if ack_ok else min(marks.restored, held_acked)
        received = marks.upto if marks.since <= held_received else ""
        _set_marks(conn, peer, acked, received, marks.epoch, ack_ok)
        conn.execute("DELETE FROM sync_known WHERE peer = ?", (peer,))
        return True
    epoch = max(held_epoch, marks.epoch)
    acked = marks.ack if ack_ok else held_acked
    received = marks.upto
    newer = received > held_received
    if marks.since > held_received:
        received = held_received
    if held_received and newer and acked < held_acked:
        _set_marks(conn, peer, acked, received, epoch, ack_ok)
        conn.execute("DELETE FROM sync_known WHERE peer = ?", (peer,))
        return True
    _set_marks(conn, peer, max(acked, held_acked), max(received, held_received), epoch, ack_ok)
    return True


def _set_marks(
    conn: Connection, peer: str, acked: str, received: str, epoch: str, ack_ok: bool
) -> None:
    """``ack_ok``: the peer knows our current epoch, so no restore of ours is pending there."""
    conn.execute(
        "INSERT INTO handoff_sync_state(peer, acked, received, epoch) VALUES (?,?,?,?) "
        "ON CONFLICT(peer) DO UPDATE SET acked = excluded.acked, "
        "received = excluded.received, epoch = excluded.epoch, "
        "restored = CASE WHEN ? THEN NULL ELSE restored END",
        (peer, acked, received, epoch, ack_ok),
    )


def changed_since(
    conn: Connection, since: str, peer: str
) -> Iterator[tuple[str, str, bytes, bool]]:
    """(id, kind, compressed state, deleted) of records whose state changed here after
    ``since`` (this device's clock: edits and merges alike), except those the peer holds
    exactly as we do because it sent them to us."""
    for row in conn.execute(
        "SELECT r.id, r.kind, r.state, r.deleted FROM records r "
        "LEFT JOIN sync_known k ON k.peer = ? AND k.record_id = r.id "
        "WHERE r.hlc > ? AND (k.hlc IS NULL OR k.hlc != r.hlc) ORDER BY r.hlc",
        (peer, since),
    ):
        yield row[0], row[1], row[2], bool(row[3])


def remember_known(conn: Connection, peer: str, rows: list[tuple[str, str]]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO sync_known(peer, record_id, hlc) VALUES (?, ?, ?)",
        [(peer, rid, hlc) for rid, hlc in rows],
    )


def conflict_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0])


def open_conflicts(
    conn: Connection, record_id: str = "", limit: int = 1000, offset: int = 0
) -> list[StoredConflict]:
    """Open conflicts with the values on each side, read from the records' states."""
    sql = "SELECT id, record_id, path FROM sync_conflicts"
    params: tuple[Any, ...] = ()
    if record_id:
        sql += " WHERE record_id = ?"
        params = (record_id,)
    rows = conn.execute(
        sql + " ORDER BY record_id, path LIMIT ? OFFSET ?", (*params, limit, offset)
    )
    out: list[StoredConflict] = []
    states: dict[str, replica.State] = {}
    for cid, rid, path in rows.fetchall():
        if rid not in states:
            states[rid] = get_state(conn, rid) or replica.empty_state()
        reg = states[rid]["r"].get(path)
        if reg is None or not replica.in_conflict(reg):
            continue
        out.append(
            StoredConflict(cid, rid, path, tuple(Sibling(s[2], s[0], s[1]) for s in reg["s"]))
        )
    return out


def find_conflict(conn: Connection, conflict_id: int) -> tuple[str, str] | None:
    """(record id, path) of an open conflict, by its number."""
    row = conn.execute(
        "SELECT record_id, path FROM sync_conflicts WHERE id = ?", (conflict_id,)
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def add_transfer(
    conn: Connection,
    bundle_id: str,
    direction: str,
    kind: str,
    peer: str,
    recipient: str,
    record_id: str,
    purpose: str,
    legal_basis: str,
    fields: list[str],
    at: str,
    by: str,
) -> None:
    conn.execute(
        "INSERT INTO handoff_transfers(bundle_id, direction, kind, peer, recipient, record_id, "
        "purpose, legal_basis, fields, at, by) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            bundle_id,
            direction,
            kind,
            peer,
            recipient,
            record_id,
            purpose,
            legal_basis,
            json.dumps(sorted(fields)),
            at,
            by,
        ),
    )


def transfers(conn: Connection, record_id: str = "") -> list[dict[str, Any]]:
    sql = (
        "SELECT bundle_id, direction, kind, peer, recipient, record_id, purpose, "
        "legal_basis, fields, at, by FROM handoff_transfers"
    )
    params: tuple[str, ...] = ()
    if record_id:
        sql += " WHERE record_id = ?"
        params = (record_id,)
    keys = (
        "bundle_id",
        "direction",
        "kind",
        "peer",
        "recipient",
        "record_id",
        "purpose",
        "legal_basis",
        "fields",
        "at",
        "by",
    )
    out = []
    for row in conn.execute(sql + " ORDER BY id", params):
        item = dict(zip(keys, row, strict=True))
        item["fields"] = json.loads(item["fields"])
        out.append(item)
    return out
