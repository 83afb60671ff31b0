"""The fields a report can count by, their titles, and the labels of their values.

A report never sees a case file: only ``CaseFacts``, the handful of coarse attributes
that aggregate tables are made of (no names, no dates of birth, no references).
"""

import dataclasses
import datetime as dt

from rrr_desktop.domain.enums import AgeGroup, ExploitationSector, Sex, Stage
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP as N_
from rrr_desktop.domain.import_vocab import COUNTRIES

CONTEXT = "report"  # translation context of every title and label below

FIELD_TITLES: dict[str, str] = {
    "sex": N_("report", "Sex"),
    "age_group": N_("report", "Age group at intake"),
    "sector": N_("report", "Sector of exploitation"),
    "origin_country": N_("report", "Country of origin"),
    "nationality": N_("report", "Nationality"),
    "stage": N_("report", "Stage"),
    "programme": N_("report", "Programme"),
    "caseworker": N_("report", "Caseworker"),
}
REPORT_FIELDS = tuple(FIELD_TITLES)
DONOR_SET = ("sex", "age_group", "sector", "origin_country")  # seed 000's tables

NOT_RECORDED = N_("report", "Not recorded")
VALUE_LABELS: dict[str, dict[str, str]] = {
    "sex": {
        Sex.FEMALE: N_("report", "Female"), Sex.MALE: N_("report", "Male"),
        Sex.OTHER: N_("report", "Other"), Sex.UNKNOWN: N_("report", "Unknown"),
    },
    "age_group": {
        AgeGroup.INFANT: N_("report", "Infant (under 1)"),
        AgeGroup.CHILD: N_("report", "Child (1-17)"),
        AgeGroup.ADULT: N_("report", "Adult (18+)"),
        AgeGroup.UNKNOWN: N_("report", "Unknown"),
    },
    "sector": {
        ExploitationSector.DOMESTIC_WORK: N_("report", "Domestic work"),
        ExploitationSector.SEX_WORK: N_("report", "Sex work"),
        ExploitationSector.PLANTATION: N_("report", "Plantation, agriculture"),
        ExploitationSector.CONSTRUCTION: N_("report", "Construction"),
        ExploitationSector.BEGGING: N_("report", "Begging"),
        ExploitationSector.RESTAURANT: N_("report", "Restaurant"),
        ExploitationSector.FISHING: N_("report", "Fishing"),
        ExploitationSector.FACTORY: N_("report", "Factory"),
        ExploitationSector.OTHER: N_("report", "Other"),
    },
    "stage": {
        Stage.INTAKE: N_("report", "Intake"),
        Stage.SHELTER: N_("report", "Shelter"),
        Stage.RETURN_PREPARATION: N_("report", "Return preparation"),
        Stage.TRAVEL: N_("report", "Travel"),
        Stage.REINTEGRATION: N_("report", "Reintegration"),
        Stage.FOLLOW_UP: N_("report", "Follow-up"),
        Stage.TESTIMONY: N_("report", "Testimony"),
        Stage.CLOSED: N_("report", "Closed"),
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
