"""A record held nowhere here, with one value per field (most of a big sync), is checked and
laid out in one pass (``replica_packed.fresh``); so is one we hold that its sender moved
forward (``replica_packed.forward``). Their plans, and every refusal, are exactly those of
the general path: check, merge, lay out."""

import copy
import datetime as dt
import json
from typing import Any

import pytest

from rrr_desktop.domain import replica, replica_packed
from rrr_desktop.domain.casefile import renumbered_reference
from rrr_desktop.domain.sync_kinds import shape_for
from rrr_desktop.errors import BundleRejected
from rrr_desktop.handoff import jsonl
from rrr_desktop.handoff.importer import Plan, Planner
from rrr_desktop.services.demo import fill_demo
from rrr_desktop.services.session import Session
from rrr_desktop.vault import cases as case_repo
from rrr_desktop.vault.records import RawHead, decode_head, doc_bytes, raw_heads

TODAY = dt.date(2026, 3, 1)


def _entries(session: Session) -> list[dict[str, Any]]:
    """Each case as a sync bundle carries it: the stored packed state, as it is."""
    sql = "SELECT id, kind, state FROM records WHERE kind = 'case' ORDER BY id"
    rows = session.conn().execute(sql).fetchall()
    lines = [jsonl.raw_line(rid, kind, doc_bytes(state)).rstrip(b"\n") for rid, kind, state in rows]
    return [jsonl.parse_line(line) for line in lines]


def _no_reference() -> str:
    raise AssertionError("a sync plan takes no reference")


def _plan(entry: dict[str, Any]) -> Plan | type[BundleRejected]:
    planner = Planner(None, "sync", set(), "", _no_reference)  # type: ignore[arg-type]
    try:
        return planner.core(copy.deepcopy(entry), None, "")
    except BundleRejected:
        return BundleRejected


def _general(monkeypatch: pytest.MonkeyPatch, entry: dict[str, Any]) -> Any:
    with monkeypatch.context() as m:
        m.setattr(replica_packed, "fresh", lambda *_: None)
        return _plan(entry)


def test_a_new_record_is_planned_as_the_general_path_plans_it(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_demo(session, 30, seed=5)
    entries = _entries(session)
    took: list[bool] = []
    real = replica_packed.fresh

    def counted(*args: Any) -> Any:
        out = real(*args)
        took.append(out is not None)
        return out

    monkeypatch.setattr(replica_packed, "fresh", counted)
    for entry in entries:
        plan = _plan(entry)
        assert vars(plan) == vars(_general(monkeypatch, entry))
        assert isinstance(plan, Plan)
        assert plan.state_text  # stored as received
    assert took == [True] * len(entries)  # every demo case took the one pass


SPOILS = [
    ("a clock value from nowhere", lambda s: s["t"][0].__setitem__(0, "soon")),
    ("a field its context has not seen", lambda s: s["x"][0].clear()),
    ("a field inside a value", lambda s: s["r"].__setitem__("person/sex/x", [0, [0, 1]])),
    ("no document", lambda s: s["r"].clear()),
    ("a case that is not valid", lambda s: s["r"]["person"].__setitem__(1, [0, 5])),
]


@pytest.mark.parametrize(("what", "spoil"), SPOILS, ids=[s[0] for s in SPOILS])
def test_a_spoiled_new_record_is_refused_as_the_general_path_refuses_it(
    session: Session, monkeypatch: pytest.MonkeyPatch, what: str, spoil: Any
) -> None:
    fill_demo(session, 1, seed=5)
    entry = _entries(session)[0]
    state = json.loads(entry.pop("state_text"))
    state["r"].setdefault("person", [0, [0, {}]])
    spoil(state)
    entry["state"] = state
    assert _plan(entry) is BundleRejected
    assert _general(monkeypatch, entry) is BundleRejected


# -- a record we hold, moved forward by its sender: no merge ------------------------------


def _edits(session: Session, change: Any) -> None:
    """Each case saved again here after ``change`` (a later version of every case)."""
    conn = session.conn()
    ids = [r[0] for r in conn.execute("SELECT id FROM case_index ORDER BY id")]
    with session.write() as w:
        for case_id in ids:
            case = case_repo.load_case(w, case_id)
            change(case)
            case_repo.save_case(w, case, session.next_version(), session.device_id, TODAY)


def _planned_both_ways(
    monkeypatch: pytest.MonkeyPatch, entries: list[dict[str, Any]], heads: dict[str, RawHead]
) -> list[bool]:
    """Each entry planned against our copy as stored, with and without the one pass: the
    same plan (or the same refusal). Whether the one pass answered, per entry."""
    took: list[bool] = []
    real = replica_packed.forward

    def counted(*args: Any) -> Any:
        out = real(*args)
        took.append(out is not None)
        return out

    planner = Planner(None, "sync", set(), "", _no_reference)  # type: ignore[arg-type]
    for entry in entries:
        head = heads[entry["id"]]
        with monkeypatch.context() as m:
            m.setattr(replica_packed, "forward", counted)
            try:
                fast: Any = vars(planner.core_stored(copy.deepcopy(entry), head))
            except BundleRejected:
                fast = BundleRejected
        try:
            general: Any = vars(planner.core(copy.deepcopy(entry), decode_head(head), ""))
        except BundleRejected:
            general = BundleRejected
        if isinstance(fast, dict):
            # what only the one pass knows: the reference is ours as we hold it
            if fast.pop("reference_ours"):
                assert fast["reference"] == _our_reference(head)
            general.pop("reference_ours")
        assert fast == general
    return took


def _our_reference(head: RawHead) -> str:
    state = decode_head(head)[3]
    return str(replica.materialise(state, shape_for("case"))["reference"])


def test_a_record_moved_forward_is_planned_as_the_general_path_plans_it(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_demo(session, 30, seed=7)
    conn = session.conn()
    heads = raw_heads(conn, [e["id"] for e in _entries(session)])
    _edits(session, lambda c: setattr(c.person, "wishes", "to go home in spring"))
    _edits(session, lambda c: c.person.languages.append("km"))  # a second save: two ahead
    took = _planned_both_ways(monkeypatch, _entries(session), heads)
    assert took == [True] * 30  # every case took the one pass
    _edits(session, lambda c: setattr(c, "reference", renumbered_reference(c.reference, c.id)))
    planner = Planner(None, "sync", set(), "", _no_reference)  # type: ignore[arg-type]
    renumbered = [planner.core_stored(e, heads[e["id"]]) for e in _entries(session)]
    assert not any(plan.reference_ours for plan in renumbered)
    # the other way round, our copy is ahead: nothing to take, the general path decides
    ahead = raw_heads(conn, list(heads))
    behind = [jsonl.parse_line(_line(e["id"], heads[e["id"]])) for e in _entries(session)]
    assert _planned_both_ways(monkeypatch, behind, ahead) == [False] * 30


def _line(rid: str, head: RawHead) -> bytes:
    return jsonl.raw_line(rid, head[0], doc_bytes(head[3] or b"")).rstrip(b"\n")


@pytest.mark.parametrize(("what", "spoil"), SPOILS, ids=[s[0] for s in SPOILS])
def test_a_spoiled_record_moved_forward_is_refused_as_the_general_path_refuses_it(
    session: Session, monkeypatch: pytest.MonkeyPatch, what: str, spoil: Any
) -> None:
    fill_demo(session, 1, seed=5)
    heads = raw_heads(session.conn(), [e["id"] for e in _entries(session)])
    _edits(session, lambda c: setattr(c.person, "wishes", "to study"))
    entry = _entries(session)[0]
    state = json.loads(entry.pop("state_text"))
    state["r"].setdefault("person", [0, [0, {}]])
    spoil(state)
    entry["state"] = state
    assert _planned_both_ways(monkeypatch, [entry], heads) in ([False], [])
    planner = Planner(None, "sync", set(), "", _no_reference)  # type: ignore[arg-type]
    if what == "no document":  # nothing we hold is taken away: our copy stays as it is
        assert planner.core_stored(entry, heads[entry["id"]]).action == "unchanged"
        return
    with pytest.raises(BundleRejected):
        planner.core_stored(entry, heads[entry["id"]])


def test_a_field_under_a_top_level_item_is_refused_as_damaged_both_ways(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No shape has a top-level item, so no document can be laid out from one with a field
    under it: a record held nowhere and one moved forward are refused as damaged, as the
    general path refuses them, never an unexpected error."""
    fill_demo(session, 1, seed=5)
    heads = raw_heads(session.conn(), [e["id"] for e in _entries(session)])
    _edits(session, lambda c: setattr(c.person, "wishes", "to study"))
    entry = _entries(session)[0]
    state = json.loads(entry.pop("state_text"))
    state["r"].update({"[x1]": [0, [0, "0001"]], "[x1]/a": [0, [0, 1]]})
    entry["state"] = state
    assert _plan(entry) is BundleRejected  # held nowhere
    assert _general(monkeypatch, entry) is BundleRejected
    planner = Planner(None, "sync", set(), "", _no_reference)  # type: ignore[arg-type]
    with pytest.raises(BundleRejected):  # moved forward
        planner.core_stored(copy.deepcopy(entry), heads[entry["id"]])
