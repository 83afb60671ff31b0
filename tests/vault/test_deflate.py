"""Documents and states are stored in zlib's format, whoever compressed them: a vault
written with ISA-L's deflate reads without it, and one written by zlib reads with it."""

import zlib

from hypothesis import given
from hypothesis import strategies as st
from isal import isal_zlib

from rrr_desktop.vault import records


@given(st.text(max_size=5000))
def test_what_is_stored_is_zlib_s_format_both_ways(text: str) -> None:
    raw = text.encode("utf-8")
    stored = records.encode_doc(text)
    assert zlib.decompress(stored) == raw  # readable without ISA-L
    assert isal_zlib.decompress(stored) == raw
    assert records.decode_doc(zlib.compress(raw, 6)) == text  # an older vault's rows
    assert records.decode_doc(stored) == text


def test_a_repetitive_document_is_stored_smaller_than_it_is() -> None:
    text = '{"given_name":"Sokha","family_name":"Seng"}' * 200
    assert len(records.encode_doc(text)) < len(text.encode()) // 10
