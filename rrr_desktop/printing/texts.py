"""The per-language texts of printed documents (``resources/print_texts/<lang>.json``).

Printed pages are read by the assisted person, so their texts live in reviewed
catalogues keyed by the stable keys of ``domain/checklist.py`` rather than in the Qt
interface translations. A missing string falls back to English and is flagged, so the
page can say visibly that part of it is in English.
"""

import dataclasses
import functools
import json
from collections.abc import Mapping

from rrr_desktop import resources
from rrr_desktop.printing.fonts import font_stack

TEXTS_DIR = resources.resources_dir() / "print_texts"
SOURCE_LANGUAGE = "en"
FSI, PDI = "\u2068", "\u2069"  # Unicode first-strong isolate and its end


@dataclasses.dataclass(frozen=True)
class Phrase:
    """A piece of printed text with the language it is actually written in."""

    text: str
    language: str
    fallback: bool = False  # True when English stands in for a missing translation


@dataclasses.dataclass(frozen=True)
class Catalogue:
    language: str
    name: str  # the language's own name, e.g. ភាសាខ្មែរ
    english_name: str
    direction: str  # "ltr" or "rtl"
    status: str
    items: Mapping[str, str]
    labels: Mapping[str, str]
    source: "Catalogue | None" = None  # English, for fallbacks

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def fonts(self) -> str:
        return font_stack(self.language)

    def _pick(self, table: str, key: str) -> Phrase:
        text = getattr(self, table).get(key, "").strip()
        if text:
            return Phrase(text, self.language)
        if self.source is None:
            raise KeyError(f"no English text for {table}.{key}")
        return Phrase(self.source._pick(table, key).text, SOURCE_LANGUAGE, fallback=True)

    def item(self, key: str) -> Phrase:
        return self._pick("items", key)

    def label(self, key: str, **params: str) -> Phrase:
        """A label with ``{placeholders}`` filled; each value is a bidi isolate, so a
        date or a Latin name keeps its own order inside an Arabic sentence."""
        phrase = self._pick("labels", key)
        isolated = {k: f"{FSI}{v}{PDI}" for k, v in params.items()}
        return dataclasses.replace(phrase, text=phrase.text.format(**isolated))


def available_languages() -> list[str]:
    return sorted(p.stem for p in TEXTS_DIR.glob("*.json"))


def _read(language: str) -> dict[str, object]:
    path = TEXTS_DIR / f"{language}.json"
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _mapping(data: dict[str, object], key: str) -> dict[str, str]:
    value = data.get(key, {})
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def base_language(code: str) -> str:
    """``km-KH`` -> ``km``; the catalogues are per language, not per region."""
    return code.replace("_", "-").split("-")[0].strip().lower()


@functools.cache
def load_catalogue(language: str) -> Catalogue:
    """The catalogue of ``language``; an unknown language gets English, all flagged."""
    code = base_language(language) or SOURCE_LANGUAGE
    english = _read(SOURCE_LANGUAGE)
    source = Catalogue(
        SOURCE_LANGUAGE,
        str(english["name"]),
        str(english["english_name"]),
        "ltr",
        str(english.get("status", "")),
        _mapping(english, "items"),
        _mapping(english, "labels"),
    )
    if code == SOURCE_LANGUAGE:
        return source
    if code not in available_languages():
        return Catalogue(code, code, code, "ltr", "missing", {}, {}, source)
    data = _read(code)
    return Catalogue(
        code,
        str(data.get("name", code)),
        str(data.get("english_name", code)),
        "rtl" if data.get("direction") == "rtl" else "ltr",
        str(data.get("status", "")),
        _mapping(data, "items"),
        _mapping(data, "labels"),
        source,
    )
