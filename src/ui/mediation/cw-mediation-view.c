/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/mediation/cw-mediation-due.h"
#include "ui/mediation/cw-mediation-board-page.h"
#include "ui/mediation/cw-mediation-cases-page.h"
#include "ui/mediation/cw-mediation-figures-page.h"
#include "ui/mediation/cw-mediation-view.h"
#include "ui/cw-ui-resources.h"

static const struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  GType     (*get_type) (void);
} subpages[] = {
  { "cases",     N_("Cases"),     "view-list-symbolic", cw_mediation_cases_page_get_type },
  { "deadlines", N_("Deadlines"), "alarm-symbolic",     cw_mediation_board_page_get_type },
  { "figures",   N_("Figures"),   "x-office-spreadsheet-symbolic", cw_mediation_figures_page_get_type },
};

struct _CwMediationView
{
  AdwBin        parent_instance;

  CwDatabase   *db;
  guint         badge_source;
  GtkWidget    *pages[G_N_ELEMENTS (subpages)];

  /* Template widgets */
  AdwViewStack *stack;
};

G_DEFINE_FINAL_TYPE (CwMediationView, cw_mediation_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The board's button carries how many deadlines are late. */
static gboolean
update_badge_cb (gpointer user_data)
{
  CwMediationView *self = user_data;
  g_autoptr(GListModel) lines = cw_mediation_due_list (self->db, NULL, NULL);
  AdwViewStackPage *page = adw_view_stack_get_page (self->stack, self->pages[1]);
  guint late = 0;

  self->badge_source = 0;
  for (guint i = 0; lines != NULL && i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CwMediationDue) due = g_list_model_get_item (lines, i);

      late += cw_mediation_due_get_days_left (due) < 0;
    }
  adw_view_stack_page_set_badge_number (page, late);
  adw_view_stack_page_set_needs_attention (page, late > 0);
  return G_SOURCE_REMOVE;
}

static void
database_changed_cb (CwMediationView *self,
                     const char      *table)
{
  if (table != NULL && !g_str_has_prefix (table, "mediation_"))
    return;
  if (self->badge_source == 0)
    self->badge_source = g_idle_add_full (G_PRIORITY_LOW, update_badge_cb, self, NULL);
}

void
cw_mediation_view_show_subpage (CwMediationView *self,
                                const char      *name)
{
  g_return_if_fail (CW_IS_MEDIATION_VIEW (self));

  adw_view_stack_set_visible_child_name (self->stack, name);
}

GtkWidget *
cw_mediation_view_get_page (CwMediationView *self,
                            const char      *name)
{
  g_return_val_if_fail (CW_IS_MEDIATION_VIEW (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (subpages); i++)
    if (g_str_equal (subpages[i].name, name))
      return self->pages[i];
  return NULL;
}

static void
show_subpage_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  GtkWidget *page = cw_mediation_view_get_page (CW_MEDIATION_VIEW (widget), g_variant_get_string (parameter, NULL));

  cw_mediation_view_show_subpage (CW_MEDIATION_VIEW (widget), g_variant_get_string (parameter, NULL));
  if (page != NULL)
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwMediationView *self = CW_MEDIATION_VIEW (widget);

  for (guint i = 0; i < G_N_ELEMENTS (subpages); i++)
    gtk_widget_activate_action (self->pages[i], "subpage.reload", NULL);
  database_changed_cb (self, NULL);
}

GtkWidget *
cw_mediation_view_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_MEDIATION_VIEW, "database", db, NULL);
}

static void
cw_mediation_view_constructed (GObject *object)
{
  CwMediationView *self = CW_MEDIATION_VIEW (object);

  G_OBJECT_CLASS (cw_mediation_view_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (subpages); i++)
    {
      AdwViewStackPage *page;

      self->pages[i] = g_object_new (subpages[i].get_type (), "database", self->db, NULL);
      page = adw_view_stack_add_titled (self->stack, self->pages[i], subpages[i].name, _(subpages[i].title));
      adw_view_stack_page_set_icon_name (page, subpages[i].icon_name);
    }
  g_signal_connect_object (self->db, "changed", G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  update_badge_cb (self);
}

static void
cw_mediation_view_dispose (GObject *object)
{
  CwMediationView *self = CW_MEDIATION_VIEW (object);

  g_clear_handle_id (&self->badge_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_MEDIATION_VIEW);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_mediation_view_parent_class)->dispose (object);
}

static void
cw_mediation_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CwMediationView *self = CW_MEDIATION_VIEW (object);

  if (prop_id == PROP_DATABASE)
    g_value_set_object (value, self->db);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_mediation_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CwMediationView *self = CW_MEDIATION_VIEW (object);

  if (prop_id == PROP_DATABASE)
    self->db = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_mediation_view_class_init (CwMediationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_mediation_view_constructed;
  object_class->dispose = cw_mediation_view_dispose;
  object_class->get_property = cw_mediation_view_get_property;
  object_class->set_property = cw_mediation_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CW_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-mediation-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CwMediationView, stack);

  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_activated);
  gtk_widget_class_install_action (widget_class, "mediation.show-subpage", "s", show_subpage_activated);
  for (guint i = 0; i < G_N_ELEMENTS (subpages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "mediation.show-subpage", "s", subpages[i].name);
}

static void
cw_mediation_view_init (CwMediationView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
