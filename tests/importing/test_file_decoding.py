"""Any bytes in a .csv file: read_sheet gives a table or one sentence, never a decode error."""

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.services.importing import ImportFileError, read_sheet

NOT_TEXT = "not UTF-8 or UTF-16 text"


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe" + "given_name,intake_date\n".encode("utf-16-le") + b"A",  # odd length
        b"\xff\xfe" + "a,b\n".encode("utf-16-le") + b"\x00\xd8a\x00",  # lone surrogate
        b"\xfe\xff" + "a,b\n".encode("utf-16-be") + b"\xd8\x00\x00a",  # lone surrogate, BE
        "ab,c".encode("utf-16-le") + b"x",  # no BOM, odd length
        b"\xef\xbb\xbfgiven_name\n\xff\xfe\n",  # UTF-8 BOM, then invalid bytes
    ],
)
def test_broken_text_is_one_sentence(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=NOT_TEXT):
        read_sheet(path)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from([b"", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"]),
    st.binary(max_size=64),
)
def test_any_bytes_give_a_table_or_one_sentence(tmp_path: Path, bom: bytes, body: bytes) -> None:
    path = tmp_path / "any.csv"
    path.write_bytes(bom + body)
    with contextlib.suppress(ImportFileError):
        read_sheet(path)
