"""Query and row shapes shared by the services, the CLI and the UI's table model."""

import dataclasses
import datetime as dt

SORT_COLUMNS = (
    "reference",
    "name",
    "sex",
    "age",
    "stage",
    "origin",
    "next_due",
    "updated",
)


@dataclasses.dataclass(frozen=True)
class CaseQuery:
    text: str = ""
    notes_text: str = ""  # words written in the case's notes and contact log
    stage: str = ""
    origin_country: str = ""
    caseworker: str = ""
    visible_to: str = ""  # need-to-know scope: a caseworker's own and "also assigned" cases
    overdue_on: dt.date | None = None  # only cases whose next action is due before this day
    sort: str = "updated"
    descending: bool = True
    offset: int = 0
    limit: int = 200

    def page(self, offset: int, limit: int) -> "CaseQuery":
        return dataclasses.replace(self, offset=offset, limit=limit)


@dataclasses.dataclass(frozen=True)
class CaseRow:
    id: str
    reference: str
    given_name: str
    family_name: str
    sex: str
    birth_year: int | None
    nationality: str
    origin_country: str
    stage: str
    caseworker: str
    next_action: str
    next_due: dt.date | None
    updated_at: str

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    def age_in(self, year: int) -> int | None:
        return None if self.birth_year is None else max(year - self.birth_year, 0)
