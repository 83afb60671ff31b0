"""Reading spreadsheets in every encoding, the mapping, the preview and the all-or-nothing
apply, through the service and through the ``rrr import-cases`` command."""

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from rrr_desktop.cli import main
from rrr_desktop.errors import InvalidInput
from rrr_desktop.services.importing import (
    ImportFileError,
    ImportRefused,
    ImportService,
    read_sheet,
    resolve_mapping,
)
from rrr_desktop.services.session import Session
from rrr_desktop.vault import audit
from tests.conftest import PASSPHRASE

HEADER = [
    "Ref",
    "First name",
    "Surname",
    "Gender",
    "DOB",
    "Age",
    "Country of origin",
    "Sector",
    "Intake date",
    "Project",
    "Status",
]
GOOD = [
    [
        "",
        "Sokha",
        "Chan",
        "ស្រី",
        "2001-05-04",
        "",
        "Cambodia",
        "Fishing",
        "2026-02-01",
        "Phase II",
        "Shelter",
    ],
    [
        "KH-2025-00077",
        "Lan",
        "Nguyễn",
        "nữ",
        "",
        "16",
        "VN",
        "Domestic work",
        "15/03/2025",
        "Phase II",
        "",
    ],
    [
        "",
        "Budi",
        "Santoso",
        "Laki-laki",
        "",
        "34",
        "Indonesia",
        "Palm oil",
        "2026-06-30",
        "Phase III",
        "Follow-up",
    ],
]


def write_csv(
    path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8", sep: str = ","
) -> Path:
    text = "\r\n".join(sep.join(str(c) for c in r) for r in [HEADER, *rows]) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def count_cases(session: Session) -> int:
    return int(session.conn().execute("SELECT count(*) FROM case_index").fetchone()[0])


@pytest.mark.parametrize(
    ("encoding", "sep"),
    [
        ("utf-8", ","),
        ("utf-8-sig", ","),
        ("utf-16", "\t"),
        ("utf-8", ";"),
    ],
)
def test_text_encodings_read_the_same(tmp_path: Path, encoding: str, sep: str) -> None:
    path = write_csv(tmp_path / "cases.csv", GOOD, encoding, sep)
    if encoding == "utf-16":  # what Excel writes for "Unicode text": LE with a BOM
        assert path.read_bytes()[:2] == b"\xff\xfe"
    sheet = read_sheet(path)
    assert sheet.headers == HEADER
    assert [r[2] for r in sheet.rows] == ["Chan", "Nguyễn", "Santoso"]
    assert sheet.rows[0][3] == "ស្រី"


def test_xlsx_made_with_openpyxl(tmp_path: Path, session: Session) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in GOOD:
        sheet.append(
            [*row[:8], dt.datetime(2026, 2, 1) if row[8] == "2026-02-01" else row[8], *row[9:]]
        )
    sheet.append([None] * len(HEADER))  # blank rows at the end are skipped
    path = tmp_path / "cases.xlsx"
    book.save(path)
    read = read_sheet(path)
    assert read.headers == HEADER
    assert len(read.rows) == 3
    preview = ImportService(session).preview(read, resolve_mapping(read.headers))
    assert preview.ready
    assert preview.rows[0].intake_date == dt.date(2026, 2, 1)


def test_unreadable_files_are_refused_clearly(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("Name,Sexe\nRené,Féminin\n".encode("latin-1"))
    with pytest.raises(ImportFileError, match="not UTF-8 or UTF-16"):
        read_sheet(latin)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ImportFileError, match="xlsx"):
        read_sheet(broken)
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n")
    with pytest.raises(ImportFileError, match="empty"):
        read_sheet(empty)


def test_mapping_overrides_and_checks() -> None:
    headers = ["Nom", "Prénom", "Arrivée", "Extra"]
    with pytest.raises(InvalidInput, match="given_name"):
        resolve_mapping(["Nom", "Extra"])
    mapping = resolve_mapping(headers, {"Arrivée": "intake_date", "Extra": "ignore"})
    assert mapping == {
        "Nom": "family_name",
        "Prénom": "given_name",
        "Arrivée": "intake_date",
        "Extra": "",
    }
    # choosing a column for a field takes it away from the guessed one
    moved = resolve_mapping(headers, {"Arrivée": "intake_date", "Extra": "given_name"})
    assert moved["Extra"] == "given_name"
    assert moved["Prénom"] == ""
    with pytest.raises(InvalidInput, match="no column named"):
        resolve_mapping(headers, {"Missing": "age"})
    with pytest.raises(InvalidInput, match="not a field"):
        resolve_mapping(headers, {"Extra": "salary"})
    with pytest.raises(InvalidInput, match="Several columns"):
        resolve_mapping(headers, {"Extra": "age", "Arrivée": "age"})


def test_apply_gives_new_references_and_keeps_the_earlier_numbers(
    tmp_path: Path, session: Session
) -> None:
    sheet = read_sheet(write_csv(tmp_path / "c.csv", GOOD))
    service = ImportService(session)
    preview = service.preview(sheet, resolve_mapping(sheet.headers))
    assert preview.ready
    assert preview.ignored_columns == []
    refs = service.apply(preview)
    code = session.device_code  # this laptop's code: references never clash across laptops
    assert sorted(refs) == [
        f"TH-2025-{code}-00001",
        f"TH-2026-{code}-00001",
        f"TH-2026-{code}-00002",
    ]  # every case gets one of ours
    from rrr_desktop.services.cases import CaseService

    # the organisation's earlier number is kept: searchable, and the case opens by it
    earlier = CaseService(session).get("KH-2025-00077", audit=False)
    assert earlier.reference_aliases == ["KH-2025-00077"]
    assert earlier.reference in refs

    case = CaseService(session).get(f"TH-2026-{code}-00002", audit=False)
    assert case.person.estimated_age == 34
    assert case.stage.value == "follow_up"
    assert [c.note for c in case.stage_history] == ["imported from a spreadsheet"] * 2
    entries = audit.entries_for(session.conn(), case.id)
    assert [e.action for e in entries] == ["case.import"]
    details = " ".join(e.detail for e in audit.entries_for(session.conn(), ""))
    assert "Budi" not in details
    assert "Santoso" not in details


def test_one_bad_row_imports_nothing(tmp_path: Path, session: Session) -> None:
    bad = [*GOOD, ["", "", "X", "robot", "", "", "", "", "2026-01-01", "", ""]]
    sheet = read_sheet(write_csv(tmp_path / "c.csv", bad))
    service = ImportService(session)
    preview = service.preview(sheet, resolve_mapping(sheet.headers))
    assert not preview.ready
    assert len(preview.rows) == 3
    assert sorted((r.line, r.refusal.code, r.refusal.column) for r in preview.refusals) == [
        (5, "given_name_missing", "First name"),
        (5, "sex_unknown", "Gender"),
    ]
    before = audit.entries_for(session.conn(), "")
    with pytest.raises(ImportRefused, match="nothing was imported"):
        service.apply(preview)
    assert count_cases(session) == 0
    assert audit.entries_for(session.conn(), "") == before


def test_duplicate_and_existing_references_are_refused(tmp_path: Path, session: Session) -> None:
    service = ImportService(session)
    first = read_sheet(write_csv(tmp_path / "a.csv", GOOD[1:2]))
    service.apply(service.preview(first, resolve_mapping(first.headers)))
    twice = read_sheet(write_csv(tmp_path / "b.csv", [GOOD[1], GOOD[1]]))
    preview = service.preview(twice, resolve_mapping(twice.headers))
    codes = [r.refusal.code for r in preview.refusals]
    assert codes == ["reference_duplicate", "reference_duplicate"]
    again = read_sheet(write_csv(tmp_path / "c.csv", [GOOD[0], GOOD[1]]))
    preview = service.preview(again, resolve_mapping(again.headers))
    assert [(r.line, r.refusal.code) for r in preview.refusals] == [(3, "reference_exists")]


def test_cancelling_midway_rolls_everything_back(tmp_path: Path, session: Session) -> None:
    sheet = read_sheet(write_csv(tmp_path / "c.csv", GOOD))
    service = ImportService(session)
    preview = service.preview(sheet, resolve_mapping(sheet.headers))
    with pytest.raises(ImportRefused, match="cancelled"):
        service.apply(preview, progress=lambda done, total: done < 2)
    assert count_cases(session) == 0


def test_cli_dry_run_json_then_real_import(
    tmp_path: Path,
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("RRR_PASSPHRASE", PASSPHRASE)
    path = write_csv(
        tmp_path / "c.csv", [*GOOD, ["", "Dara", "", "M", "", "", "", "", "31/04/2026", "", ""]]
    )
    vault = ["--vault", str(session.directory), "--user", "alice"]
    assert main([*vault, "import-cases", str(path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["refused_rows"] == 1
    assert data["imported"] == 0
    assert data["refusals"][0] | {"message": ""} == {
        "row": 5,
        "code": "date_invalid",
        "column": "Intake date",
        "message": "",
    }
    assert count_cases(session) == 0
    ok = write_csv(tmp_path / "ok.csv", GOOD)
    assert main([*vault, "import-cases", str(ok), "--dry-run", "--map", "Project=ignore"]) == 0
    assert "Dry run" in capsys.readouterr().out
    assert count_cases(session) == 0
    assert main([*vault, "import-cases", str(ok), "--map", "Project=ignore"]) == 0
    assert "Imported 3 cases" in capsys.readouterr().out
    assert count_cases(session) == 3
    programmes = session.conn().execute("SELECT DISTINCT programme FROM case_index").fetchall()
    assert programmes == [("",)]


def test_a_file_imported_twice_warns_of_look_alikes(tmp_path: Path, session: Session) -> None:
    rows = [GOOD[0], GOOD[2]]  # no references: a second import would not be refused
    sheet = read_sheet(write_csv(tmp_path / "c.csv", rows))
    service = ImportService(session)
    first = service.preview(sheet, resolve_mapping(sheet.headers))
    assert first.possible_duplicates == []
    refs = service.apply(first)
    again = service.preview(sheet, resolve_mapping(sheet.headers))
    assert again.ready  # a warning only: namesakes exist
    assert again.possible_duplicates == [(2, refs[0]), (3, refs[1])]


def test_an_existing_caseload_keeps_its_own_numbers(tmp_path: Path, session: Session) -> None:
    """Old case numbers in any shape ("MK-00001", "IOM/KH/0042", "mk 00002") were refused
    row by row; now each is the case's earlier reference and the case gets a new one."""
    from rrr_desktop.services.cases import CaseService

    rows = [[number, *GOOD[1][1:]] for number in ("MK-00001", "IOM/KH/0042", "mk 00002")]
    sheet = read_sheet(write_csv(tmp_path / "old.csv", rows))
    service = ImportService(session)
    preview = service.preview(sheet, resolve_mapping(sheet.headers))
    assert preview.refusals == []
    refs = service.apply(preview)
    cases = CaseService(session)
    for old in ("MK-00001", "IOM/KH/0042", "MK-00002"):
        case = cases.get(old, audit=False)
        assert case.reference in refs
        assert case.other_references == [old]
    again = service.preview(sheet, resolve_mapping(sheet.headers))  # imported once only
    assert {r.refusal.code for r in again.refusals} == {"reference_exists"}
