"""Handoff: peers, applied bundles, per-peer sync state and base copies, conflicts, transfers.

``handoff_changes`` gives every record a local change number (a trigger keeps it), so a
sync bundle can carry "everything changed since the peer's last acknowledgement" without
trusting clocks of other devices.
"""

SQL = """
CREATE TABLE handoff_peers (
    fingerprint   TEXT PRIMARY KEY,
    org_id        TEXT NOT NULL,
    org_name      TEXT NOT NULL,
    country       TEXT NOT NULL,
    device_id     TEXT NOT NULL,
    age_recipient TEXT NOT NULL UNIQUE,
    signing_key   TEXT NOT NULL UNIQUE,
    trusted       INTEGER NOT NULL DEFAULT 0,
    added_at      TEXT NOT NULL,
    added_by      TEXT NOT NULL,
    trusted_at    TEXT,
    card          TEXT NOT NULL
);

-- Every bundle applied here: a bundle id is applied at most once (replay protection).
CREATE TABLE handoff_applied (
    bundle_id  TEXT PRIMARY KEY,
    sender     TEXT NOT NULL,
    kind       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    applied_by TEXT NOT NULL,
    counts     TEXT NOT NULL
);

-- Bundles written here, for the history and for acknowledgements.
CREATE TABLE handoff_exports (
    bundle_id  TEXT PRIMARY KEY,
    peer       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    counts     TEXT NOT NULL,
    upto_seq   INTEGER NOT NULL DEFAULT 0
);

-- What each peer has confirmed (acked_seq, our change numbers) and what we received from it.
CREATE TABLE handoff_sync_state (
    peer          TEXT PRIMARY KEY,
    acked_seq     INTEGER NOT NULL DEFAULT 0,
    received_seq  INTEGER NOT NULL DEFAULT 0
);

-- The last version of each record received from a peer: the common ancestor for merges.
CREATE TABLE handoff_base (
    peer      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hlc       TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0,
    data      BLOB NOT NULL,
    PRIMARY KEY (peer, record_id)
);

-- Fields edited on both sides: kept until a person chooses, never silently overwritten.
CREATE TABLE handoff_conflicts (
    id          INTEGER PRIMARY KEY,
    peer        TEXT NOT NULL,
    bundle_id   TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    path        TEXT NOT NULL,
    base        TEXT NOT NULL,
    local       TEXT NOT NULL,
    remote      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution  TEXT
);
CREATE INDEX handoff_conflicts_open ON handoff_conflicts(record_id, resolved_at);

-- Transfer log: each case sent to (or received from) another organisation, which fields,
-- for what purpose, on which legal basis, when and by whom.
CREATE TABLE handoff_transfers (
    id          INTEGER PRIMARY KEY,
    bundle_id   TEXT NOT NULL,
    direction   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    peer        TEXT NOT NULL,
    recipient   TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    fields      TEXT NOT NULL,
    at          TEXT NOT NULL,
    by          TEXT NOT NULL
);
CREATE INDEX handoff_transfers_record ON handoff_transfers(record_id);

CREATE TABLE handoff_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id  TEXT NOT NULL UNIQUE
);
INSERT INTO handoff_changes(id) SELECT id FROM records ORDER BY rowid;
CREATE TRIGGER handoff_changes_insert AFTER INSERT ON records
BEGIN
    DELETE FROM handoff_changes WHERE id = NEW.id;
    INSERT INTO handoff_changes(id) VALUES (NEW.id);
END;
CREATE TRIGGER handoff_changes_update AFTER UPDATE ON records
BEGIN
    DELETE FROM handoff_changes WHERE id = NEW.id;
    INSERT INTO handoff_changes(id) VALUES (NEW.id);
END;
"""
