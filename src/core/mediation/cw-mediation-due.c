/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-due"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/mediation/cw-mediation-due.h"
#include "core/mediation/cw-mediation-private.h"

enum {
  PROP_0,
  PROP_CASE_ID,
  PROP_DAYS_LEFT,
  PROP_NUMBER,
  PROP_PARTIES,
  PROP_KIND,
  PROP_WHAT,
  PROP_DUE,
  N_PROPS
};

#define FIRST_TEXT PROP_NUMBER

struct _CwMediationDue
{
  GObject  parent_instance;

  gint64   case_id;
  int      days_left;
  char    *text[N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwMediationDue, cw_mediation_due, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cw_mediation_due_finalize (GObject *object)
{
  CwMediationDue *self = CW_MEDIATION_DUE (object);

  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    g_free (self->text[i]);

  G_OBJECT_CLASS (cw_mediation_due_parent_class)->finalize (object);
}

static void
cw_mediation_due_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CwMediationDue *self = CW_MEDIATION_DUE (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;
    case PROP_DAYS_LEFT:
      g_value_set_int (value, self->days_left);
      break;
    default:
      if (prop_id >= FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_mediation_due_class_init (CwMediationDueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const char * const names[] = { "number", "parties", "kind", "what", "due" };

  object_class->finalize = cw_mediation_due_finalize;
  object_class->get_property = cw_mediation_due_get_property;

  properties[PROP_CASE_ID] = g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_DAYS_LEFT] = g_param_spec_int ("days-left", NULL, NULL, G_MININT, G_MAXINT, 0, ro);
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i - FIRST_TEXT], NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_mediation_due_init (CwMediationDue *self)
{
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    self->text[i] = g_strdup ("");
}

gint64      cw_mediation_due_get_case_id   (CwMediationDue *self) { return self->case_id; }
const char *cw_mediation_due_get_number    (CwMediationDue *self) { return self->text[PROP_NUMBER]; }
const char *cw_mediation_due_get_parties   (CwMediationDue *self) { return self->text[PROP_PARTIES]; }
const char *cw_mediation_due_get_kind      (CwMediationDue *self) { return self->text[PROP_KIND]; }
const char *cw_mediation_due_get_what      (CwMediationDue *self) { return self->text[PROP_WHAT]; }
const char *cw_mediation_due_get_due       (CwMediationDue *self) { return self->text[PROP_DUE]; }
int         cw_mediation_due_get_days_left (CwMediationDue *self) { return self->days_left; }

GListModel *
cw_mediation_due_list (CwDatabase  *db,
                       const char  *on,
                       GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *short_name = NULL;
  g_autofree char *today = NULL;
  GListStore *store;
  GDate on_date;
  int rc;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  today = on != NULL ? cw_date_normalize (on, error) : cw_date_today_text ();
  if (today == NULL)
    return NULL;
  cw_date_parse (today, &on_date, NULL);
  short_name = cw_mediation_short_name (db);
  stmt = cw_database_prepare (db,
                              "SELECT d.case_id, c.year, c.seq, d.kind, d.due, "
                              "       julianday(d.due) - julianday(?1), "
                              "       (SELECT group_concat(name, '、') FROM (SELECT coalesce(p.name, mp.name) AS name "
                              "          FROM mediation_party mp LEFT JOIN person p ON p.id = mp.person_id "
                              "          WHERE mp.case_id = c.id ORDER BY mp.side, mp.position, mp.id)) "
                              "FROM mediation_due d JOIN mediation_case c ON c.id = d.case_id "
                              "WHERE d.due <= date(?1, '+' || ?2 || ' days') "
                              "  AND (d.kind <> 'confirm' OR d.due >= ?1) "
                              "ORDER BY d.due, c.year, c.seq, d.kind",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, CW_MEDIATION_DUE_NOTICE_DAYS);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwMediationDue *due = g_object_new (CW_TYPE_MEDIATION_DUE, NULL);
      const char *parties = (const char *) sqlite3_column_text (stmt, 6);

      due->case_id = sqlite3_column_int64 (stmt, 0);
      due->days_left = sqlite3_column_int (stmt, 5);
      g_free (due->text[PROP_NUMBER]);
      due->text[PROP_NUMBER] = cw_mediation_format_number (short_name, sqlite3_column_int (stmt, 1),
                                                           sqlite3_column_int (stmt, 2));
      g_free (due->text[PROP_PARTIES]);
      due->text[PROP_PARTIES] = g_strdup (parties != NULL ? parties : "");
      g_free (due->text[PROP_KIND]);
      due->text[PROP_KIND] = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_free (due->text[PROP_WHAT]);
      due->text[PROP_WHAT] = g_strdup (cw_mediation_label (due->text[PROP_KIND]));
      g_free (due->text[PROP_DUE]);
      due->text[PROP_DUE] = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      g_ptr_array_add (rows, due);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  store = g_list_store_new (CW_TYPE_MEDIATION_DUE);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}
