import datetime as dt

import pytest

from rrr_desktop.domain.enums import ClosureReason, Role, Stage
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.domain.reintegration import Closure
from rrr_desktop.domain.retention import ANONYMISED, anonymise
from rrr_desktop.errors import InvalidInput, PermissionDenied
from rrr_desktop.services import retention, vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session


def _close_long_ago(service: CaseService, ref: str) -> None:
    def close(c):  # type: ignore[no-untyped-def]
        c.closure = Closure(
            reason=ClosureReason.REINTEGRATED,
            on=dt.date(2019, 1, 1),
            by="alice",
            retention_until=dt.date(2024, 1, 1),
            note="private note",
        )

    service.modify(ref, close, "case.closure")
    service.modify(ref, lambda c: setattr(c, "stage", Stage.CLOSED), "case.stage")


def test_anonymised_case_keeps_statistics_and_drops_identity(demo_session: Session) -> None:
    service = CaseService(demo_session)
    row = service.search(CaseQuery(stage="follow_up", limit=1))[0]
    original = service.get(row.reference)
    _close_long_ago(service, row.reference)
    assert row.reference in [c.reference for c in retention.cases_due(demo_session)]
    retention.anonymise_case(demo_session, row.reference)
    after = service.get(row.reference)
    assert after.person.given_name == ANONYMISED
    assert after.person.family_name == ""
    assert after.person.contacts == []
    assert after.person.wishes == ""
    assert after.person.sex == original.person.sex
    assert after.person.birth_year() == original.person.birth_year()
    assert after.intake.exploitation_sector == original.intake.exploitation_sector
    assert after.consents == []
    assert after.reintegration.visits == []
    assert (
        service.count(
            CaseQuery(
                text=original.person.family_name or original.person.given_name,
                origin_country=original.intake.origin_country,
            )
        )
        < 1000
    )
    assert row.reference not in [c.reference for c in retention.cases_due(demo_session)]


def test_open_case_cannot_be_anonymised_or_deleted(demo_session: Session) -> None:
    ref = CaseService(demo_session).search(CaseQuery(stage="shelter", limit=1))[0].reference
    with pytest.raises(InvalidInput, match="retention"):
        retention.anonymise_case(demo_session, ref)
    with pytest.raises(InvalidInput, match="retention"):
        retention.delete_case(demo_session, ref)


def test_delete_leaves_a_tombstone(demo_session: Session) -> None:
    service = CaseService(demo_session)
    row = service.search(CaseQuery(stage="follow_up", limit=1))[0]
    _close_long_ago(service, row.reference)
    before = service.count(CaseQuery())
    retention.delete_case(demo_session, row.reference)
    assert service.count(CaseQuery()) == before - 1
    tomb = demo_session.conn().execute("SELECT deleted FROM records WHERE id = ?", (row.id,))
    assert tomb.fetchone()[0] == 1


def test_only_supervisors_decide_retention(demo_session: Session) -> None:
    vault_service.add_user(demo_session, "cw", "caseworker passphrase", [Role.CASEWORKER])
    directory = demo_session.directory
    demo_session.close()
    worker = vault_service.open_session(directory, "cw", "caseworker passphrase")
    try:
        with pytest.raises(PermissionDenied):
            retention.cases_due(worker)
    finally:
        worker.close()


def test_anonymise_is_pure() -> None:
    from tests.unit.test_gates import ready_case

    case = ready_case()
    clean = anonymise(case)
    assert case.person.given_name == "Test"
    assert clean.person.given_name == ANONYMISED
