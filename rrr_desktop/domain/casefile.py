"""The case file: one document per assisted person's case, owned by one organisation."""

import datetime as dt
import re

from pydantic import Field, field_validator

from rrr_desktop.domain.base import DomainModel, IdField, utcnow
from rrr_desktop.domain.consent import ConsentEvent
from rrr_desktop.domain.enums import (
    AsylumStatus,
    ExploitationSector,
    IdentificationType,
    ReferralSource,
    Stage,
)
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.reintegration import Closure, Reintegration
from rrr_desktop.domain.return_prep import (
    Itinerary,
    OrgMessage,
    PreDepartureChecklist,
    RiskAssessment,
    SupervisorOverride,
    TravelDocument,
)

REFERENCE_RE = re.compile(r"^[A-Z]{2}-\d{4}-\d{5}$")


def make_reference(country: str, year: int, number: int) -> str:
    """Case reference like ``KH-2026-00042``: org country, intake year, running number."""
    return f"{country.upper()}-{year:04d}-{number:05d}"


class Intake(DomainModel):
    intake_date: dt.date
    referred_by: ReferralSource = ReferralSource.OTHER
    identification: IdentificationType = IdentificationType.IDENTIFIED_VICTIM
    exploitation_sector: ExploitationSector = ExploitationSector.OTHER
    exploitation_country: str = ""
    origin_country: str = ""
    origin_region: str = ""
    first_needs: str = ""
    screening_notes: str = ""
    programme: str = ""


class MedicalService(DomainModel):
    id: str = IdField()
    on: dt.date
    service: str
    voluntary_testing: bool = False  # testing is only ever voluntary (seed 000)
    consented: bool = True
    note: str = ""


class ShelterCare(DomainModel):
    shelter_name: str = ""
    admitted_on: dt.date | None = None
    left_on: dt.date | None = None
    services_received: list[str] = Field(default_factory=list)
    referrals: list[str] = Field(default_factory=list)
    medical: list[MedicalService] = Field(default_factory=list)
    security_measures: str = ""


class StageChange(DomainModel):
    from_stage: Stage | None
    to_stage: Stage
    at: dt.datetime = Field(default_factory=utcnow)
    by: str = ""
    note: str = ""


class CaseFile(DomainModel):
    id: str = IdField()
    reference: str
    stage: Stage = Stage.INTAKE
    stage_history: list[StageChange] = Field(default_factory=list)
    person: Person
    intake: Intake
    caseworker: str = ""
    assigned_to: list[str] = Field(default_factory=list)
    receiving_org: str = ""
    show_name_on_prints: bool = False
    asylum: AsylumStatus = AsylumStatus.NONE
    shelter: ShelterCare = Field(default_factory=ShelterCare)
    consents: list[ConsentEvent] = Field(default_factory=list)
    risk_assessments: list[RiskAssessment] = Field(default_factory=list)
    overrides: list[SupervisorOverride] = Field(default_factory=list)
    checklist: PreDepartureChecklist = Field(default_factory=PreDepartureChecklist)
    documents: list[TravelDocument] = Field(default_factory=list)
    itinerary: Itinerary = Field(default_factory=Itinerary)
    messages: list[OrgMessage] = Field(default_factory=list)
    reintegration: Reintegration = Field(default_factory=Reintegration)
    closure: Closure | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)

    @field_validator("reference")
    @classmethod
    def _reference_format(cls, value: str) -> str:
        value = value.strip().upper()
        if not REFERENCE_RE.match(value):
            raise ValueError("reference must look like KH-2026-00042")
        return value

    @property
    def latest_risk_assessment(self) -> RiskAssessment | None:
        if not self.risk_assessments:
            return None
        return max(self.risk_assessments, key=lambda r: r.assessed_on)

    def active_override(self, kind: str) -> SupervisorOverride | None:
        found = [o for o in self.overrides if o.kind == kind and not o.revoked]
        return found[-1] if found else None
