"""The operational lists counted by SQL (stays per stage, returns, caseload, follow-ups)
equal what the pure list functions count from every case's document, for everyone, for
one programme and for a caseworker's own cases."""

import datetime as dt
import statistics

from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.reports import lists
from rrr_desktop.reports.report import ReportFilter
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.reports import ReportService
from rrr_desktop.services.session import Session
from rrr_desktop.vault import report_rows
from tests.conftest import PASSPHRASE, TODAY


@given(st.dictionaries(st.integers(0, 400), st.integers(1, 50), min_size=1, max_size=30))
def test_the_median_of_counts_is_the_median_of_the_values(counts: dict[int, int]) -> None:
    values = [v for v, n in counts.items() for _ in range(n)]
    assert lists.median_of_counts(counts) == statistics.median(values)


def _same_lists(service: ReportService, flt: ReportFilter, today: dt.date) -> int:
    pairs = service.histories(flt)
    assert service.stage_times(flt) == lists.stage_times(h for _, h in pairs)
    start, end = flt.start or dt.date(2000, 1, 1), flt.end or today
    assert service.returns(ReportFilter(start, end, flt.programme)) == lists.returns_between(
        pairs, start, end
    )
    every = [f for f, _ in service.histories()]
    assert service.caseload() == lists.caseload(every, today)
    for days in (0, 14, 365):
        assert service.followups(days) == lists.followups_due(
            every, today + dt.timedelta(days=days)
        )
    return len(pairs)


def test_every_list_equals_the_count_from_the_documents(demo_session: Session) -> None:
    service = ReportService(demo_session)
    today = demo_session.clock.today()
    assert _same_lists(service, ReportFilter(), today) == 300
    assert service.stage_times(ReportFilter())  # the demo data has completed stays
    assert service.returns(ReportFilter(dt.date(2000, 1, 1), today))  # and returns
    programme = service.programmes()[0]
    assert _same_lists(service, ReportFilter(dt.date(2026, 3, 1), today, programme), today) > 0


def test_a_caseworker_lists_only_their_own_cases_either_way(demo_session: Session) -> None:
    cases = CaseService(demo_session)
    vault_service.add_user(demo_session, "kim", PASSPHRASE, [Role.CASEWORKER])
    for n, row in enumerate(cases.search(CaseQuery(limit=60, sort="reference"))):
        cases.assign(row.reference, "kim", also=n % 3 == 0)
    kim = vault_service.open_session(demo_session.directory, "kim", PASSPHRASE, FixedClock(TODAY))
    try:
        assert _same_lists(ReportService(kim), ReportFilter(), TODAY.date()) == 60
    finally:
        kim.close()


def test_the_upgrade_fills_the_stage_changes_of_existing_cases(demo_session: Session) -> None:
    from rrr_desktop.vault.migrations import m0017_stage_changes

    conn = demo_session.conn()
    query = "SELECT rid, to_stage, on_date, imported, days FROM case_stage_changes ORDER BY 1, 3, 2"
    before = conn.execute(query).fetchall()
    with demo_session.write() as w:  # as a vault of schema 16 was
        w.execute("DROP TABLE case_stage_changes")
        m0017_stage_changes.upgrade(w)
    assert conn.execute(query).fetchall() == before
    assert len(before) > 300  # several changes per case


def test_the_upgrade_gives_every_trip_its_case_and_drops_orphans(demo_session: Session) -> None:
    from rrr_desktop.vault.migrations import m0017_stage_changes, m0018_trips

    conn = demo_session.conn()
    query = (
        "SELECT rid, to_stage, on_date, imported, days, reference, origin_country, programme "
        "FROM case_stage_changes ORDER BY 1, 3, 2"
    )
    before = conn.execute(query).fetchall()
    service = ReportService(demo_session)
    every = ReportFilter(dt.date(2000, 1, 1), demo_session.clock.today())
    returns = service.returns(every)
    with demo_session.write() as w:  # as a vault of schema 17 was, with a case's rows left
        w.execute("DROP TABLE case_stage_changes")  # behind by an older deletion
        m0017_stage_changes.upgrade(w)
        w.execute(
            "INSERT INTO case_stage_changes(rid, to_stage, on_date, imported, days) "
            "VALUES (999999, 'travel', '2026-01-01', 0, NULL)"
        )
        for statement in m0018_trips.SQL.split(";"):
            if statement.strip():
                w.execute(statement)
    assert conn.execute(query).fetchall() == before
    assert all(row[5] for row in before)  # every trip names its case
    assert service.returns(every) == returns


def test_the_caseload_and_the_stays_are_read_from_an_index_alone(demo_session: Session) -> None:
    """At 100,000 cases, reading the case rows made these lists 6-10 times slower: each is
    read from one index that holds every column it needs, in the order it groups by."""
    conn = demo_session.conn()
    for name, run in {
        "caseload": lambda: report_rows.caseload_counts(conn, None, TODAY),
        "stays": lambda: report_rows.stay_lengths(conn, None),
    }.items():
        ran: list[str] = []
        conn.set_trace_callback(ran.append)  # the statements as run, values filled in
        try:
            assert run()  # the demo data has open cases and completed stays
        finally:
            conn.set_trace_callback(None)
        (sql,) = ran
        steps = " / ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "COVERING INDEX" in steps, (name, steps)
        assert "TEMP B-TREE" not in steps, (name, steps)
