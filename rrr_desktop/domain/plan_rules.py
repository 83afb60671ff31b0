"""Rules of the reintegration plan: versions, destinations, and what a plan must hold.

The plan is drawn up *with* the person (ILO Mekong): their wishes, in their own words, stand
beside the caseworker's proposal, and a plan without them is incomplete. A child returns
to family only after a family assessment finds no neglect or abuse
(``gates.child_reunification_blockers``). Rules return ``Reason`` lists like the gates.
"""

import datetime as dt

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.enums import DestinationOption, ItemStatus, PlanComponentKind
from rrr_desktop.domain.gates import Reason, child_reunification_blockers
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.reintegration import ReintegrationPlan


def _r(code: str, template: str, **params: str) -> Reason:
    return Reason(code, template, tuple(sorted(params.items())))


DESTINATION_TEXT: dict[DestinationOption, str] = {
    DestinationOption.HOME_TO_FAMILY: QT_TRANSLATE_NOOP("plan", "Home to family"),
    DestinationOption.OTHER_COMMUNITY: QT_TRANSLATE_NOOP("plan", "Another community"),
    DestinationOption.INDEPENDENT_LIVING: QT_TRANSLATE_NOOP("plan", "Independent living"),
    DestinationOption.STAY_IN_DESTINATION: QT_TRANSLATE_NOOP(
        "plan", "Stay in the destination country"
    ),
    DestinationOption.THIRD_COUNTRY: QT_TRANSLATE_NOOP("plan", "A third country"),
    DestinationOption.FAMILY_BASED_ALTERNATIVE_CARE: QT_TRANSLATE_NOOP(
        "plan", "Family-based alternative care (child)"
    ),
}

COMPONENT_TEXT: dict[PlanComponentKind, str] = {
    PlanComponentKind.FAMILY: QT_TRANSLATE_NOOP("plan", "Family mediation and reunification"),
    PlanComponentKind.MEDICAL: QT_TRANSLATE_NOOP("plan", "Medical and health"),
    PlanComponentKind.FINANCIAL: QT_TRANSLATE_NOOP(
        "plan", "Financial (reinstallation grant, dependants)"
    ),
    PlanComponentKind.LEGAL: QT_TRANSLATE_NOOP("plan", "Legal"),
    PlanComponentKind.EDUCATION: QT_TRANSLATE_NOOP(
        "plan", "Education, vocational training, apprenticeship"
    ),
    PlanComponentKind.INCOME: QT_TRANSLATE_NOOP("plan", "Income generation"),
    PlanComponentKind.SECURITY: QT_TRANSLATE_NOOP("plan", "Security"),
    PlanComponentKind.HOUSING: QT_TRANSLATE_NOOP("plan", "Housing"),
    PlanComponentKind.COUNSELLING: QT_TRANSLATE_NOOP("plan", "Counselling"),
}

STATUS_TEXT: dict[ItemStatus, str] = {
    ItemStatus.PLANNED: QT_TRANSLATE_NOOP("plan", "Planned"),
    ItemStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("plan", "In progress"),
    ItemStatus.DONE: QT_TRANSLATE_NOOP("plan", "Done"),
    ItemStatus.CANCELLED: QT_TRANSLATE_NOOP("plan", "Cancelled"),
}


def new_version(case: CaseFile, by: str, today: dt.date) -> ReintegrationPlan:
    """The next version: a copy of the current one (components, actions, ids) to revise.

    Older versions stay as they were, so the plan's history can be read back.
    """
    current = case.reintegration.current_plan
    if current is None:
        return ReintegrationPlan(version=1, created_on=today, created_by=by)
    copy = current.model_copy(deep=True)
    return copy.model_copy(
        update={"version": current.version + 1, "created_on": today, "created_by": by}
    )


def destination_problems(
    case: CaseFile, destination: DestinationOption | None, today: dt.date
) -> list[Reason]:
    """Why ``destination`` cannot be chosen for this person now (empty: it can)."""
    if destination is None:
        return []
    child = case.person.is_child_on(today)
    if destination == DestinationOption.FAMILY_BASED_ALTERNATIVE_CARE and not child:
        return [
            _r(
                "alternative_care_for_child_only",
                QT_TRANSLATE_NOOP(
                    "plan", "Family-based alternative care is an option for children only."
                ),
            )
        ]
    if child and destination == DestinationOption.INDEPENDENT_LIVING:
        return [
            _r(
                "child_independent_living",
                QT_TRANSLATE_NOOP("plan", "A child cannot be placed in independent living."),
            )
        ]
    if child and destination == DestinationOption.HOME_TO_FAMILY:
        trial = case.model_copy(deep=True)
        plan = trial.reintegration.current_plan
        if plan is None:
            trial.reintegration.plans.append(
                ReintegrationPlan(created_on=today, created_by="", destination=destination)
            )
        else:
            plan.destination = destination
        return child_reunification_blockers(trial)
    return []


def plan_problems(case: CaseFile, plan: ReintegrationPlan, today: dt.date) -> list[Reason]:
    """What is missing or wrong in a plan version; shown beside it and checked on save."""
    reasons: list[Reason] = []
    if not plan.persons_wishes.strip():
        reasons.append(
            _r(
                "wishes_missing",
                QT_TRANSLATE_NOOP(
                    "plan",
                    "Write down the person's own wishes, in their words, beside the proposal.",
                ),
            )
        )
    if plan.destination is None:
        reasons.append(
            _r("no_destination", QT_TRANSLATE_NOOP("plan", "Choose where the person will live."))
        )
    reasons.extend(destination_problems(case, plan.destination, today))
    for component in plan.components:
        if not component.goal.strip():
            reasons.append(
                _r(
                    "component_no_goal",
                    QT_TRANSLATE_NOOP("plan", "The component '{kind}' has no goal."),
                    kind=component.kind.value,
                )
            )
        for action in component.actions:
            if not action.description.strip():
                reasons.append(
                    _r(
                        "action_no_description",
                        QT_TRANSLATE_NOOP(
                            "plan", "An action of the component '{kind}' has no description."
                        ),
                        kind=component.kind.value,
                    )
                )
    return reasons
