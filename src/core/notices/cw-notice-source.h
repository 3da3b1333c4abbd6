/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "core/notices/cw-notice.h"

G_BEGIN_DECLS

/* The registers a notice's table can be drafted from. */
typedef enum
{
  CW_NOTICE_SOURCE_CARE,     /* the persons of a care tag (低保, 残疾 …) */
  CW_NOTICE_SOURCE_GRIDS,    /* the grid board: grids, heads, workers */
  CW_NOTICE_SOURCE_POINTS,   /* a quarter's points, group by group */
  CW_N_NOTICE_SOURCES
} CwNoticeSource;

const char *cw_notice_source_name  (CwNoticeSource   source);

/* "care:低保", "grids", "points:2026Q3" (any quarter cw_quarter_parse()
 * takes): the source and what it is drawn for (the care tag, canonical;
 * the quarter, canonical; NULL for the grids). FALSE with @error for
 * anything else. */
gboolean    cw_notice_source_parse (const char      *text,
                                    CwNoticeSource  *source,
                                    char           **what,
                                    GError         **error);

/* The table a register gives a notice, its first row the header, read
 * now from core's queries: the persons present with care tag @what
 * (序号, 村民小组, 户号, 姓名, 与户主关系); the grids standing (网格, 层级,
 * 网格长, 网格员, 户数); the households' reviewed points of quarter @what
 * (村民小组, 户号, 户主, 本季度积分, 本年累计, 组内排名). Names only: no ID
 * number, phone, birth date or address is read, so none can be shown or
 * pieced together; the printout masks the name columns (姓名, 户主) when
 * the village asks for it. Headers are in Chinese, as the board and the
 * village's record are. */
GPtrArray  *cw_notice_source_table (CwDatabase      *db,
                                    CwNoticeSource   source,
                                    const char      *what,
                                    GError         **error);

/* Gives a draft @notice the table of @source, and where the draft does
 * not say yet, the title the table suggests (低保名单公示, 2026年第三季度
 * 积分公示 …) and the catalogue item it publishes (低保对象名单, 网格划分和
 * 网格长, 积分制管理公示, with its kind, and for the points the quarter as
 * the period). */
gboolean    cw_notice_fill_from_source (CwDatabase     *db,
                                        CwNotice       *notice,
                                        CwNoticeSource  source,
                                        const char     *what,
                                        GError        **error);

G_END_DECLS
