"""parse_age on any cell: a whole number of years, nothing, or its own refusal, in linear time."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rrr_desktop.domain import import_rules as rules

AGE_CODES = {"age_invalid", "age_out_of_range"}
UNITS = ["", " ", "years", " yrs.", "y", " ans", "años", " tahun", "tuổi", " ปี", "."]


def _age_or_refusal(value: object) -> int | None:
    try:
        age = rules.parse_age(value)
    except rules.Refused as refused:
        code = refused.code
        assert code in AGE_CODES
        return None
    assert age is None or (type(age) is int and 0 <= age <= rules.MAX_AGE)
    return age


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.integers(),
        st.integers(min_value=10**300, max_value=10**4000),  # an .xlsx <v> of 400 digits
        st.floats(),
        st.text(max_size=60),
        st.builds(
            lambda n, sp, unit: f"{n}{sp}{unit}",
            st.one_of(st.integers(), st.floats()),
            st.text(" \t\u3000", max_size=5),
            st.sampled_from(UNITS),
        ),
        st.none(),
        st.booleans(),
    )
)
def test_parse_age_gives_an_age_or_its_refusal(value: object) -> None:
    _age_or_refusal(value)


@given(st.integers(0, rules.MAX_AGE), st.sampled_from(UNITS[:-1]))
def test_ages_with_units_read_back(age: int, unit: str) -> None:
    assert rules.parse_age(f"{age}{unit}") == age
    if unit.strip() and not unit.endswith("."):  # "30 yrs." as well as "30 yrs"
        assert rules.parse_age(f" {age}{unit}. ") == age


def test_huge_integers_are_out_of_range_not_an_overflow() -> None:
    with pytest.raises(rules.Refused, match="age_out_of_range"):
        rules.parse_age(10**400)
    with pytest.raises(rules.Refused, match="age_out_of_range"):
        rules.parse_age(-(10**400))
    with pytest.raises(rules.Refused, match="age_invalid"):
        rules.parse_age("9" * 5000)


@pytest.mark.parametrize(
    "shape",
    [
        lambda n: "1" + " " * n + "x",
        lambda n: "1" + " " * n + "yearz",
        lambda n: " \t" * (n // 2) + "y",
        lambda n: "y" * n,
        lambda n: "years " * (n // 6),
    ],
)
def test_parse_age_ends_on_a_huge_cell(shape: object) -> None:
    """Two million characters (far more than a CSV cell may hold) give an age or a
    refusal. No time is asserted: the unanchored \\s* took 8 s for 20,000 spaces and grew
    with the square of the length, so here it would run for days and the suite's time
    limit for a test would stop it (its speed belongs in ``bench/``)."""
    _age_or_refusal(shape(2_000_000))  # type: ignore[operator]
