"""The fields a report can count by, their titles, and the labels of their values.

A report never sees a case file: only ``CaseFacts``, the handful of coarse attributes
that aggregate tables are made of (no names, no dates of birth, no references).
"""

import dataclasses
import datetime as dt

from rrr_desktop.domain.enums import AgeGroup, ExploitationSector, Sex, Stage
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.import_vocab import COUNTRIES

CONTEXT = "report"  # translation context of every title and label below

FIELD_TITLES: dict[str, str] = {
    "sex": QT_TRANSLATE_NOOP("report", "Sex"),
    "age_group": QT_TRANSLATE_NOOP("report", "Age group at intake"),
    "sector": QT_TRANSLATE_NOOP("report", "Sector of exploitation"),
    "origin_country": QT_TRANSLATE_NOOP("report", "Country of origin"),
    "nationality": QT_TRANSLATE_NOOP("report", "Nationality"),
    "stage": QT_TRANSLATE_NOOP("report", "Stage"),
    "programme": QT_TRANSLATE_NOOP("report", "Programme"),
    "caseworker": QT_TRANSLATE_NOOP("report", "Caseworker"),
}
REPORT_FIELDS = tuple(FIELD_TITLES)
DONOR_SET = ("sex", "age_group", "sector", "origin_country")  # IOM RRR's tables

NOT_RECORDED = QT_TRANSLATE_NOOP("report", "Not recorded")
VALUE_LABELS: dict[str, dict[str, str]] = {
    "sex": {
        Sex.FEMALE: QT_TRANSLATE_NOOP("report", "Female"),
        Sex.MALE: QT_TRANSLATE_NOOP("report", "Male"),
        Sex.OTHER: QT_TRANSLATE_NOOP("report", "Other"),
        Sex.UNKNOWN: QT_TRANSLATE_NOOP("report", "Unknown"),
    },
    "age_group": {
        AgeGroup.INFANT: QT_TRANSLATE_NOOP("report", "Infant (under 1)"),
        AgeGroup.CHILD: QT_TRANSLATE_NOOP("report", "Child (1-17)"),
        AgeGroup.ADULT: QT_TRANSLATE_NOOP("report", "Adult (18+)"),
        AgeGroup.UNKNOWN: QT_TRANSLATE_NOOP("report", "Unknown"),
    },
    "sector": {
        ExploitationSector.DOMESTIC_WORK: QT_TRANSLATE_NOOP("report", "Domestic work"),
        ExploitationSector.SEX_WORK: QT_TRANSLATE_NOOP("report", "Sexual exploitation"),
        ExploitationSector.PLANTATION: QT_TRANSLATE_NOOP("report", "Plantation, agriculture"),
        ExploitationSector.CONSTRUCTION: QT_TRANSLATE_NOOP("report", "Construction"),
        ExploitationSector.BEGGING: QT_TRANSLATE_NOOP("report", "Forced begging"),
        ExploitationSector.RESTAURANT: QT_TRANSLATE_NOOP("report", "Restaurant"),
        ExploitationSector.FISHING: QT_TRANSLATE_NOOP("report", "Fishing"),
        ExploitationSector.FACTORY: QT_TRANSLATE_NOOP("report", "Factory"),
        ExploitationSector.OTHER: QT_TRANSLATE_NOOP("report", "Other"),
    },
    "stage": {
        Stage.INTAKE: QT_TRANSLATE_NOOP("report", "Intake"),
        Stage.SHELTER: QT_TRANSLATE_NOOP("report", "Shelter"),
        Stage.RETURN_PREPARATION: QT_TRANSLATE_NOOP("report", "Return preparation"),
        Stage.TRAVEL: QT_TRANSLATE_NOOP("report", "Travel"),
        Stage.REINTEGRATION: QT_TRANSLATE_NOOP("report", "Reintegration"),
        Stage.FOLLOW_UP: QT_TRANSLATE_NOOP("report", "Follow-up"),
        Stage.TESTIMONY: QT_TRANSLATE_NOOP("report", "Testimony"),
        Stage.CLOSED: QT_TRANSLATE_NOOP("report", "Closed"),
    },
}


@dataclasses.dataclass(frozen=True)
class CaseFacts:
    """What a statistical table may know about one case."""

    sex: str
    age_group: str
    sector: str
    origin_country: str
    nationality: str
    stage: str
    programme: str
    caseworker: str
    intake_date: dt.date


def value_of(facts: CaseFacts, field: str) -> str:
    return str(getattr(facts, field))


def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for word, code in COUNTRIES.items():
        if word.isascii() and len(word) > 3:
            names.setdefault(code, word.title())
    return names


COUNTRY_NAMES = _country_names()  # "KH" -> "Cambodia": the first English name we know


def value_label(field: str, value: str) -> str:
    """English label of a value (translate it in context ``report``); codes stay as is."""
    if value == "":
        return NOT_RECORDED
    if field in ("origin_country", "nationality") and value in COUNTRY_NAMES:
        return f"{COUNTRY_NAMES[value]} ({value})"
    return VALUE_LABELS.get(field, {}).get(value, value)


def value_order(field: str, values: set[str], counts: dict[str, int]) -> list[str]:
    """Closed vocabularies in their natural order; open ones by count, then name."""
    if field in VALUE_LABELS:
        known = [str(v) for v in VALUE_LABELS[field] if str(v) in values]
        return known + sorted(values - set(known))
    return sorted(values, key=lambda v: (v == "", -counts.get(v, 0), v))


def check_field(field: str) -> str:
    if field not in FIELD_TITLES:
        raise ValueError(field)
    return field
