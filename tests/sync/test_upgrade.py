"""Upgrading a vault from sync format 1 (three-way merge) to replicated states."""

import json
import os
from pathlib import Path

from rrr_desktop.domain import replica
from rrr_desktop.domain.casefile import CaseFile, Intake
from rrr_desktop.domain.people import Person
from rrr_desktop.vault import db
from rrr_desktop.vault.migrations import MIGRATIONS
from rrr_desktop.vault.records import decode_state, encode_doc


def _old_vault(path: Path, cases: list[CaseFile], hlc: str) -> db.Connection:
    conn = db.open_connection(path, os.urandom(32))
    for number, step in MIGRATIONS:
        if number < 7:
            assert isinstance(step, str)
            conn.executescript(f"BEGIN;\n{step}\nPRAGMA user_version = {number};\nCOMMIT;")
    for case in cases:
        conn.execute(
            "INSERT INTO records(id, kind, data, hlc, device, deleted) VALUES (?,?,?,?,?,0)",
            (case.id, "case", encode_doc(case.model_dump_json()), hlc, hlc.rsplit("-", 1)[1]),
        )
    return conn


def _case(wishes: str) -> CaseFile:
    return CaseFile(
        id="c1",
        reference="TH-2026-00001",
        person=Person(given_name="Sokha", wishes=wishes),
        intake=Intake(intake_date="2026-11-02"),
    )


def test_laptops_holding_the_same_version_get_the_same_state(tmp_path: Path) -> None:
    states = []
    held = _case("home")  # one version, held by both (built once: its times come from a clock)
    for name in ("a", "b"):
        conn = _old_vault(tmp_path / f"{name}.db", [held], "1796000000000-0000-aaaa")
        db.migrate(conn)
        states.append(decode_state(conn.execute("SELECT state FROM records").fetchone()[0]))
    assert states[0] == states[1]
    assert replica.conflicts(replica.merge(states[0], states[1], replica.shape_of(CaseFile))) == {}


def test_an_open_conflict_of_the_old_merge_stays_open_and_old_copies_go(tmp_path: Path) -> None:
    conn = _old_vault(tmp_path / "v.db", [_case("home")], "1796000000000-0000-aaaa")
    conn.execute(
        "INSERT INTO handoff_base(peer, record_id, hlc, deleted, data) VALUES (?,?,?,0,?)",
        ("PEER", "c1", "1796000000000-0000-aaaa", encode_doc('{"person": {"given_name": "x"}}')),
    )
    conn.execute(
        "INSERT INTO handoff_conflicts(peer, bundle_id, record_id, path, base, local, remote, "
        "created_at) VALUES ('PEER', 'b', 'c1', ?, '{}', ?, ?, 'now')",
        (json.dumps(["person", "wishes"]), json.dumps({"v": "home"}), json.dumps({"v": "city"})),
    )
    assert db.migrate(conn) == MIGRATIONS[-1][0]
    state = decode_state(conn.execute("SELECT state FROM records").fetchone()[0])
    values = {s[2] for s in replica.conflicts(state)["person/wishes"]}
    assert values == {"home", "city"}
    assert conn.execute("SELECT path FROM sync_conflicts").fetchall() == [("person/wishes",)]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert not tables & {"handoff_base", "handoff_conflicts", "handoff_received"}
