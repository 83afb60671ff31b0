"""Small builders for return-preparation tests: a case, consents, a complete checklist."""

import datetime as dt

from rrr_desktop.domain.casefile import CaseFile, Intake
from rrr_desktop.domain.checklist import CONDITIONS
from rrr_desktop.domain.consent import ConsentEvent
from rrr_desktop.domain.enums import ConsentPurpose, ConsentState, RiskFinding
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.return_prep import ChecklistTick, RiskAssessment, TravelLeg

TODAY = dt.date(2026, 11, 23)
RECEIVING = "Partner Org"


def person() -> Person:
    return Person(
        given_name="Test", family_name="Person", date_of_birth=dt.date(1995, 3, 1), nationality="KH"
    )


def intake() -> Intake:
    return Intake(intake_date=dt.date(2026, 9, 1), origin_country="KH")


def consent(
    purpose: ConsentPurpose,
    state: ConsentState = ConsentState.GIVEN,
    on: dt.date = dt.date(2026, 10, 1),
    scope: str = "",
) -> ConsentEvent:
    return ConsentEvent(purpose=purpose, state=state, on=on, scope=scope)


def bare_case() -> CaseFile:
    return CaseFile(
        reference="KH-2026-00001", person=person(), intake=intake(), receiving_org=RECEIVING
    )


def ready_case() -> CaseFile:
    """A case nothing blocks: consents, an assessment, 8 ticks and one leg."""
    case = bare_case()
    case.consents = [
        consent(ConsentPurpose.ASSISTANCE),
        consent(ConsentPurpose.VOLUNTARY_RETURN),
        consent(ConsentPurpose.SHARE_WITH_RECEIVING_ORG, scope=RECEIVING),
        consent(ConsentPurpose.EMBASSY_CONTACT),
    ]
    case.risk_assessments = [
        RiskAssessment(
            assessed_on=dt.date(2026, 10, 2), assessed_by="alice", finding=RiskFinding.NO_KNOWN_RISK
        )
    ]
    case.checklist.ticks = [
        ChecklistTick(key=k, by="alice", on=dt.date(2026, 10, 3)) for k in CONDITIONS
    ]
    case.itinerary.legs = [
        TravelLeg(
            origin="BKK",
            destination="PNH",
            departs_at=dt.datetime(2026, 12, 1, 8, 0),
            arrives_at=dt.datetime(2026, 12, 1, 9, 10),
        )
    ]
    return case
