"""Reintegration use cases: assessment, plan and its versions, follow-up visits, closure.

Every change goes through ``CaseService.modify`` (one transaction, one audit entry that
names fields, never values). Rules live in domain/plan_rules.py and domain/followup.py.
"""

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from rrr_desktop.domain import followup
from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.enums import (
    ClosureReason,
    DestinationOption,
    ItemStatus,
    PlanComponentKind,
    Stage,
    VulnerabilityDomain,
)
from rrr_desktop.domain.gates import advance_blockers
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.plan_rules import destination_problems, new_version
from rrr_desktop.domain.reintegration import (
    Closure,
    DomainScore,
    FamilyAssessment,
    FollowUpVisit,
    PlanAction,
    PlanComponent,
    ReintegrationPlan,
)
from rrr_desktop.errors import GateBlocked, InvalidInput, NotFound
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.directory import DirectoryService
from rrr_desktop.services.session import Session

RETENTION_YEARS = 5  # default retention of a closed case before anonymisation


@dataclasses.dataclass(frozen=True)
class PlanPrint:
    """Everything the printed plan needs (printing never opens the vault)."""

    case: CaseFile
    plan: ReintegrationPlan
    organisation: str
    staff_language: str
    today: dt.date
    entries: dict[str, DirectoryEntry]


def _current_plan(case: CaseFile) -> ReintegrationPlan:
    plan = case.reintegration.current_plan
    if plan is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "This case has no reintegration plan yet: start one first.")
        )
    return plan


def _component(case: CaseFile, component_id: str) -> PlanComponent:
    for component in _current_plan(case).components:
        if component.id == component_id or component.kind.value == component_id:
            return component
    raise NotFound(QT_TRANSLATE_NOOP("errors", "The plan has no such component."))


def _action(case: CaseFile, action_id: str) -> PlanAction:
    for component in _current_plan(case).components:
        for action in component.actions:
            if action.id == action_id:
                return action
    raise NotFound(QT_TRANSLATE_NOOP("errors", "The plan has no such action."))


def _open_for_follow_up(case: CaseFile) -> None:
    if case.stage == Stage.CLOSED:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "This case is closed: it is no longer followed up.")
        )


def _visit(case: CaseFile, visit_id: str) -> FollowUpVisit:
    for visit in case.reintegration.visits:
        if visit.id == visit_id:
            return visit
    raise NotFound(QT_TRANSLATE_NOOP("errors", "The case has no such follow-up visit."))


class ReintegrationService:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.cases = CaseService(session)

    def today(self) -> dt.date:
        return self.s.clock.today()

    # -- assessment ----------------------------------------------------------------------

    def record_assessment(self, ref: str, person_notes: str, situation_notes: str) -> CaseFile:
        """The person and the situation they return to (ILO Mekong)."""

        def apply(case: CaseFile) -> None:
            a = case.reintegration.assessment
            a.person_notes, a.situation_notes = person_notes, situation_notes
            a.assessed_on, a.assessed_by = self.today(), self.s.user.username

        return self.cases.modify(ref, apply, "reintegration.assessment")

    def record_family_assessment(
        self, ref: str, neglect_or_abuse_found: bool, notes: str = "", on: dt.date | None = None
    ) -> CaseFile:
        """A child's family assessment: what unlocks (or keeps closed) reunification."""
        on = on or self.today()
        if on > self.today():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A family assessment cannot be dated in the future.")
            )

        def apply(case: CaseFile) -> None:
            case.reintegration.assessment.family_assessment = FamilyAssessment(
                assessed_on=on,
                assessed_by=self.s.user.username,
                neglect_or_abuse_found=neglect_or_abuse_found,
                notes=notes,
            )

        return self.cases.modify(ref, apply, "reintegration.family_assessment")

    # -- plan ----------------------------------------------------------------------------

    def start_plan(
        self,
        ref: str,
        wishes: str,
        proposal: str = "",
        destination: DestinationOption | None = None,
    ) -> CaseFile:
        """Version 1, drawn up with the person: their wishes in their words are required."""
        if not wishes.strip():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Write down the person's own wishes, in their words.")
            )

        def apply(case: CaseFile) -> None:
            if case.reintegration.plans:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This case already has a plan: make a new version instead.",
                    )
                )
            self._check_destination(case, destination)
            case.reintegration.plans.append(
                ReintegrationPlan(
                    version=1,
                    created_on=self.today(),
                    created_by=self.s.user.username,
                    persons_wishes=wishes,
                    caseworker_proposal=proposal,
                    destination=destination,
                )
            )

        return self.cases.modify(ref, apply, "reintegration.plan_start")

    def new_version(self, ref: str) -> CaseFile:
        """A new version copying the current one; earlier versions stay unchanged."""

        def apply(case: CaseFile) -> None:
            _current_plan(case)
            case.reintegration.plans.append(new_version(case, self.s.user.username, self.today()))

        return self.cases.modify(ref, apply, "reintegration.plan_version")

    def edit_plan(
        self, ref: str, *, wishes: str | None = None, proposal: str | None = None
    ) -> CaseFile:
        if wishes is not None and not wishes.strip():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The person's wishes cannot be left empty.")
            )

        def apply(case: CaseFile) -> None:
            plan = _current_plan(case)
            if wishes is not None:
                plan.persons_wishes = wishes
            if proposal is not None:
                plan.caseworker_proposal = proposal

        return self.cases.modify(ref, apply, "reintegration.plan_edit")

    def _check_destination(self, case: CaseFile, destination: DestinationOption | None) -> None:
        reasons = destination_problems(case, destination, self.today())
        if reasons:
            raise GateBlocked(
                QT_TRANSLATE_NOOP("errors", "{reasons}"),
                reasons,
                reasons=" ".join(r.text for r in reasons),
            )

    def set_destination(self, ref: str, destination: DestinationOption) -> CaseFile:
        """Where the person goes; a child goes home only after a safe family assessment."""

        def apply(case: CaseFile) -> None:
            plan = _current_plan(case)
            self._check_destination(case, destination)
            plan.destination = destination

        return self.cases.modify(ref, apply, "reintegration.destination")

    def add_component(
        self,
        ref: str,
        kind: PlanComponentKind,
        goal: str,
        *,
        responsible: str = "",
        due_on: dt.date | None = None,
        budget: float = 0.0,
        currency: str = "USD",
    ) -> tuple[CaseFile, str]:
        if not goal.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A plan component needs a goal."))
        if budget < 0:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A budget cannot be negative."))
        component = PlanComponent(
            kind=kind,
            goal=goal,
            responsible=responsible,
            due_on=due_on,
            budget=budget,
            currency=currency.upper() or "USD",
        )
        case = self.cases.modify(
            ref,
            lambda c: _current_plan(c).components.append(component),
            "reintegration.component_add",
        )
        return case, component.id

    def update_component(
        self,
        ref: str,
        component_id: str,
        *,
        goal: str | None = None,
        responsible: str | None = None,
        due_on: dt.date | None = None,
        budget: float | None = None,
        status: ItemStatus | None = None,
    ) -> CaseFile:
        if goal is not None and not goal.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A plan component needs a goal."))
        if budget is not None and budget < 0:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A budget cannot be negative."))

        def apply(case: CaseFile) -> None:
            component = _component(case, component_id)
            changes = {
                "goal": goal,
                "responsible": responsible,
                "due_on": due_on,
                "budget": budget,
                "status": status,
            }
            for name, value in changes.items():
                if value is not None:
                    setattr(component, name, value)

        return self.cases.modify(ref, apply, "reintegration.component_edit")

    def add_action(
        self,
        ref: str,
        component_id: str,
        description: str,
        *,
        responsible: str = "",
        due_on: dt.date | None = None,
    ) -> tuple[CaseFile, str]:
        if not description.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "An action needs a description."))
        action = PlanAction(description=description, responsible=responsible, due_on=due_on)
        case = self.cases.modify(
            ref,
            lambda c: _component(c, component_id).actions.append(action),
            "reintegration.action_add",
        )
        return case, action.id

    def set_action_status(self, ref: str, action_id: str, status: ItemStatus) -> CaseFile:
        def apply(case: CaseFile) -> None:
            _action(case, action_id).status = status

        return self.cases.modify(ref, apply, "reintegration.action_status")

    # -- follow-up -----------------------------------------------------------------------

    def schedule_visits(
        self,
        ref: str,
        start: dt.date,
        offsets: Sequence[followup.Offset] = followup.DEFAULT_SCHEDULE,
    ) -> CaseFile:
        """Replace the visits not yet made by a schedule counted from ``start``."""
        dates = followup.schedule_dates(start, offsets)

        def apply(case: CaseFile) -> None:
            _open_for_follow_up(case)
            made = [v for v in case.reintegration.visits if v.done_on is not None]
            case.reintegration.visits = made + [FollowUpVisit(scheduled_on=d) for d in dates]

        return self.cases.modify(ref, apply, "followup.schedule")

    def add_visit(self, ref: str, on: dt.date) -> CaseFile:
        return self.cases.modify(
            ref,
            lambda c: c.reintegration.visits.append(FollowUpVisit(scheduled_on=on)),
            "followup.visit_add",
        )

    def reschedule_visit(self, ref: str, visit_id: str, on: dt.date) -> CaseFile:
        def apply(case: CaseFile) -> None:
            visit = _visit(case, visit_id)
            if visit.done_on is not None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "A visit already made cannot be moved.")
                )
            visit.scheduled_on = on

        return self.cases.modify(ref, apply, "followup.visit_move")

    def remove_visit(self, ref: str, visit_id: str) -> CaseFile:
        def apply(case: CaseFile) -> None:
            visit = _visit(case, visit_id)
            if visit.done_on is not None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "A visit already made cannot be removed.")
                )
            case.reintegration.visits.remove(visit)

        return self.cases.modify(ref, apply, "followup.visit_remove")

    def record_visit(
        self,
        ref: str,
        on: dt.date,
        scores: Mapping[VulnerabilityDomain, int],
        signs: Sequence[str] = (),
        notes: str = "",
        visit_id: str | None = None,
        unscheduled: bool = False,
    ) -> CaseFile:
        """Record a visit made on ``on``: it completes ``visit_id`` or the earliest pending
        visit; it is added as an extra visit when ``unscheduled`` or none is pending."""
        if on > self.today():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A visit cannot be recorded in the future.")
            )
        bad = [s for s in scores.values() if not followup.SCORE_MIN <= s <= followup.SCORE_MAX]
        if bad:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Each domain score must be from 1 (very vulnerable) to 5.",
                )
            )
        score_list = [DomainScore(domain=d, score=s) for d, s in scores.items()]
        sign_list = [followup.normalise_sign(s) for s in signs if s.strip()]

        def apply(case: CaseFile) -> None:
            _open_for_follow_up(case)
            if visit_id:
                visit = _visit(case, visit_id)
                if visit.done_on is not None:
                    raise InvalidInput(
                        QT_TRANSLATE_NOOP("errors", "This visit has already been recorded.")
                    )
            else:
                waiting = [] if unscheduled else followup.pending(case.reintegration.visits)
                visit = waiting[0] if waiting else FollowUpVisit(scheduled_on=on)
                if not waiting:
                    case.reintegration.visits.append(visit)
            visit.done_on, visit.by = on, self.s.user.username
            visit.scores, visit.retrafficking_signs, visit.notes = score_list, sign_list, notes

        return self.cases.modify(ref, apply, "followup.visit_record")

    # -- closure -------------------------------------------------------------------------

    def close_case(
        self,
        ref: str,
        reason: ClosureReason,
        note: str = "",
        retention_years: int = RETENTION_YEARS,
    ) -> CaseFile:
        """Set the closure (reason, retention date), then move the case to CLOSED."""
        if retention_years < 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The retention period must be at least one year.")
            )
        today = self.today()
        closure = Closure(
            reason=reason,
            on=today,
            by=self.s.user.username,
            note=note,
            retention_until=followup.add_years(today, retention_years),
            at=self.s.clock.now(),
        )
        current = self.cases.get(ref, audit=False)
        if current.stage == Stage.CLOSED:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "This case is already closed."))
        trial = current.model_copy(update={"closure": closure})
        reasons = advance_blockers(trial, Stage.CLOSED, today)
        if reasons:  # checked before writing, so a refusal changes nothing
            raise GateBlocked(
                QT_TRANSLATE_NOOP("errors", "{reasons}"),
                reasons,
                reasons=" ".join(r.text for r in reasons),
            )

        def apply(case: CaseFile) -> None:
            case.closure = closure

        self.cases.modify(ref, apply, "case.closure")
        return self.cases.advance(ref, Stage.CLOSED, note=reason.value)

    # -- printing ------------------------------------------------------------------------

    def record_plan_print(
        self, ref: str, version: int, language: str, pdf: Path | None = None
    ) -> None:
        """A plan print exists (the PDF is whole): only now is it audited (and the PDF
        taken away again if it cannot be)."""
        with self.s.recorded_output(pdf):
            self.s.require_recordable()
            case = self.cases.get(ref, audit=False)
            with self.s.write() as conn:
                self.s.audit(
                    conn, "case.print", case.id, document="plan", version=version, language=language
                )

    def plan_for_print(self, ref: str, language: str, version: int | None = None) -> PlanPrint:
        """The plan version to print (default: current); ``record_plan_print`` once printed."""
        self.s.require_recordable()
        case = self.cases.get(ref, audit=False)
        plans = [p for p in case.reintegration.plans if version is None or p.version == version]
        if not plans:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This case has no such plan version."))
        plan = max(plans, key=lambda p: p.version)
        entries = {e.id: e for e in DirectoryService(self.s).all()}
        return PlanPrint(
            case,
            plan,
            self.s.organisation().name,
            self.s.user.language or "en",
            self.today(),
            entries,
        )
