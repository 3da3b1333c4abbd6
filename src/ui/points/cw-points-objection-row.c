/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-objection-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/points/cw-point-rule.h"
#include "ui/points/cw-points-objection-row.h"
#include "ui/cw-ui-resources.h"

struct _CwPointsObjectionRow
{
  AdwActionRow  parent_instance;

  /* Template widgets */
  GtkLabel     *state_label;
  GtkWidget    *decide_button;
};

G_DEFINE_FINAL_TYPE (CwPointsObjectionRow, cw_points_objection_row, ADW_TYPE_ACTION_ROW)

static const char *
outcome_label (const char *outcome)
{
  if (g_strcmp0 (outcome, "upheld") == 0)
    return _("Upheld");
  if (g_strcmp0 (outcome, "dismissed") == 0)
    return _("Dismissed");
  return _("Still Open");
}

static const char *
outcome_style (const char *outcome)
{
  if (g_strcmp0 (outcome, "upheld") == 0)
    return "success";
  if (g_strcmp0 (outcome, "dismissed") == 0)
    return "dim-label";
  return "warning";
}

GtkWidget *
cw_points_objection_row_new (CwPointObjection *objection)
{
  CwPointsObjectionRow *self;
  const char *outcome;
  g_autofree char *title = NULL;
  g_autofree char *raised = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (CW_IS_POINT_OBJECTION (objection), NULL);

  self = g_object_new (CW_TYPE_POINTS_OBJECTION_ROW, NULL);
  outcome = cw_point_objection_get_outcome (objection);

  title = g_markup_printf_escaped ("%s  %s  <span weight=\"normal\">(%s)</span>",
                                   cw_point_objection_get_household_number (objection),
                                   cw_point_objection_get_subject_name (objection),
                                   g_str_equal (cw_point_objection_get_scheme (objection), CW_SCHEME_PARTY)
                                   ? _("Party Member Points") : _("Household Points"));
  /* Translators: date, who raised the objection */
  raised = g_strdup_printf (_("Raised on %s by %s"), cw_point_objection_get_raised_on (objection),
                            cw_point_objection_get_raised_by (objection));
  if (cw_point_objection_is_open (objection))
    subtitle = g_strdup_printf ("%s\n%s", cw_point_objection_get_content (objection), raised);
  else
    {
      /* Translators: the date an objection was decided, and the note */
      g_autofree char *decided = g_strdup_printf (_("decided on %s: %s"),
                                                  cw_point_objection_get_decided_on (objection),
                                                  cw_point_objection_get_outcome_note (objection));

      subtitle = g_strdup_printf ("%s\n%s · %s", cw_point_objection_get_content (objection), raised, decided);
    }
  escaped = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), escaped);

  gtk_label_set_text (self->state_label, outcome_label (outcome));
  gtk_widget_add_css_class (GTK_WIDGET (self->state_label), outcome_style (outcome));

  if (cw_point_objection_is_open (objection))
    {
      g_autofree char *tooltip = g_strdup_printf (_("Decide the objection of %s"),
                                                  cw_point_objection_get_subject_name (objection));

      gtk_widget_set_tooltip_text (self->decide_button, tooltip);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->decide_button), "x",
                                        cw_point_objection_get_id (objection));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->decide_button), "objections.decide");
    }
  else
    {
      gtk_widget_set_visible (self->decide_button, FALSE);
    }

  return GTK_WIDGET (self);
}

static void
cw_points_objection_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_POINTS_OBJECTION_ROW);

  G_OBJECT_CLASS (cw_points_objection_row_parent_class)->dispose (object);
}

static void
cw_points_objection_row_class_init (CwPointsObjectionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_points_objection_row_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-points-objection-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointsObjectionRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsObjectionRow, decide_button);
}

static void
cw_points_objection_row_init (CwPointsObjectionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
