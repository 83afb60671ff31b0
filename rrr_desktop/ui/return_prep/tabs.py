"""The return-preparation tabs of the case file, for the main window's registry."""

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.ui.registry import CaseTabSpec
from rrr_desktop.ui.return_prep.checklist_tab import ChecklistTab
from rrr_desktop.ui.return_prep.messages_tab import MessagesTab
from rrr_desktop.ui.return_prep.risk_tab import RiskTab
from rrr_desktop.ui.return_prep.travel_tab import TravelTab

CASE_TABS = [
    CaseTabSpec("risk", QT_TRANSLATE_NOOP("casetabs", "Risk assessment"), 60, RiskTab),
    CaseTabSpec(
        "checklist", QT_TRANSLATE_NOOP("casetabs", "Pre-departure checklist"), 70, ChecklistTab
    ),
    CaseTabSpec("travel", QT_TRANSLATE_NOOP("casetabs", "Travel"), 80, TravelTab),
    CaseTabSpec("messages", QT_TRANSLATE_NOOP("casetabs", "Messages"), 90, MessagesTab),
]
