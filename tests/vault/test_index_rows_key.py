"""A case's stage rows and file list are read back and rewritten only when their key says
they changed (``cases.write_index``). Whatever the order of saves, and with rows from
before the key (``''``), the tables hold exactly what the last save says."""

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.domain.casefile import Intake
from rrr_desktop.domain.people import Person
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.vault import cases as repo
from tests.conftest import TODAY

STAGE_ROWS = st.tuples(
    st.sampled_from(["intake", "shelter", "returned"]),
    st.sampled_from(["2026-01-02", "2026-03-04"]),
    st.integers(0, 1),
    st.none() | st.integers(0, 40),
    st.sampled_from(["TH-2026-00001", "TH-2026-00002"]),
    st.sampled_from(["", "KH", "LA"]),
    st.sampled_from(["", "p1"]),
    st.sampled_from(["", "2026-05-06"]),
)
SAVES = st.lists(
    st.tuples(
        st.lists(STAGE_ROWS, max_size=3).map(tuple),
        st.frozensets(st.sampled_from(["a" * 64, "b" * 64, "c" * 64]), max_size=2),
        st.booleans(),  # the row as it was before keys (a vault from before)
    ),
    min_size=1,
    max_size=6,
)


def _held(session: Session, case_id: str) -> tuple[list[tuple[object, ...]], set[str]]:
    conn = session.conn()
    rid = conn.execute("SELECT rid FROM case_index WHERE id = ?", (case_id,)).fetchone()[0]
    stages = conn.execute(
        "SELECT to_stage, on_date, imported, days, reference, origin_country, programme, "
        "later_trip FROM case_stage_changes WHERE rid = ? ORDER BY rowid",
        (rid,),
    ).fetchall()
    files = conn.execute("SELECT sha256 FROM case_attachments WHERE case_id = ?", (case_id,))
    return stages, {r[0] for r in files}


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(SAVES)
def test_the_rows_are_what_the_last_save_says(
    session: Session, saves: list[tuple[tuple[repo.StageRow, ...], frozenset[str], bool]]
) -> None:
    service = CaseService(session)
    case = service.create(
        Person(given_name="Dara", family_name="Chan"), Intake(intake_date=TODAY.date())
    )
    entry = repo.index_entry(service.get(case.id, audit=False), TODAY.date())
    for stages, files, from_before in saves:
        if from_before:
            with session.write() as conn:
                conn.execute("UPDATE case_index SET rows_key = '' WHERE id = ?", (case.id,))
        entry = dataclasses.replace(entry, stages=stages, attachments=files)
        with session.write() as conn:
            repo.write_index(conn, entry)
        assert _held(session, case.id) == (list(stages), set(files))
