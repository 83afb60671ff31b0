"""What each side knows of the other's restores (``vault/sync_epochs.py``;
docs/sync-model.md, "A laptop put back from a backup").

- ``epoch``: the peer's latest sync epoch seen; ``seen_epochs``: every epoch seen from it.
  A bundle with an epoch not seen before comes from a laptop put back from a backup since;
  one with an earlier epoch was made before that, and says nothing true about what the
  laptop holds now.
- ``restored``, ``restored_epoch``: what we held of the peer's versions when this vault
  was last put back from a backup (and the peer's epoch that mark is about), until the
  peer shows it knows (``restored`` NULL: no restore of ours is pending there).
"""

SQL = """
ALTER TABLE handoff_sync_state ADD COLUMN epoch TEXT NOT NULL DEFAULT '';
ALTER TABLE handoff_sync_state ADD COLUMN seen_epochs TEXT NOT NULL DEFAULT '';
ALTER TABLE handoff_sync_state ADD COLUMN restored TEXT;
ALTER TABLE handoff_sync_state ADD COLUMN restored_epoch TEXT NOT NULL DEFAULT '';
"""
