"""Country names and codes: a typed name gives its own country's code, or nothing."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.domain.countries import country_codes, country_names, find_country
from rrr_desktop.i18n import LANGUAGES

CODES = sorted(country_codes())


def test_every_country_of_the_region_is_known() -> None:
    assert {"KH", "TH", "LA", "MM", "VN", "ID", "CN", "MY", "PH", "AE", "SA"} <= set(CODES)
    assert not {"EU", "UN", "ZZ", "XA"} & set(CODES)  # regions and pseudo-codes are not


@pytest.mark.parametrize("typed", ["Cambodia", "cambodia", " CAMBODIA ", "kh", "KH"])
def test_cambodia_is_never_canada(typed: str) -> None:
    assert find_country(typed, "en") == "KH"


@pytest.mark.parametrize(
    ("typed", "language"),
    [
        ("កម្ពុជា", "km"),
        ("กัมพูชา", "th"),
        ("Cambodge", "fr"),
        ("Camboya", "es"),
        ("柬埔寨", "zh"),
        ("كمبوديا", "ar"),
        ("Campuchia", "vi"),
        ("Kamboja", "id"),
    ],
)
def test_a_name_in_the_interface_language(typed: str, language: str) -> None:
    assert find_country(typed, language) == "KH"
    assert find_country("Cambodia", language) == "KH"  # English is understood as well


@pytest.mark.parametrize("typed", ["Cambodge", "Camb", "Kampuchea Republic", "C", "12"])
def test_anything_else_is_no_country_rather_than_a_guess(typed: str) -> None:
    assert find_country(typed, "en") is None


@given(code=st.sampled_from(CODES), language=st.sampled_from(sorted(LANGUAGES)))
def test_every_name_leads_back_to_its_code(code: str, language: str) -> None:
    name = country_names(language)[code]
    found = find_country(name, language)
    twins = [c for c, n in country_names(language).items() if n.casefold() == name.casefold()]
    assert found == code or (found in twins and len(twins) > 1)
