"""A key of each case's stage rows and file list as last written (``cases.write_index``).

A save or an import rewrites a case's index row; its stage rows and file references
rarely change, and reading them back to compare cost a query or two per case (a tenth
of the importing process's time in a sync of 10,000 edited cases). With the key, they
are read only when the key differs. Rows from before are ``''``: compared as before at
their next write, and keyed from then on."""

SQL = """
ALTER TABLE case_index ADD COLUMN rows_key TEXT NOT NULL DEFAULT '';
"""
