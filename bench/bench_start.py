"""Start-up: from launching the app to its first window on screen (off-screen Qt), from
source and, when `packaging/linux/build.sh` has made it, the built folder. The first run
is the cold one (files not yet in the page cache for the built app); then the median."""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUILT = ROOT / "dist" / "rrr-desktop" / "rrr-desktop"


def _times(command: list[str], runs: int) -> list[float]:
    out = []
    with tempfile.TemporaryDirectory(prefix="rrr-bench-start-") as home:
        env = {
            **os.environ,
            "HOME": home,
            "XDG_DATA_HOME": f"{home}/d",
            "XDG_CONFIG_HOME": f"{home}/c",
            "QT_QPA_PLATFORM": "offscreen",
        }
        env.pop("RRR_VAULT", None)
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
            out.append(time.perf_counter() - start)
    return out


def run(quick: bool) -> dict[str, Any]:
    runs = 3 if quick else 7
    figures: dict[str, Any] = {}
    source = _times([sys.executable, "-m", "rrr_desktop", "--exit-when-shown"], runs)
    figures["source_first_s"] = round(source[0], 2)
    figures["source_median_s"] = round(statistics.median(source), 2)
    if BUILT.exists():
        built = _times([str(BUILT), "--exit-when-shown"], runs)
        figures["built_first_s"] = round(built[0], 2)
        figures["built_median_s"] = round(statistics.median(built), 2)
        size = sum(p.stat().st_size for p in BUILT.parent.rglob("*") if p.is_file())
        figures["built_folder_mb"] = round(size / 1e6, 1)
    return figures
