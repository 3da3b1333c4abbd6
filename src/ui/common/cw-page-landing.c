/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-page-landing"

#include "config.h"

#include "ui/common/cw-form.h"
#include "ui/common/cw-page-landing.h"

typedef struct
{
  CwPageLandingFunc  func;
  gboolean           focus_was_here;
  GtkWidget         *row;      /* to land on, once laid out */
  guint              frames;
} Landing;

/* The viewport would scroll just far enough for the row's edge to show,
 * which leaves a last row (Settings' "Your Name") flush against the
 * window's bottom, looking cut; the row comes into view with some room
 * around it instead. */
static void
scroll_into_view (GtkWidget *row)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  const double room = 24;
  double top, bottom, value, page;

  if (scrolled == NULL)
    return;
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  if (content == NULL || !gtk_widget_compute_bounds (row, content, &bounds))
    return;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  /* The bounds are where the row shows now, the scroll already applied. */
  top = bounds.origin.y + value - room;
  bottom = bounds.origin.y + bounds.size.height + value + room;
  if (bottom > value + page)
    value = bottom - page;
  if (top < value)
    value = top;
  gtk_adjustment_set_value (adjustment, value);
}

/* The viewport scrolls to the focus, but only knows where the row is
 * once a frame has laid the page out. */
static gboolean
land_tick_cb (GtkWidget     *page,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  Landing *landing = user_data;

  if (landing->frames++ == 0)
    return G_SOURCE_CONTINUE;

  if (gtk_widget_get_mapped (page) && gtk_widget_is_ancestor (landing->row, page))
    {
      scroll_into_view (landing->row);
      cw_ui_focus_quietly (landing->row);
    }
  landing->row = NULL;

  return G_SOURCE_REMOVE;
}

/* Right after the stack moved the focus in, before any key is handled. */
static gboolean
arrived_cb (gpointer user_data)
{
  GtkWidget *page = user_data;
  Landing *landing = g_object_get_data (G_OBJECT (page), "cw-page-landing");
  GtkRoot *root = gtk_widget_get_root (page);

  if (landing->focus_was_here || landing->row != NULL || root == NULL || !cw_ui_row_has_focus (page))
    return G_SOURCE_REMOVE;

  landing->row = landing->func (page, gtk_root_get_focus (root));
  if (landing->row == NULL)
    return G_SOURCE_REMOVE;

  gtk_root_set_focus (root, NULL);
  landing->frames = 0;
  gtk_widget_add_tick_callback (page, land_tick_cb, landing, NULL);

  return G_SOURCE_REMOVE;
}

static void
map_cb (GtkWidget *page,
        Landing   *landing)
{
  /* The stack maps the page, then moves the focus. */
  landing->focus_was_here = cw_ui_row_has_focus (page);
  g_idle_add_full (G_PRIORITY_HIGH, arrived_cb, g_object_ref (page), g_object_unref);
}

void
cw_page_landing_set (GtkWidget         *page,
                     CwPageLandingFunc  func)
{
  Landing *landing;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (func != NULL);

  landing = g_new0 (Landing, 1);
  landing->func = func;
  g_object_set_data_full (G_OBJECT (page), "cw-page-landing", landing, g_free);
  g_signal_connect (page, "map", G_CALLBACK (map_cb), landing);
}
