/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-subject-picker"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/households/cw-person-query.h"
#include "core/households/cw-person.h"
#include "core/points/cw-point-rule.h"
#include "ui/common/cw-search-picker.h"
#include "ui/households/cw-household-picker.h"
#include "ui/points/cw-points-subject-picker.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwPointsSubjectPicker
{
  AdwBin             parent_instance;

  CwDatabase        *db;
  const char        *scheme;
  CwHouseholdPicker *household_picker;
  GListStore        *members;   /* CwPerson: present party members */
  gboolean           members_loaded;

  /* Template widgets; the stack of the two is the bin's own child, which
   * AdwBin lets go of itself. */
  AdwBin            *household_bin;
  CwSearchPicker    *member_picker;
};

G_DEFINE_FINAL_TYPE (CwPointsSubjectPicker, cw_points_subject_picker, ADW_TYPE_BIN)

enum {
  PICKED,
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_party (CwPointsSubjectPicker *self)
{
  return g_str_equal (self->scheme, CW_SCHEME_PARTY);
}

/* Party members */

static int
match_member (gpointer    item,
              const char *query,
              gpointer    user_data)
{
  CwPerson *person = item;

  if (!cw_person_matches (person, query))
    return 0;

  /* The ID number or the name typed in full comes first. */
  if (g_ascii_strcasecmp (cw_person_get_id_number (person), query) == 0 ||
      g_str_equal (cw_person_get_name (person), query))
    return 2;

  return 1;
}

static void
describe_member (gpointer   item,
                 char     **title,
                 char     **subtitle,
                 gpointer   user_data)
{
  CwPerson *person = item;

  *title = g_strdup_printf ("%s  %s", cw_person_get_name (person), cw_person_get_political (person));
  /* Translators: group · 户号 of the party member's household */
  *subtitle = g_strdup_printf (_("%s · household %s"), cw_person_get_group_name (person),
                               cw_person_get_household_number (person));
}

static void
reload_members (CwPointsSubjectPicker *self)
{
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n;

  query.party_members = TRUE;
  members = cw_person_query_run (self->db, &query, &error);
  if (members == NULL)
    cw_window_show_message (GTK_WIDGET (self), error->message);

  n = members != NULL ? g_list_model_get_n_items (members) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (members, i));
  g_list_store_splice (self->members, 0, g_list_model_get_n_items (G_LIST_MODEL (self->members)),
                       array->pdata, array->len);
  self->members_loaded = TRUE;
}

void
cw_points_subject_picker_reload (CwPointsSubjectPicker *self)
{
  g_return_if_fail (CW_IS_POINTS_SUBJECT_PICKER (self));

  if (is_party (self))
    reload_members (self);
}

/* Picking */

static void
picked_cb (CwPointsSubjectPicker *self,
           GObject               *subject)
{
  g_signal_emit (self, signals[PICKED], 0, subject);
}

static void
activate_cb (CwPointsSubjectPicker *self)
{
  g_signal_emit (self, signals[ACTIVATE], 0);
}

gboolean
cw_points_subject_picker_choose_household (CwPointsSubjectPicker *self,
                                           const char            *number)
{
  GListModel *households;
  guint n;

  g_return_val_if_fail (CW_IS_POINTS_SUBJECT_PICKER (self), FALSE);

  households = cw_household_picker_get_model (self->household_picker);
  n = g_list_model_get_n_items (households);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);

      if (g_strcmp0 (cw_household_get_number (household), number) == 0)
        {
          picked_cb (self, G_OBJECT (household));
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
cw_points_subject_picker_choose_member (CwPointsSubjectPicker *self,
                                        const char            *query)
{
  guint n;

  g_return_val_if_fail (CW_IS_POINTS_SUBJECT_PICKER (self), FALSE);

  if (!self->members_loaded)
    reload_members (self);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->members));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (G_LIST_MODEL (self->members), i);

      if (match_member (person, query, self) == 2)
        {
          picked_cb (self, G_OBJECT (person));
          return TRUE;
        }
    }

  return FALSE;
}

/* The picker shown */

void
cw_points_subject_picker_set_scheme (CwPointsSubjectPicker *self,
                                     const char            *scheme)
{
  g_return_if_fail (CW_IS_POINTS_SUBJECT_PICKER (self));

  self->scheme = g_strcmp0 (scheme, CW_SCHEME_PARTY) == 0 ? CW_SCHEME_PARTY : CW_SCHEME_HOUSEHOLD;
  gtk_stack_set_visible_child (GTK_STACK (adw_bin_get_child (ADW_BIN (self))),
                               is_party (self) ? GTK_WIDGET (self->member_picker) : GTK_WIDGET (self->household_bin));
}

const char *
cw_points_subject_picker_get_text (CwPointsSubjectPicker *self)
{
  g_return_val_if_fail (CW_IS_POINTS_SUBJECT_PICKER (self), NULL);

  if (is_party (self))
    return cw_search_picker_get_text (self->member_picker);

  return cw_household_picker_get_text (self->household_picker);
}

void
cw_points_subject_picker_set_text (CwPointsSubjectPicker *self,
                                   const char            *text)
{
  g_return_if_fail (CW_IS_POINTS_SUBJECT_PICKER (self));

  cw_search_picker_set_text (self->member_picker, text);
  cw_household_picker_set_text (self->household_picker, text);
}

gboolean
cw_points_subject_picker_pick_best (CwPointsSubjectPicker *self)
{
  g_return_val_if_fail (CW_IS_POINTS_SUBJECT_PICKER (self), FALSE);

  if (is_party (self))
    return cw_search_picker_pick_best (self->member_picker);

  return cw_household_picker_pick_best (self->household_picker);
}

GtkWidget *
cw_points_subject_picker_get_entry (CwPointsSubjectPicker *self)
{
  g_return_val_if_fail (CW_IS_POINTS_SUBJECT_PICKER (self), NULL);

  if (is_party (self))
    return cw_search_picker_get_entry (self->member_picker);

  /* The household picker is a search picker inside. */
  return cw_search_picker_get_entry (CW_SEARCH_PICKER (adw_bin_get_child (ADW_BIN (self->household_picker))));
}

char *
cw_points_subject_picker_describe_no_match (CwPointsSubjectPicker *self)
{
  g_return_val_if_fail (CW_IS_POINTS_SUBJECT_PICKER (self), NULL);

  if (is_party (self))
    return g_strdup_printf (_("No party member in the register matches “%s”."),
                            cw_points_subject_picker_get_text (self));

  return g_strdup_printf (_("No household in the register matches “%s”."),
                          cw_points_subject_picker_get_text (self));
}

GListModel *
cw_points_subject_picker_get_households (CwPointsSubjectPicker *self)
{
  g_return_val_if_fail (CW_IS_POINTS_SUBJECT_PICKER (self), NULL);

  return cw_household_picker_get_model (self->household_picker);
}

GtkWidget *
cw_points_subject_picker_new (CwDatabase *db)
{
  CwPointsSubjectPicker *self;
  GtkWidget *picker;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  self = g_object_new (CW_TYPE_POINTS_SUBJECT_PICKER, NULL);
  self->db = g_object_ref (db);

  picker = cw_household_picker_new (db);
  self->household_picker = CW_HOUSEHOLD_PICKER (picker);
  adw_bin_set_child (self->household_bin, picker);
  g_signal_connect_object (picker, "picked", G_CALLBACK (picked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (picker, "activate", G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

static gboolean
cw_points_subject_picker_grab_focus (GtkWidget *widget)
{
  CwPointsSubjectPicker *self = CW_POINTS_SUBJECT_PICKER (widget);

  if (is_party (self))
    return gtk_widget_grab_focus (GTK_WIDGET (self->member_picker));

  return gtk_widget_grab_focus (GTK_WIDGET (self->household_picker));
}

static void
cw_points_subject_picker_dispose (GObject *object)
{
  CwPointsSubjectPicker *self = CW_POINTS_SUBJECT_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_POINTS_SUBJECT_PICKER);

  g_clear_object (&self->members);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_points_subject_picker_parent_class)->dispose (object);
}

static void
cw_points_subject_picker_class_init (CwPointsSubjectPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_points_subject_picker_dispose;
  widget_class->grab_focus = cw_points_subject_picker_grab_focus;

  signals[PICKED] =
    g_signal_new ("picked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);
  signals[ACTIVATE] =
    g_signal_new ("activate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_SEARCH_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-points-subject-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointsSubjectPicker, household_bin);
  gtk_widget_class_bind_template_child (widget_class, CwPointsSubjectPicker, member_picker);
  gtk_widget_class_bind_template_callback (widget_class, picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
}

static void
cw_points_subject_picker_init (CwPointsSubjectPicker *self)
{
  self->scheme = CW_SCHEME_HOUSEHOLD;
  self->members = g_list_store_new (CW_TYPE_PERSON);

  gtk_widget_init_template (GTK_WIDGET (self));

  cw_search_picker_set_funcs (self->member_picker, match_member, describe_member, self);
  cw_search_picker_set_items (self->member_picker, G_LIST_MODEL (self->members));
  cw_search_picker_set_placeholder (self->member_picker, _("Party member's name, pinyin or ID number"));
}
