/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notices-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/notices/cw-notice-calendar.h"
#include "ui/notices/cw-decisions-page.h"
#include "ui/notices/cw-notice-calendar-page.h"
#include "ui/notices/cw-notice-items-page.h"
#include "ui/notices/cw-notices-page.h"
#include "ui/notices/cw-notices-view.h"

/* The sub-pages, in switcher order; each a CwListPage. */
static const CwSubpage subpages[] = {
  { "notices",   N_("Notices"),   "mail-send-symbolic",              cw_notices_page_get_type },
  { "calendar",  N_("Calendar"),  "x-office-calendar-symbolic",      cw_notice_calendar_page_get_type },
  { "decisions", N_("Decisions"), "emblem-ok-symbolic",              cw_decisions_page_get_type },
  { "catalogue", N_("Catalogue"), "accessories-dictionary-symbolic", cw_notice_items_page_get_type },
};

struct _CwNoticesView
{
  CwRegisterView   parent_instance;

  gulong           changed_handler;
  guint            badge_source;
};

G_DEFINE_FINAL_TYPE (CwNoticesView, cw_notices_view, CW_TYPE_REGISTER_VIEW)

/* The Calendar button carries how many periods are missing or due this
 * week, as the Overview counts them. */
static void
update_badge (CwNoticesView *self)
{
  CwDatabase *db = cw_register_view_get_database (CW_REGISTER_VIEW (self));
  g_autofree char *today = cw_date_today_text ();
  g_autoptr(GPtrArray) attention = cw_notice_calendar_attention (db, today, 7, NULL);
  guint n = attention != NULL ? attention->len : 0;

  cw_register_view_set_badge (CW_REGISTER_VIEW (self), "calendar", n);
}

static gboolean
badge_idle_cb (gpointer user_data)
{
  CwNoticesView *self = user_data;

  self->badge_source = 0;
  update_badge (self);
  return G_SOURCE_REMOVE;
}

static void
database_changed_cb (CwNoticesView *self,
                     const char    *table,
                     CwDatabase    *db)
{
  if (table != NULL && !g_str_equal (table, "notice") && !g_str_equal (table, "notice_item") &&
      !g_str_equal (table, "setting"))
    return;
  if (self->badge_source == 0)
    self->badge_source = g_idle_add_full (G_PRIORITY_LOW, badge_idle_cb, self, NULL);
}

static void
cw_notices_view_reload (CwRegisterView *view)
{
  update_badge (CW_NOTICES_VIEW (view));
}

static void
cw_notices_view_constructed (GObject *object)
{
  CwNoticesView *self = CW_NOTICES_VIEW (object);

  G_OBJECT_CLASS (cw_notices_view_parent_class)->constructed (object);

  self->changed_handler = g_signal_connect_object (cw_register_view_get_database (CW_REGISTER_VIEW (self)), "changed",
                                                   G_CALLBACK (database_changed_cb), self,
                                                   G_CONNECT_SWAPPED);
  update_badge (self);
}

static void
cw_notices_view_dispose (GObject *object)
{
  CwNoticesView *self = CW_NOTICES_VIEW (object);
  CwDatabase *db = cw_register_view_get_database (CW_REGISTER_VIEW (self));

  if (db != NULL)
    g_clear_signal_handler (&self->changed_handler, db);
  g_clear_handle_id (&self->badge_source, g_source_remove);

  G_OBJECT_CLASS (cw_notices_view_parent_class)->dispose (object);
}

static void
cw_notices_view_class_init (CwNoticesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CwRegisterViewClass *register_class = CW_REGISTER_VIEW_CLASS (klass);

  object_class->constructed = cw_notices_view_constructed;
  object_class->dispose = cw_notices_view_dispose;

  /* Four sub-pages do not fit a narrow window. */
  register_class->scroll_sideways = TRUE;
  register_class->reload = cw_notices_view_reload;
  cw_register_view_class_set_subpages (register_class, "notices", subpages, G_N_ELEMENTS (subpages));
}

static void
cw_notices_view_init (CwNoticesView *self)
{
}
