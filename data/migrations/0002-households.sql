-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: the households register (户籍台账).
-- Nothing is deleted: households move out or are cancelled, persons leave,
-- move out or die, each a status with a date and a reason.

CREATE TABLE household (
  id            INTEGER PRIMARY KEY,
  number        TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),   -- 户号
  group_id      INTEGER NOT NULL REFERENCES village_group (id),
  address       TEXT NOT NULL DEFAULT '',
  phone         TEXT NOT NULL DEFAULT '',
  tags          TEXT NOT NULL DEFAULT '',          -- care tags joined by 、
  notes         TEXT NOT NULL DEFAULT '',
  status        TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'moved_out', 'cancelled')),
  status_date   TEXT,
  status_reason TEXT NOT NULL DEFAULT '',
  CHECK (status = 'active' OR status_date IS NOT NULL)
);
CREATE INDEX household_group ON household (group_id);

CREATE TABLE person (
  id              INTEGER PRIMARY KEY,
  household_id    INTEGER NOT NULL REFERENCES household (id),
  position        INTEGER NOT NULL DEFAULT 0,      -- order within the household
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  relation        TEXT NOT NULL,                   -- GB/T 4761: 户主, 配偶, 子 …
  sex             TEXT CHECK (sex IN ('M', 'F')),
  birth_date      TEXT CHECK (birth_date IS NULL OR
                              birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  id_number       TEXT UNIQUE CHECK (id_number IS NULL OR length(id_number) = 18),
  ethnicity       TEXT NOT NULL DEFAULT '',
  phone           TEXT NOT NULL DEFAULT '',
  education       TEXT NOT NULL DEFAULT '',
  political       TEXT NOT NULL DEFAULT '',
  party_join_date TEXT,
  tags            TEXT NOT NULL DEFAULT '',        -- care tags joined by 、
  disability      TEXT NOT NULL DEFAULT '',        -- category and grade, e.g. 肢体二级
  notes           TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'active'
                  CHECK (status IN ('active', 'migrant', 'moved_out', 'deceased')),
  status_date     TEXT,
  status_reason   TEXT NOT NULL DEFAULT '',
  search_key      TEXT NOT NULL DEFAULT '',        -- pinyin, see cw_pinyin_search_key()
  CHECK (status IN ('active', 'migrant') OR status_date IS NOT NULL)
);
CREATE INDEX person_household ON person (household_id, position);

-- Exactly one head among a household's present members: at most one is
-- enforced here, at least one by the households module on every change.
CREATE UNIQUE INDEX person_one_head ON person (household_id)
  WHERE relation = '户主' AND status IN ('active', 'migrant');
