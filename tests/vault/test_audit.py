from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services.audit_service import verify_audit
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session


def _drop_guards(session: Session) -> None:
    service = CaseService(session)
    for row in service.search(CaseQuery(limit=3)):
        service.get(row.reference)  # three more entries, so one can go from the middle
    conn = session.conn()
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DROP TRIGGER audit_no_delete")


def test_intact_log_verifies(demo_session: Session) -> None:
    ref = CaseService(demo_session).search(CaseQuery(limit=1))[0].reference
    CaseService(demo_session).get(ref)
    report = verify_audit(demo_session)
    assert report.ok, report.problems
    # create, accounts sealed and its records sealed, the demo's caseworkers sealed, the
    # demo batch and its records sealed, the view
    assert report.entries == 7


def test_log_refuses_updates_and_deletes(demo_session: Session) -> None:
    import pytest

    conn = demo_session.conn()
    with pytest.raises(Exception, match="append-only"):
        conn.execute("UPDATE audit SET actor = 'x' WHERE seq = 1")
    with pytest.raises(Exception, match="append-only"):
        conn.execute("DELETE FROM audit WHERE seq = 1")


def test_edited_entry_is_detected(demo_session: Session) -> None:
    _drop_guards(demo_session)
    demo_session.conn().execute("UPDATE audit SET actor = 'someone-else' WHERE seq = 2")
    report = verify_audit(demo_session)
    assert not report.ok
    assert any("entry 2 was changed" in p for p in report.problems)


def test_deleted_entry_is_detected(demo_session: Session) -> None:
    _drop_guards(demo_session)
    demo_session.conn().execute("DELETE FROM audit WHERE seq = 2")
    report = verify_audit(demo_session)
    assert not report.ok
    assert any("missing" in p or "does not follow" in p for p in report.problems)


def test_entries_cut_from_the_end_are_detected(demo_session: Session) -> None:
    _drop_guards(demo_session)
    conn = demo_session.conn()
    last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    conn.execute("DELETE FROM audit WHERE seq = ?", (last,))
    report = verify_audit(demo_session)
    assert not report.ok
    assert any("removed" in p for p in report.problems)


def test_audit_detail_names_fields_not_values(demo_session: Session) -> None:
    service = CaseService(demo_session)
    ref = service.search(CaseQuery(limit=1))[0].reference
    service.modify(ref, lambda c: setattr(c.person, "wishes", "secret wish text"), "case.edit")
    rows = demo_session.conn().execute("SELECT detail FROM audit").fetchall()
    assert all("secret wish text" not in r[0] for r in rows)
    assert any("person" in r[0] for r in rows)
