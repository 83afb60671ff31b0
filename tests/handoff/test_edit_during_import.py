"""A case window open on one laptop while a sync from another laptop changes the same case:
saving the window's edit keeps what the import brought (real clocks, two laptops)."""

from pathlib import Path

from rrr_desktop.services.cases import CaseService
from tests.handoff.conftest import fingerprint_of
from tests.handoff.test_parallel_import import _ids, _laptops


def test_saving_a_form_opened_before_an_import_keeps_the_imported_edit(tmp_path: Path) -> None:
    a, b = _laptops(tmp_path, 3, seed=21)
    try:
        case_id = _ids(a)[0]
        on_a, on_b = CaseService(a.session), CaseService(b.session)
        edit = on_a.get(case_id, audit=False)
        edit.person.wishes = "wants to go home to Battambang"
        on_a.save(edit)
        a.handoff.export_bundle("sync", tmp_path / "a1.rrrbundle", fingerprint_of(b))

        window = on_b.get(case_id, audit=False)  # the form on B is loaded from this copy
        b.handoff.import_bundle(tmp_path / "a1.rrrbundle")
        typed = window.model_copy(deep=True)
        typed.person.place_of_birth = "Siem Reap"
        on_b.save(typed, base=window)

        b.handoff.export_bundle("sync", tmp_path / "b1.rrrbundle", fingerprint_of(a))
        a.handoff.import_bundle(tmp_path / "b1.rrrbundle")
        for side in (on_a, on_b):
            person = side.get(case_id, audit=False).person
            assert (person.wishes, person.place_of_birth) == (
                "wants to go home to Battambang",
                "Siem Reap",
            )
        assert a.handoff.conflict_count() == b.handoff.conflict_count() == 0
    finally:
        a.session.close()
        b.session.close()
