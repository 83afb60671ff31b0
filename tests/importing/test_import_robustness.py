"""What a reviewer found: a tiny .xlsx that unpacks to gigabytes, a CSV that is not a
readable regular file, a closed case imported without a closure (so never due for
retention), and a duplicate check that read the whole index once a row."""

import datetime as dt
import io
import os
import tracemalloc
import zipfile
from pathlib import Path
from unittest import mock

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.domain import followup
from rrr_desktop.domain.enums import ClosureReason, ExploitationSector, Sex, Stage
from rrr_desktop.domain.import_rules import IMPORT_NOTE, NO_REASON_NOTE, ParsedRow
from rrr_desktop.domain.retention import retention_due
from rrr_desktop.errors import KnownError
from rrr_desktop.services import importing
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.importing import ImportFileError, ImportService, read_sheet
from rrr_desktop.services.reintegration import RETENTION_YEARS
from rrr_desktop.services.session import Session
from rrr_desktop.vault import cases as repo

SHEET = "xl/worksheets/sheet1.xml"
HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet '
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Given name</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Intake date</t></is></c></row>'
)
TAIL = "</sheetData></worksheet>"


def _workbook(
    path: Path, sheet_rows: str, parts: dict[str, bytes] | None = None, types: str = ""
) -> Path:
    """A workbook written by openpyxl, its first sheet's rows replaced (and parts added
    or replaced, content types added to the manifest)."""
    book = openpyxl.Workbook()
    book.active.append(["Given name", "Intake date"])
    plain = io.BytesIO()
    book.save(plain)
    parts = dict(parts or {})
    with (
        zipfile.ZipFile(plain) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for item in src.infolist():
            data = src.read(item)
            if item.filename == SHEET:
                data = (HEAD + sheet_rows + TAIL).encode()
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", types.encode() + b"</Types>")
            out.writestr(item.filename, parts.pop(item.filename, data))
        for name, data in parts.items():
            out.writestr(name, data)
    return path


def _data_row(number: int, given: str = "Ana") -> str:
    return (
        f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>{given}</t></is></c>'
        f'<c r="B{number}" t="inlineStr"><is><t>2024-01-02</t></is></c></row>'
    )


# -- 1. a small workbook that unpacks to gigabytes -------------------------------------


@settings(max_examples=6, deadline=None)
@given(
    st.integers(importing.SHEET_COLUMNS + 1, 3 * importing.SHEET_COLUMNS),
    st.sampled_from(["<c/>", '<c s="1"/>', "<x/>", "<c><v>1</v></c>"]),
)
def test_a_row_of_countless_cells_is_refused_as_its_bytes_arrive(cells: int, cell: str) -> None:
    """6 million bare <c/> (no r attribute: openpyxl builds every one) took 18 s and
    2 GB; any child of a row is a cell to openpyxl, so every one counts."""
    limit = mock.patch.object(importing, "MAX_MEGABYTES", 1)  # a read buffer of 1 MB
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"wide-{os.getpid()}.xlsx"
    try:
        _workbook(path, '<row r="2">' + cell * cells + "</row>")
        tracemalloc.start()
        with limit, pytest.raises(ImportFileError, match="more than 256 columns"):
            read_sheet(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        path.unlink(missing_ok=True)
    assert peak < 16 << 20  # the workbook's bytes and a few rows, never the whole row


def test_a_cell_past_the_last_column_or_out_of_order_is_refused(tmp_path: Path) -> None:
    wide = _workbook(tmp_path / "xfe.xlsx", '<row r="2"><c r="XFE2"/></row>')
    with pytest.raises(ImportFileError, match="more than 256 columns"):
        read_sheet(wide)
    # openpyxl drops a row or a cell out of order without a word: never a cut import
    rows = _data_row(3) + _data_row(2, "Bo")
    with pytest.raises(ImportFileError, match="not a readable .xlsx"):
        read_sheet(_workbook(tmp_path / "rows.xlsx", rows))
    cells = '<row r="2"><c r="B2"><v>1</v></c><c r="A2"><v>2</v></c></row>'
    with pytest.raises(ImportFileError, match="not a readable .xlsx"):
        read_sheet(_workbook(tmp_path / "cells.xlsx", cells))


def test_huge_shared_strings_are_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One 400 MB string zipped to 412 KB took 0.9 GB: its unpacked size is the zip's."""
    monkeypatch.setattr(importing, "MAX_MEGABYTES", 1)
    strings = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org'
        '/spreadsheetml/2006/main"><si><t>Given name</t></si><si><t>'
        + "A" * (2 << 20)
        + "</t></si></sst>"
    )
    override = (
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    )
    path = _workbook(
        tmp_path / "sst.xlsx", _data_row(2), {"xl/sharedStrings.xml": strings.encode()}, override
    )
    assert path.stat().st_size < 1 << 20  # the file itself is within the limit
    read: list[object] = []
    real = openpyxl.load_workbook

    def load_workbook(*args: object, **kwargs: object) -> object:
        read.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", load_workbook)
    with pytest.raises(ImportFileError, match="unpacks to more than 1 MB"):
        read_sheet(path)
    assert read == []  # openpyxl never saw it


@pytest.mark.parametrize(
    ("setting", "parts"),
    [
        ("MAX_PART_MEGABYTES", {"docProps/app.xml": b"<a>" + b" " * (2 << 20) + b"</a>"}),
        ("MAX_UNPACKED_MEGABYTES", {"xl/media/big.bin": b"\0" * (2 << 20)}),
    ],
)
def test_a_part_or_a_workbook_unpacking_past_its_cap_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str, parts: dict[str, bytes]
) -> None:
    monkeypatch.setattr(importing, setting, 1)
    monkeypatch.setattr(importing, "MAX_PART_MEGABYTES", 1)
    if setting == "MAX_UNPACKED_MEGABYTES":
        parts = {f"xl/media/{n}.bin": b"\0" * (900 << 10) for n in range(3)}
    path = _workbook(tmp_path / "big.xlsx", _data_row(2), parts)
    with pytest.raises(ImportFileError, match="unpacks to more than 1 MB"):
        read_sheet(path)


def test_a_workbook_of_countless_parts_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "MAX_PARTS", 40)
    parts = {f"xl/media/{n}.bin": b"x" for n in range(50)}
    with pytest.raises(ImportFileError, match="not a readable .xlsx"):
        read_sheet(_workbook(tmp_path / "parts.xlsx", _data_row(2), parts))


def _counting_rows(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    seen: list[int] = []
    real = importing._trimmed

    def trimmed(cells: object) -> list[object]:
        seen.append(1)
        return real(cells)  # type: ignore[arg-type]

    monkeypatch.setattr(importing, "_trimmed", trimmed)
    return seen


def test_too_many_rows_stop_the_reading_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """300,000 rows were all read before "more than 100000 rows": now reading stops at
    the first row past the limit."""
    monkeypatch.setattr(importing, "MAX_ROWS", 50)
    monkeypatch.setattr(importing, "RAW_ROWS", 1_000)
    rows = "".join(_data_row(n) for n in range(2, 900))
    path = _workbook(tmp_path / "tall.xlsx", rows)
    seen = _counting_rows(monkeypatch)
    with pytest.raises(ImportFileError, match="more than 50 rows"):
        read_sheet(path)
    assert len(seen) == 1 + 51  # the header, then the rows up to the first one too many


def test_too_many_cells_are_refused_before_openpyxl_reads_a_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "MAX_CELLS", 300)
    rows = "".join(f'<row r="{n}">' + "<c/>" * 200 + "</row>" for n in range(2, 5))
    path = _workbook(tmp_path / "cells.xlsx", rows)
    seen = _counting_rows(monkeypatch)
    with pytest.raises(ImportFileError, match="more than 300 cells"):
        read_sheet(path)
    assert seen == []
    # a row far below the last one read: refused from its number, not after 300,000 reads
    monkeypatch.setattr(importing, "RAW_ROWS", 100)
    with pytest.raises(ImportFileError, match="more than"):
        read_sheet(_workbook(tmp_path / "far.xlsx", _data_row(2) + _data_row(5_000)))
    assert seen == []


def test_an_ordinary_workbook_still_reads(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "ok.xlsx", "".join(_data_row(n, f"P{n}") for n in range(2, 40)))
    sheet = read_sheet(path)
    assert sheet.headers == ["Given name", "Intake date"]
    assert [r[0] for r in sheet.rows] == [f"P{n}" for n in range(2, 40)]
    book = openpyxl.Workbook()  # as a spreadsheet program writes it: dates, numbers, gaps
    book.active.append(["Given name", "Intake date", "Age"])
    book.active.append(["Dara", dt.date(2024, 3, 1), 31])
    book.active.append([])
    book.active.append(["Sok", "2024-03-02", None])
    book.save(tmp_path / "real.xlsx")
    assert read_sheet(tmp_path / "real.xlsx").rows == [
        ["Dara", dt.datetime(2024, 3, 1), 31],
        ["Sok", "2024-03-02", None],
    ]


# -- 2. a file that is not a readable regular file ------------------------------------


def _one_sentence(raised: pytest.ExceptionInfo[KnownError], path: Path) -> str:
    text = str(raised.value)
    assert text.endswith(".")
    assert text.count(". ") == 0
    assert str(path) in text
    return text


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_named_pipe_a_folder_or_nothing_is_one_sentence(tmp_path: Path, suffix: str) -> None:
    pipe = tmp_path / f"pipe{suffix}"
    os.mkfifo(pipe)
    with pytest.raises(KnownError) as raised:
        read_sheet(pipe)  # never waits for a writer
    assert "is not a file" in _one_sentence(raised, pipe)
    folder = tmp_path / f"folder{suffix}"
    folder.mkdir()
    with pytest.raises(KnownError) as raised:
        read_sheet(folder)
    assert "is a folder" in _one_sentence(raised, folder)
    with pytest.raises(KnownError) as raised:
        read_sheet(tmp_path / f"none{suffix}")
    assert "There is no file" in _one_sentence(raised, tmp_path / f"none{suffix}")


@pytest.mark.skipif(not Path("/proc/self/pagemap").exists(), reason="Linux /proc")
def test_a_link_to_an_endless_file_is_read_no_further_than_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/proc files say they are empty regular files; read_bytes read on and on."""
    monkeypatch.setattr(importing, "MAX_MEGABYTES", 1)
    link = tmp_path / "pagemap.csv"
    link.symlink_to("/proc/self/pagemap")
    with pytest.raises(KnownError) as raised:
        read_sheet(link)
    assert "too large" in _one_sentence(raised, link)


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="Linux /proc")
def test_an_error_while_reading_is_one_sentence(tmp_path: Path) -> None:
    """As root, chmod 000 reads fine: /proc/self/mem is a regular file whose first read
    fails (EIO), as an unreadable file fails for anyone else."""
    link = tmp_path / "mem.csv"
    link.symlink_to("/proc/self/mem")
    with pytest.raises(KnownError) as raised:
        read_sheet(link)
    assert "could not be read" in _one_sentence(raised, link)


# -- 3. a closed case gets a closure --------------------------------------------------


def _import(session: Session, tmp_path: Path, header: list[str], rows: list[list[str]]) -> object:
    path = tmp_path / "closed.csv"
    path.write_text("\n".join(",".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    sheet = read_sheet(path)
    return ImportService(session).preview(sheet, importing.resolve_mapping(sheet.headers))


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(list(ClosureReason)),
    st.dates(dt.date(2015, 1, 1), dt.date(2026, 1, 1)),
    st.integers(0, 400),
    st.booleans(),
)
def test_a_closed_case_is_imported_with_its_closure_and_retention_date(
    session: Session,
    tmp_path: Path,
    reason: ClosureReason,
    intake: dt.date,
    days: int,
    dated: bool,
) -> None:
    closed_on = min(intake + dt.timedelta(days=days), session.clock.today())
    header = ["Given name", "Intake date", "Status", "Reason for closure", "Date closed"]
    row = [
        "Ana",
        intake.isoformat(),
        "closed",
        reason.value,
        closed_on.isoformat() if dated else "",
    ]
    preview = _import(session, tmp_path, header, [row])
    assert preview.refusals == []  # type: ignore[attr-defined]
    (reference,) = ImportService(session).apply(preview)  # type: ignore[arg-type]
    case = CaseService(session).get(reference, audit=False)
    on = closed_on if dated else intake  # no date: the intake day, never later than the real
    assert case.stage == Stage.CLOSED
    assert case.closure is not None
    assert (case.closure.reason, case.closure.on, case.closure.by) == (reason, on, "alice")
    assert case.closure.note == IMPORT_NOTE
    assert case.closure.retention_until == followup.add_years(on, RETENTION_YEARS)
    assert retention_due(case, case.closure.retention_until)
    assert not retention_due(case, case.closure.retention_until - dt.timedelta(days=1))


def test_a_closed_row_without_a_reason_gets_the_least_specific_one_said_so(
    session: Session, tmp_path: Path
) -> None:
    """An organisation's caseload says "Closed" and rarely why: every row still imports,
    closed on its intake day (no closure date), its closure note saying no reason was
    given; an open row never gets a closure."""
    preview = _import(
        session,
        tmp_path,
        ["Given name", "Intake date", "Status"],
        [["Ana", "2020-01-02", "Ditutup"], ["Bo", "2024-01-02", "shelter"]],
    )
    assert preview.refusals == []  # type: ignore[attr-defined]
    closed, open_ = ImportService(session).apply(preview)  # type: ignore[arg-type]
    cases = CaseService(session)
    closure = cases.get(closed, audit=False).closure
    assert closure is not None
    assert (closure.reason, closure.on) == (ClosureReason.MOVED_ON, dt.date(2020, 1, 2))
    assert closure.note == NO_REASON_NOTE
    assert closure.retention_until == dt.date(2025, 1, 2)
    assert cases.get(open_, audit=False).closure is None
    from rrr_desktop.services import retention

    due = [c.reference for c in retention.cases_due(session)]
    assert due == [closed]  # past its retention date: the supervisor sees it at once


# -- 4. the duplicate check reads the vault once --------------------------------------

GIVEN = ["Sokha", "Sokhar", "Sokhaa", "Dara", "Darra", "Lan", "Lann", "Srey Mom", "Sreymom"]
FAMILY = ["Chan", "Chann", "Seng", "Nguyen", "Nguyễn", "Sok", ""]
NATIONALITY = ["", "KH", "VN", "TH"]


def _old_look_alikes(service: ImportService, rows: list[ParsedRow]) -> list[tuple[int, str]]:
    """The check as it was: ``repo.similar_cases`` row by row (the reference)."""
    conn = service.s.conn()
    cases = CaseService(service.s)
    found = []
    for row in rows:
        if row.reference:
            continue
        year = (
            row.date_of_birth.year
            if row.date_of_birth
            else (row.intake_date.year - row.age if row.age is not None else None)
        )
        matches, hidden = cases.visible(
            repo.similar_cases(conn, row.given_name, row.family_name, year, row.nationality)
        )
        if matches:
            found.append((row.line, matches[0].reference))
        elif hidden:
            found.append((row.line, ""))
    return found


def _row(
    line: int, given: str, family: str, born: int | None, age: int | None, nat: str
) -> ParsedRow:
    return ParsedRow(
        line=line,
        reference="",
        given_name=given,
        family_name=family,
        sex=Sex.UNKNOWN,
        date_of_birth=dt.date(born, 6, 1) if born is not None else None,
        age=age,
        nationality=nat,
        origin_country="",
        exploitation_sector=ExploitationSector.OTHER,
        exploitation_country="",
        intake_date=dt.date(2024, 1, 2),
        programme="",
        stage=Stage.INTAKE,
    )


@pytest.fixture
def crowded(session: Session) -> Session:
    """400 cases of few names (namesakes, near spellings: more than 20 alike), some with
    no birth year or nationality, a third of them another caseworker's."""
    import random

    pick = random.Random(11)
    rows = [
        _row(
            n,
            pick.choice(GIVEN),
            pick.choice(FAMILY),
            pick.choice([None, *range(1990, 2000)]),
            None,
            pick.choice(NATIONALITY),
        )
        for n in range(2, 402)
    ]
    preview = importing.ImportPreview({}, rows, [], len(rows), [])
    ImportService(session).apply(preview)
    with session.write() as conn:
        conn.execute("UPDATE case_index SET caseworker = 'bob' WHERE rid % 3 = 0")
    return session


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.one_of(st.sampled_from(GIVEN), st.text("SokhaDr n", min_size=1, max_size=8)),
            st.sampled_from(FAMILY),
            st.one_of(st.none(), st.integers(1985, 2004)),
            st.one_of(st.none(), st.integers(20, 40)),
            st.sampled_from([*NATIONALITY, "kh"]),
        ),
        min_size=1,
        max_size=12,
    ),
    st.booleans(),
)
def test_the_batched_duplicate_check_finds_what_the_row_by_row_one_found(
    crowded: Session, people: list[tuple[str, str, int | None, int | None, str]], sees_all: bool
) -> None:
    rows = [_row(n, *person) for n, person in enumerate(people, start=2)]
    service = ImportService(crowded)
    with mock.patch.object(CaseService, "sees_all", return_value=sees_all):
        assert service._look_alikes(rows) == _old_look_alikes(service, rows)


def test_the_duplicate_check_reads_the_index_once_per_import(
    crowded: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """20,000 rows into a vault of 20,000 cases took 46 s: a read of the whole index, a
    dict of it and a scan, for every row."""
    statements: list[str] = []
    crowded.conn().set_trace_callback(statements.append)
    try:
        rows = [_row(n, GIVEN[n % 9], FAMILY[n % 7], 1995, None, "KH") for n in range(2, 302)]
        found = ImportService(crowded)._look_alikes(rows)
    finally:
        crowded.conn().set_trace_callback(None)
    assert len(found) > 250
    assert sum("case_index" in s for s in statements) <= 2
