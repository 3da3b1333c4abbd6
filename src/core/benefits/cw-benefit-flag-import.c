/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-flag-import"

#include "config.h"

#include <glib/gi18n.h>

#include "core/benefits/cw-benefit-flag-import.h"
#include "core/benefits/cw-benefit-private.h"
#include "core/common/cw-error.h"
#include "core/households/cw-person.h"
#include "core/village/cw-village-role.h"

enum {
  FLAG_NAME,
  FLAG_ID_NUMBER,
  FLAG_FLAG,
  FLAG_SINCE,
  FLAG_N_COLUMNS
};

static const char * const flag_columns[] = { "姓名", "身份证号", "标记", "起始日期", NULL };

static const CwImportColumn flag_column_table[FLAG_N_COLUMNS] = {
  [FLAG_NAME] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_KEY, CW_IMPORT_ALIASES ("人员姓名") },
  [FLAG_ID_NUMBER] = { CW_IMPORT_COLUMN_KEY | CW_IMPORT_COLUMN_TEXT_NUMBER, CW_IMPORT_ALIASES ("身份证号码", "公民身份号码") },
  [FLAG_FLAG] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_KEY | CW_IMPORT_COLUMN_REPEATS,
                  CW_IMPORT_ALIASES ("人员标记", "标志") },
  [FLAG_SINCE] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS,
                   CW_IMPORT_ALIASES ("开始日期", "日期") },
};

/* The person the row means, or 0 with @error set. */
static gint64
row_person (CwDatabase         *db,
            const CwImportRow  *row,
            const char         *day,
            GError            **error)
{
  const char *name = row->fields[FLAG_NAME];
  const char *id_number = row->fields[FLAG_ID_NUMBER];
  g_autoptr(CwPerson) person = NULL;
  gint64 id;

  id = cw_village_role_resolve_person (db, id_number[0] != '\0' ? id_number : name, day, error);
  if (id == 0 || id_number[0] == '\0')
    return id;
  person = cw_person_load (db, id, error);
  if (person == NULL)
    return 0;
  if (g_strcmp0 (cw_person_get_name (person), name) != 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("The ID number %s belongs to %s, not to %s."), id_number,
                   cw_person_get_name (person), name);
      return 0;
    }
  return id;
}

static gboolean
settle_flag (CwImport            *import,
             const CwImportUnit  *unit,
             gpointer             verdict,
             gpointer             state,
             GError             **error)
{
  CwDatabase *db = cw_import_get_database (import);
  const CwImportRow *row = unit->rows[0];
  const char *flag = row->fields[FLAG_FLAG];
  g_autoptr(GError) problem = NULL;
  g_autofree char *day = NULL;
  gint64 person, open;

  if (flag[0] == '\0')
    {
      cw_import_refuse_row (import, row, row->fields[FLAG_NAME], _("Flag: name the flag, e.g. 参与土地分配."));
      return TRUE;
    }
  day = cw_benefit_normalize_day (_("Since"), row->fields[FLAG_SINCE], &problem);
  person = day != NULL ? row_person (db, row, day, &problem) : 0;
  if (person == 0)
    return cw_import_refuse_row_for (import, row, row->fields[FLAG_NAME], g_steal_pointer (&problem), error);
  if ((open = cw_benefit_flag_open (db, person, flag, error)) < 0)
    return FALSE;
  if (open != 0)
    {
      cw_import_unchanged (import);
      return TRUE;
    }
  if (!cw_benefit_flag_insert (db, person, flag, day, error))
    return FALSE;
  cw_import_changed (import, "benefit_person_flag");
  return TRUE;
}

const CwImporter cw_benefit_flag_importer = {
  .unit = "flags",
  .column_names = flag_columns,
  .columns = flag_column_table,
  .unit_column = -1,
  .write = settle_flag,
  .unit_needs_no_savepoint = TRUE,
};
