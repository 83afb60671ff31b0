"""Notes, the contact log and attached files, through the service: stored in the vault
only, found by full text, opened without a file on disk, and gone when the case is."""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.domain.casefile import Intake
from rrr_desktop.domain.notes import ATTACHMENT_MAX_BYTES, AttachmentKind, NoteKind
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.errors import InvalidInput, NotFound
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.notes import NotesService
from rrr_desktop.services.session import Session
from tests.conftest import set_up_case

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def _case(session: Session, given: str = "Sokha") -> str:
    return (
        CaseService(session)
        .create(
            Person(given_name=given, family_name="Seng", nationality="KH"),
            Intake(intake_date=dt.date(2026, 10, 1), origin_country="KH"),
        )
        .reference
    )


def _raw_vault_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_a_note_is_kept_signed_dated_and_found_by_its_words(session: Session) -> None:
    ref, other = _case(session), _case(session, "Dara")
    notes = NotesService(session)
    notes.add_note(
        ref, "Called the mother; the village chief knows about the debt.", NoteKind.PHONE, "mother"
    )
    kept = notes.notes(ref)
    assert [(n.kind, n.by, n.with_whom) for n in kept] == [(NoteKind.PHONE, "alice", "mother")]
    assert kept[0].at == session.clock.now()
    cases = CaseService(session)
    assert [r.reference for r in cases.search(CaseQuery(notes_text="village CHIEF"))] == [ref]
    assert cases.search(CaseQuery(notes_text="chief harbour")) == []
    assert cases.search(CaseQuery(notes_text="of")) == []  # two letters: scanned, not there
    assert [r.reference for r in cases.search(CaseQuery(notes_text="he"))] == [ref]  # "the"
    assert cases.search(CaseQuery(notes_text=";;")) == []
    assert cases.search(CaseQuery(text="chief")) == []  # names are searched apart from notes
    assert other not in [r.reference for r in cases.search(CaseQuery(notes_text="mother"))]


def test_notes_search_follows_the_name_rules_for_diacritics_and_scripts(
    session: Session,
) -> None:
    ref = _case(session)
    NotesService(session).add_note(ref, "Gặp bà Nguyễn ở chợ; ស្រុកកំណើត ខេត្តព្រៃវែង")
    found = CaseService(session).search
    assert found(CaseQuery(notes_text="nguyen"))  # diacritics ignored, as in names
    assert found(CaseQuery(notes_text="ព្រៃវែង"))  # a Khmer word inside a longer run
    NotesService(session).add_note(ref, "她把护照交给了我们")
    assert found(CaseQuery(notes_text="护照"))  # a two-character Chinese word
    assert not found(CaseQuery(notes_text="签证"))


def test_an_edit_of_the_notes_reindexes_them(session: Session) -> None:
    ref = _case(session)
    notes = NotesService(session)
    notes.add_note(ref, "first visit planned")
    set_up_case(session, ref, lambda c: setattr(c.notes[0], "text", "home visit done"))
    found = CaseService(session).search
    assert not found(CaseQuery(notes_text="planned"))
    assert found(CaseQuery(notes_text="done"))


@pytest.mark.parametrize("text", ["", "   ", "name\u202eeman", "bell\x07"])
def test_empty_or_hidden_character_notes_are_refused_with_a_sentence(
    session: Session, text: str
) -> None:
    ref = _case(session)
    with pytest.raises(InvalidInput):
        NotesService(session).add_note(ref, text)
    assert NotesService(session).notes(ref) == []


def test_an_attachment_is_kept_in_the_vault_only_and_opened_from_memory(
    session: Session, tmp_path: Path, vault_dir: Path
) -> None:
    ref = _case(session)
    scan = tmp_path / "passport-SOKHA-SENG.png"
    canary = b"CANARY-ATTACHMENT-7f3a" * 50
    scan.write_bytes(PNG + canary)
    service = NotesService(session)
    attached = service.attach(ref, scan, AttachmentKind.IDENTITY_DOCUMENT)
    scan.unlink()
    assert attached.media_type == "image/png"
    assert attached.name == "passport-SOKHA-SENG.png"
    opened = service.open_attachment(ref, attached.id)
    assert opened.data == PNG + canary
    session.close()
    raw = _raw_vault_bytes(vault_dir)
    assert b"CANARY-ATTACHMENT" not in raw
    assert b"SOKHA-SENG" not in raw


def test_the_type_comes_from_the_bytes_never_the_name(session: Session) -> None:
    ref = _case(session)
    service = NotesService(session)
    disguised = service.attach_bytes(ref, b"MZ\x90\x00\x03binary", AttachmentKind.PHOTO, "x.jpg")
    pdf = service.attach_bytes(ref, b"%PDF-1.7\n...", AttachmentKind.SIGNED_FORM, "x.png")
    assert disguised.media_type == "application/octet-stream"
    assert pdf.media_type == "application/pdf"


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    session: Session, tmp_path: Path
) -> None:
    ref = _case(session)
    big = tmp_path / "video.mp4"
    with open(big, "wb") as handle:
        handle.truncate(ATTACHMENT_MAX_BYTES + 1)  # sparse: nothing is written to disk
    with pytest.raises(InvalidInput, match="larger than"):
        NotesService(session).attach(ref, big)
    assert CaseService(session).get(ref).attachments == []


def test_a_copy_the_log_cannot_record_is_taken_away_again(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk under the vault: the copy was written, its audit failed, and the user
    was told nothing was saved while the file stayed (found by a fault review)."""
    from rrr_desktop.errors import DiskFull

    ref = _case(session)
    service = NotesService(session)
    attached = service.attach_bytes(ref, PNG, AttachmentKind.PHOTO, "photo.png")

    from rrr_desktop.vault import audit

    append = audit.append

    def full_at_the_copy(conn: object, at: str, actor: str, action: str, *rest: str) -> object:
        if action == "case.attachment_export":  # the file is written by now
            assert (tmp_path / "copy.png").read_bytes() == PNG
            raise DiskFull()
        return append(conn, at, actor, action, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(audit, "append", full_at_the_copy)
    with pytest.raises(DiskFull):
        service.export_attachment(ref, attached.id, tmp_path / "copy.png")
    assert list(tmp_path.glob("*copy.png*")) == []


def test_export_is_deliberate_and_audited(session: Session, tmp_path: Path) -> None:
    ref = _case(session)
    service = NotesService(session)
    attached = service.attach_bytes(ref, PNG, AttachmentKind.PHOTO, "photo.png")
    out = service.export_attachment(ref, attached.id, tmp_path / "copy.png")
    assert out.read_bytes() == PNG
    actions = [e.action for e in CaseService(session).history(ref)]
    assert "case.attachment_export" in actions
    assert "case.attach" in actions


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(order=st.permutations(range(4)), shared=st.lists(st.booleans(), min_size=4, max_size=4))
def test_a_file_is_stored_once_and_deleted_when_no_case_refers_to_it(
    session: Session, order: list[int], shared: list[bool]
) -> None:
    """Two cases hold the same scan, two other files are held by one case each; whatever
    the order they are removed in, the bytes go exactly when the last reference goes."""
    service = NotesService(session)
    refs = [_case(session), _case(session, "Dara")]
    blobs = [PNG + b"same", PNG + b"same", PNG + b"one", PNG + b"two"]
    held = []
    for n, blob in enumerate(blobs):
        ref = refs[n % 2]
        held.append(
            (
                ref,
                service.attach_bytes(ref, blob, AttachmentKind.PHOTO, f"f{n}", may_share=shared[n]),
            )
        )
    conn = session.conn()

    def stored() -> int:
        return int(conn.execute("SELECT count(*) FROM attachment_data").fetchone()[0])

    assert stored() == 3
    remaining = list(range(4))
    for n in order:
        ref, attachment = held[n]
        service.remove_attachment(ref, attachment.id)
        remaining.remove(n)
        assert stored() == len({blobs[k] for k in remaining})
        with pytest.raises(NotFound):
            service.open_attachment(ref, attachment.id)
    for ref in refs:  # tidy for the next example
        set_up_case(session, ref, lambda c: c.notes.clear())


@pytest.mark.parametrize("end", ["delete", "anonymise"])
def test_deletion_and_anonymisation_take_the_files_and_notes_away(
    session: Session, end: str
) -> None:
    from rrr_desktop.vault import cases as repo

    ref = _case(session)
    NotesService(session).attach_bytes(ref, PNG, AttachmentKind.PHOTO, "p.png")
    NotesService(session).add_note(ref, "a note to find later")
    case_id = CaseService(session).get(ref).id
    with session.write() as conn:
        if end == "delete":
            repo.tombstone_case(conn, case_id, session.next_version(), session.device_id)
        else:
            repo.anonymise_case(
                conn, case_id, session.next_version(), session.device_id, session.clock.today()
            )
    conn = session.conn()
    assert conn.execute("SELECT count(*) FROM attachment_data").fetchone()[0] == 0
    assert not CaseService(session).search(CaseQuery(notes_text="later"))
