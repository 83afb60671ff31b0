"""The Audit page (navigation key "audit"): the audit and transfer logs, for supervisors."""

from PySide6.QtWidgets import QWidget

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.registry import PageSpec


def _audit_page(ctx: UiContext) -> QWidget:
    from rrr_desktop.ui.audit.page import AuditPage

    return AuditPage(ctx)


PAGES = [PageSpec("audit", QT_TRANSLATE_NOOP("pages", "Audit log"), 60, _audit_page)]
