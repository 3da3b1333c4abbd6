-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9: collective finance (财务公开 / 阳光晒账).
-- Money is integer fen, never floating point. The rules that keep the
-- posted books honest are written here too, whatever writes the file: a
-- reviewed entry never changes (it is corrected by a reversing entry), a
-- closed month never changes, and a year's entries use that year's chart of
-- accounts (财会〔2004〕12号 before 2024, 财会〔2023〕14号 from 2024-01-01).

-- The chart of accounts (会计科目): the income and expense accounts of the
-- two systems, and the sub-accounts (明细科目) an office adds under them.
CREATE TABLE finance_account (
  id        INTEGER PRIMARY KEY,
  system    TEXT NOT NULL CHECK (system IN ('2004', '2023')),
  code      TEXT NOT NULL CHECK (length(trim(code)) > 0),
  name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind      TEXT NOT NULL CHECK (kind IN ('income', 'expense')),
  parent_id INTEGER REFERENCES finance_account (id),
  retired   INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  UNIQUE (system, code)
);

-- A closed month (月结): nothing dated in it changes any more.
CREATE TABLE finance_month (
  month     TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  closed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
  closed_by TEXT NOT NULL
);

-- One line of the ledger (收支明细). amount is fen: income on an income
-- account, expense on an expense account; negative only on a reversal.
-- An entry's bound (under ¥10 000 000 000 either way) keeps any sum of a
-- million entries inside 64 bits.
CREATE TABLE finance_entry (
  id             INTEGER PRIMARY KEY,
  entry_date     TEXT NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  voucher        TEXT NOT NULL DEFAULT '',
  account_id     INTEGER NOT NULL REFERENCES finance_account (id),
  summary        TEXT NOT NULL CHECK (length(trim(summary)) > 0),
  amount         INTEGER NOT NULL CHECK (amount <> 0 AND amount BETWEEN -999999999999 AND 999999999999),
  handled_by     TEXT NOT NULL DEFAULT '',
  recorded_by    TEXT NOT NULL DEFAULT '',
  recorded_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
  reviewer_id    INTEGER REFERENCES person (id),
  reviewed_by    TEXT,
  reviewed_on    TEXT,
  review_opinion TEXT NOT NULL DEFAULT '',
  reverses_id    INTEGER REFERENCES finance_entry (id),
  CHECK ((reviewed_by IS NULL) = (reviewed_on IS NULL)),
  CHECK (amount > 0 OR reverses_id IS NOT NULL)
);
CREATE INDEX finance_entry_date ON finance_entry (entry_date, account_id);
-- The disclosure reads only these: its sums, large items and reviewers
-- come from the index alone (a year of 200 000 entries without touching
-- the table), and what waits for review is found without a scan.
CREATE INDEX finance_entry_reviewed ON finance_entry (entry_date, account_id, amount, reviewed_by)
  WHERE reviewed_by IS NOT NULL;
CREATE INDEX finance_entry_pending ON finance_entry (entry_date) WHERE reviewed_by IS NULL;
CREATE UNIQUE INDEX finance_entry_reversed_once ON finance_entry (reverses_id) WHERE reverses_id IS NOT NULL;

CREATE TRIGGER finance_entry_year_system BEFORE INSERT ON finance_entry
WHEN (SELECT system FROM finance_account WHERE id = NEW.account_id)
     <> CASE WHEN NEW.entry_date < '2024-01-01' THEN '2004' ELSE '2023' END
BEGIN SELECT RAISE(ABORT, 'the account is not of the chart of accounts of that year'); END;

CREATE TRIGGER finance_entry_reviewed_is_final BEFORE UPDATE ON finance_entry
WHEN OLD.reviewed_by IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a reviewed ledger entry cannot be changed'); END;

CREATE TRIGGER finance_entry_kept BEFORE DELETE ON finance_entry
WHEN OLD.reviewed_by IS NOT NULL
  OR EXISTS (SELECT 1 FROM finance_month WHERE month = substr(OLD.entry_date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'a reviewed ledger entry cannot be deleted'); END;

CREATE TRIGGER finance_entry_locked_insert BEFORE INSERT ON finance_entry
WHEN EXISTS (SELECT 1 FROM finance_month WHERE month = substr(NEW.entry_date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'the month is closed and locked'); END;

CREATE TRIGGER finance_entry_locked_update BEFORE UPDATE ON finance_entry
WHEN EXISTS (SELECT 1 FROM finance_month
             WHERE month IN (substr(OLD.entry_date, 1, 7), substr(NEW.entry_date, 1, 7)))
BEGIN SELECT RAISE(ABORT, 'the month is closed and locked'); END;

CREATE TRIGGER finance_month_final BEFORE UPDATE ON finance_month
BEGIN SELECT RAISE(ABORT, 'a closed month cannot be changed'); END;

CREATE TRIGGER finance_month_kept BEFORE DELETE ON finance_month
BEGIN SELECT RAISE(ABORT, 'a closed month cannot be reopened'); END;

CREATE TRIGGER finance_account_preset_kept BEFORE UPDATE OF system, code, kind, parent_id ON finance_account
BEGIN SELECT RAISE(ABORT, 'an account keeps its code, kind and place'); END;

-- 财会〔2004〕12号: the income and expense accounts (损益类).
INSERT INTO finance_account (system, code, name, kind) VALUES
  ('2004', '501', '经营收入', 'income'),
  ('2004', '511', '发包及上交收入', 'income'),
  ('2004', '521', '农业税附加返还收入', 'income'),
  ('2004', '522', '补助收入', 'income'),
  ('2004', '531', '其他收入', 'income'),
  ('2004', '561', '投资收益', 'income'),
  ('2004', '502', '经营支出', 'expense'),
  ('2004', '541', '管理费用', 'expense'),
  ('2004', '551', '其他支出', 'expense');

-- 财会〔2023〕14号, from 2024-01-01: 发包及上交收入 folded into 经营收入 and
-- 投资收益, 农业税附加返还收入 dropped, 公益支出, 税金及附加 and 所得税费用 added.
INSERT INTO finance_account (system, code, name, kind) VALUES
  ('2023', '5001', '经营收入', 'income'),
  ('2023', '5011', '投资收益', 'income'),
  ('2023', '5021', '补助收入', 'income'),
  ('2023', '5031', '其他收入', 'income'),
  ('2023', '5101', '经营支出', 'expense'),
  ('2023', '5111', '税金及附加', 'expense'),
  ('2023', '5121', '管理费用', 'expense'),
  ('2023', '5131', '公益支出', 'expense'),
  ('2023', '5141', '其他支出', 'expense'),
  ('2023', '5201', '所得税费用', 'expense');
