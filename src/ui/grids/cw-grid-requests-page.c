/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-requests-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/grids/cw-grid-request.h"
#include "core/grids/cw-grid.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-undo.h"
#include "ui/grids/cw-grid-request-editor.h"
#include "ui/grids/cw-grid-requests-page.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwGridRequestsPage
{
  CwListPage   parent_instance;

  GListModel  *grids;        /* the tree, read with the requests */
  GPtrArray   *filter_codes; /* the grid filter's codes, by position ("" every grid) */
  GHashTable  *branch;       /* codes of the grid picked and those below; NULL every grid */

  /* Template widgets */
  GtkButton   *hold_button;
  GtkDropDown *grid_filter;
};

G_DEFINE_FINAL_TYPE (CwGridRequestsPage, cw_grid_requests_page, CW_TYPE_LIST_PAGE)

#define TEXT(item, name) cw_grid_request_get_text ((item), (name))

/* Where a request stands today, for the board. */
static const char *
board_state (gpointer item)
{
  g_autofree char *today = cw_date_today_text ();

  return cw_grid_request_board_state (item, today);
}

static const char *
board_label (const char *state)
{
  if (g_str_equal (state, "closed"))
    return _("Closed");
  if (g_str_equal (state, "resolved"))
    return _("Resolved");
  if (g_str_equal (state, "hold"))
    return _("On hold");
  if (g_str_equal (state, "overdue"))
    return _("Overdue");
  if (g_str_equal (state, "soon"))
    return _("Due soon");
  return _("Being handled");
}

static char *
number_text (gpointer item)
{
  return g_strdup_printf ("%d", (int) cw_grid_request_get_number (item));
}

static char *
received_text (gpointer item)
{
  return g_strdup (TEXT (item, "received-date"));
}

static char *
household_text (gpointer item)
{
  return g_strdup_printf ("%s %s", TEXT (item, "household-number"), TEXT (item, "head-name"));
}

static char *
grid_text (gpointer item)
{
  return g_strdup (TEXT (item, "grid-name"));
}

static char *
category_text (gpointer item)
{
  return g_strdup (TEXT (item, "category"));
}

static char *
body_text (gpointer item)
{
  if (cw_grid_request_get_wish (item))
    /* Translators: a small wish in the requests' list */
    return g_strdup_printf (_("Wish: %s"), TEXT (item, "body"));
  return g_strdup (TEXT (item, "body"));
}

static char *
urgency_text (gpointer item)
{
  return g_strdup (cw_grid_urgency_label (TEXT (item, "urgency")));
}

static char *
due_text (gpointer item)
{
  g_autofree char *today = cw_date_today_text ();

  return cw_grid_request_due_on (item, today);
}

static char *
state_text (gpointer item)
{
  const char *evaluation = TEXT (item, "evaluation");

  if (g_str_equal (board_state (item), "closed") && evaluation[0] != '\0')
    return g_strdup_printf ("%s · %s", board_label ("closed"), cw_grid_evaluation_label (evaluation));
  return g_strdup (board_label (board_state (item)));
}

static const CwColumnInfo columns[] = {
  { N_("No."),        NULL, number_text,    CW_COLUMN_NUMERIC, "number" },
  { N_("Received"),   NULL, received_text,  CW_COLUMN_TEXT,    "received-date" },
  { NC_("column", "Household"), "column", household_text, CW_COLUMN_TEXT, "household-number" },
  { N_("Grid"),       NULL, grid_text,      CW_COLUMN_DIM,     "grid-code" },
  { N_("Category"),   NULL, category_text,  CW_COLUMN_TEXT,    "category" },
  { N_("Request"),    NULL, body_text,      CW_COLUMN_EXPAND,  NULL },
  { N_("Urgency"),    NULL, urgency_text,   CW_COLUMN_TEXT,    "urgency" },
  { N_("Due"),        NULL, due_text,       CW_COLUMN_TEXT,    "due-date" },
  { N_("State"),      NULL, state_text,     CW_COLUMN_TEXT,    NULL },
};

static const char * const board_states[] = { NULL, "open", "soon", "overdue", "hold", "resolved", "closed" };

static gboolean
state_matches (gpointer item,
               guint    choice)
{
  return g_str_equal (board_state (item), board_states[choice]);
}

static const char * const state_choices[] = {
  N_("Every State"), N_("Being handled"), N_("Due Soon"), N_("Overdue"), N_("On Hold"), N_("Resolved"), N_("Closed"), NULL
};

static const char * const urgency_codes[] = { NULL, "red", "yellow", "blue" };

static gboolean
urgency_matches (gpointer item,
                 guint    choice)
{
  return g_str_equal (TEXT (item, "urgency"), urgency_codes[choice]);
}

static const char * const urgency_choices[] = { N_("Any Urgency"), N_("Red"), N_("Yellow"), N_("Blue"), NULL };

static const CwListFilter filters[] = {
  { N_("Where the request stands"), state_choices, state_matches },
  { N_("Urgency"), urgency_choices, urgency_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_grid_request_get_type,
  .key = "number-text",
  .tables = (const char * const []) { "request", "grid", "grid_household", NULL },
  .actions = "requests",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search household, name, grid, category or request"),
  .archived_label = N_("Show _closed"),
  .empty_icon_name = "mail-unread-symbolic",
  .empty_title = N_("No Open Requests"),
  .empty_description = N_("Requests and small wishes collected on visits, at the office, by phone or in the "
                          "WeChat group are kept here until the resident is satisfied."),
  .no_match_title = N_("No Requests Found"),
  .no_match_description = N_("No request matches the search."),
  .load_when_shown = TRUE,
};

/* The grid filter: every grid, or a grid of the top two levels (片区,
 * 网格) with the grids below it. */

static void
fill_grid_filter (CwGridRequestsPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *picked = NULL;
  guint position = 0;

  if (self->filter_codes->len > 0)
    picked = g_strdup (g_ptr_array_index (self->filter_codes, MIN (gtk_drop_down_get_selected (self->grid_filter),
                                                                   self->filter_codes->len - 1)));
  g_ptr_array_set_size (self->filter_codes, 0);
  gtk_string_list_append (names, _("Every Grid"));
  g_ptr_array_add (self->filter_codes, g_strdup (""));
  for (guint i = 0; self->grids != NULL && i < g_list_model_get_n_items (self->grids); i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (self->grids, i);
      g_autofree char *name = NULL;

      if (cw_grid_get_depth (grid) > 1)
        continue;
      name = g_strdup_printf ("%s%s", cw_grid_get_depth (grid) > 0 ? "  " : "", cw_grid_get_name (grid));
      gtk_string_list_append (names, name);
      if (g_strcmp0 (picked, cw_grid_get_code (grid)) == 0)
        position = self->filter_codes->len;
      g_ptr_array_add (self->filter_codes, g_strdup (cw_grid_get_code (grid)));
    }
  g_signal_handlers_block_matched (self->grid_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_model (self->grid_filter, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->grid_filter, position);
  g_signal_handlers_unblock_matched (self->grid_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

/* The codes of the grid picked and of those below it (the tree's order
 * puts them right after it, deeper). */
static void
read_branch (CwGridRequestsPage *self)
{
  guint picked = gtk_drop_down_get_selected (self->grid_filter);
  const char *code = picked < self->filter_codes->len ? g_ptr_array_index (self->filter_codes, picked) : "";
  gboolean inside = FALSE;
  guint depth = 0;

  g_clear_pointer (&self->branch, g_hash_table_unref);
  if (code[0] == '\0' || self->grids == NULL)
    return;
  self->branch = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (self->grids); i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (self->grids, i);

      if (inside && cw_grid_get_depth (grid) <= depth)
        break;
      if (!inside && g_str_equal (cw_grid_get_code (grid), code))
        {
          inside = TRUE;
          depth = cw_grid_get_depth (grid);
        }
      if (inside)
        g_hash_table_add (self->branch, g_strdup (cw_grid_get_code (grid)));
    }
}

static void
grid_filter_changed_cb (CwGridRequestsPage *self)
{
  read_branch (self);
  cw_list_page_refilter (CW_LIST_PAGE (self));
}

gboolean
cw_grid_requests_page_set_grid (CwGridRequestsPage *self,
                                const char         *code)
{
  g_return_val_if_fail (CW_IS_GRID_REQUESTS_PAGE (self), FALSE);

  for (guint i = 0; i < self->filter_codes->len; i++)
    if (g_str_equal (g_ptr_array_index (self->filter_codes, i), code != NULL ? code : ""))
      {
        gtk_drop_down_set_selected (self->grid_filter, i);
        return TRUE;
      }
  return FALSE;
}

static gboolean
item_visible (CwListPage *page,
              gpointer    item)
{
  CwGridRequestsPage *self = CW_GRID_REQUESTS_PAGE (page);

  return self->branch == NULL || g_hash_table_contains (self->branch, TEXT (item, "grid-code"));
}

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  CwGridRequestsPage *self = CW_GRID_REQUESTS_PAGE (page);
  g_autoptr(GListModel) all = cw_grid_request_list (db, NULL, NULL, error);
  GListStore *shown;

  g_clear_object (&self->grids);
  self->grids = cw_grid_list (db, TRUE, NULL);
  fill_grid_filter (self);
  read_branch (self);

  if (all == NULL || archived)
    return g_steal_pointer (&all);
  shown = g_list_store_new (CW_TYPE_GRID_REQUEST);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CwGridRequest) request = g_list_model_get_item (all, i);

      if (!g_str_equal (TEXT (request, "state"), "closed"))
        g_list_store_append (shown, request);
    }
  return G_LIST_MODEL (shown);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", TEXT (item, "household-number"), TEXT (item, "head-name"), TEXT (item, "grid-code"),
                    TEXT (item, "grid-name"), TEXT (item, "category"), TEXT (item, "body"),
                    TEXT (item, "assigned-to"), NULL);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  return GTK_WINDOW (cw_grid_request_editor_new (GTK_WIDGET (page), cw_list_page_get_database (page), item));
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u request listed", "%u requests listed", n_shown),
                          n_shown);
}

static void
selection_changed (CwListPage *page,
                   gpointer    item)
{
  CwGridRequestsPage *self = CW_GRID_REQUESTS_PAGE (page);
  const char *state = item != NULL ? TEXT (item, "state") : "";
  gboolean open = g_str_equal (state, "received") || g_str_equal (state, "assigned");
  gboolean held = item != NULL && TEXT (item, "hold-since")[0] != '\0';

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "requests.assign", open && !held);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "requests.resolve", open && !held);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "requests.hold", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "requests.evaluate", g_str_equal (state, "resolved"));
  gtk_button_set_label (self->hold_button, held ? _("Res_ume") : _("_Hold…"));
}

/* The steps, each dated today. */

static void
step_done (GtkWidget     *page,
           gboolean       ok,
           GError        *error,
           gint64         number)
{
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (page));
  g_autofree char *title = NULL;

  if (!ok)
    {
      cw_window_show_message (page, error->message);
      return;
    }
  /* Translators: a toast after a step: the request's number */
  title = g_strdup_printf (_("Request %d updated"), (int) number);
  cw_undo_show_toast (page, cw_database_get_last_change (db), title);
}

static gint64
selected_number (GtkWidget *page)
{
  CwGridRequest *request = cw_list_page_get_selected (CW_LIST_PAGE (page));

  return request != NULL ? cw_grid_request_get_number (request) : 0;
}

/* A step that takes one line of text (who, what was done, why), by the
 * number of its request. */
typedef gboolean (*TextStepFunc) (CwDatabase  *db,
                                  gint64       number,
                                  const char  *date,
                                  const char  *text,
                                  GError     **error);

typedef struct
{
  TextStepFunc func;
  gint64       number;
} TextStep;

static void
text_step_cb (GtkWidget  *page,
              const char *text,
              gpointer    data)
{
  TextStep *step = data;
  g_autoptr(GError) error = NULL;
  gboolean ok = step->func (cw_list_page_get_database (CW_LIST_PAGE (page)), step->number, "", text, &error);

  step_done (page, ok, error, step->number);
}

static void
ask_step (GtkWidget    *page,
          TextStepFunc  func,
          const char   *heading,
          const char   *body,
          const char   *entry_title,
          const char   *confirm)
{
  TextStep *step;
  gint64 number = selected_number (page);

  if (number == 0)
    return;
  step = g_new0 (TextStep, 1);
  step->func = func;
  step->number = number;
  cw_ui_ask_text (page, heading, body, entry_title, confirm, FALSE, text_step_cb, step, g_free);
}

static void
assign_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ask_step (widget, cw_grid_request_assign, _("Assign the Request"),
            _("Who handles it? The deadline stays as it is."), _("Handled by"), _("_Assign"));
}

static void
resolve_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ask_step (widget, cw_grid_request_resolve, _("Resolve the Request"),
            _("What was done? The resident evaluates it next."), _("What was done"), _("_Resolve"));
}

static void
hold_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwGridRequest *request = cw_list_page_get_selected (CW_LIST_PAGE (widget));
  g_autoptr(GError) error = NULL;
  gint64 number;
  gboolean ok;

  if (request == NULL)
    return;
  if (TEXT (request, "hold-since")[0] == '\0')
    {
      ask_step (widget, cw_grid_request_hold, _("Put the Request on Hold"),
                _("Why does it wait? Its clock stops until it is taken up again."), _("Reason"), _("_Hold"));
      return;
    }
  number = cw_grid_request_get_number (request);
  ok = cw_grid_request_resume (cw_list_page_get_database (CW_LIST_PAGE (widget)), number, "", &error);
  step_done (widget, ok, error, number);
}

static void
evaluation_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        GtkWidget        *page)
{
  g_autoptr(GError) error = NULL;
  gint64 number = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "cw-number"));
  gboolean ok;

  if (cw_grid_evaluation_for (response) == NULL)
    return;
  ok = cw_grid_request_evaluate (cw_list_page_get_database (CW_LIST_PAGE (page)), number, "", response, "", &error);
  step_done (page, ok, error, number);
}

static void
evaluate_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gint64 number = selected_number (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (number == 0)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("The Resident’s Evaluation"),
                                                       _("How did the resident find what was done? 不满意 sends "
                                                         "the request back to be dealt with again.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "dissatisfied", _("_Dissatisfied"),
                                    "basic", _("_Basically Satisfied"), "satisfied", _("_Satisfied"), NULL);
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_appearance (dialog, "satisfied", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_appearance (dialog, "dissatisfied", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "satisfied");
  g_object_set_data (G_OBJECT (dialog), "cw-number", GSIZE_TO_POINTER (number));
  g_signal_connect_object (dialog, "response", G_CALLBACK (evaluation_response_cb), widget, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWidget *
cw_grid_requests_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_GRID_REQUESTS_PAGE, "database", db, NULL);
}

static void
cw_grid_requests_page_dispose (GObject *object)
{
  CwGridRequestsPage *self = CW_GRID_REQUESTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_GRID_REQUESTS_PAGE);
  g_clear_object (&self->grids);
  g_clear_pointer (&self->filter_codes, g_ptr_array_unref);
  g_clear_pointer (&self->branch, g_hash_table_unref);

  G_OBJECT_CLASS (cw_grid_requests_page_parent_class)->dispose (object);
}

static void
cw_grid_requests_page_class_init (CwGridRequestsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_grid_requests_page_dispose;

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  page_class->selection_changed = selection_changed;
  page_class->item_visible = item_visible;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-grid-requests-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwGridRequestsPage, hold_button);
  gtk_widget_class_bind_template_child (widget_class, CwGridRequestsPage, grid_filter);
  gtk_widget_class_bind_template_callback (widget_class, grid_filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "requests.assign", NULL, assign_activated);
  gtk_widget_class_install_action (widget_class, "requests.resolve", NULL, resolve_activated);
  gtk_widget_class_install_action (widget_class, "requests.hold", NULL, hold_activated);
  gtk_widget_class_install_action (widget_class, "requests.evaluate", NULL, evaluate_activated);
}

static void
cw_grid_requests_page_init (CwGridRequestsPage *self)
{
  self->filter_codes = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}
