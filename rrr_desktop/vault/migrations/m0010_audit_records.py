"""Record contents in the audit chain: every transaction that writes records ends with one
``records.digest`` audit entry whose hash covers a root over these rows (record id and the
digest of what was stored), so a record changed outside the app no longer matches."""

SQL = """
CREATE TABLE audit_records (
    seq INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    digest TEXT NOT NULL
);
CREATE INDEX audit_records_record ON audit_records(record_id, seq);
CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
"""
