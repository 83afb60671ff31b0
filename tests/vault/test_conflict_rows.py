"""Open conflicts keep their numbers while a record is saved again (a person was shown them)."""

from rrr_desktop.services.session import Session
from rrr_desktop.vault.records import store_record


def _register(*values: str) -> dict[str, object]:
    siblings = [[f"179600000000{n}-0000-d{n}", "u", v] for n, v in enumerate(values)]
    return {"s": siblings, "c": {f"d{n}": f"179600000000{n}-0000" for n in range(len(values))}}


def test_resolving_one_conflict_keeps_the_number_of_the_other(session: Session) -> None:
    conn = session.conn()
    both = {"del": "", "anon": "", "r": {"a": _register("x", "y"), "b": _register("p", "q")}}
    with session.write() as w:
        store_record(w, "r1", "note", "{}", both, "1796000000009-0000-me", "me")
    ids = dict(conn.execute("SELECT path, id FROM sync_conflicts").fetchall())
    assert set(ids) == {"a", "b"}
    one = {"del": "", "anon": "", "r": {"a": _register("x"), "b": _register("p", "q")}}
    with session.write() as w:
        store_record(w, "r1", "note", "{}", one, "1796000000010-0000-me", "me")
    assert dict(conn.execute("SELECT path, id FROM sync_conflicts").fetchall()) == {"b": ids["b"]}
    with session.write() as w:
        store_record(w, "r1", "note", "{}", {"del": "1", "anon": "", "r": {}}, "1", "me")
    assert conn.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0] == 0
