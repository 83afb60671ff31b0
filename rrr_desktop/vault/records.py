"""Generic synced records (directory entries, calendars, ...) and small key-value meta."""

import json
import zlib
from typing import Any

from rrr_desktop.vault.db import Connection


def get_meta(conn: Connection, key: str, default: str = "") -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES(?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def encode_doc(text: str) -> bytes:
    """Documents are stored zlib-compressed (inside the encrypted pages): ~2.5x smaller."""
    return zlib.compress(text.encode("utf-8"), 1)


def decode_doc(blob: bytes | str) -> str:
    if isinstance(blob, str):
        return blob
    return zlib.decompress(blob).decode("utf-8")


def put_record(
    conn: Connection, record_id: str, kind: str, data: str, hlc: str, device: str, deleted: bool
) -> None:
    conn.execute(
        "INSERT INTO records(id, kind, data, hlc, device, deleted) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, data=excluded.data, "
        "hlc=excluded.hlc, device=excluded.device, deleted=excluded.deleted",
        (record_id, kind, encode_doc(data), hlc, device, int(deleted)),
    )


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
