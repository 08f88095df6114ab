/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "doorstep-api-client.h"

G_BEGIN_DECLS

/* The technicians' photos a session has shown: each fetched and decoded
 * once, however many rows show the same person, and forgotten when the
 * person signed in signs out. */

#define DOORSTEP_TYPE_TECHNICIAN_PHOTOS (doorstep_technician_photos_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepTechnicianPhotos, doorstep_technician_photos, DOORSTEP, TECHNICIAN_PHOTOS, GObject)

DoorstepTechnicianPhotos *doorstep_technician_photos_new         (DoorstepApiClient         *client);
void                      doorstep_technician_photos_load_async  (DoorstepTechnicianPhotos  *self,
                                                                  const char                *technician_id,
                                                                  GCancellable              *cancellable,
                                                                  GAsyncReadyCallback        callback,
                                                                  gpointer                   user_data);
GdkTexture               *doorstep_technician_photos_load_finish (DoorstepTechnicianPhotos  *self,
                                                                  GAsyncResult              *result,
                                                                  GError                   **error);
void                      doorstep_technician_photos_forget      (DoorstepTechnicianPhotos  *self);

G_END_DECLS
