"""Replicated state per record (format 2 of sync), other references of a case, open conflicts.

Each record gets its replicated state (``domain/replica.py``). An existing version becomes
one write of every field at that version's own clock value and device, so two laptops
that held the same version of a record before the upgrade get identical states and merge
without conflicts. Open conflicts of the old three-way merge become concurrent values of
their field. The old merge's base copies and conflict rows are dropped: they held copies
of personal data that retention could not reach.
"""

import json
from typing import Any

from rrr_desktop.domain import replica
from rrr_desktop.domain.sync_kinds import shape_for

SQL = """
ALTER TABLE records ADD COLUMN state BLOB;
ALTER TABLE case_index ADD COLUMN other_refs TEXT NOT NULL DEFAULT '';
CREATE TABLE sync_conflicts (
    id        INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    path      TEXT NOT NULL,
    UNIQUE (record_id, path)
);
-- Records a peer holds exactly as we do (it sent us this state): not sent back to it.
CREATE TABLE sync_known (
    peer      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hlc       TEXT NOT NULL,
    PRIMARY KEY (peer, record_id)
);
"""

DROP = """
DROP TABLE IF EXISTS handoff_base;
DROP TABLE IF EXISTS handoff_conflicts;
DROP TABLE IF EXISTS handoff_received;
"""

LEGACY_DEVICE = "legacy"


def upgrade(conn: Any) -> None:
    from rrr_desktop.vault.records import decode_doc, encode_state

    for statement in _statements(SQL):
        conn.execute(statement)
    legacy = _open_conflicts(conn)
    rows = conn.execute("SELECT id, kind, data, hlc, deleted FROM records").fetchall()
    for record_id, kind, blob, hlc, deleted in rows:
        if deleted:
            state = replica.deleted(replica.empty_state(), hlc)
        else:
            doc = json.loads(decode_doc(blob))
            state, _ = replica.local_write(replica.empty_state(), doc, shape_for(kind), hlc, "")
            for n, (path, value) in enumerate(legacy.get(record_id, [])):
                reg = state["r"].get(path)
                if reg is None:
                    continue
                sibling_hlc = f"0000000000001-{n % 10000:04d}-{LEGACY_DEVICE}"
                reg["s"].append([sibling_hlc, "", value])
                reg["c"][LEGACY_DEVICE] = max(reg["c"].get(LEGACY_DEVICE, ""), sibling_hlc[:18])
        conn.execute("UPDATE records SET state = ? WHERE id = ?", (encode_state(state), record_id))
        for path in replica.conflicts(state):
            conn.execute(
                "INSERT OR IGNORE INTO sync_conflicts(record_id, path) VALUES (?, ?)",
                (record_id, path),
            )
    for statement in _statements(DROP):
        conn.execute(statement)


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]


def _open_conflicts(conn: Any) -> dict[str, list[tuple[str, Any]]]:
    """Old open conflicts as (path, the other side's value) per record."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'handoff_conflicts'"
    ).fetchone()
    if not exists:
        return {}
    out: dict[str, list[tuple[str, Any]]] = {}
    for record_id, path, remote in conn.execute(
        "SELECT record_id, path, remote FROM handoff_conflicts WHERE resolved_at IS NULL"
    ):
        cell = json.loads(remote)
        if "v" not in cell:
            continue
        parts = json.loads(path)
        out.setdefault(record_id, []).append((replica.SEP.join(parts), cell["v"]))
    return out
