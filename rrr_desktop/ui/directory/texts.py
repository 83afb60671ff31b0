"""Translated labels of directory types and the stale-entry warning."""

from PySide6.QtCore import QCoreApplication

from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.enums import DirectoryType
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.ui.dates import date_text

TYPE_TEXT: dict[DirectoryType, str] = {
    DirectoryType.NGO: QT_TRANSLATE_NOOP("directory", "NGO"),
    DirectoryType.LAWYER: QT_TRANSLATE_NOOP("directory", "Lawyer"),
    DirectoryType.SOCIAL_WELFARE: QT_TRANSLATE_NOOP("directory", "Social welfare"),
    DirectoryType.HEALTH: QT_TRANSLATE_NOOP("directory", "Health"),
    DirectoryType.LAW_ENFORCEMENT: QT_TRANSLATE_NOOP("directory", "Law enforcement"),
    DirectoryType.SHELTER: QT_TRANSLATE_NOOP("directory", "Shelter"),
    DirectoryType.EMBASSY: QT_TRANSLATE_NOOP("directory", "Embassy"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("directory", text)


def type_text(value: DirectoryType) -> str:
    return tr(TYPE_TEXT[value])


def verification_text(entry: DirectoryEntry, stale: bool) -> str:
    """Words, not colour (the table adds a warning icon): example, never, stale or fresh."""
    if entry.is_example:
        return QCoreApplication.translate("directory", "Example: not a real entry")
    if entry.last_verified is None:
        return QCoreApplication.translate("directory", "Never verified")
    day = date_text(entry.last_verified)
    if stale:
        return QCoreApplication.translate("directory", "To verify (last {day})").format(day=day)
    return QCoreApplication.translate("directory", "✓ Verified {day}").format(day=day)


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace(",", ";").split(";") if part.strip()]
