"""Each case's name as a spelling key (``domain/matching.py``) in the index, so the
duplicate check compares names that are spelt differently without reading every case."""

from typing import Any

from rrr_desktop.domain.matching import spelling_key


def upgrade(conn: Any) -> None:
    conn.execute("ALTER TABLE case_index ADD COLUMN name_key TEXT NOT NULL DEFAULT ''")
    rows = conn.execute("SELECT rid, given_name, family_name FROM case_index").fetchall()
    conn.executemany(
        "UPDATE case_index SET name_key = ? WHERE rid = ?",
        [(spelling_key(f"{given} {family}"), rid) for rid, given, family in rows],
    )
