"""Every blocking reason of the return-preparation gates, and what removes it."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.checklist import CONDITIONS
from rrr_desktop.domain.consent_effects import DEPENDENTS, withdrawal_effects
from rrr_desktop.domain.enums import AsylumStatus, ConsentPurpose, ConsentState, RiskFinding, Stage
from rrr_desktop.domain.gates import (
    Reason,
    advance_blockers,
    departure_blockers,
    embassy_contact_blockers,
    may_disclose_trafficking_to_embassy,
    return_ready_blockers,
    sharing_blockers,
)
from rrr_desktop.domain.people import Guardian
from rrr_desktop.domain.return_prep import (
    ChecklistTick,
    OverrideKind,
    RiskAssessment,
    SupervisorOverride,
)
from tests.return_prep.helpers import RECEIVING, TODAY, consent, ready_case


def codes(reasons: list[Reason]) -> list[str]:
    return [r.code for r in reasons]


def test_ready_case_has_no_blockers() -> None:
    case = ready_case()
    assert return_ready_blockers(case, TODAY) == []
    assert departure_blockers(case, TODAY) == []
    assert advance_blockers(case, Stage.TRAVEL, TODAY) == []


def test_no_return_consent_blocks_and_consent_unblocks() -> None:
    case = ready_case()
    case.consents = [c for c in case.consents if c.purpose != ConsentPurpose.VOLUNTARY_RETURN]
    assert codes(return_ready_blockers(case, TODAY)) == ["no_return_consent"]
    case.consents.append(consent(ConsentPurpose.VOLUNTARY_RETURN))
    assert return_ready_blockers(case, TODAY) == []


def test_no_risk_assessment_blocks_until_one_exists() -> None:
    case = ready_case()
    case.risk_assessments = []
    assert "no_risk_assessment" in codes(departure_blockers(case, TODAY))
    case.risk_assessments = [
        RiskAssessment(
            assessed_on=TODAY,
            assessed_by="a",
            finding=RiskFinding.RISK_WITH_MITIGATION,
            mitigations="escort",
        )
    ]
    assert departure_blockers(case, TODAY) == []


def suspicion(case: CaseFile) -> None:
    case.risk_assessments.append(
        RiskAssessment(assessed_on=TODAY, assessed_by="a", finding=RiskFinding.SUSPICION_OF_HARM)
    )


def test_suspicion_of_harm_blocks_until_a_risk_override() -> None:
    case = ready_case()
    suspicion(case)
    assert codes(return_ready_blockers(case, TODAY)) == ["risk_suspicion_of_harm"]
    case.overrides.append(
        SupervisorOverride(kind=OverrideKind.CHECKLIST, by="sup", reason="a checklist reason")
    )
    assert codes(return_ready_blockers(case, TODAY)) == ["risk_suspicion_of_harm"]
    case.overrides.append(
        SupervisorOverride(
            kind=OverrideKind.RISK, by="sup", reason="escorted, sheltered by partner"
        )
    )
    assert return_ready_blockers(case, TODAY) == []
    case.overrides[-1].revoked = True
    assert codes(return_ready_blockers(case, TODAY)) == ["risk_suspicion_of_harm"]


def test_a_later_assessment_without_suspicion_lifts_the_block() -> None:
    case = ready_case()
    suspicion(case)
    case.risk_assessments.append(
        RiskAssessment(
            assessed_on=TODAY + dt.timedelta(days=1),
            assessed_by="a",
            finding=RiskFinding.NO_KNOWN_RISK,
        )
    )
    assert return_ready_blockers(case, TODAY) == []


def test_override_reason_is_required_by_the_model() -> None:
    with pytest.raises(ValueError, match="at least 10"):
        SupervisorOverride(kind=OverrideKind.RISK, by="sup", reason="short")


def test_child_needs_a_guardian() -> None:
    case = ready_case()
    case.person.date_of_birth = dt.date(2012, 5, 5)
    assert "child_no_guardian" in codes(return_ready_blockers(case, TODAY))
    case.person.guardian = Guardian(name="Appointed guardian")
    assert "child_no_guardian" not in codes(return_ready_blockers(case, TODAY))


@given(st.sets(st.sampled_from(sorted(CONDITIONS))))
def test_checklist_names_every_missing_condition_and_no_other(missing: set[str]) -> None:
    """Whatever is still open, the reason counts it and names exactly those conditions."""
    case = ready_case()
    case.checklist.ticks = [t for t in case.checklist.ticks if t.key not in missing]
    reasons = [r for r in departure_blockers(case, TODAY) if r.code == "checklist_incomplete"]
    if not missing:
        assert reasons == []
        return
    text = reasons[0].text
    assert text.startswith(f"{len(missing)} of 8 pre-departure conditions are not yet met: ")
    for key, sentence in CONDITIONS.items():
        assert (sentence in text) == (key in missing)


def test_information_items_do_not_replace_conditions() -> None:
    case = ready_case()
    case.checklist.ticks = [ChecklistTick(key="told_no_alcohol", by="a", on=TODAY)]
    assert "checklist_incomplete" in codes(departure_blockers(case, TODAY))


def test_checklist_override_lets_departure_go_and_revoking_blocks_again() -> None:
    case = ready_case()
    case.checklist.ticks = case.checklist.ticks[:3]
    assert "checklist_incomplete" in codes(advance_blockers(case, Stage.TRAVEL, TODAY))
    case.overrides.append(
        SupervisorOverride(
            kind=OverrideKind.CHECKLIST, by="sup", reason="documents follow with the escort"
        )
    )
    assert advance_blockers(case, Stage.TRAVEL, TODAY) == []
    case.overrides[-1].revoked = True
    assert "checklist_incomplete" in codes(advance_blockers(case, Stage.TRAVEL, TODAY))


def test_no_itinerary_blocks_departure() -> None:
    case = ready_case()
    case.itinerary.legs = []
    assert codes(departure_blockers(case, TODAY)) == ["no_itinerary"]


def test_sharing_needs_consent_naming_that_organisation() -> None:
    case = ready_case()
    assert sharing_blockers(case, RECEIVING) == []
    assert codes(sharing_blockers(case, "Other Org")) == ["no_sharing_consent"]
    case.consents.append(
        consent(
            ConsentPurpose.SHARE_WITH_RECEIVING_ORG,
            ConsentState.WITHDRAWN,
            on=TODAY,
            scope=RECEIVING,
        )
    )
    assert codes(sharing_blockers(case, RECEIVING)) == ["no_sharing_consent"]
    assert codes(departure_blockers(case, TODAY)) == ["no_sharing_consent"]


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (AsylumStatus.PENDING, "asylum_pending"),
        (AsylumStatus.INTENDS_TO_APPLY, "asylum_intended"),
    ],
)
def test_embassy_contact_blocked_by_asylum(status: AsylumStatus, code: str) -> None:
    case = ready_case()
    case.asylum = status
    assert codes(embassy_contact_blockers(case)) == [code]
    case.asylum = AsylumStatus.REFUSED  # asylum refused: the embassy may be asked again
    assert embassy_contact_blockers(case) == []


def test_embassy_contact_needs_consent_and_withdrawal_stops_it() -> None:
    case = ready_case()
    assert embassy_contact_blockers(case) == []
    case.consents.append(consent(ConsentPurpose.EMBASSY_CONTACT, ConsentState.WITHDRAWN, TODAY))
    assert codes(embassy_contact_blockers(case)) == ["no_embassy_consent"]


def test_trafficking_is_disclosed_to_the_embassy_only_with_that_consent() -> None:
    case = ready_case()
    assert not may_disclose_trafficking_to_embassy(case)
    case.consents.append(consent(ConsentPurpose.DISCLOSE_TRAFFICKING_TO_EMBASSY))
    assert may_disclose_trafficking_to_embassy(case)
    case.asylum = AsylumStatus.PENDING
    assert not may_disclose_trafficking_to_embassy(case)
    case.asylum = AsylumStatus.NONE
    case.consents.append(
        consent(ConsentPurpose.DISCLOSE_TRAFFICKING_TO_EMBASSY, ConsentState.WITHDRAWN, TODAY)
    )
    assert not may_disclose_trafficking_to_embassy(case)


def test_withdrawing_return_consent_removes_the_consent_tick() -> None:
    case = ready_case()
    case.checklist.wants_ngo_met_on_arrival = True
    changed = withdrawal_effects(case, ConsentPurpose.VOLUNTARY_RETURN)
    assert changed == ["checklist.ticks"]
    assert case.checklist.tick_for("consents_to_departure") is None
    assert case.checklist.wants_ngo_met_on_arrival is True
    assert withdrawal_effects(case, ConsentPurpose.MET_ON_ARRIVAL) == [
        "checklist.wants_ngo_met_on_arrival"
    ]
    assert case.checklist.wants_ngo_met_on_arrival is False


def test_every_dependent_purpose_is_explained() -> None:
    assert all(DEPENDENTS[p] for p in DEPENDENTS)
