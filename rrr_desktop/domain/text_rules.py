"""What text a person may type into a name or a note.

Names and directory entries are printed on papers a survivor takes home and shown in lists.
Control characters, line breaks in a name, and the bidirectional overrides (U+202E reverses
a printed name; an escape code can hide a line of terminal output) are refused, and lengths
are bounded so one field cannot fill hundreds of printed pages.
"""

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator

NAME_MAX = 200
TEXT_MAX = 100_000  # about 40 printed pages
_HIDDEN = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 and C1 controls (tab and newline apart)
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidirectional marks and overrides
    "\u2028\u2029\ufeff\ufff9-\ufffb"  # line and paragraph separators, BOM, annotations
)
_HIDDEN_RE = re.compile(f"[{_HIDDEN}]")
_LINE_BREAK_RE = re.compile("[\t\n\r]")


def shown(value: str) -> str:
    """A value from a file, safe to quote in a message (a terminal, a label): hidden,
    direction and line-break characters become "?", so an escape sequence in a cell
    cannot act on the screen that shows its refusal."""
    return _LINE_BREAK_RE.sub("?", _HIDDEN_RE.sub("?", value))


def without_hidden(value: str, one_line: bool = False) -> str:
    """A value saved before a rule refused hidden characters in it, made to pass the
    rule (they are dropped; with ``one_line``, line breaks become spaces)."""
    value = _HIDDEN_RE.sub("", value)
    return _LINE_BREAK_RE.sub(" ", value) if one_line else value


def one_line(value: str, limit: int = NAME_MAX) -> str:
    value = unicodedata.normalize("NFC", value).strip()
    if _HIDDEN_RE.search(value) or _LINE_BREAK_RE.search(value):
        raise ValueError("must be one line of plain text (no control or direction characters)")
    if len(value) > limit:
        raise ValueError(f"is longer than {limit} characters")
    return value


def free_text(value: str, limit: int = TEXT_MAX) -> str:
    value = unicodedata.normalize("NFC", value)
    if _HIDDEN_RE.search(value):
        raise ValueError("holds control or direction characters")
    if len(value) > limit:
        raise ValueError(f"is longer than {limit} characters")
    return value


OneLine = Annotated[str, AfterValidator(one_line)]
FreeText = Annotated[str, AfterValidator(free_text)]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A spreadsheet runs a cell starting with = + - @ as a formula (=HYPERLINK(...) in a
    programme name): such a cell is written with a leading apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
