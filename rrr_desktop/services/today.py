"""The Today use case: what needs the caseworker's action now, and where to act on it.

Follow-up visits due or overdue, messages awaiting an answer, checklists that block a
departure and approvals a supervisor must give (a risk finding of suspicion of harm
without a recorded override). Each item names the case tab where the work is done.
"""

import dataclasses
import datetime as dt

from rrr_desktop.domain.enums import RiskFinding, Role, Stage
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.return_prep import OverrideKind
from rrr_desktop.services.session import Session
from rrr_desktop.vault import cases as repo

DUE_SOON_DAYS = 7

KIND_TEXT: dict[str, str] = {
    "followup": QT_TRANSLATE_NOOP("today", "Follow-up visit"),
    "message": QT_TRANSLATE_NOOP("today", "Message awaiting an answer"),
    "checklist": QT_TRANSLATE_NOOP("today", "Checklist blocks departure"),
    "approval": QT_TRANSLATE_NOOP("today", "Supervisor approval needed"),
}
# The case tab where each kind of work is done (keys of the case-file tabs).
KIND_TAB: dict[str, str] = {
    "followup": "followup",
    "message": "messages",
    "checklist": "checklist",
    "approval": "risk",
}
_CODES: dict[str, str] = {
    "visit_due": "followup",
    "visit_overdue": "followup",
    "message_awaited": "message",
    "checklist": "checklist",
}


@dataclasses.dataclass(frozen=True)
class TodayItem:
    kind: str  # key of KIND_TEXT
    reference: str
    name: str
    action: str  # next-action code (domain.next_action.ACTION_TEXT) or "" for approvals
    due: dt.date | None
    overdue: bool

    @property
    def tab(self) -> str:
        return KIND_TAB[self.kind]


def today_items(session: Session, limit: int = 500) -> list[TodayItem]:
    """Everything that needs action, overdue first, then by due date."""
    today = session.clock.today()
    user = session.user
    mine = "" if user.is_supervisor or user.has_role(Role.DATA_OFFICER) else user.username
    conn = session.conn()
    items: list[TodayItem] = []
    horizon = today + dt.timedelta(days=DUE_SOON_DAYS)
    for row in repo.action_rows(conn, list(_CODES), caseworker=mine, limit=limit):
        kind = _CODES[row.next_action]
        if kind == "followup" and (row.next_due is None or row.next_due > horizon):
            continue
        overdue = row.next_due is not None and row.next_due < today
        items.append(
            TodayItem(kind, row.reference, row.name, row.next_action, row.next_due, overdue)
        )
    if user.is_supervisor:
        items.extend(_approvals(session))
    items.sort(key=lambda i: (not i.overdue, i.due or dt.date.max, i.reference))
    return items[:limit]


def _approvals(session: Session) -> list[TodayItem]:
    stages = [Stage.RETURN_PREPARATION.value, Stage.TRAVEL.value]
    found: list[TodayItem] = []
    for case in repo.cases_in_stages(session.conn(), stages):
        risk = case.latest_risk_assessment
        if (
            risk is not None
            and risk.finding == RiskFinding.SUSPICION_OF_HARM
            and case.active_override(OverrideKind.RISK) is None
        ):
            found.append(
                TodayItem("approval", case.reference, case.person.full_name, "", None, False)
            )
    return found
