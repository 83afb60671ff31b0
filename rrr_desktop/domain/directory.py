"""Service directory entries (UNODC Tool 7.7 recommendations 43-45)."""

import datetime as dt
from typing import Any

from pydantic import Field

from rrr_desktop.domain.base import DomainModel, IdField
from rrr_desktop.domain.enums import DirectoryType
from rrr_desktop.domain.languages import LanguageTags
from rrr_desktop.domain.text_rules import FreeText, OneLine, without_hidden

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
    languages: LanguageTags = Field(default_factory=list)
    services: list[OneLine] = Field(default_factory=list)
    last_verified: dt.date | None = None
    is_example: bool = False
    notes: FreeText = ""


def stored_entry(data: dict[str, Any]) -> DirectoryEntry:
    """An entry as the vault holds it. One saved before notes and services followed the
    text rules may hold hidden characters there: they are dropped, so that the directory
    still opens (refusing it would refuse every directory page and command)."""
    data = dict(data)
    if isinstance(data.get("notes"), str):
        data["notes"] = without_hidden(data["notes"])
    if isinstance(data.get("services"), list):
        data["services"] = [
            without_hidden(s, one_line=True).strip() if isinstance(s, str) else s
            for s in data["services"]
        ]
    return DirectoryEntry.model_validate(data)


def is_stale(entry: DirectoryEntry, today: dt.date) -> bool:
    """An entry not verified within six months (or never) must be flagged."""
    if entry.is_example or entry.last_verified is None:
        return True
    return (today - entry.last_verified).days > STALE_AFTER_DAYS


# Fields a survivor relies on when calling for help: a change to one of them makes the
# entry unverified again, and changing a verified entry needs a supervisor.
CONTACT_FIELDS = (
    "name",
    "type",
    "country",
    "region",
    "address",
    "phone",
    "email",
    "contact_person",
)


def changed_fields(old: "DirectoryEntry", new: "DirectoryEntry") -> list[tuple[str, str, str]]:
    """(field, old value, new value) for every field that differs, verification aside."""
    before = old.model_dump(mode="json", exclude={"last_verified"})
    after = new.model_dump(mode="json", exclude={"last_verified"})
    return [(k, str(before[k]), str(after[k])) for k in before if before[k] != after.get(k)]


def contact_changed(old: "DirectoryEntry", new: "DirectoryEntry") -> bool:
    return any(field in CONTACT_FIELDS for field, _a, _b in changed_fields(old, new))
