"""The table read from a file: every row and column present, never padded past what holds a
value, never wider than MAX_COLUMNS, and no two columns with the same name."""

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.services.importing import (
    MAX_COLUMNS,
    ImportFileError,
    ImportService,
    Sheet,
    read_sheet,
    resolve_mapping,
    unique_headers,
)
from rrr_desktop.services.session import Session

SHEET_XML = "xl/worksheets/sheet1.xml"


def _workbook(path: Path, rows: list[list[object]], edit: object = None) -> Path:
    """An .xlsx written by openpyxl, its sheet XML then changed by ``edit``."""
    plain = path.with_suffix(".plain.xlsx")
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == SHEET_XML and edit is not None:
                data = edit(data.decode()).encode()  # type: ignore[operator]
            out.writestr(item, data)
    return path


def _dimension(ref: str, extra_rows: str = "") -> object:
    def edit(xml: str) -> str:
        xml = re.sub(r'<dimension ref="[^"]*" ?/>', f'<dimension ref="{ref}"/>', xml)
        return xml.replace("</sheetData>", extra_rows + "</sheetData>")

    return edit


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def test_trailing_commas_do_not_widen_the_table(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("given_name,intake_date" + "," * 5_000 + "\n" + "Dara,2020-01-01\n" * 1_000)
    sheet = read_sheet(path)
    assert sheet.headers == ["given_name", "intake_date"]
    assert len(sheet.rows) == 1_000
    assert all(row == ["Dara", "2020-01-01"] for row in sheet.rows)


def test_a_zero_in_the_last_column_is_kept(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "zero.xlsx", [["given_name", "intake_date", "age"], ["Dara", "2020-01-01", 0]]
    )
    assert read_sheet(path).rows == [["Dara", "2020-01-01", 0]]


def test_too_many_columns_are_refused_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("given_name,intake_date" + "," * MAX_COLUMNS + "x\nDara,2020-01-01\n")
    with pytest.raises(ImportFileError, match=f"more than {MAX_COLUMNS} columns"):
        read_sheet(path)
    path.write_text("given_name,intake_date\n" + "Dara,2020-01-01" + ",1" * MAX_COLUMNS + "\n")
    with pytest.raises(ImportFileError, match=f"more than {MAX_COLUMNS} columns"):
        read_sheet(path)
    book = _workbook(
        tmp_path / "wide.xlsx",
        [["given_name", "intake_date"], ["Dara", "2020-01-01"]],
        _dimension("A1:B3", f'<row r="3">{_cell("XFD3", "x")}</row>'),
    )
    with pytest.raises(ImportFileError, match=f"more than {MAX_COLUMNS} columns"):
        read_sheet(book)


def test_a_huge_dimension_tag_is_not_trusted(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "dimension.xlsx",
        [["given_name", "intake_date"], ["Dara", "2020-01-01"]],
        _dimension("A1:XFD5000"),
    )
    sheet = read_sheet(path)
    assert sheet.headers == ["given_name", "intake_date"]
    assert sheet.rows == [["Dara", "2020-01-01"]]


def test_a_cell_in_the_last_row_of_a_sheet_is_refused_not_padded(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "last_row.xlsx",
        [["given_name", "intake_date"], ["Dara", "2020-01-01"]],
        _dimension("A1:XFD1048576", f'<row r="1048576">{_cell("A1048576", "x")}</row>'),
    )
    with pytest.raises(ImportFileError, match="more than 100000 rows"):
        read_sheet(path)


def test_a_stale_dimension_tag_cuts_nothing(tmp_path: Path) -> None:
    extra = "".join(
        f'<row r="{i}">{_cell(f"A{i}", f"Person{i}")}{_cell(f"B{i}", f"2020-01-0{i}")}'
        f"{_cell(f'C{i}', '1990-01-01')}</row>"
        for i in range(3, 8)
    )
    path = _workbook(
        tmp_path / "stale.xlsx",
        [["given_name", "intake_date"], ["Dara", "2020-01-01"]],
        _dimension("A1:B2", extra),
    )
    sheet = read_sheet(path)
    assert len(sheet.rows) == 6
    assert sheet.headers == ["given_name", "intake_date", "Column 3"]
    assert sheet.rows[-1] == ["Person7", "2020-01-07", "1990-01-01"]


@given(
    st.lists(st.sampled_from(["Name", "Name (2)", "Name (3)", "", "X", "Column 1"]), max_size=12)
)
def test_generated_column_names_are_unique(headers: list[str]) -> None:
    named = unique_headers(headers)
    assert len(named) == len(headers)
    assert len(set(named)) == len(named)
    first = {h: named[headers.index(h)] for h in headers}
    assert all(first[h] == h for h in headers)  # the first of each name keeps it
    assert Sheet(headers, []).headers == named


def test_the_chosen_column_of_repeated_headers_is_imported(
    tmp_path: Path, session: Session
) -> None:
    path = tmp_path / "dup.csv"
    path.write_text(
        "Name,Name (2),Name,intake_date\nXavier,Yim,Zara,2020-01-01\n", encoding="utf-8"
    )
    sheet = read_sheet(path)
    assert sheet.headers == ["Name", "Name (2)", "Name (3)", "intake_date"]
    mapping = resolve_mapping(sheet.headers, {"Name (3)": "given_name"})
    preview = ImportService(session).preview(sheet, mapping)
    assert [row.given_name for row in preview.rows] == ["Zara"]
