"""The Handoff page (navigation key "handoff"): outbox, inbox, peers, conflicts, history."""

from PySide6.QtWidgets import QWidget

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.registry import PageSpec


def _handoff_page(ctx: UiContext) -> QWidget:
    from rrr_desktop.ui.handoff.page import HandoffPage

    return HandoffPage(ctx)


PAGES = [PageSpec("handoff", QT_TRANSLATE_NOOP("pages", "Handoff"), 40, _handoff_page)]
