"""Hostile or broken inputs get one sentence and change nothing: a cell over 128 KiB, an
entity bomb in a workbook, a NUL or a direction override in a name, a folder or a missing
file where a card, a checkpoint or a bundle was expected."""

import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from rrr_desktop.domain.directory_csv import parse_directory_csv
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.text_rules import one_line
from rrr_desktop.errors import KnownError
from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.services.importing import ImportFileError, read_sheet
from rrr_desktop.services.session import Session

BOMB_XML = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData><row><c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
)


def _workbook_with_bomb(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["given_name", "family_name"])
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = BOMB_XML.encode()
            out.writestr(item, data)
    return path


def test_an_entity_bomb_in_a_workbook_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="not a readable .xlsx"):
        read_sheet(_workbook_with_bomb(tmp_path / "bomb.xlsx"))


def test_a_cell_over_128_kib_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text('given_name,family_name\n"' + "x" * (200 << 10) + '",Y\n', encoding="utf-8")
    with pytest.raises(ImportFileError, match="larger than 128 KiB"):
        read_sheet(path)
    parsed = parse_directory_csv('name,type,country\n"' + "x" * (200 << 10) + '",ngo,KH\n')
    assert parsed.file_problem
    assert parsed.entries == []


@given(
    st.text(min_size=1, max_size=20).filter(str.strip),
    st.sampled_from(["\x00", "\u202e", "\n", "\x1b[2K", "\u2066", "\r", "\x85", "\ufeff"]),
    st.integers(0, 20),
)
def test_hidden_characters_in_a_name_are_refused(name: str, hidden: str, at: int) -> None:
    at = min(at, len(name))
    with pytest.raises(ValidationError):
        Person(given_name="A" + name[:at] + hidden + name[at:] + "x")


def test_names_are_bounded_and_kept_as_given() -> None:
    assert one_line("  Sreymom  ") == "Sreymom"
    assert Person(given_name="ស្រីមុំ", family_name="O'Neil-Ñúñez").given_name == "ស្រីមុំ"
    with pytest.raises(ValidationError):
        Person(given_name="x" * 1_000_000)  # a 1 MB name made a 339-page checklist


def test_cards_checkpoints_and_bundles_that_are_not_files(session: Session, tmp_path: Path) -> None:
    from rrr_desktop.services.audit_service import AuditService

    service = HandoffService(session)
    for path in (tmp_path, tmp_path / "missing.rrrcard"):
        with pytest.raises(KnownError) as raised:
            service.add_peer(path)
        assert "folder" in str(raised.value) or "no file" in str(raised.value)
    with pytest.raises(KnownError, match="no file"):
        service.verify(tmp_path / "missing.rrrbundle")
    with pytest.raises(KnownError, match="folder"):
        AuditService(session).verify_against(tmp_path)


def test_a_huge_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rrr_desktop.services import importing

    monkeypatch.setattr(importing, "MAX_MEGABYTES", 1)
    path = tmp_path / "huge.csv"
    path.write_text("given_name,family_name\n" + "Dara,Sok\n" * 200_000, encoding="utf-8")
    read: list[Path] = []
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        read.append(self)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(ImportFileError, match="larger than 1 MB"):
        read_sheet(path)
    assert read == []  # refused on its size, never loaded


def test_too_many_rows_are_refused_never_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rrr_desktop.services import importing

    monkeypatch.setattr(importing, "MAX_ROWS", 50)
    monkeypatch.setattr(importing, "RAW_ROWS", 150)
    path = tmp_path / "many.csv"
    path.write_text("given_name,family_name\n" + "Dara,Sok\n" * 51, encoding="utf-8")
    with pytest.raises(ImportFileError, match="more than 50 rows"):
        read_sheet(path)
    path.write_text("given_name,family_name\n" + "Dara,Sok\n\n\n" * 60, encoding="utf-8")
    with pytest.raises(ImportFileError, match="more than 50 rows"):  # blank padding too
        read_sheet(path)
