"""Append-only, hash-chained audit log: who viewed, changed, printed, exported what, when.

Each entry's hash covers its content and the previous hash, so an edited or deleted entry
breaks the chain. The head (last seq and hash) is also kept in ``meta``, so cutting entries
off the end is detected too. Details hold record ids and field names, never personal data.
"""

import dataclasses
import hashlib
import json

from rrr_desktop.vault.db import Connection

GENESIS = "0" * 64


@dataclasses.dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    target: str
    detail: str
    prev_hash: str
    hash: str


def entry_hash(
    seq: int, at: str, actor: str, action: str, target: str, detail: str, prev: str
) -> str:
    canonical = json.dumps(
        [seq, at, actor, action, target, detail, prev], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append(
    conn: Connection, at: str, actor: str, action: str, target: str = "", detail: str = ""
) -> AuditEntry:
    """Append one entry; call inside the transaction of the change it records."""
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    digest = entry_hash(seq, at, actor, action, target, detail, prev)
    conn.execute(
        "INSERT INTO audit(seq, at, actor, action, target, detail, prev_hash, hash) "
        "VALUES (?,?,?,?,?,?,?,?)",
        (seq, at, actor, action, target, detail, prev, digest),
    )
    conn.execute(
        "INSERT INTO meta(key, value) VALUES('audit_head', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{seq}:{digest}",),
    )
    return AuditEntry(seq, at, actor, action, target, detail, prev, digest)


@dataclasses.dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    problems: list[str]


def verify(conn: Connection) -> ChainReport:
    problems: list[str] = []
    expected_prev = GENESIS
    expected_seq = 1
    count = 0
    last_hash = GENESIS
    for row in conn.execute(
        "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit ORDER BY seq"
    ):
        entry = AuditEntry(*row)
        count += 1
        if entry.seq != expected_seq:
            problems.append(f"entries {expected_seq}..{entry.seq - 1} are missing")
        if entry.prev_hash != expected_prev:
            problems.append(f"entry {entry.seq} does not follow the entry before it")
        recomputed = entry_hash(
            entry.seq,
            entry.at,
            entry.actor,
            entry.action,
            entry.target,
            entry.detail,
            entry.prev_hash,
        )
        if recomputed != entry.hash:
            problems.append(f"entry {entry.seq} was changed after it was written")
        expected_prev = entry.hash
        expected_seq = entry.seq + 1
        last_hash = entry.hash
    head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if head is not None:
        head_seq, head_hash = head[0].split(":", 1)
        if int(head_seq) != expected_seq - 1 or head_hash != last_hash:
            problems.append(f"the log ends before entry {head_seq}: entries were removed")
    elif count:
        problems.append("the audit head is missing")
    return ChainReport(ok=not problems, entries=count, problems=problems)


def entries_for(conn: Connection, target: str, limit: int = 500) -> list[AuditEntry]:
    rows = conn.execute(
        "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit "
        "WHERE target = ? ORDER BY seq DESC LIMIT ?",
        (target, limit),
    ).fetchall()
    return [AuditEntry(*r) for r in rows]
