"""Operational lists and the report service on the demo caseload (300 synthetic cases)."""

import datetime as dt

import pytest

from rrr_desktop.domain.enums import Stage
from rrr_desktop.domain.import_rules import IMPORT_NOTE
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.errors import InvalidInput
from rrr_desktop.reports import lists
from rrr_desktop.reports.report import ReportFilter
from rrr_desktop.reports.tables import TOTAL
from rrr_desktop.services.reports import ReportService
from rrr_desktop.services.session import Session
from rrr_desktop.vault import audit

D = dt.date


def change(stage: str, day: dt.date, note: str = "") -> lists.StageChangeFacts:
    return lists.StageChangeFacts(stage, day, note)


def test_median_days_per_stage_over_completed_stays() -> None:
    histories = [
        [
            change("intake", D(2026, 1, 1)),
            change("shelter", D(2026, 1, 11)),
            change("return_preparation", D(2026, 2, 10)),
        ],
        [change("intake", D(2026, 1, 1)), change("shelter", D(2026, 1, 5))],
        [
            change("intake", D(2026, 1, 1)),
            change("shelter", D(2026, 1, 31)),
            change("return_preparation", D(2026, 2, 2)),
        ],
        # an imported case: the time before the import is unknown, so it is left out
        [
            change("intake", D(2020, 1, 1), IMPORT_NOTE),
            change("shelter", D(2026, 1, 1), IMPORT_NOTE),
        ],
    ]
    times = {t.stage: t for t in lists.stage_times(histories)}
    assert times["intake"].stays == 3
    assert times["intake"].median_days == 10.0  # 10, 4, 30
    assert times["shelter"].stays == 2
    assert times["shelter"].median_days == 16.0  # 30 and 2
    assert "return_preparation" not in times  # still running: no completed stay


def test_caseload_followups_and_returns() -> None:
    today = D(2026, 11, 23)
    rows = [
        lists.IndexFacts("TH-2026-00001", "malai", "shelter", "risk_assessment", D(2026, 11, 1)),
        lists.IndexFacts("TH-2026-00002", "malai", "follow_up", "visit_due", D(2026, 12, 1)),
        lists.IndexFacts("TH-2026-00003", "dewi", "closed", "", None),
        lists.IndexFacts("TH-2026-00004", "dewi", "intake", "consent_needed", D(2027, 1, 1)),
    ]
    load = lists.caseload(rows, today)
    assert [(c.caseworker, c.open_cases, c.overdue) for c in load] == [
        ("malai", 2, 1),
        ("dewi", 1, 0),
    ]
    due = lists.followups_due(rows, today + dt.timedelta(days=14))
    assert [r.reference for r in due] == ["TH-2026-00001", "TH-2026-00002"]
    trips = [
        (rows[0], [change("travel", D(2026, 11, 5))]),
        (rows[1], [change("travel", D(2026, 9, 30))]),
        (rows[3], [change("travel", D(2026, 11, 20), IMPORT_NOTE)]),
    ]
    back = lists.returns_between(trips, D(2026, 11, 1), D(2026, 11, 30))
    assert [r.reference for r in back] == ["TH-2026-00001"]


def test_service_builds_tables_for_a_period_and_programme(demo_session: Session) -> None:
    service = ReportService(demo_session)
    everything = service.build([("sex",), ("age_group", "stage")], ReportFilter())
    assert everything.cases == 300
    assert everything.tables[0].total == 300
    assert everything.tables[1].count(TOTAL, TOTAL) == 300
    assert set(everything.tables[1].rows) <= {"infant", "child", "adult", "unknown"}
    programme = service.programmes()[0]
    flt = ReportFilter(D(2026, 1, 1), D(2026, 6, 30), programme)
    part = service.build([("programme",)], flt)
    table = part.tables[0]
    assert table.rows == [programme]
    count = (
        demo_session.conn()
        .execute(
            "SELECT count(*) FROM case_index WHERE programme = ? AND intake_date BETWEEN ? AND ?",
            (programme, "2026-01-01", "2026-06-30"),
        )
        .fetchone()[0]
    )
    assert table.total == count > 0
    details = {
        e.detail for e in audit.entries_for(demo_session.conn(), "") if e.action == "report.build"
    }
    assert details == {  # suppressed by default, for every output
        '{"below_default": false, "fields": [["programme"]], "suppress": 5}',
        '{"below_default": false, "fields": [["sex"], ["age_group", "stage"]], "suppress": 5}',
    }
    assert everything.tables[1].suppressed  # a small age group is hidden


def test_an_unsuppressed_report_is_audited_as_internal(demo_session: Session) -> None:
    service = ReportService(demo_session)
    service.build([("sex",)], ReportFilter(), threshold=0)
    [entry] = [e for e in audit.entries_for(demo_session.conn(), "") if e.action == "report.build"]
    assert '"below_default": true' in entry.detail
    assert '"suppress": 0' in entry.detail


def test_service_refuses_bad_requests(demo_session: Session) -> None:
    service = ReportService(demo_session)
    with pytest.raises(InvalidInput, match="after its end"):
        service.build([("sex",)], ReportFilter(D(2026, 2, 1), D(2026, 1, 1)))
    with pytest.raises(InvalidInput, match="Cannot count by"):
        service.build([("name",)], ReportFilter())
    with pytest.raises(InvalidInput, match="two different"):
        service.build([("sex", "sex")], ReportFilter())


def test_service_lists_on_demo_data(demo_session: Session) -> None:
    service = ReportService(demo_session)
    load = service.caseload()
    open_cases = (
        demo_session.conn()
        .execute("SELECT count(*) FROM case_index WHERE stage != 'closed'")
        .fetchone()[0]
    )
    assert sum(c.open_cases for c in load) == open_cases
    times = {t.stage: t for t in service.stage_times()}
    assert times[Stage.INTAKE.value].stays > 50
    assert 5 <= times[Stage.INTAKE.value].median_days <= 40  # demo stays last 5-40 days
    year = service.returns(ReportFilter(D(2025, 11, 24), D(2026, 11, 23)))
    assert year
    assert all(D(2025, 11, 24) <= r.on <= D(2026, 11, 23) for r in year)
    assert all(f.next_due is not None for f in service.followups(14))


def test_caseworkers_count_only_their_own_cases(demo_session: Session, clock: object) -> None:
    from rrr_desktop.domain.casefile import Intake
    from rrr_desktop.domain.enums import Role
    from rrr_desktop.domain.people import Person
    from rrr_desktop.services import vault_service
    from rrr_desktop.services.cases import CaseService

    vault_service.add_user(demo_session, "kim", "kim's long passphrase", [Role.CASEWORKER])
    CaseService(demo_session).create(
        Person(given_name="Synthetic"), Intake(intake_date=D(2026, 11, 1)), caseworker="kim"
    )
    kim = vault_service.open_session(demo_session.directory, "kim", "kim's long passphrase", clock)  # type: ignore[arg-type]
    try:
        mine = ReportService(kim).build([("sex",)], ReportFilter())
        assert mine.cases == 1
        assert [c.caseworker for c in ReportService(kim).caseload()] == ["kim"]
    finally:
        kim.close()
    assert ReportService(demo_session).build([("sex",)], ReportFilter()).cases == 301


def _age_groups_from_documents(session: Session) -> dict[str, int]:
    """What reports counted before the index held the age group: each case's document."""
    from collections import Counter

    from rrr_desktop.domain.import_rules import intake_age_group
    from rrr_desktop.services.cases import CaseService

    service = CaseService(session)
    counted: Counter[str] = Counter()
    for row in service.search(CaseQuery(limit=10_000)):
        case = service.get(row.id, audit=False)
        p = case.person
        counted[
            intake_age_group(
                p.date_of_birth, p.estimated_age, p.estimated_on, case.intake.intake_date
            )
        ] += 1
    return dict(counted)


def test_age_groups_from_the_index_equal_those_read_from_each_case(demo_session: Session) -> None:
    report = ReportService(demo_session).build([("age_group",)], ReportFilter(), threshold=0)
    table = report.tables[0]
    from_index = {row: table.count(row, TOTAL) for row in table.rows}
    assert from_index == _age_groups_from_documents(demo_session)
    assert len(from_index) >= 2  # the demo data has more than one group: not trivially equal


def test_the_upgrade_fills_the_age_group_of_existing_cases(demo_session: Session) -> None:
    from rrr_desktop.vault.migrations import m0016_age_group

    conn = demo_session.conn()
    before = conn.execute("SELECT id, age_group FROM case_index ORDER BY id").fetchall()
    with demo_session.write() as w:  # as a vault of schema 15 was: no such column
        w.execute("ALTER TABLE case_index DROP COLUMN age_group")
        m0016_age_group.upgrade(w)
    after = conn.execute("SELECT id, age_group FROM case_index ORDER BY id").fetchall()
    assert after == before
    assert {group for _, group in after} >= {"adult", "child"}


def test_csv_export_names_one_file_per_table_and_is_audited_without_numbers(
    demo_session: Session, tmp_path: object
) -> None:
    from pathlib import Path

    service = ReportService(demo_session)
    report = service.build([("sex",), ("stage",)], ReportFilter())
    out = Path(str(tmp_path)) / "donor.csv"
    written = service.export_csv(report, out)
    assert [p.name for p in written] == ["donor-sex.csv", "donor-stage.csv"]
    assert written[0].read_text(encoding="utf-8").startswith("sex,count,percent\n")
    one = service.export_csv(service.build([("sex",)], ReportFilter()), out)
    assert one == [out]
    entries = [e for e in audit.entries_for(demo_session.conn(), "") if e.action == "report.export"]
    assert len(entries) == 2
    assert sorted('"files": 2' in e.detail for e in entries) == [False, True]
    assert "300" not in "".join(e.detail for e in entries)  # the counts stay out of the log
