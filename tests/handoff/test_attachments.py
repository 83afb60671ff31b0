"""Notes and attached files in bundles: a sync carries them whole; a referral carries only
the files the caseworker marked as ones to share, never the notes; a file whose bytes do
not match its fingerprint refuses the bundle and changes nothing."""

from pathlib import Path

import pytest

from rrr_desktop.domain.enums import ConsentPurpose
from rrr_desktop.domain.handoff_rules import NEVER_REASON, NOT_MARKED_REASON
from rrr_desktop.domain.notes import ATTACHMENT_MAX_BYTES, AttachmentKind, NoteKind, content_hash
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.errors import BundleRejected, NotFound
from rrr_desktop.handoff.inbox import AttachmentSink
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.notes import NotesService
from tests.handoff.conftest import Side, fingerprint_of
from tests.handoff.test_referral_status import _case_with_consents

PASSPORT = b"%PDF-1.4 passport scan " + b"\x00\x01" * 3000
LETTER = b"\x89PNG\r\n\x1a\n medical letter" + b"\x02" * 2000


def test_a_sync_carries_notes_and_files_and_the_bytes_arrive_intact(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_devices
    reference = CaseService(a.session).search(CaseQuery(limit=1))[0].reference
    notes = NotesService(a.session)
    notes.add_note(reference, "Met the aunt at the market", NoteKind.VISIT, "aunt")
    first = notes.attach_bytes(reference, PASSPORT, AttachmentKind.IDENTITY_DOCUMENT, "p.pdf")
    second = notes.attach_bytes(reference, LETTER, AttachmentKind.MEDICAL, "l.png")
    out = tmp_path / "sync.rrrbundle"
    result = a.handoff.export_bundle("sync", out, fingerprint_of(b))
    assert result.manifest.counts["attachments"] == 2
    assert b"passport scan" not in out.read_bytes()  # encrypted like everything else
    b.handoff.import_bundle(out)
    there = NotesService(b.session)
    assert there.open_attachment(reference, first.id).data == PASSPORT
    assert there.open_attachment(reference, second.id).data == LETTER
    [note] = there.notes(reference)
    assert (note.kind, note.with_whom) == (NoteKind.VISIT, "aunt")


def test_a_referral_carries_only_files_marked_to_share_and_never_notes(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    reference = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    notes = NotesService(a.session)
    notes.add_note(reference, "Private: the trafficker's cousin lives next door")
    shared = notes.attach_bytes(
        reference, PASSPORT, AttachmentKind.IDENTITY_DOCUMENT, "passport.pdf", may_share=True
    )
    kept = notes.attach_bytes(reference, LETTER, AttachmentKind.MEDICAL, "medical.png")
    out = tmp_path / "referral.rrrbundle"
    result = a.handoff.export_bundle("referral", out, fingerprint_of(b), [reference])
    withheld = dict(result.filters[reference].withheld)
    assert withheld["notes"] == NEVER_REASON
    assert withheld["attachments"] == NOT_MARKED_REASON
    assert result.manifest.counts["attachments"] == 1
    b.handoff.import_bundle(out)
    received = CaseService(b.session).get(reference, audit=False)
    assert received.notes == []
    assert [x.id for x in received.attachments] == [shared.id]
    assert NotesService(b.session).open_attachment(reference, shared.id).data == PASSPORT
    with pytest.raises(NotFound):
        NotesService(b.session).open_attachment(reference, kept.id)
    stored = b.session.conn().execute("SELECT sha256 FROM attachment_data").fetchall()
    assert stored == [(content_hash(PASSPORT),)]


def test_a_file_that_does_not_match_its_fingerprint_is_refused() -> None:
    received: list[str] = []
    sink = AttachmentSink(content_hash(PASSPORT), lambda sha, _data: received.append(sha))
    sink.write(PASSPORT[:-1] + b"X")
    with pytest.raises(BundleRejected, match="fingerprint"):
        sink.close()
    assert received == []


@pytest.mark.parametrize("name", ["../../etc/passwd", "ABC", "0" * 63, "g" * 64])
def test_a_file_named_other_than_by_its_hash_is_refused(name: str) -> None:
    with pytest.raises(BundleRejected):
        AttachmentSink(name, lambda _sha, _data: None)


def test_a_file_larger_than_allowed_is_refused_while_it_streams() -> None:
    sink = AttachmentSink("0" * 64, lambda _sha, _data: None)
    sink.write(b"\x00" * ATTACHMENT_MAX_BYTES)
    with pytest.raises(BundleRejected, match="larger than allowed"):
        sink.write(b"\x00")
