-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: exact figures, locked quarters, clean keys.
--
-- 1. Bounds on every figure a person enters, so that no sum, balance or
--    stock can overflow (the same numbers as core/points/cw-points-limits.h):
--    a rule gives or takes at most 100 000 points a use, its quarter cap is
--    at most 1 000 000; an entry counts 1–10 000 uses (so at most
--    1 000 000 000 points); goods cost 1–1 000 000 points a piece; a
--    delivery brings 1–100 000 pieces and a shelf holds at most 10 000 000;
--    a counter line takes 1–10 000 pieces; a redemption costs at most
--    1 000 000 000 000 points. SQLite cannot alter a CHECK, so the six
--    tables are rebuilt as its documentation says (new table, copy, drop,
--    rename, indexes and triggers again; the program turns foreign keys
--    off around migrations and checks them before the commit). Rows
--    written before these bounds existed are carried over as they were,
--    even when out of bounds, so that no office is locked out of its
--    register: such a row is no damage (`cunwu check` and the backups'
--    check call the file healthy, see check_integrity() in cw-health.c),
--    and every later write of the row must respect the bounds.
-- 2. Nothing dated in a published quarter changes, whatever writes: point
--    entries were locked in schema 3; now also redemptions (and their
--    lines, and voiding them) and stock received.
-- 3. Keys and names as core now cleans them at the door (cw-text.h): the
--    stored ones are cleaned here. Where cleaning would make two rows one
--    key (０１０００１ beside 010001: the second household the old program
--    let in), the row is left as it was (UPDATE OR IGNORE), never merged
--    and never renamed: both stay in the register, and saving the left one
--    in the window says that its number is taken, which is where the
--    office decides which household is the real one.
--
-- Audit triggers are reinstalled by the program after this file (cw-audit.c).

-- 1. Bounds -----------------------------------------------------------------

-- Rows from before the bounds are carried over as they are (see above);
-- the program turns this off again after every migration.
PRAGMA ignore_check_constraints = ON;

CREATE TABLE new_point_rule (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
  scheme      TEXT NOT NULL CHECK (scheme IN ('household', 'party')),
  category    TEXT NOT NULL CHECK (length(trim(category)) > 0),
  description TEXT NOT NULL CHECK (length(trim(description)) > 0),
  points      INTEGER NOT NULL CHECK (points <> 0 AND points BETWEEN -100000 AND 100000),
  unit        TEXT NOT NULL DEFAULT '次',
  quarter_cap INTEGER CHECK (quarter_cap IS NULL OR quarter_cap BETWEEN 1 AND 1000000),
  retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);
INSERT INTO new_point_rule (id, code, scheme, category, description, points, unit, quarter_cap, retired)
  SELECT id, code, scheme, category, description, points, unit, quarter_cap, retired FROM point_rule;
DROP TABLE point_rule;
ALTER TABLE new_point_rule RENAME TO point_rule;

CREATE TABLE new_point_entry (
  id               INTEGER PRIMARY KEY,
  scheme           TEXT NOT NULL CHECK (scheme IN ('household', 'party')),
  household_id     INTEGER REFERENCES household (id),
  person_id        INTEGER REFERENCES person (id),
  rule_id          INTEGER NOT NULL REFERENCES point_rule (id),
  entry_date       TEXT NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  quarter          TEXT NOT NULL,              -- of entry_date, kept for the tally's index
  quantity         INTEGER NOT NULL DEFAULT 1 CHECK (quantity BETWEEN 1 AND 10000),
  points           INTEGER NOT NULL CHECK (points BETWEEN -1000000000 AND 1000000000),
  note             TEXT NOT NULL DEFAULT '',
  evidence         TEXT NOT NULL DEFAULT '',
  recorded_by      TEXT NOT NULL,
  recorded_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
  state            TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'reviewed', 'rejected')),
  reviewed_by      TEXT,
  reviewed_at      TEXT,
  reject_reason    TEXT NOT NULL DEFAULT '',
  reverses_id      INTEGER REFERENCES point_entry (id),  -- a reversing entry names what it reverses
  corrects_quarter TEXT,                                 -- set when that lies in a published quarter
  CHECK ((scheme = 'household') = (household_id IS NOT NULL)),
  CHECK ((scheme = 'party') = (person_id IS NOT NULL))
);
INSERT INTO new_point_entry (id, scheme, household_id, person_id, rule_id, entry_date, quarter, quantity,
                             points, note, evidence, recorded_by, recorded_at, state, reviewed_by,
                             reviewed_at, reject_reason, reverses_id, corrects_quarter)
  SELECT id, scheme, household_id, person_id, rule_id, entry_date, quarter, quantity,
         points, note, evidence, recorded_by, recorded_at, state, reviewed_by,
         reviewed_at, reject_reason, reverses_id, corrects_quarter FROM point_entry;
DROP TABLE point_entry;
ALTER TABLE new_point_entry RENAME TO point_entry;
-- reverses_id above already names point_entry, the name the new table
-- takes, so the reversals point where they did.

CREATE INDEX point_entry_household ON point_entry (household_id, quarter);
CREATE INDEX point_entry_person ON point_entry (person_id, quarter);
CREATE INDEX point_entry_queue ON point_entry (state, quarter);
CREATE UNIQUE INDEX point_entry_reversed_once ON point_entry (reverses_id) WHERE reverses_id IS NOT NULL;

CREATE TRIGGER point_entry_reviewed_is_final BEFORE UPDATE ON point_entry
WHEN OLD.state <> 'pending'
BEGIN SELECT RAISE(ABORT, 'a reviewed or rejected point entry cannot be changed'); END;

CREATE TRIGGER point_entry_only_pending_deleted BEFORE DELETE ON point_entry
WHEN OLD.state <> 'pending'
BEGIN SELECT RAISE(ABORT, 'a reviewed or rejected point entry cannot be deleted'); END;

CREATE TRIGGER point_entry_locked_insert BEFORE INSERT ON point_entry
WHEN EXISTS (SELECT 1 FROM point_quarter WHERE quarter = NEW.quarter)
BEGIN SELECT RAISE(ABORT, 'the quarter is published and locked'); END;

CREATE TRIGGER point_entry_locked_update BEFORE UPDATE ON point_entry
WHEN EXISTS (SELECT 1 FROM point_quarter WHERE quarter IN (OLD.quarter, NEW.quarter))
BEGIN SELECT RAISE(ABORT, 'the quarter is published and locked'); END;

CREATE TRIGGER point_entry_locked_delete BEFORE DELETE ON point_entry
WHEN EXISTS (SELECT 1 FROM point_quarter WHERE quarter = OLD.quarter)
BEGIN SELECT RAISE(ABORT, 'the quarter is published and locked'); END;

-- The quarter column is the entry date's quarter, not whatever a writer
-- says it is: a wrong one would slip past the lock above.
CREATE TRIGGER point_entry_quarter_of_date BEFORE INSERT ON point_entry
WHEN NEW.quarter IS NOT substr(NEW.entry_date, 1, 4) || 'Q' || ((CAST(substr(NEW.entry_date, 6, 2) AS INTEGER) + 2) / 3)
BEGIN SELECT RAISE(ABORT, 'the quarter of a point entry is the quarter of its date'); END;

CREATE TRIGGER point_total_on_insert AFTER INSERT ON point_entry
WHEN NEW.state = 'reviewed'
BEGIN
  INSERT INTO cache_point_total (scheme, subject_id, quarter, points)
  VALUES (NEW.scheme, coalesce(NEW.household_id, NEW.person_id), NEW.quarter, NEW.points)
  ON CONFLICT (scheme, subject_id, quarter) DO UPDATE SET points = points + excluded.points;
END;

CREATE TRIGGER point_total_on_review AFTER UPDATE OF state ON point_entry
WHEN NEW.state = 'reviewed' AND OLD.state = 'pending'
BEGIN
  INSERT INTO cache_point_total (scheme, subject_id, quarter, points)
  VALUES (NEW.scheme, coalesce(NEW.household_id, NEW.person_id), NEW.quarter, NEW.points)
  ON CONFLICT (scheme, subject_id, quarter) DO UPDATE SET points = points + excluded.points;
END;

CREATE TABLE new_shop_goods (
  id      INTEGER PRIMARY KEY,
  name    TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  unit    TEXT NOT NULL DEFAULT '件',
  price   INTEGER NOT NULL CHECK (price BETWEEN 1 AND 1000000),      -- in points
  stock   INTEGER NOT NULL DEFAULT 0 CHECK (stock BETWEEN 0 AND 10000000),
  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);
INSERT INTO new_shop_goods (id, name, unit, price, stock, retired)
  SELECT id, name, unit, price, stock, retired FROM shop_goods;
DROP TABLE shop_goods;
ALTER TABLE new_shop_goods RENAME TO shop_goods;

CREATE TABLE new_shop_stock_in (
  id          INTEGER PRIMARY KEY,
  goods_id    INTEGER NOT NULL REFERENCES shop_goods (id),
  quantity    INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
  received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  note        TEXT NOT NULL DEFAULT ''
);
INSERT INTO new_shop_stock_in (id, goods_id, quantity, received_on, note)
  SELECT id, goods_id, quantity, received_on, note FROM shop_stock_in;
DROP TABLE shop_stock_in;
ALTER TABLE new_shop_stock_in RENAME TO shop_stock_in;

CREATE TABLE new_shop_redemption (
  id           INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES household (id),
  redeemed_on  TEXT NOT NULL CHECK (redeemed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  points       INTEGER NOT NULL CHECK (points BETWEEN 1 AND 1000000000000),
  operator     TEXT NOT NULL,
  voided       INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  void_reason  TEXT NOT NULL DEFAULT '',
  voided_on    TEXT,
  CHECK (voided = 0 OR length(trim(void_reason)) > 0)
);
INSERT INTO new_shop_redemption (id, household_id, redeemed_on, points, operator, voided, void_reason, voided_on)
  SELECT id, household_id, redeemed_on, points, operator, voided, void_reason, voided_on FROM shop_redemption;
DROP TABLE shop_redemption;
ALTER TABLE new_shop_redemption RENAME TO shop_redemption;
CREATE INDEX shop_redemption_household ON shop_redemption (household_id, redeemed_on);

CREATE TABLE new_shop_redemption_line (
  id            INTEGER PRIMARY KEY,
  redemption_id INTEGER NOT NULL REFERENCES shop_redemption (id),
  goods_id      INTEGER NOT NULL REFERENCES shop_goods (id),
  quantity      INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 10000),
  price         INTEGER NOT NULL CHECK (price BETWEEN 1 AND 1000000)   -- the price on the day
);
INSERT INTO new_shop_redemption_line (id, redemption_id, goods_id, quantity, price)
  SELECT id, redemption_id, goods_id, quantity, price FROM shop_redemption_line;
DROP TABLE shop_redemption_line;
ALTER TABLE new_shop_redemption_line RENAME TO shop_redemption_line;
CREATE INDEX shop_redemption_line_redemption ON shop_redemption_line (redemption_id);

PRAGMA ignore_check_constraints = OFF;

-- 2. Locked quarters --------------------------------------------------------
-- A day's quarter as the program writes it (cw_quarter_of_date()): 2026-05-01 → 2026Q2.

CREATE TRIGGER shop_redemption_locked_insert BEFORE INSERT ON shop_redemption
WHEN EXISTS (SELECT 1 FROM point_quarter WHERE quarter =
             substr(NEW.redeemed_on, 1, 4) || 'Q' || ((CAST(substr(NEW.redeemed_on, 6, 2) AS INTEGER) + 2) / 3))
BEGIN SELECT RAISE(ABORT, 'the quarter is published and locked'); END;

CREATE TRIGGER shop_redemption_locked_update BEFORE UPDATE ON shop_redemption
WHEN EXISTS (SELECT 1 FROM point_quarter WHERE quarter IN
             (substr(OLD.redeemed_on, 1, 4) || 'Q' || ((CAST(substr(OLD.redeemed_on, 6, 2) AS INTEGER) + 2) / 3),
              substr(NEW.redeemed_on, 1, 4) || 'Q' || ((CAST(substr(NEW.redeemed_on, 6, 2) AS INTEGER) + 2) / 3)))
BEGIN SELECT RAISE(ABORT, 'the quarter is published and locked'); END;

CREATE TRIGGER shop_redemption_locked_delete BEFORE DELETE ON shop_redemption
WHEN EXISTS (SELECT 1 FROM point_quarter WHERE quarter =
             substr(OLD.redeemed_on, 1, 4) || 'Q' || ((CAST(substr(OLD.redeemed_on, 6, 2) AS INTEGER) + 2) / 3))
BEGIN SELECT RAISE(ABORT, 'the quarter is published and locked'); END;

CREATE TRIGGER shop_redemption_line_locked_insert BEFORE INSERT ON shop_redemption_line
WHEN EXISTS (SELECT 1 FROM shop_redemption r JOIN point_quarter q
             ON q.quarter = substr(r.redeemed_on, 1, 4) || 'Q' || ((CAST(substr(r.redeemed_on, 6, 2) AS INTEGER) + 2) / 3)
             WHERE r.id = NEW.redemption_id)
BEGIN SELECT RAISE(ABORT, 'the quarter is published and locked'); END;

CREATE TRIGGER shop_redemption_line_locked_update BEFORE UPDATE ON shop_redemption_line
WHEN EXISTS (SELECT 1 FROM shop_redemption r JOIN point_quarter q
             ON q.quarter = substr(r.redeemed_on, 1, 4) || 'Q' || ((CAST(substr(r.redeemed_on, 6, 2) AS INTEGER) + 2) / 3)
             WHERE r.id IN (OLD.redemption_id, NEW.redemption_id))
BEGIN SELECT RAISE(ABORT, 'the quarter is published and locked'); END;

CREATE TRIGGER shop_redemption_line_locked_delete BEFORE DELETE ON shop_redemption_line
WHEN EXISTS (SELECT 1 FROM shop_redemption r JOIN point_quarter q
             ON q.quarter = substr(r.redeemed_on, 1, 4) || 'Q' || ((CAST(substr(r.redeemed_on, 6, 2) AS INTEGER) + 2) / 3)
             WHERE r.id = OLD.redemption_id)
BEGIN SELECT RAISE(ABORT, 'the quarter is published and locked'); END;

CREATE TRIGGER shop_stock_in_locked_insert BEFORE INSERT ON shop_stock_in
WHEN EXISTS (SELECT 1 FROM point_quarter WHERE quarter =
             substr(NEW.received_on, 1, 4) || 'Q' || ((CAST(substr(NEW.received_on, 6, 2) AS INTEGER) + 2) / 3))
BEGIN SELECT RAISE(ABORT, 'the quarter is published and locked'); END;

CREATE TRIGGER shop_stock_in_locked_update BEFORE UPDATE ON shop_stock_in
WHEN EXISTS (SELECT 1 FROM point_quarter WHERE quarter IN
             (substr(OLD.received_on, 1, 4) || 'Q' || ((CAST(substr(OLD.received_on, 6, 2) AS INTEGER) + 2) / 3),
              substr(NEW.received_on, 1, 4) || 'Q' || ((CAST(substr(NEW.received_on, 6, 2) AS INTEGER) + 2) / 3)))
BEGIN SELECT RAISE(ABORT, 'the quarter is published and locked'); END;

CREATE TRIGGER shop_stock_in_locked_delete BEFORE DELETE ON shop_stock_in
WHEN EXISTS (SELECT 1 FROM point_quarter WHERE quarter =
             substr(OLD.received_on, 1, 4) || 'Q' || ((CAST(substr(OLD.received_on, 6, 2) AS INTEGER) + 2) / 3))
BEGIN SELECT RAISE(ABORT, 'the quarter is published and locked'); END;

-- 3. Clean keys and names ---------------------------------------------------
-- cw_clean_line(), cw_normalize_key() and cw_search_key() are the
-- program's own (cw-text.c); the program registers them before migrating.

UPDATE OR IGNORE village SET name = cw_clean_line(name) WHERE name IS NOT cw_clean_line(name);
UPDATE OR IGNORE village_group SET name = cw_clean_line(name) WHERE name IS NOT cw_clean_line(name);
UPDATE OR IGNORE household SET number = cw_clean_line(number) WHERE number IS NOT cw_clean_line(number);
UPDATE OR IGNORE person SET name = cw_clean_line(name), search_key = cw_search_key(cw_clean_line(name))
  WHERE name IS NOT cw_clean_line(name);
UPDATE OR IGNORE person SET id_number = cw_normalize_key(id_number)
  WHERE id_number IS NOT cw_normalize_key(id_number);
UPDATE OR IGNORE point_rule SET code = cw_normalize_key(code) WHERE code IS NOT cw_normalize_key(code);
UPDATE OR IGNORE point_rule SET category = cw_clean_line(category) WHERE category IS NOT cw_clean_line(category);
UPDATE OR IGNORE shop_goods SET name = cw_clean_line(name) WHERE name IS NOT cw_clean_line(name);
