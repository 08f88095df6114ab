/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-document.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

/* What every detail page repeats, once: one record of its scope loaded by
 * id (show()), with Back and a heading above it; the states (loading, the
 * record, the error with the API's message and Try Again); a reload that
 * keeps the record shown until the new one is in; cancelling the load on
 * a new one, on clearing and when the page goes; the record's document
 * (a PDF) to preview (detail.preview-pdf, Ctrl+P) and download
 * (detail.download-pdf, Ctrl+S); and the DoorstepSection calls, so a list
 * page loads, reloads and clears it with itself. A subclass names its
 * fetch in class_init and fills its own widgets in show_record(); its
 * template's <child> elements go in the scrolled content, and one with
 * type="bottom" under it (an action bar), shown only with the record. */

#define DOORSTEP_TYPE_DETAIL_PAGE (doorstep_detail_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (DoorstepDetailPage, doorstep_detail_page, DOORSTEP, DETAIL_PAGE, AdwBin)

struct _DoorstepDetailPageClass {
  AdwBinClass parent_class;

  /* Fetches the record @id of @scope: a resource's get call, as it is. */
  void     (*load_async)  (DoorstepScope        *scope,
                           const char           *id,
                           GCancellable         *cancellable,
                           GAsyncReadyCallback   callback,
                           gpointer              user_data);
  /* Returns: (transfer full) (nullable): the record, or NULL and @error.
   * It gets no page: the page may be gone when a cancelled load ends. */
  gpointer (*load_finish) (DoorstepScope        *scope,
                           GAsyncResult         *result,
                           GError              **error);
  /* Fills the page in from @record, loaded or handed over with
   * set_record(); the base shows it once this returns. */
  void     (*show_record) (DoorstepDetailPage   *self,
                           gpointer              record);
  /* Drops what the subclass keeps beyond the record (the page is
   * cleared: the next person must not glimpse it). Optional. */
  void     (*clear)       (DoorstepDetailPage   *self);
};

void              doorstep_detail_page_show            (DoorstepDetailPage *self,
                                                        const char         *id);
const char       *doorstep_detail_page_get_id          (DoorstepDetailPage *self);
gpointer          doorstep_detail_page_get_record      (DoorstepDetailPage *self);
void              doorstep_detail_page_set_record      (DoorstepDetailPage *self,
                                                        gpointer            record);
DoorstepScope    *doorstep_detail_page_get_scope       (DoorstepDetailPage *self);
GCancellable     *doorstep_detail_page_get_cancellable (DoorstepDetailPage *self);
void              doorstep_detail_page_set_heading     (DoorstepDetailPage *self,
                                                        const char         *heading);
void              doorstep_detail_page_set_document    (DoorstepDetailPage *self,
                                                        DoorstepDocument   *document);

G_END_DECLS
