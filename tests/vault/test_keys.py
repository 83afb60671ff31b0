import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.errors import VaultCorrupt, WrongPassphrase
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.vault.keys import (
    FAST_INSECURE_KDF,
    SLOT_FILE,
    KdfParams,
    KeySlot,
    SlotFile,
    choose_kdf,
    unwrap_key,
)
from tests.cli_run import rrr
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


# A damaged (or tampered) keyslots.json: each of these once reached Argon2 as found, and
# failed there (HashingError, OverflowError, TypeError, AttributeError) or ran for days.
SPOILED_SLOTS: dict[str, Callable[[dict[str, Any]], object]] = {
    "time_cost 0": lambda s: s["kdf"].update(time_cost=0),
    "time_cost -1": lambda s: s["kdf"].update(time_cost=-1),
    "time_cost 2**31": lambda s: s["kdf"].update(time_cost=2**31),
    "time_cost as text": lambda s: s["kdf"].update(time_cost="3"),
    "time_cost true": lambda s: s["kdf"].update(time_cost=True),
    "time_cost 1.5": lambda s: s["kdf"].update(time_cost=1.5),
    "parallelism 0": lambda s: s["kdf"].update(parallelism=0),
    "parallelism 2**24": lambda s: s["kdf"].update(parallelism=2**24),
    "memory 4 TiB": lambda s: s["kdf"].update(memory_kib=2**32 - 1),
    "memory 4 GiB": lambda s: s["kdf"].update(memory_kib=4 * 1024 * 1024),
    "memory 0": lambda s: s["kdf"].update(memory_kib=0),
    "a setting missing": lambda s: s["kdf"].pop("parallelism"),
    "a setting more": lambda s: s["kdf"].update(secret=1),
    "salt empty": lambda s: s.update(salt=""),
    "salt short": lambda s: s.update(salt=base64.b64encode(b"1234567").decode()),
    "salt huge": lambda s: s.update(salt=base64.b64encode(b"1" * 4096).decode()),
    "salt a number": lambda s: s.update(salt=5),
    "nonce a number": lambda s: s.update(nonce=5),
    "nonce short": lambda s: s.update(nonce=base64.b64encode(b"123").decode()),
    "user name a number": lambda s: s.update(username=5),
    "slot not an object": lambda s: s.clear(),
}


def _spoil(vault_dir: Path, change: Callable[[dict[str, Any]], object]) -> None:
    path = vault_dir / SLOT_FILE
    raw = json.loads(path.read_text())
    change(raw["slots"][0])
    path.write_text(json.dumps(raw))


@pytest.mark.parametrize("change", SPOILED_SLOTS.values(), ids=SPOILED_SLOTS.keys())
def test_a_slot_with_spoiled_kdf_settings_is_damaged_not_derived_from(
    session: Session, vault_dir: Path, change: Callable[[dict[str, Any]], object]
) -> None:
    session.close()
    _spoil(vault_dir, change)
    with pytest.raises(VaultCorrupt, match="key slot file of this vault is damaged"):
        SlotFile.load(vault_dir)
    with pytest.raises(VaultCorrupt, match="key slot file of this vault is damaged"):
        vault_service.open_session(vault_dir, "alice", PASSPHRASE)


def test_the_slot_file_itself_out_of_shape_is_damaged(session: Session, vault_dir: Path) -> None:
    session.close()
    path = vault_dir / SLOT_FILE
    good = json.loads(path.read_text())
    spoiled: object
    for spoiled in ([], "x", {**good, "slots": {}}, {**good, "vault_id": 5}):
        path.write_text(json.dumps(spoiled))
        with pytest.raises(VaultCorrupt, match="is damaged"):
            SlotFile.load(vault_dir)


@pytest.mark.parametrize("cpus", [1, 2, 4, 64])
@pytest.mark.parametrize("ram_gib", [None, 1, 4, 64])
@pytest.mark.parametrize("one_pass", [0.0, 0.001, 0.25, 30.0])
def test_every_kdf_cost_the_app_writes_is_read_back(
    cpus: int, ram_gib: int | None, one_pass: float
) -> None:
    """The bounds on a slot read from disk admit whatever calibration chooses, the default
    and the test profile."""
    ram = ram_gib << 30 if ram_gib else None
    for kdf in (choose_kdf(ram, ram, cpus, one_pass), KdfParams(), FAST_INSECURE_KDF):
        slot = KeySlot("0011", "alice", "passphrase", kdf, b"s" * 16, b"n" * 12, b"w")
        assert KeySlot.from_json(json.loads(json.dumps(slot.to_json()))) == slot


def test_cli_on_a_vault_with_spoiled_key_slots_says_so(session: Session, vault_dir: Path) -> None:
    session.close()
    _spoil(vault_dir, SPOILED_SLOTS["time_cost 0"])
    done = rrr(vault_dir, "cases", "list")
    assert done.returncode == 1
    assert (
        done.stderr.strip()
        == "rrr: The key slot file of this vault is damaged; restore it from a backup."
    )
