"""A case window open on one laptop while a sync from another laptop changes the same case
(real clocks, two laptops): saving the window keeps what the import brought, and a field
that both changed, neither seeing the other, is a conflict on both laptops."""

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.services.cases import CaseService
from tests.handoff.conftest import Side, fingerprint_of
from tests.handoff.test_parallel_import import _ids, _laptops

FIELDS = ["wishes", "place_of_birth", "given_name", "family_name"]
# Per field: untouched (None) or a value; "same" is typed and imported alike.
CHANGE = st.sampled_from([None, "x", "same"])


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Side, Side, Path]]:
    base = tmp_path_factory.mktemp("window")
    a, b = _laptops(base, 14, seed=21)
    try:
        yield a, b, base
    finally:
        a.session.close()
        b.session.close()


_counter = itertools.count()


def _sync(source: Side, target: Side, folder: Path) -> None:
    stick = folder / f"stick-{next(_counter)}.rrrbundle"
    source.handoff.export_bundle("sync", stick, fingerprint_of(target))
    target.handoff.import_bundle(stick)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(typed=st.tuples(*[CHANGE] * 4), imported=st.tuples(*[CHANGE] * 4))
def test_a_window_saved_after_an_import(
    pair: tuple[Side, Side, Path],
    typed: tuple[str | None, ...],
    imported: tuple[str | None, ...],
) -> None:
    """Per field: typed only -> typed; imported only -> imported; both alike -> that value;
    both different -> a conflict holding both, the same on both laptops, and resolving it
    on one laptop settles it on the other."""
    a, b, folder = pair
    on_a, on_b = CaseService(a.session), CaseService(b.session)
    case_id = _ids(a)[next(_counter) % 14]
    window = on_b.get(case_id, audit=False)  # the form on B is loaded from this copy
    edit = on_a.get(case_id, audit=False)
    for field, value in zip(FIELDS, imported, strict=True):
        if value is not None:
            setattr(edit.person, field, "same" if value == "same" else f"from A {field}")
    on_a.save(edit)
    _sync(a, b, folder)
    draft = window.model_copy(deep=True)
    for field, value in zip(FIELDS, typed, strict=True):
        if value is not None:
            setattr(draft.person, field, "same" if value == "same" else f"typed on B {field}")
    on_b.save(draft, base=window)
    _sync(b, a, folder)
    _sync(a, b, folder)

    expected_conflicts = set()
    for service in (on_a, on_b):
        person = service.get(case_id, audit=False).person
        for field, mine, theirs in zip(FIELDS, typed, imported, strict=True):
            value = getattr(person, field)
            if mine is None and theirs is None:
                assert value == getattr(window.person, field)
            elif theirs is None or mine == theirs == "same":
                assert value == getattr(draft.person, field)
            elif mine is None:
                assert value == getattr(edit.person, field)
            else:
                expected_conflicts.add(f"person/{field}")
    for side in (a, b):
        found = {c.path: c for c in side.handoff.conflicts(case_id)}
        assert set(found) == expected_conflicts
        for path in expected_conflicts:
            field = path.split("/")[1]
            values = {s.value for s in found[path].siblings}
            assert values == {getattr(draft.person, field), getattr(edit.person, field)}
    for conflict in b.handoff.conflicts(case_id):
        b.handoff.resolve(conflict.id, "ours")
    _sync(b, a, folder)
    assert a.handoff.conflicts(case_id) == b.handoff.conflicts(case_id) == []
    assert on_a.get(case_id, audit=False).person == on_b.get(case_id, audit=False).person
