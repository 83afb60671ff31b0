"""The look-alike index finds exactly what the rule says, whatever spellings repeat: the
cases of the same nationality (or none given) born within the slack (or of unknown year)
whose names score at least SAME_PERSON_SCORE, the five most alike, ties by row."""

import sqlite3
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from rrr_desktop.domain.matching import BIRTH_YEAR_SLACK, SAME_PERSON_SCORE, spelling_key
from rrr_desktop.vault.cases import NameIndex

# Few names, so spellings repeat in a bucket as they do at a headquarters; some alike.
NAMES = st.sampled_from(
    ["Sokha Seng", "Sokhar Seng", "Seng Sokha", "Dara Sok", "Dara Sokk", "Mya Mya", "Aye Aye"]
)
YEARS = st.none() | st.integers(1990, 1996)
NATIONALITIES = st.sampled_from(["", "KH", "MM"])
CASE = st.tuples(NAMES, YEARS, NATIONALITIES)


def _table(cases: list[tuple[str, int | None, str]]) -> Any:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE TABLE case_index(rid INTEGER PRIMARY KEY, id TEXT, reference TEXT,"
        " name_key TEXT, birth_year INTEGER, nationality TEXT)"
    )
    conn.executemany(
        "INSERT INTO case_index(rid, id, reference, name_key, birth_year, nationality)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (n + 1, f"id{n}", f"TH-2026-{n:05d}", spelling_key(name), year, nationality)
            for n, (name, year, nationality) in enumerate(cases)
        ],
    )
    return conn


def _by_the_rule(
    cases: list[tuple[str, int | None, str]], probe: tuple[str, int | None, str, str]
) -> list[str]:
    key, year, nationality, case_id = probe
    scored = []
    for n, (name, their_year, theirs) in enumerate(cases):
        if year is not None and their_year is not None and abs(their_year - year) > 2:
            continue
        if nationality and theirs and nationality != theirs:
            continue
        score = fuzz.token_sort_ratio(key, spelling_key(name))
        if score >= SAME_PERSON_SCORE:
            scored.append((score, n + 1))
    best = sorted(scored, key=lambda t: (-t[0], t[1]))[:5]
    return [f"TH-2026-{rid - 1:05d}" for _, rid in best if f"id{rid - 1}" != case_id]


@settings(max_examples=150, deadline=None)
@given(st.lists(CASE, max_size=30), CASE, st.integers(0, 40))
def test_the_index_finds_what_the_rule_finds(
    cases: list[tuple[str, int | None, str]], incoming: tuple[str, int | None, str], own: int
) -> None:
    assert BIRTH_YEAR_SLACK == 2  # the rule above is written for this slack
    name, year, nationality = incoming
    probe = (spelling_key(name), year, nationality, f"id{own}")  # sometimes a case held here
    index = NameIndex(_table(cases))
    assert index.similar_to(probe) == _by_the_rule(cases, probe)


@settings(max_examples=200, deadline=None)
@given(st.lists(CASE, min_size=1, max_size=20), st.data())
def test_the_index_stays_true_as_cases_are_renamed_and_removed(
    cases: list[tuple[str, int | None, str]], data: st.DataObject
) -> None:
    conn = _table(cases)
    index = NameIndex(conn)
    for _ in range(data.draw(st.integers(1, 6))):
        _finds_what_the_rule_finds(index, cases, data.draw(CASE))  # between changes too
        n = data.draw(st.integers(0, len(cases) - 1))
        if data.draw(st.booleans()):
            cases[n] = data.draw(CASE)
            name, year, nationality = cases[n]
            conn.execute(
                "UPDATE case_index SET name_key = ?, birth_year = ?, nationality = ? WHERE rid = ?",
                (spelling_key(name), year, nationality, n + 1),
            )
        else:  # gone from the index (deleted): never found again
            cases[n] = ("", None, "")
            conn.execute("UPDATE case_index SET name_key = '' WHERE rid = ?", (n + 1,))
        index.refresh([f"id{n}"])
    _finds_what_the_rule_finds(index, cases, data.draw(CASE))


def _finds_what_the_rule_finds(
    index: NameIndex,
    cases: list[tuple[str, int | None, str]],
    incoming: tuple[str, int | None, str],
) -> None:
    probe_name, year, nationality = incoming
    probe = (spelling_key(probe_name), year, nationality, "new")
    kept = [c if c[0] else ("\0", None, "") for c in cases]  # a removed case scores 0
    assert index.similar_to(probe) == _by_the_rule(kept, probe)
