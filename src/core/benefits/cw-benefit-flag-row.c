/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-flag-row"

#include "config.h"

#include "core/benefits/cw-benefit-flag-row.h"
#include "core/benefits/cw-benefit-private.h"

struct _CwBenefitFlagRow
{
  GObject  parent_instance;

  gint64   id;
  gint64   person_id;
  int      group_position;
  /* Strings, in the order of text_names[]. */
  char    *texts[7];
};

G_DEFINE_FINAL_TYPE (CwBenefitFlagRow, cw_benefit_flag_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KEY,
  PROP_PERSON_ID,
  PROP_GROUP_POSITION,
  PROP_FIRST_TEXT,
  N_PROPS = PROP_FIRST_TEXT + 7
};

enum { NAME, HOUSEHOLD_NUMBER, GROUP_NAME, FLAG, SINCE, UNTIL, REASON };

static GParamSpec *properties[N_PROPS];

static const char * const text_names[] = {
  "name", "household-number", "group-name", "flag", "since", "until", "reason",
};

static void
cw_benefit_flag_row_finalize (GObject *object)
{
  CwBenefitFlagRow *self = (CwBenefitFlagRow *) object;

  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    g_free (self->texts[i]);

  G_OBJECT_CLASS (cw_benefit_flag_row_parent_class)->finalize (object);
}

static void
cw_benefit_flag_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CwBenefitFlagRow *self = CW_BENEFIT_FLAG_ROW (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_KEY: g_value_take_string (value, g_strdup_printf ("%" G_GINT64_FORMAT, self->id)); break;
    case PROP_PERSON_ID: g_value_set_int64 (value, self->person_id); break;
    case PROP_GROUP_POSITION: g_value_set_int (value, self->group_position); break;
    default:
      if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->texts[prop_id - PROP_FIRST_TEXT]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_benefit_flag_row_class_init (CwBenefitFlagRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cw_benefit_flag_row_finalize;
  object_class->get_property = cw_benefit_flag_row_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, "", ro);
  properties[PROP_PERSON_ID] = g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_GROUP_POSITION] = g_param_spec_int ("group-position", NULL, NULL, G_MININT, G_MAXINT, 0, ro);
  for (guint p = PROP_FIRST_TEXT; p < N_PROPS; p++)
    properties[p] = g_param_spec_string (text_names[p - PROP_FIRST_TEXT], NULL, NULL, "", ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_benefit_flag_row_init (CwBenefitFlagRow *self)
{
}

gint64
cw_benefit_flag_row_get_id (CwBenefitFlagRow *self)
{
  g_return_val_if_fail (CW_IS_BENEFIT_FLAG_ROW (self), 0);
  return self->id;
}

gint64
cw_benefit_flag_row_get_person_id (CwBenefitFlagRow *self)
{
  g_return_val_if_fail (CW_IS_BENEFIT_FLAG_ROW (self), 0);
  return self->person_id;
}

static const char *
text (CwBenefitFlagRow *self,
      guint             field)
{
  g_return_val_if_fail (CW_IS_BENEFIT_FLAG_ROW (self), "");
  return self->texts[field];
}

const char *cw_benefit_flag_row_get_name (CwBenefitFlagRow *self) { return text (self, NAME); }
const char *cw_benefit_flag_row_get_group_name (CwBenefitFlagRow *self) { return text (self, GROUP_NAME); }
const char *cw_benefit_flag_row_get_household_number (CwBenefitFlagRow *self) { return text (self, HOUSEHOLD_NUMBER); }
const char *cw_benefit_flag_row_get_flag (CwBenefitFlagRow *self) { return text (self, FLAG); }
const char *cw_benefit_flag_row_get_since (CwBenefitFlagRow *self) { return text (self, SINCE); }
const char *cw_benefit_flag_row_get_until (CwBenefitFlagRow *self) { return text (self, UNTIL); }
const char *cw_benefit_flag_row_get_reason (CwBenefitFlagRow *self) { return text (self, REASON); }

GListModel *
cw_benefit_flag_rows (CwDatabase  *db,
                      gboolean     ended,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT f.id, f.person_id, g.position, p.name, h.number, g.name, f.flag, f.since, "
                             "coalesce(f.until, ''), f.reason "
                             "FROM benefit_person_flag f JOIN person p ON p.id = f.person_id "
                             "JOIN household h ON h.id = p.household_id JOIN village_group g ON g.id = h.group_id "
                             "WHERE ?1 OR f.until IS NULL "
                             "ORDER BY g.position, h.number, p.position, p.id, f.flag, f.since", error);
  g_autoptr(GListStore) store = g_list_store_new (CW_TYPE_BENEFIT_FLAG_ROW);
  int step;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, ended);
  while ((step = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwBenefitFlagRow) row = g_object_new (CW_TYPE_BENEFIT_FLAG_ROW, NULL);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->person_id = sqlite3_column_int64 (stmt, 1);
      row->group_position = sqlite3_column_int (stmt, 2);
      for (guint i = 0; i < G_N_ELEMENTS (row->texts); i++)
        row->texts[i] = g_strdup ((const char *) sqlite3_column_text (stmt, 3 + i));
      g_list_store_append (store, row);
    }
  if (step != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}
