"""Repository of the handoff tables: peers, bundles, sync state, open conflicts, transfers.

Thin functions on a connection; callers hold the transaction. No personal data is ever
written here except inside the encrypted vault's own tables. Keys and cards are handled
by ``handoff/keys.py``; this module stores their text and fields.
"""

import dataclasses
import json
from collections.abc import Iterator
from typing import Any, Protocol

from rrr_desktop.domain import replica
from rrr_desktop.domain.sync_conflicts import Sibling, StoredConflict
from rrr_desktop.vault.db import Connection
from rrr_desktop.vault.records import get_meta, get_state, set_meta

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
