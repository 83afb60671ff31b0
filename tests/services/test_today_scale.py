"""Today at scale: counted in full in SQL, each kind listed up to its own limit, overdue
first and a person's safety before paperwork (issue: 500 late messages hid 289 overdue
home visits). A small per-kind limit stands in for 20,000 cases."""

import datetime as dt
from pathlib import Path

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.enums import RiskFinding, Stage
from rrr_desktop.domain.next_action import needs_risk_approval, next_action
from rrr_desktop.domain.people import ADULT_AGE
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.domain.return_prep import OverrideKind, RiskAssessment
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.services.today import DUE_SOON_DAYS, KIND_ORDER, today_list
from rrr_desktop.vault.records import list_records


def _expected(session: Session) -> dict[str, list[tuple[bool, bool, dt.date, str]]]:
    """Per kind, every case in the order Today must list them (children, then overdue,
    then soonest due), from every case document by the domain's own rules, not the index."""
    today = session.clock.today()
    horizon = today + dt.timedelta(days=DUE_SOON_DAYS)
    found: dict[str, list[tuple[bool, bool, dt.date, str]]] = {k: [] for k in KIND_ORDER}
    for doc in list_records(session.conn(), "case"):
        case = CaseFile.model_validate(doc)
        action = next_action(case, today)
        kind = {
            "message_awaited": "message",
            "checklist": "checklist",
            "visit_due": "followup",
            "visit_overdue": "followup",
        }.get(action.code)
        if kind == "followup" and (action.due is None or action.due > horizon):
            kind = None
        year = case.person.birth_year()
        child = year is not None and today.year - year <= ADULT_AGE  # may be under 18
        due = action.due or dt.date.max
        if kind:
            found[kind].append((not child, not (due < today), due, case.reference))
        if needs_risk_approval(case):
            found["approval"].append((not child, True, dt.date.max, case.reference))
    return {k: sorted(v) for k, v in found.items()}


def _harm(service: CaseService, on: dt.date, count: int) -> None:
    rows = service.search(CaseQuery(stage=Stage.RETURN_PREPARATION.value, limit=count))

    def harm(case: CaseFile) -> None:
        case.risk_assessments.append(
            RiskAssessment(
                assessed_on=on + dt.timedelta(days=1),
                assessed_by="alice",
                finding=RiskFinding.SUSPICION_OF_HARM,
            )
        )
        case.overrides = [o for o in case.overrides if o.kind != OverrideKind.RISK]

    for row in rows:
        service.modify(row.reference, harm, "case.risk_assessment")


def test_counts_in_full_and_no_kind_crowds_out_another(demo_session: Session) -> None:
    _harm(CaseService(demo_session), demo_session.clock.today(), 2)
    expected = _expected(demo_session)
    assert len(expected["approval"]) >= 2
    assert len(expected["message"]) > 3
    assert any(not c[0] for cases in expected.values() for c in cases)  # children among them
    for per_kind in (1, 3, 1000):
        found = today_list(demo_session, per_kind=per_kind)
        for kind, cases in expected.items():
            overdue = sum(not late_key for _, late_key, _, _ in cases)
            assert found.totals[kind] == (len(cases), overdue if kind != "approval" else 0)
            listed = [i for i in found.items if i.kind == kind]
            # no kind crowded out; within a kind the most urgent, in order
            assert [i.reference for i in listed] == [c[3] for c in cases[:per_kind]]
        keys = [(not i.child, KIND_ORDER.index(i.kind), not i.overdue) for i in found.items]
        assert keys == sorted(keys)  # children, then by kind, overdue first


def test_a_caseworker_is_counted_only_their_cases(demo_session: Session, vault_dir: Path) -> None:
    from rrr_desktop.domain.enums import Role
    from rrr_desktop.services import vault_service
    from tests.conftest import PASSPHRASE

    vault_service.add_user(demo_session, "bob", PASSPHRASE, [Role.CASEWORKER])
    found = today_list(demo_session)
    message = next(i for i in found.items if i.kind == "message")
    CaseService(demo_session).modify(
        message.reference, lambda c: setattr(c, "caseworker", "bob"), "case.assign"
    )
    bob = vault_service.open_session(vault_dir, "bob", PASSPHRASE, demo_session.clock)
    try:
        mine = today_list(bob)
        assert mine.total() == (len(mine.items), sum(i.overdue for i in mine.items))
        assert [i.reference for i in mine.items] == [message.reference]
        assert "approval" not in mine.totals  # approvals are a supervisor's
    finally:
        bob.close()
