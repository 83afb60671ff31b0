"""Report and import figures: donor tables over N demo cases, and a 1,000-row spreadsheet.

Reports count with SQL over the index (the age group at intake is an indexed column since
migration 0016); the 100,000-case figures are in the vault bench.
"""

import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import CHEAP, CLOCK, PASS
from rrr_desktop.reports.fields import DONOR_SET
from rrr_desktop.reports.report import ReportFilter
from rrr_desktop.services import vault_service
from rrr_desktop.services.demo import fill_demo
from rrr_desktop.services.importing import ImportService, read_sheet, resolve_mapping
from rrr_desktop.services.reports import ReportService
from tests.data.make_caseload import write


def _timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return round(time.perf_counter() - start, 3), result


def run(quick: bool) -> dict[str, Any]:
    cases = 1_000 if quick else 10_000
    rows = 1_000
    with tempfile.TemporaryDirectory(prefix="rrr-bench-reports-") as tmp:
        base = Path(tmp)
        session = vault_service.create_vault(
            base / "v", "Bench Shelter", "TH", "alice", PASS, kdf=CHEAP, clock=CLOCK
        )
        try:
            fill_demo(session, cases, seed=3)
            reports = ReportService(session)
            by_sex, _ = _timed(lambda: reports.build([("sex",)], ReportFilter(), 5))
            donor, report = _timed(
                lambda: reports.build([(f,) for f in DONOR_SET], ReportFilter(), 5)
            )
            cross, _ = _timed(
                lambda: reports.build([("origin_country", "stage")], ReportFilter(), 5)
            )
            stage_times, _ = _timed(reports.stage_times)
            sheet_path = write(base / "caseload.csv", rows, seed=9)
            fresh = vault_service.create_vault(
                base / "w", "Import Shelter", "KH", "alice", PASS, kdf=CHEAP, clock=CLOCK
            )
            try:
                service = ImportService(fresh)
                read_s, sheet = _timed(lambda: read_sheet(sheet_path))
                preview_s, preview = _timed(
                    lambda: service.preview(sheet, resolve_mapping(sheet.headers))
                )
                apply_s, created = _timed(lambda: service.apply(preview))
            finally:
                fresh.close()
        finally:
            session.close()
    return {
        "cases": cases,
        "report_by_sex_s": by_sex,
        "report_donor_set_4_tables_s": donor,
        "report_cross_tab_s": cross,
        "stage_times_s": stage_times,
        "cases_counted": report.cases,
        "import_rows": rows,
        "import_read_csv_s": read_s,
        "import_preview_s": preview_s,
        "import_apply_s": apply_s,
        "import_created": len(created),
    }
