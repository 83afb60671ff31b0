"""Handoff: peers, applied bundles, per-peer sync state and base copies, conflicts, transfers.

A sync bundle carries "everything changed since the peer's last acknowledgement": local
edits are found by their hybrid-logical-clock version (``records.hlc``, monotonic on this
device), and versions taken over unchanged from another device are found through
``handoff_received`` (when they arrived here, on this device's clock), so a peer's slow
clock cannot hide a change. No trigger on ``records``: triggers doubled the cost of saves.
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
    upto       TEXT NOT NULL DEFAULT ''
);

-- What each peer confirmed having (acked: our clock) and what we have from it (received).
CREATE TABLE handoff_sync_state (
    peer     TEXT PRIMARY KEY,
    acked    TEXT NOT NULL DEFAULT '',
    received TEXT NOT NULL DEFAULT ''
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

-- Records stored here with another device's version: when they arrived (our clock).
CREATE TABLE handoff_received (
    id        TEXT PRIMARY KEY,
    local_hlc TEXT NOT NULL
);
CREATE INDEX handoff_received_hlc ON handoff_received(local_hlc);
"""
