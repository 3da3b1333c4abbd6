-- SPDX-License-Identifier: GPL-3.0-or-later
-- The "bare" of the points import (bench-township.c): the same rows the
-- program's `import points --reviewed` leaves (entries, their totals in the
-- cache, an insert and a review row in the audit log for each) written by
-- plain SQL from the CSV imported as table e, with none of the program's
-- checks. Run by the benchmark as
--   sqlite3 COPY-OF-points-base.db ".import --csv entries.csv e" ".read points-floor.sql"
-- Household entries only (950 000 of the million: the party ones would
-- need a lookup by ID number), so it flatters the bare side a little. The insert's JSON lists
-- point_entry's columns at schema 5; the review's, the columns it changed (schema 18).
PRAGMA cache_size = -8192;
PRAGMA temp_store = MEMORY;
BEGIN;
DROP TRIGGER audit_point_entry_insert;
INSERT INTO point_entry (scheme, household_id, rule_id, entry_date, quarter, quantity, points, note, evidence, recorded_by, state, reviewed_by, reviewed_at)
SELECT 'household', h.id, r.id, e."日期", substr(e."日期",1,4)||'Q'||((CAST(substr(e."日期",6,2) AS INTEGER)+2)/3), e."数量", r.points*e."数量", e."备注", '', 'x', 'reviewed', 'x', '2026-12-02T00:00:00'
FROM e JOIN household h ON h.number = e."户号" JOIN point_rule r ON r.code = e."规则编号" WHERE e."户号" <> '';
INSERT INTO audit_log (change_id, operator, table_name, row_id, action, after)
SELECT 1, 'x', 'point_entry', t.rowid, 'insert', json_object('id', t.id, 'scheme', t.scheme, 'household_id', t.household_id, 'person_id', t.person_id, 'rule_id', t.rule_id, 'entry_date', t.entry_date, 'quarter', t.quarter, 'quantity', t.quantity, 'points', t.points, 'note', t.note, 'evidence', t.evidence, 'recorded_by', t.recorded_by, 'recorded_at', t.recorded_at, 'state', 'pending', 'reviewed_by', NULL, 'reviewed_at', NULL, 'reject_reason', t.reject_reason, 'reverses_id', t.reverses_id, 'corrects_quarter', t.corrects_quarter) FROM point_entry t;
INSERT INTO audit_log (change_id, operator, table_name, row_id, action, before, after)
SELECT 1, 'x', 'point_entry', t.rowid, 'update', '{"state":"pending","reviewed_by":null,"reviewed_at":null}', json_object('state', t.state, 'reviewed_by', t.reviewed_by, 'reviewed_at', t.reviewed_at) FROM point_entry t;
COMMIT;
