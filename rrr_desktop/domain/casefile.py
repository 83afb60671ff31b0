"""The case file: one document per assisted person's case, owned by one organisation."""

import datetime as dt
import hashlib
import re
from typing import ClassVar

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
from rrr_desktop.domain.notes import Attachment, CaseNote
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

# The middle code: 3 characters from the laptop that opened the case, or 5 for a case
# renumbered after a clash (see ``renumbered_reference``).
REFERENCE_RE = re.compile(r"^[A-Z]{2}-\d{4}-(?:[A-Z0-9]{3}-|[A-Z0-9]{5}-)?\d{5}$")
# Letters and digits that cannot be misheard or misread for one another on the phone or
# on paper (no O/0, I/1, S/5, Z/2, B/8).
CODE_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY34679"


def make_reference(country: str, year: int, number: int, code: str = "") -> str:
    """Case reference like ``KH-2026-K7M-00042``: org country, intake year, the code of
    the laptop that opened the case, its running number (so laptops that open cases
    offline never collide). Without a code: ``KH-2026-00042`` (references before codes)."""
    middle = f"{code}-" if code else ""
    return f"{country.upper()}-{year:04d}-{middle}{number:05d}"


def _code(seed: str, length: int = 3) -> str:
    digest = hashlib.sha256(seed.encode()).digest()
    return "".join(CODE_ALPHABET[b % len(CODE_ALPHABET)] for b in digest[:length])


def device_code(device_id: str) -> str:
    """Three characters from the device id: 17,576 codes, the same on every copy."""
    return _code("device:" + device_id)


def renumbered_reference(reference: str, case_id: str, attempt: int = 0) -> str:
    """A new reference for a case whose reference another case already has here. Chosen
    from the case's own id, so every laptop that meets the clash picks the same one. Five
    characters (11.9 million codes), so the first choice is free on every laptop and none
    has to try again (a second try depends on what that laptop holds, and two laptops
    trying differently wrote two references: a conflict nobody made)."""
    country, year = reference.split("-")[:2]
    number = int(reference.rsplit("-", 1)[1])
    code = _code(f"renumber:{case_id}:{attempt}", 5)
    return make_reference(country, int(year), number, code)


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
    sync_atomic: ClassVar[bool] = True  # one register per item (domain/replica.py)
    id: str = IdField()
    on: dt.date
    service: str
    voluntary_testing: bool = False  # testing is only ever voluntary (IOM RRR)
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


class ReferralOut(DomainModel):
    """This case was referred to another organisation: a fact recorded once, known on every
    laptop of ours after a sync, so a status report from any laptop of that organisation
    is taken on any laptop of ours (and from no other organisation)."""

    sync_atomic: ClassVar[bool] = True  # one register per item (domain/replica.py)
    id: str = IdField()
    org_id: str
    org_name: str = ""
    on: dt.date


class CaseFile(DomainModel):
    id: str = IdField()
    reference: str
    partner_reference: str = ""  # the referring organisation's reference ("their reference")
    partner_org_id: str = ""  # the organisation that referred the case here (status goes back)
    referred_to: list[ReferralOut] = Field(default_factory=list)  # organisations sent to
    reference_aliases: list[str] = Field(default_factory=list)  # earlier references
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
    notes: list[CaseNote] = Field(default_factory=list)  # notes and the contact log
    attachments: list[Attachment] = Field(default_factory=list)
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)

    @field_validator("reference")
    @classmethod
    def _reference_format(cls, value: str) -> str:
        value = value.strip().upper()
        if not REFERENCE_RE.match(value):
            raise ValueError("reference must look like KH-2026-K7M-00042")
        return value

    @property
    def other_references(self) -> list[str]:
        """Every other reference this case is known by (theirs, and earlier ones of ours)."""
        return [r for r in (self.partner_reference, *self.reference_aliases) if r]

    @property
    def latest_risk_assessment(self) -> RiskAssessment | None:
        if not self.risk_assessments:
            return None
        return max(self.risk_assessments, key=lambda r: r.assessed_on)

    def active_override(self, kind: str) -> SupervisorOverride | None:
        found = [o for o in self.overrides if o.kind == kind and not o.revoked]
        return found[-1] if found else None
