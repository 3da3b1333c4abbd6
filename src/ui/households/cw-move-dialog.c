/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-move-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/households/cw-household.h"
#include "core/households/cw-vocabulary.h"
#include "ui/households/cw-move-dialog.h"
#include "ui/cw-ui-resources.h"

struct _CwMoveDialog
{
  AdwWindow           parent_instance;

  CwDatabase         *db;
  CwPerson           *person;
  char               *query;
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;
  GPtrArray          *relations;

  /* Template widgets */
  AdwWindowTitle     *window_title;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  AdwComboRow        *relation_row;
  GtkLabel           *error_label;
};

G_DEFINE_FINAL_TYPE (CwMoveDialog, cw_move_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  CwMoveDialog *self = user_data;
  CwHousehold *household = item;

  return g_str_equal (cw_household_get_status (household), CW_HOUSEHOLD_STATUS_ACTIVE) &&
         cw_household_get_id (household) != cw_person_get_household_id (self->person) &&
         cw_household_matches (household, self->query);
}

static void
search_changed_cb (CwMoveDialog   *self,
                   GtkSearchEntry *entry)
{
  g_free (self->query);
  self->query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
search_activate_cb (CwMoveDialog   *self,
                    GtkSearchEntry *entry)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* Escape clears the search, and closes the dialog when there is none. */
static void
stop_search_cb (CwMoveDialog   *self,
                GtkSearchEntry *entry)
{
  if (gtk_editable_get_text (GTK_EDITABLE (entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "dialog.cancel", NULL);
}

static void
list_activate_cb (CwMoveDialog *self,
                  guint         position,
                  GtkListView  *view)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_grab_focus (GTK_WIDGET (self->relation_row));
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  CwHousehold *household = gtk_list_item_get_item (item);
  g_autofree char *text = g_strdup_printf ("%s    %s    %s",
                                           cw_household_get_number (household),
                                           cw_household_get_head_name (household),
                                           cw_household_get_group_name (household));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwMoveDialog *self = CW_MOVE_DIALOG (widget);
  CwHousehold *target = gtk_single_selection_get_selected_item (self->selection);
  guint relation = adw_combo_row_get_selected (self->relation_row);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 from = cw_person_get_household_id (self->person);

  if (target == NULL)
    {
      gtk_label_set_text (self->error_label, _("Choose the household to move into."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return;
    }
  if (relation == 0 || relation == GTK_INVALID_LIST_POSITION || relation > self->relations->len)
    {
      gtk_label_set_text (self->error_label, _("Choose the relation to the head of the new household."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->relation_row));
      return;
    }

  if (!cw_person_move (self->db, cw_person_get_id (self->person), cw_household_get_id (target),
                       g_ptr_array_index (self->relations, relation - 1), &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  message = g_strdup_printf (_("Moved %s to household %s"), cw_person_get_name (self->person),
                             cw_household_get_number (target));
  g_signal_emit (self, signals[SAVED], 0, cw_database_get_last_change (self->db),
                 cw_household_get_id (target), from, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

CwMoveDialog *
cw_move_dialog_new (GtkWindow  *parent,
                    CwDatabase *db,
                    GListModel *households,
                    CwPerson   *person)
{
  CwMoveDialog *self;
  GtkFilterListModel *filtered;
  GtkListItemFactory *factory;
  g_autoptr(GtkStringList) relations = gtk_string_list_new (NULL);

  g_return_val_if_fail (CW_IS_PERSON (person), NULL);

  self = g_object_new (CW_TYPE_MOVE_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->person = g_object_ref (person);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (households), g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  /* Into another household one is never its head: that is changed there. */
  gtk_string_list_append (relations, _("Choose…"));
  for (guint i = 1; cw_vocabulary_relations[i] != NULL; i++)
    {
      g_ptr_array_add (self->relations, (gpointer) cw_vocabulary_relations[i]);
      gtk_string_list_append (relations, cw_vocabulary_relations[i]);
    }
  adw_combo_row_set_model (self->relation_row, G_LIST_MODEL (relations));
  for (guint i = 0; i < self->relations->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->relations, i), cw_person_get_relation (person)))
        adw_combo_row_set_selected (self->relation_row, i + 1);
    }

  adw_window_title_set_subtitle (self->window_title, cw_person_get_name (person));
  gtk_window_set_title (GTK_WINDOW (self), _("Move to Another Household"));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return self;
}

static void
cw_move_dialog_dispose (GObject *object)
{
  CwMoveDialog *self = CW_MOVE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_MOVE_DIALOG);

  G_OBJECT_CLASS (cw_move_dialog_parent_class)->dispose (object);
}

static void
cw_move_dialog_finalize (GObject *object)
{
  CwMoveDialog *self = CW_MOVE_DIALOG (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->db);
  g_clear_object (&self->person);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->relations, g_ptr_array_unref);

  G_OBJECT_CLASS (cw_move_dialog_parent_class)->finalize (object);
}

static void
cw_move_dialog_class_init (CwMoveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_move_dialog_dispose;
  object_class->finalize = cw_move_dialog_finalize;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                  G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_STRING);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-move-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwMoveDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CwMoveDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CwMoveDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, CwMoveDialog, relation_row);
  gtk_widget_class_bind_template_child (widget_class, CwMoveDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dialog.cancel", NULL);
}

static void
cw_move_dialog_init (CwMoveDialog *self)
{
  self->relations = g_ptr_array_new ();
  self->query = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));
}
