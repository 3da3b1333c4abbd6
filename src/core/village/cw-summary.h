/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* A backup older than this many days is worth mentioning on the Overview. */
#define CW_SUMMARY_BACKUP_DAYS 3

typedef enum
{
  CW_SUMMARY_INFO,
  CW_SUMMARY_WARNING,
} CwSummarySeverity;

/* One number on the Overview: "Village groups 8". */
typedef struct
{
  char   *label;   /* translated */
  gint64  value;
  char   *page;    /* id of the page that lists them, or NULL */
} CwSummaryCount;

/* One thing the office should look at, and where it is put right. */
typedef struct
{
  CwSummarySeverity  severity;
  char              *title;   /* translated */
  char              *detail;  /* translated, or NULL */
  char              *page;    /* id of the page where it is fixed, or NULL */
} CwSummaryAttention;

#define CW_TYPE_SUMMARY (cw_summary_get_type ())
G_DECLARE_FINAL_TYPE (CwSummary, cw_summary, CW, SUMMARY, GObject)

/* What the Overview shows, computed in one go. Each register contributes its
 * counts and attention items from one section function (see cw-summary.c). */
CwSummary  *cw_summary_load             (CwDatabase         *db,
                                         GError            **error);

const char *cw_summary_get_village_name (CwSummary          *self);
const char *cw_summary_get_township     (CwSummary          *self);
const char *cw_summary_get_county       (CwSummary          *self);
guint       cw_summary_get_n_groups     (CwSummary          *self);
/* The newest backup in the rotation folder, or NULL when there is none. */
GDateTime  *cw_summary_get_last_backup  (CwSummary          *self);
/* (element-type CwSummaryCount) (transfer none), in display order. */
GPtrArray  *cw_summary_get_counts       (CwSummary          *self);
/* (element-type CwSummaryAttention) (transfer none), warnings first. */
GPtrArray  *cw_summary_get_attention    (CwSummary          *self);

/* For the register modules' section functions. */
void        cw_summary_add_count        (CwSummary          *self,
                                         const char         *label,
                                         gint64              value,
                                         const char         *page);
void        cw_summary_add_attention    (CwSummary          *self,
                                         CwSummarySeverity   severity,
                                         const char         *title,
                                         const char         *detail,
                                         const char         *page);

G_END_DECLS
