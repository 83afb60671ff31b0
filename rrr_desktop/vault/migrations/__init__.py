"""Numbered schema migrations. Each runs in one transaction and sets ``user_version``.

Add a module ``mNNNN_name.py`` with a ``SQL`` string (or an ``upgrade(conn)`` function
when rows must be rewritten) and list it in ``MIGRATIONS``.
"""

from collections.abc import Callable
from typing import Any

from rrr_desktop.vault.migrations import (
    m0001_initial,
    m0002_handoff,
    m0006_case_list_indexes,
    m0007_replica,
    m0008_terms_key,
    m0009_audit_checkpoints,
    m0010_audit_records,
    m0011_assigned,
    m0012_approval,
    m0013_name_key,
    m0014_notes_attachments,
    m0015_print_records,
    m0016_age_group,
    m0017_stage_changes,
    m0018_trips,
    m0019_list_indexes,
    m0020_list_order,
    m0021_sync_epochs,
    m0022_rows_key,
)

Step = str | Callable[[Any], None]

MIGRATIONS: list[tuple[int, Step]] = [
    (1, m0001_initial.SQL),
    (2, m0002_handoff.SQL),
    (6, m0006_case_list_indexes.SQL),
    (7, m0007_replica.upgrade),
    (8, m0008_terms_key.SQL),
    (9, m0009_audit_checkpoints.SQL),
    (10, m0010_audit_records.SQL),
    (11, m0011_assigned.SQL),
    (12, m0012_approval.upgrade),
    (13, m0013_name_key.upgrade),
    (14, m0014_notes_attachments.SQL),
    (15, m0015_print_records.SQL),
    (16, m0016_age_group.upgrade),
    (17, m0017_stage_changes.upgrade),
    (18, m0018_trips.SQL),
    (19, m0019_list_indexes.SQL),
    (20, m0020_list_order.SQL),
    (21, m0021_sync_epochs.SQL),
    (22, m0022_rows_key.SQL),
]
