/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CW_TYPE_TAGS_ROW (cw_tags_row_get_type ())
G_DECLARE_FINAL_TYPE (CwTagsRow, cw_tags_row, CW, TAGS_ROW, AdwExpanderRow)

/* The care tags (cw_vocabulary_tags) as check boxes in an expander row;
 * its subtitle lists those chosen. The "tags" property is the choice
 * joined with 、 in the vocabulary's order. Tags the register does not
 * know are kept as they were, so that validation can name them. */
GtkWidget  *cw_tags_row_new      (void);
const char *cw_tags_row_get_tags (CwTagsRow  *self);
void        cw_tags_row_set_tags (CwTagsRow  *self,
                                  const char *tags);

G_END_DECLS
