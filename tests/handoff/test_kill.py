"""Kill the import process (SIGKILL) at random points: the vault is untouched or fully applied."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rrr_desktop.services import vault_service
from tests.conftest import PASSPHRASE
from tests.handoff.conftest import Side, fingerprint_of

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _state(directory: Path) -> tuple[int, int]:
    session = vault_service.open_session(directory, "alice", PASSPHRASE)
    try:
        conn = session.conn()
        cases = conn.execute("SELECT count(*) FROM case_index").fetchone()[0]
        applied = conn.execute("SELECT count(*) FROM handoff_applied").fetchone()[0]
        records = conn.execute("SELECT count(*) FROM records WHERE kind = 'case'").fetchone()[0]
        assert cases == records  # the index never disagrees with the documents
        return int(cases), int(applied)
    finally:
        session.close()


def _wal_size(wal: Path) -> int:
    """The WAL comes and goes as the process checkpoints and closes: read its size once."""
    try:
        return wal.stat().st_size
    except FileNotFoundError:
        return 0


def _kill_when(cmd: list[str], wal: Path, rng: random.Random, by_wal: bool) -> int | None:
    env = os.environ | {"RRR_INSECURE_FAST_KDF_FOR_TESTS": "1"}
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    assert proc.stdin is not None
    proc.stdin.write(PASSPHRASE.encode() + b"\n")
    proc.stdin.close()
    deadline = time.monotonic() + (60 if by_wal else rng.uniform(0.2, 3.0))
    start_size = _wal_size(wal)
    threshold = start_size + rng.randint(200_000, 1_500_000)
    while time.monotonic() < deadline and proc.poll() is None:
        if by_wal and _wal_size(wal) > threshold:
            break
        time.sleep(0.005)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    return proc.wait()


def test_import_killed_at_random_points_is_all_or_nothing(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_devices
    bundle = tmp_path / "sync.rrrbundle"
    a.handoff.export_bundle("sync", bundle, fingerprint_of(b))
    b_dir = b.session.directory
    b.session.close()
    pristine = tmp_path / "pristine"
    shutil.copytree(b_dir, pristine)
    rng = random.Random(6)
    outcomes = []
    for attempt in range(4):
        target = tmp_path / f"try-{attempt}"
        shutil.copytree(pristine, target)
        cmd = [
            sys.executable,
            "-m",
            "rrr_desktop.cli",
            "--vault",
            str(target),
            "--user",
            "alice",
            "--passphrase-stdin",
            "bundle",
            "import",
            str(bundle),
        ]
        code = _kill_when(cmd, target / "vault.db-wal", rng, by_wal=attempt % 2 == 1)
        cases, applied = _state(target)
        assert (cases, applied) in {(0, 0), (300, 1)}, (attempt, code, cases, applied)
        outcomes.append((code, cases))
    assert any(code == -signal.SIGKILL for code, _ in outcomes)  # some runs really were killed
