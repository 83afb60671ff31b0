"""Printing use case: load a case for a printed document, with access checks and an audit
entry ``case.print`` (document kind and language; never a value from the case).

Printing itself (Qt) must not open the vault, so this service hands the caller everything
the page needs: the case, the organisation's name, display names of staff, and the
directory entries of the contacts handed over.
"""

import dataclasses
import datetime as dt
import re

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.embassy import TravelDocumentRequest, build_request
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import InvalidInput
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.directory import DirectoryService
from rrr_desktop.services.session import Session

DOCUMENT_KINDS = ("checklist", "info_sheet", "embassy_letter")
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


class PrintingService:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.cases = CaseService(session)

    def record_print(self, reference: str, kind: str, language: str, with_name: bool) -> None:
        """Audit a print once it exists (a PDF written whole, a job sent to the printer):
        a failed write is never recorded as a print."""
        case = self.cases.get(reference, audit=False)
        self.s.record_reading("case.print", case.id, document=kind, language=language,
                              with_name=with_name or case.show_name_on_prints)

    def material(self, reference: str, kind: str, language: str,
                 with_name: bool = False) -> PrintMaterial:
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
            (e for e in entries.values()
             if case.receiving_org and e.name.casefold() == case.receiving_org.casefold()),
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
        )

    def embassy_request(self, reference: str, organisation: str = "",
                        document_needed: str = "") -> TravelDocumentRequest:
        """The minimum data for a travel-document request; refused while a gate blocks it
        (asylum pending or wished for, no consent, sensitive wording without consent)."""
        case = self.cases.get(reference, audit=False)
        return build_request(
            case,
            organisation=organisation or self.s.organisation().name,
            document_needed=document_needed,
            today=self.s.clock.today(),
        )

    def _display_names(self) -> dict[str, str]:
        """Staff user names -> display names, for "ticked by" (staff, not the person)."""
        return {u.username: u.display_name or u.username
                for u in vault_service.list_users(self.s)}

    def _directory(self) -> dict[str, DirectoryEntry]:
        return {entry.id: entry for entry in DirectoryService(self.s).all()}
