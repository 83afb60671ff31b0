"""Each case's age group at intake in the index, so reports count it with SQL instead of
reading every case document (``domain/import_rules.intake_age_group``)."""

import datetime as dt
import json
from typing import Any

from rrr_desktop.domain.import_rules import intake_age_group


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def upgrade(conn: Any) -> None:
    from rrr_desktop.vault.records import decode_doc  # here: records imports db, db imports us

    conn.execute("ALTER TABLE case_index ADD COLUMN age_group TEXT NOT NULL DEFAULT ''")
    rows = conn.execute(
        "SELECT c.rid, c.intake_date, r.data FROM case_index c JOIN records r ON r.id = c.id"
    ).fetchall()
    updates = []
    for rid, intake, data in rows:
        person = json.loads(decode_doc(data)).get("person", {})
        group = intake_age_group(
            _date(person.get("date_of_birth")),
            person.get("estimated_age"),
            _date(person.get("estimated_on")),
            dt.date.fromisoformat(intake),
        )
        updates.append((group, rid))
    conn.executemany("UPDATE case_index SET age_group = ? WHERE rid = ?", updates)
