/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-entry-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/points/cw-point-entry.h"
#include "core/village/cw-village-group.h"
#include "ui/common/cw-columns.h"
#include "ui/points/cw-points-import.h"
#include "ui/points/cw-points-entry-columns.h"
#include "ui/points/cw-points-entry-page-private.h"
#include "ui/points/cw-points-group-row.h"
#include "ui/points/cw-points-subject-chip.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

/* The page itself: whose points (one, several or a whole group), the
 * rule, the date, quantity and note, and below what waits for review.
 * Saving and clearing the form are in cw-points-entry-page-actions.c. */

G_DEFINE_FINAL_TYPE (CwPointsEntryPage, cw_points_entry_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (CwPointsEntryPage *self);

/* The refusal under the form */

void
_cw_points_entry_page_show_error (CwPointsEntryPage *self,
                                  const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

void
_cw_points_entry_page_hide_error (CwPointsEntryPage *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

const char *
cw_points_entry_page_get_error (CwPointsEntryPage *self)
{
  g_return_val_if_fail (CW_IS_POINTS_ENTRY_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;

  return gtk_label_get_text (self->error_label);
}

/* The figure the entry will get: points × quantity, per household. */
static void
update_total (CwPointsEntryPage *self)
{
  g_autofree char *figure = NULL;
  g_autofree char *text = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->chosen));
  int quantity = gtk_spin_button_get_value_as_int (self->quantity_spin);

  if (self->rule == NULL)
    {
      gtk_label_set_text (self->total_label, "");
      return;
    }

  figure = cw_ui_format_signed ((gint64) cw_point_rule_get_points (self->rule) * quantity);
  if (n > 1)
    /* Translators: the points an entry gets, for each of several households */
    text = g_strdup_printf (_("= %s points each"), figure);
  else
    text = g_strdup_printf (_("= %s points"), figure);
  gtk_label_set_text (self->total_label, text);
}

/* Subjects chosen: households, or party members */

gint64
_cw_points_subject_get_id (gpointer subject)
{
  if (CW_IS_PERSON (subject))
    return cw_person_get_id (subject);

  return cw_household_get_id (subject);
}

/* "0012 张三": the 户号 and the head, or the member's name. */
char *
_cw_points_subject_label (gpointer subject)
{
  if (CW_IS_PERSON (subject))
    return g_strdup_printf ("%s %s", cw_person_get_household_number (subject), cw_person_get_name (subject));

  return g_strdup_printf ("%s %s", cw_household_get_number (subject), cw_household_get_head_name (subject));
}

void
_cw_points_entry_page_focus_subject (CwPointsEntryPage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->subject_picker));
}

/* Every one chosen has its chip, a whole group too: the clerk sees who
 * will get the points and takes off whoever did not take part. */
static GtkWidget *
create_chip (gpointer item,
             gpointer user_data)
{
  g_autofree char *label = _cw_points_subject_label (item);
  GtkWidget *child = gtk_flow_box_child_new ();

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child),
                                cw_points_subject_chip_new (label, _cw_points_subject_get_id (item)));
  /* The chip's button takes the focus, not the flow box child. */
  gtk_widget_set_focusable (child, FALSE);

  return child;
}

void
_cw_points_entry_page_update_chosen (CwPointsEntryPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->chosen));
  g_autofree char *text = NULL;

  if (n == 0 && _cw_points_entry_page_is_party (self))
    text = g_strdup (_("Type a party member's name, its pinyin initials, the ID number or the household number, then press Enter. Several members may be chosen."));
  else if (n == 0)
    text = g_strdup (_("Type a household number, a name or its pinyin initials, then press Enter. Several households may be chosen."));
  else if (n > 1 && _cw_points_entry_page_is_party (self))
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u party member", "%u party members", n), n);
  else if (n > 1)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u household", "%u households", n), n);

  gtk_label_set_text (self->chosen_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->chosen_label), text != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->chosen_scroller), n > 0);
  gtk_widget_set_visible (self->clear_households_button, n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "entry.clear-households", n > 0);

  update_total (self);
}

static gboolean
is_chosen (CwPointsEntryPage *self,
           gint64             id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->chosen));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) subject = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);

      if (_cw_points_subject_get_id (subject) == id)
        return TRUE;
    }

  return FALSE;
}

static void
choose (CwPointsEntryPage *self,
        gpointer           subject)
{
  if (!is_chosen (self, _cw_points_subject_get_id (subject)))
    g_list_store_append (self->chosen, subject);
}

static void
subject_picked_cb (CwPointsEntryPage *self,
                   GObject           *subject)
{
  _cw_points_entry_page_hide_error (self);
  choose (self, subject);
  _cw_points_entry_page_update_chosen (self);

  /* The field is ready for the next one; Enter on it empty moves on. */
  cw_points_subject_picker_set_text (self->subject_picker, "");
}

static void
subject_activate_cb (CwPointsEntryPage *self)
{
  if (cw_points_subject_picker_get_text (self->subject_picker)[0] != '\0')
    {
      g_autofree char *message = cw_points_subject_picker_describe_no_match (self->subject_picker);

      _cw_points_entry_page_show_error (self, message);
      return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->rule_picker));
}

gboolean
cw_points_entry_page_choose_household (CwPointsEntryPage *self,
                                       const char        *number)
{
  g_return_val_if_fail (CW_IS_POINTS_ENTRY_PAGE (self), FALSE);

  return cw_points_subject_picker_choose_household (self->subject_picker, number);
}

gboolean
cw_points_entry_page_choose_party_member (CwPointsEntryPage *self,
                                          const char        *query)
{
  g_return_val_if_fail (CW_IS_POINTS_ENTRY_PAGE (self), FALSE);
  g_return_val_if_fail (_cw_points_entry_page_is_party (self), FALSE);

  return cw_points_subject_picker_choose_member (self->subject_picker, query);
}

guint
cw_points_entry_page_get_n_chosen (CwPointsEntryPage *self)
{
  g_return_val_if_fail (CW_IS_POINTS_ENTRY_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->chosen));
}

/* Whole groups */

static void
refresh_groups (CwPointsEntryPage *self)
{
  g_autoptr(GListModel) groups = NULL;
  GListModel *households = cw_points_subject_picker_get_households (self->subject_picker);
  guint n_households = g_list_model_get_n_items (households);
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->group_list))) != NULL)
    gtk_list_box_remove (self->group_list, child);

  groups = cw_village_group_list (self->db, FALSE, NULL);
  n = groups != NULL ? g_list_model_get_n_items (groups) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwVillageGroup) group = g_list_model_get_item (groups, i);
      guint count = 0;

      for (guint j = 0; j < n_households; j++)
        {
          g_autoptr(CwHousehold) household = g_list_model_get_item (households, j);

          if (cw_household_get_group_id (household) == cw_village_group_get_id (group))
            count++;
        }

      gtk_list_box_append (self->group_list,
                           cw_points_group_row_new (cw_village_group_get_id (group),
                                                    cw_village_group_get_name (group), count));
    }
}

/* The groups and their households are read when the list is opened: a
 * township's households take a while, and most entries never need them. */
static void
group_popover_show_cb (CwPointsEntryPage *self)
{
  refresh_groups (self);
}

static void
group_row_activated_cb (CwPointsEntryPage *self,
                        GtkListBoxRow     *row,
                        GtkListBox        *list)
{
  gint64 group_id = cw_points_group_row_get_group_id (CW_POINTS_GROUP_ROW (row));
  GListModel *households = cw_points_subject_picker_get_households (self->subject_picker);
  guint n = g_list_model_get_n_items (households);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);

      if (cw_household_get_group_id (household) == group_id)
        choose (self, household);
    }

  gtk_menu_button_popdown (self->group_button);
  _cw_points_entry_page_hide_error (self);
  _cw_points_entry_page_update_chosen (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->rule_picker));
}

/* The rule */

static int
match_rule (gpointer    item,
            const char *query,
            gpointer    user_data)
{
  CwPointRule *rule = item;
  const char *code = cw_point_rule_get_code (rule);
  g_autofree char *folded_query = g_utf8_casefold (query, -1);
  g_autofree char *folded_code = g_utf8_casefold (code, -1);

  if (g_str_equal (folded_code, folded_query))
    return 3;
  if (g_str_has_prefix (folded_code, folded_query))
    return 2;
  if (strstr (cw_point_rule_get_description (rule), query) != NULL ||
      strstr (cw_point_rule_get_category (rule), query) != NULL)
    return 1;

  return 0;
}

static char *
rule_summary (CwPointRule *rule)
{
  g_autofree char *points = cw_ui_format_signed (cw_point_rule_get_points (rule));
  int cap = cw_point_rule_get_quarter_cap (rule);

  if (cap > 0)
    /* Translators: category · points per unit · cap, e.g. 人居环境 · +5 points per 次 · at most 20 a quarter */
    return g_strdup_printf (_("%s · %s points per %s · at most %d a quarter"),
                            cw_point_rule_get_category (rule), points,
                            cw_point_rule_get_unit (rule), cap);

  return g_strdup_printf (_("%s · %s points per %s"),
                          cw_point_rule_get_category (rule), points,
                          cw_point_rule_get_unit (rule));
}

static void
describe_rule (gpointer   item,
               char     **title,
               char     **subtitle,
               gpointer   user_data)
{
  CwPointRule *rule = item;

  *title = g_strdup_printf ("%s  %s", cw_point_rule_get_code (rule), cw_point_rule_get_description (rule));
  *subtitle = rule_summary (rule);
}

static void
update_rule_details (CwPointsEntryPage *self)
{
  g_autofree char *summary = NULL;

  if (self->rule != NULL)
    summary = rule_summary (self->rule);

  gtk_label_set_text (self->rule_details,
                      summary != NULL ? summary
                                      : _("Type the rule's code or a word of its description."));
  update_total (self);
}

void
_cw_points_entry_page_set_rule (CwPointsEntryPage *self,
                                CwPointRule       *rule)
{
  g_set_object (&self->rule, rule);
  g_clear_pointer (&self->rule_text, g_free);

  if (rule != NULL)
    {
      self->rule_text = g_strdup_printf ("%s  %s", cw_point_rule_get_code (rule),
                                         cw_point_rule_get_description (rule));
      /* Replacing the text passes through an empty entry: that is not the
       * clerk typing over the rule. */
      self->setting_rule = TRUE;
      cw_search_picker_set_text (self->rule_picker, self->rule_text);
      self->setting_rule = FALSE;
    }

  update_rule_details (self);
}

static void
rule_picked_cb (CwPointsEntryPage *self,
                CwPointRule       *rule,
                CwSearchPicker    *picker)
{
  _cw_points_entry_page_hide_error (self);
  _cw_points_entry_page_set_rule (self, rule);
  gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
}

static void
rule_activate_cb (CwPointsEntryPage *self,
                  CwSearchPicker    *picker)
{
  const char *text = cw_search_picker_get_text (picker);

  if (self->rule != NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
      return;
    }

  if (text[0] != '\0')
    {
      g_autofree char *message = g_strdup_printf (_("No rule in use matches “%s”."), text);

      _cw_points_entry_page_show_error (self, message);
    }
}

/* Typing over a chosen rule un-chooses it. */
static void
rule_text_changed_cb (CwPointsEntryPage *self,
                      GtkEditable       *entry)
{
  if (!self->setting_rule && self->rule != NULL &&
      g_strcmp0 (gtk_editable_get_text (entry), self->rule_text) != 0)
    {
      g_clear_object (&self->rule);
      update_rule_details (self);
    }
}

gboolean
cw_points_entry_page_choose_rule (CwPointsEntryPage *self,
                                  const char        *code)
{
  guint n;

  g_return_val_if_fail (CW_IS_POINTS_ENTRY_PAGE (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rules));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointRule) rule = g_list_model_get_item (G_LIST_MODEL (self->rules), i);

      if (g_strcmp0 (cw_point_rule_get_code (rule), code) == 0)
        {
          _cw_points_entry_page_set_rule (self, rule);
          return TRUE;
        }
    }

  return FALSE;
}

/* The remaining fields */

static void
field_changed_cb (CwPointsEntryPage *self)
{
  update_total (self);
}

static void
date_activate_cb (CwPointsEntryPage *self,
                  GtkEntry          *entry)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->quantity_spin));
}

static void
quantity_activate_cb (CwPointsEntryPage *self,
                      GtkText           *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->note_entry));
}

static void
note_activate_cb (CwPointsEntryPage *self,
                  GtkEntry          *entry)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "entry.save", NULL);
}

/* The entries waiting for review */

/* Titled for the scheme: head of household or party member. */
#define NAME_COLUMN 2

static const CwColumnInfo pending_columns[] = {
  { N_("Date"),              NULL, cw_points_entry_date_text,        CW_COLUMN_NUMERIC, NULL },
  { N_("Household No."),     NULL, cw_points_entry_number_text,      CW_COLUMN_NUMERIC, NULL },
  { N_("Head of Household"), NULL, cw_points_entry_name_text,        CW_COLUMN_TEXT, NULL },
  { N_("Rule Code"),         NULL, cw_points_entry_rule_text,        CW_COLUMN_TEXT, NULL },
  { N_("Description"),       NULL, cw_points_entry_description_text, CW_COLUMN_EXPAND, NULL },
  { N_("Qty"),               NULL, cw_points_entry_quantity_text,    CW_COLUMN_NUMERIC, NULL },
  { N_("Points"),            NULL, cw_points_entry_points_text,      CW_COLUMN_NUMERIC | CW_COLUMN_SIGNED, NULL },
  { N_("Note"),              NULL, cw_points_entry_note_text,        CW_COLUMN_DIM, NULL },
};

static void
setup_columns (CwPointsEntryPage *self)
{
  cw_ui_columns_append (self->pending_view, CW_TYPE_POINT_ENTRY, pending_columns, G_N_ELEMENTS (pending_columns));
  self->name_column = g_list_model_get_item (gtk_column_view_get_columns (self->pending_view), NAME_COLUMN);
  /* The view keeps it. */
  g_object_unref (self->name_column);
}

static void
store_replace (GListStore *store,
               GListModel *items)
{
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = items != NULL ? g_list_model_get_n_items (items) : 0;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (items, i));

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       array->pdata, array->len);
}

/* The scheme */

static void
apply_scheme (CwPointsEntryPage *self)
{
  gboolean party = _cw_points_entry_page_is_party (self);

  g_list_store_remove_all (self->chosen);
  cw_points_subject_picker_set_scheme (self->subject_picker, self->scheme);
  cw_points_subject_picker_set_text (self->subject_picker, "");
  _cw_points_entry_page_set_rule (self, NULL);
  cw_search_picker_set_text (self->rule_picker, "");
  _cw_points_entry_page_hide_error (self);
  _cw_points_entry_page_show_skipped (self, NULL);

  gtk_label_set_text_with_mnemonic (self->households_label, party ? _("_Party Members") : _("_Households"));
  gtk_label_set_mnemonic_widget (self->households_label, cw_points_subject_picker_get_entry (self->subject_picker));
  /* A whole group is for the households' clean-up days. */
  gtk_widget_set_visible (GTK_WIDGET (self->group_button), !party);
  gtk_column_view_column_set_title (self->name_column, party ? _("Party Member") : _("Head of Household"));

  _cw_points_entry_page_update_chosen (self);
  reload (self);
}

static void
scheme_toggled_cb (CwPointsEntryPage *self,
                   GtkToggleButton   *button)
{
  const char *scheme;

  /* Each of the pair toggles; only the one turned on counts. */
  if (!gtk_toggle_button_get_active (button))
    return;

  scheme = button == self->party_scheme_button ? CW_SCHEME_PARTY : CW_SCHEME_HOUSEHOLD;
  if (g_str_equal (scheme, self->scheme))
    return;

  self->scheme = scheme;
  apply_scheme (self);
}

void
cw_points_entry_page_set_scheme (CwPointsEntryPage *self,
                                 const char        *scheme)
{
  g_return_if_fail (CW_IS_POINTS_ENTRY_PAGE (self));

  gtk_toggle_button_set_active (g_strcmp0 (scheme, CW_SCHEME_PARTY) == 0 ? self->party_scheme_button
                                                                        : self->household_scheme_button,
                                TRUE);
}

const char *
cw_points_entry_page_get_scheme (CwPointsEntryPage *self)
{
  g_return_val_if_fail (CW_IS_POINTS_ENTRY_PAGE (self), NULL);

  return self->scheme;
}

static void
reload (CwPointsEntryPage *self)
{
  g_autoptr(GListModel) rules = NULL;
  g_autoptr(GListModel) pending = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  guint n;

  cw_lazy_reload_done (self->reloader);

  rules = cw_point_rule_list (self->db, self->scheme, FALSE, &error);
  if (rules == NULL)
    {
      cw_window_show_message (GTK_WIDGET (self), error->message);
      g_clear_error (&error);
    }
  store_replace (self->rules, rules);

  /* A rule retired meanwhile is no longer offered. */
  if (self->rule != NULL)
    {
      g_autoptr(CwPointRule) current = g_object_ref (self->rule);

      if (!cw_points_entry_page_choose_rule (self, cw_point_rule_get_code (current)))
        _cw_points_entry_page_set_rule (self, NULL);
    }

  cw_points_subject_picker_reload (self->subject_picker);

  pending = cw_point_entry_list (self->db, self->scheme, 0, NULL, CW_POINT_STATE_PENDING, &error);
  if (pending == NULL)
    cw_window_show_message (GTK_WIDGET (self), error->message);
  store_replace (self->pending, pending);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->pending));
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", n), n);
  gtk_label_set_text (self->pending_label, count);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cw_lazy_reload_queue (CW_POINTS_ENTRY_PAGE (widget)->reloader);
}

CwImportDialog *
cw_points_entry_page_import (CwPointsEntryPage *self)
{
  g_return_val_if_fail (CW_IS_POINTS_ENTRY_PAGE (self), NULL);

  return cw_points_import_entries (GTK_WIDGET (self), self->db);
}

GtkWidget *
cw_points_entry_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_POINTS_ENTRY_PAGE, "database", db, NULL);
}

static void
cw_points_entry_page_constructed (GObject *object)
{
  CwPointsEntryPage *self = CW_POINTS_ENTRY_PAGE (object);
  g_autofree char *today = cw_date_today_text ();
  GtkWidget *entry;

  G_OBJECT_CLASS (cw_points_entry_page_parent_class)->constructed (object);

  g_assert (self->db != NULL);

  self->subject_picker = CW_POINTS_SUBJECT_PICKER (cw_points_subject_picker_new (self->db));
  adw_bin_set_child (self->household_bin, GTK_WIDGET (self->subject_picker));
  gtk_label_set_mnemonic_widget (self->households_label, cw_points_subject_picker_get_entry (self->subject_picker));
  g_signal_connect_object (self->subject_picker, "picked", G_CALLBACK (subject_picked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->subject_picker, "activate", G_CALLBACK (subject_activate_cb), self, G_CONNECT_SWAPPED);

  self->rule_picker = CW_SEARCH_PICKER (cw_search_picker_new ());
  cw_search_picker_set_funcs (self->rule_picker, match_rule, describe_rule, self);
  cw_search_picker_set_items (self->rule_picker, G_LIST_MODEL (self->rules));
  cw_search_picker_set_placeholder (self->rule_picker, _("Rule code or description"));
  adw_bin_set_child (self->rule_bin, GTK_WIDGET (self->rule_picker));
  entry = cw_search_picker_get_entry (self->rule_picker);
  gtk_label_set_mnemonic_widget (self->rule_label, entry);
  g_signal_connect_object (self->rule_picker, "picked", G_CALLBACK (rule_picked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rule_picker, "activate", G_CALLBACK (rule_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "changed", G_CALLBACK (rule_text_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
  g_signal_connect_object (gtk_menu_button_get_popover (self->group_button), "show",
                           G_CALLBACK (group_popover_show_cb), self, G_CONNECT_SWAPPED);
  /* GtkSpinButton has no "activate" before GTK 4.14: its text has. */
  g_signal_connect_object (gtk_editable_get_delegate (GTK_EDITABLE (self->quantity_spin)), "activate",
                           G_CALLBACK (quantity_activate_cb), self, G_CONNECT_SWAPPED);

  setup_columns (self);

  /* The tables this page shows: it reads them again only when on screen. */
  self->reloader = cw_lazy_reload_new (GTK_WIDGET (self), self->db,
                                      (const char *[]) { "point_", "household", "person", "village_group", NULL },
                                      (CwLazyReloadFunc) reload);

  _cw_points_entry_page_update_chosen (self);
  update_rule_details (self);
  reload (self);
}

static void
cw_points_entry_page_dispose (GObject *object)
{
  CwPointsEntryPage *self = CW_POINTS_ENTRY_PAGE (object);

  g_clear_object (&self->reloader);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_POINTS_ENTRY_PAGE);

  g_clear_object (&self->rule);
  g_clear_object (&self->chosen);
  g_clear_object (&self->rules);
  g_clear_object (&self->pending);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_points_entry_page_parent_class)->dispose (object);
}

static void
cw_points_entry_page_finalize (GObject *object)
{
  CwPointsEntryPage *self = CW_POINTS_ENTRY_PAGE (object);

  g_free (self->rule_text);

  G_OBJECT_CLASS (cw_points_entry_page_parent_class)->finalize (object);
}

static void
cw_points_entry_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CwPointsEntryPage *self = CW_POINTS_ENTRY_PAGE (object);

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
cw_points_entry_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CwPointsEntryPage *self = CW_POINTS_ENTRY_PAGE (object);

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
cw_points_entry_page_class_init (CwPointsEntryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_points_entry_page_constructed;
  object_class->dispose = cw_points_entry_page_dispose;
  object_class->finalize = cw_points_entry_page_finalize;
  object_class->get_property = cw_points_entry_page_get_property;
  object_class->set_property = cw_points_entry_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-points-entry-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, household_scheme_button);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, party_scheme_button);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, households_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, household_bin);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, group_button);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, group_list);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, chosen_scroller);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, chosen_box);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, chosen_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, clear_households_button);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, rule_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, rule_bin);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, rule_details);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, quantity_spin);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, total_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, note_entry);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, skipped_revealer);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, skipped_title);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, skipped_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, pending_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CwPointsEntryPage, pending_view);
  gtk_widget_class_bind_template_callback (widget_class, group_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, scheme_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_activate_cb);

  gtk_widget_class_install_action (widget_class, "subpage.reload", NULL, reload_activated);
  _cw_points_entry_page_class_actions_init (klass);
}

static void
cw_points_entry_page_init (CwPointsEntryPage *self)
{
  GtkNoSelection *selection;

  self->scheme = CW_SCHEME_HOUSEHOLD;
  self->chosen = g_list_store_new (G_TYPE_OBJECT);
  self->rules = g_list_store_new (CW_TYPE_POINT_RULE);
  self->pending = g_list_store_new (CW_TYPE_POINT_ENTRY);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_flow_box_bind_model (self->chosen_box, G_LIST_MODEL (self->chosen), create_chip, NULL, NULL);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->pending)));
  gtk_column_view_set_model (self->pending_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}
