"""The longest stall of the UI thread while heavy work runs in a worker, measured with a
QTimer heartbeat every 5 ms on the UI thread (the gap between two beats, minus 5 ms, is
how long the window could not repaint or take a key). The work runs through the same
task helper the window uses: a sync import and export of N cases, the donor report set
and Today. Pure-Python work in a worker still takes the interpreter lock in turns, so the
figure is not zero; the window stays responsive when it stays well under ~100 ms."""

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import two_laptops
from rrr_desktop.reports.fields import DONOR_SET
from rrr_desktop.reports.report import ReportFilter
from rrr_desktop.services.reports import ReportService

BEAT_MS = 5


def _longest_stall_ms(work: Callable[[], Any]) -> tuple[float, float]:
    """(longest gap between heartbeats beyond the beat itself, seconds the work took)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from rrr_desktop.ui import tasks

    beats: list[float] = []
    timer = QTimer()
    timer.setInterval(BEAT_MS)
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    loop = QEventLoop()
    errors: list[BaseException] = []
    start = time.perf_counter()
    timer.start()
    tasks.run_task(
        lambda _p: work(), lambda _r: loop.quit(), lambda e: (errors.append(e), loop.quit())
    )
    loop.exec()
    timer.stop()
    took = time.perf_counter() - start
    if errors:
        raise errors[0]
    gaps = [b - a for a, b in zip(beats, beats[1:], strict=False)]
    longest = max(gaps, default=took)
    return round(max(0.0, longest * 1000 - BEAT_MS), 1), round(took, 2)


def run(quick: bool) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    count = 500 if quick else 5_000
    out: dict[str, Any] = {"cases": count, "beat_ms": BEAT_MS}
    with tempfile.TemporaryDirectory(prefix="rrr-bench-stall-") as tmp:
        base = Path(tmp)
        with two_laptops(base, count, seed=5) as laptops:
            ha, hb, b, to_b = laptops.ha, laptops.hb, laptops.b, laptops.to_b
            bundle = base / "sync.rrrbundle"
            stall, took = _longest_stall_ms(lambda: ha.export_bundle("sync", bundle, to_b))
            out |= {"export_stall_ms": stall, "export_s": took}
            stall, took = _longest_stall_ms(lambda: hb.import_bundle(bundle))
            out |= {"import_stall_ms": stall, "import_s": took}
            reports = ReportService(b)
            stall, took = _longest_stall_ms(
                lambda: reports.build([(f,) for f in DONOR_SET], ReportFilter(), 5)
            )
            out |= {"report_stall_ms": stall, "report_s": took}
            from rrr_desktop.services.today import today_list

            stall, took = _longest_stall_ms(lambda: today_list(b))
            out |= {"today_stall_ms": stall, "today_s": took}
    del app
    return out
