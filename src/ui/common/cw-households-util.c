/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-households-util"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ui/common/cw-households-util.h"
#include "ui/shell/cw-window.h"

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

/* The digits at the end of a 户号, and how many there are. */
static gboolean
trailing_number (const char *number,
                 guint64    *value,
                 gsize      *digits,
                 gsize      *prefix_len)
{
  gsize len = strlen (number);
  gsize start = len;

  while (start > 0 && g_ascii_isdigit (number[start - 1]))
    start--;
  /* A number too long for 64 bits is not one the office counts with. */
  if (start == len || len - start > 18)
    return FALSE;

  *value = g_ascii_strtoull (number + start, NULL, 10);
  *digits = len - start;
  *prefix_len = start;
  return TRUE;
}

char *
cw_ui_suggest_household_number (GListModel *households,
                                gint64      group_id,
                                int         group_position)
{
  g_autofree char *best_prefix = NULL;
  guint64 best = 0;
  gsize best_digits = 0;
  gboolean found = FALSE;
  guint n = g_list_model_get_n_items (households);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);
      const char *number = cw_household_get_number (household);
      guint64 value;
      gsize digits, prefix_len;

      if (cw_household_get_group_id (household) != group_id ||
          !trailing_number (number, &value, &digits, &prefix_len))
        continue;

      if (!found || value > best)
        {
          found = TRUE;
          best = value;
          best_digits = digits;
          g_free (best_prefix);
          best_prefix = g_strndup (number, prefix_len);
        }
    }

  if (!found)
    return g_strdup_printf ("%02d0001", CLAMP (group_position, 0, 99));

  /* The next number that nobody has, in case the numbering has holes
   * filled from another group. */
  for (guint64 next = best + 1; ; next++)
    {
      g_autofree char *candidate = g_strdup_printf ("%s%0*" G_GUINT64_FORMAT,
                                                    best_prefix, (int) best_digits, next);

      if (cw_ui_find_household_number (households, candidate, 0) == NULL)
        return g_steal_pointer (&candidate);
    }
}

CwHousehold *
cw_ui_find_household_number (GListModel *households,
                             const char *number,
                             gint64      except_id)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (number != NULL ? number : ""));
  guint n = g_list_model_get_n_items (households);

  if (trimmed[0] == '\0')
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);

      if (cw_household_get_id (household) != except_id &&
          g_str_equal (cw_household_get_number (household), trimmed))
        return household;   /* still owned by the model */
    }

  return NULL;
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

char *
cw_ui_file_name (const char *stem,
                 const char *extension)
{
  char *name = g_strconcat (stem, extension, NULL);

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return name;
}

void
cw_ui_show_toast (GtkWidget *widget,
                  AdwToast  *toast)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root) && !CW_IS_WINDOW (root))
    root = (GtkRoot *) gtk_window_get_transient_for (GTK_WINDOW (root));

  if (CW_IS_WINDOW (root))
    cw_window_show_toast (CW_WINDOW (root), toast);
  else
    {
      g_message ("%s", adw_toast_get_title (toast));
      g_object_unref (g_object_ref_sink (toast));
    }
}

/* Computed with ICU's Chinese calendar; a table keeps the window free of
 * a calendar library for one date a year. */
static const struct { guint16 year; guint8 month, day; } double_ninth[] = {
  { 2020, 10, 25 }, { 2021, 10, 14 }, { 2022, 10, 4 }, { 2023, 10, 23 },
  { 2024, 10, 11 }, { 2025, 10, 29 }, { 2026, 10, 18 }, { 2027, 10, 8 },
  { 2028, 10, 26 }, { 2029, 10, 16 }, { 2030, 10, 5 }, { 2031, 10, 24 },
  { 2032, 10, 12 }, { 2033, 10, 1 }, { 2034, 10, 20 }, { 2035, 10, 9 },
  { 2036, 10, 27 }, { 2037, 10, 17 }, { 2038, 10, 7 }, { 2039, 10, 26 },
  { 2040, 10, 14 }, { 2041, 10, 3 }, { 2042, 10, 22 }, { 2043, 10, 11 },
  { 2044, 10, 29 }, { 2045, 10, 18 }, { 2046, 10, 8 }, { 2047, 10, 27 },
  { 2048, 10, 16 }, { 2049, 10, 5 }, { 2050, 10, 24 },
};

gboolean
cw_ui_next_double_ninth (const GDate *from,
                         GDate       *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (double_ninth); i++)
    {
      g_date_clear (out, 1);
      g_date_set_dmy (out, double_ninth[i].day, double_ninth[i].month, double_ninth[i].year);
      if (g_date_compare (out, from) >= 0)
        return TRUE;
    }

  return FALSE;
}
