"""Pure rules of notes and attachments: order, file types, what a note may hold."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.domain.notes import CaseNote, media_type_of, newest_first

BASE = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)


@given(st.lists(st.integers(0, 3), min_size=1, max_size=12))
def test_newest_first_keeps_the_writing_order_within_one_second(seconds: list[int]) -> None:
    """Times come from a real clock: several notes may share a second. Whatever they are,
    a later time comes first, and for the same time the one written later comes first."""
    notes = [
        CaseNote(at=BASE + dt.timedelta(seconds=s), text=f"n{i}") for i, s in enumerate(seconds)
    ]
    shown = newest_first(notes)
    keys = [(n.at, int(n.text[1:])) for n in shown]
    assert keys == sorted(keys, reverse=True)


@given(st.binary(max_size=300))
def test_media_type_is_read_from_the_bytes_only(data: bytes) -> None:
    media = media_type_of(data)
    if media == "text/plain":
        data.decode("utf-8")  # never calls binary data text
        assert b"\x00" not in data
    assert media_type_of(b"%PDF-" + data) == "application/pdf"
    assert media_type_of(b"\x89PNG\r\n\x1a\n" + data) == "image/png"


@pytest.mark.parametrize("text", ["abc\u202edef", "x\x1b[2Ky"])
def test_a_note_refuses_hidden_characters(text: str) -> None:
    with pytest.raises(ValueError, match="control or direction"):
        CaseNote(text=text)
