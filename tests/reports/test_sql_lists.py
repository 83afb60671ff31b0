"""The operational lists counted by SQL (stays per stage, returns, caseload, follow-ups)
equal what the pure list functions count from every case's document, for everyone, for
one programme and for a caseworker's own cases."""

import datetime as dt
import statistics

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.domain.enums import Role, Stage
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
    from rrr_desktop.vault.migrations import m0017_stage_changes, m0018_trips, m0020_list_order

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
        for statement in (m0018_trips.SQL + m0020_list_order.SQL).split(";"):
            if statement.strip():
                w.execute(statement)
    assert conn.execute(query).fetchall() == before
    assert all(row[5] for row in before)  # every trip names its case
    assert service.returns(every) == returns


def test_the_caseload_the_stays_and_the_follow_ups_are_read_from_an_index_alone(
    demo_session: Session,
) -> None:
    """At 100,000 cases, reading the case rows made these lists 6-10 times slower: each is
    read from one index that holds every column it needs, in the order it groups by."""
    conn = demo_session.conn()
    for name, run in {
        "caseload": lambda: report_rows.caseload_counts(conn, None, TODAY),
        "stays": lambda: report_rows.stay_lengths(conn, None),
        "follow-ups": lambda: report_rows.due_rows(conn, None, TODAY + dt.timedelta(days=60)),
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


_DAY0 = dt.datetime(2025, 1, 1, 9, tzinfo=dt.UTC)
# A stage history: (days after the first day, stage, set by a spreadsheet import), in any
# order and with several changes on one day; trips home repeat (a return that failed).
_history = st.lists(
    st.tuples(
        st.integers(0, 20),
        st.sampled_from([Stage.TRAVEL, Stage.TRAVEL, Stage.SHELTER, Stage.FOLLOW_UP]),
        st.booleans(),
    ),
    max_size=7,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(histories=st.lists(_history, min_size=1, max_size=6), data=st.data())
def test_returns_are_the_last_trip_of_each_case_in_any_period(
    demo_session: Session, histories: list[list[tuple[int, Stage, bool]]], data: st.DataObject
) -> None:
    """Cases that travel more than once, twice on one day, or whose trip came from a
    spreadsheet: the list read from the trips index equals the rule applied to the
    documents over any period (its ends often on a day something happened, where an
    off-by-one would show), and a caseworker's list is theirs of everyone's."""
    from rrr_desktop.domain.casefile import StageChange
    from rrr_desktop.domain.import_rules import IMPORT_NOTE
    from rrr_desktop.vault import cases as repo

    conn = demo_session.conn()
    ids = [r[0] for r in conn.execute("SELECT id FROM case_index ORDER BY rid LIMIT 6")]
    with demo_session.write() as w:
        for case_id, history in zip(ids, histories, strict=False):
            case = repo.load_case(w, case_id)
            case.stage_history = [
                StageChange(
                    from_stage=None,
                    to_stage=stage,
                    at=_DAY0 + dt.timedelta(days=day, minutes=n),
                    note=IMPORT_NOTE if imported else "",
                )
                for n, (day, stage, imported) in enumerate(history)
            ]
            repo.save_case(w, case, demo_session.next_version(), "dev", TODAY.date())
    days = sorted({day for history in histories for day, _, _ in history} | {0})
    edge = st.sampled_from(days) | st.integers(-2, 22)
    start, end = sorted((data.draw(edge, label="start"), data.draw(edge, label="end")))
    first, last = (_DAY0.date() + dt.timedelta(days=d) for d in (start, end))
    _same_lists(ReportService(demo_session), ReportFilter(first, last), TODAY.date())
    worker = repo.load_case(conn, ids[0]).caseworker
    theirs = {
        r[0]
        for r in conn.execute(
            "SELECT reference FROM case_index WHERE caseworker = ? OR instr(assigned, ?) > 0",
            (worker, f",{worker},"),
        )
    }
    everyone = report_rows.returns(conn, None, first, last)
    assert report_rows.returns(conn, worker, first, last) == [
        row for row in everyone if row[0] in theirs
    ]


def test_the_upgrade_gives_each_trip_the_day_of_the_next_one(demo_session: Session) -> None:
    """An upgraded vault finds the next trip of each trip as a save writes it."""
    from rrr_desktop.vault.cases import later_trips
    from rrr_desktop.vault.migrations import m0020_list_order

    conn = demo_session.conn()
    rows = conn.execute("SELECT rid FROM case_index ORDER BY rid LIMIT 40").fetchall()
    with demo_session.write() as w:  # later trips (in the order of days, as saves write
        # them): each case sets off again, some twice on one day
        for n, (rid,) in enumerate(rows):
            for k in range(1 + n % 3):
                w.execute(
                    "INSERT INTO case_stage_changes(rid, to_stage, on_date, imported, days) "
                    "VALUES (?, 'travel', ?, ?, NULL)",
                    (rid, f"2027-0{1 + k // 2}-1{n % 4}", int(n % 5 == 0)),
                )
    query = "SELECT rid, rowid, to_stage, on_date, imported FROM case_stage_changes ORDER BY 1, 2"
    expected: list[str] = []
    by_case: dict[int, list[tuple[str, str, int, int | None]]] = {}
    for rid, _, stage, day, imported in conn.execute(query):
        by_case.setdefault(rid, []).append((stage, day, imported, None))
    for _, case_rows in sorted(by_case.items()):
        expected += later_trips(case_rows)
    with demo_session.write() as w:
        w.execute("DROP INDEX case_stage_changes_trips")  # as schema 19 was
        w.execute("ALTER TABLE case_stage_changes DROP COLUMN later_trip")
        for statement in m0020_list_order.SQL.split(";"):
            if statement.strip():
                w.execute(statement)
    found = [
        r[0] for r in conn.execute("SELECT later_trip FROM case_stage_changes ORDER BY rid, rowid")
    ]
    assert found == expected
    assert any(found)  # some trips have a later one
