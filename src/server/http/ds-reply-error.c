/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-db.h"
#include "ds-error.h"
#include "ds-problem.h"
#include "ds-reply.h"

/* Errors into answers: a handler's or the dispatcher's GError becomes
 * problem+json by its kind. */

static guint
status_of (DsErrorCode code)
{
  switch (code)
    {
    case DS_ERROR_BAD_REQUEST:     return 400;
    case DS_ERROR_UNAUTHORIZED:    return 401;
    case DS_ERROR_PAYMENT:         return 402;
    case DS_ERROR_FORBIDDEN:       return 403;
    case DS_ERROR_NOT_FOUND:       return 404;
    case DS_ERROR_CONFLICT:        return 409;
    case DS_ERROR_LENGTH_REQUIRED: return 411;
    case DS_ERROR_PRECONDITION:    return 412;
    case DS_ERROR_TOO_LARGE:       return 413;
    case DS_ERROR_UNSUPPORTED:     return 415;
    case DS_ERROR_RANGE:           return 416;
    case DS_ERROR_INVALID:         return 422;
    case DS_ERROR_THROTTLED:       return 429;
    case DS_ERROR_PRECONDITION_REQUIRED: return 428;
    default:                       return 500;
    }
}

static const char *
type_of (DsErrorCode code)
{
  switch (code)
    {
    case DS_ERROR_BAD_REQUEST:     return "bad-request";
    case DS_ERROR_UNAUTHORIZED:    return "unauthorized";
    case DS_ERROR_PAYMENT:         return "payment-refused";
    case DS_ERROR_FORBIDDEN:       return "forbidden";
    case DS_ERROR_NOT_FOUND:       return "not-found";
    case DS_ERROR_CONFLICT:        return "conflict";
    case DS_ERROR_LENGTH_REQUIRED: return "length-required";
    case DS_ERROR_PRECONDITION:    return "precondition-failed";
    case DS_ERROR_TOO_LARGE:       return "payload-too-large";
    case DS_ERROR_UNSUPPORTED:     return "unsupported-media-type";
    case DS_ERROR_RANGE:           return "range-not-satisfiable";
    case DS_ERROR_INVALID:         return "validation";
    case DS_ERROR_THROTTLED:       return "rate-limited";
    case DS_ERROR_PRECONDITION_REQUIRED: return "precondition-required";
    default:                       return "internal";
    }
}

/**
 * ds_reply_for_error:
 *
 * The problem+json answer to @error: a DS_ERROR by its kind, with its
 * fields, extension member and Retry-After; a busy or colliding database
 * 503 with Retry-After; anything else 500, its message logged and not
 * sent.
 */
DsReply *
ds_reply_for_error (const GError *error)
{
  g_autofree char *body = NULL;
  g_autoptr(GBytes) bytes = NULL;
  DsReply *reply;

  if (error->domain == DS_ERROR)
    {
      guint status = status_of ((DsErrorCode) error->code);
      const char *type = ds_error_get_type_name (error);
      const char *value = NULL;
      const char *member = ds_error_get_member (error, &value);
      gint64 retry_after = ds_error_get_retry_after (error);
      gsize length;

      body = ds_problem_body_new (status, type != NULL ? type : type_of ((DsErrorCode) error->code),
                                  error->message, ds_error_get_fields (error), member, value);
      length = strlen (body);
      bytes = g_bytes_new_take (g_steal_pointer (&body), length);
      reply = ds_reply_bytes (status, "application/problem+json", bytes);
      if (retry_after > 0)
        {
          g_autofree char *seconds = g_strdup_printf ("%" G_GINT64_FORMAT, retry_after);

          ds_reply_set_header (reply, "Retry-After", seconds);
        }
      return reply;
    }

  if (g_error_matches (error, DS_DB_ERROR, DS_DB_ERROR_BUSY) ||
      g_error_matches (error, DS_DB_ERROR, DS_DB_ERROR_SERIALIZATION))
    {
      reply = ds_reply_problem (503, "busy", "The server is busy. Try again in a moment.");
      ds_reply_set_header (reply, "Retry-After", "1");
      return reply;
    }
  return ds_reply_problem (500, "internal", "The server could not answer this request.");
}
