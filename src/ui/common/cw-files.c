/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-files"

#include "config.h"

#include "ui/common/cw-files.h"

char *
cw_ui_file_name (const char *stem,
                 const char *extension)
{
  char *name = g_strconcat (stem, extension, NULL);

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return name;
}

