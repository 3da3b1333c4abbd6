/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-household-picker"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/households/cw-household-picker.h"
#include "ui/common/cw-search-picker.h"

struct _CwHouseholdPicker
{
  AdwBin          parent_instance;

  CwDatabase     *db;
  gulong          changed_handler;
  guint           reload_source;
  gboolean        loaded;
  GListStore     *households;
  CwSearchPicker *picker;
};

G_DEFINE_FINAL_TYPE (CwHouseholdPicker, cw_household_picker, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PICKED,
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
match_household (gpointer    item,
                 const char *query,
                 gpointer    user_data)
{
  CwHousehold *household = item;

  if (!cw_household_matches (household, query))
    return 0;

  /* The 户号 typed in full comes before everything that merely contains it. */
  if (g_ascii_strcasecmp (cw_household_get_number (household), query) == 0)
    return 2;

  return 1;
}

static void
describe_household (gpointer   item,
                    char     **title,
                    char     **subtitle,
                    gpointer   user_data)
{
  CwHousehold *household = item;
  guint members = cw_household_get_member_count (household);

  *title = g_strdup_printf ("%s  %s", cw_household_get_number (household),
                            cw_household_get_head_name (household));
  *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u member", "%s · %u members", members),
                               cw_household_get_group_name (household), members);
}

static void
reload (CwHouseholdPicker *self)
{
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GPtrArray) present = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n;

  self->loaded = TRUE;

  all = cw_household_list (self->db, &error);
  if (all == NULL)
    {
      g_warning ("Households could not be read: %s", error->message);
      return;
    }

  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      CwHousehold *household = g_list_model_get_item (all, i);

      /* Points, redemptions and visits are for households still here. */
      if (g_strcmp0 (cw_household_get_status (household), CW_HOUSEHOLD_STATUS_ACTIVE) == 0)
        g_ptr_array_add (present, household);
      else
        g_object_unref (household);
    }

  g_list_store_splice (self->households, 0, g_list_model_get_n_items (G_LIST_MODEL (self->households)),
                       present->pdata, present->len);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  CwHouseholdPicker *self = user_data;

  self->reload_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

static void
database_changed_cb (CwHouseholdPicker *self,
                     const char        *table,
                     CwDatabase        *db)
{
  if (table != NULL &&
      !g_str_equal (table, "household") &&
      !g_str_equal (table, "person") &&
      !g_str_equal (table, "village_group"))
    return;

  /* Not read yet: it will be, fresh, when first needed. */
  if (!self->loaded)
    return;

  if (self->reload_source == 0)
    self->reload_source = g_idle_add_full (G_PRIORITY_LOW, reload_idle_cb, self, NULL);
}

/* 30 000 households take a while to read: a picker reads them when the
 * clerk first types in it, not when the window opens. */
static void
text_changed_cb (CwHouseholdPicker *self)
{
  if (!self->loaded)
    reload (self);
}

static void
picked_cb (CwHouseholdPicker *self,
           GObject           *item,
           CwSearchPicker    *picker)
{
  g_signal_emit (self, signals[PICKED], 0, item);
}

static void
activate_cb (CwHouseholdPicker *self,
             CwSearchPicker    *picker)
{
  g_signal_emit (self, signals[ACTIVATE], 0);
}

GtkWidget *
cw_household_picker_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_HOUSEHOLD_PICKER, "database", db, NULL);
}

GListModel *
cw_household_picker_get_model (CwHouseholdPicker *self)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLD_PICKER (self), NULL);

  /* Read on first use; a change may be waiting in the idle: whoever asks
   * gets it now. */
  if (!self->loaded || self->reload_source != 0)
    {
      g_clear_handle_id (&self->reload_source, g_source_remove);
      reload (self);
    }

  return G_LIST_MODEL (self->households);
}

void
cw_household_picker_set_text (CwHouseholdPicker *self,
                              const char        *text)
{
  g_return_if_fail (CW_IS_HOUSEHOLD_PICKER (self));

  cw_search_picker_set_text (self->picker, text);
}

const char *
cw_household_picker_get_text (CwHouseholdPicker *self)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLD_PICKER (self), NULL);

  return cw_search_picker_get_text (self->picker);
}

gboolean
cw_household_picker_pick_best (CwHouseholdPicker *self)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLD_PICKER (self), FALSE);

  return cw_search_picker_pick_best (self->picker);
}

CwHousehold *
cw_household_picker_get_best (CwHouseholdPicker *self)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLD_PICKER (self), NULL);

  return cw_search_picker_get_best (self->picker);
}

static gboolean
cw_household_picker_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (CW_HOUSEHOLD_PICKER (widget)->picker));
}

static void
cw_household_picker_constructed (GObject *object)
{
  CwHouseholdPicker *self = CW_HOUSEHOLD_PICKER (object);

  G_OBJECT_CLASS (cw_household_picker_parent_class)->constructed (object);

  g_assert (self->db != NULL);

  self->changed_handler =
    g_signal_connect_object (self->db, "changed",
                             G_CALLBACK (database_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
cw_household_picker_dispose (GObject *object)
{
  CwHouseholdPicker *self = CW_HOUSEHOLD_PICKER (object);

  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_handler, self->db);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_household_picker_parent_class)->dispose (object);
}

static void
cw_household_picker_finalize (GObject *object)
{
  CwHouseholdPicker *self = CW_HOUSEHOLD_PICKER (object);

  g_clear_object (&self->households);

  G_OBJECT_CLASS (cw_household_picker_parent_class)->finalize (object);
}

static void
cw_household_picker_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CwHouseholdPicker *self = CW_HOUSEHOLD_PICKER (object);

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
cw_household_picker_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CwHouseholdPicker *self = CW_HOUSEHOLD_PICKER (object);

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
cw_household_picker_class_init (CwHouseholdPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_household_picker_constructed;
  object_class->dispose = cw_household_picker_dispose;
  object_class->finalize = cw_household_picker_finalize;
  object_class->get_property = cw_household_picker_get_property;
  object_class->set_property = cw_household_picker_set_property;
  widget_class->grab_focus = cw_household_picker_grab_focus;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[PICKED] =
    g_signal_new ("picked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CW_TYPE_HOUSEHOLD);

  signals[ACTIVATE] =
    g_signal_new ("activate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
cw_household_picker_init (CwHouseholdPicker *self)
{
  GtkEventController *controller;

  self->households = g_list_store_new (CW_TYPE_HOUSEHOLD);

  self->picker = CW_SEARCH_PICKER (cw_search_picker_new ());
  cw_search_picker_set_funcs (self->picker, match_household, describe_household, self);
  cw_search_picker_set_items (self->picker, G_LIST_MODEL (self->households));
  cw_search_picker_set_placeholder (self->picker, _("Household number, name or pinyin"));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->picker));

  g_signal_connect_object (self->picker, "picked", G_CALLBACK (picked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->picker, "activate", G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);
  /* Read when the field takes the focus, before anything is typed; text
   * set from elsewhere reads them too. */
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "enter", G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (cw_search_picker_get_entry (self->picker), controller);
  g_signal_connect_object (cw_search_picker_get_entry (self->picker), "changed",
                           G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
}
