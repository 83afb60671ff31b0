"""Printing use case: load a case for a printed document, with access checks and an audit
entry ``case.print`` (document kind and language; never a value from the case).

Printing itself (Qt) must not open the vault, so this service hands the caller everything
the page needs: the case, the organisation's name, display names of staff, and the
directory entries of the contacts handed over.
"""

import dataclasses
import datetime as dt
import hashlib
import re
from pathlib import Path

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.embassy import TravelDocumentRequest, build_request
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.print_marks import PrintMark, code_in, new_code, parse_qr
from rrr_desktop.errors import InvalidInput, PermissionDenied
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.directory import DirectoryService
from rrr_desktop.services.session import Session
from rrr_desktop.vault import prints
from rrr_desktop.vault.records import get_head

DOCUMENT_KINDS = ("checklist", "info_sheet", "embassy_letter", "summary")
LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")  # BCP 47-like


@dataclasses.dataclass(frozen=True)
class PrintMaterial:
    case: CaseFile
    organisation: str
    staff_language: str
    today: dt.date
    display_names: dict[str, str]
    handed_over: list[DirectoryEntry]
    receiving_contact: DirectoryEntry | None
    disclosures: list[tuple[dt.date, str]] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class PrintCheck:
    """What checking a printout found. ``reference`` only for a user who may see the case."""

    code: str
    known: bool  # printed by this vault under that code
    signature_ok: bool = False
    file_matches: bool | None = None  # None: a code was checked, not a file
    case_changed: bool = False
    case_gone: bool = False
    kind: str = ""
    printed_at: str = ""
    printed_by: str = ""
    reference: str = ""

    @property
    def genuine(self) -> bool:
        return self.known and self.signature_ok and self.file_matches is not False

    @property
    def current(self) -> bool:
        """Genuine, and the case is still as it was printed: safe to rely on."""
        return self.genuine and not self.case_changed and not self.case_gone


class PrintingService:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.cases = CaseService(session)

    def record_print(
        self,
        reference: str,
        kind: str,
        language: str,
        with_name: bool,
        mark: PrintMark | None = None,
        pdf: Path | None = None,
    ) -> None:
        """Audit a print once it exists (a PDF written whole, a job sent to the printer):
        a failed write is never recorded as a print. With its mark, the vault keeps what
        was printed under the code (and the PDF's fingerprint), for a later check."""
        with self.s.recorded_output(pdf):
            self.s.require_recordable()
            case = self.cases.get(reference, audit=False)
            digest = hashlib.sha256(Path(pdf).read_bytes()).hexdigest() if pdf else ""
            marked = {"code": mark.code} if mark else {}  # the code says nothing personal
            with self.s.write() as conn:
                if mark is not None:
                    prints.put_print(conn, mark, case.id, self.s.user.username, digest)
                self.s.audit(
                    conn,
                    "case.print",
                    case.id,
                    document=kind,
                    language=language,
                    with_name=with_name or case.show_name_on_prints,
                    **marked,
                )

    def issue_mark(self, reference: str, kind: str) -> PrintMark:
        """A new code for a printout of the case as it is now, signed by this installation
        (kept by ``record_print`` once the printout exists)."""
        from rrr_desktop.services.handoff import HandoffService

        self.s.require_recordable()  # refused before anything is laid out or written
        case = self.cases.get(reference, audit=False)
        head = get_head(self.s.conn(), case.id)
        identity = HandoffService(self.s).identity()
        mark = PrintMark(
            code=new_code(),
            kind=kind,
            printed_at=self.s.clock.now().astimezone(dt.UTC).isoformat(timespec="seconds"),
            case_version=head[1] if head else "",
            installation=identity.fingerprint,
        )
        return dataclasses.replace(mark, signature=identity.sign(mark.payload()))

    def check_printout(self, target: str | Path) -> PrintCheck:
        """A PDF file, a code as printed (RRR-K7MX-3QAD) or a scanned QR code's text:
        printed here, unchanged, signed by this installation, and is the case the same."""
        from rrr_desktop.handoff.keys import verify_signature
        from rrr_desktop.services.handoff import HandoffService

        data: bytes | None = None
        text = str(target)
        if isinstance(target, Path) or (len(text) < 4096 and Path(text).is_file()):
            data = Path(target).read_bytes()
            text = _pdf_text(data)
        scanned = parse_qr(text.strip())
        code = scanned[0] if scanned else code_in(text)
        if code is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "No printout code was found (it looks like RRR-K7MX-3QAD, in the footer "
                    "of every page).",
                )
            )
        record = prints.get_print(self.s.conn(), code)
        if record is None:
            return PrintCheck(code=code, known=False)
        mark = record.mark
        identity = HandoffService(self.s).identity()
        signature_ok = (
            mark.installation == identity.fingerprint
            and verify_signature(identity.signing_key, mark.payload(), mark.signature)
            and (scanned is None or scanned[1] == mark.signature)
        )
        file_matches = None
        if data is not None:
            file_matches = hashlib.sha256(data).hexdigest() == record.pdf_sha256
        head = get_head(self.s.conn(), record.case_id)
        gone = head is None or head[2]
        reference = ""
        if not gone:
            try:
                reference = self.cases.get(record.case_id, audit=False).reference
            except PermissionDenied:
                reference = ""
        self.s.record_reading("print.check", record.case_id, code=code)
        return PrintCheck(
            code=code,
            known=True,
            signature_ok=signature_ok,
            file_matches=file_matches,
            case_changed=not gone and head is not None and head[1] != mark.case_version,
            case_gone=gone,
            kind=mark.kind,
            printed_at=mark.printed_at,
            printed_by=record.printed_by,
            reference=reference,
        )

    def material(
        self, reference: str, kind: str, language: str, with_name: bool = False
    ) -> PrintMaterial:
        """What a checklist or information sheet needs (``record_print`` once printed)."""
        if kind not in DOCUMENT_KINDS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Unknown document kind {kind}."), kind=repr(kind)
            )
        if not LANGUAGE_CODE.match(language):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The language must be a code such as km, th or ar.")
            )
        case = self.cases.get(reference, audit=False)
        entries = self._directory()
        handed = [entries[i] for i in case.checklist.contacts_handed_over if i in entries]
        receiving = next(
            (
                e
                for e in entries.values()
                if case.receiving_org and e.name.casefold() == case.receiving_org.casefold()
            ),
            None,
        )
        return PrintMaterial(
            case=case,
            organisation=self.s.organisation().name,
            staff_language=self.s.user.language or "en",
            today=self.s.clock.today(),
            display_names=self._display_names(),
            handed_over=handed,
            receiving_contact=receiving,
            disclosures=self._disclosures(case.id) if kind == "summary" else [],
        )

    def _disclosures(self, case_id: str) -> list[tuple[dt.date, str]]:
        """Who the case went to outside the organisation (the transfer log), oldest first."""
        from rrr_desktop.vault import handoff_tables as store

        out = []
        for transfer in store.transfers(self.s.conn(), case_id):
            if transfer["direction"] == "out":
                day = dt.datetime.fromisoformat(str(transfer["at"])).date()
                out.append((day, str(transfer["recipient"])))
        return sorted(out)

    def embassy_request(
        self, reference: str, organisation: str = "", document_needed: str = ""
    ) -> TravelDocumentRequest:
        """The minimum data for a travel-document request; refused while a gate blocks it
        (asylum pending or wished for, no consent, sensitive wording without consent)."""
        case = self.cases.get(reference, audit=False)
        org = self.s.organisation()
        reply_to = " · ".join(p for p in (org.address, org.phone, org.email) if p)
        return build_request(
            case,
            organisation=organisation,
            document_needed=document_needed,
            today=self.s.clock.today(),
            confirmed=org.embassy_names.get(case.person.nationality.upper(), ""),
            reply_to=reply_to,
        )

    def _display_names(self) -> dict[str, str]:
        """Staff user names -> display names, for "ticked by" (staff, not the person)."""
        return {u.username: u.display_name or u.username for u in vault_service.list_users(self.s)}

    def _directory(self) -> dict[str, DirectoryEntry]:
        return {entry.id: entry for entry in DirectoryService(self.s).all()}


def _pdf_text(data: bytes) -> str:
    """The text of a PDF (its text layer), or the bytes as text for anything else."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, OSError):
        return data[:4096].decode("utf-8", errors="replace")
