"""Referrals and status reports apply in causal order; references never block a transfer."""

from pathlib import Path

from rrr_desktop.domain.casefile import CaseFile, Intake
from rrr_desktop.domain.enums import ConsentPurpose, MessageKind
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.domain.return_prep import OrgMessage
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.vault import cases as repo
from tests.conftest import TODAY
from tests.handoff.conftest import Side, fingerprint_of, introduce, make_side
from tests.handoff.test_referral_status import DAY, _case_with_consents


def _refer(a: Side, b: Side, reference: str, out: Path) -> Path:
    a.handoff.export_bundle("referral", out, fingerprint_of(b), [reference])
    return out


def test_an_older_referral_after_a_newer_one_changes_nothing(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    reference = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    old = _refer(a, b, reference, tmp_path / "old.rrrbundle")
    CaseService(a.session).modify(
        reference, lambda c: setattr(c.person, "wishes", "go home to Battambang"), "e"
    )
    new = _refer(a, b, reference, tmp_path / "new.rrrbundle")
    assert b.handoff.import_bundle(new).totals() == {"new": 1}
    assert b.handoff.import_bundle(old).totals() == {"unchanged": 1}
    case = CaseService(b.session).get(reference, audit=False)
    assert case.person.wishes == "go home to Battambang"


def test_an_older_status_report_after_a_newer_one_rolls_nothing_back(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    reference = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    b.handoff.import_bundle(_refer(a, b, reference, tmp_path / "r.rrrbundle"))
    service = CaseService(b.session)
    service.modify(
        reference,
        lambda c: c.messages.append(OrgMessage(kind=MessageKind.ARRIVAL_CONFIRMATION, sent_on=DAY)),
        "case.messages",
    )
    first = tmp_path / "s1.rrrbundle"
    b.handoff.export_bundle("status", first, fingerprint_of(a), [reference])
    service.modify(
        reference, lambda c: setattr(c.messages[-1], "note", "arrived safely"), "case.messages"
    )
    second = tmp_path / "s2.rrrbundle"
    b.handoff.export_bundle("status", second, fingerprint_of(a), [reference])
    assert a.handoff.import_bundle(second).totals() == {"changed": 1}
    assert a.handoff.import_bundle(first).totals() == {"unchanged": 1}
    case = CaseService(a.session).get(reference, audit=False)
    assert case.messages[-1].note == "arrived safely"
    assert a.handoff.conflicts() == []


def test_two_shelters_refer_cases_with_the_same_reference(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    """Both are accepted; each gets the receiver's own reference and keeps theirs."""
    a, b = two_orgs
    c = make_side(tmp_path, "vault-c", "Second Shelter", "TH", FixedClock(TODAY))
    try:
        introduce(c, b)
        refs = []
        for side in (a, c):  # both numbered before references had codes
            reference = _case_with_consents(side, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
            _legacy_case(side, "TH-2026-00001", existing=reference)
            refs.append("TH-2026-00001")
        for n, side in enumerate((a, c)):
            out = tmp_path / f"ref{n}.rrrbundle"
            side.handoff.export_bundle("referral", out, fingerprint_of(b), refs[:1])
            assert b.handoff.import_bundle(out).totals() == {"new": 1}
        rows = CaseService(b.session).search(CaseQuery(text="TH-2026-00001"))
        assert len(rows) == 2  # their reference is searchable
        cases = [CaseService(b.session).get(r.id, audit=False) for r in rows]
        assert {x.partner_reference for x in cases} == {"TH-2026-00001"}
        assert len({x.reference for x in cases}) == 2
        assert all(x.reference.startswith("KH-") for x in cases)
    finally:
        c.session.close()


def test_cases_opened_offline_on_two_laptops_never_collide(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_devices
    refs = []
    for side in (a, b):
        case = CaseService(side.session).create(*_person_and_intake())
        refs.append(case.reference)
    assert refs[0] != refs[1]
    assert refs[0].split("-")[2] != refs[1].split("-")[2]  # each laptop's own code
    a.handoff.export_bundle("sync", tmp_path / "1.rrrbundle", fingerprint_of(b))
    assert b.handoff.import_bundle(tmp_path / "1.rrrbundle").totals()["new"] >= 1
    for reference in refs:
        assert CaseService(b.session).get(reference, audit=False).reference == reference


def test_a_clash_from_before_laptop_codes_is_renumbered_the_same_way_everywhere(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_devices
    a.handoff.export_bundle("sync", tmp_path / "0.rrrbundle", fingerprint_of(b))
    b.handoff.import_bundle(tmp_path / "0.rrrbundle")
    ids = [_legacy_case(side, "TH-2026-99999") for side in (a, b)]
    a.handoff.export_bundle("sync", tmp_path / "1.rrrbundle", fingerprint_of(b))
    b.handoff.export_bundle("sync", tmp_path / "2.rrrbundle", fingerprint_of(a))
    b.handoff.import_bundle(tmp_path / "1.rrrbundle")  # never refused
    a.handoff.import_bundle(tmp_path / "2.rrrbundle")
    for n in range(2):  # the renumbering each made travels, and both agree
        a.handoff.export_bundle("sync", tmp_path / f"a{n}.rrrbundle", fingerprint_of(b))
        b.handoff.import_bundle(tmp_path / f"a{n}.rrrbundle")
        b.handoff.export_bundle("sync", tmp_path / f"b{n}.rrrbundle", fingerprint_of(a))
        a.handoff.import_bundle(tmp_path / f"b{n}.rrrbundle")
    loser = max(ids)
    for side in (a, b):
        kept: CaseFile = CaseService(side.session).get(min(ids), audit=False)
        moved: CaseFile = CaseService(side.session).get(loser, audit=False)
        assert kept.reference == "TH-2026-99999"
        assert moved.reference != "TH-2026-99999"
        assert moved.reference_aliases == ["TH-2026-99999"]
        assert side.handoff.conflicts() == []
    assert (
        CaseService(a.session).get(loser, audit=False).reference
        == CaseService(b.session).get(loser, audit=False).reference
    )


def _person_and_intake() -> tuple[Person, Intake]:
    return Person(given_name="Dara"), Intake(intake_date=DAY, origin_country="KH")


def _legacy_case(side: Side, reference: str, existing: str = "") -> str:
    """A case numbered the old way (before laptop codes); returns its id."""
    service = CaseService(side.session)
    case = service.get(existing, audit=False) if existing else service.create(*_person_and_intake())
    with side.session.write() as conn:
        legacy = case.model_copy(update={"reference": reference})
        repo.save_case(conn, legacy, side.session.next_version(), "x", TODAY.date())
    return case.id


def test_an_anonymised_case_keeps_its_reference_in_a_clash(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_devices
    a_id, b_id = (_legacy_case(side, "TH-2026-88888") for side in (a, b))
    anon_side, anon_id = (b, b_id) if b_id > a_id else (a, a_id)  # the one that would move
    other_side = a if anon_side is b else b
    with anon_side.session.write() as conn:
        repo.anonymise_case(conn, anon_id, anon_side.session.next_version(), "x", TODAY.date())
    anon_side.handoff.export_bundle("sync", tmp_path / "s.rrrbundle", fingerprint_of(other_side))
    other_side.handoff.import_bundle(tmp_path / "s.rrrbundle")
    kept = CaseService(other_side.session).get(anon_id, audit=False)
    assert kept.reference == "TH-2026-88888"
    moved_id = a_id if anon_id == b_id else b_id
    moved = CaseService(other_side.session).get(moved_id, audit=False)
    assert moved.reference != "TH-2026-88888"
    assert moved.reference_aliases == ["TH-2026-88888"]
