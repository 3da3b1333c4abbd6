/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-entry-page-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/points/cw-point-entry.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-undo.h"
#include "ui/points/cw-points-entry-page-private.h"

/* What the entry page's buttons and keys do: save the entry (Ctrl+Enter),
 * clear the form, take subjects off the chosen. */

static void
remove_household_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CwPointsEntryPage *self = CW_POINTS_ENTRY_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->chosen));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) subject = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);

      if (_cw_points_subject_get_id (subject) == id)
        {
          g_list_store_remove (self->chosen, i);
          break;
        }
    }

  _cw_points_entry_page_update_chosen (self);
  _cw_points_entry_page_focus_subject (self);
}

static void
clear_households_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CwPointsEntryPage *self = CW_POINTS_ENTRY_PAGE (widget);

  g_list_store_remove_all (self->chosen);
  _cw_points_entry_page_update_chosen (self);
  _cw_points_entry_page_focus_subject (self);
}

/* Who was not entered */

/* The chosen subject of that id, or NULL. */
static GObject *
find_chosen (CwPointsEntryPage *self,
             gint64             id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->chosen));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) subject = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);

      if (_cw_points_subject_get_id (subject) == id)
        return g_steal_pointer (&subject);
    }

  return NULL;
}

/* One line per subject: the reason names the household by its number (a
 * party member by name), and the head's name goes in front. */
static char *
skipped_lines (CwPointsEntryPage *self,
               GPtrArray         *skipped,
               const char        *separator)
{
  g_autoptr(GString) lines = g_string_new (NULL);

  for (guint i = 0; i < skipped->len; i++)
    {
      CwPointSkipped *skip = g_ptr_array_index (skipped, i);
      g_autoptr(GObject) subject = find_chosen (self, skip->subject_id);

      if (i > 0)
        g_string_append (lines, separator);
      if (CW_IS_HOUSEHOLD (subject))
        /* Translators: a household not entered: its head, then why (the
         * reason names the household's number), "%s — %s" */
        g_string_append_printf (lines, _("%s — %s"), cw_household_get_head_name (CW_HOUSEHOLD (subject)),
                                skip->reason);
      else
        g_string_append (lines, skip->reason);
    }

  return g_string_free (g_steal_pointer (&lines), FALSE);
}

void
_cw_points_entry_page_show_skipped (CwPointsEntryPage *self,
                                    GPtrArray         *skipped)
{
  g_autofree char *title = NULL;
  g_autofree char *lines = NULL;
  guint n = skipped != NULL ? skipped->len : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "entry.dismiss-skipped", n > 0);
  gtk_revealer_set_reveal_child (self->skipped_revealer, n > 0);
  if (n == 0)
    return;

  if (_cw_points_entry_page_is_party (self))
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Not entered for %u party member:",
                                          "Not entered for %u party members:",
                                          n),
                             n);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Not entered for %u household:",
                                          "Not entered for %u households:",
                                          n),
                             n);
  lines = skipped_lines (self, skipped, "\n");
  gtk_label_set_text (self->skipped_title, title);
  gtk_label_set_text (self->skipped_label, lines);
}

const char *
cw_points_entry_page_get_skipped (CwPointsEntryPage *self)
{
  g_return_val_if_fail (CW_IS_POINTS_ENTRY_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->skipped_revealer))
    return NULL;

  return gtk_label_get_text (self->skipped_label);
}

static void
dismiss_skipped_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  _cw_points_entry_page_show_skipped (CW_POINTS_ENTRY_PAGE (widget), NULL);
}

/* The form */

static void
clear_form (CwPointsEntryPage *self,
            gboolean           everything)
{
  g_list_store_remove_all (self->chosen);
  _cw_points_entry_page_update_chosen (self);
  cw_points_subject_picker_set_text (self->subject_picker, "");
  gtk_spin_button_set_value (self->quantity_spin, 1);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");

  /* After a save the rule and date stay: the next slip is most often the
   * same rule on the same day. */
  if (everything)
    {
      g_autofree char *today = cw_date_today_text ();

      _cw_points_entry_page_set_rule (self, NULL);
      cw_search_picker_set_text (self->rule_picker, "");
      gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
    }

  _cw_points_entry_page_hide_error (self);
  _cw_points_entry_page_focus_subject (self);
}

static void
clear_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  clear_form (CW_POINTS_ENTRY_PAGE (widget), TRUE);
  _cw_points_entry_page_show_skipped (CW_POINTS_ENTRY_PAGE (widget), NULL);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwPointsEntryPage *self = CW_POINTS_ENTRY_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *note = NULL;
  g_autofree char *title = NULL;
  g_autofree char *points = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  const char *code;
  int quantity;
  guint n, saved = 0;

  _cw_points_entry_page_show_skipped (self, NULL);

  /* Whatever is typed but not yet picked counts, as Enter would have it. */
  if (cw_points_subject_picker_get_text (self->subject_picker)[0] != '\0' &&
      !cw_points_subject_picker_pick_best (self->subject_picker))
    {
      g_autofree char *message = cw_points_subject_picker_describe_no_match (self->subject_picker);

      _cw_points_entry_page_show_error (self, message);
      _cw_points_entry_page_focus_subject (self);
      return;
    }

  if (self->rule == NULL && cw_search_picker_get_text (self->rule_picker)[0] != '\0')
    cw_search_picker_pick_best (self->rule_picker);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->chosen));
  if (n == 0)
    {
      if (_cw_points_entry_page_is_party (self))
        _cw_points_entry_page_show_error (self, _("Choose a party member: type the name, its pinyin initials or the ID number."));
      else
        _cw_points_entry_page_show_error (self, _("Choose a household: type its number or the pinyin initials of the head's name."));
      _cw_points_entry_page_focus_subject (self);
      return;
    }

  if (self->rule == NULL)
    {
      _cw_points_entry_page_show_error (self, _("Choose a rule: type its code or a word of its description."));
      gtk_widget_grab_focus (GTK_WIDGET (self->rule_picker));
      return;
    }

  date = cw_date_normalize (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), &error);
  if (date == NULL)
    {
      _cw_points_entry_page_show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
      return;
    }

  gtk_spin_button_update (self->quantity_spin);
  quantity = gtk_spin_button_get_value_as_int (self->quantity_spin);
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
  code = cw_point_rule_get_code (self->rule);
  points = cw_ui_format_signed ((gint64) cw_point_rule_get_points (self->rule) * quantity);

  if (n == 1)
    {
      g_autoptr(GObject) subject = g_list_model_get_item (G_LIST_MODEL (self->chosen), 0);

      if (cw_point_entry_add (self->db, self->scheme, _cw_points_subject_get_id (subject),
                              code, date, quantity, note, "", &error) == 0)
        {
          _cw_points_entry_page_show_error (self, error->message);
          return;
        }

      /* Translators: a toast: household head, 户号, rule code, points */
      title = g_strdup_printf (_("Saved: %s (%s) %s %s"),
                               CW_IS_PERSON (subject) ? cw_person_get_name (CW_PERSON (subject))
                                                      : cw_household_get_head_name (CW_HOUSEHOLD (subject)),
                               CW_IS_PERSON (subject) ? cw_person_get_household_number (CW_PERSON (subject))
                                                      : cw_household_get_number (CW_HOUSEHOLD (subject)),
                               code, points);
    }
  else
    {
      ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) subject = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);
          gint64 id = _cw_points_subject_get_id (subject);

          g_array_append_val (ids, id);
        }

      /* Each on its own: those past the cap or moved out are left out and
       * named below the form, the others saved. */
      skipped = cw_point_entry_add_each (self->db, self->scheme, (const gint64 *) ids->data, n,
                                         code, date, quantity, note, &saved, &error);
      if (skipped == NULL)
        {
          _cw_points_entry_page_show_error (self, error->message);
          return;
        }
      if (saved == 0)
        {
          g_autofree char *reasons = skipped_lines (self, skipped, "; ");
          g_autofree char *message = g_strdup_printf (_("Nothing was entered: %s"), reasons);

          _cw_points_entry_page_show_error (self, message);
          return;
        }

      if (_cw_points_entry_page_is_party (self))
        title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Saved: %s %s for %u party member",
                                              "Saved: %s %s for %u party members",
                                              saved),
                                 code, points, saved);
      else
        title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Saved: %s %s for %u household",
                                              "Saved: %s %s for %u households",
                                              saved),
                                 code, points, saved);
    }

  cw_undo_show_toast (widget, cw_database_get_last_change (self->db), title);
  /* Named before the chosen are cleared. */
  _cw_points_entry_page_show_skipped (self, skipped);
  clear_form (self, FALSE);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwImportDialog *dialog = cw_points_entry_page_import (CW_POINTS_ENTRY_PAGE (widget));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.choose", NULL);
}

void
_cw_points_entry_page_class_actions_init (CwPointsEntryPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "entry.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "entry.clear", NULL, clear_activated);
  gtk_widget_class_install_action (widget_class, "entry.clear-households", NULL, clear_households_activated);
  gtk_widget_class_install_action (widget_class, "entry.remove-household", "x", remove_household_activated);
  gtk_widget_class_install_action (widget_class, "entry.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "entry.dismiss-skipped", NULL, dismiss_skipped_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "entry.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "entry.save", NULL);
}
