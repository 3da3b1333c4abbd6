-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 10: benefits and awards (慰问、奖励与评比).
-- Money is integer fen. Nothing is deleted: a programme is withdrawn, a
-- beneficiary removed, an award withdrawn, each with a date and a reason.

-- A programme (项目): who is eligible is a rule over the register on its
-- date (every set field must hold), or persons nominated by hand (who must
-- still meet the set fields). The list is frozen when it is approved.
CREATE TABLE benefit_programme (
  id                 INTEGER PRIMARY KEY,
  name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind               TEXT NOT NULL CHECK (kind IN ('visit', 'reward', 'appraisal')),
  date               TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  per                TEXT NOT NULL DEFAULT 'person' CHECK (per IN ('person', 'household')),
  amount             INTEGER NOT NULL DEFAULT 0 CHECK (amount BETWEEN 0 AND 100000000),
  in_kind            TEXT NOT NULL DEFAULT '',
  by_hand            INTEGER NOT NULL DEFAULT 0 CHECK (by_hand IN (0, 1)),
  min_age_male       INTEGER CHECK (min_age_male IS NULL OR min_age_male BETWEEN 0 AND 150),
  min_age_female     INTEGER CHECK (min_age_female IS NULL OR min_age_female BETWEEN 0 AND 150),
  min_age            INTEGER CHECK (min_age IS NULL OR min_age BETWEEN 0 AND 150),
  tag                TEXT,
  flag               TEXT,
  group_id           INTEGER REFERENCES village_group (id),
  account            TEXT NOT NULL DEFAULT '公益支出' CHECK (length(trim(account)) > 0),
  needs_representatives INTEGER NOT NULL DEFAULT 0 CHECK (needs_representatives IN (0, 1)),
  reviewed_on        TEXT,          -- 两委 review
  reviewed_by        TEXT NOT NULL DEFAULT '',   -- who holds a 两委 office that day
  representatives_on TEXT,          -- 村民代表会议 approval
  state              TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'approved', 'withdrawn')),
  state_date         TEXT,
  state_reason       TEXT NOT NULL DEFAULT '',
  notes              TEXT NOT NULL DEFAULT '',
  CHECK (state = 'draft' OR state_date IS NOT NULL),
  CHECK (state <> 'approved' OR reviewed_on IS NOT NULL),
  CHECK (state <> 'approved' OR needs_representatives = 0 OR representatives_on IS NOT NULL)
);
CREATE INDEX benefit_programme_date ON benefit_programme (date);

-- One row per person (or per household, its head on the date) on a
-- programme's list. Rows of the computed list are written when it is
-- approved; hand nominations before; late additions after, with a reason.
CREATE TABLE benefit_beneficiary (
  id            INTEGER PRIMARY KEY,
  programme_id  INTEGER NOT NULL REFERENCES benefit_programme (id),
  person_id     INTEGER NOT NULL REFERENCES person (id),
  household_id  INTEGER NOT NULL REFERENCES household (id),
  group_id      INTEGER NOT NULL REFERENCES village_group (id),  -- the group on the list's day
  amount        INTEGER NOT NULL CHECK (amount BETWEEN 0 AND 100000000),
  origin        TEXT NOT NULL CHECK (origin IN ('rule', 'hand', 'late')),
  reason        TEXT NOT NULL DEFAULT '',
  state         TEXT NOT NULL DEFAULT 'listed'
                CHECK (state IN ('listed', 'paid', 'not_collected', 'removed')),
  state_date    TEXT,
  state_by      TEXT NOT NULL DEFAULT '',
  state_reason  TEXT NOT NULL DEFAULT '',
  CHECK (state = 'listed' OR state_date IS NOT NULL),
  CHECK (state <> 'removed' OR length(trim(state_reason)) > 0),
  CHECK (origin <> 'late' OR length(trim(reason)) > 0)
);
CREATE UNIQUE INDEX benefit_beneficiary_once
  ON benefit_beneficiary (programme_id, person_id) WHERE state <> 'removed';
CREATE INDEX benefit_beneficiary_person ON benefit_beneficiary (person_id);
CREATE INDEX benefit_beneficiary_household ON benefit_beneficiary (household_id);

-- Nobody receives a programme of the same name twice in a year (nor a
-- household twice, when the programme is per household). Each EXISTS goes
-- by an index (person, household): a list of 25 000 is frozen in seconds.
CREATE TRIGGER benefit_beneficiary_once_a_year
BEFORE INSERT ON benefit_beneficiary
WHEN EXISTS (
  SELECT 1 FROM benefit_beneficiary b
  JOIN benefit_programme p ON p.id = b.programme_id
  JOIN benefit_programme q ON q.id = NEW.programme_id
  WHERE b.person_id = NEW.person_id AND b.state <> 'removed' AND p.state <> 'withdrawn'
    AND p.name = q.name AND substr(p.date, 1, 4) = substr(q.date, 1, 4))
OR EXISTS (
  SELECT 1 FROM benefit_beneficiary b
  JOIN benefit_programme p ON p.id = b.programme_id
  JOIN benefit_programme q ON q.id = NEW.programme_id
  WHERE b.household_id = NEW.household_id AND q.per = 'household' AND b.state <> 'removed'
    AND p.state <> 'withdrawn' AND p.name = q.name AND substr(p.date, 1, 4) = substr(q.date, 1, 4))
BEGIN
  SELECT RAISE (ABORT, 'a person receives a programme once a year');
END;

-- A programme's paid money as the expense the collective ledger is to
-- carry (one row a payment run): kept here until the finance register
-- takes it (ledger_entry is then its voucher there).
CREATE TABLE benefit_expense (
  id            INTEGER PRIMARY KEY,
  programme_id  INTEGER NOT NULL REFERENCES benefit_programme (id),
  date          TEXT NOT NULL,
  account       TEXT NOT NULL,
  amount        INTEGER NOT NULL CHECK (amount BETWEEN 0 AND 100000000000000),
  persons       INTEGER NOT NULL CHECK (persons >= 1),
  paid_by       TEXT NOT NULL DEFAULT '',
  ledger_entry  INTEGER
);
CREATE INDEX benefit_expense_programme ON benefit_expense (programme_id);

-- A person flag such as 参与土地分配, held from a day until a day.
CREATE TABLE benefit_person_flag (
  id          INTEGER PRIMARY KEY,
  person_id   INTEGER NOT NULL REFERENCES person (id),
  flag        TEXT NOT NULL CHECK (length(trim(flag)) > 0),
  since       TEXT NOT NULL,
  until       TEXT,
  reason      TEXT NOT NULL DEFAULT '',
  CHECK (until IS NULL OR until >= since)
);
CREATE INDEX benefit_person_flag_person ON benefit_person_flag (person_id, flag);

-- Awards: 文明卫生户 (one household per group per year) and 星级文明户
-- (1–5 stars per household per year).
CREATE TABLE benefit_award (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('civilized', 'stars')),
  year          INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
  household_id  INTEGER NOT NULL REFERENCES household (id),
  group_id      INTEGER NOT NULL REFERENCES village_group (id),
  stars         INTEGER CHECK (stars IS NULL OR stars BETWEEN 1 AND 5),
  criteria      TEXT NOT NULL DEFAULT '',
  amount        INTEGER NOT NULL DEFAULT 0 CHECK (amount BETWEEN 0 AND 100000000),
  decided_on    TEXT NOT NULL,
  state         TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'withdrawn')),
  state_date    TEXT,
  state_reason  TEXT NOT NULL DEFAULT '',
  CHECK ((kind = 'stars') = (stars IS NOT NULL)),
  CHECK (state = 'active' OR (state_date IS NOT NULL AND length(trim(state_reason)) > 0))
);
CREATE UNIQUE INDEX benefit_award_civilized_per_group
  ON benefit_award (year, group_id) WHERE kind = 'civilized' AND state = 'active';
CREATE UNIQUE INDEX benefit_award_stars_per_household
  ON benefit_award (year, household_id) WHERE kind = 'stars' AND state = 'active';
