"""Report tables counted by SQL over the index equal those counted from each case's facts
(the implementation before): every field, every pair, with periods, a programme and a
caseworker's own scope."""

import datetime as dt
import itertools

import pytest

from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.reports.fields import REPORT_FIELDS
from rrr_desktop.reports.report import ReportFilter
from rrr_desktop.reports.tables import build_table
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.reports import ReportService
from rrr_desktop.services.session import Session
from tests.conftest import PASSPHRASE, TODAY

LAYOUTS: list[tuple[str, ...]] = [(f,) for f in REPORT_FIELDS]
LAYOUTS += list(itertools.permutations(REPORT_FIELDS, 2))


def _same_tables(service: ReportService, flt: ReportFilter) -> int:
    facts = service.facts(flt)
    report = service.build(LAYOUTS, flt, threshold=5)
    assert report.cases == len(facts)
    for layout, table in zip(LAYOUTS, report.tables, strict=True):
        expected = build_table(facts, layout, 5)
        assert table == expected, layout
    return len(facts)


def test_every_table_equals_the_count_from_the_facts(demo_session: Session) -> None:
    service = ReportService(demo_session)
    assert _same_tables(service, ReportFilter()) == 300
    programme = service.programmes()[0]
    part = _same_tables(service, ReportFilter(dt.date(2026, 2, 1), dt.date(2026, 8, 31), programme))
    assert 0 < part < 300
    assert _same_tables(service, ReportFilter(dt.date(2030, 1, 1))) == 0  # nothing: empty


def test_a_caseworker_counts_only_their_own_cases_either_way(demo_session: Session) -> None:
    cases = CaseService(demo_session)
    vault_service.add_user(demo_session, "kim", PASSPHRASE, [Role.CASEWORKER])
    refs = [r.reference for r in cases.search(CaseQuery(limit=40, sort="reference"))]
    for n, reference in enumerate(refs):
        cases.assign(reference, "kim", also=n % 2 == 1)  # own cases and "also assigned"
    kim = vault_service.open_session(demo_session.directory, "kim", PASSPHRASE, FixedClock(TODAY))
    try:
        assert _same_tables(ReportService(kim), ReportFilter()) == 40
    finally:
        kim.close()


def test_a_report_refuses_the_same_table_twice(demo_session: Session) -> None:
    """Two tables with one layout would be written to one CSV file, the second over the
    first, while the screen and the audit said two."""
    from rrr_desktop.errors import InvalidInput

    service = ReportService(demo_session)
    with pytest.raises(InvalidInput, match="something else"):
        service.build([("sex",), ("sex",)], ReportFilter())


def test_deleted_and_anonymised_cases_count_as_before(demo_session: Session) -> None:
    """A deleted case leaves the index (and every count); an anonymised one stays."""
    from rrr_desktop.vault.cases import anonymise_case, tombstone_case

    ids = [r.id for r in CaseService(demo_session).search(CaseQuery(limit=3, sort="reference"))]
    with demo_session.write() as conn:
        tombstone_case(conn, ids[0], demo_session.next_version(), demo_session.device_id)
        anonymise_case(
            conn, ids[1], demo_session.next_version(), demo_session.device_id, TODAY.date()
        )
    assert _same_tables(ReportService(demo_session), ReportFilter()) == 299
