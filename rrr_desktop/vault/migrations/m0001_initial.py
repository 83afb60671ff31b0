"""Initial schema: settings, users, synced records, case index and search, audit chain."""

SQL = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    username TEXT PRIMARY KEY,
    data     TEXT NOT NULL
);

-- Every synced record: a JSON document with a UUID, a hybrid-logical-clock version,
-- the device that changed it last, and a tombstone flag instead of a hard delete.
CREATE TABLE records (
    id      TEXT PRIMARY KEY,
    kind    TEXT NOT NULL,
    data    BLOB NOT NULL,
    hlc     TEXT NOT NULL,
    device  TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX records_kind ON records(kind, deleted);
CREATE INDEX records_hlc ON records(hlc);

-- Derived, queryable columns of each case for the list, filters and sorting.
CREATE TABLE case_index (
    rid            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE REFERENCES records(id),
    reference      TEXT NOT NULL UNIQUE,
    given_name     TEXT NOT NULL,
    family_name    TEXT NOT NULL,
    sort_name      TEXT NOT NULL,
    sex            TEXT NOT NULL,
    birth_year     INTEGER,
    nationality    TEXT NOT NULL,
    origin_country TEXT NOT NULL,
    sector         TEXT NOT NULL,
    programme      TEXT NOT NULL,
    stage          TEXT NOT NULL,
    caseworker     TEXT NOT NULL,
    intake_date    TEXT NOT NULL,
    next_action    TEXT NOT NULL,
    next_due       TEXT,
    updated_at     TEXT NOT NULL
);
CREATE INDEX case_stage ON case_index(stage, updated_at);
CREATE INDEX case_origin ON case_index(origin_country);
CREATE INDEX case_worker ON case_index(caseworker);
CREATE INDEX case_updated ON case_index(updated_at);
CREATE INDEX case_sort_name ON case_index(sort_name);
CREATE INDEX case_due ON case_index(next_due);
CREATE INDEX case_intake ON case_index(intake_date);

-- Word-prefix search, diacritics-insensitive; marks (M*) stay inside tokens so Thai,
-- Khmer, Lao and Burmese syllables are not split apart.
CREATE VIRTUAL TABLE case_words USING fts5(
    terms, content='', contentless_delete=1,
    tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M*'",
    prefix='1 2 3'
);
-- Substring search (3+ characters) for scripts written without spaces.
CREATE VIRTUAL TABLE case_trigrams USING fts5(
    terms, content='', contentless_delete=1,
    tokenize="trigram remove_diacritics 1"
);

-- Append-only, hash-chained audit log. Targets are record ids, never names.
CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_target ON audit(target);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""
