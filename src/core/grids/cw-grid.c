/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/grids/cw-grid.h"
#include "core/grids/cw-grids-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_PARENT_ID,
  PROP_RETIRED,
  PROP_DEPTH,
  PROP_OWN_HOUSEHOLDS,
  PROP_HOUSEHOLDS,
  PROP_CHILDREN,
  /* the text properties, in the order of text[] */
  PROP_CODE,
  PROP_NAME,
  PROP_LEVEL,
  PROP_RETIRED_DATE,
  PROP_PARENT_CODE,
  PROP_PATH,
  PROP_HEAD_NAME,
  PROP_HEAD_PHONE,
  PROP_WORKERS,
  N_PROPS
};

#define FIRST_TEXT PROP_CODE
#define N_TEXT (N_PROPS - FIRST_TEXT)

struct _CwGrid
{
  GObject  parent_instance;

  gint64   id;
  gint64   parent_id;
  gboolean retired;
  guint    depth;
  guint    own_households;
  guint    households;
  guint    children;
  guint    persons;         /* in it and below, like households */
  guint    party_members;
  char    *text[N_TEXT];
};

G_DEFINE_FINAL_TYPE (CwGrid, cw_grid, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cw_grid_finalize (GObject *object)
{
  CwGrid *self = CW_GRID (object);

  for (guint i = 0; i < N_TEXT; i++)
    g_free (self->text[i]);
  G_OBJECT_CLASS (cw_grid_parent_class)->finalize (object);
}

static void
cw_grid_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  CwGrid *self = CW_GRID (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_PARENT_ID: g_value_set_int64 (value, self->parent_id); break;
    case PROP_RETIRED: g_value_set_boolean (value, self->retired); break;
    case PROP_DEPTH: g_value_set_uint (value, self->depth); break;
    case PROP_OWN_HOUSEHOLDS: g_value_set_uint (value, self->own_households); break;
    case PROP_HOUSEHOLDS: g_value_set_uint (value, self->households); break;
    case PROP_CHILDREN: g_value_set_uint (value, self->children); break;
    default:
      if (prop_id >= FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id - FIRST_TEXT]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_text_prop (CwGrid     *self,
               guint       prop_id,
               const char *value)
{
  g_free (self->text[prop_id - FIRST_TEXT]);
  self->text[prop_id - FIRST_TEXT] = g_strdup (value != NULL ? value : "");
}

static void
cw_grid_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  CwGrid *self = CW_GRID (object);

  if (prop_id == PROP_PARENT_ID)
    self->parent_id = g_value_get_int64 (value);
  else if (prop_id >= FIRST_TEXT && prop_id < N_PROPS)
    set_text_prop (self, prop_id, g_value_get_string (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_grid_class_init (CwGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const char *text_names[N_TEXT] = {
    "code", "name", "level", "retired-date", "parent-code", "path", "head-name", "head-phone", "workers",
  };

  object_class->finalize = cw_grid_finalize;
  object_class->get_property = cw_grid_get_property;
  object_class->set_property = cw_grid_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_PARENT_ID] = g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_RETIRED] = g_param_spec_boolean ("retired", NULL, NULL, FALSE, ro);
  properties[PROP_DEPTH] = g_param_spec_uint ("depth", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_OWN_HOUSEHOLDS] = g_param_spec_uint ("own-households", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_HOUSEHOLDS] = g_param_spec_uint ("households", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_CHILDREN] = g_param_spec_uint ("children", NULL, NULL, 0, G_MAXUINT, 0, ro);
  for (guint i = 0; i < N_TEXT; i++)
    properties[FIRST_TEXT + i] = g_param_spec_string (text_names[i], NULL, NULL, "",
                                                      FIRST_TEXT + i <= PROP_LEVEL ||
                                                      FIRST_TEXT + i == PROP_HEAD_NAME ||
                                                      FIRST_TEXT + i == PROP_HEAD_PHONE ||
                                                      FIRST_TEXT + i == PROP_WORKERS ? rw : ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_grid_init (CwGrid *self)
{
  for (guint i = 0; i < N_TEXT; i++)
    self->text[i] = g_strdup ("");
}

CwGrid *
cw_grid_new (void)
{
  return g_object_new (CW_TYPE_GRID, NULL);
}

CwGrid *
cw_grid_copy (CwGrid *self)
{
  CwGrid *copy = cw_grid_new ();

  copy->id = self->id;
  copy->parent_id = self->parent_id;
  copy->retired = self->retired;
  copy->depth = self->depth;
  copy->own_households = self->own_households;
  copy->households = self->households;
  copy->children = self->children;
  copy->persons = self->persons;
  copy->party_members = self->party_members;
  for (guint i = 0; i < N_TEXT; i++)
    {
      g_free (copy->text[i]);
      copy->text[i] = g_strdup (self->text[i]);
    }
  return copy;
}

gint64 cw_grid_get_id (CwGrid *self) { return self->id; }
const char *cw_grid_get_code (CwGrid *self) { return self->text[PROP_CODE - FIRST_TEXT]; }
const char *cw_grid_get_name (CwGrid *self) { return self->text[PROP_NAME - FIRST_TEXT]; }
gint64 cw_grid_get_parent_id (CwGrid *self) { return self->parent_id; }
const char *cw_grid_get_level (CwGrid *self) { return self->text[PROP_LEVEL - FIRST_TEXT]; }
gboolean cw_grid_get_retired (CwGrid *self) { return self->retired; }
const char *cw_grid_get_parent_code (CwGrid *self) { return self->text[PROP_PARENT_CODE - FIRST_TEXT]; }
const char *cw_grid_get_path (CwGrid *self) { return self->text[PROP_PATH - FIRST_TEXT]; }
guint cw_grid_get_depth (CwGrid *self) { return self->depth; }
const char *cw_grid_get_head_name (CwGrid *self) { return self->text[PROP_HEAD_NAME - FIRST_TEXT]; }
const char *cw_grid_get_head_phone (CwGrid *self) { return self->text[PROP_HEAD_PHONE - FIRST_TEXT]; }
const char *cw_grid_get_workers (CwGrid *self) { return self->text[PROP_WORKERS - FIRST_TEXT]; }
guint cw_grid_get_own_households (CwGrid *self) { return self->own_households; }
guint cw_grid_get_households (CwGrid *self) { return self->households; }
guint cw_grid_get_children (CwGrid *self) { return self->children; }
guint cw_grid_get_persons (CwGrid *self) { return self->persons; }
guint cw_grid_get_party_members (CwGrid *self) { return self->party_members; }

void
cw_grid_set_parent_id (CwGrid *self,
                       gint64  parent_id)
{
  self->parent_id = parent_id;
}

void
cw_grid_set_text (CwGrid     *self,
                  const char *property,
                  const char *value)
{
  g_object_set (self, property, value, NULL);
}

gboolean
cw_grid_validate (CwGrid  *self,
                  GError **error)
{
  char *code = cw_text_normalize_key (cw_grid_get_code (self));
  char *name = cw_text_clean_line (cw_grid_get_name (self));
  char *level = cw_text_clean_line (cw_grid_get_level (self));

  g_free (self->text[PROP_CODE - FIRST_TEXT]);
  self->text[PROP_CODE - FIRST_TEXT] = code;
  g_free (self->text[PROP_NAME - FIRST_TEXT]);
  self->text[PROP_NAME - FIRST_TEXT] = name;
  g_free (self->text[PROP_LEVEL - FIRST_TEXT]);
  self->text[PROP_LEVEL - FIRST_TEXT] = level;

  if (code[0] == '\0')
    g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Code: a grid needs a code, e.g. WG01."));
  else if (name[0] == '\0')
    g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Name: a grid needs a name."));
  else
    return TRUE;
  return FALSE;
}

/* The present members of the households placed in grid g now. */
#define GRID_PERSONS \
  "FROM grid_household gh JOIN household h ON h.id = gh.household_id JOIN person p ON p.household_id = h.id " \
  "WHERE gh.grid_id = g.id AND gh.to_date IS NULL AND h.status = 'active' AND p.status IN ('active', 'migrant')"

/* Grids with their head, workers and households placed now; the tree's
 * order, paths and totals are made in cw_grid_list() from the parents. */
#define GRID_BASE \
  "SELECT g.id, coalesce(g.parent_id, 0), g.retired, g.code, g.name, g.level, coalesce(g.retired_date, ''), " \
  " coalesce((SELECT w.name FROM grid_worker w WHERE w.grid_id = g.id AND w.role = 'head' AND w.until IS NULL), ''), " \
  " coalesce((SELECT w.phone FROM grid_worker w WHERE w.grid_id = g.id AND w.role = 'head' AND w.until IS NULL), ''), " \
  " coalesce((SELECT group_concat(w.name, '、') FROM grid_worker w " \
  "           WHERE w.grid_id = g.id AND w.role = 'worker' AND w.until IS NULL), ''), "

/* One grid with what is in it counted here. */
#define GRID_SELECT GRID_BASE \
  " (SELECT count(*) FROM grid_household gh JOIN household h ON h.id = gh.household_id " \
  "  WHERE gh.grid_id = g.id AND gh.to_date IS NULL AND h.status = 'active'), " \
  " (SELECT count(*) FROM grid c WHERE c.parent_id = g.id AND NOT c.retired), " \
  " (SELECT count(*) " GRID_PERSONS "), " \
  " (SELECT count(*) " GRID_PERSONS " AND p.political IN ('中共党员', '中共预备党员')) " \
  "FROM grid g "

/* Every grid: the counts come from one pass over the households
 * (GRID_COUNTS), not a query per grid, so a township's tree opens fast. */
#define GRID_LIST GRID_BASE \
  " 0, (SELECT count(*) FROM grid c WHERE c.parent_id = g.id AND NOT c.retired), 0, 0 FROM grid g "

#define GRID_HOUSEHOLD_COUNTS \
  "SELECT gh.grid_id, count(*), 0, 0 " \
  "FROM grid_household gh JOIN household h ON h.id = gh.household_id AND h.status = 'active' " \
  "WHERE gh.to_date IS NULL GROUP BY gh.grid_id"

#define GRID_COUNTS \
  "SELECT gh.grid_id, count(DISTINCT h.id), count(p.id), " \
  " coalesce(sum(p.political IN ('中共党员', '中共预备党员')), 0) " \
  "FROM grid_household gh JOIN household h ON h.id = gh.household_id AND h.status = 'active' " \
  "LEFT JOIN person p ON p.household_id = h.id AND p.status IN ('active', 'migrant') " \
  "WHERE gh.to_date IS NULL GROUP BY gh.grid_id"

static CwGrid *
grid_from_row (sqlite3_stmt *stmt)
{
  CwGrid *self = cw_grid_new ();

  self->id = sqlite3_column_int64 (stmt, 0);
  self->parent_id = sqlite3_column_int64 (stmt, 1);
  self->retired = sqlite3_column_int (stmt, 2) != 0;
  set_text_prop (self, PROP_CODE, (const char *) sqlite3_column_text (stmt, 3));
  set_text_prop (self, PROP_NAME, (const char *) sqlite3_column_text (stmt, 4));
  set_text_prop (self, PROP_LEVEL, (const char *) sqlite3_column_text (stmt, 5));
  set_text_prop (self, PROP_RETIRED_DATE, (const char *) sqlite3_column_text (stmt, 6));
  set_text_prop (self, PROP_HEAD_NAME, (const char *) sqlite3_column_text (stmt, 7));
  set_text_prop (self, PROP_HEAD_PHONE, (const char *) sqlite3_column_text (stmt, 8));
  set_text_prop (self, PROP_WORKERS, (const char *) sqlite3_column_text (stmt, 9));
  self->own_households = (guint) sqlite3_column_int (stmt, 10);
  self->households = self->own_households;
  self->children = (guint) sqlite3_column_int (stmt, 11);
  self->persons = (guint) sqlite3_column_int (stmt, 12);
  self->party_members = (guint) sqlite3_column_int (stmt, 13);
  return self;
}

/* Appends @parent's children (in code order) and theirs, depth first,
 * adding what is below each grid to its own counts. */
static void
append_subtree (GListStore *store,
                GHashTable *children_of,
                CwGrid     *parent,
                guint       depth)
{
  GPtrArray *children = g_hash_table_lookup (children_of, &parent->id);

  parent->depth = depth;
  g_list_store_append (store, parent);
  for (guint i = 0; children != NULL && i < children->len; i++)
    {
      CwGrid *child = g_ptr_array_index (children, i);
      g_autofree char *path = g_strdup_printf ("%s › %s", cw_grid_get_path (parent), cw_grid_get_name (child));

      set_text_prop (child, PROP_PATH, path);
      set_text_prop (child, PROP_PARENT_CODE, cw_grid_get_code (parent));
      append_subtree (store, children_of, child, depth + 1);
      parent->households += child->households;
      parent->persons += child->persons;
      parent->party_members += child->party_members;
    }
}

static GListModel *
list_grids (CwDatabase  *db,
            gboolean     include_retired,
            gboolean     with_persons,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, GRID_LIST "WHERE ?1 OR NOT g.retired ORDER BY g.code", error);
  g_autoptr(sqlite3_stmt) counts = stmt == NULL ? NULL :
    cw_database_prepare (db, with_persons ? GRID_COUNTS : GRID_HOUSEHOLD_COUNTS, error);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) children_of =
    g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  GListStore *store;
  int rc;

  if (stmt == NULL || counts == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_retired);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwGrid *grid = grid_from_row (stmt);

      g_ptr_array_add (all, grid);
      g_hash_table_insert (by_id, &grid->id, grid);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  while ((rc = sqlite3_step (counts)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (counts, 0);
      CwGrid *grid = g_hash_table_lookup (by_id, &id);

      if (grid == NULL)
        continue;
      grid->own_households = grid->households = (guint) sqlite3_column_int (counts, 1);
      grid->persons = (guint) sqlite3_column_int (counts, 2);
      grid->party_members = (guint) sqlite3_column_int (counts, 3);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }

  store = g_list_store_new (CW_TYPE_GRID);
  for (guint i = 0; i < all->len; i++)
    {
      CwGrid *grid = g_ptr_array_index (all, i);
      GPtrArray *siblings;

      /* A grid whose parent is retired and left out stands at the top. */
      if (grid->parent_id == 0 || !g_hash_table_contains (by_id, &grid->parent_id))
        continue;
      siblings = g_hash_table_lookup (children_of, &grid->parent_id);
      if (siblings == NULL)
        {
          siblings = g_ptr_array_new ();
          g_hash_table_insert (children_of, &grid->parent_id, siblings);
        }
      g_ptr_array_add (siblings, grid);
    }
  for (guint i = 0; i < all->len; i++)
    {
      CwGrid *grid = g_ptr_array_index (all, i);

      if (grid->parent_id == 0 || !g_hash_table_contains (by_id, &grid->parent_id))
        {
          set_text_prop (grid, PROP_PATH, cw_grid_get_name (grid));
          append_subtree (store, children_of, grid, 0);
        }
    }
  return G_LIST_MODEL (store);
}

GListModel *
cw_grid_list (CwDatabase  *db,
              gboolean     include_retired,
              GError     **error)
{
  return list_grids (db, include_retired, FALSE, error);
}

GListModel *
cw_grid_list_with_persons (CwDatabase  *db,
                           gboolean     include_retired,
                           GError     **error)
{
  return list_grids (db, include_retired, TRUE, error);
}

static CwGrid *
load_where (CwDatabase  *db,
            const char  *where,
            const char  *code,
            gint64       id,
            GError     **error)
{
  g_autofree char *sql = g_strconcat (GRID_SELECT, where, NULL);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (code != NULL)
    sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE && code != NULL)
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no grid with the code %s."), code);
      else if (rc == SQLITE_DONE)
        g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("That grid is not in the register."));
      return NULL;
    }
  return grid_from_row (stmt);
}

CwGrid *
cw_grid_find (CwDatabase  *db,
              const char  *code,
              GError     **error)
{
  g_autofree char *key = cw_text_normalize_key (code);

  return load_where (db, "WHERE g.code = ?1", key, 0, error);
}

CwGrid *
cw_grid_load (CwDatabase  *db,
              gint64       id,
              GError     **error)
{
  return load_where (db, "WHERE g.id = ?1", NULL, id, error);
}

/* Whether @parent_id is @id or a grid below it, in *@below; FALSE when
 * the grids cannot be read. */
static gboolean
is_below (CwDatabase  *db,
          gint64       parent_id,
          gint64       id,
          gboolean    *below,
          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "WITH RECURSIVE up (id) AS (SELECT ?1 UNION "
                         "  SELECT g.parent_id FROM grid g JOIN up ON g.id = up.id WHERE g.parent_id IS NOT NULL) "
                         "SELECT count(*) FROM up WHERE id = ?2",
                         error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, parent_id);
  sqlite3_bind_int64 (stmt, 2, id);
  /* count(*) always has its row: anything else is a failed read. */
  if (cw_database_step_one (db, stmt, error) != SQLITE_ROW)
    return FALSE;
  *below = sqlite3_column_int (stmt, 0) > 0;
  return TRUE;
}

static gboolean
write_grid (CwDatabase  *db,
            CwGrid      *grid,
            const char  *sql,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, cw_grid_get_code (grid), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, cw_grid_get_name (grid), -1, SQLITE_STATIC);
  if (grid->parent_id != 0)
    sqlite3_bind_int64 (stmt, 3, grid->parent_id);
  sqlite3_bind_text (stmt, 4, cw_grid_get_level (grid), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, grid->id);
  if (!cw_grids_step_change (db, stmt, "grid", error))
    return FALSE;
  if (grid->id == 0)
    grid->id = sqlite3_last_insert_rowid (cw_database_get_handle (db));
  return TRUE;
}

static gboolean
check_parent (CwDatabase  *db,
              CwGrid      *grid,
              GError     **error)
{
  g_autoptr(CwGrid) parent = NULL;
  gboolean below = FALSE;

  if (grid->parent_id == 0)
    return TRUE;
  parent = cw_grid_load (db, grid->parent_id, error);
  if (parent == NULL)
    return FALSE;
  if (grid->id != 0 && !is_below (db, grid->parent_id, grid->id, &below, error))
    return FALSE;
  if (below)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Parent: %s is %s itself or lies below it; a grid cannot be placed under itself."),
                   cw_grid_get_code (parent), cw_grid_get_code (grid));
      return FALSE;
    }
  if (parent->retired)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Parent: the grid %s is retired."),
                   cw_grid_get_code (parent));
      return FALSE;
    }
  return TRUE;
}

gboolean
cw_grid_add (CwDatabase  *db,
             CwGrid      *grid,
             GError     **error)
{
  g_autoptr(CwGrid) same = NULL;

  if (!cw_grid_validate (grid, error))
    return FALSE;
  same = cw_grid_find (db, cw_grid_get_code (grid), NULL);
  if (same != NULL)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS, _("Code: there is already a grid %s (%s)."),
                   cw_grid_get_code (same), cw_grid_get_name (same));
      return FALSE;
    }
  grid->id = 0;
  return check_parent (db, grid, error) &&
         write_grid (db, grid,
                     "INSERT INTO grid (code, name, parent_id, level, position) VALUES (?1, ?2, ?3, ?4, 0)",
                     error);
}

gboolean
cw_grid_update (CwDatabase  *db,
                CwGrid      *grid,
                GError     **error)
{
  return cw_grid_validate (grid, error) &&
         check_parent (db, grid, error) &&
         write_grid (db, grid, "UPDATE grid SET name = ?2, parent_id = ?3, level = ?4 WHERE id = ?5", error);
}

gboolean
cw_grid_retire (CwDatabase  *db,
                gint64       id,
                const char  *date,
                GError     **error)
{
  g_autoptr(CwGrid) grid = cw_grid_load (db, id, error);
  g_autofree char *day = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (grid == NULL || (day = cw_grids_date (date, _("Date"), error)) == NULL)
    return FALSE;
  stmt = cw_database_prepare (db,
                              "SELECT (SELECT count(*) FROM grid_household WHERE grid_id = ?1 AND to_date IS NULL) "
                              "     + (SELECT count(*) FROM grid WHERE parent_id = ?1 AND NOT retired)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  /* count(*) always has its row: anything else is a failed read, never
   * an empty grid. */
  if (cw_database_step_one (db, stmt, error) != SQLITE_ROW)
    return FALSE;
  if (sqlite3_column_int64 (stmt, 0) > 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("The grid %s still has households or grids in it; move them first."), cw_grid_get_code (grid));
      return FALSE;
    }
  /* Done reading before the change begins (cw_database_begin() asks). */
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = cw_database_prepare (db, "UPDATE grid SET retired = 1, retired_date = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_STATIC);
  return cw_grids_step_change (db, stmt, "grid", error);
}
