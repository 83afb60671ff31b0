"""Running the ``rrr`` command as a script would, for end-to-end tests."""

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE


def rrr(
    vault: Path, *args: str, stdin: str = PASSPHRASE + "\n"
) -> subprocess.CompletedProcess[str]:
    """``rrr --vault VAULT --passphrase-stdin ARGS`` in a new process (fast test KDF; no
    passphrase from the environment): what it printed and its exit code."""
    env = {**os.environ, "RRR_INSECURE_FAST_KDF_FOR_TESTS": "1", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RRR_PASSPHRASE", None)
    return subprocess.run(
        [sys.executable, "-m", "rrr_desktop.cli", "--vault", str(vault), "--passphrase-stdin"]
        + list(args),
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
