"""records.jsonl: one record per line, streamed in both directions.

A line is ``{"id", "kind", "state"}``: the record's replicated state
(``domain/replica.py``): every field with its values and versions, or a tombstone.
"""

import json
import re
from collections.abc import Callable
from typing import Any

import pydantic_core

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import BundleRejected

MAX_LINE = 64 << 20
# Whole strings (``fullmatch``): "$" would also let a trailing newline through.
KIND_RE = re.compile(r"[a-z][a-z0-9_]{0,39}")
ID_RE = re.compile(r"[A-Za-z0-9._:-]{1,100}")


def line(record_id: str, kind: str, state_json: str) -> bytes:
    """Embed ``state_json`` as is (it is already JSON) to avoid parsing every state."""
    return raw_line(record_id, kind, state_json.encode())


def raw_line(record_id: str, kind: str, state_json: bytes) -> bytes:
    """``line`` for a state already in UTF-8 bytes (no decoding and encoding again)."""
    return _head(record_id, kind).encode() + state_json + b"}\n"


DAMAGED = QT_TRANSLATE_NOOP(
    "errors",
    "The bundle contains a damaged record; it was refused. Ask the sender for a new bundle.",
)


def parse_line(raw: bytes) -> dict[str, Any]:
    """A validated entry; anything malformed refuses the whole bundle."""
    try:  # pydantic-core's parser: fast, and it refuses nesting deeper than 200 itself;
        # without its string cache (a line's strings rarely repeat: 8 % faster)
        entry = pydantic_core.from_json(raw, cache_strings=False)
    except ValueError as exc:
        if "recursion limit" in str(exc):
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The bundle contains a record nested too deeply to be a case; it was refused.",
                )
            ) from exc
        raise BundleRejected(DAMAGED) from exc
    if not isinstance(entry, dict) or set(entry) != {"id", "kind", "state"}:
        raise BundleRejected(DAMAGED)
    if not isinstance(entry["id"], str) or not ID_RE.fullmatch(entry["id"]):
        raise BundleRejected(DAMAGED)
    if not isinstance(entry["kind"], str) or not KIND_RE.fullmatch(entry["kind"]):
        raise BundleRejected(DAMAGED)
    state = entry["state"]  # its registers are checked against ours when planned
    if not isinstance(state, dict) or not isinstance(state.get("r"), dict):
        raise BundleRejected(DAMAGED)
    head = _head(entry["id"], entry["kind"]).encode()
    if raw.startswith(head) and raw.endswith(b"}"):  # as we write it: keep the state's text
        entry["state_text"] = raw[len(head) : -1].decode()
    return entry


def _head(record_id: str, kind: str) -> str:
    if ID_RE.fullmatch(record_id) and KIND_RE.fullmatch(kind):  # nothing in them to escape
        return f'{{"id":"{record_id}","kind":"{kind}","state":'
    head = json.dumps({"id": record_id, "kind": kind}, ensure_ascii=False, separators=(",", ":"))
    return head[:-1] + ',"state":'


class LineSink:
    """Container sink that splits a member into lines and hands each one on (whoever
    takes it parses it with ``parse_line``)."""

    def __init__(
        self, on_line: Callable[[bytes], None], on_end: Callable[[], None] | None = None
    ) -> None:
        self._on_line = on_line
        self._on_end = on_end
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
                self._on_line(bytes(self._pending[start:end]))
            start = end + 1
        del self._pending[:start]
        if len(self._pending) > MAX_LINE:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The bundle contains a record larger than allowed; it was refused.",
                )
            )
        return len(data)

    def close(self) -> None:
        if self._pending.strip():
            raise BundleRejected(DAMAGED)
        if self._on_end is not None:
            self._on_end()
