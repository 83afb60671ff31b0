"""Same person or not: romanised spellings, lost marks and swapped names still match."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from rrr_desktop.domain.matching import (
    SAME_PERSON_SCORE,
    folded,
    may_be_same_person,
    name_score,
    sorted_key,
    spelling_key,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sokha Seng", "Sokah Seng"),
        ("Sokha Seng", "Sokhar Seng"),
        ("Sokha Seng", "Seng Sokha"),
        ("Nguyen Thi Lan", "Nguyễn Thị Lan"),
        ("Tran Thi Mai", "TRẦN THỊ MAI"),
        ("Somchai Phongsavath", "Somchay Phongsavat"),
        ("Dara Sok", "Darra Sok"),
        ("Đặng Văn Hùng", "Dang Van Hung"),
    ],
)
def test_spellings_of_one_name_match(a: str, b: str) -> None:
    assert name_score(a, b) >= SAME_PERSON_SCORE


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sokha Seng", "Dara Sok"),
        ("Aung Aung", "Aung Kyaw"),
        ("Chan Sopheap", "Chan Sophal"),
        ("Siti Rahayu", "Dewi Lestari"),
    ],
)
def test_different_people_do_not(a: str, b: str) -> None:
    assert name_score(a, b) < SAME_PERSON_SCORE


NAMES = st.lists(
    st.sampled_from(
        [
            "sokha",
            "seng",
            "nguyễn",
            "thị",
            "lan",
            "dara",
            "sok",
            "phongsavath",
            "aung",
            "kyaw",
            "mai",
        ]
    ),
    min_size=1,
    max_size=3,
)


@given(a=NAMES, b=NAMES)
def test_score_is_symmetric_and_ignores_case_marks_and_order(a: list[str], b: list[str]) -> None:
    first, second = " ".join(a), " ".join(b)
    assert name_score(first, second) == name_score(second, first)
    assert name_score(first, second) == name_score(first.upper(), " ".join(reversed(b)))
    assert name_score(first, first) == 100
    assert folded(first) == folded(first.upper())


def test_keys_even_out_the_region_s_spellings() -> None:
    assert spelling_key("Sokhar") == spelling_key("Sokah") == spelling_key("Sokha")
    assert spelling_key("Nguyễn") == spelling_key("nguyen")


def test_birth_year_and_nationality_bound_a_match() -> None:
    assert may_be_same_person("Sokha Seng", 2003, "KH", "Sokhar Seng", 2001, "KH")
    assert may_be_same_person("Sokha Seng", 2003, "", "Sokhar Seng", None, "KH")
    assert not may_be_same_person("Sokha Seng", 2003, "KH", "Sokhar Seng", 2000, "KH")
    assert not may_be_same_person("Sokha Seng", 2003, "KH", "Sokhar Seng", 2003, "TH")


KEYS = st.lists(st.sampled_from(["sokha", "seng", "dara", "sok", "lan", "a", "thi"]), max_size=5)


@given(KEYS, KEYS)
def test_a_sorted_key_scores_as_the_words_in_any_order(a: list[str], b: list[str]) -> None:
    """The name index compares sorted keys with a plain ratio: the same score."""
    key_a, key_b = " ".join(a), " ".join(b)
    assert fuzz.ratio(sorted_key(key_a), sorted_key(key_b)) == fuzz.token_sort_ratio(key_a, key_b)
