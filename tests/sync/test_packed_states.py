"""The packed form of a state (vault and bundles) holds exactly what the plain form holds,
and a hostile packed state is refused as a plain one is."""

import contextlib
import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rrr_desktop.domain import replica, replica_packed

DEVICES = st.sampled_from(["a1b2c3", "d4e5f6", "0f0f0f"])
STAMPS = st.builds(
    lambda ms, n: f"{ms:013d}-{n:04d}",
    st.integers(1_700_000_000_000, 1_900_000_000_000),
    st.integers(0, 3),
)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)


WRITERS = {"a1b2c3": "ana", "d4e5f6": "ben", "0f0f0f": ""}  # one clock value, one writer


@st.composite
def registers(draw: st.DrawFn) -> replica.Register:
    context = draw(st.dictionaries(DEVICES, STAMPS, min_size=1, max_size=3))
    writers = draw(st.lists(st.sampled_from(sorted(context)), unique=True, max_size=3))
    siblings = [[f"{context[d]}-{d}", WRITERS[d], draw(VALUES)] for d in writers]
    return {"s": siblings, "c": context}


STATES = st.builds(
    lambda regs, anon: {"del": "", "anon": anon, "r": regs},
    st.dictionaries(
        st.sampled_from(["a", "b/c", "l/[x1]", "l/[x1]/n", "l/[y2]/="]), registers(), max_size=5
    ),
    st.sampled_from(["", "1800000000000-0001-a1b2c3"]),
)


def _wire(value: Any) -> Any:
    return json.loads(json.dumps(value))


@given(STATES)
def test_packing_keeps_every_register_as_it_was(state: replica.State) -> None:
    packed = _wire(replica_packed.pack(state))
    assert replica_packed.is_packed(packed)
    assert replica_packed.unpack(packed) == state
    assert replica_packed.check_packed(packed) == state  # what a plain check accepts
    assert replica.check_state(_wire(state)) == state


@given(STATES)
def test_a_packed_state_is_smaller_whenever_versions_repeat(state: replica.State) -> None:
    plain = len(json.dumps(state))
    packed = len(json.dumps(replica_packed.pack(state)))
    versions = [s[0] for reg in state["r"].values() for s in reg["s"]]
    if len(versions) > 2 * len(set(versions)) + 2:
        assert packed < plain


SEEN = {"a1b2c3": "1800000000000-0000"}
V1 = "1800000000000-0000-a1b2c3"


def _packed() -> dict[str, Any]:
    state: replica.State = {
        "del": "",
        "anon": "",
        "r": {"a": {"s": [[V1, "ana", "x"]], "c": SEEN}, "b": {"s": [[V1, "ana", [1]]], "c": SEEN}},
    }
    return _wire(replica_packed.pack(state))


HOSTILE = [
    ("an unknown key", lambda p: p.update(extra=1)),
    ("a version index past the table", lambda p: p["r"]["a"][1].__setitem__(0, 5)),
    ("a negative version index", lambda p: p["r"]["a"][1].__setitem__(0, -1)),
    ("a context index past the table", lambda p: p["r"]["a"].__setitem__(0, 3)),
    ("a version that is not a clock value", lambda p: p["t"][0].__setitem__(0, "yesterday")),
    ("a context stamp of another shape", lambda p: p["x"][0].__setitem__("a1b2c3", "soon")),
    ("a value its own field has not seen", lambda p: p["x"][0].update(a1b2c3="1700000000000-0000")),
    ("a register that is not a list", lambda p: p["r"].__setitem__("a", {"s": []})),
    ("a sibling with three parts", lambda p: p["r"]["a"][1].append("z")),
    ("a deleted record with fields", lambda p: p.update({"del": "1800000000001-0000-a1b2c3"})),
    ("too many siblings", lambda p: p["r"]["a"].extend([[0, n] for n in range(80)])),
    ("a too deeply nested value", lambda p: p["r"]["b"][1].__setitem__(1, _deep(40))),
    ("a name too long", lambda p: p["t"][0].__setitem__(1, "n" * 300)),
    ("one version twice in a field", lambda p: p["r"]["a"].append([0, "y"])),
    ("one clock value by two writers", lambda p: p["t"].append([V1, "ben"])),
    ("a field inside a value", lambda p: p["r"].__setitem__("a/x", [0, [0, 1]])),
]


def _plain() -> replica.State:
    return {
        "del": "",
        "anon": "",
        "r": {"a": {"s": [[V1, "ana", "x"]], "c": SEEN}, "b": {"s": [[V1, "ana", [1]]], "c": SEEN}},
    }


PLAIN_HOSTILE = [
    ("one version twice in a field", lambda p: p["r"]["a"]["s"].append([V1, "ana", "y"])),
    ("a field inside a value", lambda p: p["r"].__setitem__("a/x", {"s": [], "c": SEEN})),
]


@pytest.mark.parametrize(("what", "spoil"), PLAIN_HOSTILE, ids=[h[0] for h in PLAIN_HOSTILE])
def test_a_spoiled_plain_state_is_refused(what: str, spoil: Any) -> None:
    state = _plain()
    assert replica.check_state(copy.deepcopy(state))
    spoil(state)
    with pytest.raises(ValueError):  # noqa: PT011 - each spoiling has its own message
        replica.check_state(state)


def test_an_item_s_fields_sit_under_its_presence() -> None:
    state = _plain()
    state["r"]["l/[x1]"] = {"s": [[V1, "ana", "k"]], "c": SEEN}
    state["r"]["l/[x1]/n"] = {"s": [[V1, "ana", "note"]], "c": SEEN}
    assert replica.check_state(copy.deepcopy(state)) == state
    assert replica_packed.check_packed(_wire(replica_packed.pack(state))) == state


def _deep(n: int) -> Any:
    value: Any = 1
    for _ in range(n):
        value = [value]
    return value


@pytest.mark.parametrize(("what", "spoil"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_spoiled_packed_state_is_refused(what: str, spoil: Any) -> None:
    packed = _packed()
    assert replica_packed.check_packed(copy.deepcopy(packed))  # whole, it is accepted
    spoil(packed)
    with pytest.raises(ValueError):  # noqa: PT011 - each spoiling has its own message
        replica_packed.check_packed(packed)


@given(STATES, st.randoms())
def test_equal_states_pack_to_equal_text(state: replica.State, random: Any) -> None:
    """Two laptops holding the same state store the same bytes, whatever order their
    registers were merged in."""
    paths = list(state["r"])
    random.shuffle(paths)
    shuffled = {**state, "r": {p: state["r"][p] for p in paths}}
    assert json.dumps(replica_packed.pack(shuffled)) == json.dumps(replica_packed.pack(state))


SEGMENTS = st.sampled_from(["a", "b", "[x1]", "[y2]", "="])
PATHS = st.lists(SEGMENTS, min_size=1, max_size=4).map("/".join)


def _field_inside_a_value(paths: set[str]) -> bool:
    """The rule as written: some path has a proper prefix that is a value (not an item)."""
    for path in paths:
        parts = path.split("/")
        for n in range(1, len(parts)):
            prefix = "/".join(parts[:n])
            if prefix in paths and not prefix.endswith("]"):
                return True
    return False


@given(st.sets(PATHS, max_size=12))
def test_a_field_inside_a_value_is_found_wherever_it_sits(paths: set[str]) -> None:
    regs: dict[str, replica.Register] = {p: {"s": [], "c": {}} for p in paths}
    if _field_inside_a_value(paths):
        with pytest.raises(ValueError, match="inside a value"):
            replica.check_paths(regs)
    else:
        replica.check_paths(regs)


# -- a record held nowhere here: checked and laid out in one pass ------------------------

SHAPE = replica.Shape(
    {"a": None, "b": replica.Shape({"c": None}), "l": replica.Items("id", replica.Shape({}))}
)


@st.composite
def single_registers(draw: st.DrawFn) -> replica.Register:
    """One value, as nearly every field of a record arrives."""
    context = draw(st.dictionaries(DEVICES, STAMPS, min_size=1, max_size=3))
    device = draw(st.sampled_from(sorted(context)))
    return {"s": [[f"{context[device]}-{device}", WRITERS[device], draw(VALUES)]], "c": context}


# Mostly one value per field (where the one-pass check applies), sometimes several.
FRESH_STATES = st.builds(
    lambda regs, anon: {"del": "", "anon": anon, "r": regs},
    st.dictionaries(
        st.sampled_from(["a", "b/c", "l/[x1]", "l/[x1]/n", "l/[y2]/=", "l/[y2]"]),
        single_registers() | registers(),
        max_size=6,
    ),
    st.sampled_from(["", "", "", "1800000000000-0001-a1b2c3"]),
)


def _general(packed: Any) -> tuple[replica.State, dict[str, Any]]:
    merged = replica.merge(replica.empty_state(), replica_packed.check_packed(packed), SHAPE)
    return merged, replica.materialise(merged, SHAPE)


def _needs_no_merge(state: replica.State) -> bool:
    regs = state["r"].items()
    return (
        not state["anon"]
        and all(len(reg["s"]) == 1 for _, reg in regs)
        and not any(p.endswith("]") and reg["s"][0][2] is None for p, reg in regs)
    )


@given(FRESH_STATES)
def test_a_fresh_state_is_what_the_general_path_makes_of_it(state: replica.State) -> None:
    packed = _wire(replica_packed.pack(state))
    got = replica_packed.fresh(copy.deepcopy(packed), SHAPE)
    if _needs_no_merge(state):
        assert got == _general(packed)
    else:
        assert got is None  # several values, a deleted item, anonymised: merged in full


MUTATIONS = st.sampled_from(HOSTILE)


@given(FRESH_STATES, st.lists(MUTATIONS, min_size=1, max_size=3))
def test_a_fresh_check_refuses_what_the_full_check_refuses(
    state: replica.State, spoils: list[tuple[str, Any]]
) -> None:
    """Spoiled at random: the one-pass check refuses exactly what ``check_packed`` refuses
    (or leaves the state to the general path, which refuses it), and accepts nothing else."""
    regs = {p: reg for p, reg in state["r"].items() if not p.startswith("b")}
    packed = _wire(replica_packed.pack({**state, "r": {**regs, **_plain()["r"]}}))
    for _, spoil in spoils:
        # a spoiling that needs what an earlier one took away does nothing
        with contextlib.suppress(IndexError, KeyError, TypeError, AttributeError):
            spoil(packed)
    try:
        expected: Any = _general(copy.deepcopy(packed))
    except ValueError:
        expected = ValueError
    try:
        got: Any = replica_packed.fresh(copy.deepcopy(packed), SHAPE)
    except ValueError:
        got = ValueError
    assert got is None or got == expected


@settings(max_examples=500)
@given(st.lists(st.tuples(PATHS, VALUES), max_size=14, unique_by=lambda t: t[0]), st.randoms())
def test_fields_are_laid_out_as_walking_to_each_from_the_top_lays_them_out(
    shown: list[tuple[str, Any]], random: Any
) -> None:
    """Finding each field's place once per parent gives the document that walking to each
    field from the top gives, for any paths (a field inside a value too) in any order."""
    random.shuffle(shown)
    assert _laid_out(replica.lay_out, shown) == _laid_out(_walked_from_the_top, shown)


def _laid_out(lay_out: Any, shown: list[tuple[str, Any]]) -> Any:
    """The document, or the error that says there is none (a field under a value: what
    ``materialise``'s callers take as damaged). Values are copied: a field placed under a
    value that is an object goes into it."""
    try:
        return lay_out(copy.deepcopy(shown), SHAPE)
    except (TypeError, AttributeError):
        return "no document"


def _walked_from_the_top(shown: list[tuple[str, Any]], shape: replica.Shape) -> Any:
    """The rule as first written: each field walked to from the top of the tree."""
    tree: dict[str, Any] = {}
    for path, value in shown:
        if replica.SEP not in path:
            tree[path] = value
            continue
        *parents, last = path.split(replica.SEP)
        node = tree
        for segment in parents:
            node = node.setdefault(segment, {})
        if last.startswith("["):
            node.setdefault(last, {})[replica._ORDER] = value
        else:
            node[last] = value
    return replica._build(tree, shape)
