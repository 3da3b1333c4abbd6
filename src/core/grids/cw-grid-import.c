/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"
#include "core/common/cw-import-problems.h"
#include "core/common/cw-text.h"
#include "core/grids/cw-grid-import.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid.h"
#include "core/grids/cw-grids-private.h"
#include "core/households/cw-person.h"
#include "core/points/cw-point-import.h"
#include "core/village/cw-village.h"

/* What the three imports share: the problems every row was found to have
 * before anything is written (row index → message), so that one bad row
 * keeps the whole file out. */
typedef struct
{
  CwDatabase *db;
  CwImportProblems *problems;
  /* the grids import: code → the grid's id once written; code → parent
   * code of the file's rows; code → a GArray of child ids waiting for it */
  GHashTable *written;
  GHashTable *parents;
  GHashTable *waiting;
} Shared;

static gboolean
need_village (CwDatabase  *db,
              GError     **error)
{
  if (cw_village_exists (db))
    return TRUE;
  g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                       _("The database holds no village yet: create the village before importing grids."));
  return FALSE;
}

static void
add_problem (Shared            *self,
             const CwImportRow *row,
             char              *message)
{
  cw_import_problems_add (self->problems, row, message);
}

static void
begin_shared (CwImport *import,
              Shared   *self)
{
  self->db = cw_import_get_database (import);
  self->problems = cw_import_problems_new ();
}

static void
end_shared (gpointer state)
{
  Shared *self = state;

  g_clear_pointer (&self->problems, cw_import_problems_free);
  g_clear_pointer (&self->written, g_hash_table_unref);
  g_clear_pointer (&self->parents, g_hash_table_unref);
  g_clear_pointer (&self->waiting, g_hash_table_unref);
}

/* In write(): TRUE when the row may be written; otherwise it is refused,
 * with its own problem or the line that keeps the file out. */
static gboolean
row_may_go_in (CwImport          *import,
               Shared            *self,
               const CwImportRow *row,
               const char        *key)
{
  return cw_import_problems_let_in (self->problems, import, row, key);
}

/* A date column: "" is today. */
static char *
row_date (const char  *text,
          char       **problem)
{
  g_autoptr(GError) error = NULL;
  char *day = cw_grids_date (text, _("Date"), &error);

  if (day == NULL)
    *problem = g_strdup (error->message);
  return day;
}

/* Grids */

enum {
  GRID_CODE,
  GRID_NAME,
  GRID_PARENT,
  GRID_LEVEL,
  GRID_HEAD,
  GRID_WORKERS,
  GRID_PHONE,
  GRID_N_COLUMNS
};

static const char * const grid_columns[] = {
  "网格编号", "网格名称", "上级网格编号", "层级", "网格长", "网格员", "联系电话", NULL
};

static const CwImportColumn grid_column_table[GRID_N_COLUMNS] = {
  [GRID_CODE] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_KEY, CW_IMPORT_ALIASES ("编号", "网格代码") },
  [GRID_NAME] = { CW_IMPORT_COLUMN_REQUIRED, CW_IMPORT_ALIASES ("名称", "网格") },
  [GRID_PARENT] = { CW_IMPORT_COLUMN_KEY, CW_IMPORT_ALIASES ("上级编号", "上级网格") },
  [GRID_LEVEL] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("网格层级", "级别") },
  [GRID_HEAD] = { 0, CW_IMPORT_ALIASES ("网格长姓名") },
  [GRID_WORKERS] = { 0, CW_IMPORT_ALIASES ("网格员姓名", "专职网格员") },
  [GRID_PHONE] = { 0, CW_IMPORT_ALIASES ("电话", "手机号") },
};

/* A head or worker as the file names them: a person of the register by ID
 * number or unique name (*person_id), or an outsider by name (0). */
static gboolean
resolve_worker (CwDatabase  *db,
                const char  *text,
                gint64      *person_id,
                char       **problem)
{
  g_autoptr(GError) error = NULL;

  *person_id = cw_grid_find_person (db, text, &error);
  if (*person_id != 0 || g_error_matches (error, CW_ERROR, CW_ERROR_NOT_FOUND))
    {
      /* An ID number that is nobody's is a typing mistake, not an outsider. */
      if (*person_id == 0 && strlen (text) == 18 && g_ascii_isdigit (text[0]))
        {
          *problem = g_strdup (error->message);
          return FALSE;
        }
      return TRUE;
    }
  *problem = g_strdup (error->message);
  return FALSE;
}

/* The people a row names, the head first and then the workers, each with
 * the next phone of the row's list (one each, in that order) or none:
 * how the phones are handed out, read the same way by the check, by the
 * comparison with the register and by the writing. */
typedef struct
{
  GStrv  heads;
  GStrv  workers;
  GStrv  phones;
  guint  n_people;   /* at most one head counted: a second is refused */
} RowPeople;

static void
row_people_init (RowPeople         *self,
                 const CwImportRow *row)
{
  self->heads = cw_grids_split_list (row->fields[GRID_HEAD]);
  self->workers = cw_grids_split_list (row->fields[GRID_WORKERS]);
  self->phones = cw_grids_split_list (row->fields[GRID_PHONE]);
  self->n_people = (self->heads[0] != NULL ? 1 : 0) + g_strv_length (self->workers);
}

static void
row_people_clear (RowPeople *self)
{
  g_clear_pointer (&self->heads, g_strfreev);
  g_clear_pointer (&self->workers, g_strfreev);
  g_clear_pointer (&self->phones, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RowPeople, row_people_clear)

/* The @i-th person (below n_people): "head" or "worker", the name as
 * written and the phone, or NULL when the phones ran out. */
static const char *
row_person (const RowPeople  *self,
            guint             i,
            const char      **name,
            const char      **phone)
{
  gboolean head = self->heads[0] != NULL;

  *name = head && i == 0 ? self->heads[0] : self->workers[i - (head ? 1 : 0)];
  *phone = i < g_strv_length (self->phones) ? self->phones[i] : NULL;
  return head && i == 0 ? "head" : "worker";
}

/* The parent code of @code: the file's, or the register's. */
static char *
parent_of (Shared     *self,
           const char *code)
{
  const char *in_file = g_hash_table_lookup (self->parents, code);
  g_autoptr(CwGrid) stored = NULL;
  g_autoptr(CwGrid) parent = NULL;

  if (in_file != NULL)
    return g_strdup (in_file);
  stored = cw_grid_find (self->db, code, NULL);
  if (stored == NULL || cw_grid_get_parent_id (stored) == 0)
    return g_strdup ("");
  parent = cw_grid_load (self->db, cw_grid_get_parent_id (stored), NULL);
  return g_strdup (parent != NULL ? cw_grid_get_code (parent) : "");
}

static gboolean
begin_grids (CwImport  *import,
             gpointer   state,
             GError   **error)
{
  Shared *self = state;
  guint n = cw_import_get_n_rows (import);
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  begin_shared (import, self);
  self->written = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->parents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->waiting = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < n; i++)
    {
      const CwImportRow *row = cw_import_get_row (import, i);
      char *code = cw_text_normalize_key (row->fields[GRID_CODE]);
      gpointer earlier = g_hash_table_lookup (lines, code);

      if (code[0] == '\0')
        add_problem (self, row, g_strdup_printf (_("The column “%s” is empty: every grid needs a code."),
                                                 grid_columns[GRID_CODE]));
      else if (earlier != NULL)
        add_problem (self, row, g_strdup_printf (_("The code %s is also on line %u; a code names one grid."),
                                                 code, GPOINTER_TO_UINT (earlier)));
      if (code[0] == '\0' || earlier != NULL)
        {
          g_free (code);
          continue;
        }
      g_hash_table_insert (lines, g_strdup (code), GUINT_TO_POINTER (row->line));
      g_hash_table_insert (self->parents, code, cw_text_normalize_key (row->fields[GRID_PARENT]));
    }

  for (guint i = 0; i < n; i++)
    {
      const CwImportRow *row = cw_import_get_row (import, i);
      g_autofree char *code = cw_text_normalize_key (row->fields[GRID_CODE]);
      g_autofree char *parent = cw_text_normalize_key (row->fields[GRID_PARENT]);
      g_autofree char *name = cw_text_clean_line (row->fields[GRID_NAME]);
      g_autoptr(CwGrid) known_parent = NULL;
      g_auto(RowPeople) people = { 0 };
      char *problem = NULL;
      gint64 person;

      row_people_init (&people, row);
      if (name[0] == '\0')
        add_problem (self, row, g_strdup_printf (_("The column “%s” is empty: every grid needs a name."),
                                                 grid_columns[GRID_NAME]));
      if (parent[0] != '\0' && !g_hash_table_contains (self->parents, parent) &&
          (known_parent = cw_grid_find (self->db, parent, NULL)) == NULL)
        add_problem (self, row, g_strdup_printf (_("The parent grid %s is neither in the register nor in the file."),
                                                 parent));
      else if (parent[0] != '\0')
        {
          /* Up from the parent, never back to the grid itself. */
          g_autofree char *up = g_strdup (parent);
          guint steps = 0;

          while (up[0] != '\0' && !g_str_equal (up, code) && steps++ < 10000)
            {
              char *next = parent_of (self, up);
              g_free (up);
              up = next;
            }
          if (g_str_equal (up, code))
            add_problem (self, row, g_strdup_printf (_("The grid %s would lie below itself: its parents go round "
                                                       "in a loop."), code));
        }
      if (people.heads[0] != NULL && people.heads[1] != NULL)
        add_problem (self, row, g_strdup_printf (_("%s names more than one person (%s): a grid has one head; "
                                                   "put the others under %s."),
                                                 grid_columns[GRID_HEAD], row->fields[GRID_HEAD],
                                                 grid_columns[GRID_WORKERS]));
      else if (people.heads[0] != NULL && !resolve_worker (self->db, people.heads[0], &person, &problem))
        add_problem (self, row, problem);
      for (guint w = 0; people.workers[w] != NULL; w++)
        if (!resolve_worker (self->db, people.workers[w], &person, &problem))
          add_problem (self, row, problem);
      /* The households import's rule, so that the grid board never
       * prints what Excel made of a number (1.38123E+10). */
      for (guint p = 0; people.phones[p] != NULL; p++)
        {
          g_autoptr(GError) phone_error = NULL;

          if (!cw_phone_normalize (people.phones[p], NULL, &phone_error))
            add_problem (self, row, g_strdup_printf (_("%s: %s"), grid_columns[GRID_PHONE], phone_error->message));
        }
      /* A phone past the last person (RowPeople) would belong to nobody.
       * Fewer phones than people is fine, the last ones have none. */
      if (g_strv_length (people.phones) > people.n_people)
        {
          g_autofree char *surplus = g_strjoinv ("、", people.phones + people.n_people);

          add_problem (self, row, g_strdup_printf (_("%s has more phones than the row has people: %s would belong "
                                                     "to nobody. Give one phone per person, the head’s first and "
                                                     "then the workers’ in their order, and name in %s whoever "
                                                     "the other phones are for."),
                                                   grid_columns[GRID_PHONE], surplus, grid_columns[GRID_WORKERS]));
        }
    }
  return TRUE;
}

/* Whether the grid in the register says what the row says. */
static gboolean
same_grid (Shared            *self,
           CwGrid            *stored,
           const CwImportRow *row)
{
  g_autofree char *name = cw_text_clean_line (row->fields[GRID_NAME]);
  g_autofree char *level = cw_text_clean_line (row->fields[GRID_LEVEL]);
  g_autofree char *parent = cw_text_normalize_key (row->fields[GRID_PARENT]);
  g_autoptr(CwGrid) stored_parent = NULL;

  if (cw_grid_get_parent_id (stored) != 0)
    stored_parent = cw_grid_load (self->db, cw_grid_get_parent_id (stored), NULL);
  return g_str_equal (name, cw_grid_get_name (stored)) && g_str_equal (level, cw_grid_get_level (stored)) &&
         g_str_equal (parent, stored_parent != NULL ? cw_grid_get_code (stored_parent) : "");
}

/* Whether @text (and @phone, when the row gives one) stands in the
 * register as a @role of @grid_id now: a person of the register under
 * their name, an outsider as named. */
static gboolean
stands (Shared      *self,
        GPtrArray   *workers,
        gint64       grid_id,
        const char  *role,
        const char  *text,
        const char  *phone)
{
  g_autoptr(CwPerson) person = NULL;
  g_autofree char *number = NULL;
  char *problem = NULL;
  gint64 person_id = 0;
  const char *name = text;

  resolve_worker (self->db, text, &person_id, &problem);
  g_free (problem);
  if (person_id != 0 && (person = cw_person_load (self->db, person_id, NULL)) != NULL)
    name = cw_person_get_name (person);
  if (phone != NULL && !cw_phone_normalize (phone, &number, NULL))
    return FALSE;
  for (guint i = 0; i < workers->len; i++)
    {
      CwGridWorkerRow *worker = g_ptr_array_index (workers, i);

      if (worker->grid_id == grid_id && g_str_equal (worker->role, role) && g_str_equal (worker->name, name) &&
          (number == NULL || g_str_equal (worker->phone, number)))
        return TRUE;
    }
  return FALSE;
}

/* For a grid the register has: whether the head, workers and phones the
 * row names are all there already. One that is not would be left out
 * without a word, the grid counting as unchanged. Fewer than the
 * register has is no change: nothing typed is lost. */
static gboolean
same_people (Shared             *self,
             CwGrid             *stored,
             const CwImportRow  *row,
             GError            **error)
{
  g_auto(RowPeople) people = { 0 };
  g_autoptr(GPtrArray) standing = NULL;

  row_people_init (&people, row);
  if (people.n_people == 0 && people.phones[0] == NULL)
    return TRUE;
  standing = cw_grid_worker_rows (self->db, error);
  if (standing == NULL)
    return FALSE;
  for (guint i = 0; i < people.n_people; i++)
    {
      const char *name, *phone;
      const char *role = row_person (&people, i, &name, &phone);

      if (!stands (self, standing, cw_grid_get_id (stored), role, name, phone))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_workers (Shared            *self,
             gint64             grid_id,
             const CwImportRow *row,
             GError           **error)
{
  /* begin_grids() refused a row with two heads or with more phones than
   * people. */
  g_auto(RowPeople) people = { 0 };

  row_people_init (&people, row);
  for (guint i = 0; i < people.n_people; i++)
    {
      const char *name, *phone;
      const char *role = row_person (&people, i, &name, &phone);
      gint64 person = 0;
      char *problem = NULL;
      gboolean ok;

      resolve_worker (self->db, name, &person, &problem);
      g_free (problem);
      ok = g_str_equal (role, "head")
        ? cw_grid_set_head (self->db, grid_id, person, person != 0 ? "" : name, phone != NULL ? phone : "", "", error)
        : cw_grid_add_worker (self->db, grid_id, person, person != 0 ? "" : name, phone != NULL ? phone : "", "",
                              error);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
settle_grid (CwImport            *import,
             const CwImportUnit  *unit,
             gpointer             verdict,
             gpointer             state,
             GError             **error)
{
  Shared *self = state;
  const CwImportRow *row = unit->rows[0];
  g_autofree char *code = cw_text_normalize_key (row->fields[GRID_CODE]);
  g_autofree char *parent = cw_text_normalize_key (row->fields[GRID_PARENT]);
  g_autoptr(CwGrid) stored = NULL;
  g_autoptr(CwGrid) grid = NULL;
  g_autoptr(GError) row_error = NULL;
  gint64 *parent_id;
  GArray *children;
  gint64 id;

  if (!row_may_go_in (import, self, row, code))
    return TRUE;
  stored = cw_grid_find (self->db, code, NULL);
  if (stored != NULL)
    {
      if (!same_grid (self, stored, row))
        cw_import_refuse_row (import, row, code,
                              _("The register already has this grid, with another name, level or parent; "
                                "change it in the window."));
      else if (same_people (self, stored, row, &row_error))
        cw_import_unchanged (import);
      else if (row_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&row_error));
          return FALSE;
        }
      else
        cw_import_refuse_row (import, row, code,
                              _("The register already has this grid, and not with the head, workers or phones "
                                "of this line; change them in the window."));
      id = cw_grid_get_id (stored);
      g_hash_table_insert (self->written, g_strdup (code), g_memdup2 (&id, sizeof id));
      return TRUE;
    }

  grid = cw_grid_new ();
  cw_grid_set_text (grid, "code", code);
  cw_grid_set_text (grid, "name", row->fields[GRID_NAME]);
  cw_grid_set_text (grid, "level", row->fields[GRID_LEVEL]);
  /* A parent later in the file is not written yet: the grid waits for it. */
  parent_id = parent[0] != '\0' ? g_hash_table_lookup (self->written, parent) : NULL;
  if (parent[0] != '\0' && parent_id == NULL)
    {
      g_autoptr(CwGrid) known = cw_grid_find (self->db, parent, NULL);
      if (known != NULL)
        cw_grid_set_parent_id (grid, cw_grid_get_id (known));
    }
  else if (parent_id != NULL)
    cw_grid_set_parent_id (grid, *parent_id);

  if (!cw_grid_add (self->db, grid, &row_error) || !add_workers (self, cw_grid_get_id (grid), row, &row_error))
    return cw_import_refuse_row_for (import, row, code, g_steal_pointer (&row_error), error);
  if (parent[0] != '\0' && cw_grid_get_parent_id (grid) == 0)
    {
      GArray *list = g_hash_table_lookup (self->waiting, parent);

      id = cw_grid_get_id (grid);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (self->waiting, g_strdup (parent), list);
        }
      g_array_append_val (list, id);
    }
  children = g_hash_table_lookup (self->waiting, code);
  for (guint i = 0; children != NULL && i < children->len; i++)
    {
      g_autoptr(CwGrid) child = cw_grid_load (self->db, g_array_index (children, gint64, i), error);

      if (child == NULL)
        return FALSE;
      cw_grid_set_parent_id (child, cw_grid_get_id (grid));
      if (!cw_grid_update (self->db, child, error))
        return FALSE;
    }
  id = cw_grid_get_id (grid);
  g_hash_table_insert (self->written, g_strdup (code), g_memdup2 (&id, sizeof id));
  cw_import_changed (import, "grid");
  return TRUE;
}

const CwImporter cw_grid_importer = {
  .unit = "grids",
  .column_names = grid_columns,
  .columns = grid_column_table,
  .unit_column = -1,
  .state_size = sizeof (Shared),
  .prepare = need_village,
  .begin = begin_grids,
  .write = settle_grid,
  .end = end_shared,
};

/* Households into grids */

enum {
  PLACE_NUMBER,
  PLACE_GRID,
  PLACE_DATE,
  PLACE_N_COLUMNS
};

static const char * const place_columns[] = { "户号", "网格编号", "日期", NULL };

static const CwImportColumn place_column_table[PLACE_N_COLUMNS] = {
  [PLACE_NUMBER] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_KEY | CW_IMPORT_COLUMN_TEXT_NUMBER,
                     CW_IMPORT_ALIASES ("户编号", "家庭编号") },
  [PLACE_GRID] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_KEY | CW_IMPORT_COLUMN_REPEATS,
                   CW_IMPORT_ALIASES ("所属网格编号", "网格") },
  [PLACE_DATE] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("划入日期", "调整日期") },
};

/* The grid a row names, a lowest one not retired; otherwise 0 with
 * @problem set. */
static gint64
leaf_grid (CwDatabase  *db,
           const char  *code,
           char       **problem)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwGrid) grid = cw_grid_find (db, code, &error);

  if (grid == NULL)
    {
      *problem = g_strdup (error->message);
      return 0;
    }
  if (cw_grid_get_retired (grid))
    {
      *problem = g_strdup_printf (_("The grid %s is retired."), cw_grid_get_code (grid));
      return 0;
    }
  if (cw_grid_get_children (grid) > 0)
    {
      *problem = g_strdup_printf (_("The grid %s has grids below it; households go into the lowest ones."),
                                  cw_grid_get_code (grid));
      return 0;
    }
  return cw_grid_get_id (grid);
}

static gboolean
begin_places (CwImport  *import,
              gpointer   state,
              GError   **error)
{
  Shared *self = state;

  begin_shared (import, self);
  for (guint i = 0; i < cw_import_get_n_rows (import); i++)
    {
      const CwImportRow *row = cw_import_get_row (import, i);
      g_autoptr(GError) local = NULL;
      g_autofree char *day = NULL;
      char *problem = NULL;

      if (cw_grids_household_id (self->db, row->fields[PLACE_NUMBER], &local) == 0)
        add_problem (self, row, g_strdup (local->message));
      else if (leaf_grid (self->db, row->fields[PLACE_GRID], &problem) == 0)
        add_problem (self, row, problem);
      else if ((day = row_date (row->fields[PLACE_DATE], &problem)) == NULL)
        add_problem (self, row, problem);
    }
  return TRUE;
}

static gboolean
settle_place (CwImport            *import,
              const CwImportUnit  *unit,
              gpointer             verdict,
              gpointer             state,
              GError             **error)
{
  Shared *self = state;
  const CwImportRow *row = unit->rows[0];
  g_autoptr(GError) row_error = NULL;
  char *problem = NULL;
  gint64 household, grid;

  if (!row_may_go_in (import, self, row, row->fields[PLACE_NUMBER]))
    return TRUE;
  household = cw_grids_household_id (self->db, row->fields[PLACE_NUMBER], NULL);
  grid = leaf_grid (self->db, row->fields[PLACE_GRID], &problem);
  g_free (problem);
  if (cw_grid_of_household (self->db, household) == grid)
    {
      cw_import_unchanged (import);
      return TRUE;
    }
  if (!cw_grid_place_household (self->db, household, grid, row->fields[PLACE_DATE], &row_error))
    return cw_import_refuse_row_for (import, row, row->fields[PLACE_NUMBER], g_steal_pointer (&row_error), error);
  cw_import_changed (import, "grid_household");
  return TRUE;
}

const CwImporter cw_grid_household_importer = {
  .unit = "households",
  .column_names = place_columns,
  .columns = place_column_table,
  .unit_column = -1,
  .state_size = sizeof (Shared),
  .prepare = need_village,
  .begin = begin_places,
  .write = settle_place,
  .end = end_shared,
};

/* 党员联户 */

enum {
  LINK_MEMBER,
  LINK_NUMBER,
  LINK_DATE,
  LINK_N_COLUMNS
};

static const char * const link_columns[] = { "党员", "户号", "日期", NULL };

static const CwImportColumn link_column_table[LINK_N_COLUMNS] = {
  [LINK_MEMBER] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_KEY | CW_IMPORT_COLUMN_REPEATS,
                    CW_IMPORT_ALIASES ("党员姓名", "党员身份证号", "联系党员") },
  [LINK_NUMBER] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_KEY | CW_IMPORT_COLUMN_TEXT_NUMBER,
                    CW_IMPORT_ALIASES ("户编号", "联系户户号") },
  [LINK_DATE] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("联系日期") },
};

static gboolean
begin_links (CwImport  *import,
             gpointer   state,
             GError   **error)
{
  Shared *self = state;

  begin_shared (import, self);
  for (guint i = 0; i < cw_import_get_n_rows (import); i++)
    {
      const CwImportRow *row = cw_import_get_row (import, i);
      g_autoptr(GError) local = NULL;
      g_autofree char *day = NULL;
      char *problem = NULL;

      if (cw_point_find_party_member (self->db, row->fields[LINK_MEMBER], &local) == 0 ||
          cw_grids_household_id (self->db, row->fields[LINK_NUMBER], &local) == 0)
        add_problem (self, row, g_strdup (local->message));
      else if ((day = row_date (row->fields[LINK_DATE], &problem)) == NULL)
        add_problem (self, row, problem);
    }
  return TRUE;
}

static gboolean
settle_link (CwImport            *import,
             const CwImportUnit  *unit,
             gpointer             verdict,
             gpointer             state,
             GError             **error)
{
  Shared *self = state;
  const CwImportRow *row = unit->rows[0];
  g_autoptr(GError) row_error = NULL;
  gint64 member, household;

  if (!row_may_go_in (import, self, row, row->fields[LINK_NUMBER]))
    return TRUE;
  member = cw_point_find_party_member (self->db, row->fields[LINK_MEMBER], NULL);
  household = cw_grids_household_id (self->db, row->fields[LINK_NUMBER], NULL);
  if (!cw_party_link_add (self->db, member, household, row->fields[LINK_DATE], NULL, &row_error))
    {
      if (!g_error_matches (row_error, CW_ERROR, CW_ERROR_EXISTS))
        return cw_import_refuse_row_for (import, row, row->fields[LINK_NUMBER], g_steal_pointer (&row_error), error);
      cw_import_unchanged (import);
      return TRUE;
    }
  cw_import_changed (import, "party_link");
  return TRUE;
}

const CwImporter cw_party_link_importer = {
  .unit = "links",
  .column_names = link_columns,
  .columns = link_column_table,
  .unit_column = -1,
  .state_size = sizeof (Shared),
  .prepare = need_village,
  .begin = begin_links,
  .write = settle_link,
  .end = end_shared,
};
