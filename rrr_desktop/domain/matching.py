"""Could two records be the same person? Names as caseworkers write them vary: romanised
Khmer, Lao and Burmese names are spelt by ear ("Sokha", "Sokah", "Sokhar"), Vietnamese
names lose their marks ("Nguyễn Thị" / "Nguyen Thi"), and given and family names swap
places. So names are folded (marks, case, letters only), the region's usual spelling
variants are evened out, and the two are compared by edit distance (rapidfuzz) with the
words in any order; a birth year two years apart and an unknown nationality still match.
"""

import re
import unicodedata

from rapidfuzz import fuzz

SAME_PERSON_SCORE = 88  # of 100: "Sokha Seng" ~ "Sokhar Seng", not ~ "Dara Sok"
BIRTH_YEAR_SLACK = 2  # estimated ages are often off by a year or two

_NOT_LETTER = re.compile(r"[^a-z ]+")
# Aspiration written or not (kh/k, th/t, ph/p, ch/c), doubled letters, a final h or r
# that only lengthens the vowel (Sokhar, Sokah), y and i, w and v, ou and u.
_VARIANTS = [
    (re.compile(r"([kptcgdb])h"), r"\1"),
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile(r"(?<=[aeiou])[hr]\b"), ""),
    (re.compile(r"y"), "i"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ou"), "u"),
]


def folded(name: str) -> str:
    """Lower case, marks removed (đ as d), letters and single spaces only."""
    text = unicodedata.normalize("NFKD", name.casefold().replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NOT_LETTER.sub(" ", text).split())


def spelling_key(name: str) -> str:
    key = folded(name)
    for pattern, replacement in _VARIANTS:
        key = pattern.sub(replacement, key)
    return key


def sorted_key(key: str) -> str:
    """The key with its words in order. ``token_sort_ratio`` of two keys is the plain
    ratio of their sorted keys: an index sorts each key once, not at every comparison."""
    return " ".join(sorted(key.split()))


def name_score(a: str, b: str) -> float:
    """0-100: how alike two full names are, words in any order, spelling evened out."""
    return key_score(spelling_key(a), spelling_key(b))


def key_score(key_a: str, key_b: str) -> float:
    """``name_score`` of two spelling keys (the index keeps each case's key)."""
    if not key_a or not key_b:
        return 0.0
    return float(fuzz.token_sort_ratio(key_a, key_b))


def may_be_same_person(
    name_a: str,
    year_a: int | None,
    nationality_a: str,
    name_b: str,
    year_b: int | None,
    nationality_b: str,
) -> bool:
    if year_a is not None and year_b is not None and abs(year_a - year_b) > BIRTH_YEAR_SLACK:
        return False
    if nationality_a and nationality_b and nationality_a.upper() != nationality_b.upper():
        return False
    return name_score(name_a, name_b) >= SAME_PERSON_SCORE
