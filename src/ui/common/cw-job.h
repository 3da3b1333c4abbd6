/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-job-bar.h"

G_BEGIN_DECLS

/* Slow work (an export, an import, the daily backup) in a worker thread,
 * on a connection of its own, its progress on a CwJobBar with Cancel.
 * The job belongs to a widget, its owner: it ends on the main loop and
 * calls back only while the owner is alive; the owner going away cancels
 * it. The common endings come with it: a toast saying what was done, a
 * refusal dialog with a heading and the error, nothing for a cancel.
 *
 * An export: cw_job_new() with the work and its data, cw_job_set_file()
 * with the path, cw_job_show_progress() on the page's bar with "Exporting
 * %s…", cw_job_set_endings() with "Roster saved as %s" and the refusal's
 * heading, cw_job_set_done() to update the page's actions, cw_job_run().
 */

#define CW_TYPE_JOB (cw_job_get_type ())
G_DECLARE_FINAL_TYPE (CwJob, cw_job, CW, JOB, GObject)

/* The work, in the worker thread. @db is the job's own connection (NULL
 * for a job made without a database), @data what cw_job_new() was given;
 * results go into @data for the done function. FALSE with @error set when
 * it failed; a cancel is CW_ERROR_CANCELLED or G_IO_ERROR_CANCELLED. */
typedef gboolean (*CwJobFunc)     (CwDatabase     *db,
                                   gpointer        data,
                                   CwJobProgress  *progress,
                                   GCancellable   *cancellable,
                                   GError        **error);
/* On the main loop once the work is over, only while @owner is alive,
 * before the common endings. @error is NULL when the work succeeded. */
typedef void     (*CwJobDoneFunc) (GtkWidget      *owner,
                                   gpointer        data,
                                   const GError   *error);

/* With @db, the work gets a connection to the same file, opened in the
 * worker and carrying the operator's name. @data_free may run in either
 * thread. */
CwJob    *cw_job_new           (GtkWidget      *owner,
                                CwDatabase     *db,
                                CwJobFunc       func,
                                gpointer        data,
                                GDestroyNotify  data_free);
/* The file the job writes: its name goes into the bar's label, its path
 * into the toast (each at a "%s" there). */
void      cw_job_set_file      (CwJob          *self,
                                const char     *path);
/* Shows the job on @bar while it runs, offering Cancel when @can_cancel. */
void      cw_job_show_progress (CwJob          *self,
                                CwJobBar       *bar,
                                const char     *label,
                                gboolean        can_cancel);
/* The toast when the work succeeded and the refusal's heading when it
 * failed; NULL for none (the done function then tells). */
void      cw_job_set_endings   (CwJob          *self,
                                const char     *done_message,
                                const char     *refusal_heading);
void      cw_job_set_done      (CwJob          *self,
                                CwJobDoneFunc   done);
/* Starts the work; the job keeps itself alive until it has ended. */
void      cw_job_run           (CwJob          *self);
void      cw_job_cancel        (CwJob          *self);
gboolean  cw_job_get_running   (CwJob          *self);

/* A second connection to the same file for a worker thread: SQLite
 * connections are not shared between threads here. It carries the
 * operator's name, so the audit log names who did the work. */
CwDatabase *cw_ui_open_worker_database (CwDatabase  *db,
                                        GError     **error);

/* A refusal: a dialog over @owner's window with @heading and @message,
 * and Close. */
void      cw_ui_show_refusal   (GtkWidget      *owner,
                                const char     *heading,
                                const char     *message);

/* Asks where to save a file for @owner: a save dialog titled @title
 * suggesting @stem.@suffix (made safe for file systems) among @filter_name
 * files. @func gets the chosen path, or NULL when the clerk cancelled,
 * chose a place that is not on this computer (a toast says so then) or a
 * file no output may replace, such as the village's database (a refusal
 * says so, see cw-output.h).
 * Returns the dialog (transfer full): the owner keeps it while it is open,
 * and destroys it if it goes first. */
typedef void (*CwJobFileFunc) (GtkWidget  *owner,
                               const char *path,
                               gpointer    data);
GtkFileChooserNative *cw_job_choose_file (GtkWidget     *owner,
                                          const char    *title,
                                          const char    *stem,
                                          const char    *suffix,
                                          const char    *filter_name,
                                          CwJobFileFunc  func,
                                          gpointer       data);

G_END_DECLS
