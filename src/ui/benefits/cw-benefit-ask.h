/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What a step of a list takes (approve, pay, take off, not collected,
 * withdraw): a day, today unless the clerk types another, and a line of
 * text (a reason, who paid, the representatives' day). @func gets both,
 * stripped; core judges them and says what is wrong. */
typedef void (*CwBenefitAskFunc) (GtkWidget  *owner,
                                  const char *date,
                                  const char *text,
                                  gpointer    data);

/* A message dialog over @owner's window with a date row (@date_title,
 * @date or today) and, when @text_title is not NULL, a text row (@text);
 * with @text_required the confirm button waits until it holds text. */
void cw_benefit_ask (GtkWidget        *owner,
                     const char       *heading,
                     const char       *body,
                     const char       *date_title,
                     const char       *date,
                     const char       *text_title,
                     gboolean          text_required,
                     const char       *confirm_label,
                     gboolean          destructive,
                     CwBenefitAskFunc  func,
                     gpointer          data,
                     GDestroyNotify    destroy);

/* After a change made from @page (a CwListPage): the toast with Undo
 * saying @message, or, when not @ok, why core refused. */
void cw_benefit_changed (GtkWidget    *page,
                         gboolean      ok,
                         const GError *error,
                         const char   *message);

/* A search picker over @persons (CwPerson rows): by name, ID number or
 * pinyin initials, each shown with its group and 户号. */
GtkWidget *cw_benefit_person_picker_new (GListModel *persons);

G_END_DECLS
