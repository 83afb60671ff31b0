"""Return-preparation services on a real vault: roles, audit, all-or-nothing, calendars."""

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.enums import (
    AsylumStatus,
    ConsentPurpose,
    MessageKind,
    RiskFinding,
    Role,
    Stage,
)
from rrr_desktop.domain.return_prep import OverrideKind, TravelLeg
from rrr_desktop.errors import GateBlocked, InvalidInput, NotFound, PermissionDenied
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.holidays import HolidayService
from rrr_desktop.services.return_prep import ReturnPrepService
from rrr_desktop.services.session import Session
from rrr_desktop.vault import audit as audit_log
from tests.return_prep.helpers import consent, intake, person

BOB_PASS = "bob's long passphrase"


@pytest.fixture
def case(session: Session) -> CaseFile:
    cases = CaseService(session)
    created = cases.create(person(), intake(), caseworker="bob")
    for purpose in (ConsentPurpose.ASSISTANCE, ConsentPurpose.VOLUNTARY_RETURN):
        cases.record_consent(created.reference, consent(purpose))
    return created


@pytest.fixture
def bob(session: Session, vault_dir: Path, clock: FixedClock) -> Iterator[Session]:
    vault_service.add_user(session, "bob", BOB_PASS, [Role.CASEWORKER])
    s = vault_service.open_session(vault_dir, "bob", BOB_PASS, clock)
    yield s
    s.close()


def actions(session: Session, case: CaseFile) -> list[str]:
    return [e.action for e in audit_log.entries_for(session.conn(), case.id)]


def test_risk_assessment_keeps_every_factor_and_is_audited(
    session: Session, case: CaseFile
) -> None:
    service = ReturnPrepService(session)
    saved = service.record_risk_assessment(
        case.reference,
        RiskFinding.RISK_WITH_MITIGATION,
        {"family_community_attitudes": (True, "debt")},
        "escort to shelter",
    )
    risk = saved.latest_risk_assessment
    assert risk is not None
    assert len(risk.factors) == 8
    assert [f.factor for f in risk.factors if f.concern] == ["family_community_attitudes"]
    assert risk.assessed_by == "alice"
    assert "case.risk_assessment" in actions(session, case)


def test_bad_risk_input_changes_nothing(session: Session, case: CaseFile) -> None:
    service = ReturnPrepService(session)
    with pytest.raises(InvalidInput, match="needs the mitigations"):
        service.record_risk_assessment(case.reference, RiskFinding.RISK_WITH_MITIGATION)
    with pytest.raises(InvalidInput, match="Unknown risk factor"):
        service.record_risk_assessment(
            case.reference, RiskFinding.NO_KNOWN_RISK, {"weather": (True, "")}
        )
    assert CaseService(session).get(case.reference).risk_assessments == []


def test_caseworker_cannot_override(session: Session, bob: Session, case: CaseFile) -> None:
    ReturnPrepService(bob).record_risk_assessment(case.reference, RiskFinding.SUSPICION_OF_HARM)
    with pytest.raises(PermissionDenied, match="supervisor"):
        ReturnPrepService(bob).record_override(
            case.reference, OverrideKind.RISK, "I think it is fine now"
        )
    assert CaseService(session).get(case.reference).overrides == []


def test_supervisor_override_needs_a_reason_and_is_audited(
    session: Session, bob: Session, case: CaseFile
) -> None:
    ReturnPrepService(bob).record_risk_assessment(case.reference, RiskFinding.SUSPICION_OF_HARM)
    service = ReturnPrepService(session)
    blocked = [
        r.code for r in service.return_ready_reasons(CaseService(session).get(case.reference))
    ]
    assert blocked == ["risk_suspicion_of_harm"]
    with pytest.raises(InvalidInput, match="reason"):
        service.record_override(case.reference, OverrideKind.RISK, "   ok   ")
    saved = service.record_override(
        case.reference, OverrideKind.RISK, "Partner NGO escorts and shelters the person"
    )
    override = saved.active_override(OverrideKind.RISK)
    assert override is not None
    assert override.by == "alice"
    assert service.return_ready_reasons(saved) == []
    entries = [
        e
        for e in audit_log.entries_for(session.conn(), case.id)
        if e.action == "case.override.risk"
    ]
    assert len(entries) == 1
    assert entries[0].actor == "alice"
    assert "Partner" not in entries[0].detail  # the reason is not copied into the log
    revoked = service.revoke_override(case.reference, OverrideKind.RISK)
    assert [r.code for r in service.return_ready_reasons(revoked)] == ["risk_suspicion_of_harm"]
    with pytest.raises(NotFound):
        service.revoke_override(case.reference, OverrideKind.RISK)


def test_tick_records_user_date_and_note(bob: Session, case: CaseFile) -> None:
    service = ReturnPrepService(bob)
    saved = service.tick(case.reference, "safe_place_on_arrival", "  shelter in Siem Reap ")
    tick = saved.checklist.tick_for("safe_place_on_arrival")
    assert tick is not None
    assert (tick.by, tick.on, tick.note) == ("bob", dt.date(2026, 11, 23), "shelter in Siem Reap")
    with pytest.raises(InvalidInput, match="future"):
        service.tick(case.reference, "copies_given", on=dt.date(2026, 11, 24))
    with pytest.raises(InvalidInput, match="Unknown checklist item"):
        service.tick(case.reference, "nonsense")
    assert service.untick(case.reference, "safe_place_on_arrival").checklist.ticks == []


def test_withdrawn_consent_stops_what_depended_on_it(session: Session, case: CaseFile) -> None:
    service = ReturnPrepService(session)
    service.tick(case.reference, "consents_to_departure")
    service.set_wants_ngo_met(case.reference, True)
    CaseService(session).record_consent(case.reference, consent(ConsentPurpose.EMBASSY_CONTACT))
    after = service.withdraw_consent(case.reference, ConsentPurpose.VOLUNTARY_RETURN)
    assert after.checklist.tick_for("consents_to_departure") is None
    assert "no_return_consent" in [r.code for r in service.departure_reasons(after)]
    after = service.withdraw_consent(case.reference, ConsentPurpose.MET_ON_ARRIVAL)
    assert after.checklist.wants_ngo_met_on_arrival is False
    from rrr_desktop.domain.gates import embassy_contact_blockers

    assert embassy_contact_blockers(after) == []
    after = service.withdraw_consent(case.reference, ConsentPurpose.EMBASSY_CONTACT)
    assert [r.code for r in embassy_contact_blockers(after)] == ["no_embassy_consent"]
    after = service.set_asylum(case.reference, AsylumStatus.PENDING)
    assert "asylum_pending" in [r.code for r in embassy_contact_blockers(after)]


def test_legs_are_validated_and_warnings_use_the_edited_calendar(
    session: Session, case: CaseFile
) -> None:
    service = ReturnPrepService(session)
    depart = dt.datetime(2026, 12, 2, 8, 0)  # Wednesday
    first = TravelLeg(
        origin="BKK",
        destination="PNH",
        departs_at=depart,
        arrives_at=depart + dt.timedelta(hours=1),
    )
    saved = service.save_leg(case.reference, first)
    assert service.travel_issues(saved) == []  # destination falls back to the origin country
    HolidayService(session).add_holiday("kh", depart.date(), "Local festival")
    assert [i.code for i in service.travel_issues(saved)] == ["holiday_arrival"]
    with pytest.raises(InvalidInput, match="followed by a leg from"):
        service.save_leg(
            case.reference,
            TravelLeg(
                origin="HAN",
                destination="REP",
                departs_at=depart + dt.timedelta(hours=3),
                arrives_at=depart + dt.timedelta(hours=4),
            ),
        )
    with pytest.raises(InvalidInput, match="arrives before it departs"):
        service.save_leg(
            case.reference, first.model_copy(update={"arrives_at": depart - dt.timedelta(hours=1)})
        )
    assert len(CaseService(session).get(case.reference).itinerary.legs) == 1
    edited = service.save_leg(
        case.reference, first.model_copy(update={"arrives_at": depart + dt.timedelta(hours=10)})
    )
    assert len(edited.itinerary.legs) == 1
    assert "late_arrival" in [i.code for i in service.travel_issues(edited)]
    saved = service.set_travel_details(
        case.reference, grant_kind="in_kind", met_on_arrival_by="Partner", destination_country="kh"
    )
    assert saved.itinerary.grant_kind.value == "in_kind"
    assert saved.itinerary.destination_country == "KH"
    assert service.remove_leg(case.reference, first.id).itinerary.legs == []


def test_holiday_calendar_edits_persist_and_reset(session: Session) -> None:
    service = HolidayService(session)
    new_year = dt.date(2026, 1, 1)
    assert not service.is_edited("TH")
    service.remove_holiday("TH", new_year)
    assert new_year not in service.calendar("TH").holidays
    assert service.is_edited("TH")
    with pytest.raises(NotFound):
        service.remove_holiday("TH", new_year)
    with pytest.raises(InvalidInput):
        service.add_holiday("THA", new_year, "x")
    service.set_weekend("MY", [4, 5])
    assert service.calendar("MY").weekend_days == [4, 5]
    assert new_year in service.reset("TH").holidays
    assert new_year in service.calendar("TH").holidays
    assert not service.is_edited("TH")
    # A reset calendar can be edited again (a reset is an edit that syncs, not a deletion).
    service.remove_holiday("TH", new_year)
    assert new_year not in service.calendar("TH").holidays
    # An edit of one year leaves the next years' defaults coming (the tables used to end)
    assert dt.date(2027, 1, 1) in service.calendar("TH").holidays
    assert dt.date(2031, 1, 1) in service.calendar("TH", [2031]).holidays
    service.add_holiday("TH", dt.date(2031, 3, 3), "Partner's retreat")
    assert service.calendar("TH", [2031]).holidays[dt.date(2031, 3, 3)] == "Partner's retreat"


def test_messages_recorded_and_overdue(session: Session, case: CaseFile, clock: FixedClock) -> None:
    service = ReturnPrepService(session)
    service.record_message(
        case.reference, MessageKind.ASSISTANCE_REQUEST, sent_on=dt.date(2026, 11, 10)
    )
    saved = service.record_message(
        case.reference, MessageKind.ASSISTANCE_REQUEST, received_on=dt.date(2026, 11, 12)
    )
    assert len(saved.messages) == 1
    steps = service.message_steps(saved)
    assert steps[0].received_on == dt.date(2026, 11, 12)
    assert steps[1].overdue  # due 17 Nov, today 23 Nov
    assert not service.message_steps(saved, answer_days=30)[1].overdue
    with pytest.raises(InvalidInput, match="received before it was sent"):
        service.record_message(
            case.reference, MessageKind.ASSISTANCE_REQUEST, received_on=dt.date(2026, 11, 1)
        )
    with pytest.raises(InvalidInput, match="future"):
        service.record_message(
            case.reference, MessageKind.ASSISTANCE_CONFIRMATION, sent_on=dt.date(2026, 12, 1)
        )


def test_advance_to_travel_refused_then_allowed(session: Session, case: CaseFile) -> None:
    cases, service = CaseService(session), ReturnPrepService(session)
    cases.advance(case.reference, Stage.RETURN_PREPARATION)
    with pytest.raises(GateBlocked) as refused:
        cases.advance(case.reference, Stage.TRAVEL)
    assert {r.code for r in refused.value.reasons} == {
        "no_risk_assessment",
        "checklist_incomplete",
        "no_itinerary",
    }
    service.record_risk_assessment(case.reference, RiskFinding.NO_KNOWN_RISK)
    service.record_override(
        case.reference, OverrideKind.CHECKLIST, "Remaining items are done by the escort on the way"
    )
    depart = dt.datetime(2026, 12, 2, 8, 0)
    service.save_leg(
        case.reference,
        TravelLeg(
            origin="BKK",
            destination="PNH",
            departs_at=depart,
            arrives_at=depart + dt.timedelta(hours=1),
        ),
    )
    assert cases.advance(case.reference, Stage.TRAVEL).stage == Stage.TRAVEL
    details = [json.loads(e.detail or "{}") for e in audit_log.entries_for(session.conn(), case.id)]
    assert all("Remaining" not in json.dumps(d) for d in details)


def test_documents_keep_only_the_last_four_characters(session: Session, case: CaseFile) -> None:
    from rrr_desktop.domain.return_prep import TravelDocument

    service = ReturnPrepService(session)
    with pytest.raises(InvalidInput, match="last four"):
        service.save_document(
            case.reference, TravelDocument(kind="passport", number_last4="N1234567")
        )
    with pytest.raises(InvalidInput, match="needs a kind"):
        service.save_document(case.reference, TravelDocument(kind=" "))
    doc = TravelDocument(kind="travel document", number_last4="4567", in_hand=True)
    saved = service.save_document(case.reference, doc)
    saved = service.save_document(
        case.reference, doc.model_copy(update={"copy_given_to_person": True})
    )
    assert len(saved.documents) == 1
    assert saved.documents[0].copy_given_to_person
    assert service.remove_document(case.reference, doc.id).documents == []
    with pytest.raises(NotFound):
        service.remove_document(case.reference, doc.id)


def test_withdrawal_recorded_from_the_consent_tab_also_removes_the_tick(
    session: Session, case: CaseFile
) -> None:
    from rrr_desktop.domain.enums import ConsentState

    service = ReturnPrepService(session)
    service.tick(case.reference, "consents_to_departure")
    after = CaseService(session).record_consent(
        case.reference,
        consent(ConsentPurpose.VOLUNTARY_RETURN, ConsentState.WITHDRAWN, on=dt.date(2026, 11, 23)),
    )
    assert after.checklist.tick_for("consents_to_departure") is None
    again = CaseService(session).record_consent(
        case.reference, consent(ConsentPurpose.VOLUNTARY_RETURN, on=dt.date(2026, 11, 23))
    )
    assert "no_return_consent" not in [r.code for r in service.departure_reasons(again)]
    assert again.checklist.tick_for("consents_to_departure") is None  # must be re-confirmed


def test_post_departure_message_is_due_only_once_the_person_travels(
    session: Session, case: CaseFile
) -> None:
    from rrr_desktop.domain.return_prep import OverrideKind as Kind

    service, cases = ReturnPrepService(session), CaseService(session)
    cases.advance(case.reference, Stage.RETURN_PREPARATION)
    depart = dt.datetime(2026, 11, 20, 8, 0)  # planned before "today" (23 Nov)
    saved = service.save_leg(
        case.reference,
        TravelLeg(
            origin="BKK",
            destination="PNH",
            departs_at=depart,
            arrives_at=depart + dt.timedelta(hours=1),
        ),
    )
    assert service.message_steps(saved)[4].due_on is None
    assert "departure_passed" in [i.code for i in service.travel_issues(saved)]
    service.record_risk_assessment(case.reference, RiskFinding.NO_KNOWN_RISK)
    service.record_override(case.reference, Kind.CHECKLIST, "Escort carries the documents")
    travelled = cases.advance(case.reference, Stage.TRAVEL)
    steps = service.message_steps(travelled)
    assert steps[4].due_on == dt.date(2026, 11, 21)
    assert steps[4].overdue
    assert "departure_passed" not in [i.code for i in service.travel_issues(travelled)]
