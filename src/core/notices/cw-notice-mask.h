/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a notice board may show of a text the clerk supplied: anything
 * shaped like an ID number (18 characters, or the old 15 digits) is
 * masked as 430421********1234, a mobile number (with or without +86 and
 * separators) as 138****5678, and any other run of 12 or more digits (a
 * bank account) keeps only its last four; a landline with its area code
 * (0731-88888888) stays. A 低保 list pasted from Excel
 * with its ID column is how boards came to show full ID numbers. */
char     *cw_notice_mask_text      (const char *text);
/* Whether @text holds anything cw_notice_mask_text() would mask. */
gboolean  cw_notice_text_is_masked (const char *text);

/* A line of a notice's prose as it is kept: invalid UTF-8 repaired,
 * invisible and control characters removed, runs of white space made one
 * space, the ends trimmed; unlike cw_text_clean_line() it keeps the
 * full-width punctuation (，。（）) that Chinese prose is written with. */
char     *cw_notice_clean_prose    (const char *text);

G_END_DECLS
