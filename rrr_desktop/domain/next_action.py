"""What a case needs next, for the case list and the Today page."""

import dataclasses
import datetime as dt

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.checklist import CONDITIONS
from rrr_desktop.domain.enums import MessageKind, RiskFinding, Stage
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.return_prep import OverrideKind

MESSAGE_ORDER = list(MessageKind)
MESSAGE_ANSWER_DAYS = 7

ACTION_TEXT: dict[str, str] = {
    "": "",
    "consent_needed": QT_TRANSLATE_NOOP("next", "Record consent to assistance"),
    "risk_assessment": QT_TRANSLATE_NOOP("next", "Make the risk assessment"),
    "checklist": QT_TRANSLATE_NOOP("next", "Complete the pre-departure checklist"),
    "itinerary": QT_TRANSLATE_NOOP("next", "Plan the travel"),
    "message_awaited": QT_TRANSLATE_NOOP(
        "next", "Awaiting an answer from the partner organisation"
    ),
    "plan_needed": QT_TRANSLATE_NOOP("next", "Draw up the reintegration plan"),
    "visit_due": QT_TRANSLATE_NOOP("next", "Follow-up visit due"),
    "visit_overdue": QT_TRANSLATE_NOOP("next", "Follow-up visit overdue"),
}


@dataclasses.dataclass(frozen=True)
class NextAction:
    code: str
    due: dt.date | None = None

    @property
    def text(self) -> str:
        return ACTION_TEXT[self.code]

    def overdue(self, today: dt.date) -> bool:
        return self.due is not None and self.due < today


def awaited_message(case: CaseFile) -> tuple[MessageKind, dt.date] | None:
    """The sent message whose answer has not arrived, with the date it is due."""
    by_kind = {m.kind: m for m in case.messages}
    for index, kind in enumerate(MESSAGE_ORDER[:-1]):
        sent = by_kind.get(kind)
        answer_kind = MESSAGE_ORDER[index + 1]
        answer = by_kind.get(answer_kind)
        if sent and sent.sent_on and index % 2 == 0 and not (answer and answer.sent_on):
            return answer_kind, sent.sent_on + dt.timedelta(days=MESSAGE_ANSWER_DAYS)
    return None


def next_visit(case: CaseFile) -> dt.date | None:
    pending = [v.scheduled_on for v in case.reintegration.visits if v.done_on is None]
    return min(pending) if pending else None


def next_action(case: CaseFile, today: dt.date) -> NextAction:
    from rrr_desktop.domain.consent import has_consent  # local: avoid a cycle at import
    from rrr_desktop.domain.enums import ConsentPurpose

    stage = case.stage
    if stage == Stage.CLOSED:
        return NextAction("")
    if stage in (Stage.REINTEGRATION, Stage.FOLLOW_UP):
        visit = next_visit(case)
        if visit is not None:
            return NextAction("visit_overdue" if visit < today else "visit_due", visit)
        if case.reintegration.current_plan is None:
            return NextAction("plan_needed")
    waiting = awaited_message(case)
    if waiting is not None and stage in (Stage.RETURN_PREPARATION, Stage.TRAVEL):
        return NextAction("message_awaited", waiting[1])
    if stage in (Stage.INTAKE, Stage.SHELTER) and not has_consent(
        case.consents, ConsentPurpose.ASSISTANCE
    ):
        return NextAction("consent_needed")
    if stage == Stage.RETURN_PREPARATION:
        if case.latest_risk_assessment is None:
            return NextAction("risk_assessment")
        if any(case.checklist.tick_for(k) is None for k in CONDITIONS):
            return NextAction("checklist")
        if not case.itinerary.legs:
            return NextAction("itinerary")
    return NextAction("")


APPROVAL_STAGES = (Stage.RETURN_PREPARATION, Stage.TRAVEL)


def needs_risk_approval(case: CaseFile) -> bool:
    """A return in preparation or under way whose latest risk finding is a suspicion of
    harm, with no supervisor's decision on it: it waits for a supervisor (docs/sources.md,
    principle 4: a return goes ahead on such a finding only with a recorded override)."""
    risk = case.latest_risk_assessment
    return (
        case.stage in APPROVAL_STAGES
        and risk is not None
        and risk.finding == RiskFinding.SUSPICION_OF_HARM
        and case.active_override(OverrideKind.RISK) is None
    )
