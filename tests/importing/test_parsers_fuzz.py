"""Any cell text: the parsers return a value or a known refusal, never crash otherwise."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rrr_desktop.domain import import_rules as rules

TODAY = dt.date(2026, 11, 23)
cells = st.one_of(
    st.text(max_size=40),
    st.integers(-(10**6), 10**6),
    st.floats(),
    st.none(),
    st.datetimes(),
    st.dates(),
)


def _refused_cleanly(parser: object, value: object) -> None:
    code = ""
    try:
        parser(value)  # type: ignore[operator]
    except rules.Refused as refused:
        code = refused.code
    if code:
        assert code in rules.REFUSALS
        assert rules.Refusal(code, "C").text.endswith(".")


@settings(max_examples=300, deadline=None)
@given(cells)
def test_value_parsers_never_crash(value: object) -> None:
    for parser in (
        rules.parse_sex,
        rules.parse_sector,
        rules.parse_stage,
        rules.parse_country,
        rules.parse_age,
        rules.parse_text,
    ):
        _refused_cleanly(parser, value)
    _refused_cleanly(lambda v: rules.parse_date(v, TODAY), value)
    _refused_cleanly(lambda v: rules.parse_date(v, TODAY, "mdy"), value)


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY),
    st.sampled_from(["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d %b %Y"]),
)
def test_written_dates_read_back_or_are_refused_as_ambiguous(day: dt.date, fmt: str) -> None:
    text = day.strftime(fmt)
    ambiguous = fmt in ("%d/%m/%Y", "%d.%m.%Y") and day.day <= 12 and day.month <= 12
    if ambiguous and day.day != day.month:
        with pytest.raises(rules.Refused, match="date_ambiguous"):
            rules.parse_date(text, TODAY)
    else:
        assert rules.parse_date(text, TODAY) == day
    assert rules.parse_date(text, TODAY, "dmy") == day


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(rules.FIELDS), cells, max_size=8))
def test_whole_rows_give_a_row_or_reasons(row: dict[str, object]) -> None:
    parsed, refusals = rules.parse_row(2, row, {}, TODAY)
    assert (parsed is None) == bool(refusals)
    assert all(r.code in rules.REFUSALS for r in refusals)
