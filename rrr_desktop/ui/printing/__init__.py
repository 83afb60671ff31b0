"""The "Print" case tab: checklist, information sheet and embassy letter."""

from PySide6.QtWidgets import QWidget

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.registry import CaseTabSpec


def _print_tab(ctx: UiContext, reference: str) -> QWidget:
    from rrr_desktop.ui.printing.print_tab import PrintTab

    return PrintTab(ctx, reference)


CASE_TABS = [CaseTabSpec("print", QT_TRANSLATE_NOOP("casetabs", "Print"), 100, _print_tab)]
