"""What leaves the organisation in a referral or a status report (docs/sources.md, principle 2).

A referral carries only the fields the person consented to share, and never some fields
at all (screening notes, trafficking details, internal overrides). The filter returns the
reduced document together with the list of fields sent and withheld, so the preview can
show it and the transfer log can record it. Pure functions on JSON-like dicts.
"""

import copy
import dataclasses
from typing import Any

from rrr_desktop.domain.consent import ConsentEvent, has_consent
from rrr_desktop.domain.enums import ConsentPurpose
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP

# Sent with the sharing consent naming the recipient (the minimum to continue the case).
SHARED_WITH_CONSENT: tuple[str, ...] = (
    "id",
    "reference",
    "stage",
    "receiving_org",
    "asylum",
    "person.given_name",
    "person.family_name",
    "person.other_names",
    "person.name_in_own_script",
    "person.sex",
    "person.date_of_birth",
    "person.estimated_age",
    "person.estimated_on",
    "person.nationality",
    "person.languages",
    "person.wishes",
    "person.guardian",
    "intake.intake_date",
    "intake.identification",
    "intake.origin_country",
    "intake.origin_region",
    "intake.first_needs",
    "consents",
    "documents",
    "itinerary",
    "messages",
    "checklist.wants_ngo_met_on_arrival",
    "checklist.contacts_handed_over",
)

# Sent only when the person also agreed to the purpose named here.
NEEDS_PURPOSE: tuple[tuple[str, ConsentPurpose], ...] = (
    ("person.contacts", ConsentPurpose.MET_ON_ARRIVAL),
    ("shelter.medical", ConsentPurpose.MEDICAL_EXAMINATION),
    ("risk_assessments", ConsentPurpose.REINTEGRATION_SERVICES),
    ("reintegration.plans", ConsentPurpose.REINTEGRATION_SERVICES),
    ("reintegration.visits", ConsentPurpose.REINTEGRATION_SERVICES),
    ("reintegration.assessment.assessed_on", ConsentPurpose.REINTEGRATION_SERVICES),
    ("reintegration.assessment.assessed_by", ConsentPurpose.REINTEGRATION_SERVICES),
    ("reintegration.assessment.person_notes", ConsentPurpose.REINTEGRATION_SERVICES),
    ("reintegration.assessment.situation_notes", ConsentPurpose.REINTEGRATION_SERVICES),
    ("reintegration.assessment.family_assessment", ConsentPurpose.FAMILY_TRACING),
)

# Never leaves the organisation in a referral, whatever the consents.
NEVER_SHARED: tuple[str, ...] = (
    "intake.screening_notes",
    "intake.exploitation_sector",
    "intake.exploitation_country",
    "intake.referred_by",
    "intake.programme",
    "shelter.shelter_name",
    "shelter.security_measures",
    "shelter.services_received",
    "shelter.referrals",
    "shelter.admitted_on",
    "shelter.left_on",
    "overrides",
    "stage_history",
    "caseworker",
    "assigned_to",
    "show_name_on_prints",
    "checklist.ticks",
    "closure",
    "notes",
    "partner_org_id",
    "referred_to",
)

# A status report from the receiving side: follow-up status and the six messages.
STATUS_FIELDS: tuple[str, ...] = ("stage", "messages", "reintegration.visits", "closure")

NEVER_REASON = QT_TRANSLATE_NOOP("handoff", "never shared outside the organisation")
NOT_MARKED_REASON = QT_TRANSLATE_NOOP("handoff", "not marked by the caseworker as one to share")


@dataclasses.dataclass(frozen=True)
class FieldFilter:
    """The reduced document plus what was sent and what was withheld, and why."""

    document: dict[str, Any]
    sent: tuple[str, ...]
    withheld: tuple[tuple[str, str], ...]  # (field path, purpose value or NEVER_REASON)


def get_path(doc: dict[str, Any], dotted: str) -> tuple[bool, Any]:
    node: Any = doc
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return False, None
        node = node[part]
    return True, node


def set_dotted(doc: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    node = doc
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value


def project(doc: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """Only the listed dotted fields (those present), deep-copied."""
    out: dict[str, Any] = {}
    for dotted in fields:
        found, value = get_path(doc, dotted)
        if found:
            set_dotted(out, dotted, copy.deepcopy(value))
    return out


def _safe_contacts(value: Any) -> Any:
    """Only contacts marked safe to use ever leave (a trafficker may know the others)."""
    if isinstance(value, list):
        return [c for c in value if not isinstance(c, dict) or c.get("safe_to_use", True)]
    return value


def referral_filter(
    doc: dict[str, Any], consents: list[ConsentEvent], recipient_org: str
) -> FieldFilter:
    """The part of a case document that may go to ``recipient_org``.

    The caller has already checked the sharing consent (gates.sharing_blockers); this
    decides field by field. Unknown fields are withheld (new fields are private by default).
    """
    sent: list[str] = []
    withheld: list[tuple[str, str]] = []
    out = project(doc, SHARED_WITH_CONSENT)
    sent.extend(f for f in SHARED_WITH_CONSENT if get_path(doc, f)[0])
    for dotted, purpose in NEEDS_PURPOSE:
        if not get_path(doc, dotted)[0]:
            continue
        if has_consent(consents, purpose):
            _, value = get_path(doc, dotted)
            if dotted == "person.contacts":
                value = _safe_contacts(value)
            set_dotted(out, dotted, copy.deepcopy(value))
            sent.append(dotted)
        else:
            withheld.append((dotted, purpose.value))
    _shared_attachments(doc, out, sent, withheld)
    if isinstance(out.get("consents"), list):
        out["consents"] = [
            {k: v for k, v in c.items() if k not in ("note", "witness")}
            if isinstance(c, dict)
            else c
            for c in out["consents"]
        ]
    for dotted in NEVER_SHARED:
        if get_path(doc, dotted)[0]:
            withheld.append((dotted, NEVER_REASON))
    listed = set(SHARED_WITH_CONSENT) | {d for d, _ in NEEDS_PURPOSE} | set(NEVER_SHARED)
    listed.add("attachments")
    for dotted in _leaf_fields(doc):
        if not any(
            dotted == f or dotted.startswith(f + ".") or f.startswith(dotted + ".") for f in listed
        ):
            withheld.append((dotted, NEVER_REASON))
    return FieldFilter(out, tuple(sent), tuple(withheld))


def _shared_attachments(
    doc: dict[str, Any], out: dict[str, Any], sent: list[str], withheld: list[tuple[str, str]]
) -> None:
    """Attached files go only one by one, those the caseworker marked as safe to share (a
    scanned passport may be needed by the receiving side; a medical letter seldom is)."""
    found = doc.get("attachments")
    if not isinstance(found, list) or not found:
        return
    shared = [a for a in found if isinstance(a, dict) and a.get("may_share") is True]
    if shared:
        out["attachments"] = copy.deepcopy(shared)
        sent.append("attachments")
    if len(shared) < len(found):
        withheld.append(("attachments", NOT_MARKED_REASON))


def _leaf_fields(doc: dict[str, Any], prefix: str = "") -> list[str]:
    """Dotted names of the fields of nested objects (lists count as one field)."""
    fields: list[str] = []
    for key, value in doc.items():
        dotted = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict) and value:
            fields.extend(_leaf_fields(value, dotted))
        else:
            fields.append(dotted)
    return fields


def status_projection(doc: dict[str, Any]) -> dict[str, Any]:
    """What a status report carries back to the referring organisation."""
    return project(doc, STATUS_FIELDS)
