/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-sqlite-error"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-error.h"
#include "core/common/cw-sqlite-error-private.h"

/* The rules written into the schema (data/migrations, as the newest
 * version has them: 0004-exact.sql rebuilt the points tables with bounds
 * that repeat core/points/cw-points-limits.h), as SQLite names them when
 * one is broken, and what they mean to the person who typed the
 * value. A rule no person can break from the program (a status outside its
 * list, say) is not listed: the generic message covers it. */
typedef struct
{
  const char *sql;
  const char *message;
} Rule;

static const Rule check_rules[] = {
  { "id = 1", N_("Village: a record holds one village only.") },
  { "length(trim(name)) > 0", N_("Name: fill in the name.") },
  { "length(trim(number)) > 0", N_("Household number: a household needs its number (户号).") },
  { "status = 'active' OR status_date IS NOT NULL",
    N_("Status date: a household that moved out or was cancelled needs the date.") },
  { "sex IN ('M', 'F')", N_("Sex: choose male or female.") },
  { "birth_date IS NULL OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'",
    N_("Birth date: write the date as YYYY-MM-DD, e.g. 1960-03-15.") },
  { "id_number IS NULL OR length(id_number) = 18", N_("ID number: an ID number has 18 characters.") },
  { "status IN ('active', 'migrant') OR status_date IS NOT NULL",
    N_("Status date: a person who moved out or died needs the date.") },
  { "length(trim(code)) > 0", N_("Code: a rule needs a code, e.g. HJ01.") },
  { "length(trim(category)) > 0", N_("Category: a rule needs a category, e.g. 人居环境.") },
  { "length(trim(description)) > 0", N_("Content: say what the rule rewards or deducts.") },
  { "points <> 0 AND points BETWEEN -100000 AND 100000",
    N_("Points: a rule gives or takes points, at most 100000 a use; 0 is not allowed.") },
  { "quarter_cap IS NULL OR quarter_cap BETWEEN 1 AND 1000000",
    N_("Cap: a cap per quarter is from 1 to 1000000 points, or none.") },
  { "quarter GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'", N_("Quarter: write the quarter as 2026Q3.") },
  { "publicity_to >= publicity_from", N_("Publicity period: it ends before it begins.") },
  { "entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'",
    N_("Date: write the date as YYYY-MM-DD, e.g. 2026-11-23.") },
  { "quantity BETWEEN 1 AND 10000", N_("Quantity: at least one, at most 10000.") },
  { "points BETWEEN -1000000000 AND 1000000000",
    N_("Points: an entry gives or takes at most 1000000000 points.") },
  { "(scheme = 'household') = (household_id IS NOT NULL)",
    N_("Household: a villagers’ points entry needs the household.") },
  { "(scheme = 'party') = (person_id IS NOT NULL)",
    N_("Party member: a party members’ points entry needs the member.") },
  { "length(trim(raised_by)) > 0", N_("Raised by: say who raised the objection.") },
  { "length(trim(content)) > 0", N_("Content: say what the objection is.") },
  { "price BETWEEN 1 AND 1000000", N_("Points: the price is at least 1 point. A piece costs at most 1000000 points.") },
  { "stock BETWEEN 0 AND 10000000",
    N_("Stock: there is not enough in stock, or more than the 10000000 the shop keeps of any goods.") },
  { "quantity BETWEEN 1 AND 100000", N_("Quantity: at least one, at most 100000 come in at a time.") },
  { "points BETWEEN 1 AND 1000000000000",
    N_("Points: a redemption takes at least 1 point. One costs at most 1000000000000 points; split it.") },
  { "voided = 0 OR length(trim(void_reason)) > 0", N_("Reason: say why the redemption is voided.") },
};

/* UNIQUE constraints and unique indexes, by "table.column". */
static const Rule unique_rules[] = {
  { "household.number", N_("Household number: another household already has this number.") },
  { "person.id_number", N_("ID number: another person in the register already has this ID number.") },
  { "person.household_id", N_("Relation to the head: a household has one head only.") },
  { "village_group.name", N_("Name: there is already a village group of that name.") },
  { "point_rule.code", N_("Code: there is already a rule with this code.") },
  { "point_quarter.quarter", N_("Quarter: this quarter has already been published.") },
  { "point_entry.reverses_id", N_("This entry has already been reversed.") },
  { "shop_goods.name", N_("Name: there are already goods of that name in the shop.") },
};

/* NOT NULL columns a person fills in, by column name. */
static const Rule field_names[] = {
  { "name", N_("Name") },
  { "number", N_("Household number") },
  { "group_id", N_("Village group") },
  { "relation", N_("Relation to the head") },
  { "household_id", N_("Household") },
  { "code", N_("Code") },
  { "category", N_("Category") },
  { "description", N_("Content") },
  { "points", N_("Points") },
  { "price", N_("Price in Points") },
  { "quantity", N_("Quantity") },
  { "entry_date", N_("Date") },
  { "redeemed_on", N_("Date") },
  { "received_on", N_("Date") },
  { "raised_on", N_("Date") },
  { "raised_by", N_("Raised by") },
  { "content", N_("Content") },
  { "publicity_from", N_("Publicity period") },
  { "publicity_to", N_("Publicity period") },
};

/* The RAISE() messages of the schema's triggers. */
static const Rule trigger_rules[] = {
  { "a reviewed or rejected point entry cannot be changed",
    N_("A reviewed or rejected point entry cannot be changed; reverse it instead.") },
  { "a reviewed or rejected point entry cannot be deleted",
    N_("A reviewed or rejected point entry cannot be deleted; reverse it instead.") },
  { "the quarter is published and locked",
    N_("The quarter is published and locked: enter a correction in the current quarter instead.") },
  { "a published quarter cannot be changed", N_("A published quarter cannot be changed.") },
  { "a published quarter cannot be withdrawn", N_("A published quarter cannot be withdrawn.") },
  { "the quarter of a point entry is the quarter of its date",
    N_("A point entry counts in the quarter of its date, not in another one.") },
  { "a numbered mediation case cannot be removed",
    N_("A mediation case keeps its number: only the year’s last case can be undone. Close it as terminated instead.") },
  { "a mediation case keeps its number", N_("A mediation case keeps its number.") },
  { "a person receives a programme once a year",
    N_("Nobody receives a programme of the same name twice in a year.") },
  { "a posted notice cannot be changed",
    N_("A posted notice cannot be changed: a correction is a new notice naming it, and one posted by mistake is withdrawn.") },
};

/* SQLite quotes a rule as it stands in the schema, line breaks and all;
 * the schema check compares CREATE statements the same way. */
char *
cw_sqlite_squeeze (const char *sql)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = sql != NULL ? sql : ""; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          g_string_append_c (out, *p);
          space = FALSE;
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
lookup (const Rule *rules,
        gsize       n_rules,
        const char *sql)
{
  g_autofree char *squeezed = cw_sqlite_squeeze (sql);

  for (gsize i = 0; i < n_rules; i++)
    if (g_str_equal (rules[i].sql, squeezed))
      return _(rules[i].message);
  return NULL;
}

static const char *
after_prefix (const char *message,
              const char *prefix)
{
  return g_str_has_prefix (message, prefix) ? message + strlen (prefix) : NULL;
}

/* A refused change: which field or rule, in words. */
static void
constraint_error (int          rc,
                  const char  *detail,
                  GError     **error)
{
  const char *rest;
  const char *message = NULL;

  if (rc == SQLITE_CONSTRAINT_CHECK && (rest = after_prefix (detail, "CHECK constraint failed: ")) != NULL)
    message = lookup (check_rules, G_N_ELEMENTS (check_rules), rest);
  else if ((rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY) &&
           (rest = after_prefix (detail, "UNIQUE constraint failed: ")) != NULL)
    {
      /* "person.household_id" or "t.a, t.b": the first column names it. */
      g_auto(GStrv) columns = g_strsplit (rest, ",", 2);
      message = lookup (unique_rules, G_N_ELEMENTS (unique_rules), columns[0]);
      if (message != NULL)
        {
          g_set_error_literal (error, CW_ERROR, CW_ERROR_EXISTS, message);
          return;
        }
    }
  else if (rc == SQLITE_CONSTRAINT_NOTNULL && (rest = after_prefix (detail, "NOT NULL constraint failed: ")) != NULL)
    {
      const char *column = strchr (rest, '.');
      const char *field = lookup (field_names, G_N_ELEMENTS (field_names), column != NULL ? column + 1 : rest);

      if (field != NULL)
        {
          /* Translators: %s is a field, e.g. "Name: this must be filled in." */
          g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("%s: this must be filled in."), field);
          return;
        }
    }
  else if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED,
                           _("This was not saved: it refers to a household, person, group, rule or goods "
                             "that is not in the register (another program may have changed it meanwhile). "
                             "Look again and try once more."));
      return;
    }
  else if (rc == SQLITE_CONSTRAINT_TRIGGER)
    {
      message = lookup (trigger_rules, G_N_ELEMENTS (trigger_rules), detail);
      if (message == NULL)
        {
          /* The audit log's own guard, or a trigger someone added to the
           * file: its words are all there is to say. */
          if (g_str_equal (detail, "the audit log cannot be changed"))
            g_set_error_literal (error, CW_ERROR, CW_ERROR_FAILED,
                                 _("The audit log cannot be changed: it keeps every change ever made."));
          else
            g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                         /* Translators: %s is a rule's own words, from the database file */
                         _("This was not saved: %s."), detail);
          return;
        }
      g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED, message);
      return;
    }

  if (message != NULL)
    g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, message);
  else
    g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                         _("This was not saved: a value breaks one of the register’s rules. "
                           "Check what was entered and try again."));
}

gboolean
cw_sqlite_error (sqlite3     *handle,
                 int          rc,
                 const char  *path,
                 GError     **error)
{
  const char *detail = handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc);
  int system_errno = handle != NULL ? sqlite3_system_errno (handle) : 0;
  const char *name = path != NULL ? path : "";

  if (rc == 0 && handle != NULL)
    rc = sqlite3_extended_errcode (handle);

  g_debug ("SQLite error %d on “%s”: %s (errno %d)", rc, name, detail, system_errno);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CW_ERROR, CW_ERROR_BUSY,
                   _("The village record is busy: another program (or another Village Affairs window) "
                     "is working on “%s”. Nothing was changed; try again in a moment."),
                   name);
      return FALSE;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      {
        g_autofree char *advice = cw_backup_damage_advice (path);

        g_set_error (error, CW_ERROR, CW_ERROR_CORRUPT,
                     /* Translators: %1$s is the file, %2$s what to do about it */
                     _("The village record “%1$s” is damaged (perhaps by a power cut or a failing disk), "
                       "so this could not be done. %2$s"),
                     name, advice);
        return FALSE;
      }

    case SQLITE_FULL:
      g_set_error (error, CW_ERROR, CW_ERROR_DISK_FULL,
                   _("The disk that holds “%s” is full, so nothing was saved. Free some space on it "
                     "(empty the recycle bin, move old files away) and try again."),
                   name);
      return FALSE;

    case SQLITE_IOERR:
      if (system_errno == ENOSPC || system_errno == EDQUOT)
        {
          g_set_error (error, CW_ERROR, CW_ERROR_DISK_FULL,
                       _("The disk that holds “%s” is full, so nothing was saved. Free some space on it "
                         "(empty the recycle bin, move old files away) and try again."),
                       name);
          return FALSE;
        }
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                   _("“%s” could not be read or written: the disk or USB stick reported an error. "
                     "Nothing was saved. Check that it is plugged in and try again."),
                   name);
      return FALSE;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, CW_ERROR, CW_ERROR_READ_ONLY,
                   _("“%s” cannot be written: the file or its folder has become read-only. "
                     "Nothing was saved. Allow writing to it (or copy it to a writable place) and try again."),
                   name);
      return FALSE;

    case SQLITE_CANTOPEN:
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                   _("“%s” cannot be opened: it was moved or removed, or its disk is gone."),
                   name);
      return FALSE;

    case SQLITE_CONSTRAINT:
      constraint_error (rc, detail, error);
      return FALSE;

    case SQLITE_NOMEM:
      g_set_error_literal (error, CW_ERROR, CW_ERROR_FAILED,
                           _("The computer ran out of memory, so nothing was saved. Close other programs and try again."));
      return FALSE;

    case SQLITE_ERROR:
      /* In our own SQL that means a table, column or function is not
       * there: the file is not what this program made of it. */
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                   _("“%s” could not be used for this: its tables are not what this program expects. "
                     "Nothing was saved. “cunwu check” tells what is wrong with it."),
                   name);
      return FALSE;

    default:
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                   /* Translators: %s is a file, %d SQLite's error number */
                   _("Something went wrong with “%s” (SQLite error %d). Nothing was saved; try again."),
                   name, rc);
      return FALSE;
    }
}
