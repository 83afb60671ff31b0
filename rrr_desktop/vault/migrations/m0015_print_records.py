"""What was printed under each printout's code, so a paper or a PDF can be checked later
(``domain/print_marks.py``). Holds ids, versions and fingerprints, no personal data."""

SQL = """
CREATE TABLE print_records (
    code TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    case_id TEXT NOT NULL,
    case_version TEXT NOT NULL,
    printed_at TEXT NOT NULL,
    installation TEXT NOT NULL,
    signature BLOB NOT NULL,
    printed_by TEXT NOT NULL,
    pdf_sha256 TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
"""
