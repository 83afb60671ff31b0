"""Country codes (ISO 3166-1 alpha-2) and their names, from CLDR through Babel: a
maintained source in every language, instead of a hand-written list.

Why: a code typed by hand is easily the wrong country ("Cambodia" cut to "CA" is
Canada), and a person's nationality and home country decide where they are sent.
"""

import functools

from babel import Locale, UnknownLocaleError

# CLDR's two-letter regions that are not countries (or are pseudo-regions).
_NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)


@functools.cache
def country_codes() -> frozenset[str]:
    names: dict[str, str] = dict(Locale.parse("en").territories)
    return frozenset(
        code for code in names if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    )


def is_country(code: str) -> bool:
    return code.upper() in country_codes()


@functools.cache
def country_names(language: str) -> dict[str, str]:
    """Code -> the country's name in ``language`` (English where CLDR has none)."""
    english: dict[str, str] = dict(Locale.parse("en").territories)
    try:
        local: dict[str, str] = dict(Locale.parse(language.replace("-", "_")).territories)
    except (UnknownLocaleError, ValueError):
        local = english
    return {code: local.get(code) or english[code] for code in country_codes()}


def find_country(text: str, language: str) -> str | None:
    """The code for what a person typed: a code ("kh"), or a name in their language or in
    English ("Cambodia", "កម្ពុជា"); None when it is neither (never a guess)."""
    typed = " ".join(text.split()).casefold()
    if not typed:
        return None
    if len(typed) == 2 and typed.upper() in country_codes():
        return typed.upper()
    for names in (country_names(language), country_names("en")):
        for code, name in names.items():
            if name.casefold() == typed:
                return code
    return None
