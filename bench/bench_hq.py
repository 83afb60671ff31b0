"""A headquarters merging its field laptops (issue: speed at a headquarters' scale).

N field vaults of one organisation, 200 demo cases each, each sends one sync bundle to the
headquarters' vault. Overlaps and edits as in the field: every tenth laptop first received
the previous laptop's bundle and edited 20 of those cases, so its own bundle carries them
again (the headquarters sees them twice: once new, once changed). The headquarters then
imports every bundle in the order the sticks arrive, and its reports and Today are timed
at that size. Goal (500 laptops, 100,000 cases, this 2-core machine): the merge <= 60 s.
"""

import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import bench_vault
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.reports.fields import DONOR_SET
from rrr_desktop.reports.report import ReportFilter
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.demo import fill_demo
from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.services.reports import ReportService
from rrr_desktop.services.session import Session

CASES = 200
RELAY_EVERY = 10
EDITS = 20


def _introduce(base: Path, a: HandoffService, b: HandoffService, tag: str) -> None:
    """b trusts a's card (a key exchange made in person)."""
    card = base / f"{tag}.rrrcard"
    a.export_card(card)
    known = {p.fingerprint for p in b.peers()}
    if a.identity().fingerprint not in known:
        b.trust_peer(b.add_peer(card).fingerprint)


def _field_bundles(base: Path, hq: HandoffService, laptops: int) -> list[Path]:
    bundles: list[Path] = []
    previous: tuple[Session, HandoffService] | None = None
    hq_card = base / "hq.rrrcard"
    hq.export_card(hq_card)
    for n in range(laptops):
        session = bench_vault(base / f"field{n}", "Field laptop")
        field = HandoffService(session)
        field.trust_peer(field.add_peer(hq_card).fingerprint)
        field.join_organisation(hq.identity().fingerprint)
        _introduce(base, field, hq, f"field{n}")
        _introduce(base, hq, field, f"hq-for-{n}")
        fill_demo(session, CASES, seed=1000 + n)
        if previous is not None and n % RELAY_EVERY == 0:  # a stick from the laptop before
            before_session, before = previous
            _introduce(base, field, before, f"field{n}-for-before")
            _introduce(base, before, field, f"before-for-{n}")
            relay = base / f"relay{n}.rrrbundle"
            before.export_bundle("sync", relay, field.identity().fingerprint)
            field.import_bundle(relay)
            cases = CaseService(session)
            theirs = [
                r.reference for r in CaseService(before_session).search(CaseQuery(limit=EDITS))
            ]
            for reference in theirs:
                cases.modify(
                    reference, lambda c: setattr(c.person, "wishes", "seen again"), "case.edit"
                )
        out = base / f"field{n}.rrrbundle"
        field.export_bundle("sync", out, hq.identity().fingerprint)
        bundles.append(out)
        if previous is not None:
            previous[0].close()
        previous = (session, field)
    if previous is not None:
        previous[0].close()
    return bundles


def run(quick: bool) -> dict[str, Any]:
    laptops = 10 if quick else 500
    with tempfile.TemporaryDirectory(prefix="rrr-bench-hq-") as tmp:
        base = Path(tmp)
        hq_session = bench_vault(base / "hq", "Headquarters")
        try:
            hq = HandoffService(hq_session)
            start = time.perf_counter()
            bundles = _field_bundles(base, hq, laptops)
            setup_s = time.perf_counter() - start
            totals: dict[str, int] = {}
            by_workers = 0
            start = time.perf_counter()
            for result in hq.import_stack(bundles):  # as `rrr bundle import` of the stack
                assert result.preview is not None, result.error
                by_workers += result.preview.by_workers
                for key, value in result.preview.totals().items():
                    totals[key] = totals.get(key, 0) + value
            merge_s = time.perf_counter() - start
            cases = CaseService(hq_session).count(CaseQuery())
            reports = ReportService(hq_session)
            start = time.perf_counter()
            reports.build([(f,) for f in DONOR_SET], ReportFilter(), 5)
            donor_s = time.perf_counter() - start
            from rrr_desktop.services.today import today_list

            start = time.perf_counter()
            today_list(hq_session)
            today_s = time.perf_counter() - start
            size = (base / "hq" / "vault.db").stat().st_size
        finally:
            hq_session.close()
    return {
        "field_laptops": laptops,
        "bundles": len(bundles),
        "planned_by_workers": by_workers,
        "setup_s": round(setup_s, 1),
        "merge_s": round(merge_s, 1),
        "merge_ms_per_case": round(1000 * merge_s / max(cases, 1), 2),
        "merged": totals,
        "cases_at_hq": cases,
        "report_donor_set_ms": round(1000 * donor_s, 1),
        "today_ms": round(1000 * today_s, 1),
        "vault_kb_per_case": round(size / 1024 / max(cases, 1), 2),
        "goal": "merge of 500 laptops x 200 cases <= 60 s; donor set <= 500 ms",
    }
