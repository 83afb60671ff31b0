"""The pure rules of the import: every refusal reason, vocabularies, dates, age groups."""

import datetime as dt
from pathlib import Path

import pytest

from rrr_desktop.domain import import_rules as rules
from rrr_desktop.domain.enums import AgeGroup, ClosureReason, ExploitationSector, Sex, Stage

TODAY = dt.date(2026, 11, 23)
COLUMNS = {f: f"col_{f}" for f in rules.FIELDS}


def parse(**cells: object) -> tuple[rules.ParsedRow | None, list[str]]:
    base: dict[str, object] = {"given_name": "Test", "intake_date": "2026-01-10"}
    row, refusals = rules.parse_row(7, base | cells, COLUMNS, TODAY)
    return row, [r.code for r in refusals]


@pytest.mark.parametrize(
    ("cells", "code"),
    [
        ({"given_name": "  "}, "given_name_missing"),
        ({"intake_date": ""}, "intake_date_missing"),
        ({"intake_date": "31.02.2026"}, "date_invalid"),
        ({"intake_date": "soon"}, "date_invalid"),
        ({"intake_date": "03/04/2026"}, "date_ambiguous"),
        ({"intake_date": "13/4/26"}, "date_two_digit_year"),
        ({"intake_date": "2027-01-01"}, "date_in_future"),
        ({"date_of_birth": "2026-02-01"}, "birth_after_intake"),
        ({"age": "twelve"}, "age_invalid"),
        ({"age": "12.5"}, "age_invalid"),
        ({"age": "130"}, "age_out_of_range"),
        ({"age": "30", "date_of_birth": "2006-01-01"}, "age_conflicts_birth"),
        ({"sex": "maybe"}, "sex_unknown"),
        ({"exploitation_sector": "astronaut"}, "sector_unknown"),
        ({"origin_country": "Atlantis"}, "country_unknown"),
        ({"stage": "flying"}, "stage_unknown"),
        ({"reference": "KH 2026 42 ; DROP"}, "reference_invalid"),
        ({"reference": "X" * 41}, "reference_invalid"),
        ({"programme": "p" * 201}, "text_too_long"),
        ({"stage": "closed", "closure_reason": "bored"}, "closure_reason_unknown"),
        (
            {"stage": "closed", "closure_reason": "died", "closure_date": "2025-12-31"},
            "closure_before_intake",
        ),
        ({"stage": "shelter", "closure_reason": "deceased"}, "closure_on_open_case"),
        ({"closure_date": "2026-02-01"}, "closure_on_open_case"),
    ],
)
def test_every_row_refusal_has_its_code_and_a_clear_sentence(
    cells: dict[str, object], code: str
) -> None:
    row, codes = parse(**cells)
    assert row is None
    assert codes == [code]
    refusal = rules.Refusal(code, "My column")
    assert (
        refusal.text.endswith(".")
        and "My column" in refusal.text
        or code
        in (
            "birth_after_intake",
            "age_conflicts_birth",
            "closure_before_intake",
        )
    )


def test_every_refusal_code_has_a_template_and_no_value_placeholder() -> None:
    for code, template in rules.REFUSALS.items():
        assert template.format(column="C")  # only {column} may appear
        assert "{value" not in template, code


def test_a_closed_row_keeps_its_reason_and_closure_date() -> None:
    row, codes = parse(
        stage="Ditutup", closure_reason="Lost to follow-up", closure_date="13/2/2026"
    )
    assert codes == []
    assert row is not None
    assert row.stage == Stage.CLOSED
    assert row.closure_reason == ClosureReason.LOST_CONTACT
    assert row.closure_date == dt.date(2026, 2, 13)
    row, codes = parse(stage="closed", closure_reason="transferred")
    assert codes == []
    assert row is not None
    assert row.closure_date is None
    row, codes = parse(stage="Cerrado", closure_reason=" ")  # no reason given: imported
    assert codes == []
    assert row is not None
    assert row.closure_reason is None
    mapping = rules.guess_mapping(["Name", "Intake", "Status", "Reason for closure", "Date closed"])
    assert list(mapping.values())[2:] == ["stage", "closure_reason", "closure_date"]


def test_all_problems_of_a_row_are_reported_at_once() -> None:
    _, codes = parse(sex="?!", age="x", stage="nope")
    assert sorted(codes) == ["age_invalid", "sex_unknown", "stage_unknown"]


@pytest.mark.parametrize(
    ("word", "sex"),
    [
        ("M", Sex.MALE),
        ("f", Sex.FEMALE),
        ("X", Sex.OTHER),
        ("", Sex.UNKNOWN),
        ("Female", Sex.FEMALE),
        ("homme", Sex.MALE),
        ("Féminin", Sex.FEMALE),
        ("mujer", Sex.FEMALE),
        ("Hombre", Sex.MALE),
        ("Perempuan", Sex.FEMALE),
        ("Laki-laki", Sex.MALE),
        ("lelaki", Sex.MALE),
        ("หญิง", Sex.FEMALE),
        ("ชาย", Sex.MALE),
        ("ស្រី", Sex.FEMALE),
        ("ប្រុស", Sex.MALE),
        ("Nữ", Sex.FEMALE),
        ("Nam", Sex.MALE),
        ("ຍິງ", Sex.FEMALE),
        ("ຊາຍ", Sex.MALE),
        ("မ", Sex.FEMALE),
        ("ကျား", Sex.MALE),
        ("non-binary", Sex.OTHER),
    ],
)
def test_sex_words_in_the_regions_languages(word: str, sex: Sex) -> None:
    assert rules.parse_sex(word) == sex


@pytest.mark.parametrize(
    ("word", "sector"),
    [
        ("Domestic work", ExploitationSector.DOMESTIC_WORK),
        ("maid", ExploitationSector.DOMESTIC_WORK),
        ("Sexual exploitation", ExploitationSector.SEX_WORK),
        ("sex_work", ExploitationSector.SEX_WORK),
        ("Palm oil", ExploitationSector.PLANTATION),
        ("Agriculture", ExploitationSector.PLANTATION),
        ("construction", ExploitationSector.CONSTRUCTION),
        ("Forced begging", ExploitationSector.BEGGING),
        ("Restaurant", ExploitationSector.RESTAURANT),
        ("fishing boat", ExploitationSector.FISHING),
        ("Garment factory", ExploitationSector.FACTORY),
        ("other", ExploitationSector.OTHER),
        ("", ExploitationSector.OTHER),
        ("Perikanan", ExploitationSector.FISHING),
    ],
)
def test_sector_synonyms(word: str, sector: ExploitationSector) -> None:
    assert rules.parse_sector(word) == sector


def test_stage_and_country_words() -> None:
    assert rules.parse_stage("Follow-up") == Stage.FOLLOW_UP
    assert rules.parse_stage("Returned") == Stage.TRAVEL
    assert rules.parse_stage("") == Stage.INTAKE
    assert rules.parse_country("Viet Nam") == "VN"
    assert rules.parse_country("burma") == "MM"
    assert rules.parse_country("kh") == "KH"
    assert rules.parse_country("") == ""


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-03-31", dt.date(2024, 3, 31)),
        ("2024/3/5", dt.date(2024, 3, 5)),
        ("31/03/2024", dt.date(2024, 3, 31)),
        ("31.03.2024", dt.date(2024, 3, 31)),
        ("31-03-2024", dt.date(2024, 3, 31)),
        ("5 Mar 2024", dt.date(2024, 3, 5)),
        ("05-march-2024", dt.date(2024, 3, 5)),
        ("2024-03-31 00:00:00", dt.date(2024, 3, 31)),
        ("2024-03-31T10:15:00", dt.date(2024, 3, 31)),
        ("04/04/2024", dt.date(2024, 4, 4)),
        (dt.datetime(2024, 3, 31, 0, 0), dt.date(2024, 3, 31)),
    ],
)
def test_dates_iso_and_day_first(text: object, day: dt.date) -> None:
    assert rules.parse_date(text, TODAY) == day


def test_ambiguous_dates_follow_what_the_column_proves() -> None:
    assert rules.date_order(["03/04/2024", "25/12/2023"]) == "dmy"
    assert rules.date_order(["03/04/2024", "12/25/2023"]) == "mdy"
    assert rules.date_order(["03/04/2024", "13/01/2024", "01/13/2024"]) == ""
    assert rules.parse_date("03/04/2024", TODAY, "dmy") == dt.date(2024, 4, 3)
    assert rules.parse_date("03/04/2024", TODAY, "mdy") == dt.date(2024, 3, 4)
    with pytest.raises(rules.Refused, match="date_ambiguous"):
        rules.parse_date("03/04/2024", TODAY)


@pytest.mark.parametrize(
    ("dob", "age", "group"),
    [
        (dt.date(2025, 6, 1), None, AgeGroup.INFANT),
        (dt.date(2025, 1, 10), None, AgeGroup.CHILD),
        (dt.date(2008, 1, 11), None, AgeGroup.CHILD),
        (dt.date(2008, 1, 10), None, AgeGroup.ADULT),
        (None, 0, AgeGroup.INFANT),
        (None, 17, AgeGroup.CHILD),
        (None, 18, AgeGroup.ADULT),
        (None, None, AgeGroup.UNKNOWN),
    ],
)
def test_age_group_at_intake(dob: dt.date | None, age: int | None, group: AgeGroup) -> None:
    assert rules.age_group_at_intake(dob, age, dt.date(2026, 1, 10)) == group


def test_parsed_row_has_typed_values() -> None:
    row, codes = parse(
        sex="Perempuan",
        age="17 years",
        origin_country="Cambodia",
        exploitation_sector="Fishing",
        stage="shelter",
        reference="kh-2025-00001",
    )
    assert codes == []
    assert row is not None
    assert (row.sex, row.age, row.origin_country) == (Sex.FEMALE, 17, "KH")
    assert row.reference == "KH-2025-00001"
    assert row.age_group == AgeGroup.CHILD


def test_header_guessing_takes_each_field_once() -> None:
    mapping = rules.guess_mapping(
        [
            "Ref",
            "First name",
            "Gender",
            "DOB",
            "Name",
            "Fecha de ingreso",
            "exploitation_sector",
            "Whatever",
        ]
    )
    assert mapping == {
        "Ref": "reference",
        "First name": "given_name",
        "Gender": "sex",
        "DOB": "date_of_birth",
        "Name": "",
        "Fecha de ingreso": "intake_date",
        "exploitation_sector": "exploitation_sector",
        "Whatever": "",
    }
    assert rules.guess_mapping(list(rules.FIELDS)) == {f: f for f in rules.FIELDS}


def test_every_refusal_code_is_exercised_by_a_test() -> None:
    """The row rules are tested above; the two reference checks need the vault and are
    tested in test_service.py, the case's own rules in test_preview_runs_case_rules.py."""
    here = Path(__file__).read_text(encoding="utf-8")
    service = "".join(
        (Path(__file__).parent / name).read_text(encoding="utf-8")
        for name in ("test_service.py", "test_preview_runs_case_rules.py")
    )
    for code in rules.REFUSALS:
        assert f'"{code}"' in here or f'"{code}"' in service.replace("'", '"'), code
