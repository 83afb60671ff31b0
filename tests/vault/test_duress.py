"""Under coercion, a duress passphrase opens an empty vault that looks like the real one
(same organisation, same user, the real folder shown), never the real cases; if the
administrator chose so, it also destroys the real key slots."""

from pathlib import Path

import pytest

from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.errors import InvalidInput, WrongPassphrase
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from tests.conftest import PASSPHRASE

DURESS = "the river is calm today"


def test_the_duress_passphrase_opens_an_empty_vault_that_looks_normal(
    demo_session: Session, vault_dir: Path
) -> None:
    real_names = {r.name for r in CaseService(demo_session).search(CaseQuery(limit=50))}
    vault_service.set_duress(demo_session, DURESS, shreds=False)
    decoy = vault_service.open_session(vault_dir, "alice", DURESS)
    try:
        assert decoy.organisation().name == demo_session.organisation().name
        assert decoy.user.username == "alice"
        assert decoy.shown_directory == vault_dir  # the screen shows the real folder
        assert CaseService(decoy).count(CaseQuery()) == 0
        shown = {r.name for r in CaseService(decoy).search(CaseQuery(limit=50))}
        assert not shown & real_names
    finally:
        decoy.close()
    real = vault_service.open_session(vault_dir, "alice", PASSPHRASE)  # untouched
    try:
        assert CaseService(real).count(CaseQuery()) == 300
    finally:
        real.close()
    with pytest.raises(WrongPassphrase):  # anything else is still a wrong passphrase
        vault_service.open_session(vault_dir, "alice", "neither of the two passphrases")


def test_a_shredding_duress_passphrase_leaves_the_real_vault_unopenable(
    session: Session, vault_dir: Path
) -> None:
    vault_service.set_duress(session, DURESS, shreds=True)
    session.close()
    vault_service.open_session(vault_dir, "alice", DURESS).close()
    assert not (vault_dir / "keyslots.json").exists()
    assert not vault_service.exists(vault_dir)  # the real key slots are gone


def test_the_duress_passphrase_must_differ_from_the_real_one(session: Session) -> None:
    with pytest.raises(InvalidInput, match="differ"):
        vault_service.set_duress(session, PASSPHRASE, shreds=False)
