"""Rules for reading an organisation's existing caseload from a spreadsheet.

Pure functions: header names to fields, cell text to typed values, and for every refusal
a stable code with an English template (marked for translation). Templates name the
column, never the cell value, so a refusal can be logged or printed without personal data.
"""

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from typing import TypeVar

from rrr_desktop.domain.enums import AgeGroup, ClosureReason, ExploitationSector, Sex, Stage
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.import_vocab import (
    CLOSURE_REASONS,
    COUNTRIES,
    HEADERS,
    SECTORS,
    SEXES,
    STAGES,
    fold,
)
from rrr_desktop.domain.people import age_group, age_on

T = TypeVar("T")
FIELDS = (
    "reference",
    "given_name",
    "family_name",
    "sex",
    "date_of_birth",
    "age",
    "nationality",
    "origin_country",
    "exploitation_sector",
    "exploitation_country",
    "intake_date",
    "programme",
    "stage",
    "closure_reason",
    "closure_date",
)
DATE_FIELDS = ("date_of_birth", "intake_date", "closure_date")
FIELD_LABELS: dict[str, str] = {
    "reference": QT_TRANSLATE_NOOP("import", "Earlier case number"),
    "given_name": QT_TRANSLATE_NOOP("import", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("import", "Family name"),
    "sex": QT_TRANSLATE_NOOP("import", "Sex"),
    "date_of_birth": QT_TRANSLATE_NOOP("import", "Date of birth"),
    "age": QT_TRANSLATE_NOOP("import", "Age at intake"),
    "nationality": QT_TRANSLATE_NOOP("import", "Nationality"),
    "origin_country": QT_TRANSLATE_NOOP("import", "Country of origin"),
    "exploitation_sector": QT_TRANSLATE_NOOP("import", "Sector of exploitation"),
    "exploitation_country": QT_TRANSLATE_NOOP("import", "Country of exploitation"),
    "intake_date": QT_TRANSLATE_NOOP("import", "Intake date"),
    "programme": QT_TRANSLATE_NOOP("import", "Programme"),
    "stage": QT_TRANSLATE_NOOP("import", "Stage"),
    "closure_reason": QT_TRANSLATE_NOOP("import", "Reason for closure"),
    "closure_date": QT_TRANSLATE_NOOP("import", "Closure date"),
}
IGNORE = ""  # the mapping value of a column that is not imported
IMPORT_NOTE = "imported from a spreadsheet"  # marks the stage entry an import creates
# the closure note of a case the sheet says is closed without saying why (its reason is
# then the least specific one, see services/importing.py ``_closure``)
NO_REASON_NOTE = "imported from a spreadsheet that gave no reason for closure"
MAX_AGE = 120
# The organisation's earlier case numbers ("MK-00001", "IOM/KH/0042"): kept as the case's
# earlier reference (searchable, printed where the old paper file needs it); every case
# gets a new reference of ours. Spaces become "-" (references are single words).
EARLIER_NUMBER = re.compile(r"^[A-Z0-9][A-Z0-9/._:#-]{0,39}$")

REFUSALS: dict[str, str] = {
    "given_name_missing": QT_TRANSLATE_NOOP(
        "import", "The given name in column {column} is empty."
    ),
    "intake_date_missing": QT_TRANSLATE_NOOP(
        "import", "The intake date in column {column} is empty."
    ),
    "date_invalid": QT_TRANSLATE_NOOP(
        "import", "The date in column {column} is not a date; use 2024-03-31 or 31/03/2024."
    ),
    "date_ambiguous": QT_TRANSLATE_NOOP(
        "import", "The date in column {column} could be day/month or month/day; write 2024-03-31."
    ),
    "date_two_digit_year": QT_TRANSLATE_NOOP(
        "import", "The date in column {column} has a two-digit year; write all four digits."
    ),
    "date_in_future": QT_TRANSLATE_NOOP("import", "The date in column {column} is in the future."),
    "birth_after_intake": QT_TRANSLATE_NOOP(
        "import", "The date of birth is after the intake date."
    ),
    "age_invalid": QT_TRANSLATE_NOOP(
        "import", "The age in column {column} is not a whole number of years."
    ),
    "age_out_of_range": QT_TRANSLATE_NOOP(
        "import", "The age in column {column} is not between 0 and 120."
    ),
    "age_conflicts_birth": QT_TRANSLATE_NOOP(
        "import", "The age and the date of birth disagree by more than a year."
    ),
    "sex_unknown": QT_TRANSLATE_NOOP(
        "import", "The sex in column {column} is not recognised; use M, F or X."
    ),
    "sector_unknown": QT_TRANSLATE_NOOP(
        "import", "The exploitation sector in column {column} is not recognised."
    ),
    "country_unknown": QT_TRANSLATE_NOOP(
        "import", "The country in column {column} is not a recognised country or two-letter code."
    ),
    "stage_unknown": QT_TRANSLATE_NOOP(
        "import", "The stage in column {column} is not one of the case stages."
    ),
    "closure_reason_unknown": QT_TRANSLATE_NOOP(
        "import",
        "The reason for closure in column {column} is not one of: reintegrated, declined "
        "assistance, lost contact, moved on, transferred, deceased.",
    ),
    "closure_on_open_case": QT_TRANSLATE_NOOP(
        "import", "The case is not closed, yet column {column} gives a closure reason or date."
    ),
    "closure_before_intake": QT_TRANSLATE_NOOP(
        "import", "The closure date is before the intake date."
    ),
    "reference_invalid": QT_TRANSLATE_NOOP(
        "import",
        "The earlier case number in column {column} may hold letters, digits and "
        "/ . _ : # - only, at most 40 of them.",
    ),
    "stage_past_gates": QT_TRANSLATE_NOOP(
        "import",
        "The stage in column {column} comes after the departure gates (consent, risk, "
        "checklist), which an import cannot check: only a supervisor or a data officer "
        "imports cases at that stage.",
    ),
    "reference_duplicate": QT_TRANSLATE_NOOP(
        "import", "The reference in column {column} appears on more than one row."
    ),
    "reference_exists": QT_TRANSLATE_NOOP(
        "import", "The reference in column {column} already belongs to a case in the vault."
    ),
    "text_too_long": QT_TRANSLATE_NOOP(
        "import", "The text in column {column} is longer than 200 characters."
    ),
    "text_not_one_line": QT_TRANSLATE_NOOP(
        "import",
        "The text in column {column} holds a line break or a control or direction character.",
    ),
    "value_not_stored": QT_TRANSLATE_NOOP(
        "import", "The value in column {column} cannot be stored; check it in the spreadsheet."
    ),
}
# where a case's own rules (Person, Intake) refuse a value: the import field it came from
MODEL_FIELDS = {"estimated_age": "age", "estimated_on": "age"}
ONE_LINE_FIELDS = ("given_name", "family_name")


@dataclasses.dataclass(frozen=True)
class Refusal:
    """Why one row cannot be imported: a stable code and the column concerned."""

    code: str
    column: str = ""

    @property
    def template(self) -> str:
        return REFUSALS[self.code]

    @property
    def text(self) -> str:
        return self.template.format(column=self.column)


class Refused(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_TIME_SUFFIX = re.compile(r"(?<=\d)[t ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?z?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_TEXT_DATE = re.compile(r"^(\d{1,2})[\s\-/.]+([a-z]{3})[a-z]*\.?[\s\-/.,]+(\d{2}|\d{4})$")


def date_order(values: list[str]) -> str:
    """``"dmy"``, ``"mdy"`` or ``""`` (undecided): what a column's slash dates prove.

    A first part above 12 proves day-first, a second part above 12 month-first; if the
    column proves both (or neither), each ambiguous date is refused on its own.
    """
    day_first = month_first = False
    for value in values:
        match = _DMY.match(str(value).strip())
        if match:
            day_first |= int(match[1]) > 12
            month_first |= int(match[2]) > 12
    if day_first == month_first:
        return ""
    return "dmy" if day_first else "mdy"


def _make(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise Refused("date_invalid") from None


def parse_date(value: object, today: dt.date, order: str = "") -> dt.date | None:
    """ISO or day-first dates; ``order`` is the column's proven order (see date_order)."""
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        text = str(value or "").strip().casefold()
        if not text:
            return None
        text = _TIME_SUFFIX.sub("", text)
        if match := _ISO.match(text):
            day = _make(int(match[1]), int(match[2]), int(match[3]))
        elif match := _DMY.match(text):
            first, second, year = int(match[1]), int(match[2]), match[3]
            if len(year) == 2:
                raise Refused("date_two_digit_year")
            if first <= 12 and second <= 12 and first != second and not order:
                raise Refused("date_ambiguous")
            d, m = (second, first) if order == "mdy" or second > 12 else (first, second)
            day = _make(int(year), m, d)
        elif (match := _TEXT_DATE.match(text)) and match[2] in _MONTHS:
            if len(match[3]) == 2:
                raise Refused("date_two_digit_year")
            day = _make(int(match[3]), _MONTHS[match[2]], int(match[1]))
        else:
            raise Refused("date_invalid")
    if day > today:
        raise Refused("date_in_future")
    if day.year < 1900:
        raise Refused("date_invalid")
    return day


_AGE_UNIT = re.compile(r"(?:years?|yrs?|y|ans|años|anos|tahun|tuổi|ปี)\.?$")


def parse_age(value: object) -> int | None:
    """Whole years (``30``, ``"30"``, ``"30 years"``, ``"30,0"``); refuses anything else.

    Linear in the length of the text, and a number of any size is refused, not overflowed.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise Refused("age_invalid")
    if isinstance(value, int):  # any size: an .xlsx cell of 400 digits is an int
        if not 0 <= value <= MAX_AGE:
            raise Refused("age_out_of_range")
        return value
    if isinstance(value, float):
        number = value
    else:
        text = str(value).strip().casefold()
        # the unit has a bounded length and no leading \s*: one try per position, then
        # the spaces before it are stripped once (an unanchored \s* backtracked: quadratic)
        if unit := _AGE_UNIT.search(text):
            text = text[: unit.start()].rstrip()
        try:
            number = float(text.replace(",", "."))
        except (ValueError, OverflowError):
            raise Refused("age_invalid") from None
    if number != number or not number.is_integer():
        raise Refused("age_invalid")
    if not 0 <= number <= MAX_AGE:
        raise Refused("age_out_of_range")
    return int(number)


def _lookup(table: Mapping[str, T], value: object, code: str) -> T:
    key = fold(str(value))
    if key in table:
        return table[key]
    raise Refused(code)


def parse_sex(value: object) -> Sex:
    if value is None or not str(value).strip():
        return Sex.UNKNOWN
    return _lookup(SEXES, value, "sex_unknown")


def parse_sector(value: object) -> ExploitationSector:
    if value is None or not str(value).strip():
        return ExploitationSector.OTHER
    return _lookup(SECTORS, value, "sector_unknown")


def parse_stage(value: object) -> Stage:
    if value is None or not str(value).strip():
        return Stage.INTAKE
    return _lookup(STAGES, value, "stage_unknown")


def parse_closure_reason(value: object) -> ClosureReason | None:
    if value is None or not str(value).strip():
        return None
    return _lookup(CLOSURE_REASONS, value, "closure_reason_unknown")


def parse_country(value: object) -> str:
    text = str(value or "").strip()
    if not text:
        return ""
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    return _lookup(COUNTRIES, text, "country_unknown")


def parse_text(value: object, limit: int = 200) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFC", str(value).strip())
    if len(text) > limit:
        raise Refused("text_too_long")
    return text


def age_group_at_intake(dob: dt.date | None, age: int | None, intake: dt.date) -> AgeGroup:
    """IOM RRR's groups on the intake day: infant (<1), child (1-17), adult (18+)."""
    if dob is not None:
        years = intake.year - dob.year - ((intake.month, intake.day) < (dob.month, dob.day))
        return age_group(max(years, 0))
    return age_group(age)


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Column name -> field for headers we recognise; a field is taken only once."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        field = HEADERS.get(fold(header), IGNORE)
        if field and field not in taken:
            mapping[header] = field
            taken.add(field)
        else:
            mapping[header] = IGNORE
    return mapping


@dataclasses.dataclass(frozen=True)
class ParsedRow:
    """One spreadsheet row turned into typed values, ready to become a case."""

    line: int
    reference: str
    given_name: str
    family_name: str
    sex: Sex
    date_of_birth: dt.date | None
    age: int | None
    nationality: str
    origin_country: str
    exploitation_sector: ExploitationSector
    exploitation_country: str
    intake_date: dt.date
    programme: str
    stage: Stage
    # only on a closed case (parse_row refuses them on any other): the imported case gets
    # a closure, so retention applies to it (services/importing.py, ``_closure``)
    closure_reason: ClosureReason | None = None
    closure_date: dt.date | None = None

    @property
    def age_group(self) -> AgeGroup:
        return age_group_at_intake(self.date_of_birth, self.age, self.intake_date)


_PARSERS = {
    "sex": parse_sex,
    "exploitation_sector": parse_sector,
    "stage": parse_stage,
    "closure_reason": parse_closure_reason,
    "nationality": parse_country,
    "origin_country": parse_country,
    "exploitation_country": parse_country,
    "age": parse_age,
}


def parse_row(
    line: int,
    cells: dict[str, object],
    columns: dict[str, str],
    today: dt.date,
    date_orders: dict[str, str] | None = None,
) -> tuple[ParsedRow | None, list[Refusal]]:
    """``cells``: field -> raw value; ``columns``: field -> column name (for messages).

    Every problem of the row is reported, not only the first one.
    """
    refusals: list[Refusal] = []
    values: dict[str, object] = {}
    orders = date_orders or {}
    for field in FIELDS:
        raw = cells.get(field)
        column = columns.get(field, field)
        try:
            if field in DATE_FIELDS:
                values[field] = parse_date(raw, today, orders.get(field, ""))
            elif field in _PARSERS:
                values[field] = _PARSERS[field](raw)
            else:
                values[field] = parse_text(raw)
        except Refused as refused:
            refusals.append(Refusal(refused.code, column))
            values[field] = None
    if not values["given_name"] and "given_name" not in {r.column for r in refusals}:
        refusals.append(Refusal("given_name_missing", columns.get("given_name", "given_name")))
    if values["intake_date"] is None and not any(
        r.column == columns.get("intake_date") for r in refusals
    ):
        refusals.append(Refusal("intake_date_missing", columns.get("intake_date", "intake_date")))
    reference = "-".join(str(values["reference"] or "").upper().split())
    if reference and not EARLIER_NUMBER.match(reference):
        refusals.append(Refusal("reference_invalid", columns.get("reference", "reference")))
    dob, intake, age = values["date_of_birth"], values["intake_date"], values["age"]
    if isinstance(dob, dt.date) and isinstance(intake, dt.date):
        if dob > intake:
            refusals.append(Refusal("birth_after_intake", columns.get("date_of_birth", "")))
        elif isinstance(age, int):
            years = intake.year - dob.year - ((intake.month, intake.day) < (dob.month, dob.day))
            if abs(years - age) > 1:
                refusals.append(Refusal("age_conflicts_birth", columns.get("age", "")))
    refusals += _closure_refusals(values, cells, columns)
    if refusals:
        return None, refusals
    values["reference"] = reference
    return ParsedRow(line=line, **values), []  # type: ignore[arg-type]


def _closure_refusals(
    values: dict[str, object], cells: dict[str, object], columns: dict[str, str]
) -> list[Refusal]:
    """A closure reason or date belongs to a closed case: on an open one it is refused
    (nothing mapped is dropped unsaid), as a closure before the intake is."""
    given = {f for f in ("closure_reason", "closure_date") if str(cells.get(f) or "").strip()}
    stage, closed_on, intake = values["stage"], values["closure_date"], values["intake_date"]
    if stage == Stage.CLOSED:
        if isinstance(closed_on, dt.date) and isinstance(intake, dt.date) and closed_on < intake:
            return [Refusal("closure_before_intake", columns.get("closure_date", ""))]
    elif stage is not None and given:
        field = "closure_reason" if "closure_reason" in given else "closure_date"
        return [Refusal("closure_on_open_case", columns.get(field, field))]
    return []


def intake_age_group(
    dob: dt.date | None, estimated_age: int | None, estimated_on: dt.date | None, intake: dt.date
) -> str:
    """The age group a report counts a person in: on the intake day, from the date of
    birth, or else from an age estimated on some day (carried to the intake day)."""
    if dob is None and estimated_age is not None:
        estimated_age = age_on(None, estimated_age, estimated_on, intake)
    return age_group_at_intake(dob, estimated_age, intake).value
