"""What the benches share: the passphrase and clock of their vaults, a cheap KDF (the KDF
has its own figure in the vault bench), and two laptops of one organisation."""

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from rrr_desktop.services import vault_service
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.demo import fill_demo
from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.services.session import Session
from rrr_desktop.vault.keys import KdfParams

PASS = "benchmark passphrase"
CLOCK = FixedClock(dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC))
CHEAP = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def bench_vault(path: Path, org: str) -> Session:
    return vault_service.create_vault(path, org, "TH", "alice", PASS, kdf=CHEAP, clock=CLOCK)


@dataclasses.dataclass
class Laptops:
    """Laptop A (with the demo cases) and laptop B, which joined A's organisation; each
    trusts the other's card. ``to_a`` and ``to_b`` are the fingerprints to send to."""

    a: Session
    b: Session
    ha: HandoffService
    hb: HandoffService
    to_a: str
    to_b: str


@contextlib.contextmanager
def two_laptops(base: Path, cases: int, seed: int) -> Iterator[Laptops]:
    a = bench_vault(base / "a", "Bench Shelter")
    b = bench_vault(base / "b", "Placeholder")
    try:
        fill_demo(a, cases, seed=seed)
        ha, hb = HandoffService(a), HandoffService(b)
        ha.export_card(base / "a.card")
        hb.trust_peer(hb.add_peer(base / "a.card").fingerprint)
        hb.join_organisation(ha.identity().fingerprint)
        hb.export_card(base / "b.card")
        to_b = ha.trust_peer(ha.add_peer(base / "b.card").fingerprint).fingerprint
        yield Laptops(a, b, ha, hb, ha.identity().fingerprint, to_b)
    finally:
        a.close()
        b.close()
