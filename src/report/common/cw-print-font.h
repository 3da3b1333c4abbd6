/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The fonts of every printout (Pango family list, first found wins).
 *
 * A TrueType CJK font comes first on purpose: Debian 12's cairo 1.16
 * subsets the CFF outlines of Noto Sans CJK SC (an OpenType/CFF font)
 * wrongly for some characters — 如 prints as a blank, so 张如意 would
 * become 张 意 on the notice board. WenQuanYi Micro Hei (fonts-wqy-microhei)
 * is TrueType and embeds correctly; the test suites check that the
 * embedded CJK font is TrueType. The rest are fallbacks for a machine
 * without it, so Chinese still prints rather than boxes. */
#define CW_PRINT_FONT_FAMILIES "WenQuanYi Micro Hei,WenQuanYi Zen Hei,Droid Sans Fallback," \
                               "Noto Sans CJK SC,Source Han Sans SC,sans-serif"

/* What pdffonts calls the embedded CJK font, for the tests. */
#define CW_PRINT_FONT_EMBEDDED_NAME "WenQuanYiMicroHei"
