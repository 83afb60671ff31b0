"""Signed audit checkpoints of the organisation's other devices, held as copies elsewhere:
a device whose history was rewritten disagrees with what its peers hold."""

SQL = """
CREATE TABLE audit_checkpoints (
    device TEXT NOT NULL,
    vault TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL,
    at TEXT NOT NULL,
    signing_key TEXT NOT NULL,
    signature TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (device, seq)
);
"""
