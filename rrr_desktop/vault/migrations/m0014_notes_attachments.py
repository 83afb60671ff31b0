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
-- With its text (inside the encrypted database like everything else), so that words of
-- one or two characters, common in Chinese, Thai or Khmer, are found by a scan.
CREATE VIRTUAL TABLE case_notes USING fts5(
    terms, tokenize="trigram remove_diacritics 1"
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
