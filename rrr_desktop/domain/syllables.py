"""Where a line may break in Khmer, Lao and Burmese text: between syllables, never inside.

Qt's wheels come without ICU: Khmer runs get no break at all (an overflowing line is then
cut anywhere, "ចាកចេ|ញ") and Burmese a break after every code point ("အလ|က်"). These rules
find orthographic syllable starts, which is where a reader accepts a line break; they are
deliberately conservative (a missed break only makes a line shorter, a wrong one splits a
syllable). Burmese follows the well-known "sylbreak" rules; Khmer and Lao break only before
a consonant that a vowel sign proves to be a syllable's first sound.
"""

import re

COMPLEX = re.compile("[\u1780-\u17ff\u0e80-\u0eff\u1000-\u109f]")

# Burmese
_MY_CONSONANT = "\u1000-\u1021"
_MY_STARTS_ALONE = "\u1023-\u102a\u103f\u104c\u104d\u104f\u1040-\u1049"
_MY_ASAT, _MY_VIRAMA = "\u103a", "\u1039"
_MY_KILLED = re.compile(f"\u1037?[{_MY_ASAT}{_MY_VIRAMA}]")
_MY_BREAK = re.compile(
    f"(?<!{_MY_VIRAMA})[{_MY_CONSONANT}](?!\u1037?[{_MY_ASAT}{_MY_VIRAMA}])|[{_MY_STARTS_ALONE}]"
)

# Khmer
_KM_CONSONANT = "\u1780-\u17a2"
_KM_INDEPENDENT = "\u17a3-\u17b3"
_KM_VOWEL = "\u17b6-\u17c8"  # vowel signs, nikahit, reahmuk, yuukaleapintu
_KM_SHIFTER = "\u17c9\u17ca"  # register shifters sit between a consonant and its vowel
_KM_COENG = "\u17d2"
_KM_CLOSES = f"{_KM_VOWEL}\u17c6-\u17d1\u17d3\u17dd"  # a syllable that ended on these is done
_KM_CLOSED = re.compile(f"[{_KM_CLOSES}]")
_KM_ONSET = re.compile(f"[{_KM_CONSONANT}][{_KM_SHIFTER}]?[{_KM_VOWEL}]")
_KM_CLUSTER = re.compile(
    f"[{_KM_CONSONANT}](?:{_KM_COENG}[{_KM_CONSONANT}]){{1,2}}[{_KM_SHIFTER}]?[{_KM_VOWEL}]"
)

# Lao
_LO_CONSONANT = "\u0e81-\u0eae\u0edc-\u0edf"
_LO_LEADING = "\u0ec0-\u0ec4"
_LO_VOWEL = "\u0eb0-\u0ebb"
_LO_TONE = "\u0ec8-\u0ecd\u0ebc"
_LO_ONSET = re.compile(f"[{_LO_CONSONANT}][{_LO_TONE}]*[{_LO_VOWEL}]")
_LO_ANY_VOWEL = re.compile(f"[{_LO_LEADING}{_LO_VOWEL}]")

# Signs that continue the syllable before them (Lao's following vowels are letters, not
# combining marks, in Unicode: hence the explicit ranges besides the marks).
_CONTINUES = re.compile(
    "[\u0eb0-\u0ebd\u0ec6\u0ec8-\u0ecd\u17b6-\u17d3\u17dd\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d]"
)
STICKS_LEFT = set("\u17d4\u17d5\u17d6\u104a\u104b.,;:!?)]}»”’")


def break_points(text: str) -> set[int]:
    """Positions ``i`` (0 < i < len(text)) where a line may break before ``text[i]``."""
    found: set[int] = set()
    if not COMPLEX.search(text):
        return found
    found |= {m.start() for m in _MY_BREAK.finditer(text)}
    found |= _khmer(text)
    found |= _lao(text)
    for i in range(1, len(text)):  # after a space or a full stop
        if text[i - 1].isspace() or text[i - 1] in "\u17d4\u17d5\u104b":
            found.add(i)
    return {i for i in found if 0 < i < len(text) and _may_start_a_line(text, i)}


def _may_start_a_line(text: str, i: int) -> bool:
    char = text[i]
    if char in STICKS_LEFT or _CONTINUES.match(char):
        return False  # punctuation and combining marks stay with what they follow
    if text[i - 1] in (_KM_COENG, _MY_VIRAMA):
        return False
    return not ("\u1000" <= char <= "\u1021" and _MY_KILLED.match(text, i + 1))


def _khmer(text: str) -> set[int]:
    found = set()
    for i, char in enumerate(text):
        if not "\u1780" <= char <= "\u17ff" or i == 0 or text[i - 1] == _KM_COENG:
            continue
        if (
            "\u17a3" <= char <= "\u17b3"
            or _KM_ONSET.match(text, i)
            or _KM_CLUSTER.match(text, i)
            and (_KM_CLOSED.match(text[i - 1]) or not "\u1780" <= text[i - 1] <= "\u17ff")
        ):
            found.add(i)
    return found


def _lao(text: str) -> set[int]:
    found = set()
    start = 0  # where the current syllable began
    for i, char in enumerate(text):
        if not "\u0e80" <= char <= "\u0eff":
            start = i + 1
            continue
        if i == start:
            continue
        before = text[start:i]
        if "\u0ec0" <= char <= "\u0ec4" or (
            _LO_ONSET.match(text, i)
            and _LO_ANY_VOWEL.search(before)
            and not "\u0ec0" <= text[i - 1] <= "\u0ec4"
        ):  # a leading vowel always opens a syllable
            found.add(i)
            start = i
    return found


def segments(text: str) -> list[str]:
    """``text`` cut at every break point (for tests and for inserting break hints)."""
    cuts = sorted(break_points(text))
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
