-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 11: notices (三务公开) and decisions (四议两公开).
-- A notice goes draft → reviewed (村务监督委员会) → settled (两委联席会议) →
-- posted, or is withdrawn with a date and a reason; it expires when its
-- publicity period ends (told from the dates, not stored). Once posted its
-- text never changes: a correction is a new notice naming the old one.
-- The rules that need the register (who may review, the quorums) are kept
-- by core (src/core/notices).

-- 公开目录: what the village must publish, how often, for how long.
CREATE TABLE notice_item (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  kind      TEXT NOT NULL CHECK (kind IN ('party', 'village', 'finance')),
  cadence   TEXT NOT NULL CHECK (cadence IN ('immediate', 'monthly', 'quarterly', 'yearly')),
  min_days  INTEGER NOT NULL DEFAULT 0 CHECK (min_days BETWEEN 0 AND 366),
  position  INTEGER NOT NULL,
  since     TEXT CHECK (since IS NULL OR since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  retired   INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);

-- The default catalogue, after the national guidance (村务公开目录) and
-- local ones; the office edits it.
INSERT INTO notice_item (name, kind, cadence, min_days, position) VALUES
  ('党组织年度工作计划和总结', 'party', 'yearly', 7, 1),
  ('发展党员情况', 'party', 'immediate', 7, 2),
  ('党费收缴使用情况', 'party', 'quarterly', 7, 3),
  ('党员大会、支委会决定事项', 'party', 'immediate', 7, 4),
  ('村民会议、村民代表会议决议', 'village', 'immediate', 7, 5),
  ('决议实施结果', 'village', 'immediate', 7, 6),
  ('村年度工作计划和目标', 'village', 'yearly', 7, 7),
  ('宅基地审批', 'village', 'immediate', 7, 8),
  ('农业补贴发放', 'village', 'immediate', 7, 9),
  ('低保对象名单', 'village', 'quarterly', 7, 10),
  ('残疾人补贴发放', 'village', 'quarterly', 7, 11),
  ('救灾救济款物发放', 'village', 'immediate', 7, 12),
  ('被征地农民养老保障', 'village', 'immediate', 7, 13),
  ('网格划分和网格长', 'village', 'yearly', 7, 14),
  ('积分制管理公示', 'village', 'quarterly', 7, 15),
  ('财务收支明细', 'finance', 'monthly', 7, 16),
  ('集体资产资源发包', 'finance', 'immediate', 7, 17),
  ('五万元以上工程项目', 'finance', 'immediate', 7, 18),
  ('债权债务情况', 'finance', 'quarterly', 7, 19),
  ('年度财务预决算', 'finance', 'yearly', 7, 20);

CREATE TABLE notice (
  id            INTEGER PRIMARY KEY,
  number        TEXT NOT NULL UNIQUE,                 -- 2026-001
  kind          TEXT NOT NULL CHECK (kind IN ('party', 'village', 'finance')),
  item_id       INTEGER REFERENCES notice_item (id),
  period        TEXT NOT NULL DEFAULT '',             -- 2026-03, 2026Q1, 2026 or '' (immediate)
  title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
  body          TEXT NOT NULL DEFAULT '',             -- paragraphs, one a line
  body_table    TEXT NOT NULL DEFAULT '',             -- rows a line, cells by tab; first row the header
  from_date     TEXT NOT NULL,                        -- the publicity period
  to_date       TEXT NOT NULL CHECK (to_date >= from_date),
  issuer        TEXT NOT NULL DEFAULT '',             -- 发布单位
  corrects_id   INTEGER REFERENCES notice (id),
  decision_id   INTEGER,                              -- drafted from a decision (steps 5, 6)
  state         TEXT NOT NULL DEFAULT 'draft'
                CHECK (state IN ('draft', 'reviewed', 'settled', 'posted', 'withdrawn')),
  settled_date  TEXT,
  posted_date   TEXT,
  posted_place  TEXT NOT NULL DEFAULT '',
  withdrawn_date TEXT,
  withdrawn_reason TEXT NOT NULL DEFAULT '',
  created_date  TEXT NOT NULL,
  CHECK (state NOT IN ('settled', 'posted') OR settled_date IS NOT NULL),
  CHECK (state <> 'posted' OR posted_date IS NOT NULL),
  CHECK (state <> 'withdrawn' OR (withdrawn_date IS NOT NULL AND length(trim(withdrawn_reason)) > 0))
);
CREATE INDEX notice_item_period ON notice (item_id, period);
CREATE INDEX notice_from ON notice (from_date);

-- What was posted stays as it was posted.
CREATE TRIGGER notice_posted_text BEFORE UPDATE OF kind, item_id, period, title, body, body_table,
  from_date, to_date, issuer, corrects_id, settled_date, posted_date, posted_place ON notice
  WHEN old.posted_date IS NOT NULL AND
       (new.kind IS NOT old.kind OR new.item_id IS NOT old.item_id OR new.period IS NOT old.period OR
        new.title IS NOT old.title OR new.body IS NOT old.body OR new.body_table IS NOT old.body_table OR
        new.from_date IS NOT old.from_date OR new.to_date IS NOT old.to_date OR new.issuer IS NOT old.issuer OR
        new.corrects_id IS NOT old.corrects_id OR new.settled_date IS NOT old.settled_date OR
        new.posted_date IS NOT old.posted_date OR new.posted_place IS NOT old.posted_place)
BEGIN SELECT RAISE(ABORT, 'a posted notice cannot be changed'); END;
CREATE TRIGGER notice_posted_state BEFORE UPDATE OF state ON notice
  WHEN old.state = 'withdrawn' OR (old.state = 'posted' AND new.state <> 'withdrawn')
BEGIN SELECT RAISE(ABORT, 'a posted notice cannot be changed'); END;

-- 监委会 review: each member's name (as on that day), date and opinion.
-- A review of a text that was later sent back to draft is kept, superseded.
CREATE TABLE notice_review (
  id          INTEGER PRIMARY KEY,
  notice_id   INTEGER NOT NULL REFERENCES notice (id),
  role_id     INTEGER REFERENCES village_role (id),
  reviewer    TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
  date        TEXT NOT NULL,
  opinion     TEXT NOT NULL DEFAULT '',
  superseded  INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1))
);
CREATE INDEX notice_review_notice ON notice_review (notice_id);

-- 质询: a villager's question, answered within 10 days.
CREATE TABLE notice_question (
  id            INTEGER PRIMARY KEY,
  notice_id     INTEGER NOT NULL REFERENCES notice (id),
  asker         TEXT NOT NULL CHECK (length(trim(asker)) > 0),
  asked_date    TEXT NOT NULL,
  question      TEXT NOT NULL CHECK (length(trim(question)) > 0),
  answer        TEXT NOT NULL DEFAULT '',
  answered_date TEXT,
  CHECK (answered_date IS NULL OR (answered_date >= asked_date AND length(trim(answer)) > 0))
);
CREATE INDEX notice_question_notice ON notice_question (notice_id);

-- 四议两公开: a decision and its steps (1 提议 … 6 实施结果公开). A failed
-- step is held again: the latest record of a step is the one that counts.
CREATE TABLE decision (
  id            INTEGER PRIMARY KEY,
  number        TEXT NOT NULL UNIQUE,                 -- 2026-01
  title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
  created_date  TEXT NOT NULL,
  notes         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE decision_step (
  id            INTEGER PRIMARY KEY,
  decision_id   INTEGER NOT NULL REFERENCES decision (id),
  step          INTEGER NOT NULL CHECK (step BETWEEN 1 AND 6),
  held_date     TEXT NOT NULL,
  meeting       TEXT NOT NULL DEFAULT '' CHECK (meeting IN ('', 'villagers', 'representatives')),
  due           INTEGER CHECK (due >= 0),
  present       INTEGER CHECK (present >= 0),
  in_favour     INTEGER CHECK (in_favour >= 0),
  against       INTEGER CHECK (against >= 0),
  households_due     INTEGER CHECK (households_due >= 0),
  households_present INTEGER CHECK (households_present >= 0),
  valid         INTEGER NOT NULL CHECK (valid IN (0, 1)),
  passed        INTEGER NOT NULL CHECK (passed IN (0, 1)),
  minutes       TEXT NOT NULL DEFAULT '',
  notice_id     INTEGER REFERENCES notice (id)
);
CREATE INDEX decision_step_decision ON decision_step (decision_id, step);
