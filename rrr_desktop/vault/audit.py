"""Append-only, hash-chained audit log: who viewed, changed, printed, exported what, when.

Each entry's hash covers its content and the previous hash, so an edited or deleted entry
breaks the chain. The head (last seq and hash) is also kept in ``meta``, so cutting entries
off the end is detected too. Details hold record ids and field names, never personal data.
"""

import contextlib
import contextvars
import dataclasses
import hashlib
import json
from collections.abc import Iterator

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import VaultCorrupt
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


class AuditTampered(VaultCorrupt):
    """The stored head and the last entry disagree: entries were cut off or rewritten."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The audit log of this vault was changed outside RRR Desktop (entries are "
                "missing or rewritten), so nothing more can be recorded. Tell your "
                "administrator; 'rrr audit verify' shows where.",
            )
        )


def stored_head(conn: Connection) -> tuple[int, str]:
    row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if row is None:
        return 0, GENESIS
    seq, digest = str(row[0]).split(":", 1)
    return int(seq), digest


def last_row(conn: Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


class _Held:
    """Entries appended while ``held`` is open: the chain's head in memory, rows to write."""

    def __init__(self, conn: Connection, seq: int, digest: str) -> None:
        self.conn = conn
        self.seq = seq
        self.hash = digest
        self.rows: list[tuple[int, str, str, str, str, str, str, str]] = []


_HELD: contextvars.ContextVar[_Held | None] = contextvars.ContextVar("rrr_audit_held", default=None)


def _checked_head(conn: Connection) -> tuple[int, str]:
    head = last_row(conn)
    if head != stored_head(conn):
        raise AuditTampered()
    return head


def append(
    conn: Connection, at: str, actor: str, action: str, target: str = "", detail: str = ""
) -> AuditEntry:
    """Append one entry; call inside the transaction of the change it records. Refuses
    when the stored head and the last row disagree (entries cut off the end)."""
    pending = _HELD.get()
    if pending is None or pending.conn is not conn:
        with held(conn):  # a block of one entry
            return append(conn, at, actor, action, target, detail)
    seq, prev = pending.seq + 1, pending.hash
    digest = entry_hash(seq, at, actor, action, target, detail, prev)
    pending.rows.append((seq, at, actor, action, target, detail, prev, digest))
    pending.seq, pending.hash = seq, digest
    return AuditEntry(seq, at, actor, action, target, detail, prev, digest)


@contextlib.contextmanager
def held(conn: Connection) -> Iterator[None]:
    """Inside one transaction that appends many entries (an import audits each record it
    changes): the head is read once and the entries are written together when the block
    ends, the chain exactly as if each had been appended alone. A block that raises writes
    none of them: its transaction is not to be committed."""
    outer = _HELD.get()
    if outer is not None and outer.conn is conn:
        yield  # already held further out: written there
        return
    pending = _Held(conn, *_checked_head(conn))
    token = _HELD.set(pending)
    try:
        yield
    finally:
        _HELD.reset(token)
    if pending.rows:
        _write(conn, pending.rows)


def _write(conn: Connection, rows: list[tuple[int, str, str, str, str, str, str, str]]) -> None:
    conn.executemany(
        "INSERT INTO audit(seq, at, actor, action, target, detail, prev_hash, hash) "
        "VALUES (?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.execute(
        "INSERT INTO meta(key, value) VALUES('audit_head', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{rows[-1][0]}:{rows[-1][7]}",),
    )


@dataclasses.dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    problems: list[str]


def verify(conn: Connection, since: tuple[int, str] = (0, GENESIS)) -> ChainReport:
    """Check the chain from ``since`` (a seq and its hash, known good) to the head."""
    problems: list[str] = []
    start_seq, start_hash = since
    if start_seq:
        row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (start_seq,)).fetchone()
        if row is None or row[0] != start_hash:
            problems.append(f"entry {start_seq}, checked earlier, was removed or changed")
    expected_prev = start_hash
    expected_seq = start_seq + 1
    count = 0
    last_hash = start_hash
    for row in conn.execute(
        "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit "
        "WHERE seq > ? ORDER BY seq",
        (start_seq,),
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


def entry_at(conn: Connection, seq: int) -> AuditEntry | None:
    row = conn.execute(
        "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit WHERE seq = ?",
        (seq,),
    ).fetchone()
    return AuditEntry(*row) if row else None


@dataclasses.dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    target: str = ""
    action: str = ""  # a prefix: "case." matches every case action
    since: str = ""  # ISO dates or times, inclusive
    until: str = ""
    limit: int = 1000


def search(conn: Connection, f: AuditFilter) -> list[AuditEntry]:
    """Newest first."""
    clauses, params = [], []
    if f.actor:
        clauses.append("actor = ?")
        params.append(f.actor)
    if f.target:
        clauses.append("target = ?")
        params.append(f.target)
    if not f.action:  # the records' seals are bookkeeping: shown when asked for by name
        clauses.append("action != 'records.digest'")
    if f.action:
        clauses.append("action LIKE ? ESCAPE '\\'")
        params.append(f.action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if f.since:
        clauses.append("at >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("at < ?")
        params.append(f.until + "\uffff")  # a date includes its whole day
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = conn.execute(
        "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit "
        f"{where} ORDER BY seq DESC LIMIT ?",
        (*params, f.limit),
    ).fetchall()
    return [AuditEntry(*r) for r in rows]


# -- checkpoints held for other devices ------------------------------------------------


@dataclasses.dataclass(frozen=True)
class HeldCheckpoint:
    device: str
    vault: str
    seq: int
    hash: str
    at: str
    signing_key: str
    signature: str


def hold_checkpoint(conn: Connection, c: HeldCheckpoint, received_at: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO audit_checkpoints(device, vault, seq, hash, at, signing_key, "
        "signature, received_at) VALUES (?,?,?,?,?,?,?,?)",
        (c.device, c.vault, c.seq, c.hash, c.at, c.signing_key, c.signature, received_at),
    )


def held_checkpoints(conn: Connection, device: str = "") -> list[HeldCheckpoint]:
    rows = conn.execute(
        "SELECT device, vault, seq, hash, at, signing_key, signature FROM audit_checkpoints "
        "WHERE ? = '' OR device = ? ORDER BY device, seq",
        (device, device),
    ).fetchall()
    return [HeldCheckpoint(*r) for r in rows]


def entries_for(conn: Connection, target: str, limit: int = 500) -> list[AuditEntry]:
    rows = conn.execute(
        "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit "
        "WHERE target = ? ORDER BY seq DESC LIMIT ?",
        (target, limit),
    ).fetchall()
    return [AuditEntry(*r) for r in rows]


# -- record contents in the chain ------------------------------------------------------


def records_root(rows: dict[str, str]) -> str:
    text = "\n".join(f"{rid}:{digest}" for rid, digest in sorted(rows.items()))
    return hashlib.sha256(text.encode()).hexdigest()


def append_records(conn: Connection, at: str, actor: str, written: dict[str, str]) -> None:
    """One entry for the records a transaction wrote: its hash covers their root."""
    detail = json.dumps(
        {"count": len(written), "root": records_root(written)}, separators=(",", ":")
    )
    entry = append(conn, at, actor, "records.digest", "", detail)
    conn.executemany(
        "INSERT INTO audit_records(seq, record_id, digest) VALUES (?,?,?)",
        [(entry.seq, rid, digest) for rid, digest in written.items()],
    )


def verify_records(conn: Connection) -> list[str]:
    """Problems: a ``records.digest`` entry whose rows were changed, or a record or an
    account whose stored bytes differ from what the chain last committed to for it."""
    from rrr_desktop.vault.records import record_digest

    problems: list[str] = []
    by_seq: dict[int, dict[str, str]] = {}
    latest: dict[str, str] = {}
    for seq, rid, digest in conn.execute(
        "SELECT seq, record_id, digest FROM audit_records ORDER BY seq"
    ):
        by_seq.setdefault(seq, {})[rid] = digest
        latest[rid] = digest
    entries: set[int] = set()
    for seq, detail in conn.execute(
        "SELECT seq, detail FROM audit WHERE action = 'records.digest' ORDER BY seq"
    ):
        entries.add(seq)
        root = json.loads(detail).get("root", "")
        if records_root(by_seq.get(seq, {})) != root:
            problems.append(f"the records of entry {seq} were changed after they were written")
    for seq in sorted(set(by_seq) - entries):  # rows slipped in without an entry of the log
        problems.append(f"the records of entry {seq} were added outside RRR Desktop")
    for rid, kind, deleted, data, state in conn.execute(
        "SELECT id, kind, deleted, data, state FROM records"
    ):
        expected = latest.get(rid)
        if expected is None:
            continue  # written before record contents were chained (an older vault)
        if record_digest(kind, bool(deleted), bytes(data), bytes(state or b"")) != expected:
            problems.append(f"record {rid[:8]} was changed outside RRR Desktop")
    from rrr_desktop.vault.users import accounts_changed

    problems.extend(
        f"the account of {name} was changed outside RRR Desktop" for name in accounts_changed(conn)
    )
    return problems
