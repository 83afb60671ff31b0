"""A case an import found held nowhere is indexed without reading its row first; where a
row is there after all (a vault from before that rule), the index ends as the ordinary
write leaves it, never a failed import."""

from typing import Any

from rrr_desktop.domain.casefile import Intake
from rrr_desktop.domain.people import Person
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.vault import cases as repo
from tests.conftest import TODAY


def _index(session: Session) -> list[tuple[Any, ...]]:
    conn = session.conn()
    return [
        *conn.execute("SELECT * FROM case_index ORDER BY id").fetchall(),
        *conn.execute("SELECT * FROM case_stage_changes ORDER BY rid, rowid").fetchall(),
        *conn.execute("SELECT rowid FROM case_words ORDER BY rowid").fetchall(),
    ]


def test_new_or_not_the_index_is_the_same(session: Session) -> None:
    service = CaseService(session)
    case = service.create(
        Person(given_name="Sokha", family_name="Seng"), Intake(intake_date=TODAY.date())
    )
    entry = repo.index_entry(service.get(case.id, audit=False), TODAY.date())
    before = _index(session)
    with session.write() as conn:  # a row already there, "new" or not: one row, as it was
        repo.write_index(conn, entry, new=True)
    assert _index(session) == before
    with session.write() as conn:
        repo.write_index(conn, entry)
    assert _index(session) == before
