"""Whether a case waits for a supervisor's decision on a risk finding, in the index, so
Today finds those cases with one query instead of reading every case in preparation."""

from typing import Any

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.next_action import APPROVAL_STAGES, needs_risk_approval


def upgrade(conn: Any) -> None:
    from rrr_desktop.vault.records import decode_doc  # not at import: records needs db

    conn.execute("ALTER TABLE case_index ADD COLUMN approval INTEGER NOT NULL DEFAULT 0")
    marks = ",".join("?" for _ in APPROVAL_STAGES)
    rows = conn.execute(
        "SELECT c.rid, r.data FROM case_index c JOIN records r ON r.id = c.id "
        f"WHERE c.stage IN ({marks}) AND r.deleted = 0",
        [s.value for s in APPROVAL_STAGES],
    ).fetchall()
    for rid, data in rows:
        case = CaseFile.model_validate_json(decode_doc(data))
        if needs_risk_approval(case):
            conn.execute("UPDATE case_index SET approval = 1 WHERE rid = ?", (rid,))
    conn.execute("CREATE INDEX IF NOT EXISTS case_index_approval ON case_index(approval)")
    conn.execute(  # Today counts and lists each kind of work from the index alone
        "CREATE INDEX IF NOT EXISTS case_index_work ON case_index(next_action, next_due)"
    )
