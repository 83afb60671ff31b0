"""A contact printed on a survivor's checklist can be trusted: a file never verifies an
entry, a caseworker's file cannot replace a verified contact, and a supervisor sees each
field a file would change before it lands."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.enums import DirectoryType, Role
from rrr_desktop.errors import InvalidInput, PermissionDenied
from rrr_desktop.services import vault_service
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.directory import DirectoryService
from rrr_desktop.services.session import Session

HEADER = "id,name,type,country,phone,last_verified\n"
CAROL = "a third long passphrase"


@pytest.fixture
def verified(session: Session) -> DirectoryEntry:
    service = DirectoryService(session)
    entry = service.save(
        DirectoryEntry(
            name="Legal Aid Kampot",
            type=DirectoryType.LAWYER,
            country="KH",
            phone="+855 12 000 111",
        )
    )
    return service.mark_verified(entry.id)


@pytest.fixture
def caseworker(session: Session, vault_dir: Path, clock: FixedClock) -> Iterator[Session]:
    vault_service.add_user(session, "carol", CAROL, [Role.CASEWORKER])
    carol = vault_service.open_session(vault_dir, "carol", CAROL, clock)
    yield carol
    carol.close()


def test_a_caseworkers_file_cannot_replace_a_verified_contact(
    verified: DirectoryEntry, caseworker: Session, session: Session
) -> None:
    today = dt.date.today().isoformat()
    hostile = HEADER + f"{verified.id},Legal Aid Kampot,lawyer,KH,+855 99 666 666,{today}\n"
    preview = DirectoryService(caseworker).preview_import(hostile)
    assert preview.parsed.problems  # refused, with its line
    assert "only a supervisor" in preview.parsed.problems[0].template
    with pytest.raises(InvalidInput):
        DirectoryService(caseworker).import_csv(hostile)
    assert DirectoryService(session).get(verified.id).phone == "+855 12 000 111"
    with pytest.raises(PermissionDenied):
        DirectoryService(caseworker).save(verified.model_copy(update={"phone": "+855 99"}))


def test_a_supervisor_sees_every_change_and_the_contact_needs_verifying_again(
    verified: DirectoryEntry, session: Session
) -> None:
    today = dt.date.today().isoformat()
    text = HEADER + f"{verified.id},Legal Aid Kampot,lawyer,KH,+855 99 666 666,{today}\n"
    preview = DirectoryService(session).preview_import(text)
    (change,) = preview.changes
    assert change.was_verified
    assert change.fields == [("phone", "+855 12 000 111", "+855 99 666 666")]
    DirectoryService(session).import_csv(text)
    after = DirectoryService(session).get(verified.id)
    assert after.phone == "+855 99 666 666"
    assert after.last_verified is None  # the file's date is not a person's verification


def test_a_new_entry_from_a_file_is_never_verified(session: Session) -> None:
    today = dt.date.today().isoformat()
    DirectoryService(session).import_csv(HEADER + f"x1,Shelter,ngo,TH,+66 1,{today}\n")
    (entry,) = DirectoryService(session).all()
    assert entry.last_verified is None
    assert DirectoryService(session).is_stale(entry)


def test_an_unchanged_row_keeps_the_verification(
    verified: DirectoryEntry, caseworker: Session, session: Session
) -> None:
    same = HEADER + f"{verified.id},Legal Aid Kampot,lawyer,KH,+855 12 000 111,\n"
    preview = DirectoryService(caseworker).preview_import(same)
    assert not preview.parsed.problems
    assert preview.changes == []
    DirectoryService(caseworker).import_csv(same)
    assert DirectoryService(session).get(verified.id).last_verified == verified.last_verified
