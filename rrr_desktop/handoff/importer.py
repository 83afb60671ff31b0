"""Deciding what an incoming record does here (``Planner``), and doing it (``Applier``).

Each line of records.jsonl carries a record's replicated state (``domain/replica.py``),
whole for a sync, reduced to what was consented for a referral, to the follow-up fields
for a status report. The plan is the merge of that state into ours: it is the same
whatever order bundles arrive in, so an older bundle after a newer one changes nothing.
A record deleted or anonymised here stays so; what an incoming copy would have brought
back is dropped and counted.
"""

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from rrr_desktop.domain import replica, replica_packed
from rrr_desktop.domain.casefile import CaseFile, renumbered_reference
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.sync_kinds import shape_for
from rrr_desktop.errors import BundleRejected
from rrr_desktop.handoff.jsonl import DAMAGED
from rrr_desktop.vault import cases as case_repo
from rrr_desktop.vault.db import Connection
from rrr_desktop.vault.records import (
    Encoded,
    RawHead,
    decode_head,
    get_head,
    get_record,
    get_state,
    store_record,
    stored_state,
    write_record,
)

Head = tuple[str, str, bool, replica.State]  # kind, hlc, deleted, state

NEW, CHANGED, CONFLICT, UNCHANGED, DELETED, DROPPED = (
    "new",
    "changed",
    "conflict",
    "unchanged",
    "deleted",
    "dropped",
)
# Another organisation's copy never sets these here: our reference, who works the case.
LOCAL_ONLY = (
    "reference",
    "partner_reference",
    "partner_org_id",
    "referred_to",
    "reference_aliases",
    "caseworker",
    "assigned_to",
)
STATUS_PATHS = ("stage", "messages", "reintegration/visits", "closure")


@dataclasses.dataclass
class Plan:
    record_id: str
    kind: str
    reference: str
    action: str
    fields: list[str]
    conflicts: list[str]  # paths of fields newly disputed
    state: replica.State | None = None  # to store (None: nothing changes)
    case: CaseFile | None = None
    document: dict[str, Any] | None = None
    renumber: tuple[str, str] | None = None  # (case id, new reference) of a clash
    their_reference: str = ""  # another organisation's reference of the case
    echo: bool = False  # after this plan we hold exactly what the sender sent
    state_text: str | None = None  # the sender's JSON of that state (no re-encoding)
    current_hlc: str = ""  # our version now, when nothing changes
    similar: list[str] = dataclasses.field(default_factory=list)  # a new case: maybe these
    lookup_reference: bool = False  # our reference is read here (nothing changes, or deleted)
    # Prepared by a worker process (``handoff/parallel.py``): the record encoded, its index
    # entry, what finds a person already known, and the latest version it carries.
    prepared: Encoded | None = None
    index: case_repo.IndexEntry | None = None
    probe: case_repo.NameProbe | None = None
    latest: str = ""
    held_nowhere: bool = False  # no record of it here when planned (checked again on landing)
    # Our copy moved forward with its reference as we hold it: the case holding that
    # reference here is this one (references are unique), so nobody needs to look.
    reference_ours: bool = False

    @property
    def reference_to_check(self) -> str:
        """The reference a prepared plan brings that another case here may hold ("" where
        none can: planned here, or ours as we hold it)."""
        return self.reference if self.prepared is not None and not self.reference_ours else ""


def _bad(reference: str) -> BundleRejected:
    return BundleRejected(
        QT_TRANSLATE_NOOP(
            "errors",
            "Record {reference} in the bundle is not a valid case; nothing was imported. "
            "Ask the sender to check their version of RRR Desktop.",
        ),
        reference=reference,
    )


def _siblings(state: replica.State) -> set[tuple[str, str]]:
    return {(p, s[0]) for p, reg in state["r"].items() for s in reg["s"]}


def latest_version(state: replica.State) -> str:
    """The latest clock value in a state (so our clock moves past it)."""
    found: list[str] = [state["del"], state["anon"]]
    if replica_packed.is_packed(state):
        found += [version[0] for version in state["t"]]
    else:
        found += [s[0] for reg in state["r"].values() for s in reg["s"]]
    return max(found)


class Planner:
    """Plans one bundle's records for ``kind`` (sync, referral or status) from a peer."""

    def __init__(
        self,
        conn: Connection,
        kind: str,
        referred_out: set[str],
        user: str,
        new_reference: Callable[[], str],
        names: case_repo.NameIndex | None = None,
        sender_org: str = "",
    ) -> None:
        self.conn = conn
        self.kind = kind
        self.referred_out = referred_out
        self.sender_org = sender_org  # the organisation id of the sending peer
        self.user = user
        self.new_reference = new_reference
        self.seen: set[str] = set()
        self.names = names  # the cases held before this import: read at the first new case

    def plan(self, entry: dict[str, Any], version: str, claimed: bool = False) -> Plan:
        """``version`` is the local clock value any local write of this plan carries."""
        rid = entry["id"]
        if not claimed:
            self.claim(rid, entry["kind"])
        found = get_head(self.conn, rid)
        plan = self.core(entry, found, version)
        self.finish(plan, found, version)
        return plan

    def claim(self, rid: str, kind: str) -> None:
        """Each record once, and only cases from another organisation."""
        if rid in self.seen:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The bundle lists the same record twice; it was refused.",
                )
            )
        self.seen.add(rid)
        if self.kind != "sync" and kind != case_repo.KIND:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A referral or status bundle may carry only cases; it was refused.",
                )
            )

    def core(self, entry: dict[str, Any], found: Head | None, version: str) -> Plan:
        """The plan from the incoming record and our copy alone, without reading the vault
        (a worker process computes it for a big sync; only a referral's adoption, which
        takes a reference here, reads it)."""
        rid, kind = entry["id"], entry["kind"]
        if found is not None and found[0] != kind:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The bundle would change a record into another kind; it was refused.",
                )
            )
        local = found[3] if found is not None else None
        if local is None and self.kind == "sync":
            plan = self._fresh(entry, kind)
            if plan is not None:
                return plan
        try:  # our copy was checked when stored: only what differs from it is checked
            raw = entry["state"]
            incoming: replica.State = (
                replica_packed.check_packed(raw)
                if replica_packed.is_packed(raw)
                else replica.check_state(raw, local)
            )
            latest = latest_version(raw)  # our clock moves past the versions we received
        except ValueError as exc:
            raise BundleRejected(DAMAGED) from exc
        their_reference = ""
        if self.kind != "sync":
            incoming, their_reference = self._foreign(rid, incoming, found)
        shape = shape_for(kind)
        merged, same_local, same_incoming = replica.merge_compared(
            local or replica.empty_state(), incoming, shape
        )
        plan = Plan(rid, kind, "", UNCHANGED, [], [], their_reference=their_reference)
        plan.latest = latest
        if local is not None and same_local:
            plan.lookup_reference = True
            plan.echo = same_incoming
            plan.current_hlc = found[1] if found else ""
            news = _siblings(incoming) - _siblings(local)
            if news and (local["del"] or local["anon"]):
                plan.action = DROPPED
            return plan
        if local is None and self.kind == "referral":
            merged = self._adopt(merged, version, their_reference)
            same_incoming = merged == incoming
        plan.state = merged
        if same_incoming:  # we now hold exactly the sender's state
            plan.echo = self.kind == "sync"
            plan.state_text = entry.get("state_text")
        if merged["del"]:
            plan.lookup_reference = True
            plan.action = DELETED if found is not None and not found[2] else UNCHANGED
            return plan
        try:  # the checks refuse what has no document; this is the last net for a state
            doc = replica.materialise(merged, shape)  # that still cannot be laid out
        except (TypeError, AttributeError, KeyError) as exc:
            raise BundleRejected(DAMAGED) from exc
        if kind == case_repo.KIND:
            plan.case = self._validate(doc, rid)
            plan.reference = plan.case.reference
        plan.document = doc
        opened = set(replica.conflicts(merged))
        if local is not None:
            opened -= set(replica.conflicts(local))
            before: dict[str, replica.Register] = local["r"]
            changed = [
                p for p, reg in merged["r"].items() if (before.get(p) or {}).get("s") != reg["s"]
            ]
            plan.fields = replica.top_fields(changed)
        plan.conflicts = sorted(opened)  # paths; each screen puts them in words
        if found is None or found[2]:
            plan.action = NEW
            plan.fields = []  # the whole case is new
        elif plan.conflicts:
            plan.action = CONFLICT
        elif plan.fields:
            plan.action = CHANGED
        elif merged["anon"] and _siblings(incoming) - _siblings(merged):
            plan.action = DROPPED  # what a concurrent edit brought is anonymised away
        return plan

    def core_stored(self, entry: dict[str, Any], head: RawHead | None) -> Plan:
        """``core`` with our copy as stored (a worker's): a sync that only moves our copy
        forward (``replica_packed.forward``) is planned without unpacking it or merging."""
        if head is not None and self.kind == "sync":
            plan = self._forward(entry, head)
            if plan is not None:
                return plan
        return self.core(entry, decode_head(head) if head is not None else None, "")

    def _forward(self, entry: dict[str, Any], head: RawHead) -> Plan | None:
        """The plan the general path makes of a fast-forward; None where that path is
        needed."""
        kind = entry["kind"]
        raw = entry["state"]
        if head[0] != kind or head[2] or not replica_packed.is_packed(raw):
            return None  # refused, or a case deleted here: the general path
        try:
            found = replica_packed.forward(raw, stored_state(head[3]), shape_for(kind))
            if found is None:
                return None
            latest = latest_version(raw)
        except (ValueError, TypeError, AttributeError, KeyError) as exc:  # as ``core`` does:
            raise BundleRejected(DAMAGED) from exc  # no document can be laid out either
        state, doc, changed = found
        fields = replica.top_fields(changed)
        plan = self._as_sent(entry, CHANGED if fields else UNCHANGED, state, doc, latest)
        plan.fields = fields
        plan.reference_ours = "reference" not in fields
        return plan

    def _fresh(self, entry: dict[str, Any], kind: str) -> Plan | None:
        """A record held nowhere here, whose state needs no merge (most of a big sync):
        checked and laid out in one pass. The plan is the one the general path makes;
        None where that path is needed."""
        raw = entry["state"]
        if not replica_packed.is_packed(raw):
            return None
        try:
            found = replica_packed.fresh(raw, shape_for(kind))
            if found is None:
                return None
            latest = latest_version(raw)
        except (ValueError, TypeError, AttributeError, KeyError) as exc:  # as ``core`` does:
            raise BundleRejected(DAMAGED) from exc  # no document can be laid out either
        state, doc = found
        return self._as_sent(entry, NEW, state, doc, latest)

    def _as_sent(
        self,
        entry: dict[str, Any],
        action: str,
        state: replica.State,
        doc: dict[str, Any],
        latest: str,
    ) -> Plan:
        """The plan of a record whose state becomes exactly the sender's (stored as sent)."""
        rid, kind = entry["id"], entry["kind"]
        plan = Plan(rid, kind, "", action, [], [], state=state, echo=True, latest=latest)
        plan.state_text = entry.get("state_text")
        if kind == case_repo.KIND:
            plan.case = self._validate(doc, rid)
            plan.reference = plan.case.reference
        plan.document = doc
        return plan

    def finish(self, plan: Plan, found: Head | RawHead | None, version: str) -> None:
        """What only the vault can tell: our reference, a reference already taken here
        (renumbered), and cases held here that may be the same person."""
        if plan.lookup_reference:
            plan.reference = self._reference(found, plan.record_id)
        if plan.case is not None:
            self._check_reference(plan, version)
            if plan.renumber is not None and plan.action in (UNCHANGED, DROPPED):
                plan.action = CHANGED
        probe = plan.probe
        if probe is None and plan.case is not None:
            probe = case_repo.name_probe(plan.case)
        if plan.action == NEW and probe is not None:
            if self.names is None:
                self.names = case_repo.NameIndex(self.conn)
            plan.similar = self.names.similar_to(probe)

    def finish_prepared(
        self, plan: Plan, found: RawHead | None, holders: dict[str, str] | None = None
    ) -> bool:
        """``finish`` for a plan a worker prepared; False when its reference is taken here
        by another case (then it is planned again here, where renumbering happens).
        ``holders``: the case holding each reference taken here, where the caller knows."""
        reference = plan.reference_to_check
        if reference:
            if holders is not None:
                other = holders.get(reference, "")
            else:
                other = case_repo.id_with_reference(self.conn, reference)
            if other and other != plan.record_id:
                return False
        plan.held_nowhere = found is None and plan.action == NEW
        self.finish(plan, found, "")
        return True

    def _foreign(
        self, rid: str, incoming: replica.State, found: Head | None
    ) -> tuple[replica.State, str]:
        """Another organisation's copy: only its fields, never our reference or staff."""
        regs = {
            p: reg
            for p, reg in incoming["r"].items()
            if p.split(replica.SEP, 1)[0] not in LOCAL_ONLY
        }
        if self.kind == "status":
            if found is None or not self._referred_to_sender(rid):
                raise BundleRejected(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The status report is about a case that was not referred to its sender "
                        "from here; it was refused.",
                    )
                )
            if not all(under(p, STATUS_PATHS) for p in regs):
                raise BundleRejected(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The status report carries more than follow-up status; it was refused.",
                    )
                )
        return {"del": "", "anon": "", "r": regs}, _shown(incoming, "reference")

    def _referred_to_sender(self, rid: str) -> bool:
        """Referred from here to the sender, or by any laptop of ours to its organisation
        (the case says so once synced)."""
        if rid in self.referred_out:
            return True
        record = get_record(self.conn, rid)
        if record is None or not self.sender_org:
            return False
        referred = json.loads(record[1]).get("referred_to") or []
        return any(isinstance(r, dict) and r.get("org_id") == self.sender_org for r in referred)

    def _adopt(self, merged: replica.State, version: str, their_reference: str) -> replica.State:
        """A referred case becomes ours: our reference, theirs kept, our caseworker."""
        doc = replica.materialise(merged, shape_for(case_repo.KIND))
        doc["reference"] = self.new_reference()
        doc["partner_reference"] = their_reference
        doc["partner_org_id"] = self.sender_org
        doc["caseworker"] = self.user
        case = self._validate(doc, doc.get("id", ""))
        state, _ = replica.local_write(
            merged, case.model_dump(mode="json"), shape_for(case_repo.KIND), version, self.user
        )
        return state

    def _validate(self, doc: dict[str, Any], label: str) -> CaseFile:
        try:
            return CaseFile.model_validate(doc)
        except (ValidationError, ValueError, TypeError) as exc:
            raise _bad(label) from exc

    def _reference(self, found: Head | RawHead | None, rid: str) -> str:
        if found is None or found[2] or found[0] != case_repo.KIND:
            return ""
        return case_repo.reference_of(self.conn, rid)

    def _check_reference(self, plan: Plan, version: str) -> None:
        """Two cases with one reference (opened offline before references had laptop
        codes): the case with the greater id takes a new reference and keeps the old one
        as an alias. Every laptop makes the same choice, so they agree afterwards."""
        assert plan.case is not None
        case = plan.case
        other = case_repo.id_with_reference(self.conn, case.reference)
        if not other or other == case.id:
            return
        other_state = get_state(self.conn, other)
        incoming_anon = bool(plan.state and plan.state["anon"])
        other_anon = bool(other_state and other_state["anon"])
        loser = case.id if case.id > other else other
        if incoming_anon != other_anon:  # an anonymised case keeps its reference if it can
            loser = other if incoming_anon else case.id
        attempt = 0
        new = renumbered_reference(case.reference, loser, attempt)
        while case_repo.id_with_reference(self.conn, new):
            attempt += 1
            new = renumbered_reference(case.reference, loser, attempt)
        plan.renumber = (loser, new)
        if loser == case.id:
            assert plan.state is not None
            plan.case, plan.state = renumbered(case, plan.state, new, version, self.user)
            plan.reference = new
        plan.fields = sorted({*plan.fields, "reference"})


def under(path: str, prefixes: tuple[str, ...]) -> bool:
    return any(path == p or path.startswith(p + replica.SEP) for p in prefixes)


def renumbered(
    case: CaseFile, state: replica.State, new: str, hlc: str, who: str
) -> tuple[CaseFile, replica.State]:
    """The case under its new reference, the old one kept as an alias: a local write.
    An anonymised case takes no edits, but two of them may share a reference (opened
    offline before references had laptop codes): its renumbering is written as part of
    the anonymisation, so every merge keeps it, and every laptop writes the same."""
    aliases = [*case.reference_aliases, case.reference]
    case = case.model_copy(update={"reference": new, "reference_aliases": aliases})
    if state["anon"]:
        regs = dict(state["r"])
        for path, value in (("reference", new), ("reference_aliases", aliases)):
            regs[path] = replica.written(regs.get(path), hlc, replica.ANON_WHO, value)
        return case, {**state, "r": regs}
    state, _ = replica.local_write(
        state, case.model_dump(mode="json"), shape_for(case_repo.KIND), hlc, who
    )
    return case, state


def _shown(state: replica.State, path: str) -> str:
    reg = state["r"].get(path)
    if not reg or not reg["s"]:
        return ""
    value = replica.shown_value(reg)
    return value if isinstance(value, str) else ""


class Applier:
    """Writes plans in the open transaction, each with a new local version."""

    def __init__(
        self,
        conn: Connection,
        device: str,
        today: dt.date,
        audit: Callable[[str, str, list[str]], None],
        copies: bool = False,
    ) -> None:
        self.conn = conn
        self.copies = copies  # a sync: new records are copies of the organisation's own
        self.device = device
        self.today = today
        self.audit = audit
        self.known: list[tuple[str, str]] = []  # (record id, our version) the sender holds
        self.renumbered: set[str] = set()  # cases of ours given a new reference

    def apply(self, plan: Plan, version: Callable[[], str]) -> None:
        hlc = self._apply(plan, version)
        if plan.echo and plan.renumber is None and (hlc or plan.current_hlc):
            self.known.append((plan.record_id, hlc or plan.current_hlc))

    def _apply(self, plan: Plan, version: Callable[[], str]) -> str:
        if plan.renumber is not None and plan.renumber[0] != plan.record_id:
            self._renumber_local(*plan.renumber, version)
        if plan.prepared is not None:  # prepared by a worker process: encoded, indexed
            hlc = version()
            write_record(self.conn, plan.record_id, plan.kind, plan.prepared, hlc, self.device)
            assert plan.index is not None
            case_repo.write_index(self.conn, plan.index, new=plan.held_nowhere)
            self._audit(plan)
            return hlc
        if plan.state is None:
            if plan.action == DROPPED:
                self.audit("handoff.dropped", plan.record_id, [])
            return ""
        hlc = version()
        if plan.state["del"]:
            if plan.kind == case_repo.KIND:
                case_repo.store_tombstone(self.conn, plan.record_id, plan.state, hlc, self.device)
            else:
                store_record(
                    self.conn, plan.record_id, plan.kind, "{}", plan.state, hlc, self.device
                )
            if plan.action == DELETED:
                self.audit("handoff.delete", plan.record_id, [])
            return hlc
        if plan.case is not None:
            text = plan.state_text if plan.renumber is None else None
            case_repo.store_case(
                self.conn, plan.case, plan.state, hlc, self.device, self.today, text
            )
        else:
            doc = json.dumps(plan.document, ensure_ascii=False)
            store_record(self.conn, plan.record_id, plan.kind, doc, plan.state, hlc, self.device)
        self._audit(plan)
        return hlc

    def _audit(self, plan: Plan) -> None:
        if plan.action != UNCHANGED and not (plan.action == NEW and self.copies):
            # A new record from another laptop of this organisation is a copy, counted in
            # the bundle's own audit entry; everything else is audited per record.
            self.audit(f"handoff.{plan.action}", plan.record_id, plan.fields)

    def _renumber_local(self, case_id: str, new: str, version: Callable[[], str]) -> None:
        state = get_state(self.conn, case_id)
        if state is None or state["del"]:
            return
        hlc = version()
        self.renumbered.add(case_id)
        case, state = renumbered(case_repo.load_case(self.conn, case_id), state, new, hlc, "")
        case_repo.store_case(self.conn, case, state, hlc, self.device, self.today)
        self.audit("handoff.renumber", case_id, ["reference"])
