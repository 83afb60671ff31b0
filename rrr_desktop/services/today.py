"""The Today use case: what needs the caseworker's action now, and where to act on it.

Follow-up visits due or overdue, messages awaiting an answer, checklists that block a
departure and approvals a supervisor must give (a risk finding of suspicion of harm
without a recorded override). Each item names the case tab where the work is done.
"""

import dataclasses
import datetime as dt

from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.people import youngest_adult_birth_year
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
    child: bool = False  # may be under 18: comes first

    @property
    def tab(self) -> str:
        return KIND_TAB[self.kind]


@dataclasses.dataclass(frozen=True)
class TodayList:
    """The items shown (at most ``per_kind`` of each kind) and, per kind, how many there
    are in all and how many of them are overdue: the page says when it shows fewer."""

    items: list[TodayItem]
    totals: dict[str, tuple[int, int]]

    def total(self, kind: str = "") -> tuple[int, int]:
        chosen = [v for k, v in self.totals.items() if not kind or k == kind]
        return sum(t for t, _ in chosen), sum(o for _, o in chosen)


# Children first, then by kind: visits (overdue first), risk findings waiting for a
# supervisor, departures blocked, then messages: a late message never hides a home visit.
KIND_ORDER = ("followup", "approval", "checklist", "message")


def today_list(session: Session, per_kind: int = 500) -> TodayList:
    """Everything that needs action, most urgent first (see ``KIND_ORDER``)."""
    today = session.clock.today()
    user = session.user
    mine = "" if user.is_supervisor or user.has_role(Role.DATA_OFFICER) else user.username
    conn = session.conn()
    horizon = today + dt.timedelta(days=DUE_SOON_DAYS)
    youngest = youngest_adult_birth_year(today)
    items: list[TodayItem] = []
    totals: dict[str, tuple[int, int]] = {}
    for kind in KIND_ORDER:
        if kind == "approval" and not user.is_supervisor:
            continue
        codes = [code for code, k in _CODES.items() if k == kind]
        approvals = kind == "approval"
        owner = "" if approvals else mine
        due_by = horizon if kind == "followup" else None
        totals[kind] = repo.work_counts(conn, codes, today, owner, due_by, approvals)
        for row in repo.work_rows(conn, codes, today, owner, due_by, approvals, per_kind):
            due = None if approvals else row.next_due
            overdue = due is not None and due < today
            action = "" if approvals else row.next_action
            child = row.birth_year is not None and row.birth_year > youngest
            items.append(TodayItem(kind, row.reference, row.name, action, due, overdue, child))
    items.sort(
        key=lambda i: (
            not i.child,
            KIND_ORDER.index(i.kind),
            not i.overdue,
            i.due or dt.date.max,
            i.reference,
        )
    )
    return TodayList(items, totals)


def today_items(session: Session, per_kind: int = 500) -> list[TodayItem]:
    return today_list(session, per_kind).items
