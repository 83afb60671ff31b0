"""Organisation and users of one installation."""

import re

from pydantic import Field, field_validator

from rrr_desktop.domain.base import DomainModel, IdField
from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.text_rules import OneLine

USERNAME_RE = re.compile(r"^[a-z][a-z0-9_.-]{1,31}$")


class Organisation(DomainModel):
    id: str = IdField()
    name: str = Field(min_length=2)
    country: str
    # How letters to others are answered (the embassy letter prints them).
    address: OneLine = ""
    phone: OneLine = ""
    email: OneLine = ""
    # Per embassy country, the name a supervisor confirmed as neutral for letters to that
    # embassy (the organisation's own name may say what it does).
    embassy_names: dict[str, str] = Field(default_factory=dict)

    @field_validator("country")
    @classmethod
    def _iso2(cls, value: str) -> str:
        value = value.strip().upper()
        if len(value) != 2 or not value.isalpha():
            raise ValueError("country must be a two-letter code, e.g. KH")
        return value


class User(DomainModel):
    """A caseworker, supervisor or administrator. Holds no data of assisted persons."""

    username: str
    display_name: str = ""
    roles: list[Role] = Field(default_factory=lambda: [Role.CASEWORKER])
    language: str = "en"
    active: bool = True

    @field_validator("username")
    @classmethod
    def _username(cls, value: str) -> str:
        value = value.strip().lower()
        if not USERNAME_RE.match(value):
            raise ValueError(
                "user name must be 2-32 lower-case letters, digits, '.', '_' or '-', "
                "starting with a letter"
            )
        return value

    def has_role(self, role: Role) -> bool:
        return role in self.roles or Role.ADMIN in self.roles and role != Role.DATA_OFFICER

    @property
    def is_supervisor(self) -> bool:
        return Role.SUPERVISOR in self.roles or Role.ADMIN in self.roles
