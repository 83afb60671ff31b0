"""The return-preparation tabs of the case file, for the main window's registry."""

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP as N_
from rrr_desktop.ui.registry import CaseTabSpec
from rrr_desktop.ui.return_prep.checklist_tab import ChecklistTab
from rrr_desktop.ui.return_prep.messages_tab import MessagesTab
from rrr_desktop.ui.return_prep.risk_tab import RiskTab
from rrr_desktop.ui.return_prep.travel_tab import TravelTab

CASE_TABS = [
    CaseTabSpec("risk", N_("casetabs", "Risk assessment"), 60, RiskTab),
    CaseTabSpec("checklist", N_("casetabs", "Pre-departure checklist"), 70, ChecklistTab),
    CaseTabSpec("travel", N_("casetabs", "Travel"), 80, TravelTab),
    CaseTabSpec("messages", N_("casetabs", "Messages"), 90, MessagesTab),
]
