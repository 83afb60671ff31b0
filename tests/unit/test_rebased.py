"""An edit started from an older copy lands on the copy stored now: what was typed is
applied, what changed meanwhile elsewhere stays (``domain.diff.rebased``)."""

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from rrr_desktop.domain.diff import rebased

FIELDS = ["name", "wishes", "sex"]
VALUES = st.none() | st.integers(0, 3) | st.sampled_from(["a", "b", "c"])
IDS = ["i1", "i2", "i3", "i4", "i5"]


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    items = draw(st.lists(st.sampled_from(IDS[:3]), unique=True))
    return {
        "stage": draw(VALUES),
        "person": {f: draw(VALUES) for f in FIELDS},
        "contacts": [{"id": i, "phone": draw(VALUES)} for i in items],
        "languages": draw(st.lists(st.sampled_from(["km", "th"]), max_size=2)),
    }


# One edit: (what, where, value). Applied in order, an edit of something already
# removed does nothing; an added item goes last.
EDITS = st.lists(
    st.one_of(
        st.tuples(st.just("stage"), st.just(""), VALUES),
        st.tuples(st.just("person"), st.sampled_from(FIELDS), VALUES),
        st.tuples(st.just("phone"), st.sampled_from(IDS), VALUES),
        st.tuples(st.just("add"), st.sampled_from(IDS[3:]), VALUES),
        st.tuples(st.just("remove"), st.sampled_from(IDS), st.none()),
        st.tuples(st.just("languages"), st.just(""), st.sampled_from([["km"], [], ["th", "km"]])),
    ),
    max_size=6,
)


def _apply(doc: dict[str, Any], edits: list[tuple[str, str, Any]]) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    for what, where, value in edits:
        contacts = out["contacts"]
        if what in ("stage", "languages"):
            out[what] = value
        elif what == "person":
            out["person"][where] = value
        elif what == "phone":
            for item in contacts:
                if item["id"] == where:
                    item["phone"] = value
        elif what == "add" and where not in [i["id"] for i in contacts]:
            contacts.append({"id": where, "phone": value})
        elif what == "remove":
            out["contacts"] = [i for i in contacts if i["id"] != where]
    return out


def _touched(edits: list[tuple[str, str, Any]]) -> set[tuple[str, str]]:
    return {(w, p) for w, p, _ in edits}


@settings(max_examples=400)
@given(documents(), EDITS, EDITS)
def test_what_was_typed_lands_and_what_changed_meanwhile_stays(
    base: dict[str, Any], typed: list[tuple[str, str, Any]], meanwhile: list[tuple[str, str, Any]]
) -> None:
    edited = _apply(base, typed)
    current = _apply(base, meanwhile)
    out = rebased(base, edited, current)
    assert rebased(base, base, current) == current  # nothing typed: the copy as it is now
    assert rebased(base, edited, base) == edited  # nothing meanwhile: exactly what was typed
    for field in FIELDS:  # a field: the typed value where it was changed, else today's
        typed_it = edited["person"][field] != base["person"][field]
        assert out["person"][field] == (edited if typed_it else current)["person"][field]
    for key in ("stage", "languages"):  # a list without ids is one value
        assert out[key] == (edited if edited[key] != base[key] else current)[key]
    held = {i["id"]: i["phone"] for i in out["contacts"]}
    before = {i["id"]: i["phone"] for i in base["contacts"]}
    mine = {i["id"]: i["phone"] for i in edited["contacts"]}
    theirs = {i["id"]: i["phone"] for i in current["contacts"]}
    for ident in IDS:  # an item: removed by either side is gone, added by either is there
        if ident in before:
            present = ident in mine and ident in theirs
        else:
            present = ident in mine or ident in theirs
        assert (ident in held) == present
        if present:
            typed_here = ident in mine and (ident not in before or mine[ident] != before[ident])
            expected = mine[ident] if typed_here else theirs[ident]
            assert held[ident] == expected
    order = [i["id"] for i in out["contacts"]]
    kept = [i for i in order if i in theirs]
    assert kept == [i["id"] for i in current["contacts"] if i["id"] in held]
    assert order[len(kept) :] == [i for i in order if i not in theirs]  # new ones last


def test_lists_that_are_not_items_are_one_value() -> None:
    assert rebased([1, 2], [1, 2, 3], [0]) == [1, 2, 3]
    dupes = [{"id": "x", "v": 1}, {"id": "x", "v": 2}]
    assert rebased(dupes, [], [{"id": "y"}]) == []
