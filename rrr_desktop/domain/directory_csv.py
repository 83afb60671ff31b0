"""CSV form of the service directory: parse with per-row errors, and export.

Partner organisations keep their directories in spreadsheets; this is the exchange format.
Parsing never stops at the first bad row: every refused row is reported with its line
number and one sentence, so the user can fix the file (the import itself is all or
nothing, see services/directory.py). Export guards against spreadsheet formula injection.
"""

import csv
import dataclasses
import datetime as dt
import io
import re
from collections.abc import Iterable

from pydantic import ValidationError

from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.enums import DirectoryType
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.text_rules import shown, spreadsheet_safe

MAX_FILE_BYTES = 16 << 20  # tens of thousands of providers; checked before it is read

COLUMNS = (
    "id",
    "name",
    "type",
    "country",
    "region",
    "address",
    "phone",
    "email",
    "contact_person",
    "languages",
    "services",
    "last_verified",
    "is_example",
    "notes",
)
REQUIRED = ("name", "type", "country")
LIST_SEPARATOR = ";"
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_TRUE = {"1", "yes", "true", "y", "x"}
_FALSE = {"", "0", "no", "false", "n"}


@dataclasses.dataclass(frozen=True)
class RowProblem:
    """One refused row: ``line`` is the line number in the file (header = 1)."""

    line: int
    template: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        return self.template.format(**dict(self.params))


@dataclasses.dataclass(frozen=True)
class ParsedDirectory:
    entries: list[DirectoryEntry]
    problems: list[RowProblem]
    file_problem: str = ""  # the whole file is unusable (no header, missing columns)
    lines: list[int] = dataclasses.field(default_factory=list)  # line of each entry

    def refuse(self, entry_id: str, template: str) -> "ParsedDirectory":
        """The same result with the row of ``entry_id`` moved to the refused rows."""
        index = [e.id for e in self.entries].index(entry_id)
        line = self.lines[index]
        problems = sorted([*self.problems, _problem(line, template)], key=lambda p: p.line)
        return ParsedDirectory(
            self.entries[:index] + self.entries[index + 1 :],
            problems,
            self.file_problem,
            self.lines[:index] + self.lines[index + 1 :],
        )

    @property
    def ok(self) -> bool:
        return not self.problems and not self.file_problem


def _problem(line: int, template: str, **params: str) -> RowProblem:
    """A refused row; the template's ``{line}`` is filled in here. Values quoted from the
    file are shown with their hidden characters as "?" (``text_rules.shown``)."""
    params = {key: shown(value) for key, value in params.items()}
    params["line"] = str(line)
    return RowProblem(line, template, tuple(sorted(params.items())))


def _split_list(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(LIST_SEPARATOR) if part.strip()]


def _unguard(cell: str) -> str:
    """Undo the export's formula guard: a leading apostrophe before = + - @ is dropped."""
    cell = cell.strip()
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@":
        return cell[1:]
    return cell


def _row_entry(line: int, row: dict[str, str]) -> tuple[DirectoryEntry | None, RowProblem | None]:
    cells = {key: _unguard(row.get(key) or "") for key in COLUMNS}
    for key in REQUIRED:
        if not cells[key]:
            return None, _problem(
                line,
                QT_TRANSLATE_NOOP("directory", "Line {line}: the column '{column}' is empty."),
                column=key,
            )
    try:
        kind = DirectoryType(cells["type"].lower())
    except ValueError:
        return None, _problem(
            line,
            QT_TRANSLATE_NOOP(
                "directory", "Line {line}: unknown type '{value}'; use one of {allowed}."
            ),
            value=cells["type"][:40],
            allowed=", ".join(t.value for t in DirectoryType),
        )
    country = cells["country"].upper()
    if not _COUNTRY.match(country):
        return None, _problem(
            line,
            QT_TRANSLATE_NOOP(
                "directory", "Line {line}: the country must be a two-letter ISO code such as KH."
            ),
        )
    verified: dt.date | None = None
    if cells["last_verified"]:
        try:
            verified = dt.date.fromisoformat(cells["last_verified"])
        except ValueError:
            return None, _problem(
                line,
                QT_TRANSLATE_NOOP(
                    "directory", "Line {line}: the date last verified must look like 2026-05-31."
                ),
            )
    flag = cells["is_example"].lower()
    if flag not in _TRUE | _FALSE:
        return None, _problem(
            line, QT_TRANSLATE_NOOP("directory", "Line {line}: is_example must be yes or no.")
        )
    data: dict[str, object] = {
        key: cells[key]
        for key in ("name", "region", "address", "phone", "email", "contact_person", "notes")
    }
    data |= {
        "type": kind,
        "country": country,
        "languages": _split_list(cells["languages"]),
        "services": _split_list(cells["services"]),
        "last_verified": verified,
        "is_example": flag in _TRUE,
    }
    if cells["id"]:
        data["id"] = cells["id"]
    try:
        return DirectoryEntry.model_validate(data), None
    except ValidationError as exc:
        field = ".".join(str(p) for p in exc.errors()[0]["loc"]) or "?"
        return None, _problem(
            line,
            QT_TRANSLATE_NOOP("directory", "Line {line}: the column '{column}' is not valid."),
            column=field,
        )


def parse_directory_csv(text: str) -> ParsedDirectory:
    """Every valid row as an entry and every invalid one as a problem; nothing is dropped."""
    text = text.lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return ParsedDirectory(
            [],
            [],
            QT_TRANSLATE_NOOP(
                "directory", "The file has no header row with the columns name, type and country."
            ),
        )
    reader.fieldnames = header
    try:
        return _parse_rows(reader)
    except csv.Error:  # a cell over the csv module's 128 KiB limit, a NUL byte
        return ParsedDirectory(
            [],
            [],
            QT_TRANSLATE_NOOP(
                "directory",
                "A line of the file cannot be read (a cell larger than 128 KiB or a control "
                "character); nothing was imported.",
            ),
        )


def _parse_rows(reader: "csv.DictReader[str]") -> ParsedDirectory:
    entries: list[DirectoryEntry] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue  # blank line
        if None in row:
            problems.append(
                _problem(
                    line,
                    QT_TRANSLATE_NOOP(
                        "directory",
                        "Line {line}: more cells than columns (a comma inside an unquoted cell?).",
                    ),
                )
            )
            continue
        entry, problem = _row_entry(line, row)
        if problem is not None:
            problems.append(problem)
            continue
        assert entry is not None
        if entry.id in seen:
            problems.append(
                _problem(
                    line,
                    QT_TRANSLATE_NOOP(
                        "directory", "Line {line}: the id is already used on line {other}."
                    ),
                    other=str(seen[entry.id]),
                )
            )
            continue
        seen[entry.id] = line
        entries.append(entry)
    return ParsedDirectory(entries, problems, lines=list(seen.values()))


_guard = spreadsheet_safe


def export_directory_csv(entries: Iterable[DirectoryEntry]) -> str:
    """The entries as CSV with the standard header (round-trips through the parser)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for e in sorted(entries, key=lambda e: (e.country, e.region.casefold(), e.name.casefold())):
        writer.writerow(
            [
                _guard(c)
                for c in (
                    e.id,
                    e.name,
                    e.type.value,
                    e.country,
                    e.region,
                    e.address,
                    e.phone,
                    e.email,
                    e.contact_person,
                    LIST_SEPARATOR.join(e.languages),
                    LIST_SEPARATOR.join(e.services),
                    e.last_verified.isoformat() if e.last_verified else "",
                    "yes" if e.is_example else "no",
                    e.notes,
                )
            ]
        )
    return out.getvalue()
