/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-job-bar"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/common/cw-job-bar.h"

struct _CwJobProgress
{
  int           done;
  int           total;
  /* For tests (cw_job_bar_set_held()): while held, the worker waits at
   * each report until a step or a cancel lets it go. */
  GMutex        lock;
  GCond         moved;
  int           held;
  guint         steps;         /* steps granted so far */
  guint         reports;       /* reports made so far */
  gboolean      waiting;
  GCancellable *cancellable;
  gulong        cancelled_id;
};

static void
progress_clear (gpointer data)
{
  CwJobProgress *progress = data;

  if (progress->cancelled_id != 0)
    g_cancellable_disconnect (progress->cancellable, progress->cancelled_id);
  g_clear_object (&progress->cancellable);
  g_mutex_clear (&progress->lock);
  g_cond_clear (&progress->moved);
}

/* Wakes a held worker: something changed that it waits for. */
static void
progress_wake (CwJobProgress *progress)
{
  g_mutex_lock (&progress->lock);
  g_cond_broadcast (&progress->moved);
  g_mutex_unlock (&progress->lock);
}

static void
progress_cancelled_cb (GCancellable *cancellable,
                       gpointer      progress)
{
  progress_wake (progress);
}

static CwJobProgress *
progress_new (GCancellable *cancellable,
              gboolean      held)
{
  CwJobProgress *progress = g_atomic_rc_box_new0 (CwJobProgress);

  g_mutex_init (&progress->lock);
  g_cond_init (&progress->moved);
  progress->held = held;
  if (cancellable != NULL)
    {
      progress->cancellable = g_object_ref (cancellable);
      progress->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (progress_cancelled_cb), progress,
                                                      NULL);
    }
  return progress;
}

CwJobProgress *
cw_job_progress_ref (CwJobProgress *progress)
{
  return g_atomic_rc_box_acquire (progress);
}

void
cw_job_progress_unref (CwJobProgress *progress)
{
  g_atomic_rc_box_release_full (progress, progress_clear);
}

void
cw_job_progress_report (CwJobProgress *progress,
                        guint          done,
                        guint          total)
{
  guint step;

  if (progress == NULL)
    return;

  g_atomic_int_set (&progress->total, (int) MIN (total, G_MAXINT));
  g_atomic_int_set (&progress->done, (int) MIN (done, G_MAXINT));
  if (!g_atomic_int_get (&progress->held))
    return;

  g_mutex_lock (&progress->lock);
  step = progress->steps;
  progress->reports++;
  progress->waiting = TRUE;
  while (g_atomic_int_get (&progress->held) && progress->steps == step &&
         !g_cancellable_is_cancelled (progress->cancellable))
    g_cond_wait (&progress->moved, &progress->lock);
  progress->waiting = FALSE;
  g_mutex_unlock (&progress->lock);
}

void
cw_job_progress_cb (guint    done,
                    guint    total,
                    gpointer progress)
{
  cw_job_progress_report (progress, done, total);
}

struct _CwJobBar
{
  GtkWidget       parent_instance;

  GtkWidget      *revealer;
  GtkWidget      *label;
  GtkWidget      *progress_bar;
  GtkWidget      *cancel_button;
  GCancellable   *cancellable;
  CwJobProgress  *progress;
  guint           tick_source;
  gboolean        held;
};

G_DEFINE_FINAL_TYPE (CwJobBar, cw_job_bar, GTK_TYPE_WIDGET)

static gboolean
tick_cb (gpointer user_data)
{
  CwJobBar *self = user_data;
  int done, total;

  if (self->progress == NULL)
    return G_SOURCE_CONTINUE;

  done = g_atomic_int_get (&self->progress->done);
  total = g_atomic_int_get (&self->progress->total);

  if (total > 0)
    {
      g_autofree char *text = NULL;

      /* Translators: rows done of all rows, in a progress bar */
      text = g_strdup_printf (_("%d of %d"), done, total);
      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), (double) done / total);
      gtk_progress_bar_set_text (GTK_PROGRESS_BAR (self->progress_bar), text);
    }
  else
    gtk_progress_bar_pulse (GTK_PROGRESS_BAR (self->progress_bar));

  return G_SOURCE_CONTINUE;
}

static void
cancel_clicked_cb (CwJobBar  *self,
                   GtkButton *button)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_set_sensitive (self->cancel_button, FALSE);
}

CwJobProgress *
cw_job_bar_start (CwJobBar     *self,
                  const char   *label,
                  GCancellable *cancellable)
{
  g_return_val_if_fail (CW_IS_JOB_BAR (self), NULL);

  g_clear_pointer (&self->progress, cw_job_progress_unref);
  g_set_object (&self->cancellable, cancellable);
  self->progress = progress_new (cancellable, self->held);

  gtk_label_set_text (GTK_LABEL (self->label), label);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), 0.0);
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (self->progress_bar), NULL);
  gtk_widget_set_sensitive (self->cancel_button, cancellable != NULL);
  gtk_widget_set_visible (self->cancel_button, cancellable != NULL);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);

  if (self->tick_source == 0)
    self->tick_source = g_timeout_add (100, tick_cb, self);

  return cw_job_progress_ref (self->progress);
}

void
cw_job_bar_finish (CwJobBar *self)
{
  g_return_if_fail (CW_IS_JOB_BAR (self));

  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_pointer (&self->progress, cw_job_progress_unref);
  g_clear_object (&self->cancellable);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

gboolean
cw_job_bar_get_running (CwJobBar *self)
{
  g_return_val_if_fail (CW_IS_JOB_BAR (self), FALSE);

  return self->progress != NULL;
}

void
cw_job_bar_set_held (CwJobBar *self,
                     gboolean  held)
{
  g_return_if_fail (CW_IS_JOB_BAR (self));

  self->held = held;
  if (self->progress == NULL)
    return;
  g_atomic_int_set (&self->progress->held, held);
  progress_wake (self->progress);
}

void
cw_job_bar_step (CwJobBar *self)
{
  g_return_if_fail (CW_IS_JOB_BAR (self));

  if (self->progress == NULL)
    return;
  g_mutex_lock (&self->progress->lock);
  self->progress->steps++;
  g_cond_broadcast (&self->progress->moved);
  g_mutex_unlock (&self->progress->lock);
}

guint
cw_job_bar_get_waiting (CwJobBar *self)
{
  guint report = 0;

  g_return_val_if_fail (CW_IS_JOB_BAR (self), 0);

  if (self->progress == NULL)
    return 0;
  g_mutex_lock (&self->progress->lock);
  if (self->progress->waiting)
    report = self->progress->reports;
  g_mutex_unlock (&self->progress->lock);
  return report;
}

GtkWidget *
cw_job_bar_new (void)
{
  return g_object_new (CW_TYPE_JOB_BAR, NULL);
}

static void
cw_job_bar_dispose (GObject *object)
{
  CwJobBar *self = CW_JOB_BAR (object);

  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_pointer (&self->progress, cw_job_progress_unref);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->revealer, gtk_widget_unparent);

  G_OBJECT_CLASS (cw_job_bar_parent_class)->dispose (object);
}

static void
cw_job_bar_class_init (CwJobBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_job_bar_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cw_job_bar_init (CwJobBar *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0.0f);

  self->progress_bar = gtk_progress_bar_new ();
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (self->progress_bar), TRUE);
  gtk_widget_set_hexpand (self->progress_bar, TRUE);
  gtk_widget_set_valign (self->progress_bar, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (self->progress_bar, 160, -1);

  self->cancel_button = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_object (self->cancel_button, "clicked", G_CALLBACK (cancel_clicked_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_box_append (GTK_BOX (box), self->label);
  gtk_box_append (GTK_BOX (box), self->progress_bar);
  gtk_box_append (GTK_BOX (box), self->cancel_button);

  self->revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->revealer), GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
  gtk_revealer_set_child (GTK_REVEALER (self->revealer), box);
  gtk_widget_set_parent (self->revealer, GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
