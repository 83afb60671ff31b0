"""One entry point for the UI and CLI: build the ``PrintContext`` from what the printing
service returned, and pick the document builder by kind."""

import datetime as dt
from collections.abc import Mapping, Sequence

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.printing.checklist import checklist_document
from rrr_desktop.printing.context import DocumentKind, PrintContext, PrintDocument
from rrr_desktop.printing.info_sheet import info_sheet_document
from rrr_desktop.printing.summary import summary_document
from rrr_desktop.printing.texts import load_catalogue


def make_context(
    *,
    staff_language: str,
    person_language: str,
    printed_on: dt.date,
    organisation: str = "",
    show_name: bool = False,
    display_names: Mapping[str, str] | None = None,
    handed_over: Sequence[DirectoryEntry] = (),
    receiving_contact: DirectoryEntry | None = None,
    disclosures: Sequence[tuple[dt.date, str]] = (),
) -> PrintContext:
    return PrintContext(
        staff=load_catalogue(staff_language),
        person=load_catalogue(person_language),
        printed_on=printed_on,
        organisation=organisation,
        show_name=show_name,
        display_names=dict(display_names or {}),
        handed_over=tuple(handed_over),
        receiving_contact=receiving_contact,
        disclosures=tuple(disclosures),
    )


def build_document(kind: str, case: CaseFile, ctx: PrintContext) -> PrintDocument:
    """The checklist or the information sheet (the embassy letter has its own input)."""
    if kind == DocumentKind.CHECKLIST:
        return checklist_document(case, ctx)
    if kind == DocumentKind.INFO_SHEET:
        return info_sheet_document(case, ctx)
    if kind == DocumentKind.SUMMARY:
        return summary_document(case, ctx)
    raise ValueError(f"not a case document: {kind}")
