-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: the same checks, in words SQLite 3.40 checks cheaply.
--
-- A CHECK (x IN ('a', 'b', 'c')) with more than two values makes SQLite
-- build a temporary table of the values every time an INSERT statement
-- runs, so every row a program inserts one statement at a time (an import,
-- and the audit row of every change) paid for one: a fifth of a households
-- import. The same rule written as x = 'a' OR x = 'b' OR x = 'c' is three
-- comparisons. NULL passes both alike (the columns are NOT NULL anyway).
--
-- SQLite cannot alter a CHECK. A rule that lets through exactly the rows
-- it let through before changes nothing stored, so the tables' text is
-- rewritten in place, as SQLite's documentation describes for changing a
-- table's constraints without copying it ("Making Other Kinds Of Table
-- Schema Changes", lang_altertable.html): no row is copied, which at
-- township scale (a million point entries, their audit rows) would take
-- minutes on the first start after an update. RESET makes this connection
-- read the new text; the audit triggers the program reinstalls after this
-- file change the schema's version, so other connections read it too.

PRAGMA writable_schema = ON;

UPDATE sqlite_schema
   SET sql = replace(sql, 'status IN (''active'', ''moved_out'', ''cancelled'')',
                     'status = ''active'' OR status = ''moved_out'' OR status = ''cancelled''')
 WHERE type = 'table' AND name = 'household';

UPDATE sqlite_schema
   SET sql = replace(sql, 'status IN (''active'', ''migrant'', ''moved_out'', ''deceased'')',
                     'status = ''active'' OR status = ''migrant'' OR status = ''moved_out'' OR status = ''deceased''')
 WHERE type = 'table' AND name = 'person';

UPDATE sqlite_schema
   SET sql = replace(sql, 'action IN (''insert'', ''update'', ''delete'')',
                     'action = ''insert'' OR action = ''update'' OR action = ''delete''')
 WHERE type = 'table' AND name = 'audit_log';

UPDATE sqlite_schema
   SET sql = replace(sql, 'state IN (''pending'', ''reviewed'', ''rejected'')',
                     'state = ''pending'' OR state = ''reviewed'' OR state = ''rejected''')
 WHERE type = 'table' AND name = 'point_entry';

UPDATE sqlite_schema
   SET sql = replace(sql, 'outcome IN (''open'', ''upheld'', ''dismissed'')',
                     'outcome = ''open'' OR outcome = ''upheld'' OR outcome = ''dismissed''')
 WHERE type = 'table' AND name = 'point_objection';

PRAGMA writable_schema = RESET;
