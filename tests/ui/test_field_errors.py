"""A wrongly typed value is said in one translatable sentence, never in the words of the
validation library (a review saw "Input should be a valid date or datetime, month value is
outside expected range of 1-12." in an Arabic interface)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from rrr_desktop.ui.casefile.forms import field_errors


class _Dated(BaseModel):
    on: dt.date
    at: dt.datetime | None = None


@given(
    st.one_of(
        st.sampled_from(["2026-13-45", "2026-02-30", "2026-13-45T00:00", "45/13/2026", "soon"]),
        st.text(max_size=12),
    ),
    st.booleans(),
)
def test_any_wrong_date_is_one_sentence_of_ours(typed: str, as_datetime: bool) -> None:
    data = {"on": "2026-01-01", "at": typed} if as_datetime else {"on": typed}
    try:
        _Dated.model_validate(data)
    except ValidationError as exc:
        said = field_errors(exc)
    else:
        return  # a text pydantic reads as a date: nothing to say
    assert list(said.values()) == ["This is not a valid date."]


@pytest.mark.parametrize("typed", [1.5e300, "2026-12-04T10:00:00", "2026-13-45T00:00"])
def test_a_date_given_as_a_number_or_a_time_is_the_same_sentence(typed: object) -> None:
    with pytest.raises(ValidationError) as raised:
        _Dated.model_validate({"on": typed})
    assert list(field_errors(raised.value).values()) == ["This is not a valid date."]
