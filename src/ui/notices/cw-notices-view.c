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
#include "ui/cw-ui-resources.h"

/* The sub-pages, in switcher order; each a CwListPage with a construct-only
 * "database" property and a "subpage.reload" action. */
static const struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  GType     (*get_type) (void);
} subpages[] = {
  { "notices",   N_("Notices"),   "mail-send-symbolic",              cw_notices_page_get_type },
  { "calendar",  N_("Calendar"),  "x-office-calendar-symbolic",      cw_notice_calendar_page_get_type },
  { "decisions", N_("Decisions"), "emblem-ok-symbolic",              cw_decisions_page_get_type },
  { "catalogue", N_("Catalogue"), "accessories-dictionary-symbolic", cw_notice_items_page_get_type },
};

struct _CwNoticesView
{
  AdwBin           parent_instance;

  CwDatabase      *db;
  gulong           changed_handler;
  guint            badge_source;
  GHashTable      *pages;   /* name → sub-page widget */

  /* Template widgets */
  AdwViewSwitcher *switcher;
  AdwViewStack    *stack;
};

G_DEFINE_FINAL_TYPE (CwNoticesView, cw_notices_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The Calendar button carries how many periods are missing or due this
 * week, as the Overview counts them. */
static void
update_badge (CwNoticesView *self)
{
  g_autofree char *today = cw_date_today_text ();
  g_autoptr(GPtrArray) attention = cw_notice_calendar_attention (self->db, today, 7, NULL);
  GtkWidget *page = g_hash_table_lookup (self->pages, "calendar");
  AdwViewStackPage *stack_page = adw_view_stack_get_page (self->stack, g_object_get_data (G_OBJECT (page),
                                                                                          "cw-stack-child"));
  guint n = attention != NULL ? attention->len : 0;

  adw_view_stack_page_set_badge_number (stack_page, n);
  adw_view_stack_page_set_needs_attention (stack_page, n > 0);
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

void
cw_notices_view_show_subpage (CwNoticesView *self,
                              const char    *name)
{
  GtkWidget *page;

  g_return_if_fail (CW_IS_NOTICES_VIEW (self));

  page = g_hash_table_lookup (self->pages, name);
  if (page == NULL)
    return;
  adw_view_stack_set_visible_child (self->stack, g_object_get_data (G_OBJECT (page), "cw-stack-child"));
}

GtkWidget *
cw_notices_view_get_page (CwNoticesView *self,
                          const char    *name)
{
  g_return_val_if_fail (CW_IS_NOTICES_VIEW (self), NULL);

  return g_hash_table_lookup (self->pages, name);
}

static void
show_subpage_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CwNoticesView *self = CW_NOTICES_VIEW (widget);
  GtkWidget *page = g_hash_table_lookup (self->pages, g_variant_get_string (parameter, NULL));

  cw_notices_view_show_subpage (self, g_variant_get_string (parameter, NULL));
  if (page != NULL)
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwNoticesView *self = CW_NOTICES_VIEW (widget);
  GHashTableIter iter;
  gpointer page;

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &page))
    gtk_widget_activate_action (page, "subpage.reload", NULL);
  update_badge (self);
}

GtkWidget *
cw_notices_view_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_NOTICES_VIEW, "database", db, NULL);
}

static void
cw_notices_view_constructed (GObject *object)
{
  CwNoticesView *self = CW_NOTICES_VIEW (object);

  G_OBJECT_CLASS (cw_notices_view_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (subpages); i++)
    {
      GtkWidget *page = g_object_new (subpages[i].get_type (), "database", self->db, NULL);
      GtkWidget *scrolled = gtk_scrolled_window_new ();
      AdwViewStackPage *stack_page;

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), page);
      g_object_set_data (G_OBJECT (page), "cw-stack-child", scrolled);
      stack_page = adw_view_stack_add_titled (self->stack, scrolled, subpages[i].name, _(subpages[i].title));
      adw_view_stack_page_set_icon_name (stack_page, subpages[i].icon_name);
      g_hash_table_insert (self->pages, (gpointer) subpages[i].name, page);
    }
  self->changed_handler = g_signal_connect_object (self->db, "changed", G_CALLBACK (database_changed_cb), self,
                                                   G_CONNECT_SWAPPED);
  update_badge (self);
}

static void
cw_notices_view_dispose (GObject *object)
{
  CwNoticesView *self = CW_NOTICES_VIEW (object);

  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_handler, self->db);
  g_clear_handle_id (&self->badge_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_NOTICES_VIEW);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_notices_view_parent_class)->dispose (object);
}

static void
cw_notices_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CwNoticesView *self = CW_NOTICES_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_notices_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CwNoticesView *self = CW_NOTICES_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_notices_view_class_init (CwNoticesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_notices_view_constructed;
  object_class->dispose = cw_notices_view_dispose;
  object_class->get_property = cw_notices_view_get_property;
  object_class->set_property = cw_notices_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CW_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-notices-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CwNoticesView, switcher);
  gtk_widget_class_bind_template_child (widget_class, CwNoticesView, stack);

  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_activated);
  gtk_widget_class_install_action (widget_class, "notices.show-subpage", "s", show_subpage_activated);
  for (guint i = 0; i < G_N_ELEMENTS (subpages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "notices.show-subpage", "s", subpages[i].name);
}

static void
cw_notices_view_init (CwNoticesView *self)
{
  self->pages = g_hash_table_new (g_str_hash, g_str_equal);
  gtk_widget_init_template (GTK_WIDGET (self));
}
