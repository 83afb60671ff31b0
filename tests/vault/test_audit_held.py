"""Entries held for one write (``audit.held``) make exactly the chain of entries appended
one by one: the same rows, the same head, a chain that verifies; a held block that raises
writes none of them."""

from typing import Any

import pytest
import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from rrr_desktop.vault import audit, db

_entry = st.tuples(
    st.sampled_from(["handoff.changed", "handoff.new", "case.view", "handoff.import"]),
    st.text(max_size=12),
    st.text(max_size=30),
)
# Runs of entries: appended alone (0), in a held block (1), in a block held twice (2).
_runs = st.lists(st.tuples(st.integers(0, 2), st.lists(_entry, max_size=6)), max_size=8)


def _vault() -> Any:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    db.migrate(conn)
    return conn


def _chain(conn: Any) -> tuple[list[tuple[Any, ...]], tuple[int, str]]:
    rows = conn.execute("SELECT * FROM audit ORDER BY seq").fetchall()
    return rows, audit.stored_head(conn)


def _append(conn: Any, entries: list[tuple[str, str, str]], first: int = 0) -> None:
    for n, (action, target, detail) in enumerate(entries, first):
        audit.append(conn, f"2026-12-03T10:00:{n:02d}", "alice", action, target, detail)


@settings(max_examples=60, deadline=None)
@given(_runs)
def test_held_entries_make_the_chain_of_entries_appended_alone(
    runs: list[tuple[int, list[tuple[str, str, str]]]],
) -> None:
    alone, held = _vault(), _vault()
    for depth, entries in runs:
        _append(alone, entries)
        with db.transaction(held):
            if depth == 0:
                _append(held, entries)
            elif depth == 1:
                with audit.held(held):
                    _append(held, entries)
            else:
                with audit.held(held), audit.held(held):
                    _append(held, entries[:2])
                    with audit.held(held):
                        _append(held, entries[2:], 2)
    assert _chain(held) == _chain(alone)
    report = audit.verify(held)
    assert report.ok, report.problems
    assert report.entries == sum(len(e) for _, e in runs)


def test_a_held_block_that_raises_writes_nothing_and_the_chain_goes_on() -> None:
    conn = _vault()
    _append(conn, [("case.view", "a", "")])
    before = _chain(conn)

    def half_way() -> None:
        with audit.held(conn):
            _append(conn, [("handoff.changed", "b", ""), ("handoff.changed", "c", "")])
            raise RuntimeError("the import failed half way")

    with pytest.raises(RuntimeError):
        half_way()
    assert _chain(conn) == before
    _append(conn, [("case.view", "d", "")])
    report = audit.verify(conn)
    assert report.ok, report.problems
    assert report.entries == 2


def test_a_held_block_refuses_a_cut_chain_before_it_writes() -> None:
    conn = _vault()
    _append(conn, [("case.view", "a", ""), ("case.view", "b", "")])
    conn.execute(
        "UPDATE meta SET value = '1:' || (SELECT hash FROM audit WHERE seq = 1)"
        " WHERE key = 'audit_head'"
    )
    with pytest.raises(audit.AuditTampered), audit.held(conn):
        pass  # refused on entering: nothing held can follow a cut chain
