"""A file named on the command line that is not a regular file (a device, a named pipe) is
refused in one sentence: once, ``rrr peer add /dev/zero`` read until memory ran out (its
size is 0, so the size check passed) and a named pipe nobody writes to waited forever."""

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_cli_case_commands import _vault
from tests.e2e.test_cli_foundation import PASS

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="devices and named pipes")


def _capped_rrr(vault: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``rrr`` with its memory capped (a runaway read fails fast, not the machine) and a
    time limit (a wait on a pipe fails the test instead of hanging it)."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    env = {**os.environ, "RRR_INSECURE_FAST_KDF_FOR_TESTS": "1", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RRR_PASSPHRASE", None)
    command = [sys.executable, "-m", "rrr_desktop.cli", "--vault", str(vault)]
    try:
        return subprocess.run(
            [*command, "--passphrase-stdin", *args],
            input=PASS + "\n",
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
            preexec_fn=cap,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"rrr {' '.join(args)} still waiting after 60 s")


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _vault(tmp_path_factory.mktemp("devices"))


@pytest.mark.parametrize(
    "args",
    [
        ("peer", "add", "{device}"),
        ("bundle", "verify", "{device}"),
        ("bundle", "import", "{device}"),
        ("audit", "verify", "--against", "{device}"),
        ("directory", "import", "{device}"),
        ("case", "new", "--given", "@{device}", "--nationality", "KH"),
    ],
    ids=lambda args: " ".join(args[:2]),
)
@pytest.mark.parametrize("kind", ["/dev/zero", "named pipe"])
def test_a_device_or_a_named_pipe_is_not_a_file(
    vault: Path, tmp_path: Path, args: tuple[str, ...], kind: str
) -> None:
    device = kind
    if kind == "named pipe":
        device = str(tmp_path / "pipe")
        os.mkfifo(device)
    done = _capped_rrr(vault, *(arg.format(device=device) for arg in args))
    assert done.returncode == 1
    assert done.stderr.strip() == f"rrr: {device} is not a file; choose a file."


def test_an_at_file_too_large_is_one_sentence(vault: Path, tmp_path: Path) -> None:
    words = tmp_path / "words.txt"
    with open(words, "wb") as handle:
        handle.truncate(1 << 20)
    done = _capped_rrr(vault, "case", "new", "--given", f"@{words}", "--nationality", "KH")
    assert done.returncode == 1
    assert done.stderr.strip() == f"rrr: {words} is too large for a file of this kind."
    missing = _capped_rrr(vault, "case", "new", "--given", f"@{tmp_path / 'none'}")
    assert (missing.returncode, missing.stderr.strip()) == (
        1,
        f"rrr: There is no file {tmp_path / 'none'}.",
    )


def test_a_directory_file_too_large_is_refused_unread(vault: Path, tmp_path: Path) -> None:
    table = tmp_path / "directory.csv"
    with open(table, "wb") as handle:
        handle.truncate(64 << 20)
    done = _capped_rrr(vault, "directory", "import", str(table))
    assert done.returncode == 1
    assert done.stderr.strip() == f"rrr: {table} is too large for a file of this kind."
