from pathlib import Path

import pytest

from rrr_desktop.errors import VaultCorrupt
from rrr_desktop.services import vault_service
from rrr_desktop.services.session import Session
from rrr_desktop.vault import db
from rrr_desktop.vault.migrations import MIGRATIONS
from tests.conftest import PASSPHRASE


def _undo_notes_and_files(conn: db.Connection) -> None:
    """Schemas 14 to 22 as if they had never run (for tests that go back further)."""
    for table in (
        "attachment_data",
        "case_attachments",
        "case_notes",
        "print_records",
        "case_stage_changes",
    ):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("ALTER TABLE case_index DROP COLUMN notes_key")
    conn.execute("ALTER TABLE case_index DROP COLUMN age_group")
    conn.execute("ALTER TABLE case_index DROP COLUMN rows_key")
    for column in ("epoch", "seen_epochs", "restored", "restored_epoch"):
        conn.execute(f"ALTER TABLE handoff_sync_state DROP COLUMN {column}")


def test_new_vault_runs_every_migration(session: Session) -> None:
    conn = session.conn()
    assert db.schema_version(conn) == MIGRATIONS[-1][0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"records", "case_index", "audit", "users", "meta"} <= tables
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_vault_from_a_newer_version_is_refused(session: Session, vault_dir: Path) -> None:
    session.conn().execute("PRAGMA user_version = 999")
    session.close()
    with pytest.raises(VaultCorrupt, match="newer"):
        vault_service.open_session(vault_dir, "alice", PASSPHRASE)


def test_failed_migration_leaves_the_previous_schema(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = session.conn()
    before = db.schema_version(conn)
    broken = [*MIGRATIONS, (before + 1, "CREATE TABLE half_done(x); SELECT no_such_function();")]
    monkeypatch.setattr(db, "MIGRATIONS", broken)
    with pytest.raises(db.DatabaseError):
        db.migrate(conn)
    assert db.schema_version(conn) == before
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names


def test_upgrade_finds_the_cases_waiting_for_a_supervisor(
    demo_session: Session, vault_dir: Path
) -> None:
    """Schema 12 indexes "waits for a supervisor's decision": a vault of schema 11 gets
    it computed from every case document, so Today lists the same approvals as before."""
    from rrr_desktop.services.today import today_list

    before = sorted(i.reference for i in today_list(demo_session).items if i.kind == "approval")
    assert before  # the demo has returns waiting for a decision
    conn = demo_session.conn()
    conn.execute("UPDATE case_index SET approval = 0")  # as an old vault: nothing known
    conn.execute("DROP INDEX case_index_approval")
    conn.execute("ALTER TABLE case_index DROP COLUMN approval")
    conn.execute("ALTER TABLE case_index DROP COLUMN name_key")  # added by 13
    _undo_notes_and_files(conn)
    conn.execute("PRAGMA user_version = 11")
    demo_session.close()
    again = vault_service.open_session(vault_dir, "alice", PASSPHRASE, demo_session.clock)
    try:
        after = sorted(i.reference for i in today_list(again).items if i.kind == "approval")
        assert after == before
        assert db.schema_version(again.conn()) == MIGRATIONS[-1][0]
    finally:
        again.close()


def test_upgrade_gives_every_case_its_spelling_key(demo_session: Session, vault_dir: Path) -> None:
    """Schema 13 keeps each name's spelling key: a vault of schema 12 gets them all, and
    the duplicate check finds the same people as before."""
    conn = demo_session.conn()
    given, family, year, nationality = conn.execute(
        "SELECT given_name, family_name, birth_year, nationality FROM case_index LIMIT 1"
    ).fetchone()
    from rrr_desktop.vault import cases as repo

    before = [r.reference for r in repo.similar_cases(conn, given, family, year, nationality)]
    conn.execute("ALTER TABLE case_index DROP COLUMN name_key")
    _undo_notes_and_files(conn)
    conn.execute("PRAGMA user_version = 12")
    demo_session.close()
    again = vault_service.open_session(vault_dir, "alice", PASSPHRASE, demo_session.clock)
    try:
        after = [
            r.reference for r in repo.similar_cases(again.conn(), given, family, year, nationality)
        ]
        assert before
        assert after == before
    finally:
        again.close()


def test_upgrade_to_14_adds_notes_and_files_to_a_vault_with_cases(
    demo_session: Session, vault_dir: Path
) -> None:
    """A vault of schema 13 opens with empty notes and files, and both work at once."""
    from rrr_desktop.domain.notes import AttachmentKind
    from rrr_desktop.domain.queries import CaseQuery
    from rrr_desktop.services.cases import CaseService
    from rrr_desktop.services.notes import NotesService

    _undo_notes_and_files(demo_session.conn())
    demo_session.conn().execute("PRAGMA user_version = 13")
    demo_session.close()
    again = vault_service.open_session(vault_dir, "alice", PASSPHRASE, demo_session.clock)
    try:
        reference = CaseService(again).search(CaseQuery(limit=1))[0].reference
        notes = NotesService(again)
        notes.add_note(reference, "first note after the upgrade")
        attached = notes.attach_bytes(reference, b"%PDF-1.4 x", AttachmentKind.OTHER, "x.pdf")
        assert notes.open_attachment(reference, attached.id).data == b"%PDF-1.4 x"
        found = CaseService(again).search(CaseQuery(notes_text="upgrade"))
        assert [r.reference for r in found] == [reference]
    finally:
        again.close()


def test_upgrade_to_22_keys_each_case_at_its_next_save(
    demo_session: Session, vault_dir: Path
) -> None:
    """A vault of schema 21 opens with no keys; the stage rows stay as they were, and a
    case saved again gets its key, its rows as the save says."""
    from rrr_desktop.services.cases import CaseService

    def stage_rows(session: Session) -> list[tuple[object, ...]]:
        sql = "SELECT rid, to_stage, on_date, days FROM case_stage_changes ORDER BY rid, rowid"
        return session.conn().execute(sql).fetchall()

    before = stage_rows(demo_session)
    demo_session.conn().execute("ALTER TABLE case_index DROP COLUMN rows_key")
    demo_session.conn().execute("PRAGMA user_version = 21")
    demo_session.close()
    again = vault_service.open_session(vault_dir, "alice", PASSPHRASE, demo_session.clock)
    try:
        conn = again.conn()
        assert {r[0] for r in conn.execute("SELECT rows_key FROM case_index")} == {""}
        assert stage_rows(again) == before
        service = CaseService(again)
        case_id = conn.execute("SELECT id FROM case_index ORDER BY id LIMIT 1").fetchone()[0]
        case = service.get(case_id, audit=False)
        case.person.wishes = "to open a shop"
        service.save(case)
        keyed = conn.execute("SELECT rows_key FROM case_index WHERE id = ?", (case_id,))
        assert keyed.fetchone()[0] != ""
        assert stage_rows(again) == before
    finally:
        again.close()
