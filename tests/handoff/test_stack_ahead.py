"""A stack of sticks imported at once (committed in groups, each stick's records sent to
the workers while the stick before is written) leaves exactly the vault and the previews
that importing the same sticks one at a time leaves: whatever the sticks carry again
(edits of cases the stick before brought), whichever are refused or read twice."""

import shutil
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, Phase, given, settings

from rrr_desktop.handoff import parallel
from rrr_desktop.services import handoff as handoff_service
from rrr_desktop.services import vault_service
from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.vault import db
from tests.conftest import PASSPHRASE, plan_with_workers
from tests.handoff.conftest import Side, fingerprint_of
from tests.handoff.test_parallel_import import _edit, _ids, _items, _laptops, contents
from tests.handoff.test_read_once import _stick
from tests.handoff.test_stack_groups import _tampered
from tests.vault.test_indexes_aside import _indexes

step = st.one_of(
    st.tuples(st.just("open"), st.integers(0, 2)),
    st.tuples(st.just("edit"), st.integers(0, 50)),
    st.tuples(st.just("stick"), st.integers(0, 0)),
)


@settings(
    max_examples=12,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    steps=st.lists(step, min_size=3, max_size=10),
    extras=st.lists(st.tuples(st.sampled_from(["again", "tampered"]), st.integers(0, 9))),
    aside=st.booleans(),
)
def test_a_stack_leaves_what_one_stick_at_a_time_leaves(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    steps: list[tuple[str, int]],
    extras: list[tuple[str, int]],
    aside: bool,
) -> None:
    """``aside``: the stack sets the lists' indexes aside meanwhile (a big one would)."""
    plan_with_workers(monkeypatch)
    monkeypatch.setattr(handoff_service, "SET_ASIDE_FROM", 0 if aside else 10**9)
    monkeypatch.setattr(handoff_service, "STICK_BYTES_PER_CASE", 1)
    base = tmp_path_factory.mktemp("stack")
    a, b = _laptops(base, 3, seed=41)
    one_at_a_time: Side | None = None
    try:
        sticks: list[Path] = []
        for n, (what, k) in enumerate(steps):
            if what == "open":
                for m in range(k + 1):
                    _stick_case(a, f"N{n}m{m}")
            elif what == "edit":
                ids = _ids(a)
                _edit(a, ids[k % len(ids)], "person.wishes", f"edit {n}")
            sticks.append(
                _stick(a, b, base / f"stick{n}.rrrbundle", f"S{n}")
                if what == "stick"
                else _export(a, b, base / f"stick{n}.rrrbundle")
            )
        for kind, at in extras:  # a stick read twice, a damaged copy
            source = sticks[at % len(sticks)]
            sticks.insert(at % (len(sticks) + 1), source if kind == "again" else _tampered(source))
        b.session.close()
        shutil.copytree(base / "b", base / "b2")
        b = _reopen(base / "b", b)
        one_at_a_time = _reopen(base / "b2", b)
        seen_aside: list[bool] = []

        def each_stick(_n: int) -> None:  # asked as each stick's import begins
            seen_aside.append(db.indexes_are_aside(b.session.conn()))

        stacked = b.handoff.import_stack(sticks, progress_for=each_stick)
        assert seen_aside == [aside] * len(sticks)
        alone = []
        for path in sticks:
            try:
                alone.append(("applied", _items(one_at_a_time.handoff.import_bundle(path))))
            except Exception as exc:
                alone.append((type(exc).__name__, []))
        assert [
            (r.how, _items(r.preview)) if r.preview else (type(r.error).__name__, [])
            for r in stacked
        ] == alone
        assert contents(b.session) == contents(one_at_a_time.session)
        assert _indexes(b.session) == _indexes(one_at_a_time.session)  # built again
    finally:
        a.session.close()
        b.session.close()
        if one_at_a_time is not None:
            one_at_a_time.session.close()


def _stick_case(side: Side, name: str) -> None:
    from rrr_desktop.domain.casefile import Intake
    from rrr_desktop.domain.people import Person
    from rrr_desktop.services.cases import CaseService
    from tests.conftest import TODAY

    CaseService(side.session).create(Person(given_name=name), Intake(intake_date=TODAY.date()))


def _export(a: Side, b: Side, path: Path) -> Path:
    a.handoff.export_bundle("sync", path, fingerprint_of(b))
    return path


def _reopen(directory: Path, like: Side) -> Side:
    session = vault_service.open_session(directory, "alice", PASSPHRASE)
    return Side(session, HandoffService(session), like.card)


def test_a_stick_carrying_again_what_the_stick_before_wrote_is_planned_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second stick's records were sent to the workers while the first was written,
    with our copies as they were before it: those tasks are sent again, and the vault is
    what one stick at a time leaves."""
    plan_with_workers(monkeypatch)
    sent_ahead: list[int] = []
    stale: list[int] = []
    send, changed = parallel.send_ahead, parallel._changed_since

    def counted_send(*args: Any) -> Any:
        flights = send(*args)
        sent_ahead.append(len(flights or []))
        return flights

    def counted_changed(*args: Any) -> set[str]:
        found = changed(*args)
        stale.append(len(found))
        return found

    monkeypatch.setattr(parallel, "send_ahead", counted_send)
    monkeypatch.setattr(parallel, "_changed_since", counted_changed)
    a, b = _laptops(tmp_path, 0, seed=42)
    one_at_a_time: Side | None = None
    try:
        for n in range(4):
            _stick_case(a, f"First{n}")
        first = _export(a, b, tmp_path / "first-stick.rrrbundle")
        for case_id in _ids(a):
            _edit(a, case_id, "person.wishes", "edited after the first stick")
        second = _export(a, b, tmp_path / "second-stick.rrrbundle")
        b.session.close()
        shutil.copytree(tmp_path / "b", tmp_path / "b2")
        b = _reopen(tmp_path / "b", b)
        one_at_a_time = _reopen(tmp_path / "b2", b)
        stacked = b.handoff.import_stack([first, second])
        alone = [one_at_a_time.handoff.import_bundle(p) for p in (first, second)]
        assert [_items(r.preview) for r in stacked if r.preview] == [_items(p) for p in alone]
        assert contents(b.session) == contents(one_at_a_time.session)
        assert _indexes(b.session) == _indexes(one_at_a_time.session)  # built again
        assert sent_ahead  # the second stick went to the workers early
        assert sent_ahead[0] > 0
        assert max(stale) > 0  # and its tasks were found out of date
    finally:
        a.session.close()
        b.session.close()
        if one_at_a_time is not None:
            one_at_a_time.session.close()
