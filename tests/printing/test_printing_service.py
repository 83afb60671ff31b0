"""The printing service: access checks, a ``case.print`` audit entry without values, and
the embassy request refused while asylum is pending."""

import json
import os
from pathlib import Path

import pytest

from rrr_desktop.domain.embassy import EmbassyRequestRefused
from rrr_desktop.domain.enums import AsylumStatus, ConsentPurpose, Role
from rrr_desktop.errors import PermissionDenied
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.printing_service import PrintingService
from rrr_desktop.services.session import Session
from rrr_desktop.vault import audit
from tests.conftest import set_up_case
from tests.printing.conftest import CANARY_NAME, consent, make_case


def _stored_case(session: Session, **changes: object) -> str:
    case = CaseService(session).create(make_case().person, make_case().intake)

    def fill(c: object) -> None:
        template = make_case(**changes)
        for field in ("checklist", "documents", "itinerary", "receiving_org", "asylum", "consents"):
            setattr(c, field, getattr(template, field))

    return set_up_case(session, case.reference, fill).reference


def _print_entries(session: Session, reference: str) -> list[audit.AuditEntry]:
    case = CaseService(session).get(reference, audit=False)
    return [e for e in audit.entries_for(session.conn(), case.id) if e.action == "case.print"]


def test_material_is_audited_without_values(session: Session) -> None:
    reference = _stored_case(session)
    material = PrintingService(session).material(reference, "checklist", "km")
    assert material.case.reference == reference
    assert material.display_names["alice"]
    assert _print_entries(session, reference) == []  # nothing printed yet: nothing recorded
    PrintingService(session).record_print(reference, "checklist", "km", False)
    (entry,) = _print_entries(session, reference)
    assert json.loads(entry.detail) == {
        "document": "checklist",
        "language": "km",
        "with_name": False,
    }
    assert "Zqcanary" not in entry.detail


def test_embassy_request_refused_while_asylum_pending(session: Session) -> None:
    reference = _stored_case(session, asylum=AsylumStatus.PENDING)
    with pytest.raises(EmbassyRequestRefused) as refused:
        PrintingService(session).embassy_request(reference)
    assert "asylum_pending" in [r.code for r in refused.value.reasons]
    assert _print_entries(session, reference) == []  # nothing printed, nothing audited


def test_embassy_request_uses_only_the_confirmed_neutral_name(session: Session) -> None:
    """Fail safe: no confirmed name, no letter (the vault's own name, "Test Shelter", would
    reveal too much); a name typed at print time cannot replace the confirmed one; a
    revealing name cannot be confirmed, in any language."""
    from rrr_desktop.errors import InvalidInput
    from rrr_desktop.services import organisation

    reference = _stored_case(session)
    with pytest.raises(EmbassyRequestRefused) as refused:
        PrintingService(session).embassy_request(reference, organisation="Field Office")
    assert "no_neutral_name" in [r.code for r in refused.value.reasons]
    for revealing in ("Bangkok Safehouse Project", "มูลนิธิต่อต้านการค้ามนุษย์"):
        with pytest.raises(InvalidInput):
            organisation.confirm_embassy_name(session, "KH", revealing)
    organisation.confirm_embassy_name(session, "KH", "Field Office")
    organisation.set_contact(session, "12 Road 5, Phnom Penh", "+855 23 000 000", "")
    with pytest.raises(EmbassyRequestRefused):
        PrintingService(session).embassy_request(reference, organisation="Test Shelter")
    request = PrintingService(session).embassy_request(reference)
    assert request.organisation == "Field Office"
    assert request.reply_to == "12 Road 5, Phnom Penh · +855 23 000 000"
    assert request.full_name == CANARY_NAME
    assert not request.disclose_trafficking
    CaseService(session).record_consent(
        reference, consent(ConsentPurpose.DISCLOSE_TRAFFICKING_TO_EMBASSY)
    )
    assert PrintingService(session).embassy_request(reference).disclose_trafficking


def test_caseworker_cannot_print_someone_elses_case(
    session: Session, vault_dir: Path, clock: FixedClock
) -> None:
    reference = _stored_case(session)
    vault_service.add_user(session, "bob", "another long passphrase", [Role.CASEWORKER])
    bob = vault_service.open_session(vault_dir, "bob", "another long passphrase", clock)
    try:
        with pytest.raises(PermissionDenied):
            PrintingService(bob).material(reference, "info_sheet", "th")
    finally:
        bob.close()


def test_language_must_be_a_code(session: Session) -> None:
    from rrr_desktop.errors import InvalidInput

    reference = _stored_case(session)
    with pytest.raises(InvalidInput):
        PrintingService(session).material(reference, "checklist", "Zqcanary Xylophonist")
    assert _print_entries(session, reference) == []


def test_a_print_that_could_not_be_written_is_not_recorded(
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import errno

    from rrr_desktop.cli import main
    from tests.conftest import PASSPHRASE

    reference = _stored_case(session)
    directory = session.directory
    session.close()
    real_replace = os.replace

    def full(src: object, dst: object) -> None:
        if str(dst).endswith(".pdf"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr("rrr_desktop.files.os.replace", full)
    monkeypatch.setenv("RRR_PASSPHRASE", PASSPHRASE)
    stick = tmp_path / "stick"
    stick.mkdir()
    out = stick / "checklist.pdf"
    code = main(
        [
            "--vault",
            str(directory),
            "print",
            "checklist",
            reference,
            "--lang",
            "km",
            "--out",
            str(out),
        ]
    )
    assert code == 1
    assert "disk is full" in capsys.readouterr().err
    assert not out.exists()
    assert list(stick.iterdir()) == []  # no half PDF, no temporary file
    reopened = vault_service.open_session(directory, "alice", PASSPHRASE)
    try:
        assert _print_entries(reopened, reference) == []  # not audited: it did not happen
    finally:
        reopened.close()
