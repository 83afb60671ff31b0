"""Each stage change carries its case's reference, origin and programme, with an index
that holds them, so the list of returns over any period is read from that index alone
(joining every trip to its case row read a page of the index per trip: 0.4 s at 100,000
cases for all time)."""

SQL = """
DELETE FROM case_stage_changes WHERE rid NOT IN (SELECT rid FROM case_index);
ALTER TABLE case_stage_changes ADD COLUMN reference TEXT NOT NULL DEFAULT '';
ALTER TABLE case_stage_changes ADD COLUMN origin_country TEXT NOT NULL DEFAULT '';
ALTER TABLE case_stage_changes ADD COLUMN programme TEXT NOT NULL DEFAULT '';
UPDATE case_stage_changes SET
    reference = coalesce((SELECT reference FROM case_index c
                          WHERE c.rid = case_stage_changes.rid), ''),
    origin_country = coalesce((SELECT origin_country FROM case_index c
                               WHERE c.rid = case_stage_changes.rid), ''),
    programme = coalesce((SELECT programme FROM case_index c
                          WHERE c.rid = case_stage_changes.rid), '');
CREATE INDEX case_stage_changes_trips ON case_stage_changes(
    to_stage, imported, rid, on_date, reference, origin_country, programme);
"""
