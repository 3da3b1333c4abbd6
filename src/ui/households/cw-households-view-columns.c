/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-households-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/households/cw-vocabulary.h"
#include "ui/common/cw-form.h"
#include "ui/households/cw-household-row.h"
#include "ui/households/cw-households-view-private.h"

typedef enum
{
  HOUSEHOLD_NUMBER,
  HOUSEHOLD_HEAD,
  HOUSEHOLD_GROUP,
  HOUSEHOLD_MEMBERS,
  HOUSEHOLD_TAGS,
  HOUSEHOLD_STATUS,
} HouseholdColumn;

typedef enum
{
  MEMBER_NAME,
  MEMBER_RELATION,
  MEMBER_SEX,
  MEMBER_AGE,
  MEMBER_ID_NUMBER,
  MEMBER_PHONE,
  MEMBER_TAGS,
  MEMBER_STATUS,
} MemberColumn;

/* The households table and the members table: one cell factory per
 * column, each cell an inscription. */

/* The cells a factory's rows gave back, to be set up again. A search
 * keystroke that takes the list from a hundred rows back to 30 000 (or
 * down) makes GTK 4.8 drop and make the widgets of a hundred rows at
 * once; each inscription makes its own Pango context and reads the
 * font's metrics, so they are kept and used again. */
static GPtrArray *
spare_cells (GtkSignalListItemFactory *factory)
{
  GPtrArray *spare = g_object_get_data (G_OBJECT (factory), "cw-spare-cells");

  if (spare == NULL)
    {
      spare = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_data_full (G_OBJECT (factory), "cw-spare-cells", spare, (GDestroyNotify) g_ptr_array_unref);
    }
  return spare;
}

static void
label_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GPtrArray *spare = spare_cells (factory);
  gboolean number = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "cw-numeric"));
  GtkWidget *cell;

  /* Binding sets all a cell shows: its text, and whether it is dimmed.
   * The item holds the cell too, as GTK lets go of it before teardown. */
  if (spare->len > 0)
    {
      cell = g_ptr_array_steal_index_fast (spare, spare->len - 1);
      g_object_set_data_full (G_OBJECT (item), "cw-cell", cell, g_object_unref);
      gtk_list_item_set_child (item, cell);
      return;
    }

  /* An inscription, not a label: it needs no measuring of its text, and
   * the list realizes a couple of hundred rows at a time, which a search
   * keystroke may replace all at once. */
  cell = gtk_inscription_new (NULL);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), number ? 1.0f : 0.0f);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (number)
    gtk_widget_add_css_class (cell, "numeric");
  g_object_set_data_full (G_OBJECT (item), "cw-cell", g_object_ref_sink (cell), g_object_unref);
  gtk_list_item_set_child (item, cell);
}

static void
label_teardown_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *cell = g_object_steal_data (G_OBJECT (item), "cw-cell");

  if (cell != NULL)
    g_ptr_array_add (spare_cells (factory), cell);
}

static void
show_household (GtkInscription *label,
                HouseholdColumn column,
                CwHousehold    *household)
{
  char count[16];
  gboolean active;

  if (household == NULL)
    {
      gtk_inscription_set_text (label, NULL);
      return;
    }

  active = g_str_equal (cw_household_get_status (household), CW_HOUSEHOLD_STATUS_ACTIVE);
  switch (column)
    {
    case HOUSEHOLD_NUMBER:
      gtk_inscription_set_text (label, cw_household_get_number (household));
      break;
    case HOUSEHOLD_HEAD:
      gtk_inscription_set_text (label, cw_household_get_head_name (household));
      break;
    case HOUSEHOLD_GROUP:
      gtk_inscription_set_text (label, cw_household_get_group_name (household));
      break;
    case HOUSEHOLD_MEMBERS:
      g_snprintf (count, sizeof count, "%u", cw_household_get_member_count (household));
      gtk_inscription_set_text (label, count);
      break;
    case HOUSEHOLD_TAGS:
      gtk_inscription_set_text (label, cw_household_get_member_tags (household));
      break;
    case HOUSEHOLD_STATUS:
      gtk_inscription_set_text (label, cw_vocabulary_status_label (cw_household_get_status (household)));
      break;
    default:
      g_assert_not_reached ();
    }

  if (active)
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
}

/* A row now shows another household: the search moved it there. */
static void
row_household_changed_cb (CwHouseholdRow *row,
                          GParamSpec     *pspec,
                          GtkInscription *label)
{
  show_household (label, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "cw-column")),
                  cw_household_row_get_household (row));
}

static void
household_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  HouseholdColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "cw-column"));
  CwHouseholdRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  gulong handler;

  g_object_set_data (G_OBJECT (label), "cw-column", GINT_TO_POINTER (column));
  show_household (GTK_INSCRIPTION (label), column, cw_household_row_get_household (row));
  handler = g_signal_connect_object (row, "notify::household", G_CALLBACK (row_household_changed_cb),
                                     label, 0);
  g_object_set_data (G_OBJECT (label), "cw-handler", GSIZE_TO_POINTER (handler));
}

static void
household_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  CwHouseholdRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (label), "cw-handler"));

  if (row != NULL && handler != 0)
    g_signal_handler_disconnect (row, handler);
  g_object_set_data (G_OBJECT (label), "cw-handler", NULL);
}

/* The found-member column: "李小红 (女)" when the search found the
 * household by that member rather than by its head or 户号. */

static void
show_match (CwHouseholdsView *self,
            GtkInscription   *label,
            CwHousehold      *household)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  const char *relation = NULL;

  /* Once a keystroke: the cell of a row whose household changed has been
   * told already when the query's cells are gone through. */
  if (g_object_get_data (G_OBJECT (label), "cw-household") == household &&
      GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "cw-query-serial")) == self->query_serial)
    return;
  g_object_set_data (G_OBJECT (label), "cw-household", household);
  g_object_set_data (G_OBJECT (label), "cw-query-serial", GUINT_TO_POINTER (self->query_serial));

  if (household != NULL && cw_household_match_member (household, self->query, &name, &relation) != 0)
    /* Translators: the member a search found, with their relation to the
     * head of household: "李小红 (女)" */
    text = g_strdup_printf (_("%s (%s)"), name, relation);
  if (g_strcmp0 (gtk_inscription_get_text (label), text) != 0)
    gtk_inscription_set_text (label, text);
}

static void
row_match_changed_cb (CwHouseholdRow *row,
                      GParamSpec     *pspec,
                      GtkInscription *label)
{
  show_match (g_object_get_data (G_OBJECT (label), "cw-view"), label, cw_household_row_get_household (row));
}

static void
match_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CwHouseholdsView         *self)
{
  CwHouseholdRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  gulong handler;

  g_object_set_data (G_OBJECT (label), "cw-view", self);
  g_object_set_data_full (G_OBJECT (label), "cw-row", g_object_ref (row), g_object_unref);
  show_match (self, GTK_INSCRIPTION (label), cw_household_row_get_household (row));
  handler = g_signal_connect_object (row, "notify::household", G_CALLBACK (row_match_changed_cb), label, 0);
  g_object_set_data (G_OBJECT (label), "cw-handler", GSIZE_TO_POINTER (handler));
  g_ptr_array_add (self->match_cells, g_object_ref (label));
}

static void
match_unbind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CwHouseholdsView         *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);

  household_unbind_cb (factory, item, NULL);
  g_object_set_data (G_OBJECT (label), "cw-row", NULL);
  g_ptr_array_remove_fast (self->match_cells, label);
}

static gboolean
match_visible_cb (gpointer user_data)
{
  CwHouseholdsView *self = user_data;

  self->match_visible_source = 0;
  gtk_column_view_column_set_visible (self->match_column, self->query[0] != '\0');
  return G_SOURCE_REMOVE;
}

void
cw_households_view_update_matches (CwHouseholdsView *self)
{
  gboolean searching = self->query[0] != '\0';

  /* Showing or hiding a column lays out and binds every row again, so
   * not at every emptying of the search: shown before the next frame
   * (setting the search's text empties it first for a moment), hidden
   * only once the search has stayed empty for a second (the clerk often
   * clears it to type the next name). */
  g_clear_handle_id (&self->match_visible_source, g_source_remove);
  if (searching && !gtk_column_view_column_get_visible (self->match_column))
    self->match_visible_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, match_visible_cb, self, NULL);
  else if (!searching && gtk_column_view_column_get_visible (self->match_column))
    self->match_visible_source = g_timeout_add (1000, match_visible_cb, self);

  for (guint i = 0; i < self->match_cells->len; i++)
    {
      GtkInscription *label = g_ptr_array_index (self->match_cells, i);

      show_match (self, label, cw_household_row_get_household (g_object_get_data (G_OBJECT (label), "cw-row")));
    }
}

static void
member_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  MemberColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "cw-column"));
  CwPerson *person = gtk_list_item_get_item (item);
  GtkInscription *label = GTK_INSCRIPTION (gtk_list_item_get_child (item));
  g_autofree char *text = NULL;
  GDate today;
  int age;

  switch (column)
    {
    case MEMBER_NAME:
      gtk_inscription_set_text (label, cw_person_get_name (person));
      break;
    case MEMBER_RELATION:
      gtk_inscription_set_text (label, cw_person_get_relation (person));
      break;
    case MEMBER_SEX:
      gtk_inscription_set_text (label, cw_ui_sex_label (cw_person_get_sex (person)));
      break;
    case MEMBER_AGE:
      cw_date_today (&today);
      age = cw_person_get_age_on (person, &today);
      text = age >= 0 ? g_strdup_printf ("%d", age) : g_strdup ("");
      gtk_inscription_set_text (label, text);
      break;
    case MEMBER_ID_NUMBER:
      /* In full: this is the office's own computer. Only what is printed
       * or posted is masked. */
      gtk_inscription_set_text (label, cw_person_get_id_number (person));
      break;
    case MEMBER_PHONE:
      gtk_inscription_set_text (label, cw_person_get_phone (person));
      break;
    case MEMBER_TAGS:
      gtk_inscription_set_text (label, cw_person_get_tags (person));
      break;
    case MEMBER_STATUS:
      if (cw_person_get_status_date (person)[0] != '\0')
        text = g_strdup_printf ("%s %s", cw_vocabulary_status_label (cw_person_get_status (person)),
                                cw_person_get_status_date (person));
      else
        text = g_strdup (cw_vocabulary_status_label (cw_person_get_status (person)));
      gtk_inscription_set_text (label, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), cw_person_get_status_reason (person)[0] != '\0'
                                                       ? cw_person_get_status_reason (person) : NULL);
      break;
    default:
      g_assert_not_reached ();
    }

  if (cw_person_is_present (person))
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
}

static GtkColumnViewColumn *
add_column (GtkColumnView *view,
            const char    *title,
            int            column,
            GCallback      bind,
            GCallback      unbind,
            int            width,
            gboolean       expand,
            gboolean       numeric,
            GtkSorter     *sorter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "cw-column", GINT_TO_POINTER (column));
  g_object_set_data (G_OBJECT (factory), "cw-numeric", GINT_TO_POINTER (numeric));
  g_signal_connect (factory, "setup", G_CALLBACK (label_setup_cb), NULL);
  g_signal_connect (factory, "teardown", G_CALLBACK (label_teardown_cb), NULL);
  g_signal_connect (factory, "bind", bind, NULL);
  if (unbind != NULL)
    g_signal_connect (factory, "unbind", unbind, NULL);

  view_column = gtk_column_view_column_new (title, factory);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (view_column, width);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (sorter != NULL)
    gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_append_column (view, view_column);
  g_object_unref (view_column);
  g_clear_object (&sorter);

  return view_column;
}

static GtkSorter *
string_sorter (const char *property)
{
  return GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (CW_TYPE_HOUSEHOLD, NULL, property)));
}

static GtkSorter *
numeric_sorter (const char *property)
{
  return GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (CW_TYPE_HOUSEHOLD, NULL, property)));
}

void
cw_households_view_add_columns (CwHouseholdsView *self)
{
  GCallback household = G_CALLBACK (household_bind_cb);
  GCallback household_unbind = G_CALLBACK (household_unbind_cb);
  GCallback member = G_CALLBACK (member_bind_cb);

  add_column (self->households_view, C_("column", "Household No."), HOUSEHOLD_NUMBER, household, household_unbind,
              130, FALSE, FALSE, string_sorter ("number"));
  add_column (self->households_view, C_("column", "Head"), HOUSEHOLD_HEAD, household, household_unbind,
              110, FALSE, FALSE, string_sorter ("head-name"));
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (label_setup_cb), NULL);
    g_signal_connect (factory, "teardown", G_CALLBACK (label_teardown_cb), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (match_bind_cb), self);
    g_signal_connect (factory, "unbind", G_CALLBACK (match_unbind_cb), self);
    /* Translators: a column shown while searching: the member the search
     * found, when it is not the head */
    self->match_column = gtk_column_view_column_new (C_("column", "Found Member"), factory);
    gtk_column_view_column_set_fixed_width (self->match_column, 120);
    gtk_column_view_column_set_resizable (self->match_column, TRUE);
    gtk_column_view_column_set_visible (self->match_column, FALSE);
    gtk_column_view_append_column (self->households_view, self->match_column);
    g_object_unref (self->match_column);
  }
  /* Groups sort in the office's order, not by name. */
  add_column (self->households_view, C_("column", "Village Group"), HOUSEHOLD_GROUP, household, household_unbind,
              140, FALSE, FALSE, numeric_sorter ("group-position"));
  add_column (self->households_view, C_("column", "Members"), HOUSEHOLD_MEMBERS, household, household_unbind,
              80, FALSE, TRUE, numeric_sorter ("member-count"));
  add_column (self->households_view, C_("column", "Tags"), HOUSEHOLD_TAGS, household, household_unbind,
              160, TRUE, FALSE, string_sorter ("member-tags"));
  add_column (self->households_view, C_("column", "Status"), HOUSEHOLD_STATUS, household, household_unbind,
              90, FALSE, FALSE, string_sorter ("status"));

  add_column (self->members_view, C_("column", "Name"), MEMBER_NAME, member, NULL, 90, FALSE, FALSE, NULL);
  add_column (self->members_view, C_("column", "Relation"), MEMBER_RELATION, member, NULL, 90, FALSE, FALSE, NULL);
  add_column (self->members_view, C_("column", "Sex"), MEMBER_SEX, member, NULL, 72, FALSE, FALSE, NULL);
  add_column (self->members_view, C_("column", "Age"), MEMBER_AGE, member, NULL, 56, FALSE, TRUE, NULL);
  add_column (self->members_view, C_("column", "ID Number"), MEMBER_ID_NUMBER, member, NULL, 180, FALSE, FALSE, NULL);
  add_column (self->members_view, C_("column", "Phone"), MEMBER_PHONE, member, NULL, 120, FALSE, FALSE, NULL);
  add_column (self->members_view, C_("column", "Tags"), MEMBER_TAGS, member, NULL, 110, TRUE, FALSE, NULL);
  add_column (self->members_view, C_("column", "Status"), MEMBER_STATUS, member, NULL, 130, FALSE, FALSE, NULL);
}

