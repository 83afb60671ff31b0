"""Counts, percents and totals on a crafted caseload; cross-tabs; CSV and JSON shapes."""

import dataclasses
import datetime as dt
import io
from decimal import Decimal

import pytest

from rrr_desktop.reports.export import to_json, write_csv
from rrr_desktop.reports.fields import CaseFacts
from rrr_desktop.reports.tables import TOTAL, build_table

DAY = dt.date(2026, 3, 1)


def facts(
    n: int,
    sex: str = "F",
    age: str = "adult",
    sector: str = "fishing",
    origin: str = "KH",
    programme: str = "P1",
) -> list[CaseFacts]:
    return [CaseFacts(sex, age, sector, origin, origin, "shelter", programme, "malai", DAY)] * n


# 12 persons: 7 F / 4 M / 1 X; origin KH 6, VN 3, LA 3
CASELOAD = (
    facts(4, "F", origin="KH")
    + facts(2, "M", origin="KH")
    + facts(3, "F", origin="VN")
    + facts(2, "M", "child", origin="LA", programme="P2")
    + facts(1, "X", "infant", "begging", origin="LA", programme="P2")
)


def test_frequency_counts_percents_and_total() -> None:
    table = build_table(CASELOAD, ("sex",))
    assert table.rows == ["F", "M", "X"]  # the vocabulary's own order
    assert [table.count(r) for r in table.rows] == [7, 4, 1]
    assert [table.percent_text(r) for r in table.row_keys] == ["58.3", "33.3", "8.3", "100.0"]
    assert table.count(TOTAL) == 12
    # half up, not banker's rounding: 1/8 = 12.5 %, 1/16 = 6.25 % -> 6.3
    eighth = build_table(facts(1, "M") + facts(15, "F"), ("sex",))
    assert eighth.percent("M") == Decimal("6.3")


def test_cross_tab_cells_and_margins() -> None:
    table = build_table(CASELOAD, ("origin_country", "programme"))
    assert table.rows == ["KH", "LA", "VN"] or table.rows == ["KH", "VN", "LA"]
    assert table.count("KH", "P1") == 6
    assert table.count("LA", "P2") == 3
    assert table.count("LA", "P1") == 0
    assert table.count("LA") == 3
    assert table.count(TOTAL, "P1") == 9
    assert table.count(TOTAL, TOTAL) == 12
    assert table.percent_text("KH", "P1") == "50.0"


def test_rejects_bad_layouts() -> None:
    with pytest.raises(ValueError, match="two different fields"):
        build_table(CASELOAD, ("sex", "sex"))
    with pytest.raises(ValueError, match="salary"):
        build_table(CASELOAD, ("salary",))


def test_csv_has_field_count_percent_columns() -> None:
    out = io.StringIO()
    write_csv(build_table(CASELOAD, ("sex",)), out)
    assert out.getvalue().splitlines() == [
        "sex,count,percent",
        "Female,7,58.3",
        "Male,4,33.3",
        "Other,1,8.3",
        "Total,12,100.0",
    ]
    out = io.StringIO()
    write_csv(build_table(CASELOAD, ("age_group", "sex")), out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "age_group,sex,count,percent"
    assert "Adult (18+),Female,7,58.3" in lines
    assert "Adult (18+),Total,9,75.0" in lines
    assert "Total,Male,4,33.3" in lines
    assert lines[-1] == "Total,Total,12,100.0"


def test_suppressed_csv_and_json_never_carry_the_hidden_number() -> None:
    table = build_table(CASELOAD, ("sex",), threshold=5)
    out = io.StringIO()
    write_csv(table, out)
    assert out.getvalue().splitlines() == [
        "sex,count,percent",
        "Female,7,58.3",
        "Male,<5,x",
        "Other,<5,x",
        "Total,12,100.0",
    ]
    data = to_json(table)
    male = next(c for c in data["cells"] if c["sex"] == "M")
    assert male == {"sex": "M", "count": None, "shown": "<5", "percent": None}
    assert "4" not in str([c for c in data["cells"] if c["count"] is None])


@pytest.mark.parametrize("hostile", ['=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)"])
def test_csv_never_writes_a_cell_a_spreadsheet_would_run(hostile: str) -> None:
    import csv

    rows = [dataclasses.replace(f, programme=hostile) for f in facts(6)]
    out = io.StringIO()
    write_csv(build_table(rows, ("programme",)), out)
    cells = [cell for row in csv.reader(io.StringIO(out.getvalue())) for cell in row]
    assert "'" + hostile in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
