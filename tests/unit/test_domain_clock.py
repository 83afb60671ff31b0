"""The domain's date rules follow the session's clock, not the machine's."""

import datetime as dt
from collections.abc import Iterator

import pytest
from pydantic import ValidationError

from rrr_desktop.domain import base
from rrr_desktop.domain.people import Person


@pytest.fixture
def clock_day() -> Iterator[list[dt.date]]:
    day = [dt.date(2020, 5, 1)]
    base.use_today(lambda: day[0])
    yield day
    base.use_today(dt.date.today)


def test_a_birth_date_is_in_the_future_by_the_clock_in_use(clock_day: list[dt.date]) -> None:
    with pytest.raises(ValidationError, match="future"):
        Person(given_name="A", date_of_birth=dt.date(2021, 1, 1))
    clock_day[0] = dt.date(2022, 1, 1)
    assert Person(given_name="A", date_of_birth=dt.date(2021, 1, 1)).date_of_birth


def test_an_estimate_is_dated_by_the_clock_in_use(clock_day: list[dt.date]) -> None:
    assert Person(given_name="A", estimated_age=30).estimated_on == dt.date(2020, 5, 1)


def test_a_session_sets_the_domain_clock(session: object) -> None:
    from tests.conftest import TODAY

    assert base.today() == TODAY.date()  # the session fixture's fixed clock
