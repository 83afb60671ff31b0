"""Case notes with the contact log, and attached files."""

from PySide6.QtWidgets import QWidget

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.registry import CaseTabSpec


def _notes_tab(ctx: UiContext, reference: str) -> QWidget:
    from rrr_desktop.ui.notes.notes_tab import NotesTab

    return NotesTab(ctx, reference)


def _files_tab(ctx: UiContext, reference: str) -> QWidget:
    from rrr_desktop.ui.notes.files_tab import FilesTab

    return FilesTab(ctx, reference)


CASE_TABS = [
    CaseTabSpec("notes", QT_TRANSLATE_NOOP("casetabs", "Notes & contacts"), 55, _notes_tab),
    CaseTabSpec("files", QT_TRANSLATE_NOOP("casetabs", "Files"), 57, _files_tab),
]
