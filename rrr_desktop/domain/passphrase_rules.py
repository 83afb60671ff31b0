"""One passphrase rule for vaults, users, duress and bundles, and the hint the set-up form
shows while it is typed: the hint says "strong enough" exactly when the rule accepts.

Length first (at least ten characters), then zxcvbn's estimate of how many guesses the
passphrase takes (dictionaries, keyboard walks, dates, l33t): "password12" is long enough
and still refused.
"""

from enum import IntEnum

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP

MIN_LENGTH = 10
MIN_GUESS_SCORE = 3  # zxcvbn's 0-4: 3 is "safely unguessable" at a slow hash's rate
CHECKED_PREFIX = 100  # zxcvbn's cost grows with length; beyond this a passphrase is long


class Strength(IntEnum):
    EMPTY = -1
    TOO_SHORT = 0
    GUESSABLE = 1
    WEAK = 2
    GOOD = 3
    STRONG = 4


HINTS: dict[Strength, str] = {
    Strength.EMPTY: QT_TRANSLATE_NOOP(
        "passphrase", "At least 10 characters: best a few unrelated words."
    ),
    Strength.TOO_SHORT: QT_TRANSLATE_NOOP(
        "passphrase", "Too short: use at least 10 characters, best a few unrelated words."
    ),
    Strength.GUESSABLE: QT_TRANSLATE_NOOP(
        "passphrase",
        "Too easy to guess (a common word, a pattern or a date): use a few unrelated words.",
    ),
    Strength.WEAK: QT_TRANSLATE_NOOP("passphrase", "Weak: add another word or two."),
    Strength.GOOD: QT_TRANSLATE_NOOP("passphrase", "Good."),
    Strength.STRONG: QT_TRANSLATE_NOOP("passphrase", "Strong."),
}


def strength(passphrase: str) -> Strength:
    if not passphrase:
        return Strength.EMPTY
    if len(passphrase) < MIN_LENGTH:
        return Strength.TOO_SHORT
    from zxcvbn import zxcvbn

    score = int(zxcvbn(passphrase[:CHECKED_PREFIX])["score"])
    if score < 2:
        return Strength.GUESSABLE
    return Strength(score)


def accepted(passphrase: str) -> bool:
    return strength(passphrase) >= MIN_GUESS_SCORE
