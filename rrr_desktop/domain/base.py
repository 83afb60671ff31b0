"""Shared pydantic base and small helpers for domain models."""

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field


class DomainModel(BaseModel):
    """Strict enough to catch typos in stored JSON, tolerant of fields added later."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True, use_enum_values=False)


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def IdField() -> str:  # noqa: N802 - reads like a type in model definitions
    return Field(default_factory=new_id)
