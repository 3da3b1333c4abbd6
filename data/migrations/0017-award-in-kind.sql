-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 17: an award's prize in kind (a plaque, 一床被子), beside or
-- instead of its prize money, as a programme's gift in kind is. Only
-- money goes to the collective ledger.

ALTER TABLE benefit_award ADD COLUMN in_kind TEXT NOT NULL DEFAULT '';
