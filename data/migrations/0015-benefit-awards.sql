-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 15: an award's way (文明卫生户, 星级文明户): reviewed by the two
-- committees, approved by the villagers' representatives, and its prize
-- paid once, entered in the collective ledger (ledger_entry).

ALTER TABLE benefit_award ADD COLUMN reviewed_on TEXT;
ALTER TABLE benefit_award ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE benefit_award ADD COLUMN representatives_on TEXT;
ALTER TABLE benefit_award ADD COLUMN paid_on TEXT;
ALTER TABLE benefit_award ADD COLUMN paid_by TEXT NOT NULL DEFAULT '';
ALTER TABLE benefit_award ADD COLUMN ledger_entry INTEGER REFERENCES finance_entry (id);

-- The representatives approve after the committees' review; a prize is
-- paid once approved, and stays paid.
CREATE TRIGGER benefit_award_way BEFORE UPDATE OF reviewed_on, representatives_on, paid_on ON benefit_award
WHEN (NEW.representatives_on IS NOT NULL AND (NEW.reviewed_on IS NULL OR NEW.representatives_on < NEW.reviewed_on))
  OR (NEW.paid_on IS NOT NULL AND (NEW.representatives_on IS NULL OR NEW.paid_on < NEW.representatives_on))
  OR (OLD.paid_on IS NOT NULL AND NEW.paid_on IS NOT OLD.paid_on AND NEW.paid_on IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'an award is reviewed, approved, then paid once'); END;
