/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-points-party"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "core/common/cw-database.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-quarter.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/households/cw-person-query.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-objection.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-point-tally.h"
#include "ui/shell/cw-application.h"
#include "ui/households/cw-household-picker.h"
#include "ui/common/cw-search-picker.h"
#include "ui/points/cw-points-entry-page.h"
#include "ui/points/cw-points-review-page.h"
#include "ui/points/cw-points-tally-page.h"
#include "ui/points/cw-points-view.h"
#include "ui/shell/cw-window.h"

#include "cw-test-fixture.h"
#include "cw-test-util.h"

static CwApplication *app;

typedef CwTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cw_test_fixture_open (f, app, "points", CW_TYPE_POINTS_VIEW);
}

/* The demo village's published quarter, publicity 2026-10-08..2026-10-14. */
#define PUBLISHED "2026Q3"

static int
subject_quarter_points (Fixture    *f,
                        const char *scheme,
                        const char *quarter,
                        gint64      subject_id)
{
  g_autoptr(GListModel) rows = cw_point_tally_quarter (f->db, scheme, quarter, NULL);
  guint n = rows != NULL ? g_list_model_get_n_items (rows) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (rows, i);

      if (cw_point_tally_row_get_subject_id (row) == subject_id)
        return cw_point_tally_row_get_quarter_points (row);
    }

  return 0;
}

/* A present party member with room under DY04's cap (12 a quarter) this
 * quarter, and an ID number to find by (transfer full). */
static CwPerson *
party_member_with_room (Fixture    *f,
                        const char *quarter)
{
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) members = NULL;
  guint n;

  query.party_members = TRUE;
  members = cw_person_query_run (f->db, &query, NULL);
  g_assert_nonnull (members);
  n = g_list_model_get_n_items (members);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (members, i);
      g_autoptr(GListModel) entries = NULL;
      int used = 0;

      if (cw_person_get_id_number (person)[0] == '\0')
        continue;
      entries = cw_point_entry_list (f->db, CW_SCHEME_PARTY, cw_person_get_id (person), quarter, NULL, NULL);
      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(CwPointEntry) entry = g_list_model_get_item (entries, j);

          if (g_strcmp0 (cw_point_entry_get_rule_code (entry), "DY04") == 0 &&
              g_strcmp0 (cw_point_entry_get_state (entry), "rejected") != 0)
            used += cw_point_entry_get_points (entry);
        }
      if (used + 3 <= 12)
        return g_steal_pointer (&person);
    }

  g_assert_not_reached ();
  return NULL;
}

static void
test_party_entry (Fixture       *f,
                  gconstpointer  data)
{
  CwPointsEntryPage *page = CW_POINTS_ENTRY_PAGE (cw_test_show_subpage (f->view, "entry"));
  g_autofree char *quarter = cw_quarter_current ();
  g_autoptr(CwPerson) member = party_member_with_room (f, quarter);
  g_autoptr(GListModel) pending = NULL;
  g_autoptr(CwPointEntry) entry = NULL;
  CwPointsReviewPage *review;
  CwPointsTallyPage *tally;
  GtkWidget *toggle;
  GtkWidget *picker;
  GtkWidget *text;
  gint64 entry_id;
  int before;

  before = subject_quarter_points (f, CW_SCHEME_PARTY, quarter, cw_person_get_id (member));
  g_assert_cmpstr (cw_points_entry_page_get_scheme (page), ==, CW_SCHEME_HOUSEHOLD);

  /* The scheme is a pair of toggles, reached by Tab or Alt+Y. */
  toggle = cw_test_find_button (GTK_WIDGET (page), _("Part_y Member Points"));
  g_assert_nonnull (toggle);
  g_assert_true (gtk_widget_get_focusable (toggle));
  gtk_widget_activate (toggle);
  cw_test_settle ();
  g_assert_cmpstr (cw_points_entry_page_get_scheme (page), ==, CW_SCHEME_PARTY);

  /* Household rules are not offered under party points; party rules are. */
  g_assert_false (cw_points_entry_page_choose_rule (page, "ZF03"));

  /* The member is found by the ID number typed in the picker, Enter picks. */
  picker = cw_test_find_mapped (GTK_WIDGET (page), CW_TYPE_SEARCH_PICKER);
  g_assert_nonnull (picker);
  g_assert_null (cw_test_find_mapped (GTK_WIDGET (page), CW_TYPE_HOUSEHOLD_PICKER));
  text = cw_search_picker_get_entry (CW_SEARCH_PICKER (picker));
  gtk_widget_grab_focus (text);
  gtk_editable_set_text (GTK_EDITABLE (text), cw_person_get_id_number (member));
  cw_test_settle ();
  g_assert_true (cw_search_picker_get_best (CW_SEARCH_PICKER (picker)) != NULL);
  g_assert_cmpint (cw_person_get_id (cw_search_picker_get_best (CW_SEARCH_PICKER (picker))), ==,
                   cw_person_get_id (member));
  g_signal_emit_by_name (text, "activate");
  cw_test_settle ();
  g_assert_cmpuint (cw_points_entry_page_get_n_chosen (page), ==, 1);

  /* By the 户号 of the member's household as well. */
  gtk_editable_set_text (GTK_EDITABLE (text), cw_person_get_household_number (member));
  cw_test_settle ();
  g_assert_nonnull (cw_search_picker_get_best (CW_SEARCH_PICKER (picker)));
  gtk_editable_set_text (GTK_EDITABLE (text), "");

  g_assert_true (cw_points_entry_page_choose_rule (page, "DY04"));
  cw_test_settle ();

  cw_test_screenshot (GTK_WIDGET (f->window), "points-party-entry");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "entry.save", NULL));
  cw_test_settle ();
  g_assert_null (cw_points_entry_page_get_error (page));
  g_assert_cmpuint (cw_points_entry_page_get_n_chosen (page), ==, 0);

  pending = cw_point_entry_list (f->db, CW_SCHEME_PARTY, cw_person_get_id (member), NULL, "pending", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pending), >=, 1);
  entry = g_list_model_get_item (pending, 0);
  g_assert_cmpstr (cw_point_entry_get_rule_code (entry), ==, "DY04");
  g_assert_cmpstr (cw_point_entry_get_scheme (entry), ==, CW_SCHEME_PARTY);
  entry_id = cw_point_entry_get_id (entry);

  /* Switching back offers households again. */
  cw_points_entry_page_set_scheme (page, CW_SCHEME_HOUSEHOLD);
  cw_test_settle ();
  g_assert_nonnull (cw_test_find_mapped (GTK_WIDGET (page), CW_TYPE_HOUSEHOLD_PICKER));
  g_assert_true (cw_points_entry_page_choose_rule (page, "ZF03"));
  gtk_widget_activate_action (GTK_WIDGET (page), "entry.clear", NULL);

  /* Review: both schemes are listed by default; the party one is reviewed. */
  cw_test_settle ();
  review = CW_POINTS_REVIEW_PAGE (cw_test_show_subpage (f->view, "review"));
  cw_points_review_page_set_filter (review, "pending", NULL);
  cw_test_settle ();
  g_assert_true (cw_points_review_page_select (review, entry_id));
  cw_points_review_page_set_filter_full (review, CW_SCHEME_HOUSEHOLD, "pending", NULL);
  cw_test_settle ();
  g_assert_false (cw_points_review_page_select (review, entry_id));
  cw_points_review_page_set_filter_full (review, CW_SCHEME_PARTY, "pending", NULL);
  cw_test_settle ();
  g_assert_true (cw_points_review_page_select (review, entry_id));
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (f->window), "points-party-review");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review.review", NULL));
  cw_test_respond ("confirm");
  g_clear_object (&pending);
  pending = cw_point_entry_list (f->db, CW_SCHEME_PARTY, cw_person_get_id (member), NULL, "reviewed", NULL);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (pending); i++)
      {
        g_autoptr(CwPointEntry) e = g_list_model_get_item (pending, i);

        found |= cw_point_entry_get_id (e) == entry_id;
      }
    g_assert_true (found);
  }

  /* The party tally of the quarter has the member's 3 more points. */
  tally = CW_POINTS_TALLY_PAGE (cw_test_show_subpage (f->view, "tally"));
  g_assert_true (cw_points_tally_page_set_quarter (tally, CW_SCHEME_PARTY, quarter));
  cw_test_settle ();
  g_assert_true (cw_points_tally_page_select (tally, cw_person_get_id (member)));
  cw_test_settle ();
  {
    GListModel *rows = cw_points_tally_page_get_rows (tally);
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
      {
        g_autoptr(CwPointTallyRow) row = g_list_model_get_item (rows, i);

        if (cw_point_tally_row_get_subject_id (row) == cw_person_get_id (member))
          {
            g_assert_cmpint (cw_point_tally_row_get_quarter_points (row), ==, before + 3);
            found = TRUE;
          }
      }
    g_assert_true (found);
  }
  cw_test_screenshot (GTK_WIDGET (f->window), "points-party-tally");
}

static void
test_objections (Fixture       *f,
                 gconstpointer  data)
{
  CwPointsTallyPage *tally = CW_POINTS_TALLY_PAGE (cw_test_show_subpage (f->view, "tally"));
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GListModel) objections = NULL;
  g_autoptr(CwPointObjection) first = NULL;
  g_autoptr(CwPointTallyRow) party_row = NULL;
  g_autoptr(GListModel) party_rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = cw_date_today_text ();
  CwPointTallyRow *selected;
  AdwMessageDialog *dialog;
  GtkWindow *window;
  GtkWidget *decide;
  gint64 household_id;

  /* During the publicity period: recorded from the tally, still open. */
  g_assert_true (cw_points_tally_page_set_quarter (tally, CW_SCHEME_HOUSEHOLD, PUBLISHED));
  cw_test_settle ();
  selected = g_list_model_get_item (cw_points_tally_page_get_rows (tally), 0);
  household_id = cw_point_tally_row_get_subject_id (selected);
  g_assert_true (cw_points_tally_page_select (tally, household_id));
  g_object_unref (selected);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tally), "tally.objection", NULL));
  cw_test_settle ();
  dialog = ADW_MESSAGE_DIALOG (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  cw_test_collect (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  g_assert_cmpuint (rows->len, >=, 3);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 0)), "2026-10-10");
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 1)), "王桂英");
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 2)), "9月清扫积分漏记一次");
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (dialog), "points-objection");
  cw_test_respond ("confirm");

  /* One of a party member too, by core. */
  party_rows = cw_point_tally_quarter (f->db, CW_SCHEME_PARTY, PUBLISHED, &error);
  g_assert_no_error (error);
  party_row = g_list_model_get_item (party_rows, 0);
  g_assert_cmpint (cw_point_quarter_add_objection (f->db, PUBLISHED, CW_SCHEME_PARTY,
                                                   cw_point_tally_row_get_subject_id (party_row),
                                                   "2026-10-12", cw_point_tally_row_get_name (party_row),
                                                   "党员活动日签到未计", &error), >, 0);
  g_assert_no_error (error);

  objections = cw_points_tally_page_get_objections (tally);
  g_assert_cmpuint (g_list_model_get_n_items (objections), ==, 2);
  first = g_list_model_get_item (objections, 0);
  g_assert_cmpint (cw_point_objection_get_subject_id (first), ==, household_id);
  g_assert_true (cw_point_objection_is_open (first));
  g_clear_object (&objections);

  /* Decided later, from the list: upheld, with a note. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tally), "tally.objections", NULL));
  cw_test_settle ();
  window = cw_test_find_toplevel (ADW_TYPE_WINDOW);
  g_assert_nonnull (window);
  decide = cw_test_find_named (GTK_WIDGET (window), "decide-objection");
  g_assert_nonnull (decide);
  g_signal_emit_by_name (decide, "clicked");
  cw_test_settle ();
  dialog = ADW_MESSAGE_DIALOG (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_ptr_array_set_size (rows, 0);
  cw_test_collect (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 0)), "核实属实，第四季度补记");
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (dialog), "points-objection-decide");
  adw_message_dialog_response (dialog, "confirm");
  gtk_window_destroy (GTK_WINDOW (dialog));
  cw_test_settle ();

  objections = cw_points_tally_page_get_objections (tally);
  g_clear_object (&first);
  first = g_list_model_get_item (objections, 1);
  g_assert_cmpint (cw_point_objection_get_subject_id (first), ==, household_id);
  g_assert_cmpstr (cw_point_objection_get_outcome (first), ==, "upheld");
  g_assert_cmpstr (cw_point_objection_get_outcome_note (first), ==, "核实属实，第四季度补记");
  g_assert_cmpstr (cw_point_objection_get_decided_on (first), ==, today);
  g_clear_object (&objections);

  /* The reminder: the correction goes into the open quarter. Later, first,
   * to see the list with both states. */
  dialog = ADW_MESSAGE_DIALOG (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  cw_test_screenshot (GTK_WIDGET (dialog), "points-objection-upheld");
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  cw_test_settle ();

  window = cw_test_find_toplevel (ADW_TYPE_WINDOW);
  g_assert_nonnull (window);
  g_assert_nonnull (cw_test_find_named (GTK_WIDGET (window), "decide-objection"));
  cw_test_screenshot (GTK_WIDGET (window), "points-objections");

  /* Dismissing the other one changes nothing else. */
  objections = cw_points_tally_page_get_objections (tally);
  g_clear_object (&first);
  first = g_list_model_get_item (objections, 0);
  g_assert_true (cw_point_objection_is_open (first));
  g_assert_true (cw_points_tally_page_decide_objection (tally, cw_point_objection_get_id (first), "dismissed",
                                                        "已核实，签到表无记录", today, &error));
  g_assert_no_error (error);
  cw_test_settle ();
  g_assert_null (cw_test_find_named (GTK_WIDGET (window), "decide-objection"));
  g_assert_false (cw_points_tally_page_decide_objection (tally, cw_point_objection_get_id (first), "upheld",
                                                         "", today, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_clear_object (&objections);

  /* An upheld one of the party scheme offers the Entry page with the
   * member chosen under party points. */
  g_assert_cmpint (cw_point_quarter_add_objection (f->db, PUBLISHED, CW_SCHEME_PARTY,
                                                   cw_point_tally_row_get_subject_id (party_row),
                                                   "2026-10-13", "村民代表", "志愿服务漏记", &error), >, 0);
  g_assert_no_error (error);
  objections = cw_points_tally_page_get_objections (tally);
  g_clear_object (&first);
  first = g_list_model_get_item (objections, 0);
  g_assert_true (cw_point_objection_is_open (first));
  g_assert_true (cw_points_tally_page_decide_objection (tally, cw_point_objection_get_id (first), "upheld",
                                                        "补记", today, &error));
  cw_test_settle ();
  cw_test_respond ("entry");
  g_assert_cmpstr (cw_points_view_get_subpage (f->view), ==, "entry");
  {
    CwPointsEntryPage *entry = CW_POINTS_ENTRY_PAGE (cw_points_view_get_page (f->view, "entry"));

    g_assert_cmpstr (cw_points_entry_page_get_scheme (entry), ==, CW_SCHEME_PARTY);
    g_assert_cmpuint (cw_points_entry_page_get_n_chosen (entry), ==, 1);
  }
  /* The objections window made way for the Entry page. */
  g_assert_null (cw_test_find_toplevel (ADW_TYPE_WINDOW));
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);
  app = cw_test_application_new (NULL);

  g_test_add ("/points-party/entry-review-tally", Fixture, NULL, fixture_setup, test_party_entry, cw_test_fixture_teardown);
  g_test_add ("/points-party/objections", Fixture, NULL, fixture_setup, test_objections, cw_test_fixture_teardown);

  return cw_test_application_run (&app);
}
