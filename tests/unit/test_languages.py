"""Language names and codes from CLDR: what a caseworker types becomes a code, or is
refused by name; the case file keeps only codes shaped like language codes."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.domain.languages import (
    find_language,
    language_codes,
    language_names,
    parse_languages,
)
from rrr_desktop.domain.people import Person

UI_LANGUAGES = ["en", "km", "th", "lo", "my", "vi", "id", "zh", "fr", "es", "ar"]


@pytest.mark.parametrize("ui", UI_LANGUAGES)
def test_every_name_shown_in_the_picker_finds_its_code(ui: str) -> None:
    names = language_names(ui)
    for code in ("km", "th", "lo", "my", "vi", "id", "zh", "en", "fr", "ar"):
        assert find_language(names[code], ui) == code
        assert find_language(f"{names[code]} ({code})", ui) == code
        assert find_language(code.upper(), ui) == code


@given(
    st.sampled_from(UI_LANGUAGES),
    st.lists(st.sampled_from(sorted(language_codes())), max_size=5),
    st.booleans(),
)
def test_names_typed_in_any_order_come_back_as_their_codes(
    ui: str, codes: list[str], as_shown: bool
) -> None:
    """Typed by name, or picked as the list shows it ("Name (code)"), in any interface
    language: the same codes in the same order (two languages of one name: the first)."""
    names = language_names(ui)
    typed = ", ".join(f"{names[c]} ({c})" if as_shown else names[c] for c in codes)
    found, unknown = parse_languages(typed, ui)
    assert unknown == []
    if as_shown:
        assert found == list(dict.fromkeys(codes))
    else:
        assert [names[c] for c in found] == list(dict.fromkeys(names[c] for c in codes))


def test_a_word_that_names_no_language_is_returned_not_guessed() -> None:
    assert parse_languages("Khmer, Khmre, anglais", "fr") == (["km", "en"], ["Khmre"])
    assert find_language("Cambodia", "en") is None


@pytest.mark.parametrize("bad", ["Khmer language", "k", "12", "km_KH_x!"])
def test_the_case_file_refuses_what_is_not_shaped_like_a_code(bad: str) -> None:
    with pytest.raises(ValueError, match="not a language code"):
        Person(given_name="A", languages=[bad])


def test_the_case_file_keeps_codes_in_lower_case_and_once() -> None:
    assert Person(given_name="A", languages=["KM", "km", "en_GB"]).languages == ["km", "en-gb"]


@pytest.mark.parametrize("separator", [",", "，", "、", "،", ";", "၊"])
def test_a_list_is_read_with_the_separator_of_any_script(separator: str) -> None:
    names = language_names("zh")
    typed = f"{names['km']}{separator}{names['en']}"
    assert parse_languages(typed, "zh") == (["km", "en"], [])


@pytest.mark.parametrize("ui", UI_LANGUAGES)
def test_every_entry_of_the_list_gives_back_its_own_code(ui: str) -> None:
    """Exhaustive over CLDR: each "Name (code)" the picker offers is that code, even where
    one language's name is another's code (French calls Ga "ga", the code of Irish)."""
    names = language_names(ui)
    wrong = [c for c in names if find_language(f"{names[c]} ({c})", ui) != c]
    assert wrong == []
