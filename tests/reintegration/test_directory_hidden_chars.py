"""`rrr directory import` of a file whose cells carry terminal escapes, bells and direction
overrides: nothing of it is stored, and what the command prints has no hidden character
(hostile-input review: a refused type cell was printed raw to the terminal)."""

import json
import unicodedata
from pathlib import Path

import pytest

from rrr_desktop.cli import main
from rrr_desktop.domain.directory_csv import parse_directory_csv
from rrr_desktop.services.session import Session
from tests.conftest import PASSPHRASE

HEADER = "name,type,country,notes,services\n"
HIDDEN = ["\x1b[31m", "\x1b]0;pwned\x07", "\x07", "\u202e", "\x9b2J", "\u2066", "\x7f"]


def _plain(text: str) -> bool:
    """No control, format (direction) or separator character but the line breaks."""
    return all(
        ch in "\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp") for ch in text
    )


def _import(
    vault_dir: Path, path: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, str, str]:
    code = main(["--vault", str(vault_dir), "directory", "import", str(path), *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("column", ["type", "notes", "services"])
def test_a_row_with_hidden_characters_is_refused_and_printed_plain(
    session: Session,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    column: str,
    hidden: str,
) -> None:
    monkeypatch.setenv("RRR_PASSPHRASE", PASSPHRASE)
    cells = {"type": "health", "notes": "calls back", "services": "shelter;food"}
    cells[column] = f"a{hidden}b"
    path = tmp_path / "dir.csv"
    path.write_text(
        HEADER + f'Clinic,{cells["type"]},KH,"{cells["notes"]}",{cells["services"]}\n',
        encoding="utf-8",
    )
    for extra in (("--dry-run",), ()):
        code, out, err = _import(vault_dir, path, capsys, *extra)
        assert code == 1
        assert "refused: Line 2:" in err
        assert _plain(out), out
        assert _plain(err), err
        assert err.count("refused: ") == 1  # one sentence for the refused row
    main(["--vault", str(vault_dir), "directory", "list", "--json"])
    assert json.loads(capsys.readouterr().out) == []


def test_the_review_files_store_and_print_nothing_hidden(
    session: Session,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The two files of the review (dir_esc.csv, dir_notes.csv), one after the other."""
    monkeypatch.setenv("RRR_PASSPHRASE", PASSPHRASE)
    esc = tmp_path / "dir_esc.csv"
    esc.write_text(
        "name,type,country\nX,\x1b[31mRED\x1b]0;pwned\x07,KH\nY,<b>bold</b><img src=x>,KH\n",
        encoding="utf-8",
    )
    notes = tmp_path / "dir_notes.csv"
    notes.write_text(
        HEADER + 'Clinic,health,KH,"note \x1b]0;pwned\x07 \u202e evil",a\x1b[2Jb\n',
        encoding="utf-8",
    )
    for path in (esc, notes):
        code, out, err = _import(vault_dir, path, capsys)
        assert code == 1
        assert _plain(out), out
        assert _plain(err), err
    main(["--vault", str(vault_dir), "directory", "list", "--json"])
    assert json.loads(capsys.readouterr().out) == []


def test_plain_notes_with_line_breaks_and_tabs_are_still_stored() -> None:
    text = HEADER + 'Clinic,health,KH,"open Monday\n\tnot Sunday","shelter; food"\n'
    parsed = parse_directory_csv(text)
    assert parsed.problems == []
    [entry] = parsed.entries
    assert entry.notes == "open Monday\n\tnot Sunday"
    assert entry.services == ["shelter", "food"]
