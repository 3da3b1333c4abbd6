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
};

G_DEFINE_FINAL_TYPE (CwNoticesView, cw_notices_view, CW_TYPE_REGISTER_VIEW)

/* The Calendar button carries how many periods are missing or due this
 * week, as the Overview counts them. */
static const char * const badge_tables[] = { "notice", "notice_item", "setting", NULL };

static void
count_badges (CwRegisterView *self)
{
  CwDatabase *db = cw_register_view_get_database (self);
  g_autofree char *today = cw_date_today_text ();
  g_autoptr(GPtrArray) attention = cw_notice_calendar_attention (db, today, 7, NULL);
  guint n = attention != NULL ? attention->len : 0;

  cw_register_view_set_badge (self, "calendar", n);
}

static void
cw_notices_view_class_init (CwNoticesViewClass *klass)
{
  CwRegisterViewClass *register_class = CW_REGISTER_VIEW_CLASS (klass);

  /* Four sub-pages do not fit a narrow window. */
  register_class->scroll_sideways = TRUE;
  register_class->count_badges = count_badges;
  register_class->badge_tables = badge_tables;
  cw_register_view_class_set_subpages (register_class, "notices", subpages, G_N_ELEMENTS (subpages));
}

static void
cw_notices_view_init (CwNoticesView *self)
{
}
