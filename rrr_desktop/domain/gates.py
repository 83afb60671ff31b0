"""Workflow gates: pure functions that return the reasons a step is blocked.

An empty list means the step may go ahead. Each reason has a stable ``code`` (tests and
the UI rely on it) and an English template marked for translation.
"""

import dataclasses
import datetime as dt

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.checklist import CONDITIONS
from rrr_desktop.domain.consent import has_consent
from rrr_desktop.domain.enums import (
    AsylumStatus,
    ConsentPurpose,
    DestinationOption,
    RiskFinding,
    Stage,
)
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP, MarkedSentences
from rrr_desktop.domain.return_prep import OverrideKind


@dataclasses.dataclass(frozen=True)
class Reason:
    code: str
    template: str
    params: tuple[tuple[str, object], ...] = ()  # strings, or marked texts to translate

    @property
    def text(self) -> str:
        return self.template.format(**{k: str(v) for k, v in self.params})

    def __str__(self) -> str:  # as a value of an error message (rrr_desktop.errors)
        return self.text


def _r(code: str, template: str, **params: object) -> Reason:
    return Reason(code, template, tuple(sorted(params.items())))


def return_ready_blockers(case: CaseFile, today: dt.date) -> list[Reason]:
    """UNODC Tool 7.8 and Tool 7.7 rec. 40: no return without consent and a security
    assessment."""
    reasons: list[Reason] = []
    if not has_consent(case.consents, ConsentPurpose.VOLUNTARY_RETURN):
        reasons.append(
            _r(
                "no_return_consent",
                QT_TRANSLATE_NOOP("gates", "The person has not consented to return."),
            )
        )
    risk = case.latest_risk_assessment
    if risk is None:
        reasons.append(
            _r(
                "no_risk_assessment",
                QT_TRANSLATE_NOOP("gates", "No security (risk) assessment has been made."),
            )
        )
    elif risk.finding == RiskFinding.SUSPICION_OF_HARM and not case.active_override(
        OverrideKind.RISK
    ):
        reasons.append(
            _r(
                "risk_suspicion_of_harm",
                QT_TRANSLATE_NOOP(
                    "gates",
                    "The risk assessment found reasonable suspicion of harm; a supervisor "
                    "must record an override with a reason.",
                ),
            )
        )
    if case.person.is_child_on(today):
        if case.person.guardian is None or not case.person.guardian.name:
            reasons.append(
                _r(
                    "child_no_guardian",
                    QT_TRANSLATE_NOOP("gates", "A child needs a recorded guardian."),
                )
            )
        reasons.extend(child_reunification_blockers(case))
    return reasons


def missing_checklist_conditions(case: CaseFile) -> list[str]:
    return [key for key in CONDITIONS if case.checklist.tick_for(key) is None]


def departure_blockers(case: CaseFile, today: dt.date) -> list[Reason]:
    """Everything that must hold before the person travels."""
    reasons = return_ready_blockers(case, today)
    missing = missing_checklist_conditions(case)
    if missing and not case.active_override(OverrideKind.CHECKLIST):
        reasons.append(
            _r(
                "checklist_incomplete",
                QT_TRANSLATE_NOOP(
                    "gates", "{count} of 8 pre-departure conditions are not yet met: {missing}"
                ),
                count=str(len(missing)),
                missing=MarkedSentences("checklist", tuple(CONDITIONS[k] for k in missing)),
            )
        )
    if not case.itinerary.legs:
        reasons.append(
            _r("no_itinerary", QT_TRANSLATE_NOOP("gates", "No travel itinerary has been recorded."))
        )
    if case.receiving_org and not has_consent(
        case.consents, ConsentPurpose.SHARE_WITH_RECEIVING_ORG, case.receiving_org
    ):
        reasons.append(
            _r(
                "no_sharing_consent",
                QT_TRANSLATE_NOOP(
                    "gates",
                    "The person has not consented to share the case with {org}.",
                ),
                org=case.receiving_org,
            )
        )
    return reasons


def embassy_contact_blockers(case: CaseFile) -> list[Reason]:
    """UNODC Tool 7.8: no contact while asylum is pending or wished for; only with consent."""
    reasons: list[Reason] = []
    if case.asylum == AsylumStatus.PENDING:
        reasons.append(
            _r(
                "asylum_pending",
                QT_TRANSLATE_NOOP(
                    "gates", "An asylum procedure is pending: the embassy must not be contacted."
                ),
            )
        )
    elif case.asylum == AsylumStatus.GRANTED:
        reasons.append(
            _r(
                "asylum_granted",
                QT_TRANSLATE_NOOP(
                    "gates",
                    "The person was granted asylum: the embassy of the country they fled must "
                    "not be contacted.",
                ),
            )
        )
    elif case.asylum == AsylumStatus.DECIDED:
        reasons.append(
            _r(
                "asylum_outcome_unknown",
                QT_TRANSLATE_NOOP(
                    "gates",
                    "An asylum decision is recorded without its outcome: record whether asylum "
                    "was granted or refused before the embassy is contacted.",
                ),
            )
        )
    elif case.asylum == AsylumStatus.INTENDS_TO_APPLY:
        reasons.append(
            _r(
                "asylum_intended",
                QT_TRANSLATE_NOOP(
                    "gates",
                    "The person wishes to apply for asylum: the embassy must not be contacted.",
                ),
            )
        )
    if not has_consent(case.consents, ConsentPurpose.EMBASSY_CONTACT):
        reasons.append(
            _r(
                "no_embassy_consent",
                QT_TRANSLATE_NOOP(
                    "gates", "The person has not consented to contact with the embassy."
                ),
            )
        )
    return reasons


def sharing_blockers(case: CaseFile, organisation: str) -> list[Reason]:
    """A referral to another organisation needs consent naming that organisation."""
    if has_consent(case.consents, ConsentPurpose.SHARE_WITH_RECEIVING_ORG, organisation):
        return []
    return [
        _r(
            "no_sharing_consent",
            QT_TRANSLATE_NOOP(
                "gates", "The person has not consented to share the case with {org}."
            ),
            org=organisation,
        )
    ]


def child_reunification_blockers(case: CaseFile) -> list[Reason]:
    """ILO Mekong: a child goes back to family only after an assessment finds no abuse."""
    plan = case.reintegration.current_plan
    if plan is None or plan.destination != DestinationOption.HOME_TO_FAMILY:
        return []
    family = case.reintegration.assessment.family_assessment
    if family is None:
        return [
            _r(
                "child_no_family_assessment",
                QT_TRANSLATE_NOOP(
                    "gates", "A child returns to family only after a family assessment."
                ),
            )
        ]
    if family.neglect_or_abuse_found:
        return [
            _r(
                "child_family_unsafe",
                QT_TRANSLATE_NOOP(
                    "gates",
                    "The family assessment found neglect or abuse: choose family-based "
                    "alternative care.",
                ),
            )
        ]
    return []


def closure_blockers(case: CaseFile) -> list[Reason]:
    if case.closure is None:
        return [
            _r("no_closure_reason", QT_TRANSLATE_NOOP("gates", "Closing a case needs a reason."))
        ]
    return []


USUAL_PATH = (
    Stage.INTAKE,
    Stage.SHELTER,
    Stage.RETURN_PREPARATION,
    Stage.TRAVEL,
    Stage.REINTEGRATION,
    Stage.FOLLOW_UP,
    Stage.CLOSED,
)


def usual_next_stage(stage: Stage) -> Stage:
    """Where a case usually goes from ``stage`` (testimony is a side road: back to
    follow-up); a closed case stays closed."""
    if stage == Stage.TESTIMONY:
        return Stage.FOLLOW_UP
    index = USUAL_PATH.index(stage)
    return USUAL_PATH[min(index + 1, len(USUAL_PATH) - 1)]


def advance_blockers(case: CaseFile, to_stage: Stage, today: dt.date) -> list[Reason]:
    """Why the case cannot move to ``to_stage`` now. Going back is always allowed."""
    if to_stage == case.stage:
        return []
    if to_stage == Stage.RETURN_PREPARATION and not has_consent(
        case.consents, ConsentPurpose.ASSISTANCE
    ):
        return [
            _r(
                "no_assistance_consent",
                QT_TRANSLATE_NOOP("gates", "The person has not consented to receive assistance."),
            )
        ]
    if to_stage == Stage.TRAVEL:
        return departure_blockers(case, today)
    if to_stage == Stage.REINTEGRATION:
        reasons: list[Reason] = []
        if not has_consent(case.consents, ConsentPurpose.REINTEGRATION_SERVICES):
            reasons.append(
                _r(
                    "no_reintegration_consent",
                    QT_TRANSLATE_NOOP(
                        "gates", "The person has not consented to reintegration services."
                    ),
                )
            )
        if case.person.is_child_on(today):
            reasons.extend(child_reunification_blockers(case))
        return reasons
    if to_stage == Stage.TESTIMONY and not has_consent(case.consents, ConsentPurpose.TESTIMONY):
        return [
            _r(
                "no_testimony_consent",
                QT_TRANSLATE_NOOP(
                    "gates", "Testimony only with the person's full, recorded agreement."
                ),
            )
        ]
    if to_stage == Stage.CLOSED:
        return closure_blockers(case)
    return []


def may_disclose_trafficking_to_embassy(case: CaseFile) -> bool:
    """UNODC Tool 7.7 rec. 42: an embassy letter never says "trafficking" without that consent.

    Asks the same of embassy contact itself: no disclosure where no contact is allowed.
    """
    return not embassy_contact_blockers(case) and has_consent(
        case.consents, ConsentPurpose.DISCLOSE_TRAFFICKING_TO_EMBASSY
    )
