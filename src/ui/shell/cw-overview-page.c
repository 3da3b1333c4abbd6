/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-overview-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-backup.h"
#include "core/village/cw-summary.h"
#include "ui/shell/cw-overview-page.h"
#include "ui/cw-ui-resources.h"

struct _CwOverviewPage
{
  AdwBin               parent_instance;

  CwDatabase          *db;
  gulong               changed_handler;
  guint                refresh_source;
  GFileMonitor        *backup_monitor;
  GPtrArray           *attention_rows;

  /* Template widgets */
  GtkLabel            *village_label;
  GtkLabel            *place_label;
  GtkFlowBox          *counts_box;
  AdwPreferencesGroup *attention_group;
};

G_DEFINE_FINAL_TYPE (CwOverviewPage, cw_overview_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_count_card (const CwSummaryCount *count)
{
  g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, count->value);
  GtkWidget *card;
  GtkWidget *box;
  GtkWidget *label;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);

  label = gtk_label_new (value);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "title-1");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (count->label);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  if (count->page != NULL)
    {
      card = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (card), box);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (card), "win.show-page");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (card), "s", count->page);
    }
  else
    {
      card = box;
    }

  gtk_widget_add_css_class (card, "card");

  return card;
}

static GtkWidget *
create_attention_row (const CwSummaryAttention *item)
{
  GtkWidget *row;
  GtkWidget *icon;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->title);
  if (item->detail != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), item->detail);

  if (item->severity == CW_SUMMARY_WARNING)
    {
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "warning");
    }
  else
    {
      icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
      gtk_widget_add_css_class (icon, "accent");
    }
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (item->page != NULL)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-page");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", item->page);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
    }

  return row;
}

static GtkWidget *
create_all_well_row (void)
{
  GtkWidget *row;
  GtkWidget *icon;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing needs attention"));
  icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
  gtk_widget_add_css_class (icon, "success");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
clear_counts (CwOverviewPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->counts_box))) != NULL)
    gtk_flow_box_remove (self->counts_box, child);
}

static void
clear_attention (CwOverviewPage *self)
{
  for (guint i = 0; i < self->attention_rows->len; i++)
    adw_preferences_group_remove (self->attention_group,
                                  g_ptr_array_index (self->attention_rows, i));
  g_ptr_array_set_size (self->attention_rows, 0);
}

static void
add_attention_row (CwOverviewPage *self,
                   GtkWidget      *row)
{
  adw_preferences_group_add (self->attention_group, row);
  g_ptr_array_add (self->attention_rows, row);
}

static void
cw_overview_page_refresh (CwOverviewPage *self)
{
  g_autoptr(CwSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) place = NULL;
  GPtrArray *counts;
  GPtrArray *attention;

  clear_counts (self);
  clear_attention (self);

  summary = cw_summary_load (self->db, &error);
  if (summary == NULL)
    {
      CwSummaryAttention item = {
        .severity = CW_SUMMARY_WARNING,
        .title = _("The overview could not be loaded"),
        .detail = error->message,
      };

      add_attention_row (self, create_attention_row (&item));
      return;
    }

  gtk_label_set_text (self->village_label, cw_summary_get_village_name (summary));

  place = g_string_new (cw_summary_get_township (summary));
  if (*cw_summary_get_county (summary) != '\0')
    {
      if (place->len > 0)
        g_string_append (place, " · ");
      g_string_append (place, cw_summary_get_county (summary));
    }
  gtk_label_set_text (self->place_label, place->str);
  gtk_widget_set_visible (GTK_WIDGET (self->place_label), place->len > 0);

  counts = cw_summary_get_counts (summary);
  for (guint i = 0; i < counts->len; i++)
    {
      GtkWidget *card = create_count_card (g_ptr_array_index (counts, i));

      gtk_flow_box_append (self->counts_box, card);
      /* The card is the button; its flow box child need not take focus too. */
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->counts_box), counts->len > 0);

  attention = cw_summary_get_attention (summary);
  for (guint i = 0; i < attention->len; i++)
    add_attention_row (self, create_attention_row (g_ptr_array_index (attention, i)));
  if (attention->len == 0)
    add_attention_row (self, create_all_well_row ());
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  CwOverviewPage *self = user_data;

  self->refresh_source = 0;
  cw_overview_page_refresh (self);

  return G_SOURCE_REMOVE;
}

/* A demo fill or an import emits "changed" many times; one refresh when the
 * main loop is idle again is enough. */
static void
queue_refresh (CwOverviewPage *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_LOW, refresh_idle_cb, self, NULL);
}

static void
database_changed_cb (CwOverviewPage *self,
                     const char     *table,
                     CwDatabase     *db)
{
  queue_refresh (self);
}

/* The daily backup is written by a thread, a command-line backup by another
 * process: watching the folder catches both. */
static void
backup_folder_changed_cb (CwOverviewPage    *self,
                          GFile             *file,
                          GFile             *other_file,
                          GFileMonitorEvent  event,
                          GFileMonitor      *monitor)
{
  if (event == G_FILE_MONITOR_EVENT_CREATED ||
      event == G_FILE_MONITOR_EVENT_DELETED ||
      event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT)
    queue_refresh (self);
}

static void
watch_backups (CwOverviewPage *self)
{
  const char *path = cw_database_get_path (self->db);
  g_autofree char *folder = NULL;
  g_autoptr(GFile) file = NULL;

  if (path == NULL || *path == '\0' || g_str_equal (path, ":memory:"))
    return;

  folder = cw_backup_folder (path);
  file = g_file_new_for_path (folder);
  self->backup_monitor = g_file_monitor_directory (file, G_FILE_MONITOR_NONE, NULL, NULL);
  if (self->backup_monitor != NULL)
    g_signal_connect_object (self->backup_monitor, "changed",
                             G_CALLBACK (backup_folder_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cw_overview_page_refresh (CW_OVERVIEW_PAGE (widget));
}

GtkWidget *
cw_overview_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_OVERVIEW_PAGE, "database", db, NULL);
}

static void
cw_overview_page_constructed (GObject *object)
{
  CwOverviewPage *self = CW_OVERVIEW_PAGE (object);

  G_OBJECT_CLASS (cw_overview_page_parent_class)->constructed (object);

  g_assert (self->db != NULL);

  self->changed_handler =
    g_signal_connect_object (self->db, "changed",
                             G_CALLBACK (database_changed_cb), self,
                             G_CONNECT_SWAPPED);
  watch_backups (self);
  cw_overview_page_refresh (self);
}

static void
cw_overview_page_dispose (GObject *object)
{
  CwOverviewPage *self = CW_OVERVIEW_PAGE (object);

  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_handler, self->db);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->backup_monitor != NULL)
    g_file_monitor_cancel (self->backup_monitor);
  g_clear_object (&self->backup_monitor);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_OVERVIEW_PAGE);

  g_clear_pointer (&self->attention_rows, g_ptr_array_unref);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_overview_page_parent_class)->dispose (object);
}

static void
cw_overview_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CwOverviewPage *self = CW_OVERVIEW_PAGE (object);

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
cw_overview_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CwOverviewPage *self = CW_OVERVIEW_PAGE (object);

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
cw_overview_page_class_init (CwOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_overview_page_constructed;
  object_class->dispose = cw_overview_page_dispose;
  object_class->get_property = cw_overview_page_get_property;
  object_class->set_property = cw_overview_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwOverviewPage, village_label);
  gtk_widget_class_bind_template_child (widget_class, CwOverviewPage, place_label);
  gtk_widget_class_bind_template_child (widget_class, CwOverviewPage, counts_box);
  gtk_widget_class_bind_template_child (widget_class, CwOverviewPage, attention_group);

  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_activated);
}

static void
cw_overview_page_init (CwOverviewPage *self)
{
  self->attention_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}
