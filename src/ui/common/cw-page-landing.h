/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Where the keyboard focus lands when a page switch brings it into a
 * page. GtkStack moves the focus into the page it shows when the focus
 * was in the page it hides (a jump from the Overview, Ctrl+digit from a
 * field): onto the page's first field, or the one last used, its text
 * selected for the next key to replace.
 *
 * @func gets the page and the widget the stack put the focus on, and
 * returns the row the focus should land on instead, or NULL to leave it.
 * That row gets the focus with nothing selected once the page is laid
 * out, so that it is scrolled into view; until then no field has it. A
 * window shown again keeps its focus where it was. */
typedef GtkWidget *(*CwPageLandingFunc) (GtkWidget *page,
                                         GtkWidget *focus);

void cw_page_landing_set (GtkWidget         *page,
                          CwPageLandingFunc  func);

G_END_DECLS
