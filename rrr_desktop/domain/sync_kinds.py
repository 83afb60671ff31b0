"""Which replication shape each kind of synced record has, and how cases are anonymised.

Cases are walked field by field (``replica.shape_of(CaseFile)``); directory entries and
holiday calendars are small, so each top-level field is one register.
"""

from typing import Any

from rrr_desktop.domain import replica
from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.retention import anonymise

CASE = "case"
CASE_SHAPE = replica.shape_of(CaseFile)


def shape_for(kind: str) -> replica.Shape:
    return CASE_SHAPE if kind == CASE else replica.FLAT


def anonymise_document(doc: dict[str, Any]) -> dict[str, Any]:
    """The retention anonymisation on a case document (deterministic: every copy agrees)."""
    return anonymise(CaseFile.model_validate(doc)).model_dump(mode="json")


def finaliser_for(kind: str) -> replica.Finaliser | None:
    return anonymise_document if kind == CASE else None
