-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 18: an update's rows in the audit log keep only the columns the
-- update changed, before and after (cw-audit.c, json_of_changed_columns()),
-- instead of the whole row twice. Nothing else changes: the audit triggers
-- are written again after every migration, and this one is there so that
-- a database made before it gets the new triggers. The rows already in
-- the log stay as they are; an undo reads both kinds.
SELECT 1;
