"""The printed-text catalogues: every language covers the stable checklist keys, English
matches the domain's source texts, drafts are marked for review, gaps fall back visibly."""

import json
import re

import pytest

from rrr_desktop.domain.checklist import ALL_ITEMS
from rrr_desktop.printing import texts
from rrr_desktop.printing.texts import Catalogue, available_languages, load_catalogue

REQUIRED = {"en", "km", "th"}
REVIEW = "machine-drafted, needs review by a native speaker"


def test_required_languages_and_more_exist() -> None:
    assert set(available_languages()) >= REQUIRED
    assert {"lo", "my", "vi", "id", "zh", "fr", "es", "ar"} <= set(available_languages())


def test_english_items_are_the_domain_source_texts() -> None:
    english = load_catalogue("en")
    assert dict(english.items) == ALL_ITEMS


@pytest.mark.parametrize("language", sorted(set(available_languages()) - {"en"}))
def test_each_catalogue_is_complete_and_marked_for_review(language: str) -> None:
    data = json.loads((texts.TEXTS_DIR / f"{language}.json").read_text(encoding="utf-8"))
    english = load_catalogue("en")
    assert data["status"] == REVIEW
    assert set(data["items"]) == set(ALL_ITEMS)
    assert set(data["labels"]) == set(english.labels)
    for key, text in data["labels"].items():
        assert text.strip()
        placeholders = set(re.findall(r"{\w+}", text))
        assert placeholders == set(re.findall(r"{\w+}", english.labels[key])), key
    catalogue = load_catalogue(language)
    assert all(not catalogue.item(k).fallback for k in ALL_ITEMS)
    assert catalogue.item("told_no_alcohol").text != english.item("told_no_alcohol").text


def test_arabic_is_right_to_left_and_others_not() -> None:
    assert load_catalogue("ar").rtl
    assert not load_catalogue("km").rtl
    assert load_catalogue("km-KH").language == "km"


def test_missing_string_falls_back_to_english_and_is_flagged() -> None:
    english = load_catalogue("en")
    partial = Catalogue("xx", "xx", "xx", "ltr", REVIEW, {}, {"yes": "oui"}, english)
    assert partial.label("yes").text == "oui"
    assert not partial.label("yes").fallback
    missing = partial.item("told_no_alcohol")
    assert missing.fallback
    assert missing.language == "en"
    assert missing.text == ALL_ITEMS["told_no_alcohol"]


def test_unknown_language_is_all_english_fallback() -> None:
    catalogue = load_catalogue("zz")
    assert catalogue.item("documents_in_hand").fallback
    assert catalogue.label("page", page="1", pages="2").text.startswith("Page")
