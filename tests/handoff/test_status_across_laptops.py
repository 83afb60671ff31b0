"""Status reports between organisations with several laptops each (real clocks).

Found by a field trial: a status report was taken only by the very laptop that made the
referral, and only from the very laptop that received it; a second laptop of either
organisation was refused ("not referred to its sender from here").
"""

from collections.abc import Iterator
from pathlib import Path

import pytest

from rrr_desktop.domain.enums import ConsentPurpose
from rrr_desktop.domain.reintegration import FollowUpVisit
from rrr_desktop.errors import BundleRejected
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.vault.keys import FAST_INSECURE_KDF
from tests.conftest import PASSPHRASE
from tests.handoff.conftest import RECEIVER, Side, fingerprint_of, introduce, vault_hash
from tests.handoff.test_referral_status import DAY, _case_with_consents


def _laptop(base: Path, name: str, org: str, country: str) -> Side:
    session = vault_service.create_vault(
        base / name, org, country, "alice", PASSPHRASE, kdf=FAST_INSECURE_KDF
    )
    side = Side(session, HandoffService(session), base / f"{name}.rrrcard")
    side.handoff.export_card(side.card)
    return side


def _second_laptop(base: Path, name: str, first: Side) -> Side:
    """An empty laptop that joins ``first``'s organisation."""
    side = _laptop(base, name, "Placeholder", "TH")
    side.handoff.trust_peer(side.handoff.add_peer(first.card).fingerprint)
    side.handoff.join_organisation(fingerprint_of(first))
    side.handoff.export_card(side.card)
    first.handoff.trust_peer(first.handoff.add_peer(side.card).fingerprint)
    return side


@pytest.fixture
def orgs(tmp_path: Path) -> Iterator[tuple[Side, Side, Side, Side, Side]]:
    """A1, A2 of the referring shelter; B1, B2 of the receiving organisation; C, a third
    organisation every laptop also trusts."""
    a1 = _laptop(tmp_path, "a1", "Test Shelter", "TH")
    a2 = _second_laptop(tmp_path, "a2", a1)
    b1 = _laptop(tmp_path, "b1", RECEIVER, "KH")
    b2 = _second_laptop(tmp_path, "b2", b1)
    c = _laptop(tmp_path, "c", "Another Shelter", "TH")
    for x in (a1, a2):
        for y in (b1, b2, c):
            introduce(x, y)
    introduce(b1, c)
    introduce(b2, c)
    sides = (a1, a2, b1, b2, c)
    yield sides
    for side in sides:
        side.session.close()


def _send(
    kind: str, source: Side, target: Side, stick: Path, refs: list[str] | None = None
) -> Path:
    source.handoff.export_bundle(kind, stick, fingerprint_of(target), refs)  # type: ignore[arg-type]
    return stick


def _refer_and_follow_up(
    orgs: tuple[Side, Side, Side, Side, Side], tmp_path: Path
) -> tuple[str, Path]:
    """A1 refers a case to B1; B1's sync takes it to B2, where a visit is recorded and a
    status report made for A2 (which has not yet synced with A1)."""
    a1, a2, b1, b2, _ = orgs
    reference = _case_with_consents(
        a1, ConsentPurpose.SHARE_WITH_RECEIVING_ORG, ConsentPurpose.REINTEGRATION_SERVICES
    )
    b1.handoff.import_bundle(_send("referral", a1, b1, tmp_path / "ref.rrrbundle", [reference]))
    b2.handoff.import_bundle(_send("sync", b1, b2, tmp_path / "b-sync.rrrbundle"))
    CaseService(b2.session).modify(
        reference,
        lambda c: c.reintegration.visits.append(FollowUpVisit(scheduled_on=DAY, by="kim")),
        "case.follow_up",
    )
    status = _send("status", b2, a2, tmp_path / "status.rrrbundle", [reference])
    return reference, status


def test_a_status_report_from_any_laptop_reaches_any_laptop_of_the_referrer(
    orgs: tuple[Side, Side, Side, Side, Side], tmp_path: Path
) -> None:
    a1, a2, _, _, _ = orgs
    reference, status = _refer_and_follow_up(orgs, tmp_path)
    before = vault_hash(a2.session)
    with pytest.raises(BundleRejected, match="not referred"):  # A2 knows nothing of it yet
        a2.handoff.import_bundle(status)
    assert vault_hash(a2.session) == before
    a2.handoff.import_bundle(_send("sync", a1, a2, tmp_path / "a-sync.rrrbundle"))
    assert a2.handoff.import_bundle(status).totals() == {"changed": 1}
    a1.handoff.import_bundle(_send("sync", a2, a1, tmp_path / "a-back.rrrbundle"))
    for side in (a1, a2):
        case = CaseService(side.session).get(reference, audit=False)
        assert [v.by for v in case.reintegration.visits] == ["kim"]
        assert [r.org_name for r in case.referred_to] == [RECEIVER]


def test_only_the_organisation_the_case_went_to_may_report_on_it(
    orgs: tuple[Side, Side, Side, Side, Side], tmp_path: Path
) -> None:
    a1, a2, b1, _, c = orgs
    reference = _case_with_consents(a1, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    b1.handoff.import_bundle(_send("referral", a1, b1, tmp_path / "ref.rrrbundle", [reference]))
    a2.handoff.import_bundle(_send("sync", a1, a2, tmp_path / "a-sync.rrrbundle"))
    # C never received the case: it has nothing to report on, to any laptop of A
    for target in (a1, a2):
        with pytest.raises(BundleRejected, match="referred no case|not referred"):
            _send("status", c, target, tmp_path / "c.rrrbundle", [])
    # and the referral's own knowledge never travels to the receiver
    received = CaseService(b1.session).get(reference, audit=False)
    assert received.referred_to == []
    assert received.partner_org_id == a1.session.organisation().id
