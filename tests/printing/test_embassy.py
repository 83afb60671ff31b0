"""The embassy request: minimum data, no trafficking wording without that consent, and no
request at all while asylum is pending or wished for (UNODC Tool 7.8, UNODC Tool 7.7 rec. 42)."""

import dataclasses

import pytest

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.embassy import (
    EmbassyRequestRefused,
    TravelDocumentRequest,
    build_request,
    sensitive_words_in,
)
from rrr_desktop.domain.enums import AsylumStatus, ConsentPurpose, ConsentState
from rrr_desktop.printing.embassy_letter import letter_text
from tests.printing.conftest import TODAY, consent, make_case

REVEALING = ["traffick", "victim", "exploit", "shelter", "rescue", "abuse", "survivor"]


def _request(case: CaseFile, organisation: str = "Field Office") -> TravelDocumentRequest:
    return build_request(case, organisation=organisation, today=TODAY)


def test_minimum_fields_only(case: CaseFile) -> None:
    request = _request(case)
    assert {f.name for f in dataclasses.fields(request)} == {
        "reference",
        "full_name",
        "date_of_birth",
        "birth_year_estimate",
        "place_of_birth",
        "nationality_code",
        "nationality",
        "document_needed",
        "organisation",
        "written_on",
        "disclose_trafficking",
        "reply_to",
    }
    text = letter_text(request)
    assert "Zqcanary Xylophonist" in text
    assert "1999-04-02" in text
    assert "Battambang" in text
    assert "Cambodia" in text
    assert "travel document" in text
    # Nothing else from the case file: not the exploitation, shelter, wishes, contacts.
    assert case.receiving_org not in text


@pytest.mark.parametrize("state", [None, ConsentState.DECLINED, ConsentState.WITHDRAWN])
def test_no_trafficking_wording_without_consent(state: ConsentState | None) -> None:
    case = make_case()
    if state is not None:
        case.consents.append(consent(ConsentPurpose.DISCLOSE_TRAFFICKING_TO_EMBASSY, state))
    request = _request(case)
    assert not request.disclose_trafficking
    lowered = letter_text(request).lower()
    assert [w for w in REVEALING if w in lowered] == []
    assert sensitive_words_in(letter_text(request)) == []


def test_trafficking_disclosed_with_explicit_consent() -> None:
    case = make_case()
    case.consents.append(consent(ConsentPurpose.DISCLOSE_TRAFFICKING_TO_EMBASSY))
    request = _request(case)
    assert request.disclose_trafficking
    lowered = letter_text(request).lower()
    assert "trafficking" in lowered
    assert "victim" in lowered


@pytest.mark.parametrize(
    ("asylum", "code"),
    [(AsylumStatus.PENDING, "asylum_pending"), (AsylumStatus.INTENDS_TO_APPLY, "asylum_intended")],
)
def test_refused_while_asylum_pending_or_intended(asylum: AsylumStatus, code: str) -> None:
    with pytest.raises(EmbassyRequestRefused) as refused:
        _request(make_case(asylum=asylum))
    assert code in [r.code for r in refused.value.reasons]


def test_refused_without_embassy_consent() -> None:
    with pytest.raises(EmbassyRequestRefused) as refused:
        _request(make_case(consents=[]))
    assert [r.code for r in refused.value.reasons] == ["no_embassy_consent"]


def test_revealing_organisation_name_refused_without_consent() -> None:
    with pytest.raises(EmbassyRequestRefused) as refused:
        _request(make_case(), organisation="Hope Shelter for Trafficking Victims")
    assert "sensitive_wording" in [r.code for r in refused.value.reasons]


def test_estimated_birth_year_when_no_date() -> None:
    case = make_case()
    person = case.person.model_copy(
        update={"date_of_birth": None, "estimated_age": 30, "estimated_on": TODAY}
    )
    request = _request(case.model_copy(update={"person": person}))
    assert request.date_of_birth == ""
    assert request.birth_year_estimate == 1996
    assert "about 1996 (estimated)" in letter_text(request)


@pytest.mark.parametrize(
    "name",
    [
        "Bangkok Safehouse Project",
        "Anti-TIP Coalition",
        "Debt Bondage Relief Network",
        "Women's Crisis Centre",
        "มูลนิธิต่อต้านการค้ามนุษย์",
        "Safe-House Mekong",
        "Centre d'accueil des victimes",
        "Fundación contra la trata",
        "Yayasan Korban Perdagangan",
        "Trung tâm hỗ trợ nạn nhân",
        "反拐卖妇女中心",
        "جمعية مكافحة الاتجار بالبشر",
        "ជម្រកស្ត្រី",
        "ສູນຊ່ວຍເຫຼືອຜູ້ເຄາະຮ້າຍ",
        "လူကုန်ကူးမှု တိုက်ဖျက်ရေး",
    ],
)
def test_revealing_names_are_found_in_every_shipped_language(name: str) -> None:
    assert sensitive_words_in(name)


@pytest.mark.parametrize(
    "name",
    [
        "Field Office",
        "Mekong Family Services",
        "Hope Foundation",
        "Rural Development Association",
        "Partner Phnom Penh",
    ],
)
def test_neutral_names_pass(name: str) -> None:
    assert sensitive_words_in(name) == []


def test_without_a_confirmed_name_no_letter_is_written(case: CaseFile) -> None:
    from rrr_desktop.domain.embassy import EmbassyRequestRefused

    with pytest.raises(EmbassyRequestRefused) as refused:
        build_request(case, organisation="", today=TODAY, confirmed="")
    assert "no_neutral_name" in [r.code for r in refused.value.reasons]
    with pytest.raises(EmbassyRequestRefused) as other:
        build_request(case, organisation="Our Real Name", today=TODAY, confirmed="Field Office")
    assert "not_the_confirmed_name" in [r.code for r in other.value.reasons]
    letter = build_request(
        case,
        organisation="",
        today=TODAY,
        confirmed="Field Office",
        reply_to="12 Road 5, Phnom Penh · +855 23 000 000",
    )
    assert letter.organisation == "Field Office"
    assert "+855 23 000 000" in letter_text(letter)


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (AsylumStatus.NONE, True),
        (AsylumStatus.REFUSED, True),
        (AsylumStatus.GRANTED, False),
        (AsylumStatus.PENDING, False),
        (AsylumStatus.INTENDS_TO_APPLY, False),
        (AsylumStatus.DECIDED, False),
    ],
)
def test_asylum_outcomes_are_handled_apart(status: AsylumStatus, allowed: bool) -> None:
    from rrr_desktop.domain.embassy import EmbassyRequestRefused

    case = make_case(asylum=status)
    if allowed:
        assert _request(case).organisation == "Field Office"
    else:
        with pytest.raises(EmbassyRequestRefused):
            _request(case)
