-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: points (积分制) and the points shop (积分超市).
-- Trust in the tally is the point of the scheme, so the rules that keep it
-- honest are also written here as triggers: whatever writes to this file,
-- a reviewed entry never changes, a published quarter never changes, stock
-- never goes below zero.

CREATE TABLE point_rule (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
  scheme      TEXT NOT NULL CHECK (scheme IN ('household', 'party')),
  category    TEXT NOT NULL CHECK (length(trim(category)) > 0),
  description TEXT NOT NULL CHECK (length(trim(description)) > 0),
  points      INTEGER NOT NULL CHECK (points <> 0),
  unit        TEXT NOT NULL DEFAULT '次',
  quarter_cap INTEGER CHECK (quarter_cap IS NULL OR quarter_cap > 0),
  retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);

-- A published quarter: its publicity period (公示期) and the lock on it.
CREATE TABLE point_quarter (
  id             INTEGER PRIMARY KEY,
  quarter        TEXT NOT NULL UNIQUE CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
  publicity_from TEXT NOT NULL,
  publicity_to   TEXT NOT NULL CHECK (publicity_to >= publicity_from),
  published_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
  published_by   TEXT NOT NULL
);

CREATE TABLE point_entry (
  id               INTEGER PRIMARY KEY,
  scheme           TEXT NOT NULL CHECK (scheme IN ('household', 'party')),
  household_id     INTEGER REFERENCES household (id),
  person_id        INTEGER REFERENCES person (id),
  rule_id          INTEGER NOT NULL REFERENCES point_rule (id),
  entry_date       TEXT NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  quarter          TEXT NOT NULL,              -- of entry_date, kept for the tally's index
  quantity         INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
  points           INTEGER NOT NULL,           -- fixed when entered; rule changes never touch it
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

CREATE TRIGGER point_quarter_final BEFORE UPDATE ON point_quarter
BEGIN SELECT RAISE(ABORT, 'a published quarter cannot be changed'); END;

-- Reviewed points per household (or party member) and quarter, kept by
-- triggers, so that the tally of a million entries reads a few thousand
-- rows. Derived data: cache_ tables are not audited. Reviewed entries never
-- change, so adding on the way in is all it takes.
CREATE TABLE cache_point_total (
  scheme     TEXT NOT NULL,
  subject_id INTEGER NOT NULL,
  quarter    TEXT NOT NULL,
  points     INTEGER NOT NULL,
  PRIMARY KEY (scheme, subject_id, quarter)
) WITHOUT ROWID;   -- clustered on the key: the tally reads it in order, no lookups

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

-- 异议复核: an objection to a household's (or member's) published total.
CREATE TABLE point_objection (
  id           INTEGER PRIMARY KEY,
  quarter      TEXT NOT NULL REFERENCES point_quarter (quarter),
  scheme       TEXT NOT NULL CHECK (scheme IN ('household', 'party')),
  subject_id   INTEGER NOT NULL,
  raised_on    TEXT NOT NULL,
  raised_by    TEXT NOT NULL CHECK (length(trim(raised_by)) > 0),
  content      TEXT NOT NULL CHECK (length(trim(content)) > 0),
  outcome      TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'upheld', 'dismissed')),
  outcome_note TEXT NOT NULL DEFAULT '',
  decided_on   TEXT
);

CREATE TABLE shop_goods (
  id      INTEGER PRIMARY KEY,
  name    TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  unit    TEXT NOT NULL DEFAULT '件',
  price   INTEGER NOT NULL CHECK (price > 0),     -- in points
  stock   INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);

CREATE TABLE shop_stock_in (
  id          INTEGER PRIMARY KEY,
  goods_id    INTEGER NOT NULL REFERENCES shop_goods (id),
  quantity    INTEGER NOT NULL CHECK (quantity > 0),
  received_on TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE shop_redemption (
  id           INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES household (id),
  redeemed_on  TEXT NOT NULL,
  points       INTEGER NOT NULL CHECK (points > 0),
  operator     TEXT NOT NULL,
  voided       INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  void_reason  TEXT NOT NULL DEFAULT '',
  voided_on    TEXT,
  CHECK (voided = 0 OR length(trim(void_reason)) > 0)
);
CREATE INDEX shop_redemption_household ON shop_redemption (household_id, redeemed_on);

CREATE TABLE shop_redemption_line (
  id            INTEGER PRIMARY KEY,
  redemption_id INTEGER NOT NULL REFERENCES shop_redemption (id),
  goods_id      INTEGER NOT NULL REFERENCES shop_goods (id),
  quantity      INTEGER NOT NULL CHECK (quantity > 0),
  price         INTEGER NOT NULL CHECK (price > 0)   -- the price on the day
);
CREATE INDEX shop_redemption_line_redemption ON shop_redemption_line (redemption_id);

CREATE TRIGGER point_quarter_kept BEFORE DELETE ON point_quarter
BEGIN SELECT RAISE(ABORT, 'a published quarter cannot be withdrawn'); END;
