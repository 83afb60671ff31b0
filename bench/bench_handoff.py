"""Sync figures (issue 12): N demo cases between two laptops of one organisation.

- export: a sync bundle of every case; import all new;
- fast-forward: A edits a field of every case, B imports (B changed nothing);
- concurrent edits of different fields: A and B each edit another field of every case,
  B imports A's bundle (the goal: 0 conflicts);
- resolving one conflict with 10,000 open and with 10 open (the same cost);
- refusing a hostile archive of 100,001 empty members (linear checks).
Goals: import <= 5 s new, <= 5 s fast-forward, <= 8 s concurrent; export <= 2 s.
"""

import contextlib
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import CLOCK, two_laptops
from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.errors import BundleRejected
from rrr_desktop.handoff import container, parallel
from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.services.session import Session
from rrr_desktop.vault import cases as repo


def _edit_all(s: Session, change: Callable[[CaseFile], None]) -> None:
    """Setup, not measured: one field of every case, as if typed on that laptop."""
    conn = s.conn()
    ids = [r[0] for r in conn.execute("SELECT id FROM case_index")]
    with s.write() as w:
        for case_id in ids:
            case = repo.load_case(w, case_id)
            change(case)
            repo.save_case(w, case, s.next_version(), s.device_id, CLOCK.today())


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    out = fn()
    return round(time.perf_counter() - start, 2), out


def _member_bomb() -> float:
    import struct

    frames = [container.MAGIC]
    for n in range(container.MAX_MEMBERS + 1):
        name = f"attachments/m{n}".encode()
        frames.append(struct.pack(">H", len(name)) + name + struct.pack(">I", 0))
    plain = b"".join(frames)
    start = time.perf_counter()
    with contextlib.suppress(BundleRejected):
        container.MemberParser(lambda _n: None).write(plain)
    return round(time.perf_counter() - start, 3)


def run(quick: bool) -> dict[str, Any]:
    count = 500 if quick else 10_000
    with tempfile.TemporaryDirectory(prefix="rrr-bench-handoff-") as tmp:
        base = Path(tmp)
        with two_laptops(base, count, seed=11) as laptops:
            a, b, ha, hb = laptops.a, laptops.b, laptops.ha, laptops.hb
            to_a, to_b = laptops.to_a, laptops.to_b

            bundle = base / "sync.rrrbundle"
            export_s, result = _timed(lambda: ha.export_bundle("sync", bundle, to_b))
            verify_s, _ = _timed(lambda: hb.verify(bundle))
            baseline_s = _plain_sqlite_baseline(hb, bundle, base / "plain.sqlite")
            new_s, new = _timed(lambda: hb.import_bundle(bundle))
            echo_s, _ = _timed(lambda: hb.export_bundle("sync", base / "echo.rrrbundle", to_a))

            _edit_all(a, lambda c: setattr(c.person, "wishes", "edited on A"))
            ha.export_bundle("sync", base / "ff.rrrbundle", to_b)
            ff_s, ff = _timed(lambda: hb.import_bundle(base / "ff.rrrbundle"))

            _edit_all(a, lambda c: setattr(c.intake, "first_needs", "A's field"))
            _edit_all(b, lambda c: setattr(c.person, "languages", ["km"]))
            ha.export_bundle("sync", base / "cc.rrrbundle", to_b)
            cc_s, cc = _timed(lambda: hb.import_bundle(base / "cc.rrrbundle"))

            _edit_all(a, lambda c: setattr(c.person, "wishes", "A says"))
            _edit_all(b, lambda c: setattr(c.person, "wishes", "B says"))
            ha.export_bundle("sync", base / "cf.rrrbundle", to_b)
            cf_s, cf = _timed(lambda: hb.import_bundle(base / "cf.rrrbundle"))
            many = _resolve_times(hb, 20)
            while hb.conflict_count() > 10:
                for c in hb.conflicts(limit=200):
                    hb.resolve(c.id, "theirs")
                    if hb.conflict_count() <= 10:
                        break
            few = _resolve_times(hb, 5)
            return {
                "cases": count,
                "bundle_mb": round(bundle.stat().st_size / 1e6, 2),
                "export_s": export_s,
                "verify_s": verify_s,
                "import_new_s": new_s,
                "import_new": new.totals(),
                "import_workers": parallel.workers_for(count, "sync"),
                "import_new_planned_by_workers": new.by_workers,
                "plain_sqlite_decrypt_parse_insert_s": baseline_s,
                "import_new_ratio_to_plain_sqlite": round(new_s / baseline_s, 1),
                "export_back_nothing_new_s": echo_s,
                "import_fast_forward_s": ff_s,
                "import_fast_forward": ff.totals(),
                "import_concurrent_other_fields_s": cc_s,
                "import_concurrent_other_fields": cc.totals(),
                "import_same_field_both_sides_s": cf_s,
                "import_same_field_both_sides": cf.totals(),
                "resolve_one_ms_with_many_open": many,
                "resolve_one_ms_with_10_open": few,
                "records_in_bundle": result.manifest.counts.get("records", 0),
                "refuse_100001_members_s": _member_bomb(),
                "goal": "import <= 5 s new / fast-forward, <= 8 s concurrent; export <= 2 s",
                "note": "imports of 400 records or more are planned by worker processes "
                "(handoff/parallel.py), one per core up to 4",
            }


def _plain_sqlite_baseline(service: HandoffService, bundle: Path, target: Path) -> float:
    """The least any import does, on plain SQLite in the same run: decrypt the bundle,
    parse each record and store it (no checks, merge, index or encryption at rest)."""
    import json
    import sqlite3

    from rrr_desktop.handoff import inbox

    start = time.perf_counter()
    rows: list[tuple[str, str, bytes]] = []

    def keep(raw: bytes) -> None:
        entry = json.loads(raw)
        rows.append((entry["id"], entry["kind"], raw))

    verified = service.verify(bundle)
    inbox.read_records(service.s.conn(), bundle, "", verified, keep)
    db = sqlite3.connect(target)
    with db:
        db.execute("CREATE TABLE records(id TEXT PRIMARY KEY, kind TEXT, state BLOB)")
        db.executemany("INSERT INTO records VALUES (?, ?, ?)", rows)
    db.close()
    return round(time.perf_counter() - start, 2)


def _resolve_times(service: HandoffService, n: int) -> dict[str, float]:
    open_now = service.conflict_count()
    times = []
    for c in service.conflicts(limit=n):
        start = time.perf_counter()
        service.resolve(c.id, "ours")
        times.append((time.perf_counter() - start) * 1000)
    return {"open": open_now, "median_ms": round(statistics.median(times), 1)}
