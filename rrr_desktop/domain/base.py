"""Shared pydantic base and small helpers for domain models."""

import datetime as dt
import uuid
from collections.abc import Callable

from pydantic import BaseModel, ConfigDict, Field


class DomainModel(BaseModel):
    """Strict enough to catch typos in stored JSON, tolerant of fields added later."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True, use_enum_values=False)


def new_id() -> str:
    return str(uuid.uuid4())


_today: Callable[[], dt.date] = dt.date.today


def today() -> dt.date:
    """Today for the rules that validate a model by the date (a birth date in the future,
    an estimate made today): the session's clock once a session exists, so a rule gives
    the same answer as every other date the session computes, in tests as in use."""
    return _today()


def use_today(source: Callable[[], dt.date]) -> None:
    """Called by the session with its clock's ``today``."""
    global _today
    _today = source


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def IdField() -> str:  # noqa: N802 - reads like a type in model definitions
    return Field(default_factory=new_id)
