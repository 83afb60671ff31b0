"""Vault figures: KDF, create, unlock, insert 10k/100k cases, search, open a case.

Each figure has the same work on plain SQLite beside it. The plain baseline uses the
sqlcipher3 module without a key (the same SQLite 3.53 build, FTS5 trigram included;
Python's own sqlite3 here is 3.40 and lacks contentless FTS5 delete).
"""

import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlcipher3

from bench.common import CLOCK, PASS
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services import vault_service
from rrr_desktop.services.demo_data import DemoGenerator
from rrr_desktop.services.session import Session
from rrr_desktop.vault import cases as repo
from rrr_desktop.vault import db
from rrr_desktop.vault.keys import KdfParams, SlotFile, time_kdf, unwrap_key


def _plain(path: Path) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    db.migrate(conn)  # the same migrations, SQL and Python steps alike
    return conn


def _insert(conn: Any, count: int, device: str) -> tuple[float, float]:
    """(seconds generating, seconds inserting) for ``count`` demo cases in 2k batches."""
    gen = DemoGenerator(11, "TH", CLOCK.today())
    generating = inserting = 0.0
    done = 0
    version = 0
    while done < count:
        size = min(2000, count - done)
        t0 = time.perf_counter()
        batch = [gen.case() for _ in range(size)]
        t1 = time.perf_counter()
        with db.transaction(conn):
            for case in batch:
                version += 1
                repo.save_case(conn, case, f"{version:013d}-0000-{device}", device, CLOCK.today())
        t2 = time.perf_counter()
        generating += t1 - t0
        inserting += t2 - t1
        done += size
    return generating, inserting


def _search_times(conn: Any, prefixes: list[str]) -> list[float]:
    times = []
    for text in prefixes:
        query = CaseQuery(text=text, limit=100)
        t0 = time.perf_counter()
        repo.count_cases(conn, query)
        repo.search_cases(conn, query)
        times.append(time.perf_counter() - t0)
    return times


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _ms(value: float) -> float:
    return round(value * 1000, 2)


def run(quick: bool = False) -> dict[str, object]:
    sizes = [1000] if quick else [10_000, 100_000]
    out: dict[str, object] = {}
    params = KdfParams()
    out["kdf_params"] = params.as_dict()
    out["kdf_seconds_median"] = round(statistics.median(time_kdf(params) for _ in range(3)), 3)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        t0 = time.perf_counter()
        session = vault_service.create_vault(base / "v", "Bench", "TH", "bench", PASS, clock=CLOCK)
        out["create_vault_seconds"] = round(time.perf_counter() - t0, 3)
        session.close()
        slots = SlotFile.load(base / "v")
        t0 = time.perf_counter()
        key = unwrap_key(slots.slots[0], slots.vault_id, PASS)
        t1 = time.perf_counter()
        conn = db.open_connection(base / "v" / db.DB_FILE, key)
        conn.execute("SELECT count(*) FROM records").fetchone()
        t2 = time.perf_counter()
        conn.close()
        plain_probe = _plain(base / "probe.db")
        plain_probe.close()
        t3 = time.perf_counter()
        probe = sqlcipher3.connect(str(base / "probe.db"))
        probe.execute("SELECT count(*) FROM records").fetchone()
        t4 = time.perf_counter()
        probe.close()
        out["unlock_kdf_seconds"] = round(t1 - t0, 3)
        out["unlock_open_ms"] = _ms(t2 - t1)
        out["plain_open_ms"] = _ms(t4 - t3)

        for size in sizes:
            enc_dir = base / f"enc{size}"
            session = vault_service.create_vault(enc_dir, "Bench", "TH", "bench", PASS, clock=CLOCK)
            enc = session.conn()
            gen_s, enc_s = _insert(enc, size, session.device_id)
            plain = _plain(base / f"plain{size}.db")
            _, plain_s = _insert(plain, size, "plain")
            label = f"{size // 1000}k"
            out[f"insert_{label}_seconds"] = round(enc_s, 2)
            out[f"insert_{label}_plain_seconds"] = round(plain_s, 2)
            out[f"insert_{label}_ratio"] = round(enc_s / plain_s, 2)
            out[f"generate_{label}_seconds"] = round(gen_s, 2)
            out[f"vault_{label}_mb"] = round(
                sum(p.stat().st_size for p in enc_dir.iterdir()) / 1e6, 1
            )

            rng = random.Random(5)
            names = [
                r[0]
                for r in enc.execute(
                    "SELECT given_name FROM case_index ORDER BY random() LIMIT 200"
                )
            ]
            prefixes = [n[: rng.randint(1, 4)] for n in names]
            _search_times(enc, prefixes[:20])  # warm the page cache, as a running app has
            _search_times(plain, prefixes[:20])
            enc_t = _search_times(enc, prefixes)
            plain_t = _search_times(plain, prefixes)
            out[f"search_{label}_p50_ms"] = _ms(_pct(enc_t, 0.5))
            out[f"search_{label}_p95_ms"] = _ms(_pct(enc_t, 0.95))
            out[f"search_{label}_plain_p95_ms"] = _ms(_pct(plain_t, 0.95))
            out[f"search_{label}_p95_ratio"] = round(_pct(enc_t, 0.95) / _pct(plain_t, 0.95), 2)

            refs = [
                r[0]
                for r in enc.execute("SELECT reference FROM case_index ORDER BY random() LIMIT 100")
            ]
            out.update(_open_case_figures(session, plain, refs, label))
            out.update(_today_figures(session, label))
            out.update(_report_figures(session, plain, label))
            if size == sizes[-1]:
                from bench.ui_model import case_open_figures, keystroke_figures

                out.update(keystroke_figures(session, prefixes[:100], label))
                out.update(case_open_figures(session, refs[:30], label))
                out.update(_window_figures(enc_dir, label))
            plain.close()
            session.close()
    return out


def _open_case_figures(
    session: Session, plain: Any, refs: list[str], label: str
) -> dict[str, float]:
    from rrr_desktop.services.cases import CaseService

    service = CaseService(session)
    audited, bare, plain_t = [], [], []
    for ref in refs:
        t0 = time.perf_counter()
        service.get(ref)  # what the UI does: load, check access, write the audit entry
        t1 = time.perf_counter()
        repo.load_case(session.conn(), ref)
        t2 = time.perf_counter()
        repo.load_case(plain, ref)
        t3 = time.perf_counter()
        audited.append(t1 - t0)
        bare.append(t2 - t1)
        plain_t.append(t3 - t2)
    return {
        f"open_case_{label}_p95_ms": _ms(_pct(audited, 0.95)),
        f"open_case_{label}_load_only_p95_ms": _ms(_pct(bare, 0.95)),
        f"open_case_{label}_plain_p95_ms": _ms(_pct(plain_t, 0.95)),
        f"open_case_{label}_load_ratio": round(_pct(bare, 0.95) / _pct(plain_t, 0.95), 2),
    }


def _report_figures(session: Session, plain: Any, label: str) -> dict[str, object]:
    """Each report table through the service (suppression, audit entry) beside the same
    GROUP BY on plain SQLite; the goal at 100,000 cases: a table <= 200 ms, donor set
    <= 500 ms."""
    from rrr_desktop.reports.fields import DONOR_SET, REPORT_FIELDS
    from rrr_desktop.reports.report import ReportFilter
    from rrr_desktop.services.reports import ReportService
    from rrr_desktop.vault import report_rows

    service = ReportService(session)
    layouts: list[tuple[str, ...]] = [(f,) for f in REPORT_FIELDS]
    layouts.append(("origin_country", "stage"))
    worst, worst_plain = 0.0, 0.0
    for layout in layouts:
        start = time.perf_counter()
        service.build([layout], ReportFilter(), 5)
        worst = max(worst, time.perf_counter() - start)
        start = time.perf_counter()
        report_rows.counts(plain, layout, None)
        worst_plain = max(worst_plain, time.perf_counter() - start)
    start = time.perf_counter()
    donor = service.build([(f,) for f in DONOR_SET], ReportFilter(), 5)
    donor_s = time.perf_counter() - start
    start = time.perf_counter()
    for field in DONOR_SET:
        report_rows.counts(plain, (field,), None)
    donor_plain = time.perf_counter() - start
    lists: dict[str, float] = {}
    for name, make in (
        ("caseload", service.caseload),
        ("followups", service.followups),
        ("stage_times", service.stage_times),
        ("returns", lambda: service.returns(ReportFilter(dt.date(2000, 1, 1), CLOCK.today()))),
    ):
        start = time.perf_counter()
        make()
        lists[f"list_{name}_{label}_ms"] = _ms(time.perf_counter() - start)
    return lists | {
        f"report_table_{label}_worst_ms": _ms(worst),
        f"report_table_{label}_plain_worst_ms": _ms(worst_plain),
        f"report_table_{label}_ratio": round(worst / worst_plain, 2),
        f"report_donor_set_{label}_ms": _ms(donor_s),
        f"report_donor_set_{label}_plain_ms": _ms(donor_plain),
        f"report_donor_set_{label}_ratio": round(donor_s / donor_plain, 2),
        f"report_donor_set_{label}_cases": donor.cases,
    }


def _window_figures(vault_dir: Path, label: str) -> dict[str, object]:
    """The real window in a process of its own on this vault: peak memory (goal at 100k:
    <= 400 MB) and the time from start to the unlocked case list."""
    import json
    import os
    import subprocess
    import sys

    with tempfile.TemporaryDirectory(prefix="rrr-bench-window-") as home:
        env = {**os.environ, "HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(
            [sys.executable, "-m", "bench.window_rss", str(vault_dir), "bench", PASS],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return {f"window_{label}_{key}": value for key, value in figures.items()}


def _today_figures(session: Session, label: str) -> dict[str, object]:
    """Today for a supervisor (every case): counted and listed per kind (goal <= 300 ms)."""
    from rrr_desktop.services.today import today_list

    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        found = today_list(session)
        times.append(time.perf_counter() - t0)
    return {
        f"today_{label}_median_ms": _ms(statistics.median(times)),
        f"today_{label}_listed": len(found.items),
        f"today_{label}_counted": found.total()[0],
    }
