-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 14: the chart of accounts as the law numbers it and the office
-- edits it.
--
-- 财会〔2023〕14号 keeps the three-digit codes of the 2004 system for its
-- income and expense accounts (损益类): 501 经营收入, 502 经营支出,
-- 503 税金及附加, 511 投资收益, 521 补助收入, 522 其他收入, 531 管理费用,
-- 532 公益支出, 533 其他支出, 541 所得税费用. Schema 9 gave them four digits
-- the system does not have (5001 …); they are renumbered, and each
-- sub-account (明细科目) with its account: 500101 becomes 50101. An
-- entry points at its account by id and keeps it.
--
-- An account keeps its code, kind and place after this, but only a real
-- change of them is refused: an undo writes a sub-account's whole row back
-- (its name, or retired), the same code and place included.
DROP TRIGGER finance_account_preset_kept;
-- The renumbering is the schema's, not a clerk's change (as a table
-- rebuilt by a migration is): the audit trigger, which every migration
-- installs again when it ends, is not there to log it, nor to refuse it
-- when the schema is built without a change (cunwu check).
DROP TRIGGER IF EXISTS audit_finance_account_update;

CREATE TEMP TABLE finance_code_2023 (old TEXT PRIMARY KEY, new TEXT NOT NULL);
INSERT INTO temp.finance_code_2023 (old, new) VALUES
  ('5001', '501'), ('5101', '502'), ('5111', '503'), ('5011', '511'), ('5021', '521'),
  ('5031', '522'), ('5121', '531'), ('5131', '532'), ('5141', '533'), ('5201', '541');

-- Sub-accounts first, while their accounts still have the old codes.
UPDATE finance_account
SET code = (SELECT m.new FROM finance_account p JOIN temp.finance_code_2023 m ON m.old = p.code
            WHERE p.id = finance_account.parent_id)
           || substr(code, 5)
WHERE system = '2023' AND parent_id IS NOT NULL;
UPDATE finance_account
SET code = (SELECT m.new FROM temp.finance_code_2023 m WHERE m.old = finance_account.code)
WHERE system = '2023' AND parent_id IS NULL AND code IN (SELECT old FROM temp.finance_code_2023);

DROP TABLE temp.finance_code_2023;

CREATE TRIGGER finance_account_preset_kept BEFORE UPDATE OF system, code, kind, parent_id ON finance_account
WHEN NEW.system IS NOT OLD.system OR NEW.code IS NOT OLD.code OR NEW.kind IS NOT OLD.kind
  OR NEW.parent_id IS NOT OLD.parent_id
BEGIN SELECT RAISE(ABORT, 'an account keeps its code, kind and place'); END;
