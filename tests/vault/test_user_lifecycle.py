"""Users can be disabled, given other roles, removed; the recovery key does not hand an
administrator's account to whoever holds it; a laptop can be wiped."""

from pathlib import Path

import pytest

from rrr_desktop.domain.enums import Role
from rrr_desktop.errors import InvalidInput, PermissionDenied, WrongPassphrase
from rrr_desktop.services import vault_service
from rrr_desktop.services.session import Session
from rrr_desktop.vault.keys import SlotFile

BOB = "bob's long passphrase"
ERIN = "erin's long passphrase"


def test_a_disabled_user_opens_nothing_until_enabled(session: Session, vault_dir: Path) -> None:
    vault_service.add_user(session, "bob", BOB, [Role.CASEWORKER])
    vault_service.set_active(session, "bob", False)
    with pytest.raises(PermissionDenied, match="disabled"):
        vault_service.open_session(vault_dir, "bob", BOB)
    vault_service.set_active(session, "bob", True)
    vault_service.open_session(vault_dir, "bob", BOB).close()


def test_removal_deletes_the_key_slot_and_keeps_the_name_for_the_audit(
    session: Session, vault_dir: Path
) -> None:
    vault_service.add_user(session, "bob", BOB, [Role.CASEWORKER])
    vault_service.remove_user(session, "bob")
    assert "bob" not in SlotFile.load(vault_dir).usernames()
    with pytest.raises(WrongPassphrase):
        vault_service.open_session(vault_dir, "bob", BOB)
    assert "bob" in {u.username for u in vault_service.list_users(session)}  # still named


def test_the_last_administrator_stays_and_nobody_changes_their_own_account(
    session: Session,
) -> None:
    with pytest.raises(InvalidInput):
        vault_service.set_active(session, "alice", False)  # herself
    vault_service.add_user(session, "erin", ERIN, [Role.ADMIN])
    vault_service.set_roles(session, "erin", [Role.CASEWORKER])
    erin = {u.username: u for u in vault_service.list_users(session)}["erin"]
    assert erin.roles == [Role.CASEWORKER]


def test_the_recovery_key_alone_does_not_reset_an_administrator(
    session: Session, vault_dir: Path
) -> None:
    key = vault_service.create_recovery_key(session)
    vault_service.add_user(session, "erin", ERIN, [Role.ADMIN])
    vault_service.add_user(session, "bob", BOB, [Role.CASEWORKER])
    vault_service.recover_user(vault_dir, key, "bob", "bob's new passphrase!")  # a user: fine
    with pytest.raises(PermissionDenied, match="another administrator"):
        vault_service.recover_user(vault_dir, key, "alice", "taken over passphrase")
    with pytest.raises(WrongPassphrase):
        vault_service.recover_user(
            vault_dir, key, "alice", "taken over passphrase", "erin", "not erin's passphrase"
        )
    vault_service.recover_user(vault_dir, key, "alice", "alice's new passphrase", "erin", ERIN)
    vault_service.open_session(vault_dir, "alice", "alice's new passphrase").close()


def test_wiping_needs_the_organisations_name_and_leaves_nothing_to_open(
    session: Session, vault_dir: Path
) -> None:
    with pytest.raises(InvalidInput):
        vault_service.wipe(session, "wrong name")
    assert vault_service.exists(vault_dir)
    vault_service.wipe(session, "Test Shelter")
    assert not vault_service.exists(vault_dir)
    assert not (vault_dir / "keyslots.json").exists()
    assert not (vault_dir / "vault.db").exists()


@pytest.mark.parametrize(
    "guessable", ["password123", "qwertyuiop12", "aaaaaaaaaaaa", "Passw0rd!2024", "1234567890ab"]
)
def test_a_guessable_passphrase_is_refused_for_users_and_bundles(
    session: Session, guessable: str
) -> None:
    with pytest.raises(InvalidInput, match="too easy to guess"):
        vault_service.add_user(session, "dara", guessable, [Role.CASEWORKER])
    from rrr_desktop.vault.store import check_passphrase

    with pytest.raises(InvalidInput):
        check_passphrase(guessable)
    check_passphrase("sticky rice under the mango tree")  # unrelated words pass
