"""Plan components and versions, the child reunification gate and closing a case."""

import datetime as dt

import pytest

from rrr_desktop.domain.enums import (
    ClosureReason,
    DestinationOption,
    ItemStatus,
    PlanComponentKind,
    Stage,
    VulnerabilityDomain,
)
from rrr_desktop.domain.gates import advance_blockers
from rrr_desktop.domain.plan_rules import destination_problems, plan_problems
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.errors import GateBlocked, InvalidInput
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.reintegration import ReintegrationService
from rrr_desktop.services.session import Session
from rrr_desktop.vault import audit
from tests.reintegration.helpers import new_case


def test_plan_needs_the_persons_own_wishes(session: Session) -> None:
    ref = new_case(session).reference
    service = ReintegrationService(session)
    with pytest.raises(InvalidInput):
        service.start_plan(ref, "   ", "Tailoring course")
    assert service.cases.get(ref, audit=False).reintegration.plans == []
    case = service.start_plan(ref, "Open a shop near my mother", "Tailoring course")
    plan = case.reintegration.current_plan
    assert plan is not None
    assert plan.version == 1
    codes = [r.code for r in plan_problems(case, plan, session.clock.today())]
    assert codes == ["no_destination"]
    with pytest.raises(InvalidInput):
        service.edit_plan(ref, wishes="")


def test_components_actions_and_versions_keep_history(session: Session) -> None:
    ref = new_case(session).reference
    service = ReintegrationService(session)
    service.start_plan(ref, "My own words", "Proposal", DestinationOption.HOME_TO_FAMILY)
    _, comp = service.add_component(
        ref,
        PlanComponentKind.INCOME,
        "A small shop",
        responsible="example-kh-ngo-1",
        budget=250,
        due_on=dt.date(2027, 3, 1),
    )
    _, action = service.add_action(ref, comp, "Business skills course")
    service.set_action_status(ref, action, ItemStatus.DONE)
    with pytest.raises(InvalidInput):
        service.add_component(ref, PlanComponentKind.LEGAL, "")
    with pytest.raises(InvalidInput):
        service.add_component(ref, PlanComponentKind.LEGAL, "Goal", budget=-1)

    case = service.new_version(ref)
    assert [p.version for p in case.reintegration.plans] == [1, 2]
    v1, v2 = case.reintegration.plans
    assert v2.components == v1.components  # the new version copies the previous one
    service.update_component(ref, comp, goal="A bigger shop", status=ItemStatus.IN_PROGRESS)
    service.add_component(ref, PlanComponentKind.COUNSELLING, "Weekly sessions")
    case = service.cases.get(ref, audit=False)
    v1, v2 = case.reintegration.plans
    assert [c.goal for c in v1.components] == ["A small shop"]  # old version untouched
    assert [c.goal for c in v2.components] == ["A bigger shop", "Weekly sessions"]
    assert v1.components[0].actions[0].status == ItemStatus.DONE
    assert case.reintegration.current_plan is v2
    actions = [e.action for e in audit.entries_for(session.conn(), case.id)]
    assert {"reintegration.plan_version", "reintegration.component_add"} <= set(actions)
    assert all("shop" not in (e.detail or "") for e in audit.entries_for(session.conn(), case.id))


def test_child_goes_home_only_after_a_safe_family_assessment(session: Session) -> None:
    case = new_case(session, child=True)
    ref, today = case.reference, session.clock.today()
    service = ReintegrationService(session)
    assert [
        r.code for r in destination_problems(case, DestinationOption.HOME_TO_FAMILY, today)
    ] == ["child_no_family_assessment"]
    with pytest.raises(GateBlocked) as refused:
        service.start_plan(ref, "I want to see my mother", "", DestinationOption.HOME_TO_FAMILY)
    assert [r.code for r in refused.value.reasons] == ["child_no_family_assessment"]
    service.start_plan(
        ref, "I want to see my mother", "", DestinationOption.FAMILY_BASED_ALTERNATIVE_CARE
    )

    service.record_family_assessment(ref, neglect_or_abuse_found=True, notes="unsafe")
    with pytest.raises(GateBlocked) as refused:
        service.set_destination(ref, DestinationOption.HOME_TO_FAMILY)
    assert [r.code for r in refused.value.reasons] == ["child_family_unsafe"]
    with pytest.raises(GateBlocked):
        service.set_destination(ref, DestinationOption.INDEPENDENT_LIVING)

    service.record_family_assessment(ref, neglect_or_abuse_found=False)
    case = service.set_destination(ref, DestinationOption.HOME_TO_FAMILY)
    plan = case.reintegration.current_plan
    assert plan is not None
    assert plan.destination == DestinationOption.HOME_TO_FAMILY
    assert advance_blockers(case, Stage.REINTEGRATION, today) == []


def test_alternative_care_is_for_children_only(session: Session) -> None:
    case = new_case(session)
    reasons = destination_problems(
        case, DestinationOption.FAMILY_BASED_ALTERNATIVE_CARE, session.clock.today()
    )
    assert [r.code for r in reasons] == ["alternative_care_for_child_only"]
    assert destination_problems(case, DestinationOption.HOME_TO_FAMILY, session.clock.today()) == []


def test_recording_a_visit_moves_the_next_action(session: Session) -> None:
    ref = new_case(session, stage=Stage.FOLLOW_UP).reference
    service = ReintegrationService(session)
    today = session.clock.today()  # 2026-11-23
    service.schedule_visits(ref, dt.date(2026, 10, 1))  # 15 Oct, 1 Nov overdue; 1 Dec next
    row = CaseService(session).search(_query(ref))[0]
    assert (row.next_action, row.next_due) == ("visit_overdue", dt.date(2026, 10, 15))
    service.record_visit(ref, today, {VulnerabilityDomain.FINANCIAL: 2}, ["new_debt"], "ok")
    row = CaseService(session).search(_query(ref))[0]
    assert (row.next_action, row.next_due) == ("visit_overdue", dt.date(2026, 11, 1))
    case = service.record_visit(ref, today, {VulnerabilityDomain.LEGAL: 4})
    row = CaseService(session).search(_query(ref))[0]
    assert (row.next_action, row.next_due) == ("visit_due", dt.date(2026, 12, 1))
    made = [v for v in case.reintegration.visits if v.done_on]
    assert [v.retrafficking_signs for v in made] == [["new_debt"], []]
    with pytest.raises(InvalidInput):
        service.record_visit(ref, today + dt.timedelta(days=1), {})
    with pytest.raises(InvalidInput):
        service.record_visit(ref, today, {VulnerabilityDomain.LEGAL: 6})


def test_schedule_keeps_visits_made(session: Session) -> None:
    ref = new_case(session, stage=Stage.FOLLOW_UP).reference
    service = ReintegrationService(session)
    service.schedule_visits(ref, dt.date(2026, 10, 1))
    service.record_visit(ref, dt.date(2026, 10, 16), {VulnerabilityDomain.FINANCIAL: 3})
    case = service.schedule_visits(ref, dt.date(2026, 11, 1))
    assert len([v for v in case.reintegration.visits if v.done_on]) == 1
    assert min(v.scheduled_on for v in case.reintegration.visits if not v.done_on) == dt.date(
        2026, 11, 15
    )


def test_closing_needs_a_reason_and_sets_retention(session: Session) -> None:
    ref = new_case(session, stage=Stage.FOLLOW_UP).reference
    with pytest.raises(GateBlocked):
        CaseService(session).advance(ref, Stage.CLOSED)
    case = ReintegrationService(session).close_case(ref, ClosureReason.REINTEGRATED)
    assert case.stage == Stage.CLOSED
    assert case.closure is not None
    assert case.closure.reason == ClosureReason.REINTEGRATED
    assert case.closure.retention_until == dt.date(2031, 11, 23)
    with pytest.raises(InvalidInput):
        ReintegrationService(session).close_case(ref, ClosureReason.MOVED_ON)
    with pytest.raises(InvalidInput, match="closed"):
        ReintegrationService(session).record_visit(
            ref, dt.date(2026, 11, 23), {VulnerabilityDomain.LEGAL: 3}
        )


def _query(ref: str) -> CaseQuery:
    return CaseQuery(text=ref)


def test_plan_problems_name_empty_goals_and_actions(session: Session) -> None:
    from rrr_desktop.domain.plan_rules import new_version
    from rrr_desktop.domain.reintegration import PlanAction, PlanComponent, ReintegrationPlan

    case = new_case(session)
    today = session.clock.today()
    plan = ReintegrationPlan(
        created_on=today,
        created_by="alice",
        persons_wishes="Go home",
        destination=DestinationOption.OTHER_COMMUNITY,
        components=[
            PlanComponent(
                kind=PlanComponentKind.HOUSING, goal=" ", actions=[PlanAction(description="")]
            )
        ],
    )
    codes = [r.code for r in plan_problems(case, plan, today)]
    assert codes == ["component_no_goal", "action_no_description"]
    case.reintegration.plans.append(plan)
    copy = new_version(case, "bob", today)
    assert (copy.version, copy.created_by) == (2, "bob")
    assert copy.components == plan.components
    assert copy.components[0] is not plan.components[0]  # a deep copy: edits stay apart
