"""What a printed document needs besides the case: languages, choices and looked-up names.

The caller (CLI or UI) gets these from a service call that checked access and audited the
print; printing itself never opens the vault.
"""

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence

from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.print_marks import PrintMark
from rrr_desktop.printing.texts import Catalogue


class Paper:
    A4 = "a4"
    LETTER = "letter"
    ALL = (A4, LETTER)


class DocumentKind:
    CHECKLIST = "checklist"
    INFO_SHEET = "info_sheet"
    EMBASSY_LETTER = "embassy_letter"
    SUMMARY = "summary"  # what the organisation holds about the person
    ALL = (CHECKLIST, INFO_SHEET, EMBASSY_LETTER, SUMMARY)


@dataclasses.dataclass(frozen=True)
class PrintContext:
    staff: Catalogue  # the caseworker's language: left column
    person: Catalogue  # the assisted person's language: right column
    printed_on: dt.date
    organisation: str = ""
    show_name: bool = False
    display_names: Mapping[str, str] = dataclasses.field(default_factory=dict)
    handed_over: Sequence[DirectoryEntry] = ()
    receiving_contact: DirectoryEntry | None = None
    disclosures: Sequence[tuple[dt.date, str]] = ()  # (day, organisation) the case went to

    @property
    def bilingual(self) -> bool:
        return self.staff.language != self.person.language

    def who(self, username: str) -> str:
        return self.display_names.get(username) or username


@dataclasses.dataclass(frozen=True)
class PrintDocument:
    """HTML for QTextDocument plus the bilingual footer; ``title`` holds no personal data."""

    title: str
    html: str
    footer_html: str  # contains {page} and {pages}
    rtl_language: bool = False
    mark: PrintMark | None = None  # its code and QR code on every page, to check it later
