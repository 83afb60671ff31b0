"""Small builders shared by the reintegration tests."""

import datetime as dt

from rrr_desktop.domain.casefile import CaseFile, Intake
from rrr_desktop.domain.consent import ConsentEvent
from rrr_desktop.domain.enums import ConsentPurpose, ConsentState, Sex, Stage
from rrr_desktop.domain.people import Guardian, Person
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session


def new_case(session: Session, *, child: bool = False, stage: Stage | None = None) -> CaseFile:
    """A case (adult or child) with reintegration consent, optionally moved to ``stage``."""
    today = session.clock.today()
    born = dt.date(today.year - (12 if child else 30), 3, 1)
    person = Person(
        given_name="Test",
        family_name="Person",
        sex=Sex.FEMALE,
        date_of_birth=born,
        nationality="KH",
        guardian=Guardian(name="Guardian", relation="aunt") if child else None,
    )
    service = CaseService(session)
    case = service.create(person, Intake(intake_date=today - dt.timedelta(days=90)))
    for purpose in (ConsentPurpose.ASSISTANCE, ConsentPurpose.REINTEGRATION_SERVICES):
        service.record_consent(
            case.reference, ConsentEvent(purpose=purpose, state=ConsentState.GIVEN, on=today)
        )
    if stage is not None:
        service.modify(case.reference, lambda c: setattr(c, "stage", stage), "case.stage")
    return service.get(case.reference, audit=False)
