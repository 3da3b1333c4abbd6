/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CW_TYPE_DISCARD_DIALOG (cw_discard_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwDiscardDialog, cw_discard_dialog, CW, DISCARD_DIALOG, AdwMessageDialog)

/* "Discard What You Typed?", asked by a record editor (CwRecordEditor)
 * closed with changes not saved; @body says what was being edited. Its
 * responses are "keep" (the default, also on Escape) and "discard". */
GtkWidget *cw_discard_dialog_new (GtkWindow  *parent,
                                  const char *body);

/* Asks it over @window (a record editor, a decision's step, a notice's
 * review) from its close-request handler, once something was typed,
 * and destroys @window when the clerk discards. Returns TRUE, for the
 * handler to return and stop this close. */
gboolean   cw_discard_dialog_ask (GtkWindow  *window,
                                  const char *body);

G_END_DECLS
