"""The person assisted, their contacts and (for a child) their guardian."""

import datetime as dt
import unicodedata

from pydantic import Field, field_validator, model_validator

from rrr_desktop.domain.base import DomainModel, IdField, today
from rrr_desktop.domain.enums import AgeGroup, Sex
from rrr_desktop.domain.languages import LanguageTags
from rrr_desktop.domain.text_rules import FreeText, OneLine

ADULT_AGE = 18


class Contact(DomainModel):
    id: str = IdField()
    kind: str = "phone"  # phone, email, address, messenger
    value: str = ""
    note: str = ""
    safe_to_use: bool = True


class Guardian(DomainModel):
    name: str = ""
    relation: str = ""
    organisation: str = ""
    contact: str = ""
    appointed_on: dt.date | None = None


class Person(DomainModel):
    given_name: OneLine = Field(min_length=1)
    family_name: OneLine = ""
    other_names: list[OneLine] = Field(default_factory=list, max_length=20)
    # The name as the person writes it (ស្រីមុំ, ထက်ထက်): kept as given; search finds both.
    name_in_own_script: OneLine = ""
    sex: Sex = Sex.UNKNOWN
    date_of_birth: dt.date | None = None
    place_of_birth: str = ""  # for travel-document requests (embassy letter)
    estimated_age: int | None = Field(default=None, ge=0, le=120)
    estimated_on: dt.date | None = None
    nationality: str = ""  # ISO 3166-1 alpha-2
    languages: LanguageTags = Field(default_factory=list)  # BCP 47 codes, first = preferred
    contacts: list[Contact] = Field(default_factory=list)
    guardian: Guardian | None = None
    wishes: FreeText = ""  # the person's own words (self-determination)

    @field_validator("given_name", "family_name", "name_in_own_script")
    @classmethod
    def _nfc(cls, value: str) -> str:
        return unicodedata.normalize("NFC", value.strip())

    @field_validator("nationality")
    @classmethod
    def _iso2(cls, value: str) -> str:
        value = value.strip().upper()
        if value and (len(value) != 2 or not value.isalpha()):
            raise ValueError("nationality must be a two-letter country code, e.g. KH")
        return value

    @field_validator("date_of_birth")
    @classmethod
    def _not_future(cls, value: dt.date | None) -> dt.date | None:
        if value is not None and value > today():
            raise ValueError("date of birth cannot be in the future")
        return value

    @model_validator(mode="after")
    def _estimated_needs_date(self) -> "Person":
        if self.estimated_age is not None and self.estimated_on is None:
            object.__setattr__(self, "estimated_on", today())
        return self

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def printed_name(self) -> str:
        """The name on paper: as written in the file, and in the person's own script."""
        own = self.name_in_own_script
        if own and own != self.full_name:
            return f"{self.full_name} ({own})" if self.full_name else own
        return self.full_name

    def age_on(self, day: dt.date) -> int | None:
        return age_on(self.date_of_birth, self.estimated_age, self.estimated_on, day)

    def is_child_on(self, day: dt.date) -> bool:
        age = self.age_on(day)
        return age is not None and age < ADULT_AGE

    def birth_year(self) -> int | None:
        if self.date_of_birth:
            return self.date_of_birth.year
        if self.estimated_age is not None and self.estimated_on is not None:
            return self.estimated_on.year - self.estimated_age
        return None


def youngest_adult_birth_year(day: dt.date) -> int:
    """Anyone born after this year may still be a child on ``day`` (a year of birth alone
    cannot tell; when unsure, the person is treated as a child: the safer mistake)."""
    return day.year - ADULT_AGE - 1


def age_on(
    dob: dt.date | None, estimated: int | None, estimated_on: dt.date | None, day: dt.date
) -> int | None:
    """Age in whole years on ``day``, from a birth date or an estimate made earlier."""
    if dob is not None:
        years = day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))
        return max(years, 0)
    if estimated is not None:
        base = estimated_on or day
        return max(estimated + (day.year - base.year), 0)
    return None


def age_group(age: int | None) -> AgeGroup:
    """IOM RRR's groups: infant (under 1), child (1-17), adult (18+)."""
    if age is None:
        return AgeGroup.UNKNOWN
    if age < 1:
        return AgeGroup.INFANT
    if age < ADULT_AGE:
        return AgeGroup.CHILD
    return AgeGroup.ADULT
