"""Resolving a conflict: keep this side's value or take the other side's, field by field.

The record is saved with a new version either way, so the choice travels back to the
other side with the next sync (a record with open conflicts is held back until then).
"""

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.errors import BundleRejected, NotFound
from rrr_desktop.handoff import store
from rrr_desktop.handoff.merge import MISSING, set_at
from rrr_desktop.vault import cases as case_repo
from rrr_desktop.vault.db import Connection
from rrr_desktop.vault.records import get_record, put_record


def resolve(
    conn: Connection,
    conflict_id: int,
    choice: str,
    new_version: Callable[[], str],
    device: str,
    today: dt.date,
    now: str,
    user: str,
) -> store.StoredConflict:
    if choice not in ("local", "remote"):
        raise BundleRejected("Choose either this side's value or the other side's.")
    found = [c for c in store.open_conflicts(conn) if c.id == conflict_id]
    if not found:
        raise NotFound("This conflict was already resolved or does not exist.")
    conflict = found[0]
    record = get_record(conn, conflict.record_id)
    if record is None:
        raise NotFound("The record of this conflict no longer exists.")
    kind, data, _, _, deleted = record
    doc: Any = MISSING if deleted else json.loads(data)
    if choice == "remote":
        value = conflict.remote.get("v", MISSING)
        doc = (
            value
            if not conflict.path
            else set_at({} if doc is MISSING else doc, conflict.path, value)
        )
    store_document(conn, kind, conflict.record_id, doc, new_version(), device, today)
    store.resolve_conflict(conn, conflict_id, choice, now, user)
    return conflict


def store_document(
    conn: Connection, kind: str, record_id: str, doc: Any, hlc: str, device: str, today: dt.date
) -> None:
    """A document (or a tombstone for ``MISSING``), keeping a case's index in step."""
    if doc is MISSING or not isinstance(doc, dict):
        if kind == case_repo.KIND:
            case_repo.tombstone_case(conn, record_id, hlc, device)
        else:
            put_record(conn, record_id, kind, "{}", hlc, device, True)
    elif kind == case_repo.KIND:
        try:
            case = CaseFile.model_validate(doc)
        except ValidationError as exc:
            raise BundleRejected(
                "That choice would make the case invalid; choose the other value."
            ) from exc
        case_repo.save_case(conn, case, hlc, device, today)
    else:
        put_record(conn, record_id, kind, json.dumps(doc, ensure_ascii=False), hlc, device, False)
