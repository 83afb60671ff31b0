"""Synced records (cases, directory entries, calendars, ...) and small key-value meta.

Every record row holds the document the app reads and, next to it, its replicated state
(``domain/replica.py``): per field, the values and the versions they were written at. A
local save turns the new document into writes of the fields that changed; an import
stores a merged state with the document made from it.
"""

import contextlib
import contextvars
import dataclasses
import hashlib
import json
import zlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pydantic_core

from rrr_desktop.domain import replica, replica_packed
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.sync_kinds import shape_for
from rrr_desktop.errors import InvalidInput
from rrr_desktop.vault.db import Connection, rows_in

_deflate: ModuleType
try:
    from isal import isal_zlib as _deflate
except ImportError:  # a platform without its wheel: zlib's own, the same format
    _deflate = zlib


# Who is writing (a user name, never personal data of an assisted person): the session
# sets it around its transactions, so each field's version says who wrote it.
_WRITER: contextvars.ContextVar[str] = contextvars.ContextVar("rrr_writer", default="")

# The records written in the current transaction: id -> digest of what was stored.
_WRITTEN: contextvars.ContextVar[dict[str, str] | None] = contextvars.ContextVar(
    "rrr_written", default=None
)


@contextlib.contextmanager
def writer(username: str) -> Iterator[dict[str, str]]:
    """Around a write transaction: who writes, and (yielded) what records were written."""
    written: dict[str, str] = {}
    token = _WRITER.set(username)
    token_written = _WRITTEN.set(written)
    try:
        yield written
    finally:
        _WRITTEN.reset(token_written)
        _WRITER.reset(token)


def note_written(record_id: str, digest: str) -> None:
    """A row the audit chain must commit to in this transaction (a record, an account)."""
    written = _WRITTEN.get()
    if written is not None:
        written[record_id] = digest


def record_digest(kind: str, deleted: bool, data: bytes, state: bytes) -> str:
    """What the audit chain commits to for a record: exactly the stored bytes."""
    h = hashlib.sha256()
    for part in (kind.encode(), b"1" if deleted else b"0", data, state):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def get_meta(conn: Connection, key: str, default: str = "") -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES(?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def meta_items(conn: Connection, prefix: str) -> list[tuple[str, str]]:
    rows = conn.execute(
        "SELECT key, value FROM meta WHERE substr(key, 1, ?) = ? ORDER BY key",
        (len(prefix), prefix),
    ).fetchall()
    return [(str(k), str(v)) for k, v in rows]


def delete_meta(conn: Connection, key: str) -> None:
    conn.execute("DELETE FROM meta WHERE key = ?", (key,))


def encode_doc(text: str) -> bytes:
    """Documents are stored zlib-compressed (inside the encrypted pages): ~2.5x smaller."""
    return deflate(text.encode("utf-8"))


def deflate(data: bytes) -> bytes:
    """zlib's format, written by ISA-L's deflate where it is installed: three times as
    fast as zlib's fastest level, and smaller (an 8 KB state: 62 against 19 us; compressing
    was a fifth of an import's planning). zlib reads it, and ISA-L reads zlib's."""
    packed: bytes = _deflate.compress(data, 1)
    return packed


def decode_doc(blob: bytes | str) -> str:
    return blob if isinstance(blob, str) else doc_bytes(blob).decode("utf-8")


def doc_bytes(blob: bytes | str) -> bytes:
    """A stored document's UTF-8 bytes, for whoever writes them out as they are (an
    export): zlib lets go of the GIL while it inflates, so another thread may do it."""
    return zlib.decompress(blob) if isinstance(blob, bytes) else blob.encode()


def encode_state(state: replica.State) -> bytes:
    """Packed (``domain/replica_packed.py``): a quarter of the plain size, so bundles, the
    vault and every import read and write far less. pydantic-core's JSON (Rust) is several
    times faster than ``json`` here."""
    return deflate(pydantic_core.to_json(replica_packed.pack(state)))


def decode_state(blob: bytes | str | None) -> replica.State:
    """Packed or plain (rows written before packing read the same)."""
    value = stored_state(blob)
    return replica_packed.unpack(value) if replica_packed.is_packed(value) else value


def stored_state(blob: bytes | str | None) -> dict[str, Any]:
    """The state as stored, not unpacked (packed, or plain in rows from before packing)."""
    if not blob:
        return replica.empty_state()
    raw = zlib.decompress(blob) if isinstance(blob, bytes) else blob
    value: dict[str, Any] = pydantic_core.from_json(raw, cache_strings=False)
    return value


def get_head(conn: Connection, record_id: str) -> tuple[str, str, bool, replica.State] | None:
    """(kind, hlc, deleted, state) in one read, without decompressing the document."""
    row = conn.execute(
        "SELECT kind, hlc, deleted, state FROM records WHERE id = ?", (record_id,)
    ).fetchone()
    return decode_head((row[0], row[1], bool(row[2]), row[3])) if row else None


RawHead = tuple[str, str, bool, bytes | str | None]  # kind, hlc, deleted, state as stored


def raw_heads(conn: Connection, record_ids: list[str]) -> dict[str, RawHead]:
    """Many records' heads in one read, their states still encoded (whoever plans with
    them decodes them: a worker process, for a big import)."""
    return {
        rid: (kind, hlc, bool(deleted), state)
        for rid, kind, hlc, deleted, state in _by_id(conn, "kind, hlc, deleted, state", record_ids)
    }


def head_versions(conn: Connection, record_ids: list[str]) -> dict[str, tuple[str, str, bool]]:
    """(kind, version, deleted) of many records: whether any was written since a read."""
    return {
        rid: (kind, hlc, bool(deleted))
        for rid, kind, hlc, deleted in _by_id(conn, "kind, hlc, deleted", record_ids)
    }


def _by_id(conn: Connection, columns: str, record_ids: list[str]) -> Iterator[tuple[Any, ...]]:
    """(id, *columns) of the records held among these."""
    return rows_in(conn, f"SELECT id, {columns} FROM records WHERE id IN ({{marks}})", record_ids)


def decode_head(raw: RawHead) -> tuple[str, str, bool, replica.State]:
    return raw[0], raw[1], raw[2], decode_state(raw[3])


def get_state(conn: Connection, record_id: str) -> replica.State | None:
    head = get_head(conn, record_id)
    return head[3] if head else None


def put_record(
    conn: Connection,
    record_id: str,
    kind: str,
    data: str,
    hlc: str,
    device: str,
    deleted: bool,
    unseen: frozenset[str] = frozenset(),
) -> None:
    """A local save (or deletion): the fields that changed get new versions (beside the
    ``unseen`` values, see ``replica.local_write``)."""
    old = get_state(conn, record_id) or replica.empty_state()
    if deleted:
        state = replica.deleted(old, hlc)
    else:
        if old["del"] or old["anon"]:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This record was deleted or anonymised; it can no longer be changed.",
                )
            )
        state, _ = replica.local_write(
            old, json.loads(data), shape_for(kind), hlc, _WRITER.get(), unseen
        )
    store_record(conn, record_id, kind, "{}" if deleted else data, state, hlc, device)


@dataclasses.dataclass(frozen=True)
class Encoded:
    """A record as the vault stores it, encoded anywhere (a worker process preparing a big
    import encodes it) and written by ``write_record``."""

    data: bytes
    state: bytes
    deleted: bool
    open_paths: tuple[str, ...]  # fields in conflict


def encode_record(data: str, state: replica.State, state_text: str | None = None) -> Encoded:
    """``state_text`` is the state's JSON when the caller has it already (a copy as
    received): it is stored as it is, not packed again."""
    return Encoded(
        encode_doc(data),
        encode_doc(state_text) if state_text is not None else encode_state(state),
        bool(state["del"]),
        tuple(replica.conflicts(state)),
    )


def store_record(
    conn: Connection,
    record_id: str,
    kind: str,
    data: str,
    state: replica.State,
    hlc: str,
    device: str,
    state_text: str | None = None,
) -> None:
    """Write a document with its replicated state, keeping the open-conflict list in step."""
    write_record(conn, record_id, kind, encode_record(data, state, state_text), hlc, device)


def write_record(
    conn: Connection, record_id: str, kind: str, record: Encoded, hlc: str, device: str
) -> None:
    conn.execute(
        "INSERT INTO records(id, kind, data, hlc, device, deleted, state) VALUES (?,?,?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, data=excluded.data, "
        "hlc=excluded.hlc, device=excluded.device, deleted=excluded.deleted, "
        "state=excluded.state",
        (record_id, kind, record.data, hlc, device, int(record.deleted), record.state),
    )
    note_written(record_id, record_digest(kind, record.deleted, record.data, record.state))
    # Rows of conflicts still open are kept, so their numbers stay what a person was shown.
    open_paths = record.open_paths
    marks = ",".join("?" for _ in open_paths)
    conn.execute(
        f"DELETE FROM sync_conflicts WHERE record_id = ? AND path NOT IN ({marks})",
        (record_id, *open_paths),
    )
    if open_paths:
        conn.executemany(
            "INSERT OR IGNORE INTO sync_conflicts(record_id, path) VALUES (?, ?)",
            [(record_id, path) for path in open_paths],
        )


def open_conflict_paths(conn: Connection, record_id: str) -> frozenset[str]:
    rows = conn.execute("SELECT path FROM sync_conflicts WHERE record_id = ?", (record_id,))
    return frozenset(str(r[0]) for r in rows)


def get_record(conn: Connection, record_id: str) -> tuple[str, str, str, str, bool] | None:
    """(kind, data, hlc, device, deleted) or None."""
    row = conn.execute(
        "SELECT kind, data, hlc, device, deleted FROM records WHERE id = ?", (record_id,)
    ).fetchone()
    return (row[0], decode_doc(row[1]), row[2], row[3], bool(row[4])) if row else None


def list_records(
    conn: Connection, kind: str, include_deleted: bool = False
) -> list[dict[str, Any]]:
    sql = "SELECT id, data FROM records WHERE kind = ?"
    if not include_deleted:
        sql += " AND deleted = 0"
    return [json.loads(decode_doc(data)) | {"id": rid} for rid, data in conn.execute(sql, (kind,))]


def has_records(conn: Connection) -> bool:
    """Whether this vault holds any record at all (deleted ones included)."""
    return conn.execute("SELECT 1 FROM records LIMIT 1").fetchone() is not None
