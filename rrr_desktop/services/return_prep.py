"""Return preparation use cases: risk, overrides, checklist, documents, travel, messages.

Every change goes through ``CaseService.modify`` (one transaction, audited with the field
names). Overrides are supervisor decisions: role-checked here, recorded with the reason on
the case, and audited under their own action name.
"""

import datetime as dt
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.checklist import ALL_ITEMS
from rrr_desktop.domain.consent import ConsentEvent
from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.enums import (
    AsylumStatus,
    ConsentPurpose,
    ConsentState,
    GrantKind,
    MessageKind,
    RiskFinding,
    Role,
    Stage,
)
from rrr_desktop.domain.gates import Reason, departure_blockers, return_ready_blockers
from rrr_desktop.domain.holidays import years_around
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP, Marked
from rrr_desktop.domain.messages import DEFAULT_ANSWER_DAYS, MessageStep, message_sequence
from rrr_desktop.domain.return_prep import (
    RISK_FACTORS,
    ChecklistTick,
    OrgMessage,
    OverrideKind,
    RiskAssessment,
    RiskFactorNote,
    SupervisorOverride,
    TravelDocument,
    TravelLeg,
)
from rrr_desktop.domain.travel_rules import (
    LATE_ARRIVAL_HOUR,
    TravelIssue,
    chain_errors,
    errors_only,
    itinerary_issues,
    leg_errors,
    sorted_legs,
)
from rrr_desktop.errors import InvalidInput, NotFound
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.directory import DirectoryService
from rrr_desktop.services.holidays import HolidayService
from rrr_desktop.services.session import Session

OVERRIDE_KINDS = (OverrideKind.RISK, OverrideKind.CHECKLIST)
# Before these stages are left the person has not travelled: the plan may still change,
# and no post-departure confirmation is due yet.
PLANNING_STAGES = (Stage.INTAKE, Stage.SHELTER, Stage.RETURN_PREPARATION)
MIN_REASON_LENGTH = 10


def _invalid(exc: ValidationError) -> InvalidInput:
    first = exc.errors()[0]
    field = ".".join(str(p) for p in first.get("loc", ()))
    return InvalidInput(
        QT_TRANSLATE_NOOP("errors", "{field}: {problem}."),
        field=field,
        problem=first.get("msg", "invalid value"),
    )


def _travel(issue: TravelIssue) -> Marked:
    """A travel finding as a value of an error message (translated in "travel")."""
    return Marked("travel", issue.template, issue.params)


class ReturnPrepService:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.cases = CaseService(session)

    def today(self) -> dt.date:
        return self.s.clock.today()

    def _modify(self, reference: str, change: Callable[[CaseFile], None], action: str) -> CaseFile:
        try:
            return self.cases.modify(reference, change, action)
        except ValidationError as exc:
            raise _invalid(exc) from exc

    # -- risk assessment and overrides -----------------------------------------------------

    def record_risk_assessment(
        self,
        reference: str,
        finding: RiskFinding,
        factors: dict[str, tuple[bool, str]] | None = None,
        mitigations: str = "",
        assessed_on: dt.date | None = None,
    ) -> CaseFile:
        """A new assessment (earlier ones stay as history). Every seed-001 factor is kept."""
        factors = factors or {}
        unknown = sorted(set(factors) - set(RISK_FACTORS))
        if unknown:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Unknown risk factor {factor}; known: {known}."),
                factor=unknown[0],
                known=", ".join(RISK_FACTORS),
            )
        if finding == RiskFinding.RISK_WITH_MITIGATION and not mitigations.strip():
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A finding of risk with mitigations needs the mitigations.",
                )
            )
        on = assessed_on or self.today()
        if on > self.today():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "An assessment cannot be dated in the future.")
            )
        assessment = RiskAssessment(
            assessed_on=on,
            assessed_by=self.s.user.username,
            finding=finding,
            mitigations=mitigations.strip(),
            factors=[
                RiskFactorNote(
                    factor=key,
                    concern=factors.get(key, (False, ""))[0],
                    note=factors.get(key, (False, ""))[1].strip(),
                )
                for key in RISK_FACTORS
            ],
        )
        return self._modify(
            reference, lambda c: c.risk_assessments.append(assessment), "case.risk_assessment"
        )

    def record_override(self, reference: str, kind: str, reason: str) -> CaseFile:
        """A supervisor lets the case proceed despite a gate, saying why."""
        self.s.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "override a gate"))
        if kind not in OVERRIDE_KINDS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "A supervisor decision is about the risk finding or the checklist."
                ),
            )
        reason = reason.strip()
        if len(reason) < MIN_REASON_LENGTH:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "An override needs a reason of at least {min} characters."
                ),
                min=MIN_REASON_LENGTH,
            )
        override = SupervisorOverride(
            kind=kind, by=self.s.user.username, at=self.s.clock.now(), reason=reason
        )
        return self._modify(
            reference, lambda c: c.overrides.append(override), f"case.override.{kind}"
        )

    def revoke_override(self, reference: str, kind: str) -> CaseFile:
        self.s.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "revoke an override"))

        def apply(case: CaseFile) -> None:
            active = [o for o in case.overrides if o.kind == kind and not o.revoked]
            if not active:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "There is no active {kind} override on this case."),
                    kind=kind,
                )
            for override in active:
                override.revoked = True

        return self._modify(reference, apply, f"case.override_revoke.{kind}")

    # -- checklist -------------------------------------------------------------------------

    def tick(self, reference: str, key: str, note: str = "", on: dt.date | None = None) -> CaseFile:
        """The current user confirms a condition or information item (replaces a tick)."""
        if key not in ALL_ITEMS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Unknown checklist item {key}."), key=key
            )
        on = on or self.today()
        if on > self.today():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A checklist item cannot be ticked for a future date.")
            )
        tick = ChecklistTick(key=key, by=self.s.user.username, on=on, note=note.strip())

        def apply(case: CaseFile) -> None:
            case.checklist.ticks = [t for t in case.checklist.ticks if t.key != key] + [tick]

        return self._modify(reference, apply, "case.checklist.tick")

    def untick(self, reference: str, key: str) -> CaseFile:
        if key not in ALL_ITEMS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Unknown checklist item {key}."), key=key
            )

        def apply(case: CaseFile) -> None:
            case.checklist.ticks = [t for t in case.checklist.ticks if t.key != key]

        return self._modify(reference, apply, "case.checklist.untick")

    def set_wants_ngo_met(self, reference: str, wants: bool | None) -> CaseFile:
        """UNODC Tool 7.7 rec. 44: the person's own answer (None = not asked yet)."""

        def apply(case: CaseFile) -> None:
            case.checklist.wants_ngo_met_on_arrival = wants

        return self._modify(reference, apply, "case.checklist.ngo_wish")

    def set_contacts_handed_over(self, reference: str, entry_ids: list[str]) -> CaseFile:
        """Directory entries whose details were given to the person (ids only)."""
        ids = list(dict.fromkeys(i.strip() for i in entry_ids if i.strip()))

        def apply(case: CaseFile) -> None:
            case.checklist.contacts_handed_over = ids

        return self._modify(reference, apply, "case.checklist.contacts")

    def handed_over_entries(self, case: CaseFile) -> list[tuple[str, DirectoryEntry | None, bool]]:
        """(id, entry or None if gone, stale?) for each contact handed over."""
        directory = DirectoryService(self.s)
        by_id = {e.id: e for e in directory.all()}
        out: list[tuple[str, DirectoryEntry | None, bool]] = []
        for entry_id in case.checklist.contacts_handed_over:
            entry = by_id.get(entry_id)
            out.append((entry_id, entry, entry is None or directory.is_stale(entry)))
        return out

    # -- documents -------------------------------------------------------------------------

    def save_document(self, reference: str, document: TravelDocument) -> CaseFile:
        if not document.kind.strip():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A document needs a kind, e.g. passport.")
            )
        if len(document.number_last4) > 4:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Keep only the last four characters of a document number.",
                )
            )

        def apply(case: CaseFile) -> None:
            case.documents = [d for d in case.documents if d.id != document.id] + [document]

        return self._modify(reference, apply, "case.documents")

    def remove_document(self, reference: str, document_id: str) -> CaseFile:
        def apply(case: CaseFile) -> None:
            if not any(d.id == document_id for d in case.documents):
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such document on this case."))
            case.documents = [d for d in case.documents if d.id != document_id]

        return self._modify(reference, apply, "case.documents")

    # -- travel ----------------------------------------------------------------------------

    def save_leg(self, reference: str, leg: TravelLeg) -> CaseFile:
        """Add or replace a leg; refuses a leg that is impossible or breaks the chain."""
        errors = leg_errors(leg)
        if errors:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{problem}"), problem=_travel(errors[0]))

        def apply(case: CaseFile) -> None:
            legs = sorted_legs([x for x in case.itinerary.legs if x.id != leg.id] + [leg])
            broken = chain_errors(legs)
            if broken:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "{problem}"), problem=_travel(broken[0])
                )
            case.itinerary.legs = legs

        return self._modify(reference, apply, "case.itinerary")

    def remove_leg(self, reference: str, leg_id: str) -> CaseFile:
        def apply(case: CaseFile) -> None:
            if not any(x.id == leg_id for x in case.itinerary.legs):
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such leg in this itinerary."))
            case.itinerary.legs = [x for x in case.itinerary.legs if x.id != leg_id]

        return self._modify(reference, apply, "case.itinerary")

    def set_travel_details(self, reference: str, **details: Any) -> CaseFile:
        """destination_country, transit_assistance, met_on_arrival_by, grant_kind,
        grant_details."""
        allowed = {
            "destination_country",
            "transit_assistance",
            "met_on_arrival_by",
            "grant_kind",
            "grant_details",
        }
        unknown = sorted(set(details) - allowed)
        if unknown:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Unknown travel detail {detail}."), detail=unknown[0]
            )
        if "destination_country" in details:
            code = str(details["destination_country"]).strip().upper()
            if code and (len(code) != 2 or not code.isalpha()):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "A country is a two-letter code, e.g. KH.")
                )
            details["destination_country"] = code
        if "grant_kind" in details:
            details["grant_kind"] = GrantKind(details["grant_kind"])

        def apply(case: CaseFile) -> None:
            for name, value in details.items():
                setattr(case.itinerary, name, value.strip() if isinstance(value, str) else value)

        return self._modify(reference, apply, "case.itinerary")

    def travel_issues(
        self, case: CaseFile, late_hour: int = LATE_ARRIVAL_HOUR
    ) -> list[TravelIssue]:
        """Errors and warnings, judged with the destination country's (edited) calendar."""
        country = case.itinerary.destination_country or case.intake.origin_country
        years = {leg.arrives_at.year for leg in case.itinerary.legs if leg.arrives_at}
        years |= set(years_around(self.today()))  # and whatever years the legs fall in
        calendar = HolidayService(self.s).calendar(country, years) if country else None
        itinerary = case.itinerary.model_copy(update={"destination_country": country})
        today = self.today() if case.stage in PLANNING_STAGES else None
        return itinerary_issues(itinerary, calendar, late_hour, today)

    def travel_errors(self, case: CaseFile) -> list[TravelIssue]:
        return errors_only(self.travel_issues(case))

    # -- messages --------------------------------------------------------------------------

    def record_message(
        self,
        reference: str,
        kind: MessageKind,
        *,
        sent_on: dt.date | None = None,
        received_on: dt.date | None = None,
        note: str | None = None,
    ) -> CaseFile:
        """Record when one of the six messages was sent and/or received."""
        for day in (sent_on, received_on):
            if day is not None and day > self.today():
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "A message date cannot be in the future.")
                )

        def apply(case: CaseFile) -> None:
            message = next((m for m in reversed(case.messages) if m.kind == kind), None)
            if message is None:
                message = OrgMessage(kind=kind)
                case.messages.append(message)
            if sent_on is not None:
                message.sent_on = sent_on
            if received_on is not None:
                message.received_on = received_on
            if note is not None:
                message.note = note.strip()
            if message.sent_on and message.received_on and message.received_on < message.sent_on:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "A message cannot be received before it was sent.")
                )

        return self._modify(reference, apply, "case.messages")

    def message_steps(
        self, case: CaseFile, answer_days: int = DEFAULT_ANSWER_DAYS
    ) -> list[MessageStep]:
        if answer_days < 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The answer window is at least one day.")
            )
        legs = sorted_legs(case.itinerary.legs)
        departed = case.stage not in PLANNING_STAGES and case.stage != Stage.CLOSED
        departure = legs[0].departs_at.date() if legs and departed else None
        return message_sequence(case.messages, self.today(), answer_days, departure)

    # -- asylum, consent, gates ------------------------------------------------------------

    def set_asylum(self, reference: str, status: AsylumStatus) -> CaseFile:
        def apply(case: CaseFile) -> None:
            case.asylum = status

        return self._modify(reference, apply, "case.asylum")

    def withdraw_consent(
        self,
        reference: str,
        purpose: ConsentPurpose,
        note: str = "",
        state: ConsentState = ConsentState.WITHDRAWN,
    ) -> CaseFile:
        """Record the withdrawal; ``CaseService.record_consent`` undoes what rested on it."""
        if state not in (ConsentState.WITHDRAWN, ConsentState.DECLINED):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Record the consent as withdrawn or as declined.")
            )
        event = ConsentEvent(
            purpose=purpose,
            state=state,
            on=self.today(),
            note=note,
            recorded_by=self.s.user.username,
            recorded_at=self.s.clock.now(),
        )

        return self.cases.record_consent(reference, event)

    def return_ready_reasons(self, case: CaseFile) -> list[Reason]:
        return return_ready_blockers(case, self.today())

    def departure_reasons(self, case: CaseFile) -> list[Reason]:
        return departure_blockers(case, self.today())
