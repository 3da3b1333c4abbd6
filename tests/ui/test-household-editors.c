/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-household-editors"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "core/common/cw-database.h"
#include "core/common/cw-id-number.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/households/cw-vocabulary.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"
#include "ui/common/cw-discard-dialog.h"
#include "ui/households/cw-household-editor.h"
#include "ui/households/cw-households-view.h"
#include "ui/households/cw-person-editor.h"
#include "ui/households/cw-status-dialog.h"
#include "ui/shell/cw-window.h"

#include "cw-test-fixture.h"
#include "cw-test-input.h"
#include "cw-test-util.h"

/* The households' editors and status dialog as the clerk meets them, with
 * the X server's keyboard and pointer (xdotool): where the focus lands
 * when a window opens, what Tab out of a field tells, what Enter does;
 * and the Settings page an Overview item jumps to. */

static CwApplication *app;

typedef CwTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cw_test_fixture_open (f, app, NULL, G_TYPE_NONE);

  /* Keys go where the window manager puts the focus. */
  g_assert_true (gtk_window_is_active (GTK_WINDOW (f->window)));
}

/* Helpers */

static CwHouseholdsView *
show_households (Fixture *f)
{
  return cw_test_show_view (f->window, "households", CW_TYPE_HOUSEHOLDS_VIEW);
}

static CwHousehold *
select_household (Fixture          *f,
                  CwHouseholdsView *view,
                  const char       *number)
{
  g_autoptr(GError) error = NULL;
  CwHousehold *household = cw_household_find_by_number (f->db, number, &error);

  g_assert_no_error (error);
  g_assert_true (cw_households_view_select (view, cw_household_get_id (household)));
  cw_test_settle ();

  return household;
}

static void
select_member (CwHouseholdsView *view,
               gboolean          head)
{
  GListModel *members = cw_households_view_get_members (view);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (members, i);

      if (cw_person_is_present (person) && cw_person_is_head (person) == head)
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (members), i);
          cw_test_settle ();
          return;
        }
    }

  g_error ("No such member");
}

static CwPerson *
selected_member (CwHouseholdsView *view)
{
  GListModel *members = cw_households_view_get_members (view);

  return g_object_ref (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (members)));
}

/* The rows titled @title below @root, in the order they are shown. */
static GtkWidget *
nth_row (GtkWidget  *root,
         GType       type,
         const char *title,
         guint       n)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  cw_test_collect (root, type, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0 && n-- == 0)
        return row;
    }

  g_error ("No row “%s”", title);
  return NULL;
}

static const char *
row_text (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Into @row, its text replaced by @text as the clerk types it. */
static void
retype (GtkWidget  *row,
        const char *text)
{
  gtk_widget_grab_focus (row);
  cw_test_input_key ("ctrl+a BackSpace");
  if (text[0] != '\0')
    cw_test_input_type (text);
}

/* The keyboard focus is a text field with the cursor in it and nothing
 * selected for a stray key to replace. */
static void
assert_nothing_selected (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_true (GTK_IS_TEXT (focus));
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (focus), NULL, NULL));
}

/* @widget is drawn inside its scrolled window's view, not scrolled away. */
static gboolean
in_view (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (widget, scrolled, &bounds) &&
         bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled);
}

static void
choose_word (GtkWidget  *root,
             const char *title,
             const char *word)
{
  cw_test_choose_word (root, title, word);
  cw_test_settle ();
}

/* What core says about a person with @property alone as typed. */
static char *
expected_problem (const char *property,
                  const char *value)
{
  g_autoptr(CwPerson) probe = cw_person_new ();
  g_autoptr(GError) error = NULL;

  cw_person_set_text (probe, "name", "测试");
  cw_person_set_text (probe, "relation", CW_RELATION_HEAD);
  cw_person_set_text (probe, property, value);
  g_assert_false (cw_person_validate (probe, &error));

  return g_strdup (error->message);
}

/* Opening an editor */

/* Enter on a household opens its editor at the phone, nothing selected:
 * a stray key never replaces the 户号. A registered person opens the
 * same way. */
static void
test_edit_opens_quietly (Fixture       *f,
                         gconstpointer  data)
{
  CwHouseholdsView *view = show_households (f);
  g_autoptr(CwHousehold) household = select_household (f, view, "010001");
  g_autofree char *phone_typed = g_strconcat (cw_household_get_phone (household), "9", NULL);
  g_autoptr(CwPerson) member = NULL;
  GtkWidget *table = cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL);
  GtkWindow *editor;
  GtkWidget *number_row;
  GtkWidget *phone_row;

  /* The clerk's way in: a click on the household's row, then Enter. */
  cw_test_input_click (cw_test_input_wait_cell (table, "010001"));
  cw_test_input_key ("Return");
  editor = cw_test_find_toplevel (CW_TYPE_HOUSEHOLD_EDITOR);
  g_assert_nonnull (editor);
  number_row = cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Household number"));
  phone_row = nth_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Phone"), 0);

  g_assert_false (cw_test_focus_is_in (GTK_WIDGET (editor), number_row));
  g_assert_true (cw_test_focus_is_in (GTK_WIDGET (editor), phone_row));
  assert_nothing_selected (editor);
  cw_test_input_screenshot ("household-editor-opened");

  cw_test_input_type ("9");
  g_assert_cmpstr (row_text (number_row), ==, "010001");
  g_assert_cmpstr (row_text (phone_row), ==, phone_typed);

  /* Escape asks before what was typed is thrown away. */
  cw_test_input_key ("Escape");
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG), CW_TYPE_DISCARD_DIALOG));
  cw_test_respond ("discard");
  g_assert_null (cw_test_find_toplevel (CW_TYPE_HOUSEHOLD_EDITOR));

  /* A registered person. */
  select_member (view, FALSE);
  member = selected_member (view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.edit-member", NULL));
  cw_test_settle ();
  editor = cw_test_find_toplevel (CW_TYPE_PERSON_EDITOR);
  g_assert_nonnull (editor);
  phone_row = cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Phone"));
  g_assert_true (cw_test_focus_is_in (GTK_WIDGET (editor), phone_row));
  assert_nothing_selected (editor);
  cw_test_input_type ("9");
  g_assert_cmpstr (row_text (cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Name"))),
                   ==, cw_person_get_name (member));
  g_assert_true (g_str_has_suffix (row_text (phone_row), "9"));
  gtk_window_destroy (editor);
}

/* Each field is judged when it is left, on its own: a wrong ID check
 * character is told at Tab, with no relation chosen yet, naming the
 * digit it should be; then a phone, then a date. Not while typing. */
static void
test_field_checked_on_leave (Fixture       *f,
                             gconstpointer  data)
{
  CwHouseholdsView *view = show_households (f);
  g_autoptr(CwHousehold) household = select_household (f, view, "010001");
  char good[19];
  g_autofree char *bad = NULL;
  g_autofree char *id_problem = NULL;
  g_autofree char *phone_problem = expected_problem ("phone", "12345");
  g_autofree char *date_problem = expected_problem ("birth-date", "1980-02-30");
  GtkWindow *editor;

  strcpy (good, "43042119800101123");
  good[17] = cw_id_number_check_character (good);
  good[18] = '\0';
  bad = g_strdup (good);
  bad[17] = bad[17] == '0' ? '1' : '0';
  id_problem = expected_problem ("id-number", bad);
  g_assert_nonnull (strstr (id_problem, (char[]) { good[17], '\0' }));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.add-member", NULL));
  cw_test_settle ();
  editor = cw_test_find_toplevel (CW_TYPE_PERSON_EDITOR);
  g_assert_nonnull (editor);

  cw_test_input_type ("Zhou");
  cw_test_input_key ("Tab");
  cw_test_input_type (bad);
  g_assert_false (cw_test_has_label (GTK_WIDGET (editor), id_problem));
  cw_test_input_key ("Tab");
  g_assert_true (cw_test_has_label (GTK_WIDGET (editor), id_problem));
  cw_test_input_screenshot ("person-editor-left-id");

  /* Put right: the problem goes, birth date and sex come from it. */
  retype (cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("ID number")), good);
  cw_test_input_key ("Tab");
  g_assert_false (cw_test_has_label (GTK_WIDGET (editor), id_problem));
  g_assert_cmpstr (row_text (cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Birth date"))),
                   ==, "1980-01-01");

  retype (cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Phone")), "12345");
  g_assert_false (cw_test_has_label (GTK_WIDGET (editor), phone_problem));
  cw_test_input_key ("Tab");
  g_assert_true (cw_test_has_label (GTK_WIDGET (editor), phone_problem));
  retype (cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Phone")), "");
  cw_test_input_key ("Tab");
  g_assert_false (cw_test_has_label (GTK_WIDGET (editor), phone_problem));

  retype (cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Birth date")), "1980-02-30");
  cw_test_input_key ("Tab");
  g_assert_true (cw_test_has_label (GTK_WIDGET (editor), date_problem));

  /* Nothing saved while anything is wrong: Save waits. */
  g_assert_false (gtk_widget_is_sensitive (cw_test_find_actionable (GTK_WIDGET (editor), "editor.save")));
  gtk_window_destroy (editor);
}

/* The household editor tells a taken 户号 and a wrong phone as they are
 * left, and asks before throwing away what was typed for its head. */
static void
test_household_fields (Fixture       *f,
                       gconstpointer  data)
{
  CwHouseholdsView *view = show_households (f);
  g_autoptr(CwHousehold) household = select_household (f, view, "010002");
  g_autofree char *taken = g_strdup_printf (_("Household number: %s is already taken by another household."), "010001");
  GtkWindow *editor;
  GtkWidget *number_row;
  GtkWidget *question;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.edit-household", NULL));
  cw_test_settle ();
  editor = cw_test_find_toplevel (CW_TYPE_HOUSEHOLD_EDITOR);
  number_row = cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Household number"));

  retype (number_row, "010001");
  g_assert_false (cw_test_has_label (GTK_WIDGET (editor), taken));
  cw_test_input_key ("Tab");
  g_assert_true (cw_test_has_label (GTK_WIDGET (editor), taken));
  g_assert_false (gtk_widget_is_sensitive (cw_test_find_actionable (GTK_WIDGET (editor), "editor.save")));

  retype (number_row, "010002");
  cw_test_input_key ("Tab");
  g_assert_false (cw_test_has_label (GTK_WIDGET (editor), taken));
  g_assert_false (cw_record_editor_get_modified (CW_RECORD_EDITOR (editor)));

  /* The household's phone, not its head's. */
  {
    GtkWidget *phone_row = nth_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Phone"), 0);
    g_autofree char *phone = g_strdup (row_text (phone_row));
    g_autoptr(CwHousehold) probe = cw_household_copy (household);
    g_autoptr(GError) expected = NULL;

    cw_household_set_text (probe, "phone", "12345");
    g_assert_false (cw_household_validate (probe, &expected));
    retype (phone_row, "12345");
    cw_test_input_key ("Tab");
    g_assert_true (cw_test_has_label (GTK_WIDGET (editor), expected->message));
    retype (phone_row, phone);
    cw_test_input_key ("Tab");
    g_assert_false (cw_test_has_label (GTK_WIDGET (editor), expected->message));
  }

  /* Typing in the head's fields alone is a change to ask about too. */
  gtk_widget_grab_focus (nth_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Notes"), 1));
  cw_test_input_type ("x");
  g_assert_true (cw_record_editor_get_modified (CW_RECORD_EDITOR (editor)));
  cw_test_input_key ("Escape");
  question = GTK_WIDGET (cw_test_find_toplevel (CW_TYPE_DISCARD_DIALOG));
  g_assert_nonnull (question);
  g_assert_true (cw_test_has_label (question, _("The changes to this household have not been saved.")));
  cw_test_respond ("keep");
  g_assert_nonnull (cw_test_find_toplevel (CW_TYPE_HOUSEHOLD_EDITOR));
  gtk_window_destroy (editor);
}

/* The status dialog */

/* No status is chosen for the clerk: Save waits, and Enter in the reason
 * saves nothing until a status is chosen. */
static void
test_status_chosen (Fixture       *f,
                    gconstpointer  data)
{
  CwHouseholdsView *view = show_households (f);
  g_autoptr(CwHousehold) household = select_household (f, view, "010003");
  g_autoptr(CwPerson) member = NULL;
  g_autoptr(CwPerson) after = NULL;
  g_autoptr(CwHousehold) household_after = NULL;
  GtkWindow *dialog;
  GtkWidget *save;

  select_member (view, FALSE);
  member = selected_member (view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.member-status", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_STATUS_DIALOG);
  g_assert_nonnull (dialog);
  save = cw_test_find_actionable (GTK_WIDGET (dialog), "dialog.save");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (cw_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW,
                                                                                     _("New status")))), ==, 0);
  g_assert_true (cw_test_has_label (GTK_WIDGET (dialog), _("Choose…")));
  g_assert_false (gtk_widget_is_sensitive (save));
  cw_test_input_screenshot ("status-dialog-unchosen");

  gtk_widget_grab_focus (cw_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Reason")));
  cw_test_input_type ("kao shang da xue");
  cw_test_input_key ("Return");
  g_assert_nonnull (cw_test_find_toplevel (CW_TYPE_STATUS_DIALOG));
  after = cw_person_load (f->db, cw_person_get_id (member), NULL);
  g_assert_cmpstr (cw_person_get_status (after), ==, CW_PERSON_STATUS_ACTIVE);

  /* Chosen: Save and Enter go. */
  choose_word (GTK_WIDGET (dialog), _("New status"), cw_vocabulary_status_label (CW_PERSON_STATUS_MIGRANT));
  g_assert_true (gtk_widget_is_sensitive (save));
  gtk_widget_grab_focus (cw_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Reason")));
  cw_test_input_key ("End Return");
  g_assert_null (cw_test_find_toplevel (CW_TYPE_STATUS_DIALOG));
  g_clear_object (&after);
  after = cw_person_load (f->db, cw_person_get_id (member), NULL);
  g_assert_cmpstr (cw_person_get_status (after), ==, CW_PERSON_STATUS_MIGRANT);

  /* A household's status alike. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.household-status", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_STATUS_DIALOG);
  g_assert_false (gtk_widget_is_sensitive (cw_test_find_actionable (GTK_WIDGET (dialog), "dialog.save")));
  gtk_widget_grab_focus (cw_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Reason")));
  cw_test_input_type ("x");
  cw_test_input_key ("Return");
  g_assert_nonnull (cw_test_find_toplevel (CW_TYPE_STATUS_DIALOG));
  household_after = cw_household_load (f->db, cw_household_get_id (household), NULL);
  g_assert_cmpstr (cw_household_get_status (household_after), ==, CW_HOUSEHOLD_STATUS_ACTIVE);
  gtk_window_destroy (dialog);
}

/* A head who lives alone dies: the dialog asks for no successor, says the
 * household is closed with it, records the death and closes the household
 * (注销, 户主死亡) in one change that Ctrl+Z takes back. */
static void
test_alone_dies (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) groups = cw_village_group_list (f->db, FALSE, &error);
  g_autoptr(CwVillageGroup) group = g_list_model_get_item (groups, 0);
  g_autoptr(CwHousehold) household = cw_household_new ();
  g_autoptr(CwPerson) head = cw_person_new ();
  g_autoptr(CwPerson) after = NULL;
  g_autoptr(CwHousehold) closed = NULL;
  g_autofree char *closing = NULL;
  g_autofree char *toast = NULL;
  CwHouseholdsView *view;
  GListModel *shown;
  GtkWindow *dialog;

  cw_household_set_text (household, "number", "019901");
  cw_household_set_group_id (household, cw_village_group_get_id (group));
  cw_person_set_text (head, "name", "独居老人");
  cw_person_set_text (head, "relation", CW_RELATION_HEAD);
  g_assert_true (cw_household_add (f->db, household, head, &error));
  g_assert_no_error (error);

  view = show_households (f);
  shown = cw_households_view_get_model (view);
  g_clear_object (&household);
  household = select_household (f, view, "019901");
  select_member (view, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.member-status", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_STATUS_DIALOG);
  g_assert_nonnull (dialog);

  choose_word (GTK_WIDGET (dialog), _("New status"), cw_vocabulary_status_label (CW_PERSON_STATUS_DECEASED));
  g_assert_false (gtk_widget_get_visible (cw_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW,
                                                               _("New head of household"))));
  closing = g_strdup_printf (_("%s lived alone: the household is closed with this (注销, reason 户主死亡)."), "独居老人");
  g_assert_true (cw_test_has_label (GTK_WIDGET (dialog), closing));
  gtk_editable_set_text (GTK_EDITABLE (cw_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Reason"))), "病故");
  cw_test_input_screenshot ("status-dialog-alone");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  cw_test_settle ();
  g_assert_null (cw_test_find_toplevel (CW_TYPE_STATUS_DIALOG));

  after = cw_person_load (f->db, cw_person_get_id (head), &error);
  g_assert_cmpstr (cw_person_get_status (after), ==, CW_PERSON_STATUS_DECEASED);
  g_assert_cmpstr (cw_person_get_status_reason (after), ==, "病故");
  closed = cw_household_load (f->db, cw_household_get_id (household), &error);
  g_assert_cmpstr (cw_household_get_status (closed), ==, CW_HOUSEHOLD_STATUS_CANCELLED);
  g_assert_cmpstr (cw_household_get_status_reason (closed), ==, CW_HOUSEHOLD_REASON_HEAD_DECEASED);
  toast = g_strdup_printf (_("%s is now marked “%s”, and the household is closed"), "独居老人",
                           cw_vocabulary_status_label (CW_PERSON_STATUS_DECEASED));
  g_assert_true (cw_test_has_label (GTK_WIDGET (f->window), toast));
  /* The register shows those still registered. */
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(CwHousehold) item = g_list_model_get_item (shown, i);

      g_assert_cmpint (cw_household_get_id (item), !=, cw_household_get_id (household));
    }

  /* Ctrl+Z: both back, in one undo. */
  g_assert_true (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));
  cw_test_settle ();
  g_clear_object (&after);
  g_clear_object (&closed);
  after = cw_person_load (f->db, cw_person_get_id (head), &error);
  closed = cw_household_load (f->db, cw_household_get_id (household), &error);
  g_assert_cmpstr (cw_person_get_status (after), ==, CW_PERSON_STATUS_ACTIVE);
  g_assert_cmpstr (cw_household_get_status (closed), ==, CW_HOUSEHOLD_STATUS_ACTIVE);
}

/* Settings */

/* The Overview's “Your name is not set” opens Settings at Your Name,
 * nothing selected: typing the name there leaves the village's alone. */
static void
test_settings_landing (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillage) village = cw_village_load (f->db, &error);
  GtkWidget *operator_row;
  GtkWidget *name_row;

  g_assert_no_error (error);
  cw_test_show_page (f->window, "overview");
  cw_test_input_click_label (GTK_WIDGET (f->window), _("Your name is not set"));
  g_assert_cmpstr (cw_window_get_visible_page (f->window), ==, "settings");

  operator_row = cw_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_ENTRY_ROW, _("Your Name"));
  name_row = cw_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_ENTRY_ROW, _("Village Name"));
  g_assert_true (cw_test_focus_is_in (GTK_WIDGET (f->window), operator_row));
  assert_nothing_selected (GTK_WINDOW (f->window));
  /* Where the clerk sees what they type. */
  g_assert_true (in_view (gtk_root_get_focus (GTK_ROOT (f->window))));

  cw_test_input_type ("abc");
  cw_test_input_screenshot ("settings-landing");
  g_assert_cmpstr (row_text (name_row), ==, cw_village_get_name (village));
  g_assert_cmpstr (row_text (operator_row), ==, "abc");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_IM_MODULE", "gtk-im-context-simple", TRUE);
  cw_test_init (&argc, &argv);
  g_assert_true (cw_test_input_available ());

  app = cw_test_application_new (NULL);

  g_test_add ("/editors/edit-opens-quietly", Fixture, NULL, fixture_setup, test_edit_opens_quietly, cw_test_fixture_teardown);
  g_test_add ("/editors/field-checked-on-leave", Fixture, NULL, fixture_setup, test_field_checked_on_leave, cw_test_fixture_teardown);
  g_test_add ("/editors/household-fields", Fixture, NULL, fixture_setup, test_household_fields, cw_test_fixture_teardown);
  g_test_add ("/editors/status-chosen", Fixture, NULL, fixture_setup, test_status_chosen, cw_test_fixture_teardown);
  g_test_add ("/editors/alone-dies", Fixture, NULL, fixture_setup, test_alone_dies, cw_test_fixture_teardown);
  g_test_add ("/editors/settings-landing", Fixture, NULL, fixture_setup, test_settings_landing, cw_test_fixture_teardown);

  return cw_test_application_run (&app);
}
