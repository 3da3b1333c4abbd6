/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-objection"

#include "config.h"

#include "core/common/cw-database-private.h"
#include "core/points/cw-point-objection.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_SUBJECT_ID,
  /* The string properties, in the order of the query's columns from 2 on. */
  PROP_QUARTER,
  PROP_SCHEME,
  PROP_SUBJECT_NAME,
  PROP_HOUSEHOLD_NUMBER,
  PROP_RAISED_ON,
  PROP_RAISED_BY,
  PROP_CONTENT,
  PROP_OUTCOME,
  PROP_OUTCOME_NOTE,
  PROP_DECIDED_ON,
  N_PROPS
};

#define FIRST_TEXT PROP_QUARTER

struct _CwPointObjection
{
  GObject  parent_instance;

  gint64   id;
  gint64   subject_id;
  char    *text[N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwPointObjection, cw_point_objection, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cw_point_objection_finalize (GObject *object)
{
  CwPointObjection *self = CW_POINT_OBJECTION (object);

  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    g_free (self->text[i]);

  G_OBJECT_CLASS (cw_point_objection_parent_class)->finalize (object);
}

static void
cw_point_objection_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CwPointObjection *self = CW_POINT_OBJECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_SUBJECT_ID:
      g_value_set_int64 (value, self->subject_id);
      break;
    default:
      if (prop_id >= FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_point_objection_class_init (CwPointObjectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const char * const names[] = {
    "quarter", "scheme", "subject-name", "household-number", "raised-on", "raised-by",
    "content", "outcome", "outcome-note", "decided-on",
  };

  object_class->finalize = cw_point_objection_finalize;
  object_class->get_property = cw_point_objection_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_SUBJECT_ID] = g_param_spec_int64 ("subject-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i - FIRST_TEXT], NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_point_objection_init (CwPointObjection *self)
{
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    self->text[i] = g_strdup ("");
}

gint64      cw_point_objection_get_id               (CwPointObjection *self) { return self->id; }
gint64      cw_point_objection_get_subject_id       (CwPointObjection *self) { return self->subject_id; }
const char *cw_point_objection_get_quarter          (CwPointObjection *self) { return self->text[PROP_QUARTER]; }
const char *cw_point_objection_get_scheme           (CwPointObjection *self) { return self->text[PROP_SCHEME]; }
const char *cw_point_objection_get_subject_name     (CwPointObjection *self) { return self->text[PROP_SUBJECT_NAME]; }
const char *cw_point_objection_get_household_number (CwPointObjection *self) { return self->text[PROP_HOUSEHOLD_NUMBER]; }
const char *cw_point_objection_get_raised_on        (CwPointObjection *self) { return self->text[PROP_RAISED_ON]; }
const char *cw_point_objection_get_raised_by        (CwPointObjection *self) { return self->text[PROP_RAISED_BY]; }
const char *cw_point_objection_get_content          (CwPointObjection *self) { return self->text[PROP_CONTENT]; }
const char *cw_point_objection_get_outcome          (CwPointObjection *self) { return self->text[PROP_OUTCOME]; }
const char *cw_point_objection_get_outcome_note     (CwPointObjection *self) { return self->text[PROP_OUTCOME_NOTE]; }
const char *cw_point_objection_get_decided_on       (CwPointObjection *self) { return self->text[PROP_DECIDED_ON]; }

gboolean
cw_point_objection_is_open (CwPointObjection *self)
{
  g_return_val_if_fail (CW_IS_POINT_OBJECTION (self), FALSE);

  return g_str_equal (self->text[PROP_OUTCOME], "open");
}

/* A household is named by its head (as in the tally), a party member by
 * name; both by the household number. */
#define OBJECTION_SELECT \
  "SELECT o.id, o.subject_id, o.quarter, o.scheme, " \
  "       coalesce(CASE WHEN o.scheme = 'party' THEN m.name " \
  "                     ELSE (SELECT name FROM person WHERE household_id = h.id AND relation = '户主' " \
  "                           AND status IN ('active', 'migrant') ORDER BY position LIMIT 1) END, ''), " \
  "       coalesce(h.number, ''), o.raised_on, o.raised_by, o.content, o.outcome, o.outcome_note, " \
  "       coalesce(o.decided_on, '') " \
  "FROM point_objection o " \
  "LEFT JOIN person m ON o.scheme = 'party' AND m.id = o.subject_id " \
  "LEFT JOIN household h ON h.id = CASE WHEN o.scheme = 'party' THEN m.household_id ELSE o.subject_id END "

GListModel *
cw_point_objection_list (CwDatabase  *db,
                         const char  *quarter,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;
  int rc;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  stmt = cw_database_prepare (db,
                              OBJECTION_SELECT
                              "WHERE ?1 IS NULL OR o.quarter = ?1 "
                              "ORDER BY o.outcome <> 'open', o.raised_on, o.id",
                              error);
  if (stmt == NULL)
    return NULL;
  if (quarter != NULL)
    sqlite3_bind_text (stmt, 1, quarter, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwPointObjection *objection = g_object_new (CW_TYPE_POINT_OBJECTION, NULL);

      objection->id = sqlite3_column_int64 (stmt, 0);
      objection->subject_id = sqlite3_column_int64 (stmt, 1);
      for (guint i = FIRST_TEXT; i < N_PROPS; i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, (int) (i - FIRST_TEXT) + 2);

          g_free (objection->text[i]);
          objection->text[i] = g_strdup (text != NULL ? text : "");
        }
      g_ptr_array_add (rows, objection);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }

  store = g_list_store_new (CW_TYPE_POINT_OBJECTION);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}
