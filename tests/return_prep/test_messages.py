"""The six messages as a sequence: status, what is next, what is overdue on a given day."""

import datetime as dt

import pytest

from rrr_desktop.domain.enums import MessageKind
from rrr_desktop.domain.messages import (
    MISSING,
    RECEIVED,
    RECEIVING,
    REFERRING,
    SENT,
    message_sequence,
    next_step,
    overdue_steps,
)
from rrr_desktop.domain.return_prep import OrgMessage

D = dt.date


def test_empty_sequence_starts_with_the_request() -> None:
    steps = message_sequence([], D(2026, 11, 23))
    assert [s.position for s in steps] == [1, 2, 3, 4, 5, 6]
    assert [s.sender for s in steps[:2]] == [REFERRING, RECEIVING]
    assert all(s.status == MISSING for s in steps)
    first = next_step(steps)
    assert first is not None
    assert first.kind == MessageKind.ASSISTANCE_REQUEST
    assert overdue_steps(steps) == []


def test_confirmation_is_overdue_after_the_answer_window() -> None:
    sent = [
        OrgMessage(
            kind=MessageKind.ASSISTANCE_REQUEST,
            sent_on=D(2026, 11, 10),
            received_on=D(2026, 11, 11),
        )
    ]
    on_time = message_sequence(sent, D(2026, 11, 17))
    assert on_time[0].status == RECEIVED
    assert on_time[1].due_on == D(2026, 11, 17)
    assert not on_time[1].overdue
    late = message_sequence(sent, D(2026, 11, 18))
    assert [s.kind for s in overdue_steps(late)] == [MessageKind.ASSISTANCE_CONFIRMATION]
    assert message_sequence(sent, D(2026, 11, 18), answer_days=14)[1].overdue is False


def test_answer_sent_is_no_longer_overdue_and_next_moves_on() -> None:
    msgs = [
        OrgMessage(kind=MessageKind.ASSISTANCE_REQUEST, sent_on=D(2026, 11, 1)),
        OrgMessage(kind=MessageKind.ASSISTANCE_CONFIRMATION, sent_on=D(2026, 11, 20)),
    ]
    steps = message_sequence(msgs, D(2026, 11, 23))
    assert steps[0].status == SENT
    assert steps[1].status == SENT
    assert overdue_steps(steps) == []
    following = next_step(steps)
    assert following is not None
    assert following.kind == MessageKind.REINTEGRATION_REQUEST


def test_recorded_due_date_wins() -> None:
    msgs = [OrgMessage(kind=MessageKind.REINTEGRATION_CONFIRMATION, due_on=D(2026, 11, 2))]
    steps = message_sequence(msgs, D(2026, 11, 3))
    assert steps[3].overdue
    assert steps[3].due_on == D(2026, 11, 2)


def test_post_departure_confirmation_is_due_the_day_after_departure() -> None:
    steps = message_sequence([], D(2026, 12, 3), departure=D(2026, 12, 1))
    assert steps[4].due_on == D(2026, 12, 2)
    assert steps[4].overdue
    arrival = message_sequence(
        [OrgMessage(kind=MessageKind.POST_DEPARTURE_CONFIRMATION, sent_on=D(2026, 12, 1))],
        D(2026, 12, 9),
        departure=D(2026, 12, 1),
    )
    assert arrival[5].due_on == D(2026, 12, 8)
    assert arrival[5].overdue


def test_answer_window_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        message_sequence([], D(2026, 11, 23), answer_days=0)
