from pathlib import Path

import pytest

from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.errors import WrongPassphrase
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.vault.keys import SLOT_FILE, SlotFile, unwrap_key
from tests.conftest import PASSPHRASE


def test_wrong_passphrase_is_refused_with_a_clear_error(session: Session, vault_dir: Path) -> None:
    session.close()
    with pytest.raises(WrongPassphrase, match="not correct"):
        vault_service.open_session(vault_dir, "alice", "not the passphrase at all")


def test_unknown_user_is_refused_like_a_wrong_passphrase(session: Session, vault_dir: Path) -> None:
    session.close()
    with pytest.raises(WrongPassphrase):
        vault_service.open_session(vault_dir, "mallory", PASSPHRASE)


def test_second_users_passphrase_opens_the_same_data(
    demo_session: Session, vault_dir: Path
) -> None:
    vault_service.add_user(demo_session, "bob", "bobs own passphrase", [Role.SUPERVISOR])
    expected = CaseService(demo_session).count(CaseQuery())
    demo_session.close()
    bob = vault_service.open_session(vault_dir, "bob", "bobs own passphrase")
    try:
        assert CaseService(bob).count(CaseQuery()) == expected == 300
        assert bob.user.username == "bob"
    finally:
        bob.close()


def test_passphrase_change_rewraps_only_that_slot(session: Session, vault_dir: Path) -> None:
    vault_service.add_user(session, "bob", "bobs own passphrase", [Role.CASEWORKER])
    session.close()
    before = SlotFile.load(vault_dir)
    slots_before = {s.username: s for s in before.slots}
    data_key = unwrap_key(slots_before["alice"], before.vault_id, PASSPHRASE)

    vault_service.change_passphrase(_raw_session(vault_dir), PASSPHRASE, "a brand new passphrase")

    after = SlotFile.load(vault_dir)
    slots_after = {s.username: s for s in after.slots}
    assert slots_after["bob"] == slots_before["bob"]
    assert slots_after["alice"].wrapped_private != slots_before["alice"].wrapped_private
    # Same data key under the new wrapping: the database itself was not re-encrypted.
    assert unwrap_key(slots_after["alice"], after.vault_id, "a brand new passphrase") == data_key
    assert unwrap_key(slots_after["bob"], after.vault_id, "bobs own passphrase") == data_key
    with pytest.raises(WrongPassphrase):
        vault_service.open_session(vault_dir, "alice", PASSPHRASE)
    vault_service.open_session(vault_dir, "alice", "a brand new passphrase").close()


def _raw_session(vault_dir: Path) -> Session:
    return vault_service.open_session(vault_dir, "alice", PASSPHRASE)


def test_slot_file_holds_no_case_data(demo_session: Session, vault_dir: Path) -> None:
    text = (vault_dir / SLOT_FILE).read_text()
    assert "argon2id" in text
    for row in CaseService(demo_session).search(CaseQuery(limit=50)):
        assert row.given_name not in text
        assert row.reference not in text


def test_kdf_parameters_are_stored_per_slot(session: Session, vault_dir: Path) -> None:
    slot = SlotFile.load(vault_dir).slots[0]
    assert slot.kdf.memory_kib > 0
    assert slot.kdf.time_cost >= 1
    assert len(slot.salt) == 16


def test_recovery_key_sets_a_new_passphrase(session: Session, vault_dir: Path) -> None:
    key = vault_service.create_recovery_key(session)
    assert len(key.replace("-", "")) == 52
    session.close()
    with pytest.raises(WrongPassphrase):
        vault_service.recover_user(
            vault_dir,
            key.replace("A", "B", 1) if "A" in key else key[::-1],
            "alice",
            "a new passphrase 1",
        )
    vault_service.recover_user(
        vault_dir, key.lower().replace("-", " "), "alice", "a new passphrase 1"
    )
    with pytest.raises(WrongPassphrase):
        vault_service.open_session(vault_dir, "alice", PASSPHRASE)
    again = vault_service.open_session(vault_dir, "alice", "a new passphrase 1")
    try:
        from rrr_desktop.services.audit_service import verify_audit

        assert verify_audit(again).ok
        actions = [r[0] for r in again.conn().execute("SELECT action FROM audit")]
        assert "user.recover" in actions
        assert "vault.recovery_key" in actions
    finally:
        again.close()


def test_key_text_is_zeroed_once_sqlcipher_has_read_it() -> None:
    """SQLCipher takes a raw key only as text; every string that held it is zeroed after
    use (and it never enters the statement cache, which would keep it until close)."""
    import os

    from rrr_desktop.vault import db

    key = bytearray(os.urandom(32))
    seen: list[str] = []

    class Recorder:
        def executescript(self, sql: str) -> None:
            assert key.hex() in sql  # SQLCipher got the key
            seen.append(sql)

    db.run_with_key(Recorder(), 'PRAGMA key = "{key}";', key)  # type: ignore[arg-type]
    db.run_with_key(Recorder(), "ATTACH DATABASE 'x' AS b KEY {key_text};", key)  # type: ignore[arg-type]
    assert len(seen) == 2
    for text in seen:
        assert key.hex() not in text
        assert set(text) == {"\0"}  # the very object SQLCipher read, now all zeros


def test_a_constant_template_is_never_wiped() -> None:
    from rrr_desktop.vault import db

    template = "SELECT 1;"  # no placeholder: nothing of the key in it

    class Recorder:
        def executescript(self, sql: str) -> None:
            pass

    db.run_with_key(Recorder(), template, bytearray(b"k" * 32))  # type: ignore[arg-type]
    assert "\0" not in template  # (an equality with the same literal would be the same object)
