"""The set-up form's hint and the vault's rule are one rule: the hint says a passphrase is
good exactly when every service accepts it."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rrr_desktop.domain.passphrase_rules import MIN_LENGTH, Strength, accepted, strength
from rrr_desktop.errors import InvalidInput
from rrr_desktop.vault.store import check_passphrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", Strength.EMPTY),
        ("short", Strength.TOO_SHORT),
        ("aaaaaaaaaaaa", Strength.GUESSABLE),
        ("password12", Strength.GUESSABLE),
        ("qwertyuiop1", Strength.GUESSABLE),
    ],
)
def test_what_a_guesser_tries_first_is_named_as_such(text: str, expected: Strength) -> None:
    assert strength(text) == expected
    assert not accepted(text)


def test_a_few_unrelated_words_are_accepted() -> None:
    assert strength("correct horse battery staple") >= Strength.GOOD
    assert accepted("lantern mango river seventeen")


@settings(max_examples=60, deadline=None)
@given(
    st.one_of(
        st.text(min_size=0, max_size=30),
        st.lists(
            st.sampled_from(["sun", "river", "2026", "Dara", "!", "kiln", "mango"]), max_size=6
        ).map(" ".join),
    )
)
def test_the_hint_agrees_with_the_vault_rule(text: str) -> None:
    try:
        check_passphrase(text)
        refused = False
    except InvalidInput:
        refused = True
    assert refused == (not accepted(text))
    assert (strength(text) == Strength.TOO_SHORT) == (0 < len(text) < MIN_LENGTH)
