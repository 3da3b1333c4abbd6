/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Real input for the window tests: the X server's pointer and keyboard,
 * driven by xdotool, so that a test meets what a clerk meets with mouse and
 * keyboard (grabs, focus, popovers as windows of their own) rather than
 * what setting a widget's state from code does.
 *
 * The test runs under xvfb-run with a window manager (tests/ui/
 * run-with-wm.sh). The test process is the program itself: each call starts
 * xdotool, runs the main loop until xdotool is done, then until the events
 * it caused are handled (cw_test_settle()). */

/* Whether real input can be sent: an X11 display and xdotool. */
gboolean   cw_test_input_available   (void);

/* Moves the pointer to the middle of @widget, wherever it is drawn (a
 * popover or a dialog is an X window of its own), and clicks the left
 * button. @widget must be drawn. */
void       cw_test_input_click       (GtkWidget   *widget);
/* The same at @x, @y in @widget's coordinates. */
void       cw_test_input_click_at    (GtkWidget   *widget,
                                      double       x,
                                      double       y);
/* Moves the pointer to the middle of @widget, without a click: the
 * tooltip of the widget it leaves goes, as when a hand moves the mouse
 * (a pointer that jumps onto a popover can land on the tooltip of the
 * button that opened it, which then takes the click). */
void       cw_test_input_move        (GtkWidget   *widget);
/* Clicks the drawn label below @root that reads @text (the button, row or
 * tab it sits in gets the click), and returns it. */
GtkWidget *cw_test_input_click_label (GtkWidget   *root,
                                      const char  *text);

/* What a busy machine shows late: a popover or a dialog is drawn when
 * the X server has mapped it, which may come well after the click that
 * opened it. These wait for it (at most two minutes, the main loop
 * running, a frozen window failing the test), then click. A @text may
 * have mnemonic underscores ("_Save"): a label reads it without them. */

/* Runs the main loop until @done (@data) holds; @what names what is
 * waited for, in the failure's message. */
void       cw_test_input_wait_until  (gboolean    (*done) (gpointer data),
                                      gpointer      data,
                                      const char   *what);
/* Clicks the label below @root that reads @text once it is drawn, and
 * returns it. */
GtkWidget *cw_test_input_click_text  (GtkWidget   *root,
                                      const char  *text);
/* The cell of a list below @root that reads @text, once it is drawn (a
 * search's rows come a moment after the last key). */
GtkWidget *cw_test_input_wait_cell   (GtkWidget   *root,
                                      const char  *text);
/* Clicks the button below @root that runs @action once it is drawn. */
void       cw_test_input_click_action (GtkWidget  *root,
                                       const char *action);
/* The mapped popover below @root, or NULL. */
GtkWidget *cw_test_input_find_popover (GtkWidget  *root);
/* Clicks @text in the popover that opens below @root (a menu button's
 * menu, a drop-down's list); the pointer is moved there first. */
void       cw_test_input_click_in_popover (GtkWidget  *root,
                                           const char *text);
/* Opens @chooser (a drop-down, a combo row) with a click, clicks @item
 * in its list, and waits for the list to close. */
void       cw_test_input_choose      (GtkWidget   *chooser,
                                      const char  *item);

/* Presses and releases keys as xdotool names them, one chord after the
 * other: "Return", "ctrl+z", "Down Down Return". */
void       cw_test_input_key         (const char  *keys);
/* Types @text into the focused widget. Chinese goes in through GTK's own
 * Unicode entry (Ctrl+Shift+U): the test must run with GTK's simple input
 * context, GTK_IM_MODULE=gtk-im-context-simple. */
void       cw_test_input_type        (const char  *text);

/* The drawn label below @root (itself included) that reads @text. */
GtkLabel  *cw_test_input_find_label  (GtkWidget   *root,
                                      const char  *text);
/* The whole X screen, popovers and dialogs included, as the clerk sees
 * it, in SCREENSHOT_DIR/@name-<lang>.png. */
void       cw_test_input_screenshot  (const char  *name);

G_END_DECLS
