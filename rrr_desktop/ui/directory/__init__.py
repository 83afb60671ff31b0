"""The service directory page (navigation key "directory")."""

from PySide6.QtWidgets import QWidget

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.registry import PageSpec


def _directory_page(ctx: UiContext) -> QWidget:
    from rrr_desktop.ui.directory.page import DirectoryPage

    return DirectoryPage(ctx)


PAGES = [PageSpec("directory", QT_TRANSLATE_NOOP("pages", "Directory"), 30, _directory_page)]
