"""Accounts are committed to by the audit chain, like records.

Found by a trial: a caseworker's passphrase gives the data key, and plain SQL on the
``users`` table made her an administrator while ``rrr doctor`` and ``rrr audit verify``
still said the vault was intact.
"""

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rrr_desktop.domain.enums import Role
from rrr_desktop.errors import PermissionDenied
from rrr_desktop.services import doctor, vault_service
from rrr_desktop.services.audit_service import verify_audit
from rrr_desktop.services.session import Session
from rrr_desktop.vault import audit, users
from rrr_desktop.vault.store import Vault
from tests.cli_run import rrr as run_rrr
from tests.conftest import PASSPHRASE

DARA = "dara passphrase 123"


def _with_caseworker(session: Session) -> Path:
    vault_service.add_user(session, "dara", DARA, [Role.CASEWORKER])
    return session.directory


def _as_insider(directory: Path, sql: str, *params: object) -> None:
    """What someone with dara's passphrase can do without the app: the data key, then SQL."""
    vault = Vault.unlock(directory, "dara", DARA)
    conn = vault.connect()
    try:
        conn.execute(sql, params)
    finally:
        conn.close()
        vault.lock()


def _problems(directory: Path) -> list[str]:
    session = vault_service.open_session(directory, "alice", PASSPHRASE)
    try:
        report = verify_audit(session)
        checks = {c.name: c for c in doctor.examine(session, directory)}
        assert checks["audit chain"].ok is report.ok
        return report.problems
    finally:
        session.close()


ROLES = st.lists(st.sampled_from(list(Role)), min_size=1, unique=True)


@settings(max_examples=8, deadline=None)
@given(roles=ROLES, active=st.booleans(), name=st.text(min_size=0, max_size=12))
def test_any_change_of_an_account_by_sql_is_seen_and_does_not_open(
    tmp_path_factory: pytest.TempPathFactory, roles: list[Role], active: bool, name: str
) -> None:
    from rrr_desktop.vault.keys import FAST_INSECURE_KDF

    directory = tmp_path_factory.mktemp("v") / "vault"
    session = vault_service.create_vault(
        directory, "Test Shelter", "TH", "alice", PASSPHRASE, kdf=FAST_INSECURE_KDF
    )
    try:
        _with_caseworker(session)
        before = users.get_user(session.conn(), "dara")
    finally:
        session.close()
    assert before is not None
    changed = before.model_copy(update={"roles": roles, "active": active, "display_name": name})
    assume(changed != before)
    _as_insider(
        directory,
        "UPDATE users SET data = ? WHERE username = 'dara'",
        changed.model_dump_json(),
    )
    with pytest.raises(PermissionDenied, match="changed outside RRR Desktop"):
        vault_service.open_session(directory, "dara", DARA)
    assert any("account of dara" in p for p in _problems(directory))


def test_a_caseworker_who_makes_herself_administrator_is_caught(session: Session) -> None:
    directory = _with_caseworker(session)
    session.close()
    _as_insider(
        directory,
        "UPDATE users SET data = json_set(data, '$.roles', json(?)) WHERE username = 'dara'",
        json.dumps(["admin", "supervisor", "caseworker"]),
    )
    with pytest.raises(PermissionDenied, match="changed outside RRR Desktop"):
        vault_service.open_session(directory, "dara", DARA)
    assert _problems(directory) == ["the account of dara was changed outside RRR Desktop"]
    # the administrator still works, and puts it right through the app
    admin = vault_service.open_session(directory, "alice", PASSPHRASE)
    try:
        vault_service.set_roles(admin, "dara", [Role.CASEWORKER])
    finally:
        admin.close()
    assert _problems(directory) == []
    dara = vault_service.open_session(directory, "dara", DARA)
    assert dara.user.roles == [Role.CASEWORKER]
    dara.close()


@pytest.mark.parametrize("where", ["no entry", "another entry", "a digest entry"])
def test_an_account_slipped_in_with_its_own_chain_row_is_caught(
    session: Session, where: str
) -> None:
    """Adding an audit_records row for the forged account, at a number no entry has, at an
    entry of another kind, or inside an existing seal, neither opens the account nor passes
    the check."""
    directory = _with_caseworker(session)
    conn = session.conn()
    seq = {
        "no entry": 999999,
        "another entry": conn.execute(
            "SELECT max(seq) FROM audit WHERE action != 'records.digest'"
        ).fetchone()[0],
        "a digest entry": conn.execute(
            "SELECT max(seq) FROM audit WHERE action = 'records.digest'"
        ).fetchone()[0],
    }[where]
    session.close()
    forged = (
        '{"username":"dara","display_name":"dara","roles":["admin"],"active":true,"language":"en"}'
    )
    _as_insider(directory, "UPDATE users SET data = ? WHERE username = 'dara'", forged)
    _as_insider(
        directory,
        "INSERT INTO audit_records(seq, record_id, digest) VALUES (?, 'user:dara', ?)",
        seq,
        users.account_digest("dara", forged),
    )
    with pytest.raises(PermissionDenied, match="changed outside"):
        vault_service.open_session(directory, "dara", DARA)
    assert any(f"entry {seq} were" in p for p in _problems(directory))


def test_changes_made_in_the_app_open_and_verify(session: Session) -> None:
    directory = _with_caseworker(session)
    vault_service.set_roles(session, "dara", [Role.CASEWORKER, Role.SUPERVISOR])
    vault_service.set_active(session, "dara", False)
    vault_service.set_active(session, "dara", True)
    session.close()
    dara = vault_service.open_session(directory, "dara", DARA)
    assert set(dara.user.roles) == {Role.CASEWORKER, Role.SUPERVISOR}
    dara.close()
    assert _problems(directory) == []


def test_a_vault_from_before_accounts_were_chained_is_sealed_at_its_next_unlock(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rrr_desktop.vault.keys import FAST_INSECURE_KDF

    with monkeypatch.context() as old_version:
        old_version.setattr(users, "_chained", lambda *_a: None)
        old_version.setattr(users, "seal_accounts", lambda *_a: None)
        session = vault_service.create_vault(
            vault_dir, "Test Shelter", "TH", "alice", PASSPHRASE, kdf=FAST_INSECURE_KDF
        )
        _with_caseworker(session)
        assert not users.accounts_chained(session.conn())
        session.close()
    dara = vault_service.open_session(vault_dir, "dara", DARA)  # the upgrade
    assert users.accounts_chained(dara.conn())
    dara.close()
    assert _problems(vault_dir) == []
    _as_insider(
        vault_dir,
        "UPDATE users SET data = json_set(data, '$.roles', json('[\"admin\"]')) "
        "WHERE username = 'dara'",
    )
    with pytest.raises(PermissionDenied):
        vault_service.open_session(vault_dir, "dara", DARA)


def test_cli_as_the_trial_did_it(tmp_path: Path) -> None:
    vault = tmp_path / "vault"

    def rrr(*args: str, stdin: str = PASSPHRASE + "\n") -> subprocess.CompletedProcess[str]:
        return run_rrr(vault, *args, stdin=stdin)

    made = rrr(
        "init", "--org", "Org", "--country", "KH", "--user", "alice",
        stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    added = rrr("--user", "alice", "user", "add", "dara", stdin=f"{PASSPHRASE}\n{DARA}\n{DARA}\n")
    assert added.returncode == 0, added.stderr
    _as_insider(
        vault,
        "UPDATE users SET data = json_set(data, '$.roles', json('[\"admin\"]')) "
        "WHERE username = 'dara'",
    )
    as_dara = rrr("--user", "dara", "user", "list", stdin=DARA + "\n")
    assert as_dara.returncode == 1
    assert "changed outside RRR Desktop" in as_dara.stderr
    verified = rrr("--user", "alice", "audit", "verify")
    assert verified.returncode == 1
    assert "account of dara" in verified.stderr + verified.stdout
    assert rrr("--user", "alice", "doctor").returncode == 1


def test_deleting_the_chained_rows_does_not_turn_the_check_off(session: Session) -> None:
    """With plain SQL: the append-only guard dropped, the role changed and every chained
    account row deleted (as if the vault predated chained accounts). The log entry that
    sealed the accounts is in the hash chain, so the check stays on."""
    directory = _with_caseworker(session)
    session.close()
    for sql in (
        "DROP TRIGGER audit_records_no_delete",
        "UPDATE users SET data = json_set(data, '$.roles', json('[\"admin\"]')) "
        "WHERE username = 'dara'",
        "DELETE FROM audit_records WHERE record_id LIKE 'user:%'",
    ):
        _as_insider(directory, sql)
    for user, passphrase in (("dara", DARA), ("alice", PASSPHRASE)):  # no proof left
        with pytest.raises(PermissionDenied, match="changed outside"):
            vault_service.open_session(directory, user, passphrase)
    vault = Vault.unlock(directory, "alice", PASSPHRASE)  # what 'rrr doctor' would read
    conn = vault.connect()
    try:
        problems = audit.verify_records(conn)
    finally:
        conn.close()
        vault.lock()
    assert "the account of dara was changed outside RRR Desktop" in problems
