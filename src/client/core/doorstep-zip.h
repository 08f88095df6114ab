/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One ZIP file of several documents (a selection of invoices), written
 * with libarchive on a worker thread, to a GFile replaced as a whole only
 * once complete. */
typedef struct _DoorstepZip DoorstepZip;

DoorstepZip *doorstep_zip_new          (void);
gboolean     doorstep_zip_add          (DoorstepZip          *zip,
                                        const char           *name,
                                        GBytes               *contents);
guint        doorstep_zip_get_n_files  (DoorstepZip          *zip);
void         doorstep_zip_free         (DoorstepZip          *zip);
void         doorstep_zip_write_async  (DoorstepZip          *zip,
                                        GFile                *file,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
gboolean     doorstep_zip_write_finish (GAsyncResult         *result,
                                        GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DoorstepZip, doorstep_zip_free)

G_END_DECLS
