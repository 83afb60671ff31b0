"""A state that has seen everything our copy holds (a fast-forward: most of a sync) is
checked, laid out and compared with our copy in one pass, without unpacking our copy or
merging (``replica_packed.forward``). Wherever it answers, it answers exactly what the
general path does (check, merge, lay out, compare); wherever the merge of a dominating
state needs no more than that, it answers; and it refuses whatever the full check refuses."""

import contextlib
import copy
import json
from typing import Any

from hypothesis import event, given, settings
from hypothesis import strategies as st

from rrr_desktop.domain import replica, replica_packed
from tests.sync.test_packed_states import (
    DEVICES,
    HOSTILE,
    SHAPE,
    STAMPS,
    VALUES,
    WRITERS,
    _plain,
)

PATHS = ["a", "b/c", "l/[x1]", "l/[x1]/n", "l/[y2]/=", "l/[y2]"]


@st.composite
def registers(draw: st.DrawFn, max_siblings: int = 2) -> replica.Register:
    context = draw(st.dictionaries(DEVICES, STAMPS, min_size=1, max_size=3))
    writers = draw(
        st.lists(st.sampled_from(sorted(context)), unique=True, min_size=1, max_size=max_siblings)
    )
    return {"s": [[f"{context[d]}-{d}", WRITERS[d], draw(VALUES)] for d in writers], "c": context}


def _states(max_siblings: int) -> st.SearchStrategy[replica.State]:
    return st.builds(
        lambda regs, anon: {"del": "", "anon": anon, "r": regs},
        st.dictionaries(st.sampled_from(PATHS), registers(max_siblings), max_size=6),
        st.sampled_from(["", "", "", "", "1800000000000-0001-a1b2c3"]),
    )


def _one_write_one_value(*states: replica.State) -> list[replica.State]:
    """A clock value is one write: wherever it is held, it holds the first value drawn."""
    values: dict[str, Any] = {}
    out = []
    for state in states:
        regs = {}
        for path, reg in state["r"].items():
            siblings = [[h, w, values.setdefault(h, v)] for h, w, v in reg["s"]]
            regs[path] = {"s": sorted(siblings), "c": reg["c"]}
        out.append({**state, "r": regs})
    return out


def _edited(ours: replica.State, edits: dict[str, Any], at: str, who: str = "ben") -> replica.State:
    """A laptop's later writes on top of a copy (each field it writes, it saw first)."""
    regs = dict(ours["r"])
    for path, value in edits.items():
        regs[path] = replica.written(regs.get(path), at, who, value)
    return {**ours, "r": regs}


EDITS = st.dictionaries(st.sampled_from(PATHS), VALUES, max_size=3)
COUNTER = st.integers(0, 3)
LATER = "1900000000001-{:04d}-d4e5f6"  # on laptop "d4e5f6", after everything drawn
LATER_HERE = "1900000000002-{:04d}-a1b2c3"  # here, later still


def _wire(value: Any) -> Any:
    return json.loads(json.dumps(value))


def _general(ours: replica.State, packed: Any) -> tuple[replica.State, bool, bool]:
    return replica.merge_compared(ours, replica_packed.check_packed(packed), SHAPE)


def _with_merged(ours: replica.State, other: replica.State) -> tuple[Any, ...]:
    return ours, replica.merge(ours, other, SHAPE), True


PAIRS = st.one_of(
    # theirs: ours merged with a third copy (it has seen all of ours)
    st.tuples(_states(2), _states(2)).map(lambda t: _with_merged(*_one_write_one_value(*t))),
    # theirs: ours, then edited on another laptop
    st.tuples(_states(1), EDITS, COUNTER).map(
        lambda t: (t[0], _edited(t[0], t[1], LATER.format(t[2])), True)
    ),
    # theirs: an older copy of ours (we edited it since)
    st.tuples(_states(1), EDITS, COUNTER).map(
        lambda t: (_edited(t[0], t[1], LATER_HERE.format(t[2]), "ana"), t[0], False)
    ),
    # both edited one copy, neither seeing the other
    st.tuples(_states(1), EDITS, EDITS, COUNTER).map(
        lambda t: (
            _edited(t[0], t[1], LATER_HERE.format(t[3]), "ana"),
            _edited(t[0], t[2], LATER.format(t[3]), "ben"),
            False,
        )
    ),
    # two copies that never met
    st.tuples(_states(2), _states(2)).map(lambda t: (*_one_write_one_value(*t), False)),
)


@settings(max_examples=400)
@given(PAIRS)
def test_a_fast_forward_is_what_the_general_path_makes_of_it(
    pair: tuple[replica.State, replica.State, bool],
) -> None:
    ours, theirs, dominates = pair
    packed = _wire(replica_packed.pack(theirs))
    try:
        merged, same_ours, same_theirs = _general(ours, copy.deepcopy(packed))
    except ValueError:
        return  # refused: the refusals are compared below
    got = replica_packed.forward(copy.deepcopy(packed), _wire(replica_packed.pack(ours)), SHAPE)
    event(f"dominates={dominates} answered={got is not None}")
    one_value = all(len(reg["s"]) == 1 for reg in merged["r"].values())
    no_deleted_item = not any(
        p.endswith("]") and reg["s"] and reg["s"][0][2] is None for p, reg in merged["r"].items()
    )
    if got is None:
        # only where the merge needs more than one pass (or there is nothing to do)
        assert not (
            dominates
            and same_theirs
            and not same_ours
            and not ours["anon"]
            and not theirs["anon"]
            and one_value
            and no_deleted_item
        )
        return
    state, doc, changed = got
    assert same_theirs
    assert not same_ours
    assert state == merged == replica_packed.check_packed(copy.deepcopy(packed))
    assert doc == replica.materialise(merged, SHAPE)
    before = ours["r"]
    assert sorted(changed) == sorted(
        p for p, reg in merged["r"].items() if (before.get(p) or {}).get("s") != reg["s"]
    )


@given(PAIRS, st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=3))
def test_a_fast_forward_refuses_what_the_full_check_refuses(
    pair: tuple[replica.State, replica.State, bool], spoils: list[tuple[str, Any]]
) -> None:
    """Spoiled at random, fields exactly as we hold them among the spoiled ones: refused
    exactly where ``check_packed`` refuses (or left to the general path, which refuses)."""
    ours, theirs, _ = pair
    regs = {p: reg for p, reg in theirs["r"].items() if p not in ("a", "b/c")}
    theirs = {**theirs, "r": {**regs, **_plain()["r"]}}
    ours = {**ours, "r": {**ours["r"], **_plain()["r"]}}
    packed = _wire(replica_packed.pack(theirs))
    for _, spoil in spoils:
        with contextlib.suppress(IndexError, KeyError, TypeError, AttributeError):
            spoil(packed)
    try:
        replica_packed.check_packed(copy.deepcopy(packed))
        refused = False
    except ValueError:
        refused = True
    try:
        got = replica_packed.forward(packed, _wire(replica_packed.pack(ours)), SHAPE)
    except ValueError:
        assert refused
        return
    assert got is None or not refused


def test_a_field_we_hold_that_they_never_saw_needs_the_merge() -> None:
    ours = _plain()
    theirs = _edited({**ours, "r": {"a": ours["r"]["a"]}}, {"a": "y"}, "1900000000001-0000-d4e5f6")
    packed = _wire(replica_packed.pack(theirs))
    assert replica_packed.forward(packed, _wire(replica_packed.pack(ours)), SHAPE) is None
    merged = replica.merge(ours, theirs, SHAPE)
    assert merged["r"]["b"] == ours["r"]["b"]  # what the general path keeps
