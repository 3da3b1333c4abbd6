/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-test-util"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "cw-test-util.h"

static const char *lang = "en";

void
cw_test_init (int    *argc,
              char ***argv)
{
  const char *messages;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  messages = setlocale (LC_MESSAGES, NULL);
  lang = messages != NULL && g_str_has_prefix (messages, "zh") ? "zh_CN" : "en";

  g_test_init (argc, argv, NULL);
  gtk_init ();
  adw_init ();

  /* Screenshots are taken the moment something is shown. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

const char *
cw_test_get_lang (void)
{
  return lang;
}

char *
cw_test_home_new (char **documents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *config = NULL;
  g_autofree char *dirs = NULL;
  char *home;

  /* The real cache stays where it was: GTK's compiled caches are in it. */
  g_setenv ("XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  home = g_dir_make_tmp ("cunwu-home-XXXXXX", &error);
  g_assert_no_error (error);
  config = g_build_filename (home, ".config", NULL);
  *documents = g_build_filename (home, "文档", NULL);
  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (*documents, 0700), ==, 0);
  dirs = g_build_filename (config, "user-dirs.dirs", NULL);
  g_assert_true (g_file_set_contents (dirs, "XDG_DOCUMENTS_DIR=\"$HOME/文档\"\n", -1, &error));
  g_assert_no_error (error);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);

  return home;
}

CwApplication *
cw_test_application_new (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  CwApplication *app = cw_application_new (db_path);

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  /* The tests open and close windows of their own: the application must
   * not quit when the last one goes. */
  g_application_hold (G_APPLICATION (app));

  return app;
}

int
cw_test_application_run (CwApplication **app)
{
  int ret = g_test_run ();

  g_application_release (G_APPLICATION (*app));
  g_clear_object (app);
  return ret;
}

void
cw_test_database_free (CwDatabase **db,
                       CwTestDir   *dir)
{
  GtkWindow *window;

  while ((window = cw_test_find_toplevel (GTK_TYPE_WINDOW)) != NULL)
    gtk_window_destroy (window);
  cw_test_settle ();

  g_clear_object (db);
  g_clear_pointer (dir, cw_test_dir_free);
}

CwWindow *
cw_test_window_new (CwApplication *app,
                    CwDatabase    *db)
{
  return cw_test_window_new_sized (app, db, 1100, 760);
}

CwWindow *
cw_test_window_new_sized (CwApplication *app,
                          CwDatabase    *db,
                          int            width,
                          int            height)
{
  CwWindow *window = cw_window_new (app, db);

  /* Laid out first at this size, as when the program opens maximised. */
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  cw_test_settle ();

  return window;
}

void
cw_test_show_page (CwWindow   *window,
                   const char *id)
{
  g_autoptr(GVariant) state = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page",
                                  g_variant_new_string (id));
  cw_test_settle ();

  g_assert_cmpstr (cw_window_get_visible_page (window), ==, id);
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "show-page");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, id);
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *done = user_data;

  *done = TRUE;

  return G_SOURCE_REMOVE;
}

void
cw_test_settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (250, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

void
cw_test_wait_while (gboolean (*busy) (gpointer),
                    gpointer   object)
{
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (busy (object))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_main_context_iteration (NULL, TRUE);
    }
  cw_test_settle ();
}

void
cw_test_screenshot (GtkWidget  *widget,
                    const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  /* A widget paintable is empty while the window waits for a relayout
   * (a row added, a page shown); let the frame clock run until it has one. */
  for (gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;;)
    {
      paintable = gtk_widget_paintable_new (widget);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node != NULL || g_get_monotonic_time () > until)
        break;
      g_clear_object (&paintable);
      g_main_context_iteration (NULL, TRUE);
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
    }
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  g_assert_cmpint (g_mkdir_with_parents (SCREENSHOT_DIR, 0755), ==, 0);
  file = g_strdup_printf ("%s/%s-%s.png", SCREENSHOT_DIR, name, lang);
  g_assert_true (gdk_texture_save_to_png (texture, file));
  g_test_message ("Screenshot: %s", file);
}

/* The searches below walk the widget tree depth-first, @root first. */
typedef gboolean (*MatchFunc) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find_first (GtkWidget     *root,
            MatchFunc      match,
            gconstpointer  data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_first (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GType       type;
  const char *title;
} TypeTitle;

static gboolean
match_type_title (GtkWidget     *widget,
                  gconstpointer  data)
{
  const TypeTitle *want = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, want->type) &&
         (want->title == NULL ||
          (ADW_IS_PREFERENCES_ROW (widget) &&
           g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), want->title) == 0));
}

GtkWidget *
cw_test_find_widget (GtkWidget  *root,
                     GType       type,
                     const char *title)
{
  TypeTitle want = { type, title };

  return find_first (root, match_type_title, &want);
}

static gboolean
match_mapped_type (GtkWidget     *widget,
                   gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, *(const GType *) data) && gtk_widget_get_mapped (widget);
}

GtkWidget *
cw_test_find_mapped (GtkWidget *root,
                     GType      type)
{
  return find_first (root, match_mapped_type, &type);
}

static gboolean
match_name (GtkWidget     *widget,
            gconstpointer  data)
{
  return g_strcmp0 (gtk_widget_get_name (widget), data) == 0 && gtk_widget_get_mapped (widget);
}

GtkWidget *
cw_test_find_named (GtkWidget  *root,
                    const char *name)
{
  return find_first (root, match_name, name);
}

static gboolean
match_button (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_is_drawable (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

GtkWidget *
cw_test_find_button (GtkWidget  *root,
                     const char *label)
{
  return find_first (root, match_button, label);
}

static gboolean
match_action (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

GtkWidget *
cw_test_find_actionable (GtkWidget  *root,
                         const char *action_name)
{
  return find_first (root, match_action, action_name);
}

static gboolean
match_label (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static gboolean
match_cell (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_INSCRIPTION (widget) && gtk_widget_is_drawable (widget) &&
         g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), data) == 0;
}

GtkWidget *
cw_test_find_cell (GtkWidget  *root,
                   const char *text)
{
  return find_first (root, match_cell, text);
}

gboolean
cw_test_has_label (GtkWidget  *root,
                   const char *text)
{
  return find_first (root, match_label, text) != NULL;
}

void
cw_test_collect (GtkWidget *root,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    cw_test_collect (child, type, found);
}

GtkWidget *
cw_test_find_dropdown (GtkWidget  *root,
                       const char *tooltip)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  cw_test_collect (root, GTK_TYPE_DROP_DOWN, found);
  for (guint i = 0; i < found->len; i++)
    {
      GtkWidget *dropdown = g_ptr_array_index (found, i);

      if (gtk_widget_get_mapped (dropdown) && g_strcmp0 (gtk_widget_get_tooltip_text (dropdown), tooltip) == 0)
        return dropdown;
    }

  g_error ("No drop-down “%s” on screen", tooltip);
  return NULL;
}

gboolean
cw_test_focus_is_in (GtkWidget *root,
                     GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (gtk_widget_get_root (root)));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

GtkWindow *
cw_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

void
cw_test_set_row (GtkWidget  *root,
                 const char *title,
                 const char *text)
{
  GtkWidget *row = cw_test_find_widget (root, ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

void
cw_test_choose_word (GtkWidget  *root,
                     const char *title,
                     const char *word)
{
  AdwComboRow *row = ADW_COMBO_ROW (cw_test_find_widget (root, ADW_TYPE_COMBO_ROW, title));
  GListModel *model;

  g_assert_nonnull (row);
  model = adw_combo_row_get_model (row);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), word))
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
  g_error ("%s is not offered by %s", word, title);
}

void
cw_test_respond (const char *response)
{
  AdwMessageDialog *dialog;

  cw_test_settle ();
  dialog = ADW_MESSAGE_DIALOG (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  cw_test_settle ();
}

gboolean
cw_test_press_accel (GtkWindow  *window,
                     const char *accel)
{
  GtkApplication *app = gtk_window_get_application (window);
  g_auto(GStrv) actions = NULL;
  gboolean pressed = FALSE;

  g_assert_nonnull (app);
  actions = gtk_application_get_actions_for_accel (app, accel);
  for (guint i = 0; actions[i] != NULL && !pressed; i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;
      const char *dot;
      gboolean enabled;

      g_assert_true (g_action_parse_detailed_name (actions[i], &name, &target, NULL));
      dot = strchr (name, '.');
      g_assert_nonnull (dot);
      if (!g_str_has_prefix (name, "win.") ||
          !g_action_group_query_action (G_ACTION_GROUP (window), dot + 1, &enabled, NULL, NULL, NULL, NULL) ||
          !enabled)
        continue;

      g_action_group_activate_action (G_ACTION_GROUP (window), dot + 1, target);
      pressed = TRUE;
    }
  cw_test_settle ();

  return pressed;
}

void
cw_test_type (GtkWidget  *field,
              const char *text)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (gtk_widget_get_root (field)));

  g_assert_true (gtk_widget_has_focus (field));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char utf8[7] = { 0 };
      int position;

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
          gboolean handled = FALSE;

          if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
              gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
            g_signal_emit_by_name (controller, "key-pressed", gdk_unicode_to_keyval (c), 0, 0, &handled);
        }

      g_unichar_to_utf8 (c, utf8);
      if (GTK_IS_TEXT_VIEW (field))
        gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), utf8, -1);
      else
        {
          position = gtk_editable_get_position (GTK_EDITABLE (field));
          gtk_editable_insert_text (GTK_EDITABLE (field), utf8, -1, &position);
          gtk_editable_set_position (GTK_EDITABLE (field), position);
        }
    }
  cw_test_settle ();
}
