"""Each case's dated stage changes in a table of their own, so the lists of stays per
stage and of returns are counted with SQL instead of reading every case document."""

import datetime as dt
import json
from typing import Any

from rrr_desktop.domain.import_rules import IMPORT_NOTE


def upgrade(conn: Any) -> None:
    from rrr_desktop.vault.records import decode_doc  # here: records imports db, db imports us

    conn.execute(
        "CREATE TABLE case_stage_changes ("
        " rid INTEGER NOT NULL,"
        " to_stage TEXT NOT NULL, on_date TEXT NOT NULL, imported INTEGER NOT NULL)"
    )
    conn.execute("CREATE INDEX case_stage_changes_rid ON case_stage_changes(rid, on_date)")
    conn.execute("CREATE INDEX case_stage_changes_stage ON case_stage_changes(to_stage, on_date)")
    rows = conn.execute(
        "SELECT c.rid, r.data FROM case_index c JOIN records r ON r.id = c.id"
    ).fetchall()
    changes = []
    for rid, data in rows:
        for change in json.loads(decode_doc(data)).get("stage_history", []):
            if change.get("at") and change.get("to_stage"):
                on = dt.datetime.fromisoformat(change["at"]).date().isoformat()
                imported = int(change.get("note", "") == IMPORT_NOTE)
                changes.append((rid, change["to_stage"], on, imported))
    conn.executemany(
        "INSERT INTO case_stage_changes(rid, to_stage, on_date, imported) VALUES (?,?,?,?)",
        changes,
    )
