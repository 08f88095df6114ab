/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Limits both sides enforce. The server is the guard; the client uses the
 * same numbers so it can say what is wrong before sending. */
#define DOORSTEP_PAGE_LIMIT_DEFAULT        50
#define DOORSTEP_PAGE_LIMIT_MAX            200
#define DOORSTEP_JSON_BODY_MAX             (1024 * 1024)
#define DOORSTEP_REQUEST_DESCRIPTION_MAX   4000
#define DOORSTEP_EMAIL_MAX                 254
#define DOORSTEP_PASSWORD_MAX              1024
#define DOORSTEP_SEARCH_QUERY_MAX          200
#define DOORSTEP_NOTE_BODY_MAX             10000
/* Arrays and objects inside one another, on either side of the wire: json-glib
 * parses recursively, so deeper input must be refused before it parses. */
#define DOORSTEP_JSON_DEPTH_MAX            32

gboolean  doorstep_validate_email        (const char *email);
gboolean  doorstep_validate_phone        (const char *phone);
char     *doorstep_phone_normalize       (const char *phone);
gboolean  doorstep_validate_text         (const char *text,
                                          gsize       max_chars);

/* What is wrong with a text of several lines, if anything. */
typedef enum {
  DOORSTEP_TEXT_OK,
  DOORSTEP_TEXT_BLANK,      /* empty, or only white space */
  DOORSTEP_TEXT_TOO_LONG,
  DOORSTEP_TEXT_CONTROL,    /* a control character other than a line break or tab, or not UTF-8 */
} DoorstepTextCheck;

DoorstepTextCheck doorstep_check_lines   (const char *text,
                                          gsize       max_chars);
char     *doorstep_initials              (const char *name);

typedef enum {
  DOORSTEP_JSON_OK,
  DOORSTEP_JSON_NOT_AN_OBJECT,  /* or more than one value */
  DOORSTEP_JSON_TOO_DEEP,
  DOORSTEP_JSON_INVALID,        /* passed the check, but is not JSON */
  DOORSTEP_JSON_HAS_NUL,        /* a NUL byte, or a string with \u0000 */
} DoorstepJsonCheck;

DoorstepJsonCheck doorstep_json_check_object (const char *data,
                                              gsize       size,
                                              guint       max_depth);
JsonObject       *doorstep_json_parse_object (const char        *data,
                                              gsize              size,
                                              DoorstepJsonCheck *result);

G_END_DECLS
