"""The Reports page (navigation key "reports"): statistics, charts, exports, lists."""

from PySide6.QtWidgets import QWidget

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.registry import PageSpec


def _reports_page(ctx: UiContext) -> QWidget:
    from rrr_desktop.ui.reports.page import ReportsPage

    return ReportsPage(ctx)


PAGES = [PageSpec("reports", QT_TRANSLATE_NOOP("pages", "Reports"), 50, _reports_page)]
