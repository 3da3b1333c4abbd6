-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: the mediation register (人民调解), as 人民调解法 art. 27–33
-- asks a committee to keep it: cases with their parties, sessions,
-- agreement terms, follow-ups, extensions and 司法确认.
--
-- Case numbers run per year with no gap: a case is numbered when it is
-- written (the writer holds the database's write lock, so two windows
-- adding at once get two consecutive numbers), and only the year's last
-- case can ever be removed (that is an Undo of its adding), so no number
-- inside the sequence is lost or handed out twice.

-- The statistics categories (they drift by province and year: an
-- editable list; a retired type stays on the cases that have it).
CREATE TABLE mediation_type (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  position INTEGER NOT NULL DEFAULT 0,
  retired  INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);
INSERT INTO mediation_type (name, position) VALUES
  ('婚姻家庭', 1), ('邻里', 2), ('房屋宅基地', 3), ('合同', 4), ('生产经营', 5),
  ('损害赔偿', 6), ('山林土地', 7), ('征地拆迁', 8), ('环境污染', 9), ('劳动争议', 10),
  ('消费', 11), ('医疗', 12), ('道路交通事故', 13), ('物业', 14), ('其他', 15);

CREATE TABLE mediation_case (
  id                INTEGER PRIMARY KEY,
  year              INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2999),
  seq               INTEGER NOT NULL CHECK (seq > 0),
  intake_date       TEXT NOT NULL CHECK (intake_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  source            TEXT NOT NULL
                    CHECK (source IN ('application', 'initiative', 'police', 'court', 'government', 'petition')),
  type              TEXT NOT NULL CHECK (length(trim(type)) > 0),
  risk_level        TEXT NOT NULL DEFAULT 'ordinary' CHECK (risk_level IN ('ordinary', 'serious', 'major')),
  risk_criminal     INTEGER NOT NULL DEFAULT 0 CHECK (risk_criminal IN (0, 1)),   -- 民转刑
  risk_group        INTEGER NOT NULL DEFAULT 0 CHECK (risk_group IN (0, 1)),      -- 群体性上访
  summary           TEXT NOT NULL CHECK (length(trim(summary)) > 0),
  request           TEXT NOT NULL DEFAULT '',
  mediators         TEXT NOT NULL DEFAULT '',          -- names joined by 、
  recorder          TEXT NOT NULL DEFAULT '',
  registered_by     TEXT NOT NULL DEFAULT '',
  amount_fen        INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen BETWEEN 0 AND 100000000000000),
  -- 30 days from intake; later only by a recorded extension
  settle_by         TEXT NOT NULL,
  -- the agreement: written (协议书) or oral (口头协议)
  agreement         TEXT CHECK (agreement IS NULL OR agreement IN ('written', 'oral')),
  facts             TEXT NOT NULL DEFAULT '',
  issues            TEXT NOT NULL DEFAULT '',
  responsibility    TEXT NOT NULL DEFAULT '',
  effective_date    TEXT,
  agreed_fen        INTEGER NOT NULL DEFAULT 0 CHECK (agreed_fen BETWEEN 0 AND 100000000000000),
  -- the outcome
  outcome           TEXT CHECK (outcome IS NULL OR outcome IN ('success', 'failure', 'terminated')),
  closed_on         TEXT,
  next_step         TEXT NOT NULL DEFAULT ''
                    CHECK (next_step IN ('', 'lawsuit', 'arbitration', 'transfer')),
  outcome_note      TEXT NOT NULL DEFAULT '',
  -- 司法确认
  confirm_applied   TEXT,
  confirm_court     TEXT NOT NULL DEFAULT '',
  confirm_result    TEXT NOT NULL DEFAULT '' CHECK (confirm_result IN ('', 'confirmed', 'rejected')),
  confirm_number    TEXT NOT NULL DEFAULT '',
  -- 信访: accepted or transferred (on a date) and its one extension
  petition_decision TEXT NOT NULL DEFAULT '' CHECK (petition_decision IN ('', 'accepted', 'transferred')),
  petition_decided  TEXT,
  petition_due      TEXT,
  UNIQUE (year, seq),
  CHECK ((outcome IS NULL) = (closed_on IS NULL)),
  CHECK (outcome IS NOT 'success' OR agreement IS NOT NULL),
  CHECK (outcome IS NOT 'failure' OR next_step <> ''),
  CHECK (outcome IS NOT 'terminated' OR length(trim(outcome_note)) > 0),
  CHECK (agreement IS NULL OR effective_date IS NOT NULL),
  CHECK ((petition_decision = '') = (petition_decided IS NULL))
);
CREATE INDEX mediation_case_open ON mediation_case (outcome, settle_by);
CREATE INDEX mediation_case_intake ON mediation_case (intake_date);

CREATE TRIGGER mediation_case_number_kept BEFORE DELETE ON mediation_case
WHEN OLD.seq < (SELECT max(seq) FROM mediation_case WHERE year = OLD.year)
BEGIN SELECT RAISE(ABORT, 'a numbered mediation case cannot be removed'); END;

CREATE TRIGGER mediation_case_number_fixed BEFORE UPDATE OF year, seq ON mediation_case
WHEN OLD.year <> NEW.year OR OLD.seq <> NEW.seq
BEGIN SELECT RAISE(ABORT, 'a mediation case keeps its number'); END;

-- 当事人: any number on either side; a person of the register is named by
-- person_id (particulars read from the register), an outsider by the
-- columns here.
CREATE TABLE mediation_party (
  id          INTEGER PRIMARY KEY,
  case_id     INTEGER NOT NULL REFERENCES mediation_case (id),
  side        TEXT NOT NULL CHECK (side IN ('applicant', 'respondent')),
  position    INTEGER NOT NULL DEFAULT 0,
  person_id   INTEGER REFERENCES person (id),
  name        TEXT NOT NULL DEFAULT '',
  sex         TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'M', 'F')),
  ethnicity   TEXT NOT NULL DEFAULT '',
  age         INTEGER CHECK (age IS NULL OR age BETWEEN 0 AND 150),
  occupation  TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  address     TEXT NOT NULL DEFAULT '',
  agent       TEXT NOT NULL DEFAULT '',   -- 代理人: name
  agent_note  TEXT NOT NULL DEFAULT '',   -- relation, phone
  search_key  TEXT NOT NULL DEFAULT '',   -- an outsider's pinyin (a person's is in person)
  CHECK (person_id IS NOT NULL OR length(trim(name)) > 0)
);
CREATE INDEX mediation_party_case ON mediation_party (case_id, side, position);
CREATE INDEX mediation_party_person ON mediation_party (person_id) WHERE person_id IS NOT NULL;

-- 调解记录
CREATE TABLE mediation_session (
  id         INTEGER PRIMARY KEY,
  case_id    INTEGER NOT NULL REFERENCES mediation_case (id),
  held_on    TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  place      TEXT NOT NULL DEFAULT '',
  attendees  TEXT NOT NULL DEFAULT '',
  statements TEXT NOT NULL DEFAULT '',
  checked    TEXT NOT NULL DEFAULT '',
  warned     TEXT NOT NULL DEFAULT '',
  result     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mediation_session_case ON mediation_session (case_id, held_on);

-- The agreement's terms: what, how, where, by when.
CREATE TABLE mediation_term (
  id       INTEGER PRIMARY KEY,
  case_id  INTEGER NOT NULL REFERENCES mediation_case (id),
  position INTEGER NOT NULL DEFAULT 0,
  content  TEXT NOT NULL CHECK (length(trim(content)) > 0),
  manner   TEXT NOT NULL DEFAULT '',
  place    TEXT NOT NULL DEFAULT '',
  deadline TEXT CHECK (deadline IS NULL OR deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
CREATE INDEX mediation_term_case ON mediation_term (case_id, position);

-- 回访
CREATE TABLE mediation_followup (
  id           INTEGER PRIMARY KEY,
  case_id      INTEGER NOT NULL REFERENCES mediation_case (id),
  visited_on   TEXT NOT NULL CHECK (visited_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  visitor      TEXT NOT NULL CHECK (length(trim(visitor)) > 0),
  performed    TEXT NOT NULL CHECK (performed IN ('full', 'partial', 'none')),
  satisfaction TEXT NOT NULL DEFAULT 'satisfied'
               CHECK (satisfaction IN ('satisfied', 'basically', 'unsatisfied')),
  lawsuit      INTEGER NOT NULL DEFAULT 0 CHECK (lawsuit IN (0, 1)),
  risk         TEXT NOT NULL DEFAULT '',
  measures     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mediation_followup_case ON mediation_followup (case_id, visited_on);

-- Every extension, of the month a mediation has (with the parties'
-- consent) or of a petition's 60 days (once, at most 30 days).
CREATE TABLE mediation_extension (
  id         INTEGER PRIMARY KEY,
  case_id    INTEGER NOT NULL REFERENCES mediation_case (id),
  kind       TEXT NOT NULL CHECK (kind IN ('mediation', 'petition')),
  granted_on TEXT NOT NULL CHECK (granted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  until      TEXT NOT NULL CHECK (until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0)
);
CREATE INDEX mediation_extension_case ON mediation_extension (case_id);
CREATE UNIQUE INDEX mediation_extension_petition_once ON mediation_extension (case_id) WHERE kind = 'petition';

-- What each case owes and by when: the one place the law's clocks are
-- written (the deadlines board and the list's next deadline read it).
--   settle           a mediation settles within 30 days of intake, later
--                    only by an extension with the parties' consent;
--   petition-decide  a petition is accepted or transferred within 15 days
--                    of its receipt (the intake date);
--   petition-finish  and finished within 60 days from the day after its
--                    acceptance, once extended by at most 30 days;
--   confirm          司法确认 is applied for within 30 days of the written
--                    agreement taking effect;
--   followup         a follow-up on the agreement's last performance
--                    deadline, or 15 days after it takes effect when its
--                    terms set none.
-- A period "within N days of D" ends on D + N: the day D itself is not
-- counted (民事诉讼法 art. 85).
CREATE VIEW mediation_due (case_id, kind, due) AS
  SELECT id, 'settle', settle_by FROM mediation_case
  WHERE outcome IS NULL AND source <> 'petition'
  UNION ALL
  SELECT id, 'petition-decide', date(intake_date, '+15 days') FROM mediation_case
  WHERE outcome IS NULL AND source = 'petition' AND petition_decision = ''
  UNION ALL
  SELECT id, 'petition-finish', petition_due FROM mediation_case
  WHERE outcome IS NULL AND source = 'petition' AND petition_decision = 'accepted'
  UNION ALL
  SELECT id, 'confirm', date(effective_date, '+30 days') FROM mediation_case
  WHERE outcome = 'success' AND agreement = 'written' AND confirm_applied IS NULL
  UNION ALL
  SELECT c.id, 'followup',
         coalesce((SELECT max(t.deadline) FROM mediation_term t WHERE t.case_id = c.id),
                  date(c.effective_date, '+15 days'))
  FROM mediation_case c
  WHERE c.outcome = 'success'
    AND NOT EXISTS (SELECT 1 FROM mediation_followup f WHERE f.case_id = c.id);
