"""Languages a person speaks: ISO 639 codes and their names in every interface language,
from CLDR through Babel (a maintained source, not a hand-written list).

Why: the language a person reads decides which printout they get and whether an
interpreter is needed; a code typed by hand ("kh" for Khmer is not a language) is a
wrong answer that looks right.
"""

import functools
import re
from typing import Annotated

from babel import Locale, UnknownLocaleError
from pydantic import AfterValidator

TAG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
# A list is separated as each script writes it: comma, full-width comma, ideographic
# comma (Chinese), Arabic comma, semicolon, Burmese section mark.
SEPARATORS = re.compile("[,\uff0c\u3001\u060c;\u104a]")


@functools.cache
def language_codes() -> frozenset[str]:
    """Two- and three-letter language codes CLDR names (no regional variants)."""
    names: dict[str, str] = dict(Locale.parse("en").languages)
    return frozenset(c for c in names if 2 <= len(c) <= 3 and c.isalpha() and c.islower())


@functools.cache
def language_names(language: str) -> dict[str, str]:
    """Code -> the language's name in ``language`` (English where CLDR has none)."""
    english: dict[str, str] = dict(Locale.parse("en").languages)
    try:
        local: dict[str, str] = dict(Locale.parse(language.replace("-", "_")).languages)
    except (UnknownLocaleError, ValueError):
        local = english
    return {code: local.get(code) or english[code] for code in language_codes()}


def normalise_tag(value: str) -> str:
    return value.strip().replace("_", "-").lower()


def find_language(text: str, language: str) -> str | None:
    """The code for what a person typed: a code ("km"), a name in their language or in
    English ("Khmer", "ខ្មែរ"), or "Name (code)" as the picker shows it; None otherwise."""
    typed = " ".join(text.split())
    found = _named(typed, language)
    if found is None and typed.endswith(")") and "(" in typed:  # "Khmer (km)": a code
        inner = typed.rsplit("(", 1)[1][:-1].strip().casefold()
        found = inner if inner in language_codes() else _named(inner, language)
    return found


def _named(typed: str, language: str) -> str | None:
    folded = typed.casefold()
    if not folded:
        return None
    for names in (language_names(language), language_names("en")):
        for code, name in names.items():
            if name == typed:  # exactly as the list shows it: "Ga" is Ga, not ga (Irish)
                return code
    if folded in language_codes():
        return folded
    for names in (language_names(language), language_names("en")):
        for code, name in names.items():
            if name.casefold() == folded:
                return code
    return None


def parse_languages(text: str, language: str) -> tuple[list[str], list[str]]:
    """Comma-separated names or codes -> (codes in order, pieces that name no language)."""
    codes: list[str] = []
    unknown: list[str] = []
    for piece in (p.strip() for p in SEPARATORS.split(text)):
        if not piece:
            continue
        code = find_language(piece, language)
        if code is None:
            unknown.append(piece)
        elif code not in codes:
            codes.append(code)
    return codes, unknown


def language_tags(value: list[str]) -> list[str]:
    """Codes as the vault keeps them: lower case, each once, each shaped like a language
    code (the pickers make sure it is a language CLDR knows)."""
    tags = [normalise_tag(v) for v in value if v.strip()]
    for tag in tags:
        if not TAG_RE.match(tag):
            raise ValueError(f"{tag!r} is not a language code, e.g. km for Khmer")
    return list(dict.fromkeys(tags))


LanguageTags = Annotated[list[str], AfterValidator(language_tags)]
