/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What went wrong talking to the server, in words a customer understands:
 * the message is the server's problem "detail" where it sent one. */

#define DOORSTEP_API_ERROR (doorstep_api_error_quark ())

typedef enum {
  DOORSTEP_API_ERROR_NETWORK,           /* no answer at all */
  DOORSTEP_API_ERROR_TIMEOUT,
  DOORSTEP_API_ERROR_UNAUTHORIZED,      /* 401: wrong credentials or the session ended */
  DOORSTEP_API_ERROR_FORBIDDEN,         /* 403 */
  DOORSTEP_API_ERROR_NOT_FOUND,         /* 404 */
  DOORSTEP_API_ERROR_CONFLICT,          /* 409, 412 */
  DOORSTEP_API_ERROR_VALIDATION,        /* 400, 413, 415, 422: see the field errors */
  DOORSTEP_API_ERROR_RATE_LIMITED,      /* 429 */
  DOORSTEP_API_ERROR_SERVER,            /* 5xx */
  DOORSTEP_API_ERROR_INVALID_RESPONSE,  /* an answer that is not what the API promises */
  DOORSTEP_API_ERROR_INVALID_ADDRESS,   /* the server URL itself is unusable */
  DOORSTEP_API_ERROR_PAYMENT_REFUSED,   /* 402: the card was refused, or needs confirming (see the action URL) */
} DoorstepApiError;

GQuark      doorstep_api_error_quark            (void);
GHashTable *doorstep_api_error_get_field_errors (const GError *error);
const char *doorstep_api_error_get_action_url   (const GError *error);
GError     *doorstep_api_error_new_for_status   (guint         status,
                                                 const char   *detail,
                                                 GHashTable   *field_errors);
void        doorstep_api_error_set_action_url   (GError       *error,
                                                 const char   *action_url);
void        doorstep_api_error_set_invalid      (GError      **error,
                                                 const char   *what);

G_END_DECLS
