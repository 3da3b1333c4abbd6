/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>


G_BEGIN_DECLS

/* Files the window writes and opens beside the clerk's work. */

/* A file name without characters that file systems refuse. */
char       *cw_ui_file_name            (const char  *stem,
                                        const char  *extension);


G_END_DECLS
