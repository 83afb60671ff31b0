"""Writes committed in groups (a headquarters' stack of sticks): each write lands whole or
not at all, another connection sees exactly what was committed, and what the group said
was committed is there after the group ends, whatever failed in between."""

import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
import pytest
from hypothesis import settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from rrr_desktop.errors import DiskFull
from rrr_desktop.vault import db

KEY = bytes(range(32))


def _open(path: Path) -> db.Connection:
    conn = db.open_connection(path, KEY)
    conn.execute("CREATE TABLE IF NOT EXISTS t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)")
    return conn


def _rows(conn: db.Connection) -> dict[int, str]:
    return dict(conn.execute("SELECT k, v FROM t").fetchall())


class Refused(Exception):
    pass


class Group(RuleBasedStateMachine):
    """Random writes (some fail half-way), commit points and whole-group losses (SQLite
    undoes the whole transaction on a full disk or an I/O error)."""

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="rrr-group-"))
        self.conn = _open(self.dir / "v.db")
        self.reader = _open(self.dir / "v.db")
        self.seconds = 3600.0
        self.block = db.write_group(self.conn, self.seconds)
        self.group = self.block.__enter__()
        self.committed: dict[int, str] = {}
        self.pending: dict[int, str] = {}

    def teardown(self) -> None:
        try:
            self.block.__exit__(None, None, None)
            assert _rows(self.reader) == {**self.committed, **self.pending}
        finally:
            self.conn.close()
            self.reader.close()
            for p in self.dir.iterdir():
                os.unlink(p)
            self.dir.rmdir()

    @rule(k=st.integers(0, 20), v=st.text("abc", min_size=1, max_size=3), fails=st.booleans())
    def write(self, k: int, v: str, fails: bool) -> None:
        try:
            with db.transaction(self.conn) as conn:
                conn.execute("INSERT OR REPLACE INTO t VALUES (?, ?)", (k, v))
                conn.execute("INSERT OR REPLACE INTO t VALUES (?, ?)", (k + 100, v))
                if fails:
                    raise Refused()
        except Refused:
            assert not self.group.take_lost()  # one write undone, the group goes on
            return
        self.pending[k] = self.pending[k + 100] = v

    @rule()
    def sqlite_undoes_the_group(self) -> None:
        """As SQLite does on SQLITE_FULL inside a statement: the whole transaction."""
        with pytest.raises(Refused):
            self._undone_by_sqlite()
        assert self.group.take_lost()
        self.pending.clear()

    def _undone_by_sqlite(self) -> None:
        with db.transaction(self.conn) as conn:
            conn.execute("INSERT OR REPLACE INTO t VALUES (?, ?)", (999, "x"))
            conn.execute("ROLLBACK")
            raise Refused()

    @rule(due=st.booleans())
    def commit_point(self, due: bool) -> None:
        self.group.seconds = 0.0 if due else 3600.0
        if self.group.commit_due():
            self.committed.update(self.pending)
            self.pending.clear()
        else:
            assert not due  # an open group, younger than its time
            assert self.conn.in_transaction

    @invariant()
    def others_see_exactly_what_was_committed(self) -> None:
        assert _rows(self.reader) == self.committed


Group.TestCase.settings = settings(max_examples=60, stateful_step_count=25, deadline=None)
TestGroup = Group.TestCase


def test_a_commit_that_fails_loses_the_group_and_says_disk_full(tmp_path: Path) -> None:
    """The commit itself fails (here: the file became read-only under the connection, as
    a pulled stick or a full disk makes it): the group is lost, nothing half-written."""
    conn, reader = _open(tmp_path / "v.db"), _open(tmp_path / "v.db")
    try:
        with db.write_group(conn, 3600.0) as group:
            with db.transaction(conn):
                conn.execute("INSERT INTO t VALUES (1, 'kept')")
            group.commit()
            with db.transaction(conn):
                conn.execute("INSERT INTO t VALUES (2, 'lost')")
            # another connection holds a read lock that a checkpoint cannot pass; the
            # commit fails only when SQLite is told the disk is full: simulate its error
            real_commit = conn.execute

            def failing(sql: str, *args: Any) -> Any:
                if sql == "COMMIT":
                    raise sqlite3.OperationalError("database or disk is full")
                return real_commit(sql, *args)

            group.conn = _Proxy(conn, failing)  # type: ignore[assignment]
            with pytest.raises(DiskFull):
                group.commit()
            assert group.take_lost()
            assert not conn.in_transaction
            group.conn = conn
        assert _rows(reader) == {1: "kept"}
    finally:
        conn.close()
        reader.close()


class _Proxy:
    """A connection whose ``execute`` is replaced (sqlite3's own cannot be patched)."""

    def __init__(self, conn: db.Connection, execute: object) -> None:
        self._conn = conn
        self.execute = execute

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction
