"""Importing an existing caseload from a spreadsheet: read, map, preview, then apply.

Nothing is written until ``apply``; it writes every row or none (one transaction), and
refuses to start while any row is refused. Cell values never reach logs, errors or the
audit log: refusals name the row number and the column, audit entries the case ids.
"""

import csv
import dataclasses
import datetime as dt
import hashlib
import io
import itertools
import logging
import re
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO
from xml.parsers import expat

from pydantic import ValidationError
from rapidfuzz import fuzz, process

from rrr_desktop import files
from rrr_desktop.domain import followup
from rrr_desktop.domain.casefile import CaseFile, Intake, StageChange, make_reference
from rrr_desktop.domain.enums import ClosureReason, Role, Stage
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.import_rules import (
    DATE_FIELDS,
    FIELDS,
    IGNORE,
    IMPORT_NOTE,
    MODEL_FIELDS,
    NO_REASON_NOTE,
    ONE_LINE_FIELDS,
    ParsedRow,
    Refusal,
    date_order,
    guess_mapping,
    parse_row,
)
from rrr_desktop.domain.matching import (
    BIRTH_YEAR_SLACK,
    SAME_PERSON_SCORE,
    sorted_key,
    spelling_key,
)
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.reintegration import Closure
from rrr_desktop.errors import InvalidInput, KnownError
from rrr_desktop.services.session import Session
from rrr_desktop.vault import cases as repo
from rrr_desktop.vault.db import Connection

MAX_ROWS = 100_000
MAX_MEGABYTES = 100  # checked before the file is read: memory never grows past it
RAW_ROWS = 3 * MAX_ROWS  # rows read at most, blank ones included (spreadsheets pad them)
# Columns with a value at most (trailing empty cells do not count): every row is padded to
# the widest, so this bounds memory at MAX_ROWS x MAX_COLUMNS cells whatever the file says.
MAX_COLUMNS = 256
# An .xlsx is a zip: checked before openpyxl opens it, so a small file that unpacks to
# gigabytes (one 400 MB string, a row of millions of empty cells) is refused unread.
MAX_UNPACKED_MEGABYTES = 4 * MAX_MEGABYTES  # all parts together, unpacked
MAX_PART_MEGABYTES = 16  # a part openpyxl parses whole (styles, workbook, relations)
MAX_PARTS = 10_000  # parts of one workbook (a real one has dozens)
# The first worksheet is streamed row by row and checked as it is read: a row as openpyxl
# builds it (every cell element, every column up to the last) is never wider than a
# spreadsheet program's widest (XFD), and all rows together never hold more cells than
# the largest table we accept.
SHEET_COLUMNS = 16_384
MAX_CELLS = MAX_ROWS * MAX_COLUMNS
REQUIRED = ("given_name", "intake_date")
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

log = logging.getLogger("rrr.importing")


class ImportFileError(KnownError):
    """The file cannot be read as a table."""


class ImportRefused(KnownError):
    """Some rows are refused, so nothing is imported."""


@dataclasses.dataclass(frozen=True)
class Sheet:
    headers: list[str]
    rows: list[list[object]]  # cells of each data row, as long as the header row

    def __post_init__(self) -> None:
        # a mapping is keyed by column name: two columns may never share one
        object.__setattr__(self, "headers", unique_headers(self.headers))

    @property
    def layout_key(self) -> str:
        """A fingerprint of the header row, to remember a mapping without any cell value."""
        return hashlib.sha256("\x1f".join(self.headers).encode("utf-8")).hexdigest()


@dataclasses.dataclass(frozen=True)
class RowRefusal:
    line: int  # the row number as the spreadsheet program shows it (header = 1)
    refusal: Refusal

    @property
    def text(self) -> str:
        return self.refusal.text


@dataclasses.dataclass(frozen=True)
class ImportPreview:
    mapping: dict[str, str]
    rows: list[ParsedRow]
    refusals: list[RowRefusal]
    total_rows: int
    ignored_columns: list[str]
    # (row, reference): rows whose person looks like one already in the vault (same name
    # words, birth year within one). A warning, not a refusal: namesakes are common.
    possible_duplicates: list[tuple[int, str]] = dataclasses.field(default_factory=list)

    @property
    def refused_lines(self) -> list[int]:
        return sorted({r.line for r in self.refusals})

    @property
    def ready(self) -> bool:
        return bool(self.rows) and not self.refusals


# -- reading ---------------------------------------------------------------------------


def _decode(raw: bytes) -> str:
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            return raw.decode("utf-16")
        if raw.startswith(b"\xef\xbb\xbf"):
            return raw[3:].decode("utf-8")
        if len(raw) >= 4 and raw[1] == 0 and raw[3] == 0:
            return raw.decode("utf-16-le")
        return raw.decode("utf-8")
    except UnicodeDecodeError:  # odd length, a lone surrogate, invalid bytes after a BOM
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file is not UTF-8 or UTF-16 text; save it from the spreadsheet program as "
                "'CSV UTF-8' or 'Unicode text'.",
            )
        ) from None


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in ("\t", ";", ",")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _too_many_rows() -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("errors", "The file has more than {max} rows; split it into parts."),
        max=MAX_ROWS,
    )


def _too_many_columns() -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The file has more than {max} columns; remove the columns that are not needed.",
        ),
        max=MAX_COLUMNS,
    )


def _trimmed(cells: Iterable[object]) -> list[object]:
    """The row without its trailing empty cells; refused when still too wide."""
    line = list(cells)
    while line and (line[-1] is None or (isinstance(line[-1], str) and not line[-1].strip())):
        line.pop()
    if len(line) > MAX_COLUMNS:
        raise _too_many_columns()
    return line


def unique_headers(headers: list[str]) -> list[str]:
    """A repeated name becomes "Name (2)", "Name (3)"...: never a name another column has."""
    given = set(headers)
    taken: set[str] = set()
    out = []
    for header in headers:
        name, n = header, 1
        while name in taken or (name != header and name in given):
            n += 1
            name = f"{header} ({n})"
        taken.add(name)
        out.append(name)
    return out


def _table(lines: list[list[object]]) -> Sheet:
    if len(lines) >= RAW_ROWS:  # stopped reading: refuse, never import a cut file
        raise _too_many_rows()
    lines = [_trimmed(line) for line in lines]
    lines = [line for line in lines if line]
    if not lines:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "The file is empty: it has no header row.")
        )
    if len(lines) - 1 > MAX_ROWS:
        raise _too_many_rows()
    width = max(len(line) for line in lines)
    headers = [
        str(h or "").strip() or f"Column {i + 1}"
        for i, h in enumerate(list(lines[0]) + [""] * (width - len(lines[0])))
    ]
    rows = [list(line) + [None] * (width - len(line)) for line in lines[1:]]
    return Sheet(headers, rows)


def _unreadable_workbook() -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("errors", "The file is not a readable .xlsx workbook.")
    )


def _too_large_unpacked(megabytes: int) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The workbook unpacks to more than {max} MB; save it as CSV UTF-8 or split it "
            "into parts.",
        ),
        max=megabytes,
    )


def _too_many_cells() -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The sheet has more than {max} cells, counting empty formatted ones; copy only "
            "the table into a new workbook.",
        ),
        max=MAX_CELLS,
    )


_CONTENT_TYPES = "[Content_Types].xml"
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def _part_types(archive: zipfile.ZipFile) -> dict[str, set[str]]:
    """Part name -> the content types the workbook's manifest gives it (as openpyxl
    reads them: the shared strings are the part typed so, worksheets those typed so)."""
    info = archive.getinfo(_CONTENT_TYPES)  # KeyError: not a workbook
    if info.file_size > 1 << 20:  # a few kB in any real workbook
        raise _unreadable_workbook()
    types: dict[str, set[str]] = {}
    for item in ET.fromstring(archive.read(info)).iter(f"{_CT_NS}Override"):
        name = item.get("PartName", "").lstrip("/")
        types.setdefault(name, set()).add(item.get("ContentType", ""))
    return types


def _check_archive(data: bytes) -> None:
    """Refuse a workbook whose parts unpack to more than memory can hold, before openpyxl
    unpacks any: the sizes are the zip's own (a part that unpacks to more than its stated
    size fails its check as it is read). Worksheets are streamed, so only the total bounds
    them; the shared strings are held whole (as large as a CSV file may be); any other part
    is parsed whole into a tree, many times its size, so it is kept small."""
    # zipfile holds an entry per part: count them before it reads the directory
    if data.count(b"PK\x01\x02") > MAX_PARTS:
        raise _unreadable_workbook()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            types = _part_types(archive)
            infos = archive.infolist()
    except ImportFileError:
        raise
    except Exception as exc:  # not a zip, no manifest, a broken manifest
        log.warning("workbook refused: %s", type(exc).__name__)
        raise _unreadable_workbook() from None
    total = 0
    for info in infos:
        total += info.file_size
        kinds = types.get(info.filename, set())
        if kinds == {_WORKSHEET}:
            cap = MAX_UNPACKED_MEGABYTES
        elif _SHARED_STRINGS in kinds:
            cap = MAX_MEGABYTES
        else:
            cap = MAX_PART_MEGABYTES
        if info.file_size > cap << 20:
            raise _too_large_unpacked(cap)
    if total > MAX_UNPACKED_MEGABYTES << 20:
        raise _too_large_unpacked(MAX_UNPACKED_MEGABYTES)


_SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW = _SHEET_NS + "row"
_COLUMN_LETTERS = re.compile(r"\$?([A-Za-z]{1,3})")


class _SheetScan:
    """A worksheet's XML read once, without a tree (expat), before openpyxl reads it:
    openpyxl builds each row whole before it hands it on (and, without a <dimension> tag,
    parses the whole sheet when it opens the workbook), so a row of six million empty
    cells must be refused from its bytes. Refuses a row wider than SHEET_COLUMNS (every
    cell element counts, and every column up to the last: openpyxl pads to it), more
    cells than MAX_CELLS, a row past RAW_ROWS, rows or cells out of order (openpyxl
    would drop them silently) and any DTD."""

    def __init__(self) -> None:
        self.parser = expat.ParserCreate(namespace_separator="}")
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.depth = 0
        self.row_depth = -2  # depth of the open <row>, or -2 outside any row
        self.row = 0  # number of the current row (as openpyxl counts them)
        self.column = 0  # column of the last cell of the current row
        self.cells = 0  # cell elements of the current row
        self.before = 0  # cells of the rows before the current one
        self.max_cells, self.raw_rows = MAX_CELLS, RAW_ROWS

    def _doctype(self, *_: object) -> None:
        raise _unreadable_workbook()

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        if self.depth == self.row_depth + 1:  # a cell: openpyxl takes any child of a row
            self.cells += 1
            ref = attrs.get("r")
            if ref:
                letters = _COLUMN_LETTERS.match(ref)
                column = _column_index(letters[1]) if letters else 0
                if column <= self.column:  # unreadable, a cell out of order or twice
                    raise _unreadable_workbook()
            else:
                column = self.column + 1
            self.column = column
            if column > SHEET_COLUMNS or self.cells > SHEET_COLUMNS:
                raise _too_many_columns()
            if self.before + column > self.max_cells:
                raise _too_many_cells()
        elif name == _ROW:
            self.before += max(self.column, self.cells)
            number = attrs.get("r")
            try:
                row = int(float(number)) if number else self.row + 1
            except (ValueError, OverflowError):
                raise _unreadable_workbook() from None
            if row <= self.row:
                raise _unreadable_workbook()
            if row >= self.raw_rows:
                raise _too_many_rows()
            self.row, self.column, self.cells, self.row_depth = row, 0, 0, self.depth

    def _end(self, _: str) -> None:
        if self.depth == self.row_depth:
            self.row_depth = -2
        self.depth -= 1

    def read(self, source: IO[bytes]) -> None:
        try:
            while chunk := source.read(1 << 16):
                self.parser.Parse(chunk, False)
            self.parser.Parse(b"", True)
        except expat.ExpatError:
            raise _unreadable_workbook() from None


def _column_index(letters: str) -> int:
    from openpyxl.utils.cell import column_index_from_string

    try:
        return int(column_index_from_string(letters))
    except ValueError:
        return 0  # not a column: refused as unreadable


def _first_sheet(data: bytes) -> str:
    """The part openpyxl will read as the first worksheet, found as openpyxl finds it
    (the workbook and its relations only: no strings, no sheet read)."""
    from openpyxl.reader.excel import ExcelReader

    reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=True)
    try:
        reader.read_manifest()
        reader.read_workbook()
        for _, rel in reader.parser.find_sheets():
            if rel.target in reader.valid_files and "chartsheet" not in rel.Type:
                return str(rel.target)
    finally:
        reader.archive.close()
    raise _unreadable_workbook()


def _read_xlsx(data: bytes) -> Sheet:
    import openpyxl

    _check_archive(data)
    try:
        part = _first_sheet(data)
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(part) as source:
            _SheetScan().read(source)
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except ImportFileError:
        raise
    except Exception as exc:
        log.warning("workbook refused: %s", type(exc).__name__)
        raise _unreadable_workbook() from None
    try:
        sheet = book.worksheets[0]
        if getattr(sheet, "_worksheet_path", part) != part:  # not the part scanned
            raise _unreadable_workbook()
        # read-only mode trusts the sheet's <dimension> tag: a stale one cuts rows and
        # columns silently, a huge one pads every row to 16,384 cells. Read what is there.
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()
        lines: list[list[object]] = []
        kept = 0
        for row in itertools.islice(sheet.iter_rows(values_only=True), RAW_ROWS):
            line = _trimmed(row)
            lines.append(line)
            kept += bool(line)
            if kept - 1 > MAX_ROWS:  # the header and more rows than we take: stop here
                raise _too_many_rows()
    except ImportFileError:
        raise
    except Exception as exc:
        log.warning("workbook refused: %s", type(exc).__name__)
        raise _unreadable_workbook() from None
    finally:
        book.close()
    return _table(lines)


def _read_file(path: Path) -> bytes:
    """The file's bytes (a regular file, never more than MAX_MEGABYTES read); a file that
    is missing, a folder, a pipe, a device or unreadable is one sentence."""
    limit = MAX_MEGABYTES << 20
    too_large = ImportFileError(
        QT_TRANSLATE_NOOP("errors", "The file is larger than {max} MB; split it into parts."),
        max=MAX_MEGABYTES,
    )
    try:
        if path.stat().st_size > limit:
            raise too_large
    except OSError:
        pass  # read_input says what is wrong with it
    # one sentence from files (missing, a folder, a pipe, a device, unreadable, grown)
    return files.read_input(path, limit)


def read_sheet(path: Path) -> Sheet:
    """CSV or tab-separated text (UTF-8 with or without BOM, UTF-16) or an .xlsx workbook."""
    path = Path(path)
    if path.suffix.lower() == ".xls":
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Old .xls workbooks cannot be read; save it as .xlsx or CSV UTF-8.",
            )
        )
    data = _read_file(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(data)
    text = _decode(data)
    first = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    try:
        rows = [_trimmed(r) for r in itertools.islice(reader, RAW_ROWS)]
        return _table(rows)
    except csv.Error as exc:  # a cell over the csv module's 128 KiB limit, a stray NUL
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Row {row} of the file cannot be read (a cell is larger than 128 KiB or holds "
                "a control character). Check the file in the spreadsheet program.",
            ),
            row=reader.line_num,
        ) from exc


# -- mapping and preview ---------------------------------------------------------------


def resolve_mapping(headers: list[str], overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Guessed mapping with the user's choices on top; checks it is usable."""
    mapping = guess_mapping(headers)
    for column, field in (overrides or {}).items():
        if column not in mapping:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The file has no column named {column}."), column=column
            )
        field = "" if field in ("", "ignore", "-") else field
        if field and field not in FIELDS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "{field} is not a field; choose one of {fields}."),
                field=field,
                fields=", ".join(FIELDS),
            )
        if field:
            for other, taken in mapping.items():
                if taken == field and other not in (overrides or {}):
                    mapping[other] = IGNORE
        mapping[column] = field
    used = Counter(f for f in mapping.values() if f)
    twice = [f for f, n in used.items() if n > 1]
    if twice:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "Several columns are mapped to {field}; map each field once."
            ),
            field=twice[0],
        )
    missing = [f for f in REQUIRED if f not in used]
    if missing:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "No column is mapped to {field}; it is needed for every case."
            ),
            field=missing[0],
        )
    return mapping


class _LookAlikes:
    """The vault's cases as ``repo.similar_cases`` finds them, read once for a whole
    preview: a row costs a few rapidfuzz scans (C++) of the spellings of its birth years,
    not a read of the whole index and a Python dict of it (20,000 rows into a vault of
    20,000 cases took 46 s). The same matches in the same order: names alike (each key
    held with its words sorted, so a plain ratio is ``token_sort_ratio``), birth years at
    most BIRTH_YEAR_SLACK apart or unknown, the same or an unknown nationality; most
    alike first, then in the order of the index; at most ``limit``."""

    def __init__(self, conn: Connection) -> None:
        # birth year -> nationality -> (spellings, {spelling: rids}); rid -> (ref, worker)
        self.buckets: dict[int | None, dict[str, tuple[list[str], dict[str, list[int]]]]] = {}
        self.cases: dict[int, tuple[str, str]] = {}
        for rid, key, year, nationality, reference, worker in conn.execute(
            "SELECT rid, name_key, birth_year, nationality, reference, caseworker "
            "FROM case_index WHERE name_key != '' ORDER BY rid"
        ):
            held = self.buckets.setdefault(year, {}).setdefault(nationality, ([], {}))[1]
            held.setdefault(sorted_key(key), []).append(rid)
            self.cases[rid] = (reference, worker)
        for by_nationality in self.buckets.values():
            for spellings, held in by_nationality.values():
                spellings.extend(held)

    def similar(
        self, given: str, family: str, birth_year: int | None, nationality: str, limit: int = 20
    ) -> list[tuple[str, str]]:
        """(reference, caseworker) of the cases ``repo.similar_cases`` would list."""
        key = sorted_key(spelling_key(f"{given} {family}"))
        if not key:
            return []
        years: Iterable[int | None] = self.buckets
        if birth_year is not None:
            slack = range(birth_year - BIRTH_YEAR_SLACK, birth_year + BIRTH_YEAR_SLACK + 1)
            years = [None, *slack]
        scored: list[tuple[float, int]] = []
        for year in years:
            for held_nationality, (spellings, held) in self.buckets.get(year, {}).items():
                if nationality and held_nationality not in ("", nationality.upper()):
                    continue
                for spelling, score, _ in process.extract(
                    key, spellings, scorer=fuzz.ratio, score_cutoff=SAME_PERSON_SCORE, limit=None
                ):
                    scored += [(score, rid) for rid in held[spelling]]
        scored.sort(key=lambda t: (-t[0], t[1]))
        return [self.cases[rid] for _, rid in scored[:limit]]


class ImportService:
    def __init__(self, session: Session) -> None:
        self.s = session

    def preview(self, sheet: Sheet, mapping: dict[str, str]) -> ImportPreview:
        """Parse every row; list every refused row and why. Changes nothing."""
        today = self.s.clock.today()
        columns = {field: column for column, field in mapping.items() if field}
        position = {column: i for i, column in enumerate(sheet.headers)}  # names are unique
        index = {field: position[column] for field, column in columns.items()}
        orders: dict[str, str] = {
            f: date_order([str(r[index[f]] or "") for r in sheet.rows])
            for f in DATE_FIELDS
            if f in index
        }
        parsed: list[ParsedRow] = []
        refusals: list[RowRefusal] = []
        for number, cells in enumerate(sheet.rows, start=2):
            values = {field: cells[i] for field, i in index.items()}
            row, reasons = parse_row(number, values, columns, today, orders)
            if row is not None:
                reasons = self._model_refusals(row, columns)
            refusals.extend(RowRefusal(number, r) for r in reasons)
            if row is not None and not reasons:
                parsed.append(row)
        refusals.extend(self._reference_refusals(parsed, columns.get("reference", "")))
        refusals.extend(self._stage_refusals(parsed, columns.get("stage", "")))
        refused = {r.line for r in refusals}
        accepted = [r for r in parsed if r.line not in refused]
        return ImportPreview(
            mapping=mapping,
            rows=accepted,
            refusals=sorted(refusals, key=lambda r: (r.line, r.refusal.column)),
            total_rows=len(sheet.rows),
            ignored_columns=[c for c, f in mapping.items() if not f],
            possible_duplicates=self._look_alikes(accepted),
        )

    def _model_refusals(self, row: ParsedRow, columns: dict[str, str]) -> list[Refusal]:
        """The rules apply() meets (Person, Intake), run in the preview: a row they refuse
        is shown with its number and column, never a bare ValidationError at apply."""
        try:
            self._person_and_intake(row)
        except ValidationError as exc:
            found: list[Refusal] = []
            for error in exc.errors():
                name = str(error["loc"][0]) if error["loc"] else ""
                field = MODEL_FIELDS.get(name, name)
                code = "text_not_one_line" if field in ONE_LINE_FIELDS else "value_not_stored"
                refusal = Refusal(code, columns.get(field, field))
                if refusal not in found:
                    found.append(refusal)
            return found
        return []

    def _look_alikes(self, rows: list[ParsedRow]) -> list[tuple[int, str]]:
        """(line, reference of a similar case; "" when it is not this user's to see)."""
        from rrr_desktop.services.cases import CaseService

        index = _LookAlikes(self.s.conn())  # the vault's cases read once, not once a row
        # need-to-know as CaseService.visible says it: all, or only one's own cases
        sees_all, me = CaseService(self.s).sees_all(), self.s.user.username
        found = []
        for row in rows:
            if row.reference:
                continue
            year = (
                row.date_of_birth.year
                if row.date_of_birth
                else (row.intake_date.year - row.age if row.age is not None else None)
            )
            matches = index.similar(row.given_name, row.family_name, year, row.nationality)
            mine = [ref for ref, worker in matches if sees_all or worker == me]
            if mine:
                found.append((row.line, mine[0]))
            elif matches:  # another caseworker's case: not named (need-to-know)
                found.append((row.line, ""))
        return found

    def _stage_refusals(self, rows: list[ParsedRow], column: str) -> list[RowRefusal]:
        """A case imported past the departure gates never passed them here: a supervisor's
        or a data officer's import (a caseworker moves her cases on with the gates)."""
        user = self.s.user
        if user.is_supervisor or user.has_role(Role.DATA_OFFICER):
            return []
        return [
            RowRefusal(row.line, Refusal("stage_past_gates", column))
            for row in rows
            if row.stage not in (Stage.INTAKE, Stage.SHELTER)
        ]

    def _reference_refusals(self, rows: list[ParsedRow], column: str) -> list[RowRefusal]:
        counts = Counter(r.reference for r in rows if r.reference)
        conn = self.s.conn()
        out = []
        for row in rows:
            if not row.reference:
                continue
            if counts[row.reference] > 1:
                out.append(RowRefusal(row.line, Refusal("reference_duplicate", column)))
            elif repo.reference_known(conn, row.reference):
                out.append(RowRefusal(row.line, Refusal("reference_exists", column)))
        return out

    def _case(self, row: ParsedRow, reference: str) -> CaseFile:
        now = self.s.clock.now()
        user = self.s.user.username
        start = dt.datetime.combine(row.intake_date, dt.time(0), dt.UTC)
        imported = row.stage != Stage.INTAKE
        history = [
            StageChange(
                from_stage=None,
                to_stage=Stage.INTAKE,
                at=start,
                by=user,
                note=IMPORT_NOTE if imported else "",
            )
        ]
        if imported:
            history.append(
                StageChange(
                    from_stage=Stage.INTAKE, to_stage=row.stage, at=now, by=user, note=IMPORT_NOTE
                )
            )
        person, intake = self._person_and_intake(row)
        return CaseFile(
            closure=self._closure(row),
            reference=reference,
            reference_aliases=[row.reference] if row.reference else [],  # their old number
            stage=row.stage,
            stage_history=history,
            person=person,
            intake=intake,
            caseworker=user,
            created_at=now,
            updated_at=now,
        )

    def _closure(self, row: ParsedRow) -> Closure | None:
        """A closed case's closure, as ``close_case`` sets it, so retention applies to it
        (a closed case without one was never due, and could not be closed again).

        The reason is the sheet's own. A sheet that says "closed" without a reason is the
        usual caseload (every row must still import), and no reason means "not recorded":
        refusing would block the import of the whole caseload, and a specific reason
        (reintegrated, deceased...) would misstate the person's story. So it gets the least
        specific one, MOVED_ON (the person left the programme; nothing said of why), and
        the closure note says the sheet gave none.

        Closed on the sheet's closure date, else on the intake day: the case was closed on
        some day after it, so the retention date is never later than the real one (the
        record is never kept past the default period)."""
        if row.stage != Stage.CLOSED:
            return None
        from rrr_desktop.services.reintegration import RETENTION_YEARS

        on = row.closure_date or row.intake_date
        return Closure(
            reason=row.closure_reason or ClosureReason.MOVED_ON,
            on=on,
            by=self.s.user.username,
            note=IMPORT_NOTE if row.closure_reason else NO_REASON_NOTE,
            retention_until=followup.add_years(on, RETENTION_YEARS),
            at=self.s.clock.now(),
        )

    @staticmethod
    def _person_and_intake(row: ParsedRow) -> tuple[Person, Intake]:
        person = Person(
            given_name=row.given_name,
            family_name=row.family_name,
            sex=row.sex,
            date_of_birth=row.date_of_birth,
            estimated_age=row.age if row.date_of_birth is None else None,
            estimated_on=row.intake_date
            if row.date_of_birth is None and row.age is not None
            else None,
            nationality=row.nationality,
        )
        intake = Intake(
            intake_date=row.intake_date,
            exploitation_sector=row.exploitation_sector,
            exploitation_country=row.exploitation_country,
            origin_country=row.origin_country or row.nationality,
            programme=row.programme,
        )
        return person, intake

    def apply(self, preview: ImportPreview, progress: Progress | None = None) -> list[str]:
        """Create every case of the preview in one transaction; returns the references."""
        if preview.refusals:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} rows cannot be imported, so nothing was imported; correct them "
                    "and try again.",
                ),
                count=len(preview.refused_lines),
            )
        if not preview.rows:
            raise ImportRefused(QT_TRANSLATE_NOOP("errors", "The file has no rows to import."))
        country = self.s.organisation().country
        fields = sorted(f for f in preview.mapping.values() if f)
        created: list[str] = []
        total = len(preview.rows)
        with self.s.write() as conn:
            numbers: dict[int, int] = {}
            for row in preview.rows:
                if row.reference and repo.reference_known(conn, row.reference):
                    raise ImportRefused(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Row {line}: the reference already exists; nothing was imported.",
                        ),
                        line=row.line,
                    )
                year = row.intake_date.year
                if year not in numbers:
                    numbers[year] = repo.next_reference_number(
                        conn, country, year, self.s.device_code
                    )
                reference = make_reference(country, year, numbers[year], self.s.device_code)
                numbers[year] += 1
                try:
                    case = self._case(row, reference)
                except ValidationError:  # the preview checks these rules: a stale preview
                    raise ImportRefused(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{count} rows cannot be imported, so nothing was imported; correct "
                            "them and try again.",
                        ),
                        count=1,
                    ) from None
                repo.save_case(
                    conn, case, self.s.next_version(), self.s.device_id, self.s.clock.today()
                )
                self.s.audit(conn, "case.import", case.id, fields=fields)
                created.append(case.reference)
                if progress is not None and not progress(len(created), total):
                    raise ImportRefused(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The import was cancelled; nothing was imported.",
                        )
                    )
            self.s.audit(conn, "import.apply", "", cases=len(created), fields=fields)
        return created
