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
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import ValidationError

from rrr_desktop.domain.casefile import CaseFile, Intake, StageChange, make_reference
from rrr_desktop.domain.enums import Stage
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.import_rules import (
    FIELDS,
    IGNORE,
    IMPORT_NOTE,
    MODEL_FIELDS,
    ONE_LINE_FIELDS,
    ParsedRow,
    Refusal,
    date_order,
    guess_mapping,
    parse_row,
)
from rrr_desktop.domain.people import Person
from rrr_desktop.errors import InvalidInput, KnownError
from rrr_desktop.services.session import Session
from rrr_desktop.vault import cases as repo

MAX_ROWS = 100_000
MAX_MEGABYTES = 100  # checked before the file is read: memory never grows past it
RAW_ROWS = 3 * MAX_ROWS  # rows read at most, blank ones included (spreadsheets pad them)
# Columns with a value at most (trailing empty cells do not count): every row is padded to
# the widest, so this bounds memory at MAX_ROWS x MAX_COLUMNS cells whatever the file says.
MAX_COLUMNS = 256
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


def _read_xlsx(path: Path) -> Sheet:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    unreadable = ImportFileError(
        QT_TRANSLATE_NOOP("errors", "The file is not a readable .xlsx workbook.")
    )
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError):
        raise unreadable from None
    except Exception as exc:
        log.warning("workbook refused: %s", type(exc).__name__)
        raise unreadable from None
    try:
        sheet = book.worksheets[0]
        # read-only mode trusts the sheet's <dimension> tag: a stale one cuts rows and
        # columns silently, a huge one pads every row to 16,384 cells. Read what is there.
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()
        rows = itertools.islice(sheet.iter_rows(values_only=True), RAW_ROWS)
        lines = [_trimmed(row) for row in rows]
    except ImportFileError:
        raise
    except Exception as exc:
        log.warning("workbook refused: %s", type(exc).__name__)
        raise unreadable from None
    finally:
        book.close()
    return _table(lines)


def read_sheet(path: Path) -> Sheet:
    """CSV or tab-separated text (UTF-8 with or without BOM, UTF-16) or an .xlsx workbook."""
    if not path.is_file():
        raise ImportFileError(QT_TRANSLATE_NOOP("errors", "The file to import does not exist."))
    if path.stat().st_size > MAX_MEGABYTES << 20:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "The file is larger than {max} MB; split it into parts."),
            max=MAX_MEGABYTES,
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if path.suffix.lower() == ".xls":
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Old .xls workbooks cannot be read; save it as .xlsx or CSV UTF-8.",
            )
        )
    text = _decode(path.read_bytes())
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
            for f in ("date_of_birth", "intake_date")
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

        conn = self.s.conn()
        cases = CaseService(self.s)
        found = []
        for row in rows:
            if row.reference:
                continue
            year = (
                row.date_of_birth.year
                if row.date_of_birth
                else (row.intake_date.year - row.age if row.age is not None else None)
            )
            matches, hidden = cases.visible(
                repo.similar_cases(conn, row.given_name, row.family_name, year, row.nationality)
            )
            if matches:
                found.append((row.line, matches[0].reference))
            elif hidden:  # another caseworker's case: not named (need-to-know)
                found.append((row.line, ""))
        return found

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
