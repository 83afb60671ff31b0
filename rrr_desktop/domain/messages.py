"""The six notifications between referring and receiving organisations (UNODC Tool 7.8).

The sequence alternates: the referring side asks or reports, the receiving side answers.
An answer is overdue when it has not come ``answer_days`` after the message it answers
was sent (or by the ``due_on`` someone recorded on it). The post-departure confirmation
is due the day after the person leaves, when the itinerary says when that is.
"""

import dataclasses
import datetime as dt

from rrr_desktop.domain.enums import MessageKind
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.return_prep import OrgMessage

DEFAULT_ANSWER_DAYS = 7
SEQUENCE: tuple[MessageKind, ...] = tuple(MessageKind)

REFERRING = "referring"
RECEIVING = "receiving"

MESSAGE_TITLES: dict[MessageKind, str] = {
    MessageKind.ASSISTANCE_REQUEST: QT_TRANSLATE_NOOP("messages", "Request for assistance"),
    MessageKind.ASSISTANCE_CONFIRMATION: QT_TRANSLATE_NOOP(
        "messages", "Confirmation of assistance"
    ),
    MessageKind.REINTEGRATION_REQUEST: QT_TRANSLATE_NOOP(
        "messages", "Reintegration assistance request"
    ),
    MessageKind.REINTEGRATION_CONFIRMATION: QT_TRANSLATE_NOOP(
        "messages", "Reintegration assistance confirmation"
    ),
    MessageKind.POST_DEPARTURE_CONFIRMATION: QT_TRANSLATE_NOOP(
        "messages", "Post-departure confirmation"
    ),
    MessageKind.ARRIVAL_CONFIRMATION: QT_TRANSLATE_NOOP("messages", "Arrival confirmation"),
}

MISSING = "missing"
SENT = "sent"
RECEIVED = "received"


@dataclasses.dataclass(frozen=True)
class MessageStep:
    """Where one of the six messages stands on a given day."""

    kind: MessageKind
    position: int  # 1..6
    sender: str  # REFERRING or RECEIVING
    status: str  # MISSING, SENT or RECEIVED
    sent_on: dt.date | None
    received_on: dt.date | None
    due_on: dt.date | None
    overdue: bool
    is_next: bool

    @property
    def title(self) -> str:
        return MESSAGE_TITLES[self.kind]


def sender_of(kind: MessageKind) -> str:
    return REFERRING if SEQUENCE.index(kind) % 2 == 0 else RECEIVING


def find_message(messages: list[OrgMessage], kind: MessageKind) -> OrgMessage | None:
    """The latest record of that kind (a resend replaces the earlier one)."""
    found = [m for m in messages if m.kind == kind]
    return found[-1] if found else None


def _status(message: OrgMessage | None) -> str:
    if message is None or (message.sent_on is None and message.received_on is None):
        return MISSING
    return RECEIVED if message.received_on is not None else SENT


def _due(
    index: int,
    message: OrgMessage | None,
    previous: OrgMessage | None,
    departure: dt.date | None,
    answer_days: int,
) -> dt.date | None:
    if message is not None and message.due_on is not None:
        return message.due_on
    if index % 2 == 1 and previous is not None and previous.sent_on is not None:
        return previous.sent_on + dt.timedelta(days=answer_days)
    if SEQUENCE[index] == MessageKind.POST_DEPARTURE_CONFIRMATION and departure is not None:
        return departure + dt.timedelta(days=1)
    return None


def message_sequence(
    messages: list[OrgMessage],
    today: dt.date,
    answer_days: int = DEFAULT_ANSWER_DAYS,
    departure: dt.date | None = None,
) -> list[MessageStep]:
    """All six steps in order, each with its status, due date and whether it is overdue."""
    if answer_days < 1:
        raise ValueError("answer_days must be at least 1")
    steps: list[MessageStep] = []
    next_found = False
    previous: OrgMessage | None = None
    for index, kind in enumerate(SEQUENCE):
        message = find_message(messages, kind)
        status = _status(message)
        due = _due(index, message, previous, departure, answer_days)
        is_next = status == MISSING and not next_found
        next_found = next_found or is_next
        steps.append(
            MessageStep(
                kind=kind,
                position=index + 1,
                sender=sender_of(kind),
                status=status,
                sent_on=message.sent_on if message else None,
                received_on=message.received_on if message else None,
                due_on=due,
                overdue=status == MISSING and due is not None and due < today,
                is_next=is_next,
            )
        )
        previous = message
    return steps


def next_step(steps: list[MessageStep]) -> MessageStep | None:
    return next((s for s in steps if s.is_next), None)


def overdue_steps(steps: list[MessageStep]) -> list[MessageStep]:
    return [s for s in steps if s.overdue]
