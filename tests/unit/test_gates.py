"""Each gate reason appears when its rule is broken and goes away when it is met."""

import datetime as dt

import pytest

from rrr_desktop.domain.casefile import CaseFile, Intake
from rrr_desktop.domain.checklist import CONDITIONS
from rrr_desktop.domain.consent import ConsentEvent
from rrr_desktop.domain.enums import (
    AsylumStatus,
    ConsentPurpose,
    ConsentState,
    DestinationOption,
    RiskFinding,
    Stage,
)
from rrr_desktop.domain.gates import (
    Reason,
    advance_blockers,
    departure_blockers,
    embassy_contact_blockers,
    return_ready_blockers,
    sharing_blockers,
)
from rrr_desktop.domain.people import Guardian, Person
from rrr_desktop.domain.reintegration import FamilyAssessment, ReintegrationPlan
from rrr_desktop.domain.return_prep import (
    ChecklistTick,
    OverrideKind,
    RiskAssessment,
    SupervisorOverride,
    TravelLeg,
)

TODAY = dt.date(2026, 11, 23)
PARTNER = "Partner NGO Phnom Penh"


def codes(reasons: list[Reason]) -> set[str]:
    return {r.code for r in reasons}


def consent(
    purpose: ConsentPurpose,
    state: ConsentState = ConsentState.GIVEN,
    on: dt.date = dt.date(2026, 10, 1),
    scope: str = "",
) -> ConsentEvent:
    return ConsentEvent(purpose=purpose, state=state, on=on, scope=scope)


def make_case(**changes: object) -> CaseFile:
    case = CaseFile(
        reference="TH-2026-00001",
        person=Person(given_name="Test", date_of_birth=dt.date(1990, 1, 1)),
        intake=Intake(intake_date=dt.date(2026, 9, 1), origin_country="KH"),
        receiving_org=PARTNER,
    )
    return case.model_copy(update=changes)


def ready_case() -> CaseFile:
    """Everything in place for departure."""
    depart = dt.datetime(2026, 12, 1, 7, tzinfo=dt.UTC)
    return make_case(
        consents=[
            consent(ConsentPurpose.ASSISTANCE),
            consent(ConsentPurpose.VOLUNTARY_RETURN),
            consent(ConsentPurpose.SHARE_WITH_RECEIVING_ORG, scope=PARTNER),
        ],
        risk_assessments=[
            RiskAssessment(
                assessed_on=TODAY, assessed_by="alice", finding=RiskFinding.NO_KNOWN_RISK
            )
        ],
        checklist=make_case().checklist.model_copy(
            update={"ticks": [ChecklistTick(key=k, by="alice", on=TODAY) for k in CONDITIONS]}
        ),
        itinerary=make_case().itinerary.model_copy(
            update={
                "legs": [
                    TravelLeg(
                        origin="BKK",
                        destination="PNH",
                        departs_at=depart,
                        arrives_at=depart + dt.timedelta(hours=1),
                    )
                ]
            }
        ),
    )


def test_fully_prepared_case_may_depart() -> None:
    assert departure_blockers(ready_case(), TODAY) == []
    assert advance_blockers(ready_case(), Stage.TRAVEL, TODAY) == []


def test_departure_blocked_without_risk_assessment() -> None:
    case = ready_case().model_copy(update={"risk_assessments": []})
    assert codes(departure_blockers(case, TODAY)) == {"no_risk_assessment"}


def test_suspicion_of_harm_blocks_until_supervisor_override() -> None:
    case = ready_case()
    case.risk_assessments[0].finding = RiskFinding.SUSPICION_OF_HARM
    assert codes(departure_blockers(case, TODAY)) == {"risk_suspicion_of_harm"}
    case.overrides.append(
        SupervisorOverride(
            kind=OverrideKind.RISK, by="sup", reason="Family relocated; police escort arranged."
        )
    )
    assert departure_blockers(case, TODAY) == []
    case.overrides[0].revoked = True
    assert codes(departure_blockers(case, TODAY)) == {"risk_suspicion_of_harm"}


def test_latest_risk_assessment_rules() -> None:
    case = ready_case()
    case.risk_assessments.append(
        RiskAssessment(
            assessed_on=TODAY + dt.timedelta(days=1),
            assessed_by="b",
            finding=RiskFinding.SUSPICION_OF_HARM,
        )
    )
    assert "risk_suspicion_of_harm" in codes(departure_blockers(case, TODAY))


def test_override_needs_a_real_reason() -> None:
    with pytest.raises(ValueError, match="at least 10"):
        SupervisorOverride(kind=OverrideKind.RISK, by="sup", reason="ok")


@pytest.mark.parametrize("missing", list(CONDITIONS))
def test_each_missing_checklist_condition_blocks_departure(missing: str) -> None:
    case = ready_case()
    case.checklist.ticks = [t for t in case.checklist.ticks if t.key != missing]
    reasons = departure_blockers(case, TODAY)
    assert codes(reasons) == {"checklist_incomplete"}
    assert "1 of 8" in reasons[0].text


def test_checklist_override_lets_departure_go_ahead() -> None:
    case = ready_case()
    case.checklist.ticks = []
    case.overrides.append(
        SupervisorOverride(
            kind=OverrideKind.CHECKLIST, by="sup", reason="Emergency medical evacuation approved."
        )
    )
    assert departure_blockers(case, TODAY) == []


def test_return_needs_the_persons_consent_and_withdrawal_stops_it() -> None:
    case = ready_case()
    case.consents.append(
        consent(ConsentPurpose.VOLUNTARY_RETURN, ConsentState.WITHDRAWN, on=dt.date(2026, 11, 1))
    )
    assert codes(return_ready_blockers(case, TODAY)) == {"no_return_consent"}


def test_declined_return_blocks() -> None:
    case = ready_case()
    case.consents = [c for c in case.consents if c.purpose != ConsentPurpose.VOLUNTARY_RETURN]
    case.consents.append(consent(ConsentPurpose.VOLUNTARY_RETURN, ConsentState.DECLINED))
    assert "no_return_consent" in codes(departure_blockers(case, TODAY))


def test_sharing_needs_consent_naming_that_organisation() -> None:
    case = ready_case()
    assert sharing_blockers(case, PARTNER) == []
    assert codes(sharing_blockers(case, "Another Org")) == {"no_sharing_consent"}
    case.consents.append(
        consent(
            ConsentPurpose.SHARE_WITH_RECEIVING_ORG,
            ConsentState.WITHDRAWN,
            on=dt.date(2026, 11, 2),
            scope=PARTNER,
        )
    )
    assert codes(sharing_blockers(case, PARTNER)) == {"no_sharing_consent"}
    assert "no_sharing_consent" in codes(departure_blockers(case, TODAY))


def test_no_itinerary_blocks_departure() -> None:
    case = ready_case()
    case.itinerary.legs = []
    assert codes(departure_blockers(case, TODAY)) == {"no_itinerary"}


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (AsylumStatus.PENDING, "asylum_pending"),
        (AsylumStatus.INTENDS_TO_APPLY, "asylum_intended"),
    ],
)
def test_no_embassy_contact_while_asylum_pending_or_intended(
    status: AsylumStatus, code: str
) -> None:
    case = make_case(asylum=status, consents=[consent(ConsentPurpose.EMBASSY_CONTACT)])
    assert codes(embassy_contact_blockers(case)) == {code}


def test_embassy_contact_needs_consent() -> None:
    assert codes(embassy_contact_blockers(make_case())) == {"no_embassy_consent"}
    case = make_case(consents=[consent(ConsentPurpose.EMBASSY_CONTACT)])
    assert embassy_contact_blockers(case) == []


def test_child_needs_guardian_and_family_assessment_for_reunification() -> None:
    case = ready_case()
    case.person.date_of_birth = dt.date(2012, 5, 1)
    assert codes(return_ready_blockers(case, TODAY)) == {"child_no_guardian"}
    case.person.guardian = Guardian(name="Social worker")
    assert return_ready_blockers(case, TODAY) == []
    case.reintegration.plans.append(
        ReintegrationPlan(
            created_on=TODAY, created_by="a", destination=DestinationOption.HOME_TO_FAMILY
        )
    )
    assert codes(return_ready_blockers(case, TODAY)) == {"child_no_family_assessment"}
    case.reintegration.assessment.family_assessment = FamilyAssessment(
        assessed_on=TODAY, assessed_by="a", neglect_or_abuse_found=True
    )
    assert codes(return_ready_blockers(case, TODAY)) == {"child_family_unsafe"}
    case.reintegration.assessment.family_assessment.neglect_or_abuse_found = False
    assert return_ready_blockers(case, TODAY) == []


def test_adult_on_the_day_of_their_18th_birthday() -> None:
    case = ready_case()
    case.person.date_of_birth = dt.date(2008, 11, 23)
    assert not case.person.is_child_on(TODAY)
    assert case.person.is_child_on(TODAY - dt.timedelta(days=1))


def test_stage_gates_for_assistance_testimony_and_closure() -> None:
    case = make_case()
    assert codes(advance_blockers(case, Stage.RETURN_PREPARATION, TODAY)) == {
        "no_assistance_consent"
    }
    assert codes(advance_blockers(case, Stage.TESTIMONY, TODAY)) == {"no_testimony_consent"}
    assert codes(advance_blockers(case, Stage.CLOSED, TODAY)) == {"no_closure_reason"}
    assert codes(advance_blockers(case, Stage.REINTEGRATION, TODAY)) == {"no_reintegration_consent"}
    assert advance_blockers(case, Stage.SHELTER, TODAY) == []


def test_reason_text_fills_its_placeholders() -> None:
    reasons = sharing_blockers(make_case(), "Org X")
    assert reasons[0].text == "The person has not consented to share the case with Org X."
    assert "{org}" in reasons[0].template


def test_the_usual_next_stage_walks_every_stage_to_closed() -> None:
    from rrr_desktop.domain.enums import Stage
    from rrr_desktop.domain.gates import usual_next_stage

    for start in Stage:
        seen = [start]
        while seen[-1] != Stage.CLOSED:
            following = usual_next_stage(seen[-1])
            assert following not in seen  # never loops
            seen.append(following)
    assert usual_next_stage(Stage.CLOSED) == Stage.CLOSED
    assert usual_next_stage(Stage.INTAKE) == Stage.SHELTER
