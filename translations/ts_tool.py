"""Fill Qt ``.ts`` catalogues from JSON work files, checking placeholders.

Why: translators (people or drafting tools) work best on small JSON chunks, not on
lupdate's XML; this tool moves text between the two and refuses a translation that
drops or invents a placeholder (``{name}``, ``%1``, ``%n``, markup), which would
crash ``str.format`` or show raw codes on a screen.

    python translations/ts_tool.py export LANG [--size 150]   # work/LANG/todo_NN.json
    python translations/ts_tool.py apply LANG FILE...          # {"id": "text" | [forms]}
    python translations/ts_tool.py check LANG                  # counts and problems
    python translations/ts_tool.py dump LANG                   # every entry with its text
    python translations/ts_tool.py glossary                    # work/*/glossary.json -> csv
    python translations/ts_tool.py terms LANG                  # strict terms not used
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d|<[^<>]+>")
_ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")  # "&Save", not "&&" nor "Shelter & care"


def ts_path(lang: str) -> Path:
    return HERE / f"rrr_{lang}.ts"


def message_id(context: str, source: str, comment: str) -> str:
    return hashlib.sha1(f"{context}\x00{source}\x00{comment}".encode()).hexdigest()[:10]


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def _entries(tree: ET.ElementTree):  # type: ignore[type-arg]
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            yield message_id(name, source, comment), name, source, comment, message


def _text_of(message: ET.Element) -> str | list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in forms]
    return translation.text or ""


def _write(tree: ET.ElementTree, path: Path) -> None:  # type: ignore[type-arg]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def problems_of(source: str, text: str | list[str]) -> list[str]:
    texts = text if isinstance(text, list) else [text]
    found = []
    for one in texts:
        if not one.strip():
            found.append("empty")
            continue
        want = [p for p in placeholders(source) if p != "%n"]
        have = [p for p in placeholders(one) if p != "%n"]
        if want != have:
            found.append(f"placeholders {want} != {have}")
        if "%n" in source and "%n" not in one and isinstance(text, list):
            found.append("missing %n")
        if _ACCELERATOR.search(source.replace("&&", "")) and not _ACCELERATOR.search(
            one.replace("&&", "")
        ):
            found.append("missing & (keyboard accelerator)")
    return found


def export(lang: str, size: int = 150) -> None:
    tree = ET.parse(ts_path(lang))
    todo = []
    for key, context, source, comment, message in _entries(tree):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            item = {"id": key, "context": context, "source": source}
            if comment:
                item["comment"] = comment
            if message.get("numerus") == "yes":
                item["plural_forms"] = len(translation.findall("numerusform"))
            todo.append(item)
    out = WORK / lang
    out.mkdir(parents=True, exist_ok=True)
    for n in range(0, len(todo), size):
        path = out / f"todo_{n // size + 1:02d}.json"
        path.write_text(json.dumps(todo[n : n + size], ensure_ascii=False, indent=1))
    print(f"{len(todo)} unfinished entries in {out}")


def apply(lang: str, files: list[str]) -> int:
    tree = ET.parse(ts_path(lang))
    given: dict[str, str | list[str]] = {}
    for name in files:
        given.update(json.loads(Path(name).read_text(encoding="utf-8")))
    applied, refused = 0, 0
    known = set()
    for key, _context, source, _comment, message in _entries(tree):
        known.add(key)
        if key not in given:
            continue
        text = given[key]
        problems = problems_of(source, text)
        if problems:
            refused += 1
            print(f"REFUSED {key}: {source!r} -> {text!r}: {'; '.join(problems)}")
            continue
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            values = text if isinstance(text, list) else [text] * len(forms)
            if len(values) != len(forms):
                values = (list(values) + [values[-1]] * len(forms))[: len(forms)]
            for form, value in zip(forms, values, strict=True):
                form.text = value
        else:
            translation.text = text if isinstance(text, str) else text[0]
        translation.attrib.pop("type", None)
        applied += 1
    unknown = set(given) - known
    for key in sorted(unknown):
        print(f"UNKNOWN id {key}")
    _write(tree, ts_path(lang))
    print(f"applied {applied}, refused {refused}, unknown {len(unknown)}")
    return 1 if refused or unknown else 0


def check(lang: str) -> int:
    tree = ET.parse(ts_path(lang))
    total, unfinished, bad = 0, 0, 0
    for key, _context, source, _comment, message in _entries(tree):
        total += 1
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("unfinished", "vanished"):
            unfinished += 1
            continue
        problems = problems_of(source, _text_of(message))
        if problems:
            bad += 1
            print(f"{key}: {source!r}: {'; '.join(problems)}")
    print(f"{lang}: {total} entries, {unfinished} unfinished, {bad} with problems")
    return 1 if unfinished or bad else 0


def dump(lang: str) -> None:
    tree = ET.parse(ts_path(lang))
    rows = [
        {"id": key, "context": context, "source": source, "text": _text_of(message)}
        for key, context, source, _comment, message in _entries(tree)
    ]
    print(json.dumps(rows, ensure_ascii=False, indent=1))


GLOSSARY = HERE / "glossary.csv"
GLOSSARY_LANGS = ["th", "km", "lo", "my", "vi", "id", "zh", "fr", "es", "ar"]
INFLECTED = {"fr", "es", "ar", "id", "vi"}  # words take endings or articles: compare stems


def read_glossary() -> list[dict[str, str]]:
    with GLOSSARY.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def merge_glossary() -> None:
    """Adds each language's column from its translator's work/LANG/glossary.json."""
    rows = read_glossary()
    for lang in GLOSSARY_LANGS:
        path = WORK / lang / "glossary.json"
        if path.exists():
            terms = json.loads(path.read_text(encoding="utf-8"))
            for row in rows:
                row[lang] = terms.get(row["key"], row.get(lang, ""))
    fields = ["key", "en", "strict", "note", *GLOSSARY_LANGS]
    with GLOSSARY.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def _norm(text: str, lang: str) -> str:
    text = text.casefold()
    return re.sub(r"(^|\s)و?ال", r"\1", text) if lang == "ar" else text


def uses_term(term: str, text: str, lang: str) -> bool:
    """``term`` may list forms separated by "|" (Arabic broken plurals, for example)."""
    if "|" in term:
        return any(uses_term(form, text, lang) for form in term.split("|"))
    term, text = _norm(term, lang), _norm(text, lang)
    if lang not in INFLECTED:
        return term in text
    return all(w[: max(4, len(w) - 2)] in text for w in term.split() if len(w) > 3)


def glossary_misses(lang: str) -> list[tuple[str, str, str]]:
    """(term, source, translation) where a strict term's English word is in the source but
    the language's glossary term is not in the translation."""
    strict = [row for row in read_glossary() if row.get("strict") == "yes"]
    misses = []
    for _key, _context, source, _comment, message in _entries(ET.parse(ts_path(lang))):
        text = _text_of(message)
        joined = " ".join(text) if isinstance(text, list) else text
        for row in strict:
            word = re.compile(r"\b" + re.escape(row["en"]) + r"s?\b", re.IGNORECASE)
            if word.search(source) and not uses_term(row[lang], joined, lang):
                misses.append((row["en"], source, joined))
    return misses


def main(argv: list[str]) -> int:
    if argv[:1] == ["glossary"]:
        merge_glossary()
        return 0
    if len(argv) < 2:
        print(__doc__)
        return 2
    command, lang = argv[0], argv[1]
    if command == "terms":
        misses = glossary_misses(lang)
        for term, source, text in misses:
            print(f"{term!r}: {source!r} -> {text!r}")
        return 1 if misses else 0
    if command == "export":
        size = int(argv[3]) if len(argv) > 3 and argv[2] == "--size" else 150
        export(lang, size)
        return 0
    if command == "apply":
        return apply(lang, argv[2:])
    if command == "check":
        return check(lang)
    if command == "dump":
        dump(lang)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
