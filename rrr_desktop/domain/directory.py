"""Service directory entries (seed 004, recommendations 43-45)."""

import datetime as dt

from pydantic import Field

from rrr_desktop.domain.base import DomainModel, IdField
from rrr_desktop.domain.enums import DirectoryType
from rrr_desktop.domain.text_rules import OneLine

STALE_AFTER_DAYS = 183  # six months


class DirectoryEntry(DomainModel):
    id: str = IdField()
    name: OneLine = Field(min_length=1)
    type: DirectoryType
    country: str
    region: OneLine = ""
    address: OneLine = ""
    phone: OneLine = ""
    email: OneLine = ""
    contact_person: OneLine = ""
    languages: list[str] = Field(default_factory=list)
    services: list[str] = Field(default_factory=list)
    last_verified: dt.date | None = None
    is_example: bool = False
    notes: str = ""


def is_stale(entry: DirectoryEntry, today: dt.date) -> bool:
    """An entry not verified within six months (or never) must be flagged."""
    if entry.is_example or entry.last_verified is None:
        return True
    return (today - entry.last_verified).days > STALE_AFTER_DAYS
