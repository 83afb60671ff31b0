"""Case notes searchable by full text, and attached files kept inside the encrypted vault.

A file's bytes are stored once per content hash (the case file holds its name, kind and
hash), so a case file stays small, a file attached to two cases is kept once, and a
bundle carries each file once. Notes get their own substring index (the same folding as
names), apart from names so that typing a name never matches a note by chance."""

SQL = """
CREATE TABLE attachment_data (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
) WITHOUT ROWID;
CREATE VIRTUAL TABLE case_notes USING fts5(
    terms, content='', contentless_delete=1,
    tokenize="trigram remove_diacritics 1"
);
-- Which case refers to which file: a file no case refers to any more is deleted.
CREATE TABLE case_attachments (
    case_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (case_id, sha256)
) WITHOUT ROWID;
CREATE INDEX case_attachments_by_file ON case_attachments(sha256);
ALTER TABLE case_index ADD COLUMN notes_key TEXT NOT NULL DEFAULT '';
"""
