"""From an organisation's spreadsheet to the donor tables, through the ``rrr`` command."""

import csv
import io
import json
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from rrr_desktop.cli import main
from rrr_desktop.domain.import_rules import parse_sex
from rrr_desktop.services.session import Session
from tests.conftest import PASSPHRASE
from tests.data.make_caseload import HEADERS, write


@pytest.fixture
def imported(
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[list[str], Path]:
    monkeypatch.setenv("RRR_PASSPHRASE", PASSPHRASE)
    sheet = write(tmp_path / "caseload.csv", 120, seed=5)
    vault = ["--vault", str(session.directory), "--user", "alice"]
    assert main([*vault, "import-cases", str(sheet)]) == 0
    assert "Imported 120 cases" in capsys.readouterr().out
    return vault, sheet


def test_import_then_report_csv(imported: tuple[list[str], Path], tmp_path: Path) -> None:
    vault, sheet = imported
    with sheet.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    expected = Counter(parse_sex(r["Gender"]).value for r in rows)
    out = tmp_path / "by_sex.csv"
    assert main([*vault, "report", "--by", "sex", "--format", "csv", "--out", str(out)]) == 0
    lines = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert lines[0] == ["sex", "count", "percent"]
    got = {line[0]: int(line[1]) for line in lines[1:]}
    assert got == {"Female": expected["F"], "Male": expected["M"], "Total": 120}
    assert lines[-1] == ["Total", "120", "100.0"]
    assert abs(sum(float(line[2]) for line in lines[1:-1]) - 100.0) < 0.11


def test_cross_tab_with_suppression_and_json(
    imported: tuple[list[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    vault, _ = imported
    assert (
        main(
            [
                *vault,
                "report",
                "--by",
                "origin_country",
                "--by",
                "programme",
                "--format",
                "csv",
                "--suppress",
                "5",
            ]
        )
        == 0
    )
    lines = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert lines[0] == ["origin_country", "programme", "count", "percent"]
    shown = [line[2] for line in lines[1:]]
    assert all(s.isdigit() and (int(s) == 0 or int(s) >= 5) or s in ("<5", "x") for s in shown)
    if "<5" in shown:
        assert "x" in shown or shown.count("<5") >= 2
    assert main([*vault, "report", "--by", "age_group", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cases"] == 120
    assert {c["age_group"] for c in data["cells"]} <= {"infant", "child", "adult", None}


def test_pdf_report_has_title_period_and_suppression(
    imported: tuple[list[str], Path], tmp_path: Path, qapp: object
) -> None:
    # qapp: the CLI reuses this QApplication; made first, the CLI's plain
    # QGuiApplication would make every later widget test in this process abort
    del qapp
    vault, _ = imported
    out = tmp_path / "report.pdf"
    assert (
        main(
            [
                *vault,
                "report",
                "--by",
                "sector",
                "--from",
                "2025-01-01",
                "--to",
                "2026-11-01",
                "--format",
                "pdf",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Persons assisted: statistics" in text
    assert "Period (intake date): 2025-01-01 to 2026-11-01" in text
    assert "counts below 5 hidden" in text  # on by default in PDFs
    assert "Sector of exploitation" in text


def test_lists_commands(
    imported: tuple[list[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    vault, _ = imported
    assert main([*vault, "lists", "caseload", "--json"]) == 0
    load = json.loads(capsys.readouterr().out)
    assert load[0]["caseworker"] == "alice"
    for which in ("followups", "stage-times", "returns"):
        assert main([*vault, "lists", which]) == 0
    assert capsys.readouterr().out


def test_usage_errors(imported: tuple[list[str], Path], capsys: pytest.CaptureFixture[str]) -> None:
    vault, _ = imported
    assert main([*vault, "report", "--by", "sex", "--by", "stage", "--by", "programme"]) == 1
    assert main([*vault, "report", "--by", "sex", "--format", "pdf"]) == 1
    assert "--out" in capsys.readouterr().err
    assert HEADERS[0] == "Ref"
