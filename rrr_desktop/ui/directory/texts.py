"""Translated labels of directory types and the stale-entry warning."""

from PySide6.QtCore import QCoreApplication

from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.enums import DirectoryType
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP as N_

TYPE_TEXT: dict[DirectoryType, str] = {
    DirectoryType.NGO: N_("directory", "NGO"),
    DirectoryType.LAWYER: N_("directory", "Lawyer"),
    DirectoryType.SOCIAL_WELFARE: N_("directory", "Social welfare"),
    DirectoryType.HEALTH: N_("directory", "Health"),
    DirectoryType.LAW_ENFORCEMENT: N_("directory", "Law enforcement"),
    DirectoryType.SHELTER: N_("directory", "Shelter"),
    DirectoryType.EMBASSY: N_("directory", "Embassy"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("directory", text)


def type_text(value: DirectoryType) -> str:
    return tr(TYPE_TEXT[value])


def verification_text(entry: DirectoryEntry, stale: bool) -> str:
    """Words, not colour (the table adds a warning icon): example, never, stale or fresh."""
    if entry.is_example:
        return tr("Example: not a real entry")
    if entry.last_verified is None:
        return tr("Never verified")
    day = entry.last_verified.isoformat()
    if stale:
        return tr("To verify (last {day})").format(day=day)
    return tr("✓ Verified {day}").format(day=day)


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace(",", ";").split(";") if part.strip()]

