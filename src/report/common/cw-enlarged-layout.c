/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-enlarged-layout"

#include "config.h"

#include "report/common/cw-enlarged-layout.h"
#include "report/common/cw-pdf.h"

struct _CwEnlargedLayout
{
  GObject        parent_instance;

  CwPrintLayout *layout;
  /* The paper's width over A4's, set by paginate(); never below 1: on
   * smaller paper the table's own layout fits the page. */
  double         scale;
};

G_DEFINE_FINAL_TYPE (CwEnlargedLayout, cw_enlarged_layout, G_TYPE_OBJECT)

static void
cw_enlarged_layout_dispose (GObject *object)
{
  CwEnlargedLayout *self = (CwEnlargedLayout *) object;

  g_clear_object (&self->layout);

  G_OBJECT_CLASS (cw_enlarged_layout_parent_class)->dispose (object);
}

static void
cw_enlarged_layout_class_init (CwEnlargedLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cw_enlarged_layout_dispose;
}

static void
cw_enlarged_layout_init (CwEnlargedLayout *self)
{
  self->scale = 1;
}

CwEnlargedLayout *
cw_enlarged_layout_new (CwPrintTable *table)
{
  CwEnlargedLayout *self;

  g_return_val_if_fail (CW_IS_PRINT_TABLE (table), NULL);

  self = g_object_new (CW_TYPE_ENLARGED_LAYOUT, NULL);
  self->layout = cw_print_layout_new (table);
  return self;
}

int
cw_enlarged_layout_paginate (CwEnlargedLayout *self,
                             cairo_t          *measuring_cr,
                             double            page_w,
                             double            page_h)
{
  g_return_val_if_fail (CW_IS_ENLARGED_LAYOUT (self), 0);

  self->scale = MAX (1.0, page_w / CW_PDF_A4_WIDTH);
  return cw_print_layout_paginate (self->layout, measuring_cr, page_w / self->scale, page_h / self->scale);
}

void
cw_enlarged_layout_draw_page (CwEnlargedLayout *self,
                              cairo_t          *cr,
                              int               page)
{
  g_return_if_fail (CW_IS_ENLARGED_LAYOUT (self));

  cairo_save (cr);
  cairo_scale (cr, self->scale, self->scale);
  cw_print_layout_draw_page (self->layout, cr, page);
  cairo_restore (cr);
}
