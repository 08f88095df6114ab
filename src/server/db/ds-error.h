/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What can go wrong with a request, said by its kind, not by HTTP: a
 * store refuses a payment that is too large as DS_ERROR_CONFLICT, and
 * only the dispatcher (http/ds-dispatch.c) knows that this is a 409 with
 * a problem+json body. Every layer may raise these; the message is the
 * problem's "detail", written for the person who will read it in the app.
 *
 * An error may carry more (G_DEFINE_EXTENDED_ERROR): the problem's type
 * ("quote-expired"), field errors (which field, what is wrong with it), one
 * extension member ("action_url") and a Retry-After. */

#define DS_ERROR (ds_error_quark ())

typedef enum {
  DS_ERROR_BAD_REQUEST,    /* 400: the request is not what the API takes */
  DS_ERROR_UNAUTHORIZED,   /* 401: not signed in, or no longer */
  DS_ERROR_PAYMENT,        /* 402: the card was refused */
  DS_ERROR_FORBIDDEN,      /* 403: signed in, but this role may not */
  DS_ERROR_NOT_FOUND,      /* 404: not there, or not the caller's */
  DS_ERROR_CONFLICT,       /* 409: the record's state forbids it now */
  DS_ERROR_LENGTH_REQUIRED,/* 411 */
  DS_ERROR_PRECONDITION,   /* 412: changed by someone else first */
  DS_ERROR_TOO_LARGE,      /* 413 */
  DS_ERROR_UNSUPPORTED,    /* 415: a media type the route does not take */
  DS_ERROR_RANGE,          /* 416 */
  DS_ERROR_INVALID,        /* 422: input refused, field by field */
  DS_ERROR_THROTTLED,      /* 429 */
  DS_ERROR_PRECONDITION_REQUIRED, /* 428: a change without the version it was made from */
} DsErrorCode;

GQuark      ds_error_quark            (void);

void        ds_set_problem            (GError       **error,
                                       DsErrorCode    code,
                                       const char    *type,
                                       const char    *detail);
void        ds_set_problem_printf     (GError       **error,
                                       DsErrorCode    code,
                                       const char    *type,
                                       const char    *format,
                                       ...) G_GNUC_PRINTF (4, 5);
void        ds_set_field_error        (GError       **error,
                                       const char    *field,
                                       const char    *message);
void        ds_set_invalid            (GError       **error,
                                       GHashTable    *field_errors);

/* Field errors: a table of field name -> message; the first message about
 * a field is kept. */
GHashTable *ds_field_errors_new       (void);
void        ds_field_errors_add       (GHashTable    *errors,
                                       const char    *field,
                                       const char    *message);

void        ds_error_add_field        (GError        *error,
                                       const char    *field,
                                       const char    *message);
void        ds_error_set_member       (GError        *error,
                                       const char    *member,
                                       const char    *value);
void        ds_error_set_retry_after  (GError        *error,
                                       gint64         seconds);

const char *ds_error_get_type_name    (const GError  *error);
GHashTable *ds_error_get_fields       (const GError  *error);
const char *ds_error_get_member       (const GError  *error,
                                       const char   **value);
gint64      ds_error_get_retry_after  (const GError  *error);

G_END_DECLS
