"""A full disk or a killed process leaves the vault in its last good state."""

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rrr_desktop.domain.casefile import Intake
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.errors import DiskFull
from rrr_desktop.services import vault_service
from rrr_desktop.services.audit_service import verify_audit
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from tests.conftest import PASSPHRASE


def test_full_disk_is_a_clear_error_and_saves_nothing(demo_session: Session) -> None:
    service = CaseService(demo_session)
    before = service.count(CaseQuery())
    conn = demo_session.conn()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the database cannot grow: "disk full"
    # Incompressible text, so the new case cannot fit in the free space of existing pages.
    big = Person(given_name="Full", family_name="Disk", wishes=os.urandom(45_000).hex())
    with pytest.raises(DiskFull, match="disk is full"):
        service.create(big, Intake(intake_date=dt.date(2026, 11, 1)))
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert service.count(CaseQuery()) == before
    assert service.count(CaseQuery(text="Disk")) == 0
    records = conn.execute("SELECT count(*) FROM records WHERE kind = 'case'").fetchone()[0]
    assert records == before
    assert verify_audit(demo_session).ok
    service.create(big, Intake(intake_date=dt.date(2026, 11, 1)))  # space again: it works
    assert service.count(CaseQuery(text="Disk")) == 1


SCRIPT = """
import sys
from rrr_desktop.services import vault_service
from rrr_desktop.services.demo import fill_demo
import rrr_desktop.services.demo as demo
demo.BATCH = 50
s = vault_service.open_session(sys.argv[1], "alice", sys.argv[2])
def progress(done, total):
    print(done, flush=True)
    return True
fill_demo(s, 100000, seed=3, progress=progress)
"""


def test_killed_process_leaves_whole_batches_only(session: Session, vault_dir: Path) -> None:
    session.close()
    env = {**os.environ, "RRR_INSECURE_FAST_KDF_FOR_TESTS": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(vault_dir), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # at least one batch committed
    time.sleep(0.05)  # then kill it somewhere inside a later batch
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    reopened = vault_service.open_session(vault_dir, "alice", PASSPHRASE)
    try:
        count = CaseService(reopened).count(CaseQuery())
        assert count > 0
        assert count % 50 == 0, count
        records = reopened.conn().execute("SELECT count(*) FROM records WHERE kind='case'")
        assert records.fetchone()[0] == count
        assert verify_audit(reopened).ok
    finally:
        reopened.close()
