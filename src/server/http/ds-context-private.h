/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

#include "ds-context.h"
#include "ds-router.h"

G_BEGIN_DECLS

/* What the dispatcher in ds-server.c needs of a context, and the problem
 * bodies it writes before there is one. */

DsContext *ds_context_new           (DsServer          *server,
                                     SoupServerMessage *msg,
                                     GHashTable        *query);
GHashTable *ds_context_get_params   (DsContext         *ctx);
SoupServerMessage *ds_context_get_message (DsContext   *ctx);
void       ds_context_set_route     (DsContext         *ctx,
                                     const DsRoute     *route);
void       ds_context_set_identity  (DsContext         *ctx,
                                     DsIdentity        *identity);
gboolean   ds_context_is_answered   (DsContext         *ctx);
void       ds_context_allow_retry   (DsContext         *ctx);
gboolean   ds_context_wants_retry   (DsContext         *ctx);

const char *ds_problem_title        (guint              status);
char      *ds_problem_body_new      (guint              status,
                                     const char        *type,
                                     const char        *detail,
                                     GHashTable        *field_errors);
void       ds_problem_set           (SoupServerMessage *msg,
                                     guint              status,
                                     const char        *type,
                                     const char        *detail,
                                     GHashTable        *field_errors);
void       ds_problem_set_too_large (SoupServerMessage *msg,
                                     gsize              limit);

G_END_DECLS
