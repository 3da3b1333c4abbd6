-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: the grids register (网格化管理): the grid tree with its heads and
-- workers, households in grids, party members linked to households
-- (党员联户), visits and must-visits (走访/必访), patrols (巡查), and residents'
-- requests and small wishes (群众诉求/微心愿) in a closed loop.
-- Nothing is deleted: a grid is retired, a household leaves a grid on a
-- date, a link ends on a date, a request's steps are kept one by one.

CREATE TABLE grid (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
  name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
  parent_id    INTEGER REFERENCES grid (id),      -- NULL: under the village itself
  level        TEXT NOT NULL DEFAULT '',          -- the village's own word: 片区, 网格, 屋场党小组 …
  position     INTEGER NOT NULL DEFAULT 0,
  retired      INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  retired_date TEXT,
  CHECK (retired = 0 OR retired_date IS NOT NULL),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX grid_parent ON grid (parent_id);

-- A grid is a tree: a parent may not be the grid itself or one below it.
CREATE TRIGGER grid_no_cycle BEFORE UPDATE OF parent_id ON grid
WHEN NEW.parent_id IS NOT NULL AND NEW.id IN (
  WITH RECURSIVE up (id) AS (
    SELECT NEW.parent_id
    UNION SELECT g.parent_id FROM grid g JOIN up ON g.id = up.id WHERE g.parent_id IS NOT NULL)
  SELECT id FROM up)
BEGIN SELECT RAISE(ABORT, 'a grid cannot be placed under itself'); END;

-- 网格长 (role head, one at a time) and 网格员 (role worker): a person of the
-- register, or somebody from outside it (a township cadre) by name.
CREATE TABLE grid_worker (
  id        INTEGER PRIMARY KEY,
  grid_id   INTEGER NOT NULL REFERENCES grid (id),
  role      TEXT NOT NULL CHECK (role IN ('head', 'worker')),
  person_id INTEGER REFERENCES person (id),
  name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
  phone     TEXT NOT NULL DEFAULT '',
  since     TEXT,
  until     TEXT                                  -- set when the person stops
);
CREATE INDEX grid_worker_grid ON grid_worker (grid_id);
CREATE UNIQUE INDEX grid_one_head ON grid_worker (grid_id) WHERE role = 'head' AND until IS NULL;

-- Which grid a household is in, from a date; the open row is where it is now.
CREATE TABLE grid_household (
  id           INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES household (id),
  grid_id      INTEGER NOT NULL REFERENCES grid (id),
  from_date    TEXT NOT NULL,
  to_date      TEXT,
  CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE UNIQUE INDEX grid_household_now ON grid_household (household_id) WHERE to_date IS NULL;
CREATE INDEX grid_household_grid ON grid_household (grid_id, household_id);
CREATE INDEX grid_household_household ON grid_household (household_id, from_date);

-- 党员联户: a party member looks after a household from a date.
CREATE TABLE party_link (
  id           INTEGER PRIMARY KEY,
  person_id    INTEGER NOT NULL REFERENCES person (id),
  household_id INTEGER NOT NULL REFERENCES household (id),
  from_date    TEXT NOT NULL,
  to_date      TEXT
);
CREATE UNIQUE INDEX party_link_now ON party_link (person_id, household_id) WHERE to_date IS NULL;
CREATE INDEX party_link_household ON party_link (household_id);

CREATE TABLE visit (
  id           INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES household (id),
  visit_date   TEXT NOT NULL CHECK (visit_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  visitor      TEXT NOT NULL CHECK (length(trim(visitor)) > 0),
  event        TEXT NOT NULL DEFAULT '',          -- '' routine, else the 必访 event type
  note         TEXT NOT NULL DEFAULT '',
  raised_request INTEGER NOT NULL DEFAULT 0 CHECK (raised_request IN (0, 1))
);
CREATE INDEX visit_household ON visit (household_id, visit_date);
CREATE INDEX visit_date ON visit (visit_date);

-- A must-visit (必访) open until a visit answers it. Raised by hand, or by
-- the triggers below when the households register records a death, a birth
-- or a split.
CREATE TABLE must_visit (
  id           INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES household (id),
  event        TEXT NOT NULL CHECK (length(trim(event)) > 0),
  cause        TEXT NOT NULL DEFAULT 'hand' CHECK (cause IN ('hand', 'death', 'birth', 'split')),
  person_id    INTEGER REFERENCES person (id),
  raised_date  TEXT NOT NULL,
  note         TEXT NOT NULL DEFAULT '',
  visit_id     INTEGER REFERENCES visit (id)      -- the visit that answered it
);
CREATE INDEX must_visit_household ON must_visit (household_id);
CREATE INDEX must_visit_open ON must_visit (visit_id, raised_date);

CREATE TRIGGER must_visit_on_death AFTER UPDATE OF status ON person
WHEN NEW.status = 'deceased' AND OLD.status <> 'deceased'
BEGIN
  INSERT INTO must_visit (household_id, event, cause, person_id, raised_date, note)
  VALUES (NEW.household_id, '红白喜事', 'death', NEW.id,
          coalesce(NEW.status_date, date('now', 'localtime')), NEW.name);
END;

-- A birth: a member added who was born in the last 90 days.
CREATE TRIGGER must_visit_on_birth AFTER INSERT ON person
WHEN NEW.birth_date IS NOT NULL AND NEW.birth_date >= date('now', 'localtime', '-90 days')
BEGIN
  INSERT INTO must_visit (household_id, event, cause, person_id, raised_date, note)
  VALUES (NEW.household_id, '红白喜事', 'birth', NEW.id, NEW.birth_date, NEW.name);
END;

-- A split (分户): the head of the new household arrives from another one.
-- The new household is visited, and stays in the grid it came from.
CREATE TRIGGER must_visit_on_split AFTER UPDATE OF household_id ON person
WHEN NEW.household_id <> OLD.household_id AND NEW.relation = '户主'
BEGIN
  INSERT INTO must_visit (household_id, event, cause, person_id, raised_date, note)
  VALUES (NEW.household_id, '家庭变故', 'split', NEW.id, date('now', 'localtime'), NEW.name);
  INSERT INTO grid_household (household_id, grid_id, from_date)
  SELECT NEW.household_id, gh.grid_id, date('now', 'localtime')
  FROM grid_household gh
  WHERE gh.household_id = OLD.household_id AND gh.to_date IS NULL
    AND NOT EXISTS (SELECT 1 FROM grid_household o WHERE o.household_id = NEW.household_id AND o.to_date IS NULL);
END;

CREATE TABLE patrol (
  id          INTEGER PRIMARY KEY,
  grid_id     INTEGER NOT NULL REFERENCES grid (id),
  worker      TEXT NOT NULL CHECK (length(trim(worker)) > 0),
  patrol_date TEXT NOT NULL CHECK (patrol_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX patrol_grid ON patrol (grid_id, patrol_date);

-- 群众诉求 and 微心愿 (is_wish). The state and its dates are the request's
-- present; request_step keeps every step with its date. due_date is fixed
-- when the request is received; time on hold (held_days, and an open hold
-- from hold_since) is added to it, never written into it.
CREATE TABLE request (
  id            INTEGER PRIMARY KEY,
  number        INTEGER NOT NULL UNIQUE CHECK (number > 0),
  household_id  INTEGER NOT NULL REFERENCES household (id),
  grid_id       INTEGER REFERENCES grid (id),     -- the household's grid when received
  is_wish       INTEGER NOT NULL DEFAULT 0 CHECK (is_wish IN (0, 1)),
  source        TEXT NOT NULL DEFAULT '',
  category      TEXT NOT NULL DEFAULT '',
  body          TEXT NOT NULL CHECK (length(trim(body)) > 0),
  urgency       TEXT NOT NULL DEFAULT 'blue' CHECK (urgency IN ('red', 'yellow', 'blue')),
  received_date TEXT NOT NULL CHECK (received_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  due_date      TEXT NOT NULL CHECK (due_date >= received_date),
  state         TEXT NOT NULL DEFAULT 'received'
                CHECK (state IN ('received', 'assigned', 'resolved', 'closed')),
  assigned_to   TEXT NOT NULL DEFAULT '',
  assigned_date TEXT,
  resolved_date TEXT,
  resolution    TEXT NOT NULL DEFAULT '',
  evaluation    TEXT CHECK (evaluation IN ('satisfied', 'basic', 'dissatisfied')),
  evaluated_date TEXT,
  claimed_by    TEXT NOT NULL DEFAULT '',          -- 微心愿: the party member who took it on
  held_days     INTEGER NOT NULL DEFAULT 0 CHECK (held_days >= 0),
  hold_since    TEXT,
  hold_reason   TEXT NOT NULL DEFAULT '',
  CHECK ((state IN ('resolved', 'closed')) = (resolved_date IS NOT NULL))
);
CREATE INDEX request_received ON request (received_date);
CREATE INDEX request_grid ON request (grid_id, received_date);

CREATE TABLE request_step (
  id         INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES request (id),
  kind       TEXT NOT NULL CHECK (kind IN ('receive', 'assign', 'claim', 'resolve', 'evaluate',
                                           'reopen', 'hold', 'resume')),
  step_date  TEXT NOT NULL,
  who        TEXT NOT NULL DEFAULT '',
  note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_step_request ON request_step (request_id, id);
