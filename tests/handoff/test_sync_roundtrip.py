"""Device sync inside one organisation: round trip, per-field merge, conflicts, tombstones."""

import json
from pathlib import Path

import pytest

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.people import Contact
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.domain.reintegration import FollowUpVisit
from rrr_desktop.domain.retention import ANONYMISED
from rrr_desktop.services.cases import CaseService
from rrr_desktop.vault.cases import anonymise_case, tombstone_case
from rrr_desktop.vault.records import decode_doc, encode_doc, get_state
from tests.conftest import TODAY
from tests.handoff.conftest import Side, fingerprint_of


def _send(src: Side, dst: Side, out: Path) -> dict[str, int]:
    src.handoff.export_bundle("sync", out, fingerprint_of(dst))
    return dst.handoff.import_bundle(out).totals()


def _first_reference(side: Side) -> str:
    return CaseService(side.session).search(CaseQuery(limit=1, sort="reference"))[0].reference


def test_round_trip_a_to_b_edit_and_back(two_devices: tuple[Side, Side], tmp_path: Path) -> None:
    a, b = two_devices
    assert _send(a, b, tmp_path / "1.rrrbundle") == {"new": 300}
    assert CaseService(b.session).count(CaseQuery()) == 300
    reference = _first_reference(b)
    CaseService(b.session).modify(
        reference, lambda c: setattr(c.person, "wishes", "B wrote"), "case.edit"
    )
    totals = _send(b, a, tmp_path / "2.rrrbundle")
    assert totals == {"changed": 1}  # only the edited case went back, nothing echoed
    assert CaseService(a.session).get(reference, audit=False).person.wishes == "B wrote"
    # Nothing new on either side: the next bundle is empty.
    a.handoff.export_bundle("sync", tmp_path / "3.rrrbundle", fingerprint_of(b))
    assert b.handoff.import_bundle(tmp_path / "3.rrrbundle").totals() == {}


def test_edits_of_different_fields_merge_without_conflict(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_devices
    _send(a, b, tmp_path / "1.rrrbundle")
    reference = _first_reference(a)
    CaseService(a.session).modify(reference, lambda c: setattr(c.person, "wishes", "from A"), "e")
    CaseService(b.session).modify(
        reference, lambda c: setattr(c.intake, "first_needs", "from B"), "e"
    )
    assert _send(b, a, tmp_path / "2.rrrbundle") == {"changed": 1}
    merged = CaseService(a.session).get(reference, audit=False)
    assert (merged.person.wishes, merged.intake.first_needs) == ("from A", "from B")
    assert a.handoff.conflicts() == []
    assert _send(a, b, tmp_path / "3.rrrbundle") == {"changed": 1}
    back = CaseService(b.session).get(reference, audit=False)
    assert (back.person.wishes, back.intake.first_needs) == ("from A", "from B")


def test_same_field_edited_on_both_sides_is_a_conflict_resolved_once_for_all(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_devices
    _send(a, b, tmp_path / "1.rrrbundle")
    reference = _first_reference(a)
    CaseService(a.session).modify(reference, lambda c: setattr(c.person, "wishes", "A says"), "e")
    CaseService(b.session).modify(reference, lambda c: setattr(c.person, "wishes", "B says"), "e")
    CaseService(b.session).modify(reference, lambda c: setattr(c.intake, "first_needs", "B"), "e")
    assert _send(b, a, tmp_path / "2.rrrbundle") == {"conflict": 1}
    case = CaseService(a.session).get(reference, audit=False)
    [conflict] = a.handoff.conflicts(case.id)
    assert conflict.path == "person/wishes"
    assert {s.value for s in conflict.siblings} == {"A says", "B says"}
    assert case.intake.first_needs == "B"  # the open conflict holds back only its field
    # The conflict travels like any value: B sees the same two values.
    assert _send(a, b, tmp_path / "3.rrrbundle") == {"conflict": 1}
    [on_b] = b.handoff.conflicts(case.id)
    assert {s.value for s in on_b.siblings} == {"A says", "B says"}
    a.handoff.resolve(conflict.id, "ours")
    assert CaseService(a.session).get(reference, audit=False).person.wishes == "A says"
    assert a.handoff.conflicts() == []
    # The choice is a new write that supersedes both values: B is never asked again.
    assert _send(a, b, tmp_path / "4.rrrbundle") == {"changed": 1}
    assert b.handoff.conflicts() == []
    assert CaseService(b.session).get(reference, audit=False).person.wishes == "A says"


def test_deletion_travels_as_a_tombstone(two_devices: tuple[Side, Side], tmp_path: Path) -> None:
    a, b = two_devices
    _send(a, b, tmp_path / "1.rrrbundle")
    reference = _first_reference(a)
    service = CaseService(a.session)
    case: CaseFile = service.get(reference, audit=False)
    with a.session.write() as conn:
        tombstone_case(conn, case.id, a.session.next_version(), a.session.device_id)
    # B has not acknowledged bundle 1 yet, so A sends its cases again: they are unchanged.
    assert _send(a, b, tmp_path / "2.rrrbundle") == {"deleted": 1, "unchanged": 299}
    assert CaseService(b.session).count(CaseQuery()) == 299


def test_an_edit_there_never_brings_a_case_deleted_here_back(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    """Deletion (retention) is final: the concurrent edit is dropped and counted."""
    a, b = two_devices
    _send(a, b, tmp_path / "1.rrrbundle")
    reference = _first_reference(a)
    case = CaseService(a.session).get(reference, audit=False)
    with a.session.write() as conn:
        tombstone_case(conn, case.id, a.session.next_version(), a.session.device_id)
    CaseService(b.session).modify(
        reference, lambda c: setattr(c.person, "wishes", "still here"), "e"
    )
    assert _send(b, a, tmp_path / "2.rrrbundle") == {"dropped": 1}
    assert a.handoff.conflicts() == []
    assert CaseService(a.session).count(CaseQuery()) == 299
    state = get_state(a.session.conn(), case.id)
    assert state is not None
    assert state["del"]
    assert state["r"] == {}
    # And the deletion reaches B, whose edit goes too.
    assert _send(a, b, tmp_path / "3.rrrbundle")["deleted"] == 1
    assert CaseService(b.session).count(CaseQuery()) == 299
    row = b.session.conn().execute("SELECT data, state FROM records WHERE id = ?", (case.id,))
    data, blob = row.fetchone()
    assert "still here" not in decode_doc(data) + decode_doc(blob)


def test_an_old_stick_arriving_after_a_deletion_changes_nothing(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_devices
    old = tmp_path / "old.rrrbundle"
    a.handoff.export_bundle("sync", old, fingerprint_of(b))  # carried late
    _send(a, b, tmp_path / "1.rrrbundle")
    reference = _first_reference(b)
    case = CaseService(b.session).get(reference, audit=False)
    with b.session.write() as conn:
        tombstone_case(conn, case.id, b.session.next_version(), b.session.device_id)
    assert b.handoff.import_bundle(old).totals() == {"dropped": 1, "unchanged": 299}
    assert CaseService(b.session).count(CaseQuery()) == 299


def test_anonymisation_is_not_undone_by_a_concurrent_edit(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_devices
    _send(a, b, tmp_path / "1.rrrbundle")
    reference = _first_reference(a)
    case = CaseService(a.session).get(reference, audit=False)
    with a.session.write() as conn:
        anonymise_case(conn, case.id, a.session.next_version(), a.session.device_id, TODAY.date())
    CaseService(b.session).modify(
        reference, lambda c: c.person.contacts.append(Contact(value="+855 12 777 888")), "e"
    )
    CaseService(b.session).modify(reference, lambda c: setattr(c.person, "wishes", "x"), "e")
    assert _send(b, a, tmp_path / "2.rrrbundle") == {"dropped": 1}
    _send(a, b, tmp_path / "3.rrrbundle")
    for side in (a, b):
        anon = CaseService(side.session).get(case.id, audit=False)
        assert anon.person.given_name == ANONYMISED
        assert anon.person.contacts == []
        assert anon.person.wishes == ""
        row = side.session.conn().execute(
            "SELECT data, state FROM records WHERE id = ?", (case.id,)
        )
        data, state = row.fetchone()
        assert "777 888" not in decode_doc(data) + decode_doc(state)
        assert side.handoff.conflicts() == []


def test_an_older_stick_after_a_newer_one_rolls_nothing_back(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    """A follow-up visit added on A, then edited: the older stick arriving last at B
    neither removes the visit nor undoes the edit, and later syncs keep both."""
    a, b = two_devices
    _send(a, b, tmp_path / "0.rrrbundle")
    reference = _first_reference(a)
    visit = FollowUpVisit(scheduled_on=TODAY.date(), notes="first visit planned")
    CaseService(a.session).modify(reference, lambda c: c.reintegration.visits.append(visit), "e")
    older = tmp_path / "older.rrrbundle"
    a.handoff.export_bundle("sync", older, fingerprint_of(b))
    CaseService(a.session).modify(
        reference, lambda c: setattr(c.reintegration.visits[-1], "notes", "met the family"), "e"
    )
    newer = tmp_path / "newer.rrrbundle"
    a.handoff.export_bundle("sync", newer, fingerprint_of(b))
    assert b.handoff.import_bundle(newer).totals()["changed"] == 1
    assert set(b.handoff.import_bundle(older).totals()) == {"unchanged"}
    for side in (a, b):
        [kept] = CaseService(side.session).get(reference, audit=False).reintegration.visits
        assert (kept.id, kept.notes) == (visit.id, "met the family")
    assert _send(b, a, tmp_path / "back.rrrbundle").get("changed", 0) == 0
    assert a.handoff.conflicts() == []
    assert b.handoff.conflicts() == []


def test_a_person_opened_on_two_laptops_is_pointed_out(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    """Both laptops opened a case for "Dara Sok" (one spelt "Darra"): the sync brings the
    other as a new case, and the preview says it may be the same person."""
    import datetime as dt

    from rrr_desktop.domain.casefile import Intake
    from rrr_desktop.domain.people import Person

    a, b = two_devices
    intake = Intake(intake_date=dt.date(2026, 11, 20), origin_country="KH")
    mine = CaseService(b.session).create(
        Person(
            given_name="Dara",
            family_name="Sok",
            nationality="KH",
            date_of_birth=dt.date(2001, 5, 1),
        ),
        intake,
    )
    theirs = CaseService(a.session).create(
        Person(
            given_name="Darra",
            family_name="Sok",
            nationality="KH",
            date_of_birth=dt.date(2002, 1, 1),
        ),
        intake,
    )
    out = tmp_path / "sync.rrrbundle"
    a.handoff.export_bundle("sync", out, fingerprint_of(b))
    preview = b.handoff.preview(out)
    alike = {i.reference: i.similar for i in preview.items if i.similar}
    assert alike.get(theirs.reference) == [mine.reference]
    applied = b.handoff.import_bundle(out)
    assert [i.similar for i in applied.items if i.reference == theirs.reference] == [
        [mine.reference]
    ]


def test_states_stored_before_packing_still_travel_and_merge(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    """A vault upgraded from the plain form holds rows not yet packed: they read, export
    and import as packed rows do (record schema 2 and 3 carry the same states)."""
    a, b = two_devices
    conn = a.session.conn()
    plain_ids = [r[0] for r in conn.execute("SELECT id FROM records WHERE kind = 'case' LIMIT 40")]
    with a.session.write() as w:
        for rid in plain_ids:
            state = get_state(w, rid)
            w.execute(
                "UPDATE records SET state = ? WHERE id = ?",
                (encode_doc(json.dumps(state, separators=(",", ":"))), rid),
            )
    raw = decode_doc(
        conn.execute("SELECT state FROM records WHERE id = ?", (plain_ids[0],)).fetchone()[0]
    )
    assert '"t":' not in raw  # really the plain form
    assert '"s":' in raw
    assert _send(a, b, tmp_path / "1.rrrbundle") == {"new": 300}
    for rid in plain_ids:
        assert get_state(b.session.conn(), rid) == get_state(conn, rid)
    case_id = plain_ids[0]
    CaseService(a.session).modify(case_id, lambda c: setattr(c.person, "wishes", "A"), "e")
    CaseService(b.session).modify(case_id, lambda c: setattr(c.intake, "first_needs", "B"), "e")
    assert _send(b, a, tmp_path / "2.rrrbundle") == {"changed": 1}
    merged = CaseService(a.session).get(case_id, audit=False)
    assert (merged.person.wishes, merged.intake.first_needs) == ("A", "B")
    packed = decode_doc(
        conn.execute("SELECT state FROM records WHERE id = ?", (case_id,)).fetchone()[0]
    )
    assert '"t":' in packed  # packed once written again


def test_a_conflict_on_a_field_with_its_own_command_takes_a_value_held_never_a_new_one(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    """ "Write a new value" was a way around the gates: a stage typed in a conflict skipped
    them. A value held (ours, theirs) is still chosen, by whoever may open the case."""
    from rrr_desktop.domain.enums import Role, Stage
    from rrr_desktop.errors import InvalidInput
    from rrr_desktop.services import vault_service
    from rrr_desktop.services.handoff import HandoffService
    from tests.conftest import PASSPHRASE

    a, b = two_devices
    _send(a, b, tmp_path / "1.rrrbundle")
    reference = _first_reference(a)
    now = CaseService(a.session).get(reference, audit=False).stage
    ours, theirs = [s for s in Stage if s != now][:2]
    for side, stage in ((a, ours), (b, theirs)):

        def to_stage(case: CaseFile, stage: Stage = stage) -> None:
            case.stage = stage

        CaseService(side.session).modify(reference, to_stage, "case.stage")
    _send(b, a, tmp_path / "2.rrrbundle")
    case_id = CaseService(a.session).get(reference, audit=False).id
    [conflict] = [c for c in a.handoff.conflicts(case_id) if c.path == "stage"]
    with pytest.raises(InvalidInput, match="command of its own"):
        a.handoff.resolve(conflict.id, "new", "travel")
    vault_service.add_user(a.session, "bob", PASSPHRASE + " bob", [Role.CASEWORKER])
    CaseService(a.session).assign(reference, "bob", also=True)
    bob = vault_service.open_session(a.session.directory, "bob", PASSPHRASE + " bob")
    try:
        with pytest.raises(InvalidInput, match="command of its own"):
            HandoffService(bob).resolve(conflict.id, "new", "travel")
        HandoffService(bob).resolve(conflict.id, "theirs")
    finally:
        bob.close()
    assert CaseService(a.session).get(reference, audit=False).stage == theirs
