/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/common/cw-importer.h"

G_BEGIN_DECLS

/* A line of the report's summary beside the file, encoding, rows read and
 * units: a counter of the report, shown when it is not 0, or with @names
 * a list of names, shown when it is not empty. Labels are marked with N_
 * and translated when shown. */
typedef struct
{
  const char *counter;
  gboolean    names;
  const char *label_dry_run;   /* "Persons to import" */
  const char *label;           /* "Persons imported" */
} CwImportSummaryLine;

/* What the dialog imports: a static description per register's file.
 * Its strings are marked with N_ and translated when shown. */
typedef struct
{
  const CwImporter          *importer;
  const char                *title;           /* "Import a Roster" */
  const char                *description;     /* what the file holds, for the start page */
  /* The units in the summary: "Households to import", "Households
   * imported", and "Households left out" (NULL where a row is the unit:
   * only the rows left out are shown). */
  const char                *units_dry_run;
  const char                *units;
  const char                *units_left_out;
  const CwImportSummaryLine *lines;           /* up to a NULL counter; may be NULL */
  /* A register option the clerk may tick before choosing the file, and
   * the flag it sets (CW_POINT_IMPORT_REVIEWED); NULL for none. */
  const char                *option_label;
  CwImportFlags              option_flag;
} CwImportKind;

#define CW_TYPE_IMPORT_DIALOG (cw_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwImportDialog, cw_import_dialog, CW, IMPORT_DIALOG, AdwWindow)

/* Importing a CSV file into any register: a file is first checked (a dry
 * run, nothing written) and its report shown — encoding, counts, every
 * problem by line; "Import" then runs it for real, and the report stays.
 * Both run in a worker thread on a connection of its own, with progress
 * and Cancel; "busy" is TRUE meanwhile, so the window can hold back its
 * own writes. After a real import the window's connection is told which
 * tables changed (CwDatabase::changed), so that every page showing them
 * reloads, and then "imported" (gint64 change_id, guint units) is
 * emitted, for an undo. */
CwImportDialog *cw_import_dialog_new        (GtkWindow          *parent,
                                             CwDatabase         *db,
                                             const CwImportKind *kind);
/* An import dialog over @page's window for @kind, presented; @imported_cb
 * is connected to its "imported" signal with @page as its data, for as
 * long as @page lives. */
CwImportDialog *cw_import_dialog_present_for (GtkWidget          *page,
                                              CwDatabase         *db,
                                              const CwImportKind *kind,
                                              GCallback           imported_cb);
/* Checks @file, as if it had been chosen. */
void            cw_import_dialog_open_file  (CwImportDialog     *self,
                                             GFile              *file);
gboolean        cw_import_dialog_get_busy   (CwImportDialog     *self);
/* The window's connection, which the dialog was made with. */
CwDatabase     *cw_import_dialog_get_database (CwImportDialog   *self);
/* The last report, or NULL. */
CwImportReport *cw_import_dialog_get_report (CwImportDialog     *self);

G_END_DECLS
