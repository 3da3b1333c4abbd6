/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-village"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/village/cw-village.h"

struct _CwVillage
{
  GObject  parent_instance;

  char    *name;
  char    *township;
  char    *county;
};

G_DEFINE_FINAL_TYPE (CwVillage, cw_village, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_TOWNSHIP,
  PROP_COUNTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cw_village_finalize (GObject *object)
{
  CwVillage *self = (CwVillage *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->township, g_free);
  g_clear_pointer (&self->county, g_free);

  G_OBJECT_CLASS (cw_village_parent_class)->finalize (object);
}

static void
cw_village_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CwVillage *self = CW_VILLAGE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_TOWNSHIP:
      g_value_set_string (value, self->township);
      break;
    case PROP_COUNTY:
      g_value_set_string (value, self->county);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_village_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CwVillage *self = CW_VILLAGE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      cw_village_set_name (self, g_value_get_string (value));
      break;
    case PROP_TOWNSHIP:
      cw_village_set_township (self, g_value_get_string (value));
      break;
    case PROP_COUNTY:
      cw_village_set_county (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_village_class_init (CwVillageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_village_finalize;
  object_class->get_property = cw_village_get_property;
  object_class->set_property = cw_village_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOWNSHIP] =
    g_param_spec_string ("township", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTY] =
    g_param_spec_string ("county", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_village_init (CwVillage *self)
{
  self->name = g_strdup ("");
  self->township = g_strdup ("");
  self->county = g_strdup ("");
}

CwVillage *
cw_village_new (const char *name,
                const char *township,
                const char *county)
{
  return g_object_new (CW_TYPE_VILLAGE,
                       "name", name != NULL ? name : "",
                       "township", township != NULL ? township : "",
                       "county", county != NULL ? county : "",
                       NULL);
}

CwVillage *
cw_village_copy (CwVillage *self)
{
  g_return_val_if_fail (CW_IS_VILLAGE (self), NULL);
  return cw_village_new (self->name, self->township, self->county);
}

/* Names are kept as typed but cleaned (cw_text_clean_line()): without the
 * spaces around them and the invisible characters, which only ever come
 * from copy and paste. */
static void
set_trimmed (CwVillage   *self,
             char       **field,
             const char  *value,
             GParamSpec  *pspec)
{
  g_autofree char *trimmed = cw_text_clean_line (value);

  if (g_strcmp0 (*field, trimmed) == 0)
    return;
  g_free (*field);
  *field = g_steal_pointer (&trimmed);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

const char *
cw_village_get_name (CwVillage *self)
{
  g_return_val_if_fail (CW_IS_VILLAGE (self), NULL);
  return self->name;
}

void
cw_village_set_name (CwVillage  *self,
                     const char *name)
{
  g_return_if_fail (CW_IS_VILLAGE (self));
  set_trimmed (self, &self->name, name, properties[PROP_NAME]);
}

const char *
cw_village_get_township (CwVillage *self)
{
  g_return_val_if_fail (CW_IS_VILLAGE (self), NULL);
  return self->township;
}

void
cw_village_set_township (CwVillage  *self,
                         const char *township)
{
  g_return_if_fail (CW_IS_VILLAGE (self));
  set_trimmed (self, &self->township, township, properties[PROP_TOWNSHIP]);
}

const char *
cw_village_get_county (CwVillage *self)
{
  g_return_val_if_fail (CW_IS_VILLAGE (self), NULL);
  return self->county;
}

void
cw_village_set_county (CwVillage  *self,
                       const char *county)
{
  g_return_if_fail (CW_IS_VILLAGE (self));
  set_trimmed (self, &self->county, county, properties[PROP_COUNTY]);
}

CwVillage *
cw_village_load (CwDatabase  *db,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = cw_database_prepare (db, "SELECT name, township, county FROM village WHERE id = 1", error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return cw_village_new ((const char *) sqlite3_column_text (stmt, 0),
                         (const char *) sqlite3_column_text (stmt, 1),
                         (const char *) sqlite3_column_text (stmt, 2));
}

gboolean
cw_village_exists (CwDatabase *db)
{
  return cw_database_query_int (db, "SELECT count(*) FROM village", 0) > 0;
}

static gboolean
validate (CwVillage  *village,
          GError    **error)
{
  if (village->name[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("The village needs a name."));
      return FALSE;
    }
  return TRUE;
}

gboolean
cw_village_create (CwDatabase  *db,
                   CwVillage   *village,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CwVillage) existing = NULL;

  g_return_val_if_fail (CW_IS_VILLAGE (village), FALSE);

  if (!validate (village, error) || !cw_database_begin (db, error))
    return FALSE;

  existing = cw_village_load (db, NULL);
  if (existing != NULL)
    {
      cw_database_rollback (db);
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
                   _("“%s” already holds the village %s."),
                   cw_database_get_path (db), existing->name);
      return FALSE;
    }

  stmt = cw_database_prepare (db,
                              "INSERT INTO village (id, name, township, county) VALUES (1, ?, ?, ?)",
                              error);
  if (stmt == NULL)
    {
      cw_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, village->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, village->township, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, village->county, -1, SQLITE_STATIC);
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;

  cw_database_emit_changed (db, "village");
  return TRUE;
}

gboolean
cw_village_update (CwDatabase  *db,
                   CwVillage   *village,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CW_IS_VILLAGE (village), FALSE);

  if (!validate (village, error))
    return FALSE;

  stmt = cw_database_prepare (db,
                              "UPDATE village SET name = ?, township = ?, county = ? WHERE id = 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, village->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, village->township, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, village->county, -1, SQLITE_STATIC);
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (sqlite3_changes (cw_database_get_handle (db)) == 0)
    {
      cw_database_rollback (db);
      g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                           _("There is no village to change yet."));
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;

  cw_database_emit_changed (db, "village");
  return TRUE;
}
