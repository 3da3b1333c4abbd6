/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-village-group"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/village/cw-village-group.h"

struct _CwVillageGroup
{
  GObject   parent_instance;

  gint64    id;
  char     *name;
  int       position;
  gboolean  retired;
};

G_DEFINE_FINAL_TYPE (CwVillageGroup, cw_village_group, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_POSITION,
  PROP_RETIRED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cw_village_group_finalize (GObject *object)
{
  CwVillageGroup *self = (CwVillageGroup *)object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (cw_village_group_parent_class)->finalize (object);
}

static void
cw_village_group_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CwVillageGroup *self = CW_VILLAGE_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_RETIRED:
      g_value_set_boolean (value, self->retired);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_village_group_class_init (CwVillageGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_village_group_finalize;
  object_class->get_property = cw_village_group_get_property;

  /* Read-only: a group record is a snapshot; changes go through the
   * functions below, which write and re-read. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RETIRED] =
    g_param_spec_boolean ("retired", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_village_group_init (CwVillageGroup *self)
{
}

gint64
cw_village_group_get_id (CwVillageGroup *self)
{
  g_return_val_if_fail (CW_IS_VILLAGE_GROUP (self), 0);
  return self->id;
}

const char *
cw_village_group_get_name (CwVillageGroup *self)
{
  g_return_val_if_fail (CW_IS_VILLAGE_GROUP (self), NULL);
  return self->name;
}

int
cw_village_group_get_position (CwVillageGroup *self)
{
  g_return_val_if_fail (CW_IS_VILLAGE_GROUP (self), 0);
  return self->position;
}

gboolean
cw_village_group_get_retired (CwVillageGroup *self)
{
  g_return_val_if_fail (CW_IS_VILLAGE_GROUP (self), FALSE);
  return self->retired;
}

#define SELECT_GROUP "SELECT id, name, position, retired FROM village_group "

static CwVillageGroup *
group_from_row (sqlite3_stmt *stmt)
{
  CwVillageGroup *self = g_object_new (CW_TYPE_VILLAGE_GROUP, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  self->position = sqlite3_column_int (stmt, 2);
  self->retired = sqlite3_column_int (stmt, 3) != 0;
  return self;
}

GListModel *
cw_village_group_list (CwDatabase  *db,
                       gboolean     include_retired,
                       GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GListStore *store;
  int rc;

  stmt = cw_database_prepare (db,
                              SELECT_GROUP "WHERE ?1 OR NOT retired ORDER BY position, id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_retired);

  store = g_list_store_new (CW_TYPE_VILLAGE_GROUP);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwVillageGroup) group = group_from_row (stmt);
      g_list_store_append (store, group);
    }
  if (rc != SQLITE_DONE)
    {
      g_object_unref (store);
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (store);
}

/* NULL without @error when there is no such group; with it when the
 * group could not be read. */
static CwVillageGroup *
find_by (CwDatabase  *db,
         const char  *where,
         const char  *name,
         gint64       id,
         GError     **error)
{
  g_autofree char *sql = g_strconcat (SELECT_GROUP, where, NULL);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);

  if (stmt == NULL)
    return NULL;
  if (name != NULL)
    sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  if (cw_database_step_one (db, stmt, error) != SQLITE_ROW)
    return NULL;
  return group_from_row (stmt);
}

CwVillageGroup *
cw_village_group_find (CwDatabase  *db,
                       const char  *name,
                       GError     **error)
{
  g_autofree char *trimmed = cw_text_clean_line (name);
  GError *local = NULL;
  CwVillageGroup *group = find_by (db, "WHERE name = ?", trimmed, 0, &local);

  if (local != NULL)
    g_propagate_error (error, local);
  else if (group == NULL)
    g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                 _("There is no village group “%s”."), trimmed);
  return group;
}

static char *
valid_name (CwDatabase  *db,
            const char  *name,
            gint64       except_id,
            GError     **error)
{
  g_autofree char *trimmed = cw_text_clean_line (name);
  g_autoptr(CwVillageGroup) same = NULL;
  GError *local = NULL;

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("A village group needs a name."));
      return NULL;
    }
  same = find_by (db, "WHERE name = ?", trimmed, 0, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  if (same != NULL && same->id != except_id)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
                   _("There is already a village group “%s”."), trimmed);
      return NULL;
    }
  return g_steal_pointer (&trimmed);
}

CwVillageGroup *
cw_village_group_add (CwDatabase  *db,
                      const char  *name,
                      GError     **error)
{
  g_autofree char *checked = valid_name (db, name, 0, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;

  if (checked == NULL)
    return NULL;

  stmt = cw_database_prepare (db,
                              "INSERT INTO village_group (name, position) "
                              "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM village_group))",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, checked, -1, SQLITE_STATIC);
  if (!cw_database_begin (db, error))
    return NULL;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return NULL;
    }
  id = sqlite3_last_insert_rowid (cw_database_get_handle (db));
  if (!cw_database_commit (db, error))
    return NULL;

  cw_database_emit_changed (db, "village_group");
  return find_by (db, "WHERE id = ?", NULL, id, error);
}

static gboolean
update_one (CwDatabase  *db,
            const char  *sql,
            gint64       id,
            const char  *text,
            int          number,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int (stmt, 2, number);
  if (!cw_database_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (cw_database_get_handle (db)) == 0)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                           _("That village group no longer exists."));
      return FALSE;
    }
  return TRUE;
}

gboolean
cw_village_group_rename (CwDatabase  *db,
                         gint64       id,
                         const char  *name,
                         GError     **error)
{
  g_autofree char *checked = valid_name (db, name, id, error);

  if (checked == NULL || !cw_database_begin (db, error))
    return FALSE;
  if (!update_one (db, "UPDATE village_group SET name = ?2 WHERE id = ?1", id, checked, 0, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "village_group");
  return TRUE;
}

gboolean
cw_village_group_set_retired (CwDatabase  *db,
                              gint64       id,
                              gboolean     retired,
                              GError     **error)
{
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!update_one (db, "UPDATE village_group SET retired = ?2 WHERE id = ?1", id, NULL, retired != 0, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "village_group");
  return TRUE;
}

gboolean
cw_village_group_move (CwDatabase  *db,
                       gint64       id,
                       int          delta,
                       GError     **error)
{
  g_autoptr(GListModel) groups = NULL;
  guint n, index = G_MAXUINT;
  g_autoptr(CwVillageGroup) self = NULL;
  g_autoptr(CwVillageGroup) other = NULL;

  g_return_val_if_fail (delta == -1 || delta == 1, FALSE);

  groups = cw_village_group_list (db, TRUE, error);
  if (groups == NULL)
    return FALSE;
  n = g_list_model_get_n_items (groups);
  for (guint i = 0; i < n && index == G_MAXUINT; i++)
    {
      g_autoptr(CwVillageGroup) group = g_list_model_get_item (groups, i);
      if (group->id == id)
        index = i;
    }
  if (index == G_MAXUINT)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                           _("That village group no longer exists."));
      return FALSE;
    }
  /* Already first or last: nothing to do, and no error either. */
  if ((delta < 0 && index == 0) || (delta > 0 && index + 1 >= n))
    return TRUE;

  self = g_list_model_get_item (groups, index);
  other = g_list_model_get_item (groups, index + (guint) delta);

  /* Positions may have gaps or ties; renumber the swapped pair by list
   * order so the swap is always visible. */
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!update_one (db, "UPDATE village_group SET position = ?2 WHERE id = ?1",
                   self->id, NULL, (int) (index + (guint) delta) + 1, error) ||
      !update_one (db, "UPDATE village_group SET position = ?2 WHERE id = ?1",
                   other->id, NULL, (int) index + 1, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;

  cw_database_emit_changed (db, "village_group");
  return TRUE;
}
