-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 16: the 2023 chart's income and expense accounts carry the codes
-- of the 会计科目表 appended to 财会〔2023〕14号 (accounts 33 to 42 of its
-- 42): income 501 经营收入, 502 投资收益, 503 补助收入, 504 其他收入;
-- expense 511 经营支出, 512 税金及附加, 513 管理费用, 514 公益支出,
-- 515 其他支出, 521 所得税费用. Schema 14 numbered them after the 2004
-- system's pattern (502 经营支出, 511 投资收益 …), so that an agency's file
-- naming 502 meant an expense here and an income in its books. Each
-- account and its sub-accounts (明细科目) are renumbered: 51101 under
-- 投资收益 becomes 50201. An entry points at its account by id and keeps it.
DROP TRIGGER finance_account_preset_kept;
-- The schema's renumbering, not a clerk's change (as in schema 14): the
-- audit trigger, installed again when the migration ends, neither logs nor
-- refuses it.
DROP TRIGGER IF EXISTS audit_finance_account_update;

CREATE TEMP TABLE finance_code_2023 (old TEXT PRIMARY KEY, new TEXT NOT NULL);
INSERT INTO temp.finance_code_2023 (old, new) VALUES
  ('501', '501'), ('511', '502'), ('521', '503'), ('522', '504'),
  ('502', '511'), ('503', '512'), ('531', '513'), ('532', '514'), ('533', '515'), ('541', '521');

-- Two steps, since the new codes are the old ones of other accounts and a
-- code is unique in its chart: every 2023 code aside first ('#' before
-- it), then each account's new one and its sub-accounts' after it.
UPDATE finance_account SET code = '#' || code WHERE system = '2023';
UPDATE finance_account
SET code = (SELECT m.new FROM temp.finance_code_2023 m WHERE '#' || m.old = finance_account.code)
WHERE system = '2023' AND parent_id IS NULL
  AND code IN (SELECT '#' || old FROM temp.finance_code_2023);
UPDATE finance_account
SET code = (SELECT m.new || substr(finance_account.code, length(m.old) + 2)
            FROM finance_account p JOIN temp.finance_code_2023 m ON m.new = p.code
            WHERE p.id = finance_account.parent_id)
WHERE system = '2023' AND parent_id IS NOT NULL
  AND EXISTS (SELECT 1 FROM finance_account p JOIN temp.finance_code_2023 m ON m.new = p.code
              WHERE p.id = finance_account.parent_id AND substr(finance_account.code, 2, length(m.old)) = m.old);
-- Whatever did not follow its account (a code typed into the file by
-- hand) keeps the code it had.
UPDATE finance_account SET code = substr(code, 2) WHERE system = '2023' AND code GLOB '#*';

DROP TABLE temp.finance_code_2023;

CREATE TRIGGER finance_account_preset_kept BEFORE UPDATE OF system, code, kind, parent_id ON finance_account
WHEN NEW.system IS NOT OLD.system OR NEW.code IS NOT OLD.code OR NEW.kind IS NOT OLD.kind
  OR NEW.parent_id IS NOT OLD.parent_id
BEGIN SELECT RAISE(ABORT, 'an account keeps its code, kind and place'); END;
