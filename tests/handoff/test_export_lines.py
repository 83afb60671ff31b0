"""The lines of a sync export: written without re-encoding, read back exactly, and the
states inflated one chunk ahead on a thread that never outlives the export."""

import json
import threading
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.errors import BundleRejected
from rrr_desktop.handoff import exporter, jsonl

ID_CHARS = st.sampled_from("abcXYZ019._:-")
IDS = st.text(ID_CHARS, min_size=1, max_size=100) | st.text(min_size=1, max_size=30)
KINDS = st.sampled_from(["case", "note", "org_contact"]) | st.text(min_size=1, max_size=10)
STATES = st.dictionaries(st.text(max_size=5), st.text(max_size=8), max_size=4)


def _reference_head(record_id: str, kind: str) -> str:
    text = json.dumps({"id": record_id, "kind": kind}, ensure_ascii=False, separators=(",", ":"))
    return text[:-1] + ',"state":'


@given(IDS, KINDS, STATES)
def test_a_line_is_json_whatever_its_id_and_reads_back_as_written(
    record_id: str, kind: str, state: dict[str, str]
) -> None:
    text = json.dumps({"r": state}, ensure_ascii=False, separators=(",", ":"))
    raw = jsonl.raw_line(record_id, kind, text.encode())
    assert raw == jsonl.line(record_id, kind, text)
    assert raw.decode() == _reference_head(record_id, kind) + text + "}\n"
    assert json.loads(raw) == {"id": record_id, "kind": kind, "state": {"r": state}}
    if jsonl.ID_RE.fullmatch(record_id) and jsonl.KIND_RE.fullmatch(kind):
        entry = jsonl.parse_line(raw.rstrip(b"\n"))
        assert (entry["id"], entry["kind"], entry["state_text"]) == (record_id, kind, text)


@pytest.mark.parametrize("field", ["id", "kind"])
def test_an_id_or_kind_with_a_trailing_newline_is_refused(field: str) -> None:
    entry: dict[str, object] = {"id": "case-1", "kind": "case", "state": {"r": {}}}
    entry[field] = f"{entry[field]}\n"
    with pytest.raises(BundleRejected):
        jsonl.parse_line(json.dumps(entry).encode())


ROWS = st.lists(
    st.tuples(st.text(ID_CHARS, min_size=1, max_size=8), st.binary(max_size=40), st.booleans()),
    max_size=3 * exporter.AHEAD + 2,
)


@given(ROWS, st.integers(0, 3 * exporter.AHEAD + 2))
def test_states_are_inflated_in_order_and_the_thread_ends_with_the_reader(
    rows: list[tuple[str, bytes, bool]], stop: int
) -> None:
    stored = [(rid, "case", zlib.compress(data), deleted) for rid, data, deleted in rows]
    assert list(exporter.inflated_ahead(stored)) == [
        (rid, "case", data, deleted) for rid, data, deleted in rows
    ]
    reader = exporter.inflated_ahead(stored)
    taken = [row for _, row in zip(range(stop), reader, strict=False)]
    assert len(taken) == min(stop, len(rows))
    reader.close()  # an export cancelled or refused part-way
    assert not [t for t in threading.enumerate() if t.name.startswith("rrr-inflate")]


def test_a_damaged_stored_state_stops_the_export_with_its_error() -> None:
    rows = [("a", "case", zlib.compress(b"{}"), False)] * exporter.AHEAD
    rows.append(("b", "case", b"not zlib", False))
    with pytest.raises(zlib.error):
        list(exporter.inflated_ahead(rows))
    assert not [t for t in threading.enumerate() if t.name.startswith("rrr-inflate")]
