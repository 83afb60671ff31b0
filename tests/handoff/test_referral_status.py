"""Referral to a receiving organisation and the status report back (two vaults, by files)."""

import datetime as dt
from pathlib import Path

import pytest

from rrr_desktop.domain.casefile import Intake
from rrr_desktop.domain.consent import ConsentEvent
from rrr_desktop.domain.enums import ConsentPurpose, ConsentState, MessageKind, Stage
from rrr_desktop.domain.people import Contact, Person
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.domain.reintegration import FollowUpVisit
from rrr_desktop.domain.return_prep import OrgMessage
from rrr_desktop.errors import BundleRejected, PermissionDenied
from rrr_desktop.services.cases import CaseService
from rrr_desktop.vault.records import decode_doc
from tests.handoff.conftest import RECEIVER, Side, fingerprint_of, vault_hash

DAY = dt.date(2026, 11, 1)


def _case_with_consents(side: Side, *purposes: ConsentPurpose, scope: str = RECEIVER) -> str:
    service = CaseService(side.session)
    person = Person(
        given_name="Sokha",
        family_name="Chan",
        nationality="KH",
        contacts=[
            Contact(kind="phone", value="012 345", safe_to_use=True),
            Contact(kind="phone", value="099 999", safe_to_use=False),
        ],
    )
    case = service.create(
        person,
        Intake(intake_date=DAY, origin_country="KH", screening_notes="private screening note"),
    )
    for purpose in purposes:
        service.record_consent(
            case.reference,
            ConsentEvent(
                purpose=purpose,
                state=ConsentState.GIVEN,
                on=DAY,
                scope=scope if purpose == ConsentPurpose.SHARE_WITH_RECEIVING_ORG else "",
            ),
        )
    service.modify(
        case.reference,
        lambda c: c.messages.append(OrgMessage(kind=MessageKind.ASSISTANCE_REQUEST, sent_on=DAY)),
        "case.messages",
    )
    return case.reference


def test_referral_carries_only_consented_fields_and_logs_the_transfer(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    reference = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    out = tmp_path / "referral.rrrbundle"
    result = a.handoff.export_bundle("referral", out, fingerprint_of(b), [reference])
    withheld = dict(result.filters[reference].withheld)
    assert withheld["person.contacts"] == "met_on_arrival"
    assert "intake.screening_notes" in withheld
    preview = b.handoff.preview(out)
    [item] = preview.items
    assert item.action == "new"
    assert "person.given_name" in item.sent_fields
    assert "person.contacts" not in item.sent_fields
    b.handoff.import_bundle(out)
    received = CaseService(b.session).get(reference, audit=False)
    assert received.person.contacts == []
    assert received.intake.screening_notes == ""
    assert received.person.given_name == "Sokha"
    assert received.caseworker == "alice"
    [sent] = a.handoff.transfers()
    assert (sent["direction"], sent["recipient"], sent["legal_basis"]) == (
        "out",
        RECEIVER,
        "consent",
    )
    assert "person.given_name" in sent["fields"]
    assert "person.contacts" not in sent["fields"]
    assert sent["purpose"]
    assert sent["by"] == "alice"
    assert b.handoff.transfers()[0]["direction"] == "in"


def test_contacts_go_only_with_consent_and_only_safe_ones(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    reference = _case_with_consents(
        a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG, ConsentPurpose.MET_ON_ARRIVAL
    )
    out = tmp_path / "referral.rrrbundle"
    a.handoff.export_bundle("referral", out, fingerprint_of(b), [reference])
    b.handoff.import_bundle(out)
    contacts = CaseService(b.session).get(reference, audit=False).person.contacts
    assert [c.value for c in contacts] == ["012 345"]


@pytest.mark.parametrize("scope", ["Some Other NGO", ""])
def test_referral_without_consent_naming_the_recipient_is_refused(
    two_orgs: tuple[Side, Side], tmp_path: Path, scope: str
) -> None:
    a, b = two_orgs
    purposes = (ConsentPurpose.SHARE_WITH_RECEIVING_ORG,) if scope else ()
    reference = _case_with_consents(a, *purposes, scope=scope)
    before = vault_hash(a.session)
    with pytest.raises(BundleRejected, match="not consented to share the case with " + RECEIVER):
        a.handoff.export_bundle(
            "referral", tmp_path / "r.rrrbundle", fingerprint_of(b), [reference]
        )
    assert not (tmp_path / "r.rrrbundle").exists()
    assert vault_hash(a.session) == before


def test_status_report_brings_back_follow_up_and_messages(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    reference = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    a.handoff.export_bundle("referral", tmp_path / "r.rrrbundle", fingerprint_of(b), [reference])
    b.handoff.import_bundle(tmp_path / "r.rrrbundle")
    # Meanwhile A records the post-departure message, B the arrival and a visit.
    CaseService(a.session).modify(
        reference,
        lambda c: c.messages.append(
            OrgMessage(kind=MessageKind.POST_DEPARTURE_CONFIRMATION, sent_on=DAY)
        ),
        "case.messages",
    )

    cases = CaseService(b.session)
    cases.modify(
        reference,
        lambda c: c.messages.append(OrgMessage(kind=MessageKind.ARRIVAL_CONFIRMATION, sent_on=DAY)),
        "case.messages",
    )
    cases.modify(
        reference,
        lambda c: c.reintegration.visits.append(
            FollowUpVisit(scheduled_on=DAY, done_on=DAY, by="kim")
        ),
        "followup.visit_record",
    )
    cases.modify(reference, lambda c: setattr(c, "stage", Stage.FOLLOW_UP), "case.stage")
    out = tmp_path / "status.rrrbundle"
    b.handoff.export_bundle("status", out, fingerprint_of(a), [reference])
    assert a.handoff.import_bundle(out).totals() == {"changed": 1}
    case = CaseService(a.session).get(reference, audit=False)
    kinds = [m.kind for m in case.messages]
    assert kinds == [
        MessageKind.ASSISTANCE_REQUEST,
        MessageKind.POST_DEPARTURE_CONFIRMATION,
        MessageKind.ARRIVAL_CONFIRMATION,
    ]
    assert case.stage == Stage.FOLLOW_UP
    assert len(case.reintegration.visits) == 1
    assert case.intake.screening_notes == "private screening note"  # A's own data untouched


def test_status_for_a_case_not_referred_by_that_peer_is_refused(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    reference = _case_with_consents(b, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    with pytest.raises(BundleRejected, match="not referred to us by the chosen organisation"):
        b.handoff.export_bundle("status", tmp_path / "s.rrrbundle", fingerprint_of(a), [reference])


def test_the_persons_summary_lists_who_the_case_was_referred_to(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    from rrr_desktop.services.printing_service import PrintingService

    a, b = two_orgs
    reference = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    service = PrintingService(a.session)
    assert service.material(reference, "summary", "km").disclosures == []
    a.handoff.export_bundle("referral", tmp_path / "r.rrrbundle", fingerprint_of(b), [reference])
    shared = service.material(reference, "summary", "km").disclosures
    assert shared == [(a.session.clock.today(), RECEIVER)]


def test_a_contact_found_unsafe_after_the_referral_is_unsafe_at_the_receiver_too(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    """The trafficker has the phone now: the receiving organisation must not go on using
    it. A new referral carries that, and still never the contacts that were never safe."""
    a, b = two_orgs
    reference = _case_with_consents(
        a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG, ConsentPurpose.MET_ON_ARRIVAL
    )
    a.handoff.export_bundle("referral", tmp_path / "r1.rrrbundle", fingerprint_of(b), [reference])
    b.handoff.import_bundle(tmp_path / "r1.rrrbundle")

    def unsafe(case: object) -> None:
        for contact in case.person.contacts:  # type: ignore[attr-defined]
            contact.safe_to_use = False

    CaseService(a.session).modify(reference, unsafe, "case.edit")
    a.handoff.export_bundle("referral", tmp_path / "r2.rrrbundle", fingerprint_of(b), [reference])
    b.handoff.import_bundle(tmp_path / "r2.rrrbundle")
    received = CaseService(b.session).get(reference, audit=False)
    assert [(c.value, c.safe_to_use) for c in received.person.contacts] == [("012 345", False)]
    rows = b.session.conn().execute("SELECT data, state FROM records").fetchall()
    held = " ".join(decode_doc(data) + decode_doc(state) for data, state in rows)
    assert "099 999" not in held  # never safe, never sent


def test_a_caseworker_s_status_report_carries_only_her_own_cases(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    """With no case named, a status report went out with every case that organisation had
    referred, including cases the caseworker may not open (found by an insider review)."""
    from rrr_desktop.domain.enums import Role
    from rrr_desktop.services import vault_service
    from rrr_desktop.services.handoff import HandoffService

    a, b = two_orgs
    first = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    second = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    out = tmp_path / "referral.rrrbundle"
    a.handoff.export_bundle("referral", out, fingerprint_of(b), [first, second])
    b.handoff.import_bundle(out)
    here = CaseService(b.session).search(CaseQuery())
    assert len(here) == 2
    vault_service.add_user(b.session, "bob", "bob's own long passphrase", [Role.CASEWORKER])
    CaseService(b.session).assign(here[0].reference, "bob")
    bob = vault_service.open_session(b.session.directory, "bob", "bob's own long passphrase")
    try:
        report = tmp_path / "status.rrrbundle"
        result = HandoffService(bob).export_bundle("status", report, fingerprint_of(a))
        assert result.manifest.counts.get("records") == 1
        with pytest.raises(PermissionDenied):  # nor does the referral preview show it
            HandoffService(bob).referral_filters(RECEIVER, [here[1].reference])
    finally:
        bob.close()
