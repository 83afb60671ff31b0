"""Return preparation: risk assessment, overrides, checklist, documents, travel, messages.

UNODC Tool 7.8 and UNODC Tool 7.7 recommendations 40-45.
"""

import datetime as dt
from typing import ClassVar

from pydantic import Field

from rrr_desktop.domain.base import DomainModel, IdField, utcnow
from rrr_desktop.domain.enums import (
    GrantKind,
    MessageKind,
    RiskFinding,
    TravelMode,
)
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP

# The factors UNODC Tool 7.8 says a security assessment must weigh, in its order.
RISK_FACTORS: dict[str, str] = {
    "causes_of_trafficking": QT_TRANSLATE_NOOP("risk", "Initial causes of trafficking"),
    "family_economic_situation": QT_TRANSLATE_NOOP(
        "risk", "Socio-economic situation of the family"
    ),
    "family_community_attitudes": QT_TRANSLATE_NOOP(
        "risk", "Attitudes of the family and community"
    ),
    "sanctions_on_return": QT_TRANSLATE_NOOP("risk", "Criminal or civil sanctions on return"),
    "home_infrastructure": QT_TRANSLATE_NOOP(
        "risk", "State of infrastructure in the country of origin"
    ),
    "witness_protection": QT_TRANSLATE_NOOP("risk", "Functioning witness protection programme"),
    "services_available": QT_TRANSLATE_NOOP(
        "risk", "Medical, psychological and legal services available"
    ),
    "training_available": QT_TRANSLATE_NOOP(
        "risk", "Training and education to reduce the risk of re-victimisation"
    ),
}


class RiskFactorNote(DomainModel):
    factor: str
    concern: bool = False
    note: str = ""


class RiskAssessment(DomainModel):
    sync_atomic: ClassVar[bool] = True  # one register per item (domain/replica.py)
    id: str = IdField()
    assessed_on: dt.date
    assessed_by: str
    factors: list[RiskFactorNote] = Field(default_factory=list)
    finding: RiskFinding
    mitigations: str = ""


class OverrideKind:
    RISK = "risk"
    CHECKLIST = "checklist"


class SupervisorOverride(DomainModel):
    """A supervisor's recorded decision to proceed despite a gate, with the reason."""

    sync_atomic: ClassVar[bool] = True  # one register per item (domain/replica.py)

    id: str = IdField()
    kind: str  # OverrideKind
    by: str
    at: dt.datetime = Field(default_factory=utcnow)
    reason: str = Field(min_length=10)
    revoked: bool = False


class ChecklistTick(DomainModel):
    sync_atomic: ClassVar[bool] = True  # one register per item (domain/replica.py)
    key: str
    by: str
    on: dt.date
    note: str = ""


class PreDepartureChecklist(DomainModel):
    ticks: list[ChecklistTick] = Field(default_factory=list)
    wants_ngo_met_on_arrival: bool | None = None
    contacts_handed_over: list[str] = Field(default_factory=list)  # directory entry ids

    def tick_for(self, key: str) -> ChecklistTick | None:
        return next((t for t in self.ticks if t.key == key), None)


class TravelDocument(DomainModel):
    id: str = IdField()
    kind: str  # passport, travel document, ID card, birth certificate, medical record ...
    number_last4: str = ""
    issued_by: str = ""
    expires_on: dt.date | None = None
    in_hand: bool = False
    copy_given_to_person: bool = False


class TravelLeg(DomainModel):
    id: str = IdField()
    mode: TravelMode = TravelMode.AIR
    origin: str
    destination: str
    departs_at: dt.datetime
    arrives_at: dt.datetime
    carrier: str = ""
    escort: str = ""


class Itinerary(DomainModel):
    legs: list[TravelLeg] = Field(default_factory=list)
    destination_country: str = ""
    transit_assistance: str = ""
    met_on_arrival_by: str = ""
    grant_kind: GrantKind = GrantKind.NONE
    grant_details: str = ""


class OrgMessage(DomainModel):
    """One of the six notifications; dates are when it was sent and received."""

    id: str = IdField()
    kind: MessageKind
    sent_on: dt.date | None = None
    received_on: dt.date | None = None
    due_on: dt.date | None = None
    note: str = ""


class HolidayCalendar(DomainModel):
    """Days off of a country. As stored, ``holidays`` and ``removed`` are the organisation's
    edits to the defaults (``domain/holidays.with_defaults`` gives the calendar in force)."""

    country: str
    holidays: dict[dt.date, str] = Field(default_factory=dict)
    weekend_days: list[int] = Field(default_factory=lambda: [5, 6])  # Mon=0
    removed: list[dt.date] = Field(default_factory=list)  # defaults that do not apply
