/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_PARTY_LINK_DIALOG (cw_party_link_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwPartyLinkDialog, cw_party_link_dialog, CW, PARTY_LINK_DIALOG, AdwWindow)

/* 党员联户: a party member of the register comes to look after a
 * household, both found by typing (a name, its pinyin or initials, an ID
 * number; a 户号), from a day. A member past the usual maximum is warned
 * of, and the link stands; a refusal (not a party member, linked already)
 * is shown in the window. The change is offered for undo on @owner. */
CwPartyLinkDialog *cw_party_link_dialog_new    (GtkWidget         *owner,
                                                CwDatabase        *db,
                                                gint64             household_id);
/* What the pickers would pick now is picked, then linked; FALSE, the
 * reason shown, when refused or nothing is picked. */
gboolean           cw_party_link_dialog_save   (CwPartyLinkDialog *self);
/* Types into the party member's or the household's search. */
void               cw_party_link_dialog_search (CwPartyLinkDialog *self,
                                                const char        *member,
                                                const char        *household);

G_END_DECLS
