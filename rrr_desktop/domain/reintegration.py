"""Reintegration assessment, plan, follow-up visits and closure (seeds 001, 002)."""

import datetime as dt

from pydantic import Field

from rrr_desktop.domain.base import DomainModel, IdField, utcnow
from rrr_desktop.domain.enums import (
    ClosureReason,
    DestinationOption,
    ItemStatus,
    PlanComponentKind,
    VulnerabilityDomain,
)


class FamilyAssessment(DomainModel):
    assessed_on: dt.date
    assessed_by: str
    neglect_or_abuse_found: bool
    notes: str = ""


class ReintegrationAssessment(DomainModel):
    assessed_on: dt.date | None = None
    assessed_by: str = ""
    person_notes: str = ""
    situation_notes: str = ""
    family_assessment: FamilyAssessment | None = None


class PlanAction(DomainModel):
    id: str = IdField()
    description: str
    responsible: str = ""  # directory entry id or a person's name
    due_on: dt.date | None = None
    status: ItemStatus = ItemStatus.PLANNED


class PlanComponent(DomainModel):
    id: str = IdField()
    kind: PlanComponentKind
    goal: str = ""
    actions: list[PlanAction] = Field(default_factory=list)
    responsible: str = ""  # directory entry id or a person's name
    due_on: dt.date | None = None
    budget: float = Field(default=0.0, ge=0)
    currency: str = "USD"
    status: ItemStatus = ItemStatus.PLANNED


class ReintegrationPlan(DomainModel):
    """One version of the plan; versions are kept, the last one is current."""

    version: int = 1
    created_on: dt.date
    created_by: str
    persons_wishes: str = ""  # in the person's own words
    caseworker_proposal: str = ""
    destination: DestinationOption | None = None
    components: list[PlanComponent] = Field(default_factory=list)


class DomainScore(DomainModel):
    domain: VulnerabilityDomain
    score: int = Field(ge=1, le=5)  # 1 = very vulnerable, 5 = resilient


class FollowUpVisit(DomainModel):
    id: str = IdField()
    scheduled_on: dt.date
    done_on: dt.date | None = None
    by: str = ""
    scores: list[DomainScore] = Field(default_factory=list)
    retrafficking_signs: list[str] = Field(default_factory=list)
    notes: str = ""


class Closure(DomainModel):
    reason: ClosureReason
    on: dt.date
    by: str
    note: str = ""
    retention_until: dt.date | None = None
    at: dt.datetime = Field(default_factory=utcnow)


class Reintegration(DomainModel):
    assessment: ReintegrationAssessment = Field(default_factory=ReintegrationAssessment)
    plans: list[ReintegrationPlan] = Field(default_factory=list)
    visits: list[FollowUpVisit] = Field(default_factory=list)

    @property
    def current_plan(self) -> ReintegrationPlan | None:
        return max(self.plans, key=lambda p: p.version) if self.plans else None
