/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-award-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-date.h"
#include "core/common/cw-money.h"
#include "core/common/cw-text.h"
#include "ui/benefits/cw-award-editor.h"
#include "ui/common/cw-form.h"
#include "ui/cw-ui-resources.h"

struct _CwAwardEditor
{
  CwRecordEditor  parent_instance;

  /* Template widgets */
  AdwComboRow    *kind_row;
  AdwEntryRow    *year_row;
  AdwEntryRow    *household_row;
  AdwActionRow   *stars_row;
  GtkSpinButton  *stars_spin;
  AdwEntryRow    *criteria_row;
  AdwEntryRow    *prize_row;
  AdwEntryRow    *in_kind_row;
  AdwEntryRow    *decided_row;
};

G_DEFINE_FINAL_TYPE (CwAwardEditor, cw_award_editor, CW_TYPE_RECORD_EDITOR)

static GObject *
copy_record (CwRecordEditor *editor,
             GObject        *record)
{
  g_autofree char *today = cw_date_today_text ();

  if (record != NULL)
    return G_OBJECT (cw_award_copy (CW_AWARD (record)));
  return G_OBJECT (cw_award_new (CW_AWARD_CIVILIZED, (int) g_ascii_strtoll (today, NULL, 10)));
}

static void
kind_changed_cb (CwAwardEditor *self)
{
  gboolean stars = adw_combo_row_get_selected (self->kind_row) == 1;

  gtk_widget_set_visible (GTK_WIDGET (self->stars_row), stars);
  gtk_widget_set_visible (GTK_WIDGET (self->criteria_row), stars);
  gtk_widget_set_visible (GTK_WIDGET (self->prize_row), !stars);
  gtk_widget_set_visible (GTK_WIDGET (self->in_kind_row), !stars);
}

static void
record_to_fields (CwRecordEditor *editor,
                  GObject        *record)
{
  CwAwardEditor *self = CW_AWARD_EDITOR (editor);
  CwAward *award = CW_AWARD (record);
  gboolean is_new = cw_record_editor_get_is_new (editor);
  g_autofree char *year = g_strdup_printf ("%d", cw_award_get_year (award));
  g_autofree char *prize = cw_award_get_amount (award) > 0 ? cw_money_format (cw_award_get_amount (award))
                                                           : g_strdup ("");
  g_autofree char *today = cw_date_today_text ();

  adw_combo_row_set_selected (self->kind_row, g_str_equal (cw_award_get_kind (award), CW_AWARD_STARS));
  gtk_editable_set_text (GTK_EDITABLE (self->year_row), year);
  gtk_editable_set_text (GTK_EDITABLE (self->household_row), cw_award_get_household_number (award));
  gtk_spin_button_set_value (self->stars_spin, MAX (cw_award_get_stars (award), 1));
  gtk_editable_set_text (GTK_EDITABLE (self->criteria_row), cw_award_get_criteria (award));
  gtk_editable_set_text (GTK_EDITABLE (self->prize_row), prize);
  gtk_editable_set_text (GTK_EDITABLE (self->in_kind_row), cw_award_get_in_kind (award));
  gtk_editable_set_text (GTK_EDITABLE (self->decided_row), is_new ? today : cw_award_get_decided_on (award));
  kind_changed_cb (self);

  /* An award names a household and a year: a new grade changes the stars. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), is_new);
  gtk_widget_set_sensitive (GTK_WIDGET (self->year_row), is_new);
  gtk_widget_set_sensitive (GTK_WIDGET (self->household_row), is_new);
  gtk_window_set_title (GTK_WINDOW (self), is_new ? _("New Award") : _("New Star Grade"));
  if (!is_new)
    cw_record_editor_set_subtitle (editor, cw_award_get_head_name (award));
  gtk_widget_grab_focus (is_new ? GTK_WIDGET (self->household_row) : GTK_WIDGET (self->stars_spin));
}

static void
fields_to_record (CwRecordEditor *editor,
                  GObject        *record)
{
  CwAwardEditor *self = CW_AWARD_EDITOR (editor);
  g_autofree char *year_text = cw_ui_row_text (GTK_WIDGET (self->year_row));
  g_autofree char *household = cw_ui_row_text (GTK_WIDGET (self->household_row));
  g_autofree char *criteria = cw_ui_row_text (GTK_WIDGET (self->criteria_row));
  g_autofree char *prize_text = cw_ui_row_text (GTK_WIDGET (self->prize_row));
  g_autofree char *in_kind = cw_ui_row_text (GTK_WIDGET (self->in_kind_row));
  g_autofree char *decided = cw_ui_row_text (GTK_WIDGET (self->decided_row));
  gboolean stars = adw_combo_row_get_selected (self->kind_row) == 1;
  gint64 year = 0, prize = 0;

  gtk_spin_button_update (self->stars_spin);
  /* What cannot be read is what core refuses, in its words. */
  if (!cw_text_parse_integer (year_text, 0, 9999, &year, NULL))
    year = 0;
  if (prize_text[0] != '\0' && !cw_benefit_parse_amount (prize_text, &prize, NULL))
    prize = -1;
  g_object_set (record,
                "kind", stars ? CW_AWARD_STARS : CW_AWARD_CIVILIZED,
                "year", (int) year,
                "household-number", household,
                "stars", stars ? gtk_spin_button_get_value_as_int (self->stars_spin) : 0,
                "criteria", stars ? criteria : "",
                "amount", stars ? (gint64) 0 : prize,
                "in-kind", stars ? "" : in_kind,
                "decided-on", decided,
                NULL);
}

static gboolean
save_record (CwRecordEditor  *editor,
             GObject         *record,
             GError         **error)
{
  return cw_award_save (cw_record_editor_get_database (editor), CW_AWARD (record), error);
}

static char *
saved_message (CwRecordEditor *editor,
               GObject        *record)
{
  CwAward *award = CW_AWARD (record);

  /* Translators: a toast: "Household 010001: 星级文明户 2026" */
  return g_strdup_printf (_("Household %s: %s %d"), cw_award_get_household_number (award),
                          cw_award_kind_label (cw_award_get_kind (award)), cw_award_get_year (award));
}

CwAwardEditor *
cw_award_editor_new (GtkWidget  *owner,
                     CwDatabase *db,
                     CwAward    *award)
{
  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_AWARD_EDITOR, "database", db, "owner", owner, "record", award, NULL);
}

static void
cw_award_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_AWARD_EDITOR);

  G_OBJECT_CLASS (cw_award_editor_parent_class)->dispose (object);
}

static void
cw_award_editor_class_init (CwAwardEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwRecordEditorClass *editor_class = CW_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = cw_award_editor_dispose;

  editor_class->copy_record = copy_record;
  editor_class->fill = record_to_fields;
  editor_class->read = fields_to_record;
  editor_class->save = save_record;
  editor_class->saved_message = saved_message;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-award-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwAwardEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CwAwardEditor, year_row);
  gtk_widget_class_bind_template_child (widget_class, CwAwardEditor, household_row);
  gtk_widget_class_bind_template_child (widget_class, CwAwardEditor, stars_row);
  gtk_widget_class_bind_template_child (widget_class, CwAwardEditor, stars_spin);
  gtk_widget_class_bind_template_child (widget_class, CwAwardEditor, criteria_row);
  gtk_widget_class_bind_template_child (widget_class, CwAwardEditor, prize_row);
  gtk_widget_class_bind_template_child (widget_class, CwAwardEditor, in_kind_row);
  gtk_widget_class_bind_template_child (widget_class, CwAwardEditor, decided_row);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
}

static void
cw_award_editor_init (CwAwardEditor *self)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->kind_row), _("Award"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->year_row), _("Year"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->household_row), _("Household number"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->stars_row), _("Stars"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->criteria_row), _("Criteria"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->prize_row), _("Amount"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->in_kind_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->decided_row), _("Awarded on"));
}
