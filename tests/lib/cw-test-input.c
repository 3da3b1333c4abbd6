/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-test-input"

#include "config.h"

#include <math.h>

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>

#include "cw-test-util.h"
#include "cw-test-input.h"

/* A tool that does not finish within this long has hung on something the
 * test should have seen. */
#define TOOL_TIMEOUT_SECONDS 30

gboolean
cw_test_input_available (void)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return xdotool != NULL && GDK_IS_X11_DISPLAY (gdk_display_get_default ());
}

/* A wait for something the window shows does not end before this long:
 * a busy machine is slow, a frozen window never. */
#define WAIT_TIMEOUT_SECONDS 120

typedef struct
{
  GMutex      lock;
  GCond       cond;
  gboolean    done;
  const char *what;
  int         seconds;
  GThread    *thread;
} Watchdog;

/* A window that stops answering never gives the main loop back, so no
 * timeout on it can fire: a thread of its own sees that and fails the
 * test, rather than letting it hang until meson kills it. */
static gpointer
watchdog_thread (gpointer user_data)
{
  Watchdog *watchdog = user_data;
  gint64 until = g_get_monotonic_time () + watchdog->seconds * G_USEC_PER_SEC;

  g_mutex_lock (&watchdog->lock);
  while (!watchdog->done)
    {
      if (!g_cond_wait_until (&watchdog->cond, &watchdog->lock, until))
        g_error ("The window did not %s within %d s: it is frozen", watchdog->what, watchdog->seconds);
    }
  g_mutex_unlock (&watchdog->lock);

  return NULL;
}

static void
watchdog_start (Watchdog   *watchdog,
                const char *what,
                int         seconds)
{
  watchdog->done = FALSE;
  watchdog->what = what;
  watchdog->seconds = seconds;
  g_mutex_init (&watchdog->lock);
  g_cond_init (&watchdog->cond);
  watchdog->thread = g_thread_new ("watchdog", watchdog_thread, watchdog);
}

static void
watchdog_stop (Watchdog *watchdog)
{
  g_mutex_lock (&watchdog->lock);
  watchdog->done = TRUE;
  g_cond_signal (&watchdog->cond);
  g_mutex_unlock (&watchdog->lock);
  g_thread_join (watchdog->thread);
  g_mutex_clear (&watchdog->lock);
  g_cond_clear (&watchdog->cond);
}

typedef struct
{
  gboolean  done;
  GError   *error;
} Finish;

static void
finished_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Finish *finish = user_data;

  g_subprocess_wait_check_finish (G_SUBPROCESS (object), result, &finish->error);
  finish->done = TRUE;
}

/* The test is the GTK program that the input goes to: it must go on
 * handling events while the tool sends them, so the tool runs beside the
 * main loop, never blocking it. */
static void
run_tool (const char * const *argv)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *command = g_strjoinv (" ", (char **) argv);
  g_autofree char *what = g_strdup_printf ("handle “%s”", command);
  Watchdog watchdog;
  Finish finish = { FALSE, NULL };

  g_test_message ("Input: %s", command);
  watchdog_start (&watchdog, what, TOOL_TIMEOUT_SECONDS);

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_subprocess_wait_check_async (process, NULL, finished_cb, &finish);
  while (!finish.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (finish.error);

  /* What the tool sent is queued for this process now: handle it, and
   * whatever it causes. */
  cw_test_settle ();
  watchdog_stop (&watchdog);
}

void
cw_test_input_wait_until (gboolean    (*done) (gpointer data),
                          gpointer      data,
                          const char   *what)
{
  g_autofree char *waited = g_strdup_printf ("show %s", what);
  Watchdog watchdog;

  watchdog_start (&watchdog, waited, WAIT_TIMEOUT_SECONDS);
  while (!done (data))
    g_main_context_iteration (NULL, TRUE);
  watchdog_stop (&watchdog);
  cw_test_settle ();
}

/* A person scrolls to what they want to click: when @widget lies outside
 * the visible part of the scrolled window it is in (a long Overview, a
 * long form), the view is scrolled to it and drawn again first. */
static void
scroll_into_view (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_point_t top;
  double height = gtk_widget_get_height (widget);
  double page, value;

  if (scrolled == NULL ||
      !gtk_widget_compute_point (widget, scrolled, &GRAPHENE_POINT_INIT (0, 0), &top))
    return;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  page = gtk_adjustment_get_page_size (adjustment);
  if (top.y >= 0 && top.y + height <= page)
    return;
  value = gtk_adjustment_get_value (adjustment) + top.y - MAX (0, (page - height) / 2);
  gtk_adjustment_set_value (adjustment, value);
  for (guint i = 0; i < 20; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10000);
    }
}

/* Moves the pointer to @x, @y in @widget's coordinates, and clicks there
 * unless @click is FALSE. */
static void
pointer_to (GtkWidget *widget,
            double     x,
            double     y,
            gboolean   click)
{
  GtkNative *native;
  GdkSurface *surface;
  graphene_point_t point;
  double dx, dy;
  g_autofree char *xid = NULL;
  g_autofree char *at_x = NULL;
  g_autofree char *at_y = NULL;

  g_assert_true (gtk_widget_is_drawable (widget));
  scroll_into_view (widget);

  /* From the widget to its native (a window, a popover, a dialog), then
   * to that native's X window, where the native's CSD margin may push
   * its content away from the corner. */
  native = gtk_widget_get_native (widget);
  surface = gtk_native_get_surface (native);
  g_assert_true (GDK_IS_X11_SURFACE (surface));
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (native, &dx, &dy);

  xid = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
  at_x = g_strdup_printf ("%d", (int) floor (point.x + dx));
  at_y = g_strdup_printf ("%d", (int) floor (point.y + dy));

  /* xdotool turns window coordinates into the screen's itself. */
  if (click)
    run_tool ((const char *[]) { "xdotool", "mousemove", "--sync", "--window", xid, at_x, at_y,
                                 "click", "1", NULL });
  else
    run_tool ((const char *[]) { "xdotool", "mousemove", "--sync", "--window", xid, at_x, at_y, NULL });
}

void
cw_test_input_click_at (GtkWidget *widget,
                        double     x,
                        double     y)
{
  pointer_to (widget, x, y, TRUE);
}

void
cw_test_input_move (GtkWidget *widget)
{
  pointer_to (widget, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0, FALSE);
}

void
cw_test_input_click (GtkWidget *widget)
{
  cw_test_input_click_at (widget,
                          gtk_widget_get_width (widget) / 2.0,
                          gtk_widget_get_height (widget) / 2.0);
}

/* Whether @label reads @text, which may have mnemonic underscores. */
static gboolean
label_reads (GtkLabel   *label,
             const char *text)
{
  const char *shown = gtk_label_get_text (label);
  g_autoptr(GString) plain = NULL;

  if (g_strcmp0 (shown, text) == 0)
    return TRUE;
  plain = g_string_new (text);
  g_string_replace (plain, "_", "", 0);
  return g_strcmp0 (shown, plain->str) == 0;
}

static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_is_drawable (root) && label_reads (GTK_LABEL (root), text))
    return GTK_LABEL (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkLabel *
cw_test_input_find_label (GtkWidget  *root,
                          const char *text)
{
  return find_label (root, text);
}

GtkWidget *
cw_test_input_click_label (GtkWidget  *root,
                           const char *text)
{
  GtkLabel *label = find_label (root, text);

  if (label == NULL)
    g_error ("No label reads “%s” on screen", text);
  cw_test_input_click (GTK_WIDGET (label));

  return GTK_WIDGET (label);
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
  GtkWidget  *found;
} Look;

static gboolean
label_drawn (gpointer data)
{
  Look *look = data;

  look->found = GTK_WIDGET (find_label (look->root, look->text));
  return look->found != NULL;
}

GtkWidget *
cw_test_input_click_text (GtkWidget  *root,
                          const char *text)
{
  Look look = { root, text, NULL };

  cw_test_input_wait_until (label_drawn, &look, text);
  cw_test_input_click (look.found);

  return look.found;
}

static gboolean
cell_drawn (gpointer data)
{
  Look *look = data;

  look->found = cw_test_find_cell (look->root, look->text);
  return look->found != NULL;
}

GtkWidget *
cw_test_input_wait_cell (GtkWidget  *root,
                         const char *text)
{
  Look look = { root, text, NULL };

  cw_test_input_wait_until (cell_drawn, &look, text);
  return look.found;
}

static gboolean
action_drawn (gpointer data)
{
  Look *look = data;
  g_autoptr(GPtrArray) actionables = g_ptr_array_new ();

  cw_test_collect (look->root, GTK_TYPE_ACTIONABLE, actionables);
  for (guint i = 0; i < actionables->len && look->found == NULL; i++)
    {
      GtkWidget *widget = g_ptr_array_index (actionables, i);

      if (gtk_widget_is_drawable (widget) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), look->text) == 0)
        look->found = widget;
    }

  return look->found != NULL;
}

void
cw_test_input_click_action (GtkWidget  *root,
                            const char *action)
{
  Look look = { root, action, NULL };

  cw_test_input_wait_until (action_drawn, &look, action);
  cw_test_input_click (look.found);
}

GtkWidget *
cw_test_input_find_popover (GtkWidget *root)
{
  g_autoptr(GPtrArray) popovers = g_ptr_array_new ();

  cw_test_collect (root, GTK_TYPE_POPOVER, popovers);
  for (guint i = 0; i < popovers->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (popovers, i)))
      return g_ptr_array_index (popovers, i);

  return NULL;
}

static gboolean
popover_shown (gpointer root)
{
  return cw_test_input_find_popover (root) != NULL;
}

static gboolean
popover_gone (gpointer root)
{
  return cw_test_input_find_popover (root) == NULL;
}

void
cw_test_input_click_in_popover (GtkWidget  *root,
                                const char *text)
{
  Look look = { NULL, text, NULL };

  cw_test_input_wait_until (popover_shown, root, "a popover");
  look.root = cw_test_input_find_popover (root);
  cw_test_input_wait_until (label_drawn, &look, text);
  cw_test_input_move (look.found);
  cw_test_input_click (look.found);
}

void
cw_test_input_choose (GtkWidget  *chooser,
                      const char *item)
{
  cw_test_input_click (chooser);
  cw_test_input_click_in_popover (chooser, item);
  cw_test_input_wait_until (popover_gone, chooser, "the list closed");
}

void
cw_test_input_key (const char *keys)
{
  g_auto(GStrv) chords = g_strsplit (keys, " ", -1);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, "xdotool");
  g_ptr_array_add (argv, "key");
  /* A key repeat or a grab starting between chords must not swallow one. */
  g_ptr_array_add (argv, "--delay");
  g_ptr_array_add (argv, "100");
  for (guint i = 0; chords[i] != NULL; i++)
    if (chords[i][0] != '\0')
      g_ptr_array_add (argv, chords[i]);
  g_ptr_array_add (argv, NULL);

  run_tool ((const char * const *) argv->pdata);
}

/* xdotool types a character missing from the keyboard map by binding it
 * to a spare key for a moment; the binding is undone before GTK has read
 * the key when the machine is busy, and the character is lost (three of
 * six runs of 刘贵文 lost one). Such characters go through GTK's own
 * Unicode entry instead, Ctrl+Shift+U, its code in hex, space: keys that
 * are on every keyboard, and no input method. */
static void
type_ascii (GString *run)
{
  if (run->len == 0)
    return;
  run_tool ((const char *[]) { "xdotool", "type", "--delay", "50", "--", run->str, NULL });
  g_string_truncate (run, 0);
}

static void
type_keys (GString *keys)
{
  if (keys->len == 0)
    return;
  cw_test_input_key (keys->str);
  g_string_truncate (keys, 0);
}

void
cw_test_input_type (const char *text)
{
  g_autoptr(GString) ascii = g_string_new (NULL);
  g_autoptr(GString) keys = g_string_new (NULL);

  g_assert_true (g_utf8_validate (text, -1, NULL));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_autofree char *hex = NULL;

      if (c >= 0x20 && c < 0x7f)
        {
          type_keys (keys);
          g_string_append_c (ascii, (char) c);
          continue;
        }

      type_ascii (ascii);
      hex = g_strdup_printf ("%x", c);
      g_string_append (keys, " ctrl+shift+u");
      for (const char *digit = hex; *digit != '\0'; digit++)
        g_string_append_printf (keys, " %c", *digit);
      g_string_append (keys, " space");
    }
  type_ascii (ascii);
  type_keys (keys);
}

void
cw_test_input_screenshot (const char *name)
{
  g_autofree char *file = NULL;

  g_assert_cmpint (g_mkdir_with_parents (SCREENSHOT_DIR, 0755), ==, 0);
  file = g_strdup_printf ("%s/%s-%s.png", SCREENSHOT_DIR, name, cw_test_get_lang ());

  /* ImageMagick reads the screen as composed: xwd -root leaves out the
   * popovers, which are windows of their own with an alpha channel. */
  run_tool ((const char *[]) { "import", "-window", "root", file, NULL });
  g_test_message ("Screenshot: %s", file);
}
