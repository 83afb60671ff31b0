"""Identity, contact cards and trust; cancelling an import changes nothing."""

import json
from pathlib import Path

import pytest

from rrr_desktop.domain.enums import ConsentPurpose
from rrr_desktop.errors import BundleRejected
from rrr_desktop.handoff.bundle import HandoffCancelled
from rrr_desktop.handoff.keys import Identity, normalise_fingerprint
from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.services.session import Session
from tests.handoff.conftest import Side, fingerprint_of, vault_hash
from tests.handoff.test_referral_status import _case_with_consents


def test_identity_is_made_once_and_kept_in_the_vault(session: Session, tmp_path: Path) -> None:
    service = HandoffService(session)
    first = service.identity()
    assert HandoffService(session).identity() == first
    card = tmp_path / "me.rrrcard"
    service.export_card(card)
    text = card.read_text()
    assert "AGE-SECRET-KEY" not in text
    assert first.signing_secret not in text
    assert first.fingerprint == normalise_fingerprint(first.fingerprint.lower())
    assert not any(p.suffix == ".key" for p in session.directory.iterdir())


def test_own_card_and_duplicates_are_refused(two_orgs: tuple[Side, Side]) -> None:
    a, b = two_orgs
    with pytest.raises(BundleRejected, match="own contact card"):
        a.handoff.add_peer(a.card)
    with pytest.raises(BundleRejected, match="already added"):
        a.handoff.add_peer(b.card)


@pytest.mark.parametrize("field", ["org_name", "age_recipient", "signing_key"])
def test_a_changed_card_is_refused(two_orgs: tuple[Side, Side], tmp_path: Path, field: str) -> None:
    a, b = two_orgs
    data = json.loads(b.card.read_text())
    data[field] = (
        a.card.read_text() if field == "org_name" else json.loads(a.card.read_text())[field]
    )
    forged = tmp_path / "forged.rrrcard"
    forged.write_text(json.dumps(data))
    third = HandoffService(b.session)
    with pytest.raises(BundleRejected, match="not a valid RRR contact card"):
        third.add_peer(forged)


def test_untrusted_peer_gets_nothing(two_orgs: tuple[Side, Side], tmp_path: Path) -> None:
    a, b = two_orgs
    peers = a.handoff.peers()
    assert [p.trusted for p in peers] == [True]
    assert peers[0].fingerprint == fingerprint_of(b)


def test_cancelling_an_import_changes_nothing(two_orgs: tuple[Side, Side], tmp_path: Path) -> None:
    a, b = two_orgs
    reference = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    out = tmp_path / "r.rrrbundle"
    a.handoff.export_bundle("referral", out, fingerprint_of(b), [reference])
    before = vault_hash(b.session)
    calls = {"n": 0}

    def progress(done: int, total: int) -> bool:
        calls["n"] += 1
        return calls["n"] < 3  # the user presses Cancel during the second pass

    with pytest.raises(HandoffCancelled):
        b.handoff.import_bundle(out, progress=progress)
    assert vault_hash(b.session) == before


def test_cancelling_an_export_leaves_no_file(two_orgs: tuple[Side, Side], tmp_path: Path) -> None:
    a, b = two_orgs
    reference = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    out = tmp_path / "r.rrrbundle"
    before = vault_hash(a.session)
    with pytest.raises(HandoffCancelled):
        a.handoff.export_bundle(
            "referral", out, fingerprint_of(b), [reference], progress=lambda: False
        )
    assert list(tmp_path.glob("r.rrrbundle*")) == []
    assert vault_hash(a.session) == before


def test_a_caseworker_may_not_sync_everything_nor_refer_others_cases(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    from rrr_desktop.domain.enums import Role
    from rrr_desktop.errors import PermissionDenied
    from rrr_desktop.services import vault_service
    from tests.conftest import PASSPHRASE

    a, b = two_orgs
    reference = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    vault_service.add_user(a.session, "kim", PASSPHRASE, [Role.CASEWORKER])
    kim = HandoffService(vault_service.open_session(a.session.directory, "kim", PASSPHRASE))
    try:
        with pytest.raises(PermissionDenied):
            kim.export_bundle("sync", tmp_path / "s.rrrbundle", fingerprint_of(b))
        with pytest.raises(PermissionDenied, match="not assigned to you"):
            kim.export_bundle("referral", tmp_path / "r.rrrbundle", fingerprint_of(b), [reference])
        with pytest.raises(PermissionDenied):
            kim.trust_peer(fingerprint_of(b))
        assert list(tmp_path.glob("*.rrrbundle")) == []
    finally:
        kim.s.close()


@pytest.mark.parametrize(
    ("name", "country"),
    [("Partner NGO", "ZZZ"), ("Partner NGO", "K1"), ("Partner NGO", ""), ("P", "KH"), ("", "KH")],
)
def test_a_signed_card_for_an_organisation_no_vault_could_be_is_refused(
    two_orgs: tuple[Side, Side], tmp_path: Path, name: str, country: str
) -> None:
    """A card with country "ZZZ" was taken, and a vault that joined it opened no more
    (found by the hostile-input review): a card is an organisation this vault could
    become, checked by the same rules, before anything is kept."""
    _a, b = two_orgs
    identity = Identity.generate()  # a stranger's own key: the card is signed
    card = identity.card("org-x", name, country, "device-x", "2026-12-04T00:00:00+00:00")
    forged = tmp_path / "forged.rrrcard"
    forged.write_bytes(identity.card_file(card))
    before = vault_hash(b.session)
    with pytest.raises(BundleRejected, match="not a valid RRR contact card"):
        b.handoff.add_peer(forged)
    assert vault_hash(b.session) == before


def test_joining_keeps_an_organisation_that_loads(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    _a, b = two_orgs
    identity = Identity.generate()  # a stranger's own key: the card is signed
    card = identity.card("org-x", "Partner NGO", "KH", "device-x", "2026-12-04T00:00:00+00:00")
    path = tmp_path / "partner.rrrcard"
    path.write_bytes(identity.card_file(card))
    peer = b.handoff.add_peer(path)
    assert peer.country == "KH"
