"""Case tabs of the reintegration work: the plan (110) and follow-up monitoring (120)."""

from PySide6.QtWidgets import QWidget

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.registry import CaseTabSpec


def _plan_tab(ctx: UiContext, reference: str) -> QWidget:
    from rrr_desktop.ui.reintegration.plan_tab import PlanTab

    return PlanTab(ctx, reference)


def _followup_tab(ctx: UiContext, reference: str) -> QWidget:
    from rrr_desktop.ui.reintegration.followup_tab import FollowUpTab

    return FollowUpTab(ctx, reference)


CASE_TABS = [
    CaseTabSpec("plan", QT_TRANSLATE_NOOP("casetabs", "Reintegration plan"), 110, _plan_tab),
    CaseTabSpec("followup", QT_TRANSLATE_NOOP("casetabs", "Follow-up"), 120, _followup_tab),
]
