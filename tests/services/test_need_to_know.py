"""Need-to-know in the services: every way to reach a case's data, tried as a caseworker
the case is not assigned to, as that caseworker once assigned, and as a supervisor."""

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from rrr_desktop.domain.casefile import Intake
from rrr_desktop.domain.consent import ConsentEvent
from rrr_desktop.domain.enums import (
    ClosureReason,
    ConsentPurpose,
    ConsentState,
    RiskFinding,
    Role,
    Stage,
)
from rrr_desktop.domain.notes import AttachmentKind, CaseNote
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.domain.reintegration import Closure
from rrr_desktop.domain.return_prep import ChecklistTick, RiskAssessment, SupervisorOverride
from rrr_desktop.errors import PermissionDenied
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.notes import NotesService
from rrr_desktop.services.printing_service import PrintingService
from rrr_desktop.services.reintegration import ReintegrationService
from rrr_desktop.services.return_prep import ReturnPrepService
from rrr_desktop.services.session import Session

BOB_PASS = "another long passphrase"
Reach = Callable[[Session, str], Any]

READS: dict[str, Reach] = {
    "open the case": lambda s, ref: CaseService(s).get(ref),
    "its history": lambda s, ref: CaseService(s).history(ref),
    "its gate reasons": lambda s, ref: CaseService(s).blockers(ref, Stage.CLOSED),
    "advance it": lambda s, ref: CaseService(s).advance(ref, Stage.SHELTER),
    "edit it": lambda s, ref: CaseService(s).modify(
        ref, lambda c: setattr(c.person, "wishes", "x"), "case.edit"
    ),
    "print material": lambda s, ref: PrintingService(s).material(ref, "checklist", "km"),
    "the embassy request": lambda s, ref: PrintingService(s).embassy_request(ref),
    "the plan to print": lambda s, ref: ReintegrationService(s).plan_for_print(ref, "km"),
    "tick the checklist": lambda s, ref: ReturnPrepService(s).tick(ref, "copies_given"),
    "read its notes": lambda s, ref: NotesService(s).notes(ref),
    "write a note": lambda s, ref: NotesService(s).add_note(ref, "a note"),
    "attach a file": lambda s, ref: NotesService(s).attach_bytes(
        ref, b"%PDF-1.4 scan", AttachmentKind.OTHER, "scan.pdf"
    ),
}


@pytest.fixture
def cases(session: Session, vault_dir: Path, clock: FixedClock) -> Iterator[tuple[str, Session]]:
    reference = (
        CaseService(session)
        .create(
            Person(given_name="Sreymom", family_name="Chea", nationality="KH"),
            Intake(intake_date=dt.date(2026, 10, 1), origin_country="KH"),
        )
        .reference
    )
    vault_service.add_user(session, "bob", BOB_PASS, [Role.CASEWORKER])
    bob = vault_service.open_session(vault_dir, "bob", BOB_PASS, clock)
    yield reference, bob
    bob.close()


@pytest.mark.parametrize("what", sorted(READS))
def test_a_caseworker_reaches_only_assigned_cases(
    cases: tuple[str, Session], session: Session, what: str
) -> None:
    reference, bob = cases
    reach = READS[what]
    with pytest.raises(PermissionDenied):
        reach(bob, reference)
    CaseService(session).assign(reference, "bob")  # the supervisor gives bob the case
    _reachable(reach, bob, reference)
    CaseService(session).assign(reference, "alice")  # and takes it back: bob loses it
    with pytest.raises(PermissionDenied):
        reach(bob, reference)
    _reachable(reach, session, reference)  # a supervisor reaches every case


def _reachable(reach: Reach, who: Session, reference: str) -> None:
    try:
        reach(who, reference)
    except PermissionDenied:
        pytest.fail("refused although allowed")
    except Exception:
        pass


def test_duplicate_check_never_names_a_case_the_user_may_not_see(
    cases: tuple[str, Session],
) -> None:
    _reference, bob = cases
    same = Person(given_name="Sreymom", family_name="Chea", nationality="KH")
    visible, hidden = CaseService(bob).similar(same)
    assert visible == []
    assert hidden == 1  # said only as "a similar person may already be known"
    assert CaseService(bob).count(CaseQuery(text="Sreymom")) == 0


def test_a_caseworker_added_beside_the_caseworker_reaches_the_case(
    cases: tuple[str, Session], session: Session
) -> None:
    reference, bob = cases
    case = CaseService(session).assign(reference, "bob", also=True)
    assert case.caseworker == "alice"
    assert case.assigned_to == ["bob"]
    assert CaseService(bob).get(reference).reference == reference
    entries = CaseService(session).history(reference)
    assert any(e.action == "case.assign" for e in entries)  # audited


def test_only_a_supervisor_assigns(cases: tuple[str, Session]) -> None:
    reference, bob = cases
    with pytest.raises(PermissionDenied):
        CaseService(bob).assign(reference, "bob")


def test_a_bundle_passphrase_follows_the_rule_in_the_service(
    session: Session, tmp_path: Path
) -> None:
    from rrr_desktop.errors import InvalidInput
    from rrr_desktop.services.handoff import HandoffService

    reference = (
        CaseService(session)
        .create(
            Person(given_name="Dara", nationality="KH"), Intake(intake_date=dt.date(2026, 10, 1))
        )
        .reference
    )
    with pytest.raises(InvalidInput, match="at least"):
        HandoffService(session).export_bundle(
            "referral",
            tmp_path / "x.rrrbundle",
            "",
            [reference],
            passphrase="a",
            recipient_org="Partner",
        )
    assert not (tmp_path / "x.rrrbundle").exists()


def test_the_cli_waits_after_a_wrong_passphrase(
    session: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rrr_desktop.cli import common, main

    waited: list[float] = []
    monkeypatch.setattr("rrr_desktop.cli.common.time.sleep", waited.append)
    monkeypatch.setenv("RRR_PASSPHRASE", "not the passphrase at all")
    assert main(["--vault", str(vault_dir), "cases", "list"]) == 1
    assert waited == [common.WRONG_PASSPHRASE_WAIT]


def test_a_case_one_is_added_to_is_found_in_search_today_and_counts(
    cases: tuple[str, Session], session: Session
) -> None:
    reference, bob = cases
    assert CaseService(bob).count(CaseQuery()) == 0
    CaseService(session).assign(reference, "bob", also=True)
    assert [r.reference for r in CaseService(bob).search(CaseQuery())] == [reference]
    assert CaseService(bob).count(CaseQuery(text="Sreymom")) == 1
    CaseService(session).unassign(reference, "bob")  # taken off again: gone from his lists
    assert CaseService(bob).count(CaseQuery()) == 0
    assert CaseService(session).get(reference, audit=False).caseworker == "alice"


# A caseworker holding the case tries to change, by a plain edit, what only a command of
# its own (and for some, only a supervisor) may change (found by an adversarial review).
def _override(c: Any) -> None:
    c.overrides.append(
        SupervisorOverride(kind="risk", by="alice", reason="Approved by supervisor after review")
    )


PLAIN_EDITS: dict[str, Callable[[Any], None]] = {
    "a supervisor's override": _override,
    "skip to travel": lambda c: setattr(c, "stage", Stage.TRAVEL),
    "give it to someone else": lambda c: c.assigned_to.append("carol"),
    "a consent in another's name": lambda c: c.consents.append(
        ConsentEvent(
            purpose=ConsentPurpose.VOLUNTARY_RETURN,
            state=ConsentState.GIVEN,
            on=dt.date(2026, 10, 2),
            recorded_by="alice",
        )
    ),
    "a closure with a far retention date": lambda c: setattr(
        c,
        "closure",
        Closure(
            reason=ClosureReason.DECEASED,
            on=dt.date(2026, 10, 2),
            by="alice",
            retention_until=dt.date(2099, 12, 31),
        ),
    ),
    "a risk finding": lambda c: c.risk_assessments.append(
        RiskAssessment(
            assessed_on=dt.date(2026, 10, 2), assessed_by="alice", finding=RiskFinding.NO_KNOWN_RISK
        )
    ),
    "a checklist tick in another's name": lambda c: c.checklist.ticks.append(
        ChecklistTick(key="copies_given", by="alice", on=dt.date(2026, 10, 2))
    ),
    "rewrite a note": lambda c: setattr(c.notes[0], "text", "nothing happened"),
    "take a note away": lambda c: c.notes.clear(),
    "a note in another's name": lambda c: c.notes.append(CaseNote(by="alice", text="seen")),
    "the referring organisation": lambda c: setattr(c, "partner_org_id", "org-x"),
}


@pytest.mark.parametrize("what", sorted(PLAIN_EDITS))
@pytest.mark.parametrize("how", ["modify", "save"])
def test_a_plain_edit_changes_no_field_that_has_its_own_command(
    cases: tuple[str, Session], session: Session, what: str, how: str
) -> None:
    reference, bob = cases
    CaseService(session).assign(reference, "bob")
    NotesService(bob).add_note(reference, "first visit")
    before = CaseService(session).get(reference, audit=False)
    edited = before.model_copy(deep=True)
    PLAIN_EDITS[what](edited)
    if how == "modify":
        with pytest.raises(PermissionDenied):
            CaseService(bob).modify(reference, PLAIN_EDITS[what], "case.edit")
    else:  # the whole case sent back, as a window's forms would
        with pytest.raises(PermissionDenied):
            CaseService(bob).save(edited)
    assert CaseService(session).get(reference, audit=False) == before
    assert [e.action for e in CaseService(session).history(reference)][-1] != "case.edit"


def test_an_edit_may_add_a_note_of_one_s_own(cases: tuple[str, Session], session: Session) -> None:
    reference, bob = cases
    CaseService(session).assign(reference, "bob")
    NotesService(bob).add_note(reference, "first visit")
    saved = CaseService(bob).modify(
        reference, lambda c: c.notes.append(CaseNote(by="bob", text="second visit")), "case.edit"
    )
    assert [n.text for n in saved.notes] == ["first visit", "second visit"]


def test_a_supervisor_overrides_only_through_the_override_command(
    cases: tuple[str, Session], session: Session
) -> None:
    reference, _bob = cases
    with pytest.raises(PermissionDenied):
        CaseService(session).modify(reference, _override, "case.edit")
    ReturnPrepService(session).record_override(reference, "risk", "Approved after a home visit")
    assert CaseService(session).get(reference, audit=False).overrides[0].by == "alice"
