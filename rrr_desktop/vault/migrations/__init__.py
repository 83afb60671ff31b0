"""Numbered schema migrations. Each runs in one transaction and sets ``user_version``.

Add a module ``mNNNN_name.py`` with a ``SQL`` string and list it in ``MIGRATIONS``.
"""

from rrr_desktop.vault.migrations import m0001_initial, m0002_handoff, m0006_case_list_indexes

MIGRATIONS: list[tuple[int, str]] = [
    (1, m0001_initial.SQL),
    (2, m0002_handoff.SQL),
    (6, m0006_case_list_indexes.SQL),
]
