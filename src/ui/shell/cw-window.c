/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/village/cw-village.h"
#include "ui/households/cw-households-view.h"
#include "ui/shell/cw-overview-page.h"
#include "ui/benefits/cw-benefits-view.h"
#include "ui/finance/cw-finance-view.h"
#include "ui/grids/cw-grids-view.h"
#include "ui/notices/cw-notices-view.h"
#include "ui/points/cw-points-view.h"
#include "ui/mediation/cw-mediation-view.h"
#include "ui/shell/cw-settings-page.h"
#include "ui/shell/cw-welcome-page.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

/* The pages of the window, in sidebar order. A register view is added here
 * and nowhere else: it gets a sidebar row, a <Control>digit shortcut and a
 * win.show-page::<id> target. Each page type has a construct-only
 * "database" property, follows the database's "changed" signal itself, and
 * may install a "page.reload" action for cw_window_reload(). */
typedef struct
{
  const char *id;
  const char *title;
  const char *icon_name;
  GType     (*get_type) (void);
} CwPageInfo;

static const CwPageInfo pages[] = {
  { "overview", N_("Overview"), "user-home-symbolic", cw_overview_page_get_type },
  { "households", N_("Households"), "system-users-symbolic", cw_households_view_get_type },
  { "grids", N_("Grids"), "view-grid-symbolic", cw_grids_view_get_type },
  { "points", N_("Points"), "starred-symbolic", cw_points_view_get_type },
  { "mediation", N_("Mediation"), "chat-message-new-symbolic", cw_mediation_view_get_type },
  { "notices", N_("Notices"), "mail-send-symbolic", cw_notices_view_get_type },
  { "finance", N_("Finance"), "accessories-calculator-symbolic", cw_finance_view_get_type },
  { "benefits", N_("Benefits"), "emblem-favorite-symbolic", cw_benefits_view_get_type },
  { "settings", N_("Settings"), "emblem-system-symbolic", cw_settings_page_get_type },
};

struct _CwWindow
{
  AdwApplicationWindow  parent_instance;

  CwDatabase           *db;
  GSettings            *settings;
  gulong                changed_handler;
  CwUndo               *undo;
  GtkShortcutAction    *text_undo;
  gboolean              typed;    /* in a text field since the last change */
  AdwToast             *toast;    /* the newest toast, while it lives (weak) */
  /* The page shown, or to be shown once the window has painted its first
   * frame (see show_first_page()); NULL before the village exists. */
  const char           *page_id;
  gulong                first_paint_handler;
  gboolean              ready;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwBin               *welcome_bin;
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *sidebar_title;
  GtkListBox           *sidebar_list;
  AdwWindowTitle       *page_title;
  GtkStack             *pages_stack;
};

G_DEFINE_FINAL_TYPE (CwWindow, cw_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  READY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const CwPageInfo *
find_page (const char *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      if (g_str_equal (pages[i].id, id))
        return &pages[i];
    }

  return NULL;
}

const char * const *
cw_window_get_page_ids (void)
{
  static const char **ids = NULL;

  if (g_once_init_enter (&ids))
    {
      const char **built = g_new0 (const char *, G_N_ELEMENTS (pages) + 1);

      for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
        built[i] = pages[i].id;

      g_once_init_leave (&ids, built);
    }

  return ids;
}

static gboolean
settings_has_key (GSettings  *settings,
                  const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  if (settings == NULL)
    return FALSE;

  g_object_get (settings, "settings-schema", &schema, NULL);

  return schema != NULL && g_settings_schema_has_key (schema, key);
}

static void
update_village_title (CwWindow *self)
{
  g_autoptr(CwVillage) village = NULL;

  village = cw_village_load (self->db, NULL);
  adw_window_title_set_subtitle (self->sidebar_title,
                                 village != NULL ? cw_village_get_name (village) : NULL);
}

static void
database_changed_cb (CwWindow   *self,
                     const char *table,
                     CwDatabase *db)
{
  if (table == NULL || g_str_equal (table, "village"))
    update_village_title (self);
}

static GtkWidget *
create_sidebar_row (const CwPageInfo *info)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (info->icon_name));
  label = gtk_label_new (_(info->title));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, _(info->title));
  g_object_set_data (G_OBJECT (row), "cw-page-id", (gpointer) info->id);

  return row;
}

/* Settings sits apart from the registers. */
static void
sidebar_header_func (GtkListBoxRow *row,
                     GtkListBoxRow *before,
                     gpointer       user_data)
{
  const char *id = g_object_get_data (G_OBJECT (row), "cw-page-id");

  if (before != NULL && g_strcmp0 (id, "settings") == 0)
    {
      if (gtk_list_box_row_get_header (row) == NULL)
        gtk_list_box_row_set_header (row, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
    }
  else
    gtk_list_box_row_set_header (row, NULL);
}

static void
select_sidebar_row (CwWindow   *self,
                    const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) &&
          g_strcmp0 (g_object_get_data (G_OBJECT (child), "cw-page-id"), id) == 0)
        {
          if (gtk_list_box_get_selected_row (self->sidebar_list) != GTK_LIST_BOX_ROW (child))
            gtk_list_box_select_row (self->sidebar_list, GTK_LIST_BOX_ROW (child));
          return;
        }
    }
}

/* A page is made the first time it is shown: each reads its register
 * when it is made, and at township scale reading all of them kept the
 * window from showing for seconds. */
static GtkWidget *
ensure_page (CwWindow         *self,
             const CwPageInfo *info)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->pages_stack, info->id);

  if (page == NULL)
    {
      page = g_object_new (info->get_type (), "database", self->db, NULL);
      gtk_stack_add_named (self->pages_stack, page, info->id);
    }
  return page;
}

static void
build_sidebar (CwWindow *self)
{
  gtk_list_box_set_header_func (self->sidebar_list, sidebar_header_func, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_list_box_append (self->sidebar_list, create_sidebar_row (&pages[i]));

  update_village_title (self);
}

static gboolean
show_first_page_idle (gpointer user_data)
{
  CwWindow *self = user_data;

  if (self->page_id != NULL && gtk_stack_get_visible_child (self->pages_stack) == NULL)
    cw_window_show_page (self, self->page_id);
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

/* The window first shows itself, its sidebar and the page's title; the
 * page follows at once, after that first frame. */
static void
first_paint_cb (GdkFrameClock *clock,
                CwWindow      *self)
{
  g_clear_signal_handler (&self->first_paint_handler, clock);
  g_idle_add_full (G_PRIORITY_DEFAULT, show_first_page_idle, g_object_ref (self), NULL);
}

static void
cw_window_map (GtkWidget *widget)
{
  CwWindow *self = CW_WINDOW (widget);
  GdkFrameClock *clock;

  GTK_WIDGET_CLASS (cw_window_parent_class)->map (widget);

  clock = gtk_widget_get_frame_clock (widget);
  if (self->page_id != NULL && gtk_stack_get_visible_child (self->pages_stack) == NULL &&
      self->first_paint_handler == 0 && clock != NULL)
    self->first_paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (first_paint_cb), self);
}

static void
show_main (CwWindow *self)
{
  const char *initial = pages[0].id;
  g_autofree char *last_page = NULL;

  build_sidebar (self);

  if (settings_has_key (self->settings, "last-page"))
    {
      last_page = g_settings_get_string (self->settings, "last-page");
      if (find_page (last_page) != NULL)
        initial = last_page;
    }
  self->page_id = find_page (initial)->id;

  gtk_stack_set_visible_child_name (self->main_stack, "main");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "show-page")), TRUE);
  /* The sidebar row is selected with the page: selecting it makes it. */
  adw_window_title_set_title (self->page_title, _(find_page (initial)->title));

  /* After the welcome page the window is on screen already. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    cw_window_show_page (self, initial);
}

static void
welcome_done_cb (CwWindow      *self,
                 CwWelcomePage *welcome)
{
  /* A new village starts on the Overview, whatever the last one showed. */
  if (settings_has_key (self->settings, "last-page"))
    g_settings_set_string (self->settings, "last-page", pages[0].id);

  show_main (self);
}

static void
show_welcome (CwWindow *self)
{
  GtkWidget *welcome;

  welcome = cw_welcome_page_new (self->db);
  g_signal_connect_object (welcome, "done", G_CALLBACK (welcome_done_cb), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->welcome_bin, welcome);
  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
}

void
cw_window_show_page (CwWindow   *self,
                     const char *id)
{
  const CwPageInfo *info;
  GAction *action;

  g_return_if_fail (CW_IS_WINDOW (self));

  info = find_page (id);
  if (info == NULL)
    {
      g_debug ("No page named %s", id);
      return;
    }

  /* Before the village exists there is only the welcome page. */
  if (self->page_id == NULL)
    return;

  self->page_id = info->id;
  gtk_stack_set_visible_child (self->pages_stack, ensure_page (self, info));
  if (!self->ready)
    {
      self->ready = TRUE;
      g_signal_emit (self, signals[READY], 0);
    }
  adw_window_title_set_title (self->page_title, _(info->title));
  select_sidebar_row (self, id);

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "show-page");
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (id));
}

const char *
cw_window_get_visible_page (CwWindow *self)
{
  g_return_val_if_fail (CW_IS_WINDOW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0)
    return "welcome";

  return self->page_id;
}

GtkWidget *
cw_window_get_page (CwWindow   *self,
                    const char *id)
{
  g_return_val_if_fail (CW_IS_WINDOW (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return gtk_stack_get_child_by_name (self->pages_stack, id);
}

static void
sidebar_row_selected_cb (CwWindow      *self,
                         GtkListBoxRow *row,
                         GtkListBox    *list)
{
  if (row != NULL)
    cw_window_show_page (self, g_object_get_data (G_OBJECT (row), "cw-page-id"));
}

static void
sidebar_row_activated_cb (CwWindow      *self,
                          GtkListBoxRow *row,
                          GtkListBox    *list)
{
  cw_window_show_page (self, g_object_get_data (G_OBJECT (row), "cw-page-id"));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
back_clicked_cb (CwWindow  *self,
                 GtkButton *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_page_change_state (GSimpleAction *action,
                        GVariant      *state,
                        gpointer       user_data)
{
  CwWindow *self = user_data;

  cw_window_show_page (self, g_variant_get_string (state, NULL));

  /* From a shortcut or the Overview, the page itself is what was asked for. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static gboolean
is_text_field (GtkWidget *widget)
{
  return GTK_IS_TEXT (widget) || GTK_IS_TEXT_VIEW (widget);
}

/* Ctrl+Z undoes what was done last. Typing in a text field since the last
 * change: the field's own undo takes back typing, and pressing it once too
 * often there must not take back a record. Otherwise the last change,
 * wherever the focus is: after a save the form's fields are emptied for
 * the next one, and Ctrl+Z then means the save. */
static void
undo_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  CwWindow *self = user_data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (self->typed && focus != NULL && is_text_field (focus))
    {
      /* Does nothing when the field has nothing to undo. */
      gtk_shortcut_action_activate (self->text_undo, GTK_SHORTCUT_ACTION_EXCLUSIVE, focus, NULL);
      return;
    }

  cw_undo_undo (self->undo, 0, GTK_WIDGET (self));
}

static gboolean
key_pressed_cb (CwWindow              *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean undo = (state & GDK_CONTROL_MASK) != 0 && gdk_keyval_to_lower (keyval) == GDK_KEY_z;

  if (focus != NULL && is_text_field (focus) && !undo &&
      (event == NULL || !gdk_key_event_is_modifier (event)))
    self->typed = TRUE;

  return GDK_EVENT_PROPAGATE;
}

static void
last_change_cb (CwWindow *self)
{
  self->typed = FALSE;
}

/* win.show-page lives in the window's action map rather than on the widget
 * class so that it is a stateful GAction that menus, accelerators and
 * g_action_group_activate_action() all see the same way; win.undo is there
 * so that its accelerator shows in the shortcuts window. */
static const GActionEntry win_actions[] = {
  { "show-page", NULL, "s", "'overview'", show_page_change_state },
  { "undo", undo_activated },
};

/* Called from the application's startup: the shortcuts window reads the
 * accelerators when a window is added to the application, so they must be
 * in place before the first window exists. */
void
cw_window_add_accels (GtkApplication *app)
{
  static const char *undo_accels[] = { "<Control>z", NULL };

  g_return_if_fail (GTK_IS_APPLICATION (app));

  gtk_application_set_accels_for_action (app, "win.undo", undo_accels);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *action = g_strdup_printf ("win.show-page::%s", pages[i].id);
      g_autofree char *digit = NULL;
      const char *accels[3] = { NULL, };
      guint n = 0;

      if (i < 9)
        accels[n++] = digit = g_strdup_printf ("<Control>%u", i + 1);
      if (g_str_equal (pages[i].id, "settings"))
        accels[n++] = "<Control>comma";

      gtk_application_set_accels_for_action (app, action, accels);
    }
}

static void
restore_window_state (CwWindow *self)
{
  int width = 1100;
  int height = 720;

  if (settings_has_key (self->settings, "window-width") &&
      settings_has_key (self->settings, "window-height"))
    {
      width = MAX (g_settings_get_int (self->settings, "window-width"), 360);
      height = MAX (g_settings_get_int (self->settings, "window-height"), 294);
    }

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (settings_has_key (self->settings, "window-maximized") &&
      g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
cw_window_close_request (GtkWindow *window)
{
  CwWindow *self = CW_WINDOW (window);
  const char *page;
  int width, height;

  if (self->settings != NULL)
    {
      /* The default size is the unmaximized size, which is what to restore. */
      gtk_window_get_default_size (window, &width, &height);

      g_settings_delay (self->settings);
      if (settings_has_key (self->settings, "window-width"))
        g_settings_set_int (self->settings, "window-width", width);
      if (settings_has_key (self->settings, "window-height"))
        g_settings_set_int (self->settings, "window-height", height);
      if (settings_has_key (self->settings, "window-maximized"))
        g_settings_set_boolean (self->settings, "window-maximized",
                                gtk_window_is_maximized (window));

      page = cw_window_get_visible_page (self);
      if (find_page (page) != NULL && settings_has_key (self->settings, "last-page"))
        g_settings_set_string (self->settings, "last-page", page);
      g_settings_apply (self->settings);
    }

  return GTK_WINDOW_CLASS (cw_window_parent_class)->close_request (window);
}

CwWindow *
cw_window_new (CwApplication *app,
               CwDatabase    *db)
{
  g_return_val_if_fail (app == NULL || CW_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  /* "application" is set only after construction, so the settings, needed
   * to restore the window, come as a property of their own. */
  return g_object_new (CW_TYPE_WINDOW,
                       "application", app,
                       "database", db,
                       "settings", app != NULL ? cw_application_get_settings (app) : NULL,
                       NULL);
}

void
cw_window_reload (CwWindow *self)
{
  g_return_if_fail (CW_IS_WINDOW (self));

  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->pages_stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    {
      if (gtk_widget_get_parent (page) == GTK_WIDGET (self->pages_stack))
        gtk_widget_activate_action (page, "page.reload", NULL);
    }
}

CwUndo *
cw_window_get_undo (CwWindow *self)
{
  g_return_val_if_fail (CW_IS_WINDOW (self), NULL);

  return self->undo;
}

CwDatabase *
cw_window_get_database (CwWindow *self)
{
  g_return_val_if_fail (CW_IS_WINDOW (self), NULL);

  return self->db;
}

void
cw_window_show_toast (CwWindow *self,
                      AdwToast *toast)
{
  g_return_if_fail (CW_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  /* What the clerk just did is what the toast says: the toast of an
   * earlier change goes, rather than hold the new one back in the queue
   * for its ten seconds (Ctrl+Z still undoes the newest change). */
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_set_weak_pointer (&self->toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
cw_window_show_message (GtkWidget  *widget,
                        const char *message)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  root = gtk_widget_get_root (widget);
  if (CW_IS_WINDOW (root))
    cw_window_show_toast (CW_WINDOW (root), adw_toast_new (message));
  else if (GTK_IS_WINDOW (root))
    {
      /* A window of its own (a programme's list) has no toasts: the
       * message stands over it until read, never only in the log. */
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (root), NULL, message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else
    g_message ("%s", message);
}

static void
cw_window_constructed (GObject *object)
{
  CwWindow *self = CW_WINDOW (object);

  G_OBJECT_CLASS (cw_window_parent_class)->constructed (object);

  g_assert (self->db != NULL);

  restore_window_state (self);

  self->undo = cw_undo_new (self->db);
  g_signal_connect_object (self->undo, "notify::last-change", G_CALLBACK (last_change_cb), self,
                           G_CONNECT_SWAPPED);
  g_object_bind_property (self->undo, "can-undo",
                          g_action_map_lookup_action (G_ACTION_MAP (self), "undo"), "enabled",
                          G_BINDING_SYNC_CREATE);

  self->changed_handler =
    g_signal_connect_object (self->db, "changed",
                             G_CALLBACK (database_changed_cb), self,
                             G_CONNECT_SWAPPED);

  if (cw_village_exists (self->db))
    show_main (self);
  else
    show_welcome (self);
}

static void
cw_window_dispose (GObject *object)
{
  CwWindow *self = CW_WINDOW (object);

  if (self->first_paint_handler != 0)
    g_clear_signal_handler (&self->first_paint_handler, gtk_widget_get_frame_clock (GTK_WIDGET (self)));

  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_handler, self->db);
  g_clear_weak_pointer (&self->toast);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_WINDOW);

  G_OBJECT_CLASS (cw_window_parent_class)->dispose (object);
}

static void
cw_window_finalize (GObject *object)
{
  CwWindow *self = CW_WINDOW (object);

  g_clear_object (&self->undo);
  g_clear_object (&self->text_undo);
  g_clear_object (&self->db);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cw_window_parent_class)->finalize (object);
}

static void
cw_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CwWindow *self = CW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CwWindow *self = CW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_window_class_init (CwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cw_window_constructed;
  object_class->dispose = cw_window_dispose;
  object_class->finalize = cw_window_finalize;
  object_class->get_property = cw_window_get_property;
  object_class->set_property = cw_window_set_property;

  window_class->close_request = cw_window_close_request;
  widget_class->map = cw_window_map;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* Where the window keeps its size and last page; NULL to remember nothing. */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CwWindow::ready:
   *
   * Emitted once, when the window shows its first page: work that can
   * wait (the daily backup) starts after it, so as not to slow the start.
   */
  signals[READY] = g_signal_new ("ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* The templates are compiled into the static library; asking for the
   * resource links in the object file that registers it. */
  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, welcome_bin);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, pages_stack);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
}

static void
cw_window_init (CwWindow *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "show-page")),
                               FALSE);

  /* Before anything else sees the key: a field may stop it. */
  self->text_undo = gtk_named_action_new ("text.undo");
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
