"""Search over reference and names: prefixes, diacritics, scripts without spaces."""

import datetime as dt

import pytest

from rrr_desktop.domain.casefile import Intake
from rrr_desktop.domain.enums import Sex, Stage
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.errors import NotFound
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session

PEOPLE = [
    ("Thị Lan", "Nguyễn", "VN"),
    ("Văn Hùng", "Trần", "VN"),
    ("สมชาย", "ศรีสุข", "TH"),
    ("សុខា", "ចាន់", "KH"),
    ("Siti", "Rahayu", "ID"),
]


@pytest.fixture
def service(session: Session) -> CaseService:
    s = CaseService(session)
    for given, family, country in PEOPLE:
        s.create(
            Person(
                given_name=given,
                family_name=family,
                nationality=country,
                sex=Sex.FEMALE,
                date_of_birth=dt.date(1995, 3, 1),
            ),
            Intake(intake_date=dt.date(2026, 10, 1), origin_country=country),
        )
    return s


def names(service: CaseService, text: str) -> set[str]:
    return {r.family_name for r in service.search(CaseQuery(text=text))}


def test_prefix_of_a_name_finds_it(service: CaseService) -> None:
    assert names(service, "Rah") == {"Rahayu"}
    assert names(service, "si ra") == {"Rahayu"}


def test_search_ignores_diacritics_and_case(service: CaseService) -> None:
    assert names(service, "nguyen") == {"Nguyễn"}
    assert names(service, "NGUYỄN") == {"Nguyễn"}
    assert names(service, "tran") == {"Trần"}


def test_thai_and_khmer_substrings_are_found(service: CaseService) -> None:
    assert names(service, "สมชาย") == {"ศรีสุข"}
    assert names(service, "ชาย") == {"ศรีสุข"}  # inside a word: trigram search
    assert names(service, "សុខា") == {"ចាន់"}
    assert names(service, "ចាន់") == {"ចាន់"}


def test_reference_search(service: CaseService) -> None:
    code = service.s.device_code
    rows = service.search(CaseQuery(text=f"TH-2026-{code}-00003"))
    assert [r.reference for r in rows] == [f"TH-2026-{code}-00003"]


def test_search_with_quotes_and_operators_is_safe(service: CaseService) -> None:
    assert service.count(CaseQuery(text='" - ')) == 5  # no words: no filter
    assert names(service, "Siti AND OR NOT *") == set()
    assert names(service, "Siti)") == {"Rahayu"}


def test_count_filters_and_sort(service: CaseService) -> None:
    assert service.count(CaseQuery()) == 5
    assert service.count(CaseQuery(origin_country="vn")) == 2
    assert service.count(CaseQuery(stage=Stage.SHELTER.value)) == 0
    refs = [r.reference for r in service.search(CaseQuery(sort="reference", descending=False))]
    assert refs == sorted(refs)
    page = service.search(CaseQuery(sort="reference", descending=False).page(2, 2))
    assert [r.reference for r in page] == refs[2:4]


def test_duplicate_candidates_match_names_in_either_order_and_birth_year(
    service: CaseService,
) -> None:
    similar, hidden = service.similar(
        Person(
            given_name="Nguyen",
            family_name="Thi Lan",
            nationality="VN",
            date_of_birth=dt.date(1996, 1, 1),
        )
    )
    assert [r.family_name for r in similar] == ["Nguyễn"]
    assert hidden == 0  # alice administers: she sees every case
    assert service.similar(
        Person(given_name="Thi Lan", family_name="Nguyen", date_of_birth=dt.date(1980, 1, 1))
    ) == ([], 0)


def test_edit_keeps_the_index_in_step(service: CaseService) -> None:
    ref = service.search(CaseQuery(text="Rahayu"))[0].reference
    service.modify(ref, lambda c: setattr(c.person, "family_name", "Wulandari"), "case.edit")
    assert names(service, "Rahayu") == set()
    assert names(service, "Wuland") == {"Wulandari"}


def test_unknown_reference_is_a_clear_error(service: CaseService) -> None:
    with pytest.raises(NotFound, match="TH-2026-09999"):
        service.get("TH-2026-09999")


def test_caseworker_sees_only_own_cases(demo_session: Session) -> None:
    from rrr_desktop.domain.enums import Role
    from rrr_desktop.errors import PermissionDenied
    from rrr_desktop.services import vault_service

    vault_service.add_user(demo_session, "malai2", "malai's passphrase", [Role.CASEWORKER])
    service = CaseService(demo_session)
    other = service.search(CaseQuery(limit=1))[0]
    directory = demo_session.directory
    demo_session.close()
    worker = vault_service.open_session(directory, "malai2", "malai's passphrase")
    try:
        mine = CaseService(worker)
        assert mine.count(CaseQuery()) == 0
        with pytest.raises(PermissionDenied):
            mine.get(other.reference)
    finally:
        worker.close()


def test_a_letter_does_not_match_every_reference(service: CaseService) -> None:
    # "Thị Lan Nguyễn" and "Trần", not every "TH-..." reference
    assert names(service, "t") == {"Trần", "Nguyễn"}
    assert service.count(CaseQuery(text="t")) == 2


def test_reference_by_prefix_or_by_number(service: CaseService) -> None:
    assert service.count(CaseQuery(text="TH-2026")) == 5
    code = service.s.device_code
    assert [r.reference for r in service.search(CaseQuery(text="00004"))] == [
        f"TH-2026-{code}-00004"
    ]
    assert [
        r.reference for r in service.search(CaseQuery(text=f"th-2026-{code.lower()}-00002"))
    ] == [f"TH-2026-{code}-00002"]
    assert service.count(CaseQuery(text="TH-2026 siti")) == 1


def test_large_and_small_result_sets_sort_the_same(demo_session: Session) -> None:
    """The ordered-scan plan (many matches) and the lookup plan agree on order and page."""
    service = CaseService(demo_session)
    letter = service.search(CaseQuery(limit=1))[0].given_name[0]
    everything = [
        r
        for r in service.search(CaseQuery(limit=1000))
        if any(
            w.startswith(letter.casefold())
            for w in f"{r.given_name} {r.family_name}".casefold().split()
        )
    ]
    import rrr_desktop.vault.cases as repo

    for threshold in (0, 10_000):
        repo._ORDERED_SCAN_ABOVE = threshold
        try:
            got = service.search(CaseQuery(text=letter, limit=1000))
        finally:
            repo._ORDERED_SCAN_ABOVE = None
        assert [r.reference for r in got] == [r.reference for r in everything]
    assert service.count(CaseQuery(text=letter)) == len(everything)


def test_search_follows_a_renamed_person_and_untouched_names_stay_found(
    service: CaseService,
) -> None:
    [row] = service.search(CaseQuery(text="siti"))
    service.modify(row.reference, lambda c: setattr(c.person, "wishes", "stay"), "e")
    assert names(service, "siti") == {row.family_name}  # index kept when names are unchanged
    service.modify(row.reference, lambda c: setattr(c.person, "given_name", "Ratna"), "e")
    assert names(service, "siti") == set()
    assert names(service, "ratna") == {row.family_name}


def test_their_reference_and_earlier_references_are_found(service: CaseService) -> None:
    [row] = service.search(CaseQuery(text="siti"))
    with service.s.write() as conn:
        case = service.get(row.reference, audit=False)
        moved = case.model_copy(
            update={
                "partner_reference": "KH-2026-AB3-00077",
                "reference_aliases": ["TH-2026-00001"],
            }
        )
        from rrr_desktop.vault.cases import save_case

        save_case(conn, moved, service.s.next_version(), "x", dt.date(2026, 12, 2))
    for text in ("KH-2026-AB3-00077", "kh-2026-ab3", "TH-2026-00001"):
        assert [r.reference for r in service.search(CaseQuery(text=text))] == [row.reference]
    assert service.get("KH-2026-AB3-00077", audit=False).id == row.id


def test_name_in_own_script_is_found_as_well_as_the_latin_one(service: CaseService) -> None:
    case = service.create(
        Person(
            given_name="Sreymom", family_name="Chea", nationality="KH", name_in_own_script="ជា ស្រីមុំ"
        ),
        Intake(intake_date=dt.date(2026, 10, 1), origin_country="KH"),
    )
    assert names(service, "Sreymom") == {"Chea"}
    assert names(service, "ស្រីមុំ") == {"Chea"}
    case.person.name_in_own_script = "ជា ស្រីពៅ"  # changed: the old spelling no longer matches
    service.save(case)
    assert names(service, "ស្រីពៅ") == {"Chea"}
    assert names(service, "ស្រីមុំ") == set()
    assert case.person.printed_name == "Sreymom Chea (ជា ស្រីពៅ)"


def test_duplicate_check_knows_romanised_spellings(service: CaseService) -> None:
    """ "Sokah Seng" and "Sokhar Seng" (23, KH) were created beside "Sokha Seng" (22, KH)
    with no warning; a bundle's or a spreadsheet's "Dara Sok" as well."""
    from rrr_desktop.domain.casefile import Intake

    sokha = service.create(
        Person(
            given_name="Sokha",
            family_name="Seng",
            nationality="KH",
            date_of_birth=dt.date(2004, 3, 1),
        ),
        Intake(intake_date=dt.date(2026, 11, 1), origin_country="KH"),
    )
    for given, year in (("Sokah", 2003), ("Sokhar", 2003), ("Sokha", 2006)):
        similar, _ = service.similar(
            Person(
                given_name=given,
                family_name="Seng",
                nationality="KH",
                date_of_birth=dt.date(year, 1, 1),
            )
        )
        assert sokha.reference in [r.reference for r in similar], given
    far, _ = service.similar(
        Person(
            given_name="Sokha",
            family_name="Seng",
            nationality="KH",
            date_of_birth=dt.date(1990, 1, 1),
        )
    )
    other, _ = service.similar(
        Person(
            given_name="Dara",
            family_name="Sok",
            nationality="KH",
            date_of_birth=dt.date(2004, 1, 1),
        )
    )
    assert sokha.reference not in [r.reference for r in far + other]
