"""Who else a case is assigned to, in the index (",bob,carol,"), so need-to-know search,
counts and Today include the cases a caseworker was added to beside the caseworker."""

SQL = """
ALTER TABLE case_index ADD COLUMN assigned TEXT NOT NULL DEFAULT '';
"""
