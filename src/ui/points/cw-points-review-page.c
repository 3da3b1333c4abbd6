/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-review-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/common/cw-quarter.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "ui/common/cw-columns.h"
#include "ui/points/cw-points-entry-columns.h"
#include "ui/points/cw-points-review-page-private.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"
/* The page itself: the entries of a state, scheme and quarter, searched,
 * and what the selection allows. Review, reject and reverse are in
 * cw-points-review-page-actions.c. */

typedef enum
{
  STATE_PENDING,
  STATE_REVIEWED,
  STATE_REJECTED,
} ListState;

static const char * const state_codes[] = { CW_POINT_STATE_PENDING, CW_POINT_STATE_REVIEWED, CW_POINT_STATE_REJECTED };

G_DEFINE_FINAL_TYPE (CwPointsReviewPage, cw_points_review_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (CwPointsReviewPage *self);
static void load_entries (CwPointsReviewPage *self);
static void refresh_quarters (CwPointsReviewPage *self);

static ListState
current_state (CwPointsReviewPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->state_dropdown);

  return selected <= STATE_REJECTED ? (ListState) selected : STATE_PENDING;
}

/* NULL for both schemes. */
static const char *
current_scheme (CwPointsReviewPage *self)
{
  switch (gtk_drop_down_get_selected (self->scheme_dropdown))
    {
    case 1:
      return CW_SCHEME_HOUSEHOLD;
    case 2:
      return CW_SCHEME_PARTY;
    default:
      return NULL;
    }
}

/* NULL for all quarters. */
static const char *
current_quarter (CwPointsReviewPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->quarter_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->quarters == NULL ||
      selected > g_strv_length (self->quarters))
    return NULL;

  return self->quarters[selected - 1];
}

/* The selection */

GArray *
_cw_points_review_page_get_selected (CwPointsReviewPage *self)
{
  g_autoptr(GtkBitset) bitset = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (CwPointEntry *));
  GtkBitsetIter iter;
  guint position;

  g_array_set_clear_func (entries, (GDestroyNotify) g_clear_object);

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, bitset, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      CwPointEntry *entry = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

      if (entry != NULL)
        g_array_append_val (entries, entry);
    }

  return entries;
}

static void
update_info (CwPointsReviewPage *self)
{
  g_autoptr(GArray) selected = _cw_points_review_page_get_selected (self);
  GListModel *model = G_LIST_MODEL (self->selection);
  ListState state = current_state (self);
  guint n = g_list_model_get_n_items (model);
  g_autofree char *listed = NULL;
  g_autofree char *info = NULL;
  gboolean single_reviewable = FALSE;
  gint64 sum = 0;

  for (guint i = 0; i < selected->len; i++)
    sum += cw_point_entry_get_points (g_array_index (selected, CwPointEntry *, i));

  if (selected->len == 1)
    {
      CwPointEntry *entry = g_array_index (selected, CwPointEntry *, 0);

      /* A reversal is itself never reversed: the original is put right
       * by a new entry. */
      single_reviewable = cw_point_entry_get_reverses_id (entry) == 0;
    }

  listed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry listed", "%u entries listed", n), n);
  if (selected->len > 0)
    {
      g_autofree char *points = cw_ui_format_signed (sum);

      info = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s · %u selected, %s points",
                                           "%s · %u selected, %s points",
                                           selected->len),
                              listed, selected->len, points);
    }
  else if (state == STATE_PENDING && n > 0)
    {
      info = g_strdup_printf (_("%s · select entries (Ctrl+A for all), then Review"), listed);
    }
  else
    {
      info = g_steal_pointer (&listed);
    }

  gtk_label_set_text (self->info_label, info);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.select-all", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.review",
                                 state == STATE_PENDING && selected->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.reject",
                                 state == STATE_PENDING && selected->len == 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.reverse",
                                 state == STATE_REVIEWED && single_reviewable);
}

static void
selection_changed_cb (CwPointsReviewPage *self)
{
  update_info (self);
}

/* The search */

static gboolean
contains (const char *haystack,
          const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;

  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
scheme_contains (CwPointEntry *entry,
                 const char   *needle)
{
  g_autofree char *text = cw_points_entry_scheme_text (entry);

  return contains (text, needle);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  CwPointsReviewPage *self = user_data;
  CwPointEntry *entry = item;

  if (self->search == NULL || self->search[0] == '\0')
    return TRUE;

  return contains (cw_point_entry_get_household_number (entry), self->search) ||
         scheme_contains (entry, self->search) ||
         contains (cw_point_entry_get_subject_name (entry), self->search) ||
         contains (cw_point_entry_get_group_name (entry), self->search) ||
         contains (cw_point_entry_get_rule_code (entry), self->search) ||
         contains (cw_point_entry_get_rule_description (entry), self->search) ||
         contains (cw_point_entry_get_note (entry), self->search);
}

static void
update_empty (CwPointsReviewPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  if (self->search != NULL && self->search[0] != '\0')
    {
      adw_status_page_set_icon_name (self->status_page, "system-search-symbolic");
      adw_status_page_set_title (self->status_page, _("No Entries Found"));
      adw_status_page_set_description (self->status_page, _("No entry matches the search."));
    }
  else
    {
      switch (current_state (self))
        {
        case STATE_PENDING:
          adw_status_page_set_icon_name (self->status_page, "emblem-ok-symbolic");
          adw_status_page_set_title (self->status_page, _("Nothing Waiting for Review"));
          adw_status_page_set_description (self->status_page, _("Entries saved on the Entry page wait here for the village committee's review."));
          break;

        case STATE_REVIEWED:
          adw_status_page_set_icon_name (self->status_page, "view-list-symbolic");
          adw_status_page_set_title (self->status_page, _("No Reviewed Entries"));
          adw_status_page_set_description (self->status_page, _("No entry of this quarter has been reviewed yet."));
          break;

        case STATE_REJECTED:
        default:
          adw_status_page_set_icon_name (self->status_page, "view-list-symbolic");
          adw_status_page_set_title (self->status_page, _("No Rejected Entries"));
          adw_status_page_set_description (self->status_page, _("No entry of this quarter was rejected."));
          break;
        }
    }

  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
search_changed_cb (CwPointsReviewPage *self,
                   GtkSearchEntry     *entry)
{
  g_free (self->search);
  self->search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  g_strstrip (self->search);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_empty (self);
  update_info (self);
}

/* Another state, scheme or quarter is other rows, not other quarters. */
static void
filter_changed_cb (CwPointsReviewPage *self)
{
  if (!self->updating)
    load_entries (self);
}

void
cw_points_review_page_set_filter (CwPointsReviewPage *self,
                                  const char         *state,
                                  const char         *quarter)
{
  cw_points_review_page_set_filter_full (self, NULL, state, quarter);
}

void
cw_points_review_page_set_filter_full (CwPointsReviewPage *self,
                                       const char         *scheme,
                                       const char         *state,
                                       const char         *quarter)
{
  guint position = 0;

  g_return_if_fail (CW_IS_POINTS_REVIEW_PAGE (self));

  /* The quarter asked for may be newer than the page's list. */
  refresh_quarters (self);

  for (guint i = 0; i < G_N_ELEMENTS (state_codes); i++)
    {
      if (g_strcmp0 (state, state_codes[i]) == 0)
        position = i;
    }

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->state_dropdown, position);
  gtk_drop_down_set_selected (self->scheme_dropdown,
                              scheme == NULL ? 0 : g_str_equal (scheme, CW_SCHEME_PARTY) ? 2 : 1);
  position = 0;
  for (guint i = 0; quarter != NULL && self->quarters != NULL && self->quarters[i] != NULL; i++)
    {
      if (g_str_equal (self->quarters[i], quarter))
        position = i + 1;
    }
  gtk_drop_down_set_selected (self->quarter_dropdown, position);
  self->updating = FALSE;

  filter_changed_cb (self);
}

guint
cw_points_review_page_get_n_items (CwPointsReviewPage *self)
{
  g_return_val_if_fail (CW_IS_POINTS_REVIEW_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

gboolean
cw_points_review_page_select (CwPointsReviewPage *self,
                              gint64              id)
{
  guint n;

  g_return_val_if_fail (CW_IS_POINTS_REVIEW_PAGE (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (cw_point_entry_get_id (entry) == id)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, TRUE);
          return TRUE;
        }
    }

  return FALSE;
}

/* Columns */

/* Name, scheme and reason are shown, titled and hidden as the list asks. */
enum {
  NAME_COLUMN = 2,
  SCHEME_COLUMN = 3,
  REASON_COLUMN = 10,
};

static const CwColumnInfo columns[] = {
  { N_("Date"),          NULL, cw_points_entry_date_text,        CW_COLUMN_NUMERIC, NULL },
  { N_("Household No."), NULL, cw_points_entry_number_text,      CW_COLUMN_NUMERIC, NULL },
  { N_("Name"),          NULL, cw_points_entry_name_text,        CW_COLUMN_TEXT, NULL },
  { N_("Scheme"),        NULL, cw_points_entry_scheme_text,      CW_COLUMN_DIM, NULL },
  { N_("Group"),         NULL, cw_points_entry_group_text,       CW_COLUMN_DIM, NULL },
  { N_("Rule Code"),     NULL, cw_points_entry_rule_text,        CW_COLUMN_TEXT, NULL },
  { N_("Description"),   NULL, cw_points_entry_description_text, CW_COLUMN_EXPAND, NULL },
  { N_("Qty"),           NULL, cw_points_entry_quantity_text,    CW_COLUMN_NUMERIC, NULL },
  { N_("Points"),        NULL, cw_points_entry_points_text,      CW_COLUMN_NUMERIC | CW_COLUMN_SIGNED, NULL },
  { N_("Note"),          NULL, cw_points_entry_note_text,        CW_COLUMN_DIM, NULL },
  { N_("Reason"),        NULL, cw_points_entry_reason_text,      CW_COLUMN_TEXT, NULL },
};

static GtkColumnViewColumn *
column_at (CwPointsReviewPage *self,
           guint               position)
{
  GtkColumnViewColumn *column = g_list_model_get_item (gtk_column_view_get_columns (self->entries_view), position);

  /* The view keeps it. */
  g_object_unref (column);
  return column;
}

static void
setup_columns (CwPointsReviewPage *self)
{
  cw_ui_columns_append (self->entries_view, CW_TYPE_POINT_ENTRY, columns, G_N_ELEMENTS (columns));
  self->name_column = column_at (self, NAME_COLUMN);
  self->scheme_column = column_at (self, SCHEME_COLUMN);
  self->reason_column = column_at (self, REASON_COLUMN);
}

/* Reading the database */

/* The quarter drop-down's list is made again only when the quarters
 * changed, never from inside a drop-down's own change: a model replaced
 * while GTK 4.8 handles the clerk's click or key in its list announces
 * the choice again and again, and the page reloaded without end, frozen. */
static void
refresh_quarters (CwPointsReviewPage *self)
{
  g_auto(GStrv) quarters = cw_point_quarter_list (self->db);
  g_autoptr(GtkStringList) model = NULL;
  g_autofree char *keep = NULL;
  guint position = 0;

  if (self->quarters != NULL &&
      g_strv_equal ((const char * const *) quarters, (const char * const *) self->quarters))
    return;

  keep = g_strdup (current_quarter (self));
  g_strfreev (self->quarters);
  self->quarters = g_steal_pointer (&quarters);

  model = gtk_string_list_new (NULL);
  gtk_string_list_append (model, _("All Quarters"));
  for (guint i = 0; self->quarters[i] != NULL; i++)
    {
      g_autofree char *label = cw_quarter_label (self->quarters[i]);

      gtk_string_list_append (model, label);
      if (g_strcmp0 (keep, self->quarters[i]) == 0)
        position = i + 1;
    }

  self->updating = TRUE;
  gtk_drop_down_set_model (self->quarter_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->quarter_dropdown, position);
  self->updating = FALSE;
}

/* The entries of the state, scheme and quarter chosen. */
static void
load_entries (CwPointsReviewPage *self)
{
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  ListState state = current_state (self);
  guint n;

  /* Every reviewed entry ever is too long a list: one quarter at a time. */
  if (state != STATE_PENDING && gtk_drop_down_get_selected (self->quarter_dropdown) == 0 &&
      self->quarters != NULL && self->quarters[0] != NULL)
    {
      self->updating = TRUE;
      gtk_drop_down_set_selected (self->quarter_dropdown, 1);
      self->updating = FALSE;
    }

  entries = cw_point_entry_list (self->db, current_scheme (self), 0, current_quarter (self),
                                 state_codes[state], &error);
  if (entries == NULL)
    cw_window_show_message (GTK_WIDGET (self), error->message);

  n = entries != NULL ? g_list_model_get_n_items (entries) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (entries, i));
  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       array->pdata, array->len);

  gtk_column_view_column_set_visible (self->reason_column, state == STATE_REJECTED);
  /* Both schemes listed: say which each row is; one: name the column for it. */
  {
    const char *title = current_scheme (self) == NULL ? _("Name")
                        : g_str_equal (current_scheme (self), CW_SCHEME_PARTY) ? _("Party Member")
                        : _("Head of Household");

    /* Only on a change: each set makes the column view lay out anew. */
    if (gtk_column_view_column_get_visible (self->scheme_column) != (current_scheme (self) == NULL))
      gtk_column_view_column_set_visible (self->scheme_column, current_scheme (self) == NULL);
    if (g_strcmp0 (gtk_column_view_column_get_title (self->name_column), title) != 0)
      gtk_column_view_column_set_title (self->name_column, title);
  }
  gtk_widget_set_visible (self->review_button, state == STATE_PENDING);
  gtk_widget_set_visible (self->reject_button, state == STATE_PENDING);
  gtk_widget_set_visible (self->reverse_button, state == STATE_REVIEWED);

  update_empty (self);
  update_info (self);
}

static void
reload (CwPointsReviewPage *self)
{
  cw_lazy_reload_done (self->reloader);
  refresh_quarters (self);
  load_entries (self);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cw_lazy_reload_queue (CW_POINTS_REVIEW_PAGE (widget)->reloader);
}

GtkWidget *
cw_points_review_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_POINTS_REVIEW_PAGE, "database", db, NULL);
}

static void
cw_points_review_page_constructed (GObject *object)
{
  CwPointsReviewPage *self = CW_POINTS_REVIEW_PAGE (object);

  G_OBJECT_CLASS (cw_points_review_page_parent_class)->constructed (object);

  g_assert (self->db != NULL);

  /* The tables this page shows: it reads them again only when on screen. */
  self->reloader = cw_lazy_reload_new (GTK_WIDGET (self), self->db,
                                      (const char *[]) { "point_", "household", "person", NULL },
                                      (CwLazyReloadFunc) reload);
  reload (self);
}

static void
cw_points_review_page_dispose (GObject *object)
{
  CwPointsReviewPage *self = CW_POINTS_REVIEW_PAGE (object);

  g_clear_object (&self->reloader);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_POINTS_REVIEW_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->entries);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_points_review_page_parent_class)->dispose (object);
}

static void
cw_points_review_page_finalize (GObject *object)
{
  CwPointsReviewPage *self = CW_POINTS_REVIEW_PAGE (object);

  g_clear_pointer (&self->quarters, g_strfreev);
  g_free (self->search);

  G_OBJECT_CLASS (cw_points_review_page_parent_class)->finalize (object);
}

static void
cw_points_review_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CwPointsReviewPage *self = CW_POINTS_REVIEW_PAGE (object);

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
cw_points_review_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CwPointsReviewPage *self = CW_POINTS_REVIEW_PAGE (object);

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
cw_points_review_page_class_init (CwPointsReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_points_review_page_constructed;
  object_class->dispose = cw_points_review_page_dispose;
  object_class->finalize = cw_points_review_page_finalize;
  object_class->get_property = cw_points_review_page_get_property;
  object_class->set_property = cw_points_review_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-points-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointsReviewPage, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwPointsReviewPage, scheme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwPointsReviewPage, quarter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwPointsReviewPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CwPointsReviewPage, reject_button);
  gtk_widget_class_bind_template_child (widget_class, CwPointsReviewPage, reverse_button);
  gtk_widget_class_bind_template_child (widget_class, CwPointsReviewPage, review_button);
  gtk_widget_class_bind_template_child (widget_class, CwPointsReviewPage, info_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsReviewPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CwPointsReviewPage, entries_view);
  gtk_widget_class_bind_template_child (widget_class, CwPointsReviewPage, status_page);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "subpage.reload", NULL, reload_activated);
  _cw_points_review_page_class_actions_init (klass);
}

static void
cw_points_review_page_init (CwPointsReviewPage *self)
{
  GtkFilterListModel *filtered;

  self->entries = g_list_store_new (CW_TYPE_POINT_ENTRY);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->entries)), GTK_FILTER (self->filter));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (filtered));
  gtk_column_view_set_model (self->entries_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);

  setup_columns (self);
}