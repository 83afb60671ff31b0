"""A big stack of imports sets the lists' indexes aside and builds them again when it ends
(``db.indexes_aside``). Meanwhile every list and report reads the same, only slower; a
process killed meanwhile leaves them to be built at the next unlock, by whoever opens the
vault alone (never under a stack another window is still importing)."""

from pathlib import Path

import pytest

from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.reports.report import ReportFilter
from rrr_desktop.services import handoff as handoff_service
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.reports import ReportService
from rrr_desktop.services.session import Session
from rrr_desktop.services.today import today_list
from rrr_desktop.vault import db
from tests.conftest import PASSPHRASE
from tests.reports.test_sql_lists import _same_lists


def _indexes(session: Session) -> list[tuple[str, str]]:
    sql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    return sorted(session.conn().execute(sql).fetchall())


def _what_lists_show(session: Session) -> list[object]:
    cases = CaseService(session)
    shown: list[object] = [
        [r.reference for r in cases.search(CaseQuery(limit=500, sort=sort))]
        for sort in ("reference", "name", "updated", "stage", "origin", "next_due", "age", "sex")
    ]
    shown.append([(i.kind, i.reference) for i in today_list(session).items])
    report = ReportService(session)
    shown += [report.caseload(), report.followups(30), report.stage_times(ReportFilter())]
    return shown


def test_lists_and_reports_read_the_same_with_the_indexes_aside(demo_session: Session) -> None:
    before, shown = _indexes(demo_session), _what_lists_show(demo_session)
    with demo_session.indexes_aside(True):
        held = {name for name, _ in _indexes(demo_session)}
        assert held.isdisjoint(db.SET_ASIDE)
        assert db.indexes_are_aside(demo_session.conn())
        assert _what_lists_show(demo_session) == shown
        today = demo_session.clock.today()
        assert _same_lists(ReportService(demo_session), ReportFilter(), today) == 300
    assert _indexes(demo_session) == before  # built again exactly as they were
    assert not db.indexes_are_aside(demo_session.conn())


def test_indexes_left_aside_by_a_killed_stack_are_built_at_the_next_unlock(
    demo_session: Session, vault_dir: Path
) -> None:
    before = _indexes(demo_session)
    db.set_indexes_aside(demo_session.conn())  # ... and the process is killed
    demo_session.close()
    again = vault_service.open_session(vault_dir, "alice", PASSPHRASE, demo_session.clock)
    try:
        assert _indexes(again) == before
        assert not db.indexes_are_aside(again.conn())
    finally:
        again.close()


def test_indexes_aside_are_not_built_while_another_window_has_the_vault_open(
    demo_session: Session, vault_dir: Path
) -> None:
    """That window may be the one importing the stack: building them there would make
    its imports wait, and them slower."""
    before = _indexes(demo_session)
    db.set_indexes_aside(demo_session.conn())
    second = vault_service.open_session(vault_dir, "alice", PASSPHRASE, demo_session.clock)
    try:
        assert db.indexes_are_aside(second.conn())
        assert _what_lists_show(second)  # readable, only slower
    finally:
        second.close()
    demo_session.close()
    again = vault_service.open_session(vault_dir, "alice", PASSPHRASE, demo_session.clock)
    try:
        assert _indexes(again) == before
    finally:
        again.close()


def test_only_a_stack_of_many_cases_mostly_new_here_sets_them_aside(
    demo_session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building them again costs as much as the vault holds: worth it only when a stack
    brings many cases, at least as many as the vault holds (300 in the demo)."""
    monkeypatch.setattr(handoff_service, "STICK_BYTES_PER_CASE", 10)  # a case: 10 bytes
    monkeypatch.setattr(handoff_service, "SET_ASIDE_FROM", 100)
    service = handoff_service.HandoffService(demo_session)

    def sticks(*cases: int) -> list[Path]:
        paths = []
        for n, count in enumerate(cases):
            path = tmp_path / f"stick{n}-{count}.rrrbundle"
            path.write_bytes(b"x" * 10 * count)
            paths.append(path)
        return paths

    assert service._sets_indexes_aside(sticks(200, 200))  # 400 cases: more than held
    assert not service._sets_indexes_aside(sticks(100, 100))  # 200: fewer than held
    assert service._sets_indexes_aside([*sticks(400), tmp_path / "pulled-out.rrrbundle"])
    monkeypatch.setattr(handoff_service, "SET_ASIDE_FROM", 1000)
    assert not service._sets_indexes_aside(sticks(400))  # not many


def test_no_query_names_an_index_that_may_be_aside() -> None:
    """A query naming its index (``INDEXED BY``) fails while that index is aside."""
    import re

    import rrr_desktop

    named = set()
    for source in Path(rrr_desktop.__file__).parent.rglob("*.py"):
        named |= set(re.findall(r"INDEXED BY (\w+)", source.read_text(encoding="utf-8")))
    assert named  # the reports do name some
    assert named.isdisjoint(db.SET_ASIDE)
