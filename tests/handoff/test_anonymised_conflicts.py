"""Two laptops anonymise one case, each after an edit the other had not seen: the
anonymised values differ, a conflict. Resolving it is kept by every merge after, the
laptops end the same, and no new value can be written into the anonymised case."""

import datetime as dt
from pathlib import Path

import pytest

from rrr_desktop.domain.enums import Sex
from rrr_desktop.errors import InvalidInput
from rrr_desktop.services.cases import CaseService
from rrr_desktop.vault.cases import anonymise_case
from rrr_desktop.vault.records import decode_doc, decode_state
from tests.handoff.conftest import Side, fingerprint_of
from tests.handoff.test_parallel_import import _ids, _laptops


def _anonymise(side: Side, case_id: str) -> None:
    s = side.session
    with s.write() as conn:
        anonymise_case(conn, case_id, s.next_version(), s.device_id, dt.date(2026, 12, 4))


def _sync(src: Side, dst: Side, path: Path) -> None:
    src.handoff.export_bundle("sync", path, fingerprint_of(dst))
    dst.handoff.import_bundle(path)


def _records(side: Side) -> dict[str, tuple[str, object]]:
    rows = side.session.conn().execute("SELECT id, data, state FROM records ORDER BY id")
    return {rid: (decode_doc(data), decode_state(state)) for rid, data, state in rows}


def test_a_conflict_between_two_anonymisations_is_resolved_for_good(tmp_path: Path) -> None:
    a, b = _laptops(tmp_path, 2, seed=31)
    try:
        case_id = _ids(a)[0]
        CaseService(a.session).modify(
            case_id, lambda c: setattr(c.person, "sex", Sex.FEMALE), "case.edit"
        )
        CaseService(b.session).modify(
            case_id, lambda c: setattr(c.person, "nationality", "LA"), "case.edit"
        )
        _anonymise(a, case_id)
        _anonymise(b, case_id)
        _sync(a, b, tmp_path / "1.rrrbundle")
        _sync(b, a, tmp_path / "2.rrrbundle")
        open_here = b.handoff.conflicts()
        assert open_here  # the two anonymisations disagree
        with pytest.raises(InvalidInput):  # a new value could bring data back
            b.handoff.resolve(open_here[0].id, "new", "a name")
        for conflict in open_here:
            b.handoff.resolve(conflict.id, "theirs")
        chosen = _records(b)[case_id]
        for n in range(3):
            _sync(b, a, tmp_path / f"b{n}.rrrbundle")
            _sync(a, b, tmp_path / f"a{n}.rrrbundle")
        assert _records(a) == _records(b)
        assert _records(b)[case_id][0] == chosen[0]  # the choice stands everywhere
        assert a.handoff.conflict_count() == b.handoff.conflict_count() == 0
    finally:
        a.session.close()
        b.session.close()


def test_two_anonymised_cases_with_one_reference_are_renumbered_not_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opened offline under one reference (two vaults from before laptop codes, or two
    codes alike) and both anonymised before they ever met: sync goes on, the greater id
    takes a new reference with the old one as an alias, and the laptops agree."""
    from rrr_desktop.domain.casefile import Intake
    from rrr_desktop.domain.people import Person
    from rrr_desktop.services.session import Session

    a, b = _laptops(tmp_path, 1, seed=41)
    try:
        code = a.session.device_code
        monkeypatch.setattr(Session, "device_code", property(lambda _self: code))
        day = dt.date(2026, 11, 2)
        opened = [
            CaseService(side.session).create(
                Person(given_name=name), Intake(intake_date=day, origin_country="KH")
            )
            for side, name in ((a, "Ana"), (b, "Bo"))
        ]
        assert opened[0].reference == opened[1].reference
        _anonymise(a, opened[0].id)
        _anonymise(b, opened[1].id)
        for n in range(2):
            _sync(a, b, tmp_path / f"a{n}.rrrbundle")
            _sync(b, a, tmp_path / f"b{n}.rrrbundle")
        assert _records(a) == _records(b)
        cases = CaseService(a.session)
        loser = max(opened, key=lambda c: c.id)
        renamed = cases.get(loser.id, audit=False)
        assert renamed.reference != loser.reference
        assert loser.reference in renamed.reference_aliases
        kept = min(opened, key=lambda c: c.id)
        assert cases.get(kept.id, audit=False).reference == kept.reference
        assert a.handoff.conflict_count() == b.handoff.conflict_count() == 0
    finally:
        a.session.close()
        b.session.close()
