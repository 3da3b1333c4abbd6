-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: the village itself, its groups, settings and the audit log.
-- Audit triggers are not written here: the program (re)creates them for every
-- table after each migration, so a new table is audited without anyone
-- having to remember it (see cw-audit.c).

CREATE TABLE village (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  township   TEXT NOT NULL DEFAULT '',
  county     TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);

-- 村民小组. position orders them as the office does (第一组, 第二组 …);
-- a group is retired, never deleted, because households keep pointing at it.
CREATE TABLE village_group (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  position   INTEGER NOT NULL,
  retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);

CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- change_id groups the rows of one transaction: one change as the person
-- made it (saving a household with its head), which is also what Undo reverts.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  change_id  INTEGER NOT NULL,
  at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime')),
  operator   TEXT NOT NULL,
  table_name TEXT NOT NULL,
  row_id     INTEGER,
  action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  before     TEXT,
  after      TEXT
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);
CREATE INDEX audit_log_change ON audit_log (change_id);

-- The audit log is the record of the record: it may only grow.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
