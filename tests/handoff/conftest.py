"""Two installations in one test: the referring shelter (A) and a second vault (B)."""

import dataclasses
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from rrr_desktop.services import vault_service
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.services.session import Session
from rrr_desktop.vault.keys import FAST_INSECURE_KDF
from tests.conftest import PASSPHRASE, TODAY

RECEIVER = "Receiving Centre KH"


def vault_hash(session: Session) -> str:
    """Content hash of every table: a refusal must leave it the same."""
    conn = session.conn()
    digest = hashlib.sha256()
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'case_words%' "
            "AND name NOT LIKE 'case_trigrams%' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    for name in names:
        digest.update(name.encode())
        for row in sorted(repr(r) for r in conn.execute(f"SELECT * FROM {name}")):
            digest.update(row.encode())
    for fts in ("case_words", "case_trigrams"):
        digest.update(repr(conn.execute(f"SELECT count(*) FROM {fts}").fetchone()).encode())
    return digest.hexdigest()


@dataclasses.dataclass
class Side:
    session: Session
    handoff: HandoffService
    card: Path


def make_side(base: Path, name: str, org: str, country: str, clock: FixedClock) -> Side:
    s = vault_service.create_vault(
        base / name, org, country, "alice", PASSPHRASE, kdf=FAST_INSECURE_KDF, clock=clock
    )
    service = HandoffService(s)
    card = base / f"{name}.rrrcard"
    service.export_card(card)
    return Side(s, service, card)


def introduce(a: Side, b: Side) -> None:
    """Each adds the other's card and trusts it after 'comparing' the fingerprint."""
    for me, other in ((a, b), (b, a)):
        peer = me.handoff.add_peer(other.card)
        me.handoff.trust_peer(peer.fingerprint)


@pytest.fixture
def two_orgs(tmp_path: Path, session: Session, clock: FixedClock) -> Iterator[tuple[Side, Side]]:
    """A = the 'Test Shelter' session fixture (TH); B = a receiving organisation (KH)."""
    service = HandoffService(session)
    card = tmp_path / "a.rrrcard"
    service.export_card(card)
    a = Side(session, service, card)
    b = make_side(tmp_path, "vault-b", RECEIVER, "KH", FixedClock(TODAY))
    introduce(a, b)
    yield a, b
    b.session.close()


def fingerprint_of(side: Side) -> str:
    return side.handoff.identity().fingerprint


@pytest.fixture
def two_devices(
    tmp_path: Path, demo_session: Session, clock: FixedClock
) -> Iterator[tuple[Side, Side]]:
    """A = the demo vault (300 cases); B = a second, empty laptop that joined A's organisation."""
    service = HandoffService(demo_session)
    card = tmp_path / "a.rrrcard"
    service.export_card(card)
    a = Side(demo_session, service, card)
    s = vault_service.create_vault(
        tmp_path / "laptop-b",
        "Placeholder",
        "TH",
        "alice",
        PASSPHRASE,
        kdf=FAST_INSECURE_KDF,
        clock=FixedClock(TODAY),
    )
    b = Side(s, HandoffService(s), tmp_path / "b.rrrcard")
    peer = b.handoff.add_peer(a.card)
    b.handoff.trust_peer(peer.fingerprint)
    b.handoff.join_organisation(peer.fingerprint)
    b.handoff.export_card(b.card)
    a.handoff.trust_peer(a.handoff.add_peer(b.card).fingerprint)
    yield a, b
    s.close()
