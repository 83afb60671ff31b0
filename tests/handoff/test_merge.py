"""Three-way merge of JSON documents: properties and the cases that matter."""

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from rrr_desktop.handoff.merge import MISSING, get_at, merge3, path_text, set_at

scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.sampled_from(["a", "b", ""]))
keys = st.sampled_from(["x", "y", "z"])
docs = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.dictionaries(keys, inner, max_size=3),
        st.lists(
            st.fixed_dictionaries({"id": st.sampled_from(["i1", "i2", "i3"]), "v": inner}),
            max_size=3,
            unique_by=lambda d: d["id"],
        ),
    ),
    max_leaves=8,
)
objects = st.dictionaries(keys, docs, max_size=3)


@given(objects, objects)
def test_one_side_unchanged_takes_the_other(base: dict[str, Any], other: dict[str, Any]) -> None:
    assert merge3(base, base, other) == (other, [])
    assert merge3(base, other, base) == (other, [])


@given(objects, objects)
def test_same_change_on_both_sides_is_no_conflict(
    base: dict[str, Any], both: dict[str, Any]
) -> None:
    assert merge3(base, both, both) == (both, [])


@settings(max_examples=150)
@given(objects, objects, objects)
def test_conflicts_keep_the_local_value_and_name_real_disagreements(
    base: dict[str, Any], local: dict[str, Any], remote: dict[str, Any]
) -> None:
    merged, conflicts = merge3(base, local, remote)
    for conflict in conflicts:
        # JSON-different (1 and true differ in JSON even though 1 == True in Python)
        assert json.dumps(conflict.local, sort_keys=True, default=repr) != json.dumps(
            conflict.remote, sort_keys=True, default=repr
        )
        assert get_at(merged, conflict.path) == get_at(local, conflict.path)
    if not conflicts:
        # Without conflicts the merge holds both sides' changes: merging again adds nothing.
        assert merge3(base, merged, remote) == (merged, [])
        assert merge3(base, local, merged) == (merged, [])


def test_different_fields_merge() -> None:
    base = {"a": 1, "b": 1}
    merged, conflicts = merge3(base, {"a": 2, "b": 1}, {"a": 1, "b": 3})
    assert merged == {"a": 2, "b": 3}
    assert conflicts == []


def test_same_field_conflicts() -> None:
    merged, [conflict] = merge3({"p": {"w": "x"}}, {"p": {"w": "A"}}, {"p": {"w": "B"}})
    assert merged == {"p": {"w": "A"}}
    assert (conflict.path, conflict.base, conflict.local, conflict.remote) == (
        ("p", "w"),
        "x",
        "A",
        "B",
    )
    assert path_text(conflict.path) == "p.w"


def test_lists_of_items_with_ids_merge_item_by_item() -> None:
    base = {"m": [{"id": "1", "s": "a"}]}
    local = {"m": [{"id": "1", "s": "a"}, {"id": "2", "s": "mine"}]}
    remote = {"m": [{"id": "1", "s": "b"}, {"id": "3", "s": "theirs"}]}
    merged, conflicts = merge3(base, local, remote)
    assert conflicts == []
    assert merged == {
        "m": [{"id": "1", "s": "b"}, {"id": "2", "s": "mine"}, {"id": "3", "s": "theirs"}]
    }


def test_item_deleted_on_one_side_unchanged_on_the_other_goes() -> None:
    base = {"m": [{"id": "1"}, {"id": "2"}]}
    merged, conflicts = merge3(base, {"m": [{"id": "1"}]}, base)
    assert merged == {"m": [{"id": "1"}]}
    assert conflicts == []


def test_deleted_here_edited_there_is_a_conflict_at_the_root() -> None:
    merged, [conflict] = merge3({"a": 1}, MISSING, {"a": 2})
    assert merged is MISSING
    assert conflict.path == ()


def test_no_common_ancestor_reports_each_differing_field() -> None:
    merged, conflicts = merge3(MISSING, {"a": 1, "b": 1}, {"a": 2, "b": 1, "c": 5})
    assert merged == {"a": 1, "b": 1, "c": 5}
    assert [c.path for c in conflicts] == [("a",)]


def test_set_at_replaces_adds_and_removes() -> None:
    doc = {"m": [{"id": "1", "s": "a"}], "p": {"w": "x"}}
    assert set_at(doc, ("p", "w"), "y")["p"] == {"w": "y"}
    assert set_at(doc, ("m", "[1]", "s"), "b")["m"] == [{"id": "1", "s": "b"}]
    assert set_at(doc, ("m", "[2]"), {"id": "2"})["m"][-1] == {"id": "2"}
    assert set_at(doc, ("m", "[1]"), MISSING)["m"] == []
    assert "p" not in set_at(doc, ("p",), MISSING)
    assert doc == {"m": [{"id": "1", "s": "a"}], "p": {"w": "x"}}  # the input is untouched


@given(objects, objects, objects)
def test_resolving_every_conflict_with_remote_gives_remote_values(
    base: dict[str, Any], local: dict[str, Any], remote: dict[str, Any]
) -> None:
    merged, conflicts = merge3(base, local, remote)
    for conflict in conflicts:
        if conflict.path:
            merged = set_at(merged, conflict.path, conflict.remote)
            assert get_at(merged, conflict.path) == get_at(remote, conflict.path)
