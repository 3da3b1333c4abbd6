/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-test-core.h"

G_BEGIN_DECLS

/* The test program's own folder, $TMPDIR/cunwu-<program>-XXXXXX, made on
 * first use and removed when the program exits normally. */
const char *cw_test_get_root (void);

G_END_DECLS
