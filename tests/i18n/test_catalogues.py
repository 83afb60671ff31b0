"""The interface catalogues are complete, compiled and consistent with the glossary."""

import csv
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rrr_desktop import i18n, resources

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resources.translations_dir()
sys.path.insert(0, str(TRANSLATIONS))
import ts_tool  # noqa: E402 - the maintainers' tool, not part of the app

LANGS = sorted(set(i18n.LANGUAGES) - {"en"})
Key = tuple[str, str, str]


def _keys(path: Path) -> dict[Key, ET.Element]:
    found = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    """What the code marks for translation today, collected as `make translations` does."""
    out = tmp_path_factory.mktemp("lupdate") / "probe.ts"
    sources = sorted(str(p) for p in (ROOT / "rrr_desktop").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(out)], check=True, capture_output=True
    )
    return set(_keys(out))


def test_every_interface_language_has_a_catalogue() -> None:
    assert {p.stem.removeprefix("rrr_") for p in TRANSLATIONS.glob("rrr_*.ts")} == set(LANGS)
    assert {"zh", "fr", "es", "km", "th", "lo", "my", "vi", "id", "ar"} <= set(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_holds_every_marked_string(lang: str, marked: set[Key]) -> None:
    have = set(_keys(TRANSLATIONS / f"rrr_{lang}.ts"))
    missing = sorted(marked - have)
    assert not missing, f"{len(missing)} strings missing; run `make translations`: {missing[:5]}"


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_is_finished_and_keeps_its_placeholders(lang: str) -> None:
    unfinished, broken = [], []
    for (_ctx, source, _c), message in _keys(TRANSLATIONS / f"rrr_{lang}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            unfinished.append(source)
            continue
        forms = translation.findall("numerusform")
        text = [f.text or "" for f in forms] if forms else (translation.text or "")
        problems = ts_tool.problems_of(source, text)
        if problems:
            broken.append((source, problems))
    assert not unfinished, f"{len(unfinished)} unfinished in {lang}, e.g. {unfinished[:3]}"
    assert not broken, f"{len(broken)} with broken placeholders in {lang}: {broken[:3]}"


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_catalogue_is_newer_than_its_source(lang: str) -> None:
    source = TRANSLATIONS / f"rrr_{lang}.ts"
    compiled = TRANSLATIONS / f"rrr_{lang}.qm"
    assert compiled.exists(), f"{compiled.name} is missing: `make` builds it"
    assert compiled.stat().st_mtime >= source.stat().st_mtime, f"{compiled.name} is stale"


def test_placeholder_check_refuses_what_would_break_a_screen() -> None:
    assert ts_tool.problems_of("Open {reference}", "Ouvrir {référence}")
    assert ts_tool.problems_of("Page %1 of %2", "Page %1")
    assert ts_tool.problems_of("&Save", "Enregistrer")
    assert ts_tool.problems_of("Save", "  ")
    assert not ts_tool.problems_of("Open {reference}", "Ouvrir {reference}")
    assert not ts_tool.problems_of("%n case(s)", ["%n dossier", "%n dossiers"])


def _glossary() -> list[dict[str, str]]:
    with (TRANSLATIONS / "glossary.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_glossary_has_every_term_in_every_language() -> None:
    rows = _glossary()
    assert len(rows) >= 40
    for row in rows:
        for lang in LANGS:
            assert row.get(lang, "").strip(), f"{row['key']} has no {lang} term"


@pytest.mark.parametrize("lang", LANGS)
def test_strict_glossary_terms_are_used_wherever_their_word_is(lang: str) -> None:
    misses = ts_tool.glossary_misses(lang)
    assert not misses, f"{len(misses)} in {lang}, e.g. {misses[:2]}"


def test_term_check_sees_a_wrong_word() -> None:
    assert ts_tool.uses_term("phrase secrète", "Saisissez la phrase secrète", "fr")
    assert ts_tool.uses_term("phrase secrète", "Les phrases secrètes diffèrent", "fr")
    assert not ts_tool.uses_term("phrase secrète", "Saisissez le mot de passe", "fr")
    assert ts_tool.uses_term("الخزنة", "افتح خزنة جديدة", "ar")
    assert not ts_tool.uses_term("ឃ្លាសម្ងាត់", "ពាក្យសម្ងាត់", "km")
