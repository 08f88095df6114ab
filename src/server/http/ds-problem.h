/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

#include "ds-json-writer.h"

G_BEGIN_DECLS

/* problem+json bodies (RFC 9457): every error answer, whoever writes it
 * (the dispatcher from a handler's error, the listener before there is a
 * request). */

#define DS_PROBLEM_TYPE_PREFIX "urn:doorstep:problem:"

const char *ds_problem_title         (guint              status);
void        ds_problem_write_head    (DsJsonWriter      *builder,
                                      guint              status,
                                      const char        *type,
                                      const char        *detail);
char       *ds_problem_body_new      (guint              status,
                                      const char        *type,
                                      const char        *detail,
                                      GHashTable        *field_errors,
                                      const char        *member,
                                      const char        *member_value);
void        ds_problem_set           (SoupServerMessage *msg,
                                      guint              status,
                                      const char        *type,
                                      const char        *detail);
void        ds_problem_set_too_large (SoupServerMessage *msg,
                                      gsize              limit);

G_END_DECLS
