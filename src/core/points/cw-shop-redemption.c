/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-shop-redemption"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-quarter.h"
#include "core/points/cw-shop-redemption.h"

struct _CwShopRedemption
{
  GObject   parent_instance;

  gint64    id;
  gint64    household_id;
  char     *household_number;
  char     *head_name;
  char     *redeemed_on;
  gint64    points;
  char     *summary;
  char     *operator_name;
  gboolean  voided;
  char     *void_reason;
};

G_DEFINE_FINAL_TYPE (CwShopRedemption, cw_shop_redemption, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_HOUSEHOLD_ID,
  PROP_HOUSEHOLD_NUMBER,
  PROP_HEAD_NAME,
  PROP_REDEEMED_ON,
  PROP_POINTS,
  PROP_SUMMARY,
  PROP_OPERATOR,
  PROP_VOIDED,
  PROP_VOID_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cw_shop_redemption_finalize (GObject *object)
{
  CwShopRedemption *self = (CwShopRedemption *)object;

  g_free (self->household_number);
  g_free (self->head_name);
  g_free (self->redeemed_on);
  g_free (self->summary);
  g_free (self->operator_name);
  g_free (self->void_reason);

  G_OBJECT_CLASS (cw_shop_redemption_parent_class)->finalize (object);
}

static void
cw_shop_redemption_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CwShopRedemption *self = CW_SHOP_REDEMPTION (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_HOUSEHOLD_ID: g_value_set_int64 (value, self->household_id); break;
    case PROP_HOUSEHOLD_NUMBER: g_value_set_string (value, self->household_number); break;
    case PROP_HEAD_NAME: g_value_set_string (value, self->head_name); break;
    case PROP_REDEEMED_ON: g_value_set_string (value, self->redeemed_on); break;
    case PROP_POINTS: g_value_set_int64 (value, self->points); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    case PROP_OPERATOR: g_value_set_string (value, self->operator_name); break;
    case PROP_VOIDED: g_value_set_boolean (value, self->voided); break;
    case PROP_VOID_REASON: g_value_set_string (value, self->void_reason); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_shop_redemption_class_init (CwShopRedemptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cw_shop_redemption_finalize;
  object_class->get_property = cw_shop_redemption_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_HOUSEHOLD_ID] = g_param_spec_int64 ("household-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_HOUSEHOLD_NUMBER] = g_param_spec_string ("household-number", NULL, NULL, "", ro);
  properties[PROP_HEAD_NAME] = g_param_spec_string ("head-name", NULL, NULL, "", ro);
  properties[PROP_REDEEMED_ON] = g_param_spec_string ("redeemed-on", NULL, NULL, "", ro);
  properties[PROP_POINTS] = g_param_spec_int64 ("points", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, "", ro);
  properties[PROP_OPERATOR] = g_param_spec_string ("operator", NULL, NULL, "", ro);
  properties[PROP_VOIDED] = g_param_spec_boolean ("voided", NULL, NULL, FALSE, ro);
  properties[PROP_VOID_REASON] = g_param_spec_string ("void-reason", NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_shop_redemption_init (CwShopRedemption *self)
{
}

gint64 cw_shop_redemption_get_id (CwShopRedemption *self) { return self->id; }
gint64 cw_shop_redemption_get_household_id (CwShopRedemption *self) { return self->household_id; }
const char *cw_shop_redemption_get_household_number (CwShopRedemption *self) { return self->household_number; }
const char *cw_shop_redemption_get_head_name (CwShopRedemption *self) { return self->head_name; }
const char *cw_shop_redemption_get_redeemed_on (CwShopRedemption *self) { return self->redeemed_on; }
gint64 cw_shop_redemption_get_points (CwShopRedemption *self) { return self->points; }
const char *cw_shop_redemption_get_summary (CwShopRedemption *self) { return self->summary; }
gboolean cw_shop_redemption_get_voided (CwShopRedemption *self) { return self->voided; }
const char *cw_shop_redemption_get_void_reason (CwShopRedemption *self) { return self->void_reason; }

GListModel *
cw_shop_redemption_list (CwDatabase  *db,
                         gint64       household_id,
                         const char  *quarter,
                         GError     **error)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "SELECT r.id, r.household_id, h.number, "
                         "       coalesce((SELECT name FROM person WHERE household_id = h.id AND relation = '户主' "
                         "                 ORDER BY status IN ('active', 'migrant') DESC LIMIT 1), ''), "
                         "       r.redeemed_on, r.points, "
                         "       (SELECT group_concat(g.name || '×' || l.quantity, '、') "
                         "        FROM shop_redemption_line l JOIN shop_goods g ON g.id = l.goods_id "
                         "        WHERE l.redemption_id = r.id), "
                         "       r.operator, r.voided, r.void_reason "
                         "FROM shop_redemption r JOIN household h ON h.id = r.household_id "
                         "WHERE (?1 = 0 OR r.household_id = ?1) AND (?2 IS NULL OR r.redeemed_on BETWEEN ?2 AND ?3) "
                         "ORDER BY r.redeemed_on DESC, r.id DESC",
                         error);
  GListStore *store;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, household_id);
  if (quarter != NULL)
    {
      cw_quarter_bounds (quarter, &first, &last);
      sqlite3_bind_text (stmt, 2, first, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, last, -1, SQLITE_STATIC);
    }

  store = g_list_store_new (CW_TYPE_SHOP_REDEMPTION);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwShopRedemption) self = g_object_new (CW_TYPE_SHOP_REDEMPTION, NULL);

      self->id = sqlite3_column_int64 (stmt, 0);
      self->household_id = sqlite3_column_int64 (stmt, 1);
      self->household_number = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      self->head_name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      self->redeemed_on = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      self->points = sqlite3_column_int64 (stmt, 5);
      self->summary = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      self->operator_name = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      self->voided = sqlite3_column_int (stmt, 8) != 0;
      self->void_reason = g_strdup ((const char *) sqlite3_column_text (stmt, 9));
      g_list_store_append (store, self);
    }
  if (rc != SQLITE_DONE)
    {
      g_object_unref (store);
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (store);
}
