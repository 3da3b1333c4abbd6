/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* How far a job in a worker thread has come. The worker only writes two
 * numbers; the bar reads them from the main loop. Reference-counted, so
 * it never matters which side lets go last. */
typedef struct _CwJobProgress CwJobProgress;

CwJobProgress *cw_job_progress_ref    (CwJobProgress *progress);
void           cw_job_progress_unref  (CwJobProgress *progress);
/* Thread-safe. */
void           cw_job_progress_report (CwJobProgress *progress,
                                       guint          done,
                                       guint          total);
/* The same with the arguments in the order core's and report's progress
 * callbacks have them; @progress as their user data. */
void           cw_job_progress_cb     (guint          done,
                                       guint          total,
                                       gpointer       progress);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwJobProgress, cw_job_progress_unref)

#define CW_TYPE_JOB_BAR (cw_job_bar_get_type ())
G_DECLARE_FINAL_TYPE (CwJobBar, cw_job_bar, CW, JOB_BAR, GtkWidget)

/* A line with what is being done, a progress bar and Cancel; hidden while
 * no job runs. */
GtkWidget     *cw_job_bar_new         (void);
/* Shows the bar for a job; Cancel cancels @cancellable. Returns the
 * progress for the worker (transfer full). */
CwJobProgress *cw_job_bar_start       (CwJobBar      *self,
                                       const char    *label,
                                       GCancellable  *cancellable);
void           cw_job_bar_finish      (CwJobBar      *self);
gboolean       cw_job_bar_get_running (CwJobBar      *self);

/* For tests, which must press Cancel while a job surely runs: while
 * @held, the worker of the bar's job (this one, or the next started)
 * waits at each progress report until cw_job_bar_step() lets it past that
 * one, the hold ends, or the job is cancelled. */
void           cw_job_bar_set_held    (CwJobBar      *self,
                                       gboolean       held);
void           cw_job_bar_step        (CwJobBar      *self);
/* Which report (1 for the first) the held worker waits at; 0 while it
 * does not wait. */
guint          cw_job_bar_get_waiting (CwJobBar      *self);

G_END_DECLS
