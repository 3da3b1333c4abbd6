/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-error"

#include "core/common/cw-error.h"

G_DEFINE_QUARK (cw-error-quark, cw_error)

gboolean
cw_error_is_about_input (const GError *error)
{
  if (error == NULL || error->domain != CW_ERROR)
    return FALSE;
  switch ((CwError) error->code)
    {
    case CW_ERROR_INVALID:
    case CW_ERROR_EXISTS:
    case CW_ERROR_NOT_FOUND:
    case CW_ERROR_REFUSED:
      return TRUE;
    case CW_ERROR_CANCELLED:
    case CW_ERROR_FAILED:
    case CW_ERROR_NOT_SQLITE:
    case CW_ERROR_EMPTY_FILE:
    case CW_ERROR_FOREIGN:
    case CW_ERROR_TOO_NEW:
    case CW_ERROR_READ_ONLY:
    case CW_ERROR_CORRUPT:
    case CW_ERROR_BUSY:
    case CW_ERROR_DISK_FULL:
    default:
      return FALSE;
    }
}
