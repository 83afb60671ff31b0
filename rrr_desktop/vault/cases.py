"""Case repository: the case document, its derived index row and its search terms."""

import dataclasses
import datetime as dt
import hashlib
import math
import re
import unicodedata
from typing import Any

from rapidfuzz import fuzz, process

from rrr_desktop.domain import replica
from rrr_desktop.domain.casefile import CaseFile, StageChange
from rrr_desktop.domain.enums import Stage
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.import_rules import IMPORT_NOTE, intake_age_group
from rrr_desktop.domain.matching import (
    BIRTH_YEAR_SLACK,
    SAME_PERSON_SCORE,
    sorted_key,
    spelling_key,
)
from rrr_desktop.domain.next_action import needs_risk_approval, next_action
from rrr_desktop.domain.notes import notes_text
from rrr_desktop.domain.people import youngest_adult_birth_year
from rrr_desktop.domain.queries import CaseQuery, CaseRow
from rrr_desktop.domain.sync_kinds import CASE_SHAPE, anonymise_document
from rrr_desktop.errors import NotFound
from rrr_desktop.vault.db import Connection, IntegrityError, rows_in
from rrr_desktop.vault.records import decode_doc, get_state, put_record, store_record

KIND = "case"
_SPLIT = re.compile(r"[\s\-_.,;:/()'\"*+^]+")
_SORT_SQL = {
    "reference": "reference",
    "name": "sort_name",
    "sex": "sex",
    "age": "birth_year",
    "stage": "stage",
    "origin": "origin_country",
    "next_due": "next_due",
    "updated": "updated_at",
}
_ROW_COLUMNS = (
    "id, reference, given_name, family_name, sex, birth_year, nationality, origin_country, "
    "stage, caseworker, next_action, next_due, updated_at"
)


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def search_terms(case: CaseFile) -> str:
    """Names only: references are matched on their own column (typing "T" must not match
    every "TH-..." reference)."""
    person = case.person
    parts = [person.given_name, person.family_name, person.name_in_own_script, *person.other_names]
    return fold(" ".join(p for p in parts if p))


def save_case(
    conn: Connection,
    case: CaseFile,
    hlc: str,
    device: str,
    today: dt.date,
    unseen: frozenset[str] = frozenset(),
) -> None:
    """Write the document and refresh its index row and search terms (inside a transaction).
    ``unseen``: fields the editor never saw the stored value of (they become conflicts)."""
    # Plain dump: exclude_defaults would call every default factory (uuid4) to compare,
    # tripling the cost; zlib takes most of the size difference back.
    put_record(conn, case.id, KIND, case.model_dump_json(), hlc, device, False, unseen)
    index_case(conn, case, today)


def store_case(
    conn: Connection,
    case: CaseFile,
    state: replica.State,
    hlc: str,
    device: str,
    today: dt.date,
    state_text: str | None = None,
) -> None:
    """A case whose replicated state was merged or resolved: document, state and index."""
    store_record(conn, case.id, KIND, case.model_dump_json(), state, hlc, device, state_text)
    index_case(conn, case, today)


def anonymise_case(conn: Connection, case_id: str, hlc: str, device: str, today: dt.date) -> None:
    """Anonymisation as the replication model knows it: final on every copy."""
    state = get_state(conn, case_id)
    if state is None or state["del"]:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The case no longer exists."))
    new, _ = replica.anonymised(state, CASE_SHAPE, anonymise_document, hlc)
    case = CaseFile.model_validate(replica.materialise(new, CASE_SHAPE))
    store_case(conn, case, new, hlc, device, today)


# A stage change: to stage, day, begun by an import, days until the next change; then the
# case's reference, origin and programme (the list of returns reads them from its index)
# and, for a trip home, the day of the case's next trip ('' if none).
StageRow = tuple[str, str, int, int | None, str, str, str, str]


@dataclasses.dataclass(frozen=True)
class IndexEntry:
    """What a case adds to the index, computed without the vault (so a worker process
    preparing a big import computes it) and written by ``write_index``."""

    case_id: str
    values: tuple[Any, ...]
    terms: str  # names, for the word and trigram indexes
    stages: tuple[StageRow, ...]
    notes: str
    attachments: frozenset[str]
    # the key of the stage rows and file list: made with the entry (by a worker, for a
    # big import), not where the index is written
    rows_key: str = dataclasses.field(init=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows_key", _rows_key(self.stages, self.attachments))


def index_entry(case: CaseFile, today: dt.date) -> IndexEntry:
    action = next_action(case, today)
    person = case.person
    values = (
        case.id,
        case.reference,
        person.given_name,
        person.family_name,
        fold(f"{person.family_name} {person.given_name}"),
        person.sex.value,
        person.birth_year(),
        person.nationality,
        case.intake.origin_country,
        case.intake.exploitation_sector.value,
        case.intake.programme,
        case.stage.value,
        case.caseworker,
        case.intake.intake_date.isoformat(),
        action.code,
        action.due.isoformat() if action.due else None,
        case.updated_at.isoformat(),
        " ".join(case.other_references),
        "".join(f",{u}," for u in case.assigned_to),
        int(needs_risk_approval(case)),
        spelling_key(f"{person.given_name} {person.family_name}"),
        intake_age_group(
            person.date_of_birth, person.estimated_age, person.estimated_on, case.intake.intake_date
        ),
    )
    return IndexEntry(
        case.id,
        values,
        search_terms(case),
        _stage_index_rows(case),
        fold(notes_text(case.notes)),
        frozenset(a.sha256 for a in case.attachments),
    )


def _stage_index_rows(case: CaseFile) -> tuple[StageRow, ...]:
    rows = stage_rows(case.stage_history)
    later = later_trips(rows)
    return tuple(
        (*row, case.reference, case.intake.origin_country, case.intake.programme, after)
        for row, after in zip(rows, later, strict=True)
    )


def later_trips(rows: list[tuple[str, str, int, int | None]]) -> list[str]:
    """For each trip home (to travel, not set by an import) the day of the next one, so the
    last trip of a case within any period is the one whose next trip falls after it."""
    out = [""] * len(rows)
    following = ""
    for n in range(len(rows) - 1, -1, -1):
        stage, day, imported, _ = rows[n]
        if stage == Stage.TRAVEL.value and not imported:
            out[n] = following
            following = day
    return out


def index_case(conn: Connection, case: CaseFile, today: dt.date) -> None:
    write_index(conn, index_entry(case, today))


_INDEX_COLUMNS = [
    "id",
    "reference",
    "given_name",
    "family_name",
    "sort_name",
    "sex",
    "birth_year",
    "nationality",
    "origin_country",
    "sector",
    "programme",
    "stage",
    "caseworker",
    "intake_date",
    "next_action",
    "next_due",
    "updated_at",
    "other_refs",
    "assigned",
    "approval",
    "name_key",
    "age_group",
]


_INSERT_INDEX = (
    f"INSERT INTO case_index({', '.join(_INDEX_COLUMNS)}, terms_key, notes_key, rows_key) "
    f"VALUES ({','.join('?' for _ in _INDEX_COLUMNS)}, ?, ?, ?)"
)


def write_index(conn: Connection, entry: IndexEntry, new: bool = False) -> None:
    """``new``: the case was held nowhere here (an import found no record of it), so it
    has no index row either: written without reading first."""
    values, terms = entry.values, entry.terms
    key = _key(terms)  # not the names
    if new:
        try:
            _insert_index(conn, entry, key, new=True)
            return
        except IntegrityError:  # a row after all (a vault from before that rule): below
            pass
    row = conn.execute(
        f"SELECT rid, terms_key, notes_key, rows_key, {', '.join(_INDEX_COLUMNS)} "
        "FROM case_index WHERE id = ?",
        (entry.case_id,),
    ).fetchone()
    if row is None:  # a new case: its row is written whole, keys included
        _insert_index(conn, entry, key)
        return
    rid = row[0]
    # Only the columns that changed: every index over an unchanged column is left
    # alone (an edit of one field changes one or two of them, an import's many).
    changed = [
        (c, v)
        for c, v, old in zip(_INDEX_COLUMNS, values, row[4:], strict=True)
        if v != old or type(v) is not type(old)
    ]
    rows_key = entry.rows_key
    rows_changed = rows_key != row[3]
    if rows_changed:
        changed.append(("rows_key", rows_key))
    if changed:
        conn.execute(
            f"UPDATE case_index SET {', '.join(c + '=?' for c, _ in changed)} WHERE rid = ?",
            (*(v for _, v in changed), rid),
        )
    if rows_changed:  # read and compared only when their key says they changed
        _index_stages(conn, rid, entry.stages)
        _index_attachments(conn, entry.case_id, set(entry.attachments))
    _index_notes(conn, rid, entry.notes, row[2])
    if row[1] == key:  # the names did not change: the search indexes stay as they are
        return
    conn.execute("DELETE FROM case_words WHERE rowid = ?", (rid,))
    conn.execute("DELETE FROM case_trigrams WHERE rowid = ?", (rid,))
    conn.execute("UPDATE case_index SET terms_key = ? WHERE rid = ?", (key, rid))
    _index_names(conn, rid, terms)


def _insert_index(conn: Connection, entry: IndexEntry, key: str, new: bool = False) -> None:
    notes_key = _key(entry.notes) if entry.notes else ""
    cur = conn.execute(_INSERT_INDEX, (*entry.values, key, notes_key, entry.rows_key))
    rid = int(cur.lastrowid or 0)
    _index_stages(conn, rid, entry.stages, fresh=True)
    if entry.notes:
        conn.execute("INSERT INTO case_notes(rowid, terms) VALUES (?, ?)", (rid, entry.notes))
    if entry.attachments or not new:  # no record, no files (a deletion drops them too)
        _index_attachments(conn, entry.case_id, set(entry.attachments))
    _index_names(conn, rid, entry.terms)


def _index_names(conn: Connection, rid: int, terms: str) -> None:
    conn.execute("INSERT INTO case_words(rowid, terms) VALUES (?, ?)", (rid, terms))
    conn.execute("INSERT INTO case_trigrams(rowid, terms) VALUES (?, ?)", (rid, terms))


def _key(terms: str) -> str:
    return hashlib.blake2b(terms.encode(), digest_size=8).hexdigest()


def _rows_key(stages: tuple[StageRow, ...], attachments: frozenset[str]) -> str:
    """The stage rows and file list, as one key (the rows are plain tuples: ``repr`` is
    exact). Longer than a names key: a clash would leave a report's rows stale."""
    text = repr((stages, sorted(attachments)))
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _index_stages(
    conn: Connection,
    rid: int,
    rows: tuple[StageRow, ...],
    fresh: bool = False,
) -> None:
    """The dated stage changes, each with the length of the stay it began (until the next
    change; none for the current stay), for the lists that count stays and returns."""
    if not fresh:
        held = conn.execute(
            "SELECT to_stage, on_date, imported, days, reference, origin_country, programme, "
            "later_trip FROM case_stage_changes WHERE rid = ? ORDER BY rowid",
            (rid,),
        ).fetchall()
        if held == list(rows):  # most saves do not change the stage history
            return
        conn.execute("DELETE FROM case_stage_changes WHERE rid = ?", (rid,))
    conn.executemany(
        "INSERT INTO case_stage_changes(rid, to_stage, on_date, imported, days, reference, "
        "origin_country, programme, later_trip) VALUES (?,?,?,?,?,?,?,?,?)",
        [(rid, *change) for change in rows],
    )


def stage_rows(history: list[StageChange]) -> list[tuple[str, str, int, int | None]]:
    """(to stage, day, begun by an import, days until the next change) in the order a
    stay follows another (by day; changes of one day in the order they were made)."""
    ordered = sorted(history, key=lambda c: c.at.date())
    rows: list[tuple[str, str, int, int | None]] = []
    for n, change in enumerate(ordered):
        day = change.at.date()
        following = ordered[n + 1].at.date() if n + 1 < len(ordered) else None
        rows.append(
            (
                change.to_stage.value,
                day.isoformat(),
                int(change.note == IMPORT_NOTE),
                (following - day).days if following is not None else None,
            )
        )
    return rows


def _index_notes(conn: Connection, rid: int, terms: str, stored_key: str | None) -> None:
    """The notes' words in their own index, rewritten only when the notes changed."""
    key = _key(terms) if terms else ""
    if key == (stored_key or ""):
        return
    if stored_key:
        conn.execute("DELETE FROM case_notes WHERE rowid = ?", (rid,))
    if terms:
        conn.execute("INSERT INTO case_notes(rowid, terms) VALUES (?, ?)", (rid, terms))
    conn.execute("UPDATE case_index SET notes_key = ? WHERE rid = ?", (key, rid))


def _index_attachments(conn: Connection, case_id: str, now: set[str]) -> None:
    """Which files the case refers to; a file no case refers to any more is deleted."""
    before = attachment_hashes(conn, case_id)
    if now == before:
        return
    for sha in before - now:
        conn.execute(
            "DELETE FROM case_attachments WHERE case_id = ? AND sha256 = ?", (case_id, sha)
        )
        conn.execute(
            "DELETE FROM attachment_data WHERE sha256 = ? AND NOT EXISTS "
            "(SELECT 1 FROM case_attachments WHERE sha256 = ?)",
            (sha, sha),
        )
    conn.executemany(
        "INSERT INTO case_attachments(case_id, sha256) VALUES (?, ?)",
        [(case_id, sha) for sha in sorted(now - before)],
    )


def put_attachment_data(conn: Connection, sha256: str, data: bytes) -> bool:
    """Keep a file's bytes if a case here refers to them; whether they were kept."""
    wanted = conn.execute(
        "SELECT 1 FROM case_attachments WHERE sha256 = ? LIMIT 1", (sha256,)
    ).fetchone()
    if wanted is None:
        return False
    conn.execute(
        "INSERT OR IGNORE INTO attachment_data(sha256, size, data) VALUES (?, ?, ?)",
        (sha256, len(data), data),
    )
    return True


def attachment_hashes(conn: Connection, case_id: str) -> set[str]:
    rows = conn.execute("SELECT sha256 FROM case_attachments WHERE case_id = ?", (case_id,))
    return {r[0] for r in rows}


def files_of_cases(conn: Connection, case_ids: set[str]) -> set[str]:
    """Content hashes of every file these cases hold: one pass over the (small) table of
    file references, not a query per case of a 10,000-case sync."""
    if not case_ids:
        return set()
    rows = conn.execute("SELECT case_id, sha256 FROM case_attachments")
    return {sha for case_id, sha in rows if case_id in case_ids}


def get_attachment_data(conn: Connection, sha256: str) -> bytes | None:
    row = conn.execute("SELECT data FROM attachment_data WHERE sha256 = ?", (sha256,)).fetchone()
    return bytes(row[0]) if row else None


def attachment_data_present(conn: Connection, hashes: set[str]) -> set[str]:
    if not hashes:
        return set()
    marks = ",".join("?" for _ in hashes)  # at most ATTACHMENTS_PER_CASE of them
    rows = conn.execute(
        f"SELECT sha256 FROM attachment_data WHERE sha256 IN ({marks})", sorted(hashes)
    )
    return {r[0] for r in rows}


def tombstone_case(conn: Connection, case_id: str, hlc: str, device: str) -> None:
    """Deletion leaves a tombstone so other devices learn of it; the index row goes."""
    _unindex(conn, case_id)
    put_record(conn, case_id, KIND, "{}", hlc, device, True)


def store_tombstone(
    conn: Connection, case_id: str, state: replica.State, hlc: str, device: str
) -> None:
    """A deletion learnt from another copy (its state kept exactly, so copies agree)."""
    _unindex(conn, case_id)
    store_record(conn, case_id, KIND, "{}", state, hlc, device)


def _unindex(conn: Connection, case_id: str) -> None:
    row = conn.execute("SELECT rid FROM case_index WHERE id = ?", (case_id,)).fetchone()
    if row:
        conn.execute("DELETE FROM case_words WHERE rowid = ?", (row[0],))
        conn.execute("DELETE FROM case_trigrams WHERE rowid = ?", (row[0],))
        conn.execute("DELETE FROM case_notes WHERE rowid = ?", (row[0],))
        conn.execute("DELETE FROM case_stage_changes WHERE rid = ?", (row[0],))
        conn.execute("DELETE FROM case_index WHERE rid = ?", (row[0],))
    _index_attachments(conn, case_id, set())


def load_case(conn: Connection, key: str) -> CaseFile:
    """By UUID or by reference."""
    row = conn.execute(
        "SELECT r.data FROM records r JOIN case_index c ON c.id = r.id "
        "WHERE (c.reference = ? OR c.id = ?) AND r.deleted = 0",
        (key.strip().upper(), key.strip()),
    ).fetchone()
    if row is None:  # their reference, or one this case had before it was renumbered
        row = conn.execute(
            "SELECT r.data FROM records r JOIN case_index c ON c.id = r.id "
            "WHERE ' ' || c.other_refs || ' ' LIKE ? AND r.deleted = 0 LIMIT 1",
            ("% " + key.strip().upper().replace("%", "").replace("_", "") + " %",),
        ).fetchone()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No case with reference {reference}."), reference=key
        )
    return CaseFile.model_validate_json(decode_doc(row[0]))


_REF_PREFIX = re.compile(r"^[A-Z]{2}(-\d{0,4}(-[A-Z0-9]{0,5}(-\d{0,5})?)?)?$")
# With many name matches, walk the sort index and probe the matches (it stops after one
# page) instead of fetching every match and sorting it. Fetching costs ~m lookups for m
# matches; walking costs ~limit * total / m steps: they are equal near sqrt(limit * total).
# Tests may pin the threshold here.
_ORDERED_SCAN_ABOVE: int | None = None


@dataclasses.dataclass(frozen=True)
class _Text:
    fts_table: str  # "" when the text has no name words
    fts_query: str
    ref_tokens: tuple[str, ...]


def _parse_text(text: str) -> _Text:
    """Words with a digit search references; other words search names (FTS)."""
    names: list[str] = []
    refs: list[str] = []
    for word in text.split():
        if any(ch.isdigit() for ch in word):
            refs.append(word.upper())
        else:
            names.extend(t for t in _SPLIT.split(fold(word)) if t)
    if not names:
        return _Text("", "", tuple(refs))
    if all(len(t) >= 3 for t in names):  # substring match covers prefixes too
        query = " AND ".join('"' + t.replace('"', '""') + '"' for t in names)
        return _Text("case_trigrams", query, tuple(refs))
    query = " AND ".join('"' + t.replace('"', '""') + '"*' for t in names)
    return _Text("case_words", query, tuple(refs))


def _notes_clause(text: str) -> tuple[str, list[object]]:
    """Every word typed, anywhere in the notes: words of three characters or more through
    the trigram index, shorter ones (two-character Chinese words) by a scan of its text."""
    words = [t for t in _SPLIT.split(fold(text)) if t]
    if not words:  # only punctuation: nothing to look for
        return "0", []
    long_words = [t for t in words if len(t) >= 3]
    parts: list[str] = []
    values: list[object] = []
    if long_words:
        parts.append("case_notes MATCH ?")
        values.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_words))
    for word in (t for t in words if len(t) < 3):
        parts.append("terms LIKE ? ESCAPE '\\'")
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        values.append(f"%{escaped}%")
    return f"rid IN (SELECT rowid FROM case_notes WHERE {' AND '.join(parts)})", values


def _ref_clause(token: str) -> tuple[str, list[object]]:
    """Our reference by prefix (or anywhere); theirs and earlier ones anywhere."""
    if _REF_PREFIX.match(token):
        return (
            "((reference >= ? AND reference < ?) OR instr(other_refs, ?) > 0)",
            [token, token + "~", token],
        )
    return "(instr(reference, ?) > 0 OR instr(other_refs, ?) > 0)", [token, token]


def _where(query: CaseQuery, ordered_scan: bool = False) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    text = _parse_text(query.text)
    if text.fts_table:
        rid = "+rid" if ordered_scan else "rid"
        clauses.append(
            f"{rid} IN (SELECT rowid FROM {text.fts_table} WHERE {text.fts_table} MATCH ?)"
        )
        params.append(text.fts_query)
    if query.notes_text.strip():
        clause, values = _notes_clause(query.notes_text)
        clauses.append(clause)
        params.extend(values)
    for token in text.ref_tokens:
        clause, values = _ref_clause(token)
        clauses.append(clause)
        params.extend(values)
    if query.stage:
        clauses.append("stage = ?")
        params.append(query.stage)
    if query.origin_country:
        clauses.append("origin_country = ?")
        params.append(query.origin_country.upper())
    if query.caseworker:
        clauses.append("caseworker = ?")
        params.append(query.caseworker)
    if query.visible_to:  # need-to-know: the caseworker's cases and those they are added to
        clauses.append("(caseworker = ? OR instr(assigned, ?) > 0)")
        params.extend([query.visible_to, f",{query.visible_to},"])
    if query.overdue_on is not None:
        clauses.append("next_due < ?")
        params.append(query.overdue_on.isoformat())
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _name_matches(conn: Connection, text: _Text) -> int:
    sql = f"SELECT count(*) FROM {text.fts_table} WHERE {text.fts_table} MATCH ?"
    return int(conn.execute(sql, (text.fts_query,)).fetchone()[0])


def _to_row(raw: tuple[Any, ...]) -> CaseRow:
    due = dt.date.fromisoformat(raw[11]) if raw[11] else None
    return CaseRow(
        id=raw[0],
        reference=raw[1],
        given_name=raw[2],
        family_name=raw[3],
        sex=raw[4],
        birth_year=raw[5],
        nationality=raw[6],
        origin_country=raw[7],
        stage=raw[8],
        caseworker=raw[9],
        next_action=raw[10],
        next_due=due,
        updated_at=raw[12],
    )


def search_cases(conn: Connection, query: CaseQuery) -> list[CaseRow]:
    text = _parse_text(query.text)
    ordered_scan = False
    if text.fts_table:
        threshold = _ORDERED_SCAN_ABOVE
        if threshold is None:
            total = conn.execute("SELECT max(rid) FROM case_index").fetchone()[0] or 0
            threshold = int(math.sqrt(max(query.limit + query.offset, 1) * total))
        ordered_scan = _name_matches(conn, text) > threshold
    where, params = _where(query, ordered_scan)
    column = _SORT_SQL.get(query.sort, "updated_at")
    direction = "DESC" if query.descending else "ASC"
    sql = (
        f"SELECT {_ROW_COLUMNS} FROM case_index{where} "
        f"ORDER BY {column} {direction}, rid {direction} LIMIT ? OFFSET ?"
    )
    rows = conn.execute(sql, (*params, query.limit, query.offset)).fetchall()
    return [_to_row(r) for r in rows]


def case_total(conn: Connection) -> int:
    """Every case held here (live and anonymised)."""
    return int(conn.execute("SELECT count(*) FROM case_index").fetchone()[0])


def count_cases(conn: Connection, query: CaseQuery) -> int:
    text = _parse_text(query.text)
    only_names = not (
        text.ref_tokens
        or query.stage
        or query.origin_country
        or query.caseworker
        or query.visible_to
        or query.overdue_on
    )
    if text.fts_table and only_names:
        return _name_matches(conn, text)  # the FTS index counts without touching rows
    where, params = _where(query)
    return int(conn.execute(f"SELECT count(*) FROM case_index{where}", params).fetchone()[0])


def next_reference_number(conn: Connection, country: str, year: int, code: str = "") -> int:
    """The next running number of this laptop's references (its code) in that year."""
    prefix = f"{country.upper()}-{year:04d}-" + (f"{code}-" if code else "")
    row = conn.execute(
        "SELECT max(reference) FROM case_index WHERE reference >= ? AND reference < ?",
        (prefix, prefix + "~"),
    ).fetchone()
    return int(row[0].rsplit("-", 1)[1]) + 1 if row and row[0] else 1


def reference_known(conn: Connection, reference: str) -> bool:
    """A reference of ours, or an earlier number a case here already carries."""
    return (
        conn.execute(
            "SELECT 1 FROM case_index WHERE reference = ? OR ' ' || other_refs || ' ' LIKE ?",
            (reference, "% " + reference.replace("%", "").replace("_", "") + " %"),
        ).fetchone()
        is not None
    )


def similar_cases(
    conn: Connection,
    given: str,
    family: str,
    birth_year: int | None,
    nationality: str,
    limit: int = 20,
) -> list[CaseRow]:
    """Possible duplicates: names alike though spelt differently (``domain/matching``),
    birth years at most two apart, the same or an unknown nationality; most alike first."""
    key = spelling_key(f"{given} {family}")
    if not key:
        return []
    clauses, params = ["name_key != ''"], list[object]()
    if birth_year is not None:
        clauses.append("(birth_year IS NULL OR abs(birth_year - ?) <= ?)")
        params.extend([birth_year, BIRTH_YEAR_SLACK])
    if nationality:
        clauses.append("(nationality = '' OR nationality = ?)")
        params.append(nationality.upper())
    candidates = conn.execute(
        f"SELECT rid, name_key FROM case_index WHERE {' AND '.join(clauses)}", params
    ).fetchall()
    best = process.extract(
        key,
        dict(candidates),
        scorer=fuzz.token_sort_ratio,
        score_cutoff=SAME_PERSON_SCORE,
        limit=limit,
    )
    if not best:
        return []
    order = {rid: n for n, (_, _, rid) in enumerate(best)}
    marks = ",".join("?" for _ in order)
    rows = conn.execute(
        f"SELECT rid, {_ROW_COLUMNS} FROM case_index WHERE rid IN ({marks})", list(order)
    ).fetchall()
    return [_to_row(r[1:]) for r in sorted(rows, key=lambda r: order[r[0]])]


def _work_filter(
    codes: list[str], caseworker: str, due_by: dt.date | None, approvals: bool
) -> tuple[str, list[object]]:
    """WHERE clause of the Today queries: by next action (or waiting for approval), due
    by a day, and (for a caseworker) only their own or assigned cases."""
    if approvals:
        sql, params = "approval = 1", []
    else:
        marks = ",".join("?" for _ in codes)
        sql, params = f"next_action IN ({marks})", list[object](codes)
    if due_by is not None:
        sql += " AND next_due IS NOT NULL AND next_due <= ?"
        params.append(due_by.isoformat())
    if caseworker:
        sql += " AND (caseworker = ? OR instr(assigned, ?) > 0)"
        params.extend([caseworker, f",{caseworker},"])
    return sql, params


def work_rows(
    conn: Connection,
    codes: list[str],
    today: dt.date,
    caseworker: str = "",
    due_by: dt.date | None = None,
    approvals: bool = False,
    limit: int = 500,
) -> list[CaseRow]:
    """Cases with one of these next actions (or waiting for approval): overdue first,
    then soonest due. Filtered in SQL before the limit, so nothing due is crowded out."""
    if not codes and not approvals:
        return []
    where, params = _work_filter(codes, caseworker, due_by, approvals)
    child = youngest_adult_birth_year(today)
    order = "coalesce(birth_year > ?, 0) DESC, "  # children first
    extra: list[object] = [child]
    if not approvals:  # then overdue, then soonest due (a decision has no due day)
        order += "next_due IS NULL OR next_due >= ?, next_due IS NULL, next_due, "
        extra.append(today.isoformat())
    sql = f"SELECT {_ROW_COLUMNS} FROM case_index WHERE {where} ORDER BY {order}reference LIMIT ?"
    rows = conn.execute(sql, [*params, *extra, limit]).fetchall()
    return [_to_row(r) for r in rows]


def work_counts(
    conn: Connection,
    codes: list[str],
    today: dt.date,
    caseworker: str = "",
    due_by: dt.date | None = None,
    approvals: bool = False,
) -> tuple[int, int]:
    """(how many, how many overdue) of what ``work_rows`` lists, without a limit."""
    if not codes and not approvals:
        return 0, 0
    where, params = _work_filter(codes, caseworker, due_by, approvals)
    # a decision waiting for a supervisor has no due day
    late = "0" if approvals else "next_due IS NOT NULL AND next_due < ?"
    sql = f"SELECT count(*), coalesce(sum({late}), 0) FROM case_index WHERE {where}"
    first = [] if approvals else [today.isoformat()]
    total, overdue = conn.execute(sql, [*first, *params]).fetchone()
    return int(total), int(overdue)


NameProbe = tuple[str, int | None, str, str]  # spelling key, birth year, nationality, id


def name_probe(case: CaseFile) -> NameProbe:
    """What finds a person among the cases held here (computed where the case is)."""
    person = case.person
    key = spelling_key(f"{person.given_name} {person.family_name}")
    return key, person.birth_year(), person.nationality, case.id


class NameIndex:
    """The cases held before an import, by birth year and nationality, for finding a
    possible second record of one person among many incoming ones (one read, then in
    memory; ``refresh`` keeps it true after a write, so a stack of imports reads it once).
    Each bucket is matched by rapidfuzz in one call, so a new case costs a few C++ scans,
    not a Python loop over every case of those years. A bucket holds each spelling once,
    with the cases that bear it (names repeat: at a headquarters, a bucket of 700 cases
    held 70 spellings), and keys are held with their words sorted, so the scan is a plain
    ratio (the same score as ``token_sort_ratio``)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        # year -> nationality -> {sorted key: rids}; and where each case id sits
        self._by_year: dict[int | None, dict[str, dict[str, set[int]]]] = {}
        # each bucket's spellings as a list, for the scan (dropped when the bucket changes)
        self._lists: dict[tuple[int | None, str], list[str]] = {}
        self._where: dict[str, tuple[int | None, str, str, int]] = {}
        self._put_rows(
            conn.execute(
                "SELECT id, rid, name_key, birth_year, nationality FROM case_index "
                "WHERE name_key != ''"
            ).fetchall()
        )

    def _put_rows(self, rows: list[tuple[str, int, str, int | None, str]]) -> None:
        for case_id, rid, key, year, nationality in rows:
            held = sorted_key(key)
            bucket = self._by_year.setdefault(year, {}).setdefault(nationality or "", {})
            if held not in bucket:
                self._lists.pop((year, nationality or ""), None)
            bucket.setdefault(held, set()).add(rid)
            self._where[case_id] = (year, nationality or "", held, rid)

    def refresh(self, case_ids: list[str]) -> None:
        """These cases as they are now in the vault (written, renamed, deleted)."""
        for case_id in case_ids:
            where = self._where.pop(case_id, None)
            if where is not None:
                year, nationality, held, rid = where
                bucket = self._by_year[year][nationality]
                bucket[held].discard(rid)
                if not bucket[held]:
                    del bucket[held]
                    self._lists.pop((year, nationality), None)
                if not bucket:
                    del self._by_year[year][nationality]
        sql = (
            "SELECT id, rid, name_key, birth_year, nationality FROM case_index "
            "WHERE name_key != '' AND id IN ({marks})"
        )
        self._put_rows(list(rows_in(self.conn, sql, case_ids)))

    def similar(self, case: CaseFile) -> list[str]:
        """References of cases held here that may be this person (most alike first)."""
        return self.similar_to(name_probe(case))

    def similar_to(self, probe: NameProbe) -> list[str]:
        key, year, nationality_of_case, case_id = probe
        if not key or not self._by_year:
            return []
        key = sorted_key(key)
        years: list[int | None] = list(self._by_year)
        if year is not None:
            years = [None, *range(year - BIRTH_YEAR_SLACK, year + BIRTH_YEAR_SLACK + 1)]
        scored: list[tuple[float, int]] = []
        for y in years:
            for nationality, spellings in self._by_year.get(y, {}).items():
                if nationality_of_case and nationality and nationality != nationality_of_case:
                    continue
                choices = self._lists.get((y, nationality))
                if choices is None:
                    choices = self._lists[(y, nationality)] = list(spellings)
                found = process.extract(  # all above the cutoff (few): the five kept
                    key,
                    choices,
                    scorer=fuzz.ratio,
                    score_cutoff=SAME_PERSON_SCORE,
                    limit=None,
                )  # do not depend on the order the bucket was filled in
                scored += [(score, rid) for held, score, _ in found for rid in spellings[held]]
        best = sorted(scored, key=lambda t: (-t[0], t[1]))[:5]
        if not best:
            return []
        marks = ",".join("?" for _ in best)
        found_refs = dict(
            self.conn.execute(
                f"SELECT rid, reference FROM case_index WHERE rid IN ({marks}) AND id != ?",
                [rid for _, rid in best] + [case_id],
            ).fetchall()
        )
        return [found_refs[rid] for _, rid in best if rid in found_refs]


def reference_of(conn: Connection, case_id: str) -> str:
    """The case's reference here, or "" if it is not a live case here."""
    row = conn.execute("SELECT reference FROM case_index WHERE id = ?", (case_id,)).fetchone()
    return str(row[0]) if row else ""


def id_with_reference(conn: Connection, reference: str) -> str:
    """The id of the case holding ``reference`` here, or ""."""
    row = conn.execute("SELECT id FROM case_index WHERE reference = ?", (reference,)).fetchone()
    return str(row[0]) if row else ""


def ids_with_references(conn: Connection, references: list[str]) -> dict[str, str]:
    """Reference -> id of the case holding it here, for those of ``references`` taken."""
    sql = "SELECT reference, id FROM case_index WHERE reference IN ({marks})"
    return {str(reference): str(case_id) for reference, case_id in rows_in(conn, sql, references)}


def last_reference_numbers(conn: Connection, code: str = "") -> dict[int, int]:
    """Per year, the highest running number of the references here with this laptop's
    ``code`` (``XX-YYYY-CODE-NNNNN``), or without a code (``XX-YYYY-NNNNN``)."""
    pattern = f"__-____-{code}-_____" if code else "__-____-_____"
    out: dict[int, int] = {}
    for year, highest in conn.execute(
        "SELECT substr(reference, 4, 4), max(substr(reference, -5)) FROM case_index "
        "WHERE reference LIKE ? GROUP BY 1",
        (pattern,),
    ):
        out[int(year)] = int(highest)
    return out
