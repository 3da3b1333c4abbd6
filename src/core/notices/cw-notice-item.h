/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* 三务: what a notice is about. */
typedef enum
{
  CW_NOTICE_KIND_PARTY,    /* 党务 */
  CW_NOTICE_KIND_VILLAGE,  /* 村务 */
  CW_NOTICE_KIND_FINANCE,  /* 财务 */
  CW_N_NOTICE_KINDS
} CwNoticeKind;

/* How often a catalogue item is published. */
typedef enum
{
  CW_CADENCE_IMMEDIATE,  /* 即时: whenever the matter arises */
  CW_CADENCE_MONTHLY,
  CW_CADENCE_QUARTERLY,
  CW_CADENCE_YEARLY,
  CW_N_CADENCES
} CwCadence;

const char *cw_notice_kind_code   (CwNoticeKind  kind);
const char *cw_notice_kind_name   (CwNoticeKind  kind);
/* The code, the English or the Chinese name (党务, 村务, 财务). */
gboolean    cw_notice_kind_parse  (const char   *text,
                                   CwNoticeKind *kind);
const char *cw_cadence_code       (CwCadence     cadence);
const char *cw_cadence_name       (CwCadence     cadence);
gboolean    cw_cadence_parse      (const char   *text,
                                   CwCadence    *cadence);

#define CW_TYPE_NOTICE_ITEM (cw_notice_item_get_type ())
G_DECLARE_FINAL_TYPE (CwNoticeItem, cw_notice_item, CW, NOTICE_ITEM, GObject)

/* An item of the 公开目录: a name, its kind, cadence and the fewest days a
 * notice of it stays up; @since (may be NULL) is the first day the
 * village owes it, so that the calendar does not count months before. */
CwNoticeItem *cw_notice_item_new          (const char    *name,
                                           CwNoticeKind   kind,
                                           CwCadence      cadence,
                                           guint          min_days);
CwNoticeItem *cw_notice_item_copy         (CwNoticeItem  *self);
gint64        cw_notice_item_get_id       (CwNoticeItem  *self);
const char   *cw_notice_item_get_name     (CwNoticeItem  *self);
void          cw_notice_item_set_name     (CwNoticeItem  *self,
                                           const char    *name);
CwNoticeKind  cw_notice_item_get_kind     (CwNoticeItem  *self);
void          cw_notice_item_set_kind     (CwNoticeItem  *self,
                                           CwNoticeKind   kind);
CwCadence     cw_notice_item_get_cadence  (CwNoticeItem  *self);
void          cw_notice_item_set_cadence  (CwNoticeItem  *self,
                                           CwCadence      cadence);
guint         cw_notice_item_get_min_days (CwNoticeItem  *self);
void          cw_notice_item_set_min_days (CwNoticeItem  *self,
                                           guint          days);
const char   *cw_notice_item_get_since    (CwNoticeItem  *self);
void          cw_notice_item_set_since    (CwNoticeItem  *self,
                                           const char    *since);
gboolean      cw_notice_item_get_retired  (CwNoticeItem  *self);
/* "Quarterly · 7 days", for a list row. */
char         *cw_notice_item_describe     (CwNoticeItem  *self);

/* The catalogue in its order (a GListModel of CwNoticeItem). */
GListModel   *cw_notice_item_list         (CwDatabase    *db,
                                           gboolean       include_retired,
                                           GError       **error);
CwNoticeItem *cw_notice_item_load         (CwDatabase    *db,
                                           gint64         id,
                                           GError       **error);
/* By its name, as typed. */
CwNoticeItem *cw_notice_item_find         (CwDatabase    *db,
                                           const char    *name,
                                           GError       **error);
/* Adds an item at the end of the catalogue (name unique, days 0–366). */
gint64        cw_notice_item_add          (CwDatabase    *db,
                                           CwNoticeItem  *item,
                                           GError       **error);
gboolean      cw_notice_item_update       (CwDatabase    *db,
                                           CwNoticeItem  *item,
                                           GError       **error);
/* An item the village no longer publishes leaves the calendar; its
 * notices keep pointing at it. */
gboolean      cw_notice_item_set_retired  (CwDatabase    *db,
                                           gint64         id,
                                           gboolean       retired,
                                           GError       **error);

G_END_DECLS
