"""The process cannot dump core: a crash writes no names and no key to a file."""

import signal
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import sys
from rrr_desktop import hardening
assert hardening.no_core_dumps()
print(hardening.dumpable(), flush=True)
secret = "Zqcanary-core-" + "x" * 10
import os, signal
os.kill(os.getpid(), signal.SIGSEGV)  # a crash, with the canary in memory
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_a_crash_leaves_no_core_file(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == -signal.SIGSEGV
    assert proc.stdout.strip() == "False"  # not dumpable after the call
    cores = [p for p in tmp_path.iterdir() if p.name.startswith("core")]
    assert cores == []
    for found in tmp_path.rglob("*"):
        if found.is_file():
            assert b"Zqcanary-core" not in found.read_bytes()


WORKERS = """
import os, sys, time
from rrr_desktop import hardening
from rrr_desktop.handoff import parallel

if __name__ == "__main__":
    hardening.no_core_dumps()
    with parallel.pool(1) as pool:
        print(pool.submit(os.getpid).result(), pool.submit(hardening.dumpable).result(), flush=True)
        time.sleep(600)  # killed outright meanwhile, as by a crash or the task manager
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_import_workers_never_dump_core_and_end_with_the_importing_process(
    tmp_path: Path,
) -> None:
    """They hold decrypted records: no core file, and never left running on their own."""
    import os
    import time

    script = tmp_path / "importer.py"
    script.write_text(WORKERS)
    proc = subprocess.Popen(
        [sys.executable, str(script)], cwd=tmp_path, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        worker_pid, worker_dumpable = proc.stdout.readline().split()
        assert worker_dumpable == "False"
        os.kill(int(worker_pid), 0)  # the worker runs
    finally:
        proc.kill()
        proc.wait(timeout=60)
    for _ in range(300):  # it ends on its own (waited for, never timed)
        try:
            os.kill(int(worker_pid), 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        os.kill(int(worker_pid), signal.SIGKILL)
        pytest.fail("the import worker outlived the process that started it")
