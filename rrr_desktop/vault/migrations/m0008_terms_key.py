"""A key of each case's search terms, so a save rewrites the search indexes only when the
names change (the key is a hash, never the names themselves)."""

SQL = """
ALTER TABLE case_index ADD COLUMN terms_key TEXT NOT NULL DEFAULT '';
"""
