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
