"""Case notes, the contact log and attached documents: what a caseworker writes down and
files during a case, and the rules for what may be attached.

A note is dated and signed by who wrote it; a contact-log entry is a note of a kind
(phone call, visit, meeting, message) with whom it was. An attachment is metadata in the
case file (its name, kind, size and content hash); the file's bytes are kept apart in the
vault, addressed by that hash, so a case file stays small and syncs field by field.
"""

import datetime as dt
import hashlib
import re
from enum import StrEnum
from typing import ClassVar, TypeVar

from pydantic import Field

from rrr_desktop.domain.base import DomainModel, IdField, utcnow
from rrr_desktop.domain.text_rules import FreeText, OneLine

ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024  # a phone photo or a scanned booklet, not a video
ATTACHMENTS_PER_CASE = 200
NOTE_MAX = 20_000
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
T = TypeVar("T", "CaseNote", "Attachment")


class NoteKind(StrEnum):
    NOTE = "note"
    PHONE = "phone"
    VISIT = "visit"
    MEETING = "meeting"
    MESSAGE = "message"


class CaseNote(DomainModel):
    """One dated entry; once written it is corrected by a new entry, not rewritten, so the
    record of what was known when stays honest."""

    sync_atomic: ClassVar[bool] = True  # one register per note (domain/replica.py)
    id: str = IdField()
    at: dt.datetime = Field(default_factory=utcnow)
    by: str = ""
    kind: NoteKind = NoteKind.NOTE
    with_whom: OneLine = ""  # for the contact log: the person, the family, a partner
    text: FreeText


class AttachmentKind(StrEnum):
    IDENTITY_DOCUMENT = "identity_document"
    SIGNED_FORM = "signed_form"
    PHOTO = "photo"
    MEDICAL = "medical"
    LETTER = "letter"
    OTHER = "other"


class Attachment(DomainModel):
    sync_atomic: ClassVar[bool] = True
    id: str = IdField()
    name: OneLine  # as the caseworker named it; never used as a file name on disk
    kind: AttachmentKind = AttachmentKind.OTHER
    media_type: str = "application/octet-stream"
    size: int = Field(ge=0, le=ATTACHMENT_MAX_BYTES)
    sha256: str = Field(pattern=SHA256_RE.pattern)
    added_at: dt.datetime = Field(default_factory=utcnow)
    added_by: str = ""
    note: FreeText = ""
    # The caseworker's choice per file; a referral carries it only with sharing consent.
    may_share: bool = False


# What a file is, read from its first bytes (never from its name, which anyone can set).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"PK\x03\x04", "application/zip"),
)
VIEWABLE_IMAGES = frozenset({"image/png", "image/jpeg", "image/gif", "image/tiff", "image/webp"})


def media_type_of(data: bytes) -> str:
    for magic, media in _MAGIC:
        if data.startswith(magic):
            return media
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    try:
        text = data[:65536].decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < 65536 - 4:  # not just a character cut at the sample's end
            return "application/octet-stream"
        text = data[: exc.start].decode("utf-8")
    if "\x00" in text:
        return "application/octet-stream"
    return "text/plain"


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def notes_text(notes: list[CaseNote]) -> str:
    """What full-text search reads of the notes: who it was with and what was written."""
    return "\n".join(f"{n.with_whom} {n.text}".strip() for n in notes)


def newest_first(entries: list[T]) -> list[T]:
    """By time written, newest first; written in the same second, the later one first."""
    ordered = sorted(enumerate(entries), key=lambda pair: (_moment(pair[1]), pair[0]))
    return [entry for _position, entry in reversed(ordered)]


def _moment(entry: "CaseNote | Attachment") -> dt.datetime:
    return entry.at if isinstance(entry, CaseNote) else entry.added_at
