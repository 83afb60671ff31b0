"""The installed app's ``--self-test``, run from source as the packaged build runs it."""

import os
import subprocess
import sys


def test_the_self_test_passes_and_names_every_step() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "rrr_desktop", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=200,  # under the 300 s limit per test, so this test says why
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "ok   vault",
        "ok   write and read",
        "ok   print in Khmer",
        "ok   bundle",
    ]
    assert lines[-1] == "self-test passed"
    assert "Sokha" not in done.stdout + done.stderr  # not even the made-up name is said
