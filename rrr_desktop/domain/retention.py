"""Retention of closed cases (IOM principle 'retention'): anonymise or delete when due.

Anonymising keeps only what aggregate statistics need (sex, birth year, nationality, origin,
sector, programme, stage and dates) and drops everything that identifies or describes the
person's story.
"""

import datetime as dt

from rrr_desktop.domain.casefile import CaseFile, ShelterCare
from rrr_desktop.domain.enums import Stage
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.reintegration import Reintegration

ANONYMISED = "(anonymised)"
DEFAULT_RETENTION_YEARS = 5


def retention_due(case: CaseFile, today: dt.date) -> bool:
    if case.stage != Stage.CLOSED or case.closure is None:
        return False
    until = case.closure.retention_until or (
        case.closure.on + dt.timedelta(days=365 * DEFAULT_RETENTION_YEARS)
    )
    return until <= today and case.person.given_name != ANONYMISED


def anonymise(case: CaseFile) -> CaseFile:
    person = case.person
    birth_year = person.birth_year()
    kept = Person(
        given_name=ANONYMISED,
        sex=person.sex,
        date_of_birth=dt.date(birth_year, 7, 1) if birth_year else None,
        nationality=person.nationality,
    )
    intake = case.intake.model_copy(
        update={"first_needs": "", "screening_notes": "", "origin_region": ""}
    )
    closure = case.closure.model_copy(update={"note": ""}) if case.closure else None
    return case.model_copy(
        update={
            "person": kept,
            "intake": intake,
            "shelter": ShelterCare(),
            "consents": [],
            "risk_assessments": [],
            "overrides": [],
            "documents": [],
            "itinerary": case.itinerary.model_copy(
                update={"legs": [], "transit_assistance": "", "met_on_arrival_by": ""}
            ),
            "messages": [m.model_copy(update={"note": ""}) for m in case.messages],
            "reintegration": Reintegration(),
            "checklist": case.checklist.model_copy(
                update={"ticks": [], "contacts_handed_over": []}
            ),
            "closure": closure,
            "assigned_to": [],
            "notes": [],
            "attachments": [],
        }
    )
