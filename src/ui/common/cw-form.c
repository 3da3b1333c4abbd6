/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-form"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ui/common/cw-form.h"

GtkStringList *
cw_ui_words_model (const char * const *words,
                   const char         *first)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  if (first != NULL)
    gtk_string_list_append (list, first);
  for (guint i = 0; words[i] != NULL; i++)
    gtk_string_list_append (list, words[i]);

  return list;
}

guint
cw_ui_words_position (const char * const *words,
                      gboolean            has_first,
                      const char         *word)
{
  if (word == NULL || word[0] == '\0')
    return has_first ? 0 : GTK_INVALID_LIST_POSITION;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_str_equal (words[i], word))
        return i + (has_first ? 1 : 0);
    }

  return GTK_INVALID_LIST_POSITION;
}

const char *
cw_ui_words_at (const char * const *words,
                gboolean            has_first,
                guint               position)
{
  if (has_first)
    {
      if (position == 0 || position == GTK_INVALID_LIST_POSITION)
        return "";
      position--;
    }

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (i == position)
        return words[i];
    }

  return "";
}

const char *
cw_ui_sex_label (const char *sex)
{
  if (g_strcmp0 (sex, "M") == 0)
    return C_("sex", "Male");
  if (g_strcmp0 (sex, "F") == 0)
    return C_("sex", "Female");
  return "";
}

GtkWidget *
cw_ui_entry_row_new (const char *title,
                     const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);

  return row;
}

char *
cw_ui_row_text (GtkWidget *entry_row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry_row))));
}

gboolean
cw_ui_error_names_field (const GError *error,
                         const char   *field)
{
  const char *rest;

  if (error == NULL || field == NULL || field[0] == '\0' ||
      !g_str_has_prefix (error->message, field))
    return FALSE;

  /* "Status date: …" is not about "Status". */
  rest = error->message + strlen (field);
  return g_str_has_prefix (rest, ":") || g_str_has_prefix (rest, "：");
}

GtkWidget *
cw_ui_field_error_row_new (void)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, "error");

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  g_object_set_data (G_OBJECT (row), "cw-label", label);

  return g_object_ref_sink (row);
}

void
cw_ui_field_error_show (GtkWidget  *error_row,
                        GtkWidget  *row,
                        const char *message)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (error_row), "cw-label");
  GtkWidget *old_parent = gtk_widget_get_parent (error_row);
  GtkWidget *list = row != NULL ? gtk_widget_get_parent (row) : NULL;
  int index;

  if (row == NULL || message == NULL || !GTK_IS_LIST_BOX (list))
    {
      if (old_parent != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (old_parent), error_row);
      return;
    }

  gtk_label_set_text (GTK_LABEL (label), message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                  -1);

  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  if (old_parent == list &&
      gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (error_row)) == index + 1)
    return;

  if (old_parent != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (old_parent), error_row);
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  gtk_list_box_insert (GTK_LIST_BOX (list), error_row, index + 1);
}

void
cw_ui_focus_next (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (root != NULL)
    gtk_widget_child_focus (GTK_WIDGET (root), GTK_DIR_TAB_FORWARD);
}

void
cw_ui_focus_quietly (GtkWidget *row)
{
  GtkEditable *text = GTK_IS_EDITABLE (row) ? gtk_editable_get_delegate (GTK_EDITABLE (row)) : NULL;

  if (!GTK_IS_TEXT (text))
    {
      gtk_widget_grab_focus (row);
      return;
    }

  gtk_text_grab_focus_without_selecting (GTK_TEXT (text));
  gtk_editable_set_position (text, -1);
}

gboolean
cw_ui_row_has_focus (GtkWidget *row)
{
  GtkRoot *root = gtk_widget_get_root (row);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));
}
