"""Device sync inside one organisation: round trip, three-way merge, conflicts, tombstones."""

from pathlib import Path

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services.cases import CaseService
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


def test_same_field_edited_on_both_sides_is_a_conflict_resolved_side_by_side(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_devices
    _send(a, b, tmp_path / "1.rrrbundle")
    reference = _first_reference(a)
    CaseService(a.session).modify(reference, lambda c: setattr(c.person, "wishes", "A says"), "e")
    CaseService(b.session).modify(reference, lambda c: setattr(c.person, "wishes", "B says"), "e")
    totals = _send(b, a, tmp_path / "2.rrrbundle")
    assert totals == {"conflict": 1}
    case = CaseService(a.session).get(reference, audit=False)
    assert case.person.wishes == "A says"  # nothing silently overwritten
    [conflict] = a.handoff.conflicts(case.id)
    assert conflict.path == ("person", "wishes")
    assert (conflict.local["v"], conflict.remote["v"]) == ("A says", "B says")
    # While the conflict is open, the case is held back from sync.
    a.handoff.export_bundle("sync", tmp_path / "3.rrrbundle", fingerprint_of(b))
    assert b.handoff.import_bundle(tmp_path / "3.rrrbundle").totals() == {}
    a.handoff.resolve(conflict.id, "remote")
    assert CaseService(a.session).get(reference, audit=False).person.wishes == "B says"
    assert a.handoff.conflicts() == []
    a.handoff.export_bundle("sync", tmp_path / "4.rrrbundle", fingerprint_of(b))
    assert b.handoff.import_bundle(tmp_path / "4.rrrbundle").totals() == {"changed": 1}
    assert CaseService(b.session).get(reference, audit=False).person.wishes == "B says"


def test_deletion_travels_as_a_tombstone(two_devices: tuple[Side, Side], tmp_path: Path) -> None:
    a, b = two_devices
    _send(a, b, tmp_path / "1.rrrbundle")
    reference = _first_reference(a)
    service = CaseService(a.session)
    case: CaseFile = service.get(reference, audit=False)
    from rrr_desktop.vault.cases import tombstone_case

    with a.session.write() as conn:
        tombstone_case(conn, case.id, a.session.next_version(), a.session.device_id)
    # B has not acknowledged bundle 1 yet, so A sends its cases again: they are unchanged.
    assert _send(a, b, tmp_path / "2.rrrbundle") == {"deleted": 1, "unchanged": 299}
    assert CaseService(b.session).count(CaseQuery()) == 299


def test_deleted_here_but_edited_there_is_a_conflict(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_devices
    _send(a, b, tmp_path / "1.rrrbundle")
    reference = _first_reference(a)
    case = CaseService(a.session).get(reference, audit=False)
    from rrr_desktop.vault.cases import tombstone_case

    with a.session.write() as conn:
        tombstone_case(conn, case.id, a.session.next_version(), a.session.device_id)
    CaseService(b.session).modify(
        reference, lambda c: setattr(c.person, "wishes", "still here"), "e"
    )
    assert _send(b, a, tmp_path / "2.rrrbundle") == {"conflict": 1}
    [conflict] = a.handoff.conflicts(case.id)
    assert conflict.path == ()
    assert conflict.local == {}
    a.handoff.resolve(conflict.id, "remote")
    assert CaseService(a.session).get(reference, audit=False).person.wishes == "still here"


def test_copies_kept_for_merging_lose_their_data_once_the_case_is_deleted_here(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    """Retention: a deleted case's data must not live on in the merge bases."""
    a, b = two_devices
    _send(a, b, tmp_path / "1.rrrbundle")
    reference = _first_reference(b)
    case = CaseService(b.session).get(reference, audit=False)
    from rrr_desktop.handoff import store
    from rrr_desktop.vault.cases import tombstone_case

    assert store.get_base(b.session.conn(), fingerprint_of(a), case.id).data != {}
    with b.session.write() as conn:
        tombstone_case(conn, case.id, b.session.next_version(), b.session.device_id)
    b.handoff.export_bundle("sync", tmp_path / "2.rrrbundle", fingerprint_of(a))
    assert store.get_base(b.session.conn(), fingerprint_of(a), case.id).data == {}
    # A edited the case meanwhile: A sees "deleted there, edited here" as a conflict.
    CaseService(a.session).modify(reference, lambda c: setattr(c.person, "wishes", "x"), "e")
    assert a.handoff.import_bundle(tmp_path / "2.rrrbundle").totals() == {"conflict": 1}
    [conflict] = a.handoff.conflicts()
    a.handoff.resolve(conflict.id, "local")  # A keeps its edited case
    a.handoff.export_bundle("sync", tmp_path / "3.rrrbundle", fingerprint_of(b))
    # A's person saw the deletion and chose to keep the case: that decision travels to B.
    assert b.handoff.import_bundle(tmp_path / "3.rrrbundle").totals() == {"changed": 1}
    assert CaseService(b.session).get(reference, audit=False).person.wishes == "x"


def test_edit_there_of_a_case_deleted_here_is_a_conflict_even_with_a_scrubbed_base(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_devices
    _send(a, b, tmp_path / "1.rrrbundle")
    reference = _first_reference(b)
    case = CaseService(b.session).get(reference, audit=False)
    from rrr_desktop.vault.cases import tombstone_case

    with b.session.write() as conn:
        tombstone_case(conn, case.id, b.session.next_version(), b.session.device_id)
    b.handoff.export_bundle("sync", tmp_path / "2.rrrbundle", fingerprint_of(a))  # scrubs
    CaseService(a.session).modify(reference, lambda c: setattr(c.person, "wishes", "x"), "e")
    a.handoff.export_bundle("sync", tmp_path / "3.rrrbundle", fingerprint_of(b))
    totals = b.handoff.import_bundle(tmp_path / "3.rrrbundle").totals()
    assert totals["conflict"] == 1
    assert CaseService(b.session).count(CaseQuery()) == 299  # still deleted until decided
