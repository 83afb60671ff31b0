"""What goes into a bundle, by kind: records.jsonl lines and the per-case transfer fields.

- sync: every record changed since the peer's last acknowledgement, minus the versions it
  sent us itself and records with open conflicts (those wait for a person's choice).
- referral: named cases, reduced by the consent filter; refused without sharing consent.
- status: follow-up status and the six messages of cases that peer referred to us.
"""

import dataclasses
import json
from collections.abc import Iterable, Iterator

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.gates import sharing_blockers
from rrr_desktop.domain.handoff_rules import FieldFilter, referral_filter, status_projection
from rrr_desktop.errors import BundleRejected
from rrr_desktop.handoff import jsonl, store
from rrr_desktop.vault import cases as case_repo
from rrr_desktop.vault.db import Connection
from rrr_desktop.vault.records import decode_doc, get_record


@dataclasses.dataclass
class Selection:
    """Lines to write, plus what the manifest and the transfer log need to know."""

    lines: Iterable[bytes]
    counts: dict[str, int]
    upto: str = ""
    fields: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    filters: dict[str, FieldFilter] = dataclasses.field(default_factory=dict)
    references: dict[str, str] = dataclasses.field(default_factory=dict)


def select_sync(conn: Connection, peer: str, upto: str) -> Selection:
    """Lines are produced lazily (streamed into the bundle); counts fill in as they go.

    ``upto`` is this device's clock now: the peer echoes it back as its acknowledgement.
    """
    acked, _ = store.sync_state(conn, peer)
    counts = {"records": 0, "cases": 0, "tombstones": 0}

    def lines() -> Iterator[bytes]:
        bases = store.base_hlcs(conn, peer)
        held = store.records_with_open_conflicts(conn)
        for rid, kind, blob, hlc, device, deleted in store.changed_since(conn, acked):
            if bases.get(rid) == hlc or rid in held:
                continue
            base = store.get_base(conn, peer, rid) if rid in bases else None
            base_obj = dataclasses.asdict(base) if base is not None else None
            yield jsonl.line(
                rid, kind, hlc, device, deleted, None if deleted else decode_doc(blob), base_obj
            )
            counts["records"] += 1
            counts["cases"] += kind == case_repo.KIND
            counts["tombstones"] += deleted

    return Selection(lines(), counts, upto)


def _load(conn: Connection, reference: str) -> tuple[CaseFile, str, str]:
    case = case_repo.load_case(conn, reference)
    found = get_record(conn, case.id)
    assert found is not None
    return case, found[2], found[3]


def referral_preview(
    conn: Connection, references: list[str], org_name: str
) -> dict[str, FieldFilter]:
    """The consent filter per case, for the outbox preview; refuses without consent."""
    out: dict[str, FieldFilter] = {}
    for reference in references:
        case, _, _ = _load(conn, reference)
        reasons = sharing_blockers(case, org_name)
        if reasons:
            raise BundleRejected(
                f"Case {case.reference} cannot be referred: {reasons[0].text} Record that "
                "consent first."
            )
        out[case.reference] = referral_filter(case.model_dump(mode="json"), case.consents, org_name)
    return out


def select_referral(conn: Connection, references: list[str], org_name: str) -> Selection:
    if not references:
        raise BundleRejected("A referral needs at least one case: name it with its reference.")
    filters = referral_preview(conn, references, org_name)
    lines: list[bytes] = []
    fields: dict[str, list[str]] = {}
    refs: dict[str, str] = {}
    for reference, found in filters.items():
        case, hlc, device = _load(conn, reference)
        lines.append(
            jsonl.line(
                case.id,
                case_repo.KIND,
                hlc,
                device,
                False,
                json.dumps(found.document, ensure_ascii=False),
                None,
            )
        )
        fields[case.id] = list(found.sent)
        refs[case.id] = case.reference
    counts = {"records": len(lines), "cases": len(lines), "tombstones": 0}
    return Selection(lines, counts, fields=fields, filters=filters, references=refs)


def referred_by(conn: Connection, peer: str) -> set[str]:
    """Ids of cases this peer referred to us (only those get status reports back)."""
    return {
        t["record_id"]
        for t in store.transfers(conn)
        if t["direction"] == "in" and t["kind"] == "referral" and t["peer"] == peer
    }


def select_status(conn: Connection, references: list[str], peer: str) -> Selection:
    allowed = referred_by(conn, peer)
    cases: list[CaseFile] = []
    if references:
        for reference in references:
            case = case_repo.load_case(conn, reference)
            if case.id not in allowed:
                raise BundleRejected(
                    f"Case {case.reference} was not referred by this organisation; a status "
                    "report goes only back to the organisation that referred the case."
                )
            cases.append(case)
    else:
        cases = [case_repo.load_case(conn, rid) for rid in sorted(allowed) if _exists(conn, rid)]
    if not cases:
        raise BundleRejected("There is no case referred by this organisation to report on.")
    lines: list[bytes] = []
    fields: dict[str, list[str]] = {}
    refs: dict[str, str] = {}
    for case in cases:
        _, hlc, device = _load(conn, case.id)
        doc = status_projection(case.model_dump(mode="json"))
        lines.append(
            jsonl.line(
                case.id,
                case_repo.KIND,
                hlc,
                device,
                False,
                json.dumps(doc, ensure_ascii=False),
                None,
            )
        )
        fields[case.id] = sorted(doc)
        refs[case.id] = case.reference
    counts = {"records": len(lines), "cases": len(lines), "tombstones": 0}
    return Selection(lines, counts, fields=fields, references=refs)


def _exists(conn: Connection, record_id: str) -> bool:
    found = get_record(conn, record_id)
    return found is not None and not found[4]
