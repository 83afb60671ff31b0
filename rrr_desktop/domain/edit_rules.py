"""Which parts of a case an edit may change, and which only their own command may.

A case's gates, roles and history rest on a few fields: the stage and its history, who
holds the case, the supervisor's overrides, consent, the risk assessments, the closure
(and its retention date), notes, files, the six messages, the checklist's ticks (each says
who confirmed it), and the references. Each of these is changed by one command that checks
what it must (a gate, a role, who is recording) and writes who did it. A general edit (the
case window's forms, ``rrr case edit``, or any other change that does not name itself as
that command) that touches one of them is refused, whoever makes it: otherwise a
caseworker could write a supervisor's override, skip a gate, or move a retention date with
a plain edit (found by an adversarial review). Pure rules, no I/O.
"""

from collections.abc import Iterable, Mapping
from typing import Any

# field -> (the audit actions of the commands that change it, their command on the CLI).
# An action "owns" a field when it equals one of these or starts with one followed by ".".
_OWNERS: Mapping[str, tuple[tuple[str, ...], str]] = {
    "stage": (("case.stage",), "rrr case advance"),
    "stage_history": (("case.stage",), "rrr case advance"),
    "caseworker": (("case.assign",), "rrr case assign"),
    "assigned_to": (("case.assign",), "rrr case assign"),
    "overrides": (("case.override", "case.override_revoke"), "rrr override"),
    "consents": (("case.consent",), "rrr case consent"),
    "risk_assessments": (("case.risk_assessment",), "rrr risk"),
    "closure": (("case.closure",), "rrr case close"),
    "notes": (("case.note",), "rrr case note"),
    "attachments": (
        ("case.attach", "case.attachment_sharing", "case.attachment_remove"),
        "rrr case attach",
    ),
    "messages": (("case.messages",), "rrr message"),
    # withdrawn consent takes back the checklist's confirmations that rested on it
    "checklist": (("case.checklist", "case.consent"), "rrr checklist"),
    # kept by RRR Desktop itself (set when a case is opened, referred or renumbered)
    "id": ((), ""),
    "reference": ((), ""),
    "reference_aliases": ((), ""),
    "partner_reference": ((), ""),
    "partner_org_id": ((), ""),
    "referred_to": ((), ""),
    "created_at": ((), ""),
}

# Changed by a supervisor only, through any command (assigning, overriding a gate).
SUPERVISOR_ONLY = frozenset({"caseworker", "assigned_to", "overrides"})

# Lists any edit may add to (the case window's note field), never change or take from: an
# item added names the person editing in this key.
APPEND_ONLY = {"notes": "by"}


def owns(action: str, field: str) -> bool:
    """Whether the command recorded as ``action`` is the one that changes ``field``."""
    owners = _OWNERS.get(field)
    if owners is None:
        return True  # an ordinary field: any edit may change it
    return any(action == a or action.startswith(a + ".") for a in owners[0])


def own_command(field: str) -> str | None:
    """The CLI command that changes ``field`` ("" when only the app itself does), or None
    for an ordinary field that ``rrr case edit`` may change."""
    owners = _OWNERS.get(field)
    return None if owners is None else owners[1]


def appended_only(old: Any, new: Any, by: str, user: str) -> bool:
    """Whether ``new`` is ``old`` (a list of items with ids) with items added by ``user``
    and nothing changed or taken away."""
    if not isinstance(old, list) or not isinstance(new, list):
        return False
    kept = {item.get("id"): item for item in new if isinstance(item, dict)}
    if len(kept) != len(new) or any(kept.get(item.get("id")) != item for item in old):
        return False
    before = {item.get("id") for item in old}
    return all(item.get(by) == user for item in new if item.get("id") not in before)


def refused_field(
    changed: Iterable[str],
    action: str,
    supervisor: bool,
    old: Mapping[str, Any] | None = None,
    new: Mapping[str, Any] | None = None,
    user: str = "",
) -> tuple[str, str] | None:
    """The first changed top-level field this change may not make, with why: "role" (a
    supervisor's) or "command" (its own command's); None when every change is allowed.
    ``old`` and ``new`` (the case as JSON) let an edit add to an append-only list."""
    for field in sorted(set(changed)):
        if field in SUPERVISOR_ONLY and not supervisor:
            return field, "role"
        if owns(action, field):
            continue
        by = APPEND_ONLY.get(field)
        if by is None or old is None or new is None:
            return field, "command"
        if not appended_only(old.get(field), new.get(field), by, user):
            return field, "command"
    return None
