"""Each case's dated stage changes in a table of their own, with the length of the stay
each began, so the lists of stays per stage and of returns are counted with SQL instead of
reading every case document."""

import json
from typing import Any

from rrr_desktop.domain.casefile import StageChange


def upgrade(conn: Any) -> None:
    from rrr_desktop.vault.cases import stage_rows  # here: cases imports db, db imports us
    from rrr_desktop.vault.records import decode_doc

    conn.execute(
        "CREATE TABLE case_stage_changes ("
        " rid INTEGER NOT NULL, to_stage TEXT NOT NULL, on_date TEXT NOT NULL,"
        " imported INTEGER NOT NULL, days INTEGER)"
    )
    conn.execute("CREATE INDEX case_stage_changes_rid ON case_stage_changes(rid, on_date)")
    conn.execute("CREATE INDEX case_stage_changes_stage ON case_stage_changes(to_stage, on_date)")
    conn.execute(
        "CREATE INDEX case_stage_changes_stays ON case_stage_changes(to_stage, imported, days)"
    )
    rows = conn.execute(
        "SELECT c.rid, r.data FROM case_index c JOIN records r ON r.id = c.id"
    ).fetchall()
    changes = []
    for rid, data in rows:
        history = [
            StageChange.model_validate(c)
            for c in json.loads(decode_doc(data)).get("stage_history", [])
        ]
        changes += [(rid, *row) for row in stage_rows(history)]
    conn.executemany(
        "INSERT INTO case_stage_changes(rid, to_stage, on_date, imported, days) VALUES (?,?,?,?,?)",
        changes,
    )
