"""SQL for the handoff tables (migration 0002): peers, bundles, bases, conflicts, transfers.

Thin functions on a connection; callers hold the transaction. No personal data is ever
written here except inside the encrypted vault's own tables.
"""

import dataclasses
import json
from collections.abc import Iterator
from typing import Any

from rrr_desktop.handoff.keys import ContactCard, Identity
from rrr_desktop.vault.db import Connection
from rrr_desktop.vault.records import decode_doc, encode_doc, get_meta, set_meta

IDENTITY_KEY = "handoff_identity"


def load_identity(conn: Connection) -> Identity | None:
    text = get_meta(conn, IDENTITY_KEY)
    return Identity.from_json(text) if text else None


def save_identity(conn: Connection, identity: Identity) -> None:
    set_meta(conn, IDENTITY_KEY, identity.to_json())


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


def add_peer(conn: Connection, card: ContactCard, card_text: str, at: str, by: str) -> None:
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


def update_sync_state(conn: Connection, peer: str, acked: str, received: str) -> None:
    conn.execute(
        "INSERT INTO handoff_sync_state(peer, acked, received) VALUES (?,?,?) "
        "ON CONFLICT(peer) DO UPDATE SET acked = max(acked, excluded.acked), "
        "received = max(received, excluded.received)",
        (peer, acked, received),
    )


@dataclasses.dataclass(frozen=True)
class Version:
    hlc: str
    deleted: bool
    data: dict[str, Any]


def get_base(conn: Connection, peer: str, record_id: str) -> Version | None:
    row = conn.execute(
        "SELECT hlc, deleted, data FROM handoff_base WHERE peer = ? AND record_id = ?",
        (peer, record_id),
    ).fetchone()
    return Version(row[0], bool(row[1]), json.loads(decode_doc(row[2]))) if row else None


def put_base(conn: Connection, peer: str, record_id: str, version: Version) -> None:
    put_bases(conn, peer, [(record_id, version)])


def put_bases(conn: Connection, peer: str, rows: list[tuple[str, Version]]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO handoff_base(peer, record_id, hlc, deleted, data) "
        "VALUES (?,?,?,?,?)",
        [
            (
                peer,
                record_id,
                v.hlc,
                int(v.deleted),
                encode_doc(json.dumps(v.data, ensure_ascii=False, separators=(",", ":"))),
            )
            for record_id, v in rows
        ],
    )


def scrub_deleted_bases(conn: Connection) -> None:
    """Deleted here (e.g. retention): keep only the version of our copies, not the data.

    An empty base still turns "deleted here, edited there" into a conflict, never a
    silent return of deleted data.
    """
    conn.execute(
        "UPDATE handoff_base SET data = ? WHERE length(data) > 16 AND record_id IN "
        "(SELECT id FROM records WHERE deleted = 1)",
        (encode_doc("{}"),),
    )


def base_hlcs(conn: Connection, peer: str) -> dict[str, str]:
    return dict(
        conn.execute("SELECT record_id, hlc FROM handoff_base WHERE peer = ?", (peer,)).fetchall()
    )


def mark_received(conn: Connection, rows: list[tuple[str, str]]) -> None:
    """Versions stored with another device's clock: remember when they arrived here."""
    conn.executemany("INSERT OR REPLACE INTO handoff_received(id, local_hlc) VALUES (?, ?)", rows)


def changed_since(conn: Connection, since: str) -> Iterator[tuple[str, str, bytes, str, str, bool]]:
    """(id, kind, compressed data, hlc, device, deleted) of records changed after ``since``.

    Local edits carry our clock's version; versions from elsewhere count from their arrival.
    """
    cols = "r.id, r.kind, r.data, r.hlc, r.device, r.deleted"
    for row in conn.execute(
        f"SELECT {cols} FROM records r WHERE r.hlc > ? UNION ALL "
        f"SELECT {cols} FROM handoff_received h JOIN records r ON r.id = h.id "
        "WHERE h.local_hlc > ? AND r.hlc <= ?",
        (since, since, since),
    ):
        yield row[0], row[1], row[2], row[3], row[4], bool(row[5])


def _json_cell(value: Any, missing: bool) -> str:
    return json.dumps({} if missing else {"v": value}, sort_keys=True, ensure_ascii=False)


def add_conflict(
    conn: Connection,
    peer: str,
    bundle_id: str,
    record_id: str,
    path: list[str],
    cells: tuple[tuple[Any, bool], tuple[Any, bool], tuple[Any, bool]],
    at: str,
) -> None:
    (base, b_missing), (local, l_missing), (remote, r_missing) = cells
    conn.execute(
        "INSERT INTO handoff_conflicts(peer, bundle_id, record_id, path, base, local, remote, "
        "created_at) VALUES (?,?,?,?,?,?,?,?)",
        (
            peer,
            bundle_id,
            record_id,
            json.dumps(path),
            _json_cell(base, b_missing),
            _json_cell(local, l_missing),
            _json_cell(remote, r_missing),
            at,
        ),
    )


@dataclasses.dataclass(frozen=True)
class StoredConflict:
    id: int
    peer: str
    bundle_id: str
    record_id: str
    path: tuple[str, ...]
    base: dict[str, Any]  # {"v": value} or {} when absent
    local: dict[str, Any]
    remote: dict[str, Any]
    created_at: str


def open_conflicts(conn: Connection, record_id: str = "") -> list[StoredConflict]:
    sql = (
        "SELECT id, peer, bundle_id, record_id, path, base, local, remote, created_at "
        "FROM handoff_conflicts WHERE resolved_at IS NULL"
    )
    params: tuple[str, ...] = ()
    if record_id:
        sql += " AND record_id = ?"
        params = (record_id,)
    return [
        StoredConflict(
            r[0],
            r[1],
            r[2],
            r[3],
            tuple(json.loads(r[4])),
            json.loads(r[5]),
            json.loads(r[6]),
            json.loads(r[7]),
            r[8],
        )
        for r in conn.execute(sql + " ORDER BY id", params)
    ]


def records_with_open_conflicts(conn: Connection) -> set[str]:
    return {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT record_id FROM handoff_conflicts WHERE resolved_at IS NULL"
        )
    }


def resolve_conflict(conn: Connection, conflict_id: int, choice: str, at: str, by: str) -> None:
    conn.execute(
        "UPDATE handoff_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? "
        "WHERE id = ?",
        (at, by, choice, conflict_id),
    )


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
