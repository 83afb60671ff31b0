"""records.jsonl: one record per line, streamed in both directions.

A line is ``{"id", "kind", "hlc", "device", "deleted", "data", "base"}``: ``data`` is
the record's JSON document (``null`` for a tombstone), ``base`` the version the sender
last received from the recipient (the common ancestor for a three-way merge) or ``null``.
"""

import json
import re
from collections.abc import Callable
from typing import Any

from rrr_desktop.errors import BundleRejected
from rrr_desktop.vault.hlc import Timestamp

MAX_LINE = 64 << 20
KIND_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
ID_RE = re.compile(r"^[A-Za-z0-9._:-]{1,100}$")


def line(
    record_id: str,
    kind: str,
    hlc: str,
    device: str,
    deleted: bool,
    data_json: str | None,
    base: dict[str, Any] | None,
) -> bytes:
    """Embed ``data_json`` as is (it is already JSON) to avoid parsing every document."""
    head = json.dumps(
        {
            "id": record_id,
            "kind": kind,
            "hlc": hlc,
            "device": device,
            "deleted": deleted,
            "base": base,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return (
        head[:-1] + ',"data":' + (data_json if data_json is not None else "null") + "}\n"
    ).encode()


_BAD = "The bundle contains a damaged record; it was refused. Ask the sender for a new bundle."


def _check_version(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != {"hlc", "deleted", "data"}:
        raise BundleRejected(_BAD)
    _check_hlc(value["hlc"])
    if not isinstance(value["deleted"], bool) or not isinstance(value["data"], dict):
        raise BundleRejected(_BAD)
    return value


def _check_hlc(value: Any) -> None:
    try:
        Timestamp.decode(value) if isinstance(value, str) and len(value) < 120 else None
    except ValueError as exc:
        raise BundleRejected(_BAD) from exc
    if not isinstance(value, str) or len(value) >= 120:
        raise BundleRejected(_BAD)


def parse_line(raw: bytes) -> dict[str, Any]:
    """A validated entry; anything malformed refuses the whole bundle."""
    try:
        entry = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleRejected(_BAD) from exc
    if not isinstance(entry, dict) or set(entry) != {
        "id",
        "kind",
        "hlc",
        "device",
        "deleted",
        "data",
        "base",
    }:
        raise BundleRejected(_BAD)
    if not isinstance(entry["id"], str) or not ID_RE.match(entry["id"]):
        raise BundleRejected(_BAD)
    if not isinstance(entry["kind"], str) or not KIND_RE.match(entry["kind"]):
        raise BundleRejected(_BAD)
    _check_hlc(entry["hlc"])
    if not isinstance(entry["device"], str) or not 0 < len(entry["device"]) <= 100:
        raise BundleRejected(_BAD)
    if not isinstance(entry["deleted"], bool):
        raise BundleRejected(_BAD)
    if entry["deleted"] != (entry["data"] is None) or not (
        entry["data"] is None or isinstance(entry["data"], dict)
    ):
        raise BundleRejected(_BAD)
    _check_version(entry["base"])
    return entry


class LineSink:
    """Container sink that splits a member into lines and hands each parsed entry on."""

    def __init__(self, on_entry: Callable[[dict[str, Any]], None]) -> None:
        self._on_entry = on_entry
        self._pending = bytearray()
        self.count = 0

    def write(self, data: bytes) -> int:
        self._pending += data
        start = 0
        while True:
            end = self._pending.find(b"\n", start)
            if end < 0:
                break
            if end > start:
                self.count += 1
                self._on_entry(parse_line(bytes(self._pending[start:end])))
            start = end + 1
        del self._pending[:start]
        if len(self._pending) > MAX_LINE:
            raise BundleRejected(
                "The bundle contains a record larger than allowed; it was refused."
            )
        return len(data)

    def close(self) -> None:
        if self._pending.strip():
            raise BundleRejected(_BAD)
