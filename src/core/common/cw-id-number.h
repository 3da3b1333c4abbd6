/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Resident ID numbers (居民身份证号码, GB 11643-1999).
 *
 * cw_id_number_normalize() is the only gate: everything else here expects
 * the 18-character ASCII form it returns (17 digits, then a digit or 'X').
 * On success *normalized (if not NULL) receives a newly allocated string;
 * on failure it is left alone and @error (CW_ERROR_INVALID) names the
 * number and what is wrong with it. */
gboolean cw_id_number_normalize  (const char  *input,
                                  char       **normalized,
                                  GError     **error);

/* FALSE if @normalized does not hold a real date at positions 7–14. */
gboolean cw_id_number_birth_date (const char  *normalized,
                                  GDate       *out);

/* 'M' when the 17th digit is odd, 'F' when even; '\0' if @normalized is
 * too short or that character is not a digit. */
char     cw_id_number_sex        (const char  *normalized);

/* The GB 11643 check character ('0'–'9' or 'X') for 17 digits. */
char     cw_id_number_check_character (const char *digits17);

/* The forms that may appear in public (DOMAIN.md, personal information).
 * Both count characters, not bytes, and never return NULL.
 *
 * cw_id_number_mask(): first 6 and last 4 kept, "430421********1234";
 * fewer than 10 characters become all stars.
 *
 * cw_phone_mask(): "138****5678" for 11 characters; otherwise the last 4
 * are kept, and also the first 3 when there are at least 8; 4 or fewer
 * characters become all stars. Only digits are replaced, so separators
 * such as the dash in "0731-88888888" stay where they are. */
char    *cw_id_number_mask       (const char  *id);
char    *cw_phone_mask           (const char  *phone);

/* Accepts an 11-digit mobile number (1[3-9]…), optionally with +86 or 86
 * in front and spaces or dashes inside; or a landline with its area code,
 * "0731-88888888", "(010) 8888 8888", "0731-88888888-123" (extension,
 * also written 转123). Full-width digits and punctuation are accepted.
 *
 * Normalized forms: "13812345678"; "0731-88888888"; "0731-88888888-123".
 * Empty or blank input is allowed and gives "". */
gboolean cw_phone_normalize      (const char  *input,
                                  char       **normalized,
                                  GError     **error);

G_END_DECLS
