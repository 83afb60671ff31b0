"""What each side knows of the other's restores (docs/sync-model.md, "A laptop put back
from a backup").

- ``epoch``: the peer's latest sync epoch seen. A bundle with a later epoch comes from a
  laptop put back from a backup since; one with an earlier epoch was made before that,
  and says nothing true about what the laptop holds now.
- ``restored``: what we held of the peer's versions when this vault was last put back
  from a backup, until the peer shows it knows (NULL: no restore of ours is pending).
"""

SQL = """
ALTER TABLE handoff_sync_state ADD COLUMN epoch TEXT NOT NULL DEFAULT '';
ALTER TABLE handoff_sync_state ADD COLUMN restored TEXT;
"""
