"""The referral field filter: only consented fields leave, some never do, new fields stay home."""

import datetime as dt
from typing import Any

from rrr_desktop.domain.casefile import CaseFile, Intake
from rrr_desktop.domain.consent import ConsentEvent
from rrr_desktop.domain.enums import ConsentPurpose, ConsentState
from rrr_desktop.domain.handoff_rules import (
    NEVER_REASON,
    NEVER_SHARED,
    referral_filter,
    status_projection,
)
from rrr_desktop.domain.people import Contact, Person
from rrr_desktop.domain.reintegration import FollowUpVisit

DAY = dt.date(2026, 11, 1)


def _case(*purposes: ConsentPurpose) -> CaseFile:
    case = CaseFile(
        reference="TH-2026-00001",
        person=Person(
            given_name="Malee", contacts=[Contact(value="1"), Contact(value="2", safe_to_use=False)]
        ),
        intake=Intake(intake_date=DAY, screening_notes="secret", exploitation_country="MY"),
        caseworker="alice",
        consents=[
            ConsentEvent(purpose=p, state=ConsentState.GIVEN, on=DAY, note="private", witness="W")
            for p in purposes
        ],
    )
    case.reintegration.visits.append(FollowUpVisit(scheduled_on=DAY))
    return case


def _filter(case: CaseFile) -> tuple[dict[str, Any], dict[str, str], tuple[str, ...]]:
    found = referral_filter(case.model_dump(mode="json"), case.consents, "Partner")
    return found.document, dict(found.withheld), found.sent


def test_minimum_goes_and_the_rest_is_withheld_with_its_reason() -> None:
    doc, withheld, sent = _filter(_case())
    assert doc["person"]["given_name"] == "Malee"
    assert "person.given_name" in sent
    assert "contacts" not in doc["person"]
    assert withheld["person.contacts"] == ConsentPurpose.MET_ON_ARRIVAL.value
    assert withheld["reintegration.visits"] == ConsentPurpose.REINTEGRATION_SERVICES.value
    assert "visits" not in doc.get("reintegration", {})


def test_never_shared_fields_stay_whatever_the_consents() -> None:
    doc, withheld, _ = _filter(_case(*ConsentPurpose))
    assert "screening_notes" not in doc["intake"]
    assert "exploitation_country" not in doc["intake"]
    assert "caseworker" not in doc
    for field in ("intake.screening_notes", "caseworker"):
        assert withheld[field] == NEVER_REASON
    assert all(f not in doc for f in NEVER_SHARED if "." not in f)


def test_consented_extras_go_and_only_safe_contacts() -> None:
    doc, withheld, sent = _filter(
        _case(ConsentPurpose.MET_ON_ARRIVAL, ConsentPurpose.REINTEGRATION_SERVICES)
    )
    assert [c["value"] for c in doc["person"]["contacts"]] == ["1"]
    assert len(doc["reintegration"]["visits"]) == 1
    assert "reintegration.visits" in sent
    assert "person.contacts" not in withheld


def test_consent_notes_and_witnesses_do_not_travel() -> None:
    doc, _, _ = _filter(_case(ConsentPurpose.MET_ON_ARRIVAL))
    assert all("note" not in c and "witness" not in c for c in doc["consents"])


def test_withdrawn_consent_withholds_again() -> None:
    case = _case(ConsentPurpose.MET_ON_ARRIVAL)
    case.consents.append(
        ConsentEvent(
            purpose=ConsentPurpose.MET_ON_ARRIVAL,
            state=ConsentState.WITHDRAWN,
            on=DAY + dt.timedelta(days=1),
        )
    )
    doc, withheld, _ = _filter(case)
    assert "contacts" not in doc["person"]
    assert "person.contacts" in withheld


def test_unknown_fields_are_private_by_default() -> None:
    raw = _case().model_dump(mode="json")
    raw["person"]["new_sensitive_field"] = "x"
    raw["brand_new"] = {"deep": 1}
    found = referral_filter(raw, [], "Partner")
    assert "new_sensitive_field" not in found.document["person"]
    assert "brand_new" not in found.document
    assert {"person.new_sensitive_field", "brand_new.deep"} <= dict(found.withheld).keys()


def test_status_report_carries_follow_up_and_messages_only() -> None:
    doc = status_projection(_case().model_dump(mode="json"))
    assert set(doc) == {"stage", "messages", "reintegration", "closure"}
    assert set(doc["reintegration"]) == {"visits"}
