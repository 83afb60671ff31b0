"""Resolving a conflict: a person's choice becomes a new write of the field.

The write has seen every value the field held, so it supersedes them all: it travels to
the other laptops with the next sync like any edit, and nobody is asked again. It loads
one record, whatever the number of open conflicts elsewhere.
"""

import dataclasses
import datetime as dt
import json
from typing import Any

from pydantic import ValidationError

from rrr_desktop.domain import replica
from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.sync_kinds import shape_for
from rrr_desktop.errors import InvalidInput, NotFound
from rrr_desktop.vault import cases as case_repo
from rrr_desktop.vault import handoff_tables as store
from rrr_desktop.vault.db import Connection
from rrr_desktop.vault.records import get_head, get_state, store_record

OURS, THEIRS, NEW = "ours", "theirs", "new"
_SYNONYMS = {"local": OURS, "remote": THEIRS, "keep": OURS, "take": THEIRS, "value": NEW}


@dataclasses.dataclass(frozen=True)
class Write:
    """Who resolves, where and when: the version the choice is written with."""

    hlc: str
    device: str
    who: str
    today: dt.date


@dataclasses.dataclass(frozen=True)
class Choice:
    """``ours``/``theirs``, a sibling's number (1, 2, ...) or ``new`` with a value."""

    how: str
    value: Any = None

    @classmethod
    def parse(cls, text: str, value: Any = None) -> "Choice":
        how = _SYNONYMS.get(text.strip().lower(), text.strip().lower())
        if how not in (OURS, THEIRS, NEW) and not how.isdigit():
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Choose 'ours', 'theirs', the number of one of the values, or 'new' with a "
                    "value.",
                )
            )
        return cls(how, value)


def pick(siblings: list[list[Any]], choice: Choice, device: str) -> Any:
    """The value a choice stands for among a field's values (each [hlc, who, value])."""
    if choice.how == NEW:
        return choice.value
    if choice.how.isdigit():
        n = int(choice.how)
        if not 1 <= n <= len(siblings):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Choose a value between 1 and {count}."),
                count=len(siblings),
            )
        return siblings[n - 1][2]
    ours = [s for s in siblings if replica.laptop_of(s[0]) == device]
    theirs = [s for s in siblings if replica.laptop_of(s[0]) != device]
    if choice.how == OURS:
        chosen = max(ours, key=lambda s: s[0]) if ours else None
        if chosen is None:  # neither value was written here: "ours" is what we show now
            return replica.shown_value({"s": siblings, "c": {}})
        return chosen[2]
    if not theirs:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Every value of this field was written on this laptop.")
        )
    return max(theirs, key=lambda s: s[0])[2]


def resolve_paths(
    conn: Connection, record_id: str, choices: dict[str, Choice], at: Write
) -> list[str]:
    """Resolve several fields of one record in one write; returns the fields resolved."""
    found = get_head(conn, record_id)
    if found is None or found[3]["del"]:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The record of this conflict no longer exists."))
    kind, state = found[0], found[3]
    hlc, device, who = at.hlc, at.device, at.who
    anonymised = bool(state["anon"])
    if anonymised:
        # Two laptops anonymised it, each after an edit the other had not seen. The choice
        # is among what the anonymisations wrote, and belongs to them: written as theirs,
        # so every merge keeps it (a merge keeps nothing else on an anonymised record).
        who = replica.ANON_WHO
    done: list[str] = []
    for path, choice in choices.items():
        reg = state["r"].get(path)
        if reg is None or not replica.in_conflict(reg):
            continue
        if anonymised and choice.how == NEW:  # a new value could bring personal data back
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Choose a value between 1 and {count}."),
                count=len(reg["s"]),
            )
        value = pick(reg["s"], choice, device)
        state = replica.resolved(state, path, value, hlc, who)
        done.append(path)
    if not done:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This conflict was already resolved."))
    doc = replica.materialise(state, shape_for(kind))
    if kind == case_repo.KIND:
        try:
            case = CaseFile.model_validate(doc)
        except ValidationError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "That value would make the case invalid; choose another one.",
                )
            ) from exc
        case_repo.store_case(conn, case, state, hlc, device, at.today)
    else:
        store_record(conn, record_id, kind, json.dumps(doc, ensure_ascii=False), state, hlc, device)
    return done


def resolve_one(conn: Connection, conflict_id: int, choice: Choice, at: Write) -> tuple[str, str]:
    found = store.find_conflict(conn, conflict_id)
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This conflict was already resolved or does not exist.")
        )
    record_id, path = found
    resolve_paths(conn, record_id, {path: choice}, at)
    return record_id, path


def resolve_record(conn: Connection, record_id: str, choice: Choice, at: Write) -> list[str]:
    """One choice ("theirs", say) for every open conflict of one case."""
    state = get_state(conn, record_id)
    if state is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The record of this conflict no longer exists."))
    paths = replica.conflicts(state)
    return resolve_paths(conn, record_id, dict.fromkeys(paths, choice), at)
