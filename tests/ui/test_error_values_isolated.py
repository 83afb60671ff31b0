"""Values in an error sentence (a folder, a name, a reference) are one run of text, so a
right-to-left sentence does not move their characters (seen in Arabic: the leading slash
of a folder went to its other end)."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from rrr_desktop.errors import InvalidInput
from rrr_desktop.ui.bidi import FSI, PDI
from rrr_desktop.ui.errors import error_text


def test_folders_and_names_are_isolated_numbers_stay_plain(qtbot: QtBot) -> None:
    error = InvalidInput(
        "{folder} of {user}: {count} cases", folder=Path("/media/usb/backup"), user="dara", count=3
    )
    said = error_text(error)
    assert f"{FSI}/media/usb/backup{PDI}" in said
    assert f"{FSI}dara{PDI}" in said
    assert ": 3 cases" in said
