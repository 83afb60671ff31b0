"""The index rows reports count: coarse facts of each live case, no names, read with SQL.

Only live cases have an index row (a deletion removes it), so the queries read the index
alone: joining the records table to test ``deleted`` made SQLite read every document's
pages (the flag sits after the large columns), thirty times slower at 5,000 cases.

``scope`` limits the rows to one caseworker's cases (their own and those they were added
to); ``None`` reads every case (supervisors and data officers).
"""

import datetime as dt
from typing import Any

from rrr_desktop.vault.db import Connection

FACT_COLUMNS = (
    "sex",
    "age_group",
    "sector",
    "origin_country",
    "nationality",
    "stage",
    "programme",
    "caseworker",
    "intake_date",
)


def _where(
    scope: str | None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    programme: str = "",
) -> tuple[str, list[Any]]:
    sql, params = "", []
    if scope is not None:
        sql += " AND (c.caseworker = ? OR instr(c.assigned, ?) > 0)"
        params += [scope, f",{scope},"]
    if start:
        sql += " AND c.intake_date >= ?"
        params.append(start.isoformat())
    if end:
        sql += " AND c.intake_date <= ?"
        params.append(end.isoformat())
    if programme:
        sql += " AND c.programme = ?"
        params.append(programme)
    return sql, params


def fact_rows(
    conn: Connection,
    scope: str | None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    programme: str = "",
) -> list[tuple[str, ...]]:
    """One tuple of ``FACT_COLUMNS`` per live case taken in during the period."""
    where, params = _where(scope, start, end, programme)
    columns = ", ".join(f"c.{name}" for name in FACT_COLUMNS)
    sql = f"SELECT {columns} FROM case_index c WHERE 1 = 1{where}"
    return [tuple(row) for row in conn.execute(sql, params).fetchall()]


def programmes(conn: Connection) -> list[str]:
    rows = conn.execute(
        "SELECT DISTINCT programme FROM case_index WHERE programme != '' ORDER BY 1"
    ).fetchall()
    return [str(r[0]) for r in rows]


def list_rows(conn: Connection, scope: str | None, programme: str = "") -> list[tuple[Any, ...]]:
    """(reference, caseworker, stage, next action, next due, origin, programme, compressed
    document) of every live case: the operational lists read the stage history from it."""
    where, params = _where(scope, programme=programme)
    sql = (
        "SELECT c.reference, c.caseworker, c.stage, c.next_action, c.next_due, "
        "c.origin_country, c.programme, r.data FROM case_index c "
        f"JOIN records r ON r.id = c.id WHERE 1 = 1{where}"
    )
    return [tuple(row) for row in conn.execute(sql, params).fetchall()]


def counts(
    conn: Connection,
    fields: tuple[str, ...],
    scope: str | None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    programme: str = "",
) -> dict[tuple[str, str], int]:
    """Cases per (value of the first field, value of the second or ""), counted by SQL:
    milliseconds at 100,000 cases instead of reading every row into Python."""
    if not 1 <= len(fields) <= 2 or any(f not in FACT_COLUMNS for f in fields):
        raise ValueError("count by one or two of the fact columns")
    where, params = _where(scope, start, end, programme)
    second = f"c.{fields[1]}" if len(fields) == 2 else "''"
    sql = (
        f"SELECT c.{fields[0]}, {second}, count(*) FROM case_index c "
        f"WHERE 1 = 1{where} GROUP BY 1, 2"
    )
    out: dict[tuple[str, str], int] = {}
    for first, other, n in conn.execute(sql, params):
        key = (str(first), str(other) if len(fields) == 2 else "")  # as the facts spell it
        out[key] = out.get(key, 0) + int(n)
    return out


def count_cases(
    conn: Connection,
    scope: str | None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    programme: str = "",
) -> int:
    where, params = _where(scope, start, end, programme)
    sql = f"SELECT count(*) FROM case_index c WHERE 1 = 1{where}"
    return int(conn.execute(sql, params).fetchone()[0])


def stay_lengths(
    conn: Connection, scope: str | None, programme: str = ""
) -> dict[str, dict[int, int]]:
    """Per stage, how many completed stays lasted how many days: each stage change up to
    the next one of the same case; a stay begun by an import (start unknown) is left out."""
    where, params = _where(scope, programme=programme)
    if scope is None and not programme:  # everyone: the index on (stage, imported, days)
        sql = (
            "SELECT to_stage, days, count(*) FROM case_stage_changes "
            "WHERE imported = 0 AND days IS NOT NULL GROUP BY 1, 2"
        )
    else:
        sql = (
            "SELECT s.to_stage, s.days, count(*) FROM case_stage_changes s "
            "JOIN case_index c ON c.rid = s.rid "
            f"WHERE s.imported = 0 AND s.days IS NOT NULL{where} GROUP BY 1, 2"
        )
    out: dict[str, dict[int, int]] = {}
    for stage, days, n in conn.execute(sql, params):
        out.setdefault(str(stage), {})[int(days)] = int(n)
    return out


def returns(
    conn: Connection,
    scope: str | None,
    start: dt.date,
    end: dt.date,
    programme: str = "",
    travel: str = "travel",
) -> list[tuple[str, str, str, str]]:
    """(reference, latest day it moved to travel within the period, origin, programme) of
    each case that set off home then, by day and reference; a stage set by an import is
    not a return."""
    # The last trip of a case in the period is the one whose next trip (if any) is after it
    # (columns of the stage changes alone: no case column bears these names).
    last = "imported = 0 AND on_date BETWEEN ? AND ? AND (later_trip = '' OR later_trip > ?)"
    period = [travel, start.isoformat(), end.isoformat(), end.isoformat()]
    if scope is None:  # everyone: read from the trips index in the order of the list
        sql = (
            "SELECT reference, on_date, origin_country, programme"
            " FROM case_stage_changes INDEXED BY case_stage_changes_trips"
            f" WHERE to_stage = ? AND {last}"
            f"{' AND programme = ?' if programme else ''} ORDER BY on_date, reference"
        )
        return conn.execute(sql, [*period, *([programme] if programme else [])]).fetchall()
    where, params = _where(scope, programme=programme)
    sql = (
        "SELECT c.reference, s.on_date, c.origin_country, c.programme"
        " FROM case_stage_changes s JOIN case_index c ON c.rid = s.rid"
        f" WHERE s.to_stage = ? AND {last}"
        f"{where} ORDER BY 2, 1"
    )
    return conn.execute(sql, [*period, *params]).fetchall()


def caseload_counts(
    conn: Connection, scope: str | None, today: dt.date, closed: str = "closed"
) -> list[tuple[str, str, int, int]]:
    """(caseworker, stage, open cases, of which overdue) of every case not closed."""
    where, params = _where(scope)
    sql = (
        "SELECT c.caseworker, c.stage, count(*),"
        " sum(c.next_due IS NOT NULL AND c.next_due < ?)"
        f" FROM case_index c WHERE c.stage != ?{where} GROUP BY 1, 2"
    )
    rows = conn.execute(sql, [today.isoformat(), closed, *params])
    return [(str(w), str(s), int(n), int(late or 0)) for w, s, n, late in rows]


def due_rows(conn: Connection, scope: str | None, until: dt.date) -> list[tuple[Any, ...]]:
    """(reference, caseworker, stage, next action, next due, origin, programme) of the
    cases whose next action is due on or before ``until``, the earliest first."""
    where, params = _where(scope)
    sql = (
        "SELECT c.reference, c.caseworker, c.stage, c.next_action, c.next_due,"
        " c.origin_country, c.programme FROM case_index c"
        f" WHERE c.next_due IS NOT NULL AND c.next_due <= ?{where}"
        " ORDER BY c.next_due, c.reference"
    )
    return [tuple(row) for row in conn.execute(sql, [until.isoformat(), *params])]
