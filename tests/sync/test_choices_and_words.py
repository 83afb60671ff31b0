"""Resolving picks the right value; conflicts and previews name fields in words."""

import pytest

from rrr_desktop.domain.field_names import in_words
from rrr_desktop.errors import InvalidInput
from rrr_desktop.handoff.resolve import Choice, pick

HERE = "aaaaaaaaaaaa"
SIBLINGS = [
    ["1796000000000-0000-" + HERE, "somchai", "pending"],
    ["1796000000500-0000-bbbbbbbbbbbb", "nok", "decided"],
    ["1796000000900-0000-cccccccccccc", "dara", "none"],
]


def test_ours_is_the_value_written_on_this_laptop() -> None:
    assert pick(SIBLINGS, Choice.parse("ours"), HERE) == "pending"
    assert pick(SIBLINGS, Choice.parse("keep"), HERE) == "pending"


def test_theirs_is_the_latest_value_written_elsewhere() -> None:
    assert pick(SIBLINGS, Choice.parse("theirs"), HERE) == "none"
    assert pick(SIBLINGS, Choice.parse("remote"), HERE) == "none"


def test_a_value_by_its_number_or_a_new_one() -> None:
    assert pick(SIBLINGS, Choice.parse("2"), HERE) == "decided"
    assert pick(SIBLINGS, Choice.parse("new", "intends_to_apply"), HERE) == "intends_to_apply"
    with pytest.raises(InvalidInput, match="between 1 and 3"):
        pick(SIBLINGS, Choice.parse("4"), HERE)
    with pytest.raises(InvalidInput, match="Choose"):
        Choice.parse("whatever")


def test_theirs_needs_a_value_from_elsewhere() -> None:
    only_here = [s for s in SIBLINGS if s[0].endswith(HERE)] * 2
    with pytest.raises(InvalidInput, match="written on this laptop"):
        pick(only_here, Choice.parse("theirs"), HERE)


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("person/given_name", "Given name"),
        ("person/wishes", "The person's wishes"),
        ("person/contacts/[ab12]/value", "Contacts: value"),
        ("reintegration/visits/[x9]", "Follow-up visits: entry kept or deleted"),
        ("consents/[c1]/=", "Consents: one entry"),
        ("itinerary/met_on_arrival_by", "Met on arrival by"),
    ],
)
def test_fields_in_words_never_show_ids(path: str, words: str) -> None:
    assert in_words(path) == words
    assert "[" not in in_words(path)
