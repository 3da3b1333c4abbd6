-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 14: the chart of accounts as the office edits it.
-- An account keeps its code, kind and place, but only a real change of
-- them is refused: an undo writes a sub-account's whole row back (its
-- name, or retired), the same code and place included, and must go
-- through.
DROP TRIGGER finance_account_preset_kept;
CREATE TRIGGER finance_account_preset_kept BEFORE UPDATE OF system, code, kind, parent_id ON finance_account
WHEN NEW.system IS NOT OLD.system OR NEW.code IS NOT OLD.code OR NEW.kind IS NOT OLD.kind
  OR NEW.parent_id IS NOT OLD.parent_id
BEGIN SELECT RAISE(ABORT, 'an account keeps its code, kind and place'); END;
