"""What goes into a bundle, by kind: records.jsonl lines and the per-case transfer fields.

- sync: every record changed since the peer's last acknowledgement, whole (its replicated
  state, open conflicts included: they travel like any other value).
- referral: named cases, reduced by the consent filter; refused without sharing consent.
- status: follow-up status and the six messages of cases that peer referred to us.
"""

import concurrent.futures
import dataclasses
import itertools
import json
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any

from rrr_desktop.domain import replica, replica_packed
from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.gates import sharing_blockers
from rrr_desktop.domain.handoff_rules import FieldFilter, referral_filter, status_projection
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.sync_kinds import CASE_SHAPE
from rrr_desktop.errors import BundleRejected
from rrr_desktop.handoff import jsonl
from rrr_desktop.handoff.importer import STATUS_PATHS, under
from rrr_desktop.handoff.manifest import ATTACHMENT_PREFIX
from rrr_desktop.vault import cases as case_repo
from rrr_desktop.vault import handoff_tables as store
from rrr_desktop.vault.db import Connection
from rrr_desktop.vault.records import doc_bytes, get_record, get_state


@dataclasses.dataclass
class Selection:
    """Lines to write, plus what the manifest and the transfer log need to know."""

    lines: Iterable[bytes]
    counts: dict[str, int]
    upto: str = ""
    since: str = ""  # a sync: the peer's acknowledgement the lines start after
    fields: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    filters: dict[str, FieldFilter] = dataclasses.field(default_factory=dict)
    references: dict[str, str] = dataclasses.field(default_factory=dict)
    # The attached files to carry: content hashes named outright (a referral's shared
    # files), and the cases whose files all go (a sync's, filled as its lines stream).
    attachments: set[str] = dataclasses.field(default_factory=set)
    cases_with_files: set[str] = dataclasses.field(default_factory=set)


def attachment_members(
    conn: Connection, selection: Selection
) -> Iterator[tuple[str, Iterable[bytes]]]:
    """After the records: each attached file the selected cases carry, once, named by its
    content hash (the receiver checks the bytes against it)."""
    wanted = selection.attachments | case_repo.files_of_cases(conn, selection.cases_with_files)
    for sha in sorted(wanted):
        data = case_repo.get_attachment_data(conn, sha)
        if data is not None:  # only its description arrived here so far
            selection.counts["attachments"] = selection.counts.get("attachments", 0) + 1
            yield ATTACHMENT_PREFIX + sha, [data]


def select_sync(conn: Connection, peer: str, upto: str) -> Selection:
    """Every record whose state changed here since the peer's last acknowledgement.

    A record's ``hlc`` is this device's clock whenever its state changed here, by an edit
    or by a merge, so what arrived from a third laptop is passed on too (relays). Lines
    are produced lazily (streamed into the bundle); counts fill in as they go. ``upto``
    is this device's clock now: the peer echoes it back as its acknowledgement.
    """
    acked, _ = store.sync_state(conn, peer)
    counts = {"records": 0, "cases": 0, "tombstones": 0}
    selection = Selection([], counts, upto, since=acked)

    def lines() -> Iterator[bytes]:
        for rid, kind, state, deleted in inflated_ahead(store.changed_since(conn, acked, peer)):
            yield jsonl.raw_line(rid, kind, state)
            counts["records"] += 1
            counts["cases"] += kind == case_repo.KIND
            counts["tombstones"] += deleted
            if kind == case_repo.KIND and not deleted:
                selection.cases_with_files.add(rid)  # one query for all, after the lines

    selection.lines = lines()
    return selection


Row = tuple[str, str, bytes, bool]  # id, kind, state, deleted
AHEAD = 64  # rows inflated at a time


def inflated_ahead(
    rows: Iterable[tuple[str, str, bytes | str, bool]],
) -> Generator[Row, None, None]:
    """The rows with their states inflated, the next chunk on another thread meanwhile
    (zlib lets go of the GIL): a sync export's inflating and encrypting share the two
    cores instead of taking turns. The thread ends with the rows, or when the reader
    stops early."""
    it = iter(rows)
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="rrr-inflate") as pool:
        try:
            pending = pool.submit(_inflated, list(itertools.islice(it, AHEAD)))
            while chunk := pending.result():
                pending = pool.submit(_inflated, list(itertools.islice(it, AHEAD)))
                yield from chunk
        finally:
            pool.shutdown(cancel_futures=True)


def _inflated(chunk: list[tuple[str, str, bytes | str, bool]]) -> list[Row]:
    return [(rid, kind, doc_bytes(state), deleted) for rid, kind, state, deleted in chunk]


def _load(conn: Connection, reference: str) -> tuple[CaseFile, replica.State]:
    case = case_repo.load_case(conn, reference)
    state = get_state(conn, case.id)
    assert state is not None
    return case, state


UNSAFE_MARK = replica.SEP + "safe_to_use"


def _says_unsafe(reg: replica.Register) -> bool:
    return any(sibling[2] is False for sibling in reg["s"])


def partial_state(
    state: replica.State,
    doc: dict[str, Any],
    context_of: tuple[str, ...],
    unsafe_marks: bool = False,
) -> str:
    """The registers of the fields in ``doc`` (already reduced by consent), plus, for the
    fields a status report may bring back, only what we have seen of them (no values):
    so the receiver's later answers supersede our values instead of clashing with them."""
    values, items = replica.flatten(doc, CASE_SHAPE)
    regs: dict[str, replica.Register] = {}
    for path in (*values, *items):
        if path in state["r"]:
            regs[path] = state["r"][path]
    for path, reg in state["r"].items():
        if path not in regs and under(path, context_of):
            regs[path] = {"s": [], "c": reg["c"]}
        elif unsafe_marks and path not in regs and path.endswith(UNSAFE_MARK) and _says_unsafe(reg):
            # A contact found unsafe after it was shared: the receiver must learn that (its
            # copy would still say "safe to use"), and nothing more of it: no value, no
            # presence, so a contact it never had stays unseen there.
            regs[path] = reg
    out = replica_packed.pack({"del": "", "anon": "", "r": regs})
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def referral_preview(
    conn: Connection, references: list[str], org_name: str
) -> dict[str, FieldFilter]:
    """The consent filter per case, for the outbox preview; refuses without consent."""
    out: dict[str, FieldFilter] = {}
    for reference in references:
        case, _ = _load(conn, reference)
        reasons = sharing_blockers(case, org_name)
        if reasons:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Case {reference} cannot be referred: {reason} Record that consent first.",
                ),
                reference=case.reference,
                reason=reasons[0],
            )
        out[case.reference] = referral_filter(case.model_dump(mode="json"), case.consents, org_name)
    return out


def select_referral(conn: Connection, references: list[str], org_name: str) -> Selection:
    if not references:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "A referral needs at least one case: name it with its reference.",
            )
        )
    filters = referral_preview(conn, references, org_name)
    lines: list[bytes] = []
    fields: dict[str, list[str]] = {}
    refs: dict[str, str] = {}
    files: set[str] = set()
    for reference, found in filters.items():
        case, state = _load(conn, reference)
        lines.append(
            jsonl.line(
                case.id,
                case_repo.KIND,
                partial_state(state, found.document, STATUS_PATHS, unsafe_marks=True),
            )
        )
        fields[case.id] = list(found.sent)
        refs[case.id] = case.reference
        files |= {a["sha256"] for a in found.document.get("attachments", []) if isinstance(a, dict)}
    counts = {"records": len(lines), "cases": len(lines), "tombstones": 0}
    return Selection(
        lines, counts, fields=fields, filters=filters, references=refs, attachments=files
    )


def referred_by(conn: Connection, peer: str) -> set[str]:
    """Ids of cases this peer referred to us (only those get status reports back)."""
    return {
        t["record_id"]
        for t in store.transfers(conn)
        if t["direction"] == "in" and t["kind"] == "referral" and t["peer"] == peer
    }


def _referred_by_org(conn: Connection, org_id: str) -> set[str]:
    """Cases that a laptop of organisation ``org_id`` referred to any laptop of ours (each
    such case keeps the referring organisation; only a referred case has their reference)."""
    if not org_id:
        return set()
    found: set[str] = set()
    for (rid,) in conn.execute("SELECT id FROM case_index WHERE other_refs != ''"):
        record = get_record(conn, rid)
        if record is not None and json.loads(record[1]).get("partner_org_id") == org_id:
            found.add(rid)
    return found


def select_status(
    conn: Connection,
    references: list[str],
    peer: str,
    peer_org: str = "",
    may_see: Callable[[str], bool] | None = None,
) -> Selection:
    """Named cases, or every case that organisation referred here (of those ``may_see``
    allows: a caseworker's status report carries only her own cases)."""
    allowed = referred_by(conn, peer) | _referred_by_org(conn, peer_org)
    cases: list[CaseFile] = []
    if references:
        for reference in references:
            case = case_repo.load_case(conn, reference)
            if case.id not in allowed:
                raise BundleRejected(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Case {reference} was not referred to us by the chosen organisation; a "
                        "status report goes only back to the organisation that referred the case.",
                    ),
                    reference=case.reference,
                )
            cases.append(case)
    else:
        cases = [
            case_repo.load_case(conn, rid)
            for rid in sorted(allowed)
            if _exists(conn, rid) and (may_see is None or may_see(rid))
        ]
    if not cases:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The chosen organisation referred no case to us to report on.",
            )
        )
    lines: list[bytes] = []
    fields: dict[str, list[str]] = {}
    refs: dict[str, str] = {}
    for case in cases:
        _, state = _load(conn, case.id)
        doc = status_projection(case.model_dump(mode="json"))
        lines.append(jsonl.line(case.id, case_repo.KIND, partial_state(state, doc, ())))
        fields[case.id] = sorted(doc)
        refs[case.id] = case.reference
    counts = {"records": len(lines), "cases": len(lines), "tombstones": 0}
    return Selection(lines, counts, fields=fields, references=refs)


def _exists(conn: Connection, record_id: str) -> bool:
    found = get_record(conn, record_id)
    return found is not None and not found[4]
