/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/points/cw-point-rule.h"
#include "ui/common/cw-lazy-reload.h"
#include "ui/common/cw-search-picker.h"
#include "ui/points/cw-points-entry-page.h"
#include "ui/points/cw-points-subject-picker.h"

G_BEGIN_DECLS

/* What the entry page's two halves share: cw-points-entry-page.c builds
 * the form (subjects, rule, fields, scheme) and the list waiting for
 * review, and cw-points-entry-page-actions.c saves and clears it. */
struct _CwPointsEntryPage
{
  AdwBin                 parent_instance;

  CwDatabase            *db;
  CwLazyReload          *reloader;

  /* CW_SCHEME_HOUSEHOLD (村民积分) or CW_SCHEME_PARTY (党员积分): which
   * subjects are chosen, which rules offered and which entries listed. */
  const char            *scheme;
  GListStore            *chosen;     /* CwHousehold, or CwPerson for party points */
  GListStore            *rules;      /* CwPointRule, active, of the scheme */
  GListStore            *pending;    /* CwPointEntry */
  CwPointRule           *rule;
  char                  *rule_text;
  gboolean               setting_rule;

  CwPointsSubjectPicker *subject_picker;
  GtkColumnViewColumn   *name_column;
  CwSearchPicker        *rule_picker;

  /* Template widgets */
  GtkToggleButton       *household_scheme_button;
  GtkToggleButton       *party_scheme_button;
  GtkLabel              *households_label;
  AdwBin                *household_bin;
  GtkMenuButton         *group_button;
  GtkListBox            *group_list;
  GtkScrolledWindow     *chosen_scroller;
  GtkFlowBox            *chosen_box;
  GtkLabel              *chosen_label;
  GtkWidget             *clear_households_button;
  GtkLabel              *rule_label;
  AdwBin                *rule_bin;
  GtkLabel              *rule_details;
  GtkEntry              *date_entry;
  GtkSpinButton         *quantity_spin;
  GtkLabel              *total_label;
  GtkEntry              *note_entry;
  GtkRevealer           *error_revealer;
  GtkLabel              *error_label;
  GtkRevealer           *skipped_revealer;
  GtkLabel              *skipped_title;
  GtkLabel              *skipped_label;
  GtkLabel              *pending_label;
  GtkStack              *list_stack;
  GtkColumnView         *pending_view;
};

static inline gboolean
_cw_points_entry_page_is_party (CwPointsEntryPage *self)
{
  return g_str_equal (self->scheme, CW_SCHEME_PARTY);
}

/* The id of a chosen CwHousehold or CwPerson. */
gint64 _cw_points_subject_get_id                 (gpointer                subject);

/* "0012 张三": a chosen CwHousehold's 户号 and head, a CwPerson's 户号
 * and name. */
char  *_cw_points_subject_label                  (gpointer                subject);

/* The refusal under the form. */
void   _cw_points_entry_page_show_error          (CwPointsEntryPage      *self,
                                                  const char             *message);
void   _cw_points_entry_page_hide_error          (CwPointsEntryPage      *self);
/* Under the form after a save: who was not entered and why
 * (CwPointSkipped; @skipped NULL or empty hides it). */
void   _cw_points_entry_page_show_skipped        (CwPointsEntryPage      *self,
                                                  GPtrArray              *skipped);
/* The chips, the count and the total after a change of the chosen. */
void   _cw_points_entry_page_update_chosen       (CwPointsEntryPage      *self);
/* The keyboard focus into the subject picker shown. */
void   _cw_points_entry_page_focus_subject       (CwPointsEntryPage      *self);
/* @rule chosen (NULL for none): its text in the rule picker, its details. */
void   _cw_points_entry_page_set_rule            (CwPointsEntryPage      *self,
                                                  CwPointRule            *rule);

void   _cw_points_entry_page_class_actions_init  (CwPointsEntryPageClass *klass);

G_END_DECLS
