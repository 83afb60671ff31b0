"""Handoff figures: a sync bundle of N demo cases exported from one vault, imported in another.

Goal (issue 6): 10,000 cases exported in under 5 s and imported in under 10 s on this
machine. The import figure includes both decryption passes (verify, then apply), the
per-case merge decision, the case index and search terms, base copies and the audit.
"""

import datetime as dt
import tempfile
import time
from pathlib import Path
from typing import Any

from rrr_desktop.services import vault_service
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.demo import fill_demo
from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.vault.keys import KdfParams

PASS = "benchmark passphrase"
CLOCK = FixedClock(dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC))
CHEAP = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def run(quick: bool) -> dict[str, Any]:
    count = 500 if quick else 10_000
    with tempfile.TemporaryDirectory(prefix="rrr-bench-handoff-") as tmp:
        base = Path(tmp)
        a = vault_service.create_vault(
            base / "a", "Bench Shelter", "TH", "alice", PASS, kdf=CHEAP, clock=CLOCK
        )
        b = vault_service.create_vault(
            base / "b", "Placeholder", "TH", "alice", PASS, kdf=CHEAP, clock=CLOCK
        )
        try:
            fill_demo(a, count, seed=11)
            ha, hb = HandoffService(a), HandoffService(b)
            ha.export_card(base / "a.card")
            hb.trust_peer(hb.add_peer(base / "a.card").fingerprint)
            hb.join_organisation(ha.identity().fingerprint)
            hb.export_card(base / "b.card")
            peer_b = ha.trust_peer(ha.add_peer(base / "b.card").fingerprint)

            bundle = base / "sync.rrrbundle"
            start = time.perf_counter()
            result = ha.export_bundle("sync", bundle, peer_b.fingerprint)
            export_s = time.perf_counter() - start

            start = time.perf_counter()
            hb.verify(bundle)
            verify_s = time.perf_counter() - start

            start = time.perf_counter()
            preview = hb.import_bundle(bundle)
            import_s = time.perf_counter() - start

            back = base / "back.rrrbundle"
            start = time.perf_counter()
            hb.export_bundle("sync", back, ha.identity().fingerprint)
            ha.import_bundle(back)
            echo_s = time.perf_counter() - start
            return {
                "cases": count,
                "records": result.manifest.counts.get("records", 0),
                "bundle_mb": round(bundle.stat().st_size / 1e6, 2),
                "export_s": round(export_s, 2),
                "verify_s": round(verify_s, 2),
                "import_s": round(import_s, 2),
                "imported": preview.totals(),
                "round_trip_back_s": round(echo_s, 2),
                "goal": "export < 5 s, import < 10 s for 10,000 cases",
            }
        finally:
            a.close()
            b.close()
