"""Case notes, the contact log and attached files: written, read and exported under
need-to-know, every step audited by id (never by name or content)."""

import dataclasses
from pathlib import Path

from rrr_desktop import files
from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.notes import (
    ATTACHMENT_MAX_BYTES,
    ATTACHMENTS_PER_CASE,
    NOTE_MAX,
    Attachment,
    AttachmentKind,
    CaseNote,
    NoteKind,
    content_hash,
    media_type_of,
)
from rrr_desktop.errors import InvalidInput, NotFound
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.vault import cases as repo


def _too_large() -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "errors",
            "The file is larger than {limit} MB; scan it at a lower resolution or split it, "
            "then attach it again.",
        ),
        limit=ATTACHMENT_MAX_BYTES // (1024 * 1024),
    )


@dataclasses.dataclass(frozen=True)
class AttachmentFile:
    """A file's bytes in memory, for a viewer; never written to disk by reading it."""

    attachment: Attachment
    data: bytes
    case_id: str


class NotesService:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.cases = CaseService(session)

    # -- notes and contact log -------------------------------------------------------------

    def add_note(
        self, reference: str, text: str, kind: NoteKind = NoteKind.NOTE, with_whom: str = ""
    ) -> CaseNote:
        if not text.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Write the note before saving it."))
        if len(text) > NOTE_MAX:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A note holds at most {limit} characters; split it into several notes.",
                ),
                limit=NOTE_MAX,
            )
        try:
            note = CaseNote(
                at=self.s.clock.now(),
                by=self.s.user.username,
                kind=kind,
                with_whom=with_whom,
                text=text.strip("\n"),
            )
        except ValueError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The note holds characters that cannot be stored (control or direction "
                    "characters); remove them and save again.",
                )
            ) from exc
        self.cases.modify(reference, lambda c: c.notes.append(note), "case.note")
        return note

    def notes(self, reference: str, *, audit: bool = False) -> list[CaseNote]:
        """``audit``: a reading of its own (a command that prints them); the case window
        records the view of the case when it opens, not each refresh of its notes."""
        return self.cases.get(reference, audit=audit).notes

    # -- attachments ---------------------------------------------------------------------

    def attach(
        self,
        reference: str,
        path: Path,
        kind: AttachmentKind = AttachmentKind.OTHER,
        name: str = "",
        note: str = "",
        may_share: bool = False,
    ) -> Attachment:
        """Read a file (bounded) and keep it inside the vault with the case."""
        try:
            too_large = Path(path).stat().st_size > ATTACHMENT_MAX_BYTES
        except OSError:
            too_large = False  # read_input says what is wrong with the path
        if too_large:
            raise _too_large()
        data = files.read_input(Path(path), ATTACHMENT_MAX_BYTES)
        return self.attach_bytes(reference, data, kind, name or Path(path).name, note, may_share)

    def attach_bytes(
        self,
        reference: str,
        data: bytes,
        kind: AttachmentKind,
        name: str,
        note: str = "",
        may_share: bool = False,
    ) -> Attachment:
        if not data:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The file is empty; nothing was attached.")
            )
        if len(data) > ATTACHMENT_MAX_BYTES:
            raise _too_large()
        try:
            attachment = Attachment(
                name=name.strip() or "file",
                kind=kind,
                media_type=media_type_of(data),
                size=len(data),
                sha256=content_hash(data),
                added_at=self.s.clock.now(),
                added_by=self.s.user.username,
                note=note,
                may_share=may_share,
            )
        except ValueError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The file's name or note holds characters that cannot be stored; rename "
                    "it and attach it again.",
                )
            ) from exc
        with self.s.write() as conn:
            case = repo.load_case(conn, reference)
            self.cases._check_access(case)
            if len(case.attachments) >= ATTACHMENTS_PER_CASE:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "A case holds at most {limit} attached files."),
                    limit=ATTACHMENTS_PER_CASE,
                )
            edited = case.model_copy(deep=True)
            edited.attachments.append(attachment)
            edited = edited.model_copy(update={"updated_at": self.s.clock.now()})
            repo.save_case(
                conn, edited, self.s.next_version(), self.s.device_id, self.s.clock.today()
            )
            repo.put_attachment_data(conn, attachment.sha256, data)
            self.s.audit(conn, "case.attach", case.id, file=attachment.id, size=len(data))
        return attachment

    def _find(self, case: CaseFile, attachment_id: str) -> Attachment:
        for attachment in case.attachments:
            if attachment.id == attachment_id:
                return attachment
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The attached file no longer exists."))

    def open_attachment(self, reference: str, attachment_id: str) -> AttachmentFile:
        """The file's bytes, for viewing in the window (audited as a reading)."""
        case = self.cases.get(reference, audit=False)
        attachment = self._find(case, attachment_id)
        data = repo.get_attachment_data(self.s.conn(), attachment.sha256)
        if data is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This file has not arrived on this laptop yet (only its description "
                    "did); it comes with the next sync from the laptop where it was attached.",
                )
            )
        if content_hash(data) != attachment.sha256:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The stored file does not match its fingerprint; it was not opened. Run "
                    "the vault check (rrr doctor).",
                )
            )
        self.s.record_reading("case.attachment_view", case.id)
        return AttachmentFile(attachment, data, case.id)

    def export_attachment(self, reference: str, attachment_id: str, out: Path) -> Path:
        """A deliberate copy outside the vault: the caseworker chose where, it is audited."""
        self.s.require_recordable()
        found = self.open_attachment(reference, attachment_id)
        files.write_bytes(Path(out), found.data)
        with self.s.recorded_output(Path(out)), self.s.write() as conn:
            self.s.audit(conn, "case.attachment_export", found.case_id, file=found.attachment.id)
        return Path(out)

    def set_sharing(self, reference: str, attachment_id: str, may_share: bool) -> CaseFile:
        def apply(case: CaseFile) -> None:
            found = self._find(case, attachment_id)
            found.may_share = may_share

        return self.cases.modify(reference, apply, "case.attachment_sharing")

    def remove_attachment(self, reference: str, attachment_id: str) -> CaseFile:
        """The file leaves this case (and the vault, when no other case holds it)."""

        def apply(case: CaseFile) -> None:
            self._find(case, attachment_id)
            case.attachments = [a for a in case.attachments if a.id != attachment_id]

        return self.cases.modify(reference, apply, "case.attachment_remove")

    def present(self, case: CaseFile) -> set[str]:
        """Ids of the case's attachments whose bytes are on this laptop (the caller has
        the case already, opened under need-to-know)."""
        hashes = repo.attachment_data_present(self.s.conn(), {a.sha256 for a in case.attachments})
        return {a.id for a in case.attachments if a.sha256 in hashes}
