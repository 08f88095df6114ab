/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-technician-handlers.h"
#include "ds-user-store.h"

/* Technicians' photos, for the visits that show them: a staff member's
 * only; a customer's account, or staff without one, has none. */
DsReply *
ds_technician_photo_handler (DsCall   *call,
                             gpointer  input,
                             GError  **error)
{
  g_autoptr(GBytes) photo = NULL;
  DsReply *reply;

  if (!ds_user_store_get_staff_photo (ds_call_get_db (call), ds_call_get_param (call, "id"), &photo, error))
    return NULL;
  if (photo == NULL)
    {
      ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such photo.");
      return NULL;
    }
  reply = ds_reply_bytes (200, "image/png", photo);
  /* The same person's photo changes rarely; a visit list shows it often. */
  ds_reply_set_header (reply, "Cache-Control", "private, max-age=3600");
  return reply;
}
