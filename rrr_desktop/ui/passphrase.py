"""A rough passphrase strength hint for the set-up form (length counts most)."""

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP

MIN_LENGTH = 10
HINTS = (
    QT_TRANSLATE_NOOP(
        "passphrase", "Too short: use at least 10 characters, best a few unrelated words."
    ),
    QT_TRANSLATE_NOOP("passphrase", "Weak: add another word or two."),
    QT_TRANSLATE_NOOP("passphrase", "Fair: longer is stronger."),
    QT_TRANSLATE_NOOP("passphrase", "Good."),
    QT_TRANSLATE_NOOP("passphrase", "Strong."),
)


def strength(passphrase: str) -> int:
    """0 (too short) .. 4 (strong): length, then variety of characters and words."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len([w for w in passphrase.split() if len(w) >= 3])
    score = 1
    if len(passphrase) >= 16 or (len(passphrase) >= 12 and kinds >= 3):
        score = 2
    if len(passphrase) >= 20 or (len(passphrase) >= 16 and (kinds >= 3 or words >= 3)):
        score = 3
    if len(passphrase) >= 28 or (len(passphrase) >= 22 and words >= 4):
        score = 4
    if len(set(passphrase)) <= 3:
        score = 1
    return score
