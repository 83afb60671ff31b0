"""Closed cases past their retention date: listed, then anonymised or deleted on a
supervisor's confirmation (never automatically)."""

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.enums import Role, Stage
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.domain.retention import retention_due
from rrr_desktop.errors import InvalidInput
from rrr_desktop.services.session import Session
from rrr_desktop.vault import cases as repo
from rrr_desktop.vault.db import Connection


def cases_due(session: Session) -> list[CaseFile]:
    session.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "review retention"))
    conn = session.conn()
    today = session.clock.today()
    due: list[CaseFile] = []
    offset = 0
    while True:
        rows = repo.search_cases(
            conn,
            CaseQuery(
                stage=Stage.CLOSED.value,
                offset=offset,
                limit=500,
                sort="reference",
                descending=False,
            ),
        )
        if not rows:
            return due
        for row in rows:
            case = repo.load_case(conn, row.id)
            if retention_due(case, today):
                due.append(case)
        offset += len(rows)


def _load_due(session: Session, conn: Connection, reference: str) -> CaseFile:
    """The case, if it is closed and past its retention date; otherwise a clear refusal."""
    case = repo.load_case(conn, reference)
    if not retention_due(case, session.clock.today()):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "{reference} is not a closed case past its retention date."
            ),
            reference=case.reference,
        )
    return case


def anonymise_case(session: Session, reference: str) -> CaseFile:
    session.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "anonymise a case"))
    with session.write() as conn:
        case = _load_due(session, conn, reference)
        repo.anonymise_case(
            conn, case.id, session.next_version(), session.device_id, session.clock.today()
        )
        session.audit(conn, "case.anonymise", case.id)
        return repo.load_case(conn, case.id)


def delete_case(session: Session, reference: str) -> None:
    """Deletion leaves a tombstone (so synced copies learn of it) and no content."""
    session.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "delete a case"))
    with session.write() as conn:
        case = _load_due(session, conn, reference)
        repo.tombstone_case(conn, case.id, session.next_version(), session.device_id)
        session.audit(conn, "case.delete", case.id)
