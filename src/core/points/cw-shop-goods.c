/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-shop-goods"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-points-limits.h"
#include "core/points/cw-shop-goods.h"

struct _CwShopGoods
{
  GObject   parent_instance;

  gint64    id;
  char     *name;
  char     *unit;
  gint64    price;
  gint64    stock;
  gboolean  retired;
};

G_DEFINE_FINAL_TYPE (CwShopGoods, cw_shop_goods, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_UNIT,
  PROP_PRICE,
  PROP_STOCK,
  PROP_RETIRED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cw_shop_goods_finalize (GObject *object)
{
  CwShopGoods *self = (CwShopGoods *)object;

  g_free (self->name);
  g_free (self->unit);

  G_OBJECT_CLASS (cw_shop_goods_parent_class)->finalize (object);
}

static void
cw_shop_goods_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CwShopGoods *self = CW_SHOP_GOODS (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_UNIT: g_value_set_string (value, self->unit); break;
    case PROP_PRICE: g_value_set_int64 (value, self->price); break;
    case PROP_STOCK: g_value_set_int64 (value, self->stock); break;
    case PROP_RETIRED: g_value_set_boolean (value, self->retired); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What an editor changes on its copy: name (of new goods), unit, price. */
static void
cw_shop_goods_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CwShopGoods *self = CW_SHOP_GOODS (object);

  switch (prop_id)
    {
    case PROP_NAME: g_free (self->name); self->name = g_value_dup_string (value); break;
    case PROP_UNIT: g_free (self->unit); self->unit = g_value_dup_string (value); break;
    case PROP_PRICE: self->price = g_value_get_int64 (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_shop_goods_class_init (CwShopGoodsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cw_shop_goods_finalize;
  object_class->get_property = cw_shop_goods_get_property;
  object_class->set_property = cw_shop_goods_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, "", rw);
  /* Any int64: a row from before the bounds (see 0004-exact.sql) still
   * loads, and an editor's copy takes any price; cw_shop_goods_save()
   * judges it, with a message. */
  properties[PROP_PRICE] = g_param_spec_int64 ("price", NULL, NULL, G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_STOCK] = g_param_spec_int64 ("stock", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_RETIRED] = g_param_spec_boolean ("retired", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_shop_goods_init (CwShopGoods *self)
{
}

CwShopGoods *
cw_shop_goods_new (void)
{
  return g_object_new (CW_TYPE_SHOP_GOODS, NULL);
}

CwShopGoods *
cw_shop_goods_copy (CwShopGoods *self)
{
  CwShopGoods *copy;

  g_return_val_if_fail (CW_IS_SHOP_GOODS (self), NULL);

  copy = g_object_new (CW_TYPE_SHOP_GOODS, NULL);
  copy->id = self->id;
  copy->name = g_strdup (self->name);
  copy->unit = g_strdup (self->unit);
  copy->price = self->price;
  copy->stock = self->stock;
  copy->retired = self->retired;
  return copy;
}

gint64 cw_shop_goods_get_id (CwShopGoods *self) { return self->id; }
const char *cw_shop_goods_get_name (CwShopGoods *self) { return self->name; }
const char *cw_shop_goods_get_unit (CwShopGoods *self) { return self->unit; }
gint64 cw_shop_goods_get_price (CwShopGoods *self) { return self->price; }
gint64 cw_shop_goods_get_stock (CwShopGoods *self) { return self->stock; }
gboolean cw_shop_goods_get_retired (CwShopGoods *self) { return self->retired; }

#define GOODS_SELECT "SELECT id, name, unit, price, stock, retired FROM shop_goods "

static CwShopGoods *
goods_from_row (sqlite3_stmt *stmt)
{
  CwShopGoods *self = g_object_new (CW_TYPE_SHOP_GOODS, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  self->unit = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  self->price = sqlite3_column_int64 (stmt, 3);
  self->stock = sqlite3_column_int64 (stmt, 4);
  self->retired = sqlite3_column_int (stmt, 5) != 0;
  return self;
}

GListModel *
cw_shop_goods_list (CwDatabase  *db,
                    gboolean     include_retired,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, GOODS_SELECT "WHERE ?1 OR NOT retired ORDER BY retired, price, name", error);
  GListStore *store;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_retired);
  store = g_list_store_new (CW_TYPE_SHOP_GOODS);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwShopGoods) goods = goods_from_row (stmt);
      g_list_store_append (store, goods);
    }
  if (rc != SQLITE_DONE)
    {
      g_object_unref (store);
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (store);
}

static CwShopGoods *
find_by_id (CwDatabase  *db,
            gint64       id,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, GOODS_SELECT "WHERE id = ?", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("Those goods are no longer in the shop."));
      return NULL;
    }
  return goods_from_row (stmt);
}

CwShopGoods *
cw_shop_goods_find (CwDatabase  *db,
                    const char  *name,
                    GError     **error)
{
  g_autofree char *trimmed = cw_text_clean_line (name);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, GOODS_SELECT "WHERE name = ?", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("The shop has no goods called “%s”."), trimmed);
      return NULL;
    }
  return goods_from_row (stmt);
}

static gboolean
run_in_transaction (CwDatabase    *db,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "shop_goods");
  return TRUE;
}

CwShopGoods *
cw_shop_goods_save (CwDatabase  *db,
                    const char  *name,
                    const char  *unit,
                    gint64       price,
                    GError     **error)
{
  g_autofree char *trimmed = cw_text_clean_line (name);
  g_autofree char *unit_trimmed = cw_text_clean_line (unit);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Name: goods need a name."));
      return NULL;
    }
  if (unit_trimmed[0] == '\0')
    {
      g_free (unit_trimmed);
      unit_trimmed = g_strdup ("件");
    }
  if (price <= 0)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Points: the price is at least 1 point."));
      return NULL;
    }
  if (price > CW_GOODS_PRICE_MAX)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Points: the price is at most %d points a piece; %lld is too many."),
                   CW_GOODS_PRICE_MAX, (long long) price);
      return NULL;
    }
  stmt = cw_database_prepare (db,
                              "INSERT INTO shop_goods (name, unit, price) VALUES (?1, ?2, ?3) "
                              "ON CONFLICT (name) DO UPDATE SET unit = ?2, price = ?3, retired = 0",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, unit_trimmed, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, price);
  if (!run_in_transaction (db, stmt, error))
    return NULL;
  return cw_shop_goods_find (db, trimmed, error);
}

gboolean
cw_shop_goods_stock_in (CwDatabase  *db,
                        gint64       goods_id,
                        gint64       quantity,
                        const char  *date,
                        const char  *note,
                        GError     **error)
{
  g_autoptr(CwShopGoods) goods = find_by_id (db, goods_id, error);
  g_autoptr(sqlite3_stmt) record = NULL;
  g_autoptr(sqlite3_stmt) add = NULL;
  g_autofree char *day = NULL;
  GDate parsed;

  if (goods == NULL)
    return FALSE;
  if (quantity <= 0)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Quantity: stock comes in at least one at a time."));
      return FALSE;
    }
  if (quantity > CW_STOCK_IN_MAX)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Quantity: at most %d pieces come in at a time; %lld is too many."),
                   CW_STOCK_IN_MAX, (long long) quantity);
      return FALSE;
    }
  if (goods->stock + quantity > CW_STOCK_MAX)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Quantity: %s would have %lld in stock; the shop keeps at most %d of any goods."),
                   goods->name, (long long) (goods->stock + quantity), CW_STOCK_MAX);
      return FALSE;
    }
  if (date == NULL || date[0] == '\0')
    cw_date_today (&parsed);
  else if (!cw_date_parse (date, &parsed, error))
    return FALSE;
  day = cw_date_format (&parsed);
  if (!cw_point_quarter_check_open (db, day, error))
    return FALSE;

  record = cw_database_prepare (db,
                                "INSERT INTO shop_stock_in (goods_id, quantity, received_on, note) VALUES (?, ?, ?, ?)",
                                error);
  add = cw_database_prepare (db, "UPDATE shop_goods SET stock = stock + ? WHERE id = ?", error);
  if (record == NULL || add == NULL)
    return FALSE;
  sqlite3_bind_int64 (record, 1, goods_id);
  sqlite3_bind_int64 (record, 2, quantity);
  sqlite3_bind_text (record, 3, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (record, 4, note != NULL ? note : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (add, 1, quantity);
  sqlite3_bind_int64 (add, 2, goods_id);

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, record, error) || !cw_database_step_done (db, add, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "shop_goods");
  return TRUE;
}

CwShopGoods *
cw_shop_goods_save_with_stock (CwDatabase  *db,
                               const char  *name,
                               const char  *unit,
                               gint64       price,
                               gint64       stock_in,
                               const char  *date,
                               GError     **error)
{
  g_autoptr(CwShopGoods) existing = cw_shop_goods_find (db, name, NULL);
  g_autoptr(CwShopGoods) goods = NULL;

  if (!cw_database_begin (db, error))
    return NULL;
  if (existing == NULL || price != 0 || unit != NULL)
    goods = cw_shop_goods_save (db, name,
                                unit != NULL ? unit : existing != NULL ? existing->unit : NULL,
                                price != 0 ? price : existing != NULL ? existing->price : 0,
                                error);
  else
    goods = g_object_ref (existing);
  if (goods == NULL ||
      (stock_in != 0 && !cw_shop_goods_stock_in (db, goods->id, stock_in, date, "", error)))
    {
      cw_database_rollback (db);
      return NULL;
    }
  if (!cw_database_commit (db, error))
    return NULL;
  cw_database_emit_changed (db, "shop_goods");
  return find_by_id (db, goods->id, error);
}

gboolean
cw_shop_goods_set_retired (CwDatabase  *db,
                           gint64       goods_id,
                           gboolean     retired,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, "UPDATE shop_goods SET retired = ? WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, retired != 0);
  sqlite3_bind_int64 (stmt, 2, goods_id);
  return run_in_transaction (db, stmt, error);
}
