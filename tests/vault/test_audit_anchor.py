"""An audit log no insider can quietly rewrite: a cut end is refused at the next write, and
a history rewritten with the data key (triggers dropped, entries removed, chain recomputed)
disagrees with a signed checkpoint kept elsewhere: in a backup, or on another laptop that
received a sync bundle. Restore and the doctor, end to end."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services import doctor, restore, vault_service
from rrr_desktop.services.audit_service import CHECKPOINT_FILE, AuditService, Checkpoint
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.services.session import Session
from rrr_desktop.vault import audit
from rrr_desktop.vault.keys import FAST_INSECURE_KDF
from tests.conftest import PASSPHRASE


def _views(session: Session, n: int) -> None:
    service = CaseService(session)
    for row in service.search(CaseQuery(limit=n)):
        service.get(row.reference)  # each view is an audit entry


def _rewrite_history(session: Session, drop_last: int, edit_seq: int) -> None:
    """What an insider holding the data key can do: drop the guards, remove the last
    entries, change one, and recompute every hash and the stored head."""
    conn = session.conn()
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    if drop_last:
        conn.execute("DELETE FROM audit WHERE seq > ?", (last - drop_last,))
    conn.execute("UPDATE audit SET actor = 'nobody' WHERE seq = ?", (edit_seq,))
    prev = audit.GENESIS
    rows = conn.execute(
        "SELECT seq, at, actor, action, target, detail FROM audit ORDER BY seq"
    ).fetchall()
    for seq, at, actor, action, target, detail in rows:
        digest = audit.entry_hash(seq, at, actor, action, target, detail, prev)
        conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
        prev = digest
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{rows[-1][0]}:{prev}",))
    conn.execute("DELETE FROM meta WHERE key = 'audit_verified'")


def test_a_cut_end_is_refused_at_the_next_write(demo_session: Session) -> None:
    _views(demo_session, 3)
    conn = demo_session.conn()
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    with pytest.raises(audit.AuditTampered, match="changed outside RRR Desktop"):
        CaseService(demo_session).get(CaseService(demo_session).search(CaseQuery())[0].reference)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(drop_last=st.integers(0, 4), edit_from_end=st.integers(0, 3))
def test_a_rewritten_history_disagrees_with_a_checkpoint_made_before(
    session: Session,
    tmp_path_factory: pytest.TempPathFactory,
    drop_last: int,
    edit_from_end: int,
) -> None:
    folder = tmp_path_factory.mktemp("anchor")
    directory = folder / "vault"
    s = vault_service.create_vault(
        directory, "Org", "TH", "alice", PASSPHRASE, kdf=FAST_INSECURE_KDF, clock=session.clock
    )
    try:
        from rrr_desktop.services.demo import fill_demo

        fill_demo(s, 5, seed=3)
        _views(s, 5)
        service = AuditService(s)
        checkpoint = service.write_checkpoint(folder / "cp.json")
        assert service.verify_against(folder / "cp.json").ok
        last = audit.last_row(s.conn())[0]
        edit_seq = max(1, checkpoint.seq - edit_from_end)
        _rewrite_history(s, drop_last, edit_seq)
        assert audit.verify(s.conn()).ok  # inside the vault it now looks intact...
        report = service.verify_against(folder / "cp.json")
        assert not report.ok  # ...but not against the copy kept elsewhere
        assert any("rewritten" in p or "cut short" in p for p in report.problems)
        assert last >= checkpoint.seq
    finally:
        s.close()


def test_an_altered_checkpoint_is_not_believed(session: Session, tmp_path: Path) -> None:
    service = AuditService(session)
    found = service.write_checkpoint(tmp_path / "cp.json")
    data = json.loads((tmp_path / "cp.json").read_text())
    data["seq"] = found.seq + 5
    (tmp_path / "forged.json").write_text(json.dumps(data))
    report = service.verify_against(tmp_path / "forged.json")
    assert not report.ok
    assert any("signature" in p for p in report.problems)


def test_another_laptop_holds_the_checkpoint_from_a_sync(
    demo_session: Session, tmp_path: Path
) -> None:
    a = demo_session
    b = vault_service.create_vault(
        tmp_path / "b",
        "Placeholder",
        "TH",
        "alice",
        PASSPHRASE,
        kdf=FAST_INSECURE_KDF,
        clock=a.clock,
    )
    try:
        ha, hb = HandoffService(a), HandoffService(b)
        ha.export_card(tmp_path / "a.card")
        hb.trust_peer(hb.add_peer(tmp_path / "a.card").fingerprint)
        hb.join_organisation(ha.identity().fingerprint)
        hb.export_card(tmp_path / "b.card")
        to_b = ha.trust_peer(ha.add_peer(tmp_path / "b.card").fingerprint).fingerprint
        ha.export_bundle("sync", tmp_path / "s.rrrbundle", to_b)
        hb.import_bundle(tmp_path / "s.rrrbundle")
        held = AuditService(b).held(a.device_id)
        assert len(held) == 1
        (tmp_path / "held.json").write_bytes(held[0].to_bytes())
        assert AuditService(a).verify_against(tmp_path / "held.json").ok
        _rewrite_history(a, drop_last=2, edit_seq=2)
        assert not AuditService(a).verify_against(tmp_path / "held.json").ok
    finally:
        b.close()


def test_backup_carries_a_checkpoint_and_restores_into_a_fresh_folder(
    demo_session: Session, tmp_path: Path
) -> None:
    before = CaseService(demo_session).count(CaseQuery())
    vault_service.backup(demo_session, tmp_path / "stick" / "backup")
    found = Checkpoint.from_bytes((tmp_path / "stick" / "backup" / CHECKPOINT_FILE).read_bytes())
    assert found.signed_correctly()
    assert found.vault == demo_session.vault.vault_id
    if os.name == "posix":  # every file of the copy is its owner's only, as the vault's
        modes = {
            p.name: p.stat().st_mode & 0o777 for p in (tmp_path / "stick" / "backup").iterdir()
        }
        assert set(modes.values()) == {0o600}, modes
    fresh = tmp_path / "new-laptop" / "vault"
    plan = restore.plan_restore(tmp_path / "stick" / "backup", fresh)
    assert not plan.newer_here
    assert restore.restore(tmp_path / "stick" / "backup", fresh, "alice", PASSPHRASE) is None
    reopened = vault_service.open_session(fresh, "alice", PASSPHRASE)
    try:
        assert CaseService(reopened).count(CaseQuery()) == before
        assert (
            AuditService(reopened)
            .verify_against(tmp_path / "stick" / "backup" / CHECKPOINT_FILE)
            .ok
        )
    finally:
        reopened.close()


def test_restore_over_newer_data_asks_and_keeps_the_replaced_vault(
    demo_session: Session, tmp_path: Path
) -> None:
    vault_service.backup(demo_session, tmp_path / "backup")
    os.utime(tmp_path / "backup" / "vault.db", (0, 1_000_000))  # an old backup
    _views(demo_session, 2)  # the vault changes after it
    directory = demo_session.directory
    demo_session.close()
    plan = restore.plan_restore(tmp_path / "backup", directory)
    assert plan.newer_here
    assert plan.same_vault
    kept = restore.restore(tmp_path / "backup", directory, "alice", PASSPHRASE)
    assert kept is not None
    assert (kept / "vault.db").exists()  # set aside, never deleted
    # within the same second
    again = restore.restore(tmp_path / "backup", directory, "alice", PASSPHRASE)
    assert again is not None
    assert again != kept
    assert (kept / "vault.db").exists()
    assert (again / "vault.db").exists()
    vault_service.open_session(directory, "alice", PASSPHRASE).close()


def test_restore_refuses_what_is_not_a_backup(tmp_path: Path) -> None:
    from rrr_desktop.errors import InvalidInput

    (tmp_path / "x").mkdir()
    with pytest.raises(InvalidInput, match="not a backup"):
        restore.plan_restore(tmp_path / "x", tmp_path / "vault")
    with pytest.raises(InvalidInput, match="not a folder"):
        restore.plan_restore(tmp_path / "missing", tmp_path / "vault")


def test_doctor_reports_what_is_wrong(session: Session, tmp_path: Path) -> None:
    checks = {c.name: c for c in doctor.examine(session, session.directory)}
    assert checks["backup"].ok is False  # never backed up
    assert checks["integrity"].ok
    assert checks["cipher integrity"].ok
    assert checks["audit chain"].ok
    assert checks["permissions"].ok, checks["permissions"].detail
    vault_service.backup(session, tmp_path / "backup")
    (session.directory / "vault.db").chmod(0o644)
    checks = {c.name: c for c in doctor.examine(session, session.directory)}
    assert checks["backup"].ok
    assert not checks["permissions"].ok


def _rrr(vault: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RRR_INSECURE_FAST_KDF_FOR_TESTS": "1"}
    env.pop("RRR_PASSPHRASE", None)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "rrr_desktop.cli",
            "--vault",
            str(vault),
            "--passphrase-stdin",
            *args,
        ],
        input=f"{PASSPHRASE}\n{PASSPHRASE}\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_cli_checkpoint_verify_against_doctor_and_restore(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    assert (
        _rrr(vault, "init", "--org", "Org", "--country", "KH", "--user", "sophea").returncode == 0
    )
    assert _rrr(vault, "demo", "--cases", "5").returncode == 0
    made = _rrr(vault, "audit", "checkpoint", "--out", str(tmp_path / "cp.json"))
    assert made.returncode == 0, made.stderr
    checked = _rrr(vault, "audit", "verify", "--against", str(tmp_path / "cp.json"))
    assert checked.returncode == 0, checked.stderr
    assert "agrees with the checkpoint" in checked.stdout
    listed = _rrr(vault, "audit", "list", "--action", "audit.", "--json")
    assert listed.returncode == 0, listed.stderr
    assert {e["action"] for e in json.loads(listed.stdout)} >= {"audit.checkpoint"}
    exported = _rrr(vault, "audit", "export", "--out", str(tmp_path / "audit.csv"))
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "audit.csv").read_text().startswith("seq,at,user,action")
    doc = _rrr(vault, "doctor")
    assert doc.returncode == 1  # no backup yet
    assert "no backup was ever made" in doc.stdout
    assert _rrr(vault, "backup", "--out", str(tmp_path / "backup")).returncode == 0
    doc = _rrr(vault, "doctor", "--json")
    assert doc.returncode == 0, doc.stdout
    restored = _rrr(tmp_path / "other", "restore", str(tmp_path / "backup"))
    assert restored.returncode == 0, restored.stderr
    assert _rrr(tmp_path / "other", "cases", "list", "--json").returncode == 0
    missing = _rrr(vault, "audit", "verify", "--against", str(tmp_path / "nope.json"))
    assert missing.returncode != 0
    assert "Traceback" not in missing.stderr


def test_a_record_changed_outside_the_app_no_longer_matches_the_chain(
    demo_session: Session,
) -> None:
    from rrr_desktop.services.audit_service import verify_audit
    from rrr_desktop.vault.records import encode_doc, get_record

    service = CaseService(demo_session)
    reference = service.search(CaseQuery())[0].reference
    service.modify(
        reference, lambda c: setattr(c.person, "wishes", "typed in the app"), "case.edit"
    )
    assert verify_audit(demo_session).ok  # every change through the app is sealed
    case_id = service.get(reference, audit=False).id
    conn = demo_session.conn()
    found = get_record(conn, case_id)
    assert found is not None
    doc = json.loads(found[1])
    doc["person"]["wishes"] = "changed with the data key, outside the app"
    conn.execute("UPDATE records SET data = ? WHERE id = ?", (encode_doc(json.dumps(doc)), case_id))
    report = audit.verify(conn)
    assert report.ok  # the chain of entries alone still looks intact...
    problems = audit.verify_records(conn)
    assert any("changed outside RRR Desktop" in p for p in problems)  # ...but not the record
    assert not verify_audit(demo_session).ok
