"""A contact card names an organisation this vault could become by joining it: a card
whose organisation breaks the Organisation rules is refused when it is added, and a join
never leaves an organisation that does not load (hostile-input review: a signed card with
country "ZZZ" left a joined vault on which every command failed)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.domain.org import Organisation
from rrr_desktop.errors import BundleRejected
from rrr_desktop.handoff.keys import ContactCard, Identity, parse_card
from rrr_desktop.services import vault_service
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.vault import handoff_tables
from tests.conftest import PASSPHRASE, TODAY
from tests.handoff.conftest import Side, make_side, vault_hash

CREATED = "2026-11-23T09:30:00+00:00"


def _card_file(path: Path, org_id: str, name: str, country: str) -> Path:
    identity = Identity.generate()  # the stranger's own key: the card is signed
    path.write_bytes(identity.card_file(identity.card(org_id, name, country, "dev-x", CREATED)))
    return path


def _one_sentence(exc: BaseException) -> str:
    text = str(exc)
    assert text.endswith(".")
    assert ". " not in text
    return text


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Side]:
    side = make_side(tmp_path, "empty", "Home Shelter", "TH", FixedClock(TODAY))
    yield side
    side.session.close()


@pytest.mark.parametrize(
    ("org_id", "name", "country"),
    [
        ("org-x", "Partner NGO", "ZZZ"),
        ("org-x", "Partner NGO", "K1"),
        ("org-x", "Partner NGO", "kh"),
        ("org-x", "Partner NGO", " KH"),
        ("org-x", "Partner NGO", ""),
        ("org-x", "P", "KH"),
        ("org-x", "", "KH"),
        ("", "Partner NGO", "KH"),
        ("   ", "Partner NGO", "KH"),
        ("org-x", "Partner\u202eNGO", "KH"),
        ("org-x", "Partner\x1b[2JNGO", "KH"),
    ],
)
def test_a_card_with_each_bad_field_is_refused_when_added(
    empty: Side, tmp_path: Path, org_id: str, name: str, country: str
) -> None:
    card = _card_file(tmp_path / "x.rrrcard", org_id, name, country)
    before = vault_hash(empty.session)
    with pytest.raises(BundleRejected) as raised:
        empty.handoff.add_peer(card)
    assert "not a valid RRR contact card" in _one_sentence(raised.value)
    assert vault_hash(empty.session) == before
    assert empty.handoff.peers() == []


_TEXT = st.text(
    st.characters(exclude_categories=["Cs"]) | st.sampled_from("aK H\x1b\u202e-."),
    max_size=6,
)
_COUNTRY = st.sampled_from(["KH", "TH", "kh", "ZZZ", "K1", "", " KH", "K", "ÄÖ"]) | _TEXT


@settings(max_examples=300, deadline=None)
@given(org_id=_TEXT | st.just("org-x"), name=_TEXT | st.just("Partner NGO"), country=_COUNTRY)
def test_a_card_that_is_read_is_an_organisation_that_loads(
    org_id: str, name: str, country: str
) -> None:
    """What a join stores from a card it read loads again, whatever the card said."""
    identity = _IDENTITY
    raw = identity.card_file(identity.card(org_id, name, country, "dev-x", CREATED))
    try:
        card = parse_card(raw)
    except BundleRejected as exc:
        _one_sentence(exc)
        return
    home = Organisation(name="Home Shelter", country="TH")
    joined = Organisation.model_validate(
        home.model_dump() | {"id": card.org_id, "name": card.org_name, "country": card.country}
    )
    loaded = Organisation.model_validate_json(joined.model_dump_json())
    assert (loaded.id, loaded.name, loaded.country) == (org_id, name, country)


_IDENTITY = Identity.generate()


def test_joining_a_card_leaves_an_organisation_that_loads(empty: Side, tmp_path: Path) -> None:
    card = _card_file(tmp_path / "x.rrrcard", "org-x", "Partner NGO", "KH")
    peer = empty.handoff.add_peer(card)
    empty.handoff.trust_peer(peer.fingerprint)
    empty.handoff.join_organisation(peer.fingerprint)
    org = empty.session.organisation()
    assert (org.id, org.name, org.country) == ("org-x", "Partner NGO", "KH")
    empty.session.close()
    again = vault_service.open_session(tmp_path / "empty", "alice", PASSPHRASE)
    try:
        assert again.organisation().country == "KH"  # every command loads it
    finally:
        again.close()


def test_joining_cards_of_any_fields_never_breaks_the_vault(tmp_path: Path) -> None:
    side = make_side(tmp_path, "fuzzed", "Home Shelter", "TH", FixedClock(TODAY))
    try:

        @settings(
            max_examples=40,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture],
        )
        @given(
            org_id=st.just("org-y") | _TEXT,
            name=st.just("Partner NGO") | _TEXT,
            country=st.sampled_from(["KH", "TH"]) | _COUNTRY,
        )
        def join(org_id: str, name: str, country: str) -> None:
            path = _card_file(tmp_path / "fuzzed.rrrcard", org_id, name, country)
            try:
                peer = side.handoff.add_peer(path)
            except BundleRejected as exc:
                _one_sentence(exc)
            else:
                side.handoff.trust_peer(peer.fingerprint)
                side.handoff.join_organisation(peer.fingerprint)
                joined.append(country)
            side.session.organisation()  # loads, joined or not

        joined: list[str] = []
        join()
        assert joined  # some cards were good enough to join
    finally:
        side.session.close()


def test_a_peer_kept_before_cards_were_checked_cannot_be_joined(
    empty: Side, tmp_path: Path
) -> None:
    """A peer stored by an older version, with country "ZZZ": the join is refused in one
    sentence and the vault keeps its own organisation."""
    identity = Identity.generate()
    card = ContactCard(
        "org-x",
        "Partner NGO",
        "ZZZ",
        "dev-x",
        identity.age_recipient,
        identity.signing_key,
        CREATED,
    )
    with empty.session.write() as conn:
        handoff_tables.add_peer(conn, card, "{}", CREATED, "alice")
        handoff_tables.set_trusted(conn, card.fingerprint, True, CREATED)
    before = vault_hash(empty.session)
    with pytest.raises(BundleRejected) as raised:
        empty.handoff.join_organisation(card.fingerprint)
    assert "does not name a valid organisation" in _one_sentence(raised.value)
    assert vault_hash(empty.session) == before
    assert empty.session.organisation().name == "Home Shelter"
