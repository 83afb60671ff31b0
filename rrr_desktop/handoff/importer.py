"""Deciding what an incoming record does here, and doing it.

For each line of records.jsonl the ``Planner`` compares the incoming version with the
local one and the common ancestor (``handoff_base``, or the base the sender sent):
unchanged here since the ancestor -> take theirs; changed on both sides -> three-way
merge, and fields both sides changed differently become conflicts kept for a person to
resolve. ``Applier`` writes a plan inside the caller's transaction.
"""

import copy
import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.diff import changed_paths
from rrr_desktop.domain.handoff_rules import STATUS_FIELDS, get_path, set_dotted, status_projection
from rrr_desktop.errors import BundleRejected
from rrr_desktop.handoff import store
from rrr_desktop.handoff.merge import MISSING, Conflict, merge3, path_text
from rrr_desktop.vault import cases as case_repo
from rrr_desktop.vault.db import Connection
from rrr_desktop.vault.records import get_record, put_record

NEW, CHANGED, CONFLICT, UNCHANGED, DELETED = "new", "changed", "conflict", "unchanged", "deleted"
FLUSH_EVERY = 1000


@dataclasses.dataclass
class Plan:
    record_id: str
    kind: str
    reference: str
    action: str
    fields: list[str]
    conflicts: list[Conflict]
    document: dict[str, Any] | None = None  # to store (None: nothing, or a tombstone)
    keep_version: bool = False  # store with the sender's hlc/device (a fast-forward)
    hlc: str = ""
    device: str = ""
    base: store.Version | None = None  # the new common ancestor to remember
    case: CaseFile | None = None  # already validated, when it is a case


def _bad(reference: str) -> BundleRejected:
    return BundleRejected(
        f"Record {reference} in the bundle is not a valid case; nothing was imported. "
        "Ask the sender to check their version of RRR Desktop."
    )


def validate_case(kind: str, doc: dict[str, Any], label: str) -> CaseFile | None:
    if kind != case_repo.KIND:
        return None
    try:
        return CaseFile.model_validate(doc)
    except ValidationError as exc:
        raise _bad(label) from exc


def normalise(kind: str, doc: dict[str, Any], label: str) -> dict[str, Any]:
    """Case documents in their full JSON form, so absent and default compare equal."""
    if kind != case_repo.KIND:
        return doc
    try:
        return CaseFile.model_validate(doc).model_dump(mode="json")
    except ValidationError as exc:
        raise _bad(label) from exc


class Planner:
    """Plans one bundle's records for ``peer`` and ``kind`` (sync, referral or status)."""

    def __init__(
        self,
        conn: Connection,
        peer: str,
        kind: str,
        referred_out: set[str],
        new_case_defaults: dict[str, Any] | None = None,
    ) -> None:
        self.conn = conn
        self.new_case_defaults = new_case_defaults or {}
        self.peer = peer
        self.kind = kind
        self.referred_out = referred_out
        self.seen: set[str] = set()

    def plan(self, entry: dict[str, Any]) -> Plan:
        rid = entry["id"]
        if rid in self.seen:
            raise BundleRejected("The bundle lists the same record twice; it was refused.")
        self.seen.add(rid)
        if self.kind != "sync" and entry["kind"] != case_repo.KIND:
            raise BundleRejected(
                "A referral or status bundle may carry only cases; it was refused."
            )
        local = get_record(self.conn, rid)
        if local is not None and local[0] != entry["kind"]:
            raise BundleRejected(
                "The bundle would change a record into another kind; it was refused."
            )
        if self.kind == "status":
            return self._status(entry, local)
        return self._full(entry, local)

    def _reference(self, *docs: Any) -> str:
        for doc in docs:
            if isinstance(doc, dict) and isinstance(doc.get("reference"), str):
                return str(doc["reference"])
        return ""

    def _full(self, entry: dict[str, Any], local: tuple[str, str, str, str, bool] | None) -> Plan:
        rid, kind = entry["id"], entry["kind"]
        remote = None if entry["deleted"] else entry["data"]
        if local is None:  # new here: validate once, keep the sender's document as the base
            plan = Plan(
                rid,
                kind,
                self._reference(remote),
                UNCHANGED,
                [],
                [],
                hlc=entry["hlc"],
                device=entry["device"],
                base=store.Version(entry["hlc"], entry["deleted"], remote or {}),
            )
            if remote is not None:
                if kind == case_repo.KIND:
                    self._check_reference(rid, plan.reference)
                if self.kind != "sync":  # a referral: ours to follow up from now on
                    remote = {**remote, **self.new_case_defaults}
                plan.case = validate_case(kind, remote, rid)
                plan.action, plan.document, plan.keep_version = NEW, remote, self.kind == "sync"
            return plan
        if self.kind == "sync" and remote is not None:
            remote = normalise(kind, remote, rid)
        new_base = store.Version(entry["hlc"], entry["deleted"], remote or {})
        local_doc = None if local[4] else normalise(kind, json.loads(local[1]), rid)
        reference = self._reference(remote, local_doc)
        plan = Plan(
            rid,
            kind,
            reference,
            UNCHANGED,
            [],
            [],
            hlc=entry["hlc"],
            device=entry["device"],
            base=new_base,
        )
        if local[2] == entry["hlc"]:
            return plan
        received = store.get_base(self.conn, self.peer, rid)
        offered = entry["base"]
        ancestors = [v for v in (received, _version(offered)) if v is not None]
        if local[2] in {v.hlc for v in ancestors} and self.kind == "sync":
            plan.keep_version = True
            if remote is None:
                plan.action = DELETED
            else:
                plan.action, plan.document = CHANGED, remote
                plan.fields = _fields(local_doc, remote)
            return plan
        ancestor = max(ancestors, key=lambda v: v.hlc) if ancestors else None
        base_doc: Any = MISSING
        if ancestor is not None and not ancestor.deleted:
            base_doc = ancestor.data  # {} when scrubbed: every difference is then a conflict
            if self.kind == "sync" and base_doc:
                base_doc = normalise(kind, base_doc, rid)
        merged, conflicts = merge3(
            base_doc,
            MISSING if local_doc is None else local_doc,
            MISSING if remote is None else remote,
        )
        return self._merged(plan, local_doc, merged, conflicts)

    def _merged(
        self, plan: Plan, local_doc: dict[str, Any] | None, merged: Any, conflicts: list[Conflict]
    ) -> Plan:
        plan.conflicts = conflicts
        if merged is MISSING:
            plan.action = CONFLICT if conflicts else (UNCHANGED if local_doc is None else DELETED)
            return plan
        if merged == local_doc:
            plan.action = CONFLICT if conflicts else UNCHANGED
            return plan
        plan.document = normalise(plan.kind, merged, plan.record_id)
        plan.fields = _fields(local_doc, plan.document)
        plan.action = CONFLICT if conflicts else CHANGED
        return plan

    def _status(self, entry: dict[str, Any], local: tuple[str, str, str, str, bool] | None) -> Plan:
        rid = entry["id"]
        if local is None or local[4] or rid not in self.referred_out:
            raise BundleRejected(
                "The status report is about a case that was not referred to its sender from "
                "here; it was refused."
            )
        remote = entry["data"] or {}
        if set(remote) - {f.split(".")[0] for f in STATUS_FIELDS}:
            raise BundleRejected(
                "The status report carries more than follow-up status; it was refused."
            )
        local_doc = normalise(case_repo.KIND, json.loads(local[1]), rid)
        received = store.get_base(self.conn, self.peer, rid)
        base_doc = status_projection(received.data) if received is not None else MISSING
        merged, conflicts = merge3(base_doc, status_projection(local_doc), remote)
        plan = Plan(
            rid,
            case_repo.KIND,
            self._reference(local_doc),
            UNCHANGED,
            [],
            [],
            hlc=entry["hlc"],
            device=entry["device"],
            base=store.Version(entry["hlc"], False, remote),
        )
        updated = copy.deepcopy(local_doc)
        for dotted in STATUS_FIELDS:
            found, value = get_path(merged if isinstance(merged, dict) else {}, dotted)
            if found:
                set_dotted(updated, dotted, value)
            elif get_path(updated, dotted)[0]:
                set_dotted(updated, dotted, None if dotted == "closure" else [])
        return self._merged(plan, local_doc, updated, conflicts)

    def _check_reference(self, rid: str, reference: str) -> None:
        row = self.conn.execute(
            "SELECT id FROM case_index WHERE reference = ?", (reference,)
        ).fetchone()
        if row is not None and row[0] != rid:
            raise BundleRejected(
                f"Case reference {reference} is already used here by another case; nothing "
                "was imported."
            )


def _version(value: dict[str, Any] | None) -> store.Version | None:
    if value is None:
        return None
    return store.Version(value["hlc"], value["deleted"], value["data"])


def _fields(old: dict[str, Any] | None, new: dict[str, Any]) -> list[str]:
    return sorted({p.split(".")[0] for p in changed_paths(old or {}, new)} - {"updated_at"})


class Applier:
    """Writes plans in the open transaction; ``new_version`` gives local HLC versions."""

    def __init__(
        self,
        conn: Connection,
        peer: str,
        bundle_id: str,
        device: str,
        new_version: Callable[[], str],
        today: dt.date,
        now: str,
        audit: Callable[[str, str, list[str]], None],
    ) -> None:
        self.conn = conn
        self.peer = peer
        self.bundle_id = bundle_id
        self.device = device
        self.new_version = new_version
        self.today = today
        self.now = now
        self.audit = audit
        self._bases: list[tuple[str, store.Version]] = []
        self._received: list[tuple[str, str]] = []

    def flush(self) -> None:
        """Write the buffered bases and arrival marks (batched: half the cost per record)."""
        store.put_bases(self.conn, self.peer, self._bases)
        store.mark_received(self.conn, self._received)
        self._bases.clear()
        self._received.clear()

    def apply(self, plan: Plan) -> None:
        if plan.base is not None:
            self._bases.append((plan.record_id, plan.base))
        if len(self._bases) >= FLUSH_EVERY:
            self.flush()
        for conflict in plan.conflicts:
            store.add_conflict(
                self.conn,
                self.peer,
                self.bundle_id,
                plan.record_id,
                list(conflict.path),
                (
                    (conflict.base, conflict.base is MISSING),
                    (conflict.local, conflict.local is MISSING),
                    (conflict.remote, conflict.remote is MISSING),
                ),
                self.now,
            )
        if plan.action == UNCHANGED:
            return
        if plan.keep_version:
            hlc, device = plan.hlc, plan.device
            self._received.append((plan.record_id, self.new_version()))
        else:
            hlc, device = self.new_version(), self.device
        if plan.document is None:
            if plan.action == DELETED:
                if plan.kind == case_repo.KIND:
                    case_repo.tombstone_case(self.conn, plan.record_id, hlc, device)
                else:
                    put_record(self.conn, plan.record_id, plan.kind, "{}", hlc, device, True)
                self.audit("handoff.delete", plan.record_id, [])
            elif plan.conflicts:
                self.audit(
                    "handoff.conflict",
                    plan.record_id,
                    sorted({path_text(c.path) for c in plan.conflicts}),
                )
            return
        if plan.kind == case_repo.KIND:
            case = plan.case or CaseFile.model_validate(plan.document)
            case_repo.save_case(self.conn, case, hlc, device, self.today)
        else:
            put_record(
                self.conn,
                plan.record_id,
                plan.kind,
                json.dumps(plan.document, ensure_ascii=False),
                hlc,
                device,
                False,
            )
        if not (plan.action == NEW and plan.keep_version):
            # A new record from another device of this organisation is a copy, counted in
            # the bundle's own audit entry; everything else is audited per record.
            self.audit(f"handoff.{plan.action}", plan.record_id, plan.fields)
