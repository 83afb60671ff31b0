"""Values in an error sentence (a folder, a name, a reference) are one run of text, so a
right-to-left sentence does not move their characters (seen in Arabic: the leading slash
of a folder went to its other end). Numbers, which bidi never reorders, stay plain."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.gates import Reason
from rrr_desktop.errors import InvalidInput
from rrr_desktop.ui.bidi import FSI, PDI
from rrr_desktop.ui.errors import error_text, reason_text


def test_folders_and_names_are_isolated_numbers_stay_plain(qtbot: QtBot) -> None:
    error = InvalidInput(
        "{folder} of {user}: {count} cases, {done} done",
        folder=Path("/media/usb/backup"),
        user="dara",
        count=3,
        done="2",
    )
    said = error_text(error)
    assert said == f"{FSI}/media/usb/backup{PDI} of {FSI}dara{PDI}: 3 cases, 2 done"


@given(value=st.text(min_size=1).filter(lambda t: not t.isdecimal()))
def test_any_text_value_comes_back_whole_inside_one_isolate(value: str) -> None:
    said = reason_text(Reason("r", "Before {value} after.", (("value", value),)))
    assert said == f"Before {FSI}{value}{PDI} after."
