"""Consent per purpose, with full history (docs/sources.md, principle 1, data protection)."""

import datetime as dt
from typing import ClassVar

from pydantic import Field

from rrr_desktop.domain.base import DomainModel, IdField, utcnow
from rrr_desktop.domain.enums import ConsentMethod, ConsentPurpose, ConsentState, LegalBasis


class ConsentEvent(DomainModel):
    """One statement of the person about one purpose; the latest event per purpose rules."""

    sync_atomic: ClassVar[bool] = True  # one register per item (domain/replica.py)

    id: str = IdField()
    purpose: ConsentPurpose
    state: ConsentState
    on: dt.date
    method: ConsentMethod = ConsentMethod.WRITTEN
    language: str = ""  # language it was explained in
    witness: str = ""
    basis: LegalBasis = LegalBasis.CONSENT
    scope: str = ""  # e.g. the named receiving organisation for sharing
    recorded_by: str = ""
    recorded_at: dt.datetime = Field(default_factory=utcnow)
    note: str = ""


def current_consent(events: list[ConsentEvent], purpose: ConsentPurpose) -> ConsentEvent | None:
    """The event in force for a purpose: the last one recorded (date, then entry time,
    then list order, so two events entered within the same second keep their order)."""
    relevant = [(i, e) for i, e in enumerate(events) if e.purpose == purpose]
    if not relevant:
        return None
    return max(relevant, key=lambda p: (p[1].on, p[1].recorded_at, p[0]))[1]


def consent_state(events: list[ConsentEvent], purpose: ConsentPurpose) -> ConsentState:
    event = current_consent(events, purpose)
    return event.state if event else ConsentState.NOT_ASKED


def has_consent(events: list[ConsentEvent], purpose: ConsentPurpose, scope: str = "") -> bool:
    """True when the purpose is given now (or rests on a recorded non-consent basis).

    With ``scope`` (e.g. a receiving organisation), the consent must name that scope.
    """
    event = current_consent(events, purpose)
    if event is None or event.state != ConsentState.GIVEN:
        return False
    return not scope or event.scope.strip().casefold() == scope.strip().casefold()
