/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-import-dialog.h"

G_BEGIN_DECLS

#define CW_TYPE_POINTS_ENTRY_PAGE (cw_points_entry_page_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsEntryPage, cw_points_entry_page, CW, POINTS_ENTRY_PAGE, AdwBin)

/* 录入: points entered from the keyboard — households by 户号 or pinyin
 * (several, or a whole group, for one rule), the rule by its code, date
 * (today), quantity and note; Enter moves on, Ctrl+Enter saves and clears
 * the form for the next one. Below, what waits for review.
 * Entries on paper forms may be imported from a CSV file instead.
 * Actions: entry.save, entry.clear, entry.clear-households,
 * entry.remove-household (x: household id), entry.import, subpage.reload. */
GtkWidget  *cw_points_entry_page_new              (CwDatabase        *db);
/* As if the 户号 had been typed and picked; FALSE when there is no such
 * household in the register. */
gboolean    cw_points_entry_page_choose_household (CwPointsEntryPage *self,
                                                   const char        *number);
/* As if the code had been typed and picked; FALSE for no such active rule. */
gboolean    cw_points_entry_page_choose_rule      (CwPointsEntryPage *self,
                                                   const char        *code);
/* "household" (村民积分, the default) or "party" (党员积分): switching
 * clears the subjects and the rule chosen. */
void        cw_points_entry_page_set_scheme       (CwPointsEntryPage *self,
                                                   const char        *scheme);
const char *cw_points_entry_page_get_scheme       (CwPointsEntryPage *self);
/* With the party scheme: as if a party member had been typed in full (the
 * name or the ID number) and picked; FALSE when none matches. */
gboolean    cw_points_entry_page_choose_party_member (CwPointsEntryPage *self,
                                                      const char        *query);
guint       cw_points_entry_page_get_n_chosen     (CwPointsEntryPage *self);
/* The refusal shown under the form, or NULL. */
const char *cw_points_entry_page_get_error        (CwPointsEntryPage *self);
/* After a save that left some out: who and why, a line each; else NULL. */
const char *cw_points_entry_page_get_skipped      (CwPointsEntryPage *self);
/* What Import does: the import dialog for point entries, presented. */
CwImportDialog *cw_points_entry_page_import       (CwPointsEntryPage *self);

G_END_DECLS
